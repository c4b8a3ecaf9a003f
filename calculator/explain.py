"""Explain the score Upwork shows: which hidden ratings it implies, and which contracts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from math import exp
from typing import Final

from .distribution import Distribution, Evaluation
from .model import History
from .rules import RULE_SETS, RuleSet, rules_in_force

__all__ = ["KERNEL_POINTS", "TOLERANCE", "Explanation", "explain", "shown_days"]

#: How far the model's score may be from the shown one and still "fit": the model cannot know
#: Upwork's exact weights, so a configuration within this many points counts as consistent.
TOLERANCE: Final = 2
#: How fast the fit falls off with the distance between the model's score and the shown one.
KERNEL_POINTS: Final = 1.5
#: Configurations whose chance is below this do not make a shown score "possible".
_NEGLIGIBLE: Final = 1e-9
_SUSPECTS: Final = 5
#: An approximate rule-set date this close to ``as_of`` is named among the causes of a misfit.
_NEAR_DAYS: Final = 42


@dataclass(frozen=True, slots=True)
class Explanation:
    """What the shown score(s) imply about the hidden ratings of this history."""

    shown: tuple[tuple[str, int | None], ...]
    consistent: bool
    message: str
    implied_poor: int
    implied_poor_p: float
    #: (contract index, id, client, chance before, chance given the shown score), likeliest first.
    suspects: tuple[tuple[int, str, str, float, float], ...]
    #: Each configuration's weight given the shown score(s) (prior times fit).
    weights: tuple[float, ...]
    #: What the model expected before it was told the shown score(s).
    expected: int | None = None
    expected_range: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "shown": [{"date": d, "score": s} for d, s in self.shown],
            "consistent": self.consistent,
            "message": self.message,
            "implied_poor": {"count": self.implied_poor, "p": round(self.implied_poor_p, 4)},
            "expected": self.expected,
            "expected_range": list(self.expected_range) if self.expected_range else None,
            "suspects": [{"id": cid, "client": client, "p_prior": round(prior, 4),
                          "p_poor": round(post, 4)}
                         for _, cid, client, prior, post in self.suspects],
        }


def shown_days(history: History, fixed: RuleSet | None) -> list[Evaluation]:
    """The extra days (other than ``as_of``) on which a shown score must be computed."""
    days = sorted({s.date for s in history.shown if s.date != history.as_of})
    return [Evaluation(d, fixed or rules_in_force(d)) for d in days]


def _day_index(history: History) -> list[tuple[int, int | None, str]]:
    others = sorted({s.date for s in history.shown if s.date != history.as_of})
    return [(0 if s.date == history.as_of else 1 + others.index(s.date), s.score,
             s.date.isoformat()) for s in history.shown]


def _fit(shown: int | None, model: int | None, points: float) -> float:
    if shown is None or model is None:
        return 1.0 if shown is model else 0.0
    return exp(-abs(shown - model) / points)


def explain(history: History, dist: Distribution, days: Sequence[Evaluation],
            extremes: tuple[int | None, int | None] = (None, None)) -> Explanation:
    """Condition the distribution on the shown score(s) and say what that implies.

    ``extremes``: the score on the last shown day with every hidden value at its worst and at
    its best (:func:`calculator.estimate.estimate` computes them), so that a bound a message
    states holds for every way the hidden ratings can go, not only for the combinations drawn.
    """
    entries = _day_index(history)
    configs = dist.configurations
    within = sum(c.p for c in configs if c.p > _NEGLIGIBLE and all(
        _close(score, c.scores[k]) for k, score, _ in entries))
    k_last, shown_last, _ = entries[-1]
    reaches = [_reach(dist, k, extremes if k == k_last else (None, None)) for k, _, _ in entries]
    # Between the lowest and highest score the history can give, a shown score is explained,
    # never blamed on the reader's data: the model's steps (whole successes and failures) are
    # coarser than Upwork's (part credit, Trending's blend, its own weights).
    between = not within and all(_in_reach(score, r) for (_, score, _), r in
                                 zip(entries, reaches, strict=True))
    consistent = within > 0 or between
    points = KERNEL_POINTS if within > 0 else (
        max(KERNEL_POINTS, _gap(dist, k_last, shown_last)) if between else 4 * KERNEL_POINTS)
    weights = tuple(c.p * _product(_fit(score, c.scores[k], points) for k, score, _ in entries)
                    for c in configs)
    if sum(weights) == 0:  # nothing fits at all (e.g. a score shown where none can be)
        weights = tuple(c.p for c in configs)
    total = sum(weights)
    by_count: dict[int, float] = {}
    for w, c in zip(weights, configs, strict=True):
        by_count[c.surprises] = by_count.get(c.surprises, 0.0) + w / total
    implied = max(by_count, key=lambda k: (by_count[k], -k))
    prior = dist.p_negative()
    post = dist.p_negative(weights)
    # Suspects are contracts whose failure nobody can see: not those already expected to fail
    # (a one-star review is no mystery), likeliest first.
    suspects = tuple(sorted(((i, history.contracts[i].id, history.contracts[i].client, prior[i],
                              post[i]) for i in post if prior[i] < 0.5),
                            key=lambda s: (-s[4], s[0]))[:_SUSPECTS])
    hidden = bool(dist.options)
    if within > 0:
        message = _fits(entries, implied, by_count[implied], suspects, hidden)
    elif between:
        message = _between(dist, k_last, shown_last, implied, by_count[implied], suspects,
                           hidden)
    else:
        message = _misfit(history, dist, days, entries, reaches)
    return Explanation(tuple((d, s) for _, s, d in entries), consistent, message, implied,
                       by_count[implied], suspects, weights)


def _in_reach(shown: int | None, reach: tuple[int, int] | None) -> bool:
    return (shown is not None and reach is not None
            and reach[0] - TOLERANCE <= shown <= reach[1] + TOLERANCE)


def _reach(dist: Distribution, k: int, extremes: tuple[int | None, int | None]
           ) -> tuple[int, int] | None:
    """The lowest and highest score on day ``k`` over every combination the distribution holds
    and the two extremes (``None``: no combination gives a score)."""
    scores = [c.scores[k] for c in dist.configurations if c.p > 0]
    found = [s for s in (*scores, *extremes) if s is not None]
    return (min(found), max(found)) if found else None


def _steps(dist: Distribution, k: int) -> list[int]:
    return sorted({s for c in dist.configurations
                   if c.p > _NEGLIGIBLE and (s := c.scores[k]) is not None})


def _gap(dist: Distribution, k: int, shown: int | None) -> float:
    """Half the distance between the reachable scores on either side of ``shown``."""
    steps = _steps(dist, k)
    if shown is None or not steps:
        return KERNEL_POINTS
    below = max((s for s in steps if s <= shown), default=steps[0])
    above = min((s for s in steps if s >= shown), default=steps[-1])
    return max(abs(shown - below), abs(above - shown), 1) / 2


def _between(dist: Distribution, k: int, shown: int | None, implied: int, p: float,
             suspects: tuple[tuple[int, str, str, float, float], ...], hidden: bool) -> str:
    steps = _steps(dist, k)
    assert shown is not None
    below = max((s for s in steps if s < shown), default=None)
    above = min((s for s in steps if s > shown), default=None)
    near = " and ".join(f"{s}%" for s in (below, above) if s is not None)
    text = (f"Upwork shows {shown}%. This model gives this history scores in steps (the nearest "
            f"are {near}), because it counts each contract as a whole success, half or failure. "
            "Upwork may give part credit (a 7 of 10 private rating, four stars), blend Trending "
            "differently or weigh jobs its own way, so a score between two steps fits (the "
            f"model allows {TOLERANCE} points either side of a step, and weighs the nearer step "
            "more).")
    if not hidden:
        return text
    if implied == 0:
        return text + f" Most likely no hidden poor rating (chance {p:.0%})."
    likely = [s for s in suspects if s[4] >= 0.05]
    names = ", ".join(f"{s[2]} ({s[4]:.0%})" for s in likely[:3])
    noun = "rating" if implied == 1 else "ratings"
    return (text + f" Most likely {implied} hidden poor {noun} (chance {p:.0%})"
            + (f", from: {names}." if names else "."))


def _close(shown: int | None, model: int | None) -> bool:
    if shown is None or model is None:
        return shown is model
    return abs(shown - model) <= TOLERANCE


def _product(values: Iterable[float]) -> float:
    out = 1.0
    for v in values:
        out *= v
    return out


def _fits(entries: list[tuple[int, int | None, str]], implied: int, p: float,
          suspects: tuple[tuple[int, str, str, float, float], ...], hidden: bool = True) -> str:
    now = entries[-1][1]
    shown = "no score" if now is None else f"{now}%"
    if not hidden:
        return (f"Upwork shows {shown}. That is what this history gives: nothing in it is "
                "hidden from you.")
    if implied == 0:
        return (f"Upwork shows {shown}. That fits this history with no hidden poor rating "
                f"(chance {p:.0%} among the ways it can happen).")
    likely = [s for s in suspects if s[4] >= 0.05]
    names = ", ".join(f"{s[2]} ({s[4]:.0%})" for s in likely[:3])
    noun = "rating" if implied == 1 else "ratings"
    text = (f"Upwork shows {shown}. That fits best with {implied} hidden poor {noun} "
            f"(chance {p:.0%}).")
    return text + (f" Most likely from: {names}." if names else "")


def _misfit(history: History, dist: Distribution, days: Sequence[Evaluation],
            entries: list[tuple[int, int | None, str]],
            reaches: list[tuple[int, int] | None]) -> str:
    # Name the first score shown that the history cannot give; when each fits on its own,
    # say that they do not fit together (never a bound that is false).
    failing = [(e, r) for e, r in zip(entries, reaches, strict=True)
               if not (_in_reach(e[1], r) or (e[1] is None and any(
                   c.p > 0 and c.scores[e[0]] is None for c in dist.configurations)))]
    if not failing:
        return ("Each score Upwork showed fits this history on its own, but not all of them "
                "together: a contract's dates, or which scores were shown when, may be entered "
                "differently from what happened.")
    (k, shown, day), reach = failing[0]
    rules = days[k].rules
    if shown is None:
        return (f"Upwork shows no score on {day}, but under the '{rules.name}' rules this "
                "history always has enough counted contracts for one. Check that every "
                "contract really ended with feedback, and its dates.")
    if reach is None:
        return (f"Upwork shows {shown}% on {day}, but under the '{rules.name}' rules this "
                "history has too few counted contracts for a score: a contract is probably "
                "missing from the list, or an end date is later than it was.")
    low, high = reach
    hidden = bool(dist.options)
    other = _other_rules(rules, history)
    if shown > high:
        best = " even if every hidden rating is good" if hidden else ""
        return (f"Upwork shows {shown}% on {day}, more than this history can give under the "
                f"'{rules.name}' rules (at most {high}%{best}). Likeliest first: a successful "
                "contract is missing from the list; a contract that counts against you ended "
                "earlier than entered (it has left the window); a rating is entered lower than "
                "it is; a client was excluded (suspended or flagged) and their contract no "
                f"longer counts{other}.")
    worst = " even if every hidden rating were poor" if hidden else ""
    causes = ("a contract that ended badly or without payment is missing (a $0 contract with "
              "poor feedback still counts); a dispute or a refund is not entered; a rating is "
              "entered higher than it is; an open contract went 90 days without a payment; an "
              "old contract is dated too early")
    return (f"Upwork shows {shown}% on {day}, less than this history can give under the "
            f"'{rules.name}' rules (at least {low}%{worst}). Likeliest first: {causes}{other}."
            + ("" if hidden else " Nothing in this history is hidden from you, so hidden "
               "ratings are not the cause."))


def _other_rules(rules: RuleSet, history: History) -> str:
    """The rule set whose date is approximate and near enough to ``as_of`` to matter."""
    for r in RULE_SETS:
        if r.approximate_date and abs((history.as_of - r.effective).days) <= _NEAR_DAYS:
            return (f"; last, the '{r.name}' rules are dated only to about "
                    f"{r.effective:%B %Y}, and Upwork may apply them on another day")
    return ""
