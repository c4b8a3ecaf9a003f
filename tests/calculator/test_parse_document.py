import contextlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator import FieldError, load_json
from calculator.fields import MAX_JSON_CHARS
from calculator.parse import parse_json_text

GOOD = {"schema": 1, "as_of": "2025-06-01",
        "contracts": [{"client": "Acme", "kind": "fixed", "start": "2025-01-01", "earnings": 0}]}


@pytest.mark.parametrize(("text", "fragment"), [
    ("", "not valid JSON"),
    ("{", "line 1"),
    ('{"schema": NaN}', "not valid JSON"),
])
def test_load_json_errors_have_path_file(text: str, fragment: str) -> None:
    with pytest.raises(FieldError) as err:
        load_json(text)
    assert err.value.path == "file" and fragment in err.value.message


@settings(max_examples=2500)
@given(st.text(max_size=200))
def test_load_json_raises_only_field_error(text: str) -> None:
    with contextlib.suppress(FieldError):
        load_json(text)


@pytest.mark.parametrize("text", [
    "[" * 100_000,  # would overflow the JavaScript stack under Pyodide if decoded
    '{"schema": 1, "contracts": ' + "[" * 40 + "]" * 40 + "}",
])
def test_deep_nesting_is_refused_before_decoding(text: str) -> None:
    with pytest.raises(FieldError, match="nested more than 32 levels"):
        load_json(text)


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    doc = json.loads(json.dumps(GOOD))
    doc["contracts"][0]["client"] = '[[[[{{{{"\\' * 10
    assert load_json(json.dumps(doc)).contracts[0].client == doc["contracts"][0]["client"]


def test_a_file_over_the_size_limit_is_refused_before_decoding() -> None:
    with pytest.raises(FieldError, match="at most 4,000,000 characters"):
        load_json(" " * (MAX_JSON_CHARS + 1))


def test_request_text_errors_carry_the_given_path() -> None:
    with pytest.raises(FieldError) as err:
        parse_json_text("{", "request")
    assert err.value.path == "request"
