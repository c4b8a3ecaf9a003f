from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculator import FieldError
from calculator.parse import read_date


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-03-05", date(2025, 3, 5)),
    (" 2025/3/5 ", date(2025, 3, 5)),
    ("2025.03.05", date(2025, 3, 5)),
    ("5 Mar 2025", date(2025, 3, 5)),
    ("5th march, 2025", date(2025, 3, 5)),
    ("March 5, 2025", date(2025, 3, 5)),
    ("Sept 1 2025", date(2025, 9, 1)),
    ("25/12/2025", date(2025, 12, 25)),   # only day-first is a real date
    ("12/25/2025", date(2025, 12, 25)),   # only month-first is
    ("05/05/2025", date(2025, 5, 5)),     # both readings are the same day
    ("", None),
    ("   ", None),
])
def test_lenient_dates(text: str, expected: date | None) -> None:
    assert read_date(text, "d") == expected


@pytest.mark.parametrize(("text", "fragment"), [
    ("31/02/2025", "no such date"),
    ("31 Feb 2025", "no such date"),
    ("2025-02-29", "no such date"),
    ("03/05/2025", "ambiguous"),
    ("tomorrow", "such as 2025-03-05"),
    ("5 Marzipan 2025", "such as 2025-03-05"),
])
def test_lenient_date_errors(text: str, fragment: str) -> None:
    with pytest.raises(FieldError) as err:
        read_date(text, "d")
    assert err.value.path == "d" and fragment in err.value.message


@pytest.mark.parametrize("text", ["2025-3-5", " 2025-03-05", "5 Mar 2025", "2025/03/05"])
def test_iso_only_takes_exactly_yyyy_mm_dd(text: str) -> None:
    with pytest.raises(FieldError, match="YYYY-MM-DD"):
        read_date(text, "d", iso_only=True)


@given(st.dates())
def test_every_day_reads_back_in_iso_and_named_forms(day: date) -> None:
    assert read_date(day.isoformat(), "d", iso_only=True) == day
    assert read_date(f"{day.day} {day:%b} {day.year:04d}", "d") == day
    assert read_date(f"{day:%B} {day.day}, {day.year:04d}", "d") == day


@given(st.text(max_size=30))
def test_any_text_is_a_date_none_or_a_field_error(text: str) -> None:
    try:
        result = read_date(text, "d")
    except FieldError as err:
        assert err.path == "d"
    else:
        assert result is None or isinstance(result, date)
