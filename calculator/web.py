"""The page's protocol: JSON text in, JSON text out; input is read by :mod:`calculator.parse`."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Final, cast

from .arbitration import arbitration as _arbitration
from .codec import dump_json as _dump_json
from .codec import to_dict
from .errors import LONE_SURROGATE, FieldError
from .estimate import Estimate, estimate
from .fields import HISTORY_FIELDS
from .model import History
from .parse import (
    SIDES,
    arbitration_request,
    load_json,
    parse_json_text,
    read_form,
    read_fragment,
    request_object,
    request_span,
)
from .presets import PRESETS
from .rules import RULE_SETS
from .scenarios import OPEN_CONTRACTS, OpenContracts, compare, departures, timeline
from .share import MAX_SHARE_CHARS, encode_share
from .view import (
    ArbitrationResponse,
    Diff,
    ErrorOut,
    EstimateOut,
    EvaluateAnswer,
    Numbers,
    Timeline,
    arbitration_view,
    result_view,
)

__all__ = [
    "arbitration",
    "evaluate",
    "export_json",
    "form_fields",
    "import_files",
    "import_json",
    "open_fragment",
    "presets",
    "rule_sets",
]

#: What the page's timeline assumes of an open contract unless the request says otherwise.
PAGE_OPEN_CONTRACTS: Final[OpenContracts] = "keep-paying"

def evaluate(request: str) -> str:
    """The page's answer for the history in its form: the result's view and the share link.

    One call per edit returns everything the page draws and nothing else (the shape is
    :class:`calculator.view.EvaluateAnswer`): ``view`` (scenario ``a``, and ``b`` beside it
    when the request has one, their difference, timelines: calculator.view), ``fragment`` and
    ``fragment_error``. Every field error of the form is reported (the first per contract), each
    with its path prefixed by the scenario: ``a.contracts[2].earnings``. ``timeline`` may hold
    ``from``/``to`` dates and ``open_contracts`` ("keep-paying", the page's default, or
    "stop"). With ``"numbers": true`` the answer also carries the numbers the view was drawn
    from (``a``, ``b``, ``diff``, ``timeline``: :class:`calculator.view.Numbers`).
    """
    try:
        req = request_object(request)
        errors: list[ErrorOut] = []
        histories = {side: _form(req.get(side), side, errors) for side in SIDES
                     if side == "a" or req.get(side) is not None}
        a = histories.get("a")
        if errors or a is None:
            return _dump(EvaluateAnswer(ok=False, errors=errors))
        b = histories.get("b")
        numbers = _numbers(a, b, req.get("timeline"))
        link = fragment(a, b)
        too_long = any(len(part) > MAX_SHARE_CHARS + 2 for part in link.split("&"))
        answer = EvaluateAnswer(
            ok=True, errors=[], view=result_view(numbers),
            fragment=None if too_long else link,
            fragment_error=(f"This history is too large for a link (over {MAX_SHARE_CHARS:,} "
                            "characters): export it as a file." if too_long else None))
        return _dump({**answer, **numbers} if req.get("numbers") is True else answer)
    except FieldError as err:
        return _dump(EvaluateAnswer(ok=False, errors=[_error(err)]))


def _numbers(a: History, b: History | None, timeline_request: object) -> Numbers:
    """Both estimates (compared when there is a B), their difference and timelines."""
    span = request_span(timeline_request, a.as_of)
    open_contracts = _open_contracts(timeline_request)
    diff: Diff | None = None
    if b is None:
        estimates = {"a": estimate(a)}
    else:
        comparison = compare(a, b)
        estimates = {"a": comparison.a, "b": comparison.b}
        diff = {"score_delta": comparison.score_delta,
                "window_deltas": comparison.window_deltas}
    out = {side: _estimate_out(e) for side, e in estimates.items()}
    return Numbers(
        a=out["a"], b=out.get("b"), diff=diff,
        timeline={side: _timeline(h, span, open_contracts, estimates[side]) if h else None
                  for side, h in (("a", a), ("b", b))})


def _estimate_out(e: Estimate) -> EstimateOut:
    # Estimate.to_dict() is the JSON form EstimateOut describes (tests/calculator/test_web.py
    # checks the keys); the one place the untyped dict meets the declared shape.
    return cast(EstimateOut, e.to_dict())


def _error(err: FieldError) -> ErrorOut:
    d = err.to_dict()
    return ErrorOut(path=d["path"], message=d["message"])


def fragment(a: History, b: History | None = None) -> str:
    """The URL fragment (without ``#``) that opens the calculator on these histories."""
    text = f"a={encode_share(a)}"
    return f"{text}&b={encode_share(b)}" if b is not None else text


def open_fragment(text: str) -> str:
    """Read a URL fragment ``a=<share>[&b=<share>]`` back into the page's histories."""
    try:
        histories = read_fragment(text)
        return _dump({"ok": True, **{side: None if h is None else to_dict(h)
                                     for side, h in histories.items()}})
    except FieldError as err:
        return _dump({"ok": False, "error": err.to_dict()})


def import_json(text: str) -> str:
    """Read an imported file in the history format; nothing changes unless it is valid."""
    try:
        return _dump({"ok": True, "a": to_dict(load_json(text)), "b": None})
    except FieldError as err:
        return _dump({"ok": False, "error": err.to_dict()})


def import_files(request: str) -> str:
    """Read files exported from Upwork (earnings report CSVs, the profile's work-history JSON,
    a pasted table) into a history for the reader to review; nothing changes on the page until
    the reader confirms.

    Request ``{"files": [{"name", "text"} | {"name", "base64"}], "columns": {role: header},
    "decimal_comma": bool, "as_of": "YYYY-MM-DD"|null, "current": form|null}``. Answer
    ``{"ok": true, "history", "added", "missing", "notes", "totals", "view"}`` (``history``
    replaces the current one, ``added`` is the current one with the imported contracts added,
    an imported contract replacing one with the same id), or ``{"ok": false, "errors": [{"file",
    "row", "column", "where", "message", "headers"?}], "view"}``.
    """
    # Imported here, on the first import only: the importers are a sixth of the package's import
    # time in Pyodide, and the page's first estimate, which the reader waits for, needs none of it.
    from .importing import ImportFailed, Problem, read_import
    from .importing.request import added_to, import_request
    from .importing.review import problems_view, review_view

    try:
        req = request_object(request)
        files, options = import_request(req)
        result = read_import(files, **options)
    except ImportFailed as err:
        return _dump({"ok": False, "errors": [p.to_dict() for p in err.problems],
                      "view": problems_view(err.problems)})
    except FieldError as err:
        problem = Problem("import", None, err.path or None, err.message)
        return _dump({"ok": False, "errors": [problem.to_dict()],
                      "view": problems_view((problem,))})
    history = result.history()
    current = req.get("current")
    return _dump({"ok": True, "history": history,
                  "added": added_to(current, history) if isinstance(current, Mapping) else None,
                  "missing": result.missing, "notes": [n.to_dict() for n in result.notes],
                  "totals": result.totals(), "files": [f.to_dict() for f in result.files],
                  "view": review_view(result)})


def export_json(form: str) -> str:
    """The history in the form as a JSON file's text, or the errors that prevent it."""
    try:
        data = parse_json_text(form, "request")
        errors: list[ErrorOut] = []
        history = _form(data, "a", errors)
        if history is None:
            return _dump({"ok": False, "errors": errors})
        return _dump({"ok": True, "text": _dump_json(history)})
    except FieldError as err:
        return _dump({"ok": False, "errors": [err.to_dict()]})


def arbitration(request: str) -> str:
    """Arbitration options from form values; chances are in percent (0-100)."""
    try:
        advice = _arbitration(*arbitration_request(request_object(request)))
        out = {"ok": True, "result": advice.to_dict()}
        return _dump({**out, "view": arbitration_view(cast(ArbitrationResponse, out))})
    except FieldError as err:
        return _dump({"ok": False, "errors": [err.to_dict()]})


def presets() -> str:
    """The source threads' cases, ready to load into the form."""
    return _dump([p.to_dict() for p in PRESETS])


def form_fields() -> str:
    """The history format's fields (:mod:`calculator.fields`) for the page to draw its form from.

    A list of field objects (``name``, ``label``, ``kind``, ``hint``, ``placeholder``,
    ``required``, ``choices``, ``low``, ``high``, ``max_chars``, ``decimals``, and ``items`` for
    the ``shown`` and ``contracts`` lists); the rule-set choices come from :data:`RULE_SETS`.

    >>> [f["name"] for f in json.loads(form_fields())][:3]
    ['schema', 'as_of', 'rules']
    """
    out = []
    for f in HISTORY_FIELDS:
        data = f.to_dict()
        if f.name == "rules":
            data["choices"] = [["", "In force on that day"],
                               *([r.id, r.name] for r in RULE_SETS)]
        out.append(data)
    return _dump(out)


def rule_sets() -> str:
    """The rule sets the page offers, oldest first."""
    return _dump([r.to_dict() for r in RULE_SETS])


def _form(data: object, side: str, errors: list[ErrorOut]) -> History | None:
    """Read a form history, adding every field error (prefixed by the scenario) to ``errors``."""
    if not isinstance(data, Mapping):
        errors.append(ErrorOut(path=side, message="expected a history"))
        return None
    history, problems = read_form(data)
    errors.extend(ErrorOut(path=f"{side}.{e.path}", message=e.message) for e in problems)
    return history


def _open_contracts(value: object) -> OpenContracts:
    """The timeline's assumption for open contracts (``timeline.open_contracts``)."""
    choice = value.get("open_contracts") if isinstance(value, Mapping) else None
    if choice is None:
        return PAGE_OPEN_CONTRACTS
    for known in OPEN_CONTRACTS:
        if choice == known:
            return known
    raise FieldError("timeline.open_contracts", "expected keep-paying or stop")


def _timeline(history: History, span: tuple[date, date], open_contracts: OpenContracts,
              estimated: Estimate) -> Timeline:
    start, end = span
    clients = {c.id: c.client for c in history.contracts}
    out = {
        "from": start.isoformat(), "to": end.isoformat(), "open_contracts": open_contracts,
        "points": [p.to_dict() for p in timeline(history, start, end,
                                                 open_contracts=open_contracts,
                                                 estimated=estimated)],
        "departures": [{**d.to_dict(), "client": clients.get(d.contract_id, "")}
                       for d in departures(history, start, end, changing_score=True,
                                           open_contracts=open_contracts)],
    }
    return cast(Timeline, out)


def _dump(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    # Input is checked for half of a UTF-16 pair on its own, which no UTF-8 text (and not the
    # page's bridge to Python) can carry; should one still get here, it goes out escaped.
    if LONE_SURROGATE.search(text):
        return json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    return text
