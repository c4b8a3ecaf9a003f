"""The benchmarks keep working: the model part runs once on tiny histories and writes its JSON.

No timing is asserted (benchmarks report, they never fail on a time); only the shape of what
`make bench` writes, that CPython and Pyodide agree on the scores, and that the page part imports.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import calculator
from bench import model, run
from bench.histories import history

ROOT = Path(__file__).resolve().parents[2]
FUNCTIONS = ("estimate", "timeline", "evaluate", "evaluate_what_if", "evaluate_shown")


def _check_measure(result: dict[str, object], sizes: list[int], web_sizes: list[int]) -> None:
    assert isinstance(result["python"], str)
    for fn in FUNCTIONS:
        expected = sizes if fn in ("estimate", "timeline") else web_sizes
        by_size = result[fn]
        assert isinstance(by_size, dict)
        assert sorted(by_size) == sorted(str(n) for n in expected)
        for entry in by_size.values():
            assert entry["median_ms"] >= 0
            assert len(entry["runs_ms"]) == result["repeats"]
            assert entry["inner"] >= 1


def test_histories_are_deterministic_and_valid() -> None:
    assert history(25) == history(25)
    assert len(history(25).contracts) == 25
    # Valid in the JSON format, so the page's share links and web.evaluate accept them.
    assert calculator.from_dict(calculator.to_dict(history(200))) == history(200)
    assert json.loads(calculator.web.evaluate(json.dumps(
        {"a": model.page_form(history(30)), "b": None, "timeline": None})))["ok"]


def test_model_bench_writes_its_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "results.json"
    run.main(["--only", "model", "--quick", "--repeats", "1", "--no-pyodide", "--out", str(out)])
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) >= {"meta", "quick", "model"}
    assert data["meta"]["cpus"] >= 1 and data["meta"]["date"]
    m = data["model"]
    assert m["pyodide"] is None
    _check_measure(m["cpython"], m["sizes"], m["web_sizes"])
    assert "| estimate" in capsys.readouterr().out


@pytest.mark.skipif(not (ROOT / "node_modules" / "pyodide" / "pyodide.mjs").is_file(),
                    reason="node_modules/pyodide is not installed (make installs it)")
def test_model_bench_runs_in_pyodide() -> None:
    result = run.run_model([3, 12], [5], 1, pyodide=True)  # raises when the scores disagree
    _check_measure(result["pyodide"], [3, 12], [5])
    assert result["pyodide"]["python"].startswith("3.14")
    assert set(result["pyodide"]["startup_ms"]) == {"load_pyodide", "import_calculator"}
    # title, header, rule, two functions over two sizes, three web.evaluate rows over one size
    assert run.model_table(result).count("\n") == 2 + 2 * 2 + 3 * 1


def test_page_bench_imports() -> None:
    from bench import pages

    assert pages.INSTRUMENT.strip()
    assert set(pages.LOAD_NAMES) == {"cold", "warm", "warm_2nd_reload"}


def test_calibration_report_is_written_and_only_reported(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "results.json"
    run.main(["--only", "calibration", "--out", str(out)])
    data = json.loads(out.read_text(encoding="utf-8"))["calibration"]
    assert set(data) == {"kept_apart", "tuning", "kept", "tune", "targets"}
    assert set(data["kept"]) == {"always-100", "no-hidden", "model"}
    assert data["targets"]["mae_at_most"] == 7 and data["targets"]["direction_at_least"] == 0.5
    # Reported either way: the run succeeds whether or not the targets are met.
    assert isinstance(data["targets"]["mae_met"], bool)
    printed = capsys.readouterr().out
    assert "targets on kept-apart cases (reported, not asserted)" in printed


def test_the_import_bench_measures_each_size_on_cpython() -> None:
    # --- imp: bench/imports.py (its Pyodide half is bench/pyodide_measure.mjs, run by hand)
    from bench import imports

    result = imports.measure([3, 12], 1)
    assert sorted(result["import_files"]) == ["12", "3"]
    assert all(entry["median_ms"] >= 0 and entry["payments"] > 0
               for entry in result["import_files"].values())


def test_long_frames_are_attributed_to_the_theme_or_the_site_by_file() -> None:
    from bench import pages
    from tests.browser.conftest import SITE_PREFIX

    base = "http://127.0.0.1:1" + SITE_PREFIX
    frames = [
        {"scripts": [{"url": base + "assets/javascripts/bundle.1.min.js", "duration": 230.0},
                     {"url": base + "runtime/pyscript/core-x.js", "duration": 120.0}]},
        {"scripts": [{"url": base + "assets/calculator/result.js", "duration": 140.0},
                     {"url": "", "duration": 400.0}]},  # no file (an event's inline handler)
    ]
    assert pages._longest_scripts(frames) == {
        "longest_script_theme_ms": 230.0, "longest_script_site_ms": 140.0}
    assert pages._longest_scripts([]) == {
        "longest_script_theme_ms": 0.0, "longest_script_site_ms": 0.0}
