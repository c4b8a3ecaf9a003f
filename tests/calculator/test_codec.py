import json
from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from calculator import History, ShownScore, dump_json, from_dict, load_json, to_dict

from .conftest import AS_OF, contract, histories_st, history


@st.composite
def shown_st(draw: st.DrawFn) -> tuple[ShownScore, ...]:
    days = draw(st.sets(st.integers(0, 3000), max_size=12))
    return tuple(ShownScore(date.fromordinal(AS_OF.toordinal() - d),
                            draw(st.none() | st.integers(0, 100))) for d in sorted(days,
                                                                                  reverse=True))


@settings(max_examples=300)
@given(histories_st())
def test_json_round_trips_exactly(h: History) -> None:
    assert from_dict(to_dict(h)) == h
    assert load_json(dump_json(h)) == h




@settings(max_examples=200)
@given(histories_st(), shown_st())
def test_shown_scores_round_trip_in_date_order(h: History,
                                                shown: tuple[ShownScore, ...]) -> None:
    h = replace(h, shown=shown)
    assert from_dict(to_dict(h)) == h
    assert [s.date for s in from_dict(to_dict(h)).shown] == sorted(s.date for s in shown)


def test_shown_and_rules_are_written_only_when_set() -> None:
    h = history(contract())
    assert list(to_dict(h)) == ["schema", "as_of", "contracts"]
    h = replace(h, rules="2025", shown=(ShownScore(date(2025, 5, 1), 87),))
    assert list(to_dict(h)) == ["schema", "as_of", "rules", "shown", "contracts"]
    assert to_dict(h)["shown"] == [{"date": "2025-05-01", "score": 87}]


def test_dump_json_is_indented_text_with_a_final_newline() -> None:
    text = dump_json(history(contract(client="Zoë")))
    assert text.endswith("}\n") and "Zoë" in text and json.loads(text)["schema"] == 1
