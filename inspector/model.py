"""The data a report is made of: frozen dataclasses with JSON-safe ``to_dict``.

Boxes are ``(x, y, w, h)`` in integer pixels of the upright image (EXIF
orientation applied). Everything here is plain data: no engine, no I/O.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Box = tuple[int, int, int, int]

DOC_TYPES = (
    "lawyer_letter",
    "cancellation_notice",
    "restriction_order",
    "court_summons",
    "sms_message",
    "other",
)
VERDICTS = ("likely_forged", "suspicious", "no_markers")
SEVERITIES = ("low", "medium", "high")
SOURCE_KINDS = ("scan", "photo", "screenshot", "text")


def _box(b: Box | None) -> list[int] | None:
    return None if b is None else [int(v) for v in b]


def union_box(boxes: list[Box]) -> Box | None:
    """Smallest box holding all of ``boxes`` (None when there are none)."""
    if not boxes:
        return None
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[0] + b[2] for b in boxes)
    y1 = max(b[1] + b[3] for b in boxes)
    return (x0, y0, x1 - x0, y1 - y0)


def iou(a: Box, b: Box) -> float:
    """Intersection over union of two (x, y, w, h) boxes."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    ix = max(0, min(ax + aw, bx + bw) - max(ax, bx))
    iy = max(0, min(ay + ah, by + bh) - max(ay, by))
    inter = ix * iy
    union = aw * ah + bw * bh - inter
    return inter / union if union else 0.0


@dataclass(frozen=True)
class Word:
    """One OCR word: its text, box on the image, confidence 0-100 and line key."""

    text: str
    box: Box
    conf: float
    line: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "box": _box(self.box), "conf": round(float(self.conf), 1)}


@dataclass(frozen=True)
class Seal:
    """A red seal found on the image.

    ``score`` is 0..1, how seal-like the candidate is. ``text`` is the ring
    text read (None until read), ``text_conf`` its confidence 0..1. ``issuer_kind``
    is what the ring text names (``court``, ``law_firm``, ``company``,
    ``state_body``, ``unknown``) when it could be told. ``center`` is the centre
    symbol (``star``, ``emblem``, ``none``) when analysed. ``hints`` are
    pasted-seal hints (never markers on their own). ``cut`` is True for a seal
    cut by the paper's edge (a riding seal, 骑缝章): its ``box`` is the part on
    the paper, its ``ellipse`` the whole seal.
    """

    box: Box
    score: float
    shape: str = "round"  # round | oval
    # cx, cy, semi-major axis a, semi-minor axis b, angle of a in degrees (as cv2.ellipse takes them)
    ellipse: tuple[float, float, float, float, float] | None = None
    text: str | None = None
    text_conf: float | None = None
    center_text: str | None = None
    issuer_kind: str | None = None
    center: str | None = None
    hints: tuple[str, ...] = ()
    cut: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "box": _box(self.box),
            "score": round(float(self.score), 3),
            "shape": self.shape,
            "ellipse": None if self.ellipse is None else [round(float(v), 1) for v in self.ellipse],
            "text": self.text,
            "text_conf": None if self.text_conf is None else round(float(self.text_conf), 3),
            "center_text": self.center_text,
            "issuer_kind": self.issuer_kind,
            "center": self.center,
            "hints": list(self.hints),
            "cut": self.cut,
        }


@dataclass(frozen=True)
class Evidence:
    """What a finding rests on: the text that triggered it and where it is.

    ``source`` says where the evidence came from: ``text`` (OCR or given text),
    ``seal``, ``metadata``, ``sender`` or ``layout`` (e.g. character spacing).
    ``message`` is the index of the text message it came from, when known.
    """

    text: str
    box: Box | None = None
    source: str = "text"
    message: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "box": _box(self.box), "source": self.source, "message": self.message}


@dataclass(frozen=True)
class Finding:
    """One marker that fired, explained.

    ``title``, ``explanation`` and ``truth`` are in the report's language;
    ``texts`` holds them in every language the rule set has, so a viewer can
    switch language without inspecting again.
    """

    marker: str
    severity: str
    title: str
    explanation: str
    truth: str
    evidence: tuple[Evidence, ...] = ()
    texts: dict[str, dict[str, str]] = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    detail: str = ""

    def in_lang(self, lang: str) -> dict[str, str]:
        """Title, explanation and truth in ``lang`` (falls back to the report's language)."""
        t = self.texts.get(lang)
        if not t:
            return {"title": self.title, "explanation": self.explanation, "truth": self.truth}
        return t

    def to_dict(self) -> dict[str, Any]:
        return {
            "marker": self.marker,
            "severity": self.severity,
            "title": self.title,
            "explanation": self.explanation,
            "truth": self.truth,
            "detail": self.detail,
            "sources": list(self.sources),
            "evidence": [e.to_dict() for e in self.evidence],
            "texts": {k: dict(v) for k, v in self.texts.items()},
        }


@dataclass(frozen=True)
class Message:
    """One text message of a thread: its text, box, and time where shown."""

    text: str
    box: Box | None = None
    time: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "box": _box(self.box), "time": self.time}


@dataclass(frozen=True)
class Report:
    """Everything the inspector concluded about one picture or text."""

    doc_type: str
    verdict: str
    findings: tuple[Finding, ...]
    seals: tuple[Seal, ...]
    text: str
    lang: str = "zh"
    source_kind: str = "scan"
    image_size: tuple[int, int] | None = None  # (width, height) of the upright image
    words: tuple[Word, ...] = ()
    sender: str | None = None
    messages: tuple[Message, ...] = ()
    metadata: dict[str, str] = field(default_factory=dict)
    embedded: tuple["Report", ...] = ()  # documents shown inside a screenshot
    versions: dict[str, Any] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    # Lawful contexts the rules recognised (official_sender, reads_lawful, ...): markers exempt
    # from them stayed silent. ``lawful_reading`` is the learned model's P(lawful) for the whole
    # text and ``lawful_cues`` the wording that pulled towards it (when it reached the threshold).
    lawful_contexts: tuple[str, ...] = ()
    lawful_reading: float | None = None
    lawful_cues: tuple[str, ...] = ()

    @property
    def markers(self) -> list[str]:
        """Marker ids that fired, in report order, without repeats."""
        seen: list[str] = []
        for f in self.findings:
            if f.marker not in seen:
                seen.append(f.marker)
        return seen

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_type": self.doc_type,
            "verdict": self.verdict,
            "markers": self.markers,
            "findings": [f.to_dict() for f in self.findings],
            "seals": [s.to_dict() for s in self.seals],
            "text": self.text,
            "lang": self.lang,
            "source_kind": self.source_kind,
            "image_size": None if self.image_size is None else list(self.image_size),
            "sender": self.sender,
            "messages": [m.to_dict() for m in self.messages],
            "metadata": dict(self.metadata),
            "embedded": [r.to_dict() for r in self.embedded],
            "words": [w.to_dict() for w in self.words],
            "versions": dict(self.versions),
            "timings": {k: round(float(v), 4) for k, v in self.timings.items()},
            "lawful_contexts": list(self.lawful_contexts),
            "lawful_reading": None if self.lawful_reading is None else round(float(self.lawful_reading), 3),
            "lawful_cues": list(self.lawful_cues),
        }
