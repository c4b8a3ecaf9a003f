"""The estimate of a history: the score shown, each window, the range, and every contract's part."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Final

from .assumptions import assumptions
from .dates import window_exit
from .distribution import EXACT_LIMIT, SAMPLES, Distribution, Evaluation, distribution
from .explain import Explanation, explain, shown_days
from .model import UNKNOWN, History
from .outcomes import Option, Outcome, PrivateMode, Reason, classify, with_forms
from .rules import GUIDE, RULE_SETS, WINDOW_MONTHS, RuleSet, rule_set, rules_in_force
from .summary import RANGE_LEVEL, Summary, summarise
from .weights import job_weight
from .windows import client_key, eligibility_text, in_window

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
    #: The review-form era: the change date used, how many counted contracts carry a hidden
    #: private rating, and the day the last of them leaves the windows (``None``: no era).
    form_era: dict[str, object] | None = None

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
            "form_era": self.form_era,
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
    history = with_forms(history, ruleset)
    fixed = rules is not None or history.rules is not None
    results, counted_items = _classify_all(history, ruleset, "infer")
    days = [Evaluation(history.as_of, ruleset),
            *shown_days(history, None if not fixed else ruleset)]
    dist = distribution(history, days, overrides)
    explanation = (explain(history, dist, days, _extremes(history, days, dist))
                   if history.shown else None)
    weights = explanation.weights if explanation else None
    # Given the score Upwork shows, the estimate is the one that score implies; the model's
    # own expectation before it was told stays in the explanation.
    summary = summarise(dist, weights)
    if explanation is not None:
        prior = summarise(dist)
        explanation = replace(explanation, expected=prior.score, expected_range=prior.range)
        summary = _follow_shown(summary, history)
    p_poor = dist.p_negative(weights)
    eligible = summary.score is not None
    # The eligibility sentence and the score come from the same distribution: the verdict is
    # whether a score is shown, the counts say which contracts count for sure and which may.
    sure, clients, maybe = counted_items
    why = eligibility_text(eligible, sure, clients, ruleset, maybe=maybe,
                           p_no_score=summary.p_no_score)
    posterior = dist.posterior_options(weights)
    results = [_settled(r, p_poor.get(i), _likeliest(posterior.get(i), r.outcome))
               for i, r in enumerate(results)]
    return Estimate(
        as_of=history.as_of,
        rules=ruleset,
        score=summary.score,
        eligible=eligible,
        eligibility=why,
        shown_window=summary.shown_window if eligible else None,
        shown_reason=_shown_reason(summary.shown_window, ruleset, summary) if eligible else why,
        windows=summary.windows,
        range=summary.range,
        contracts=tuple(results),
        summary=summary,
        explanation=explanation,
        rules_note=None if fixed else _rules_note(history, ruleset, overrides),
        learnt=dist.posterior_options(weights) if weights else {},
        form_era=form_era(history, ruleset),
    )


def form_era(history: History, ruleset: RuleSet) -> dict[str, object] | None:
    """The form era in figures and words (``None`` before the stars-only form, when no contract
    is marked with it): the change date used, the counted contracts that carry a hidden private
    rating, and the day the last of them leaves the 24-month window (assumption ``form-era``)."""
    change = history.form_change or ruleset.form_change
    marked = any(c.review_form in ("stars", "unsure") for c in history.contracts)
    if change is None and not marked:
        return None
    hidden_until: date | None = None
    hidden = stars = 0
    for c in history.contracts:
        if c.end is None or c.client_excluded:
            continue
        if c.review_form == "stars":
            stars += 1
            continue
        counted = classify(c, ruleset, history.as_of)
        if counted.counted_on is None or c.public_rating is None or c.private_rating is not UNKNOWN:
            continue
        leaves = window_exit(counted.counted_on, WINDOW_MONTHS["24m"])
        if leaves > history.as_of:
            hidden += 1
            hidden_until = leaves if hidden_until is None else max(hidden_until, leaves)
    own = history.form_change is not None
    when = ("the date you set, " + change.isoformat() if own and change
            else f"about {change:%B %Y} (approximate: Upwork gives no date; you can set it)"
            if change else "no date")
    text = (f"Clients rate with stars only since {when}. {stars} contract"
            f"{'s' * (stars != 1)} ended with that form and carr{'y' if stars != 1 else 'ies'} "
            "no hidden rating. ")
    if hidden_until is None:
        text += ("No contract in your windows carries a hidden private rating: your score rests "
                 "only on what you can see.")
    else:
        text += (f"{hidden} contract{'s' * (hidden != 1)} still carr"
                 f"{'y' if hidden != 1 else 'ies'} a hidden private rating; the last leaves the "
                 f"24-month window on {hidden_until.isoformat()}: from then on, your score rests "
                 "only on what you can see.")
    return {"change": change.isoformat() if change else None, "approximate": not own,
            "stars_only": stars, "hidden": hidden,
            "hidden_until": hidden_until.isoformat() if hidden_until else None,
            "anchor": GUIDE["review-form"], "text": text}


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


def _follow_shown(summary: Summary, history: History) -> Summary:
    """The headline follows the score the reader entered for ``as_of``: it is what Upwork shows
    on that day, a fact; the range stays what the hidden ratings allow, widened to hold it."""
    today = next((s.score for s in history.shown if s.date == history.as_of), None)
    if today is None or summary.score is None or summary.range is None:
        return summary
    low, high = summary.range
    return replace(summary, score=today, range=(min(low, today), max(high, today)))


#: Outcomes from worst to best for the score (and the reverse): the extremes a bound is about.
_WORST_FIRST: Final[tuple[Outcome, ...]] = ("negative", "neutral", "excluded", "positive")


def _extremes(history: History, days: list[Evaluation], dist: Distribution
              ) -> tuple[int | None, int | None]:
    """The score on the last shown day with every hidden value at its worst, and at its best."""
    last = max(history.shown, key=lambda s: s.date).date
    k = next(i for i, e in enumerate(days) if e.day == last)
    out: list[int | None] = []
    for order in (_WORST_FIRST, _WORST_FIRST[::-1]):
        pick = {i: (replace(min(opts, key=lambda o: order.index(o.outcome)), p=1.0),)
                for i, opts in dist.options.items()}
        out.append(distribution(history, days, pick).configurations[0].scores[k])
    return out[0], out[1]


def _settled(result: ContractResult, p_poor: float | None, outcome: Outcome) -> ContractResult:
    if outcome == "excluded":
        return replace(result, p_poor=p_poor, outcome=outcome, weight=0.0, windows=())
    return replace(result, p_poor=p_poor, outcome=outcome)


def _likeliest(options: tuple[Option, ...] | None, outcome: Outcome) -> Outcome:
    """A contract's most likely outcome under the chances the score used (posterior with a
    shown score), so the table and the headline tell one story."""
    if not options:
        return outcome
    merged: dict[Outcome, float] = {}
    for o in options:
        merged[o.outcome] = merged.get(o.outcome, 0.0) + o.p
    return max(merged, key=lambda k: (merged[k], k == outcome))


def _classify_all(history: History, ruleset: RuleSet, mode: PrivateMode
                  ) -> tuple[list[ContractResult], tuple[int, int, int]]:
    """Each contract's result, and in the 24-month window: how many contracts count for sure,
    their clients, and how many count only in some of the ways the hidden ratings go."""
    results: list[ContractResult] = []
    sure = maybe = 0
    clients: set[str] = set()
    for contract in history.contracts:
        c = classify(contract, ruleset, history.as_of, mode)
        reasons = c.reasons
        weight = 0.0
        windows: tuple[str, ...] = ()
        if c.counted_on is not None:  # counts in at least one way the hidden ratings go
            weight, weight_reason = job_weight(contract, ruleset)
            windows = tuple(n for n, m in WINDOW_MONTHS.items()
                            if (n != "3m" or ruleset.trending)
                            and in_window(c.counted_on, history.as_of, m))
            reasons = (*reasons, weight_reason)
            if not windows:
                reasons = (*reasons, Reason("windows", "It fell out of the 24-month window on "
                                            "this date, so it no longer counts."))
        if c.counted_on is not None and in_window(c.counted_on, history.as_of,
                                                  WINDOW_MONTHS["24m"]):
            if all(o.outcome != "excluded" for o in c.options):
                sure += 1
                clients.add(client_key(contract.client))
            else:
                maybe += 1
        results.append(ContractResult(contract.id, contract.client, c.outcome, weight, windows,
                                      reasons))
    return results, (sure, len(clients), maybe)


def _shown_reason(window: str | None, rules: RuleSet, summary: Summary | None = None) -> str:
    names = [_LABEL[n] for n in rules.shown_candidates]
    candidates = ", ".join(names[:-1]) + " and " + names[-1]
    if window is None:
        return "No window holds a counted contract."
    extra = " (the mean of the 6- and 3-month scores)" if window == "trending" else ""
    text = (f"Upwork shows the highest of the {candidates} scores; here that is the "
            f"{_LABEL[window]} score{extra}.")
    mean = summary.windows.get(window) if summary is not None else None
    if summary is not None and mean is not None and summary.score is not None \
            and mean != summary.score:
        # The score averages the best window of each way the hidden ratings can go (or is the
        # score you entered); one window's average can differ from it by a point or more.
        text += (f" The score ({summary.score}%) is not that window's average ({mean}%): it "
                 "is the score you entered, or the average of whichever window is highest in "
                 "each way the hidden ratings can go.")
    return text
