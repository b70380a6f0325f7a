"""End to end on the rendered fixtures: real Tesseract on real image files.

Each fixture image has a JSON sidecar saying which markers must fire and which
must stay silent, its document type and its seals' true boxes. OCR drifts, so
text is checked by a share of expected phrases, not exact output.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from inspector.labels import load_fixture_dir, match_boxes
from inspector.rules import RuleSet
from inspector.text import normalise

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

ITEMS = load_fixture_dir(FIXTURES)
ALL_MARKERS = list(RuleSet.load().markers)


def test_there_are_enough_fixtures() -> None:
    assert len(ITEMS) >= 30, "run: python fixtures/make_fixtures.py"


@pytest.mark.parametrize("item", ITEMS, ids=[i.name for i in ITEMS])
def test_markers(item, report_of) -> None:
    report = report_of(item.image)
    fired = set(report.markers)
    missing = item.expect - fired
    wrong = fired & item.forbidden(ALL_MARKERS)
    assert not missing and not wrong, (
        f"{item.name}: missing {sorted(missing)}, should be silent {sorted(wrong)}; fired {sorted(fired)}\n"
        f"text read:\n{report.text}"
    )


@pytest.mark.parametrize("item", [i for i in ITEMS if i.doc_type], ids=[i.name for i in ITEMS if i.doc_type])
def test_doc_type(item, report_of) -> None:
    assert report_of(item.image).doc_type == item.doc_type


@pytest.mark.parametrize("item", ITEMS, ids=[i.name for i in ITEMS])
def test_seal_boxes(item, report_of) -> None:
    report = report_of(item.image)
    tp, fp, fn, ious = match_boxes(item.seals, [s.box for s in report.seals])
    assert fp == 0 and fn == 0, f"{item.name}: seals true {item.seals}, found {[s.box for s in report.seals]}"


@pytest.mark.parametrize("item", [i for i in ITEMS if i.text_contains], ids=[i.name for i in ITEMS if i.text_contains])
def test_text_is_read(item, report_of) -> None:
    norm = normalise(report_of(item.image).text)
    found = [p for p in item.text_contains if normalise(p) in norm]
    assert len(found) >= max(1, len(item.text_contains) // 2), f"read: {report_of(item.image).text}"


@pytest.mark.parametrize("item", ITEMS[:5], ids=[i.name for i in ITEMS[:5]])
def test_report_is_json_safe_and_boxed(item, report_of) -> None:
    report = report_of(item.image)
    data = json.loads(json.dumps(report.to_dict()))
    assert data["versions"]["tesseract"] and data["versions"]["rules"]["version"]
    assert data["versions"]["ocr_languages"] == ["chi_sim", "eng"]
    assert data["versions"]["ocr_backend"] in ("inprocess", "cli")
    w, h = report.image_size
    for f in report.findings:
        for e in f.evidence:
            if e.box is not None:
                x, y, bw, bh = e.box
                assert 0 <= x < w and 0 <= y < h and bw > 0 and bh > 0


def test_concurrent_inspections_agree_with_a_serial_one(engine, report_of) -> None:
    """Seal rings are read in a worker thread while the page is read; two pictures at once must not mix."""
    from concurrent.futures import ThreadPoolExecutor

    sealed = [i for i in ITEMS if i.seals][:2]
    serial = [report_of(i.image) for i in sealed]
    with ThreadPoolExecutor(max_workers=2) as pool:
        parallel = list(pool.map(engine.inspect_image, [i.image for i in sealed]))
    for a, b in zip(serial, parallel):
        assert a.markers == b.markers
        assert [(s.box, s.center, s.issuer_kind) for s in a.seals] == [(s.box, s.center, s.issuer_kind) for s in b.seals]
        assert "seal_analysis" in b.timings


def test_a_screenshot_cropped_out_of_phone_shape_is_still_a_message_thread(engine) -> None:
    """People crop screenshots before sharing them; the phone's clock at the top still shows a screen."""
    import cv2

    full = cv2.imread(str(FIXTURES / "sms_court_impersonation_106_light.png"))
    h, w = full.shape[:2]
    cropped = full[: int(1.5 * w)]  # 1080 x 720: no longer a phone's proportions
    assert cropped.shape[0] < h
    ok, png = cv2.imencode(".png", cropped)
    assert ok
    report = engine.inspect_image(png.tobytes())
    assert report.source_kind == "screenshot"
    assert report.doc_type == "sms_message"
    assert "sms.impersonation" in report.markers
