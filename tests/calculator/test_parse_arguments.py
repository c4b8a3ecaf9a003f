from datetime import date

import pytest

from calculator import FieldError, ShownScore, rule_set
from calculator.parse import amount_argument, rules_argument, shown_argument, with_shown

from .conftest import contract, history

DAY = date(2025, 6, 1)


@pytest.mark.parametrize(("text", "day", "expected"), [
    ("87", DAY, ShownScore(DAY, 87)),
    ("87%", DAY, ShownScore(DAY, 87)),
    ("none", DAY, ShownScore(DAY, None)),
    ("2026-05-01:100", None, ShownScore(date(2026, 5, 1), 100)),
    ("1 May 2026:none", None, ShownScore(date(2026, 5, 1), None)),
])
def test_shown_arguments(text: str, day: date | None, expected: ShownScore) -> None:
    assert shown_argument(text, day, "--shown") == expected


@pytest.mark.parametrize(("text", "day", "fragment"), [
    ("101", DAY, "0 to 100"), ("high", DAY, "0 to 100"), ("100", None, "DATE:SCORE"),
    ("2026-02-30:90", None, "no such date"), (":90", None, "DATE:SCORE"),
])
def test_bad_shown_arguments(text: str, day: date | None, fragment: str) -> None:
    with pytest.raises(FieldError) as err:
        shown_argument(text, day, "--shown-before")
    assert err.value.path == "--shown-before" and fragment in err.value.message


def test_with_shown_merges_sorts_and_replaces_the_same_day() -> None:
    h = with_shown(history(contract()), [ShownScore(DAY, 90), ShownScore(date(2025, 1, 1), 80)])
    assert [s.score for s in h.shown] == [80, 90]
    assert with_shown(h, [ShownScore(DAY, None)]).shown[-1] == ShownScore(DAY, None)


def test_with_shown_checks_like_the_file() -> None:
    with pytest.raises(FieldError, match="on or before the as-of date"):
        with_shown(history(contract()), [ShownScore(date(2026, 1, 1), 90)])
    many = [ShownScore(date(2024, m, 1), 90) for m in range(1, 13)]
    with pytest.raises(FieldError, match="at most 12"):
        with_shown(history(contract()), [*many, ShownScore(DAY, 90)])


def test_rules_and_amount_arguments_name_the_option() -> None:
    assert rules_argument(None) is None and rules_argument("2021") == rule_set("2021")
    with pytest.raises(FieldError) as err:
        rules_argument("1999")
    assert err.value.path == "--rules" and "'2015-03'" in err.value.message
    assert amount_argument("350", "--escrow") == 350.0
    with pytest.raises(FieldError, match="--fee: expected a number"):
        amount_argument("inf", "--fee")
