"""Import a history from what Upwork gives a freelancer: earnings report CSVs, the profile's
work-history JSON, or a table pasted from a spreadsheet (the CLI's and the page's one reader).

Stdlib only (csv, json, codecs), no I/O: callers pass each file's name and bytes or text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

from ..errors import FieldError
from ..fields import SCHEMA
from ..parse.history import JSS_START, from_dict
from .decode import MAX_FILE_CHARS, decode
from .merge import MISSING_LABELS, Imported, merge
from .problems import ImportFailed, Problem
from .profile import ProfileItem, looks_like_json, read_profile
from .table import COLUMNS, Payment, read_table

__all__ = [
    "COLUMNS",
    "MAX_FILE_CHARS",
    "MISSING_LABELS",
    "ImportFailed",
    "ImportFile",
    "ImportResult",
    "Imported",
    "Problem",
    "read_import",
]

#: At most this many files in one import (ten years of reports and a profile, with room).
MAX_FILES: Final = 40
Format = Literal["earnings report", "table", "profile JSON"]


@dataclass(frozen=True, slots=True)
class ImportFile:
    """One file to import: its name (for messages) and its bytes, or text already decoded."""

    name: str
    data: bytes | str


@dataclass(frozen=True, slots=True)
class FileRead:
    """What one file held."""

    name: str
    format: Format
    rows: int
    note: str | None

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "format": self.format, "rows": self.rows, "note": self.note}


@dataclass(frozen=True, slots=True)
class ImportResult:
    """The history the files make (schema 1, valid), each contract with what it lacks."""

    as_of: date
    contracts: tuple[Imported, ...]
    files: tuple[FileRead, ...]
    notes: tuple[Problem, ...]

    @property
    def missing(self) -> list[dict[str, object]]:
        """Per contract, the fields no file gave (each holds a stand-in the format accepts)."""
        return [{"id": c.id, "title": c.title, "fields": list(c.missing)}
                for c in self.contracts if c.missing]

    def history(self) -> dict[str, object]:
        """The history document (schema 1), without the ``missing`` note."""
        return {"schema": SCHEMA, "as_of": self.as_of.isoformat(),
                "contracts": [c.to_dict() for c in self.contracts]}

    def document(self) -> dict[str, object]:
        """The history with its ``missing`` note, as ``python -m calculator import`` prints it
        (the history parser ignores the note)."""
        return {**self.history(), "missing": self.missing}

    def totals(self) -> dict[str, object]:
        fields: dict[str, int] = {}
        for c in self.contracts:
            for name in c.missing:
                fields[name] = fields.get(name, 0) + 1
        return {"contracts": len(self.contracts),
                "payments": sum(c.payments for c in self.contracts),
                "earnings_usd": round(sum(c.earnings_usd for c in self.contracts), 2),
                "missing": fields}


def read_import(files: Sequence[ImportFile], *, as_of: date | None = None,
                columns: Mapping[str, str] | None = None,
                decimal_comma: bool = False) -> ImportResult:
    """Read every file (format detected from its content) and merge them by contract.

    ``columns`` maps a role (``date``, ``contract``, ``hours``, ``amount``, ``type``) to the
    header of a table whose header is not the earnings report's; ``decimal_comma`` reads
    ``12,50`` as 12.5. ``as_of`` defaults to the latest day a file mentions.

    Raises:
        ImportFailed: with every problem found, each naming its file, row and column; nothing
            is imported then.
    """
    if not files:
        raise ImportFailed([Problem("import", None, None, "no file to read")])
    if len(files) > MAX_FILES:
        raise ImportFailed([Problem("import", None, None, f"at most {MAX_FILES} files at once")])
    if as_of is not None and as_of < JSS_START:
        raise ImportFailed([Problem("import", None, "as_of", "a date on or after "
                                    f"{JSS_START.isoformat()}, when the score began")])
    payments: list[Payment] = []
    items: list[ProfileItem] = []
    read: list[FileRead] = []
    problems: list[Problem] = []
    notes: list[Problem] = []
    names = _unique_names([f.name for f in files])
    for name, f in zip(names, files, strict=True):
        try:
            text, note = decode(f.data, name)
            if looks_like_json(text):
                found, more = read_profile(text, name)
                items += found
                read.append(FileRead(name, "profile JSON", len(found), note))
            else:
                rows, more = read_table(text, name, columns=columns,
                                        decimal_comma=decimal_comma)
                payments += rows
                known = all(COLUMNS[r][0] in text[:300] for r in COLUMNS)
                read.append(FileRead(name, "earnings report" if known else "table", len(rows),
                                     note))
            notes += more
            if note:
                notes.append(Problem(name, None, None, note))
        except ImportFailed as err:
            problems += err.problems
    if problems:
        raise ImportFailed(problems)
    contracts, day, merged = merge(payments, items, as_of)
    result = ImportResult(day, tuple(contracts), tuple(read), tuple(notes + merged))
    try:
        from_dict(result.history())
    except FieldError as err:  # a stand-in the merge got wrong: say so rather than crash
        raise ImportFailed([Problem("import", None, err.path, err.message)]) from None
    return result


def _unique_names(names: list[str]) -> list[str]:
    out: list[str] = []
    for n, name in enumerate(names, start=1):
        name = name.strip() or f"file {n}"
        out.append(name if name not in out else f"{name} ({n})")
    return out
