#!/usr/bin/env python3
"""Where the time goes, measured in one run on the same images.

    python bench/speed.py [--repeat N] [IMAGE ...]

For each image: the time of each pipeline stage (from Report.timings), the
whole inspection, and two baselines on the same picture: Tesseract alone as
one pytesseract.image_to_data call (same languages, OMP_THREAD_LIMIT=1), and
the inspector's own OCR engine reading the page once (in-process when
tesserocr is installed), with the ratios. Then, on a 12-megapixel photo made from a fixture, the seal
stage time and the peak memory of a fresh process that inspects it, against
a fresh process that only imports the libraries and decodes the photo.
Medians of --repeat runs; the machine is shared, so compare ratios.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ["OMP_THREAD_LIMIT"] = "1"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import cv2  # noqa: E402
import pytesseract  # noqa: E402

import inspector  # noqa: E402
from inspector import seals  # noqa: E402
from inspector.imageio import load_image  # noqa: E402

DEFAULT_IMAGES = [
    "fixtures/lawyer_letter_forged_noseal_scan.jpg",
    "fixtures/restriction_forged_starseal_photo.jpg",
    "fixtures/sms_court_impersonation_106_light.png",
]

_PEAK = """
import resource, sys, os
os.environ['OMP_THREAD_LIMIT'] = '1'
sys.path.insert(0, {root!r})
import inspector
from inspector.imageio import load_image
img = load_image({path!r})
if {full}:
    inspector.Inspector().inspect(img)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
"""


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("images", nargs="*", default=DEFAULT_IMAGES)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    insp = inspector.Inspector()
    insp.check()
    info = insp.engine.info
    print(f"inspector {inspector.__version__}, tesseract {info.version} ({info.backend} backend), repeat {args.repeat}")
    print("ocr-cli: one pytesseract.image_to_data call (a process per call); ocr-page: the inspector's engine "
          "reading the page once, as the pipeline does; ratios are inspect / each")
    print(f"{'image':46s} {'ocr-cli':>8s} {'ocr-page':>8s} {'inspect':>8s} {'/cli':>5s} {'/page':>5s}   stages (median s)")
    for name in args.images:
        path = ROOT / name if not Path(name).is_absolute() else Path(name)
        loaded = load_image(path)
        rgb = loaded.bgr[:, :, ::-1]
        alone = median_time(lambda: pytesseract.image_to_data(rgb, lang="chi_sim+eng"), args.repeat)
        gray = cv2.cvtColor(loaded.bgr, cv2.COLOR_BGR2GRAY)
        page = median_time(lambda: insp.engine.read_words(gray), args.repeat)
        stage_runs: list[dict[str, float]] = []

        def run() -> None:
            stage_runs.append(insp.inspect(loaded).timings)

        whole = median_time(run, args.repeat)
        stages = {k: statistics.median(r[k] for r in stage_runs) for k in stage_runs[0] if k != "total"}
        st = " ".join(f"{k}={v:.3f}" for k, v in stages.items())
        print(f"{path.name:46s} {alone:8.2f} {page:8.2f} {whole:8.2f} {whole / alone:5.2f} {whole / page:5.2f}   {st}")

    # A 12-megapixel phone photo: a photographed fixture scaled to 4000x3000.
    src = load_image(ROOT / "fixtures/restriction_forged_starseal_photo.jpg").bgr
    big = cv2.resize(src, (3000, 4000), interpolation=cv2.INTER_CUBIC)
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / "photo12mp.jpg"
        cv2.imwrite(str(p), big, [cv2.IMWRITE_JPEG_QUALITY, 90])
        hsv = median_time(lambda: cv2.cvtColor(big, cv2.COLOR_BGR2HSV), 5)
        seal_t = median_time(lambda: seals.find_seals(big), 5)
        print(f"\n12 MP photo (3000x4000): seal stage {seal_t * 1000:.1f} ms; "
              f"baseline cvtColor BGR->HSV {hsv * 1000:.1f} ms; ratio {seal_t / hsv:.1f}")
        peaks = {}
        for label, full in (("decode only", False), ("full inspection", True)):
            out = subprocess.run([sys.executable, "-c", _PEAK.format(root=str(ROOT), path=str(p), full=full)],
                                 capture_output=True, text=True, check=True)
            peaks[label] = [int(v) for v in out.stdout.strip().splitlines()[-1].split()]
        t_whole = median_time(lambda: insp.inspect_image(p), 1)
        (dec_py, _), (full_py, full_tess) = peaks["decode only"], peaks["full inspection"]
        # getrusage's figure for children is at least the parent's size at fork
        # time (the child starts as a copy before it execs Tesseract), so it is
        # an upper bound for the Tesseract process, not its own figure.
        print(f"12 MP photo: whole inspection {t_whole:.2f} s; peak memory (fresh process): decode only {dec_py} MB, "
              f"full inspection {full_py} MB in Python; largest child process at most {full_tess} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
