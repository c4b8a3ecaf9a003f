"""How one contract counts: positive, neutral, negative, or excluded, with the chance of each."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import Final, Literal

from . import private as _private
from .dates import months_between
from .model import UNKNOWN, Contract, History, ReviewForm
from .private import Band, prior_for
from .rules import GUIDE, RULE_SETS, RuleSet

__all__ = [
    "OUTCOME_VALUE",
    "Band",
    "Classified",
    "Option",
    "Outcome",
    "PrivateMode",
    "Reason",
    "changed_on",
    "classify",
    "combine",
    "forget_forms",
    "paid_days",
    "paid_months",
    "private_band",
    "public_band",
    "review_form",
    "with_forms",
]

Outcome = Literal["positive", "neutral", "negative", "excluded"]
#: How to read a private rating the freelancer cannot see: by its chances (the estimate), or as
#: if every unknown one were poor, or good (the extremes, for tests and "what if").
PrivateMode = Literal["infer", "poor", "good"]

#: The share of success each counted outcome adds (assumption ``share-of-success``).
OUTCOME_VALUE: Final[dict[str, float]] = {"positive": 1.0, "neutral": 0.5, "negative": 0.0}


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
class Option:
    """One way a hidden input could have gone (``latent``), the outcome it gives, its chance."""

    latent: str
    outcome: Outcome
    p: float


@dataclass(frozen=True, slots=True)
class Classified:
    """A contract's possible outcomes and the day that places it in windows.

    ``options`` has one entry when nothing about the contract is hidden; ``outcome`` is the most
    likely one; ``counted_on`` is ``None`` when the contract cannot count whatever is hidden.
    """

    outcome: Outcome
    reasons: tuple[Reason, ...]
    counted_on: date | None
    options: tuple[Option, ...]

    @property
    def uncertain(self) -> bool:
        return len(self.options) > 1

    @property
    def p_negative(self) -> float:
        """The chance that this contract counts as unsuccessful."""
        return sum(o.p for o in self.options if o.outcome == "negative")


def public_band(stars: float | None, rules: RuleSet = RULE_SETS[-1]) -> Band | None:
    """Band of a public star rating (assumption ``feedback-bands``).

    >>> public_band(4.5), public_band(4.0), public_band(3.0)
    ('good', 'mixed', 'poor')
    """
    if stars is None:
        return None
    return ("good" if stars >= rules.public_good_stars
            else "mixed" if stars >= rules.public_mixed_stars else "poor")


def private_band(score: int | None, rules: RuleSet = RULE_SETS[-1]) -> Band | None:
    """Band of a private 0-10 rating (assumption ``feedback-bands``).

    >>> private_band(9), private_band(7), private_band(6)
    ('good', 'mixed', 'poor')
    """
    if score is None:
        return None
    return ("good" if score >= rules.private_good_min
            else "mixed" if score >= rules.private_mixed_min else "poor")


def combine(public: Band | None, private: Band | None) -> Outcome | None:
    """The outcome of a contract's feedback, or ``None`` when it has none (``private-decides``).

    A poor private rating makes the contract unsuccessful whatever the stars; a good one makes
    it successful unless the stars are poor; alone, either rating reads as its band.

    >>> combine("good", "poor"), combine("good", "mixed"), combine("poor", "good")
    ('negative', 'positive', 'neutral')
    """
    if private == "poor":
        return "negative"
    if private is None or public is None:
        band = private or public
        return None if band is None else _ALONE[band]
    if private == "good":
        return "neutral" if public == "poor" else "positive"
    return _ALONE[public]


_ALONE: Final[dict[str, Outcome]] = {"good": "positive", "mixed": "neutral", "poor": "negative"}


@cache
def changed_on(flag: str) -> str:
    """The month a rule flag last changed value, in words ("November 2020")."""
    previous = getattr(RULE_SETS[0], flag)
    when = RULE_SETS[0].effective
    for rules in RULE_SETS[1:]:
        if getattr(rules, flag) != previous:
            previous, when = getattr(rules, flag), rules.effective
    return when.strftime("%B %Y")


def review_form(contract: Contract, rules: RuleSet) -> ReviewForm:
    """The form a contract ended with: its own ``review_form``, else by its end date against
    the rule set's ``form_change`` (``"private"`` in eras before it; assumption ``form-era``)."""
    if contract.review_form is not None:
        return contract.review_form
    change = rules.form_change
    if change is None or contract.end is None or contract.end < change:
        return "private"
    return "stars"


def with_forms(history: History, rules: RuleSet) -> History:
    """The history with each ended contract's review form settled (its own, else by its end
    date against ``history.form_change`` or the rule set's date), so that every day of a
    timeline reads the same facts whatever rule set is in force on it."""
    change = history.form_change or rules.form_change
    if change is None and not any(c.review_form for c in history.contracts):
        return history
    return _settled_forms(history, change)


def forget_forms() -> None:
    """Forget the histories ``with_forms`` remembers (with the distributions' cache)."""
    _settled_forms.cache_clear()


@lru_cache(maxsize=8)
def _settled_forms(history: History, change: date | None) -> History:
    """``with_forms`` once per history and date: an estimate, its timeline and its markers
    ask for the same one."""
    out = []
    for c in history.contracts:
        if c.review_form is None and c.end is not None:
            c = replace(c, review_form="stars" if change is not None and c.end >= change
                        else "private")
        out.append(c)
    return replace(history, contracts=tuple(out))


def classify(contract: Contract, rules: RuleSet, as_of: date,
             mode: PrivateMode = "infer") -> Classified:
    """Classify one contract under ``rules`` on ``as_of``; every branch cites its rule."""
    if contract.client_excluded:
        return _fixed("excluded", None, Reason(
            "excluded-client", "The client was suspended for a Terms of Service or fraud "
            "reason, or flagged for unreasonable feedback: left out."))
    if contract.end is None:
        return _open(contract, rules, as_of)
    form = review_form(contract, rules)
    if form == "unsure":
        return _unsure(contract, rules, as_of, mode)
    if contract.dispute != "none":
        return _disputed(contract, rules, mode, form)
    return _feedback(contract, rules, mode, form)


def _feedback(contract: Contract, rules: RuleSet, mode: PrivateMode,
              form: ReviewForm) -> Classified:
    """An ended contract by its feedback, under the review form it ended with."""
    assert contract.end is not None
    public = public_band(contract.public_rating, rules)
    refund = _refund_reason(contract, form)
    if form == "stars":
        # No private rating exists: what the client can still give decides (stars, and the
        # refund and dispute facts handled around this).
        outcome = combine(public, None)
        if outcome is None:
            c = _no_feedback(contract, rules)
            return replace(c, reasons=(_STARS_ONLY, *c.reasons, *refund))
        stars = f"{contract.public_rating:g}"
        reason = Reason("feedback", f"Feedback: public {stars} stars ({public}), so {outcome}.")
        return _apply_zero(contract, rules, (Option(public or "none", outcome, 1.0),),
                           (_STARS_ONLY, reason, *refund), stars_only=True)
    if contract.private_rating is UNKNOWN and public is not None:
        c = _hidden(contract, rules, public, mode)
        return replace(c, reasons=(*c.reasons, *refund)) if refund else c
    rating = contract.private_rating
    private = private_band(rating if isinstance(rating, int) else None, rules)
    outcome = combine(public, private)
    if outcome is None:
        c = _no_feedback(contract, rules)
        return replace(c, reasons=(*c.reasons, *refund)) if refund else c
    reason = Reason("feedback", _feedback_text(contract, public, private, outcome))
    return _apply_zero(contract, rules, (Option(private or "none", outcome, 1.0),),
                       (reason, *refund))


_STARS_ONLY: Final = Reason(
    "review-form", "Ended with the stars-only review form: there is no hidden private rating, "
    "so the stars, the refund and the dispute decide.")


def _refund_reason(contract: Contract, form: ReviewForm) -> tuple[Reason, ...]:
    if contract.refunded_usd <= 0 or contract.dispute != "none":
        return ()
    full = contract.earnings_usd == 0
    hidden = "" if form == "stars" else "; a hidden private rating behind a refund is likelier poor"
    return (Reason("refund", f"${contract.refunded_usd:,.2f} refunded"
                   f"{' (all of it)' if full else ''}: a refund hides the public review from "
                   "your profile, but the client's feedback still counts"
                   f"{'; with nothing kept, the $0 rules apply' if full else ''}{hidden}."),)


def _disputed(contract: Contract, rules: RuleSet, mode: PrivateMode,
              form: ReviewForm) -> Classified:
    """A disputed contract: counted as a failure with the dispute's chance, else by its
    feedback (assumption ``disputes``). Its outcome (settled, won, lost) changes what was kept,
    not the chance; its weight is what it was worth."""
    assert contract.end is not None
    # Read as paid what it was worth: who won moves money, not the score, so a lost dispute is
    # not a "$0 contract" that the $0 rules could leave out where a won one counts.
    worth = replace(contract, earnings_usd=contract.earnings_usd + contract.refunded_usd)
    base = _feedback(worth, rules, mode, form)
    p = _private.DISPUTE_COUNTS if mode == "infer" else (1.0 if mode == "poor" else 0.0)
    options = (Option("dispute", "negative", p),
               *(Option(o.latent, o.outcome, o.p * (1 - p)) for o in base.options))
    how = {"settled": "settled", "won": "decided for you", "lost": "decided for the client"}
    reason = Reason("dispute", f"Disputed and {how.get(contract.dispute, contract.dispute)}: "
                    "Upwork lists disputed contracts among what lowers the score, but has also "
                    "said only the feedback counts, so the model gives the dispute a "
                    f"{_private.DISPUTE_COUNTS:.0%} chance of counting as a failure, whoever "
                    "won; otherwise the feedback decides. It weighs what the contract was worth "
                    f"(${contract.earnings_usd + contract.refunded_usd:,.2f}).")
    return _classified(tuple(o for o in options if o.p > 0) or options[:1],
                       (*base.reasons, reason), contract.end)


def _unsure(contract: Contract, rules: RuleSet, as_of: date, mode: PrivateMode) -> Classified:
    """Review form not known: the two forms mixed, the stars-only one with its stated chance."""
    u = _private.UNSURE_STARS_ONLY
    parts = (("stars-form:", u, classify(replace(contract, review_form="stars"), rules, as_of,
                                          mode)),
             ("private-form:", 1 - u, classify(replace(contract, review_form="private"), rules,
                                               as_of, mode)))
    options = tuple(Option(prefix + o.latent, o.outcome, o.p * share)
                    for prefix, share, c in parts for o in c.options)
    on = parts[0][2].counted_on or parts[1][2].counted_on or contract.end
    assert on is not None
    reason = Reason("review-form", f"Review form not known: a {u:.0%} chance it was the "
                    "stars-only form (no hidden rating), otherwise the form with a private "
                    "rating.")
    seen: list[Reason] = []
    for _, _, c in parts:
        seen.extend(r for r in c.reasons if r not in seen and r != _STARS_ONLY)
    return _classified(options, (reason, *seen), on)


def _hidden(contract: Contract, rules: RuleSet, public: Band, mode: PrivateMode) -> Classified:
    """Public feedback left, private rating unknown: each private band with its chance."""
    zero = (contract.earnings_usd == 0 or contract.refunded_usd > 0
            or contract.dispute != "none")
    prior = prior_for(public, zero)
    assert prior is not None
    chances: tuple[tuple[Band, float], ...] = (
        prior.chances() if mode == "infer" else ((mode, 1.0),))
    options = tuple(Option(band, _outcome(public, band), p) for band, p in chances if p > 0)
    stars = f"{contract.public_rating:g}"
    kind = ("paid" if not zero else "unpaid, refunded or disputed")
    text = (f"Public {stars} stars ({public}); the private rating is hidden, so it is good, "
            f"mixed or poor by chance: poor {prior.poor:.0%} for {kind} contracts with "
            f"{public} stars."
            if mode == "infer" else f"Private rating unknown: read as {mode}.")
    return _apply_zero(contract, rules, options, (
        Reason("feedback", f"Feedback: public {stars} stars ({public})."),
        Reason("private-inferred", text)))


def _outcome(public: Band, private: Band) -> Outcome:
    outcome = combine(public, private)
    assert outcome is not None
    return outcome


def _apply_zero(contract: Contract, rules: RuleSet, options: tuple[Option, ...],
                reasons: tuple[Reason, ...], *, stars_only: bool = False) -> Classified:
    """The $0 rules: which feedback outcomes of a contract that earned nothing still count."""
    assert contract.end is not None
    if contract.earnings_usd != 0:
        return _classified(options, reasons, contract.end)
    if rules.zero_earnings_counts_only_poor:
        kept = tuple(Option(o.latent, o.outcome if o.latent == "poor" else "excluded", o.p)
                     for o in options)
        text = ("Nothing was earned: it counts only if the feedback is poor, as a failure; "
                "otherwise it is left out (Help 38439816969875: no payment with negative "
                "feedback can lower the score)." if stars_only else
                "Nothing was earned: it counts only if the private feedback is poor, as a "
                "failure; otherwise it is left out (Upwork's moderator, 2025).")
    elif rules.zero_earnings_good_excluded:
        kept = tuple(Option(o.latent, "excluded" if o.outcome == "positive" else o.outcome, o.p)
                     for o in options)
        text = ("Nothing was earned: good feedback on it is left out (since "
                f"{changed_on('zero_earnings_good_excluded')}); other feedback counts.")
    else:
        kept = options
        text = "Nothing was earned, but the feedback still counts under these rules."
    return _classified(kept, (*reasons, Reason("no-earnings", text)), contract.end)


def _no_feedback(contract: Contract, rules: RuleSet) -> Classified:
    assert contract.end is not None
    gap = rules.payment_gap_days
    if rules.long_term_counts and paid_days(contract) >= gap:
        return _fixed("positive", contract.end, Reason(
            "long-term", f"No feedback, but paid over at least {gap} days: a long-term "
            "relationship counts as a success."))
    return _unfed(contract, rules, contract.end, "Ended with")


def _unfed(contract: Contract, rules: RuleSet, on: date, what: str) -> Classified:
    """No feedback: a failure with no earnings before November 2020, maybe with earnings."""
    until = changed_on("no_feedback_may_count")
    if contract.earnings_usd == 0:
        if rules.zero_earnings_no_feedback_negative:
            return _fixed("negative", on, Reason(
                "no-earnings", f"{what} no earnings and no feedback: counted as a failure "
                f"(until {until})."))
        return _fixed("excluded", None, Reason(
            "no-feedback", f"{what} no earnings and no feedback: left out (since {until})."))
    if rules.no_feedback_may_count:
        options = (Option("ignored", "excluded", 1 - _private.NO_FEEDBACK_COUNTS),
                   Option("counts", "negative", _private.NO_FEEDBACK_COUNTS))
        return _classified(options, (Reason(
            "no-feedback", f"{what} earnings but no feedback: mostly left out, but many such "
            f"contracts could lower the score before {until} (chance "
            f"{_private.NO_FEEDBACK_COUNTS:.0%} that it counts as a failure)."),), on)
    return _fixed("excluded", None, Reason("no-feedback", f"{what} earnings but no feedback: "
                                           f"left out (since {until})."))


def _open(contract: Contract, rules: RuleSet, as_of: date) -> Classified:
    gap_days = rules.payment_gap_days
    gap = timedelta(days=gap_days)
    paid = contract.last_payment
    if (rules.long_term_counts and paid is not None and as_of - paid <= gap
            and paid_days(contract, as_of) >= gap_days):
        return _fixed("positive", as_of, Reason(
            "long-term", f"Open and paid at least every {gap_days} days for {gap_days} days or "
            "more: a long-term relationship counts as a success."))
    idle_since = (paid or contract.start) + gap
    if as_of >= idle_since:
        idle = Reason("idle-contract", f"Open with nothing paid for {gap_days} days (idle since "
                      f"{idle_since.isoformat()}).")
        c = _unfed(contract, rules, idle_since, "Idle with")
        return Classified(c.outcome, (idle, *c.reasons), c.counted_on, c.options)
    return _fixed("excluded", None, Reason(
        "open-contract", "Open and active: it counts when it ends with feedback."))


def open_reading_changes(contract: Contract, rules: RuleSet, day: date,
                         keep_paying: bool = False) -> tuple[date | None, bool]:
    """For an open contract read on ``day``: the first later day its reading may differ
    (``None``: it never does), and whether it is counted on the day it is read (a long-term
    contract is; an idle one keeps the day it went idle). Paid as it was by default; with
    ``keep_paying``, paid on each day it is read (its paid length grows: the caller adds the
    days its weight changes, :func:`calculator.weights.weight_changes`). Mirrors ``_open``; a
    test checks the two agree day by day."""
    gap_days = rules.payment_gap_days
    gap = timedelta(days=gap_days)
    if keep_paying and contract.last_payment:
        contract = replace(contract, last_payment=day)
    paid = contract.last_payment
    if paid is not None and paid > day:
        return day + timedelta(days=1), False  # paid after the day read: read it again
    long_term = (rules.long_term_counts and paid is not None and day - paid <= gap
                 and paid_days(contract, day) >= gap_days)
    if keep_paying and paid is not None:
        # Never idle; long-term from the day its paid length reaches the gap.
        if long_term or not rules.long_term_counts:
            return None, long_term
        return contract.start + gap, False
    if long_term:
        assert paid is not None
        return paid + gap + timedelta(days=1), True
    idle_since = (paid or contract.start) + gap
    return (None if day >= idle_since else idle_since), False


def paid_days(contract: Contract, as_of: date | None = None) -> int:
    """Days from the start to the last payment, within the contract's own span.

    A payment after the end (a late bonus) does not lengthen the contract (Help 34958134307475
    counts paid contract length, not the date of a late payment).
    """
    paid = contract.last_payment
    if paid is None:
        return 0
    end = contract.end or as_of
    return max(0, ((min(paid, end) if end else paid) - contract.start).days)


def paid_months(contract: Contract) -> int:
    """Whole months of paid length (see :func:`paid_days`)."""
    return months_between(contract.start, contract.start + timedelta(days=paid_days(contract)))


def _feedback_text(contract: Contract, public: Band | None, private: Band | None,
                   outcome: Outcome) -> str:
    parts = []
    if public is not None:
        stars = contract.public_rating
        parts.append(f"public {stars:g} star{'s' * (stars != 1)} ({public})")
    if private is not None:
        parts.append(f"private {contract.private_rating}/10 ({private})")
    return f"Feedback: {' and '.join(parts)}, so {outcome}."


def _classified(options: tuple[Option, ...], reasons: tuple[Reason, ...],
                on: date) -> Classified:
    merged: dict[Outcome, float] = {}
    for o in options:
        merged[o.outcome] = merged.get(o.outcome, 0.0) + o.p
    likely = max(merged, key=lambda k: merged[k])
    counts = any(o.outcome != "excluded" for o in options)
    kept = options if len(merged) > 1 else (Option("known", likely, 1.0),)
    return Classified(likely, reasons, on if counts else None, kept)


def _fixed(outcome: Outcome, on: date | None, reason: Reason) -> Classified:
    return Classified(outcome, (reason,), on, (Option("known", outcome, 1.0),))
