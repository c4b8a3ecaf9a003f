"""The GitHub workflows: Pages deploys only a commit CI has passed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

WORKFLOWS = Path(__file__).resolve().parents[2] / ".github" / "workflows"


def _load(name: str) -> dict[Any, Any]:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_pages_runs_only_when_ci_completes_on_main() -> None:
    ci, pages = _load("ci.yml"), _load("pages.yml")
    triggers = pages[True]  # YAML 1.1 reads the key `on` as true
    assert list(triggers) == ["workflow_run"]
    assert triggers["workflow_run"] == {"workflows": [ci["name"]], "types": ["completed"],
                                        "branches": ["main"]}


def test_pages_builds_the_tested_commit_only_after_success() -> None:
    build = _load("pages.yml")["jobs"]["build"]
    assert "workflow_run.conclusion == 'success'" in build["if"]
    assert "workflow_run.event == 'push'" in build["if"]
    checkout = build["steps"][0]
    assert checkout["uses"].startswith("actions/checkout@")
    assert checkout["with"]["ref"] == "${{ github.event.workflow_run.head_sha }}"
    assert _load("pages.yml")["jobs"]["deploy"]["needs"] == "build"
