"""What a score distribution says in a few numbers: most likely score, range, chances."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from .distribution import Distribution
from .rules import WINDOW_NAMES
from .windows import round_score

__all__ = ["RANGE_LEVEL", "Summary", "quantile", "summarise"]

#: The share of the time the range should hold the score Upwork shows.
RANGE_LEVEL: Final = 0.8
#: The share of the model's own distribution the range covers. The model is more sure of itself
#: than the reports allow (Upwork's weights are unknown), so its central 80% held the reported
#: score only 18 times in 25 on the tuning cases; its central 90% held it 20 times in 25, the
#: stated level (tools/calibrate.py). The kept-apart figures are on "About the model".
RANGE_MASS: Final = 0.9


@dataclass(frozen=True, slots=True)
class Summary:
    """The score (the mean, rounded), the range, and the chances that matter."""

    score: int | None
    range: tuple[int, int] | None
    p_at_least_90: float
    p_no_score: float
    #: (score, chance) for every score with a chance, lowest first; no-score is p_no_score.
    scores: tuple[tuple[int, float], ...]
    windows: dict[str, int | None]
    shown_window: str | None
    exact: bool


def quantile(scores: Sequence[tuple[int, float]], q: float) -> int:
    """The smallest score whose cumulative chance reaches ``q`` (scores sorted, chances sum 1).

    >>> quantile([(80, 0.2), (90, 0.3), (100, 0.5)], 0.5)
    90
    """
    total = 0.0
    for score, p in scores:
        total += p
        if total >= q - 1e-9:
            return score
    return scores[-1][0]


def summarise(dist: Distribution, weights: Sequence[float] | None = None,
              level: float = RANGE_MASS) -> Summary:
    """Summarise the distribution of the first day (weighted by ``weights`` if given)."""
    chances = dist.scores(0, weights)
    p_none = chances.get(None, 0.0)
    eligible = sorted((s, p) for s, p in chances.items() if s is not None)
    p90 = sum(p for s, p in eligible if s >= 90)
    configs = dist.configurations
    ws = [c.p for c in configs] if weights is None else list(weights)
    total = sum(ws) or 1.0
    windows: dict[str, int | None] = {}
    for i, name in enumerate(WINDOW_NAMES):
        values: dict[int | None, float] = {}
        for w, c in zip(ws, configs, strict=True):
            values[c.windows[i]] = values.get(c.windows[i], 0.0) + w / total
        windows[name] = _mean(values)
    modes: dict[str | None, float] = {}
    for w, c in zip(ws, configs, strict=True):
        if c.scores[0] is not None:
            modes[c.shown_window] = modes.get(c.shown_window, 0.0) + w
    if p_none >= 0.5 or not eligible:
        # No score shown: no window score either, so "no score yet" never sits above windows
        # that read like one (issue 19).
        return Summary(None, None, p90, p_none, tuple(eligible),
                       dict.fromkeys(windows), None, dist.exact)
    given = [(s, p / (1 - p_none)) for s, p in eligible]
    tail = (1 - level) / 2
    window = max(modes, key=lambda k: modes[k]) if modes else None
    # The mean, not the median: on the tuning cases it missed the reported score by 10.6 points
    # on average where the median missed by 10.8 (first chosen on 17 cases: 11.0 against 12.1).
    mean = round_score(sum(s * p for s, p in given))
    assert mean is not None
    # A lopsided distribution can put its mean outside its central mass: keep it in the range.
    low, high = min(quantile(given, tail), mean), max(quantile(given, 1 - tail), mean)
    return Summary(mean, (low, high),
                   p90, p_none, tuple(eligible), windows, window, dist.exact)


def _mean(values: dict[int | None, float]) -> int | None:
    """A window's score, averaged like the score shown (``None`` when it is mostly empty)."""
    if values.get(None, 0.0) >= 0.5:
        return None
    mass = sum(p for s, p in values.items() if s is not None)
    return round_score(sum(s * p for s, p in values.items() if s is not None) / mass) \
        if mass else None
