"""Characters pulled apart on the image: the "法 院 传 票" dodge, measured in pixels.

Tesseract drops the spaces between Chinese characters and its word boxes
overlap, so spacing is measured on the picture itself: within each OCR line,
the ink is projected onto the x axis, split into character cells, and the
gaps between cells are compared with the line's height (Chinese type is
square: a normal gap is under a quarter of the height; an inserted space
adds a third to a half). A run of at least four square cells with wide gaps
between each pair is a spaced-out word. A single gap much wider than the
line's usual one is reported too, as a window of text with a space in it,
for the rules to judge: only a sensitive word straddling it is the dodge.
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
TITLE_CHARS = 10      # a short line in large type on a document is its heading (人 民 调 解 协 议 书)
MAX_PITCH = 2.6       # run width per character / character width: wider is columns, not spacing
PAIR_GAP = 0.25       # one gap inside a line, / character height, that may split a word ...
PAIR_EXTRA = 0.12     # ... when it is also this much wider than the line's usual gap
PHOTO_PAIR_GAP, PHOTO_PAIR_EXTRA = 0.35, 0.2  # the same on a photo (a fold opened 0.28 inside 执行)
ALIGN_SLACK = 0.12    # share of a line's characters and cells that may go unpaired


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


@dataclass(frozen=True)
class _LineInk:
    """One OCR line's ink on the image: character cells along x, in crop coordinates."""

    x0: int
    lh: float                       # height of the characters' ink
    cells: list[tuple[int, int]]
    square: list[bool]              # is the cell one whole Chinese character?


def _line_ink(gray: np.ndarray, ln: Line, tight: bool = False) -> _LineInk | None:
    box = ln.box
    if box is None:
        return None
    H, W = gray.shape[:2]
    x, y, w, h = box
    # The line's box grows with a tall comma or a bracket; with ``tight``, the
    # Chinese characters' own boxes give the band where the type sits, so
    # strokes of the lines above and below stay out of the crop.
    cjk = [b for c, b in zip(ln.chars, ln.boxes) if b is not None and is_cjk(c)] if tight else []
    if cjk:
        top = int(np.median([b[1] for b in cjk]))
        y, h = top, max(1, int(np.median([b[1] + b[3] for b in cjk])) - top)
    pad = max(2, h // 8)
    x0, y0, x1, y1 = max(0, x - pad), max(0, y - pad // 2), min(W, x + w + pad), min(H, y + h + pad // 2)
    crop = gray[y0:y1, x0:x1]
    if crop.size == 0 or crop.shape[0] < 6:
        return None
    if float(np.median(crop)) < 110:  # light text on a dark screen
        crop = 255 - crop
    _, ink = cv2.threshold(crop, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    if ink.mean() > 0.5:  # nothing but background noise
        return None
    # The character height is the ink's vertical extent on the line (OCR
    # line boxes are taller than the type); Chinese characters are square.
    rows = np.flatnonzero(ink.sum(axis=1) >= max(1, int(0.02 * ink.shape[1])))
    if rows.size == 0:
        return None
    lh = float(rows[-1] - rows[0] + 1)
    if lh < 6:
        return None
    # Columns need a little ink, so noise specks do not bridge a gap.
    profile = (ink.sum(axis=0) >= max(1, int(0.04 * lh))).astype(np.uint8)
    cells = _cells(profile, lh)
    square = []
    for a, b in cells:
        # Cell heights, so punctuation (short marks) breaks a run.
        cell_rows = np.flatnonzero(ink[:, a:b].any(axis=1))
        tall = bool(cell_rows.size) and (cell_rows[-1] - cell_rows[0] + 1) >= 0.55 * lh
        square.append(tall and SQUARE[0] * lh <= b - a <= SQUARE[1] * lh)
    return _LineInk(x0=x0, lh=lh, cells=cells, square=square)


def _align(chars: list[str], square: list[bool]) -> dict[int, int]:
    """Which cell holds which Chinese character: index in ``chars`` -> index in cells.

    Tesseract's boxes for single Chinese characters are often off by a
    character or two, so characters are matched to cells by order: an edit
    alignment of the kinds (Chinese character / other) against (square cell /
    other), which steps over a merged pair of characters or a split one.
    Only characters paired with a square cell are returned, and none when the
    line and its cells disagree too much to pair them with confidence (a
    misread line, digits and letters in table columns). Only the stretch from
    the first to the last Chinese character, and from the first to the last
    square cell, is aligned: what OCR makes of a chat bubble's tail or a
    line's closing mark ("会被冻结=Ho") is no disagreement about the characters.
    """
    cjk_at = [i for i, c in enumerate(chars) if is_cjk(c)]
    cell_at = [j for j, sq in enumerate(square) if sq]
    if not cjk_at or not cell_at:
        return {}
    a, c = cjk_at[0], cell_at[0]
    inner = _align_span([is_cjk(ch) for ch in chars[a:cjk_at[-1] + 1]], list(square[c:cell_at[-1] + 1]))
    return {i + a: j + c for i, j in inner.items()}


def _align_span(kinds: list[bool], square: list[bool]) -> dict[int, int]:
    """:func:`_align` on kinds (Chinese character or not) and cells (square or not)."""
    n, m = len(kinds), len(square)
    cost = np.zeros((n + 1, m + 1), dtype=np.int32)
    cost[:, 0] = np.arange(n + 1)
    cost[0, :] = np.arange(m + 1)
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost[i, j] = min(cost[i - 1, j - 1] + (kinds[i - 1] != square[j - 1]),
                             cost[i - 1, j] + 1, cost[i, j - 1] + 1)
    pairs: dict[int, int] = {}
    if cost[n, m] > ALIGN_SLACK * max(n, m):
        return pairs
    i, j = n, m
    while i and j:
        if cost[i, j] == cost[i - 1, j - 1] + (kinds[i - 1] != square[j - 1]):
            if kinds[i - 1] and square[j - 1]:
                pairs[i - 1] = j - 1
            i, j = i - 1, j - 1
        elif cost[i, j] == cost[i - 1, j] + 1:
            i -= 1
        else:
            j -= 1
    return pairs


def _centre_x(box: Box | None) -> float:
    return float("inf") if box is None else box[0] + box[2] / 2


def split_words(gray: np.ndarray, lines: list[Line], photo: bool = False) -> list[SpacedRun]:
    """Single wide gaps inside a line ("立即起 诉"), each with the characters around it.

    Two characters of a sensitive word pulled apart are the dodge as surely as
    four, but a gap alone says nothing: a label and its value, or a name set
    apart, open gaps too. So every gap much wider than the line's usual one is
    returned as a short window of text with a space where the gap is, and the
    rules decide whether a sensitive word straddles it. On a photo (``photo``)
    blur, folds and the squaring of a bowed sheet make gaps uneven, so a gap
    must stand out more there.
    """
    min_gap, extra = (PHOTO_PAIR_GAP, PHOTO_PAIR_EXTRA) if photo else (PAIR_GAP, PAIR_EXTRA)
    out: list[SpacedRun] = []
    for li, ln in enumerate(lines):
        if ln.box is None or sum(1 for c in ln.chars if is_cjk(c)) < 3:
            continue
        ink = _line_ink(gray, ln, tight=True)
        if ink is None:
            continue
        cells, lh = ink.cells, ink.lh
        usual = [cells[k + 1][0] - cells[k][1] for k in range(len(cells) - 1)
                 if ink.square[k] and ink.square[k + 1]]
        if len(usual) < 3:
            continue
        usual_gap = float(np.median(usual))
        wide = {k for k in range(len(cells) - 1) if ink.square[k] and ink.square[k + 1]
                and cells[k + 1][0] - cells[k][1] >= max(min_gap * lh, usual_gap + extra * lh)}
        if not wide:
            continue  # most lines: nothing stands out, no need to pair characters with cells
        where = _align(ln.chars, ink.square)
        for i in range(len(ln.chars) - 1):
            k, k2 = where.get(i), where.get(i + 1)
            if k is None or k2 != k + 1 or k not in wide:
                continue
            # Tesseract's own boxes must agree, roughly, with the cells paired.
            if any(abs(_centre_x(ln.boxes[j]) - ink.x0 - sum(cells[c]) / 2) > 0.8 * lh
                   for j, c in ((i, k), (i + 1, k2))):
                continue
            lo, hi = max(0, i - 2), min(len(ln.chars), i + 4)
            text = "".join(ln.chars[lo:i + 1]) + " " + "".join(ln.chars[i + 1:hi])
            held = [cells[where[j]] for j in range(lo, hi) if j in where]
            y, h = ln.box[1], ln.box[3]
            rx0, rx1 = min(a for a, _ in held) + ink.x0, max(b for _, b in held) + ink.x0
            out.append(SpacedRun(text=text, box=(rx0, y, rx1 - rx0, h), line=li, message=ln.message))
    return out


def spaced_runs(gray: np.ndarray, lines: list[Line], skip_titles: bool = False) -> list[SpacedRun]:
    """Spaced-out runs in the OCR ``lines`` of ``gray`` (the upright page, 8-bit grey).

    With ``skip_titles`` (documents), short lines in large type are left out:
    letter-spaced headings such as "律 师 函" are ordinary typography there.
    Runs of two or three characters ("立即 起 诉") were tried with a narrower
    gap: on photos and in some fonts ordinary kerning reached it, and false
    findings outnumbered true ones, so runs start at ``MIN_RUN``; a short
    word pulled apart is found by :func:`split_words` instead.
    """
    out: list[SpacedRun] = []
    heights = [ln.height for ln in lines if ln.height > 0]
    page_h = float(np.median(heights)) if heights else 0.0
    for li, ln in enumerate(lines):
        n_cjk = sum(1 for c in ln.chars if is_cjk(c))
        if ln.box is None or n_cjk < MIN_RUN:
            continue
        if skip_titles and n_cjk <= TITLE_CHARS and page_h and ln.height >= 1.25 * page_h:
            continue
        ink = _line_ink(gray, ln)
        if ink is None:
            continue
        x0, lh, cells = ink.x0, ink.lh, ink.cells
        y, h = ln.box[1], ln.box[3]
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

        for (a, b), square in zip(cells, ink.square):
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


def pulled_apart(gray: np.ndarray, lines: list[Line], skip_titles: bool = False,
                 photo: bool = False) -> list[SpacedRun]:
    """Both kinds: runs of spaced characters (no spaces in their text) and single
    wide gaps (a space in their text where the gap is)."""
    return spaced_runs(gray, lines, skip_titles=skip_titles) + split_words(gray, lines, photo=photo)
