"""The history JSON format (schema 1), written: the canonical dict and its indented text.

Reading it back is :mod:`calculator.parse` (``from_dict``, ``load_json``).
"""

from __future__ import annotations

import json

from .fields import SCHEMA
from .model import UNKNOWN, Contract, History

__all__ = ["SCHEMA", "dump_json", "to_dict"]


def to_dict(history: History) -> dict[str, object]:
    """The canonical JSON form of a history; ``from_dict(to_dict(h)) == h``.

    ``rules`` and ``shown`` are written only when set, so older files stay byte-identical.

    >>> from datetime import date
    >>> to_dict(History(as_of=date(2025, 6, 1), contracts=()))
    {'schema': 1, 'as_of': '2025-06-01', 'contracts': []}
    """
    out: dict[str, object] = {"schema": SCHEMA, "as_of": history.as_of.isoformat()}
    if history.rules is not None:
        out["rules"] = history.rules
    if history.shown:
        out["shown"] = [{"date": s.date.isoformat(), "score": s.score} for s in history.shown]
    out["contracts"] = [_contract_dict(c) for c in history.contracts]
    return out


def _contract_dict(c: Contract) -> dict[str, object]:
    private: object = "unknown" if c.private_rating is UNKNOWN else c.private_rating
    return {
        "id": c.id,
        "client": c.client,
        "kind": c.kind,
        "start": c.start.isoformat(),
        "end": c.end.isoformat() if c.end else None,
        "earnings": _number(c.earnings_usd),
        "last_payment": c.last_payment.isoformat() if c.last_payment else None,
        "public_rating": c.public_rating,
        "private_rating": private,
        "client_excluded": c.client_excluded,
    }


def dump_json(history: History) -> str:
    """The history as indented JSON text, in the canonical field order."""
    return json.dumps(to_dict(history), indent=2, ensure_ascii=False) + "\n"


def _number(value: float) -> int | float:
    return int(value) if value.is_integer() else value
