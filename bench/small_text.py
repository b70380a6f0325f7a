#!/usr/bin/env python3
"""Small text: screenshots scaled down by messengers, read with and without upscaling.

    python bench/small_text.py [--factor 0.5]

Each screenshot fixture is shrunk by --factor (as a messenger does when it
forwards a picture), then inspected twice: once as shipped (the OCR scale is
chosen from the measured character height, so small text is enlarged) and
once with the scale pinned to 1.0. Prints, for both, the share of the
sidecar's expected phrases found in the text, marker recall and precision,
and the OCR time.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import cv2  # noqa: E402

import inspector  # noqa: E402
from inspector import ocr  # noqa: E402
from inspector.labels import Tally, load_fixture_dir, score_markers  # noqa: E402
from inspector.text import normalise  # noqa: E402


def run(items, factor: float, pinned: bool):
    insp = inspector.Inspector()
    original = ocr.choose_scale
    if pinned:
        ocr.choose_scale = lambda gray: 1.0  # the engine calls the module function
    pairs, found, wanted, t_ocr = [], 0, 0, 0.0
    try:
        for lab in items:
            bgr = inspector.load_image(lab.image).bgr
            small = cv2.resize(bgr, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
            rep = insp.inspect_image(small)
            t_ocr += rep.timings.get("ocr", 0.0)
            norm = normalise(rep.text)
            wanted += len(lab.text_contains)
            found += sum(1 for p in lab.text_contains if normalise(p) in norm)
            pairs.append((lab, rep))
    finally:
        ocr.choose_scale = original
    total = Tally()
    for t in score_markers(pairs, list(insp.rules.markers)).values():
        total.tp += t.tp
        total.fp += t.fp
        total.fn += t.fn
    return found / max(wanted, 1), total, t_ocr


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--factor", type=float, default=0.5)
    args = ap.parse_args()
    items = [lab for lab in load_fixture_dir(ROOT / "fixtures") if lab.kind == "screenshot"]
    print(f"{len(items)} screenshots shrunk to {args.factor:.2f} of their size")
    for label, pinned in (("scale chosen from text size", False), ("scale pinned to 1.0", True)):
        t0 = time.perf_counter()
        share, tally, t_ocr = run(items, args.factor, pinned)
        p = "-" if tally.precision is None else f"{tally.precision:.2f}"
        r = "-" if tally.recall is None else f"{tally.recall:.2f}"
        print(f"{label:30s} phrases read {share:.2f}  markers precision {p} recall {r}  "
              f"OCR {t_ocr:.1f} s (all {time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
