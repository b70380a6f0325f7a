"""Rendering engine for the BLIND held-out set v5 (see README.md).

Written from scratch for this set: paper pages with text and red seals, phone
photos (perspective, light, blur, JPEG), flat scans, and phone screenshots.
Nothing here is shared with the inspector package or other bench generators.
"""
from __future__ import annotations

import math
import re

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT_FILES = {
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sans_b": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serif_b": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "zen": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "micro": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
}
_font_cache: dict = {}


def font(key: str, size: int) -> ImageFont.FreeTypeFont:
    size = int(round(size))
    k = (key, size)
    if k not in _font_cache:
        path, idx = FONT_FILES[key]
        _font_cache[k] = ImageFont.truetype(path, size, index=idx)
    return _font_cache[k]


NO_LINE_START = set("，。；：、）》”’！？%,.;:)")


def wrap(draw: ImageDraw.ImageDraw, text: str, f, width: float, first_indent: float = 0.0) -> list[str]:
    """Greedy line breaking; runs of Latin letters and digits are not split (as on phones and in print)."""
    tokens = re.findall(r"[0-9A-Za-z@._\-:,¥%/*+]+|.", text)
    lines, cur = [], ""
    avail = width - first_indent
    for tok in tokens:
        if draw.textlength(cur + tok, font=f) <= avail or not cur:
            cur += tok
            continue
        if tok in NO_LINE_START:  # keep closing punctuation on the line it closes
            cur += tok
            continue
        lines.append(cur)
        cur = tok
        avail = width
    if cur:
        lines.append(cur)
    return lines


# ----------------------------------------------------------------------------- seals

def _star(cx, cy, ro, rot=0.0, ri_ratio=0.382):
    pts = []
    for i in range(10):
        r = ro if i % 2 == 0 else ro * ri_ratio
        a = math.radians(-90 + 36 * i + rot)
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return pts


def _emblem(d: ImageDraw.ImageDraw, c: float, E: float):
    """A national-emblem-like figure: wheat ring, gate, five stars, cog."""
    # wheat ears: grains along two arcs
    for side in (-1, 1):
        thetas = np.linspace(115, 245, 12) if side < 0 else np.linspace(-65, 65, 12)
        for t in thetas:
            a = math.radians(t)
            x, y = c + E * 0.92 * math.cos(a), c + E * 0.92 * math.sin(a)
            # grain = small rotated ellipse approximated by polygon
            ang = a + math.pi / 2
            pts = []
            for k in range(12):
                u = 2 * math.pi * k / 12
                px, py = E * 0.11 * math.cos(u), E * 0.05 * math.sin(u)
                pts.append((x + px * math.cos(ang) - py * math.sin(ang), y + px * math.sin(ang) + py * math.cos(ang)))
            d.polygon(pts, fill=255)
        # stalk
        d.arc([c - E * 0.8, c - E * 0.8, c + E * 0.8, c + E * 0.8],
              start=(110 if side < 0 else -70), end=(250 if side < 0 else 70), fill=255, width=max(2, int(E * 0.04)))
    # gate: base, two roofs
    bw, bh = E * 0.95, E * 0.28
    top = c + E * 0.02
    d.rectangle([c - bw / 2, top, c + bw / 2, top + bh], fill=255)
    for k in range(5):
        dx = (k - 2) * bw * 0.19
        d.rectangle([c + dx - E * 0.035, top + bh * 0.35, c + dx + E * 0.035, top + bh], fill=0)
    d.polygon([(c - bw * 0.62, top), (c + bw * 0.62, top), (c + bw * 0.45, top - E * 0.13), (c - bw * 0.45, top - E * 0.13)], fill=255)
    d.rectangle([c - bw * 0.38, top - E * 0.25, c + bw * 0.38, top - E * 0.13], fill=255)
    d.polygon([(c - bw * 0.5, top - E * 0.25), (c + bw * 0.5, top - E * 0.25), (c + bw * 0.34, top - E * 0.36), (c - bw * 0.34, top - E * 0.36)], fill=255)
    # five stars above the gate
    sy = c - E * 0.62
    d.polygon(_star(c, sy, E * 0.17), fill=255)
    for ang in (200, 165, 15, -20):
        a = math.radians(ang)
        d.polygon(_star(c + E * 0.36 * math.cos(a), sy + E * 0.3 * math.sin(a) + E * 0.05, E * 0.07, rot=ang), fill=255)
    # cog and ribbon at the bottom
    gy = c + E * 0.55
    d.ellipse([c - E * 0.12, gy - E * 0.12, c + E * 0.12, gy + E * 0.12], fill=255)
    for k in range(10):
        a = 2 * math.pi * k / 10
        d.ellipse([c + E * 0.15 * math.cos(a) - E * 0.035, gy + E * 0.15 * math.sin(a) - E * 0.035,
                   c + E * 0.15 * math.cos(a) + E * 0.035, gy + E * 0.15 * math.sin(a) + E * 0.035], fill=255)
    d.ellipse([c - E * 0.05, gy - E * 0.05, c + E * 0.05, gy + E * 0.05], fill=0)
    d.line([(c - E * 0.55, gy + E * 0.05), (c - E * 0.2, gy + E * 0.12)], fill=255, width=max(2, int(E * 0.05)))
    d.line([(c + E * 0.55, gy + E * 0.05), (c + E * 0.2, gy + E * 0.12)], fill=255, width=max(2, int(E * 0.05)))


def seal_alpha(R: float, ring: str, center: str, bottom: str | None, rng: np.random.Generator,
               ring_font: str = "sans_b", strength: float = 0.9, rot: float = 0.0) -> np.ndarray:
    """Alpha mask (0..1) of a round seal of outer radius R, size (2R+pad)^2."""
    s = 3
    Rs = R * s
    pad = 4 * s
    D = int(2 * Rs + 2 * pad)
    img = Image.new("L", (D, D), 0)
    d = ImageDraw.Draw(img)
    c = D / 2
    w = max(3, int(Rs * rng.uniform(0.05, 0.07)))
    d.ellipse([c - Rs, c - Rs, c + Rs, c + Rs], outline=255, width=w)
    n = len(ring)
    span = float(np.clip(150 + 9 * n, 200, 292))
    if bottom:
        span = min(span, 250)
    rt0 = Rs * 0.74
    arc_char = rt0 * math.radians(span) / max(n, 1)
    fs = min(Rs * 0.27, arc_char * 1.12)
    rt = Rs - w - fs * 0.62
    f = font(ring_font, fs)
    angles = np.linspace(-90 - span / 2 + span / (2 * n), -90 + span / 2 - span / (2 * n), n)
    for ch, a in zip(ring, angles):
        gw = int(fs * 1.5)
        g = Image.new("L", (gw, gw), 0)
        gd = ImageDraw.Draw(g)
        bb = gd.textbbox((0, 0), ch, font=f)
        gd.text(((gw - (bb[2] - bb[0])) / 2 - bb[0], (gw - (bb[3] - bb[1])) / 2 - bb[1]), ch, font=f, fill=255)
        g = g.resize((int(gw * 0.82), gw), Image.LANCZOS)
        g = g.rotate(-(a + 90), resample=Image.BICUBIC, expand=True)
        ar = math.radians(a)
        x, y = c + rt * math.cos(ar), c + rt * math.sin(ar)
        img.paste(255, (int(x - g.width / 2), int(y - g.height / 2)), mask=g)
    if center == "star":
        cy = c - (Rs * 0.06 if bottom else 0)
        d.polygon(_star(c, cy, Rs * rng.uniform(0.27, 0.32)), fill=255)
    elif center == "emblem":
        _emblem(d, c, Rs * 0.4)
    if bottom:
        bf = font(ring_font, Rs * 0.15)
        bb = d.textbbox((0, 0), bottom, font=bf)
        d.text((c - (bb[2] - bb[0]) / 2 - bb[0], c + Rs * 0.36 - bb[1]), bottom, font=bf, fill=255)
    small = img.resize((D // s, D // s), Image.LANCZOS)
    a = np.asarray(small).astype(np.float32) / 255.0
    h, wd = a.shape
    # ink texture: uneven pressure, grain, speckle dropouts
    low = cv2.GaussianBlur(rng.random((h, wd)).astype(np.float32), (0, 0), max(3.0, R * 0.22))
    low = (low - low.min()) / (low.max() - low.min() + 1e-6)
    low = 0.62 + 0.38 * low
    grain = cv2.GaussianBlur(rng.random((h, wd)).astype(np.float32), (0, 0), 0.8)
    grain = 0.8 + 0.2 * (grain - grain.min()) / (grain.max() - grain.min() + 1e-6)
    a = a * low * grain
    drop = rng.random((h, wd)) < 0.05
    a[drop] *= 0.35
    a = cv2.GaussianBlur(a, (0, 0), 0.7)
    a = np.clip(a * strength * 1.08, 0, 1)
    if rot:
        M = cv2.getRotationMatrix2D((wd / 2, h / 2), rot, 1.0)
        a = cv2.warpAffine(a, M, (wd, h), flags=cv2.INTER_LINEAR, borderValue=0)
    return a


def stamp(page: np.ndarray, alpha: np.ndarray, cx: float, cy: float, color) -> None:
    """Multiply-blend a seal (alpha mask) onto an RGB float page, centred at (cx, cy)."""
    h, w = alpha.shape
    x0, y0 = int(round(cx - w / 2)), int(round(cy - h / 2))
    H, W = page.shape[:2]
    xa, ya = max(0, x0), max(0, y0)
    xb, yb = min(W, x0 + w), min(H, y0 + h)
    a = alpha[ya - y0:yb - y0, xa - x0:xb - x0][..., None]
    col = np.array(color, np.float32)[None, None, :] / 255.0
    page[ya:yb, xa:xb] = page[ya:yb, xa:xb] * (1 - a * (1 - col))


# ----------------------------------------------------------------------------- pages

INK = (28, 26, 30)
RED = (200, 24, 30)


class Page:
    """An A4 page at 150 dpi, laid out top to bottom."""

    def __init__(self, rng, fonts: dict, scale: float = 1.0, W: int = 1240, H: int = 1754,
                 margin: int = 150, top: int = 140, paper=(252, 251, 247)):
        self.rng = rng
        self.W, self.H = W, H
        self.margin, self.bottom = margin, H - 110
        self.img = Image.new("RGB", (W, H), paper)
        self.d = ImageDraw.Draw(self.img)
        self.y = top
        self.fonts = fonts
        self.sc = scale
        self.lines: list[str] = []
        self.seals: list[dict] = []
        self.pending_seals: list[dict] = []

    def f(self, role: str, size: float):
        return font(self.fonts.get(role, role), size * self.sc)

    def lh(self, size: float, k: float = 1.62) -> int:
        return int(size * self.sc * k)

    def gap(self, px: float):
        self.y += int(px * self.sc)

    def center(self, text, role="body", size=32, fill=INK, after=1.0):
        f = self.f(role, size)
        w = self.d.textlength(text, font=f)
        self.d.text(((self.W - w) / 2, self.y), text, font=f, fill=fill)
        self.lines.append(text)
        self.y += int(self.lh(size) * after)

    def spaced(self, chars, role="title", size=60, gap=0.9, fill=INK, after=1.2):
        """Characters drawn one by one with a gap of `gap` x char size between them."""
        f = self.f(role, size)
        ws = [self.d.textlength(ch, font=f) for ch in chars]
        g = gap * size * self.sc
        total = sum(ws) + g * (len(chars) - 1)
        x = (self.W - total) / 2
        for ch, w in zip(chars, ws):
            self.d.text((x, self.y), ch, font=f, fill=fill)
            x += w + g
        self.lines.append(" ".join(chars))
        self.y += int(self.lh(size) * after)

    def right(self, text, role="body", size=30, fill=INK, pad=0):
        f = self.f(role, size)
        w = self.d.textlength(text, font=f)
        self.d.text((self.W - self.margin - w - pad, self.y), text, font=f, fill=fill)
        self.lines.append(text)
        self.y += self.lh(size)

    def left(self, text, role="body", size=32, fill=INK, indent=0):
        f = self.f(role, size)
        for ln in wrap(self.d, text, f, self.W - 2 * self.margin - indent * size * self.sc):
            self.d.text((self.margin + indent * size * self.sc, self.y), ln, font=f, fill=fill)
            self.lines.append(ln)
            self.y += self.lh(size)

    def para(self, text, role="body", size=32, fill=INK, after=0.15):
        f = self.f(role, size)
        ind = 2 * size * self.sc
        lines = wrap(self.d, text, f, self.W - 2 * self.margin, first_indent=ind)
        for i, ln in enumerate(lines):
            x = self.margin + (ind if i == 0 else 0)
            self.d.text((x, self.y), ln, font=f, fill=fill)
            self.lines.append(ln)
            self.y += self.lh(size)
        self.y += int(self.lh(size) * after)

    def redhead(self, text, size=58, role="title", color=RED, double=True):
        f = self.f(role, size)
        w = self.d.textlength(text, font=f)
        if w > self.W - 2 * self.margin:
            f = font(self.fonts[role], size * self.sc * (self.W - 2 * self.margin) / w)
            w = self.d.textlength(text, font=f)
        self.d.text(((self.W - w) / 2, self.y), text, font=f, fill=color)
        self.lines.append(text)
        self.y += int(f.size * 1.5)

    def redline(self, color=RED, double=True, after=30):
        self.d.rectangle([self.margin - 20, self.y, self.W - self.margin + 20, self.y + 5], fill=color)
        if double:
            self.d.rectangle([self.margin - 20, self.y + 11, self.W - self.margin + 20, self.y + 12], fill=color)
        self.y += int(after * self.sc) + 12

    def logo(self, ch, x=None, r=46, color=RED, label=None, label_color=RED, label_size=40):
        """A filled red disc with a white character, optional company name to its right."""
        x = self.margin if x is None else x
        cy = self.y + r
        self.d.ellipse([x, cy - r, x + 2 * r, cy + r], fill=color)
        f = font("sans_b", r * 1.15)
        bb = self.d.textbbox((0, 0), ch, font=f)
        self.d.text((x + r - (bb[2] - bb[0]) / 2 - bb[0], cy - (bb[3] - bb[1]) / 2 - bb[1]), ch, font=f, fill=(255, 255, 255))
        if label:
            lf = self.f("title", label_size)
            bb = self.d.textbbox((0, 0), label, font=lf)
            self.d.text((x + 2 * r + 24, cy - (bb[3] - bb[1]) / 2 - bb[1]), label, font=lf, fill=label_color)
            self.lines.append(label)
        self.y = cy + r + int(20 * self.sc)

    def underline(self, color=RED, width=3, inset=0):
        self.d.rectangle([self.margin + inset, self.y - 8, self.W - self.margin - inset, self.y - 8 + width], fill=color)
        self.y += 10

    def table(self, rows, size=30, role="body", label_w=250, line=INK, text=INK, value_role=None, value_fill=None):
        f = self.f(role, size)
        vf = self.f(value_role or role, size)
        x0, x1 = self.margin, self.W - self.margin
        xm = x0 + int(label_w * self.sc)
        lh = self.lh(size, 1.45)
        y = self.y
        self.d.line([(x0, y), (x1, y)], fill=line, width=2)
        for lab, val in rows:
            vlines = wrap(self.d, val, vf, x1 - xm - 30)
            llines = wrap(self.d, lab, f, xm - x0 - 24)
            h = max(len(vlines), len(llines)) * lh + int(22 * self.sc)
            for i, ln in enumerate(llines):
                self.d.text((x0 + 14, y + 12 + i * lh), ln, font=f, fill=text)
            for i, ln in enumerate(vlines):
                self.d.text((xm + 16, y + 12 + i * lh), ln, font=vf, fill=value_fill or text)
            self.lines.append(" ".join(llines) + " " + " ".join(vlines))
            y += h
            self.d.line([(x0, y), (x1, y)], fill=line, width=2)
        self.d.line([(x0, self.y), (x0, y)], fill=line, width=2)
        self.d.line([(xm, self.y), (xm, y)], fill=line, width=2)
        self.d.line([(x1, self.y), (x1, y)], fill=line, width=2)
        self.y = y + int(26 * self.sc)

    def sign(self, lines, size=32, role="body", seal: dict | None = None, right_pad=40):
        f = self.f(role, size)
        ws = [self.d.textlength(t, font=f) for t in lines]
        bw = max(ws)
        x0 = self.W - self.margin - right_pad - bw
        y0 = self.y
        for t, w in zip(lines, ws):
            self.d.text((x0 + (bw - w) / 2, self.y), t, font=f, fill=INK)
            self.lines.append(t)
            self.y += self.lh(size)
        if seal:
            R = seal.get("R", 118)
            cx = x0 + bw / 2 + seal.get("dx", 0) + self.rng.uniform(-18, 18)
            cy = (y0 + self.y) / 2 - self.lh(size) * 0.2 + seal.get("dy", 0) + self.rng.uniform(-14, 14)
            cx = min(cx, self.W - R - 30)
            self.pending_seals.append(dict(seal, cx=cx, cy=cy, R=R))

    def overflow(self) -> bool:
        return self.y > self.bottom

    def finish(self) -> np.ndarray:
        arr = np.asarray(self.img).astype(np.float32)
        for s in self.pending_seals:
            strength = s.get("strength", self.rng.uniform(0.82, 0.95))
            rot = s.get("rot", self.rng.uniform(-22, 22))
            a = seal_alpha(s["R"], s["text"], s["center"], s.get("bottom"), self.rng,
                           ring_font=s.get("font", "sans_b"), strength=strength, rot=rot)
            color = s.get("color", (int(self.rng.uniform(192, 222)), int(self.rng.uniform(22, 48)), int(self.rng.uniform(30, 58))))
            stamp(arr, a, s["cx"], s["cy"], color)
            self.seals.append(s)
        return np.clip(arr, 0, 255)


# ----------------------------------------------------------------------------- photos and scans

def _background(rng, W, H, style):
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if style == "wood":
        base = np.array([rng.uniform(130, 170), rng.uniform(90, 115), rng.uniform(55, 75)], np.float32)
        warp = cv2.GaussianBlur(rng.random((H // 8, W // 8)).astype(np.float32), (0, 0), 6)
        warp = cv2.resize(warp, (W, H))
        stripes = np.sin(xx * rng.uniform(0.015, 0.03) + warp * 40) * 0.5 + 0.5
        fine = cv2.GaussianBlur(rng.random((H, W)).astype(np.float32), (0, 0), 1.2)
        m = 0.78 + 0.16 * stripes + 0.1 * fine
        img = base[None, None, :] * m[..., None]
    elif style == "dark":
        base = np.array([rng.uniform(40, 70)] * 3, np.float32) * np.array([1.0, 0.97, 0.93])
        fine = cv2.GaussianBlur(rng.random((H, W)).astype(np.float32), (0, 0), 1.0)
        img = base[None, None, :] * (0.85 + 0.3 * fine[..., None])
    elif style == "cloth":
        base = np.array([rng.uniform(70, 100), rng.uniform(90, 115), rng.uniform(120, 150)], np.float32)
        weave = (np.sin(xx * 0.9) * np.sin(yy * 0.9)) * 0.5 + 0.5
        fine = rng.random((H, W)).astype(np.float32)
        img = base[None, None, :] * (0.85 + 0.1 * weave[..., None] + 0.1 * fine[..., None])
    else:  # light laminate
        base = np.array([rng.uniform(190, 215), rng.uniform(188, 210), rng.uniform(180, 200)], np.float32)
        low = cv2.GaussianBlur(rng.random((H // 16, W // 16)).astype(np.float32), (0, 0), 4)
        low = cv2.resize(low, (W, H))
        fine = rng.random((H, W)).astype(np.float32)
        img = base[None, None, :] * (0.9 + 0.12 * low[..., None] + 0.04 * fine[..., None])
    return img


def _circle_pts(s, n=72):
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    return np.stack([s["cx"] + s["R"] * np.cos(t), s["cy"] + s["R"] * np.sin(t)], 1)


def _bbox(pts):
    x0, y0 = pts.min(0)
    x1, y1 = pts.max(0)
    return [int(round(x0)), int(round(y0)), int(round(x1 - x0)), int(round(y1 - y0))]


def photo(page: np.ndarray, seals: list[dict], rng, landscape=False, bg="wood"):
    """Phone photo of a page lying on a surface. Returns (uint8 RGB image, seal boxes)."""
    FW, FH = (1600, 1200) if landscape else (1200, 1600)
    k = 1.5
    W, H = int(FW * k), int(FH * k)
    ph, pw = page.shape[:2]
    canvas = _background(rng, W, H, bg)
    fill = rng.uniform(0.83, 0.93) if not landscape else rng.uniform(0.9, 0.96)
    sc = H * fill / ph
    tw, th = pw * sc, ph * sc
    ang = math.radians(rng.uniform(-6.5, 6.5))
    cx = W / 2 + rng.uniform(-0.04, 0.04) * W
    cy = H / 2 + rng.uniform(-0.02, 0.02) * H
    tilt = rng.uniform(0.0, 0.07)  # far edge narrower
    side = rng.choice([0, 1, 2])  # 0 top far, 1 left far, 2 right far
    corners = np.array([[-tw / 2, -th / 2], [tw / 2, -th / 2], [tw / 2, th / 2], [-tw / 2, th / 2]], np.float32)
    if side == 0:
        corners[0, 0] += tw * tilt; corners[1, 0] -= tw * tilt
    elif side == 1:
        corners[0, 1] += th * tilt * 0.6; corners[3, 1] -= th * tilt * 0.6
    else:
        corners[1, 1] += th * tilt * 0.6; corners[2, 1] -= th * tilt * 0.6
    corners += rng.uniform(-0.015, 0.015, corners.shape).astype(np.float32) * np.array([tw, th], np.float32)
    R = np.array([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]], np.float32)
    dst = corners @ R.T + np.array([cx, cy], np.float32)
    # keep the page inside the frame
    mn, mx = dst.min(0), dst.max(0)
    shift = np.array([max(0, 12 - mn[0]) - max(0, mx[0] - (W - 12)), max(0, 12 - mn[1]) - max(0, mx[1] - (H - 12))], np.float32)
    dst += shift
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    Hm = cv2.getPerspectiveTransform(src, dst)
    # drop shadow of the paper
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), Hm, (W, H))
    sh = cv2.GaussianBlur(np.roll(np.roll(mask, 10, 0), 7, 1), (0, 0), 14)
    canvas *= (1 - 0.45 * sh)[..., None]
    warped = cv2.warpPerspective(page, Hm, (W, H), flags=cv2.INTER_LINEAR)
    canvas = canvas * (1 - mask[..., None]) + warped * mask[..., None]
    # light: gradient + vignette + a soft shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    t = rng.uniform(0, 2 * np.pi)
    g = ((xx / W - 0.5) * math.cos(t) + (yy / H - 0.5) * math.sin(t))
    light = 1.0 + rng.uniform(0.12, 0.3) * g - 0.0
    vig = 1 - rng.uniform(0.1, 0.25) * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2)
    light *= vig
    if rng.random() < 0.75:
        sm = np.zeros((H, W), np.float32)
        e = rng.integers(0, 4)
        p = rng.uniform(0.15, 0.35)
        pts = {0: [(0, 0), (W * p, 0), (W * p * 0.4, H), (0, H)],
               1: [(W, 0), (W * (1 - p), 0), (W * (1 - p * 0.5), H), (W, H)],
               2: [(0, H), (W, H), (W, H * (1 - p)), (0, H * (1 - p * 0.4))],
               3: [(0, 0), (W * 0.6, 0), (0, H * p * 1.5)]}[int(e)]
        cv2.fillPoly(sm, [np.array(pts, np.int32)], 1.0)
        sm = cv2.GaussianBlur(sm, (0, 0), rng.uniform(35, 70))
        light *= 1 - rng.uniform(0.22, 0.4) * sm
    canvas *= light[..., None]
    temp = rng.choice(["warm", "cool", "neutral"])
    cast = {"warm": (1.04, 1.0, 0.9), "cool": (0.94, 0.99, 1.05), "neutral": (1.0, 1.0, 0.98)}[temp]
    canvas *= np.array(cast, np.float32)[None, None, :]
    canvas = cv2.GaussianBlur(canvas, (0, 0), rng.uniform(0.7, 1.4))
    img = cv2.resize(canvas, (FW, FH), interpolation=cv2.INTER_AREA)
    img = img + rng.normal(0, rng.uniform(2.0, 4.5), img.shape).astype(np.float32)
    img = np.clip(img, 0, 255).astype(np.uint8)
    boxes = []
    for s in seals:
        pts = _circle_pts(s).astype(np.float32)[None]
        q = cv2.perspectiveTransform(pts, Hm)[0] / k
        boxes.append(_bbox(q))
    return img, boxes


def scan(page: np.ndarray, seals: list[dict], rng, long_side=1600, edge=False):
    ph, pw = page.shape[:2]
    ang = rng.uniform(-0.9, 0.9)
    M = cv2.getRotationMatrix2D((pw / 2, ph / 2), ang, 1.0)
    bgv = float(rng.uniform(238, 250))
    rot = cv2.warpAffine(page, M, (pw, ph), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(bgv, bgv, bgv))
    tint = np.array([1.0, rng.uniform(0.985, 1.0), rng.uniform(0.95, 0.99)], np.float32)
    rot = rot * tint[None, None, :]
    if edge:
        w = int(rng.uniform(10, 22))
        rot[:, :w] *= np.linspace(0.35, 0.95, w, dtype=np.float32)[None, :, None]
    rot = cv2.GaussianBlur(rot, (0, 0), rng.uniform(0.4, 0.8))
    s = long_side / max(pw, ph)
    FW, FH = int(round(pw * s)), int(round(ph * s))
    img = cv2.resize(rot, (FW, FH), interpolation=cv2.INTER_AREA)
    img = img + rng.normal(0, rng.uniform(1.2, 2.5), img.shape).astype(np.float32)
    img = np.clip(img, 0, 255).astype(np.uint8)
    boxes = []
    for sd in seals:
        pts = _circle_pts(sd)
        q = (pts @ M[:, :2].T + M[:, 2]) * s
        boxes.append(_bbox(q))
    return img, boxes


# ----------------------------------------------------------------------------- phone screens

class Screen:
    def __init__(self, W=720, H=1560, dark=False, bg=None):
        self.W, self.H, self.dark = W, H, dark
        self.bg = bg or ((0, 0, 0) if dark else (255, 255, 255))
        self.img = Image.new("RGB", (W, H), self.bg)
        self.d = ImageDraw.Draw(self.img)
        self.fg = (242, 242, 242) if dark else (20, 20, 20)
        self.grey = (142, 142, 147)
        self.lines: list[str] = []
        self.y = 0

    def status(self, time="10:24", fg=None, bg=None):
        fg = fg or self.fg
        if bg:
            self.d.rectangle([0, 0, self.W, 52], fill=bg)
        f = font("sans_b", 24)
        self.d.text((34, 12), time, font=f, fill=fg)
        x = self.W - 40
        self.d.rounded_rectangle([x - 40, 18, x, 36], radius=4, outline=fg, width=2)
        self.d.rectangle([x - 37, 21, x - 12, 33], fill=fg)
        for i in range(4):
            self.d.rectangle([x - 100 + i * 9, 34 - (i + 1) * 4, x - 94 + i * 9, 35], fill=fg)
        self.d.pieslice([x - 150, 14, x - 118, 46], 225, 315, fill=fg)
        self.y = 56

    def text(self, x, y, t, f, fill, record=True):
        self.d.text((x, y), t, font=f, fill=fill)
        if record:
            self.lines.append(t)

    def ctext(self, y, t, f, fill, record=True):
        w = self.d.textlength(t, font=f)
        self.text((self.W - w) / 2, y, t, f, fill, record)

    def bubble(self, text, side="in", fkey="sans", size=28, bcol=None, tcol=None, maxw=0.72, avatar=None, radius=26, x_in=28):
        f = font(fkey, size)
        lines = []
        for para in text.split("\n"):
            lines += wrap(self.d, para, f, self.W * maxw - 2 * 24)
        lh = int(size * 1.45)
        tw = max(self.d.textlength(ln, font=f) for ln in lines)
        bw, bh = tw + 2 * 24, len(lines) * lh + 2 * 18
        ax = 0
        if avatar:
            ax = 84
        if side == "in":
            x0 = x_in + ax
        else:
            x0 = self.W - x_in - ax - bw
        if avatar:
            axx = x_in if side == "in" else self.W - x_in - 70
            self.d.rounded_rectangle([axx, self.y, axx + 70, self.y + 70], radius=8, fill=avatar)
        if bcol is None:
            bcol = (38, 38, 40) if self.dark else (233, 233, 235)
        if tcol is None:
            tcol = self.fg
        self.d.rounded_rectangle([x0, self.y, x0 + bw, self.y + bh], radius=radius, fill=bcol)
        for i, ln in enumerate(lines):
            self.text(x0 + 24, self.y + 18 + i * lh, ln, f, tcol)
        self.y += bh + 26

    def save_png(self, path):
        self.img.save(path, optimize=True)
