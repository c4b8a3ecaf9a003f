"""tools/guide/sections.py: every rule the model applies has a guide section, and no more."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import calculator
from tools.guide import sections
from tools.guide.tables import rule_matrix_table

PUBLISHED = Path(__file__).resolve().parents[1] / "site" / "published_anchors.txt"


def test_the_guide_explains_exactly_the_rules_the_package_applies() -> None:
    sections.check_rule_sections()


def test_a_rule_without_a_section_stops_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    fewer = dict(sections.RULE_SECTIONS)
    fewer.pop("trending")
    monkeypatch.setattr(sections, "RULE_SECTIONS", fewer)
    with pytest.raises(ValueError, match="without a guide section: \\['trending'\\]"):
        sections.check_rule_sections()


def test_a_section_naming_a_rule_the_package_lacks_stops_the_build(
        monkeypatch: pytest.MonkeyPatch) -> None:
    more = {**sections.RULE_SECTIONS, "paused_contracts_count": ("x", "outcomes/#paused")}
    monkeypatch.setattr(sections, "RULE_SECTIONS", more)
    with pytest.raises(ValueError, match="paused_contracts_count"):
        sections.check_rule_sections()


def test_every_rule_section_is_a_published_anchor() -> None:
    published = set(PUBLISHED.read_text(encoding="utf-8").split())
    for field, (_words, anchor) in sections.RULE_SECTIONS.items():
        assert anchor in published, (field, anchor)


def test_the_matrix_shows_each_rule_sets_value() -> None:
    table = rule_matrix_table()
    rows = {line.split("](")[0].lstrip("| ["): line for line in table.splitlines()[2:]}
    for field, (words, _anchor) in sections.RULE_SECTIONS.items():
        cells = [c.strip() for c in rows[words].split("|")[2:-1]]
        assert len(cells) == len(calculator.RULE_SETS)
        for rules, cell in zip(calculator.RULE_SETS, cells, strict=True):
            value = getattr(rules, field)
            if isinstance(value, bool):
                assert cell == ("yes" if value else "no"), (field, rules.id)
            elif isinstance(value, int):
                assert cell == str(value), (field, rules.id)


def test_descriptive_fields_exist_on_rule_sets() -> None:
    names = {f.name for f in dataclasses.fields(calculator.RuleSet)}
    assert names >= sections.DESCRIPTIVE_FIELDS
