"""Result views as plain trees, built once for the build-time HTML and the page's live DOM."""

# A view node is a string (text) or [tag, {attribute: value}, [children]]. tools/calcpage turns a
# tree into escaped HTML at build time (render_html); runtime.js turns the same tree into DOM with
# createElement/textContent in the browser. Only presentation lives here: every number, message
# and link target comes from calculator.web's JSON.

from __future__ import annotations

import html
from datetime import date
from typing import Any, Final

Node = Any  # str | list[str, dict[str, str], list[Node]]

WINDOW_LABELS: Final = {
    "24m": "24 months",
    "12m": "12 months",
    "6m": "6 months",
    "3m": "3 months",
    "trending": "Trending",
}
OUTCOME_LABELS: Final = {
    "positive": "Successful",
    "neutral": "Neutral",
    "negative": "Unsuccessful",
    "excluded": "Not counted",
}
VOID: Final = frozenset({"br", "hr", "img", "input", "link", "meta", "wbr"})
# From a page one level deep (calculator/, arbitration/) to the site root.
SITE_ROOT: Final = "../"
#: Rows of the "how each contract counts" table: a history of 5,000 contracts would otherwise
#: draw 5,000 rows with their reasons on every change (measured: 4 MB of view, seconds per edit).
CONTRACT_ROWS: Final = 100


def el(tag: str, attrs: dict[str, object] | None = None, *children: Node) -> Node:
    """A view node; ``None`` attribute values and children are dropped."""
    kept = {k: str(v) for k, v in (attrs or {}).items() if v is not None}
    return [tag, kept, [c for c in children if c is not None]]


def render_html(node: Node) -> str:
    """Escaped HTML for a view node (the build-time twin of runtime.js ``build``)."""
    if isinstance(node, str):
        return html.escape(node, quote=False)
    tag, attrs, children = node
    attributes = "".join(f' {k}="{html.escape(v, quote=True)}"' for k, v in attrs.items())
    if tag in VOID:
        return f"<{tag}{attributes}>"
    return f"<{tag}{attributes}>{''.join(render_html(c) for c in children)}</{tag}>"


def guide_link(anchor: str, text: str) -> Node:
    """A link to a guide section from a page one level deep."""
    return el("a", {"href": SITE_ROOT + anchor}, text)


def percent(score: int | None) -> str:
    return "no score" if score is None else f"{score}%"


def signed(delta: int | None) -> str:
    if delta is None:
        return "n/a"
    return f"+{delta}" if delta > 0 else ("0" if delta == 0 else f"\u2212{-delta}")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def usd(amount: float) -> str:
    sign = "\u2212" if amount < 0 else ""
    return f"{sign}${abs(amount):,.2f}"


def _delta_class(delta: int | float | None) -> str | None:
    if not delta:
        return None
    return "jss-delta-up" if delta > 0 else "jss-delta-down"


# ------------------------------------------------------------------------------ the estimate


def _score_output(estimate: dict[str, Any], output_id: str) -> Node:
    score = estimate["score"]
    return el("output", {"id": output_id, "data-score": "" if score is None else score},
              percent(score) if score is not None else "no score yet")


def _headline(estimate: dict[str, Any], output_id: str, label: str) -> list[Node]:
    score = estimate["score"]
    nodes: list[Node] = [el("p", {"class": "jss-headline"}, f"{label}: ",
                            _score_output(estimate, output_id))]
    if score is None:
        nodes.append(el("p", {}, estimate["eligibility"], " ",
                        guide_link(estimate["eligibility_anchor"], "When a score appears")))
        return nodes
    nodes.append(el("p", {}, estimate["shown_reason"], " ",
                    guide_link(estimate["windows_anchor"], "How the windows work")))
    low, high = estimate["range"]
    nodes.append(el("p", {"class": "jss-range"}, "Range ", el("strong", {}, f"{low}\u2013{high}%"),
                    ". ", estimate["note"]))
    nodes.append(el("p", {"class": "jss-rules"}, "Rules: ", estimate["rules"]["name"],
                    f" (as of {estimate['as_of']})."))
    return nodes


def _assumptions(estimate: dict[str, Any]) -> Node:
    return el("details", {"class": "jss-assumptions"},
              el("summary", {}, "What this estimate assumes"),
              el("ul", {}, *(el("li", {}, a["text"]) for a in estimate["assumptions"])),
              el("p", {}, guide_link("model/", "About the model")))


def _windows_table(a: dict[str, Any], b: dict[str, Any] | None,
                   diff: dict[str, Any] | None) -> Node:
    head = [el("th", {"scope": "col"}, "Window"), el("th", {"scope": "col"}, "A" if b else "Score")]
    if b is not None:
        head += [el("th", {"scope": "col"}, "B"), el("th", {"scope": "col"}, "B \u2212 A")]
    rows = []
    for name, label in WINDOW_LABELS.items():
        if name not in a["windows"]:
            continue
        shown = " (shown)" if a["shown_window"] == name else ""
        cells = [el("th", {"scope": "row"}, label),
                 el("td", {}, percent(a["windows"][name]) + shown)]
        if b is not None and diff is not None:
            delta = diff["window_deltas"].get(name)
            shown_b = " (shown)" if b["shown_window"] == name else ""
            cells += [el("td", {}, percent(b["windows"][name]) + shown_b),
                      el("td", {"class": _delta_class(delta)}, signed(delta))]
        rows.append(el("tr", {}, *cells))
    return el("div", {"class": "jss-table-wrap"},
              el("table", {},
                 el("caption", {}, "Each window's score"),
                 el("thead", {}, el("tr", {}, *head)), el("tbody", {}, *rows)))


def _contracts_table(estimate: dict[str, Any], caption: str) -> Node:
    rows = []
    contracts = estimate["contracts"]
    for c in contracts[:CONTRACT_ROWS]:
        # Folded: ten contracts with three reasons each would bury the rest on a phone.
        reasons = el("details", {"class": "jss-why"},
                     el("summary", {}, _count(len(c["reasons"]), "reason")),
                     el("ul", {"class": "jss-reasons"}, *(
                         el("li", {}, r["text"], " ", guide_link(r["anchor"], "More"))
                         for r in c["reasons"])))
        rows.append(el(
            "tr", {},
            el("th", {"scope": "row"}, c["client"], el("small", {}, f" #{c['id']}")),
            el("td", {"class": f"jss-outcome-{c['outcome']}"},
               OUTCOME_LABELS.get(c["outcome"], c["outcome"])),
            el("td", {}, f"{c['weight']:g}"),
            el("td", {}, reasons)))
    head = el("tr", {}, *(el("th", {"scope": "col"}, h)
                          for h in ("Contract", "Outcome", "Weight", "Why")))
    more = None
    if len(contracts) > CONTRACT_ROWS:
        more = el("p", {"class": "jss-more-rows"},
                  f"The first {CONTRACT_ROWS} of {len(contracts):,} contracts; every one counts in "
                  "the score above. For every contract's reasons, export the history and run "
                  "the command line (see ", guide_link("model/#cli", "About the model"), ").")
    return el("div", {"class": "jss-table-wrap", "role": "region", "aria-label": caption,
                      "tabindex": "0"},
              el("table", {}, el("caption", {}, caption),
                 el("thead", {}, head), el("tbody", {}, *rows)), more)


# ------------------------------------------------------------------------------ the timeline

# A narrow drawing, so its text stays readable when a phone scales it down.
_W, _H, _LEFT, _RIGHT, _TOP, _BOTTOM = 420, 230, 36, 10, 10, 36


def _day_number(iso: str) -> int:
    return date.fromisoformat(iso).toordinal()


def _timeline_chart(timeline: dict[str, Any], key: str) -> Node:
    points = timeline["points"]
    departures = timeline.get("departures", [])
    if not points:
        return None
    scores = [p["score"] for p in points if p["score"] is not None]
    low = min(50, (min(scores) // 10) * 10) if scores else 50
    span = max(1, len(points) - 1)

    def x(i: float) -> float:
        return round(_LEFT + (_W - _LEFT - _RIGHT) * i / span, 1)

    def y(score: float) -> float:
        return round(_TOP + (_H - _TOP - _BOTTOM) * (100 - score) / (100 - low), 1)

    def x_of(iso: str) -> float | None:
        days = [_day_number(p["date"]) for p in points]
        d = _day_number(iso)
        for i in range(len(days) - 1):
            if days[i] <= d <= days[i + 1]:
                return x(i + (d - days[i]) / max(1, days[i + 1] - days[i]))
        return None

    parts: list[Node] = [el("title", {"id": f"jss-chart-{key}-title"}, "The score month by month"),
                         el("desc", {"id": f"jss-chart-{key}-desc"},
                            "A line chart of the estimated score on the first day of each month "
                            "with no new contracts; dashed lines mark a contract leaving a window. "
                            "The same data is in the table below.")]
    for tick in range(int(low), 101, 10):
        parts.append(el("line", {"class": "jss-axis", "x1": _LEFT, "x2": _W - _RIGHT,
                                 "y1": y(tick), "y2": y(tick), "stroke-opacity": "0.4"}))
        parts.append(el("text", {"x": 2, "y": y(tick) + 4}, f"{tick}%"))
    step = max(1, -(-len(points) // 4))
    for i in range(0, len(points), step):
        parts.append(el("text", {"x": x(i), "y": _H - _BOTTOM + 16, "text-anchor": "middle"},
                        points[i]["date"][:7]))
    for dep in departures:
        at = x_of(dep["date"])
        if at is None:
            continue
        parts.append(el("line", {"class": "jss-leave", "x1": at, "x2": at, "y1": _TOP,
                                 "y2": _H - _BOTTOM},
                        el("title", {}, _departure_text(dep))))
        parts.append(el("text", {"class": "jss-leave-label", "x": at + 2, "y": _TOP + 10},
                        f"#{dep['contract']} {dep['window']}"))
    segment: list[str] = []
    segments: list[list[str]] = []
    for i, p in enumerate(points):
        if p["score"] is None:
            if segment:
                segments.append(segment)
            segment = []
            continue
        segment.append(f"{x(i)},{y(p['score'])}")
        parts.append(el("circle", {"class": "jss-dot", "cx": x(i), "cy": y(p["score"]), "r": 2.5},
                        el("title", {}, f"{p['date']}: {percent(p['score'])}")))
    if segment:
        segments.append(segment)
    for seg in segments:
        parts.append(el("polyline", {"class": "jss-line", "points": " ".join(seg)}))
    return el("svg", {"viewBox": f"0 0 {_W} {_H}", "role": "img",
                      "aria-labelledby": f"jss-chart-{key}-title jss-chart-{key}-desc"}, *parts)


def _departure_text(dep: dict[str, Any]) -> str:
    outcome = OUTCOME_LABELS.get(dep["outcome"], dep["outcome"]).lower()
    window = WINDOW_LABELS.get(dep["window"], dep["window"])
    return f"{dep['date']}: contract #{dep['contract']} ({outcome}) leaves the {window} window"


def _timeline(timeline: dict[str, Any] | None, key: str, title: str) -> Node:
    if not timeline or not timeline.get("points"):
        return None
    rows = [el("tr", {}, el("th", {"scope": "row"}, p["date"]), el("td", {}, percent(p["score"])),
               el("td", {}, WINDOW_LABELS.get(p["shown_window"] or "", "\u2014")))
            for p in timeline["points"]]
    table = el("div", {"class": "jss-table-wrap"},
               el("table", {}, el("caption", {}, "The score on the first day of each month"),
                  el("thead", {}, el("tr", {}, el("th", {"scope": "col"}, "Day"),
                                     el("th", {"scope": "col"}, "Score"),
                                     el("th", {"scope": "col"}, "Window shown"))),
                  el("tbody", {}, *rows)))
    leaving = [el("li", {}, _departure_text(d)) for d in timeline.get("departures", [])]
    return el("section", {"class": "jss-timeline", "aria-labelledby": f"jss-timeline-{key}-h"},
              el("h3", {"id": f"jss-timeline-{key}-h"}, title),
              el("figure", {"class": "jss-chart"}, _timeline_chart(timeline, key)),
              el("details", {}, el("summary", {}, "The chart as a table"), table,
                 el("ul", {}, *leaving) if leaving else None))


# ------------------------------------------------------------------------------ entry points


def result_view(response: dict[str, Any]) -> dict[str, Any]:
    """The result of a successful ``calculator.web.evaluate`` response: nodes and an announcement.

    The score shown for A is the element with id ``jss-score`` (its ``data-score`` the integer or
    an empty string), the tests' and screen readers' hook.
    """
    a, b, diff = response["a"], response.get("b"), response.get("diff")
    nodes: list[Node] = []
    if b is None:
        nodes += _headline(a, "jss-score", "Estimated Job Success Score")
        announce = (f"Estimated Job Success Score {percent(a['score'])}"
                    if a["score"] is not None else "No score yet")
    else:
        delta = diff["score_delta"] if diff else None
        nodes.append(el("div", {"class": "jss-compare"},
                        el("section", {"aria-label": "Scenario A"},
                           *_headline(a, "jss-score", "A: your history")),
                        el("section", {"aria-label": "Scenario B"},
                           *_headline(b, "jss-score-b", "B: what if"))))
        nodes.append(el("p", {"class": "jss-headline"},
                        "Difference in the score shown, B \u2212 A: ",
                        el("strong", {"class": _delta_class(delta), "id": "jss-score-delta"},
                           signed(delta) + (" points" if delta is not None else ""))))
        announce = (f"A {percent(a['score'])}, B {percent(b['score'])}, "
                    f"difference {signed(delta)}")
    nodes.append(_assumptions(a))
    nodes.append(_windows_table(a, b, diff))
    nodes.append(_contracts_table(a, "How each contract counts" + (" in A" if b else "")))
    if b is not None:
        nodes.append(_contracts_table(b, "How each contract counts in B"))
    timelines = response.get("timeline") or {}
    for key in ("a", "b"):
        title = "If nothing changes: the next months" + (f" ({key.upper()})" if b else "")
        nodes.append(_timeline(timelines.get(key), key, title))
    return {"nodes": [n for n in nodes if n is not None], "announce": announce}


def arbitration_view(response: dict[str, Any]) -> dict[str, Any]:
    """The options of a successful ``calculator.web.arbitration`` response."""
    result = response["result"]
    rows = []
    for o in result["options"]:
        best = o["id"] == result["best_expected"]
        rows.append(el(
            "tr", {"data-option": o["id"], "class": "jss-best" if best else None},
            el("th", {"scope": "row"}, o["label"], " (highest expected)" if best else None),
            el("td", {"data-usd": f"{o['expected_usd']:.2f}"}, usd(o["expected_usd"])),
            el("td", {"data-usd": f"{o['best_usd']:.2f}"}, usd(o["best_usd"])),
            el("td", {"data-usd": f"{o['worst_usd']:.2f}"}, usd(o["worst_usd"])),
            el("td", {}, o["explanation"])))
    head = el("tr", {}, *(el("th", {"scope": "col"}, h)
                          for h in ("Option", "Expected", "Best case", "Worst case", "Why")))
    nodes: list[Node] = [el("div", {"class": "jss-table-wrap"},
                            el("table", {"id": "jss-arbitration-options"},
                               el("caption", {}, "What each option brings you, in USD"),
                               el("thead", {}, head), el("tbody", {}, *rows)))]
    if result.get("break_even_p_win") is not None:
        nodes.append(el("p", {}, "Paying the fee beats the offer on average when your chance of "
                                 f"winning is above {result['break_even_p_win'] * 100:.0f}%."))
    nodes.append(el("ul", {}, *(el("li", {}, n) for n in result["notes"])))
    best = next(o for o in result["options"] if o["id"] == result["best_expected"])
    return {"nodes": nodes,
            "announce": f"Highest expected: {best['label']}, {usd(best['expected_usd'])}"}
