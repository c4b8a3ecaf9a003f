"""How one contract counts: positive, neutral, negative, or excluded, and the rule behind it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final, Literal

from .model import UNKNOWN, Contract
from .rules import GUIDE, RuleSet

__all__ = [
    "OUTCOME_VALUE",
    "Band",
    "Classified",
    "Outcome",
    "PrivateMode",
    "Reason",
    "classify",
    "combine",
    "private_band",
    "public_band",
]

Outcome = Literal["positive", "neutral", "negative", "excluded"]
Band = Literal["good", "mixed", "poor"]
#: How to read a private rating the freelancer cannot see: like the public one, or poor, or good.
PrivateMode = Literal["infer", "poor", "good"]

#: The share of success each counted outcome adds (assumption ``share-of-success``).
OUTCOME_VALUE: Final[dict[str, float]] = {"positive": 1.0, "neutral": 0.5, "negative": 0.0}
#: Days without a payment after which an open contract is idle, and the paid length that makes a
#: contract long-term (Help 34958134307475: "a payment at least every 90 days").
PAYMENT_GAP_DAYS: Final = 90
_POINTS: Final[dict[str, int]] = {"good": 2, "mixed": 1, "poor": 0}


@dataclass(frozen=True, slots=True)
class Reason:
    """One step of the explanation, naming the rule and the guide section about it."""

    rule: str
    text: str

    @property
    def anchor(self) -> str:
        return GUIDE[self.rule]

    def to_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "text": self.text, "anchor": self.anchor}


@dataclass(frozen=True, slots=True)
class Classified:
    """A contract's outcome and the day that places it in windows (``None`` when excluded)."""

    outcome: Outcome
    reasons: tuple[Reason, ...]
    counted_on: date | None


def public_band(stars: float | None) -> Band | None:
    """Band of a public star rating (assumption ``feedback-bands``).

    >>> public_band(4.5), public_band(4.0), public_band(3.0)
    ('good', 'mixed', 'poor')
    """
    if stars is None:
        return None
    return "good" if stars >= 4.5 else "mixed" if stars >= 3.5 else "poor"


def private_band(score: int | None) -> Band | None:
    """Band of a private 0-10 rating (assumption ``feedback-bands``).

    >>> private_band(9), private_band(7), private_band(6)
    ('good', 'mixed', 'poor')
    """
    if score is None:
        return None
    return "good" if score >= 9 else "mixed" if score >= 7 else "poor"


def combine(public: Band | None, private: Band | None) -> Outcome | None:
    """The outcome of a contract's feedback, or ``None`` when it has none.

    >>> combine("good", "mixed"), combine("good", "poor"), combine("mixed", "poor")
    ('positive', 'neutral', 'negative')
    """
    bands = [b for b in (public, private) if b is not None]
    if not bands:
        return None
    share = sum(_POINTS[b] for b in bands) / (2 * len(bands))
    return "positive" if share >= 0.75 else "neutral" if share >= 0.5 else "negative"


def classify(contract: Contract, rules: RuleSet, as_of: date,
             mode: PrivateMode = "infer") -> Classified:
    """Classify one contract under ``rules`` on ``as_of``; every branch cites its rule."""
    if contract.client_excluded:
        return _excluded("excluded-client", "The client was suspended for a Terms of Service or "
                         "fraud reason, or flagged for unreasonable feedback: left out.")
    if contract.end is None:
        return _open(contract, rules, as_of)

    public = public_band(contract.public_rating)
    private, private_reason = _private(contract, public, mode)
    outcome = combine(public, private)
    if outcome is None:
        return _no_feedback(contract, rules, private_reason)

    reasons = [Reason("feedback", _feedback_text(contract, public, private, outcome))]
    if private_reason:
        reasons.append(private_reason)
    if contract.earnings_usd == 0:
        if outcome == "positive" and rules.zero_earnings_good_excluded:
            reasons.append(Reason("no-earnings", "Good feedback on a contract that earned "
                                  "nothing is left out (since March 2020)."))
            return Classified("excluded", tuple(reasons), None)
        reasons.append(Reason("no-earnings", "Nothing was earned, but the feedback still counts."))
    return Classified(outcome, tuple(reasons), contract.end)


def _private(contract: Contract, public: Band | None,
             mode: PrivateMode) -> tuple[Band | None, Reason | None]:
    rating = contract.private_rating
    if rating is not UNKNOWN:
        return private_band(rating), None
    if mode == "infer":
        text = (f"Private rating unknown: assumed {public}, like the public one." if public else
                "Private rating unknown: with no public feedback, assumed none was left.")
        return public, Reason("private-inferred", text)
    return mode, Reason("private-inferred", f"Private rating unknown: assumed {mode}.")


def _feedback_text(contract: Contract, public: Band | None, private: Band | None,
                   outcome: Outcome) -> str:
    parts = []
    if public is not None:
        stars = contract.public_rating
        parts.append(f"public {stars:g} star{'s' * (stars != 1)} ({public})")
    if private is not None:
        shown = contract.private_rating
        parts.append(f"private {shown}/10 ({private})" if isinstance(shown, int)
                     else f"private ({private})")
    return f"Feedback: {' and '.join(parts)}, so {outcome}."


def _no_feedback(contract: Contract, rules: RuleSet, private_reason: Reason | None) -> Classified:
    extra = (private_reason,) if private_reason else ()
    assert contract.end is not None
    if rules.long_term_counts and _paid_days(contract) >= PAYMENT_GAP_DAYS:
        return Classified("positive", (Reason("long-term", "No feedback, but paid over at least "
                          "90 days: a long-term relationship counts as a success."), *extra),
                          contract.end)
    if contract.earnings_usd == 0:
        if rules.zero_earnings_no_feedback_negative:
            return Classified("negative", (Reason("no-earnings", "Ended with no earnings and no "
                              "feedback: counted as a failure (until November 2020)."), *extra),
                              contract.end)
        return Classified("excluded", (Reason("no-feedback", "Ended with no earnings and no "
                          "feedback: left out (since November 2020)."), *extra), None)
    return Classified("excluded", (Reason("no-feedback", "Ended with earnings but no feedback: "
                      "left out."), *extra), None)


def _open(contract: Contract, rules: RuleSet, as_of: date) -> Classified:
    gap = timedelta(days=PAYMENT_GAP_DAYS)
    paid = contract.last_payment
    if (rules.long_term_counts and paid is not None and as_of - paid <= gap
            and _paid_days(contract) >= PAYMENT_GAP_DAYS):
        return Classified("positive", (Reason("long-term", "Open and paid regularly for 90 days "
                          "or more: a long-term relationship counts as a success."),), as_of)
    idle_since = (paid or contract.start) + gap
    if as_of >= idle_since:
        if contract.earnings_usd == 0 and rules.idle_zero_earnings_negative:
            return Classified("negative", (
                Reason("idle-contract", f"Open with nothing paid for 90 days (idle since "
                       f"{idle_since.isoformat()})."),
                Reason("no-earnings", "An idle contract with no earnings counted as a failure "
                       "(until November 2020)."),
            ), idle_since)
        return _excluded("idle-contract", f"Open with nothing paid for 90 days (idle since "
                         f"{idle_since.isoformat()}): no effect under these rules.")
    return _excluded("open-contract", "Open and active: it counts when it ends with feedback.")


def _paid_days(contract: Contract) -> int:
    return (contract.last_payment - contract.start).days if contract.last_payment else 0


def _excluded(rule: str, text: str) -> Classified:
    return Classified("excluded", (Reason(rule, text),), None)
