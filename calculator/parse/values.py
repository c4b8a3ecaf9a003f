"""Strict readers for one JSON value each: a date, an amount, a rating, a score, some text."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date
from typing import NoReturn

from ..errors import FieldError
from ..fields import Field
from ..model import UNKNOWN, PrivateRating
from .dates import read_date

__all__ = [
    "amount",
    "choice",
    "fail",
    "flag",
    "iso_date",
    "mapping",
    "no_unknown_keys",
    "private_rating",
    "score",
    "stars",
    "text",
]


def fail(path: str, expected: str) -> NoReturn:
    """Raise the :class:`FieldError` for ``path``: "expected <expected>".

    >>> fail("contracts[0].kind", "'fixed' or 'hourly'")
    Traceback (most recent call last):
    ...
    calculator.errors.FieldError: contracts[0].kind: expected 'fixed' or 'hourly'
    """
    raise FieldError(path, f"expected {expected}")


def mapping(data: object, path: str, expected: str) -> Mapping[str, object]:
    """``data`` as a mapping with text keys (a JSON object), or a :class:`FieldError`."""
    if not isinstance(data, Mapping) or not all(isinstance(k, str) for k in data):
        fail(path or "history", expected)
    return data


def no_unknown_keys(data: Mapping[str, object], fields: Sequence[Field], prefix: str) -> None:
    """Refuse a key that is none of ``fields``' names (a typo would otherwise be ignored)."""
    names = [f.name for f in fields]
    for key in data:
        if key not in names:
            raise FieldError(f"{prefix}{key}",
                             f"is not a field of this format (it has: {', '.join(names)})")


def iso_date(value: object, path: str) -> date:
    """A date written exactly ``YYYY-MM-DD`` (the JSON format's only date form)."""
    if not isinstance(value, str):
        fail(path, "a date as YYYY-MM-DD")
    day = read_date(value, path, iso_only=True)
    if day is None:
        fail(path, "a date as YYYY-MM-DD")
    return day


def text(value: object, f: Field, path: str) -> str:
    """Text of 1 to ``f.max_chars`` characters, not only spaces."""
    limit = f.max_chars or 0
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        what = "a client name" if f.name == "client" else "text"
        fail(path, f"{what} of 1 to {limit} characters")
    return value


def choice(value: object, f: Field, path: str) -> str | None:
    """One of ``f.choices``' values (not the form's blank ``""``); ``None`` when that is the
    default of an optional field."""
    if value is None and f.default is None and not f.required:
        return None
    values = [v for v, _ in f.choices if v]
    if not isinstance(value, str) or value not in values:
        blank = ", or none" if f.default is None and not f.required else ""
        fail(path, " or ".join(repr(v) for v in values) + blank)
    return value


def _decimal(value: object, f: Field) -> float | None:
    """The value as a float if it is a JSON number within ``f``'s bounds and decimals."""
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        return None
    low = -math.inf if f.low is None else f.low
    high = math.inf if f.high is None else f.high
    if not low <= value <= high or round(value, f.decimals or 0) != value:
        return None
    return float(value)


def amount(value: object, f: Field, path: str) -> float:
    """An amount in USD within ``f``'s bounds, cents at most."""
    number = _decimal(value, f)
    if number is None:
        fail(path, f"an amount in USD from {f.low:,.0f} to {f.high:,.0f}, "
                   f"with at most {f.decimals} decimals")
    return number


def stars(value: object, f: Field, path: str) -> float | None:
    """A star rating within ``f``'s bounds, or ``None`` for no public feedback."""
    if value is None:
        return None
    number = _decimal(value, f)
    if number is None:
        fail(path, f"a star rating from {f.low} to {f.high} (at most {f.decimals} decimals), "
                   "or none for no public feedback")
    return number


def private_rating(value: object, f: Field, path: str) -> PrivateRating:
    """0 to 10, ``None`` (the client left none) or ``UNKNOWN`` (written ``"unknown"``)."""
    if value == "unknown":
        return UNKNOWN
    if value is None:
        return None
    number = _decimal(value, f)
    if number is None:
        fail(path, f"a whole number from {f.low:.0f} to {f.high:.0f}, none (the client left "
                   "none) or 'unknown'")
    return int(number)


def score(value: object, f: Field, path: str) -> int | None:
    """A whole-number score within ``f``'s bounds, or ``None`` for no score shown."""
    if value is None:
        return None
    number = _decimal(value, f)
    if number is None:
        fail(path, f"a whole number from {f.low:.0f} to {f.high:.0f}, or none if Upwork "
                   "showed no score")
    return int(number)


def flag(value: object, f: Field, path: str) -> bool:
    """``true`` or ``false``."""
    if not isinstance(value, bool):
        fail(path, "true or false")
    return value
