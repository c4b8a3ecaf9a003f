"""Tune the private-rating chances on the tuning half of the reports file; report both halves.

Run: .venv/bin/python tools/calibrate.py [--grid]. Without --grid it prints the figures of the
chances the package ships, and of the simpler answers beside them; with --grid it also searches a
grid of chances on the tuning half only (the kept-apart half is never used to choose), ranks
them by mean log score (the chance the model gives to a score within TOLERANCE points of the
shown one, averaged in logs), and says where the shipped chances rank.
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from calculator import private
from calculator.calibration import BASELINES, Metrics, metrics, split

REPORTS = Path(__file__).resolve().parent.parent / "tests" / "calculator" / "data" / "reports.json"

#: The grid: the poor chance behind paid good stars, the chance that a paid contract ended
#: without feedback counts as a failure (before November 2020), the poor chance behind good
#: stars on a $0 contract. 9 x 5 x 4 = 180 settings.
GOOD_POOR = (0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.13, 0.16, 0.2)
NO_FEEDBACK = (0.05, 0.15, 0.3, 0.5, 0.7)
UNPAID_POOR = (0.1, 0.25, 0.4, 0.6)
#: The chances shipped before issue 16 (13% poor behind paid good stars, 15% for a paid contract
#: without feedback, 25% poor behind good stars on a $0 contract), kept for comparison only.
PREVIOUS = (0.13, 0.15, 0.25)


@dataclass(frozen=True, slots=True)
class Setting:
    good_poor: float
    no_feedback: float
    unpaid_poor: float
    tuning: Metrics

    @property
    def key(self) -> tuple[float, float, float]:
        return (self.good_poor, self.no_feedback, self.unpaid_poor)


def load() -> list[dict[str, object]]:
    cases: list[dict[str, object]] = json.loads(REPORTS.read_text(encoding="utf-8"))["cases"]
    return cases


def shipped() -> tuple[float, float, float]:
    """The tuned values the package ships, in the grid's order."""
    by_id = {p.id: p for p in private.PRIVATE_PRIORS}
    return (by_id["good-paid"].poor, private.NO_FEEDBACK_COUNTS, by_id["good-unpaid"].poor)


@contextmanager
def chances(good_poor: float, no_feedback: float, unpaid_poor: float) -> Iterator[None]:
    """Temporarily replace the shipped chances (for the grid search only).

    The rest of each band's chance is split between good and mixed as the shipped prior splits
    it, so only the poor chance moves.
    """
    saved = dict(private._BY_KEY), private.NO_FEEDBACK_COUNTS
    try:
        for key, prior in list(private._BY_KEY.items()):
            poor = {"good-paid": good_poor, "good-unpaid": unpaid_poor}.get(prior.id)
            if poor is None:
                continue
            share = prior.good / (prior.good + prior.mixed) if prior.good + prior.mixed else 1.0
            rest = 1 - poor
            private._BY_KEY[key] = replace(prior, poor=poor, good=rest * share,
                                           mixed=rest * (1 - share))
        vars(private)["NO_FEEDBACK_COUNTS"] = no_feedback
        yield
    finally:
        private._BY_KEY.clear()
        private._BY_KEY.update(saved[0])
        vars(private)["NO_FEEDBACK_COUNTS"] = saved[1]


def grid(tune: Sequence[Mapping[str, object]]) -> list[Setting]:
    """Every grid setting with its tuning figures, best mean log score first (ties: grid order)."""
    out = []
    for g, n, u in itertools.product(GOOD_POOR, NO_FEEDBACK, UNPAID_POOR):
        with chances(g, n, u):
            out.append(Setting(g, n, u, metrics(tune)))
    return sorted(out, key=lambda s: -round(s.tuning.log_score, 9))


def rank_of(settings: Sequence[Setting], key: tuple[float, float, float]) -> int | None:
    """1-based rank of a setting in a ranked grid (ties share the better rank)."""
    for s in settings:
        if s.key == key:
            return 1 + sum(round(o.tuning.log_score, 9) > round(s.tuning.log_score, 9)
                           for o in settings)
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--grid", action="store_true", help="search chances on the tuning half")
    args = parser.parse_args()
    tune, kept = split(load())
    print(f"tuning: {len(tune)} cases; kept apart: {len(kept)} cases "
          f"({', '.join(sorted(str(c['id']) for c in kept))})")
    for name, cases in (("tuning", tune), ("kept apart", kept)):
        for baseline, label in BASELINES:
            print(f"{name:>10} | {label:<17} |", metrics(cases, baseline).to_dict())
    if not args.grid:
        return
    settings = grid(tune)
    print(f"\ngrid: {len(settings)} settings, ranked by mean log score on the tuning cases")
    for i, s in enumerate(settings[:10], 1):
        m = s.tuning
        print(f"{i:>3}. good-paid poor {s.good_poor:.2f}  no-feedback {s.no_feedback:.2f}  "
              f"good-unpaid poor {s.unpaid_poor:.2f}  log {m.log_score:.3f}  "
              f"held {m.held}/{m.checks}  error {m.mean_error}")
    now = shipped()
    print(f"shipped {now}: rank {rank_of(settings, now)} of {len(settings)} on the grid")


if __name__ == "__main__":
    main()
