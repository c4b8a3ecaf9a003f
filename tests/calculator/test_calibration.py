"""Calibration on freelancers' reported scores: the split is fixed, the answers are computed.

How well the model does (the issue 16 targets: mean error at most 7, direction right at least
half the time) is reported by `make bench` and "About the model", never asserted here: the
figures move with every new report and every model change, and a test must not pass or fail on
them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from calculator.calibration import (
    BASELINES,
    HOLDOUT_EVERY,
    SHAPED,
    agreeing_history,
    check_case,
    metrics,
    needed_mass,
    split,
)
from calculator.parse import from_dict
from calculator.summary import RANGE_LEVEL

REPORTS = Path(__file__).resolve().parent / "data" / "reports.json"
CASES = json.loads(REPORTS.read_text(encoding="utf-8"))["cases"]
TUNE, KEPT = split(CASES)


def test_the_split_is_fixed() -> None:
    ids = sorted(str(c["id"]) for c in KEPT)
    # Written down when the split was made (issue 16): per rule set, sorted by id, the 1st,
    # 4th, 7th, ... case is kept apart; r003 (seed 001) shaped hand-set chances, so it tunes.
    # A new case gets a new id and joins by the same rule; this list then grows, never shuffles.
    assert ids == ["r001", "r005", "r008", "r009", "r012", "r013", "r016", "r017", "r019",
                   "r022"]
    assert not {str(c["id"]) for c in TUNE} & set(ids)
    assert len(TUNE) + len(KEPT) == len(CASES)


def test_the_split_does_not_depend_on_file_order() -> None:
    again = split(list(reversed(CASES)))
    assert sorted(str(c["id"]) for c in again[1]) == sorted(str(c["id"]) for c in KEPT)


def test_kept_apart_cases_cover_every_rule_set_in_the_file() -> None:
    assert {c["rules"] for c in KEPT} == {c["rules"] for c in CASES if c["id"] not in SHAPED}


def test_cases_that_shaped_assumptions_never_judge_them() -> None:
    assert {str(c["id"]) for c in TUNE} >= SHAPED
    assert HOLDOUT_EVERY == 3


def test_no_hidden_ratings_reads_each_hidden_rating_as_the_stars_say() -> None:
    case = next(c for c in CASES if c["id"] == "r005")  # one 3.75-star review among 5-star ones
    doc = agreeing_history(case["history"])
    contracts: list[dict[str, object]] = doc["contracts"]  # type: ignore[assignment]
    ratings = {(c["public_rating"], c["private_rating"]) for c in contracts}
    assert (5.0, 10) in ratings and (3.75, 7) in ratings
    assert all(c["private_rating"] != "unknown" for c in contracts)
    assert from_dict(doc).contracts  # still a valid history
    # The case itself is untouched.
    assert any(c["private_rating"] == "unknown" for c in case["history"]["contracts"])


def test_always_100_answers_100_with_no_width() -> None:
    checks = [c for case in KEPT for c in check_case(case, "always-100")]
    assert {(c.score, c.low, c.high) for c in checks} == {(100, 100, 100)}
    m = metrics(KEPT, "always-100")
    assert m.median_width == 0 and m.same_direction == 0
    assert m.mean_error == m.baseline_error


@pytest.mark.parametrize(("baseline", "label"), BASELINES)
def test_every_answer_checks_every_shown_score(baseline: str, label: str) -> None:
    m = metrics(KEPT, baseline)  # type: ignore[arg-type]
    assert label and m.baseline == baseline
    assert m.cases == len(KEPT)
    shown = [c["shown"] for c in KEPT]
    assert m.checks == sum(len(s) for s in shown if isinstance(s, list))
    assert 0 <= m.held <= m.checks and 0 <= m.same_direction <= m.changes
    assert RANGE_LEVEL == 0.8


def test_the_readme_split_table_is_the_split() -> None:
    readme = (REPORTS.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Splitting for calibration", 1)[1]
    listed: dict[str, set[str]] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 4 and cells[0][:1].isdigit():
            listed[cells[0]] = {i.strip() for i in cells[3].split(",") if i.strip()}
    kept: dict[str, set[str]] = {}
    for case in KEPT:
        kept.setdefault(str(case["rules"]), set()).add(str(case["id"]))
    assert listed == kept


def test_needed_mass_is_the_narrowest_range_that_reaches_the_stated_level() -> None:
    masses = (0.8, 0.9, 0.95, 0.99, 1.0)
    mass = needed_mass(TUNE, masses)
    shares = [sum(c.held for case in TUNE for c in check_case(case, mass=m))
              / sum(len(check_case(case, mass=m)) for case in TUNE) for m in masses]
    reached = [m for m, share in zip(masses, shares, strict=True) if share >= RANGE_LEVEL]
    assert mass == (reached[0] if reached else None)
