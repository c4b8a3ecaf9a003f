"""Made-up Upwork exports for the import tests, the browser test and the benchmark.

Our own fixtures, in the shape of the two public samples (an earnings report CSV and a profile
work-history JSON), generated so a test can ask for any size. Deterministic: contract ``i`` is
always the same contract.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["HEADER", "Made", "earnings_csv", "made_contracts", "profile_json"]

HEADER = ("Date", "Contract", "Hours", "Amount", "Payment type")
_WORDS = ("Landing page", "Data cleanup", "API client", "Logo refresh", "Shop fixes",
          "Report tool", "Scraper", "Mobile layout", "Invoice script", "Chart widget")


@dataclass(frozen=True)
class Made:
    """One made-up contract and the payments the report would list for it."""

    id: str
    title: str
    client_id: str
    hourly: bool
    start: date
    end: date | None
    stars: float | None
    payments: tuple[tuple[date, float, float, str], ...]  # day, hours, amount, payment type

    @property
    def earnings(self) -> float:
        return round(sum(p[2] for p in self.payments), 2)


def made_contracts(n: int, as_of: date = date(2025, 12, 1)) -> list[Made]:
    """``n`` contracts over the 30 months before ``as_of``: hourly and fixed, repeat clients,
    a bonus now and then, some open, some without feedback, a few under five stars."""
    out = []
    for i in range(n):
        start = as_of - timedelta(days=900 - (i * 877) // max(n, 1))
        hourly = i % 3 == 0
        weeks = 1 + i % 5
        payments: list[tuple[date, float, float, str]] = []
        if hourly:
            for w in range(weeks):
                hours = 2 + (i + w) % 7 + 0.5
                payments.append((start + timedelta(days=7 * w + 6), hours, hours * 30, ""))
        else:
            payments.append((start + timedelta(days=10), 0.0, 100.0 + 25 * (i % 9),
                             "Fixed Price Payment"))
            if i % 4 == 1:
                payments.append((start + timedelta(days=20), 0.0, 150.0, "Fixed Price Payment"))
        if i % 7 == 2:
            payments.append((payments[-1][0], 0.0, 20.0, "Bonus"))
        last = max(p[0] for p in payments)
        is_open = i % 11 == 5 and last + timedelta(days=40) > as_of
        end = None if is_open else min(last + timedelta(days=3), as_of)
        stars = None if end is None or i % 13 == 4 else (4.2 if i % 17 == 3 else 5.0)
        out.append(Made(str(40_000_000 + 7 * i), f"{_WORDS[i % len(_WORDS)]} #{i + 1}",
                        str(900_000 + i % max(1, n * 2 // 3)), hourly, start, end, stars,
                        tuple(payments)))
    return out


def earnings_csv(contracts: list[Made], year: int | None = None) -> str:
    """The earnings report as Upwork writes it (every cell quoted), for one year or all."""
    rows = sorted(((p[0], c, p) for c in contracts for p in c.payments
                   if year is None or p[0].year == year), key=lambda r: (r[0], r[1].id))
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(HEADER)
    for day, c, (_, hours, amount, kind) in rows:
        writer.writerow([day.isoformat(), f"{c.title} ({c.id})", f"{hours:g}" if hours else "",
                         f"{amount:g}", kind])
    return out.getvalue()


def profile_json(contracts: list[Made]) -> str:
    """The profile's work-history JSON (``pageItems``), newest first as the page lists it."""
    items = []
    for c in sorted(contracts, key=lambda c: c.start, reverse=True):
        hours = sum(p[1] for p in c.payments)
        items.append({
            "startedOn": f"{c.start.isoformat()}T00:00:00.000Z",
            "endedOn": f"{c.end.isoformat()}T00:00:00.000Z" if c.end else None,
            "totalCharges": {"currencyCode": "USD", "amount": c.earnings},
            "totalHours": hours if c.hourly else 0,
            "hourlyRate": {"currencyCode": "USD", "amount": 30 if c.hourly else 0},
            "type": 2 if c.hourly else 1,
            "title": c.title,
            "feedback": None if c.stars is None else {"score": c.stars, "comment": "Made up."},
            "clientId": c.client_id,
            "id": c.id,
        })
    return json.dumps({"currentPage": 1, "pageItems": items, "itemsPerPage": len(items),
                       "totalItems": len(items)}, indent=2)
