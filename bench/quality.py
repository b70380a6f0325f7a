#!/usr/bin/env python3
"""Precision and recall per marker, and for seals, over labelled material.

    python bench/quality.py                      # fixtures/ and the sentence tables
    python bench/quality.py --images DIR         # any folder of images with JSON sidecars
    python bench/quality.py --sentences FILE     # a YAML sentence table (tests/data format)

Prints, per marker, TP/FP/FN with precision and recall; the share of lawful
items that raised nothing; seal precision / recall / F1 and mean box IoU;
document-type accuracy. Images are also scored per kind (scan, photo,
screenshot). Run it before and after a rule change to see what it does.
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

import inspector  # noqa: E402
from inspector.labels import Tally, load_fixture_dir, load_sentences, match_boxes, score_markers  # noqa: E402


def fmt(v: float | None) -> str:
    return "  -  " if v is None else f"{v:5.2f}"


def print_marker_table(title: str, pairs, markers) -> None:
    tallies = score_markers(pairs, markers)
    total = Tally()
    print(f"\n## {title}  ({len(pairs)} items)")
    print(f"{'marker':28s} {'TP':>4s} {'FP':>4s} {'FN':>4s}  prec  recall")
    for m in markers:
        t = tallies[m]
        if t.tp + t.fp + t.fn == 0:
            continue
        total.tp += t.tp
        total.fp += t.fp
        total.fn += t.fn
        print(f"{m:28s} {t.tp:4d} {t.fp:4d} {t.fn:4d}  {fmt(t.precision)} {fmt(t.recall)}")
    print(f"{'ALL (micro)':28s} {total.tp:4d} {total.fp:4d} {total.fn:4d}  {fmt(total.precision)} {fmt(total.recall)}")
    lawful = [(lab, rep) for lab, rep in pairs if lab.lawful]
    if lawful:
        silent = sum(1 for _, rep in lawful if not rep.findings)
        print(f"lawful items that raised nothing: {silent}/{len(lawful)} = {silent / len(lawful):.3f}")
        for lab, rep in lawful:
            if rep.findings:
                print(f"   noisy: {lab.name}: {rep.markers}")
    misses = [(lab.name, sorted(lab.expect - set(rep.markers)), sorted(set(rep.markers) & lab.forbidden(markers)))
              for lab, rep in pairs]
    misses = [m for m in misses if m[1] or m[2]]
    if misses:
        print("errors (item: missed | wrongly fired):")
        for name, miss, wrong in misses:
            print(f"   {name}: {miss} | {wrong}")


def seal_table(title: str, pairs) -> None:
    t = Tally()
    ious: list[float] = []
    for lab, rep in pairs:
        tp, fp, fn, got = match_boxes(lab.seals, [s.box for s in rep.seals])
        t.tp += tp
        t.fp += fp
        t.fn += fn
        ious += got
    mean_iou = sum(ious) / len(ious) if ious else None
    print(f"seals ({title}): TP {t.tp} FP {t.fp} FN {t.fn}  precision {fmt(t.precision)} recall {fmt(t.recall)} "
          f"F1 {fmt(t.f1)} mean IoU {fmt(mean_iou)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--images", type=Path, action="append", help="folder of images with JSON sidecars")
    ap.add_argument("--sentences", type=Path, action="append", help="YAML sentence table")
    args = ap.parse_args()
    if not args.images and not args.sentences:
        args.images = [ROOT / "fixtures"]
        args.sentences = [p for p in (ROOT / "tests/data/sentences.yaml", ROOT / "tests/data/sentences_extra.yaml",
                                      ROOT / "tests/data/sentences_retired_holdout1.yaml",
                                      ROOT / "bench/data/holdout2_sentences.yaml")
                          if p.exists()]
    insp = inspector.Inspector()
    markers = list(insp.rules.markers)
    print(f"inspector {inspector.__version__}, rules {insp.rules.version} ({insp.rules.digest})")
    for folder in args.images or []:
        items = load_fixture_dir(folder)
        t0 = time.perf_counter()
        pairs = [(lab, insp.inspect_image(lab.image)) for lab in items]
        print(f"\n# images in {folder}: {len(items)} inspected in {time.perf_counter() - t0:.1f} s")
        print_marker_table(f"all images in {folder.name}", pairs, markers)
        kinds = sorted({lab.kind for lab in items if lab.kind})
        for kind in kinds:
            sub = [(lab, rep) for lab, rep in pairs if lab.kind == kind]
            print_marker_table(f"{kind} only", sub, markers)
        seal_table("all", pairs)
        for kind in kinds:
            seal_table(kind, [(lab, rep) for lab, rep in pairs if lab.kind == kind])
        typed = [(lab, rep) for lab, rep in pairs if lab.doc_type]
        if typed:
            ok = sum(1 for lab, rep in typed if rep.doc_type == lab.doc_type)
            print(f"document type accuracy: {ok}/{len(typed)} = {ok / len(typed):.3f}")
            for lab, rep in typed:
                if rep.doc_type != lab.doc_type:
                    print(f"   {lab.name}: expected {lab.doc_type}, got {rep.doc_type}")
    for path in args.sentences or []:
        items = load_sentences(path)
        pairs = [(lab, insp.inspect_text(lab.text, sender=lab.sender)) for lab in items]
        print_marker_table(f"sentences: {path.name}", pairs, markers)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
