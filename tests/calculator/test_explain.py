"""Explaining the score Upwork shows: implied hidden poor ratings, suspects, plain misfits."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from calculator import ShownScore, compare, estimate, timeline

from .conftest import contract, history

AS_OF = date(2025, 10, 1)


def _five_stars(n: int = 8) -> list:  # type: ignore[type-arg]
    return [contract(str(i), client=f"Client {chr(65 + i)}", start=date(2025, 1 + i, 1),
                     end=date(2025, 1 + i, 20), earnings=300.0 + 100 * i) for i in range(n)]


def test_all_five_stars_and_a_drop_implies_a_hidden_poor_rating() -> None:
    # The question the forums ask most: every review is five stars, the score is 8x%.
    h = history(*_five_stars(), as_of=AS_OF)
    plain = estimate(h)
    assert plain.score is not None and plain.score < 100  # hidden ratings could be poor
    told = estimate(replace(h, shown=(ShownScore(AS_OF, 87),)))
    assert told.score is not None and abs(told.score - 87) <= 2
    ex = told.explanation
    assert ex is not None and ex.consistent
    assert ex.implied_poor == 1 and ex.implied_poor_p > 0.5
    assert ex.suspects and all(s[4] > s[3] for s in ex.suspects[:2])  # posterior above prior
    assert "1 hidden poor rating" in ex.message
    d = told.to_dict()["explanation"]
    assert isinstance(d, dict) and d["implied_poor"]["count"] == 1


def test_a_shown_100_clears_every_contract() -> None:
    h = history(*_five_stars(), as_of=AS_OF)
    told = estimate(replace(h, shown=(ShownScore(AS_OF, 100),)))
    assert told.explanation is not None and told.explanation.implied_poor == 0
    assert told.score == 100 and told.explanation.expected is not None
    assert told.explanation.expected < 100  # before being told, the model expected less
    # The shown 100 is the best window: the recent contracts in it cannot hide a poor rating,
    # while an old one outside the short windows still could.
    last = told.contracts[-1].p_poor
    assert last is not None and last < 0.01


def test_an_earlier_score_clears_the_contracts_that_had_ended_by_then() -> None:
    h = history(*_five_stars(), as_of=AS_OF)
    told = estimate(replace(h, shown=(ShownScore(date(2025, 6, 1), 100),
                                      ShownScore(AS_OF, 87))))
    by_id = {c.id: c.p_poor or 0.0 for c in told.contracts}
    ended_before = [str(i) for i in range(5)]  # ended on or before 20 May 2025
    assert all(by_id[i] < 0.01 for i in ended_before)
    assert max(by_id[i] for i in ("5", "6", "7")) > 0.3


def test_a_score_the_history_cannot_give_gets_a_plain_reason() -> None:
    h = history(*_five_stars(3), contract("bad", public=1.0, private=0,
                                          end=date(2025, 9, 1)), as_of=AS_OF)
    high = estimate(replace(h, shown=(ShownScore(AS_OF, 100),))).explanation
    assert high is not None and not high.consistent
    assert "more than this history can give" in high.message and "missing" in high.message
    few = history(contract("1"), as_of=date(2025, 6, 1))
    ghost = estimate(replace(few, shown=(ShownScore(date(2025, 6, 1), 90),))).explanation
    assert ghost is not None and not ghost.consistent and "too few" in ghost.message


def test_the_timeline_and_what_if_use_what_the_shown_score_taught() -> None:
    h = replace(history(*_five_stars(), as_of=AS_OF), shown=(ShownScore(AS_OF, 87),))
    points = timeline(h, AS_OF, date(2026, 10, 1))
    assert points[0].score is not None and abs(points[0].score - 87) <= 3
    # One more five-star job with a good private rating: the what-if starts from 87, not 100.
    more = replace(h, shown=(), contracts=(*h.contracts, contract(
        "new", client="New", start=date(2025, 9, 1), end=date(2025, 9, 25), private=10)))
    result = compare(h, more)
    assert result.b.score is not None and result.b.score < 95
    assert result.score_delta is not None and result.score_delta >= 0
    assert result.window_deltas["3m"] is not None and result.window_deltas["3m"] > 0


def test_the_same_input_always_gives_the_same_output() -> None:
    h = replace(history(*_five_stars(), as_of=AS_OF), shown=(ShownScore(AS_OF, 87),))
    assert estimate(h).to_dict() == estimate(h).to_dict()
