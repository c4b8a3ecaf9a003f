"""Build-time HTML for the calculator page and the arbitration helper, computed by the package."""

# tools/prepare.py calls generate(docs/generated/calcpage). The pages include the files with
# {!generated/calcpage/<name>.html!}. The results inside them come from calculator.web and are
# drawn by docs/assets/calculator/jss_view.py, the module the page's Python uses for the live
# result, so what a reader sees before Python starts is what the page would compute.

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, Final

from calculator import MAX_CONTRACTS, MAX_JSON_CHARS, MAX_SHARE_CHARS, web
from calculator.arbitration import FEES_USD

ROOT: Final = Path(__file__).resolve().parents[2]
ASSETS: Final = ROOT / "docs" / "assets" / "calculator"
#: The preset the page opens on and pre-renders: seed 001's ten contracts, one gone badly.
EXAMPLE_PRESET: Final = "ten-contracts-one-bad"
#: Seed 002: $350 in escrow, the $291 fee of the time, no offer, even chances.
ARBITRATION_EXAMPLE: Final = {"escrow": "350", "fee": "291", "offer": "", "p_other_pays": "50",
                              "p_win": "50"}
# From a page one level deep (calculator/, arbitration/) to the site's folders.
TO_ROOT: Final = "../"
def load_view() -> ModuleType:
    """docs/assets/calculator/jss_view.py, the view module the page also runs in Pyodide."""
    name = "jss_view"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ASSETS / "jss_view.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


view = load_view()
el = view.el


def _json_block(element_id: str, value: object) -> str:
    # A data block, never run as script. Escaping <, > and & keeps any text in the data from
    # closing the element or being read as markup.
    text = (json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
    return f'<script type="application/json" id="{element_id}">{text}</script>'


def _html(*nodes: Any) -> str:
    return "".join(view.render_html(n) for n in nodes)


def _evaluate(request: dict[str, object]) -> dict[str, Any]:
    response: dict[str, Any] = json.loads(web.evaluate(json.dumps(request)))
    if not response["ok"]:
        raise ValueError(f"the worked example does not evaluate: {response['errors']}")
    return response


def calculator_html() -> str:
    """The calculator: form hosts for calculator.js, the data it starts from, the example result."""
    presets = json.loads(web.presets())
    example = next(p for p in presets if p["id"] == EXAMPLE_PRESET)
    response = _evaluate({"a": example["a"], "b": example["b"], "timeline": None})
    result = view.result_view(response)
    data = {
        "example": {"a": example["a"], "b": example["b"]},
        "presets": [{"id": p["id"], "title": p["title"], "a": p["a"], "b": p["b"]}
                    for p in presets],
        "rule_sets": [{"id": r["id"], "label": f"{r['name']} ({r['effective'][:7]})"}
                      for r in json.loads(web.rule_sets())],
        # The package's limits, so the page can refuse a file before reading it: a history file
        # has at most MAX_JSON_CHARS characters, and UTF-8 takes at least a byte for each.
        "limits": {"file_bytes": MAX_JSON_CHARS, "contracts": MAX_CONTRACTS,
                   "link_chars": MAX_SHARE_CHARS},
    }
    button = {"type": "button", "class": "md-button jss-small"}
    needs_python = {"data-needs-python": "", "disabled": ""}
    form = el(
        "form", {"id": "jss-form", "hidden": "", "novalidate": "", "aria-label": "Your contracts"},
        el("section", {"class": "jss-presets", "aria-labelledby": "jss-presets-h"},
           el("h2", {"id": "jss-presets-h"}, "Start from a case in the threads"),
           el("div", {"id": "jss-presets"})),
        el("div", {"class": "jss-scenarios"},
           el("fieldset", {"id": "jss-editor-a"}), el("fieldset", {"id": "jss-editor-b",
                                                                   "hidden": ""})),
        el("div", {"class": "jss-actions"},
           el("button", {**button, "id": "jss-toggle-b", "aria-pressed": "false"},
              "Add scenario B (a copy of A)")),
        el("div", {"class": "jss-share"},
           el("label", {"for": "jss-link"}, "Link to this scenario (the whole history is in it)"),
           el("input", {"id": "jss-link", "type": "text", "readonly": "", "value": ""}),
           el("p", {"id": "jss-link-note", "class": "jss-error", "hidden": ""}),
           el("div", {"class": "jss-actions"},
              el("button", {**button, **needs_python, "id": "jss-copy"}, "Copy link"),
              el("button", {**button, **needs_python, "id": "jss-export-a"},
                 "Export A as JSON"),
              el("button", {**button, **needs_python, "id": "jss-export-b", "hidden": ""},
                 "Export B as JSON")),
           el("label", {"for": "jss-import"}, "Import a history (a JSON file exported here)"),
           el("input", {**needs_python, "id": "jss-import", "type": "file",
                        "accept": ".json,application/json"})),
    )
    results = el(
        "section", {"id": "jss-result-section", "aria-labelledby": "jss-result-h"},
        el("h2", {"id": "jss-result-h"}, "Result"),
        el("p", {"id": "jss-origin", "class": "jss-origin"},
           f"Worked example: {example['title']} (seed thread \u201c{example['thread']}\u201d), "
           "computed when this page was built."),
        el("p", {"id": "jss-stale", "class": "jss-stale", "hidden": ""},
           "Out of date: this is the result of your last valid input. Fix the marked fields to "
           "update it."),
        el("div", {"id": "jss-result", "data-stale": "false"}, *result["nodes"]),
        el("p", {"id": "jss-announce", "class": "jss-visually-hidden", "aria-live": "polite"}),
    )
    root = el(
        "div", {"id": "jss-calculator", "class": "jss-calc", "data-state": "loading"},
        el("p", {"class": "jss-status", "data-role": "status", "role": "status"},
           "Starting Python in your browser (about 6 MB on the first visit, then cached). "
           "The form works already; the worked example below was computed when this page "
           "was built."),
        el("noscript", {}, el("p", {}, "The calculator runs Python in your browser and needs "
                                       "JavaScript. The worked example below was computed when "
                                       "this page was built.")),
        el("div", {"id": "jss-recovery", "class": "jss-notice", "data-kind": "error",
                   "role": "region", "aria-label": "Saved history that could not be read",
                   "tabindex": "-1", "hidden": ""}),
        el("div", {"id": "jss-notice", "class": "jss-notice", "role": "status", "tabindex": "-1",
                   "hidden": ""}),
        form,
        results,
    )
    html = _html(root)
    # The data block goes inside the root so the include stays one HTML block for Markdown.
    assert html.endswith("</div>")
    html = html[: -len("</div>")] + _json_block("jss-calculator-data", data) + "</div>"
    return f'<div class="jss-calc-include">{html}{_html(*runtime_tags("calculator.js"))}</div>'


def runtime_tags(page_module: str) -> list[Any]:
    """The styles and the page's module. The module starts Python itself, in a worker, through
    docs/assets/calculator/python.js (the runtime is tools/runtime's, not PyScript's)."""
    return [
        el("link", {"rel": "stylesheet", "href": f"{TO_ROOT}assets/calculator/calculator.css"}),
        el("script", {"type": "module", "src": f"{TO_ROOT}assets/calculator/{page_module}"}),
    ]


def _arb_field(name: str, label: str, value: str, hint: str) -> Any:
    field_id = f"jss-arb-{name}"
    return el("div", {"class": "jss-field"},
              el("label", {"for": field_id}, label),
              el("input", {"id": field_id, "name": name, "type": "text", "inputmode": "decimal",
                           "autocomplete": "off", "value": value, "data-path": name,
                           "aria-describedby": f"{field_id}-hint"}),
              el("small", {"id": f"{field_id}-hint", "class": "jss-hint"}, hint),
              el("p", {"id": f"{field_id}-error", "class": "jss-error", "hidden": ""}))


def arbitration_html() -> str:
    """The arbitration helper, with seed 002's case computed at build time."""
    response = json.loads(web.arbitration(json.dumps(ARBITRATION_EXAMPLE)))
    if not response["ok"]:
        raise ValueError(f"the arbitration example does not compute: {response['errors']}")
    result = view.arbitration_view(response)
    today, older = FEES_USD["2025"], FEES_USD["aaa-era"]
    form = el(
        "form", {"id": "jss-arb-form", "novalidate": "", "aria-label": "Your dispute"},
        _arb_field("escrow", "Money in escrow (USD)", ARBITRATION_EXAMPLE["escrow"],
                   "only escrowed funds can be arbitrated"),
        _arb_field("fee", "Arbitration fee per party (USD)", f"{today:.2f}",
                   f"${today:,.2f} reported in 2025; ${older:,.0f} was the older fee, as in "
                   "the thread"),
        _arb_field("offer", "The client's offer (USD)", "", "blank if there is none"),
        _arb_field("p_other_pays", "Chance the client pays its fee too (%)", "50",
                   "if it does not, you get the escrow and your fee back"),
        _arb_field("p_win", "Chance you win if both pay (%)", "50", "your honest guess"),
    )
    root = el(
        "div", {"id": "jss-arbitration", "class": "jss-arb", "data-state": "idle"},
        el("p", {"class": "jss-status", "data-role": "status", "role": "status"},
           "The numbers below are the thread's case, computed when this page was built. Change "
           "a value and Python starts in your browser to compute yours (about 6 MB the first "
           "time)."),
        el("noscript", {}, el("p", {}, "This helper runs Python in your browser and needs "
                                       "JavaScript; the example below was computed when this "
                                       "page was built.")),
        form,
        el("p", {"id": "jss-arb-origin", "class": "jss-origin"},
           f"Example from the thread: ${float(ARBITRATION_EXAMPLE['escrow']):,.0f} in escrow, "
           f"a ${older:,.0f} fee each, no offer, even chances."),
        el("div", {"id": "jss-arb-result", "data-stale": "false"}, *result["nodes"]),
        el("p", {"id": "jss-arb-announce", "class": "jss-visually-hidden", "aria-live": "polite"}),
    )
    # A guide page stays light: the page's module and the styles load at once, and Python (about
    # 5 MB compressed) starts only when the reader touches the helper (arbitration.js calls
    # python.js). The template stays, empty, for arbitration.js, which appends its content.
    css, page_module = runtime_tags("arbitration.js")
    runtime = '<template id="jss-arb-runtime"></template>'
    return f'<div class="jss-arb-include">{_html(css, root, page_module)}{runtime}</div>'


def generate(out_dir: Path) -> None:
    """Write calculator.html and arbitration-helper.html into ``out_dir``."""
    (out_dir / "calculator.html").write_text(calculator_html() + "\n", encoding="utf-8")
    (out_dir / "arbitration-helper.html").write_text(arbitration_html() + "\n", encoding="utf-8")
