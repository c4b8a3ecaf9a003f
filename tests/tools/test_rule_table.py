"""One table of rule numbers: change a number there and the code, the reasons, the assumptions
and the rendered guide all follow (issue: each rule number lives in one place)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

import calculator
from calculator import Contract, rules
from calculator.assumptions import assumptions
from calculator.outcomes import classify
from tools.guide import tables
from tools.guide.numbers import UnknownNumber, fill
from tools.guide.sources import all_sources

AS_OF = date(2025, 6, 1)


@pytest.fixture
def changed(monkeypatch: pytest.MonkeyPatch) -> rules.RuleSet:
    """The current rules with two numbers moved: good stars from 4.5 to 4.6, 90 days to 60."""
    current = rules.RULE_SETS[-1]
    assert current.public_good_stars == 4.5 and current.payment_gap_days == 90
    new = replace(current, public_good_stars=4.6, payment_gap_days=60)
    table = (*rules.RULE_SETS[:-1], new)
    monkeypatch.setattr(rules, "RULE_SETS", table)
    monkeypatch.setattr(calculator, "RULE_SETS", table)
    return new


def test_the_code_follows(changed: rules.RuleSet) -> None:
    review = Contract("1", "A", "fixed", date(2025, 1, 1), date(2025, 2, 1), 300.0,
                      date(2025, 2, 1), 4.5, None)
    assert classify(review, rules.RULE_SETS[0], AS_OF).outcome == "positive"
    assert classify(review, changed, AS_OF).outcome == "neutral"  # 4.5 is now "mixed"
    idle = Contract("2", "B", "hourly", date(2025, 1, 1), None, 200.0, date(2025, 3, 15))
    # Paid on 15 March: idle after 60 days (14 May), not yet after 90 (13 June).
    assert classify(idle, changed, AS_OF).reasons[0].rule == "idle-contract"
    assert classify(idle, rules.RULE_SETS[-2], AS_OF).reasons[0].rule != "idle-contract"


def test_the_reasons_and_assumptions_follow(changed: rules.RuleSet) -> None:
    idle = Contract("2", "B", "hourly", date(2025, 1, 1), None, 200.0, date(2025, 3, 15))
    text = classify(idle, changed, AS_OF).reasons[0].text
    assert "60 days" in text and "90" not in text
    said = " ".join(a.text for a in assumptions())
    assert "4.6 or more is good" in said and "60 days" in said
    assert "4.5 or more" not in said and "90 days" not in said
    assert "every 60 days" in changed.summary


def test_the_rendered_guide_follows(changed: rules.RuleSet) -> None:
    assert fill("paid at least every {{ rules.gap_days }} days", "test") == \
        "paid at least every 60 days"
    assert fill("{{ rules[2015-03].gap_days }}", "test") == "90"  # other eras keep theirs
    matrix = tables.rule_matrix_table()
    row = next(line for line in matrix.splitlines() if "public stars that read as good" in line)
    assert row.rstrip(" |").endswith("4.6")
    assert "4.6 or more is good" in tables.assumptions_table(all_sources())


@pytest.mark.parametrize("text", ["{{ rules.gap_day }}", "{{ rules[1999].gap_days }}"])
def test_an_unknown_number_fails_the_build(text: str) -> None:
    with pytest.raises(UnknownNumber):
        fill(text, "docs/x.md")
