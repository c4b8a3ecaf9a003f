"""The history JSON format (schema 1), written: the canonical dict and its indented text.

Reading it back is :mod:`calculator.parse` (``from_dict``, ``load_json``).
"""

from __future__ import annotations

import json
from datetime import date

from .fields import CONTRACT_FIELDS, SCHEMA, Field
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
    """The contract's fields in :data:`CONTRACT_FIELDS` order; a field added after the first
    version only when it is not its default (older files stay byte-identical)."""
    out: dict[str, object] = {}
    for f in CONTRACT_FIELDS:
        value = json_value(f, getattr(c, f.attribute))
        if f.always or value != f.default:
            out[f.name] = value
    return out


def json_value(f: Field, value: object) -> object:
    """A contract attribute's value as field ``f`` writes it in JSON."""
    if isinstance(value, date):
        return value.isoformat()
    if value is UNKNOWN:
        return "unknown"
    if f.kind == "money" and isinstance(value, float):
        return _number(value)
    return value


def dump_json(history: History) -> str:
    """The history as indented JSON text, in the canonical field order."""
    return json.dumps(to_dict(history), indent=2, ensure_ascii=False) + "\n"


def _number(value: float) -> int | float:
    return int(value) if value.is_integer() else value
