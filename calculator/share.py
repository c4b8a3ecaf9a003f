"""The share string: a history packed into a short, URL-safe, versioned text."""

from __future__ import annotations

import base64
import binascii
import json
import re
import zlib
from typing import Final

from .codec import from_dict, parse_json_text, to_dict
from .errors import FieldError
from .model import History

__all__ = ["MAX_SHARE_CHARS", "decode_share", "encode_share"]

VERSION: Final = "1"
#: A longer share string is refused before decoding (about 2,000 typical contracts fit).
MAX_SHARE_CHARS: Final = 100_000
_MAX_PAYLOAD_BYTES: Final = 2_000_000
_ALPHABET: Final = re.compile(r"[A-Za-z0-9_-]*")
# Positional order of a contract's fields inside the packed form; never reorder (links live on).
_FIELDS: Final = (
    "id", "client", "kind", "start", "end", "earnings", "last_payment",
    "public_rating", "private_rating", "client_excluded",
)
_PATH = "link"


def encode_share(history: History) -> str:
    """Pack a history into ``1.<base64url of deflated JSON>``; ``decode_share`` reverses it.

    >>> from datetime import date
    >>> encode_share(History(as_of=date(2025, 1, 1), contracts=()))[:2]
    '1.'
    """
    doc = to_dict(history)
    contracts = doc.pop("contracts")
    assert isinstance(contracts, list)
    doc["contracts"] = [[c[key] for key in _FIELDS] for c in contracts]
    raw = json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode()
    packed = base64.urlsafe_b64encode(zlib.compress(raw, 9)).rstrip(b"=").decode("ascii")
    return f"{VERSION}.{packed}"


def decode_share(text: str) -> History:
    """Unpack a share string, validating it exactly like the JSON format.

    Raises:
        FieldError: path ``link`` when the text is not a share string of a known version;
            otherwise the history's own field path (``contracts[2].earnings``).
    """
    if not isinstance(text, str):
        raise FieldError(_PATH, "expected text")
    if len(text) > MAX_SHARE_CHARS:
        raise FieldError(_PATH, f"is longer than {MAX_SHARE_CHARS:,} characters")
    version, dot, body = text.strip().partition(".")
    if not dot or version != VERSION:
        raise FieldError(_PATH, f"expected a share string starting with '{VERSION}.'; "
                                "it may be cut short or from a newer version of the site")
    if not _ALPHABET.fullmatch(body):
        raise FieldError(_PATH, "has characters a share string never contains; "
                                "it may have been changed by hand")
    try:
        deflated = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        inflater = zlib.decompressobj()
        raw = inflater.decompress(deflated, _MAX_PAYLOAD_BYTES)
        if inflater.unconsumed_tail or not inflater.eof:
            raise FieldError(_PATH, "is incomplete or too large; it may be cut short")
        doc = parse_json_text(raw.decode("utf-8"), _PATH)
    except (binascii.Error, zlib.error, UnicodeDecodeError, ValueError) as err:
        if isinstance(err, FieldError):
            raise
        raise FieldError(_PATH, "cannot be read; it may be cut short or changed by hand") from None
    return from_dict(_unpack(doc))


def _unpack(doc: object) -> object:
    if not isinstance(doc, dict) or not isinstance(doc.get("contracts"), list):
        return doc  # from_dict names what is wrong
    rows = doc["contracts"]
    contracts: list[object] = []
    for i, row in enumerate(rows):
        if not isinstance(row, list) or len(row) != len(_FIELDS):
            raise FieldError(f"contracts[{i}]", f"expected {len(_FIELDS)} packed fields")
        contracts.append(dict(zip(_FIELDS, row, strict=True)))
    return {**doc, "contracts": contracts}
