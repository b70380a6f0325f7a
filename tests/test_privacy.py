"""Pictures of people's debts never touch the disk: not the upload, not a temporary copy for OCR."""
from __future__ import annotations

import builtins
import os
from pathlib import Path

import pytest

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "sms_court_impersonation_106_light.png"


def test_inspection_from_bytes_writes_no_file(engine, monkeypatch: pytest.MonkeyPatch) -> None:
    data = FIXTURE.read_bytes()
    engine.inspect_text("warm up")  # rules loaded before watching
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
    report = engine.inspect_image(data)
    monkeypatch.undo()
    assert "sms.impersonation" in report.markers  # the OCR really ran
    assert written == []
