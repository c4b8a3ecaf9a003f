from datetime import date
from typing import Any

import pytest

from calculator import UNKNOWN, rule_set
from calculator.outcomes import Band, Outcome, classify, combine, private_band, public_band

from .conftest import AS_OF, contract


@pytest.mark.parametrize(("public", "private", "expected"), [
    ("good", "good", "positive"),
    ("good", "mixed", "positive"),
    ("good", None, "positive"),
    ("mixed", "mixed", "neutral"),
    ("good", "poor", "neutral"),
    ("mixed", None, "neutral"),
    ("mixed", "poor", "negative"),
    ("poor", None, "negative"),
    (None, "poor", "negative"),
    (None, None, None),
])
def test_combine(public: Band | None, private: Band | None, expected: Outcome | None) -> None:
    assert combine(public, private) == expected


@pytest.mark.parametrize(("stars", "band"), [(5.0, "good"), (4.5, "good"), (4.49, "mixed"),
                                             (3.5, "mixed"), (3.49, "poor"), (1.0, "poor")])
def test_public_bands(stars: float, band: str) -> None:
    assert public_band(stars) == band


@pytest.mark.parametrize(("score", "band"), [(10, "good"), (9, "good"), (8, "mixed"),
                                             (7, "mixed"), (6, "poor"), (0, "poor")])
def test_private_bands(score: int, band: str) -> None:
    assert private_band(score) == band


OPEN_NEW: dict[str, Any] = dict(start=date(2025, 5, 1), end=None, earnings=0.0, public=None)
OPEN_IDLE_ZERO: dict[str, Any] = dict(start=date(2024, 6, 1), end=None, earnings=0.0,
                                      public=None)
OPEN_LONG: dict[str, Any] = dict(start=date(2024, 1, 1), end=None, earnings=9000.0,
                                 paid=date(2025, 5, 20), public=None)
ENDED_ZERO_GOOD: dict[str, Any] = dict(earnings=0.0, public=5.0)
ENDED_ZERO_BAD: dict[str, Any] = dict(earnings=0.0, public=1.0)
ENDED_ZERO_SILENT: dict[str, Any] = dict(earnings=0.0, public=None, private=None)
ENDED_PAID_SILENT: dict[str, Any] = dict(earnings=500.0, public=None, private=None)
ENDED_LONG_SILENT: dict[str, Any] = dict(start=date(2024, 6, 1), earnings=5000.0, public=None,
                                         private=None)


# Each row: a contract, the rule set, the expected outcome and the rule that decides it.
@pytest.mark.parametrize(("fields", "rules", "outcome", "rule"), [
    (OPEN_NEW, "2025", "excluded", "open-contract"),
    (OPEN_IDLE_ZERO, "2015-03", "negative", "idle-contract"),
    (OPEN_IDLE_ZERO, "2020-11", "excluded", "idle-contract"),
    (OPEN_LONG, "2025", "positive", "long-term"),
    (OPEN_LONG, "2023-12", "excluded", "open-contract"),
    (ENDED_ZERO_GOOD, "2015-03", "positive", "feedback"),
    (ENDED_ZERO_GOOD, "2020-03", "excluded", "feedback"),
    (ENDED_ZERO_BAD, "2025", "negative", "feedback"),
    (ENDED_ZERO_SILENT, "2015-03", "negative", "no-earnings"),
    (ENDED_ZERO_SILENT, "2020-11", "excluded", "no-feedback"),
    (ENDED_PAID_SILENT, "2015-03", "excluded", "no-feedback"),
    (ENDED_LONG_SILENT, "2025", "positive", "long-term"),
    (ENDED_LONG_SILENT, "2024-09", "excluded", "no-feedback"),
    (dict(excluded=True, public=1.0), "2025", "excluded", "excluded-client"),
    (dict(public=5.0, private=3), "2025", "neutral", "feedback"),
    (dict(public=4.0), "2025", "neutral", "feedback"),
])
def test_classify_by_era(fields: dict[str, Any], rules: str, outcome: str, rule: str) -> None:
    result = classify(contract(**fields), rule_set(rules), AS_OF)
    assert result.outcome == outcome
    assert result.reasons[0].rule == rule
    assert all(r.anchor for r in result.reasons)
    assert (result.counted_on is None) == (outcome == "excluded")


@pytest.mark.parametrize(("mode", "outcome"), [("infer", "positive"), ("poor", "neutral"),
                                               ("good", "positive")])
def test_unknown_private_rating_modes(mode: str, outcome: str) -> None:
    c = contract(public=5.0, private=UNKNOWN)
    result = classify(c, rule_set("2025"), AS_OF, mode)  # type: ignore[arg-type]
    assert result.outcome == outcome
    assert any(r.rule == "private-inferred" for r in result.reasons)


def test_idle_contract_is_placed_on_the_day_it_became_idle() -> None:
    result = classify(contract(**OPEN_IDLE_ZERO), rule_set("2015-03"), AS_OF)
    assert result.counted_on == date(2024, 8, 30)
