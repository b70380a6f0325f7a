"""Shared, session-scoped engines: Tesseract runs once per fixture image per test session."""
from __future__ import annotations

import builtins
import contextlib
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


@pytest.fixture
def watch_writes(monkeypatch):
    """A context manager that records every file opened for writing while it is active.

    Used to prove that a picture is never written to disk (``/dev/null`` is
    not storage and is left out).
    """

    @contextlib.contextmanager
    def watch():
        written: list[str] = []
        real_open, real_os_open = builtins.open, os.open

        def spy_open(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
            if any(c in str(mode) for c in "wax+"):
                written.append(str(file))
            return real_open(file, mode, *args, **kwargs)

        def spy_os_open(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
            if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
                written.append(str(path))
            return real_os_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", spy_open)
        monkeypatch.setattr(os, "open", spy_os_open)
        try:
            yield written
        finally:
            monkeypatch.setattr(builtins, "open", real_open)
            monkeypatch.setattr(os, "open", real_os_open)
            written[:] = [w for w in written if w != os.devnull]

    return watch
