"""The score distribution: exact where cheap, repeatable when sampled, the same either way."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from calculator import History, ShownScore, estimate, rules_in_force
from calculator.dates import add_months
from calculator.distribution import (
    EXACT_LIMIT,
    Distribution,
    Evaluation,
    distribution,
    expected_score,
    expected_scores,
)
from calculator.outcomes import classify
from calculator.rules import RULE_SETS

from .conftest import contract, histories_st, history


@settings(max_examples=60)
@given(histories_st(max_size=8))
def test_folded_tables_give_the_per_group_answer(h: History) -> None:
    # One day folds each window segment into one table; two identical days do not fold. Both
    # must give the same chances (up to rounding).
    e = Evaluation(h.as_of, rules_in_force(h.as_of) if h.rules is None else
                   next(r for r in __import__("calculator").RULE_SETS if r.id == h.rules))
    one, two = distribution(h, [e]), distribution(h, [e, e])
    if not (one.exact and two.exact):
        return
    a, b = one.scores(0), two.scores(0)
    assert set(a) == set(b)
    assert all(abs(a[k] - b[k]) < 1e-9 for k in a)
    assert abs(sum(a.values()) - 1) < 1e-9
    # With a shown score the folded tables carry each contract's counts too: the posterior
    # chances, under weights that depend on the score alone, match the unfolded ones.
    shown = replace(h, shown=(ShownScore(h.as_of, 90),))
    one, two = distribution(shown, [e]), distribution(shown, [e, e])
    assert one.tracked and two.tracked

    def weights(d: Distribution) -> list[float]:
        return [c.p * (0.3 if c.scores[0] is None else 1 / (1 + abs(c.scores[0] - 90)))
                for c in d.configurations]

    post_one = one.posterior_options(weights(one))
    post_two = two.posterior_options(weights(two))
    assert post_one.keys() == post_two.keys()
    for idx, options in post_one.items():
        assert [o.latent for o in options] == [o.latent for o in post_two[idx]]
        assert all(abs(x.p - y.p) < 1e-9 for x, y in zip(options, post_two[idx], strict=True))


def test_a_long_history_is_sampled_repeatably() -> None:
    many = [contract(str(i), client=f"C{i}", end=date(2025, 1 + i % 5, 1 + i % 28),
                     earnings=100.0 + 37 * i) for i in range(60)]
    h = history(*many)
    e = Evaluation(h.as_of, rules_in_force(h.as_of))
    d = distribution(h, [e])
    assert not d.exact and EXACT_LIMIT > 0
    first, second = estimate(h), estimate(h)
    assert first.to_dict() == second.to_dict()
    assert first.range is not None and first.range[0] <= first.score <= first.range[1]  # type: ignore[operator]


def test_chances_of_ninety_and_of_no_score() -> None:
    h = history(contract("1"), contract("2"), as_of=date(2025, 6, 1))
    e = estimate(h)
    assert 0 < e.summary.p_at_least_90 < 1
    assert e.summary.p_no_score == 0
    zero = history(contract("1"), contract("2", earnings=0.0), as_of=date(2025, 6, 1))
    # A $0 five-star contract counts only if its private rating is poor: usually no score.
    z = estimate(zero)
    assert 0.5 < z.summary.p_no_score < 1 and z.score is None


# Under the 2015 rules an open contract that goes idle may count as a failure: the day it goes
# idle must be found (random histories rarely hit it).
_GOES_IDLE = history(
    *(contract(str(i), start=date(2025, 4, 1), end=date(2025, 5, i)) for i in range(1, 6)),
    contract("open", start=date(2025, 3, 1), end=None, paid=date(2025, 5, 20), public=None),
    rules="2015-03")


@settings(max_examples=150, deadline=None)
@given(histories_st(max_size=14), st.booleans(), st.booleans())
@example(_GOES_IDLE, False, False)
def test_the_sweep_gives_the_per_day_scores(h: History, keep_paying: bool, learnt: bool
                                            ) -> None:
    """`expected_scores` (one sweep, used for timelines and their markers) equals
    `expected_score` called afresh on each day: month ends, open contracts paid as they were or
    paid up to each day, and learnt chances included."""
    rules = rules_in_force(h.as_of) if h.rules is None else next(
        r for r in RULE_SETS if r.id == h.rules)
    days = [h.as_of + timedelta(days=d) for d in range(0, 800, 7)]
    days += [add_months(h.as_of, m) for m in range(1, 27)]
    # Around each day a contract could leave a window, where month ends bite, and around the
    # days an open contract goes idle.
    days += [add_months(c.end, m) + timedelta(days=d) for c in h.contracts if c.end
             for m in (3, 6, 12, 24) for d in (-1, 0, 1, 2, 3)]
    days += [(c.last_payment or c.start) + timedelta(days=rules.payment_gap_days + d)
             for c in h.contracts if c.end is None for d in (-1, 0, 1, 2)]
    days = [d for d in days if d >= h.as_of]
    # "Learnt" chances: every hidden private rating read as poor one time in two.
    overrides = ({i: tuple(replace(o, p=0.5 if o.latent == "poor" else 0.25) for o in opts)
                  for i, opts in enumerate(
                      classify(c, rules, h.as_of).options for c in h.contracts)
                  if len(opts) > 1} if learnt else None)
    swept = expected_scores(h, days, rules, overrides=overrides, keep_paying=keep_paying)
    for day in days:
        contracts = tuple(replace(c, last_payment=day)
                          if keep_paying and c.end is None and c.last_payment else c
                          for c in h.contracts)
        alone = expected_score(replace(h, as_of=day, contracts=contracts),
                               Evaluation(day, rules), overrides)
        assert swept[day] == alone, day


def test_the_departure_sweep_refuses_days_before_as_of() -> None:
    h = history(contract(end=date(2024, 1, 1)))
    with pytest.raises(ValueError, match="on or after"):
        expected_scores(h, [h.as_of - timedelta(days=1)], rules_in_force(h.as_of))


def test_posterior_chances_are_kept_only_where_a_shown_score_needs_them() -> None:
    goods = [contract(str(i), client=f"C{i}") for i in range(1, 9)]
    plain = history(*goods)
    e = Evaluation(plain.as_of, rules_in_force(plain.as_of))
    untracked = distribution(plain, [e])
    assert not untracked.tracked
    assert untracked.posterior_options(None)  # the priors need no tracking
    with pytest.raises(ValueError, match="without posterior chances"):
        untracked.posterior_options([c.p for c in untracked.configurations])
    shown = replace(plain, shown=(ShownScore(plain.as_of, 90),))
    tracked = distribution(shown, [e])
    assert tracked.tracked
    # Same configurations either way: tracking changes what is remembered, not the scores.
    assert [(c.p, c.scores) for c in tracked.configurations] == [
        (c.p, c.scores) for c in untracked.configurations]
