"""Shared fixtures and hypothesis profiles for the package tests (CPython and Pyodide lanes)."""

from __future__ import annotations

import sys
from datetime import date, timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from calculator import UNKNOWN, Contract, History
from calculator.model import Kind, PrivateRating

# Timings are noisy on 2 cores and slower again inside Pyodide: no deadlines, ever.
settings.register_profile("default", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("pyodide", deadline=None, max_examples=40,
                          suppress_health_check=[HealthCheck.too_slow])
IN_PYODIDE = sys.platform == "emscripten"
settings.load_profile("pyodide" if IN_PYODIDE else "default")

AS_OF = date(2025, 6, 1)


def contract(cid: str = "1", *, client: str | None = None, kind: Kind = "fixed",
             start: date = date(2025, 1, 1), end: date | None = date(2025, 2, 1),
             earnings: float = 300.0, paid: date | str | None = "end",
             public: float | None = 5.0, private: PrivateRating = UNKNOWN,
             excluded: bool = False) -> Contract:
    """A contract with sensible defaults: ended, paid on its end date, five stars."""
    # paid="end": paid on the end date, when anything was earned.
    last = (end if earnings else None) if isinstance(paid, str) else paid
    return Contract(cid, client or f"Client {cid}", kind, start, end, earnings,
                    last, public, private, excluded)


def history(*contracts: Contract, as_of: date = AS_OF, rules: str | None = None) -> History:
    return History(as_of, tuple(contracts), rules)


@st.composite
def contracts_st(draw: st.DrawFn, as_of: date = AS_OF, cid: str = "1") -> Contract:
    """Any valid contract up to 30 months before ``as_of``."""
    start = as_of - timedelta(days=draw(st.integers(0, 900)))
    ended = draw(st.booleans())
    end = start + timedelta(days=draw(st.integers(0, (as_of - start).days))) if ended else None
    earnings = draw(st.sampled_from([0.0, 50.0, 250.0, 400.0, 999.99, 1500.0, 12000.0]))
    paid = (start + timedelta(days=draw(st.integers(0, (as_of - start).days)))
            if earnings else draw(st.none() | st.just(start)))
    public = draw(st.none() | st.sampled_from([1.0, 2.5, 3.5, 4.0, 4.5, 4.9, 5.0])) \
        if ended else None
    private = (draw(st.sampled_from([UNKNOWN, None, *range(11)])) if ended
               else draw(st.sampled_from([UNKNOWN, None])))
    return Contract(cid, draw(st.sampled_from(["A", "B", "C", "D", "E"])),
                    draw(st.sampled_from(["fixed", "hourly"])), start, end, earnings, paid,
                    public, private, draw(st.booleans()) and draw(st.booleans()))


@st.composite
def histories_st(draw: st.DrawFn, max_size: int = 12) -> History:
    n = draw(st.integers(0, max_size))
    items = tuple(draw(contracts_st(cid=str(i + 1))) for i in range(n))
    rules = draw(st.none() | st.sampled_from(["2015-03", "2020-03", "2020-11", "2021",
                                              "2023-12", "2024-09", "2025"]))
    return History(AS_OF, items, rules)
