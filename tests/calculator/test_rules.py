from datetime import date

import pytest

from calculator import GUIDE, RULE_SETS, SOURCES, FieldError, RuleSet, rule_set, rules_in_force


def test_rule_sets_are_in_date_order_with_unique_ids() -> None:
    dates = [r.effective for r in RULE_SETS]
    assert dates == sorted(dates)
    assert len({r.id for r in RULE_SETS}) == len(RULE_SETS)


@pytest.mark.parametrize("rules", RULE_SETS, ids=lambda r: r.id)
def test_every_rule_set_cites_known_sources(rules: RuleSet) -> None:
    assert rules.sources
    assert all(s in SOURCES for s in rules.sources)


@pytest.mark.parametrize(("day", "expected"), [
    (date(2014, 1, 1), "2015-03"),  # before launch: the first rule set
    (date(2019, 6, 1), "2015-03"),
    (date(2020, 3, 1), "2020-03"),
    (date(2020, 11, 7), "2020-03"),
    (date(2020, 11, 8), "2020-11"),
    (date(2022, 5, 1), "2021"),
    (date(2024, 1, 1), "2023-12"),
    (date(2024, 9, 3), "2024-09"),
    (date(2025, 12, 31), "2025"),
    (date(2026, 11, 23), "2026"),  # the stars-only review form (issue 16)
])
def test_rules_in_force(day: date, expected: str) -> None:
    assert rules_in_force(day).id == expected


def test_unknown_rule_set_names_the_known_ones() -> None:
    with pytest.raises(FieldError) as err:
        rule_set("2019")
    assert err.value.path == "rules"
    assert "'2025'" in err.value.message


@pytest.mark.parametrize(("rule_id", "field", "value"), [
    ("2015-03", "min_clients", 3),
    ("2020-11", "min_clients", 2),
    ("2023-12", "min_contracts", 2),
    ("2020-03", "weighting", "earnings"),
    ("2025", "weighting", "earnings+duration"),
    ("2021", "trending", True),
    ("2020-11", "trending", False),
    ("2024-09", "feedback_removal_perk", False),
    ("2023-12", "feedback_removal_perk", True),
    ("2020-03", "zero_earnings_no_feedback_negative", True),
    ("2020-11", "zero_earnings_no_feedback_negative", False),
])
def test_each_era_has_its_published_rule(rule_id: str, field: str, value: object) -> None:
    assert getattr(rule_set(rule_id), field) == value


def test_guide_anchors_are_page_and_fragment() -> None:
    for anchor in GUIDE.values():
        page, _, fragment = anchor.partition("/#")
        assert page and fragment and " " not in anchor
