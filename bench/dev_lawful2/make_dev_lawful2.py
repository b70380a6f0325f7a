#!/usr/bin/env python3
"""Generate bench/dev_lawful2: a labelled development set, mostly lawful papers.

Written from scratch, independently of the inspector's rules. Deterministic: every random
choice comes from a seeded numpy Generator per image. Run:

    python bench/dev_lawful2/make_dev_lawful2.py

Writes dl2_NN_lNN.(jpg|png) (lawful) and dl2_NN_fNN.(jpg|png) (forged) plus one .json sidecar
per image into this folder.
"""
from __future__ import annotations

import io
import json
import math
import os
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 20240917

# ---------------------------------------------------------------- fonts
FONT_FILES = {
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sans_b": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serif_b": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
}
_font_cache: dict = {}


def F(name: str, size: int) -> ImageFont.FreeTypeFont:
    key = (name, size)
    if key not in _font_cache:
        path, idx = FONT_FILES[name]
        _font_cache[key] = ImageFont.truetype(path, size, index=idx)
    return _font_cache[key]


BLACK = (25, 25, 28)
RED = (205, 28, 36)
SEAL_RED = (214, 36, 48)


# ---------------------------------------------------------------- page model
@dataclass
class SealSpec:
    cx: float
    cy: float
    r: float
    ring: str
    center: str  # star / emblem / none
    kind: str  # court / company / law_firm / state_body
    bottom: str = ""
    inner_ring: bool = False

    @property
    def label_text(self) -> str:
        return self.ring + self.bottom


class Page:
    def __init__(self, w: int, h: int, paper=(252, 251, 247)):
        self.w, self.h = w, h
        self.img = Image.new("RGB", (w, h), paper)
        self.d = ImageDraw.Draw(self.img)
        self.lines: list[str] = []
        self.seals: list[SealSpec] = []
        self.overlays: list = []  # (callable) drawn in red multiply layer, not seals

    # text ------------------------------------------------------------
    def text(self, x, y, s, font="serif", size=24, fill=BLACK, record=True):
        f = F(font, size)
        self.d.text((x, y), s, font=f, fill=fill)
        if record and s.strip():
            self.lines.append(s)
        return y + int(size * 1.55)

    def center(self, y, s, font="serif", size=24, fill=BLACK, record=True, cx=None):
        f = F(font, size)
        w = f.getlength(s)
        cx = self.w / 2 if cx is None else cx
        self.d.text((cx - w / 2, y), s, font=f, fill=fill)
        if record and s.strip():
            self.lines.append(s)
        return y + int(size * 1.55)

    def right(self, x_right, y, s, font="serif", size=24, fill=BLACK):
        f = F(font, size)
        self.d.text((x_right - f.getlength(s), y), s, font=f, fill=fill)
        self.lines.append(s)
        return y + int(size * 1.55)

    def para(self, x, y, width, s, font="serif", size=24, gap=1.6, indent=True, fill=BLACK):
        f = F(font, size)
        s = ("\u3000\u3000" if indent else "") + s
        line = ""
        for ch in s:
            if f.getlength(line + ch) > width and line:
                # keep closing punctuation on the line
                if ch in "，。、；：）」』”！？":
                    line += ch
                    ch = ""
                self.d.text((x, y), line, font=f, fill=fill)
                self.lines.append(line)
                y += int(size * gap)
                line = ch
            else:
                line += ch
        if line:
            self.d.text((x, y), line, font=f, fill=fill)
            self.lines.append(line)
            y += int(size * gap)
        return y

    def hline(self, y, x0=None, x1=None, color=BLACK, width=2):
        x0 = 80 if x0 is None else x0
        x1 = self.w - 80 if x1 is None else x1
        self.d.line([(x0, y), (x1, y)], fill=color, width=width)

    def rect(self, box, color=BLACK, width=2, fill=None):
        self.d.rectangle(box, outline=color, width=width, fill=fill)

    def seal(self, cx, cy, r, ring, center, kind, bottom="", inner_ring=False):
        self.seals.append(SealSpec(cx, cy, r, ring, center, kind, bottom, inner_ring))

    def table(self, x, y, col_w, rows, font="sans", size=22, color=BLACK, row_h=None, width=2,
              header_fill=None):
        row_h = row_h or int(size * 2.0)
        f = F(font, size)
        tw = sum(col_w)
        for i, row in enumerate(rows):
            yy = y + i * row_h
            if i == 0 and header_fill:
                self.d.rectangle([x, yy, x + tw, yy + row_h], fill=header_fill)
            xx = x
            for cw, cell in zip(col_w, row):
                self.d.text((xx + 10, yy + (row_h - size) / 2 - size * 0.12), cell, font=f, fill=BLACK)
                xx += cw
            self.lines.append("".join(c for c in row if c))
        for i in range(len(rows) + 1):
            self.d.line([(x, y + i * row_h), (x + tw, y + i * row_h)], fill=color, width=width)
        xx = x
        for cw in [0] + col_w:
            xx += cw
            self.d.line([(xx, y), (xx, y + len(rows) * row_h)], fill=color, width=width)
        return y + len(rows) * row_h

    # render ------------------------------------------------------------
    def render(self, rng) -> Image.Image:
        base = np.asarray(self.img).astype(np.float32) / 255.0
        for s in self.seals:
            layer = draw_seal(s, rng)  # float alpha HxW for the seal's square
            size = layer.shape[0]
            x0 = int(round(s.cx - size / 2))
            y0 = int(round(s.cy - size / 2))
            col = np.array(SEAL_RED, np.float32) / 255.0
            col = np.clip(col + rng.normal(0, 0.03, 3), 0, 1)
            ys, xs = max(0, y0), max(0, x0)
            ye, xe = min(self.h, y0 + size), min(self.w, x0 + size)
            a = layer[ys - y0:ye - y0, xs - x0:xe - x0][..., None]
            region = base[ys:ye, xs:xe]
            base[ys:ye, xs:xe] = region * (1 - a * (1 - col))
        return Image.fromarray(np.clip(base * 255, 0, 255).astype(np.uint8))


def star_points(cx, cy, r_out, r_in=None, rot=-90):
    r_in = r_out * 0.382 if r_in is None else r_in
    pts = []
    for i in range(10):
        rr = r_out if i % 2 == 0 else r_in
        a = math.radians(rot + i * 36)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def draw_seal(s: SealSpec, rng) -> np.ndarray:
    """Return an alpha mask (float 0..1) of a round red seal, square side ~2r+pad."""
    ss = 3  # supersample
    R = s.r * ss
    pad = int(8 * ss)
    size = int(2 * R + 2 * pad)
    im = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(im)
    c = size / 2
    ring_w = max(3, int(R * 0.065))
    d.ellipse([c - R, c - R, c + R, c + R], outline=255, width=ring_w)
    if s.inner_ring:
        ri = R * 0.90
        d.ellipse([c - ri, c - ri, c + ri, c + ri], outline=255, width=max(1, ring_w // 3))
    # ring text
    n = len(s.ring)
    span = min(250.0, 22.0 * n + 40)
    fsize = int(R * (0.30 if n <= 10 else 0.26 if n <= 14 else 0.22))
    font = F("sans_b" if s.kind != "court" else "serif_b", fsize)
    rt = R - ring_w - fsize * 0.62
    for i, ch in enumerate(s.ring):
        th = -span / 2 + (span * i / (n - 1) if n > 1 else 0)
        chim = Image.new("L", (int(fsize * 1.6), int(fsize * 1.6)), 0)
        cd = ImageDraw.Draw(chim)
        cw = font.getlength(ch)
        cd.text(((chim.width - cw) / 2, (chim.height - fsize) / 2 - fsize * 0.12), ch, font=font, fill=255)
        chim = chim.rotate(-th, resample=Image.BICUBIC)
        x = c + rt * math.sin(math.radians(th)) - chim.width / 2
        y = c - rt * math.cos(math.radians(th)) - chim.height / 2
        im.paste(255, (int(x), int(y)), chim)
    # centre
    if s.center == "star":
        d.polygon(star_points(c, c, R * 0.30), fill=255)
    elif s.center == "emblem":
        draw_emblem(d, c, c, R * 0.40)
    if s.bottom:
        bf = F("sans_b", int(R * 0.15))
        bw = bf.getlength(s.bottom)
        d.text((c - bw / 2, c + R * 0.45), s.bottom, font=bf, fill=255)
    im = im.resize((size // ss, size // ss), Image.LANCZOS)
    a = np.asarray(im).astype(np.float32) / 255.0
    # ink texture: uneven pressure + speckle dropout
    h = a.shape[0]
    yy, xx = np.mgrid[0:h, 0:h] / h
    ang = rng.uniform(0, 2 * math.pi)
    press = 0.78 + 0.22 * np.cos(ang) * (xx - 0.5) * 2 + 0.12 * np.sin(ang) * (yy - 0.5) * 2
    noise = cv2.GaussianBlur(rng.random((h, h)).astype(np.float32), (0, 0), 1.2)
    drop = (noise > rng.uniform(0.62, 0.70)).astype(np.float32) * 0.55
    a = a * np.clip(press - drop, 0.15, 1.0) * rng.uniform(0.82, 0.95)
    a = cv2.GaussianBlur(a, (0, 0), 0.6)
    return a


def draw_emblem(d, cx, cy, r):
    """A simplified national-emblem-like centre: wheat ring, five stars, gate, cog."""
    # wheat ears: two arcs of small ellipses
    for side in (-1, 1):
        for k in range(9):
            a = math.radians(100 + k * 17)
            x = cx + side * r * 0.92 * math.sin(a)
            y = cy - r * 0.92 * math.cos(a)
            e = r * 0.10
            d.ellipse([x - e, y - e * 1.5, x + e, y + e * 1.5], fill=255)
    # stars
    d.polygon(star_points(cx, cy - r * 0.48, r * 0.22), fill=255)
    for k, ang in enumerate((-60, -25, 25, 60)):
        a = math.radians(ang)
        x = cx + r * 0.50 * math.sin(a)
        y = cy - r * 0.48 + r * 0.35 * (1 - math.cos(a)) - r * 0.02
        d.polygon(star_points(x, y, r * 0.08, rot=-90 + ang), fill=255)
    # gate (Tiananmen-like)
    d.rectangle([cx - r * 0.42, cy - r * 0.02, cx + r * 0.42, cy + r * 0.06], fill=255)
    d.polygon([(cx - r * 0.50, cy - r * 0.02), (cx + r * 0.50, cy - r * 0.02), (cx + r * 0.36, cy - r * 0.14),
               (cx - r * 0.36, cy - r * 0.14)], fill=255)
    d.rectangle([cx - r * 0.40, cy + r * 0.10, cx + r * 0.40, cy + r * 0.34], fill=255)
    for k in range(-2, 3):
        x = cx + k * r * 0.15
        d.rectangle([x - r * 0.035, cy + r * 0.18, x + r * 0.035, cy + r * 0.34], fill=0)
    d.rectangle([cx - r * 0.50, cy + r * 0.36, cx + r * 0.50, cy + r * 0.42], fill=255)
    # cog at bottom
    d.ellipse([cx - r * 0.16, cy + r * 0.52, cx + r * 0.16, cy + r * 0.84], fill=255)
    d.ellipse([cx - r * 0.06, cy + r * 0.62, cx + r * 0.06, cy + r * 0.74], fill=0)
    # ribbon
    d.line([(cx - r * 0.75, cy + r * 0.62), (cx - r * 0.2, cy + r * 0.70)], fill=255, width=max(2, int(r * 0.07)))
    d.line([(cx + r * 0.75, cy + r * 0.62), (cx + r * 0.2, cy + r * 0.70)], fill=255, width=max(2, int(r * 0.07)))


# ---------------------------------------------------------------- red non-seal marks
def paid_stamp(page: Page, cx, cy, text="已付款", sub="PAID", angle=-12):
    """A rectangular red 'paid' stamp (NOT a seal)."""
    w, h = 250, 120
    im = Image.new("L", (w + 40, h + 40), 0)
    d = ImageDraw.Draw(im)
    d.rectangle([20, 20, 20 + w, 20 + h], outline=255, width=6)
    d.rectangle([30, 30, 10 + w, 10 + h], outline=255, width=2)
    f = F("sans_b", 46)
    tw = f.getlength(text)
    d.text((20 + (w - tw) / 2, 30), text, font=f, fill=255)
    f2 = F("sans_b", 30)
    tw2 = f2.getlength(sub)
    d.text((20 + (w - tw2) / 2, 92), sub, font=f2, fill=255)
    im = im.rotate(angle, expand=True, resample=Image.BICUBIC)
    _red_paste(page, im, cx, cy, strength=0.85)


def red_logo(page: Page, cx, cy, r, letters="HT"):
    """A round red company logo: filled disc with white motif (NOT a seal)."""
    s = int(2 * r + 8)
    im = Image.new("L", (s, s), 0)
    d = ImageDraw.Draw(im)
    c = s / 2
    d.ellipse([c - r, c - r, c + r, c + r], fill=255)
    # white wave + letters
    d.arc([c - r * 0.8, c - r * 0.2, c + r * 0.8, c + r * 1.1], 200, 340, fill=0, width=max(2, int(r * 0.12)))
    f = F("sans_b", int(r * 0.75))
    tw = f.getlength(letters)
    d.text((c - tw / 2, c - r * 0.72), letters, font=f, fill=0)
    _red_paste(page, im, cx, cy, strength=1.0)


def _red_paste(page: Page, mask_im, cx, cy, strength=1.0):
    a = np.asarray(mask_im).astype(np.float32) / 255.0 * strength
    base = np.asarray(page.img).astype(np.float32) / 255.0
    h, w = a.shape
    x0, y0 = int(cx - w / 2), int(cy - h / 2)
    col = np.array(RED, np.float32) / 255.0
    reg = base[y0:y0 + h, x0:x0 + w]
    aa = a[:reg.shape[0], :reg.shape[1], None]
    base[y0:y0 + h, x0:x0 + w] = reg * (1 - aa * (1 - col))
    page.img = Image.fromarray(np.clip(base * 255, 0, 255).astype(np.uint8))
    page.d = ImageDraw.Draw(page.img)


# ---------------------------------------------------------------- capture: photo / scan
def circle_pts(s: SealSpec, pad=3):
    rr = s.r + pad
    t = np.linspace(0, 2 * np.pi, 90, endpoint=False)
    return np.stack([s.cx + rr * np.cos(t), s.cy + rr * np.sin(t)], 1).astype(np.float32)


def map_box(H, pts, W, Hh):
    p = cv2.perspectiveTransform(pts[None], H)[0]
    x0, y0 = np.clip(p.min(0), 0, [W - 1, Hh - 1])
    x1, y1 = np.clip(p.max(0), 0, [W - 1, Hh - 1])
    return [int(round(x0)), int(round(y0)), int(round(x1 - x0)), int(round(y1 - y0))]


def make_background(rng, W, H, style):
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if style == "wood":
        base = np.array(rng.choice([[150, 105, 70], [118, 80, 52], [176, 134, 92]]), np.float32)
        freq = rng.uniform(0.03, 0.06)
        warp = cv2.GaussianBlur(rng.normal(0, 1, (H, W)).astype(np.float32), (0, 0), 25) * 60
        grain = np.sin((xx + warp + 0.15 * yy) * freq) * 0.5 + 0.5
        fine = cv2.GaussianBlur(rng.normal(0, 1, (H, W)).astype(np.float32), (0, 0), 1.5)
        v = 0.82 + 0.14 * grain + 0.05 * fine
        img = base[None, None, :] * v[..., None]
    elif style == "fabric":
        base = np.array(rng.choice([[70, 90, 120], [110, 60, 60], [80, 110, 85]]), np.float32)
        weave = (np.sin(xx * 1.3) * np.sin(yy * 1.3)) * 0.06
        v = 0.9 + weave + cv2.GaussianBlur(rng.normal(0, 1, (H, W)).astype(np.float32), (0, 0), 3) * 0.05
        img = base[None, None, :] * v[..., None]
    elif style == "stone":
        base = np.array(rng.choice([[200, 200, 196], [170, 172, 175], [222, 214, 200]]), np.float32)
        spots = cv2.GaussianBlur(rng.normal(0, 1, (H, W)).astype(np.float32), (0, 0), 6)
        spk = (rng.random((H, W)) > 0.985).astype(np.float32) * -0.15
        v = 0.93 + spots * 0.10 + spk
        img = base[None, None, :] * v[..., None]
    else:  # dark desk / laminate
        base = np.array(rng.choice([[48, 50, 55], [35, 38, 36], [90, 88, 84]]), np.float32)
        v = 0.95 + cv2.GaussianBlur(rng.normal(0, 1, (H, W)).astype(np.float32), (0, 0), 10) * 0.08
        img = base[None, None, :] * v[..., None]
    return np.clip(img, 0, 255)


def photo_capture(page_img: Image.Image, seals, rng, out=(1080, 1440), bg="wood"):
    W, H = out
    src = np.asarray(page_img).astype(np.float32)
    ph, pw = src.shape[:2]
    # target quad: sheet fills ~75-90% of the frame, with perspective
    scale = min(W / pw, H / ph) * rng.uniform(0.78, 0.88)
    cw, ch = pw * scale, ph * scale
    cx, cy = W / 2 + rng.uniform(-30, 30), H / 2 + rng.uniform(-30, 30)
    ang = math.radians(rng.uniform(-6, 6))
    corners = np.array([[-cw / 2, -ch / 2], [cw / 2, -ch / 2], [cw / 2, ch / 2], [-cw / 2, ch / 2]])
    rot = np.array([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]])
    q = corners @ rot.T + [cx, cy]
    # keystone: top edge narrower or one side shorter
    k = rng.uniform(0.02, 0.07) * cw
    mode = rng.integers(0, 3)
    if mode == 0:
        q[0, 0] += k; q[1, 0] -= k
    elif mode == 1:
        q[1, 1] += k * 0.7; q[2, 1] -= k * 0.7
    else:
        q[0, 1] += k * 0.7; q[3, 1] -= k * 0.7
    q += rng.normal(0, 6, q.shape)
    Hm = cv2.getPerspectiveTransform(np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]]), np.float32(q))
    bgimg = make_background(rng, W, H, bg)
    warped = cv2.warpPerspective(src, Hm, (W, H), flags=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), Hm, (W, H))
    # soft drop shadow
    sh = cv2.GaussianBlur(cv2.warpAffine(mask, np.float32([[1, 0, 8], [0, 1, 12]]), (W, H)), (0, 0), 9)
    bgimg = bgimg * (1 - 0.45 * sh[..., None])
    comp = warped * mask[..., None] + bgimg * (1 - mask[..., None])
    # lighting: broad gradient + a soft shadow band across the sheet
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ga = rng.uniform(0, 2 * math.pi)
    grad = ((xx / W - 0.5) * math.cos(ga) + (yy / H - 0.5) * math.sin(ga))
    light = 1.0 - rng.uniform(0.10, 0.22) * (grad + 0.5)
    ba = rng.uniform(0, math.pi)
    d = (xx - W * rng.uniform(0.3, 0.7)) * math.cos(ba) + (yy - H * rng.uniform(0.3, 0.7)) * math.sin(ba)
    bw = rng.uniform(90, 220)
    band = 1.0 / (1.0 + np.exp(-(d + bw / 2) / 18)) * (1.0 / (1.0 + np.exp((d - bw / 2) / 18)))
    light = light * (1 - rng.uniform(0.18, 0.32) * band)
    comp = comp * light[..., None]
    # colour cast
    cast = np.array(rng.choice([[1.04, 1.0, 0.90], [0.95, 1.0, 1.06], [1.02, 1.02, 0.94], [1.0, 0.98, 0.96]]))
    comp = comp * cast[None, None, :]
    comp = cv2.GaussianBlur(comp, (0, 0), rng.uniform(0.6, 1.1))
    comp = comp + rng.normal(0, 3.0, comp.shape)
    img = Image.fromarray(np.clip(comp, 0, 255).astype(np.uint8))
    boxes = [map_box(Hm, circle_pts(s), W, H) for s in seals]
    return img, boxes


def scan_capture(page_img: Image.Image, seals, rng):
    src = np.asarray(page_img).astype(np.float32)
    ph, pw = src.shape[:2]
    ang = rng.uniform(-1.6, 1.6)
    sc = rng.uniform(0.965, 0.985)
    M = cv2.getRotationMatrix2D((pw / 2, ph / 2), ang, sc)
    M[:, 2] += rng.uniform(-8, 8, 2)
    Hm = np.vstack([M, [0, 0, 1]]).astype(np.float64)
    bed = rng.uniform(205, 230)
    out = cv2.warpAffine(src, M, (pw, ph), flags=cv2.INTER_LINEAR, borderValue=(bed, bed, bed))
    tint = np.array(rng.choice([[1.0, 0.985, 0.94], [0.97, 0.98, 1.0], [1.0, 1.0, 0.97], [0.99, 0.97, 0.93]]))
    out = out * tint[None, None, :]
    # slight uneven exposure along the scan direction
    yy = np.linspace(0, 1, ph)[:, None, None]
    out = out * (1 - 0.04 * yy)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.35, 0.6))
    out = out + rng.normal(0, rng.uniform(2.0, 4.0), out.shape)
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    boxes = [map_box(Hm, circle_pts(s), pw, ph) for s in seals]
    return img, boxes


def save_jpeg(img: Image.Image, path, q, orient=None, make=None, software=None, max_kb=245):
    """Save upright `img` as JPEG. With orient, the stored pixels are rotated so that applying
    the EXIF Orientation gives back the upright image."""
    stored = img
    if orient == 6:
        stored = img.transpose(Image.ROTATE_90)
    elif orient == 8:
        stored = img.transpose(Image.ROTATE_270)
    elif orient == 3:
        stored = img.transpose(Image.ROTATE_180)
    exif = Image.Exif()
    if make:
        exif[0x010F], exif[0x0110] = make
    if software:
        exif[0x0131] = software
    if orient:
        exif[0x0112] = orient
    while True:
        buf = io.BytesIO()
        kw = {"quality": int(q), "optimize": True}
        if len(exif):
            kw["exif"] = exif.tobytes()
        stored.save(buf, "JPEG", **kw)
        if buf.tell() <= max_kb * 1024 or q <= 70:
            break
        q -= 3
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())
    # sanity: EXIF transpose must reproduce the upright size
    chk = ImageOps.exif_transpose(Image.open(path))
    assert chk.size == img.size, (path, chk.size, img.size)
    return int(q)


# ---------------------------------------------------------------- screenshots
class Screen:
    def __init__(self, W, H, dark, font="sans"):
        self.W, self.H, self.dark = W, H, dark
        self.u = W / 720.0
        self.font = font
        self.lines: list[str] = []
        bg = (0, 0, 0) if dark else (255, 255, 255)
        self.img = Image.new("RGB", (W, H), bg)
        self.d = ImageDraw.Draw(self.img)
        self.fg = (236, 236, 238) if dark else (22, 22, 24)
        self.sub = (150, 150, 155) if dark else (120, 120, 128)

    def status_bar(self, clock="9:41", bg=None):
        u, d = self.u, self.d
        if bg is not None:
            d.rectangle([0, 0, self.W, int(54 * u)], fill=bg)
        f = F("sans_b", int(24 * u))
        d.text((int(34 * u), int(12 * u)), clock, font=f, fill=self.fg)
        # signal bars
        x = self.W - int(170 * u)
        for i in range(4):
            h = int((8 + 5 * i) * u)
            d.rectangle([x + i * int(8 * u), int(36 * u) - h, x + i * int(8 * u) + int(5 * u), int(36 * u)], fill=self.fg)
        # wifi (three arcs)
        wx, wy = self.W - int(118 * u), int(36 * u)
        for k, rr in enumerate((6, 12, 18)):
            rr = int(rr * u)
            d.arc([wx - rr, wy - rr, wx + rr, wy + rr], 225, 315, fill=self.fg, width=max(2, int(3 * u)))
        # battery
        bx = self.W - int(86 * u)
        d.rounded_rectangle([bx, int(18 * u), bx + int(46 * u), int(38 * u)], radius=int(4 * u), outline=self.fg, width=max(1, int(2 * u)))
        d.rectangle([bx + int(4 * u), int(22 * u), bx + int(32 * u), int(34 * u)], fill=self.fg)
        d.rectangle([bx + int(47 * u), int(24 * u), bx + int(50 * u), int(32 * u)], fill=self.fg)

    def wrap(self, text, f, maxw):
        out, line = [], ""
        for ch in text:
            if ch == "\n":
                out.append(line); line = ""; continue
            if f.getlength(line + ch) > maxw and line:
                if ch in "，。、；：）！？”":
                    line += ch; ch = ""
                out.append(line); line = ch
            else:
                line += ch
        if line:
            out.append(line)
        return out

    # --- SMS app
    def sms_header(self, sender, subtitle):
        u, d = self.u, self.d
        self.status_bar()
        y = int(70 * u)
        d.line([(int(30 * u), y + int(22 * u)), (int(44 * u), y + int(8 * u))], fill=self.fg, width=max(2, int(3 * u)))
        d.line([(int(30 * u), y + int(22 * u)), (int(44 * u), y + int(36 * u))], fill=self.fg, width=max(2, int(3 * u)))
        f = F("sans_b", int(34 * u))
        d.text((int(78 * u), y), sender, font=f, fill=self.fg)
        self.lines.append(sender)
        if subtitle:
            f2 = F("sans", int(22 * u))
            d.text((int(78 * u), y + int(46 * u)), subtitle, font=f2, fill=self.sub)
            self.lines.append(subtitle)
        d.line([(0, int(170 * u)), (self.W, int(170 * u))], fill=(40, 40, 44) if self.dark else (225, 225, 228), width=1)
        return int(196 * u)

    def time_label(self, y, s):
        f = F("sans", int(22 * self.u))
        w = f.getlength(s)
        self.d.text(((self.W - w) / 2, y), s, font=f, fill=self.sub)
        self.lines.append(s)
        return y + int(46 * self.u)

    def sms_bubble(self, y, text, size=29):
        u, d = self.u, self.d
        f = F(self.font, int(size * u))
        maxw = int(self.W * 0.70)
        lines = self.wrap(text, f, maxw)
        lh = int(size * u * 1.42)
        bw = max(f.getlength(l) for l in lines) + int(44 * u)
        bh = lh * len(lines) + int(30 * u)
        x0 = int(28 * u)
        col = (44, 44, 48) if self.dark else (236, 236, 240)
        d.rounded_rectangle([x0, y, x0 + bw, y + bh], radius=int(26 * u), fill=col)
        for i, l in enumerate(lines):
            d.text((x0 + int(22 * u), y + int(13 * u) + i * lh), l, font=f, fill=self.fg)
            self.lines.append(l)
        return y + bh + int(28 * u)

    def sms_footer(self):
        u, d = self.u, self.d
        y = self.H - int(110 * u)
        col = (30, 30, 34) if self.dark else (242, 242, 245)
        d.rounded_rectangle([int(96 * u), y, self.W - int(96 * u), y + int(72 * u)], radius=int(36 * u), fill=col)
        f = F("sans", int(26 * u))
        d.text((int(126 * u), y + int(19 * u)), "短信", font=f, fill=self.sub)
        d.ellipse([int(24 * u), y + int(10 * u), int(76 * u), y + int(62 * u)], outline=self.sub, width=max(2, int(3 * u)))
        d.text((int(38 * u), y + int(12 * u)), "+", font=F("sans", int(34 * u)), fill=self.sub)

    # --- chat app (WeChat-like)
    def chat_header(self, title):
        u, d = self.u, self.d
        top = (17, 17, 17) if self.dark else (237, 237, 237)
        self.img.paste(top, [0, 0, self.W, self.H])
        self.status_bar(clock="14:06")
        y = int(66 * u)
        d.line([(int(30 * u), y + int(24 * u)), (int(46 * u), y + int(8 * u))], fill=self.fg, width=max(2, int(3 * u)))
        d.line([(int(30 * u), y + int(24 * u)), (int(46 * u), y + int(40 * u))], fill=self.fg, width=max(2, int(3 * u)))
        f = F("sans_b", int(30 * u))
        w = f.getlength(title)
        d.text(((self.W - w) / 2, y + int(4 * u)), title, font=f, fill=self.fg)
        self.lines.append(title)
        for k in range(3):
            d.ellipse([self.W - int((60 - 12 * k) * u), y + int(20 * u), self.W - int((54 - 12 * k) * u), y + int(26 * u)], fill=self.fg)
        d.line([(0, int(130 * u)), (self.W, int(130 * u))], fill=(40, 40, 40) if self.dark else (214, 214, 214), width=1)
        return int(160 * u)

    def chat_bubble(self, y, text, mine, avatar_col, avatar_ch, size=28):
        u, d = self.u, self.d
        f = F(self.font, int(size * u))
        maxw = int(self.W * 0.60)
        lines = self.wrap(text, f, maxw)
        lh = int(size * u * 1.45)
        bw = max(f.getlength(l) for l in lines) + int(40 * u)
        bh = lh * len(lines) + int(28 * u)
        av = int(68 * u)
        if mine:
            ax = self.W - int(24 * u) - av
            x0 = ax - int(18 * u) - bw
            col = (62, 181, 117) if self.dark else (149, 236, 105)
            tcol = (20, 20, 20)
        else:
            ax = int(24 * u)
            x0 = ax + av + int(18 * u)
            col = (44, 44, 44) if self.dark else (255, 255, 255)
            tcol = self.fg
        d.rounded_rectangle([ax, y, ax + av, y + av], radius=int(8 * u), fill=avatar_col)
        af = F("sans_b", int(32 * u))
        d.text((ax + (av - af.getlength(avatar_ch)) / 2, y + int(12 * u)), avatar_ch, font=af, fill=(255, 255, 255))
        d.rounded_rectangle([x0, y, x0 + bw, y + bh], radius=int(10 * u), fill=col)
        # bubble tail
        ty = y + int(24 * u)
        if mine:
            d.polygon([(x0 + bw, ty - int(8 * u)), (x0 + bw + int(10 * u), ty), (x0 + bw, ty + int(8 * u))], fill=col)
        else:
            d.polygon([(x0, ty - int(8 * u)), (x0 - int(10 * u), ty), (x0, ty + int(8 * u))], fill=col)
        for i, l in enumerate(lines):
            d.text((x0 + int(20 * u), y + int(12 * u) + i * lh), l, font=f, fill=tcol)
            self.lines.append(l)
        return y + max(bh, av) + int(30 * u)

    def chat_footer(self):
        u, d = self.u, self.d
        y = self.H - int(120 * u)
        bar = (30, 30, 30) if self.dark else (246, 246, 246)
        d.rectangle([0, y, self.W, self.H], fill=bar)
        box = (44, 44, 44) if self.dark else (255, 255, 255)
        d.rounded_rectangle([int(92 * u), y + int(20 * u), self.W - int(170 * u), y + int(84 * u)], radius=int(8 * u), fill=box)
        for cx in (int(48 * u), self.W - int(124 * u), self.W - int(52 * u)):
            d.ellipse([cx - int(24 * u), y + int(28 * u), cx + int(24 * u), y + int(76 * u)], outline=self.sub, width=max(2, int(3 * u)))


def save_png(img: Image.Image, path):
    img.save(path, "PNG", optimize=True)


# ---------------------------------------------------------------- content: lawful papers
LAWFUL = {"expect": [], "forbid": ["all"], "lawful": True}
CN_DATE = {"2024-06-03": "二〇二四年六月三日", "2024-05-27": "二〇二四年五月二十七日",
           "2023-11-14": "二〇二三年十一月十四日", "2024-07-02": "二〇二四年七月二日",
           "2024-04-22": "二〇二四年四月二十二日", "2024-03-29": "二〇二四年三月二十九日",
           "2024-06-17": "二〇二四年六月十七日", "2024-05-09": "二〇二四年五月九日"}


def court_head(p: Page, court, title, case_no, y=110, tfont="serif_b", spaced=False, case_align="right"):
    y = p.center(y, court, font=tfont, size=40)
    t = "\u3000".join(title) if spaced else title
    y = p.center(y + 6, t, font=tfont, size=46 if not spaced else 44)
    if case_align == "right":
        y = p.right(p.w - 110, y + 14, case_no, font="serif", size=26)
    else:
        y = p.center(y + 14, case_no, font="serif", size=26)
    return y + 18


def d_chuanpiao(rng):
    p = Page(1000, 1400)
    court = "上海市浦东新区人民法院"
    case = "（2024）沪0115民初53621号"
    y = court_head(p, court, "传票", case, spaced=True)
    rows = [("案由", "信用卡纠纷"), ("被传唤人", "陈晓燕"),
            ("工作单位或住址", "上海市浦东新区锦绣路1188弄16号302室"), ("传唤事由", "开庭审理"),
            ("应到时间", "2024年7月9日14时00分"), ("应到处所", "本院第二十一法庭（丁香路611号）")]
    x0, x1, xm = 90, 910, 330
    rh = 70
    f = F("ming", 26)
    for i, (k, v) in enumerate(rows):
        yy = y + i * rh
        p.d.text((x0 + 16, yy + 20), k, font=f, fill=BLACK)
        p.d.text((xm + 16, yy + 20), v, font=f, fill=BLACK)
        p.lines += [k, v]
    for i in range(len(rows) + 1):
        p.hline(y + i * rh, x0, x1, width=2)
    p.d.line([(x0, y), (x0, y + len(rows) * rh)], fill=BLACK, width=2)
    p.d.line([(x1, y), (x1, y + len(rows) * rh)], fill=BLACK, width=2)
    p.d.line([(xm, y), (xm, y + len(rows) * rh)], fill=BLACK, width=2)
    y += len(rows) * rh + 30
    y = p.text(100, y, "注意事项：", font="ming", size=26)
    for s in ["一、被传唤人必须准时到达应到处所，并携带本传票及身份证件。",
              "二、被传唤人收到传票后，应在送达回证上签名或者盖章。",
              "三、被告经传票传唤，无正当理由拒不到庭的，可以缺席判决。",
              "四、如需了解案件进展，可拨打12368诉讼服务热线。"]:
        y = p.para(100, y, 800, s, font="ming", size=25, indent=False)
    y += 40
    p.text(120, y, "审判员　马清远", font="ming", size=26)
    p.text(120, y + 44, "书记员　吴佳音", font="ming", size=26)
    p.right(880, y + 80, CN_DATE["2024-06-03"], font="ming", size=26)
    p.seal(760, y + 70, 105, court, "emblem", "court")
    return p, dict(doc_type="court_summons", **LAWFUL, text_contains=[case, "传唤事由", "开庭审理"],
                   notes="Genuine 传票 from a basic court (浦东 = 沪0115), civil first-instance case; title printed letter-spaced as on the real form; court seal (emblem) on the date; 12368 mentioned.")


def d_yingsu(rng):
    p = Page(1000, 1400)
    court = "杭州市西湖区人民法院"
    case = "（2024）浙0106民初11873号"
    y = court_head(p, court, "应诉通知书", case, tfont="sans_b", case_align="center")
    y = p.text(100, y, "孙浩：", font="sans", size=25)
    body = ["本院已受理原告恒通银行股份有限公司杭州分行诉你金融借款合同纠纷一案。现将起诉状副本及证据材料送达给你，并将有关事项通知如下：",
            "一、你应当在收到起诉状副本之日起十五日内向本院提交答辩状，并按对方当事人人数提出副本。逾期不提交的，不影响本院审理。",
            "二、你应当在举证期限内向本院提交证据。本案举证期限为收到本通知之日起十五日内。",
            "三、你有权委托一至二人作为诉讼代理人，委托时应向本院提交由你签名或者盖章的授权委托书。",
            "四、本院将另行通知开庭时间。你可以通过人民法院在线服务平台或拨打12368查询案件信息。"]
    for s in body:
        y = p.para(100, y, 800, s, font="sans", size=24, gap=1.65)
    y += 50
    p.text(110, y, "联系人：审判助理 许晴　电话：0571-8796XXXX", font="sans", size=23)
    p.right(880, y + 90, CN_DATE["2024-05-27"], font="sans", size=25)
    p.seal(770, y + 80, 100, court, "emblem", "court")
    return p, dict(doc_type="court_summons", **LAWFUL, text_contains=[case, "应诉通知书", "答辩状"],
                   notes="Genuine 应诉通知书 (notice to respond) of a basic court; 浙0106 = 西湖区; court seal with emblem.")


def d_zhixing(rng):
    p = Page(1000, 1400)
    court = "深圳市福田区人民法院"
    case = "（2023）粤0304执4567号"
    y = court_head(p, court, "执行通知书", case, tfont="serif_b")
    y = p.text(100, y, "被执行人黄志强：", font="serif", size=25)
    body = ["申请执行人安和消费金融有限公司与你借款合同纠纷一案，本院作出的（2023）粤0304民初21458号民事判决书已经发生法律效力。申请执行人于2023年10月30日向本院申请强制执行，本院依法立案执行。",
            "依照《中华人民共和国民事诉讼法》的有关规定，责令你自本通知送达之日起履行下列义务：",
            "一、向申请执行人支付借款本金人民币38,600.00元及判决确定的利息；",
            "二、负担案件受理费人民币432.00元、申请执行费人民币479.00元。",
            "你应当如实向本院报告财产情况。逾期不履行的，本院将依法强制执行，并按规定加倍支付迟延履行期间的债务利息。"]
    for s in body:
        y = p.para(100, y, 800, s, font="serif", size=24, gap=1.7)
    y += 40
    p.text(110, y, "执行员：邓子航　联系电话：0755-8303XXXX", font="serif", size=23)
    p.right(880, y + 100, CN_DATE["2023-11-14"], font="serif", size=25)
    p.seal(765, y + 95, 102, court, "emblem", "court")
    return p, dict(doc_type="other", **LAWFUL, text_contains=[case, "执行通知书", "强制执行"],
                   notes="Genuine 执行通知书 after an effective judgment (粤0304 = 福田区, type 执); mentions 强制执行 and 迟延履行 interest as the real form does; court seal.")


def d_xiaofei(rng):
    p = Page(1000, 1400)
    court = "成都市武侯区人民法院"
    case = "（2024）川0107执3310号"
    y = court_head(p, court, "限制消费令", case, tfont="serif_b")
    y = p.text(100, y, "被执行人：郑欣，女，1989年3月出生，住成都市武侯区。", font="serif", size=23)
    y = p.para(100, y, 800, "本院于2024年3月8日立案执行申请执行人瑞丰小额贷款有限公司申请执行你借款合同纠纷一案。因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你采取限制消费措施，限制你不得实施以下高消费及非生活和工作必需的消费行为：", font="serif", size=23, gap=1.6)
    for s in ["（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；",
              "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；",
              "（三）购买不动产或者新建、扩建、高档装修房屋；",
              "（四）旅游、度假；",
              "（五）子女就读高收费私立学校；",
              "（六）支付高额保费购买保险理财产品；",
              "（七）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"]:
        y = p.para(100, y, 800, s, font="serif", size=23, gap=1.55, indent=False)
    y = p.para(100, y + 6, 800, "如因经营必需而进行本令禁止的消费活动的，应当向本院提出申请，获批准后方可进行。", font="serif", size=23)
    p.right(880, y + 90, CN_DATE["2024-04-22"], font="serif", size=25)
    p.seal(760, y + 80, 100, court, "emblem", "court")
    return p, dict(doc_type="restriction_order", **LAWFUL, text_contains=[case, "限制消费令", "高收费私立学校"],
                   notes="Genuine 限制消费令 with the SPC list of restricted consumption (incl. 子女就读高收费私立学校, 动车组一等座); 川0107 = 武侯区, 执 case; court seal.")


def d_shixin(rng):
    p = Page(1000, 1400)
    court = "武汉市武昌区人民法院"
    case = "（2024）鄂0106执1902号"
    y = court_head(p, court, "决定书", case, tfont="sans_b", spaced=True)
    y = p.text(100, y, "申请执行人：恒通银行股份有限公司武汉分行。", font="kai", size=26)
    y = p.text(100, y, "被执行人：林芳，女，1991年7月12日出生。", font="kai", size=26)
    for s in ["本院在执行申请执行人恒通银行股份有限公司武汉分行与被执行人林芳金融借款合同纠纷一案中，被执行人林芳有履行能力而拒不履行生效法律文书确定的义务。",
              "依照《中华人民共和国民事诉讼法》及《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项的规定，决定如下：",
              "将林芳纳入失信被执行人名单。",
              "如不服本决定，可在收到本决定书之日起十日内向本院申请纠正。",
              "本决定一经作出即生效。"]:
        y = p.para(100, y, 800, s, font="kai", size=26, gap=1.7)
    p.right(880, y + 110, CN_DATE["2024-03-29"], font="kai", size=27)
    p.seal(755, y + 100, 104, court, "emblem", "court")
    return p, dict(doc_type="restriction_order", **LAWFUL, text_contains=[case, "失信被执行人名单", "申请纠正"],
                   notes="Genuine 失信 decision (决定书) in an enforcement case, citing the SPC dishonest-debtor rules; 鄂0106 = 武昌区; kai font; court seal.")


def d_panjue(rng):
    p = Page(1240, 1754)
    court = "苏州市姑苏区人民法院"
    case = "（2024）苏0508民初9876号"
    y = 120
    for s in ["本院认为，原告与被告签订的《个人消费贷款合同》系双方真实意思表示，内容不违反法律、行政法规的强制性规定，合法有效，双方均应依约履行。",
              "原告依约发放贷款后，被告未按约定按期归还借款本息，已构成违约。依照合同第十一条的约定，借款人连续三期未按期还款的，贷款人有权宣布贷款提前到期。原告据此宣布贷款提前到期并要求被告偿还全部借款本金及利息，于法有据，本院予以支持。",
              "关于逾期利息，合同约定按借款利率上浮百分之五十计收，未超过法律规定的上限，本院予以支持。原告另主张按未还本金的百分之五计收违约金，该违约金与逾期利息均系弥补资金占用损失，合并计算后过分高于实际损失，本院对违约金部分不予支持。",
              "综上，依照《中华人民共和国民法典》第五百零九条、第五百七十七条、第六百七十四条、第六百七十六条之规定，判决如下：",
              "一、被告吴磊于本判决生效之日起十日内偿还原告恒通银行股份有限公司苏州分行借款本金人民币62,418.35元；",
              "二、被告吴磊于本判决生效之日起十日内支付原告截至2024年2月20日的利息及逾期利息合计人民币3,107.92元，此后的逾期利息以62,418.35元为基数按合同约定利率上浮百分之五十计算至实际清偿之日止；",
              "三、驳回原告的其他诉讼请求。",
              "如果未按本判决指定的期间履行给付金钱义务，应当依法加倍支付迟延履行期间的债务利息。",
              "案件受理费735元，减半收取计367.50元，由被告吴磊负担。",
              "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于江苏省苏州市中级人民法院。"]:
        y = p.para(130, y, 980, s, font="serif", size=28, gap=1.65)
    y += 30
    for k, v in [("审　判　员", "钱雅琴")]:
        p.right(1090, y, f"{k}　{v}", font="serif", size=29)
    p.right(1090, y + 70, "二〇二四年五月十四日", font="serif", size=29)
    p.right(1090, y + 140, "书　记　员　蔡一鸣", font="serif", size=29)
    p.center(1680, "第 4 页　共 5 页", font="serif", size=24)
    p.lines.append(case)  # printed in the page header below
    p.d.text((130, 60), case, font=F("serif", 24), fill=BLACK)
    p.seal(930, y + 70, 125, court, "emblem", "court")
    return p, dict(doc_type="other", **LAWFUL, text_contains=[case, "提前到期", "判决如下"],
                   notes="Page 4 of a genuine 民事判决书 (1240x1754): court's reasoning on 提前到期, 逾期利息 and 违约金 (the court reduces the penalty), orders payment within ten days; court seal on the date.")


def d_kaiting(rng):
    p = Page(1000, 1400)
    court = "广州市天河区人民法院"
    y = p.center(110, court, font="serif_b", size=40)
    y = p.center(y + 6, "开庭公告", font="serif_b", size=46)
    y = p.para(90, y + 20, 820, "本院定于下列时间在本院公开开庭审理以下案件，欢迎旁听。旁听人员请携带身份证件，提前三十分钟到诉讼服务中心办理登记手续。", font="sans", size=23)
    rows = [["案号", "案由", "开庭时间", "法庭"],
            ["（2024）粤0106民初33420号", "金融借款合同纠纷", "7月16日 9:30", "第五法庭"],
            ["（2024）粤0106民初33587号", "信用卡纠纷", "7月16日 10:30", "第五法庭"],
            ["（2024）粤0106民初34012号", "小额借款合同纠纷", "7月17日 9:00", "第八法庭"],
            ["（2024）粤0106民初34466号", "追偿权纠纷", "7月17日 14:30", "第八法庭"]]
    y = p.table(60, y + 20, [330, 230, 180, 140], rows, font="sans", size=21, row_h=64)
    y = p.para(90, y + 30, 820, "当事人如对开庭时间有异议，请于开庭三日前与承办法官联系。案件信息可通过人民法院在线服务平台或12368诉讼服务热线查询。", font="sans", size=23)
    p.right(880, y + 110, CN_DATE["2024-07-02"], font="sans", size=25)
    p.seal(760, y + 100, 102, court, "emblem", "court")
    return p, dict(doc_type="other", **LAWFUL, text_contains=["（2024）粤0106民初33420号", "开庭公告", "公开开庭审理"],
                   notes="Genuine 开庭公告 listing four civil cases (粤0106 = 天河区) in a black table; court seal.")


def d_lvshi1(rng):
    p = Page(1000, 1400)
    firm = "上海明理律师事务所"
    y = p.center(90, firm, font="ming", size=34)
    p.center(y, "SHANGHAI MINGLI LAW FIRM", font="sans", size=18)
    p.hline(y + 36, 90, 910, width=3)
    y = p.center(y + 70, "律　师　函", font="serif_b", size=46)
    y = p.right(910, y + 6, "沪明律函字〔2024〕第0613号", font="ming", size=23)
    y = p.text(90, y + 10, "陈晓燕女士：", font="ming", size=26)
    for s in ["本所接受恒通银行股份有限公司上海分行（以下简称“委托人”）的委托，就您与委托人之间的信用卡欠款事宜致函如下：",
              "根据委托人提供的资料，您于2021年4月申领委托人信用卡（卡号尾号6621）。截至2024年5月31日，该卡尚欠本金人民币23,418.06元、利息人民币1,962.30元。",
              "请您在收到本函后与委托人或本所联系，核对欠款明细并协商还款安排。如您对上述金额有异议，请向委托人提供相关凭证，委托人将予以核实。还款请通过委托人官方App、营业网点或本人名下信用卡还款渠道办理。",
              "本函仅就上述事项进行提示，不涉及委托人与您之间的其他法律关系。"]:
        y = p.para(90, y, 820, s, font="ming", size=25, gap=1.7)
    y += 20
    y = p.text(90, y, "联系律师：顾文博　电话：021-6288XXXX", font="ming", size=24)
    y = p.text(90, y, "地址：上海市静安区南京西路1266号21楼", font="ming", size=24)
    p.right(900, y + 60, firm, font="ming", size=26)
    p.right(900, y + 110, "2024年6月5日", font="ming", size=26)
    p.seal(760, y + 85, 98, firm, "star", "law_firm")
    return p, dict(doc_type="lawyer_letter", **LAWFUL, text_contains=["律　师　函", "核对欠款明细", firm],
                   notes="Calm genuine 律师函 on behalf of a bank: states the debt, asks the debtor to get in touch, points to official channels; firm seal (star) over the firm name and date.")


def d_lvshi2(rng):
    p = Page(1000, 1400)
    firm = "广东诚和律师事务所"
    # letterhead with a small grey box logo
    p.rect([90, 70, 150, 130], color=(90, 90, 90), width=3)
    p.d.text((102, 78), "诚", font=F("serif_b", 38), fill=(90, 90, 90))
    p.text(170, 72, firm, font="serif_b", size=32)
    p.text(170, 112, "广州市天河区珠江新城华夏路16号 电话：020-3886XXXX", font="sans", size=19)
    p.hline(150, 90, 910, width=2)
    y = p.center(190, "律师函", font="serif_b", size=48)
    y = p.text(90, y + 20, "致：刘洋先生", font="serif", size=26)
    for s in ["广东诚和律师事务所受安和消费金融有限公司委托，指派本所律师就您名下个人消费借款（合同编号AH-GZ-2022-081346）的还款事宜，向您发出本函。",
              "经核实，该笔借款自2024年2月起未按期还款，截至本函发出之日，逾期本金为人民币9,870.00元，逾期利息按合同约定另计。",
              "委托人希望与您友好协商解决。如您目前还款确有困难，可在收到本函后十五日内联系委托人客服（400-86XX-XXX）或本所律师，申请分期或延期方案。",
              "如协商不成，委托人将依法通过诉讼等途径主张权利。"]:
        y = p.para(90, y, 820, s, font="serif", size=25, gap=1.7)
    y += 30
    p.text(90, y, "承办律师：何嘉俊", font="serif", size=25)
    p.right(900, y + 60, firm, font="serif", size=26)
    p.right(900, y + 110, "二〇二四年五月二十日", font="serif", size=26)
    p.seal(770, y + 85, 100, firm, "star", "law_firm")
    return p, dict(doc_type="lawyer_letter", **LAWFUL, text_contains=["律师函", "友好协商", "诉讼等途径"],
                   notes="Genuine calm 律师函: offers 15 days to get in touch, mentions that the creditor may sue through normal legal channels if talks fail (a lawful statement, not a threat of immediate suit); firm star seal.")


def d_bank_remind(rng):
    p = Page(1000, 1400)
    bank = "恒通银行股份有限公司信用卡中心"
    red_logo(p, 140, 120, 46, "HT")
    p.text(200, 88, "恒通银行", font="sans_b", size=36, fill=RED)
    p.text(200, 136, "HENGTONG BANK", font="sans", size=18, fill=RED)
    p.hline(178, 90, 910, color=RED, width=3)
    y = p.center(220, "还款提醒函", font="sans_b", size=42)
    y = p.text(90, y + 20, "尊敬的赵敏女士：", font="sans", size=25)
    for s in ["感谢您一直以来对恒通银行的支持。您名下尾号3157的信用卡2024年5月账单应还款额为人民币5,236.80元，最低还款额为人民币523.68元，到期还款日为2024年5月25日。截至本函出具日，该账单尚未足额还款。",
              "为避免产生逾期利息并影响您的个人信用记录，请您尽快通过以下官方渠道还款："]:
        y = p.para(90, y, 820, s, font="sans", size=24, gap=1.65)
    for s in ["1. 恒通银行手机银行App：信用卡—还款；", "2. 恒通银行各营业网点柜台或自助设备；",
              "3. 其他银行借记卡通过“信用卡还款”功能转入。"]:
        y = p.text(120, y, s, font="sans", size=24)
    y = p.para(90, y + 6, 820, "如您已还款，请忽略本函。如有疑问或还款困难，请致电本行客服热线95501（24小时），我们将为您提供帮助。本行不会要求您向任何个人账户转账。", font="sans", size=24, gap=1.65)
    p.right(900, y + 70, bank, font="sans", size=24)
    p.right(900, y + 115, "2024年5月29日", font="sans", size=24)
    p.seal(750, y + 95, 100, "恒通银行股份有限公司信用卡中心", "star", "company", bottom="业务专用章")
    return p, dict(doc_type="other", **LAWFUL, text_contains=["还款提醒函", "最低还款额", "信用卡还款"],
                   notes="Polite bank repayment reminder with correct amounts and official channels; red round bank logo (not a seal) and red header rule; bank business seal (star).")


def d_contract_clauses(rng):
    p = Page(1240, 1754)
    p.text(110, 60, "合同编号：RF-XD-2023-0047815", font="sans", size=22)
    p.right(1130, 60, "瑞丰小额贷款有限公司", font="sans", size=22)
    p.hline(100, 110, 1130, width=1)
    y = 140
    for title, paras in [
        ("第八条　逾期利息", ["借款人未按本合同约定的期限足额还款的，就逾期部分（含逾期本金），自逾期之日起按本合同约定的借款年利率加收百分之五十计收逾期利息，直至清偿之日止。",
                           "逾期利息、违约金及其他费用合计不超过法律、司法解释规定的上限；超过部分，借款人有权拒绝支付。"]),
        ("第九条　违约金", ["借款人未按期还款的，应按逾期金额每日万分之五向贷款人支付违约金，违约金以逾期金额为基数计算，不以借款本金余额为基数。"]),
        ("第十条　提前到期", ["出现下列情形之一的，贷款人有权宣布本合同项下借款全部或部分提前到期，并书面通知借款人：",
                           "（一）借款人连续三期或累计六期未按约定还款的；",
                           "（二）借款人提供虚假材料骗取贷款的；",
                           "（三）借款人擅自改变借款用途的。",
                           "贷款人宣布提前到期的，借款人应在通知载明的期限内（不少于三十日）归还已到期的全部借款本息。"]),
        ("第十一条　催收与信息保护", ["贷款人可通过电话、短信、信函等方式提醒借款人还款。贷款人及其委托的机构不得以暴力、威胁、恐吓等方式催收，不得向与债务无关的第三人披露借款人的债务信息。"]),
        ("第十二条　争议解决", ["因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向贷款人住所地人民法院提起诉讼。"])]:
        y = p.text(110, y + 8, title, font="sans_b", size=30)
        for s in paras:
            y = p.para(110, y, 1020, s, font="sans", size=27, gap=1.6)
    p.center(1680, "第 3 页　共 6 页", font="sans", size=22)
    return p, dict(doc_type="other", **LAWFUL, text_contains=["逾期利息", "提前到期", "违约金"],
                   notes="Loan-contract page (1240x1754) with ordinary clauses on overdue interest, a penalty on the overdue amount only, acceleration with written notice, collection conduct and dispute resolution. Contract text, not a threat; no seal on an inner page.")


def d_contract_sign(rng):
    p = Page(1000, 1400)
    y = p.para(90, 90, 820, "（本页为《个人消费借款合同》签署页，无正文）", font="ming", size=24, indent=False)
    y = p.para(90, y + 10, 820, "借款人已阅读并理解本合同全部条款，特别是第八条（逾期利息）、第九条（违约金）、第十条（提前到期）等加粗条款，贷款人已就上述条款向借款人作出说明。", font="ming", size=24)
    y += 40
    p.text(90, y, "贷款人（盖章）：瑞丰小额贷款有限公司", font="ming", size=26)
    p.text(90, y + 60, "法定代表人或授权代理人：", font="ming", size=26)
    p.d.text((420, y + 52), "王立群", font=F("kai", 38), fill=(30, 30, 80))
    p.lines.append("王立群")
    p.text(90, y + 120, "签订日期：2023年9月14日", font="ming", size=26)
    p.seal(330, y + 70, 102, "瑞丰小额贷款有限公司", "star", "company", bottom="合同专用章")
    y2 = y + 330
    p.text(90, y2, "借款人（签字）：", font="ming", size=26)
    p.d.text((300, y2 - 10), "吴磊", font=F("kai", 44), fill=(20, 20, 90))
    p.lines.append("吴磊")
    p.text(90, y2 + 60, "身份证号码：3205**********1138", font="ming", size=26)
    p.text(90, y2 + 120, "签订日期：2023年9月14日", font="ming", size=26)
    p.text(90, y2 + 180, "联系地址：江苏省苏州市姑苏区人民路某小区", font="ming", size=26)
    p.center(1330, "第 6 页　共 6 页", font="ming", size=22)
    return p, dict(doc_type="other", **LAWFUL, text_contains=["签署页", "提前到期", "签订日期"],
                   notes="Signature page of a loan contract: lender's contract seal (star, 合同专用章) over the lender line, handwritten-style signatures in kai font (dark blue).")


def d_jieqing(rng):
    p = Page(1000, 1400)
    co = "安和消费金融有限公司"
    y = p.center(150, "结清证明", font="serif_b", size=50)
    y = p.text(90, y + 40, "周婷女士：", font="serif", size=26)
    for s in ["兹证明，借款人周婷（身份证号3301**********1224）于2023年3月16日在我司申请的个人消费贷款（合同编号AH2023031600872），借款本金人民币50,000.00元，已于2024年4月18日全部结清。",
              "截至本证明出具之日，该笔借款项下无未结清本金、利息及费用。我司将依照规定向金融信用信息基础数据库报送该笔借款的结清信息。",
              "特此证明。"]:
        y = p.para(90, y, 820, s, font="serif", size=26, gap=1.8)
    y += 80
    p.right(900, y, co, font="serif", size=27)
    p.right(900, y + 60, "2024年4月22日", font="serif", size=27)
    p.seal(760, y + 30, 104, co, "star", "company")
    p.text(90, 1260, "本证明仅用于证明上述借款结清情况。查询真伪请致电400-66XX-XXX。", font="serif", size=22)
    return p, dict(doc_type="other", **LAWFUL, text_contains=["结清证明", "全部结清", "特此证明"],
                   notes="Settlement certificate (结清证明) from a consumer-finance company; company seal (star) over the name and date.")


def d_receipt(rng):
    p = Page(1000, 700, paper=(250, 250, 244))
    co = "瑞丰小额贷款有限公司"
    y = p.center(40, "收　款　收　据", font="sans_b", size=38, fill=RED)
    p.hline(y + 2, 330, 670, color=RED, width=2)
    p.hline(y + 8, 330, 670, color=RED, width=2)
    p.text(70, y + 26, "No. 0038817", font="sans", size=22, fill=RED)
    p.right(930, y + 26, "2024年6月11日", font="sans", size=22)
    rows = [["交款人", "吴磊", "收款方式", "对公账户转账"],
            ["收款事由", "合同RF-XD-2023-0047815第9期还款", "", ""],
            ["金额（大写）", "人民币叁仟贰佰壹拾伍元肆角整", "", ""],
            ["金额（小写）", "¥3,215.40", "", ""]]
    ty = y + 70
    x0, cws, rh = 60, [180, 340, 150, 210], 62
    f = F("sans", 22)
    for i, row in enumerate(rows):
        yy = ty + i * rh
        xx = x0
        for j, (cw, cell) in enumerate(zip(cws, row)):
            if cell:
                p.d.text((xx + 10, yy + 18), cell, font=f, fill=BLACK)
            xx += cw
        p.lines.append("".join(row))
    tw = sum(cws)
    for i in range(len(rows) + 1):
        p.d.line([(x0, ty + i * rh), (x0 + tw, ty + i * rh)], fill=RED, width=2)
    p.d.line([(x0, ty), (x0, ty + 4 * rh)], fill=RED, width=2)
    p.d.line([(x0 + tw, ty), (x0 + tw, ty + 4 * rh)], fill=RED, width=2)
    p.d.line([(x0 + 180, ty), (x0 + 180, ty + 4 * rh)], fill=RED, width=2)
    p.d.line([(x0 + 520, ty), (x0 + 520, ty + rh)], fill=RED, width=2)
    p.d.line([(x0 + 670, ty), (x0 + 670, ty + rh)], fill=RED, width=2)
    by = ty + 4 * rh + 30
    p.text(70, by, "收款单位（盖章）：" + co, font="sans", size=22)
    p.text(70, by + 44, "经办人：沈佳", font="sans", size=22)
    p.seal(300, by + 40, 80, co, "star", "company", bottom="财务专用章")
    paid_stamp(p, 760, by + 20, "已付款", "PAID", angle=-10)
    return p, dict(doc_type="other", **LAWFUL, text_contains=["No. 0038817", "对公账户转账", "3,215.40"],
                   notes="Half-page receipt (1000x700) printed with red title and red table borders; company finance seal (star, 财务专用章) listed; the rectangular red 已付款/PAID stamp is NOT a seal and is not listed.")


def d_fanzha_leaflet(rng):
    p = Page(1000, 1400, paper=(255, 253, 248))
    p.d.rectangle([0, 0, 1000, 170], fill=RED)
    p.d.text((80, 34), "防范非法催收　守护您的钱袋子", font=F("sans_b", 44), fill=(255, 255, 255))
    p.lines.append("防范非法催收　守护您的钱袋子")
    p.d.text((80, 104), "江城市公安局滨江分局反诈中心　宣", font=F("sans", 26), fill=(255, 236, 236))
    p.lines.append("江城市公安局滨江分局反诈中心　宣")
    y = 210
    y = p.para(70, y, 860, "近期，我区接到多起群众反映：有催收人员冒用“律师”“法院”名义，以恐吓手段逼迫借款人还款。请牢记以下几点：", font="sans", size=25, gap=1.6)
    items = [("说法一：", "“再不还钱就爆你通讯录、通知你单位。”", "真相：向与债务无关的人员泄露欠款信息是违法的，请保存录音截图并报警。"),
             ("说法二：", "“72小时内你就会收到法院传票。”", "真相：法院送达文书有法定程序，法院短信来自12368，可拨打12368核实。"),
             ("说法三：", "“已将你列入网贷黑名单，子女上学受影响。”", "真相：不存在所谓“网贷黑名单”，逾期不会影响子女正常上学。"),
             ("说法四：", "“转到我个人账户，可以减免罚息。”", "真相：只通过贷款机构官方渠道还款，减免须有书面协议。")]
    for a, b, c in items:
        p.d.ellipse([70, y + 10, 88, y + 28], fill=RED)
        p.text(100, y, a + b, font="sans_b", size=25)
        y += 42
        y = p.para(100, y, 820, c, font="sans", size=24, gap=1.55, indent=False)
        y += 12
    p.hline(y + 10, 70, 930, color=RED, width=2)
    y = p.para(70, y + 30, 860, "遇到暴力催收、冒充公检法等情况，请拨打110报警，或拨打96110反诈专线咨询。", font="sans_b", size=25, indent=False)
    red_logo(p, 880, 1290, 52, "JC")
    p.text(70, 1275, "江城反诈　全民参与", font="sans", size=26, fill=RED)
    return p, dict(doc_type="other", **LAWFUL, text_contains=["爆你通讯录", "网贷黑名单", "96110"],
                   notes="Police anti-fraud leaflet that QUOTES collectors' threats (爆通讯录, 72小时内传票, 网贷黑名单, 子女上学, 个人账户减免) in order to warn; solid red header band and a red round logo (not a seal); no seal.")


def d_news(rng):
    p = Page(1000, 1400, paper=(246, 243, 234))
    p.d.text((70, 40), "江城晚报", font=F("serif_b", 72), fill=RED)
    p.lines.append("江城晚报")
    p.text(420, 62, "2024年6月12日　星期三　A07　民生", font="sans", size=22)
    p.hline(140, 70, 930, color=RED, width=5)
    p.hline(148, 70, 930, color=RED, width=1)
    y = p.para(70, 175, 860, "收到“律师函”“限高令”别慌张", font="serif_b", size=40, indent=False, gap=1.35)
    y = p.para(70, y, 860, "律师提醒：看公章、核案号、打12368", font="sans", size=28, indent=False)
    y += 10
    for s in ["本报讯（记者 蒋一帆）市民小周最近收到一张手机图片，标题是“限制消费令”，上面写着“你已被列入失信被执行人名单，坐不了高铁，名下银行卡即将冻结”。小周吓得一夜没睡。",
              "“这是典型的假文书。”江城律师协会的宋律师说，真正的限制消费令由法院作出，案号格式如（2024）浙0106执1234号，并加盖法院印章，印章中间是国徽图案。借款逾期本身不会让人直接成为“老赖”，只有在法院判决生效后仍拒不履行的被执行人，才可能被依法纳入失信名单。",
              "宋律师提醒，有的催收人员还会说“按剩余本金的20%收违约金”“今天不还就上门”，这些说法都没有依据。收到可疑文书，可登录中国执行信息公开网查询，或拨打12368核实；遭遇骚扰可向金融监管部门投诉。"]:
        y = p.para(70, y, 860, s, font="serif", size=24, gap=1.62)
    return p, dict(doc_type="other", **LAWFUL, text_contains=["江城晚报", "12368", "失信被执行人名单"],
                   notes="Newspaper page (red masthead and double red rule) reporting a fake 限制消费令 and quoting threats (失信名单, 坐不了高铁, 冻结, 20%违约金, 上门) to warn readers; no seal.")


def d_bank_leaflet_half(rng):
    p = Page(1000, 700, paper=(255, 255, 255))
    red_logo(p, 90, 70, 40, "HT")
    p.text(145, 40, "恒通银行　消费者权益保护提示", font="sans_b", size=30, fill=RED)
    p.hline(110, 50, 950, color=RED, width=3)
    rows = [["常见不实催收话术", "事实"],
            ["“逾期就解除合同，一次性还清”", "是否提前到期以合同和书面通知为准"],
            ["“按剩余本金20%收违约金”", "违约金按合同约定，过高可请求调减"],
            ["“冻结你所有银行卡”", "只有人民法院才能冻结财产"],
            ["“我是法务部调解专员”", "请核实对方所属机构，勿轻信"]]
    y = p.table(50, 130, [440, 460], rows, font="sans", size=23, color=RED, row_h=66, width=3, header_fill=(252, 228, 228))
    p.para(50, y + 20, 900, "还款请认准恒通银行App及营业网点，客服热线95501。", font="sans_b", size=24, indent=False)
    return p, dict(doc_type="other", **LAWFUL, text_contains=["消费者权益保护", "95501", "只有人民法院才能冻结财产"],
                   notes="Half-page bank consumer-protection leaflet (1000x700): red round logo (not a seal), red header rule, red table borders; quotes untrue collection claims in order to refute them.")


def d_credit_report(rng):
    p = Page(1240, 1754)
    y = p.center(90, "个人信用报告（本人版）阅读说明", font="serif_b", size=44)
    p.hline(y + 4, 110, 1130, color=RED, width=3)
    y = p.para(110, y + 30, 1020, "本说明由恒通银行个人金融部编印，供客户查阅个人信用报告时参考。个人信用报告由中国人民银行征信中心出具，可通过征信中心官方网站或银行网点自助查询机查询。", font="serif", size=28, gap=1.6)
    rows = [["报告栏目", "含义", "说明"],
            ["信贷交易信息明细", "贷款、信用卡账户情况", "按月更新"],
            ["逾期记录", "未按时足额还款的记录", "自结清之日起保留5年"],
            ["查询记录", "机构或本人的查询", "保留2年"],
            ["公共信息", "欠税、民事判决、强制执行", "来自公开渠道"]]
    y = p.table(110, y + 20, [310, 410, 300], rows, font="serif", size=26, color=RED, row_h=78, width=3)
    y += 30
    for s in ["一、不良信息报送前，放贷机构应当事先告知本人。如对报告内容有异议，可向征信中心或报送机构提出异议申请，机构应在规定期限内核查处理。",
              "二、目前并不存在所谓的“网贷黑名单”或“全网黑名单”。官方的信用记录只有中国人民银行的个人信用报告，以及人民法院依法公布的失信被执行人名单。",
              "三、逾期还清后，逾期记录自结清之日起保留5年，到期后自动删除。任何声称可以“花钱洗白征信”的，均属诈骗。"]:
        y = p.para(110, y, 1020, s, font="serif", size=28, gap=1.62)
    p.center(1680, "恒通银行个人金融部　2024年版", font="serif", size=24)
    return p, dict(doc_type="other", **LAWFUL, text_contains=["个人信用报告", "网贷黑名单", "保留5年"],
                   notes="Credit-report explanation page (1240x1754) with red table borders and red rule; states that no 'online-loan blacklist' exists (quoted to refute); no seal.")


def d_hongtou_gov(rng):
    p = Page(1000, 1400)
    y = p.center(100, "江城市地方金融管理局文件", font="serif_b", size=54, fill=RED)
    y = p.center(y + 20, "江金管发〔2024〕12号", font="serif", size=24)
    p.hline(y + 16, 80, 470, color=RED, width=3)
    p.hline(y + 16, 530, 920, color=RED, width=3)
    p.d.polygon(star_points(500, y + 17, 18), fill=RED)
    y = p.para(100, y + 60, 800, "关于进一步规范辖内地方金融组织催收行为的通知", font="serif_b", size=32, indent=False, gap=1.4)
    y = p.text(90, y + 10, "各小额贷款公司、融资担保公司：", font="ming", size=25)
    for s in ["为保护金融消费者合法权益，现就规范催收行为通知如下：",
              "一、催收应当以借款人本人为对象，不得以暴力、威胁、恐吓、侮辱、诽谤、骚扰等方式催收，不得向与债务无关的第三人透露借款人的债务信息。",
              "二、不得冒用司法机关、行政机关名义，不得伪造、变造律师函、限制消费令等法律文书，不得使用虚拟号码联系借款人。",
              "三、各机构应在每季度结束后十日内报送催收投诉处理情况。对违反本通知的机构，我局将依法依规处理。"]:
        y = p.para(90, y, 820, s, font="ming", size=25, gap=1.65)
    p.right(890, y + 70, "江城市地方金融管理局", font="ming", size=26)
    p.right(890, y + 120, "2024年3月15日", font="ming", size=26)
    p.seal(750, y + 95, 100, "江城市地方金融管理局", "star", "state_body")
    return p, dict(doc_type="other", **LAWFUL, text_contains=["江金管发〔2024〕12号", "规范辖内地方金融组织催收行为", "虚拟号码"],
                   notes="红头文件 of a local financial regulator: big red title, red rule with a red star in the middle (part of the header, not a seal), regulator's seal (star, state_body) on the date.")


def d_company_notice(rng):
    p = Page(1000, 1400)
    co = "瑞丰小额贷款有限公司"
    red_logo(p, 150, 110, 50, "RF")
    p.text(220, 78, co, font="zenhei", size=38, fill=RED)
    p.text(220, 128, "RUIFENG MICROCREDIT CO., LTD.", font="zenhei", size=18, fill=RED)
    p.hline(175, 80, 920, color=RED, width=4)
    y = p.center(210, "关于官方还款渠道及防范冒名催收的公告", font="zenhei", size=34)
    y += 20
    for s in ["尊敬的客户：", ]:
        y = p.text(90, y, s, font="zenhei", size=25)
    for s in ["近期发现有不法分子冒用我司名义，以“减免罚息”“特殊通道”为由，诱导客户向个人账户转账。为保障您的资金安全，现公告如下：",
              "一、我司唯一官方还款渠道为“瑞丰借款”App及我司对公账户，户名为瑞丰小额贷款有限公司。",
              "二、我司工作人员不会要求客户向任何个人账户转账，也不会收取所谓“保证金”。",
              "三、如需申请延期或分期还款，请通过App提交申请，审核结果以书面协议为准。",
              "四、如遇冒名催收，请拨打我司客服热线400-88XX-XXX核实，或向当地公安机关报案。"]:
        y = p.para(90, y, 820, s, font="zenhei", size=25, gap=1.7)
    # red underline under the key sentence
    p.hline(y + 6, 90, 910, color=RED, width=2)
    y += 30
    p.right(900, y + 50, co, font="zenhei", size=26)
    p.right(900, y + 100, "2024年6月1日", font="zenhei", size=26)
    p.seal(760, y + 80, 100, co, "star", "company")
    return p, dict(doc_type="other", **LAWFUL, text_contains=["官方还款渠道", "个人账户转账", "保证金"],
                   notes="Company 红头-style public notice: red round logo (not a seal), red company name, thick red header rule and a red underline; warns about fake fee-waiver / personal-account scams; company seal (star).")


def d_fenqi_agreement(rng):
    p = Page(1000, 1400)
    co = "瑞丰小额贷款有限公司"
    y = p.center(90, "分期还款协议", font="sans_b", size=44)
    y = p.text(90, y + 20, "甲方（贷款人）：" + co, font="ming", size=25)
    y = p.text(90, y, "乙方（借款人）：吴磊", font="ming", size=25)
    for s in ["乙方于2023年9月14日与甲方签订《个人消费借款合同》（编号RF-XD-2023-0047815）。因乙方暂时收入下降，经乙方申请、双方协商一致，就剩余欠款的归还达成如下协议：",
              "一、截至2024年5月31日，乙方尚欠本金人民币28,940.00元、利息人民币612.50元、逾期罚息人民币1,280.00元。",
              "二、甲方同意减免上述逾期罚息人民币1,280.00元。乙方自2024年6月起分12期归还剩余本息，每期人民币2,462.71元，还款日为每月15日。",
              "三、乙方应通过“瑞丰借款”App或甲方对公账户还款，不得向任何个人账户支付。",
              "四、本协议未约定事项，仍按原合同执行。本协议一式两份，自双方签字盖章之日起生效。"]:
        y = p.para(90, y, 820, s, font="ming", size=25, gap=1.7)
    y += 40
    p.text(90, y, "甲方（盖章）：", font="ming", size=25)
    p.text(540, y, "乙方（签字）：", font="ming", size=25)
    p.d.text((720, y - 8), "吴磊", font=F("kai", 42), fill=(20, 20, 90))
    p.lines.append("吴磊")
    p.text(90, y + 110, "日期：2024年6月3日", font="ming", size=25)
    p.text(540, y + 110, "日期：2024年6月3日", font="ming", size=25)
    p.seal(250, y + 60, 98, co, "star", "company", bottom="合同专用章")
    return p, dict(doc_type="other", **LAWFUL, text_contains=["分期还款协议", "减免", "对公账户"],
                   notes="Genuine written repayment-plan agreement: a real fee reduction (减免逾期罚息) recorded in writing, payment only via official channel; lender contract seal (star).")


def d_tiqian_daoqi(rng):
    p = Page(1000, 1400)
    bank = "恒通银行股份有限公司杭州分行"
    y = p.center(110, "贷款提前到期通知书", font="serif_b", size=44)
    y = p.right(900, y + 6, "编号：HTHZ-TQ-2024-0315", font="serif", size=22)
    y = p.text(90, y + 10, "孙浩先生：", font="serif", size=25)
    for s in ["您于2022年8月9日与我行签订的《个人消费贷款合同》（编号HTHZ-XD-2022-19384），借款本金人民币120,000.00元。自2024年1月起，您未按约定归还第17期至第20期的本息，已连续逾期四期。",
              "根据该合同第十二条第（三）项“借款人连续三期未按期还款的，贷款人有权宣布贷款提前到期”的约定，我行决定自2024年5月20日起宣布上述贷款提前到期。",
              "截至2024年5月20日，您尚欠贷款本金人民币71,355.42元、利息及逾期利息人民币2,846.17元。请您于2024年6月20日前，通过我行网点或手机银行归还上述款项。",
              "如您对欠款金额有异议，或确有还款困难，请在上述期限内联系我行个贷中心（0571-8765XXXX）协商。"]:
        y = p.para(90, y, 820, s, font="serif", size=25, gap=1.7)
    p.right(900, y + 70, bank, font="serif", size=25)
    p.right(900, y + 120, "2024年5月20日", font="serif", size=25)
    p.seal(760, y + 100, 100, bank, "star", "company", bottom="个贷业务专用章")
    return p, dict(doc_type="cancellation_notice", **LAWFUL, text_contains=["提前到期通知书", "连续逾期四期", "协商"],
                   notes="Genuine bank acceleration notice after four missed instalments, citing the contract clause, giving a month to pay and inviting negotiation; bank seal (star). Lawful, though it uses 提前到期.")


def d_tiaojie(rng):
    p = Page(1000, 1400)
    court = "长沙市岳麓区人民法院"
    case = "（2024）湘0104民初6621号"
    y = court_head(p, court, "民事调解书", case, tfont="serif_b")
    y = p.text(90, y, "原告：恒通银行股份有限公司长沙分行。", font="serif", size=24)
    y = p.text(90, y, "被告：何丽，女，1993年5月18日出生。", font="serif", size=24)
    for s in ["原告与被告金融借款合同纠纷一案，本院于2024年4月2日立案后，依法适用简易程序。经本院主持调解，双方当事人自愿达成如下协议：",
              "一、被告何丽尚欠原告借款本金及利息共计人民币45,600.00元，于2024年6月起每月25日前各支付人民币3,800.00元，至2025年5月25日付清；",
              "二、如被告未按期足额支付任何一期款项，原告有权就剩余未付款项一并向本院申请强制执行；",
              "三、案件受理费减半收取计人民币470.00元，由被告负担。",
              "上述协议，符合有关法律规定，本院予以确认。本调解书经双方当事人签收后，即具有法律效力。"]:
        y = p.para(90, y, 820, s, font="serif", size=24, gap=1.65)
    p.right(880, y + 30, "审判员　易成章", font="serif", size=25)
    p.right(880, y + 90, CN_DATE["2024-05-09"], font="serif", size=25)
    p.right(880, y + 150, "书记员　龙思琪", font="serif", size=25)
    p.seal(760, y + 90, 100, court, "emblem", "court")
    return p, dict(doc_type="other", **LAWFUL, text_contains=[case, "民事调解书", "自愿达成如下协议"],
                   notes="Genuine 民事调解书 (湘0104 = 岳麓区) with an instalment plan and a lawful acceleration-to-enforcement clause; court seal.")


# ---------------------------------------------------------------- content: forged papers
def fb(*extra):
    return ["sms.impersonation", *extra]


def f_lvshi_noseal(rng):
    p = Page(1000, 1400)
    y = p.center(100, "律师函", font="sans_b", size=56)
    y = p.center(y + 4, "LAWYER'S LETTER", font="sans", size=22)
    y = p.text(90, y + 30, "致：王建国", font="sans", size=26)
    for s in ["你在“速借花”平台的借款已严重逾期，经多次催告仍拒不还款，性质恶劣。",
              "本所受平台委托正式通知你：限你今日18点前还清全部欠款。逾期未还，我方将安排专员上门催收，走访你的户籍所在地和工作单位，同时将你的欠款情况发送给你通讯录中的所有联系人及紧急联系人。",
              "由此产生的一切后果由你本人承担。"]:
        y = p.para(90, y, 820, s, font="sans", size=26, gap=1.7)
    p.right(900, y + 80, "华正律师事务所", font="sans", size=26)
    p.right(900, y + 130, "2024年6月10日", font="sans", size=26)
    return p, dict(doc_type="lawyer_letter", expect=["seal.missing", "visit.home", "contact.third_party", "pressure.deadline"],
                   forbid=fb("image.edited", "seal.issuer_mismatch", "contact.virtual_number", "doc.case_number_invalid"),
                   lawful=False, text_contains=["律师函", "上门催收", "通讯录"],
                   notes="FORGED: 律师函 with no seal at all, threatening a home/workplace visit and messaging the address book and emergency contacts, with a same-day deadline.")


def f_xiaofei_company(rng):
    p = Page(1000, 1400)
    co = "江城安信资产管理有限公司"
    y = p.center(110, "限制消费令", font="serif_b", size=52)
    y = p.text(90, y + 40, "被限制人：刘洋", font="serif", size=26)
    for s in ["经核查，你在合作平台的借款逾期已超过30天。现根据相关规定，对你采取限制消费措施，已将你列入失信被执行人名单，限制你乘坐飞机、高铁，限制高消费，禁止入住星级酒店。",
              "请你在收到本令后立即与我司联系处理欠款事宜，我司将视还款情况为你申请解除限制。",
              "特此令。"]:
        y = p.para(90, y, 820, s, font="serif", size=26, gap=1.7)
    p.right(900, y + 80, co, font="serif", size=26)
    p.right(900, y + 130, "2024年5月30日", font="serif", size=26)
    p.seal(760, y + 105, 102, co, "star", "company")
    return p, dict(doc_type="restriction_order",
                   expect=["seal.issuer_mismatch", "doc.case_number_invalid", "blacklist.dishonest"],
                   forbid=fb("image.edited", "seal.missing", "contact.virtual_number"),
                   lawful=False, text_contains=["限制消费令", "失信被执行人名单", co],
                   notes="FORGED: 限制消费令 issued by an asset-management company, stamped with that company's star seal, and carrying no case number at all.")


def f_jiechu_20pct(rng):
    p = Page(1000, 1400)
    co = "江城安信资产管理有限公司"
    y = p.center(110, "解除合同通知书", font="sans_b", size=48)
    y = p.text(90, y + 40, "借款人：赵敏", font="sans", size=26)
    for s in ["你在“速借花”平台的借款已逾期3天。根据平台规定，我司即日起立即解除与你的借款合同，你须一次性结清全部欠款。",
              "同时，你须按剩余本金的20%支付违约金，共计人民币4,800.00元。",
              "请于24小时内结清全部款项，否则后果自负。"]:
        y = p.para(90, y, 820, s, font="sans", size=27, gap=1.7)
    p.right(900, y + 80, co, font="sans", size=26)
    p.right(900, y + 130, "2024年6月14日", font="sans", size=26)
    p.seal(760, y + 110, 100, co, "star", "company")
    return p, dict(doc_type="cancellation_notice",
                   expect=["penalty.inflated", "contract.termination", "pressure.deadline"],
                   forbid=fb("image.edited", "seal.missing", "seal.issuer_mismatch", "contact.virtual_number"),
                   lawful=False, text_contains=["解除合同通知书", "剩余本金的20%", "一次性结清"],
                   notes="FORGED/abusive: contract 'terminated' after 3 days overdue, penalty of 20% of the remaining principal, 24-hour deadline; carries a company seal (the issuer's own, so no issuer mismatch).")


def f_spaced_chuanpiao(rng):
    p = Page(1000, 1400)
    y = p.center(110, "江 城 市 人 民 法 院", font="sans_b", size=40)
    y = p.center(y + 10, "法  院  传  票", font="sans_b", size=52)
    y = p.right(900, y + 10, "（2024）法字第0032号", font="sans", size=24)
    y = p.text(90, y + 20, "被传唤人：孙浩", font="sans", size=26)
    for s in ["因你长期拖欠网贷欠款，平台已向本院提起 起 诉，本案已 立 案。",
              "你将在72小时内收到本院传票，请在今日内联系处理，逾期将依法 拘 留。"]:
        y = p.para(90, y, 820, s, font="sans", size=27, gap=1.8)
    p.right(900, y + 80, "江城市人民法院", font="sans", size=26)
    p.right(900, y + 130, "2024年6月8日", font="sans", size=26)
    p.seal(760, y + 105, 100, "江城市人民法院", "star", "court")
    return p, dict(doc_type="court_summons",
                   expect=["text.spaced", "seal.issuer_mismatch", "doc.case_number_invalid", "lawsuit.threat", "pressure.deadline"],
                   forbid=fb("image.edited", "seal.missing", "contact.virtual_number"),
                   lawful=False, text_contains=["（2024）法字第0032号", "72小时", "江城市人民法院"],
                   notes="FORGED: '法  院  传  票' and words in the body (起 诉, 立 案, 拘 留) spaced out with gaps; old-style 法字第 case number; five-pointed-star seal whose ring names a court; lawsuit and detention threats with a same-day deadline.")


def f_wangdai_blacklist(rng):
    p = Page(1000, 1400)
    y = p.center(100, "全国网贷逾期案件处理中心", font="kai", size=40)
    y = p.center(y + 10, "关于将你纳入网贷黑名单的通知", font="serif_b", size=40)
    y = p.text(90, y + 30, "当事人：周婷", font="serif", size=26)
    for s in ["经本中心审核，你在多个平台的借款长期逾期，现已将你纳入网贷黑名单，信息全网共享，所有平台将不再为你放款。",
              "黑名单记录将影响你子女上学和报考公务员政审，并同步至你的工作单位。",
              "如需申请移出，请尽快联系本中心调解专员处理。"]:
        y = p.para(90, y, 820, s, font="serif", size=27, gap=1.75)
    p.right(900, y + 80, "全国网贷逾期案件处理中心", font="serif", size=26)
    p.right(900, y + 130, "2024年6月2日", font="serif", size=26)
    return p, dict(doc_type="restriction_order",
                   expect=["blacklist.online_loan", "persona.authority", "family.children", "seal.missing"],
                   forbid=fb("image.edited", "seal.issuer_mismatch", "contact.virtual_number"),
                   lawful=False, text_contains=["网贷黑名单", "逾期案件处理中心", "子女上学"],
                   notes="FORGED: 'blacklist' notice from an invented 'national overdue-case handling centre', no seal; online-loan blacklist, children's schooling / civil-service vetting threat, '调解专员'. '同步至你的工作单位' (contact.third_party?) left unlabelled.")


def f_lvshi_company_seal(rng):
    p = Page(1000, 1400)
    co = "江城安信资产管理有限公司"
    y = p.center(100, "律师函", font="ming", size=56)
    y = p.text(90, y + 40, "黄志强：", font="ming", size=27)
    for s in ["你在我方委托平台的借款逾期未还。现正式通知你：",
              "一、若三日内不还款，我方将立即起诉，并申请冻结你名下所有银行卡、微信及支付宝账户。",
              "二、如你暂无能力还款，建议你先去其他平台借款，把本平台欠款还上，以贷养贷也要先还我们。",
              "三、诉讼费、律师费等全部费用均由你承担。"]:
        y = p.para(90, y, 820, s, font="ming", size=27, gap=1.75)
    p.right(900, y + 80, co, font="ming", size=26)
    p.right(900, y + 130, "二〇二四年五月二十八日", font="ming", size=26)
    p.seal(760, y + 105, 102, co, "star", "company")
    return p, dict(doc_type="lawyer_letter",
                   expect=["seal.issuer_mismatch", "lawsuit.threat", "asset.freeze", "borrow.new_loan", "pressure.deadline"],
                   forbid=fb("image.edited", "seal.missing", "contact.virtual_number", "doc.case_number_invalid"),
                   lawful=False, text_contains=["律师函", "冻结你名下所有", "以贷养贷"],
                   notes="FORGED: 律师函 stamped with an asset-management company's seal (no law firm), threatening immediate suit and freezing of all cards/WeChat/Alipay in three days, and pushing new borrowing elsewhere.")


def f_psd_tongzhi(rng):
    p = Page(1000, 1400)
    y = p.center(110, "还款通知", font="sans_b", size=50)
    y = p.text(90, y + 40, "客户：陈晓燕", font="sans", size=26)
    for s in ["我是速借花法务部专员。你的账户已逾期45天，应还金额人民币12,760.00元。",
              "今天是最后通牒：今日内将6,000.00元转入以下个人账户，即可减免全部罚息，本月还清以后不再催收。",
              "收款人：李某某　账号：6222 02** **** 3318",
              "联系电话：17085216093（微信同号）"]:
        y = p.para(90, y, 820, s, font="sans", size=27, gap=1.75)
    return p, dict(doc_type="other",
                   expect=["image.edited", "persona.authority", "promise.fee_waiver", "contact.virtual_number", "pressure.deadline"],
                   forbid=fb("seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid"),
                   lawful=False, text_contains=["法务部专员", "个人账户", "17085216093"],
                   notes="FORGED/abusive: 'notice' from a self-styled 法务部专员 asking for a transfer to a personal account for a full waiver, 最后通牒/今日内, call-back on a 170 (virtual) number; EXIF Software = Adobe Photoshop.")


# ---------------------------------------------------------------- content: screenshots
def s_12368_light(rng):
    s = Screen(720, 1560, dark=False)
    y = s.sms_header("12368", "短信/彩信")
    y = s.time_label(y, "6月4日 上午10:15")
    y = s.sms_bubble(y, "【上海市浦东新区人民法院】陈晓燕，您好！您与恒通银行股份有限公司上海分行信用卡纠纷一案〔（2024）沪0115民初53621号〕，定于2024年7月9日14时00分在本院第二十一法庭开庭审理，请准时到庭。传票已通过邮寄送达，如有疑问请拨打12368。")
    s.sms_footer()
    return s, dict(doc_type="sms_message", **LAWFUL, sender="12368", text_contains=["12368", "开庭审理", "上海市浦东新区人民法院"],
                   notes="Court hearing SMS from the courts' service number 12368 (light mode, 720x1560), matching the 传票 in this set.")


def s_12368_dark(rng):
    s = Screen(1080, 2340, dark=True, font="microhei")
    y = s.sms_header("12368", "")
    y = s.time_label(y, "2023年11月15日 09:42")
    y = s.sms_bubble(y, "【深圳市福田区人民法院】黄志强：申请执行人安和消费金融有限公司与您借款合同纠纷一案已立案执行，案号（2023）粤0304执4567号。执行通知书等文书已通过电子送达平台送达，请登录人民法院在线服务平台查收。详询12368。")
    y = s.time_label(y, "2023年11月28日 15:20")
    y = s.sms_bubble(y, "【深圳市福田区人民法院】黄志强：您好，您申报的财产情况本院已收到，承办人将与您联系。案号（2023）粤0304执4567号。")
    s.sms_footer()
    return s, dict(doc_type="sms_message", **LAWFUL, sender="12368", text_contains=["12368", "立案执行", "执行通知书"],
                   notes="Two court SMS from 12368 (dark mode, 1080x2340) in an enforcement case: case filed for enforcement, e-service; lawful.")


def s_12368_dark_xiaofei(rng):
    s = Screen(720, 1560, dark=True)
    y = s.sms_header("12368", "短信")
    y = s.time_label(y, "4月23日 下午4:08")
    y = s.sms_bubble(y, "【成都市武侯区人民法院】郑欣：本院在（2024）川0107执3310号案件中已依法对您作出限制消费令，文书已电子送达。如已履行完毕或有异议，可向本院申请解除或提出异议。咨询请拨打12368。", size=28)
    s.sms_footer()
    return s, dict(doc_type="sms_message", **LAWFUL, sender="12368", text_contains=["12368", "（2024）川0107执3310号", "限制消费令"],
                   notes="Court SMS from 12368 (dark mode) telling the debtor a 限制消费令 was issued in an enforcement case; lawful, with case number.")


def s_bank_light(rng):
    s = Screen(720, 1560, dark=False, font="zenhei")
    y = s.sms_header("95501", "恒通银行")
    y = s.time_label(y, "5月20日 上午8:30")
    y = s.sms_bubble(y, "【恒通银行】尊敬的赵女士：您尾号3157的信用卡本期账单应还款5,236.80元，最低还款额523.68元，到期还款日5月25日。可通过恒通银行App“信用卡—还款”办理。如已还款请忽略。")
    y = s.time_label(y, "5月26日 上午9:02")
    y = s.sms_bubble(y, "【恒通银行】尊敬的赵女士：您尾号3157的信用卡账单尚未足额还款，可能产生利息并影响信用记录。如还款困难，可致电95501申请分期。")
    y = s.time_label(y, "5月30日 下午7:45")
    y = s.sms_bubble(y, "【恒通银行】您尾号3157的信用卡于05月30日19:44还款5,236.80元，本期账单已还清。感谢您的支持！")
    s.sms_footer()
    return s, dict(doc_type="sms_message", **LAWFUL, sender="95501", text_contains=["95501", "5,236.80", "19:44还款5,236.80元"],
                   notes="Bank 955xx SMS thread (light mode): bill reminder, polite overdue reminder mentioning credit record and instalment option, repayment confirmation.")


def s_bank_dark(rng):
    s = Screen(1080, 2340, dark=True)
    y = s.sms_header("95501", "")
    y = s.time_label(y, "6月3日 10:11")
    y = s.sms_bubble(y, "【恒通银行】尊敬的孙先生：您的个人消费贷款（尾号9384）本期应还2,105.33元，目前已逾期3天。逾期将按合同约定计收逾期利息，并可能影响您的个人信用记录。请通过恒通银行App“贷款—还款”或网点办理。如有困难请致电95501协商。")
    y = s.time_label(y, "6月5日 14:37")
    y = s.sms_bubble(y, "【恒通银行】尊敬的孙先生：您尾号9384的贷款已于06月05日还款2,105.33元，当前无逾期。")
    s.sms_footer()
    return s, dict(doc_type="sms_message", **LAWFUL, sender="95501", text_contains=["95501", "2,105.33", "逾期3天"],
                   notes="Bank SMS (dark mode, 1080x2340): polite overdue reminder naming contract overdue interest and credit record, then repayment confirmation; lawful.")


def s_bank_antifraud(rng):
    s = Screen(1080, 2340, dark=False, font="microhei")
    y = s.sms_header("95501", "恒通银行")
    y = s.time_label(y, "6月12日 12:00")
    y = s.sms_bubble(y, "【恒通银行】防诈提醒：近期有不法分子冒充法院、律师发送“限高令”“律师函”图片，声称要“爆通讯录”“上门催收”，并要求转账到个人账户。法院短信仅来自12368，请拨打12368核实；还款请认准本行App及网点。")
    s.sms_footer()
    return s, dict(doc_type="sms_message", **LAWFUL, sender="95501", text_contains=["防诈提醒", "爆通讯录", "12368"],
                   notes="Bank anti-fraud SMS (light mode, 1080x2340) quoting collectors' threats (爆通讯录, 上门催收, 个人账户) to warn customers; from the bank's 955xx number.")


def s_lender106_light(rng):
    s = Screen(720, 1560, dark=False)
    y = s.sms_header("10690558812", "")
    y = s.time_label(y, "5月26日 上午9:00")
    y = s.sms_bubble(y, "【安和消费金融】周女士您好，您的借款本期应还1,633.20元，还款日为5月28日，请确保绑定银行卡余额充足，或通过“安和消费”App主动还款。客服热线400-66XX-XXX。回T退订")
    y = s.time_label(y, "5月29日 上午9:05")
    y = s.sms_bubble(y, "【安和消费金融】周女士您好，您的借款本期1,633.20元尚未还款，请尽快通过“安和消费”App还款，以免产生逾期利息。如已还款请忽略。回T退订")
    s.sms_footer()
    return s, dict(doc_type="sms_message", **LAWFUL, sender="10690558812", text_contains=["安和消费金融", "1,633.20", "回T退订"],
                   notes="Lender's own polite reminders from a 1069 gateway (light mode); no court or state body named, so sms.impersonation must not fire.")


def s_lender106_dark(rng):
    s = Screen(1080, 2340, dark=True, font="zenhei")
    y = s.sms_header("106980095518", "")
    y = s.time_label(y, "4月15日 10:20")
    y = s.sms_bubble(y, "【安和消费金融】周女士，您的借款剩余本息50,412.66元，如需提前结清，可在“安和消费”App“我的借款—提前还款”中操作，提前结清不收取额外费用。")
    y = s.time_label(y, "4月18日 16:02")
    y = s.sms_bubble(y, "【安和消费金融】周女士，您合同号AH2023031600872的借款已于2024年04月18日全部结清。如需结清证明，可在App中申请。感谢您的信任！")
    s.sms_footer()
    return s, dict(doc_type="sms_message", **LAWFUL, sender="106980095518", text_contains=["安和消费金融", "全部结清", "结清证明"],
                   notes="Lender's 106 messages (dark mode, 1080x2340): early-settlement info and settlement confirmation; lawful.")


def s_lender106_fenqi(rng):
    s = Screen(1080, 2340, dark=False)
    y = s.sms_header("10690371866", "")
    y = s.time_label(y, "6月3日 17:30")
    y = s.sms_bubble(y, "【瑞丰借款】吴先生您好，您申请的分期还款方案已审核通过：剩余本息分12期归还，每期2,462.71元，每月15日还款。已减免的逾期罚息1,280.00元已在账单中体现，协议可在App“我的合同”查看。请仅通过App或对公账户还款。")
    s.sms_footer()
    return s, dict(doc_type="sms_message", **LAWFUL, sender="10690371866", text_contains=["瑞丰借款", "1,280.00", "对公账户"],
                   notes="Lender's 106 SMS confirming an approved written instalment plan with a real, documented fee reduction, payable only through the official app / company account; lawful.")


def s_wechat_light(rng):
    s = Screen(720, 1560, dark=False)
    y = s.chat_header("安和消费金融客服")
    y = s.time_label(y, "14:02")
    A, B = (210, 60, 60), (90, 130, 200)
    y = s.chat_bubble(y, "您好，我这个月工资晚发，本期可能要晚几天还，怎么办？", True, B, "周")
    y = s.chat_bubble(y, "您好，理解您的情况。您可以在“安和消费”App“我的借款—延期还款申请”中提交申请，审核结果会以短信和App消息通知您。", False, A, "安")
    y = s.chat_bubble(y, "延期会收费吗？", True, B, "周")
    y = s.chat_bubble(y, "延期期间按合同约定计息，不收取其他费用。请您只通过App或对公账户还款，我司不会要求转账到个人账户。", False, A, "安")
    y = s.chat_bubble(y, "好的，谢谢", True, B, "周")
    s.chat_footer()
    return s, dict(doc_type="sms_message", **LAWFUL, sender=None, text_contains=["安和消费金融客服", "延期会收费吗", "审核结果"],
                   notes="WeChat-style chat (light mode) with the lender's official customer service: polite, points to the in-app deferral request; doc_type counted as a message thread.")


def s_wechat_dark(rng):
    s = Screen(1080, 2340, dark=True)
    y = s.chat_header("恒通银行信用卡")
    y = s.time_label(y, "昨天 21:14")
    A, B = (200, 40, 50), (80, 150, 110)
    y = s.chat_bubble(y, "有人打电话说是你们的，说我再不还就要爆我通讯录，还说明天上门，是真的吗？", True, B, "赵")
    y = s.chat_bubble(y, "您好，本行及委托的机构不会联系您通讯录中与债务无关的人员，也不会上门恐吓。请您保存通话记录，并可通过95501进行投诉核实。", False, A, "恒")
    y = s.chat_bubble(y, "那我的账单怎么还？", True, B, "赵")
    y = s.chat_bubble(y, "您可在恒通银行App“信用卡—还款”中还款，本期应还5,236.80元。如还款有困难，可申请账单分期。", False, A, "恒")
    s.chat_footer()
    return s, dict(doc_type="sms_message", **LAWFUL, sender=None, text_contains=["恒通银行信用卡", "爆我通讯录", "95501"],
                   notes="WeChat-style chat (dark mode, 1080x2340): the CUSTOMER quotes a caller's threat (爆通讯录, 上门); the bank's official account answers that it does not do this and points to complaints and official repayment; lawful.")


def sf_court_1069(rng):
    s = Screen(720, 1560, dark=False, font="zenhei")
    y = s.sms_header("1069033127781", "")
    y = s.time_label(y, "6月11日 上午11:26")
    y = s.sms_bubble(y, "【上海市浦东新区人民法院】王建国：你因网贷逾期已被起诉，案件已立案，今日18:00前未处理将强制执行。请立即联系承办人处理：021-5088XXXX。")
    s.sms_footer()
    return s, dict(doc_type="sms_message", expect=["sms.impersonation", "lawsuit.threat", "pressure.deadline"],
                   forbid=["image.edited", "seal.missing", "contact.virtual_number", "text.spaced"], lawful=False,
                   sender="1069033127781", text_contains=["【上海市浦东新区人民法院】", "已被起诉", "今日18:00前"],
                   notes="FORGED: SMS in the name of 【上海市浦东新区人民法院】 sent from a 1069 commercial gateway; 'already filed', enforcement by 18:00 today.")


def sf_spaced_mobile(rng):
    s = Screen(1080, 2340, dark=True, font="sans")
    y = s.sms_header("+86 138 2207 4519", "")
    y = s.time_label(y, "6月13日 20:48")
    y = s.sms_bubble(y, "王建国，你的 法 院 传 票 已 发 出，明 天 安排人 上 门 到你家楼下。再不处理就 爆 通 讯 录，通知你所有亲友和单位。速回电17052283016")
    s.sms_footer()
    return s, dict(doc_type="sms_message",
                   expect=["text.spaced", "lawsuit.threat", "visit.home", "contact.third_party", "contact.virtual_number"],
                   forbid=["image.edited", "seal.missing"], lawful=False, sender="+86 138 2207 4519",
                   text_contains=["17052283016", "家楼下", "王建国"],
                   notes="FORGED/abusive: SMS from a mobile number with spaced sensitive words (法 院 传 票, 上 门, 爆 通 讯 录), visit to 'your building', address-book threat, call-back on a 170 virtual number. sms.impersonation not labelled (no 【court】 signature).")


def sf_wechat_tiaojie(rng):
    s = Screen(1080, 2340, dark=False)
    y = s.chat_header("诉前调解中心-李专员")
    y = s.time_label(y, "10:18")
    A, B = (60, 60, 70), (90, 130, 200)
    y = s.chat_bubble(y, "我是诉前调解中心的调解员，你的案件已经转到我这里。", False, A, "李")
    y = s.chat_bubble(y, "我该怎么办？", True, B, "我")
    y = s.chat_bubble(y, "今天下午5点前转到我个人账户3,000元，可以走特殊关怀通道，减免全部罚息，以后不再催收。过了时间就转法院了。", False, A, "李")
    s.chat_footer()
    return s, dict(doc_type="sms_message", expect=["persona.authority", "promise.fee_waiver", "pressure.deadline"],
                   forbid=["image.edited", "seal.missing", "sms.impersonation", "contact.virtual_number"], lawful=False, sender=None,
                   text_contains=["诉前调解中心", "个人账户", "特殊关怀通道"],
                   notes="FORGED/abusive: WeChat-style chat with a self-styled 诉前调解员 (no case number), deadline 今天下午5点前, transfer to a personal account via a 'special care channel' for a full waiver. '转法院' (lawsuit.threat?) left unlabelled.")


# ---------------------------------------------------------------- driver
# (builder, kind, capture options) in file order; "f" builders are forged.
PLAN = [
    (d_chuanpiao, "scan", {}),
    (s_bank_light, "screenshot", {}),
    (d_lvshi2, "photo", {"bg": "wood", "orient": 8, "q": 84}),
    (f_jiechu_20pct, "photo", {"bg": "stone", "q": 80}),
    (d_xiaofei, "photo", {"bg": "fabric", "orient": 6, "make": ("Xiaomi", "23049RAD8C"), "q": 86}),
    (d_contract_clauses, "scan", {}),
    (s_12368_dark, "screenshot", {}),
    (d_receipt, "photo", {"bg": "dark", "q": 82}),
    (d_news, "scan", {}),
    (sf_court_1069, "screenshot", {}),
    (d_yingsu, "photo", {"bg": "wood", "q": 78}),
    (d_jieqing, "scan", {}),
    (s_wechat_light, "screenshot", {}),
    (d_fanzha_leaflet, "photo", {"bg": "stone", "q": 85}),
    (f_xiaofei_company, "scan", {}),
    (d_hongtou_gov, "photo", {"bg": "dark", "orient": 3, "q": 80}),
    (s_lender106_light, "screenshot", {}),
    (d_kaiting, "scan", {}),
    (d_panjue, "photo", {"bg": "wood", "make": ("HUAWEI", "HMA-AL00"),
                         "software": "HMA-AL00 9.1.0.300(C00E300R1P21)", "q": 82}),
    (f_lvshi_noseal, "photo", {"bg": "fabric", "q": 76}),
    (s_bank_dark, "screenshot", {}),
    (d_shixin, "scan", {}),
    (d_bank_remind, "photo", {"bg": "stone", "make": ("OPPO", "PHM110"), "q": 88}),
    (s_12368_light, "screenshot", {}),
    (f_spaced_chuanpiao, "scan", {}),
    (d_lvshi1, "scan", {}),
    (d_contract_sign, "photo", {"bg": "dark", "q": 72}),
    (s_wechat_dark, "screenshot", {}),
    (sf_spaced_mobile, "screenshot", {}),
    (d_company_notice, "scan", {}),
    (d_fenqi_agreement, "photo", {"bg": "wood", "orient": 6, "q": 80}),
    (s_lender106_dark, "screenshot", {}),
    (f_wangdai_blacklist, "photo", {"bg": "fabric", "orient": 8, "q": 83}),
    (d_credit_report, "scan", {}),
    (s_bank_antifraud, "screenshot", {}),
    (d_tiqian_daoqi, "photo", {"bg": "stone", "q": 74}),
    (f_lvshi_company_seal, "photo", {"bg": "wood", "q": 86}),
    (d_bank_leaflet_half, "scan", {}),
    (s_12368_dark_xiaofei, "screenshot", {}),
    (d_zhixing, "scan", {}),
    (sf_wechat_tiaojie, "screenshot", {}),
    (d_tiaojie, "scan", {}),
    (f_psd_tongzhi, "photo", {"bg": "dark", "make": ("Apple", "iPhone 13"),
                              "software": "Adobe Photoshop 24.7 (Windows)", "q": 80}),
    (s_lender106_fenqi, "screenshot", {}),
]


def main():
    for fn in os.listdir(OUT):
        if fn.startswith("dl2_") and fn.split(".")[-1] in ("jpg", "png", "json"):
            os.remove(os.path.join(OUT, fn))
    nl = nf = 0
    for i, (builder, kind, opt) in enumerate(PLAN, 1):
        rng = np.random.default_rng([SEED, i])
        obj, meta = builder(rng)
        lawful = meta["lawful"]
        if lawful:
            nl += 1
            stem = f"dl2_{i:02d}_l{nl:02d}"
        else:
            nf += 1
            stem = f"dl2_{i:02d}_f{nf:02d}"
        seals: list = []
        if kind == "screenshot":
            img = obj.img
            fname = stem + ".png"
            save_png(img, os.path.join(OUT, fname))
            lines, specs = obj.lines, []
        else:
            page = obj
            specs = page.seals
            flat = page.render(rng)
            if kind == "scan":
                img, seals = scan_capture(flat, specs, rng)
                q = int(rng.integers(80, 90))
                fname = stem + ".jpg"
                save_jpeg(img, os.path.join(OUT, fname), q)
            else:
                if page.w > page.h:
                    out = (1440, 1080)
                elif page.w > 1100:
                    out = (1260, 1680)
                else:
                    out = (1080, 1440)
                img, seals = photo_capture(flat, specs, rng, out=out, bg=opt.get("bg", "wood"))
                fname = stem + ".jpg"
                save_jpeg(img, os.path.join(OUT, fname), opt.get("q", 82), orient=opt.get("orient"),
                          make=opt.get("make"), software=opt.get("software"))
            lines = page.lines
        for t in meta["text_contains"]:
            if not any(t in l for l in lines):
                print("  !! text_contains not on one line:", stem, t)
        side = {
            "doc_type": meta["doc_type"],
            "kind": kind,
            "expect": meta["expect"],
            "forbid": meta["forbid"],
            "seals": seals,
            "seal_texts": [s.label_text for s in specs],
            "seal_centers": [s.center for s in specs],
            "seal_kinds": [s.kind for s in specs],
            "sender": meta.get("sender"),
            "text_contains": meta["text_contains"],
            "lawful": lawful,
            "notes": meta["notes"],
            "image": fname,
            "size": list(img.size),
            "source_text": lines,
        }
        with open(os.path.join(OUT, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(side, fh, ensure_ascii=False, indent=1)
        print(f"{fname:22s} {kind:10s} {meta['doc_type']:20s} {os.path.getsize(os.path.join(OUT, fname)) // 1024:4d} KB  seals={seals}")


if __name__ == "__main__":
    main()
