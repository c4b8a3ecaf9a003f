"""About the model's calibration figures: computed from the reports file, never typed in.

The shipped chances must still be what the documented method picks (the grid's best on the
tuning cases). How good the figures are is reported, not asserted.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from calculator.calibration import BASELINES, metrics, split
from calculator.rules import RULE_SETS
from tools import calibrate
from tools.guide import calibration_tables, model_tables

CASES = calibration_tables.load_reports()


def test_the_baseline_table_matches_a_fresh_computation() -> None:
    kept = split(CASES)[1]
    fresh = {b: metrics(kept, b) for b, _ in BASELINES}
    section = model_tables.calibration_section(CASES)
    assert calibration_tables.baseline_table(fresh) in section
    for baseline, label in BASELINES:
        m = fresh[baseline]
        row = next(line for line in section.splitlines() if line.startswith(f"| {label} ")
                   or line.startswith(f"| **{label}** "))
        assert f"{m.held} of {m.checks}" in row
        if m.mean_error is not None:
            assert f"{m.mean_error:.1f} ({m.scored} scores)" in row


def test_the_short_answer_quotes_the_kept_apart_figures() -> None:
    model = calibration_tables.kept_apart_metrics(CASES)["model"]
    short = model_tables.calibration_short_answer(CASES)
    assert f"by {model.mean_error} points" in short
    assert f"{model.held} times out of {model.checks}" in short


def test_the_era_table_counts_every_case_once() -> None:
    table = calibration_tables.by_era_table(CASES)
    tune, kept = split(CASES)
    assert f"| all | {len(tune)} | {len(kept)} |" in table
    rows = [line for line in table.splitlines() if line.startswith("| `")]
    counted = [r for r in rows if "none" not in r]
    assert sum(int(r.split("|")[2]) + int(r.split("|")[3]) for r in counted) == len(CASES)
    assert {r.split("`")[1] for r in rows} >= {r.id for r in RULE_SETS}


def test_the_shipped_chances_are_the_grids_best_on_the_tuning_cases() -> None:
    # The method the page and calculator/private.py state. Ties keep the shipped value.
    settings = calibrate.grid(split(CASES)[0])
    assert calibrate.rank_of(settings, calibrate.shipped()) == 1, [
        (s.key, round(s.tuning.log_score, 3)) for s in settings[:5]]


def test_the_built_page_shows_the_baselines(site_dir: Path) -> None:
    page = html.unescape((site_dir / "model" / "index.html").read_text(encoding="utf-8"))
    text = re.sub(r"<[^>]+>", "", page)
    for _, label in BASELINES:
        assert label in text
    model = calibration_tables.kept_apart_metrics(CASES)["model"]
    assert f"{model.held} of {model.checks}" in text
