"""The link fixtures the page's preview is tested on: current, and read by Python as they say."""

from __future__ import annotations

import json

import pytest

from calculator import to_dict
from calculator.errors import FieldError
from calculator.parse.share import read_fragment
from tools import share_fixtures


def test_the_fixture_file_is_what_the_package_writes_today() -> None:
    committed = share_fixtures.OUT.read_text(encoding="utf-8")
    assert committed == share_fixtures.text(), (
        "tests/js/fixtures/shares.json is stale: run .venv/bin/python tools/share_fixtures.py")


@pytest.mark.parametrize("case", share_fixtures.fixtures()["cases"],  # type: ignore[arg-type]
                         ids=lambda c: str(c["name"]))
def test_python_reads_each_fixture_as_it_says(case: dict[str, object]) -> None:
    """The JavaScript preview must agree with Python on these: so Python must agree first."""
    expected = case["expected"]
    fragment = str(case["fragment"])
    if expected is None:
        with pytest.raises(FieldError):
            read_fragment(fragment)
        return
    histories = read_fragment(fragment)
    got = {side: None if h is None else to_dict(h) for side, h in histories.items()}
    assert json.loads(json.dumps(got)) == expected
