"""The command line: ``python -m calculator estimate|timeline|link|arbitration``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import date

from .arbitration import arbitration
from .codec import load_json
from .errors import FieldError
from .estimate import estimate
from .model import History
from .scenarios import departures, timeline
from .web import fragment

__all__ = ["main"]

#: Where the calculator page lives, relative to the site root.
CALCULATOR_PATH = "calculator/"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; 0 on success, 2 on bad input (the field error on stderr)."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        result = args.run(args)
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


def _read(path: str) -> History:
    if path == "-":
        return load_json(sys.stdin.read())
    with open(path, encoding="utf-8") as handle:
        try:
            return load_json(handle.read())
        except UnicodeDecodeError:
            raise FieldError("file", "expected UTF-8 text") from None


def _estimate(args: argparse.Namespace) -> object:
    return estimate(_read(args.file), args.rules).to_dict()


def _timeline(args: argparse.Namespace) -> object:
    history = _read(args.file)
    start = args.start or history.as_of
    end = args.end or start.replace(year=start.year + 2)
    if end < start:
        raise FieldError("--to", "expected a date on or after --from")
    points = [p.to_dict() for p in timeline(history, start, end, args.rules)]
    if args.departures:
        return {"points": points,
                "departures": [d.to_dict() for d in departures(history, start, end, args.rules)]}
    return points


def _link(args: argparse.Namespace) -> object:
    return f"{CALCULATOR_PATH}#{fragment(_read(args.file))}"


def _arbitration(args: argparse.Namespace) -> object:
    return arbitration(args.escrow, args.fee, args.offer, args.p_other_pays, args.p_win).to_dict()


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected a date as YYYY-MM-DD") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m calculator",
        description="Estimate an Upwork Job Success Score from a contract history (JSON, "
                    "schema 1). An estimate: Upwork does not publish its formula.")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")

    def with_file(name: str, help_: str) -> argparse.ArgumentParser:
        cmd = sub.add_parser(name, help=help_, description=help_)
        cmd.add_argument("file", help="a history JSON file, or - for standard input")
        cmd.add_argument("--rules", help="a rule-set id (default: in force on as_of)")
        return cmd

    with_file("estimate", "print the estimate as JSON").set_defaults(run=_estimate)
    cmd = with_file("timeline", "print the score month by month with no new contracts")
    cmd.add_argument("--from", dest="start", type=_day, help="first day (default: as_of)")
    cmd.add_argument("--to", dest="end", type=_day, help="last day (default: 2 years on)")
    cmd.add_argument("--departures", action="store_true",
                     help="also list when each negative contract leaves each window")
    cmd.set_defaults(run=_timeline)
    with_file("link", "print the site-relative link that opens the calculator on the history"
              ).set_defaults(run=_link)

    cmd = sub.add_parser("arbitration", help="compare accepting an offer, arbitration and "
                                             "letting the escrow go")
    cmd.add_argument("--escrow", type=float, required=True, help="USD in escrow")
    cmd.add_argument("--fee", type=float, required=True, help="arbitration fee per party, USD")
    cmd.add_argument("--offer", type=float, help="the offer on the table, USD")
    cmd.add_argument("--p-other-pays", type=float, default=0.5,
                     help="chance the other side pays its fee (0-1, default 0.5)")
    cmd.add_argument("--p-win", type=float, default=0.5,
                     help="chance of winning if both pay (0-1, default 0.5)")
    cmd.set_defaults(run=_arbitration)
    return parser
