"""Tesseract behind a small interface: an image in, words with boxes out.

One Tesseract call per image for the body text. ``OMP_THREAD_LIMIT=1`` is set
because on small machines Tesseract's own OpenMP threads fight each other
(measured here: about 0.8 s instead of 3 s an A4 page).

Two ways to run Tesseract, chosen by ``INSPECTOR_OCR_BACKEND``:

* ``inprocess`` (the default when the ``tesserocr`` package is installed): the
  library is loaded once per process and each model once per (languages,
  page-segmentation mode). A small read, such as a seal's ring, then costs
  tens of milliseconds instead of a process start and a model load
  (``bench/speed.py`` prints both).
* ``cli``: the ``tesseract`` program that pytesseract finds, with the picture
  piped through stdin. Used when tesserocr is missing or cannot find the
  language data.

Both read the Debian language data (``tesseract-ocr-chi-sim``,
``tesseract-ocr-eng``) and neither writes the picture to disk.
"""
from __future__ import annotations

import functools
import os
import threading
from dataclasses import dataclass

import cv2
import numpy as np

from .errors import BadImageError, MissingDependencyError
from .model import Word

DEFAULT_LANGS = "chi_sim+eng"
INSTALL_HINT = "apt-get install -y tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng"

# Tesseract's Chinese model reads best with characters about 30-45 px tall;
# smaller text (messenger-scaled screenshots) is upscaled, huge photos shrunk.
TARGET_CHAR_HEIGHT = 36.0
MIN_SCALE, MAX_SCALE = 0.35, 3.0
MAX_OCR_SIDE = 4200
OCR_TIMEOUT = 120  # seconds for one Tesseract run
SOURCE_DPI = 70  # what the tesseract program assumes for pictures that carry no resolution


@dataclass(frozen=True)
class EngineInfo:
    version: str
    languages: tuple[str, ...]
    backend: str = "cli"
    tessdata: str | None = None


BACKENDS = ("auto", "inprocess", "cli")


def _list_langs(cmd: str) -> tuple[str | None, tuple[str, ...]]:
    """Where the installed ``tesseract`` program keeps its language data, and the languages it has.

    One ``tesseract --list-langs`` run answers both. Raises OSError when the
    program cannot be run.
    """
    import re
    import subprocess

    try:
        out = subprocess.run([cmd, "--list-langs"], capture_output=True, timeout=30)
    except subprocess.TimeoutExpired as e:
        raise OSError(f"{cmd} --list-langs did not answer") from e
    text = out.stdout.decode("utf-8", "replace") + out.stderr.decode("utf-8", "replace")
    m = re.search(r'"([^"]+)"', text)
    langs = tuple(ln.strip() for ln in text.splitlines()[1:] if ln.strip() and " " not in ln.strip())
    return (m.group(1) if m else None), langs


class TesseractEngine:
    """pytesseract-backed engine. Checks the installation once, on first use."""

    def __init__(self, langs: str = DEFAULT_LANGS, backend: str | None = None) -> None:
        self.langs = langs
        self.backend = (backend or os.environ.get("INSPECTOR_OCR_BACKEND") or "auto").strip().lower()
        if self.backend not in BACKENDS:
            raise ValueError(f"unknown OCR backend {self.backend!r}; use one of: {', '.join(BACKENDS)}")
        self._info: EngineInfo | None = None
        self._lock = threading.Lock()
        self._apis = threading.local()

    @property
    def info(self) -> EngineInfo:
        if self._info is None:
            with self._lock:
                if self._info is None:
                    self._info = self._check()
        return self._info

    def _check(self) -> EngineInfo:
        import pytesseract

        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        try:
            version = str(pytesseract.get_tesseract_version())
            tessdata, available = _list_langs(pytesseract.pytesseract.tesseract_cmd)
        except (pytesseract.TesseractNotFoundError, FileNotFoundError, OSError):
            raise MissingDependencyError(
                f"Tesseract OCR is not installed. Install it with: {INSTALL_HINT}"
            ) from None
        wanted = [lang for lang in self.langs.split("+") if lang]
        missing = [lang for lang in wanted if lang not in available]
        if missing:
            pkgs = " ".join("tesseract-ocr-" + lang.replace("_", "-") for lang in missing)
            raise MissingDependencyError(
                f"Tesseract has no language data for {', '.join(missing)}. Install it with: apt-get install -y {pkgs}"
            )
        info = EngineInfo(version=version.split()[0], languages=tuple(wanted))
        if self.backend == "cli":
            return info
        inproc = self._inprocess_info(wanted, tessdata)
        if inproc is None:
            if self.backend == "inprocess":
                raise MissingDependencyError(
                    "The in-process OCR backend needs the Python package tesserocr and the Tesseract language "
                    f"data. Install it with: pip install tesserocr; {INSTALL_HINT}; or set INSPECTOR_OCR_BACKEND=cli."
                )
            return info
        return inproc

    def _inprocess_info(self, wanted: list[str], path: str | None) -> EngineInfo | None:
        """The tesserocr library's version, if it is installed and finds the language data in ``path``."""
        try:
            import tesserocr
        except ImportError:
            return None
        if not path:
            return None
        try:
            _, available = tesserocr.get_languages(path)
        except RuntimeError:
            return None
        if any(lang not in available for lang in wanted):
            return None
        version = tesserocr.tesseract_version().split()[1]
        return EngineInfo(version=version, languages=tuple(wanted), backend="inprocess", tessdata=path)

    def _api(self, langs: str, psm: int):
        """This thread's tesserocr handle for (langs, psm), created on first use (the model loads once)."""
        import tesserocr

        cache = getattr(self._apis, "cache", None)
        if cache is None:
            cache = self._apis.cache = {}
        key = (langs, psm)
        api = cache.get(key)
        if api is None:
            api = tesserocr.PyTessBaseAPI(path=self.info.tessdata, lang=langs, psm=psm)
            api.SetVariable("preserve_interword_spaces", "1")
            cache[key] = api
        return api

    def read_words(self, image: np.ndarray, psm: int = 3, scale: float | None = None,
                   langs: str | None = None) -> list[Word]:
        """Words with boxes in ``image`` coordinates, confidence 0-100.

        ``image`` is BGR or grey uint8. ``scale`` is chosen from the text size
        when not given. Words keep Tesseract's (block, paragraph, line) key.
        """
        self.info  # fail early with the install hint
        gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
        if scale is None:
            scale = choose_scale(gray)
        work = gray
        if abs(scale - 1.0) > 0.05:
            interp = cv2.INTER_CUBIC if scale > 1 else cv2.INTER_AREA
            work = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=interp)
        data = self._run_tsv(work, psm=psm, langs=langs or self.langs)
        words: list[Word] = []
        inv = 1.0 / scale
        for i, text in enumerate(data["text"]):
            text = (text or "").strip()
            if not text:
                continue
            conf = float(data["conf"][i])
            if conf < 0:
                continue
            box = (
                int(round(data["left"][i] * inv)),
                int(round(data["top"][i] * inv)),
                max(1, int(round(data["width"][i] * inv))),
                max(1, int(round(data["height"][i] * inv))),
            )
            line = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
            words.append(Word(text=text, box=box, conf=conf, line=line))
        return words

    def _run_tsv(self, gray: np.ndarray, psm: int, langs: str) -> dict[str, list]:
        if self.info.backend == "inprocess":
            return self._run_inprocess(gray, psm, langs)
        return self._run_cli(gray, psm, langs)

    def _run_inprocess(self, gray: np.ndarray, psm: int, langs: str) -> dict[str, list]:
        """Run the loaded library on the picture in memory; its TSV as columns."""
        from PIL import Image

        api = self._api(langs, psm)
        api.SetImage(Image.fromarray(np.ascontiguousarray(gray)))
        # The command line assumes 70 dpi for a picture without a resolution;
        # left unset here, Tesseract's layout analysis drops whole lines.
        api.SetSourceResolution(SOURCE_DPI)
        try:
            if not api.Recognize():
                raise BadImageError("Tesseract could not read this image.")
            tsv = api.GetTSVText(0)
        finally:
            api.Clear()
        return parse_tsv(_TSV_HEADER + "\n" + tsv)

    def _run_cli(self, gray: np.ndarray, psm: int, langs: str) -> dict[str, list]:
        """Run Tesseract with the picture on stdin and its TSV on stdout.

        pytesseract's ``image_to_data`` saves every picture to a temporary file
        for Tesseract to read; people's debt letters must never touch the
        disk, so the PNG is encoded in memory and piped instead. pytesseract
        still locates the binary and checks the installation.
        """
        import subprocess

        import pytesseract

        ok, png = cv2.imencode(".png", gray)
        if not ok:
            raise BadImageError("the image could not be prepared for OCR.")
        cmd = [pytesseract.pytesseract.tesseract_cmd, "stdin", "stdout", "-l", langs, "--psm", str(psm),
               "-c", "preserve_interword_spaces=1", "tsv"]
        env = dict(os.environ)
        env.setdefault("OMP_THREAD_LIMIT", "1")
        try:
            proc = subprocess.run(cmd, input=png.tobytes(), capture_output=True, env=env, timeout=OCR_TIMEOUT)
        except FileNotFoundError:
            raise MissingDependencyError(f"Tesseract OCR is not installed. Install it with: {INSTALL_HINT}") from None
        except subprocess.TimeoutExpired:
            raise BadImageError(f"OCR took longer than {OCR_TIMEOUT} s on this image; try a smaller picture.") from None
        if proc.returncode != 0:
            msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            raise BadImageError(f"Tesseract could not read this image: {msg[-1] if msg else proc.returncode}")
        return parse_tsv(proc.stdout.decode("utf-8", "replace"))

    def read_text(self, image: np.ndarray, psm: int = 7, langs: str = "chi_sim") -> tuple[str, float]:
        """Text of a small region (a seal's unwrapped ring, a line) and mean confidence 0..1.

        Chinese only by default: a seal's ring read with the English model too
        turns into Latin look-alikes.
        """
        words = self.read_words(image, psm=psm, scale=1.0, langs=langs)
        if not words:
            return "", 0.0
        text = "".join(w.text for w in words)
        return text, float(np.mean([w.conf for w in words])) / 100.0


def parse_tsv(tsv: str) -> dict[str, list]:
    """Tesseract's TSV output as columns (the shape pytesseract's Output.DICT has)."""
    rows = tsv.splitlines()
    if not rows:
        return {k: [] for k in _TSV_INT + ("conf", "text")}
    header = rows[0].split("\t")
    cols: dict[str, list] = {k: [] for k in header}
    for row in rows[1:]:
        parts = row.split("\t")
        if len(parts) < len(header):
            parts += [""] * (len(header) - len(parts))
        for k, v in zip(header, parts):
            if k == "text":
                cols[k].append(v)
            elif k == "conf":
                cols[k].append(float(v) if v else -1.0)
            else:
                cols[k].append(int(v) if v.lstrip("-").isdigit() else 0)
    return cols


_TSV_INT = ("level", "page_num", "block_num", "par_num", "line_num", "word_num", "left", "top", "width", "height")
_TSV_HEADER = "\t".join(_TSV_INT + ("conf", "text"))


def choose_scale(gray: np.ndarray) -> float:
    """Scale factor that brings the typical character to ~TARGET_CHAR_HEIGHT px.

    The typical character height is the median height of dark connected
    components of text-like size; cheap (a threshold and one labelling on a
    reduced copy) compared with the OCR it tunes.
    """
    h, w = gray.shape[:2]
    reduce = min(1.0, 1600.0 / max(h, w))
    small = cv2.resize(gray, None, fx=reduce, fy=reduce, interpolation=cv2.INTER_AREA) if reduce < 1 else gray
    if float(np.median(small)) < 100:  # dark mode: light text on a dark screen
        small = 255 - small
    # Ink is whatever is clearly darker than its neighbourhood: copes with
    # shadows and colour casts, and keeps neighbouring lines apart.
    mask = cv2.adaptiveThreshold(small, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    if n <= 1:
        return 1.0
    hs = stats[1:, cv2.CC_STAT_HEIGHT].astype(np.float64)
    ws = stats[1:, cv2.CC_STAT_WIDTH].astype(np.float64)
    ok = (hs >= 4) & (hs <= small.shape[0] * 0.1) & (ws <= small.shape[1] * 0.2)
    if ok.sum() < 8:
        return 1.0
    # Chinese characters break into several strokes; the taller components
    # are whole characters, so take an upper quantile rather than the median.
    char_h = float(np.percentile(hs[ok], 75)) / reduce
    scale = TARGET_CHAR_HEIGHT / max(char_h, 1.0)
    scale = float(np.clip(scale, MIN_SCALE, MAX_SCALE))
    if max(h, w) * scale > MAX_OCR_SIDE:
        scale = max(MIN_SCALE, MAX_OCR_SIDE / max(h, w))
    return scale


@functools.lru_cache(maxsize=4)
def get_engine(langs: str = DEFAULT_LANGS) -> TesseractEngine:
    """The shared engine for ``langs`` (created once per process)."""
    return TesseractEngine(langs)
