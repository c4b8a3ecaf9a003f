"""The calibration part of "About the model", computed from the reports file at build time.

Every figure here comes from :mod:`calculator.calibration` run on tests/calculator/data/
reports.json when the site is built; nothing is typed in. `make bench` prints the same figures.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Final

from calculator.calibration import (
    BASELINES,
    TARGET_DIRECTION,
    TARGET_MAE,
    Baseline,
    Metrics,
    check_case,
    metrics,
    needed_mass,
    split,
)
from calculator.rules import RULE_SETS
from calculator.summary import RANGE_LEVEL, RANGE_MASS

__all__ = [
    "RECENT", "REPORTS", "baseline_table", "by_era_table", "calibration_section",
    "calibration_short_answer", "kept_apart_metrics", "load_reports",
]

REPORTS: Final = (Path(__file__).resolve().parents[2] / "tests" / "calculator" / "data"
                  / "reports.json")
#: "From 2023 or later": a case whose history describes a day on or after this one.
RECENT: Final = date(2023, 1, 1)

Case = Mapping[str, object]


def load_reports(path: Path = REPORTS) -> list[dict[str, object]]:
    cases: list[dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))["cases"]
    return cases


def _as_of(case: Case) -> date:
    history = case["history"]
    assert isinstance(history, Mapping)
    return date.fromisoformat(str(history["as_of"]))


def kept_apart_metrics(cases: Sequence[Case]) -> dict[Baseline, Metrics]:
    """Each answer's figures on the kept-apart cases, by baseline id."""
    kept = split(cases)[1]
    return {baseline: metrics(kept, baseline) for baseline, _ in BASELINES}


def _error(m: Metrics) -> str:
    return "n/a" if m.mean_error is None else f"{m.mean_error:.1f} ({m.scored} scores)"


def _direction(m: Metrics) -> str:
    if not m.changes:
        return "no change reported"
    return f"{m.same_direction} of {m.changes} ({m.same_direction / m.changes:.0%})"


def baseline_table(rows: Mapping[Baseline, Metrics]) -> str:
    """The three answers side by side on one set of cases (a markdown table)."""
    out = ["| answer | mean error, points | range held the shown score (aim: "
           f"{RANGE_LEVEL:.0%}) | median range width | direction of change right |",
           "| --- | ---: | ---: | ---: | ---: |"]
    for baseline, label in BASELINES:
        m = rows[baseline]
        width = "n/a" if m.median_width is None else f"{m.median_width:.0f} points"
        name = f"**{label}**" if baseline == "model" else label
        out.append(f"| {name} | {_error(m)} | {m.held} of {m.checks} ({m.held_share:.0%}) | "
                   f"{width} | {_direction(m)} |")
    return "\n".join(out) + "\n"


def by_era_table(cases: Sequence[Case]) -> str:
    """How many reported cases each rule set has, tuning and kept apart (every rule set the
    package knows, so an era with no report shows as such)."""
    tune, kept = split(cases)
    kept_ids = {str(c["id"]) for c in kept}
    known = [r.id for r in RULE_SETS]
    eras = known + sorted({str(c["rules"]) for c in cases} - set(known))
    out = ["| rule set | tuning | kept apart |", "| --- | ---: | ---: |"]
    for era in eras:
        mine = [c for c in cases if c["rules"] == era]
        k = sum(str(c["id"]) in kept_ids for c in mine)
        out.append(f"| `{era}` | {len(mine) - k} | {k} |" if mine
                   else f"| `{era}` | none | none |")
    out.append(f"| all | {len(tune)} | {len(kept)} |")
    return "\n".join(out) + "\n"


def _verdict(rows: Mapping[Baseline, Metrics]) -> str:
    """Which answer has the lowest kept-apart error, said plainly, and what the guide does."""
    model = rows["model"]
    simpler = [(rows[b], label) for b, label in BASELINES
               if b != "model" and rows[b].mean_error is not None]
    better = [(m, label) for m, label in simpler
              if model.mean_error is None or (m.mean_error is not None
                                              and m.mean_error < model.mean_error)]
    if not better:
        most = max(rows[b].held for b, _ in BASELINES if b != "model")
        held = ("and its range holds the shown score more often than either"
                if model.held > most else "though its range holds the shown score no more "
                "often than a simpler answer")
        return f"On these cases the model has the lowest mean error of the three, {held}."
    m, label = min(better, key=lambda x: x[0].mean_error or 0.0)
    return (f"**A simpler answer does better here:** \"{label}\" misses by {m.mean_error:.1f} "
            f"points on average, the model by {model.mean_error}. The calculator still ships "
            f"the model: \"{label}\" gives a single number with no range (its range held "
            f"{m.held} of {m.checks} shown scores, the model's {model.held}), so it cannot "
            "tell a reader how unsure the estimate is, and on this few scores a gap of a few "
            "points is within what chance alone gives.")


def _previous(kept: Sequence[Case], model: Metrics) -> str:
    """The chances shipped before issue 16 on the same kept-apart cases, for comparison."""
    from tools.calibrate import PREVIOUS, chances, shipped

    if shipped() == PREVIOUS:
        return ""
    with chances(*PREVIOUS):
        old = metrics(kept)
    good, none, _ = PREVIOUS
    worse = (old.mean_error is not None and model.mean_error is not None
             and old.mean_error < model.mean_error)
    return (f"The chances shipped before this round (poor behind paid good stars {good:.0%}, "
            f"a paid contract without feedback counting {none:.0%}) give these kept-apart "
            f"cases a mean error of {old.mean_error} and a range that held {old.held} of "
            f"{old.checks}" + (": on the kept-apart cases they did better than the chances "
                               "the grid chose now. They are not shipped, because the "
                               "kept-apart cases are never used to choose." if worse else "."))


def _coverage(tune: Sequence[Case], model: Metrics) -> str:
    """Whether the range reaches its aim on the tuning cases, and how wide it would need to be."""
    if model.held_share >= RANGE_LEVEL:
        return (f"On the tuning cases the model's range reaches its aim of {RANGE_LEVEL:.0%} "
                f"({model.held} of {model.checks}).")
    mass = needed_mass(tune)
    need = ("no width tried reaches it" if mass is None else
            f"it would have to cover the central {mass:.0%} of the model's distribution "
            f"instead of {RANGE_MASS:.0%}")
    return (f"On the tuning cases the model's range held the shown score {model.held} times "
            f"out of {model.checks}, short of its aim of {RANGE_LEVEL:.0%}: {need}. The width "
            "is not a chance set in the tuning above and has not been changed here, so read "
            "the range as narrower than its stated level.")


def _targets(model: Metrics) -> str:
    mae = model.mean_error
    share = model.direction_share
    mae_text = "not measured" if mae is None else (
        f"{mae:.1f}: {'met' if mae <= TARGET_MAE else 'not met'}")
    dir_text = "not measured (no reported change)" if share is None else (
        f"{share:.0%}: {'met' if share >= TARGET_DIRECTION else 'not met'}")
    return (f"Targets set for the model on kept-apart cases (issue 16): mean error at most "
            f"{TARGET_MAE:g} points ({mae_text}); direction of change right at least "
            f"{TARGET_DIRECTION:.0%} of the time ({dir_text}).")


def calibration_short_answer(cases: Sequence[Case] | None = None) -> str:
    """The section's short answer, with the kept-apart figures computed, not typed."""
    cases = load_reports() if cases is None else cases
    rows = kept_apart_metrics(cases)
    m, flat, none = rows["model"], rows["always-100"], rows["no-hidden"]
    return (f"**Short answer:** on {m.cases} reported cases it was never tuned on, the model's "
            f"score missed the one Upwork showed by {m.mean_error} points on average, where "
            f"always answering 100 misses by {flat.mean_error} and the model without hidden "
            f"ratings by {none.mean_error}; its range held the shown score {m.held} times out "
            f"of {m.checks} (it aims at {RANGE_LEVEL:.0%}). The reports come from freelancers "
            "who posted because their score surprised them, and few are recent, so read these "
            "figures as a check on hard, mostly older cases, not on a typical profile today.\n")


def calibration_section(cases: Sequence[Case] | None = None) -> str:
    """Baselines on the kept-apart cases, the evidence by era, and every case with its link."""
    cases = load_reports() if cases is None else cases
    tune, kept = split(cases)
    kept_ids = {str(c["id"]) for c in kept}
    rows = kept_apart_metrics(cases)
    recent = sum(_as_of(c) >= RECENT for c in kept)
    tune_rows = {b: metrics(tune, b) for b, _ in BASELINES}
    out = [
        f"On the cases **kept apart** ({len(kept)} cases, {rows['model'].checks} shown "
        "scores; never used to set anything):",
        "",
        baseline_table(rows),
        _verdict(rows),
        "",
        _previous(kept, rows["model"]),
        "",
        _targets(rows["model"]),
        "",
        f"On the cases for tuning (used to set the chances): {len(tune)} cases, "
        f"{tune_rows['model'].checks} shown scores.",
        "",
        baseline_table(tune_rows),
        _coverage(tune, tune_rows["model"]),
        "",
        f"\"Mean error\" is the distance between an answer's score and the one Upwork showed, "
        "over the shown scores where both give a number. \"Always 100\" answers 100 with a "
        "range of 100 to 100. \"No hidden ratings\" is the model with every hidden private "
        "rating read as agreeing with the stars, so its range is as wide as the rules alone "
        f"leave it. The model's range aims to hold the shown score {RANGE_LEVEL:.0%} of the "
        f"time and is the central {RANGE_MASS:.0%} of its own distribution. A case where an "
        "answer gives no score but Upwork showed one counts against \"range held\"; "
        "\"direction\" compares, for each reported change, the way the answer's score moved "
        "with the way Upwork's did (a score that does not move is not right).",
        "",
        "Reported cases by rule set:",
        "",
        by_era_table(cases),
        f"{recent} of the {len(kept)} kept-apart cases describe a day in 2023 or later; the "
        "aim was a third. The stored public threads we could search hold few recent reports "
        "that give both the score and enough of the history to rebuild it (what was searched "
        "is listed in the reports file's README), so the figures above speak mostly for the "
        "older rules, and not at all for a rule set marked \"none\".",
        "",
        "| case | thread | posted | rules | shown | model: score (range) | no hidden ratings | "
        "set |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for case in cases:
        plain = check_case(case, "no-hidden")
        for check, flat in zip(check_case(case), plain, strict=True):
            model = ("no score" if check.score is None
                     else f"{check.score}% ({check.low}-{check.high})")
            simple = "no score" if flat.score is None else f"{flat.score}%"
            shown = "no score" if check.shown is None else f"{check.shown}%"
            out.append(f"| {case['id']} ({check.day.isoformat()}) | "
                       f"[{_cell(str(case['title']))}]({case['url']}) | {case['posted']} | "
                       f"`{case['rules']}` | {shown} | {model} | {simple} | "
                       f"{'kept apart' if case['id'] in kept_ids else 'tuning'} |")
    return "\n".join(out) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
