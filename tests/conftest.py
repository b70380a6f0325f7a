"""Shared, session-scoped engines: Tesseract runs once per fixture image per test session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


@pytest.fixture(scope="session")
def engine():
    """The real inspector (real Tesseract, real OpenCV), built once per session."""
    import inspector

    insp = inspector.Inspector()
    insp.check()
    return insp


@pytest.fixture(scope="session")
def report_of(engine):
    """Inspect a fixture image at most once per session, whatever test asks for it."""
    cache: dict[Path, object] = {}

    def get(path: Path):
        if path not in cache:
            cache[path] = engine.inspect_image(path)
        return cache[path]

    return get
