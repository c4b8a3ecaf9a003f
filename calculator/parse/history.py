"""A history from decoded JSON (strict) or from the page's form (lenient values), field by field."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final, cast

from ..errors import FieldError
from ..fields import (
    CONTRACT_FIELDS,
    HISTORY_FIELDS,
    LAST_AS_OF,
    MAX_CONTRACTS,
    MAX_SHOWN,
    SCHEMA,
    SHOWN_FIELDS,
    Field,
)
from ..model import Contract, History, ShownScore
from ..rules import RULE_SETS, rule_set
from . import form, values
from .values import fail

__all__ = ["JSS_START", "check_shown", "from_dict", "from_form", "read_form"]

#: The first day of the first rule set: no Job Success Score existed before it.
JSS_START: Final = RULE_SETS[0].effective

_Reader = Callable[[object, Field, str], object]


def _date(value: object, f: Field, path: str) -> date | None:
    if value is None:
        if f.required:
            raise FieldError(path, "is required")
        return None
    return values.iso_date(value, path)


#: The strict reader of each kind of field.
_STRICT: Final[Mapping[str, _Reader]] = {
    "text": values.text, "choice": values.choice, "date": _date, "money": values.amount,
    "stars": values.stars, "private": values.private_rating, "bool": values.flag,
    "score": values.score,
}


def _lenient(f: Field, value: object, path: str) -> object:
    """What the form's text for field ``f`` means as a JSON value (checked strictly after)."""
    if f.kind == "date":
        return form.form_date(value, path)
    if f.kind == "money":
        return form.form_amount(value, path)
    if f.kind == "stars":
        return form.form_number(value, path, f"a star rating from {f.low:.0f} to {f.high:.0f}, "
                                              "or blank for no public feedback")
    if f.kind == "private":
        return form.form_private(value, path)
    if f.kind == "score":
        return form.form_score(value, path)
    if f.kind == "bool":
        return form.form_flag(value)
    if f.kind == "choice":
        return form.form_choice(value, f)
    return form.form_text(value)


# ---------------------------------------------------------------- the two entry points


def from_dict(data: object) -> History:
    """Parse the documented JSON format (already decoded) into a :class:`History`.

    Raises:
        FieldError: naming the first field that does not fit, and what was expected.

    >>> from_dict({"schema": 1, "as_of": "2025-06-01", "contracts": []}).as_of
    datetime.date(2025, 6, 1)
    >>> from_dict({"schema": 1, "as_of": "2014-06-01", "contracts": []})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    calculator.errors.FieldError: as_of: expected a date on or after 1 March 2015, when the Job ...
    """
    head = _head(data)
    _limit(head.contracts)
    contracts = [_contract(item, i, head.as_of) for i, item in enumerate(head.contracts)]
    return _history(head, contracts)


def read_form(data: object) -> tuple[History | None, list[FieldError]]:
    """Read a history whose values may be form text; every contract is read.

    The result is the history and no errors; or ``None`` and the first error of the history's
    own fields; or ``None`` and the first error of each contract that has one, in order (a
    contract past the limit reports its own fields before the limit), so a form can mark every
    bad contract at once. Blank optional fields mean "none"; blank earnings mean $0; a blank
    private rating means unknown; earnings with an end date but no payment date were paid on
    the end date.
    """
    try:
        head = _head(_form_head(data))
    except FieldError as err:
        return None, [err]
    contracts: list[Contract] = []
    errors: list[FieldError] = []
    # Past one over the limit nothing is read: the limit's own error says enough.
    for i, item in enumerate(head.contracts[:MAX_CONTRACTS + 1]):
        try:
            contracts.append(_contract(_form_contract(item, i), i, head.as_of))
        except FieldError as err:
            errors.append(err)
    if errors:
        return None, errors
    try:
        _limit(head.contracts)
        return _history(head, contracts), []
    except FieldError as err:
        return None, [err]


def from_form(data: object) -> History:
    """:func:`read_form`, raising its first error.

    Raises:
        FieldError: naming the first field that cannot be read.

    >>> row = {"client": " Acme ", "kind": "Hourly", "start": "5 Mar 2025",
    ...        "end": "April 30, 2025", "earnings": "$1,200"}
    >>> from_form({"as_of": "1 Jun 2025", "contracts": [row]}).contracts[0].last_payment
    datetime.date(2025, 4, 30)
    """
    history, errors = read_form(data)
    if errors:
        raise errors[0]
    assert history is not None
    return history


# ---------------------------------------------------------------- the history's own fields


@dataclass(frozen=True, slots=True)
class _Head:
    """The history's own fields, read; its contracts not yet."""

    as_of: date
    rules: str | None
    shown: tuple[ShownScore, ...]
    contracts: Sequence[object]
    form_change: date | None = None


_HISTORY: Final = {f.name: f for f in HISTORY_FIELDS}
_TOO_MANY_SHOWN: Final = f"at most {MAX_SHOWN} scores shown"


def _head(data: object) -> _Head:
    top = values.mapping(data, "", "a history: a JSON object with the format version, the "
                                   "as-of date and the contracts")
    if "missing" in top:
        # What an import could not supply (python -m calculator import): a note for the
        # reader, which the model ignores.
        if not isinstance(top["missing"], list):
            fail("missing", "a list (the fields an import could not supply), or no such key")
        top = {k: v for k, v in top.items() if k != "missing"}
    values.no_unknown_keys(top, HISTORY_FIELDS, "")
    schema = top.get("schema")
    if type(schema) is not int or schema != SCHEMA:
        fail("schema", f"{SCHEMA} (the only version of this format)")
    as_of = _date(top.get("as_of"), _HISTORY["as_of"], "as_of")
    assert as_of is not None
    if as_of < JSS_START:
        fail("as_of", f"a date on or after {JSS_START.day} {JSS_START:%B %Y}, when the Job "
                      "Success Score began")
    if as_of > LAST_AS_OF:
        fail("as_of", f"a date on or before {LAST_AS_OF.day} {LAST_AS_OF:%B %Y}; a later year "
                      "is probably a typo")
    rules = top.get("rules")
    if rules is not None:
        if not isinstance(rules, str):
            fail("rules", "a rule-set id, or none for the rules in force on the as-of date")
        rule_set(rules)
    shown = _shown(top.get("shown", []), as_of)
    form_change = _date(top.get("form_change"), _HISTORY["form_change"], "form_change")
    if form_change is not None and form_change < JSS_START:
        fail("form_change", f"a date on or after {JSS_START.day} {JSS_START:%B %Y}")
    items = top.get("contracts")
    if not isinstance(items, list):
        fail("contracts", "a list of contracts")
    return _Head(as_of, rules, shown, items, form_change)


def _shown(rows: object, as_of: date) -> tuple[ShownScore, ...]:
    if not isinstance(rows, list):
        fail("shown", "a list of scores shown, each with a date and a score")
    if len(rows) > MAX_SHOWN:
        fail("shown", _TOO_MANY_SHOWN)
    scores: dict[date, ShownScore] = {}
    for i, row in enumerate(rows):
        where = f"shown[{i}]"
        item = values.mapping(row, where, "a score shown: its date and the score")
        values.no_unknown_keys(item, SHOWN_FIELDS, f"{where}.")
        date_field, score_field = SHOWN_FIELDS
        for f in SHOWN_FIELDS:
            if f.name not in item:
                raise FieldError(f"{where}.{f.name}", "is required")
        day = _date(item["date"], date_field, f"{where}.date")
        assert day is not None
        if day > as_of:
            fail(f"{where}.date", f"a date on or before the as-of date ({as_of.isoformat()})")
        if day in scores:
            fail(f"{where}.date", "a date no other score shown has")
        scores[day] = ShownScore(day, values.score(item["score"], score_field, f"{where}.score"))
    return check_shown(tuple(scores.values()), as_of)


def check_shown(scores: Sequence[ShownScore], as_of: date) -> tuple[ShownScore, ...]:
    """The scores shown, oldest first, once checked: at most ``MAX_SHOWN``, none after ``as_of``.

    Raises:
        FieldError: path ``shown``.
    """
    if len(scores) > MAX_SHOWN:
        fail("shown", _TOO_MANY_SHOWN)
    for s in scores:
        if s.date > as_of:
            fail("shown", f"scores shown on or before the as-of date ({as_of.isoformat()}); "
                          f"{s.date.isoformat()} is later")
    return tuple(sorted(scores, key=lambda s: s.date))


def _limit(items: Sequence[object]) -> None:
    if len(items) > MAX_CONTRACTS:
        fail("contracts", f"at most {MAX_CONTRACTS:,} contracts")


def _history(head: _Head, contracts: list[Contract]) -> History:
    seen: set[str] = set()
    for i, c in enumerate(contracts):
        if c.id in seen:
            fail(f"contracts[{i}].id", f"a unique id; {c.id!r} is used twice")
        seen.add(c.id)
    return History(as_of=head.as_of, contracts=tuple(contracts), rules=head.rules,
                   shown=head.shown, form_change=head.form_change)


# ---------------------------------------------------------------- one contract


def _contract(data: object, index: int, as_of: date) -> Contract:
    where = f"contracts[{index}]"
    item = values.mapping(data, where, "a contract: a JSON object")
    values.no_unknown_keys(item, CONTRACT_FIELDS, where + ".")
    read: dict[str, object] = {}
    for f in CONTRACT_FIELDS:
        path = f"{where}.{f.name}"
        if f.name not in item and f.required:
            raise FieldError(path, "is required")
        if f.name == "id" and "id" not in item:
            read["id"] = str(index + 1)
            continue
        read[f.name] = _STRICT[f.kind](item.get(f.name, f.default), f, path)
    start = cast(date, read["start"])
    end = cast("date | None", read["end"])
    last_payment = cast("date | None", read["last_payment"])
    earnings = cast(float, read["earnings"])
    if start > as_of:
        fail(f"{where}.start", f"a date on or before the as-of date ({as_of.isoformat()})")
    if end is not None and not start <= end <= as_of:
        fail(f"{where}.end", "a date between the start and the as-of date, or none while the "
                             "contract is open")
    if last_payment is not None and not start <= last_payment <= as_of:
        fail(f"{where}.last_payment", "a date between the start and the as-of date, or none "
                                      "if never paid")
    if earnings > 0 and last_payment is None:
        fail(f"{where}.last_payment", "the date of the latest payment, since earnings are "
                                      "above 0")
    if end is None and (read["public_rating"] is not None
                        or isinstance(read["private_rating"], int)):
        name = "public_rating" if read["public_rating"] is not None else "private_rating"
        fail(f"{where}.{name}", "no rating while the contract is open (feedback comes at "
                                "the end)")
    if read["review_form"] == "stars" and isinstance(read["private_rating"], int):
        fail(f"{where}.private_rating", "'unknown' or none: the stars-only form has no private "
                                        "rating")
    fields = {f.attribute: read[f.name] for f in CONTRACT_FIELDS}
    return Contract(**cast(dict[str, Any], fields))


# ---------------------------------------------------------------- form text to JSON values


def _form_head(data: object) -> dict[str, object]:
    top = dict(values.mapping(data, "", "a history"))
    top.setdefault("schema", SCHEMA)
    top["as_of"] = form.form_date(top.get("as_of"), "as_of")
    rules = top.get("rules")
    if isinstance(rules, str) and not rules.strip():
        top["rules"] = None
    if "form_change" in top:
        top["form_change"] = form.form_date(top["form_change"], "form_change")
    rows = top.get("shown")
    if isinstance(rows, list):
        top["shown"] = [_form_row(row, SHOWN_FIELDS, f"shown[{i}]") for i, row in enumerate(rows)]
    return top


def _form_row(data: object, fields: Sequence[Field], where: str) -> object:
    if not isinstance(data, Mapping):
        return data
    item = dict(data)
    for f in fields:
        if f.name in item:
            item[f.name] = _lenient(f, item[f.name], f"{where}.{f.name}")
    return item


def _form_contract(data: object, index: int) -> object:
    item = _form_row(data, CONTRACT_FIELDS, f"contracts[{index}]")
    if not isinstance(item, dict):
        return item
    if item.get("id") == "":
        del item["id"]
    if item.get("earnings", 0) and item.get("last_payment") is None and item.get("end"):
        item["last_payment"] = item["end"]  # a form user who typed earnings was paid by the end
    return item
