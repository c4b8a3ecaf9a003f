"""The answer per edit stays within issue 19's budget: the page gets only what it draws."""

from __future__ import annotations

import pytest

from bench.run import answer_sizes

#: Bytes of web.evaluate's answer for scenario A alone, by history size.
BUDGET = {100: 60_000, 1000: 300_000}


@pytest.mark.parametrize(("n", "budget"), sorted(BUDGET.items()))
def test_the_answer_per_edit_is_within_budget(n: int, budget: int) -> None:
    sizes = answer_sizes([n])[str(n)]
    assert sizes["A"] <= budget, sizes
    assert sizes["A, score shown"] <= budget, sizes
    # The numbers behind the view are there on request, and are most of what was sent before.
    assert sizes["A, with the numbers"] > sizes["A"]
