"""How much one counted contract weighs inside a window, by era."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Final

from .dates import add_months, months_between
from .model import Contract
from .outcomes import Reason, paid_months
from .rules import RULE_SETS, RuleSet

__all__ = ["MAX_WEIGHT", "job_size_usd", "job_weight", "weight_of"]

#: The current rules' cap on a job's weight (read from the rule table, not typed again).
MAX_WEIGHT: Final = RULE_SETS[-1].max_weight


def job_weight(contract: Contract, rules: RuleSet) -> tuple[float, Reason]:
    """The weight of a counted contract, with the reason.

    >>> from datetime import date
    >>> from calculator.rules import rule_set
    >>> c = Contract("1", "A", "hourly", date(2024, 1, 1), date(2024, 12, 1), 4000.0,
    ...              date(2024, 12, 1))
    >>> job_weight(c, rule_set("2025"))[0], job_weight(c, rule_set("2015-03"))[0]
    (4.5, 1.0)
    """
    weight = weight_of(contract, rules)
    if rules.weighting == "equal":
        return weight, Reason("job-weight", "Every job weighs the same under these rules.")
    band = _band(contract, rules)
    size = job_size_usd(contract)
    text = (f"${size:,.2f} disputed (kept and refunded): weight {band:g}"
            if size != contract.earnings_usd else f"${size:,.2f} earned: weight {band:g}")
    if rules.weighting == "earnings":
        return weight, Reason("job-weight", text + " (job size, bands as published in 2025).")
    return weight, Reason("job-weight", f"{text}, plus {_steps(contract, rules)} for paid "
                          f"length in {rules.length_step_months}-month steps: {weight:g} (at "
                          f"most {rules.max_weight:g}).")


def weight_of(contract: Contract, rules: RuleSet) -> float:
    """The weight alone: what every window sum needs, without the explanation."""
    if rules.weighting == "equal":
        return 1.0
    if rules.weighting == "earnings":
        return _band(contract, rules)
    return min(rules.max_weight, _band(contract, rules) + _steps(contract, rules))


def _band(contract: Contract, rules: RuleSet) -> float:
    size = job_size_usd(contract)
    return next((w for limit, w in rules.earnings_bands if size <= limit),
                rules.top_band_weight)


def job_size_usd(contract: Contract) -> float:
    """The size a job weighs by: what was kept, or for a disputed contract what it was worth
    (kept plus refunded), so that how a dispute ends never changes its weight and winning never
    weighs a failure more than losing (assumption ``disputes``)."""
    if contract.dispute != "none":
        return contract.earnings_usd + contract.refunded_usd
    return contract.earnings_usd


def _steps(contract: Contract, rules: RuleSet) -> int:
    return paid_months(contract) // rules.length_step_months


def weight_changes(contract: Contract, rules: RuleSet, day: date) -> date | None:
    """For an open contract paid up to each day, the first day after ``day`` its weight
    differs (``None``: never again): the next whole paid-length step, until the cap."""
    if rules.weighting != "earnings+duration" or contract.last_payment is None:
        return None
    paid = replace(contract, last_payment=day)
    if weight_of(paid, rules) >= rules.max_weight:
        return None
    step = rules.length_step_months
    months = months_between(contract.start, day)
    return add_months(contract.start, (months // step + 1) * step)
