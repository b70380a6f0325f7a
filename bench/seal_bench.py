"""How long find_seals takes on a 12-megapixel photo, against a baseline.

    python bench/seal_bench.py [IMAGE] [--runs N]

Without IMAGE it takes the first fixture image in fixtures/ (or, when there
is none, draws a page with a seal), scales it to 12 megapixels (keeping its
aspect ratio) and times
``find_seals`` on it. The baseline, measured in the same run on the same
image, is one ``cv2.cvtColor(BGR -> HSV)`` over the full picture: the cheapest
whole-image pass any colour detector has to beat, so the ratio stays
comparable across machines. Prints medians over several runs. Results go to
stdout; nothing is asserted.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from inspector.seals import find_seals, suppress_red

SIZE = (4000, 3000)  # a 12-MP phone photo: only the pixel count is used


def synthetic_page() -> np.ndarray:
    """An A4-ish page with black text lines and one red seal, drawn with OpenCV."""
    h, w = 1754, 1240
    img = np.full((h, w, 3), (236, 242, 246), np.uint8)
    rng = np.random.default_rng(0)
    for i in range(16):
        y = 300 + i * 60
        for x in range(120, 1100, 38):
            if rng.random() < 0.9:
                cv2.rectangle(img, (x, y), (x + 28, y + 30), (30, 30, 30), 2)
    red = (50, 45, 210)
    c, r = (880, 1250), 170
    cv2.circle(img, c, r, red, 7, cv2.LINE_AA)
    for k in range(16):  # blocky "ring text"
        t = np.deg2rad(-220 + k * 16)
        p = (int(c[0] + 0.74 * r * np.cos(t)), int(c[1] + 0.74 * r * np.sin(t)))
        cv2.rectangle(img, (p[0] - 12, p[1] - 12), (p[0] + 12, p[1] + 12), red, 3)
    star = []
    for i in range(10):
        rr = 0.3 * r if i % 2 == 0 else 0.115 * r
        t = np.deg2rad(-90 + 36 * i)
        star.append((c[0] + rr * np.cos(t), c[1] + rr * np.sin(t)))
    cv2.fillPoly(img, [np.array(star, np.int32)], red, cv2.LINE_AA)
    return img


def load(path: str | None) -> tuple[np.ndarray, str]:
    if path is None:
        fixtures = sorted(
            p for p in (ROOT / "fixtures").glob("*") if p.suffix.lower() in (".png", ".jpg", ".jpeg")
        )
        for p in fixtures:
            img = cv2.imread(str(p), cv2.IMREAD_COLOR)
            if img is not None:
                return img, str(p.relative_to(ROOT))
        return synthetic_page(), "synthetic page"
    img = cv2.imread(path, cv2.IMREAD_COLOR)
    if img is None:
        sys.exit(f"cannot read {path}")
    return img, path


def timings_ms(fn, runs: int) -> tuple[float, float]:
    """(median, best) wall time of ``fn`` in ms over ``runs`` calls after a warm-up.

    The best run is shown too: on a shared machine other processes only
    ever add time, so the minimum is the steadier figure.
    """
    fn()  # warm-up: first-call allocations and OpenCV's thread pool
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000.0, min(times) * 1000.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("image", nargs="?")
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args()
    src, name = load(args.image)
    # Scale to 12 MP keeping the aspect ratio (a stretched seal would be
    # an oval too thin to count, and the timing would not be of a seal).
    f = (SIZE[0] * SIZE[1] / (src.shape[0] * src.shape[1])) ** 0.5
    img = cv2.resize(src, (round(src.shape[1] * f), round(src.shape[0] * f)), interpolation=cv2.INTER_CUBIC)
    h, w = img.shape[:2]
    print(f"image: {name} scaled to {w}x{h} ({w * h / 1e6:.0f} MP), "
          f"{cv2.getNumThreads()} OpenCV threads, median of {args.runs} runs")
    base, base_min = timings_ms(lambda: cv2.cvtColor(img, cv2.COLOR_BGR2HSV), args.runs)
    seals = find_seals(img)
    t_find, t_find_min = timings_ms(lambda: find_seals(img), args.runs)
    t_supp, t_supp_min = timings_ms(lambda: suppress_red(img), max(3, args.runs // 3))
    print(f"{'':28s} {'median':>9s} {'best':>9s}   ratio (median, best)")
    print(f"{'baseline cvtColor BGR->HSV':28s} {base:7.1f}ms {base_min:7.1f}ms")
    print(f"{'find_seals':28s} {t_find:7.1f}ms {t_find_min:7.1f}ms   {t_find / base:5.2f}x {t_find_min / base_min:5.2f}x"
          f"   ({len(seals)} seal(s) found)")
    print(f"{'suppress_red (whole image)':28s} {t_supp:7.1f}ms {t_supp_min:7.1f}ms   {t_supp / base:5.2f}x {t_supp_min / base_min:5.2f}x")


if __name__ == "__main__":
    main()
