"""Tune the private-rating chances on the tuning half of the reports file; report both halves.

Run: .venv/bin/python tools/calibrate.py [--grid]. Without --grid it prints the figures of the
chances the package ships; with --grid it also searches a grid of chances on the tuning half
only (the kept-apart half is never used to choose) and prints the best by mean log score.
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from calculator import private
from calculator.calibration import metrics, split

REPORTS = Path(__file__).resolve().parent.parent / "tests" / "calculator" / "data" / "reports.json"


def load() -> list[dict[str, object]]:
    cases: list[dict[str, object]] = json.loads(REPORTS.read_text(encoding="utf-8"))["cases"]
    return cases


@contextmanager
def chances(good_poor: float, no_feedback: float, unpaid_poor: float) -> Iterator[None]:
    """Temporarily replace the shipped chances (for the grid search only)."""
    saved = dict(private._BY_KEY), private.NO_FEEDBACK_COUNTS
    try:
        for key, prior in list(private._BY_KEY.items()):
            if prior.id == "good-paid":
                rest = 1 - good_poor
                private._BY_KEY[key] = replace(prior, poor=good_poor, good=rest * 0.94,
                                               mixed=rest * 0.06)
            if prior.id == "good-unpaid":
                rest = 1 - unpaid_poor
                private._BY_KEY[key] = replace(prior, poor=unpaid_poor, good=rest * 0.8,
                                               mixed=rest * 0.2)
        vars(private)["NO_FEEDBACK_COUNTS"] = no_feedback
        yield
    finally:
        private._BY_KEY.clear()
        private._BY_KEY.update(saved[0])
        vars(private)["NO_FEEDBACK_COUNTS"] = saved[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--grid", action="store_true", help="search chances on the tuning half")
    args = parser.parse_args()
    tune, kept = split(load())
    print(f"tuning: {len(tune)} cases; kept apart: {len(kept)} cases")
    print("shipped, tuning:   ", metrics(tune).to_dict())
    print("shipped, kept apart:", metrics(kept).to_dict())
    if not args.grid:
        return
    results = []
    for g, n, u in itertools.product((0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.13, 0.16, 0.2),
                                     (0.05, 0.15, 0.3, 0.5, 0.7),
                                     (0.1, 0.25, 0.4, 0.6)):
        with chances(g, n, u):
            m = metrics(tune)
        results.append((m.log_score, g, n, u, m))
    results.sort(key=lambda r: -r[0])
    for log_score, g, n, u, m in results[:10]:
        print(f"good-paid poor {g:.2f}  no-feedback {n:.2f}  good-unpaid poor {u:.2f}  "
              f"log {log_score:.3f}  held {m.held}/{m.checks}  error {m.mean_error}")


if __name__ == "__main__":
    main()
