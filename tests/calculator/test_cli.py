import io
import json
from pathlib import Path

import pytest

from calculator import dump_json, estimate, preset
from calculator.cli import main


@pytest.fixture
def history_file(tmp_path: Path) -> Path:
    path = tmp_path / "history.json"
    path.write_text(dump_json(preset("dispute-100-vs-400").history_a()), encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_estimate_prints_the_documented_json(capsys, history_file: Path) -> None:
    code, out, _ = run(capsys, "estimate", str(history_file))
    data = json.loads(out)
    assert code == 0
    assert data["score"] == estimate(preset("dispute-100-vs-400").history_a()).score
    assert {"score", "range", "windows", "shown_window", "eligible", "contracts"} <= data.keys()
    assert set(data["windows"]) == {"24m", "12m", "6m", "3m", "trending"}
    assert {"id", "outcome", "weight", "reasons"} <= data["contracts"][0].keys()


def test_estimate_reads_standard_input(capsys, history_file: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(history_file.read_text()))
    code, out, _ = run(capsys, "estimate", "-")
    assert code == 0 and json.loads(out)["score"] is not None


def test_timeline_prints_one_entry_a_month(capsys, history_file: Path) -> None:
    code, out, _ = run(capsys, "timeline", str(history_file), "--from", "2025-06-01",
                       "--to", "2026-06-01")
    points = json.loads(out)
    assert code == 0 and len(points) == 13
    assert {"date", "score", "shown_window"} <= points[0].keys()


def test_link_prints_the_calculator_path_and_fragment(capsys, history_file: Path) -> None:
    code, out, _ = run(capsys, "link", str(history_file))
    assert code == 0 and out.startswith("calculator/#a=1.")


def test_arbitration(capsys) -> None:
    code, out, _ = run(capsys, "arbitration", "--escrow", "350", "--fee", "291", "--offer", "100",
                       "--p-other-pays", "0.2")
    data = json.loads(out)
    assert code == 0 and [o["id"] for o in data["options"]] == ["accept", "arbitrate", "decline"]


def test_a_bad_file_exits_2_with_the_field_error(capsys, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": 1, "as_of": "2025-06-01", "contracts": [{"client": "A", '
                   '"kind": "fixed", "start": "2025-01-01", "earnings": -4}]}')
    code, out, err = run(capsys, "estimate", str(bad))
    assert code == 2 and out == ""
    assert "contracts[0].earnings" in err


def test_a_missing_file_exits_2(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "estimate", str(tmp_path / "nope.json"))
    assert code == 2 and "error" in err


def test_bad_arbitration_value_exits_2(capsys) -> None:
    code, _, err = run(capsys, "arbitration", "--escrow", "0", "--fee", "291")
    assert code == 2 and "escrow" in err
