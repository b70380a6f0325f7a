"""The web page: upload a picture of a collection paper and understand it.

Run with ``streamlit run app.py``. A thin page over the public API
(``inspector.api.Inspector``) and ``inspector.render``: everything it shows is
in the ``Report``; this file only lays it out for a frightened, non-technical
reader, often on a phone.

Privacy is part of the design, not a setting: uploads are read with
``getvalue()`` into bytes and handed to ``load_image``; nothing here writes a
file, and nothing about an upload (name, content, text read) is logged. Results
are cached in the session's memory, keyed by the content's hash, so a rerun
(switching language, pressing a button) does not inspect again.
"""
from __future__ import annotations

import functools
import hashlib
import html
import json
import logging
import re
import traceback
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
import streamlit as st

from inspector import render
from inspector.api import Inspector
from inspector.errors import BadImageError, ImageTooLargeError, InspectorError, MissingDependencyError
from inspector.i18n import (
    COURT_DOC_TYPES,
    DEFAULT_LANG,
    DOC_TYPES,
    EVIDENCE_SOURCES,
    ISSUER_KINDS,
    LANG_NAMES,
    LANGS,
    METADATA_KEYS,
    OFFICIAL_DOC_TYPES,
    SEAL_CENTERS,
    SEVERITIES,
    SOURCE_KINDS,
    has_key,
    label,
    norm_lang,
    t,
    verdict_text,
)
from inspector.imageio import load_image
from inspector.model import Evidence, Finding, Report, Seal

APP_DIR = Path(__file__).resolve().parent
FIXTURES_DIR = APP_DIR / "fixtures"
SAMPLE_SUFFIXES = (".png", ".jpg", ".jpeg")
UPLOAD_TYPES = ["jpg", "jpeg", "png", "webp", "heic", "heif"]

# Per-session result cache size: what a person is plausibly comparing.
MAX_CACHED_RESULTS = 6
# Longest side of the annotated image kept and sent to the browser (as JPEG):
# enough to read boxes and numbers when zoomed on a phone. The full decoded
# image is dropped after inspection: for a 12 MP photo a cached result was
# ~108 MB (image plus two annotated copies) when it was kept, ~12 MB now.
DISPLAY_MAX_SIDE = 1600
SEAL_CROP_WIDTH = 260

SEVERITY_COLORS = {"high": "red", "medium": "orange", "low": "gray"}

# Looked at on a 400 px phone: Streamlit's default top padding pushed the page
# down by a fifth of the screen and the title wrapped in 3rem letters. On a
# desktop the wide layout is capped so lines of text stay readable.
PAGE_CSS = """
<style>
[data-testid="stMainBlockContainer"] { padding-top: 2.2rem; max-width: 74rem; }
@media (min-width: 641px) {
  /* The picture stays in view while the reader scrolls through the cards beside it. */
  /* Streamlit wraps the keyed container in a wrapper of the same height, so
     the wrapper is what must stick inside the (tall) column. */
  [data-testid="stLayoutWrapper"]:has(> [class*="st-key-pic-"]) { position: sticky; top: 3.5rem; z-index: 1; }
  /* A sticky block taller than the window could never be seen whole: fit the
     picture (a phone screenshot is very tall) to the window's height. */
  [class*="st-key-pic-"] img { max-height: calc(100vh - 9rem); width: auto !important; max-width: 100%; object-fit: contain; }
}
@media (max-width: 640px) {
  [data-testid="stMainBlockContainer"] { padding-top: 1rem; padding-left: .8rem; padding-right: .8rem; }
  /* A phone screenshot shown at full width was three screens tall before the
     first warning sign; fit it to one screen (the cards quote the words). */
  [class*="st-key-pic-"] img { max-height: 80vh; width: auto !important; max-width: 100%; object-fit: contain; margin: auto; }
  h1 { font-size: 1.7rem !important; }
  h3 { font-size: 1.25rem !important; }
}
</style>
"""

# Logged without names, content or exception messages: messages can quote OCR text.
log = logging.getLogger("inspector.app")


# --------------------------------------------------------------------------- state


@dataclass
class Result:
    """What one input produced: a report with its image, or a message saying why not."""

    name: str
    report: Report | None = None
    error: str | None = None
    # Made once at inspection time, so reruns (language switch, downloads)
    # never need the full-size image again.
    annotated: dict[str, np.ndarray] = field(default_factory=dict)  # lang -> shrunk BGR
    seal_crops: list[np.ndarray] = field(default_factory=list)


@dataclass(frozen=True)
class Item:
    """One picture to inspect: where it came from, its bytes and their hash."""

    name: str
    data: bytes
    key: str


def make_item(name: str, data: bytes) -> Item:
    return Item(name=name, data=data, key=hashlib.sha256(data).hexdigest()[:16])


@st.cache_resource(show_spinner=False)
def get_inspector() -> Inspector:
    """One Inspector (OCR engine, seal detector, rules) per server process.

    ``check()`` raises MissingDependencyError when Tesseract is missing; the
    exception is not cached, so installing Tesseract and reloading works.
    """
    inspector = Inspector()
    inspector.check()
    return inspector


def results_cache() -> dict[str, Result]:
    return st.session_state.setdefault("results", {})


def remember(key: str, result: Result, keep: set[str]) -> None:
    """Store a result, dropping the oldest ones that are no longer on screen."""
    cache = results_cache()
    cache[key] = result
    for old in list(cache):
        if len(cache) <= MAX_CACHED_RESULTS:
            break
        if old not in keep:
            del cache[old]


# --------------------------------------------------------------------------- helpers

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md(text: str) -> str:
    """Escape text from the picture (OCR, file names, metadata) for st.markdown.

    Untrusted text must never become links, emphasis, HTML or LaTeX.
    """
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def friendly_error(exc: InspectorError, name: str, lang: str) -> str:
    """The error shown to the person: a plain sentence in their language plus the core's own message."""
    core = str(exc)
    if lang != "zh":
        return core
    if isinstance(exc, MissingDependencyError):
        lead = "服务器上缺少文字识别程序或中文语言包，暂时无法检查。请让管理员安装："
    elif isinstance(exc, ImageTooLargeError):
        lead = f"「{name}」太大，无法检查。请发送普通的手机照片或截图。"
    elif isinstance(exc, BadImageError):
        lead = f"「{name}」无法读取：可能不是图片，或者文件不完整。请发送 JPEG、PNG、WebP 或 HEIC 图片。"
    else:
        lead = f"检查「{name}」时出了问题。"
    return f"{lead}\n\n{core}"


def log_bug(exc: BaseException) -> None:
    """Record an unexpected failure for the operator without any of the person's data."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    log.error("unexpected %s while inspecting an upload\n%s", type(exc).__name__, frames)


def inspect_item(item: Item, lang: str) -> Result:
    """Decode and inspect one picture in memory; every failure becomes a message."""
    try:
        inspector = get_inspector()
        loaded = load_image(item.data, name=item.name)
        report = inspector.inspect(loaded)
        return Result(
            name=item.name,
            report=report,
            annotated={lg: shrink(render.annotate(loaded.bgr, report, lg), DISPLAY_MAX_SIDE) for lg in LANGS},
            seal_crops=[seal_crop(loaded.bgr, seal) for seal in report.seals],
        )
    except MissingDependencyError:
        raise  # a server problem, not this picture's: shown once, and not cached
    except InspectorError as exc:
        return Result(name=item.name, error=friendly_error(exc, item.name, lang))
    except Exception as exc:  # a bug: the person still gets a sentence, not a traceback
        log_bug(exc)
        return Result(name=item.name, error=t("error_generic", lang, name=item.name))


def annotated_image(result: Result, lang: str) -> np.ndarray:
    """The annotated picture for ``lang`` (made for every language at inspection time)."""
    return result.annotated[norm_lang(lang)]


def shrink(bgr: np.ndarray, max_side: int) -> np.ndarray:
    h, w = bgr.shape[:2]
    if max(h, w) <= max_side:
        return bgr
    f = max_side / max(h, w)
    return cv2.resize(bgr, (max(1, round(w * f)), max(1, round(h * f))), interpolation=cv2.INTER_AREA)


def seal_crop(bgr: np.ndarray, seal: Seal) -> np.ndarray:
    """The seal with a little margin, scaled to a readable size."""
    x, y, w, h = seal.box
    m = int(0.12 * max(w, h))
    H, W = bgr.shape[:2]
    x0, y0, x1, y1 = max(0, x - m), max(0, y - m), min(W, x + w + m), min(H, y + h + m)
    crop = bgr[y0:y1, x0:x1]
    if crop.size == 0:
        return bgr[:1, :1]
    f = SEAL_CROP_WIDTH / crop.shape[1]
    interp = cv2.INTER_CUBIC if f > 1 else cv2.INTER_AREA
    return cv2.resize(crop, (SEAL_CROP_WIDTH, max(1, round(crop.shape[0] * f))), interpolation=interp)


def safe_stem(name: str) -> str:
    stem = Path(name).stem or "report"
    return re.sub(r"[^\w\-]+", "_", stem)[:60] or "report"


# --------------------------------------------------------------------------- highlighting


def highlight_spans(text: str, findings: tuple[Finding, ...]) -> list[tuple[int, int, int]]:
    """(start, end, finding number) of each flagged phrase in ``text``.

    Evidence may differ from the text in whitespace (Tesseract drops spaces
    between Chinese characters; ``text.spaced`` evidence keeps them), so the
    search runs on the text with whitespace removed and maps back.
    """
    keep = [i for i, ch in enumerate(text) if not ch.isspace()]
    compact = "".join(text[i] for i in keep)
    spans: list[tuple[int, int, int]] = []
    for n, finding in enumerate(findings, start=1):
        for ev in finding.evidence:
            if ev.source != "text" and not (ev.source == "layout" and finding.marker == "text.spaced"):
                continue
            needle = "".join(ev.text.split())
            if len(needle) < 2:
                continue
            start = compact.find(needle)
            while start >= 0:
                end = start + len(needle)
                spans.append((keep[start], keep[end - 1] + 1, n))
                start = compact.find(needle, end)
    # Overlapping phrases: the earlier (then longer) one wins, the rest are dropped.
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out: list[tuple[int, int, int]] = []
    for s in spans:
        if not out or s[0] >= out[-1][1]:
            out.append(s)
    return out


def highlighted_html(text: str, findings: tuple[Finding, ...]) -> str:
    """The text read, HTML-escaped, with flagged phrases marked and numbered."""
    parts: list[str] = []
    pos = 0
    for start, end, n in highlight_spans(text, findings):
        parts.append(html.escape(text[pos:start]))
        parts.append(
            '<mark style="background:#ffe082;padding:0 .1em;border-radius:.2em">'
            f"{html.escape(text[start:end])}<sup><b>{n}</b></sup></mark>"
        )
        pos = end
    parts.append(html.escape(text[pos:]))
    body = "".join(parts)
    return (
        '<div style="white-space:pre-wrap;word-break:break-word;line-height:1.7;font-size:1rem;'
        'background:#fafafa;border:1px solid #ddd;border-radius:.4rem;padding:.7rem .9rem;'
        f'max-height:28rem;overflow-y:auto">{body}</div>'
    )


# --------------------------------------------------------------------------- views


def show_verdict(report: Report, key: str, lang: str) -> None:
    headline = verdict_text(report.verdict, len(report.findings), lang)
    note = t(f"verdict_note_{report.verdict}", lang)
    box = {"likely_forged": st.error, "suspicious": st.warning}.get(report.verdict, st.info)
    # Material icons ship with Streamlit; emoji depend on the reader's fonts
    # (they showed as empty boxes in Debian's Chromium).
    icon = {"likely_forged": ":material/gpp_bad:", "suspicious": ":material/warning:"}.get(
        report.verdict, ":material/info:")
    with st.container(key=f"verdict-{key}"):
        box(f"#### {headline}\n\n{note}", icon=icon)
    if "reads_lawful" in report.lawful_contexts and report.lawful_cues:
        sep = "”、“" if lang == "zh" else "”, “"
        st.caption(t("lawful_reading_note", lang, cues=sep.join(md(c) for c in report.lawful_cues[:3])))
    line = t("doc_type", lang, doc=label(DOC_TYPES, report.doc_type, lang))
    if report.sender:
        line += " · " + t("sender", lang, sender=md(report.sender))
    st.markdown(line)


def evidence_line(ev: Evidence, marker: str, lang: str) -> str:
    """How one piece of evidence is shown on a card.

    Text, seal, sender and metadata evidence quote what was read. Layout
    evidence is a quote only for spaced-out words; for absences (no seal, no
    case number) the engine's note is English prose, so the card says in the
    reader's language what was looked for instead.
    """
    if ev.source == "layout" and marker != "text.spaced":
        return t(f"absent_{marker}", lang) if has_key(f"absent_{marker}") else ""
    if ev.source == "seal" and (not ev.text.strip() or ev.text == "seal"):
        return t("seal_unread_short", lang)
    if not ev.text.strip():
        return ""
    quote = f"「{md(ev.text)}」"
    src = label(EVIDENCE_SOURCES, ev.source, lang) if ev.source != "text" else ""
    return f"{quote} *{src}*" if src else quote


def finding_texts(finding: Finding, lang: str) -> dict[str, str]:
    """Title, explanation, truth and detail in the reader's language (the report carries both)."""
    return finding.in_lang(lang)


def show_finding(n: int, finding: Finding, key: str, lang: str) -> None:
    texts = finding_texts(finding, lang)
    sev = label(SEVERITIES, finding.severity, lang)
    color = SEVERITY_COLORS.get(finding.severity, "gray")
    with st.container(border=True, key=f"finding-{key}-{n}"):
        st.markdown(f"##### {n}. {texts['title']} :{color}-badge[{sev}]")
        quotes = [q for q in (evidence_line(ev, finding.marker, lang) for ev in finding.evidence) if q]
        quotes = list(dict.fromkeys(quotes))  # same phrase found twice: say it once
        trigger = "  \n".join(quotes) if quotes else t("no_trigger_text", lang)
        st.markdown(f"**{t('finding_trigger', lang)}**  \n{trigger}")
        # What exactly did or did not match (e.g. which seal, which number), in the reader's language.
        if texts.get("detail"):
            st.markdown(f"**{t('finding_detail', lang)}**: {md(texts['detail'])}")
        if texts.get("explanation"):
            st.markdown(f"**{t('finding_why', lang)}**  \n{texts['explanation']}")
        if texts.get("truth"):
            st.success(f"**{t('finding_truth', lang)}**  \n{texts['truth']}")
        st.caption(f"`{finding.marker}`")


def seal_meaning(seal: Seal, doc_type: str, lang: str) -> str:
    """What a seal means for this paper, from markers.md's facts only."""
    if seal.center == "star" and doc_type in COURT_DOC_TYPES:
        return t("seal_means_star_on_court", lang)
    if seal.issuer_kind == "company" and doc_type in OFFICIAL_DOC_TYPES:
        return t("seal_means_company_on_official", lang)
    if seal.issuer_kind == "court":
        return t("seal_means_court", lang)
    if seal.issuer_kind == "law_firm":
        return t("seal_means_law_firm", lang)
    return t("seal_means_generic", lang)


def show_seals(result: Result, key: str, lang: str) -> None:
    report = result.report
    assert report is not None
    if not report.seals and report.doc_type == "sms_message":
        return  # nobody expects a seal on a text message
    st.subheader(t("seals_heading", lang))
    if not report.seals:
        msg = "seal_none_official" if report.doc_type in OFFICIAL_DOC_TYPES else "seal_none_other"
        st.warning(t(msg, lang))
        return
    for n, (seal, crop) in enumerate(zip(report.seals, result.seal_crops), start=1):
        with st.container(border=True, key=f"seal-{key}-{n}"):
            st.markdown(f"**{t('seal_n', lang, n=n)}**")
            # A horizontal container rather than columns: the crop keeps its own
            # width and the text takes the rest (columns left a wide gap on a
            # desktop); on a phone the text wraps below the crop.
            row = st.container(horizontal=True, gap="medium")
            row.image(crop, channels="BGR", width=SEAL_CROP_WIDTH)
            right = row.container(width="stretch")
            lines = []
            if seal.text:
                lines.append(f"**{t('seal_read', lang)}**：「{md(seal.text)}」" if lang == "zh"
                             else f"**{t('seal_read', lang)}**: “{md(seal.text)}”")
            else:
                lines.append(t("seal_unread", lang))
            colon = "：" if lang == "zh" else ": "
            if seal.issuer_kind:
                lines.append(f"**{t('seal_issuer', lang)}**{colon}{label(ISSUER_KINDS, seal.issuer_kind, lang)}")
            if seal.center:
                lines.append(f"**{t('seal_center', lang)}**{colon}{label(SEAL_CENTERS, seal.center, lang)}")
            if seal.hints:
                lines.append(f"**{t('seal_hints', lang)}**{colon}" + ", ".join(md(h) for h in seal.hints))
            lines.append(f"**{t('seal_meaning', lang)}**{colon}{seal_meaning(seal, report.doc_type, lang)}")
            right.markdown("  \n".join(lines))


def show_metadata(report: Report, lang: str) -> None:
    st.subheader(t("meta_heading", lang))
    if not report.metadata:
        st.markdown(t("meta_none", lang))
    else:
        colon = "：" if lang == "zh" else ": "
        rows = [f"- **{label(METADATA_KEYS, k, lang)}**{colon}{md(v)}" for k, v in report.metadata.items()]
        st.markdown("\n".join(rows))
    st.caption(t("meta_note", lang))


def show_downloads(result: Result, key: str, lang: str) -> None:
    report = result.report
    assert report is not None
    stem = safe_stem(result.name)
    json_bytes = json.dumps(report.to_dict(), ensure_ascii=False, indent=2).encode("utf-8")

    # The HTML page embeds the annotated image; build it only when asked for.
    def html_page() -> bytes:
        title = t("html_title", lang, name=result.name)
        return render.report_html(report, annotated_image(result, lang), lang, title).encode("utf-8")

    a, b = st.columns(2)
    a.download_button(
        t("download_json", lang), json_bytes, file_name=f"{stem}-report.json",
        mime="application/json", key=f"dl-json-{key}-{lang}", on_click="ignore", width="stretch",
    )
    b.download_button(
        t("download_html", lang), html_page, file_name=f"{stem}-report.html",
        mime="text/html", key=f"dl-html-{key}-{lang}", on_click="ignore", width="stretch",
    )


def show_embedded(report: Report, lang: str) -> None:
    for sub in report.embedded:
        with st.expander(f"{t('embedded_heading', lang)}: {label(DOC_TYPES, sub.doc_type, lang)}"):
            st.markdown(verdict_text(sub.verdict, len(sub.findings), lang))
            # Bullets, not numbers: the numbers on the picture belong to the main list.
            st.markdown("\n".join(f"- {finding_texts(f, lang)['title']} (`{f.marker}`)" for f in sub.findings))


def show_result(result: Result, key: str, lang: str, many: bool) -> None:
    if many:
        st.subheader(md(result.name), divider="gray")
    if result.error or result.report is None:
        st.error(result.error or t("error_generic", lang, name=result.name))
        return
    report = result.report
    show_verdict(report, key, lang)

    # Side by side on a desktop so the numbers on the picture and the cards can
    # be compared without scrolling; Streamlit stacks columns on a phone, which
    # keeps the reading order verdict -> picture -> cards there.
    pic, cards = st.columns([1, 1], gap="medium")
    with pic, st.container(key=f"pic-{key}"):
        st.subheader(t("image_heading", lang))
        boxed = bool(report.seals) or any(e.box for f in report.findings for e in f.evidence)
        # JPEG: a photo as PNG is several MB, slow on a phone's data connection.
        st.image(annotated_image(result, lang), channels="BGR", width="stretch", output_format="JPEG",
                 caption=t("image_caption" if boxed else "image_caption_plain", lang))
    with cards:
        if report.findings:
            st.subheader(t("findings_heading", lang))
            for n, finding in enumerate(report.findings, start=1):
                show_finding(n, finding, key, lang)
        if report.embedded:
            show_embedded(report, lang)

    show_seals(result, key, lang)

    st.subheader(t("text_heading", lang))
    if report.text.strip():
        st.caption(t("text_caption", lang))
        st.html(highlighted_html(report.text, report.findings))
    else:
        st.info(t("text_empty", lang))

    show_metadata(report, lang)
    show_downloads(result, key, lang)


def show_guidance(lang: str) -> None:
    st.subheader(t("guide_heading", lang), divider="gray")
    st.markdown(t("guide_items", lang))
    st.caption(t("guide_disclaimer", lang))


# --------------------------------------------------------------------------- inputs


@functools.lru_cache(maxsize=1)
def samples() -> tuple[tuple[str, Path, dict], ...]:
    """Bundled fixture images with their sidecars, harmful examples first.

    Each entry is (file name, path, sidecar dict or {}). Read once per process:
    the fixtures do not change while the server runs.
    """
    if not FIXTURES_DIR.is_dir():
        return ()
    out = []
    for path in FIXTURES_DIR.iterdir():
        if path.suffix.lower() not in SAMPLE_SUFFIXES or not path.is_file():
            continue
        side_path = path.with_suffix(".json")
        try:
            side = json.loads(side_path.read_text(encoding="utf-8")) if side_path.is_file() else {}
        except (OSError, ValueError):
            side = {}
        out.append((path.name, path, side))
    out.sort(key=lambda e: (bool(e[2].get("lawful")), e[2].get("doc_type") or "~", e[0]))
    return tuple(out)


def sample_labels(lang: str) -> dict[str, str]:
    """File name -> a label a reader understands ("Forged example: a court summons (scan)")."""
    labels: dict[str, str] = {}
    seen: dict[str, int] = {}
    for name, path, side in samples():
        if "doc_type" in side:
            role = t("sample_harmless" if side.get("lawful") else "sample_harmful", lang)
            text = role + label(DOC_TYPES, side["doc_type"], lang)
            if side.get("kind"):
                text += t("sample_kind", lang, kind=label(SOURCE_KINDS, side["kind"], lang))
        else:
            text = f"{t('sample_prefix', lang)}: {path.stem.replace('_', ' ')}"
        seen[text] = seen.get(text, 0) + 1
        labels[name] = text if seen[text] == 1 else f"{text} {seen[text]}"
    return labels


def collect_inputs(lang: str) -> list[Item]:
    """Every picture the person gave us on this run, deduplicated by content."""
    mb = int(st.get_option("server.maxUploadSize"))
    uploads = st.file_uploader(
        t("upload_label", lang), type=UPLOAD_TYPES, accept_multiple_files=True,
        help=t("upload_help", lang, mb=mb), key="uploads",
    )
    items: list[Item] = [make_item(f.name, f.getvalue()) for f in uploads or []]
    # Said right where the person hands over the picture.
    st.caption(f":material/lock: {t('privacy', lang, mb=mb)}")

    if st.toggle(t("camera_toggle", lang), key="use_camera"):
        # The default capture is sized to the widget (often 640 px wide): too
        # small for Tesseract to read a full A4 page. Ask for the most we can.
        shot = st.camera_input(t("camera_label", lang), key="camera", resolution="1080p")
        st.caption(t("camera_tip", lang))
        if shot is not None:
            items.append(make_item(t("camera_name", lang), shot.getvalue()))

    labels = sample_labels(lang)
    if labels:
        chosen: str | None = st.selectbox(
            t("sample_label", lang), list(labels), index=None, key="sample",
            format_func=labels.__getitem__, placeholder=t("sample_placeholder", lang),
        )
        if chosen:
            path = next(p for name, p, _ in samples() if name == chosen)
            items.append(make_item(chosen, path.read_bytes()))

    unique: dict[str, Item] = {}
    for item in items:
        unique.setdefault(item.key, item)
    return list(unique.values())


# --------------------------------------------------------------------------- page


def initial_lang() -> str:
    """Chinese unless the link asked for another language (?lang=en)."""
    return norm_lang(st.query_params.get("lang") or DEFAULT_LANG)


def main() -> None:
    if "lang" not in st.session_state:
        st.session_state["lang"] = initial_lang()
    lang = norm_lang(st.session_state["lang"])
    st.set_page_config(page_title=t("page_title", lang), page_icon=":material/policy:", layout="wide")
    st.html(PAGE_CSS)

    st.radio(
        t("lang_label", lang), LANGS, key="lang", horizontal=True,
        format_func=LANG_NAMES.__getitem__, label_visibility="collapsed",
    )
    lang = norm_lang(st.session_state["lang"])

    st.title(t("title", lang))
    # One paragraph and a small privacy note: on a phone the verdict must come
    # into view soon after the upload box (the first layout pushed it off the
    # first screen).
    st.markdown(f"{t('intro', lang)} **{t('calm', lang)}**")

    items = collect_inputs(lang)

    if not items:
        st.caption(t("start_hint", lang))
    else:
        cache = results_cache()
        keep = {item.key for item in items}
        try:
            for item in items:
                if item.key not in cache:
                    with st.spinner(t("spinner", lang, name=item.name), show_time=True):
                        remember(item.key, inspect_item(item, lang), keep)
        except MissingDependencyError as exc:
            st.error(friendly_error(exc, "", lang))
        else:
            for item in items:
                try:
                    show_result(cache[item.key], item.key, lang, many=len(items) > 1)
                except Exception as exc:  # a rendering bug must not cost the person the page
                    log_bug(exc)
                    st.error(t("error_generic", lang, name=item.name))

    show_guidance(lang)
    st.caption(t("footer", lang))


# AppTest and ``streamlit run`` both execute this file as __main__; tests import
# it as a module to reach the helpers without drawing a page.
if __name__ == "__main__":
    main()
