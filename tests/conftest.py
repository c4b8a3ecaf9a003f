"""Shared fixtures: where the repository and the built site are."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SITE_DIR = ROOT / "site"


@pytest.fixture(scope="session")
def site_dir() -> Path:
    """The built site; a test that needs it fails (never skips) when it has not been built."""
    if not (SITE_DIR / "index.html").is_file():
        pytest.fail(f"{SITE_DIR} is not built: run `make site` first (`make test` does)")
    return SITE_DIR
