"""Pictures of people's debts never touch the disk: not the upload, not a temporary copy for OCR."""
from __future__ import annotations

from pathlib import Path

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "sms_court_impersonation_106_light.png"


def test_inspection_from_bytes_writes_no_file(engine, watch_writes) -> None:
    data = FIXTURE.read_bytes()
    engine.inspect_text("warm up")  # rules loaded before watching
    with watch_writes() as written:
        report = engine.inspect_image(data)
    assert "sms.impersonation" in report.markers  # the OCR really ran
    assert written == []
