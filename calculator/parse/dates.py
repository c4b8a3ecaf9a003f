"""The one date reader: ISO dates, and the other ways a person types a day into a form."""

from __future__ import annotations

import re
from datetime import date
from typing import Final, NoReturn

from ..errors import FieldError

__all__ = ["DATE_EXAMPLE", "read_date"]

#: How the form's date fields are explained to a reader.
DATE_EXAMPLE: Final = "a date such as 2025-03-05 or 5 Mar 2025"

_MONTH_NAMES: Final = ("january", "february", "march", "april", "may", "june", "july", "august",
                       "september", "october", "november", "december")
_ISO: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
_YMD: Final = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_NUMERIC: Final = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_DAY_MONTH: Final = re.compile(r"(\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9})\.? (\d{4})")
_MONTH_DAY: Final = re.compile(r"([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)? (\d{4})")


def read_date(text: str, path: str, *, iso_only: bool = False) -> date | None:
    """The day ``text`` names, or ``None`` when it is blank.

    ``iso_only`` accepts exactly ``YYYY-MM-DD`` (the JSON format); otherwise also
    ``2025/3/5``, ``5 Mar 2025``, ``March 5, 2025``, and ``05/03/2025`` when only one reading
    of day and month is a real date.

    Raises:
        FieldError: at ``path``, saying what was expected, that the day does not exist, or that
            day and month could be read both ways.

    >>> read_date(" 5 Mar 2025 ", "start")
    datetime.date(2025, 3, 5)
    >>> read_date("March 5th, 2025", "start")
    datetime.date(2025, 3, 5)
    >>> read_date("25/12/2025", "start")
    datetime.date(2025, 12, 25)
    >>> read_date("31/02/2025", "start")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    calculator.errors.FieldError: start: no such date; expected a date such as ...
    """
    if iso_only:
        if not _ISO.fullmatch(text):
            return None if not text else _expected(path, iso_only=True)
        return _day(int(text[:4]), int(text[5:7]), int(text[8:]), path, iso_only=True)
    value = " ".join(text.strip().lower().replace(",", " ").split())
    if not value:
        return None
    if match := _YMD.fullmatch(value):
        return _day(int(match[1]), int(match[2]), int(match[3]), path)
    if match := _DAY_MONTH.fullmatch(value):
        return _day(int(match[3]), _month(match[2], path), int(match[1]), path)
    if match := _MONTH_DAY.fullmatch(value):
        return _day(int(match[3]), _month(match[1], path), int(match[2]), path)
    if match := _NUMERIC.fullmatch(value):
        return _numeric(int(match[1]), int(match[2]), int(match[3]), path)
    return _expected(path)


def _numeric(first: int, second: int, year: int, path: str) -> date:
    """``first/second/year`` read day-first and month-first: one real date, or an error."""
    readings = {_real(year, month, day) for day, month in ((first, second), (second, first))}
    readings.discard(None)
    if not readings:
        raise FieldError(path, f"no such date; expected {DATE_EXAMPLE}")
    if len(readings) > 1:
        raise FieldError(path, f"expected {DATE_EXAMPLE} (day and month are ambiguous)")
    (day,) = readings
    assert day is not None
    return day


def _real(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day(year: int, month: int, day: int, path: str, *, iso_only: bool = False) -> date:
    real = _real(year, month, day)
    if real is None:
        expected = "a date as YYYY-MM-DD" if iso_only else DATE_EXAMPLE
        raise FieldError(path, f"no such date; expected {expected}")
    return real


def _month(name: str, path: str) -> int:
    for number, full in enumerate(_MONTH_NAMES, start=1):
        if full.startswith(name) or (name == "sept" and number == 9):
            return number
    return _expected(path)


def _expected(path: str, *, iso_only: bool = False) -> NoReturn:
    raise FieldError(path, f"expected {'a date as YYYY-MM-DD' if iso_only else DATE_EXAMPLE}")
