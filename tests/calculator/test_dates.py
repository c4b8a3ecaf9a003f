from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculator.dates import add_months, months_between


@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2024, 1, 31), 1, date(2024, 2, 29)),
    (date(2023, 1, 31), 1, date(2023, 2, 28)),
    (date(2024, 12, 15), 1, date(2025, 1, 15)),
    (date(2025, 6, 1), -24, date(2023, 6, 1)),
    (date(2025, 3, 31), -1, date(2025, 2, 28)),
])
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


@given(st.dates(date(2000, 1, 1), date(2090, 1, 1)), st.integers(0, 120))
def test_months_between_inverts_add_months(day: date, months: int) -> None:
    later = add_months(day, months)
    assert months_between(day, later) == months or later.day < day.day
    assert months_between(later, day) == 0
