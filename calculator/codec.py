"""The history JSON format (schema 1): strict parsing, lenient form values, and dumping."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import Final, TypeVar, cast

from .errors import FieldError
from .fields import (
    MAX_CLIENT_CHARS,
    MAX_CONTRACTS,
    MAX_EARNINGS_USD,
    MAX_ID_CHARS,
    MAX_JSON_CHARS,
    SCHEMA,
)
from .model import UNKNOWN, Contract, History, Kind, PrivateRating
from .rules import rule_set

__all__ = [
    "MAX_CONTRACTS",
    "MAX_JSON_CHARS",
    "SCHEMA",
    "dump_json",
    "from_dict",
    "from_form",
    "load_json",
    "read_form",
    "to_dict",
]

MAX_TEXT: Final = {"client": MAX_CLIENT_CHARS, "id": MAX_ID_CHARS}

_TOP_KEYS: Final = ("schema", "as_of", "rules", "contracts")
_CONTRACT_KEYS: Final = (
    "id", "client", "kind", "start", "end", "earnings", "last_payment",
    "public_rating", "private_rating", "client_excluded",
)
_ISO: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
#: Deeper JSON is refused before decoding; the history format itself nests three levels.
MAX_DEPTH: Final = 32
_TOKENS: Final = re.compile(r'["\\\[\]{}]')
_T = TypeVar("_T")


# ---------------------------------------------------------------- strict


def from_dict(data: object) -> History:
    """Parse the documented JSON format (already decoded) into a :class:`History`.

    Raises:
        FieldError: naming the first field that does not fit, and what was expected.
    """
    history = _parse(data, None, frozenset())
    assert history is not None  # without an error list, every error raises
    return history


def _parse(data: object, errors: list[FieldError] | None,
           skip: frozenset[int]) -> History | None:
    """The strict parser. With ``errors``, each contract's first error is collected there
    (``None`` is returned if any was) instead of raised; contracts in ``skip`` already failed."""
    top = _mapping(data, "", "a JSON object with schema, as_of and contracts")
    _no_unknown_keys(top, _TOP_KEYS, "")
    schema = top.get("schema")
    if type(schema) is not int or schema != SCHEMA:
        raise FieldError("schema", f"expected {SCHEMA} (the only version of this format)")
    as_of = _date(top.get("as_of"), "as_of")
    rules = top.get("rules")
    if rules is not None:
        rule_set(rules) if isinstance(rules, str) else _fail("rules", "a rule-set id or null")
    items = top.get("contracts")
    if not isinstance(items, list):
        raise FieldError("contracts", "expected a list of contracts")
    too_many = FieldError("contracts", f"expected at most {MAX_CONTRACTS:,} contracts")
    if len(items) > MAX_CONTRACTS and errors is None:
        raise too_many
    contracts = []
    # A form reports the fields of the one contract over the limit before the limit itself.
    for i, item in enumerate(items[:MAX_CONTRACTS + 1]):
        if i in skip:
            continue
        try:
            contracts.append(_contract(item, i, as_of))
        except FieldError as err:
            if errors is None:
                raise
            errors.append(err)
    if skip or errors:
        return None
    if len(items) > MAX_CONTRACTS:
        raise too_many
    seen: dict[str, int] = {}
    for i, c in enumerate(contracts):
        if c.id in seen:
            raise FieldError(f"contracts[{i}].id", f"expected a unique id; {c.id!r} is used twice")
        seen[c.id] = i
    return History(as_of=as_of, contracts=tuple(contracts), rules=cast("str | None", rules))


def _contract(data: object, index: int, as_of: date) -> Contract:
    where = f"contracts[{index}]"
    item = _mapping(data, where, "a contract object")
    _no_unknown_keys(item, _CONTRACT_KEYS, where + ".")
    for key in ("client", "kind", "start", "earnings"):
        if key not in item:
            raise FieldError(f"{where}.{key}", "is required")
    cid = item.get("id", str(index + 1))
    if not isinstance(cid, str) or not 1 <= len(cid) <= MAX_TEXT["id"]:
        _fail(f"{where}.id", f"text of 1 to {MAX_TEXT['id']} characters")
    client = item["client"]
    if not isinstance(client, str) or not client.strip() or len(client) > MAX_TEXT["client"]:
        _fail(f"{where}.client", f"a client name of 1 to {MAX_TEXT['client']} characters")
    kind = item["kind"]
    if kind not in ("fixed", "hourly"):
        _fail(f"{where}.kind", "'fixed' or 'hourly'")
    start = _date(item["start"], f"{where}.start")
    end = _optional(item.get("end"), f"{where}.end", _date)
    last_payment = _optional(item.get("last_payment"), f"{where}.last_payment", _date)
    earnings = _money(item["earnings"], f"{where}.earnings")
    public = _optional(item.get("public_rating"), f"{where}.public_rating", _stars)
    private = _private(item.get("private_rating", "unknown"), f"{where}.private_rating")
    excluded = item.get("client_excluded", False)
    if not isinstance(excluded, bool):
        _fail(f"{where}.client_excluded", "true or false")

    if start > as_of:
        _fail(f"{where}.start", f"a date on or before as_of ({as_of.isoformat()})")
    if end is not None and not start <= end <= as_of:
        _fail(f"{where}.end", "a date between the start and as_of, or null while open")
    if last_payment is not None and not start <= last_payment <= as_of:
        _fail(f"{where}.last_payment", "a date between the start and as_of, or null if never paid")
    if earnings > 0 and last_payment is None:
        _fail(f"{where}.last_payment", "the date of the latest payment, since earnings are above 0")
    if end is None and (public is not None or isinstance(private, int)):
        field = "public_rating" if public is not None else "private_rating"
        _fail(f"{where}.{field}",
              "no rating while the contract is open (feedback comes at the end)")
    return Contract(
        id=cast(str, cid), client=cast(str, client), kind=cast(Kind, kind), start=start, end=end,
        earnings_usd=earnings, last_payment=last_payment, public_rating=public,
        private_rating=private, client_excluded=cast(bool, excluded),
    )


def to_dict(history: History) -> dict[str, object]:
    """The canonical JSON form of a history; ``from_dict(to_dict(h)) == h``."""
    out: dict[str, object] = {"schema": SCHEMA, "as_of": history.as_of.isoformat()}
    if history.rules is not None:
        out["rules"] = history.rules
    out["contracts"] = [_contract_dict(c) for c in history.contracts]
    return out


def _contract_dict(c: Contract) -> dict[str, object]:
    private: object = "unknown" if c.private_rating is UNKNOWN else c.private_rating
    return {
        "id": c.id,
        "client": c.client,
        "kind": c.kind,
        "start": c.start.isoformat(),
        "end": c.end.isoformat() if c.end else None,
        "earnings": _number(c.earnings_usd),
        "last_payment": c.last_payment.isoformat() if c.last_payment else None,
        "public_rating": c.public_rating,
        "private_rating": private,
        "client_excluded": c.client_excluded,
    }


def load_json(text: str) -> History:
    """Parse a JSON document in the history format.

    Raises:
        FieldError: with path ``file`` when it is not JSON, else naming the bad field.
    """
    if not isinstance(text, str):
        raise FieldError("file", "expected text")
    if len(text) > MAX_JSON_CHARS:
        raise FieldError("file", f"expected at most {MAX_JSON_CHARS:,} characters")
    return from_dict(parse_json_text(text, "file"))


def dump_json(history: History) -> str:
    """The history as indented JSON text, in the canonical field order."""
    return json.dumps(to_dict(history), indent=2, ensure_ascii=False) + "\n"


def parse_json_text(text: str, path: str) -> object:
    """Decode JSON text, turning every decoder failure into a :class:`FieldError`.

    Nesting is checked first: the format is three levels deep, and a deeply nested document
    would overflow the JavaScript stack under Pyodide instead of raising ``RecursionError``.
    """
    if _depth(text) > MAX_DEPTH:
        raise FieldError(path, f"not valid here: nested more than {MAX_DEPTH} levels deep")
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as err:
        raise FieldError(path, f"not valid JSON ({err.msg} at line {err.lineno}, "
                               f"column {err.colno})") from None
    except (ValueError, RecursionError):
        raise FieldError(path, "not valid JSON (a number or nesting it cannot read)") from None


def _depth(text: str) -> int:
    """How deep brackets nest outside strings, stopping once past ``MAX_DEPTH``.

    One pass over the quotes, backslashes and brackets: linear whatever the text, so a hostile
    file cannot make the check itself slow.
    """
    deepest = depth = 0
    in_string = False
    escaped_at = -1
    for match in _TOKENS.finditer(text):
        at = match.start()
        char = text[at]
        if at == escaped_at:
            continue
        if in_string:
            if char == "\\":
                escaped_at = at + 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return depth
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


def _reject_constant(name: str) -> object:
    raise ValueError(name)


# ---------------------------------------------------------------- lenient (form values)

_MONTHS: Final = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_YMD: Final = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DMY_NAME: Final = re.compile(r"(\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9})\.?,? (\d{4})")
_MDY_NAME: Final = re.compile(r"([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})")
_MONEY: Final = re.compile(
    r"(?:usd|us\$|\$)?\s*([0-9][0-9, ]*(?:\.[0-9]*)?|\.[0-9]+)\s*(?:usd|\$)?")
_DATE_HINT: Final = "a date such as 2025-03-05 or 5 Mar 2025"


def from_form(data: object) -> History:
    """Parse a history whose values may be form strings (``"$1,200"``, ``"5 Mar 2025"``, ``""``).

    Blank optional fields mean "none": no end date (open), no payment, no public rating.
    Blank earnings mean $0; a blank private rating means unknown.

    Raises:
        FieldError: naming the first field that cannot be read.
    """
    history, errors = read_form(data)
    if errors:
        raise errors[0]
    assert history is not None
    return history


def read_form(data: object) -> tuple[History | None, list[FieldError]]:
    """Like :func:`from_form`, but every contract is read: the result is the history, or the
    first error of the top level, or the first error of each contract that has one, so a form
    can mark every bad field at once."""
    errors: list[FieldError] = []
    try:
        top = _mapping(data, "", "a history object")
        out = dict(top)
        out.setdefault("schema", SCHEMA)
        as_of = out.get("as_of")
        if isinstance(as_of, str):
            out["as_of"] = _lenient_date(as_of, "as_of")
        if out.get("rules") == "":
            out["rules"] = None
        items = top.get("contracts")
        failed: set[int] = set()
        if isinstance(items, list):
            # Past one over the limit nothing is read: the limit's own error says enough.
            head = items[:MAX_CONTRACTS + 1]
            converted: list[object] = []
            for i, item in enumerate(head):
                try:
                    converted.append(_form_contract(item, i))
                except FieldError as err:
                    errors.append(err)
                    failed.add(i)
                    converted.append(None)
            out["contracts"] = converted + items[len(head):]
        history = _parse(out, errors, frozenset(failed))
    except FieldError as err:
        return None, [err]
    errors.sort(key=_contract_index)
    return history, errors


def _contract_index(err: FieldError) -> int:
    match = re.match(r"contracts\[(\d+)\]", err.path)
    return int(match[1]) if match else -1


def _form_contract(data: object, index: int) -> object:
    if not isinstance(data, Mapping):
        return data
    where = f"contracts[{index}]"
    item = dict(data)
    if item.get("id") == "":
        del item["id"]
    for key in ("client", "kind"):
        if isinstance(item.get(key), str):
            item[key] = item[key].strip()
    if isinstance(item.get("kind"), str):
        item["kind"] = item["kind"].lower()
    for key in ("start", "end", "last_payment"):
        if isinstance(item.get(key), str):
            item[key] = _lenient_date(item[key], f"{where}.{key}")
    if isinstance(item.get("earnings"), str):
        item["earnings"] = _lenient_money(item["earnings"], f"{where}.earnings")
    if isinstance(item.get("public_rating"), str):
        item["public_rating"] = _lenient_number(item["public_rating"], f"{where}.public_rating",
                                                "a star rating from 1.0 to 5.0, or blank")
    private = item.get("private_rating")
    if isinstance(private, str):
        text = private.strip().lower()
        if text in ("", "unknown", "?"):
            item["private_rating"] = "unknown"
        elif text in ("none", "null", "not left"):
            item["private_rating"] = None
        else:
            item["private_rating"] = _lenient_number(
                text, f"{where}.private_rating", "0 to 10, 'none' or 'unknown'")
    if isinstance(item.get("client_excluded"), str):
        item["client_excluded"] = item["client_excluded"].strip().lower() in ("true", "on", "1",
                                                                               "yes")
    if item.get("earnings", 0) and item.get("last_payment") is None and item.get("end"):
        item["last_payment"] = item["end"]  # a form user who typed earnings was paid by the end
    return item


def _lenient_date(text: str, path: str) -> str | None:
    value = " ".join(text.strip().lower().replace(",", " ").split())
    if not value:
        return None
    match = _YMD.fullmatch(value)
    if match:
        year, month, day = (int(g) for g in match.groups())
    elif m := _DMY_NAME.fullmatch(value):
        day, month, year = int(m[1]), _month(m[2], path), int(m[3])
    elif m := _MDY_NAME.fullmatch(value):
        month, day, year = _month(m[1], path), int(m[2]), int(m[3])
    else:
        hint = " (day and month are ambiguous)" if re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}",
                                                                 value) else ""
        raise FieldError(path, f"expected {_DATE_HINT}{hint}")
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        raise FieldError(path, f"no such date; expected {_DATE_HINT}") from None


def _month(name: str, path: str) -> int:
    month = _MONTHS.get(name[:3])
    if month is None:
        raise FieldError(path, f"expected {_DATE_HINT}")
    return month


def _lenient_money(text: str, path: str) -> float:
    value = text.strip().lower()
    if not value:
        return 0.0
    match = _MONEY.fullmatch(value)
    if not match:
        raise FieldError(path, "expected an amount in USD such as 1200 or $1,200.50")
    return float(match[1].replace(",", "").replace(" ", ""))


def _lenient_number(text: str, path: str, expected: str) -> float | None:
    value = text.strip().replace(",", ".") if text.count(",") == 1 and "." not in text else text
    value = value.strip()
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        raise FieldError(path, f"expected {expected}") from None
    if not math.isfinite(number):
        raise FieldError(path, f"expected {expected}")
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


# ---------------------------------------------------------------- field checks


def _fail(path: str, expected: str) -> None:
    raise FieldError(path, f"expected {expected}")


def _mapping(data: object, path: str, expected: str) -> Mapping[str, object]:
    if not isinstance(data, Mapping) or not all(isinstance(k, str) for k in data):
        raise FieldError(path or "history", f"expected {expected}")
    return data


def _no_unknown_keys(data: Mapping[str, object], allowed: tuple[str, ...], prefix: str) -> None:
    for key in data:
        if key not in allowed:
            raise FieldError(f"{prefix}{key}", f"is not a field of this format (known: "
                                               f"{', '.join(allowed)})")


def _date(value: object, path: str) -> date:
    if isinstance(value, str) and _ISO.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise FieldError(path, "expected a date as YYYY-MM-DD")


def _optional(value: object, path: str, parse: Callable[[object, str], _T]) -> _T | None:
    return None if value is None else parse(value, path)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _finite(value: object, low: float, high: float) -> float | None:
    """The value as a float if it is a JSON number in [low, high] with at most 2 decimals."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return None
    if not math.isfinite(value) or not low <= value <= high or round(value, 2) != value:
        return None
    return float(value)


def _money(value: object, path: str) -> float:
    number = _finite(value, 0, MAX_EARNINGS_USD)
    if number is None:
        raise FieldError(path, f"expected an amount in USD from 0 to {MAX_EARNINGS_USD:,}, "
                               "with at most 2 decimals")
    return number


def _stars(value: object, path: str) -> float:
    number = _finite(value, 1, 5)
    if number is None:
        raise FieldError(path, "expected a star rating from 1.0 to 5.0 (at most 2 decimals), "
                               "or null for no public feedback")
    return number


def _private(value: object, path: str) -> PrivateRating:
    if value == "unknown":
        return UNKNOWN
    if value is None:
        return None
    if _is_number(value) and cast(float, value) in range(11):
        return int(cast(float, value))
    raise FieldError(path, "expected a whole number from 0 to 10, null (none left) or 'unknown'")


def _number(value: float) -> int | float:
    return int(value) if value.is_integer() else value
