"""The command line's arguments: a rule-set id, amounts, and the scores Upwork showed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from ..errors import FieldError
from ..fields import field
from ..model import History, ShownScore
from ..rules import RuleSet, rule_set
from .dates import read_date
from .form import form_number, form_score
from .history import check_shown
from .values import fail, score

__all__ = ["amount_argument", "rules_argument", "shown_argument", "with_shown"]


def rules_argument(text: str | None, path: str = "--rules") -> RuleSet | None:
    """The rule set a ``--rules`` id names, or ``None`` when none was given.

    >>> rules_argument("2015-03").name
    'Launch'
    """
    if text is None:
        return None
    try:
        return rule_set(text)
    except FieldError as err:
        raise FieldError(path, err.message) from None


def amount_argument(text: str | None, path: str) -> float | None:
    """A number given on the command line (``350``, ``0.2``); absent: ``None``."""
    if text is None:
        return None
    value = form_number(text, path, "a number such as 350 or 0.5")
    if value is None:
        fail(path, "a number such as 350 or 0.5")
    assert isinstance(value, int | float)
    return float(value)


def shown_argument(text: str, day: date | None, path: str) -> ShownScore:
    """A score Upwork showed: ``87`` (or ``87%``, ``none``) on ``day``, or ``DATE:SCORE``
    (``2026-05-01:100``) when ``day`` is ``None``.

    >>> shown_argument("87%", date(2026, 5, 1), "--shown")
    ShownScore(date=datetime.date(2026, 5, 1), score=87)
    >>> shown_argument("1 May 2026:none", None, "--shown-before")
    ShownScore(date=datetime.date(2026, 5, 1), score=None)
    """
    if day is None:
        typed_day, colon, text = text.rpartition(":")
        parsed = read_date(typed_day, path) if colon else None
        if parsed is None:
            fail(path, "DATE:SCORE, such as 2026-05-01:87 or 2026-05-01:none")
        day = parsed
    return ShownScore(day, score(form_score(text, path), field("shown").items[1], path))


def with_shown(history: History, extra: Sequence[ShownScore]) -> History:
    """The history with more scores shown, checked like the file's own; a score given for a day
    the file already has replaces it.

    Raises:
        FieldError: path ``shown``, when a day is after the history's as-of date or the
            scores are too many.
    """
    if not extra:
        return history
    by_day = {s.date: s for s in (*history.shown, *extra)}
    return replace(history, shown=check_shown(tuple(by_day.values()), history.as_of))
