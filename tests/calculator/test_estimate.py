from dataclasses import replace
from datetime import date
from random import Random

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from calculator import UNKNOWN, Contract, History, ShownScore, compare, estimate, preset
from calculator.model import Unknown

from .conftest import AS_OF, contract, contracts_st, histories_st, history


def test_small_history_ten_contracts_one_bad_is_about_90() -> None:
    # Seed 001: about 10 completed contracts, nine went well and one did not: "Your JSS is 91%".
    h = preset("ten-contracts-one-bad").history_a()
    result = estimate(h)
    assert result.rules.id == "2015-03"
    assert [c.outcome for c in result.contracts].count("negative") == 1
    # With no hidden poor rating the score is about 90 (the range's top); the reported 91%
    # fits that, and only that.
    assert result.range is not None and 88 <= result.range[1] <= 92
    told = estimate(replace(h, shown=(ShownScore(h.as_of, 91),)))
    assert told.explanation is not None and told.explanation.consistent
    assert told.explanation.implied_poor == 0


def test_one_bad_in_fifty_weighs_far_less_than_one_in_five() -> None:
    # Seed 001: "1 bad outcome in 50 represents a much smaller percentage than 1 in 5".
    def with_bad(n: int, private: int | Unknown = 10) -> int:
        good = [contract(str(i), end=date(2025, 1, 1 + i % 28), private=private)
                for i in range(n - 1)]
        bad = contract("bad", public=1.0)
        return estimate(history(*good, bad)).score  # type: ignore[return-value]
    assert with_bad(5) == 80
    assert with_bad(50) == 98
    # Hidden private ratings behind the good ones can only pull the most likely score down.
    assert with_bad(50, UNKNOWN) <= 98


def test_dispute_100_or_400_the_score_barely_differs() -> None:
    # Seed 000: "The impact will be the same ... so you might as well get paid for your work."
    p = preset("dispute-100-vs-400")
    b = p.history_b()
    assert b is not None
    result = compare(p.history_a(), b)
    assert result.a.score is not None and result.b.score is not None
    assert result.score_delta is not None
    assert -3 <= result.score_delta <= 0  # $400 weighs 1.25 jobs, $100 weighs 1
    under_launch_rules = compare(p.history_a(), b, "2015-03")
    assert under_launch_rules.score_delta == 0  # before 2020 every job weighed the same


def test_no_score_yet_says_why() -> None:
    result = estimate(history(contract("1")))
    assert result.score is None and not result.eligible and result.range is None
    assert "No score yet" in result.eligibility and "1 client" in result.eligibility
    assert result.to_dict()["score"] is None


def test_each_contract_has_outcome_weight_windows_and_linked_reasons() -> None:
    result = estimate(history(contract("1"), contract("2", public=1.0),
                              contract("3", end=None, public=None, earnings=0.0)))
    assert [c.outcome for c in result.contracts] == ["positive", "negative", "excluded"]
    assert result.contracts[2].weight == 0 and result.contracts[2].windows == ()
    for c in result.contracts:
        assert c.reasons and all("/#" in r.anchor for r in c.reasons)


def test_the_score_shown_is_the_best_window_and_says_so() -> None:
    old_bad = contract("1", start=date(2024, 1, 1), end=date(2024, 3, 1), public=1.0,
                       private=0)
    recent = [contract(str(i), end=date(2025, 5, i), private=10) for i in range(2, 6)]
    result = estimate(history(old_bad, *recent, rules="2023-12"))  # equal job sizes
    assert result.windows["24m"] == 80 and result.windows["6m"] == 100
    # 12m, 6m and Trending all reach 100: a tie goes to the longer window.
    assert result.score == 100 and result.shown_window == "12m"
    assert "12-month" in result.shown_reason


def test_range_brackets_the_point_estimate_when_private_feedback_is_unknown() -> None:
    result = estimate(history(*(contract(str(i)) for i in range(4))))
    # Four five-star contracts: 100 unless a private rating is poor, so the average is lower.
    assert result.score is not None and 80 <= result.score < 100
    assert result.range is not None and result.range[0] < result.score < result.range[1] == 100
    assert result.range_level == 0.8
    assert 0.5 < result.summary.p_at_least_90 < 1
    assert result.summary.exact
    known = estimate(history(*(contract(str(i), private=10) for i in range(4))))
    assert known.range == (100, 100) and known.summary.p_at_least_90 == 1


def test_rules_can_be_chosen_and_change_the_answer() -> None:
    # A $0 contract that ended with no feedback counted against the freelancer before Nov 2020.
    h = history(*(contract(str(i), private=10) for i in range(4)),
                contract("z", earnings=0.0, public=None, private=None))
    assert estimate(h, "2020-03").score == 83  # 5 of 6 job-weights: four $300 jobs and a $0
    assert estimate(h, "2020-11").score == 100
    assert estimate(replace(h, rules="2020-03")).score == 83


def test_to_dict_has_the_documented_keys() -> None:
    d = estimate(history(contract("1"), contract("2"))).to_dict()
    assert {"score", "range", "windows", "shown_window", "eligible", "contracts",
            "assumptions", "note", "rules"} <= d.keys()
    assert isinstance(d["windows"], dict)
    assert set(d["windows"]) == {"24m", "12m", "6m", "3m", "trending"}
    assert "estimate" in d["note"]  # type: ignore[operator]


@settings(max_examples=200)
@given(histories_st())
def test_scores_are_whole_percent_between_0_and_100(h: History) -> None:
    result = estimate(h)
    values = [result.score, *result.windows.values(), *(result.range or ())]
    assert all(v is None or (isinstance(v, int) and 0 <= v <= 100) for v in values)
    if result.range:
        assert result.range[0] <= result.score <= result.range[1]  # type: ignore[operator]


@settings(max_examples=200)
@given(histories_st(), st.randoms(use_true_random=False))
def test_order_of_contracts_does_not_matter(h: History, rnd: Random) -> None:
    shuffled = list(h.contracts)
    rnd.shuffle(shuffled)
    a, b = estimate(h), estimate(replace(h, contracts=tuple(shuffled)))
    assert (a.score, a.windows, a.range) == (b.score, b.windows, b.range)


@settings(max_examples=200)
@given(histories_st(), st.integers(0, 80), st.sampled_from([50.0, 400.0, 5000.0]))
def test_a_top_rated_contract_never_lowers_the_score(h: History, days_ago: int,
                                                     earnings: float) -> None:
    before = estimate(h)
    assume(before.score is not None)
    assert before.score is not None
    end = date.fromordinal(AS_OF.toordinal() - days_ago)
    top = contract("new", start=end, end=end, earnings=earnings, public=5.0, private=10)
    after = estimate(replace(h, contracts=(*h.contracts, top)))
    assert after.score is not None and after.score >= before.score


@settings(max_examples=200)
@given(histories_st(), contracts_st(cid="x"), st.sampled_from([100.0, 1000.0, 20000.0]))
def test_more_earnings_on_a_negative_outcome_never_raises_the_score(h: History, c: Contract,
                                                                   extra: float) -> None:
    # A known poor private rating: the outcome is negative for certain (with a hidden one a
    # one-star contract keeps a small chance of being neutral, which weight would amplify).
    bad = replace(c, end=c.end or AS_OF, public_rating=1.0, private_rating=0,
                  client_excluded=False, last_payment=c.last_payment or c.start)
    small = estimate(replace(h, contracts=(*h.contracts, replace(bad, earnings_usd=50.0))))
    big = estimate(replace(h, contracts=(*h.contracts,
                                         replace(bad, earnings_usd=50.0 + extra))))
    assume(small.score is not None and big.score is not None)
    assert small.score is not None and big.score is not None
    assert big.score <= small.score


@pytest.mark.parametrize("rules", ["2015-03", "2020-11", "2025"])
def test_a_thousand_contracts_estimate(rules: str) -> None:
    many = [contract(str(i), client=f"C{i % 37}", end=date(2025, 1 + i % 5, 1 + i % 28),
                     public=1.0 if i % 10 == 0 else 5.0) for i in range(1000)]
    result = estimate(history(*many), rules)
    # 10% one-star, the rest five stars with a hidden poor private rating now and then (the
    # upper bound follows the tuned chance of one: 95 since issue 16 set it by the grid).
    assert result.score is not None and 70 <= result.score <= 95
    assert result.range is not None
    assert result.range[1] - result.range[0] <= 6  # a thousand contracts: a narrow range


def test_near_an_approximate_rule_date_the_estimate_says_so() -> None:
    # The 2025 help page is dated only to about January 2025: a few weeks either side the
    # 2024-09 rules may still apply, and the estimate gives their score too.
    goods = [contract(str(i), start=date(2024, 6, 1), end=date(2024, 9, 1 + i), private=10)
             for i in range(3)]
    near = estimate(history(*goods, as_of=date(2025, 1, 10)))
    assert near.rules.id == "2025" and near.rules_note is not None
    assert near.rules_note["other_rules"] == "2024-09"
    assert "about January 2025" in str(near.rules_note["text"])
    far = estimate(history(*goods, as_of=date(2025, 6, 1)))
    assert far.rules_note is None
