"""No input ends in a Python traceback: a file, the form, a link or a command line.

The three inputs that once did (an integer too large for a float, half of a UTF-16 pair in a
client name, an as-of date in 9999 with an open contract) are checked one by one; then a fuzz
test sends generated inputs through the command line (in-process), the page's entry points
(``calculator.web``) and the share decoder. Each must answer, or refuse with a field error:
nothing may escape. The generator draws every contract field from ``calculator.fields``, so a
field added there is fuzzed too. Seeded (``FUZZ_SEED`` to vary it), about 2,400 inputs.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
import tempfile
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from calculator import FieldError, cli, web
from calculator.dates import add_months, window_exit
from calculator.estimate import estimate
from calculator.fields import CONTRACT_FIELDS, LAST_AS_OF, SHARE_FIELDS, Field
from calculator.parse import decode_share, from_dict, read_fragment
from calculator.rules import WINDOW_MONTHS
from calculator.scenarios import MAX_TIMELINE_MONTHS, departures, timeline

SEED = int(os.environ.get("FUZZ_SEED", "20261206"))
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "2400"))


def _pack(raw: bytes) -> str:
    return "1." + base64.urlsafe_b64encode(zlib.compress(raw, 9)).rstrip(b"=").decode("ascii")


def _doc(**contract: object) -> dict[str, Any]:
    base = {"client": "A", "kind": "hourly", "start": "2025-01-01", "end": None,
            "earnings": 5, "last_payment": "2025-02-01"}
    return {"schema": 1, "as_of": "2025-06-01", "contracts": [{**base, **contract}]}


# ---------------------------------------------------------------- the three inputs, one by one


def test_an_integer_too_large_for_a_float_is_a_field_error() -> None:
    for name in ("earnings", "refunded_usd", "public_rating", "private_rating"):
        doc = _doc(end="2025-03-01", **{name: 10**400})
        out = json.loads(web.import_json(json.dumps(doc)))
        assert out["error"]["path"] == f"contracts[0].{name}"
    doc = {**_doc(), "shown": [{"date": "2025-06-01", "score": -10**400}]}
    assert json.loads(web.import_json(json.dumps(doc)))["error"]["path"] == "shown[0].score"
    out = json.loads(web.evaluate(json.dumps({"a": _doc(earnings=10**400)})))
    assert out["errors"][0]["path"] == "a.contracts[0].earnings"


@pytest.mark.parametrize("name", ["\ud800", "Acme \udfff", "\ud83d"])
def test_half_of_a_utf16_pair_in_a_client_name_is_a_field_error(name: str) -> None:
    text = json.dumps(_doc(client=name))  # ensure_ascii: the file holds the escape \ud800
    out = json.loads(web.import_json(text))
    assert out["error"]["path"] == "contracts[0].client"
    assert "broken character" in out["error"]["message"]
    form = {"as_of": "1 Jun 2025", "contracts": [{**_doc()["contracts"][0], "client": name}]}
    out = json.loads(web.evaluate(json.dumps({"a": form})))
    assert out["errors"][0]["path"] == "a.contracts[0].client"
    out = json.loads(web.export_json(json.dumps(form)))
    assert out["errors"][0]["path"] == "a.contracts[0].client"


def test_a_short_link_with_half_a_pair_in_a_name_is_refused_clearly() -> None:
    row = ["1", "\ud800", "fixed", "2025-01-01", None, 0, None, None, "unknown", False]
    raw = json.dumps({"schema": 1, "as_of": "2025-06-01", "contracts": [row]}).encode()
    fragment = "a=" + _pack(raw)
    assert len(fragment) < 170  # the size of the link that once broke the page
    out = json.loads(web.open_fragment(fragment))
    assert out == {"ok": False, "error": {
        "path": "a.contracts[0].client",
        "message": "expected a client name without a broken character (half of an emoji or "
                   "symbol, as when text is cut in the middle of one)"}}
    # A key with half a pair is named with the replacement character, and can be sent on.
    raw = json.dumps({"schema": 1, "as_of": "2025-06-01", "\udc00": 1,
                      "contracts": []}).encode()
    out = json.loads(web.open_fragment("a=" + _pack(raw)))
    assert out["error"]["path"] == "a.\ufffd"
    out["error"]["path"].encode("utf-8")


@pytest.mark.parametrize("as_of", ["9999-12-31", "2101-01-01", "8999-06-30"])
def test_an_as_of_date_past_the_limit_is_a_field_error_at_as_of(as_of: str) -> None:
    doc = {**_doc(start="2100-01-01", last_payment="2100-02-01"), "as_of": as_of}
    with pytest.raises(FieldError) as err:
        from_dict(doc)
    assert err.value.path == "as_of"
    assert "31 December 2100" in err.value.message
    out = json.loads(web.evaluate(json.dumps({"a": doc})))
    assert out["errors"][0]["path"] == "a.as_of"


def test_the_last_as_of_date_leaves_room_for_everything_the_model_computes() -> None:
    # The furthest the model looks past as_of: a timeline's length, then a window's exit.
    longest = max(WINDOW_MONTHS.values())
    reach = window_exit(add_months(LAST_AS_OF, MAX_TIMELINE_MONTHS), longest)
    assert reach.year < 2115  # and date.max is in 9999: thousands of years to spare
    # And the model runs there: an open contract, its estimate, a ten-year timeline, departures.
    h = from_dict({**_doc(start="2100-01-01", last_payment="2100-06-01",
                          client="Open"), "as_of": LAST_AS_OF.isoformat()})
    end = add_months(LAST_AS_OF, MAX_TIMELINE_MONTHS)
    assert estimate(h).to_dict()
    assert timeline(h, LAST_AS_OF, end)
    departures(h, LAST_AS_OF, end)
    assert json.loads(web.evaluate(json.dumps({"a": _doc(), "timeline": None})))["ok"]
    request = {"a": {**_doc(start="2100-01-01", last_payment="2100-06-01"),
                     "as_of": LAST_AS_OF.isoformat()},
               "timeline": {"from": LAST_AS_OF.isoformat(), "to": end.isoformat()}}
    assert json.loads(web.evaluate(json.dumps(request)))["ok"]


# ---------------------------------------------------------------- the fuzz test

_DAYS = st.one_of(
    st.dates(date(2014, 6, 1), date(2026, 12, 31)),
    st.sampled_from([date(2015, 3, 1), date(2100, 12, 31), date(2101, 1, 1), date(9999, 12, 31),
                     date(1, 1, 1), date(8999, 12, 31)]),
).map(date.isoformat)
_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=12)
_ODD_TEXT = st.sampled_from(["", " ", "\ud800", "a\udfff", "\ud83d\ude00", "\x00", "1e400",
                             "NaN", "-0", "99999999999999999999", "1,5", "$", "unknown",
                             "none", "2025-02-30", "5 Foo 2025", "31/12/9999", "<b>x</b>"])
_NUMBERS = st.one_of(
    st.integers(-3, 12), st.integers(-10**400, 10**400),
    st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([0.005, 4.999, 1e308]),
)
_ANY = st.recursive(
    st.none() | st.booleans() | _NUMBERS | _TEXT | _ODD_TEXT | _DAYS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_TEXT, inner, max_size=3),
    max_leaves=6,
)


def _plausible(f: Field) -> st.SearchStrategy[object]:
    """Values of the field's own kind, mostly valid (calculator.fields decides which kinds)."""
    if f.kind == "date":
        return _DAYS | st.none()
    if f.kind == "money":
        return st.sampled_from([0, 5, 120.5, 100_000_000]) | _NUMBERS
    if f.kind == "stars":
        return st.sampled_from([None, 1.0, 4.5, 5]) | _NUMBERS
    if f.kind == "private":
        return st.sampled_from(["unknown", None, 0, 7, 10]) | _NUMBERS
    if f.kind == "bool":
        return st.booleans()
    if f.kind == "choice":
        return st.sampled_from([v for v, _ in f.choices if v] + [None])
    return st.sampled_from(["Acme", "北京", "x" * 101]) | _TEXT


def _value(f: Field) -> st.SearchStrategy[object]:
    return st.one_of(_plausible(f), _plausible(f), _plausible(f), _ANY, _ODD_TEXT)


_CONTRACT = st.fixed_dictionaries(
    {}, optional={f.name: _value(f) for f in CONTRACT_FIELDS if not f.required}
).flatmap(lambda extra: st.fixed_dictionaries(
    {f.name: _value(f) for f in CONTRACT_FIELDS if f.required}).map(
        lambda required: {**required, **extra}))
_HISTORY = st.fixed_dictionaries(
    {"schema": st.sampled_from([1, 1, 1, 2, "1"]), "as_of": _DAYS,
     "contracts": st.lists(_CONTRACT | _ANY, max_size=3)},
    optional={"rules": st.sampled_from(["2015-03", "2025", "nope"]) | _ANY,
              "shown": st.lists(st.fixed_dictionaries({"date": _DAYS, "score": _NUMBERS}),
                                max_size=2) | _ANY,
              "extra": _ANY},
)


def _text(doc: object) -> str:
    """JSON text of ``doc``; its NaNs and half-pairs are written as Python's encoder does."""
    return json.dumps(doc, default=str)


def _share(doc: dict[str, Any], cut: int) -> str:
    """The document packed as a share string, rows cut or padded by ``cut`` fields."""
    rows = []
    for c in doc.get("contracts", []):
        if not isinstance(c, dict):
            rows.append(c)
            continue
        row = [c.get(name) for name in SHARE_FIELDS]
        rows.append(row[:len(row) + cut] if cut < 0 else [*row, *([None] * cut)])
    return _pack(_text({**doc, "contracts": rows}).encode("utf-8", "surrogatepass"))


def _form(doc: dict[str, Any]) -> dict[str, Any]:
    """The document as the page sends it: values as typed text."""
    def typed(value: object) -> object:
        return value if isinstance(value, bool | dict | list) or value is None else str(value)
    contracts = [{k: typed(v) for k, v in c.items()} if isinstance(c, dict) else c
                 for c in doc.get("contracts", [])]
    return {**doc, "as_of": typed(doc.get("as_of")), "contracts": contracts}


@contextlib.contextmanager
def _console() -> Iterator[None]:
    """Standard output and error as a terminal has them: UTF-8, output strict."""
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="backslashreplace")
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        yield
        out.flush()
        err.flush()


_CLI_OPTIONS = st.lists(st.sampled_from([
    ["--shown", "87"], ["--shown", "none"], ["--shown", "\ud800"], ["--shown", "10**400"],
    ["--shown-before", "2025-01-01:90"], ["--shown-before", "9999-12-31:1"],
    ["--rules", "2025"], ["--rules", "x"], ["--from", "2025-01-01"], ["--to", "9999-12-31"],
    ["--to", "2101-01-01"], ["--departures"],
]), max_size=2)

_ENTRY = st.sampled_from(["import", "export", "evaluate", "link", "link-text", "cli",
                          "arbitration", "decode"])


def _check_web(answer: str) -> None:
    out = json.loads(answer)
    assert isinstance(out, dict) and isinstance(out["ok"], bool)
    answer.encode("utf-8")  # the page's bridge takes it


def _run(entry: str, doc: dict[str, Any], data: st.DataObject, folder: Path) -> None:
    if entry == "import":
        _check_web(web.import_json(data.draw(st.sampled_from(
            [_text(doc), _text(doc)[:-3], _text(doc).replace("1", "1" * 400)]))))
    elif entry == "export":
        _check_web(web.export_json(_text(_form(doc))))
    elif entry == "evaluate":
        side_b = data.draw(st.sampled_from([None, "same", "form"]))
        b = None if side_b is None else doc if side_b == "same" else _form(doc)
        request = {"a": _form(doc), "b": b,
                   "timeline": data.draw(st.none() | st.fixed_dictionaries(
                       {}, optional={"from": _DAYS | _ANY, "to": _DAYS | _ANY,
                                     "open_contracts": st.sampled_from(["stop", "x"]) | _ANY}))}
        _check_web(web.evaluate(_text(request)))
    elif entry in ("link", "decode"):
        text = _share(doc, data.draw(st.sampled_from([0, 0, 0, -1, -3, 1, 4])))
        if entry == "decode":
            with contextlib.suppress(FieldError):
                decode_share(text)
            return
        _check_web(web.open_fragment(data.draw(st.sampled_from(
            [f"a={text}", f"#a={text}&b={text}", f"a={text[:-5]}", f"b={text}"]))))
    elif entry == "link-text":
        text = data.draw(_TEXT | _ODD_TEXT)
        _check_web(web.open_fragment(text))
        with contextlib.suppress(FieldError):
            read_fragment("a=1." + text)
    elif entry == "arbitration":
        keys = data.draw(st.sets(st.sampled_from(["escrow", "fee", "offer", "p_win",
                                                   "p_other_pays"])))
        numbers: dict[str, object] = {k: data.draw(_NUMBERS | _ODD_TEXT | _ANY) for k in keys}
        _check_web(web.arbitration(_text(numbers)))
    else:
        path = folder / "history.json"
        path.write_bytes(_text(doc).encode("utf-8", "surrogatepass"))
        command = data.draw(st.sampled_from(["estimate", "timeline", "link"]))
        options = [part for option in data.draw(_CLI_OPTIONS) for part in option]
        with _console():
            code = cli.main([command, str(path), *options])
        assert code in (0, 2)


def test_no_generated_input_ends_in_a_traceback() -> None:
    """Every entry point, on inputs drawn from the field list and from anything JSON holds."""
    seen: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)

        @seed(SEED)
        @settings(max_examples=EXAMPLES, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(_ENTRY, _HISTORY, st.data())
        def fuzz(entry: str, doc: dict[str, Any], data: st.DataObject) -> None:
            seen[entry] = seen.get(entry, 0) + 1
            _run(entry, doc, data, folder)

        fuzz()
    assert sum(seen.values()) >= 2000, seen
    assert min(seen.values()) >= 100, seen

