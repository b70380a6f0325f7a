#!/usr/bin/env python3
"""Generate bench/dev_lawful4: 36 labelled images, mostly lawful collection-related papers.

    python bench/dev_lawful4/make_dev_lawful4.py [OUTDIR]

Deterministic (fixed seeds). Written independently of the inspector's rules: layouts and
wording are this script's own. 16 scans, 12 desk photos, 8 phone screenshots; 28 lawful,
8 forged. Every image gets a JSON sidecar in the dev_lawful schema.
"""
from __future__ import annotations

import io
import json
import math
import random
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

# ------------------------------------------------------------------ fonts
F = {
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serifb": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sansb": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "zen": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "micro": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
}
_fc: dict = {}


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    key = (name, int(size))
    if key not in _fc:
        path, idx = F[name]
        _fc[key] = ImageFont.truetype(path, int(size), index=idx)
    return _fc[key]


RED = (212, 28, 36)
SEAL_RED = (205, 30, 40)

# ------------------------------------------------------------------ seals


def star_pts(cx, cy, R, rot=0.0, inner=0.382):
    pts = []
    for i in range(10):
        a = math.radians(-90 + rot + i * 36)
        rr = R if i % 2 == 0 else R * inner
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def draw_seal_img(r: int, ring: str, center: str, bottom: str | None, fname: str, rng: random.Random,
                  color=SEAL_RED) -> Image.Image:
    """Return an 'L' alpha mask (ink coverage) of a round seal with radius r (image 2r+4 square)."""
    S = 2 * r + 4
    m = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(m)
    c = S / 2
    lw = max(4, int(r * 0.06))
    d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=lw)
    # ring text
    n = len(ring)
    span = min(270.0, 26.0 * n) if center != "emblem" else min(280.0, 24.0 * n)
    fs = int(r * (0.26 if n <= 12 else 0.22 if n <= 16 else 0.19))
    f = font(fname, fs)
    Rt = r - lw - fs * 0.62
    for i, ch in enumerate(ring):
        th = -span / 2 + span * (i + 0.5) / n
        tile = Image.new("L", (fs * 2, fs * 2), 0)
        ImageDraw.Draw(tile).text((fs, fs), ch, font=f, fill=255, anchor="mm")
        tile = tile.rotate(-th, resample=Image.BICUBIC)
        x = c + Rt * math.sin(math.radians(th))
        y = c - Rt * math.cos(math.radians(th))
        m.paste(255, (int(x - fs), int(y - fs)), tile)
    if center == "star":
        d.polygon(star_pts(c, c - r * 0.02, r * 0.30), fill=255)
    elif center == "emblem":
        rc = r * 0.40
        # wreath of wheat: small ellipses on two arcs
        for side in (-1, 1):
            for k in range(9):
                a = math.radians(90) + side * math.radians(25 + k * 15)
                px, py = c + rc * math.cos(a), c + rc * math.sin(a)
                d.ellipse([px - r * 0.035, py - r * 0.06, px + r * 0.035, py + r * 0.06], fill=255)
        # gear at bottom
        d.ellipse([c - r * 0.11, c + rc * 0.72, c + r * 0.11, c + rc * 0.72 + r * 0.22], outline=255, width=3)
        # stars: one big, four small in an arc
        d.polygon(star_pts(c, c - rc * 0.50, r * 0.12), fill=255)
        for a in (-55, -25, 25, 55):
            sx = c + rc * 0.55 * math.sin(math.radians(a))
            sy = c - rc * 0.50 - rc * 0.18 + rc * 0.30 * (abs(a) / 55.0)
            d.polygon(star_pts(sx, sy + rc * 0.1, r * 0.05), fill=255)
        # gate (Tiananmen-like silhouette)
        gy = c + rc * 0.12
        d.polygon([(c - rc * 0.55, gy), (c + rc * 0.55, gy), (c + rc * 0.42, gy - rc * 0.18),
                   (c - rc * 0.42, gy - rc * 0.18)], fill=255)
        d.rectangle([c - rc * 0.48, gy, c + rc * 0.48, gy + rc * 0.32], fill=255)
        for k in range(-2, 3):
            d.rectangle([c + k * rc * 0.18 - rc * 0.04, gy + rc * 0.12, c + k * rc * 0.18 + rc * 0.04,
                         gy + rc * 0.32], fill=0)
    if bottom:
        fb = font(fname, int(r * 0.17))
        d.text((c, c + r * 0.52), bottom, font=fb, fill=255, anchor="mm")
    # uneven ink
    a = np.asarray(m, dtype=np.float32) / 255.0
    nrng = np.random.default_rng(rng.randint(0, 10 ** 6))
    lowres = nrng.uniform(0.55, 1.0, (8, 8)).astype(np.float32)
    tex = np.asarray(Image.fromarray((lowres * 255).astype(np.uint8)).resize((S, S), Image.BICUBIC),
                     dtype=np.float32) / 255.0
    speck = nrng.uniform(0, 1, (S, S)) > 0.06
    a = a * tex * speck
    a = np.asarray(Image.fromarray((a * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8)))
    return Image.fromarray(a)


def ink(arr: np.ndarray, mask: Image.Image, x0: int, y0: int, color, strength=0.92):
    """Multiply-blend a colour through an alpha mask onto float array arr (H,W,3) in [0,255]."""
    a = np.asarray(mask, dtype=np.float32) / 255.0 * strength
    h, w = a.shape
    H, W = arr.shape[:2]
    xa, ya = max(0, x0), max(0, y0)
    xb, yb = min(W, x0 + w), min(H, y0 + h)
    if xa >= xb or ya >= yb:
        return
    a = a[ya - y0:yb - y0, xa - x0:xb - x0, None]
    col = np.array(color, dtype=np.float32) / 255.0
    region = arr[ya:yb, xa:xb]
    arr[ya:yb, xa:xb] = region * (1 - a) + region * col * a


# ------------------------------------------------------------------ page layout


class Page:
    def __init__(self, W=1000, H=1414, body=31, fbody="serif", ftitle="serifb", seed=0):
        self.W, self.H, self.s = W, H, W / 1000.0
        self.img = Image.new("RGB", (W, H), (255, 255, 255))
        self.d = ImageDraw.Draw(self.img)
        self.body = int(body * self.s)
        self.fbody, self.ftitle = fbody, ftitle
        self.margin = int(92 * self.s)
        self.y = int(110 * self.s)
        self.lines: list[str] = []
        self.seals: list[dict] = []  # cx, cy, r, ring, center, kind, bottom, font
        self.overlays: list = []  # (kind, args) red non-seal marks
        self.rng = random.Random(seed)

    def px(self, v):
        return int(v * self.s)

    def gap(self, v):
        self.y += self.px(v)

    def center(self, text, size=None, fname=None, fill=(20, 20, 20), record=True):
        size = int((size or 31) * self.s) if size else self.body
        f = font(fname or self.fbody, size)
        self.d.text((self.W / 2, self.y), text, font=f, fill=fill, anchor="mt")
        if record:
            self.lines.append(text)
        self.y += int(size * 1.55)

    def left(self, text, x=None, size=None, fname=None, fill=(20, 20, 20)):
        size = int(size * self.s) if size else self.body
        f = font(fname or self.fbody, size)
        self.d.text((x if x is not None else self.margin, self.y), text, font=f, fill=fill)
        self.lines.append(text)
        self.y += int(size * 1.6)

    def right(self, text, size=None, fname=None, xr=None):
        size = int(size * self.s) if size else self.body
        f = font(fname or self.fbody, size)
        xr = xr if xr is not None else self.W - self.margin - self.px(30)
        self.d.text((xr, self.y), text, font=f, fill=(20, 20, 20), anchor="ra")
        self.lines.append(text)
        self.y += int(size * 1.6)
        return xr

    def para(self, text, indent=True, size=None, fname=None, lh=1.6):
        size = int(size * self.s) if size else self.body
        f = font(fname or self.fbody, size)
        maxw = self.W - 2 * self.margin
        t = ("\u3000\u3000" if indent else "") + text
        cur = ""
        out = []
        for ch in t:
            if f.getlength(cur + ch) > maxw and cur:
                if ch in "，。、；：！？）」》":  # keep punctuation with the line
                    cur += ch
                    out.append(cur)
                    cur = ""
                    continue
                out.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            out.append(cur)
        for ln in out:
            self.d.text((self.margin, self.y), ln, font=f, fill=(20, 20, 20))
            self.lines.append(ln)
            self.y += int(size * lh)

    def hline(self, color=RED, width=3, x0=None, x1=None):
        x0 = self.margin if x0 is None else x0
        x1 = self.W - self.margin if x1 is None else x1
        self.d.line([(x0, self.y), (x1, self.y)], fill=color, width=self.px(width))

    def table(self, rows, fracs, size=None, border=RED, head_fill=(250, 232, 232), fname=None):
        size = int(size * self.s) if size else int(self.body * 0.9)
        f = font(fname or self.fbody, size)
        x0, x1 = self.margin, self.W - self.margin
        tw = x1 - x0
        xs = [x0]
        for fr in fracs:
            xs.append(xs[-1] + int(tw * fr))
        xs[-1] = x1
        rh = int(size * 1.75)
        top = self.y
        for i, row in enumerate(rows):
            y = top + i * rh
            if i == 0 and head_fill:
                self.d.rectangle([x0, y, x1, y + rh], fill=head_fill)
            for j, cell in enumerate(row):
                self.d.text(((xs[j] + xs[j + 1]) / 2, y + rh / 2), cell, font=f, fill=(20, 20, 20), anchor="mm")
            self.lines.append(" ".join(row))
        bot = top + len(rows) * rh
        w = self.px(2)
        for i in range(len(rows) + 1):
            self.d.line([(x0, top + i * rh), (x1, top + i * rh)], fill=border, width=w)
        for x in xs:
            self.d.line([(x, top), (x, bot)], fill=border, width=w)
        self.y = bot + self.px(24)

    def red_header(self, org, docno, size=50):
        f = font("sansb" if self.rng.random() < 0.5 else "serifb", self.px(size))
        self.d.text((self.W / 2, self.y), org, font=f, fill=RED, anchor="mt")
        self.lines.append(org)
        self.y += self.px(size * 1.5)
        self.center(docno, size=28)
        self.d.line([(self.margin - self.px(20), self.y), (self.W - self.margin + self.px(20), self.y)], fill=RED,
                    width=self.px(4))
        self.y += self.px(36)

    def seal(self, cx, cy, r, ring, center, kind, bottom=None, fname="sansb", listed=True):
        self.seals.append(dict(cx=int(cx), cy=int(cy), r=int(r), ring=ring, center=center, kind=kind,
                               bottom=bottom, font=fname, listed=listed))

    def logo(self, cx, cy, r, initials):
        self.overlays.append(("logo", cx, cy, r, initials))

    def paid(self, cx, cy, text="已付款"):
        self.overlays.append(("paid", cx, cy, text))

    def render(self) -> tuple[np.ndarray, list[dict]]:
        arr = np.asarray(self.img, dtype=np.float32).copy()
        for ov in self.overlays:
            if ov[0] == "logo":
                _, cx, cy, r, ini = ov
                m = Image.new("L", (2 * r + 4, 2 * r + 4), 0)
                d = ImageDraw.Draw(m)
                d.ellipse([2, 2, 2 * r + 2, 2 * r + 2], fill=255)
                d.ellipse([r * 0.28, r * 0.28, r * 1.72 + 4, r * 1.72 + 4], fill=0)
                d.text((r + 2, r + 2), ini, font=font("sansb", int(r * 0.8)), fill=255, anchor="mm")
                ink(arr, m, cx - r - 2, cy - r - 2, RED, 1.0)
            elif ov[0] == "paid":
                _, cx, cy, text = ov
                f = font("sansb", self.px(54))
                w = int(f.getlength(text)) + self.px(50)
                h = self.px(94)
                m = Image.new("L", (w + 8, h + 8), 0)
                d = ImageDraw.Draw(m)
                d.rectangle([4, 4, w + 4, h + 4], outline=255, width=self.px(6))
                d.text(((w + 8) / 2, (h + 8) / 2), text, font=f, fill=255, anchor="mm")
                m = m.rotate(self.rng.uniform(-14, -6), expand=True, resample=Image.BICUBIC)
                ink(arr, m, int(cx - m.width / 2), int(cy - m.height / 2), (220, 40, 50), 0.85)
        out = []
        for sd in self.seals:
            mask = draw_seal_img(sd["r"], sd["ring"], sd["center"], sd["bottom"], sd["font"], self.rng)
            mask = mask.rotate(self.rng.uniform(-12, 12), resample=Image.BICUBIC)
            half = mask.width // 2
            ink(arr, mask, sd["cx"] - half, sd["cy"] - half, SEAL_RED, self.rng.uniform(0.8, 0.95))
            out.append(sd)
        return arr, out


# ------------------------------------------------------------------ degradations


def seal_boxes_affine(seals, M):
    """M: 2x3 affine mapping page -> image; circles stay circles under rotation+scale."""
    sc = math.hypot(M[0][0], M[1][0])
    res = []
    for s in seals:
        x = M[0][0] * s["cx"] + M[0][1] * s["cy"] + M[0][2]
        y = M[1][0] * s["cx"] + M[1][1] * s["cy"] + M[1][2]
        r = s["r"] * sc
        res.append([int(round(x - r)), int(round(y - r)), int(round(2 * r)), int(round(2 * r))])
    return res


def scan_effects(arr: np.ndarray, seals, rng: random.Random, extras=()):
    H, W = arr.shape[:2]
    nrng = np.random.default_rng(rng.randint(0, 10 ** 6))
    img = arr
    if "bleed" in extras:  # a stamp on the back of the sheet shows through, mirrored and faint
        r = int(W * 0.1)
        m = draw_seal_img(r, "某某有限公司业务专用章", "star", None, "sansb", rng).transpose(Image.FLIP_LEFT_RIGHT)
        ink(img, m, int(W * rng.uniform(0.1, 0.3)), int(H * rng.uniform(0.15, 0.35)), (235, 200, 200), 0.35)
    # tint
    tint = np.array([1.0, rng.uniform(0.965, 0.99), rng.uniform(0.90, 0.96)], dtype=np.float32)
    img = img * tint + rng.uniform(-6, 3)
    if "fold" in extras:
        fy = int(H * rng.uniform(0.45, 0.55))
        yy = np.arange(H)[:, None].astype(np.float32)
        prof = 1 - 0.05 * np.exp(-((yy - fy) / 5.0) ** 2) - 0.02 * np.exp(-((yy - fy) / 40.0) ** 2)
        img = img * prof[..., None]
    # skew
    ang = rng.uniform(-1.6, 1.6)
    pil = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    bg = tuple(int(v) for v in np.median(img.reshape(-1, 3), axis=0))
    pil = pil.rotate(ang, resample=Image.BICUBIC, fillcolor=bg)
    a = math.radians(ang)
    cx, cy = W / 2, H / 2
    # PIL rotate(+ang) is counter-clockwise on screen; point mapping:
    M = [[math.cos(a), math.sin(a), cx - math.cos(a) * cx - math.sin(a) * cy],
         [-math.sin(a), math.cos(a), cy + math.sin(a) * cx - math.cos(a) * cy]]
    boxes = seal_boxes_affine(seals, M)
    img = np.asarray(pil, dtype=np.float32).copy()
    if "edge" in extras:  # a second sheet under this one shows along the right and bottom edges
        g = rng.uniform(150, 185)
        wdt = int(W * 0.018)
        img[:, W - wdt:] = img[:, W - wdt:] * 0.55 + g * 0.45
        img[:, W - wdt:W - wdt + 2] = 90
        img[H - wdt:, :] = img[H - wdt:, :] * 0.6 + g * 0.4
    if "staple" in extras:
        sx, sy = int(W * 0.06), int(H * 0.035)
        d = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
        dd = ImageDraw.Draw(d)
        dd.line([(sx + 6, sy + 8), (sx + 76, sy - 18)], fill=(150, 150, 150), width=9)
        dd.line([(sx, sy), (sx + 70, sy - 26)], fill=(70, 70, 75), width=5)
        img = np.asarray(d, dtype=np.float32).copy()
    img = img + nrng.normal(0, rng.uniform(3, 6), img.shape[:2])[..., None]
    out = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45))
    return out, boxes


def desk_bg(W, H, rng: random.Random):
    nrng = np.random.default_rng(rng.randint(0, 10 ** 6))
    kind = rng.choice(["wood", "gray", "cloth"])
    if kind == "wood":
        base = np.array([rng.uniform(120, 160), rng.uniform(85, 110), rng.uniform(55, 75)], dtype=np.float32)
        xs = np.arange(W)[None, :].astype(np.float32)
        ys = np.arange(H)[:, None].astype(np.float32)
        grain = np.sin(xs / rng.uniform(9, 16) + np.sin(ys / 90.0) * 3) * 10 + nrng.normal(0, 4, (H, W))
        img = base[None, None, :] + grain[..., None]
    elif kind == "gray":
        base = np.array([rng.uniform(170, 200)] * 3, dtype=np.float32) - np.array([0, 3, 8], dtype=np.float32)
        img = base[None, None, :] + nrng.normal(0, 3, (H, W))[..., None]
    else:
        base = np.array([rng.uniform(60, 90), rng.uniform(80, 110), rng.uniform(110, 140)], dtype=np.float32)
        img = base[None, None, :] + nrng.normal(0, 5, (H, W))[..., None]
    return img.astype(np.float32)


def photo_effects(arr: np.ndarray, seals, rng: random.Random, fill=False, frame=(1200, 1600)):
    import cv2
    H, W = arr.shape[:2]
    FW, FH = frame
    bg = desk_bg(FW, FH, rng)
    if fill:
        mx, my = FW * 0.015, FH * 0.012
        sw = FW - 2 * mx
    else:
        sw = FW * rng.uniform(0.80, 0.86)
        mx, my = (FW - sw) / 2, (FH - sw * H / W) / 2
    sh = sw * H / W
    j = FW * (0.012 if fill else 0.045)
    dst = np.float32([[mx + rng.uniform(-j, j) * (0.3 if fill else 1), my + rng.uniform(0, j)],
                      [mx + sw + rng.uniform(-j, j) * (0.3 if fill else 1), my + rng.uniform(0, j)],
                      [mx + sw + rng.uniform(-j, j * 0.5), my + sh - rng.uniform(0, j)],
                      [mx + rng.uniform(-j * 0.5, j), my + sh - rng.uniform(0, j)]])
    dst[:, 0] = np.clip(dst[:, 0], 2, FW - 3)
    dst[:, 1] = np.clip(dst[:, 1], 2, FH - 3)
    src = np.float32([[0, 0], [W, 0], [W, H], [0, H]])
    Hm = cv2.getPerspectiveTransform(src, dst)
    page = cv2.warpPerspective(arr.astype(np.float32), Hm, (FW, FH), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((H, W), np.float32), Hm, (FW, FH), flags=cv2.INTER_LINEAR)[..., None]
    # page sits slightly raised: soft drop shadow under it
    sh_mask = cv2.GaussianBlur(np.roll(np.roll(mask[..., 0], 10, 0), 8, 1), (0, 0), 9)[..., None]
    bg = bg * (1 - 0.35 * sh_mask)
    img = page * mask + bg * (1 - mask)
    # uneven light
    ys, xs = np.mgrid[0:FH, 0:FW].astype(np.float32)
    lx, ly = rng.uniform(0, FW), rng.uniform(0, FH)
    dist = np.sqrt((xs - lx) ** 2 + (ys - ly) ** 2) / math.hypot(FW, FH)
    light = 1.06 - rng.uniform(0.18, 0.30) * dist
    img = img * light[..., None]
    # straight-edged shadow (phone or arm) over part of the sheet: a quadrilateral from one frame edge
    sm_img = Image.new("L", (FW, FH), 0)
    edge = rng.choice(["right", "bottom", "left"])
    if edge == "right":
        y0, y1 = rng.uniform(0.35, 0.6) * FH, FH
        poly = [(FW, y0), (FW * rng.uniform(0.45, 0.7), y0 + FH * rng.uniform(0.05, 0.15)),
                (FW * rng.uniform(0.4, 0.65), y1), (FW, y1)]
    elif edge == "bottom":
        x0 = rng.uniform(0.1, 0.4) * FW
        poly = [(x0, FH), (x0 + FW * 0.08, FH * rng.uniform(0.6, 0.75)),
                (x0 + FW * rng.uniform(0.4, 0.55), FH * rng.uniform(0.62, 0.78)), (x0 + FW * 0.6, FH)]
    else:
        y0 = rng.uniform(0.5, 0.7) * FH
        poly = [(0, y0), (FW * rng.uniform(0.3, 0.5), y0 + FH * 0.1), (FW * rng.uniform(0.35, 0.55), FH), (0, FH)]
    ImageDraw.Draw(sm_img).polygon(poly, fill=255)
    sm = np.asarray(sm_img.filter(ImageFilter.GaussianBlur(3)), dtype=np.float32) / 255.0
    img = img * (1 - rng.uniform(0.25, 0.4) * sm[..., None])
    # colour cast
    cast = np.array([rng.uniform(0.95, 1.05), rng.uniform(0.96, 1.02), rng.uniform(0.86, 1.0)], dtype=np.float32)
    img = img * cast
    nrng = np.random.default_rng(rng.randint(0, 10 ** 6))
    img = img + nrng.normal(0, 2.5, (FH, FW))[..., None]
    out = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    boxes = []
    for s in seals:
        t = np.linspace(0, 2 * math.pi, 72)
        pts = np.stack([s["cx"] + s["r"] * np.cos(t), s["cy"] + s["r"] * np.sin(t)], 1).astype(np.float32)
        q = cv2.perspectiveTransform(pts[None], Hm)[0]
        x0, y0 = q.min(0)
        x1, y1 = q.max(0)
        boxes.append([int(round(x0)), int(round(y0)), int(round(x1 - x0)), int(round(y1 - y0))])
    return out, boxes


STORE_ROT = {6: Image.ROTATE_90, 8: Image.ROTATE_270, 3: Image.ROTATE_180}


def save_jpeg(img: Image.Image, path: Path, q: int, orientation=None, software=None):
    exif = Image.Exif()
    stored = img
    if orientation:
        stored = img.transpose(STORE_ROT[orientation])
        exif[274] = orientation
    if software:
        exif[305] = software
    exif[271] = "Generic"
    exif[272] = "Phone Camera" if orientation or software else "Scanner"
    stored.save(path, "JPEG", quality=q, exif=exif.tobytes(), optimize=True)
    # check the upright image
    back = ImageOps.exif_transpose(Image.open(path))
    assert back.size == img.size, (path, back.size, img.size)


# ------------------------------------------------------------------ documents
# Each builder returns (Page, meta). Meta keys: doc_type, text_contains, notes, lawful, expect, forbid.

COURTS = {
    "xihu": ("浙江省杭州市西湖区人民法院", "浙0106"),
    "chaoyang": ("北京市朝阳区人民法院", "京0105"),
    "pudong": ("上海市浦东新区人民法院", "沪0115"),
    "nanshan": ("广东省深圳市南山区人民法院", "粤0305"),
    "wuhou": ("四川省成都市武侯区人民法院", "川0107"),
    "gulou": ("江苏省南京市鼓楼区人民法院", "苏0106"),
    "jianghan": ("湖北省武汉市江汉区人民法院", "鄂0103"),
}


def short_court(full):
    for p in ("浙江省", "广东省", "四川省", "江苏省", "湖北省"):
        if full.startswith(p):
            return full[len(p):]
    return full


def spaced(t):
    return "\u3000".join(t) if len(t) <= 3 else "\u2002".join(t)


def court_seal(p: Page, court_full, x=None, y=None):
    r = p.px(112)
    x = x if x is not None else p.W - p.margin - p.px(190)
    y = y if y is not None else p.y - p.px(40)
    p.seal(x, y, r, court_full, "emblem", "court", fname="sansb")


def doc_summons(seed, W=1000, H=1414, fb="serif"):
    full, code = COURTS["xihu"]
    p = Page(W, H, body=31, fbody=fb, seed=seed)
    cn = f"（2024）{code}民初4567号"
    p.center(full, size=40, fname="serifb")
    p.gap(10)
    p.center("传\u3000\u3000票", size=52, fname="serifb")
    p.gap(20)
    p.right(f"案号：{cn}")
    p.table([["案\u3000由", "金融借款合同纠纷"], ["被传唤人", "周晓峰"], ["工作单位或住址", "杭州市西湖区文三路××号"],
             ["传唤事由", "开庭审理"], ["应到时间", "2024年7月16日 上午9时30分"], ["应到处所", "本院第七审判庭"]],
            [0.32, 0.68], border=(30, 30, 30), head_fill=None, size=29)
    p.left("注意事项：")
    p.para("一、被传唤人应携带本传票及身份证件准时到庭。")
    p.para("二、被传唤人收到传票后，应在送达回证上签名或盖章。")
    p.para("三、原告经传票传唤无正当理由拒不到庭的，可按撤诉处理；被告无正当理由拒不到庭的，可以缺席判决。")
    p.gap(20)
    p.right("审判员：陈立群")
    p.right("书记员：王\u3000婷")
    p.right("二〇二四年六月二十日")
    court_seal(p, full, y=p.y - p.px(120))
    return p, dict(doc_type="court_summons", text_contains=["传", cn], lawful=True,
                   notes="Genuine court summons with valid case number and the court's emblem seal on the date line.")


def doc_proof_notice(seed, W=1000, H=1414, fb="ming"):
    full, code = COURTS["chaoyang"]
    p = Page(W, H, body=31, fbody=fb, seed=seed)
    cn = f"（2024）{code}民初18830号"
    p.center(full, size=40, fname="serifb")
    p.center("举证通知书", size=50, fname="serifb")
    p.right(cn)
    p.left("赵建华：")
    p.para("本院受理原告北方银行股份有限公司北京分行诉你信用卡纠纷一案，根据《中华人民共和国民事诉讼法》及相关司法解释的规定，现将有关举证事项通知如下：")
    p.para("一、当事人对自己提出的主张，有责任提供证据。")
    p.para("二、你应当在收到本通知书之日起十五日内向本院提交证据；逾期提交的，本院将依法处理。")
    p.para("三、申请证人出庭作证的，应当在举证期限届满前提出。")
    p.para("四、如需申请法院调查收集证据，应提交书面申请。")
    p.gap(30)
    p.right("二〇二四年五月九日")
    court_seal(p, full, y=p.y - p.px(60))
    p.gap(110)
    p.left("联系人：刘法官助理\u3000电话：010-85×××××")
    return p, dict(doc_type="other", text_contains=["举证通知书", cn], lawful=True,
                   notes="Court notice on burden of proof (served with a civil case), emblem seal.")


def doc_exec_notice(seed, W=1000, H=1414, fb="serif"):
    full, code = COURTS["jianghan"]
    p = Page(W, H, body=31, fbody=fb, seed=seed)
    cn = f"（2024）{code}执2318号"
    p.center(full, size=40, fname="serifb")
    p.center("执行通知书", size=50, fname="serifb")
    p.right(cn)
    p.left("孙海涛：")
    p.para("申请执行人江城小额贷款有限公司与你借款合同纠纷一案，本院作出的（2023）鄂0103民初7712号民事判决书已经发生法律效力。申请执行人于2024年3月4日向本院申请强制执行，本院依法立案执行。")
    p.para("依照《中华人民共和国民事诉讼法》的规定，责令你自本通知送达之日起履行下列义务：")
    p.para("一、支付借款本金38,600元及利息（以判决确定的数额为准）；")
    p.para("二、负担本案申请执行费。")
    p.para("同时，你应当如实向本院报告财产情况。逾期不履行的，本院将依法强制执行。")
    p.gap(24)
    p.right("二〇二四年三月八日")
    court_seal(p, full, y=p.y - p.px(70))
    return p, dict(doc_type="other", text_contains=["执行通知书", cn], lawful=True,
                   notes="Genuine enforcement notice after an effective judgment; valid 执 case number, emblem seal.")


def doc_preservation(seed, W=1000, H=1414, fb="serif"):
    full, code = COURTS["pudong"]
    p = Page(W, H, body=31, fbody=fb, seed=seed)
    cn = f"（2024）{code}财保216号"
    p.center(full, size=40, fname="serifb")
    p.center("民 事 裁 定 书", size=48, fname="serifb")
    p.right(cn)
    p.para("申请人：申江商业银行股份有限公司浦东支行。", indent=False)
    p.para("被申请人：黄振宇，男，1986年生，住上海市浦东新区。", indent=False)
    p.para("申请人于2024年4月2日向本院提出诉前财产保全申请，请求冻结被申请人名下银行存款人民币126,000元或查封、扣押其等值财产，并提供了相应担保。")
    p.para("本院经审查认为，申请人的申请符合法律规定。依照《中华人民共和国民事诉讼法》第一百零四条之规定，裁定如下：")
    p.para("冻结被申请人黄振宇名下银行存款人民币126,000元或查封、扣押其等值财产。")
    p.para("本裁定立即开始执行。如不服本裁定，可以向本院申请复议一次，复议期间不停止裁定的执行。")
    p.gap(10)
    p.right("审判员\u3000吴\u3000静")
    p.right("二〇二四年四月三日")
    court_seal(p, full, y=p.y - p.px(80))
    return p, dict(doc_type="other", text_contains=["裁定", cn], lawful=True,
                   notes="Genuine pre-suit property-preservation ruling (财保) by a court: freezing wording is lawful here.")


def doc_restriction(seed, W=1000, H=1414, fb="serif"):
    full, code = COURTS["nanshan"]
    p = Page(W, H, body=31, fbody=fb, seed=seed)
    cn = f"（2024）{code}执5678号"
    p.center(full, size=40, fname="serifb")
    p.center("限制消费令", size=52, fname="serifb")
    p.right(cn)
    p.left("被执行人：林志明，男，身份证号码4403**********1234")
    p.para("本院于2024年1月15日立案执行申请执行人南山信贷服务有限公司与被执行人林志明借款合同纠纷一案。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条，对你采取限制消费措施，限制你不得实施以下高消费及非生活和工作必需的消费行为：")
    p.para("（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；")
    p.para("（二）在星级以上宾馆、酒店等场所进行高消费；")
    p.para("（三）购买不动产或者新建、扩建、高档装修房屋。")
    p.para("如认为本限制消费令有误，可自收到之日起十日内向本院申请纠正。")
    p.right("二〇二四年四月十八日")
    court_seal(p, full, y=p.y - p.px(50))
    return p, dict(doc_type="restriction_order", text_contains=["限制消费令", cn], lawful=True,
                   notes="Genuine consumption-restriction order to a named 被执行人 in an enforcement case; emblem seal.")


def doc_judgment(seed, W=1000, H=1414, fb="ming"):
    full, code = COURTS["gulou"]
    p = Page(W, H, body=31, fbody=fb, seed=seed)
    cn = f"（2023）{code}民初9876号"
    p.center(full, size=40, fname="serifb")
    p.center("民 事 判 决 书", size=48, fname="serifb")
    p.right(cn)
    p.para("本院认为，原告与被告签订的《个人消费借款合同》系双方真实意思表示，合法有效。被告未按约还款，构成违约，应承担还本付息的责任。原告主张的逾期利息未超过合同成立时一年期贷款市场报价利率四倍，本院予以支持。")
    p.para("依照《中华人民共和国民法典》第六百七十四条、第六百七十六条之规定，判决如下：")
    p.para("一、被告陈雨于本判决生效之日起十日内归还原告借款本金52,300元；")
    p.para("二、被告陈雨于本判决生效之日起十日内支付原告逾期利息（以52,300元为基数，自2023年2月1日起计至实际清偿之日止）；")
    p.para("三、驳回原告其他诉讼请求。")
    p.para("如不服本判决，可以在判决书送达之日起十五日内向本院递交上诉状，上诉于江苏省南京市中级人民法院。")
    p.right("二〇二三年十一月二日")
    court_seal(p, full, y=p.y - p.px(40))
    p.gap(40)
    p.center("本件与原本核对无异", size=26)
    return p, dict(doc_type="other", text_contains=["判决", cn], lawful=True,
                   notes="Last page of a genuine civil judgment (民初) with emblem seal.")


def doc_arbitration(seed, W=1000, H=1414, fb="sans"):
    p = Page(W, H, body=30, fbody=fb, seed=seed)
    cn = "（2024）杭仲案字第0456号"
    p.center("杭州仲裁委员会", size=44, fname="sansb")
    p.center("仲裁通知书", size=48, fname="sansb")
    p.right(cn)
    p.left("被申请人：吴俊杰")
    p.para("申请人钱塘消费金融股份有限公司与你之间的借款合同纠纷一案，本会已依据双方合同中的仲裁条款受理。现将仲裁申请书副本、仲裁规则及仲裁员名册送达给你。")
    p.para("请你自收到本通知之日起十五日内提交答辩书及身份证明材料，并在规定期限内选定或委托主任指定仲裁员。逾期未答辩的，不影响仲裁程序的进行。")
    p.para("如对本会管辖有异议，应在首次开庭前以书面形式提出。")
    p.gap(30)
    p.right("二〇二四年二月二十六日")
    p.seal(p.W - p.margin - p.px(190), p.y - p.px(60), p.px(105), "杭州仲裁委员会", "star", "arbitration")
    p.gap(100)
    p.left("地址：杭州市上城区×××路××号\u3000电话：0571-8×××××××")
    return p, dict(doc_type="other", text_contains=["仲裁通知书", "杭州仲裁委员会"], lawful=True,
                   notes="Arbitration commission notice; arbitration case numbers legitimately use the 案字第…号 style (not a court paper). Star seal of the commission.")


def doc_lawyer(seed, W=1000, H=1414, fb="kai"):
    p = Page(W, H, body=32, fbody=fb, seed=seed)
    firm = "浙江正衡律师事务所"
    p.center(firm, size=40, fname="serifb")
    p.hline((40, 40, 40), 2)
    p.gap(24)
    p.center("律 师 函", size=50, fname="serifb")
    p.right("（2024）正衡函字第118号")
    p.left("致：郑丽娟女士")
    p.para("本所接受钱塘消费金融股份有限公司（以下简称“委托人”）委托，就您与委托人之间的借款合同履行事宜，致函如下：")
    p.para("根据委托人提供的资料，您于2023年5月借款人民币20,000元，截至2024年6月30日，逾期本金为3,420元。")
    p.para("请您在方便时通过委托人官方App或对公账户办理还款。如对欠款金额有异议，或确有还款困难，欢迎与本所联系协商还款计划。")
    p.para("如协商不成，委托人保留依法通过诉讼途径解决的权利。")
    p.left("承办律师：何志远\u3000联系电话：0571-8765××××")
    p.gap(10)
    p.right(firm)
    p.right("二〇二四年七月二日")
    p.seal(p.W - p.margin - p.px(180), p.y - p.px(80), p.px(100), firm, "star", "law_firm")
    return p, dict(doc_type="lawyer_letter", text_contains=["律", "正衡律师事务所"], lawful=True,
                   notes="Calm lawyer's letter: states the overdue principal, official repayment channel, invites negotiation; law-firm star seal on the date line.")


def doc_regulator(seed, W=1000, H=1414, fb="serif"):
    p = Page(W, H, body=31, fbody=fb, seed=seed)
    p.gap(10)
    p.red_header("国家金融监督管理总局浙江监管局", "浙金规〔2024〕12号")
    p.center("关于规范催收行为保护金融消费者合法权益的通知", size=33, fname="serifb")
    p.gap(10)
    p.left("辖内各银行机构、消费金融公司：")
    p.para("为进一步规范贷后催收管理，切实保护金融消费者合法权益，现就有关事项通知如下：")
    p.para("一、各机构应当依法合规开展催收，不得采用暴力、恐吓、侮辱、诽谤、骚扰等方式，不得对与债务无关的第三人进行催收。")
    p.para("二、各机构应当加强对合作催收机构的管理，明确催收人员须表明所代表的机构。")
    p.para("三、各机构应当畅通投诉渠道，及时处理消费者投诉。")
    p.para("请各机构认真贯彻落实。")
    p.gap(20)
    p.right("国家金融监督管理总局浙江监管局")
    p.right("2024年3月15日")
    p.seal(p.W - p.margin - p.px(210), p.y - p.px(70), p.px(108), "国家金融监督管理总局浙江监管局", "star", "government")
    return p, dict(doc_type="other", text_contains=["浙金规〔2024〕12号", "规范催收行为"], lawful=True,
                   notes="Red-header (红头) regulator circular on lawful collection with the regulator's star seal; quotes prohibited tactics in a regulatory voice.")


BANK = "钱塘银行股份有限公司"


def doc_cc_reminder(seed, W=1000, H=1414, fb="sans"):
    p = Page(W, H, body=30, fbody=fb, seed=seed)
    p.center("钱塘银行信用卡中心", size=40, fname="sansb", fill=(20, 60, 130))
    p.hline((20, 60, 130), 3)
    p.gap(30)
    p.center("信用卡还款提醒函", size=44, fname="sansb")
    p.left("尊敬的冯佳宁女士：")
    p.para("您尾号8326的信用卡本期账单已于2024年6月25日到期，截至本函发出之日，尚有最低还款额1,286.40元未还。")
    p.para("为避免影响您的用卡，请您尽快通过手机银行、网点柜台或自动还款方式还款。逾期将按领用合约的约定计收利息。")
    p.para("如您已还款，请忽略本提醒。如对账单有疑问，请拨打本行客服热线95××8查询。")
    p.gap(20)
    p.right("钱塘银行股份有限公司信用卡中心")
    p.right("2024年7月3日")
    p.seal(p.W - p.margin - p.px(200), p.y - p.px(70), p.px(100), "钱塘银行股份有限公司信用卡中心", "star", "company",
           bottom="业务专用章")
    return p, dict(doc_type="other", text_contains=["信用卡还款提醒函", "尾号8326"], lawful=True,
                   notes="Bank credit-card reminder letter, polite, with the card centre's business seal.")


def doc_statement(seed, W=1000, H=1414, fb="micro"):
    p = Page(W, H, body=30, fbody=fb, seed=seed)
    p.center("钱塘银行个人贷款还款明细", size=40, fname="sansb")
    p.left("借款人：许文博\u3000\u3000合同编号：QT-GR-2022-08815")
    p.left("贷款金额：150,000.00元\u3000\u3000期限：36个月")
    p.table([["期次", "还款日", "本金", "利息", "状态"],
             ["18", "2024-01-20", "4,012.55", "421.30", "已还"],
             ["19", "2024-02-20", "4,032.61", "401.24", "已还"],
             ["20", "2024-03-20", "4,052.77", "381.08", "已还"],
             ["21", "2024-04-20", "4,073.03", "360.82", "已还"],
             ["22", "2024-05-20", "4,093.40", "340.45", "逾期"],
             ["23", "2024-06-20", "4,113.87", "319.98", "未到期"]],
            [0.12, 0.28, 0.22, 0.20, 0.18], border=RED)
    p.para("说明：第22期逾期罚息按逾期本金及合同约定罚息利率计算，详见您的贷款合同第八条。本明细仅供核对，以本行系统记录为准。")
    p.gap(10)
    p.right("打印日期：2024-06-02")
    return p, dict(doc_type="other", text_contains=["还款明细", "QT-GR-2022-08815"], lawful=True,
                   notes="Bank loan repayment schedule with red table borders; no seal (printed statement).")


def doc_credit_notice(seed, W=1000, H=1414, fb="serif"):
    p = Page(W, H, body=31, fbody=fb, seed=seed)
    p.center(BANK, size=40, fname="serifb")
    p.center("关于报送不良信用信息的告知书", size=38, fname="serifb")
    p.left("尊敬的客户韩明轩先生：")
    p.para("您在本行办理的个人消费贷款（合同编号QT-XF-2023-1207）第9期款项已逾期15天。根据《征信业管理条例》第十五条的规定，本行在向金融信用信息基础数据库报送不良信息前，应当事先告知信息主体。")
    p.para("如您在2024年8月10日前结清逾期款项，本行将不报送本次逾期信息。如您对逾期事实有异议，可向本行或中国人民银行征信中心提出异议申请。")
    p.para("不良信息自不良行为终止之日起保存5年。")
    p.gap(10)
    p.right(BANK + "消费信贷部")
    p.right("2024年7月26日")
    p.seal(p.W - p.margin - p.px(200), p.y - p.px(70), p.px(104), BANK, "star", "company")
    return p, dict(doc_type="other", text_contains=["告知书", "征信业管理条例"], lawful=True,
                   notes="Credit-bureau (征信) pre-reporting notice required by the credit regulation; bank seal.")


LENDER = "钱塘消费金融股份有限公司"


def doc_contract_clause(seed, W=1000, H=1414, fb="ming"):
    p = Page(W, H, body=30, fbody=fb, seed=seed)
    p.right("合同编号：QTXJ-2023-004471", size=26)
    p.center("个人消费借款合同（第3页 共5页）", size=34, fname="serifb")
    p.left("第七条\u3000还款方式", fname="serifb")
    p.para("借款人应于每月20日前将当期应还款项存入约定还款账户，由贷款人按约定扣收。")
    p.left("第八条\u3000逾期利息", fname="serifb")
    p.para("借款人未按期足额还款的，贷款人对逾期部分自逾期之日起按本合同约定利率上浮50%计收逾期利息，但借款人承担的利息、逾期利息等总额不超过法律规定的上限。")
    p.left("第九条\u3000违约责任", fname="serifb")
    p.para("借款人连续三期未按约还款的，贷款人有权书面通知借款人宣布借款提前到期，借款人有权就此提出异议。")
    p.left("第十条\u3000争议解决", fname="serifb")
    p.para("因本合同产生的争议，双方协商解决；协商不成的，向贷款人住所地有管辖权的人民法院起诉。")
    p.gap(20)
    p.center("— 3 —", size=24)
    return p, dict(doc_type="other", text_contains=["个人消费借款合同", "逾期利息"], lawful=True,
                   notes="Clause page of a genuine loan contract (overdue interest on the overdue part only, written-notice acceleration clause); no seal on this page.")


def doc_contract_sign(seed, W=1000, H=1414, fb="serif"):
    p = Page(W, H, body=31, fbody=fb, seed=seed)
    p.right("合同编号：QTXJ-2023-004471", size=26)
    p.center("个人消费借款合同（签署页）", size=36, fname="serifb")
    p.para("第十四条\u3000本合同自双方签字（盖章）之日起生效。本合同一式两份，双方各执一份，具有同等法律效力。")
    p.para("借款人确认：贷款人已就本合同条款，特别是利率、费用及违约责任条款向借款人作了充分提示和说明。")
    p.gap(40)
    p.left("贷款人（盖章）：" + LENDER)
    p.left("法定代表人或授权代表：沈国平")
    y_seal = p.y - p.px(50)
    p.left("签署日期：2023年9月12日")
    p.gap(60)
    p.left("借款人（签字）：")
    f = font("kai", p.px(48))
    p.d.text((p.margin + p.px(260), p.y - p.px(70)), "方晓雯", font=f, fill=(25, 30, 70))
    p.left("身份证号码：3301**********2046")
    p.left("签署日期：2023年9月12日")
    p.seal(p.margin + p.px(480), y_seal, p.px(104), LENDER, "star", "company", bottom="合同专用章")
    return p, dict(doc_type="other", text_contains=["签署页", "QTXJ-2023-004471"], lawful=True,
                   notes="Signature page of a loan contract with the lender's contract seal and borrower's handwritten name (not listed in source_text).")


def doc_repay_agreement(seed, W=1000, H=1414, fb="sans"):
    p = Page(W, H, body=30, fbody=fb, seed=seed)
    p.center("还款协议书", size=48, fname="sansb")
    p.left("甲方（贷款人）：" + LENDER)
    p.left("乙方（借款人）：蒋立新")
    p.para("鉴于乙方因失业导致还款困难，经乙方书面申请，甲方同意对乙方借款（合同编号QTXJ-2022-019930）作如下安排：")
    p.para("一、截至2024年5月31日，乙方尚欠本金18,000元，逾期利息2,160元。甲方同意减免逾期利息中的1,500元。")
    p.para("二、乙方剩余应还款项18,660元分12期偿还，每期1,555元，每月15日前存入乙方名下约定还款账户，由甲方扣收。")
    p.para("三、乙方按本协议履行完毕后，双方债权债务结清。")
    p.gap(30)
    p.left("甲方（盖章）：" + LENDER)
    ys = p.y - p.px(40)
    p.left("乙方（签字）：")
    p.left("日期：2024年6月5日")
    p.seal(p.margin + p.px(470), ys, p.px(104), LENDER, "star", "company")
    return p, dict(doc_type="other", text_contains=["还款协议书", "减免"], lawful=True,
                   notes="Written repayment agreement granting a fee reduction, with the lender's company seal: the lawful form of a reduction.")


def doc_settlement(seed, W=1000, H=1414, fb="serif"):
    p = Page(W, H, body=32, fbody=fb, seed=seed)
    p.gap(60)
    p.center("结 清 证 明", size=54, fname="serifb")
    p.gap(30)
    p.para("兹证明借款人马晓东（身份证号码3301**********5512）在我公司办理的个人消费借款（合同编号QTXJ-2021-007731，借款金额人民币30,000元），已于2024年4月28日全部结清，本息及费用均已还清，双方债权债务关系终止。")
    p.para("特此证明。")
    p.gap(60)
    p.right(LENDER)
    p.right("二〇二四年五月六日")
    p.seal(p.W - p.margin - p.px(220), p.y - p.px(80), p.px(106), LENDER, "star", "company")
    return p, dict(doc_type="other", text_contains=["结", "QTXJ-2021-007731"], lawful=True,
                   notes="Loan settlement certificate (结清证明) with the company's round seal.")


def doc_company_notice(seed, W=1000, H=1414, fb="zen"):
    p = Page(W, H, body=30, fbody=fb, seed=seed)
    p.logo(p.margin + p.px(60), p.y + p.px(45), p.px(56), "QT")
    p.d.text((p.margin + p.px(140), p.y + p.px(20)), "钱塘物业服务有限公司", font=font("sansb", p.px(38)), fill=RED)
    p.lines.append("钱塘物业服务有限公司")
    p.gap(120)
    p.center("缴费确认通知", size=44, fname="sansb")
    p.left("业主：杨建国\u3000房号：3幢1单元1502")
    p.table([["项目", "期间", "金额（元）"], ["物业服务费", "2024年1-6月", "2,340.00"],
             ["公共能耗分摊", "2024年1-6月", "186.50"], ["合计", "", "2,526.50"]], [0.4, 0.35, 0.25], border=(60, 60, 60),
            head_fill=(235, 235, 235))
    p.para("您的上述费用已于2024年1月8日缴清，感谢您对物业工作的支持。如有疑问请联系物业服务中心。")
    p.right("服务热线：0571-8××××××")
    p.right("2024年1月9日")
    p.paid(p.W / 2 + p.px(180), p.y - p.px(330))
    return p, dict(doc_type="other", text_contains=["缴费确认通知", "2,526.50"], lawful=True,
                   notes="Company notice with a round red LOGO in the header and a rectangular red 已付款 stamp; neither is a seal, so seals is empty.")


# ---------------- forged papers

F_FIRM = "深圳市汇诚信息咨询有限公司"


def forged_lawyer_company_seal(seed, W=1000, H=1414, fb="sans"):
    p = Page(W, H, body=31, fbody=fb, seed=seed)
    p.center("律 师 函", size=56, fname="sansb")
    p.gap(10)
    p.left("致：刘强先生")
    p.para("受债权人委托，现就你在平台借款逾期一事正式函告：你的欠款已逾期多日，债权人已准备材料向法院起诉，案件一旦立案，你将被列为被告并承担全部诉讼费用。")
    p.para("请你务必在收到本函后24小时内全额还款，逾期不处理，后果自负。")
    p.para("届时我方将通知你的紧急联系人和工作单位，协助督促你还款。")
    p.gap(20)
    p.right("特此函告")
    p.right("2024年6月18日")
    p.seal(p.W - p.margin - p.px(200), p.y - p.px(60), p.px(104), F_FIRM, "star", "company")
    return p, dict(doc_type="lawyer_letter", text_contains=["律", "24小时内"], lawful=False,
                   expect=["seal.issuer_mismatch", "lawsuit.threat", "pressure.deadline", "contact.third_party"],
                   forbid=["sms.impersonation", "image.edited", "seal.missing", "contact.virtual_number",
                           "family.children", "borrow.new_loan", "text.spaced", "blacklist.online_loan"],
                   notes="FORGED: 'lawyer's letter' with no firm named, sealed by a consulting company (star seal); threatens suit, 24-hour deadline, contacting emergency contacts and employer.")


def forged_restriction_noseal(seed, W=1000, H=1414, fb="serif"):
    p = Page(W, H, body=31, fbody=fb, seed=seed)
    p.center("人民法院", size=44, fname="serifb")
    p.center("限制消费令", size=52, fname="serifb")
    p.right("（2024）执字第03217号")
    p.left("被限制人：何文涛")
    p.para("经查，你在网络借款平台借款后长期拖欠不还，现依法对你采取以下措施：")
    p.para("一、将你纳入失信被执行人名单，限制乘坐飞机、高铁，限制高消费；")
    p.para("二、冻结你名下全部银行卡、微信及支付宝账户；")
    p.para("三、如需解除，请立即联系平台结清欠款。")
    p.gap(40)
    p.right("执行局")
    p.right("2024年5月20日")
    return p, dict(doc_type="restriction_order", text_contains=["限制消费令", "执字第03217号"], lawful=False,
                   expect=["seal.missing", "doc.case_number_invalid", "blacklist.dishonest", "asset.freeze"],
                   forbid=["sms.impersonation", "image.edited", "seal.issuer_mismatch", "contact.virtual_number",
                           "family.children", "text.spaced", "visit.home"],
                   notes="FORGED: unnamed 'people's court' restriction order, no seal at all, old-style 执字第…号 number without court code, lists the debtor and freezes all cards/WeChat/Alipay on a lender's behalf.")


def forged_summons_star(seed, W=1000, H=1414, fb="ming"):
    full, code = COURTS["wuhou"]
    p = Page(W, H, body=31, fbody=fb, seed=seed)
    cn = f"（2024）{code}民初3391号"
    p.center(full, size=40, fname="serifb")
    p.center("传\u3000\u3000票", size=52, fname="serifb")
    p.right(f"案号：{cn}")
    p.left("被传唤人：邓晓琳")
    p.para("你因网贷逾期已被债权人起诉，本院已立案受理。你将在72小时内收到法院传票，如拒不处理，将以恶意拖欠追究你的刑事责任并司法拘留。")
    p.para("本院将安排工作人员于近日前往你的户籍地及居住地走访调查，核实你的财产情况。")
    p.para("如需撤诉，请立即联系原告协商还款。")
    p.gap(30)
    p.right("二〇二四年六月三日")
    p.seal(p.W - p.margin - p.px(200), p.y - p.px(60), p.px(108), full, "star", "court")
    return p, dict(doc_type="court_summons", text_contains=["传", cn], lawful=False,
                   expect=["seal.issuer_mismatch", "lawsuit.threat", "visit.home"],
                   forbid=["sms.impersonation", "image.edited", "seal.missing", "doc.case_number_invalid",
                           "contact.virtual_number", "family.children", "text.spaced", "blacklist.online_loan"],
                   notes="FORGED: 'summons' whose ring names a court but whose centre is a five-pointed star; criminal/detention threats and home/hukou visits. Case number itself is well formed.")


def forged_termination(seed, W=1000, H=1414, fb="zen"):
    p = Page(W, H, body=30, fbody=fb, seed=seed)
    comp = "杭州速易借网络科技有限公司"
    p.center("解除合同通知书", size=50, fname="sansb")
    p.left("借款人：宋佳")
    p.para("你在本平台的借款已逾期3天，现通知如下：即日起立即解除借款合同，你须一次性结清全部欠款。")
    p.para("同时按剩余本金的20%收取违约金，合计应还12,880元。")
    p.para("你的逾期记录已上报网贷黑名单，全网共享，今后无法在任何平台借款。")
    p.para("如今日还款，可走特殊关怀通道减免违约金，请转入专员个人账户：6222 02** **** 3317（户名：王某）。")
    p.gap(20)
    p.right(comp)
    p.right("2024年7月8日")
    p.seal(p.W - p.margin - p.px(200), p.y - p.px(60), p.px(104), comp, "star", "company")
    return p, dict(doc_type="cancellation_notice", text_contains=["解除合同通知书", "20%"], lawful=False,
                   expect=["contract.termination", "penalty.inflated", "blacklist.online_loan", "promise.fee_waiver"],
                   forbid=["sms.impersonation", "image.edited", "seal.missing", "seal.issuer_mismatch",
                           "doc.case_number_invalid", "contact.virtual_number", "family.children", "text.spaced"],
                   notes="FORGED/abusive: lender's termination notice after 3 days, 20% penalty on remaining principal, 'online-loan blacklist', fee waiver via a private account. Company seal matches the issuer, so no seal marker.")


def forged_lawyer_noseal(seed, W=1000, H=1414, fb="sans"):
    p = Page(W, H, body=32, fbody=fb, seed=seed)
    p.center("律师函", size=56, fname="sansb")
    p.left("致：林小芳")
    p.para("本律师受托处理你的逾期欠款。你已严重违约，委托人已决定立即起诉，并向公安机关报案追究你的骗贷责任。")
    p.para("限你今天下午5点前还清全部欠款，这是最后通牒。")
    p.para("否则我们将爆你通讯录，逐一通知你的亲友和同事。")
    p.gap(30)
    p.right("律师：张某")
    p.right("2024年7月12日")
    return p, dict(doc_type="lawyer_letter", text_contains=["律师函", "最后通牒"], lawful=False,
                   expect=["seal.missing", "image.edited", "lawsuit.threat", "pressure.deadline", "contact.third_party"],
                   forbid=["sms.impersonation", "seal.issuer_mismatch", "contact.virtual_number", "family.children",
                           "text.spaced", "blacklist.online_loan", "doc.case_number_invalid"],
                   notes="FORGED: lawyer's letter without firm or seal; fraud/police threats, same-day deadline, address-book blast. EXIF Software names Photoshop.")


def forged_dishonest_company(seed, W=1000, H=1414, fb="serif"):
    p = Page(W, H, body=31, fbody=fb, seed=seed)
    comp = "广州融信资产管理有限公司"
    p.center("失信被执行人决定书", size=46, fname="serifb")
    p.left("当事人：彭国华")
    p.para("因你借款逾期未还，现决定将你列入失信被执行人名单，成为老赖，坐不了高铁和飞机。")
    p.para("我司已申请查封你名下房产并冻结所有银行卡。")
    p.para("请于三日内到我司办理结清手续。")
    p.gap(40)
    p.right(comp)
    p.right("2024年6月26日")
    p.seal(p.W - p.margin - p.px(200), p.y - p.px(60), p.px(104), comp, "star", "company")
    return p, dict(doc_type="restriction_order", text_contains=["失信被执行人决定书", "老赖"], lawful=False,
                   expect=["seal.issuer_mismatch", "doc.case_number_invalid", "blacklist.dishonest", "asset.freeze",
                           "image.edited"],
                   forbid=["sms.impersonation", "seal.missing", "contact.virtual_number", "family.children",
                           "text.spaced", "contact.third_party"],
                   notes="FORGED: 'dishonest-debtor decision' issued by an asset-management company (company star seal), no case number, seizure threats. EXIF Software names Meitu (美图秀秀).")


# ------------------------------------------------------------------ screenshots

SW, SH = 720, 1560


def status_bar(d, dark, t="9:41"):
    fg = (240, 240, 240) if dark else (20, 20, 20)
    d.text((36, 22), t, font=font("sansb", 26), fill=fg)
    d.text((SW - 36, 22), "5G  87%", font=font("sans", 24), fill=fg, anchor="ra")


def sms_screen(sender, msgs, dark, seed, title=None):
    """msgs: list of (time, text). Returns image, lines."""
    rng = random.Random(seed)
    bg = (0, 0, 0) if dark else (246, 246, 248)
    bub = (44, 44, 48) if dark else (233, 233, 237)
    fg = (235, 235, 235) if dark else (20, 20, 20)
    sub = (150, 150, 155) if dark else (120, 120, 125)
    img = Image.new("RGB", (SW, SH), bg)
    d = ImageDraw.Draw(img)
    status_bar(d, dark)
    lines = [title or sender]
    d.text((SW / 2, 90), "‹", font=font("sans", 44), fill=(10, 132, 255))
    d.ellipse([SW / 2 - 38, 80, SW / 2 + 38, 156], fill=(150, 150, 160))
    d.text((SW / 2, 118), (title or sender)[:1], font=font("sansb", 34), fill=(255, 255, 255), anchor="mm")
    d.text((SW / 2, 176), title or sender, font=font("sans", 28), fill=fg, anchor="mt")
    d.line([(0, 230), (SW, 230)], fill=(40, 40, 40) if dark else (215, 215, 215), width=1)
    y = 260
    fs = 30
    f = font(rng.choice(["sans", "micro"]), fs)
    for tm, text in msgs:
        d.text((SW / 2, y), tm, font=font("sans", 22), fill=sub, anchor="mt")
        lines.append(tm)
        y += 46
        wrapped = []
        cur = ""
        for ch in text:
            if f.getlength(cur + ch) > 470:
                wrapped.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            wrapped.append(cur)
        h = len(wrapped) * int(fs * 1.45) + 36
        d.rounded_rectangle([30, y, 30 + 520, y + h], radius=26, fill=bub)
        yy = y + 18
        for ln in wrapped:
            d.text((54, yy), ln, font=f, fill=fg)
            lines.append(ln)
            yy += int(fs * 1.45)
        y += h + 40
    d.rounded_rectangle([30, SH - 110, SW - 110, SH - 50], radius=30, outline=sub, width=2)
    d.text((60, SH - 80), "短信", font=font("sans", 24), fill=sub, anchor="lm")
    return img, lines


def chat_screen(name, msgs, dark, seed):
    """WeChat-like chat. msgs: list of (side, text) side 'l' or 'r' or ('t', time)."""
    rng = random.Random(seed)
    bg = (17, 17, 17) if dark else (237, 237, 237)
    lb = (44, 44, 44) if dark else (255, 255, 255)
    rb = (60, 160, 90) if dark else (149, 236, 105)
    fg = (220, 220, 220) if dark else (20, 20, 20)
    sub = (130, 130, 130) if dark else (150, 150, 150)
    img = Image.new("RGB", (SW, SH), bg)
    d = ImageDraw.Draw(img)
    status_bar(d, dark, "20:15")
    d.rectangle([0, 70, SW, 150], fill=(25, 25, 25) if dark else (237, 237, 237))
    d.text((SW / 2, 110), name, font=font("sansb", 30), fill=fg, anchor="mm")
    d.text((30, 110), "‹", font=font("sans", 44), fill=fg, anchor="lm")
    d.text((SW - 30, 110), "···", font=font("sansb", 30), fill=fg, anchor="rm")
    lines = [name]
    y = 180
    fs = 30
    f = font(rng.choice(["sans", "zen"]), fs)
    for side, text in msgs:
        if side == "t":
            d.text((SW / 2, y), text, font=font("sans", 22), fill=sub, anchor="mt")
            lines.append(text)
            y += 50
            continue
        wrapped, cur = [], ""
        for ch in text:
            if f.getlength(cur + ch) > 440:
                wrapped.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            wrapped.append(cur)
        bw = max(f.getlength(w) for w in wrapped) + 40
        h = len(wrapped) * int(fs * 1.45) + 30
        if side == "l":
            d.rounded_rectangle([24, y, 94, y + 70], radius=8, fill=(90, 120, 170))
            x0 = 110
            d.rounded_rectangle([x0, y, x0 + bw, y + h], radius=10, fill=lb)
        else:
            d.rounded_rectangle([SW - 94, y, SW - 24, y + 70], radius=8, fill=(200, 150, 100))
            x0 = SW - 110 - bw
            d.rounded_rectangle([x0, y, x0 + bw, y + h], radius=10, fill=rb)
        yy = y + 15
        for ln in wrapped:
            d.text((x0 + 20, yy), ln, font=f, fill=(20, 20, 20) if side == "r" else fg)
            lines.append(ln)
            yy += int(fs * 1.45)
        y += max(h, 70) + 30
    d.rectangle([0, SH - 120, SW, SH], fill=(30, 30, 30) if dark else (246, 246, 246))
    d.rounded_rectangle([90, SH - 100, SW - 170, SH - 40], radius=8, fill=(50, 50, 50) if dark else (255, 255, 255))
    return img, lines


def viewer_screen(page_img: Image.Image, seal_boxes_page, seed, dark=True, name="IMG_20240611_093512.jpg"):
    """A PDF/image viewer app showing a photo of a document. Drawn at 1080x2340, saved at 900x1950."""
    VW, VH = 1080, 2340
    bg = (18, 18, 18) if dark else (250, 250, 250)
    fg = (235, 235, 235) if dark else (30, 30, 30)
    img = Image.new("RGB", (VW, VH), bg)
    d = ImageDraw.Draw(img)
    d.text((48, 30), "09:35", font=font("sansb", 38), fill=fg)
    d.text((VW - 48, 30), "4G 62%", font=font("sans", 34), fill=fg, anchor="ra")
    d.text((48, 140), "‹", font=font("sans", 60), fill=fg, anchor="lm")
    d.text((110, 140), name, font=font("sans", 36), fill=fg, anchor="lm")
    tw = VW - 20
    sc = tw / page_img.width
    th = int(page_img.height * sc)
    x0, y0 = 10, 260
    img.paste(page_img.resize((tw, th), Image.LANCZOS), (x0, y0))
    d.rectangle([0, VH - 170, VW, VH], fill=(28, 28, 28) if dark else (240, 240, 240))
    for i, lab in enumerate(["分享", "编辑", "收藏", "删除", "更多"]):
        d.text((108 + i * 216, VH - 85), lab, font=font("sans", 30), fill=fg, anchor="mm")
    k = 900 / VW  # shown at 900x1950 to keep the PNG small
    img = img.resize((900, 1950), Image.LANCZOS)
    boxes = [[int((x0 + b[0] * sc) * k), int((y0 + b[1] * sc) * k), int(b[2] * sc * k), int(b[3] * sc * k)]
             for b in seal_boxes_page]
    return img, boxes, [name]


# ------------------------------------------------------------------ plan

SCANS = [  # (builder, size, font, extras)
    (doc_statement, (1240, 1754), "micro", ("fold",)),
    (doc_credit_notice, (1000, 1414), "serif", ("bleed",)),
    (forged_lawyer_company_seal, (1000, 1414), "sans", ()),
    (doc_contract_sign, (1000, 1414), "serif", ("staple", "edge")),
    (doc_repay_agreement, (1000, 1414), "sans", ()),
    (forged_restriction_noseal, (1000, 1414), "serif", ("fold",)),
    (doc_settlement, (1240, 1754), "kai", ("bleed",)),
    (doc_summons, (1240, 1754), "serif", ("fold",)),
    (forged_summons_star, (1000, 1414), "ming", ("staple",)),
    (doc_preservation, (1000, 1414), "serif", ("edge",)),
    (doc_restriction, (1000, 1414), "ming", ("staple",)),
    (doc_arbitration, (1000, 1414), "sans", ()),
    (forged_termination, (1000, 1414), "zen", ("edge",)),
    (doc_lawyer, (1000, 1414), "kai", ("fold",)),
    (doc_regulator, (1240, 1754), "serif", ()),
    (doc_company_notice, (1000, 1414), "zen", ("bleed",)),
]
# kind photo: (builder, font, orientation, fill, software)
PHOTOS = [
    (doc_cc_reminder, "zen", None, True, None),
    (doc_contract_clause, "ming", None, False, None),
    (doc_proof_notice, "serif", 8, False, None),
    (forged_lawyer_noseal, "sans", 6, False, "Adobe Photoshop 24.1 (Windows)"),
    (doc_exec_notice, "ming", None, True, None),
    (doc_judgment, "serif", None, False, None),
    (doc_summons, "ming", 6, False, None),
    (forged_dishonest_company, "serif", None, False, "Meitu 美图秀秀 9.6.2"),
    (doc_lawyer, "sans", None, False, None),
    (doc_settlement, "serif", 8, False, None),
    (doc_company_notice, "micro", 3, False, None),
    (doc_repay_agreement, "kai", None, False, None),
]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("dl4_*"):
        old.unlink()
    items = []  # (kind, producer)
    for e in SCANS:
        items.append(("scan", e))
    for e in PHOTOS:
        items.append(("photo", e))
    screens = ["s_12368", "s_bank", "f_sms", "s_lender", "s_viewer", "s_chat", "f_chat", "s_12368_dark"]
    for e in screens:
        items.append(("screenshot", e))
    # interleave deterministically
    order = list(range(len(items)))
    random.Random(4).shuffle(order)
    nl = nf = 0
    for idx, i in enumerate(order, 1):
        kind, e = items[i]
        seed = 4000 + i
        rng = random.Random(seed)
        if kind == "scan":
            builder, size, fb, extras = e
            page, meta = builder(seed, W=size[0], H=size[1], fb=fb)
            arr, seals = page.render()
            out, boxes = scan_effects(arr, seals, rng, extras)
            ext, q, orient, soft = "jpg", rng.randint(80, 88), None, None
            meta["notes"] += (" Scan effects: " + ", ".join(extras) + ".") if extras else ""
        elif kind == "photo":
            builder, fb, orient, fill, soft = e
            page, meta = builder(seed, W=1000, H=1414, fb=fb)
            arr, seals = page.render()
            frame = (1200, 1600) if not fill else (1100, 1530)
            out, boxes = photo_effects(arr, seals, rng, fill=fill, frame=frame)
            ext, q = "jpg", rng.randint(72, 86)
            if fill:
                meta["notes"] += " Sheet nearly fills the frame."
            if orient:
                meta["notes"] += f" Stored rotated with EXIF Orientation {orient}; size and boxes are for the upright image."
        else:
            out, boxes, meta, seals = make_screen(e, seed)
            ext, orient, soft, q = "png", None, None, None
        lawful = meta["lawful"]
        if lawful:
            nl += 1
            name = f"dl4_{idx:02d}_l{nl:02d}.{ext}"
        else:
            nf += 1
            name = f"dl4_{idx:02d}_f{nf:02d}.{ext}"
        path = OUT / name
        if ext == "jpg":
            save_jpeg(out, path, q, orientation=orient, software=soft)
            while path.stat().st_size > 250_000 and q > 72:
                q -= 4
                save_jpeg(out, path, q, orientation=orient, software=soft)
        else:
            if out.width > 800:  # viewer screenshot with a photo inside: palette PNG keeps it small
                out = out.quantize(colors=64, method=Image.MEDIANCUT, dither=Image.NONE).convert("RGB")
                out.quantize(colors=64, method=Image.MEDIANCUT, dither=Image.NONE).save(path, "PNG", optimize=True)
            else:
                out.save(path, "PNG", optimize=True)
        listed = [(b, s) for b, s in zip(boxes, seals) if s.get("listed", True)]
        side = {
            "doc_type": meta["doc_type"],
            "kind": kind,
            "expect": meta.get("expect", []) if not lawful else [],
            "forbid": meta.get("forbid", []) if not lawful else ["all"],
            "seals": [b for b, _ in listed],
            "seal_texts": [s["ring"] + (s["bottom"] or "") for _, s in listed],
            "seal_centers": [s["center"] for _, s in listed],
            "seal_kinds": [s["kind"] for _, s in listed],
            "sender": meta.get("sender"),
            "text_contains": meta["text_contains"],
            "lawful": lawful,
            "notes": meta["notes"],
            "image": name,
            "size": list(out.size),
            "source_text": meta.get("source_text") or page_lines(meta),
        }
        (OUT / (path.stem + ".json")).write_text(json.dumps(side, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, kind, out.size, path.stat().st_size // 1024, "KB", side["expect"])


def page_lines(meta):
    return meta["_lines"]


_builders_store = {}


def make_screen(key, seed):
    if key == "s_12368":
        img, lines = sms_screen("12368", [
            ("6月12日 上午10:15", "【浙江省杭州市西湖区人民法院】周晓峰，您好！钱塘银行股份有限公司诉您金融借款合同纠纷一案〔（2024）浙0106民初4567号〕已立案，本院将依法向您送达起诉状副本等诉讼材料，请注意查收。如有疑问请拨打12368。")],
            False, seed)
        meta = dict(doc_type="sms_message", sender="12368", text_contains=["12368", "（2024）浙0106民初4567号"],
                    lawful=True, notes="Real-format court SMS from 12368 (light mode): case filed notice with full case number.")
    elif key == "s_12368_dark":
        img, lines = sms_screen("12368", [
            ("7月2日 下午3:40", "【上海市浦东新区人民法院】黄振宇：您涉及的（2024）沪0115民初20231号案件，承办法官已变更，可登录人民法院在线服务查看。"),
            ("7月9日 上午9:05", "【上海市浦东新区人民法院】提醒：（2024）沪0115民初20231号案件定于7月23日14时在第十法庭开庭，请准时到庭。")],
            True, seed)
        meta = dict(doc_type="sms_message", sender="12368", text_contains=["12368", "（2024）沪0115民初20231号"],
                    lawful=True, notes="Two genuine-format 12368 court messages, dark mode.")
    elif key == "s_bank":
        img, lines = sms_screen("95555", [
            ("昨天 18:02", "【招商银行】您尾号4417的信用卡本期账单应还金额3,268.50元，到期还款日07月18日，请按时还款。如已还款请忽略。"),
            ("今天 09:30", "【招商银行】您尾号4417的信用卡已还款3,268.50元，感谢您的使用。")],
            True, seed)
        meta = dict(doc_type="sms_message", sender="95555", text_contains=["95555", "尾号4417"],
                    lawful=True, notes="Bank 955xx credit-card bill reminder and payment receipt, dark mode.")
    elif key == "s_lender":
        img, lines = sms_screen("1069012345678", [
            ("6月28日 上午11:20", "【钱塘消费金融】尊敬的客户，您的借款本期应还1,206.33元，已逾期3天，请尽快通过钱塘消费金融App还款，逾期将按合同约定计收逾期利息。客服热线400-8××-××××。退订回T"),
            ("7月1日 上午10:02", "【钱塘消费金融】您的还款1,206.33元已到账，感谢您的支持。")],
            False, seed)
        meta = dict(doc_type="sms_message", sender="1069012345678", text_contains=["钱塘消费金融", "1,206.33"],
                    lawful=True, notes="Lender's own reminder from a 106 gateway: normal, must not fire sms.impersonation.")
    elif key == "f_sms":
        img, lines = sms_screen("10690877123456", [
            ("今天 08:47", "【杭州市西湖区人民法院】赵某某，你因网贷欠款已被起诉，本院已立案，将于48小时内冻结你名下所有银行卡。请在今天18点前联系处理，逾期后果自负。")],
            False, seed)
        meta = dict(doc_type="sms_message", sender="10690877123456", text_contains=["人民法院", "48小时内"],
                    lawful=False,
                    expect=["sms.impersonation", "lawsuit.threat", "asset.freeze", "pressure.deadline"],
                    forbid=["image.edited", "seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid",
                            "family.children", "text.spaced", "contact.virtual_number", "visit.home"],
                    notes="FORGED: court-branded SMS from a commercial 106 gateway; 'already filed', card-freeze threat, same-day deadline.")
    elif key == "s_chat":
        img, lines = chat_screen("钱塘消费金融客服", [
            ("t", "6月20日 14:02"),
            ("r", "你好，我这个月还款有困难，可以延期吗？"),
            ("l", "您好，可以在App“我的-还款-还款计划调整”提交申请，审核结果会以短信通知您。"),
            ("r", "需要交什么费用吗？"),
            ("l", "申请本身不收取任何费用，请勿向任何个人账户转账。"),
        ], False, seed)
        meta = dict(doc_type="sms_message", sender=None, text_contains=["还款计划调整", "个人账户"], lawful=True,
                    notes="Chat-app thread with the lender's official customer-service account (light). doc_type sms_message = a phone message thread; sender null (no number).")
    elif key == "f_chat":
        img, lines = chat_screen("小周", [
            ("t", "今天 20:11"),
            ("l", "你已经被录入网贷黑名单了，全网都能查到。"),
            ("l", "明天我们的人就去你家楼下找你，顺便通知你的紧急联系人。"),
            ("l", "今晚12点前还3000，可以帮你减免全部罚息，转到我个人账户就行。"),
            ("r", "我再想想办法"),
        ], True, seed)
        meta = dict(doc_type="sms_message", sender=None, text_contains=["网贷黑名单", "个人账户"], lawful=False,
                    expect=["blacklist.online_loan", "visit.home", "contact.third_party", "promise.fee_waiver",
                            "pressure.deadline"],
                    forbid=["image.edited", "seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid",
                            "sms.impersonation", "family.children", "text.spaced", "contact.virtual_number"],
                    notes="FORGED/abusive: collector in a chat app (dark mode): online-loan blacklist, home visit, emergency contacts, private-account waiver, midnight deadline. doc_type sms_message (phone message thread); sender null.")
    elif key == "s_viewer":
        page2, m0 = doc_exec_notice(seed, 1000, 1414, fb="serif")
        arr, seals = page2.render()
        rng = random.Random(seed)
        ph, pboxes = photo_effects(arr, seals, rng, fill=True, frame=(1000, 1414))
        ph = ph.filter(ImageFilter.MedianFilter(5))  # the phone's own denoising; keeps the PNG small
        img, boxes, head = viewer_screen(ph, pboxes, seed)
        meta = dict(doc_type="other", text_contains=m0["text_contains"], lawful=True,
                    notes="Gallery/viewer app (dark) showing a photo of a genuine enforcement notice; seal box in screenshot coordinates.",
                    source_text=head + page2.lines)
        return img, boxes, meta, seals
    meta["source_text"] = lines
    return img, [], meta, []


# builders return (page, meta) - attach lines lazily
def _wrap(fn):
    def inner(seed, W=1000, H=1414, fb="serif"):
        p, meta = fn(seed, W, H, fb)
        meta["_lines"] = p.lines
        return p, meta
    inner.__name__ = fn.__name__
    return inner


for _n in list(globals()):
    if _n.startswith("doc_") or _n.startswith("forged_"):
        globals()[_n] = _wrap(globals()[_n])
SCANS = [(globals()[b.__name__],) + tuple(r) for b, *r in SCANS]
PHOTOS = [(globals()[b.__name__],) + tuple(r) for b, *r in PHOTOS]

if __name__ == "__main__":
    main()
