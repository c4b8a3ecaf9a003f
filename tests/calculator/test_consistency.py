"""One answer whatever the route: order, the timeline's as-of day, eligibility, scenario B."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from calculator import History, ShownScore, compare, estimate, timeline

from .conftest import AS_OF, contract, histories_st, history


def _figures(e: object) -> dict[str, object]:
    d = e.to_dict()  # type: ignore[attr-defined]
    return {k: d[k] for k in ("score", "range", "p_at_least_90", "p_no_score", "windows",
                              "shown_window", "eligible", "eligibility")}


@settings(max_examples=60)
@given(histories_st(max_size=14), st.integers(0, 2**32 - 1))
def test_results_do_not_depend_on_contract_order(h: History, seed: int) -> None:
    shuffled = list(h.contracts)
    random.Random(seed).shuffle(shuffled)
    other = replace(h, contracts=tuple(shuffled))
    assert _figures(estimate(h)) == _figures(estimate(other))


def test_order_independence_beyond_the_exact_limit() -> None:
    # Enough look-alike groups that the combinations are sampled: the draws must not follow
    # the order the contracts were typed in.
    items = [contract(str(i), client=f"C{i % 7}", start=date(2024, 1 + i % 12, 1),
                      end=date(2024, 1 + i % 12, 20), earnings=100.0 + 150 * (i % 9),
                      public=(5.0, 4.0, 3.0, 4.6)[i % 4]) for i in range(60)]
    h = history(*items)
    e = estimate(h)
    for seed in range(3):
        shuffled = items[:]
        random.Random(seed).shuffle(shuffled)
        assert _figures(estimate(history(*shuffled))) == _figures(e)


@settings(max_examples=40)
@given(histories_st(max_size=10), st.integers(0, 100) | st.none())
def test_timeline_equals_the_estimate_on_as_of(h: History, shown: int | None) -> None:
    h = replace(h, shown=(ShownScore(h.as_of, shown),))
    e = estimate(h)
    for open_contracts in ("stop", "keep-paying"):
        point = timeline(h, h.as_of, date(2026, 6, 1), open_contracts=open_contracts)[0]
        assert point.date == h.as_of
        assert (point.score, point.range, point.windows, point.shown_window) == (
            e.score, e.range, e.windows, e.shown_window)


@settings(max_examples=60)
@given(histories_st(max_size=12))
def test_eligibility_text_follows_the_score(h: History) -> None:
    e = estimate(h)
    assert e.eligible is (e.score is not None)
    assert e.eligibility.startswith("Enough" if e.eligible else "No score yet")


def test_zero_dollar_history_says_what_it_scores() -> None:
    # $0 contracts count only if their hidden rating is poor (2025): the sentence and the score
    # must come from the same computation.
    h = history(*(contract(str(i), earnings=0.0, client=f"C{i}") for i in range(1, 4)),
                contract("4", client="C4", public=1.0, earnings=0.0))
    e = estimate(h)
    assert e.eligibility.startswith("Enough" if e.score is not None else "No score yet")


@settings(max_examples=30)
@given(histories_st(max_size=10), st.integers(0, 100) | st.none() | st.just(-1))
def test_unchanged_b_equals_a(h: History, shown: int | None) -> None:
    if shown != -1:
        h = replace(h, shown=(ShownScore(h.as_of, shown),))
    for b in (h, replace(h, shown=())):
        c = compare(h, b)
        assert _figures(c.a) == _figures(c.b)
        assert [r.to_dict() for r in c.a.contracts] == [r.to_dict() for r in c.b.contracts]
        assert c.score_delta in (0, None)
        assert all(v in (0, None) for v in c.window_deltas.values())


def test_a_shown_score_as_of_does_not_split_the_timeline_and_estimate() -> None:
    h = History(AS_OF, tuple(contract(str(i), client=f"C{i}") for i in range(1, 9)),
                shown=(ShownScore(AS_OF, 90),))
    assert timeline(h, AS_OF, AS_OF)[0].score == estimate(h).score


def test_unchanged_b_equals_a_with_a_shown_score() -> None:
    # Issue 19: with a shown score entered, an untouched B read 87 against A's 89.
    h = History(AS_OF, tuple(contract(str(i), client=f"C{i}", earnings=300.0 * i)
                             for i in range(1, 9)), shown=(ShownScore(AS_OF, 87),))
    for b in (h, replace(h, shown=())):
        c = compare(h, b)
        assert _figures(c.a) == _figures(c.b)
        assert c.score_delta == 0
