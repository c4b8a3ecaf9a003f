"""Time an import: `web.import_files` on the earnings report and profile JSON of n contracts.

`python -m bench.imports [SIZES] [REPEATS] [--page]` prints the median milliseconds on this
CPython and inside Pyodide under Node.js (bench/pyodide_measure.mjs, node_modules/pyodide,
offline), as the page sends the files: each year's report and the profile JSON as base64 bytes,
with the current history beside them. With ``--page``, also the calculator page itself (site/
from `make site`, Debian chromium, this machine as it is: the desktop profile of bench/pages.py):
from choosing the files to the review table drawn, reading the files and the worker round trip
included. Reported, never asserted.
"""

from __future__ import annotations

import base64
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def request(n: int) -> str:
    """The page's request for n contracts: one report file per year, and the profile."""
    from tests.calculator.exports import earnings_csv, made_contracts, profile_json

    made = made_contracts(n)
    years = sorted({p[0].year for m in made for p in m.payments})
    files = [{"name": f"earnings-{y}.csv",
              "base64": base64.b64encode(earnings_csv(made, y).encode()).decode()}
             for y in years]
    files.append({"name": "work-history.json",
                  "base64": base64.b64encode(profile_json(made).encode()).decode()})
    return json.dumps({"files": files, "current": {"as_of": "2025-12-01", "contracts": []},
                       "as_of": "2025-12-01"})


def measure(sizes: list[int], repeats: int) -> dict[str, Any]:
    """Milliseconds per import_files call, median of `repeats`, for each size."""
    from calculator import web

    out: dict[str, Any] = {"python": sys.version.split()[0],
                           "implementation": platform.python_implementation(),
                           "platform": sys.platform, "repeats": repeats, "import_files": {}}
    for n in sizes:
        text = request(n)
        answer = json.loads(web.import_files(text))  # warm-up, and a check
        if not answer["ok"] or answer["totals"]["contracts"] != n:
            raise RuntimeError(f"import_files refused {n} contracts: {answer.get('errors')}")
        samples = []
        for _ in range(repeats):
            start = time.perf_counter()
            web.import_files(text)
            samples.append((time.perf_counter() - start) * 1000)
        out["import_files"][str(n)] = {
            "median_ms": round(statistics.median(samples), 1),
            "runs_ms": [round(s, 1) for s in samples],
            "request_bytes": len(text), "payments": answer["totals"]["payments"]}
    return out


def in_pyodide(sizes: list[int], repeats: int) -> dict[str, Any]:
    files = {p.relative_to(ROOT).as_posix(): p.read_text(encoding="utf-8")
             for p in sorted((ROOT / "calculator").rglob("*.py"))}
    for name in ("bench/__init__.py", "bench/imports.py", "tests/__init__.py",
                 "tests/calculator/__init__.py", "tests/calculator/exports.py"):
        files[name] = (ROOT / name).read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        job = Path(folder) / "job.json"
        job.write_text(json.dumps({"files": files, "module": "bench.imports",
                                   "args": [sizes, repeats]}), encoding="utf-8")
        done = subprocess.run(["node", str(ROOT / "bench" / "pyodide_measure.mjs"), str(job)],
                              capture_output=True, text=True, check=True, cwd=ROOT)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def in_page(sizes: list[int], repeats: int) -> dict[str, Any]:
    """Milliseconds from choosing the files to the review drawn, in the calculator page."""
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, serve_site
    from tests.calculator.exports import earnings_csv, made_contracts, profile_json

    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as folder, serve_site(ROOT / "site") as base, \
            sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.goto(base + "calculator/")
        page.locator("#jss-calculator[data-state=ready]").wait_for(timeout=120_000)
        page.locator("#jss-import-panel summary").click()
        for n in sizes:
            made = made_contracts(n)
            paths = []
            for y in sorted({p[0].year for m in made for p in m.payments}):
                path = Path(folder) / f"{n}-earnings-{y}.csv"
                path.write_text(earnings_csv(made, y), encoding="utf-8")
                paths.append(str(path))
            path = Path(folder) / f"{n}-work-history.json"
            path.write_text(profile_json(made), encoding="utf-8")
            paths.append(str(path))
            samples = []
            for _ in range(repeats + 1):  # the first is a warm-up
                page.locator("[data-import=cancel]").evaluate("b => b.click()")
                start = time.perf_counter()
                page.locator("#jss-import-files").set_input_files(paths)
                page.wait_for_function(
                    "n => document.querySelectorAll('.jss-import-table tbody tr').length === n",
                    arg=min(n, 300), timeout=120_000)
                samples.append((time.perf_counter() - start) * 1000)
            out[str(n)] = {"median_ms": round(statistics.median(samples[1:]), 1),
                           "runs_ms": [round(s, 1) for s in samples[1:]]}
        browser.close()
    return out


def main(argv: list[str]) -> None:
    page = "--page" in argv
    argv = [a for a in argv if a != "--page"]
    sizes = [int(x) for x in (argv[0] if argv else "60,500").split(",") if x]
    repeats = int(argv[1]) if len(argv) > 1 else 7
    cpython = measure(sizes, repeats)
    pyodide = in_pyodide(sizes, repeats)
    pages = in_page(sizes, repeats) if page else None
    print(json.dumps({"cpython": cpython, "pyodide": pyodide, "page": pages}, indent=1))
    print("\ncontracts | payments | CPython median | Pyodide (Node) median | Pyodide / CPython"
          " | page, files chosen to review drawn (desktop)")
    for n in sizes:
        c, p = cpython["import_files"][str(n)], pyodide["import_files"][str(n)]
        shown = f"{pages[str(n)]['median_ms']} ms" if pages else "not run (--page)"
        print(f"{n:>9} | {c['payments']:>8} | {c['median_ms']:>11} ms | {p['median_ms']:>18} ms"
              f" | {p['median_ms'] / c['median_ms']:.1f}x | {shown}")


if __name__ == "__main__":
    main(sys.argv[1:])
