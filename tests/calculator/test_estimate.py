from dataclasses import replace
from datetime import date
from random import Random

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from calculator import UNKNOWN, Contract, History, compare, estimate, preset

from .conftest import AS_OF, contract, contracts_st, histories_st, history


def test_small_history_ten_contracts_one_bad_is_about_90() -> None:
    # Seed 001: about 10 completed contracts, nine went well and one did not: "Your JSS is 91%".
    result = estimate(preset("ten-contracts-one-bad").history_a())
    assert result.rules.id == "2015-03"
    assert result.score is not None and 88 <= result.score <= 92
    assert [c.outcome for c in result.contracts].count("negative") == 1


def test_one_bad_in_fifty_weighs_far_less_than_one_in_five() -> None:
    # Seed 001: "1 bad outcome in 50 represents a much smaller percentage than 1 in 5".
    def with_bad(n: int) -> int:
        good = [contract(str(i), end=date(2025, 1, 1 + i % 28)) for i in range(n - 1)]
        bad = contract("bad", public=1.0)
        return estimate(history(*good, bad)).score  # type: ignore[return-value]
    assert with_bad(5) == 80
    assert with_bad(50) == 98


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
    old_bad = contract("1", start=date(2024, 1, 1), end=date(2024, 3, 1), public=1.0)
    recent = [contract(str(i), end=date(2025, 5, i)) for i in range(2, 6)]
    result = estimate(history(old_bad, *recent, rules="2023-12"))  # equal job sizes
    assert result.windows["24m"] == 80 and result.windows["6m"] == 100
    # 12m, 6m and Trending all reach 100: a tie goes to the longer window.
    assert result.score == 100 and result.shown_window == "12m"
    assert "12-month" in result.shown_reason


def test_range_brackets_the_point_estimate_when_private_feedback_is_unknown() -> None:
    result = estimate(history(*(contract(str(i)) for i in range(4))))
    assert result.score == 100
    assert result.range == (50, 100)
    known = estimate(history(*(contract(str(i), private=10) for i in range(4))))
    assert known.range == (100, 100)


def test_rules_can_be_chosen_and_change_the_answer() -> None:
    # A $0 contract that ended with no feedback counted against the freelancer before Nov 2020.
    h = history(*(contract(str(i)) for i in range(4)),
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
    bad = replace(c, end=c.end or AS_OF, public_rating=1.0, private_rating=UNKNOWN,
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
    assert result.score is not None and 85 <= result.score <= 97
