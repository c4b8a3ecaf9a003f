"""The estimate of a history: the score shown, each window, the range, and every contract's part."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Final

from .assumptions import ASSUMPTIONS
from .model import Contract, History
from .outcomes import Outcome, PrivateMode, Reason, classify
from .rules import GUIDE, WINDOW_MONTHS, WINDOW_NAMES, RuleSet, rule_set, rules_in_force
from .weights import job_weight, weight_of
from .windows import Counted, eligibility, in_window, round_score, shown, window_scores

__all__ = [
    "NOTE", "ContractResult", "Estimate", "counted", "estimate", "resolve_rules", "score_counted",
    "score_only",
]

NOTE: Final = ("An estimate: Upwork does not publish its formula. The range shows what the "
               "private feedback you cannot see could do to it.")
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

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "client": self.client,
            "outcome": self.outcome,
            "weight": self.weight,
            "windows": list(self.windows),
            "reasons": [r.to_dict() for r in self.reasons],
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

    def to_dict(self) -> dict[str, object]:
        return {
            "score": self.score,
            "range": list(self.range) if self.range else None,
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
            "assumptions": [a.to_dict() for a in ASSUMPTIONS],
            "note": NOTE,
        }


def resolve_rules(history: History, rules: str | RuleSet | None = None) -> RuleSet:
    """The rule set to apply: the argument, else the history's own, else the one in force."""
    if isinstance(rules, RuleSet):
        return rules
    chosen = rules if rules is not None else history.rules
    return rule_set(chosen) if chosen is not None else rules_in_force(history.as_of)


def estimate(history: History, rules: str | RuleSet | None = None) -> Estimate:
    """Estimate the Job Success Score of ``history``.

    Args:
        history: the contracts and the day to estimate on.
        rules: a rule-set id or :class:`RuleSet`; by default the history's own choice, else the
            rules in force on ``history.as_of``.
    """
    ruleset = resolve_rules(history, rules)
    results, counted = _classify_all(history, ruleset, "infer")
    raw = window_scores(counted, history.as_of, ruleset)
    eligible, why = eligibility(counted, history.as_of, ruleset)
    window, best = shown(raw, ruleset)
    score = round_score(best) if eligible else None
    return Estimate(
        as_of=history.as_of,
        rules=ruleset,
        score=score,
        eligible=eligible,
        eligibility=why,
        shown_window=window if eligible else None,
        shown_reason=_shown_reason(window, ruleset) if eligible else why,
        windows={name: round_score(raw[name]) for name in WINDOW_NAMES},
        range=_range(history, ruleset, score),
        contracts=tuple(results),
    )


def score_only(history: History, ruleset: RuleSet, mode: PrivateMode = "infer"
               ) -> tuple[int | None, str | None, dict[str, float | None]]:
    """The score shown, its window and the unrounded windows, without explanations."""
    return score_counted(counted(history.contracts, ruleset, history.as_of, mode),
                         history.as_of, ruleset)


def score_counted(items: list[Counted], as_of: date, ruleset: RuleSet
                  ) -> tuple[int | None, str | None, dict[str, float | None]]:
    """The score shown, its window and the unrounded windows of already counted contracts."""
    raw = window_scores(items, as_of, ruleset)
    if not eligibility(items, as_of, ruleset)[0]:
        return None, None, raw
    window, best = shown(raw, ruleset)
    return round_score(best), window, raw


def counted(contracts: Iterable[Contract], ruleset: RuleSet, as_of: date,
            mode: PrivateMode = "infer") -> list[Counted]:
    """The contracts that count on ``as_of``, with their outcome, weight and placing day."""
    out = []
    for contract in contracts:
        c = classify(contract, ruleset, as_of, mode)
        if c.counted_on is not None and c.outcome != "excluded":
            out.append(Counted(c.outcome, weight_of(contract, ruleset), contract.client,
                               c.counted_on))
    return out


def _range(history: History, ruleset: RuleSet, score: int | None) -> tuple[int, int] | None:
    if score is None:
        return None
    low = score_only(history, ruleset, "poor")[0]
    high = score_only(history, ruleset, "good")[0]
    return (min(score, low if low is not None else score),
            max(score, high if high is not None else score))


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
    candidates = ", ".join(_LABEL[n] for n in rules.shown_candidates)
    if window is None:
        return "No window holds a counted contract."
    extra = " (the mean of the 6- and 3-month scores)" if window == "trending" else ""
    return f"The {_LABEL[window]} score{extra} is the highest of: {candidates}."
