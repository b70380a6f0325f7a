"""Red seals: find them, take them out of the way of OCR, and read them.

Pure OpenCV/numpy: arrays in, arrays or :class:`~inspector.model.Seal` out, no
file I/O. Every function takes a BGR ``uint8`` image (``H x W x 3``) and
returns boxes in that image's pixel coordinates.

How detection works, in one paragraph: the image is shrunk by an integer
factor to about one megapixel (seals are large; the shrink is what makes a
12-megapixel photo affordable), each colour channel is divided by a local
estimate of the paper's colour (which removes colour casts and shadows in one
step), red ink is the set of pixels whose red channel stands clearly above the
other two with a red hue. Connected blobs of red ink (closed at two scales so a
faint or text-crossed border still hangs together) are fitted with an ellipse
on their outer boundary, and each candidate is measured where a seal has ink
and other red marks do not: a border ring that goes most of the way round,
ring text in the annulus just inside it (a hand-drawn circle has none, a
solid logo has nothing else), an optional centre symbol, and a plausible size
and aspect ratio. Those measurements make a 0..1 score; candidates at or above
:data:`SCORE_THRESHOLD` are returned. A blob that is a slice of a disc cut by a
straight edge (a riding seal, 骑缝章, at the paper's edge) is measured again as
such (:func:`_measure_cut`).

Reading a seal (:func:`analyse_seal`): the band of ring text is sampled along
the fitted ellipse's inward normals into a straight strip (an oval's glyphs
keep their shape; a round seal's strip is what ``cv2.warpPolar`` would give)
that starts in the gap under the text and runs clockwise. Two such strips
(a fixed band and one cut to the rows the text fills) go to the OCR callable
the pipeline passes in, rendered a few ways, until two reads name the same
kind of body; the issuer kind is voted over the reads (:func:`_ring_issuer`,
a tolerant :func:`classify_issuer`). The centre symbol is told from the
shape of the ink in the middle, and :func:`pasted_seal_hints` looks for
signs that a seal was pasted in with an editor rather than stamped.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

import cv2
import numpy as np

from inspector.errors import BadImageError
from inspector.model import Seal, iou

__all__ = [
    "SCORE_THRESHOLD",
    "analyse_seal",
    "classify_issuer",
    "find_seals",
    "pasted_seal_hints",
    "red_mask",
    "suppress_red",
]

#: Candidates scoring below this are not reported. Chosen on the synthetic
#: seals and hard negatives of ``tests/test_seals.py`` (eight seeds each) and
#: on the fixtures: seals, even faint, photographed at an angle or touching
#: other red ink, score 0.68 and above; the hard negatives (hand-drawn
#: circles, logos, rectangle stamps, red titles, calligraphy) stay under 0.47.
SCORE_THRESHOLD = 0.55

# The working copy is shrunk to about this many pixels. A seal is ~15-20 % of
# a page's width, so even a page that fills a third of the picture still gives
# a seal of 50+ px here, enough to see its ring and text band.
_WORK_PIXELS = 1.1e6

# A seal smaller than this (diameter, working pixels) has no readable
# structure left; screenshots that small are out of reach.
_MIN_DIAMETER = 16

# Below this diameter relative to the picture's short side, a round red mark
# scores nothing for size (see ``_measure``); blobs that small are not
# measured at all.
_MIN_REL_SIZE = 0.03

# Candidates larger than this (major axis, working pixels) are measured on a
# shrunk copy of their neighbourhood (see ``_measure``). Seals in the
# fixtures measure 60-140 working pixels, so only close-ups are shrunk.
_MEASURE_MAX = 240

# Ellipse fits use at most about this many points of a contour (see
# ``_outer_fit``); a seal's outline at working size has fewer.
_FIT_POINTS = 1500

ReadText = Callable[[np.ndarray, int], tuple[str, float]]


# --------------------------------------------------------------------------
# Red ink
# --------------------------------------------------------------------------


def _check_bgr(bgr: np.ndarray) -> None:
    # The pipeline's image loader already guarantees this; the check keeps a
    # direct caller from getting an OpenCV assertion instead of a message.
    if not isinstance(bgr, np.ndarray) or bgr.ndim != 3 or bgr.shape[2] != 3 or bgr.dtype != np.uint8:
        got = getattr(bgr, "shape", None), getattr(bgr, "dtype", type(bgr).__name__)
        raise BadImageError(f"seal detection needs a BGR uint8 image of shape (H, W, 3), got {got}")
    if bgr.shape[0] == 0 or bgr.shape[1] == 0:
        raise BadImageError("seal detection got an empty image (0 pixels)")


def _shrink_factor(h: int, w: int) -> int:
    """Integer shrink factor that brings the image to about ``_WORK_PIXELS``."""
    return max(1, math.ceil(math.sqrt(h * w / _WORK_PIXELS)))


def _shrink(bgr: np.ndarray, k: int) -> np.ndarray:
    """Shrink by an exact integer factor ``k``, averaging k x k blocks.

    Factors of two go through bilinear halving, which at exactly half size
    is the 2 x 2 average and runs about three times faster than OpenCV's
    area resampling; what is left goes through area resampling at an integer
    factor (its fast path). Cropping to a multiple of ``k`` first keeps both
    exact; at most ``k - 1`` edge pixels are lost.
    """
    if k == 1:
        return bgr
    h, w = bgr.shape[:2]
    img = bgr[: (h // k) * k, : (w // k) * k]
    while k % 2 == 0:
        hh, ww = img.shape[:2]
        img = cv2.resize(img, (ww // 2, hh // 2), interpolation=cv2.INTER_LINEAR)
        k //= 2
    if k > 1:
        hh, ww = img.shape[:2]
        img = cv2.resize(img, (ww // k, hh // k), interpolation=cv2.INTER_AREA)
    return img


def _paper(bgr: np.ndarray) -> np.ndarray:
    """Local paper colour per channel, ``uint8``, same size as ``bgr``.

    A max filter over a window much larger than a stroke but smaller than a
    shadow picks the brightest nearby pixel in each channel, which is paper;
    dividing by it white-balances and flattens the light at once. Red ink is
    as bright as paper in the red channel, so it does not lift the estimate.
    """
    h, w = bgr.shape[:2]
    # Work on a 1/8 copy: the paper colour varies slowly, and the max filter
    # is then a small kernel. (Integer factor: OpenCV's fast path.)
    f = 8 if min(h, w) >= 16 else 1
    sh, sw = max(1, h // f), max(1, w // f)
    small = cv2.resize(bgr[: sh * f, : sw * f], (sw, sh), interpolation=cv2.INTER_AREA)
    # The window (~9 small px = ~70 working px) must reach paper from any
    # ink pixel, including from the middle of a seal's border or a thick
    # stroke; seals have paper between their letters, so this is ample.
    small = cv2.dilate(small, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9)))
    small = cv2.GaussianBlur(small, (0, 0), 2.0)
    # Very dark surroundings (a table under the page) must not be stretched
    # up into fake colour, so the paper estimate has a floor.
    small = np.maximum(small, 60)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)


# Thresholds on the red chroma, in 1/255 of the paper level.
_STRONG = 33  # clear red: 0.13 of paper
_WEAK = 17  # faint red, taken only next to clear red: 0.065
_DARK = 77  # red channel below 0.3 of paper: too dark to tell its colour
_SATURATION = 22  # percent of its red level the chroma of clear red must reach
_RING = (0.45, 0.85)  # share of a seal's border found round that scores 0 .. 1 (see _measure)


def _redness(bgr: np.ndarray, paper: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Red chroma and red channel relative to the paper, both ``uint8`` (255 = paper level).

    ``chroma`` is ``r - max(g, b)`` on the paper-normalised channels (0 where
    negative), set to zero where the hue is not red.
    """
    if paper is None:
        paper = _paper(bgr)
    # uint8 arithmetic in OpenCV (SIMD, threaded): this runs on every pixel
    # of the working copy, and float32 numpy was the slowest step. The
    # division saturates at 255, i.e. values above the paper clip to it.
    norm = cv2.divide(bgr, paper, scale=255)
    b, g, r = cv2.split(norm)
    chroma = cv2.subtract(r, cv2.max(g, b))
    # Hue test without a division: for a red-dominant pixel
    # (g - b) / (r - min(g, b)) is the hue in units of 60 degrees. Seal ink
    # runs from a slightly bluish crimson (-0.65, about -40 deg) to
    # vermilion (+0.5, +30 deg); orange and magenta are not red.
    span = cv2.subtract(r, cv2.min(g, b)).astype(np.int16)
    gb = g.astype(np.int16) - b.astype(np.int16)
    gb *= 100
    not_red = (gb <= -65 * span) | (gb >= 50 * span)
    chroma[not_red] = 0
    return chroma, r


def _mask_from(chroma: np.ndarray, r: np.ndarray, strong_at: int = _STRONG, weak_at: int = _WEAK,
               saturation: int = _SATURATION, lit: np.ndarray | None = None, dark: int = _DARK) -> np.ndarray:
    """Hysteresis threshold on the red chroma.

    Clear red (chroma > 0.13 of paper) is ink. Faint red (> 0.065) is ink
    only when it belongs to a blob that also has clear red in it: a light or
    half-missing impression keeps its pale parts, while the faint colour
    noise of a photo (JPEG fringes round black text, a brownish table) has
    no clear red to hang on to. Near-black pixels (red channel under 0.3 of
    paper) are left out: their little colour is noise.

    ``saturation`` (percent) is how far the chroma of a clear pixel must
    stand above its red level; ``lit``, when given, is where clear red may
    be found at all; ``dark`` is the red level (of 255) at or below which a
    pixel is too dark to count (the pale look of :func:`find_seals` raises
    it, see :data:`_LOOKS`).
    """
    ok = r > dark
    # chroma > saturation % of r (0.22 by default): a strong pixel must be
    # saturated, not just a bright pixel with a slight tint.
    strong = (chroma > strong_at) & ok & (chroma.astype(np.uint16) * 100 > saturation * r.astype(np.uint16))
    if lit is not None:
        strong &= lit
    strong = strong.astype(np.uint8)
    weak = ((chroma > weak_at) & ok).astype(np.uint8)
    if not strong.any():
        return strong
    # Components of the weak mask, bridged over one-pixel speckle gaps so a
    # textured impression counts as one blob.
    bridged = cv2.dilate(weak, np.ones((3, 3), np.uint8))
    n, labels = cv2.connectedComponents(bridged, connectivity=8)
    # 255 for the labels of blobs with clear red in them, as a lookup table.
    table = np.zeros(max(n, 256), np.uint8)
    table[labels[strong > 0]] = 255
    table[0] = 0
    if n <= 256:
        # The usual case (a page has a few dozen red blobs): an 8-bit LUT
        # pass is several times faster than numpy's gather.
        keep = cv2.LUT(labels.astype(np.uint8), table[:256])
    else:
        keep = np.take(table, labels)
    return cv2.bitwise_and(keep, keep, mask=weak)


def red_mask(bgr: np.ndarray) -> np.ndarray:
    """Mask of red ink: ``uint8`` 0/255, same height and width as ``bgr``.

    Robust to colour casts and uneven light: each channel is divided by a
    local estimate of the paper's colour before the test, so a yellow lamp or
    a shadow across the page does not change what counts as red. A pixel is
    red when its red channel stands clearly above both others (0.13 of the
    paper level, or 0.065 for pixels joined to such clear red, which keeps
    faint impressions whole) and its hue lies between crimson and vermilion.
    """
    _check_bgr(bgr)
    chroma, r = _redness(bgr)
    return _mask_from(chroma, r)


# --------------------------------------------------------------------------
# Detection
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Measure:
    """What a candidate looks like, in working pixels."""

    ellipse: tuple[tuple[float, float], tuple[float, float], float]  # cv2 form: centre, full axes, angle
    score: float
    aspect: float
    features: dict[str, float]
    # The part of a cut seal (see _measure_cut) that is on the paper; None
    # for a whole seal, whose box is its ellipse's.
    visible: tuple[int, int, int, int] | None = None


def _ramp(x: float, lo: float, hi: float) -> float:
    """0 below ``lo``, 1 above ``hi``, linear between."""
    if hi == lo:
        return float(x >= hi)
    return float(min(1.0, max(0.0, (x - lo) / (hi - lo))))


def _ellipse_radius(shape: tuple[int, int], ox: int, oy: int, ell) -> tuple[np.ndarray, np.ndarray]:
    """Normalised elliptical radius and angle of every pixel of a ROI.

    ``rho`` is 1 on the ellipse, 0 at its centre; ``theta`` is the angle in
    the ellipse's own frame (so angular bins follow the ring under
    perspective).
    """
    (cx, cy), (d1, d2), ang = ell
    h, w = shape
    # A row and a column broadcast against each other: no coordinate grids.
    xs = (np.arange(w, dtype=np.float32) + np.float32(ox - cx))[None, :]
    ys = (np.arange(h, dtype=np.float32) + np.float32(oy - cy))[:, None]
    t = math.radians(ang)
    c, s = math.cos(t), math.sin(t)
    a, b = max(d1 / 2, 1e-3), max(d2 / 2, 1e-3)
    un = xs * np.float32(c / a) + ys * np.float32(s / a)
    vn = ys * np.float32(c / b) - xs * np.float32(s / b)
    rho = cv2.magnitude(un, vn)
    theta = np.arctan2(vn, un)
    return rho, theta


def _rr(pts: np.ndarray, ell) -> np.ndarray:
    """Normalised elliptical radius of points (1 on the ellipse)."""
    (cx, cy), (d1, d2), ang = ell
    t = math.radians(ang)
    dx, dy = pts[:, 0] - cx, pts[:, 1] - cy
    u = (dx * math.cos(t) + dy * math.sin(t)) / max(d1 / 2, 1e-3)
    v = (-dx * math.sin(t) + dy * math.cos(t)) / max(d2 / 2, 1e-3)
    return np.sqrt(u * u + v * v)


def _coverage(pts: np.ndarray, ell, tol: float = 0.05, step: int = 1) -> float:
    """Share of the ellipse's perimeter that contour points lie on.

    ``pts`` is every ``step``-th point of a contour (one point per pixel).
    """
    (_, _), (d1, d2), _ = ell
    a, b = d1 / 2, d2 / 2
    perim = math.pi * (3 * (a + b) - math.sqrt(max((3 * a + b) * (a + 3 * b), 0.0)))
    return float(np.sum(np.abs(_rr(pts, ell) - 1.0) < tol)) * step / max(perim, 1.0)


def _outer_fit(contour: np.ndarray, roi_shape: tuple[int, int], ox: int, oy: int, robust: bool = True):
    """Fit an ellipse to the outer boundary of a blob.

    Only contour points that lie on the convex hull are used: where the
    border is broken the contour dips inward to the ring text, and those
    points would pull the fit. One refit keeps points near the first fit.
    When that fit is poor (the seal touches another red mark, so the blob
    is a seal plus something), a small RANSAC over the contour looks for
    the ellipse most of the contour agrees with.
    """
    hull = cv2.convexHull(contour)
    band = np.zeros(roi_shape, np.uint8)
    thick = max(2, round(0.04 * max(roi_shape)))
    cv2.polylines(band, [hull - (ox, oy)], True, 255, thick)
    pts = contour.reshape(-1, 2)
    # A long contour (a big blob's ragged edge) is thinned to every
    # ``step``-th point: fits cost in proportion to the points, and the
    # coverage counts are scaled back by ``step``.
    step = max(1, len(pts) // _FIT_POINTS)
    pts = pts[::step]
    px = np.clip(pts[:, 0] - ox, 0, roi_shape[1] - 1)
    py = np.clip(pts[:, 1] - oy, 0, roi_shape[0] - 1)
    outer = pts[band[py, px] > 0]
    if len(outer) < 8:
        outer = pts
    if len(outer) < 5:
        return None
    ell = cv2.fitEllipse(outer.astype(np.float32))
    if ell[1][0] < 2 or ell[1][1] < 2:
        return None
    # Refit on the points that agree with the first fit, so a protruding
    # scrap of red (a signature tail, a neighbour's letter) has no say.
    keep = outer[np.abs(_rr(outer, ell) - 1.0) < 0.12]
    if len(keep) >= max(8, len(outer) // 3):
        ell = cv2.fitEllipse(keep.astype(np.float32))
    best = _coverage(pts, ell, step=step)
    if best >= 0.7 or not robust or len(pts) < 40:
        return ell
    fpts = pts.astype(np.float32)
    # Hypotheses are scored on a subsample of the contour; only a promising
    # one is refitted on all its inliers (this keeps a page of big red
    # characters, where every blob fits badly, cheap).
    sub = fpts[:: max(1, len(fpts) // 200)]
    sub_step = step * len(fpts) / len(sub)
    rng = np.random.default_rng(len(pts))  # deterministic: same image, same answer
    for _ in range(30):
        sample = fpts[rng.choice(len(fpts), 6, replace=False)]
        try:
            cand = cv2.fitEllipse(sample)
        except cv2.error:
            continue
        (_, _), (d1, d2), _ = cand
        if not (math.isfinite(d1) and math.isfinite(d2)) or min(d1, d2) < _MIN_DIAMETER:
            continue
        if max(d1, d2) > 1.2 * max(roi_shape) or min(d1, d2) < 0.4 * max(d1, d2):
            continue
        a, b = d1 / 2, d2 / 2
        perim = math.pi * (3 * (a + b) - math.sqrt(max((3 * a + b) * (a + 3 * b), 0.0)))
        est = float(np.sum(np.abs(_rr(sub, cand) - 1.0) < 0.04)) * sub_step / max(perim, 1.0)
        if est <= best + 0.05:
            continue
        inl = fpts[np.abs(_rr(fpts, cand) - 1.0) < 0.04]
        if len(inl) < 12:
            continue
        cand = cv2.fitEllipse(inl)
        cov = _coverage(pts, cand, step=step)
        if cov > best + 0.05:
            best, ell = cov, cand
            if best > 0.85:
                break
    return ell


def _rim_thickness(solid: np.ndarray, r_step: float, d1: float, d2: float) -> float:
    """Median rim thickness as a fraction of the ellipse's mean radius.

    ``solid`` is (angular bin x radial step) of "this cell is solid ink",
    radial steps of ``r_step`` in rho units from the inside out. In each
    direction the rim is the run of solid cells inward from the outermost
    one. Runs are converted to pixels first: an oval's rim is thicker in rho
    units where its radius is short.
    """
    nb, nr = solid.shape
    rows = solid.any(axis=1)
    if not rows.any():
        return 0.0
    rev = solid[rows, ::-1]  # outermost cell first
    first = np.argmax(rev, axis=1)  # the outermost solid cell
    idx = np.arange(nr)[None, :]
    # The run ends at the first empty cell past the outermost solid one.
    filled = rev | (idx < first[:, None])
    end = np.where((~filled).any(axis=1), np.argmax(~filled, axis=1), nr)
    run = end - first
    t = (np.nonzero(rows)[0] + 0.5) / nb * 2 * math.pi - math.pi
    local_r = np.hypot(d1 / 2 * np.cos(t), d2 / 2 * np.sin(t))
    return float(np.median(run * r_step * local_r)) / math.sqrt(d1 * d2 / 4)


def _rim_of(ink: np.ndarray, rho: np.ndarray, bins: np.ndarray, sel: np.ndarray, nb: int, nr: int,
            d1: float, d2: float) -> float:
    """:func:`_rim_thickness` of the ink on a (direction x radius) grid over rho 0.66-1.1.

    ``sel`` limits the pixels looked at; ``nr`` radial cells, ``nb`` angular bins.
    """
    r_lo, r_hi = 0.66, 1.1
    sel = sel & (rho > r_lo) & (rho < r_hi)
    cell = bins[sel] * nr + ((rho[sel] - r_lo) / (r_hi - r_lo) * nr).astype(np.int32)
    area = np.bincount(cell, minlength=nb * nr).reshape(nb, nr)
    inked = np.bincount(cell[ink[sel]], minlength=nb * nr).reshape(nb, nr)
    return _rim_thickness(inked > 0.6 * np.maximum(area, 1), (r_hi - r_lo) / nr, d1, d2)


def _centre_link(roi: np.ndarray, rho: np.ndarray, text_band: np.ndarray) -> float:
    """Share of the text band's ink that belongs to blobs reaching the centre.

    Ring text is a row of separate glyphs between the rim and the centre.
    Big letters of a logo (or a word circled in red) run from the centre out
    into that band instead.
    """
    inner_ink = (roi & (rho < 0.86)).astype(np.uint8)
    n_lab, labels = cv2.connectedComponents(inner_ink, connectivity=8)
    central = np.zeros(n_lab, bool)
    central[np.unique(labels[(rho < 0.3) & (inner_ink > 0)])] = True
    # A stroke that crosses the whole seal (another red mark stamped over
    # it) reaches the rim too; it says nothing about the seal's own glyphs.
    central[np.unique(labels[(rho > 0.82) & (inner_ink > 0)])] = False
    central[0] = False
    band_ink = text_band & roi
    return float(central[labels[band_ink]].mean()) if band_ink.any() else 0.0


def _measure(
    mask: np.ndarray, chroma: np.ndarray, contour: np.ndarray, why: list | None = None,
    ring: tuple[float, float] = _RING,
) -> _Measure | None:
    """Score one candidate blob; None when it cannot be a seal at all.

    ``mask`` is the red-ink mask and ``chroma`` the red chroma it was cut
    from, both of the working copy. Cheap tests run first so the many blobs
    of an ordinary page (red letters, logo parts) are turned away early.

    ``why``, when given, collects ``(reason, box, features)`` for every
    blob: a tuning aid, not part of the result.
    """
    feat: dict[str, float] = {}

    def reject(reason: str) -> None:
        if why is not None:
            why.append((reason, cv2.boundingRect(contour), dict(feat)))

    H, W = mask.shape
    x, y, w, h = cv2.boundingRect(contour)
    pad = max(3, int(0.08 * max(w, h)))
    x0, y0 = max(0, x - pad), max(0, y - pad)
    x1, y1 = min(W, x + w + pad), min(H, y + h + pad)
    # RANSAC (for a seal merged with another red mark) only for blobs big
    # enough to be such a merge; it is the costliest step.
    ell = _outer_fit(contour, (y1 - y0, x1 - x0), x0, y0, robust=max(w, h) > 0.08 * min(H, W))
    if ell is None:
        return reject("no fit")
    (cx, cy), (d1, d2), _ang = ell
    major, minor = max(d1, d2), min(d1, d2)
    if not (math.isfinite(major) and math.isfinite(minor)):
        return reject("no fit")
    aspect = minor / major
    feat.update(major=major, aspect=aspect, rel_size=major / min(H, W))
    if major < _MIN_DIAMETER or aspect < 0.4 or major > 0.95 * max(H, W):
        return reject("size/aspect")
    # The fitted ellipse must be about the blob: a fit far larger than the
    # blob (an arc or a line) is not a seal outline.
    if major > 1.6 * max(w, h) or minor > 1.6 * max(min(w, h), 1):
        return reject("fit larger than blob")

    # ROI around the ellipse (the fit may reach past the blob's box).
    ex0, ey0 = int(max(0, cx - major / 2 - 2)), int(max(0, cy - major / 2 - 2))
    ex1, ey1 = int(min(W, cx + major / 2 + 3)), int(min(H, cy + major / 2 + 3))
    if ex1 - ex0 < 5 or ey1 - ey0 < 5:
        return reject("off the image")
    roi = mask[ey0:ey1, ex0:ex1]
    ch = chroma[ey0:ey1, ex0:ex1]
    # Everything below is a share or a ratio of the ellipse's size, so a
    # very large candidate (a close-up seal, or the red rim a table leaves
    # round a photographed page) is measured on a shrunk copy of its ROI:
    # the cost per candidate stays bounded, whatever the blob's size.
    f = math.ceil(major / _MEASURE_MAX)
    ell_roi = ((cx - ex0, cy - ey0), (d1, d2), _ang)
    if f > 1:
        # Area averaging keeps thin strokes as partial values; 0.35 of a
        # cell is enough to call it ink. (Cropped to a multiple of ``f``:
        # OpenCV's fast integer-factor path.)
        hh, ww = (ey1 - ey0) // f, (ex1 - ex0) // f
        roi = cv2.resize(roi[: hh * f, : ww * f], (ww, hh), interpolation=cv2.INTER_AREA)
        ch = cv2.resize(ch[: hh * f, : ww * f], (ww, hh), interpolation=cv2.INTER_AREA)
        ell_roi = (((cx - ex0 + 0.5) / f - 0.5, (cy - ey0 + 0.5) / f - 0.5), (d1 / f, d2 / f), _ang)
        major, d1, d2 = major / f, d1 / f, d2 / f
        roi = roi > 90
    else:
        roi = roi > 0
    rho, theta = _ellipse_radius(roi.shape, 0, 0, ell_roi)
    nb = 72
    bins = ((theta + math.pi) / (2 * math.pi) * nb).astype(np.int32) % nb

    def per_bin(sel: np.ndarray, ink: np.ndarray) -> np.ndarray:
        """Ink share of ``sel`` in each angular bin."""
        area = np.bincount(bins[sel], minlength=nb).astype(np.float32)
        return np.bincount(bins[sel & ink], minlength=nb) / np.maximum(area, 1.0)

    # Ring: a seal's border is a line that runs round. Close gaps the size
    # of a crossing black stroke before asking how much of the way round it
    # goes, so a signature over the seal does not cut the ring. A bin
    # counts when more than a speck of it is ink.
    kk = max(3, round(0.05 * major) | 1)
    roi_closed = cv2.morphologyEx(
        roi.astype(np.uint8), cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (kk, kk))
    ) > 0
    border = (rho > 0.86) & (rho < 1.06)
    completeness = float((per_bin(border, roi_closed) > 0.15).mean())
    feat["completeness"] = completeness
    if completeness < 0.4:
        return reject("ring incomplete")

    # Ring text is often paler than the border (less ink on fine strokes, a
    # photo's blur), too pale for the page-wide threshold. Inside the
    # candidate, take as ink whatever is at least 30 % as red as the border.
    rim_ink = ch[roi & border]
    level = float(np.median(rim_ink)) if rim_ink.size > 20 else 51.0
    roi = roi | (ch > min(_WEAK, max(9.0, 0.3 * level)))

    def density(sel: np.ndarray) -> float:
        n = int(sel.sum())
        return float(roi[sel].sum()) / n if n else 0.0

    text_band = (rho > 0.5) & (rho < 0.84)
    d_text = density(text_band)
    d_centre = density(rho < 0.4)
    # Ring text runs round most of the seal: count angular sectors with ink.
    text_cov = float((per_bin(text_band, roi) > 0.04).mean())
    feat.update(d_text=d_text, d_centre=d_centre, text_cov=text_cov)
    if d_text < 0.01 or text_cov < 0.12:
        return reject("empty ring")  # a circle drawn round a word
    if d_text > 0.8 and d_centre > 0.8:
        return reject("solid")  # a logo or a dot

    d_border = density(border)
    d_out = density((rho > 1.12) & (rho < 1.35))
    # Rim regularity: a seal's border is a line at one radius, so in each
    # direction the outermost ink sits on the fitted ellipse. A character or
    # a brush stroke that happens to be roundish has its outermost ink all
    # over the place (corners out, sides in).
    near = roi_closed & (rho < 1.25)
    outer_r = np.zeros(nb, np.float32)
    np.maximum.at(outer_r, bins[near], rho[near])
    regular = float(((outer_r > 0.93) & (outer_r < 1.07)).mean())
    # Share of directions where the band just inside the rim is solid ink.
    solid_inner = float((per_bin((rho > 0.68) & (rho < 0.88), roi) > 0.75).mean())
    centre_link = _centre_link(roi, rho, text_band)
    # Rim thickness on a (direction x radius) grid of solid-ink cells.
    # (Radial cells no thinner than a pixel: thinner ones are empty and break
    # every run, which read a small thick ring as rim-less.)
    nr = int(np.clip(round(0.22 * min(d1, d2)), 6, 30))
    rim_thick = _rim_of(roi, rho, bins, np.ones_like(roi), nb, nr, d1, d2)
    feat.update(
        d_border=d_border, d_out=d_out, regular=regular, solid_inner=solid_inner,
        centre_link=centre_link, rim_thick=rim_thick,
    )

    s = {
        "ring": _ramp(completeness, *ring),
        "regular": _ramp(regular, 0.45, 0.75),
        # A solid disc or a thick logo ring fills the text band; a seal's
        # ring text leaves most of it as paper. Faint seals lose much of
        # their text, so the lower ramps are gentle.
        # An oval seal's text covers only its top (~40-60 % of the way
        # round), and a faint one loses part of that.
        "text": _ramp(d_text, 0.01, 0.04) * (1.0 - _ramp(d_text, 0.55, 0.8)) * _ramp(text_cov, 0.12, 0.3),
        # The ring is a thin line: just inside it there are glyphs with
        # paper between them, not one thick stroke (the letter O or D, a
        # logo ring). And the rim itself is thin: seals measure 0.06-0.11 of
        # the radius here (blur widens it in photos, up to ~0.13), logo
        # rings 0.15-0.2 and more.
        "thin": min(1.0 - _ramp(solid_inner, 0.3, 0.6), 1.0 - _ramp(rim_thick, 0.15, 0.2)),
        "glyphs": 1.0 - _ramp(centre_link, 0.3, 0.6),
        "centre": _ramp(d_centre, 0.01, 0.05) * (1.0 - _ramp(d_centre, 0.75, 0.95)),
        # The border is inkier than the text band (it is a solid line); a
        # blob of text has no such rim. (Against 0.45 of the text band's ink:
        # bold ring text in a blurred photo comes close to the border's.)
        "rim": _ramp(d_border - 0.45 * d_text, 0.05, 0.2),
        "aspect": _ramp(aspect, 0.4, 0.6),
        # Ink just outside the ellipse means the blob is part of something
        # bigger (a paragraph of red text, a banner).
        "alone": 1.0 - _ramp(d_out, 0.08, 0.3),
        # A seal is ~40 mm on a ~210 mm page (~19 % of its width). Even a
        # page photographed from afar or shown as a thumbnail in a phone
        # screenshot leaves it above ~5 % of the picture's short side, while
        # body-text characters are ~3 % of a page's width.
        "size": _ramp(feat["rel_size"], _MIN_REL_SIZE, 0.055),
    }
    # A clean, complete ring round a centre symbol is a seal even when its
    # ring text has all but faded (a light impression, a thin typeface):
    # the symbol stands in for part of the text evidence.
    if completeness >= 0.85 and regular >= 0.8:
        s["text"] = max(s["text"], 0.6 * s["centre"])
    # An over-inked impression: a big, complete, perfectly round rim whose
    # text band has run together (the ink filled the paper between the
    # glyphs). A logo ring is as round, but small beside a seal or solid.
    if completeness >= 0.95 and regular >= 0.9 and feat["rel_size"] >= 0.1 and d_text <= 0.8:
        s["thin"] = max(s["thin"], 0.6)
        s["text"] = max(s["text"], _ramp(text_cov, 0.12, 0.3) * 0.6)
    # With nothing in the middle either, the ring text is the only thing
    # that tells a seal from a circle drawn round a word (whose black text
    # leaves a little colour fringe in the band): ask for more of it.
    if s["centre"] < 0.3:
        s["text"] *= _ramp(d_text, 0.03, 0.08)
    weights = {"ring": 0.2, "regular": 0.15, "text": 0.2, "thin": 0.1, "rim": 0.1, "centre": 0.1,
               "aspect": 0.05, "alone": 0.05, "size": 0.05}
    score = sum(w_ * s[k] for k, w_ in weights.items())
    # A seal that fails any one test badly is no seal, however well it does
    # on the others: the weakest test caps the score. (The centre symbol and
    # the aspect only add: some seals have no star, ovals are legitimate.)
    weakest = min(v for k, v in s.items() if k not in ("centre", "aspect"))
    score = min(score, 0.2 + 0.8 * weakest)
    feat.update({"s_" + k: v for k, v in s.items()})
    if why is not None:
        why.append((f"scored {score:.3f}", cv2.boundingRect(contour), feat))
    return _Measure(ellipse=ell, score=float(score), aspect=float(aspect), features=feat)


# --------------------------------------------------------------------------
# Riding seals: a seal cut by the paper's edge
# --------------------------------------------------------------------------

#: What a cut seal must score. Higher than a whole seal's: with part of the
#: ring gone there is less to tell a seal from a red half-round logo.
_CUT_SCORE = 0.6


def _chord(hull: np.ndarray, hi: int) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """The straight edge a blob was cut along: its two ends and the inward normal.

    ``hull`` is the blob's convex hull (``cv2.convexHull``). The edge is the
    longest run of nearly collinear hull edges (a cut with a nick in it makes
    two or three hull edges, not one); None when no run is at least 0.7 of
    the blob's longer side. ``hi`` is that side.
    """
    hull = hull.reshape(-1, 2).astype(np.float64)
    nh = len(hull)
    if nh < 5:
        return None
    vec = np.roll(hull, -1, axis=0) - hull
    lens = np.hypot(vec[:, 0], vec[:, 1])
    ang = np.arctan2(vec[:, 1], vec[:, 0])
    best, bi, bj = 0.0, 0, 0
    for i in range(nh):
        if lens[i] < 0.1 * hi:
            continue
        j, total = i, 0.0
        while total < 2 * hi and j < i + nh:
            turn = abs((ang[j % nh] - ang[i] + math.pi) % (2 * math.pi) - math.pi)
            if turn > math.radians(6) and lens[j % nh] > 2:
                break
            total += lens[j % nh]
            j += 1
        if total > best:
            best, bi, bj = total, i, j
    if best < 0.7 * hi:
        return None
    p1, p2 = hull[bi], hull[bj % nh]
    length = math.hypot(*(p2 - p1))
    if length < 0.7 * hi:
        return None
    u = (p2 - p1) / length
    n = np.array([-u[1], u[0]])
    if (hull.mean(axis=0) - p1) @ n < 0:
        n = -n
    return p1, p2, n


def _circle_fit(pts: np.ndarray) -> tuple[float, float, float] | None:
    """Least-squares circle (cx, cy, r) through points (the algebraic fit)."""
    x, y = pts[:, 0], pts[:, 1]
    a = np.stack([x, y, np.ones_like(x)], axis=1)
    (d, e, f), *_ = np.linalg.lstsq(a, -(x * x + y * y), rcond=None)
    cx, cy = -d / 2, -e / 2
    r2 = cx * cx + cy * cy - f
    return (float(cx), float(cy), math.sqrt(r2)) if r2 > 0 else None


def _white_level(gray: np.ndarray) -> float:
    """The brightness of the brightest few percent of the picture: its paper at its best lit."""
    hist = np.bincount(gray[::4, ::4].ravel(), minlength=256)
    return float(np.searchsorted(np.cumsum(hist), 0.97 * hist.sum()))


@dataclass(frozen=True)
class _Sheet:
    """What the cut-seal tests read from the working copy, computed once per picture.

    ``gray`` is the working copy in grey and ``white`` its :func:`_white_level`.
    The table under a photographed page is what is darker than paper (under
    0.72 of the white: ``dark``, 1 there) in areas too broad to be strokes (a
    9-pixel opening); ``near`` is the table and a pixel round it, ``reach``
    the table and four pixels round it (see :func:`_off_the_table`).
    """

    gray: np.ndarray
    white: float
    dark: np.ndarray
    near: np.ndarray
    reach: np.ndarray


def _sheet(small: np.ndarray) -> _Sheet:
    """The :class:`_Sheet` of a working copy (BGR)."""
    gray = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
    white = _white_level(gray)
    # (OpenCV calls throughout: this runs on every picture's working copy.)
    _, dark = cv2.threshold(gray, 0.72 * white - 0.5, 1, cv2.THRESH_BINARY_INV)
    table = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((9, 9), np.uint8))
    return _Sheet(gray, white, dark, cv2.dilate(table, np.ones((3, 3), np.uint8)),
                  cv2.dilate(table, np.ones((9, 9), np.uint8)))


def _measure_cut(
    mask: np.ndarray, chroma: np.ndarray, sheet: _Sheet, contour: np.ndarray, why: list | None = None,
) -> _Measure | None:
    """Score a blob as a seal cut by a straight edge (a riding seal, 骑缝章).

    A seal stamped across the edges of a stack of pages leaves on each page a
    slice of the disc, cut by the page's straight edge. The whole-seal test
    cannot see it (its ring is half missing, its outline is a D). Here the
    cut is found first (a straight run of the blob's hull), a circle is
    fitted to the rest of the outline, and the seal tests of
    :func:`_measure` are asked of the slice on the paper side only: a thin
    ring all along the arc, ring text inside it, no solid fill. Three tests
    of its own: no red ink just past the cut inside the circle (a cut, not a
    line crossing a whole seal), paper between the ink (a table's wood or
    cloth is darker: the wood-grain arcs of photographed tables were this
    test's false alarms), and a brightness step along the cut or its
    continuation (the paper's edge), unless the cut is the picture's border.
    ``sheet`` is the working copy's :class:`_Sheet`.
    """
    gray = sheet.gray
    feat: dict[str, float] = {}

    def reject(reason: str) -> None:
        if why is not None:
            why.append(("cut: " + reason, cv2.boundingRect(contour), dict(feat)))

    H, W = mask.shape
    x, y, w, h = cv2.boundingRect(contour)
    lo, hi = min(w, h), max(w, h)
    feat["box_aspect"] = lo / hi
    # A slice of 30-80 % of a disc, seen across or along its cut.
    if not 0.25 <= lo / hi <= 0.9:
        return reject("not a slice")
    hull = cv2.convexHull(contour)
    cut = _chord(hull, hi)
    if cut is None:
        return reject("no straight cut")
    p1, p2, n = cut
    length = float(math.hypot(*(p2 - p1)))
    pts = contour.reshape(-1, 2).astype(np.float64)
    depth = (pts - p1) @ n
    # The arc: outline points on the convex hull (where the ring is broken
    # the outline dips in to the ring text) away from the cut, refitted on
    # those that agree with the first fit (a neighbour's stroke has no say).
    band = np.zeros((h + 2, w + 2), np.uint8)
    cv2.polylines(band, [hull - (x - 1, y - 1)], True, 255, max(2, round(0.04 * hi)))
    on_hull = band[pts[:, 1].astype(np.int32) - y + 1, pts[:, 0].astype(np.int32) - x + 1] > 0
    arc = pts[on_hull & (depth > 0.08 * length)]
    if len(arc) < 10:
        return reject("no arc")
    fit = _circle_fit(arc)
    if fit is not None:
        cx, cy, r = fit
        keep = arc[np.abs(np.hypot(arc[:, 0] - cx, arc[:, 1] - cy) / r - 1.0) < 0.1]
        if len(keep) >= 10:
            fit = _circle_fit(keep)
    if fit is None:
        return reject("no circle")
    cx, cy, r = fit
    t = float((np.array([cx, cy]) - p1) @ n)  # the centre's distance inside the cut
    chord_expected = 2 * math.sqrt(max(r * r - t * t, 0.0))
    feat.update(
        r=r, slice=(t + r) / (2 * r), depth=float(depth.max()) / max(t + r, 1e-6),
        chord=length / max(chord_expected, 1.0), rel_size=2 * r / min(H, W),
    )
    if not 0.28 <= feat["slice"] <= 0.8:
        return reject("slice")
    # The blob must be the slice the circle and the cut make.
    if abs(feat["depth"] - 1.0) > 0.15 or abs(feat["chord"] - 1.0) > 0.25:
        return reject("not that slice")
    if 2 * r < _MIN_DIAMETER or feat["rel_size"] < _MIN_REL_SIZE or feat["rel_size"] > 0.6:
        return reject("size")

    x0, y0 = int(max(0, cx - r - 2)), int(max(0, cy - r - 2))
    x1, y1 = int(min(W, cx + r + 3)), int(min(H, cy + r + 3))
    if x1 - x0 < 5 or y1 - y0 < 5:
        return reject("off the image")
    ink = mask[y0:y1, x0:x1] > 0
    ch = chroma[y0:y1, x0:x1]
    ell = ((cx - x0, cy - y0), (2 * r, 2 * r), 0.0)
    rho, theta = _ellipse_radius(ink.shape, 0, 0, ell)
    xs = np.arange(x0, x1, dtype=np.float64)[None, :]
    ys = np.arange(y0, y1, dtype=np.float64)[:, None]
    side = (xs - p1[0]) * n[0] + (ys - p1[1]) * n[1]
    on_paper = side > 1.5
    nb = 72
    bins = ((theta + math.pi) / (2 * math.pi) * nb).astype(np.int32) % nb
    border = (rho > 0.86) & (rho < 1.06)
    # The directions whose stretch of border lies on the paper side.
    seen = np.bincount(bins[border & on_paper], minlength=nb) > 0.8 * np.maximum(
        np.bincount(bins[border], minlength=nb), 1)
    feat["seen"] = float(seen.mean())
    if feat["seen"] < 0.25:
        return reject("too little of the ring")

    def per_bin(sel: np.ndarray, ink_: np.ndarray) -> np.ndarray:
        sel = sel & on_paper
        area = np.bincount(bins[sel], minlength=nb).astype(np.float32)
        return (np.bincount(bins[sel & ink_], minlength=nb) / np.maximum(area, 1.0))[seen]

    kk = max(3, round(0.1 * r) | 1)
    closed = cv2.morphologyEx(
        ink.astype(np.uint8), cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (kk, kk))
    ) > 0
    completeness = float((per_bin(border, closed) > 0.15).mean())
    rim_ink = ch[ink & border & on_paper]
    level = float(np.median(rim_ink)) if rim_ink.size > 20 else 51.0
    ink_all = ink | (ch > min(_WEAK, max(9.0, 0.3 * level)))

    def density(sel: np.ndarray) -> float:
        sel = sel & on_paper
        k = int(sel.sum())
        return float(ink_all[sel].sum()) / k if k else 0.0

    text_band = (rho > 0.5) & (rho < 0.84)
    d_text = density(text_band)
    text_cov = float((per_bin(text_band, ink_all) > 0.04).mean())
    d_border = density(border)
    d_out = density((rho > 1.12) & (rho < 1.35))
    near = closed & (rho < 1.25) & on_paper
    outer_r = np.zeros(nb, np.float32)
    np.maximum.at(outer_r, bins[near], rho[near])
    regular = float(((outer_r > 0.93) & (outer_r < 1.07))[seen].mean())
    solid_inner = float((per_bin((rho > 0.68) & (rho < 0.88), ink_all) > 0.75).mean())
    # Rim thickness as in _measure, with radial cells no thinner than a
    # pixel (thinner ones are empty and would break every run).
    nr = int(np.clip(round(0.44 * r), 6, 30))
    rim_thick = _rim_of(ink_all, rho, bins, on_paper & seen[bins], nb, nr, 2 * r, 2 * r)
    # Past the cut, inside the circle: a cut seal has nothing there; a whole
    # seal crossed by a straight line has the rest of itself.
    beyond = (side < -2) & (side > -0.25 * r) & (rho < 1.0)
    d_beyond = float(ink[beyond].mean()) if beyond.any() else 0.0
    # Between the ink, the slice lies on paper.
    between = gray[y0:y1, x0:x1][on_paper & (rho < 0.95) & ~ink_all]
    paper = float(np.median(between)) / max(sheet.white, 1.0) if between.size > 20 else 0.0
    # The paper's edge: a brightness step across the cut, along it or along
    # its continuation past the seal.
    u = (p2 - p1) / length

    def steps(a: float, b: float, off: float = 4.0) -> list[float]:
        out = []
        for f in np.linspace(a, b, 24):
            q = p1 + u * f * length
            qi, qo = q + n * off, q - n * off
            if 0 <= qo[0] < W and 0 <= qo[1] < H and 0 <= qi[0] < W and 0 <= qi[1] < H:
                out.append(abs(float(gray[int(qi[1]), int(qi[0])]) - float(gray[int(qo[1]), int(qo[0])])))
        return out

    def stepped(vals: list[float]) -> float:
        return float(np.mean(np.array(vals) > 10)) if len(vals) >= 6 else 0.0

    at_border = not (0 <= (p1 - 3 * n)[0] < W and 0 <= (p1 - 3 * n)[1] < H)
    edge = 1.0 if at_border else max(stepped(steps(0.05, 0.95)),
                                     stepped(steps(-0.5, -0.05) + steps(1.05, 1.5)))
    feat.update(
        completeness=completeness, d_text=d_text, text_cov=text_cov, d_border=d_border, d_out=d_out,
        regular=regular, solid_inner=solid_inner, rim_thick=rim_thick, d_beyond=d_beyond, paper=paper,
        edge=edge,
    )
    s = {
        # Most of the arc on the paper is ring: a cut seal's ring is the
        # best-kept part of it, so more is asked than of a whole seal.
        "ring": _ramp(completeness, 0.6, 0.9),
        "regular": _ramp(regular, 0.45, 0.75),
        # Ring text runs along most of the arc left on the paper; a ring
        # round a logo has a mark or two in that band, not a row of glyphs.
        "text": _ramp(d_text, 0.01, 0.04) * (1.0 - _ramp(d_text, 0.55, 0.8)) * _ramp(text_cov, 0.3, 0.55),
        "thin": min(1.0 - _ramp(solid_inner, 0.3, 0.6), 1.0 - _ramp(rim_thick, 0.15, 0.2)),
        "rim": _ramp(d_border - 0.45 * d_text, 0.05, 0.2),
        "alone": 1.0 - _ramp(d_out, 0.08, 0.3),
        "cut": 1.0 - _ramp(d_beyond, 0.03, 0.1),
        "paper": _ramp(paper, 0.5, 0.7),
        # A page lying on another page shows its edge only as a faint line
        # or shadow, found along part of the cut: a little is enough.
        "edge": _ramp(edge, 0.1, 0.4),
        # A seal is ~19 % of a page's width (see _measure); a letter D or a
        # bracket in a red stamp's word is a few percent.
        "size": _ramp(feat["rel_size"], 0.06, 0.1),
    }
    weights = {"ring": 0.2, "regular": 0.15, "text": 0.2, "thin": 0.1, "rim": 0.1, "alone": 0.05,
               "cut": 0.1, "paper": 0.05, "edge": 0.05}  # size only caps (below)
    score = sum(w_ * s[k] for k, w_ in weights.items())
    score = min(score, 0.2 + 0.8 * min(s.values()))
    feat.update({"s_" + k: v for k, v in s.items()})
    if why is not None:
        why.append((f"cut scored {score:.3f}", cv2.boundingRect(contour), feat))
    # The slice on the paper: the arc's points past the cut's line, and the cut's ends.
    a = np.linspace(0, 2 * math.pi, 180, endpoint=False)
    circle = np.stack([cx + r * np.cos(a), cy + r * np.sin(a)], axis=1)
    part = np.vstack([circle[(circle - p1) @ n > 0], p1, p2])
    vx0, vy0 = np.clip(part.min(axis=0), 0, [W, H])
    vx1, vy1 = np.clip(part.max(axis=0), 0, [W, H])
    visible = (int(vx0), int(vy0), int(round(vx1 - vx0)), int(round(vy1 - vy0)))
    return _Measure(ellipse=((cx, cy), (2 * r, 2 * r), 0.0), score=float(score), aspect=1.0,
                    features=feat, visible=visible)


def _ellipse_box(ell, W: int, H: int) -> tuple[int, int, int, int]:
    """Bounding box of an ellipse (cv2 form), clipped to the image."""
    (cx, cy), (d1, d2), ang = ell
    t = math.radians(ang)
    a, b = d1 / 2, d2 / 2
    hx = math.sqrt((a * math.cos(t)) ** 2 + (b * math.sin(t)) ** 2)
    hy = math.sqrt((a * math.sin(t)) ** 2 + (b * math.cos(t)) ** 2)
    x0, y0 = max(0, math.floor(cx - hx)), max(0, math.floor(cy - hy))
    x1, y1 = min(W, math.ceil(cx + hx)), min(H, math.ceil(cy + hy))
    return (x0, y0, max(0, x1 - x0), max(0, y1 - y0))


def _candidates(mask: np.ndarray, wide: bool = False) -> list[np.ndarray]:
    """Outer contours of red blobs, closed at two scales (three when ``wide``).

    The small closing keeps a small seal (a screenshot) from melting into a
    disc; the large one makes a faint, broken impression hang together. The
    widest (``wide``, for the pale pass) joins the arcs of a half-dry ring
    whose gaps are wider than its line.
    """
    H, W = mask.shape
    out: list[np.ndarray] = []
    boxes: list[tuple[int, int, int, int]] = []
    side = max(H, W)
    # The fitted ellipse can be up to 1.6x the blob (see _measure), so a
    # blob must reach _MIN_REL_SIZE / 1.6 of the short side to matter.
    min_side = max(_MIN_DIAMETER, _MIN_REL_SIZE / 1.6 * min(H, W))
    scales = [3, max(5, round(side / 150) | 1)]
    if wide:
        scales.append(max(7, round(side / 40) | 1))
    for k in scales:
        closed = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
        # Outer boundaries at every depth (CCOMP), not only the outermost:
        # a seal can sit inside a red frame, or inside the reddish rim a
        # wooden table leaves round a photographed page.
        contours, hier = cv2.findContours(closed, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_NONE)
        for i, c in enumerate(contours):
            if hier[0][i][3] != -1:
                continue  # a hole's boundary
            x, y, w, h = cv2.boundingRect(c)
            if max(w, h) < min_side or min(w, h) < 0.35 * _MIN_DIAMETER:
                continue
            # Long thin blobs (red lines, a line of red text) are not seals.
            if min(w, h) < 0.3 * max(w, h):
                continue
            # The same blob at both closing scales: measure it once.
            if any(iou((x, y, w, h), b) > 0.9 for b in boxes):
                continue
            boxes.append((x, y, w, h))
            out.append(c)
    return out


@dataclass(frozen=True)
class _Look:
    """One pass of :func:`find_seals` over the working copy: where red ink is cut, and the score asked."""

    strong: int  # chroma (1/255 of paper) that is clear red
    weak: int  # chroma taken as ink next to clear red
    score: float  # what a candidate must score
    saturation: int = _SATURATION  # percent of its red level a clear pixel's chroma must reach
    dark: int = _DARK  # red level at or below which a pixel is too dark to tell
    lit: int = 0  # raw red level (0..255) a clear pixel must exceed in the picture itself
    wide: bool = False  # also close blobs at a third, wider scale (see _candidates)
    min_text: float = 0.0  # ink share of the ring-text band a candidate must have
    ring: tuple[float, float] = _RING  # share of the border found round: scores 0 below, 1 above


#: The passes, in order; each runs only when those before it found nothing.
_LOOKS = (
    # Clear red ink, as most seals are.
    _Look(_STRONG, _WEAK, SCORE_THRESHOLD),
    # A half-dry or badly lit impression has hardly any clear red: thresholds
    # lowered, and more asked of what is found.
    _Look(18, 9, 0.6),
    # Pale pink or orange ink is nearly as bright as the paper, so its chroma
    # is a small share of its red level: clear red needs only 0.06 of it. Only
    # where the picture itself is bright may a blob start (the stretched
    # colour noise of dark surroundings and dark-mode screens cannot), and
    # only bright pixels count as ink, which leaves out black text and the
    # colour fringes round it, all a hand-drawn circle has inside. Its ring
    # breaks into arcs, joined by the wide closing. A clean ring round a speck
    # of colour is not taken for a seal here without ring text of its own: at
    # these levels a circle drawn round a word has the word's fringe inside.
    # A half-dry ring is broken in more places, so less of it must be found
    # round (the score's ring ramp starts at 0.35, not 0.45). Measured on the dev photo
    # sets (bench/dev_sealphotos, dev_sealphotos2): 5 more of 77 seals found,
    # no new false seal in the labelled folders.
    _Look(14, 8, 0.6, saturation=6, dark=150, lit=110, wide=True, min_text=0.02, ring=(0.35, 0.75)),
)


def _look_mask(chroma: np.ndarray, r: np.ndarray, small: np.ndarray, look: _Look) -> np.ndarray:
    """The red-ink mask of the working copy ``small`` as ``look`` cuts it."""
    lit = small[:, :, 2] > look.lit if look.lit else None
    return _mask_from(chroma, r, look.strong, look.weak, look.saturation, lit, look.dark)


#: At most this many blobs are measured again after the table is cut away
#: (:func:`_off_the_table`): a red tablecloth breaks into scores of them.
_TABLE_CUT_MAX = 20


def _off_the_table(mask: np.ndarray, sheet: _Sheet) -> tuple[np.ndarray, list[np.ndarray]]:
    """The red ink with the table under a photographed page cut away, and the blobs that changed.

    A riding seal's slice ends at the paper's edge; when what lies beyond is
    red-brown wood or a red tablecloth, its red runs on into the slice and the
    two make one blob that is no seal's shape. Taking the table and a pixel
    round it (``sheet.near``, see :class:`_Sheet`) out of the ink mask parts
    the slice from it. Returns the new mask and its blobs that lie on paper
    and touch the table, the largest first, at most :data:`_TABLE_CUT_MAX`
    (empty when no red ink touches a table).
    """
    dark, near, reach = sheet.dark, sheet.near, sheet.reach
    if not cv2.countNonZero(cv2.bitwise_and(mask, mask, mask=near)):
        return mask, []
    parted = cv2.bitwise_and(mask, mask, mask=1 - near)
    out = []
    for c in _candidates(parted):
        x, y, w, h = cv2.boundingRect(c)
        # A slice lies on the paper; a blob of the cloth does not.
        if dark[y + h // 2, x + w // 2] and dark[y + h // 2 + h // 4, x + w // 2]:
            continue
        pts = c.reshape(-1, 2)
        if reach[pts[:, 1], pts[:, 0]].any():
            out.append(c)
    out.sort(key=lambda c: -cv2.contourArea(c))
    return parted, out[:_TABLE_CUT_MAX]


def _scored(
    chroma: np.ndarray, r: np.ndarray, small: np.ndarray, look: _Look, sheet: _Sheet | None = None,
) -> list[tuple[float, tuple, tuple[int, int, int, int] | None]]:
    """(score, ellipse, visible part or None) of every candidate the look accepts, red ink cut at its levels.

    When ``sheet`` (the working copy's :class:`_Sheet`) is given, every
    candidate is also measured as a cut one (:func:`_measure_cut`), and so
    are the blobs that part from a red table once it is cut away
    (:func:`_off_the_table`).
    """
    mask = _look_mask(chroma, r, small, look)
    found: list[tuple[float, tuple, tuple[int, int, int, int] | None]] = []

    def as_cut(m: np.ndarray, c: np.ndarray) -> _Measure | None:
        cut = _measure_cut(m, chroma, sheet, c)
        ok = cut is not None and cut.score >= max(look.score, _CUT_SCORE) and cut.features["d_text"] >= look.min_text
        return cut if ok else None

    for c in _candidates(mask, look.wide):
        m = _measure(mask, chroma, c, ring=look.ring)
        if m is None or m.score < look.score or m.features["d_text"] < look.min_text:
            m = None
        if sheet is not None:
            cut = as_cut(mask, c)
            # A slice can pass as a poor whole seal (its ellipse fitted to the
            # D): the better reading of the blob stands.
            if cut is not None and (m is None or cut.score > m.score):
                m = cut
        if m is not None:
            found.append((m.score, m.ellipse, m.visible))
    if sheet is not None:
        # Slices merged with a red table beyond the paper's edge (what was
        # found above again is dropped by find_seals as a duplicate).
        parted, blobs = _off_the_table(mask, sheet)
        for c in blobs:
            cut = as_cut(parted, c)
            if cut is not None:
                found.append((cut.score, cut.ellipse, cut.visible))
    return found


def _explain(bgr: np.ndarray, look: _Look | None = None) -> list[tuple[str, tuple, dict]]:
    """Every candidate blob of one look (the first by default) with its measurements and verdict (a tuning aid).

    Each blob is measured as a whole seal and as a cut one.
    """
    look = look or _LOOKS[0]
    small = _shrink(bgr, _shrink_factor(*bgr.shape[:2]))
    chroma, r = _redness(small)
    sheet = _sheet(small)
    mask = _look_mask(chroma, r, small, look)
    why: list = []
    for c in _candidates(mask, look.wide):
        _measure(mask, chroma, c, why, ring=look.ring)
        _measure_cut(mask, chroma, sheet, c, why)
    return why


def find_seals(bgr: np.ndarray) -> list[Seal]:
    """Find red round and oval seals.

    Returns the seals scoring at least :data:`SCORE_THRESHOLD`, best first,
    with ``box`` and ``ellipse`` (centre x, centre y, semi-axis a, semi-axis
    b, angle of axis a in degrees, as ``cv2.ellipse`` takes them) in the
    input's pixel coordinates. ``shape`` is ``round`` when the minor axis is
    at least 0.82 of the major (a round seal photographed at a slant stays
    above that), else ``oval``. Text and centre fields are left for
    :func:`analyse_seal`.

    Works on a copy shrunk to about one megapixel, so it costs a few tens of
    milliseconds even on a 12-megapixel photo. When nothing is found, a
    second look takes fainter red as ink (a half-dry impression, a dim
    photo) and asks a higher score of what it finds, and a third takes pale,
    barely saturated ink (see :data:`_LOOKS`).

    A seal cut by the paper's edge (a riding seal, 骑缝章) is found too
    (:func:`_measure_cut`): ``cut`` is True, ``box`` is the part on the
    paper, ``ellipse`` the whole circle it was stamped as.
    """
    _check_bgr(bgr)
    H, W = bgr.shape[:2]
    k = _shrink_factor(H, W)
    small = _shrink(bgr, k)
    chroma, r = _redness(small)
    sheet = _sheet(small)
    found: list[tuple[float, tuple, tuple[int, int, int, int] | None]] = []
    for look in _LOOKS:
        found = _scored(chroma, r, small, look, sheet)
        if found:
            break
    # Whole seals first, then by score: where one blob was taken both ways
    # (at two closing scales), the whole seal stands.
    found.sort(key=lambda t: (t[2] is not None, -t[0]))
    picked: list[tuple[float, tuple, tuple[int, int, int, int], bool]] = []
    for score, ell, visible in found:
        (cx, cy), (d1, d2), ang = ell
        # Map back: pixel centres scale as (x + 0.5) * k - 0.5.
        full = (((cx + 0.5) * k - 0.5, (cy + 0.5) * k - 0.5), (d1 * k, d2 * k), ang)
        if visible is None:
            box = _ellipse_box(full, W, H)
        else:
            vx, vy, vw, vh = visible
            box = (vx * k, vy * k, min(vw * k, W - vx * k), min(vh * k, H - vy * k))
        if any(iou(box, b) > 0.3 for _, _, b, _ in picked):
            continue  # the same seal found at the other closing scale
        picked.append((score, full, box, visible is not None))
    # A ring inside a seal (a court seal's emblem, an inner border) can
    # score as well as the seal itself: whatever score it has, a candidate
    # centred inside a larger one is part of it.
    picked = [
        p for p in picked
        if not any(_contains(q[2], p[2]) for q in picked if q is not p)
    ]
    picked.sort(key=lambda p: -p[0])
    seals: list[Seal] = []
    for score, full, box, cut in picked:
        a, b, ang_a = full[1][0] / 2, full[1][1] / 2, full[2]
        if b > a:
            a, b, ang_a = b, a, (full[2] + 90.0) % 180.0
        seals.append(
            Seal(
                box=box,
                score=round(score, 4),
                shape="round" if b / a >= 0.82 else "oval",
                ellipse=(float(full[0][0]), float(full[0][1]), float(a), float(b), float(ang_a)),
                cut=cut,
            )
        )
    return seals


def _contains(outer: tuple[int, int, int, int], inner: tuple[int, int, int, int]) -> bool:
    x, y, w, h = inner
    cx, cy = x + w / 2, y + h / 2
    inside = outer[0] <= cx <= outer[0] + outer[2] and outer[1] <= cy <= outer[1] + outer[3]
    return inside and w * h < 0.6 * outer[2] * outer[3]


# --------------------------------------------------------------------------
# Red suppression for OCR
# --------------------------------------------------------------------------


def suppress_red(bgr: np.ndarray) -> np.ndarray:
    """A copy of ``bgr`` with red ink turned into paper, black strokes kept.

    Inside (a slightly grown) red-ink region each pixel is redrawn from its
    red channel: red ink is nearly as bright as paper there, black text is
    dark in every channel, so a seal over a signature or a date leaves the
    black strokes and loses the red. Outside the region the image is
    untouched. The input is not modified.
    """
    _check_bgr(bgr)
    H, W = bgr.shape[:2]
    out = bgr.copy()
    k = _shrink_factor(H, W)
    small = _shrink(bgr, k)
    mask = red_mask(small)
    if not mask.any():
        return out
    # Grow the region so the pink anti-aliased fringe of red strokes goes
    # too; the fringe's red channel is paper-bright, so growing is safe.
    mask = cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (5, 5)))
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    paper_small = _paper(small)
    for i in range(1, n):
        x, y, w, h = stats[i, :4]
        X0, Y0 = x * k, y * k
        X1, Y1 = min(W, (x + w) * k + k), min(H, (y + h) * k + k)
        patch = bgr[Y0:Y1, X0:X1]
        region = cv2.resize(
            mask[y : y + h + 1, x : x + w + 1], None, fx=k, fy=k, interpolation=cv2.INTER_NEAREST
        )[: Y1 - Y0, : X1 - X0]
        if region.shape != patch.shape[:2]:
            region = cv2.resize(region, (X1 - X0, Y1 - Y0), interpolation=cv2.INTER_NEAREST)
        paper = cv2.resize(
            paper_small[y : y + h + 1, x : x + w + 1], None, fx=k, fy=k, interpolation=cv2.INTER_LINEAR
        )[: Y1 - Y0, : X1 - X0]
        if paper.shape[:2] != patch.shape[:2]:
            paper = cv2.resize(paper, (X1 - X0, Y1 - Y0), interpolation=cv2.INTER_LINEAR)
        paper = paper.astype(np.float32)
        r = patch[..., 2].astype(np.float32) / paper[..., 2]
        # Darkness seen through the red channel; red ink is at most ~0.35
        # dark there, black ink 0.6 and more. Stretch so ink vanishes and
        # text stays as dark as it was.
        dark = np.clip((1.0 - r - 0.3) / 0.45, 0.0, 1.0)
        redrawn = paper * (1.0 - dark)[..., None]
        sel = region > 0
        out[Y0:Y1, X0:X1][sel] = np.clip(redrawn, 0, 255).astype(np.uint8)[sel]
    return out


# --------------------------------------------------------------------------
# Analysis (ring text, centre symbol, pasted-seal hints)
# --------------------------------------------------------------------------


# The seal is warped so its ellipse becomes a circle of this radius: ring
# glyphs are then ~45 px tall in the unwrapped strip, a size Tesseract
# reads well, whatever the seal's size in the picture.
_NORM_R = 150

# Ring-text keywords per issuer kind, most specific first. Traditional forms
# are listed too (seals of Hong Kong / Taiwan firms, and forged papers that
# mix the two). Keywords of three or more characters also match with one
# character wrong, so an OCR slip (法阮, 有限公可) does not lose the issuer.
_STATE_WORDS = (
    "公安", "检察院", "檢察院", "人民政府", "政府", "委员会", "委員會", "派出所",
    "监督管理局", "社会保障局", "税务局", "稅務局", "管理委员",
)

_ISSUER_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Bodies of none of the kinds whose names sit one character from a
    # court's (人民医院 / 人民法院): settle them before any fuzzy match.
    ("unknown", ("医院", "学校", "大学")),
    # 民法 / 人民法: a seal's name with these is a court's (人民法院 read
    # with its last character wrong).
    ("court", ("人民法院", "法院", "人民法", "民法")),
    ("law_firm", ("律师事务所", "律師事務所", "律师", "律師", "律所", "事务所", "事務所")),
    ("state_body", _STATE_WORDS),
    ("company", (
        "有限公司", "有限责任", "有限責任", "股份", "公司", "集团", "集團", "银行", "銀行",
        "小额贷款", "小額貸款", "贷款", "貸款", "金融", "科技", "网络", "網絡", "支行", "分行",
        "商务", "咨询", "信息",
    )),
    # A bare 局 / 厅 at the end of the name: a government bureau, but only
    # when nothing above matched (书局有限公司 is a company).
    ("state_body", ("局", "厅", "廳")),
)


# Issuer names with more OCR damage than one character: a key matches a
# window of the text when at least two of its characters, and at least half
# of them less one, are in their places there, one of them an anchor (a
# character the other kinds' names do not end in). 人器法由 is 人民法院 with
# two characters wrong, 律虹淮务关 律师事务所 with three.
_PARTIAL_KEYS: tuple[tuple[str, str, str], ...] = (
    ("court", "人民法院", "法院"),
    ("law_firm", "律师事务所", "律师事所"),
    ("law_firm", "律師事務所", "律師事所"),
    ("company", "有限公司", "限司"),
    ("company", "小额贷款", "贷款"),
    ("company", "小額貸款", "貸款"),
)


def _partial_match(key: str, anchors: str, text: str) -> tuple[float, int]:
    """Best (share of ``key`` in place, window start) of ``key`` in ``text``; (0, -1) when none qualifies.

    Windows may hang over either end of the text by up to half the key, so a
    name cut at the strip's ends still counts what is there.
    """
    n = len(key)
    best = (0.0, -1)
    for i in range(-(n // 2), len(text) - n + n // 2 + 1):
        hits = [key[j] for j in range(n) if 0 <= i + j < len(text) and text[i + j] == key[j]]
        if len(hits) >= 2 and 2 * len(hits) >= n - 1 and any(h in anchors for h in hits):
            share = len(hits) / n
            if share >= best[0]:
                best = (share, i)
    return best


# Last resort, for ring text whose distinctive end is misread (法院 is the
# pair of characters OCR most often gets wrong on a court seal: 人民法跷,
# 人民关如): shapes of the name rather than its words.
_LOOSE_ISSUER: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "...区/县/市人民" not followed by another body's name is a court.
    ("court", re.compile(r"[区县市省]人民(?!政府|检察|银行|医院|代表|广播|出版)")),
    ("law_firm", re.compile(r"律.{0,2}事|师.{0,2}所")),
    ("company", re.compile(r"有.公|限公.|.限公")),
)

# Shapes that only a seal's ring text may be judged by (not a line of page
# text: 借贷 or 办公室 in a sentence says nothing about who signs it).
_RING_ONLY_ISSUER: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 律 is in no court's or company's seal name but a law firm's (a
    # company of 法律咨询 has 公司, found before this); nor are 事务所 and
    # a branch's 分所.
    ("law_firm", re.compile(r"律|事务|务所|分所")),
    # 中级 / 高级人民 is an intermediate or high court's name.
    ("court", re.compile(r"[中高]级人民|级人民法")),
    # 公 as the name's last or last-but-one character is 公司 (digits of a
    # serial number may follow); 贷 is a lender's 贷款, 络小 网络小额贷款.
    ("company", re.compile(r"公\D?\d*$|贷|貸|络小")),
    # A company's line of business (服务, 管理, 投资, 担保...) or a bank
    # branch's 支行 / 分行 cut short: words of no court's or law firm's name.
    ("company", re.compile(r"服务|管理|投资|贸易|担保|资产|技术|数据|融资|支行|分行|支\D?$")),
)


def _fuzzy_in(key: str, text: str) -> bool:
    """``key`` in ``text`` with at most one character wrong (keys of 4+ characters)."""
    n = len(key)
    if n < 4 or len(text) < n:
        return False
    return any(sum(a != b for a, b in zip(key, text[i : i + n])) <= 1 for i in range(len(text) - n + 1))


def classify_issuer(text: str | None) -> str:
    """What kind of body a seal's ring text names.

    One of ``court``, ``law_firm``, ``state_body``, ``company`` or
    ``unknown``. Tolerant to OCR slips: partial names are enough (法院,
    律师, 事务所, 公司), and keywords of four or more characters also match
    with one character wrong (人民法阮, 有限公可). Exact matches of every kind
    are tried before any fuzzy one, so 人民政府 is never a misread 人民法院.
    """
    if not text:
        return "unknown"
    t = "".join(ch for ch in text if not ch.isspace())
    for kind, keys in _ISSUER_RULES:
        if any(k in t for k in keys):
            return kind
    for kind, keys in _ISSUER_RULES:
        if any(_fuzzy_in(k, t) for k in keys):
            return kind
    for kind, pattern in _LOOSE_ISSUER:
        if pattern.search(t):
            return kind
    return "unknown"


def _ring_issuer(text: str | None) -> str:
    """:func:`classify_issuer` for a seal's ring as OCR read it.

    A ring holds nothing but the issuer's name, so when the keywords are
    too damaged for :func:`classify_issuer` a part of one is enough: the
    key of :data:`_PARTIAL_KEYS` most complete in the text (on a tie, the
    one nearer the end, where a name's kind stands), then the shapes of
    :data:`_RING_ONLY_ISSUER`.
    """
    kind = classify_issuer(text)
    t = _cjk(text or "")
    # A bare 局 or 厅 names a bureau only at the end of the name; inside a
    # garbled ring read it is one more misread glyph.
    if kind == "state_body" and not any(k in t for k in _STATE_WORDS) and not re.search(r"[局厅廳]\d*$", t):
        kind = "unknown"
    if kind != "unknown" or not text:
        return kind
    # A hospital or a school was recognised as such: nothing partial can
    # make it a court.
    if any(k in t for kind_, keys in _ISSUER_RULES if kind_ == "unknown" for k in keys):
        return "unknown"
    (share, _pos), kind = max((_partial_match(key, anchors, t), kind) for kind, key, anchors in _PARTIAL_KEYS)
    if share > 0:
        return kind
    for kind, pattern in _RING_ONLY_ISSUER:
        if pattern.search(t):
            return kind
    return "unknown"


def _cjk(text: str) -> str:
    """The CJK characters (and digits) of an OCR result, in order."""
    return "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch.isdigit())


def _seal_ellipse(seal: Seal) -> tuple[float, float, float, float, float]:
    if seal.ellipse is not None:
        return seal.ellipse
    x, y, w, h = seal.box
    return (x + w / 2, y + h / 2, max(w, h) / 2, min(w, h) / 2, 0.0 if w >= h else 90.0)


def _normalise(bgr: np.ndarray, seal: Seal, radius: int = _NORM_R) -> tuple[np.ndarray, np.ndarray]:
    """The seal warped so its ellipse is a circle of ``radius``, and its ink map.

    Returns ``(img, ink)``: the warped BGR image (square, the circle centred,
    a margin of 0.3 radius round it) and red-ink strength 0..1 (float32),
    scaled so the seal's own rim is 1. Stretching along the ellipse's axes
    (not rotating) undoes most of a photo's perspective and keeps the
    seal's orientation.
    """
    cx, cy, a, b, ang = _seal_ellipse(seal)
    c = radius + int(0.3 * radius)
    t = math.radians(ang)
    rot = np.array([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]])
    A = rot @ np.diag([radius / max(a, 1.0), radius / max(b, 1.0)]) @ rot.T
    M = np.hstack([A, (np.array([c, c]) - A @ np.array([cx, cy]))[:, None]]).astype(np.float32)
    img = cv2.warpAffine(bgr, M, (2 * c, 2 * c), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    return img, _ink_map(img, ((c, c), (2 * radius, 2 * radius), 0.0))


def _ink_map(img: np.ndarray, ell) -> np.ndarray:
    """Red-ink strength 0..1 (float32) of a picture of one seal.

    ``ell`` is the seal's ellipse in ``img`` (cv2 form). Scaled by the ring
    text's own redness (its strokes' cores), which in a photo is well below
    the rim's: thin strokes blur into the paper.
    """
    chroma, r = _redness(img)
    rho, _ = _ellipse_radius(chroma.shape, 0, 0, ell)
    text = chroma[(rho > 0.5) & (rho < 0.9)]
    text = text[text > _WEAK]
    level = max(float(np.percentile(text, 75)) if text.size > 30 else 80.0, _STRONG)
    # A floor drops the faint colour fringes round black text (JPEG, lens)
    # that would otherwise ghost the date line into the ring strip.
    floor = min(0.25 * level, _WEAK)
    ink = np.clip((chroma.astype(np.float32) - floor) / (level - floor), 0.0, 1.0)
    ink[r <= _DARK] = 0.0  # black text under the seal is not the seal's ink
    return ink


def _seal_ink(
    bgr: np.ndarray, seal: Seal, detail: bool = False
) -> tuple[np.ndarray, tuple[float, float, float, float, float]]:
    """Ink map of the seal's neighbourhood, scaled so its semi-minor axis is ``_NORM_R``.

    Returns the ink map and the ellipse (cx, cy, a, b, angle) in its pixels.
    Unlike :func:`_normalise` nothing is stretched, so an oval seal's
    glyphs keep their shape. With ``detail`` the map is
    :func:`_detail_ink`'s: strokes drawn from the green channel.
    """
    cx, cy, a, b, ang = _seal_ellipse(seal)
    f = _NORM_R / max(min(a, b), 1.0)
    m = 0.25 * max(a, b)
    H, W = bgr.shape[:2]
    x0, y0 = int(max(0, cx - a - m)), int(max(0, cy - a - m))
    x1, y1 = int(min(W, cx + a + m + 1)), int(min(H, cy + a + m + 1))
    crop = bgr[y0:y1, x0:x1]
    interp = cv2.INTER_AREA if f < 1 else cv2.INTER_CUBIC
    crop = cv2.resize(crop, (max(1, round(crop.shape[1] * f)), max(1, round(crop.shape[0] * f))), interpolation=interp)
    e = ((cx - x0) * f, (cy - y0) * f, a * f, b * f, ang)
    ink = _ink_map(crop, ((e[0], e[1]), (2 * e[2], 2 * e[3]), ang))
    return (_detail_ink(crop, ink) if detail else ink), e


def _detail_ink(img: np.ndarray, ink: np.ndarray) -> np.ndarray:
    """Red-ink strength 0..1 with the strokes' shape taken from the green channel.

    JPEG keeps colour at half the resolution of brightness, so on a small
    or compressed seal the red chroma of :func:`_ink_map` smears thin
    strokes into blobs. Red ink is dark in the green channel, which carries
    the picture's full detail: inside the red ink's neighbourhood, the
    green channel's darkness (scaled by that of the ink's cores) draws
    the strokes. Black text stays out as in :func:`_ink_map`.
    """
    paper = _paper(img)
    g = cv2.divide(img[..., 1], paper[..., 1], scale=255)
    r = cv2.divide(img[..., 2], paper[..., 2], scale=255)
    dark = 255.0 - g.astype(np.float32)
    cores = dark[ink > 0.6]
    level = max(float(np.percentile(cores, 75)) if cores.size > 30 else 128.0, 30.0)
    near = cv2.dilate((ink > 0.15).astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    out = np.clip((dark - 0.15 * level) / (0.85 * level), 0.0, 1.0)
    out[~near | (r <= _DARK)] = 0.0
    return out


def _text_rows(band: np.ndarray, m: float) -> tuple[np.ndarray, int, int]:
    """The ring-text rows of an unwrapped band (rim first): ``(band cropped, lo, hi)``.

    The rim and an inner ring are lines that run round: in their rows most
    columns are ink, in the text's rows far fewer (glyphs have paper between
    their strokes and each other). The rim block is the run of such rows
    nearest the rim, an inner ring the next run inside the text; both are
    blanked, the band is cropped to what lies between them with a margin,
    and ``lo``..``hi`` are the rows (in the cropped band) that hold the text.
    Runs of ink longer than about three glyphs at one depth (a remnant of a
    line the row test missed) are taken out too: even a dotted one makes
    Tesseract return nothing.
    """
    n_rows = band.shape[0]
    on = band > 0.3
    # Bridge the gaps a blotchy impression leaves in a line.
    closed = cv2.morphologyEx(on.astype(np.uint8), cv2.MORPH_CLOSE, np.ones((1, 7), np.uint8)) > 0
    cov = closed.mean(axis=1)
    line = cov > max(0.42, 0.75 * float(np.percentile(cov, 95))) if cov.max() > 0 else np.zeros(n_rows, bool)
    # Rim: column by column, the first run of ink from the outside, when it
    # starts in the outer fifth. The fitted ellipse is not the rim exactly
    # (a photo's perspective, a thick or uneven border), so the rim wanders
    # in depth along the strip; a running median over about a glyph keeps
    # it from following a glyph that touches it.
    n_cols = band.shape[1]
    outer_zone = max(2, int(0.2 * n_rows))
    first = np.argmax(on, axis=0)
    has = on.any(axis=0) & (first < outer_zone)
    after = np.arange(n_rows)[:, None] >= first[None, :]
    run_end = np.where(after & ~on, np.arange(n_rows)[:, None], n_rows).min(axis=0)
    rim_end = np.where(has, run_end, 0).astype(np.float32)
    k = max(5, n_cols // 40) | 1
    # (Tiled three times so the median wraps round the ring; depths fit in
    # uint8, which medianBlur needs for windows over 5.)
    rim_end = cv2.medianBlur(np.tile(rim_end, 3)[None, :].clip(0, 255).astype(np.uint8), k)[0, n_cols : 2 * n_cols]
    rim_end = np.minimum(rim_end.astype(np.int32), outer_zone + max(2, int(0.12 * m)))
    band = band.copy()
    band[np.arange(n_rows)[:, None] < rim_end[None, :] + 1] = 0.0
    on = band > 0.3
    top = int(np.median(rim_end)) + 1 if has.any() else 0
    outer = np.nonzero(line[: max(1, int(0.3 * n_rows))])[0]
    top = max(top, int(outer[-1]) + 1 if outer.size else 0)
    # Text rows: from the rim inwards while rows carry ink, up to an inner ring.
    ink_rows = on.mean(axis=1)
    inside = ink_rows[top:]
    if inside.size == 0 or inside.max() <= 0:
        return band, 0, n_rows - 1
    peak = float(inside.max())
    text = np.nonzero(inside > 0.25 * peak)[0] + top
    lo = int(text[0])
    hi = lo
    # Walk inwards over the text's rows; stop at a gap of a few empty rows
    # or at a line (an inner ring).
    empty_run = 0
    for r in range(lo, n_rows):
        if line[r] and r > lo + 0.06 * m:
            break
        if ink_rows[r] > 0.2 * peak:
            hi, empty_run = r, 0
        else:
            empty_run += 1
            if empty_run > max(3, int(0.04 * m)) and hi - lo > 0.1 * m:
                break
    band[:top] = 0.0
    band[line] = 0.0
    # Remnants of a line: long runs at one depth.
    run = max(15, int(0.6 * m)) | 1
    lines = cv2.morphologyEx((band > 0.25).astype(np.uint8), cv2.MORPH_CLOSE, np.ones((1, 9), np.uint8))
    lines = cv2.morphologyEx(lines, cv2.MORPH_OPEN, np.ones((1, run), np.uint8))
    band[lines > 0] = 0.0
    mg = max(2, int(0.03 * m))
    r0, r1 = max(0, lo - mg), min(n_rows, hi + mg + 1)
    return band[r0:r1], lo - r0, hi - r0


def _ring_strip(
    ink: np.ndarray, ell: tuple[float, float, float, float, float], adaptive: bool = False
) -> tuple[np.ndarray, float]:
    """The ring-text band unwrapped into a straight strip, and the gap angle.

    ``ell`` is (cx, cy, a, b, angle) in ``ink``'s pixels. The band is
    sampled along the ellipse's inward normals at fixed depths (ring text
    has one height all round, also on an oval seal) and along the ellipse
    at equal arc length, so the glyphs come out undistorted. The strip
    (float32 ink 0..1) has the rim side up and runs clockwise, the way
    ring text reads; it starts in the middle of the widest empty stretch
    of the ring (the gap under the text, at the bottom of an upright seal)
    and is cropped to the run of glyphs. The gap's direction (degrees,
    image convention: 90 = straight down) tells how the seal is turned.

    Two ways to choose the band's depths: fixed, 0.07-0.47 of the
    semi-minor axis (where ring text sits on most seals), or ``adaptive``,
    a wider band cut to the rows between the rim and an inner ring that
    carry ink (:func:`_text_rows`: a thick rim, tall or low-set glyphs).
    Each reads some seals the other misses, so both are read.
    """
    cx, cy, a, b, ang = ell
    m = min(a, b)
    th = math.radians(ang)
    u = np.array([math.cos(th), math.sin(th)])
    v = np.array([-math.sin(th), math.cos(th)])
    # Parameter t runs clockwise on screen (y down): t -> a cos t u + b sin t v.
    t = np.linspace(0, 2 * math.pi, 4096, endpoint=False)
    pts = np.array([cx, cy])[None] + np.cos(t)[:, None] * a * u + np.sin(t)[:, None] * b * v
    nrm = np.cos(t)[:, None] * b * u + np.sin(t)[:, None] * a * v
    nrm /= np.linalg.norm(nrm, axis=1, keepdims=True)
    # Depths from the rim inwards: 0.07-0.47 of the semi-minor axis holds the
    # ring text on round and oval seals (rim ~0.07, glyphs ~0.3-0.4 tall).
    depths = np.arange(0.0, 0.66 * m, 1.0) if adaptive else np.arange(0.07 * m, 0.47 * m, 1.0)
    mid = 0.28 * m
    mid_pts = pts - mid * nrm
    seg = np.hypot(*np.diff(np.vstack([mid_pts, mid_pts[:1]]), axis=0).T)
    cum = np.concatenate([[0.0], np.cumsum(seg)])
    n_cols = max(16, int(cum[-1]))
    tt = np.interp(np.arange(n_cols) + 0.5, cum, np.concatenate([t, [2 * math.pi]]))
    px = cx + np.cos(tt) * a * u[0] + np.sin(tt) * b * v[0]
    py = cy + np.cos(tt) * a * u[1] + np.sin(tt) * b * v[1]
    nx = np.cos(tt) * b * u[0] + np.sin(tt) * a * v[0]
    ny = np.cos(tt) * b * u[1] + np.sin(tt) * a * v[1]
    nn = np.hypot(nx, ny)
    nx, ny = nx / nn, ny / nn
    map_x = (px[None, :] - depths[:, None] * nx[None, :]).astype(np.float32)
    map_y = (py[None, :] - depths[:, None] * ny[None, :]).astype(np.float32)
    band = cv2.remap(ink, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    # rows: depth (rim first), cols: position clockwise along the ring.
    band, lo, hi = _text_rows(band, m) if adaptive else _fixed_rows(band)
    # Find the text by the inner half of its rows only: ring characters
    # reach down there, while a serial number along the bottom (small
    # digits near the rim) does not, so the serial falls in the gap and the
    # strip holds the name.
    rows = np.zeros(band.shape[0], bool)
    rows[(lo + hi) // 2 : hi + 1] = True
    prof = (band[rows] > 0.3).sum(axis=0).astype(np.float32)
    k = max(3, n_cols // 60) | 1  # ~ half a glyph: bridge gaps inside and between glyphs
    prof = cv2.blur(np.tile(prof, 3)[None, :], (k, 1))[0, n_cols : 2 * n_cols]
    empty = prof < max(0.5, 0.06 * float(prof.max()))
    gap_mid, best = int(np.argmin(np.abs(((tt - math.pi / 2) + math.pi) % (2 * math.pi) - math.pi))), 0
    if empty.any() and not empty.all():
        start = int(np.argmin(empty))  # an inked column: runs do not wrap past it
        e = np.roll(empty, -start)
        i = 0
        while i < n_cols:
            if e[i]:
                j = i
                while j < n_cols and e[j]:
                    j += 1
                if j - i > best:
                    best, gap_mid = j - i, (start + (i + j) // 2) % n_cols
                i = j
            else:
                i += 1
    strip = np.roll(band, -gap_mid, axis=1)
    if best:
        # Keep the glyphs between the gap's two halves, with a margin.
        mg = int(0.025 * n_cols)
        half = best // 2
        strip = strip[:, max(0, half - mg) : n_cols - half + mg]
    gap_dir = math.degrees(math.atan2(py[gap_mid] - cy, px[gap_mid] - cx))
    return np.ascontiguousarray(strip), gap_dir


def _fixed_rows(band: np.ndarray) -> tuple[np.ndarray, int, int]:
    """Lines taken out of a fixed-depth band, and its text rows ``(band, lo, hi)``.

    A long run of ink at one depth is the rim or an inner ring, not text
    (even a dotted remnant of one makes Tesseract return nothing): runs
    longer than about three glyphs go. The text's rows are those with a
    fair share of the band's ink (glyph sizes vary between seals).
    """
    n_rows = band.shape[0]
    run = max(15, 3 * n_rows) | 1
    lines = cv2.morphologyEx((band > 0.25).astype(np.uint8), cv2.MORPH_CLOSE, np.ones((1, 9), np.uint8))
    lines = cv2.morphologyEx(lines, cv2.MORPH_OPEN, np.ones((1, run), np.uint8))
    lines = cv2.dilate(lines, np.ones((3, 1), np.uint8))
    band = band.copy()
    band[lines > 0] = 0.0
    row_ink = (band > 0.3).mean(axis=1)
    if row_ink.max() <= 0:
        return band, 0, n_rows - 1
    text_rows = np.nonzero(row_ink > 0.3 * float(row_ink.max()))[0]
    return band, int(text_rows[0]), int(text_rows[-1])


def _to_page(ink: np.ndarray, pad: int = 16, gain: float = 1.3) -> np.ndarray:
    """Ink map as dark-on-white 8-bit grey with a white margin, for OCR.

    ``gain`` stretches the ink: at 1.3 only the cores of strokes are black;
    at 2.5 faint and thin strokes (a light impression, the hairlines of a
    serif face) are black too, at the cost of filling small counters.
    """
    g = (255.0 * (1.0 - np.clip(ink * gain, 0.0, 1.0))).astype(np.uint8)
    return cv2.copyMakeBorder(g, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)


# The reads of a ring, in the order they are tried: (strip, ink gain,
# Tesseract page-segmentation mode). Tesseract's result on curved-then-
# straightened glyphs swings with small changes of the picture, so a few
# differently made pictures of one ring, each read once, find the name far
# more often than any one of them. Measured on bench/seal_dev (300 seals,
# seed 7): issuer kind right 0.61 with the one read this replaced, 0.82 with
# these. Strips: ``detail`` (strokes from the green channel, sharp under
# JPEG), ``fixed`` and ``adaptive`` (the red chroma, two bands); two ink
# gains; single-line (7) and raw-line (13) segmentation.
_RING_READS: tuple[tuple[str, float, int], ...] = (
    ("detail", 1.3, 7),
    ("adaptive", 2.5, 7),
    ("fixed", 1.3, 7),
    ("fixed", 2.5, 7),
    ("adaptive", 1.3, 7),
    ("fixed", 2.5, 13),
)


def _plausibility(text: str, conf: float) -> float:
    """How much a read of a ring looks like an issuer's name: confidence plus name evidence.

    A read that names a kind of body in so many words (法院, 律师事务所,
    有限公司) is worth more than a confident read of nothing; a read far
    too short or too long for a seal's name is worth less.
    """
    n = len(text)
    score = conf
    kind = _ring_issuer(text)
    if kind != "unknown":
        score += 0.25
        if classify_issuer(text) == kind:
            score += 0.5
    if not 5 <= n <= 24:
        score -= 0.3
    return score


def _read_ring(strips: dict[str, np.ndarray], read_text: ReadText) -> tuple[str, float, str]:
    """OCR the unwrapped ring: ``(text, confidence, issuer kind)``.

    The reads of :data:`_RING_READS` are tried in turn until two of them
    name the same kind of body in so many words (most clear seals stop
    after two reads). The text returned is the most plausible read
    (:func:`_plausibility`); the kind is voted over all reads, each read's
    :func:`_ring_issuer` weighted by its confidence, reads with the kind's
    keywords counting more. Ring text reads clockwise on nearly every seal;
    only when no read names anything is the strip read upside down (text
    running anticlockwise), and that read must be clearly better to win.
    """
    reads: list[tuple[str, float]] = []
    votes: dict[str, float] = {}
    strict_seen: dict[str, int] = {}
    for name, gain, psm in _RING_READS:
        strip = strips.get(name)
        if strip is None or not strip.size:
            continue
        text, conf = read_text(_to_page(strip, gain=gain), psm)
        text, conf = _cjk(text), float(conf)
        reads.append((text, conf))
        kind = _ring_issuer(text)
        # In so many words: the keywords of the kind the ring read names.
        strict = kind if classify_issuer(text) == kind else "unknown"
        if kind != "unknown":
            votes[kind] = votes.get(kind, 0.0) + conf + (0.5 if strict != "unknown" else 0.0)
        if strict != "unknown":
            strict_seen[strict] = strict_seen.get(strict, 0) + 1
            if strict_seen[strict] >= 2:
                break
    if not reads:
        return "", 0.0, "unknown"
    kind = max(votes, key=votes.__getitem__) if votes else "unknown"
    # The text shown is the best read that agrees with the kind voted.
    agreeing = [r for r in reads if _ring_issuer(r[0]) == kind] or reads
    text, conf = max(agreeing, key=lambda r: _plausibility(*r))
    if not votes and (conf < 0.35 or len(text) < 2):
        first = next((s for s in strips.values() if s.size), None)
        if first is not None:
            text2, conf2 = read_text(_to_page(first[::-1, ::-1]), 7)
            text2 = _cjk(text2)
            if len(text2) >= 2 and conf2 > conf + 0.15:
                return text2, float(conf2), _ring_issuer(text2)
    return text, conf, kind


def _centre_symbol(ink: np.ndarray, radius: int) -> str:
    """``star``, ``emblem`` or ``none`` for the middle of a normalised seal.

    A five-pointed star is one solid blob whose outline, seen from its own
    centre, has five peaks (a strong fifth harmonic). The national emblem is
    many parts (wheat ears, stars, a gate with doors) with holes.
    """
    c = ink.shape[0] // 2
    r = int(0.45 * radius)
    sub = (ink[c - r : c + r, c - r : c + r] > 0.35).astype(np.uint8)
    yy, xx = np.mgrid[-r:r, -r:r]
    sub[(xx * xx + yy * yy) > r * r] = 0
    total = int(sub.sum())
    if total < 0.03 * math.pi * r * r:
        return "none"
    sub = cv2.morphologyEx(sub, cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8))
    contours, hier = cv2.findContours(sub, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_NONE)
    outer = [i for i in range(len(contours)) if hier[0][i][3] == -1]
    big = [i for i in outer if cv2.contourArea(contours[i]) > 0.004 * math.pi * r * r]
    if not big:
        return "none"
    main = max(big, key=lambda i: cv2.contourArea(contours[i]))
    cnt = contours[main]
    area = cv2.contourArea(cnt)
    holes = sum(
        1 for i in range(len(contours))
        if hier[0][i][3] == main and cv2.contourArea(contours[i]) > 0.01 * area
    )
    # Radial signature of the main blob round its centroid.
    mom = cv2.moments(cnt)
    if mom["m00"] <= 0:
        return "none"
    mx, my = mom["m10"] / mom["m00"], mom["m01"] / mom["m00"]
    pts = cnt.reshape(-1, 2).astype(np.float32)
    ang = np.arctan2(pts[:, 1] - my, pts[:, 0] - mx)
    dist = np.hypot(pts[:, 0] - mx, pts[:, 1] - my)
    nb = 90
    idx = ((ang + math.pi) / (2 * math.pi) * nb).astype(int) % nb
    prof = np.zeros(nb, np.float32)
    np.maximum.at(prof, idx, dist)
    spec = np.abs(np.fft.rfft(prof - prof.mean()))
    fifth = float(spec[5] / (spec[1:12].sum() + 1e-6))
    hull_area = cv2.contourArea(cv2.convexHull(cnt))
    solidity = area / hull_area if hull_area > 0 else 0.0
    share = area / max(total, 1)
    if fifth > 0.3 and 0.3 < solidity < 0.8 and holes <= 1 and share > 0.45:
        return "star"
    # A line of text across the middle (an oval finance seal's 财务专用章)
    # is many parts too, but they lie in one thin band, unlike an emblem.
    ys, xs = np.nonzero(sub)
    ev = np.linalg.eigvalsh(np.cov(np.stack([xs, ys]).astype(np.float64)))
    if ev[0] < 0.12 * ev[1]:
        return "none"
    if len(big) >= 3 or holes >= 2 or share < 0.6:
        return "emblem"
    return "none"


def _centre_text(
    ink: np.ndarray, ell: tuple[float, float, float, float, float], turn: float, symbol: str, read_text: ReadText
) -> str | None:
    """The straight line of text in the middle (合同专用章, 财务专用章), if any.

    ``ink`` and ``ell`` as from :func:`_seal_ink`; ``turn`` is how far the
    seal is turned (degrees, from the ring gap). The line sits under the
    star on a round seal and across the middle of an oval one without a
    symbol.
    """
    cx, cy, a, b, _ = ell
    M = cv2.getRotationMatrix2D((cx, cy), turn, 1.0)
    up = cv2.warpAffine(ink, M, ink.shape[::-1], flags=cv2.INTER_LINEAR)
    m = min(a, b)
    if symbol == "none":
        y0, y1 = cy - 0.3 * m, cy + 0.4 * m
    else:
        y0, y1 = cy + 0.12 * m, cy + 0.62 * m
    # Half the width of the ellipse at the line's height, less the ring text.
    half = 0.62 * (max(a, b) if symbol == "none" else m)
    crop = up[max(0, int(y0)) : int(y1), max(0, int(cx - half)) : int(cx + half)]
    if crop.size == 0 or (crop > 0.4).mean() < 0.02:
        return None
    # Trim to the rows that carry the line, so psm 7 sees one line.
    rows = np.nonzero((crop > 0.4).mean(axis=1) > 0.02)[0]
    if rows.size:
        crop = crop[max(0, rows[0] - 3) : rows[-1] + 4]
    text, conf = read_text(_to_page(crop), 7)
    chars = "".join(ch for ch in _cjk(text) if not ch.isdigit())
    # The star's lower points and stray ink read as short noise; a real
    # centre line is 3-6 characters, nearly always ending in 章.
    if len(chars) >= 3 and ("章" in chars or "专用" in chars or (len(chars) >= 4 and conf >= 0.75)):
        return chars
    return None


def _pixel_hints(bgr: np.ndarray, seal: Seal) -> tuple[str, ...]:
    """Per-seal pasted-seal hints from the pixels at full resolution."""
    H, W = bgr.shape[:2]
    x, y, w, h = seal.box
    pad = int(0.05 * max(w, h)) + 2
    x0, y0, x1, y1 = max(0, x - pad), max(0, y - pad), min(W, x + w + pad), min(H, y + h + pad)
    crop = bgr[y0:y1, x0:x1]
    # Cap the work: hints need texture, not megapixels.
    f = max(1, math.ceil(max(crop.shape[:2]) / 500))
    crop = _shrink(crop, f)
    if crop.shape[0] < 16 or crop.shape[1] < 16:
        return ()
    paper = _paper(crop)
    chroma, r = _redness(crop, paper)
    ink = _mask_from(chroma, r) > 0
    cx, cy, a, b, ang = _seal_ellipse(seal)
    ell = (((cx - x0) / f, (cy - y0) / f), (2 * a / f, 2 * b / f), ang)
    rho, _ = _ellipse_radius(ink.shape, 0, 0, ell)
    inside = rho < 1.0
    ink &= inside
    hints: list[str] = []
    # Stroke cores only: edges mix ink with paper and JPEG ringing.
    core = cv2.erode(ink.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    if core.sum() < 200:
        core = cv2.erode(ink.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
    if core.sum() >= 200:
        # Pressed ink is uneven (pad, pressure, paper grain); a seal pasted
        # in from a picture file is one flat colour with JPEG noise on it.
        # Robust spread (MAD) so a few stray pixels do not hide flatness.
        norm = cv2.divide(crop, paper, scale=255).astype(np.float32)
        px = norm[core]
        mad = np.median(np.abs(px - np.median(px, axis=0)), axis=0) * 1.4826
        spread = float(np.mean(mad))
        if spread < 5.0:
            hints.append("uniform_colour")
    # Black text under a stamped seal shows through (ink darkens, it does
    # not cover); under an opaque pasted seal it stops at the ink's edge.
    # Look where text strokes meet the ink: just inside the ink's
    # footprint, next to text outside it, a stamp still shows the dark
    # stroke running on; a pasted seal shows only red there.
    foot = cv2.morphologyEx(ink.astype(np.uint8), cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8)) > 0
    foot &= inside
    dark = (r.astype(np.float32) / 255.0 < 0.45) & inside
    very_dark = r.astype(np.float32) / 255.0 < 0.3
    text = (dark & ~foot).astype(np.uint8)
    near = cv2.dilate(text, np.ones((9, 9), np.uint8)) > 0
    # Inside the footprint (its edge pixels left out: they mix with the
    # text's own anti-aliasing) versus just outside it, both near text.
    deep = (cv2.erode(foot.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0) & near
    rim = (cv2.dilate(foot.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0) & ~foot & near & inside
    if int(deep.sum()) >= 150 and int(rim.sum()) >= 150:
        inside_dark = float(very_dark[deep].mean())
        outside_dark = float(very_dark[rim].mean())
        # Stamped seals measure 0.3-0.65 inside/outside here, opaque pastes
        # ~0.15 (their only dark pixels inside are anti-aliased text edges).
        if outside_dark > 0.1 and inside_dark < 0.22 * outside_dark:
            hints.append("no_darkening_over_text")
    return tuple(hints)


def analyse_seal(bgr: np.ndarray, seal: Seal, read_text: ReadText) -> Seal:
    """Read a seal: ring text, centre line, issuer kind, centre symbol, hints.

    Returns a new :class:`Seal` (the input is frozen and left as it is) with
    ``text`` / ``text_conf`` (ring text and OCR confidence 0..1, or None when
    nothing was read), ``center_text`` (the straight middle line such as
    合同专用章, or None), ``issuer_kind`` (voted over the reads of the ring,
    see :func:`_read_ring`; from the centre line when the ring names
    nothing), ``center`` (``star``, ``emblem`` or ``none``) and ``hints``
    (``uniform_colour``, ``no_darkening_over_text``: hints that the seal was
    pasted in, never proof on their own). A cut seal (``seal.cut``) gets its
    ring text and issuer only: ``center`` and ``center_text`` stay None and
    no hints are added.

    The ring is read by sampling the band inside the seal's ellipse into a
    straight strip that starts in the gap under the text and runs clockwise
    (two strips: a fixed and an adaptive band, :func:`_ring_strip`), and
    handing a few renderings of them to ``read_text(image, psm) -> (text,
    confidence 0..1)``, the pipeline's OCR (:func:`_read_ring`; two to six
    reads).
    """
    _check_bgr(bgr)
    ink, ell = _seal_ink(bgr, seal)
    strip, gap = _ring_strip(ink, ell)
    strips = {
        "fixed": strip,
        "adaptive": _ring_strip(ink, ell, adaptive=True)[0],
        "detail": _ring_strip(_seal_ink(bgr, seal, detail=True)[0], ell)[0],
    }
    text, conf, kind = _read_ring(strips, read_text)
    if seal.cut:
        # A riding seal's slice: its ring text is read as far as it goes, but
        # its middle is cut through or off the paper (no symbol or centre
        # line to read), and the pasted-seal hints need the whole impression.
        symbol, centre_line, hints = None, None, seal.hints
    else:
        symbol = _centre_symbol(_normalise(bgr, seal)[1], _NORM_R)
        # An upright seal has its gap straight down (90 degrees).
        centre_line = _centre_text(ink, ell, gap - 90.0, symbol, read_text)
        hints = tuple(dict.fromkeys(seal.hints + _pixel_hints(bgr, seal)))
    if kind == "unknown" and centre_line:
        kind = classify_issuer(centre_line)
    return replace(
        seal,
        text=text or None,
        text_conf=round(conf, 3) if text else None,
        center_text=centre_line,
        issuer_kind=kind,
        center=symbol,
        hints=hints,
    )


def _texture(bgr: np.ndarray, seal: Seal, radius: int) -> np.ndarray:
    """Raw red chroma (float32, not clipped) of a seal warped to a circle of ``radius``."""
    cx, cy, a, b, ang = _seal_ellipse(seal)
    c = radius + int(0.15 * radius)
    t = math.radians(ang)
    rot = np.array([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]])
    A = rot @ np.diag([radius / max(a, 1.0), radius / max(b, 1.0)]) @ rot.T
    M = np.hstack([A, (np.array([c, c]) - A @ np.array([cx, cy]))[:, None]]).astype(np.float32)
    img = cv2.warpAffine(bgr, M, (2 * c, 2 * c), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_REPLICATE)
    return _redness(img)[0].astype(np.float32)


def pasted_seal_hints(bgr: np.ndarray, seals: list[Seal]) -> list[Seal]:
    """Add ``duplicate_seal`` to seals that are pixel copies of another seal.

    Two impressions of one real seal share its shape but not its ink: the
    blotches of pressure and paste differ every time. A seal copied and
    pasted twice is the same picture twice, blotches included. So a pair is
    flagged when the shapes match (normalised cross-correlation of the ink,
    a few pixels of shift allowed) *and* the ink's ups and downs inside the
    shared strokes match too. Returns new Seal objects in the same order;
    other hints are kept. Cut seals (riding seals' slices) are left out: the
    slices of one impression on the pages of a stack are not copies.
    """
    _check_bgr(bgr)
    whole = [i for i, s in enumerate(seals) if not s.cut]
    if len(whole) < 2:
        return list(seals)
    r = 96
    tex = {i: _texture(bgr, seals[i], r) for i in whole}
    dup = [False] * len(seals)
    m = r // 12
    for n, i in enumerate(whole):
        for j in whole[n + 1:]:
            ai, bi = _seal_ellipse(seals[i])[2:4]
            aj, bj = _seal_ellipse(seals[j])[2:4]
            if abs(ai - aj) > 0.06 * max(ai, aj) or abs(bi - bj) > 0.06 * max(bi, bj):
                continue  # different sizes: different seals
            big, tmpl = tex[i], tex[j][m:-m, m:-m]
            if big.std() < 1e-3 or tmpl.std() < 1e-3:
                continue
            res = cv2.matchTemplate(big, tmpl, cv2.TM_CCOEFF_NORMED)
            _, shape_score, _, (dx, dy) = cv2.minMaxLoc(res)
            if shape_score < 0.9:
                continue
            a_ = big[dy : dy + tmpl.shape[0], dx : dx + tmpl.shape[1]]
            both = (a_ > _STRONG) & (tmpl > _STRONG)
            if both.sum() < 200:
                continue
            texture = float(np.corrcoef(a_[both], tmpl[both])[0, 1])
            # Copies measure 0.9 and above (JPEG and resampling only);
            # two impressions of one seal well under 0.8.
            if texture >= 0.85:
                dup[i] = dup[j] = True
    out = []
    for s, d in zip(seals, dup):
        if d and "duplicate_seal" not in s.hints:
            s = replace(s, hints=(*s.hints, "duplicate_seal"))
        out.append(s)
    return out
