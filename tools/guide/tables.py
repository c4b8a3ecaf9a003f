"""Tables rendered from the package's data: rule sets, assumptions, job weights."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Final

import calculator
from calculator.dates import add_months
from calculator.weights import MAX_WEIGHT, job_weight

from .sources import Source

__all__ = ["ExampleError", "assumptions_table", "job_weights_table", "rule_sets_table"]

#: (earned USD, months between start and last payment) for the job-weight table.
_WEIGHT_ROWS: Final = ((200.0, 1), (800.0, 1), (3000.0, 1), (800.0, 6), (3000.0, 12),
                       (20000.0, 36))
_WEIGHT_RULES: Final = ("2015-03", "2020-03", "2025")


class ExampleError(ValueError):
    """A worked example or table says something the package does not: the build must stop."""


def _links(ids: tuple[str, ...], sources: Mapping[str, Source]) -> str:
    missing = [i for i in ids if i not in sources]
    if missing:
        raise ExampleError(f"unknown source ids {missing}")
    return ", ".join(f"[{sources[i].title}](sources.md#{i})" for i in ids)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _when(rules: calculator.RuleSet) -> str:
    day = rules.effective
    if rules.approximate_date:
        return f"about {day:%B %Y}" if day.month != 1 else f"about {day.year}"
    return f"{day.day} {day:%B %Y}"


def rule_sets_table(sources: Mapping[str, Source]) -> str:
    """The rule sets as a table: id, in force from, what changed, scores shown, minimum, updates,
    sources."""
    rows = ["| rule set | in force from | what it says | scores compared | minimum for a score "
            "| updates | sources |",
            "| --- | --- | --- | --- | --- | --- | --- |"]
    names = {"24m": "24 months", "12m": "12 months", "6m": "6 months", "trending": "Trending"}
    for rules in calculator.RULE_SETS:
        shown = ", ".join(names[w] for w in rules.shown_candidates)
        minimum = f"{rules.min_contracts} contracts, {rules.min_clients} clients"
        rows.append(f"| `{rules.id}` {rules.name} | {_when(rules)} | {_cell(rules.summary)} | "
                    f"{shown} | {minimum} | {rules.updates} | {_links(rules.sources, sources)} |")
    return "\n".join(rows) + "\n"


def assumptions_table(sources: Mapping[str, Source]) -> str:
    """The model's assumptions as a table, each with its id and sources."""
    rows = ["| assumption | what the model assumes | sources |", "| --- | --- | --- |"]
    for item in calculator.ASSUMPTIONS:
        anchor = f'<span id="assumption-{item.id}"></span>'
        rows.append(f"| {anchor}`{item.id}` | {_cell(item.text)} | "
                    f"{_links(item.sources, sources)} |")
    return "\n".join(rows) + "\n"


def job_weights_table() -> str:
    """What one contract weighs under each era's weighting, computed by the package."""
    start = date(2024, 1, 1)
    header = " | ".join(f"`{r}` rules" for r in _WEIGHT_RULES)
    rows = [f"| earned | paid over | {header} |",
            "| --- | --- |" + " --- |" * len(_WEIGHT_RULES)]
    for earned, months in _WEIGHT_ROWS:
        paid = add_months(start, months)
        contract = calculator.Contract("1", "Client", "fixed", start, paid, earned, paid, 5.0)
        weights = [job_weight(contract, calculator.rule_set(r))[0] for r in _WEIGHT_RULES]
        for rule_id, weight in zip(_WEIGHT_RULES, weights, strict=True):
            if not 1.0 <= weight <= MAX_WEIGHT:
                raise ExampleError(f"job weight {weight} under {rule_id} is outside "
                                   f"1..{MAX_WEIGHT}")
        span = f"{months} month{'s' * (months != 1)}"
        rows.append(f"| ${earned:,.0f} | {span} | " + " | ".join(f"{w:g}" for w in weights) + " |")
    return ("\n".join(rows) + "\n\nA weight of 1 is one ordinary job; the cap under the 2025 "
            f"rules is {MAX_WEIGHT:g}.\n")
