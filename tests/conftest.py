"""Shared fixtures: the bundled parser (loaded once per session) and the path to ../shared."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def bundled_parser() -> Any:
    from quotes.models import ModelError
    from quotes.parse import Parser

    try:
        return Parser("bundled")
    except ModelError as exc:
        pytest.fail(f"bundled models do not load: {exc}")


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent (eval data and treebanks live there)")
    return SHARED
