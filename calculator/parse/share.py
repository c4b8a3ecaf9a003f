"""A share string back to a history: version, alphabet and size checked before decoding."""

from __future__ import annotations

import base64
import binascii
import zlib
from typing import Final

from ..errors import FieldError
from ..model import History
from ..share import MAX_SHARE_CHARS, SHARE_ALPHABET, SHARE_FIELDS, VERSION
from .document import parse_json_text
from .history import from_dict

__all__ = ["decode_share"]

_MAX_PAYLOAD_BYTES: Final = 2_000_000
_PATH: Final = "link"


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
    if not SHARE_ALPHABET.fullmatch(body):
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
    """The packed document with each contract's positional row turned back into an object."""
    if not isinstance(doc, dict) or not isinstance(doc.get("contracts"), list):
        return doc  # from_dict names what is wrong
    contracts: list[object] = []
    for i, row in enumerate(doc["contracts"]):
        if not isinstance(row, list) or len(row) != len(SHARE_FIELDS):
            raise FieldError(f"contracts[{i}]", f"expected {len(SHARE_FIELDS)} packed fields")
        contracts.append(dict(zip(SHARE_FIELDS, row, strict=True)))
    return {**doc, "contracts": contracts}
