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
from tools.guide.tables import ExampleError, job_weights_table, rule_sets_table


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
