"""The profile's work-history JSON (the ``pageItems`` the public profile page loads), read."""

# Each item has startedOn, endedOn (null while open), totalCharges {currencyCode, amount},
# totalHours, hourlyRate, type, title, feedback {score} (null: none), clientId and an id; it has
# no payment dates. In the public sample every item of type 1 has no hours and no hourly rate,
# so 1 reads as fixed price and 2 as hourly; hours or a rate also mean hourly.

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Final

from ..model import Kind
from ..parse.document import MAX_DEPTH, _depth
from .problems import MAX_PROBLEMS, CellError, ImportFailed, Problem

__all__ = ["ProfileItem", "looks_like_json", "read_profile"]

#: "let reviews = {...};" as a page script holds it: the JSON is what follows the "=".
_ASSIGNED: Final = re.compile(r"^\s*(?:(?:let|var|const)\s+)?[A-Za-z_$][\w$.]*\s*=\s*")
_DAY: Final = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")


@dataclass(frozen=True, slots=True)
class ProfileItem:
    """One contract of the profile's work history, read."""

    file: str
    row: int
    id: str | None
    title: str
    client_id: str | None
    kind: Kind | None
    start: date
    end: date | None
    earnings_usd: float | None
    stars: float | None


def looks_like_json(text: str) -> bool:
    """Whether the text is (or was meant to be) JSON rather than a table."""
    head = _ASSIGNED.sub("", text[:200], count=1).lstrip()
    return head[:1] in ("{", "[")


def read_profile(text: str, name: str) -> tuple[list[ProfileItem], list[Problem]]:
    """The items of a work-history JSON.

    Raises:
        ImportFailed: a file that is not JSON (naming the line and column where it breaks,
            a truncated file said so), has no ``pageItems``, or an item it cannot read.
    """
    body = _ASSIGNED.sub("", text, count=1).rstrip().removesuffix(";")
    if _depth(body) > MAX_DEPTH:
        raise ImportFailed([Problem(name, None, None,
                                    f"nested more than {MAX_DEPTH} levels deep: not a work "
                                    "history")])
    try:
        data = json.loads(body)
    except json.JSONDecodeError as err:
        ends = err.pos >= len(body) - 1 or (err.msg.startswith("Unterminated string")
                                            and "\n" not in body[err.pos:])
        why = ("the JSON stops before its end: the file was cut short; save it again whole"
               if ends else f"not valid JSON ({err.msg})")
        raise ImportFailed([Problem(name, err.lineno, f"character {err.colno}", why,
                                    unit="line")]) from None
    except (ValueError, RecursionError):
        raise ImportFailed([Problem(name, None, None, "not valid JSON (a number or nesting it "
                                                      "cannot read)")]) from None
    items = _page_items(data, 0)
    if items is None:
        raise ImportFailed([Problem(name, None, "pageItems",
                                    "no pageItems list: this is not the profile's work-history "
                                    "JSON (see How to get your history out of Upwork)")])
    out: list[ProfileItem] = []
    problems: list[Problem] = []
    for number, item in enumerate(items, start=1):
        try:
            out.append(_item(item, number, name))
        except CellError as err:
            problems.append(Problem(name, number, err.column, err.message))
            if len(problems) >= MAX_PROBLEMS:
                break
    if problems:
        raise ImportFailed(problems)
    return out, []



def _page_items(data: object, depth: int) -> list[object] | None:
    """The first ``pageItems`` list, looked for a few levels down (a saved response wraps it)."""
    if isinstance(data, Mapping):
        found = data.get("pageItems")
        if isinstance(found, list):
            return found
        if depth < 4:
            for value in data.values():
                inner = _page_items(value, depth + 1)
                if inner is not None:
                    return inner
    if isinstance(data, list) and data and all(isinstance(x, Mapping) and "startedOn" in x
                                               for x in data):
        return data
    return None


def _item(item: object, number: int, name: str) -> ProfileItem:
    if not isinstance(item, Mapping):
        raise CellError("item", "expected a contract (a JSON object)")
    start = _day(item.get("startedOn"), "startedOn", required=True)
    assert start is not None
    end = _day(item.get("endedOn"), "endedOn", required=False)
    if end is not None and end < start:
        raise CellError("endedOn", "is before startedOn")
    charges = item.get("totalCharges")
    earnings = None
    if isinstance(charges, Mapping):
        currency = charges.get("currencyCode", "USD")
        if currency not in ("USD", None):
            raise CellError("totalCharges.currencyCode",
                             f"{currency!r}, not USD: the calculator counts US dollars")
        earnings = _number(charges.get("amount"), "totalCharges.amount", allow_none=True)
    elif charges is not None:
        raise CellError("totalCharges", "expected an object with currencyCode and amount")
    stars = None
    feedback = item.get("feedback")
    if isinstance(feedback, Mapping) and feedback.get("score") is not None:
        score = _number(feedback.get("score"), "feedback.score", allow_none=False)
        if score is None or not 1.0 <= score <= 5.0:
            raise CellError("feedback.score", f"{score}: expected 1 to 5 stars")
        stars = round(score, 2)
    title = item.get("title")
    client = item.get("clientId")
    ident = item.get("id")
    return ProfileItem(
        file=name, row=number,
        id=str(ident) if isinstance(ident, str | int) and not isinstance(ident, bool) else None,
        title=title.strip() if isinstance(title, str) and title.strip() else f"item {number}",
        client_id=str(client) if isinstance(client, str | int) and str(client) else None,
        kind=_kind(item), start=start, end=end, earnings_usd=earnings, stars=stars)


def _kind(item: Mapping[str, object]) -> Kind | None:
    kind = item.get("type")
    if isinstance(kind, str):
        text = kind.casefold()
        if "hour" in text:
            return "hourly"
        if "fixed" in text:
            return "fixed"
    hours = item.get("totalHours")
    rate = item.get("hourlyRate")
    rate_usd = rate.get("amount") if isinstance(rate, Mapping) else None
    if any(isinstance(x, int | float) and not isinstance(x, bool) and x > 0
           for x in (hours, rate_usd)):
        return "hourly"
    if kind == 1:
        return "fixed"
    if kind == 2:
        return "hourly"
    return None


def _day(value: object, column: str, *, required: bool) -> date | None:
    if value is None or value == "":
        if required:
            raise CellError(column, "is missing: each contract has its start date")
        return None
    match = _DAY.match(value) if isinstance(value, str) else None
    if match is None:
        raise CellError(column, f"{value!r}: expected a date such as 2024-03-05T00:00:00.000Z")
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise CellError(column, f"{value!r} is not a day of the calendar") from None


def _number(value: object, column: str, *, allow_none: bool) -> float | None:
    if value is None and allow_none:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool) and value == value \
            and abs(value) != float("inf"):
        return float(value)
    raise CellError(column, f"{value!r}: expected a number")
