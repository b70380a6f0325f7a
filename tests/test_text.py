"""Normalisation: widths, traditional forms, gaps closed, positions kept."""
from __future__ import annotations

import pytest

from inspector.model import Word
from inspector.text import TextDoc, lines_from_words, normalise, spaced_runs_in_text


@pytest.mark.parametrize(
    "raw, norm",
    [
        ("法 院 传 票", "法院传票"),
        ("律*师*函", "律师函"),
        ("冻-结 银 行 卡", "冻结银行卡"),
        ("起\u200b诉", "起诉"),
        ("（２０２４）京０１０５执１２３４号", "(2024)京0105执1234号"),
        ("請於48小時內聯繫", "请于48小时内联系"),
        ("call 170 1234 5678 now", "call 170 1234 5678 now"),
        ("京 0105 执", "京0105执"),
        ("ＰＨＯＴＯＳＨＯＰ", "photoshop"),
    ],
)
def test_normalise(raw: str, norm: str) -> None:
    assert normalise(raw) == norm


def test_norm_maps_back_to_raw_and_boxes() -> None:
    words = [Word("法", (0, 0, 20, 20), 90, (1, 1, 1)), Word("院", (40, 0, 20, 20), 90, (1, 1, 1)),
             Word("传票", (80, 0, 40, 20), 90, (1, 1, 1))]
    doc = TextDoc(lines_from_words(words))
    i = doc.norm.index("院传")
    assert doc.raw_text(i, i + 2) == "院传"
    assert doc.box_of(i, i + 2) == (40, 0, 60, 20)


def test_wrapped_lines_join_but_paragraphs_do_not() -> None:
    # Two full-width lines (the first wraps), then a short line and a new paragraph.
    def line(text: str, y: int, n: int, x0: int = 0) -> list[Word]:
        return [Word(ch, (x0 + 30 * i, y, 28, 28), 90, (1, 1, n)) for i, ch in enumerate(text)]

    words = line("按剩余本金的百分之二十收", 0, 1) + line("取违约金。", 36, 2) + line("另起一段说明", 120, 3)
    doc = TextDoc(lines_from_words(words))
    assert "收取违约金" in doc.norm
    assert "\n另起一段" in doc.norm


def test_a_slanted_photo_line_that_wraps_is_joined_by_its_length() -> None:
    # Boxes mapped back through a perspective: each line drifts down to the right and
    # its right end falls short of the page's measure, yet it is as long as the others.
    def line(text: str, y: int, n: int, x0: int = 0, step: int = 30, drift: int = 2) -> list[Word]:
        return [Word(ch, (x0 + step * i, y + drift * i, 28, 28), 90, (1, 1, n)) for i, ch in enumerate(text)]

    words = (line("法院传票", -50, 0, x0=200)
             + line("你拖欠平台借款已严重逾期，平台已向法院提", 0, 1, x0=40)
             + line("交起诉材料。", 42, 2)
             + line("请于今天下午五点前还清欠款，否则后果自负。", 100, 3, x0=10, step=33))
    doc = TextDoc(lines_from_words(words))
    assert "法院提交起诉材料" in doc.norm
    assert doc.norm.startswith("法院传票\n")  # a short heading is not a wrapped line


def test_a_chat_bubble_that_wraps_is_joined_within_its_column() -> None:
    # A narrow bubble under a wider one: its full lines run on, its last line is short.
    def line(text: str, y: int, n: int, x0: int) -> list[Word]:
        return [Word(ch, (x0 + 30 * i, y, 28, 28), 90, (1, 1, n)) for i, ch in enumerate(text)]

    words = (line("这是你们公司前台的电话吧？今天中午之前不还，我就直接打", 0, 1, 40)
             + line("贷后管理部小王", 60, 2, 40)
             + line("逾期不处理会上报全网黑名", 110, 3, 60)
             + line("单，以后所有平台都借不到", 146, 4, 60)
             + line("钱。", 182, 5, 60))
    doc = TextDoc(lines_from_words(words))
    assert "全网黑名单,以后所有平台都借不到钱" in doc.norm
    assert "小王\n逾期" in doc.norm  # a short name line is not a wrapped line


def test_spaced_runs_from_typed_text() -> None:
    assert spaced_runs_in_text("您好 我们 是 平台") == []
    assert [("法 院 传 票")] == [("法 院 传 票已"[a:b]) for a, b in spaced_runs_in_text("法 院 传 票已")]
