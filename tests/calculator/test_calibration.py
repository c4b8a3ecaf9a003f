"""Calibration on freelancers' reported scores: the kept-apart cases check the tuned chances."""

from __future__ import annotations

import json
from pathlib import Path

from calculator.calibration import metrics, split
from calculator.summary import RANGE_LEVEL

REPORTS = Path(__file__).resolve().parent / "data" / "reports.json"
CASES = json.loads(REPORTS.read_text(encoding="utf-8"))["cases"]
TUNE, KEPT = split(CASES)


def test_the_split_is_fixed_and_keeps_a_third_apart() -> None:
    ids = sorted(str(c["id"]) for c in KEPT)
    # Written down when the split was made: every third case of each rule set, by id.
    assert ids == ["r003", "r006", "r011", "r014", "r020", "r023"]
    assert not {str(c["id"]) for c in TUNE} & set(ids)


def test_the_range_holds_kept_apart_scores_about_as_often_as_it_says() -> None:
    m = metrics(KEPT)
    # 12 shown scores: at an 80% level, fewer than 6 held would be a clear miss (p < 0.02).
    assert m.checks >= 10
    assert m.held_share >= 0.5, m.to_dict()
    assert m.held_share <= 1.0 and RANGE_LEVEL == 0.8


def test_the_score_beats_always_answering_100_on_kept_apart_cases() -> None:
    m = metrics(KEPT)
    assert m.mean_error is not None and m.baseline_error is not None
    assert m.mean_error < m.baseline_error, m.to_dict()


def test_the_tuning_cases_reach_the_stated_level() -> None:
    m = metrics(TUNE)
    assert m.held_share >= RANGE_LEVEL - 0.1, m.to_dict()
