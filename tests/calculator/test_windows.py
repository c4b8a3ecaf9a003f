from datetime import date

import pytest

from calculator import rule_set
from calculator.windows import Counted, eligibility, in_window, round_score, shown, window_scores


def test_upworks_trending_example_shows_96() -> None:
    # Upwork's release notes: 24m 92, 12m 88, 6m 94, 3m 98 -> Trending (94 + 98) / 2 = 96.
    scores = {"24m": 92.0, "12m": 88.0, "6m": 94.0, "3m": 98.0, "trending": 96.0}
    assert shown(scores, rule_set("2021")) == ("trending", 96.0)
    # Before Trending existed, the same windows show the 6-month score.
    assert shown(scores, rule_set("2020-11")) == ("6m", 94.0)


def test_trending_is_the_mean_of_six_and_three_months() -> None:
    as_of = date(2025, 6, 1)
    counted = [Counted("positive", 1.0, "A", date(2025, 5, 1)),   # in 3m and 6m
               Counted("negative", 1.0, "B", date(2025, 2, 1))]   # in 6m only
    scores = window_scores(counted, as_of, rule_set("2025"))
    assert scores["3m"] == 100.0 and scores["6m"] == 50.0 and scores["trending"] == 75.0


def test_ties_prefer_the_longer_window() -> None:
    assert shown({"24m": 90.0, "12m": 90.0, "6m": 90.0, "trending": 90.0},
                 rule_set("2025"))[0] == "24m"


def test_window_boundaries() -> None:
    as_of = date(2025, 6, 1)
    assert in_window(date(2023, 6, 2), as_of, 24)
    assert not in_window(date(2023, 6, 1), as_of, 24)
    assert in_window(as_of, as_of, 3)
    assert not in_window(date(2025, 6, 2), as_of, 3)


@pytest.mark.parametrize(("rules", "clients", "eligible"), [
    ("2023-12", ["A", "B"], True),
    ("2023-12", ["A", "a "], False),  # the same client typed twice
    ("2020-11", ["A", "B", "A"], False),  # needs 4 contracts
    ("2020-11", ["A", "B", "A", "B"], True),
    ("2015-03", ["A", "B", "A", "B"], False),  # needs 3 clients
])
def test_eligibility(rules: str, clients: list[str], eligible: bool) -> None:
    counted = [Counted("positive", 1.0, c, date(2025, 1, 1)) for c in clients]
    ok, why = eligibility(counted, date(2025, 6, 1), rule_set(rules))
    assert ok is eligible
    assert why.startswith("Enough" if eligible else "No score yet")


def test_round_half_up() -> None:
    assert [round_score(v) for v in (0.0, 44.5, 89.99999999, 100.0)] == [0, 45, 90, 100]
