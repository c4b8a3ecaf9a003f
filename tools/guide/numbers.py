"""Rule numbers in the guide's prose: ``{{ rules.gap_days }}`` is filled from the rule table.

A page writes ``{{ rules.NAME }}`` for the current rules, or ``{{ rules[ID].NAME }}`` for one
era's (``{{ rules[2015-03].min_contracts }}``); NAME is a key of ``RuleSet.numbers()``. An
unknown name or era fails the build, so a typo cannot publish a wrong number and a number is
never typed into a page twice.
"""

from __future__ import annotations

import re
from typing import Final

import calculator

__all__ = ["PLACEHOLDER", "UnknownNumber", "fill"]

PLACEHOLDER: Final = re.compile(r"\{\{\s*rules(?:\[([0-9a-z-]+)\])?\.([a-z_]+)\s*\}\}")


class UnknownNumber(ValueError):
    """A placeholder names a rule set or a number the package does not have."""


def fill(text: str, where: str) -> str:
    """Replace every placeholder in ``text`` with its value from the rule table.

    >>> fill("idle after {{ rules.gap_days }} days", "doctest")
    'idle after 90 days'
    """
    by_id = {r.id: r for r in calculator.rules.RULE_SETS}

    def value(match: re.Match[str]) -> str:
        era, name = match[1], match[2]
        rules = calculator.rules.RULE_SETS[-1] if era is None else by_id.get(era)
        if rules is None:
            raise UnknownNumber(f"{where}: {match[0]} names an unknown rule set {era!r}")
        numbers = rules.numbers()
        if name not in numbers:
            raise UnknownNumber(f"{where}: {match[0]} names no rule number; known: "
                                f"{', '.join(sorted(numbers))}")
        return numbers[name]

    return PLACEHOLDER.sub(value, text)
