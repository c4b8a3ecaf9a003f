"""The fields added after the format's first version: the review form, refunds and disputes.

They are read from JSON and from the form, written only when set (older files and links are
unchanged), and carried by share links, whose rows may leave them off.
"""

import json
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator import FieldError, History, decode_share, encode_share, from_dict, from_form
from calculator.codec import to_dict
from calculator.fields import CONTRACT_FIELDS, SHARE_FIELDS, SHARE_ROW_MIN
from calculator.share import share_layout

from .conftest import histories_st

GOOD = {
    "schema": 1, "as_of": "2025-06-01",
    "contracts": [{"client": "Acme", "kind": "fixed", "start": "2025-01-01",
                   "end": "2025-02-01", "earnings": 400, "last_payment": "2025-02-01",
                   "public_rating": 4.5}],
}


def with_contract(**changes: object) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(json.dumps(GOOD))
    doc["contracts"][0].update(changes)
    return doc


def test_defaults_of_the_later_fields() -> None:
    c = from_dict(GOOD).contracts[0]
    assert (c.review_form, c.refunded_usd, c.dispute) == (None, 0.0, "none")


@pytest.mark.parametrize(("changes", "expected"), [
    ({"review_form": "stars"}, ("stars", 0.0, "none")),
    ({"review_form": "private", "private_rating": 3}, ("private", 0.0, "none")),
    ({"review_form": "unsure", "private_rating": 3}, ("unsure", 0.0, "none")),
    ({"review_form": None}, (None, 0.0, "none")),
    ({"refunded_usd": 150.5, "dispute": "settled"}, (None, 150.5, "settled")),
    ({"dispute": "won"}, (None, 0.0, "won")),
    ({"dispute": "lost", "refunded_usd": 400}, (None, 400.0, "lost")),
])
def test_the_later_fields_are_read(changes: dict[str, object],
                                   expected: tuple[object, ...]) -> None:
    c = from_dict(with_contract(**changes)).contracts[0]
    assert (c.review_form, c.refunded_usd, c.dispute) == expected


@pytest.mark.parametrize(("changes", "path", "fragment"), [
    ({"review_form": "new"}, "contracts[0].review_form", "'stars'"),
    ({"review_form": ""}, "contracts[0].review_form", "'private'"),
    ({"refunded_usd": -1}, "contracts[0].refunded_usd", "amount in USD"),
    ({"refunded_usd": 100_000_001}, "contracts[0].refunded_usd", "amount in USD"),
    ({"refunded_usd": "12"}, "contracts[0].refunded_usd", "amount in USD"),
    ({"refunded_usd": None}, "contracts[0].refunded_usd", "amount in USD"),
    ({"dispute": "arbitration"}, "contracts[0].dispute", "'won'"),
    ({"dispute": None}, "contracts[0].dispute", "'none'"),
    ({"review_form": "stars", "private_rating": 8}, "contracts[0].private_rating",
     "stars-only form has no private rating"),
])
def test_bad_later_fields_name_the_field(changes: dict[str, object], path: str,
                                          fragment: str) -> None:
    with pytest.raises(FieldError) as err:
        from_dict(with_contract(**changes))
    assert err.value.path == path
    assert fragment in err.value.message


def test_the_stars_form_keeps_an_unknown_or_missing_private_rating() -> None:
    for private in ("unknown", None):
        c = from_dict(with_contract(review_form="stars", private_rating=private)).contracts[0]
        assert c.review_form == "stars"


@pytest.mark.parametrize(("typed", "expected"), [
    ({}, (None, 0.0, "none")),
    ({"review_form": "", "refunded_usd": "", "dispute": ""}, (None, 0.0, "none")),
    ({"review_form": "Stars", "refunded_usd": "$1,200.50", "dispute": "WON"},
     ("stars", 1200.5, "won")),
    ({"review_form": "Not sure", "dispute": "Decided or awarded for the client"},
     ("unsure", 0.0, "lost")),
])
def test_the_form_reads_the_later_fields_leniently(typed: dict[str, str],
                                                   expected: tuple[object, ...]) -> None:
    row = {"client": "Acme", "kind": "fixed", "start": "2025-01-01", "end": "2025-02-01",
           "earnings": "400", **typed}
    c = from_form({"as_of": "2025-06-01", "contracts": [row]}).contracts[0]
    assert (c.review_form, c.refunded_usd, c.dispute) == expected


def test_to_dict_writes_the_later_fields_only_when_set() -> None:
    plain: Any = to_dict(from_dict(GOOD))
    assert list(plain["contracts"][0]) == [f.name for f in CONTRACT_FIELDS if f.always]
    doc = with_contract(review_form="stars", refunded_usd=25.5, dispute="won")
    written: Any = to_dict(from_dict(doc))
    assert written["contracts"][0]["review_form"] == "stars"
    assert from_dict(to_dict(from_dict(doc))) == from_dict(doc)


_LATER = st.fixed_dictionaries({
    "review_form": st.sampled_from([None, "private", "stars", "unsure"]),
    "refunded_usd": st.sampled_from([0.0, 0.01, 100.0, 2500.5]),
    "dispute": st.sampled_from(["none", "settled", "won", "lost"]),
})


@settings(max_examples=200)
@given(histories_st(), st.lists(_LATER, max_size=12))
def test_histories_with_the_later_fields_round_trip(h: History,
                                                    later: list[dict[str, Any]]) -> None:
    contracts = []
    for c, extra in zip(h.contracts, later + [{}] * len(h.contracts), strict=False):
        if extra.get("review_form") == "stars" and isinstance(c.private_rating, int):
            extra = {**extra, "review_form": "private"}
        contracts.append(replace(c, **extra))
    h = replace(h, contracts=tuple(contracts))
    assert from_dict(to_dict(h)) == h
    assert decode_share(encode_share(h)) == h


def test_share_rows_leave_off_trailing_defaults() -> None:
    h = from_dict(GOOD)
    assert share_layout()["fields"] == list(SHARE_FIELDS)
    assert SHARE_ROW_MIN == 10
    only_form = replace(h, contracts=(replace(h.contracts[0], review_form="stars"),))
    disputed = replace(h, contracts=(replace(h.contracts[0], dispute="lost"),))
    for history, length in ((h, 10), (only_form, 11), (disputed, 13)):
        assert decode_share(encode_share(history)) == history
        assert len(_rows(encode_share(history))[0]) == length


def test_the_share_slots_are_fixed() -> None:
    # Links live on: a slot is never moved. The first version's ten fields come first.
    assert SHARE_FIELDS == ("id", "client", "kind", "start", "end", "earnings", "last_payment",
                            "public_rating", "private_rating", "client_excluded",
                            "review_form", "refunded_usd", "dispute")
    assert sorted(f.slot for f in CONTRACT_FIELDS) == list(range(len(CONTRACT_FIELDS)))
    assert all(f.always == (f.slot < SHARE_ROW_MIN) for f in CONTRACT_FIELDS)


def _rows(text: str) -> list[list[object]]:
    import base64
    import zlib
    body = text.partition(".")[2]
    raw = zlib.decompress(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    return json.loads(raw)["contracts"]  # type: ignore[no-any-return]


@pytest.mark.parametrize("length", [9, 14])
def test_a_row_too_short_or_too_long_is_a_field_error(length: int) -> None:
    import base64
    import zlib
    row = ["1", "A", "fixed", "2025-01-01", None, 0, None, None, "unknown", False, None, 0,
           "none", "extra"][:length]
    raw = json.dumps({"schema": 1, "as_of": "2025-06-01", "contracts": [row]}).encode()
    text = "1." + base64.urlsafe_b64encode(zlib.compress(raw)).rstrip(b"=").decode()
    with pytest.raises(FieldError) as err:
        decode_share(text)
    assert err.value.path == "contracts[0]"
