"""The history format's fields as data, once: the parsers, the CLI and the page's form read them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

__all__ = [
    "CONTRACT_FIELDS",
    "HISTORY_FIELDS",
    "MAX_CLIENT_CHARS",
    "MAX_CONTRACTS",
    "MAX_EARNINGS_USD",
    "MAX_ID_CHARS",
    "MAX_JSON_CHARS",
    "MAX_SHOWN",
    "SCHEMA",
    "SHOWN_FIELDS",
    "Field",
    "FieldKind",
    "field",
]

#: The format's version; the only one so far.
SCHEMA: Final = 1
#: A history larger than this is refused with a message (the page stays usable at this size).
MAX_CONTRACTS: Final = 5000
#: An import file larger than this is refused before it is parsed.
MAX_JSON_CHARS: Final = 4_000_000
#: The largest earnings one contract may state, in USD.
MAX_EARNINGS_USD: Final = 100_000_000
MAX_CLIENT_CHARS: Final = 100
MAX_ID_CHARS: Final = 40
#: How many scores Upwork showed the freelancer a history may record.
MAX_SHOWN: Final = 12

#: What a field holds, which decides how it is read and which input the form draws.
FieldKind = Literal["text", "date", "money", "stars", "private", "choice", "bool", "score",
                    "list"]


@dataclass(frozen=True, slots=True)
class Field:
    """One field of the history format.

    ``name`` is the JSON key; ``label``, ``hint`` and ``placeholder`` are what the form shows;
    ``low``/``high`` bound numbers (and list lengths), ``max_chars`` bounds text; ``choices`` are
    ``(value, label)`` pairs; ``items`` are the fields of each element of a list; ``default`` is
    the JSON value an absent key stands for.

    Example:
        >>> field("public_rating").high
        5.0
    """

    name: str
    label: str
    kind: FieldKind
    hint: str = ""
    placeholder: str = ""
    required: bool = False
    choices: tuple[tuple[str, str], ...] = ()
    low: float | None = None
    high: float | None = None
    max_chars: int | None = None
    decimals: int | None = None
    items: tuple[Field, ...] = ()
    #: The JSON value an absent key means (``None``: none, or required when ``required``).
    default: str | bool | None = None

    def to_dict(self) -> dict[str, object]:
        """The field as JSON for the page's form (lists of pairs, no tuples)."""
        out: dict[str, object] = {
            "name": self.name, "label": self.label, "kind": self.kind, "hint": self.hint,
            "placeholder": self.placeholder, "required": self.required,
            "choices": [list(pair) for pair in self.choices],
            "low": self.low, "high": self.high, "max_chars": self.max_chars,
            "decimals": self.decimals, "default": self.default,
        }
        if self.items:
            out["items"] = [f.to_dict() for f in self.items]
        return out


_DATE_PLACEHOLDER: Final = "2025-03-05 or 5 Mar 2025"

#: A contract's fields, in the order the form shows them (and ``to_dict`` writes them).
CONTRACT_FIELDS: Final = (
    Field("id", "Id", "text", hint="optional; the position in the list by default",
          max_chars=MAX_ID_CHARS),
    Field("client", "Client", "text", required=True, max_chars=MAX_CLIENT_CHARS),
    Field("kind", "Kind", "choice", required=True,
          choices=(("fixed", "Fixed price"), ("hourly", "Hourly"))),
    Field("start", "Start", "date", required=True, placeholder=_DATE_PLACEHOLDER),
    Field("end", "End", "date", hint="blank while open", placeholder=_DATE_PLACEHOLDER),
    Field("earnings", "Earnings (USD)", "money", hint="after refunds", placeholder="$1,200",
          required=True, low=0, high=MAX_EARNINGS_USD, decimals=2),
    Field("last_payment", "Last payment", "date", hint="blank if never paid",
          placeholder=_DATE_PLACEHOLDER),
    Field("public_rating", "Public rating", "stars", hint="1 to 5; blank = no feedback",
          placeholder="none", low=1.0, high=5.0, decimals=2),
    Field("private_rating", "Private rating", "private", low=0, high=10, decimals=0,
          choices=(("unknown", "Unknown (you can't see it)"), ("none", "None left"),
                   *((str(n), f"{n} of 10") for n in range(10, -1, -1))), default="unknown"),
    Field("client_excluded", "Client excluded", "bool", hint="suspended or flagged client",
          default=False),
)

#: One score Upwork showed the freelancer, and the day it was shown.
SHOWN_FIELDS: Final = (
    Field("date", "Date", "date", required=True, placeholder=_DATE_PLACEHOLDER),
    Field("score", "Score shown", "score", hint="blank if Upwork showed no score",
          placeholder="87", low=0, high=100, decimals=0),
)

#: The history's own fields, in the order ``to_dict`` writes them.
HISTORY_FIELDS: Final = (
    Field("schema", "Format version", "choice", choices=((str(SCHEMA), str(SCHEMA)),)),
    Field("as_of", "As of", "date", hint="the day to estimate for", required=True,
          placeholder=_DATE_PLACEHOLDER),
    Field("rules", "Rule set", "choice", hint="blank: the rules in force on that day"),
    Field("shown", "Scores Upwork showed", "list",
          hint="optional: the Job Success Score your profile showed, and when",
          high=MAX_SHOWN, items=SHOWN_FIELDS),
    Field("contracts", "Contracts", "list", required=True, high=MAX_CONTRACTS,
          items=CONTRACT_FIELDS),
)

_BY_NAME: Final = {f.name: f for f in (*HISTORY_FIELDS, *CONTRACT_FIELDS)}


def field(name: str) -> Field:
    """A history or contract field by its JSON name (``date``/``score`` are under ``shown``).

    Raises:
        KeyError: for a name the format does not have.
    """
    return _BY_NAME[name]
