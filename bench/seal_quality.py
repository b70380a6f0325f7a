#!/usr/bin/env python3
"""Seal analysis against the labelled seals, and what red-ink suppression does to the text.

    python bench/seal_quality.py [--images DIR]

For every labelled seal matched by a found one (IoU >= 0.5): ring-text
character accuracy (1 - edit distance / length of the true text), whether
the issuer's kind (court, law firm, company, state body) is named right, and
whether the centre symbol (star, emblem, none) is right. Then, for pictures
with seals, the character error rate of the page text read by Tesseract with
and without red ink suppressed inside the seals, against the text the
fixture was rendered from (sidecar ``source_text``).
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import inspector  # noqa: E402
from inspector import api, seals  # noqa: E402
from inspector.labels import iou, load_fixture_dir  # noqa: E402
from inspector.text import is_cjk, lines_from_words  # noqa: E402


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def cjk_only(text: str) -> str:
    return "".join(c for c in text if is_cjk(c) or c.isdigit())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--images", type=Path, default=ROOT / "fixtures")
    args = ap.parse_args()
    insp = inspector.Inspector()
    acc, kinds_ok, centres_ok, n = [], 0, 0, 0
    cer_with, cer_without = [], []
    for lab in load_fixture_dir(args.images):
        if not lab.seals:
            continue
        loaded = inspector.load_image(lab.image)
        found = seals.find_seals(loaded.bgr)
        analysed = [seals.analyse_seal(loaded.bgr, s, insp.engine.read_text) for s in found]
        centres = lab.raw.get("seal_centers") or [None] * len(lab.seals)
        for truth_box, truth_text, truth_centre in zip(lab.seals, lab.seal_texts or [None] * len(lab.seals), centres):
            best = max(analysed, key=lambda s: iou(tuple(truth_box), s.box), default=None)
            if best is None or iou(tuple(truth_box), best.box) < 0.5 or not truth_text:
                continue
            n += 1
            t, r = cjk_only(truth_text), cjk_only(best.text or "")
            acc.append(max(0.0, 1 - edit_distance(t, r) / max(1, len(t))))
            kinds_ok += best.issuer_kind == seals.classify_issuer(truth_text)
            centres_ok += truth_centre is None or best.center == truth_centre
        source = cjk_only("".join(lab.raw.get("source_text") or []))
        if source and found and lab.kind != "screenshot":
            for suppress, bucket in ((True, cer_with), (False, cer_without)):
                img = api._suppress_seals(loaded.bgr, found) if suppress else loaded.bgr
                read = cjk_only("".join(ln.text for ln in lines_from_words(insp.engine.read_words(img))))
                bucket.append(edit_distance(source, read) / len(source))
    print(f"{n} labelled seals matched")
    if n:
        print(f"ring text character accuracy: mean {sum(acc) / n:.2f}")
        print(f"issuer kind named right: {kinds_ok}/{n} = {kinds_ok / n:.2f}")
        print(f"centre symbol right: {centres_ok}/{n} = {centres_ok / n:.2f}")
    if cer_with:
        m_with = sum(cer_with) / len(cer_with)
        m_without = sum(cer_without) / len(cer_without)
        print(f"page text character error rate over {len(cer_with)} sealed pages: "
              f"{m_without:.3f} without seal suppression, {m_with:.3f} with it "
              f"({(1 - m_with / m_without) * 100 if m_without else 0:.0f}% fewer errors)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
