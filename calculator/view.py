"""The page's view trees: a result turned into allow-listed nodes for the build and the browser."""

# A node is a string (text) or (tag, {attribute: value}, [children]); JSON writes the tuple as an
# array. tools/calcpage turns a tree into escaped HTML at build time (render_html); the page's
# runtime.js turns the same tree into DOM with createElement/textContent. Only presentation lives
# here: every number, message and link target comes from the package's own results. Window labels
# and number formats live here once; the page's JavaScript formats nothing.

from __future__ import annotations

import html
from datetime import date
from typing import Final, NotRequired, TypeAlias, TypedDict

__all__ = [
    "CONTRACT_ROWS", "DEPARTURE_ROWS", "OPEN_CONTRACTS", "OUTCOME_LABELS", "WINDOW_LABELS",
    "ArbitrationResponse", "Element", "ErrorOut", "EvaluateAnswer", "Node", "Numbers",
    "ScoreSummary", "View", "arbitration_view", "el", "percent", "render_html", "result_view",
    "signed", "usd",
]

Element: TypeAlias = "tuple[str, dict[str, str], list[Node]]"
Node: TypeAlias = "str | Element"

#: The tags a tree may use; runtime.js holds the same lists (a test compares them).
HTML_TAGS: Final = frozenset({
    "a", "abbr", "button", "caption", "code", "dd", "details", "div", "dl", "dt", "em",
    "figcaption",
    "figure", "h3", "h4", "li", "ol", "output", "p", "section", "small", "span", "strong",
    "summary", "table", "tbody", "td", "th", "thead", "tr", "ul",
})
SVG_TAGS: Final = frozenset({"svg", "g", "line", "polyline", "circle", "rect", "text", "title",
                             "desc"})

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
#: What the timeline assumes of a contract still open, as the page's control offers it.
OPEN_CONTRACTS: Final = {
    "keep-paying": "open contracts keep paying as they do now",
    "stop": "open contracts stop paying today",
}
VOID: Final = frozenset({"br", "hr", "img", "input", "link", "meta", "wbr"})
# From a page one level deep (calculator/, arbitration/) to the site root.
SITE_ROOT: Final = "../"
#: Rows of the "how each contract counts" table: a history of 5,000 contracts would otherwise
#: draw 5,000 rows with their reasons on every change (measured: 4 MB of view, seconds per
#: edit), and 100 rows were 78 KB of every answer (the page's budget is 60 KB at 100 contracts).
CONTRACT_ROWS: Final = 40
#: Departures the timeline marks and lists: 1,000 contracts make about 700 in two years, a
#: chart of dashed lines nobody can read and 220 KB of every answer.
DEPARTURE_ROWS: Final = 20


# ------------------------------------------------------------------------------ response shapes


class Reason(TypedDict):
    rule: NotRequired[str]
    text: str
    anchor: str


class ContractOut(TypedDict):
    id: str
    client: str
    outcome: str
    weight: float
    windows: list[str]
    reasons: list[Reason]
    p_poor: NotRequired[float | None]


class Assumption(TypedDict):
    id: str
    text: str
    source: NotRequired[str]


class RulesRef(TypedDict):
    id: str
    name: str


class Shown(TypedDict):
    date: str
    score: int | None


class Suspect(TypedDict):
    id: str
    client: str
    p_prior: NotRequired[float]
    p_poor: float


class ImpliedPoor(TypedDict):
    count: int
    p: float


class Explanation(TypedDict):
    #: Every score the history says Upwork showed, oldest first; the last is the current one.
    shown: list[Shown]
    consistent: bool
    message: str
    implied_poor: NotRequired[ImpliedPoor]
    suspects: NotRequired[list[Suspect]]
    expected: NotRequired[int | None]
    expected_range: NotRequired[list[int] | None]


class EstimateOut(TypedDict):
    """``Estimate.to_dict()``; the keys marked NotRequired are newer and drawn when present."""

    score: int | None
    range: list[int] | None
    eligible: bool
    eligibility: str
    eligibility_anchor: str
    windows: dict[str, int | None]
    shown_window: str | None
    shown_reason: str
    windows_anchor: str
    as_of: str
    rules: RulesRef
    contracts: list[ContractOut]
    assumptions: list[Assumption]
    note: str
    range_level: NotRequired[float]
    p_at_least_90: NotRequired[float]
    p_no_score: NotRequired[float | None]
    distribution: NotRequired[list[list[float]]]
    explanation: NotRequired[Explanation | None]


class Diff(TypedDict):
    score_delta: int | None
    window_deltas: dict[str, int | None]


class Point(TypedDict):
    date: str
    score: int | None
    shown_window: str | None
    windows: dict[str, int | None]
    rules: str
    range: NotRequired[list[int] | None]


class DepartureOut(TypedDict):
    contract: str
    client: NotRequired[str]
    outcome: str
    window: str
    date: str


class Timeline(TypedDict):
    open_contracts: NotRequired[str]
    points: list[Point]
    departures: list[DepartureOut]


class ScoreSummary(TypedDict):
    """What the page's compact score bar shows: numbers only, formatted here."""

    score: int | None
    text: str
    range: str | None
    b_text: str | None
    delta: str | None


class View(TypedDict):
    nodes: list[Node]
    summary: list[Node]
    bar: ScoreSummary
    announce: str


class Numbers(TypedDict):
    """The numbers behind a result, as :func:`result_view` reads them.

    ``calculator.web.evaluate`` adds them to its answer only when the request asks
    (``"numbers": true``); the page draws the view and never asks.
    """

    a: EstimateOut
    b: EstimateOut | None
    diff: Diff | None
    timeline: dict[str, Timeline | None]


class ErrorOut(TypedDict):
    path: str
    message: str


class EvaluateAnswer(TypedDict):
    """``calculator.web.evaluate``'s answer: what the page draws, declared here only.

    ``view`` (the result), ``fragment`` (the share link's, or None with ``fragment_error``
    saying why) when ``ok``; else ``errors``, each next to its field.
    """

    ok: bool
    errors: list[ErrorOut]
    view: NotRequired[View]
    fragment: NotRequired[str | None]
    fragment_error: NotRequired[str | None]


class Option(TypedDict):
    id: str
    label: str
    expected_usd: float
    best_usd: float
    worst_usd: float
    explanation: str


class ArbitrationOut(TypedDict):
    escrow_usd: float
    offer_usd: float | None
    options: list[Option]
    best_expected: str
    break_even_p_win: float | None
    notes: list[str]


class ArbitrationResponse(TypedDict):
    ok: bool
    result: ArbitrationOut


class ArbitrationView(TypedDict):
    nodes: list[Node]
    announce: str


# ------------------------------------------------------------------------------ building blocks


def el(tag: str, attrs: dict[str, object] | None = None, *children: Node | None) -> Element:
    """A view node; ``None`` attribute values and children are dropped."""
    kept = {k: str(v) for k, v in (attrs or {}).items() if v is not None}
    return (tag, kept, [c for c in children if c is not None])


def render_html(node: Node) -> str:
    """Escaped HTML for a view node (the build-time twin of runtime.js ``build``)."""
    if isinstance(node, str):
        return html.escape(node, quote=False)
    tag, attrs, children = node
    attributes = "".join(f' {k}="{html.escape(v, quote=True)}"' for k, v in attrs.items())
    if tag in VOID:
        return f"<{tag}{attributes}>"
    return f"<{tag}{attributes}>{''.join(render_html(c) for c in children)}</{tag}>"


def guide_link(anchor: str, text: str) -> Element:
    """A link to a guide section from a page one level deep."""
    return el("a", {"href": SITE_ROOT + anchor}, text)


def percent(score: int | None) -> str:
    """``90%``, or ``no score``."""
    return "no score" if score is None else f"{score}%"


def chance(p: float) -> str:
    """A probability (0-1) as a whole percentage; ``<1%`` and ``>99%`` at the ends."""
    if 0 < p < 0.005:
        return "<1%"
    if 0.995 < p < 1:
        return ">99%"
    return f"{p * 100:.0f}%"


def signed(delta: int | None) -> str:
    """``+3``, ``0``, ``-3`` written with a true minus sign, or ``n/a``."""
    if delta is None:
        return "n/a"
    return f"+{delta}" if delta > 0 else ("0" if delta == 0 else f"\u2212{-delta}")


def usd(amount: float) -> str:
    """``$1,234.50``, or with a true minus sign for a loss."""
    sign = "\u2212" if amount < 0 else ""
    return f"{sign}${abs(amount):,.2f}"


def day(iso: str) -> str:
    """``2026-11-23`` as ``23 Nov 2026``."""
    d = date.fromisoformat(iso)
    return f"{d.day} {d:%b %Y}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _delta_class(delta: int | float | None) -> str | None:
    if not delta:
        return None
    return "jss-delta-up" if delta > 0 else "jss-delta-down"


def _range_text(estimate: EstimateOut) -> str | None:
    """``81\u201385%``; None without a range or when it is one value (never ``81\u201381%``)."""
    span = estimate["range"]
    if not span or span[0] == span[1]:
        return None
    return f"{span[0]}\u2013{span[1]}%"


# ------------------------------------------------------------------------------ the estimate


def _score_output(estimate: EstimateOut, output_id: str) -> Element:
    score = estimate["score"]
    return el("output", {"id": output_id, "data-score": "" if score is None else score},
              percent(score) if score is not None else "no score yet")


def _headline(estimate: EstimateOut, output_id: str, label: str) -> list[Node]:
    score = estimate["score"]
    nodes: list[Node] = [el("p", {"class": "jss-headline"}, f"{label}: ",
                            _score_output(estimate, output_id))]
    if score is None:
        p_none = estimate.get("p_no_score")
        nodes.append(el("p", {}, estimate["eligibility"], " ",
                        guide_link(estimate["eligibility_anchor"], "When a score appears")))
        if p_none is not None:
            nodes.append(el("p", {"class": "jss-range"},
                            f"Chance of no score at all: {chance(p_none)}."))
        return nodes
    span = _range_text(estimate)
    level = estimate.get("range_level")
    how_often = f" ({level * 100:.0f}% of the time)" if level else ""
    if span is not None:
        nodes.append(el("p", {"class": "jss-range"}, "Range ", el("strong", {}, span),
                        f"{how_often}. ", estimate["note"]))
    elif estimate["range"]:
        # A range of one value: the unknowns cannot move this score, so it reads as one number.
        nodes.append(el("p", {"class": "jss-range"}, "No range: the score comes out at ",
                        el("strong", {}, percent(score)), " whichever way the unknown ratings "
                        "go. ", estimate["note"]))
    p90 = estimate.get("p_at_least_90")
    if p90 is not None:
        nodes.append(el("p", {"class": "jss-p90"}, f"Chance of 90% or more: {chance(p90)}."))
    nodes.append(el("p", {}, estimate["shown_reason"], " ",
                    guide_link(estimate["windows_anchor"], "How the windows work")))
    nodes.append(el("p", {"class": "jss-rules"}, "Rules: ", estimate["rules"]["name"],
                    f" (as of {day(estimate['as_of'])})."))
    return nodes


def _explanation(estimate: EstimateOut) -> Element | None:
    explanation = estimate.get("explanation")
    if not explanation:
        return None
    # The message names the score Upwork shows; the rest says what the model expected without
    # it and which contracts most likely carry the hidden poor ratings.
    items: list[Node] = [el("p", {}, explanation["message"])]
    expected = explanation.get("expected")
    if expected is not None:
        items.append(el("p", {"class": "jss-hint"}, "Before you told it, the model expected "
                        f"{expected}%; the score and range above now follow the score you see."))
    suspects = [s for s in explanation.get("suspects") or [] if s["p_poor"] >= 0.05]
    if suspects:
        items.append(el("ul", {}, *(
            el("li", {}, f"{s['client']} (#{s['id']}): {chance(s['p_poor'])} chance of a hidden "
                         "poor rating") for s in suspects)))
    kind = "jss-consistent" if explanation["consistent"] else "jss-inconsistent"
    return el("section", {"class": f"jss-explanation {kind}", "aria-label": "The score you see"},
              *items)


def _distribution(estimate: EstimateOut) -> Element | None:
    rows = estimate.get("distribution") or []
    if not rows:
        return None
    body = [el("tr", {}, el("td", {"data-label": "Score"},
                            "no score" if s is None else f"{s:g}%"),
               el("td", {"data-label": "Chance"}, chance(p))) for s, p in rows]
    return el("details", {"class": "jss-distribution"},
              el("summary", {}, "How likely each score is"),
              el("div", {"class": "jss-table-wrap"},
                 el("table", {"class": "jss-stack"}, el("caption", {}, "Each score's chance"),
                    el("thead", {}, el("tr", {}, el("th", {"scope": "col"}, "Score"),
                                       el("th", {"scope": "col"}, "Chance"))),
                    el("tbody", {}, *body))))


def _assumptions(estimate: EstimateOut) -> Element:
    return el("details", {"class": "jss-assumptions"},
              el("summary", {}, "What this estimate assumes"),
              el("ul", {}, *(el("li", {}, a["text"]) for a in estimate["assumptions"])),
              el("p", {}, guide_link("model/", "About the model")))


def _windows_table(a: EstimateOut, b: EstimateOut | None, diff: Diff | None) -> Element:
    head: list[Node] = [el("th", {"scope": "col"}, "Window"),
                        el("th", {"scope": "col"}, "A" if b else "Score")]
    if b is not None:
        head += [el("th", {"scope": "col"}, "B"), el("th", {"scope": "col"}, "B \u2212 A")]
    rows: list[Node] = []
    for name, label in WINDOW_LABELS.items():
        if name not in a["windows"]:
            continue
        shown = " (shown)" if a["shown_window"] == name else ""
        cells: list[Node] = [el("th", {"scope": "row"}, label),
                             el("td", {"data-label": "A" if b else "Score"},
                                percent(a["windows"][name]) + shown)]
        if b is not None and diff is not None:
            delta = diff["window_deltas"].get(name)
            shown_b = " (shown)" if b["shown_window"] == name else ""
            cells += [el("td", {"data-label": "B"}, percent(b["windows"][name]) + shown_b),
                      el("td", {"class": _delta_class(delta), "data-label": "B \u2212 A"},
                         signed(delta))]
        rows.append(el("tr", {}, *cells))
    return el("div", {"class": "jss-table-wrap"},
              el("table", {"class": "jss-stack"},
                 el("caption", {}, "Each window's score"),
                 el("thead", {}, el("tr", {}, *head)), el("tbody", {}, *rows)))


def _contracts_table(estimate: EstimateOut, caption: str, key: str) -> Element:
    rows: list[Node] = []
    contracts = estimate["contracts"]
    for n, c in enumerate(contracts[:CONTRACT_ROWS]):
        # Folded behind a disclosure button (runtime.js opens it): ten contracts with three
        # reasons each would bury the rest on a phone.
        list_id = f"jss-why-{key}-{n}"
        reasons = el("div", {"class": "jss-why"},
                     el("button", {"type": "button", "class": "jss-disclose",
                                   "aria-expanded": "false", "aria-controls": list_id},
                        _count(len(c["reasons"]), "reason")),
                     el("ul", {"class": "jss-reasons", "id": list_id, "hidden": ""}, *(
                         el("li", {}, r["text"], " ", guide_link(r["anchor"], "More"))
                         for r in c["reasons"])))
        p_poor = c.get("p_poor")
        outcome: list[Node] = [OUTCOME_LABELS.get(c["outcome"], c["outcome"])]
        if p_poor:
            outcome.append(el("small", {"class": "jss-p-poor"},
                              f" ({chance(p_poor)} chance it is a hidden failure)"))
        rows.append(el(
            "tr", {},
            el("th", {"scope": "row"}, c["client"], el("small", {}, f" #{c['id']}")),
            el("td", {"class": f"jss-outcome-{c['outcome']}", "data-label": "Outcome"}, *outcome),
            el("td", {"data-label": "Weight"}, f"{c['weight']:g}"),
            el("td", {"data-label": "Why"}, reasons)))
    head = el("tr", {}, *(el("th", {"scope": "col"}, h)
                          for h in ("Contract", "Outcome", "Weight", "Why")))
    more = None
    if len(contracts) > CONTRACT_ROWS:
        more = el("p", {"class": "jss-more-rows"},
                  f"The first {CONTRACT_ROWS} of {len(contracts):,} contracts; every one counts in "
                  "the score above. For every contract's reasons, export the history and run "
                  "the command line (see ", guide_link("model/#cli", "About the model"), ").")
    return el("div", {"class": "jss-table-wrap"},
              el("table", {"class": "jss-stack"}, el("caption", {}, caption),
                 el("thead", {}, head), el("tbody", {}, *rows)), more)


# ------------------------------------------------------------------------------ the timeline

# The drawing's own units; the SVG scales to the column's width (CSS), so a wide viewBox keeps
# the text at a readable size on a desktop and the phone gets the same shape, smaller.
_W, _H, _LEFT, _RIGHT, _TOP, _BOTTOM = 640, 260, 40, 12, 14, 40
#: Marker labels stagger over this many rows so neighbouring ones never overlap.
_LABEL_ROWS: Final = 3
#: Half a month label ("2026-03") in drawing units at the chart's 16-unit text.
_MONTH_HALF: Final = 32
#: A marker label's width in drawing units (a number in a circle).
_LABEL_GAP: Final = 18


def _day_number(iso: str) -> int:
    return date.fromisoformat(iso).toordinal()


def _departure_text(dep: DepartureOut) -> str:
    outcome = OUTCOME_LABELS.get(dep["outcome"], dep["outcome"]).lower()
    window = WINDOW_LABELS.get(dep["window"], dep["window"])
    who = dep.get("client")
    name = f"{who} (#{dep['contract']})" if who else f"contract #{dep['contract']}"
    return f"{day(dep['date'])}: {name}, {outcome}, leaves the {window} window"


def _timeline_chart(timeline: Timeline, key: str, caption: str) -> Element | None:
    points = timeline["points"]
    departures = timeline["departures"]
    if not points:
        return None
    scores = [p["score"] for p in points if p["score"] is not None]
    low = min(50, (min(scores) // 10) * 10) if scores else 50
    days = [_day_number(p["date"]) for p in points]
    first, last = days[0], max(days[-1], days[0] + 1)

    def x_at(d: int) -> float:
        return round(_LEFT + (_W - _LEFT - _RIGHT) * (d - first) / (last - first), 1)

    def y(score: float) -> float:
        return round(_TOP + (_H - _TOP - _BOTTOM) * (100 - score) / (100 - low), 1)

    parts: list[Node] = [el("title", {"id": f"jss-chart-{key}-title"}, "The score month by month"),
                         el("desc", {"id": f"jss-chart-{key}-desc"},
                            f"A line chart: {caption} Numbered dashed lines mark a contract "
                            "leaving a window; the list below the chart names each one.")]
    for tick in range(int(low), 101, 10):
        parts.append(el("line", {"class": "jss-axis", "x1": _LEFT, "x2": _W - _RIGHT,
                                 "y1": y(tick), "y2": y(tick), "stroke-opacity": "0.4"}))
        parts.append(el("text", {"x": 2, "y": y(tick) + 4}, f"{tick}%"))
    # Month labels far enough apart not to touch (a label is about 60 units wide).
    step = max(1, -(-len(points) * 70 // (_W - _LEFT - _RIGHT)))
    for i in range(0, len(points), step):
        # Centred under its day; one that would run past the drawing's edge is left out (cut
        # off, it read as a different month; the table under the chart lists every month).
        at = x_at(days[i])
        if at + _MONTH_HALF > _W:
            continue
        parts.append(el("text", {"x": at, "y": _H - _BOTTOM + 18, "text-anchor": "middle"},
                        points[i]["date"][:7]))
    placed: list[list[float]] = [[] for _ in range(_LABEL_ROWS)]
    for n, dep in enumerate(departures[:DEPARTURE_ROWS], start=1):
        d = _day_number(dep["date"])
        if not first <= d <= last:
            continue
        at = x_at(d)
        # The first row where this label keeps its distance from the ones already there.
        row = next((r for r in range(_LABEL_ROWS)
                    if all(abs(at - other) >= _LABEL_GAP for other in placed[r])), None)
        # Named by its number: the list under the chart says who leaves (once, not twice).
        parts.append(el("line", {"class": f"jss-leave jss-leave-{dep['outcome']}", "x1": at,
                                 "x2": at, "y1": _TOP, "y2": _H - _BOTTOM}))
        if row is not None:
            placed[row].append(at)
            parts.append(el("text", {"class": "jss-leave-label", "x": at, "y": _TOP + 10 + 13 * row,
                                     "text-anchor": "middle"}, str(n)))
    segment: list[str] = []
    segments: list[list[str]] = []
    for i, p in enumerate(points):
        score = p["score"]
        if score is None:
            if segment:
                segments.append(segment)
            segment = []
            continue
        segment.append(f"{x_at(days[i])},{y(score)}")
        parts.append(el("circle", {"class": "jss-dot", "cx": x_at(days[i]), "cy": y(score),
                                   "r": 3}, el("title", {}, f"{day(p['date'])}: {percent(score)}")))
    if segment:
        segments.append(segment)
    for seg in segments:
        parts.append(el("polyline", {"class": "jss-line", "points": " ".join(seg)}))
    return el("svg", {"viewBox": f"0 0 {_W} {_H}", "role": "img",
                      "aria-labelledby": f"jss-chart-{key}-title jss-chart-{key}-desc"}, *parts)


def _timeline(timeline: Timeline | None, key: str, title: str) -> Element | None:
    if not timeline or not timeline.get("points"):
        return None
    points = timeline["points"]
    first = date.fromisoformat(points[0]["date"])
    assumption = OPEN_CONTRACTS.get(timeline.get("open_contracts", "stop"), "")
    caption = (f"the estimated score on day {first.day} of each month from "
               f"{day(points[0]['date'])}, with no new contracts; {assumption}.")
    rows: list[Node] = [
        el("tr", {}, el("th", {"scope": "row"}, day(p["date"])),
           el("td", {"data-label": "Score"}, percent(p["score"])),
           el("td", {"data-label": "Window shown"},
              WINDOW_LABELS.get(p["shown_window"] or "", "\u2014")))
        for p in points]
    table = el("div", {"class": "jss-table-wrap"},
               el("table", {"class": "jss-stack"},
                  el("caption", {}, f"The score on day {first.day} of each month"),
                  el("thead", {}, el("tr", {}, el("th", {"scope": "col"}, "Day"),
                                     el("th", {"scope": "col"}, "Score"),
                                     el("th", {"scope": "col"}, "Window shown"))),
                  el("tbody", {}, *rows)))
    departures = timeline["departures"]
    leaving = [el("li", {"data-outcome": d["outcome"]}, _departure_text(d))
               for d in departures[:DEPARTURE_ROWS]]
    more = (el("p", {"class": "jss-more-rows"},
               f"The first {DEPARTURE_ROWS} of {len(departures):,} contracts that leave a window "
               "in this span; the line above counts them all.")
            if len(departures) > DEPARTURE_ROWS else None)
    return el("section", {"class": "jss-timeline", "aria-labelledby": f"jss-timeline-{key}-h"},
              el("h3", {"id": f"jss-timeline-{key}-h"}, title),
              el("figure", {"class": "jss-chart"}, _timeline_chart(timeline, key, caption),
                 el("figcaption", {"class": "jss-chart-caption"},
                    caption[0].upper() + caption[1:])),
              el("ol", {"class": "jss-leaving"}, *leaving) if leaving else
              el("p", {}, "No contract leaves a window in this span in a way that changes "
                          "the score."),
              more,
              el("details", {}, el("summary", {}, "The chart as a table"), table))


# ------------------------------------------------------------------------------ entry points


def _summary(a: EstimateOut, b: EstimateOut | None, diff: Diff | None) -> ScoreSummary:
    delta = diff["score_delta"] if diff else None
    return {
        "score": a["score"],
        "text": percent(a["score"]),
        "range": _range_text(a),
        "b_text": percent(b["score"]) if b is not None else None,
        "delta": signed(delta) if b is not None else None,
    }


def result_view(response: Numbers) -> View:
    """The view of a successful ``calculator.web.evaluate`` response.

    ``summary`` is the score block the page keeps in view (the element with id ``jss-score``, its
    ``data-score`` the integer or an empty string, is the tests' and screen readers' hook);
    ``nodes`` the rest of the result; ``bar`` the numbers of the phone's compact score bar.
    """
    a, b, diff = response["a"], response.get("b"), response.get("diff")
    summary: list[Node] = []
    if b is None:
        summary += _headline(a, "jss-score", "Estimated Job Success Score")
        announce = (f"Estimated Job Success Score {percent(a['score'])}"
                    if a["score"] is not None else "No score yet")
    else:
        delta = diff["score_delta"] if diff else None
        summary.append(el("div", {"class": "jss-compare"},
                          el("section", {"aria-label": "Scenario A"},
                             *_headline(a, "jss-score", "A: your history")),
                          el("section", {"aria-label": "Scenario B"},
                             *_headline(b, "jss-score-b", "B: what if"))))
        summary.append(el("p", {"class": "jss-headline"},
                          "Difference in the score shown, B \u2212 A: ",
                          el("strong", {"class": _delta_class(delta), "id": "jss-score-delta"},
                             signed(delta) + (" points" if delta is not None else ""))))
        announce = (f"A {percent(a['score'])}, B {percent(b['score'])}, "
                    f"difference {signed(delta)}")
    nodes: list[Node | None] = [_explanation(a), _distribution(a), _assumptions(a),
                                _windows_table(a, b, diff),
                                _contracts_table(a, "How each contract counts"
                                                 + (" in A" if b else ""), "a")]
    if b is not None:
        nodes.append(_contracts_table(b, "How each contract counts in B", "b"))
    timelines = response.get("timeline") or {}
    for key in ("a", "b"):
        title = "If nothing changes: the next months" + (f" ({key.upper()})" if b else "")
        nodes.append(_timeline(timelines.get(key), key, title))
    return {"summary": summary, "nodes": [n for n in nodes if n is not None],
            "bar": _summary(a, b, diff), "announce": announce}


def arbitration_view(response: ArbitrationResponse) -> ArbitrationView:
    """The options of a successful ``calculator.web.arbitration`` response."""
    result = response["result"]
    rows: list[Node] = []
    for o in result["options"]:
        best = o["id"] == result["best_expected"]
        rows.append(el(
            "tr", {"data-option": o["id"], "class": "jss-best" if best else None},
            el("th", {"scope": "row"}, o["label"], " (highest expected)" if best else None),
            el("td", {"data-usd": f"{o['expected_usd']:.2f}", "data-label": "Expected"},
               usd(o["expected_usd"])),
            el("td", {"data-usd": f"{o['best_usd']:.2f}", "data-label": "Best case"},
               usd(o["best_usd"])),
            el("td", {"data-usd": f"{o['worst_usd']:.2f}", "data-label": "Worst case"},
               usd(o["worst_usd"])),
            el("td", {"data-label": "Why"}, o["explanation"])))
    head = el("tr", {}, *(el("th", {"scope": "col"}, h)
                          for h in ("Option", "Expected", "Best case", "Worst case", "Why")))
    nodes: list[Node] = []
    offer = result["offer_usd"]
    if offer is not None and offer > result["escrow_usd"]:
        nodes.append(el("p", {"class": "jss-warning", "id": "jss-arb-offer-warning"},
                        f"Check the offer: {usd(offer)} is more than the "
                        f"{usd(result['escrow_usd'])} in escrow. Arbitration can only award the "
                        "escrow, so an offer above it is unusual; is one of the two mistyped?"))
    nodes += [el("div", {"class": "jss-table-wrap"},
                            el("table", {"id": "jss-arbitration-options", "class": "jss-stack"},
                               el("caption", {}, "What each option brings you, in USD"),
                               el("thead", {}, head), el("tbody", {}, *rows)))]
    if result.get("break_even_p_win") is not None:
        nodes.append(el("p", {}, "Paying the fee beats the offer on average when your chance of "
                                 f"winning is above {chance(result['break_even_p_win'] or 0)}."))
    nodes.append(el("ul", {}, *(el("li", {}, n) for n in result["notes"])))
    top = next(o for o in result["options"] if o["id"] == result["best_expected"])
    return {"nodes": nodes,
            "announce": f"Highest expected: {top['label']}, {usd(top['expected_usd'])}"}

