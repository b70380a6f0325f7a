"""Throughput of ``inspector scan`` with 1 and 2 worker processes on the same folder.

    python bench/scan_bench.py [FOLDER] [--images N] [--workers 1 2] [--repeat R]

FOLDER defaults to fixtures/. Its first N images (by name; default 12) are
copied to a temporary folder, then ``python -m inspector scan`` runs on it
once per worker count, each time in a fresh process with ``--force`` into a
fresh output folder, so every run pays the same start-up and does all the
work. Wall time includes start-up: it is what a user waits for.

Prints images per second for each worker count and the ratio to one worker.
The issue's target is a ratio of at least 1.7 for two workers. Other load on
the machine skews the figures, so the load average is printed with them.
Results go to stdout; nothing is asserted.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".bmp", ".tif", ".tiff", ".heic"}


def pick_images(folder: Path, n: int) -> list[Path]:
    """The first ``n`` image files of ``folder`` (not recursive), by name."""
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES)
    return files[:n]


def run_scan(folder: Path, workers: int) -> tuple[float, float]:
    """Wall seconds of one full scan with ``workers`` processes, and the CPU seconds it used.

    CPU seconds (user + system, of the scan and of the Tesseract processes
    it starts) do not depend on other load: when wall x workers is far above
    them, the workers were waiting for a CPU, not working.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    with tempfile.TemporaryDirectory(prefix="scan-bench-out-") as out:
        cmd = [sys.executable, "-m", "inspector", "scan", str(folder), "--out", out,
               "--workers", str(workers), "--quiet", "--force"]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        elapsed = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        sys.exit(f"scan failed with exit code {proc.returncode}: {proc.stderr.strip()}")
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT / "fixtures"), help="folder of images (default: fixtures/)")
    ap.add_argument("--images", type=int, default=12, help="how many images to scan (default 12)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to compare (default: 1 2)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per worker count; the fastest counts (default 1)")
    args = ap.parse_args()

    images = pick_images(Path(args.folder), args.images)
    if not images:
        sys.exit(f"no images in {args.folder}")
    with tempfile.TemporaryDirectory(prefix="scan-bench-in-") as tmp:
        folder = Path(tmp)
        for p in images:
            shutil.copy(p, folder / p.name)
        print(f"{len(images)} images from {args.folder}; {os.cpu_count()} CPUs; "
              f"load average before: {os.getloadavg()[0]:.2f}")
        rates: dict[int, float] = {}
        for workers in args.workers:
            best, cpu = min(run_scan(folder, workers) for _ in range(max(1, args.repeat)))
            rates[workers] = len(images) / best
            print(f"workers={workers}: {best:6.1f} s  {rates[workers]:.3f} images/s  "
                  f"(CPU {cpu:.1f} s, {cpu / len(images):.2f} s an image)")
        base = rates.get(args.workers[0])
        for workers in args.workers[1:]:
            print(f"ratio workers={workers} / workers={args.workers[0]}: {rates[workers] / base:.2f}")
        print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
