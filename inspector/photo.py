"""A phone photo of a paper made fit for OCR: the sheet cut out and squared, its light evened.

Tesseract reads a flat, evenly lit scan best. A photo has the sheet at an
angle against a table, one end nearer the lens, and shadows or a light
gradient across it. ``prepare`` finds the sheet's four corners, warps the sheet
to an upright rectangle, and divides out the uneven lighting. Words read on
the prepared page are mapped back with ``PreparedPage.to_original``, so every
box still refers to the picture the user gave.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import cv2
import numpy as np

from .model import Box, Word

# The sheet must cover this share of the picture (a smaller bright shape is a
# label or a screen, not the page) but not all of it: a sheet that fills the
# frame has no edges to find, and is read as it is.
MIN_PAPER_SHARE = 0.2
MAX_PAPER_SHARE = 0.97
DETECT_SIDE = 640  # corners are found on a copy this size: fast, and accurate to a few pixels
INSET = 0.006      # share of each side trimmed off the squared sheet: no slivers of table at the edges


@dataclass(frozen=True)
class PreparedPage:
    """The page OCR reads, and the homography from its pixels back to the original picture."""

    gray: np.ndarray
    to_input: np.ndarray | None = None  # 3x3, prepared -> original; None when not warped

    def to_original(self, words: list[Word], size: tuple[int, int]) -> list[Word]:
        """``words`` with boxes in the original picture (``size`` is its width, height)."""
        if self.to_input is None:
            return words
        return [replace(w, box=map_box(self.to_input, w.box, size)) for w in words]


def prepare(gray: np.ndarray) -> PreparedPage:
    """The sheet in ``gray`` squared and evenly lit; ``gray`` as it is when no sheet is found.

    Light is evened on the cut-out sheet only: on a whole photo the table's
    grain comes out as speckle, which Tesseract's page layout reads as text.
    """
    quad = find_paper(gray)
    if quad is None:
        return PreparedPage(gray)
    warped, to_input = rectify(gray, quad)
    return PreparedPage(flatten_light(warped), to_input)


def find_paper(gray: np.ndarray) -> np.ndarray | None:
    """The sheet's corners (4x2 float, clockwise from top left) in ``gray``, or None.

    The sheet is the largest bright region against a darker background. Its
    outline must be close to a convex quadrilateral (the outline's area within
    a few percent of the quad's), or there is no confident sheet to cut out.
    """
    h, w = gray.shape[:2]
    k = min(1.0, DETECT_SIDE / max(h, w))
    small = cv2.resize(gray, None, fx=k, fy=k, interpolation=cv2.INTER_AREA) if k < 1 else gray
    blur = cv2.GaussianBlur(small, (5, 5), 0)
    _, mask = cv2.threshold(blur, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    # Close the print and small shadows inside the sheet; open away table grain.
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((7, 7), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    outline = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(outline)
    frame = float(small.shape[0] * small.shape[1])
    if not MIN_PAPER_SHARE * frame <= area <= MAX_PAPER_SHARE * frame:
        return None
    hull = cv2.convexHull(outline)
    quad = _four_corners(hull)
    if quad is None:
        return None
    quad_area = cv2.contourArea(quad.astype(np.float32))
    if quad_area <= 0 or abs(quad_area - area) > 0.04 * quad_area:
        return None
    quad = _refine_corners(small, quad)
    return _clockwise(quad / k)


def _four_corners(hull: np.ndarray) -> np.ndarray | None:
    """The hull simplified to four points, loosening the tolerance until it is."""
    peri = cv2.arcLength(hull, True)
    for eps in (0.01, 0.02, 0.03, 0.05, 0.08):
        approx = cv2.approxPolyDP(hull, eps * peri, True)
        if len(approx) == 4:
            return approx.reshape(4, 2).astype(np.float64)
        if len(approx) < 4:
            return None
    return None


def _refine_corners(small: np.ndarray, quad: np.ndarray) -> np.ndarray:
    """Corners at sub-pixel accuracy on the detection copy (the polygon's vertices snap to pixels)."""
    pts = quad.astype(np.float32).reshape(-1, 1, 2)
    crit = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 30, 0.05)
    try:
        cv2.cornerSubPix(small, pts, (5, 5), (-1, -1), crit)
    except cv2.error:
        return quad
    moved = np.linalg.norm(pts.reshape(4, 2) - quad.astype(np.float32), axis=1)
    return np.where(moved[:, None] <= 4, pts.reshape(4, 2), quad).astype(np.float64)


def _clockwise(quad: np.ndarray) -> np.ndarray:
    """Top-left, top-right, bottom-right, bottom-left (image y grows downwards)."""
    c = quad.mean(axis=0)
    ang = np.arctan2(quad[:, 1] - c[1], quad[:, 0] - c[0])
    q = quad[np.argsort(ang)]  # clockwise on screen, starting anywhere
    start = int(np.argmin(q.sum(axis=1)))  # top-left has the smallest x + y
    return np.roll(q, -start, axis=0)


def rectify(gray: np.ndarray, quad: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The sheet inside ``quad`` warped upright, and the homography from it back to ``gray``.

    The rectangle keeps the sheet's longer edge lengths, so characters keep
    about the size they had in the photo.
    """
    tl, tr, br, bl = quad
    w = int(round(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl))))
    h = int(round(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr))))
    dx, dy = INSET * w, INSET * h
    dst = np.array([[-dx, -dy], [w - 1 + dx, -dy], [w - 1 + dx, h - 1 + dy], [-dx, h - 1 + dy]], np.float64)
    to_page = cv2.getPerspectiveTransform(quad.astype(np.float32), dst.astype(np.float32))
    warped = cv2.warpPerspective(gray, to_page, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)
    return warped, np.linalg.inv(to_page)


def map_box(h: np.ndarray, box: Box, size: tuple[int, int]) -> Box:
    """The upright bounding box, clipped to ``size`` (width, height), of ``box`` sent through ``h``."""
    x, y, bw, bh = box
    corners = np.array([[[x, y], [x + bw, y], [x + bw, y + bh], [x, y + bh]]], np.float64)
    pts = cv2.perspectiveTransform(corners, h)[0]
    W, H = size
    x0 = int(np.clip(np.floor(pts[:, 0].min()), 0, W - 1))
    y0 = int(np.clip(np.floor(pts[:, 1].min()), 0, H - 1))
    x1 = int(np.clip(np.ceil(pts[:, 0].max()), x0 + 1, W))
    y1 = int(np.clip(np.ceil(pts[:, 1].max()), y0 + 1, H))
    return (x0, y0, x1 - x0, y1 - y0)


def flatten_light(gray: np.ndarray) -> np.ndarray:
    """``gray`` divided by its own background (paper brightness), then stretched to full contrast.

    The background is the page with the print taken away: a grey closing
    (local maximum) wider than any character stroke, smoothed, on a reduced
    copy. Dividing by it makes shadows and light gradients flat white while
    ink keeps its contrast against the paper around it.
    """
    if float(np.median(gray)) < 100:  # light text on a dark surface: nothing here fits it
        return gray
    h, w = gray.shape[:2]
    k = min(1.0, 400.0 / max(h, w))
    small = cv2.resize(gray, None, fx=k, fy=k, interpolation=cv2.INTER_AREA) if k < 1 else gray
    size = max(7, int(round(max(small.shape) / 40)) | 1)
    bg = cv2.morphologyEx(small, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size)))
    bg = cv2.medianBlur(bg, size if size <= 255 else 255)
    bg = cv2.resize(bg, (w, h), interpolation=cv2.INTER_LINEAR).astype(np.float32)
    ratio = gray.astype(np.float32) / np.maximum(bg, 1.0)
    lo = float(np.percentile(ratio, 0.5))
    out = (ratio - lo) / max(1.0 - lo, 1e-3) * 255.0
    return np.clip(out, 0, 255).astype(np.uint8)
