"""What the page can ask of Python, run once: the trace that decides which stdlib modules the
trimmed runtime keeps, and the check that the trimmed runtime still does all of it.

Run inside Pyodide by tools/runtime/build.mjs: `run(main, package)` imports the page's module
(`main`) and every module of the package (a module imported only by the command line, such as
argparse for calculator.cli, is kept too, so `python -m calculator` works in the lane), then sends
every preset through every public function of calculator.web, in every rule set, with a
timeline, a share link, an export and an import, a bad request of each kind, and the views.
Imports nothing the package does not: whatever is in sys.modules afterwards is the keep-list.
"""

import base64
import importlib
import json
import zlib
from typing import Any


def run(main: str, package: list[str]) -> dict[str, int]:
    page = importlib.import_module(main)
    for name in package:
        importlib.import_module(name)
    calls = 0
    digest = 0

    def ask(name: str, payload: object = "") -> Any:
        nonlocal calls, digest
        text = payload if isinstance(payload, str) else json.dumps(payload)
        answer = page.call(name, text)
        calls += 1
        digest = zlib.crc32(answer.encode(), digest)
        return json.loads(answer)

    # Not in the digest: the size of Python's memory differs from one runtime to the other.
    assert json.loads(page.call("memory", ""))["wasm_bytes"] > 0
    assert json.loads(page.call("about", ""))["names"] > 0
    for name in page.NAMES:
        if name in page.WEB_NAMES:
            ask(name, "{nope")
    rules = [r["id"] for r in ask("rule_sets")]
    for preset in ask("presets"):
        a, b = preset["a"], preset["b"]
        out = ask("evaluate", {"a": a, "b": b})
        assert out["ok"], (preset["id"], out)
        # The score Upwork shows, now and earlier: the explanation's path.
        told = ask("evaluate", {"a": {**a, "shown": [{"date": a["as_of"], "score": "85"}]}})
        assert told["ok"], (preset["id"], told)
        if out["fragment"]:
            assert ask("open_fragment", "#" + out["fragment"])["ok"]
        exported = ask("export_json", a)
        assert exported["ok"], exported
        assert ask("import_json", exported["text"])["ok"]
        for rule in rules:
            ask("evaluate", {"a": {**a, "rules": rule}, "timeline": {"months": 36}})
        broken = {**a, "as_of": "31/02/2025",
                  "contracts": [{**c, "earnings": "lots"} for c in a["contracts"]]}
        ask("evaluate", {"a": broken, "b": broken})
        ask("export_json", broken)
    ask("open_fragment", "#a=1.not-a-share")
    ask("open_fragment", "b=x")
    ask("import_json", json.dumps({"schema": 1, "as_of": "2025-01-01", "contracts": [{}]}))
    for values in ({"escrow": "350", "fee": "291", "offer": "", "p_other_pays": "50",
                    "p_win": "50"},
                   {"escrow": "1,200.50", "fee": "337.5", "offer": "400", "p_other_pays": "20",
                    "p_win": "70"},
                   {"escrow": "", "fee": "-1", "p_win": "140"}):
        out = ask("arbitration", values)
        assert "view" in out or not out["ok"]
    # A long history takes the sampled path of the distribution (and the timeline's stand-in).
    long = {**a, "contracts": [{**c, "id": f"{i}-{c.get('id', '')}", "client": f"Client {i}"}
                               for i in range(12) for c in a["contracts"]]}
    assert ask("evaluate", {"a": long})["ok"]
    # --- imp: an import of each kind (UTF-16 bytes need their codec kept), and bad files.
    report = ('"Date","Contract","Hours","Amount","Payment type"\n'
              '"2025-03-01","Logo (1)","","1,200.50","Fixed Price Payment"\n'
              '"2025-03-08","Site (2)","4.5","135","Hourly"\n')
    profile = json.dumps({"pageItems": [{"startedOn": "2025-02-20T00:00:00.000Z",
                                         "endedOn": "2025-03-02T00:00:00.000Z",
                                         "totalCharges": {"currencyCode": "USD",
                                                          "amount": 1200.5},
                                         "type": 1, "title": "Logo", "clientId": "7",
                                         "feedback": {"score": 5}, "id": "1"}]})
    for data in (report.encode("utf-16"), report.encode("utf-8-sig"),
                 report.replace(",", "\t").encode("utf-16-le")):
        files = [{"name": "r.csv", "base64": base64.b64encode(data).decode()},
                 {"name": "p.json", "text": profile}]
        assert ask("import_files", {"files": files, "current": a})["ok"]
    for bad in (report.replace("1,200.50", "1200,5"), profile[:60], b"\xff\xfe\x00".decode(
            "latin-1")):
        assert not ask("import_files", {"files": [{"name": "x", "text": bad}]})["ok"]
    ask("form_fields")
    return {"calls": calls, "digest": digest}
