import json
from collections.abc import Callable
from typing import Any

from calculator import PRESETS, decode_share, estimate, from_dict, preset, to_dict, web


def call(fn: Callable[[str], str], payload: object) -> Any:
    """The decoded response (``Any``: tests index into it freely)."""
    return json.loads(fn(json.dumps(payload)))


def test_evaluate_matches_the_package() -> None:
    p = preset("dispute-100-vs-400")
    out = call(web.evaluate, {"a": p.a, "b": p.b, "numbers": True})
    assert out["ok"] and out["errors"] == []
    assert out["a"]["score"] == estimate(p.history_a()).score
    b = p.history_b()
    assert b is not None and out["b"]["score"] == estimate(b).score
    assert out["diff"]["score_delta"] == out["b"]["score"] - out["a"]["score"]
    assert len(out["timeline"]["a"]["points"]) == 25
    assert out["fragment"].startswith("a=1.") and "&b=1." in out["fragment"]


def test_evaluate_reports_every_bad_field_with_its_scenario() -> None:
    form = json.loads(json.dumps(preset("dispute-100-vs-400").a))
    form["contracts"][1]["earnings"] = "lots"
    form["contracts"][3]["start"] = "13/13/2025"
    out = call(web.evaluate, {"a": form, "b": {**form, "as_of": "someday"}})
    assert not out["ok"]
    assert [e["path"] for e in out["errors"]] == [
        "a.contracts[1].earnings", "a.contracts[3].start", "b.as_of"]


def test_evaluate_rejects_a_request_that_is_not_json() -> None:
    out = json.loads(web.evaluate("{nope"))
    assert not out["ok"] and out["errors"][0]["path"] == "request"


def test_fragment_round_trip() -> None:
    for p in PRESETS:
        frag = call(web.evaluate, {"a": p.a, "b": p.b})["fragment"]
        opened = json.loads(web.open_fragment("#" + frag))
        assert opened["ok"]
        assert from_dict(opened["a"]) == p.history_a()
        assert (opened["b"] is None) == (p.b is None)


def test_open_fragment_errors() -> None:
    frag = web.fragment(preset("new-freelancer").history_a())
    cases = {"": "link", "#x=1": "link", "#a=2.zz": "link", "#a=1.e&a=1.e": "link"}
    for text, path in cases.items():
        out = json.loads(web.open_fragment(text))
        assert not out["ok"] and out["error"]["path"] == path
    assert json.loads(web.open_fragment(frag))["ok"]


def test_import_and_export() -> None:
    h = preset("ten-contracts-one-bad").history_a()
    exported = call(web.export_json, to_dict(h))
    assert exported["ok"]
    imported = json.loads(web.import_json(exported["text"]))
    assert imported["ok"] and from_dict(imported["a"]) == h
    bad = json.loads(web.import_json('{"schema": 1}'))
    assert not bad["ok"] and bad["error"]["path"] == "as_of"


def test_arbitration_takes_percentages_from_the_form() -> None:
    out = call(web.arbitration, {"escrow": "$350", "fee": "291", "offer": "",
                                 "p_other_pays": "20%", "p_win": "60"})
    assert out["ok"] and out["result"]["p_other_pays"] == 0.2 and out["result"]["offer_usd"] is None
    bad = call(web.arbitration, {"escrow": "350", "fee": "", "p_win": "150"})
    assert not bad["ok"] and bad["errors"][0]["path"] in ("fee", "p_win")


def test_presets_and_rule_sets_lists() -> None:
    presets = json.loads(web.presets())
    assert [p["id"] for p in presets] == [p.id for p in PRESETS]
    assert json.loads(web.rule_sets())[-1]["id"] == "2025"


def test_share_fragment_decodes_to_the_same_history() -> None:
    h = preset("refund-in-full").history_a()
    assert decode_share(web.fragment(h)[2:]) == h


def test_a_history_too_large_for_a_link_says_so_instead_of_linking() -> None:
    rows = [{"id": str(i), "client": f"Client number {i * 7919}", "kind": "hourly",
             "start": "2024-01-01", "end": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
             "earnings": 100 + i, "last_payment": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
             "public_rating": round(1 + (i % 400) / 100, 2), "private_rating": i % 11}
            for i in range(5000)]
    out = call(web.evaluate, {"a": {"schema": 1, "as_of": "2025-06-01", "contracts": rows},
                              "numbers": True})
    assert out["ok"] and out["a"]["score"] is not None
    assert out["fragment"] is None and "export it as a file" in out["fragment_error"]


def test_an_overlong_link_is_refused_with_a_sentence_before_decoding() -> None:
    out = json.loads(web.open_fragment("#a=1." + "A" * 250_000))
    assert not out["ok"] and out["error"]["path"] == "link"
    assert "more than any link this site makes" in out["error"]["message"]


def test_evaluate_reads_shown_scores_and_a_typed_timeline() -> None:
    p = preset("dispute-100-vs-400")
    form = {**p.a, "shown": [{"date": "1 May 2025", "score": "87%"}]}
    out = call(web.evaluate, {"a": form, "timeline": {"from": "1 Jun 2025", "to": "2026-06-01"},
                              "numbers": True})
    assert out["ok"], out["errors"]
    assert len(out["timeline"]["a"]["points"]) == 13
    assert decode_share(out["fragment"].removeprefix("a=")).shown[0].score == 87


def test_evaluate_reports_a_bad_shown_score_and_a_long_timeline() -> None:
    p = preset("dispute-100-vs-400")
    bad = call(web.evaluate, {"a": {**p.a, "shown": [{"date": "2025-05-01", "score": "lots"}]}})
    assert [e["path"] for e in bad["errors"]] == ["a.shown[0].score"]
    long = call(web.evaluate, {"a": p.a, "timeline": {"from": "2025-06-01", "to": "2040-01-01"}})
    assert long["errors"][0]["path"] == "timeline"
    assert "at most 120 months" in long["errors"][0]["message"]


def test_the_page_gets_only_what_it_draws() -> None:
    # The answer per edit: the view, the link and the errors (issue 19: the numbers were up to
    # 61% of it and the page threw them away); the numbers come when asked for.
    p = preset("dispute-100-vs-400")
    out = call(web.evaluate, {"a": p.a, "b": p.b})
    assert set(out) == {"ok", "errors", "view", "fragment", "fragment_error"}
    full = call(web.evaluate, {"a": p.a, "b": p.b, "numbers": True})
    assert full["view"] == out["view"] and full["fragment"] == out["fragment"]
    assert {"a", "b", "diff", "timeline"} <= set(full)
    bad = call(web.evaluate, {"a": {**p.a, "as_of": "someday"}, "numbers": True})
    assert set(bad) == {"ok", "errors"} and not bad["ok"]
