"""The command line: ``inspector scan FOLDER`` and ``inspector check IMAGE``.

``main(argv)`` returns the exit code instead of exiting, so tests run the
command in-process. stdout carries results only (``--json`` lines, or the
text report of ``check``); progress, notes and errors go to stderr.

How ``scan`` keeps its promises:

- *Images by content.* Files are recognised by their first bytes (JPEG, PNG,
  WebP, BMP, TIFF, HEIC/AVIF, GIF). A file whose name says "image" but whose
  content does not is reported as an error row; other files are skipped.
- *Nothing lost.* Every input ends as one row of ``results.jsonl``; a bad
  file is an error row with the reason and the batch goes on. A worker
  process that dies takes no row with it: the images it held are retried
  one at a time, and only the one that kills a worker again becomes an
  error row.
- *Never half-written.* Rows are appended one line at a time with flush and
  fsync (a torn last line from a crash is ignored on load); every other file
  is written to a temporary file in the same folder, fsynced, then renamed
  over the old one.
- *Resumable.* A rerun on the same ``--out`` skips images whose content hash
  already has a good row made with the same settings; ``--force`` redoes all.
"""
from __future__ import annotations

import argparse
import csv
import datetime as _dt
import hashlib
import io
import json
import os
import re
import secrets
import signal
import sys
import threading
import time
import traceback
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence, TextIO

from . import render
from .errors import (
    EXIT_MARKERS_FOUND,
    EXIT_MISSING_DEPENDENCY,
    EXIT_NO_MARKERS,
    EXIT_UNREADABLE_INPUT,
    EXIT_USAGE,
    InspectorError,
    MissingDependencyError,
)
from .imageio import load_image
from .model import SEVERITIES, Report

# Not one of the documented outcomes: a bug in the inspector itself. Kept
# apart from 1 (Python's default for an uncaught exception) so scripts never
# mistake a crash for "markers found".
EXIT_INTERNAL_ERROR = 5
EXIT_INTERRUPTED = 130

EXIT_CODES_HELP = f"""\
exit codes:
  {EXIT_NO_MARKERS}    no warning signs found (this is not proof that a document is genuine)
  {EXIT_MARKERS_FOUND}    warning signs found (in at least one image)
  {EXIT_USAGE}    usage error: bad option, missing folder, invalid rule file
  {EXIT_MISSING_DEPENDENCY}    missing dependency: Tesseract or its Chinese language data is not installed
  {EXIT_UNREADABLE_INPUT}    some inputs could not be read (they are error rows in the results)
  {EXIT_INTERNAL_ERROR}    internal error (a bug: please report it with the output of --debug)
"""

RESULTS = "results.jsonl"
SUMMARY = "summary.csv"
REPORT = "report.html"
ANNOTATED = "annotated"
ANNOTATED_MAX_SIDE = 2000  # enough to read every box; keeps a 200-photo report folder small

# Names that promise an image. A file with one of these names but other
# content is an error row (the user meant it as a picture); any other
# non-image file is skipped without a word.
IMAGE_SUFFIXES = {
    ".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".bmp", ".dib",
    ".tif", ".tiff", ".heic", ".heif", ".avif", ".gif",
}
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis"}


# --------------------------------------------------------------------------- small helpers


def _version() -> str:
    try:
        from . import __version__  # type: ignore[attr-defined]

        return str(__version__)
    except Exception:
        try:
            from importlib.metadata import version

            return version("inspector")
        except Exception:
            return "unknown"


def default_workers() -> int:
    """The cores this process may use (container CPU limits included), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def sniff_image(head: bytes) -> str | None:
    """The image format named by a file's first bytes, or None.

    Content, not the name, decides: screenshots arrive renamed, without
    suffix, or with the wrong one.
    """
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "TIFF"
    if head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS:
        return "HEIF"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    # "BM" alone would claim any text starting with those letters; the DIB
    # header size that follows must be one of the known ones.
    if head[:2] == b"BM" and len(head) >= 18 and int.from_bytes(head[14:18], "little") in (12, 40, 52, 56, 64, 108, 124):
        return "BMP"
    return None


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file's content, read in chunks."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _tmp_path(path: Path) -> Path:
    """A new, empty temporary file next to ``path``, named ``.NAME.RANDOM.tmp``.

    Not ``tempfile.mkstemp``: it creates files readable by the owner only,
    and report files should get the usual permissions (0666 minus umask).
    """
    for _ in range(100):
        tmp = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
        try:
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            return tmp
        except FileExistsError:
            continue
    raise OSError(f"cannot create a temporary file next to {path}")


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so readers see the old file or the new one, never a mix.

    Temporary file in the same folder (a rename across file systems is not
    atomic), fsync before the rename (else a power cut can leave the new name
    pointing at empty blocks), then fsync of the folder (so the rename lasts).
    """
    tmp = _tmp_path(path)
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise
    _fsync_dir(path.parent)


def atomic_write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    """``atomic_write_bytes`` for text."""
    atomic_write_bytes(path, text.encode(encoding))


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # some systems cannot open folders; the rename is still atomic
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temps(out: Path) -> int:
    """Delete temporary files a killed run left behind (only names this module makes)."""
    n = 0
    for folder in (out, out / ANNOTATED):
        if not folder.is_dir():
            continue
        for p in folder.glob(".*.tmp"):
            try:
                p.unlink()
                n += 1
            except OSError:
                pass
    return n


def safe_name(rel: str) -> str:
    """A flat file name for the annotated copy of ``rel``, unique per relative path.

    Folders become ``__``; anything but letters (any script), digits, ``.``,
    ``-`` and ``_`` becomes ``_``. A short hash of the full relative path
    keeps ``a/b.jpg`` and ``a__b.jpg`` apart.
    """
    flat = re.sub(r"[^\w.\-]", "_", rel.replace("/", "__"), flags=re.UNICODE).lstrip(".") or "image"
    digest = hashlib.sha1(rel.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return f"{flat[:80]}-{digest}.jpg"


# --------------------------------------------------------------------------- finding images


@dataclass(frozen=True)
class Candidate:
    """A file that is, or claims by its name to be, an image."""

    path: Path
    rel: str  # POSIX-style path relative to the scanned folder: the row's "file"


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def find_images(root: Path, exclude: Iterable[Path] = ()) -> tuple[list[Candidate], int, list[str]]:
    """Walk ``root`` recursively; return (candidates, number of files skipped, notes).

    Symbolic links are followed only while they stay inside ``root``; a
    folder already visited (by real path) is not entered again, which ends
    link loops, and a file reached twice is listed once. Hidden files and
    folders (``.name``) are skipped: they are system clutter such as macOS's
    ``._photo.jpg`` resource forks. ``exclude`` holds folders never to enter
    (the output folder, when it lies inside the scanned one), and so does
    any subfolder that holds an earlier scan's output.
    """
    root_real = os.path.realpath(root)
    excluded = {os.path.realpath(p) for p in exclude}
    visited_dirs = {root_real}
    seen_files: set[str] = set()
    found: list[Candidate] = []
    notes: list[str] = []
    skipped = 0

    def visit(folder: str, prefix: str) -> None:
        nonlocal skipped
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            notes.append(f"{prefix or '.'}: cannot list this folder ({exc.strerror}); skipped")
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            rel = prefix + entry.name
            real = os.path.realpath(entry.path)
            link = entry.is_symlink()
            if not _inside(real, root_real):
                if link:
                    notes.append(f"{rel}: link leads outside the folder; not followed")
                continue
            try:
                is_dir = entry.is_dir()  # follows links; stays inside root (checked above)
                is_file = not is_dir and entry.is_file()
            except OSError:
                continue
            if is_dir:
                if real in excluded:
                    continue
                if os.path.isfile(os.path.join(real, RESULTS)) and os.path.isdir(os.path.join(real, ANNOTATED)):
                    # Another scan's output: its annotated copies would come
                    # back as new "inputs" and the report would list each twice.
                    notes.append(f"{rel}: an inspector output folder; skipped")
                    continue
                if real in visited_dirs:
                    if link:
                        notes.append(f"{rel}: link to a folder already scanned (a loop?); not followed")
                    continue
                visited_dirs.add(real)
                visit(entry.path, rel + "/")
            elif is_file:
                if real in seen_files:
                    continue
                seen_files.add(real)
                try:
                    with open(entry.path, "rb") as f:
                        head = f.read(32)
                except OSError:
                    head = b""
                if sniff_image(head) or Path(entry.name).suffix.lower() in IMAGE_SUFFIXES:
                    found.append(Candidate(Path(entry.path), rel))
                else:
                    skipped += 1
            elif link:
                notes.append(f"{rel}: broken link; skipped")

    visit(str(root), "")
    return found, skipped, notes


# --------------------------------------------------------------------------- inspecting


def _inspector_class() -> type:
    """The pipeline's Inspector class (imported late: ``--help`` needs no engines). Tests replace this."""
    from .api import Inspector

    return Inspector


def make_inspector(rules: str | None, lang: str) -> Any:
    """An Inspector with the CLI's options; rule files are validated here (RuleFileError, exit 2)."""
    return _inspector_class()(rules=rules, lang=lang)


def filter_report(report: Report, min_severity: str, rules: Any = None) -> Report:
    """Drop findings below ``min_severity``; the verdict follows the findings that remain.

    Delegates to ``inspector.api.filter_report`` so the verdict rule lives in
    one place (the rule set).
    """
    if min_severity == "low":
        return report
    from .api import filter_report as api_filter

    return api_filter(report, min_severity, rules)


@dataclass(frozen=True)
class Task:
    """One image to inspect; plain data so it pickles to a worker process."""

    path: str
    rel: str
    sha256: str
    annotated: str  # relative to the output folder


@dataclass(frozen=True)
class ScanOptions:
    """What a worker needs to build its Inspector and write its outputs."""

    out: str
    rules: str | None
    lang: str
    min_severity: str
    settings: dict[str, Any]
    debug: bool = False


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _row(task: Task, opts: ScanOptions, **kw: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "file": task.rel,
        "sha256": task.sha256,
        "ok": False,
        "error": None,
        "error_type": None,
        "report": None,
        "annotated": None,
        "settings": opts.settings,
        "seconds": None,
        "inspected_at": _now(),
    }
    row.update(kw)
    return row


def inspect_task(inspector: Any, task: Task, opts: ScanOptions) -> dict[str, Any]:
    """Inspect one image and write its annotated copy; always returns a row, never raises.

    A file the inspector cannot read, and any bug met while inspecting it,
    becomes an error row: one bad file must not stop a batch of hundreds.
    """
    t0 = time.monotonic()
    try:
        loaded = load_image(task.path, name=task.rel)
        report = filter_report(inspector.inspect(loaded), opts.min_severity, getattr(inspector, "rules", None))
        image = render.annotate(loaded.bgr, report, lang=opts.lang)
        atomic_write_bytes(Path(opts.out) / task.annotated, render.encode_jpeg(image, max_side=ANNOTATED_MAX_SIDE))
        return _row(task, opts, ok=True, report=report.to_dict(), annotated=task.annotated,
                    seconds=round(time.monotonic() - t0, 3))
    except InspectorError as exc:
        return _row(task, opts, error=str(exc), error_type=type(exc).__name__, seconds=round(time.monotonic() - t0, 3))
    except Exception as exc:  # a bug, or e.g. MemoryError on a giant image: still one row
        row = _row(task, opts, error=f"{task.rel}: internal error while inspecting ({type(exc).__name__}: {exc})",
                   error_type="InternalError", seconds=round(time.monotonic() - t0, 3))
        if opts.debug:
            row["traceback"] = traceback.format_exc()
        return row


# One Inspector per worker process, built once by the pool's initializer.
_WORKER: dict[str, Any] = {}
# The parent's Inspector, left here before a pool starts. Where workers are
# forked (Linux) they inherit it with its rules parsed and Tesseract already
# checked, saving about a second of start-up per worker; where they are
# spawned (macOS, Windows) this is empty and each worker builds its own.
_SEED: dict[str, Any] = {}


def _init_worker(opts: ScanOptions) -> None:
    # Ctrl-C is the parent's to handle: it stops handing out work and writes
    # the reports; a worker dying of SIGINT would only look like a crash.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        seeded = _SEED.get("inspector") if _SEED.get("opts") == opts else None
        _WORKER["inspector"] = seeded if seeded is not None else make_inspector(opts.rules, opts.lang)
        _WORKER["error"] = None
    except Exception as exc:  # reported on every row rather than breaking the pool
        _WORKER["inspector"] = None
        _WORKER["error"] = exc
    _WORKER["opts"] = opts


def _worker_inspect(task: Task) -> dict[str, Any]:
    opts: ScanOptions = _WORKER["opts"]
    if _WORKER["inspector"] is None:
        exc = _WORKER["error"]
        return _row(task, opts, error=f"{task.rel}: {exc}", error_type=type(exc).__name__)
    return inspect_task(_WORKER["inspector"], task, opts)


def _crash_row(task: Task, opts: ScanOptions) -> dict[str, Any]:
    return _row(task, opts, error=f"{task.rel}: the inspector crashed on this file (its worker process died)",
                error_type="WorkerCrashed")


def run_parallel(tasks: Sequence[Task], workers: int, opts: ScanOptions, on_row: Callable[[dict[str, Any]], None]) -> None:
    """Inspect ``tasks`` in ``workers`` processes, calling ``on_row`` as each finishes (any order).

    If a worker dies (a native crash, the OOM killer), every image it and its
    siblings held is suspect. They are retried at the end one at a time in a
    fresh process; the one that kills its worker again is an error row.
    """
    queue: deque[Task] = deque(tasks)
    suspects: list[Task] = []
    while queue:
        suspects += _pool_pass(queue, workers, opts, on_row)
    for task in suspects:
        if _pool_pass(deque([task]), 1, opts, on_row):
            on_row(_crash_row(task, opts))


def _pool_pass(queue: deque[Task], workers: int, opts: ScanOptions, on_row: Callable[[dict[str, Any]], None]) -> list[Task]:
    """Run tasks from ``queue`` until it is empty or the pool breaks; return the tasks lost to a break."""
    lost: list[Task] = []
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(opts,))
    in_flight: dict[Future, Task] = {}
    try:
        while queue or in_flight:
            # A short queue per worker keeps every process busy without
            # pickling the whole batch up front.
            while queue and len(in_flight) < workers * 2:
                task = queue.popleft()
                try:
                    in_flight[pool.submit(_worker_inspect, task)] = task
                except BrokenProcessPool:
                    queue.appendleft(task)
                    lost += in_flight.values()
                    return lost
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            broken = False
            for fut in done:
                task = in_flight.pop(fut)
                try:
                    on_row(fut.result())
                except BrokenProcessPool:
                    lost.append(task)
                    broken = True
            if broken:
                lost += in_flight.values()
                in_flight.clear()
                return lost
        return lost
    finally:
        for fut in in_flight:
            fut.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


# --------------------------------------------------------------------------- results files


def load_rows(path: Path) -> tuple[list[dict[str, Any]], bool]:
    """Rows of a results file and whether it needs rewriting (a torn or bad line was dropped).

    A crash mid-append leaves at most a partial last line: it is ignored, and
    its image is simply inspected again.
    """
    if not path.exists():
        return [], False
    rows: list[dict[str, Any]] = []
    damaged = False
    data = path.read_bytes()
    for line in data.split(b"\n"):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError:
            damaged = True
            continue
        if isinstance(row, dict) and isinstance(row.get("file"), str):
            rows.append(row)
        else:
            damaged = True
    if data and not data.endswith(b"\n"):
        damaged = True
    return rows, damaged


def _jsonl(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in rows)


def _csv_cell(value: str) -> str:
    # File names and error messages come from strangers; a leading = + - @
    # would run as a formula in Excel or WPS.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def summary_csv(rows: Sequence[dict[str, Any]]) -> str:
    """summary.csv: file, verdict, doc_type, seals, markers, error (one row per image)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "verdict", "doc_type", "seals", "markers", "error"])
    for row in rows:
        rep = row.get("report") or {}
        if row.get("ok") and rep:
            w.writerow([_csv_cell(row["file"]), rep.get("verdict", ""), rep.get("doc_type", ""),
                        len(rep.get("seals") or []), " ".join(rep.get("markers") or []), ""])
        else:
            w.writerow([_csv_cell(row["file"]), "error", "", "", "", _csv_cell(str(row.get("error") or ""))])
    return buf.getvalue()


def scan_exit_code(rows: Iterable[dict[str, Any]]) -> int:
    """4 if any input was unreadable (3 if Tesseract went missing), else 1 if any markers, else 0."""
    rows = list(rows)
    errors = [r for r in rows if not r.get("ok")]
    if any(r.get("error_type") == MissingDependencyError.__name__ for r in errors):
        return EXIT_MISSING_DEPENDENCY
    if errors:
        return EXIT_UNREADABLE_INPUT
    if any((r.get("report") or {}).get("findings") for r in rows):
        return EXIT_MARKERS_FOUND
    return EXIT_NO_MARKERS


# --------------------------------------------------------------------------- progress


class Progress:
    """A one-line progress bar on stderr: count, rate, time left. Silent unless enabled."""

    def __init__(self, total: int, stream: TextIO, enabled: bool) -> None:
        self.total, self.stream, self.enabled = total, stream, enabled and total > 0
        self.done = 0
        self.start = time.monotonic()
        self._last = 0.0
        self._width = 0
        if self.enabled:  # show "0/N" at once: the first image can take seconds
            self._draw(self.start)

    def update(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if self.enabled and (now - self._last > 0.1 or self.done >= self.total):
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.start, 1e-6)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate > 0 else 0.0
        frac = self.done / self.total
        bar = "#" * int(frac * 24)
        eta = f"{int(left // 60)}:{int(left % 60):02d}" if self.done else "?"
        line = f"{self.done}/{self.total} [{bar:<24}] {rate:.2f} img/s, {eta} left"
        self._width = max(self._width, len(line))
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()

    def clear(self) -> None:
        """Wipe the bar so a log line can be printed in its place."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\n")
            self.stream.flush()


# --------------------------------------------------------------------------- commands


class UsageError(InspectorError):
    """A command-line mistake the parser cannot see (missing folder, bad path)."""

    exit_code = EXIT_USAGE


def _rules_sha(rules: str | None) -> str | None:
    if not rules:
        return None
    path = Path(rules)
    if not path.is_file():
        raise UsageError(f"{rules}: no such rule file. Check the path given to --rules.")
    return file_sha256(path)


def _emit(stream: TextIO, text: str) -> None:
    try:
        stream.write(text)
        stream.flush()
    except UnicodeEncodeError:  # a terminal that cannot show Chinese: degrade, do not crash
        stream.write(text.encode(stream.encoding or "ascii", "replace").decode(stream.encoding or "ascii"))
        stream.flush()


def _sigterm_as_interrupt() -> Callable[[], None]:
    """Treat SIGTERM (``kill``, a container stopping) like Ctrl-C, so the reports still get written.

    Returns a function that puts the previous handler back. Does nothing off
    the main thread, where Python cannot install signal handlers.
    """
    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def handler(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, handler)
    return lambda: signal.signal(signal.SIGTERM, previous)


def cmd_check(args: argparse.Namespace) -> int:
    """Inspect one image; print the text report (or JSON); exit 0/1 by markers."""
    _rules_sha(args.rules)
    inspector = make_inspector(args.rules, args.lang)
    inspector.check()
    if args.image == "-":
        loaded = load_image(sys.stdin.buffer.read(), name="stdin")
    else:
        if Path(args.image).is_dir():
            raise UsageError(f"{args.image} is a folder. Use: inspector scan {args.image} --out DIR")
        loaded = load_image(args.image, name=args.image)
    report = filter_report(inspector.inspect(loaded), args.min_severity, getattr(inspector, "rules", None))
    if args.json:
        _emit(sys.stdout, json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
    else:
        _emit(sys.stdout, render.report_text(report, lang=args.lang))
    if args.html:
        page = render.report_html(report, render.annotate(loaded.bgr, report), lang=args.lang,
                                  title="stdin" if args.image == "-" else Path(args.image).name)
        atomic_write_text(Path(args.html), page)
    return EXIT_MARKERS_FOUND if report.findings else EXIT_NO_MARKERS


def cmd_scan(args: argparse.Namespace) -> int:
    """Inspect every image under FOLDER into --out; see the module docstring for the guarantees."""
    err = sys.stderr
    folder = Path(args.folder)
    if not folder.is_dir():
        raise UsageError(f"{args.folder}: no such folder. Give the folder that holds the pictures.")
    out = Path(args.out)
    try:
        (out / ANNOTATED).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"{args.out}: cannot create the output folder ({exc.strerror}).") from None
    settings = {"rules_sha256": _rules_sha(args.rules), "min_severity": args.min_severity}
    opts = ScanOptions(out=str(out), rules=args.rules, lang=args.lang, min_severity=args.min_severity,
                       settings=settings, debug=args.debug)
    show = not args.quiet

    # Build one Inspector here before any work: a bad rule file (exit 2) or a
    # missing Tesseract (exit 3) should stop the run at once, not as N error rows.
    inspector = make_inspector(args.rules, args.lang)
    inspector.check()

    remove_stale_temps(out)
    results_path = out / RESULTS
    previous, damaged = load_rows(results_path)
    if damaged:  # drop the torn line now, or the next append would glue onto it
        atomic_write_text(results_path, _jsonl(previous))

    candidates, skipped, notes = find_images(folder, exclude=[out, out / ANNOTATED])
    if show:
        for note in notes:
            print(f"note: {note}", file=err)

    latest: dict[str, dict[str, Any]] = {r["file"]: r for r in previous}  # later lines win
    good_by_sha: dict[str, dict[str, Any]] = {}
    for r in previous:
        if r.get("ok") and r.get("report") and r.get("settings") == settings and r.get("sha256"):
            good_by_sha[r["sha256"]] = r

    final: dict[str, dict[str, Any]] = {}
    tasks: list[Task] = []
    reused: list[dict[str, Any]] = []
    for c in candidates:
        ann = f"{ANNOTATED}/{safe_name(c.rel)}"
        try:
            sha = file_sha256(c.path)
        except OSError as exc:
            reused.append(_row(Task(str(c.path), c.rel, "", ann), opts,
                               error=f"{c.rel}: cannot open the file ({exc.strerror}).", error_type="BadImageError"))
            continue
        prev = good_by_sha.get(sha) if not args.force else None
        if prev is not None:
            mine = latest.get(c.rel)
            if mine is prev or (mine and mine.get("sha256") == sha and mine.get("ok") and mine.get("settings") == settings):
                if mine.get("annotated") and (out / mine["annotated"]).is_file():
                    final[c.rel] = mine
                    continue
            elif prev.get("annotated") and (out / prev["annotated"]).is_file():
                # Same picture under another name (copied or renamed): reuse its report.
                atomic_write_bytes(out / ann, (out / prev["annotated"]).read_bytes())
                reused.append(dict(prev, file=c.rel, annotated=ann, inspected_at=_now()))
                continue
        tasks.append(Task(str(c.path), c.rel, sha, ann))

    pending = 0
    if args.limit is not None and len(tasks) > args.limit:
        pending = len(tasks) - args.limit
        tasks = tasks[: args.limit]
    workers = max(1, min(args.workers, len(tasks)))
    if show:
        done_before = len(candidates) - len(tasks) - pending - len(reused)
        parts = [f"{len(candidates)} images in {folder}"]
        if done_before:
            parts.append(f"{done_before} already done")
        if skipped:
            parts.append(f"{skipped} other files skipped")
        parts.append(f"{len(tasks)} to inspect with {workers} worker{'s' if workers > 1 else ''}")
        print("scan: " + ", ".join(parts), file=err)

    progress = Progress(len(tasks), err, show and err.isatty())
    started = time.monotonic()
    restore_sigterm = _sigterm_as_interrupt()
    interrupted = False
    with open(results_path, "a", encoding="utf-8") as log:
        def record(row: dict[str, Any], tick: bool = True) -> None:
            # One line, flushed and fsynced, per finished image: a crash
            # costs at most the line being written.
            log.write(json.dumps(row, ensure_ascii=False) + "\n")
            log.flush()
            os.fsync(log.fileno())
            final[row["file"]] = row
            if args.json:
                _emit(sys.stdout, json.dumps(row, ensure_ascii=False) + "\n")
            if not row.get("ok") and show:
                progress.clear()
                print(f"error: {row.get('error')}", file=err)
            if tick:
                progress.update()

        if args.json:  # rows kept from earlier runs are results of this folder too
            for row in final.values():
                _emit(sys.stdout, json.dumps(row, ensure_ascii=False) + "\n")
        for row in reused:
            record(row, tick=False)
        try:
            if workers == 1:
                # In this process: no start-up cost, and the Inspector built
                # above is reused.
                for task in tasks:
                    record(inspect_task(inspector, task, opts))
            else:
                _SEED.update(inspector=inspector, opts=opts)
                try:
                    run_parallel(tasks, workers, opts, record)
                finally:
                    _SEED.clear()
        except KeyboardInterrupt:
            interrupted = True
        finally:
            restore_sigterm()
            progress.close()
            # Reports cover the images of this folder that have a row, in
            # walk order; results.jsonl is rewritten to match, one line each.
            rows = [final[c.rel] for c in candidates if c.rel in final]
            atomic_write_text(results_path, _jsonl(rows))
            atomic_write_text(out / SUMMARY, summary_csv(rows), encoding="utf-8-sig")  # BOM: Excel reads Chinese
            atomic_write_text(out / REPORT, render.batch_html(rows, lang=args.lang))

    elapsed = time.monotonic() - started
    inspected = progress.done
    if show or interrupted:
        flagged = sum(1 for r in rows if (r.get("report") or {}).get("findings"))
        errors = sum(1 for r in rows if not r.get("ok"))
        rate = f" ({inspected / elapsed:.2f} images/s)" if inspected and elapsed > 0 else ""
        print(f"scan: inspected {inspected} in {elapsed:.1f} s{rate}; {flagged} with warning signs, "
              f"{errors} unreadable. Report: {out / REPORT}", file=err)
    if interrupted:
        print("scan: interrupted; run the same command again to finish the rest", file=err)
        return EXIT_INTERRUPTED
    if pending and show:
        print(f"scan: stopped after {args.limit} images (--limit); {pending} left: run again to finish", file=err)
    return scan_exit_code(rows)


# --------------------------------------------------------------------------- parser and main


def _int_at_least(minimum: int) -> Callable[[str], int]:
    """An argparse type: a whole number no smaller than ``minimum``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
        if value < minimum:
            bound = "at least 1" if minimum == 1 else f"{minimum} or more"
            raise argparse.ArgumentTypeError(f"must be {bound}, got {value}")
        return value

    return parse


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation tools and tests)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the report (default: zh)")
    common.add_argument("--rules", metavar="FILE", help="extra rule file (YAML) to add to the built-in rules; validated first")
    common.add_argument("--min-severity", choices=SEVERITIES, default="low",
                        help="report only findings of this severity or higher (default: low, i.e. all)")
    common.add_argument("--json", action="store_true", help="print results as JSON on stdout")
    common.add_argument("--debug", action="store_true", help="show tracebacks for errors")

    parser = argparse.ArgumentParser(
        prog="inspector",
        description="Find forgery and intimidation markers in photos and screenshots of debt-collection papers and text messages.",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"inspector {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="{scan,check}")
    sub.required = True

    scan = sub.add_parser(
        "scan", parents=[common], epilog=EXIT_CODES_HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
        help="inspect every image in a folder (recursively) into a report folder",
        description="Inspect every image under FOLDER in parallel. Writes results.jsonl, summary.csv, report.html "
                    "and annotated/ into --out. Run again with the same --out to finish an interrupted scan.",
    )
    scan.add_argument("folder", metavar="FOLDER")
    scan.add_argument("--out", metavar="DIR", default="inspector-report",
                      help="folder for the results (default: ./inspector-report)")
    scan.add_argument("--workers", type=_int_at_least(1), default=default_workers(), metavar="N",
                      help="worker processes (default: this machine's cores, %(default)s here)")
    scan.add_argument("--quiet", action="store_true", help="no progress bar or notes on stderr (errors still shown)")
    scan.add_argument("--force", action="store_true", help="inspect every image again, even those already done")
    scan.add_argument("--limit", type=_int_at_least(0), metavar="N",
                      help="inspect at most N new images this run, then stop (run again to continue)")

    check = sub.add_parser(
        "check", parents=[common], epilog=EXIT_CODES_HELP, formatter_class=argparse.RawDescriptionHelpFormatter,
        help="inspect one image and print a readable report",
        description="Inspect one image (or '-' for stdin) and print the verdict and each warning sign with its explanation.",
    )
    check.add_argument("image", metavar="IMAGE")
    check.add_argument("--html", metavar="FILE", help="also write a self-contained HTML report to FILE")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    handler = {"scan": cmd_scan, "check": cmd_check}[args.command]
    try:
        return handler(args)
    except InspectorError as exc:
        if args.debug:
            traceback.print_exc()
        _emit(sys.stderr, f"inspector: {exc}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        _emit(sys.stderr, "inspector: interrupted\n")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `inspector scan ... --json | head`: the reader left; not an error of ours.
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return EXIT_NO_MARKERS
    except Exception as exc:
        if args.debug:
            traceback.print_exc()
        _emit(sys.stderr, f"inspector: internal error: {type(exc).__name__}: {exc} (run with --debug for details)\n")
        return EXIT_INTERNAL_ERROR
