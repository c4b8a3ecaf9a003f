from datetime import date

import pytest

from calculator import rule_set
from calculator.weights import MAX_WEIGHT, job_weight

from .conftest import contract


@pytest.mark.parametrize(("earnings", "weight"), [
    (0.0, 1.0), (1.0, 1.0), (250.0, 1.0), (250.01, 1.25), (1000.0, 1.25), (1000.01, 1.5),
])
def test_earnings_bands(earnings: float, weight: float) -> None:
    assert job_weight(contract(earnings=earnings), rule_set("2020-03"))[0] == weight


@pytest.mark.parametrize(("months", "weight"), [(0, 1.5), (2, 1.5), (3, 2.5), (12, 5.5),
                                                (60, MAX_WEIGHT)])
def test_paid_length_adds_one_per_quarter_up_to_eight(months: int, weight: float) -> None:
    start = date(2019, 1, 1)
    paid = date(2019 + months // 12, 1 + months % 12, 1)
    c = contract(start=start, end=paid, earnings=2000.0, paid=paid)
    assert job_weight(c, rule_set("2025"))[0] == weight


def test_launch_rules_weigh_every_job_the_same() -> None:
    assert job_weight(contract(earnings=50_000.0), rule_set("2015-03"))[0] == 1.0
