"""About the model: its example file loads, and its tables come from the package and the data."""

from __future__ import annotations

import json
from pathlib import Path

import calculator
from tools.guide import model_tables

ROOT = Path(__file__).resolve().parents[2]


def test_the_json_example_is_a_real_history_file() -> None:
    text = model_tables.EXAMPLE.read_text(encoding="utf-8")
    history = calculator.load_json(text)
    assert history.shown and history.contracts
    assert json.loads(text) == json.loads(model_tables.json_example().split("\n", 1)[1]
                                          .rsplit("```", 1)[0])


def test_the_calibration_section_lists_every_case_with_its_thread() -> None:
    cases = model_tables.load_reports()
    section = model_tables.calibration_section(cases)
    assert "**kept apart**" in section and "tuning (used to set the chances)" in section
    for case in cases:
        assert f"]({case['url']})" in section, case["id"]


def test_the_size_limits_come_from_the_package() -> None:
    table = model_tables.size_limits_table()
    assert f"{calculator.MAX_CONTRACTS:,}" in table
    assert f"{calculator.MAX_SHARE_CHARS:,}" in table


def test_the_built_model_page_has_the_tables(site_dir: Path) -> None:
    html = (site_dir / "model" / "index.html").read_text(encoding="utf-8")
    for anchor in ("private-chances", "calibration", "explain-shown", "size-limits"):
        assert f'id="{anchor}"' in html, anchor
    assert "kept apart" in html and "examples/one-contract.json" in html
