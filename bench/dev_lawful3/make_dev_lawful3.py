#!/usr/bin/env python3
"""Generate bench/dev_lawful3: 40 labelled development images (29 lawful, 11 forged).

Written independently of the inspector's rules: the labels come from what each
picture shows, judged against shared/spec/markers.md.

    python bench/dev_lawful3/make_dev_lawful3.py          # rewrites the folder's images + sidecars

Deterministic: every random draw comes from a per-item seeded numpy Generator.
Kinds: 16 scans (JPEG), 14 phone screenshots (PNG), 10 photos of paper (JPEG,
some with EXIF Orientation 6/8; `size` and `seals` refer to the upright image).
"""
from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = Path(__file__).resolve().parent

F = {
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sansb": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serifb": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "zen": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "micro": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
}
_fcache: dict = {}


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    key = (name, size)
    if key not in _fcache:
        path, idx = F[name]
        _fcache[key] = ImageFont.truetype(path, size, index=idx)
    return _fcache[key]


TOKEN_RE = re.compile(r"（\d{4}）[^（）\s]{2,24}?号|[A-Za-z0-9][A-Za-z0-9.,:/\-@%*]*|.", re.S)
NO_START = set("，。、；：）》」”！？,.;:!?%")
NO_END = set("《（“【「")


def wrap(text: str, fnt, maxw: int) -> list[str]:
    lines, cur = [], ""
    for tok in TOKEN_RE.findall(text):
        if tok == "\n":
            lines.append(cur)
            cur = ""
            continue
        trial = cur + tok
        if cur and fnt.getlength(trial) > maxw and tok not in NO_START:
            carry = ""
            while cur and cur[-1] in NO_END:
                carry, cur = cur[-1] + carry, cur[:-1]
            lines.append(cur)
            cur = carry + tok.lstrip(" ")
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


# --------------------------------------------------------------------------- seals

def star_pts(cx, cy, R, rot=-90.0):
    pts = []
    for i in range(10):
        rr = R if i % 2 == 0 else R * 0.382
        a = math.radians(rot + i * 36)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def draw_emblem(d: ImageDraw.ImageDraw, cx, cy, e):
    """A simplified national-emblem-like centre: stars, gate, wheat ears, cog."""
    d.polygon(star_pts(cx, cy - 0.42 * e, 0.2 * e), fill=255)
    for ang in (-70, -35, 0, 35):
        a = math.radians(ang)
        sx, sy = cx + 0.36 * e * math.cos(a) + 0.05 * e, cy - 0.42 * e + 0.36 * e * math.sin(a)
        d.polygon(star_pts(sx, sy, 0.075 * e), fill=255)
    # gate
    w = 0.78 * e
    top = cy - 0.05 * e
    d.polygon([(cx - w / 2 - 0.06 * e, top), (cx + w / 2 + 0.06 * e, top), (cx + w / 2, top - 0.1 * e),
               (cx - w / 2, top - 0.1 * e)], fill=255)
    d.rectangle([cx - w / 2, top, cx + w / 2, top + 0.3 * e], outline=255, width=max(2, int(e * 0.05)))
    for k in range(-2, 3):
        x = cx + k * w / 5.5
        d.rectangle([x - 0.035 * e, top + 0.12 * e, x + 0.035 * e, top + 0.3 * e], fill=255)
    d.line([cx - w / 2 - 0.08 * e, top + 0.38 * e, cx + w / 2 + 0.08 * e, top + 0.38 * e], fill=255,
           width=max(2, int(e * 0.05)))
    # wheat ears along both sides
    for side in (-1, 1):
        for k in range(9):
            a = math.radians(200 - k * 17) if side < 0 else math.radians(-20 + k * 17)
            a = math.pi - a if side < 0 else a
            a = math.radians(110 + k * 16) if side < 0 else math.radians(70 - k * 16)
            px, py = cx + 0.86 * e * math.cos(a), cy + 0.86 * e * math.sin(a) * 0.95 - 0.05 * e
            d.ellipse([px - 0.07 * e, py - 0.11 * e, px + 0.07 * e, py + 0.11 * e], fill=255)
    # cog
    gy = cy + 0.72 * e
    d.ellipse([cx - 0.15 * e, gy - 0.15 * e, cx + 0.15 * e, gy + 0.15 * e], outline=255, width=max(2, int(e * 0.06)))
    for k in range(8):
        a = math.radians(k * 45)
        d.line([cx + 0.15 * e * math.cos(a), gy + 0.15 * e * math.sin(a), cx + 0.22 * e * math.cos(a),
                gy + 0.22 * e * math.sin(a)], fill=255, width=max(2, int(e * 0.05)))


def seal_mask(r: int, ring: str, center: str, bottom: str | None, rng, fname="serifb") -> np.ndarray:
    S = 2 * r + 8
    m = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(m)
    c = S / 2
    bw = max(4, int(r * 0.065))
    d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=bw)
    n = len(ring)
    fs = int(r * (0.27 if n <= 12 else 0.23 if n <= 15 else 0.19))
    fnt = font(fname, fs)
    rt = r - bw - fs * 0.62
    span = min(290.0, max(150.0, n * math.degrees((fs * 1.0) / rt)))
    for i, ch in enumerate(ring):
        a = -90 - span / 2 + (i + 0.5) * span / n
        ci = Image.new("L", (fs * 2, fs * 2), 0)
        ImageDraw.Draw(ci).text((fs, fs), ch, font=fnt, fill=255, anchor="mm")
        ci = ci.resize((int(fs * 2 * 0.82), fs * 2))  # seal type is condensed
        ci = ci.rotate(-(a + 90), resample=Image.BICUBIC, expand=True)
        px, py = c + rt * math.cos(math.radians(a)), c + rt * math.sin(math.radians(a))
        m.paste(255, (int(px - ci.width / 2), int(py - ci.height / 2)), ci)
    if center == "star":
        d.polygon(star_pts(c, c - (0.02 * r if bottom else 0), 0.3 * r), fill=255)
    elif center == "emblem":
        draw_emblem(d, c, c - 0.02 * r, 0.36 * r)
    if bottom:
        bf = font(fname, int(r * 0.17))
        d.text((c, c + 0.52 * r), bottom, font=bf, fill=255, anchor="mm")
    a = np.asarray(m).astype(np.float32) / 255.0
    # ink texture: uneven pressure + speckle loss
    low = cv2.resize(rng.uniform(0.55, 1.0, (8, 8)).astype(np.float32), (S, S), interpolation=cv2.INTER_CUBIC)
    speck = (rng.random((S, S)) > 0.06).astype(np.float32)
    speck = cv2.GaussianBlur(speck, (3, 3), 0)
    a = a * np.clip(low, 0.45, 1.0) * (0.55 + 0.45 * speck)
    return cv2.GaussianBlur(a, (3, 3), 0.8)


def stamp(img: Image.Image, cx, cy, r, ring, center, bottom, rng, fname="serifb"):
    a = seal_mask(r, ring, center, bottom, rng, fname)
    S = a.shape[0]
    x0, y0 = int(cx - S / 2), int(cy - S / 2)
    arr = np.asarray(img).astype(np.float32)
    col = np.array([rng.uniform(196, 222), rng.uniform(20, 50), rng.uniform(28, 55)], np.float32) / 255.0
    alpha = a[..., None] * rng.uniform(0.82, 0.95)
    reg = arr[y0:y0 + S, x0:x0 + S]
    alpha = alpha[: reg.shape[0], : reg.shape[1]]
    arr[y0:y0 + S, x0:x0 + S] = reg * (1 - alpha) + reg * col * alpha
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


# --------------------------------------------------------------------------- paper pages

class Page:
    def __init__(self, w=1000, h=1414, margin=92, bg=(255, 255, 255)):
        self.w, self.h, self.m = w, h, margin
        self.img = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.y = 110
        self.lines: list[str] = []
        self.circles: list[dict] = []

    def _rec(self, s):
        if s.strip():
            self.lines.append(s)

    def line(self, s, fnt, align="left", color=(20, 20, 20), x=None, gap=14, rec=True):
        tw = fnt.getlength(s)
        if x is None:
            x = {"left": self.m, "center": (self.w - tw) / 2, "right": self.w - self.m - tw}[align]
        self.d.text((x, self.y), s, font=fnt, fill=color)
        if rec:
            self._rec(s)
        asc, desc = fnt.getmetrics()
        self.y += asc + desc + gap
        return x

    def para(self, s, fnt, indent=True, color=(20, 20, 20), gap=13, x0=None, maxw=None):
        x0 = self.m if x0 is None else x0
        maxw = (self.w - x0 - self.m) if maxw is None else maxw
        for ln in wrap(("　　" if indent else "") + s, fnt, maxw):
            self.line(ln, fnt, x=x0, color=color, gap=gap)

    def space(self, dy):
        self.y += dy

    def rule(self, color=(200, 20, 20), width=3, star=False):
        y = self.y
        if star:
            c = self.w / 2
            self.d.line([self.m - 10, y, c - 26, y], fill=color, width=width)
            self.d.line([c + 26, y, self.w - self.m + 10, y], fill=color, width=width)
            self.d.polygon(star_pts(c, y, 18), fill=color)
        else:
            self.d.line([self.m - 10, y, self.w - self.m + 10, y], fill=color, width=width)
        self.y += 26

    def seal(self, cx, cy, r, ring, center, kind, bottom, rng, fname="serifb"):
        self.img = stamp(self.img, cx, cy, r, ring, center, bottom, rng, fname)
        self.d = ImageDraw.Draw(self.img)
        self.circles.append(dict(cx=cx, cy=cy, r=r, text=ring + (bottom or ""), center=center, kind=kind))

    def signature(self, x, y, name, rng, size=58):
        f = font("kai", size)
        layer = Image.new("L", (int(size * len(name) * 1.3) + 40, size * 2), 0)
        ImageDraw.Draw(layer).text((20, size // 3), name, font=f, fill=255)
        layer = layer.transform(layer.size, Image.AFFINE, (1, -0.28, 12, 0.05, 1, 0), resample=Image.BICUBIC)
        layer = layer.rotate(rng.uniform(-6, 4), resample=Image.BICUBIC)
        ink = Image.new("RGB", layer.size, (25, 35, 95))
        self.img.paste(ink, (int(x), int(y)), layer)
        self.d = ImageDraw.Draw(self.img)


# --------------------------------------------------------------------------- degradations

def to_jpeg(img: Image.Image, path: Path, q: int, orientation: int | None = None, camera=None):
    kw = {}
    if orientation or camera:
        ex = Image.Exif()
        if camera:
            ex[0x010F], ex[0x0110] = camera
        if orientation:
            ex[0x0112] = orientation
        kw["exif"] = ex.tobytes()
    if orientation == 6:
        img = img.transpose(Image.ROTATE_90)
    elif orientation == 8:
        img = img.transpose(Image.ROTATE_270)
    img.save(path, "JPEG", quality=q, optimize=True, **kw)


def scan(page: Page, rng, angle, tint, hole=False, fold=False):
    arr = np.asarray(page.img).astype(np.float32)
    h, w = arr.shape[:2]
    arr = cv2.GaussianBlur(arr, (0, 0), 0.65)
    if hole:  # punched-hole shadows in the left margin
        for hy in (h * 0.36, h * 0.64):
            yy, xx = np.mgrid[0:h, 0:w]
            dist = np.sqrt((xx - 42) ** 2 + (yy - hy) ** 2)
            ringm = np.clip(1 - np.abs(dist - 15) / 6, 0, 1) * 0.45 + (dist < 15) * 0.35
            arr *= (1 - ringm[..., None])
    if fold:  # fold line: dark crease with a light band beside it
        fy = int(h * rng.uniform(0.45, 0.55))
        yy = np.arange(h)[:, None].astype(np.float32)
        prof = 1 - 0.16 * np.exp(-((yy - fy) ** 2) / 6.0) + 0.04 * np.exp(-((yy - fy - 7) ** 2) / 40.0)
        prof = prof + 0.02 * np.sin(np.arange(w)[None, :] / 90.0) * np.exp(-((yy - fy) ** 2) / 30.0)
        arr *= prof[..., None]
    arr *= np.array(tint, np.float32)[None, None, :] / 255.0
    M = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    border = tuple(float(c) * 0.93 for c in tint)
    arr = cv2.warpAffine(arr, M, (w, h), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_CONSTANT, borderValue=border)
    arr += rng.normal(0, rng.uniform(2.0, 3.2), arr.shape[:2])[..., None]
    arr += rng.normal(0, 1.2, arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    boxes = []
    for c in page.circles:
        x, y = M @ np.array([c["cx"], c["cy"], 1.0])
        boxes.append([int(round(x - c["r"])), int(round(y - c["r"])), int(round(2 * c["r"])), int(round(2 * c["r"]))])
    return img, boxes


def desk(rng, W, H):
    style = rng.integers(0, 3)
    base = [(148, 108, 72), (118, 120, 122), (206, 200, 188)][style]
    low = cv2.resize(rng.normal(0, 1, (6, 6)).astype(np.float32), (W, H), interpolation=cv2.INTER_CUBIC)
    arr = np.ones((H, W, 3), np.float32) * np.array(base, np.float32)
    arr += low[..., None] * 10
    if style == 0:  # wood grain
        yy = np.arange(H)[:, None].astype(np.float32)
        xx = np.arange(W)[None, :].astype(np.float32)
        g = np.sin(yy / 9.0 + 3 * np.sin(xx / 160.0) + low * 2) * 9
        arr += g[..., None] * np.array([1.0, 0.8, 0.6], np.float32)
    return arr


def photo(page: Page, rng, W=1080, H=1440):
    pw, ph = page.w, page.h
    arr = desk(rng, W, H)
    sw = rng.uniform(0.84, 0.9) * W
    sh = sw * ph / pw
    cx, cy = W / 2 + rng.uniform(-20, 20), H / 2 + rng.uniform(-10, 20)
    persp = rng.uniform(0.02, 0.05) * sw
    dst = np.array([[cx - sw / 2 + persp, cy - sh / 2], [cx + sw / 2 - persp, cy - sh / 2],
                    [cx + sw / 2, cy + sh / 2], [cx - sw / 2, cy + sh / 2]], np.float32)
    dst += rng.uniform(-18, 18, dst.shape).astype(np.float32)
    src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32)
    Hm = cv2.getPerspectiveTransform(src, dst)
    pg = np.asarray(page.img).astype(np.float32) * np.array([rng.uniform(0.96, 1.0), rng.uniform(0.95, 0.99),
                                                              rng.uniform(0.9, 0.97)], np.float32)
    warped = cv2.warpPerspective(pg, Hm, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), Hm, (W, H), flags=cv2.INTER_LINEAR)
    # soft contact shadow of the sheet on the desk
    sh_m = cv2.GaussianBlur(np.roll(np.roll(mask, 9, 0), 6, 1), (0, 0), 9)
    arr *= (1 - 0.35 * sh_m)[..., None]
    arr = arr * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light: linear gradient + vignette
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    th = rng.uniform(0, 2 * np.pi)
    lin = ((xx - W / 2) * np.cos(th) + (yy - H / 2) * np.sin(th)) / max(W, H)
    light = 1.0 + rng.uniform(0.12, 0.22) * lin
    light *= 1 - 0.22 * (((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2)
    # a straight-edged shadow (phone / hand / lamp arm) over part of the sheet: a half-plane
    # cut by a straight line, covering 15-40 % of the sheet
    sheet = mask > 0.5
    for _ in range(200):
        ang = rng.uniform(0, 2 * np.pi)
        nx, ny = np.cos(ang), np.sin(ang)
        px, py = cx + rng.uniform(-0.35, 0.35) * sw, cy + rng.uniform(-0.35, 0.35) * sh
        shadow = (((xx - px) * nx + (yy - py) * ny) > 0).astype(np.float32)
        frac = shadow[sheet].mean()
        if 0.15 <= frac <= 0.4:
            break
    shadow = cv2.GaussianBlur(shadow, (0, 0), 2.5)
    light *= 1 - rng.uniform(0.3, 0.42) * shadow
    arr *= light[..., None]
    arr *= np.array([rng.uniform(0.97, 1.03), 1.0, rng.uniform(0.92, 1.02)], np.float32)
    arr = cv2.GaussianBlur(arr, (0, 0), 0.7)
    arr += rng.normal(0, 2.0, arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    boxes = []
    for c in page.circles:
        t = np.linspace(0, 2 * np.pi, 96, endpoint=False)
        pts = np.stack([c["cx"] + c["r"] * np.cos(t), c["cy"] + c["r"] * np.sin(t)], 1).astype(np.float32)
        q = cv2.perspectiveTransform(pts[None], Hm)[0]
        x0, y0 = q.min(0)
        x1, y1 = q.max(0)
        boxes.append([int(round(x0)), int(round(y0)), int(round(x1 - x0)), int(round(y1 - y0))])
    return img, boxes


# --------------------------------------------------------------------------- screenshots

THEMES = {
    "light": dict(bg=(255, 255, 255), fg=(17, 17, 17), sub=(128, 128, 133), bin=(233, 233, 235), bout=(52, 120, 246),
                  tin=(17, 17, 17), tout=(255, 255, 255), bar=(247, 247, 247), line=(220, 220, 222)),
    "dark": dict(bg=(0, 0, 0), fg=(240, 240, 240), sub=(142, 142, 147), bin=(38, 38, 41), bout=(48, 110, 230),
                 tin=(236, 236, 236), tout=(255, 255, 255), bar=(22, 22, 24), line=(50, 50, 52)),
}
CHAT = {
    "light": dict(bg=(237, 237, 237), fg=(17, 17, 17), sub=(150, 150, 150), bin=(255, 255, 255), bout=(149, 236, 105),
                  tin=(17, 17, 17), tout=(17, 17, 17), bar=(237, 237, 237), line=(214, 214, 214)),
    "dark": dict(bg=(17, 17, 17), fg=(214, 214, 214), sub=(110, 110, 110), bin=(44, 44, 44), bout=(62, 181, 117),
                 tin=(214, 214, 214), tout=(17, 17, 17), bar=(30, 30, 30), line=(40, 40, 40)),
}


class Screen:
    def __init__(self, W, H, theme, chat=False, fontname="sans", clock="9:41"):
        self.W, self.H = W, H
        self.s = W / 720.0
        self.t = (CHAT if chat else THEMES)[theme]
        self.chat = chat
        self.img = Image.new("RGB", (W, H), self.t["bg"])
        self.d = ImageDraw.Draw(self.img)
        self.fn = fontname
        self.lines: list[str] = []
        self.status(clock)

    def S(self, v):
        return int(round(v * self.s))

    def status(self, clock):
        d, t, S = self.d, self.t, self.S
        d.rectangle([0, 0, self.W, S(56)], fill=t["bar"] if self.chat else t["bg"])
        d.text((S(36), S(28)), clock, font=font("sansb", S(26)), fill=t["fg"], anchor="lm")
        self.lines.append(clock)
        x = self.W - S(40)
        d.rounded_rectangle([x - S(46), S(17), x, S(39)], radius=S(5), outline=t["fg"], width=max(2, S(2)))
        d.rectangle([x - S(42), S(21), x - S(14), S(35)], fill=t["fg"])
        d.rectangle([x + S(2), S(24), x + S(5), S(32)], fill=t["fg"])
        for i in range(4):
            bx = x - S(110) + i * S(9)
            d.rectangle([bx, S(38) - S(5 + i * 5), bx + S(6), S(38)], fill=t["fg"])
        wx, wy = x - S(62), S(38)
        for rr in (S(6), S(12), S(18)):
            d.arc([wx - rr, wy - rr, wx + rr, wy + rr], 225, 315, fill=t["fg"], width=max(2, S(3)))

    def header(self, title, subtitle=None):
        d, t, S = self.d, self.t, self.S
        y0, y1 = S(56), S(150)
        d.rectangle([0, y0, self.W, y1], fill=t["bar"])
        d.line([S(44), S(103), S(30), S(89)], fill=t["fg"] if self.chat else t["bout"], width=S(4))
        d.line([S(44), S(75), S(30), S(89)], fill=t["fg"] if self.chat else t["bout"], width=S(4))
        if self.chat:
            d.text((self.W / 2, S(103)), title, font=font("sansb", S(31)), fill=t["fg"], anchor="mm")
            for k in range(3):
                d.ellipse([self.W - S(60) + k * S(13), S(100), self.W - S(54) + k * S(13), S(106)], fill=t["fg"])
        else:
            d.text((self.W / 2, S(90) if subtitle else S(103)), title, font=font("sansb", S(31)), fill=t["fg"],
                   anchor="mm")
            if subtitle:
                d.text((self.W / 2, S(128)), subtitle, font=font("sans", S(21)), fill=t["sub"], anchor="mm")
        self.lines.append(title)
        if subtitle:
            self.lines.append(subtitle)
        d.line([0, y1, self.W, y1], fill=t["line"], width=1)
        self.y = y1 + S(24)

    def stamp_time(self, s):
        self.d.text((self.W / 2, self.y + self.S(16)), s, font=font("sans", self.S(22)), fill=self.t["sub"],
                    anchor="mm")
        self.lines.append(s)
        self.y += self.S(50)

    def bubble(self, text, out=False, size=30, avatar=None):
        d, t, S = self.d, self.t, self.S
        f = font(self.fn, S(size))
        pad = S(22)
        left = S(28) + (S(84) if self.chat else 0)
        maxw = int(self.W * 0.70) - 2 * pad
        lines = []
        for part in text.split("\n"):
            lines += wrap(part, f, maxw)
        asc, desc = f.getmetrics()
        lh = asc + desc + S(8)
        bw = int(max(f.getlength(s) for s in lines)) + 2 * pad
        bh = lh * len(lines) + 2 * pad - S(8)
        if out:
            x0 = self.W - S(28) - (S(84) if self.chat else 0) - bw
        else:
            x0 = left
        rad = S(8) if self.chat else S(30)
        if self.chat:
            ax = S(24) if not out else self.W - S(24) - S(70)
            col = avatar or ((70, 130, 200) if not out else (200, 150, 90))
            d.rounded_rectangle([ax, self.y, ax + S(70), self.y + S(70)], radius=S(8), fill=col)
            if not out:
                d.ellipse([ax + S(22), self.y + S(12), ax + S(48), self.y + S(38)], fill=(255, 255, 255))
                d.pieslice([ax + S(12), self.y + S(40), ax + S(58), self.y + S(86)], 180, 360, fill=(255, 255, 255))
            tx = x0 if not out else x0 + bw
            tri = [(x0, self.y + S(24)), (x0 - S(12), self.y + S(34)), (x0, self.y + S(44))] if not out else \
                [(tx, self.y + S(24)), (tx + S(12), self.y + S(34)), (tx, self.y + S(44))]
            d.polygon(tri, fill=t["bout"] if out else t["bin"])
        d.rounded_rectangle([x0, self.y, x0 + bw, self.y + bh], radius=rad, fill=t["bout"] if out else t["bin"])
        ty = self.y + pad
        for s in lines:
            d.text((x0 + pad, ty), s, font=f, fill=t["tout"] if out else t["tin"])
            self.lines.append(s)
            ty += lh
        self.y += bh + S(30)

    def footer(self, placeholder):
        d, t, S = self.d, self.t, self.S
        y = self.H - S(120)
        d.rectangle([0, y, self.W, self.H], fill=t["bar"])
        d.line([0, y, self.W, y], fill=t["line"], width=1)
        d.rounded_rectangle([S(90), y + S(22), self.W - S(110), y + S(82)], radius=S(30 if not self.chat else 8),
                            fill=t["bg"] if not self.chat else t["bin"])
        if placeholder:
            d.text((S(115), y + S(52)), placeholder, font=font("sans", S(25)), fill=t["sub"], anchor="lm")
            self.lines.append(placeholder)
        d.ellipse([S(24), y + S(28), S(72), y + S(76)], outline=t["sub"], width=S(3))
        d.ellipse([self.W - S(90), y + S(28), self.W - S(42), y + S(76)], outline=t["sub"], width=S(3))
        d.rectangle([self.W / 2 - S(70), self.H - S(18), self.W / 2 + S(70), self.H - S(12)], fill=t["fg"])


# --------------------------------------------------------------------------- items

ITEMS: list[dict] = []


def item(kind, lawful, doc_type, **kw):
    def deco(fn):
        ITEMS.append(dict(kind=kind, lawful=lawful, doc_type=doc_type, fn=fn, **kw))
        return fn
    return deco


NOT_IMG = ["image.edited"]


def title(p: Page, s, fname="serifb", size=50, color=(20, 20, 20), gap=30):
    p.line(s, font(fname, size), align="center", color=color, gap=gap)


# ---- scans, lawful -----------------------------------------------------------------

@item("scan", True, "other", contains=["信用卡逾期还款提醒函", "账单分期", "他行借记卡", "苏州恒信商务服务有限公司"],
      notes="Bank credit-card overdue reminder letter: minimum payment, instalment option, repayment from another bank's "
            "debit card, credit-report notice, names the collection agency it has engaged. Bank seal (star).")
def s_bank_letter(rng):
    p = Page()
    b, bf = font("sans", 30), font("sansb", 30)
    p.line("江南银行股份有限公司信用卡中心", font("sansb", 28), color=(0, 70, 140))
    p.d.line([p.m, p.y, p.w - p.m, p.y], fill=(0, 70, 140), width=2)
    p.space(40)
    title(p, "信用卡逾期还款提醒函", "sansb", 46)
    p.line("陈晓东 先生：", bf)
    p.para("您好！截至2024年5月20日，您尾号4417的信用卡本期账单应还金额为人民币8,362.15元，"
           "到期还款日为2024年5月5日，目前尚未足额还款，已逾期15天。", b)
    p.para("如您暂时资金紧张，可先归还最低还款额836.22元，或通过我行手机银行申请账单分期，"
           "分期手续费以申请页面展示为准。您也可以使用他行借记卡通过“信用卡还款”功能还款。", b)
    p.para("根据《征信业管理条例》，我行将按规定向金融信用信息基础数据库报送您的还款记录。"
           "为便于与您沟通，我行已委托苏州恒信商务服务有限公司协助提醒，其工作人员会主动表明"
           "受托身份，不会要求您向任何个人账户转账。", b)
    p.para("如对欠款金额有疑问，请致电我行客服热线95599转3或前往任一网点咨询。若已还款，请忽略本函。", b)
    p.space(50)
    p.line("江南银行股份有限公司信用卡中心", b, align="right")
    p.line("二〇二四年五月二十一日", b, align="right")
    p.seal(700, p.y - 70, 108, "江南银行股份有限公司信用卡中心", "star", "company", "业务专用章", rng)
    return p, dict(tint=(246, 243, 234), hole=True)


@item("scan", True, "other", contains=["第五条 逾期及违约责任", "提前到期", "紧急联系人"],
      notes="Inner page of a consumer-loan contract: penalty on the overdue amount only, overdue interest, acceleration "
            "only after 90 days and written notice, emergency-contact and collection-method clauses. No seal on this page.")
def s_contract_page(rng):
    p = Page()
    b = font("serif", 29)
    h = font("serifb", 30)
    p.line("合同编号：HX-XF-2023-0917552", font("serif", 24), align="right", color=(70, 70, 70))
    p.space(10)
    p.line("第五条 逾期及违约责任", h)
    p.para("5.1 借款人未按约定还款的，贷款人自逾期之日起，对逾期本金按本合同约定利率上浮50%"
           "计收逾期利息，对未按时支付的利息按逾期利率计收复利。", b, indent=False)
    p.para("5.2 借款人逾期的，按逾期应还金额的每日万分之五收取违约金，违约金与逾期利息"
           "合计不超过法律规定的上限。", b, indent=False)
    p.para("5.3 借款人连续逾期超过90日的，贷款人可以书面通知借款人宣布全部借款提前到期，"
           "通知送达之日起借款人应归还全部未还本金、利息及费用。", b, indent=False)
    p.line("第六条 紧急联系人", h)
    p.para("6.1 借款人同意提供一名紧急联系人。贷款人仅在无法联系借款人时，方可向紧急联系人"
           "核实借款人的联系方式，不得向其透露借款人的债务信息，不得要求其代为还款。", b, indent=False)
    p.line("第七条 催收方式", h)
    p.para("7.1 贷款人或其委托的合作机构可通过短信、电话、信函等方式提示还款，每日联系频次"
           "合理，不得使用暴力、威胁、侮辱等手段，不得在22时至次日8时联系借款人。", b, indent=False)
    p.para("7.2 贷款人委托第三方机构催收的，应事先告知借款人受托机构名称及联系方式。", b, indent=False)
    p.y = p.h - 110
    p.line("第 3 页 共 6 页", font("serif", 24), align="center", color=(90, 90, 90))
    return p, dict(tint=(238, 241, 232), fold=True)


@item("scan", True, "other", contains=["（以下无正文）", "借款人（签字）"],
      notes="Signature page of the same kind of loan contract: lender's contract seal (star) over the lender line, "
            "borrower's handwritten signature.")
def s_sign_page(rng):
    p = Page()
    b = font("ming", 31)
    p.para("10.3 本合同一式两份，贷款人、借款人各执一份，具有同等法律效力。本合同自借款人"
           "签字且贷款人盖章之日起生效。", b, indent=False)
    p.space(10)
    p.line("（以下无正文）", b, align="center")
    p.space(60)
    p.line("贷款人（盖章）：华信消费金融股份有限公司", b)
    p.line("法定代表人或授权代表：", b)
    p.line("签署日期：2023年9月17日", b)
    y_l = p.y
    p.space(90)
    p.line("借款人（签字）：", b)
    p.signature(360, p.y - 90, "赵一鸣", rng)
    p.line("身份证号码：3205**********2318", b)
    p.line("签署日期：2023年9月17日", b)
    p.seal(560, y_l - 110, 104, "华信消费金融股份有限公司", "star", "company", "合同专用章", rng)
    p.y = p.h - 110
    p.line("第 6 页 共 6 页", font("ming", 24), align="center", color=(90, 90, 90))
    return p, dict(tint=(241, 241, 239))


@item("scan", True, "other", contains=["借款人刘海燕", "已全部结清"],
      notes="Settlement certificate (结清证明) from a microcredit company with its company seal (star).")
def s_settle(rng):
    p = Page()
    b = font("zen", 31)
    p.space(60)
    title(p, "结 清 证 明", "sansb", 56, gap=60)
    p.para("兹证明借款人刘海燕（身份证号：3101**********4426）于2022年11月8日在我公司"
           "申请个人消费贷款人民币50,000.00元，借款合同编号：JX2022110800871。", b)
    p.para("截至2024年4月30日，该笔借款本金、利息及相关费用已全部结清，借款人与我公司"
           "之间就该笔借款的债权债务关系终止。", b)
    p.para("特此证明。", b)
    p.space(120)
    p.line("嘉兴市禾信小额贷款有限公司", b, align="right")
    p.line("2024年5月6日", b, align="right")
    p.seal(690, p.y - 90, 110, "嘉兴市禾信小额贷款有限公司", "star", "company", None, rng)
    return p, dict(tint=(244, 240, 228))


def court_head(p, court, kind_title, case, spaced=True):
    title(p, court, "serifb", 44, gap=18)
    t = "　".join(kind_title) if spaced else kind_title
    title(p, t, "serifb", 50, gap=24)
    p.line(case, font("serif", 29), align="right")
    p.space(8)


@item("scan", True, "other", contains=["十日内履行下列义务", "（2024）苏0506执1234号"],
      notes="Genuine-format enforcement notice (执行通知书) to the 被执行人 after an effective judgment; valid case number; "
            "court seal with emblem centre. doc_type: none of the listed types fits, so 'other'.")
def s_exec_notice(rng):
    p = Page()
    b = font("serif", 30)
    court_head(p, "江苏省苏州市吴中区人民法院", "执行通知书", "（2024）苏0506执1234号")
    p.line("孙建国：", b)
    p.para("申请执行人江南银行股份有限公司苏州分行与被执行人孙建国金融借款合同纠纷一案，"
           "本院作出的（2023）苏0506民初8817号民事判决书已经发生法律效力。申请执行人于"
           "2024年3月12日向本院申请强制执行，本院依法立案执行。", b)
    p.para("依照《中华人民共和国民事诉讼法》第二百五十一条的规定，责令你自本通知送达之日起"
           "十日内履行下列义务：", b)
    p.para("一、支付借款本金86,400元及相应利息；二、负担案件受理费、执行费。", b)
    p.para("逾期不履行的，本院将依法强制执行。", b)
    p.space(20)
    p.line("执行法官：周文", b, x=560)
    p.line("联系电话：0512-66556780", b, x=560)
    p.space(40)
    p.line("二〇二四年三月十五日", b, align="right")
    p.seal(720, p.y - 70, 112, "江苏省苏州市吴中区人民法院", "emblem", "court", None, rng)
    return p, dict(tint=(236, 238, 231))


@item("scan", True, "restriction_order", contains=["限制消费令", "（2024）浙0106执5678号"],
      notes="Genuine-format consumption-restriction order addressed to the 被执行人 in an enforcement case, "
            "quoting the SPC rule list (incl. 子女就读高收费私立学校); court seal with emblem.")
def s_restrict(rng):
    p = Page()
    b = font("serif", 28)
    court_head(p, "浙江省杭州市西湖区人民法院", "限制消费令", "（2024）浙0106执5678号", spaced=False)
    p.line("被执行人：吴志强", b)
    p.para("本院于2024年2月6日立案执行申请执行人杭州联合农村商业银行股份有限公司与被执行人"
           "吴志强金融借款合同纠纷一案。因你未按执行通知书指定的期间履行生效法律文书确定的"
           "给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、"
           "第三条的规定，对你采取限制消费措施，限制你不得实施以下高消费及非生活和工作必需"
           "的消费行为：", b, gap=10)
    for s in ["（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；",
              "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；",
              "（三）购买不动产或者新建、扩建、高档装修房屋；",
              "（四）旅游、度假；", "（五）子女就读高收费私立学校；",
              "（六）支付高额保费购买保险理财产品；"]:
        p.para(s, b, indent=True, gap=10)
    p.para("如违反本限制消费令，经查证属实的，本院将依法予以处理。", b, gap=10)
    p.space(30)
    p.line("二〇二四年四月二日", b, align="right")
    p.seal(715, p.y - 70, 110, "浙江省杭州市西湖区人民法院", "emblem", "court", None, rng)
    return p, dict(tint=(231, 231, 231), hole=True)


@item("scan", True, "restriction_order", contains=["（2024）粤0304执3310号", "失信被执行人名单"],
      notes="Genuine-format decision to list a judgment debtor as dishonest (失信决定书), stating the statutory ground "
            "and the right to seek correction; court seal with emblem.")
def s_dishonest(rng):
    p = Page()
    b = font("ming", 30)
    court_head(p, "广东省深圳市福田区人民法院", "决定书", "（2024）粤0304执3310号")
    p.para("申请执行人深圳前海信融商业保理有限公司与被执行人林晓峰借款合同纠纷一案，本院作出的"
           "（2023）粤0304民初21516号民事判决书已经发生法律效力。被执行人林晓峰具有履行能力"
           "而拒不履行生效法律文书确定的义务。", b)
    p.para("依照《中华人民共和国民事诉讼法》第二百六十六条、《最高人民法院关于公布失信被执行人"
           "名单信息的若干规定》第一条第一项的规定，决定如下：", b)
    p.para("将林晓峰纳入失信被执行人名单。", b)
    p.para("被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。", b)
    p.space(30)
    p.line("本决定一经作出即生效。", b)
    p.space(40)
    p.line("二〇二四年五月十日", b, align="right")
    p.seal(705, p.y - 75, 110, "广东省深圳市福田区人民法院", "emblem", "court", None, rng)
    return p, dict(tint=(247, 245, 238))


@item("scan", True, "other", contains=["财产保全申请", "（2024）沪0115民初4567号", "复议期间不停止裁定的执行"],
      notes="Genuine-format property-preservation ruling in a pending civil case (court freezes deposits on the "
            "plaintiff's application with security); court seal with emblem.")
def s_preserve(rng):
    p = Page()
    b = font("serif", 29)
    court_head(p, "上海市浦东新区人民法院", "民事裁定书", "（2024）沪0115民初4567号")
    p.line("原告：上海浦江商业银行股份有限公司。", b)
    p.line("被告：何丽娜，女，1988年7月生，住上海市浦东新区。", b)
    p.para("本院在审理原告与被告金融借款合同纠纷一案中，原告于2024年4月3日向本院提出财产"
           "保全申请，请求冻结被告银行存款人民币120,000元或查封其他等值财产，并提供了担保。", b)
    p.para("本院经审查认为，原告的申请符合法律规定。依照《中华人民共和国民事诉讼法》"
           "第一百零三条、第一百零五条的规定，裁定如下：", b)
    p.para("冻结被告何丽娜名下银行存款人民币120,000元或查封、扣押其等值的其他财产。", b)
    p.para("本裁定立即开始执行。如不服本裁定，可以向本院申请复议一次，复议期间不停止裁定的执行。", b)
    p.space(20)
    p.line("审判员　郑　洁", b, x=600)
    p.line("二〇二四年四月八日", b, x=600)
    p.line("书记员　钱　程", b, x=600)
    p.seal(700, p.y - 140, 108, "上海市浦东新区人民法院", "emblem", "court", None, rng)
    return p, dict(tint=(236, 242, 233))


@item("scan", True, "other", contains=["如不服本判决", "递交上诉状"],
      notes="Last page of a civil judgment (民事判决书): costs, appeal wording, judge/clerk lines; case number in the "
            "page header; court seal with emblem over the date.")
def s_judgment(rng):
    p = Page()
    b = font("serif", 29)
    p.line("（2024）苏0508民初1234号", font("serif", 26), align="right", color=(60, 60, 60))
    p.space(16)
    p.para("二、被告许文杰于本判决生效之日起十日内支付原告逾期利息，以逾期本金为基数，"
           "按合同约定利率计算至实际清偿之日止；", b, indent=False)
    p.para("三、驳回原告的其他诉讼请求。", b, indent=False)
    p.para("如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》"
           "第二百六十四条之规定，加倍支付迟延履行期间的债务利息。", b)
    p.para("案件受理费1,250元，减半收取计625元，由被告许文杰负担。", b)
    p.para("如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人"
           "的人数提出副本，上诉于江苏省苏州市中级人民法院。", b)
    p.space(70)
    p.line("审　判　员　　顾晓梅", b, x=560)
    p.space(30)
    p.line("二〇二四年六月三日", b, x=560)
    p.space(30)
    p.line("书　记　员　　潘　宇", b, x=560)
    p.seal(700, p.y - 150, 110, "江苏省苏州市姑苏区人民法院", "emblem", "court", None, rng)
    p.y = p.h - 110
    p.line("第 4 页 共 4 页", font("serif", 24), align="center", color=(90, 90, 90))
    return p, dict(tint=(243, 243, 240), fold=True)


@item("scan", True, "lawyer_letter", contains=["律师函", "北京市金诚律师事务所", "协商还款"],
      notes="Calm lawyer's letter on behalf of a bank: states the debt, invites contact within 15 days, invites "
            "written objections, reserves legal remedies; law-firm seal (star) on the date line.")
def s_lawyer_ok(rng):
    p = Page()
    b = font("sans", 29)
    p.line("北京市金诚律师事务所", font("serifb", 36), align="center", color=(30, 30, 30))
    p.line("Beijing Jincheng Law Firm", font("serif", 22), align="center", color=(90, 90, 90))
    p.d.line([p.m, p.y, p.w - p.m, p.y], fill=(40, 40, 40), width=2)
    p.space(34)
    title(p, "律师函", "serifb", 50)
    p.line("（2024）金诚律函字第0412号", font("sans", 26), align="right")
    p.line("致：马立新 先生", b)
    p.para("北京市金诚律师事务所接受京华银行股份有限公司信用卡中心（以下简称“委托人”）的委托，"
           "指派本所律师就您名下信用卡欠款事宜致函如下：", b)
    p.para("根据委托人提供的材料，截至2024年6月1日，您尾号2209的信用卡欠款本金23,105.40元，"
           "自2024年2月起未按期还款。", b)
    p.para("请您在收到本函之日起十五日内与委托人联系，协商还款方案。如您对欠款金额有异议，"
           "可向委托人书面提出，并附相关凭证。委托人保留通过法律途径主张权利的权利。", b)
    p.para("委托人客服电话：95566。", b)
    p.space(40)
    p.line("北京市金诚律师事务所", b, align="right")
    p.line("律师：冯　静", b, align="right")
    p.line("二〇二四年六月五日", b, align="right")
    p.seal(700, p.y - 110, 106, "北京市金诚律师事务所", "star", "law_firm", None, rng)
    return p, dict(tint=(248, 246, 240))


@item("scan", True, "other", contains=["国家金融监督管理总局江苏监管局文件", "苏金规〔2024〕7号", "催收行为"],
      notes="Regulator's red-header circular (red title, red rule with star) on collection conduct; it lists banned "
            "practices (threats, contacting unrelated people, impersonating courts) as prohibitions. Regulator's round "
            "seal (star). The star in the red rule is not a seal.")
def s_redhead(rng):
    p = Page()
    b = font("serif", 28)
    p.space(10)
    p.line("国家金融监督管理总局江苏监管局文件", font("serifb", 46), align="center", color=(210, 20, 20), gap=24)
    p.line("苏金规〔2024〕7号", font("serif", 28), align="center")
    p.rule(star=True)
    p.space(6)
    p.line("关于进一步规范辖内金融机构催收行为的通知", font("serifb", 34), align="center", gap=22)
    p.line("辖内各银行、消费金融公司：", b)
    p.para("为保护金融消费者合法权益，现就规范催收行为通知如下：", b)
    p.para("一、各机构及其委托的催收机构不得采用暴力、恐吓、侮辱、诽谤、骚扰等方式催收，"
           "不得冒用司法机关、政府部门名义，不得伪造法律文书。", b)
    p.para("二、不得向债务人以外的无关第三人透露债务信息，不得骚扰紧急联系人。", b)
    p.para("三、委托催收的，应当向债务人告知受托机构名称，并对受托机构行为承担管理责任。", b)
    p.para("四、各机构应畅通投诉渠道，及时处理消费者投诉。", b)
    p.space(40)
    p.line("国家金融监督管理总局江苏监管局", b, align="right")
    p.line("2024年3月18日", b, align="right")
    p.seal(690, p.y - 80, 112, "国家金融监督管理总局江苏监管局", "star", "government", None, rng)
    return p, dict(tint=(244, 244, 244))


@item("scan", True, "other", contains=["警惕冒充法院的催收", "12368"],
      notes="Anti-fraud poster by a police anti-fraud centre quoting collectors' threats (网贷黑名单, 上门, 爆通讯录, "
            "冒充法院短信) in order to warn. No seal; the shield drawing is a logo.")
def s_poster(rng):
    p = Page()
    p.d.rectangle([0, 0, p.w, 250], fill=(16, 64, 140))
    # shield logo
    p.d.polygon([(110, 60), (180, 40), (250, 60), (240, 150), (180, 200), (120, 150)], fill=(230, 190, 60))
    p.d.text((280, 70), "警惕冒充法院的催收", font=font("sansb", 58), fill=(255, 255, 255))
    p.d.text((280, 160), "防范电信网络诈骗宣传", font=font("sans", 32), fill=(220, 230, 255))
    p.lines += ["警惕冒充法院的催收", "防范电信网络诈骗宣传"]
    p.y = 290
    b = font("micro", 31)
    hb = font("sansb", 33)
    p.line("这些话，都是吓唬你的：", hb, color=(200, 30, 30))
    for s in ["“你已被列入网贷黑名单，全网都能查到。”",
              "“48小时内不还款，我们就上门找你。”",
              "“再不还就爆你通讯录，通知你单位。”",
              "“法院已立案，马上冻结你的银行卡。”"]:
        p.para(s, b, indent=False)
    p.space(10)
    p.line("真相：", hb, color=(16, 64, 140))
    for s in ["1. 没有官方的“网贷黑名单”，正规记录只有征信报告。",
              "2. 法院短信只从12368发出，有疑问请拨打12368核实。",
              "3. 冻结财产只能由法院依法作出。",
              "4. 任何要求转账到个人账户的“减免”，都是诈骗。"]:
        p.para(s, b, indent=False)
    p.space(20)
    p.line("遇到威胁恐吓，请拨打110报警。", hb, align="center")
    p.y = p.h - 120
    p.line("苏州市公安局姑苏分局反诈中心　宣", font("sans", 26), align="center", color=(80, 80, 80))
    return p, dict(tint=(240, 244, 236))


# ---- scans, forged ---------------------------------------------------------------------

ALL_FORBID_TEXT = ["sms.impersonation", "image.edited", "contact.virtual_number"]


@item("scan", False, "lawyer_letter", contains=["律师函", "48小时内", "上门"],
      expect=["seal.missing", "lawsuit.threat", "visit.home", "pressure.deadline"],
      forbid=["sms.impersonation", "image.edited", "contact.virtual_number", "seal.issuer_mismatch",
              "doc.case_number_invalid", "family.children", "blacklist.online_loan", "borrow.new_loan",
              "promise.fee_waiver", "text.spaced"],
      notes="FORGED: 'lawyer's letter' with no seal at all, 48-hour deadline, threatens immediate suit and a home/"
            "household-registration visit. Call-back number is a normal 138 mobile.")
def f_lawyer_noseal(rng):
    p = Page()
    b = font("zen", 30)
    p.space(30)
    title(p, "律师函", "sansb", 60, gap=40)
    p.line("致：黄志伟", b)
    p.para("本所受委托人委托，现就你在平台借款逾期一事正式通知如下：", b)
    p.para("你的借款已严重逾期，经多次催告仍拒不还款。限你在收到本函后48小时内归还逾期款项"
           "人民币9,860元，否则本所将立即向法院起诉，届时你将承担全部诉讼费用。", b)
    p.para("同时我方已安排工作人员于近日上门走访你的户籍所在地及现居住地，请你做好准备。", b)
    p.para("联系人：张律师　电话：13852617739", b)
    p.space(80)
    p.line("XX律师事务所", b, align="right")
    p.line("2024年6月12日", b, align="right")
    return p, dict(tint=(245, 245, 243))


@item("scan", False, "restriction_order", contains=["限制消费令", "（2024）京0105执2231号", "法务部"],
      expect=["seal.issuer_mismatch", "blacklist.dishonest", "persona.authority", "pressure.deadline"],
      forbid=["sms.impersonation", "image.edited", "contact.virtual_number", "seal.missing", "text.spaced",
              "doc.case_number_invalid", "borrow.new_loan", "blacklist.online_loan"],
      notes="FORGED: 'consumption-restriction order' issued by a lending platform and stamped with the company's "
            "star seal (issuer mismatch). The case number is well-formed, so case_number_invalid is forbidden here. "
            "Uses 法务部 and a 3-day deadline with 后果自负.")
def f_restrict_company(rng):
    p = Page()
    b = font("sans", 29)
    title(p, "北京市朝阳区人民法院", "sansb", 44, gap=18)
    title(p, "限制消费令", "sansb", 54, gap=22)
    p.line("（2024）京0105执2231号", b, align="right")
    p.line("被限制人：杜明辉", b)
    p.para("你在我公司平台借款已逾期，经本公司法务部申请，现对你采取限制高消费措施：限制你"
           "乘坐飞机、高铁，限制入住星级酒店，并将你列入失信被执行人名单。", b)
    p.para("请于收到本令之日起3日内还清全部欠款并联系法务部撤销，逾期后果自负。", b)
    p.space(80)
    p.line("北京融易通网络科技有限公司", b, align="right")
    p.line("2024年5月28日", b, align="right")
    p.seal(700, p.y - 80, 106, "北京融易通网络科技有限公司", "star", "company", None, rng)
    return p, dict(tint=(236, 236, 236))


@item("scan", False, "cancellation_notice", contains=["解除合同通知书", "30%", "一次性结清"],
      expect=["contract.termination", "penalty.inflated"],
      forbid=["sms.impersonation", "image.edited", "contact.virtual_number", "seal.missing", "seal.issuer_mismatch",
              "doc.case_number_invalid", "family.children", "blacklist.online_loan", "text.spaced", "borrow.new_loan"],
      notes="FORGED: cancellation notice after only 3 days overdue demanding one-off repayment of everything plus a "
            "penalty of 30% of the remaining principal. Issued and sealed by the lender itself (company seal fits).")
def f_cancel(rng):
    p = Page()
    b = font("serif", 30)
    p.space(30)
    title(p, "解除合同通知书", "serifb", 52, gap=40)
    p.line("借款人：韩冬梅", b)
    p.para("你于2024年4月在我司申请的借款（合同编号：YX240411672），本期应还款日为2024年6月1日，"
           "截至今日已逾期3天。", b)
    p.para("根据合同相关条款，我司决定立即解除与你签订的借款合同，你须一次性结清全部剩余本金"
           "18,000元及利息，并按剩余本金30%支付违约金5,400元。", b)
    p.para("请尽快通过官方渠道还款。客服热线：400-820-6633。", b)
    p.space(80)
    p.line("上海优信小额贷款有限公司", b, align="right")
    p.line("2024年6月4日", b, align="right")
    p.seal(700, p.y - 80, 104, "上海优信小额贷款有限公司", "star", "company", None, rng)
    return p, dict(tint=(242, 238, 226))


@item("scan", False, "court_summons", contains=["传", "法务部", "72小时内"],
      expect=["text.spaced", "seal.missing", "doc.case_number_invalid", "lawsuit.threat", "persona.authority",
              "pressure.deadline"],
      forbid=["sms.impersonation", "image.edited", "contact.virtual_number", "seal.issuer_mismatch",
              "blacklist.online_loan", "borrow.new_loan", "family.children", "promise.fee_waiver"],
      notes="FORGED: 'summons' whose title and body split sensitive words with spaces (法 院 传 票, 起 诉); no seal; "
            "no case number; threatens a summons within 72 hours; 法务部.")
def f_summons_spaced(rng):
    p = Page()
    b = font("micro", 31)
    p.space(40)
    title(p, "法 院 传 票", "ming", 60, gap=44)
    p.line("当事人：罗俊", b)
    p.para("你在平台的借款长期逾期未还，案件已由法务部整理完毕，即将提交至你户籍所在地法院"
           "申请 起 诉。", b)
    p.para("法院传票将于72小时内送达你的户籍地址，请在此之前主动联系处理，避免进入 诉 讼 程序。", b)
    p.para("处理电话：0755-28879901", b)
    p.space(80)
    p.line("逾期处理法务部", b, align="right")
    p.line("2024年6月18日", b, align="right")
    return p, dict(tint=(238, 238, 238))


# ---- screenshots -----------------------------------------------------------------------

@item("screenshot", True, "sms_message", sender="12368", size=(720, 1560), theme="light",
      contains=["12368", "（2024）苏0508民初5521号"],
      notes="Court SMS from 12368 (light): case accepted (立案), valid case number, advises checking online or by 12368.")
def t_12368_filed(rng):
    sc = Screen(720, 1560, "light", clock="10:26")
    sc.header("12368")
    sc.stamp_time("5月9日 上午10:18")
    sc.bubble("【苏州市姑苏区人民法院】王伟，您好！江南银行股份有限公司苏州分行诉您金融借款合同"
              "纠纷一案，本院已于2024年5月8日立案，案号（2024）苏0508民初5521号。起诉状副本及"
              "应诉材料将依法向您送达，请注意查收。可登录人民法院在线服务平台或拨打12368查询。")
    sc.footer("短信")
    return sc


@item("screenshot", True, "sms_message", sender="12368", size=(1080, 2340), theme="dark",
      contains=["12368", "（2024）浙0106民初3302号", "开庭"],
      notes="Court SMS from 12368 (dark, 1080 wide): hearing date, then a reminder the day before.")
def t_12368_hearing(rng):
    sc = Screen(1080, 2340, "dark", fontname="sans", clock="20:05")
    sc.header("12368")
    sc.stamp_time("6月3日 下午3:40")
    sc.bubble("【杭州市西湖区人民法院】张丽，您好！杭州联合农村商业银行股份有限公司与您金融借款合同纠纷"
              "一案（2024）浙0106民初3302号，定于2024年6月20日9时在本院第六法庭开庭审理，请准时到庭。")
    sc.stamp_time("6月19日 下午4:02")
    sc.bubble("【杭州市西湖区人民法院】提醒：您的案件（2024）浙0106民初3302号将于明日9时开庭，请携带身份证件"
              "准时到庭。如有疑问请拨打12368。")
    sc.footer("短信")
    return sc


@item("screenshot", True, "sms_message", sender="12368", size=(720, 1560), theme="dark",
      contains=["12368", "（2024）川0107民诉前调812号", "调解"],
      notes="Court SMS from 12368 (dark): pre-litigation mediation entrusted by the court, with a 民诉前调 case number; "
            "the mediator will call from a landline; verify at 12368. Real court mediation, not persona.authority.")
def t_12368_mediation(rng):
    sc = Screen(720, 1560, "dark", fontname="micro", clock="14:12")
    sc.header("12368")
    sc.stamp_time("昨天 上午11:30")
    sc.bubble("【成都市武侯区人民法院】杨帆，您好！成都银行股份有限公司与您的金融借款合同纠纷已登记为"
              "诉前调解案件，案号（2024）川0107民诉前调812号，本院委派的调解员将通过028-85561203与您"
              "联系。调解不收取任何费用，您可拨打12368核实。")
    sc.footer("短信")
    return sc


@item("screenshot", True, "sms_message", sender="12368", size=(720, 1560), theme="light",
      contains=["12368", "（2024）粤0304执3310号"],
      notes="Court SMS from 12368 (light): enforcement case (执行) — notice of the enforcement documents served and "
            "where to pay (the court's case account, checkable at 12368).")
def t_12368_exec(rng):
    sc = Screen(720, 1560, "light", fontname="zen", clock="9:03")
    sc.header("12368")
    sc.stamp_time("5月12日 上午8:57")
    sc.bubble("【深圳市福田区人民法院】林晓峰，您好！申请执行人深圳前海信融商业保理有限公司与您借款合同"
              "纠纷一案已立案执行，案号（2024）粤0304执3310号。执行通知书等文书已送达，请按文书载明"
              "的方式履行。缴款请认准法院案款账户，详询12368。")
    sc.footer("短信")
    return sc


@item("screenshot", True, "sms_message", sender="95559", size=(1080, 2340), theme="light",
      contains=["95559", "临时冻结", "止付"],
      notes="Bank SMS from 955xx: account-security measure — card temporarily frozen / payment stopped for the "
            "user's safety after suspected fraud; unlock in person or via the official hotline. Lawful use of 冻结.")
def t_bank_freeze(rng):
    sc = Screen(1080, 2340, "light", fontname="sans", clock="11:47")
    sc.header("95559", "交通银行")
    sc.stamp_time("今天 上午11:32")
    sc.bubble("【交通银行】您尾号6621的借记卡于06月14日11:30发生疑似涉诈交易，为保障您的资金安全，"
              "我行已对该卡临时冻结非柜面交易并止付该笔转账。如为本人操作，请携带本人身份证到任一网点"
              "或致电95559核实后解除。我行不会要求您向任何“安全账户”转账。")
    sc.footer("短信")
    return sc


@item("screenshot", True, "sms_message", sender="95555", size=(720, 1560), theme="dark",
      contains=["95555", "最低还款", "账单分期"],
      notes="Bank credit-card SMS from 955xx (dark): statement, minimum payment, instalment offer, then a polite "
            "1-day overdue reminder mentioning credit reporting.")
def t_bank_card(rng):
    sc = Screen(720, 1560, "dark", fontname="sans", clock="19:20")
    sc.header("95555", "招商银行")
    sc.stamp_time("5月25日 上午9:00")
    sc.bubble("【招商银行】您尾号3308的信用卡本期账单12,480.00元，最低还款1,248.00元，到期还款日"
              "06月05日。可在掌上生活App办理账单分期。")
    sc.stamp_time("6月6日 上午10:15")
    sc.bubble("【招商银行】您尾号3308信用卡最低还款额尚未还清，请尽快还款，以免影响个人征信记录。"
              "已还款请忽略。")
    sc.footer("短信")
    return sc


@item("screenshot", True, "sms_message", sender="10691888201", size=(720, 1560), theme="light",
      contains=["【恒易贷】", "APP"],
      notes="Lender's own reminder from a 106 gateway (light): overdue 2 days, pay in the official app, difficulty "
            "hotline. A lender's 106 reminder must not fire sms.impersonation.")
def t_lender_106(rng):
    sc = Screen(720, 1560, "light", fontname="micro", clock="12:30")
    sc.header("10691888201")
    sc.stamp_time("6月10日 下午12:05")
    sc.bubble("【恒易贷】尊敬的客户，您的借款本期应还1,035.20元已逾期2天，请通过恒易贷APP“还款”入口"
              "还款，以免产生逾期利息及影响个人征信。如还款有困难，可致电客服400-881-2020申请协商。"
              "拒收请回复R")
    sc.footer("短信")
    return sc


@item("screenshot", True, "sms_message", sender="1065902100518", size=(1080, 2340), theme="dark",
      contains=["【安达消费金融】", "官方"],
      notes="Consumer-finance company's reminders from a 1065 gateway (dark, 1080 wide): due-date notice, then a note "
            "naming the collection agency it engaged and warning against private-account transfers.")
def t_lender_1065(rng):
    sc = Screen(1080, 2340, "dark", fontname="zen", clock="8:15")
    sc.header("1065902100518")
    sc.stamp_time("6月1日 上午9:30")
    sc.bubble("【安达消费金融】尊敬的周先生，您的分期借款本期应还2,106.88元，还款日为6月3日，请保持"
              "还款卡余额充足。")
    sc.stamp_time("6月8日 上午10:00")
    sc.bubble("【安达消费金融】您的借款已逾期5天。我司已委托杭州诚恒信息咨询有限公司协助提醒还款，"
              "请仅通过官方App或对公账户还款，切勿向个人账户转账。客服95xxx转人工。")
    sc.footer("短信")
    return sc


@item("screenshot", True, "other", sender=None, size=(720, 1560), theme="light", chat=True,
      contains=["恒易贷官方客服", "上门", "投诉"],
      notes="Customer-service chat (light): the user quotes a caller's threats (48小时内上门, 爆通讯录, 起诉); the "
            "official account says no one was engaged to visit, pay only via the app, complaints channel, call 110. "
            "Quoted threats in a reassurance context — lawful.")
def t_cs_chat(rng):
    sc = Screen(720, 1560, "light", chat=True, fontname="sans", clock="15:48")
    sc.header("恒易贷官方客服")
    sc.stamp_time("下午3:31")
    sc.bubble("今天有人打电话说我48小时内不还就上门，还要爆我通讯录、去法院起诉我，这是你们的人吗？", out=True)
    sc.bubble("您好，已为您查询：我司没有委托任何人员上门，也不会联系您通讯录中的其他人。"
              "您的借款目前逾期3天，可在APP内正常还款或申请延期。", avatar=(230, 120, 40))
    sc.bubble("如再接到威胁电话，请记下号码在APP“投诉”入口反馈，必要时可拨打110。", avatar=(230, 120, 40))
    sc.footer("")
    return sc


@item("screenshot", False, "sms_message", sender="10690571234", size=(720, 1560), theme="light",
      contains=["【杭州市西湖区人民法院】", "已被立案起诉", "17105561234"],
      expect=["sms.impersonation", "lawsuit.threat", "pressure.deadline", "asset.freeze", "contact.virtual_number"],
      forbid=["image.edited", "family.children", "borrow.new_loan", "blacklist.online_loan", "text.spaced",
              "penalty.inflated", "promise.fee_waiver", "seal.issuer_mismatch"],
      notes="FORGED: 106 gateway SMS in the name of a people's court: 'already filed', pay by 18:00 today or all cards, "
            "WeChat and Alipay frozen; call-back number on the 171 virtual range.")
def t_f_court106(rng):
    sc = Screen(720, 1560, "light", fontname="sans", clock="13:02")
    sc.header("10690571234")
    sc.stamp_time("今天 下午12:47")
    sc.bubble("【杭州市西湖区人民法院】您因网贷逾期已被立案起诉，请于今日18:00前处理完毕，否则本院将"
              "冻结您名下所有银行卡及微信、支付宝账户。详询17105561234")
    sc.footer("短信")
    return sc


@item("screenshot", False, "sms_message", sender="15862731904", size=(1080, 2340), theme="dark",
      contains=["调解中心", "个人账户", "减免"],
      expect=["persona.authority", "promise.fee_waiver", "pressure.deadline"],
      forbid=["image.edited", "contact.virtual_number", "family.children", "text.spaced", "borrow.new_loan",
              "asset.freeze", "visit.home", "blacklist.online_loan", "seal.issuer_mismatch"],
      notes="FORGED: SMS from an ordinary mobile number posing as a 'financial dispute mediation centre': waive all "
            "penalty interest if 3,000 is transferred today to a 'specialist's' personal account. sms.impersonation "
            "left unlabelled (a 'mediation centre' is not clearly a state body).")
def t_f_mediation(rng):
    sc = Screen(1080, 2340, "dark", fontname="micro", clock="21:10")
    sc.header("158 6273 1904")
    sc.stamp_time("今天 下午8:56")
    sc.bubble("【金融纠纷调解中心】您的逾期案件已转入调解程序。现为您申请特殊减免，可减免全部罚息，"
              "仅需今日内将首付款3,000元转入调解专员个人账户：6217 0012 3456 8890（户名：刘振），"
              "逾期视为放弃。")
    sc.footer("短信")
    return sc


@item("screenshot", False, "other", sender=None, size=(720, 1560), theme="dark", chat=True,
      contains=["风控中心", "24小时"],
      expect=["text.spaced", "lawsuit.threat", "visit.home", "pressure.deadline", "persona.authority"],
      forbid=["sms.impersonation", "image.edited", "family.children", "borrow.new_loan", "promise.fee_waiver",
              "blacklist.online_loan", "contact.virtual_number", "seal.issuer_mismatch"],
      notes="FORGED: chat (dark) from a 'risk-control centre specialist' with spaced sensitive words (起 诉, 上 门, "
            "法 院) and a 24-hour deadline.")
def t_f_spaced_chat(rng):
    sc = Screen(720, 1560, "dark", chat=True, fontname="zen", clock="22:41")
    sc.header("风控中心-王专员")
    sc.stamp_time("晚上10:15")
    sc.bubble("你的账单已经逾期，最后通知你一次，24小时内不处理，我们直接向 法 院 起 诉。", avatar=(60, 60, 160))
    sc.bubble("同时会安排同事 上 门 核实你的住址，到时候别说没提醒你。", avatar=(60, 60, 160))
    sc.bubble("我在上班，明天发工资就还", out=True)
    sc.footer("")
    return sc


@item("screenshot", False, "sms_message", sender="1068802466120", size=(720, 1560), theme="light",
      contains=["网贷黑名单", "今天18点前", "所有联系人"],
      expect=["blacklist.online_loan", "contact.third_party", "pressure.deadline"],
      forbid=["sms.impersonation", "image.edited", "family.children", "text.spaced", "borrow.new_loan",
              "asset.freeze", "promise.fee_waiver", "seal.issuer_mismatch", "contact.virtual_number"],
      notes="FORGED: gateway SMS (lender-style bracket name, no state body) threatening an 'online-loan blacklist', "
            "public exposure and messages to everyone in the address book unless paid by 18:00 today.")
def t_f_blacklist(rng):
    sc = Screen(720, 1560, "light", fontname="micro", clock="16:20")
    sc.header("1068802466120")
    sc.stamp_time("今天 下午4:05")
    sc.bubble("【速借宝】你已被上报网贷黑名单，今天18点前不结清，将对你全网曝光，并把你的欠款信息"
              "发送给你通讯录所有联系人，让你的亲友都知道你是什么人。")
    sc.footer("短信")
    return sc


@item("screenshot", False, "other", sender=None, size=(1080, 2340), theme="light", chat=True,
      contains=["其他平台借款", "推荐几个秒批"],
      expect=["borrow.new_loan", "pressure.deadline"],
      forbid=["sms.impersonation", "image.edited", "text.spaced", "family.children", "blacklist.online_loan",
              "asset.freeze", "visit.home", "seal.issuer_mismatch", "contact.virtual_number"],
      notes="FORGED: chat (light, 1080 wide) in which the collector pushes the debtor to borrow from other platforms "
            "(以贷养贷) to clear this instalment before 17:00 today.")
def t_f_newloan(rng):
    sc = Screen(1080, 2340, "light", chat=True, fontname="sans", clock="11:05")
    sc.header("小陈（还款顾问）")
    sc.stamp_time("上午10:48")
    sc.bubble("我现在真的没钱，能不能宽限几天", out=True)
    sc.bubble("没钱就去其他平台借款还我们，我给你推荐几个秒批的口子，先以贷养贷把这期平了。",
              avatar=(90, 160, 90))
    sc.bubble("今天下午5点前必须处理，不然就转到下一个部门了。", avatar=(90, 160, 90))
    sc.footer("")
    return sc


# ---- photos ----------------------------------------------------------------------------

@item("photo", True, "other", contains=["账单分期", "确认函"], q=84,
      notes="Photo of a bank's instalment-approval letter (账单分期确认函) with the bank's seal (star).")
def p_instal(rng):
    p = Page()
    b = font("serif", 31)
    p.line("江南银行", font("serifb", 34), color=(0, 70, 140))
    p.space(20)
    title(p, "信用卡账单分期确认函", "serifb", 46)
    p.line("尊敬的郑雨萱女士：", b)
    p.para("您于2024年5月28日申请的账单分期已办理成功，分期本金15,000.00元，分12期，每期应还"
           "本金1,250.00元，每期手续费97.50元，首期将计入2024年6月账单。", b)
    p.para("分期期间请按时归还每期最低还款额。提前结清的，按合同约定处理剩余手续费。", b)
    p.para("如有疑问，请致电95599。", b)
    p.space(60)
    p.line("江南银行股份有限公司信用卡中心", b, align="right")
    p.line("2024年5月29日", b, align="right")
    p.seal(700, p.y - 80, 106, "江南银行股份有限公司信用卡中心", "star", "company", "业务专用章", rng)
    return p, {}


@item("photo", True, "other", contains=["贷款结清证明", "全部结清，无欠款"], q=80, orientation=6,
      camera=("Xiaomi", "Redmi Note 12"),
      notes="Photo (EXIF Orientation 6) of a bank's loan settlement certificate with the branch's seal (star).")
def p_settle(rng):
    p = Page()
    b = font("ming", 32)
    p.space(30)
    title(p, "个人贷款结清证明", "serifb", 50, gap=50)
    p.para("借款人：邱文斌，身份证号：4403**********5512。", b, indent=False)
    p.para("该借款人在我行办理的个人消费贷款（借款合同号：PL2021070388），贷款金额人民币"
           "80,000元，已于2024年3月15日全部结清，无欠款。", b)
    p.para("特此证明。", b)
    p.space(100)
    p.line("上海浦江商业银行股份有限公司闵行支行", b, align="right")
    p.line("2024年3月18日", b, align="right")
    p.seal(690, p.y - 80, 110, "上海浦江商业银行股份有限公司闵行支行", "star", "company", None, rng)
    return p, {}


@item("photo", True, "court_summons", contains=["传", "（2024）川0107民初2345号"], q=86,
      notes="Photo of a genuine-format summons (传　　票, letter-spaced as printed forms are), valid case number, "
            "court seal with emblem.")
def p_summons(rng):
    p = Page()
    b = font("serif", 30)
    title(p, "四川省成都市武侯区人民法院", "serifb", 42, gap=20)
    title(p, "传　　票", "serifb", 54, gap=26)
    p.line("案号：（2024）川0107民初2345号", b)
    rows = [("案由", "金融借款合同纠纷"), ("被传唤人", "杨　帆"), ("传唤事由", "开庭审理"),
            ("应到时间", "2024年7月9日 9时30分"), ("应到处所", "本院第三审判庭")]
    y0 = p.y + 6
    for k, v in rows:
        p.d.rectangle([p.m, p.y - 6, p.w - p.m, p.y + 54], outline=(40, 40, 40), width=2)
        p.d.line([p.m + 210, p.y - 6, p.m + 210, p.y + 54], fill=(40, 40, 40), width=2)
        p.d.text((p.m + 14, p.y + 4), k, font=b, fill=(20, 20, 20))
        p.d.text((p.m + 230, p.y + 4), v, font=b, fill=(20, 20, 20))
        p.lines.append(f"{k} {v}")
        p.y += 60
    p.space(20)
    p.line("注意事项：", font("serifb", 30))
    p.para("一、被传唤人必须准时到达应到处所，携带身份证件。", b, indent=False)
    p.para("二、本票由被传唤人携带来院报到。", b, indent=False)
    p.para("三、被传唤人经传票传唤，无正当理由拒不到庭的，可以缺席判决。", b, indent=False)
    p.space(30)
    p.line("二〇二四年六月十日", b, align="right")
    p.seal(720, p.y - 70, 108, "四川省成都市武侯区人民法院", "emblem", "court", None, rng)
    _ = y0
    return p, {}


@item("photo", True, "court_summons", contains=["答辩状", "（2024）沪0115民初4567号"], q=78, orientation=8,
      camera=("HUAWEI", "ALN-AL00"),
      notes="Photo (EXIF Orientation 8) of a genuine-format notice to respond to a suit (应诉通知书), valid case "
            "number, court seal with emblem.")
def p_respond(rng):
    p = Page()
    b = font("serif", 30)
    court_head(p, "上海市浦东新区人民法院", "应诉通知书", "（2024）沪0115民初4567号")
    p.line("何丽娜：", b)
    p.para("上海浦江商业银行股份有限公司诉你金融借款合同纠纷一案，本院已立案。现送达起诉状副本"
           "一份，依照《中华人民共和国民事诉讼法》的规定，通知你如下事项：", b)
    p.para("一、你应在收到起诉状副本之日起十五日内提出答辩状，并按原告人数提出副本。", b)
    p.para("二、你可以委托一至二人作为诉讼代理人，并提交授权委托书。", b)
    p.para("三、你应在举证期限内向本院提交证据材料。", b)
    p.space(30)
    p.line("联系人：书记员钱程　电话：021-58812345", b)
    p.space(20)
    p.line("二〇二四年四月八日", b, align="right")
    p.seal(715, p.y - 70, 108, "上海市浦东新区人民法院", "emblem", "court", None, rng)
    return p, {}


@item("photo", True, "other", contains=["委托催收告知函", "不会要求"], q=82,
      notes="Photo of a consumer-finance company's notice that it has engaged a named collection agency; explains "
            "conduct rules and complaint hotline. Company seal (star).")
def p_agency(rng):
    p = Page()
    b = font("zen", 30)
    p.space(20)
    title(p, "委托催收告知函", "sansb", 48)
    p.line("周海涛 先生：", b)
    p.para("您在我司的借款（合同编号：AD2023120566）已逾期。根据合同第十二条约定，我司已委托"
           "杭州诚恒信息咨询有限公司协助与您沟通还款事宜，委托期限为2024年6月1日至8月31日。", b)
    p.para("受托机构工作人员将表明受托身份，不会要求您向个人账户转账，不会联系与借款无关的人员。"
           "如遇不当催收行为，可拨打我司投诉电话400-606-8877。", b)
    p.para("还款请通过我司官方App或下列对公账户：安达消费金融有限公司，开户行：中国工商银行杭州分行营业部。", b)
    p.space(60)
    p.line("安达消费金融有限公司", b, align="right")
    p.line("2024年6月1日", b, align="right")
    p.seal(705, p.y - 80, 106, "安达消费金融有限公司", "star", "company", None, rng)
    return p, {}


@item("photo", True, "lawyer_letter", contains=["明理律函", "上海明理律师事务所"], q=86,
      notes="Photo of a calm lawyer's letter: debt stated, 20-day window to negotiate, objection route; law-firm seal "
            "(star) over the signature/date.")
def p_lawyer(rng):
    p = Page()
    b = font("serif", 30)
    p.line("上海明理律师事务所", font("serifb", 34), align="center")
    p.rule(color=(30, 30, 30), width=2)
    title(p, "律　师　函", "serifb", 48)
    p.line("明理律函〔2024〕第118号", font("serif", 26), align="right")
    p.line("致：戴雪松 女士", b)
    p.para("本所受上海优信小额贷款有限公司委托，就您与委托人之间的借款合同（合同编号："
           "YX230905118）逾期事宜函告如下：", b)
    p.para("截至2024年5月31日，您尚欠借款本金6,540元及按合同约定计算的逾期利息。请您于收到本函"
           "之日起二十日内与委托人联系协商还款。如有异议，请书面反馈并提供依据。", b)
    p.para("本函仅为催告，不影响您依法享有的各项权利。", b)
    p.space(40)
    p.line("上海明理律师事务所", b, align="right")
    p.line("律师：宋　凯", b, align="right")
    p.line("2024年6月3日", b, align="right")
    p.seal(705, p.y - 110, 104, "上海明理律师事务所", "star", "law_firm", None, rng)
    return p, {}


@item("photo", True, "other", contains=["分期还款协议", "协商一致"], q=76, orientation=6,
      camera=("OPPO", "PGT-AL10"),
      notes="Photo (EXIF Orientation 6) of a negotiated repayment-plan agreement's signature page; company contract "
            "seal (star) and borrower's signature.")
def p_plan(rng):
    p = Page()
    b = font("kai", 33)
    title(p, "分期还款协议", "serifb", 48)
    p.para("甲方：嘉兴市禾信小额贷款有限公司", b, indent=False)
    p.para("乙方：陆明", b, indent=False)
    p.para("经甲乙双方协商一致，乙方尚欠借款本金12,000元，自2024年7月起分12期归还，每期1,000元，"
           "每月20日前通过甲方对公账户还款。甲方同意减免该笔借款已产生的逾期利息。", b)
    p.para("乙方按期履行的，甲方不再另行收取费用；本协议一式两份，双方签字盖章后生效。", b)
    p.space(40)
    p.line("甲方（盖章）：嘉兴市禾信小额贷款有限公司", b)
    y_a = p.y
    p.space(70)
    p.line("乙方（签字）：", b)
    p.signature(330, p.y - 92, "陆明", rng, size=64)
    p.line("日期：2024年6月21日", b)
    p.seal(600, y_a - 90, 104, "嘉兴市禾信小额贷款有限公司", "star", "company", "合同专用章", rng)
    return p, {}


@item("photo", True, "other", contains=["反诈提示", "12368"], q=84,
      notes="Photo of a bank branch's anti-fraud leaflet listing fake-collection tactics (冒充法院短信, 减免罚息转个人账户, "
            "网贷黑名单) to warn customers. No seal.")
def p_leaflet(rng):
    p = Page()
    p.d.rectangle([0, 0, p.w, 200], fill=(200, 30, 40))
    p.d.text((p.w / 2, 100), "反诈提示", font=font("sansb", 72), fill=(255, 255, 255), anchor="mm")
    p.lines.append("反诈提示")
    p.y = 250
    b = font("sans", 31)
    p.line("以下说法，都是假“催收”的套路：", font("sansb", 33))
    for s in ["● 号称“法院”的短信从106号码发出；",
              "● “调解专员”让你把钱转到个人账户就能减免罚息；",
              "● “你已上了网贷黑名单”；",
              "● 让你到其他平台借钱来还。"]:
        p.para(s, b, indent=False)
    p.space(20)
    p.line("请记住：", font("sansb", 33))
    p.para("法院短信来自12368；还款只走官方App或对公账户；不确定时，先挂断，再拨打银行客服核实。", b, indent=False)
    p.y = p.h - 130
    p.line("江南银行苏州分行　消费者权益保护宣传", font("sans", 26), align="center", color=(90, 90, 90))
    return p, {}


@item("photo", False, "restriction_order", contains=["失信", "逾期案件处理中心", "政审"], q=80, orientation=8,
      camera=("vivo", "V2241A"),
      expect=["seal.missing", "blacklist.dishonest", "family.children", "persona.authority",
              "doc.case_number_invalid"],
      forbid=["sms.impersonation", "image.edited", "seal.issuer_mismatch", "contact.virtual_number", "text.spaced",
              "borrow.new_loan", "promise.fee_waiver"],
      notes="FORGED photo (EXIF Orientation 8): 'dishonest-debtor listing notice' from an '逾期案件处理中心', no seal, "
            "old-style case number (（2024）第0318号), claims listing, travel bans and children's schooling/vetting.")
def p_f_blacklist(rng):
    p = Page()
    b = font("sans", 31)
    p.space(20)
    title(p, "失信被执行人名单告知书", "sansb", 48)
    p.line("（2024）第0318号", b, align="right")
    p.line("当事人：邓凯", b)
    p.para("经逾期案件处理中心审核，你的借款逾期已超过30天，现已将你列入失信被执行人名单，"
           "你将被限制乘坐飞机、高铁，限制高消费。", b)
    p.para("同时，你的失信记录将影响子女上学及政审，请立即还款以申请移出名单。", b)
    p.space(80)
    p.line("逾期案件处理中心", b, align="right")
    p.line("2024年6月15日", b, align="right")
    return p, {}


@item("photo", False, "lawyer_letter", contains=["律师函", "经侦", "冻结"], q=86,
      expect=["seal.issuer_mismatch", "lawsuit.threat", "asset.freeze"],
      forbid=["sms.impersonation", "image.edited", "seal.missing", "text.spaced", "contact.virtual_number",
              "borrow.new_loan", "family.children", "blacklist.online_loan", "promise.fee_waiver"],
      notes="FORGED photo: 'lawyer's letter' stamped with a network-technology company's star seal (ring names a "
            "company), threatening a fraud (骗贷) report to the economic-crime police and freezing all bank cards.")
def p_f_lawyer(rng):
    p = Page()
    b = font("serif", 31)
    p.space(30)
    title(p, "律师函", "serifb", 56, gap=40)
    p.line("致：袁立", b)
    p.para("你在我方平台借款逾期至今未还，已涉嫌恶意骗贷。我方已将相关材料整理，拟移交公安机关"
           "经侦部门处理。", b)
    p.para("同时我方将申请冻结你名下所有银行卡及支付账户，由此产生的一切后果由你本人承担。", b)
    p.space(80)
    p.line("深圳速融网络科技有限公司", b, align="right")
    p.line("2024年6月20日", b, align="right")
    p.seal(705, p.y - 80, 106, "深圳速融网络科技有限公司", "star", "company", None, rng)
    return p, {}


# --------------------------------------------------------------------------- driver

SCAN_ANGLES = [0.4, -0.7, 1.1, -0.35, 0.8, -1.3, 0.55, -0.9, 1.45, -0.5, 0.65, -1.05, 0.3, -1.2, 0.95, -0.6]


def main():
    for old in OUT.glob("dl3_*"):
        old.unlink()
    order = [i for i in ITEMS]
    n_l = n_f = 0
    counts = {}
    for idx, it in enumerate(order, 1):
        rng = np.random.default_rng(3000 + idx)
        if it["lawful"]:
            n_l += 1
            tag = f"l{n_l:02d}"
        else:
            n_f += 1
            tag = f"f{n_f:02d}"
        base = f"dl3_{idx:02d}_{tag}"
        kind = it["kind"]
        if kind == "screenshot":
            sc = it["fn"](rng)
            fname = base + ".png"
            sc.img.save(OUT / fname, "PNG", optimize=True)
            lines, boxes, circles, size = sc.lines, [], [], [sc.W, sc.H]
        else:
            page, opts = it["fn"](rng)
            lines, circles = page.lines, page.circles
            fname = base + ".jpg"
            if kind == "scan":
                k = sum(1 for x in order[:idx - 1] if x["kind"] == "scan")
                img, boxes = scan(page, rng, SCAN_ANGLES[k], opts.get("tint", (245, 244, 240)),
                                  opts.get("hole", False), opts.get("fold", False))
                to_jpeg(img, OUT / fname, 80)
            else:
                img, boxes = photo(page, rng)
                to_jpeg(img, OUT / fname, it.get("q", 84), it.get("orientation"),
                        it.get("camera", ("Apple", "iPhone 12")))
            size = list(img.size)
        for s in it["contains"]:
            if not any(s in ln for ln in lines):
                sys.exit(f"{base}: text_contains {s!r} not on any drawn line: {lines}")
        side = {
            "doc_type": it["doc_type"],
            "kind": kind,
            "expect": [] if it["lawful"] else it["expect"],
            "forbid": ["all"] if it["lawful"] else it["forbid"],
            "seals": boxes,
            "seal_texts": [c["text"] for c in circles],
            "seal_centers": [c["center"] for c in circles],
            "seal_kinds": [c["kind"] for c in circles],
            "sender": it.get("sender"),
            "text_contains": it["contains"],
            "lawful": it["lawful"],
            "notes": ("" if it["lawful"] else "") + it["notes"],
            "image": fname,
            "size": size,
            "source_text": lines,
        }
        if not it["lawful"]:
            assert not set(side["expect"]) & set(side["forbid"]), base
        (OUT / (base + ".json")).write_text(json.dumps(side, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        counts[(kind, it["lawful"])] = counts.get((kind, it["lawful"]), 0) + 1
        print(base, kind, "lawful" if it["lawful"] else "FORGED", size, (OUT / fname).stat().st_size // 1024, "KB")
    print(counts)


if __name__ == "__main__":
    main()
