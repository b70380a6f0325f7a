"""A phone photo of a paper made fit for OCR: the sheet cut out and squared, its light evened.

Tesseract reads a flat, evenly lit scan best. A photo has the sheet at an
angle against a table, one end nearer the lens, and shadows or a light
gradient across it. ``prepare`` finds the sheet's four corners, warps the sheet
to an upright rectangle, and divides out the uneven lighting. Words read on
the prepared page are mapped back with ``PreparedPage.to_original``, so every
box still refers to the picture the user gave.
"""
from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, replace

import cv2
import numpy as np

from .model import Box, Word

# The sheet must cover this share of the picture (a smaller bright shape is a
# label or a screen, not the page) but not all of it: a sheet that fills the
# frame has no edges to find, and is read as it is.
MIN_PAPER_SHARE = 0.2
MAX_PAPER_SHARE = 0.97
MAX_SCAN_SHARE = 0.9  # a "scan" whose sheet covers less of the frame than this is a photo of paper
FULL_FRAME_SHARE = 30     # percentile of the frame's edge pixels that must be darker than paper ...
FULL_FRAME_CONTRAST = 25  # ... by this much, or the sheet fills the frame
DETECT_SIDE = 640  # corners are found on a copy this size: fast, and accurate to a few pixels
INSET = 0.006      # share of each side trimmed off the squared sheet: no slivers of table at the edges
SHEET_ANGLE = 35   # degrees a sheet's corner may differ from a right angle in a photo


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
    return prepare_sheet(gray, find_paper(gray))


def prepare_sheet(gray: np.ndarray, quad: np.ndarray | None) -> PreparedPage:
    """``prepare`` with the sheet already found (``quad`` from ``find_paper``; None: leave ``gray`` as it is)."""
    if quad is None:
        return PreparedPage(gray)
    warped, to_input = rectify(gray, quad)
    return PreparedPage(flatten_light(warped), to_input)


def is_sheet_on_background(quad: np.ndarray | None, shape: tuple[int, ...]) -> bool:
    """Does the sheet leave a margin of something else around it (a photo of paper, not a scan)?"""
    if quad is None:
        return False
    area = float(cv2.contourArea(quad.astype(np.float32)))
    return area <= MAX_SCAN_SHARE * shape[0] * shape[1]


def find_paper(gray: np.ndarray) -> np.ndarray | None:
    """The sheet's corners (4x2 float, clockwise from top left) in ``gray``, or None.

    The sheet is the largest bright region against a darker background. Tried
    in turn: a brightness cut whose region is a clean convex quadrilateral;
    the sheet's four straight edges; a cut whose region a shadow bit into but
    whose hull is a clean quadrilateral. Any quad must leave no print outside
    it; otherwise there is no confident sheet to cut out.
    """
    h, w = gray.shape[:2]
    k = min(1.0, DETECT_SIDE / max(h, w))
    small = cv2.resize(gray, None, fx=k, fy=k, interpolation=cv2.INTER_AREA) if k < 1 else gray
    blur = cv2.GaussianBlur(small, (5, 5), 0)
    otsu, _ = cv2.threshold(blur, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    # Otsu splits lit paper from everything else. A shadow across the sheet (a
    # hand, the phone) can fall below it, so lower cuts between the table's
    # brightness (the frame's border) and the paper's are tried next.
    border = _frame_edge(blur)
    table, paper = float(np.median(border)), float(np.percentile(blur, 90))
    # The frame's edge is paper nearly all round: the sheet fills the picture
    # and has no edges to find; any "sheet" found inside it is a block of print.
    if float(np.percentile(border, FULL_FRAME_SHARE)) >= paper - FULL_FRAME_CONTRAST:
        return None
    cuts = [otsu] + [table + f * (paper - table) for f in SHADOW_CUTS if paper - table > 40]
    # A clean cut first; then the sheet's straight edges (a shadow over a corner
    # defeats every cut, the edges still show); then a shadow-bitten cut.
    edges: list[np.ndarray | None] = []  # found once, only when needed (Hough is the costly step)

    def edge_quad() -> np.ndarray | None:
        if not edges:
            found = _quad_from_edges(blur)
            edges.append(found if found is not None and _sheet_shaped(found) else None)
        return edges[0]

    for bitten in (False, True):
        if bitten and edge_quad() is not None:
            return _clockwise(edge_quad() / k)
        for i, cut in enumerate(cuts):
            first = _quad_at(blur, cut, bitten=bitten)
            if first is None:
                continue
            quad = _refine_corners(small, first)
            if not _sheet_shaped(quad):
                continue  # a shadow's diagonal edge taken for the sheet's
            # A straight-edged shadow across the sheet can leave the lit part a
            # clean quad of its own: the sheet's edges then lie beyond it, with
            # shaded paper, not table, in between. The edges or a lower cut show them.
            if _paper_beyond(blur, quad, table, paper):
                lower = (_quad_at(blur, c, bitten=bitten) for c in cuts[i + 1:])
                for larger in itertools.chain([edge_quad()], (_refine_corners(small, q) for q in lower if q is not None)):
                    if larger is not None and _sheet_shaped(larger) and _shaded_paper_between(blur, quad, larger):
                        quad = larger
                        break
            return _clockwise(quad / k)
    return None


def _sheet_shaped(quad: np.ndarray) -> bool:
    """Could ``quad`` be a rectangular sheet seen in perspective: every corner's angle near a right angle?

    A phone held at up to about 35 degrees keeps a sheet's corners within
    ``SHEET_ANGLE`` of 90; a quad with a sharp corner follows a shadow's
    diagonal edge or a fold, not the sheet.
    """
    q = _clockwise(np.asarray(quad, np.float64).reshape(4, 2))
    for i in range(4):
        a, b = q[i - 1] - q[i], q[(i + 1) % 4] - q[i]
        n = np.linalg.norm(a) * np.linalg.norm(b)
        if n == 0:
            return False
        angle = math.degrees(math.acos(max(-1.0, min(1.0, float(np.dot(a, b) / n)))))
        if abs(angle - 90.0) > SHEET_ANGLE:
            return False
    return True


def _frame_edge(blur: np.ndarray) -> np.ndarray:
    """The pixels of the picture's outermost four rows and columns on each side."""
    return np.concatenate([blur[:4].ravel(), blur[-4:].ravel(), blur[:, :4].ravel(), blur[:, -4:].ravel()])


def _mask_of(shape: tuple[int, ...], quad: np.ndarray) -> np.ndarray:
    """A uint8 mask of ``shape[:2]``: 1 inside the convex ``quad``, 0 elsewhere."""
    mask = np.zeros(shape[:2], np.uint8)
    cv2.fillConvexPoly(mask, quad.astype(np.int32), 1)
    return mask


def _quad_from_edges(blur: np.ndarray) -> np.ndarray | None:
    """The sheet from its four outermost straight edges that are brighter on the inside, if they make one."""
    h, w = blur.shape
    edges = cv2.Canny(cv2.createCLAHE(clipLimit=3.0, tileGridSize=(8, 8)).apply(blur), 30, 90)
    found = cv2.HoughLinesP(edges, 1, np.pi / 180, threshold=80, minLineLength=int(0.25 * min(h, w)), maxLineGap=20)
    if found is None:
        return None
    sides: dict[str, list[tuple[float, np.ndarray]]] = {"left": [], "right": [], "top": [], "bottom": []}
    for x1, y1, x2, y2 in found.reshape(-1, 4).astype(np.float64):
        seg = np.array([[x1, y1], [x2, y2]])
        vertical = abs(x2 - x1) < abs(y2 - y1) * 0.6
        horizontal = abs(y2 - y1) < abs(x2 - x1) * 0.6
        if vertical:
            at = float(x1 + (x2 - x1) * (h / 2 - y1) / (y2 - y1))  # x at mid-height
            for side, sign in (("left", 1), ("right", -1)):
                if _brighter_inside(blur, seg, (sign, 0)):
                    sides[side].append((at, seg))
        elif horizontal:
            at = float(y1 + (y2 - y1) * (w / 2 - x1) / (x2 - x1))  # y at mid-width
            for side, sign in (("top", 1), ("bottom", -1)):
                if _brighter_inside(blur, seg, (0, sign)):
                    sides[side].append((at, seg))
    if not all(sides.values()):
        return None
    left = _side_line(sides["left"], outermost=min)
    right = _side_line(sides["right"], outermost=max)
    top = _side_line(sides["top"], outermost=min)
    bottom = _side_line(sides["bottom"], outermost=max)
    corners = [_intersect(top, left), _intersect(top, right), _intersect(bottom, right), _intersect(bottom, left)]
    if any(c is None for c in corners):
        return None
    quad = np.array(corners, np.float64)
    if not cv2.isContourConvex(quad.astype(np.float32).reshape(-1, 1, 2)):
        return None
    area = cv2.contourArea(quad.astype(np.float32))
    if not MIN_PAPER_SHARE * h * w <= area <= MAX_PAPER_SHARE * h * w:
        return None
    if quad[:, 0].min() < -0.02 * w or quad[:, 0].max() > 1.02 * w or quad[:, 1].min() < -0.02 * h \
            or quad[:, 1].max() > 1.02 * h or _ink_outside(blur, quad) > MAX_INK_OUTSIDE:
        return None
    return quad


def _paper_beyond(blur: np.ndarray, quad: np.ndarray, table: float, paper: float) -> bool:
    """Does something paper-bright lie just outside ``quad`` along part of its outline?

    Table all round means the quad is the sheet; shaded paper beyond a side
    means a shadow, not the sheet's edge, bounded it there. ``table`` and
    ``paper`` are the brightness of the frame's edge and of lit paper.
    """
    inner = _mask_of(blur.shape, quad)
    ring = (cv2.dilate(inner, np.ones((15, 15), np.uint8)) - inner).astype(bool)
    if not ring.any() or paper - table < 20:
        return False
    level = (blur[ring].astype(np.float32) - table) / (paper - table)
    return float(np.mean(level >= SHADED_PAPER_LEVEL)) >= BEYOND_SHARE


BEYOND_SHARE = 0.1  # of the ring just outside a quad that must look like paper to look further


def _shaded_paper_between(blur: np.ndarray, lit: np.ndarray, larger: np.ndarray) -> bool:
    """Is the band between a lit quad and a larger quad around it (from edges or a lower cut) paper in shadow?

    Shaded paper stays clearly brighter than the table outside the sheet
    (measured: a third of the way or more from table to paper), while table
    wrongly taken into the larger quad is as dark as the rest of the table.
    """
    inner = _mask_of(blur.shape, lit)
    outer = _mask_of(blur.shape, larger)
    band = (outer == 1) & (inner == 0)
    table = outer == 0
    lit_area = int(inner.sum())
    if band.sum() < GROW_MIN_SHARE * lit_area or int((inner & (1 - outer)).sum()) > 0.03 * lit_area:
        return False  # the other quad is not larger, or does not hold the lit quad
    table_level = float(np.median(blur[table] if table.sum() > 0.01 * blur.size else _frame_edge(blur)))
    paper_level = float(np.percentile(blur[inner == 1], 90))
    if paper_level - table_level < 20:
        return False
    level = (blur[band].astype(np.float32) - table_level) / (paper_level - table_level)
    # Mostly shaded paper, and hardly any table: a cut that leaked round a
    # corner onto the table takes in a dark sliver with the shade.
    return float(np.median(level)) >= SHADED_PAPER_LEVEL and float(np.mean(level < TABLE_LEVEL)) <= MAX_TABLE_SHARE


TABLE_LEVEL = 0.1          # below this share of the way from table to paper, a pixel is table
MAX_TABLE_SHARE = 0.15     # of the band between the quads that may be table
GROW_MIN_SHARE = 0.05      # the edge quad must add at least this share of the lit quad's area
SHADED_PAPER_LEVEL = 0.18  # shaded paper: 0.30-0.62 of the way from table to paper; table 0.03-0.07


def _side_line(candidates: list[tuple[float, np.ndarray]], outermost) -> np.ndarray:
    """One edge of the sheet: a line fitted through every segment near the outermost one.

    Hough splits a long edge into pieces whose angles are a little off; one
    short piece extended across the page can miss a corner by tens of pixels.
    """
    edge_at = outermost(at for at, _ in candidates)
    near = [seg for at, seg in candidates if abs(at - edge_at) <= SIDE_TOLERANCE]
    pts = np.concatenate([seg[0] + (seg[1] - seg[0]) * np.linspace(0, 1, max(2, int(np.linalg.norm(seg[1] - seg[0]) // 4)))[:, None]
                          for seg in near]).astype(np.float32)
    vx, vy, x0, y0 = cv2.fitLine(pts, cv2.DIST_HUBER, 0, 0.01, 0.01).ravel()
    return np.array([[x0, y0], [x0 + 100 * vx, y0 + 100 * vy]], np.float64)


SIDE_TOLERANCE = 15  # pixels (on the detection copy) between pieces of one edge


def _brighter_inside(blur: np.ndarray, seg: np.ndarray, inward: tuple[int, int], off: int = 6) -> bool:
    """Is the picture brighter on the ``inward`` side of the segment than on the other (paper against table)?"""
    h, w = blur.shape
    t = np.linspace(0.1, 0.9, 9)
    pts = seg[0] + (seg[1] - seg[0]) * t[:, None]
    d = np.array(inward, np.float64) * off
    inner = np.clip(pts + d, 0, [w - 1, h - 1]).astype(int)
    outer = np.clip(pts - d, 0, [w - 1, h - 1]).astype(int)
    return float(np.median(blur[inner[:, 1], inner[:, 0]].astype(int) - blur[outer[:, 1], outer[:, 0]])) > 8


def _intersect(a: np.ndarray, b: np.ndarray) -> np.ndarray | None:
    """Where the lines through segments ``a`` and ``b`` cross (None if they are nearly parallel)."""
    (x1, y1), (x2, y2) = a
    (x3, y3), (x4, y4) = b
    den = (x1 - x2) * (y3 - y4) - (y1 - y2) * (x3 - x4)
    if abs(den) < 1e-6:
        return None
    px = ((x1 * y2 - y1 * x2) * (x3 - x4) - (x1 - x2) * (x3 * y4 - y3 * x4)) / den
    py = ((x1 * y2 - y1 * x2) * (y3 - y4) - (y1 - y2) * (x3 * y4 - y3 * x4)) / den
    return np.array([px, py])


SHADOW_CUTS = (0.5, 0.35)  # fractions of the way from the table's brightness up to the paper's


def _quad_at(blur: np.ndarray, cut: float, bitten: bool = False) -> np.ndarray | None:
    """The sheet's four corners when the picture is cut at brightness ``cut``, if that gives a clean sheet.

    With ``bitten``, the lit region may be a sheet with a shadow biting into
    it: its convex hull must then be the clean quadrilateral.
    """
    mask = np.where(blur > cut, 255, 0).astype(np.uint8)
    # Close the print and small shadows inside the sheet; open away table grain.
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((7, 7), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    outline = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(outline)
    frame = float(blur.shape[0] * blur.shape[1])
    if not MIN_PAPER_SHARE * frame <= area <= MAX_PAPER_SHARE * frame:
        return None
    hull = cv2.convexHull(outline)
    quad = _four_corners(hull)
    if quad is None:
        return None
    quad_area = cv2.contourArea(quad.astype(np.float32))
    if quad_area <= 0:
        return None
    # Print outside the quad means the cut found part of the sheet (a band of
    # shadow split it), not the sheet.
    if not bitten:
        ok = abs(quad_area - area) <= 0.04 * quad_area and _ink_outside(blur, quad) <= MAX_INK_OUTSIDE
        return quad if ok else None
    # A shadow can bite into the lit region while its corners still mark out
    # the sheet: accept the hull's quad when the hull itself is a clean
    # quadrilateral, the lit part fills most of it, and no print lies outside.
    hull_area = cv2.contourArea(hull)
    if (abs(quad_area - hull_area) > 0.04 * quad_area or area < MIN_LIT_SHARE * hull_area
            or _ink_outside(blur, quad) > MAX_INK_OUTSIDE):
        return None
    return quad


MIN_LIT_SHARE = 0.55   # of the sheet's outline that must be lit for a shadowed sheet to count
MAX_INK_OUTSIDE = 0.2  # share of the picture's print that may lie outside a shadowed sheet


def _ink_outside(blur: np.ndarray, quad: np.ndarray) -> float:
    """Share of the print that lies outside ``quad`` (0 when there is none).

    Print is dark detail on a bright ground (paper); dark detail on a darker
    ground is the table's grain and does not count.
    """
    ink = cv2.adaptiveThreshold(blur, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 15, 12)
    ground = cv2.dilate(blur, np.ones((15, 15), np.uint8))
    ink[ground < 0.8 * float(np.percentile(blur, 90))] = 0
    inside = _mask_of(ink.shape, quad)
    inside = cv2.dilate(inside, np.ones((25, 25), np.uint8))  # the sheet's own edge is not print
    total = int(ink.sum())
    return float((ink * (1 - inside)).sum()) / total if total else 0.0


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
