"""The share string: a history packed into a short, URL-safe, versioned text."""

from __future__ import annotations

import base64
import json
import re
import zlib
from typing import Final

from .codec import to_dict
from .fields import SHARE_FIELDS, SHARE_ROW_MIN, contract_field
from .model import History

__all__ = ["MAX_SHARE_BYTES", "MAX_SHARE_CHARS", "SHARE_ALPHABET", "SHARE_FIELDS",
           "SHARE_ROW_MIN", "VERSION", "encode_share", "pack_row", "share_layout"]

VERSION: Final = "1"
#: A longer share string is refused before decoding (about 2,000 typical contracts fit).
MAX_SHARE_CHARS: Final = 100_000
#: A share string that inflates to more bytes than this is refused (a crafted link stays small).
MAX_SHARE_BYTES: Final = 2_000_000
#: The characters after ``1.``: base64url without padding.
SHARE_ALPHABET: Final = re.compile(r"[A-Za-z0-9_-]*")
#: Positional order of a contract's fields inside the packed form (calculator.fields, by each
#: field's ``slot``): never reordered, links live on. A row holds at least ``SHARE_ROW_MIN``
#: fields; the later ones are left off its end while they hold their default.
_DEFAULTS: Final = tuple(contract_field(name).default for name in SHARE_FIELDS)


def encode_share(history: History) -> str:
    """Pack a history into ``1.<base64url of deflated JSON>``; ``decode_share`` reverses it.

    Contracts are packed as rows in :data:`SHARE_FIELDS` order, trailing defaults of the
    fields added later left off; everything else (``as_of``, ``rules``, ``shown``) as in the
    JSON format, so a history that uses no later field packs exactly as it did before those
    fields existed.

    >>> from datetime import date
    >>> encode_share(History(as_of=date(2025, 1, 1), contracts=()))[:2]
    '1.'
    """
    doc = to_dict(history)
    contracts = doc.pop("contracts")
    assert isinstance(contracts, list)
    doc["contracts"] = [pack_row(c) for c in contracts]
    raw = json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode()
    packed = base64.urlsafe_b64encode(zlib.compress(raw, 9)).rstrip(b"=").decode("ascii")
    return f"{VERSION}.{packed}"


def pack_row(contract: dict[str, object]) -> list[object]:
    """One contract of ``to_dict`` as its packed row.

    >>> len(pack_row({"client": "A"})), len(pack_row({"client": "A", "dispute": "won"}))
    (10, 13)
    """
    row = [contract.get(name, default) for name, default in zip(SHARE_FIELDS, _DEFAULTS,
                                                                 strict=True)]
    while len(row) > SHARE_ROW_MIN and row[-1] == _DEFAULTS[len(row) - 1]:
        row.pop()
    return row


def share_layout() -> dict[str, object]:
    """How a share string is packed, for a reader of links that is not this package (the
    calculator page previews a link's contracts while Python starts).

    >>> share_layout()["fields"][:3]
    ['id', 'client', 'kind']
    """
    return {"version": VERSION, "fields": list(SHARE_FIELDS), "min_fields": SHARE_ROW_MIN,
            "defaults": list(_DEFAULTS), "max_chars": MAX_SHARE_CHARS,
            "max_bytes": MAX_SHARE_BYTES, "alphabet": SHARE_ALPHABET.pattern}
