"""The chance of each score Upwork could show, given the private ratings nobody can see.

Every contract whose outcome hangs on something hidden (a private rating; before November 2020,
whether a contract without feedback counted) has a few *latent* values with their chances
(:mod:`calculator.private`). Contracts that look the same to the score (same window, weight,
outcomes and chances) form a group, and only how many of a group took each latent value
matters, so the score is a function of a handful of counts. When the number of such count
combinations is at most :data:`EXACT_LIMIT` every one is enumerated (exact); beyond it,
:data:`SAMPLES` combinations are drawn with a fixed seed (the documented approximation: the
same input always gives the same output, within about a point of the exact answer).
"""

from __future__ import annotations

import math
import random
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import accumulate
from math import comb, prod
from typing import Final

from .dates import window_exit
from .model import UNKNOWN, Contract, History
from .outcomes import (
    OUTCOME_VALUE,
    Classified,
    Option,
    Outcome,
    classify,
    forget_forms,
    open_reading_changes,
)
from .rules import WINDOW_MONTHS, RuleSet
from .weights import weight_changes, weight_of
from .windows import SEGMENTS, Scored, client_key, from_segments, segment_of

__all__ = [
    "EXACT_LIMIT",
    "SAMPLES",
    "Configuration",
    "Distribution",
    "Evaluation",
    "as_seen_on",
    "clear_cache",
    "distribution",
]

#: Enumerate every combination up to this many; sample beyond.
EXACT_LIMIT: Final = 4096
#: Samples drawn beyond EXACT_LIMIT, and the fixed seed that makes them repeatable.
SAMPLES: Final = 1000
SEED: Final = 20150301
#: The most look-alike contracts counted together in one table (see _compute).
GROUP_MAX: Final = 40
#: Folding a segment's tables stops when one more step would pair more entries than FOLD_WORK,
#: or carry more hidden-value slots than FOLD_WIDTH; the rest stay separate tables (sampled).
FOLD_WORK: Final = 4_000
FOLD_WIDTH: Final = 48
#: Ways a table can turn out that are rarer than this are dropped (they cannot move a figure).
_PRUNE: Final = 1e-9


@dataclass(frozen=True, slots=True)
class Evaluation:
    """A day on which the score is computed, under the rules in force for it."""

    day: date
    rules: RuleSet


@dataclass(frozen=True, slots=True)
class Configuration:
    """One combination of hidden values: its chance, the score on each day, and per contract
    the chance (0, 1 or a group share) that it is the hidden failure on the first day."""

    p: float
    scores: tuple[int | None, ...]
    #: How many contracts count as failures against their most likely outcome (hidden poor
    #: ratings behind good stars, say; a one-star contract failing is no surprise).
    surprises: int
    #: Per group, the index of its count vector in ``Distribution.counts``.
    picks: tuple[int, ...]
    #: On the first day: the window shown and every window's rounded score.
    shown_window: str | None
    windows: tuple[int | None, ...]


@dataclass(frozen=True, slots=True)
class Distribution:
    """All configurations, and what maps them back to contracts.

    A configuration picks one entry of each table (a group of look-alike contracts, or all the
    groups of one window segment); an entry knows how many members of each group took each
    hidden value, on average given the entry (``counters``).
    """

    configurations: tuple[Configuration, ...]
    exact: bool
    #: Each uncertain contract's options on the first day (for priors and posteriors).
    options: Mapping[int, tuple[Option, ...]]
    #: Per uncertain contract: (table, first slot of its group, group size).
    where: Mapping[int, tuple[int, int, int]]
    #: Per table: what turns a weight on each of its entries into the expected count of each
    #: (group, hidden value) slot (None: left out, no shown score to explain).
    counters: tuple[_Counter | None, ...]
    #: The last few ``_expected`` answers by their weights (one estimate asks for the same
    #: posterior three times: the explanation, each contract's chance, the learnt chances).
    _sums: dict[tuple[float, ...] | None, list[list[float]]] = field(
        default_factory=dict, compare=False, repr=False)

    def scores(self, day_index: int = 0,
               weights: Sequence[float] | None = None) -> dict[int | None, float]:
        """The chance of each score on one evaluation day (``None``: no score shown)."""
        out: dict[int | None, float] = {}
        total = 0.0
        for i, c in enumerate(self.configurations):
            w = c.p if weights is None else weights[i]
            out[c.scores[day_index]] = out.get(c.scores[day_index], 0.0) + w
            total += w
        return {k: v / total for k, v in out.items()} if total else {}

    def _expected(self, weights: Sequence[float] | None) -> list[list[float]]:
        """Per table, the expected count of each slot under ``weights`` (prior if None)."""
        key = None if weights is None else tuple(weights)
        if key not in self._sums:
            if len(self._sums) >= 4:
                self._sums.clear()
            self._sums[key] = self._add_up(weights)
        return self._sums[key]

    @property
    def tracked(self) -> bool:
        """Whether posterior chances can be computed (a shown score asked for them)."""
        return all(c is not None for c in self.counters)

    def _add_up(self, weights: Sequence[float] | None) -> list[list[float]]:
        # First the weight each entry of each table gets, then the slot counts once per table
        # (not once per configuration: a thousand configurations share a few hundred entries).
        on_entry = [[0.0] * c.entries if c else [] for c in self.counters]
        total = 0.0
        for i, c in enumerate(self.configurations):
            w = c.p if weights is None else weights[i]
            if not w:
                continue
            total += w
            for t, pick in enumerate(c.picks):
                on_entry[t][pick] += w
        sums = [c.slot_sums(w) if c else [] for c, w in zip(self.counters, on_entry, strict=True)]
        return [[v / total for v in row] for row in sums] if total else sums

    def posterior_options(self, weights: Sequence[float] | None) -> dict[int, tuple[Option, ...]]:
        """Per uncertain contract, its options with the chances ``weights`` imply (without
        weights, exactly its prior: no need to add up the configurations)."""
        if weights is None:
            return dict(self.options)
        if not self.tracked:
            raise ValueError("this distribution was computed without posterior chances "
                             "(a history with no shown score)")
        sums = self._expected(weights)
        out = {}
        for idx, (t, first, size) in self.where.items():
            out[idx] = tuple(replace(o, p=sums[t][first + j] / size)
                             for j, o in enumerate(self.options[idx]))
        return out

    def p_negative(self, weights: Sequence[float] | None = None) -> dict[int, float]:
        """Per uncertain contract, the chance it counts as a failure on the first day."""
        return {idx: sum(o.p for o in opts if o.outcome == "negative")
                for idx, opts in self.posterior_options(weights).items()}


def as_seen_on(history: History, day: date) -> History:
    """The history as it stood on ``day``: later contracts gone, later endings still open."""
    if day >= history.as_of:
        return replace(history, as_of=day)
    return replace(history, as_of=day, contracts=tuple(
        _then(c, day) for c in history.contracts if c.start <= day))


def _then(contract: Contract, day: date) -> Contract:
    if contract.end is not None and contract.end <= day:
        return contract
    paid = contract.last_payment
    return replace(contract, end=None, public_rating=None, private_rating=UNKNOWN,
                   last_payment=min(paid, day) if paid else None)


#: What makes contracts look alike to the score: their options, what they do on each day
#: (segment, weight, outcome per hidden value), and their client when they may not count.
_GroupKey = tuple[tuple[tuple[str, float], ...],
                  tuple[tuple[int | None, float, tuple[Outcome, ...]], ...], str | None]


@dataclass(frozen=True, slots=True)
class _Seen:
    """One contract on one evaluation day: its window segment, weight and outcome per latent."""

    segment: int | None
    weight: float
    outcomes: tuple[Outcome, ...]


def distribution(history: History, days: Sequence[Evaluation],
                 overrides: Mapping[int, tuple[Option, ...]] | None = None) -> Distribution:
    """The configurations of the hidden values and the score each gives on each day.

    Remembers its last few answers: a page's estimate and its timeline's first point ask for the
    same distribution, and a history is an immutable value.
    """
    frozen = tuple(sorted(overrides.items())) if overrides else ()
    return _distribution(history, tuple(days), frozen)


def clear_cache() -> None:
    """Forget remembered distributions (benchmarks time the work, not the memory)."""
    _distribution.cache_clear()
    forget_forms()


@lru_cache(maxsize=8)
def _distribution(history: History, days: tuple[Evaluation, ...],
                  frozen: tuple[tuple[int, tuple[Option, ...]], ...]) -> Distribution:
    return _compute(history, days, dict(frozen) or None)


def _compute(history: History, days: Sequence[Evaluation],
             overrides: Mapping[int, tuple[Option, ...]] | None = None) -> Distribution:
    """The configurations of the hidden values and the score each gives on each day.

    ``days[0]`` sets the latent values and their chances (normally ``history.as_of``);
    ``overrides`` replaces the chances of some contracts (by index), e.g. with what an earlier
    shown score taught.
    """
    base = [_Sums() for _ in days]
    groups: dict[_GroupKey, list[int]] = {}
    latents: dict[int, tuple[Option, ...]] = {}
    seen_by_day = [_classified(history, e) for e in days]
    for idx, contract in enumerate(history.contracts):
        c0 = seen_by_day[0].get(idx)
        options = overrides.get(idx) if overrides and idx in overrides else (
            c0.options if c0 else None)
        seen = [_seen(contract, seen_by_day[k].get(idx), e, options)
                for k, e in enumerate(days)]
        if options is None or len(options) == 1:
            for k, s in enumerate(seen):
                if s.segment is not None and s.outcomes[0] != "excluded":
                    base[k].add(s.segment, s.weight, s.outcomes[0], client_key(contract.client))
            continue
        options, seen = _merged(options, seen)
        if len(options) == 1:  # every hidden value gives the same outcome on every day
            for k, s in enumerate(seen):
                if s.segment is not None and s.outcomes[0] != "excluded":
                    base[k].add(s.segment, s.weight, s.outcomes[0], client_key(contract.client))
            continue
        latents[idx] = options
        for k, s in enumerate(seen):  # counted whatever is hidden: its client is there for sure
            if s.segment is not None and "excluded" not in s.outcomes:
                base[k].clients.add(client_key(contract.client))
        conditional = any(o == "excluded" for s in seen for o in s.outcomes)
        key = (tuple((o.latent, round(o.p, 12)) for o in options),
               tuple((s.segment, s.weight, s.outcomes) for s in seen),
               client_key(contract.client) if conditional else None)
        groups.setdefault(key, []).append(idx)
    # A large group is cut into chunks of GROUP_MAX: the same sums, far fewer count vectors to
    # list (a 3-valued group of n has about n*n/2), and chances that fit in a float.
    # Groups in an order set by what they are, not by where their contracts sit in the list:
    # the tables, their folds and the sampled draws then do not depend on contract order.
    # Larger tables first (then by what they hold): on the bench histories that folds for
    # the least work.
    built = [(key, chunk, _group_table(key, len(chunk), base))
             for key, members in groups.items()
             for chunk in (members[i:i + GROUP_MAX] for i in range(0, len(members), GROUP_MAX))]
    built.sort(key=lambda b: (-len(b[2]), repr(b[0]), b[1][0]))
    chunks = [(key, chunk) for key, chunk, _ in built]
    keys = [key for key, _ in chunks]
    group_tables = [table for _, _, table in built]
    where: dict[int, tuple[int, int, int]] = {}
    # Each contract's posterior chances are needed only to explain a shown score.
    tracked = bool(history.shown) or len(days) > 1
    if len(days) == 1:
        tables, placed, traces = _by_segment(keys, group_tables, track=tracked)
        for g, (_, members) in enumerate(chunks):
            for idx in members:
                t, first = placed[g]
                where[idx] = (t, first, len(members))
    else:
        tables = group_tables
        for g, (_, members) in enumerate(chunks):
            for idx in members:
                where[idx] = (g, 0, len(members))
    size = prod(len(t) for t in tables)
    exact = size <= EXACT_LIMIT
    combos = _all(tables) if exact else _sampled(tables)
    configs = []
    for p, picks in combos:
        chosen = [t[i] for t, i in zip(tables, picks, strict=True)]
        first_day = _score(base[0], chosen, 0, days[0].rules)
        scores = (first_day[0], *(_score(base[k], chosen, k, e.rules)[0]
                                  for k, e in enumerate(days) if k))
        configs.append(Configuration(p, scores, sum(c.surprises for c in chosen), picks,
                                     first_day[1], first_day[2]))
    if not tracked:
        counters: list[_Counter | None] = [None] * len(tables)
    elif len(days) == 1:
        counters = list(traces)
    else:
        counters = [_Direct(tuple(e.expected for e in t)) for t in tables]
    return Distribution(tuple(configs), exact, latents, where, tuple(counters))


def _by_segment(keys: Sequence[_GroupKey], tables: list[list[_Entry]], *, track: bool = True
                ) -> tuple[list[list[_Entry]], list[tuple[int, int]], list[_Counter]]:
    """One day only: fold the groups of each window segment into one table (exact).

    Entries that add the same sums, clients and surprises are merged: far fewer combinations
    to visit. With ``track``, each fold remembers which pairs made which merged entry, so that
    the expected count of each group's hidden values can be traced back when a shown score asks
    for posterior chances. Returns the tables, per group (its table, its first slot there), and
    per table its counter (empty when not tracked).
    """
    by_segment: dict[int | None, list[int]] = {}
    for g, key in enumerate(keys):
        by_segment.setdefault(key[1][0][0], []).append(g)
    out: list[list[_Entry]] = []
    counters: list[_Counter] = []
    placed: list[tuple[int, int]] = [(0, 0)] * len(keys)
    for members in by_segment.values():
        folded = [_Entry(1.0, ((0.0,) * 9,), (frozenset(),), 0, ())]
        levels: list[_Level] = []
        width = 0
        rest: list[int] = []
        for n, g in enumerate(members):
            if (len(folded) * len(tables[g]) > FOLD_WORK
                    or width + len(tables[g][0].expected) > FOLD_WIDTH):
                rest = members[n:]  # folding on would cost more than it saves: stop here
                break
            placed[g] = (len(out), width)
            grown, pairs = _fold(folded, tables[g], track)
            if track:
                levels.append(_Level(tuple(e.p for e in folded), tables[g], pairs, width))
            width += len(tables[g][0].expected)
            folded = grown
        out.append(folded)
        if track:
            counters.append(_Traced(tuple(levels), tuple(e.p for e in folded), width))
        for g in rest:
            placed[g] = (len(out), 0)
            out.append(tables[g])
            if track:
                counters.append(_Direct(tuple(e.expected for e in tables[g])))
    return out, placed, counters


def _fold(folded: list[_Entry], table: list[_Entry], track: bool
          ) -> tuple[list[_Entry], list[tuple[int, int, int]]]:
    """Every entry of ``folded`` with every entry of ``table``, equal sums merged; with
    ``track``, also each kept pair as (entry of ``folded``, entry of ``table``, merged entry).

    The innermost loop of a long history's estimate, so written for speed: the nine sums added
    one by one, the merged chances kept in a list until the end
    (test_folded_tables_give_the_per_group_answer holds it to the unfolded answer).
    """
    index: dict[tuple[tuple[float, ...], frozenset[str], int], int] = {}
    chances: list[float] = []
    keys: list[tuple[tuple[float, ...], frozenset[str], int]] = []
    pairs: list[tuple[int, int, int]] = []
    for x, entry in enumerate(folded):
        e0, e1, e2, e3, e4, e5, e6, e7, e8 = entry.vecs[0]
        e_clients, e_surprises, e_p = entry.clients[0], entry.surprises, entry.p
        for y, pick in enumerate(table):
            p = e_p * pick.p
            if p < _PRUNE:
                continue
            v = pick.vecs[0]
            vec = (e0 + v[0], e1 + v[1], e2 + v[2], e3 + v[3], e4 + v[4], e5 + v[5], e6 + v[6],
                   e7 + v[7], e8 + v[8])
            p_clients = pick.clients[0]
            clients = (e_clients | p_clients if e_clients and p_clients
                       else e_clients or p_clients)
            merged = (vec, clients, e_surprises + pick.surprises)
            at = index.get(merged)
            if at is None:
                at = index[merged] = len(chances)
                chances.append(p)
                keys.append(merged)
            else:
                chances[at] += p
            if track:
                pairs.append((x, y, at))
    grown = [_Entry(p, (key[0],), (key[1],), key[2], ()) for key, p in zip(keys, chances,
                                                                            strict=True)]
    return grown, pairs


@dataclass(frozen=True, slots=True)
class _Direct:
    """A table that was not folded: each entry knows its slot counts."""

    counts: tuple[tuple[float, ...], ...]

    @property
    def entries(self) -> int:
        return len(self.counts)

    def slot_sums(self, weights: Sequence[float]) -> list[float]:
        row = [0.0] * (len(self.counts[0]) if self.counts else 0)
        for w, counts in zip(weights, self.counts, strict=True):
            if w:
                for j, value in enumerate(counts):
                    row[j] += w * value
        return row


@dataclass(frozen=True, slots=True)
class _Level:
    """One fold: the chances of the entries before it, the group table folded in, the pairs
    kept (entry before, group entry, merged entry), and the group's first slot."""

    before: tuple[float, ...]
    table: list[_Entry]
    pairs: list[tuple[int, int, int]]
    offset: int


@dataclass(frozen=True, slots=True)
class _Traced:
    """A folded table: slot counts traced back through its folds.

    A merged entry's expected counts are the chance-weighted counts of the pairs that made it,
    over its chance. Weighted by ``w`` per final entry, that is linear, so it runs backwards:
    each entry's share ``r = w / p`` flows to the pairs that made it (a pair adds
    ``r * p(before) * p(group entry)`` times the group entry's counts to its group's slots) and
    on to the entry before (``r * p(group entry)``).
    """

    levels: tuple[_Level, ...]
    final: tuple[float, ...]
    width: int

    @property
    def entries(self) -> int:
        return len(self.final)

    def slot_sums(self, weights: Sequence[float]) -> list[float]:
        row = [0.0] * self.width
        share = [w / p if p else 0.0 for w, p in zip(weights, self.final, strict=True)]
        for level in reversed(self.levels):
            back = [0.0] * len(level.before)
            table, before, offset = level.table, level.before, level.offset
            for x, y, at in level.pairs:
                r = share[at]
                if not r:
                    continue
                q = table[y].p
                flow = r * before[x] * q
                for j, c in enumerate(table[y].expected):
                    row[offset + j] += flow * c
                back[x] += r * q
            share = back
        return row


_Counter = _Direct | _Traced


def _merged(options: tuple[Option, ...], seen: list[_Seen]
            ) -> tuple[tuple[Option, ...], list[_Seen]]:
    """Join hidden values that give the same outcome on every day (good and mixed private
    ratings behind five stars, say): fewer values, far fewer combinations."""
    keys: dict[tuple[Outcome, ...], list[int]] = {}
    for j in range(len(options)):
        keys.setdefault(tuple(s.outcomes[j] for s in seen), []).append(j)
    if len(keys) == len(options):
        return options, seen
    joined = tuple(Option("|".join(options[j].latent for j in js), options[js[0]].outcome,
                          sum(options[j].p for j in js)) for js in keys.values())
    return joined, [_Seen(s.segment, s.weight, tuple(s.outcomes[js[0]] for js in keys.values()))
                    for s in seen]


def _classified(history: History, e: Evaluation) -> dict[int, Classified]:
    seen = as_seen_on(history, e.day)
    index = {id(c): i for i, c in enumerate(history.contracts)}
    out: dict[int, Classified] = {}
    if e.day >= history.as_of:
        for i, c in enumerate(history.contracts):
            out[i] = classify(c, e.rules, e.day)
        return out
    # Earlier days: contracts then open or unstarted are rebuilt; match them by position.
    originals = [c for c in history.contracts if c.start <= e.day]
    positions = [index[id(c)] for c in originals]
    for pos, c in zip(positions, seen.contracts, strict=True):
        out[pos] = classify(c, e.rules, e.day)
    return out


def _seen(contract: Contract, c: Classified | None, e: Evaluation,
          options: tuple[Option, ...] | None) -> _Seen:
    latents = [o.latent for o in options] if options else ["known"]
    if c is None or c.counted_on is None:
        return _Seen(None, 0.0, tuple("excluded" for _ in latents))
    segment = _segment(c.counted_on, e.day, e.rules)
    by_latent = {o.latent: o.outcome for o in c.options}
    outcomes = tuple(by_latent.get(name.split("|")[0], c.outcome) for name in latents)
    return _Seen(segment, weight_of(contract, e.rules), outcomes)


def _segment(on: date, day: date, rules: RuleSet) -> int | None:
    return segment_of(on, day, rules)


class _Sums:
    """Weighted sums per window segment on one day, and the clients seen there."""

    __slots__ = ("clients", "count", "den", "num")

    def __init__(self) -> None:
        self.num = [0.0] * 4
        self.den = [0.0] * 4
        self.count = 0
        self.clients: set[str] = set()

    def add(self, segment: int, weight: float, outcome: Outcome, client: str) -> None:
        self.num[segment] += weight * OUTCOME_VALUE[outcome]
        self.den[segment] += weight
        self.count += 1
        self.clients.add(client)


@dataclass(frozen=True, slots=True)
class _Entry:
    """One way a table can turn out: its chance, and on each day what it adds.

    ``vecs[k]`` holds the weighted success and weight of each window segment and the number of
    counted contracts on day ``k`` (nine numbers); ``clients[k]`` the clients it makes appear
    that no sure contract brings; ``expected`` the count of each hidden-value slot.
    """

    p: float
    vecs: tuple[tuple[float, ...], ...]
    clients: tuple[frozenset[str], ...]
    surprises: int
    expected: tuple[float, ...]


def _group_table(key: _GroupKey, size: int, base: list[_Sums]) -> list[_Entry]:
    """Every count vector of a group (how many took each hidden value), with its chance."""
    options_key, seen_key, client = key
    chances = [p for _, p in options_key]
    first_outcomes = seen_key[0][2]
    by_outcome: dict[str, float] = {}
    for q, outcome in zip(chances, first_outcomes, strict=True):
        by_outcome[outcome] = by_outcome.get(outcome, 0.0) + q
    expected_bad = max(by_outcome, key=lambda k: by_outcome[k]) == "negative"
    table = []
    for counts in _compositions(size, len(chances)):
        p = _multinomial(counts) * prod(q ** n for q, n in zip(chances, counts, strict=True))
        if p < _PRUNE:
            continue
        vecs, clients = [], []
        negatives = 0
        for k, (segment, weight, outcomes) in enumerate(seen_key):
            vec = [0.0] * 9
            for n, outcome in zip(counts, outcomes, strict=True):
                if n and outcome != "excluded" and segment is not None:
                    vec[segment] += n * weight * OUTCOME_VALUE[outcome]
                    vec[4 + segment] += n * weight
                    vec[8] += n
                if k == 0 and outcome == "negative":
                    negatives += n
            vecs.append(tuple(vec))
            clients.append(frozenset((client,)) if vec[8] and client is not None
                           and client not in base[k].clients else frozenset())
        table.append(_Entry(p, tuple(vecs), tuple(clients), 0 if expected_bad else negatives,
                            tuple(float(n) for n in counts)))
    return table


def _compositions(total: int, parts: int) -> Iterator[tuple[int, ...]]:
    if parts == 1:
        yield (total,)
        return
    for first in range(total, -1, -1):
        for rest in _compositions(total - first, parts - 1):
            yield (first, *rest)


def _multinomial(counts: tuple[int, ...]) -> int:
    out, left = 1, sum(counts)
    for n in counts:
        out *= comb(left, n)
        left -= n
    return out


def _all(tables: list[list[_Entry]]) -> Iterator[tuple[float, tuple[int, ...]]]:
    def walk(g: int, p: float, picks: tuple[int, ...]
             ) -> Iterator[tuple[float, tuple[int, ...]]]:
        if g == len(tables):
            yield p, picks
            return
        for i, entry in enumerate(tables[g]):
            yield from walk(g + 1, p * entry.p, (*picks, i))
    return walk(0, 1.0, ())


def _sampled(tables: list[list[_Entry]]) -> Iterator[tuple[float, tuple[int, ...]]]:
    draw = random.Random(SEED).random
    scaled = []
    for t in tables:
        c = list(accumulate(entry.p for entry in t))
        top = c[-1]
        c[-1] = math.inf  # a draw that rounds up to the total picks the last entry
        scaled.append((c, top))
    weight = 1.0 / SAMPLES
    for _ in range(SAMPLES):
        yield weight, tuple([bisect_right(c, draw() * top) for c, top in scaled])


def _score(base: _Sums, entries: list[_Entry], k: int, rules: RuleSet) -> Scored:
    """The score shown on day ``k`` (``None`` when not eligible), its window, every window:
    the sure contracts' sums plus each chosen entry's, scored by the one rule
    (:func:`calculator.windows.from_segments`). It runs once per combination."""
    n0, n1, n2, n3 = base.num
    d0, d1, d2, d3 = base.den
    count = float(base.count)
    extra: frozenset[str] | None = None
    for entry in entries:
        v = entry.vecs[k]
        n0 += v[0]
        n1 += v[1]
        n2 += v[2]
        n3 += v[3]
        d0 += v[4]
        d1 += v[5]
        d2 += v[6]
        d3 += v[7]
        count += v[8]
        if entry.clients[k]:
            extra = entry.clients[k] if extra is None else extra | entry.clients[k]
    clients = len(base.clients) + (len(extra) if extra else 0)
    return from_segments((n0, n1, n2, n3), (d0, d1, d2, d3), count, clients, rules)


def expected_score(history: History, e: Evaluation,
                   overrides: Mapping[int, tuple[Option, ...]] | None = None,
                   memo: dict[tuple[Contract, str], tuple[Classified, float]] | None = None
                   ) -> tuple[int | None, str | None, tuple[int | None, ...]]:
    """A cheap stand-in for the distribution of a long history: each hidden outcome replaced by
    its expected value (the windows are ratios of expectations, not expectations of ratios).

    Timelines of long histories use it for the days other than ``as_of``; it stays within a
    couple of points of the distribution's mean when many contracts share the window. ``memo``
    keeps an ended contract's classification and weight from one day of a timeline to the next.
    """
    vec = [0.0] * 9
    clients: set[str] = set()
    for idx, contract in enumerate(history.contracts):
        key = (contract, e.rules.id)
        known = memo.get(key) if memo is not None else None
        if known is None:
            known = (classify(contract, e.rules, e.day), weight_of(contract, e.rules))
            if memo is not None and contract.end is not None and contract.end <= e.day:
                memo[key] = known  # an ended contract reads the same on every later day
        c, weight = known
        if c.counted_on is None:
            continue
        segment = _segment(c.counted_on, e.day, e.rules)
        if segment is None:
            continue
        value, counted = _expected_value(c.options, overrides.get(idx) if overrides else None)
        vec[segment] += weight * value
        vec[4 + segment] += weight * counted
        vec[8] += counted
        if counted >= 0.5:
            clients.add(client_key(contract.client))
    return _score(_sums(vec, clients), [], 0, e.rules)


def _expected_value(options: tuple[Option, ...], learnt: tuple[Option, ...] | None
                    ) -> tuple[float, float]:
    """A contract's expected outcome value and its chance of counting at all, under its own
    chances or, for a contract with several, the ``learnt`` ones."""
    if learnt and len(options) > 1:
        chance = {name: o.p for o in learnt for name in o.latent.split("|")}
        options = tuple(replace(o, p=chance.get(o.latent, o.p)) for o in options)
    total = sum(o.p for o in options) or 1.0
    counted = sum(o.p for o in options if o.outcome != "excluded") / total
    value = sum(o.p * OUTCOME_VALUE[o.outcome] for o in options
                if o.outcome != "excluded") / total
    return value, counted


def _sums(vec: Sequence[float], clients: set[str]) -> _Sums:
    base = _Sums()
    base.num, base.den = list(vec[:4]), list(vec[4:8])
    base.count, base.clients = round(vec[8]), set(clients)
    return base


#: A score as ``expected_score`` gives it: the score shown, its window, every window rounded.
Expected = Scored


def expected_scores(history: History, days: Sequence[date], rules: RuleSet, *,
                    overrides: Mapping[int, tuple[Option, ...]] | None = None,
                    keep_paying: bool = False) -> dict[date, Expected]:
    """``expected_score`` on each of ``days`` (none before ``history.as_of``) with nothing new
    added, in one sweep instead of one pass over the contracts per day.

    A contract that ended by ``as_of`` reads the same on every later day, so only the window
    segment it sits in changes: it moves on fixed days, found once. A contract still open is
    read afresh when its reading can change: paid as it was (it goes idle), or, with
    ``keep_paying``, paid up to each day. The result equals ``expected_score`` on
    ``replace(history, as_of=day)`` (open contracts' last payment moved to ``day`` when they keep
    paying) for each day; a test holds it to that.
    """
    if any(day < history.as_of for day in days):
        raise ValueError("expected_scores reads days on or after the history's as_of only")
    cutoffs = [(i, WINDOW_MONTHS[name]) for i, name in enumerate(SEGMENTS)
               if name != "3m" or rules.trending]
    # Per ended contract: (day it moves, contract index, segment it moves into or None).
    moves: list[tuple[date, int, int | None]] = []
    ended: list[tuple[float, float, float, str | None]] = []
    still_open: list[tuple[int, Contract]] = []
    for idx, contract in enumerate(history.contracts):
        if contract.end is None or contract.end > history.as_of:
            still_open.append((idx, contract))
            continue
        c = classify(contract, rules, history.as_of)
        if c.counted_on is None:
            continue
        value, counted = _expected_value(c.options, overrides.get(idx) if overrides else None)
        weight = weight_of(contract, rules)
        k = len(ended)
        ended.append((weight * value, weight * counted, counted,
                      client_key(contract.client) if counted >= 0.5 else None))
        moves.append((c.counted_on, k, cutoffs[0][0]))
        for n, (_, months) in enumerate(cutoffs):
            after = cutoffs[n + 1][0] if n + 1 < len(cutoffs) else None
            moves.append((window_exit(c.counted_on, months), k, after))
    moves.sort(key=lambda m: m[0])
    where: list[int | None] = [None] * len(ended)
    vec = [0.0] * 9
    clients: dict[str, int] = {}
    readings: dict[int, _OpenReading] = {}
    out: dict[date, Expected] = {}
    step = 0
    for day in sorted(set(days)):
        while step < len(moves) and moves[step][0] <= day:
            _, k, into = moves[step]
            step += 1
            num, den, counted, client = ended[k]
            was = where[k]
            if was is None:
                vec[8] += counted
                if client is not None:
                    clients[client] = clients.get(client, 0) + 1
            else:
                vec[was] -= num
                vec[4 + was] -= den
            if into is None:
                vec[8] -= counted
                if client is not None:
                    clients[client] -= 1
                    if not clients[client]:
                        del clients[client]
            else:
                vec[into] += num
                vec[4 + into] += den
            where[k] = into
        today = list(vec)
        names = set(clients)
        for idx, contract in still_open:
            reading = readings.get(idx)
            if reading is None or (reading.until is not None and day >= reading.until):
                reading = _read_open(contract, rules, day, keep_paying,
                                     overrides.get(idx) if overrides else None)
                readings[idx] = reading
            on = day if reading.counted_today else reading.counted_on
            segment = None if on is None else _segment(on, day, rules)
            if segment is None:
                continue
            today[segment] += reading.num
            today[4 + segment] += reading.den
            today[8] += reading.counted
            if reading.client is not None:
                names.add(reading.client)
        out[day] = _score(_sums(today, names), [], 0, rules)
    return out


@dataclass(frozen=True, slots=True)
class _OpenReading:
    """An open contract read on one day, and the first later day it must be read again."""

    num: float
    den: float
    counted: float
    client: str | None
    counted_on: date | None
    counted_today: bool
    until: date | None


def _read_open(contract: Contract, rules: RuleSet, day: date, keep_paying: bool,
               learnt: tuple[Option, ...] | None) -> _OpenReading:
    if keep_paying and contract.last_payment:
        contract = replace(contract, last_payment=day)
    c = classify(contract, rules, day)
    value, counted = _expected_value(c.options, learnt)
    weight = weight_of(contract, rules)
    # Paid up to each day, a contract's paid length grows: read it again every day. Paid as it
    # was, its reading holds until outcomes.open_reading_changes says it may not.
    until, today = open_reading_changes(contract, rules, day, keep_paying)
    if keep_paying and (step := weight_changes(contract, rules, day)) is not None:
        until = step if until is None else min(until, step)
    return _OpenReading(weight * value, weight * counted, counted,
                        client_key(contract.client) if counted >= 0.5 else None,
                        c.counted_on, today, until)
