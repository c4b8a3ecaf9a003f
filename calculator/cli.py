"""The command line: ``python -m calculator estimate|timeline|link|arbitration|import``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from .arbitration import DEFAULT_FEE_ERA, FEE_ERAS, FEES_USD, arbitration
from .errors import FieldError
from .estimate import estimate
from .fields import MAX_SHOWN, field
from .importing import COLUMNS, ImportFailed, ImportFile, read_import
from .model import History
from .parse import (
    JSS_START,
    amount_argument,
    load_json,
    rules_argument,
    shown_argument,
    span_date,
    timeline_span,
    with_shown,
)
from .rules import FORM_CHANGE
from .scenarios import OPEN_CONTRACTS, OpenContracts, departures, timeline
from .web import fragment

__all__ = ["main"]

#: Where the calculator page lives, relative to the site root.
CALCULATOR_PATH: Final = "calculator/"
_SCORE: Final = field("shown").items[1]
#: The roles --column can name: the import table's columns.
_ROLES: Final = tuple(COLUMNS)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; 0 on success, 2 on bad input (the reason on standard error).

    It never raises: argparse's own exits (``--help``, a missing argument) become 0 and 2.
    """
    try:
        args = _parser().parse_args(argv)
    except SystemExit as done:
        return 0 if done.code in (0, None) else 2
    try:
        result = args.run(args)
    except ImportFailed as err:
        for problem in err.problems:
            print(f"error: {problem}", file=sys.stderr)
        print("error: nothing was imported", file=sys.stderr)
        return 2
    except FieldError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except OSError as err:
        print(f"error: {err.strerror or err}: {getattr(err, 'filename', '')}", file=sys.stderr)
        return 2
    text = result if isinstance(result, str) else json.dumps(result, indent=2, ensure_ascii=False)
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:  # `... | head` closed the pipe: not an error of the input
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - Python's documented pattern
    return 0


def _read(args: argparse.Namespace) -> History:
    """The history in ``args.file``, with the scores given by ``--shown``/``--shown-before``."""
    path: str = args.file
    if path == "-":
        history = load_json(sys.stdin.read())
    else:
        try:
            handle = open(path, encoding="utf-8")  # noqa: SIM115 - closed just below
        except ValueError:  # a NUL or an unencodable character in the name
            raise FieldError("file", "is not a name a file can have") from None
        with handle:
            try:
                history = load_json(handle.read())
            except UnicodeDecodeError:
                raise FieldError("file", "expected UTF-8 text") from None
    extra = [shown_argument(text, None, "--shown-before") for text in args.shown_before]
    if args.shown is not None:
        extra.append(shown_argument(args.shown, history.as_of, "--shown"))
    history = with_shown(history, extra)
    change = span_date(args.form_change, "--form-change")
    if change is not None:
        if change < JSS_START:
            raise FieldError("--form-change", f"a date on or after {JSS_START.isoformat()}")
        history = replace(history, form_change=change)
    return history


def _estimate(args: argparse.Namespace) -> object:
    return estimate(_read(args), rules_argument(args.rules)).to_dict()


def _timeline(args: argparse.Namespace) -> object:
    history = _read(args)
    rules = rules_argument(args.rules)
    start, end = timeline_span(span_date(args.start, "--from"), span_date(args.end, "--to"),
                               history.as_of, "--to")
    choice = open_contracts_argument(args.open_contracts)
    # The point on as_of is the estimate the estimate command prints (same shown scores).
    estimated = estimate(history, rules) if start <= history.as_of <= end else None
    points = [p.to_dict() for p in timeline(history, start, end, rules, choice,
                                            estimated=estimated)]
    if args.departures:
        return {"points": points,
                "departures": [d.to_dict() for d in departures(
                    history, start, end, rules, open_contracts=choice)]}
    return points


def open_contracts_argument(text: str | None) -> OpenContracts:
    """``--open-contracts``: keep-paying or stop (default: stop)."""
    if text is None:
        return "stop"
    for known in OPEN_CONTRACTS:
        if text.strip().lower() == known:
            return known
    raise FieldError("--open-contracts", "expected keep-paying or stop")


def _link(args: argparse.Namespace) -> object:
    return f"{CALCULATOR_PATH}#{fragment(_read(args))}"


def _import(args: argparse.Namespace) -> object:
    """The history the files make, with what they lack listed on stderr and in ``missing``."""
    files = []
    for path in args.files:
        if path == "-":
            files.append(ImportFile("stdin", sys.stdin.buffer.read()))
            continue
        try:
            handle = open(path, "rb")  # noqa: SIM115 - closed just below
        except ValueError:  # a NUL or an unencodable character in the name
            raise FieldError("file", "is not a name a file can have") from None
        with handle:
            files.append(ImportFile(os.path.basename(path), handle.read()))
    columns = {}
    for text in args.column:
        role, _, header = text.partition("=")
        columns[role.strip()] = header
    bad = sorted(set(columns) - set(_ROLES))
    if bad:
        raise FieldError("--column", f"expected ROLE=HEADER with ROLE one of {', '.join(_ROLES)}")
    as_of = span_date(args.as_of, "--as-of") if args.as_of else None
    result = read_import(files, as_of=as_of, columns=columns, decimal_comma=args.decimal_comma)
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    for item in result.missing:
        fields = ", ".join(str(f) for f in item["fields"])  # type: ignore[attr-defined]
        print(f"missing: contract {item['id']} ({item['title']}): {fields}", file=sys.stderr)
    totals = result.totals()
    print(f"read {totals['contracts']} contracts, {totals['payments']} payments, "
          f"${totals['earnings_usd']:,.2f}; the missing fields hold stand-ins: fill them in",
          file=sys.stderr)
    return result.document()


def _arbitration(args: argparse.Namespace) -> object:
    escrow = amount_argument(args.escrow, "--escrow")
    # No --fee: the fee of the era named by --fee-era, today's by default.
    fee = amount_argument(args.fee, "--fee") if args.fee is not None else FEES_USD[args.fee_era]
    assert escrow is not None and fee is not None  # argparse requires --escrow
    offer = amount_argument(args.offer, "--offer")
    p_other_pays = amount_argument(args.p_other_pays, "--p-other-pays")
    p_win = amount_argument(args.p_win, "--p-win")
    return arbitration(escrow, fee, offer,
                       0.5 if p_other_pays is None else p_other_pays,
                       0.5 if p_win is None else p_win).to_dict()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m calculator",
        description="Estimate an Upwork Job Success Score from a contract history (JSON, "
                    "schema 1). An estimate: Upwork does not publish its formula.")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    def with_file(name: str, help_: str) -> argparse.ArgumentParser:
        cmd = sub.add_parser(name, help=help_, description=help_)
        cmd.add_argument("file", help="a history JSON file, or - for standard input")
        cmd.add_argument("--rules", help="a rule-set id (default: the rules in force on the "
                                          "history's as-of date)")
        cmd.add_argument("--shown", metavar="SCORE",
                         help=f"the score Upwork shows on the as-of date ({_SCORE.low:.0f} to "
                              f"{_SCORE.high:.0f}, or none for no score)")
        cmd.add_argument("--form-change", metavar="DATE",
                         help="the day clients began to get the review form without a private "
                              f"rating (default: the history's own, else about "
                              f"{FORM_CHANGE:%B %Y}, approximate)")
        cmd.add_argument("--shown-before", metavar="DATE:SCORE", action="append", default=[],
                         help="a score Upwork showed on an earlier day, e.g. 2026-05-01:100 "
                              f"(repeatable, {MAX_SHOWN} at most in all)")
        return cmd

    with_file("estimate", "print the estimate as JSON").set_defaults(run=_estimate)
    cmd = with_file("timeline", "print the score month by month with no new contracts")
    cmd.add_argument("--from", dest="start", metavar="DATE", help="first day (default: as_of)")
    cmd.add_argument("--to", dest="end", metavar="DATE", help="last day (default: 2 years on)")
    cmd.add_argument("--departures", action="store_true",
                     help="also list when each negative contract leaves each window")
    cmd.add_argument("--open-contracts", metavar="CHOICE",
                     help="what contracts still open do after the as-of date: stop (paid as "
                          "they were, so they go idle; the default) or keep-paying (the "
                          "calculator page's default)")
    cmd.set_defaults(run=_timeline)
    with_file("link", "print the site-relative link that opens the calculator on the history"
              ).set_defaults(run=_link)

    cmd = sub.add_parser("import", help="read Upwork's earnings report CSVs and the profile's "
                                        "work-history JSON into a history (printed as JSON)",
                         description="Read Upwork's earnings report CSVs (one year per file), "
                                     "the profile's work-history JSON, or a tab-separated "
                                     "table, merge them by contract and print the history "
                                     "(schema 1). What no file holds is listed on standard "
                                     "error and under \"missing\".")
    cmd.add_argument("files", nargs="+", metavar="FILE", help="a file, or - for standard input")
    cmd.add_argument("--as-of", metavar="DATE", help="the day to estimate for (default: the "
                                                     "latest day in the files)")
    cmd.add_argument("--column", metavar="ROLE=HEADER", action="append", default=[],
                     help=f"which header holds a column ({', '.join(_ROLES)}) when the table's "
                          "header is not the report's; repeatable")
    cmd.add_argument("--decimal-comma", action="store_true",
                     help="amounts are written 12,50 (a decimal comma)")
    cmd.set_defaults(run=_import)

    cmd = sub.add_parser("arbitration", help="compare accepting an offer, arbitration and "
                                             "letting the escrow go")
    cmd.add_argument("--escrow", required=True, metavar="USD", help="USD in escrow")
    cmd.add_argument("--fee", metavar="USD",
                     help="arbitration fee per party, USD (default: the --fee-era's fee)")
    cmd.add_argument("--fee-era", choices=tuple(FEES_USD), default=DEFAULT_FEE_ERA,
                     help="; ".join(f"{e.id}: {e.label.lower()}, ${e.fee_usd:g} per party "
                                    f"({e.period})" for e in FEE_ERAS)
                     + f" (default {DEFAULT_FEE_ERA})")
    cmd.add_argument("--offer", metavar="USD", help="the offer on the table, USD")
    cmd.add_argument("--p-other-pays", metavar="P",
                     help="chance the other side pays its fee (0-1, default 0.5)")
    cmd.add_argument("--p-win", metavar="P",
                     help="chance of winning if both pay (0-1, default 0.5)")
    cmd.set_defaults(run=_arbitration)
    return parser
