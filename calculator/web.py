"""The page's edge: JSON text in, JSON text out, every value validated here and nowhere else."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Final, cast

from .arbitration import arbitration as _arbitration
from .codec import dump_json as _dump_json
from .codec import load_json, parse_json_text, read_form, to_dict
from .dates import add_months
from .errors import FieldError
from .estimate import estimate
from .model import History
from .presets import PRESETS
from .rules import RULE_SETS
from .scenarios import OPEN_CONTRACTS, OpenContracts, compare, departures, timeline
from .share import MAX_SHARE_CHARS, decode_share, encode_share
from .view import ArbitrationResponse, EvaluateResponse, arbitration_view, result_view

__all__ = [
    "arbitration",
    "evaluate",
    "export_json",
    "import_json",
    "open_fragment",
    "presets",
    "rule_sets",
]

#: How far ahead the timeline looks by default: long enough for every window to empty.
TIMELINE_MONTHS: Final = 24
#: What the page's timeline assumes of an open contract unless the request says otherwise.
PAGE_OPEN_CONTRACTS: Final[OpenContracts] = "keep-paying"
_SIDES: Final = ("a", "b")


def evaluate(request: str) -> str:
    """Estimate scenario ``a`` (and ``b``), their difference, timelines and the share fragment.

    One call per edit returns everything the page draws: the answer carries ``view`` (the
    result's view trees, calculator.view) beside the numbers. Every field error of the form is
    reported (the first per contract), each with its path prefixed by the scenario:
    ``a.contracts[2].earnings``. ``timeline`` may hold ``from``/``to`` dates and
    ``open_contracts`` ("keep-paying", the page's default, or "stop").
    """
    try:
        req = _object(parse_json_text(request, "request"), "request")
        errors: list[dict[str, str]] = []
        histories = {side: _form(req.get(side), side, errors) for side in _SIDES
                     if side == "a" or req.get(side) is not None}
        if errors or histories.get("a") is None:
            return _dump({"ok": False, "errors": errors})
        a = histories["a"]
        b = histories.get("b")
        assert a is not None
        span = _span(req.get("timeline"), a)
        open_contracts = _open_contracts(req.get("timeline"))
        out: dict[str, object] = {"ok": True, "errors": []}
        if b is None:
            out["a"] = estimate(a).to_dict()
            out["b"] = out["diff"] = None
        else:
            comparison = compare(a, b)
            out["a"], out["b"] = comparison.a.to_dict(), comparison.b.to_dict()
            out["diff"] = {"score_delta": comparison.score_delta,
                           "window_deltas": comparison.window_deltas}
        out["timeline"] = {side: _timeline(h, span, open_contracts) if h else None
                           for side, h in (("a", a), ("b", b))}
        link = fragment(a, b)
        too_long = any(len(part) > MAX_SHARE_CHARS + 2 for part in link.split("&"))
        out["fragment"] = None if too_long else link
        out["fragment_error"] = (f"This history is too large for a link (over "
                                 f"{MAX_SHARE_CHARS:,} characters): export it as a file."
                                 if too_long else None)
        out["view"] = result_view(cast(EvaluateResponse, out))
        return _dump(out)
    except FieldError as err:
        return _dump({"ok": False, "errors": [err.to_dict()]})


def fragment(a: History, b: History | None = None) -> str:
    """The URL fragment (without ``#``) that opens the calculator on these histories."""
    text = f"a={encode_share(a)}"
    return f"{text}&b={encode_share(b)}" if b is not None else text


def open_fragment(text: str) -> str:
    """Read a URL fragment ``a=<share>[&b=<share>]`` back into the page's histories."""
    try:
        body = text[1:] if isinstance(text, str) and text.startswith("#") else text
        if not isinstance(body, str):
            raise FieldError("link", "could not be read as text")
        if len(body) > 2 * MAX_SHARE_CHARS + 8:
            raise FieldError("link", f"is too long: over {2 * MAX_SHARE_CHARS:,} characters, "
                                     "more than any link this site makes; it may have been "
                                     "changed or joined with other text")
        parts: dict[str, str] = {}
        for piece in filter(None, body.split("&")):
            key, eq, value = piece.partition("=")
            if not eq or key not in _SIDES or key in parts:
                raise FieldError("link", "expected a=<share string>, optionally &b=<share string>")
            parts[key] = value
        if "a" not in parts:
            raise FieldError("link", "has no scenario in it (a=...)")
        out: dict[str, object] = {"ok": True}
        for side in _SIDES:
            try:
                out[side] = to_dict(decode_share(parts[side])) if side in parts else None
            except FieldError as err:
                raise FieldError(f"{side}.{err.path}" if err.path != "link" else "link",
                                 err.message) from None
        return _dump(out)
    except FieldError as err:
        return _dump({"ok": False, "error": err.to_dict()})


def import_json(text: str) -> str:
    """Read an imported file in the history format; nothing changes unless it is valid."""
    try:
        return _dump({"ok": True, "a": to_dict(load_json(text)), "b": None})
    except FieldError as err:
        return _dump({"ok": False, "error": err.to_dict()})


def export_json(form: str) -> str:
    """The history in the form as a JSON file's text, or the errors that prevent it."""
    try:
        data = parse_json_text(form, "request")
        errors: list[dict[str, str]] = []
        history = _form(data, "a", errors)
        if history is None:
            return _dump({"ok": False, "errors": errors})
        return _dump({"ok": True, "text": _dump_json(history)})
    except FieldError as err:
        return _dump({"ok": False, "errors": [err.to_dict()]})


def arbitration(request: str) -> str:
    """Arbitration options from form values; chances are in percent (0-100)."""
    try:
        req = _object(parse_json_text(request, "request"), "request")
        values: dict[str, float | None] = {}
        for key in ("escrow", "fee", "offer", "p_other_pays", "p_win"):
            values[key] = _number(req.get(key), key, percent=key.startswith("p_"))
        for key in ("escrow", "fee"):
            if values[key] is None:
                raise FieldError(key, "is required")
        advice = _arbitration(
            escrow_usd=values["escrow"] or 0.0, fee_usd=values["fee"] or 0.0,
            offer_usd=values["offer"],
            p_other_pays=_or(values["p_other_pays"], 0.5), p_win=_or(values["p_win"], 0.5))
        out = {"ok": True, "result": advice.to_dict()}
        return _dump({**out, "view": arbitration_view(cast(ArbitrationResponse, out))})
    except FieldError as err:
        return _dump({"ok": False, "errors": [err.to_dict()]})


def presets() -> str:
    """The source threads' cases, ready to load into the form."""
    return _dump([p.to_dict() for p in PRESETS])


def rule_sets() -> str:
    """The rule sets the page offers, oldest first."""
    return _dump([r.to_dict() for r in RULE_SETS])


def _form(data: object, side: str, errors: list[dict[str, str]]) -> History | None:
    """Read a form history, adding every field error (prefixed by the scenario) to ``errors``."""
    if not isinstance(data, Mapping):
        errors.append({"path": side, "message": "expected a history"})
        return None
    history, problems = read_form(data)
    errors.extend({"path": f"{side}.{e.path}", "message": e.message} for e in problems)
    return history


def _open_contracts(value: object) -> OpenContracts:
    choice = value.get("open_contracts") if isinstance(value, Mapping) else None
    if choice is None:
        return PAGE_OPEN_CONTRACTS
    for known in OPEN_CONTRACTS:
        if choice == known:
            return known
    raise FieldError("timeline.open_contracts", "expected keep-paying or stop")


def _span(value: object, history: History) -> tuple[date, date]:
    if value is None or (isinstance(value, Mapping) and "from" not in value
                         and "to" not in value):
        return history.as_of, add_months(history.as_of, TIMELINE_MONTHS)
    req = _object(value, "timeline")
    try:
        start = date.fromisoformat(str(req.get("from")))
        end = date.fromisoformat(str(req.get("to")))
    except ValueError:
        raise FieldError("timeline", "expected from and to dates as YYYY-MM-DD") from None
    if end < start or add_months(start, 120) < end:
        raise FieldError("timeline", "expected an end after the start, at most 10 years later")
    return start, end


def _timeline(history: History, span: tuple[date, date],
              open_contracts: OpenContracts) -> dict[str, object]:
    start, end = span
    clients = {c.id: c.client for c in history.contracts}
    return {
        "from": start.isoformat(), "to": end.isoformat(), "open_contracts": open_contracts,
        "points": [p.to_dict() for p in timeline(history, start, end,
                                                 open_contracts=open_contracts)],
        "departures": [{**d.to_dict(), "client": clients.get(d.contract_id, "")}
                       for d in departures(history, start, end, changing_score=True)],
    }


def _object(value: object, path: str) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise FieldError(path, "expected a JSON object")
    return value


def _number(value: object, path: str, *, percent: bool) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        text = value.strip().replace(",", "").replace("$", "").replace("%", "").strip()
        try:
            number = float(text)
        except ValueError:
            unit = "a percentage from 0 to 100" if percent else "an amount in USD"
            raise FieldError(path, f"expected {unit}") from None
    elif isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    else:
        raise FieldError(path, "expected a number")
    if percent:
        if not 0 <= number <= 100:
            raise FieldError(path, "expected a percentage from 0 to 100")
        return number / 100
    return number


def _or(value: float | None, default: float) -> float:
    return default if value is None else value


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
