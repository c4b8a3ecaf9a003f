"""The "About the model" page's tables, rendered from the package and the reports file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Final

from calculator import fields
from calculator.calibration import Metrics, check_case, metrics, split
from calculator.distribution import EXACT_LIMIT, SAMPLES
from calculator.parse.document import MAX_DEPTH
from calculator.private import NO_FEEDBACK_COUNTS, PRIVATE_PRIORS
from calculator.rules import RULE_SETS
from calculator.share import MAX_SHARE_CHARS
from calculator.summary import RANGE_LEVEL, RANGE_MASS

__all__ = [
    "EXAMPLE", "REPORTS", "calibration_section", "calibration_short_answer", "json_example",
    "load_reports", "private_chances_table", "size_limits_table",
]

EXAMPLE: Final = Path(__file__).resolve().parents[2] / "examples" / "one-contract.json"
REPORTS: Final = (Path(__file__).resolve().parents[2] / "tests" / "calculator" / "data"
                  / "reports.json")


def load_reports(path: Path = REPORTS) -> list[dict[str, object]]:
    cases: list[dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))["cases"]
    return cases


def private_chances_table() -> str:
    """The chances of each hidden private band, with how each was set."""
    rules = RULE_SETS[-1]
    public = {"good": f"good ({rules.public_good_stars:g} or more)",
              "mixed": f"mixed ({rules.public_mixed_stars:g} up to {rules.public_good_stars:g})",
              "poor": f"poor (below {rules.public_mixed_stars:g})"}
    notes: list[str] = []
    good = next(p for p in PRIVATE_PRIORS if p.id == "good-paid")
    rows = [f"**Short answer:** behind paid good stars the model gives a poor private rating a "
            f"{good.poor:.0%} chance, set on freelancers' reported scores; worse stars, or a "
            "contract that kept no money, make it likelier.", "",
            "| public stars | money kept | good | mixed | poor | how it was set |",
            "| --- | --- | ---: | ---: | ---: | --- |"]
    for p in PRIVATE_PRIORS:
        if p.how not in notes:
            notes.append(p.how)
        rows.append(f"| {public[p.public or 'poor']} | "
                    f"{'none ($0)' if p.zero_earnings else 'some'} | {p.good:.0%} | "
                    f"{p.mixed:.0%} | {p.poor:.0%} | note {notes.index(p.how) + 1} |")
    rows.append("")
    rows += [f"{i}. {note}" for i, note in enumerate(notes, 1)]
    rows.append("")
    rows.append(f"Before November 2020, a contract with earnings that ended (or sat idle) without "
                f"feedback counts as a failure with a chance of {NO_FEEDBACK_COUNTS:.0%}. The "
                f"score is averaged exactly over every combination of hidden ratings up to "
                f"{EXACT_LIMIT:,} combinations (look-alike contracts are counted together), and "
                f"over {SAMPLES:,} combinations drawn with a fixed seed beyond that.")
    return "\n".join(rows) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _row(name: str, m: Metrics) -> str:
    err = "n/a" if m.mean_error is None else f"{m.mean_error:.1f}"
    base = "n/a" if m.baseline_error is None else f"{m.baseline_error:.1f}"
    width = "n/a" if m.median_width is None else f"{m.median_width:.0f}"
    return (f"| {name}: {m.cases} reports, {m.checks} scores | {m.held} of {m.checks} "
            f"({m.held_share:.0%}), {width} points wide | {err} ({base}) | "
            f"{m.same_direction} of {m.changes} |")


def calibration_short_answer(cases: list[dict[str, object]] | None = None) -> str:
    """The section's short answer, with the kept-apart figures computed, not typed."""
    cases = load_reports() if cases is None else cases
    m = metrics(split(cases)[1])
    return (f"**Short answer:** on {m.cases} reported cases it was never tuned on, the range held "
            f"the score Upwork showed {m.held} times out of {m.checks} (it aims at "
            f"{RANGE_LEVEL:.0%}), and the score missed by {m.mean_error} points on average, "
            f"where always answering 100 misses by {m.baseline_error}. The reports come from "
            "freelancers who posted because their score surprised them, so read these figures "
            "as a check on hard cases, not on a typical profile.\n")


def calibration_section(cases: list[dict[str, object]] | None = None) -> str:
    """The calibration table (tuning half and kept-apart half) and every case with its link."""
    cases = load_reports() if cases is None else cases
    tune, kept = split(cases)
    kept_ids = {str(c["id"]) for c in kept}
    out = [
        "| cases | range held the shown score (median width) | typical error, points "
        "(\"always 100\") | changes the model followed |",
        "| --- | --- | --- | --- |",
        _row("tuning (used to set the chances)", metrics(tune)),
        _row("**kept apart** (never used to set anything)", metrics(kept)),
        "",
        f"The range aims to hold the score Upwork shows {RANGE_LEVEL:.0%} of the time; it is "
        f"the central {RANGE_MASS:.0%} of the model's own distribution, because the model's "
        f"central {RANGE_LEVEL:.0%} held reported scores less often than that on the tuning "
        "cases. \"Typical error\" is the mean distance between the score and the reported one "
        "where both exist; a case where the model gives no score but Upwork showed one counts "
        "against \"range held\".",
        "",
        "| case | thread | posted | rules | shown | model: score (range) | set |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for case in cases:
        for check in check_case(case):
            model = ("no score" if check.score is None
                     else f"{check.score}% ({check.low}-{check.high})")
            shown = "no score" if check.shown is None else f"{check.shown}%"
            out.append(f"| {case['id']} ({check.day.isoformat()}) | "
                       f"[{_cell(str(case['title']))}]({case['url']}) | {case['posted']} | "
                       f"`{case['rules']}` | {shown} | {model} | "
                       f"{'kept apart' if case['id'] in kept_ids else 'tuning'} |")
    return "\n".join(out) + "\n"


def json_example(path: Path = EXAMPLE) -> str:
    """The history-format example on the model page, included from the file a test loads."""
    return "```json\n" + path.read_text(encoding="utf-8").strip() + "\n```\n"


def size_limits_table() -> str:
    """The size limits, from the package's own constants."""
    rows = [
        "| what | limit | over it |",
        "| --- | --- | --- |",
        f"| contracts in one history | {fields.MAX_CONTRACTS:,} | the form marks the history; "
        "an import or link is refused |",
        f"| a history file (Import, command line) | {fields.MAX_JSON_CHARS:,} characters; the "
        f"page refuses a file over {fields.MAX_JSON_CHARS:,} bytes before reading it | "
        "\"Nothing was imported\", with the size |",
        f"| a share link | {MAX_SHARE_CHARS:,} characters a scenario | the link is not made "
        "(\"too large for a link\": export a file instead), or a longer one is not opened |",
        f"| client name, contract id | {fields.MAX_CLIENT_CHARS} and {fields.MAX_ID_CHARS} "
        "characters | the field is marked |",
        f"| scores Upwork showed you (`shown`) | {fields.MAX_SHOWN} | the field is marked |",
        f"| nesting in a JSON file | {MAX_DEPTH} levels | the file is refused |",
    ]
    return "\n".join(rows) + "\n"
