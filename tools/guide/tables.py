"""Tables rendered from the package's data: rule sets, assumptions, job weights."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Final

import calculator
from calculator.arbitration import FEE_SOURCES, FEES_USD
from calculator.assumptions import assumptions
from calculator.dates import add_months
from calculator.weights import MAX_WEIGHT, job_weight

from .sections import RULE_SECTIONS, check_rule_sections
from .sources import Source

__all__ = [
    "ExampleError",
    "arbitration_fees_table",
    "assumptions_table",
    "eligibility_table",
    "job_weight_bands_table",
    "job_weights_table",
    "rule_matrix_table",
    "rule_sets_table",
    "weight_bands",
]

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
    for item in assumptions():
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


def weight_bands() -> list[tuple[float, float | None, float]]:
    """The earnings bands of the current job weights as (from USD, to USD or None, weight), read
    from the rule table and checked against job_weight() at each band's edges."""
    current = calculator.RULE_SETS[-1]
    limits = current.earnings_bands
    top = current.top_band_weight
    rows: list[tuple[float, float | None, float]] = []
    low = 0.0
    for limit, weight in limits:
        rows.append((low, limit, weight))
        low = limit
    rows.append((low, None, top))
    rules = calculator.rule_set("2020-03")  # earnings-only weighting: the band alone
    day = date(2024, 1, 1)
    for low, high, weight in rows:
        for earned in (low + 1.0, high) if high is not None else (low + 1.0, low * 10):
            contract = calculator.Contract("1", "Client", "fixed", day, day, earned, day, 5.0)
            got = job_weight(contract, rules)[0]
            if got != weight:
                raise ExampleError(f"job weight band ${low:g}-{high}: the package gives {got} "
                                   f"for ${earned:,.2f}, the table says {weight}")
    return rows


def job_weight_bands_table() -> str:
    """The 2025 help page's job-weight bands by earnings, and the length rule, from the package."""
    out = ["| earned on the contract | counts as |", "| --- | --- |"]
    for low, high, weight in weight_bands():
        span = (f"${low + 1:,.0f} to ${high:,.0f}" if high is not None
                else f"over ${low:,.0f}")
        out.append(f"| {span} | {weight:g} job{'s' * (weight != 1)} |")
    out += ["", f"Plus 1 for each full three months between the contract's start and its last "
            f"payment, up to a weight of {MAX_WEIGHT:g}, where the rule set adds length:", "",
            "| rule set | in force from | how a job is weighted |", "| --- | --- | --- |"]
    for rules in calculator.RULE_SETS:
        if rules.weighting not in _WEIGHTING:
            raise ExampleError(f"rule set {rules.id}: no wording for weighting "
                               f"{rules.weighting!r}")
        out.append(f"| `{rules.id}` {rules.name} | {_when(rules)} | "
                   f"{_WEIGHTING[rules.weighting]} |")
    return "\n".join(out) + "\n"


#: How each weighting of calculator.rules reads in the guide.
_WEIGHTING: Final = {
    "equal": "every job counts as 1",
    "earnings": "by the earnings band only",
    "earnings+duration": "earnings band plus paid length",
}


def eligibility_table() -> str:
    """The minimum for a score in each rule set, from the package's rule data."""
    out = ["| rule set | in force from | contracts needed | different clients needed |",
           "| --- | --- | --- | --- |"]
    for rules in calculator.RULE_SETS:
        out.append(f"| `{rules.id}` {rules.name} | {_when(rules)} | {rules.min_contracts} | "
                   f"{rules.min_clients} |")
    return "\n".join(out) + "\n"


_FEE_ERAS: Final = {"aaa-era": "AAA era, about 2016 to 2021", "2025": "reported in 2025"}


def arbitration_fees_table(sources: Mapping[str, Source]) -> str:
    """The arbitration fee per party by era, from calculator.arbitration, with its sources."""
    unknown = set(FEES_USD) ^ set(_FEE_ERAS)
    if unknown:
        raise ExampleError(f"arbitration fee eras without a label: {sorted(unknown)}")
    out = ["| era | fee per party | sources |", "| --- | --- | --- |"]
    for era, fee in FEES_USD.items():
        out.append(f"| {_FEE_ERAS[era]} | ${fee:,.2f} | {_links(FEE_SOURCES[era], sources)} |")
    return "\n".join(out) + "\n"


def _value(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, date):  # an approximate day (the stars-only form's)
        return f"about {value:%B %Y}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str) and value in _WEIGHTING:
        return _WEIGHTING[value]
    if isinstance(value, tuple):  # job-size bands: ((limit, weight), ...)
        return ", ".join(f"${limit:,.0f}: {weight:g}" for limit, weight in value)
    if isinstance(value, float):
        return f"{value:g}"
    return _cell(str(value))


def rule_matrix_table() -> str:
    """Every rule the model applies, era by era, each linked to the section that explains it
    (page links relative to a top-level page)."""
    check_rule_sections()
    ids = " | ".join(f"`{r.id}`" for r in calculator.RULE_SETS)
    out = [f"| rule | {ids} |", "| --- |" + " --- |" * len(calculator.RULE_SETS)]
    for field, (words, anchor) in RULE_SECTIONS.items():
        page, _, section = anchor.partition("/#")
        values = " | ".join(_value(getattr(r, field)) for r in calculator.RULE_SETS)
        out.append(f"| [{words}]({page}.md#{section}) | {values} |")
    return "\n".join(out) + "\n"
