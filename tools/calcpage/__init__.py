"""Build-time HTML for the calculator page and the arbitration helper, computed by the package."""

# tools/prepare.py calls generate(docs/generated/calcpage). The pages include the files with
# {!generated/calcpage/<name>.html!}. The results inside them come from calculator.web, drawn by
# calculator.view, the module the page's Python uses for the live result, so what a reader sees
# before Python starts is what the page would compute.

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Final

from calculator import MAX_CONTRACTS, MAX_JSON_CHARS, MAX_SHARE_CHARS, web
from calculator.arbitration import DEFAULT_FEE_ERA, FEE_ERAS, FEES_USD
from calculator.share import share_layout
from calculator.view import Element, Node, el, guide_link, render_html

from ..guide.sources import all_sources

#: The preset shown without JavaScript, and painted at once when a reader picks it: seed 001's
#: ten contracts, one gone badly.
EXAMPLE_PRESET: Final = "ten-contracts-one-bad"
#: Seed 002's $350 in escrow at today's fee per party (the thread paid the AAA era's $291: one
#: button away), no offer, even chances. The fee field starts at the same value, so the table
#: beside it is for the value in the field.
ARBITRATION_EXAMPLE: Final = {"escrow": "350", "fee": f"{FEES_USD[DEFAULT_FEE_ERA]:g}",
                              "offer": "", "p_other_pays": "50", "p_win": "50"}
# From a page one level deep (calculator/, arbitration/) to the site's folders.
TO_ROOT: Final = "../"
BUTTON: Final = {"type": "button", "class": "md-button jss-small"}
NEEDS_PYTHON: Final = {"data-needs-python": "", "disabled": ""}


def _json_block(element_id: str, value: object) -> str:
    # A data block, never run as script. Escaping <, > and & keeps any text in the data from
    # closing the element or being read as markup.
    text = (json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
    return f'<script type="application/json" id="{element_id}">{text}</script>'


def _html(*nodes: Node) -> str:
    return "".join(render_html(n) for n in nodes)


def _evaluate(request: dict[str, object]) -> dict[str, Any]:
    response: dict[str, Any] = json.loads(web.evaluate(json.dumps(request)))
    if not response["ok"]:
        raise ValueError(f"the worked example does not evaluate: {response['errors']}")
    return response


def _share() -> Element:
    return el(
        "section", {"class": "jss-share", "aria-labelledby": "jss-share-h"},
        el("h3", {"id": "jss-share-h"}, "Share, save, move"),
        el("label", {"for": "jss-link"}, "Link to this history (the whole history is in it)"),
        el("input", {"id": "jss-link", "type": "text", "readonly": "", "value": ""}),
        el("p", {"id": "jss-link-note", "class": "jss-error", "hidden": ""}),
        el("p", {"id": "jss-privacy", "class": "jss-hint"},
           "A link holds every contract, client names included, and anyone with it can read "
           "them. Replace the names before you post it in public."),
        el("div", {"class": "jss-actions"},
           el("button", {**BUTTON, **NEEDS_PYTHON, "id": "jss-copy"}, "Copy link"),
           el("button", {**BUTTON, "id": "jss-anonymise", "disabled": ""},
              "Replace client names with Client A, B, …"),
           el("button", {**BUTTON, **NEEDS_PYTHON, "id": "jss-export-a"}, "Export A as JSON"),
           el("button", {**BUTTON, **NEEDS_PYTHON, "id": "jss-export-b", "hidden": ""},
              "Export B as JSON")),
        el("label", {"for": "jss-import"}, "Import a history (a JSON file exported here)"),
        el("input", {**NEEDS_PYTHON, "id": "jss-import", "type": "file",
                     "accept": ".json,application/json"}),
        el("label", {"for": "jss-open-b"}, "Open a link as scenario B (paste a calculator link)"),
        el("div", {"class": "jss-inline"},
           el("input", {"id": "jss-open-b", "type": "text", "autocomplete": "off",
                        "spellcheck": "false"}),
           el("button", {**BUTTON, **NEEDS_PYTHON, "id": "jss-open-b-go"}, "Open as B")),
    )


# --- imp: the Import panel (docs/assets/calculator/import.js wires it; the package reads).
#: The guide answer the panel links to (docs/import.md).
IMPORT_GUIDE: Final = f"{TO_ROOT}import/#get-your-history-out-of-upwork"


def _import_panel() -> Element:
    def part(role: str) -> dict[str, str]:
        return {"data-import": role}

    return el(
        "details", {"class": "jss-import", "id": "jss-import-panel"},
        el("summary", {}, "Import from Upwork: earnings reports, profile JSON, a pasted table"),
        el("p", {"class": "jss-hint"},
           "Your earnings report CSVs (one per year: choose them all) and your profile's "
           "work-history JSON, or a table copied from a spreadsheet with its header row. ",
           el("strong", {}, "Everything stays in this browser:"),
           " the files are read here and sent nowhere. ",
           el("a", {"href": IMPORT_GUIDE}, "How to get your history out of Upwork")),
        el("div", {**part("drop"), "class": "jss-drop"},
           el("label", {"for": "jss-import-files"}, "Choose files, or drop them here"),
           el("input", {**part("files"), **NEEDS_PYTHON, "id": "jss-import-files",
                        "type": "file", "multiple": "",
                        "accept": ".csv,.tsv,.txt,.json,.js,text/csv,application/json"})),
        el("label", {"for": "jss-import-text"}, "Or paste a table (header row first) or a JSON"),
        el("textarea", {**part("text"), "id": "jss-import-text", "rows": "4",
                        "spellcheck": "false"}),
        el("div", {"class": "jss-actions"},
           el("button", {**BUTTON, **NEEDS_PYTHON, **part("paste")}, "Read the pasted text"),
           el("label", {"class": "jss-check"},
              el("input", {**part("comma"), "type": "checkbox"}),
              " Amounts are written with a decimal comma (12,50)")),
        el("p", {**part("status"), "class": "jss-hint", "role": "status"}),
        el("div", {**part("columns"), "class": "jss-import-columns", "hidden": ""}),
        el("div", {**part("review"), "class": "jss-import-review"}),
        el("div", {**part("confirm"), "class": "jss-actions", "hidden": ""},
           el("button", {**BUTTON, **part("replace")}, "Replace my history with these"),
           el("button", {**BUTTON, **part("add")}, "Add these to my history"),
           el("button", {**BUTTON, **part("cancel")}, "Cancel")),
    )


def calculator_html() -> str:
    """The calculator: the editor and result hosts for calculator.js, its data, the example."""
    presets = json.loads(web.presets())
    example = next(p for p in presets if p["id"] == EXAMPLE_PRESET)
    response = _evaluate({"a": example["a"], "b": example["b"], "timeline": None})
    view = response["view"]
    data = {
        "example": {"id": example["id"], "a": example["a"], "b": example["b"], "view": view},
        "presets": [{"id": p["id"], "title": p["title"], "a": p["a"], "b": p["b"]}
                    for p in presets],
        # The history format's fields (labels, hints, kinds, choices, limits): the editor is
        # drawn from them, so the field list lives in calculator.fields only.
        "fields": json.loads(web.form_fields()),
        # The package's limits, so the page can refuse a file before reading it: a history file
        # has at most MAX_JSON_CHARS characters, and UTF-8 takes at least a byte for each.
        "limits": {"file_bytes": MAX_JSON_CHARS, "contracts": MAX_CONTRACTS,
                   "link_chars": MAX_SHARE_CHARS},
        # How a share string is packed, so the page can show a link's contracts while Python
        # starts (a preview: Python still reads and checks the link before anything is kept).
        "share": share_layout(),
    }
    form = el(
        # Shown from the start (no JavaScript: empty, beside the <noscript> note), so nothing
        # moves when the page's script fills it.
        "form", {"id": "jss-form", "novalidate": "", "aria-label": "Your contracts"},
        el("h2", {"id": "jss-history-h"}, "Your contracts"),
        el("div", {"class": "jss-toolbar"},
           el("details", {"class": "jss-presets", "id": "jss-presets-box"},
              el("summary", {}, "Examples from the forum threads"),
              el("div", {"id": "jss-presets"})),
           el("button", {**BUTTON, "id": "jss-clear", "disabled": ""}, "Clear all")),
        el("div", {"class": "jss-scenarios"},
           el("fieldset", {"id": "jss-editor-a"}), el("fieldset", {"id": "jss-editor-b",
                                                                   "hidden": ""})),
        el("div", {"class": "jss-actions"},
           el("button", {**BUTTON, "id": "jss-toggle-b", "aria-pressed": "false"},
              "Add scenario B (a copy of A)")),
        _import_panel(),
        _share(),
        el("section", {"id": "jss-earlier", "class": "jss-earlier", "hidden": "",
                       "aria-labelledby": "jss-earlier-h"},
           el("h3", {"id": "jss-earlier-h"}, "Earlier histories in this browser"),
           el("p", {"class": "jss-hint"}, "Kept when a link, an example, an import or Clear all "
                                          "replaced them; the last five."),
           el("ul", {"id": "jss-earlier-list"})),
    )
    placeholder = el("p", {"class": "jss-computing"}, "Computing…")
    results = el(
        "section", {"id": "jss-result-section", "class": "jss-result-col",
                    "aria-labelledby": "jss-result-h", "tabindex": "-1"},
        el("div", {"id": "jss-summary", "class": "jss-summary"},
           el("h2", {"id": "jss-result-h"}, "Result"),
           el("p", {"id": "jss-origin", "class": "jss-origin"}),
           el("p", {"id": "jss-stale", "class": "jss-stale", "hidden": ""},
              "Out of date: this is the result of your last valid input. Fix the marked fields "
              "to update it."),
           el("div", {"id": "jss-summary-body"}, placeholder)),
        el("div", {"class": "jss-timeline-options"},
           el("label", {"for": "jss-open-contracts"}, "In the timeline, contracts still open"),
           el("select", {"id": "jss-open-contracts"},
              el("option", {"value": "keep-paying"}, "keep paying as now (default)"),
              el("option", {"value": "stop"}, "stop paying today"))),
        el("div", {"id": "jss-result", "data-stale": "false"}),
        el("p", {"id": "jss-announce", "class": "jss-visually-hidden", "aria-live": "polite"}),
    )
    # Without JavaScript: the worked example, computed at build time, labelled as such. With
    # JavaScript the <noscript> is inert, so no other history's numbers are ever painted.
    example_html = el(
        "noscript", {},
        el("div", {"class": "jss-noscript"},
           el("p", {}, "The calculator runs Python in your browser and needs JavaScript. Below: "
                       f"the worked example “{example['title']}” (seed thread "
                       f"“{example['thread']}”), computed when this page was built."),
           el("div", {"id": "jss-example-result"}, *view["summary"], *view["nodes"])))
    scorebar = el(
        "button", {"type": "button", "id": "jss-scorebar", "class": "jss-scorebar",
                   "aria-controls": "jss-result-section", "hidden": ""},
        el("span", {"class": "jss-bar-label"}, "JSS "),
        el("strong", {"id": "jss-bar-score"}, "…"),
        el("span", {"id": "jss-bar-range"}),
        el("span", {"id": "jss-bar-delta"}),
        el("span", {"class": "jss-bar-open"}, "Full result"))
    root = el(
        "div", {"id": "jss-calculator", "class": "jss-calc", "data-state": "loading"},
        el("p", {"class": "jss-status", "data-role": "status", "role": "status"},
           "Starting Python in your browser (about 5.5 MB on the first visit, then cached). "
           "The page can pause for a moment while it starts; what you type is kept."),
        el("div", {"id": "jss-recovery", "class": "jss-notice", "data-kind": "error",
                   "role": "region", "aria-label": "Saved history that could not be read",
                   "tabindex": "-1", "hidden": ""}),
        el("div", {"id": "jss-notice", "class": "jss-notice", "role": "status", "tabindex": "-1",
                   "hidden": ""}),
        scorebar,
        el("div", {"class": "jss-layout"}, form, results),
    )
    html = _html(example_html, root)
    # The data block goes inside the root so the include stays one HTML block for Markdown.
    assert html.endswith("</div>")
    html = html[: -len("</div>")] + _json_block("jss-calculator-data", data) + "</div>"
    # The styles come first: a stylesheet in the body holds back the content after it, so the
    # calculator is never painted unstyled and then moved (a layout shift) when its CSS arrives.
    core_css, css, *scripts = runtime_tags("calculator.js")
    return (f'<div class="jss-calc-include">{_html(core_css, css)}{html}{_html(*scripts)}'
            "</div>")


def runtime_tags(page_module: str) -> list[Element]:
    """The styles and the page's module. The module starts Python itself, in PyScript's worker,
    through docs/assets/calculator/python.js (tools/runtime builds the interpreter it runs)."""
    return [
        el("link", {"rel": "stylesheet", "href": f"{TO_ROOT}assets/calculator/calculator.css"}),
        el("script", {"type": "module", "src": f"{TO_ROOT}assets/calculator/{page_module}"}),
    ]


def _arb_field(name: str, label: str, value: str, hint: str) -> Element:
    field_id = f"jss-arb-{name}"
    return el("div", {"class": "jss-field"},
              el("label", {"for": field_id}, label),
              el("input", {"id": field_id, "name": name, "type": "text", "inputmode": "decimal",
                           "autocomplete": "off", "value": value, "data-path": name,
                           "aria-describedby": f"{field_id}-hint"}),
              el("small", {"id": f"{field_id}-hint", "class": "jss-hint"}, hint),
              el("p", {"id": f"{field_id}-error", "class": "jss-error", "hidden": ""}))


def _source_links(ids: tuple[str, ...]) -> list[Node]:
    """Each source by its public address, title and date (its sources-page entry has more)."""
    known = all_sources()
    out: list[Node] = []
    for i, source_id in enumerate(ids):
        source = known[source_id]
        if i:
            out.append("; ")
        link = (el("a", {"href": source.url}, source.title) if source.url
                else guide_link(f"sources/#{source_id}", source.title))
        out.extend((link, f" ({source.date})"))
    return out


def _usd(amount: float) -> str:
    """$291 or $337.50: cents only when there are some."""
    return f"${amount:,.0f}" if amount == int(amount) else f"${amount:,.2f}"


def _fee_eras() -> Element:
    """One button per arbitration era: each puts that era's fee in the fee field."""
    buttons = [el("button", {**BUTTON, "data-fee": f"{e.fee_usd:g}", "data-era": e.id,
                             "aria-describedby": f"jss-arb-era-{e.id}"},
                  f"{e.label}: {_usd(e.fee_usd)}") for e in FEE_ERAS]
    notes = [el("li", {"id": f"jss-arb-era-{e.id}"},
                el("strong", {}, f"{e.label} ({e.period}): "),
                f"run by {e.organisation}. {e.note} Sources: ",
                *_source_links(e.sources), ".") for e in FEE_ERAS]
    return el("div", {"class": "jss-field jss-arb-eras"},
              el("p", {"class": "jss-hint"}, "The fee of an era:"),
              el("div", {"class": "jss-actions"}, *buttons),
              el("ul", {"class": "jss-hint"}, *notes))


def arbitration_html() -> str:
    """The arbitration helper, with seed 002's case computed at build time."""
    response = json.loads(web.arbitration(json.dumps(ARBITRATION_EXAMPLE)))
    if not response["ok"]:
        raise ValueError(f"the arbitration example does not compute: {response['errors']}")
    result = response["view"]
    today = next(e for e in FEE_ERAS if e.id == DEFAULT_FEE_ERA)
    form = el(
        "form", {"id": "jss-arb-form", "novalidate": "", "aria-label": "Your dispute"},
        _arb_field("escrow", "Money in escrow (USD)", ARBITRATION_EXAMPLE["escrow"],
                   "only escrowed funds can be arbitrated"),
        _arb_field("fee", "Arbitration fee per party (USD)", ARBITRATION_EXAMPLE["fee"],
                   f"{today.label}: {_usd(today.fee_usd)} each, as reported in 2025; the fee "
                   "is split, and Upwork pays part of it on larger contracts"),
        _fee_eras(),
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
           f"Example: the thread's ${float(ARBITRATION_EXAMPLE['escrow']):,.0f} in escrow at "
           f"today's {_usd(today.fee_usd)} fee each (the thread paid "
           f"{_usd(FEES_USD['aaa-era'])}), no offer, even chances."),
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
