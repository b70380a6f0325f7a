#!/usr/bin/env python3
"""Generate bench/dev_lawful6: 44 labelled phone PHOTOS of papers (36 lawful, 8 forged).

    python bench/dev_lawful6/make_dev_lawful6.py            # writes dl6_NN_{l,f}NN.jpg + .json here
    python bench/dev_lawful6/make_dev_lawful6.py --debug D  # also writes box overlays into D

Deterministic: every random choice comes from random.Random / numpy Generator seeded
from SEED and the item's number, so a rerun rewrites byte-identical files.

Each paper is laid out flat on a 1400-px-wide page (text, tables, seals, logos, stamps,
handwriting), then "photographed": page-space bending (curl, folds, waviness) with
matching shading, a 3-D tilt projected through a pinhole camera, a procedural background
(desk, bedspread, car seat, kitchen table, floor tiles), an optional thumb holding the
sheet, uneven light, soft/hard shadows, colour cast, glare, blur, noise and JPEG.
Seal boxes are the outer ring of every round/oval red seal pushed through the same
bending and projection, in the upright image (EXIF orientation applied).
"""
from __future__ import annotations

import argparse
import io
import json
import math
import random
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont
from scipy.ndimage import map_coordinates

OUT = Path(__file__).resolve().parent
SEED = 6060_2024
PREFIX = "dl6"

NOTO = "/usr/share/fonts/opentype/noto/"
FONT_FILES = {
    "sans": (NOTO + "NotoSansCJK-Regular.ttc", 2),
    "sansb": (NOTO + "NotoSansCJK-Bold.ttc", 2),
    "serif": (NOTO + "NotoSerifCJK-Regular.ttc", 2),
    "serifb": (NOTO + "NotoSerifCJK-Bold.ttc", 2),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
}
_FONT_CACHE: dict = {}


def font(key: str, size: int) -> ImageFont.FreeTypeFont:
    size = int(round(size))
    k = (key, size)
    if k not in _FONT_CACHE:
        path, idx = FONT_FILES[key]
        _FONT_CACHE[k] = ImageFont.truetype(path, size, index=idx)
    return _FONT_CACHE[k]


CLOSE_PUNCT = set("，。、；：？！）》」』”’…%,.;:)")
INK = (28, 28, 32)
RED = (206, 32, 42)


# ----------------------------------------------------------------------------------------
# page layout
# ----------------------------------------------------------------------------------------

class Page:
    """A flat sheet. y is a cursor; every drawn text line is recorded in .lines."""

    def __init__(self, rng: random.Random, w: int = 1400, h: int = 1980, body: str = "sans",
                 size: int = 24, margin: int = 130, top: int = 130, paper=(249, 248, 243), lead: float = 1.72):
        self.rng = rng
        self.w, self.h = w, h
        tint = rng.randint(-4, 3)
        paper = tuple(max(0, min(255, c + tint + rng.randint(-2, 2))) for c in paper)
        self.img = Image.new("RGB", (w, h), paper)
        self.draw = ImageDraw.Draw(self.img)
        self.overlays: list = []   # (rgb tuple, alpha array HxW float, x, y) multiplied on top at finish()
        self.seals: list[dict] = []
        self.lines: list[str] = []
        self.body, self.size, self.lead = body, size, lead
        self.L, self.R = margin, w - margin
        self.y = top
        self.ink = tuple(c + rng.randint(-6, 6) for c in INK)
        self.marks: dict = {}

    # --- low level -------------------------------------------------------------------
    def f(self, key=None, size=None):
        return font(key or self.body, size or self.size)

    def text_at(self, x, y, s, key=None, size=None, fill=None, track=0.0, record=True):
        """Draw s with its top-left at (x, y) (y = top of the em box). Returns width."""
        ft = self.f(key, size)
        sz = size or self.size
        fill = fill or self.ink
        base = y + sz * 0.88
        if track:
            cx = x
            for ch in s:
                self.draw.text((cx, base), ch, font=ft, fill=fill, anchor="ls")
                cx += ft.getlength(ch) + track
            wdt = cx - x - track
        else:
            self.draw.text((x, base), s, font=ft, fill=fill, anchor="ls")
            wdt = ft.getlength(s)
        if x + wdt > self.w - 25 or x < 20:
            raise RuntimeError(f"text runs off the sheet: {s}")
        if record and s.strip():
            self.lines.append(s)
        return wdt

    def width(self, s, key=None, size=None, track=0.0):
        ft = self.f(key, size)
        return ft.getlength(s) + track * max(0, len(s) - 1)

    # --- flowing text ------------------------------------------------------------------
    def wrap(self, text, key=None, size=None, width=None):
        ft = self.f(key, size)
        width = width or (self.R - self.L)
        lines, cur = [], ""
        for ch in text:
            if ft.getlength(cur + ch) > width and cur:
                if ch in CLOSE_PUNCT:
                    lines.append(cur + ch)
                    cur = ""
                    continue
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, text, key=None, size=None, indent=True, fill=None, lead=None, x0=None, x1=None,
             after=0.0):
        size = size or self.size
        lead = lead or self.lead
        x0 = self.L if x0 is None else x0
        x1 = self.R if x1 is None else x1
        if indent:
            text = "\u3000\u3000" + text
        for ln in self.wrap(text, key, size, x1 - x0):
            self.text_at(x0, self.y, ln, key, size, fill)
            self.y += size * lead
        self.y += size * after
        return self.y

    def line(self, s, align="left", key=None, size=None, fill=None, track=0.0, lead=None, dx=0, x0=None,
             x1=None):
        size = size or self.size
        lead = lead or self.lead
        x0 = self.L if x0 is None else x0
        x1 = self.R if x1 is None else x1
        wdt = self.width(s, key, size, track)
        if align == "center":
            x = (x0 + x1 - wdt) / 2
        elif align == "right":
            x = x1 - wdt
        else:
            x = x0
        x += dx
        self.text_at(x, self.y, s, key, size, fill, track)
        box = (x, self.y, wdt, size)
        self.y += size * lead
        return box

    def title(self, s, size=None, key="sansb", fill=None, track=None, after=0.6):
        size = size or int(self.size * 1.7)
        if track is None:
            track = size * 0.5 if len(s) <= 5 else 0.0
        self.line(s, "center", key, size, fill, track, lead=1.0)
        self.y += size * after
        return self

    def gap(self, k=1.0):
        self.y += self.size * k

    def rule(self, color=None, thick=3, double=False, x0=None, x1=None, after=0.8):
        x0 = self.L if x0 is None else x0
        x1 = self.R if x1 is None else x1
        color = color or self.ink
        y = int(self.y)
        self.draw.rectangle([x0, y, x1, y + thick], fill=color)
        if double:
            self.draw.rectangle([x0, y + thick + 5, x1, y + thick + 6], fill=color)
        self.y += thick + self.size * after

    def table(self, rows, colw, key=None, size=None, header_key="sansb", pad=None, border=None, row_h=None,
              align=None):
        """rows: list of lists of cell strings (row 0 = header). colw: relative widths.
        Records each row as one line: cells joined by two spaces."""
        size = size or self.size
        pad = pad or int(size * 0.4)
        border = border or self.ink
        total = self.R - self.L
        s = sum(colw)
        xs = [self.L]
        for c in colw:
            xs.append(xs[-1] + total * c / s)
        row_h = row_h or int(size * 1.9)
        y0 = int(self.y)
        for r, row in enumerate(rows):
            # wrap cells
            wrapped = [self.wrap(cell, key if r else header_key, size, xs[i + 1] - xs[i] - 2 * pad)
                       for i, cell in enumerate(row)]
            nl = max(len(w) for w in wrapped)
            h = max(row_h, int(nl * size * 1.35 + size * 0.6))
            for i, cell_lines in enumerate(wrapped):
                cy = y0 + (h - len(cell_lines) * size * 1.35) / 2 + size * 0.1
                for ln in cell_lines:
                    wdt = self.width(ln, key if r else header_key, size)
                    a = (align[i] if align else "left") if r else "center"
                    if a == "center":
                        x = (xs[i] + xs[i + 1] - wdt) / 2
                    elif a == "right":
                        x = xs[i + 1] - pad - wdt
                    else:
                        x = xs[i] + pad
                    self.text_at(x, cy, ln, key if r else header_key, size, record=False)
                    cy += size * 1.35
            self.lines.append("  ".join("".join(cl) for cl in wrapped))
            self.draw.line([(xs[0], y0), (xs[-1], y0)], fill=border, width=2)
            y0 += h
        self.draw.line([(xs[0], y0), (xs[-1], y0)], fill=border, width=2)
        for x in xs:
            self.draw.line([(x, int(self.y)), (x, y0)], fill=border, width=2)
        self.y = y0 + size * 0.8

    # --- handwriting -------------------------------------------------------------------
    def hand(self, s, x, y, size, fill=(30, 40, 110), key="kai", jitter=0.08, slant=0.0, record=True):
        """Per-character jittered handwriting. Returns end x."""
        rng = self.rng
        ft_cache = {}
        cx = x
        for ch in s:
            sz = int(size * rng.uniform(0.9, 1.1))
            ft_cache.setdefault(sz, font(key, sz))
            ft = ft_cache[sz]
            if ch == " ":
                cx += size * 0.5
                continue
            wch = ft.getlength(ch)
            tile = Image.new("L", (int(sz * 1.6), int(sz * 1.6)), 0)
            ImageDraw.Draw(tile).text((sz * 0.3, sz * 0.3 + sz * 0.88), ch, font=ft, fill=255, anchor="ls")
            tile = tile.rotate(rng.uniform(-7, 7) + slant, resample=Image.BICUBIC)
            a = np.asarray(tile, np.float32) / 255.0
            col = tuple(max(0, min(255, c + rng.randint(-10, 10))) for c in fill)
            self.overlays.append((col, a * rng.uniform(0.85, 1.0), int(cx - sz * 0.3),
                                  int(y + rng.uniform(-jitter, jitter) * size - sz * 0.3)))
            cx += wch * rng.uniform(0.92, 1.08) + size * 0.04
        if cx > self.w - 25:
            raise RuntimeError(f"handwriting runs off the sheet: {s}")
        if record and s.strip():
            self.lines.append(s)
        return cx

    # --- red things ----------------------------------------------------------------------
    def seal(self, cx, cy, d, text, center="star", kind="company", bottom=None, oval=False, color=None,
             angle=None, key="serifb"):
        rng = self.rng
        color = color or (rng.randint(196, 226), rng.randint(18, 48), rng.randint(28, 58))
        if angle is None:
            angle = rng.uniform(-14, 14)
        rx = d / 2
        ry = d / 2 * (0.7 if oval else 1.0)
        alpha = make_seal_alpha(rx, ry, text, center, bottom, key, rng)
        alpha = texture_ink(alpha, rng, strength=rng.uniform(0.25, 0.5))
        # rotate
        img = Image.fromarray((alpha * 255).astype(np.uint8))
        img = img.rotate(angle, resample=Image.BICUBIC, expand=True)
        a = np.asarray(img, np.float32) / 255.0 * rng.uniform(0.9, 1.0)
        h, w = a.shape
        self.overlays.append((color, a, int(round(cx - w / 2)), int(round(cy - h / 2))))
        self.seals.append(dict(cx=cx, cy=cy, rx=rx, ry=ry, angle=angle, text=text, center=center, kind=kind))

    def rect_stamp(self, x, y, lines, size=None, color=None, angle=None, key="sansb", record=True):
        rng = self.rng
        size = size or int(self.size * 1.1)
        color = color or (rng.randint(195, 225), rng.randint(25, 55), rng.randint(30, 60))
        angle = rng.uniform(-8, 8) if angle is None else angle
        ft = font(key, size)
        tw = max(ft.getlength(s) for s in lines)
        pad = size * 0.6
        W = int(tw + 2 * pad)
        H = int(len(lines) * size * 1.3 + 2 * pad - size * 0.3)
        tile = Image.new("L", (W + 20, H + 20), 0)
        dr = ImageDraw.Draw(tile)
        t = max(3, size // 7)
        dr.rectangle([10, 10, 10 + W, 10 + H], outline=255, width=t)
        yy = 10 + pad
        for s in lines:
            dr.text((10 + (W - ft.getlength(s)) / 2, yy + size * 0.88), s, font=ft, fill=255, anchor="ls")
            yy += size * 1.3
        tile = tile.rotate(angle, resample=Image.BICUBIC, expand=True)
        a = np.asarray(tile, np.float32) / 255.0
        a = texture_ink(a, rng, strength=0.35) * rng.uniform(0.8, 0.95)
        self.overlays.append((color, a, int(x), int(y)))
        if record:
            self.lines.extend(lines)

    def logo(self, cx, cy, r, style="bank", color=None, text=None):
        """Round red LOGO (hard negative: not a seal)."""
        color = color or RED
        S = int(r * 2 + 8)
        tile = Image.new("L", (S * 2, S * 2), 0)
        dr = ImageDraw.Draw(tile)
        c = S
        R2 = r * 2
        if style == "bank":      # filled disk, white square hole, white bar
            dr.ellipse([c - R2, c - R2, c + R2, c + R2], fill=255)
            q = R2 * 0.36
            dr.rectangle([c - q, c - q, c + q, c + q], fill=0)
            dr.rectangle([c - R2 * 0.08, c - R2 * 0.95, c + R2 * 0.08, c - q], fill=0)
            dr.rectangle([c - R2 * 0.08, c + q, c + R2 * 0.08, c + R2 * 0.95], fill=0)
        elif style == "waves":   # filled disk with white waves
            dr.ellipse([c - R2, c - R2, c + R2, c + R2], fill=255)
            for k in (-0.35, 0.0, 0.35):
                pts = [(c + R2 * (t / 20 - 1) * 0.9, c + R2 * k + R2 * 0.12 * math.sin(t / 20 * 2 * math.pi))
                       for t in range(41)]
                dr.line(pts, fill=0, width=int(R2 * 0.1))
        elif style == "cross":   # ring + cross (hospital)
            dr.ellipse([c - R2, c - R2, c + R2, c + R2], outline=255, width=int(R2 * 0.12))
            a, b = R2 * 0.55, R2 * 0.17
            dr.rectangle([c - a, c - b, c + a, c + b], fill=255)
            dr.rectangle([c - b, c - a, c + b, c + a], fill=255)
        elif style == "letter":  # filled disk with a white initial
            dr.ellipse([c - R2, c - R2, c + R2, c + R2], fill=255)
            ft = font("sansb", int(R2 * 1.1))
            dr.text((c, c), text or "X", font=ft, fill=0, anchor="mm")
        tile = tile.resize((S, S), Image.LANCZOS)
        a = np.asarray(tile, np.float32) / 255.0
        self.overlays.append((color, a * 0.97, int(cx - S / 2), int(cy - S / 2)))

    def fingerprint(self, cx, cy, rx=34, ry=44, color=None):
        rng = self.rng
        color = color or (rng.randint(190, 220), rng.randint(20, 50), rng.randint(40, 70))
        S = int(max(rx, ry) * 2 + 10)
        yy, xx = np.mgrid[0:S, 0:S].astype(np.float32)
        u = (xx - S / 2) / rx
        v = (yy - S / 2) / ry
        rr = np.sqrt(u * u + v * v)
        wob = smooth_noise(S, S, 10, np.random.default_rng(rng.randint(0, 10 ** 6)))
        ridges = 0.5 + 0.5 * np.sin(rr * 70 + wob * 2.5 + u * 3)
        env = np.clip((1.0 - rr) * 4, 0, 1)
        a = np.clip(ridges * 1.3 - 0.2, 0, 1) * env * rng.uniform(0.6, 0.85)
        self.overlays.append((color, a, int(cx - S / 2), int(cy - S / 2)))

    # --- finish --------------------------------------------------------------------------
    def finish(self) -> np.ndarray:
        arr = np.asarray(self.img, np.float32)
        H, W = arr.shape[:2]
        for color, a, x, y in self.overlays:
            h, w = a.shape
            x0, y0 = max(0, x), max(0, y)
            x1, y1 = min(W, x + w), min(H, y + h)
            if x1 <= x0 or y1 <= y0:
                continue
            sub = a[y0 - y:y1 - y, x0 - x:x1 - x][..., None]
            col = np.array(color, np.float32) / 255.0
            arr[y0:y1, x0:x1] *= (1 - sub * (1 - col))
        return np.clip(arr, 0, 255).astype(np.uint8)


# ----------------------------------------------------------------------------------------
# seals
# ----------------------------------------------------------------------------------------

def star_points(cx, cy, r, rot=-90):
    pts = []
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.382
        a = math.radians(rot + i * 36)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def draw_emblem(dr: ImageDraw.ImageDraw, cx, cy, R):
    """Simplified national emblem: big star + four small stars, gate, wheat wreath, gear."""
    dr.polygon(star_points(cx - R * 0.12, cy - R * 0.42, R * 0.17), fill=255)
    for k, (ax, ay) in enumerate([(0.18, -0.62), (0.32, -0.50), (0.36, -0.32), (0.28, -0.16)]):
        dr.polygon(star_points(cx + R * ax, cy + R * ay, R * 0.065, rot=-90 + k * 15), fill=255)
    # gate (Tiananmen): base, body, two roofs
    dr.rectangle([cx - R * 0.42, cy + R * 0.12, cx + R * 0.42, cy + R * 0.22], fill=255)
    dr.rectangle([cx - R * 0.32, cy - R * 0.02, cx + R * 0.32, cy + R * 0.10], fill=255)
    dr.polygon([(cx - R * 0.44, cy - R * 0.02), (cx + R * 0.44, cy - R * 0.02), (cx + R * 0.34, cy - R * 0.09),
                (cx - R * 0.34, cy - R * 0.09)], fill=255)
    dr.polygon([(cx - R * 0.30, cy - R * 0.10), (cx + R * 0.30, cy - R * 0.10), (cx + R * 0.22, cy - R * 0.16),
                (cx - R * 0.22, cy - R * 0.16)], fill=255)
    for k in range(-2, 3):
        x = cx + k * R * 0.11
        dr.rectangle([x - R * 0.025, cy + R * 0.03, x + R * 0.025, cy + R * 0.10], fill=0)
    # wheat wreath
    for side in (-1, 1):
        for i in range(9):
            t = math.radians(40 + i * 16)
            x = cx + side * R * 0.60 * math.sin(t)
            y = cy - R * 0.60 * math.cos(t)
            dr.ellipse([x - R * 0.06, y - R * 0.09, x + R * 0.06, y + R * 0.09], fill=255)
    # gear
    gx, gy = cx, cy + R * 0.47
    dr.ellipse([gx - R * 0.13, gy - R * 0.13, gx + R * 0.13, gy + R * 0.13], fill=255)
    for i in range(10):
        a = math.radians(i * 36)
        dr.ellipse([gx + R * 0.16 * math.cos(a) - R * 0.035, gy + R * 0.16 * math.sin(a) - R * 0.035,
                    gx + R * 0.16 * math.cos(a) + R * 0.035, gy + R * 0.16 * math.sin(a) + R * 0.035], fill=255)
    dr.ellipse([gx - R * 0.05, gy - R * 0.05, gx + R * 0.05, gy + R * 0.05], fill=0)
    # ribbon
    dr.line([(cx - R * 0.45, cy + R * 0.50), (cx - R * 0.18, cy + R * 0.44)], fill=255, width=max(2, int(R * 0.05)))
    dr.line([(cx + R * 0.45, cy + R * 0.50), (cx + R * 0.18, cy + R * 0.44)], fill=255, width=max(2, int(R * 0.05)))


def make_seal_alpha(rx, ry, text, center, bottom, key, rng) -> np.ndarray:
    k = 2  # supersample
    RX, RY = rx * k, ry * k
    S = int(2 * max(RX, RY) + 8 * k)
    W, H = S, int(2 * RY + 8 * k) if ry < rx else S
    tile = Image.new("L", (W, H), 0)
    dr = ImageDraw.Draw(tile)
    cx, cy = W / 2, H / 2
    ring = max(4, int(min(RX, RY) * rng.uniform(0.06, 0.08)))
    dr.ellipse([cx - RX, cy - RY, cx + RX, cy + RY], outline=255, width=ring)
    if rng.random() < 0.3:
        inner = RX * 0.9
        dr.ellipse([cx - inner, cy - inner * RY / RX, cx + inner, cy + inner * RY / RX], outline=255,
                   width=max(2, ring // 4))
    # ring text along an inner ellipse, centred at the top
    tr_x, tr_y = RX - ring - min(RX, RY) * 0.17, RY - ring - min(RX, RY) * 0.17
    n = len(text)
    ts = np.linspace(0, 2 * math.pi, 2000)
    px = cx + tr_x * np.cos(ts - math.pi / 2)
    py = cy + tr_y * np.sin(ts - math.pi / 2)
    seg = np.hypot(np.diff(px), np.diff(py))
    arc = np.concatenate([[0], np.cumsum(seg)])
    perim = arc[-1]
    ch_px = min(RX, RY) * (0.34 if n <= 8 else 0.31 if n <= 12 else 0.26 if n <= 16 else 0.22)
    span_frac = min(0.76, max(0.45, n * ch_px * 1.12 / perim))
    ch_px = min(ch_px, span_frac * perim / n * 0.95)
    ft = font(key, int(ch_px))
    for i in range(n):
        s = ((i + 0.5) / n - 0.5) * span_frac * perim
        s = s % perim
        j = int(np.searchsorted(arc, s))
        j = min(j, len(ts) - 2)
        x, y = px[j], py[j]
        tang = math.degrees(math.atan2(py[j + 1] - py[j], px[j + 1] - px[j]))
        g = Image.new("L", (int(ch_px * 1.6), int(ch_px * 1.6)), 0)
        gd = ImageDraw.Draw(g)
        gd.text((g.width / 2, g.height / 2), text[i], font=ft, fill=255, anchor="mm")
        g = g.rotate(-tang, resample=Image.BICUBIC, expand=True)
        tile.paste(255, (int(x - g.width / 2), int(y - g.height / 2)), g)
    r_in = min(RX, RY)
    if center == "star":
        dr.polygon(star_points(cx, cy, r_in * rng.uniform(0.27, 0.33)), fill=255)
    elif center == "emblem":
        draw_emblem(dr, cx, cy + r_in * 0.02, r_in * 0.56)
    if bottom:
        fb = font(key, int(r_in * 0.16))
        dr.text((cx, cy + r_in * (0.52 if center != "none" else 0.2)), bottom, font=fb, fill=255, anchor="mm")
    tile = tile.resize((W // k, H // k), Image.LANCZOS)
    return np.asarray(tile, np.float32) / 255.0


def smooth_noise(w, h, scale, nrng: np.random.Generator) -> np.ndarray:
    gw, gh = max(2, int(w / scale) + 2), max(2, int(h / scale) + 2)
    g = nrng.standard_normal((gh, gw)).astype(np.float32)
    return cv2.resize(g, (w, h), interpolation=cv2.INTER_CUBIC)


def texture_ink(a: np.ndarray, rng: random.Random, strength=0.4) -> np.ndarray:
    h, w = a.shape
    nr = np.random.default_rng(rng.randint(0, 2 ** 31))
    fine = smooth_noise(w, h, 2.5, nr)
    mid = smooth_noise(w, h, 9, nr)
    big = smooth_noise(w, h, max(w, h) / 2, nr)
    t = 1 - strength * np.clip(0.35 - 0.3 * fine - 0.2 * mid, 0, 1)
    holes = (mid + 0.6 * fine) < -1.5
    t = t * np.where(holes, 0.3, 1.0) * np.clip(0.95 + 0.15 * big, 0.6, 1.0)
    return np.clip(a * t, 0, 1)


# ----------------------------------------------------------------------------------------
# backgrounds
# ----------------------------------------------------------------------------------------

def background(kind, w, h, nr: np.random.Generator) -> np.ndarray:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "desk":
        ang = nr.uniform(-0.4, 0.4)
        v = -xx * math.sin(ang) + yy * math.cos(ang)
        u = xx * math.cos(ang) + yy * math.sin(ang)
        turb = smooth_noise(w, h, 260, nr) * 28 + smooth_noise(w, h, 50, nr) * 5
        grain = 0.5 + 0.5 * np.sin((v + turb) / nr.uniform(4, 9))
        plank = ((u + 1000) % nr.uniform(280, 420)) < 4
        base = np.array([nr.uniform(120, 175), nr.uniform(80, 120), nr.uniform(45, 75)], np.float32)
        img = base * (0.78 + 0.3 * grain[..., None]) + smooth_noise(w, h, 2, nr)[..., None] * 5
        img[plank] *= 0.55
    elif kind == "bedspread":
        base = np.array([nr.uniform(180, 230), nr.uniform(170, 215), nr.uniform(185, 235)], np.float32)
        img = np.ones((h, w, 3), np.float32) * base
        pil = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
        dr = ImageDraw.Draw(pil)
        cols = [tuple(int(x) for x in nr.uniform(90, 200, 3)) for _ in range(3)]
        step = int(nr.uniform(110, 170))
        for j in range(-1, h // step + 2):
            for i in range(-1, w // step + 2):
                cx = i * step + (step // 2 if j % 2 else 0) + nr.uniform(-8, 8)
                cy = j * step + nr.uniform(-8, 8)
                col = cols[(i + j) % 3]
                for p in range(5):
                    a = p * 2 * math.pi / 5
                    px, py = cx + 18 * math.cos(a), cy + 18 * math.sin(a)
                    dr.ellipse([px - 14, py - 14, px + 14, py + 14], fill=col)
                dr.ellipse([cx - 8, cy - 8, cx + 8, cy + 8], fill=(240, 220, 120))
        img = np.asarray(pil, np.float32)
        img = cv2.GaussianBlur(img, (0, 0), 1.2)
        weave = 0.5 + 0.5 * np.sin(xx * 1.7) * np.sin(yy * 1.7)
        folds = smooth_noise(w, h, 300, nr)
        img = img * (0.9 + 0.06 * weave[..., None]) * (0.88 + 0.1 * np.tanh(folds))[..., None]
    elif kind == "carseat":
        base = np.array([nr.uniform(35, 60)] * 3, np.float32) + nr.uniform(-5, 5, 3).astype(np.float32)
        img = np.ones((h, w, 3), np.float32) * base
        img += smooth_noise(w, h, 3, nr)[..., None] * 4
        ang = nr.uniform(-0.2, 0.2)
        u = xx * math.cos(ang) + yy * math.sin(ang)
        v = -xx * math.sin(ang) + yy * math.cos(ang)
        pitch = nr.uniform(18, 26)
        holes = (np.hypot((u % pitch) - pitch / 2, (v % pitch) - pitch / 2) < 2.6)
        panel = (np.abs(((u + 500) % 420) - 210) < 150)
        img[holes & panel] *= 0.45
        stitch = (np.abs(((u + 500) % 420) - 210) - 150 < 3) & (np.abs(((u + 500) % 420) - 210) - 150 > 0) & (
            (v % 14) < 8)
        img[stitch] = img[stitch] * 0.4 + 120
        folds = smooth_noise(w, h, 220, nr)
        img *= (0.85 + 0.2 * np.tanh(folds))[..., None]
    elif kind == "kitchen":
        if nr.random() < 0.5:   # gingham cloth
            s = nr.uniform(34, 56)
            ang = nr.uniform(-0.3, 0.3)
            u = xx * math.cos(ang) + yy * math.sin(ang)
            v = -xx * math.sin(ang) + yy * math.cos(ang)
            a = ((u // s) % 2).astype(np.float32)
            b = ((v // s) % 2).astype(np.float32)
            col = np.array([nr.uniform(40, 90), nr.uniform(90, 150), nr.uniform(140, 200)], np.float32)
            if nr.random() < 0.4:
                col = col[[1, 2, 0]]
            k = (a + b) / 2
            img = 245 - (245 - col) * k[..., None]
            img *= (0.93 + 0.04 * np.sin(xx * 1.3))[..., None]
        else:                    # marble
            t = smooth_noise(w, h, 180, nr) * 3 + smooth_noise(w, h, 40, nr)
            veins = np.exp(-np.abs(np.sin(xx / 90 + yy / 140 + t)) * 8)
            img = np.ones((h, w, 3), np.float32) * np.array([222, 220, 216], np.float32)
            img -= veins[..., None] * 70
            img += smooth_noise(w, h, 4, nr)[..., None] * 3
    else:  # tiles
        s = nr.uniform(260, 380)
        ang = nr.uniform(-0.25, 0.25)
        u = xx * math.cos(ang) + yy * math.sin(ang) + 1000
        v = -xx * math.sin(ang) + yy * math.cos(ang) + 1000
        base = np.array([nr.uniform(190, 225), nr.uniform(180, 210), nr.uniform(160, 195)], np.float32)
        ti = (u // s).astype(int) * 7 + (v // s).astype(int) * 13
        tone = ((ti * 2654435761) % 1000).astype(np.float32) / 1000.0
        img = base * (0.92 + 0.08 * tone[..., None])
        img += smooth_noise(w, h, 3, nr)[..., None] * 6 + smooth_noise(w, h, 30, nr)[..., None] * 5
        grout = ((u % s) < 5) | ((v % s) < 5)
        img[grout] = img[grout] * 0.55 + 20
    return img.astype(np.float32)


# ----------------------------------------------------------------------------------------
# photographing
# ----------------------------------------------------------------------------------------

@dataclass
class Shot:
    out: tuple = (1200, 1600)
    bg: str = "desk"
    frac: float = 0.86         # projected page width / image width (or height fit)
    rx: float = 0.0            # tilt about the horizontal axis, degrees
    ry: float = 0.0            # tilt about the vertical axis
    rz: float = 0.0            # in-plane rotation
    dist: float = 1.6          # camera distance in page widths
    off: tuple = (0.0, 0.0)    # page centre offset, fractions of the image size
    curl: float = 0.0          # bowing amplitude, page px
    edge_curl: float = 0.0     # one edge lifting, page px
    folds: int = 0             # horizontal creases (letter folded in thirds = 2)
    vfold: bool = False
    wave: float = 2.0
    hand: str | None = None    # left / right / bottom
    light: float = 0.15
    shadow: str | None = None  # soft / hard / both
    cast: str = "none"
    glare: float = 0.0
    blur: float = 0.5
    motion: int = 0
    noise: float = 3.0
    quality: int = 80
    orient: int = 1
    body_px: float = 17.0      # target body text height (em) in the image
    exif_software: str | None = None
    phone: tuple = ("Xiaomi", "Redmi Note 12")


def rot_matrix(rx, ry, rz):
    ax, ay, az = (math.radians(v) for v in (rx, ry, rz))
    Rx = np.array([[1, 0, 0], [0, math.cos(ax), -math.sin(ax)], [0, math.sin(ax), math.cos(ax)]])
    Ry = np.array([[math.cos(ay), 0, math.sin(ay)], [0, 1, 0], [-math.sin(ay), 0, math.cos(ay)]])
    Rz = np.array([[math.cos(az), -math.sin(az), 0], [math.sin(az), math.cos(az), 0], [0, 0, 1]])
    return Rz @ Ry @ Rx


PAD = 90


def page_homography(pw, ph, shot: Shot):
    """Homography from padded-page coords to image coords."""
    W, H = shot.out
    R = rot_matrix(shot.rx, shot.ry, shot.rz)
    D = shot.dist * pw
    f = D

    def proj(pts):
        out = []
        for x, y in pts:
            X = np.array([x - PAD - pw / 2, y - PAD - ph / 2, 0.0])
            P = R @ X + np.array([0, 0, D])
            out.append((f * P[0] / P[2], f * P[1] / P[2]))
        return np.array(out, np.float64)

    corners = [(PAD, PAD), (PAD + pw, PAD), (PAD + pw, PAD + ph), (PAD, PAD + ph)]
    pc = proj(corners)
    bw, bh = np.ptp(pc[:, 0]), np.ptp(pc[:, 1])
    s = shot.frac * W / bw
    if shot.frac <= 1.0 and bh * s > 0.98 * H:
        s = 0.98 * H / bh
    mid = (pc.min(0) + pc.max(0)) / 2
    tx = W / 2 + shot.off[0] * W - s * mid[0]
    ty = H / 2 + shot.off[1] * H - s * mid[1]
    dst = pc * s + np.array([tx, ty])
    Hm = cv2.getPerspectiveTransform(np.float32(corners), np.float32(dst))
    return Hm


def local_scale(Hm, x, y):
    def ap(px, py):
        v = Hm @ np.array([px, py, 1.0])
        return v[:2] / v[2]
    p0 = ap(x, y)
    px = ap(x + 1, y)
    py = ap(x, y + 1)
    J = np.stack([px - p0, py - p0], 1)
    return math.sqrt(abs(np.linalg.det(J)))


def apply_h(Hm, pts):
    pts = np.asarray(pts, np.float64)
    v = np.c_[pts, np.ones(len(pts))] @ Hm.T
    return v[:, :2] / v[:, 2:3]


def deform_fields(pw, ph, shot: Shot, nr: np.random.Generator):
    """Inverse displacement (DX, DY) on the padded page grid and a shading map."""
    Wp, Hp = pw + 2 * PAD, ph + 2 * PAD
    yy, xx = np.mgrid[0:Hp, 0:Wp].astype(np.float32)
    u = (xx - Wp / 2) / (pw / 2)
    v = (yy - Hp / 2) / (ph / 2)
    DX = np.zeros((Hp, Wp), np.float32)
    DY = np.zeros((Hp, Wp), np.float32)
    shade = np.ones((Hp, Wp), np.float32)
    if shot.curl:
        DY += shot.curl * (u ** 2 - 0.33)
        shade *= 1 - 0.05 * np.abs(u) ** 3 * np.sign(shot.curl) - 0.04 * u
    if shot.edge_curl:
        # the right (or left) edge lifts: content near it is compressed and pushed up
        side = 1 if shot.edge_curl > 0 else -1
        e = np.clip(side * u - 0.55, 0, None) / 0.45
        amp = abs(shot.edge_curl)
        DX += side * amp * e ** 2
        DY += amp * 0.5 * e ** 2
        shade *= 1 - 0.12 * e ** 2
    for k in range(shot.folds):
        c = PAD + ph * (k + 1) / (shot.folds + 1)
        t = np.tanh((yy - c) / 6.0)
        DY += 2.5 * t
        DX += 0.006 * (yy - c) * (t > 0) * (1 if k % 2 else -1) * 6
        shade *= 1 + 0.035 * t * (1 if k % 2 else -1)
        shade *= 1 - 0.10 * np.exp(-((yy - c) / 3.0) ** 2)
        shade *= 1 + 0.05 * np.exp(-((yy - c - 5) / 4.0) ** 2)
    if shot.vfold:
        c = Wp / 2
        t = np.tanh((xx - c) / 6.0)
        DX += 2.0 * t
        shade *= 1 + 0.04 * t
        shade *= 1 - 0.09 * np.exp(-((xx - c) / 3.0) ** 2)
    if shot.wave:
        DX += smooth_noise(Wp, Hp, 350, nr) * shot.wave
        DY += smooth_noise(Wp, Hp, 350, nr) * shot.wave
        shade *= 1 + 0.02 * smooth_noise(Wp, Hp, 300, nr)
    return DX, DY, shade


def seal_outline(seal, n=180):
    t = np.linspace(0, 2 * math.pi, n, endpoint=False)
    x = seal["rx"] * np.cos(t)
    y = seal["ry"] * np.sin(t)
    a = math.radians(-seal["angle"])  # PIL rotates counter-clockwise for positive angles
    xr = x * math.cos(a) - y * math.sin(a)
    yr = x * math.sin(a) + y * math.cos(a)
    return np.stack([xr + seal["cx"] + PAD, yr + seal["cy"] + PAD], 1)


def forward_deform(pts, DX, DY):
    """Find p with p + d(p) = q for every q (the displayed location of source point q)."""
    p = pts.copy()
    for _ in range(20):
        dx = map_coordinates(DX, [p[:, 1], p[:, 0]], order=1, mode="nearest")
        dy = map_coordinates(DY, [p[:, 1], p[:, 0]], order=1, mode="nearest")
        p = pts - np.stack([dx, dy], 1)
    return p


def draw_hand(img, Hm, pw, ph, side, seal_boxes, rng: random.Random, nr):
    """Thumb over the page edge plus the rest of the hand outside the page."""
    H, W = img.shape[:2]
    for attempt in range(40):
        t = rng.uniform(0.25, 0.8)
        if side == "left":
            e, inward = (PAD, PAD + ph * t), (1, 0)
        elif side == "right":
            e, inward = (PAD + pw, PAD + ph * t), (-1, 0)
        else:
            e, inward = (PAD + pw * t, PAD + ph), (0, -1)
        A = apply_h(Hm, [e])[0]
        B = apply_h(Hm, [(e[0] + inward[0] * 100, e[1] + inward[1] * 100)])[0]
        n = (B - A) / (np.linalg.norm(B - A) + 1e-9)
        tip = A + n * rng.uniform(70, 105)
        base = A - n * 160
        box = (min(tip[0], base[0]) - 60, min(tip[1], base[1]) - 60, max(tip[0], base[0]) + 60,
               max(tip[1], base[1]) + 60)
        ok = all(box[2] < sx or box[0] > sx + sw or box[3] < sy or box[1] > sy + sh
                 for sx, sy, sw, sh in seal_boxes)
        if ok and 0 <= A[0] < W and 0 <= A[1] < H:
            break
    else:
        return img
    k = 2
    mask = Image.new("L", (W * k, H * k), 0)
    dr = ImageDraw.Draw(mask)
    perp = np.array([-n[1], n[0]])
    wth = rng.uniform(34, 42)
    poly = []
    for s in np.linspace(0, 1, 30):
        c = base + (tip - base) * s
        ww = wth * (1.0 - 0.15 * s)
        poly.append(c + perp * ww)
    cap = [tip + perp * wth * 0.85 * math.cos(a) + n * wth * 0.85 * math.sin(a) for a in np.linspace(0, math.pi, 15)]
    poly2 = [base + (tip - base) * s - perp * wth * (1.0 - 0.15 * s) for s in np.linspace(1, 0, 30)]
    pts = poly + cap + poly2
    dr.polygon([(float(x) * k, float(y) * k) for x, y in pts], fill=255)
    side_k = rng.choice([-1, 1])
    palm = base - n * 120 + perp * 55 * side_k
    ang = math.atan2(n[1], n[0])
    ell = []
    for t in np.linspace(0, 2 * math.pi, 60, endpoint=False):
        u_, v_ = 175 * math.cos(t), 125 * math.sin(t)
        ell.append(palm + n * u_ + perp * v_)
    dr.polygon([(float(x) * k, float(y) * k) for x, y in ell], fill=255)
    web = [base + perp * wth, base - perp * wth, palm - perp * 110 + n * 60, palm + perp * 110 + n * 60]
    dr.polygon([(float(x) * k, float(y) * k) for x, y in web], fill=255)
    m = np.asarray(mask.resize((W, H), Image.LANCZOS), np.float32) / 255.0
    m = cv2.GaussianBlur(m, (0, 0), 1.0)
    # shadow of the hand on the page
    sh = cv2.GaussianBlur(np.roll(np.roll(m, 8, 0), 6, 1), (0, 0), 9)
    img = img * (1 - 0.35 * sh[..., None])
    skin = np.array([rng.uniform(200, 230), rng.uniform(150, 180), rng.uniform(120, 150)], np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    # shading across the thumb width
    dist = ((xx - base[0]) * perp[0] + (yy - base[1]) * perp[1]) / wth
    along = ((xx - base[0]) * n[0] + (yy - base[1]) * n[1])
    dpalm = np.hypot(xx - palm[0], yy - palm[1]) / 170
    shade = np.where(along > -20, 1.0 - 0.25 * np.clip(np.abs(dist), 0, 1.2) ** 2, 0.95 - 0.2 * np.clip(dpalm, 0, 1) ** 2)
    shade = shade + 0.04 * smooth_noise(W, H, 30, nr)
    col = skin[None, None, :] * shade[..., None]
    # nail
    nail_c = tip - n * wth * 0.55
    nail = Image.new("L", (W, H), 0)
    ImageDraw.Draw(nail).ellipse([nail_c[0] - wth * 0.55, nail_c[1] - wth * 0.55, nail_c[0] + wth * 0.55,
                                  nail_c[1] + wth * 0.55], fill=255)
    nm = cv2.GaussianBlur(np.asarray(nail, np.float32) / 255.0, (0, 0), 2) * m
    col = col * (1 - 0.6 * nm[..., None]) + np.array([235, 200, 195], np.float32) * 0.6 * nm[..., None]
    return img * (1 - m[..., None]) + col * m[..., None]


def photograph(page: np.ndarray, seals: list[dict], shot: Shot, rng: random.Random, nr: np.random.Generator):
    ph, pw = page.shape[:2]
    W, H = shot.out
    Hm = page_homography(pw, ph, shot)
    # pad with transparency
    rgba = np.zeros((ph + 2 * PAD, pw + 2 * PAD, 4), np.float32)
    rgba[PAD:PAD + ph, PAD:PAD + pw, :3] = page
    rgba[PAD:PAD + ph, PAD:PAD + pw, 3] = 1.0
    DX, DY, shade = deform_fields(pw, ph, shot, nr)
    Hp, Wp = rgba.shape[:2]
    yy, xx = np.mgrid[0:Hp, 0:Wp].astype(np.float32)
    rgba = cv2.remap(rgba, xx + DX, yy + DY, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    rgba[..., :3] *= shade[..., None]
    # pre-scale to about the final size to avoid aliasing
    s0 = local_scale(Hm, Wp / 2, Hp / 2)
    s0 = min(1.0, s0 * 1.15)
    small = cv2.resize(rgba, (int(Wp * s0), int(Hp * s0)), interpolation=cv2.INTER_AREA)
    S = np.diag([1 / s0, 1 / s0, 1.0])
    H2 = Hm @ S
    warped = cv2.warpPerspective(small, H2, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                                 borderValue=0)
    a = np.clip(warped[..., 3], 0, 1)
    bg = background(shot.bg, W, H, nr)
    # drop shadow of the sheet
    ds = cv2.GaussianBlur(np.roll(np.roll(a, int(rng.uniform(5, 14)), 0), int(rng.uniform(-8, 10)), 1), (0, 0),
                          rng.uniform(6, 16))
    bg = bg * (1 - 0.45 * ds[..., None])
    img = bg * (1 - a[..., None]) + warped[..., :3] * a[..., None]
    # seal boxes
    boxes = []
    for sl in seals:
        q = forward_deform(seal_outline(sl), DX, DY)
        p = apply_h(Hm, q)
        x0, y0 = p.min(0)
        x1, y1 = p.max(0)
        boxes.append([int(round(x0)), int(round(y0)), int(round(x1 - x0)), int(round(y1 - y0))])
    if shot.hand:
        img = draw_hand(img, Hm, pw, ph, shot.hand, boxes, rng, nr)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    # uneven light
    ang = rng.uniform(0, 2 * math.pi)
    lin = ((xx - W / 2) * math.cos(ang) + (yy - H / 2) * math.sin(ang)) / (max(W, H) / 2)
    rr = ((xx - W / 2) ** 2 + (yy - H / 2) ** 2) / ((W / 2) ** 2 + (H / 2) ** 2)
    light = (1 + shot.light * lin) * (1 - rng.uniform(0.08, 0.22) * rr)
    img = img * light[..., None]
    if shot.shadow in ("soft", "both"):
        m = Image.new("L", (W, H), 0)
        cx, cy = rng.uniform(0, W), rng.uniform(0, H)
        rx_, ry_ = rng.uniform(0.3, 0.6) * W, rng.uniform(0.25, 0.5) * H
        ImageDraw.Draw(m).ellipse([cx - rx_, cy - ry_, cx + rx_, cy + ry_], fill=255)
        m = cv2.GaussianBlur(np.asarray(m, np.float32) / 255.0, (0, 0), rng.uniform(60, 110))
        img = img * (1 - rng.uniform(0.25, 0.42) * m[..., None])
    if shot.shadow in ("hard", "both"):
        m = Image.new("L", (W, H), 0)
        corner = rng.choice([(0, 0), (W, 0), (0, H), (W, H)])
        p1 = (corner[0], abs(corner[1] - rng.uniform(0.3, 0.8) * H))
        p2 = (abs(corner[0] - rng.uniform(0.3, 0.8) * W), corner[1])
        mid = ((p1[0] + p2[0]) / 2 + rng.uniform(-80, 80), (p1[1] + p2[1]) / 2 + rng.uniform(-80, 80))
        ImageDraw.Draw(m).polygon([corner, p1, mid, p2], fill=255)
        m = cv2.GaussianBlur(np.asarray(m, np.float32) / 255.0, (0, 0), rng.uniform(1.5, 4))
        img = img * (1 - rng.uniform(0.3, 0.45) * m[..., None])
    casts = {"none": (1, 1, 1), "warm": (1.07, 1.0, 0.84), "tungsten": (1.12, 0.98, 0.74), "cool": (0.9, 0.98, 1.1),
             "green": (0.94, 1.05, 0.9), "magenta": (1.05, 0.93, 1.03), "dim": (0.78, 0.76, 0.74)}
    img = img * np.array(casts[shot.cast], np.float32)
    if shot.glare:
        m = Image.new("L", (W, H), 0)
        box = [b for b in boxes]
        gx, gy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.15, 0.85) * H
        for _ in range(20):
            if all(not (sx - 120 < gx < sx + sw + 120 and sy - 120 < gy < sy + sh + 120) for sx, sy, sw, sh in box):
                break
            gx, gy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.15, 0.85) * H
        rx_, ry_ = rng.uniform(60, 150), rng.uniform(40, 110)
        ImageDraw.Draw(m).ellipse([gx - rx_, gy - ry_, gx + rx_, gy + ry_], fill=255)
        m = cv2.GaussianBlur(np.asarray(m, np.float32) / 255.0, (0, 0), rng.uniform(25, 45))
        m = m / max(1e-6, m.max()) * shot.glare
        img = img + (255 - img) * m[..., None]
    img = np.clip(img, 0, 255)
    if shot.motion:
        k = np.zeros((shot.motion, shot.motion), np.float32)
        ang = rng.uniform(0, 180)
        c = shot.motion // 2
        cv2.line(k, (int(c - c * math.cos(math.radians(ang))), int(c - c * math.sin(math.radians(ang)))),
                 (int(c + c * math.cos(math.radians(ang))), int(c + c * math.sin(math.radians(ang)))), 1.0, 1)
        k /= k.sum()
        img = cv2.filter2D(img, -1, k)
    if shot.blur:
        img = cv2.GaussianBlur(img, (0, 0), shot.blur)
    img = img + nr.standard_normal((H, W, 1)).astype(np.float32) * shot.noise
    img = img + nr.standard_normal((H, W, 3)).astype(np.float32) * shot.noise * 0.4
    img = np.clip(img, 0, 255).astype(np.uint8)
    return img, boxes, Hm


def save_jpeg(img: np.ndarray, path: Path, shot: Shot, when: str):
    pil = Image.fromarray(img)
    # stored pixels are rotated so that applying the EXIF orientation gives the upright image
    if shot.orient == 6:
        pil = pil.transpose(Image.Transpose.ROTATE_90)
    elif shot.orient == 8:
        pil = pil.transpose(Image.Transpose.ROTATE_270)
    elif shot.orient == 3:
        pil = pil.transpose(Image.Transpose.ROTATE_180)
    ex = Image.Exif()
    ex[0x010F] = shot.phone[0]
    ex[0x0110] = shot.phone[1]
    ex[0x0112] = shot.orient
    ex[0x0132] = when
    if shot.exif_software:
        ex[0x0131] = shot.exif_software
    buf = io.BytesIO()
    pil.save(buf, "JPEG", quality=shot.quality, exif=ex.tobytes(), optimize=True)
    path.write_bytes(buf.getvalue())


# ----------------------------------------------------------------------------------------
# layout helpers for the papers
# ----------------------------------------------------------------------------------------

def sign_block(p: Page, lines, seal=None, dx=0.0, seal_dy=None, seal_dx=None, d=None):
    """Right-aligned signature lines; a seal over the last two lines (issuer + date)."""
    x1 = p.R - p.size * 1.5 + dx
    ys = []
    for s in lines:
        ys.append(p.y)
        p.line(s, "right", x1=x1)
    if seal:
        rng = p.rng
        d = d or rng.uniform(265, 300)
        cy = (ys[-2] if len(ys) > 1 else ys[-1]) + p.size * 0.6 + (seal_dy if seal_dy is not None else
                                                                   rng.uniform(-40, 30))
        width = max(p.width(s) for s in lines[-2:])
        cx = x1 - width / 2 + (seal_dx if seal_dx is not None else rng.uniform(-40, 40))
        cx = min(cx, p.w - d / 2 - 40)
        p.seal(cx, cy, d, **seal)


def court_head(p: Page, court, title, case_no, red=False):
    p.line(court, "center", "serifb" if p.rng.random() < 0.5 else "sansb", int(p.size * 1.55),
           fill=RED if red else None, track=p.size * 0.15, lead=1.5)
    p.title(title, int(p.size * 2.0), key="sansb" if p.rng.random() < 0.5 else "serifb", after=0.5)
    p.line(case_no, "right", lead=2.0)


def court_seal(court):
    return dict(text=court, center="emblem", kind="court")


def lined_paper(p: Page, pitch, color=(205, 60, 60), top=None, header=None):
    y = top or p.y
    while y < p.h - 80:
        p.draw.line([(70, int(y)), (p.w - 70, int(y))], fill=color, width=2)
        y += pitch
    if header:
        p.text_at((p.w - p.width(header, "serifb", 52)) / 2, 60, header, "serifb", 52, fill=color)


# ----------------------------------------------------------------------------------------
# the papers: LAWFUL
# ----------------------------------------------------------------------------------------

def l_bank_card(p: Page):
    p.logo(p.L + 45, p.y + 40, 42, "bank")
    p.text_at(p.L + 110, p.y + 8, "华夏通达银行", "serifb", int(p.size * 1.9), fill=RED)
    p.text_at(p.L + 112, p.y + p.size * 2.3, "HUAXIA TONGDA BANK · 信用卡中心", "sans", int(p.size * 0.8), fill=RED)
    p.y += p.size * 4.0
    p.rule(RED, 5, double=True)
    p.title("信用卡逾期还款提醒函", int(p.size * 1.6), track=0)
    p.line("尊敬的刘建平先生：")
    p.para("您尾号6618的信用卡截至2024年8月5日已逾期47天，当前欠款人民币8,436.20元，其中逾期本金7,900.00元。")
    p.para("根据您签署的《信用卡领用合约》，逾期期间将按合约约定计收利息，并按最低还款额未还部分的5%收取违约金。"
           "您的逾期记录已按规定报送中国人民银行征信中心，还清后将如实更新。")
    p.para("请您通过本行手机银行、官方网站或各营业网点办理还款。如遇还款困难，可致电本行客服热线400-880-6618"
           "申请分期还款，具体以审批结果为准。")
    p.para("本行工作人员不会要求您向任何个人账户转账，请注意防范诈骗。如您已还款，请忽略本函。")
    p.gap(1.0)
    ys = p.y
    p.line("华夏通达银行信用卡中心", "right", x1=p.R - p.size)
    p.line("2024年8月6日", "right", x1=p.R - p.size)
    p.rect_stamp(p.R - p.size * 13.5, ys - p.size * 0.5, ["信用卡中心", "函件专用"], size=int(p.size * 1.05))
    return ["逾期还款提醒函", "征信中心"]


def l_consumer_fin(p: Page):
    p.logo(p.L + 40, p.y + 35, 36, "letter", text="安")
    p.text_at(p.L + 100, p.y + 12, "安和消费金融股份有限公司", "sansb", int(p.size * 1.3))
    p.y += p.size * 3.2
    p.rule(thick=2)
    p.title("逾期还款告知书", int(p.size * 1.7))
    p.line("致：王秀兰女士")
    p.para("您于2023年11月在“安和消费金融”App申请的个人消费贷款（合同编号AH2023110845721），第7期应还款日为"
           "2024年6月18日，截至本告知书出具之日已逾期35天，逾期金额人民币1,286.45元。")
    p.para("依据借款合同第九条，逾期期间按合同约定利率计收罚息，罚息仅以逾期未还本金为基数计算。")
    p.para("您的逾期信息已依法报送金融信用信息基础数据库。不良信息自不良行为终止之日起保存5年。")
    p.para("如您因收入下降等原因暂时无法还款，可在App“我的—还款困难协助”中提交分期或延期还款申请，"
           "我司将在3个工作日内答复。")
    p.para("还款请仅通过App内还款或我司对公账户（户名：安和消费金融股份有限公司），切勿向任何个人账户转账。")
    p.line("客服电话：400-618-0908")
    p.gap(1.2)
    sign_block(p, ["安和消费金融股份有限公司", "2024年7月23日"],
               seal=dict(text="安和消费金融股份有限公司", center="star", kind="company"))
    return ["逾期还款告知书", "分期或延期"]


def l_bank_accel(p: Page):
    p.title("贷款提前到期通知书", int(p.size * 1.7), track=0)
    p.line("编号：NC-DQ-2024-0317", "right")
    p.line("借款人：陈志强")
    p.para("您与本行于2022年3月15日签订的《个人经营性借款合同》（合同编号：宁农商借2022-0315）项下借款本金人民币"
           "300,000元。自2023年9月起，您未按约归还本息，截至2024年4月10日已连续逾期210天，累计逾期本息合计人民币"
           "61,382.17元。")
    p.para("本行曾于2023年11月、2024年1月两次书面催告，您均未履行。")
    p.para("根据合同第十四条第（二）项约定，借款人连续逾期超过90天的，贷款人有权宣布贷款提前到期。本行现依约宣布"
           "上述借款于2024年4月20日提前到期，届时尚欠本金及按合同计算的利息、罚息应一并归还。")
    p.para("如您对欠款金额有异议，请携身份证件到本行城东支行核对。本行亦愿意与您协商还款安排。")
    p.line("联系人：周经理　电话：0574-8766××××")
    p.gap(1.5)
    sign_block(p, ["宁川农村商业银行股份有限公司城东支行", "2024年4月10日"],
               seal=dict(text="宁川农村商业银行股份有限公司城东支行", center="star", kind="company"))
    return ["提前到期通知书", "连续逾期210天"]


def l_lawyer_calm(p: Page):
    p.line("广东明衡律师事务所", "center", "serifb", int(p.size * 1.5), lead=1.4)
    p.line("GUANGDONG MINGHENG LAW FIRM", "center", "serif", int(p.size * 0.7), lead=1.6)
    p.rule(thick=2)
    p.title("律 师 函", int(p.size * 2.0), track=p.size * 0.3)
    p.line("明衡函〔2024〕第0652号", "right")
    p.line("致：黄志明先生")
    p.para("广东明衡律师事务所受深圳市海汇小额贷款有限公司委托，指派本所林晓雯律师，就您与委托人之间的借款合同"
           "纠纷一事，特致函如下：")
    p.para("据委托人提供的材料，您于2023年2月8日向委托人借款人民币50,000元，约定分24期归还。截至2024年5月31日，"
           "您已有9期未按期还款，逾期本金合计人民币18,750元。")
    p.para("本律师希望您在收到本函后与委托人或本所联系，核对欠款，协商还款方案。如您对欠款事实有异议，可提供"
           "相关凭证，本所将如实向委托人反映。")
    p.para("如双方协商未果，委托人保留依法向有管辖权的人民法院提起诉讼的权利。")
    p.para("特此函告。")
    p.line("律师：林晓雯　电话：020-3826××××")
    p.gap(1.0)
    sign_block(p, ["广东明衡律师事务所", "二〇二四年六月五日"],
               seal=dict(text="广东明衡律师事务所", center="star", kind="law_firm"))
    return ["律", "保留依法"]


def l_lawyer_rent(p: Page):
    p.line("浙江恒言律师事务所", "left", "serifb", int(p.size * 1.7), fill=RED, lead=1.3)
    p.line("ZHEJIANG HENGYAN LAW FIRM　　地址：杭州市西湖区文三路××号　电话：0571-8890××××", "left", "sans",
           int(p.size * 0.68), fill=RED, lead=1.5)
    p.rule(RED, 6, double=True)
    p.title("律 师 函", int(p.size * 2.0))
    p.line("致：杭州拾光餐饮管理有限公司")
    p.para("浙江恒言律师事务所接受杭州丰源房屋租赁有限公司的委托，就贵司拖欠房屋租金一事致函如下：")
    p.para("根据双方2022年签订的《房屋租赁合同》，贵司应于每季度首月10日前支付租金。截至2024年9月30日，贵司尚欠"
           "2024年第二、三季度租金共计人民币126,000元。")
    p.para("依合同第八条，逾期支付租金的，按日万分之五支付违约金。")
    p.para("请贵司于2024年10月31日前与委托人结算。若贵司经营确有困难，委托人愿意就分期支付进行协商。")
    p.para("逾期未能协商解决的，委托人将依法通过诉讼途径主张权利。")
    p.gap(1.0)
    sign_block(p, ["浙江恒言律师事务所", "律师：沈嘉　2024年10月12日"],
               seal=dict(text="浙江恒言律师事务所", center="star", kind="law_firm"))
    return ["律", "房屋租赁合同"]


def l_summons(p: Page):
    court = "广州市天河区人民法院"
    p.line(court, "center", "serifb", int(p.size * 1.6), track=p.size * 0.2, lead=1.6)
    p.title("传 票", int(p.size * 2.2), track=p.size * 1.0)
    rows = [["案　　号", "（2024）粤0106民初12345号"],
            ["案　　由", "民间借贷纠纷"],
            ["被传唤人", "何文斌"],
            ["工作单位或住址", "广州市天河区龙口西路××号"],
            ["传唤事由", "开庭审理"],
            ["应到时间", "2024年9月12日09时30分"],
            ["应到处所", "本院第十八法庭"]]
    p.table([["项目", "内容"]] + rows, [1, 2.4], align=["left", "left"])
    p.line("注意事项：")
    for s in ["1．被传唤人必须准时到达应到处所。", "2．本传票由被传唤人携带来院报到。",
              "3．被传唤人收到传票后，应在送达回证上签名或者盖章。",
              "4．被告经传票传唤，无正当理由拒不到庭的，可以缺席判决。"]:
        p.line(s, dx=p.size)
    p.gap(0.6)
    p.line("审判员　许丽　　书记员　钟晓峰", "right", x1=p.R - p.size)
    sign_block(p, [court, "2024年7月26日"], seal=court_seal(court))
    return ["传", "粤0106民初12345号"]


def l_respond_notice(p: Page):
    court = "上海市浦东新区人民法院"
    court_head(p, court, "应诉通知书", "（2024）沪0115民初67890号")
    p.line("何志刚：")
    p.para("本院受理原告上海浦信小额贷款有限公司诉你金融借款合同纠纷一案，现将起诉状副本及证据材料送达给你。"
           "依照《中华人民共和国民事诉讼法》的规定，现将有关事项通知如下：")
    for s in ["一、你应当在收到起诉状副本之日起十五日内向本院提交答辩状及副本。",
              "二、当事人在诉讼中有权委托一至二人作为诉讼代理人，委托时应向本院提交授权委托书。",
              "三、你可以对原告的诉讼请求提出反驳意见，并提供相应证据。",
              "四、本案可能适用简易程序审理，如有异议请在答辩期内书面提出。",
              "五、你可登录人民法院在线服务平台或拨打12368查询案件进展。"]:
        p.para(s, indent=False)
    p.line("联系人：陈法官助理　电话：021-5897××××")
    p.gap(0.8)
    sign_block(p, [court, "二〇二四年五月十四日"], seal=court_seal(court))
    return ["沪0115民初67890号", "答辩状"]


def l_evidence_notice(p: Page):
    court = "北京市朝阳区人民法院"
    court_head(p, court, "举证通知书", "（2024）京0105民初23456号")
    p.line("孟凡军：")
    p.para("本院已受理北京融达小额贷款有限公司与你民间借贷纠纷一案。根据《最高人民法院关于民事诉讼证据的若干规定》，"
           "现将有关举证事项通知如下：")
    for s in ["1. 当事人对自己提出的主张，有责任提供证据。",
              "2. 当事人应当在举证期限内向本院提交证据材料，逾期提交的，应当说明理由。",
              "3. 本案举证期限为十五日，自你收到本通知书之次日起计算。",
              "4. 当事人因客观原因不能自行收集的证据，可以申请本院调查收集。",
              "5. 提交外文书证，应当附有中文译本。"]:
        p.para(s, indent=False)
    p.gap(1.0)
    sign_block(p, [court, "2024年6月3日"], seal=court_seal(court))
    return ["京0105民初23456号", "举证期限"]


def l_exec_notice(p: Page):
    court = "杭州市西湖区人民法院"
    court_head(p, court, "执行通知书", "（2024）浙0106执4521号")
    p.line("严卫东：")
    p.para("申请执行人杭州信和小额贷款股份有限公司与你借款合同纠纷一案，本院作出的（2023）浙0106民初9876号"
           "民事判决书已经发生法律效力。申请执行人于2024年3月5日向本院申请强制执行，本院依法立案执行。")
    p.para("依照《中华人民共和国民事诉讼法》的规定，责令你自本通知送达之日起履行下列义务：")
    p.para("一、支付借款本金人民币42,000元及利息（按判决确定的标准计算）；", indent=False)
    p.para("二、加倍支付迟延履行期间的债务利息；", indent=False)
    p.para("三、负担案件申请执行费人民币535元。", indent=False)
    p.para("你如未按本通知履行，本院将依法强制执行，并可依法对你采取限制消费措施，符合法定情形的，依法纳入"
           "失信被执行人名单。你应当如实向本院报告财产情况。")
    p.line("承办人：郭明　联系电话：0571-8550××××")
    p.gap(0.8)
    sign_block(p, [court, "2024年3月12日"], seal=court_seal(court))
    return ["浙0106执4521号", "强制执行"]


def l_property_report(p: Page):
    court = "南京市玄武区人民法院"
    court_head(p, court, "报告财产令", "（2024）苏0102执1873号")
    p.line("被执行人：邵立新")
    p.para("本院在执行申请执行人南京金陵典当有限责任公司与你借款合同纠纷一案中，依照《中华人民共和国民事诉讼法》"
           "第二百五十二条的规定，责令你在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。")
    p.para("报告内容包括：收入、银行存款、现金、理财产品、有价证券；土地使用权、房屋等不动产；交通运输工具等动产；"
           "债权、股权、投资权益等。")
    p.para("拒绝报告或者虚假报告的，本院将根据情节轻重对你予以罚款、拘留；构成犯罪的，依法追究刑事责任。")
    p.gap(1.0)
    sign_block(p, [court, "2024年4月22日"], seal=court_seal(court))
    return ["苏0102执1873号", "财产情况"]


def l_restriction(p: Page):
    court = "成都市武侯区人民法院"
    court_head(p, court, "限制消费令", "（2024）川0107执3390号")
    p.line("被执行人：龙海波，男，1986年5月生，住成都市武侯区××路××号。")
    p.para("本院于2024年1月8日立案执行申请人四川锦程小额贷款有限公司与被执行人龙海波民间借贷纠纷一案，因被执行人"
           "未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关"
           "消费的若干规定》第一条、第三条，对你采取限制消费措施，限制你不得实施以下高消费及非生活和工作必需的"
           "消费行为：")
    items = ["（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；",
             "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；",
             "（三）购买不动产或者新建、扩建、高档装修房屋；",
             "（四）租赁高档写字楼、宾馆、公寓等场所办公；",
             "（五）购买非经营必需车辆；",
             "（六）旅游、度假；",
             "（七）子女就读高收费私立学校；",
             "（八）支付高额保费购买保险理财产品；",
             "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"]
    for s in items:
        p.para(s, indent=False, x0=p.L + p.size)
    p.para("如因私消费以个人财产实施前述行为的，可以向本院提出申请，经批准后方可进行。如违反本限制消费令，本院将"
           "依法追究法律责任。")
    p.gap(0.6)
    sign_block(p, [court, "2024年3月18日"], seal=court_seal(court))
    return ["川0107执3390号", "限制消费措施"]


def l_dishonest(p: Page):
    court = "武汉市武昌区人民法院"
    court_head(p, court, "决 定 书", "（2024）鄂0106执2208号")
    p.para("申请执行人武汉长江小额贷款有限公司与被执行人彭建军民间借贷纠纷一案，本院作出的（2023）鄂0106民初"
           "15432号民事判决书已经发生法律效力。被执行人彭建军具有履行能力而拒不履行生效法律文书确定的义务。")
    p.para("依照《中华人民共和国民事诉讼法》第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》"
           "第一条第一项之规定，决定如下：")
    p.para("将彭建军（身份证号码4201061982××××××××）纳入失信被执行人名单。")
    p.para("被执行人认为将其纳入失信名单错误的，可以向本院申请纠正。被执行人全部履行义务后，本院将在三个工作日内"
           "删除其失信信息。")
    p.gap(1.2)
    sign_block(p, [court, "2024年5月9日"], seal=court_seal(court))
    return ["鄂0106执2208号", "失信被执行人名单"]


def l_freeze_ruling(p: Page):
    court = "深圳市福田区人民法院"
    court_head(p, court, "执行裁定书", "（2024）粤0304执11523号")
    p.line("申请执行人：深圳前海微众信贷服务有限公司。")
    p.line("被执行人：许振华，男，1990年3月生，汉族。")
    p.para("本院在执行申请执行人与被执行人借款合同纠纷一案中，因被执行人未按执行通知履行生效法律文书确定的义务，"
           "依照《中华人民共和国民事诉讼法》第二百五十三条、第二百五十四条的规定，裁定如下：")
    p.para("冻结、划拨被执行人许振华在银行、支付机构的存款人民币86,500元及迟延履行期间的债务利息；或查封、扣押、"
           "冻结其相应价值的其他财产。")
    p.para("本裁定立即执行。")
    p.gap(0.6)
    p.line("审判长　韩雪", "right", x1=p.R - p.size * 2)
    p.line("审判员　方立", "right", x1=p.R - p.size * 2)
    sign_block(p, [court, "二〇二四年六月二十日"], seal=court_seal(court))
    p.line("书记员　黄琪", "right", x1=p.R - p.size * 2)
    return ["粤0304执11523号", "本裁定立即执行"]


def l_assist_notice(p: Page):
    court = "长沙市芙蓉区人民法院"
    court_head(p, court, "协助执行通知书", "（2024）湘0102执1571号")
    p.line("湘江银行股份有限公司芙蓉支行：")
    p.para("关于申请执行人湖南瑞丰融资担保有限公司与被执行人谭明亮追偿权纠纷一案，本院作出的（2024）湘0102执1571号"
           "执行裁定书已经发生法律效力。依照《中华人民共和国民事诉讼法》第二百五十三条的规定，请协助执行下列事项：")
    p.table([["户名", "账号", "冻结金额", "冻结期限"],
             ["谭明亮", "6230 58×× ×××× 3321", "人民币35,800元", "一年"]], [1, 2.2, 1.5, 1])
    p.para("冻结期限自冻结之日起计算，期满后本院不再续行冻结的，冻结自动解除。")
    p.line("经办人：刘晨、易峰　电话：0731-8422××××")
    p.gap(0.8)
    sign_block(p, [court, "2024年7月2日"], seal=court_seal(court))
    return ["协助执行通知书", "湘0102执1571号"]


def l_judgment_page(p: Page):
    p.para("被告辩称，其因经营失败暂时无力还款，对借款事实无异议，但认为原告主张的利息过高。", indent=True)
    p.para("本院经审理认定事实如下：2022年8月1日，原告与被告签订《借款合同》，约定借款本金100,000元，借期一年，"
           "年利率12%。原告于当日通过银行转账交付借款。借款到期后，被告仅归还本金20,000元。")
    p.para("本院认为，原、被告之间的借贷关系合法有效，应受法律保护。被告未按约定归还借款，应承担相应的民事责任。"
           "原告主张的利息未超过合同成立时一年期贷款市场报价利率四倍，本院予以支持。原告另主张的律师费，合同有约定，"
           "且已实际发生，本院予以支持。")
    p.para("依照《中华人民共和国民法典》第六百七十五条、第六百七十六条，《最高人民法院关于审理民间借贷案件适用法律"
           "若干问题的规定》第二十五条、第二十八条之规定，判决如下：")
    p.para("一、被告钱国华于本判决生效之日起十日内偿还原告借款本金80,000元及利息（以80,000元为基数，自2023年8月2日"
           "起按年利率12%计算至实际清偿之日止）；")
    p.para("二、被告钱国华于本判决生效之日起十日内支付原告律师费5,000元；")
    p.para("三、驳回原告的其他诉讼请求。")
    p.para("如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，"
           "加倍支付迟延履行期间的债务利息。")
    p.gap(0.5)
    p.line("第 2 页　共 3 页", "center", size=int(p.size * 0.85))
    return ["判决如下", "贷款市场报价利率"]


def l_arbitration_notice(p: Page):
    org = "广州仲裁委员会"
    p.line(org, "center", "serifb", int(p.size * 1.6), track=p.size * 0.3, lead=1.5)
    p.title("仲裁通知书", int(p.size * 1.9), track=p.size * 0.3)
    p.line("（2024）穗仲案字第18823号", "right")
    p.line("被申请人：罗建明")
    p.para("申请人广州鸿运融资租赁有限公司与你之间因融资租赁合同引起的争议，申请人依据合同中的仲裁条款向本会"
           "申请仲裁，本会已于2024年8月19日受理。现将仲裁申请书副本、仲裁规则及仲裁员名册送达给你。")
    p.para("请你自收到本通知之日起十五日内提交答辩书及有关证据材料，并选定仲裁员。逾期未选定的，由本会主任指定。")
    p.para("如你对仲裁协议效力或管辖有异议，应在首次开庭前书面提出。")
    p.line("案件秘书：张敏　电话：020-8328××××")
    p.gap(1.0)
    sign_block(p, [org, "2024年8月22日"], seal=dict(text=org, center="star", kind="arbitration"))
    return ["穗仲案字第18823号", "广州仲裁委员会"]


def l_arbitration_award(p: Page):
    org = "厦门仲裁委员会"
    p.para("本庭认为，申请人与被申请人签订的《借款合同》系双方真实意思表示，合法有效。被申请人未按约还款，构成违约。"
           "申请人请求被申请人偿还借款本金及按合同约定计算的利息，有事实和法律依据，本庭予以支持。申请人主张的违约金"
           "过高，本庭依被申请人请求，参照实际损失予以调整。")
    p.line("本庭裁决如下：")
    p.para("（一）被申请人林志伟向申请人偿还借款本金人民币56,000元及利息；", indent=False)
    p.para("（二）被申请人向申请人支付违约金人民币2,800元；", indent=False)
    p.para("（三）本案仲裁费人民币3,150元，由被申请人承担。", indent=False)
    p.para("上述款项，被申请人应于本裁决书送达之日起十日内支付。本裁决为终局裁决，自作出之日起发生法律效力。")
    p.gap(0.8)
    p.line("首席仲裁员：王振宇", "right", x1=p.R - p.size * 2)
    p.line("仲裁员：蔡丽萍　陈启明", "right", x1=p.R - p.size * 2)
    p.gap(0.4)
    sign_block(p, [org, "二〇二四年九月二十六日"], seal=dict(text=org, center="star", kind="arbitration"))
    p.line("（2024）厦仲字第0917号", "left", size=int(p.size * 0.85))
    return ["终局裁决", "厦门仲裁委员会"]


def l_notary(p: Page):
    org = "广东省广州市南方公证处"
    p.title("公 证 书", int(p.size * 2.3), key="serifb")
    p.line("（2024）粤广南方第012345号", "right", lead=2.0)
    p.line("申请人：广州穗信小额贷款有限公司")
    p.line("申请人：梁国栋")
    p.line("公证事项：赋予债权文书强制执行效力")
    p.para("兹证明广州穗信小额贷款有限公司的委托代理人与梁国栋于2024年3月6日在本公证处，在本公证员的面前，签订了"
           "前面的《借款合同》。经查，双方当事人签订合同的行为符合《中华人民共和国民法典》第一百四十三条的规定，"
           "合同内容具有给付货币的内容，债权债务关系明确。")
    p.para("债务人梁国栋在合同中承诺：如不履行或不适当履行合同义务，愿意接受依法强制执行。依据《中华人民共和国"
           "公证法》第三十七条的规定，本公证书具有强制执行效力。")
    p.gap(1.0)
    sign_block(p, [org, "公证员　苏晓红", "2024年3月6日"], seal=dict(text=org, center="star", kind="government"))
    return ["强制执行效力", "公证处"]


def l_mediation(p: Page):
    org = "杭州市拱墅区米市巷街道人民调解委员会"
    p.title("人民调解协议书", int(p.size * 1.8), track=p.size * 0.2)
    p.line("编号：拱米调〔2024〕第036号", "right")
    p.line("当事人：施国平，男，1979年生，住杭州市拱墅区××小区。")
    p.line("当事人：潘雅琴，女，1983年生，住杭州市上城区××路。")
    p.para("纠纷简要情况：2023年4月，潘雅琴向施国平借款人民币60,000元用于经营，约定一年内归还。到期后潘雅琴因经营"
           "困难未能还清，双方发生纠纷，申请本委员会调解。")
    p.line("经调解，双方自愿达成如下协议：")
    p.para("一、潘雅琴确认尚欠施国平借款本金48,000元；", indent=False)
    p.para("二、潘雅琴自2024年7月起每月25日前归还4,000元，至2025年6月还清；", indent=False)
    p.para("三、施国平同意不再主张此前的利息；", indent=False)
    p.para("四、双方可就本协议共同向人民法院申请司法确认。", indent=False)
    p.gap(0.5)
    y = p.y
    p.line("当事人签名：")
    p.hand("施国平", p.L + p.size * 7, y - p.size * 0.2, int(p.size * 1.3), fill=(25, 25, 30))
    p.hand("潘雅琴", p.L + p.size * 12, y - p.size * 0.2, int(p.size * 1.3), fill=(25, 25, 30))
    p.fingerprint(p.L + p.size * 9.5, y + p.size * 0.4, 26, 34)
    p.fingerprint(p.L + p.size * 14.5, y + p.size * 0.5, 26, 34)
    p.line("人民调解员：金慧芳")
    p.gap(0.5)
    sign_block(p, [org, "2024年6月28日"], seal=dict(text=org, center="star", kind="government"))
    return ["调解协议", "人民调解员"]


def l_settlement(p: Page):
    org = "鑫源小额贷款股份有限公司"
    p.logo(p.L + 40, p.y + 40, 38, "letter", text="鑫")
    p.text_at(p.L + 100, p.y + 16, org, "serifb", int(p.size * 1.25))
    p.y += p.size * 3.4
    p.title("贷款结清证明", int(p.size * 1.9))
    p.line("致：邓海燕女士（身份证号：5101**********2246）")
    p.para("兹证明您于2022年9月在我司办理的个人消费贷款（合同编号XY-2022-09-1187，借款本金人民币30,000元），已于"
           "2024年3月18日结清全部本金、利息及费用。截至本证明出具之日，您在该合同项下对我司不存在任何欠款，双方"
           "借贷关系终结。")
    p.para("我司已按规定向金融信用信息基础数据库报送该笔贷款的结清信息。")
    p.para("特此证明。")
    p.gap(1.5)
    sign_block(p, [org, "2024年3月20日"], seal=dict(text=org, center="star", kind="company"))
    p.rect_stamp(p.L + p.size * 2, p.y - p.size * 5.5, ["已 结 清"], size=int(p.size * 1.5))
    return ["结清证明", "借贷关系终结"]


def l_repay_plan(p: Page):
    org = "华信普惠金融信息服务有限公司"
    p.title("分期还款计划确认书", int(p.size * 1.8), track=0)
    p.line("借款人：冯立强　合同编号：HXPH-2023-5567", lead=1.9)
    p.para("经借款人申请，我司同意将借款人逾期欠款人民币12,600元调整为6期分期归还，分期期间不再加收罚息。")
    rows = [["期数", "还款日", "应还金额（元）"]]
    for k in range(6):
        rows.append([f"第{k + 1}期", f"2024年{k + 8}月15日", "2,100.00"])
    p.table(rows, [1, 2, 2], align=["center", "center", "right"])
    p.para("请按时通过官方App或我司对公账户还款。如某期无法按时还款，请提前联系客服，我司将视情况协商调整。")
    p.line("客服热线：400-900-2321")
    p.gap(0.6)
    y = p.y
    p.line("借款人确认签字：")
    p.hand("冯立强  2024.7.30", p.L + p.size * 8.5, y - p.size * 0.3, int(p.size * 1.35), fill=(205, 30, 40))
    p.gap(0.5)
    sign_block(p, [org, "2024年7月30日"], seal=dict(text=org, center="star", kind="company"))
    return ["分期还款计划", "2,100.00"]


def l_guarantor(p: Page):
    org = "江城银行股份有限公司汉阳支行"
    p.title("保证人履约告知函", int(p.size * 1.8), track=0)
    p.line("尊敬的赵国庆先生：")
    p.para("您于2022年5月与本行签订《保证合同》（编号：江银保2022-0518），为借款人赵明杰在《个人借款合同》项下的"
           "债务提供连带责任保证，保证期间为主债务履行期届满之日起三年。")
    p.para("截至2024年8月31日，借款人已逾期四期未还，逾期本息合计人民币23,418.60元。根据《保证合同》第六条约定，"
           "特告知您上述情况，请您督促借款人尽快还款，或在保证范围内履行保证责任。")
    p.para("如您对债务金额有异议，可携带身份证件至本行汉阳支行查询核对。本行将依法保护您的个人信息。")
    p.line("联系电话：027-8483××××")
    p.gap(1.0)
    sign_block(p, [org, "2024年9月4日"], seal=dict(text=org, center="star", kind="company"))
    return ["保证人", "连带责任保证"]


def l_landlord(p: Page):
    p.title("催缴房租通知", int(p.size * 1.8))
    p.line("致 3栋1502室 租户 吴涛先生：")
    p.para("根据我们2023年12月签订的《房屋租赁合同》，月租金3,200元应于每月5日前支付。您8月、9月两个月的房租共计"
           "6,400元至今未付。")
    p.para("按合同第五条约定，逾期超过15日的，每日加收欠款金额万分之五的滞纳金。请您于10月15日前转入合同约定的"
           "收款账户，或与我当面沟通。")
    p.para("如有困难，可以商量分两次付清。")
    p.gap(0.6)
    p.line("房东：邱慧玲　电话：139 2511 ××××", "right")
    p.line("2024年10月8日", "right")
    p.gap(0.5)
    p.hand("已电话沟通，10/12再联系", p.L + p.size, p.y, int(p.size * 1.4), fill=(200, 28, 40))
    p.y += p.size * 2.2
    return ["催缴房租通知", "房屋租赁合同"]


def l_property_fee(p: Page):
    org = "广州锦绣物业管理有限公司"
    p.title("物业服务费催缴通知单", int(p.size * 1.7), track=0)
    p.line("尊敬的锦绣花园 8栋602房 业主：")
    p.para("经核对，截至2024年9月30日，您尚有以下物业服务费未缴纳：")
    p.table([["收费期间", "项目", "金额（元）"],
             ["2024年1-3月", "物业服务费", "1,026.00"],
             ["2024年4-6月", "物业服务费", "1,026.00"],
             ["2024年7-9月", "物业服务费", "1,026.00"],
             ["合计", "", "3,078.00"]], [2, 2, 1.6], align=["left", "left", "right"])
    p.para("根据《物业服务合同》第十二条，逾期缴纳的，按日加收欠费金额万分之三的滞纳金。请您到物业服务中心或"
           "通过“锦绣社区”小程序缴纳。如对费用有异议，欢迎到服务中心核对。")
    p.line("服务中心电话：020-8765××××")
    p.gap(0.6)
    sign_block(p, [org + "锦绣花园服务中心", "2024年10月9日"], seal=dict(text=org, center="star", kind="company"))
    return ["物业服务费", "催缴通知单"]


def l_power_bill(p: Page):
    p.logo(p.L + 40, p.y + 35, 34, "waves")
    p.text_at(p.L + 95, p.y + 12, "滨江市供电公司　电费催缴通知单", "sansb", int(p.size * 1.3))
    p.y += p.size * 3.2
    p.rule(thick=2)
    p.table([["户号", "户名", "用电地址"],
             ["0512438867", "杨*明", "滨江市新民路128弄6号301"]], [1.3, 1, 2.5])
    p.table([["欠费月份", "电量（千瓦时）", "电费（元）", "违约金（元）"],
             ["2024年7月", "386", "213.50", "6.41"],
             ["2024年8月", "452", "250.10", "1.25"]], [1.5, 1.6, 1.3, 1.3], align=["left", "right", "right", "right"])
    p.para("您的电费已逾期未交。依据《供用电合同》及有关规定，居民用户逾期交费的，自逾期之日起每日按欠费总额的"
           "千分之一计收电费违约金。")
    p.para("请您及时通过营业厅、官方App或银行代收网点交费。逾期仍未交清的，供电企业将按规定程序通知后中止供电。")
    ys = p.y
    p.line("客服热线：95598", "left")
    p.line("2024年9月10日", "right")
    p.rect_stamp(p.R - p.size * 11, ys - p.size * 0.3, ["营业厅", "缴费专用"], size=int(p.size * 1.0))
    return ["电费催缴通知单", "违约金"]


def l_telecom(p: Page):
    p.logo(p.L + 40, p.y + 35, 36, "letter", text="联")
    p.text_at(p.L + 100, p.y + 14, "联讯通信广州分公司", "sansb", int(p.size * 1.35), fill=RED)
    p.y += p.size * 3.0
    p.title("欠费停机提醒", int(p.size * 1.6), track=0)
    p.line("尊敬的客户：")
    p.para("您的号码138****2056截至2024年6月30日累计欠费人民币128.50元，已按《电信服务协议》暂停呼出服务。")
    p.para("请您通过营业厅、官方App或银行渠道缴清欠费，缴费后2小时内自动恢复服务。如对账单有疑问，可凭身份证件"
           "到营业厅查询详单。")
    p.line("联讯通信广州分公司　2024年7月2日", "right")
    return ["欠费停机提醒", "暂停呼出"]


def l_employer(p: Page):
    org = "苏州润丰精密机械有限公司"
    p.line(org, "center", "serifb", int(p.size * 1.4), lead=1.5)
    p.title("关于协助法院扣划工资的告知书", int(p.size * 1.5), track=0)
    p.line("员工孙浩（工号：RF2019-0356）：")
    p.para("本单位于2024年8月26日收到苏州市姑苏区人民法院（2024）苏0508执2617号协助执行通知书，要求本单位协助"
           "扣留、提取你的工资收入，用于履行生效判决确定的还款义务。")
    p.para("依照《中华人民共和国民事诉讼法》的规定，单位有义务协助执行。自2024年9月起，本单位将按通知书确定的"
           "比例从你的工资中扣划，并保留你及你所扶养家属的生活必需费用。")
    p.para("扣划款项将直接汇入法院指定账户。本单位将对此事保密，不向无关人员透露。如你对执行有异议，可向法院提出。")
    p.gap(1.0)
    sign_block(p, [org + "人力资源部", "2024年8月28日"], seal=dict(text=org, center="star", kind="company"))
    return ["协助法院扣划工资", "生活必需费用"]


def l_school(p: Page):
    org = "宁波市鄞州区东湖中学"
    p.line(org, "center", "serifb", int(p.size * 2.0), fill=RED, track=p.size * 0.3, lead=1.4)
    p.rule(RED, 5)
    p.title("致家长的一封信", int(p.size * 1.6), track=0)
    p.line("尊敬的各位家长：")
    p.para("近期有家长反映，接到催收人员电话，称“欠款不还会影响孩子上学”“孩子以后政审过不了”。学校在此郑重提醒："
           "这类说法没有法律依据，学生的入学、升学不会因家长的债务受到影响。")
    p.para("如遇到恐吓、骚扰，请保留录音、短信等证据，向公安机关报案或拨打12378银行保险消费者投诉热线。")
    p.para("同时提醒家长关注孩子的消费情况，防范校园贷。如有疑问，请联系班主任。")
    p.gap(0.8)
    sign_block(p, [org, "2024年9月20日"], seal=dict(text=org, center="star", kind="government"))
    p.y += p.size * 0.6
    p.draw.line([(p.L, int(p.y)), (p.R, int(p.y))], fill=(120, 120, 120), width=2)
    p.y += p.size * 0.8
    p.line("回　执", "center", "sansb")
    p.line("学生姓名：__________　班级：__________　家长签名：__________")
    return ["致家长的一封信", "没有法律依据"]


def l_hospital(p: Page):
    p.logo(p.L + 40, p.y + 38, 38, "cross")
    p.text_at(p.L + 100, p.y + 14, "滨江市第二人民医院", "serifb", int(p.size * 1.5), fill=RED)
    p.y += p.size * 3.2
    p.rule(RED, 3)
    p.title("住院费用催缴通知", int(p.size * 1.6), track=0)
    p.line("患者：蒋桂英　住院号：Z2024081536　科室：心内科三病区")
    p.table([["项目", "金额（元）"],
             ["预交金", "5,000.00"],
             ["已发生费用", "8,742.30"],
             ["医保统筹支付（预估）", "2,916.00"],
             ["尚需补缴", "826.30"]], [2.4, 1.4], align=["left", "right"])
    p.para("您的住院预交金余额不足，请于出院结算前到住院收费处或通过医院公众号补缴。如有经济困难，可咨询医务科了解"
           "医疗救助政策。")
    ys = p.y
    p.line("住院收费处　2024年8月19日", "right")
    p.rect_stamp(p.L + p.size * 1, ys - p.size * 1.2, ["住院收费处"], size=int(p.size * 1.0))
    return ["住院费用催缴通知", "尚需补缴"]


def l_police_leaflet(p: Page):
    p.line("滨海市公安局反诈中心", "center", "sansb", int(p.size * 2.0), fill=(30, 70, 150), lead=1.3)
    p.line("警惕“套路贷”与暴力催收", "center", "sansb", int(p.size * 1.6), fill=RED, lead=1.6)
    p.rule(RED, 4)
    mid = (p.L + p.R) / 2
    y0 = p.y
    p.line("常见恐吓话术", "left", "sansb", x1=mid - 20)
    for s in ["“再不还钱就爆你通讯录。”", "“明天安排人上门催收。”", "“你已被列入网贷黑名单。”",
              "“72小时内你会收到法院传票。”", "“冻结你名下所有银行卡。”", "“影响你孩子上学、政审。”"]:
        p.para(s, indent=False, x0=p.L, x1=mid - 20, lead=1.6)
    yl = p.y
    p.y = y0
    p.line("真相", "left", "sansb", x0=mid + 20)
    for s in ["网贷逾期属于民事纠纷，催收不得骚扰无关人员。", "并不存在官方的“网贷黑名单”。",
              "只有人民法院才能冻结财产、发出传票。", "子女正常上学不受父母债务影响。",
              "遇到威胁恐吓，请保留证据并拨打110报警。"]:
        p.para(s, indent=False, x0=mid + 20, x1=p.R, lead=1.6)
    p.y = max(p.y, yl) + p.size
    p.line("全国反诈专线：96110　　　滨海市公安局宣", "center", "sans", int(p.size * 0.9))
    return ["套路贷", "反诈中心"]


def l_community(p: Page):
    org = "滨海市幸福街道幸福里社区居民委员会"
    p.line("幸福里社区居民委员会", "center", "serifb", int(p.size * 1.8), fill=RED, lead=1.4)
    p.rule(RED, 4, double=True)
    p.title("关于防范非法催收的温馨提示", int(p.size * 1.5), track=0)
    p.line("各位居民：")
    p.para("近期，辖区内有居民接到自称“法务部”“调解中心”人员的电话，称其“已被立案”，并扬言要“上门走访户籍地”"
           "“通知你单位”。这些都是非法催收常用的吓唬手段。")
    p.para("请大家牢记：法院的文书有案号和法院印章，可拨打12368核实；逾期欠款属于民事纠纷，正规机构不会让您"
           "把钱转到个人账户。")
    p.para("如有疑问，请到社区居委会咨询，或拨打社区法律顾问热线0755-2669××××。")
    p.gap(0.8)
    sign_block(p, [org, "2024年11月1日"], seal=dict(text=org, center="star", kind="government"))
    return ["温馨提示", "12368"]


def l_newspaper(p: Page):
    p.line("滨海晚报", "left", "serifb", int(p.size * 3.0), fill=RED, lead=1.1)
    p.line("2024年10月15日　星期二　第A07版　社会新闻", "left", "sans", int(p.size * 0.8), lead=1.5)
    p.rule(thick=3, double=True)
    p.line("网贷暴力催收乱象调查", "left", "sansb", int(p.size * 1.9), lead=1.5)
    p.line("律师：逾期不等于“老赖”，更不会立即被起诉", "left", "sansb", int(p.size * 1.1), lead=1.8)
    mid = (p.L + p.R) / 2
    y0 = p.y
    # a grey "photo" in the left column
    p.draw.rectangle([p.L, int(y0), int(mid - 20), int(y0 + 300)], fill=(150, 155, 160))
    p.y = y0 + 310
    p.line("图为市民展示收到的催收短信。记者 黄磊 摄", "left", size=int(p.size * 0.8), x1=mid - 20)
    for s in ["市民陈女士告诉记者，她在某平台借款逾期半个月后，对方称“再不还就通知你单位，让你孩子上不了学”。",
              "记者调查发现，类似话术在催收中并不少见。有的催收人员自称“法务部专员”，发来所谓的“律师函”。"]:
        p.para(s, x0=p.L, x1=mid - 20, lead=1.6)
    p.y = y0
    for s in ["对此，滨海明理律师事务所律师周航表示，只有人民法院才能将当事人纳入失信被执行人名单，"
              "前提是已有生效判决且当事人有能力履行而拒不履行。",
              "“借款逾期属于民事纠纷，催收方不得向无关第三人透露债务信息，更不能以子女上学相威胁。”周航说。",
              "他建议，借款人应通过平台官方渠道协商还款，保留催收录音等证据，必要时向金融监管部门投诉。"]:
        p.para(s, x0=mid + 20, x1=p.R, lead=1.6)
    p.y += p.size
    return ["网贷暴力催收乱象调查", "滨海晚报"]


def l_magazine(p: Page):
    p.line("法律门诊", "left", "sansb", int(p.size * 1.2), fill=(255, 255, 255), lead=0.1)
    p.draw.rectangle([p.L - 10, int(p.y - p.size * 0.3), p.L + int(p.size * 5.5), int(p.y + p.size * 1.2)],
                     fill=(40, 90, 160))
    p.y -= p.size * 0.1
    p.text_at(p.L, p.y, "法律门诊", "sansb", int(p.size * 1.2), fill=(255, 255, 255), record=False)
    p.y += p.size * 2.2
    p.line("收到“律师函”，先别慌", "left", "serifb", int(p.size * 1.9), lead=1.7)
    mid = (p.L + p.R) / 2
    y0 = p.y
    p.line("读者来信", "left", "sansb", x1=mid - 20)
    p.para("我网贷逾期一个月，收到一份“律师函”，说要按剩余本金的20%收违约金，还说三天内不还就起诉。这是真的吗？"
           "——读者 小林", x0=p.L, x1=mid - 20, lead=1.6)
    yl = p.y
    p.y = y0
    p.line("律师答复", "left", "sansb", x0=mid + 20)
    for s in ["正规律师函应加盖律师事务所公章，并写明承办律师和联系方式，可向当地律师协会核实。",
              "逾期违约金应按合同约定计算，通常以逾期本金为基数；约定过高的，可以请求法院调整。",
              "起诉需要经过法院立案、送达等程序，不会“三天内”就有结果。"]:
        p.para(s, x0=mid + 20, x1=p.R, lead=1.6)
    p.y = max(p.y, yl) + p.size
    p.line("— 42 —", "center", size=int(p.size * 0.8))
    return ["律师答复", "先别慌"]


def l_iou(p: Page):
    pitch = p.size * 2.4
    lined_paper(p, pitch, color=(120, 150, 200), top=p.y + p.size * 1.45)
    ink = (25, 35, 100)
    x = p.L
    lines = ["借　条", "今借到张伟人民币叁万元整（¥30,000.00），", "用于家庭装修，约定于2025年6月30日前归还，",
             "借款期间按年利率6%计息，到期本息一并归还。", "借款人：李强", "身份证号：3205**********4413",
             "2024年7月1日"]
    y = p.y
    for i, s in enumerate(lines):
        if i == 0:
            p.hand(s, (p.w - p.size * 4) / 2, y, int(p.size * 1.6), fill=ink)
        elif s.startswith("借款人") or s.startswith("身份证") or s.startswith("2024"):
            p.hand(s, p.R - p.size * 15, y, int(p.size * 1.25), fill=ink)
        else:
            p.hand(s, x + (p.size * 2 if i == 1 else 0), y, int(p.size * 1.25), fill=ink)
        y += pitch
    p.fingerprint(p.R - p.size * 9.0, p.y + pitch * 4 + p.size * 0.5, 30, 40)
    p.y = y
    return ["借", "叁万元整"]


def l_receipt(p: Page):
    pitch = p.size * 2.5
    lined_paper(p, pitch, color=(150, 170, 150), top=p.y + p.size * 1.5)
    ink = (20, 20, 25)
    lines = ["收　条", "今收到李强归还借款人民币壹万伍仟元整（¥15,000），", "系2024年7月1日借条项下部分还款，尚欠壹万伍仟元。",
             "收款人：张伟", "2024年12月20日"]
    y = p.y
    for i, s in enumerate(lines):
        if i == 0:
            p.hand(s, (p.w - p.size * 4) / 2, y, int(p.size * 1.6), fill=ink)
        elif i >= 3:
            p.hand(s, p.R - p.size * 13, y, int(p.size * 1.3), fill=ink)
        else:
            p.hand(s, p.L + (p.size * 2 if i == 1 else 0), y, int(p.size * 1.3), fill=ink)
        y += pitch
    p.fingerprint(p.R - p.size * 6.5, p.y + pitch * 3 + p.size * 0.6, 28, 37)
    p.hand("已转账", p.L + p.size * 2, p.y + pitch * 3.1, int(p.size * 1.5), fill=(205, 28, 38), slant=8)
    p.y = y
    return ["收", "壹万伍仟元"]


def l_family_letter(p: Page):
    pitch = p.size * 2.3
    p.y += p.size * 1.5
    lined_paper(p, pitch, color=(200, 70, 70), top=p.y + p.size * 1.35, header="滨江纺织厂信笺")
    ink = (20, 30, 80)
    y = p.y
    lines = ["小军：", "　　你上次打电话说，最近催款的电话一天好几个，", "说要上门，还说要告诉你单位，你别太害怕。",
             "那些话多半是吓唬人的，欠的钱是民事上的事，", "咱们一笔一笔跟平台商量，走正规渠道分期还。",
             "家里还有些存款，先拿两万给你周转，", "以后不要再去别的平台借钱了。", "　　天冷了，记得加衣服。",
             "　　　　　　　　　　妈妈", "　　　　　　　　　　2024年11月3日"]
    for s in lines:
        p.hand(s.replace("\u3000", "  "), p.L, y, int(p.size * 1.2), fill=ink, record=False)
        p.lines.append(s.strip("\u3000"))
        y += pitch
    p.y = y
    return ["妈妈", "分期还"]


# ----------------------------------------------------------------------------------------
# the papers: FORGED
# ----------------------------------------------------------------------------------------

def f_lawyer_inflated(p: Page):
    p.title("律 师 函", int(p.size * 2.2))
    p.line("致：张晓东（身份证号：3301**********1234）")
    p.para("本律师受“速借宝”平台委托，现就你逾期一事正式通知：你的借款已逾期3天，经审核已被列为恶意拖欠。")
    p.para("根据借款协议，平台将按剩余本金的20%向你收取违约金，共计人民币4,800元。")
    p.para("请你务必于24小时内还清全部欠款，否则我方将立即向法院起诉，并通知你单位及紧急联系人协助处理。")
    p.para("后果自负！")
    p.gap(1.5)
    p.line("速借宝合作律师团队", "right", x1=p.R - p.size)
    p.line("2024年8月15日", "right", x1=p.R - p.size)
    return ["律", "剩余本金的20%"]


def f_restriction_company_seal(p: Page):
    p.line("深圳市南山区人民法院", "center", "sansb", int(p.size * 1.6), lead=1.5)
    p.title("限制消费令", int(p.size * 2.0))
    p.line("（2024）执字第0032号", "right", lead=2.0)
    p.line("被执行人：刘洋")
    p.para("你在“闪电贷”平台借款逾期未还，经本院审查，现对你采取限制高消费措施：")
    for s in ["一、不得乘坐飞机、高铁；", "二、不得入住星级酒店；", "三、你的征信将永久留下污点。"]:
        p.para(s, indent=False, x0=p.L + p.size)
    p.para("你已被列入失信被执行人名单。请在3日内联系专员还款，还款后解除。")
    p.line("联系人：李专员　电话：17056231189")
    p.gap(1.0)
    sign_block(p, ["深圳市南山区人民法院", "2024年9月2日"],
               seal=dict(text="深圳闪电金融科技有限公司", center="star", kind="company"))
    return ["限制高消费", "17056231189"]


def f_cancel(p: Page):
    p.title("解除合同通知书", int(p.size * 1.9))
    p.line("借款人：周婷")
    p.para("你于2024年6月1日在“易花钱”平台借款人民币8,000元，现已逾期5天。根据平台规定，即日起立即解除借款合同，"
           "你须一次性结清全部欠款本息共计人民币9,650元。")
    p.para("如今日18:00前仍未结清，我司将安排属地催收人员上门催收，并走访你的户籍地村委会。")
    p.para("特此通知。")
    p.gap(1.5)
    p.line("易花钱金融服务中心", "right", x1=p.R - p.size)
    p.line("2024年7月6日", "right", x1=p.R - p.size)
    return ["解除合同通知书", "上门催收"]


def f_summons_mediation(p: Page):
    p.title("传 票", int(p.size * 2.4), track=p.size * 1.2)
    p.line("被传唤人：吴海峰")
    p.line("案由：借款合同纠纷（诉前调解）")
    p.para("你因恶意拖欠“金牛分期”借款，已被起诉至法院，本案已立案。现由诉前调解中心通知你，收到本传票后48小时内"
           "联系诉前调解员处理，逾期未处理将直接开庭缺席判决，并移交经侦部门以骗贷追究刑事责任。")
    p.line("诉前调解员：孙主任　电话：16532087741")
    p.gap(1.0)
    sign_block(p, ["华南金融纠纷诉前调解中心", "2024年9月3日"],
               seal=dict(text="金牛分期网络科技有限公司", center="none", kind="company", oval=True, bottom="合同专用章"))
    return ["传", "诉前调解"]


def f_blacklist(p: Page):
    p.title("全国网贷黑名单录入通知", int(p.size * 1.7), track=0, fill=RED)
    p.line("当事人：郑磊　身份证号：4401**********3318")
    p.para("因你长期逾期不还，经行业风控联盟审核，你的信息将录入全网黑名单，并共享至全国300余家网贷平台。")
    p.para("录入后你本人将无法办理任何贷款、信用卡，你的子女上学、参军、政审都将受到影响。")
    p.para("如你目前无力还款，可先到其他平台借款还上本笔欠款，避免录入。")
    p.para("请在今晚24点前处理，逾期系统自动录入，后果自负。")
    p.gap(1.0)
    p.line("网贷行业信用管理中心", "right", x1=p.R - p.size)
    return ["网贷黑名单", "政审"]


def f_freeze_private(p: Page):
    p.title("资产冻结预警通知", int(p.size * 1.8), track=0)
    p.line("尊敬的用户　马丽：")
    p.para("你在我司合作平台的借款已严重逾期，风控中心已启动资产保全程序，将于明日冻结你名下所有银行卡、微信、"
           "支付宝账户。")
    p.para("经风控中心专员申请，现为你开通特殊关怀通道：今日内还款可减免全部罚息，请将款项转到以下个人账户：")
    p.line("户名：陈某某　账号：6217 0034 5566 7788 123", dx=p.size * 2)
    p.gap(1.0)
    sign_block(p, ["汇通资产管理有限公司风控中心", "2024年10月8日"],
               seal=dict(text="汇通资产管理有限公司", center="star", kind="company"))
    return ["资产冻结预警通知", "特殊关怀通道"]


def f_lawyer_spaced(p: Page):
    p.title("律 师 函", int(p.size * 2.2))
    p.line("致：林晓燕")
    p.para("本所受“钱多多”平台委托，就你借款逾期一事郑重告知：你已涉嫌恶意逃废债务，平台已准备材料向")
    p.line("法　院　提　起　诉　讼，一经立案将冻　结")
    p.line("你名下财产，并列入失信名单。")
    p.para("另：平台将联系你通讯录中的亲友核实情况。请于72小时内联系处理。")
    p.gap(1.2)
    sign_block(p, ["北京正义律师事务所", "2024年11月2日"],
               seal=dict(text="北京钱多多网络科技有限公司", center="star", kind="company"))
    return ["律", "通讯录"]


def f_dishonest_star(p: Page):
    court = "广州市白云区人民法院"
    p.line(court, "center", "sansb", int(p.size * 1.6), lead=1.5)
    p.title("决 定 书", int(p.size * 2.0))
    p.line("（2023）法执字第886号", "right", lead=2.0)
    p.line("被执行人：赵磊")
    p.para("你在“极速贷”平台的借款已逾期，经平台申请，本院决定将你纳入失信被执行人名单，即日起限制高消费，"
           "禁止乘坐飞机、高铁。你名下的银行卡将被冻结。")
    p.para("请立即联系本院法务部处理：电话13826451907。")
    p.gap(1.2)
    sign_block(p, [court, "2023年12月1日"], seal=dict(text=court, center="star", kind="court"))
    return ["决", "法执字第886号"]


# ----------------------------------------------------------------------------------------
# the set
# ----------------------------------------------------------------------------------------

MARKERS = ["seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid", "image.edited", "penalty.inflated",
           "contract.termination", "blacklist.dishonest", "family.children", "lawsuit.threat", "visit.home",
           "persona.authority", "promise.fee_waiver", "contact.third_party", "contact.virtual_number",
           "blacklist.online_loan", "borrow.new_loan", "asset.freeze", "pressure.deadline", "sms.impersonation",
           "text.spaced"]

PRINT = ["sans", "serif", "ming", "zenhei", "microhei"]
HAND = ["kai"]
A4 = (1400, 1980)


def L(fn, doc, note, page=A4, fonts=PRINT, shot=None, fit=False):
    return dict(fn=fn, lawful=True, doc=doc, note=note, page=page, fonts=fonts, shot=shot or {}, expect=[], maybe=[],
                fit=fit)


def F(fn, doc, note, expect, maybe=(), page=A4, fonts=PRINT, shot=None):
    return dict(fn=fn, lawful=False, doc=doc, note=note, page=page, fonts=fonts, shot=shot or {}, expect=list(expect),
                maybe=list(maybe))


ITEMS = [
    L(l_bank_card, "other", "Bank credit-card overdue letter stating overdue days, contractual interest and a 5% "
      "late fee on the unpaid minimum, credit reporting as fact and official channels, under a red letterhead with "
      "a red round bank logo and a red rectangular mail stamp (no seal)", shot=dict(folds=2)),
    L(l_consumer_fin, "other", "Consumer-finance overdue notice: penalty interest on the overdue principal only, "
      "credit reporting as fact, instalment/extension requests via the official app, company star seal",
      shot=dict(orient=6)),
    L(l_bank_accel, "cancellation_notice", "Bank acceleration notice after 210 days of delay and two written "
      "reminders, citing the contract clause, inviting a check of the amount and negotiation; bank star seal"),
    L(l_lawyer_calm, "lawyer_letter", "Calm lawyer's letter: overdue principal stated, invitation to reconcile and "
      "negotiate, reserves the right to sue; law-firm star seal on the date line", shot=dict(hand="right")),
    L(l_lawyer_rent, "lawyer_letter", "Lawyer's letter for a landlord about unpaid rent with the lease's daily late "
      "fee and a month to settle, red law-firm letterhead and red double rule, law-firm star seal",
      shot=dict(folds=2)),
    L(l_summons, "court_summons", "Court summons (传票) in table form with a valid civil case number, hearing time "
      "and the statutory default-judgment warning; court emblem seal", shot=dict(hand="left")),
    L(l_respond_notice, "court_summons", "Court notice to respond (应诉通知书) with a valid case number: 15-day "
      "defence period, agents, 12368; court emblem seal"),
    L(l_evidence_notice, "other", "Court evidence notice (举证通知书) with a valid case number and the 15-day "
      "evidence period; court emblem seal", shot=dict(off=(0.0, 0.085), frac=0.95)),
    L(l_exec_notice, "other", "Court enforcement notice (执行通知书) against a judgment debtor naming the effective "
      "judgment; mentions consumption restriction and the dishonest list as lawful possibilities; court emblem seal",
      shot=dict(folds=2)),
    L(l_property_report, "other", "Court order to report property (报告财产令) with the statutory fine/detention "
      "warning; court emblem seal"),
    L(l_restriction, "restriction_order", "Genuine consumption-restriction order against a judgment debtor with a "
      "valid 执 case number, the nine statutory restrictions (incl. high-fee private school) and a court emblem seal",
      shot=dict(glare=0.6)),
    L(l_dishonest, "restriction_order", "Genuine dishonest-debtor decision (失信决定书) citing the effective "
      "judgment and the SPC rules, with a court emblem seal", shot=dict(orient=8)),
    L(l_freeze_ruling, "other", "Enforcement ruling freezing and transferring a judgment debtor's deposits, signed "
      "by the panel, court emblem seal"),
    L(l_assist_notice, "other", "Court notice to a bank to assist in freezing an account (table of account and "
      "amount), court emblem seal"),
    L(l_judgment_page, "other", "Middle page of a civil judgment (no seal on this page): findings, LPR-capped "
      "interest and the operative part", shot=dict(curl=22)),
    L(l_arbitration_notice, "other", "Arbitration commission's notice of a case (15 days to answer and pick an "
      "arbitrator), arbitration star seal"),
    L(l_arbitration_award, "other", "Last page of an arbitration award (penalty reduced, final award) signed by "
      "the tribunal, arbitration star seal"),
    L(l_notary, "other", "Notarial certificate giving a loan contract enforceable effect, notary-office star seal"),
    L(l_mediation, "other", "People's mediation agreement on a private loan with instalments, handwritten names "
      "with red fingerprints, mediation-committee star seal"),
    L(l_settlement, "other", "Loan settlement certificate (结清证明) with a red round company logo, a red "
      "rectangular 已结清 stamp and a company star seal", shot=dict(hand="left")),
    L(l_repay_plan, "other", "Instalment repayment plan with a six-row table, borrower's signature in red ink, "
      "company star seal", shot=dict(off=(-0.075, 0.0), frac=0.97)),
    L(l_guarantor, "other", "Bank's notice to a guarantor under the guarantee contract (a party, not a third "
      "party), bank star seal", shot=dict(folds=2)),
    L(l_landlord, "other", "Landlord's rent reminder with the lease's late fee and an offer to pay in two parts, "
      "red handwritten note, no seal", page=(1400, 1450), shot=dict(orient=3), fit=True),
    L(l_property_fee, "other", "Property-management fee arrears notice with a fee table and the contract's late fee, "
      "property company star seal"),
    L(l_power_bill, "other", "Electricity arrears notice with tables, the regulated 0.1%/day late fee and notice "
      "before suspension, round logo and a red rectangular counter stamp", page=(1400, 1700),
      shot=dict(off=(0.07, 0.0), frac=0.96), fit=True),
    L(l_telecom, "other", "Telecom arrears notice (service suspended for 128.50 yuan owed) with a red round logo "
      "and red letterhead", page=(1400, 1150), shot=dict(hand="bottom"), fit=True),
    L(l_employer, "other", "Employer's notice to an employee about a court's wage-withholding assistance notice "
      "(单位, 工资), company star seal"),
    L(l_school, "other", "School letter to parents quoting collectors' threats about schooling and vetting as false, "
      "red letterhead, school star seal, tear-off slip", shot=dict(hand="right")),
    L(l_hospital, "other", "Hospital inpatient top-up notice with a bill table, red cross logo, red letterhead and a "
      "red rectangular cashier stamp", page=(1400, 1700), shot=dict(hand="left"), fit=True),
    L(l_police_leaflet, "other", "Police anti-fraud leaflet in two columns quoting typical collection threats "
      "(address book, home visits, blacklist, summons in 72 hours, frozen cards, children) next to the truth",
      page=(1400, 1700), fit=True),
    L(l_community, "other", "Residents' committee notice quoting collectors' phrases (法务部, 已被立案, visits, "
      "employer) as scare tactics, red letterhead, committee star seal", shot=dict(folds=2)),
    L(l_newspaper, "other", "Evening-paper page about violent collection in two columns quoting victims and a "
      "lawyer, red masthead", shot=dict(off=(0.08, 0.0), frac=1.0, curl=-18), fit=True),
    L(l_magazine, "other", "Magazine legal Q&A page in two columns quoting an inflated 20% penalty letter from a "
      "reader's question and the lawyer's answer", page=(1400, 1500), shot=dict(hand="bottom"), fit=True),
    L(l_iou, "other", "Handwritten IOU (借条) on ruled paper with a red fingerprint over the borrower's line",
      page=(1400, 1000), fonts=HAND, shot=dict(out=(1600, 1200))),
    L(l_receipt, "other", "Handwritten receipt (收条) for a part repayment, red fingerprint and red-ink note",
      page=(1400, 900), fonts=HAND, shot=dict(out=(1600, 1200))),
    L(l_family_letter, "other", "Handwritten family letter on red-ruled factory letter paper reassuring a son about "
      "collectors' threats of visits and calling his employer", fonts=HAND, shot=dict(folds=2, vfold=True)),
    # forged
    F(f_lawyer_inflated, "lawyer_letter", "Fake lawyer's letter without any seal: 3 days overdue, 20% of the "
      "remaining principal as penalty, 24 hours, immediate lawsuit, employer and emergency contacts",
      expect=["seal.missing", "penalty.inflated", "lawsuit.threat", "pressure.deadline", "contact.third_party"],
      maybe=["contract.termination", "persona.authority"], shot=dict(folds=2)),
    F(f_restriction_company_seal, "restriction_order", "Fake consumption-restriction order: old-style case number "
      "without court code, company star seal, virtual 170 number, saved from Meitu",
      expect=["seal.issuer_mismatch", "doc.case_number_invalid", "blacklist.dishonest", "contact.virtual_number",
              "image.edited"], maybe=["pressure.deadline", "persona.authority"],
      shot=dict(exif_software="Meitu XiuXiu 9.9.5.0")),
    F(f_cancel, "cancellation_notice", "Fake contract-cancellation notice after 5 days: whole balance at once, "
      "deadline today 18:00, home visit and village visit, no seal",
      expect=["contract.termination", "seal.missing", "visit.home", "pressure.deadline"],
      maybe=["persona.authority"], shot=dict(hand="right")),
    F(f_summons_mediation, "court_summons", "Fake summons from a 'pre-litigation mediation centre': no case number, "
      "oval company contract seal, 48 hours, criminal threat, virtual 165 number",
      expect=["doc.case_number_invalid", "seal.issuer_mismatch", "persona.authority", "lawsuit.threat",
              "contact.virtual_number", "pressure.deadline"]),
    F(f_blacklist, "restriction_order", "Fake national online-loan blacklist notice: children's schooling and "
      "vetting, borrow elsewhere to repay, deadline tonight, no seal",
      expect=["blacklist.online_loan", "family.children", "borrow.new_loan", "pressure.deadline", "seal.missing"],
      maybe=["persona.authority", "doc.case_number_invalid"], shot=dict(off=(0.0, -0.06), frac=0.95)),
    F(f_freeze_private, "other", "Fake asset-freeze warning from a 'risk-control centre' offering a special channel "
      "and penalty waiver for payment to a private account; company star seal",
      expect=["asset.freeze", "persona.authority", "promise.fee_waiver"], maybe=["pressure.deadline", "seal.missing"],
      shot=dict(orient=6)),
    F(f_lawyer_spaced, "lawyer_letter", "Fake lawyer's letter with spaced sensitive words (法 院 提 起 诉 讼, 冻 结), "
      "address-book contacts, 72 hours, and a company star seal instead of the firm's",
      expect=["seal.issuer_mismatch", "text.spaced", "lawsuit.threat", "asset.freeze", "contact.third_party",
              "pressure.deadline", "blacklist.dishonest"]),
    F(f_dishonest_star, "restriction_order", "Fake dishonest-debtor decision: old 法执字第 case number, court name "
      "round a five-pointed star, 'court legal department' on a mobile number, saved from Photoshop",
      expect=["image.edited", "seal.issuer_mismatch", "doc.case_number_invalid", "blacklist.dishonest",
              "asset.freeze", "persona.authority"], maybe=["pressure.deadline"],
      shot=dict(exif_software="Adobe Photoshop 25.0 (Windows)")),
]

BGS = ["desk", "bedspread", "carseat", "kitchen", "tiles"]
CASTS = ["none", "warm", "tungsten", "cool", "green", "magenta", "dim", "warm", "none"]
PHONES = [("Xiaomi", "Redmi Note 12"), ("HUAWEI", "NOVA 11"), ("OPPO", "PJD110"), ("vivo", "V2309A"),
          ("Apple", "iPhone 13"), ("HONOR", "ANY-AN00")]


def make_shot(spec, rng: random.Random, k: int) -> Shot:
    s = Shot()
    s.out = rng.choice([(1200, 1600)] * 4 + [(1080, 1440), (1125, 1500)])
    s.bg = BGS[k % len(BGS)]
    theta = rng.uniform(3, 30)
    phi = rng.uniform(0, 2 * math.pi)
    s.rx, s.ry = theta * math.cos(phi), theta * math.sin(phi)
    s.rz = rng.uniform(-11, 11)
    s.dist = rng.uniform(1.3, 2.2)
    s.frac = rng.uniform(0.80, 0.93)
    s.off = (rng.uniform(-0.03, 0.03), rng.uniform(-0.03, 0.03))
    s.curl = rng.choice([0.0, 0.0, rng.uniform(-24, 24)])
    s.edge_curl = rng.choice([0.0] * 4 + [rng.uniform(25, 55) * rng.choice([-1, 1])])
    s.folds = 0
    s.wave = rng.uniform(1.0, 4.0)
    s.light = rng.uniform(0.05, 0.35)
    s.shadow = rng.choice([None, "soft", "hard", "soft", "both"])
    s.cast = rng.choice(CASTS)
    s.glare = rng.choice([0.0, 0.0, 0.0, rng.uniform(0.45, 0.75)])
    s.blur = rng.uniform(0.3, 1.0)
    s.motion = rng.choice([0] * 6 + [3])
    s.noise = rng.uniform(1.5, 6.0)
    s.quality = rng.randint(60, 85)
    s.body_px = rng.uniform(16.5, 23.0)
    s.phone = rng.choice(PHONES)
    for key, val in spec["shot"].items():
        setattr(s, key, val)
    return s


def describe(s: Shot) -> str:
    tilt = math.hypot(s.rx, s.ry)
    bits = [f"{tilt:.0f}° tilt on a {dict(carseat='car seat', kitchen='kitchen table', tiles='tiled floor').get(s.bg, s.bg)}"]
    if s.hand:
        bits.append(f"thumb holding the {s.hand} edge")
    if s.folds or s.vfold:
        bits.append("fold creases")
    if abs(s.curl) > 5 or s.edge_curl:
        bits.append("curled paper")
    if max(abs(s.off[0]), abs(s.off[1])) > 0.05:
        bits.append("sheet partly out of frame")
    if s.shadow:
        bits.append({"soft": "soft shadow", "hard": "hard shadow", "both": "soft and hard shadows"}[s.shadow])
    if s.glare:
        bits.append("glare")
    if s.cast != "none":
        bits.append(f"{s.cast} cast")
    if s.motion:
        bits.append("motion blur")
    if s.orient != 1:
        bits.append(f"EXIF Orientation {s.orient}")
    if s.exif_software:
        bits.append(f"EXIF Software '{s.exif_software}'")
    bits.append(f"JPEG q{s.quality}")
    return ", ".join(bits)


def order_items():
    rng = random.Random(SEED)
    lawful = [it for it in ITEMS if it["lawful"]]
    forged = [it for it in ITEMS if not it["lawful"]]
    slots = sorted(rng.sample(range(2, len(ITEMS)), len(forged)))
    out, li, fi = [], 0, 0
    for i in range(len(ITEMS)):
        if i in slots:
            out.append(forged[fi])
            fi += 1
        else:
            out.append(lawful[li])
            li += 1
    return out


def build_one(k: int, spec, debug: Path | None):
    rng = random.Random(SEED * 100 + k)
    nr = np.random.default_rng(SEED * 100 + k)
    pw, ph = spec["page"]

    def geometry(ph):
        for attempt in range(60):
            shot = make_shot(spec, rng, k)
            Hm = page_homography(pw, ph, shot)
            size = shot.body_px / local_scale(Hm, PAD + pw / 2, PAD + ph / 2)
            if 19 <= size <= 40:
                break
        return shot, size

    shot, size = geometry(ph)
    fkey = rng.choice(spec["fonts"])
    margin = int(rng.uniform(0.075, 0.1) * pw)
    top = int(rng.uniform(0.055, 0.08) * ph)
    page_seed = rng.randint(0, 2 ** 31)
    if spec.get("fit"):
        # short papers (leaflets, bills, clippings): cut the sheet a little below its content
        probe = Page(random.Random(page_seed), pw, ph * 2, body=fkey, size=int(size), margin=margin, top=top)
        spec["fn"](probe)
        low = max([probe.y] + [s["cy"] + s["ry"] for s in probe.seals])
        ph = int(min(ph, max(0.5 * pw, low + margin * 0.9)))
        if ph / pw < 0.9 and "out" not in spec["shot"]:
            spec = dict(spec, shot=dict(spec["shot"], out=rng.choice([(1600, 1200), (1440, 1080)])))
        shot, size = geometry(ph)
    for shrink in range(8):
        page = Page(random.Random(page_seed), pw, ph, body=fkey, size=int(size), margin=margin, top=top)
        contains = spec["fn"](page)
        if page.y < ph - 40 and all(s["cy"] + s["ry"] < ph - 20 for s in page.seals):
            break
        size *= 0.95
    else:
        raise RuntimeError(f"{spec['fn'].__name__}: page overflow")
    arr = page.finish()
    for attempt in range(80):
        img, boxes, Hm = photograph(arr, page.seals, shot, rng, nr)
        W, H = shot.out
        if all(x >= 3 and y >= 3 and x + w <= W - 3 and y + h <= H - 3 for x, y, w, h in boxes):
            break
        # a seal left the frame: pull the page back in a little and shoot again
        shot.off = (shot.off[0] * 0.8, shot.off[1] * 0.8)
        shot.frac = max(0.8, shot.frac * 0.97)
    else:
        raise RuntimeError("seal out of frame")
    body_final = page.size * local_scale(Hm, PAD + pw / 2, PAD + ph / 2)
    return dict(img=img, boxes=boxes, page=page, shot=shot, contains=contains, body_px=body_final, size=int(page.size))


README_HEAD = """# bench/dev_lawful6: development (tuning) set, phone photos of mostly LAWFUL papers

44 JPEG phone photos made by `make_dev_lawful6.py` (deterministic, seeded; rerun to regenerate
byte-identical files; `--debug DIR` also writes copies with the seal boxes drawn), written
independently of the inspector's rules and tests: **36 lawful** (`dl6_NN_lNN.jpg`, `expect: []`,
`forbid: ["all"]`) and **8 forged** (`dl6_NN_fNN.jpg`). Each image has a JSON sidecar.

Purpose: the inspector's weak point on fresh material is false alarms on photos of lawful papers.
The lawful papers share vocabulary with threats but are lawful: bank and consumer-finance overdue
letters (逾期, 罚息/违约金 per contract, 征信 as fact, 提前到期 after 210 days, instalments via the
official app), calm lawyer's letters, court papers against judgment debtors with valid case numbers
and emblem seals (传票, 应诉通知书, 举证通知书, 执行通知书, 报告财产令, 限制消费令, 失信决定书,
执行裁定书 freezing deposits, 协助执行通知书, a 民事判决书 middle page without seal), arbitration,
notary and people's-mediation papers, a settlement certificate and a repayment plan, a guarantor
notice, landlord / property / electricity / telecom arrears notices with lawful late fees, an
employer's wage-withholding notice, a school letter, a hospital bill, a police leaflet, a
residents' committee notice, a newspaper and a magazine page that QUOTE collectors' threats, a
handwritten IOU and receipt, and a family letter. Red hard negatives that are NOT seals: red
letterheads and double rules, red round logos (bank, telecom, lender, hospital cross), red
rectangular stamps (函件专用, 已结清, 缴费专用, 住院收费处), red handwriting and red fingerprints,
red-ruled letter paper.

The 8 forged papers follow the seed's tactics in new wording: a seal-less lawyer's letter with a
20%-of-remaining-principal penalty; a consumption-restriction order with a company star seal,
old-style case number, 170 number and Meitu metadata; a 5-day cancellation notice with home visits;
a "pre-litigation mediation" summons with an oval company seal and no case number; an online-loan
blacklist notice (children, borrow elsewhere); an asset-freeze warning offering a waiver for
payment to a private account; a lawyer's letter with spaced sensitive words and a company seal;
a dishonest-debtor decision with a court name round a star, old 法执字第 number and Photoshop metadata.

## Photo conditions

Every paper is laid out flat (1400 px wide) and then "photographed": tilt up to 30° through a
pinhole camera plus in-plane rotation, page bending (bowing, a lifted edge, letter folds in thirds,
a vertical fold, waviness) with matching shading, procedural backgrounds (desk, bedspread, car
seat, kitchen table cloth or marble, floor tiles) with the sheet's drop shadow, a thumb holding
the sheet on 8 items, uneven light and vignetting, soft and hard shadows, colour casts, glare
spots, slight Gaussian or motion blur, noise, JPEG quality 60-85. Body text is 16-23 px (em) in
the final image; fonts vary among Noto Sans/Serif CJK SC, AR PL UMing/UKai (handwriting) and
WenQuanYi Zen Hei / Micro Hei. Five items have the sheet partly out of frame (text near that edge
can be cut; `source_text` still lists every line printed on the sheet). Four have an EXIF
Orientation tag (6, 8, 3, 6): stored pixels are rotated, and all boxes and `size` refer to the
upright image. Two forged items carry an editing program in EXIF Software; all carry a phone
Make/Model.

## Sidecar fields

`doc_type` (six types of markers.md; 执行通知书, 报告财产令, 执行裁定书, 判决书, arbitration etc. are
`other`; 传票 and 应诉通知书 are `court_summons`; 限制消费令, 失信决定书 and the blacklist notice are
`restriction_order`; the bank's 提前到期通知书 is `cancellation_notice`), `kind` ("photo"), `expect`
(markers that certainly fire), `forbid` (`["all"]` for lawful; for forged, every marker neither
expected nor plausibly applicable), `seals` ([x, y, w, h] of the outer ring of each round/oval red
seal, pushed through the same bending and projection as the page), `seal_texts`, `seal_centers`
(star / emblem / none), `seal_kinds`, `sender` (null), `text_contains` (strings printed in body
or title type), `lawful`, `notes` (the paper and the photo conditions), `image`, `size` ([w, h]
upright), `source_text` (every text line drawn on the sheet, including letterheads and
rectangular stamps, excluding seal ring text and the one-character initials inside round logos; table rows are joined cells separated by two spaces;
letter-spaced headings keep their spaces).

## Items

| image | lawful | doc_type | seals | paper / photo |
|---|---|---|---|---|
"""


def write_readme(rows):
    lines = [README_HEAD.rstrip("\n")]
    for name, spec, shot, r in rows:
        lines.append(f"| {name}.jpg | {'yes' if spec['lawful'] else 'no'} | {spec['doc']} | {len(r['boxes'])} | "
                     f"{spec['note']}; {describe(shot)} |")
    (OUT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--debug", type=Path, help="also write box overlays into this folder")
    ap.add_argument("--only", type=int, nargs="*", help="item numbers to build (1-based)")
    args = ap.parse_args()
    if args.debug:
        args.debug.mkdir(parents=True, exist_ok=True)
    items = order_items()
    nl = nf = 0
    rows = []
    for k, spec in enumerate(items, 1):
        if spec["lawful"]:
            nl += 1
            tag = f"l{nl:02d}"
        else:
            nf += 1
            tag = f"f{nf:02d}"
        name = f"{PREFIX}_{k:02d}_{tag}"
        if args.only and k not in args.only:
            continue
        r = build_one(k, spec, args.debug)
        shot, page = r["shot"], r["page"]
        when = f"2024:{(k % 12) + 1:02d}:{(k * 7) % 27 + 1:02d} {(k * 5) % 12 + 8:02d}:{(k * 13) % 60:02d}:21"
        save_jpeg(r["img"], OUT / f"{name}.jpg", shot, when)
        cond = describe(shot)
        if spec["lawful"]:
            forbid = ["all"]
        else:
            forbid = [m for m in MARKERS if m not in spec["expect"] and m not in spec["maybe"]]
        side = {
            "doc_type": spec["doc"],
            "kind": "photo",
            "expect": spec["expect"],
            "forbid": forbid,
            "seals": r["boxes"],
            "seal_texts": [s["text"] for s in page.seals],
            "seal_centers": [s["center"] for s in page.seals],
            "seal_kinds": [s["kind"] for s in page.seals],
            "sender": None,
            "text_contains": r["contains"],
            "lawful": spec["lawful"],
            "notes": f"{spec['note']}; phone photo: {cond}.",
            "image": f"{name}.jpg",
            "size": list(shot.out),
            "source_text": page.lines,
        }
        (OUT / f"{name}.json").write_text(json.dumps(side, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        rows.append((name, spec, shot, r))
        print(f"{name}  {spec['doc']:20s} lines {len(page.lines):2d}  font {page.body}/{r['size']}px  "
              f"body {r['body_px']:.1f}px  seals {len(r['boxes'])}  {cond}")
        if args.debug:
            dbg = r["img"].copy()
            for x, y, w, h in r["boxes"]:
                cv2.rectangle(dbg, (x, y), (x + w, y + h), (0, 255, 0), 2)
            Image.fromarray(dbg).save(args.debug / f"{name}.jpg", quality=80)
    if not args.only:
        write_readme(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
