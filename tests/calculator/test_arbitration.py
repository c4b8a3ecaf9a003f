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
