"""The source threads' cases as histories: the calculator's presets and the guide's examples."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from .fields import CONTRACT_FIELDS
from .model import History
from .parse import from_dict

__all__ = ["PRESETS", "Preset", "preset"]


@dataclass(frozen=True, slots=True)
class Preset:
    """A case from a source thread: history ``a`` and, for a what-if, history ``b``."""

    id: str
    title: str
    thread: str
    question: str
    a: dict[str, object]
    b: dict[str, object] | None = None
    label_a: str = "As it is"
    label_b: str = "What if"

    def history_a(self) -> History:
        return from_dict(self.a)

    def history_b(self) -> History | None:
        return None if self.b is None else from_dict(self.b)

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "title": self.title, "thread": self.thread,
                "question": self.question, "a": self.a, "b": self.b,
                "label_a": self.label_a, "label_b": self.label_b}


def _c(cid: str, client: str, start: str, end: str | None, earnings: float,
       public: float | None = 5.0, private: object = "unknown", kind: str = "fixed",
       paid: str | None = "end", **later: object) -> dict[str, object]:
    """A contract in the JSON format: every field of the first version (calculator.fields),
    and a later field (``dispute="won"``) only when given, as ``to_dict`` writes them."""
    last = (end if paid == "end" else paid) if earnings else None
    given = {"id": cid, "client": client, "kind": kind, "start": start, "end": end,
             "earnings": earnings, "last_payment": last, "public_rating": public,
             "private_rating": private, **later}
    return {f.name: given.get(f.name, f.default) for f in CONTRACT_FIELDS
            if f.always or f.name in given}


def _history(as_of: str, contracts: list[dict[str, object]],
             rules: str | None = None) -> dict[str, object]:
    doc: dict[str, object] = {"schema": 1, "as_of": as_of, "contracts": contracts}
    if rules:
        doc["rules"] = rules
    return doc


# Eight earlier contracts worth about $2,200, all with five stars (seed 000: "very good JSS",
# about $2.6K earned in all once the disputed contract is added).
_GOOD_2K: Final = [
    _c("1", "Client A", "2024-07-01", "2024-08-05", 150),
    _c("2", "Client B", "2024-08-10", "2024-09-20", 200),
    _c("3", "Client C", "2024-09-01", "2024-10-15", 250),
    _c("4", "Client D", "2024-10-20", "2024-12-01", 300),
    _c("5", "Client E", "2024-12-05", "2025-01-20", 300),
    _c("6", "Client F", "2025-01-10", "2025-02-25", 350),
    _c("7", "Client A", "2025-02-01", "2025-03-15", 300),
    _c("8", "Client G", "2025-03-01", "2025-04-10", 350),
]


def _dispute(earnings: float) -> list[dict[str, object]]:
    return [*_GOOD_2K, _c("9", "Client H", "2025-04-15", "2025-05-20", earnings, public=1.0,
                          paid="2025-05-25")]


# Ten completed contracts, nine went well and one did not (seed 001: "about 10 completed
# contracts ... Your JSS is 91%").
_TEN: Final = [
    _c(str(i + 1), f"Client {chr(65 + i)}", f"2018-{i + 1:02d}-01", f"2018-{i + 1:02d}-25", 300,
       public=1.0 if i == 9 else 5.0)
    for i in range(10)
]

_BEFORE_SCOPE: Final = [
    _c("1", "Client A", "2024-05-01", "2024-06-10", 600),
    _c("2", "Client B", "2024-06-15", "2024-08-01", 400),
    _c("3", "Client C", "2024-08-05", "2024-09-20", 900),
    _c("4", "Client D", "2024-10-01", "2024-11-15", 300, public=4.0),
    _c("5", "Client E", "2024-11-20", "2025-01-10", 700),
    _c("6", "Client F", "2025-01-15", "2025-03-01", 500),
]

_PERFECT: Final = [
    _c("1", "Client A", "2024-11-01", "2024-12-15", 800, private=10),
    _c("2", "Client B", "2025-01-05", "2025-02-10", 450, private=9),
    _c("3", "Client C", "2025-02-15", "2025-03-30", 1200, private=10),
    _c("4", "Client D", "2025-04-01", "2025-05-10", 600, private=9),
]

PRESETS: Final[tuple[Preset, ...]] = (
    Preset(
        "dispute-100-vs-400",
        "Accept $100 in the dispute, or win the full $400?",
        "Dispute and jSS",
        "The client closed a $400 fixed-price contract with a bad review and offers $100. "
        "Which hurts the score less?",
        _history("2025-06-01", _dispute(100)),
        _history("2025-06-01", _dispute(400)),
        label_a="Accept $100", label_b="Win $400",
    ),
    Preset(
        "ten-contracts-one-bad",
        "Ten contracts, one went badly",
        "Open contract adversely affected my JSS!?",
        "Nine clients left five stars and one did not. Why is the score about 90%?",
        _history("2018-11-01", _TEN),
    ),
    Preset(
        "close-or-leave-open",
        "Close with no payment and a poor review, or leave it open?",
        "JSS Score",
        "A fixed-price contract with no payments went wrong after the client changed the terms.",
        _history("2025-04-01", [*_BEFORE_SCOPE, _c("7", "Client G", "2025-03-10", "2025-03-31",
                                                     0, public=1.5)]),
        _history("2025-04-01", [*_BEFORE_SCOPE, _c("7", "Client G", "2025-03-10", None, 0,
                                                     public=None)]),
        label_a="Close it now", label_b="Leave it open",
    ),
    Preset(
        "refund-in-full",
        "Refund in full to avoid a poor review?",
        "Contract dispute",
        "A refund hides the public review, but the private feedback stays and the contract still "
        "counts.",
        _history("2025-06-01", [*_GOOD_2K, _c("9", "Client H", "2025-04-15", "2025-05-20", 500,
                                               public=2.0)]),
        _history("2025-06-01", [*_GOOD_2K, _c("9", "Client H", "2025-04-15", "2025-05-20", 0,
                                               public=None, private=2)]),
        label_a="Keep the $500", label_b="Refund it all",
    ),
    Preset(
        "five-stars-poor-private",
        "Five stars in public, poor in private",
        "JSS dropped for eerie reason.",
        "A perfect score falls with no visible cause: one client gave five stars in public "
        "but a poor private rating.",
        _history("2025-06-01", [*_PERFECT, _c("5", "Client E", "2025-05-01", "2025-05-28", 700,
                                               private=10)]),
        _history("2025-06-01", [*_PERFECT, _c("5", "Client E", "2025-05-01", "2025-05-28", 700,
                                               private=3)]),
        label_a="Private 10/10", label_b="Private 3/10",
    ),
    Preset(
        "new-freelancer",
        "A first contract: no score yet",
        "JSS Score",
        "One contract with one client is not enough for a score.",
        _history("2025-06-01", [_c("1", "Client A", "2025-03-01", "2025-04-15", 400)]),
    ),
)
_BY_ID: Final = {p.id: p for p in PRESETS}


def preset(preset_id: str) -> Preset:
    """The preset with this id (``KeyError`` if there is none)."""
    return _BY_ID[preset_id]
