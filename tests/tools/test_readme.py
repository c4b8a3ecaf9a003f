"""The README's command-line examples are the package's real output."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BLOCK = re.compile(r"<!-- cli-example -->\n```console\n\$ (?P<cmd>[^\n]+)\n(?P<out>.*?)```", re.S)
EXAMPLES = BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))


def test_readme_has_the_cli_examples() -> None:
    assert len(EXAMPLES) == 4


@pytest.mark.parametrize(("command", "shown"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_readme_example_output_is_what_the_cli_prints(command: str, shown: str) -> None:
    argv = shlex.split(command)
    assert argv[:3] == ["python", "-m", "calculator"]
    result = subprocess.run([sys.executable, *argv[1:]], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    printed = result.stdout.splitlines()
    position = 0
    for line in shown.splitlines():
        if line.strip() == "...":
            continue
        # Each shown line appears in the real output, in the same order.
        assert line in printed[position:], f"README shows {line!r}, the CLI does not print it"
        position = printed.index(line, position) + 1


def test_the_example_file_is_the_dispute_preset() -> None:
    from calculator import load_json, preset

    text = (ROOT / "examples" / "history.json").read_text(encoding="utf-8")
    assert load_json(text) == preset("dispute-100-vs-400").history_a()
