"""tools/guide/examples.py: the worked examples hold, link to their own case, and a false
claim stops the build."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from dataclasses import replace

import pytest

import calculator
from calculator import web
from tools.guide import examples
from tools.guide.sources import all_sources
from tools.guide.tables import (
    ExampleError,
    arbitration_fees_table,
    eligibility_table,
    job_weight_bands_table,
    job_weights_table,
    rule_sets_table,
    weight_bands,
)


def test_every_example_builds_and_states_its_claims() -> None:
    built = examples.build_all()
    assert {e.name for e in built} >= {"dispute-offer", "small-history", "close-or-open",
                                       "arbitration-fee", "window-ageing", "five-stars"}
    for example in built:
        assert example.claims, f"{example.name} checks nothing"
        assert example.markdown.startswith('!!! example "Worked example: ')


@pytest.mark.parametrize("make", [m for m in examples.EXAMPLES], ids=lambda m: m.__name__)
def test_each_link_opens_the_exact_histories(make: Callable[[], examples.Example]) -> None:
    example = make()
    if example.link is None:
        return
    assert example.link.startswith("../calculator/#a=")
    opened = json.loads(web.open_fragment(example.link.split("#", 1)[1]))
    assert opened["ok"], opened
    # The same link appears in the Markdown (HTML-escaped inside the example box).
    assert html.escape(example.link) in example.markdown
    assert calculator.encode_share(calculator.from_dict(opened["a"])) in example.link


def test_no_number_is_typed_twice_into_an_example() -> None:
    # Every percentage in the dispute example is one the package computed for it.
    p = calculator.preset("dispute-100-vs-400")
    b = p.history_b()
    assert b is not None
    cmp = calculator.compare(p.history_a(), b)
    text = examples.dispute_offer().markdown
    shown = {int(n) for pair in re.findall(r"(\d+)(?:\u2013(\d+))?%", text) for n in pair if n}
    computed = {cmp.a.score, cmp.b.score, *(cmp.a.range or ()), *(cmp.b.range or ())}
    assert shown == computed


def test_a_false_claim_stops_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    original = calculator.preset("dispute-100-vs-400")
    assert original.b is not None
    swapped = replace(original, a=original.b, b=original.a)
    monkeypatch.setattr(calculator, "preset",
                        lambda pid: swapped if pid == original.id else original)
    with pytest.raises(ExampleError, match=r"\$400 option scores no higher"):
        examples.dispute_offer()


def test_a_false_arbitration_claim_stops_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    real = calculator.arbitration

    def pessimistic(escrow: float, fee: float, offer_usd: float | None = None,
                    p_other_pays: float = 0.5, p_win: float = 0.5) -> calculator.ArbitrationAdvice:
        return real(escrow, fee, offer_usd, p_other_pays=1.0, p_win=0.0)

    monkeypatch.setattr(calculator, "arbitration", pessimistic)
    with pytest.raises(ExampleError, match="worth more on average"):
        examples.arbitration_fee()


def test_tables_are_rendered_from_the_package() -> None:
    table = rule_sets_table(all_sources())
    for rules in calculator.RULE_SETS:
        assert f"`{rules.id}` {rules.name}" in table
    weights = job_weights_table()
    assert "| $20,000 | 36 months | 1 | 1.5 | 8 |" in weights


def test_an_unknown_source_in_the_package_stops_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    first = calculator.RULE_SETS[0]
    monkeypatch.setattr(calculator, "RULE_SETS",
                        (replace(first, sources=("no-such-source",)), *calculator.RULE_SETS[1:]))
    with pytest.raises(ExampleError, match="no-such-source"):
        rule_sets_table(all_sources())


def test_the_arbitration_example_uses_the_packages_fees_not_literals() -> None:
    from pathlib import Path

    from calculator.arbitration import FEE_2025_USD, FEE_AAA_USD, break_even_escrow

    source = Path(examples.__file__).read_text(encoding="utf-8")
    assert "291" not in source and "337.5" not in source
    text = examples.arbitration_fee().markdown
    assert f"${FEE_AAA_USD:,.2f}" in text and f"${FEE_2025_USD:,.2f}" in text
    # The break-even escrow the text states is the one the package computes.
    assert f"${break_even_escrow(FEE_AAA_USD, 1.0, 0.5):,.2f}, twice the fee" in text
    assert f"${break_even_escrow(FEE_AAA_USD, 0.5, 0.5):,.2f} with even odds" in text
    assert "Keep early milestones with a new client small" in text


def test_the_window_example_names_only_months_its_table_shows() -> None:
    text = examples.window_ageing().markdown
    prose, _, table = text.partition("| month |")
    named = re.findall(r"(?:until|by) ((?:January|February|March|April|May|June|July|August|"
                       r"September|October|November|December) \d{4})", prose)
    assert named, "the example names no month"
    for month in named:
        assert f"| {month} |" in table, f"{month} is named but not in the table"


def test_top_rated_weeks_roll_out_of_the_16_week_window() -> None:
    # Four weeks below 90%, then back above: 12 of 16 until the first bad week leaves.
    scores = [100] * 20 + [89] * 4 + [95] * 20
    weeks = examples.top_rated_weeks(scores)
    assert [w[0] for w in weeks[24:37]] == [12] * 12 + [13]
    assert not any(ok for _, ok in weeks[20:36]) and weeks[36][1]
    # Three bad weeks keep 13 of 16: the badge returns with the score.
    assert examples.top_rated_weeks([100] * 20 + [89] * 3 + [95])[-1] == (13, True)


def test_the_weight_bands_come_from_the_package() -> None:
    bands = weight_bands()
    table = job_weight_bands_table()
    for _low, _high, weight in bands:
        assert f"{weight:g} job" in table
    assert bands[0][0] == 0 and bands[-1][1] is None
    for rules in calculator.RULE_SETS:
        assert f"`{rules.id}` {rules.name}" in table


def test_the_eligibility_table_comes_from_the_rule_sets() -> None:
    table = eligibility_table()
    for rules in calculator.RULE_SETS:
        assert f"| {rules.min_contracts} | {rules.min_clients} |" in table.split(
            f"`{rules.id}` ")[1].splitlines()[0]


def test_the_fee_table_cites_each_eras_sources() -> None:
    from calculator.arbitration import FEE_SOURCES, FEES_USD

    table = arbitration_fees_table(all_sources())
    for era, fee in FEES_USD.items():
        assert f"${fee:,.2f}" in table
        for sid in FEE_SOURCES[era]:
            assert f"(sources.md#{sid})" in table
