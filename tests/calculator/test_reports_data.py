"""The reported cases in data/reports.json: each is well formed and loads with the package."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from calculator import RULE_SETS, from_dict

DATA = Path(__file__).parent / "data" / "reports.json"
CASE_KEYS = {"id", "url", "title", "posted", "rules", "summary", "history", "shown", "fidelity",
             "assumptions"}
FIDELITIES = {"exact", "reconstructed"}
#: The score first appeared in March 2015; nothing shown before that can be a JSS.
JSS_LAUNCH = date(2015, 3, 1)
#: The README promises at least this many cases; the integrator splits them for tuning and testing.
MIN_CASES = 25


def _load() -> dict[str, Any]:
    with DATA.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


REPORTS = _load()
CASES: list[dict[str, Any]] = REPORTS["cases"]


def _day(text: str) -> date:
    return date.fromisoformat(text)


def test_the_file_is_schema_1_with_enough_cases() -> None:
    assert REPORTS["schema"] == 1
    assert set(REPORTS) == {"schema", "cases"}
    assert len(CASES) >= MIN_CASES


def test_ids_are_unique_and_stable_in_form() -> None:
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"r\d{3}", i) for i in ids)


def test_no_case_is_entered_twice() -> None:
    # Two cases may share a thread page (different replies) but never the same report.
    keys = [(case["url"], case["history"]["as_of"], json.dumps(case["shown"])) for case in CASES]
    assert len(keys) == len(set(keys))
    assert len({case["summary"] for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_case_has_exactly_the_documented_fields(case: dict[str, Any]) -> None:
    assert set(case) == CASE_KEYS
    for key in ("title", "summary", "assumptions"):
        assert isinstance(case[key], str) and case[key].strip()
    # A summary is one or two sentences in our own words, not a pasted post.
    assert len(case["summary"]) <= 450
    assert case["fidelity"] in FIDELITIES


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_url_is_a_full_https_address(case: dict[str, Any]) -> None:
    parts = urlsplit(case["url"])
    assert parts.scheme == "https"
    assert parts.netloc and "." in parts.netloc
    assert parts.path not in ("", "/")


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_posted_is_a_valid_day_or_month_after_the_launch(case: dict[str, Any]) -> None:
    posted = case["posted"]
    if re.fullmatch(r"\d{4}-\d{2}", posted):
        day = _day(posted + "-01")
        assert day >= JSS_LAUNCH.replace(day=1)
    else:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", posted)
        day = _day(posted)
        assert day >= JSS_LAUNCH


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_rules_is_a_known_rule_set(case: dict[str, Any]) -> None:
    assert case["rules"] in {r.id for r in RULE_SETS}


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_history_loads_with_the_package(case: dict[str, Any]) -> None:
    history = from_dict(case["history"])
    assert history.contracts
    assert history.as_of >= JSS_LAUNCH
    assert case["history"]["schema"] == 1


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_shown_scores_are_dated_in_order_and_end_on_as_of(case: dict[str, Any]) -> None:
    shown = case["shown"]
    assert shown, "at least the score shown on as_of"
    days = [_day(s["date"]) for s in shown]
    assert days == sorted(days) and len(set(days)) == len(days)
    assert days[-1] == _day(case["history"]["as_of"])
    assert days[0] >= JSS_LAUNCH
    for s in shown:
        assert set(s) == {"date", "score"}
        score = s["score"]
        assert score is None or (isinstance(score, int) and not isinstance(score, bool)
                                 and 0 <= score <= 100)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["id"])
def test_contract_ids_are_unique_within_a_history(case: dict[str, Any]) -> None:
    ids = [c["id"] for c in case["history"]["contracts"]]
    assert len(ids) == len(set(ids))
