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

import random
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import accumulate
from math import comb, prod
from typing import Final

from .dates import add_months
from .model import UNKNOWN, Contract, History
from .outcomes import OUTCOME_VALUE, Classified, Option, Outcome, classify
from .rules import WINDOW_MONTHS, WINDOW_NAMES, RuleSet
from .weights import weight_of
from .windows import client_key, round_score

__all__ = [
    "EXACT_LIMIT",
    "SAMPLES",
    "Configuration",
    "Distribution",
    "Evaluation",
    "as_seen_on",
    "distribution",
]

#: Enumerate every combination up to this many; sample beyond.
EXACT_LIMIT: Final = 4096
#: Samples drawn beyond EXACT_LIMIT, and the fixed seed that makes them repeatable.
SAMPLES: Final = 1500
SEED: Final = 20150301
_SEGMENTS: Final = ("3m", "6m", "12m", "24m")


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
    """All configurations, with the groups that map them back to contracts."""

    configurations: tuple[Configuration, ...]
    #: For each uncertain contract (by index in the history), its group number.
    group_of: Mapping[int, int]
    exact: bool
    #: Each uncertain contract's options on the first day (for priors and posteriors).
    options: Mapping[int, tuple[Option, ...]]
    #: Per group, its count vectors (how many members took each latent value) and its size.
    counts: tuple[tuple[tuple[int, ...], ...], ...]
    #: Per group, how many of a count vector's members fail on the first day.
    negatives: tuple[tuple[int, ...], ...]

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

    def p_negative(self, weights: Sequence[float] | None = None) -> dict[int, float]:
        """Per uncertain contract, the chance it counts as a failure on the first day."""
        shares = [0.0] * len(self.counts)
        total = 0.0
        for i, c in enumerate(self.configurations):
            w = c.p if weights is None else weights[i]
            total += w
            for g, pick in enumerate(c.picks):
                shares[g] += w * self.negatives[g][pick] / sum(self.counts[g][pick])
        return {idx: (shares[g] / total if total else 0.0) for idx, g in self.group_of.items()}

    def posterior_options(self, weights: Sequence[float]) -> dict[int, tuple[Option, ...]]:
        """Per uncertain contract, its options with the chances ``weights`` imply."""
        expected = [[0.0] * len(self.counts[g][0]) for g in range(len(self.counts))]
        total = sum(weights)
        for w, c in zip(weights, self.configurations, strict=True):
            for g, pick in enumerate(c.picks):
                for j, n in enumerate(self.counts[g][pick]):
                    expected[g][j] += w * n
        out = {}
        for idx, g in self.group_of.items():
            size = sum(self.counts[g][0])
            out[idx] = tuple(replace(o, p=expected[g][j] / (size * total) if total else o.p)
                             for j, o in enumerate(self.options[idx]))
        return out


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


@dataclass(frozen=True, slots=True)
class _Seen:
    """One contract on one evaluation day: its window segment, weight and outcome per latent."""

    segment: int | None
    weight: float
    outcomes: tuple[Outcome, ...]


def distribution(history: History, days: Sequence[Evaluation],
                 overrides: Mapping[int, tuple[Option, ...]] | None = None) -> Distribution:
    """The configurations of the hidden values and the score each gives on each day.

    ``days[0]`` sets the latent values and their chances (normally ``history.as_of``);
    ``overrides`` replaces the chances of some contracts (by index), e.g. with what an earlier
    shown score taught.
    """
    base = [_Sums() for _ in days]
    groups: dict[tuple[object, ...], list[int]] = {}
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
    keys = list(groups)
    tables = [_group_table(key, len(groups[key]), base) for key in keys]
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
    group_of = {idx: g for g, key in enumerate(keys) for idx in groups[key]}
    return Distribution(tuple(configs), group_of, exact, latents,
                        tuple(tuple(pick.counts for pick in t) for t in tables),
                        tuple(tuple(pick.negatives for pick in t) for t in tables))


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
    if on > day:
        return None
    for i, name in enumerate(_SEGMENTS):
        if name == "3m" and not rules.trending:
            continue
        if add_months(day, -WINDOW_MONTHS[name]) < on:
            return i
    return None


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
class _Pick:
    """How many of a group took each latent value: its chance and what it adds on each day."""

    p: float
    counts: tuple[int, ...]
    negatives: int
    surprises: int
    num: tuple[tuple[float, ...], ...]
    den: tuple[tuple[float, ...], ...]
    count: tuple[int, ...]
    client: tuple[str | None, ...]


def _group_table(key: tuple[object, ...], size: int, base: list[_Sums]) -> list[_Pick]:
    options_key, seen_key, client = key
    assert isinstance(options_key, tuple) and isinstance(seen_key, tuple)
    chances = [p for _, p in options_key]
    first_outcomes = seen_key[0][2]
    by_outcome: dict[str, float] = {}
    for q, outcome in zip(chances, first_outcomes, strict=True):
        by_outcome[outcome] = by_outcome.get(outcome, 0.0) + q
    expected_bad = max(by_outcome, key=lambda k: by_outcome[k]) == "negative"
    table = []
    for counts in _compositions(size, len(chances)):
        p = _multinomial(counts) * prod(q ** n for q, n in zip(chances, counts, strict=True))
        if p <= 0:
            continue
        nums, dens, ncount, clients = [], [], [], []
        negatives = 0
        for k, (segment, weight, outcomes) in enumerate(seen_key):
            num = [0.0] * 4
            den = [0.0] * 4
            counted = 0
            for n, outcome in zip(counts, outcomes, strict=True):
                if n and outcome != "excluded" and segment is not None:
                    num[segment] += n * weight * OUTCOME_VALUE[outcome]
                    den[segment] += n * weight
                    counted += n
                if k == 0 and outcome == "negative":
                    negatives += n
            nums.append(tuple(num))
            dens.append(tuple(den))
            ncount.append(counted)
            clients.append(client if counted and isinstance(client, str)
                           and client not in base[k].clients else None)
        table.append(_Pick(p, counts, negatives, 0 if expected_bad else negatives,
                           tuple(nums), tuple(dens), tuple(ncount), tuple(clients)))
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


def _all(tables: list[list[_Pick]]) -> Iterator[tuple[float, tuple[int, ...]]]:
    def walk(g: int, p: float, picks: tuple[int, ...]
             ) -> Iterator[tuple[float, tuple[int, ...]]]:
        if g == len(tables):
            yield p, picks
            return
        for i, pick in enumerate(tables[g]):
            yield from walk(g + 1, p * pick.p, (*picks, i))
    return walk(0, 1.0, ())


def _sampled(tables: list[list[_Pick]]) -> Iterator[tuple[float, tuple[int, ...]]]:
    rng = random.Random(SEED)
    cumulative = [list(accumulate(pick.p for pick in t)) for t in tables]
    weight = 1.0 / SAMPLES
    for _ in range(SAMPLES):
        picks = tuple(min(bisect_right(c, rng.random() * c[-1]), len(c) - 1)
                      for c in cumulative)
        yield weight, picks


def _score(base: _Sums, picks: list[_Pick], k: int, rules: RuleSet
           ) -> tuple[int | None, str | None, tuple[int | None, ...]]:
    """The score shown on day ``k`` (``None`` when not eligible), its window, every window."""
    num = list(base.num)
    den = list(base.den)
    count = base.count
    extra: set[str] = set()
    for pick in picks:
        for s in range(4):
            num[s] += pick.num[k][s]
            den[s] += pick.den[k][s]
        count += pick.count[k]
        client = pick.client[k]
        if client is not None:
            extra.add(client)
    windows: dict[str, float | None] = {}
    n = d = 0.0
    for s, name in enumerate(_SEGMENTS):
        n += num[s]
        d += den[s]
        windows[name] = 100.0 * n / d if d else None
    windows["trending"] = _trending(windows) if rules.trending else None
    rounded = tuple(round_score(windows[name]) for name in WINDOW_NAMES)
    if count < rules.min_contracts or len(base.clients) + len(extra) < rules.min_clients:
        return None, None, rounded
    best: float | None = None
    window = None
    for name in rules.shown_candidates:
        value = windows[name]
        if value is not None and (best is None or value > best + 1e-9):
            best, window = value, name
    return round_score(best), window, rounded


def _trending(windows: Mapping[str, float | None]) -> float | None:
    six, three = windows["6m"], windows["3m"]
    return None if six is None or three is None else (six + three) / 2
