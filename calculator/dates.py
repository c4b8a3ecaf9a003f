"""Calendar arithmetic on whole months, the unit of every JSS window."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

__all__ = ["add_months", "months_between", "window_exit"]


def add_months(day: date, months: int) -> date:
    """Move by whole calendar months, clamping to the month's last day.

    >>> add_months(date(2024, 1, 31), 1)
    datetime.date(2024, 2, 29)
    >>> add_months(date(2024, 3, 15), -24)
    datetime.date(2022, 3, 15)
    """
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def months_between(start: date, end: date) -> int:
    """Whole calendar months from ``start`` to ``end`` (0 if ``end`` is earlier).

    >>> months_between(date(2024, 1, 15), date(2024, 4, 14))
    2
    >>> months_between(date(2024, 1, 15), date(2024, 4, 15))
    3
    """
    if end <= start:
        return 0
    months = (end.year - start.year) * 12 + (end.month - start.month)
    # add_months(start, months) passes ``end`` only within the last month: check that day alone.
    if end.day < start.day and add_months(start, months) > end:
        months -= 1
    return months


def window_exit(on: date, months: int) -> date:
    """The first day whose ``months``-month window (the days after ``add_months(day, -months)``)
    no longer holds something counted on ``on``. Usually ``add_months(on, months)``; a day later
    or more when ``on`` is a month end the target month lacks.

    >>> window_exit(date(2024, 3, 10), 6)
    datetime.date(2024, 9, 10)
    >>> window_exit(date(2024, 8, 31), 6)
    datetime.date(2025, 3, 1)
    """
    day = add_months(on, months)
    if on.day <= 28:  # every month has the day: the plain answer is exact
        return day
    while add_months(day, -months) < on:
        day += timedelta(days=1)
    while add_months(day - timedelta(days=1), -months) >= on:
        day -= timedelta(days=1)
    return day
