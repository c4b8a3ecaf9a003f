"""Links already posted keep opening: share strings the site wrote before a field was added.

tests/calculator/data/share_links_2026-12-06.json was written once, by the package as it was on
that day (every contract a row of 10 fields), and is never regenerated. Each link must open to
the same history, field for field, however the format grows.
"""

import json
from pathlib import Path

import pytest

from calculator import to_dict
from calculator.parse import read_fragment

DATA = Path(__file__).parent / "data" / "share_links_2026-12-06.json"
CASES = json.loads(DATA.read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_a_link_of_2026_12_06_opens_to_the_same_history(case: dict[str, object]) -> None:
    histories = read_fragment(case["fragment"])
    expected = case["expected"]
    assert isinstance(expected, dict)
    got = {side: None if h is None else to_dict(h) for side, h in histories.items()}
    assert got == expected


def test_the_old_links_have_ten_field_rows() -> None:
    doc = json.loads(DATA.read_text(encoding="utf-8"))
    assert len(doc["fields"]) == 10
    assert sum(len(c["expected"]["a"]["contracts"]) for c in CASES) > 20
