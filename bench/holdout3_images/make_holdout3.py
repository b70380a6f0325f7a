#!/usr/bin/env python3
"""Generator for bench/holdout3_images: a BLIND held-out set (25 lawful, 25 forged/intimidating).

Deterministic: every random choice comes from random.Random / numpy seeded per item.
Run:  python bench/holdout3_images/make_holdout3.py   (writes images + JSON sidecars next to it)

Written from scratch from the marker contract (shared/spec/markers.md) and the seed account only.
"""
import io
import json
import math
import os
import random
import re
import sys

import numpy as np
import cv2
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------------------- fonts
F_SANS = ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2)
F_SANS_B = ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2)
F_SERIF = ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2)
F_SERIF_B = ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2)
F_MING = ("/usr/share/fonts/truetype/arphic/uming.ttc", 0)
F_KAI = ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0)
F_WQY = ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0)
F_ZEN = ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0)
BODY_FONTS = [F_SANS, F_SERIF, F_MING, F_KAI, F_WQY, F_ZEN]

_font_cache = {}


def font(spec, size):
    key = (spec, size)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(spec[0], size, index=spec[1])
    return _font_cache[key]


def text_w(fnt, s):
    if not s:
        return 0
    return fnt.getlength(s)


def wrap(fnt, text, width):
    """Greedy character wrap for CJK text (keeps ASCII runs / digits together where possible)."""
    lines = []
    cur = ""
    tokens = re.findall(r"[A-Za-z0-9.:%/@\-]+|.", text)
    for tok in tokens:
        if text_w(fnt, cur + tok) <= width:
            cur += tok
        else:
            if cur:
                lines.append(cur)
            # very long ascii token: split by char
            while text_w(fnt, tok) > width:
                k = len(tok)
                while k > 1 and text_w(fnt, tok[:k]) > width:
                    k -= 1
                lines.append(tok[:k])
                tok = tok[k:]
            cur = tok
    if cur:
        lines.append(cur)
    # do not start a line with closing punctuation
    fixed = []
    for ln in lines:
        while fixed and ln and ln[0] in "，。；：、）》”！？" and len(fixed[-1]) > 1:
            ln = ln[0] + ln[1:]
            fixed[-1] = fixed[-1] + ln[0]
            ln = ln[1:]
        if ln:
            fixed.append(ln)
    return fixed


# ----------------------------------------------------------------------------- seals & stamps
SEAL_RED = (205, 32, 38)


def star_points(cx, cy, r_out, r_in=None, rot=-90):
    if r_in is None:
        r_in = r_out * 0.382
    pts = []
    for i in range(10):
        r = r_out if i % 2 == 0 else r_in
        a = math.radians(rot + i * 36)
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return pts


def draw_seal(diam, ring_text, center="star", bottom=None, rng=None, color=SEAL_RED,
              ring_font=F_SANS_B, inner_ring=False):
    """Return an RGBA image of a round red seal of diameter `diam`."""
    rng = rng or random.Random(0)
    S = diam * 2  # supersample
    im = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(im)
    c = S / 2
    lw = max(6, int(S * 0.035))
    d.ellipse([lw / 2, lw / 2, S - lw / 2, S - lw / 2], outline=255, width=lw)
    if inner_ring:
        m = lw * 2.2
        d.ellipse([m, m, S - m, S - m], outline=255, width=max(2, lw // 4))
    # ring text along top arc
    n = len(ring_text)
    span = min(250.0, 24.0 * n + 20) if n > 6 else 150.0
    fs = int(S * (0.125 if n <= 12 else 0.110 if n <= 15 else 0.095))
    f = font(ring_font, fs)
    r_text = c - lw - fs * 0.62 - (lw if inner_ring else 0)
    for i, ch in enumerate(ring_text):
        a = -90 - span / 2 + span * (i + 0.5) / n  # degrees, screen coords
        tile = Image.new("L", (fs * 2, fs * 2), 0)
        ImageDraw.Draw(tile).text((fs, fs), ch, font=f, fill=255, anchor="mm")
        tile = tile.rotate(-(a + 90), resample=Image.BICUBIC)
        x = c + r_text * math.cos(math.radians(a))
        y = c + r_text * math.sin(math.radians(a))
        im.paste(255, (int(x - fs), int(y - fs)), tile)
    if center == "star":
        d.polygon(star_points(c, c + S * 0.0, S * 0.17), fill=255)
    elif center == "emblem":
        # simplified national-emblem-like device: ring of grain, gate, one big + four small stars
        R = S * 0.20
        d.ellipse([c - R, c - R, c + R, c + R], outline=255, width=max(3, lw // 2))
        for k in range(14):  # wheat-ear ticks around the emblem
            a = math.radians(200 + k * (140 / 13) * 1.0)
            for side in (-1, 1):
                aa = math.radians(90) + side * (math.radians(25) + k * math.radians(10))
                x1 = c + R * 0.92 * math.cos(aa)
                y1 = c + R * 0.92 * math.sin(aa)
                d.ellipse([x1 - S * 0.012, y1 - S * 0.02, x1 + S * 0.012, y1 + S * 0.02], fill=255)
        d.polygon(star_points(c - R * 0.35, c - R * 0.38, R * 0.26), fill=255)
        for k, (dx, dy) in enumerate([(0.05, -0.62), (0.22, -0.50), (0.28, -0.30), (0.20, -0.12)]):
            d.polygon(star_points(c + R * dx, c + R * dy, R * 0.09), fill=255)
        # gate (Tiananmen-like) block
        gx0, gx1 = c - R * 0.55, c + R * 0.55
        d.rectangle([gx0, c + R * 0.05, gx1, c + R * 0.18], fill=255)
        d.polygon([(gx0 - R * 0.08, c + R * 0.05), (gx1 + R * 0.08, c + R * 0.05),
                   (gx1 - R * 0.1, c - R * 0.06), (gx0 + R * 0.1, c - R * 0.06)], fill=255)
        d.rectangle([gx0 + R * 0.05, c + R * 0.22, gx1 - R * 0.05, c + R * 0.48], fill=255)
        for k in range(5):
            x = gx0 + R * 0.15 + k * (gx1 - gx0 - R * 0.3) / 4
            d.rectangle([x - R * 0.05, c + R * 0.30, x + R * 0.05, c + R * 0.48], fill=0)
        d.rectangle([c - R * 0.7, c + R * 0.55, c + R * 0.7, c + R * 0.63], fill=255)
    if bottom:
        fb = font(ring_font, int(S * 0.085))
        d.text((c, c + S * 0.30), bottom, font=fb, fill=255, anchor="mm")
    im = im.resize((diam, diam), Image.LANCZOS)
    a = np.asarray(im).astype(np.float32) / 255.0
    # ink texture: uneven pressure + speckle gaps
    nr = np.random.RandomState(rng.randint(0, 10 ** 6))
    low = cv2.resize(nr.rand(6, 6).astype(np.float32), (diam, diam), interpolation=cv2.INTER_CUBIC)
    speck = (nr.rand(diam, diam) > 0.10).astype(np.float32)
    speck = cv2.GaussianBlur(speck, (3, 3), 0)
    a = a * np.clip(0.62 + 0.45 * low, 0.45, 1.0) * (0.55 + 0.45 * speck)
    a = np.clip(a * 0.92, 0, 1)
    out = np.zeros((diam, diam, 4), np.uint8)
    out[..., 0], out[..., 1], out[..., 2] = color
    out[..., 3] = (a * 255).astype(np.uint8)
    img = Image.fromarray(out, "RGBA")
    return img.rotate(rng.uniform(-12, 12), resample=Image.BICUBIC)


def multiply_paste(page, rgba, xy):
    """Multiply-blend an RGBA ink layer onto an RGB page (ink over text looks like real stamping)."""
    x, y = xy
    w, h = rgba.size
    base = np.asarray(page).astype(np.float32)
    ink = np.asarray(rgba).astype(np.float32)
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(page.width, x + w), min(page.height, y + h)
    sub = base[y0:y1, x0:x1]
    k = ink[y0 - y:y1 - y, x0 - x:x1 - x]
    al = k[..., 3:4] / 255.0
    col = k[..., :3] / 255.0
    sub[:] = sub * (1 - al) + sub * col * al
    return Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))


def draw_rect_stamp(text_lines, rng, scale=1.0):
    """Rectangular PAID / 已结清 stamp (NOT a seal)."""
    W, H = int(300 * scale), int(130 * scale)
    im = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(im)
    d.rectangle([4, 4, W - 5, H - 5], outline=255, width=7)
    d.rectangle([14, 14, W - 15, H - 15], outline=255, width=2)
    f1 = font(F_SANS_B, int(52 * scale))
    f2 = font(F_SANS_B, int(26 * scale))
    d.text((W / 2, H * 0.40), text_lines[0], font=f1, fill=255, anchor="mm")
    if len(text_lines) > 1:
        d.text((W / 2, H * 0.76), text_lines[1], font=f2, fill=255, anchor="mm")
    a = np.asarray(im).astype(np.float32) / 255
    nr = np.random.RandomState(rng.randint(0, 10 ** 6))
    a *= 0.6 + 0.4 * (nr.rand(H, W) > 0.12)
    out = np.zeros((H, W, 4), np.uint8)
    out[..., 0], out[..., 1], out[..., 2] = (200, 40, 45)
    out[..., 3] = (np.clip(a * 0.9, 0, 1) * 255).astype(np.uint8)
    return Image.fromarray(out, "RGBA").rotate(rng.uniform(-18, -8), expand=True, resample=Image.BICUBIC)


def draw_round_logo(diam, inner_text, rng, color=(210, 30, 30)):
    """A filled red round brand/campaign logo (NOT a seal)."""
    S = diam * 2
    im = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse([0, 0, S - 1, S - 1], fill=color + (255,))
    d.ellipse([S * 0.08, S * 0.08, S * 0.92, S * 0.92], outline=(255, 255, 255, 255), width=int(S * 0.025))
    f = font(F_SANS_B, int(S * 0.26))
    d.text((S / 2, S / 2), inner_text, font=f, fill=(255, 255, 255, 255), anchor="mm")
    return im.resize((diam, diam), Image.LANCZOS)


# ----------------------------------------------------------------------------- page layout
class Page:
    def __init__(self, rng, w=1000, h=1400, body_font=F_SERIF, size=33, bg=(255, 255, 255)):
        self.rng = rng
        self.w, self.h = w, h
        self.img = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.y = 90
        self.mx = 95
        self.body_font = body_font
        self.size = size
        self.lines = []  # source_text
        self.seals = []  # dicts: box, text, center, kind
        self.overlays = []  # (rgba, xy) pasted after text (seals, stamps)

    def f(self, spec=None, size=None):
        return font(spec or self.body_font, size or self.size)

    def gap(self, px):
        self.y += px

    def center(self, s, spec=None, size=None, color=(20, 20, 20), record=True, gap=14):
        fnt = self.f(spec, size)
        self.d.text((self.w / 2, self.y), s, font=fnt, fill=color, anchor="mt")
        if record:
            self.lines.append(s)
        self.y += (size or self.size) + gap

    def right(self, s, spec=None, size=None, color=(20, 20, 20), gap=14, margin=None):
        fnt = self.f(spec, size)
        x = self.w - (margin or self.mx)
        self.d.text((x, self.y), s, font=fnt, fill=color, anchor="rt")
        self.lines.append(s)
        ybefore = self.y
        self.y += (size or self.size) + gap
        return ybefore

    def left(self, s, spec=None, size=None, color=(20, 20, 20), gap=14, x=None):
        fnt = self.f(spec, size)
        self.d.text((x if x is not None else self.mx, self.y), s, font=fnt, fill=color)
        self.lines.append(s)
        ybefore = self.y
        self.y += (size or self.size) + gap
        return ybefore

    def para(self, s, spec=None, size=None, color=(20, 20, 20), gap=12, indent=True):
        fnt = self.f(spec, size)
        text = ("\u3000\u3000" + s) if indent else s
        for ln in wrap(fnt, text, self.w - 2 * self.mx):
            self.d.text((self.mx, self.y), ln, font=fnt, fill=color)
            self.lines.append(ln)
            self.y += (size or self.size) + gap
        self.y += 4

    def hline(self, color=(200, 20, 20), width=4, double=False):
        self.d.line([(self.mx - 20, self.y), (self.w - self.mx + 20, self.y)], fill=color, width=width)
        if double:
            self.d.line([(self.mx - 20, self.y + width + 5), (self.w - self.mx + 20, self.y + width + 5)],
                        fill=color, width=max(1, width // 3))
        self.y += 26

    def table(self, rows, col_w, border=(30, 30, 30), size=None, spec=None, row_h=None):
        size = size or self.size - 4
        fnt = self.f(spec, size)
        row_h = row_h or size + 26
        x0 = self.mx
        for r, row in enumerate(rows):
            x = x0
            for c, cell in enumerate(row):
                self.d.rectangle([x, self.y, x + col_w[c], self.y + row_h], outline=border, width=2)
                self.d.text((x + 10, self.y + row_h / 2), cell, font=fnt, fill=(20, 20, 20), anchor="lm")
                x += col_w[c]
            self.lines.append("".join(row) if False else " ".join(row))
            self.y += row_h
        self.y += 20

    def seal(self, ring, center, kind, x, y, diam=220, bottom=None, inner_ring=False):
        rgba = draw_seal(diam, ring, center=center, bottom=bottom, rng=self.rng, inner_ring=inner_ring)
        # rotation of the RGBA keeps the size; box = the whole round seal
        self.overlays.append((rgba, (int(x), int(y))))
        txt = ring + (bottom or "")
        self.seals.append({"box": [int(x), int(y), diam, diam], "text": txt, "center": center, "kind": kind})

    def stamp(self, rgba, x, y):
        self.overlays.append((rgba, (int(x), int(y))))

    def finish(self):
        img = self.img
        for rgba, xy in self.overlays:
            img = multiply_paste(img, rgba, xy)
        return img


def red_header(pg, title, sub=None, spec=F_SERIF_B, size=58, double=True):
    pg.center(title, spec=spec, size=size, color=(210, 20, 25), gap=18)
    if sub:
        pg.center(sub, spec=F_SANS, size=24, color=(90, 90, 90), gap=10)
    pg.hline(double=double)


# ----------------------------------------------------------------------------- capture conditions
def _circle_pts(box, n=48):
    x, y, w, h = box
    cx, cy, r = x + w / 2, y + h / 2, w / 2
    return np.array([[cx + r * math.cos(2 * math.pi * i / n), cy + r * math.sin(2 * math.pi * i / n)]
                     for i in range(n)], np.float32)


def _bbox(pts, W, H):
    x0, y0 = pts[:, 0].min(), pts[:, 1].min()
    x1, y1 = pts[:, 0].max(), pts[:, 1].max()
    x0, y0 = max(0, int(round(x0))), max(0, int(round(y0)))
    x1, y1 = min(W, int(round(x1))), min(H, int(round(y1)))
    return [x0, y0, x1 - x0, y1 - y0]


def background(rng, W, H):
    nr = np.random.RandomState(rng.randint(0, 10 ** 6))
    style = rng.choice(["wood", "wood_dark", "fabric", "laminate", "stone", "glass_dark"])
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if style.startswith("wood"):
        base = np.array([150, 105, 65] if style == "wood" else [85, 55, 35], np.float32)
        ang = rng.uniform(-0.3, 0.3)
        t = xx * math.sin(ang) + yy * math.cos(ang)
        warp = cv2.resize(nr.rand(8, 8).astype(np.float32), (W, H), interpolation=cv2.INTER_CUBIC) * 60
        grain = np.sin((t + warp) / rng.uniform(9, 16)) * 0.5 + 0.5
        grain2 = np.sin((t + warp * 2.3) / rng.uniform(45, 70)) * 0.5 + 0.5
        v = 0.80 + 0.12 * grain + 0.10 * grain2
        img = base[None, None, :] * v[..., None]
    elif style == "fabric":
        base = np.array(rng.choice([[70, 90, 130], [120, 60, 60], [90, 110, 90], [160, 150, 140]]), np.float32)
        weave = (np.sin(xx / 1.6) * np.sin(yy / 1.6)) * 0.06 + 1.0
        img = base[None, None, :] * weave[..., None]
    elif style == "laminate":
        base = np.array(rng.choice([[205, 205, 200], [225, 218, 200], [185, 195, 205]]), np.float32)
        img = np.ones((H, W, 3), np.float32) * base
    elif style == "stone":
        base = np.array([150, 148, 145], np.float32)
        blot = cv2.resize(nr.rand(40, 30).astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR)
        img = base[None, None, :] * (0.85 + 0.25 * blot[..., None])
    else:
        base = np.array([38, 40, 46], np.float32)
        img = np.ones((H, W, 3), np.float32) * base
    img += nr.normal(0, 4, (H, W, 1)).astype(np.float32)
    return np.clip(img, 0, 255).astype(np.uint8), style


def photo_capture(page, seals, rng, W=None, H=None):
    """Sheet of paper photographed on a table: perspective, uneven light, shadow band, blur, cast."""
    pw, ph = page.size
    if W is None:
        W, H = rng.choice([(1200, 1600), (1125, 1500), (1200, 1650)])
    bg, style = background(rng, W, H)
    s = min(0.90 * W / pw, 0.91 * H / ph) * rng.uniform(0.94, 1.0)
    cx, cy = W / 2 + rng.uniform(-25, 25), H / 2 + rng.uniform(-25, 25)
    hw, hh = pw * s / 2, ph * s / 2
    rot = math.radians(rng.uniform(-3.5, 3.5))

    def P(dx, dy):
        return (cx + dx * math.cos(rot) - dy * math.sin(rot), cy + dx * math.sin(rot) + dy * math.cos(rot))

    j = lambda: rng.uniform(-30, 30)
    # keystone: one edge narrower (camera tilted)
    k = rng.uniform(0.0, 0.06) * hw
    if rng.random() < 0.5:
        dst = [P(-hw + k, -hh), P(hw - k, -hh), P(hw, hh), P(-hw, hh)]
    else:
        dst = [P(-hw, -hh), P(hw, -hh), P(hw - k, hh), P(-hw + k, hh)]
    dst = np.array([(x + j(), y + j()) for x, y in dst], np.float32)
    src = np.array([(0, 0), (pw, 0), (pw, ph), (0, ph)], np.float32)
    M = cv2.getPerspectiveTransform(src, dst)
    pg = np.asarray(page).astype(np.float32)
    # paper tone: slightly off-white
    pg *= np.array([rng.uniform(0.95, 1.0), rng.uniform(0.95, 1.0), rng.uniform(0.90, 0.98)], np.float32)
    warped = cv2.warpPerspective(pg, M, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    # drop shadow of the sheet
    sh = cv2.GaussianBlur(mask, (0, 0), 12)
    sh = np.roll(np.roll(sh, 10, axis=0), 8, axis=1)
    out = bg.astype(np.float32) * (1 - 0.35 * sh[..., None])
    out = out * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    # uneven light: directional gradient + vignette
    a = rng.uniform(0, 2 * math.pi)
    g = ((xx - W / 2) * math.cos(a) + (yy - H / 2) * math.sin(a)) / max(W, H)
    light = 1.0 + rng.uniform(0.12, 0.22) * g
    vig = 1 - 0.18 * (((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2) * 2
    light = light * vig
    # shadow band (arm / phone shadow): soft strip at an angle
    b = rng.uniform(0, math.pi)
    d0 = rng.uniform(-0.3, 0.3) * max(W, H)
    dist = (xx - W / 2) * math.cos(b) + (yy - H / 2) * math.sin(b) - d0
    width = rng.uniform(90, 200)
    band = np.clip(1 - np.abs(dist) / width, 0, 1)
    band = cv2.GaussianBlur(band, (0, 0), 25)
    light = light * (1 - rng.uniform(0.22, 0.36) * band)
    out = out * light[..., None]
    cast = np.array(rng.choice([[1.04, 1.0, 0.88], [0.96, 1.0, 1.06], [1.02, 1.02, 0.94], [1.0, 0.97, 0.92],
                                [0.94, 0.98, 1.04]]), np.float32)
    out = out * cast
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.6, 1.1))
    nr = np.random.RandomState(rng.randint(0, 10 ** 6))
    out += nr.normal(0, 2.2, out.shape).astype(np.float32)
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    boxes = []
    for sdict in seals:
        pts = cv2.perspectiveTransform(_circle_pts(sdict["box"])[None], M)[0]
        boxes.append(_bbox(pts, W, H))
    return img, boxes, style


def scan_capture(page, seals, rng):
    pw, ph = page.size
    ang = rng.uniform(-1.8, 1.8)
    M = cv2.getRotationMatrix2D((pw / 2, ph / 2), ang, 1.0)
    M[0, 2] += rng.uniform(-12, 12)
    M[1, 2] += rng.uniform(-12, 12)
    pg = np.asarray(page).astype(np.float32)
    fill = rng.choice([245, 235, 250])
    out = cv2.warpAffine(pg, M, (pw, ph), flags=cv2.INTER_LINEAR, borderValue=(fill, fill, fill))
    tint = np.array(rng.choice([[1.0, 0.98, 0.92], [0.97, 0.98, 1.0], [1.0, 0.97, 0.95], [0.96, 0.96, 0.96],
                                [1.0, 1.0, 0.94]]), np.float32)
    out = out * tint
    # faint scanner banding along the page
    nr = np.random.RandomState(rng.randint(0, 10 ** 6))
    band = cv2.resize(nr.rand(1, 12).astype(np.float32), (pw, ph), interpolation=cv2.INTER_CUBIC)
    out = out * (0.97 + 0.03 * band[..., None])
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.4, 0.8))
    out += nr.normal(0, rng.uniform(2.0, 3.5), out.shape[:2] + (1,)).astype(np.float32)
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    boxes = []
    for sdict in seals:
        pts = cv2.transform(_circle_pts(sdict["box"])[None], M)[0]
        boxes.append(_bbox(pts, pw, ph))
    return img, boxes


# ----------------------------------------------------------------------------- screenshots
def _status_bar(d, W, k, fg, rng, clock):
    f = font(F_SANS_B, int(26 * k))
    d.text((int(40 * k), int(30 * k)), clock, font=f, fill=fg, anchor="lm")
    # battery + signal glyphs (shapes, no text)
    x = W - int(40 * k)
    d.rounded_rectangle([x - 46 * k, 20 * k, x, 40 * k], radius=int(4 * k), outline=fg, width=max(1, int(2 * k)))
    d.rectangle([x - 42 * k, 24 * k, x - 42 * k + 30 * k, 36 * k], fill=fg)
    for i in range(4):
        h = (6 + 4 * i) * k
        d.rectangle([x - 110 * k + i * 10 * k, 40 * k - h, x - 104 * k + i * 10 * k, 40 * k], fill=fg)


def sms_screen(rng, sender, msgs, dark=False, big=False, subtitle=None, clock="10:24"):
    """msgs: list of ('time', str) | ('in', str) | ('out', str). Returns img, source_text."""
    k = 1.5 if big else 1.0
    W, H = (1080, 2340) if big else (720, 1560)
    bgc = (0, 0, 0) if dark else (255, 255, 255)
    fg = (240, 240, 240) if dark else (15, 15, 15)
    grey = (140, 140, 145)
    bub_in = (38, 38, 41) if dark else (233, 233, 235)
    bub_out = (10, 132, 255) if rng.random() < 0.5 else (52, 199, 89)
    img = Image.new("RGB", (W, H), bgc)
    d = ImageDraw.Draw(img)
    lines = []
    _status_bar(d, W, k, fg, rng, clock)
    # header
    hb = int(175 * k)
    d.rectangle([0, int(60 * k), W, hb], fill=(18, 18, 20) if dark else (247, 247, 247))
    d.line([(0, hb), (W, hb)], fill=(60, 60, 60) if dark else (215, 215, 215), width=max(1, int(k)))
    d.text((int(30 * k), int(105 * k)), "<", font=font(F_SANS, int(44 * k)), fill=bub_out, anchor="lm")
    d.text((W / 2, int(102 * k)), sender, font=font(F_SANS_B, int(34 * k)), fill=fg, anchor="mm")
    lines.append(sender)
    if subtitle:
        d.text((W / 2, int(145 * k)), subtitle, font=font(F_SANS, int(22 * k)), fill=grey, anchor="mm")
        lines.append(subtitle)
    y = hb + int(30 * k)
    bf = font(rng.choice([F_SANS, F_WQY, F_SANS]), int(30 * k))
    tf = font(F_SANS, int(23 * k))
    maxw = int(W * 0.70)
    pad = int(22 * k)
    lh = int(42 * k)
    for kind, text in msgs:
        if kind == "time":
            d.text((W / 2, y + int(16 * k)), text, font=tf, fill=grey, anchor="mm")
            lines.append(text)
            y += int(52 * k)
            continue
        wl = []
        for para in text.split("\n"):
            wl += wrap(bf, para, maxw - 2 * pad)
        bw = int(max(text_w(bf, s) for s in wl)) + 2 * pad
        bh = len(wl) * lh + 2 * pad - int(8 * k)
        x0 = int(28 * k) if kind == "in" else W - int(28 * k) - bw
        col = bub_in if kind == "in" else bub_out
        d.rounded_rectangle([x0, y, x0 + bw, y + bh], radius=int(30 * k), fill=col)
        tc = fg if kind == "in" else (255, 255, 255)
        for i, s in enumerate(wl):
            d.text((x0 + pad, y + pad + i * lh), s, font=bf, fill=tc)
            lines.append(s)
        y += bh + int(26 * k)
    assert y < H - int(130 * k), ("sms overflow", sender, y, H)
    # input bar
    d.rounded_rectangle([int(90 * k), H - int(100 * k), W - int(30 * k), H - int(40 * k)], radius=int(30 * k),
                        outline=(80, 80, 80) if dark else (200, 200, 200), width=max(1, int(2 * k)))
    d.text((int(120 * k), H - int(70 * k)), "短信", font=font(F_SANS, int(26 * k)), fill=grey, anchor="lm")
    lines.append("短信")
    return img, lines


def chat_screen(rng, title, msgs, dark=False, big=False, clock="21:07", me="我", them="客"):
    """WeChat-like chat. msgs: ('time', s) | ('in', s) | ('out', s)."""
    k = 1.5 if big else 1.0
    W, H = (1080, 2340) if big else (720, 1560)
    bgc = (17, 17, 17) if dark else (237, 237, 237)
    fg = (225, 225, 225) if dark else (20, 20, 20)
    grey = (120, 120, 120) if dark else (150, 150, 150)
    bub_in = (44, 44, 44) if dark else (255, 255, 255)
    bub_out = (62, 181, 117) if dark else (149, 236, 105)
    img = Image.new("RGB", (W, H), bgc)
    d = ImageDraw.Draw(img)
    lines = []
    _status_bar(d, W, k, fg, rng, clock)
    hb = int(150 * k)
    d.rectangle([0, int(60 * k), W, hb], fill=(25, 25, 25) if dark else (237, 237, 237))
    d.line([(0, hb), (W, hb)], fill=(50, 50, 50) if dark else (210, 210, 210), width=max(1, int(k)))
    d.text((int(30 * k), int(105 * k)), "<", font=font(F_SANS, int(44 * k)), fill=fg, anchor="lm")
    d.text((W / 2, int(105 * k)), title, font=font(F_SANS_B, int(32 * k)), fill=fg, anchor="mm")
    lines.append(title)
    d.text((W - int(40 * k), int(105 * k)), "···", font=font(F_SANS_B, int(30 * k)), fill=fg, anchor="rm")
    y = hb + int(30 * k)
    bf = font(rng.choice([F_SANS, F_WQY, F_ZEN]), int(30 * k))
    tf = font(F_SANS, int(22 * k))
    av = int(76 * k)
    maxw = int(W * 0.64)
    pad = int(20 * k)
    lh = int(42 * k)
    av_in = rng.choice([(70, 110, 170), (180, 120, 60), (90, 90, 90), (150, 60, 60)])
    for kind, text in msgs:
        if kind == "time":
            d.text((W / 2, y + int(14 * k)), text, font=tf, fill=grey, anchor="mm")
            lines.append(text)
            y += int(50 * k)
            continue
        wl = []
        for para in text.split("\n"):
            wl += wrap(bf, para, maxw - 2 * pad)
        bw = int(max(text_w(bf, s) for s in wl)) + 2 * pad
        bh = max(av, len(wl) * lh + 2 * pad - int(8 * k))
        if kind == "in":
            ax = int(24 * k)
            d.rounded_rectangle([ax, y, ax + av, y + av], radius=int(8 * k), fill=av_in)
            d.text((ax + av / 2, y + av / 2), them, font=font(F_SANS_B, int(34 * k)), fill=(255, 255, 255), anchor="mm")
            x0 = ax + av + int(18 * k)
        else:
            ax = W - int(24 * k) - av
            d.rounded_rectangle([ax, y, ax + av, y + av], radius=int(8 * k), fill=(110, 150, 110))
            d.text((ax + av / 2, y + av / 2), me, font=font(F_SANS_B, int(34 * k)), fill=(255, 255, 255), anchor="mm")
            x0 = ax - int(18 * k) - bw
        d.rounded_rectangle([x0, y, x0 + bw, y + bh], radius=int(10 * k), fill=bub_in if kind == "in" else bub_out)
        tc = fg if kind == "in" else (20, 20, 20) if not dark else (240, 240, 240)
        ty = y + (bh - (len(wl) * lh - int(8 * k))) / 2 if len(wl) == 1 else y + pad
        for i, s in enumerate(wl):
            d.text((x0 + pad, ty + i * lh), s, font=bf, fill=tc)
            lines.append(s)
        y += bh + int(30 * k)
    assert y < H - int(130 * k), ("chat overflow", title, y, H)
    by = H - int(110 * k)
    d.rectangle([0, by, W, H], fill=(30, 30, 30) if dark else (246, 246, 246))
    d.rounded_rectangle([int(90 * k), by + int(20 * k), W - int(170 * k), by + int(85 * k)], radius=int(8 * k),
                        fill=(50, 50, 50) if dark else (255, 255, 255))
    for cx in (int(40 * k), W - int(120 * k), W - int(50 * k)):
        d.ellipse([cx - 24 * k, by + 28 * k, cx + 24 * k, by + 76 * k], outline=fg, width=max(1, int(2 * k)))
    return img, lines


# ----------------------------------------------------------------------------- saving
ORIENT_STORE = {3: Image.Transpose.ROTATE_180, 6: Image.Transpose.ROTATE_90, 8: Image.Transpose.ROTATE_270}
VIRTUAL_RE = re.compile(r"(?<!\d)(16[257]\d{8}|17[01]\d{8})(?!\d)")
ALL_MARKERS = ["seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid", "image.edited",
               "penalty.inflated", "contract.termination", "blacklist.dishonest", "family.children",
               "lawsuit.threat", "visit.home", "persona.authority", "promise.fee_waiver",
               "contact.third_party", "contact.virtual_number", "blacklist.online_loan", "borrow.new_loan",
               "asset.freeze", "pressure.deadline", "sms.impersonation", "text.spaced"]
RECORDS = []


def save_item(name, img, *, kind, doc_type, lawful, expect, lines, notes, contains, seals=(), boxes=None,
              sender=None, orientation=None, software=None, make=None, quality=85, forbid_extra=(),
              forbid_remove=()):
    ext = os.path.splitext(name)[1].lower()
    up = img.convert("RGB")
    stored = up.transpose(ORIENT_STORE[orientation]) if orientation else up
    exif = Image.Exif()
    if make:
        exif[0x010F], exif[0x0110] = make
    if orientation:
        exif[0x0112] = orientation
    if software:
        exif[0x0131] = software
    path = os.path.join(OUT, name)
    if ext == ".jpg":
        kw = {"quality": quality, "optimize": True}
        if len(exif):
            kw["exif"] = exif.tobytes()
        stored.save(path, "JPEG", **kw)
    else:
        stored.save(path, "PNG", optimize=True)
    # check: upright after EXIF = what we labelled
    from PIL import ImageOps
    with Image.open(path) as chk:
        chk2 = ImageOps.exif_transpose(chk)
        assert chk2.size == up.size, (name, chk2.size, up.size)
    joined = "".join(lines)
    for c in contains:
        assert c in joined, (name, c)
    expect = list(expect)
    if lawful:
        assert not expect
        forbid = ["all"]
    else:
        assert expect, name
        for m in expect:
            assert m in ALL_MARKERS, m
        cand = []
        if not software:
            cand.append("image.edited")
        if kind != "screenshot":
            cand.append("sms.impersonation")
        if not VIRTUAL_RE.search(joined.replace(" ", "").replace("-", "")) and not VIRTUAL_RE.search(sender or ""):
            cand.append("contact.virtual_number")
        if kind == "screenshot":
            cand += ["seal.missing", "seal.issuer_mismatch"]
        elif seals:
            cand.append("seal.missing")
        elif doc_type in ("lawyer_letter", "cancellation_notice", "restriction_order", "court_summons"):
            cand.append("seal.issuer_mismatch")
        cand += list(forbid_extra)
        forbid = [m for m in ALL_MARKERS if m in cand and m not in expect and m not in forbid_remove]
    if boxes is None:
        boxes = [s["box"] for s in seals]
    rec = {
        "doc_type": doc_type,
        "kind": kind,
        "expect": expect,
        "forbid": forbid,
        "seals": [list(map(int, b)) for b in boxes],
        "seal_texts": [s["text"] for s in seals],
        "seal_centers": [s["center"] for s in seals],
        "seal_kinds": [s["kind"] for s in seals],
        "sender": sender,
        "text_contains": list(contains),
        "lawful": lawful,
        "notes": notes,
        "image": name,
        "size": list(up.size),
        "source_text": lines,
    }
    with open(os.path.join(OUT, os.path.splitext(name)[0] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(rec, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    RECORDS.append(rec)
    print(f"{name:40s} {os.path.getsize(path) // 1024:4d} KB  {kind:10s} lawful={lawful}")


def paper_item(name, pg, *, kind, rng, quality=None, **kw):
    """Render a Page through scan or photo capture and save it."""
    page = pg.finish()
    if kind == "photo":
        img, boxes, style = photo_capture(page, pg.seals, rng)
        kw["notes"] = kw["notes"] + f" Photo on {style} background."
        q = quality or rng.randint(70, 86)
    else:
        img, boxes = scan_capture(page, pg.seals, rng)
        q = quality or rng.randint(76, 86)
    save_item(name, img, kind=kind, lines=pg.lines, seals=pg.seals, boxes=boxes, quality=q, **kw)


# ----------------------------------------------------------------------------- helpers for papers
def sign_block(pg, issuer_lines, date, seal=None, diam=220, dx=0, dy=0, size=None):
    """Right-aligned issuer + date; optional seal centred over them (as stamped on the date line)."""
    pg.gap(20)
    size = size or pg.size
    ys = []
    widths = []
    for s in issuer_lines + [date]:
        ys.append(pg.right(s, size=size, margin=pg.mx + 30))
        widths.append(text_w(pg.f(None, size), s))
    if seal:
        ring, center, kind = seal[:3]
        bottom = seal[3] if len(seal) > 3 else None
        cx = pg.w - pg.mx - 30 - max(widths) / 2 + dx
        cy = (ys[0] + ys[-1] + size) / 2 + dy
        pg.seal(ring, center, kind, cx - diam / 2, cy - diam / 2, diam=diam, bottom=bottom)


def check_fit(pg):
    assert pg.y < pg.h - 40, ("page overflow", pg.lines[:2], pg.y)


def R(i):
    return random.Random(1000 + i * 7919)


ITEMS = []


def item(fn):
    ITEMS.append(fn)
    return fn


# ============================================================================= LAWFUL papers
@item
def i01():
    rng = R(1)
    pg = Page(rng, body_font=F_SERIF, size=32)
    pg.gap(10)
    pg.center("上海市浦东新区人民法院", spec=F_SERIF_B, size=46, gap=22)
    pg.center("传　　票", spec=F_SERIF_B, size=60, gap=34)
    rows = [["案　　号", "（2024）沪0115民初12345号"], ["案　　由", "金融借款合同纠纷"],
            ["被传唤人", "王建国"], ["送达地址", "上海市浦东新区张杨路1168弄5号"],
            ["传唤事由", "开庭审理"], ["应到时间", "2024年7月16日上午9时30分"],
            ["应到处所", "本院第七法庭（丁香路611号）"]]
    pg.table(rows, [190, 620], size=29, row_h=62)
    pg.left("注意事项：", size=29)
    for s in ["一、被传唤人必须准时到达应到处所。",
              "二、本传票由被传唤人携带来院报到。",
              "三、被传唤人收到传票后，应在送达回证上签名或者盖章。",
              "四、如有疑问，可拨打诉讼服务热线12368咨询。"]:
        pg.para(s, size=29, indent=False, gap=8)
    sign_block(pg, [], "二〇二四年六月十七日", seal=("上海市浦东新区人民法院", "emblem", "court"), diam=230)
    check_fit(pg)
    paper_item("h3_01_summons_photo.jpg", pg, kind="photo", rng=rng, doc_type="court_summons", lawful=True,
               expect=[], make=("Xiaomi", "23049RAD8C"),
               contains=["传唤事由", "（2024）沪0115民初12345号", "金融借款合同纠纷"],
               notes="Genuine-format hearing summons from a basic court with valid case number; emblem court seal on the date; title letter-spaced as printed forms are.")


@item
def i02():
    rng = R(2)
    pg = Page(rng, body_font=F_SANS, size=31)
    pg.center("广东省深圳市福田区人民法院", spec=F_SANS_B, size=44, gap=20)
    pg.center("应诉通知书", spec=F_SANS_B, size=54, gap=16)
    pg.right("（2024）粤0304民初6678号", size=30, gap=24)
    pg.left("赵丽萍：", size=31)
    pg.para("本院已受理原告深圳南岸商业银行股份有限公司诉你金融借款合同纠纷一案。现将起诉状副本及证据材料送达你，并将有关事项通知如下：")
    pg.para("一、你应当在收到起诉状副本之日起十五日内向本院提交答辩状，并按对方当事人人数提出副本。")
    pg.para("二、你可以委托一至二人作为诉讼代理人，委托时须提交授权委托书。")
    pg.para("三、你应当在举证期限内提交证据，逾期提交的，依法承担相应后果。")
    pg.para("四、本案适用简易程序审理，开庭时间另行通知。咨询电话：0755-83006123。")
    sign_block(pg, [], "二〇二四年五月九日", seal=("广东省深圳市福田区人民法院", "emblem", "court"), diam=225)
    check_fit(pg)
    paper_item("h3_02_notice_scan.jpg", pg, kind="scan", rng=rng, doc_type="court_summons", lawful=True, expect=[],
               contains=["应诉通知书", "（2024）粤0304民初6678号", "十五日内"],
               notes="Genuine-format notice to respond (应诉通知书) with court emblem seal; calm procedural wording.")


@item
def i03():
    rng = R(3)
    pg = Page(rng, body_font=F_MING, size=32)
    pg.center("四川省成都市武侯区人民法院", spec=F_SERIF_B, size=44, gap=20)
    pg.center("执行通知书", spec=F_SERIF_B, size=54, gap=16)
    pg.right("（2023）川0107执789号", size=30, gap=22)
    pg.left("李志强：", size=32)
    pg.para("申请执行人成都锦程农村商业银行股份有限公司与你金融借款合同纠纷一案，本院作出的（2023）川0107民初4521号民事判决书已经发生法律效力。申请执行人于2023年10月12日向本院申请执行，本院依法立案。")
    pg.para("依照《中华人民共和国民事诉讼法》及有关司法解释的规定，责令你自收到本通知之日起履行下列义务：")
    pg.para("1.支付借款本金58,600元及判决确定的利息；")
    pg.para("2.负担案件受理费685元、申请执行费942元。")
    pg.para("同时，你应当如实向本院报告财产情况。联系人：执行局王法官，电话028-85112367。")
    sign_block(pg, [], "二〇二三年十月十六日", seal=("四川省成都市武侯区人民法院", "emblem", "court"), diam=225)
    check_fit(pg)
    paper_item("h3_03_enforcement_photo.jpg", pg, kind="photo", rng=rng, doc_type="other", lawful=True,
               expect=[], orientation=6, make=("HUAWEI", "ALN-AL00"),
               contains=["执行通知书", "（2023）川0107执789号", "报告财产"],
               notes="Genuine-format enforcement notice (执行通知书) after an effective judgment; valid case number; court emblem seal. EXIF Orientation 6 (stored rotated).")


@item
def i04():
    rng = R(4)
    pg = Page(rng, body_font=F_SERIF, size=29)
    pg.mx = 85
    pg.center("浙江省杭州市上城区人民法院", spec=F_SERIF_B, size=42, gap=16)
    pg.center("限制消费令", spec=F_SERIF_B, size=52, gap=14)
    pg.right("（2024）浙0102执3321号", size=28, gap=18)
    pg.left("被执行人：陈晓东，男，1986年4月出生，住杭州市上城区", size=29, gap=10)
    pg.para("本院于2024年3月5日立案执行申请执行人杭州钱塘小额贷款股份有限公司申请执行你借款合同纠纷一案。因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你采取限制消费措施，你不得实施以下高消费及非生活和工作必需的消费行为：", gap=8)
    for s in ["（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；",
              "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；",
              "（三）购买不动产或者新建、扩建、高档装修房屋；",
              "（四）子女就读高收费私立学校；",
              "（五）其他非生活和工作必需的消费行为。"]:
        pg.para(s, indent=False, gap=6)
    pg.para("如因私消费以个人财产实施前述行为的，可以向本院提出申请。", gap=8)
    sign_block(pg, [], "二〇二四年四月二日", seal=("浙江省杭州市上城区人民法院", "emblem", "court"), diam=220, size=29)
    check_fit(pg)
    paper_item("h3_04_restriction_scan.jpg", pg, kind="scan", rng=rng, doc_type="restriction_order", lawful=True,
               expect=[], contains=["限制消费令", "（2024）浙0102执3321号", "高收费私立学校"],
               notes="Genuine-format consumption-restriction order to a judgment debtor in an enforcement case, quoting the SPC rule list (incl. private-school item). Court emblem seal; valid case number.")


@item
def i05():
    rng = R(5)
    pg = Page(rng, body_font=F_SANS, size=32)
    pg.center("江苏省苏州市吴中区人民法院", spec=F_SANS_B, size=44, gap=18)
    pg.center("决　定　书", spec=F_SANS_B, size=56, gap=16)
    pg.right("（2023）苏0506执1456号", size=30, gap=24)
    pg.left("被执行人：周海涛，男，1990年8月12日出生。", size=31)
    pg.para("本院在执行申请执行人苏州吴江信合商业保理有限公司与被执行人周海涛合同纠纷一案中，查明被执行人有履行能力而拒不履行生效法律文书确定的义务。")
    pg.para("依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六条的规定，决定如下：")
    pg.para("将周海涛纳入失信被执行人名单。")
    pg.para("本决定一经作出即生效。被执行人对本决定有异议的，可以向本院申请纠正。")
    sign_block(pg, [], "二〇二三年十二月四日", seal=("江苏省苏州市吴中区人民法院", "emblem", "court"), diam=225)
    check_fit(pg)
    paper_item("h3_05_decision_photo.jpg", pg, kind="photo", rng=rng, doc_type="restriction_order", lawful=True,
               expect=[], make=("Apple", "iPhone 13"), software="17.4.1",
               contains=["纳入失信被执行人名单", "（2023）苏0506执1456号"],
               notes="Genuine-format dishonest-debtor decision by a basic court in an enforcement case; emblem seal; letter-spaced title. EXIF Software is the phone OS version (not an editor).")


def firm_letter(rng, firm, addr, to, body, lawyer, date, fnt, size=32, tel="021-68871234"):
    pg = Page(rng, body_font=fnt, size=size)
    red_header(pg, firm, sub=addr + "　电话：" + tel, size=54)
    pg.center("律 师 函" if False else "律师函", spec=F_SERIF_B, size=52, gap=26)
    pg.left(to, size=size)
    for b in body:
        pg.para(b, size=size)
    sign_block(pg, [firm, "律师：" + lawyer], date, seal=(firm, "star", "law_firm"), diam=215, size=size)
    return pg


@item
def i06():
    rng = R(6)
    pg = firm_letter(rng, "上海明诚律师事务所", "上海市黄浦区延安东路58号", "致：刘佳女士",
                     ["本所接受上海安信消费金融有限公司委托，就您与委托人之间的借款事宜致函如下：",
                      "据委托人提供的材料，您于2023年3月通过委托人申请个人消费贷款人民币30,000元。截至2024年5月31日，您已逾期两期，逾期本金4,210.55元。",
                      "请您在方便时通过委托人官方App或客服热线400-820-6618联系协商还款安排。若您对上述金额有异议，可向本所书面提出，本所将与委托人核实。",
                      "特此函告。"],
                     "孙立新", "二〇二四年六月五日", F_SERIF)
    check_fit(pg)
    paper_item("h3_06_firm_letter_scan.jpg", pg, kind="scan", rng=rng, doc_type="lawyer_letter", lawful=True,
               expect=[], contains=["上海明诚律师事务所", "协商还款", "特此函告"],
               notes="Calm lawyer's letter on a red-header letterhead (红头 title + double red rule), law-firm star seal on the date line.")


@item
def i07():
    rng = R(7)
    pg = firm_letter(rng, "北京衡信律师事务所", "北京市朝阳区建国路89号", "致：马振华先生",
                     ["北京衡信律师事务所受京华银行股份有限公司信用卡中心委托，现就您名下尾号3307信用卡欠款事宜函告如下：",
                      "截至2024年4月30日，该卡账户欠款本金12,860.00元，已逾期62天。上述欠款按照您签署的领用合约计收利息。",
                      "建议您在收到本函后与委托人联系，了解分期或延期还款政策。委托人官方客服电话：95528。",
                      "如您已还款，请忽略本函。"],
                     "周婧", "二〇二四年五月八日", F_KAI, size=33, tel="010-65087321")
    check_fit(pg)
    paper_item("h3_07_firm_letter_photo.jpg", pg, kind="photo", rng=rng, doc_type="lawyer_letter", lawful=True,
               expect=[], orientation=8, make=("OPPO", "PHN110"),
               contains=["北京衡信律师事务所", "领用合约", "请忽略本函"],
               notes="Calm lawyer's letter for a bank card centre, red letterhead, law-firm star seal. EXIF Orientation 8.")


@item
def i08():
    rng = R(8)
    pg = Page(rng, body_font=F_WQY, size=31)
    red_header(pg, "江南商业银行信用卡中心", sub="客户服务热线 95528", size=50)
    pg.center("还款提醒函", spec=F_SANS_B, size=48, gap=24)
    pg.left("尊敬的吴晓峰先生：", size=31)
    pg.para("感谢您使用本行信用卡。经核对，您名下信用卡账户本期尚有以下款项未按时还清：")
    red = (200, 30, 30)
    pg.table([["卡号后四位", "账单日", "应还金额（元）"], ["6621", "2024-05-05", "3,482.16"],
              ["到期还款日", "2024-05-25", "已逾期 9 天"]], [240, 260, 310], border=red, size=28, row_h=58)
    pg.para("逾期款项将按领用合约约定计收利息，并可能影响您的个人信用记录。请您通过本行手机银行、网点柜台或自动还款账户尽快还款。")
    pg.para("如您已经还款，请忽略本函；如确有困难，可致电95528申请个性化分期。")
    sign_block(pg, ["江南商业银行股份有限公司", "信用卡中心"], "2024年6月3日",
               seal=("江南商业银行股份有限公司", "star", "company", "信用卡中心业务章"), diam=215)
    check_fit(pg)
    paper_item("h3_08_bank_reminder_scan.jpg", pg, kind="scan", rng=rng, doc_type="other", lawful=True, expect=[],
               contains=["还款提醒函", "个性化分期", "3,482.16"],
               notes="Bank card-centre reminder: red header, red-bordered table, bank business seal (star). Truthful mention of credit record.")


@item
def i09():
    rng = R(9)
    pg = Page(rng, body_font=F_SERIF, size=30)
    pg.center("个人借款合同（第3页 共6页）", spec=F_SANS, size=24, color=(110, 110, 110), gap=28)
    pg.left("第七条　逾期与违约责任", spec=F_SERIF_B, size=33, gap=16)
    for s in ["7.1 借款人未按约定日期足额还款的，贷款人有权对逾期部分自逾期之日起按本合同约定借款利率上浮百分之五十计收逾期利息，直至清偿之日止。",
              "7.2 借款人连续三期或累计六期未按约定还款的，贷款人有权书面通知借款人宣布本合同项下借款全部提前到期，借款人应在通知载明的合理期限内清偿。",
              "7.3 借款人逾期还款的，应按逾期本金的日万分之五向贷款人支付违约金；利息、逾期利息、违约金及其他费用合计不超过法律规定的上限。",
              "7.4 贷款人变更催收方式或委托第三方催收的，将提前书面告知借款人，且不得向与债务无关的第三人披露借款人信息。"]:
        pg.para(s, indent=False)
    pg.gap(10)
    pg.left("第八条　争议解决", spec=F_SERIF_B, size=33, gap=16)
    pg.para("8.1 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向贷款人住所地人民法院提起诉讼。", indent=False)
    pg.gap(16)
    y0 = pg.y
    pg.left("借款人（签字）：", size=30, gap=40)
    pg.y = y0
    sign_block(pg, ["贷款人（盖章）：", "成都天府小额贷款有限公司"], "2023年11月20日",
               seal=("成都天府小额贷款有限公司", "star", "company", "合同专用章"), diam=210, size=30)
    check_fit(pg)
    paper_item("h3_09_contract_photo.jpg", pg, kind="photo", rng=rng, doc_type="other", lawful=True, expect=[],
               make=("vivo", "V2309A"),
               contains=["逾期与违约责任", "提前到期", "逾期本金的日万分之五"],
               notes="Contract page with ordinary overdue-interest, acceleration (after 3 missed instalments, in writing) and penalty-on-overdue-principal clauses; company contract seal (star).")


@item
def i10():
    rng = R(10)
    pg = Page(rng, body_font=F_SANS, size=32)
    pg.gap(30)
    pg.center("贷款结清证明", spec=F_SANS_B, size=56, gap=40)
    pg.para("兹证明借款人黄振宇（身份证号：3101**********2318）于2022年9月在我司申请的个人消费贷款（合同编号：AX2022091855），借款本金人民币20,000.00元，已于2024年4月28日全部结清，本息及其他费用均已还清，我司与借款人之间就该笔借款不存在债权债务关系。")
    pg.para("该笔贷款的结清信息已按规定报送金融信用信息基础数据库，征信系统更新一般需要一至两个月。")
    pg.para("特此证明。")
    pg.gap(20)
    sign_block(pg, ["上海安信消费金融有限公司"], "二〇二四年五月六日",
               seal=("上海安信消费金融有限公司", "star", "company"), diam=220)
    pg.stamp(draw_rect_stamp(["已结清", "PAID  2024.04.28"], rng, 1.0), 120, pg.y - 250)
    check_fit(pg)
    paper_item("h3_10_certificate_scan.jpg", pg, kind="scan", rng=rng, doc_type="other", lawful=True, expect=[],
               contains=["贷款结清证明", "特此证明", "全部结清"],
               notes="Settlement certificate with a company round seal (listed) and a red rectangular 已结清/PAID stamp (deliberately NOT listed as a seal).")


@item
def i11():
    rng = R(11)
    pg = Page(rng, body_font=F_ZEN, size=32, bg=(255, 251, 240))
    logo = draw_round_logo(150, "反诈", rng)
    pg.stamp(logo, pg.mx - 10, 70)
    pg.y = 95
    pg.left("防范“冒充法院”催收诈骗", spec=F_SANS_B, size=46, color=(200, 20, 20), gap=10, x=pg.mx + 165)
    pg.left("滨江区反诈宣传小贴士", spec=F_SANS, size=28, color=(90, 90, 90), gap=40, x=pg.mx + 165)
    pg.hline(color=(200, 20, 20), width=5)
    pg.para("近期有人以“律师函”“限高令”为名发送图片，声称“已将你列入网贷黑名单”“三天内不还款就上门走访你单位”，借此逼迫转账。请注意：")
    for s in ["1. 法院短信只通过12368发送，可拨打12368核实案件；",
              "2. 真正的法院文书有规范案号和法院印章；",
              "3. 不要向任何个人账户转账，不要“借新还旧”；",
              "4. 遇到威胁恐吓，请保存证据并拨打110或96110。"]:
        pg.para(s, indent=False)
    pg.gap(10)
    pg.center("杭州市公安局滨江区分局　宣", spec=F_SANS_B, size=30, color=(40, 40, 40))
    check_fit(pg)
    paper_item("h3_11_leaflet_photo.jpg", pg, kind="photo", rng=rng, doc_type="other", lawful=True, expect=[],
               make=("samsung", "SM-S9180"),
               contains=["反诈宣传小贴士", "12368", "个人账户"],
               notes="Anti-fraud leaflet quoting collectors' threats (blacklist, home/workplace visit, new loans) in order to warn; red round campaign logo (NOT a seal); red title and rule.")


@item
def i12():
    rng = R(12)
    pg = Page(rng, body_font=F_SERIF, size=30, bg=(246, 243, 236))
    pg.left("都市法治报　　2024年6月12日　星期三　　A07　社会", spec=F_SANS, size=24, color=(90, 90, 90), gap=8)
    pg.hline(color=(30, 30, 30), width=3)
    pg.center("P图“律师函”吓唬欠款人", spec=F_SERIF_B, size=48, gap=10)
    pg.center("——警方提醒：逾期不等于被起诉", spec=F_SERIF, size=30, gap=26)
    pg.para("本报讯（记者 何清）市民小陈近日收到一张“限制消费令”图片，上面写着“已纳入失信名单，子女不能上重点学校”，落款却盖着一家咨询公司的章。律师指出，限制消费令只能由人民法院在执行案件中作出，并载有“执”字案号。")
    pg.para("此外，不少催收短信把“起诉”“传票”等字拆开发送，回拨号码多为虚拟号段。警方提醒，借款逾期属于民事纠纷，如遇恐吓或骚扰亲友，可向金融监管部门投诉或报警。")
    pg.para("律师建议，与平台协商还款时应要求书面确认减免方案，并只通过官方渠道还款。")
    check_fit(pg)
    paper_item("h3_12_news_scan.jpg", pg, kind="scan", rng=rng, doc_type="other", lawful=True, expect=[],
               contains=["律师函", "逾期不等于被起诉", "民事纠纷"],
               notes="Newspaper page reporting on fake collection papers; quotes threats only to debunk them. No seal.")


@item
def i13():
    rng = R(13)
    pg = Page(rng, body_font=F_SERIF, size=32)
    pg.center("京华银行股份有限公司", spec=F_SERIF_B, size=50, color=(200, 25, 25), gap=14)
    pg.center("个人贷款逾期还款通知书", spec=F_SERIF_B, size=44, gap=26)
    pg.left("尊敬的客户 孙美玲：", size=32)
    pg.para("您于2022年6月在我行办理的个人住房装修贷款（借据号 JH2206-10388），截至2024年6月10日尚有一期本息3,126.40元未按期归还。")
    pg.para("根据借款合同约定，我行对逾期本金按合同利率加收50%计收罚息。请您于方便时将足额款项存入还款账户，或到我行任一网点办理。")
    pg.para("如您在还款方面有困难，欢迎致电我行客服热线95599（示例）或联系您的客户经理协商。")
    sign_block(pg, ["京华银行股份有限公司", "北京朝阳支行"], "二〇二四年六月十一日",
               seal=("京华银行股份有限公司北京朝阳支行", "star", "company"), diam=220)
    check_fit(pg)
    paper_item("h3_13_overdue_notice_photo.jpg", pg, kind="photo", rng=rng, doc_type="other", lawful=True,
               expect=[], orientation=3, make=("Xiaomi", "2211133C"),
               contains=["逾期还款通知书", "逾期本金", "3,126.40"],
               notes="Bank overdue notice with red bank-name header; overdue interest on the overdue principal per contract; branch seal (star). EXIF Orientation 3.")


@item
def i14():
    rng = R(14)
    pg = Page(rng, body_font=F_KAI, size=33)
    pg.center("北京市朝阳区人民法院", spec=F_SERIF_B, size=46, gap=20)
    pg.center("举证通知书", spec=F_SERIF_B, size=54, gap=16)
    pg.right("（2024）京0105民初28811号", size=30, gap=24)
    pg.left("何文静：", size=33)
    pg.para("本院受理原告北京中关村科技融资担保有限公司诉你追偿权纠纷一案，根据《中华人民共和国民事诉讼法》及《最高人民法院关于民事诉讼证据的若干规定》，现将有关举证事项通知如下：")
    pg.para("一、当事人对自己提出的主张，有责任提供证据。")
    pg.para("二、本案举证期限为十五日，自收到本通知书次日起计算。")
    pg.para("三、当事人在举证期限内提交证据确有困难的，可以向本院申请延长。")
    sign_block(pg, [], "二〇二四年七月三日", seal=("北京市朝阳区人民法院", "emblem", "court"), diam=225, size=33)
    check_fit(pg)
    paper_item("h3_14_evidence_notice_photo.jpg", pg, kind="photo", rng=rng, doc_type="other", lawful=True,
               expect=[], make=("HONOR", "FNE-AN00"),
               contains=["举证通知书", "（2024）京0105民初28811号", "举证期限"],
               notes="Genuine-format notice on evidence with a valid first-instance case number and court emblem seal.")


@item
def i15():
    rng = R(15)
    pg = Page(rng, body_font=F_SANS, size=31)
    red_header(pg, "广州市中级人民法院", size=58)
    pg.center("关于谨防冒用法院名义实施诈骗的公告", spec=F_SANS_B, size=38, gap=26)
    pg.para("近期，有不法分子冒用本院及辖区法院名义，通过短信、网络发送伪造的“传票”“限制消费令”“执行通知书”，声称“已冻结名下账户”“今日不处理将上门执行”，要求当事人向个人账户转账。现公告如下：")
    for s in ["一、人民法院发送的诉讼服务短信统一使用12368号码；",
              "二、法院不会通过电话、短信要求当事人向个人账户转账；",
              "三、法院文书均载有规范案号并加盖法院印章，可通过人民法院在线服务平台或拨打12368核实。"]:
        pg.para(s, indent=False)
    pg.para("特此公告。")
    sign_block(pg, [], "二〇二四年三月十五日", seal=("广东省广州市中级人民法院", "emblem", "court"), diam=225)
    check_fit(pg)
    paper_item("h3_15_announcement_scan.jpg", pg, kind="scan", rng=rng, doc_type="other", lawful=True, expect=[],
               contains=["谨防冒用法院名义", "12368", "特此公告"],
               notes="Red-header court public announcement warning of impersonation; quotes the scam wording to warn. Court emblem seal.")


@item
def i16():
    rng = R(16)
    pg = Page(rng, body_font=F_MING, size=31)
    pg.center("分期还款协议确认书", spec=F_SERIF_B, size=50, color=(190, 30, 30), gap=26)
    pg.para("甲方：成都天府小额贷款有限公司　乙方：罗晓军", indent=False)
    pg.para("经双方协商一致，甲方同意乙方将逾期欠款5,880.00元分六期偿还，并书面同意减免已产生的逾期罚息326.40元。具体安排如下：")
    red = (205, 35, 35)
    pg.table([["期数", "还款日", "金额（元）"], ["第1期", "2024-07-10", "980.00"], ["第2期", "2024-08-10", "980.00"],
              ["第3-6期", "每月10日", "980.00"]], [180, 330, 300], border=red, size=28, row_h=56)
    pg.para("乙方应通过甲方官方App或甲方对公账户还款；甲方不接受任何个人账户收款。")
    sign_block(pg, ["甲方（盖章）：成都天府小额贷款有限公司"], "2024年7月1日",
               seal=("成都天府小额贷款有限公司", "star", "company"), diam=215, size=31)
    check_fit(pg)
    paper_item("h3_16_schedule_photo.jpg", pg, kind="photo", rng=rng, doc_type="other", lawful=True, expect=[],
               make=("Google", "Pixel 7"), software="HDR+ 1.0.540104767zd",
               contains=["分期还款协议确认书", "减免已产生的逾期罚息", "对公账户"],
               notes="Written instalment agreement with a written penalty-interest reduction (lawful), red title and red table borders, company seal. EXIF Software is a camera pipeline string, not an editor.")


# ============================================================================= LAWFUL screenshots
def shot_item(name, img, lines, rng, **kw):
    q = None
    if name.endswith(".jpg"):
        q = rng.randint(80, 90)
    save_item(name, img, kind="screenshot", lines=lines, quality=q or 85, **kw)


@item
def i17():
    rng = R(17)
    img, lines = sms_screen(rng, "12368", [
        ("time", "6月18日 上午9:15"),
        ("in", "【上海市浦东新区人民法院】王建国，您好！您与上海浦江银行股份有限公司金融借款合同纠纷一案〔（2024）沪0115民初12345号〕已立案，本院已向您邮寄传票及起诉状副本，定于2024年7月16日9时30分在本院第七法庭开庭。详情可登录人民法院在线服务平台查询，或拨打12368咨询。"),
        ("time", "6月20日 下午3:02"),
        ("in", "【上海市浦东新区人民法院】您的案件（2024）沪0115民初12345号相关文书已电子送达，请登录上海移动微法院查看。"),
    ], dark=False, clock="15:10")
    shot_item("h3_17_sms_thread.png", img, lines, rng, doc_type="sms_message", lawful=True, expect=[],
              sender="12368", contains=["12368", "（2024）沪0115民初12345号", "开庭"],
              notes="Court service SMS from 12368 (light mode), valid case number: hearing notice and e-service notice.")


@item
def i18():
    rng = R(18)
    img, lines = sms_screen(rng, "12368", [
        ("time", "2023年10月17日 10:41"),
        ("in", "【成都市武侯区人民法院】李志强：申请执行人成都锦程农村商业银行股份有限公司与你金融借款合同纠纷一案已立案执行，案号（2023）川0107执789号。执行通知书、报告财产令已向你送达，请按期履行。咨询请拨打12368。"),
    ], dark=True, big=True, clock="10:45")
    shot_item("h3_18_sms_thread_dark.png", img, lines, rng, doc_type="sms_message", lawful=True, expect=[],
              sender="12368", contains=["（2023）川0107执789号", "12368", "执行通知书"],
              notes="Court enforcement SMS from 12368, dark mode, 1080x2340.")


@item
def i19():
    rng = R(19)
    img, lines = sms_screen(rng, "95528", [
        ("time", "5月20日 上午8:30"),
        ("in", "【江南银行】您尾号6621的信用卡本期账单应还3,482.16元，最低还款348.22元，到期还款日05月25日。如已还款请忽略。"),
        ("time", "5月27日 上午9:02"),
        ("in", "【江南银行】您尾号6621的信用卡账单已超过到期还款日，请尽快还款以免影响信用记录。如需办理分期请致电95528。"),
        ("out", "好的，我今天下午还。"),
    ], dark=False, clock="9:18")
    shot_item("h3_19_sms_bank.png", img, lines, rng, doc_type="sms_message", lawful=True, expect=[],
              sender="95528", contains=["【江南银行】", "3,482.16", "95528"],
              notes="Bank 955xx credit-card statement and polite overdue reminder, light mode.")


@item
def i20():
    rng = R(20)
    img, lines = sms_screen(rng, "95599", [
        ("time", "昨天 下午5:48"),
        ("in", "【京华银行】尊敬的孙女士，您的个人贷款本期应还3,126.40元已逾期1天，请尽快将足额资金存入尾号0932的还款账户，逾期将按合同约定计收罚息并可能影响个人征信。"),
        ("time", "今天 上午10:12"),
        ("in", "【京华银行】您尾号0932账户于06月12日10:09扣款3,126.40元，本期贷款已还清。感谢您的支持。"),
    ], dark=True, big=True, clock="10:20")
    shot_item("h3_20_sms_bank_dark.png", img, lines, rng, doc_type="sms_message", lawful=True, expect=[],
              sender="95599", contains=["【京华银行】", "本期贷款已还清", "合同约定"],
              notes="Bank 955xx loan overdue reminder (truthful: contract penalty interest, credit report) then payment receipt; dark mode, 1080x2340.")


@item
def i21():
    rng = R(21)
    img, lines = sms_screen(rng, "1069088895588", [
        ("time", "6月12日 上午11:00"),
        ("in", "【安信消费金融】尊敬的张女士，您本期账单1,206.00元将于6月15日到期，请按时还款。还款请使用安信金融App，如有疑问请致电400-820-6618。"),
        ("time", "6月16日 上午10:30"),
        ("in", "【安信消费金融】温馨提示：您的本期账单尚未还清。我司不会要求您向任何个人账户转账，请认准官方App还款。拒收请回复R"),
    ], dark=False, clock="10:31")
    shot_item("h3_21_sms_lender.png", img, lines, rng, doc_type="sms_message", lawful=True, expect=[],
              sender="1069088895588", contains=["【安信消费金融】", "官方App", "个人账户"],
              notes="Polite lender reminders from the lender's own 1069 gateway (normal; not impersonation). Mentions personal accounts only to warn.")


@item
def i22():
    rng = R(22)
    img, lines = sms_screen(rng, "106575501234", [
        ("time", "星期二 下午2:15"),
        ("in", "【小橙分期】您的借款已逾期3天，逾期金额865.20元。逾期部分将按合同约定计收罚息，请登录小橙分期App在“还款”页面操作。如有困难可在App内申请协商还款。"),
        ("out", "请问可以延期几天吗"),
        ("in", "【小橙分期】您可在App“我的-协商还款”提交申请，审核结果将以短信通知，请勿轻信他人代办。"),
    ], dark=True, big=True, clock="14:40")
    shot_item("h3_22_sms_lender_dark.jpg", img, lines, rng, doc_type="sms_message", lawful=True, expect=[],
              sender="106575501234", contains=["【小橙分期】", "协商还款", "865.20"],
              notes="Polite lender overdue reminder from a 106 gateway, dark mode, saved as JPEG (forwarded screenshot).")


@item
def i23():
    rng = R(23)
    img, lines = chat_screen(rng, "安信金融在线客服", [
        ("time", "6月17日 20:03"),
        ("out", "你好，我这个月工资晚发，能不能晚几天还"),
        ("in", "您好，很理解您的情况。您可以在App首页“账单-申请延期”提交申请，审核通过后以App通知为准。"),
        ("out", "延期会收费吗"),
        ("in", "延期期间按合同约定计息，不额外收取手续费。请只通过官方App还款，不要向任何个人账户转账。"),
        ("out", "好的谢谢"),
    ], dark=False, clock="20:05", them="安")
    shot_item("h3_23_service_chat.png", img, lines, rng, doc_type="sms_message", lawful=True, expect=[],
              sender=None, contains=["安信金融在线客服", "申请延期", "官方App"],
              notes="Polite in-app customer-service chat (chat-app style thread, not SMS; doc_type sms_message as a message thread).")


@item
def i24():
    rng = R(24)
    img, lines = chat_screen(rng, "江南银行信用卡", [
        ("time", "昨天 19:22"),
        ("out", "我的卡逾期了，想办分期"),
        ("in", "您好，您可申请账单分期或个性化分期，具体方案以书面协议为准。请问您方便提供卡号后四位吗？"),
        ("out", "6621"),
        ("in", "已为您提交申请，工作人员将在2个工作日内通过95528与您联系，请注意接听。"),
    ], dark=True, big=True, clock="19:30", them="银")
    shot_item("h3_24_service_chat_dark.png", img, lines, rng, doc_type="sms_message", lawful=True, expect=[],
              sender=None, contains=["江南银行信用卡", "个性化分期", "95528"],
              notes="Bank official-account chat, dark mode 1080x2340, polite instalment handling.")


@item
def i25():
    rng = R(25)
    img, lines = sms_screen(rng, "1069088895588", [
        ("time", "6月3日 下午4:30"),
        ("in", "【安信消费金融】防诈提醒：近期有不法分子冒充我司或法院，以“已立案”“上门催收”“冻结账户”等说辞要求转账至个人账户。我司及法院均不会这样做，请勿相信。可拨打12368核实法院信息。"),
    ], dark=False, clock="16:33")
    shot_item("h3_25_sms_notice.png", img, lines, rng, doc_type="sms_message", lawful=True, expect=[],
              sender="1069088895588", contains=["【安信消费金融】", "防诈提醒", "12368"],
              notes="Lender's own 1069 anti-fraud SMS that quotes threat phrases to warn against them.")


# ============================================================================= FORGED / INTIMIDATING papers
def plain_letter(rng, title, to, body, sign, date, fnt, size=32, header=None, title_color=(20, 20, 20),
                 seal=None, diam=215, bg=(255, 255, 255), title_spec=F_SANS_B):
    pg = Page(rng, body_font=fnt, size=size, bg=bg)
    if header:
        pg.center(header, spec=F_SERIF_B, size=44, color=(20, 20, 20), gap=18)
    pg.center(title, spec=title_spec, size=54, color=title_color, gap=28)
    if to:
        pg.left(to, size=size)
    for b in body:
        pg.para(b, size=size)
    sign_block(pg, sign, date, seal=seal, diam=diam, size=size)
    return pg


@item
def i26():
    rng = R(26)
    pg = plain_letter(rng, "律师函", "致：郑宏伟（身份证尾号4417）",
                      ["受深圳前海鼎泰资产管理有限公司委托，现就你拖欠网络借款一事正式函告。",
                       "你在借款平台的欠款已严重逾期，经多次提醒仍拒不处理。我方已将起诉状及证据材料全部准备完毕，随时向法院递交，届时你将作为被告承担全部诉讼费用。",
                       "请你务必在收到本函后48小时之内主动联系处理。超过时限，我方将把你的欠款情况书面通报你所在单位领导及人事部门。",
                       "特此函告。"],
                      ["深圳前海鼎泰资产管理有限公司"], "2024年6月8日", F_SANS,
                      seal=("深圳前海鼎泰资产管理有限公司", "star", "company"), diam=220)
    check_fit(pg)
    paper_item("h3_26_letter_photo.jpg", pg, kind="photo", rng=rng, doc_type="lawyer_letter", lawful=False,
               expect=["seal.issuer_mismatch", "image.edited", "lawsuit.threat", "pressure.deadline",
                       "contact.third_party"],
               software="Adobe Photoshop 24.1 (Windows)", make=("Xiaomi", "M2012K11AC"),
               contains=["律师函", "48小时之内", "人事部门"],
               notes="FORGED: 'lawyer's letter' with no law firm, stamped with an asset-management company's star seal; threat of imminent suit; 48-hour deadline; threat to inform employer. EXIF Software = Photoshop.")


@item
def i27():
    rng = R(27)
    pg = plain_letter(rng, "解除借款合同通知书", "借款人：冯小雨",
                      ["你于2024年1月在我方平台借款人民币8,000元，现已逾期五日未还。",
                       "鉴于你的违约行为，自本通知送达之日起，双方签订的借款协议即行终止，你须将剩余全部本金及利息一次性付清，并另按借款总额的15%向我方支付违约金1,200元。",
                       "限你于今日18:00前完成处理，逾期未处理的，由此产生的一切不利后果由你本人承担。",
                       "联系电话：17023518842（王经理）"],
                      ["恒通金融服务中心"], "2024年6月14日", F_MING, title_color=(200, 20, 20))
    check_fit(pg)
    paper_item("h3_27_cancel_scan.jpg", pg, kind="scan", rng=rng, doc_type="cancellation_notice", lawful=False,
               expect=["seal.missing", "contract.termination", "penalty.inflated", "pressure.deadline",
                       "contact.virtual_number"],
               contains=["解除借款合同通知书", "借款总额的15%", "17023518842"],
               notes="FORGED: cancellation notice without any seal after only 5 days overdue: contract ended, whole balance at once, 15% penalty on the whole loan, same-day deadline, 170 call-back number.")


@item
def i28():
    rng = R(28)
    pg = Page(rng, body_font=F_SERIF, size=32)
    pg.center("上海市静安区人民法院", spec=F_SERIF_B, size=46, gap=20)
    pg.center("限制消费令", spec=F_SERIF_B, size=56, gap=16)
    pg.right("（2024）沪民字第0321号", size=30, gap=24)
    pg.left("被限制人：韩雪梅", size=32)
    pg.para("经查，你在网络借款平台的欠款长期拖欠不还，现决定将你纳入失信人员名录，禁止你购买飞机票、高铁票，禁止入住星级酒店。")
    pg.para("你的失信记录将通报至你子女所在学校，子女今后报考公务员、参军入伍的背景审查均会受到影响。")
    pg.para("请你在三日内到我院执行局或联系债权人处理，否则后果自行承担。")
    sign_block(pg, [], "二〇二四年六月二十日", seal=("上海市静安区人民法院", "star", "court"), diam=225)
    check_fit(pg)
    paper_item("h3_28_order_photo.jpg", pg, kind="photo", rng=rng, doc_type="restriction_order", lawful=False,
               expect=["seal.issuer_mismatch", "doc.case_number_invalid", "blacklist.dishonest", "family.children",
                       "pressure.deadline"],
               make=("vivo", "V2217A"),
               contains=["限制消费令", "（2024）沪民字第0321号", "背景审查"],
               notes="FORGED: 'restriction order' whose round seal names a court but has a five-pointed star centre; old '字第' case number with no court code/type; dishonest listing for a loan debt; children's schooling / vetting threat; 3-day deadline.")


@item
def i29():
    rng = R(29)
    pg = Page(rng, body_font=F_WQY, size=33)
    pg.center("人民法院", spec=F_SANS_B, size=48, gap=18)
    pg.center("法院传票", spec=F_SANS_B, size=58, gap=30)
    pg.left("被传唤人：蒋立伟", size=33)
    pg.para("你因恶意拖欠网络借款，相关诉讼材料已由债权人提交至本院，本院已受理并进入审理程序。")
    pg.para("请你于2024年6月28日前到本院接受询问。如拒不到庭，本院工作人员将前往你的户籍所在地及居住地现场送达，并在你家门口张贴公告。")
    pg.para("特此传唤。")
    sign_block(pg, ["民事审判庭"], "二〇二四年六月十九日")
    check_fit(pg)
    paper_item("h3_29_summons_scan.jpg", pg, kind="scan", rng=rng, doc_type="court_summons", lawful=False,
               expect=["seal.missing", "doc.case_number_invalid", "lawsuit.threat", "visit.home"],
               contains=["法院传票", "户籍所在地", "张贴公告"],
               notes="FORGED: 'summons' from an unnamed 'people's court', no case number at all, no seal; claims a suit is already in court; threatens door-to-door service at the home / place of registration.")


@item
def i30():
    rng = R(30)
    pg = plain_letter(rng, "律师函", "致：曹永胜",
                      ["本函由贷后法务处理部出具。你在我司合作平台的借款已严重逾期，我部已完成资产调查。",
                       "若你继续逃避还款，我部将向司法机关申请冻结你名下全部储蓄卡、信用卡以及微信零钱、支付宝余额，并冻结公积金账户。",
                       "请你于明天中午12点之前将欠款结清，过时不候，一切后果由你承担。"],
                      ["贷后法务处理部"], "2024年6月11日", F_KAI, size=34)
    check_fit(pg)
    paper_item("h3_30_letter_photo.jpg", pg, kind="photo", rng=rng, doc_type="lawyer_letter", lawful=False,
               expect=["seal.missing", "image.edited", "persona.authority", "asset.freeze", "pressure.deadline"],
               orientation=6, software="Meitu XiuXiu 9.8", make=("OPPO", "PFEM10"),
               contains=["律师函", "贷后法务处理部", "支付宝余额"],
               notes="FORGED: 'lawyer's letter' signed by a collector's 'legal department', no seal; threat to freeze cards, WeChat, Alipay; noon-tomorrow deadline. EXIF Software = Meitu; EXIF Orientation 6.")


@item
def i31():
    rng = R(31)
    pg = plain_letter(rng, "失信黑名单通报", "当事人：钱丽娟",
                      ["经逾期债务处置中心核查，你的借款已逾期32天，情节严重。",
                       "你的逾期记录已同步上传至全国互联网金融行业共享的网贷失信名单，各借贷平台均可查询，今后将无法在任何平台借款。",
                       "本中心将按流程向你手机通讯录中的联系人及借款时预留的亲友逐一发送协查通知，请你尽快处理以免影响家人。"],
                      ["逾期债务处置中心"], "2024年5月30日", F_SERIF, title_color=(205, 20, 20))
    check_fit(pg)
    paper_item("h3_31_notice_scan.jpg", pg, kind="scan", rng=rng, doc_type="restriction_order", lawful=False,
               expect=["seal.missing", "blacklist.online_loan", "persona.authority", "contact.third_party"],
               contains=["失信黑名单通报", "网贷失信名单", "通讯录"],
               notes="FORGED: unsealed 'blacklist' notice from an official-sounding 'overdue debt disposal centre': industry online-loan blacklist, messages to address-book contacts and relatives.")


@item
def i32():
    rng = R(32)
    pg = Page(rng, body_font=F_SANS, size=32)
    pg.center("人民法院执行局", spec=F_SANS_B, size=46, gap=20)
    pg.center("执行通知书", spec=F_SANS_B, size=56, gap=16)
    pg.right("执字第2024-0897号", size=30, gap=24)
    pg.left("被执行人：沈国栋", size=32)
    pg.para("你拖欠杭州云启网络科技有限公司借款本息合计16,342元，经多次催告仍未履行。")
    pg.para("本局将依法查扣你名下的房产、车辆及其他财产，并拍卖变现用于清偿。执行人员将于三日内前往你的家中清点财物，请你在家等候配合。")
    pg.para("如在收到本通知后三日内主动还款，可暂缓执行。")
    sign_block(pg, ["杭州云启网络科技有限公司"], "2024年6月16日",
               seal=("杭州云启网络科技有限公司", "star", "company"), diam=220)
    check_fit(pg)
    paper_item("h3_32_enforcement_photo.jpg", pg, kind="photo", rng=rng, doc_type="other", lawful=False,
               expect=["seal.issuer_mismatch", "doc.case_number_invalid", "asset.freeze", "visit.home",
                       "pressure.deadline"],
               make=("HUAWEI", "JAD-AL50"),
               contains=["执行通知书", "执字第2024-0897号", "查扣你名下的房产"],
               notes="FORGED: 'enforcement notice' headed as a court enforcement bureau but sealed by a tech company (star seal); malformed case number; seizure threat; officers to come to the home within 3 days.")


@item
def i33():
    rng = R(33)
    pg = plain_letter(rng, "逾期处理告知书", "客户：邓文博",
                      ["我是风险管控中心高级专员刘洋，现负责处理你的逾期账户。",
                       "根据平台规定，你的违约金将按未还本金总额的18%一次性计收，共计3,960元。",
                       "如你今天之内结清本金，我可以为你申请免除全部罚息和违约金，但款项须转入专员指定的个人收款账户，以便特批。",
                       "若手头资金不够，可先在其他借款App申请一笔周转，把这边处理掉。",
                       "专员直线：17112346678"],
                      ["风险管控中心"], "2024年6月21日", F_ZEN)
    check_fit(pg)
    paper_item("h3_33_letter_scan.jpg", pg, kind="scan", rng=rng, doc_type="other", lawful=False,
               expect=["persona.authority", "penalty.inflated", "promise.fee_waiver", "borrow.new_loan",
                       "contact.virtual_number", "pressure.deadline"],
               contains=["逾期处理告知书", "未还本金总额的18%", "17112346678"],
               notes="INTIMIDATING: 'risk-control centre senior specialist' notice: 18% penalty on the whole outstanding principal, fee waiver if paid today into a personal account, push to borrow from another app, 171 number.")


@item
def i34():
    rng = R(34)
    pg = plain_letter(rng, "律·师·函", "致：许文涛",
                      ["你所欠的网络借款经反复催收仍未归还，已涉嫌以虚构用途骗取借款，我方已将线索移交经济犯罪侦查部门，你将面临刑事追究。",
                       "我方同时会电话联系你的父母、配偶及其他亲属说明情况，要求其督促你还款。",
                       "一旦定性为诈骗，你的子女今后入学、参军和考取公职的资格审查都会受到牵连。"],
                      ["广州穗信资产管理有限公司"], "2024年6月3日", F_SERIF,
                      seal=("广州穗信资产管理有限公司", "star", "company"), diam=220)
    check_fit(pg)
    paper_item("h3_34_letter_photo.jpg", pg, kind="photo", rng=rng, doc_type="lawyer_letter", lawful=False,
               expect=["text.spaced", "seal.issuer_mismatch", "lawsuit.threat", "family.children",
                       "contact.third_party"],
               orientation=3, make=("samsung", "SM-A5460"),
               contains=["律·师·函", "经济犯罪侦查部门", "父母、配偶"],
               notes="FORGED: title split by middle dots (律·师·函); company star seal on a lawyer's letter; criminal-fraud threat; contacting parents/relatives; children's schooling/army/civil-service vetting threat. EXIF Orientation 3.")


@item
def i35():
    rng = R(35)
    pg = Page(rng, body_font=F_MING, size=33)
    pg.center("北京市人民法院", spec=F_SERIF_B, size=46, gap=20)
    pg.center("限高令", spec=F_SERIF_B, size=60, gap=16)
    pg.right("（2024）京执字第1187号", size=30, gap=24)
    pg.left("被执行人：杜明辉", size=33)
    pg.para("因你长期拖欠网络平台借款拒不归还，本院已将你认定为失信人员，即日起你不得购买高铁、动车及飞机票，不得出入高档消费场所。")
    pg.para("同时，本院已对你名下所有银行账户、微信及支付宝账户采取冻结措施，账户内资金将予以扣划。")
    pg.para("特此通知。")
    sign_block(pg, [], "二〇二四年六月六日")
    check_fit(pg)
    paper_item("h3_35_order_photo.jpg", pg, kind="photo", rng=rng, doc_type="restriction_order", lawful=False,
               expect=["seal.missing", "doc.case_number_invalid", "image.edited", "blacklist.dishonest",
                       "asset.freeze"],
               software="Adobe Photoshop CC 2019 (Macintosh)", make=("Apple", "iPhone 12"),
               contains=["限高令", "（2024）京执字第1187号", "冻结措施"],
               notes="FORGED: unsealed 'height-limit order' from a non-existent 'Beijing people's court', old-style 字第 number without court code; dishonest listing and travel ban for a loan debt; freezing all accounts. EXIF Software = Photoshop.")


@item
def i36():
    rng = R(36)
    pg = Page(rng, body_font=F_SANS, size=32)
    pg.center("关于借款合同终止及全额清偿的通知", spec=F_SANS_B, size=40, gap=28)
    pg.left("借款人：田雨欣", size=32)
    pg.para("你在我司借款第6期已逾期3天。依据我司规定，逾期满三日借款合同自动终止，全部未到期款项视为立即到期，你须一次性全额清偿。")
    pg.para("此外，违约金按合同剩余全部本金的二成计算，合计4,480元。")
    pg.para("你的逾期信息已报送互联网借贷行业共享失信库，各网贷平台将拒绝向你放款。请在24小时内处理完毕。")
    sign_block(pg, ["南京鑫盛网络小额贷款有限公司"], "2024年6月22日",
               seal=("南京鑫盛网络小额贷款有限公司", "star", "company"), diam=220)
    check_fit(pg)
    paper_item("h3_36_termination_scan.jpg", pg, kind="scan", rng=rng, doc_type="cancellation_notice", lawful=False,
               expect=["contract.termination", "penalty.inflated", "blacklist.online_loan", "pressure.deadline"],
               contains=["合同自动终止", "剩余全部本金的二成", "共享失信库"],
               notes="INTIMIDATING lender notice (its own company seal, so no issuer mismatch claimed): automatic termination after 3 days, whole balance due, 20% penalty on whole remaining principal, online-loan industry blacklist, 24-hour deadline.")


@item
def i37():
    rng = R(37)
    pg = plain_letter(rng, "外访通知函", "致：欧阳建",
                      ["逾期账户管理中心外访组已于今日抵达你户籍所在的村镇，正在核实你的家庭住址。",
                       "外访人员将走访你的邻居、村委会干部及直系亲属，当面告知你的欠款情况。",
                       "请你在今晚8点前回电外访专员：16523459871，否则明日外访组将直接到你家中处理。"],
                      ["逾期账户管理中心　外访组"], "2024年6月25日", F_SERIF, title_color=(190, 20, 20))
    check_fit(pg)
    paper_item("h3_37_visit_photo.jpg", pg, kind="photo", rng=rng, doc_type="other", lawful=False,
               expect=["visit.home", "contact.third_party", "persona.authority", "contact.virtual_number",
                       "pressure.deadline"],
               make=("Xiaomi", "22081212C"),
               contains=["外访通知函", "16523459871", "村委会"],
               notes="INTIMIDATING 'field visit' notice: visit to home village, telling neighbours/village/relatives, 'account management centre' persona, 165 number, tonight deadline.")


@item
def i38():
    rng = R(38)
    pg = Page(rng, body_font=F_SERIF, size=32)
    pg.center("深圳市南山区人民法院", spec=F_SERIF_B, size=46, gap=20)
    pg.center("应诉通知书", spec=F_SERIF_B, size=56, gap=16)
    pg.right("（2024）民初字第00562号", size=30, gap=24)
    pg.left("被告：袁振东", size=32)
    pg.para("原告深圳极速分期网络小额贷款有限公司诉你借款合同纠纷一案，材料已报送本院审查，将在三个工作日内向你寄送开庭传票。")
    pg.para("案件判决后你将被认定为失信人员并向社会公布，届时乘坐飞机、高铁将受到限制。")
    pg.para("如需撤诉，请立即联系原告公司协商还款。")
    sign_block(pg, [], "二〇二四年六月十三日", seal=("深圳市南山区人民法院", "star", "court"), diam=225)
    check_fit(pg)
    paper_item("h3_38_summons_scan.jpg", pg, kind="scan", rng=rng, doc_type="court_summons", lawful=False,
               expect=["seal.issuer_mismatch", "doc.case_number_invalid", "lawsuit.threat", "blacklist.dishonest"],
               contains=["应诉通知书", "（2024）民初字第00562号", "失信人员"],
               notes="FORGED: notice to respond with a star-centred seal naming a court, old-style case number without court code; summons 'within 3 working days'; automatic dishonest listing after judgment; 'withdrawal' by paying the lender.")


@item
def i39():
    rng = R(39)
    pg = Page(rng, body_font=F_KAI, size=34)
    pg.center("失信被执行人决定书", spec=F_SERIF_B, size=50, gap=30)
    pg.left("被执行人：彭晓琳", size=34)
    pg.para("因你拖欠借款逾期未还，经审查，决定将你列为失信被执行人，即日起在全网公示。")
    pg.para("失信期间，你的子女将无法报考重点中学、大学及公务员，亲属求职也会受到影响。")
    pg.para("本决定即时生效。")
    sign_block(pg, ["北京正和法务咨询服务有限公司"], "2024年6月18日",
               seal=("北京正和法务咨询服务有限公司", "star", "company"), diam=225, size=34)
    check_fit(pg)
    paper_item("h3_39_decision_photo.jpg", pg, kind="photo", rng=rng, doc_type="restriction_order", lawful=False,
               expect=["seal.issuer_mismatch", "doc.case_number_invalid", "image.edited", "blacklist.dishonest",
                       "family.children"],
               orientation=8, software="Snapseed 2.0", make=("HUAWEI", "ELS-AN00"),
               contains=["失信被执行人决定书", "北京正和法务咨询服务有限公司", "重点中学"],
               notes="FORGED: dishonest-debtor 'decision' issued by a legal-consulting company (star seal), no case number at all; children's schooling and civil-service exam threat. EXIF Software = Snapseed; EXIF Orientation 8.")


@item
def i40():
    rng = R(40)
    pg = plain_letter(rng, "债务调解告知书", "当事人：孔令杰",
                      ["本函由诉前纠纷调解办公室出具，你的借款纠纷已分派至本办公室调解。",
                       "本月内一次性还款的，可走绿色减免通道，免除全部利息及逾期费用，名额有限。",
                       "如资金紧张，可先在其他正规平台借款周转，把本笔欠款处理后再慢慢还。",
                       "减免名额今天17点截止。调解员电话：16788902314"],
                      ["诉前纠纷调解办公室"], "2024年6月24日", F_WQY)
    check_fit(pg)
    paper_item("h3_40_memo_scan.jpg", pg, kind="scan", rng=rng, doc_type="other", lawful=False,
               expect=["persona.authority", "promise.fee_waiver", "borrow.new_loan", "contact.virtual_number",
                       "pressure.deadline"],
               contains=["债务调解告知书", "绿色减免通道", "16788902314"],
               notes="INTIMIDATING 'pre-litigation mediation office' notice: fee-waiver channel, borrow elsewhere to repay, 167 number, same-day cutoff.")


@item
def i41():
    rng = R(41)
    pg = plain_letter(rng, "律师函", "致：卢晓峰先生",
                      ["你在多个借款平台的逾期信息已被上报至网络借贷黑名单共享系统，所有持牌机构均可查阅。",
                       "我方将对你名下的银行卡、支付宝及微信钱包申请冻结，卡内资金直接划扣。",
                       "同时，我方将把你的逾期情况告知你借款时留下的联系人和手机通讯录中的好友。"],
                      ["华信律师事务所"], "2024年6月7日", F_SERIF, header=None)
    check_fit(pg)
    paper_item("h3_41_letter_photo.jpg", pg, kind="photo", rng=rng, doc_type="lawyer_letter", lawful=False,
               expect=["seal.missing", "blacklist.online_loan", "asset.freeze", "contact.third_party"],
               make=("OnePlus", "PHB110"),
               contains=["律师函", "黑名单共享系统", "微信钱包"],
               notes="FORGED: lawyer's letter naming a firm but carrying no seal; online-loan blacklist; freezing cards/Alipay/WeChat; telling contacts and address book.")


# ============================================================================= FORGED / INTIMIDATING screenshots
@item
def i42():
    rng = R(42)
    img, lines = sms_screen(rng, "10690571234", [
        ("time", "今天 上午8:47"),
        ("in", "【上海市浦东新区人民法院】葛明：你因拖欠网贷被债权人起诉，本院  已  受  理，法  院  传  唤  文  书今日派送。请于24小时内联系经办人处理，否则缺席判决。"),
    ], dark=False, clock="8:50")
    shot_item("h3_42_sms_thread.png", img, lines, rng, doc_type="sms_message", lawful=False,
              expect=["sms.impersonation", "lawsuit.threat", "text.spaced", "pressure.deadline"],
              sender="10690571234", contains=["【上海市浦东新区人民法院】", "24小时内"],
              notes="FORGED court SMS from a 1069 commercial gateway; 'already accepted' suit; words split by spaces (已  受  理 / 法  院  传  唤, double spaces); 24-hour deadline.")


@item
def i43():
    rng = R(43)
    img, lines = sms_screen(rng, "+86 138 1762 4409", [
        ("time", "昨天 晚上9:12"),
        ("in", "【南京市公安局经济犯罪侦查支队】魏涛，你恶意套取网络贷款拒不归还，涉嫌诈骗，本支队已受理报案。近日民警将到你住处及工作单位调查取证，请配合。"),
        ("out", "你们是哪里的？"),
    ], dark=True, clock="21:20")
    shot_item("h3_43_sms_thread_dark.png", img, lines, rng, doc_type="sms_message", lawful=False,
              expect=["sms.impersonation", "lawsuit.threat", "visit.home"],
              sender="+86 138 1762 4409", contains=["公安局", "涉嫌诈骗", "住处"],
              notes="FORGED police SMS from a personal mobile number; criminal-fraud threat for a loan default; visit to home and workplace. Dark mode.")


@item
def i44():
    rng = R(44)
    img, lines = sms_screen(rng, "106590283311", [
        ("time", "6月19日 下午1:05"),
        ("in", "【速e借】吕强，你已逾期46天，账户已被拉入全行业网贷禁入名单。今天不处理，将给你手机通  讯  录所有人发送催  收  短信。速回电17098765432。"),
    ], dark=False, big=True, clock="13:08")
    shot_item("h3_44_sms_lender.png", img, lines, rng, doc_type="sms_message", lawful=False,
              expect=["blacklist.online_loan", "contact.third_party", "text.spaced", "contact.virtual_number",
                      "pressure.deadline"],
              forbid_extra=["sms.impersonation"],
              sender="106590283311", contains=["【速e借】", "17098765432", "网贷禁入名单"],
              notes="INTIMIDATING lender SMS from its 106 gateway (no state body named, so no impersonation): online-loan industry blacklist, texting the whole address book, spaced words (通  讯  录 / 催  收, double spaces), 170 call-back, today deadline. 1080x2340.")


@item
def i45():
    rng = R(45)
    img, lines = sms_screen(rng, "10655123456", [
        ("time", "6月21日 上午10:20"),
        ("in", "【广州市中级人民法院执行局】胡斌：你名下所有银行账户、微信、支付宝将于今天16:00起被冻结扣划，同时你将被纳入失信人员名单并限制乘坐高铁飞机。请立即联系处理。"),
    ], dark=True, big=True, clock="10:22")
    shot_item("h3_45_sms_thread_dark.png", img, lines, rng, doc_type="sms_message", lawful=False,
              expect=["sms.impersonation", "asset.freeze", "blacklist.dishonest", "pressure.deadline"],
              sender="10655123456", contains=["【广州市中级人民法院执行局】", "冻结扣划", "16:00"],
              notes="FORGED court-enforcement SMS from a 1065 gateway: freeze of all accounts at 16:00 today, dishonest listing / travel ban. Dark mode 1080x2340.")


@item
def i46():
    rng = R(46)
    img, lines = chat_screen(rng, "风控中心-李专员", [
        ("time", "6月20日 14:32"),
        ("in", "你好，我是平台风控中心的李专员，你的账户由我跟进。"),
        ("in", "今天之内把本金8600转到我这个私人账户，罚息和违约金我帮你全部申请免掉。"),
        ("out", "我现在没钱"),
        ("in", "没钱就去别的平台先借出来，把我们这笔还上。有问题打我电话17156781234"),
    ], dark=False, clock="14:40", them="李")
    shot_item("h3_46_chat.png", img, lines, rng, doc_type="sms_message", lawful=False,
              expect=["persona.authority", "promise.fee_waiver", "borrow.new_loan", "contact.virtual_number",
                      "pressure.deadline"],
              forbid_extra=["sms.impersonation"],
              sender=None, contains=["风控中心", "私人账户", "17156781234"],
              notes="INTIMIDATING chat (chat app, not SMS): 'risk-control specialist', fee waiver for payment into a private account, borrow from other platforms, 171 number, today deadline.")


@item
def i47():
    rng = R(47)
    img, lines = chat_screen(rng, "贷后小王", [
        ("time", "昨天 19:05"),
        ("in", "我们的同事已经在你住的小区门口了，你自己下来还是我们上去？"),
        ("in", "你公司人事我们也联系过了，明天会把你的情况发到你们部门群里。"),
        ("in", "你孩子在实验小学读书吧，闹大了对孩子不好。"),
        ("in", "再不还钱，马上起诉你，法院文书直接寄到学校。"),
    ], dark=True, big=True, clock="19:10", them="王")
    shot_item("h3_47_chat_dark.png", img, lines, rng, doc_type="sms_message", lawful=False,
              expect=["visit.home", "contact.third_party", "family.children", "lawsuit.threat"],
              forbid_extra=["sms.impersonation"],
              sender=None, contains=["小区门口", "人事", "实验小学"],
              notes="INTIMIDATING chat (dark mode, 1080x2340): collectors at the housing estate gate, employer's HR contacted, child's school mentioned, immediate lawsuit threat.")


@item
def i48():
    rng = R(48)
    img, lines = sms_screen(rng, "17023456789", [
        ("time", "6月23日 上午11:40"),
        ("in", "【浦东新区人民法院诉前调解中心】我是调解员陈力。你逾期已超期限，借款合同即刻终止，剩余本息须当日付清，另按全部借款金额20%收取违约金。回电17023456789。"),
    ], dark=False, clock="11:45")
    shot_item("h3_48_sms_thread.png", img, lines, rng, doc_type="sms_message", lawful=False,
              expect=["sms.impersonation", "persona.authority", "contract.termination", "penalty.inflated",
                      "contact.virtual_number", "pressure.deadline"],
              sender="17023456789", contains=["诉前调解中心", "全部借款金额20%", "17023456789"],
              notes="FORGED: court-mediation persona from a 170 mobile number (no real case number); immediate termination, whole balance the same day (deadline), 20% penalty on the whole loan; 170 call-back.")


@item
def i49():
    rng = R(49)
    img, lines = sms_screen(rng, "1069033517720", [
        ("time", "6月15日 晚上8:02"),
        ("in", "【恒正律师事务所】律　师　函　已　发　出。你这种欠钱不还的就是失信人，以后高铁飞机都上不去。"),
        ("in", "【恒正律师事务所】你的孩子以后考编、参军，背景审查一查就知道父母是失信人员，自己掂量。"),
    ], dark=True, clock="20:05")
    shot_item("h3_49_sms_thread_dark.jpg", img, lines, rng, doc_type="sms_message", lawful=False,
              expect=["text.spaced", "blacklist.dishonest", "family.children"],
              sender="1069033517720", contains=["【恒正律师事务所】", "背景审查"],
              notes="INTIMIDATING SMS in a law firm's name from a 1069 gateway (a law firm is not a state body: impersonation left unlabelled): 律　师　函 split by ideographic spaces, dishonest-person/travel threat, children's vetting threat. Dark mode, JPEG.")


@item
def i50():
    rng = R(50)
    img, lines = chat_screen(rng, "分期平台催收部", [
        ("time", "6月26日 10:15"),
        ("in", "想要停催的话，先交2000元押金到指定账户，剩下的给你做延期。"),
        ("out", "我真的拿不出来"),
        ("in", "你逾期这么久，合同早就作废了，剩下的钱必须一次全部还清。"),
        ("in", "拿不出来就去其他网贷口子借一笔，先把这边填上。"),
        ("in", "下午3点前没到账，直接冻结你的微信和支付宝，名下银行卡全部停用。"),
    ], dark=False, big=True, clock="10:20", them="催")
    shot_item("h3_50_chat.png", img, lines, rng, doc_type="sms_message", lawful=False,
              expect=["promise.fee_waiver", "contract.termination", "borrow.new_loan", "asset.freeze",
                      "pressure.deadline"],
              forbid_extra=["sms.impersonation"],
              sender=None, contains=["押金", "其他网贷口子", "下午3点前"],
              notes="INTIMIDATING chat (1080x2340): deposit to stop collection, contract declared void with the whole rest due at once, borrow from another loan app, freeze of WeChat/Alipay/cards, 3 pm deadline.")


def main():
    for f in os.listdir(OUT):
        if f.startswith("h3_") and f.endswith((".jpg", ".png", ".json")):
            os.remove(os.path.join(OUT, f))
    for fn in ITEMS:
        fn()
    lawful = sum(r["lawful"] for r in RECORDS)
    print(f"{len(RECORDS)} items, {lawful} lawful, {len(RECORDS) - lawful} forged")


if __name__ == "__main__":
    main()
