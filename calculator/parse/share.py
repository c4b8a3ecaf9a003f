"""A share string back to a history: version, alphabet and size checked before decoding."""

from __future__ import annotations

import base64
import binascii
import zlib
from typing import Final

from ..errors import FieldError
from ..fields import SHARE_FIELDS, SHARE_ROW_MIN, contract_field
from ..model import History
from ..share import MAX_SHARE_BYTES, MAX_SHARE_CHARS, SHARE_ALPHABET, VERSION
from .document import parse_json_text
from .history import from_dict

__all__ = ["SIDES", "decode_share", "read_fragment"]

_PATH: Final = "link"
#: The scenarios a link can hold, in order.
SIDES: Final = ("a", "b")


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
        raw = inflater.decompress(deflated, MAX_SHARE_BYTES)
        if inflater.unconsumed_tail or not inflater.eof:
            raise FieldError(_PATH, "is incomplete or too large; it may be cut short")
        doc = parse_json_text(raw.decode("utf-8"), _PATH)
    except (binascii.Error, zlib.error, UnicodeDecodeError, ValueError) as err:
        if isinstance(err, FieldError):
            raise
        raise FieldError(_PATH, "cannot be read; it may be cut short or changed by hand") from None
    return from_dict(_unpack(doc))


def read_fragment(text: object) -> dict[str, History | None]:
    """The histories in a URL fragment ``a=<share>[&b=<share>]`` (a leading ``#`` is allowed).

    Raises:
        FieldError: path ``link`` when the fragment itself does not fit; otherwise the history's
            field path prefixed by its scenario (``b.contracts[2].earnings``).
    """
    body = text[1:] if isinstance(text, str) and text.startswith("#") else text
    if not isinstance(body, str):
        raise FieldError(_PATH, "could not be read as text")
    if len(body) > 2 * MAX_SHARE_CHARS + 8:
        raise FieldError(_PATH, f"is too long: over {2 * MAX_SHARE_CHARS:,} characters, more "
                                "than any link this site makes; it may have been changed or "
                                "joined with other text")
    parts: dict[str, str] = {}
    for piece in filter(None, body.split("&")):
        key, eq, value = piece.partition("=")
        if not eq or key not in SIDES or key in parts:
            raise FieldError(_PATH, "expected a=<share string>, optionally &b=<share string>")
        parts[key] = value
    if "a" not in parts:
        raise FieldError(_PATH, "has no scenario in it (a=...)")
    out: dict[str, History | None] = {}
    for side in SIDES:
        try:
            out[side] = decode_share(parts[side]) if side in parts else None
        except FieldError as err:
            raise FieldError(f"{side}.{err.path}" if err.path != _PATH else _PATH,
                             err.message) from None
    return out


def _unpack(doc: object) -> object:
    """The packed document with each contract's positional row turned back into an object.

    A row shorter than today's (a link made before a field was added, or a field at its
    default) gives the missing fields their default; a longer one comes from a newer site.
    """
    if not isinstance(doc, dict) or not isinstance(doc.get("contracts"), list):
        return doc  # from_dict names what is wrong
    contracts: list[object] = []
    for i, row in enumerate(doc["contracts"]):
        if not isinstance(row, list) or not SHARE_ROW_MIN <= len(row) <= len(SHARE_FIELDS):
            raise FieldError(f"contracts[{i}]", f"expected {SHARE_ROW_MIN} to "
                                                f"{len(SHARE_FIELDS)} packed fields; the link "
                                                "may be changed by hand or from a newer site")
        item = {name: contract_field(name).default for name in SHARE_FIELDS[len(row):]}
        contracts.append({**dict(zip(SHARE_FIELDS, row, strict=False)), **item})
    return {**doc, "contracts": contracts}
