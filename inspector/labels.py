"""Labelled examples (fixture sidecars, sentence tables) and scoring against them.

Shared by the tests and ``bench/quality.py`` so that both judge the same way.
A sidecar lists the markers that must fire (``expect``) and those that must
not (``forbid``; the word ``all`` means every marker not expected). Markers in
neither list are not scored.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import yaml

from .model import Box, Report, iou  # noqa: F401  (iou is re-exported for the scripts)

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".bmp", ".tif", ".tiff", ".heic")


@dataclass
class Labelled:
    name: str
    expect: set[str]
    forbid: set[str] | str  # a set, or "all"
    doc_type: str | None = None
    kind: str | None = None
    seals: list[Box] = field(default_factory=list)
    seal_texts: list[Any] = field(default_factory=list)
    text_contains: list[str] = field(default_factory=list)
    lawful: bool = False
    sender: str | None = None
    image: Path | None = None
    text: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)

    def forbidden(self, all_markers: Iterable[str]) -> set[str]:
        if self.forbid == "all":
            return set(all_markers) - self.expect
        return set(self.forbid) - self.expect


def _forbid(value: Any) -> set[str] | str:
    if value == "all" or (isinstance(value, list) and "all" in value):
        return "all"
    return set(value or [])


def load_fixture_dir(folder: str | Path) -> list[Labelled]:
    """Every image in ``folder`` with a JSON sidecar of the same stem."""
    out: list[Labelled] = []
    for side in sorted(Path(folder).glob("*.json")):
        data = json.loads(side.read_text(encoding="utf-8"))
        image = next((side.with_suffix(s) for s in IMAGE_SUFFIXES if side.with_suffix(s).exists()), None)
        if image is None:
            continue
        out.append(Labelled(
            name=side.stem, expect=set(data.get("expect", [])), forbid=_forbid(data.get("forbid")),
            doc_type=data.get("doc_type"), kind=data.get("kind"),
            seals=[tuple(b) for b in data.get("seals", [])], seal_texts=data.get("seal_texts", []),
            text_contains=data.get("text_contains", []), lawful=bool(data.get("lawful")),
            sender=data.get("sender"), image=image, raw=data,
        ))
    return out


def load_sentences(path: str | Path) -> list[Labelled]:
    items = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    out = []
    for i, it in enumerate(items):
        expect = set(it.get("expect") or [])
        forbid = _forbid(it.get("forbid"))
        out.append(Labelled(name=f"{Path(path).stem}[{i}]", expect=expect, forbid=forbid,
                            lawful=forbid == "all" and not expect, sender=it.get("sender"),
                            text=it["text"], raw=it))
    return out


def match_boxes(truth: list[Box], found: list[Box], threshold: float = 0.5) -> tuple[int, int, int, list[float]]:
    """Greedy one-to-one matching: (true positives, false positives, false negatives, IoUs of matches)."""
    pairs = sorted(((iou(t, f), i, j) for i, t in enumerate(truth) for j, f in enumerate(found)), reverse=True)
    used_t: set[int] = set()
    used_f: set[int] = set()
    ious: list[float] = []
    for v, i, j in pairs:
        if v < threshold or i in used_t or j in used_f:
            continue
        used_t.add(i)
        used_f.add(j)
        ious.append(v)
    tp = len(ious)
    return tp, len(found) - tp, len(truth) - tp, ious


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)


def score_markers(items: list[tuple[Labelled, Report]], all_markers: Iterable[str]) -> dict[str, Tally]:
    """Per-marker tallies: expected and fired = TP, expected and silent = FN, forbidden and fired = FP."""
    all_markers = list(all_markers)
    tallies: dict[str, Tally] = {m: Tally() for m in all_markers}
    for lab, rep in items:
        fired = set(rep.markers)
        forbidden = lab.forbidden(all_markers)
        for m in all_markers:
            t = tallies[m]
            if m in lab.expect:
                if m in fired:
                    t.tp += 1
                else:
                    t.fn += 1
            elif m in forbidden and m in fired:
                t.fp += 1
    return tallies
