"""Time the model: `estimate`, a 24-month `timeline` and `web.evaluate` on n-contract histories.

Standard library and the package only, so the same file runs on CPython and inside Pyodide
(bench/pyodide_measure.mjs loads it there). `measure()` returns plain JSON data: for each function
and size, the milliseconds of every repetition and their median.
"""

from __future__ import annotations

import json
import platform
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from typing import Any

import calculator
from calculator import web
from calculator.dates import add_months
from calculator.distribution import clear_cache
from calculator.fields import CONTRACT_FIELDS, Field

from .histories import history

TIMELINE_MONTHS = 24
# A repetition of a very fast call runs it this many times over and divides, so that the clock's
# resolution (Pyodide's perf_counter is about 0.1 ms in Node) does not dominate.
MIN_REPETITION_S = 0.005
MAX_INNER = 1000


def page_form(h: calculator.History) -> dict[str, Any]:
    """The history as the calculator page sends it: every value a string as typed in the form
    (a checkbox true/false), one per field of calculator.fields (editor.js `contractForm`)."""

    def text(value: object) -> str:
        return "" if value is None else str(value)

    def form_value(f: Field, value: object) -> object:
        if f.kind == "bool":
            return value is True
        return "none" if value is None and f.kind == "private" else text(value)

    doc = calculator.to_dict(h)
    items: list[dict[str, Any]] = doc["contracts"]  # type: ignore[assignment]
    contracts = [{f.name: form_value(f, c.get(f.name, f.default)) for f in CONTRACT_FIELDS}
                 for c in items]
    return {"schema": 1, "as_of": doc["as_of"], "rules": text(doc.get("rules")),
            "contracts": contracts}


def _what_if(form: dict[str, Any]) -> dict[str, Any]:
    """Scenario B as a reader makes it: a copy of A with the first contract refunded."""
    b: dict[str, Any] = json.loads(json.dumps(form))
    if b["contracts"]:
        b["contracts"][0]["earnings"] = "0"
    return b


def _with_shown(form: dict[str, Any], score: int | None) -> dict[str, Any]:
    """The history with the score Upwork shows set 6 points under the estimate, as a reader
    asking "why is mine lower?" would: the estimate then conditions on it and explains."""
    out = dict(form)
    shown = 80 if score is None else max(0, score - 6)
    out["shown"] = [{"date": form["as_of"], "score": str(shown)}]
    return out


def _time(fn: Callable[[], object], repeats: int) -> dict[str, Any]:
    first = time.perf_counter()
    clear_cache()
    fn()  # warm-up (not counted): first-call caches, imports on first use
    once = time.perf_counter() - first
    inner = 1 if once >= MIN_REPETITION_S else min(
        MAX_INNER, int(MIN_REPETITION_S / max(once, 1e-6)) + 1)
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(inner):
            # Each call as after an edit: nothing remembered from the call before.
            clear_cache()
            fn()
        samples.append((time.perf_counter() - start) * 1000 / inner)
    return {"median_ms": round(statistics.median(samples), 3),
            "runs_ms": [round(s, 3) for s in samples], "inner": inner}


def measure(sizes: list[int], web_sizes: list[int], repeats: int) -> dict[str, Any]:
    """Milliseconds per call, median of `repeats`, for each function and history size."""
    out: dict[str, Any] = {
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "platform": sys.platform,
        "repeats": repeats,
        "estimate": {}, "timeline": {}, "evaluate": {}, "evaluate_what_if": {},
        "evaluate_shown": {}, "scores": {},
    }
    for n in sizes:
        h = history(n)
        end = add_months(h.as_of, TIMELINE_MONTHS)
        out["scores"][str(n)] = calculator.estimate(h).score
        out["estimate"][str(n)] = _time(partial(calculator.estimate, h), repeats)
        out["timeline"][str(n)] = _time(partial(calculator.timeline, h, h.as_of, end), repeats)
    for n in web_sizes:
        form = page_form(history(n))
        request = json.dumps({"a": form, "b": None, "timeline": None})
        answer = json.loads(web.evaluate(request))
        if not answer["ok"]:
            raise RuntimeError(f"evaluate refused the {n}-contract history: {answer['errors'][:3]}")
        out["evaluate"][str(n)] = _time(partial(web.evaluate, request), repeats)
        both = json.dumps({"a": form, "b": _what_if(form), "timeline": None})
        out["evaluate_what_if"][str(n)] = _time(partial(web.evaluate, both), repeats)
        score = calculator.estimate(history(n)).score
        shown = json.dumps({"a": _with_shown(form, score), "b": None, "timeline": None})
        out["evaluate_shown"][str(n)] = _time(partial(web.evaluate, shown), repeats)
    return out


def calibration(cases: list[dict[str, Any]]) -> dict[str, Any]:
    """The calibration report: each answer on the kept-apart and tuning cases, and the issue 16
    targets for the model on the kept-apart ones, reported (met or not), never asserted."""
    from calculator.calibration import (
        BASELINES,
        TARGET_DIRECTION,
        TARGET_MAE,
        metrics,
        split,
    )

    tune, kept = split(cases)
    out: dict[str, Any] = {"kept_apart": sorted(str(c["id"]) for c in kept),
                           "tuning": sorted(str(c["id"]) for c in tune)}
    for name, group in (("kept", kept), ("tune", tune)):
        out[name] = {b: metrics(group, b).to_dict() for b, _ in BASELINES}
    model = out["kept"]["model"]
    share = model["same_direction"] / model["changes"] if model["changes"] else None
    out["targets"] = {
        "mae_at_most": TARGET_MAE, "mae": model["mean_error"],
        "mae_met": model["mean_error"] is not None and model["mean_error"] <= TARGET_MAE,
        "direction_at_least": TARGET_DIRECTION, "direction": share,
        "direction_met": share is not None and share >= TARGET_DIRECTION,
    }
    return out


def main(argv: list[str]) -> None:
    """`python -m bench.model SIZES WEB_SIZES REPEATS` (comma-separated sizes): JSON on stdout."""
    sizes = [int(x) for x in argv[0].split(",") if x]
    web_sizes = [int(x) for x in argv[1].split(",") if x]
    print(json.dumps(measure(sizes, web_sizes, int(argv[2]))))


if __name__ == "__main__":
    main(sys.argv[1:])
