#!/usr/bin/env python3
"""Generate bench/dev_lawful7: 40 labelled development images (32 lawful, 8 forged).

20 lawful phone photos of paper, 12 lawful phone screenshots, 8 forged items (4 photos, 4
screenshots). Every picture is drawn from scratch here (page layout, seals, desk, light, phone UI)
and written with a JSON sidecar; see README.md. Deterministic: each item has its own seed.

    python bench/dev_lawful7/make_dev_lawful7.py
"""
from __future__ import annotations

import json
import math
import random
import re
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent
BASE_SEED = 7070

# ----------------------------------------------------------------------------------------------
# fonts

_NOTO = "/usr/share/fonts/opentype/noto/"
FONTS = {
    "sans": (_NOTO + "NotoSansCJK-Regular.ttc", 2),
    "sans_bold": (_NOTO + "NotoSansCJK-Bold.ttc", 2),
    "serif": (_NOTO + "NotoSerifCJK-Regular.ttc", 2),
    "serif_bold": (_NOTO + "NotoSerifCJK-Bold.ttc", 2),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
}


@lru_cache(maxsize=None)
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    path, idx = FONTS[name]
    return ImageFont.truetype(path, max(6, int(round(size))), index=idx)


INK = (24, 24, 26)
RED_PRINT = (206, 28, 36)
SEAL_RGB = np.array([214, 38, 52], np.float32)

_TOKEN = re.compile(r"[A-Za-z0-9.,%×*#@_\-/:+¥]+|.", re.S)
_NO_START = set("，。、；：？！）》」』”’,.;:?!)%")
_NO_END = set("（《「『“‘(")


def wrap(text: str, fnt: ImageFont.FreeTypeFont, width: float, first_indent: float = 0.0) -> list[str]:
    """Wrap text to pixel width: CJK breaks anywhere, ASCII runs stay whole, closing punctuation hangs."""
    lines: list[str] = []
    cur = ""
    avail = width - first_indent
    for tok in _TOKEN.findall(text):
        if tok == "\n":
            lines.append(cur)
            cur, avail = "", width
            continue
        trial = cur + tok
        if fnt.getlength(trial) <= avail or not cur or (tok[0] in _NO_START and len(tok) == 1):
            cur = trial
            continue
        if cur and cur[-1] in _NO_END:
            head, cur = cur[:-1], cur[-1] + tok
            lines.append(head)
        else:
            lines.append(cur)
            cur = tok
        avail = width
    if cur:
        lines.append(cur)
    return lines


# ----------------------------------------------------------------------------------------------
# a printed page


class Page:
    def __init__(self, w: int, h: int, paper=(250, 249, 244)):
        self.w, self.h = w, h
        self.img = Image.new("RGB", (w, h), paper)
        self.d = ImageDraw.Draw(self.img)
        self.lines: list[str] = []
        self.ink = np.zeros((h, w), np.float32)   # stamped red ink (seals and stamps)
        self.seals: list[dict] = []

    # text ------------------------------------------------------------------
    def text(self, x, y, s, fname, size, fill=INK, anchor="la", record=True):
        self.d.text((x, y), s, font=font(fname, size), fill=fill, anchor=anchor)
        if record and s.strip():
            self.lines.append(s)

    def center(self, y, s, fname, size, fill=INK, record=True, cx=None):
        self.text(self.w / 2 if cx is None else cx, y, s, fname, size, fill, anchor="ma", record=record)

    def spaced_center(self, y, s, fname, size, gap, fill=INK, cx=None):
        """A title drawn with wide letter spacing (律 师 函); recorded with spaces."""
        f = font(fname, size)
        widths = [f.getlength(c) for c in s]
        total = sum(widths) + gap * (len(s) - 1)
        x = (self.w / 2 if cx is None else cx) - total / 2
        for c, wdt in zip(s, widths):
            self.d.text((x, y), c, font=f, fill=fill)
            x += wdt + gap
        self.lines.append(" ".join(s))

    def para(self, x, y, s, fname, size, width, lh=1.65, indent=True, fill=INK):
        f = font(fname, size)
        ind = f.getlength("　　") if indent else 0
        ls = wrap(s, f, width, ind)
        for i, ln in enumerate(ls):
            off = ind if i == 0 else 0
            self.d.text((x + off, y), ln, font=f, fill=fill)
            self.lines.append(("　　" + ln) if (i == 0 and indent) else ln)
            y += size * lh
        return y

    def right(self, xr, y, s, fname, size, fill=INK):
        self.text(xr, y, s, fname, size, fill, anchor="ra")

    # red printed furniture (not seals) ---------------------------------------
    def rule(self, y, x0=None, x1=None, width=4, fill=RED_PRINT, double=False):
        x0 = 90 if x0 is None else x0
        x1 = self.w - 90 if x1 is None else x1
        self.d.rectangle([x0, y, x1, y + width], fill=fill)
        if double:
            self.d.rectangle([x0, y + width + 5, x1, y + width + 6], fill=fill)

    def round_logo(self, cx, cy, r, fill=RED_PRINT, glyph="bank"):
        """A printed, solid round logo: filled disc with a white mark. Not a seal."""
        d = self.d
        d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=fill)
        white = (250, 249, 244)
        if glyph == "bank":      # square hole coin
            d.ellipse([cx - r * .62, cy - r * .62, cx + r * .62, cy + r * .62], fill=white)
            d.ellipse([cx - r * .48, cy - r * .48, cx + r * .48, cy + r * .48], fill=fill)
            d.rectangle([cx - r * .2, cy - r * .2, cx + r * .2, cy + r * .2], fill=white)
        elif glyph == "book":    # open book with a flame
            d.polygon([(cx - r * .6, cy - r * .05), (cx, cy + r * .15), (cx, cy + r * .55), (cx - r * .6, cy + r * .35)], fill=white)
            d.polygon([(cx + r * .6, cy - r * .05), (cx, cy + r * .15), (cx, cy + r * .55), (cx + r * .6, cy + r * .35)], fill=white)
            d.polygon([(cx, cy - r * .7), (cx + r * .2, cy - r * .3), (cx, cy - r * .05), (cx - r * .2, cy - r * .3)], fill=white)
        elif glyph == "wave":    # three white waves
            for k in range(3):
                yy = cy - r * .35 + k * r * .32
                d.arc([cx - r * .6, yy - r * .18, cx, yy + r * .18], 200, 340, fill=white, width=max(2, int(r * .1)))
                d.arc([cx, yy - r * .18, cx + r * .6, yy + r * .18], 20, 160, fill=white, width=max(2, int(r * .1)))
        elif glyph == "house":
            d.polygon([(cx, cy - r * .6), (cx + r * .55, cy - r * .05), (cx - r * .55, cy - r * .05)], fill=white)
            d.rectangle([cx - r * .38, cy - r * .05, cx + r * .38, cy + r * .5], fill=white)
            d.rectangle([cx - r * .1, cy + r * .15, cx + r * .1, cy + r * .5], fill=fill)
        elif glyph == "peaks":   # two white mountain peaks over a bar
            d.polygon([(cx - r * .62, cy + r * .3), (cx - r * .22, cy - r * .45), (cx + r * .12, cy + r * .3)], fill=white)
            d.polygon([(cx - r * .1, cy + r * .3), (cx + r * .28, cy - r * .2), (cx + r * .64, cy + r * .3)], fill=white)
            d.rectangle([cx - r * .62, cy + r * .38, cx + r * .64, cy + r * .5], fill=white)
        elif glyph == "cross":
            d.rectangle([cx - r * .16, cy - r * .55, cx + r * .16, cy + r * .55], fill=white)
            d.rectangle([cx - r * .55, cy - r * .16, cx + r * .55, cy + r * .16], fill=white)

    def rect_stamp(self, x, y, lines, fname, size, rng, angle=0.0, pad=14, border=5, density=0.85):
        """A rectangular rubber stamp in red ink (收讫, 本件与原本核对无异 ...). Not a seal."""
        f = font(fname, size)
        tw = max(f.getlength(s) for s in lines)
        th = size * 1.3 * len(lines)
        W, H = int(tw + 2 * pad + 2 * border), int(th + 2 * pad + 2 * border)
        m = Image.new("L", (W + 20, H + 20), 0)
        md = ImageDraw.Draw(m)
        md.rectangle([10, 10, 10 + W, 10 + H], outline=255, width=border)
        yy = 10 + border + pad
        for s in lines:
            md.text((10 + W / 2, yy), s, font=f, fill=255, anchor="ma")
            yy += size * 1.3
            self.lines.append(s)
        if angle:
            m = m.rotate(angle, resample=Image.BICUBIC, expand=True)
        self._stamp(np.asarray(m, np.float32) / 255.0, int(x), int(y), rng, density)

    def _stamp(self, mask, x, y, rng, density):
        tex = _ink_texture(mask.shape, rng)
        mask = np.clip(mask * tex * density, 0, 1)
        h, w = mask.shape
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = min(self.w, x + w), min(self.h, y + h)
        if x1 <= x0 or y1 <= y0:
            return
        sub = mask[y0 - y:y1 - y, x0 - x:x1 - x]
        self.ink[y0:y1, x0:x1] = np.maximum(self.ink[y0:y1, x0:x1], sub)

    # seals -------------------------------------------------------------------
    def seal(self, cx, cy, r, ring_text, center, kind, rng, fname="serif_bold", bottom=None,
             oval=1.0, angle=None, density=0.88, code=None):
        angle = rng.uniform(-18, 18) if angle is None else angle
        mask = seal_mask(r, ring_text, center, fname, bottom, oval, code)
        if angle:
            mask = _rotate_mask(mask, angle)
        h, w = mask.shape
        self._stamp(mask, int(round(cx - w / 2)), int(round(cy - h / 2)), rng, density)
        # the outer edge of the ring, as points, in page coordinates
        t = np.linspace(0, 2 * np.pi, 96, endpoint=False)
        px, py = r * oval * np.cos(t), r * np.sin(t)
        a = math.radians(-angle)
        pts = np.stack([cx + px * math.cos(a) - py * math.sin(a), cy + px * math.sin(a) + py * math.cos(a)], 1)
        self.seals.append(dict(pts=pts, text=ring_text, center=center, kind=kind))

    def finish(self) -> np.ndarray:
        """RGB float page in 0..1 with the red ink laid over the print (multiply)."""
        a = np.asarray(self.img, np.float32) / 255.0
        k = self.ink[..., None]
        return a * (1 - k * (1 - SEAL_RGB / 255.0))


def _rotate_mask(mask, angle):
    h, w = mask.shape
    M = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(mask, M, (w, h), flags=cv2.INTER_LINEAR)


def _ink_texture(shape, rng):
    h, w = shape
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    low = cv2.resize(nrng.random((max(2, h // 18), max(2, w // 18))).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    fine = nrng.random((h, w)).astype(np.float32)
    tex = 0.72 + 0.35 * low
    tex[fine < 0.05] *= 0.35          # specks where the ink did not take
    return cv2.GaussianBlur(np.clip(tex, 0, 1.05), (0, 0), 0.7)


def star_points(cx, cy, R, rot=0.0, inner=0.382):
    pts = []
    for i in range(10):
        rr = R if i % 2 == 0 else R * inner
        a = math.radians(-90 + rot + 36 * i)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def draw_emblem(d: ImageDraw.ImageDraw, cx, cy, s):
    """A stylised national emblem (gate, five stars, wheat ring, gear), solid ink = 255."""
    # wheat ears: leaves along a ring on both sides (angles clockwise from 12 o'clock)
    L = int(s * .5)
    for lo, hi in ((195, 335), (25, 165)):
        for k in range(9):
            a = lo + (hi - lo) * k / 8
            x = cx + s * 0.9 * math.sin(math.radians(a))
            y = cy - s * 0.9 * math.cos(math.radians(a))
            leaf = Image.new("L", (L, L), 0)
            ImageDraw.Draw(leaf).ellipse([L / 2 - s * .15, L / 2 - s * .065, L / 2 + s * .15, L / 2 + s * .065], fill=255)
            leaf = leaf.rotate(-a, resample=Image.BICUBIC)
            d.bitmap((x - L / 2, y - L / 2), leaf, fill=255)
        d.arc([cx - s * .78, cy - s * .78, cx + s * .78, cy + s * .78], lo - 90, hi - 90, fill=255, width=max(2, int(s * .05)))
    # big star and four small stars
    d.polygon(star_points(cx, cy - s * .5, s * .17), fill=255)
    for k, (dx, dy) in enumerate([(-.36, -.62), (-.28, -.38), (.28, -.38), (.36, -.62)]):
        d.polygon(star_points(cx + dx * s, cy + dy * s, s * .065, rot=(-20, -8, 8, 20)[k]), fill=255)
    # the gate: roofs, hall, platform
    d.polygon([(cx - s * .5, cy - s * .1), (cx + s * .5, cy - s * .1), (cx + s * .36, cy - s * .2), (cx - s * .36, cy - s * .2)], fill=255)
    d.rectangle([cx - s * .32, cy - s * .1, cx + s * .32, cy + s * .04], fill=255)
    d.polygon([(cx - s * .56, cy + s * .08), (cx + s * .56, cy + s * .08), (cx + s * .44, cy + s * .02), (cx - s * .44, cy + s * .02)], fill=255)
    d.rectangle([cx - s * .5, cy + s * .08, cx + s * .5, cy + s * .3], fill=255)
    for k in range(5):
        x = cx + (k - 2) * s * .18
        d.rectangle([x - s * .04, cy + s * .16, x + s * .04, cy + s * .3], fill=0)
    d.rectangle([cx - s * .6, cy + s * .3, cx + s * .6, cy + s * .36], fill=255)
    # gear and ribbon
    gx, gy, gr = cx, cy + s * .62, s * .16
    for k in range(12):
        a = math.radians(k * 30)
        d.rectangle([gx + gr * 1.1 * math.cos(a) - s * .03, gy + gr * 1.1 * math.sin(a) - s * .03,
                     gx + gr * 1.1 * math.cos(a) + s * .03, gy + gr * 1.1 * math.sin(a) + s * .03], fill=255)
    d.ellipse([gx - gr, gy - gr, gx + gr, gy + gr], fill=255)
    d.ellipse([gx - gr * .4, gy - gr * .4, gx + gr * .4, gy + gr * .4], fill=0)
    d.polygon([(cx - s * .7, cy + s * .5), (cx - s * .2, cy + s * .62), (cx - s * .25, cy + s * .72), (cx - s * .75, cy + s * .62)], fill=255)
    d.polygon([(cx + s * .7, cy + s * .5), (cx + s * .2, cy + s * .62), (cx + s * .25, cy + s * .72), (cx + s * .75, cy + s * .62)], fill=255)


def seal_mask(r, ring_text, center, fname, bottom=None, oval=1.0, code=None, ss=2):
    """Ink mask (0..1) of a round seal of outer radius r, drawn at ss x and reduced."""
    R = r * ss
    pad = int(R * 0.08) + 4
    S = int(2 * R + 2 * pad)
    m = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(m)
    c = S / 2
    rw = max(3, R * 0.075)
    d.ellipse([c - R, c - R, c + R, c + R], outline=255, width=int(rw))
    n = len(ring_text)
    span = 250 if n >= 10 else 215 if n >= 7 else 170
    fs = min(R * 0.27, (R * 0.7) * math.radians(span) / n * 0.92)
    rho = R - rw - fs * 0.62
    f = font(fname, fs)
    for i, ch in enumerate(ring_text):
        phi = -span / 2 + span * (i + 0.5) / n
        tile = Image.new("L", (int(fs * 1.6), int(fs * 1.6)), 0)
        ImageDraw.Draw(tile).text((fs * .8, fs * .8), ch, font=f, fill=255, anchor="mm")
        tile = tile.rotate(-phi, resample=Image.BICUBIC)
        x = c + rho * math.sin(math.radians(phi))
        y = c - rho * math.cos(math.radians(phi))
        m.paste(255, (int(x - tile.width / 2), int(y - tile.height / 2)), tile)
    if center == "star":
        cy = c - (R * 0.05 if bottom else 0)
        d.polygon(star_points(c, cy, R * 0.3), fill=255)
    elif center == "emblem":
        draw_emblem(d, c, c - R * 0.02, R * 0.4)
    if bottom:
        fb = font(fname, R * 0.17)
        d.text((c, c + R * 0.42), bottom, font=fb, fill=255, anchor="mm")
    if code:
        # a registration code along the lower arc, small
        fc = font("sans", R * 0.1)
        k = len(code)
        for i, ch in enumerate(code):
            phi = 180 + 40 * ((i + 0.5) / k - 0.5) * -1
            tile = Image.new("L", (int(R * .2), int(R * .2)), 0)
            ImageDraw.Draw(tile).text((R * .1, R * .1), ch, font=fc, fill=255, anchor="mm")
            tile = tile.rotate(-(phi - 180), resample=Image.BICUBIC)
            x = c + (R - rw - R * .09) * math.sin(math.radians(phi))
            y = c - (R - rw - R * .09) * math.cos(math.radians(phi))
            m.paste(255, (int(x - tile.width / 2), int(y - tile.height / 2)), tile)
    if oval != 1.0:
        m = m.resize((int(S * oval), S), Image.BICUBIC)
    out = np.asarray(m, np.float32) / 255.0
    out = cv2.resize(out, (int(out.shape[1] / ss), int(out.shape[0] / ss)), interpolation=cv2.INTER_AREA)
    return out


# ----------------------------------------------------------------------------------------------
# a phone photo of a page


def _noise_field(h, w, cell, nrng):
    low = nrng.random((max(2, h // cell + 2), max(2, w // cell + 2))).astype(np.float32)
    return cv2.resize(low, (w, h), interpolation=cv2.INTER_CUBIC)


def background(kind, W, H, nrng, rng):
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if kind in ("wood", "wood_dark"):
        base = np.array([0.62, 0.45, 0.30] if kind == "wood" else [0.33, 0.22, 0.15], np.float32)
        ang = rng.uniform(-0.25, 0.25)
        u = xx * math.sin(ang) + yy * math.cos(ang)
        warp = _noise_field(H, W, 160, nrng) * 40
        grain = 0.5 + 0.5 * np.sin((u + warp) / rng.uniform(9, 16))
        fine = _noise_field(H, W, 3, nrng)
        f = 0.85 + 0.12 * grain + 0.06 * fine
        img = base[None, None, :] * f[..., None]
    elif kind == "grey_desk":
        base = np.array([0.70, 0.71, 0.70], np.float32)
        img = base[None, None, :] * (0.93 + 0.07 * _noise_field(H, W, 4, nrng))[..., None]
    elif kind == "white_desk":
        base = np.array([0.86, 0.86, 0.84], np.float32)
        img = base[None, None, :] * (0.95 + 0.05 * _noise_field(H, W, 5, nrng))[..., None]
    elif kind == "fabric":
        base = np.array([0.36, 0.42, 0.55], np.float32)
        weave = 0.5 + 0.25 * np.sin(xx / 2.2) + 0.25 * np.sin(yy / 2.2)
        img = base[None, None, :] * (0.85 + 0.12 * weave + 0.08 * _noise_field(H, W, 90, nrng))[..., None]
    elif kind == "door":
        base = np.array([0.55, 0.57, 0.58], np.float32)
        img = base[None, None, :] * (0.9 + 0.08 * _noise_field(H, W, 200, nrng) + 0.02 * _noise_field(H, W, 2, nrng))[..., None]
        img[:, : W // 30] *= 0.7
    else:  # "room": an out-of-focus room behind a hand-held sheet
        img = np.zeros((H, W, 3), np.float32)
        cols = [(0.55, 0.5, 0.45), (0.3, 0.32, 0.35), (0.75, 0.72, 0.66), (0.42, 0.36, 0.3)]
        img[:] = cols[0]
        for _ in range(7):
            x0, y0 = rng.randrange(0, W), rng.randrange(0, H)
            cv2.rectangle(img, (x0, y0), (x0 + rng.randrange(100, 600), y0 + rng.randrange(100, 700)), cols[rng.randrange(4)], -1)
        img = cv2.GaussianBlur(img, (0, 0), 25)
    return np.clip(img, 0, 1)


def clutter_page(rng, w, h, lines_spec):
    p = Page(w, h, paper=rng.choice([(246, 246, 240), (238, 236, 226), (250, 250, 250), (233, 239, 246)]))
    y = 40
    for s, fname, size in lines_spec:
        p.text(40, y, s, fname, size)
        y += size * 1.7
    return p


def _place(dst, src_rgb, src_alpha, H):
    h, w = dst.shape[:2]
    warped = cv2.warpPerspective(src_rgb, H, (w, h), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_CONSTANT)
    a = cv2.warpPerspective(src_alpha, H, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)[..., None]
    return dst * (1 - a) + warped * a, a[..., 0]


def _quad(cx, cy, pw, ph, rot, persp, rng):
    c, s = math.cos(math.radians(rot)), math.sin(math.radians(rot))
    pts = []
    for (u, v) in [(-.5, -.5), (.5, -.5), (.5, .5), (-.5, .5)]:
        x, y = u * pw, v * ph
        pts.append((cx + x * c - y * s, cy + x * s + y * c))
    pts = np.array(pts, np.float32)
    # perspective: one edge shorter than the other (camera tilted), plus small jitter
    tx, ty = persp
    pts[0, 0] += tx * pw; pts[1, 0] -= tx * pw      # top edge narrower if tx > 0
    pts[0, 1] += ty * ph; pts[3, 1] -= ty * ph      # left edge shorter if ty > 0
    pts += np.array([[rng.uniform(-1, 1) * pw * 0.01, rng.uniform(-1, 1) * ph * 0.01] for _ in range(4)], np.float32)
    return pts


def _finger(canvas, p0, p1, width, skin, nail=True, shadow_on=None):
    """Draw one finger as a shaded capsule from p0 (outside) to p1 (tip)."""
    h, w = canvas.shape[:2]
    m = np.zeros((h, w), np.uint8)
    cv2.line(m, tuple(int(v) for v in p0), tuple(int(v) for v in p1), 255, int(width), cv2.LINE_AA)
    mf = m.astype(np.float32) / 255.0
    if shadow_on is not None:
        sh = cv2.GaussianBlur(np.roll(mf, (int(width * .18), int(width * .12)), (0, 1)), (0, 0), width * 0.25)
        canvas *= (1 - 0.35 * sh)[..., None]
    dist = cv2.distanceTransform((m > 127).astype(np.uint8), cv2.DIST_L2, 5)
    shade = 0.72 + 0.33 * np.sqrt(np.clip(dist / (width / 2 + 1e-6), 0, 1))
    col = np.array(skin, np.float32)[None, None, :] * shade[..., None]
    out = canvas * (1 - mf[..., None]) + col * mf[..., None]
    if nail:
        d = np.array(p1, np.float32) - np.array(p0, np.float32)
        d /= (np.linalg.norm(d) + 1e-6)
        nc = np.array(p1, np.float32) - d * width * 0.45
        nm = np.zeros((h, w), np.uint8)
        ang = math.degrees(math.atan2(d[1], d[0]))
        cv2.ellipse(nm, (int(nc[0]), int(nc[1])), (int(width * .33), int(width * .27)), ang, 0, 360, 255, -1, cv2.LINE_AA)
        nmf = (nm.astype(np.float32) / 255.0) * mf
        ncol = np.array([min(1, skin[0] + .08), min(1, skin[1] + .1), min(1, skin[2] + .12)], np.float32)
        out = out * (1 - 0.8 * nmf[..., None]) + ncol[None, None, :] * shade[..., None] * 0.8 * nmf[..., None]
    return out


def _motion_kernel(length, angle):
    k = np.zeros((length, length), np.float32)
    c = length // 2
    dx, dy = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    for t in np.linspace(-c, c, length * 3):
        k[int(round(c + t * dy)), int(round(c + t * dx))] = 1
    return k / k.sum()


def photograph(page: Page, cfg: dict, rng: random.Random):
    """Return (upright RGB uint8 image, seal boxes, clutter lines)."""
    W, H = cfg["size"]
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    img = background(cfg.get("bg", "wood"), W, H, nrng, rng)
    clutter_lines: list[str] = []
    # other papers and objects on the desk
    for spec in cfg.get("clutter", []):
        cp = clutter_page(rng, spec["w"], spec["h"], spec["lines"])
        clutter_lines += cp.lines
        q = _quad(spec["cx"] * W, spec["cy"] * H, spec["w"] * spec["scale"], spec["h"] * spec["scale"], spec["rot"], (0.0, 0.0), rng)
        Hc = cv2.getPerspectiveTransform(np.array([[0, 0], [cp.w, 0], [cp.w, cp.h], [0, cp.h]], np.float32), q)
        sh = cv2.warpPerspective(np.ones((cp.h, cp.w), np.float32), Hc, (W, H))
        img *= (1 - 0.25 * cv2.GaussianBlur(np.roll(sh, (6, 5), (0, 1)), (0, 0), 6))[..., None]
        img, _ = _place(img, cp.finish(), np.ones((cp.h, cp.w), np.float32), Hc)
    for obj in cfg.get("objects", []):
        kind = obj[0]
        if kind == "pen":
            _, x0, y0, x1, y1, col = obj
            sh = np.zeros((H, W), np.float32)
            cv2.line(sh, (int(x0 * W) + 8, int(y0 * H) + 10), (int(x1 * W) + 8, int(y1 * H) + 10), 1.0, 16, cv2.LINE_AA)
            img *= (1 - 0.3 * cv2.GaussianBlur(sh, (0, 0), 5))[..., None]
            cv2.line(img, (int(x0 * W), int(y0 * H)), (int(x1 * W), int(y1 * H)), col, 16, cv2.LINE_AA)
            cv2.line(img, (int(x0 * W), int(y0 * H) - 3), (int(x1 * W), int(y1 * H) - 3), tuple(min(1, c + .25) for c in col), 3, cv2.LINE_AA)
        elif kind == "phone":
            _, cx, cy, pw, ph, rot = obj
            box = cv2.boxPoints(((cx * W, cy * H), (pw, ph), rot)).astype(np.int32)
            sh = np.zeros((H, W), np.float32)
            cv2.fillConvexPoly(sh, box + np.array([10, 12], np.int32), 1.0, cv2.LINE_AA)
            img *= (1 - 0.35 * cv2.GaussianBlur(sh, (0, 0), 8))[..., None]
            cv2.fillConvexPoly(img, box, (0.08, 0.08, 0.09), cv2.LINE_AA)
            inner = cv2.boxPoints(((cx * W, cy * H), (pw - 18, ph - 18), rot)).astype(np.int32)
            cv2.fillConvexPoly(img, inner, (0.14, 0.15, 0.17), cv2.LINE_AA)
        elif kind == "mug":
            _, cx, cy, r, col = obj
            sh = np.zeros((H, W), np.float32)
            cv2.circle(sh, (int(cx * W) + 12, int(cy * H) + 14), int(r), 1.0, -1, cv2.LINE_AA)
            img *= (1 - 0.35 * cv2.GaussianBlur(sh, (0, 0), 10))[..., None]
            cv2.circle(img, (int(cx * W), int(cy * H)), int(r), col, -1, cv2.LINE_AA)
            cv2.circle(img, (int(cx * W), int(cy * H)), int(r * .82), tuple(c * .55 for c in col), -1, cv2.LINE_AA)
            cv2.circle(img, (int(cx * W), int(cy * H)), int(r * .74), (0.28, 0.17, 0.1), -1, cv2.LINE_AA)
        elif kind == "keyboard":
            _, x0, y0, x1, y1 = obj
            cv2.rectangle(img, (int(x0 * W), int(y0 * H)), (int(x1 * W), int(y1 * H)), (0.16, 0.16, 0.17), -1)
            for yy in range(int(y0 * H) + 10, int(y1 * H) - 30, 44):
                for xx in range(int(x0 * W) + 10, int(x1 * W) - 30, 44):
                    cv2.rectangle(img, (xx, yy), (xx + 36, yy + 36), (0.25, 0.25, 0.27), -1)

    # the page itself: paper relief and folds, then onto the desk in perspective
    pg = page.finish()
    ph_, pw_ = pg.shape[:2]
    relief = 1 - 0.025 * _noise_field(ph_, pw_, 120, nrng)
    for fold in cfg.get("folds", []):
        axis, pos, strength = fold
        coord = (np.arange(ph_) if axis == "h" else np.arange(pw_)).astype(np.float32)
        d = coord - pos * (ph_ if axis == "h" else pw_)
        prof = np.where(d < 0, -strength * np.exp(d / 90.0) * 0.7, strength * 0.5 * np.exp(-d / 140.0))
        prof -= strength * 1.4 * np.exp(-(d / 2.2) ** 2)          # the crease line itself
        prof += strength * 0.8 * np.exp(-((d - 4) / 2.5) ** 2)   # lit lip of the crease
        relief = relief * (1 + (prof[:, None] if axis == "h" else prof[None, :]))
    for crease in cfg.get("creases", []):  # a diagonal crease from crumpling
        (x0, y0), (x1, y1), strength = crease
        yy, xx = np.mgrid[0:ph_, 0:pw_].astype(np.float32)
        nx, ny = -(y1 - y0) * ph_, (x1 - x0) * pw_
        nrm = math.hypot(nx, ny)
        d = ((xx - x0 * pw_) * nx + (yy - y0 * ph_) * ny) / nrm
        relief *= 1 - strength * np.exp(-(d / 2.0) ** 2) + strength * 0.5 * np.sign(d) * np.exp(-np.abs(d) / 60)
    pg = pg * relief[..., None]
    fill = cfg.get("fill", 0.82)
    scale = min(W * fill / pw_, H * fill / ph_) if not cfg.get("page_scale") else cfg["page_scale"]
    cx, cy = W / 2 + cfg.get("offset", (0, 0))[0] * W, H / 2 + cfg.get("offset", (0, 0))[1] * H
    quad = _quad(cx, cy, pw_ * scale, ph_ * scale, cfg.get("rot", 0.0), cfg.get("persp", (0.0, 0.0)), rng)
    Hp = cv2.getPerspectiveTransform(np.array([[0, 0], [pw_, 0], [pw_, ph_], [0, ph_]], np.float32), quad)
    # fingers behind the page, the page's shadow on the desk, the page, the thumb on top
    for fg in cfg.get("fingers_behind", []):
        img = _finger(img, (fg[0] * W, fg[1] * H), (fg[2] * W, fg[3] * H), fg[4], cfg.get("skin", (0.86, 0.66, 0.55)), nail=True)
    alpha = np.ones((ph_, pw_), np.float32)
    pm = cv2.warpPerspective(alpha, Hp, (W, H))
    img *= (1 - cfg.get("drop", 0.3) * cv2.GaussianBlur(np.roll(pm, (9, 7), (0, 1)), (0, 0), 9))[..., None]
    img, pmask = _place(img, pg, alpha, Hp)
    for fg in cfg.get("thumbs", []):
        img = _finger(img, (fg[0] * W, fg[1] * H), (fg[2] * W, fg[3] * H), fg[4], cfg.get("skin", (0.86, 0.66, 0.55)), nail=True, shadow_on=True)

    # light: shadows, gradient, vignette, glare, cast, exposure
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    illum = np.ones((H, W), np.float32)
    g = cfg.get("gradient")
    if g:
        ang, amt = g
        u = (xx - W / 2) * math.cos(math.radians(ang)) + (yy - H / 2) * math.sin(math.radians(ang))
        illum *= 1 - amt * (u / (0.5 * math.hypot(W, H)) + 1) / 2
    for sh in cfg.get("shadows", []):
        t = sh["type"]
        if t == "edge":      # a straight-edged shadow: everything beyond a line is darker
            a = math.radians(sh["angle"])
            px, py = sh["point"][0] * W, sh["point"][1] * H
            d = (xx - px) * math.cos(a) + (yy - py) * math.sin(a)
            illum *= 1 - sh["strength"] * 0.5 * (1 + np.tanh(d / (2 * max(0.5, sh["soft"]))))
        elif t == "band":    # a straight band (a ruler's or a window frame's shadow)
            a = math.radians(sh["angle"])
            px, py = sh["point"][0] * W, sh["point"][1] * H
            d = np.abs((xx - px) * math.cos(a) + (yy - py) * math.sin(a))
            illum *= 1 - sh["strength"] * 0.5 * (1 - np.tanh((d - sh["width"] / 2) / (2 * max(0.5, sh["soft"]))))
        elif t == "poly":    # an arbitrary soft polygon (a head, a phone, a hand)
            m = np.zeros((H, W), np.float32)
            cv2.fillPoly(m, [np.array([(x * W, y * H) for x, y in sh["pts"]], np.int32)], 1.0, cv2.LINE_AA)
            m = cv2.GaussianBlur(m, (0, 0), sh["soft"])
            illum *= 1 - sh["strength"] * m
    v = cfg.get("vignette", 0.18)
    r2 = ((xx - W / 2) / (W / 2)) ** 2 + ((yy - H / 2) / (H / 2)) ** 2
    illum *= 1 - v * np.clip(r2 / 2, 0, 1)
    img = img * illum[..., None]
    cast = np.array(cfg.get("cast", (1.0, 1.0, 1.0)), np.float32)
    img = img * cast[None, None, :] * cfg.get("exposure", 1.0)
    gm = cfg.get("gamma", 1.0)
    if gm != 1.0:
        img = np.clip(img, 0, 1) ** gm
    for gl in cfg.get("glare", []):
        gx, gy, rx, ry, st = gl
        gsp = np.exp(-(((xx - gx * W) / (rx * W)) ** 2 + ((yy - gy * H) / (ry * H)) ** 2))
        img = img + st * gsp[..., None] * np.array([1.0, 0.99, 0.96], np.float32)
    img = np.clip(img, 0, 1.0)
    b = cfg.get("blur")
    if b:
        if b[0] == "gauss":
            img = cv2.GaussianBlur(img, (0, 0), b[1])
        else:
            img = cv2.filter2D(img, -1, _motion_kernel(b[1], b[2]))
    ns = cfg.get("noise", 0.012)
    img = img + nrng.normal(0, ns, img.shape).astype(np.float32) + nrng.normal(0, ns * 0.8, (H, W, 1)).astype(np.float32)
    out = (np.clip(img, 0, 1) * 255 + 0.5).astype(np.uint8)
    # seal boxes: the ring's outer edge through the same homography
    boxes = []
    for s in page.seals:
        pts = cv2.perspectiveTransform(s["pts"][None].astype(np.float32), Hp)[0]
        x0, y0 = np.floor(pts.min(0)).astype(int)
        x1, y1 = np.ceil(pts.max(0)).astype(int)
        x0, y0, x1, y1 = max(0, x0), max(0, y0), min(W, x1), min(H, y1)
        boxes.append([int(x0), int(y0), int(x1 - x0), int(y1 - y0)])
    return out, boxes, clutter_lines


def save_photo(rgb: np.ndarray, path: Path, cfg: dict):
    """Write a JPEG; with EXIF orientation o the stored pixels are turned so a viewer shows rgb upright."""
    im = Image.fromarray(rgb)
    o = cfg.get("orientation", 1)
    if o == 6:
        stored = im.transpose(Image.Transpose.ROTATE_90)
    elif o == 8:
        stored = im.transpose(Image.Transpose.ROTATE_270)
    elif o == 3:
        stored = im.transpose(Image.Transpose.ROTATE_180)
    else:
        stored = im
    ex = Image.Exif()
    ex[0x010F], ex[0x0110] = cfg.get("camera", ("Xiaomi", "Redmi Note 12"))
    ex[0x0112] = o
    ex[0x0132] = cfg.get("datetime", "2024:06:01 10:00:00")
    if cfg.get("software"):
        ex[0x0131] = cfg["software"]
    ifd = ex.get_ifd(0x8769)
    ifd[0x9003] = cfg.get("datetime", "2024:06:01 10:00:00")
    stored.save(path, "JPEG", quality=cfg.get("quality", 88), exif=ex, subsampling=2)


# ----------------------------------------------------------------------------------------------
# phone screenshots

_LINK = re.compile(r"(?:https?://)?[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+(?:/[A-Za-z0-9/._-]*)?"
                   r"|(?<![\dA-Za-z,.])(?:400-\d{3}-\d{4}|0\d{2,3}-\d{7,8}|1[3-9]\d{9}|95\d{3}|123\d{2}|100\d{2})(?![\d,.])")


class Screen:
    def __init__(self, W, H, dark, bg=None):
        self.W, self.H, self.dark = W, H, dark
        self.s = W / 1080.0
        self.bg = bg or ((0, 0, 0) if dark else (255, 255, 255))
        self.img = Image.new("RGB", (W, H), self.bg)
        self.d = ImageDraw.Draw(self.img)
        self.lines: list[str] = []

    def S(self, v):
        return v * self.s

    def text(self, x, y, s, fname, size, fill, anchor="la", record=True):
        self.d.text((x, y), s, font=font(fname, self.S(size)), fill=fill, anchor=anchor)
        if record and s.strip():
            self.lines.append(s)

    def status_bar(self, clock, fg, bg=None, h=96, battery=0.76):
        S = self.S
        if bg:
            self.d.rectangle([0, 0, self.W, S(h)], fill=bg)
        self.text(S(54), S(h / 2), clock, "sans_bold", 38, fg, anchor="lm", record=False)
        # battery, wifi, signal (icons only)
        bx = self.W - S(120)
        cy = S(h / 2)
        self.d.rounded_rectangle([bx, cy - S(16), bx + S(62), cy + S(16)], radius=S(6), outline=fg, width=max(1, int(S(3))))
        self.d.rectangle([bx + S(6), cy - S(10), bx + S(6) + S(50) * battery, cy + S(10)], fill=fg)
        self.d.rectangle([bx + S(64), cy - S(7), bx + S(69), cy + S(7)], fill=fg)
        wx = bx - S(62)
        for k, rr in enumerate((28, 19, 10)):
            self.d.arc([wx - S(rr), cy + S(10) - S(rr), wx + S(rr), cy + S(10) + S(rr)], 225, 315, fill=fg, width=max(1, int(S(5))))
        self.d.ellipse([wx - S(4), cy + S(6), wx + S(4), cy + S(14)], fill=fg)
        sx = wx - S(110)
        for k in range(4):
            hh = S(9 + 7 * k)
            self.d.rectangle([sx + k * S(12), cy + S(16) - hh, sx + k * S(12) + S(8), cy + S(16)], fill=fg)

    def back_arrow(self, x, cy, fg, size=30, width=5):
        S = self.S
        self.d.line([(x + S(size * .6), cy - S(size * .7)), (x, cy), (x + S(size * .6), cy + S(size * .7))], fill=fg, width=max(2, int(S(width))), joint="curve")

    def dots(self, x, cy, fg, horizontal=True):
        for k in range(3):
            dx, dy = (k * self.S(16), 0) if horizontal else (0, k * self.S(16))
            self.d.ellipse([x + dx - self.S(5), cy + dy - self.S(5), x + dx + self.S(5), cy + dy + self.S(5)], fill=fg)

    def gesture_bar(self, fg):
        S = self.S
        self.d.rounded_rectangle([self.W / 2 - S(140), self.H - S(30), self.W / 2 + S(140), self.H - S(20)], radius=S(5), fill=fg)

    def rich_line(self, x, y, ln, fname, size, fill, link=None):
        """Draw one line; numbers and addresses in link colour, underlined."""
        f = font(fname, self.S(size))
        if not link:
            self.d.text((x, y), ln, font=f, fill=fill)
            return
        pos = 0
        for m in _LINK.finditer(ln):
            pre = ln[pos:m.start()]
            self.d.text((x, y), pre, font=f, fill=fill)
            x += f.getlength(pre)
            seg = m.group(0)
            self.d.text((x, y), seg, font=f, fill=link)
            wseg = f.getlength(seg)
            self.d.line([(x, y + self.S(size) * 1.18), (x + wseg, y + self.S(size) * 1.18)], fill=link, width=max(1, int(self.S(2))))
            x += wseg
            pos = m.end()
        self.d.text((x, y), ln[pos:], font=f, fill=fill)


def avatar(d: ImageDraw.ImageDraw, x, y, size, style, radius):
    """A chat avatar drawn from shapes (no letters)."""
    x, y, size = int(x), int(y), int(size)
    tile = Image.new("RGB", (size, size))
    td = ImageDraw.Draw(tile)
    if style == "landscape":
        td.rectangle([0, 0, size, size], fill=(120, 180, 230))
        td.ellipse([size * .6, size * .12, size * .85, size * .37], fill=(255, 220, 120))
        td.polygon([(0, size), (size * .35, size * .4), (size * .7, size), ], fill=(70, 130, 80))
        td.polygon([(size * .3, size), (size * .7, size * .5), (size, size * .8), (size, size)], fill=(50, 100, 60))
    elif style == "cat":
        td.rectangle([0, 0, size, size], fill=(245, 214, 170))
        td.polygon([(size * .2, size * .45), (size * .28, size * .12), (size * .45, size * .35)], fill=(120, 90, 70))
        td.polygon([(size * .8, size * .45), (size * .72, size * .12), (size * .55, size * .35)], fill=(120, 90, 70))
        td.ellipse([size * .18, size * .28, size * .82, size * .9], fill=(120, 90, 70))
        td.ellipse([size * .33, size * .5, size * .43, size * .6], fill=(250, 240, 200))
        td.ellipse([size * .57, size * .5, size * .67, size * .6], fill=(250, 240, 200))
    elif style == "flower":
        td.rectangle([0, 0, size, size], fill=(250, 236, 240))
        for k in range(6):
            a = math.radians(k * 60)
            cx, cy = size / 2 + size * .2 * math.cos(a), size / 2 + size * .2 * math.sin(a)
            td.ellipse([cx - size * .15, cy - size * .15, cx + size * .15, cy + size * .15], fill=(236, 140, 170))
        td.ellipse([size * .4, size * .4, size * .6, size * .6], fill=(250, 200, 60))
    elif style == "person":
        td.rectangle([0, 0, size, size], fill=(200, 205, 215))
        td.ellipse([size * .32, size * .18, size * .68, size * .54], fill=(245, 245, 248))
        td.ellipse([size * .15, size * .58, size * .85, size * 1.2], fill=(245, 245, 248))
    elif style == "sea":
        td.rectangle([0, 0, size, size // 2], fill=(190, 220, 245))
        td.rectangle([0, size // 2, size, size], fill=(40, 110, 170))
        for k in range(3):
            td.arc([size * (k * .3), size * .55, size * (k * .3 + .35), size * .7], 180, 360, fill=(230, 240, 250), width=max(1, size // 30))
    elif style == "dog":
        td.rectangle([0, 0, size, size], fill=(180, 210, 190))
        td.ellipse([size * .22, size * .25, size * .78, size * .85], fill=(230, 190, 130))
        td.ellipse([size * .1, size * .2, size * .35, size * .6], fill=(160, 110, 70))
        td.ellipse([size * .65, size * .2, size * .9, size * .6], fill=(160, 110, 70))
        td.ellipse([size * .44, size * .58, size * .56, size * .68], fill=(40, 30, 30))
    else:  # "dark": a plain dark silhouette
        td.rectangle([0, 0, size, size], fill=(60, 62, 70))
        td.ellipse([size * .32, size * .18, size * .68, size * .54], fill=(110, 112, 120))
        td.ellipse([size * .15, size * .58, size * .85, size * 1.2], fill=(110, 112, 120))
    mask = Image.new("L", (size, size), 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, size - 1, size - 1], radius=radius, fill=255)
    d._image.paste(tile, (x, y), mask) if hasattr(d, "_image") else None
    return tile, mask


def _paste_avatar(sc: Screen, x, y, size, style):
    tile, mask = avatar(sc.d, x, y, size, style, int(size * 0.12))
    sc.img.paste(tile, (int(x), int(y)), mask)


def render_sms(cfg) -> tuple[Image.Image, list[str]]:
    W, H = cfg["size"]
    dark = cfg["dark"]
    sc = Screen(W, H, dark)
    S = sc.S
    fg = (235, 235, 235) if dark else (20, 20, 20)
    sub = (150, 150, 150) if dark else (130, 130, 130)
    in_bg = (38, 38, 40) if dark else (241, 242, 244)
    out_bg = (40, 100, 220) if dark else (62, 132, 247)
    link = (110, 170, 255) if dark else (30, 100, 220)
    fname = cfg.get("font", "sans")
    sc.status_bar(cfg.get("clock", "10:24"), fg)
    # header
    hy = S(96)
    sc.back_arrow(S(48), hy + S(80), fg)
    sc.text(S(120), hy + S(34), cfg["title"], "sans_bold" if fname == "sans" else fname, 54, fg)
    if cfg.get("subtitle"):
        sc.text(S(120), hy + S(104), cfg["subtitle"], fname, 34, sub)
    # call icon and menu
    sc.dots(W - S(60), hy + S(60), fg, horizontal=False)
    y = hy + S(190)
    sc.d.line([(0, y - S(20)), (W, y - S(20))], fill=(40, 40, 40) if dark else (230, 230, 230), width=1)
    size = cfg.get("text_size", 45)
    f = font(fname, S(size))
    lh = S(size) * 1.5
    maxw = W * 0.70
    bottom_limit = H - S(200)
    for item in cfg["messages"]:
        kind = item[0]
        if kind == "date":
            y += S(20)
            sc.text(W / 2, y, item[1], fname, 32, sub, anchor="ma")
            y += S(70)
            continue
        ls = []
        for para in item[1].split("\n"):
            ls += wrap(para, f, maxw - S(84))
        tw = max(f.getlength(l) for l in ls)
        bw, bh = tw + S(84), len(ls) * lh + S(54)
        x0 = S(40) if kind == "in" else W - S(40) - bw
        if y + bh > bottom_limit:
            raise ValueError(f"SMS thread too long for the screen: {cfg['title']}")
        sc.d.rounded_rectangle([x0, y, x0 + bw, y + bh], radius=S(42), fill=in_bg if kind == "in" else out_bg)
        tcol = fg if kind == "in" else (255, 255, 255)
        ty = y + S(27)
        for l in ls:
            sc.rich_line(x0 + S(42), ty, l, fname, size, tcol, link if kind == "in" else None)
            sc.lines.append(l)
            ty += lh
        y += bh + S(12)
        if len(item) > 2 and item[2]:
            sc.text(x0 + (S(12) if kind == "in" else bw - S(12)), y, item[2], fname, 28, sub, anchor="la" if kind == "in" else "ra")
            y += S(44)
        y += S(26)
    # input bar
    by = H - S(170)
    sc.d.line([(0, by), (W, by)], fill=(40, 40, 40) if dark else (230, 230, 230), width=1)
    sc.d.ellipse([S(36), by + S(36), S(106), by + S(106)], outline=sub, width=max(1, int(S(4))))
    sc.d.line([(S(71), by + S(52)), (S(71), by + S(90))], fill=sub, width=max(1, int(S(4))))
    sc.d.line([(S(52), by + S(71)), (S(90), by + S(71))], fill=sub, width=max(1, int(S(4))))
    sc.d.rounded_rectangle([S(130), by + S(26), W - S(140), by + S(116)], radius=S(45), fill=in_bg)
    sc.text(S(170), by + S(71), cfg.get("placeholder", "短信"), fname, 38, sub, anchor="lm")
    sc.d.polygon([(W - S(100), by + S(46)), (W - S(44), by + S(71)), (W - S(100), by + S(96)), (W - S(88), by + S(71))], fill=sub)
    sc.gesture_bar(sub)
    return sc.img, sc.lines


def render_wechat(cfg) -> tuple[Image.Image, list[str]]:
    W, H = cfg["size"]
    dark = cfg["dark"]
    bg = (17, 17, 17) if dark else (237, 237, 237)
    sc = Screen(W, H, dark, bg=bg)
    S = sc.S
    fg = (220, 220, 220) if dark else (25, 25, 25)
    sub = (120, 120, 120) if dark else (150, 150, 150)
    in_bg = (44, 44, 44) if dark else (255, 255, 255)
    out_bg = (62, 181, 117) if dark else (149, 236, 105)
    out_fg = (17, 17, 17) if dark else (25, 25, 25)
    fname = cfg.get("font", "sans")
    sc.status_bar(cfg.get("clock", "21:36"), fg)
    hy = S(96)
    sc.back_arrow(S(44), hy + S(66), fg)
    if cfg.get("unread"):
        sc.text(S(90), hy + S(66), cfg["unread"], fname, 40, fg, anchor="lm")
    sc.text(W / 2, hy + S(66), cfg["title"], "sans_bold" if fname == "sans" else fname, 50, fg, anchor="mm")
    sc.dots(W - S(92), hy + S(66), fg)
    sc.d.line([(0, hy + S(132)), (W, hy + S(132))], fill=(40, 40, 40) if dark else (215, 215, 215), width=1)
    y = hy + S(170)
    size = cfg.get("text_size", 51)
    f = font(fname, S(size))
    lh = S(size) * 1.42
    av = S(120)
    maxw = W * 0.62
    bottom_limit = H - S(220)
    for item in cfg["messages"]:
        kind = item[0]
        if kind == "time":
            sc.text(W / 2, y + S(10), item[1], fname, 34, sub, anchor="ma")
            y += S(84)
            continue
        side = "in" if kind.endswith("in") else "out"
        ax = S(36) if side == "in" else W - S(36) - av
        if kind.startswith("transfer"):
            bw, bh = S(620), S(250)
            if y + bh > bottom_limit:
                raise ValueError(f"chat too long for the screen: {cfg['title']}")
            _paste_avatar(sc, ax, y, av, cfg["avatars"][side])
            x0 = ax + av + S(24) if side == "in" else ax - S(24) - bw
            done = item[3] if len(item) > 3 else False
            top = (250, 200, 150) if done else (250, 157, 59)
            sc.d.rounded_rectangle([x0, y, x0 + bw, y + bh], radius=S(12), fill=top)
            sc.d.rectangle([x0, y + S(180), x0 + bw, y + bh - S(12)], fill=(255, 255, 255) if not dark else (60, 60, 60))
            sc.d.rounded_rectangle([x0, y + S(180), x0 + bw, y + bh], radius=S(12), fill=(255, 255, 255) if not dark else (60, 60, 60))
            sc.d.rectangle([x0, y + S(180), x0 + bw, y + S(200)], fill=(255, 255, 255) if not dark else (60, 60, 60))
            sc.d.ellipse([x0 + S(36), y + S(40), x0 + S(136), y + S(140)], outline=(255, 255, 255), width=max(2, int(S(6))))
            if done:
                sc.d.line([(x0 + S(62), y + S(92)), (x0 + S(82), y + S(112)), (x0 + S(114), y + S(70))], fill=(255, 255, 255), width=max(2, int(S(7))))
            else:
                sc.d.line([(x0 + S(60), y + S(76)), (x0 + S(112), y + S(76))], fill=(255, 255, 255), width=max(2, int(S(6))))
                sc.d.line([(x0 + S(60), y + S(104)), (x0 + S(112), y + S(104))], fill=(255, 255, 255), width=max(2, int(S(6))))
            sc.text(x0 + S(166), y + S(36), item[1], fname, 48, (255, 255, 255))
            sc.text(x0 + S(166), y + S(104), item[2], fname, 34, (255, 255, 255))
            sc.text(x0 + S(36), y + S(198), "微信转账", fname, 28, sub)
            y += bh + S(40)
            continue
        ls = []
        for para in item[1].split("\n"):
            ls += wrap(para, f, maxw)
        tw = max(f.getlength(l) for l in ls)
        bw, bh = tw + S(60), max(av, len(ls) * lh + S(50))
        if len(ls) > 1 or bh > av:
            bh = len(ls) * lh + S(50)
        bh = max(bh, S(116))
        if y + bh > bottom_limit:
            raise ValueError(f"chat too long for the screen: {cfg['title']}")
        _paste_avatar(sc, ax, y, av, cfg["avatars"][side])
        x0 = ax + av + S(24) if side == "in" else ax - S(24) - bw
        col = in_bg if side == "in" else out_bg
        sc.d.rounded_rectangle([x0, y, x0 + bw, y + bh], radius=S(12), fill=col)
        ty = y + S(58)
        if side == "in":
            sc.d.polygon([(x0 - S(14), ty), (x0 + 1, ty - S(14)), (x0 + 1, ty + S(14))], fill=col)
        else:
            sc.d.polygon([(x0 + bw + S(14), ty), (x0 + bw - 1, ty - S(14)), (x0 + bw - 1, ty + S(14))], fill=col)
        tyy = y + (bh - len(ls) * lh) / 2 + S(2)
        for l in ls:
            sc.d.text((x0 + S(30), tyy), l, font=f, fill=fg if side == "in" else out_fg)
            sc.lines.append(l)
            tyy += lh
        y += bh + S(40)
    # input bar: icons only
    by = H - S(190)
    bar = (30, 30, 30) if dark else (247, 247, 247)
    sc.d.rectangle([0, by, W, H], fill=bar)
    ic = (170, 170, 170) if dark else (40, 40, 40)
    sc.d.ellipse([S(30), by + S(30), S(106), by + S(106)], outline=ic, width=max(1, int(S(4))))
    sc.d.arc([S(50), by + S(50), S(86), by + S(86)], 300, 60, fill=ic, width=max(1, int(S(4))))
    sc.d.rounded_rectangle([S(130), by + S(22), W - S(230), by + S(114)], radius=S(10), fill=(44, 44, 44) if dark else (255, 255, 255))
    sc.d.ellipse([W - S(206), by + S(30), W - S(130), by + S(106)], outline=ic, width=max(1, int(S(4))))
    sc.d.arc([W - S(186), by + S(62), W - S(150), by + S(92)], 20, 160, fill=ic, width=max(1, int(S(4))))
    sc.d.ellipse([W - S(106), by + S(30), W - S(30), by + S(106)], outline=ic, width=max(1, int(S(4))))
    sc.d.line([(W - S(68), by + S(48)), (W - S(68), by + S(88))], fill=ic, width=max(1, int(S(4))))
    sc.d.line([(W - S(88), by + S(68)), (W - S(48), by + S(68))], fill=ic, width=max(1, int(S(4))))
    sc.gesture_bar(ic)
    return sc.img, sc.lines


def render_email(cfg) -> tuple[Image.Image, list[str]]:
    W, H = cfg["size"]
    dark = cfg["dark"]
    sc = Screen(W, H, dark, bg=(24, 24, 26) if dark else (255, 255, 255))
    S = sc.S
    fg = (225, 225, 228) if dark else (28, 28, 30)
    sub = (140, 140, 146) if dark else (120, 120, 126)
    acc = (90, 150, 255) if dark else (20, 110, 230)
    fname = cfg.get("font", "sans")
    sc.status_bar(cfg.get("clock", "10:31"), fg)
    hy = S(96)
    sc.back_arrow(S(44), hy + S(62), acc)
    sc.text(S(92), hy + S(62), cfg.get("folder", "收件箱"), fname, 44, acc, anchor="lm")
    # header icons: trash can and more
    tx = W - S(210)
    sc.d.rectangle([tx, hy + S(46), tx + S(36), hy + S(86)], outline=acc, width=max(1, int(S(4))))
    sc.d.line([(tx - S(8), hy + S(44)), (tx + S(44), hy + S(44))], fill=acc, width=max(1, int(S(4))))
    sc.dots(W - S(96), hy + S(64), acc)
    y = hy + S(150)
    fb = font("sans_bold" if fname in ("sans", "microhei") else fname, S(58))
    for ln in wrap(cfg["subject"], fb, W - S(96)):
        sc.d.text((S(48), y), ln, font=fb, fill=fg)
        sc.lines.append(ln)
        y += S(58) * 1.45
    y += S(30)
    # sender row
    sc.d.ellipse([S(48), y, S(48) + S(110), y + S(110)], fill=(60, 90, 160))
    cx0, cy0 = S(48) + S(55), y + S(55)
    sc.d.line([(cx0, cy0 - S(32)), (cx0, cy0 + S(28))], fill=(255, 255, 255), width=max(1, int(S(5))))
    sc.d.line([(cx0 - S(30), cy0 - S(20)), (cx0 + S(30), cy0 - S(20))], fill=(255, 255, 255), width=max(1, int(S(5))))
    for sx in (-1, 1):
        sc.d.chord([cx0 + sx * S(30) - S(16), cy0 - S(10), cx0 + sx * S(30) + S(16), cy0 + S(16)], 0, 180, fill=(255, 255, 255))
    sc.d.rectangle([cx0 - S(20), cy0 + S(26), cx0 + S(20), cy0 + S(32)], fill=(255, 255, 255))
    sc.text(S(186), y + S(4), cfg["sender_name"], "sans_bold" if fname == "sans" else fname, 44, fg)
    sc.text(W - S(48), y + S(10), cfg["date"], fname, 34, sub, anchor="ra")
    sc.text(S(186), y + S(64), cfg["sender_addr"], fname, 34, sub)
    y += S(140)
    sc.text(S(186), y, cfg.get("to_line", "发送至 我"), fname, 34, sub)
    y += S(80)
    sc.d.line([(S(48), y), (W - S(48), y)], fill=(55, 55, 60) if dark else (228, 228, 232), width=max(1, int(S(2))))
    y += S(50)
    size = cfg.get("text_size", 44)
    f = font(fname, S(size))
    for para in cfg["body"]:
        if para == "":
            y += S(size) * 0.8
            continue
        for ln in wrap(para, f, W - S(96)):
            sc.rich_line(S(48), y, ln, fname, size, fg, acc)
            sc.lines.append(ln)
            y += S(size) * 1.6
    y += S(40)
    # attachment card with a PDF icon (red rectangle, white letters)
    if cfg.get("attachment"):
        name, kb = cfg["attachment"]
        card = (40, 40, 44) if dark else (245, 246, 248)
        sc.d.rounded_rectangle([S(48), y, W - S(48), y + S(150)], radius=S(18), fill=card)
        sc.d.rounded_rectangle([S(78), y + S(25), S(178), y + S(125)], radius=S(10), fill=(222, 52, 48))
        sc.text(S(128), y + S(75), "PDF", "sans_bold", 32, (255, 255, 255), anchor="mm")
        fa = font(fname, S(38))
        nm = name
        while fa.getlength(nm) > W - S(310) and len(nm) > 4:
            nm = nm[:-5] + "….pdf"
        sc.text(S(206), y + S(30), nm, fname, 38, fg)
        sc.text(S(206), y + S(88), kb, fname, 30, sub)
        y += S(150)
    if y > H - S(220):
        raise ValueError("email too long for the screen")
    # bottom toolbar
    by = H - S(200)
    sc.d.line([(0, by), (W, by)], fill=(55, 55, 60) if dark else (228, 228, 232), width=1)
    labels = ["回复", "全部回复", "转发", "删除"]
    for k, lab in enumerate(labels):
        cxk = W * (k + 0.5) / 4
        sc.d.rounded_rectangle([cxk - S(26), by + S(36), cxk + S(26), by + S(82)], radius=S(8), outline=sub, width=max(1, int(S(4))))
        sc.text(cxk, by + S(100), lab, fname, 30, sub, anchor="ma")
    sc.gesture_bar(sub)
    return sc.img, sc.lines


def render_loan_app(cfg) -> tuple[Image.Image, list[str]]:
    """A lender app's repayment page (light)."""
    W, H = cfg["size"]
    sc = Screen(W, H, False, bg=(245, 246, 248))
    S = sc.S
    fg, sub = (30, 30, 34), (130, 132, 140)
    brand = (236, 84, 46)
    fname = cfg.get("font", "sans")
    sc.d.rectangle([0, 0, W, S(660)], fill=brand)
    sc.status_bar(cfg.get("clock", "20:05"), (255, 255, 255))
    hy = S(96)
    sc.back_arrow(S(44), hy + S(62), (255, 255, 255))
    sc.text(W / 2, hy + S(62), cfg["title"], "sans_bold", 50, (255, 255, 255), anchor="mm")
    # the brand's round logo: a white disc with a red mark (printed logo, not a seal)
    lx, ly = S(84), hy + S(180)
    sc.d.ellipse([lx - S(36), ly - S(36), lx + S(36), ly + S(36)], fill=(255, 255, 255))
    sc.d.ellipse([lx - S(28), ly - S(28), lx + S(28), ly + S(28)], fill=(220, 40, 40))
    sc.d.polygon([(lx - S(14), ly + S(12)), (lx, ly - S(16)), (lx + S(14), ly + S(12))], fill=(255, 255, 255))
    sc.text(S(140), ly, cfg["brand"], "sans_bold", 40, (255, 255, 255), anchor="lm")
    sc.text(S(60), hy + S(260), cfg["due_label"], fname, 36, (255, 230, 220))
    sc.text(S(60), hy + S(316), cfg["due_amount"], "sans_bold", 96, (255, 255, 255))
    sc.text(S(60), hy + S(470), cfg["due_note"], fname, 34, (255, 235, 225))
    y = S(700)
    # plan card
    sc.d.rounded_rectangle([S(36), y, W - S(36), y + S(120 + 120 * len(cfg["plan"]))], radius=S(24), fill=(255, 255, 255))
    sc.text(S(76), y + S(40), cfg["plan_title"], "sans_bold", 42, fg)
    yy = y + S(120)
    for row in cfg["plan"]:
        period, date, amt, status, red = row
        sc.d.line([(S(76), yy), (W - S(76), yy)], fill=(236, 236, 240), width=1)
        sc.text(S(76), yy + S(28), period, fname, 38, fg)
        sc.text(S(76), yy + S(76), date, fname, 30, sub)
        sc.text(W - S(300), yy + S(28), amt, fname, 38, fg, anchor="ra")
        sc.d.rounded_rectangle([W - S(250), yy + S(30), W - S(76), yy + S(84)], radius=S(27),
                               fill=(253, 232, 230) if red else (238, 240, 244))
        sc.text(W - S(163), yy + S(57), status, fname, 30, (220, 50, 40) if red else sub, anchor="mm")
        yy += S(120)
    y = yy + S(40)
    # notice box
    f = font(fname, S(36))
    ls = []
    for para in cfg["notice"]:
        ls += wrap(para, f, W - S(152))
    bh = S(100) + len(ls) * S(36) * 1.6
    sc.d.rounded_rectangle([S(36), y, W - S(36), y + bh], radius=S(24), fill=(255, 248, 240))
    sc.text(S(76), y + S(30), cfg["notice_title"], "sans_bold", 38, (200, 90, 30))
    ty = y + S(96)
    for ln in ls:
        sc.rich_line(S(76), ty, ln, fname, 36, (90, 70, 60), (30, 100, 220))
        sc.lines.append(ln)
        ty += S(36) * 1.6
    y += bh + S(40)
    for ln in cfg.get("footer", []):
        sc.text(W / 2, y, ln, fname, 30, sub, anchor="ma")
        y += S(52)
    if y > H - S(240):
        raise ValueError("app page too long")
    # buttons
    by = H - S(210)
    sc.d.rectangle([0, by, W, H], fill=(255, 255, 255))
    sc.d.rounded_rectangle([S(36), by + S(30), W / 2 - S(18), by + S(140)], radius=S(55), outline=brand, width=max(2, int(S(4))))
    sc.text(W / 4 + S(9), by + S(85), cfg["buttons"][0], "sans_bold", 42, brand, anchor="mm")
    sc.d.rounded_rectangle([W / 2 + S(18), by + S(30), W - S(36), by + S(140)], radius=S(55), fill=brand)
    sc.text(3 * W / 4 - S(9), by + S(85), cfg["buttons"][1], "sans_bold", 42, (255, 255, 255), anchor="mm")
    sc.gesture_bar((180, 180, 180))
    return sc.img, sc.lines


# ----------------------------------------------------------------------------------------------
# page layouts

PW, PH = 1240, 1754
LM = 130
TW = PW - 2 * LM
XR = PW - LM


def court_page(rng, court, title, case_no, paras, date, *, fname="serif", size=34, lh=1.65,
               addressee=None, tail=None, seal=True, seal_text=None, title_gap=22, sign=None,
               title_size=68, top=150, paper=(249, 248, 243)):
    """A people's court paper: court name, spaced title, case number, body, date with the court seal."""
    p = Page(PW, PH, paper=paper)
    p.center(top, court, "serif_bold", 50)
    p.spaced_center(top + 88, title, "serif_bold", title_size, title_gap)
    y = top + 88 + title_size + 40
    if case_no:
        p.right(XR, y, case_no, fname, size)
        y += size * 2.2
    if addressee:
        for a in addressee:
            p.text(LM, y, a, fname, size)
            y += size * lh
    for para in paras:
        y = p.para(LM, y, para, fname, size, TW, lh=lh, indent=not para.startswith("（") or True)
    y += size * 1.2
    if sign:
        for s_ in sign:
            p.right(XR - 40, y, s_, fname, size)
            y += size * 1.9
    dy = y + size * 0.6
    p.right(XR - 40, dy, date, fname, size)
    if seal:
        r = rng.uniform(150, 168)
        p.seal(XR - 40 - font(fname, size).getlength(date) / 2 + rng.uniform(-20, 20), dy + size / 2 + rng.uniform(-30, 10), r,
               seal_text or ("" + court), "emblem", "court", rng)
    y = dy + size * 2.6
    if tail:
        for t in tail:
            y = p.para(LM, y, t, fname, size - 4, TW, lh=1.5, indent=False)
    return p, y


def letter_page(rng, fname, size=34, paper=(251, 251, 248)):
    return Page(PW, PH, paper=paper)


def sign_block(p: Page, rng, y, names, date, fname, size, seal=None):
    """Signature lines at the right, the date, and optionally a star seal over them."""
    yy = y
    for n in names:
        p.right(XR - 20, yy, n, fname, size)
        yy += size * 1.8
    p.right(XR - 20, yy, date, fname, size)
    if seal:
        text, kind = seal[0], seal[1]
        kw = seal[2] if len(seal) > 2 else {}
        r = kw.pop("r", rng.uniform(140, 160))
        cx = XR - 20 - font(fname, size).getlength(date) / 2 + rng.uniform(-25, 25)
        cy = yy - size * 0.6 + rng.uniform(-25, 15)
        p.seal(cx, cy, r, text, "star", kind, rng, **kw)
    return yy + size * 2


# ----------------------------------------------------------------------------------------------
# desk clutter (benign papers partly in frame)

CLUTTER = {
    "receipt": [("超市购物小票", "sans_bold", 40), ("牛奶 2盒 13.60", "sans", 32), ("鸡蛋 1盒 12.80", "sans", 32), ("合计 26.40", "sans", 32)],
    "minutes": [("会议纪要", "sans_bold", 42), ("时间：6月4日下午3点", "sans", 32), ("地点：三楼小会议室", "sans", 32), ("参会：市场部全体", "sans", 32)],
    "express": [("快递详情单", "sans_bold", 42), ("寄件人：李女士", "sans", 32), ("物品：书籍", "sans", 32)],
    "list": [("购物清单", "kai", 46), ("大米 酱油", "kai", 40), ("洗衣液 纸巾", "kai", 40)],
    "water": [("水费缴费凭证", "sans_bold", 40), ("户号 0231-5567", "sans", 32), ("本期用水 12吨", "sans", 32), ("金额 42.60元", "sans", 32)],
    "homework": [("数学练习", "ming", 42), ("1. 3.6 + 2.5 =", "ming", 36), ("2. 12 × 4 =", "ming", 36)],
    "menu": [("外卖菜单", "sans_bold", 42), ("宫保鸡丁 28", "sans", 34), ("米饭 2", "sans", 34)],
}


def clutter(name, cx, cy, rot, w=620, h=820, scale=0.85):
    return dict(w=w, h=h, cx=cx, cy=cy, rot=rot, scale=scale, lines=CLUTTER[name])


ALL_MARKERS = ["seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid", "image.edited",
               "penalty.inflated", "contract.termination", "blacklist.dishonest", "family.children",
               "lawsuit.threat", "visit.home", "persona.authority", "promise.fee_waiver", "contact.third_party",
               "contact.virtual_number", "blacklist.online_loan", "borrow.new_loan", "asset.freeze",
               "pressure.deadline", "sms.impersonation", "text.spaced"]


# ----------------------------------------------------------------------------------------------
# the items: lawful photos


def p_agency_letter_1(rng):
    f = "sans"
    p = Page(PW, PH)
    p.round_logo(LM + 50, 150, 50, glyph="wave")
    p.text(LM + 120, 112, "深圳市诚衡信用管理有限公司", "sans_bold", 46, fill=RED_PRINT)
    p.text(LM + 122, 172, "SHENZHEN CHENGHENG CREDIT MANAGEMENT CO., LTD.", "sans", 22, fill=RED_PRINT)
    p.rule(226, double=True)
    p.center(290, "还款提醒函", "sans_bold", 62)
    y = 400
    p.right(XR, y, "编号：CH-2024-05213", f, 30); y += 64
    p.text(LM, y, "致：黄志明先生", f, 34); y += 64
    for para in [
        "受广州瑞丰小额贷款有限公司（以下简称“瑞丰小贷”）委托，本公司就您在瑞丰小贷的借款逾期事宜与您联系。",
        "截至2024年5月20日，您的借款（合同编号RF20230817-0426）已逾期47天，逾期本金2,860.00元，逾期利息按合同约定计算为96.40元。",
        "如一次还清确有困难，您可以在瑞丰小贷官方App“瑞丰借款”的“协商还款”页面申请分期，或拨打瑞丰小贷客服电话400-830-6618办理。还款请只使用App内显示的对公账户。",
        "如长期未能还款，瑞丰小贷可能依法向人民法院提起诉讼，具体以法院的裁判为准。如对欠款金额有异议，请在收到本函后与我们联系核对。",
    ]:
        y = p.para(LM, y, para, f, 34, TW)
        y += 8
    y += 10
    p.text(LM, y, "联系人：李女士（工号CH0375）　电话：0755-2360××××", f, 30); y += 100
    sign_block(p, rng, y, ["深圳市诚衡信用管理有限公司"], "2024年5月22日", f, 34,
               seal=("深圳市诚衡信用管理有限公司", "company"))
    cfg = dict(size=(1200, 1600), bg="wood", fill=0.84, rot=-3.5, persp=(0.035, 0.0), offset=(-0.02, 0.01),
               clutter=[clutter("receipt", 0.93, 0.12, 24), clutter("minutes", 0.06, 0.9, -14)],
               objects=[("pen", 0.62, 0.955, 0.98, 0.9, (0.1, 0.15, 0.5))],
               cast=(1.04, 1.0, 0.9), gradient=(30, 0.18), noise=0.012, camera=("HUAWEI", "ELS-AN00"),
               datetime="2024:05:24 19:42:11", quality=86)
    return dict(page=p, cfg=cfg, doc_type="other", text_contains=["还款提醒函", "瑞丰小额贷款"],
                notes="Compliant collection-agency reminder naming the lender and the agency, factual overdue amount, instalments through the lender's app; red letterhead with a round logo, agency star seal; photo on a cluttered wooden desk.")


def p_enforcement_notice(rng):
    paras = [
        "本院受理的申请执行人深圳前海安捷商业保理有限公司与被执行人陈建国借款合同纠纷一案，本院作出的（2023）粤0304民初23456号民事判决书已经发生法律效力。申请执行人于2023年9月4日向本院申请强制执行，本院已依法立案执行。",
        "依照《中华人民共和国民事诉讼法》的有关规定，责令你自本通知送达之日起履行下列义务：",
        "一、向申请执行人支付借款本金38,500元及逾期利息（按判决确定的标准计算）；",
        "二、负担案件受理费412元、申请执行费525元。",
        "同时，你应当自收到本通知之日起五日内如实向本院报告当前以及收到本通知之日前一年的财产情况。逾期不履行的，本院将依法强制执行。",
    ]
    p, y = court_page(rng, "广东省深圳市福田区人民法院", "执行通知书", "（2023）粤0304执5678号", paras, "2023年9月11日",
                      fname="serif", size=34, addressee=["陈建国："],
                      sign=None, tail=["联系人：执行员 周敏　联系电话：0755-8388××××"])
    cfg = dict(size=(1200, 1600), bg="grey_desk", fill=0.86, rot=2.0, persp=(0.06, 0.015),
               shadows=[dict(type="edge", angle=40, point=(0.55, 0.55), strength=0.42, soft=3)],
               gradient=(200, 0.12), noise=0.011, camera=("Xiaomi", "2211133C"), datetime="2023:09:15 12:10:40")
    return dict(page=p, cfg=cfg, doc_type="other", text_contains=["执行通知书", "粤0304执5678号"],
                notes="Genuine-style enforcement notice to a judgment debtor with a valid case number and the court's emblem seal; a hard diagonal shadow crosses the page.")


def p_property_report_order(rng):
    paras = [
        "本院在执行申请执行人杭州银行股份有限公司西湖支行与被执行人刘芳金融借款合同纠纷一案中，你未按执行通知履行生效法律文书确定的义务。",
        "依照《中华人民共和国民事诉讼法》和《最高人民法院关于民事执行中财产调查若干问题的规定》的有关规定，责令你在收到本令后五日内，如实向本院书面报告当前以及收到执行通知之日前一年的财产情况。",
        "报告的财产包括：收入、银行存款、现金、理财产品，土地使用权、房屋等不动产，交通运输工具、机器设备等动产，债权、股权、投资权益等。",
        "拒绝报告或者虚假报告的，本院可以根据情节轻重对你予以罚款、拘留；构成犯罪的，依法追究刑事责任。",
    ]
    p, y = court_page(rng, "浙江省杭州市西湖区人民法院", "报告财产令", "（2024）浙0106执1234号", paras, "2024年4月8日",
                      fname="ming", size=34, addressee=["被执行人：刘芳，女，1988年3月出生，住浙江省杭州市西湖区。"],
                      tail=["附：财产申报表一份"])
    cfg = dict(size=(1200, 1600), bg="white_desk", fill=0.85, rot=-1.5, persp=(-0.02, 0.01),
               folds=[("h", 0.34, 0.07), ("h", 0.67, 0.06)], glare=[(0.62, 0.3, 0.22, 0.14, 0.42)],
               gradient=(90, 0.1), noise=0.01, camera=("OPPO", "PGEM10"), datetime="2024:04:12 09:03:27")
    return dict(page=p, cfg=cfg, doc_type="other", text_contains=["报告财产令", "浙0106执1234号"],
                notes="Property-report order in a real enforcement case, folded in thirds, with a glare patch; court emblem seal on the date.")


def p_restriction_order(rng):
    paras = [
        "本院于2023年6月2日立案执行申请执行人北京京融小额贷款有限公司与被执行人赵海涛借款合同纠纷一案。因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你采取限制消费措施，限制你不得实施以下高消费及非生活和工作必需的消费行为：",
        "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。",
        "如因私消费以个人财产实施前述行为的，可以向本院提出申请，获批准后方可进行。如违反本限制消费令，经查证属实的，本院将依法予以处理。",
    ]
    p, y = court_page(rng, "北京市朝阳区人民法院", "限制消费令", "（2023）京0105执8899号", paras, "2023年8月21日",
                      fname="serif", size=31, lh=1.62, addressee=["被执行人：赵海涛，男，1982年11月出生，住北京市朝阳区。"])
    cfg = dict(size=(1200, 1600), bg="wood_dark", fill=0.87, rot=1.0, persp=(0.02, -0.02),
               cast=(0.92, 1.04, 0.93), blur=("gauss", 0.9), noise=0.013, gradient=(300, 0.12),
               orientation=6, camera=("vivo", "V2238A"), datetime="2023:08:25 20:31:09")
    return dict(page=p, cfg=cfg, doc_type="restriction_order", text_contains=["限制消费令", "京0105执8899号"],
                notes="Consumption-restriction order addressed to a real judgment debtor (valid case number, emblem seal), under greenish fluorescent light, slightly soft; stored sideways with EXIF orientation 6.")


def p_dishonest_decision(rng):
    paras = [
        "本院在执行申请执行人上海浦江商业银行股份有限公司信用卡中心与被执行人孙丽华信用卡纠纷一案中，查明被执行人孙丽华有履行能力而拒不履行（2023）沪0115民初40512号民事判决书确定的给付义务。",
        "依照《中华人民共和国民事诉讼法》的有关规定和《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第二条、第六条的规定，决定如下：",
        "将孙丽华纳入失信被执行人名单，纳入期限为二年。",
        "本决定一经作出即生效。被执行人认为本决定有错误的，可以向本院申请纠正。被执行人全部履行义务后，本院将依法删除其失信信息。",
    ]
    p, y = court_page(rng, "上海市浦东新区人民法院", "决定书", "（2024）沪0115执3210号", paras, "2024年2月27日",
                      fname="ming", size=34, title_gap=46,
                      addressee=["申请执行人：上海浦江商业银行股份有限公司信用卡中心。", "被执行人：孙丽华，女，1979年6月出生，住上海市浦东新区。"])
    cfg = dict(size=(1200, 1600), bg="wood", fill=0.83, rot=-2.0, persp=(0.03, 0.0),
               exposure=0.5, gamma=1.12, cast=(1.06, 0.98, 0.82), noise=0.03, blur=("gauss", 0.7),
               gradient=(135, 0.3), camera=("Apple", "iPhone 12"), software="17.2.1", datetime="2024:03:02 22:47:51")
    return dict(page=p, cfg=cfg, doc_type="restriction_order", text_contains=["决定书", "失信被执行人名单"],
                notes="Decision listing a judgment debtor as dishonest after an effective judgment, court emblem seal; photographed in low evening light with noise.")


def p_detention_decision(rng):
    paras = [
        "本院在执行申请执行人苏州金阊小额贷款有限公司与被执行人吴志强民间借贷纠纷一案中，查明吴志强有能力履行而拒不履行本院（2023）苏0508民初7788号民事判决书确定的给付义务，经本院多次传唤后仍拒绝报告财产情况。",
        "依照《中华人民共和国民事诉讼法》的有关规定，决定如下：",
        "对吴志强司法拘留十五日。",
        "如不服本决定，可以在收到决定书之日起三日内，口头或者书面向江苏省苏州市中级人民法院申请复议一次。复议期间，不停止本决定的执行。",
    ]
    p, y = court_page(rng, "江苏省苏州市姑苏区人民法院", "拘留决定书", "（2024）苏0508执1567号", paras, "2024年3月19日",
                      fname="serif", size=34, addressee=["被拘留人：吴志强，男，1985年7月出生，住江苏省苏州市姑苏区。"])
    cfg = dict(size=(1200, 1600), bg="wood", fill=0.78, rot=5.0, persp=(0.025, 0.02), offset=(0.03, 0.02),
               clutter=[clutter("express", 0.1, 0.1, -18), clutter("water", 0.95, 0.93, 12)],
               objects=[("mug", 0.9, 0.1, 95, (0.85, 0.85, 0.83))],
               cast=(1.12, 0.97, 0.72), gradient=(160, 0.2), noise=0.014,
               camera=("HONOR", "ANY-AN00"), datetime="2024:03:21 21:05:33")
    return dict(page=p, cfg=cfg, doc_type="other", text_contains=["拘留决定书", "苏0508执1567号"],
                notes="Court detention decision for refusing to comply with a judgment (valid case number, emblem seal), under warm tungsten light on a cluttered desk with other papers.")


def p_judgment_last_page(rng):
    f, sz = "serif", 34
    p = Page(PW, PH, paper=(250, 250, 246))
    y = 150
    for para in [
        "被告所欠借款本金38,500元的事实清楚，证据充分，本院予以确认。原告主张的逾期利息标准未超过合同约定及法律规定的上限，本院予以支持。",
        "综上所述，依照《中华人民共和国民法典》第六百六十七条、第六百七十五条、第六百七十六条的规定，判决如下：",
        "一、被告陈建国于本判决发生法律效力之日起十日内向原告深圳前海安捷商业保理有限公司偿还借款本金38,500元；",
        "二、被告陈建国于本判决发生法律效力之日起十日内向原告深圳前海安捷商业保理有限公司支付逾期利息（以38,500元为基数，自2022年11月1日起按年利率13.8%计算至实际清偿之日止）；",
        "三、驳回原告的其他诉讼请求。",
        "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十条之规定，加倍支付迟延履行期间的债务利息。",
        "案件受理费412元（已减半收取），由被告陈建国负担。",
        "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于广东省深圳市中级人民法院。",
    ]:
        y = p.para(LM, y, para, f, sz, TW)
    y += 50
    p.right(XR - 40, y, "审判员　林晓东", f, sz); y += 110
    date = "二〇二三年五月十八日"
    p.right(XR - 40, y, date, f, sz)
    p.seal(XR - 40 - font(f, sz).getlength(date) / 2 + 10, y + 10, 158, "广东省深圳市福田区人民法院", "emblem", "court", rng)
    p.rect_stamp(LM + 20, y - 30, ["本件与原本核对无异"], "sans_bold", 34, rng, angle=2.0)
    y += 110
    p.right(XR - 40, y, "书记员　郑佳", f, sz)
    p.center(PH - 110, "第 4 页 共 4 页", f, 26)
    cfg = dict(size=(1200, 1600), bg="grey_desk", fill=0.86, rot=-2.5, persp=(0.04, 0.0),
               blur=("motion", 9, 20), noise=0.01, gradient=(60, 0.12),
               camera=("Xiaomi", "M2102K1C"), datetime="2023:09:02 15:22:06")
    return dict(page=p, cfg=cfg, doc_type="other", text_contains=["判决如下", "本件与原本核对无异"],
                notes="Last page of a civil judgment with the court's emblem seal and a rectangular red 'copy checked' stamp beside it; slight motion blur.")


def p_bank_acceleration_1(rng):
    f = "sans"
    p = Page(PW, PH)
    p.round_logo(LM + 48, 140, 48, glyph="bank")
    p.text(LM + 116, 102, "瀚海银行股份有限公司苏州分行", "sans_bold", 44, fill=RED_PRINT)
    p.text(LM + 118, 160, "HANHAI BANK CO., LTD. SUZHOU BRANCH", "sans", 22, fill=RED_PRINT)
    p.rule(210, width=5)
    p.center(270, "贷款提前到期通知书", "sans_bold", 58)
    y = 380
    p.right(XR, y, "编号：HH-SZ-2024-0317", f, 30); y += 64
    p.text(LM, y, "借款人：何文斌", f, 34); y += 66
    for para in [
        "您于2021年6月与我行签订《个人消费贷款合同》（合同编号HHXF2021060088），借款金额人民币120,000元，期限36个月。自2023年7月起，您已连续9期未按约定归还本息。截至2024年3月31日，逾期本金24,310.55元，逾期利息及罚息1,862.20元。",
        "根据合同第十二条约定，借款人连续三期或累计六期未按期还款的，贷款人有权宣布贷款提前到期。经我行多次电话及书面提醒未果，现依约宣布上述贷款于2024年4月15日提前到期，届时全部剩余本金61,504.18元及相应利息应予归还。",
        "如您对上述金额有异议，或希望协商还款方案，请于2024年4月15日前携带本人身份证件到我行苏州分行营业部办理，或致电我行客服热线。我行保留依法通过诉讼途径主张权利的权利。",
    ]:
        y = p.para(LM, y, para, f, 34, TW)
        y += 6
    y += 70
    sign_block(p, rng, y, ["瀚海银行股份有限公司苏州分行"], "2024年4月1日", f, 34,
               seal=("瀚海银行股份有限公司苏州分行", "company", dict(bottom="业务专用章")))
    cfg = dict(size=(1200, 1600), bg="wood", fill=0.8, rot=3.0, persp=(0.03, -0.01), offset=(0.02, 0.0),
               clutter=[clutter("homework", 0.08, 0.12, -22), clutter("list", 0.92, 0.88, 15)],
               objects=[("phone", 0.12, 0.86, 330, 160, 70.0)],
               shadows=[dict(type="poly", pts=[(0.0, 0.62), (0.5, 1.0), (0.0, 1.0)], strength=0.45, soft=10)],
               noise=0.012, camera=("HUAWEI", "NOH-AN00"), datetime="2024:04:03 18:12:45")
    return dict(page=p, cfg=cfg, doc_type="cancellation_notice", text_contains=["贷款提前到期通知书", "瀚海银行"],
                notes="Bank acceleration notice after nine missed instalments, citing the contract clause and inviting negotiation; red letterhead and round coin logo, bank star seal; diagonal shadow over the lower corner.")


def p_bank_acceleration_2(rng):
    f = "microhei"
    p = Page(PW, PH)
    p.text(LM, 100, "青溪农村商业银行股份有限公司", "microhei", 46, fill=RED_PRINT)
    p.rule(172, width=3)
    p.rule(182, width=3)
    p.center(250, "提前收回贷款通知书", f, 58)
    y = 370
    p.right(XR, y, "青农商贷通〔2024〕第0261号", f, 30); y += 66
    p.text(LM, y, "借款人：温国栋（身份证号3306**********2217）", f, 32); y += 64
    for para in [
        "您于2022年3月在我行青溪支行申请的个人经营贷款（借款合同编号QX-JY-2022-00315）金额200,000元，约定按月付息、到期还本。自2023年1月起您未支付利息，至今已逾期14个月，欠付利息18,640.00元。",
        "根据借款合同第九条第（三）项的约定，借款人逾期支付利息超过90日的，贷款人可以提前收回全部贷款。我行现决定提前收回该笔贷款，请您于2024年4月30日前归还贷款本金200,000元及欠付利息。",
        "如有异议或需商议还款安排，请与青溪支行客户经理朱先生联系，电话0579-8612××××。逾期未处理的，我行将依法向人民法院提起诉讼。",
    ]:
        y = p.para(LM, y, para, f, 33, TW)
        y += 6
    y += 60
    sign_block(p, rng, y, ["青溪农村商业银行股份有限公司青溪支行"], "2024年3月28日", f, 33,
               seal=("青溪农村商业银行股份有限公司青溪支行", "company", dict(r=158)))
    cfg = dict(size=(1200, 1600), bg="fabric", fill=0.86, rot=-1.0, persp=(0.0, 0.03),
               shadows=[dict(type="edge", angle=0, point=(0.62, 0.5), strength=0.38, soft=2.5)],
               noise=0.012, gradient=(270, 0.1), orientation=8, camera=("Xiaomi", "2304FPN6DC"), datetime="2024:03:30 11:40:02")
    return dict(page=p, cfg=cfg, doc_type="cancellation_notice", text_contains=["提前收回贷款通知书", "农村商业银行"],
                notes="Rural bank recalls a business loan after fourteen months without interest, citing the contract; bank star seal; a straight vertical shadow edge on the right; stored with EXIF orientation 8.")


def p_landlord(rng):
    f = "kai"
    p = Page(PW, PH, paper=(246, 240, 222))
    for k in range(24):   # ruled letter paper
        yy = 200 + k * 62
        p.d.line([(90, yy + 50), (PW - 90, yy + 50)], fill=(170, 190, 210), width=2)
    p.center(150, "催缴房租通知", f, 60)
    y = 272 - 4
    for para in [
        "张先生：您好！",
        "您租住的幸福里小区7栋1203室，2024年3月、4月两个月的房租共计5,600元到现在还没有付。按我们签的租房合同第五条，房租应在每月5日前付清。",
        "请您在4月30日前把房租转到合同上写的收款账户（工商银行尾号3391，户名王秀兰）。如果一时有困难，请提前跟我说，可以分两次付。",
        "如果一直不付，我只能按合同约定解除租赁合同，并通过法律途径处理。希望我们好好商量。",
    ]:
        y = p.para(LM, y, para, f, 40, TW, lh=1.55, indent=not para.endswith("您好！"))
    y += 62
    p.right(XR - 40, y, "房东：王秀兰", f, 40); y += 124
    p.right(XR - 40, y, "电话：138××××6627", f, 40); y += 124
    p.right(XR - 40, y, "2024年4月18日", f, 40)
    cfg = dict(size=(1125, 1500), bg="room", fill=0.92, rot=-2.0, persp=(0.02, 0.0), drop=0.15,
               folds=[("h", 0.5, 0.07), ("v", 0.5, 0.05)],
               fingers_behind=[(0.0, 0.46, 0.06, 0.44, 62), (0.0, 0.56, 0.06, 0.55, 62), (1.0, 0.5, 0.94, 0.48, 62)],
               thumbs=[(-0.04, 0.66, 0.1, 0.62, 80), (1.04, 0.7, 0.9, 0.66, 80)],
               exposure=0.78, cast=(1.05, 1.0, 0.9), noise=0.018, blur=("gauss", 0.8),
               camera=("OPPO", "PHB110"), datetime="2024:04:19 20:15:40")
    return dict(page=p, cfg=cfg, doc_type="other", text_contains=["催缴房租通知", "王秀兰"],
                notes="Landlord's handwritten-style rent reminder on ruled paper, held in both hands, folded in four, dim indoor light; it names a personal rent account, as rent agreements do.")


def p_property_notice(rng):
    f = "zenhei"
    p = Page(PW, PH)
    p.round_logo(LM + 46, 132, 46, glyph="house")
    p.text(LM + 110, 100, "悦华物业服务有限公司", "zenhei", 46, fill=RED_PRINT)
    p.rule(190, width=6)
    p.center(250, "物业服务费催缴通知", f, 56)
    y = 370
    p.text(LM, y, "尊敬的3栋2单元601业主：", f, 34); y += 70
    for para in [
        "截至2024年6月30日，您的物业服务费（2023年7月至2024年6月）共计3,456.00元尚未缴纳。物业服务费用于小区保洁、绿化、安保和公共设施维护，感谢您一直以来的支持。",
        "缴费方式：一、到小区物业服务中心前台刷卡或扫码缴费；二、在“悦居生活”App中选择本房屋在线缴纳，缴费后可开具电子发票。",
        "如对收费标准或服务有疑问，欢迎到物业服务中心咨询，或拨打服务热线0571-8690××××。根据《物业服务合同》的约定，长期逾期未缴的，物业公司可依法通过诉讼方式追缴。",
    ]:
        y = p.para(LM, y, para, f, 34, TW)
        y += 8
    y += 60
    sign_block(p, rng, y, ["悦华物业服务有限公司", "锦绣苑物业服务中心"], "2024年7月3日", f, 34,
               seal=("悦华物业服务有限公司", "company", dict(bottom="财务专用章")))
    cfg = dict(size=(1200, 1600), bg="door", fill=0.76, rot=0.5, persp=(-0.05, 0.0), offset=(0.0, -0.02),
               glare=[(0.35, 0.62, 0.18, 0.12, 0.5)], gradient=(0, 0.15), noise=0.011,
               camera=("HUAWEI", "ALN-AL00"), datetime="2024:07:04 08:20:19")
    return dict(page=p, cfg=cfg, doc_type="other", text_contains=["物业服务费催缴通知", "悦华物业"],
                notes="Property-management fee reminder taped to a flat door, red letterhead with a round house logo, company star seal; strong glare spot on the lower half of the sheet.")


def p_employer_notice(rng):
    f = "sans"
    p = Page(PW, PH)
    p.center(110, "杭州云帆科技有限公司", "sans_bold", 56, fill=RED_PRINT)
    p.rule(200, width=6)
    p.center(250, "关于员工借款还款安排的确认通知", f, 46)
    y = 360
    p.text(LM, y, "销售部 周晓峰：", f, 34); y += 70
    for para in [
        "您于2023年10月向公司申请员工借款8,000元，用于家庭医疗支出。根据您签署的《员工借款协议》，借款不计利息，自2024年3月起每月从工资中扣还1,000元，共八期。",
        "截至2024年5月，已扣还3期共3,000元，剩余5,000元。因您在5月申请了无薪假，本月工资不足以扣还，本期暂停扣还，顺延至6月起继续。",
        "如您希望调整每月扣还金额，请在6月10日前与人力资源部联系，双方书面确认后执行。如对扣还记录有疑问，可随时查阅工资条或咨询财务部。",
    ]:
        y = p.para(LM, y, para, f, 34, TW)
        y += 8
    y += 60
    sign_block(p, rng, y, ["杭州云帆科技有限公司人力资源部"], "2024年5月28日", f, 34,
               seal=("杭州云帆科技有限公司", "company"))
    p.rule(PH - 150, width=3)
    p.text(LM, PH - 130, "抄送：财务部", f, 28)
    cfg = dict(size=(1200, 1600), bg="grey_desk", fill=0.86, rot=1.5, persp=(0.03, 0.02),
               cast=(0.9, 0.98, 1.1), noise=0.011, gradient=(240, 0.14), orientation=3,
               camera=("Apple", "iPhone 14"), software="17.5", datetime="2024:05:29 14:02:50")
    return dict(page=p, cfg=cfg, doc_type="other", text_contains=["员工借款", "云帆科技"],
                notes="Employer's notice about an interest-free staff loan repaid from wages, red letterhead and red rules, company star seal; cool daylight cast; stored upside down with EXIF orientation 3.")


def p_hospital_bill(rng):
    f = "microhei"
    w, h = 980, 1500
    p = Page(w, h, paper=(252, 252, 250))
    p.center(70, "江城市第一人民医院", "microhei", 44)
    p.center(132, "住院费用清单及补缴通知单", f, 36)
    y = 210
    for a, b in [("患者姓名：李桂英", "住院号：Z20240611"), ("科室：心内科", "床号：12床"), ("入院日期：2024-06-03", "打印日期：2024-06-12")]:
        p.text(80, y, a, f, 28)
        p.text(520, y, b, f, 28)
        y += 48
    y += 16
    p.d.line([(70, y), (w - 70, y)], fill=INK, width=2)
    y += 16
    p.text(80, y, "项目", f, 28); p.text(560, y, "金额（元）", f, 28); y += 50
    p.d.line([(70, y), (w - 70, y)], fill=INK, width=1)
    y += 14
    for item, amt in [("床位费", "450.00"), ("西药费", "2,136.50"), ("检查费", "1,280.00"), ("化验费", "695.00"),
                      ("治疗费", "862.40"), ("护理费", "270.00"), ("材料费", "524.70")]:
        p.text(80, y, item, f, 28); p.text(560, y, amt, f, 28); y += 46
    p.d.line([(70, y + 4), (w - 70, y + 4)], fill=INK, width=2)
    y += 22
    for a in ["费用合计：6,218.60元", "医保统筹预计支付：3,900.00元", "已交预交金：0.00元", "目前欠费：2,318.60元"]:
        p.text(80, y, a, f, 30); y += 52
    y += 12
    for para in ["您好，患者预交金已用完，请家属尽快到住院收费处（门诊楼一楼）补交，也可在医院微信公众号中缴纳。出院时按实际费用结算，多退少补。如有疑问请咨询科室护士站。"]:
        y = p.para(80, y, para, f, 28, w - 160, lh=1.55)
    p.rect_stamp(w - 380, y + 30, ["住院收费处", "2024.06.12"], "sans_bold", 30, rng, angle=-4.0)
    cfg = dict(size=(1080, 1440), bg="room", fill=0.9, rot=3.0, persp=(0.02, 0.0), drop=0.15,
               fingers_behind=[(1.0, 0.3, 0.9, 0.32, 58), (1.0, 0.4, 0.9, 0.41, 58)],
               thumbs=[(1.04, 0.5, 0.86, 0.44, 74)],
               shadows=[dict(type="band", angle=80, point=(0.3, 0.5), width=120, strength=0.3, soft=12)],
               noise=0.013, gradient=(0, 0.12), camera=("vivo", "V2307A"), datetime="2024:06:12 16:45:10")
    return dict(page=p, cfg=cfg, doc_type="other", text_contains=["住院费用", "补交"],
                notes="Hospital inpatient bill asking the family to top up the deposit, rectangular red cashier stamp (not a seal), held by one hand with a soft band shadow.")


def p_school_fee(rng):
    f = "serif"
    p = Page(PW, PH)
    p.round_logo(LM + 52, 140, 52, glyph="book")
    p.text(LM + 124, 104, "江城市实验中学", "serif_bold", 52, fill=RED_PRINT)
    p.text(LM + 126, 172, "JIANGCHENG EXPERIMENTAL MIDDLE SCHOOL", "serif", 22, fill=RED_PRINT)
    p.rule(218, width=5)
    p.center(270, "2024年秋季学期收费通知", f, 50)
    y = 380
    p.text(LM, y, "各位家长：", f, 34); y += 68
    for para in [
        "根据市教育局、市发展和改革委员会核定的收费项目和标准，现将本学期收费事项通知如下：",
        "一、收费项目：住宿费600元/学期（仅住校生）；代收作业本费85元，按实际支出结算，多退少补。",
        "二、缴费时间为8月26日至9月6日，请通过“江城教育缴费”公众号或学校财务室缴纳，学校不通过任何个人账户收取费用。",
        "三、家庭经济困难的学生，可向班主任提出资助申请，学校将按规定审核后办理减免。",
    ]:
        y = p.para(LM, y, para, f, 34, TW)
        y += 6
    p.text(LM, y + 20, "学校财务室电话：0716-822××××", f, 32)
    y += 130
    sign_block(p, rng, y, ["江城市实验中学"], "2024年8月20日", f, 34,
               seal=("江城市实验中学", "government", dict(r=140)))
    cfg = dict(size=(1200, 1600), bg="wood", fill=0.8, rot=-6.0, persp=(0.02, 0.0), offset=(0.02, 0.02),
               clutter=[clutter("homework", 0.9, 0.1, 10), clutter("menu", 0.08, 0.92, -8)],
               objects=[("pen", 0.02, 0.35, 0.2, 0.12, (0.75, 0.1, 0.12))],
               creases=[((0.1, 0.0), (0.95, 0.7), 0.05), ((0.0, 0.8), (0.8, 1.0), 0.04)],
               cast=(1.08, 1.0, 0.86), gradient=(45, 0.15), noise=0.012,
               camera=("HUAWEI", "CET-AL00"), datetime="2024:08:22 19:10:02")
    return dict(page=p, cfg=cfg, doc_type="other", text_contains=["收费通知", "实验中学"],
                notes="Public school's fee notice with a red letterhead and a filled round red school logo, school star seal; crumpled creases, warm light, a red pen and other papers on the desk; mentions fee relief for poor families.")


def p_newspaper(rng):
    w, h = 1400, 1900
    p = Page(w, h, paper=(236, 232, 220))
    p.text(80, 50, "江城晚报", "serif_bold", 130, fill=RED_PRINT)
    p.text(w - 80, 70, "2024年6月18日　星期二", "sans", 28, anchor="ra")
    p.text(w - 80, 116, "第8521期　今日16版", "sans", 28, anchor="ra")
    p.text(w - 80, 162, "本版编辑：许文", "sans", 26, anchor="ra")
    p.rule(215, x0=60, x1=w - 60, width=8)
    p.text(80, 250, "监管提醒：催收不得骚扰无关第三人", "serif_bold", 60)
    p.text(80, 338, "专家：逾期不等于失信，核实文书请拨12368", "sans", 34)
    p.d.line([(60, 400), (w - 60, 400)], fill=INK, width=2)
    art = ("本报讯（记者 何平）近日，市消费者权益保护委员会收到多起关于网贷催收的投诉。有市民反映，"
           "自己的贷款逾期后，有人以“已立案”“上门催收”等说法施压，还给其同事打电话。记者就此采访了有关专家。"
           "市律师协会金融专业委员会委员赵律师介绍，根据中国互联网金融协会的自律公约，催收人员应当表明所代表的机构，"
           "不得骚扰与债务无关的人员，不得向无关人员透露债务信息。借款逾期属于民事纠纷，出借方可以依法起诉，"
           "但只有人民法院才能作出判决和采取执行措施。被执行人经法院判决后仍有能力履行而拒不履行的，才可能被纳入失信被执行人名单。"
           "赵律师提醒，收到自称法院的文书或短信，可以拨打12368核实；如遇威胁恐吓，可以保留证据并向金融监管部门投诉。"
           "对确有困难的借款人，专家建议主动与出借机构的官方客服联系，协商分期或延期还款，不要借新还旧。")
    cols = 3
    gap = 40
    cw = (w - 160 - gap * (cols - 1)) / cols
    fcol = font("serif", 27)
    ls = wrap(art, fcol, cw, fcol.getlength("　　"))
    per = math.ceil(len(ls) / cols)
    for c in range(cols):
        x = 80 + c * (cw + gap)
        yy = 430
        for i, ln in enumerate(ls[c * per:(c + 1) * per]):
            first = (c == 0 and i == 0)
            p.d.text((x + (fcol.getlength("　　") if first else 0), yy), ln, font=fcol, fill=INK)
            p.lines.append(("　　" + ln) if first else ln)
            yy += 44
        if c:
            p.d.line([(x - gap / 2, 430), (x - gap / 2, 430 + per * 44)], fill=(120, 120, 120), width=1)
    yb = 430 + per * 44 + 40
    p.d.line([(60, yb), (w - 60, yb)], fill=INK, width=2)
    p.text(80, yb + 30, "滨江公园夜市本周末开市", "serif_bold", 44)
    y2 = yb + 100
    y2 = p.para(80, y2, "本报讯 滨江公园夜市将于本周六晚六时开市，设摊位120个，以本地小吃和文创产品为主。市民可乘坐公交12路、36路到达。夜市每周五至周日开放，持续到十月底。", "serif", 27, 780, lh=1.6)
    # an advertisement box with a red border
    p.d.rectangle([920, yb + 30, w - 80, yb + 330], outline=RED_PRINT, width=6)
    p.text(950, yb + 60, "家电以旧换新", "sans_bold", 40, fill=RED_PRINT)
    p.text(950, yb + 130, "旧机抵扣最高500元", "sans", 30)
    p.text(950, yb + 180, "活动时间：6月20日至7月7日", "sans", 24)
    p.text(950, yb + 225, "地址：人民路188号", "sans", 24)
    yc = max(y2, yb + 330) + 40
    p.d.line([(60, yc), (w - 60, yc)], fill=INK, width=2)
    p.text(80, yc + 30, "本市新增三处公共充电站", "serif_bold", 44)
    more = ("本报讯 记者从市城市管理局获悉，位于江滨路、光明大道和火车站北广场的三处公共充电站已于本周投入使用，"
            "共有快充桩48个。市民可通过“江城停车”小程序查询空闲桩位，充电费用按峰谷时段计价。"
            "市城市管理局表示，年内还将在老旧小区周边增设慢充桩，方便居民夜间充电。")
    fm = font("serif", 27)
    ls2 = wrap(more, fm, (w - 200) / 2, fm.getlength("　　"))
    half = math.ceil(len(ls2) / 2)
    for c in range(2):
        x = 80 + c * ((w - 200) / 2 + 40)
        yy = yc + 100
        for k, ln in enumerate(ls2[c * half:(c + 1) * half]):
            first = (c == 0 and k == 0)
            p.d.text((x + (fm.getlength("　　") if first else 0), yy), ln, font=fm, fill=INK)
            p.lines.append(("　　" + ln) if first else ln)
            yy += 44
    p.center(h - 70, "江城晚报社出版　广告热线：0716-8223××××", "sans", 22)
    cfg = dict(size=(1200, 1600), bg="wood", fill=0.9, rot=-2.0, persp=(0.03, 0.0),
               glare=[(0.7, 0.35, 0.2, 0.12, 0.38)], gradient=(180, 0.12), noise=0.012,
               camera=("Apple", "iPhone 13"), software="17.5.1", datetime="2024:06:18 18:55:20")
    return dict(page=p, cfg=cfg, doc_type="other", text_contains=["江城晚报", "催收"],
                notes="Evening-newspaper page reporting on collection rules, quoting threats only as reported speech; huge red masthead, red rule and a red-bordered advert; photographed on a table with a glare patch.")


def p_lawyer_letter(rng):
    f = "serif"
    p = Page(PW, PH)
    p.center(110, "广东信衡律师事务所", "serif_bold", 46)
    p.center(170, "GUANGDONG XINHENG LAW FIRM", "serif", 22)
    p.rule(215, width=2, fill=INK)
    p.spaced_center(260, "律师函", "serif_bold", 64, 40)
    y = 380
    p.right(XR, y, "（2024）信衡律函字第0462号", f, 30); y += 66
    p.text(LM, y, "致：马晓东先生", f, 34); y += 66
    for para in [
        "广东信衡律师事务所接受广州穗通消费金融有限公司（以下简称“委托人”）的委托，指派本所律师就您与委托人之间借款合同的履行事宜致函如下：",
        "根据委托人提供的资料，您于2022年9月通过委托人的“穗通借”App借款人民币30,000元，分24期归还。截至2024年5月31日，您已有5期未按期还款，逾期本金6,237.50元。",
        "请您在方便时通过委托人官方App或对公账户归还逾期款项。如您对欠款数额有异议，或确有困难需要调整还款计划，欢迎与本所律师联系协商。",
        "如协商不成，委托人保留依法向有管辖权的人民法院提起诉讼的权利。",
    ]:
        y = p.para(LM, y, para, f, 34, TW)
        y += 6
    y += 20
    p.text(LM, y, "承办律师：欧文杰　联系电话：020-8756××××", f, 30)
    y += 120
    sign_block(p, rng, y, ["广东信衡律师事务所"], "2024年6月5日", f, 34,
               seal=("广东信衡律师事务所", "law_firm"))
    cfg = dict(size=(1200, 1600), bg="wood_dark", fill=0.82, rot=2.0, persp=(0.025, 0.0),
               clutter=[clutter("express", 0.92, 0.1, 30)],
               objects=[("keyboard", 0.0, 0.0, 0.35, 0.08)],
               shadows=[dict(type="edge", angle=90, point=(0.5, 0.72), strength=0.4, soft=3)],
               cast=(0.95, 1.0, 1.08), noise=0.012, gradient=(100, 0.12),
               camera=("Xiaomi", "23049RAD8C"), datetime="2024:06:08 13:33:21")
    return dict(page=p, cfg=cfg, doc_type="lawyer_letter", text_contains=["律", "信衡律师事务所"],
                notes="Calm lawyer's letter naming the lender, the overdue principal and the official channel; law-firm star seal on the date; a straight horizontal shadow edge across the lower third, cool cast.")


def p_summons(rng):
    f = "serif"
    p = Page(PW, PH)
    p.center(140, "湖北省武汉市武昌区人民法院", "serif_bold", 50)
    p.spaced_center(228, "传票", "serif_bold", 72, 90)
    x0, x1 = LM - 20, XR + 20
    rows = [("案号", "（2024）鄂0106民初4567号"), ("案由", "金融借款合同纠纷"), ("被传唤人", "马丽"),
            ("工作单位或住址", "湖北省武汉市武昌区中南路××号"), ("传唤事由", "开庭审理"),
            ("应到时间", "2024年7月9日上午9时30分"), ("应到处所", "本院第十二法庭")]
    y = 360
    rh = 92
    p.d.rectangle([x0, y, x1, y + rh * len(rows)], outline=INK, width=3)
    for i, (k, v) in enumerate(rows):
        yy = y + i * rh
        if i:
            p.d.line([(x0, yy), (x1, yy)], fill=INK, width=2)
        p.text(x0 + 30, yy + 28, k, f, 34)
        p.text(x0 + 330, yy + 28, v, f, 34)
    p.d.line([(x0 + 300, y), (x0 + 300, y + rh * len(rows))], fill=INK, width=2)
    y += rh * len(rows) + 50
    p.text(LM, y, "注意事项：", f, 32); y += 56
    for t in ["一、被传唤人必须准时到达应到处所。", "二、本传票由被传唤人携带来院报到。",
              "三、被传唤人收到传票后，应在送达回证上签名或者盖章。",
              "四、如有疑问，可拨打诉讼服务热线12368咨询。"]:
        y = p.para(LM, y, t, f, 32, TW, lh=1.6, indent=False)
    y += 50
    p.right(XR - 40, y, "审判员　黄立新", f, 34); y += 100
    date = "2024年6月3日"
    p.right(XR - 40, y, date, f, 34)
    p.seal(XR - 40 - font(f, 34).getlength(date) / 2, y + 8, 156, "湖北省武汉市武昌区人民法院", "emblem", "court", rng)
    cfg = dict(size=(1200, 1600), bg="room", fill=0.9, rot=-1.0, persp=(0.015, 0.01), drop=0.12,
               folds=[("h", 0.33, 0.06), ("h", 0.66, 0.06)],
               fingers_behind=[(0.0, 0.22, 0.06, 0.22, 60), (0.0, 0.3, 0.06, 0.31, 60)],
               thumbs=[(-0.04, 0.16, 0.1, 0.2, 78)],
               shadows=[dict(type="edge", angle=-50, point=(0.4, 0.4), strength=0.36, soft=4)],
               noise=0.013, camera=("HUAWEI", "JAD-AL50"), datetime="2024:06:06 10:02:37")
    return dict(page=p, cfg=cfg, doc_type="court_summons", text_contains=["传", "鄂0106民初4567号"],
                notes="Genuine-style court summons as a table with a valid civil case number and the court's emblem seal, tri-folded, held at the top-left corner, diagonal shadow.")


def p_restriction_company(rng):
    paras = [
        "本院于2024年1月15日立案执行申请执行人成都锦城融资租赁有限公司与被执行人成都蓉达商贸有限公司融资租赁合同纠纷一案。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人成都蓉达商贸有限公司及其法定代表人何建华采取限制消费措施。",
        "被执行人及其法定代表人不得实施乘坐飞机、列车软卧、G字头动车组列车全部座位，在星级以上宾馆、酒店进行高消费，购买不动产，租赁高档写字楼办公，购买非经营必需车辆，旅游、度假，以及支付高额保费购买保险理财产品等高消费及非生活和工作必需的消费行为。",
        "因私消费以个人财产实施前述行为的，可以向本院提出申请，获批准后方可进行。",
    ]
    p, y = court_page(rng, "四川省成都市武侯区人民法院", "限制消费令", "（2024）川0107执2345号", paras, "2024年3月6日",
                      fname="ming", size=33, addressee=["被执行人：成都蓉达商贸有限公司", "法定代表人：何建华"])
    cfg = dict(size=(1200, 1600), bg="white_desk", fill=0.86, rot=-3.0, persp=(0.03, 0.02),
               blur=("gauss", 1.3), glare=[(0.45, 0.78, 0.25, 0.08, 0.35)], exposure=0.82, gradient=(120, 0.2),
               noise=0.016, camera=("OPPO", "PFFM10"), datetime="2024:03:09 17:48:30")
    return dict(page=p, cfg=cfg, doc_type="restriction_order", text_contains=["限制消费令", "川0107执2345号"],
                notes="Consumption-restriction order against a company and its legal representative (valid case number, emblem seal); out of focus, dim, with glare across the seal area.")


def p_mediation_notice(rng):
    paras = [
        "原告广州穗通消费金融有限公司诉你金融借款合同纠纷一案，本院已于2024年3月5日收到起诉材料。经原告同意，本院在立案前委派广州市天河区金融纠纷人民调解委员会进行调解。",
        "调解员：梁秀珍，联系电话：020-3866××××。调解期限为三十日，经双方同意可以适当延长。调解不收取费用。",
        "你可以自行或委托代理人参加调解。调解达成协议的，可以申请司法确认；调解不成的，本院将依法登记立案，案件进入诉讼程序。",
        "你可以通过人民法院在线服务平台查询本案进度，或拨打12368咨询。",
    ]
    p, y = court_page(rng, "广东省广州市天河区人民法院", "诉前调解通知书", "（2024）粤0106民诉前调8123号", paras, "2024年3月8日",
                      fname="zenhei", size=33, title_gap=10, title_size=62, addressee=["马晓东："])
    cfg = dict(size=(1200, 1600), bg="wood", fill=0.78, rot=8.0, persp=(0.08, 0.03), offset=(0.02, 0.03),
               clutter=[clutter("receipt", 0.12, 0.08, -30), clutter("water", 0.9, 0.9, 20)],
               objects=[("mug", 0.1, 0.9, 90, (0.2, 0.35, 0.6))],
               shadows=[dict(type="poly", pts=[(0.55, 0.0), (1.0, 0.0), (1.0, 0.45), (0.8, 0.3)], strength=0.4, soft=25)],
               noise=0.012, gradient=(20, 0.1), camera=("vivo", "V2254A"), datetime="2024:03:11 12:30:45")
    return dict(page=p, cfg=cfg, doc_type="other", text_contains=["诉前调解通知书", "民诉前调8123号"],
                notes="Court's pre-filing mediation notice naming the real mediator and a 民诉前调 case number, emblem seal; strong perspective on a cluttered desk with a soft head shadow in the corner.")


def p_agency_letter_2(rng):
    f = "microhei"
    p = Page(PW, PH)
    p.round_logo(PW / 2, 120, 44, glyph="peaks")
    p.center(180, "成都汇信企业管理咨询有限公司", "microhei", 40, fill=RED_PRINT)
    p.rule(246, width=3)
    p.center(300, "委托还款提醒告知函", f, 54)
    y = 410
    p.text(LM, y, "刘晓燕女士：", f, 34); y += 70
    for para in [
        "本公司受西岭消费金融股份有限公司（以下简称“西岭消费金融”）委托，就您在西岭消费金融的借款逾期事宜进行提醒。本公司工作人员均以工号表明身份。",
        "据西岭消费金融提供的信息，您的借款（借据号XL2023112200457）已逾期60天，逾期本金5,180.00元，逾期利息及费用以西岭消费金融App显示为准。",
        "请您通过西岭消费金融App或其官方对公账户还款。如需办理分期、延期，请在App中提交申请，或拨打西岭消费金融客服热线400-028-6600。",
        "如您认为本函所述信息有误，或对催收方式有意见，可向西岭消费金融客服反映，也可以向当地金融监管部门投诉。",
    ]:
        y = p.para(LM, y, para, f, 33, TW)
        y += 6
    y += 20
    p.text(LM, y, "本公司工号：HX-0921　电话：028-8541××××", f, 30)
    y += 120
    sign_block(p, rng, y, ["成都汇信企业管理咨询有限公司"], "2024年6月21日", f, 34,
               seal=("成都汇信企业管理咨询有限公司", "company"))
    cfg = dict(size=(1125, 1500), bg="room", fill=0.9, rot=2.5, persp=(-0.02, 0.0), drop=0.12,
               fingers_behind=[(1.0, 0.52, 0.94, 0.5, 60), (1.0, 0.6, 0.94, 0.6, 60)],
               thumbs=[(1.04, 0.42, 0.9, 0.47, 76), (-0.04, 0.5, 0.08, 0.47, 76)],
               shadows=[dict(type="edge", angle=180 + 25, point=(0.3, 0.5), strength=0.35, soft=3)],
               noise=0.014, gradient=(0, 0.1), cast=(1.0, 1.0, 0.95),
               camera=("HONOR", "PGT-AN10"), datetime="2024:06:24 09:12:01")
    return dict(page=p, cfg=cfg, doc_type="other", text_contains=["还款提醒", "西岭消费金融"],
                notes="Second compliant agency letter: names the lender, gives the collector's badge number, overdue amount, official channels and a complaint route; red round logo and red name at the top, agency star seal; hand-held with a straight shadow edge.")


# ----------------------------------------------------------------------------------------------
# the items: forged photos


def f_fake_lawyer_letter(rng):
    f = "zenhei"
    p = Page(PW, PH)
    p.center(130, "律师函", "sans_bold", 72)
    y = 290
    p.text(LM, y, "致：欠款人 王磊", f, 36); y += 80
    for para in [
        "你在“速借宝”平台的借款已严重逾期。现本所受平台委托，正式通知你：",
        "一、平台将按剩余本金的20%收取违约金，并按日加收罚息；",
        "二、请你在48小时内结清全部欠款，否则我所将立即向法院起诉，并申请将你列入失信被执行人名单；",
        "三、届时将安排工作人员走访你的户籍地，上门核实你的财产情况。",
        "特此函告，后果自负！",
    ]:
        y = p.para(LM, y, para, f, 36, TW, indent=not para.startswith(("一", "二", "三")))
        y += 10
    y += 110
    p.right(XR - 40, y, "华诚律师事务所 法务部", f, 36); y += 80
    p.right(XR - 40, y, "2024年6月3日", f, 36)
    cfg = dict(size=(1200, 1600), bg="grey_desk", fill=0.84, rot=-2.0, persp=(0.03, 0.0),
               folds=[("h", 0.5, 0.08)], clutter=[clutter("menu", 0.92, 0.92, 14)],
               noise=0.012, gradient=(210, 0.15), camera=("Xiaomi", "2211133C"), datetime="2024:06:04 08:40:31")
    return dict(page=p, cfg=cfg, doc_type="lawyer_letter", lawful=False,
                expect=["seal.missing", "penalty.inflated", "pressure.deadline", "lawsuit.threat", "blacklist.dishonest", "visit.home"],
                forbid=["seal.issuer_mismatch", "doc.case_number_invalid", "image.edited", "sms.impersonation", "text.spaced",
                        "contact.virtual_number", "borrow.new_loan", "blacklist.online_loan", "asset.freeze", "family.children",
                        "promise.fee_waiver"],
                text_contains=["律师函", "剩余本金的20%"],
                notes="Forged lawyer's letter with no seal and no firm details: penalty on the whole remaining principal, 48-hour deadline, immediate lawsuit and dishonest-list threat, home visit; folded, on a desk.")


def f_fake_restriction(rng):
    f = "sans"
    p = Page(PW, PH)
    p.center(130, "限制消费令", "sans_bold", 70)
    y = 250
    p.center(y, "（2024）催执字第0815号", f, 34); y += 90
    p.text(LM, y, "被执行人：李娜", f, 34); y += 70
    for para in [
        "你在“闪电借”平台的借款逾期未还，经平台风控中心审核，现对你发布限制消费令：",
        "一、即日起将你列入全国失信被执行人名单，禁止乘坐飞机、高铁；",
        "二、你的子女不得就读私立学校，并将影响子女升学政审；",
        "三、冻结你名下所有银行卡及微信、支付宝账户。",
        "请于今日18点前联系处理，逾期将移交法院强制执行。",
        "联系电话：17056782341",
    ]:
        y = p.para(LM, y, para, f, 34, TW, indent=not para.startswith(("一", "二", "三", "联系")))
        y += 10
    y += 80
    sign_block(p, rng, y, ["发布单位：深圳市闪电借网络科技有限公司"], "2024年5月16日", f, 34,
               seal=("深圳市闪电借网络科技有限公司", "company"))
    cfg = dict(size=(1125, 1500), bg="room", fill=0.9, rot=-2.0, persp=(0.02, 0.01), drop=0.12,
               fingers_behind=[(0.0, 0.6, 0.06, 0.58, 60), (0.0, 0.7, 0.06, 0.69, 60)],
               thumbs=[(-0.04, 0.52, 0.09, 0.52, 76)],
               glare=[(0.62, 0.12, 0.2, 0.07, 0.32)], noise=0.013,
               camera=("OPPO", "PGEM10"), datetime="2024:05:16 15:20:44")
    return dict(page=p, cfg=cfg, doc_type="restriction_order", lawful=False,
                expect=["seal.issuer_mismatch", "doc.case_number_invalid", "blacklist.dishonest", "family.children",
                        "asset.freeze", "contact.virtual_number"],
                forbid=["seal.missing", "image.edited", "sms.impersonation", "text.spaced", "penalty.inflated",
                        "borrow.new_loan", "blacklist.online_loan", "promise.fee_waiver", "contract.termination"],
                text_contains=["限制消费令", "闪电借"],
                notes="Fake consumption-restriction order issued by a lending company: company star seal, invented '催执字' number, dishonest list, children's schooling, frozen accounts, a 170 call-back number; hand-held with glare.")


def f_fake_cancellation(rng):
    f = "microhei"
    p = Page(PW, PH)
    p.center(130, "解除合同通知书", "microhei", 64)
    y = 270
    p.text(LM, y, "借款人：孙浩", f, 34); y += 70
    for para in [
        "您于2024年1月在“易花”平台借款12,000元，现已逾期5天。根据平台规定，现通知如下：",
        "一、立即解除您与平台签订的借款合同，全部借款提前到期；",
        "二、您须于3日内一次性结清全部欠款13,860元；",
        "三、平台将按剩余本金的15%收取违约金1,800元。",
        "逾期不处理的，我司将把您的欠款信息上报全网黑名单，届时您将无法在任何平台借款。",
    ]:
        y = p.para(LM, y, para, f, 34, TW, indent=not para.startswith(("一", "二", "三")))
        y += 10
    y += 100
    sign_block(p, rng, y, ["杭州易花网络科技有限公司"], "2024年2月20日", f, 34,
               seal=("杭州易花网络科技有限公司", "company"))
    cfg = dict(size=(1200, 1600), bg="wood", fill=0.84, rot=1.5, persp=(0.02, 0.0),
               clutter=[clutter("list", 0.08, 0.1, -12)], noise=0.01, gradient=(300, 0.12),
               software="Adobe Photoshop 24.1 (Windows)", camera=("HUAWEI", "ELS-AN00"), datetime="2024:02:20 16:02:11")
    return dict(page=p, cfg=cfg, doc_type="cancellation_notice", lawful=False,
                expect=["image.edited", "contract.termination", "penalty.inflated", "blacklist.online_loan"],
                forbid=["seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid", "sms.impersonation", "text.spaced",
                        "family.children", "visit.home", "contact.virtual_number", "borrow.new_loan", "asset.freeze"],
                text_contains=["解除合同通知书", "剩余本金的15%"],
                notes="Bluff cancellation notice five days after a missed payment: immediate termination, whole balance in 3 days, 15% of the remaining principal as penalty, 'whole-network blacklist'; the JPEG names Photoshop as its software.")


def f_fake_summons(rng):
    f = "serif"
    p = Page(PW, PH)
    p.center(140, "上海市静安区人民法院", "serif_bold", 50)
    p.spaced_center(230, "传票", "serif_bold", 72, 90)
    y = 380
    for a in ["被传唤人：周强", "案由：恶意拖欠网络借款"]:
        p.text(LM, y, a, f, 34); y += 66
    y += 10
    for para in [
        "你因恶意拖欠网贷平台借款且拒不归还，涉嫌骗贷，本院已立案。",
        "请于收到本传票后72小时内到本院说明情况。逾期不到的，本院将依法对你拘留，并冻结你名下所有银行卡。",
    ]:
        y = p.para(LM, y, para, f, 34, TW)
        y += 10
    y += 120
    date = "2024年4月2日"
    p.right(XR - 40, y, date, f, 34)
    p.seal(XR - 40 - font(f, 34).getlength(date) / 2, y + 10, 152, "上海市静安区人民法院", "star", "court", rng)
    cfg = dict(size=(1200, 1600), bg="wood_dark", fill=0.84, rot=-3.0, persp=(0.03, 0.01),
               shadows=[dict(type="edge", angle=-35, point=(0.3, 0.3), strength=0.35, soft=5)],
               noise=0.012, orientation=6, camera=("vivo", "V2238A"), datetime="2024:04:02 19:12:51")
    return dict(page=p, cfg=cfg, doc_type="court_summons", lawful=False,
                expect=["seal.issuer_mismatch", "doc.case_number_invalid", "lawsuit.threat", "asset.freeze"],
                forbid=["seal.missing", "image.edited", "sms.impersonation", "text.spaced", "penalty.inflated",
                        "blacklist.online_loan", "borrow.new_loan", "family.children", "promise.fee_waiver",
                        "contact.third_party", "contact.virtual_number", "contract.termination"],
                text_contains=["传", "骗贷"],
                notes="Fake court summons with no case number and a five-pointed-star seal bearing a court's name, threatening detention and frozen cards within 72 hours; stored sideways with EXIF orientation 6.")


# ----------------------------------------------------------------------------------------------
# the items: screenshots


def s_cmb(rng):
    cfg = dict(size=(1080, 2340), dark=False, title="招商银行", subtitle="95555", clock="14:52", font="sans",
               messages=[
                   ("date", "5月28日 周二 10:02"),
                   ("in", "【招商银行】您尾号8823的信用卡本期账单应还3,286.50元，最低还款328.65元，到期还款日6月2日。可登录掌上生活App查询或还款。", "10:02"),
                   ("date", "6月4日 周二 09:15"),
                   ("in", "【招商银行】您尾号8823的信用卡本期账单已逾期，最低还款额328.65元尚未还清。请尽快通过掌上生活App、招商银行App或网点还款，以免影响您的信用记录。如已还款请忽略。", "09:15"),
                   ("out", "今天发工资后马上还", "09:31"),
                   ("date", "6月5日 周三 14:40"),
                   ("in", "【招商银行】您尾号8823的信用卡已收到还款328.65元，感谢您的支持。如需办理账单分期，请拨打95555咨询。", "14:40"),
               ])
    return dict(render=render_sms, cfg=cfg, sender="95555", text_contains=["招商银行", "尾号8823"],
                notes="Bank credit-card SMS thread from 95555: statement, a factual overdue reminder, a payment confirmation; light mode.")


def s_wechat_friend(rng):
    cfg = dict(size=(1080, 2340), dark=False, title="老周", clock="20:31", font="sans",
               avatars={"in": "sea", "out": "cat"},
               messages=[
                   ("time", "6月10日 晚上20:18"),
                   ("in", "在吗？上次借你的那5000，我这个月先还你2000"),
                   ("transfer_in", "¥2,000.00", "已收款", True),
                   ("out", "收到了，不急的，你先把家里的事处理好"),
                   ("in", "剩下3000下个月发了工资再转你。借条你先留着，等还清了再撕掉"),
                   ("out", "行，有困难就说一声"),
                   ("time", "20:26"),
                   ("in", "谢啦兄弟，改天请你吃饭"),
               ])
    return dict(render=render_wechat, cfg=cfg, sender=None, text_contains=["借条", "2000"],
                notes="WeChat chat with a friend repaying a personal loan in part by transfer; avatars and bubbles, no speaker labels; light mode.")


def s_court_12368(rng):
    cfg = dict(size=(720, 1560), dark=False, title="12368", subtitle="诉讼服务", clock="16:08", font="microhei",
               messages=[
                   ("date", "5月6日 周一 15:21"),
                   ("in", "【深圳市福田区人民法院】梁志华：您好！原告深圳瑞通小额贷款有限公司诉您借款合同纠纷一案，案号（2024）粤0304民初18826号，定于2024年6月18日9时30分在本院第七法庭开庭审理，请携带身份证件准时到庭。诉讼材料可登录人民法院在线服务平台查看。如有疑问请拨打12368。", "15:21"),
                   ("date", "6月17日 周一 16:00"),
                   ("in", "【深圳市福田区人民法院】梁志华：提醒您，（2024）粤0304民初18826号案件将于明日9时30分开庭，请准时参加。本短信仅作提醒，具体以送达的法律文书为准。", "16:00"),
               ])
    return dict(render=render_sms, cfg=cfg, sender="12368", text_contains=["人民法院", "12368"],
                notes="Court hearing notice and reminder from the courts' own 12368 number with a valid civil case number; light mode, small screen.")


def s_fake_court_1069(rng):
    cfg = dict(size=(1080, 2340), dark=False, title="10690571188260", subtitle="浙江 杭州", clock="11:52", font="sans",
               messages=[
                   ("date", "今天 11:47"),
                   ("in", "【上海市浦东新区人民法院】陈伟先生，您在多个网贷平台的欠款长期未还，出借方已向本院提起诉讼，案件已立案受理，传票将于72小时内送达您的户籍地。如需撤诉，请立即联系诉前调解专员：021-5089××××。", "11:47"),
               ])
    return dict(render=render_sms, cfg=cfg, sender="10690571188260", lawful=False,
                expect=["sms.impersonation", "lawsuit.threat"],
                forbid=["seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid", "image.edited", "text.spaced",
                        "penalty.inflated", "family.children", "borrow.new_loan", "blacklist.online_loan",
                        "promise.fee_waiver", "contact.virtual_number", "asset.freeze", "contract.termination"],
                text_contains=["人民法院", "已立案"],
                notes="SMS in a court's name from a 1069 commercial gateway: 'case filed', summons within 72 hours, 'pre-litigation mediation specialist'; light mode.")


def s_lender_106(rng):
    cfg = dict(size=(1080, 2340), dark=True, title="106905712233", subtitle="企业短信", clock="10:41", font="zenhei",
               messages=[
                   ("date", "6月3日 周一 09:00"),
                   ("in", "【安信消费金融】尊敬的何女士，您在安信消费金融的借款第5期应还款856.20元，还款日为6月5日，请提前在还款账户中预留足够资金。回T退订", "09:00"),
                   ("date", "6月8日 周六 10:30"),
                   ("in", "【安信消费金融】何女士，您的第5期账单（856.20元）已逾期3天，请尽快登录安信金融App还款。如暂时有困难，可在App“帮助与客服”中申请延期还款或分期，或致电官方客服400-820-5566。请勿向任何个人账户转账。回T退订", "10:30"),
               ])
    return dict(render=render_sms, cfg=cfg, sender="106905712233", text_contains=["安信消费金融", "856.20"],
                notes="A lender's own compliant reminders from its 106 gateway: due date, three days overdue, official app and hotline, warning not to pay personal accounts; dark mode.")


def s_wechat_aunt(rng):
    cfg = dict(size=(720, 1560), dark=True, title="小姨", clock="22:17", font="microhei",
               avatars={"in": "flower", "out": "dog"},
               messages=[
                   ("time", "昨天 22:05"),
                   ("out", "小姨，我那笔网贷逾期两个月了，这几天一直有电话打来"),
                   ("in", "欠多少？别慌，先跟我说实话"),
                   ("out", "本金还剩6800左右，他们说再不还就去法院起诉"),
                   ("in", "欠钱还钱是应该的。真要起诉也得走法院程序，不是打个电话就定了"),
                   ("in", "你先打平台的官方客服问问能不能分期，别再去别的平台借钱来还"),
                   ("out", "好，明天一早就打"),
                   ("in", "钱不够的话我先借你3000，你按月还我就行"),
               ])
    return dict(render=render_wechat, cfg=cfg, sender=None, text_contains=["分期", "6800"],
                notes="WeChat chat with an aunt about an overdue online loan: she advises the official customer service and warns against borrowing elsewhere to repay; dark mode, small screen.")


def s_unicom(rng):
    cfg = dict(size=(720, 1560), dark=False, title="10010", subtitle="中国联通", clock="09:05", font="sans",
               messages=[
                   ("date", "6月1日 周六 08:30"),
                   ("in", "【中国联通】尊敬的客户，您的号码截至5月31日已欠费38.60元。为避免影响您的正常通信，请于6月10日前通过中国联通App或营业厅缴费，缴费后将自动恢复服务。", "08:30"),
                   ("date", "6月9日 周日 09:00"),
                   ("in", "【中国联通】尊敬的客户，您好！您的账户目前欠费38.60元，如已缴费请忽略。查询余额请发送YE至10010。", "09:00"),
               ])
    return dict(render=render_sms, cfg=cfg, sender="10010", text_contains=["中国联通", "欠费"],
                notes="Carrier arrears reminders from 10010 with a payment date; light mode, small screen.")


def s_fake_spaced(rng):
    cfg = dict(size=(1080, 2340), dark=True, title="10655021188763", subtitle="广东 深圳", clock="08:58", font="sans",
               messages=[
                   ("date", "今天 08:52"),
                   ("in", "【速贷通】张伟，您的欠款已逾期，现已移交法 务 部门处理。我方将于今日向法 院 申 请 起 诉，法 院 传 票将寄往您户籍所在地。今天下午5点前处理可撤销，回电17086451209。", "08:52"),
               ])
    return dict(render=render_sms, cfg=cfg, sender="10655021188763", lawful=False,
                expect=["text.spaced", "lawsuit.threat", "contact.virtual_number", "pressure.deadline"],
                forbid=["seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid", "image.edited", "sms.impersonation",
                        "penalty.inflated", "family.children", "borrow.new_loan", "blacklist.online_loan", "asset.freeze",
                        "contract.termination"],
                text_contains=["速贷通", "17086451209"],
                notes="Collector SMS from a 1065 gateway with spaced sensitive words (法 院 传 票, 起 诉), a same-day lawsuit threat, a 5 pm deadline and a 1708 call-back number; dark mode.")


def s_email_lawfirm(rng):
    cfg = dict(size=(1080, 2340), dark=False, clock="10:31", font="sans",
               subject="关于您与恒信消费金融借款合同逾期事宜的律师函",
               sender_name="广州正和律师事务所", sender_addr="lawyer@zhenghe-law.cn", date="6月12日 10:05",
               to_line="发送至 我",
               body=["郑先生：您好！",
                     "本所受恒信消费金融有限公司委托，就您与委托人之间的借款合同逾期事宜致函。根据委托人提供的资料，截至2024年6月10日，您的借款（合同编号HX2023040517）逾期本金4,612.30元，逾期利息按合同约定计算。",
                     "请您通过委托人官方App或其对公账户办理还款。如对金额有异议，或确有困难需要协商分期，请在收到本函后与本所联系。",
                     "如协商不成，委托人保留依法向人民法院提起诉讼的权利。加盖本所印章的律师函原件已同时邮寄至您登记的地址，电子版见附件。",
                     "",
                     "承办律师：欧阳静",
                     "电话：020-3829××××",
                     "广州正和律师事务所"],
               attachment=("律师函（2024）正和函字第215号.pdf", "318 KB"))
    return dict(render=render_email, cfg=cfg, sender=None, text_contains=["律师函", "正和律师事务所"],
                notes="Mail-app screenshot of a law firm's calm letter by e-mail (amount, official channel, negotiation, lawsuit only if talks fail), with the sealed original said to be posted and attached as PDF; red PDF icon.")


def s_loan_app(rng):
    cfg = dict(size=(1080, 2340), clock="20:05", font="sans", title="还款", brand="小橙分期",
               due_label="本期应还（元）", due_amount="1,268.40", due_note="最后还款日 2024-06-15 · 已逾期3天",
               plan_title="还款计划",
               plan=[("第4期 / 共12期", "2024-05-15", "1,245.10", "已还清", False),
                     ("第5期 / 共12期", "2024-06-15", "1,268.40", "已逾期", True),
                     ("第6期 / 共12期", "2024-07-15", "1,245.10", "待还款", False),
                     ("第7期 / 共12期", "2024-08-15", "1,245.10", "待还款", False)],
               notice_title="温馨提示",
               notice=["逾期期间将按借款合同约定计收罚息，逾期记录可能依法报送金融信用信息基础数据库。",
                       "如暂时还款困难，可点击“协商还款”提交申请，我们会在3个工作日内联系您。",
                       "小橙分期只通过本App及官方对公账户收款，不会要求您向个人账户转账。"],
               footer=["客服热线 400-990-1234", "服务由江城小橙消费金融有限公司提供"],
               buttons=("协商还款", "立即还款"))
    return dict(render=render_loan_app, cfg=cfg, sender=None, text_contains=["还款计划", "1,268.40"],
                notes="A lender app's repayment page three days overdue: plan, penalty and credit-report note, negotiation button; orange-red header, a small red round brand logo, red status pill.")


def s_ccb(rng):
    cfg = dict(size=(720, 1560), dark=True, title="建设银行", subtitle="95533", clock="10:20", font="sans",
               messages=[
                   ("date", "4月12日 周五 10:18"),
                   ("in", "【建设银行】尊敬的周先生，您的个人消费贷款（尾号0457）已逾期35天，逾期本金3,200.00元，罚息按借款合同约定计收。请尽快归还，如有疑问请致电95533或到贷款经办网点咨询。", "10:18"),
                   ("date", "5月13日 周一 10:05"),
                   ("in", "【建设银行】周先生，您的个人消费贷款（尾号0457）已逾期66天，请尽快还款或与经办网点联系协商还款方案。若持续逾期，我行将依据合同约定通过法律途径主张权利，逾期信息将按规定报送人民银行征信系统。", "10:05"),
               ])
    return dict(render=render_sms, cfg=cfg, sender="95533", text_contains=["建设银行", "0457"],
                notes="Bank loan-arrears SMS from 95533 at 35 and 66 days, calm mention of legal action and credit reporting; dark mode, small screen.")


def s_fake_wechat_collector(rng):
    cfg = dict(size=(1080, 2340), dark=True, title="刘经理", clock="10:33", font="sans",
               avatars={"in": "dark", "out": "landscape"},
               messages=[
                   ("time", "今天 10:12"),
                   ("in", "周先生，你在速融的欠款已经逾期15天了，今天必须处理"),
                   ("out", "我这个月工资还没发，能不能宽限几天？"),
                   ("in", "别跟我讲这些。今天下午6点前不还清，我们马上爆你通讯录"),
                   ("in", "你的紧急联系人、你单位同事，一个都跑不了，全部通知到"),
                   ("in", "我们的人已经到你家楼下了，自己看着办"),
                   ("time", "10:31"),
                   ("in", "最后通牒，后果自负"),
               ])
    return dict(render=render_wechat, cfg=cfg, sender=None, lawful=False,
                expect=["contact.third_party", "visit.home", "pressure.deadline"],
                forbid=["seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid", "image.edited", "sms.impersonation",
                        "text.spaced", "penalty.inflated", "family.children", "blacklist.online_loan", "borrow.new_loan",
                        "contact.virtual_number", "asset.freeze", "contract.termination"],
                text_contains=["通讯录", "楼下"],
                notes="WeChat chat from a collector: 6 pm deadline, threat to message the whole address book, emergency contacts and colleagues, 'our people are downstairs'; dark mode.")


def s_wechat_colleague(rng):
    cfg = dict(size=(720, 1560), dark=False, title="王琳", clock="12:46", font="zenhei",
               avatars={"in": "person", "out": "sea"},
               messages=[
                   ("time", "周五 12:40"),
                   ("in", "上周团建我垫付的AA费用算出来了，每人386元"),
                   ("in", "明细发群里了，方便的时候转我就行，不着急"),
                   ("out", "好的，刚看到，现在转你"),
                   ("transfer_out", "¥386.00", "已被接收", True),
                   ("in", "收到啦，谢谢"),
                   ("out", "上次借你的充电宝明天带给你"),
               ])
    return dict(render=render_wechat, cfg=cfg, sender=None, text_contains=["386", "团建"],
                notes="WeChat chat with a colleague settling a shared team-outing cost by transfer; light mode, small screen.")


def s_boc(rng):
    cfg = dict(size=(1080, 2340), dark=False, title="中国银行", subtitle="95566", clock="10:15", font="microhei",
               messages=[
                   ("date", "3月20日 周三 09:30"),
                   ("in", "【中国银行】尊敬的客户，您尾号5216的信用卡已逾期62天，欠款金额12,480.36元。请尽快还款，可通过中国银行手机银行或柜台办理。如有还款困难，可致电95566申请个性化分期还款。", "09:30"),
                   ("date", "4月22日 周一 09:41"),
                   ("in", "【中国银行】尊敬的客户，您尾号5216的信用卡已逾期95天。若持续逾期，我行将依据领用合约及相关法律规定，采取包括提起诉讼在内的措施，并按规定报送征信。请您尽快与我行联系处理。", "09:41"),
                   ("out", "我下周先还3000，剩下的想申请分期", "10:02"),
               ])
    return dict(render=render_sms, cfg=cfg, sender="95566", text_contains=["中国银行", "尾号5216"],
                notes="Bank credit-card arrears SMS from 95566 offering instalments and calmly naming possible legal action after 95 days; light mode.")


def s_lender_agency_106(rng):
    cfg = dict(size=(1080, 2340), dark=True, title="10691288365501", subtitle="企业短信", clock="14:06", font="sans",
               messages=[
                   ("date", "6月20日 周四 14:00"),
                   ("in", "【西岭消费金融】尊敬的刘女士，您的借款已逾期60天。我司已委托成都汇信企业管理咨询有限公司协助进行还款提醒，其工作人员会以工号表明身份。还款请使用西岭消费金融App或官方对公账户，谨防诈骗，不要向任何个人账户转账。客服热线400-028-6600。", "14:00"),
               ])
    return dict(render=render_sms, cfg=cfg, sender="10691288365501", text_contains=["西岭消费金融", "400-028-6600"],
                notes="A lender's 106 message telling the borrower which agency it has engaged, how its staff identify themselves, and to pay only official accounts; dark mode.")


def s_fake_virtual(rng):
    cfg = dict(size=(1080, 2340), dark=False, title="17035527716", subtitle="北京", clock="19:30", font="sans",
               messages=[
                   ("date", "今天 19:26"),
                   ("in", "【风控中心】刘女士，您已被列入网贷行业共享黑名单，全国所有平台都将拒绝您的借款申请。现为您开通特殊关怀通道：今天内将欠款转到个人账户6222 0212 3456 7788（户名黄某）即可减免全部罚息。手头紧可以先去其他平台借款还上。回电17035527716。", "19:26"),
               ])
    return dict(render=render_sms, cfg=cfg, sender="17035527716", lawful=False,
                expect=["blacklist.online_loan", "promise.fee_waiver", "borrow.new_loan", "contact.virtual_number"],
                forbid=["seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid", "image.edited", "text.spaced",
                        "sms.impersonation", "family.children", "visit.home", "penalty.inflated", "asset.freeze",
                        "contract.termination", "contact.third_party"],
                text_contains=["黑名单", "个人账户"],
                notes="SMS from a 1703 virtual number: 'industry-shared blacklist', a 'special care channel' to a personal account with all penalties waived, and advice to borrow elsewhere; light mode.")


# ----------------------------------------------------------------------------------------------
# assembly

ORDER = [
    p_agency_letter_1, s_cmb, p_enforcement_notice, f_fake_lawyer_letter, s_wechat_friend,
    p_property_report_order, p_restriction_order, s_court_12368, s_fake_court_1069, p_dishonest_decision,
    p_detention_decision, s_lender_106, p_judgment_last_page, f_fake_restriction, p_bank_acceleration_1,
    s_wechat_aunt, p_bank_acceleration_2, s_unicom, s_fake_spaced, p_landlord,
    p_property_notice, s_email_lawfirm, p_employer_notice, f_fake_cancellation, p_hospital_bill,
    s_loan_app, p_school_fee, s_ccb, s_fake_wechat_collector, p_newspaper,
    p_lawyer_letter, s_wechat_colleague, p_summons, f_fake_summons, s_boc,
    p_restriction_company, s_lender_agency_106, p_mediation_notice, s_fake_virtual, p_agency_letter_2,
]

SCREEN_DOC_TYPE = {render_sms: "sms_message", render_wechat: "sms_message", render_email: "lawyer_letter",
                   render_loan_app: "other"}


def build(only=None):
    nl = nf = 0
    written = []
    for i, fn in enumerate(ORDER, 1):
        rng = random.Random(BASE_SEED + 101 * i)
        item = fn(rng)
        lawful = item.get("lawful", True)
        if lawful:
            nl += 1
            stem = f"dl7_{i:02d}_l{nl:02d}"
        else:
            nf += 1
            stem = f"dl7_{i:02d}_f{nf:02d}"
        if only and stem not in only and fn.__name__ not in only:
            continue
        if "page" in item:
            page, cfg = item["page"], item["cfg"]
            rgb, boxes, clutter_lines = photograph(page, cfg, rng)
            name = stem + ".jpg"
            save_photo(rgb, OUT / name, cfg)
            size = list(cfg["size"])
            kind = "photo"
            seals = boxes
            seal_texts = [s["text"] for s in page.seals]
            seal_centers = [s["center"] for s in page.seals]
            seal_kinds = [s["kind"] for s in page.seals]
            source = page.lines + clutter_lines
            doc_type = item["doc_type"]
        else:
            img, lines = item["render"](item["cfg"])
            name = stem + ".png"
            img.save(OUT / name, "PNG", optimize=True)
            size = list(img.size)
            kind = "screenshot"
            seals, seal_texts, seal_centers, seal_kinds = [], [], [], []
            source = lines
            doc_type = item.get("doc_type", SCREEN_DOC_TYPE[item["render"]])
        side = {
            "doc_type": doc_type,
            "kind": kind,
            "expect": sorted(item.get("expect", [])) if not lawful else [],
            "forbid": ["all"] if lawful else sorted(item.get("forbid", [])),
            "seals": seals,
            "seal_texts": seal_texts,
            "seal_centers": seal_centers,
            "seal_kinds": seal_kinds,
            "sender": item.get("sender"),
            "text_contains": item["text_contains"],
            "lawful": lawful,
            "notes": item["notes"],
            "image": name,
            "size": size,
            "source_text": source,
        }
        if not lawful:
            clash = set(side["expect"]) & set(side["forbid"])
            assert not clash, (stem, clash)
            assert set(side["expect"]) <= set(ALL_MARKERS) and set(side["forbid"]) <= set(ALL_MARKERS), stem
        (OUT / (stem + ".json")).write_text(json.dumps(side, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written.append(stem)
        print(stem, kind, doc_type, "lawful" if lawful else "forged", size, seals)
    return written


if __name__ == "__main__":
    import sys
    build(set(sys.argv[1:]) or None)
