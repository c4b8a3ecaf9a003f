"""tools/calcpage: the build-time HTML of the calculator and the arbitration helper."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

import calculator
from calculator import view, web
from calculator.arbitration import DEFAULT_FEE_ERA, FEES_USD
from tools import calcpage

ROOT = Path(__file__).resolve().parents[2]
RUNTIME_JS = ROOT / "docs" / "assets" / "calculator" / "runtime.js"


class _Elements(HTMLParser):
    """Every start tag with its attributes, and the text of <script type=application/json>."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.data_blocks: dict[str, str] = {}
        self._block: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if tag == "script" and attributes.get("type") == "application/json":
            self._block = attributes["id"]
            self.data_blocks[self._block or ""] = ""

    def handle_data(self, data: str) -> None:
        if self._block is not None:
            self.data_blocks[self._block] += data

    def handle_endtag(self, tag: str) -> None:
        self._block = None

    def by_id(self, element_id: str) -> dict[str, str | None]:
        found = [attrs for _, attrs in self.elements if attrs.get("id") == element_id]
        assert len(found) == 1, f"{len(found)} elements with id {element_id}"
        return found[0]


def parse(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    out = tmp_path_factory.mktemp("calcpage")
    calcpage.generate(out)
    return {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()}


def test_writes_the_two_includes(generated: dict[str, str]) -> None:
    assert sorted(generated) == ["arbitration-helper.html", "calculator.html"]
    for text in generated.values():
        # One raw HTML block for Markdown: a single line, no blank line to end the block early.
        assert text.endswith("</div>\n") and text.count("\n") == 1


def test_calculator_prerenders_the_example(generated: dict[str, str]) -> None:
    page = parse(generated["calculator.html"])
    assert page.by_id("jss-calculator")["data-state"] == "loading"
    example = calculator.preset(calcpage.EXAMPLE_PRESET)
    score = calculator.estimate(example.history_a()).score
    assert page.by_id("jss-score")["data-score"] == str(score)
    # The example's numbers are only in <noscript> (inert when JavaScript runs) and in the data
    # block the page paints when the reader picks the example: never beside another history.
    html = generated["calculator.html"]
    noscript = html[html.index("<noscript>"):html.index("</noscript>")]
    assert 'id="jss-score"' in noscript
    assert html.count('id="jss-score"') == 1
    assert page.by_id("jss-summary-body") is not None
    data = json.loads(page.data_blocks["jss-calculator-data"])
    assert {k: data["example"][k] for k in ("a", "b")} == {"a": example.a, "b": example.b}
    request = {"a": example.a, "b": example.b, "timeline": None}
    assert data["example"]["view"] == json.loads(web.evaluate(json.dumps(request)))["view"]
    assert [p["id"] for p in data["presets"]] == [p.id for p in calculator.PRESETS]
    assert data["fields"] == json.loads(web.form_fields())
    rules = next(f for f in data["fields"] if f["name"] == "rules")
    assert [c[0] for c in rules["choices"]][1:] == [r.id for r in calculator.RULE_SETS]
    assert page.by_id("jss-announce")["aria-live"] == "polite"


def test_arbitration_prerenders_the_thread_case(generated: dict[str, str]) -> None:
    page = parse(generated["arbitration-helper.html"])
    # Python waits for the reader to touch the helper: the guide page stays light.
    assert page.by_id("jss-arbitration")["data-state"] == "idle"
    html = generated["arbitration-helper.html"]
    # Python starts from arbitration.js (python.js, a worker) on the first touch; nothing on the
    # page loads a runtime by itself.
    assert 'type="py"' not in html and "pyscript" not in html
    advice = calculator.arbitration(350, FEES_USD[DEFAULT_FEE_ERA], None, 0.5, 0.5)
    rendered = {attrs["data-option"] or "": attrs for _, attrs in page.elements
                if "data-option" in attrs}
    assert sorted(rendered) == sorted(o.id for o in advice.options)
    cells = [attrs["data-usd"] for tag, attrs in page.elements
             if tag == "td" and "data-usd" in attrs]
    expected = [f"{v:.2f}" for o in advice.options for v in (o.expected_usd, o.best_usd,
                                                              o.worst_usd)]
    assert cells == expected
    # The fee field holds the fee the table beside it was computed for.
    assert page.by_id("jss-arb-fee")["value"] == calcpage.ARBITRATION_EXAMPLE["fee"]
    # Today's fee by default (issue 19, point 8); each older era is a button with its fee.
    assert float(calcpage.ARBITRATION_EXAMPLE["fee"]) == FEES_USD[DEFAULT_FEE_ERA] == 337.5
    buttons = {attrs["data-era"]: attrs["data-fee"] for tag, attrs in page.elements
               if tag == "button" and "data-era" in attrs}
    assert buttons == {era: f"{fee:g}" for era, fee in FEES_USD.items()}
    assert "Brief" in html and "https://support.upwork.com/hc/en-us/articles/14044146250259" in html


def _scripts(html: str) -> list[dict[str, str | None]]:
    return [attrs for tag, attrs in parse(html).elements if tag == "script"]


def test_scripts_are_files_with_page_relative_paths(generated: dict[str, str]) -> None:
    for text in generated.values():
        scripts = _scripts(text)
        executable = [s for s in scripts if s.get("type") != "application/json"]
        assert executable, "no scripts"
        # No inline code (a strict CSP comes later) and no root-absolute or off-site URL.
        assert all((s.get("src") or "").startswith("../") for s in executable)
        assert "<script>" not in text
        handlers = [name for _, attrs in parse(text).elements for name in attrs
                    if name.startswith("on")]
        assert handlers == []
        # Only the page's own modules; they start Python through python.js.
        assert {s.get("type") for s in executable} == {"module"}
        assert all((s.get("src") or "").startswith("../assets/calculator/") for s in executable)


def test_data_block_cannot_close_its_element() -> None:
    block = calcpage._json_block("x", {"client": "</script><script>alert(1)</script>&amp;"})
    assert block.count("</script>") == 1
    inner = block[block.index(">") + 1 : block.rindex("<")]
    assert json.loads(inner) == {"client": "</script><script>alert(1)</script>&amp;"}


# ------------------------------------------------------------------ the view module itself


def test_render_html_escapes_text_and_attributes() -> None:
    node = view.el("p", {"title": 'a "quoted" <b>', "hidden": None}, "<img src=x onerror=1> & co")
    assert view.render_html(node) == (
        '<p title="a &quot;quoted&quot; &lt;b&gt;">&lt;img src=x onerror=1&gt; &amp; co</p>')


def _walk(node: Any) -> Iterator[tuple[str, dict[str, str]]]:
    if isinstance(node, str):
        return
    tag, attrs, children = node
    yield tag, attrs
    for child in children:
        yield from _walk(child)


def test_runtime_builds_exactly_the_tags_the_view_module_allows() -> None:
    assert _runtime_tags() == set(view.HTML_TAGS | view.SVG_TAGS)


def test_evaluate_returns_the_view_in_the_same_call() -> None:
    preset = calculator.preset("refund-in-full")
    response = json.loads(web.evaluate(json.dumps({"a": preset.a, "b": preset.b,
                                                   "numbers": True})))
    assert set(response["view"]) == {"nodes", "summary", "bar", "announce"}
    bar = response["view"]["bar"]
    assert bar["score"] == response["a"]["score"]
    assert bar["b_text"] == view.percent(response["b"]["score"])


def test_offer_above_escrow_is_flagged() -> None:
    response = json.loads(web.arbitration(json.dumps({"escrow": "100", "fee": "291",
                                                      "offer": "150"})))
    elements = [e for n in response["view"]["nodes"] for e in _walk(n)]
    assert any(attrs.get("id") == "jss-arb-offer-warning" for _, attrs in elements)
    calm = json.loads(web.arbitration(json.dumps({"escrow": "200", "fee": "291", "offer": "150"})))
    assert not any(attrs.get("id") == "jss-arb-offer-warning"
                   for n in calm["view"]["nodes"] for _, attrs in _walk(n))


def test_timeline_states_its_open_contract_choice_and_marks_good_leavings() -> None:
    preset = calculator.preset("dispute-100-vs-400")
    for choice, words in (("keep-paying", "keep paying"), ("stop", "stop paying")):
        response = json.loads(web.evaluate(json.dumps(
            {"a": preset.a, "timeline": {"open_contracts": choice}, "numbers": True})))
        assert response["timeline"]["a"]["open_contracts"] == choice
        text = json.dumps(response["view"]["nodes"])
        assert words in text
    outcomes = {d["outcome"] for d in response["timeline"]["a"]["departures"]}
    assert "positive" in outcomes
    bad = json.loads(web.evaluate(json.dumps(
        {"a": preset.a, "timeline": {"open_contracts": "sometimes"}})))
    assert bad["ok"] is False and bad["errors"][0]["path"] == "timeline.open_contracts"


def _runtime_tags() -> set[str]:
    source = RUNTIME_JS.read_text(encoding="utf-8")
    tags: set[str] = set()
    for name in ("HTML_TAGS", "SVG_TAGS"):
        body = re.search(name + r" = new Set\(\[(.*?)\]\)", source, re.S)
        assert body, name
        tags |= set(re.findall(r'"([a-z0-9]+)"', body[1]))
    return tags


def _responses() -> Iterator[tuple[str, dict[str, Any]]]:
    for preset in calculator.PRESETS:
        request = {"a": preset.a, "b": preset.b, "timeline": None}
        yield preset.id, json.loads(web.evaluate(json.dumps(request)))


@pytest.mark.parametrize(("preset_id", "response"), list(_responses()))
def test_result_view_of_each_preset(preset_id: str, response: dict[str, Any]) -> None:
    preset = calculator.preset(preset_id)
    result = response["view"]  # what the page draws, from the same evaluate call
    elements = [e for n in [*result["summary"], *result["nodes"]] for e in _walk(n)]
    # Only tags runtime.js agrees to build, and only site-relative links.
    assert {tag for tag, _ in elements} <= _runtime_tags()
    hrefs = [attrs["href"] for tag, attrs in elements if tag == "a"]
    assert hrefs and all(h.startswith("../") and "//" not in h for h in hrefs)
    ids = [attrs["id"] for _, attrs in elements if "id" in attrs]
    assert len(ids) == len(set(ids))
    scores = {attrs["id"]: attrs["data-score"] for _, attrs in elements if "data-score" in attrs}
    a = calculator.estimate(preset.history_a()).score
    assert scores["jss-score"] == ("" if a is None else str(a))
    history_b = preset.history_b()
    if history_b is not None:
        b = calculator.estimate(history_b).score
        assert scores["jss-score-b"] == ("" if b is None else str(b))
    assert result["announce"]


def test_every_reason_links_to_its_guide_section() -> None:
    response = json.loads(web.evaluate(json.dumps(
        {"a": calculator.preset("dispute-100-vs-400").a, "b": None, "timeline": None,
         "numbers": True})))
    result = response["view"]  # what the page draws, from the same evaluate call
    elements = [e for n in [*result["summary"], *result["nodes"]] for e in _walk(n)]
    hrefs = {attrs["href"] for tag, attrs in elements if tag == "a"}
    anchors = {r["anchor"] for c in response["a"]["contracts"] for r in c["reasons"]}
    assert {"../" + a for a in anchors} <= hrefs


@pytest.mark.parametrize(("preset_id", "response"), list(_responses()))
def test_no_range_of_one_value_and_no_internal_names(preset_id: str,
                                                     response: dict[str, Any]) -> None:
    # Issue 19: "Range 100\u2013100%" reads as a single value; a sentence never names the model's
    # internals (a prior's id, a list of window names for a reason).
    text = json.dumps(response["view"], ensure_ascii=False)
    assert not re.search(r"\b(\d+)\u2013\1%", text), preset_id
    assert "prior '" not in text and "is the highest of:" not in text, preset_id
    bar = response["view"]["bar"]
    assert bar["range"] is None or not re.fullmatch(r"(\d+)\u2013\1%", bar["range"])
