#!/usr/bin/env python3
"""Ring reading on the seal development set: character accuracy and issuer kind.

    python bench/seal_dev/score.py [--n 300] [--seed 7] [--jobs 2] [--misses]

Draws the set with ``make_seal_dev.generate`` (same seed, same set), finds
the seals with ``find_seals``, reads the one over the drawn seal with
``analyse_seal`` and the pipeline's OCR engine, and prints: how many seals
were found, mean ring-text character accuracy (1 - edit distance / length,
CJK and digits only), issuer kind named right, centre symbol right, the
same split by condition, and the time ``analyse_seal`` takes per seal.
``--misses`` lists the seals whose kind was wrong (this is the development
set: looking is what it is for).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "bench"))

import cv2  # noqa: E402

import make_seal_dev  # noqa: E402
from inspector import seals  # noqa: E402
from inspector.model import iou  # noqa: E402
from seal_quality import edit_distance  # noqa: E402

_ENGINE = None


def char_accuracy(truth: str, read: str | None) -> float:
    t, r = seals._cjk(truth), seals._cjk(read or "")
    return max(0.0, 1.0 - edit_distance(t, r) / max(1, len(t)))


def score_item(args: tuple[int, int]) -> dict:
    global _ENGINE
    if _ENGINE is None:
        cv2.setNumThreads(1)
        from inspector.ocr import get_engine

        _ENGINE = get_engine()
    i, seed = args
    item = make_seal_dev.make_item(i, seed)
    found = seals.find_seals(item.bgr)
    best = max(found, key=lambda s: iou(item.box, s.box), default=None)
    row = dict(name=item.name, text=item.text, kind=item.kind, center=item.center, params=item.params,
               found=best is not None and iou(item.box, best.box) >= 0.5, read=None, got="unknown",
               got_center=None, acc=0.0, ms=0.0)
    if row["found"]:
        t0 = time.perf_counter()
        out = seals.analyse_seal(item.bgr, best, _ENGINE.read_text)
        row["ms"] = (time.perf_counter() - t0) * 1000
        row.update(read=out.text, got=out.issuer_kind, got_center=out.center, acc=char_accuracy(item.text, out.text))
    return row


def conditions(p: dict) -> list[str]:
    out = ["oval" if p["oval"] < 1 else "round", "font:" + p["font"]]
    t = p["turn"] % 360
    out.append("upright" if min(t, 360 - t) <= 30 else "turned")
    out.append("hard" if p["fade"] > 0.3 or p["partial"] > 0.5 or p["blur"] > 1.0 or p["diameter"] < 170 else "clear")
    out.append("long" if p["span"] and p["squeeze"] < 0.85 else "normal-width")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--misses", action="store_true", help="list the seals whose issuer kind was wrong")
    ap.add_argument("--dump", type=Path, help="write every seal's result to this JSON file")
    args = ap.parse_args()
    jobs = [(i, args.seed) for i in range(args.n)]
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as ex:
            rows = list(ex.map(score_item, jobs, chunksize=4))
    else:
        rows = [score_item(j) for j in jobs]
    if args.dump:
        args.dump.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    n = len(rows)
    found = [r for r in rows if r["found"]]
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[r["kind"]].append(r)
        for c in conditions(r["params"]):
            groups[c].append(r)

    def line(name: str, rs: list[dict]) -> str:
        k = sum(r["got"] == r["kind"] for r in rs)
        acc = sum(r["acc"] for r in rs) / max(1, len(rs))
        return f"  {name:28s} n={len(rs):3d}  char acc {acc:.2f}  kind {k / max(1, len(rs)):.2f}"

    if args.misses:
        for r in rows:
            if r["got"] != r["kind"]:
                print(f"{r['name']}: {r['text']} -> {r['read']!r} ({r['got']}) {r['params']}")
    print(f"dev set: {n} seals (seed {args.seed}), found {len(found)}")
    for name in sorted(groups):
        print(line(name, groups[name]))
    kinds_ok = sum(r["got"] == r["kind"] for r in rows)
    centre_ok = sum(r["got_center"] == r["center"] for r in found)
    ms = sorted(r["ms"] for r in found)
    print(f"ring text character accuracy: mean {sum(r['acc'] for r in rows) / n:.3f}")
    print(f"issuer kind named right: {kinds_ok}/{n} = {kinds_ok / n:.3f}")
    print(f"centre symbol right: {centre_ok}/{len(found)}")
    if ms:
        print(f"analyse_seal per seal: median {ms[len(ms) // 2]:.0f} ms, 90th pct {ms[int(0.9 * len(ms))]:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
