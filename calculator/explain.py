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


def explain(history: History, dist: Distribution, days: Sequence[Evaluation]) -> Explanation:
    """Condition the distribution on the shown score(s) and say what that implies."""
    entries = _day_index(history)
    configs = dist.configurations
    within = sum(c.p for c in configs if c.p > _NEGLIGIBLE and all(
        _close(score, c.scores[k]) for k, score, _ in entries))
    consistent = within > 0
    points = KERNEL_POINTS if consistent else 4 * KERNEL_POINTS
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
    message = (_fits(entries, implied, by_count[implied], suspects) if consistent
               else _misfit(history, dist, days, entries))
    return Explanation(tuple((d, s) for _, s, d in entries), consistent, message, implied,
                       by_count[implied], suspects, weights)


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
          suspects: tuple[tuple[int, str, str, float, float], ...]) -> str:
    now = entries[-1][1]
    shown = "no score" if now is None else f"{now}%"
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
            entries: list[tuple[int, int | None, str]]) -> str:
    k, shown, day = entries[-1]
    possible = [c.scores[k] for c in dist.configurations if c.p > _NEGLIGIBLE]
    scores = [s for s in possible if s is not None]
    rules = days[k].rules
    if shown is None:
        return (f"Upwork shows no score on {day}, but under the '{rules.name}' rules this "
                "history always has enough counted contracts for one. Check that every "
                "contract really ended with feedback, and its dates.")
    if not scores:
        return (f"Upwork shows {shown}% on {day}, but under the '{rules.name}' rules this "
                "history has too few counted contracts for a score: a contract is probably "
                "missing from the list, or an end date is later than it was.")
    low, high = min(scores), max(scores)
    if shown > high + TOLERANCE:
        other = _other_rules(rules, shown, above=True)
        return (f"Upwork shows {shown}% on {day}, more than this history can give under the "
                f"'{rules.name}' rules (at most {high}%, even if every hidden rating is good). "
                "A successful contract may be missing, a rating may be entered lower than it "
                f"is, or a bad contract may be older than entered{other}.")
    other = _other_rules(rules, shown, above=False)
    return (f"Upwork shows {shown}% on {day}, less than this history gives even if every "
            f"hidden rating were poor ({low}%). A contract that ended badly or without payment "
            "may be missing, a rating may be entered higher than it is, or an old contract may "
            f"be dated too early{other}.")


def _other_rules(rules: RuleSet, shown: int, above: bool) -> str:
    del shown, above
    others = [r.name for r in RULE_SETS if r.id != rules.id and r.approximate_date]
    return (f"; the rules in force may also differ (dates of {', '.join(others)} are "
            "approximate)" if others and rules.approximate_date else "")
