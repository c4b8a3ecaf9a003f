"""JSON text to Python values, refusing what the decoder or Pyodide's stack cannot take."""

from __future__ import annotations

import json
import re
from typing import Final

from ..errors import FieldError
from ..fields import MAX_JSON_CHARS
from ..model import History
from .history import from_dict

__all__ = ["MAX_DEPTH", "load_json", "parse_json_text"]

#: Deeper JSON is refused before decoding; the history format itself nests three levels.
MAX_DEPTH: Final = 32
_TOKENS: Final = re.compile(r'["\\\[\]{}]')


def load_json(text: str) -> History:
    """Parse a JSON document in the history format.

    Raises:
        FieldError: with path ``file`` when it is not JSON, else naming the bad field.
    """
    if not isinstance(text, str):
        raise FieldError("file", "expected text")
    if len(text) > MAX_JSON_CHARS:
        raise FieldError("file", f"expected at most {MAX_JSON_CHARS:,} characters")
    return from_dict(parse_json_text(text, "file"))


def parse_json_text(text: str, path: str) -> object:
    """Decode JSON text, turning every decoder failure into a :class:`FieldError` at ``path``.

    Nesting is checked first: the format is three levels deep, and a deeply nested document
    would overflow the JavaScript stack under Pyodide instead of raising ``RecursionError``.

    >>> parse_json_text('{"a": [1, 2]}', "request")
    {'a': [1, 2]}
    >>> parse_json_text("{'a': 1}", "request")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    calculator.errors.FieldError: request: not valid JSON (Expecting property name ... column 2)
    """
    if not isinstance(text, str):
        raise FieldError(path, "expected text")
    if _depth(text) > MAX_DEPTH:
        raise FieldError(path, f"not valid here: nested more than {MAX_DEPTH} levels deep")
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as err:
        raise FieldError(path, f"not valid JSON ({err.msg} at line {err.lineno}, "
                               f"column {err.colno})") from None
    except (ValueError, RecursionError):
        raise FieldError(path, "not valid JSON (a number or nesting it cannot read)") from None


def _depth(text: str) -> int:
    """How deep brackets nest outside strings, stopping once past ``MAX_DEPTH``.

    One pass over the quotes, backslashes and brackets: linear whatever the text, so a hostile
    file cannot make the check itself slow.
    """
    deepest = depth = 0
    in_string = False
    escaped_at = -1
    for match in _TOKENS.finditer(text):
        at = match.start()
        char = text[at]
        if at == escaped_at:
            continue
        if in_string:
            if char == "\\":
                escaped_at = at + 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return depth
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _reject_constant(name: str) -> object:
    raise ValueError(name)
