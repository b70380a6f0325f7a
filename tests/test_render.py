"""render.py: the annotated image, the terminal report and the HTML pages.

Reports here are built by hand, so these tests need no OCR and run in
milliseconds. What they pin down: the input image is never touched, every
string from OCR or a file name is escaped in HTML, the pages load nothing
from the network, and "no markers" is never worded as "genuine".
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

import numpy as np
import pytest

from inspector import render
from inspector.model import Evidence, Finding, Report, Seal

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def finding(marker: str, severity: str = "high", text: str = "立即起诉", box=(40, 60, 120, 30)) -> Finding:
    return Finding(
        marker=marker,
        severity=severity,
        title=f"标题 {marker}",
        explanation=f"为什么 {marker}",
        truth=f"真相 {marker}",
        evidence=(Evidence(text=text, box=box),),
        texts={
            "zh": {"title": f"标题 {marker}", "explanation": f"为什么 {marker}", "truth": f"真相 {marker}"},
            "en": {"title": f"Title {marker}", "explanation": f"Why {marker}", "truth": f"Truth {marker}"},
        },
    )


def report(findings=(), verdict: str | None = None, seals=(), doc_type: str = "lawyer_letter") -> Report:
    if verdict is None:
        verdict = "no_markers" if not findings else ("likely_forged" if len(findings) > 2 else "suspicious")
    return Report(doc_type=doc_type, verdict=verdict, findings=tuple(findings), seals=tuple(seals),
                  text="律师函\n立即起诉", versions={"inspector": "0.test", "tesseract": "5.3.4"})


@pytest.fixture
def image() -> np.ndarray:
    rng = np.random.default_rng(0)
    return rng.integers(200, 255, size=(300, 400, 3), dtype=np.uint8)


# --------------------------------------------------------------------------- verdict wording

@pytest.mark.parametrize(
    "verdict, n, lang, expected",
    [
        ("likely_forged", 4, "en", "This looks forged: 4 warning signs"),
        ("likely_forged", 4, "zh", "看起来是伪造的：4 个警示信号"),
        ("suspicious", 1, "en", "1 warning sign."),
        ("suspicious", 2, "zh", "有可疑之处：2 个警示信号"),
        ("no_markers", 0, "en", "not proof that it is genuine"),
        ("no_markers", 0, "zh", "不能证明它是真的"),
    ],
    ids=lambda v: str(v),
)
def test_verdict_line(verdict: str, n: int, lang: str, expected: str) -> None:
    r = report([finding(f"m.{i}") for i in range(n)], verdict=verdict)
    assert expected in render.verdict_line(r, lang)


def test_unknown_lang_falls_back_to_english() -> None:
    assert "warning" in render.verdict_line(report([finding("a")]), "fr")


# --------------------------------------------------------------------------- annotate

def test_annotate_draws_on_a_copy(image: np.ndarray) -> None:
    before = image.copy()
    r = report([finding("lawsuit.threat", box=(40, 60, 120, 30))], seals=[Seal(box=(250, 150, 100, 100), score=0.9)])
    out = render.annotate(image, r)
    assert np.array_equal(image, before), "the caller's image must not change"
    assert out.shape == image.shape and out.dtype == np.uint8
    assert not np.array_equal(out, image)
    # The evidence box outline and the seal outline are drawn where they belong.
    assert (out[55:100, 30:170] != image[55:100, 30:170]).any()
    assert (out[145:255, 245:355] != image[145:255, 245:355]).any()
    # Far from any box nothing changes.
    assert np.array_equal(out[260:, :200], image[260:, :200])


def test_annotate_survives_odd_boxes(image: np.ndarray) -> None:
    r = report([
        finding("a", box=(-50, -50, 80, 80)),      # partly outside
        finding("b", box=(5000, 5000, 10, 10)),    # wholly outside
        finding("c", box=None),                   # metadata or sender evidence
        finding("d", box=(390, 290, 50, 50)),      # at the corner: label must stay inside
    ])
    out = render.annotate(image, r)
    assert out.shape == image.shape


def test_annotate_accepts_grey_and_dicts(image: np.ndarray) -> None:
    grey = image[:, :, 0].copy()
    r = report([finding("a")])
    out = render.annotate(grey, r.to_dict())
    assert out.shape == (300, 400, 3)


def test_line_thickness_grows_with_the_image() -> None:
    small, _ = render._style((400, 300, 3))
    big, _ = render._style((4000, 3000, 3))
    assert big > small >= 1


# --------------------------------------------------------------------------- text

def test_report_text_lists_each_finding_with_its_why_and_truth() -> None:
    r = report([finding("lawsuit.threat"), finding("seal.missing", "medium", text="律师函")])
    text = render.report_text(r, "zh")
    assert text.startswith("有可疑之处：2 个警示信号")
    assert "文件类型：律师函" in text
    assert "未发现红色印章" in text
    assert "1. [高] 标题 lawsuit.threat  (lawsuit.threat)" in text
    assert "2. [中]" in text
    assert "“立即起诉”" in text and "为什么 lawsuit.threat" in text and "真相 seal.missing" in text


@pytest.mark.parametrize("lang, said", [("zh", "其中 1 个是骑缝章"), ("en", "1 of them a riding seal")])
def test_a_riding_seal_is_named_in_the_summary_and_on_the_image(lang: str, said: str, image: np.ndarray) -> None:
    seals = (Seal(box=(10, 10, 60, 60), score=0.9), Seal(box=(150, 20, 30, 60), score=0.8, cut=True))
    r = report(seals=seals)
    assert said in render.report_text(r, lang)
    assert "骑缝章" not in render.report_text(report(seals=seals[:1]), "zh")
    assert not np.array_equal(render.annotate(image, r), render.annotate(image, report(seals=seals[:1])))


def test_report_text_english_uses_the_english_rule_texts() -> None:
    r = report([finding("lawsuit.threat")], seals=[Seal(box=(0, 0, 9, 9), score=0.8, text="某某科技有限公司")])
    text = render.report_text(r, "en")
    assert "Title lawsuit.threat" in text and "Why lawsuit.threat" in text and "Truth lawsuit.threat" in text
    assert "ring text: '某某科技有限公司'" in text
    assert "[high]" in text


def test_report_text_no_markers_is_not_a_clean_bill() -> None:
    text = render.report_text(report([]), "en")
    assert "No warning signs found" in text and "not proof" in text
    assert "genuine" not in text.split("not proof")[0]


def test_embedded_documents_are_pointers_not_repeats() -> None:
    inner = report([finding("lawsuit.threat"), finding("asset.freeze", "low")], doc_type="court_summons")
    outer = Report(**{**report([finding("lawsuit.threat")]).__dict__, "embedded": (inner,)})
    text = render.report_text(outer, "en")
    assert text.count("Title lawsuit.threat") == 1, "merged findings are listed once"
    assert " - court summons: lawsuit.threat" in text and "asset.freeze" not in text
    page = render.report_html(outer, None, "en")
    assert page.count("Title lawsuit.threat") == 1 and "<li>court summons: lawsuit.threat</li>" in page


def test_report_and_dict_render_the_same() -> None:
    r = report([finding("a"), finding("b", "low")])
    assert render.report_text(r, "en") == render.report_text(r.to_dict(), "en")


# --------------------------------------------------------------------------- HTML

class _Collector(HTMLParser):
    """Collects tags and attribute values, to check what a browser would load or run."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href") and value:
                self.urls.append(value)
            assert not name.startswith("on"), f"event handler attribute {name} in output"


def _parse(page: str) -> _Collector:
    p = _Collector()
    p.feed(page)
    return p


def test_report_html_is_self_contained_and_escaped(image: np.ndarray) -> None:
    r = report([finding("lawsuit.threat", text=XSS)])
    r = Report(**{**r.__dict__, "text": XSS, "metadata": {"software": XSS}})
    page = render.report_html(r, render.annotate(image, r), lang="en", title=XSS)
    parsed = _parse(page)
    assert "script" not in parsed.tags and "<script" not in page.lower()
    assert "&lt;script&gt;" in page
    assert parsed.urls and all(u.startswith("data:image/jpeg;base64,") for u in parsed.urls)
    without_image = re.sub(r"data:image/jpeg;base64,[A-Za-z0-9+/=]+", "", page)
    assert not re.search(r"https?:|//[a-z]", without_image, re.I), "no external URLs"
    assert "Content-Security-Policy" in page
    assert "Why lawsuit.threat" in page and "Truth lawsuit.threat" in page


def test_report_html_without_image() -> None:
    page = render.report_html(report([]), None, lang="zh")
    assert "<img" not in page and "不能证明它是真的" in page


def _rows() -> list[dict]:
    forged = report([finding("lawsuit.threat"), finding("seal.missing", "medium")])
    forged2 = report([finding("lawsuit.threat")])
    clean = report([])
    return [
        {"file": "a/forged 1#.jpg", "ok": True, "error": None, "report": forged.to_dict(), "annotated": "annotated/a__forged_1_.jpg-1.jpg"},
        {"file": "b.png", "ok": True, "error": None, "report": forged2.to_dict(), "annotated": "annotated/b.png-2.jpg"},
        {"file": "clean.png", "ok": True, "error": None, "report": clean.to_dict(), "annotated": "annotated/clean.png-3.jpg"},
        {"file": XSS + ".jpg", "ok": False, "error": "the file is empty (0 bytes) " + XSS, "report": None, "annotated": None},
    ]


def test_batch_html_summary_thumbnails_and_errors() -> None:
    page = render.batch_html(_rows(), lang="en")
    parsed = _parse(page)
    assert "script" not in parsed.tags
    # Summary counts per marker: lawsuit.threat on two images, seal.missing on one.
    assert re.search(r"<code>lawsuit\.threat</code></td><td>2</td>", page)
    assert re.search(r"<code>seal\.missing</code></td><td>1</td>", page)
    assert "unreadable: 1" in page
    # Thumbnails are relative links, percent-encoded where a file name needs it.
    assert "annotated/a__forged_1_.jpg-1.jpg" in parsed.urls
    assert all(not re.match(r"[a-z]+:", u) for u in parsed.urls), "offline: relative links only"
    assert "the file is empty (0 bytes)" in page
    assert "Why seal.missing" in page


def test_batch_html_quotes_link_characters() -> None:
    rows = [{"file": "x", "ok": True, "report": report([]).to_dict(), "annotated": 'annotated/a b#"c.jpg'}]
    parsed = _parse(render.batch_html(rows, "zh"))
    assert "annotated/a%20b%23%22c.jpg" in parsed.urls


def test_batch_html_empty() -> None:
    assert "没有找到图片" in render.batch_html([], "zh")


def test_encode_jpeg_shrinks_large_images() -> None:
    import cv2

    big = np.zeros((3000, 1000, 3), np.uint8)
    data = render.encode_jpeg(big, max_side=600)
    decoded = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    assert decoded.shape[:2] == (600, 200)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_reports_say_when_the_lawful_reading_silenced_wording(lang: str) -> None:
    quiet = Report(doc_type="sms_message", verdict="no_markers", findings=(), seals=(), text="…",
                   lawful_contexts=("official_sender", "reads_lawful"), lawful_reading=0.93,
                   lawful_cues=("官方", "客服热线", "如有疑问"))
    text = render.report_text(quiet, lang)
    assert "官方" in text and "客服热线" in text
    html = render.report_html(quiet, None, lang=lang)
    assert 'class="lawful-reading"' in html and "客服热线" in html
    # Without the lawful reading (or without cues to show) nothing is said about it.
    plain = Report(doc_type="sms_message", verdict="no_markers", findings=(), seals=(), text="…",
                   lawful_contexts=("official_sender",), lawful_reading=0.2)
    assert "客服热线" not in render.report_text(plain, lang)
    assert 'class="lawful-reading"' not in render.report_html(plain, None, lang=lang)
