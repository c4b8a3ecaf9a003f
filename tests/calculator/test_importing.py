"""calculator.importing: the earnings report, the profile JSON, pasted tables, and bad files."""

from __future__ import annotations

import codecs
import json
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calculator import estimate, from_dict, load_json
from calculator.importing import (
    Imported,
    ImportFailed,
    ImportFile,
    ImportResult,
    Problem,
    read_import,
)
from calculator.importing.review import review_view

from .exports import HEADER, earnings_csv, made_contracts, profile_json

MADE = made_contracts(24)
CSV = earnings_csv(MADE)
PROFILE = profile_json(MADE)


def read(*files: tuple[str, str | bytes], **options: Any) -> ImportResult:
    return read_import([ImportFile(name, data) for name, data in files], **options)


def failure(*files: tuple[str, str | bytes], **options: Any) -> tuple[Problem, ...]:
    with pytest.raises(ImportFailed) as caught:
        read(*files, **options)
    return caught.value.problems


def by_id(result: ImportResult) -> dict[str, Imported]:
    return {c.id: c for c in result.contracts}


# ------------------------------------------------------------------------------ each format


def test_the_earnings_report_alone_gives_payments_and_says_what_it_lacks() -> None:
    result = read(("2025.csv", CSV))
    contracts = by_id(result)
    assert len(contracts) == len(MADE)
    for made in MADE:
        c = contracts[made.id]
        assert c.earnings_usd == pytest.approx(made.earnings)
        assert c.last_payment == max(p[0] for p in made.payments)
        assert c.start == min(p[0] for p in made.payments)  # the first payment stands in
        assert c.kind == ("hourly" if made.hourly else "fixed")
        assert c.title == made.title
        assert set(c.missing) == {"client", "start", "end", "public_rating"}
    assert result.files[0].format == "earnings report"


def test_the_profile_alone_gives_clients_stars_and_ends_but_no_payment_dates() -> None:
    contracts = by_id(read(("work-history.json", PROFILE)))
    for made in MADE:
        c = contracts[made.id]
        assert (c.client, c.start, c.end, c.public_rating) == (
            f"Client {made.client_id}", made.start, made.end, made.stars)
        assert c.kind == ("hourly" if made.hourly else "fixed")
        assert c.earnings_usd == pytest.approx(made.earnings)
        assert c.missing == ["last_payment"]
        assert c.last_payment == (made.end or made.start)


def test_report_and_profile_merge_by_contract_id() -> None:
    result = read(("2025.csv", CSV), ("work-history.json", PROFILE))
    contracts = by_id(result)
    assert len(contracts) == len(MADE) and not result.missing
    for made in MADE:
        c = contracts[made.id]
        assert c.sources == ["earnings report", "profile"]
        assert c.last_payment == max(p[0] for p in made.payments)
        assert (c.public_rating, c.end, c.client) == (made.stars, made.end,
                                                      f"Client {made.client_id}")


def test_without_ids_the_profile_matches_by_title() -> None:
    data = json.loads(PROFILE)
    for item in data["pageItems"]:
        del item["id"]
    contracts = by_id(read(("2025.csv", CSV), ("p.json", json.dumps(data))))
    assert len(contracts) == len(MADE)
    assert all(not c.missing for c in contracts.values())


def test_year_files_combine_into_the_same_history() -> None:
    years = sorted({p[0].year for m in MADE for p in m.payments})
    assert len(years) >= 2
    split = read(*((f"{y}.csv", earnings_csv(MADE, y)) for y in years), ("p.json", PROFILE))
    whole = read(("all.csv", CSV), ("p.json", PROFILE))
    assert split.history() == whole.history()


def test_a_pasted_table_reads_with_its_own_header_once_the_columns_are_mapped() -> None:
    rows = ["When\tGig\tTime\tPaid\tWhat"]
    rows += [line.replace('"', "").replace(",", "\t") for line in CSV.splitlines()[1:]
             if "," not in line.split('","')[1]]
    text = "\n".join(rows)
    problems = failure(("pasted", text))
    assert {(p.row, p.column) for p in problems} == {(1, "Date"), (1, "Contract"), (1, "Amount")}
    assert problems[0].headers == ("When", "Gig", "Time", "Paid", "What")
    result = read(("pasted", text), columns={"date": "When", "contract": "Gig", "hours": "Time",
                                             "amount": "Paid", "type": "What"})
    assert result.files[0].format == "table" and len(result.contracts) == len(MADE)


def test_the_document_is_a_history_estimate_accepts_and_missing_is_a_note() -> None:
    result = read(("2025.csv", CSV))
    document = result.document()
    assert document["missing"] == result.missing and result.missing[0]["fields"]
    history = load_json(json.dumps(document))
    assert history == from_dict(result.history())
    assert len(estimate(history).contracts) == len(MADE)


def test_as_of_defaults_to_the_latest_day_and_an_earlier_one_names_the_late_rows() -> None:
    result = read(("2025.csv", CSV))
    latest = max(p[0] for m in MADE for p in m.payments)
    assert result.as_of == latest
    problems = failure(("2025.csv", CSV), as_of=date(2024, 1, 1))
    assert problems[0].column == "Date" and "after the as-of date" in problems[0].message
    assert problems[0].row is not None and problems[0].row > 1


def test_the_review_lists_each_contract_and_marks_the_missing_cells() -> None:
    view = json.dumps(review_view(read(("2025.csv", CSV))))
    assert view.count('"jss-missing"') == 4 * len(MADE)
    assert MADE[0].title in view


# ------------------------------------------------------------------------------ bad files


def test_a_missing_or_renamed_column_names_row_one_and_the_column() -> None:
    renamed = CSV.replace('"Amount"', '"Sum"', 1)
    (problem,) = failure(("2024.csv", renamed))
    assert (problem.file, problem.row, problem.column) == ("2024.csv", 1, "Amount")
    assert "'Sum'" in problem.message
    dropped = "\n".join(",".join(line.split(",")[:3]) for line in CSV.splitlines())
    (problem,) = failure(("2024.csv", dropped))
    assert (problem.row, problem.column) == (1, "Amount")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_a_bom_or_utf16_reads_the_same_with_a_note(encoding: str) -> None:
    data = CSV.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + data
    result = read(("2025.csv", data))
    assert result.history() == read(("2025.csv", CSV.encode())).history()
    assert result.notes and result.notes[0].file == "2025.csv"


def test_bytes_that_are_not_text_name_the_row() -> None:
    lines = CSV.encode().split(b"\n")
    lines[3] = lines[3].replace(b"Fixed", b"Fix\xe9d").replace(b'"",', b'"\xff",')
    (problem,) = failure(("2025.csv", b"\n".join(lines)))
    assert problem.row == 4 and "UTF-8" in problem.message


def test_decimal_commas_are_named_and_read_when_chosen() -> None:
    lines = CSV.splitlines()
    line = lines[2].split('","')
    line[3] = line[3].replace(".", ",") if "." in line[3] else line[3] + ",5"
    lines[2] = '","'.join(line)
    text = "\n".join(lines)
    (problem,) = failure(("eu.csv", text))
    assert (problem.row, problem.column) == (3, "Amount") and "decimal comma" in problem.message
    assert read(("eu.csv", text), decimal_comma=True).contracts


def test_semicolons_and_decimal_commas_from_a_european_spreadsheet() -> None:
    text = ("Date;Contract;Hours;Amount;Payment type\n"
            "2025-03-01;Logo (1);;1.200,50;Fixed Price Payment\n2025-03-09;Logo (1);;99,5;Bonus\n")
    (c,) = read(("eu.csv", text), decimal_comma=True).contracts
    assert c.earnings_usd == pytest.approx(1300.0) and c.kind == "fixed"


@pytest.mark.parametrize("amount", ["\u20ac15.00", "15.00 EUR", "\u00a312", "GBP 12"])
def test_a_currency_other_than_usd_is_named(amount: str) -> None:
    text = "\n".join([",".join(f'"{h}"' for h in HEADER),
                      f'"2025-03-01","Logo (1)","","{amount}","Fixed Price Payment"'])
    (problem,) = failure(("x.csv", text))
    assert (problem.row, problem.column) == (2, "Amount") and "not in USD" in problem.message


def test_a_profile_in_another_currency_names_the_item_and_field() -> None:
    data = json.loads(PROFILE)
    data["pageItems"][2]["totalCharges"]["currencyCode"] = "EUR"
    (problem,) = failure(("p.json", json.dumps(data)))
    assert (problem.row, problem.column) == (3, "totalCharges.currencyCode")


@pytest.mark.parametrize("plain", [True, False])
def test_overlapping_year_files_count_each_payment_once(plain: bool) -> None:
    lines = CSV.splitlines()
    half = len(lines) // 2
    first = "\n".join(lines[: half + 5])
    second = "\n".join([lines[0], *lines[half:]])
    result = read(("a.csv", first), ("b.csv", second))
    assert result.history() == read(("all.csv", CSV)).history()
    dropped = [n for n in result.notes if "counted once" in n.message]
    assert len(dropped) == 5 and {n.file for n in dropped} == {"b.csv"}
    assert dropped[0].row == 2 and "a.csv, row" in dropped[0].message


def test_the_same_payment_twice_in_one_file_is_two_payments() -> None:
    line = CSV.splitlines()[1]
    result = read(("a.csv", "\n".join([CSV.splitlines()[0], line, line])))
    assert result.contracts[0].payments == 2 and not result.notes


def test_one_contract_id_with_two_titles_is_one_contract_with_a_note() -> None:
    made = MADE[3]
    assert len(made.payments) > 1
    renamed = CSV.replace(f"{made.title} ({made.id})", f"Renamed ({made.id})", 1)
    result = read(("a.csv", renamed))
    assert len(result.contracts) == len(MADE)
    (note,) = result.notes
    assert note.column == "Contract" and made.id in note.message and note.row is not None


def test_a_truncated_json_names_where_it_stops() -> None:
    cut = PROFILE[: len(PROFILE) // 2]
    (problem,) = failure(("p.json", cut))
    assert problem.row == cut.rstrip().count("\n") + 1 and "cut short" in problem.message
    assert problem.column is not None and problem.column.startswith("character ")


def test_a_json_without_page_items_says_what_it_expected() -> None:
    (problem,) = failure(("p.json", '{"profile": {"name": "x"}}'))
    assert problem.column == "pageItems"


def test_every_problem_of_every_file_is_reported_at_once() -> None:
    problems = failure(("a.csv", CSV.replace('"Amount"', '"Sum"', 1)), ("p.json", PROFILE[:50]))
    assert [p.file for p in problems] == ["a.csv", "p.json"]


@given(st.text(max_size=300) | st.binary(max_size=300))
def test_any_input_is_read_or_refused_with_a_message(data: str | bytes) -> None:
    try:
        result = read(("f", data))
    except ImportFailed as err:
        assert all(p.message for p in err.problems)
    else:
        from_dict(result.history())


# ------------------------------------------------------------------------------ CLI and page


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    from calculator.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_import_prints_a_history_that_estimate_reads(
        capsys: pytest.CaptureFixture[str], tmp_path: pytest.TempPathFactory) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    years = sorted({p[0].year for m in MADE for p in m.payments})
    paths = []
    for y in years:
        path = folder / f"earnings-{y}.csv"
        path.write_text(earnings_csv(MADE, y), encoding="utf-8")
        paths.append(str(path))
    code, out, err = run_cli(capsys, "import", *paths, "--as-of", "2026-01-01")
    assert code == 0, err
    document = json.loads(out)
    assert document["as_of"] == "2026-01-01" and len(document["contracts"]) == len(MADE)
    assert f"missing: contract {MADE[0].id}" in err and "public_rating" in err
    saved = folder / "history.json"
    saved.write_text(out, encoding="utf-8")
    code, out, err = run_cli(capsys, "estimate", str(saved))
    assert code == 0, err
    profile = folder / "work-history.json"
    profile.write_text(PROFILE, encoding="utf-8")
    code, out, err = run_cli(capsys, "import", *paths, str(profile))
    assert code == 0 and json.loads(out)["missing"] == []


def test_cli_import_reads_standard_input(capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(CSV.encode("utf-16"))))
    code, out, err = run_cli(capsys, "import", "-")
    assert code == 0 and len(json.loads(out)["contracts"]) == len(MADE)
    assert "UTF-16" in err


def test_cli_import_exits_2_naming_the_row_and_column(capsys: pytest.CaptureFixture[str],
                                                      tmp_path: pytest.TempPathFactory) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "bad.csv"
    path.write_text(CSV.replace('"Amount"', '"Sum"', 1), encoding="utf-8")
    code, out, err = run_cli(capsys, "import", str(path))
    assert code == 2 and out == ""
    assert "error: bad.csv, row 1, column Amount: no 'Amount' column" in err
    code, _, err = run_cli(capsys, "import", str(path), "--column", "amount=Sum")
    assert code == 0, err
    code, _, err = run_cli(capsys, "import", str(Path(str(tmp_path)) / "nope.csv"))
    assert code == 2 and "error:" in err
    code, _, err = run_cli(capsys, "import", str(path), "--column", "price=Sum")
    assert code == 2 and "--column" in err


def test_a_history_with_a_missing_note_is_read_and_a_bad_one_refused() -> None:
    base = {"schema": 1, "as_of": "2025-06-01", "contracts": []}
    assert from_dict({**base, "missing": [{"id": "1", "fields": ["client"]}]}) == from_dict(base)
    with pytest.raises(ValueError, match="missing"):
        from_dict({**base, "missing": "client"})


def web_import(request: object) -> dict[str, object]:
    from calculator import web

    answer: dict[str, object] = json.loads(web.import_files(json.dumps(request)))
    return answer


def test_the_page_gets_the_review_the_history_and_the_history_added_to() -> None:
    import base64

    current = {"as_of": "2026-02-01", "contracts": [
        {"client": "Mine", "kind": "fixed", "start": "2025-01-05", "end": "", "earnings": "$10",
         "last_payment": "2025-01-06"},
        {"id": MADE[1].id, "client": "Old copy", "kind": "fixed", "start": "2025-01-05",
         "earnings": "0"}]}
    answer = web_import({"files": [
        {"name": "2025.csv", "base64": base64.b64encode(CSV.encode("utf-16")).decode()},
        {"name": "p.json", "text": PROFILE}], "current": current})
    assert answer["ok"] is True
    history = answer["history"]
    assert isinstance(history, dict) and len(history["contracts"]) == len(MADE)
    added = answer["added"]
    assert isinstance(added, dict)
    assert added["as_of"] == "2026-02-01"
    ids = [c["id"] for c in added["contracts"]]
    assert ids[0] == "1" and ids.count(MADE[1].id) == 1 and len(ids) == len(MADE) + 1
    assert answer["view"] and answer["missing"] == []
    from calculator import from_form

    assert len(from_form(added).contracts) == len(MADE) + 1


@pytest.mark.parametrize("request_", [
    {}, {"files": []}, {"files": ["x"]}, {"files": [{"name": "a", "base64": "!!"}]},
    {"files": [{"name": "a", "text": CSV}], "columns": {"price": "x"}},
    {"files": [{"name": "a", "text": CSV}], "as_of": "31/02/2025"},
    {"files": [{"name": "a", "text": CSV.replace('"Date"', '"Day of pay"', 1)}]},
])
def test_a_bad_page_request_gets_errors_and_a_view_never_a_traceback(request_: object) -> None:
    answer = web_import(request_)
    assert answer["ok"] is False and answer["errors"] and answer["view"]


def test_an_unknown_header_sends_the_headers_for_the_page_to_map() -> None:
    answer = web_import({"files": [{"name": "a", "text": CSV.replace('"Date"', '"Day"', 1)
                                    .replace('"Amount"', '"Paid"', 1)}]})
    errors = answer["errors"]
    assert isinstance(errors, list)
    assert errors[0]["headers"] == ["Day", "Contract", "Hours", "Paid", "Payment type"]
    assert [e["column"] for e in errors] == ["Amount"]  # "Day" is a known name for the date
    answer = web_import({"files": [{"name": "a", "text": CSV.replace('"Amount"', '"Paid"', 1)}],
                         "columns": {"amount": "Paid"}})
    assert answer["ok"] is True


@pytest.mark.parametrize("cut", [60, 61, 200, 1001])
def test_json_cut_anywhere_is_called_cut_short(cut: int) -> None:
    (problem,) = failure(("p.json", PROFILE[:cut]))
    assert "cut short" in problem.message and problem.where.startswith("p.json, line ")


def test_a_profile_page_saved_twice_counts_each_contract_once() -> None:
    result = read(("page-1.json", PROFILE), ("page-1 again.json", PROFILE))
    assert result.history() == read(("p.json", PROFILE)).history()
    assert len(result.notes) == len(MADE) and result.notes[0].file == "page-1 again.json"


def test_a_refund_row_is_taken_off_the_earnings_and_written_as_refunded() -> None:
    text = "\n".join([",".join(f'"{h}"' for h in HEADER),
                      '"2025-03-01","Logo (1)","","400","Fixed Price Payment"',
                      '"2025-03-20","Logo (1)","","-150.00","Refund"'])
    (c,) = read(("r.csv", text)).contracts
    assert (c.earnings_usd, c.refunded_usd, c.last_payment) == (250.0, 150.0, date(2025, 3, 1))
    contract = from_dict(read(("r.csv", text)).history()).contracts[0]
    assert contract.earnings_usd == 250.0
    assert c.to_dict()["refunded_usd"] == 150.0
    assert "refunded_usd" not in read(("2025.csv", CSV)).history()["contracts"][0]  # type: ignore[index]
