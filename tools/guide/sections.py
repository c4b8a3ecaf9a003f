"""Which guide section explains each rule the model applies: one entry per RuleSet rule field."""

from __future__ import annotations

import dataclasses
from typing import Final

from calculator.rules import RuleSet

__all__ = ["DESCRIPTIVE_FIELDS", "RULE_SECTIONS", "check_rule_sections"]

#: RuleSet fields that describe a rule set rather than apply a rule.
DESCRIPTIVE_FIELDS: Final = frozenset(
    {"id", "name", "effective", "summary_template", "sources", "approximate_date"})

#: Rule field -> (what it means, in the guide's words; the published section that explains it).
RULE_SECTIONS: Final[dict[str, tuple[str, str]]] = {
    "weighting": ("how a job is weighted", "jss/#job-weights"),
    "trending": ("Trending is one of the scores compared", "jss/#windows"),
    "min_contracts": ("contracts needed for a score", "jss/#eligibility"),
    "min_clients": ("different clients needed for a score", "jss/#eligibility"),
    "updates": ("how often the score updates", "jss/#updates"),
    "zero_earnings_good_excluded": ("a $0 contract with good feedback is left out",
                                    "outcomes/#no-earnings"),
    "zero_earnings_no_feedback_negative": ("a $0 contract ended without feedback counts "
                                           "against you", "outcomes/#no-earnings"),
    "idle_zero_earnings_negative": ("a $0 open contract left idle counts against you",
                                    "outcomes/#idle-contracts"),
    "long_term_counts": ("a long-term contract paid regularly counts without feedback",
                         "outcomes/#long-term-contracts"),
    "no_feedback_may_count": ("a paid contract ended or idle without feedback may count "
                              "against you", "outcomes/#no-feedback"),
    "zero_earnings_counts_only_poor": ("a $0 contract counts only with poor feedback (private, "
                                       "on the old form)", "outcomes/#no-earnings"),
    "public_good_stars": ("public stars that read as good", "feedback/#how-feedback-counts"),
    "public_mixed_stars": ("public stars that read as mixed", "feedback/#how-feedback-counts"),
    "private_good_min": ("private rating (0-10, old form) that reads as good",
                         "feedback/#how-feedback-counts"),
    "private_mixed_min": ("private rating (0-10, old form) that reads as mixed",
                          "feedback/#how-feedback-counts"),
    "payment_gap_days": ("days without a payment that make a contract idle",
                         "outcomes/#idle-contracts"),
    "earnings_bands": ("job-size bands (up to USD: weight)", "jss/#job-weights"),
    "top_band_weight": ("weight above the last band", "jss/#job-weights"),
    "length_step_months": ("months of paid length that add 1 to a job's weight",
                           "jss/#job-weights"),
    "max_weight": ("the most a job can weigh", "jss/#job-weights"),
    "feedback_removal_perk": ("Top Rated can have one contract's feedback left out",
                              "feedback/#top-rated-removal"),
}


def check_rule_sections() -> None:
    """Every rule the package's RuleSet applies has a section here, and nothing here names a
    rule the package lacks.

    Raises:
        ValueError: naming the rules on either side that do not match.
    """
    rules = {f.name for f in dataclasses.fields(RuleSet)} - DESCRIPTIVE_FIELDS
    missing, stale = sorted(rules - set(RULE_SECTIONS)), sorted(set(RULE_SECTIONS) - rules)
    if missing or stale:
        raise ValueError(f"rules without a guide section: {missing}; sections naming rules the "
                         f"package lacks: {stale} (tools/guide/sections.py)")
