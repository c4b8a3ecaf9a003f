"""The page's and the command line's other inputs: request objects, timeline spans, numbers."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Final, NamedTuple

from ..dates import add_months
from ..errors import FieldError
from ..scenarios import MAX_TIMELINE_MONTHS
from .dates import DATE_EXAMPLE, read_date
from .document import parse_json_text
from .form import form_number
from .values import fail, mapping

__all__ = [
    "TIMELINE_MONTHS",
    "ArbitrationRequest",
    "arbitration_request",
    "request_number",
    "request_object",
    "request_span",
    "span_date",
    "timeline_span",
]

#: How far ahead a timeline looks by default: long enough for every window to empty.
TIMELINE_MONTHS: Final = 24
#: A larger amount is refused (nothing in escrow comes near it; a float holds it exactly).
_LARGEST: Final = 1e15
#: Later days are refused: month arithmetic on them would pass the calendar's last year.
_LAST_YEAR: Final = 8999


def request_object(text: str, path: str = "request") -> Mapping[str, object]:
    """JSON text that must hold an object (the page's requests).

    >>> dict(request_object('{"a": null}'))
    {'a': None}
    """
    return mapping(parse_json_text(text, path), path, "a JSON object")


def span_date(value: object, path: str) -> date | None:
    """A timeline's first or last day as typed (any form :func:`read_date` takes); blank: ``None``.

    >>> span_date("1 Jun 2026", "--to")
    datetime.date(2026, 6, 1)
    """
    if value is None:
        return None
    if not isinstance(value, str):
        fail(path, DATE_EXAMPLE)
    day = read_date(value, path)
    if day is not None and day.year > _LAST_YEAR:
        fail(path, f"a date before the year {_LAST_YEAR + 1}")
    return day


def timeline_span(start: date | None, end: date | None, as_of: date,
                  path: str = "timeline") -> tuple[date, date]:
    """The days a timeline covers: from ``start`` (default ``as_of``) to ``end`` (default
    :data:`TIMELINE_MONTHS` later), at most ``MAX_TIMELINE_MONTHS`` long.

    >>> timeline_span(None, None, date(2024, 2, 29))
    (datetime.date(2024, 2, 29), datetime.date(2026, 2, 28))
    >>> timeline_span(date(2020, 1, 1), date(2031, 1, 1), date(2024, 1, 1), "--to")
    ... # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    calculator.errors.FieldError: --to: expected an end at most 120 months (10 years) after ...
    """
    first = start or as_of
    if first.year > _LAST_YEAR:
        fail(path, f"a date before the year {_LAST_YEAR + 1}")
    last = end or add_months(first, TIMELINE_MONTHS)
    if last < first:
        fail(path, "an end on or after the start")
    if add_months(first, MAX_TIMELINE_MONTHS) < last:
        fail(path, f"an end at most {MAX_TIMELINE_MONTHS} months "
                   f"({MAX_TIMELINE_MONTHS // 12} years) after the start")
    return first, last


def request_span(value: object, as_of: date) -> tuple[date, date]:
    """A page request's ``timeline``: ``null`` or ``{"from", "to"}`` (each optional) as two days.

    >>> request_span({"from": "2025-06-01", "to": "1 Jun 2026"}, date(2025, 6, 1))
    (datetime.date(2025, 6, 1), datetime.date(2026, 6, 1))
    """
    if value is None:
        return timeline_span(None, None, as_of)
    req = mapping(value, "timeline", "a JSON object with from and to dates")
    return timeline_span(span_date(req.get("from"), "timeline.from"),
                         span_date(req.get("to"), "timeline.to"), as_of)


class ArbitrationRequest(NamedTuple):
    """The arbitration helper's inputs, in :func:`calculator.arbitration`'s argument order."""

    escrow_usd: float
    fee_usd: float
    offer_usd: float | None
    p_other_pays: float
    p_win: float


def arbitration_request(req: Mapping[str, object]) -> ArbitrationRequest:
    """The arbitration form: ``escrow`` and ``fee`` required, ``offer`` optional, chances in
    percent (default 50).

    >>> arbitration_request({"escrow": "$350", "fee": 291, "p_win": "60%"})
    ArbitrationRequest(escrow_usd=350.0, fee_usd=291.0, offer_usd=None, p_other_pays=0.5, p_win=0.6)
    """
    escrow, fee, offer, p_other_pays, p_win = (
        request_number(req.get(key), key, percent=key.startswith("p_"))
        for key in ("escrow", "fee", "offer", "p_other_pays", "p_win"))
    if escrow is None:
        raise FieldError("escrow", "is required")
    if fee is None:
        raise FieldError("fee", "is required")
    return ArbitrationRequest(escrow, fee, offer,
                              0.5 if p_other_pays is None else p_other_pays,
                              0.5 if p_win is None else p_win)


def request_number(value: object, path: str, *, percent: bool) -> float | None:
    """A number from the page (``"$1,200"``, ``"20%"`` or a JSON number); blank: ``None``.

    A percentage (0 to 100) comes back as a fraction.

    >>> request_number("$1,200", "escrow", percent=False)
    1200.0
    >>> request_number("20%", "p_win", percent=True)
    0.2
    """
    unit = "a percentage from 0 to 100" if percent else "an amount in USD"
    if isinstance(value, str):
        text = value.strip().replace(",", "").replace("$", "").replace("%", "").strip()
        value = form_number(text, path, unit) if text else None
    if value is None:
        return None
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise FieldError(path, "expected a number")
    # Compared before converting: an int too large for a float (10**400) is out of range.
    if not -_LARGEST <= value <= _LARGEST:
        fail(path, unit if percent else f"{unit} up to {_LARGEST:,.0f}")
    number = float(value)
    if percent:
        if not 0 <= number <= 100:
            fail(path, unit)
        return number / 100
    return number
