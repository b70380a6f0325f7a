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
:data:`SCORE_THRESHOLD` are returned.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Callable

import cv2
import numpy as np

from inspector.errors import BadImageError
from inspector.model import Seal

__all__ = [
    "SCORE_THRESHOLD",
    "red_mask",
    "find_seals",
    "suppress_red",
    "analyse_seal",
    "pasted_seal_hints",
]

#: Candidates scoring below this are not reported. Chosen on the synthetic
#: seals and hard negatives of ``tests/test_seals.py`` and on the fixtures:
#: real seals (even faint or photographed at an angle) score about 0.7 and
#: above, the hard negatives (hand-drawn circles, logos, rectangle stamps, red
#: titles) stay under about 0.35.
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


def _mask_from(chroma: np.ndarray, r: np.ndarray) -> np.ndarray:
    """Hysteresis threshold on the red chroma.

    Clear red (chroma > 0.13 of paper) is ink. Faint red (> 0.065) is ink
    only when it belongs to a blob that also has clear red in it: a light or
    half-missing impression keeps its pale parts, while the faint colour
    noise of a photo (JPEG fringes round black text, a brownish table) has
    no clear red to hang on to. Near-black pixels (red channel under 0.3 of
    paper) are left out: their little colour is noise.
    """
    ok = r > _DARK
    # chroma > 0.22 r: a strong pixel must be saturated, not just a bright
    # pixel with a slight tint.
    strong = ((chroma > _STRONG) & ok & (chroma.astype(np.uint16) * 100 > 22 * r.astype(np.uint16))).astype(np.uint8)
    weak = ((chroma > _WEAK) & ok).astype(np.uint8)
    if not strong.any():
        return strong
    # Components of the weak mask, bridged over one-pixel speckle gaps so a
    # textured impression counts as one blob.
    bridged = cv2.dilate(weak, np.ones((3, 3), np.uint8))
    n, labels = cv2.connectedComponents(bridged, connectivity=8)
    has_strong = np.zeros(n, bool)
    has_strong[np.unique(labels[strong > 0])] = True
    has_strong[0] = False
    keep = has_strong[labels] & (weak > 0)
    return keep.astype(np.uint8) * 255


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
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    xs += ox - cx
    ys += oy - cy
    t = math.radians(ang)
    c, s = math.cos(t), math.sin(t)
    u = xs * c + ys * s
    v = -xs * s + ys * c
    a, b = max(d1 / 2, 1e-3), max(d2 / 2, 1e-3)
    un, vn = u / a, v / b
    rho = np.sqrt(un * un + vn * vn)
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


def _coverage(pts: np.ndarray, ell, tol: float = 0.05) -> float:
    """Share of the ellipse's perimeter that contour points lie on."""
    (_, _), (d1, d2), _ = ell
    a, b = d1 / 2, d2 / 2
    perim = math.pi * (3 * (a + b) - math.sqrt(max((3 * a + b) * (a + 3 * b), 0.0)))
    return float(np.sum(np.abs(_rr(pts, ell) - 1.0) < tol)) / max(perim, 1.0)


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
    thick = max(2, int(round(0.04 * max(roi_shape))))
    cv2.polylines(band, [hull - (ox, oy)], True, 255, thick)
    pts = contour.reshape(-1, 2)
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
    best = _coverage(pts, ell)
    if best >= 0.7 or not robust or len(pts) < 40:
        return ell
    fpts = pts.astype(np.float32)
    rng = np.random.default_rng(len(pts))  # deterministic: same image, same answer
    for _ in range(40):
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
        inl = fpts[np.abs(_rr(fpts, cand) - 1.0) < 0.04]
        if len(inl) < 12:
            continue
        cand = cv2.fitEllipse(inl)
        cov = _coverage(pts, cand)
        if cov > best + 0.05:
            best, ell = cov, cand
    return ell


def _rim_thickness(solid: np.ndarray, r_step: float, d1: float, d2: float) -> float:
    """Median rim thickness as a fraction of the ellipse's mean radius.

    ``solid`` is (angular bin x radial step) of "this cell is solid ink",
    radial steps of ``r_step`` in rho units from the inside out. In each
    direction the rim is the run of solid cells inward from the outermost
    one. Runs are converted to pixels first: an oval's rim is thicker in rho
    units where its radius is short.
    """
    nb = solid.shape[0]
    thick = []
    for a in np.nonzero(solid.any(1))[0]:
        row = solid[a]
        outer = int(np.nonzero(row)[0][-1])
        run = 0
        while outer - run >= 0 and row[outer - run]:
            run += 1
        t = (a + 0.5) / nb * 2 * math.pi - math.pi
        local_r = math.hypot(d1 / 2 * math.cos(t), d2 / 2 * math.sin(t))
        thick.append(run * r_step * local_r)
    return float(np.median(thick)) / math.sqrt(d1 * d2 / 4) if thick else 0.0


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
    mask: np.ndarray, chroma: np.ndarray, contour: np.ndarray, why: list | None = None
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
        return None

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
    (cx, cy), (d1, d2), ang = ell
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
    roi = mask[ey0:ey1, ex0:ex1] > 0
    rho, theta = _ellipse_radius(roi.shape, ex0, ey0, ell)
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
    kk = max(3, int(round(0.05 * major)) | 1)
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
    ch = chroma[ey0:ey1, ex0:ex1]
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
    if d_text < 0.02 or text_cov < 0.2:
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
    nr, r_lo, r_hi = 30, 0.66, 1.1
    sel = (rho > r_lo) & (rho < r_hi)
    cell = bins[sel] * nr + ((rho[sel] - r_lo) / (r_hi - r_lo) * nr).astype(np.int32)
    area2 = np.bincount(cell, minlength=nb * nr).reshape(nb, nr)
    ink2 = np.bincount(cell[roi[sel]], minlength=nb * nr).reshape(nb, nr)
    rim_thick = _rim_thickness(ink2 > 0.6 * np.maximum(area2, 1), (r_hi - r_lo) / nr, d1, d2)
    feat.update(
        d_border=d_border, d_out=d_out, regular=regular, solid_inner=solid_inner,
        centre_link=centre_link, rim_thick=rim_thick,
    )

    s = {
        "ring": _ramp(completeness, 0.45, 0.85),
        "regular": _ramp(regular, 0.45, 0.75),
        # A solid disc or a thick logo ring fills the text band; a seal's
        # ring text leaves most of it as paper. Faint seals lose much of
        # their text, so the lower ramps are gentle.
        "text": _ramp(d_text, 0.015, 0.05) * (1.0 - _ramp(d_text, 0.55, 0.8)) * _ramp(text_cov, 0.15, 0.4),
        # The ring is a thin line: just inside it there are glyphs with
        # paper between them, not one thick stroke (the letter O or D, a
        # logo ring). And the rim itself is thin: seals measure 0.06-0.11 of
        # the radius here (blur widens it in photos, up to ~0.13), logo
        # rings 0.15-0.2 and more.
        "thin": min(1.0 - _ramp(solid_inner, 0.3, 0.6), 1.0 - _ramp(rim_thick, 0.15, 0.2)),
        "glyphs": 1.0 - _ramp(centre_link, 0.3, 0.6),
        "centre": _ramp(d_centre, 0.01, 0.05) * (1.0 - _ramp(d_centre, 0.75, 0.95)),
        # The border is inkier than the text band (it is a solid line); a
        # blob of text has no such rim.
        "rim": _ramp(d_border - 0.6 * d_text, 0.05, 0.2),
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
    weights = {"ring": 0.2, "regular": 0.15, "text": 0.2, "thin": 0.1, "rim": 0.1, "centre": 0.1,
               "aspect": 0.05, "alone": 0.05, "size": 0.05}
    score = sum(w_ * s[k] for k, w_ in weights.items())
    # A seal that fails any one test badly is no seal, however well it does
    # on the others: the weakest test caps the score. (The centre symbol and
    # the aspect only add: some seals have no star, ovals are legitimate.)
    weakest = min(v for k, v in s.items() if k not in ("centre", "aspect"))
    score = min(score, 0.3 + 0.7 * weakest)
    feat.update({"s_" + k: v for k, v in s.items()})
    if why is not None:
        why.append(("scored %.3f" % score, cv2.boundingRect(contour), feat))
    return _Measure(ellipse=ell, score=float(score), aspect=float(aspect), features=feat)


def _iou(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    ax1, ay1, bx1, by1 = a[0] + a[2], a[1] + a[3], b[0] + b[2], b[1] + b[3]
    iw = max(0, min(ax1, bx1) - max(a[0], b[0]))
    ih = max(0, min(ay1, by1) - max(a[1], b[1]))
    inter = iw * ih
    union = a[2] * a[3] + b[2] * b[3] - inter
    return inter / union if union else 0.0


def _ellipse_box(ell, W: int, H: int) -> tuple[int, int, int, int]:
    """Bounding box of an ellipse (cv2 form), clipped to the image."""
    (cx, cy), (d1, d2), ang = ell
    t = math.radians(ang)
    a, b = d1 / 2, d2 / 2
    hx = math.sqrt((a * math.cos(t)) ** 2 + (b * math.sin(t)) ** 2)
    hy = math.sqrt((a * math.sin(t)) ** 2 + (b * math.cos(t)) ** 2)
    x0, y0 = max(0, int(math.floor(cx - hx))), max(0, int(math.floor(cy - hy)))
    x1, y1 = min(W, int(math.ceil(cx + hx))), min(H, int(math.ceil(cy + hy)))
    return (x0, y0, max(0, x1 - x0), max(0, y1 - y0))


def _candidates(mask: np.ndarray) -> list[np.ndarray]:
    """Outer contours of red blobs, closed at two scales.

    The small closing keeps a small seal (a screenshot) from melting into a
    disc; the large one makes a faint, broken impression hang together.
    """
    H, W = mask.shape
    out: list[np.ndarray] = []
    boxes: list[tuple[int, int, int, int]] = []
    side = max(H, W)
    # The fitted ellipse can be up to 1.6x the blob (see _measure), so a
    # blob must reach _MIN_REL_SIZE / 1.6 of the short side to matter.
    min_side = max(_MIN_DIAMETER, _MIN_REL_SIZE / 1.6 * min(H, W))
    for k in (3, max(5, int(round(side / 150)) | 1)):
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
            if any(_iou((x, y, w, h), b) > 0.9 for b in boxes):
                continue
            boxes.append((x, y, w, h))
            out.append(c)
    return out


def _explain(bgr: np.ndarray) -> list[tuple[str, tuple, dict]]:
    """Every candidate blob with its measurements and verdict (a tuning aid)."""
    k = _shrink_factor(*bgr.shape[:2])
    chroma, r = _redness(_shrink(bgr, k))
    mask = _mask_from(chroma, r)
    why: list = []
    for c in _candidates(mask):
        _measure(mask, chroma, c, why)
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
    milliseconds even on a 12-megapixel photo.
    """
    _check_bgr(bgr)
    H, W = bgr.shape[:2]
    k = _shrink_factor(H, W)
    chroma, r = _redness(_shrink(bgr, k))
    mask = _mask_from(chroma, r)
    found: list[tuple[float, tuple]] = []
    for c in _candidates(mask):
        m = _measure(mask, chroma, c)
        if m is None or m.score < SCORE_THRESHOLD:
            continue
        found.append((m.score, m.ellipse))
    found.sort(key=lambda t: -t[0])
    picked: list[tuple[float, tuple, tuple[int, int, int, int]]] = []
    for score, ell in found:
        (cx, cy), (d1, d2), ang = ell
        # Map back: pixel centres scale as (x + 0.5) * k - 0.5.
        full = (((cx + 0.5) * k - 0.5, (cy + 0.5) * k - 0.5), (d1 * k, d2 * k), ang)
        box = _ellipse_box(full, W, H)
        if any(_iou(box, b) > 0.3 for _, _, b in picked):
            continue  # the same seal found at the other closing scale
        picked.append((score, full, box))
    # A ring inside a seal (a court seal's emblem, an inner border) can
    # score as well as the seal itself: whatever score it has, a candidate
    # centred inside a larger one is part of it.
    picked = [
        p for p in picked
        if not any(_contains(q[2], p[2]) for q in picked if q is not p)
    ]
    seals: list[Seal] = []
    for score, full, box in picked:
        a, b, ang_a = full[1][0] / 2, full[1][1] / 2, full[2]
        if b > a:
            a, b, ang_a = b, a, (full[2] + 90.0) % 180.0
        seals.append(
            Seal(
                box=box,
                score=round(score, 4),
                shape="round" if b / a >= 0.82 else "oval",
                ellipse=(float(full[0][0]), float(full[0][1]), float(a), float(b), float(ang_a)),
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


def analyse_seal(bgr: np.ndarray, seal: Seal, read_text: ReadText) -> Seal:  # pragma: no cover - filled in later
    """Read a seal's ring text and centre; see the module docs."""
    return replace(seal)


def pasted_seal_hints(bgr: np.ndarray, seals: list[Seal]) -> list[Seal]:  # pragma: no cover - filled in later
    """Hints that seals were pasted in rather than stamped."""
    return list(seals)
