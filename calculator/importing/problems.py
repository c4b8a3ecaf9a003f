"""What an import says about a file: a problem names the file, the row and the column."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from ..errors import FieldError

__all__ = ["MAX_PROBLEMS", "CellError", "ImportFailed", "Problem"]

#: How many problems one import reports at most; past that the reader has enough to fix first.
MAX_PROBLEMS: Final = 20


@dataclass(frozen=True, slots=True)
class Problem:
    """A message about one place in one file: ``row`` is 1-based (the header is row 1 of a
    table; in a profile JSON, the item's position, or the line for a file that is not JSON);
    ``column`` is the table's header or the JSON field, ``None`` when the whole row is meant.

    >>> Problem("2024.csv", 3, "Amount", "expected an amount in USD").where
    '2024.csv, row 3, column Amount'
    >>> Problem("p.json", 12, "character 7", "the JSON stops before its end", unit="line").where
    'p.json, line 12, character 7'
    """

    file: str
    row: int | None
    column: str | None
    message: str
    #: The header a table has, when the problem is a column the reader can map.
    headers: tuple[str, ...] = ()
    #: What ``row`` counts: a table's rows, or the lines of a file that is not valid JSON.
    unit: str = "row"

    @property
    def where(self) -> str:
        parts = [self.file]
        if self.row is not None:
            parts.append(f"{self.unit} {self.row}")
        if self.column is not None:
            parts.append(self.column if self.column.startswith("character ")
                         else f"column {self.column}")
        return ", ".join(parts)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"file": self.file, "row": self.row, "column": self.column,
                                  "where": self.where, "message": self.message}
        if self.headers:
            out["headers"] = list(self.headers)
        return out


class ImportFailed(FieldError):
    """Files that cannot be read as they are: nothing is imported. ``problems`` holds each one
    (the first is the error's own path and message)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        assert problems
        first = problems[0]
        super().__init__(first.where, first.message)
        self.problems = tuple(problems)


class CellError(Exception):
    """One value a reader cannot read: ``column`` names it (a table's header or a JSON field).
    The file's reader adds the file and the row and collects it as a Problem."""

    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column
        self.message = message
