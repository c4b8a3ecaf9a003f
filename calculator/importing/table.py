"""The earnings report CSV, or a table pasted from a spreadsheet, read into payments."""

# Upwork's earnings report (Reports > Earnings history, one year at most per file) has the
# header "Date","Contract","Hours","Amount","Payment type". Its contract cell reads
# "Title (contract id)"; hourly payments carry hours, fixed ones say "Fixed Price Payment",
# extras "Bonus". A table pasted from a spreadsheet is tab-separated; its header may be anything,
# so the reader can say which column is which (``columns``).

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

from ..errors import FieldError
from ..parse.dates import read_date
from .problems import MAX_PROBLEMS, CellError, ImportFailed, Problem

__all__ = ["COLUMNS", "Payment", "PaymentKind", "Role", "read_table"]

Role = Literal["date", "contract", "hours", "amount", "type"]
PaymentKind = Literal["hourly", "fixed", "other"]

#: Each role's header in the earnings report, the other headers it is known by, and whether a
#: table must have it.
COLUMNS: Final[Mapping[Role, tuple[str, tuple[str, ...], bool]]] = {
    "date": ("Date", ("date", "payment date", "day"), True),
    "contract": ("Contract", ("contract", "contract title", "job", "title"), True),
    "hours": ("Hours", ("hours", "hours worked"), False),
    "amount": ("Amount", ("amount", "amount (usd)", "amount usd", "earnings", "usd"), True),
    "type": ("Payment type", ("payment type", "type"), False),
}
_CONTRACT_CELL: Final = re.compile(r"^(?P<title>.*?)\s*\((?P<id>[A-Za-z0-9~_-]{1,40})\)\s*$",
                                   re.DOTALL)
_USD: Final = re.compile(r"^(?:US\$|\$|USD)?\s*(?P<sign>[-\u2212(])?\s*(?:US\$|\$|USD)?\s*"
                         r"(?P<number>[\d.,\s\u00a0']+)\)?\s*(?:USD)?$", re.IGNORECASE)
_OTHER_CURRENCY: Final = re.compile(r"[\u20ac\u00a3\u00a5\u20b9\u20bd\u20a9\u20ba\u20b1]|"
                                    r"\b(?!USD\b)[A-Z]{3}\b|\b(?:Rs|zl|kr|R\$|C\$|A\$)",
                                    re.IGNORECASE)
_FIXED: Final = ("fixed price", "fixed-price", "fixed", "milestone")
_LABELS: Final[Mapping[Role, str]] = {role: spec[0] for role, spec in COLUMNS.items()}
_PLAIN: Final = re.compile(r"^-?\d+(?:\.\d+)?$")
_ISO: Final = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class Payment:
    """One row of a payments table, read."""

    file: str
    row: int
    day: date
    contract_id: str | None
    title: str
    hours: float
    amount_usd: float
    kind: PaymentKind
    #: The row's cells as written (the same payment in two files has the same cells).
    cells: tuple[str, ...]


def read_table(text: str, name: str, *, columns: Mapping[str, str] | None = None,
               decimal_comma: bool = False) -> tuple[list[Payment], list[Problem]]:
    """The payments in a CSV or tab-separated table with a header row, and notes on it.

    Raises:
        ImportFailed: every cell that cannot be read (up to 20), each naming its row and column;
            a column the table lacks names row 1 and lists the headers it has.
    """
    delimiter = _delimiter(text)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False))
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    if not rows:
        raise ImportFailed([Problem(name, None, None, "empty: no header row and no payments")])
    header = [cell.strip() for cell in rows[0]]
    at = _columns(header, name, columns or {})
    payments: list[Payment] = []
    problems: list[Problem] = []
    for number, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        try:
            payments.append(_payment(cells, number, at, name, decimal_comma))
        except CellError as err:
            problems.append(Problem(name, number, err.column, err.message))
            if len(problems) >= MAX_PROBLEMS:
                break
    if problems:
        raise ImportFailed(problems)
    return payments, []



def _delimiter(text: str) -> str:
    """Tab for a pasted table, semicolon for a spreadsheet's European CSV, else comma."""
    first = text.split("\n", 1)[0]
    counts = {d: len(re.sub(r'"[^"]*"', "", first).split(d)) - 1 for d in ("\t", ";", ",")}
    return max(counts, key=lambda d: (counts[d], d == ","))


def _columns(header: list[str], name: str, chosen: Mapping[str, str]) -> dict[Role, int]:
    """Each role's column index; a required role the header lacks fails, naming row 1."""
    lowered = [h.casefold() for h in header]
    at: dict[Role, int] = {}
    missing: list[Problem] = []
    for role, (label, known, required) in COLUMNS.items():
        pick = chosen.get(role)
        if pick:
            if pick not in header:
                missing.append(Problem(name, 1, label, f"the column chosen for {label}, "
                                       f"{pick!r}, is not in the header", tuple(header)))
                continue
            at[role] = header.index(pick)
            continue
        hits = [i for i, h in enumerate(lowered) if h in known]
        if hits:
            at[role] = hits[0]
        elif required:
            found = ", ".join(repr(h) for h in header) or "nothing"
            missing.append(Problem(
                name, 1, label, f"no {label!r} column (the header has {found}): choose which "
                                "column holds it, or export the report again", tuple(header)))
    if missing:
        raise ImportFailed(missing)
    return at


def _payment(cells: list[str], number: int, at: Mapping[Role, int], name: str,
             decimal_comma: bool) -> Payment:
    def cell(role: Role) -> str:
        index = at.get(role)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    label = _LABELS
    raw_date = cell("date")
    try:
        # The report's own form first (one call), then every form the form fields take.
        day = (_iso_day(raw_date) or read_date(raw_date, "date")) if raw_date else None
    except FieldError as err:
        raise CellError(label["date"], f"{raw_date!r}: {err.message}") from None
    if day is None:
        raise CellError(label["date"], "is empty: each payment needs its date")
    contract = cell("contract")
    if not contract:
        raise CellError(label["contract"], "is empty: each payment needs its contract")
    match = _CONTRACT_CELL.match(contract)
    title, contract_id = (match["title"].strip(), match["id"]) if match else (contract, None)
    amount = _amount(cell("amount"), label["amount"], decimal_comma)
    hours_text = cell("hours")
    hours = _amount(hours_text, label["hours"], decimal_comma, usd=False) if hours_text else 0.0
    kind_text = cell("type").casefold()
    kind: PaymentKind
    if kind_text.startswith("hourly") or (not kind_text and hours > 0):
        kind = "hourly"
    elif kind_text.startswith(_FIXED):
        kind = "fixed"
    else:
        kind = "other"
    return Payment(name, number, day, contract_id, title or contract, hours, amount, kind,
                   tuple(c.strip() for c in cells))


def _iso_day(text: str) -> date | None:
    """``YYYY-MM-DD`` read at once (``None``: another form, or not a real day)."""
    if not _ISO.match(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _amount(text: str, column: str, decimal_comma: bool, *, usd: bool = True) -> float:
    """A number of dollars (or hours): ``$1,200.50``, ``-15``, ``(15.00)``; ``12,5`` with
    ``decimal_comma``. A decimal comma without it, or another currency, is refused."""
    if not text:
        if usd:
            raise CellError(column, "is empty: each payment needs its amount in USD")
        return 0.0
    if _PLAIN.match(text):  # the report's own form: 16.5, -15, 0.33333
        return float(text)
    match = _USD.match(text)
    if not match or not re.search(r"\d", match["number"]):
        if usd and _OTHER_CURRENCY.search(text):
            raise CellError(column, f"{text!r} is not in USD: the calculator counts US "
                                     "dollars, as Upwork's report gives them")
        raise CellError(column, f"{text!r} is not {'an amount' if usd else 'a number'}")
    number = re.sub(r"[\s\u00a0']", "", match["number"])
    comma, point = number.rfind(","), number.rfind(".")
    if decimal_comma:
        if comma >= 0 or len(number) - point == 4:  # 1.234,56 or 1.200: points group thousands
            number = number.replace(".", "").replace(",", ".")
    elif comma >= 0:
        thousands = number[comma + 1:]
        if not (point > comma or (point < 0 and len(thousands) == 3 and thousands.isdigit())):
            raise CellError(column, f"{text!r} has a decimal comma: choose \u201cdecimal "
                                     "comma\u201d, or save the file with a decimal point")
        number = number.replace(",", "")
    try:
        value = float(number)
    except ValueError:
        raise CellError(column, f"{text!r} is not {'an amount' if usd else 'a number'}"
                         ) from None
    return -value if match["sign"] else value
