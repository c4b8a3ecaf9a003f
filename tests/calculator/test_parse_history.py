import contextlib
import json
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator import UNKNOWN, FieldError, ShownScore, from_dict, from_form
from calculator.fields import MAX_CONTRACTS
from calculator.parse import read_form

GOOD = {
    "schema": 1, "as_of": "2025-06-01",
    "contracts": [{"client": "Acme", "kind": "fixed", "start": "2025-01-01",
                   "end": "2025-02-01", "earnings": 400, "last_payment": "2025-02-01",
                   "public_rating": 4.5}],
}


def with_contract(**changes: object) -> dict[str, object]:
    doc: dict[str, Any] = json.loads(json.dumps(GOOD))
    doc["contracts"][0].update(changes)
    return doc


def test_defaults_for_optional_fields() -> None:
    h = from_dict(GOOD)
    c = h.contracts[0]
    assert (c.id, c.private_rating, c.client_excluded, h.rules) == ("1", UNKNOWN, False, None)


@pytest.mark.parametrize(("doc", "path", "fragment"), [
    ([], "history", "JSON object"),
    ({**GOOD, "schema": 2}, "schema", "expected 1"),
    ({**GOOD, "schema": True}, "schema", "expected 1"),
    ({**GOOD, "as_of": "2025-6-1"}, "as_of", "YYYY-MM-DD"),
    ({**GOOD, "as_of": "2025-02-30"}, "as_of", "YYYY-MM-DD"),
    ({**GOOD, "rules": "1999"}, "rules", "expected one of"),
    ({**GOOD, "rules": 5}, "rules", "rule-set id"),
    ({**GOOD, "contracts": {}}, "contracts", "list"),
    ({**GOOD, "extra": 1}, "extra", "not a field"),
    (with_contract(earnings=-1), "contracts[0].earnings", "from 0"),
    (with_contract(earnings="400"), "contracts[0].earnings", "amount in USD"),
    (with_contract(earnings=1.005), "contracts[0].earnings", "2 decimals"),
    (with_contract(earnings=True), "contracts[0].earnings", "amount"),
    (with_contract(kind="Fixed"), "contracts[0].kind", "'fixed' or 'hourly'"),
    (with_contract(client="  "), "contracts[0].client", "client name"),
    (with_contract(client="x" * 101), "contracts[0].client", "1 to 100"),
    (with_contract(public_rating=5.5), "contracts[0].public_rating", "1.0 to 5.0"),
    (with_contract(public_rating=0), "contracts[0].public_rating", "1.0 to 5.0"),
    (with_contract(private_rating=11), "contracts[0].private_rating", "0 to 10"),
    (with_contract(private_rating=7.5), "contracts[0].private_rating", "0 to 10"),
    (with_contract(private_rating="unknwon"), "contracts[0].private_rating", "'unknown'"),
    (with_contract(start="2025-07-01"), "contracts[0].start", "before the as-of date (2025-06-01)"),
    (with_contract(end="2024-12-01"), "contracts[0].end", "between the start and the as-of date"),
    (with_contract(last_payment=None), "contracts[0].last_payment", "latest payment"),
    (with_contract(end=None), "contracts[0].public_rating", "open"),
    (with_contract(end=None, public_rating=None, private_rating=8),
     "contracts[0].private_rating", "open"),
    (with_contract(client_excluded="no"), "contracts[0].client_excluded", "true or false"),
    (with_contract(colour="red"), "contracts[0].colour", "not a field"),
    ({**GOOD, "contracts": [GOOD["contracts"][0], {**GOOD["contracts"][0], "id": "1"}]},  # type: ignore[index]
     "contracts[1].id", "unique"),
])
def test_strict_errors_name_the_field(doc: object, path: str, fragment: str) -> None:
    with pytest.raises(FieldError) as err:
        from_dict(doc)
    assert err.value.path == path
    assert fragment in err.value.message
    assert str(err.value).startswith(path)


def test_missing_required_field() -> None:
    doc = with_contract()
    del doc["contracts"][0]["kind"]  # type: ignore[index]
    with pytest.raises(FieldError, match=r"contracts\[0\]\.kind: is required"):
        from_dict(doc)


def test_too_many_contracts_is_refused_with_the_limit() -> None:
    doc = {**GOOD, "contracts": [GOOD["contracts"][0]] * (MAX_CONTRACTS + 1)}  # type: ignore[index]
    with pytest.raises(FieldError, match="at most 5,000"):
        from_dict(doc)


@pytest.mark.parametrize(("field", "typed", "expected"), [
    ("earnings", "$1,200.50", 1200.5),
    ("earnings", "1 200", 1200.0),
    ("earnings", "USD 99", 99.0),
    ("earnings", "", 0.0),
    ("start", "5 Mar 2025", date(2025, 3, 5)),
    ("start", "March 5, 2025", date(2025, 3, 5)),
    ("start", "2025/03/05", date(2025, 3, 5)),
    ("start", " 2025-03-05 ", date(2025, 3, 5)),
    ("public_rating", "4,5", 4.5),
    ("public_rating", "", None),
    ("private_rating", "", UNKNOWN),
    ("private_rating", "none", None),
    ("private_rating", "9", 9),
    ("kind", " Hourly ", "hourly"),
])
def test_form_values_are_read_leniently(field: str, typed: str, expected: object) -> None:
    row = {"client": "A", "kind": "fixed", "start": "2025-01-01", "end": "2025-04-01",
           "earnings": "500", "last_payment": "2025-04-01", "public_rating": "5",
           "private_rating": "", field: typed}
    h = from_form({"as_of": "2025-06-01", "contracts": [row]})
    attr = {"earnings": "earnings_usd"}.get(field, field)
    assert getattr(h.contracts[0], attr) == expected


@pytest.mark.parametrize(("field", "typed", "fragment"), [
    ("earnings", "twelve", "amount in USD"),
    ("earnings", "-5", "amount in USD"),
    ("start", "03/05/2025", "ambiguous"),
    ("start", "31 Feb 2025", "no such date"),
    ("start", "yesterday", "2025-03-05"),
    ("public_rating", "five", "star rating"),
    ("private_rating", "great", "0 to 10"),
])
def test_form_errors_name_the_field(field: str, typed: str, fragment: str) -> None:
    row = {"client": "A", "kind": "fixed", "start": "2025-01-01", "end": "2025-04-01",
           "earnings": "500", "last_payment": "", field: typed}
    with pytest.raises(FieldError) as err:
        from_form({"as_of": "2025-06-01", "contracts": [row]})
    assert err.value.path == f"contracts[0].{field}"
    assert fragment in err.value.message


def test_form_fills_last_payment_from_end_when_earnings_typed() -> None:
    row = {"client": "A", "kind": "fixed", "start": "2025-01-01", "end": "2025-04-01",
           "earnings": "500", "last_payment": ""}
    assert from_form({"as_of": "2025-06-01", "contracts": [row]}).contracts[0].last_payment \
        == date(2025, 4, 1)


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["schema", "as_of", "rules", "contracts", "client", "kind", "start", "end",
                         "earnings", "id", "shown", "date", "score", "x"]) | st.text(max_size=5),
        inner, max_size=6),
    max_leaves=20,
)


@settings(max_examples=2500)
@given(JSONISH)
def test_from_dict_raises_only_field_error(value: object) -> None:
    for parse in (from_dict, from_form):
        with contextlib.suppress(FieldError):
            parse(value)


def test_read_form_reports_the_first_error_of_every_bad_contract() -> None:
    good = {"client": "A", "kind": "fixed", "start": "2025-01-01", "end": "", "earnings": ""}
    rows = [good, {**good, "earnings": "lots"}, good, {**good, "kind": "weekly", "start": "x"},
            {**good, "public_rating": "9"}]
    history, errors = read_form({"as_of": "2025-06-01", "contracts": rows})
    assert history is None
    assert [e.path for e in errors] == ["contracts[1].earnings", "contracts[3].start",
                                        "contracts[4].public_rating"]
    history, errors = read_form({"as_of": "2025-06-01", "contracts": [good, good]})
    assert errors == [] and history is not None and len(history.contracts) == 2
    assert read_form({"as_of": "soon", "contracts": rows})[1][0].path == "as_of"


def test_read_form_over_the_limit_reports_fields_first_then_the_limit() -> None:
    row = {"client": "A", "kind": "fixed", "start": "2025-01-01", "end": "", "earnings": ""}
    rows = [row] * MAX_CONTRACTS + [{**row, "earnings": "oops"}, {**row, "start": "never"}]
    _, errors = read_form({"as_of": "2025-06-01", "contracts": rows})
    assert [e.path for e in errors] == [f"contracts[{MAX_CONTRACTS}].earnings"]
    rows[MAX_CONTRACTS] = row
    _, errors = read_form({"as_of": "2025-06-01", "contracts": rows})
    assert [e.path for e in errors] == ["contracts"] and "at most 5,000" in errors[0].message


# ---------------------------------------------------------------- the scores Upwork showed

SHOWN = [{"date": "2025-05-01", "score": 87}, {"date": "2025-01-01", "score": None}]


def test_shown_scores_are_read_and_kept_in_date_order() -> None:
    h = from_dict({**GOOD, "shown": SHOWN})
    assert h.shown == (ShownScore(date(2025, 1, 1), None), ShownScore(date(2025, 5, 1), 87))
    assert from_dict(GOOD).shown == ()


@pytest.mark.parametrize(("shown", "path", "fragment"), [
    ({}, "shown", "a list of scores shown"),
    ([{"date": "2025-05-01"}], "shown[0].score", "is required"),
    ([{"date": "2025-07-01", "score": 80}], "shown[0].date", "on or before the as-of date"),
    ([{"date": "2025-05-01", "score": 101}], "shown[0].score", "0 to 100"),
    ([{"date": "2025-05-01", "score": 87.5}], "shown[0].score", "whole number"),
    ([{"date": "2025-05-01", "score": True}], "shown[0].score", "whole number"),
    ([{"date": "2025-05-01", "score": 80, "when": 1}], "shown[0].when", "not a field"),
    ([SHOWN[0], SHOWN[0]], "shown[1].date", "no other score shown has"),
    ([{"date": f"2025-0{m}-01", "score": 90} for m in range(1, 6)] * 3, "shown", "at most 12"),
])
def test_bad_shown_scores_name_the_field(shown: object, path: str, fragment: str) -> None:
    with pytest.raises(FieldError) as err:
        from_dict({**GOOD, "shown": shown})
    assert (err.value.path, fragment in err.value.message) == (path, True)


@pytest.mark.parametrize(("typed", "expected"), [
    ("87", 87), ("87%", 87), (" 87 % ", 87), ("", None), ("none", None), (90, 90),
])
def test_form_reads_shown_scores_leniently(typed: object, expected: int | None) -> None:
    form = {"as_of": "1 Jun 2025", "shown": [{"date": "5 May 2025", "score": typed}],
            "contracts": []}
    assert from_form(form).shown == (ShownScore(date(2025, 5, 5), expected),)


def test_form_reports_a_bad_shown_score_at_its_path() -> None:
    form = {"as_of": "2025-06-01", "shown": [{"date": "2025-05-01", "score": "high"}],
            "contracts": []}
    history, errors = read_form(form)
    assert history is None and [e.path for e in errors] == ["shown[0].score"]


# ---------------------------------------------------------------- dates and plain words


def test_an_as_of_before_the_score_existed_is_a_field_error() -> None:
    with pytest.raises(FieldError) as err:
        from_dict({**GOOD, "as_of": "2015-02-28", "contracts": []})
    assert err.value.path == "as_of" and "1 March 2015" in err.value.message
    assert from_dict({**GOOD, "as_of": "2015-03-01", "contracts": []}).as_of == date(2015, 3, 1)


@pytest.mark.parametrize(("typed", "fragment"), [
    ("31/02/2025", "no such date"),
    ("03/05/2025", "ambiguous"),
    ("2025-02-29", "no such date"),
    ("Smarch 5, 2025", "2025-03-05"),
])
def test_form_date_errors_say_what_is_wrong(typed: str, fragment: str) -> None:
    row = {"client": "A", "kind": "fixed", "start": typed, "earnings": ""}
    with pytest.raises(FieldError) as err:
        from_form({"as_of": "2025-06-01", "contracts": [row]})
    assert err.value.path == "contracts[0].start" and fragment in err.value.message
    assert "ambiguous" not in err.value.message or fragment == "ambiguous"


BAD_DOCS = [
    {**GOOD, "as_of": None}, {**GOOD, "as_of": "2014-01-01"}, {**GOOD, "rules": 3},
    with_contract(start="2025-07-01"), with_contract(end="2024-12-01"),
    with_contract(last_payment="2026-01-01"), with_contract(public_rating=9),
    with_contract(private_rating=12), with_contract(end=None),
    {**GOOD, "shown": [{"date": "2025-07-01", "score": 1}]},
    {**GOOD, "shown": [{"date": "2025-05-01", "score": -1}]}, [],
]


@pytest.mark.parametrize("doc", BAD_DOCS)
def test_messages_use_plain_words_not_field_names(doc: object) -> None:
    with pytest.raises(FieldError) as err:
        from_dict(doc)
    assert "as_of" not in err.value.message and "null" not in err.value.message
