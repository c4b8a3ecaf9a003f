"""Payments and profile items combined into contracts, and what no file could say."""

# Payments (earnings, the last payment, the first as a stand-in start, the kind) come from the
# earnings report; stars, clients, start and end dates and the kind from the profile JSON. A
# contract is matched by its id when both carry it, else by its title when exactly one contract
# of each file has that title. A field no file gives is filled with a stand-in the history
# format accepts, and listed in ``missing`` so the reader can fill it in.

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Final

from ..fields import MAX_CLIENT_CHARS, MAX_CONTRACTS, MAX_ID_CHARS
from ..model import Kind
from .problems import MAX_PROBLEMS, ImportFailed, Problem
from .profile import ProfileItem
from .table import Payment

__all__ = ["MISSING_LABELS", "Imported", "merge"]

#: The contract fields an import can lack, as the review table names them.
MISSING_LABELS: Final = {
    "client": "client", "kind": "fixed or hourly", "start": "start date", "end": "end date",
    "last_payment": "last payment date", "public_rating": "stars", "earnings": "earnings",
}


@dataclass(slots=True)
class Imported:
    """One contract as the files give it: the history format's values and what is missing."""

    id: str
    title: str
    client: str
    kind: Kind
    start: date
    end: date | None
    earnings_usd: float
    last_payment: date | None
    public_rating: float | None
    missing: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    payments: int = 0
    #: What the report shows going back to the client (its negative rows), in USD.
    refunded_usd: float = 0.0

    def to_dict(self) -> dict[str, object]:
        """The contract in the history format (schema 1)."""
        return {
            "id": self.id, "client": self.client, "kind": self.kind,
            "start": self.start.isoformat(), "end": self.end.isoformat() if self.end else None,
            "earnings": int(self.earnings_usd) if self.earnings_usd.is_integer()
            else self.earnings_usd,
            "last_payment": self.last_payment.isoformat() if self.last_payment else None,
            "public_rating": self.public_rating, "private_rating": "unknown",
            "client_excluded": False,
            # Written only when the report shows a refund, as the format writes it.
            **({"refunded_usd": self.refunded_usd} if self.refunded_usd else {}),
        }


@dataclass(slots=True)
class _FromPayments:
    key: str
    contract_id: str | None
    title: str
    first: Payment
    payments: list[Payment] = field(default_factory=list)


def merge(payments: Sequence[Payment], items: Sequence[ProfileItem], as_of: date | None
          ) -> tuple[list[Imported], date, list[Problem]]:
    """The contracts the files describe, the as-of date, and notes (duplicates, renamed
    contracts). ``as_of`` defaults to the latest day any file mentions.

    Raises:
        ImportFailed: a date after ``as_of``, or more contracts than a history holds.
    """
    notes: list[Problem] = []
    kept = _drop_overlaps(payments, notes)
    by_key: dict[str, _FromPayments] = {}
    for p in kept:
        key = f"id:{p.contract_id}" if p.contract_id else f"title:{_norm(p.title)}"
        group = by_key.get(key)
        if group is None:
            group = by_key[key] = _FromPayments(key, p.contract_id, p.title, p)
        elif p.title != group.title and _norm(p.title) != _norm(group.title):
            notes.append(Problem(p.file, p.row, "Contract",
                                 f"contract {p.contract_id} is called {p.title!r} here and "
                                 f"{group.title!r} in {group.first.file}, row "
                                 f"{group.first.row}: read as one contract, under the later "
                                 "title"))
            if p.day >= group.payments[-1].day:
                group.title = p.title
        group.payments.append(p)
    days = [p.day for p in kept] + [d for i in items for d in (i.start, i.end) if d]
    if as_of is None:
        if not days:
            raise ImportFailed([Problem("import", None, None, "no payments and no contracts "
                                                              "in the files")])
        as_of = max(days)
    late = [(p.file, p.row, "Date", p.day) for p in kept if p.day > as_of]
    late += [(i.file, i.row, col, d) for i in items
             for col, d in (("startedOn", i.start), ("endedOn", i.end)) if d and d > as_of]
    if late:
        raise ImportFailed([
            Problem(f, r, c, f"{d.isoformat()} is after the as-of date ({as_of.isoformat()})")
            for f, r, c, d in late[:MAX_PROBLEMS]])
    contracts = _combine(list(by_key.values()), _items_once(items, notes), notes)
    if len(contracts) > MAX_CONTRACTS:
        raise ImportFailed([Problem("import", None, None, f"{len(contracts):,} contracts; a "
                                                          f"history holds {MAX_CONTRACTS:,}")])
    return contracts, as_of, notes


def _drop_overlaps(payments: Sequence[Payment], notes: list[Problem]) -> list[Payment]:
    """Payments once each: a row repeated in another file (overlapping year files) is kept as
    many times as the file that has it most often, and each dropped row is noted."""
    by_cells: dict[tuple[str, ...], dict[str, list[Payment]]] = defaultdict(dict)
    for p in payments:
        by_cells[p.cells].setdefault(p.file, []).append(p)
    dropped: set[int] = set()
    for files in by_cells.values():
        if len(files) < 2:
            continue
        ranked = sorted(files.values(), key=len, reverse=True)
        keep = ranked[0]
        for other in ranked[1:]:
            for i, p in enumerate(other):
                if i < len(keep):
                    dropped.add(id(p))
                    twin = keep[i]
                    notes.append(Problem(p.file, p.row, None,
                                         f"the same payment as {twin.file}, row {twin.row} "
                                         "(every column alike: the files overlap), counted once"))
    return [p for p in payments if id(p) not in dropped]


def _items_once(items: Sequence[ProfileItem], notes: list[Problem]) -> list[ProfileItem]:
    """Profile items once each: the same contract id saved twice (a page of the work history
    saved again) is kept the first time and noted."""
    first: dict[str, ProfileItem] = {}
    out = []
    for item in items:
        seen = first.get(item.id) if item.id else None
        if seen is not None:
            notes.append(Problem(item.file, item.row, "id",
                                 f"contract {item.id} is also {seen.file}, item {seen.row}: "
                                 "counted once"))
            continue
        if item.id:
            first[item.id] = item
        out.append(item)
    return out


def _combine(groups: list[_FromPayments], items: Sequence[ProfileItem],
             notes: list[Problem]) -> list[Imported]:
    by_id = {g.contract_id: g for g in groups if g.contract_id}
    titles: dict[str, list[_FromPayments]] = defaultdict(list)
    for g in groups:
        titles[_norm(g.title)].append(g)
    item_titles: dict[str, int] = defaultdict(int)
    for i in items:
        item_titles[_norm(i.title)] += 1
    used: set[str] = set()
    out: list[Imported] = []
    for item in items:
        group = by_id.get(item.id) if item.id else None
        if group is None:
            same = titles.get(_norm(item.title), [])
            if len(same) == 1 and item_titles[_norm(item.title)] == 1:
                group = same[0]
        if group is not None and group.key in used:
            group = None
        if group is not None:
            used.add(group.key)
        out.append(_contract(group, item))
    out.extend(_contract(g, None) for g in groups if g.key not in used)
    seen: set[str] = set()
    for n, c in enumerate(out, start=1):
        if c.id in seen or not c.id:
            c.id = f"import-{n}"
        seen.add(c.id)
    return out


def _contract(group: _FromPayments | None, item: ProfileItem | None) -> Imported:
    assert group or item
    missing: list[str] = []
    sources: list[str] = []
    paid = sorted(group.payments, key=lambda p: p.day) if group else []
    if group:
        sources.append("earnings report")
    if item:
        sources.append("profile")
    ident = (group.contract_id if group else None) or (item.id if item else None) or ""
    title = group.title if group else item.title if item else ""
    if item and item.client_id:
        client = f"Client {item.client_id}"
    else:
        client = f"Unknown client ({ident or title})"
        missing.append("client")
    kind: Kind | None = item.kind if item else None
    if kind is None and paid:
        kinds = {p.kind for p in paid} - {"other"}
        kind = "hourly" if "hourly" in kinds else "fixed" if kinds else None
    if kind is None:
        kind = "fixed"
        missing.append("kind")
    first_paid = paid[0].day if paid else None
    if item:
        start = item.start if first_paid is None else min(item.start, first_paid)
        end = item.end
    else:
        assert first_paid is not None
        start, end = first_paid, None
        missing += ["start", "end"]
    refunded = round(-sum(p.amount_usd for p in paid if p.amount_usd < 0), 2)
    if paid:
        earnings = round(sum(p.amount_usd for p in paid), 2)
        received = [p.day for p in paid if p.amount_usd > 0]
        last_payment = max(received) if received else None
    else:
        earnings = round(item.earnings_usd, 2) if item and item.earnings_usd is not None else 0.0
        last_payment = None
        if item is None or item.earnings_usd is None:
            missing.append("earnings")
    earnings = max(earnings, 0.0)
    if earnings > 0 and last_payment is None:
        # The profile has no payment dates: the end date (or the start, while open) stands in.
        last_payment = end or start
        missing.append("last_payment")
    stars = item.stars if item and end is not None else None
    if item is None:
        missing.append("public_rating")
    return Imported(
        id=ident[:MAX_ID_CHARS], title=title, client=client[:MAX_CLIENT_CHARS], kind=kind,
        start=start, end=end, earnings_usd=earnings, last_payment=last_payment,
        public_rating=stars, missing=missing, sources=sources, payments=len(paid),
        refunded_usd=refunded)


def _norm(title: str) -> str:
    return " ".join(title.casefold().split())
