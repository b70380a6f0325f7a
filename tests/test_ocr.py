"""The OCR engine: install problems name the Debian packages; TSV parsing; scale choice."""
from __future__ import annotations

import numpy as np
import pytest

from inspector.errors import MissingDependencyError
from inspector.ocr import TesseractEngine, choose_scale, parse_tsv


def test_missing_tesseract_names_the_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    with pytest.raises(MissingDependencyError, match="apt-get install -y tesseract-ocr tesseract-ocr-chi-sim"):
        TesseractEngine().info


def test_missing_language_data_names_its_package() -> None:
    with pytest.raises(MissingDependencyError, match="tesseract-ocr-xyz"):
        TesseractEngine("chi_sim+xyz").info


def test_missing_tesseract_during_a_read(monkeypatch: pytest.MonkeyPatch) -> None:
    import pytesseract

    engine = TesseractEngine(backend="cli")
    engine.info  # installation checked while Tesseract is there
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    with pytest.raises(MissingDependencyError, match="tesseract-ocr"):
        engine.read_words(np.full((40, 40), 255, np.uint8))


def test_unknown_backend_is_refused() -> None:
    with pytest.raises(ValueError, match="inprocess, cli"):
        TesseractEngine(backend="gpu")


def _line_image(text: str) -> np.ndarray:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 40)
    img = Image.new("L", (60 + 44 * len(text), 90), 255)
    ImageDraw.Draw(img).text((30, 20), text, font=font, fill=0)
    return np.array(img)


@pytest.mark.parametrize("backend", ["cli", "inprocess"])
def test_both_backends_read_a_line_with_boxes(backend: str) -> None:
    pytest.importorskip("tesserocr") if backend == "inprocess" else None
    engine = TesseractEngine(backend=backend)
    assert engine.info.backend == backend
    img = _line_image("法院传票已寄出")
    words = engine.read_words(img)
    assert "".join(w.text for w in words) == "法院传票已寄出"
    x0 = min(w.box[0] for w in words)
    x1 = max(w.box[0] + w.box[2] for w in words)
    assert 20 <= x0 <= 45 and img.shape[1] - 60 <= x1 <= img.shape[1]  # boxes in the input's own pixels
    text, conf = engine.read_text(img)
    assert text == "法院传票已寄出" and 0.5 < conf <= 1.0


def test_parse_tsv() -> None:
    tsv = ("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
           "5\t1\t1\t1\t1\t1\t10\t20\t30\t40\t91.5\t法院\n"
           "5\t1\t1\t1\t1\t2\t50\t20\t30\t40\t-1\t\n")
    cols = parse_tsv(tsv)
    assert cols["text"] == ["法院", ""]
    assert cols["left"] == [10, 50] and cols["conf"] == [91.5, -1.0]


@pytest.mark.parametrize("char_px, expect_up", [(12, True), (60, False)])
def test_scale_follows_text_size(char_px: int, expect_up: bool) -> None:
    import cv2

    img = np.full((800, 800), 255, np.uint8)
    for row in range(40):
        for col in range(20):
            y, x = 20 + row * int(char_px * 1.6), 20 + col * int(char_px * 1.2)
            if y + char_px < 800 and x + char_px < 800:
                cv2.rectangle(img, (x, y), (x + char_px - 2, y + char_px - 2), 0, 2)
    scale = choose_scale(img)
    assert (scale > 1.2) if expect_up else (scale < 0.7)
