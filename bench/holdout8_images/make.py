#!/usr/bin/env python3
"""Generator for bench/holdout8_images: a blind held-out set of 40 labelled images.

Focus: red seals in hard conditions, above all riding seals (骑缝章) cut by a page edge,
plus ordinary seals in hard photos and red hard negatives that are not seals.

Deterministic: every item uses its own fixed seed.  Needs numpy, OpenCV and Pillow and the
CJK fonts listed in FONT_FILES (Noto Sans/Serif CJK, AR PL UMing/UKai, WenQuanYi).

    python3 bench/holdout8_images/make.py            # writes the images and sidecars next to this file
    python3 bench/holdout8_images/make.py --preview /tmp/h8_preview   # also writes copies with boxes drawn
"""
import argparse
import json
import math
import os
import sys
import time
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

cv2.setNumThreads(2)
OUT = Path(__file__).resolve().parent

ALL_MARKERS = [
    "seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid", "image.edited",
    "penalty.inflated", "contract.termination", "blacklist.dishonest", "family.children",
    "lawsuit.threat", "visit.home", "persona.authority", "promise.fee_waiver",
    "contact.third_party", "contact.virtual_number", "blacklist.online_loan", "borrow.new_loan",
    "asset.freeze", "pressure.deadline", "sms.impersonation", "text.spaced",
]

# --------------------------------------------------------------------------- fonts
FONT_FILES = {
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sans_b": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serif_b": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
}
_FALLBACK = ["serif", "sans", "zenhei", "microhei", "ming", "kai"]
_fcache = {}


def font(key, size):
    size = max(6, int(round(size)))
    k = (key, size)
    if k not in _fcache:
        order = [key] + [f for f in _FALLBACK if f != key]
        for kk in order:
            path, idx = FONT_FILES[kk]
            if os.path.exists(path):
                _fcache[k] = ImageFont.truetype(path, size, index=idx)
                break
        else:
            raise SystemExit("no CJK font found; install fonts-noto-cjk")
    return _fcache[k]


# --------------------------------------------------------------------------- noise helpers
def smooth_noise(h, w, rng, cell):
    gh, gw = max(2, int(h / cell) + 2), max(2, int(w / cell) + 2)
    g = rng.standard_normal((gh, gw)).astype(np.float32)
    n = cv2.resize(g, (w, h), interpolation=cv2.INTER_CUBIC)
    n /= (np.abs(n).max() + 1e-6)
    return n


def paper(h, w, rng, base=None):
    if base is None:
        base = (rng.uniform(0.955, 0.985), rng.uniform(0.950, 0.978), rng.uniform(0.925, 0.962))
    base = np.array(base, np.float32)
    lf = smooth_noise(h, w, rng, 260) * 0.012
    hf = cv2.GaussianBlur(rng.standard_normal((h, w)).astype(np.float32), (0, 0), 0.8) * 0.012
    img = base[None, None, :] * (1.0 + lf + hf)[..., None]
    return np.clip(img, 0, 1).astype(np.float32)


def mul_into(rgb, alpha, color, x0, y0):
    """Multiply an ink layer (alpha 0..1, colour rgb 0..1) into rgb at (x0, y0), clipped."""
    h, w = alpha.shape
    H, W = rgb.shape[:2]
    ax0, ay0 = max(0, -x0), max(0, -y0)
    bx0, by0 = max(0, x0), max(0, y0)
    bx1, by1 = min(W, x0 + w), min(H, y0 + h)
    if bx1 <= bx0 or by1 <= by0:
        return
    a = alpha[ay0:ay0 + (by1 - by0), ax0:ax0 + (bx1 - bx0)]
    col = np.asarray(color, np.float32)
    rgb[by0:by1, bx0:bx1] *= (1.0 - a[..., None] * (1.0 - col[None, None, :]))


# --------------------------------------------------------------------------- seals
INKS = {
    "red": (0.86, 0.10, 0.13),
    "orange": (0.94, 0.33, 0.15),
    "crimson": (0.64, 0.05, 0.16),
    "faint": (0.92, 0.30, 0.33),
    "halfdry": (0.84, 0.16, 0.20),
    "dark": (0.46, 0.03, 0.09),
}


def star_pts(cx, cy, R, rot=0.0):
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + rot + i * math.pi / 5
        rr = R if i % 2 == 0 else R * 0.382
        pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
    return pts


def _glyph(ch, fkey, fs, cw, chh):
    f = font(fkey, fs)
    t = Image.new("L", (int(fs * 2.2), int(fs * 2.2)), 0)
    ImageDraw.Draw(t).text((t.width / 2, t.height / 2), ch, font=f, fill=255, anchor="mm")
    bb = t.getbbox()
    if bb is None:
        return None
    g = t.crop(bb)
    # keep the aspect of narrow glyphs (digits, 一) but squeeze wide ones
    gw, gh = g.size
    tw = max(1, int(round(min(cw, gw * chh / max(gh, 1)))))
    th = max(1, int(round(chh if gh > 0.5 * fs else gh * chh / fs)))
    return g.resize((tw, th), Image.LANCZOS)


def _paste_rot(canvas, g, cx, cy, deg_cw):
    r = g.rotate(-deg_cw, resample=Image.BICUBIC, expand=True)
    a = np.asarray(r, np.uint8)
    h, w = a.shape
    x0, y0 = int(round(cx - w / 2)), int(round(cy - h / 2))
    H, W = canvas.shape
    xs, ys = max(0, x0), max(0, y0)
    xe, ye = min(W, x0 + w), min(H, y0 + h)
    if xe > xs and ye > ys:
        canvas[ys:ye, xs:xe] = np.maximum(canvas[ys:ye, xs:xe], a[ys - y0:ye - y0, xs - x0:xe - x0])


def draw_emblem(d, c, R):
    """A stylised national-emblem-like figure: wheat ring, stars, gate, gear (court seals)."""
    Re = R * 0.44
    gw, gh = R * 0.026, R * 0.062
    for side in (-1, 1):
        for k in range(15):
            th = math.radians(100 + k * 10.5)          # left side, from near the bottom upwards
            ang = th if side < 0 else math.pi - th     # mirror for the right side
            x, y = c + Re * math.cos(ang), c + Re * math.sin(ang)
            tilt = ang + math.pi / 2
            pts = []
            for j in range(12):
                a = j * math.pi / 6
                px, py = gw * math.cos(a), gh * math.sin(a)
                pts.append((x + px * math.cos(tilt) - py * math.sin(tilt), y + px * math.sin(tilt) + py * math.cos(tilt)))
            d.polygon(pts, fill=255)
        # stalk
        pts = [(c + (Re - gw * 2.2) * math.cos(math.radians(a if side < 0 else 180 - a)),
                c + (Re - gw * 2.2) * math.sin(math.radians(a if side < 0 else 180 - a))) for a in range(100, 250, 6)]
        d.line(pts, fill=255, width=max(1, int(R * 0.012)))
    # big star and four small stars
    d.polygon(star_pts(c, c - Re * 0.52, Re * 0.2), fill=255)
    for dx, dy in [(-0.46, -0.40), (-0.30, -0.22), (0.30, -0.22), (0.46, -0.40)]:
        d.polygon(star_pts(c + dx * Re, c + dy * Re, Re * 0.075), fill=255)
    # gate: base, body with openings, roof
    bw = Re * 0.92
    d.rectangle([c - bw / 2, c + Re * 0.20, c + bw / 2, c + Re * 0.32], fill=255)
    d.rectangle([c - bw * 0.40, c + Re * 0.02, c + bw * 0.40, c + Re * 0.20], fill=255)
    for k in range(-2, 3):
        ox = c + k * bw * 0.15
        d.rectangle([ox - Re * 0.03, c + Re * 0.08, ox + Re * 0.03, c + Re * 0.19], fill=0)
    d.polygon([(c - bw * 0.52, c + Re * 0.02), (c + bw * 0.52, c + Re * 0.02), (c + bw * 0.36, c - Re * 0.10),
               (c - bw * 0.36, c - Re * 0.10)], fill=255)
    d.rectangle([c - bw * 0.30, c - Re * 0.16, c + bw * 0.30, c - Re * 0.10], fill=255)
    # gear at the bottom
    gy = c + Re * 0.62
    gr = Re * 0.16
    for k in range(12):
        a = k * math.pi / 6
        d.ellipse([c + gr * 1.05 * math.cos(a) - gr * 0.2, gy + gr * 1.05 * math.sin(a) - gr * 0.2,
                   c + gr * 1.05 * math.cos(a) + gr * 0.2, gy + gr * 1.05 * math.sin(a) + gr * 0.2], fill=255)
    d.ellipse([c - gr, gy - gr, c + gr, gy + gr], fill=255)
    d.ellipse([c - gr * 0.45, gy - gr * 0.45, c + gr * 0.45, gy + gr * 0.45], fill=0)
    d.line([(c - Re * 0.75, gy + Re * 0.12), (c - gr, gy + gr * 0.3)], fill=255, width=max(1, int(R * 0.03)))
    d.line([(c + Re * 0.75, gy + Re * 0.12), (c + gr, gy + gr * 0.3)], fill=255, width=max(1, int(R * 0.03)))


def seal_shape(r, ring_text, center, rng, label=None, number=None, fkey="serif_b", span=None,
               ring_w=None):
    """Return (alpha float32, half-size) of a round seal of outer radius r (pixels), centred."""
    ss = 3 if r < 90 else 2
    R = r * ss
    pad = int(4 * ss)
    size = int(2 * R + 2 * pad)
    c = size / 2.0
    im = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(im)
    t = R * (ring_w if ring_w else rng.uniform(0.065, 0.095))
    d.ellipse([c - R, c - R, c + R, c + R], outline=255, width=max(1, int(round(t))))
    if center == "star":
        sy = c - (R * 0.06 if label else 0)
        d.polygon(star_pts(c, sy, R * rng.uniform(0.29, 0.34)), fill=255)
    elif center == "emblem":
        draw_emblem(d, c, R)
    canvas = np.asarray(im, np.uint8).copy()
    # ring text
    n = len(ring_text)
    if span is None:
        span = rng.uniform(230, 285) if center != "emblem" else rng.uniform(220, 255)
    if number:
        span = min(span, 360 - 5.6 * len(number) - 22)
    fs = R * float(np.clip(0.30 - 0.006 * n, 0.20, 0.27))
    rt = R - t - R * 0.035 - fs * 0.5
    arc_per = math.radians(span) / n * rt
    wx = rng.uniform(0.72, 0.86)
    cw = min(fs * wx, arc_per * 0.93)
    for i, ch in enumerate(ring_text):
        th = -90 - span / 2 + (i + 0.5) * span / n
        g = _glyph(ch, fkey, fs, cw, fs * 0.96)
        if g is None:
            continue
        x = c + rt * math.cos(math.radians(th))
        y = c + rt * math.sin(math.radians(th))
        _paste_rot(canvas, g, x, y, th + 90)
    if label:
        fl = R * 0.155
        lw = fl * 0.82
        total = lw * len(label)
        for i, ch in enumerate(label):
            g = _glyph(ch, fkey, fl, lw * 0.95, fl)
            if g is None:
                continue
            _paste_rot(canvas, g, c - total / 2 + (i + 0.5) * lw, c + R * 0.45, 0)
    if number:
        fn = R * 0.105
        step = 5.6
        sp = step * len(number)
        rn = R - t - R * 0.03 - fn * 0.55
        for i, ch in enumerate(number):
            th = 90 + sp / 2 - (i + 0.5) * step
            g = _glyph(ch, "sans", fn, fn * 0.6, fn)
            if g is None:
                continue
            _paste_rot(canvas, g, c + rn * math.cos(math.radians(th)), c + rn * math.sin(math.radians(th)), th - 90)
    a = canvas.astype(np.float32) / 255.0
    a = cv2.resize(a, (size // ss, size // ss), interpolation=cv2.INTER_AREA)
    return a, (size // ss) / 2.0


def ink_texture(a, rng, ink):
    h, w = a.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    gx, gy = xx / w * 2 - 1, yy / h * 2 - 1
    ang = rng.uniform(0, 2 * math.pi)
    grad = gx * math.cos(ang) + gy * math.sin(ang)
    lf = smooth_noise(h, w, rng, max(6, w / 4))
    fine = cv2.GaussianBlur(rng.standard_normal((h, w)).astype(np.float32), (0, 0), 1.1)
    fine /= fine.std() + 1e-6
    speck = cv2.GaussianBlur(rng.standard_normal((h, w)).astype(np.float32), (0, 0), 0.6)
    speck /= speck.std() + 1e-6
    if ink in ("faint",):
        amax = rng.uniform(0.5, 0.62)
        p = 0.72 + 0.22 * lf + 0.22 * grad
        holes = np.clip((fine - 0.6) * 1.2, 0, 1)
        holes = np.maximum(holes, np.clip((speck - 1.4) * 2, 0, 1))
    elif ink == "halfdry":
        amax = rng.uniform(0.62, 0.75)
        p = 0.62 + 0.3 * lf + 0.35 * grad
        holes = np.clip((fine - 0.25) * 1.1, 0, 1)
        holes = np.maximum(holes, np.clip((speck - 1.0) * 2, 0, 1))
    elif ink == "dark":
        a = cv2.dilate(a, np.ones((3, 3), np.uint8))
        a = np.clip(cv2.GaussianBlur(a, (0, 0), 1.0) * 1.5, 0, 1)
        amax = 0.97
        p = 0.95 + 0.06 * lf
        holes = np.clip((speck - 2.3) * 2, 0, 1)
    else:
        amax = rng.uniform(0.84, 0.94)
        p = 0.88 + 0.12 * lf + 0.08 * grad
        holes = np.clip((speck - 1.8) * 1.6, 0, 1)
        holes = np.maximum(holes, np.clip((fine - 1.9) * 1.5, 0, 1))
    p = np.clip(p, 0.05, 1.0)
    grain = 1 - 0.12 * np.clip(fine, -2, 2) / 2
    out = a * amax * p * (1 - holes) * grain
    out = cv2.GaussianBlur(out, (0, 0), 0.45)
    return np.clip(out, 0, 1).astype(np.float32)


def make_seal(r, ring_text, center, ink, rng, label=None, number=None, rot=None, fkey=None):
    fkey = fkey or rng.choice(["serif_b", "sans_b", "ming", "serif_b", "zenhei"])
    a, half = seal_shape(r, ring_text, center, rng, label=label, number=number, fkey=fkey)
    if rot is None:
        rot = rng.uniform(-18, 18)
    M = cv2.getRotationMatrix2D((half, half), rot, 1.0)
    a = cv2.warpAffine(a, M, (a.shape[1], a.shape[0]), flags=cv2.INTER_LINEAR)
    a = ink_texture(a, rng, ink)
    return a, half


def seg_fraction(d, r):
    """Fraction of a disc of radius r on the centre's side of a line at signed distance d."""
    d = max(-r, min(r, d))
    seg = r * r * math.acos(d / r) - d * math.sqrt(max(0.0, r * r - d * d))
    return 1.0 - seg / (math.pi * r * r)


def d_for_fraction(f, r):
    lo, hi = -r, r
    for _ in range(60):
        mid = (lo + hi) / 2
        if seg_fraction(mid, r) < f:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


# --------------------------------------------------------------------------- pages
PUNCT_NO_START = set("，。、；：）》”’！？%,.;:)")


class Page:
    def __init__(self, rng, w=1240, h=1754, body_font="serif", title_font="sans_b", body=30,
                 margin=140, top=150, text_color=None):
        self.rng = rng
        self.w, self.h = w, h
        self.rgb = paper(h, w, rng)
        self.cov = Image.new("L", (w, h), 0)
        self.draw = ImageDraw.Draw(self.cov)
        self.bf, self.tf, self.bs = body_font, title_font, body
        self.margin = margin
        self.y = top
        self.lines = []
        self.pos = []
        self.seals = []
        self.text_color = text_color or (0.09, 0.09, 0.11)
        self._final = False

    # text ------------------------------------------------------------
    def text_at(self, x, y, s, key=None, size=None, anchor="la", record=True):
        f = font(key or self.bf, size or self.bs)
        self.draw.text((x, y), s, font=f, fill=255, anchor=anchor)
        if record:
            self.lines.append(s)
            wd = f.getlength(s)
            x0 = x - wd if anchor[0] == "r" else (x - wd / 2 if anchor[0] == "m" else x)
            self.pos.append((s, x0, y, f))
        return f.getlength(s)

    def center(self, s, key=None, size=None, lh=1.8):
        size = size or self.bs
        self.text_at(self.w / 2, self.y, s, key or self.tf, size, anchor="ma")
        self.y += size * lh

    def left(self, s, key=None, size=None, lh=1.75, x=None):
        size = size or self.bs
        self.text_at(x if x is not None else self.margin, self.y, s, key, size)
        self.y += size * lh

    def right(self, s, key=None, size=None, lh=1.75, x=None):
        size = size or self.bs
        self.text_at(x if x is not None else self.w - self.margin, self.y, s, key, size, anchor="ra")
        self.y += size * lh

    def skip(self, k=1.0):
        self.y += self.bs * k

    def para(self, s, key=None, size=None, indent=2, lh=1.75, x0=None, x1=None):
        size = size or self.bs
        f = font(key or self.bf, size)
        x0 = self.margin if x0 is None else x0
        x1 = self.w - self.margin if x1 is None else x1
        width = x1 - x0
        lines, cur, cw = [], "", size * indent
        for ch in s:
            w = f.getlength(ch)
            if cw + w > width and cur and ch not in PUNCT_NO_START:
                lines.append(cur)
                cur, cw = ch, w
            else:
                cur += ch
                cw += w
        if cur:
            lines.append(cur)
        for i, ln in enumerate(lines):
            x = x0 + (size * indent if i == 0 else 0)
            self.draw.text((x, self.y), ln, font=f, fill=255)
            self.lines.append(ln)
            self.pos.append((ln, x, self.y, f))
            self.y += size * lh
        return self.y

    def find(self, sub):
        """Page box (x0, y0, x1, y1) of the first rendered occurrence of sub (within one line)."""
        for ln, x, y, f in self.pos:
            i = ln.find(sub)
            if i >= 0:
                x0 = x + f.getlength(ln[:i])
                return (x0, y, x0 + f.getlength(sub), y + f.size * 1.15)
        return None

    def hline(self, y, x0=None, x1=None, width=2):
        self.draw.line([(x0 or self.margin, y), (x1 or self.w - self.margin, y)], fill=255, width=width)

    def footer(self, s, size=24, key=None):
        self.text_at(self.w / 2, self.h - 95, s, key or self.bf, size, anchor="ma")

    def signature(self, x, y, name, size=78, color=(0.12, 0.14, 0.32), rot=None):
        f = font("kai", size)
        t = Image.new("L", (int(size * (len(name) + 1.5)), int(size * 2)), 0)
        ImageDraw.Draw(t).text((size * 0.4, size * 0.3), name, font=f, fill=255)
        # make it stroke-like: slight dilation + italic shear
        a = np.asarray(t, np.float32) / 255.0
        sh = np.float32([[1, -0.25, size * 0.4], [0, 1, 0]])
        a = cv2.warpAffine(a, sh, (a.shape[1] + int(size * 0.6), a.shape[0]))
        rot = self.rng.uniform(-9, 4) if rot is None else rot
        M = cv2.getRotationMatrix2D((a.shape[1] / 2, a.shape[0] / 2), rot, 1.0)
        a = cv2.warpAffine(a, M, (a.shape[1], a.shape[0]))
        a = cv2.dilate(a, np.ones((2, 2), np.uint8)) * 0.92
        mul_into(self.rgb, a, color, int(x), int(y - size * 0.3))

    # ink ---------------------------------------------------------------
    def stamp(self, cx, cy, r, text, center, ink, label=None, number=None, riding=False, rot=None,
              fkey=None):
        a, half = make_seal(r, text, center, ink, self.rng, label=label, number=number, rot=rot, fkey=fkey)
        mul_into(self.rgb, a, INKS[ink], int(round(cx - half)), int(round(cy - half)))
        self.seals.append(dict(cx=float(cx), cy=float(cy), r=float(r), text=text, center=center,
                               riding=riding, ink=ink))

    def riding_stamp(self, edge, frac, r, along, text, center, ink, **kw):
        d = d_for_fraction(frac, r)
        if edge == "right":
            cx, cy = self.w - d, along
        elif edge == "left":
            cx, cy = d, along
        elif edge == "top":
            cx, cy = along, d
        else:
            cx, cy = along, self.h - d
        self.stamp(cx, cy, r, text, center, ink, riding=True, **kw)
        self.seals[-1]["edge"] = edge
        self.seals[-1]["frac_on_page"] = round(frac, 3)

    def final(self):
        if not self._final:
            cov = np.asarray(self.cov, np.float32) / 255.0
            tc = np.asarray(self.text_color, np.float32)
            self.rgb *= (1.0 - cov[..., None] * (1.0 - tc[None, None, :]))
            self._final = True
        return self.rgb


# --------------------------------------------------------------------------- backgrounds
def bg_wood(h, w, rng, dark=False):
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    warp = smooth_noise(h, w, rng, w / 3) * 40 + smooth_noise(h, w, rng, w / 10) * 8
    period = rng.uniform(18, 30)
    rings = 0.5 + 0.5 * np.sin((xx + warp) * 2 * np.pi / period + smooth_noise(h, w, rng, 200) * 2)
    streak = cv2.resize(rng.standard_normal((max(2, h // 60), w)).astype(np.float32), (w, h),
                        interpolation=cv2.INTER_LINEAR)
    streak = cv2.GaussianBlur(streak, (0, 0), 0.8)
    base = np.array([0.52, 0.34, 0.19] if not dark else [0.25, 0.15, 0.09], np.float32)
    v = 0.82 + 0.12 * rings + 0.05 * streak + 0.06 * smooth_noise(h, w, rng, 300)
    # plank seams
    pw = rng.uniform(0.22, 0.3) * w
    seam = (np.abs(((xx + 13) % pw) - 1.5) < 1.5).astype(np.float32)
    v *= 1 - 0.35 * cv2.GaussianBlur(seam, (0, 0), 1.2)
    return np.clip(base[None, None] * v[..., None], 0, 1).astype(np.float32)


def bg_cloth(h, w, rng, color=(0.62, 0.60, 0.56), period=5.0):
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    weave = np.sin(xx * 2 * np.pi / period) * np.sin(yy * 2 * np.pi / period)
    fibres = cv2.GaussianBlur(rng.standard_normal((h, w)).astype(np.float32), (0, 0), 0.7)
    folds = smooth_noise(h, w, rng, 240)
    v = 0.9 + 0.05 * weave + 0.05 * fibres + 0.10 * folds
    return np.clip(np.array(color, np.float32)[None, None] * v[..., None], 0, 1).astype(np.float32)


def bg_dark(h, w, rng, color=(0.13, 0.13, 0.14)):
    v = 1.0 + 0.25 * smooth_noise(h, w, rng, 300) + 0.06 * cv2.GaussianBlur(
        rng.standard_normal((h, w)).astype(np.float32), (0, 0), 1.0)
    img = np.array(color, np.float32)[None, None] * v[..., None]
    return np.clip(img, 0, 1).astype(np.float32)


def bg_flat(h, w, rng, color):
    v = 1.0 + 0.03 * smooth_noise(h, w, rng, 200) + 0.015 * rng.standard_normal((h, w)).astype(np.float32)
    return np.clip(np.array(color, np.float32)[None, None] * v[..., None], 0, 1).astype(np.float32)


# --------------------------------------------------------------------------- rendering
def disc_mask(page, s):
    m = np.zeros((page.h, page.w), np.uint8)
    cv2.circle(m, (int(round(s["cx"] * 4)), int(round(s["cy"] * 4))), int(round(s["r"] * 4)), 255, -1,
               lineType=cv2.LINE_AA, shift=2)
    return m.astype(np.float32) / 255.0


def render(pages, Ms, H, out_wh, bg, bg_T, rng, shadow=(14, 10, 18, 0.35), objects=()):
    """Composite pages (page->plane affine/homography Ms) through camera H (plane->image).

    bg is a texture; bg_T maps its pixels into plane coordinates.
    objects: list of (rgba float array, T) with T the homography object->plane; drawn on top.
    Returns image (float rgb), list of seal records with visible masks.
    """
    W, Hh = out_wh
    img = cv2.warpPerspective(bg, H @ bg_T, (W, Hh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
    vis = []
    seals = []
    layers = [(p, M, "page") for p, M in zip(pages, Ms)] + [(o, T, "obj") for o, T in objects]
    for idx, (p, M, kind) in enumerate(layers):
        T = H @ M
        if kind == "page":
            src = p.final()
            ph, pw = p.h, p.w
            alpha_src = np.ones((ph, pw), np.float32)
        else:
            src = p[..., :3]
            alpha_src = p[..., 3]
            ph, pw = p.shape[:2]
        # local scale of T at the centre -> pre-shrink to avoid aliasing
        c = np.array([pw / 2, ph / 2, 1.0])
        def proj(v):
            q = T @ v
            return q[:2] / q[2]
        sc = np.linalg.norm(proj(c + [10, 0, 0]) - proj(c)) / 10
        pre = 1.0
        if sc < 0.75:
            pre = max(sc * 1.25, 0.2)
            src = cv2.resize(src, (int(pw * pre), int(ph * pre)), interpolation=cv2.INTER_AREA)
            alpha_src = cv2.resize(alpha_src, (int(pw * pre), int(ph * pre)), interpolation=cv2.INTER_AREA)
        Tp = T @ np.diag([1 / pre, 1 / pre, 1.0])
        warped = cv2.warpPerspective(src, Tp, (W, Hh), flags=cv2.INTER_LINEAR, borderValue=0)
        m = cv2.warpPerspective(alpha_src, Tp, (W, Hh), flags=cv2.INTER_LINEAR, borderValue=0)
        if shadow:
            dx, dy, sig, k = shadow
            sh = cv2.warpAffine(m, np.float32([[1, 0, dx], [0, 1, dy]]), (W, Hh))
            sh = cv2.GaussianBlur(sh, (0, 0), sig)
            img *= (1.0 - k * sh * (1 - m))[..., None]
        img = img * (1 - m[..., None]) + warped * m[..., None]
        vis = [v * (1 - m) for v in vis]
        vis.append(m)
        if kind == "page":
            for s in p.seals:
                dm = cv2.warpPerspective(disc_mask(p, s), T, (W, Hh), flags=cv2.INTER_LINEAR)
                # plane-area of the full disc: |det| of T's Jacobian at the seal centre
                cc = np.array([s["cx"], s["cy"], 1.0])
                ex = proj(cc + [1, 0, 0]) - proj(cc)
                ey = proj(cc + [0, 1, 0]) - proj(cc)
                jac = abs(ex[0] * ey[1] - ex[1] * ey[0])
                seals.append(dict(rec=s, layer=idx, mask=dm, full_area=math.pi * s["r"] ** 2 * jac))
    out = []
    for s in seals:
        vm = s["mask"] * vis[s["layer"]]
        frac = float(vm.sum() / s["full_area"])
        ys, xs = np.nonzero(vm > 0.5)
        box = None
        if len(xs):
            box = [int(xs.min()), int(ys.min()), int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1)]
        out.append(dict(s["rec"], box=box, visible=round(frac, 3)))
    return img, out, vis


def camera_H(roi, out_wh, rng, fill=0.85, persp=0.0, rot=0.0, jitter=0.01, shift=(0, 0), tilt_dir="top"):
    """Homography plane->image mapping roi (x0,y0,x1,y1) into the output with perspective."""
    x0, y0, x1, y1 = roi
    W, Hh = out_wh
    rw, rh = x1 - x0, y1 - y0
    s = fill * min(W / rw, Hh / rh)
    w2, h2 = rw * s / 2, rh * s / 2
    cx, cy = W / 2 + shift[0] * W, Hh / 2 + shift[1] * Hh
    # trapezoid: the far edge is shorter
    k = persp
    if tilt_dir == "top":
        q = [(-w2 * (1 - k), -h2 * (1 - k * 0.35)), (w2 * (1 - k), -h2 * (1 - k * 0.35)), (w2, h2), (-w2, h2)]
    elif tilt_dir == "bottom":
        q = [(-w2, -h2), (w2, -h2), (w2 * (1 - k), h2 * (1 - k * 0.35)), (-w2 * (1 - k), h2 * (1 - k * 0.35))]
    elif tilt_dir == "left":
        q = [(-w2 * (1 - k * 0.35), -h2 * (1 - k)), (w2, -h2), (w2, h2), (-w2 * (1 - k * 0.35), h2 * (1 - k))]
    else:
        q = [(-w2, -h2), (w2 * (1 - k * 0.35), -h2 * (1 - k)), (w2 * (1 - k * 0.35), h2 * (1 - k)), (-w2, h2)]
    ca, sa = math.cos(math.radians(rot)), math.sin(math.radians(rot))
    dst = []
    for (px, py) in q:
        px += rng.uniform(-jitter, jitter) * W
        py += rng.uniform(-jitter, jitter) * Hh
        dst.append((cx + px * ca - py * sa, cy + px * sa + py * ca))
    src = np.float32([(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
    return cv2.getPerspectiveTransform(src, np.float32(dst))


def affine3(rot_deg, tx, ty, scale=1.0, cx=0.0, cy=0.0):
    M = cv2.getRotationMatrix2D((cx, cy), rot_deg, scale)
    M[0, 2] += tx
    M[1, 2] += ty
    return np.vstack([M, [0, 0, 1]])


# --------------------------------------------------------------------------- finishing
def light_field(W, Hh, rng, lo=0.78, hi=1.05, vignette=0.18):
    yy, xx = np.mgrid[0:Hh, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    g = ((xx / W - 0.5) * math.cos(ang) + (yy / Hh - 0.5) * math.sin(ang)) + 0.5
    L = lo + (hi - lo) * np.clip(g, 0, 1)
    r2 = ((xx / W - 0.5) ** 2 + (yy / Hh - 0.5) ** 2) / 0.5
    L *= 1 - vignette * r2
    L *= 1 + 0.04 * smooth_noise(Hh, W, rng, 400)
    return L


def hand_shadow(W, Hh, cx, cy, scale, ang_deg, rng):
    m = np.zeros((Hh, W), np.float32)
    a = math.radians(ang_deg)
    ca, sa = math.cos(a), math.sin(a)

    def P(u, v):
        return (int(cx + (u * ca - v * sa) * scale), int(cy + (u * sa + v * ca) * scale))
    # palm: ellipse centred at (0, 0); fingers extend towards -v
    cv2.ellipse(m, P(0, 0), (int(1.0 * scale), int(1.25 * scale)), ang_deg, 0, 360, 1.0, -1)
    for k, (u, ln) in enumerate([(-0.7, 1.5), (-0.25, 1.9), (0.2, 1.95), (0.62, 1.7)]):
        cv2.line(m, P(u, -0.8), P(u + 0.08 * (k - 1.5), -0.8 - ln), 1.0, int(0.36 * scale))
    cv2.line(m, P(0.9, 0.2), P(1.7, -0.6), 1.0, int(0.4 * scale))  # thumb
    # arm
    cv2.line(m, P(0, 0.5), P(0.1, 6), 1.0, int(1.6 * scale))
    return cv2.GaussianBlur(m, (0, 0), scale * 0.16 + 4)


def phone_shadow(W, Hh, cx, cy, w, h, ang, sigma):
    m = np.zeros((Hh, W), np.float32)
    box = cv2.boxPoints(((cx, cy), (w, h), ang))
    cv2.fillPoly(m, [np.int32(box)], 1.0)
    return cv2.GaussianBlur(m, (0, 0), sigma)


def finish(img, rng, light=None, cast=(1, 1, 1), shadows=(), blur=0.7, noise=2.5, motion=None,
           gamma=1.0, contrast=1.0):
    out = img.copy()
    if light is not None:
        out *= light[..., None]
    for m, k, tint in shadows:
        t = np.asarray(tint, np.float32)
        out *= (1.0 - k * m[..., None] * (1.0 - t[None, None, :]))
    out *= np.asarray(cast, np.float32)[None, None, :]
    if contrast != 1.0:
        out = (out - 0.5) * contrast + 0.5
    out = np.clip(out, 0, 1) ** gamma
    if motion:
        ln, ang = motion
        k = np.zeros((ln * 2 + 1, ln * 2 + 1), np.float32)
        c = ln
        cv2.line(k, (int(c - ln * math.cos(math.radians(ang))), int(c - ln * math.sin(math.radians(ang)))),
                 (int(c + ln * math.cos(math.radians(ang))), int(c + ln * math.sin(math.radians(ang)))), 1.0, 1)
        out = cv2.filter2D(out, -1, k / k.sum())
    if blur:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    if noise:
        Hh, W = out.shape[:2]
        lum = rng.standard_normal((Hh, W, 1)).astype(np.float32) * noise / 255.0
        chroma = rng.standard_normal((Hh, W, 3)).astype(np.float32) * noise * 0.35 / 255.0
        out = out + lum + chroma
    return (np.clip(out, 0, 1) * 255 + 0.5).astype(np.uint8)


def finish_scan(img, rng, white=0.93, black=0.06, blur=0.55, noise=1.4):
    out = np.clip((img - black) / (white - black), 0, 1)
    out = cv2.GaussianBlur(out, (0, 0), blur)
    out += rng.standard_normal(out.shape[:2] + (1,)).astype(np.float32) * noise / 255.0
    return (np.clip(out, 0, 1) * 255 + 0.5).astype(np.uint8)


# --------------------------------------------------------------------------- document texts
CONTRACT_CLAUSES = [
    ("第一条　借款金额", ["出借人同意向借款人发放借款人民币{amt}元（大写：{amt_cn}），借款期限为十二个月，自借款实际发放之日起计算。"]),
    ("第二条　借款用途", ["借款人承诺本合同项下借款仅用于个人日常消费，不得用于购房、投资、赌博或其他法律法规禁止的用途。"]),
    ("第三条　借款发放", ["出借人在本合同生效且借款人提交的资料审核通过后，将借款划入借款人指定的本人名下银行账户，到账之日即为借款发放日。"]),
    ("第四条　借款利率与利息", ["4.1 本合同项下借款年利率为{rate}%（单利），按日计息，日利率＝年利率÷360。",
                         "4.2 利息自借款发放之日起计算，按月结息，结息日为每月{day}日。"]),
    ("第五条　还款方式", ["5.1 借款人应按照本合同附件《还款计划表》约定的期数、日期和金额按期还款。",
                      "5.2 借款人可通过出借人官方应用程序、对公账户或委托扣款账户还款，出借人不通过任何个人账户收取款项。",
                      "5.3 借款人提前还款的，应提前五个工作日书面通知出借人，利息按实际借款天数计算。"]),
    ("第六条　逾期还款", ["6.1 借款人未按期足额还款的，对逾期部分自逾期之日起按本合同利率上浮百分之三十计收逾期利息。",
                      "6.2 本合同约定的利息、逾期利息及其他费用合计不超过国家法律规定的上限。"]),
    ("第七条　双方的权利和义务", ["7.1 出借人应按约定及时足额发放借款，并对借款人的个人信息依法保密，未经借款人同意不得向无关第三方披露。",
                          "7.2 借款人应按约定用途使用借款，并如实提供本人身份、联系方式等信息；上述信息发生变更的，应在七日内书面告知出借人。"]),
    ("第八条　信息查询与报送", ["借款人同意出借人在本合同履行期间依法查询借款人的信用信息，并按照国家有关规定向金融信用信息基础数据库报送本合同项下的借款信息。"]),
    ("第九条　通知与送达", ["双方确认本合同首页所载地址、电话及电子邮箱为有效送达地址。一方变更送达地址的，应及时书面通知对方。"]),
    ("第十条　借款人的声明与承诺", ["借款人承诺其提供的全部资料真实、准确、完整，并确认已充分阅读、理解本合同全部条款，出借人已就相关条款作出说明。"]),
    ("第十一条　费用", ["除本合同约定的利息外，出借人不向借款人收取服务费、咨询费、管理费等其他任何费用；因办理抵押、公证等产生的费用由双方另行约定。"]),
    ("第十二条　个人信息保护", ["出借人仅在履行本合同所必需的范围内处理借款人的个人信息，并采取必要措施保障信息安全，防止信息泄露、篡改或丢失。"]),
    ("第十三条　合同的变更", ["本合同的任何变更均应由双方协商一致并以书面形式作出。借款人申请调整还款计划的，出借人应在收到申请后十个工作日内书面答复。"]),
    ("第十四条　争议解决", ["本合同履行中发生争议的，双方应本着诚实信用的原则友好协商解决。"]),
    ("第十五条　附件", ["本合同附件《还款计划表》《借款借据》为本合同不可分割的组成部分，与本合同具有同等法律效力。"]),
    ("第十六条　其他", ["16.1 本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。",
                     "16.2 本合同自双方签字（盖章）之日起生效，一式两份，双方各执一份。"]),
]


def cn_amount(n):
    return {10000: "壹万元整", 20000: "贰万元整", 30000: "叁万元整", 50000: "伍万元整", 80000: "捌万元整",
            15000: "壹万伍仟元整", 60000: "陆万元整"}.get(n, "壹万元整")


def contract_page(p, rng, pno, total, lender, borrower, first_clause, n_clauses, contract_no, sign=False,
                  title="借款合同"):
    amt = int(rng.choice([10000, 20000, 30000, 50000, 80000]))
    fmt = dict(amt=f"{amt:,}", amt_cn=cn_amount(amt), rate=rng.choice(["9.6", "10.8", "12.6", "14.4"]),
               day=int(rng.integers(5, 26)))
    p.text_at(p.w - p.margin, 80, f"合同编号：{contract_no}", p.bf, 22, anchor="ra")
    if pno == 1:
        p.center(title, size=int(p.bs * 1.7), lh=1.9)
        p.left(f"出借人（甲方）：{lender}")
        p.left(f"借款人（乙方）：{borrower}")
        p.left(f"身份证号码：{rng.integers(110101, 659001)}19{rng.integers(70, 99)}{rng.integers(1000, 9999)}{rng.integers(1000, 9999)}")
        p.skip(0.4)
        p.para("甲乙双方本着平等自愿、诚实信用的原则，经协商一致，就乙方向甲方借款事宜订立本合同，以资共同遵守。")
    cpl = (p.w - 2 * p.margin) / p.bs
    limit = p.h - (560 if sign else 150)
    for k in range(first_clause, min(len(CONTRACT_CLAUSES), first_clause + n_clauses)):
        head, paras = CONTRACT_CLAUSES[k]
        need = (1 + sum(math.ceil((len(t) + 2) / cpl) for t in paras)) * p.bs * 1.75
        if p.y + need > limit:
            break
        p.left(head, key=p.tf, size=p.bs)
        for t in paras:
            p.para(t.format(**fmt))
    anchors = {}
    if sign:
        p.skip(1.2)
        yb = p.y
        p.left(f"甲方（盖章）：{lender}")
        p.left("法定代表人或授权代表：")
        p.left(f"日期：2024年{rng.integers(1, 12)}月{rng.integers(1, 28)}日")
        anchors["lender_seal"] = (p.margin + 420 + rng.uniform(-40, 60), yb + p.bs * 1.2 + rng.uniform(-20, 20))
        p.skip(0.8)
        yb2 = p.y
        p.left("乙方（签字）：")
        p.left(f"日期：2024年{rng.integers(1, 12)}月{rng.integers(1, 28)}日")
        anchors["borrower_sign"] = (p.margin + 230, yb2)
    p.footer(f"第 {pno} 页 共 {total} 页")
    return anchors


def lawyer_letter(p, rng, firm, client, debtor, date, letter_no, body, sign_lawyer, header=True, title="律师函",
                  band=None):
    anchors = {}
    if band is not None:
        p.y = band + 60
    elif header:
        p.center(firm, key=p.tf, size=int(p.bs * 1.45), lh=1.4)
        p.text_at(p.w / 2, p.y, "地址：" + rng.choice(["朝阳区建国路88号华贸中心3座12层", "浦东新区世纪大道100号环球金融中心25层",
                                                   "天河区珠江新城华夏路30号富力盈通大厦18层", "西湖区文三路398号东信大厦9层"]),
                  p.bf, 20, anchor="ma")
        p.y += 36
        p.hline(p.y, width=3)
        p.y += 40
    p.center(title, key=p.tf, size=int(p.bs * 1.8), lh=1.6)
    if letter_no:
        p.right(letter_no, size=int(p.bs * 0.85))
    p.left(f"致：{debtor}")
    for t in body:
        p.para(t)
    p.skip(0.6)
    p.left("此致", x=p.margin + p.bs * 2)
    p.left("敬礼", x=p.margin)
    p.skip(0.6)
    xr = p.w - p.margin - 60
    ys = p.y
    p.right(firm, x=xr)
    if sign_lawyer:
        p.right(f"承办律师：{sign_lawyer}", x=xr)
    p.right(date, x=xr)
    fw = font(p.bf, p.bs).getlength(firm)
    anchors["seal"] = (xr - fw * 0.5 + rng.uniform(-30, 30), ys + p.bs * 1.3 + rng.uniform(-15, 15))
    return anchors


def repay_agreement(p, rng, lender, borrower, total_amt, periods, sign=True, pno=1, total=1):
    p.center("还款协议书", size=int(p.bs * 1.7), lh=1.9)
    p.left(f"甲方（出借人）：{lender}")
    p.left(f"乙方（借款人）：{borrower}")
    p.skip(0.3)
    p.para(f"乙方于2023年向甲方借款，截至本协议签订之日尚欠借款本息合计人民币{total_amt:,}元。经双方友好协商，"
           f"就上述款项的归还事宜达成如下协议：")
    per = total_amt // periods
    items = [f"一、乙方自2024年8月起分{periods}期归还上述款项，每期归还人民币{per:,}元，于每月15日前支付。",
             "二、乙方应通过甲方官方应用程序或甲方对公账户还款，甲方不委托任何个人代收款项，还款后甲方出具电子回单。",
             "三、乙方按本协议履行完毕后，双方之间就上述借款不再存在其他债权债务关系。",
             "四、乙方如遇特殊困难无法按期还款，可提前向甲方书面申请调整还款计划，甲方将依法协商处理。",
             "五、甲方承诺依法合规开展贷后管理工作，并对乙方个人信息依法保密。",
             "六、本协议一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。"]
    for t in items:
        p.para(t, indent=0)
    p.skip(1.5)
    ys = p.y
    p.left(f"甲方（盖章）：{lender}")
    p.left("经办人：")
    p.skip(0.5)
    p.left("乙方（签字）：")
    p.left(f"签订日期：2024年7月{rng.integers(3, 28)}日")
    anchors = {"lender_seal": (p.margin + 400 + rng.uniform(-30, 60), ys + p.bs * 0.6 + rng.uniform(-10, 25)),
               "borrower_sign": (p.margin + 230, ys + p.bs * 1.75 * 2 + p.bs * 0.5)}
    if total > 1:
        p.footer(f"第 {pno} 页 共 {total} 页")
    return anchors


JUDGMENT_REASONING = [
    "本院认为，原告与被告签订的《个人借款合同》系双方真实意思表示，内容不违反法律、行政法规的强制性规定，合法有效，双方均应按照约定全面履行各自的义务。",
    "原告依约向被告发放了借款，被告未按约定期限足额归还借款本息，构成违约，应当承担相应的民事责任。原告要求被告归还借款本金的诉讼请求，事实清楚，证据充分，本院予以支持。",
    "关于利息及逾期利息，原告主张按照合同约定的年利率计算利息，并按合同利率上浮百分之三十计算逾期利息。经审查，上述约定未超过合同成立时一年期贷款市场报价利率四倍，本院予以支持。",
    "关于原告主张的律师费，因双方在合同中对律师费的负担未作明确约定，原告亦未提交已实际支付律师费的证据，本院不予支持。",
    "被告经本院合法传唤，无正当理由未到庭参加诉讼，视为放弃答辩、举证和质证的权利，本院依法缺席审理。",
    "综上所述，依照《中华人民共和国民法典》第五百零九条、第六百六十七条、第六百七十五条、第六百七十六条，《中华人民共和国民事诉讼法》第一百四十七条之规定，判决如下：",
]


def judgment_page(p, rng, court, case_no, pno, total):
    p.text_at(p.w - p.margin, 80, case_no, p.bf, 22, anchor="ra")
    for t in JUDGMENT_REASONING:
        p.para(t)
        p.skip(0.2)
    p.footer(f"第 {pno} 页 共 {total} 页")


def ruling_page(p, rng, court, case_no, plaintiff, defendant, date):
    p.center(court, size=int(p.bs * 1.5), lh=1.6)
    p.center("民事裁定书", size=int(p.bs * 1.6), lh=1.6)
    p.right(case_no)
    p.para(f"原告：{plaintiff}，住所地{rng.choice(['北京市朝阳区', '上海市浦东新区', '杭州市西湖区'])}。", indent=0)
    p.para(f"被告：{defendant}，男，汉族，住{rng.choice(['河南省郑州市', '湖南省长沙市', '四川省成都市'])}。", indent=0)
    p.para(f"本院在审理原告{plaintiff}与被告{defendant}金融借款合同纠纷一案中，原告于2024年5月20日向本院提出撤诉申请。")
    p.para("本院认为，原告撤诉的请求不违反法律规定，依照《中华人民共和国民事诉讼法》第一百四十八条第一款、第一百五十七条第一款第五项规定，裁定如下：")
    p.para(f"准许原告{plaintiff}撤诉。")
    p.para("案件受理费减半收取计人民币二百一十五元，由原告负担。")
    p.skip(2.0)
    xr = p.w - p.margin - 40
    ys = p.y
    for t in ["审判员　周敏", "", date, "", "书记员　陈晨"]:
        if t:
            p.right(t, x=xr)
        else:
            p.skip(0.6)
    return {"seal": (xr - 170 + rng.uniform(-20, 20), ys + p.bs * 3.0 + rng.uniform(-10, 10))}


def summons_page(p, rng, court, case_no, person, date_str, genuine=True, extra=None):
    p.center(court, size=int(p.bs * 1.5), lh=1.5)
    p.center("传票", size=int(p.bs * 2.0), lh=1.6)
    rows = []
    if case_no:
        rows.append(("案　　号", case_no))
    rows += [("案　　由", "金融借款合同纠纷"), ("被传唤人", person),
             ("工作单位或住址", rng.choice(["郑州市金水区花园路18号", "长沙市岳麓区麓山南路32号", "成都市锦江区春熙路9号"])),
             ("传唤事由", "开庭审理" if genuine else "涉嫌恶意拖欠网贷，立案审查"),
             ("应到时间", date_str), ("应到处所", "本院第十二法庭" if genuine else "本院执行局")]
    x0, x1 = p.margin, p.w - p.margin
    xm = x0 + 260
    y = p.y
    rh = int(p.bs * 2.2)
    p.draw.rectangle([x0, y, x1, y + rh * len(rows) + rh * 4], outline=255, width=3)
    for i, (k, v) in enumerate(rows):
        yy = y + i * rh
        p.draw.line([(x0, yy + rh), (x1, yy + rh)], fill=255, width=2)
        p.text_at(x0 + 20, yy + rh * 0.25, k, p.bf, p.bs * 0.9)
        p.text_at(xm + 20, yy + rh * 0.25, v, p.bf, p.bs)
    p.draw.line([(xm, y), (xm, y + rh * len(rows))], fill=255, width=2)
    p.y = y + rh * len(rows) + 20
    p.text_at(x0 + 20, p.y, "注意事项：", p.bf, p.bs * 0.9)
    p.y += p.bs * 1.6
    notes = extra or ["一、被传唤人必须准时到达应到处所。", "二、本传票由被传唤人携带来院报到。",
                      "三、被传唤人收到传票后，应在送达回证上签名或盖章。"]
    for t in notes:
        p.para(t, indent=0, x0=x0 + 40, x1=x1 - 30, size=int(p.bs * 0.9))
    p.y = y + rh * len(rows) + rh * 4 + 60
    xr = p.w - p.margin - 60
    ys = p.y
    p.right(court, x=xr)
    p.right("2024年8月" + str(rng.integers(2, 20)) + "日", x=xr)
    fw = font(p.bf, p.bs).getlength(court)
    return {"seal": (xr - fw * 0.5 + rng.uniform(-20, 20), ys + p.bs * 0.9)}


def restriction_page(p, rng, court, case_no, person, genuine=True, title="限制消费令", body=None):
    p.center(court, size=int(p.bs * 1.5), lh=1.5)
    p.center(title, size=int(p.bs * 1.9), lh=1.5)
    if case_no:
        p.right(case_no)
    p.para(f"被执行人：{person}，男，1988年3月出生，汉族，身份证号码4101**********2618。", indent=0)
    if body is None:
        body = [f"本院于2024年3月1日立案执行申请执行人华兴银行股份有限公司杭州分行与被执行人{person}金融借款合同纠纷一案。"
                f"因被执行人{person}未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，"
                f"对你采取限制消费措施，限制你不得实施以下高消费及非生活和工作必需的消费行为：",
                "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；",
                "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；",
                "（三）购买不动产或者新建、扩建、高档装修房屋；",
                "（四）租赁高档写字楼、宾馆、公寓等场所办公；",
                "（五）购买非经营必需车辆；",
                "（六）旅游、度假；",
                "（七）子女就读高收费私立学校；",
                "（八）支付高额保费购买保险理财产品；",
                "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。",
                "如违反本限制消费令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》的规定依法处理。"]
    for t in body:
        p.para(t, indent=2 if len(t) > 40 else 0, x0=p.margin if len(t) > 40 else p.margin + p.bs * 2)
    p.skip(1.0)
    xr = p.w - p.margin - 60
    ys = p.y
    p.right(court, x=xr)
    p.right("2024年6月" + str(rng.integers(2, 28)) + "日", x=xr)
    fw = font(p.bf, p.bs).getlength(court)
    return {"seal": (xr - fw * 0.5 + rng.uniform(-20, 20), ys + p.bs * 0.9 + rng.uniform(-10, 10))}


def cancel_notice(p, rng, company, person, body, sign_name, header=None):
    if header:
        p.center(header, key=p.tf, size=int(p.bs * 1.1), lh=1.6)
    p.center("解除合同通知书", size=int(p.bs * 1.8), lh=1.7)
    p.left(f"{person}：")
    for t in body:
        p.para(t)
    p.skip(1.0)
    xr = p.w - p.margin - 60
    ys = p.y
    p.right(sign_name, x=xr)
    p.right("2024年7月" + str(rng.integers(2, 28)) + "日", x=xr)
    fw = font(p.bf, p.bs).getlength(sign_name)
    return {"seal": (xr - fw * 0.5 + rng.uniform(-20, 20), ys + p.bs * 0.9)}


# --------------------------------------------------------------------------- red things that are NOT seals
PRINT_RED = (0.84, 0.11, 0.13)
PEN_RED = (0.80, 0.12, 0.16)


def _layer(p):
    return np.zeros((p.h, p.w), np.float32)


def _pt(x, y):
    return (int(round(x * 4)), int(round(y * 4)))


def semicircle_logo(p, edge, along, R, color=PRINT_RED):
    """A printed red disc logo centred on the page edge, so only half of it is on the paper."""
    L = _layer(p)
    if edge == "right":
        cx, cy = p.w, along
    elif edge == "left":
        cx, cy = 0, along
    elif edge == "top":
        cx, cy = along, 0
    else:
        cx, cy = along, p.h
    cv2.circle(L, _pt(cx, cy), int(R * 4), 1.0, -1, cv2.LINE_AA, 2)
    # white cut-outs: a ring and three sun-rise bars
    cv2.circle(L, _pt(cx, cy), int(R * 0.72 * 4), 0.0, int(R * 0.08), cv2.LINE_AA, 2)
    cv2.circle(L, _pt(cx, cy), int(R * 0.42 * 4), 0.0, int(R * 0.06), cv2.LINE_AA, 2)
    mul_into(p.rgb, L, color, 0, 0)


def ring_badge(p, cx, cy, R, text, mono="HX", color=PRINT_RED):
    """A printed round badge: thin ring, Latin text around it, filled centre disc with white letters."""
    size = int(2 * R + 8)
    c = size / 2
    im = Image.new("L", (size * 2, size * 2), 0)
    d = ImageDraw.Draw(im)
    RR = R * 2
    cc = c * 2
    d.ellipse([cc - RR, cc - RR, cc + RR, cc + RR], outline=255, width=int(RR * 0.05))
    d.ellipse([cc - RR * 0.5, cc - RR * 0.5, cc + RR * 0.5, cc + RR * 0.5], fill=255)
    arr = np.asarray(im, np.uint8).copy()
    f = font("sans_b", RR * 0.17)
    n = len(text)
    for i, ch in enumerate(text):
        th = -90 - 150 + (i + 0.5) * 300 / n
        t = Image.new("L", (int(RR * 0.4), int(RR * 0.4)), 0)
        ImageDraw.Draw(t).text((t.width / 2, t.height / 2), ch, font=f, fill=255, anchor="mm")
        rt = RR * 0.76
        _paste_rot(arr, t, cc + rt * math.cos(math.radians(th)), cc + rt * math.sin(math.radians(th)), th + 90)
    t = Image.new("L", arr.shape[::-1], 0)
    ImageDraw.Draw(t).text((cc, cc), mono, font=font("sans_b", RR * 0.42), fill=255, anchor="mm")
    arr = np.where(np.asarray(t) > 128, 0, arr)
    a = cv2.resize(arr.astype(np.float32) / 255.0, (size, size), interpolation=cv2.INTER_AREA)
    mul_into(p.rgb, a, color, int(cx - c), int(cy - c))


def header_band(p, height, title, sub=None, color=PRINT_RED):
    L = _layer(p)
    L[30:30 + height, :] = 1.0
    # round emblem-like logo: white ring with a red balance-scale inside a white disc
    cx, cy, R = p.margin + 60, 30 + height / 2, height * 0.36
    cv2.circle(L, _pt(cx, cy), int(R * 4), 0.0, -1, cv2.LINE_AA, 2)
    cv2.circle(L, _pt(cx, cy), int(R * 0.86 * 4), 1.0, max(2, int(R * 0.08)), cv2.LINE_AA, 2)
    cv2.line(L, _pt(cx, cy - R * 0.55), _pt(cx, cy + R * 0.45), 1.0, max(2, int(R * 0.08)), cv2.LINE_AA, 2)
    cv2.line(L, _pt(cx - R * 0.5, cy - R * 0.35), _pt(cx + R * 0.5, cy - R * 0.35), 1.0, max(2, int(R * 0.07)), cv2.LINE_AA, 2)
    for sx in (-1, 1):
        cv2.ellipse(L, _pt(cx + sx * R * 0.5, cy - R * 0.05), (int(R * 0.22 * 4), int(R * 0.14 * 4)), 0, 0, 180, 1.0, -1,
                    cv2.LINE_AA, 2)
    cv2.rectangle(L, _pt(cx - R * 0.3, cy + R * 0.42), _pt(cx + R * 0.3, cy + R * 0.52), 1.0, -1, cv2.LINE_AA, 2)
    # white title text on the band
    t = Image.new("L", (p.w, p.h), 0)
    dd = ImageDraw.Draw(t)
    dd.text((cx + R + 40, cy - (12 if sub else 0)), title, font=font("sans_b", height * 0.34), fill=255, anchor="lm")
    if sub:
        dd.text((cx + R + 42, cy + height * 0.28), sub, font=font("sans", height * 0.14), fill=255, anchor="lm")
    L = np.where(np.asarray(t) > 100, 0.0, L).astype(np.float32)
    mul_into(p.rgb, L, color, 0, 0)
    p.lines.append(title)


def d_shape(p, cy, R, color=PRINT_RED):
    """A red D-shaped decoration on the left edge plus thick concentric arcs (arc decorations)."""
    L = _layer(p)
    cv2.ellipse(L, _pt(0, cy), (int(R * 4), int(R * 4)), 0, -90, 90, 1.0, -1, cv2.LINE_AA, 2)
    cv2.rectangle(L, _pt(0, cy - R), _pt(R * 0.18, cy + R), 1.0, -1)
    for k, (rr, a0, a1) in enumerate([(1.35, -80, 70), (1.7, -60, 40)]):
        cv2.ellipse(L, _pt(0, cy), (int(R * rr * 4), int(R * rr * 4)), 0, a0, a1, 1.0, int(R * 0.12), cv2.LINE_AA, 2)
    mul_into(p.rgb, L, color, 0, 0)


def arc_corner(p, corner, R, color=PRINT_RED):
    L = _layer(p)
    cx, cy = (p.w, 0) if corner == "tr" else (0, p.h)
    for rr, wd in [(1.0, 0.1), (1.25, 0.05), (1.45, 0.03)]:
        cv2.circle(L, _pt(cx, cy), int(R * rr * 4), 1.0, max(2, int(R * wd)), cv2.LINE_AA, 2)
    mul_into(p.rgb, L, color, 0, 0)


def circled_number(p, cx, cy, n, R=26, color=PRINT_RED):
    L = _layer(p)
    cv2.circle(L, _pt(cx, cy), int(R * 4), 1.0, 3, cv2.LINE_AA, 2)
    t = Image.new("L", (p.w, p.h), 0)
    ImageDraw.Draw(t).text((cx, cy), str(n), font=font("sans_b", R * 1.1), fill=255, anchor="mm")
    L = np.maximum(L, np.asarray(t, np.float32) / 255.0)
    mul_into(p.rgb, L, color, 0, 0)
    p.lines.append(str(n))


def pen_loop(p, cx, cy, rx, ry, rng, width=4, color=PEN_RED):
    L = _layer(p)
    t0 = rng.uniform(0, 2 * math.pi)
    ts = np.linspace(t0, t0 + 2 * math.pi + rng.uniform(0.3, 0.7), 90)
    wob = 1 + 0.06 * np.sin(ts * 3 + rng.uniform(0, 6)) + np.linspace(0, rng.uniform(0.04, 0.12), len(ts))
    rot = math.radians(rng.uniform(-8, 8))
    pts = []
    for t, w in zip(ts, wob):
        x, y = rx * w * math.cos(t), ry * w * math.sin(t)
        pts.append(_pt(cx + x * math.cos(rot) - y * math.sin(rot), cy + x * math.sin(rot) + y * math.cos(rot)))
    cv2.polylines(L, [np.int32(pts)], False, 1.0, width, cv2.LINE_AA, 2)
    mul_into(p.rgb, L * 0.9, color, 0, 0)


def pen_tick(p, x, y, size, width=4, color=PEN_RED):
    L = _layer(p)
    pts = np.int32([_pt(x, y), _pt(x + size * 0.35, y + size * 0.45), _pt(x + size, y - size * 0.55)])
    cv2.polylines(L, [pts], False, 1.0, width, cv2.LINE_AA, 2)
    mul_into(p.rgb, L * 0.9, color, 0, 0)


def pen_underline(p, x0, x1, y, rng, width=3, color=PEN_RED):
    L = _layer(p)
    xs = np.linspace(x0, x1, 30)
    ys = y + np.cumsum(rng.normal(0, 0.6, len(xs)))
    cv2.polylines(L, [np.int32([_pt(a, b) for a, b in zip(xs, ys)])], False, 1.0, width, cv2.LINE_AA, 2)
    mul_into(p.rgb, L * 0.9, color, 0, 0)


def rect_stamp(p, cx, cy, text, rng, w=None, h=None, rot=None, color=None):
    """A rectangular rubber stamp (已付, 核对无异): double border, textured ink. Not a seal."""
    fs = 52
    w = w or int(fs * (len(text) * 1.05) + 70)
    h = h or int(fs * 1.9)
    im = Image.new("L", (w + 40, h + 40), 0)
    d = ImageDraw.Draw(im)
    d.rectangle([20, 20, 20 + w, 20 + h], outline=255, width=7)
    d.rectangle([31, 31, 9 + w, 9 + h], outline=255, width=2)
    d.text((20 + w / 2, 20 + h / 2), text, font=font("sans_b", fs), fill=255, anchor="mm")
    a = np.asarray(im, np.float32) / 255.0
    rot = rng.uniform(-12, 12) if rot is None else rot
    M = cv2.getRotationMatrix2D((a.shape[1] / 2, a.shape[0] / 2), rot, 1.0)
    a = cv2.warpAffine(a, M, (a.shape[1], a.shape[0]))
    a = ink_texture(a, rng, "normal")
    mul_into(p.rgb, a, color or INKS["red"], int(cx - a.shape[1] / 2), int(cy - a.shape[0] / 2))
    p.lines.append(text)


def corner_ribbon(p, text, size=210, color=PRINT_RED):
    L = _layer(p)
    x1, y0 = p.w, 0
    poly = np.float32([(x1 - size, y0), (x1 - size + 70, y0), (x1, y0 + size - 70), (x1, y0 + size)])
    cv2.fillPoly(L, [np.int32(poly * 4)], 1.0, cv2.LINE_AA, 2)
    t = Image.new("L", (size * 2, 80), 0)
    ImageDraw.Draw(t).text((size, 40), text, font=font("sans_b", 38), fill=255, anchor="mm")
    t = t.rotate(-45, expand=True, resample=Image.BICUBIC)
    ta = np.asarray(t, np.float32) / 255.0
    cx, cy = x1 - size / 2 + 18, y0 + size / 2 - 18
    x0, yy0 = int(cx - ta.shape[1] / 2), int(cy - ta.shape[0] / 2)
    sub = np.zeros_like(L)
    xs, ys = max(0, x0), max(0, yy0)
    xe, ye = min(p.w, x0 + ta.shape[1]), min(p.h, yy0 + ta.shape[0])
    sub[ys:ye, xs:xe] = ta[ys - yy0:ye - yy0, xs - x0:xe - x0]
    L = np.where(sub > 0.5, 0.0, L).astype(np.float32)
    mul_into(p.rgb, L, color, 0, 0)
    p.lines.append(text)


def round_sticker(p, cx, cy, R, text, color=(0.86, 0.08, 0.10)):
    L = _layer(p)
    cv2.circle(L, _pt(cx, cy), int(R * 4), 1.0, -1, cv2.LINE_AA, 2)
    t = Image.new("L", (p.w, p.h), 0)
    ImageDraw.Draw(t).text((cx, cy), text, font=font("sans_b", R * 0.75), fill=255, anchor="mm")
    L = np.where(np.asarray(t) > 100, 0.0, L).astype(np.float32)
    mul_into(p.rgb, L * 0.97, color, 0, 0)
    # glossy highlight
    hl = _layer(p)
    cv2.ellipse(hl, _pt(cx - R * 0.3, cy - R * 0.35), (int(R * 0.35 * 4), int(R * 0.18 * 4)), -30, 0, 360, 1.0, -1, cv2.LINE_AA, 2)
    hl = cv2.GaussianBlur(hl, (0, 0), R * 0.1)
    p.rgb += hl[..., None] * 0.25
    np.clip(p.rgb, 0, 1, out=p.rgb)
    p.lines.append(text)


def coin_logo(p, cx, cy, R, color=PRINT_RED):
    L = _layer(p)
    cv2.circle(L, _pt(cx, cy), int(R * 4), 1.0, -1, cv2.LINE_AA, 2)
    cv2.circle(L, _pt(cx, cy), int(R * 0.8 * 4), 0.0, max(2, int(R * 0.07)), cv2.LINE_AA, 2)
    t = Image.new("L", (p.w, p.h), 0)
    ImageDraw.Draw(t).text((cx, cy), "¥", font=font("sans_b", R * 1.15), fill=255, anchor="mm")
    L = np.where(np.asarray(t) > 100, 0.0, L).astype(np.float32)
    mul_into(p.rgb, L, color, 0, 0)


# --------------------------------------------------------------------------- objects on the table
def obj_red_packet(rng, w=420, h=640):
    a = np.zeros((h, w), np.float32)
    cv2.rectangle(a, (4, 4), (w - 5, h - 5), 1.0, -1)
    a = cv2.GaussianBlur(a, (0, 0), 1.2)
    rgb = np.empty((h, w, 3), np.float32)
    rgb[:] = (0.78, 0.07, 0.09)
    rgb *= (1 + 0.05 * smooth_noise(h, w, rng, 120))[..., None]
    gold = np.array([0.93, 0.74, 0.35], np.float32)
    g = np.zeros((h, w), np.float32)
    cv2.circle(g, (w // 2, int(h * 0.42)), int(w * 0.26), 1.0, -1, cv2.LINE_AA)
    cv2.line(g, (0, int(h * 0.25)), (w, int(h * 0.25)), 1.0, 3, cv2.LINE_AA)
    t = Image.new("L", (w, h), 0)
    ImageDraw.Draw(t).text((w / 2, h * 0.42), "福", font=font("kai", w * 0.34), fill=255, anchor="mm")
    tt = np.asarray(t, np.float32) / 255.0
    rgb = rgb * (1 - g[..., None]) + gold * g[..., None]
    rgb = rgb * (1 - tt[..., None]) + np.array([0.75, 0.06, 0.08], np.float32) * tt[..., None]
    t2 = Image.new("L", (w, h), 0)
    ImageDraw.Draw(t2).text((w / 2, h * 0.78), "恭喜发财", font=font("kai", w * 0.13), fill=255, anchor="mm")
    tt2 = np.asarray(t2, np.float32) / 255.0
    rgb = rgb * (1 - tt2[..., None]) + gold * tt2[..., None]
    return np.dstack([np.clip(rgb, 0, 1), a]).astype(np.float32)


def obj_red_mug(rng, R=240):
    size = int(R * 2 + R * 0.9)
    a = np.zeros((size, size), np.float32)
    rgb = np.zeros((size, size, 3), np.float32)
    c = (int(R * 1.05), size // 2)
    cv2.circle(a, c, R, 1.0, -1, cv2.LINE_AA)
    cv2.rectangle(a, (c[0] + int(R * 0.85), c[1] - int(R * 0.18)), (c[0] + int(R * 1.5), c[1] + int(R * 0.18)), 1.0, -1)
    rgb[:] = (0.80, 0.08, 0.10)
    shade = np.zeros((size, size), np.float32)
    cv2.circle(shade, c, int(R * 0.86), 1.0, -1, cv2.LINE_AA)
    coffee = np.zeros((size, size), np.float32)
    cv2.circle(coffee, c, int(R * 0.80), 1.0, -1, cv2.LINE_AA)
    rgb *= (1 - 0.25 * shade)[..., None]
    rgb = rgb * (1 - coffee[..., None]) + np.array([0.22, 0.12, 0.07], np.float32) * coffee[..., None]
    hl = np.zeros((size, size), np.float32)
    cv2.ellipse(hl, (c[0] - int(R * 0.5), c[1] - int(R * 0.55)), (int(R * 0.2), int(R * 0.08)), -40, 0, 360, 1.0, -1)
    rgb += cv2.GaussianBlur(hl, (0, 0), 6)[..., None] * 0.3
    return np.dstack([np.clip(rgb, 0, 1), a]).astype(np.float32)


def obj_phone(rng, w=360, h=740):
    a = np.zeros((h, w), np.float32)
    cv2.rectangle(a, (10, 10), (w - 11, h - 11), 1.0, -1)
    a = cv2.GaussianBlur(a, (0, 0), 3)
    a = np.clip(a * 1.3, 0, 1)
    rgb = np.empty((h, w, 3), np.float32)
    rgb[:] = (0.07, 0.07, 0.08)
    rgb[40:h - 40, 22:w - 22] = (0.10, 0.11, 0.13)
    return np.dstack([rgb, a]).astype(np.float32)


def obj_pen(rng, ln=900, wd=34, color=(0.1, 0.12, 0.3)):
    a = np.zeros((wd + 10, ln), np.float32)
    cv2.rectangle(a, (5, 5), (ln - 40, wd + 4), 1.0, -1)
    cv2.fillPoly(a, [np.int32([(ln - 40, 5), (ln - 5, wd // 2 + 5), (ln - 40, wd + 4)])], 1.0)
    rgb = np.empty(a.shape + (3,), np.float32)
    rgb[:] = color
    rgb[5:12] += 0.2
    return np.dstack([np.clip(rgb, 0, 1), cv2.GaussianBlur(a, (0, 0), 1)]).astype(np.float32)


# --------------------------------------------------------------------------- scene helpers
def make_bg(kind, h, w, rng):
    if kind == "wood":
        return bg_wood(h, w, rng)
    if kind == "darkwood":
        return bg_wood(h, w, rng, dark=True)
    if kind == "cloth_gray":
        return bg_cloth(h, w, rng, (0.58, 0.58, 0.56))
    if kind == "cloth_blue":
        return bg_cloth(h, w, rng, (0.22, 0.30, 0.45), 6.0)
    if kind == "cloth_beige":
        return bg_cloth(h, w, rng, (0.74, 0.66, 0.52), 4.0)
    if kind == "cloth_red":
        return bg_cloth(h, w, rng, (0.66, 0.06, 0.08), 6.0)
    if kind == "dark":
        return bg_dark(h, w, rng)
    if kind == "gray_desk":
        return bg_dark(h, w, rng, (0.45, 0.46, 0.47))
    raise ValueError(kind)


def page_M(rot, tx, ty, s=0.8):
    return affine3(rot, tx, ty, scale=s)


def corners_of(w, h, M):
    pts = np.array([[0, 0, 1], [w, 0, 1], [w, h, 1], [0, h, 1]], np.float64).T
    q = M @ pts
    return (q[:2] / q[2]).T


def photo(pages, Ms, rng, out_wh, bg_kind, fill=0.82, persp=0.0, tilt="top", rot=0.0, shift=(0, 0), jitter=0.01,
          objects=(), shadow=(14, 10, 18, 0.35), roi=None):
    pts = np.vstack([corners_of(p.w, p.h, M) for p, M in zip(pages, Ms)])
    if roi is None:
        roi = (pts[:, 0].min(), pts[:, 1].min(), pts[:, 0].max(), pts[:, 1].max())
    x0, y0, x1, y1 = roi
    H = camera_H(roi, out_wh, rng, fill=fill, persp=persp, rot=rot, jitter=jitter, shift=shift, tilt_dir=tilt)
    # background big enough for the whole view
    inv = np.linalg.inv(H)
    W, Hh = out_wh
    ic = inv @ np.array([[0, W, W, 0], [0, 0, Hh, Hh], [1, 1, 1, 1]], np.float64)
    ic = (ic[:2] / ic[2]).T
    bx0, by0 = min(ic[:, 0].min(), x0) - 20, min(ic[:, 1].min(), y0) - 20
    bx1, by1 = max(ic[:, 0].max(), x1) + 20, max(ic[:, 1].max(), y1) + 20
    bs = 0.5
    bw, bh = int((bx1 - bx0) * bs) + 2, int((by1 - by0) * bs) + 2
    bg = make_bg(bg_kind, bh, bw, rng)
    bg_T = np.array([[1 / bs, 0, bx0], [0, 1 / bs, by0], [0, 0, 1]], np.float64)
    img, seals, vis = render(pages, Ms, H, out_wh, bg, bg_T, rng, shadow=shadow, objects=objects)
    return img, seals, H


def scan(page, rng, out_h=1600, margins=(-6, -6, 24, -6), rot=0.35, lid=(0.16, 0.16, 0.17)):
    """Flat scan: page scaled to out_h-ish; margins (left, top, right, bottom) in output pixels, negative = cropped."""
    ml, mt, mr, mb = margins
    s = (out_h - mt - mb) / page.h
    W = int(round(page.w * s + ml + mr))
    Hh = int(out_h)
    M = affine3(rot, 0, 0, scale=1.0, cx=page.w / 2, cy=page.h / 2)
    H = np.array([[s, 0, ml], [0, s, mt], [0, 0, 1]], np.float64)
    bg = bg_flat(Hh // 2 + 2, W // 2 + 2, rng, lid)
    bg_T = np.linalg.inv(H) @ np.diag([2.0, 2.0, 1.0])
    img, seals, vis = render([page], [M], H, (W, Hh), bg, bg_T, rng, shadow=(2, 2, 3, 0.45))
    return img, seals


# --------------------------------------------------------------------------- screenshots
def _rounded_mask(w, h, r):
    m = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m).rounded_rectangle([0, 0, w - 1, h - 1], r, fill=255)
    return m


def chat_screenshot(rng, title, msgs, out_w=720):
    """Draw a messaging-app screen at 1080x2340; msgs: dicts side l/r, text or image (uint8 rgb + seal list)."""
    W, H = 1080, 2340
    im = Image.new("RGB", (W, H), (237, 237, 237))
    d = ImageDraw.Draw(im)
    d.text((60, 58), "10:24", font=font("sans_b", 40), fill=(20, 20, 20), anchor="lm")
    for k in range(4):
        d.rectangle([850 + k * 16, 70 - k * 8, 860 + k * 16, 78], fill=(20, 20, 20))
    d.rounded_rectangle([940, 44, 1010, 74], 6, outline=(20, 20, 20), width=3)
    d.rectangle([946, 50, 990, 68], fill=(20, 20, 20))
    d.text((W / 2, 180), title, font=font("sans", 48), fill=(20, 20, 20), anchor="mm")
    d.line([(50, 160), (30, 180), (50, 200)], fill=(20, 20, 20), width=5)
    d.text((W - 70, 180), "···", font=font("sans_b", 48), fill=(20, 20, 20), anchor="mm")
    d.line([(0, 255), (W, 255)], fill=(215, 215, 215), width=2)
    y = 300
    placed = []
    f = font("sans", 46)
    lines_out = []
    for m in msgs:
        if m.get("time"):
            d.text((W / 2, y + 20), m["time"], font=font("sans", 34), fill=(150, 150, 150), anchor="mm")
            y += 90
            continue
        side = m["side"]
        ax = 30 if side == "l" else W - 150
        d.rounded_rectangle([ax, y, ax + 120, y + 120], 14, fill=m.get("avatar", (90, 140, 200) if side == "l" else (120, 170, 120)))
        d.text((ax + 60, y + 60), m.get("avatar_ch", "客" if side == "l" else "我"), font=font("sans_b", 56),
               fill=(255, 255, 255), anchor="mm")
        if "text" in m:
            maxw = 700
            lines, cur = [], ""
            for ch in m["text"]:
                if f.getlength(cur + ch) > maxw and cur:
                    lines.append(cur)
                    cur = ch
                else:
                    cur += ch
            lines.append(cur)
            bw = int(max(f.getlength(t) for t in lines)) + 64
            bh = len(lines) * 66 + 52
            bx = 175 if side == "l" else W - 175 - bw
            col = (255, 255, 255) if side == "l" else (149, 236, 105)
            d.rounded_rectangle([bx, y, bx + bw, y + bh], 14, fill=col)
            tx = bx if side == "l" else bx + bw
            d.polygon([(tx, y + 40), (tx - 16 if side == "l" else tx + 16, y + 55), (tx, y + 70)], fill=col)
            for i, t in enumerate(lines):
                d.text((bx + 32, y + 26 + i * 66), t, font=f, fill=(25, 25, 25))
                lines_out.append(t)
            y += max(bh, 120) + 44
        else:
            arr = m["image"]
            bw = m.get("width", 560)
            sc = bw / arr.shape[1]
            bh = int(round(arr.shape[0] * sc))
            bx = 175 if side == "l" else W - 175 - bw
            pic = Image.fromarray(arr).resize((bw, bh), Image.LANCZOS)
            im.paste(pic, (bx, y), _rounded_mask(bw, bh, 14))
            placed.append((m, bx, y, sc))
            y += bh + 44
    # input bar
    d.rectangle([0, H - 190, W, H], fill=(246, 246, 246))
    d.line([(0, H - 190), (W, H - 190)], fill=(215, 215, 215), width=2)
    d.rounded_rectangle([140, H - 160, W - 250, H - 70], 12, fill=(255, 255, 255))
    for cx in (70, W - 190, W - 80):
        d.ellipse([cx - 34, H - 149, cx + 34, H - 81], outline=(40, 40, 40), width=4)
    k = out_w / W
    out = im.resize((out_w, int(round(H * k))), Image.LANCZOS)
    seals = []
    for m, bx, by, sc in placed:
        for s in m.get("seals", []):
            s = dict(s)
            if s.get("box"):
                x, yy, w, h = s["box"]
                x0, y0 = (bx + x * sc) * k, (by + yy * sc) * k
                x1, y1 = (bx + (x + w) * sc) * k, (by + (yy + h) * sc) * k
                s["box"] = [int(math.floor(x0)), int(math.floor(y0)), int(math.ceil(x1 - math.floor(x0))),
                            int(math.ceil(y1 - math.floor(y0)))]
            seals.append(s)
    return np.asarray(out), seals, lines_out


def viewer_screenshot(arr, seal_list, out_w=720, caption="2/3"):
    W, H = 1080, 2340
    im = Image.new("RGB", (W, H), (0, 0, 0))
    d = ImageDraw.Draw(im)
    sc = W / arr.shape[1]
    bh = int(round(arr.shape[0] * sc))
    by = (H - bh) // 2
    im.paste(Image.fromarray(arr).resize((W, bh), Image.LANCZOS), (0, by))
    d.text((60, 58), "21:07", font=font("sans_b", 40), fill=(235, 235, 235), anchor="lm")
    d.text((W / 2, 170), caption, font=font("sans", 42), fill=(235, 235, 235), anchor="mm")
    d.text((W - 90, H - 140), "···", font=font("sans_b", 56), fill=(235, 235, 235), anchor="mm")
    k = out_w / W
    out = im.resize((out_w, int(round(H * k))), Image.LANCZOS)
    seals = []
    for s in seal_list:
        s = dict(s)
        if s.get("box"):
            x, y, w, h = s["box"]
            x0, y0 = x * sc * k, (by + y * sc) * k
            x1, y1 = (x + w) * sc * k, (by + (y + h) * sc) * k
            s["box"] = [int(math.floor(x0)), int(math.floor(y0)), int(math.ceil(x1 - math.floor(x0))),
                        int(math.ceil(y1 - math.floor(y0)))]
        seals.append(s)
    return np.asarray(out), seals


# --------------------------------------------------------------------------- items
BODY_FONTS = ["serif", "ming", "sans", "zenhei", "microhei"]
TITLE_FONTS = ["sans_b", "serif_b", "zenhei"]
FORGED_BASE = ["image.edited", "sms.impersonation", "text.spaced"]

LENDERS = ["深圳市鑫盛小额贷款有限公司", "汇通网络小额贷款有限公司", "重庆市安泰融资担保有限公司"]
COLLECT_COS = ["融达信息科技有限公司", "恒信商务咨询有限公司", "杭州惠捷网络科技有限公司"]
FIRMS = ["北京正衡律师事务所", "上海锦诚律师事务所", "广东粤信律师事务所", "浙江明德律师事务所"]
BANK = "华兴银行股份有限公司杭州分行"


def lawful_forbid(neutral=()):
    return [m for m in ALL_MARKERS if m not in neutral]


def new_page(rng, bf=None, tf=None, body=None, **kw):
    return Page(rng, body_font=bf or str(rng.choice(BODY_FONTS)), title_font=tf or str(rng.choice(TITLE_FONTS)),
                body=body or int(rng.integers(28, 33)), **kw)


def fin(img, rng, cast=(1, 1, 1), lo=0.8, hi=1.04, vignette=0.16, shadows=(), blur=0.75, noise=2.6, **kw):
    Hh, W = img.shape[:2]
    return finish(img, rng, light=light_field(W, Hh, rng, lo, hi, vignette), cast=cast, shadows=shadows, blur=blur,
                  noise=noise, **kw)


def R_(rng, a=108, b=126):
    return float(rng.uniform(a, b))


def item_01(rng):
    p = new_page(rng, bf="serif")
    lender = LENDERS[0]
    contract_page(p, rng, 2, 4, lender, "王建国", 3, 9, "XS-JK-2024-0618-0372")
    p.riding_stamp("right", 0.50, R_(rng), rng.uniform(700, 1100), lender, "star", "red", label="合同专用章")
    img, seals, _ = photo([p], [page_M(2.0, 0, 0)], rng, (1200, 1600), "wood", fill=0.8, persp=0.08, rot=-2.5)
    return dict(img=fin(img, rng, cast=(1.04, 1.0, 0.93)), seals=seals, pages=[p], kind="photo", doc_type="other",
                lawful=True, expect=[], forbid=lawful_forbid(),
                text_contains=["第四条", "还款方式", "第 2 页 共 4 页"],
                notes="Loan contract page 2/4 on a wooden table; riding seal (bright red, about half the disc) cut by the "
                      "paper's right edge against the wood; no other seal.")


def item_02(rng):
    p = new_page(rng, bf="ming", tf="serif_b")
    firm = FIRMS[0]
    p.center(firm, key=p.tf, size=int(p.bs * 1.45), lh=1.4)
    p.text_at(p.w / 2, p.y, "地址：朝阳区建国路88号华贸中心3座12层　电话：010-6588 3210", p.bf, 20, anchor="ma")
    p.y += 36
    p.hline(p.y, width=3)
    p.y += 40
    p.center("律师函", key=p.tf, size=int(p.bs * 1.8), lh=1.6)
    p.right("正衡律函字〔2024〕第0318号", size=int(p.bs * 0.85))
    p.left("致：李明先生")
    for t in ["本所接受华兴银行股份有限公司杭州分行（以下简称“委托人”）的委托，指派本所律师就您与委托人之间的信用卡欠款事宜致函如下：",
              "一、根据委托人提供的资料，您于2021年3月向委托人申领信用卡一张（卡号尾号6621），并按约定使用该卡进行消费。"
              "截至2024年6月30日，该卡账户尚欠本金人民币18,532.40元及相应利息。",
              "二、根据双方签订的《信用卡领用合约》，您应按期归还信用卡欠款。委托人多次通过电话及短信提醒您还款，但上述款项至今未归还。",
              "三、委托人愿意在依法合规的前提下与您协商还款方案。请您通过委托人官方客服热线或营业网点与委托人联系，核实欠款金额，商议还款事宜。",
              "四、如您对欠款金额有异议，可携带相关凭证向委托人提出，也可与本所承办律师联系。本所将如实向委托人转达您的意见。"]:
        p.para(t)
    p.footer("第 1 页 共 2 页")
    p.riding_stamp("right", 0.45, R_(rng), rng.uniform(800, 1200), firm, "star", "orange")
    img, seals, _ = photo([p], [page_M(-1.5, 0, 0)], rng, (1200, 1600), "cloth_gray", fill=0.8, persp=0.12, rot=1.5,
                          tilt="bottom")
    return dict(img=fin(img, rng, cast=(1.0, 1.0, 1.02)), seals=seals, pages=[p], kind="photo",
                doc_type="lawyer_letter", lawful=True, expect=[], forbid=lawful_forbid(),
                text_contains=["律师函", "北京正衡律师事务所", "正衡律函字"],
                notes="Genuine-style lawyer's letter, page 1 of 2, on grey cloth; only seal is an orange-red riding seal "
                      "(about 45% of the disc) cut by the paper's right edge. A found (half) seal: seal.missing must not fire.")


def repay_page(rng, lender, borrower, pno=2, total=2, bf=None):
    p = new_page(rng, bf=bf)
    if pno > 1:
        p.text_at(p.w - p.margin, 80, "还款协议书（续）", p.bf, 22, anchor="ra")
    anchors = repay_agreement(p, rng, lender, borrower, int(rng.choice([12600, 18000, 24360])),
                              int(rng.choice([6, 12])), pno=pno, total=total)
    return p, anchors


def item_03(rng):
    lender = LENDERS[1]
    p, a = repay_page(rng, lender, "陈晓东", 2, 2, bf="sans")
    p.signature(*a["borrower_sign"], "陈晓东")
    r = R_(rng)
    p.stamp(a["lender_seal"][0], a["lender_seal"][1], r, lender, "star", "crimson", number="5001120034521")
    p.riding_stamp("left", 0.55, r, rng.uniform(500, 800), lender, "star", "crimson", number="5001120034521")
    img, seals, _ = photo([p], [page_M(1.0, 0, 0)], rng, (1200, 1600), "dark", fill=0.84, persp=0.1, rot=2.0,
                          shadow=(10, 12, 14, 0.5))
    return dict(img=fin(img, rng, cast=(1.02, 1.0, 0.97), lo=0.75, hi=1.0), seals=seals, pages=[p], kind="photo",
                doc_type="other", lawful=True, expect=[], forbid=lawful_forbid(),
                text_contains=["还款协议书", lender],
                notes="Repayment agreement, last page, on a dark desk: one full crimson company seal over the signature "
                      "line and one crimson riding seal (about 55%) cut by the paper's LEFT edge.")


def item_04(rng):
    p = new_page(rng, bf="serif", tf="serif_b")
    lender = LENDERS[0]
    contract_page(p, rng, 3, 5, lender, "刘芳", 6, 8, "XS-JK-2024-0703-1185")
    p.riding_stamp("right", 0.60, R_(rng), rng.uniform(600, 1150), lender, "star", "red", label="合同专用章",
                   number="4403050123456")
    img, seals = scan(p, rng, 1600, margins=(-8, -10, 22, -6), rot=0.4, lid=(0.12, 0.12, 0.13))
    return dict(img=finish_scan(img, rng), seals=seals, pages=[p], kind="scan", doc_type="other", lawful=True,
                expect=[], forbid=lawful_forbid(), text_contains=["第七条", "第 3 页 共 5 页"],
                notes="Flat scan of contract page 3/5; riding seal (about 60%) cut by the paper's right edge, with a "
                      "thin strip of dark scanner background at the right image border.")


def item_05(rng):
    p = new_page(rng, bf="microhei", tf="sans_b")
    lender = LENDERS[2]
    contract_page(p, rng, 2, 3, lender, "赵磊", 2, 8, "AT-DB-2024-0091", title="委托担保合同")
    p.riding_stamp("bottom", 0.42, R_(rng), rng.uniform(350, 900), lender, "star", "halfdry")
    img, seals = scan(p, rng, 1600, margins=(-6, -12, -6, 26), rot=-0.5, lid=(0.55, 0.56, 0.58))
    return dict(img=finish_scan(img, rng, white=0.92), seals=seals, pages=[p], kind="scan", doc_type="other",
                lawful=True, expect=[], forbid=lawful_forbid(), text_contains=["第三条", "第 2 页 共 3 页"],
                notes="Flat scan; half-dry (patchy) riding seal, about 42% of the disc, cut by the paper's BOTTOM edge, "
                      "thin grey scanner-lid margin at the bottom border.")


def contract_stack(rng, n, lender, borrower, cno, total, first_pno, bf):
    pages = []
    for k in range(n):
        pno = first_pno + k
        p = new_page(rng, bf=bf, body=30)
        contract_page(p, rng, pno, total, lender, borrower, max(0, (pno - 1) * 3 - 1), 4, cno)
        pages.append(p)
    return pages


def item_06(rng):
    lender = LENDERS[1]
    pages = contract_stack(rng, 3, lender, "孙丽", "HT-XD-2024-0412-0077", 4, 2, "serif")
    r = R_(rng, 112, 120)
    along = rng.uniform(700, 1000)
    for p, f in zip(pages, (0.50, 0.47, 0.53)):
        p.riding_stamp("right", f, r, along + rng.uniform(-6, 6), lender, "star", "red", label="合同专用章")
    dx = 150
    order = pages[::-1]  # bottom first: page 4, 3, 2
    Ms = [page_M(-1.0 + 0.6 * i, (2 - i) * dx, (2 - i) * 22) for i in range(3)]
    img, seals, _ = photo(order, Ms, rng, (1600, 1200), "wood", fill=0.9, persp=0.06, rot=1.0)
    return dict(img=fin(img, rng, cast=(1.03, 1.0, 0.95)), seals=seals, pages=order, kind="photo", doc_type="other",
                lawful=True, expect=[], forbid=lawful_forbid(), text_contains=["合同编号", "第 2 页 共 4 页"],
                notes="Fanned stack of three contract pages (2, 3, 4 of 4) on wood; each page shows its own riding-seal "
                      "slice on its right edge; every slice with at least ~35% of the disc visible is labelled.")


def item_07(rng):
    lender = LENDERS[0]
    pages = contract_stack(rng, 2, lender, "周强", "XS-JK-2024-0820-0456", 3, 1, "ming")
    r = R_(rng, 110, 118)
    along = rng.uniform(520, 760)
    for p, f in zip(pages, (0.50, 0.55)):
        p.riding_stamp("bottom", f, r, along, lender, "star", "orange")
    order = pages[::-1]
    Ms = [page_M(0.8, 30, 165), page_M(-0.6, 0, 0)]
    img, seals, _ = photo(order, Ms, rng, (1200, 1600), "dark", fill=0.86, persp=0.1, rot=-1.5,
                          shadow=(10, 14, 14, 0.55))
    return dict(img=fin(img, rng, lo=0.72, hi=1.02), seals=seals, pages=order, kind="photo", doc_type="other",
                lawful=True, expect=[], forbid=lawful_forbid(), text_contains=["借款合同", "第 1 页 共 3 页"],
                notes="Two contract pages fanned downwards on a dark desk; orange-red riding-seal slices sit on each "
                      "page's BOTTOM edge (top page and the strip of the page below).")


def item_08(rng):
    p = new_page(rng, bf="serif", tf="serif_b", body=31)
    court, case = "北京市朝阳区人民法院", "（2024）京0105民初12345号"
    judgment_page(p, rng, court, case, 3, 6)
    p.riding_stamp("right", 0.50, R_(rng, 122, 132), rng.uniform(650, 1100), court, "emblem", "red")
    img, seals, _ = photo([p], [page_M(1.2, 0, 0)], rng, (1200, 1600), "cloth_beige", fill=0.82, persp=0.1, rot=-1.0)
    return dict(img=fin(img, rng, cast=(0.92, 0.98, 1.08)), seals=seals, pages=[p], kind="photo", doc_type="other",
                lawful=True, expect=[], forbid=lawful_forbid(("lawsuit.threat",)), text_contains=["本院认为", case],
                notes="Civil judgment page 3/6 under cool light; a court riding seal (emblem centre, about half the disc) "
                      "cut by the paper's right edge. Neutral (not scored): lawsuit.threat, since a real judgment "
                      "talks about the lawsuit.")


def item_09(rng):
    lender = LENDERS[0]
    p = new_page(rng, bf="zenhei", tf="sans_b")
    a = contract_page(p, rng, 4, 4, lender, "吴敏", len(CONTRACT_CLAUSES) - 4, 4, "XS-JK-2024-0905-0913", sign=True)
    p.signature(*a["borrower_sign"], "吴敏")
    r = R_(rng)
    p.stamp(*a["lender_seal"], r, lender, "star", "crimson", label="合同专用章", number="4403050123456")
    p.riding_stamp("right", 0.58, r, rng.uniform(380, 700), lender, "star", "crimson", label="合同专用章",
                   number="4403050123456")
    img, seals, _ = photo([p], [page_M(0, 0, 0)], rng, (1200, 1600), "cloth_blue", fill=0.86, persp=0.32,
                          tilt="top", rot=4.0)
    return dict(img=fin(img, rng, cast=(1.1, 1.0, 0.82)), seals=seals, pages=[p], kind="photo", doc_type="other",
                lawful=True, expect=[], forbid=lawful_forbid(), text_contains=["甲方（盖章）", "第 4 页 共 4 页"],
                notes="Contract signature page shot at a strong angle under warm light on blue cloth: a full crimson "
                      "contract seal on the signature block plus a crimson riding seal (about 58%) on the right edge.")


def item_10(rng):
    firm = FIRMS[1]
    p = new_page(rng, bf="serif", tf="serif_b")
    p.text_at(p.w - p.margin, 80, "锦诚律函字〔2024〕第1207号", p.bf, 22, anchor="ra")
    for t in ["五、根据委托人提供的还款记录，您最近一次还款时间为2024年2月15日，此后未再还款。委托人已为您保留申请分期还款的渠道，"
              "您可在工作日通过委托人官方应用程序提交申请。",
              "六、本函仅为就上述欠款事宜与您沟通之用。如您已经结清上述款项，请忽略本函，并可向委托人索取结清证明。",
              "本所承办律师联系方式：021-5878 1206（工作日9:00-17:30）。"]:
        p.para(t)
    p.skip(0.8)
    p.left("此致", x=p.margin + p.bs * 2)
    p.left("敬礼", x=p.margin)
    p.skip(1.0)
    xr = p.w - p.margin - 60
    ys = p.y
    p.right(firm, x=xr)
    p.right("承办律师：陈静", x=xr)
    p.right("2024年7月12日", x=xr)
    fw = font(p.bf, p.bs).getlength(firm)
    r = R_(rng)
    p.stamp(xr - fw * 0.5, ys + p.bs * 1.4, r, firm, "star", "orange")
    p.footer("第 2 页 共 2 页")
    p.riding_stamp("left", 0.48, r, rng.uniform(400, 700), firm, "star", "orange")
    img, seals = scan(p, rng, 1600, margins=(18, -8, -10, -8), rot=-0.3, lid=(0.20, 0.20, 0.21))
    return dict(img=finish_scan(img, rng), seals=seals, pages=[p], kind="scan", doc_type="lawyer_letter", lawful=True,
                expect=[], forbid=lawful_forbid(), text_contains=[firm, "承办律师", "第 2 页 共 2 页"],
                notes="Scan of a lawyer's letter page 2/2: full orange-red law-firm seal on the date line and a riding "
                      "seal (about 48%) cut by the paper's LEFT edge next to a thin dark scanner margin.")


def settlement_or_statement_page(rng, kind, bf=None):
    p = new_page(rng, bf=bf)
    if kind == "statement2":
        p.text_at(p.w - p.margin, 80, "个人贷款对账单（第2页）", p.bf, 22, anchor="ra")
        p.y = 300
        p.left("二、还款明细", key=p.tf)
        rows = [("期数", "应还日期", "应还金额（元）", "实还金额（元）", "状态")]
        for k in range(7, 19):
            rows.append((f"第{k}期", f"2024-{(k - 7) % 12 + 1:02d}-15", "2,318.60", "2,318.60" if k < 15 else "0.00",
                         "已还" if k < 15 else "未到期"))
        xs = [p.margin, p.margin + 150, p.margin + 390, p.margin + 630, p.margin + 860]
        for i, row in enumerate(rows):
            for x, t in zip(xs, row):
                p.text_at(x, p.y, t, p.bf, p.bs * 0.9)
            p.y += p.bs * 1.7
            if i == 0:
                p.hline(p.y - 8, width=2)
        p.skip(0.8)
        p.para("说明：以上数据截至2024年8月31日。如对账单内容有疑问，请在收到本对账单后拨打我行客服热线或到任一营业网点咨询。")
        p.footer("第 2 页 共 2 页")
    return p


def item_11(rng):
    p = settlement_or_statement_page(rng, "statement2", bf="sans")
    p.riding_stamp("top", 0.45, R_(rng), rng.uniform(450, 800), BANK, "star", "faint")
    img, seals, _ = photo([p], [page_M(-2.0, 0, 0)], rng, (1200, 1600), "wood", fill=0.8, persp=0.1, rot=1.0,
                          tilt="bottom")
    return dict(img=fin(img, rng), seals=seals, pages=[p], kind="photo", doc_type="other", lawful=True, expect=[],
                forbid=lawful_forbid(), text_contains=["还款明细", "应还日期"],
                notes="Bank loan statement page 2/2 on wood; a faint, uneven bank riding seal (about 45%) cut by the "
                      "paper's TOP edge.")


def item_12(rng):
    lender = LENDERS[1]
    pages = contract_stack(rng, 4, lender, "郑伟", "HT-XD-2024-0611-0321", 4, 1, "zenhei")
    r = R_(rng, 112, 118)
    along = rng.uniform(800, 1000)
    for p, f in zip(pages, (0.50, 0.52, 0.48, 0.55)):
        p.riding_stamp("right", f, r, along, lender, "star", "crimson")
    order = pages[::-1]
    dxs = [0, 118, 138, 262]  # bottom page (4) farthest right; page 3 mostly covered
    Ms = [page_M(2.4 - 0.8 * i, dxs[3 - i], (3 - i) * 34) for i in range(4)]
    img, seals, _ = photo(order, Ms, rng, (1600, 1200), "dark", fill=0.9, persp=0.08, rot=-1.0,
                          shadow=(10, 10, 12, 0.5))
    return dict(img=fin(img, rng, lo=0.74, hi=1.02), seals=seals, pages=order, kind="photo", doc_type="other",
                lawful=True, expect=[], forbid=lawful_forbid(), text_contains=["借款合同"],
                notes="Four contract pages fanned on a dark desk; crimson riding-seal slices on each page's right edge. "
                      "Slices covered by the page above so that less than ~35% of the disc shows are not labelled "
                      "(listed in seals_ignore).")


def forged_restriction_body(person, platform):
    return [f"被执行人{person}在{platform}平台借款逾期未还，经多次催告仍拒不履行还款义务。本院依法决定对你采取限制消费措施，"
            "并将你列入失信被执行人名单，通报你所在单位及户籍所在地。",
            "自本令送达之日起，你不得乘坐飞机、高铁，不得入住星级宾馆，你的子女不得就读私立学校，不得参加公务员考试。",
            f"请你在收到本令后48小时内联系{platform}结清全部欠款，逾期未处理的，本院将依法冻结你名下全部银行账户。"]


def item_13(rng):
    co = COLLECT_COS[0]
    p = new_page(rng, bf="sans", tf="sans_b")
    a = restriction_page(p, rng, "北京市朝阳区人民法院", "（2024）京0105执3321号", "刘洋",
                         body=forged_restriction_body("刘洋", "融达"))
    r = R_(rng)
    p.stamp(*a["seal"], r, co, "star", "red", number="1101080456712")
    p.riding_stamp("right", 0.50, r, rng.uniform(500, 800), co, "star", "red", number="1101080456712")
    img, seals, _ = photo([p], [page_M(1.5, 0, 0)], rng, (1200, 1600), "darkwood", fill=0.82, persp=0.1, rot=-2.0)
    return dict(img=fin(img, rng), seals=seals, pages=[p], kind="photo", doc_type="restriction_order", lawful=False,
                expect=["seal.issuer_mismatch"],
                forbid=FORGED_BASE + ["seal.missing", "doc.case_number_invalid"],
                text_contains=["限制消费令", "（2024）京0105执3321号"],
                notes="Forged consumption-restriction order in a court's name carrying a COMPANY seal (star, ring text "
                      "融达信息科技有限公司) on the date line plus the same company seal as a riding seal on the right "
                      "edge; well-formed case number.")


def item_14(rng):
    p = new_page(rng, bf="ming", tf="serif_b")
    court, case = "深圳市南山区人民法院", "（2024）粤0305民初8812号"
    a = ruling_page(p, rng, court, case, LENDERS[0], "黄志刚", "二〇二四年五月二十七日")
    p.stamp(*a["seal"], R_(rng, 124, 134), court, "emblem", "faint")
    img, seals, _ = photo([p], [page_M(-1.0, 0, 0)], rng, (1200, 1600), "gray_desk", fill=0.84, persp=0.14, rot=2.0,
                          tilt="bottom")
    return dict(img=fin(img, rng, cast=(0.88, 0.97, 1.12), lo=0.82, hi=1.05), seals=seals, pages=[p], kind="photo",
                doc_type="other", lawful=True, expect=[], forbid=lawful_forbid(("lawsuit.threat",)),
                text_contains=["民事裁定书", case, "准许原告"],
                notes="Civil ruling (withdrawal approved) under a cool blue cast; the court seal (emblem) is faint over "
                      "the date and judge lines. Neutral (not scored): lawsuit.threat (a real ruling names the case).")


def item_15(rng):
    lender = LENDERS[1]
    p = new_page(rng, bf="serif", tf="sans_b")
    a = contract_page(p, rng, 5, 5, lender, "林海", len(CONTRACT_CLAUSES) - 3, 3, "HT-XD-2024-0715-0533", sign=True)
    sx, sy = a["lender_seal"]
    p.signature(p.margin + 330, sy + p.bs * 1.2, "马国栋", size=84, color=(0.05, 0.05, 0.07))
    p.signature(*a["borrower_sign"], "林海")
    p.stamp(sx - 20, sy + 25, R_(rng), lender, "star", "red", label="合同专用章")
    img, seals, _ = photo([p], [page_M(0.5, 0, 0)], rng, (1200, 1600), "wood", fill=0.86, persp=0.12, rot=-3.0)
    return dict(img=fin(img, rng, cast=(1.12, 1.0, 0.80), lo=0.78, hi=1.02), seals=seals, pages=[p], kind="photo",
                doc_type="other", lawful=True, expect=[], forbid=lawful_forbid(),
                text_contains=["甲方（盖章）", "第 5 页 共 5 页"],
                notes="Contract signature page under warm tungsten light: the contract seal is stamped over printed "
                      "text and a black handwritten signature.")


def genuine_lawyer_body():
    return ["本所接受华兴银行股份有限公司杭州分行（以下简称“委托人”）的委托，就您与委托人之间的个人消费贷款欠款事宜致函如下：",
            "截至2024年6月30日，您在委托人处办理的个人消费贷款（合同编号HX-XF-2022-08815）尚欠本金人民币36,200.00元及相应利息。"
            "委托人已多次通过电话、短信提醒您按期还款。",
            "委托人愿意在依法合规的前提下与您协商还款方案。请您通过委托人官方客服热线或营业网点与委托人联系，核实欠款金额并商议还款事宜。",
            "如您对欠款金额有异议，可携带相关凭证向委托人提出，也可与本所承办律师联系，本所将如实向委托人转达您的意见。",
            "本函仅就上述欠款事宜与您沟通，如您已经结清上述款项，请忽略本函。"]


def item_16(rng):
    firm = FIRMS[3]
    p = new_page(rng, bf="serif", tf="serif_b")
    a = lawyer_letter(p, rng, firm, BANK, "张丽娟女士", "2024年7月8日", "明德律函字〔2024〕第0562号",
                      genuine_lawyer_body(), "许文斌")
    p.stamp(*a["seal"], R_(rng), firm, "star", "red")
    img, seals, H = photo([p], [page_M(1.0, 0, 0)], rng, (1200, 1600), "cloth_beige", fill=0.84, persp=0.1, rot=-1.0)
    s = seals[0]["box"]
    cx, cy = s[0] + s[2] * 0.5, s[1] + s[3] * 0.5
    hs = hand_shadow(1200, 1600, cx + 85, cy + 150, 90, -32, rng)
    out = fin(img, rng, shadows=[(hs, 0.55, (0.15, 0.17, 0.25))], lo=0.85, hi=1.05)
    return dict(img=out, seals=seals, pages=[p], kind="photo", doc_type="lawyer_letter", lawful=True, expect=[],
                forbid=lawful_forbid(), text_contains=["律师函", firm, "明德律函字"],
                notes="Genuine-style lawyer's letter with the law firm's seal on the date line; a soft hand shadow falls "
                      "across the lower part of the seal.")


def item_17(rng):
    co = LENDERS[1]
    p = new_page(rng, bf="zenhei", tf="sans_b")
    a = restriction_page(p, rng, "北京市海淀区人民法院", "（2024）京执字第01234号", "高峰",
                         body=forged_restriction_body("高峰", "汇通"))
    p.stamp(*a["seal"], R_(rng), co, "star", "red", number="1101080023398")
    img, seals, _ = photo([p], [page_M(-1.0, 0, 0)], rng, (1200, 1600), "gray_desk", fill=0.8, persp=0.36,
                          tilt="left", rot=-5.0)
    return dict(img=fin(img, rng, lo=0.7, hi=1.05), seals=seals, pages=[p], kind="photo",
                doc_type="restriction_order", lawful=False,
                expect=["seal.issuer_mismatch", "doc.case_number_invalid"], forbid=FORGED_BASE + ["seal.missing"],
                text_contains=["限制消费令", "京执字第01234号"],
                notes="Forged consumption-restriction order photographed at a steep angle: a lending company's star "
                      "seal on a 'court' order and an old-style invalid case number （2024）京执字第01234号.")


def item_18(rng):
    lender = LENDERS[0]
    p, a = repay_page(rng, lender, "何静", 1, 1, bf="sans")
    p.signature(*a["borrower_sign"], "何静")
    p.stamp(*a["lender_seal"], R_(rng), lender, "star", "red", label="合同专用章")
    objs = [(obj_phone(rng), affine3(12, 1150, 200)), (obj_pen(rng), affine3(-28, -650, 1250))]
    img, seals, _ = photo([p], [page_M(-4.0, 0, 0, s=0.8)], rng, (1600, 1200), "wood", fill=0.42, persp=0.12,
                          rot=3.0, shift=(-0.08, 0.04), objects=objs)
    return dict(img=fin(img, rng, blur=0.9), seals=seals, pages=[p], kind="photo", doc_type="other", lawful=True,
                expect=[], forbid=lawful_forbid(), text_contains=["还款协议书"],
                notes="Repayment agreement photographed from afar on a wooden table next to a phone and a pen; the "
                      "company seal is small (radius about 25 px).")


def forged_letter_photo(rng, firm_name, body, seal=None, band=False, badge=False, pen=False, out=(900, 1200),
                        bg="wood", bf=None):
    p = new_page(rng, bf=bf)
    if band:
        header_band(p, 150, firm_name, "LAW FIRM · 诉讼 · 非诉 · 仲裁")
        a = lawyer_letter(p, rng, firm_name, None, "张先生", "2024年8月6日", None, body, None, header=False, band=180)
    else:
        a = lawyer_letter(p, rng, firm_name, None, "王先生", "2024年8月6日", None, body, None)
    return p, a


FORGED_LL_BODY = [
    "受融达信息科技有限公司委托，就你在该平台借款逾期一事郑重函告如下：截至本函发出之日，你已逾期62天，尚欠本息合计人民币12,680元。",
    "你的行为已严重违约，涉嫌恶意逃废债务。请你在收到本函后24小时内还清全部欠款，否则本所将立即起诉，"
    "届时你将承担全部诉讼费用及由此产生的一切法律后果。",
    "特此函告，望你慎重对待，切勿自误。"]


def item_19(rng):
    co = COLLECT_COS[1]
    p, a = forged_letter_photo(rng, "北京中和律师事务所", FORGED_LL_BODY, bf="sans")
    p.stamp(*a["seal"], R_(rng), co, "star", "red", number="1101050087123")
    img, seals, _ = photo([p], [page_M(-1.5, 0, 0)], rng, (900, 1200), "wood", fill=0.88, persp=0.08, rot=1.5)
    ph = fin(img, rng)
    msgs = [{"time": "昨天 20:13"},
            {"side": "l", "text": "王先生，你在融达平台的借款已逾期62天，公司已委托律师事务所处理。", "avatar_ch": "李"},
            {"side": "l", "image": ph, "seals": seals, "width": 620, "avatar_ch": "李"},
            {"side": "l", "text": "这是律师函，请你认真阅读。3天内不处理，立即起诉！", "avatar_ch": "李"},
            {"side": "r", "text": "我现在确实困难，能不能分期？"}]
    shot, seals2, lines = chat_screenshot(rng, "李经理", msgs)
    return dict(img=shot, seals=seals2, pages=[p], extra_lines=lines, kind="screenshot", doc_type="lawyer_letter",
                lawful=False, expect=["seal.issuer_mismatch", "lawsuit.threat"], forbid=FORGED_BASE + ["seal.missing",
                                                                                                   "doc.case_number_invalid"],
                text_contains=["律师函", "立即起诉"],
                notes="Chat screenshot: a collector sends a photo of a 'lawyer's letter' that carries a COMPANY seal "
                      "(恒信商务咨询有限公司, star) instead of a law-firm seal; the seal is small inside the image bubble.")


def item_20(rng):
    lender = LENDERS[0]
    p, a = repay_page(rng, lender, "李娜", 1, 1, bf="ming")
    p.signature(*a["borrower_sign"], "李娜")
    p.stamp(*a["lender_seal"], R_(rng), lender, "star", "dark", label="合同专用章", number="4403050123456")
    img, seals, _ = photo([p], [page_M(2.0, 0, 0)], rng, (1200, 1600), "dark", fill=0.85, persp=0.1, rot=-2.0,
                          shadow=(10, 12, 14, 0.5))
    return dict(img=fin(img, rng, lo=0.74, hi=1.0), seals=seals, pages=[p], kind="photo", doc_type="other",
                lawful=True, expect=[], forbid=lawful_forbid(), text_contains=["还款协议书", "签订日期"],
                notes="Repayment agreement on a dark desk; the company seal is over-inked, dark crimson and bleeding.")


def item_21(rng):
    p = new_page(rng, bf="serif", tf="serif_b", body=32)
    p.y = 260
    p.center("贷款结清证明", size=int(p.bs * 1.8), lh=2.0)
    p.left("王海涛先生（身份证号码：3301**********1537）：", x=p.margin)
    p.para("兹证明您于2022年6月在我行办理的个人消费贷款（合同编号：HX-XF-2022-06231），贷款本金人民币50,000.00元，"
           "已于2024年6月18日全部结清。截至本证明出具之日，该笔贷款项下无任何欠款。")
    p.para("我行已按规定向金融信用信息基础数据库报送该笔贷款的结清信息。")
    p.para("特此证明。")
    p.skip(2.5)
    xr = p.w - p.margin - 40
    ys = p.y
    p.right(BANK, x=xr)
    p.right("2024年6月20日", x=xr)
    fw = font(p.bf, p.bs).getlength(BANK)
    p.stamp(xr - fw * 0.45, ys + p.bs * 0.9, R_(rng), BANK, "star", "red")
    img, seals, _ = photo([p], [page_M(-0.5, 0, 0)], rng, (1200, 1600), "cloth_gray", fill=0.84, persp=0.08, rot=1.0)
    b = seals[0]["box"]
    ps = phone_shadow(1200, 1600, b[0] + b[2] * 0.9, b[1] + b[3] * 0.15, 330, 650, 28, 22)
    out = fin(img, rng, shadows=[(ps, 0.5, (0.1, 0.12, 0.18))])
    return dict(img=out, seals=seals, pages=[p], kind="photo", doc_type="other", lawful=True, expect=[],
                forbid=lawful_forbid(), text_contains=["贷款结清证明", "特此证明"],
                notes="Bank loan-settlement certificate with the bank's seal; the shadow of a phone held over the paper "
                      "covers part of the seal.")


def item_22(rng):
    p = new_page(rng, bf="serif", tf="serif_b")
    court, case = "上海市浦东新区人民法院", "（2024）沪0115民初23456号"
    a = summons_page(p, rng, court, case, "赵晓明", "2024年9月12日上午9时30分")
    p.stamp(*a["seal"], R_(rng, 124, 134), court, "emblem", "faint")
    img, seals = scan(p, rng, 1600, margins=(-4, -4, -4, -4), rot=0.25, lid=(0.95, 0.95, 0.94))
    return dict(img=finish_scan(img, rng, white=0.95), seals=seals, pages=[p], kind="scan", doc_type="court_summons",
                lawful=True, expect=[], forbid=lawful_forbid(("lawsuit.threat",)),
                text_contains=["传票", case, "本院第十二法庭"],
                notes="Scan of a genuine-style court summons with a well-formed case number; the court seal (emblem) is "
                      "faint/pale pink. Neutral (not scored): lawsuit.threat, since a real summons is about a lawsuit.")


def item_23(rng):
    firm = FIRMS[1]
    p = new_page(rng, bf="sans", tf="sans_b")
    a = summons_page(p, rng, "上海市闵行区人民法院", None, "钱磊", "收到本传票后24小时内", genuine=False,
                     extra=["一、被传唤人逾期不到的，本院将依法拘留。", "二、请被传唤人立即联系平台处理欠款。"])
    p.stamp(*a["seal"], R_(rng), firm, "star", "orange")
    img, seals, _ = photo([p], [page_M(1.0, 0, 0)], rng, (1200, 1600), "cloth_beige", fill=0.85, persp=0.18,
                          tilt="right", rot=2.0)
    return dict(img=fin(img, rng), seals=seals, pages=[p], kind="photo", doc_type="court_summons", lawful=False,
                expect=["seal.issuer_mismatch", "doc.case_number_invalid"], forbid=FORGED_BASE + ["seal.missing"],
                text_contains=["传票", "上海市闵行区人民法院"],
                notes="Forged court summons with no case number, stamped with a LAW FIRM's star seal "
                      "(上海锦诚律师事务所) instead of a court seal.")


def item_24(rng):
    lender, guar = LENDERS[1], LENDERS[2]
    p = new_page(rng, bf="microhei", tf="sans_b")
    anchors = repay_agreement(p, rng, lender, "许刚", 24360, 12)
    p.skip(0.6)
    yg = p.y
    p.left(f"丙方（担保人，盖章）：{guar}")
    p.signature(*anchors["borrower_sign"], "许刚")
    p.stamp(*anchors["lender_seal"], R_(rng), lender, "star", "red", label="合同专用章")
    p.stamp(p.margin + 560 + rng.uniform(-30, 30), yg + 10, R_(rng), guar, "star", "orange")
    img, seals, _ = photo([p], [page_M(0.0, 0, 0)], rng, (1200, 1600), "gray_desk", fill=0.86, persp=0.1, rot=1.0)
    out = fin(img, rng, cast=(0.94, 1.06, 0.90), blur=0.5, motion=(3, 20))
    return dict(img=out, seals=seals, pages=[p], kind="photo", doc_type="other", lawful=True, expect=[],
                forbid=lawful_forbid(), text_contains=["还款协议书"],
                notes="Repayment agreement with two seals (lender and guarantor, partly over text) under a greenish "
                      "fluorescent cast with slight motion blur.")


def item_25(rng):
    p = new_page(rng, bf="sans", tf="sans_b", body=31)
    t = Image.new("L", (p.w, p.h), 0)
    ImageDraw.Draw(t).text((p.margin, 110), "华兴银行", font=font("sans_b", 54), fill=255)
    mul_into(p.rgb, np.asarray(t, np.float32) / 255.0, PRINT_RED, 0, 0)
    p.lines.append("华兴银行")
    p.text_at(p.margin + 240, 132, "HUAXING BANK　杭州分行", "sans", 26)
    p.hline(200, width=2)
    p.y = 300
    p.center("还款提醒函", size=int(p.bs * 1.6), lh=2.0)
    p.left("尊敬的王先生：")
    for s in ["您好！您在我行办理的个人消费贷款（合同编号：HX-XF-2023-11902）本期还款日为2024年8月15日，本期应还金额人民币2,318.60元。",
              "请您在还款日前确保还款账户余额充足，以免影响您的个人信用记录。如您已还款，请忽略本提醒。",
              "如需查询账户信息或办理其他业务，请拨打我行客服热线或前往我行任一营业网点。感谢您对我行的支持！"]:
        p.para(s)
    p.skip(1.5)
    p.right("华兴银行股份有限公司杭州分行")
    p.right("2024年8月5日")
    semicircle_logo(p, "right", rng.uniform(800, 1000), 118)
    img, seals, _ = photo([p], [page_M(-1.5, 0, 0)], rng, (1200, 1600), "wood", fill=0.82, persp=0.1, rot=2.0)
    return dict(img=fin(img, rng), seals=seals, pages=[p], kind="photo", doc_type="other", lawful=True, expect=[],
                forbid=lawful_forbid(), text_contains=["还款提醒函", "2,318.60"],
                notes="HARD NEGATIVE: bank repayment reminder with a printed red semicircular logo cut by the paper's "
                      "right edge, exactly where a riding seal would be; red bank name in the header; no seal.")


def item_26(rng):
    p = new_page(rng, bf="serif", tf="sans_b")
    header_band(p, 150, "北京中和律师事务所", "ZHONGHE LAW FIRM · 诉讼 · 非诉 · 仲裁")
    p.y = 240
    lawyer_letter(p, rng, "北京中和律师事务所", None, "张先生", "2024年8月6日", None, FORGED_LL_BODY, None,
                  header=False)
    img, seals = scan(p, rng, 1600, margins=(-6, -6, -6, -6), rot=-0.4, lid=(0.95, 0.95, 0.94))
    return dict(img=finish_scan(img, rng, white=0.94), seals=seals, pages=[p], kind="scan", doc_type="lawyer_letter",
                lawful=False, expect=["seal.missing"],
                forbid=FORGED_BASE + ["seal.issuer_mismatch", "doc.case_number_invalid"],
                text_contains=["律师函", "立即起诉"],
                notes="HARD NEGATIVE: unsealed forged lawyer's letter with a red header band holding a round "
                      "emblem-like logo (balance scale in a ring); no seal anywhere.")


def item_27(rng):
    p = new_page(rng, bf="microhei", tf="sans_b", body=31)
    p.y = 260
    p.center(LENDERS[1], size=int(p.bs * 1.2), lh=1.6)
    p.center("关于调整客户服务时间的通知", size=int(p.bs * 1.5), lh=2.0)
    p.left("尊敬的客户：")
    for s in ["为更好地为您提供服务，自2024年9月1日起，我司客服热线服务时间调整为每日8:30至21:00。",
              "您也可以通过我司官方应用程序中的“在线客服”随时留言，我们将在服务时间内尽快回复。",
              "本次调整不影响您的借款合同及还款计划，您的还款日、还款金额均保持不变。感谢您的理解与支持！"]:
        p.para(s)
    p.skip(1.5)
    p.right(LENDERS[1])
    p.right("2024年8月20日")
    d_shape(p, rng.uniform(700, 1000), 120)
    arc_corner(p, "tr", 150)
    img, seals, _ = photo([p], [page_M(1.0, 0, 0)], rng, (1200, 1600), "cloth_blue", fill=0.84, persp=0.12, rot=-2.0,
                          tilt="bottom")
    return dict(img=fin(img, rng), seals=seals, pages=[p], kind="photo", doc_type="other", lawful=True, expect=[],
                forbid=lawful_forbid(), text_contains=["客户服务时间", "8:30"],
                notes="HARD NEGATIVE: customer notice with a printed red D-shaped decoration on the left edge, red arcs "
                      "and concentric arcs in the top-right corner; no seal.")


def item_28(rng):
    lender = LENDERS[0]
    p = new_page(rng, bf="serif")
    contract_page(p, rng, 2, 4, lender, "马超", 3, 8, "XS-JK-2024-0521-0217")
    circled_number(p, p.w - 110, p.h - 85, 2, R=30)
    for sub in ["年利率为", "按日计息", "上浮百分之三十"]:
        b = p.find(sub)
        if b:
            pen_loop(p, (b[0] + b[2]) / 2, (b[1] + b[3]) / 2 + 3, (b[2] - b[0]) / 2 + 18, (b[3] - b[1]) / 2 + 10, rng)
    for sub in ["第五条", "第六条"]:
        b = p.find(sub)
        if b:
            pen_tick(p, b[0] - 75, b[1] + 18, 40)
    b = p.find("还款计划表")
    if b:
        pen_underline(p, b[0] - 10, b[2] + 10, b[3] + 4, rng)
    img, seals, _ = photo([p], [page_M(-2.0, 0, 0)], rng, (1200, 1600), "wood", fill=0.8, persp=0.1, rot=2.5)
    return dict(img=fin(img, rng, cast=(1.04, 1.0, 0.94)), seals=seals, pages=[p], kind="photo", doc_type="other",
                lawful=True, expect=[], forbid=lawful_forbid(), text_contains=["第四条", "还款方式"],
                notes="HARD NEGATIVE: unsealed contract page with red ballpoint circles, ticks and an underline, and a "
                      "red circled page number in the bottom-right corner; no seal.")


def item_29(rng):
    p = new_page(rng, bf="sans", tf="sans_b", body=30)
    p.y = 220
    p.center("还款明细确认单", size=int(p.bs * 1.6), lh=2.0)
    p.left(f"借款人：孙晓燕　　　合同编号：HT-XD-2023-1208-0654")
    p.left(f"出借人：{LENDERS[1]}")
    p.skip(0.3)
    rows = [("序号", "还款日期", "还款金额（元）", "还款方式")]
    for k in range(1, 9):
        rows.append((str(k), f"2024-{k:02d}-15", "1,865.00", "对公账户转账" if k % 3 else "官方APP代扣"))
    xs = [p.margin, p.margin + 130, p.margin + 400, p.margin + 680]
    y0 = p.y
    for i, row in enumerate(rows):
        for x, t in zip(xs, row):
            p.text_at(x + 10, p.y, t, p.bf, p.bs * 0.92)
        p.y += p.bs * 1.75
        p.hline(p.y - 10, width=2)
    p.draw.rectangle([p.margin, y0 - 12, p.w - p.margin, p.y - 10], outline=255, width=3)
    p.skip(0.8)
    p.left("合计已还：人民币14,920.00元（壹万肆仟玖佰贰拾元整）")
    p.skip(0.5)
    p.para("经双方核对，上述还款记录真实无误，借款人已按约定履行至第八期。")
    p.skip(1.5)
    p.left("借款人确认：", x=p.margin)
    p.signature(p.margin + 210, p.y - p.bs * 1.9, "孙晓燕")
    rect_stamp(p, p.w - 330, y0 + 240, "已付", rng, rot=rng.uniform(-14, -6))
    rect_stamp(p, p.w - 360, p.y + 40, "核对无异", rng, rot=rng.uniform(4, 10))
    img, seals, _ = photo([p], [page_M(1.5, 0, 0)], rng, (1200, 1600), "dark", fill=0.84, persp=0.12, rot=-1.5,
                          shadow=(10, 12, 14, 0.5))
    return dict(img=fin(img, rng, lo=0.76, hi=1.02), seals=seals, pages=[p], kind="photo", doc_type="other",
                lawful=True, expect=[], forbid=lawful_forbid(), text_contains=["还款明细确认单", "14,920.00"],
                notes="HARD NEGATIVE: repayment record with two RECTANGULAR red rubber stamps (已付, 核对无异) and a "
                      "handwritten signature; no round seal.")


def item_30(rng):
    p = new_page(rng, bf="serif", tf="serif_b", body=31)
    p.y = 240
    p.center("客户资料更新通知", size=int(p.bs * 1.6), lh=2.0)
    p.left("尊敬的客户：")
    for s in ["根据金融监管部门关于客户身份识别的有关要求，我行需定期更新客户身份信息。",
              "请您于近期携带本人有效身份证件，前往我行任一营业网点办理个人身份信息更新手续。如您已完成更新，请忽略本通知。",
              "我行工作人员不会通过电话或短信向您索取密码、验证码等信息，请注意保护个人信息安全。"]:
        p.para(s)
    p.skip(1.5)
    p.right("华兴银行股份有限公司杭州分行")
    p.right("2024年9月2日")
    corner_ribbon(p, "加急")
    round_sticker(p, p.w - 230, p.h - 330, 62, "已阅")
    img, seals, _ = photo([p], [page_M(-1.0, 0, 0)], rng, (1200, 1600), "cloth_beige", fill=0.84, persp=0.1, rot=1.0)
    return dict(img=fin(img, rng, cast=(1.02, 1.0, 0.96)), seals=seals, pages=[p], kind="photo", doc_type="other",
                lawful=True, expect=[], forbid=lawful_forbid(), text_contains=["客户资料更新通知"],
                notes="HARD NEGATIVE: bank notice with a red corner ribbon (加急) cut by the top-right corner and a solid "
                      "red round sticker (已阅); no seal.")


FORGED_CANCEL_BODY = [
    "你于2023年11月在本平台借款人民币8,000元，现已逾期3天。",
    "根据借款合同约定，本平台决定立即解除合同，你须一次性结清全部欠款共计人民币9,860元。",
    "请于收到本通知后当日内处理，逾期未处理的，本平台将依法追究你的法律责任。"]


def item_31(rng):
    p = new_page(rng, bf="sans", tf="sans_b", body=32)
    p.y = 280
    cancel_notice(p, rng, None, "何先生", FORGED_CANCEL_BODY, "融达金融服务平台")
    mug = obj_red_mug(rng, 230)
    c = (230 * 1.05, mug.shape[0] / 2)
    objs = [(mug, affine3(0, 1270 - c[0], 120 - c[1]))]
    img, seals, _ = photo([p], [page_M(2.0, 0, 0)], rng, (1200, 1600), "cloth_red", fill=0.78, persp=0.08, rot=-1.0,
                          objects=objs, shift=(-0.04, 0.02))
    return dict(img=fin(img, rng), seals=seals, pages=[p], kind="photo", doc_type="cancellation_notice", lawful=False,
                expect=["seal.missing", "contract.termination"],
                forbid=FORGED_BASE + ["seal.issuer_mismatch", "doc.case_number_invalid"],
                text_contains=["解除合同通知书", "立即解除合同"],
                notes="HARD NEGATIVE: unsealed contract-cancellation notice lying on a red tablecloth with a red mug cut "
                      "by the image border near the paper's corner; no seal.")


def item_32(rng):
    p = new_page(rng, bf="zenhei", tf="sans_b")
    restriction_page(p, rng, "杭州市西湖区人民法院", None, "冯亮", title="限高令",
                     body=forged_restriction_body("冯亮", "惠捷"))
    pk = obj_red_packet(rng)
    objs = [(pk, affine3(-18, 820, 1060))]
    img, seals, _ = photo([p], [page_M(-1.0, 0, 0)], rng, (1200, 1600), "wood", fill=0.82, persp=0.1, rot=1.0,
                          objects=objs)
    return dict(img=fin(img, rng), seals=seals, pages=[p], kind="photo", doc_type="restriction_order", lawful=False,
                expect=["seal.missing", "doc.case_number_invalid"], forbid=FORGED_BASE + ["seal.issuer_mismatch"],
                text_contains=["限高令", "杭州市西湖区人民法院"],
                notes="HARD NEGATIVE: unsealed forged 'high-consumption ban' with no case number; a red-packet card "
                      "(gold circle with 福) lies over the paper's bottom-right edge; no seal.")


def item_33(rng):
    p = new_page(rng, bf="serif", tf="sans_b", body=30)
    coin_logo(p, p.margin + 45, 130, 45)
    p.text_at(p.margin + 110, 108, LENDERS[1], "sans_b", 34)
    p.hline(200, width=2)
    p.y = 270
    p.center("个人借款对账单", size=int(p.bs * 1.6), lh=2.0)
    for s in ["借款人：钱伟　　　　账单日：2024年8月31日", "合同编号：HT-XD-2024-0311-0892", "借款本金：人民币30,000.00元",
              "借款期限：12个月（2024年3月至2025年2月）", "已还期数：5期　　　　剩余期数：7期", "剩余本金：人民币17,802.35元",
              "下期还款日：2024年9月15日　　下期应还：人民币2,648.70元"]:
        p.left(s)
    p.skip(0.8)
    p.para("温馨提示：请通过我司官方应用程序或对公账户还款。如对本对账单有疑问，请在收到后十五日内联系我司客服核实。")
    semicircle_logo(p, "right", rng.uniform(480, 620), 92)
    img, seals = scan(p, rng, 1600, margins=(-8, -6, 24, -6), rot=0.3, lid=(0.14, 0.14, 0.15))
    return dict(img=finish_scan(img, rng), seals=seals, pages=[p], kind="scan", doc_type="other", lawful=True,
                expect=[], forbid=lawful_forbid(), text_contains=["个人借款对账单", "17,802.35"],
                notes="HARD NEGATIVE: scanned loan statement with a red coin logo (¥) in the header and a red printed "
                      "half-disc badge cut by the paper's right edge next to a thin dark scanner margin; no seal.")


def item_34(rng):
    body = ["受恒信商务咨询有限公司委托，就你在该平台借款逾期一事郑重函告如下：截至本函发出之日，你已逾期58天，尚欠本息合计人民币9,430元。",
            "请你在收到本函后24小时内还清全部欠款，否则本所将立即起诉，并将你列入失信被执行人名单。",
            "特此函告，望你慎重对待，切勿自误。"]
    p, a = forged_letter_photo(rng, "广州德法律师事务所", body, bf="ming")
    for sub in ["24小时内", "立即起诉", "列入失信被执行人名单"]:
        b = p.find(sub)
        if b:
            pen_loop(p, (b[0] + b[2]) / 2, (b[1] + b[3]) / 2 + 3, (b[2] - b[0]) / 2 + 16, (b[3] - b[1]) / 2 + 12, rng,
                     width=5)
    b = p.find("广州德法律师事务所")
    if b:
        pen_tick(p, b[0] - 90, b[1] + 10, 45, width=5)
    pen_loop(p, p.w - 190, 150, 48, 44, rng, width=5)
    t = Image.new("L", (p.w, p.h), 0)
    ImageDraw.Draw(t).text((p.w - 190, 150), "?", font=font("kai", 64), fill=255, anchor="mm")
    mul_into(p.rgb, np.asarray(t, np.float32) / 255.0 * 0.9, PEN_RED, 0, 0)
    img, seals, _ = photo([p], [page_M(1.0, 0, 0)], rng, (1200, 1600), "cloth_gray", fill=0.84, persp=0.12, rot=-2.0)
    return dict(img=fin(img, rng), seals=seals, pages=[p], kind="photo", doc_type="lawyer_letter", lawful=False,
                expect=["seal.missing"], forbid=FORGED_BASE + ["seal.issuer_mismatch", "doc.case_number_invalid"],
                text_contains=["律师函", "立即起诉"],
                notes="HARD NEGATIVE: unsealed forged lawyer's letter on which the recipient drew red pen loops around "
                      "threats, a tick, and a circled question mark; no seal.")


def item_35(rng):
    body = ["受杭州惠捷网络科技有限公司委托，现就你借款逾期事宜函告如下：你的借款已逾期40天，尚欠本息人民币6,215元。",
            "请你于2024年8月20日前还清全部欠款。逾期不还的，本中心将把你的逾期信息报送至全网黑名单，届时你将无法在任何平台借款。",
            "特此函告。"]
    p = new_page(rng, bf="sans", tf="sans_b")
    a = lawyer_letter(p, rng, "惠捷法律服务中心", None, "陈女士", "2024年8月12日", None, body, None)
    R = 105
    ring_badge(p, p.w + R * 0.05, rng.uniform(420, 560), R, "HUIJIE LEGAL SERVICE · SINCE 2016 ·", "HJ")
    img, seals, _ = photo([p], [page_M(-1.0, 0, 0)], rng, (900, 1200), "darkwood", fill=0.9, persp=0.06, rot=0.5)
    ph = fin(img, rng)
    shot, seals2 = viewer_screenshot(ph, seals)
    return dict(img=shot, seals=seals2, pages=[p], kind="screenshot", doc_type="lawyer_letter", lawful=False,
                expect=["seal.missing"], forbid=FORGED_BASE + ["seal.issuer_mismatch", "doc.case_number_invalid"],
                text_contains=["律师函"],
                notes="HARD NEGATIVE: phone image-viewer screenshot of an unsealed 'lawyer's letter' whose printed round "
                      "red badge (ring, Latin text, HJ monogram) is cut in half by the paper's right edge; no seal.")


def item_36(rng):
    court = "北京市朝阳区人民法院"
    p = new_page(rng, bf="serif", tf="serif_b")
    body = ["本院在执行申请执行人与被执行人邓超借款合同纠纷一案中，经查，被执行人在借款平台逾期未还款，情节严重。",
            "依照《最高人民法院关于公布失信被执行人名单信息的若干规定》，决定将你纳入失信被执行人名单，并通过网络等媒体向社会公布。",
            "请你在三日内与平台联系处理欠款事宜。"]
    a = restriction_page(p, rng, court, "（2024）京0105执5521号", "邓超", title="失信决定书", body=body)
    p.stamp(*a["seal"], R_(rng, 120, 130), court, "star", "red")
    img, seals, _ = photo([p], [page_M(0.5, 0, 0)], rng, (1200, 1600), "gray_desk", fill=0.84, persp=0.12, rot=-1.0)
    return dict(img=fin(img, rng, blur=1.1), seals=seals, pages=[p], kind="photo", doc_type="restriction_order",
                lawful=False, expect=["seal.issuer_mismatch"],
                forbid=FORGED_BASE + ["seal.missing", "doc.case_number_invalid"],
                text_contains=["失信决定书", "（2024）京0105执5521号"],
                notes="Forged dishonest-debtor decision: the seal's ring text names the court but its centre is a "
                      "five-pointed STAR, not the emblem; well-formed case number; slightly soft focus.")


def item_37(rng):
    body = ["受汇通网络小额贷款有限公司委托，现就你逾期欠款一事正式通知如下：",
            "你的借款已逾期45天，经多次提醒仍未处理。若你仍不处理，我方将安排工作人员上门催收，"
            "并联系你的紧急联系人，爆通讯录，让你的亲友都知道你欠钱不还。",
            "请你珍惜最后的协商机会。"]
    p = new_page(rng, bf="sans", tf="sans_b", body=32)
    lawyer_letter(p, rng, "北京华信律师事务所", None, "赵先生", "2024年8月9日", None, body, None)
    img, seals, _ = photo([p], [page_M(-1.0, 0, 0)], rng, (1200, 1600), "wood", fill=0.84, persp=0.06, rot=1.0)
    return dict(img=fin(img, rng), seals=seals, pages=[p], kind="photo", doc_type="lawyer_letter", lawful=False,
                expect=["seal.missing", "contact.third_party", "visit.home"],
                forbid=FORGED_BASE + ["seal.issuer_mismatch", "doc.case_number_invalid"],
                text_contains=["律师函", "上门催收", "爆通讯录"],
                notes="Unsealed forged lawyer's letter threatening home visits and contacting the address book; plain "
                      "photo, no red anywhere.")


def item_38(rng):
    court, case = "杭州市西湖区人民法院", "（2024）浙0106执5678号"
    p = new_page(rng, bf="serif", tf="serif_b", body=29)
    a = restriction_page(p, rng, court, case, "冯建华")
    p.stamp(*a["seal"], R_(rng, 124, 134), court, "emblem", "red")
    img, seals = scan(p, rng, 1600, margins=(-4, -4, -4, -4), rot=-0.2, lid=(0.95, 0.95, 0.94))
    return dict(img=finish_scan(img, rng, white=0.95), seals=seals, pages=[p], kind="scan",
                doc_type="restriction_order", lawful=True, expect=[],
                forbid=lawful_forbid(("blacklist.dishonest", "family.children", "lawsuit.threat")),
                text_contains=["限制消费令", case],
                notes="Genuine-style court consumption-restriction order with a well-formed case number and the court's "
                      "emblem seal. Neutral (not scored): blacklist.dishonest, family.children, lawsuit.threat, since a "
                      "real order quotes the restrictions (限制高消费, 子女就读高收费私立学校, 立案执行).")


def item_39(rng):
    lender = LENDERS[0]
    p = new_page(rng, bf="serif")
    a = contract_page(p, rng, 4, 4, lender, "田甜", len(CONTRACT_CLAUSES) - 4, 4, "XS-JK-2024-0314-0088", sign=True)
    p.signature(*a["borrower_sign"], "田甜")
    r = R_(rng)
    p.stamp(*a["lender_seal"], r, lender, "star", "red", label="合同专用章")
    p.riding_stamp("right", 0.52, r, rng.uniform(450, 750), lender, "star", "red", label="合同专用章")
    img, seals, _ = photo([p], [page_M(1.0, 0, 0)], rng, (900, 1200), "wood", fill=0.86, persp=0.06, rot=-1.0)
    ph = fin(img, rng)
    msgs = [{"time": "今天 14:02"},
            {"side": "r", "text": "你好，我想要一份我的借款合同，签字盖章那页拍给我看看。"},
            {"side": "l", "text": "您好，已为您调取合同，请查收。", "avatar_ch": "鑫", "avatar": (200, 60, 60)},
            {"side": "l", "image": ph, "seals": seals, "width": 640, "avatar_ch": "鑫", "avatar": (200, 60, 60)},
            {"side": "l", "text": "如有疑问可随时联系在线客服。", "avatar_ch": "鑫", "avatar": (200, 60, 60)}]
    shot, seals2, lines = chat_screenshot(rng, "鑫盛金融在线客服", msgs)
    return dict(img=shot, seals=seals2, pages=[p], extra_lines=lines, kind="screenshot", doc_type="other", lawful=True,
                expect=[], forbid=lawful_forbid(), text_contains=["在线客服"],
                notes="Chat screenshot with the lender's customer service: a photo of the signed contract page with a "
                      "full contract seal and a riding seal on the right edge, both small inside the bubble.")


def item_40(rng):
    lender = LENDERS[0]
    p = new_page(rng, bf="ming", tf="serif_b", body=32)
    p.y = 240
    a = cancel_notice(p, rng, lender, "黄先生", FORGED_CANCEL_BODY, lender, header=lender)
    p.stamp(*a["seal"], R_(rng), lender, "star", "orange", number="4403050123456")
    img, seals, _ = photo([p], [page_M(1.5, 0, 0)], rng, (1200, 1600), "cloth_gray", fill=0.84, persp=0.14, rot=-2.0,
                          tilt="right")
    return dict(img=fin(img, rng, cast=(1.05, 1.0, 0.92)), seals=seals, pages=[p], kind="photo",
                doc_type="cancellation_notice", lawful=False, expect=["contract.termination"],
                forbid=FORGED_BASE + ["seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid"],
                text_contains=["解除合同通知书", "立即解除合同"],
                notes="Cancellation notice issued by the lending company itself with its own company seal (fits the "
                      "issuer, so no seal marker), but it threatens immediate termination after a 3-day delay.")


# --------------------------------------------------------------------------- driver
ITEMS = [
    ("h8_01_riding_right_wood", item_01), ("h8_02_riding_lawletter_cloth", item_02),
    ("h8_03_riding_left_plus_full_dark", item_03), ("h8_04_scan_riding_right", item_04),
    ("h8_05_scan_riding_bottom_halfdry", item_05), ("h8_06_fan3_riding_wood", item_06),
    ("h8_07_fan2_riding_bottom_dark", item_07), ("h8_08_riding_court_emblem_cool", item_08),
    ("h8_09_riding_plus_full_perspective", item_09), ("h8_10_scan_riding_left_lawletter", item_10),
    ("h8_11_riding_top_faint_bank", item_11), ("h8_12_fan4_riding_dark", item_12),
    ("h8_13_forged_order_company_riding", item_13), ("h8_14_faint_court_seal_cool", item_14),
    ("h8_15_seal_over_signature_warm", item_15), ("h8_16_hand_shadow_lawletter", item_16),
    ("h8_17_forged_order_steep_angle", item_17), ("h8_18_small_seal_far", item_18),
    ("h8_19_chat_forged_letter_company_seal", item_19), ("h8_20_overinked_dark_crimson", item_20),
    ("h8_21_phone_shadow_bank_cert", item_21), ("h8_22_scan_faint_summons", item_22),
    ("h8_23_forged_summons_lawfirm_seal", item_23), ("h8_24_two_seals_green_blur", item_24),
    ("h8_25_neg_semicircle_logo_edge", item_25), ("h8_26_neg_header_band_letter", item_26),
    ("h8_27_neg_d_shape_arcs", item_27), ("h8_28_neg_pen_circles_pagenum", item_28),
    ("h8_29_neg_rect_stamps", item_29), ("h8_30_neg_ribbon_sticker", item_30),
    ("h8_31_neg_red_tablecloth_mug", item_31), ("h8_32_neg_red_packet_order", item_32),
    ("h8_33_neg_coin_logo_scan", item_33), ("h8_34_neg_pen_loops_letter", item_34),
    ("h8_35_neg_badge_viewer", item_35), ("h8_36_court_name_star_seal", item_36),
    ("h8_37_unsealed_letter_threats", item_37), ("h8_38_scan_genuine_restriction", item_38),
    ("h8_39_chat_contract_riding", item_39), ("h8_40_company_cancel_notice", item_40),
]

MIN_FRAC = 0.35


def build(name, fn, seed, outdir, preview=None, quality=None):
    rng = np.random.default_rng(seed)
    r = fn(rng)
    img = r["img"]
    h, w = img.shape[:2]
    seals, ignore = [], []
    for s in r["seals"]:
        if not s.get("box") or s["visible"] < 0.02:
            continue
        x, y, bw, bh = s["box"]
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = min(w, x + bw), min(h, y + bh)
        s["box"] = [int(x0), int(y0), int(x1 - x0), int(y1 - y0)]
        (seals if s["visible"] >= MIN_FRAC else ignore).append(s)
    q = quality or int(rng.integers(74, 87))
    fname = name + ".jpg"
    Image.fromarray(img).save(outdir / fname, quality=q, optimize=True)
    src = []
    for p in r["pages"]:
        src += p.lines
    src += r.get("extra_lines", [])
    side = {
        "image": fname,
        "size": [w, h],
        "kind": r["kind"],
        "doc_type": r["doc_type"],
        "lawful": r["lawful"],
        "expect": r["expect"],
        "forbid": r["forbid"],
        "seals": [s["box"] for s in seals],
        "seal_texts": [s["text"] for s in seals],
        "seal_centers": [s["center"] for s in seals],
        "seal_riding": [bool(s["riding"]) for s in seals],
        "seal_visible_fraction": [round(min(1.0, s["visible"]), 2) for s in seals],
        "seal_ink": [s["ink"] for s in seals],
        "seals_ignore": [s["box"] for s in ignore],
        "sender": None,
        "text_contains": r["text_contains"],
        "notes": r["notes"],
        "exif": None,
        "jpeg_quality": q,
        "seed": seed,
        "source_text": src,
    }
    body = ",\n".join(f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in side.items())
    with open(outdir / (name + ".json"), "w", encoding="utf-8") as fh:
        fh.write("{\n" + body + "\n}\n")
    if preview:
        pv = Image.fromarray(img).convert("RGB")
        d = ImageDraw.Draw(pv)
        for s in seals:
            x, y, bw, bh = s["box"]
            d.rectangle([x, y, x + bw - 1, y + bh - 1], outline=(0, 220, 0), width=2)
            d.text((x, max(0, y - 14)), f"{s['visible']:.2f}", fill=(0, 160, 0))
        for s in ignore:
            x, y, bw, bh = s["box"]
            d.rectangle([x, y, x + bw - 1, y + bh - 1], outline=(0, 120, 255), width=2)
            d.text((x, max(0, y - 14)), f"ign {s['visible']:.2f}", fill=(0, 120, 255))
        pv.save(Path(preview) / (name + ".png"))
    return side


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--preview", help="also write copies with the seal boxes drawn into this folder")
    ap.add_argument("--only", nargs="*", help="item numbers to build (default: all)")
    ap.add_argument("--out", default=str(OUT), help="output folder (default: this script's folder)")
    args = ap.parse_args()
    outdir = Path(args.out)
    outdir.mkdir(parents=True, exist_ok=True)
    if args.preview:
        os.makedirs(args.preview, exist_ok=True)
    t0 = time.time()
    for i, (name, fn) in enumerate(ITEMS, 1):
        if args.only and str(i) not in args.only and f"{i:02d}" not in args.only:
            continue
        t = time.time()
        side = build(name, fn, 80800 + i, outdir, args.preview)
        print(f"{name}: {len(side['seals'])} seal(s), {len(side['seals_ignore'])} ignored, "
              f"{time.time() - t:.1f}s", flush=True)
    print(f"total {time.time() - t0:.1f}s")


if __name__ == "__main__":
    main()
