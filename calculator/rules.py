"""The published JSS rule sets, by the date they came into force, each with its sources."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Final, Literal

from .errors import FieldError

__all__ = [
    "FORM_CHANGE",
    "GUIDE",
    "RULE_SETS",
    "WINDOW_MONTHS",
    "WINDOW_NAMES",
    "RuleSet",
    "Weighting",
    "rule_set",
    "rules_in_force",
]

Weighting = Literal["equal", "earnings", "earnings+duration"]

#: Months each window looks back; Trending is derived from the 6- and 3-month windows.
WINDOW_MONTHS: Final[dict[str, int]] = {"24m": 24, "12m": 12, "6m": 6, "3m": 3}
WINDOW_NAMES: Final[tuple[str, ...]] = ("24m", "12m", "6m", "3m", "trending")

#: The guide section that explains each rule a reason can name (site-relative, published).
GUIDE: Final[dict[str, str]] = {
    "feedback": "feedback/#how-feedback-counts",
    "private-inferred": "feedback/#private-feedback",
    "no-feedback": "outcomes/#no-feedback",
    "no-earnings": "outcomes/#no-earnings",
    "open-contract": "outcomes/#open-contracts",
    "idle-contract": "outcomes/#idle-contracts",
    "long-term": "outcomes/#long-term-contracts",
    "excluded-client": "outcomes/#excluded-clients",
    "job-weight": "jss/#job-weights",
    "windows": "jss/#windows",
    "eligibility": "jss/#eligibility",
    # m-score: the form era, disputes and refunds.
    "review-form": "model/#form-era",
    "dispute": "disputes/#dispute-affects-jss",
    "refund": "outcomes/#refunds",
}

#: The day the stars-only end-of-contract form (1-5 public stars and an optional private note,
#: no 0-10 private rating) is taken to have replaced the older form. Help 211062188 announces the
#: change without a date; Help 38439816969875 still named private feedback in its 2025 wording
#: and was reworded after; the stored copies read in 2026 carry the new text. So the change lies
#: between mid-2025 and late 2026: the model takes the start of 2026, approximate. A history's
#: ``form_change`` (the page's setting, ``--form-change`` on the command line) replaces it, and a
#: contract's own ``review_form`` overrides both.
FORM_CHANGE: Final = date(2026, 1, 1)


@dataclass(frozen=True, slots=True)
class RuleSet:
    """One published state of the rules. Each flag is a rule a source states for this era."""

    id: str
    name: str
    effective: date
    #: What changed, with ``{name}`` fields filled from :meth:`numbers` (never typed twice).
    summary_template: str
    sources: tuple[str, ...]
    #: Whether ``effective`` is only known to the month or year.
    approximate_date: bool = False
    weighting: Weighting = "equal"
    #: Trending (mean of 6- and 3-month scores) is one of the candidates for the score shown.
    trending: bool = False
    #: A $0 contract with good feedback is left out (2020-03); before, it counted as a success.
    zero_earnings_good_excluded: bool = False
    #: A $0 contract ending with no feedback counts as a failure (until 2020-11).
    zero_earnings_no_feedback_negative: bool = True
    #: A $0 open contract left idle counts as a failure (until 2020-11).
    idle_zero_earnings_negative: bool = True
    #: Long-term contracts paid regularly count as successes without feedback: the 2015 text
    #: says the score reflects work in a long-term relationship "even if there is no feedback",
    #: and the 2025 help page says the same with its 90-day rule.
    long_term_counts: bool = True
    #: Ended contracts without feedback (and open ones idle for ``payment_gap_days``) with
    #: earnings could count against the score (until 2020-11: "Why did my JSS change", 2019).
    no_feedback_may_count: bool = True
    #: A $0 contract counts only when its private feedback is poor (moderator, 2025).
    zero_earnings_counts_only_poor: bool = False
    min_contracts: int = 4
    min_clients: int = 3
    #: Top Rated freelancers could have one contract's feedback left out (until 2024-09-03).
    feedback_removal_perk: bool = True
    updates: str = "every two weeks"
    #: From this day contracts end with the stars-only form (no private rating); ``None``: every
    #: contract of this era had the form with a private rating.
    form_change: date | None = None
    # The numbers of the rules: every threshold, band, gap and cap, once (issue: one source).
    #: Public stars at or above which feedback is good, and at or above which it is mixed.
    public_good_stars: float = 4.5
    public_mixed_stars: float = 3.5
    #: Private 0-10 "likely to recommend" at or above which it is good, and mixed.
    private_good_min: int = 9
    private_mixed_min: int = 7
    #: Days without a payment that make an open contract idle; the paid length (and payment
    #: interval) of a long-term contract (Help 34958134307475: "at least every 90 days").
    payment_gap_days: int = 90
    #: Job size bands: (highest earnings in USD, weight); above the last, ``top_band_weight``.
    earnings_bands: tuple[tuple[float, float], ...] = ((250.0, 1.0), (1000.0, 1.25))
    top_band_weight: float = 1.5
    #: Each this many months of paid length adds 1 to a job's weight, up to ``max_weight``.
    length_step_months: int = 3
    max_weight: float = 8.0

    @property
    def summary(self) -> str:
        """What changed in this rule set, with its numbers filled in."""
        return self.summary_template.format(**self.numbers())

    def numbers(self) -> dict[str, str]:
        """This rule set's numbers as the text a reason, an assumption or a page shows."""
        return {
            "min_contracts": str(self.min_contracts),
            "min_clients": str(self.min_clients),
            "gap_days": str(self.payment_gap_days),
            "public_good": f"{self.public_good_stars:g}",
            "public_mixed": f"{self.public_mixed_stars:g}",
            "private_good": str(self.private_good_min),
            "private_mixed": str(self.private_mixed_min),
            "bands": self.bands_text(),
            "step_months": str(self.length_step_months),
            "max_weight": f"{self.max_weight:g}",
            "updates": self.updates,
        }

    def bands_text(self) -> str:
        """The job-size weights in words: "1 ($1-250), 1.25 ($251-1,000) or 1.5 (over $1,000)"."""
        parts = []
        low = 1.0
        for limit, weight in self.earnings_bands:
            parts.append(f"{weight:g} (${low:,.0f}-{limit:,.0f})")
            low = limit + 1
        top = f"{self.top_band_weight:g} (over ${self.earnings_bands[-1][0]:,.0f})"
        return f"{', '.join(parts)} or {top}"

    @property
    def shown_candidates(self) -> tuple[str, ...]:
        """The windows whose highest score is shown."""
        return ("24m", "12m", "6m", "trending") if self.trending else ("24m", "12m", "6m")

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "effective": self.effective.isoformat(),
            "approximate_date": self.approximate_date,
            "summary": self.summary,
            "numbers": self.numbers(),
            "sources": list(self.sources),
            "weighting": self.weighting,
            "trending": self.trending,
            "shown_candidates": list(self.shown_candidates),
            "min_contracts": self.min_contracts,
            "min_clients": self.min_clients,
            "updates": self.updates,
        }


_LAUNCH = RuleSet(
    id="2015-03",
    name="Launch",
    effective=date(2015, 3, 1),
    approximate_date=True,
    summary_template=(
        "The score appears: the best of 6-, 12- and 24-month windows, recomputed every two weeks. "
        "Contracts with no earnings and no feedback, and idle open contracts with no earnings, "
        "count against the freelancer, and so can many contracts that end without feedback. "
        "Work in a long-term relationship counts even without feedback. "
        "About {min_contracts} contracts with {min_clients} different clients are needed."
    ),
    sources=("blog-2015", "help-why-changed", "seed-001"),
)
_JOB_SIZE = replace(
    _LAUNCH,
    id="2020-03",
    name="Job size weighting",
    effective=date(2020, 3, 1),
    approximate_date=False,
    weighting="earnings",
    zero_earnings_good_excluded=True,
    summary_template=(
        "Outcomes are weighted by job size, so a $20 job no longer weighs as much as a $1,000 one. "
        "A $0 contract with good feedback is left out instead of counting as a success."
    ),
    sources=("announce-2020-03",),
)
_NO_FEEDBACK = replace(
    _JOB_SIZE,
    id="2020-11",
    name="No-feedback contracts excluded",
    effective=date(2020, 11, 8),
    zero_earnings_no_feedback_negative=False,
    idle_zero_earnings_negative=False,
    no_feedback_may_count=False,
    min_clients=2,
    summary_template=(
        "Contracts that end without feedback no longer count, with or without earnings. "
        "{min_clients} different clients are enough to get a score (was 3)."
    ),
    sources=("announce-2020-11",),
)
_TRENDING = replace(
    _NO_FEEDBACK,
    id="2021",
    name="Trending score",
    effective=date(2021, 1, 1),
    approximate_date=True,
    trending=True,
    summary_template=(
        "A fourth candidate, Trending, is the mean of the 6- and 3-month scores; the highest of "
        "the 24-month, 12-month, 6-month and Trending scores is shown."
    ),
    sources=("release-trending",),
)
_DEC_2023 = replace(
    _TRENDING,
    id="2023-12",
    name="Earlier eligibility",
    effective=date(2023, 12, 1),
    approximate_date=True,
    min_contracts=2,
    min_clients=2,
    summary_template=(
        "A score can appear after {min_contracts} contracts with {min_clients} different clients "
        "in 24 months (was 4). "
        "Upwork says public feedback gets more emphasis; the weight is not published."
    ),
    sources=("bulletin-2023-12",),
)
_PERK_ENDS = replace(
    _DEC_2023,
    id="2024-09",
    name="Feedback removal perk ends",
    effective=date(2024, 9, 3),
    feedback_removal_perk=False,
    summary_template=(
        "Top Rated freelancers can no longer have a contract's feedback left out of the score. "
        "The score itself is computed as before."
    ),
    sources=("help-feedback-removal",),
)
_HELP_2025 = replace(
    _PERK_ENDS,
    id="2025",
    name="Current help page",
    effective=date(2025, 1, 1),
    approximate_date=True,
    weighting="earnings+duration",
    zero_earnings_counts_only_poor=True,
    updates="daily",
    summary_template=(
        "The score updates {updates}. A job weighs {bands}, plus 1 for every {step_months} "
        "months of paid contract length, up to {max_weight}. Long-term contracts paid at least "
        "every {gap_days} days count without end-of-contract feedback. A $0 contract counts "
        "only when its private feedback is poor."
    ),
    sources=("help-jss", "help-factors", "moderator-2025-zero"),
)

# m-score: the form era.
_STARS_ONLY = replace(
    _HELP_2025,
    id="2026",
    name="Stars-only review form",
    effective=FORM_CHANGE,
    approximate_date=True,
    form_change=FORM_CHANGE,
    summary_template=(
        "Clients leave 1-5 public stars and may add a private note; the 0-10 private rating is "
        "gone from the end-of-contract form. A contract that ended before keeps its hidden "
        "rating until it leaves the 24-month window. Upwork does not say how the score treats "
        "either. Long-term contracts paid at least every {gap_days} days still count without "
        "feedback."
    ),
    sources=("help-leave-feedback", "help-factors-2026"),
)

RULE_SETS: Final[tuple[RuleSet, ...]] = (
    _LAUNCH, _JOB_SIZE, _NO_FEEDBACK, _TRENDING, _DEC_2023, _PERK_ENDS, _HELP_2025, _STARS_ONLY,
)
_BY_ID: Final[dict[str, RuleSet]] = {r.id: r for r in RULE_SETS}


def rule_set(rule_id: str) -> RuleSet:
    """The rule set with this id.

    Raises:
        FieldError: on an unknown id, listing the known ones.
    """
    try:
        return _BY_ID[rule_id]
    except (KeyError, TypeError):
        raise FieldError("rules", f"expected one of {_known(RULE_SETS)}") from None


def rules_in_force(day: date) -> RuleSet:
    """The latest rule set that came into force on or before ``day`` (the first one before that).

    >>> rules_in_force(date(2020, 12, 1)).id
    '2020-11'
    """
    current = RULE_SETS[0]
    for rules in RULE_SETS:
        if rules.effective <= day:
            current = rules
    return current


def _known(rule_sets: Iterable[RuleSet]) -> str:
    return ", ".join(repr(r.id) for r in rule_sets)
