"""The page's import request read, and "Add to": the current form with the imported contracts."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from datetime import date
from typing import Any

from ..errors import FieldError
from ..parse.dates import read_date
from . import MAX_FILE_CHARS, MAX_FILES, ImportFile
from .table import COLUMNS

__all__ = ["added_to", "import_request"]


def import_request(req: Mapping[str, object]) -> tuple[list[ImportFile], dict[str, Any]]:
    """The files and options of a ``web.import_files`` request.

    Raises:
        FieldError: naming the request field that does not fit.
    """
    items = req.get("files")
    if not isinstance(items, list) or not items:
        raise FieldError("files", "expected at least one file")
    if len(items) > MAX_FILES:
        raise FieldError("files", f"expected at most {MAX_FILES} files")
    files: list[ImportFile] = []
    for i, item in enumerate(items):
        if not isinstance(item, Mapping):
            raise FieldError(f"files[{i}]", "expected a file: its name and its text")
        name = item.get("name")
        name = name[:200] if isinstance(name, str) and name.strip() else f"file {i + 1}"
        if isinstance(item.get("text"), str):
            files.append(ImportFile(name, item["text"]))
            continue
        data = item.get("base64")
        if not isinstance(data, str) or len(data) > 6 * MAX_FILE_CHARS:
            raise FieldError(f"files[{i}]", "expected the file's text or its bytes in base64")
        try:
            files.append(ImportFile(name, base64.b64decode(data, validate=True)))
        except (binascii.Error, ValueError):
            raise FieldError(f"files[{i}].base64", "expected base64") from None
    columns = req.get("columns") or {}
    if not isinstance(columns, Mapping) or not all(
            k in COLUMNS and isinstance(v, str) for k, v in columns.items()):
        raise FieldError("columns", f"expected a header for some of: {', '.join(COLUMNS)}")
    as_of_text = req.get("as_of")
    as_of: date | None = None
    if as_of_text is not None:
        if not isinstance(as_of_text, str):
            raise FieldError("as_of", "expected a date")
        as_of = read_date(as_of_text, "as_of")
    return files, {"as_of": as_of, "columns": {k: v for k, v in columns.items() if v},
                   "decimal_comma": req.get("decimal_comma") is True}


def added_to(current: Mapping[str, object], history: dict[str, object]) -> dict[str, object]:
    """The current form with the imported contracts added: an imported contract replaces the
    current one with the same id; the as-of date is the later of the two. The current form's
    values are left as typed (the page reads them again as it always does)."""
    mine = current.get("contracts")
    rows: list[object] = list(mine) if isinstance(mine, list) else []
    imported = history["contracts"]
    assert isinstance(imported, list)
    new_ids = {c["id"] for c in imported}
    kept: list[object] = []
    for position, row in enumerate(rows, start=1):
        if isinstance(row, Mapping) and row.get("id") in new_ids:
            continue
        # A contract without an id is known by its position: write it down, so the rows
        # added after it cannot renumber it.
        kept.append({**row, "id": str(position)} if isinstance(row, Mapping)
                    and not row.get("id") else row)
    as_of = history["as_of"]
    mine_day = current.get("as_of")
    if isinstance(mine_day, str):
        try:
            day = read_date(mine_day, "as_of")
        except FieldError:
            day = None
        if day is not None and day.isoformat() > str(as_of):
            as_of = day.isoformat()
    return {**current, "schema": 1, "as_of": as_of, "contracts": [*kept, *imported]}
