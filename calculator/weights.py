"""How much one counted contract weighs inside a window, by era."""

from __future__ import annotations

from typing import Final

from .dates import months_between
from .model import Contract
from .outcomes import Reason
from .rules import RuleSet

__all__ = ["MAX_WEIGHT", "job_weight", "weight_of"]

#: Help 34958134307475: $1-250 counts as 1 job, $251-1,000 as 1.25, over $1,000 as 1.5.
_BANDS: Final = ((250.0, 1.0), (1000.0, 1.25))
_TOP_BAND: Final = 1.5
#: Help 34958134307475: each 3 months of paid contract length adds 1, up to a weight of 8.
MAX_WEIGHT: Final = 8.0


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
    band = _band(contract)
    text = f"${contract.earnings_usd:,.2f} earned: weight {band:g}"
    if rules.weighting == "earnings":
        return weight, Reason("job-weight", text + " (job size, bands as published in 2025).")
    return weight, Reason("job-weight", f"{text}, plus {_quarters(contract)} for paid length in "
                          f"3-month steps: {weight:g} (at most {MAX_WEIGHT:g}).")


def weight_of(contract: Contract, rules: RuleSet) -> float:
    """The weight alone: what every window sum needs, without the explanation."""
    if rules.weighting == "equal":
        return 1.0
    if rules.weighting == "earnings":
        return _band(contract)
    return min(MAX_WEIGHT, _band(contract) + _quarters(contract))


def _band(contract: Contract) -> float:
    return next((w for limit, w in _BANDS if contract.earnings_usd <= limit), _TOP_BAND)


def _quarters(contract: Contract) -> int:
    if contract.last_payment is None:
        return 0
    return months_between(contract.start, contract.last_payment) // 3
