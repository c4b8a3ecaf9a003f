"""The guide's worked examples, computed by the package; each checks what its prose claims."""

from __future__ import annotations

import copy
import html
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Final

import calculator
from calculator import web
from calculator.arbitration import FEE_2025_USD, FEE_AAA_USD
from calculator.dates import add_months

from .tables import ExampleError

__all__ = ["CALCULATOR_URL", "EXAMPLES", "Example", "build_all", "top_rated_weeks"]

#: The calculator page as seen from a guide page one level deep (every page holding examples).
CALCULATOR_URL: Final = "../calculator/#"


@dataclass(frozen=True, slots=True)
class Example:
    """A rendered example: its file name under examples/, Markdown, and the claims checked."""

    name: str
    markdown: str
    claims: tuple[str, ...]
    link: str | None


class _Claims:
    """Collects an example's claims; the first false one stops the build with the numbers."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.checked: list[str] = []

    def require(self, holds: bool, claim: str, got: str) -> None:
        if not holds:
            raise ExampleError(f"example {self.name!r} claims {claim!r}, but the package gives "
                               f"{got}: fix the example or its prose")
        self.checked.append(claim)


def _link(a: calculator.History, b: calculator.History | None = None) -> str:
    return CALCULATOR_URL + web.fragment(a, b)


def _box(title: str, body: str, link: str | None, link_text: str) -> str:
    lines = [f'!!! example "Worked example: {title}"', ""]
    lines += [f"    {line}" if line else "" for line in body.strip().splitlines()]
    if link:
        # Raw HTML: the fragment is page state, not a heading MkDocs could validate.
        lines += ["", f'    <a class="guide-calc-link" href="{html.escape(link)}">{link_text}</a>']
    return "\n".join(lines) + "\n"


def _pct(score: int | None) -> str:
    return "no score" if score is None else f"{score}%"


def _range(est: calculator.Estimate) -> str:
    return f"{est.range[0]}\u2013{est.range[1]}%" if est.range else "no range"


def _day(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def _month(day: date) -> str:
    return f"{day:%B %Y}"


def _usd(value: float) -> str:
    return f"\u2212${-value:,.2f}" if value < 0 else f"${value:,.2f}"


def _points(n: int) -> str:
    return f"{n} point{'s' * (n != 1)}"


def _scores(est: calculator.Estimate, claims: _Claims, label: str) -> int:
    claims.require(est.score is not None, f"{label} has a score", "no score")
    assert est.score is not None
    return est.score


def dispute_offer() -> Example:
    """Seed 000: accept $100 or win $400 on a contract that already has a bad review."""
    p = calculator.preset("dispute-100-vs-400")
    a, b = p.history_a(), p.history_b()
    assert b is not None
    c = _Claims("dispute-offer")
    cmp = calculator.compare(a, b)
    sa, sb = _scores(cmp.a, c, "accepting $100"), _scores(cmp.b, c, "winning $400")
    c.require(sb <= sa, "the $400 option scores no higher than the $100 option", f"{sb} vs {sa}")
    c.require(sa - sb <= 5, "the two options are within 5 points", f"{sa - sb}")
    body = (
        f"Eight earlier five-star contracts, then the disputed one ending with a one-star review "
        f"(estimated on {_day(a.as_of)}, `{cmp.a.rules.id}` rules). **{p.label_a}:** "
        f"{_pct(sa)} (range {_range(cmp.a)}). **{p.label_b}:** {_pct(sb)} (range "
        f"{_range(cmp.b)}).\n\n"
        f"The difference is {_points(sa - sb)}, because a $400 contract weighs a little more "
        "than a $100 one when it ends badly. The other difference is $300."
    )
    link = _link(a, b)
    return Example("dispute-offer", _box(p.title, body, link, "Open both cases in the calculator"),
                   tuple(c.checked), link)


def _fifty_contracts(ten: dict[str, object]) -> dict[str, object]:
    """The ten-contract history with forty more good contracts in the same 24 months."""
    doc = copy.deepcopy(ten)
    contracts = doc["contracts"]
    assert isinstance(contracts, list)
    first = date(2016, 12, 1)
    for i in range(40):
        start = first + timedelta(days=14 * i)
        end = start + timedelta(days=10)
        contracts.append({"id": str(11 + i), "client": f"Client {11 + i}", "kind": "fixed",
                          "start": start.isoformat(), "end": end.isoformat(), "earnings": 300,
                          "last_payment": end.isoformat(), "public_rating": 5.0,
                          "private_rating": "unknown", "client_excluded": False})
    return doc


def small_history() -> Example:
    """Seed 001: about ten contracts, one bad, shown as 91%; the same bad one among fifty."""
    p = calculator.preset("ten-contracts-one-bad")
    ten = p.history_a()
    fifty = calculator.from_dict(_fifty_contracts(p.a))
    c = _Claims("small-history")
    e10, e50 = calculator.estimate(ten), calculator.estimate(fifty)
    s10 = _scores(e10, c, "ten contracts")
    _scores(e50, c, "fifty contracts")
    assert e10.range is not None and e50.range is not None
    top10, top50 = e10.range[1], e50.range[1]
    c.require(85 <= top10 <= 95, "with no hidden poor rating, ten contracts with one bad outcome "
              "score between 85 and 95", str(top10))
    c.require(top50 > top10, "the same bad outcome among fifty contracts costs less",
              f"{top50} vs {top10}")
    told = calculator.estimate(replace(ten, shown=(calculator.ShownScore(ten.as_of, 91),)))
    implied = told.explanation.implied_poor if told.explanation else None
    c.require(implied == 0, "the 91% shown means no hidden poor rating", str(implied))
    body = (
        f"Nine five-star contracts and one one-star contract, all in 2018 "
        f"(`{e10.rules.id}` rules). If no client gave a poor rating in private, the estimate is "
        f"**{_pct(top10)}**, close to the 91% the freelancer was shown; the model's average over "
        f"the private ratings nobody can see is {_pct(s10)} (range {_range(e10)}). Given the "
        f"91%, the calculator concludes that no hidden poor rating is behind it.\n\n"
        f"Add forty more five-star contracts in the same two years and the same bad contract "
        f"leaves **{_pct(top50)}** with no hidden poor rating: it is one in fifty instead of one "
        f"in ten."
    )
    link = _link(ten, fifty)
    return Example("small-history", _box(p.title, body, link, "Compare the two in the calculator"),
                   tuple(c.checked), link)


def close_or_open() -> Example:
    """Seed 003: close an unpaid fixed-price contract with a poor review, or leave it open."""
    p = calculator.preset("close-or-leave-open")
    a, b = p.history_a(), p.history_b()
    assert b is not None
    c = _Claims("close-or-open")
    cmp = calculator.compare(a, b)
    sa, sb = _scores(cmp.a, c, "closing"), _scores(cmp.b, c, "leaving it open")
    c.require(sb >= sa, "leaving the contract open scores no lower than closing it",
              f"{sb} vs {sa}")
    disputed = a.contracts[-1].id
    open_result = next(r for r in cmp.b.contracts if r.id == disputed)
    c.require(open_result.outcome == "excluded", "the open contract is not counted yet",
              open_result.outcome)
    body = (
        f"Six earlier contracts, then the unpaid one whose terms changed "
        f"(`{cmp.a.rules.id}` rules, {_day(a.as_of)}). **{p.label_a}**, with no payment and a "
        f"poor review: {_pct(sa)}. **{p.label_b}:** {_pct(sb)}, because an open contract is not "
        f"counted until it ends.\n\n"
        "The higher number lasts only as long as the client leaves the contract open; when "
        "they close it with the same review, the first number applies."
    )
    link = _link(a, b)
    box = _box(p.title, body, link, "Open both choices in the calculator")
    return Example("close-or-open", box, tuple(c.checked), link)


def refund() -> Example:
    """Seeds 001 and 002: refunding everything does not remove the bad outcome."""
    p = calculator.preset("refund-in-full")
    a, b = p.history_a(), p.history_b()
    assert b is not None
    c = _Claims("refund")
    cmp = calculator.compare(a, b)
    sa, sb = _scores(cmp.a, c, "keeping the money"), _scores(cmp.b, c, "refunding")
    refunded = b.contracts[-1].id
    result = next(r for r in cmp.b.contracts if r.id == refunded)
    c.require(result.outcome == "negative", "the refunded contract still counts as a bad outcome",
              result.outcome)
    c.require(abs(sb - sa) <= 3, "refunding moves the estimate by 3 points at most",
              f"{sb - sa:+d}")
    body = (
        f"Eight good contracts, then a $500 contract with a two-star review. **{p.label_a}:** "
        f"{_pct(sa)}. **{p.label_b}**, with the private rating still poor: {_pct(sb)}. "
        f"The refunded contract still counts as a bad outcome; only its weight changes "
        f"({_points(abs(sb - sa))} of difference), and the $500 is gone."
    )
    link = _link(a, b)
    return Example("refund", _box(p.title, body, link, "Open both in the calculator"),
                   tuple(c.checked), link)


def five_stars() -> Example:
    """Seed 004: five public stars everywhere, one poor private rating; and the unknown range."""
    p = calculator.preset("five-stars-poor-private")
    a, b = p.history_a(), p.history_b()
    assert b is not None
    c = _Claims("five-stars")
    c.require(all(x.public_rating == 5.0 for x in b.contracts), "every review is five stars",
              str([x.public_rating for x in b.contracts]))
    cmp = calculator.compare(a, b)
    sa, sb = _scores(cmp.a, c, "all private ratings good"), _scores(cmp.b, c, "one poor")
    c.require(sb < sa, "one poor private rating lowers a five-star history", f"{sb} vs {sa}")
    unknown_doc = copy.deepcopy(p.a)
    contracts = unknown_doc["contracts"]
    assert isinstance(contracts, list)
    for contract in contracts:
        contract["private_rating"] = "unknown"
    unknown = calculator.estimate(calculator.from_dict(unknown_doc))
    c.require(unknown.range is not None and unknown.range[0] < unknown.range[1],
              "unknown private ratings give a range", str(unknown.range))
    assert unknown.range is not None
    c.require(unknown.range[0] <= sb, "the range's low end covers the poor private rating",
              f"{unknown.range[0]} vs {sb}")
    body = (
        f"Five contracts, every one with five public stars. If each client also gave 9 or 10 in "
        f"private, the estimate is **{_pct(sa)}**. If one of them gave 3 out of 10 in private, "
        f"it is **{_pct(sb)}**, and nothing on the profile shows why.\n\n"
        f"Entered as you would really know them, with the private ratings unknown, the same "
        f"five contracts give {_pct(unknown.score)} with a range of {_range(unknown)}: the range "
        "is what the ratings you cannot see could do."
    )
    link = _link(a, b)
    return Example("five-stars", _box(p.title, body, link, "Open both in the calculator"),
                   tuple(c.checked), link)


def window_ageing() -> Example:
    """Help 115006097327: a score can fall with no new contract as good ones age out."""
    p = calculator.preset("dispute-100-vs-400")
    a = p.history_a()
    c = _Claims("window-ageing")
    end = add_months(a.as_of, 24)
    points = [pt for pt in calculator.timeline(a, a.as_of, end) if pt.score is not None]
    c.require(len(points) >= 6, "the timeline has scores for at least six months",
              str(len(points)))
    start = points[0].score
    assert start is not None
    first_drop = next((i for i, pt in enumerate(points) if pt.score is not None
                       and pt.score < start), None)
    c.require(first_drop is not None, "the score falls with no new contract", "no drop")
    assert first_drop is not None
    lowest = min(points, key=lambda pt: pt.score if pt.score is not None else 101)
    leaves = [d for d in calculator.departures(a, a.as_of, add_months(a.as_of, 36))
              if d.window == "24m"]
    c.require(bool(leaves), "the bad contract leaves the 24-month window within three years",
              "no departure")
    last_high = points[first_drop - 1]
    # Every third month, plus each month the prose names, so the table shows what it says.
    shown = {pt.date: pt for pt in points[::3]}
    for pt in (points[0], last_high, points[first_drop], lowest, points[-1]):
        shown[pt.date] = pt
    rows = [shown[d] for d in sorted(shown)]
    named = {_month(last_high.date), _month(lowest.date)}
    c.require(named <= {_month(pt.date) for pt in rows},
              "every month the text names is a row of the table", str(sorted(named)))
    table = ["| month | estimate | window shown |", "| --- | --- | --- |"]
    table += [f"| {_month(pt.date)} | {_pct(pt.score)} | {pt.shown_window} |" for pt in rows]
    body = (
        f"The history from the dispute example, with no new contracts after {_month(a.as_of)}: "
        f"the estimate stays at {_pct(start)} until {_month(last_high.date)}, then "
        f"falls to {_pct(lowest.score)} by {_month(lowest.date)}. Nothing new went wrong: the "
        f"older five-star contracts leave the 24-month window one by one, while the bad contract "
        f"stays in it until {_day(leaves[0].date)}.\n\n" + "\n".join(table)
    )
    link = _link(a)
    return Example("window-ageing",
                   _box("a drop with no new contract", body, link,
                        "Open this history in the calculator (see its timeline)"),
                   tuple(c.checked), link)


def arbitration_fee() -> Example:
    """Seed 002: $350 in escrow against the AAA-era fee and the fee reported in 2025, the
    break-even rule, and a milestone smaller than the fee."""
    c = _Claims("arbitration-fee")
    escrow = 350.0
    rows = ["| fee | client pays too | if you pay: on average | worst | break-even escrow |",
            "| --- | --- | --- | --- | --- |"]
    cases = [(FEE_AAA_USD, 0.5), (FEE_2025_USD, 0.5), (FEE_AAA_USD, 1.0)]
    results = {}
    for fee, q in cases:
        advice = calculator.arbitration(escrow, fee, p_other_pays=q, p_win=0.5)
        pay, walk = advice.option("arbitrate"), advice.option("decline")
        c.require(pay.worst_usd == -fee, "with nothing released, the worst case of paying is "
                  "losing the fee", f"{pay.worst_usd} with fee {fee}")
        c.require(walk.expected_usd == 0, "letting the escrow go brings nothing",
                  str(walk.expected_usd))
        even = advice.break_even_escrow_usd
        c.require(even is not None and (pay.expected_usd > 0) == (escrow > even),
                  "paying is worth more on average exactly when the escrow is above break-even",
                  f"{pay.expected_usd} with break-even {even}")
        assert even is not None
        results[(fee, q)] = (pay, even)
        rows.append(f"| {_usd(fee)} | {q:.0%} | {_usd(pay.expected_usd)} "
                    f"| {_usd(pay.worst_usd)} | {_usd(even)} |")
    aaa_even, aaa_sure = results[(FEE_AAA_USD, 0.5)], results[(FEE_AAA_USD, 1.0)]
    c.require(aaa_even[0].expected_usd > 0,
              f"with even odds, paying the ${FEE_AAA_USD:g} fee is worth more on average than "
              "walking away", str(aaa_even[0].expected_usd))
    c.require(results[(FEE_2025_USD, 0.5)][0].expected_usd > 0,
              f"with even odds, paying the ${FEE_2025_USD:g} fee is worth more on average than "
              "walking away", str(results[(FEE_2025_USD, 0.5)][0].expected_usd))
    c.require(aaa_sure[0].expected_usd < 0,
              "if the client is sure to pay, even odds of winning lose money on average",
              str(aaa_sure[0].expected_usd))
    c.require(aaa_sure[1] == 2 * FEE_AAA_USD,
              "with a client sure to pay and even odds, break-even is twice the fee",
              str(aaa_sure[1]))
    small = 150.0
    small_pay = calculator.arbitration(small, FEE_AAA_USD, p_other_pays=0.5,
                                       p_win=0.5).option("arbitrate")
    small_win = calculator.arbitration(small, FEE_AAA_USD, p_other_pays=1.0,
                                       p_win=1.0).option("arbitrate")
    c.require(small_pay.expected_usd < 0 and small_win.expected_usd < 0,
              "with the escrow below the fee, paying loses money on average, and even a sure "
              "win loses once the client pays too",
              f"{small_pay.expected_usd}, {small_win.expected_usd}")
    released = 200.0
    exposed = calculator.arbitration(escrow, FEE_AAA_USD, p_other_pays=0.5, p_win=0.5,
                                     released_usd=released).option("arbitrate")
    c.require(exposed.worst_usd == -(FEE_AAA_USD + released),
              "when released payments are claimed too, the worst case adds them to the fee",
              str(exposed.worst_usd))
    body = (
        f"${escrow:,.0f} in escrow, even odds of winning if it comes to an arbitration. With an "
        f"even chance that the client pays its fee too, paying yours is worth "
        f"{_usd(aaa_even[0].expected_usd)} on average at {_usd(FEE_AAA_USD)} and "
        f"{_usd(results[(FEE_2025_USD, 0.5)][0].expected_usd)} at {_usd(FEE_2025_USD)}, against "
        f"nothing for letting the escrow go. If you are sure the client will pay, the same case "
        f"is worth {_usd(aaa_sure[0].expected_usd)} on average: the fees eat the escrow. In the "
        "table, the worst case is losing the arbitration after both paid, and the break-even "
        "escrow is the smallest escrow for which paying beats letting it go.\n\n"
        + "\n".join(rows)
        + "\n\n**The break-even rule.** Paying is worth more on average than letting the escrow "
        "go when the escrow is more than the fee times the chance the client pays too, divided "
        "by the chance you end up with the escrow (the client does not pay, or you win). At "
        f"{_usd(FEE_AAA_USD)} that is {_usd(aaa_even[1])} with even odds on both guesses and "
        f"{_usd(aaa_sure[1])}, twice the fee, with a client sure to pay.\n\n"
        f"**A small milestone.** With {_usd(small)} in escrow the same even odds are worth "
        f"{_usd(small_pay.expected_usd)} on average, and a sure win against a client who pays "
        f"too still leaves you {_usd(small_win.expected_usd)}. Keep early milestones with a new "
        "client small, so that walking away is cheap.\n\n"
        f"**Money already released.** If the client also claims {_usd(released)} already paid "
        f"to you, the worst case of paying becomes {_usd(exposed.worst_usd)}: the fee and the "
        "released payments an arbitrator can order returned.\n\n"
        "Try your own numbers in the [fee helper](#helper) below."
    )
    title = f"$350 in escrow, a {_usd(FEE_AAA_USD)} or {_usd(FEE_2025_USD)} fee"
    return Example("arbitration-fee", _box(title, body, None, ""), tuple(c.checked), None)


#: Top Rated needs a score of 90% or more in 13 of the last 16 weeks (Help 211068468).
TOP_RATED_WEEKS: Final = 16
TOP_RATED_NEEDED: Final = 13
TOP_RATED_SCORE: Final = 90


def top_rated_weeks(scores: list[int]) -> list[tuple[int, bool]]:
    """For each week, the eligible weeks in the last 16 and whether the score rule is met
    (a current score of 90% or more and 13 eligible weeks of 16)."""
    out = []
    for week in range(len(scores)):
        window = scores[max(0, week - TOP_RATED_WEEKS + 1):week + 1]
        eligible = sum(score >= TOP_RATED_SCORE for score in window)
        out.append((eligible, scores[week] >= TOP_RATED_SCORE and eligible >= TOP_RATED_NEEDED))
    return out


def top_rated_recovery() -> Example:
    """Seed 004: a badge lost to a drop below 90% comes back only when the bad weeks leave the
    16-week window."""
    c = _Claims("top-rated-recovery")
    good, bad, after = 20, 4, 20
    scores = [100] * good + [89] * bad + [95] * after
    weeks = top_rated_weeks(scores)
    back_above = good + bad
    badge_back = next(i for i, (_, ok) in enumerate(weeks) if i >= back_above and ok)
    waited = badge_back - back_above
    c.require(not weeks[back_above][1], "the badge is not back in the first week above 90%",
              str(weeks[back_above]))
    c.require(10 <= waited + 1 <= 14, "the wait is about three months", f"{waited + 1} weeks")
    c.require(weeks[badge_back][0] == TOP_RATED_NEEDED,
              "the badge returns when exactly 13 of 16 weeks are eligible again",
              str(weeks[badge_back][0]))
    body = (
        f"A freelancer above 90% for {good} weeks drops to {scores[good]}% for {bad} weeks, then "
        f"stays at {scores[back_above]}%. In the first week back above 90% only "
        f"{weeks[back_above][0]} of the last {TOP_RATED_WEEKS} weeks are eligible. Each new good "
        f"week pushes out a good week from {TOP_RATED_WEEKS} weeks before, so the count stays at "
        f"{weeks[back_above][0]} until the first bad week leaves the window: Top Rated comes back "
        f"in week {waited + 1} after the recovery, about three months later, with "
        f"{weeks[badge_back][0]} eligible weeks of {TOP_RATED_WEEKS}."
    )
    return Example("top-rated-recovery", _box("four weeks below 90%", body, None, ""),
                   tuple(c.checked), None)


EXAMPLES: Final[tuple[Callable[[], Example], ...]] = (
    dispute_offer, small_history, close_or_open, refund, five_stars, window_ageing,
    arbitration_fee, top_rated_recovery,
)


def build_all() -> tuple[Example, ...]:
    """Every example, computed now; raises :class:`ExampleError` on the first false claim."""
    built = tuple(make() for make in EXAMPLES)
    names = [e.name for e in built]
    if len(set(names)) != len(names):
        raise ExampleError(f"two examples share a name: {names}")
    return built
