"""The "About the model" page's tables, rendered from the package and the reports file."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from calculator import fields
from calculator.distribution import EXACT_LIMIT, SAMPLES
from calculator.parse.document import MAX_DEPTH
from calculator.private import NO_FEEDBACK_COUNTS, PRIVATE_PRIORS
from calculator.rules import RULE_SETS
from calculator.share import MAX_SHARE_CHARS

from .calibration_tables import REPORTS, calibration_section, calibration_short_answer, load_reports

__all__ = [
    "EXAMPLE", "REPORTS", "calibration_section", "calibration_short_answer", "json_example",
    "load_reports", "private_chances_table", "size_limits_table",
]

EXAMPLE: Final = Path(__file__).resolve().parents[2] / "examples" / "one-contract.json"


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
