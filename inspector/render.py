"""Views of a Report: an annotated image, a terminal text, an HTML page.

Shared by the command line and the Streamlit app, so the API is small and
stable:

- ``annotate(bgr, report)``          image with seals and evidence boxed
- ``report_text(report, lang)``      the readable terminal report
- ``report_html(report, img, lang)`` one self-contained HTML page
- ``batch_html(rows, lang)``         the page of a folder scan
- ``verdict_line(report, lang)``     the verdict in plain words (one line)
- ``doc_type_label(doc_type, lang)`` the document type in plain words
- ``encode_jpeg(bgr)``               JPEG bytes for files, downloads and data URIs

Every function accepts a ``Report`` or its ``to_dict()`` (the rows of
``results.jsonl`` hold dicts), so the CLI can rebuild its pages from the
results file without inspecting again. Nothing here does OCR or touches
the disk.

All text that reaches HTML goes through ``html.escape``: it comes from OCR of
untrusted pictures and from file names chosen by strangers.
"""
from __future__ import annotations

import base64
import html
from collections import Counter
from typing import Any, Iterable, Mapping
from urllib.parse import quote

import cv2
import numpy as np

from .model import Report

__all__ = [
    "annotate",
    "batch_html",
    "doc_type_label",
    "encode_jpeg",
    "report_html",
    "report_text",
    "verdict_line",
]

LANGS = ("zh", "en")

# Words of the interface. Rule texts (titles, explanations, truths) come from
# the rule data; only the frame around them lives here.
_UI: dict[str, dict[str, str]] = {
    "zh": {
        "likely_forged": "看起来是伪造的：{n} 个警示信号",
        "suspicious": "有可疑之处：{n} 个警示信号，相信或付款之前请先核实",
        "no_markers": "未发现警示信号。这不能证明它是真的：请通过官方渠道核实（法院短信和电话请拨 12368 核实）。",
        "doc_type": "文件类型",
        "seals": "印章",
        "no_seals": "未发现红色印章",
        "n_seals": "{n} 个",
        "n_cut": "其中 {n} 个是骑缝章（被纸边截断的半个印章）",
        "ring_text": "环形文字",
        "sender": "发送号码",
        "findings": "警示信号",
        "triggered_by": "触发的文字",
        "why": "为什么要注意",
        "truth": "真实情况",
        "detail": "细节",
        "text_read": "识别出的文字",
        "metadata": "文件信息",
        "embedded": "截图中的文件",
        "produced_by": "生成工具",
        "title": "催收文件检查报告",
        "batch_title": "催收文件批量检查报告",
        "images": "图片",
        "errors": "无法读取",
        "marker": "警示信号",
        "count": "图片数",
        "file": "文件",
        "reason": "原因",
        "verdict": "结论",
        "none": "无",
        "error_verdict": "无法检查",
        "lawful_reading": ("整篇读起来像合法的通知或讨论（如“{cues}”），其中提到起诉、上门等的词句没有算作恐吓手法。"
                           "这是从大量标注过的文字学来的判断，也会出错。"),
        "low": "低",
        "medium": "中",
        "high": "高",
        "severity": "严重程度",
        "caveat": "本报告由程序自动生成，只是提示，不是法律意见。没有发现警示信号也不代表文件是真的。",
        "no_images": "没有找到图片。",
    },
    "en": {
        "likely_forged": "This looks forged: {n} warning sign{s}",
        "suspicious": "This looks suspicious: {n} warning sign{s}. Check before you trust it or pay",
        "no_markers": (
            "No warning signs found. This is not proof that it is genuine: check with the issuer through "
            "an official channel (for courts, call 12368)."
        ),
        "doc_type": "Document type",
        "seals": "Seals",
        "no_seals": "no red seal found",
        "n_seals": "{n} found",
        "n_cut": "{n} of them a riding seal (part of a seal, cut by the paper's edge)",
        "ring_text": "ring text",
        "sender": "Sender",
        "findings": "Warning signs",
        "triggered_by": "Text that triggered it",
        "why": "Why it matters",
        "truth": "What the truth is",
        "detail": "Detail",
        "text_read": "Text read from the image",
        "metadata": "File information",
        "embedded": "Documents shown in the screenshot",
        "produced_by": "Produced by",
        "title": "Collection document inspection",
        "batch_title": "Collection documents: folder inspection",
        "images": "images",
        "errors": "unreadable",
        "marker": "Warning sign",
        "count": "Images",
        "file": "File",
        "reason": "Reason",
        "verdict": "Verdict",
        "none": "none",
        "error_verdict": "could not inspect",
        "lawful_reading": ("As a whole it reads like a lawful notice or discussion (e.g. \u201c{cues}\u201d), so its "
                           "words about lawsuits, visits and the like were not counted as intimidation. This judgement "
                           "is learned from many labelled texts; it can be wrong."),
        "low": "low",
        "medium": "medium",
        "high": "high",
        "severity": "severity",
        "caveat": (
            "This report is produced automatically. It gives hints, not legal advice. Finding no warning "
            "signs does not mean a document is genuine."
        ),
        "no_images": "No images found.",
    },
}

_DOC_TYPES: dict[str, dict[str, str]] = {
    "zh": {
        "lawyer_letter": "律师函",
        "cancellation_notice": "解除合同 / 提前到期通知",
        "restriction_order": "限制消费令 / 失信 / “黑名单”通知",
        "court_summons": "法院传票 / 应诉通知",
        "sms_message": "短信",
        "other": "其他",
    },
    "en": {
        "lawyer_letter": "lawyer's letter",
        "cancellation_notice": "contract-cancellation notice",
        "restriction_order": "consumption-restriction / blacklist order",
        "court_summons": "court summons",
        "sms_message": "text messages",
        "other": "other",
    },
}

# BGR colours. Seals are blue so they never read as a warning; evidence is
# coloured by severity.
SEAL_COLOR = (200, 110, 0)
SEVERITY_COLOR = {"high": (40, 40, 220), "medium": (0, 130, 245), "low": (0, 170, 200)}
_CSS_SEVERITY = {"high": "#c62828", "medium": "#ef6c00", "low": "#9e7c00"}
# "no markers" is deliberately neutral grey-blue, not green: it is not a clean bill.
_CSS_VERDICT = {"likely_forged": "#b71c1c", "suspicious": "#e65100", "no_markers": "#37474f", "error": "#616161"}


def _lang(lang: str) -> str:
    return lang if lang in _UI else "en"


def _t(lang: str, key: str, **kw: Any) -> str:
    text = _UI[_lang(lang)][key]
    return text.format(**kw) if kw else text


def _as_dict(report: Report | Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(report, Mapping):
        return report
    return report.to_dict()


def _finding_texts(f: Mapping[str, Any], lang: str) -> dict[str, str]:
    """Title, explanation, truth and detail in ``lang``, falling back to the report's own language."""
    t = (f.get("texts") or {}).get(lang) or {}
    return {
        "title": t.get("title") or f.get("title") or f.get("marker", ""),
        "explanation": t.get("explanation") or f.get("explanation") or "",
        "truth": t.get("truth") or f.get("truth") or "",
        "detail": t.get("detail", f.get("detail") or ""),
    }


def _evidence_texts(f: Mapping[str, Any], limit: int = 200) -> list[str]:
    """Distinct evidence strings of a finding, each cut to ``limit`` characters."""
    out: list[str] = []
    for e in f.get("evidence") or ():
        text = " ".join(str(e.get("text") or "").split())
        if len(text) > limit:
            text = text[: limit - 1] + "…"
        if text and text not in out:
            out.append(text)
    return out


def doc_type_label(doc_type: str | None, lang: str = "zh") -> str:
    """The document type in plain words (the id itself when unknown)."""
    return _DOC_TYPES[_lang(lang)].get(doc_type or "other", doc_type or "")


def verdict_line(report: Report | Mapping[str, Any], lang: str = "zh") -> str:
    """The verdict in plain words, e.g. "This looks forged: 4 warning signs".

    "No markers" is worded as "no warning signs found", never as "genuine".
    """
    r = _as_dict(report)
    verdict = r.get("verdict") or "no_markers"
    if verdict not in ("likely_forged", "suspicious", "no_markers"):
        verdict = "no_markers" if not r.get("findings") else "suspicious"
    n = len(r.get("findings") or ())
    return _t(lang, verdict, n=n, s="" if n == 1 else "s")


def _seal_summary(r: Mapping[str, Any], lang: str) -> str:
    seals = r.get("seals") or []
    if not seals:
        return _t(lang, "no_seals")
    parts = [_t(lang, "n_seals", n=len(seals))]
    cut = sum(1 for s in seals if s.get("cut"))
    if cut:
        parts.append(_t(lang, "n_cut", n=cut))
    rings = [str(s.get("text")) for s in seals if s.get("text")]
    if rings:
        q = "“{}”" if _lang(lang) == "zh" else "'{}'"
        sep = "；" if _lang(lang) == "zh" else "; "
        parts.append(f"{_t(lang, 'ring_text')}: " + sep.join(q.format(t) for t in rings))
    return ", ".join(parts) if _lang(lang) == "en" else "，".join(parts)


# --------------------------------------------------------------------------- image


def _style(shape: tuple[int, ...]) -> tuple[int, float]:
    """Line thickness and font scale proportional to the image, so boxes read on 400 px and 4000 px alike."""
    long_side = max(shape[0], shape[1])
    thickness = max(1, int(round(long_side / 500)))
    font_scale = max(0.4, long_side / 2200)
    return thickness, font_scale


Rect = tuple[int, int, int, int]  # x0, y0, x1, y1


def _overlaps(a: Rect, b: Rect) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _place_label(size: tuple[int, int], box: tuple[int, int, int, int], img_wh: tuple[int, int],
                 taken: list[Rect]) -> Rect:
    """Where a tag of ``size`` goes: touching the box, inside the image, clear of tags already placed.

    Tried in order: above the box, below it, inside its top edge, then
    stacked further above. Falls back to the first spot when all collide
    (a crowded line; numbers still tell the boxes apart).
    """
    tw, th = size
    w, h = img_wh
    x, y, bw, bh = box
    spots = [(x, y - th), (x, y + bh), (x, y)] + [(x, y - th * k) for k in (2, 3)] + [(x, y + bh + th * k) for k in (1, 2)]
    rects: list[Rect] = []
    for sx, sy in spots:
        left = min(max(0, sx), max(0, w - tw))
        top = min(max(0, sy), max(0, h - th))
        rects.append((left, top, left + tw, top + th))
    for r in rects:
        if not any(_overlaps(r, t) for t in taken):
            return r
    return rects[0]


def _draw_label(img: np.ndarray, text: str, rect: Rect, color: tuple[int, int, int], font_scale: float,
                text_th: int, pad: int, baseline: int) -> None:
    cv2.rectangle(img, (rect[0], rect[1]), (rect[2], rect[3]), color, -1)
    cv2.putText(img, text, (rect[0] + pad, rect[3] - pad - baseline), cv2.FONT_HERSHEY_SIMPLEX, font_scale,
                (255, 255, 255), text_th, cv2.LINE_AA)


def annotate(bgr: np.ndarray, report: Report | Mapping[str, Any], lang: str = "zh") -> np.ndarray:
    """A copy of ``bgr`` with seals and each finding's evidence boxed and labelled.

    Seals get a blue box labelled ``seal N``. Each evidence box gets a box in
    its finding's severity colour; the first is labelled ``N marker.id``, the
    others of the same finding just ``N``, where N is the finding's number
    in the report (index + 1). Labels are ASCII on purpose: OpenCV cannot
    draw Chinese, and numbers tie the picture to the text report in any
    language. ``lang`` is accepted for symmetry and future use. The input
    array is never modified.
    """
    r = _as_dict(report)
    if bgr.ndim == 2:
        img = cv2.cvtColor(bgr, cv2.COLOR_GRAY2BGR)
    else:
        img = np.ascontiguousarray(bgr[:, :, :3]).copy()
    thickness, font_scale = _style(img.shape)
    h, w = img.shape[:2]

    def clip(box: Iterable[int]) -> tuple[int, int, int, int] | None:
        x, y, bw, bh = (int(v) for v in box)
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = min(w - 1, x + bw), min(h - 1, y + bh)
        if x1 <= x0 or y1 <= y0:
            return None
        return (x0, y0, x1 - x0, y1 - y0)

    # Boxes first, labels last, so no box line crosses a label's text.
    labels: list[tuple[str, tuple[int, int, int, int], tuple[int, int, int]]] = []
    for n, seal in enumerate(r.get("seals") or (), start=1):
        box = clip(seal["box"]) if seal.get("box") else None
        if box is None:
            continue
        cv2.rectangle(img, box[:2], (box[0] + box[2], box[1] + box[3]), SEAL_COLOR, thickness)
        labels.append((f"seal {n} (riding)" if seal.get("cut") else f"seal {n}", box, SEAL_COLOR))
    for n, f in enumerate(r.get("findings") or (), start=1):
        color = SEVERITY_COLOR.get(f.get("severity", ""), SEVERITY_COLOR["medium"])
        seen: set[tuple[int, int, int, int]] = set()
        for e in f.get("evidence") or ():
            box = clip(e["box"]) if e.get("box") else None
            if box is None or box in seen:
                continue
            pad = thickness + 1  # a little air so the box does not cover the characters' strokes
            padded = clip((box[0] - pad, box[1] - pad, box[2] + 2 * pad, box[3] + 2 * pad)) or box
            cv2.rectangle(img, padded[:2], (padded[0] + padded[2], padded[1] + padded[3]), color, thickness)
            # The full name once per finding; repeats carry only the number, to keep busy lines readable.
            labels.append((f"{n} {f.get('marker', '')}" if not seen else str(n), padded, color))
            seen.add(box)

    text_th = max(1, int(round(font_scale * 1.6)))
    pad = max(2, thickness)
    taken: list[Rect] = []
    for text, box, color in labels:
        (tw, th), base = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, font_scale, text_th)
        rect = _place_label((tw + 2 * pad, th + base + 2 * pad), box, (w, h), taken)
        taken.append(rect)
        _draw_label(img, text, rect, color, font_scale, text_th, pad, base)
    return img


def encode_jpeg(bgr: np.ndarray, quality: int = 85, max_side: int | None = None) -> bytes:
    """JPEG bytes of ``bgr``, shrunk so its longer side is at most ``max_side`` when given."""
    img = bgr
    if max_side and max(img.shape[:2]) > max_side:
        f = max_side / max(img.shape[:2])
        img = cv2.resize(img, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    if not ok:  # pragma: no cover - OpenCV only fails on empty arrays
        raise ValueError("could not encode the image as JPEG")
    return buf.tobytes()


# --------------------------------------------------------------------------- text


def _embedded_lines(r: Mapping[str, Any], lang: str) -> list[str]:
    """One line per document shown inside a screenshot: its type and the markers it contributed.

    The pipeline already merges these documents' findings into the report's
    own list (numbered there), so only a pointer is shown here; markers the
    report no longer holds (e.g. dropped by --min-severity) are left out.
    """
    kept = set(r.get("markers") or [f.get("marker") for f in r.get("findings") or []])
    out = []
    for e in r.get("embedded") or []:
        markers = [m for m in (e.get("markers") or [f.get("marker") for f in e.get("findings") or []]) if m in kept]
        out.append(f"{doc_type_label(e.get('doc_type'), lang)}: {', '.join(markers) or _t(lang, 'none')}")
    return out



def _lawful_reading_note(r: Mapping[str, Any], L: str) -> str:
    """One sentence when the learned lawful reading silenced the wording markers, else ""."""
    cues = [str(c) for c in (r.get("lawful_cues") or [])][:3]
    if "reads_lawful" not in (r.get("lawful_contexts") or []) or not cues:
        return ""
    return _t(L, "lawful_reading", cues=("”、“" if L == "zh" else "\u201d, \u201c").join(cues))


def report_text(report: Report | Mapping[str, Any], lang: str = "zh") -> str:
    """The readable terminal report: verdict, document type, seals, then each finding.

    Each finding shows its number (the same number as on the annotated image),
    severity, title, the text that triggered it, why it matters and what the
    truth is.
    """
    r = _as_dict(report)
    L = _lang(lang)
    colon = "：" if L == "zh" else ": "
    lines = [verdict_line(r, L), ""]
    lines.append(f"{_t(L, 'doc_type')}{colon}{doc_type_label(r.get('doc_type'), L)}")
    lines.append(f"{_t(L, 'seals')}{colon}{_seal_summary(r, L)}")
    if r.get("sender"):
        lines.append(f"{_t(L, 'sender')}{colon}{r['sender']}")
    findings = r.get("findings") or []
    if findings:
        lines += ["", f"{_t(L, 'findings')}{colon}"]
    for n, f in enumerate(findings, start=1):
        t = _finding_texts(f, L)
        sev = _t(L, f.get("severity", "medium")) if f.get("severity") in ("low", "medium", "high") else f.get("severity", "")
        lines.append("")
        lines.append(f"{n}. [{sev}] {t['title']}  ({f.get('marker', '')})")
        ev = _evidence_texts(f)
        if ev:
            q = "“{}”" if L == "zh" else '"{}"'
            lines.append(f"   {_t(L, 'triggered_by')}{colon}" + ("、" if L == "zh" else ", ").join(q.format(e) for e in ev))
        if t["detail"]:
            lines.append(f"   {_t(L, 'detail')}{colon}{t['detail']}")
        if t["explanation"]:
            lines.append(f"   {_t(L, 'why')}{colon}{t['explanation']}")
        if t["truth"]:
            lines.append(f"   {_t(L, 'truth')}{colon}{t['truth']}")
    note = _lawful_reading_note(r, L)
    if note:
        lines += ["", note]
    embedded = _embedded_lines(r, L)
    if embedded:
        lines += ["", f"{_t(L, 'embedded')}{colon}"] + [f" - {e}" for e in embedded]
    lines += ["", _t(L, "caveat")]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- HTML

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;
 margin:0;padding:1rem;background:#fafafa;color:#212121;line-height:1.5}
main{max-width:60rem;margin:auto}
h1{font-size:1.3rem;margin:.2rem 0 1rem}
.verdict{color:#fff;padding:.8rem 1rem;border-radius:.4rem;font-size:1.15rem;font-weight:600}
.facts{margin:.8rem 0}.facts dt{font-weight:600;float:left;clear:left;margin-right:.5rem}
.facts dd{margin:0 0 .2rem}
.shot img{max-width:100%;height:auto;border:1px solid #ccc}
ol.findings{padding-left:0;list-style:none}
.finding{background:#fff;border-left:.4rem solid #999;padding:.6rem .9rem;margin:.7rem 0;border-radius:.2rem}
.finding h3{margin:.1rem 0 .4rem;font-size:1.05rem}
.num{display:inline-block;min-width:1.6rem;text-align:center;color:#fff;border-radius:.8rem;margin-right:.3rem}
.sev{font-size:.8rem;color:#fff;padding:.05rem .4rem;border-radius:.3rem;margin-left:.4rem;vertical-align:middle}
code{font-size:.85rem;color:#555}
.ev{background:#fff8e1;padding:.1rem .3rem}
pre{white-space:pre-wrap;background:#fff;border:1px solid #ddd;padding:.6rem}
table{border-collapse:collapse;background:#fff}td,th{border:1px solid #ddd;padding:.3rem .6rem;text-align:left;vertical-align:top}
.item{display:flex;gap:1rem;background:#fff;border:1px solid #ddd;border-radius:.4rem;padding:.7rem;margin:1rem 0}
.item .thumb img{width:14rem;max-width:40vw;height:auto;border:1px solid #ccc}
.item .body{flex:1;min-width:0}
.item h2{font-size:1rem;margin:0 0 .4rem;word-break:break-all}
.tag{display:inline-block;color:#fff;padding:.1rem .5rem;border-radius:.3rem;font-weight:600}
.error{color:#b71c1c}
footer{color:#757575;font-size:.8rem;margin-top:2rem}
"""

_E = html.escape


def _findings_html(findings: list[Mapping[str, Any]], lang: str, heading: str = "h3") -> str:
    parts = ['<ol class="findings">']
    colon = "：" if _lang(lang) == "zh" else ": "
    for n, f in enumerate(findings, start=1):
        t = _finding_texts(f, lang)
        sev = f.get("severity", "medium")
        color = _CSS_SEVERITY.get(sev, "#777")
        sev_word = _t(lang, sev) if sev in ("low", "medium", "high") else sev
        parts.append(f'<li class="finding" style="border-left-color:{color}">')
        parts.append(
            f'<{heading}><span class="num" style="background:{color}">{n}</span>{_E(t["title"])}'
            f'<span class="sev" style="background:{color}">{_E(sev_word)}</span> <code>{_E(str(f.get("marker", "")))}</code></{heading}>'
        )
        ev = _evidence_texts(f)
        if ev:
            quoted = " ".join(f'<span class="ev">{_E(e)}</span>' for e in ev)
            parts.append(f"<p><b>{_E(_t(lang, 'triggered_by'))}</b>{colon}{quoted}</p>")
        if t["detail"]:
            parts.append(f"<p><b>{_E(_t(lang, 'detail'))}</b>{colon}{_E(str(t['detail']))}</p>")
        if t["explanation"]:
            parts.append(f"<p><b>{_E(_t(lang, 'why'))}</b>{colon}{_E(t['explanation'])}</p>")
        if t["truth"]:
            parts.append(f"<p><b>{_E(_t(lang, 'truth'))}</b>{colon}{_E(t['truth'])}</p>")
        parts.append("</li>")
    parts.append("</ol>")
    return "\n".join(parts)


def _facts_html(r: Mapping[str, Any], lang: str) -> str:
    rows = [
        (_t(lang, "doc_type"), doc_type_label(r.get("doc_type"), lang)),
        (_t(lang, "seals"), _seal_summary(r, lang)),
    ]
    if r.get("sender"):
        rows.append((_t(lang, "sender"), str(r["sender"])))
    return '<dl class="facts">' + "".join(f"<dt>{_E(k)}</dt><dd>{_E(v)}</dd>" for k, v in rows) + "</dl>"


def _versions_text(r: Mapping[str, Any]) -> str:
    versions = r.get("versions") or {}
    return " · ".join(f"{k} {v}" for k, v in versions.items()) or "inspector"


def _page(title: str, body: str, lang: str, csp: str | None) -> str:
    meta_csp = f'<meta http-equiv="Content-Security-Policy" content="{_E(csp)}">' if csp else ""
    html_lang = "zh-CN" if _lang(lang) == "zh" else "en"
    return (
        f'<!DOCTYPE html>\n<html lang="{html_lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width,initial-scale=1">{meta_csp}'
        f"<title>{_E(title)}</title><style>{_CSS}</style></head>\n<body><main>\n{body}\n</main></body></html>\n"
    )


def report_html(
    report: Report | Mapping[str, Any],
    annotated_bgr: np.ndarray | None,
    lang: str = "zh",
    title: str | None = None,
) -> str:
    """One self-contained HTML page for one report.

    Inline CSS, the annotated image (when given) as a base64 JPEG data URI, no
    external URL, so the page can be saved, mailed and opened offline. A
    Content-Security-Policy forbids scripts and remote loads as a second line
    of defence behind escaping.
    """
    r = _as_dict(report)
    L = _lang(lang)
    page_title = title or _t(L, "title")
    color = _CSS_VERDICT.get(r.get("verdict", ""), "#37474f")
    body = [f"<h1>{_E(page_title)}</h1>", f'<div class="verdict" style="background:{color}">{_E(verdict_line(r, L))}</div>']
    body.append(_facts_html(r, L))
    if annotated_bgr is not None:
        b64 = base64.b64encode(encode_jpeg(annotated_bgr, quality=85, max_side=2000)).decode("ascii")
        body.append(f'<div class="shot"><img alt="" src="data:image/jpeg;base64,{b64}"></div>')
    note = _lawful_reading_note(r, L)
    if note:
        body.append(f'<p class="lawful-reading">{_E(note)}</p>')
    findings = r.get("findings") or []
    if findings:
        body.append(f"<h2>{_E(_t(L, 'findings'))}</h2>")
        body.append(_findings_html(findings, L))
    embedded = _embedded_lines(r, L)
    if embedded:
        body.append(f"<h2>{_E(_t(L, 'embedded'))}</h2><ul>" + "".join(f"<li>{_E(e)}</li>" for e in embedded) + "</ul>")
    if r.get("text"):
        body.append(f"<details><summary>{_E(_t(L, 'text_read'))}</summary><pre>{_E(str(r['text']))}</pre></details>")
    meta = r.get("metadata") or {}
    if meta:
        rows = "".join(f"<tr><th>{_E(str(k))}</th><td>{_E(str(v))}</td></tr>" for k, v in meta.items())
        body.append(f"<details><summary>{_E(_t(L, 'metadata'))}</summary><table>{rows}</table></details>")
    body.append(f"<footer><p>{_E(_t(L, 'caveat'))}</p><p>{_E(_t(L, 'produced_by'))}: {_E(_versions_text(r))}</p></footer>")
    csp = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"
    return _page(page_title, "\n".join(body), L, csp)


def batch_html(rows: list[Mapping[str, Any]], lang: str = "zh") -> str:
    """The page of a folder scan, built from ``results.jsonl`` rows.

    Each row is ``{"file", "ok", "error", "report", "annotated"}``: ``report``
    is a ``Report.to_dict()`` and ``annotated`` the annotated image's path
    relative to the page (or None). At the top: how many images per verdict
    and per marker; then per image a thumbnail linking to the annotated
    image, the verdict and the findings with their explanations; error rows
    show the reason. No external URL: the page works offline next to its
    ``annotated/`` folder.
    """
    L = _lang(lang)
    colon = "：" if L == "zh" else ": "
    ok_rows = [row for row in rows if row.get("ok") and row.get("report")]
    err_rows = [row for row in rows if not (row.get("ok") and row.get("report"))]
    verdicts = Counter(row["report"].get("verdict", "no_markers") for row in ok_rows)
    marker_count: Counter[str] = Counter()
    marker_title: dict[str, str] = {}
    for row in ok_rows:
        for f in row["report"].get("findings") or []:
            marker_title.setdefault(f.get("marker", ""), _finding_texts(f, L)["title"])
        for m in set(row["report"].get("markers") or [f.get("marker", "") for f in row["report"].get("findings") or []]):
            marker_count[m] += 1

    body = [f"<h1>{_E(_t(L, 'batch_title'))}</h1>"]
    summary = [f"{len(rows)} {_t(L, 'images')}"]
    for v in ("likely_forged", "suspicious", "no_markers"):
        if verdicts.get(v):
            summary.append(f'<span class="tag" style="background:{_CSS_VERDICT[v]}">{_E(_short_verdict(v, L))}: {verdicts[v]}</span>')
    if err_rows:
        summary.append(f'<span class="tag" style="background:{_CSS_VERDICT["error"]}">{_E(_t(L, "errors"))}: {len(err_rows)}</span>')
    body.append("<p>" + " ".join(s if s.startswith("<span") else _E(s) for s in summary) + "</p>")
    if not rows:
        body.append(f"<p>{_E(_t(L, 'no_images'))}</p>")
    if marker_count:
        body.append(f"<table><tr><th>{_E(_t(L, 'marker'))}</th><th>id</th><th>{_E(_t(L, 'count'))}</th></tr>")
        for m, c in sorted(marker_count.items(), key=lambda kv: (-kv[1], kv[0])):
            body.append(f"<tr><td>{_E(marker_title.get(m, m))}</td><td><code>{_E(m)}</code></td><td>{c}</td></tr>")
        body.append("</table>")

    for row in sorted(rows, key=lambda r: str(r.get("file", ""))):
        name = str(row.get("file", ""))
        body.append('<section class="item">')
        if row.get("ok") and row.get("report"):
            r = row["report"]
            if row.get("annotated"):
                href = _E(quote(str(row["annotated"]), safe="/"))
                body.append(f'<div class="thumb"><a href="{href}"><img loading="lazy" alt="" src="{href}"></a></div>')
            color = _CSS_VERDICT.get(r.get("verdict", ""), "#37474f")
            body.append('<div class="body">')
            body.append(f"<h2>{_E(name)}</h2>")
            body.append(f'<p><span class="tag" style="background:{color}">{_E(verdict_line(r, L))}</span></p>')
            body.append(
                f"<p>{_E(_t(L, 'doc_type'))}{colon}{_E(doc_type_label(r.get('doc_type'), L))} · "
                f"{_E(_t(L, 'seals'))}{colon}{_E(_seal_summary(r, L))}</p>"
            )
            if r.get("findings"):
                body.append(f"<details open><summary>{_E(_t(L, 'findings'))} ({len(r['findings'])})</summary>")
                body.append(_findings_html(r["findings"], L, heading="h4"))
                body.append("</details>")
            body.append("</div>")
        else:
            body.append('<div class="body">')
            body.append(f"<h2>{_E(name)}</h2>")
            body.append(
                f'<p class="error"><b>{_E(_t(L, "error_verdict"))}</b>{colon}{_E(str(row.get("error") or ""))}</p>'
            )
            body.append("</div>")
        body.append("</section>")
    produced = next((_versions_text(row["report"]) for row in ok_rows if row["report"].get("versions")), "inspector")
    body.append(f"<footer><p>{_E(_t(L, 'caveat'))}</p><p>{_E(_t(L, 'produced_by'))}: {_E(produced)}</p></footer>")
    # Relative image links must load from the page's own folder; file:// pages
    # have no reliable 'self' origin across browsers, so no CSP here: the
    # page's safety rests on escaping every string (tested).
    return _page(_t(L, "batch_title"), "\n".join(body), L, None)


def _short_verdict(verdict: str, lang: str) -> str:
    short = {
        "zh": {"likely_forged": "像伪造", "suspicious": "可疑", "no_markers": "未发现警示信号"},
        "en": {"likely_forged": "looks forged", "suspicious": "suspicious", "no_markers": "no warning signs"},
    }
    return short[_lang(lang)].get(verdict, verdict)
