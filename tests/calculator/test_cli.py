import contextlib
import io
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from calculator import History, ShownScore, dump_json, estimate, preset
from calculator.cli import main

Capture = pytest.CaptureFixture[str]


@pytest.fixture
def history_file(tmp_path: Path) -> Path:
    path = tmp_path / "history.json"
    path.write_text(dump_json(preset("dispute-100-vs-400").history_a()), encoding="utf-8")
    return path


def run(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_estimate_prints_the_documented_json(capsys: Capture, history_file: Path) -> None:
    code, out, _ = run(capsys, "estimate", str(history_file))
    data = json.loads(out)
    assert code == 0
    assert data["score"] == estimate(preset("dispute-100-vs-400").history_a()).score
    assert {"score", "range", "windows", "shown_window", "eligible", "contracts"} <= data.keys()
    assert set(data["windows"]) == {"24m", "12m", "6m", "3m", "trending"}
    assert {"id", "outcome", "weight", "reasons"} <= data["contracts"][0].keys()


def test_estimate_reads_standard_input(capsys: Capture, history_file: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(history_file.read_text()))
    code, out, _ = run(capsys, "estimate", "-")
    assert code == 0 and json.loads(out)["score"] is not None


def test_timeline_prints_one_entry_a_month(capsys: Capture, history_file: Path) -> None:
    code, out, _ = run(capsys, "timeline", str(history_file), "--from", "2025-06-01",
                       "--to", "2026-06-01")
    points = json.loads(out)
    assert code == 0 and len(points) == 13
    assert {"date", "score", "shown_window"} <= points[0].keys()


def test_link_prints_the_calculator_path_and_fragment(capsys: Capture, history_file: Path) -> None:
    code, out, _ = run(capsys, "link", str(history_file))
    assert code == 0 and out.startswith("calculator/#a=1.")


def test_arbitration(capsys: Capture) -> None:
    code, out, _ = run(capsys, "arbitration", "--escrow", "350", "--fee", "291", "--offer", "100",
                       "--p-other-pays", "0.2")
    data = json.loads(out)
    assert code == 0 and [o["id"] for o in data["options"]] == ["accept", "arbitrate", "decline"]


def test_a_bad_file_exits_2_with_the_field_error(capsys: Capture, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": 1, "as_of": "2025-06-01", "contracts": [{"client": "A", '
                   '"kind": "fixed", "start": "2025-01-01", "earnings": -4}]}')
    code, out, err = run(capsys, "estimate", str(bad))
    assert code == 2 and out == ""
    assert "contracts[0].earnings" in err


def test_a_missing_file_exits_2(capsys: Capture, tmp_path: Path) -> None:
    code, _, err = run(capsys, "estimate", str(tmp_path / "nope.json"))
    assert code == 2 and "error" in err


def test_bad_arbitration_value_exits_2(capsys: Capture) -> None:
    code, _, err = run(capsys, "arbitration", "--escrow", "0", "--fee", "291")
    assert code == 2 and "escrow" in err


# ---------------------------------------------------------------- the two crashes, and --shown


@pytest.fixture
def leap_file(tmp_path: Path) -> Path:
    history = replace(preset("dispute-100-vs-400").history_a(), as_of=date(2028, 2, 29))
    path = tmp_path / "leap.json"
    path.write_text(dump_json(history), encoding="utf-8")
    return path


def test_timeline_from_29_february_defaults_to_two_years_on(capsys: Capture,
                                                            leap_file: Path) -> None:
    code, out, err = run(capsys, "timeline", str(leap_file))
    points = json.loads(out)
    assert (code, err) == (0, "")
    assert (points[0]["date"], points[-1]["date"]) == ("2028-02-29", "2030-02-28")
    assert len(points) == 25


def test_a_timeline_over_120_months_exits_2_with_the_limit(capsys: Capture,
                                                           history_file: Path) -> None:
    code, out, err = run(capsys, "timeline", str(history_file), "--from", "2025-06-01",
                         "--to", "2035-06-02")
    assert (code, out) == (2, "")
    assert err == "error: --to: expected an end at most 120 months (10 years) after the start\n"


def test_a_bad_date_option_exits_2_naming_the_option(capsys: Capture, history_file: Path) -> None:
    code, _, err = run(capsys, "timeline", str(history_file), "--from", "31/02/2025")
    assert code == 2 and err.startswith("error: --from: no such date")


def test_shown_scores_are_merged_into_the_history(capsys: Capture, history_file: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[History] = []

    def fragment(history: History) -> str:
        seen.append(history)
        return "a=x"

    monkeypatch.setattr("calculator.cli.fragment", fragment)
    code, out, _ = run(capsys, "link", str(history_file), "--shown", "87%",
                       "--shown-before", "2025-01-01:none", "--shown-before", "1 Mar 2025:90")
    as_of = seen[0].as_of
    assert code == 0 and out == "calculator/#a=x\n"
    assert seen[0].shown == (ShownScore(date(2025, 1, 1), None), ShownScore(date(2025, 3, 1), 90),
                             ShownScore(as_of, 87))


def test_a_shown_score_after_as_of_exits_2(capsys: Capture, history_file: Path) -> None:
    code, _, err = run(capsys, "estimate", str(history_file), "--shown-before", "2099-01-01:90")
    assert code == 2 and "error: shown: expected scores shown on or before" in err


def test_help_and_usage_errors_return_instead_of_exiting(capsys: Capture) -> None:
    assert main(["--help"]) == 0
    assert main(["estimate"]) == 2
    assert "usage:" in capsys.readouterr().err


FILE_OPTIONS = ["--rules", "--shown", "--shown-before"]
OPTIONS = {"estimate": FILE_OPTIONS, "link": FILE_OPTIONS,
           "timeline": [*FILE_OPTIONS, "--from", "--to", "--departures"],
           "arbitration": ["--escrow", "--fee", "--offer", "--p-other-pays", "--p-win"]}
VALUES = st.sampled_from(["2025-06-01", "2024-02-29", "31/02/2025", "1 Mar 2015", "2014-12-31",
                          "9999-12-31", "0001-01-01", "2035-06-02", "87", "87%", "none", "-1",
                          "nan", "inf", "1e308", "0", "0.5", "350", "2025", "2015-03",
                          "2026-05-01:100", "2025-01-01:90", "x:1", ""]) | st.text(max_size=12)
SENSIBLE = {
    "--rules": ["2015-03", "2021", "2025"], "--shown": ["87", "87%", "none", "100"],
    "--shown-before": ["2025-01-01:90", "1 Mar 2025:none", "2024-02-29:80"],
    "--from": ["2025-06-01", "2024-02-29", "2028-02-29", "1 Mar 2015", "2020-01-31"],
    "--to": ["2026-06-01", "2028-02-29", "2030-02-28", "2035-01-31"],
    "--escrow": ["350", "100"], "--fee": ["291", "0"], "--offer": ["100", "0"],
    "--p-other-pays": ["0.2", "1"], "--p-win": ["0.5", "0"],
}
FILES = {"good": dump_json(preset("dispute-100-vs-400").history_a()),
         "leap": dump_json(replace(preset("dispute-100-vs-400").history_a(),
                                   as_of=date(2028, 2, 29))),
         "bad": '{"schema": 1, "as_of": "2025-06-01", "contracts": [1]}'}


@settings(max_examples=400)
@given(data=st.data())
def test_the_cli_never_raises(tmp_path_factory: pytest.TempPathFactory,
                              data: st.DataObject) -> None:
    """Any arguments: exit 0 with output, or exit 2 with a message; never an exception."""
    folder = tmp_path_factory.mktemp("cli")
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "dir").mkdir()
    command = data.draw(st.sampled_from([*OPTIONS, "nope"]))
    argv = [command]
    if command == "arbitration" and data.draw(st.integers(0, 4)):
        argv += ["--escrow", "350", "--fee", "291"]
    elif command != "arbitration":
        file = data.draw(st.sampled_from(["good", "leap", "good", "leap", *FILES, "dir",
                                          "missing"]) | st.text(max_size=8))
        argv.append(str(folder / file) if file in (*FILES, "dir", "missing") else file)
    options = OPTIONS.get(command, FILE_OPTIONS)
    junk = st.text(max_size=6) if not data.draw(st.integers(0, 4)) else st.nothing()
    for option in data.draw(st.lists(st.sampled_from(options) | junk, max_size=4)):
        value = data.draw(st.sampled_from(SENSIBLE[option]) if option in SENSIBLE
                          and data.draw(st.integers(0, 3)) else VALUES)
        argv += [option] if option == "--departures" else [option, value]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    event(f"exit {code}")
    assert code in (0, 2)
    assert (err if code else out).getvalue().strip(), argv


def test_timeline_and_estimate_agree_on_as_of_with_a_shown_score(capsys: Capture,
                                                                history_file: Path) -> None:
    # Issue 16: with --shown, the timeline's first point and the estimate disagreed.
    for shown in ("87", "100", "60"):
        _, out, _ = run(capsys, "estimate", str(history_file), "--shown", shown)
        e = json.loads(out)
        _, out, _ = run(capsys, "timeline", str(history_file), "--shown", shown)
        first = json.loads(out)[0]
        assert first["date"] == e["as_of"]
        assert (first["score"], first["range"], first["windows"]) == (
            e["score"], e["range"], e["windows"])


@pytest.mark.parametrize("choice", ["stop", "keep-paying"])
def test_timeline_offers_the_pages_open_contract_choice(capsys: Capture, history_file: Path,
                                                        choice: str) -> None:
    code, out, _ = run(capsys, "timeline", str(history_file), "--open-contracts", choice,
                       "--departures")
    assert code == 0 and json.loads(out)["points"]


def test_a_bad_open_contract_choice_exits_2_naming_the_option(capsys: Capture,
                                                              history_file: Path) -> None:
    code, _, err = run(capsys, "timeline", str(history_file), "--open-contracts", "maybe")
    assert code == 2 and "--open-contracts" in err


def test_form_change_sets_the_day_the_stars_only_form_arrived(capsys: Capture,
                                                              history_file: Path) -> None:
    code, out, _ = run(capsys, "estimate", str(history_file), "--form-change", "2015-06-01")
    era = json.loads(out)["form_era"]
    assert code == 0 and era["change"] == "2015-06-01" and era["approximate"] is False
    code, _, err = run(capsys, "estimate", str(history_file), "--form-change", "2010-01-01")
    assert code == 2 and "--form-change" in err
