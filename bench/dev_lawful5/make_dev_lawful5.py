#!/usr/bin/env python3
"""Generate bench/dev_lawful5: 40 labelled development images (30 lawful, 10 forged).

    python bench/dev_lawful5/make_dev_lawful5.py            # writes next to this file
    python bench/dev_lawful5/make_dev_lawful5.py --out DIR

Deterministic: every item draws from its own seeded random generators. Written without
reference to the inspector's rules; the labels say what the pictures are, not what any rule does.
"""
from __future__ import annotations

import argparse
import io
import json
import math
import random
import re
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

HERE = Path(__file__).resolve().parent

# ----------------------------------------------------------------------------------------------
# fonts

_FONT_FILES = {
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sans_bold": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serif_bold": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
}
_font_cache: dict = {}


def F(name: str, size: int) -> ImageFont.FreeTypeFont:
    key = (name, int(size))
    if key not in _font_cache:
        path, idx = _FONT_FILES[name]
        _font_cache[key] = ImageFont.truetype(path, int(size), index=idx)
    return _font_cache[key]


NO_LINE_START = set("，。、；：！？）》”’％%,.;:!?)")


_SPACED = re.compile(r"(?:[\u4e00-\u9fff][ *·.]){1,}[\u4e00-\u9fff]")


def _tokens(text: str) -> list[str]:
    """Runs of ASCII letters/digits (with . , % - inside numbers) stay together, and so do letter-spaced words
    (法 院 传 票); other characters stand alone."""
    out, pos = [], 0
    for mt in _SPACED.finditer(text):
        out += _tokens_plain(text[pos:mt.start()])
        out.append(mt.group(0))
        pos = mt.end()
    return out + _tokens_plain(text[pos:])


def _tokens_plain(text: str) -> list[str]:
    toks, cur = [], ""
    for ch in text:
        if ch.isascii() and (ch.isalnum() or (cur and ch in ".,%-/:" )):
            cur += ch
        else:
            if cur:
                toks.append(cur)
                cur = ""
            toks.append(ch)
    if cur:
        toks.append(cur)
    return toks


def wrap(text: str, font, width: float, first_indent: float = 0.0) -> list[str]:
    """Greedy wrap; ASCII number/word runs are not split; punctuation never starts a line."""
    lines, cur, avail = [], "", width - first_indent
    for tok in _tokens(text):
        if cur and font.getlength(cur + tok) > avail and tok[0] not in NO_LINE_START and tok != " ":
            lines.append(cur)
            cur, avail = tok, width
        else:
            cur += tok
    if cur:
        lines.append(cur)
    return lines


def tracked_width(text, font, tracking):
    return sum(font.getlength(c) for c in text) + tracking * max(0, len(text) - 1)


def draw_tracked(draw, xy, text, font, fill, tracking):
    x, y = xy
    for c in text:
        draw.text((x, y), c, font=font, fill=fill)
        x += font.getlength(c) + tracking


# ----------------------------------------------------------------------------------------------
# seals, logos, stamps


def _star_points(cx, cy, r, rot=-90.0, inner=0.382):
    pts = []
    for k in range(10):
        rr = r if k % 2 == 0 else r * inner
        a = math.radians(rot + k * 36)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def _emblem(d: ImageDraw.ImageDraw, cx, cy, e):
    """A simplified national emblem (court seals): five stars over a gate, wheat ring, gear."""
    d.polygon(_star_points(cx, cy - 0.50 * e, 0.20 * e), fill=255)
    for dx, dy in ((-0.42, -0.50), (-0.30, -0.30), (0.30, -0.30), (0.42, -0.50)):
        d.polygon(_star_points(cx + dx * e, cy + dy * e, 0.075 * e), fill=255)
    # gate: roof, body with arches, platform
    d.polygon([(cx - 0.46 * e, cy - 0.10 * e), (cx + 0.46 * e, cy - 0.10 * e),
               (cx + 0.34 * e, cy - 0.20 * e), (cx - 0.34 * e, cy - 0.20 * e)], fill=255)
    d.rectangle([cx - 0.38 * e, cy - 0.10 * e, cx + 0.38 * e, cy + 0.16 * e], fill=255)
    for k in range(-2, 3):
        ax = cx + k * 0.14 * e
        d.rectangle([ax - 0.035 * e, cy + 0.02 * e, ax + 0.035 * e, cy + 0.16 * e], fill=0)
    d.rectangle([cx - 0.55 * e, cy + 0.16 * e, cx + 0.55 * e, cy + 0.24 * e], fill=255)
    # wheat ears: two arcs of grains
    for side in (-1, 1):
        for k in range(12):
            a = math.radians(k * 13 - 55)
            gx = cx + side * 0.80 * e * math.cos(a)
            gy = cy + 0.05 * e + 0.80 * e * math.sin(a)
            d.ellipse([gx - 0.06 * e, gy - 0.10 * e, gx + 0.06 * e, gy + 0.10 * e], fill=255)
    # gear
    gy = cy + 0.55 * e
    d.ellipse([cx - 0.16 * e, gy - 0.16 * e, cx + 0.16 * e, gy + 0.16 * e], fill=255)
    for k in range(10):
        a = math.radians(k * 36)
        tx, ty = cx + 0.19 * e * math.cos(a), gy + 0.19 * e * math.sin(a)
        d.ellipse([tx - 0.04 * e, ty - 0.04 * e, tx + 0.04 * e, ty + 0.04 * e], fill=255)
    d.ellipse([cx - 0.06 * e, gy - 0.06 * e, cx + 0.06 * e, gy + 0.06 * e], fill=0)


def seal_alpha(r: int, ring: str, center: str, rng: random.Random, font="sans_bold",
               bottom: str | None = None, oval: bool = False) -> np.ndarray:
    """Alpha mask (float 0..1) of a round red seal of radius r, size (2r+8)^2."""
    pad = 4
    S = 2 * r + 2 * pad
    big = 3  # draw at 3x and shrink, for smooth edges
    m = Image.new("L", (S * big, S * big), 0)
    d = ImageDraw.Draw(m)
    c = S * big / 2
    R = r * big
    ry = R * (0.72 if oval else 1.0)
    w = max(3, int(R * 0.065))
    d.ellipse([c - R, c - ry, c + R, c + ry], outline=255, width=w)
    n = len(ring)
    span = min(250.0, 24.0 * n + 20)
    fsize = int(R * (0.27 if n <= 12 else 0.23))
    fnt = F(font, fsize)
    tr = R - w - fsize * 0.62
    for i, ch in enumerate(ring):
        th = -90 - span / 2 + (span * i / (n - 1) if n > 1 else span / 2)
        t = math.radians(th)
        px, py = c + tr * math.cos(t), c + tr * math.sin(t) * (ry / R)
        glyph = Image.new("L", (fsize * 2, fsize * 2), 0)
        ImageDraw.Draw(glyph).text((fsize, fsize), ch, font=fnt, fill=255, anchor="mm")
        glyph = glyph.rotate(-(th + 90), resample=Image.BICUBIC)
        m.paste(255, (int(px - fsize), int(py - fsize)), glyph)
    if center == "star":
        d.polygon(_star_points(c, c - R * 0.02, R * 0.30), fill=255)
    elif center == "emblem":
        _emblem(d, c, c - R * 0.02, R * 0.42)
    if bottom:
        bf = F(font, int(R * 0.16))
        d.text((c, c + R * 0.48), bottom, font=bf, fill=255, anchor="mm")
    m = m.resize((S, S), Image.LANCZOS)
    a = np.asarray(m, dtype=np.float32) / 255.0
    # ink texture: uneven pressure and small voids
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    tex = nrng.normal(0.0, 1.0, (S // 6 + 2, S // 6 + 2)).astype(np.float32)
    tex = cv2.resize(tex, (S, S), interpolation=cv2.INTER_CUBIC)
    grad = np.linspace(rng.uniform(0.75, 0.95), rng.uniform(0.95, 1.05), S, dtype=np.float32)
    if rng.random() < 0.5:
        grad = grad[::-1]
    press = np.clip(0.88 + 0.10 * tex, 0.55, 1.0) * grad[None, :]
    voids = (nrng.random((S, S)) < 0.04).astype(np.float32)
    voids = cv2.GaussianBlur(voids, (3, 3), 0)
    a = a * np.clip(press - 0.8 * voids, 0, 1)
    return np.clip(a * rng.uniform(0.82, 0.95), 0, 1)


def composite_color(img: Image.Image, alpha: np.ndarray, x0: int, y0: int, color) -> None:
    """Multiply-like composite of a coloured ink mask onto img at (x0, y0), in place."""
    arr = np.asarray(img, dtype=np.float32).copy()
    h, w = alpha.shape
    H, W = arr.shape[:2]
    xa, ya, xb, yb = max(0, x0), max(0, y0), min(W, x0 + w), min(H, y0 + h)
    if xa >= xb or ya >= yb:
        return
    a = alpha[ya - y0:yb - y0, xa - x0:xb - x0][..., None]
    col = np.array(color, dtype=np.float32)[None, None, :] / 255.0
    region = arr[ya:yb, xa:xb]
    ink = region * col  # multiply
    arr[ya:yb, xa:xb] = region * (1 - a) + ink * a
    img.paste(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)))


def red(rng):
    return (rng.randint(205, 230), rng.randint(25, 55), rng.randint(35, 60))


def logo_alpha(r: int, kind: str) -> np.ndarray:
    """A red round LOGO (filled disc with a white pictogram): not a seal."""
    S = 2 * r + 8
    m = Image.new("L", (S * 3, S * 3), 0)
    d = ImageDraw.Draw(m)
    c, R = S * 3 / 2, r * 3
    d.ellipse([c - R, c - R, c + R, c + R], fill=255)
    if kind == "house":
        d.polygon([(c - R * 0.5, c), (c, c - R * 0.5), (c + R * 0.5, c)], fill=0)
        d.rectangle([c - R * 0.36, c, c + R * 0.36, c + R * 0.45], fill=0)
        d.rectangle([c - R * 0.09, c + R * 0.18, c + R * 0.09, c + R * 0.45], fill=255)
    elif kind == "shield":
        d.polygon([(c - R * 0.45, c - R * 0.5), (c + R * 0.45, c - R * 0.5), (c + R * 0.45, c + R * 0.05),
                   (c, c + R * 0.6), (c - R * 0.45, c + R * 0.05)], fill=0)
        d.polygon([(c - R * 0.3, c - R * 0.38), (c + R * 0.3, c - R * 0.38), (c + R * 0.3, c),
                   (c, c + R * 0.42), (c - R * 0.3, c)], fill=255)
    elif kind == "drop":
        d.polygon([(c, c - R * 0.6), (c - R * 0.35, c + R * 0.05), (c + R * 0.35, c + R * 0.05)], fill=0)
        d.ellipse([c - R * 0.36, c - R * 0.2, c + R * 0.36, c + R * 0.52], fill=0)
    elif kind == "book":
        d.polygon([(c - R * 0.55, c - R * 0.35), (c, c - R * 0.22), (c, c + R * 0.45), (c - R * 0.55, c + R * 0.3)], fill=0)
        d.polygon([(c + R * 0.55, c - R * 0.35), (c + R * 0.06, c - R * 0.22), (c + R * 0.06, c + R * 0.45),
                   (c + R * 0.55, c + R * 0.3)], fill=0)
    m = m.resize((S, S), Image.LANCZOS)
    return np.asarray(m, dtype=np.float32) / 255.0 * 0.95


def rect_stamp_alpha(text: str, fsize: int, angle: float, font="sans_bold") -> np.ndarray:
    """A rectangular double-bordered stamp (已缴费 / PAID): not a seal."""
    fnt = F(font, fsize)
    tw = int(fnt.getlength(text))
    W, Hh = tw + fsize, int(fsize * 1.8)
    m = Image.new("L", (W + 20, Hh + 20), 0)
    d = ImageDraw.Draw(m)
    d.rectangle([10, 10, 10 + W, 10 + Hh], outline=255, width=max(3, fsize // 10))
    d.rectangle([16, 16, 4 + W, 4 + Hh], outline=255, width=max(1, fsize // 24))
    d.text((10 + W / 2, 10 + Hh / 2), text, font=fnt, fill=255, anchor="mm")
    m = m.rotate(angle, resample=Image.BICUBIC, expand=True)
    return np.asarray(m, dtype=np.float32) / 255.0 * 0.85


# ----------------------------------------------------------------------------------------------
# a paper page


class Page:
    def __init__(self, rng: random.Random, w=1240, h=1754, margin=140, bg=(251, 251, 248)):
        self.rng = rng
        self.w, self.h, self.m = w, h, margin
        self.img = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.y = margin
        self.lines: list[str] = []
        self.seals: list[dict] = []  # cx, cy, r, text, center, kind
        self.marks: dict = {}

    def skip(self, dy):
        self.y += dy

    def line(self, text, size, font="serif", align="left", color=(22, 22, 22), x=None, tracking=0,
             gap=0.55, record=True, y=None):
        fnt = F(font, size)
        tw = tracked_width(text, fnt, tracking)
        if x is None:
            x = {"left": self.m, "center": (self.w - tw) / 2, "right": self.w - self.m - tw}[align]
        yy = self.y if y is None else y
        if tracking:
            draw_tracked(self.d, (x, yy), text, fnt, color, tracking)
        else:
            self.d.text((x, yy), text, font=fnt, fill=color)
        if record:
            self.lines.append(text)
        if y is None:
            self.y += int(size * (1 + gap))
        return (x, yy, tw, size)

    def para(self, text, size, font="serif", indent=2, gap=0.62, color=(22, 22, 22), x0=None, width=None):
        fnt = F(font, size)
        x0 = self.m if x0 is None else x0
        width = (self.w - 2 * self.m) if width is None else width
        ind = "　" * indent
        lines = wrap(ind + text, fnt, width)
        for ln in lines:
            self.d.text((x0, self.y), ln, font=fnt, fill=color)
            self.lines.append(ln)
            self.y += int(size * (1 + gap))

    def rule(self, color=(200, 30, 40), thick=4, x0=None, x1=None):
        x0 = self.m if x0 is None else x0
        x1 = self.w - self.m if x1 is None else x1
        self.d.rectangle([x0, self.y, x1, self.y + thick], fill=color)
        self.y += thick

    def table(self, rows, colw, size, font="sans", row_h=None, color=(22, 22, 22), x0=None, bold_first=False,
              line_color=(60, 60, 60)):
        fnt = F(font, size)
        x0 = self.m if x0 is None else x0
        row_h = row_h or int(size * 2.1)
        y = self.y
        total = sum(colw)
        for ri, row in enumerate(rows):
            # row height grows for wrapped cells
            wrapped = [wrap(str(cell), fnt, cw - size * 0.8) if cell != "" else [] for cell, cw in zip(row, colw)]
            nl = max(1, max(len(wc) for wc in wrapped))
            rh = max(row_h, int(nl * size * 1.45 + size * 0.7))
            self.d.rectangle([x0, y, x0 + total, y + rh], outline=line_color, width=2)
            x = x0
            for ci, (cells, cw) in enumerate(zip(wrapped, colw)):
                if ci:
                    self.d.line([x, y, x, y + rh], fill=line_color, width=2)
                f2 = F(font + "_bold", size) if (bold_first and ri == 0 and font + "_bold" in _FONT_FILES) else fnt
                ty = y + (rh - len(cells) * size * 1.45) / 2 + size * 0.12
                for ln in cells:
                    self.d.text((x + size * 0.4, ty), ln, font=f2, fill=color)
                    self.lines.append(ln)
                    ty += size * 1.45
                x += cw
            y += rh
        self.y = y + int(size * 0.8)

    def seal(self, cx, cy, r, text, center, kind, font="sans_bold", bottom=None, record_bottom=False):
        a = seal_alpha(r, text, center, self.rng, font=font, bottom=bottom)
        s = a.shape[0]
        composite_color(self.img, a, int(cx - s / 2), int(cy - s / 2), red(self.rng))
        self.seals.append(dict(cx=cx, cy=cy, r=r, text=text + (bottom or ""), center=center, kind=kind))

    def logo(self, cx, cy, r, kind, color=None):
        a = logo_alpha(r, kind)
        s = a.shape[0]
        composite_color(self.img, a, int(cx - s / 2), int(cy - s / 2), color or red(self.rng))

    def rect_stamp(self, cx, cy, text, fsize, angle):
        a = rect_stamp_alpha(text, fsize, angle)
        composite_color(self.img, a, int(cx - a.shape[1] / 2), int(cy - a.shape[0] / 2), red(self.rng))
        self.lines.append(text)

    def signature(self, x, y, text, size=56):
        """A handwritten-looking signature in blue-black ink (not recorded as drawn text lines)."""
        fnt = F("kai", size)
        g = Image.new("L", (int(fnt.getlength(text)) + 40, size * 2), 0)
        ImageDraw.Draw(g).text((20, size // 3), text, font=fnt, fill=255)
        g = g.rotate(self.rng.uniform(-8, 4), resample=Image.BICUBIC, expand=True)
        g = g.filter(ImageFilter.MaxFilter(3))
        a = np.asarray(g, dtype=np.float32) / 255.0 * 0.9
        composite_color(self.img, a, int(x), int(y), (40, 50, 110))


# ----------------------------------------------------------------------------------------------
# captures: each returns (image, H) where H maps page coords -> output coords


def _apply_h(H, pts):
    pts = np.asarray(pts, dtype=np.float64)
    hom = np.hstack([pts, np.ones((len(pts), 1))]) @ H.T
    return hom[:, :2] / hom[:, 2:3]


def seal_box(H, s, W, Hh):
    t = np.linspace(0, 2 * math.pi, 96, endpoint=False)
    pts = np.stack([s["cx"] + s["r"] * np.cos(t), s["cy"] + s["r"] * np.sin(t)], axis=1)
    q = _apply_h(H, pts)
    x0, y0 = max(0.0, q[:, 0].min()), max(0.0, q[:, 1].min())
    x1, y1 = min(float(W), q[:, 0].max()), min(float(Hh), q[:, 1].max())
    return [int(round(x0)), int(round(y0)), int(round(x1 - x0)), int(round(y1 - y0))]


def _noise(arr, rng, sigma):
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    return arr + nrng.normal(0, sigma, arr.shape).astype(np.float32)


def scan_capture(page: Page, rng: random.Random, out_w: int, out_h: int, tint=None, lid_shadow=True):
    pw, ph = page.w, page.h
    ang = rng.uniform(-1.1, 1.1)
    sc = out_w / pw * rng.uniform(0.975, 0.995)
    M = cv2.getRotationMatrix2D((pw / 2, ph / 2), ang, sc)
    M[0, 2] += out_w / 2 - pw / 2 + rng.uniform(-8, 8)
    M[1, 2] += out_h / 2 - ph / 2 + rng.uniform(-8, 8)
    src = np.asarray(page.img, dtype=np.uint8)
    bgc = (246, 246, 244)
    out = cv2.warpAffine(src, M, (out_w, out_h), flags=cv2.INTER_AREA, borderValue=bgc).astype(np.float32)
    tint = tint or (rng.uniform(0.97, 1.0), rng.uniform(0.96, 0.995), rng.uniform(0.92, 0.98))
    out *= np.array(tint, dtype=np.float32)[None, None, :]
    if lid_shadow:
        side = rng.choice(["left", "top", "right"])
        wdt = rng.randint(6, 22)
        ramp = np.linspace(0.55, 1.0, wdt, dtype=np.float32)
        if side == "left":
            out[:, :wdt] *= ramp[None, :, None]
        elif side == "right":
            out[:, -wdt:] *= ramp[::-1][None, :, None]
        else:
            out[:wdt] *= ramp[:, None, None]
    out = _noise(out, rng, rng.uniform(2.0, 4.0))
    out = np.clip(out, 0, 255).astype(np.uint8)
    img = Image.fromarray(out)
    if rng.random() < 0.6:
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.6)))
    H = np.vstack([M, [0, 0, 1]])
    return img, H


def background(rng, W, Hh, kind):
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    if kind == "wood":
        base = np.array([rng.randint(120, 160), rng.randint(80, 105), rng.randint(50, 70)], np.float32)
        yy = np.arange(Hh, dtype=np.float32)[:, None]
        xx = np.arange(W, dtype=np.float32)[None, :]
        grain = np.sin(yy / rng.uniform(7, 13) + 3 * np.sin(xx / rng.uniform(180, 320))) * 10
        arr = base[None, None, :] + grain[..., None] + nrng.normal(0, 6, (Hh, W, 1))
    elif kind == "gray":
        base = np.array([rng.randint(95, 130)] * 3, np.float32) + np.array([0, 2, 6], np.float32)
        arr = np.broadcast_to(base, (Hh, W, 3)) + nrng.normal(0, 5, (Hh, W, 1))
    elif kind == "cloth":
        base = np.array([rng.randint(40, 70), rng.randint(60, 90), rng.randint(100, 130)], np.float32)
        yy = np.arange(Hh, dtype=np.float32)[:, None]
        xx = np.arange(W, dtype=np.float32)[None, :]
        weave = (np.sin(xx / 2.3) * np.sin(yy / 2.3)) * 8
        arr = base[None, None, :] + weave[..., None] + nrng.normal(0, 7, (Hh, W, 1))
    elif kind == "wall":  # a painted wall or door, for posters and door notices
        base = np.array([rng.randint(200, 225), rng.randint(198, 220), rng.randint(185, 205)], np.float32)
        arr = np.broadcast_to(base, (Hh, W, 3)) + nrng.normal(0, 4, (Hh, W, 1))
    else:  # white desk
        base = np.array([rng.randint(205, 225)] * 3, np.float32)
        arr = np.broadcast_to(base, (Hh, W, 3)) + nrng.normal(0, 3, (Hh, W, 1))
    return np.asarray(arr, dtype=np.float32)


def photo_capture(page: Page, rng: random.Random, out_w: int, out_h: int, bg="wood", fill=0.86,
                  tilt=3.0, persp=0.035, shadow=True):
    pw, ph = page.w, page.h
    sc = min(out_w * fill / pw, out_h * fill / ph)
    ang = math.radians(rng.uniform(-tilt, tilt))
    cx = out_w / 2 + rng.uniform(-0.03, 0.03) * out_w
    cy = out_h / 2 + rng.uniform(-0.03, 0.03) * out_h
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    dst = []
    for (x, y) in src:
        dx, dy = (x - pw / 2) * sc, (y - ph / 2) * sc
        rx = dx * math.cos(ang) - dy * math.sin(ang)
        ry = dx * math.sin(ang) + dy * math.cos(ang)
        dst.append([cx + rx + rng.uniform(-persp, persp) * out_w, cy + ry + rng.uniform(-persp, persp) * out_h])
    # a consistent keystone: top narrower or wider
    k = rng.uniform(-persp, persp) * out_w
    dst[0][0] += k
    dst[1][0] -= k
    dst = np.float32(dst)
    H = cv2.getPerspectiveTransform(src, dst)
    bgimg = background(rng, out_w, out_h, bg)
    # soft drop shadow of the sheet on the background
    msk = np.zeros((out_h, out_w), np.float32)
    cv2.fillConvexPoly(msk, (dst + np.float32([6, 9])).astype(np.int32), 1.0)
    msk = cv2.GaussianBlur(msk, (0, 0), 9)
    bgimg *= (1 - 0.35 * msk)[..., None]
    pg = cv2.warpPerspective(np.asarray(page.img, dtype=np.uint8), H, (out_w, out_h), flags=cv2.INTER_AREA)
    pm = cv2.warpPerspective(np.ones((ph, pw), np.float32), H, (out_w, out_h), flags=cv2.INTER_LINEAR)
    arr = bgimg * (1 - pm[..., None]) + pg.astype(np.float32) * pm[..., None]
    # uneven light: a linear ramp plus a soft hot spot
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    ga = rng.uniform(0, 2 * math.pi)
    ramp = (xx / out_w - 0.5) * math.cos(ga) + (yy / out_h - 0.5) * math.sin(ga)
    light = 1.0 + rng.uniform(0.12, 0.26) * ramp
    hx, hy = rng.uniform(0.2, 0.8) * out_w, rng.uniform(0.2, 0.8) * out_h
    light += rng.uniform(0.03, 0.08) * np.exp(-(((xx - hx) ** 2 + (yy - hy) ** 2) / (2 * (0.35 * out_w) ** 2)))
    light *= rng.uniform(0.88, 0.97)
    arr *= light[..., None]
    if shadow:
        # the shadow of a phone / hand: a blurred polygon from one edge
        edge = rng.choice(["left", "right", "bottom", "top"])
        sm = np.zeros((out_h, out_w), np.float32)
        if edge == "left":
            x1 = rng.uniform(0.12, 0.28) * out_w
            poly = [(0, rng.uniform(0.3, 0.6) * out_h), (x1, rng.uniform(0.5, 0.7) * out_h), (x1 * 1.3, out_h), (0, out_h)]
        elif edge == "right":
            x1 = out_w - rng.uniform(0.12, 0.3) * out_w
            poly = [(out_w, rng.uniform(0.0, 0.3) * out_h), (x1, rng.uniform(0.1, 0.35) * out_h),
                    (x1 - 40, rng.uniform(0.5, 0.7) * out_h), (out_w, rng.uniform(0.6, 0.8) * out_h)]
        elif edge == "bottom":
            y1 = out_h - rng.uniform(0.1, 0.22) * out_h
            poly = [(rng.uniform(0.0, 0.3) * out_w, out_h), (rng.uniform(0.1, 0.3) * out_w, y1),
                    (rng.uniform(0.6, 0.8) * out_w, y1 + 30), (rng.uniform(0.7, 1.0) * out_w, out_h)]
        else:
            y1 = rng.uniform(0.08, 0.18) * out_h
            poly = [(0, 0), (out_w, 0), (out_w, y1), (0, y1 * 1.4)]
        cv2.fillPoly(sm, [np.int32(poly)], 1.0)
        sm = cv2.GaussianBlur(sm, (0, 0), rng.uniform(12, 25))
        arr *= (1 - rng.uniform(0.25, 0.4) * sm)[..., None]
    cast = np.array([rng.uniform(0.97, 1.04), rng.uniform(0.97, 1.02), rng.uniform(0.9, 0.99)], np.float32)
    arr *= cast[None, None, :]
    arr = _noise(arr, rng, rng.uniform(3.0, 6.0))
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.0)))
    return img, H


# ----------------------------------------------------------------------------------------------
# phone screens


class Screen:
    def __init__(self, rng, w=720, h=1560, dark=False, bg=None):
        self.rng = rng
        self.w, self.h, self.s = w, h, w / 720.0
        self.dark = dark
        self.bg = bg or ((17, 17, 19) if dark else (255, 255, 255))
        self.fg = (226, 226, 230) if dark else (25, 25, 25)
        self.sub = (150, 150, 158) if dark else (130, 130, 135)
        self.img = Image.new("RGB", (w, h), self.bg)
        self.d = ImageDraw.Draw(self.img)
        self.lines: list[str] = []
        self.y = 0
        self.seals: list[dict] = []  # already in screen coordinates: dict(box, text, center, kind)

    def S(self, v):
        return int(round(v * self.s))

    def status_bar(self, clock="9:41", bg=None, fg=None):
        bg = bg or self.bg
        fg = fg or self.fg
        self.d.rectangle([0, 0, self.w, self.S(48)], fill=bg)
        self.d.text((self.S(28), self.S(10)), clock, font=F("sans_bold", self.S(22)), fill=fg)
        x = self.w - self.S(40)
        self.d.rectangle([x, self.S(16), x + self.S(30), self.S(32)], outline=fg, width=max(1, self.S(2)))
        self.d.rectangle([x + self.S(3), self.S(19), x + self.S(22), self.S(29)], fill=fg)
        self.d.rectangle([x + self.S(31), self.S(21), x + self.S(33), self.S(27)], fill=fg)
        x -= self.S(46)
        for k in range(4):
            hh = self.S(5 + 4 * k)
            self.d.rectangle([x + self.S(6 * k), self.S(32) - hh, x + self.S(6 * k + 4), self.S(32)], fill=fg)
        x -= self.S(36)
        for k in range(3):
            rr = self.S(6 + 5 * k)
            self.d.arc([x + self.S(14) - rr, self.S(32) - rr, x + self.S(14) + rr, self.S(32) + rr], 225, 315,
                       fill=fg, width=max(1, self.S(2)))
        self.y = self.S(48)

    def text(self, x, y, t, size, font="sans", fill=None, record=True, anchor=None):
        fnt = F(font, self.S(size))
        self.d.text((self.S(x) if x is not None else 0, self.S(y)), t, font=fnt, fill=fill or self.fg, anchor=anchor)
        if record:
            self.lines.append(t)

    def text_px(self, x, y, t, size_px, font="sans", fill=None, record=True, anchor=None):
        self.d.text((x, y), t, font=F(font, size_px), fill=fill or self.fg, anchor=anchor)
        if record:
            self.lines.append(t)

    def header(self, title, bg=None, fg=None, back=True, right=None, h=88, size=32, sub=None):
        bg = bg or self.bg
        fg = fg or self.fg
        y0 = self.y
        self.d.rectangle([0, y0, self.w, y0 + self.S(h)], fill=bg)
        if back:
            cxp, cyp = self.S(36), y0 + self.S(h / 2)
            self.d.line([cxp + self.S(10), cyp - self.S(14), cxp - self.S(4), cyp, cxp + self.S(10), cyp + self.S(14)],
                        fill=fg, width=self.S(4))
        fnt = F("sans_bold", self.S(size))
        yy = y0 + self.S(h / 2) - (self.S(12) if sub else 0)
        self.d.text((self.w / 2, yy), title, font=fnt, fill=fg, anchor="mm")
        self.lines.append(title)
        if sub:
            self.d.text((self.w / 2, yy + self.S(30)), sub, font=F("sans", self.S(20)), fill=fg, anchor="mm")
            self.lines.append(sub)
        if right == "dots":
            for k in range(3):
                self.d.ellipse([self.w - self.S(48) + self.S(12 * k), y0 + self.S(h / 2) - self.S(3),
                                self.w - self.S(42) + self.S(12 * k), y0 + self.S(h / 2) + self.S(3)], fill=fg)
        elif right:
            self.d.text((self.w - self.S(28), y0 + self.S(h / 2)), right, font=F("sans", self.S(26)), fill=fg, anchor="rm")
            self.lines.append(right)
        self.y = y0 + self.S(h)

    def wrap_px(self, t, size_px, width_px, font="sans"):
        return wrap(t, F(font, size_px), width_px)

    def paste_photo(self, photo: Image.Image, page_H, page_seals, box, angle=0.0, seal_meta=None):
        """Paste a photo (already a capture of a page, with page->photo map page_H) into the screen
        inside box (x, y, w, h), fitted and rotated by angle degrees; record seal boxes."""
        bx, by, bw, bh = box
        pw, ph = photo.size
        sc = min(bw / pw, bh / ph)
        M = cv2.getRotationMatrix2D((pw / 2, ph / 2), angle, sc)
        M[0, 2] += bx + bw / 2 - pw / 2
        M[1, 2] += by + bh / 2 - ph / 2
        src = np.asarray(photo, dtype=np.uint8)
        warped = cv2.warpAffine(src, M, (self.w, self.h), flags=cv2.INTER_AREA)
        mask = cv2.warpAffine(np.ones((ph, pw), np.float32), M, (self.w, self.h), flags=cv2.INTER_LINEAR)
        base = np.asarray(self.img, dtype=np.float32)
        out = base * (1 - mask[..., None]) + warped.astype(np.float32) * mask[..., None]
        self.img.paste(Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)))
        Hp = np.vstack([M, [0, 0, 1]]) @ page_H
        for s in page_seals:
            self.seals.append(dict(box=seal_box(Hp, s, self.w, self.h), text=s["text"], center=s["center"], kind=s["kind"]))
        return Hp


def rounded(d, box, r, fill=None, outline=None, width=1):
    d.rounded_rectangle(box, radius=r, fill=fill, outline=outline, width=width)


# ----------------------------------------------------------------------------------------------
# saving


def exif_bytes(orientation=None, make=None, model=None, software=None, dt=None):
    ex = Image.Exif()
    if make:
        ex[0x010F] = make
    if model:
        ex[0x0110] = model
    if software:
        ex[0x0131] = software
    if dt:
        ex[0x0132] = dt
    if orientation:
        ex[0x0112] = orientation
    return ex.tobytes()


def save_image(img: Image.Image, path: Path, fmt: str, quality=85, orientation=None, make=None, model=None,
               software=None, dt=None):
    stored = img
    if orientation == 6:
        stored = img.transpose(Image.ROTATE_90)
    elif orientation == 8:
        stored = img.transpose(Image.ROTATE_270)
    elif orientation == 3:
        stored = img.transpose(Image.ROTATE_180)
    if fmt == "png":
        stored.save(path, format="PNG", optimize=False)
    else:
        kw = dict(format="JPEG", quality=quality, subsampling=2)
        if orientation or make or model or software or dt:
            kw["exif"] = exif_bytes(orientation, make, model, software, dt)
        stored.save(path, **kw)
    with Image.open(path) as chk:
        up = ImageOps.exif_transpose(chk)
        assert up.size == img.size, (path, up.size, img.size)


# ----------------------------------------------------------------------------------------------
# page layouts


def doc_page(rng, *, font="serif", head=None, head_color=(22, 22, 22), head_size=50, head_track=4,
             title=None, title_size=62, title_track=22, title_color=(22, 22, 22), number=None, number_align="right",
             blocks=(), size=34, gap=0.62, sign=(), date=None, seal=None, after_date=(), w=1240, h=1754,
             margin=140, letter_rule=False, top=None, logo=None):
    """A formal paper: heading, title, number, body blocks, signature lines, date and optional seal.
    seal: dict(text, center, kind, r, bottom=None, dx=0, dy=0)."""
    p = Page(rng, w=w, h=h, margin=margin)
    p.skip(top if top is not None else 20)
    if logo:
        p.logo(margin + logo[1], p.y + head_size * 0.6, logo[1], logo[0])
    if head:
        p.line(head, head_size, font + "_bold" if font + "_bold" in _FONT_FILES else font, "center",
               color=head_color, tracking=head_track, gap=0.45)
    if letter_rule:
        p.skip(6)
        p.rule(color=(205, 30, 40), thick=5)
        p.skip(5)
        p.rule(color=(205, 30, 40), thick=2)
        p.skip(30)
    if title:
        tf = font + "_bold" if font + "_bold" in _FONT_FILES else font
        p.line(title, title_size, tf, "center", color=title_color, tracking=title_track, gap=0.5)
    if number:
        p.line(number, size, font, number_align, gap=0.9)
    run_blocks(p, blocks, font, size, gap)
    date_box = None
    if sign or date:
        p.skip(int(size * 0.6))
    for sl in sign:
        x = p.w - p.m - 40 - tracked_width(sl, F(font, size), 0)
        p.line(sl, size, font, x=x, gap=gap)
    if date:
        x = p.w - p.m - 40 - tracked_width(date, F(font, size), 0)
        date_box = p.line(date, size, font, x=x, gap=gap)
    if seal:
        dx, dy, dw, dh = date_box
        r = seal.get("r", 125)
        cx = dx + dw / 2 + seal.get("dx", 0)
        cy = dy + dh / 2 - r * 0.25 + seal.get("dy", 0)
        p.seal(cx, cy, r, seal["text"], seal["center"], seal["kind"], bottom=seal.get("bottom"))
    for al in after_date:
        x = p.w - p.m - 40 - tracked_width(al, F(font, size), 0)
        p.line(al, size, font, x=x, gap=gap)
    return p


def run_blocks(p: Page, blocks, font, size, gap):
    for b in blocks:
        if isinstance(b, str):
            p.para(b, size, font, indent=2, gap=gap)
        elif b[0] == "@":
            p.para(b[1], size, font, indent=0, gap=gap)
        elif b[0] == "skip":
            p.skip(b[1])
        elif b[0] == "mark":
            p.marks[b[1]] = p.y
        elif b[0] == "right":
            p.line(b[1], b[2] if len(b) > 2 else size, font, "right", gap=gap)
        elif b[0] == "center":
            p.line(b[1], b[2] if len(b) > 2 else size, font, "center", gap=gap)
        elif b[0] == "table":
            p.table(b[1], b[2], b[3] if len(b) > 3 else size - 4, font=b[4] if len(b) > 4 else "sans",
                    bold_first=b[5] if len(b) > 5 else False)
        elif b[0] == "bold":
            p.line(b[1], size, font + "_bold" if font + "_bold" in _FONT_FILES else font, gap=gap)
        else:
            raise ValueError(b)


def check_fit(p: Page):
    assert p.y < p.h - 40, f"page overflow: y={p.y} h={p.h}"


# ----------------------------------------------------------------------------------------------
# phone screens: chat and SMS threads


def chat_screen(rng, *, w=720, h=1560, dark=False, title="", style="wechat", msgs=(), clock="9:41",
                placeholder=None, sub=None, font="sans"):
    chat_bg = ((17, 17, 17) if dark else (237, 237, 237)) if style == "wechat" else ((0, 0, 0) if dark else (255, 255, 255))
    sc = Screen(rng, w, h, dark=dark, bg=chat_bg)
    bar_bg = ((30, 30, 30) if dark else (237, 237, 237)) if style == "wechat" else ((18, 18, 18) if dark else (247, 247, 247))
    sc.status_bar(clock, bg=bar_bg)
    sc.header(title, bg=bar_bg, right="dots" if style == "wechat" else None, sub=sub)
    sc.d.line([0, sc.y, w, sc.y], fill=(60, 60, 60) if dark else (215, 215, 215), width=1)
    y = sc.y + sc.S(24)
    fs = sc.S(28)
    fnt = F(font, fs)
    maxw = int(w * (0.60 if style == "wechat" else 0.70))
    pad = sc.S(18)
    left_bg = ((44, 44, 46) if dark else (255, 255, 255)) if style == "wechat" else ((38, 38, 41) if dark else (233, 233, 235))
    right_bg = (57, 140, 80) if dark else (149, 236, 105)
    if style == "sms":
        right_bg = (10, 110, 230)
    avatar_cols = [(96, 125, 139), (233, 150, 70), (80, 160, 220), (150, 100, 180), (90, 170, 120)]
    for m in msgs:
        kind = m[0]
        if kind == "time":
            sc.d.text((w / 2, y + sc.S(14)), m[1], font=F(font, sc.S(21)), fill=sc.sub, anchor="mm")
            sc.lines.append(m[1])
            y += sc.S(50)
            continue
        side = kind[0]
        name = m[2] if len(m) > 2 and isinstance(m[2], str) else None
        if style == "wechat":
            av = sc.S(72)
            ax = sc.S(20) if side == "L" else w - sc.S(20) - av
            col = avatar_cols[(len(name or side) * 7 + ord((name or side)[0])) % len(avatar_cols)]
            rounded(sc.d, [ax, y, ax + av, y + av], sc.S(8), fill=col)
        if name and side == "L":
            sc.d.text((sc.S(108), y - sc.S(2)), name, font=F(font, sc.S(20)), fill=sc.sub)
            sc.lines.append(name)
            y += sc.S(28)
        if kind in ("L", "R"):
            lines = wrap(m[1], fnt, maxw - 2 * pad)
            tw = max(fnt.getlength(ln) for ln in lines)
            bh = int(len(lines) * fs * 1.42 + 2 * pad - fs * 0.2)
            bw = int(tw + 2 * pad)
            if style == "wechat":
                bx = sc.S(108) if side == "L" else w - sc.S(108) - bw
            else:
                bx = sc.S(24) if side == "L" else w - sc.S(24) - bw
            fill = left_bg if side == "L" else right_bg
            rounded(sc.d, [bx, y, bx + bw, y + bh], sc.S(12 if style == "wechat" else 24), fill=fill)
            tcol = sc.fg if side == "L" else ((20, 20, 20) if style == "wechat" and not dark else (250, 250, 250))
            if style == "wechat" and dark and side == "R":
                tcol = (235, 235, 235)
            ty = y + pad - fs * 0.1
            for ln in lines:
                sc.d.text((bx + pad, ty), ln, font=fnt, fill=tcol)
                sc.lines.append(ln)
                ty += fs * 1.42
            y += bh + sc.S(26)
        else:  # image bubble: (Limg/Rimg, photo, H, page_seals)
            photo, Hp, pseals = m[1], m[2], m[3]
            tw, th = sc.S(300), sc.S(400)
            bx = sc.S(108) if side == "L" else w - sc.S(108) - tw
            sc.photo_at = len(sc.lines)  # where the photographed page's lines belong in reading order
            sc.paste_photo(photo, Hp, pseals, (bx, y, tw, th), angle=0.0)
            y += th + sc.S(26)
    assert y < h - sc.S(110), f"chat overflow {y} {h}"
    # input bar
    ib = sc.S(100)
    sc.d.rectangle([0, h - ib, w, h], fill=bar_bg)
    rounded(sc.d, [sc.S(80), h - ib + sc.S(18), w - sc.S(150), h - sc.S(22)], sc.S(10),
            fill=(50, 50, 52) if dark else (255, 255, 255))
    if placeholder:
        sc.d.text((sc.S(100), h - ib / 2), placeholder, font=F(font, sc.S(24)), fill=sc.sub, anchor="lm")
        sc.lines.append(placeholder)
    sc.d.ellipse([sc.S(18), h - ib + sc.S(24), sc.S(66), h - ib + sc.S(72)], outline=sc.fg, width=sc.S(3))
    sc.d.ellipse([w - sc.S(130), h - ib + sc.S(24), w - sc.S(82), h - ib + sc.S(72)], outline=sc.fg, width=sc.S(3))
    sc.d.ellipse([w - sc.S(66), h - ib + sc.S(24), w - sc.S(18), h - ib + sc.S(72)], outline=sc.fg, width=sc.S(3))
    return sc


def gallery_screen(rng, photo, Hp, pseals, *, w=1080, h=2340, dark=False, date="", time_="", angle=2.0,
                   box_frac=(0.74, 0.62), clock="15:43"):
    bg = (0, 0, 0) if dark else (250, 250, 250)
    sc = Screen(rng, w, h, dark=dark, bg=bg)
    sc.status_bar(clock)
    sc.header(date, right="dots", sub=time_)
    bw, bh = int(w * box_frac[0]), int(h * box_frac[1])
    bx = (w - bw) // 2
    by = sc.y + (h - sc.y - sc.S(170) - bh) // 2
    sc.paste_photo(photo, Hp, pseals, (bx, by, bw, bh), angle=angle)
    # bottom toolbar: icon outlines with labels
    labels = ["分享", "收藏", "编辑", "删除", "更多"]
    ty = h - sc.S(150)
    for k, lab in enumerate(labels):
        cx = int(w * (k + 0.5) / len(labels))
        rounded(sc.d, [cx - sc.S(18), ty, cx + sc.S(18), ty + sc.S(36)], sc.S(6), outline=sc.fg, width=sc.S(3))
        sc.d.text((cx, ty + sc.S(62)), lab, font=F("sans", sc.S(22)), fill=sc.fg, anchor="mm")
    sc.lines.extend(labels)
    return sc


# ----------------------------------------------------------------------------------------------
# item helpers


def page_seals(p: Page, H, W, Hh):
    return [dict(box=seal_box(H, s, W, Hh), text=s["text"], center=s["center"], kind=s["kind"]) for s in p.seals]


def result(img, kind, doc_type, seals, lines, contains, notes, *, lawful, expect=(), forbid=None, sender=None,
           fmt="jpg", quality=88, orientation=None, make=None, model=None, software=None, dt=None):
    return dict(img=img, kind=kind, doc_type=doc_type, seals=seals, lines=list(lines), contains=list(contains),
                notes=notes, lawful=lawful, expect=sorted(expect), forbid=(["all"] if lawful else sorted(forbid or [])),
                sender=sender, fmt=fmt, quality=quality, orientation=orientation, make=make, model=model,
                software=software, dt=dt)


COURT = dict(center="emblem", kind="court")

# ---------------------------------------------------------------------------- 01 gallery: 执行通知书


def zhixing_tongzhi(rng, font="serif"):
    return doc_page(
        rng, font=font, head="浙江省杭州市西湖区人民法院", title="执行通知书", number="（2024）浙0106执3317号",
        size=33, blocks=[
            ("@", "宋建华："),
            "申请执行人杭州联信小额贷款有限公司与被执行人宋建华金融借款合同纠纷一案，本院（2023）浙0106民初10452号"
            "民事判决书已经发生法律效力。申请执行人于2024年3月11日向本院申请强制执行，本院已依法立案。",
            "依照《中华人民共和国民事诉讼法》及有关司法解释的规定，责令你自收到本通知之日起履行下列义务：",
            "一、向申请执行人支付借款本金38,600元及判决确定的利息；",
            "二、负担案件受理费812元、申请执行费546元。",
            "逾期不履行的，本院将依法强制执行，并可依照有关规定对你采取限制消费措施或者将你纳入失信被执行人名单。",
            "你应当如实向本院报告财产情况。如有疑问，请与承办人联系。",
            ("@", "承办人：周敏　联系电话：0571-87036215"),
        ],
        sign=["浙江省杭州市西湖区人民法院"], date="二〇二四年三月十八日",
        seal=dict(text="浙江省杭州市西湖区人民法院", r=128, dy=-20, **COURT))


def item01(rng):
    p = zhixing_tongzhi(rng, "serif")
    check_fit(p)
    photo, H = photo_capture(p, rng, 1200, 1600, bg="wood", fill=0.9, tilt=2.0, persp=0.025)
    sc = gallery_screen(rng, photo, H, p.seals, w=1080, h=2340, date="2024年3月20日", time_="下午3:42", angle=2.5,
                        box_frac=(0.72, 0.60), clock="15:43")
    lines = sc.lines[:2] + p.lines + sc.lines[2:]
    return result(sc.img, "screenshot", "other", sc.seals, lines, ["2024年3月20日", "分享", "执行通知书"],
                  "Gallery-viewer screenshot of a phone photo of a genuine court enforcement notice (执行通知书, closest type "
                  "other) with a valid case number and the court's emblem seal; the photo is small and tilted inside the UI.",
                  lawful=True, fmt="png")


# ---------------------------------------------------------------------------- 02 photo: 执行裁定书 (freeze)


def item02(rng):
    p = doc_page(
        rng, font="ming", head="北京市朝阳区人民法院", title="执行裁定书", number="（2024）京0105执12873号", size=34,
        blocks=[
            ("@", "申请执行人：北京京银小额贷款有限公司，住所地北京市朝阳区建国路88号。"),
            ("@", "被执行人：王磊，男，1988年4月12日出生，汉族，住北京市朝阳区。"),
            "本院在执行申请执行人北京京银小额贷款有限公司与被执行人王磊金融借款合同纠纷一案中，本院（2023）京0105民初45210号"
            "民事判决书已经发生法律效力，被执行人王磊未按执行通知履行法律文书确定的义务。依照《中华人民共和国民事诉讼法》及"
            "《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》的有关规定，裁定如下：",
            "冻结被执行人王磊在中国建设银行股份有限公司北京朝阳支行账户（账号6217 0000 1234 3390）内的存款人民币42,318元，"
            "冻结期限为一年。",
            "本裁定立即执行。",
        ],
        sign=["审判员　刘春华"], date="二〇二四年五月九日", after_date=["书记员　陈　晓"],
        seal=dict(text="北京市朝阳区人民法院", r=126, dx=-30, **COURT))
    check_fit(p)
    img, H = photo_capture(p, rng, 1200, 1600, bg="wood", fill=0.88, tilt=3.5, persp=0.04)
    return result(img, "photo", "other", page_seals(p, H, *img.size), p.lines, ["执行裁定书", "冻结", "京0105执12873号"],
                  "Photo of a genuine court enforcement ruling (执行裁定书, type other) freezing a named judgment debtor's "
                  "deposit in one account, with case number and the court's emblem seal: a lawful court freeze.",
                  lawful=True, quality=80, make="Xiaomi", model="Redmi Note 12", dt="2024:05:13 18:22:05")


# ---------------------------------------------------------------------------- 03 scan: 传票


def item03(rng):
    rows = [["案号", "（2024）沪0115民初30211号"], ["案由", "金融借款合同纠纷"], ["被传唤人", "陈立"],
            ["工作单位或住址", "上海市浦东新区张杨路1500弄12号"], ["传唤事由", "开庭"],
            ["应到时间", "2024年9月12日上午9时30分"], ["应到处所", "本院第十五法庭（浦东新区丁香路611号）"]]
    p = doc_page(
        rng, font="ming", head="上海市浦东新区人民法院", title="传票", title_size=72, title_track=60, size=32,
        blocks=[("skip", 10), ("table", rows, [300, 660], 32, "ming"), ("skip", 10),
                ("@", "注意事项："),
                ("@", "1．被传唤人必须准时到达应到处所。"),
                ("@", "2．本传票由被传唤人携带来院报到。"),
                ("@", "3．被传唤人收到传票后，应在送达回证上签名或者盖章。"),
                ("@", "4．原告经传票传唤，无正当理由拒不到庭的，可以按撤诉处理；被告经传票传唤，无正当理由拒不到庭的，"
                      "可以缺席判决。")],
        sign=["审判员　李　静"], date="二〇二四年八月十四日", after_date=["书记员　王佳怡"],
        seal=dict(text="上海市浦东新区人民法院", r=126, dx=-20, **COURT))
    check_fit(p)
    img, H = scan_capture(p, rng, 1240, 1754)
    return result(img, "scan", "court_summons", page_seals(p, H, *img.size), p.lines, ["传", "金融借款合同纠纷", "应到处所"],
                  "Scan of a genuine court summons form (传票) in a table, with a valid 民初 case number, the legal warning "
                  "about default judgment, and the court's emblem seal over the date.",
                  lawful=True, quality=90)


# ---------------------------------------------------------------------------- 04 forged scan: 限制消费令, company seal


def item04(rng):
    p = doc_page(
        rng, font="sans", head="深圳市人民法院", title="限制消费令", size=34,
        number="（2024）深法执字第00871号",
        blocks=[
            ("@", "被执行人：林志强"),
            "你在“鑫易借”平台的借款已逾期，经出借方申请，本院决定对你采取限制高消费措施，并列入失信被执行人名单，"
            "你本人将无法乘坐飞机、高铁。",
            "请你于24小时内将全部欠款一次性结清至指定账户，逾期本院将冻结你名下所有银行卡、微信、支付宝，后果自负。",
            ("@", "处理专员：张经理"),
        ],
        sign=["深圳市人民法院"], date="2024年7月8日",
        seal=dict(text="深圳市鑫达信息咨询有限公司", center="star", kind="company", r=122, dy=-10))
    check_fit(p)
    img, H = scan_capture(p, rng, 1000, 1414)
    return result(img, "scan", "restriction_order", page_seals(p, H, *img.size), p.lines,
                  ["限制消费令", "失信被执行人", "冻结"],
                  "Forged consumption-restriction order in a court's name: company star seal, old-style case number with no "
                  "court code, 24-hour deadline, whole-debt demand and a threat to freeze all cards and wallets.",
                  lawful=False,
                  expect=["seal.issuer_mismatch", "doc.case_number_invalid", "blacklist.dishonest", "asset.freeze",
                          "pressure.deadline", "contract.termination"],
                  forbid=["seal.missing", "sms.impersonation", "text.spaced", "image.edited", "contact.virtual_number",
                          "borrow.new_loan", "blacklist.online_loan", "visit.home", "promise.fee_waiver",
                          "family.children", "penalty.inflated"],
                  quality=86)


# ---------------------------------------------------------------------------- 05 bank app message centre (dark)


def item05(rng):
    w, h = 1080, 2340
    sc = Screen(rng, w, h, dark=True)
    sc.status_bar("9:26")
    sc.header("消息中心", back=True, right="全部已读")
    tabs = ["全部", "账户变动", "信用卡", "理财", "活动"]
    x = sc.S(30)
    for k, t in enumerate(tabs):
        f = F("sans_bold" if k == 0 else "sans", sc.S(26))
        sc.d.text((x, sc.y + sc.S(20)), t, font=f, fill=(235, 80, 70) if k == 0 else sc.sub)
        if k == 0:
            sc.d.rectangle([x, sc.y + sc.S(62), x + f.getlength(t), sc.y + sc.S(66)], fill=(235, 80, 70))
        x += f.getlength(t) + sc.S(44)
    sc.lines.extend(tabs)
    y = sc.y + sc.S(96)
    cards = [
        ("信用卡逾期提醒", "今天 09:12",
         "尊敬的客户：您尾号4417的江南银行信用卡本期最低还款额486.23元已逾期2天。请尽快通过手机银行、柜面或自动还款账户还款。"
         "逾期款项将按《江南银行信用卡领用合约》计收利息，并可能影响您的个人信用记录。如已还款请忽略。"),
        ("账单提醒", "08-03",
         "您尾号4417的信用卡8月账单已出，本期应还4,862.30元，最低还款486.23元，到期还款日08月08日。"),
        ("账户变动", "08-01", "您尾号2206的借记卡于08月01日工资入账8,650.00元，当前余额9,214.37元。"),
        ("分期服务", "07-28", "如需办理账单分期，可在“信用卡-分期”页面查看费率与条款，费用以合同约定为准。"),
        ("安全提示", "07-20",
         "江南银行不会通过短信或电话要求您向个人账户转账，也不会索要短信验证码。请通过官方App或客服热线核实信息。"),
    ]
    fs = sc.S(23)
    fnt = F("sans", fs)
    for title, when, body in cards:
        lines = wrap(body, fnt, w - sc.S(120))
        ch = sc.S(86) + int(len(lines) * fs * 1.45) + sc.S(20)
        rounded(sc.d, [sc.S(24), y, w - sc.S(24), y + ch], sc.S(16), fill=(34, 34, 38))
        sc.d.ellipse([sc.S(48), y + sc.S(30), sc.S(60), y + sc.S(42)], fill=(235, 80, 70) if title.endswith("提醒") else (90, 90, 96))
        sc.d.text((sc.S(74), y + sc.S(22)), title, font=F("sans_bold", sc.S(28)), fill=sc.fg)
        sc.d.text((w - sc.S(50), y + sc.S(24)), when, font=F("sans", sc.S(22)), fill=sc.sub, anchor="ra")
        sc.lines.extend([title, when])
        ty = y + sc.S(78)
        for ln in lines:
            sc.d.text((sc.S(54), ty), ln, font=fnt, fill=(200, 200, 206))
            sc.lines.append(ln)
            ty += fs * 1.45
        y += ch + sc.S(18)
    assert y < h - sc.S(120)
    nav = ["首页", "财富", "生活", "我的"]
    sc.d.rectangle([0, h - sc.S(110), w, h], fill=(26, 26, 30))
    for k, t in enumerate(nav):
        cx = int(w * (k + 0.5) / 4)
        sc.d.ellipse([cx - sc.S(16), h - sc.S(96), cx + sc.S(16), h - sc.S(64)], outline=sc.sub, width=sc.S(3))
        sc.d.text((cx, h - sc.S(40)), t, font=F("sans", sc.S(21)), fill=sc.sub, anchor="mm")
    sc.lines.extend(nav)
    return result(sc.img, "screenshot", "other", [], sc.lines, ["消息中心", "信用卡逾期提醒", "如已还款请忽略"],
                  "Dark-mode bank app message centre (type other): a calm credit-card overdue reminder with contract interest, "
                  "a bill notice, a salary credit and the bank's own anti-fraud tip.",
                  lawful=True, fmt="png")


# ---------------------------------------------------------------------------- 06 photo: 支付令 (EXIF 6)


def item06(rng):
    p = doc_page(
        rng, font="serif", head="四川省成都市武侯区人民法院", title="支付令", title_track=40, number="（2024）川0107民督215号",
        size=32, blocks=[
            ("@", "申请人：成都蓉信小额贷款有限公司，住所地成都市武侯区人民南路四段27号。"),
            ("@", "被申请人：杨晓东，男，1991年9月3日出生，汉族，住四川省成都市武侯区。"),
            "申请人成都蓉信小额贷款有限公司于2024年5月20日向本院申请支付令，请求被申请人杨晓东给付借款本金26,000元及逾期利息。",
            "本院经审查认为，申请人的申请符合《中华人民共和国民事诉讼法》关于督促程序的规定。依照该法的有关规定，特发出如下支付令：",
            "被申请人杨晓东应当自收到本支付令之日起十五日内，给付申请人成都蓉信小额贷款有限公司借款本金26,000元及逾期利息"
            "（以26,000元为基数，按年利率12%自2024年1月16日起计算至实际清偿之日止）。",
            "申请费100元，由被申请人负担。",
            "被申请人如对本支付令有异议，应当自收到本支付令之日起十五日内向本院书面提出；逾期不提出异议又不履行支付令的，"
            "申请人可以向本院申请强制执行。",
        ],
        sign=["审判员　赵红梅"], date="二〇二四年五月二十七日", after_date=["书记员　何　佳"],
        seal=dict(text="四川省成都市武侯区人民法院", r=126, dx=-20, **COURT))
    check_fit(p)
    img, H = photo_capture(p, rng, 1200, 1600, bg="cloth", fill=0.86, tilt=3.0, persp=0.035)
    return result(img, "photo", "other", page_seals(p, H, *img.size), p.lines, ["支付令", "十五日内", "川0107民督215号"],
                  "Photo (stored sideways, EXIF Orientation 6) of a genuine court payment order (支付令, type other) under the "
                  "summary procedure, with a 民督 case number, the 15-day objection right and the court's emblem seal.",
                  lawful=True, quality=76, orientation=6, make="HUAWEI", model="ELS-AN00",
                  software="ELS-AN00 4.0.0.120(C00E110R3P2)", dt="2024:05:30 20:41:17")


# ---------------------------------------------------------------------------- 07 scan: 限制消费令 genuine


def xianzhi_xiaofei(rng, court, case, debtor, applicant, filed, date, font="serif", size=29):
    return doc_page(
        rng, font=font, head=court, title="限制消费令", number=case, size=size, gap=0.5, margin=125, top=10,
        blocks=[
            ("@", f"被执行人：{debtor}。"),
            f"本院于{filed}立案执行申请执行人{applicant}与被执行人{debtor.split('，')[0]}借款合同纠纷一案。因你未按执行通知书指定的期间"
            "履行生效法律文书确定的给付义务，本院依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，"
            "对你采取限制消费措施，限制你不得实施以下高消费及非生活和工作必需的消费行为：",
            "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；",
            "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；",
            "（三）购买不动产或者新建、扩建、高档装修房屋；",
            "（四）租赁高档写字楼、宾馆、公寓等场所办公；",
            "（五）购买非经营必需车辆；",
            "（六）旅游、度假；",
            "（七）子女就读高收费私立学校；",
            "（八）支付高额保费购买保险理财产品；",
            "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。",
            "如因私消费以个人财产实施前述行为的，可以向本院提出申请，经批准后方可进行。违反本限制消费令的，本院将依法予以罚款、"
            "拘留；情节严重，构成犯罪的，依法追究刑事责任。",
        ],
        sign=[court], date=date, seal=dict(text=court, r=120, dy=-10, **COURT))


def item07(rng):
    p = xianzhi_xiaofei(rng, "广东省深圳市宝安区人民法院", "（2024）粤0306执5521号",
                        "林志强，男，1986年2月17日出生，汉族，住广东省深圳市宝安区",
                        "深圳前海众鑫商业保理有限公司", "2024年1月8日", "二〇二四年三月二十九日", font="serif")
    check_fit(p)
    img, H = scan_capture(p, rng, 1240, 1754)
    return result(img, "scan", "restriction_order", page_seals(p, H, *img.size), p.lines,
                  ["限制消费令", "粤0306执5521号", "高收费私立学校"],
                  "Scan of a genuine court consumption-restriction order quoting the nine statutory restrictions (incl. "
                  "high-fee private schools for children) with a valid 执 case number and the court's emblem seal.",
                  lawful=True, quality=88)


# ---------------------------------------------------------------------------- 08 forged photo: 律师函 without seal


def item08(rng):
    p = doc_page(
        rng, font="serif", head="北京盛诚律师事务所", title="律师函", title_track=30, size=35,
        blocks=[
            ("@", "致：宋志刚先生"),
            "受“速易贷”平台委托，本所律师就你逾期欠款一事郑重函告如下：",
            "你已严重逾期，平台已将案件移交本所。请你务必在48小时内还清全部欠款，否则本所将立即起诉，并通知你的工作单位、"
            "紧急联系人及通讯录好友，由此产生的一切后果由你本人承担。",
            "本函即为最后通知。",
            ("@", "联系人：刘律师　手机：17051826634"),
        ],
        sign=["北京盛诚律师事务所"], date="2024年8月2日")
    check_fit(p)
    img, H = photo_capture(p, rng, 1200, 1600, bg="gray", fill=0.86, tilt=4.0, persp=0.04)
    return result(img, "photo", "lawyer_letter", [], p.lines, ["律", "北京盛诚律师事务所", "17051826634"],
                  "Forged lawyer's letter: no firm seal on the date line, a 1705 virtual call-back number, a 48-hour "
                  "deadline, an immediate-lawsuit threat and a threat to tell the employer and address book.",
                  lawful=False,
                  expect=["seal.missing", "contact.virtual_number", "contact.third_party", "pressure.deadline",
                          "lawsuit.threat"],
                  forbid=["seal.issuer_mismatch", "sms.impersonation", "image.edited", "family.children",
                          "borrow.new_loan", "blacklist.online_loan", "text.spaced", "asset.freeze", "visit.home",
                          "penalty.inflated", "doc.case_number_invalid"],
                  quality=82, make="OPPO", model="PFFM10")


# ---------------------------------------------------------------------------- 09 consumer-finance repayment page


def item09(rng):
    w, h = 720, 1560
    sc = Screen(rng, w, h, bg=(244, 245, 247))
    top = (36, 104, 230)
    sc.status_bar("20:05", bg=top, fg=(255, 255, 255))
    sc.header("我的借款", bg=top, fg=(255, 255, 255), right="帮助")
    y0 = sc.y
    sc.d.rectangle([0, y0, w, y0 + sc.S(300)], fill=top)
    sc.text(36, y0 / sc.s + 16, "融享消费金融", 22, fill=(220, 230, 255))
    sc.text(36, y0 / sc.s + 58, "当前应还（元）", 24, fill=(230, 236, 255))
    sc.text(36, y0 / sc.s + 96, "2,151.04", 64, font="sans_bold", fill=(255, 255, 255))
    rounded(sc.d, [sc.S(360), y0 + sc.S(118), sc.S(500), y0 + sc.S(160)], sc.S(20), fill=(255, 120, 60))
    sc.text(430, y0 / sc.s + 139, "已逾期5天", 22, fill=(255, 255, 255), anchor="mm")
    rounded(sc.d, [sc.S(36), y0 + sc.S(200), w - sc.S(36), y0 + sc.S(270)], sc.S(35), fill=(255, 255, 255))
    sc.text(360, y0 / sc.s + 235, "立即还款", 28, font="sans_bold", fill=top, anchor="mm")
    y = y0 + sc.S(320)
    # details card
    rounded(sc.d, [sc.S(20), y, w - sc.S(20), y + sc.S(330)], sc.S(14), fill=(255, 255, 255))
    sc.text(40, y / sc.s + 20, "应还明细", 28, font="sans_bold")
    rows = [("逾期本金", "2,083.33"), ("利息", "62.50"), ("罚息", "5.21")]
    yy = y / sc.s + 74
    for a, b in rows:
        sc.text(40, yy, a, 25, fill=(90, 90, 95))
        sc.text(680, yy, b, 25, anchor="ra")
        yy += 48
    note = "罚息按《个人消费贷款合同》第7.2条计收：逾期本金×日利率0.05%×逾期天数。"
    for ln in wrap(note, F("sans", sc.S(21)), w - sc.S(80)):
        sc.text(40, yy + 8, ln, 21, fill=(140, 140, 145))
        yy += 32
    y = y + sc.S(350)
    rounded(sc.d, [sc.S(20), y, w - sc.S(20), y + sc.S(420)], sc.S(14), fill=(255, 255, 255))
    sc.text(40, y / sc.s + 20, "还款计划", 28, font="sans_bold")
    sc.text(680, y / sc.s + 24, "共12期", 22, fill=(140, 140, 145), anchor="ra")
    cols = [40, 150, 360, 560]
    hdr = ["期数", "还款日", "应还金额", "状态"]
    yy = y / sc.s + 80
    for cx, t in zip(cols, hdr):
        sc.text(cx, yy, t, 22, fill=(140, 140, 145))
    plan = [("3/12", "2024-07-15", "2,145.83", "已逾期"), ("4/12", "2024-08-15", "2,145.83", "待还"),
            ("5/12", "2024-09-15", "2,145.83", "待还"), ("6/12", "2024-10-15", "2,145.83", "待还"),
            ("7/12", "2024-11-15", "2,145.83", "待还")]
    yy += 52
    for row in plan:
        for k, (cx, t) in enumerate(zip(cols, row)):
            sc.text(cx, yy, t, 24, fill=(230, 80, 50) if t == "已逾期" else None)
        yy += 54
    y = y + sc.S(440)
    tip = "请通过本App或绑定银行卡自动扣款还款，本公司不会要求您向任何个人账户转账。如有疑问请联系在线客服。"
    yy = y / sc.s + 10
    for ln in wrap(tip, F("sans", sc.S(21)), w - sc.S(80)):
        sc.text(40, yy, ln, 21, fill=(140, 140, 145))
        yy += 32
    return result(sc.img, "screenshot", "other", [], sc.lines, ["我的借款", "还款计划", "罚息"],
                  "Consumer-finance app repayment page (type other): 5 days overdue, penalty interest computed on the overdue "
                  "principal per the contract clause, a repayment schedule and the lender's official-channel tip.",
                  lawful=True, fmt="jpg", quality=90)


# ---------------------------------------------------------------------------- 10 photo: 仲裁裁决书


def item10(rng):
    p = doc_page(
        rng, font="kai", head="杭州仲裁委员会", title="裁决书", title_track=40, number="（2024）杭仲裁字第0567号", size=32,
        gap=0.55, blocks=[
            ("@", "申请人：杭州联信小额贷款有限公司，住所地浙江省杭州市西湖区文三路199号。"),
            ("@", "被申请人：朱海峰，男，1989年11月5日出生，住浙江省杭州市拱墅区。"),
            "杭州仲裁委员会根据申请人与被申请人签订的《借款合同》中的仲裁条款及申请人的仲裁申请，受理了本案。本案适用简易程序，"
            "由独任仲裁员审理，现已审理终结。",
            "仲裁庭经审理认为，双方签订的《借款合同》合法有效。被申请人未按约还款，应承担还款责任。申请人主张的逾期利息以逾期本金"
            "为基数计算，未超过法律保护的上限，仲裁庭予以支持。裁决如下：",
            "（一）被申请人向申请人偿还借款本金18,400元；",
            "（二）被申请人向申请人支付逾期利息（以18,400元为基数，按年利率12%自2024年2月1日起计算至实际清偿之日止）；",
            "（三）本案仲裁费1,050元，由被申请人承担。",
            "上述款项，被申请人应于本裁决书送达之日起十日内支付。本裁决为终局裁决，自作出之日起发生法律效力。",
        ],
        sign=["独任仲裁员　吴建国"], date="二〇二四年六月二十日", after_date=["秘书　林一帆"],
        seal=dict(text="杭州仲裁委员会", center="star", kind="arbitration", r=120, dx=-10))
    check_fit(p)
    img, H = photo_capture(p, rng, 1200, 1600, bg="desk", fill=0.87, tilt=3.0, persp=0.03)
    return result(img, "photo", "other", page_seals(p, H, *img.size), p.lines, ["裁决书", "杭州仲裁委员会", "终局裁决"],
                  "Photo of a genuine arbitration award (type other) on a loan dispute, interest on the overdue principal only, "
                  "with the arbitration commission's star seal (arbitration numbers use the 字第 style legitimately).",
                  lawful=True, quality=84, make="Apple", model="iPhone 13", software="17.4.1",
                  dt="2024:06:24 12:03:51")


# ---------------------------------------------------------------------------- 11 scan: 民事判决书 first page (no seal)


def item11(rng):
    p = doc_page(
        rng, font="ming", head="江苏省南京市玄武区人民法院", title="民事判决书", number="（2024）苏0102民初4521号", size=32,
        blocks=[
            ("@", "原告：南京华信消费金融股份有限公司，住所地江苏省南京市玄武区中山路268号。"),
            ("@", "法定代表人：沈国平，该公司董事长。"),
            ("@", "委托诉讼代理人：许琳，江苏宁远律师事务所律师。"),
            ("@", "被告：赵志明，男，1990年6月21日出生，汉族，住江苏省南京市秦淮区。"),
            "原告南京华信消费金融股份有限公司与被告赵志明金融借款合同纠纷一案，本院于2024年2月5日立案后，依法适用简易程序，"
            "公开开庭进行了审理。原告的委托诉讼代理人许琳到庭参加诉讼，被告赵志明经本院传票传唤，无正当理由未到庭参加诉讼。"
            "本案现已审理终结。",
            "原告向本院提出诉讼请求：1．判令被告偿还借款本金31,250元；2．判令被告支付截至2024年1月31日的利息1,187.50元，"
            "以及以31,250元为基数、按合同约定逾期利率计算至实际清偿之日止的逾期利息；3．本案诉讼费由被告负担。",
            "事实和理由：2023年3月10日，被告通过原告的手机应用程序申请个人消费贷款40,000元，约定分12期等额还款。被告自"
            "2023年10月起未按约还款，原告多次催告未果，故诉至法院。",
        ])
    p.y = p.h - 120
    p.line("第 1 页 共 4 页", 24, "ming", "center")
    img, H = scan_capture(p, rng, 1240, 1754)
    return result(img, "scan", "other", [], p.lines, ["民事判决书", "苏0102民初4521号", "江苏省南京市玄武区人民法院"],
                  "Scan of the first page of a genuine civil judgment (type other) in a consumer-loan case; as on real "
                  "judgments the court seal is on the last page, so this page carries none.",
                  lawful=True, quality=88)


# ---------------------------------------------------------------------------- 12 forged SMS: court impersonation, spaced


def item12(rng):
    sc = chat_screen(rng, w=720, h=1560, dark=False, title="10690571888", style="sms", sub="短信/彩信", clock="10:31",
                     placeholder="短信", font="sans", msgs=[
                         ("time", "今天 10:26"),
                         ("L", "【西湖区人民法院】宋建华：你在网贷平台的欠款已被提交立案审查，法 院 传 票 将于72小时内寄送至你户籍地。"
                               "请于今日18:00前联系处理，电话0571-56781234，逾期将依法强制执行。"),
                         ("L", "拒不处理的，将视为恶意逃避，起 诉 材料将同步发送至你所在社区。"),
                     ])
    return result(sc.img, "screenshot", "sms_message", [], sc.lines, ["10690571888", "西湖区人民法院"],
                  "SMS from a 1069 commercial gateway posing as a court, with the words for court summons and lawsuit "
                  "letter-spaced to dodge filters, a 72-hour summons threat and a same-day deadline.",
                  lawful=False, sender="10690571888",
                  expect=["sms.impersonation", "text.spaced", "lawsuit.threat", "pressure.deadline"],
                  forbid=["seal.missing", "seal.issuer_mismatch", "image.edited", "family.children", "borrow.new_loan",
                          "promise.fee_waiver", "contact.virtual_number", "penalty.inflated", "blacklist.online_loan"],
                  fmt="png")


# ---------------------------------------------------------------------------- 13 court app case page


def item13(rng):
    w, h = 1080, 2340
    sc = Screen(rng, w, h, bg=(242, 243, 247))
    top = (178, 34, 40)
    sc.status_bar("14:22", bg=top, fg=(255, 255, 255))
    sc.header("移动微法院", bg=top, fg=(255, 255, 255), right="dots")
    y = sc.y + sc.S(20)

    def card(y, rows, title=None, height=None):
        n = len(rows) + (1 if title else 0)
        ch = height or sc.S(36 + 48 * n)
        rounded(sc.d, [sc.S(20), y, w - sc.S(20), y + ch], sc.S(14), fill=(255, 255, 255))
        yy = y + sc.S(22)
        if title:
            sc.text_px(sc.S(44), yy, title, sc.S(28), font="sans_bold")
            yy += sc.S(52)
        for r in rows:
            if isinstance(r, tuple):
                sc.text_px(sc.S(44), yy, r[0], sc.S(25), fill=(120, 120, 126))
                sc.text_px(sc.S(210), yy, r[1], sc.S(25))
            else:
                sc.text_px(sc.S(44), yy, r, sc.S(25))
            yy += sc.S(48)
        return y + ch + sc.S(20)

    sc.text_px(sc.S(30), y, "我的案件", sc.S(30), font="sans_bold")
    y += sc.S(60)
    rounded(sc.d, [sc.S(20), y, w - sc.S(20), y + sc.S(120)], sc.S(14), fill=(255, 255, 255))
    sc.text_px(sc.S(44), y + sc.S(20), "（2024）浙0106民初8821号", sc.S(30), font="sans_bold")
    rounded(sc.d, [w - sc.S(150), y + sc.S(22), w - sc.S(40), y + sc.S(60)], sc.S(8), fill=(255, 237, 214))
    sc.text_px(w - sc.S(95), y + sc.S(41), "审理中", sc.S(22), fill=(214, 110, 20), anchor="mm")
    sc.text_px(sc.S(44), y + sc.S(70), "杭州市西湖区人民法院", sc.S(23), fill=(120, 120, 126))
    y += sc.S(140)
    y = card(y, [("案由", "金融借款合同纠纷"), ("原告", "杭州联信小额贷款有限公司"), ("被告", "宋建华"),
                 ("承办人", "审判员 李静"), ("立案日期", "2024-06-03")], title="案件信息")
    y = card(y, [("开庭时间", "2024-07-09 14:00"), ("开庭地点", "第六法庭")], title="开庭信息")
    docs = ["传票", "应诉通知书", "举证通知书", "民事起诉状（副本）", "诉讼风险告知书"]
    ch = sc.S(36 + 52 + 58 * len(docs) + 50)
    rounded(sc.d, [sc.S(20), y, w - sc.S(20), y + ch], sc.S(14), fill=(255, 255, 255))
    sc.text_px(sc.S(44), y + sc.S(22), "诉讼文书（已送达）", sc.S(28), font="sans_bold")
    yy = y + sc.S(84)
    for dname in docs:
        sc.d.rectangle([sc.S(44), yy + sc.S(4), sc.S(70), yy + sc.S(36)], outline=(178, 34, 40), width=sc.S(2))
        sc.text_px(sc.S(88), yy, dname, sc.S(25))
        sc.text_px(w - sc.S(44), yy, "查看", sc.S(24), fill=(40, 110, 220), anchor="ra")
        yy += sc.S(58)
    sc.text_px(sc.S(44), yy + sc.S(4), "送达时间：2024-06-05 10:21", sc.S(22), fill=(120, 120, 126))
    y += ch + sc.S(24)
    tip = "如对送达内容有疑问，可拨打12368诉讼服务热线或通过本平台联系承办法官。"
    for ln in wrap(tip, F("sans", sc.S(22)), w - sc.S(80)):
        sc.text_px(sc.S(40), y, ln, sc.S(22), fill=(120, 120, 126))
        y += sc.S(34)
    assert y < h - sc.S(120)
    nav = ["首页", "案件", "消息", "我的"]
    sc.d.rectangle([0, h - sc.S(110), w, h], fill=(255, 255, 255))
    for k, t in enumerate(nav):
        cx = int(w * (k + 0.5) / 4)
        col = top if k == 1 else (140, 140, 146)
        sc.d.ellipse([cx - sc.S(16), h - sc.S(96), cx + sc.S(16), h - sc.S(64)], outline=col, width=sc.S(3))
        sc.text_px(cx, h - sc.S(40), t, sc.S(21), fill=col, anchor="mm")
    return result(sc.img, "screenshot", "court_summons", [], sc.lines,
                  ["移动微法院", "浙0106民初8821号", "应诉通知书"],
                  "Court e-service app case page (closest type court_summons): a filed loan case with valid case number, "
                  "hearing date and the served summons and response notice listed; the court's own channel.",
                  lawful=True, fmt="png")


# ---------------------------------------------------------------------------- 14 photo: 公证书 (EXIF 8)


def item14(rng):
    p = doc_page(
        rng, font="serif", title="公证书", title_size=70, title_track=50, number="（2024）浙杭钱证字第3321号", size=32,
        top=60, blocks=[
            ("@", "申请人：钱塘消费金融股份有限公司，住所地浙江省杭州市钱塘区。"),
            ("@", "申请人：郑丽娟，女，1992年3月8日出生。"),
            ("@", "公证事项：赋予债权文书强制执行效力"),
            "兹证明钱塘消费金融股份有限公司的委托代理人陈浩与郑丽娟于二〇二四年一月十日来到我处，在本公证员的面前，"
            "签署了前面的《个人借款合同》。",
            "经查，双方当事人签订合同的行为符合《中华人民共和国民法典》的规定，合同内容真实，双方当事人在合同中明确表示："
            "债务人不履行或者不适当履行合同义务时，债务人愿意接受依法强制执行。",
            "依据《中华人民共和国公证法》的规定，前述《个人借款合同》具有强制执行效力。",
        ],
        sign=["中华人民共和国浙江省杭州市钱塘公证处", "公证员　王　芳"], date="二〇二四年一月十日",
        seal=dict(text="浙江省杭州市钱塘公证处", center="star", kind="government", r=122, dx=-60, dy=-40))
    check_fit(p)
    p.signature(p.w - p.m - 170, p.y - 175, "王芳", 54)
    img, H = photo_capture(p, rng, 1200, 1600, bg="wood", fill=0.85, tilt=2.5, persp=0.035)
    return result(img, "photo", "other", page_seals(p, H, *img.size), p.lines, ["公证书", "强制执行效力", "钱塘公证处"],
                  "Photo (EXIF Orientation 8) of a genuine notarial certificate (type other) giving a loan contract "
                  "enforceability, with the notary office's star seal; the 字第 number is a notary number, not a court case.",
                  lawful=True, quality=80, orientation=8, make="OPPO", model="PDEM10", dt="2024:01:12 09:15:40")


# ---------------------------------------------------------------------------- 15 scan: property arrears notice


def item15(rng):
    p = Page(rng, w=1240, h=1754, margin=130)
    p.skip(30)
    p.logo(p.m + 55, p.y + 40, 52, "house")
    p.line("杭州锦园物业服务有限公司", 46, "zenhei", x=p.m + 130, color=(200, 30, 40), gap=0.2)
    p.line("锦园·云栖里服务中心", 28, "zenhei", x=p.m + 132, color=(120, 120, 120), gap=0.5)
    p.skip(10)
    p.rule(color=(205, 30, 40), thick=4)
    p.skip(40)
    p.line("物业服务费催缴通知", 54, "zenhei", "center", gap=0.8)
    p.para("尊敬的7幢2单元1502室业主：", 32, "zenhei", indent=0)
    p.para("您好！根据《前期物业服务合同》约定，物业服务费按季度缴纳。经核对，您户费用情况如下：", 32, "zenhei")
    p.skip(10)
    ty = p.y
    rows = [["费用项目", "计费期间", "金额（元）", "状态"],
            ["物业服务费", "2024.01—2024.03", "1,263.60", "已缴"],
            ["物业服务费", "2024.04—2024.06", "1,263.60", "未缴"],
            ["公共能耗分摊", "2024.04—2024.06", "96.00", "未缴"],
            ["合计未缴", "", "1,359.60", ""]]
    p.table(rows, [260, 320, 230, 170], 30, font="zenhei")
    p.rect_stamp(p.m + 980 + 20, ty + 110, "已缴费", 40, 9)
    p.skip(10)
    p.para("请您于2024年7月31日前到物业服务中心或通过“锦园生活”小程序缴纳。逾期未缴的，按合同第十二条约定，自逾期之日起"
           "按日加收欠费金额万分之五的滞纳金。", 32, "zenhei")
    p.para("如对费用有疑问，欢迎到物业服务中心核对。感谢您的理解与支持！", 32, "zenhei")
    p.para("服务中心电话：0571-88061234", 32, "zenhei", indent=0)
    p.skip(40)
    x = p.w - p.m - 40 - F("zenhei", 32).getlength("杭州锦园物业服务有限公司")
    p.line("杭州锦园物业服务有限公司", 32, "zenhei", x=x)
    db = p.line("2024年7月5日", 32, "zenhei", x=x + 120)
    p.seal(db[0] + 60, db[1] - 20, 118, "杭州锦园物业服务有限公司", "star", "company")
    check_fit(p)
    img, H = scan_capture(p, rng, 1000, 1414)
    return result(img, "scan", "other", page_seals(p, H, *img.size), p.lines, ["物业服务费催缴通知", "滞纳金", "已缴费"],
                  "Scan of a property-management arrears notice (type other) with a fee table, a contractual late fee, a red "
                  "round house logo and a rectangular 已缴费 stamp (neither is a seal) and the company's star seal.",
                  lawful=True, quality=88)


# ---------------------------------------------------------------------------- 16 forged chat: family / address book / visit


def item16(rng):
    sc = chat_screen(rng, w=720, h=1560, title="金诚资产 刘经理", style="wechat", clock="8:20", font="microhei", msgs=[
        ("time", "昨天 19:42"),
        ("L", "宋先生，你的账单已经逾期42天了，今天还能不能处理？"),
        ("R", "这个月工资还没发，下周一定还一部分"),
        ("L", "下周？没那么多耐心等你。你的通讯录我们这边都有，不还就爆你通讯录，把你欠钱的事发给每一个联系人。"),
        ("L", "你老婆在滨江那家公司上班吧？明天就打电话通知你家人和单位领导。"),
        ("time", "今天 08:15"),
        ("L", "我们同事今天下午到你家楼下等你，自己看着办。"),
    ])
    return result(sc.img, "screenshot", "sms_message", [], sc.lines, ["金诚资产", "通讯录", "家楼下"],
                  "Chat-app thread with a collector threatening to blast the address book, tell the wife's and the debtor's "
                  "employer and family, and wait downstairs at home.",
                  lawful=False, expect=["contact.third_party", "visit.home"],
                  forbid=["seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid", "image.edited",
                          "sms.impersonation", "contact.virtual_number", "penalty.inflated", "borrow.new_loan",
                          "text.spaced", "blacklist.online_loan", "asset.freeze", "promise.fee_waiver"],
                  fmt="png")


# ---------------------------------------------------------------------------- 17 long screenshot: credit report summary


def item17(rng):
    w, h = 1080, 2340
    sc = Screen(rng, w, h)
    sc.status_bar("12:05")
    sc.header("个人信用报告", right="dots")
    sc.d.line([0, sc.y, w, sc.y], fill=(220, 220, 220), width=2)
    fs = 27
    fnt = F("sans", fs)
    x0, width = 40, w - 80
    y = sc.y + 24

    def para(t, size=fs, font="sans", col=None, gap=1.5):
        nonlocal y
        for ln in wrap(t, F(font, size), width):
            sc.text_px(x0, y, ln, size, font=font, fill=col)
            y += int(size * gap)

    def table(rows, colw, size=25):
        nonlocal y
        rh = int(size * 1.9)
        for ri, row in enumerate(rows):
            x = x0
            if ri == 0:
                sc.d.rectangle([x0, y, x0 + sum(colw), y + rh], fill=(238, 242, 248))
            for t, cw in zip(row, colw):
                sc.d.rectangle([x, y, x + cw, y + rh], outline=(200, 200, 205), width=1)
                sc.text_px(x + 10, y + (rh - size) // 2 - 2, t, size, font="sans_bold" if ri == 0 else "sans")
                x += cw
            y += rh
        y += 18

    para("个人信用报告（本人查询版）", 36, "sans_bold")
    y += 6
    para("报告编号：2024080912003318472651", 24, col=(110, 110, 115), gap=1.45)
    para("报告时间：2024-08-09 12:03:18", 24, col=(110, 110, 115), gap=1.45)
    para("被查询者姓名：宋建华　证件类型：身份证　证件号码：3301**********1234", 24, col=(110, 110, 115), gap=1.45)
    y += 12
    para("一、信息概要", 30, "sans_bold")
    table([["账户类型", "账户数", "未结清/未销户", "发生过逾期", "90天以上逾期"],
           ["信用卡", "3", "2", "1", "0"], ["购房贷款", "1", "1", "0", "0"], ["其他贷款", "4", "2", "1", "0"]],
          [200, 140, 250, 210, 200])
    para("二、信贷记录", 30, "sans_bold")
    para("信用卡：2022年5月15日江南银行发放的贷记卡（人民币账户），截至2024年7月，信用额度20,000元，已使用额度4,862元。"
         "最近5年内有2个月处于逾期状态，没有发生过90天以上逾期。")
    para("其他贷款：2023年3月10日南京华信消费金融股份有限公司发放的40,000元（人民币）个人消费贷款，2024年3月到期。"
         "截至2024年7月，余额31,250元，当前逾期金额31,250元。")
    y += 8
    para("三、公共记录", 30, "sans_bold")
    para("系统中没有您最近5年的欠税记录、民事判决记录、强制执行记录、行政处罚记录及电信欠费记录。")
    y += 8
    para("四、查询记录", 30, "sans_bold")
    table([["编号", "查询日期", "查询机构", "查询原因"],
           ["1", "2024-06-12", "南京华信消费金融", "贷后管理"],
           ["2", "2024-03-02", "江南银行", "信用卡审批"],
           ["3", "2024-01-18", "本人", "本人查询（互联网）"]],
          [90, 200, 390, 320], size=24)
    para("说明", 28, "sans_bold")
    for t in ["1．本报告中的信息由数据报送机构提供，征信中心不确保其真实性和准确性，但承诺在信息汇总、加工、整合的全过程中"
              "保持客观、中立的地位。",
              "2．不良信息自不良行为或者事件终止之日起保存5年。",
              "3．如对本报告内容有异议，可向征信中心或数据报送机构提出异议申请。"]:
        para(t, 24, col=(110, 110, 115), gap=1.45)
    assert y < h - 20, y
    return result(sc.img, "screenshot", "other", [], sc.lines, ["个人信用报告", "信息概要", "查询记录"],
                  "Long 1080x2340 screenshot of a credit-report summary (type other) with small text and two tables: overdue "
                  "records, no public records, query history and the 5-year retention note.",
                  lawful=True, fmt="png")


# ---------------------------------------------------------------------------- 18 photo: 民事调解书


def item18(rng):
    p = doc_page(
        rng, font="serif", head="上海市浦东新区人民法院", title="民事调解书", number="（2024）沪0115民初30211号", size=32,
        blocks=[
            ("@", "原告：上海浦信小额贷款有限公司，住所地上海市浦东新区世纪大道1200号。"),
            ("@", "被告：陈立，男，1987年7月30日出生，汉族，住上海市浦东新区。"),
            "原告上海浦信小额贷款有限公司与被告陈立金融借款合同纠纷一案，本院于2024年7月2日立案后，依法适用简易程序进行审理。",
            "本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议：",
            "一、被告陈立于2024年10月31日前偿还原告上海浦信小额贷款有限公司借款本金22,800元及利息1,460元，合计24,260元；",
            "二、如被告陈立未按期足额履行上述第一项还款义务，原告有权就全部未付款项一次性向法院申请强制执行；",
            "三、案件受理费减半收取计201元，由被告陈立负担。",
            "上述协议，不违反法律规定，本院予以确认。",
            "本调解书经双方当事人签收后，即具有法律效力。",
        ],
        sign=["审判员　李　静"], date="二〇二四年九月十二日", after_date=["书记员　王佳怡"],
        seal=dict(text="上海市浦东新区人民法院", r=124, dx=-30, **COURT))
    check_fit(p)
    img, H = photo_capture(p, rng, 1200, 1600, bg="wood", fill=0.86, tilt=4.0, persp=0.04)
    return result(img, "photo", "other", page_seals(p, H, *img.size), p.lines, ["民事调解书", "沪0115民初30211号", "自愿达成"],
                  "Photo of a genuine court mediation statement (民事调解书, type other): instalment terms agreed by both "
                  "parties, lawful acceleration to enforcement on default, halved court fee; court emblem seal.",
                  lawful=True, quality=86, make="Xiaomi", model="23049RAD8C", dt="2024:09:13 08:02:11")


# ---------------------------------------------------------------------------- 19 scan: school 家长会 notice


def item19(rng):
    p = doc_page(
        rng, font="serif", head="杭州市文晖实验小学", head_color=(205, 30, 40), head_size=66, head_track=14,
        letter_rule=True, logo=("book", 46), title="关于召开期中家长会的通知", title_size=44, title_track=2, size=32,
        top=40, blocks=[
            ("@", "各位家长："),
            "为加强家校沟通，向家长反馈学生期中学习情况，学校定于2024年11月8日（星期五）下午召开期中家长会。现将有关事项通知如下：",
            "一、时间：2024年11月8日15:30—17:00。",
            "二、地点：各班教室（一年级在综合楼一楼多功能厅）。",
            "三、内容：班主任通报期中学习情况；学科教师交流；安全教育与寒假安排。",
            "四、请每个家庭至少一位家长参加，并于11月6日前在班级群内回复。因故不能参加的，请提前向班主任请假。",
            "五、请家长步行或乘坐公共交通到校，学校周边不设临时停车位。",
            "特此通知。",
        ],
        sign=["杭州市文晖实验小学"], date="2024年10月30日")
    check_fit(p)
    img, H = scan_capture(p, rng, 1000, 1414)
    return result(img, "scan", "other", [], p.lines, ["杭州市文晖实验小学", "家长会", "班主任"],
                  "Scan of a school's parent-meeting notice (type other) with a red letterhead, a red double rule and a red "
                  "round school logo (not a seal); no seal.",
                  lawful=True, quality=90)


# ---------------------------------------------------------------------------- 20 forged photo: 传票, company seal


def item20(rng):
    rows = [["被传唤人", "宋建华"], ["传唤事由", "网贷逾期恶意拖欠"], ["应到时间", "收到本传票后72小时内"],
            ["应到处所", "西湖区人民法院执行局"]]
    p = doc_page(
        rng, font="sans", head="杭州市西湖区人民法院", title="传票", title_size=72, title_track=60,
        number="（2024）西法传字第3317号", size=33,
        blocks=[("table", rows, [260, 700], 32, "sans"), ("skip", 10),
                "你恶意拖欠网贷平台借款，涉嫌骗贷，已被立案。请在72小时内到庭或结清欠款，逾期未到将移交经侦部门处理，"
                "依法对你实施拘留。",
                ("@", "联系人：王专员　电话：0571-26589034")],
        sign=["杭州市西湖区人民法院"], date="2024年8月6日",
        seal=dict(text="杭州信融网络科技有限公司", center="star", kind="company", r=120, dy=-10))
    check_fit(p)
    img, H = photo_capture(p, rng, 1200, 1600, bg="gray", fill=0.86, tilt=3.0, persp=0.035)
    return result(img, "photo", "court_summons", page_seals(p, H, *img.size), p.lines, ["传", "72小时内", "经侦"],
                  "Forged court summons: a technology company's star seal on a court's paper, an invalid 字第 number, "
                  "a 72-hour appearance demand and threats of fraud charges, economic police and detention.",
                  lawful=False, expect=["seal.issuer_mismatch", "doc.case_number_invalid", "lawsuit.threat",
                                        "pressure.deadline"],
                  forbid=["seal.missing", "sms.impersonation", "text.spaced", "contact.virtual_number", "borrow.new_loan",
                          "family.children", "promise.fee_waiver", "blacklist.online_loan", "penalty.inflated",
                          "image.edited", "visit.home"],
                  quality=78, make="vivo", model="V2227A")


# ---------------------------------------------------------------------------- 21 email client: lawyer's email


def item21(rng):
    w, h = 720, 1560
    sc = Screen(rng, w, h)
    sc.status_bar("10:24")
    sc.header("收件箱", right="dots")
    y = sc.y + sc.S(12)
    fb = F("sans_bold", sc.S(32))
    for ln in wrap("关于您与钱塘消费金融借款合同履行事宜的函", fb, w - sc.S(60)):
        sc.text_px(sc.S(30), y, ln, sc.S(32), font="sans_bold")
        y += sc.S(46)
    y += sc.S(16)
    sc.d.ellipse([sc.S(30), y, sc.S(100), y + sc.S(70)], fill=(70, 120, 200))
    sc.text_px(sc.S(118), y, "上海恒信律师事务所 王磊律师", sc.S(25), font="sans_bold")
    sc.text_px(sc.S(118), y + sc.S(38), "wanglei@hengxinlaw.cn", sc.S(22), fill=sc.sub)
    y += sc.S(84)
    sc.text_px(sc.S(118), y, "发送至 我 · 2024年8月5日 10:18", sc.S(22), fill=sc.sub)
    y += sc.S(50)
    sc.d.line([sc.S(30), y, w - sc.S(30), y], fill=(225, 225, 225), width=2)
    y += sc.S(24)
    body = [
        "郑女士：您好！",
        "本所接受钱塘消费金融股份有限公司（以下简称“委托人”）的委托，就您与委托人之间的借款合同履行事宜，致函如下：",
        "根据委托人提供的资料，您于2023年5月通过委托人App借款20,000元。截至2024年7月31日，逾期本金3,420元，"
        "按合同约定计算的逾期利息68.40元。",
        "请您通过委托人官方App或对公账户（户名：钱塘消费金融股份有限公司）办理还款。如对金额有异议，或确有还款困难，"
        "可回复本邮件或致电本所，我们愿意协助双方协商还款安排。",
        "加盖本所公章的函件原件已通过EMS寄往您的登记地址，扫描件见附件。",
        "上海恒信律师事务所　王磊律师",
        "电话：021-62885310",
    ]
    fs = sc.S(25)
    for para in body:
        for ln in wrap(para, F("sans", fs), w - sc.S(60)):
            sc.text_px(sc.S(30), y, ln, fs)
            y += int(fs * 1.55)
        y += sc.S(10)
    y += sc.S(10)
    rounded(sc.d, [sc.S(30), y, w - sc.S(30), y + sc.S(96)], sc.S(12), outline=(220, 220, 220), width=2, fill=(248, 248, 250))
    sc.d.rectangle([sc.S(50), y + sc.S(20), sc.S(92), y + sc.S(76)], fill=(220, 70, 60))
    sc.text_px(sc.S(71), y + sc.S(48), "PDF", sc.S(15), font="sans_bold", fill=(255, 255, 255), anchor="mm")
    sc.text_px(sc.S(112), y + sc.S(16), "律师函_恒信函字第209号.pdf", sc.S(23))
    sc.text_px(sc.S(112), y + sc.S(52), "286 KB", sc.S(20), fill=sc.sub)
    y += sc.S(110)
    assert y < h - sc.S(110), y
    acts = ["回复", "全部回复", "转发", "删除"]
    sc.d.rectangle([0, h - sc.S(100), w, h], fill=(248, 248, 248))
    for k, t in enumerate(acts):
        sc.text_px(int(w * (k + 0.5) / 4), h - sc.S(50), t, sc.S(24), fill=(40, 110, 220), anchor="mm")
    return result(sc.img, "screenshot", "lawyer_letter", [], sc.lines, ["收件箱", "上海恒信律师事务所", "律师函"],
                  "Email-client screenshot of a calm lawyer's email (closest type lawyer_letter): overdue principal, official "
                  "repayment channel, offer to negotiate; the sealed original is mailed and attached as a PDF.",
                  lawful=True, fmt="png")


# ---------------------------------------------------------------------------- 22 photo: 协助执行通知书 to employer


def item22(rng):
    p = doc_page(
        rng, font="ming", head="浙江省杭州市西湖区人民法院", title="协助执行通知书", title_size=58, title_track=14,
        number="（2024）浙0106执3317号", size=32, gap=0.55, blocks=[
            ("@", "杭州云帆网络科技有限公司："),
            "关于申请执行人杭州联信小额贷款有限公司与被执行人宋建华金融借款合同纠纷一案，本院作出的（2024）浙0106执3317号之一"
            "执行裁定书已经发生法律效力。依照《中华人民共和国民事诉讼法》的有关规定，请你单位协助执行以下事项：",
            "自2024年6月起，每月从被执行人宋建华的工资收入中扣留人民币3,000元，直至扣足人民币39,958元为止（应保留被执行人"
            "及其所扶养家属的生活必需费用），并于每月发薪后五日内划付至本院执行款专户。",
            ("@", "户名：杭州市西湖区人民法院"),
            ("@", "开户行：中国工商银行杭州西湖支行"),
            ("@", "账号：1202021009001234567"),
            ("@", "附：执行裁定书一份"),
            ("@", "经办人：周敏　联系电话：0571-87036215"),
        ],
        sign=["浙江省杭州市西湖区人民法院"], date="二〇二四年五月二十日",
        seal=dict(text="浙江省杭州市西湖区人民法院", r=126, dy=-15, **COURT))
    check_fit(p)
    img, H = photo_capture(p, rng, 1200, 1600, bg="desk", fill=0.87, tilt=2.0, persp=0.04)
    return result(img, "photo", "other", page_seals(p, H, *img.size), p.lines, ["协助执行通知书", "扣留", "浙0106执3317号"],
                  "Photo of a genuine court notice to an employer to assist enforcement by withholding part of the debtor's "
                  "salary (协助执行通知书, type other), with valid case number and the court's emblem seal.",
                  lawful=True, quality=74, make="Apple", model="iPhone 12", software="17.5.1", dt="2024:05:24 11:47:02")


# ---------------------------------------------------------------------------- 23 scan: water arrears / suspension notice


def item23(rng):
    p = Page(rng, w=1240, h=1754, margin=135)
    p.skip(40)
    p.logo(p.m + 50, p.y + 38, 46, "drop")
    p.line("临安清源供水有限公司", 50, "zenhei", x=p.m + 120, color=(200, 30, 40), gap=0.7)
    p.rule(color=(205, 30, 40), thick=3)
    p.skip(40)
    p.line("欠费停水预告通知书", 54, "zenhei", "center", gap=0.8)
    p.para("户号：LA08812356　户名：章*明", 31, "zenhei", indent=0)
    p.para("地址：临安区锦北街道城中街58号3单元201室", 31, "zenhei", indent=0)
    p.para("您好！经核查，截至2024年8月10日，您户尚欠水费如下：", 31, "zenhei")
    p.skip(8)
    p.table([["账期", "用水量（吨）", "水费（元）", "滞纳金（元）"],
             ["2024年5—6月", "28", "95.20", "2.86"],
             ["2024年7月", "16", "54.40", "0.00"],
             ["合计", "44", "149.60", "2.86"]], [280, 230, 230, 230], 30, font="zenhei")
    p.para("滞纳金依据《供用水合同》第九条约定，自逾期之日起按日加收欠费金额的千分之一，最高不超过欠费本金。", 31, "zenhei")
    p.para("请您于2024年8月25日前通过营业厅、“清源供水”公众号或银行代扣缴清。逾期仍未缴纳的，我司将依照有关规定及合同约定，"
           "提前七日书面通知后暂停供水。已缴费用户请忽略本通知。", 31, "zenhei")
    p.para("客服电话：0571-63712345", 31, "zenhei", indent=0)
    p.skip(40)
    x = p.w - p.m - 40 - F("zenhei", 31).getlength("临安清源供水有限公司")
    p.line("临安清源供水有限公司", 31, "zenhei", x=x)
    db = p.line("2024年8月12日", 31, "zenhei", x=x + 50)
    p.seal(db[0] + 80, db[1] - 25, 120, "临安清源供水有限公司", "star", "company")
    check_fit(p)
    img, H = scan_capture(p, rng, 1240, 1754)
    return result(img, "scan", "other", page_seals(p, H, *img.size), p.lines, ["欠费停水预告通知书", "滞纳金", "暂停供水"],
                  "Scan of a water utility's arrears notice (type other): small bill table, contractual late fee capped at the "
                  "principal, suspension only after seven days' written notice; red drop logo (not a seal) and company seal.",
                  lawful=True, quality=86)


# ---------------------------------------------------------------------------- 24 forged dark SMS: fee waiver to personal account


def item24(rng):
    sc = chat_screen(rng, w=720, h=1560, dark=True, title="138 1234 5678", style="sms", sub="中国移动 · 浙江杭州",
                     clock="11:06", placeholder="短信", font="sans", msgs=[
                         ("time", "8月7日 11:02"),
                         ("L", "宋先生您好，我是速易贷平台风控中心专员周立。你的借款已逾期，系统已经上报。"),
                         ("L", "今天是最后期限：今天下午5点前还清本金，我可以为你申请减免全部罚息和利息，之后的账单一笔勾销。"),
                         ("L", "官方还款通道已关闭，请转到专员个人账户处理：工商银行 6222021234567890 户名 周立。转账后截图发我。"),
                     ])
    return result(sc.img, "screenshot", "sms_message", [], sc.lines, ["138 1234 5678", "最后期限", "减免"],
                  "Dark-mode SMS from a mobile number: a 'risk-control centre specialist' offers to waive all penalty "
                  "interest if the principal reaches his personal bank account before 5 pm today.",
                  lawful=False, sender="13812345678",
                  expect=["persona.authority", "promise.fee_waiver", "pressure.deadline"],
                  forbid=["seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid", "image.edited",
                          "sms.impersonation", "contact.virtual_number", "family.children", "visit.home", "text.spaced",
                          "blacklist.dishonest", "asset.freeze", "contact.third_party", "borrow.new_loan"],
                  fmt="png")


# ---------------------------------------------------------------------------- 25 12368 SMS thread (dark)


def item25(rng):
    sc = chat_screen(rng, w=720, h=1560, dark=True, title="12368", style="sms", sub="短信/彩信", clock="9:05",
                     placeholder="短信", font="microhei", msgs=[
                         ("time", "6月5日 10:21"),
                         ("L", "【杭州市西湖区人民法院】宋建华，您好！原告杭州联信小额贷款有限公司诉您金融借款合同纠纷一案，本院已立案受理，"
                               "案号（2024）浙0106民初8821号。起诉状副本、应诉通知书、举证通知书及传票已电子送达，请登录移动微法院查看。"
                               "如有疑问请咨询0571-87036100。"),
                         ("time", "6月20日 09:00"),
                         ("L", "【杭州市西湖区人民法院】您的案件（2024）浙0106民初8821号定于2024年7月9日14:00在本院第六法庭开庭审理，"
                               "请携带身份证件准时到庭。如需调解，可与承办人联系。"),
                     ])
    return result(sc.img, "screenshot", "sms_message", [], sc.lines, ["12368", "杭州市西湖区人民法院", "移动微法院"],
                  "Dark-mode SMS thread from 12368, the courts' own service number: a genuine case-filing notice with a valid "
                  "民初 case number and electronic service, then the hearing date.",
                  lawful=True, sender="12368", fmt="png")


# ---------------------------------------------------------------------------- 26 photo: police anti-fraud poster


def item26(rng):
    p = Page(rng, w=1240, h=1754, margin=110, bg=(255, 250, 232))
    p.d.rectangle([0, 0, p.w, 250], fill=(200, 32, 40))
    p.logo(p.m + 70, 125, 70, "shield", color=(250, 210, 80))
    p.line("临江市公安局反诈中心", 40, "sans_bold", x=p.m + 170, color=(255, 240, 200), y=60)
    p.line("反诈提醒：这些话术要当心", 64, "sans_bold", x=p.m + 170, color=(255, 255, 255), y=125)
    p.y = 300
    p.para("以下都是诈骗分子和非法催收常用的恐吓说法（示例）：", 38, "sans_bold", indent=0, color=(60, 40, 30))
    p.skip(16)
    quotes = ["“我们会通知你的家人和单位”", "“你已被列入网贷黑名单，全网都借不了”", "“今天不处理，明天法院就上门”",
              "“转到专员个人账户，可以减免罚息”", "“你这是骗贷，马上移交经侦”"]
    for q in quotes:
        rounded(p.d, [p.m, p.y - 8, p.w - p.m, p.y + 70], 16, fill=(255, 255, 255), outline=(230, 150, 60), width=3)
        p.line(q, 38, "sans", x=p.m + 30, color=(180, 30, 30), gap=1.3)
    p.skip(20)
    p.line("真相", 48, "sans_bold", color=(200, 32, 40), gap=0.6)
    for t in ["法院文书由法院依法送达，可拨打12368核实。", "正规机构不会要求向个人账户转账。",
              "借款逾期属于民事纠纷，遭遇骚扰、恐吓请报警。"]:
        p.para("● " + t, 36, "sans", indent=0, color=(40, 40, 40))
    p.skip(30)
    p.d.rectangle([0, p.h - 220, p.w, p.h], fill=(200, 32, 40))
    p.line("反诈专线 96110　报警电话 110", 50, "sans_bold", "center", color=(255, 255, 255), y=p.h - 185)
    p.line("临江市公安局反诈中心　宣", 32, "sans", "center", color=(255, 230, 200), y=p.h - 100)
    assert p.y < p.h - 230
    img, H = photo_capture(p, rng, 1200, 1600, bg="wall", fill=0.84, tilt=2.0, persp=0.045)
    return result(img, "photo", "other", [], p.lines, ["反诈提醒", "96110", "真相"],
                  "Photo of a police anti-fraud poster on a wall (type other) that quotes collectors' threats only as "
                  "examples of scams and gives the truth; round police-style logo, not a seal.",
                  lawful=True, quality=80, make="HONOR", model="ANY-AN00", dt="2024:04:02 17:30:55")


# ---------------------------------------------------------------------------- 27 scan: bank loan acceleration notice


def item27(rng):
    p = doc_page(
        rng, font="serif", head="江南银行股份有限公司杭州分行", head_color=(200, 30, 40), head_size=52, head_track=6,
        letter_rule=True, title="贷款提前到期通知书", title_size=50, title_track=6, number="编号：JNYH-HZ-2024-0731",
        size=31, gap=0.58, top=40, blocks=[
            ("@", "借款人：孙永杰"),
            "您于2022年4月15日与我行签订《个人经营性贷款合同》（合同编号JN2022HZ0415-07），借款金额300,000元，期限36个月。"
            "截至2024年7月31日，您已连续4期未按约偿还本息，累计逾期本金24,950元、利息3,182元，我行已于2024年5月10日、"
            "6月12日两次书面催告。",
            "根据合同第十五条第（二）项“借款人连续三期或累计六期未按约还款的，贷款人有权宣布贷款提前到期”之约定，我行现通知您："
            "上述贷款自本通知送达之日起提前到期，剩余本金183,640元及相应利息应予偿还。",
            "请您于2024年9月1日前到我行营业网点办理还款，或与我行协商还款方案。逾期利息按合同约定以逾期本金为基数计收。"
            "如您对本通知有异议，可在收到本通知后向我行书面提出，也可依法寻求司法救济。",
            ("@", "联系人：何经理　电话：0571-87921100"),
        ],
        sign=["江南银行股份有限公司杭州分行"], date="2024年8月5日",
        seal=dict(text="江南银行股份有限公司杭州分行", center="star", kind="company", r=124, dy=-10))
    check_fit(p)
    img, H = scan_capture(p, rng, 1240, 1754)
    return result(img, "scan", "cancellation_notice", page_seals(p, H, *img.size), p.lines,
                  ["贷款提前到期通知书", "江南银行", "书面催告"],
                  "Scan of a bank's loan-acceleration notice (cancellation_notice) after four missed instalments and two "
                  "written reminders, citing the contract clause, giving a month to pay or negotiate; bank's star seal.",
                  lawful=True, quality=88)


# ---------------------------------------------------------------------------- 28 forged photo: termination, inflated penalty, Photoshop


def item28(rng):
    p = doc_page(
        rng, font="sans", head="速易贷金融服务平台", title="解除合同通知书", title_size=58, title_track=12, size=35,
        top=60, blocks=[
            ("@", "借款人：宋志刚"),
            "你于2024年3月在本平台借款10,000元，现已逾期3天。根据平台规定，本公司决定立即解除借款合同，你须一次性结清全部欠款。",
            "同时按剩余本金的20%收取违约金2,000元，并自即日起按日收取1%的逾期管理费。",
            "请于今日内完成还款，否则将上报征信并移交律师处理。",
        ],
        sign=["速易贷法务部"], date="2024年8月9日")
    check_fit(p)
    img, H = photo_capture(p, rng, 1200, 1600, bg="wood", fill=0.86, tilt=3.0, persp=0.03)
    return result(img, "photo", "cancellation_notice", [], p.lines, ["解除合同通知书", "违约金", "剩余本金"],
                  "Forged contract-termination notice: no seal, termination and whole-debt demand after 3 days, a 20% "
                  "penalty on the remaining principal, and EXIF Software naming Photoshop.",
                  lawful=False, expect=["seal.missing", "penalty.inflated", "contract.termination", "image.edited"],
                  forbid=["seal.issuer_mismatch", "sms.impersonation", "contact.virtual_number", "family.children",
                          "visit.home", "text.spaced", "borrow.new_loan", "blacklist.online_loan", "asset.freeze",
                          "doc.case_number_invalid", "contact.third_party"],
                  quality=85, software="Adobe Photoshop 24.7 (Windows)", dt="2024:08:09 16:02:37")


# ---------------------------------------------------------------------------- 29 electricity app: arrears page


def item29(rng):
    w, h = 720, 1560
    sc = Screen(rng, w, h, bg=(243, 246, 245))
    top = (0, 140, 120)
    sc.status_bar("19:48", bg=top, fg=(255, 255, 255))
    sc.header("电费账单", bg=top, fg=(255, 255, 255))
    y0 = sc.y
    sc.d.rectangle([0, y0, w, y0 + sc.S(150)], fill=top)
    rounded(sc.d, [sc.S(20), y0 + sc.S(20), w - sc.S(20), y0 + sc.S(420)], sc.S(16), fill=(255, 255, 255))
    yb = y0 / sc.s
    sc.text(44, yb + 40, "户号 3301 0856 2231", 24, fill=(110, 110, 115))
    sc.text(44, yb + 78, "户名 *明　用电地址 杭州市拱墅区湖墅南路**号", 22, fill=(110, 110, 115))
    sc.text(44, yb + 130, "当前欠费（元）", 24, fill=(110, 110, 115))
    sc.text(44, yb + 166, "386.42", 60, font="sans_bold", fill=(230, 90, 40))
    sc.text(44, yb + 258, "电费违约金（元）", 24, fill=(110, 110, 115))
    sc.text(676, yb + 258, "3.86", 26, anchor="ra")
    note = "违约金按《供用电合同》约定计收：居民用户自逾期之日起每日按欠费总额的千分之一计算。"
    yy = yb + 306
    for ln in wrap(note, F("sans", sc.S(20)), w - sc.S(90)):
        sc.text(44, yy, ln, 20, fill=(140, 140, 145))
        yy += 30
    y = y0 + sc.S(440)
    rounded(sc.d, [sc.S(20), y, w - sc.S(20), y + sc.S(200)], sc.S(16), fill=(255, 246, 232))
    sc.text(44, y / sc.s + 20, "停电提示", 26, font="sans_bold", fill=(214, 110, 20))
    tip = "您的电费已逾期10天。若2024年8月25日前仍未缴清，供电公司将按规定程序提前送达停电通知，届时可能暂停供电。已缴费请忽略。"
    yy = y / sc.s + 62
    for ln in wrap(tip, F("sans", sc.S(22)), w - sc.S(90)):
        sc.text(44, yy, ln, 22, fill=(120, 80, 40))
        yy += 34
    y += sc.S(220)
    rounded(sc.d, [sc.S(20), y, w - sc.S(20), y + sc.S(300)], sc.S(16), fill=(255, 255, 255))
    sc.text(44, y / sc.s + 20, "近期账单", 26, font="sans_bold")
    yy = y / sc.s + 76
    for m, kwh, fee, st in [("2024年7月", "612千瓦时", "386.42", "未缴"), ("2024年6月", "498千瓦时", "298.80", "已缴"),
                            ("2024年5月", "356千瓦时", "213.60", "已缴")]:
        sc.text(44, yy, m, 24)
        sc.text(230, yy, kwh, 24, fill=(110, 110, 115))
        sc.text(470, yy, fee, 24)
        sc.text(676, yy, st, 24, fill=(230, 90, 40) if st == "未缴" else (0, 140, 120), anchor="ra")
        yy += 66
    y += sc.S(320)
    rounded(sc.d, [sc.S(40), y, w - sc.S(40), y + sc.S(84)], sc.S(42), fill=top)
    sc.text(360, y / sc.s + 42, "立即缴费", 30, font="sans_bold", fill=(255, 255, 255), anchor="mm")
    sc.text(360, y / sc.s + 120, "缴费成功后约10分钟到账", 21, fill=(140, 140, 145), anchor="mm")
    return result(sc.img, "screenshot", "other", [], sc.lines, ["电费账单", "违约金", "停电提示"],
                  "Power-utility app arrears page (type other): a small contractual late fee of 0.1% a day, disconnection "
                  "only after a formal advance notice, recent bills and the official pay button.",
                  lawful=True, fmt="png")


# ---------------------------------------------------------------------------- 30 photo: hospital discharge record (EXIF 3)


def item30(rng):
    p = doc_page(rng, font="sans", head="临江市第一人民医院", head_size=48, title="出院记录", title_size=52, title_track=20,
                 size=30, gap=0.55, top=50, blocks=[
                     ("table", [["姓名", "沈晓梅", "性别", "女"], ["年龄", "46岁", "科室", "心内科"],
                                ["住院号", "2024085521", "床号", "12"], ["入院日期", "2024-08-02", "出院日期", "2024-08-09"]],
                      [180, 300, 180, 300], 28, "sans"),
                     ("@", "入院诊断：1．胸痛待查　2．高血压病2级"),
                     ("@", "出院诊断：1．冠状动脉粥样硬化性心脏病　2．高血压病2级"),
                     ("@", "诊疗经过：入院后完善相关检查，冠脉CTA提示前降支轻度狭窄，予抗血小板、调脂、降压等治疗，症状缓解。"),
                     ("@", "出院情况：患者一般情况好，无胸闷胸痛，生命体征平稳。"),
                     ("@", "出院医嘱：1．低盐低脂饮食，注意休息；2．按时服药，监测血压；3．两周后心内科门诊复查，如有不适随诊。"),
                     ("skip", 30),
                 ])
    p.line("医师签名：", 30, "sans", x=p.w - p.m - 420, gap=0.2)
    p.signature(p.w - p.m - 250, p.y - 70, "陈伟", 50)
    p.skip(40)
    p.line("日期：2024年8月9日", 30, "sans", x=p.w - p.m - 420)
    check_fit(p)
    img, H = photo_capture(p, rng, 1200, 1600, bg="desk", fill=0.86, tilt=3.0, persp=0.035)
    return result(img, "photo", "other", [], p.lines, ["出院记录", "临江市第一人民医院", "出院医嘱"],
                  "Photo (stored upside down, EXIF Orientation 3) of a hospital discharge record (type other) with a table "
                  "and a doctor's signature; no seal and nothing about debt.",
                  lawful=True, quality=78, orientation=3, make="vivo", model="V2309A", dt="2024:08:10 10:12:44")


# ---------------------------------------------------------------------------- 31 scan: people's mediation agreement


def item31(rng):
    p = doc_page(
        rng, font="kai", title="人民调解协议书", title_size=60, title_track=16, number="编号：湖滨调〔2024〕第052号",
        size=31, gap=0.55, top=60, blocks=[
            ("@", "当事人：李国强，男，1979年5月出生，住临江市湖滨街道文化路12号。"),
            ("@", "当事人：吴建新，男，1983年10月出生，住临江市湖滨街道新华路7号。"),
            ("@", "纠纷简要情况："),
            "2023年6月，吴建新向李国强借款50,000元，约定2024年6月前归还，双方出具借条一张。到期后吴建新归还20,000元，"
            "余款30,000元未还，双方发生纠纷，于2024年7月申请本委员会调解。",
            ("@", "经调解，双方自愿达成如下协议："),
            "一、吴建新于2024年8月31日前归还李国强10,000元，于2024年12月31日前归还剩余20,000元；",
            "二、李国强同意不再主张借款利息；",
            "三、双方就本借款纠纷再无其他争议。",
            ("@", "履行方式、时限：吴建新通过银行转账方式支付至李国强本人账户。"),
            "本协议一式三份，双方当事人各执一份，人民调解委员会留存一份。双方可自协议生效之日起三十日内共同向人民法院申请司法确认。",
            ("skip", 10),
            ("mark", "s1"),
            ("@", "当事人（签名）："),
            ("skip", 30),
            ("mark", "s2"),
            ("@", "人民调解员（签名）："),
        ],
        sign=["临江市湖滨街道人民调解委员会"], date="2024年8月2日",
        seal=dict(text="临江市湖滨街道人民调解委员会", center="star", kind="government", r=122, dy=-10))
    check_fit(p)
    # handwritten names beside the signature labels
    p.signature(p.m + 250, p.marks["s1"] - 22, "李国强", 50)
    p.signature(p.m + 470, p.marks["s1"] - 18, "吴建新", 50)
    p.signature(p.m + 320, p.marks["s2"] - 22, "钱玉兰", 50)
    img, H = scan_capture(p, rng, 1000, 1414)
    return result(img, "scan", "other", page_seals(p, H, *img.size), p.lines, ["人民调解协议书", "司法确认", "调解委员会"],
                  "Scan of a people's mediation agreement (type other) settling a private loan by instalments, interest "
                  "waived by the lender, with hand signatures and the mediation committee's star seal.",
                  lawful=True, quality=90)


# ---------------------------------------------------------------------------- 32 forged scan: online-loan blacklist notice


def item32(rng):
    p = doc_page(
        rng, font="sans", head="全国网络借贷风险信息共享平台", head_color=(200, 30, 40), head_size=50, head_track=2,
        letter_rule=True, title="关于将失信借款人列入网贷黑名单的通报", title_size=40, title_track=0, size=33, top=50,
        blocks=[
            ("@", "借款人：宋志刚　身份证号：3301**********5512"),
            "经风控中心核查，你在多个网贷平台长期逾期、恶意拖欠，现已被列入全网黑名单，信息将同步至全国三百余家金融机构，"
            "共享期限五年。",
            "列入名单后，你将无法办理任何贷款和信用卡，并将影响子女上学、参军及政审。",
            "如需撤销，请在三日内结清欠款，也可先去其他平台借款还清本笔欠款后申请解除。",
            ("@", "风控中心专员：李浩　工号：FK0317"),
        ],
        sign=["全国网络借贷风险信息共享平台"], date="2024年8月1日",
        seal=dict(text="北京瑞信数据服务有限公司", center="star", kind="company", r=122, dy=-10))
    check_fit(p)
    img, H = scan_capture(p, rng, 1240, 1754)
    return result(img, "scan", "restriction_order", page_seals(p, H, *img.size), p.lines, ["网贷黑名单", "政审", "风控中心"],
                  "Forged 'online-loan blacklist' notice (a blacklist paper, type restriction_order) signed by a risk-control "
                  "'specialist': children's schooling and vetting threats and advice to borrow elsewhere to repay.",
                  lawful=False,
                  expect=["blacklist.online_loan", "family.children", "borrow.new_loan", "persona.authority"],
                  forbid=["seal.missing", "sms.impersonation", "image.edited", "contact.virtual_number", "text.spaced",
                          "visit.home", "asset.freeze", "penalty.inflated", "contact.third_party"],
                  quality=85)


# ---------------------------------------------------------------------------- 33 parents' group chat (JPEG)


def item33(rng):
    sc = chat_screen(rng, w=1080, h=2340, title="三年级（2）班家长群(46)", style="wechat", clock="7:52", font="sans", msgs=[
        ("time", "10月30日 16:05"),
        ("L", "各位家长好！学校定于11月8日（周五）下午3:30召开期中家长会，地点在本班教室。内容：期中学习情况反馈、安全教育、"
              "寒假安排。请每个家庭至少一位家长参加，11月6日前在群里接龙回复。", "王老师"),
        ("L", "收到，我会准时参加", "朵朵妈妈"),
        ("L", "收到。王老师，我那天出差，可以让孩子奶奶来吗？", "乐乐爸爸"),
        ("L", "可以的，请提前告诉我奶奶的姓名，门卫登记用。", "王老师"),
        ("R", "#接龙 家长会 1．朵朵妈妈 2．浩浩妈妈"),
        ("time", "10月31日 07:48"),
        ("L", "另外提醒：明天起早上7:40前到校，孩子们不要在校门口逗留，注意安全。", "王老师"),
    ])
    return result(sc.img, "screenshot", "sms_message", [], sc.lines, ["家长群", "家长会", "王老师"],
                  "Chat-app screenshot (JPEG) of a class parents' group: the teacher announces a parent meeting and parents "
                  "reply; children and school are mentioned with no threat at all.",
                  lawful=True, fmt="jpg", quality=90)


# ---------------------------------------------------------------------------- 34 photo: tenancy termination notice


def item34(rng):
    p = doc_page(
        rng, font="serif", head="杭州安居住房租赁有限公司", head_color=(200, 30, 40), head_size=50, head_track=4,
        letter_rule=True, title="解除租赁合同通知书", title_size=50, title_track=8, size=31, gap=0.56, top=40, blocks=[
            ("@", "致承租人刘洋："),
            "您与我司于2023年9月1日签订的《房屋租赁合同》（编号AJ-2023-0912）约定，租赁房屋位于杭州市上城区望江路36号"
            "5幢602室，月租金3,200元。截至2024年7月15日，您已拖欠2024年4月至7月租金共计12,800元。我司已于2024年5月20日、"
            "6月18日两次书面催告，您在合理期限内仍未支付。",
            "依照合同第八条第2款“承租人拖欠租金累计满三个月的，出租人有权解除合同”及《中华人民共和国民法典》第七百二十二条的规定，"
            "我司通知您：本合同自本通知送达之日起解除。请您于2024年8月15日前搬离，并结清欠付租金及水电费；押金6,400元在扣除"
            "欠费后按合同约定退还。",
            "如有异议，可在收到本通知后与我司协商，或依法向人民法院提起诉讼。",
            ("@", "联系人：赵女士　电话：0571-86721530"),
        ],
        sign=["杭州安居住房租赁有限公司"], date="2024年7月20日",
        seal=dict(text="杭州安居住房租赁有限公司", center="star", kind="company", r=122, dy=-10))
    check_fit(p)
    img, H = photo_capture(p, rng, 1200, 1600, bg="gray", fill=0.86, tilt=3.5, persp=0.04)
    return result(img, "photo", "cancellation_notice", page_seals(p, H, *img.size), p.lines,
                  ["解除租赁合同通知书", "第七百二十二条", "安居住房租赁"],
                  "Photo of a rental company's lease-termination notice (cancellation_notice) after four months' unpaid rent "
                  "and two written reminders, citing the contract and Civil Code art. 722; company star seal.",
                  lawful=True, quality=82, make="HUAWEI", model="NOH-AN00", dt="2024:07:22 19:08:30")


# ---------------------------------------------------------------------------- 35 long news screenshot


def item35(rng):
    w, h = 1080, 2340
    sc = Screen(rng, w, h)
    sc.status_bar("21:14")
    sc.header("法治在线", right="dots")
    sc.d.line([0, sc.y, w, sc.y], fill=(225, 225, 225), width=2)
    y = sc.y + 30
    x0, width = 44, w - 88
    for ln in wrap("多地法院集中宣判一批非法催收案件", F("serif_bold", 52), width):
        sc.text_px(x0, y, ln, 52, font="serif_bold")
        y += 74
    sc.text_px(x0, y + 6, "法治在线　2024-08-15 09:30　阅读 3.2万", 26, fill=(140, 140, 145))
    y += 66
    paras = [
        "本报讯　近日，多地法院集中宣判了一批涉非法催收的刑事案件。法院审理查明，部分催收团伙在追讨网贷欠款时，采用"
        "“爆通讯录”、向借款人亲友群发辱骂信息、伪造律师函和法院传票等手段，对借款人进行恐吓。",
        "在其中一起案件中，被告人冒充“风控中心专员”和“诉前调解员”，声称借款人已被“列入网贷黑名单”，要求其“今天下午5点前”"
        "还款，并称可以“减免罚息”，诱导其向个人账户转账。",
        "法院认为，被告人以恐吓、跟踪、骚扰等手段催收高利放贷等产生的非法债务，情节严重，其行为已构成催收非法债务罪，"
        "依法判处有期徒刑等刑罚。",
        "法官提醒：借款应当依法偿还，但催收必须合法。真正的法院文书载有规范案号并加盖法院院印，可以拨打12368诉讼服务热线"
        "核实；所谓“网贷黑名单”并非官方名单。遭遇暴力催收或骚扰，请保留证据并及时报警。",
    ]
    fs = 31
    for t in paras:
        for ln in wrap("　　" + t, F("sans", fs), width):
            sc.text_px(x0, y, ln, fs)
            y += int(fs * 1.7)
        y += 18
    y += 10
    sc.d.rectangle([x0, y, x0 + 8, y + 40], fill=(200, 40, 40))
    sc.text_px(x0 + 24, y, "相关阅读", 32, font="sans_bold")
    y += 70
    for t in ["如何识别伪造的“限制消费令”", "收到律师函怎么办？律师这样说"]:
        sc.text_px(x0, y, t, 30, fill=(40, 90, 170))
        y += 62
    assert y < h - 140, y
    sc.d.rectangle([0, h - 120, w, h], fill=(247, 247, 247))
    rounded(sc.d, [30, h - 96, 640, h - 30], 33, fill=(235, 235, 237))
    sc.text_px(60, h - 63, "写评论...", 28, fill=(150, 150, 155), anchor="lm")
    sc.text_px(900, h - 63, "分享", 28, anchor="mm")
    return result(sc.img, "screenshot", "other", [], sc.lines, ["法治在线", "催收非法债务罪", "相关阅读"],
                  "Long news-app screenshot (type other) reporting convictions for illegal collection; it quotes the "
                  "collectors' tactics and threats in order to warn readers.",
                  lawful=True, fmt="png")


# ---------------------------------------------------------------------------- 36 forged photo: door notice (EXIF 6)


def item36(rng):
    p = doc_page(
        rng, font="sans", title="上门催收通知函", title_size=64, title_track=10, size=38, top=100, gap=0.6, blocks=[
            ("skip", 20),
            ("@", "致：宋志刚（身份证尾号5512）"),
            "你在我司受托平台的借款已逾期97天，经多次电话联系未果。",
            "我司外访组将于本周六上午上门，走访你户籍所在地村委会及你的工作单位，并当面告知你的家人。",
            "如不想让家人和同事知道此事，请立即联系外访专员：16523419087（微信同号）。",
        ],
        sign=["鼎丰资产管理有限公司　外访部"], date="2024年8月12日",
        seal=dict(text="鼎丰资产管理有限公司", center="star", kind="company", r=118, dx=40, dy=-10))
    check_fit(p)
    img, H = photo_capture(p, rng, 1200, 1600, bg="wall", fill=0.80, tilt=4.0, persp=0.05)
    return result(img, "photo", "other", page_seals(p, H, *img.size), p.lines, ["上门催收通知函", "工作单位", "16523419087"],
                  "Photo (EXIF Orientation 6) of a collection agency's notice taped to a door: a home and village visit, "
                  "telling family and employer, and a 165 virtual call-back number.",
                  lawful=False, expect=["visit.home", "contact.third_party", "contact.virtual_number"],
                  forbid=["seal.missing", "seal.issuer_mismatch", "sms.impersonation", "image.edited", "text.spaced",
                          "family.children", "doc.case_number_invalid", "penalty.inflated", "borrow.new_loan",
                          "asset.freeze", "promise.fee_waiver", "blacklist.online_loan"],
                  quality=72, orientation=6, make="Xiaomi", model="2211133C", dt="2024:08:13 07:41:09")


# ---------------------------------------------------------------------------- 37 chat with a photo of a real 限制消费令


def item37(rng):
    p = xianzhi_xiaofei(rng, "江苏省苏州市姑苏区人民法院", "（2024）苏0508执2716号",
                        "顾文斌，男，1985年8月9日出生，汉族，住江苏省苏州市姑苏区", "苏州吴信小额贷款有限公司",
                        "2024年4月2日", "二〇二四年五月十六日", font="ming")
    check_fit(p)
    photo, H = photo_capture(p, rng, 900, 1200, bg="wood", fill=0.9, tilt=2.0, persp=0.02, shadow=False)
    sc = chat_screen(rng, w=720, h=1560, title="姐姐", style="wechat", clock="21:40", font="sans", msgs=[
        ("time", "昨天 21:16"),
        ("R", "姐，今天收到法院寄来的这个，说要限制消费，我该怎么办"),
        ("Rimg", photo, H, p.seals),
        ("L", "先别慌。上面有案号和法院的章，应该是真的。明天打12368或者直接打执行法官电话问清楚欠多少。"),
        ("L", "能一次还清最好，还不上就去法院跟执行法官谈分期，履行完了可以申请解除限制。"),
        ("R", "好，我明天上午就去问。"),
    ])
    lines = sc.lines[:sc.photo_at] + p.lines + sc.lines[sc.photo_at:]
    return result(sc.img, "screenshot", "sms_message", sc.seals, lines, ["姐姐", "12368", "执行法官"],
                  "Chat-app thread (sms_message) in which a debtor forwards a photo of a genuine court consumption-restriction "
                  "order (emblem seal, valid 执 number) and a sibling calmly advises checking with the court.",
                  lawful=True, fmt="png")


# ---------------------------------------------------------------------------- 38 photo: newspaper page, two columns


def item38(rng):
    p = Page(rng, w=1240, h=1754, margin=70, bg=(240, 236, 226))
    p.skip(10)
    p.line("临江日报", 96, "serif_bold", "left", gap=0.15)
    p.line("2024年8月20日　星期二　第A06版　法治", 26, "serif", "right", y=p.y - 50)
    p.skip(6)
    p.rule(color=(30, 30, 30), thick=5)
    p.skip(4)
    p.rule(color=(30, 30, 30), thick=1)
    p.skip(28)
    p.line("冒充“法院”发“传票” 一催收团伙被判刑", 58, "serif_bold", "center", gap=0.4)
    p.line("法官提醒：收到法律文书可拨打12368核实", 34, "kai", "center", gap=1.0)
    col_w = (p.w - 2 * p.m - 40) // 2
    fs = 27
    text = ("本报讯（记者 周婷 通讯员 林法宣）一份盖着鲜红印章的“传票”、一张写着“限72小时内到庭”的通知……今年以来，市民张先生"
            "接连收到这类“法律文书”，吓得寝食难安。近日，临江市江北区人民法院审结一起非法催收案件，5名被告人分别被判处有期徒刑。"
            "|法院审理查明，2023年起，被告人王某等人受雇为多家网贷平台催收欠款。他们冒充“法院工作人员”“风控中心专员”，向借款人"
            "发送伪造的传票和限制消费令，称借款人“已被列入失信名单”“子女不能上学”，并多次打电话给借款人的亲友和单位。"
            "|法院认为，被告人的行为严重扰乱社会秩序，依法判处刑罚。承办法官介绍，真正的法院文书均有规范的案号并加盖法院院印，"
            "院印中间是国徽图案，而不是五角星。当事人可通过中国执行信息公开网或拨打12368查询核实。"
            "|法官同时提醒，欠款应当依法偿还。确有困难的，可以与出借机构协商，或者在诉讼、执行中向法院申请分期履行。")
    fnt = F("ming", fs)
    lines = []
    for para in text.split("|"):
        lines += wrap("　　" + para, fnt, col_w)
    y0 = p.y
    # photo placeholder at top of the right column
    ph_h = 330
    rx = p.m + col_w + 40
    p.d.rectangle([rx, y0, rx + col_w, y0 + ph_h], fill=(150, 150, 145))
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    blob = (nrng.random((ph_h // 10, col_w // 10)) * 60 + 110).astype(np.uint8)
    blob = cv2.resize(cv2.GaussianBlur(blob, (5, 5), 0), (col_w, ph_h))
    p.img.paste(Image.fromarray(blob).convert("RGB"), (rx, y0))
    cap_y = y0 + ph_h + 10
    p.d.text((rx, cap_y), "图为庭审现场。通讯员供图", font=F("kai", 24), fill=(60, 60, 60))
    lh = int(fs * 1.62)
    left_n = (p.h - 90 - y0) // lh
    right_y0 = cap_y + 50
    left, right = lines[:left_n], lines[left_n:]
    for k, ln in enumerate(left):
        p.d.text((p.m, y0 + k * lh), ln, font=fnt, fill=(25, 25, 25))
    p.lines += left
    p.lines.append("图为庭审现场。通讯员供图")
    for k, ln in enumerate(right):
        p.d.text((rx, right_y0 + k * lh), ln, font=fnt, fill=(25, 25, 25))
    p.lines += right
    assert right_y0 + len(right) * lh < p.h - 60
    p.d.line([p.m + col_w + 20, y0, p.m + col_w + 20, p.h - 80], fill=(120, 120, 120), width=1)
    img, H = photo_capture(p, rng, 1200, 1600, bg="desk", fill=0.9, tilt=5.0, persp=0.04)
    return result(img, "photo", "other", [], p.lines, ["临江日报", "12368", "催收"],
                  "Photo of a two-column newspaper page (type other) reporting a conviction for fake court papers; it "
                  "quotes the fake threats and explains how real court papers look.",
                  lawful=True, quality=80, make="Apple", model="iPhone 14 Pro", software="17.2", dt="2024:08:20 07:55:31")


# ---------------------------------------------------------------------------- 39 dark gallery: short-form judgment with seal (JPEG)


def item39(rng):
    p = doc_page(
        rng, font="serif", head="广东省深圳市宝安区人民法院", title="民事判决书", number="（2024）粤0306民初18842号", size=30,
        gap=0.55, blocks=[
            ("@", "原告：深圳前海微众小额贷款有限公司，住所地深圳市前海深港合作区。"),
            ("@", "被告：黄振宇，男，1993年1月14日出生，汉族，住广东省深圳市宝安区。"),
            "原告与被告小额借款合同纠纷一案，本院于2024年5月6日立案后，依法适用小额诉讼程序，公开开庭进行了审理。"
            "本案现已审理终结。",
            "本院认为，原告与被告之间的借款合同合法有效。被告未按约还款，应偿还借款本金并支付逾期利息。依照《中华人民共和国民法典》"
            "第六百七十四条、第六百七十六条的规定，判决如下：",
            "一、被告黄振宇于本判决生效之日起十日内偿还原告借款本金8,600元及逾期利息（以8,600元为基数，按合同约定利率"
            "自2024年1月20日起计算至实际清偿之日止）；",
            "二、驳回原告的其他诉讼请求。",
            "案件受理费减半收取计25元，由被告负担。",
            "本判决为终审判决。",
        ],
        sign=["审判员　陈思远"], date="二〇二四年六月十八日", after_date=["本件与原本核对无异", "书记员　郑晓雯"],
        seal=dict(text="广东省深圳市宝安区人民法院", r=120, dx=-30, **COURT))
    check_fit(p)
    photo, H = photo_capture(p, rng, 1200, 1600, bg="cloth", fill=0.9, tilt=2.0, persp=0.025)
    sc = gallery_screen(rng, photo, H, p.seals, w=720, h=1560, dark=True, date="2024年6月22日", time_="下午7:05",
                        angle=-3.0, box_frac=(0.78, 0.62), clock="19:06")
    lines = sc.lines[:2] + p.lines + sc.lines[2:]
    return result(sc.img, "screenshot", "other", sc.seals, lines, ["2024年6月22日", "分享", "删除"],
                  "Dark gallery-viewer screenshot (JPEG) of a photo of a genuine one-page small-claims judgment (民事判决书, "
                  "type other) with a valid case number and the court's emblem seal.",
                  lawful=True, fmt="jpg", quality=88)


# ---------------------------------------------------------------------------- 40 forged chat: borrow elsewhere + 'special channel'


def item40(rng):
    sc = chat_screen(rng, w=720, h=1560, title="小周（速易贷客服）", style="wechat", clock="14:41", font="zenhei", msgs=[
        ("time", "今天 14:30"),
        ("L", "宋先生，你这笔已经逾期二十多天了，我这边帮你想了个办法。"),
        ("L", "你先去其他平台借款把我们这笔还上，以贷养贷先把逾期消了，征信就不会再往上报。"),
        ("R", "我现在哪还借得到……"),
        ("L", "我可以给你推荐两个下款快的平台。另外我帮你申请了特殊关怀通道，今天只要还本金4,000元，利息和罚息全部减免。"),
        ("L", "名额有限，今天不办就没有了。"),
    ])
    return result(sc.img, "screenshot", "sms_message", [], sc.lines, ["速易贷", "以贷养贷", "特殊关怀"],
                  "Chat screenshot (JPEG) of a collector urging the debtor to borrow from other platforms to repay and "
                  "offering a 'special care channel' that waives all interest and penalties today.",
                  lawful=False, expect=["borrow.new_loan", "promise.fee_waiver"],
                  forbid=["seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid", "image.edited",
                          "sms.impersonation", "contact.virtual_number", "visit.home", "family.children", "text.spaced",
                          "asset.freeze", "blacklist.dishonest", "contact.third_party", "penalty.inflated"],
                  fmt="jpg", quality=85)


# ----------------------------------------------------------------------------------------------
# driver

ORDER = [  # (item function, lawful?) in file order dl5_01 .. dl5_40
    (item01, True), (item02, True), (item03, True), (item04, False), (item05, True), (item06, True), (item07, True),
    (item08, False), (item09, True), (item10, True), (item11, True), (item12, False), (item13, True), (item14, True),
    (item15, True), (item16, False), (item17, True), (item18, True), (item19, True), (item20, False), (item21, True),
    (item22, True), (item23, True), (item24, False), (item25, True), (item26, True), (item27, True), (item28, False),
    (item29, True), (item30, True), (item31, True), (item32, False), (item33, True), (item34, True), (item35, True),
    (item36, False), (item37, True), (item38, True), (item39, True), (item40, False),
]

SEED = 20240805


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--only", type=int, nargs="*", help="item numbers (1-40) to regenerate")
    args = ap.parse_args()
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    nl = nf = 0
    for k, (fn, lawful) in enumerate(ORDER, start=1):
        if lawful:
            nl += 1
            stem = f"dl5_{k:02d}_l{nl:02d}"
        else:
            nf += 1
            stem = f"dl5_{k:02d}_f{nf:02d}"
        if args.only and k not in args.only:
            continue
        rng = random.Random(SEED * 100 + k)
        r = fn(rng)
        assert r["lawful"] == lawful, stem
        ext = "png" if r["fmt"] == "png" else "jpg"
        name = f"{stem}.{ext}"
        for old in out.glob(stem + ".*"):
            if old.suffix in (".png", ".jpg") and old.name != name:
                old.unlink()
        save_image(r["img"], out / name, r["fmt"], quality=r["quality"], orientation=r["orientation"],
                   make=r["make"], model=r["model"], software=r["software"], dt=r["dt"])
        for t in r["contains"]:
            assert any(t in ln for ln in r["lines"]), (stem, t)
        side = {
            "doc_type": r["doc_type"],
            "kind": r["kind"],
            "expect": r["expect"],
            "forbid": r["forbid"],
            "seals": [s["box"] for s in r["seals"]],
            "seal_texts": [s["text"] for s in r["seals"]],
            "seal_centers": [s["center"] for s in r["seals"]],
            "seal_kinds": [s["kind"] for s in r["seals"]],
            "sender": r["sender"],
            "text_contains": r["contains"],
            "lawful": r["lawful"],
            "notes": r["notes"],
            "image": name,
            "size": list(r["img"].size),
            "source_text": r["lines"],
        }
        (out / f"{stem}.json").write_text(json.dumps(side, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{name:22s} {r['kind']:10s} {r['doc_type']:20s} seals={len(r['seals'])} "
              f"{'lawful' if lawful else 'forged ' + ','.join(r['expect'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
