"""Characters pulled apart on the image: the "法 院 传 票" dodge, measured in pixels.

Tesseract drops the spaces between Chinese characters and its word boxes
overlap, so spacing is measured on the picture itself: within each OCR line,
the ink is projected onto the x axis, split into character cells, and the
gaps between cells are compared with the line's height (Chinese type is
square: a normal gap is under a quarter of the height; an inserted space
adds a third to a half). A run of at least four square cells with wide gaps
between each pair is a spaced-out word.
"""
from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from .model import Box
from .text import Line, is_cjk

WIDE_GAP = 0.3        # gap / character height above which two characters are set apart
MIN_RUN = 4           # characters in a row, each pair set apart
SQUARE = (0.55, 1.3)  # width / height of one Chinese character cell
MAX_PITCH = 2.6       # run width per character / character width: wider is columns, not spacing


@dataclass(frozen=True)
class SpacedRun:
    text: str
    box: Box
    line: int
    message: int | None = None


def _cells(profile: np.ndarray, h: float) -> list[tuple[int, int]]:
    """Character cells from an ink column profile: ink spans, with narrow pieces merged.

    Characters such as 川 or 小 split into strokes with small gaps; pieces are
    merged while the result is no wider than a character and the gap between
    them is small.
    """
    cols = np.flatnonzero(profile > 0)
    if cols.size == 0:
        return []
    spans: list[list[int]] = []
    start = prev = int(cols[0])
    for c in cols[1:]:
        c = int(c)
        if c > prev + 1:
            spans.append([start, prev + 1])
            start = c
        prev = c
    spans.append([start, prev + 1])
    merged: list[list[int]] = [spans[0]]
    for a, b in spans[1:]:
        pa, pb = merged[-1]
        if (b - pa) <= 1.1 * h and (a - pb) <= 0.22 * h:
            merged[-1][1] = b
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def spaced_runs(gray: np.ndarray, lines: list[Line], skip_titles: bool = False) -> list[SpacedRun]:
    """Spaced-out runs in the OCR ``lines`` of ``gray`` (the upright page, 8-bit grey).

    With ``skip_titles`` (documents), short lines in large type are left out:
    letter-spaced headings such as "律 师 函" are ordinary typography there.
    Runs of two or three characters ("立即 起 诉") were tried with a narrower
    gap: on photos and in some fonts ordinary kerning reached it, and false
    findings outnumbered true ones, so runs start at ``MIN_RUN``.
    """
    out: list[SpacedRun] = []
    H, W = gray.shape[:2]
    heights = [ln.height for ln in lines if ln.height > 0]
    page_h = float(np.median(heights)) if heights else 0.0
    for li, ln in enumerate(lines):
        box = ln.box
        n_cjk = sum(1 for c in ln.chars if is_cjk(c))
        if box is None or n_cjk < MIN_RUN:
            continue
        if skip_titles and n_cjk <= 6 and page_h and ln.height >= 1.25 * page_h:
            continue
        x, y, w, h = box
        pad = max(2, h // 8)
        x0, y0, x1, y1 = max(0, x - pad), max(0, y - pad // 2), min(W, x + w + pad), min(H, y + h + pad // 2)
        crop = gray[y0:y1, x0:x1]
        if crop.size == 0 or crop.shape[0] < 6:
            continue
        if float(np.median(crop)) < 110:  # light text on a dark screen
            crop = 255 - crop
        _, ink = cv2.threshold(crop, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
        if ink.mean() > 0.5:  # nothing but background noise
            continue
        # The character height is the ink's vertical extent on the line (OCR
        # line boxes are taller than the type); Chinese characters are square.
        rows = np.flatnonzero(ink.sum(axis=1) >= max(1, int(0.02 * ink.shape[1])))
        if rows.size == 0:
            continue
        lh = float(rows[-1] - rows[0] + 1)
        if lh < 6:
            continue
        # Columns need a little ink, so noise specks do not bridge a gap.
        profile = (ink.sum(axis=0) >= max(1, int(0.04 * lh))).astype(np.uint8)
        cells = _cells(profile, lh)
        # Cell heights, so punctuation (short marks) breaks a run.
        run: list[tuple[int, int]] = []

        def flush() -> None:
            if len(run) >= MIN_RUN:
                rx0, rx1 = run[0][0] + x0, run[-1][1] + x0
                inside = [(c, b) for c, b in zip(ln.chars, ln.boxes)
                          if b is not None and is_cjk(c) and rx0 - 2 <= b[0] + b[2] / 2 <= rx1 + 2]
                chars = [c for c, _ in inside]
                # A spaced word keeps its characters a space or so apart; a table row
                # (date, item, sums in columns) spreads a few characters across the page.
                char_w = float(np.median([b[2] for _, b in inside])) if inside else 0.0
                if len(chars) >= MIN_RUN - 1 and rx1 - rx0 <= MAX_PITCH * max(char_w, 1.0) * len(chars):
                    out.append(SpacedRun(text="".join(chars), box=(rx0, y, rx1 - rx0, h), line=li, message=ln.message))

        for a, b in cells:
            width = b - a
            cell_rows = np.flatnonzero(ink[:, a:b].any(axis=1))
            tall = cell_rows.size and (cell_rows[-1] - cell_rows[0] + 1) >= 0.55 * lh
            square = SQUARE[0] * lh <= width <= SQUARE[1] * lh and tall
            if not square:
                flush()
                run = []
                continue
            if run and (a - run[-1][1]) >= WIDE_GAP * lh:
                run.append((a, b))
            else:
                flush()
                run = [(a, b)]
        flush()
    return out
