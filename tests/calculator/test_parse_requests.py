from datetime import date

import pytest

from calculator import FieldError
from calculator.parse import (
    ArbitrationRequest,
    arbitration_request,
    request_number,
    request_object,
    request_span,
    timeline_span,
)
from calculator.scenarios import MAX_TIMELINE_MONTHS

AS_OF = date(2024, 2, 29)


def test_default_span_is_two_years_from_as_of_even_on_29_february() -> None:
    assert timeline_span(None, None, AS_OF) == (AS_OF, date(2026, 2, 28))


def test_the_span_limit_is_the_model_s_own() -> None:
    start = date(2020, 1, 31)
    longest = date(2030, 1, 31)
    assert MAX_TIMELINE_MONTHS == 120
    assert timeline_span(start, longest, AS_OF) == (start, longest)
    with pytest.raises(FieldError, match="at most 120 months"):
        timeline_span(start, date(2030, 2, 1), AS_OF, "--to")


@pytest.mark.parametrize(("value", "path", "fragment"), [
    ({"from": "2025-06-01", "to": "2025-05-01"}, "timeline", "on or after the start"),
    ({"from": "someday", "to": "2025-05-01"}, "timeline.from", "such as 2025-03-05"),
    ({"from": 5}, "timeline.from", "a date"),
    ({"to": "9999-01-01"}, "timeline.to", "before the year 9000"),
    ([], "timeline", "JSON object"),
])
def test_request_span_errors(value: object, path: str, fragment: str) -> None:
    with pytest.raises(FieldError) as err:
        request_span(value, AS_OF)
    assert err.value.path == path and fragment in err.value.message


def test_request_span_reads_form_dates() -> None:
    assert request_span({"from": "1 Mar 2024", "to": None}, AS_OF) == \
        (date(2024, 3, 1), date(2026, 3, 1))


@pytest.mark.parametrize(("value", "percent", "expected"), [
    ("$1,200", False, 1200.0), (350, False, 350.0), ("", False, None), (None, False, None),
    ("20%", True, 0.2), (50, True, 0.5),
])
def test_request_numbers(value: object, percent: bool, expected: float | None) -> None:
    assert request_number(value, "x", percent=percent) == expected


@pytest.mark.parametrize(("value", "percent", "fragment"), [
    ("lots", False, "amount in USD"), ("nan", False, "amount in USD"), (True, False, "number"),
    ("120%", True, "0 to 100"),
])
def test_request_number_errors(value: object, percent: bool, fragment: str) -> None:
    with pytest.raises(FieldError) as err:
        request_number(value, "x", percent=percent)
    assert err.value.path == "x" and fragment in err.value.message


def test_request_object_refuses_anything_but_an_object() -> None:
    with pytest.raises(FieldError, match="request: expected a JSON object"):
        request_object("[1]")


def test_arbitration_request_defaults_and_requirements() -> None:
    req = arbitration_request({"escrow": "1,200", "fee": "337.50", "p_other_pays": "0"})
    assert req == ArbitrationRequest(1200.0, 337.5, None, 0.0, 0.5)
    for missing in ("escrow", "fee"):
        with pytest.raises(FieldError) as err:
            arbitration_request({"escrow": "350", "fee": "291", missing: ""})
        assert (err.value.path, err.value.message) == (missing, "is required")
