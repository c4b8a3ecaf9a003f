"""Lenient readers for what a person types into the form: each turns text into a JSON value."""

from __future__ import annotations

import math
import re
from typing import Final

from ..fields import Field
from .dates import read_date
from .values import fail

__all__ = ["form_amount", "form_choice", "form_date", "form_flag", "form_number", "form_private",
           "form_score", "form_text"]

_MONEY: Final = re.compile(
    r"(?:usd|us\$|\$)?\s*([0-9][0-9, ]*(?:\.[0-9]*)?|\.[0-9]+)\s*(?:usd|\$)?")
_TRUE: Final = frozenset({"true", "on", "1", "yes"})
_NONE: Final = frozenset({"none", "null", "not left", "no", "-"})


def form_date(value: object, path: str) -> object:
    """A typed date as ``YYYY-MM-DD`` (blank: ``None``); anything else is left to the strict check.

    >>> form_date("5 Mar 2025", "start"), form_date("  ", "end")
    ('2025-03-05', None)
    """
    if not isinstance(value, str):
        return value
    day = read_date(value, path)
    return None if day is None else day.isoformat()


def form_amount(value: object, path: str) -> object:
    """A typed amount in USD (``$1,200.50``, ``1 200``, ``USD 99``); blank is 0.

    >>> form_amount("$1,200.50", "earnings"), form_amount("", "earnings")
    (1200.5, 0.0)
    """
    if not isinstance(value, str):
        return value
    text = value.strip().lower()
    if not text:
        return 0.0
    match = _MONEY.fullmatch(text)
    if not match:
        fail(path, "an amount in USD such as 1200 or $1,200.50")
    return float(match[1].replace(",", "").replace(" ", ""))


def form_number(value: object, path: str, expected: str) -> object:
    """A typed number, with a decimal comma allowed (``4,5``); blank is ``None``.

    >>> form_number("4,5", "public_rating", "a star rating"), form_number("", "x", "a number")
    (4.5, None)
    """
    if not isinstance(value, str):
        return value
    text = value.strip()
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        fail(path, expected)
    if not math.isfinite(number):
        fail(path, expected)
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


def form_private(value: object, path: str) -> object:
    """A typed private rating: blank, ``?`` or ``unknown``; ``none``; or 0 to 10."""
    if not isinstance(value, str):
        return value
    text = value.strip().lower()
    if text in ("", "unknown", "?"):
        return "unknown"
    if text in _NONE:
        return None
    return form_number(text, path, "a whole number from 0 to 10, 'none' or 'unknown'")


def form_score(value: object, path: str) -> object:
    """A typed score Upwork showed: ``87`` or ``87%``; blank or ``none`` for no score shown.

    >>> form_score("87%", "shown[0].score"), form_score("none", "shown[0].score")
    (87, None)
    """
    if not isinstance(value, str):
        return value
    text = value.strip().lower().removesuffix("%").strip()
    if text in _NONE:
        return None
    return form_number(text, path, "a whole number from 0 to 100, or blank if Upwork showed "
                                   "no score")


def form_flag(value: object) -> object:
    """A checkbox's text (``on``, ``yes``, ``true``, ``1``) as true, any other text as false."""
    return value.strip().lower() in _TRUE if isinstance(value, str) else value


def form_text(value: object) -> object:
    """Typed text without its surrounding spaces."""
    return value.strip() if isinstance(value, str) else value


def form_choice(value: object, f: Field) -> object:
    """A choice typed in any case, or by its label (``Fixed price``); blank is the default of an
    optional field."""
    if not isinstance(value, str):
        return value
    text = value.strip().lower()
    if not text and not f.required:
        return f.default
    for choice, label in f.choices:
        if text in (choice.lower(), label.lower()):
            return choice
    return text
