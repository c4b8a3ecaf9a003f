"""A file's bytes to text: UTF-8 with or without a BOM, or UTF-16 as spreadsheets save it."""

from __future__ import annotations

import codecs
from typing import Final

from ..fields import MAX_JSON_CHARS
from .problems import ImportFailed, Problem

__all__ = ["MAX_FILE_CHARS", "decode"]

#: A file larger than this is refused before it is read (the history file's own limit).
MAX_FILE_CHARS: Final = MAX_JSON_CHARS


def decode(data: bytes | str, name: str) -> tuple[str, str | None]:
    """The text of a file, and a note on its encoding when it was not plain UTF-8.

    A UTF-8 byte-order mark is dropped; UTF-16 (what a spreadsheet's "Unicode text" export
    writes, with its mark) is read as such. Bytes that are none of these are refused with the
    row and column where the text stops making sense.

    >>> decode(b"\\xef\\xbb\\xbfDate", "a.csv")
    ('Date', 'a UTF-8 byte-order mark at the start, skipped')
    >>> decode("Date".encode("utf-16"), "a.txt")
    ('Date', 'UTF-16 text (as spreadsheets save it), read as such')
    """
    note: str | None = None
    if isinstance(data, str):
        text = data
    else:
        if len(data) > 4 * MAX_FILE_CHARS:
            _too_large(name)
        if data.startswith(codecs.BOM_UTF8):
            text, note = _utf8(data[len(codecs.BOM_UTF8):], name), \
                "a UTF-8 byte-order mark at the start, skipped"
        elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text, note = _utf16(data, name), "UTF-16 text (as spreadsheets save it), read as such"
        elif len(data) >= 4 and data[1] == 0 and data[3] == 0 and data[0] and data[2]:
            text, note = _utf16(data, name, "utf-16-le"), "UTF-16 text without its mark, read " \
                                                         "as such"
        else:
            text = _utf8(data, name)
    if text.startswith("\ufeff"):
        text = text[1:]
        note = note or "a byte-order mark at the start, skipped"
    if len(text) > MAX_FILE_CHARS:
        _too_large(name)
    if "\x00" in text:
        row, column = _place(text, text.index("\x00"))
        raise ImportFailed([Problem(name, row, None, f"a NUL character at character {column}: "
                                                     "this is not a text file")])
    return text, note


def _too_large(name: str) -> None:
    raise ImportFailed([Problem(name, None, None, f"larger than {MAX_FILE_CHARS:,} characters: "
                                                  "split it, one year per file")])


def _utf8(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        good = data[:err.start].decode("utf-8")
        row, column = _place(good, len(good))
        raise ImportFailed([Problem(
            name, row, None, f"not UTF-8 text (a byte it cannot read at character {column}): "
                             "save the file again as CSV UTF-8 or JSON")]) from None


def _utf16(data: bytes, name: str, encoding: str = "utf-16") -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        good = data[:err.start - err.start % 2].decode(encoding, errors="replace")
        row, column = _place(good, len(good))
        raise ImportFailed([Problem(name, row, None, f"UTF-16 text that breaks off at character "
                                                     f"{column}: save the file again")]) from None


def _place(text: str, at: int) -> tuple[int, int]:
    """The 1-based line and character of position ``at``."""
    line = text.count("\n", 0, at) + 1
    return line, at - (text.rfind("\n", 0, at) + 1) + 1
