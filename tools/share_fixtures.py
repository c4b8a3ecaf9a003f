"""Share strings written by the package, and its form fields, for the page's tests (node --test).

Run: .venv/bin/python tools/share_fixtures.py (writes tests/js/fixtures/shares.json).
tests/tools/test_share_fixtures.py fails when the file differs from what this writes now, so the
JavaScript reader is always tested against the strings the package makes today.
"""

from __future__ import annotations

import base64
import json
import zlib
from dataclasses import replace
from datetime import date
from pathlib import Path

from calculator import ShownScore, encode_share, preset, to_dict
from calculator.share import MAX_SHARE_BYTES, share_layout
from calculator.web import form_fields, fragment

OUT = Path(__file__).resolve().parent.parent / "tests" / "js" / "fixtures" / "shares.json"


def _pack(raw: bytes) -> str:
    """Any bytes packed like a share string (for strings the package would never write)."""
    return "1." + base64.urlsafe_b64encode(zlib.compress(raw, 9)).rstrip(b"=").decode("ascii")


def fixtures() -> dict[str, object]:
    """The layout, and cases: a fragment and the histories it holds (null: it must not read)."""
    example = preset("ten-contracts-one-bad")
    a = example.history_a()
    renamed = replace(a, contracts=tuple(
        replace(c, client=name) for c, name in zip(
            a.contracts, ["Zoë & Co", "北京 client", "<b>bold</b>", "O'Brien \"quoted\""] * 3,
            strict=False)),
        shown=(ShownScore(date(2018, 10, 1), 95), ShownScore(a.as_of, 80)))
    b = replace(a, contracts=a.contracts[:-1])
    later = replace(a, contracts=(
        replace(a.contracts[0], review_form="stars"),
        replace(a.contracts[1], refunded_usd=120.5, dispute="settled"),
        replace(a.contracts[2], dispute="won"),
        *a.contracts[3:]))
    good = encode_share(a)
    cases: list[dict[str, object]] = [
        {"name": "an example", "fragment": fragment(a),
         "expected": {"a": to_dict(a), "b": None}},
        {"name": "A and B, names in any script, shown scores",
         "fragment": fragment(renamed, b),
         "expected": {"a": to_dict(renamed), "b": to_dict(b)}},
        {"name": "fields added later: rows of 10, 11 and 13 fields",
         "fragment": fragment(later), "expected": {"a": to_dict(later), "b": None}},
        {"name": "a leading #", "fragment": "#" + fragment(a),
         "expected": {"a": to_dict(a), "b": None}},
        {"name": "another version", "fragment": "a=2." + good[2:], "expected": None},
        {"name": "characters no share string has", "fragment": "a=" + good[:20] + "+/" +
         good[20:], "expected": None},
        {"name": "cut short", "fragment": "a=" + good[: len(good) // 2], "expected": None},
        {"name": "no a", "fragment": "b=" + good, "expected": None},
        {"name": "a twice", "fragment": f"a={good}&a={good}", "expected": None},
        {"name": "a bad b", "fragment": f"a={good}&b=1.AAAA", "expected": None},
        {"name": "not JSON inside", "fragment": "a=" + _pack(b"not json"), "expected": None},
        {"name": "a row of the wrong length",
         "fragment": "a=" + _pack(b'{"schema":1,"as_of":"2025-01-01","contracts":[[1,2]]}'),
         "expected": None},
        {"name": "a row longer than this site writes (a newer site)",
         "fragment": "a=" + _pack(b'{"schema":1,"as_of":"2025-01-01","contracts":[["1","A",'
                                  b'"fixed","2025-01-01",null,0,null,null,"unknown",false,'
                                  b'null,0,"none","new"]]}'), "expected": None},
        {"name": "inflates past the limit",
         "fragment": "a=" + _pack(b" " * (MAX_SHARE_BYTES + 1)), "expected": None},
    ]
    # The form's fields too: the page turns the documents above into its form values by them.
    return {"layout": share_layout(), "fields": json.loads(form_fields()), "cases": cases}


def text() -> str:
    return json.dumps(fixtures(), ensure_ascii=False, indent=1) + "\n"


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text(), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
