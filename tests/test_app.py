"""The web page, run headless with Streamlit's AppTest (no browser).

The result-view tests use real Tesseract on bundled fixtures, so they take a few
seconds each; timeouts are generous because CI machines are small.
"""
from __future__ import annotations

import io
import json
import sys
import tomllib
from pathlib import Path

import pytest
from PIL import Image

pytest.importorskip("streamlit")
from streamlit.testing.v1 import AppTest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
FIXTURES = ROOT / "fixtures"
# A forged court summons with no seal: one of the fixtures the core reads fully,
# so the page has several findings to lay out.
SAMPLE = "summons_forged_noseal_scan.jpg"
# Inspection runs real Tesseract: seconds here, more on a busy CI machine.
INSPECT_TIMEOUT = 180

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def fresh_app() -> AppTest:
    return AppTest.from_file(APP, default_timeout=60)


def page_text(at: AppTest) -> str:
    """Everything the page says in markdown, captions, alerts and headings, as one string."""
    parts: list[str] = []
    for seq in (at.title, at.header, at.subheader, at.markdown, at.caption, at.error, at.warning,
                at.info, at.success):
        parts.extend(str(el.value) for el in seq)
    return "\n".join(parts)


def expected_markers(image: str) -> list[str]:
    side = json.loads((FIXTURES / image).with_suffix(".json").read_text(encoding="utf-8"))
    return list(side["expect"])


def png_bytes() -> bytes:
    """A tiny valid PNG (blank paper): decodes fine, has nothing to read."""
    buf = io.BytesIO()
    Image.new("RGB", (200, 120), "white").save(buf, format="PNG")
    return buf.getvalue()


# --------------------------------------------------------------------------- page


def test_page_renders_in_chinese_by_default() -> None:
    at = fresh_app().run()
    assert not at.exception
    assert not at.error
    assert "催收材料" in at.title[0].value
    assert at.radio(key="lang").value == "zh"
    text = page_text(at)
    assert "12368" in text  # the guidance is on the page before any upload
    assert "不是法律意见" in text
    assert "不写入磁盘" in text and "20 MB" in text  # privacy note quotes the configured limit


def test_language_switch_changes_the_page() -> None:
    at = fresh_app().run()
    zh_title = at.title[0].value
    at.radio(key="lang").set_value("en").run()
    assert not at.exception
    assert at.title[0].value != zh_title
    assert "debt-collection" in at.title[0].value
    text = page_text(at)
    assert "What can I do?" in text
    assert "not legal advice" in text
    assert "催收材料是真的吗" not in text
    # and back again
    at.radio(key="lang").set_value("zh").run()
    assert "催收材料" in at.title[0].value


def test_link_can_ask_for_english() -> None:
    at = fresh_app()
    at.query_params["lang"] = "en"
    at.run()
    assert not at.exception
    assert "debt-collection" in at.title[0].value


def test_sample_picker_lists_bundled_fixtures() -> None:
    at = fresh_app().run()
    picker = at.selectbox(key="sample")
    images = [p for p in FIXTURES.iterdir() if p.suffix.lower() in (".png", ".jpg", ".jpeg")]
    assert len(picker.options) == len(images) > 0
    assert len(set(picker.options)) == len(picker.options)  # labels a person can tell apart
    assert any(o.startswith("伪造或恐吓的例子") for o in picker.options)
    assert picker.value is None  # nothing is inspected until the person chooses


# --------------------------------------------------------------------------- results


@pytest.mark.skipif(not (FIXTURES / SAMPLE).is_file(), reason=f"fixture {SAMPLE} is not bundled")
def test_sample_picker_renders_a_report() -> None:
    at = fresh_app().run()
    at.selectbox(key="sample").set_value(SAMPLE).run(timeout=INSPECT_TIMEOUT)
    assert not at.exception
    # The only red box is the verdict itself (a forged paper is shown in red).
    assert len(at.error) == 1 and at.error[0].value.startswith("#### 看起来是伪造的"), [e.value for e in at.error]
    text = page_text(at)
    n = len(expected_markers(SAMPLE))
    assert "看起来是伪造的" in text and "个警示信号" in text, f"no verdict among {n} expected markers"
    for marker in expected_markers(SAMPLE):
        assert f"`{marker}`" in text, f"{marker} not listed on the page"
    assert "为什么要注意" in text and "真实情况" in text
    assert "读到的全部文字" in text
    assert len(at.image) >= 1  # the annotated picture
    assert len(at.get("download_button")) == 2  # JSON and HTML

    # Switching language reuses the cached report: same markers, English words.
    at.radio(key="lang").set_value("en").run(timeout=60)
    assert not at.exception
    text = page_text(at)
    assert "This looks forged" in text
    assert "Why it matters" in text
    for marker in expected_markers(SAMPLE):
        assert f"`{marker}`" in text


@pytest.mark.skipif(not (FIXTURES / SAMPLE).is_file(), reason=f"fixture {SAMPLE} is not bundled")
def test_upload_renders_a_report() -> None:
    at = fresh_app().run()
    data = (FIXTURES / SAMPLE).read_bytes()
    at.file_uploader(key="uploads").set_value(("letter.jpg", data, "image/jpeg")).run(timeout=INSPECT_TIMEOUT)
    assert not at.exception
    text = page_text(at)
    assert "看起来是伪造的" in text
    for marker in expected_markers(SAMPLE):
        assert f"`{marker}`" in text


def test_camera_is_behind_a_toggle() -> None:
    at = fresh_app().run()
    assert len(at.get("camera_input")) == 0  # no camera prompt unless asked for
    at.toggle(key="use_camera").set_value(True).run()
    assert not at.exception
    assert len(at.get("camera_input")) == 1


def test_several_uploads_each_get_a_result() -> None:
    at = fresh_app().run()
    at.file_uploader(key="uploads").set_value([
        ("broken.png", b"not a picture", "image/png"),
        ("blank.png", png_bytes(), "image/png"),
    ]).run(timeout=INSPECT_TIMEOUT)
    assert not at.exception
    headings = [h.value for h in at.subheader]
    assert any("broken" in h for h in headings) and any("blank" in h for h in headings)
    assert len(at.error) == 1 and "broken.png" in at.error[0].value  # one bad file does not hide the other
    assert "没有发现已知的警示信号" in page_text(at)


def test_unreadable_upload_gives_a_friendly_error() -> None:
    at = fresh_app().run()
    at.file_uploader(key="uploads").set_value(("letter.png", b"this is not a picture", "image/png")).run()
    assert not at.exception
    assert len(at.error) == 1
    message = at.error[0].value
    assert "letter.png" in message and "无法读取" in message
    assert "Traceback" not in message


def test_blank_picture_says_nothing_was_found(tmp_path: Path) -> None:
    at = fresh_app().run()
    at.file_uploader(key="uploads").set_value(("blank.png", png_bytes(), "image/png")).run(timeout=INSPECT_TIMEOUT)
    assert not at.exception
    assert not at.error
    text = page_text(at)
    assert "没有发现已知的警示信号" in text
    assert "不能证明它是真的" in text  # never a clean bill of health
    assert "说明不了任何事" in text  # missing metadata proves nothing


def test_missing_tesseract_is_a_friendly_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import streamlit as st

    from inspector.api import Inspector
    from inspector.errors import MissingDependencyError

    def no_tesseract(self: Inspector) -> None:
        raise MissingDependencyError(
            "Tesseract OCR is not installed. Install it with: apt-get install -y tesseract-ocr tesseract-ocr-chi-sim"
        )

    st.cache_resource.clear()  # the server-wide Inspector of earlier tests must not hide the failure
    monkeypatch.setattr(Inspector, "check", no_tesseract)
    try:
        at = fresh_app().run()
        at.file_uploader(key="uploads").set_value(("a.png", png_bytes(), "image/png")).run()
        assert not at.exception
        assert len(at.error) == 1
        assert "tesseract-ocr" in at.error[0].value
        assert "管理员" in at.error[0].value
    finally:
        st.cache_resource.clear()


def test_a_bug_in_the_core_shows_a_sentence_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from inspector.api import Inspector

    letter_text = "".join(["OCR text ", "of the letter"])  # not a literal: tracebacks quote source lines

    def crash(self: Inspector, loaded: object) -> None:
        raise RuntimeError(letter_text)

    monkeypatch.setattr(Inspector, "inspect", crash)
    caplog.set_level("DEBUG")
    at = fresh_app().run()
    at.file_uploader(key="uploads").set_value(("crash.png", png_bytes(), "image/png")).run()
    assert not at.exception
    assert len(at.error) == 1 and "不是你的错" in at.error[0].value
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "RuntimeError" in logged  # the operator learns something broke...
    assert letter_text not in logged  # ...but not what the letter said


# --------------------------------------------------------------------------- privacy


def test_streamlit_config_keeps_the_privacy_promise() -> None:
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["browser"]["gatherUsageStats"] is False
    assert config["server"]["maxUploadSize"] == 20
    assert config["server"]["headless"] is True
    # Never loosened: these must stay at Streamlit's safe defaults.
    assert config["server"].get("enableCORS", True) is True
    assert config["server"].get("enableXsrfProtection", True) is True


def test_nothing_about_an_upload_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")
    at = fresh_app().run()
    at.file_uploader(key="uploads").set_value([
        ("secret-name.png", b"not a picture", "image/png"),
        ("other-secret.png", png_bytes(), "image/png"),
    ]).run(timeout=INSPECT_TIMEOUT)
    assert not at.exception
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "secret" not in logged


def test_inspecting_an_upload_writes_no_file(watch_writes) -> None:
    """The page promises that an upload is never written to disk: watch every file opened for writing."""
    at = fresh_app().run()
    data = (FIXTURES / SAMPLE).read_bytes() if (FIXTURES / SAMPLE).is_file() else png_bytes()
    with watch_writes() as written:
        at.file_uploader(key="uploads").set_value(("private.jpg", data, "image/jpeg")).run(timeout=INSPECT_TIMEOUT)
    assert not at.exception
    assert written == []


# --------------------------------------------------------------------------- helpers


def test_text_panel_escapes_html_and_marks_phrases() -> None:
    import app
    from inspector.model import Evidence, Finding

    finding = Finding(marker="lawsuit.threat", severity="high", title="t", explanation="e", truth="r",
                      evidence=(Evidence(text="已 立 案"),))
    out = app.highlighted_html("<script>alert(1)</script>\n你已立案，明天开庭", (finding,))
    assert "<script>" not in out
    assert "&lt;script&gt;" in out
    assert "<mark" in out and "已立案" in out and "<sup><b>1</b></sup>" in out


def test_markdown_escape_neutralises_links_and_emphasis() -> None:
    import app

    out = app.md("[click](javascript:alert(1)) **bold** $x$")
    assert "](" not in out.replace("\\]\\(", "")
    assert "\\*\\*bold\\*\\*" in out
    assert "\\$x\\$" in out


@pytest.mark.skipif(not (FIXTURES / "other_bank_balance_letter.jpg").is_file(), reason="fixture not bundled")
def test_lawful_reading_is_explained_on_the_page() -> None:
    # A bank's balance certificate: nothing fires, and the page says the wording read as lawful.
    at = fresh_app().run()
    data = (FIXTURES / "other_bank_balance_letter.jpg").read_bytes()
    at.file_uploader(key="uploads").set_value(("bank.jpg", data, "image/jpeg")).run(timeout=INSPECT_TIMEOUT)
    assert not at.exception
    text = page_text(at)
    assert "没有发现已知的警示信号" in text
    assert "整篇读起来像合法的通知或讨论" in text
