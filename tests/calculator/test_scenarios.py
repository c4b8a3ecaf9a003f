from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given, settings

from calculator import History, ShownScore, compare, departures, estimate, preset, timeline
from calculator.distribution import Evaluation, expected_score
from calculator.estimate import resolve_rules
from calculator.scenarios import _on, _scores_around

from .conftest import contract, histories_st, history


def test_compare_reports_the_difference_per_window() -> None:
    p = preset("close-or-leave-open")
    b = p.history_b()
    assert b is not None
    result = compare(p.history_a(), b)
    assert result.a.score is not None and result.b.score is not None
    assert result.score_delta == result.b.score - result.a.score
    assert result.score_delta > 0  # an open $0 contract does not count yet
    assert set(result.window_deltas) == {"24m", "12m", "6m", "3m", "trending"}
    assert result.to_dict()["score_delta"] == result.score_delta


def test_a_bad_contract_ageing_out_raises_the_score() -> None:
    # Known private ratings: this test is about windows, not about hidden feedback.
    bad = contract("bad", start=date(2024, 5, 1), end=date(2024, 6, 15), public=1.0, private=0)
    goods = [contract(str(i), start=date(2024, 8, 1), end=date(2024, 9, i), private=10)
             for i in range(1, 5)]
    h = history(bad, *goods, as_of=date(2025, 6, 1), rules="2020-11")
    points = timeline(h, date(2025, 6, 1), date(2026, 7, 1))
    assert len(points) == 14
    by_day = {p.date: p.score for p in points}
    assert by_day[date(2026, 6, 1)] == 80 and by_day[date(2026, 7, 1)] == 100
    leaves = departures(h, date(2025, 6, 1), date(2026, 12, 31))
    assert [(d.contract_id, d.window, d.date) for d in leaves] == [
        ("bad", "12m", date(2025, 6, 15)), ("bad", "24m", date(2026, 6, 15))]
    # Every leaving that moves the score, good contracts too: contract 4 leaving the 12-month
    # window drops it from 100 to 80; contract 1 leaving the 24-month window ends the score.
    moving = departures(h, date(2025, 6, 1), date(2026, 12, 31), changing_score=True)
    assert [(d.contract_id, d.window, d.date) for d in moving] == [
        ("bad", "12m", date(2025, 6, 15)), ("4", "12m", date(2025, 9, 4)),
        ("bad", "24m", date(2026, 6, 15)), ("1", "24m", date(2026, 9, 1))]
    assert by_day[date(2025, 9, 1)] == 100 and by_day[date(2025, 10, 1)] == 80


def test_a_month_end_contract_leaves_on_the_day_the_window_drops_it() -> None:
    # Counted on 31 August: the 6-month window still holds it on 28 February (the window then
    # starts on 28 August) and drops it on 1 March. The marker names 1 March, and is kept
    # because the score moves that day (add_months alone would say 28 February, a day the
    # score does not move, and the marker would be lost).
    bad = contract("bad", start=date(2024, 8, 1), end=date(2024, 8, 31), public=1.0, private=0)
    goods = [contract(str(i), client=f"C{i}", start=date(2024, 10, 1), end=date(2024, 11, i),
                      private=10) for i in range(1, 5)]
    h = history(bad, *goods, as_of=date(2024, 12, 1), rules="2021")
    moving = departures(h, date(2024, 12, 1), date(2025, 6, 30), changing_score=True)
    assert ("bad", "6m", date(2025, 3, 1)) in [(d.contract_id, d.window, d.date) for d in moving]


def test_open_contracts_keep_paying_or_stop() -> None:
    # A long-term open contract counts as a success while it is paid. Stopping today, it goes
    # idle after 90 days and no longer counts, so the bad contract weighs more; kept paid, the
    # score is never lower.
    done = [contract(str(i), client=f"C{i}", start=date(2025, 1, 1), end=date(2025, 2, i),
                     public=1.0 if i == 1 else 5.0) for i in range(1, 4)]
    still_open = contract("open", client="Open", kind="hourly", start=date(2025, 1, 1),
                          end=None, earnings=5000.0, paid=date(2025, 6, 1), public=None)
    h = history(*done, still_open, as_of=date(2025, 6, 1), rules="2025")
    span = (date(2025, 6, 1), date(2026, 1, 1))
    stop = [p.score for p in timeline(h, *span)]
    keep = [p.score for p in timeline(h, *span, open_contracts="keep-paying")]
    assert stop == [p.score for p in timeline(h, *span, open_contracts="stop")]
    assert keep[0] == stop[0]
    assert all(k is not None and (s is None or s <= k) for s, k in zip(stop, keep, strict=True))
    assert stop[-1] is not None and keep[-1] is not None and stop[-1] < keep[-1]


def test_the_score_can_fall_with_nothing_new_ending() -> None:
    # Help 115006097327: a good recent contract ages out of the window that was shown.
    old = [contract(str(i), start=date(2024, 8, 1), end=date(2024, 9, 1),
                    public=1.0 if i < 2 else 5.0, private=0 if i < 2 else 10) for i in range(6)]
    recent = [contract(f"r{i}", client=f"R{i}", start=date(2025, 3, 1), end=date(2025, 5, 1),
                       private=10) for i in range(3)]
    h = history(*old, *recent, as_of=date(2025, 6, 1), rules="2023-12")
    scores = [p.score for p in timeline(h, date(2025, 6, 1), date(2026, 6, 1))]
    assert scores[0] == 100 and scores[-1] == 78  # the 24-month window, two bad of nine
    assert all(a >= b for a, b in pairwise(scores))  # type: ignore[operator]


def test_past_days_see_the_history_as_it_was() -> None:
    h = history(contract("1", start=date(2025, 1, 1), end=date(2025, 2, 1)),
                contract("2", client="B", start=date(2025, 3, 1), end=date(2025, 4, 1)),
                rules="2023-12")
    first = timeline(h, date(2025, 2, 15), date(2025, 2, 15))[0]
    assert first.score is None  # only one contract had ended, with one client


def test_timeline_uses_the_rules_in_force_each_month() -> None:
    h = history(contract("1", start=date(2020, 1, 1), end=date(2020, 2, 1)),
                as_of=date(2020, 10, 1))
    ids = [p.rules for p in timeline(h, date(2020, 10, 1), date(2021, 1, 1))]
    assert ids == ["2020-03", "2020-03", "2020-11", "2021"]  # 2020-11 rules began on the 8th


def test_timeline_limits() -> None:
    h = history(contract("1"))
    with pytest.raises(ValueError, match="ends before"):
        timeline(h, date(2025, 6, 1), date(2025, 5, 1))
    with pytest.raises(ValueError, match="at most"):
        timeline(h, date(2025, 6, 1), date(2040, 1, 1))


def test_hidden_ratings_make_a_timeline_of_ranges() -> None:
    goods = [contract(str(i), start=date(2024, 8, 1), end=date(2024, 9, i)) for i in range(1, 6)]
    points = timeline(history(*goods, as_of=date(2025, 6, 1)), date(2025, 6, 1),
                      date(2025, 8, 1))
    for p in points:
        assert p.score is not None and p.range is not None
        assert p.range[0] <= p.score <= p.range[1] == 100 and p.range[0] < 100
        assert 0 < p.p_at_least_90 < 1


def test_a_paid_long_term_contract_keeps_the_score_either_way() -> None:
    # Help 34958134307475: a long-term contract counts while a payment comes every 90 days.
    ongoing = contract("long", start=date(2024, 1, 1), end=None, earnings=5000.0,
                       paid=date(2025, 5, 25), public=None)
    goods = [contract(str(i), end=date(2025, 4, i), private=10) for i in range(1, 4)]
    h = history(ongoing, *goods, as_of=date(2025, 6, 1), rules="2025")
    keep = timeline(h, date(2025, 6, 1), date(2025, 12, 1), open_contracts="keep-paying")
    stop = timeline(h, date(2025, 6, 1), date(2025, 12, 1), open_contracts="stop")
    assert keep[-1].score == 100
    assert stop[-1].score is not None and stop[-1].score == keep[-1].score
    assert [p.score for p in keep] == [100] * len(keep)


def test_a_timeline_given_the_estimate_starts_from_it() -> None:
    # The page draws the estimate and the timeline side by side: on as_of they must agree,
    # including with a shown score, where the estimate is conditioned on it.
    goods = [contract(str(i), client=f"C{i}", start=date(2025, 1, 1), end=date(2025, 3, i))
             for i in range(1, 9)]
    plain = history(*goods, as_of=date(2025, 6, 1), rules="2025")
    shown = replace(plain, shown=(ShownScore(date(2025, 6, 1), 88),))
    span = (date(2025, 6, 1), date(2026, 6, 1))
    for h in (plain, shown):
        e = estimate(h)
        points = timeline(h, *span, estimated=e)
        assert (points[0].score, points[0].range) == (e.score, e.range)
        assert points[1:] == timeline(h, *span)[1:]
    assert timeline(plain, *span, estimated=estimate(plain)) == timeline(plain, *span)
    with pytest.raises(ValueError, match="another day or rule set"):
        timeline(plain, *span, estimated=estimate(plain, "2023-12"))


@settings(max_examples=60, deadline=None)
@given(histories_st(max_size=10))
def test_markers_around_as_of_read_each_day_as_before(h: History) -> None:
    # Days on both sides of as_of: the sweep serves from as_of on, the days before are read
    # one by one; together they give what reading every day afresh gives.
    rules = resolve_rules(h, None)
    days = [h.as_of + timedelta(days=d) for d in range(-40, 400, 9)]
    around = _scores_around(h, days, rules)
    for day in days:
        for d in (day - timedelta(days=1), day):
            seen = _on(h, d, "stop")[0]
            assert around[d] == expected_score(seen, Evaluation(d, rules))[0], d
