"""The benchmarks: `make bench` (or `python bench/run.py [--quick] [--only WHAT]`).

WHAT is model, calibration or pages. Measures, and only reports (nothing fails on a time):
1. the model: `calculator.estimate` and a 24-month `calculator.timeline` on generated histories
   of 10 to 10,000 contracts, and `calculator.web.evaluate` (what the page calls on each edit) on
   10 to 1,000, on this machine's CPython and inside Pyodide under Node.js (bench/model.py);
2. the pages in headless Debian chromium, on this machine and on an emulated phone (4x CPU,
   150 ms latency, 1.6 MB/s down, 750 KB/s up), in the same run: a guide page against the
   calculator page, cold and warm: first contentful paint, result visible, interactive, bytes
   (and how many are the Python runtime), the longest main-thread task, the calculator's
   start-up breakdown, and edit-to-result (bench/pages.py);
3. calibration (with the model, or alone with --only calibration): "always 100", "no hidden
   ratings" and the model on the reported cases kept apart from tuning, with issue 16's targets
   for the model (mean error at most 7, direction of change right at least half the time),
   reported as met or not, never asserted (bench/model.py's calibration()).
Prints tables and writes everything to bench/results.json (gitignored). Medians of several runs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import model  # noqa: E402

SITE = ROOT / "site"
RESULTS = ROOT / "bench" / "results.json"
MODEL_SIZES = [10, 100, 1000, 10_000]
WEB_SIZES = [10, 100, 1000]
EDIT_SIZES = [10, 100, 1000]


# ----------------------------------------------------------------------------- the model


def pyodide_files() -> dict[str, str]:
    """The package and the bench's model code, for Pyodide's file system."""
    files = {}
    for path in sorted((ROOT / "calculator").rglob("*.py")):
        files[path.relative_to(ROOT).as_posix()] = path.read_text(encoding="utf-8")
    for name in ("__init__.py", "histories.py", "model.py"):
        files[f"bench/{name}"] = (ROOT / "bench" / name).read_text(encoding="utf-8")
    return files


def model_in_pyodide(sizes: list[int], web_sizes: list[int], repeats: int) -> dict[str, Any]:
    """bench/model.py's measure() inside Pyodide (node_modules/pyodide) under Node.js."""
    if not (ROOT / "node_modules" / "pyodide" / "pyodide.mjs").is_file():
        raise SystemExit("bench: node_modules/pyodide is missing: run `npm ci` (make does)")
    with tempfile.TemporaryDirectory(prefix="jss-bench-") as tmp:
        job = Path(tmp) / "job.json"
        job.write_text(json.dumps({"files": pyodide_files(), "module": "bench.model",
                                   "args": [sizes, web_sizes, repeats], "startup": True}),
                       encoding="utf-8")
        done = subprocess.run(["node", str(ROOT / "bench" / "pyodide_measure.mjs"), str(job)],
                              cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"bench: Pyodide run failed ({done.returncode}):\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run_model(sizes: list[int], web_sizes: list[int], repeats: int,
              pyodide: bool = True) -> dict[str, Any]:
    """{"cpython": measure(...), "pyodide": measure(...) | None}."""
    out: dict[str, Any] = {"sizes": sizes, "web_sizes": web_sizes, "repeats": repeats,
                           "cpython": model.measure(sizes, web_sizes, repeats)}
    out["pyodide"] = model_in_pyodide(sizes, web_sizes, repeats) if pyodide else None
    if out["pyodide"] and out["pyodide"]["scores"] != out["cpython"]["scores"]:
        raise SystemExit("bench: Pyodide and CPython disagree on the scores: "
                         f"{out['pyodide']['scores']} vs {out['cpython']['scores']}")
    return out


# ----------------------------------------------------------------------------- calibration

REPORTS = ROOT / "tests" / "calculator" / "data" / "reports.json"


def run_calibration() -> dict[str, Any]:
    """bench/model.py's calibration() on the reports file (CPython only: it is not timed)."""
    cases = json.loads(REPORTS.read_text(encoding="utf-8"))["cases"]
    return model.calibration(cases)


def calibration_table(c: dict[str, Any]) -> str:
    """Each answer on the kept-apart cases, then the targets: reported, never asserted."""
    from calculator.calibration import BASELINES

    rows = []
    for name, group in (("kept apart", c["kept"]), ("tuning", c["tune"])):
        for baseline, label in BASELINES:
            m = group[baseline]
            direction = (f"{m['same_direction']}/{m['changes']}" if m["changes"] else "-")
            rows.append([name, label, "-" if m["mean_error"] is None else f"{m['mean_error']:.1f}",
                         f"{m['held']}/{m['checks']}",
                         "-" if m["median_width"] is None else f"{m['median_width']:.0f}",
                         direction])
    t = c["targets"]
    mae = "-" if t["mae"] is None else f"{t['mae']:.1f}"
    share = "-" if t["direction"] is None else f"{t['direction']:.0%}"
    head = (f"Calibration on reported scores ({len(c['kept_apart'])} kept-apart cases, "
            f"{len(c['tuning'])} tuning; tests/calculator/data/reports.json)")
    foot = (f"targets on kept-apart cases (reported, not asserted): mean error <= "
            f"{t['mae_at_most']:g}: {mae} ({'met' if t['mae_met'] else 'NOT met'}); direction "
            f"right >= {t['direction_at_least']:.0%}: {share} "
            f"({'met' if t['direction_met'] else 'NOT met'})")
    return head + "\n" + table(["cases", "answer", "mean error", "range held", "median width",
                                 "direction right"], rows) + "\n" + foot


# ----------------------------------------------------------------------------- the site


def ensure_site() -> None:
    """Build site/ with the venv's tools when it is missing (make bench after make test has it)."""
    if (SITE / "calculator" / "index.html").is_file() and \
            (SITE / "runtime" / "pyodide" / "pyodide.asm.wasm").is_file():
        return
    print("bench: site/ is missing; building it (tools/prepare.py, mkdocs build --strict)")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "tools/prepare.py"], cwd=ROOT, check=True, env=env)
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet",
                    "--site-dir", "site"], cwd=ROOT, check=True, env=env)


# ----------------------------------------------------------------------------- tables


def _ms(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:,.2f}" if value < 10 else f"{value:,.1f}" if value < 100 else f"{value:,.0f}"


def _bytes(value: float | None) -> str:
    if value is None:
        return "-"
    if value >= 1e6:
        return f"{value / 1e6:.2f} MB"
    return f"{value / 1e3:.0f} KB" if value >= 1e4 else f"{value / 1e3:.1f} KB"


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}x"


def table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    return "\n".join([line(headers), "|" + "|".join("-" * (w + 2) for w in widths) + "|",
                      *(line(r) for r in rows)])


#: History sizes whose answer per edit is weighed (issue 19's budget: 60 KB at 100 contracts,
#: 300 KB at 1,000).
ANSWER_SIZES = [100, 1000]


def answer_sizes(sizes: list[int]) -> dict[str, dict[str, int]]:
    """Bytes (UTF-8) of web.evaluate's answer per edit, as the page asks for it: A alone, A with
    a what-if B, A with the score Upwork shows; and, for comparison, with the numbers too."""
    import calculator
    from bench.histories import history
    from bench.model import _what_if, _with_shown, page_form
    from calculator import web

    out: dict[str, dict[str, int]] = {}
    for n in sizes:
        form = page_form(history(n))
        score = calculator.estimate(history(n)).score
        requests = {"A": {"a": form, "b": None},
                    "A + what-if B": {"a": form, "b": _what_if(form)},
                    "A, score shown": {"a": _with_shown(form, score), "b": None},
                    "A, with the numbers": {"a": form, "b": None, "numbers": True}}
        out[str(n)] = {name: len(web.evaluate(json.dumps(r)).encode("utf-8"))
                       for name, r in requests.items()}
    return out


def answers_table(sizes: dict[str, dict[str, int]]) -> str:
    names = list(next(iter(sizes.values())))
    rows = [[f"{int(n):,}", *(_bytes(by[name]) for name in names)] for n, by in sizes.items()]
    return ("The answer per edit (web.evaluate, what crosses from Python to the page)\n" +
            table(["contracts", *names], rows))


def model_table(m: dict[str, Any]) -> str:
    cp, py = m["cpython"], m["pyodide"]
    rows = []
    for fn, key, sizes in (("estimate", "estimate", m["sizes"]),
                           ("timeline (24 months)", "timeline", m["sizes"]),
                           ("web.evaluate (A)", "evaluate", m["web_sizes"]),
                           ("web.evaluate (A + what-if B)", "evaluate_what_if", m["web_sizes"]),
                           ("web.evaluate (A, score shown: explained)", "evaluate_shown",
                            m["web_sizes"])):
        for n in sizes:
            a = cp[key][str(n)]["median_ms"]
            b = py[key][str(n)]["median_ms"] if py else None
            rows.append([fn, f"{n:,}", _ms(a), _ms(b), _ratio(b / a if b and a else None)])
    py_name = f"Pyodide {py['python']} (Node)" if py else "Pyodide (skipped)"
    head = f"Model, ms per call, median of {m['repeats']}"
    if py:
        head += (f"; Pyodide start in Node {py['startup_ms']['load_pyodide']} ms, "
                 f"import calculator {py['startup_ms']['import_calculator']} ms")
    return head + "\n" + table(["function", "contracts", f"CPython {cp['python']}", py_name,
                                "Pyodide / CPython"], rows)


def pages_table(p: dict[str, Any]) -> str:
    """One profile: the guide page beside the calculator (and its variants), cold and warm."""
    names = [n for n in ("calculator", "calculator_main") if n in p]
    rows = []
    for label, metric, fmt in (("first contentful paint", "fcp_ms", _ms),
                               ("result visible", "result_visible_ms", _ms),
                               ("interactive", "interactive_ms", _ms),
                               ("bytes transferred", "bytes", _bytes),
                               ("  of which Python runtime", "runtime_bytes", _bytes),
                               ("bytes if gzipped (estimate)", "bytes_gzip_estimate", _bytes),
                               ("requests", "requests", lambda v: "-" if v is None else f"{v:.0f}"),
                               ("longest main-thread task", "longest_task_ms", _ms),
                               ("  longest script: the theme's", "longest_script_theme_ms", _ms),
                               ("  longest script: the site's own", "longest_script_site_ms",
                                _ms)):
        row = [label]
        for load in ("cold", "warm", "warm_2nd_reload"):
            row.append(fmt(p["guide"][load][metric]))
            for name in names:
                ratios = p["ratio_calculator_to_guide" if name == "calculator"
                           else f"ratio_{name}_to_guide"][load]
                cell = fmt(p[name][load][metric])
                if metric in ratios:
                    cell += f" ({_ratio(ratios[metric])})"
                row.append(cell)
        rows.append(row)
    short = {"calculator": "calc", "calculator_main": "calc, Python on main thread"}
    headers = [""]
    for load in ("cold", "warm", "warm 2"):
        headers += [f"guide {load}"] + [f"{short[n]} {load}" for n in names]
    head = (f"Pages, profile {p['profile']}"
            + (f" ({p['phone']})" if p.get("phone") else "")
            + f": ms from navigation start, median of {p['runs']} runs (guide = "
            f"/{p['guide_url']}, calc = /{p['calculator_url']}; in brackets calc / guide, per run)")
    return head + "\n" + table(headers, rows)


BREAKDOWN_LABELS = {
    "thread": "where Python runs",
    "until_runtime_requested_ms": "page until Python is asked for (at)",
    "download_ms": "download of the runtime files (first start to last end)",
    "download_wasm_ms": "  pyodide.asm.wasm",
    "download_stdlib_ms": "  the standard library zip",
    "compile_after_wasm_download_ms": "compile: wasm downloaded -> compiled (streaming)",
    "python_start_ms": "Python start: wasm compiled -> interpreter ready",
    "interpreter_after_download_ms": "interpreter ready, after the last download",
    "load_interpreter_total_ms": "asked for -> interpreter ready",
    "import_main_ms": "import the package and main.py",
    "first_computation_ms": "first computation (API ready -> data-state=ready)",
    "interactive_ms": "interactive (at)",
}


def breakdown_table(p: dict[str, Any], name: str = "calculator") -> str:
    c = p[name]

    def cell(value: Any) -> str:
        return value if isinstance(value, str) else _ms(value)

    rows = [[label, cell(c["cold"]["breakdown"].get(k)), cell(c["warm"]["breakdown"].get(k)),
             cell(c["warm_2nd_reload"]["breakdown"].get(k))]
            for k, label in BREAKDOWN_LABELS.items()]
    return (f"Start-up breakdown, {name}, profile {p['profile']}, ms (medians)\n"
            + table(["stage", "cold", "warm", "warm 2"], rows))


def edits_table(e: dict[str, Any]) -> str:
    rows = [[f"{int(n):,}", _ms(s["to_paint_ms"]), _ms(s["to_dom_ms"]), _ms(s["waiting_ms"]),
             _ms(s["compute_to_dom_ms"]), _ms(s["evaluate_ms"]), _ms(s["draw_ms"]),
             "yes" if s["score_matches"] and s["all_updates_ok"] else "NO"]
            for n, s in e["sizes"].items()]
    return (f"Edit to result on the calculator, ms, median of {e['repeats']} edits "
            "(form.js waits after a keystroke before computing: "
            + ", ".join(f"{k} = {v}" for k, v in e["debounce_ms"].items()) + ")\n"
            + table(["contracts", "edit -> painted", "edit -> DOM", "of which waiting",
                     "compute -> DOM", "evaluate call (worker round trip)", "drawing",
                     "score ok"], rows))


# ----------------------------------------------------------------------------- main


def _meta() -> dict[str, Any]:
    def out(*cmd: str) -> str | None:
        try:
            return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True,
                                  check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return None

    return {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),  # noqa: UP017
        "commit": out("git", "rev-parse", "--short", "HEAD"),
        "cpus": os.cpu_count(),
        "load_average_before": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
        "node": out("node", "--version"),
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("all", "model", "calibration", "pages"),
                        default="all")
    parser.add_argument("--quick", action="store_true",
                        help="one run, small sizes: checks that the bench works, times mean little")
    parser.add_argument("--repeats", type=int, default=None, help="model repetitions (7)")
    parser.add_argument("--runs", type=int, default=None, help="cold/warm page runs (5)")
    parser.add_argument("--edits", type=int, default=None, help="edits per history size (7)")
    parser.add_argument("--no-pyodide", action="store_true", help="skip the model in Pyodide")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the JSON")
    parser.add_argument("--profile", choices=("all", "desktop", "phone"), default="all",
                        help="this machine, the emulated phone, or both (default)")
    parser.add_argument("--site", type=Path, default=None,
                        help="bench another built site (e.g. an older commit's), not site/")
    parser.add_argument("--no-edits", action="store_true", help="skip edit-to-result")
    args = parser.parse_args(argv)
    quick = args.quick
    repeats = args.repeats or (1 if quick else 7)
    runs = args.runs or (1 if quick else 5)
    edit_repeats = args.edits or (1 if quick else 7)
    sizes, web_sizes, edit_sizes = (([10, 100], [10], [10]) if quick
                                    else (MODEL_SIZES, WEB_SIZES, EDIT_SIZES))
    if args.no_edits:
        edit_sizes = []

    started = time.perf_counter()
    results: dict[str, Any] = {"meta": _meta(), "quick": quick}
    if args.only in ("all", "model"):
        print(f"bench: the model on CPython and in Pyodide ({repeats} repetitions)", flush=True)
        results["model"] = run_model(sizes, web_sizes, repeats, pyodide=not args.no_pyodide)
        print(model_table(results["model"]) + "\n", flush=True)
        results["answers"] = answer_sizes(ANSWER_SIZES)
        print(answers_table(results["answers"]) + "\n", flush=True)
    if args.only in ("all", "model", "calibration"):
        results["calibration"] = run_calibration()
        print(calibration_table(results["calibration"]) + "\n", flush=True)
    if args.only in ("all", "pages"):
        from bench.pages import PROFILES, run_pages

        site = args.site or SITE
        if args.site is None:
            ensure_site()
        profiles = PROFILES if args.profile == "all" else (args.profile,)
        print(f"bench: the pages of {site} in headless chromium ({runs} cold runs each, "
              f"profiles {', '.join(profiles)})", flush=True)
        results["pages"] = run_pages(site, runs, edit_sizes, edit_repeats,
                                     log=lambda s: print(s, flush=True), profiles=profiles)
        p = results["pages"]
        for profile in p["profiles"].values():
            print("\n" + pages_table(profile), flush=True)
            for name in ("calculator", "calculator_main"):
                if name in profile:
                    print("\n" + breakdown_table(profile, name), flush=True)
            if profile["off_origin_requests"] or profile["page_errors"]:
                print(f"bench: NOTE off-origin requests {profile['off_origin_requests']}, "
                      f"page errors {profile['page_errors']}")
        print()
        if p["edits"]:
            print(edits_table(p["edits"]) + "\n", flush=True)
        results["meta"]["chromium"] = p["chromium"]
    results["meta"]["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    results["meta"]["seconds"] = round(time.perf_counter() - started, 1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    where = args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out
    print(f"bench: wrote {where} in {results['meta']['seconds']} s (load average before "
          f"{results['meta']['load_average_before']}, after "
          f"{results['meta']['load_average_after']}, {results['meta']['cpus']} cores)")
    return results


if __name__ == "__main__":
    main()
