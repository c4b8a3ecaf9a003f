"""The review table an import shows before anything changes: what was read, what is missing."""

from __future__ import annotations

from typing import Final

from ..view import Element, Node, el, usd
from . import ImportResult, Problem
from .merge import MISSING_LABELS, Imported

__all__ = ["REVIEW_ROWS", "problems_view", "review_view"]

#: Rows drawn in the review table; the rest are counted (all are imported).
REVIEW_ROWS: Final = 300
_MISSING: Final = {"class": "jss-missing"}


def review_view(result: ImportResult) -> list[Node]:
    """The summary, the notes, and one row per contract with its missing fields marked."""
    totals = result.totals()
    n = len(result.contracts)
    files = ", ".join(f"{f.name} ({f.format}, {f.rows:,} "
                      f"{'items' if f.format == 'profile JSON' else 'rows'})" for f in result.files)
    earnings = sum(c.earnings_usd for c in result.contracts)
    lacking = sum(1 for c in result.contracts if c.missing)
    nodes: list[Node] = [
        el("p", {"class": "jss-import-summary"},
           f"Read {files}: {n:,} contract{'s' if n != 1 else ''}, "
           f"{totals['payments']:,} payments, {usd(earnings)} in all, "
           f"as of {result.as_of.isoformat()}. ",
           el("strong", {}, f"{lacking:,} contract{'s' if lacking != 1 else ''} lack fields "
                            "the files do not hold") if lacking else "Every field was in the "
                                                                    "files.",
           " (marked below: fill them in after importing)." if lacking else ""),
    ]
    if result.notes:
        nodes.append(el("ul", {"class": "jss-import-notes"},
                        *(el("li", {}, str(note)) for note in result.notes[:50])))
        if len(result.notes) > 50:
            nodes.append(el("p", {}, f"and {len(result.notes) - 50:,} more notes"))
    nodes.append(_table(result.contracts))
    return nodes


def problems_view(problems: tuple[Problem, ...]) -> list[Node]:
    """Why nothing was imported: each problem with its file, row and column."""
    return [el("p", {"class": "jss-error"}, "Nothing was imported; your history is as it was. "
                                            "Fix these and try again:"),
            el("ul", {"class": "jss-import-errors"},
               *(el("li", {}, el("strong", {}, p.where), f": {p.message}")
                 for p in problems))]


def _table(contracts: tuple[Imported, ...]) -> Element:
    head = ("Contract", "Client", "Kind", "Start", "End", "Earnings", "Last payment", "Stars",
            "From")
    rows = [_row(c) for c in contracts[:REVIEW_ROWS]]
    more = len(contracts) - REVIEW_ROWS
    caption = "What the files hold, contract by contract"
    if more > 0:
        caption += f" (the first {REVIEW_ROWS}; {more:,} more are imported too)"
    return el("div", {"class": "jss-import-table"},
              el("table", {},
                 el("caption", {}, caption),
                 el("thead", {}, el("tr", {}, *(el("th", {"scope": "col"}, h) for h in head))),
                 el("tbody", {}, *rows)))


def _row(c: Imported) -> Element:
    def cell(name: str, text: str) -> Element:
        if name in c.missing:
            return el("td", {**_MISSING, "title": f"not in the files: {MISSING_LABELS[name]}"},
                      el("em", {}, "missing"))
        return el("td", {}, text)

    stars = "none" if c.public_rating is None else f"{c.public_rating:g}"
    return el("tr", {"data-id": c.id},
              el("th", {"scope": "row"}, c.title, " ", el("small", {}, c.id)),
              cell("client", c.client),
              cell("kind", "Hourly" if c.kind == "hourly" else "Fixed"),
              cell("start", c.start.isoformat()),
              cell("end", c.end.isoformat() if c.end else "open"),
              cell("earnings", usd(c.earnings_usd)),
              cell("last_payment", c.last_payment.isoformat() if c.last_payment else "never"),
              cell("public_rating", stars),
              el("td", {}, " + ".join(c.sources)))
