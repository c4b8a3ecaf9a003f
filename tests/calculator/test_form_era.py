"""The form era (no private rating after the change), disputes and refunds, and stated bounds."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from calculator import History, ShownScore, estimate, rule_set, timeline
from calculator.distribution import Evaluation, distribution
from calculator.estimate import resolve_rules
from calculator.model import ReviewForm
from calculator.outcomes import classify, review_form, with_forms
from calculator.rules import FORM_CHANGE

from .conftest import contract, histories_st, history

AS_OF = date(2026, 12, 1)


def _recent(n: int = 8) -> list:  # type: ignore[type-arg]
    # Eight contracts that ended in October and November 2026, five stars each (issue 16).
    return [contract(str(i), client=f"C{i}", start=date(2026, 9, 1),
                     end=date(2026, 10 + i % 2, 5 + i), earnings=500.0) for i in range(n)]


def test_the_stars_only_form_leaves_nothing_hidden() -> None:
    e = estimate(history(*_recent(), as_of=AS_OF))
    assert e.rules.id == "2026" and e.rules.approximate_date
    assert (e.score, e.range) == (100, (100, 100))
    assert all(c.p_poor is None for c in e.contracts)
    assert any(r.rule == "review-form" for r in e.contracts[0].reasons)
    assert e.form_era is not None and e.form_era["hidden"] == 0
    assert "rests only on what you can see" in str(e.form_era["text"])


def test_a_lower_shown_score_is_not_blamed_on_hidden_ratings_under_the_new_form() -> None:
    h = replace(history(*_recent(), as_of=AS_OF), shown=(ShownScore(AS_OF, 90),))
    ex = estimate(h).explanation
    assert ex is not None and not ex.consistent
    assert "hidden poor" not in ex.message and "not the cause" in ex.message
    assert "missing" in ex.message and "dispute" in ex.message


def test_contracts_before_the_change_keep_their_hidden_rating_until_they_leave() -> None:
    old = contract("old", client="Old", start=date(2025, 3, 1), end=date(2025, 5, 10))
    e = estimate(history(old, *_recent(), as_of=AS_OF))
    assert e.form_era is not None and e.form_era["hidden"] == 1
    assert e.form_era["hidden_until"] == "2027-05-10"
    assert e.contracts[0].p_poor is not None and e.contracts[0].p_poor > 0


def test_the_change_date_and_each_contracts_form_can_be_set() -> None:
    h = history(*_recent(), as_of=AS_OF)
    later = replace(h, form_change=date(2026, 11, 1))  # October contracts: the older form
    assert estimate(later).range != (100, 100)
    assert estimate(later).form_era["approximate"] is False  # type: ignore[index]
    marked = replace(h, contracts=tuple(replace(c, review_form="private") for c in h.contracts))
    unsure = replace(h, contracts=tuple(replace(c, review_form="unsure") for c in h.contracts))
    low = [estimate(x).summary.p_at_least_90 for x in (marked, unsure, h)]
    assert low[0] < low[1] < low[2] == 1.0


def test_review_form_defaults_from_the_end_date() -> None:
    rules = rule_set("2026")
    before = contract(end=FORM_CHANGE.replace(day=1, month=1, year=2025))
    after = contract(start=FORM_CHANGE, end=FORM_CHANGE)
    assert review_form(before, rules) == "private" and review_form(after, rules) == "stars"
    assert review_form(after, rule_set("2025")) == "private"  # an older era had no such form
    # The history's own date settles each contract's form for every day a timeline reads.
    h = with_forms(replace(history(after, as_of=AS_OF), form_change=date(2026, 6, 1)),
                   rule_set("2025"))
    assert h.contracts[0].review_form == "private"



def test_winning_never_scores_worse_than_losing_everything() -> None:
    base = [contract(str(i), client=f"C{i}", start=date(2025, 1 + i, 1),
                     end=date(2025, 1 + i, 20), earnings=400.0) for i in range(5)]
    forms: tuple[ReviewForm, ...] = ("private", "stars")
    for stars, form in itertools.product((None, 1.0, 3.0, 5.0), forms):
        won = contract("d", client="D", start=date(2025, 8, 1), end=date(2025, 9, 1),
                       earnings=2000.0, public=stars)
        won = replace(won, dispute="won", review_form=form)
        lost = replace(won, earnings_usd=0.0, refunded_usd=2000.0, dispute="lost",
                       last_payment=None)
        a = estimate(history(*base, won, as_of=date(2025, 10, 1)))
        b = estimate(history(*base, lost, as_of=date(2025, 10, 1)))
        assert a.score is not None and b.score is not None
        assert a.score >= b.score, (stars, form)
        assert any(r.rule == "dispute" for r in a.contracts[-1].reasons)


def test_a_refund_shows_in_the_estimate() -> None:
    base = [contract(str(i), client=f"C{i}", start=date(2025, 1 + i, 1),
                     end=date(2025, 1 + i, 20), earnings=900.0) for i in range(8)]
    refunded = replace(base[-1], earnings_usd=300.0, refunded_usd=600.0)
    plain = estimate(history(*base, as_of=date(2025, 10, 1)))
    after = estimate(history(*base[:-1], refunded, as_of=date(2025, 10, 1)))
    assert after.summary.p_at_least_90 < plain.summary.p_at_least_90
    assert any(r.rule == "refund" for r in after.contracts[-1].reasons)


def test_the_timeline_reads_the_forms_as_the_estimate_does() -> None:
    h = history(contract("old", client="Old", start=date(2025, 3, 1), end=date(2025, 5, 10)),
                *_recent(), as_of=AS_OF)
    points = timeline(h, AS_OF, date(2027, 8, 1))
    assert points[0].score == estimate(h).score
    assert points[-1].range == (100, 100)  # the old contract has left every window


_BOUND = re.compile(r"at (most|least) (\d+)%")


@settings(max_examples=40)
@given(histories_st(max_size=6), st.integers(0, 100))
def test_every_stated_bound_holds(h: History, shown: int) -> None:
    h = replace(h, shown=(ShownScore(h.as_of, shown),))
    ex = estimate(h).explanation
    assert ex is not None
    found = _BOUND.search(ex.message)
    if found is None:
        return
    plain = with_forms(replace(h, shown=()), resolve_rules(h))
    rules = resolve_rules(h)
    uncertain = {}
    for i, c in enumerate(plain.contracts):
        cl = classify(c, rules, h.as_of)
        if cl.uncertain:
            uncertain[i] = cl.options
    scores = set()
    for combo in itertools.product(*uncertain.values()):
        pick = {i: (replace(o, p=1.0),) for i, o in zip(uncertain, combo, strict=True)}
        dist = distribution(plain, [Evaluation(h.as_of, rules)], pick or None)
        scores.add(dist.configurations[0].scores[0])
    numbers = [s for s in scores if s is not None]
    bound = int(found.group(2))
    if found.group(1) == "most":
        assert all(s <= bound for s in numbers), (ex.message, numbers)
    else:
        assert all(s >= bound for s in numbers), (ex.message, numbers)


def test_the_common_report_is_explained_not_blamed() -> None:
    # Issue 16: four contracts from 2024, all five stars, Upwork shows 87.
    items = [contract(str(i), client=f"C{i}", start=date(2024, 1, 1),
                      end=date(2024, 3, 5 + i), earnings=500.0) for i in range(4)]
    h = replace(history(*items, as_of=date(2024, 12, 1)),
                shown=(ShownScore(date(2024, 12, 1), 87),))
    e = estimate(h)
    assert e.score == 87  # the headline follows the score entered
    assert e.explanation is not None and e.explanation.consistent
    assert "less than" not in e.explanation.message and "wrong" not in e.explanation.message
