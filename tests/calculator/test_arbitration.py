from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculator import FieldError, arbitration


def test_seed_002_case_fee_291_for_350_in_escrow() -> None:
    # "It does because the client probably won't pay": with a 20% chance the client pays and an
    # even chance of winning, paying the fee is worth about $245 on average.
    advice = arbitration(350, 291, p_other_pays=0.2, p_win=0.5)
    pay = advice.option("arbitrate")
    assert pay.expected_usd == pytest.approx(0.8 * 350 + 0.2 * (0.5 * 350 - 291))
    assert (pay.best_usd, pay.worst_usd) == (350, -291)
    assert advice.best_expected == "arbitrate"


def test_only_one_party_pays_gets_escrow_and_fee_back() -> None:
    pay = arbitration(350, 337.5, p_other_pays=0.0).option("arbitrate")
    assert pay.expected_usd == pay.best_usd == pay.worst_usd == 350


def test_both_pay_the_fee_is_spent_whoever_wins() -> None:
    pay = arbitration(350, 291, p_other_pays=1.0, p_win=1.0).option("arbitrate")
    assert pay.expected_usd == pay.worst_usd == 59


def test_declining_leaves_nothing_and_accepting_is_certain() -> None:
    advice = arbitration(400, 291, offer_usd=100)
    assert advice.option("decline").expected_usd == 0
    accept = advice.option("accept")
    assert accept.expected_usd == accept.best_usd == accept.worst_usd == 100


def test_break_even_chance_of_winning() -> None:
    advice = arbitration(400, 300, offer_usd=100, p_other_pays=1.0)
    assert advice.break_even_p_win == pytest.approx((100 + 300) / 400)
    # At the break-even chance the certain offer is preferred; above it, arbitration.
    assert arbitration(400, 300, offer_usd=100, p_other_pays=1.0,
                       p_win=1.0).best_expected == "accept"
    assert arbitration(400, 200, offer_usd=100, p_other_pays=1.0,
                       p_win=1.0).best_expected == "arbitrate"


def test_fee_at_least_escrow_is_noted() -> None:
    assert any("fee is at least" in n for n in arbitration(200, 291).notes)


@pytest.mark.parametrize(("kwargs", "path"), [
    (dict(escrow_usd=0, fee_usd=291), "escrow"),
    (dict(escrow_usd=-1, fee_usd=291), "escrow"),
    (dict(escrow_usd=350, fee_usd=float("nan")), "fee"),
    (dict(escrow_usd=350, fee_usd=291, p_win=1.5), "p_win"),
    (dict(escrow_usd=350, fee_usd=291, p_other_pays=True), "p_other_pays"),
])
def test_bad_values_name_the_field(kwargs: dict[str, Any], path: str) -> None:
    with pytest.raises(FieldError) as err:
        arbitration(**kwargs)
    assert err.value.path == path


@given(st.floats(1, 1e5), st.floats(0, 1e4), st.floats(0, 1), st.floats(0, 1))
def test_expected_lies_between_worst_and_best(escrow: float, fee: float, q: float,
                                              p: float) -> None:
    pay = arbitration(escrow, fee, p_other_pays=q, p_win=p).option("arbitrate")
    assert pay.worst_usd - 0.01 <= pay.expected_usd <= pay.best_usd + 0.01


def test_fees_by_era_are_constants_with_sources() -> None:
    from calculator.arbitration import FEE_2025_USD, FEE_AAA_USD, FEE_SOURCES, FEES_USD

    assert (FEE_AAA_USD, FEE_2025_USD) == (291.0, 337.5)
    assert FEES_USD == {"aaa-era": FEE_AAA_USD, "2025": FEE_2025_USD}
    assert set(FEE_SOURCES) == set(FEES_USD) and all(FEE_SOURCES.values())


def test_released_payments_deepen_the_worst_case() -> None:
    # Arbitration can also decide fixed-price payments already released: losing costs the fee
    # and the released money, and declining concedes it if the client pays.
    advice = arbitration(350, 291, p_other_pays=0.5, p_win=0.5, released_usd=200)
    pay, walk = advice.option("arbitrate"), advice.option("decline")
    assert pay.worst_usd == -491
    assert pay.expected_usd == pytest.approx(0.5 * 350 + 0.25 * 59 + 0.25 * -491)
    assert (walk.expected_usd, walk.worst_usd) == (-100, -200)
    assert advice.released_usd == 200 and advice.to_dict()["released_usd"] == 200


def test_without_released_money_the_note_warns_that_it_could_be_claimed() -> None:
    assert any("already released" in n for n in arbitration(350, 291).notes)
    assert not any("already released" in n
                   for n in arbitration(350, 291, released_usd=10).notes)


def test_an_arbitration_over_released_money_only_is_allowed() -> None:
    assert arbitration(0, 291, released_usd=500).option("arbitrate").best_usd == 0


def test_break_even_rule() -> None:
    from calculator.arbitration import break_even_escrow

    # A client sure to pay and even odds: the escrow must be twice the fee.
    assert break_even_escrow(291, 1.0, 0.5) == 582
    # A client who never pays: any escrow is worth the (returned) fee.
    assert break_even_escrow(291, 0.0, 0.5) == 0
    # Sure to pay, sure to lose: no escrow is enough.
    assert break_even_escrow(291, 1.0, 0.0) is None
    assert arbitration(350, 291, p_other_pays=0.5).break_even_escrow_usd == 194


@given(st.floats(1, 1e5), st.floats(0, 1e4), st.floats(0.01, 1), st.floats(0.01, 1))
def test_paying_beats_declining_exactly_above_break_even(escrow: float, fee: float, q: float,
                                                         p: float) -> None:
    advice = arbitration(escrow, fee, p_other_pays=q, p_win=p)
    even = advice.break_even_escrow_usd
    assert even is not None
    gain = advice.option("arbitrate").expected_usd - advice.option("decline").expected_usd
    if escrow > even + 0.02:
        assert gain > -0.01
    elif escrow < even - 0.02:
        assert gain < 0.01


def test_fee_eras_start_from_today_and_keep_the_older_fee() -> None:
    # Issue 19, point 8: the helper's default is today's arbitration (Brief, the split fee);
    # the AAA era's fee stays available. Every era names who ran it and its sources.
    from calculator.arbitration import DEFAULT_FEE_ERA, FEE_ERAS

    assert FEE_ERAS[0].id == DEFAULT_FEE_ERA == "2025"
    assert "Brief" in FEE_ERAS[0].organisation and "split" in FEE_ERAS[0].note
    assert [e.id for e in FEE_ERAS] == ["2025", "aaa-era"]
    assert all(e.sources and e.period for e in FEE_ERAS)
