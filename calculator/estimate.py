"""The estimate of a history: the score shown, each window, the range, and every contract's part."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Final

from .assumptions import assumptions
from .distribution import EXACT_LIMIT, SAMPLES, Evaluation, distribution
from .explain import Explanation, explain, shown_days
from .model import History
from .outcomes import Option, Outcome, PrivateMode, Reason, classify
from .rules import GUIDE, RULE_SETS, WINDOW_MONTHS, RuleSet, rule_set, rules_in_force
from .summary import RANGE_LEVEL, Summary, summarise
from .weights import job_weight
from .windows import Counted, eligibility, in_window

__all__ = ["NOTE", "ContractResult", "Estimate", "estimate", "resolve_rules"]

NOTE: Final = ("An estimate: Upwork does not publish its formula. The score is the average over "
               "the private feedback you cannot see, by this model's chances; the range is meant "
               "to hold the score Upwork shows about {level:.0%} of the time (see About the "
               "model for how often it did).")
METHOD: Final = "Exact: every combination of hidden ratings was counted."
SAMPLED: Final = (f"Approximate: {SAMPLES:,} combinations of hidden ratings drawn with a fixed "
                  f"seed (more than {EXACT_LIMIT:,} in all), so the same history always gives "
                  "the same answer, within about a point of the exact one.")
#: Days around an approximate rule-set date within which an estimate says the rules may differ.
NEAR_CHANGE_DAYS: Final = 42
_LABEL: Final = {"24m": "24-month", "12m": "12-month", "6m": "6-month", "3m": "3-month",
                 "trending": "Trending"}


@dataclass(frozen=True, slots=True)
class ContractResult:
    """How one contract counts: outcome, weight (0 when excluded), windows, and reasons."""

    id: str
    client: str
    outcome: Outcome
    weight: float
    windows: tuple[str, ...]
    reasons: tuple[Reason, ...]
    #: The chance this contract counts as a failure because of something hidden (a private
    #: rating; before November 2020, missing feedback): given the score Upwork shows when the
    #: history carries one. ``None`` when nothing about it is hidden.
    p_poor: float | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "client": self.client,
            "outcome": self.outcome,
            "weight": self.weight,
            "windows": list(self.windows),
            "reasons": [r.to_dict() for r in self.reasons],
            "p_poor": None if self.p_poor is None else round(self.p_poor, 4),
        }


@dataclass(frozen=True, slots=True)
class Estimate:
    """The estimate of one history under one rule set."""

    as_of: date
    rules: RuleSet
    score: int | None
    eligible: bool
    eligibility: str
    shown_window: str | None
    shown_reason: str
    windows: dict[str, int | None]
    range: tuple[int, int] | None
    contracts: tuple[ContractResult, ...]
    summary: Summary
    explanation: Explanation | None = None
    rules_note: dict[str, object] | None = None
    #: Per contract index, the chances of its hidden values given the shown score(s) (what
    #: timelines and what-ifs of this history reuse); empty without a shown score.
    learnt: dict[int, tuple[Option, ...]] = field(default_factory=dict)

    @property
    def range_level(self) -> float:
        return RANGE_LEVEL

    def to_dict(self) -> dict[str, object]:
        return {
            "score": self.score,
            "range": list(self.range) if self.range else None,
            "range_level": RANGE_LEVEL,
            "score_kind": "mean",
            "p_at_least_90": round(self.summary.p_at_least_90, 4),
            "p_no_score": round(self.summary.p_no_score, 4),
            "exact": self.summary.exact,
            "method": METHOD if self.summary.exact else SAMPLED,
            # Scores with a chance of at least 0.1% (rarer ones cannot change what a page shows).
            "distribution": [[s, round(p, 4)] for s, p in self.summary.scores if p >= 0.001],
            "explanation": self.explanation.to_dict() if self.explanation else None,
            "rules_note": self.rules_note,
            "eligible": self.eligible,
            "eligibility": self.eligibility,
            "eligibility_anchor": GUIDE["eligibility"],
            "windows": dict(self.windows),
            "shown_window": self.shown_window,
            "shown_reason": self.shown_reason,
            "windows_anchor": GUIDE["windows"],
            "as_of": self.as_of.isoformat(),
            "rules": {"id": self.rules.id, "name": self.rules.name},
            "contracts": [c.to_dict() for c in self.contracts],
            "assumptions": [a.to_dict() for a in assumptions(self.rules)],
            "note": NOTE.format(level=RANGE_LEVEL),
        }


def resolve_rules(history: History, rules: str | RuleSet | None = None) -> RuleSet:
    """The rule set to apply: the argument, else the history's own, else the one in force."""
    if isinstance(rules, RuleSet):
        return rules
    chosen = rules if rules is not None else history.rules
    return rule_set(chosen) if chosen is not None else rules_in_force(history.as_of)


def estimate(history: History, rules: str | RuleSet | None = None, *,
             overrides: dict[int, tuple[Option, ...]] | None = None) -> Estimate:
    """Estimate the Job Success Score of ``history``: its distribution, and what explains the
    score Upwork shows when the history carries it (``history.shown``).

    Args:
        history: the contracts and the day to estimate on.
        rules: a rule-set id or :class:`RuleSet`; by default the history's own choice, else the
            rules in force on ``history.as_of``.
        overrides: chances of the hidden values of some contracts (by index), replacing the
            priors (what-if scenarios reuse the posterior of the history they start from).
    """
    ruleset = resolve_rules(history, rules)
    fixed = rules is not None or history.rules is not None
    results, counted_items = _classify_all(history, ruleset, "infer")
    days = [Evaluation(history.as_of, ruleset),
            *shown_days(history, None if not fixed else ruleset)]
    dist = distribution(history, days, overrides)
    explanation = explain(history, dist, days) if history.shown else None
    weights = explanation.weights if explanation else None
    # Given the score Upwork shows, the estimate is the one that score implies; the model's
    # own expectation before it was told stays in the explanation.
    summary = summarise(dist, weights)
    if explanation is not None:
        prior = summarise(dist)
        explanation = replace(explanation, expected=prior.score, expected_range=prior.range)
    p_poor = dist.p_negative(weights)
    why = eligibility(counted_items, history.as_of, ruleset)[1]
    eligible = summary.score is not None
    results = [replace(r, p_poor=p_poor.get(i)) for i, r in enumerate(results)]
    return Estimate(
        as_of=history.as_of,
        rules=ruleset,
        score=summary.score,
        eligible=eligible,
        eligibility=why,
        shown_window=summary.shown_window if eligible else None,
        shown_reason=_shown_reason(summary.shown_window, ruleset) if eligible else why,
        windows=summary.windows,
        range=summary.range,
        contracts=tuple(results),
        summary=summary,
        explanation=explanation,
        rules_note=None if fixed else _rules_note(history, ruleset, overrides),
        learnt=dist.posterior_options(weights) if weights else {},
    )


def _rules_note(history: History, ruleset: RuleSet,
                overrides: dict[int, tuple[Option, ...]] | None) -> dict[str, object] | None:
    """Near an approximately dated rule change, the score under the neighbouring rules."""
    i = RULE_SETS.index(ruleset)
    for other, approximate in ((RULE_SETS[i - 1] if i else None, ruleset),
                               (RULE_SETS[i + 1] if i + 1 < len(RULE_SETS) else None,
                                RULE_SETS[i + 1] if i + 1 < len(RULE_SETS) else None)):
        if other is None or approximate is None or not approximate.approximate_date:
            continue
        if abs((history.as_of - approximate.effective).days) > NEAR_CHANGE_DAYS:
            continue
        alt = summarise(distribution(history, [Evaluation(history.as_of, other)], overrides))
        when = approximate.effective.strftime("%B %Y")
        text = (f"The '{approximate.name}' rules are only dated to about {when}. A few weeks "
                f"either side, Upwork may still apply the '{other.name}' rules, which give "
                f"{'no score' if alt.score is None else f'{alt.score}%'} for this history.")
        return {"other_rules": other.id, "other_name": other.name, "other_score": alt.score,
                "text": text}
    return None


def _classify_all(history: History, ruleset: RuleSet,
                  mode: PrivateMode) -> tuple[list[ContractResult], list[Counted]]:
    results: list[ContractResult] = []
    counted: list[Counted] = []
    for contract in history.contracts:
        c = classify(contract, ruleset, history.as_of, mode)
        reasons = c.reasons
        weight = 0.0
        windows: tuple[str, ...] = ()
        if c.counted_on is not None and c.outcome != "excluded":
            weight, weight_reason = job_weight(contract, ruleset)
            windows = tuple(n for n, m in WINDOW_MONTHS.items()
                            if (n != "3m" or ruleset.trending)
                            and in_window(c.counted_on, history.as_of, m))
            reasons = (*reasons, weight_reason)
            if not windows:
                reasons = (*reasons, Reason("windows", "It fell out of the 24-month window on "
                                            "this date, so it no longer counts."))
            counted.append(Counted(c.outcome, weight, contract.client, c.counted_on))
        results.append(ContractResult(contract.id, contract.client, c.outcome, weight, windows,
                                      reasons))
    return results, counted


def _shown_reason(window: str | None, rules: RuleSet) -> str:
    """Which window's score is shown, in the reader's words (the era's candidates named)."""
    names = [_LABEL[n] for n in rules.shown_candidates]
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    if window is None:
        return "No contract counts in any window yet, so there is no score to show."
    what = ("Trending score (the mean of your 6- and 3-month scores)" if window == "trending"
            else f"{_LABEL[window]} score")
    return f"Upwork shows the best of your {listed} scores; here that is your {what}."
