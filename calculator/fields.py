"""The history format's fields as data, once: the parsers, the CLI and the page's form read them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

from .rules import FORM_CHANGE

__all__ = [
    "CONTRACT_FIELDS",
    "HISTORY_FIELDS",
    "LAST_AS_OF",
    "MAX_CLIENT_CHARS",
    "MAX_CONTRACTS",
    "MAX_EARNINGS_USD",
    "MAX_ID_CHARS",
    "MAX_JSON_CHARS",
    "MAX_SHOWN",
    "SCHEMA",
    "SHARE_FIELDS",
    "SHARE_ROW_MIN",
    "SHOWN_FIELDS",
    "Field",
    "FieldKind",
    "contract_field",
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
#: The latest as-of date a history may have. Every other date of a history is on or before it,
#: and the furthest the model reaches past it is a timeline's 120 months, plus a window's 24
#: months for a contract to leave it, plus a few days of month-end rounding: about 12 years.
#: Python's calendar ends on 9999-12-31, so the arithmetic holds up to about 9987; the limit
#: is set far inside that, at the end of 2100, so that a mistyped year (2205, 9999) is named
#: at the as-of field instead of computed (tests/calculator/test_no_traceback.py checks the
#: reach).
LAST_AS_OF: Final = date(2100, 12, 31)

#: What a field holds, which decides how it is read and which input the form draws.
FieldKind = Literal["text", "date", "money", "stars", "private", "choice", "bool", "score",
                    "list"]


@dataclass(frozen=True, slots=True)
class Field:
    """One field of the history format.

    ``name`` is the JSON key; ``label``, ``hint`` and ``placeholder`` are what the form shows;
    ``low``/``high`` bound numbers (and list lengths), ``max_chars`` bounds text; ``choices`` are
    ``(value, label)`` pairs (a ``""`` value is the form's blank: the default, never a JSON
    value); ``items`` are the fields of each element of a list; ``default`` is the JSON value an
    absent key stands for.

    A contract field also says where it lives in :class:`~calculator.model.Contract`
    (``attr``, the JSON name when blank), its position in a share link's packed row (``slot``:
    links live on, so a slot is never reused or moved) and whether ``to_dict`` writes it
    always or only when it is not the default (``always``: ``False`` for fields added after
    the format's first version, so older files and links stay byte-identical).

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
    default: str | bool | float | None = None
    attr: str = ""
    slot: int = -1
    always: bool = True

    @property
    def attribute(self) -> str:
        """The name of the value object's attribute this field fills."""
        return self.attr or self.name

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

#: A contract's fields, in the order the form shows them (and ``to_dict`` writes them). Adding
#: one: declare it here (the next free ``slot``, ``always=False``, a ``default``), add the
#: attribute to ``Contract`` in the same place, and give it its meaning in the model; the
#: parser, the codec, share links, the page's form and the benchmark follow from this list.
CONTRACT_FIELDS: Final = (
    Field("id", "Id", "text", hint="optional; the position in the list by default",
          max_chars=MAX_ID_CHARS, slot=0),
    Field("client", "Client", "text", required=True, max_chars=MAX_CLIENT_CHARS, slot=1),
    Field("kind", "Kind", "choice", required=True,
          choices=(("fixed", "Fixed price"), ("hourly", "Hourly")), slot=2),
    Field("start", "Start", "date", required=True, placeholder=_DATE_PLACEHOLDER, slot=3),
    Field("end", "End", "date", hint="blank while open", placeholder=_DATE_PLACEHOLDER, slot=4),
    Field("earnings", "Earnings (USD)", "money",
          hint="what you kept: 0 if you refunded it all or lost the dispute", placeholder="$1,200",
          required=True, low=0, high=MAX_EARNINGS_USD, decimals=2, attr="earnings_usd", slot=5),
    Field("last_payment", "Last payment", "date", hint="blank if never paid",
          placeholder=_DATE_PLACEHOLDER, slot=6),
    Field("public_rating", "Public rating", "stars",
          hint="1 to 5, even if a refund hid it; blank = no feedback",
          placeholder="none", low=1.0, high=5.0, decimals=2, slot=7),
    Field("private_rating", "Private rating", "private", low=0, high=10, decimals=0,
          choices=(("unknown", "Unknown (you can't see it)"), ("none", "None left"),
                   *((str(n), f"{n} of 10") for n in range(10, -1, -1))), default="unknown",
          slot=8),
    Field("client_excluded", "Client excluded", "bool", hint="suspended or flagged client",
          default=False, slot=9),
    # Added after the first version: written only when set, optional in share rows.
    Field("review_form", "Review form", "choice",
          hint="the form that asks for stars and an optional private note is the newer one",
          choices=(("", "From the end date"),
                   ("private", "With a 0-10 private rating (older form)"),
                   ("stars", "Stars only, with an optional private note (newer form)"),
                   ("unsure", "Not sure")),
          default=None, slot=10, always=False),
    Field("refunded_usd", "Refunded (USD)", "money",
          hint="what went back to the client by refund or dispute; earnings stay what you kept",
          placeholder="0", low=0, high=MAX_EARNINGS_USD, decimals=2, default=0, slot=11,
          always=False),
    Field("dispute", "Dispute", "choice",
          hint="a payment dispute, its mediation or an arbitration award",
          choices=(("none", "None"), ("settled", "Settled in the dispute or mediation"),
                   ("won", "Decided or awarded for you"),
                   ("lost", "Decided or awarded for the client")),
          default="none", slot=12, always=False),
)

#: A contract's fields in the order a share link packs them (by ``slot``; never reordered).
SHARE_FIELDS: Final = tuple(f.name for f in sorted(CONTRACT_FIELDS, key=lambda f: f.slot))
#: A packed row holds at least the first version's fields; the later ones may be left off the
#: end of a row (an older link, or values at their default) and then take their default.
SHARE_ROW_MIN: Final = sum(1 for f in CONTRACT_FIELDS if f.always)

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
    # m-score: the form era's date, history-level and optional (written only when set).
    Field("form_change", "Stars-only form from", "date",
          hint="the day clients began to get the review form without a private rating; "
               f"blank: {FORM_CHANGE.day} {FORM_CHANGE:%B %Y}, approximate (no announcement "
               "dates it)", placeholder=_DATE_PLACEHOLDER, always=False),
    Field("shown", "Scores Upwork showed", "list",
          hint="optional: the Job Success Score your profile showed, and when",
          high=MAX_SHOWN, items=SHOWN_FIELDS),
    Field("contracts", "Contracts", "list", required=True, high=MAX_CONTRACTS,
          items=CONTRACT_FIELDS),
)

_BY_NAME: Final = {f.name: f for f in (*HISTORY_FIELDS, *CONTRACT_FIELDS)}
_CONTRACT: Final = {f.name: f for f in CONTRACT_FIELDS}


def field(name: str) -> Field:
    """A history or contract field by its JSON name (``date``/``score`` are under ``shown``).

    Raises:
        KeyError: for a name the format does not have.
    """
    return _BY_NAME[name]


def contract_field(name: str) -> Field:
    """A contract field by its JSON name.

    Raises:
        KeyError: for a name a contract does not have.
    """
    return _CONTRACT[name]
