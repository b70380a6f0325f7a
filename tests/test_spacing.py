"""spacing.py on rendered pixels: which gaps between characters are found.

Lines are drawn with a real CJK font; each character's OCR box is the box
the font drew it in, so these tests need no OCR. What they pin down: a
space typed inside a two-character word ("起 诉") is found as one wide gap
and judged by the rules; a space between two words ("律师 电话") and an
evenly letter-spaced heading are not the dodge; a long spaced run is found
without help from the word list.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

import inspector
from inspector import rules, spacing
from inspector.text import Line

FONTS = [f for f in ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                     "/usr/share/fonts/truetype/arphic/uming.ttc",
                     "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc") if Path(f).exists()]


def draw_line(text: str, font_path: str, size: int = 32) -> tuple[np.ndarray, Line]:
    """A white strip with ``text`` on it, and the line as OCR would give it:
    one box per character, spaces dropped (Tesseract drops them between Chinese)."""
    font = ImageFont.truetype(font_path, size)
    img = Image.new("L", (size * (len(text) + 4), size * 3), 255)
    draw = ImageDraw.Draw(img)
    x, y = size, size
    chars, boxes = [], []
    for ch in text:
        if ch != " ":
            left, top, right, bottom = draw.textbbox((round(x), y), ch, font=font)
            draw.text((round(x), y), ch, font=font, fill=0)
            chars.append(ch)
            boxes.append((left, top, right - left, bottom - top))
        x += font.getlength(ch)
    return np.asarray(img), Line(chars=chars, boxes=boxes)


def straddled(text: str, font_path: str) -> list[str]:
    """The sensitive words a wide gap splits in ``text``, as the rules judge them."""
    return gapped_words(*draw_line(text, font_path))


def gapped_words(gray: np.ndarray, line: Line) -> list[str]:
    """The sensitive words a wide gap splits in ``line`` drawn on ``gray``."""
    rs = inspector.Inspector().rules
    sensitive = rules._sensitive_gapped(rs)
    found = []
    for run in spacing.split_words(gray, [line]):
        folded = rules.fold_in_place(run.text)
        found += [folded[a:b] for a, b in rules._gapped_words(sensitive, folded)]
    return found


@pytest.mark.parametrize("font_path", FONTS)
def test_a_space_inside_a_short_word_is_found(font_path: str) -> None:
    assert straddled("平台已委托律师准备起 诉材料，请尽快处理", font_path) == ["起 诉"]
    assert straddled("届时将冻 结你名下所有银行卡", font_path) == ["冻 结"]


@pytest.mark.parametrize("font_path", FONTS)
def test_a_space_between_words_is_not_the_dodge(font_path: str) -> None:
    # The gap is measured (in Noto Sans; other fonts may merge 电话 into one
    # cell), but it does not fall inside a sensitive word.
    gray, line = draw_line("承办律师 电话见背面联系人", FONTS[0])
    assert [r.text for r in spacing.split_words(gray, [line])] == ["办律师 电话见"]
    assert straddled("承办律师 电话见背面联系人", font_path) == []
    # Set solid, nothing is pulled apart.
    assert straddled("平台已委托律师准备起诉材料，请尽快处理", font_path) == []


@pytest.mark.parametrize("font_path", FONTS)
def test_an_evenly_spaced_line_has_no_single_wide_gap(font_path: str) -> None:
    # A heading set out letter by letter: every gap is wide, so none stands out.
    assert straddled("法 院 传 票 通 知", font_path) == []
    gray, line = draw_line("法 院 传 票 通 知", font_path)
    runs = spacing.spaced_runs(gray, [line])
    assert [r.text for r in runs] == ["法院传票通知"]


@pytest.mark.parametrize("font_path", FONTS)
def test_ocr_junk_at_a_lines_end_does_not_hide_the_gap(font_path: str) -> None:
    # OCR reads a chat bubble's tail or a closing mark as "=Ho" (bench/dev_screens/ds_18):
    # three characters with no cell of their own, which used to make the line's characters
    # and cells disagree too much to pair, and the gap in 冻 结 went unseen.
    gray, line = draw_line("你名下的卡会被冻 结", font_path)
    noisy = Line(chars=line.chars + list("=Ho"), boxes=line.boxes + [None, None, None])
    assert gapped_words(gray, noisy) == ["冻 结"]


def test_alignment_pairs_only_between_the_first_and_last_chinese_character() -> None:
    # Leading and trailing non-Chinese characters and non-square cells are left out.
    assert spacing._align(list("<<会被冻结=Ho"), [False, True, True, True, True, False]) == {2: 1, 3: 2, 4: 3, 5: 4}
    # Inside the stretch, disagreement still counts: digits where cells are square.
    assert spacing._align(list("会12345678结"), [True] * 10) == {}
