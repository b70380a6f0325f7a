#!/usr/bin/env python3
"""Deterministic generator of the development set bench/dev_lawful/.

36 images: 26 lawful papers / screenshots (the inspector must stay silent on them)
and 10 forged ones mixed in.  Everything is rendered here with Pillow + OpenCV:
pages, seals (ring text, star / emblem-like / no centre), scan and phone-photo
effects, SMS screenshots.  Each image gets a sidecar JSON with its labels.

Run:  python3 bench/dev_lawful/make_dev_lawful.py   (rewrites the folder's images)
"""
from __future__ import annotations

import json
import math
import random
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent
PW, PH = 1000, 1400          # paper size (upright)
SW, SH = 720, 1560           # phone screenshot size

FONTS = {
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sansb": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serifb": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "zen": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "micro": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
}


@lru_cache(maxsize=None)
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    path, idx = FONTS[name]
    return ImageFont.truetype(path, size, index=idx)


# ----------------------------------------------------------------------------- page


class Page:
    def __init__(self, w=PW, h=PH, bg=(255, 255, 255)):
        self.img = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.w, self.h = w, h
        self.lines: list[str] = []
        self.seals: list[dict] = []   # {mask, text, center, kind}
        self.y = 80

    def text(self, s, x, y, f, fill=(20, 20, 20), anchor="la", record=True):
        self.d.text((x, y), s, font=f, fill=fill, anchor=anchor)
        if record and s.strip():
            self.lines.append(s)

    def center(self, s, f, fill=(20, 20, 20), dy=None, y=None):
        y = self.y if y is None else y
        self.text(s, self.w // 2, y, f, fill, anchor="ma")
        bb = self.d.textbbox((self.w // 2, y), s, font=f, anchor="ma")
        self.y = bb[3] + (dy if dy is not None else 18)

    def right(self, s, f, x1=890, fill=(20, 20, 20), dy=14):
        self.text(s, x1, self.y, f, fill, anchor="ra")
        self.y += f.size + dy

    def para(self, s, f, x0=110, x1=890, indent=True, lh=None, fill=(20, 20, 20), after=8):
        lh = lh or int(f.size * 1.75)
        width = x1 - x0
        lines, cur = [], ("\u3000\u3000" if indent else "")
        for ch in s:
            if f.getlength(cur + ch) > width and cur.strip():
                if ch in "，。、；：）」”！？%":
                    cur += ch
                    continue
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        for ln in lines:
            self.text(ln, x0, self.y, f, fill)
            self.y += lh
        self.y += after
        return lines

    def rule(self, x0=110, x1=890, fill=(20, 20, 20), width=2, dy=16):
        self.d.line([(x0, self.y), (x1, self.y)], fill=fill, width=width)
        self.y += dy


# ----------------------------------------------------------------------------- seals


def _star(draw, cx, cy, r, fill):
    pts = []
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.382
        a = -math.pi / 2 + i * math.pi / 5
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    draw.polygon(pts, fill=fill)


def _emblem(draw, cx, cy, e, fill):
    """A simplified national-emblem-like figure: wheat ring, five stars, gate, gear."""
    # wheat ears: ellipses along both sides of a circle
    for side in (-1, 1):
        for k in range(9):
            a = math.radians(100 + k * 17)
            x = cx + side * e * 0.92 * math.sin(a)
            y = cy - e * 0.92 * math.cos(a)
            draw.ellipse([x - e * 0.09, y - e * 0.05, x + e * 0.09, y + e * 0.05], fill=fill)
    draw.arc([cx - e, cy - e, cx + e, cy + e], 100, 80 + 360 - 20, fill=fill, width=max(1, int(e * 0.05)))
    _star(draw, cx, cy - e * 0.42, e * 0.2, fill)
    for k, a in enumerate((-60, -25, 25, 60)):
        ar = math.radians(a)
        _star(draw, cx + e * 0.42 * math.sin(ar), cy - e * 0.42 + e * 0.3 * -math.cos(ar) + e * 0.3,
              e * 0.075, fill)
    # gate
    draw.polygon([(cx - e * 0.55, cy + e * 0.12), (cx + e * 0.55, cy + e * 0.12),
                  (cx + e * 0.42, cy - e * 0.02), (cx - e * 0.42, cy - e * 0.02)], fill=fill)
    draw.rectangle([cx - e * 0.5, cy + e * 0.12, cx + e * 0.5, cy + e * 0.42], fill=fill)
    for k in range(-2, 3):
        x = cx + k * e * 0.18
        draw.rectangle([x - e * 0.045, cy + e * 0.24, x + e * 0.045, cy + e * 0.42], fill=0)
    # gear
    draw.ellipse([cx - e * 0.16, cy + e * 0.5, cx + e * 0.16, cy + e * 0.82], fill=fill)
    draw.ellipse([cx - e * 0.06, cy + e * 0.6, cx + e * 0.06, cy + e * 0.72], fill=0)


def seal_layer(r, ring, centre, bottom, fontname, rng, oval=False):
    """Alpha layer (L) of a round seal of radius r; returns PIL L image."""
    S = int(2 * r + 10)
    sup = 2
    L = Image.new("L", (S * sup, S * sup), 0)
    d = ImageDraw.Draw(L)
    c = S * sup / 2
    R = r * sup
    bw = max(3, int(R * 0.065))
    ry = R * (0.72 if oval else 1.0)
    d.ellipse([c - R, c - ry, c + R, c + ry], outline=255, width=bw)
    # ring text
    n = len(ring)
    fsz = int(min(R * 0.3, (math.radians(250) * R * 0.74) / max(n, 1) * 0.98))
    f = font(fontname, fsz)
    span = min(math.radians(250), n * fsz * 1.04 / (R * 0.74))
    rad = R - bw - fsz * 0.62
    for i, ch in enumerate(ring):
        th = -span / 2 + span * (i + 0.5) / n
        ci = Image.new("L", (int(fsz * 1.5), int(fsz * 1.5)), 0)
        ImageDraw.Draw(ci).text((fsz * 0.75, fsz * 0.75), ch, font=f, fill=255, anchor="mm")
        ci = ci.rotate(-math.degrees(th), resample=Image.BICUBIC)
        x = c + rad * math.sin(th)
        y = c - rad * math.cos(th) * (ry / R)
        L.paste(255, (int(x - ci.width / 2), int(y - ci.height / 2)), ci)
    if centre == "star":
        _star(d, c, c - (R * 0.05 if bottom else 0), R * 0.3, 255)
    elif centre == "emblem":
        _emblem(d, c, c - R * 0.02, R * 0.4, 255)
    if bottom:
        bf = font(fontname, int(R * 0.17))
        d.text((c, c + R * 0.5), bottom, font=bf, fill=255, anchor="mm")
    return L.resize((S, S), Image.LANCZOS)


def add_seal(page: Page, cx, cy, r, ring, centre, kind, rng, bottom=None, fontname="serifb",
             faint=1.0, rot=None, color=None, oval=False):
    L = seal_layer(r, ring, centre, bottom, fontname, rng, oval=oval)
    rot = rng.uniform(-12, 12) if rot is None else rot
    L = L.rotate(rot, resample=Image.BICUBIC, expand=True)
    geo = np.asarray(L).astype(np.float32) / 255.0
    h, w = geo.shape
    # ink texture: blotchy low-frequency variation
    low = rng_np(rng).random((6, 6)).astype(np.float32)
    low = cv2.resize(low, (w, h), interpolation=cv2.INTER_CUBIC)
    hi = rng_np(rng).random((h, w)).astype(np.float32)
    tex = np.clip(0.62 + 0.45 * low + 0.18 * hi, 0.25, 1.0)
    a = geo * tex * faint
    x0 = min(max(int(cx - w / 2), 2), page.w - w - 2)
    y0 = min(max(int(cy - h / 2), 2), page.h - h - 2)
    color = color or (rng.randint(190, 225), rng.randint(20, 50), rng.randint(30, 55))
    arr = np.asarray(page.img).astype(np.float32)
    sub = arr[y0:y0 + h, x0:x0 + w]
    tint = 1 - a[..., None] * (1 - np.array(color, np.float32) / 255.0)
    arr[y0:y0 + h, x0:x0 + w] = sub * tint
    page.img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    page.d = ImageDraw.Draw(page.img)
    mask = np.zeros((page.h, page.w), np.uint8)
    mask[y0:y0 + h, x0:x0 + w] = (geo > 0.35).astype(np.uint8) * 255
    page.seals.append({"mask": mask, "text": ring + (bottom or ""), "ring": ring, "bottom": bottom,
                       "center": centre, "kind": kind})


def rng_np(rng: random.Random):
    return np.random.default_rng(rng.randrange(1 << 30))


# ----------------------------------------------------------------------------- capture effects


def mask_box(mask):
    ys, xs = np.nonzero(mask > 100)
    if len(xs) == 0:
        return None
    return [int(xs.min()), int(ys.min()), int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1)]


def fx_scan(page: Page, rng):
    arr = np.asarray(page.img).astype(np.float32)
    h, w = arr.shape[:2]
    ang = rng.uniform(-0.9, 0.9)
    sc = rng.uniform(0.97, 1.0)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, sc)
    M[0, 2] += rng.uniform(-8, 8)
    M[1, 2] += rng.uniform(-8, 8)
    out = cv2.warpAffine(arr, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=(250, 250, 250))
    tint = np.array([rng.uniform(0.96, 1.0), rng.uniform(0.96, 1.0), rng.uniform(0.93, 0.98)], np.float32)
    out = out * tint
    g = rng_np(rng)
    out += g.normal(0, 1.2, out.shape[:2])[..., None]
    out = cv2.GaussianBlur(out, (0, 0), 0.7)
    # faint scanner edge shadow on one side
    if rng.random() < 0.6:
        ramp = np.ones(w, np.float32)
        k = rng.randint(10, 30)
        ramp[:k] = np.linspace(0.82, 1, k)
        out *= ramp[None, :, None]
    boxes = [mask_box(cv2.warpAffine(s["mask"], M, (w, h))) for s in page.seals]
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), boxes


def fx_photo(page: Page, rng, cast=None, shadow=True, out_size=(PW, PH)):
    arr = np.asarray(page.img).astype(np.float32)
    h, w = arr.shape[:2]
    W, H = out_size
    g = rng_np(rng)
    # background: desk / table texture
    base = np.array(rng.choice([(120, 90, 60), (95, 100, 110), (160, 150, 135), (60, 62, 70), (140, 110, 80)]),
                    np.float32)
    bg = np.ones((H, W, 3), np.float32) * base
    streak = cv2.resize(g.random((8, 1)).astype(np.float32), (W, H), interpolation=cv2.INTER_CUBIC)
    bg *= (0.85 + 0.3 * streak)[..., None]
    bg += g.normal(0, 3, (H, W, 1))
    m = rng.uniform(0.04, 0.09)
    j = lambda: rng.uniform(-0.035, 0.035)
    dst = np.float32([[W * (m + j()), H * (m * 0.7 + j())], [W * (1 - m + j()), H * (m * 0.7 + j())],
                      [W * (1 - m * 0.6 + j()), H * (1 - m * 0.6 + j())], [W * (m * 0.6 + j()), H * (1 - m * 0.6 + j())]])
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(arr, M, (W, H), flags=cv2.INTER_LINEAR)
    pm = cv2.warpPerspective(np.ones((h, w), np.float32), M, (W, H))
    out = warped * pm[..., None] + bg * (1 - pm[..., None])
    # lighting gradient
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    a = rng.uniform(0, 2 * math.pi)
    grad = (np.cos(a) * xx / W + np.sin(a) * yy / H)
    grad = (grad - grad.min()) / (grad.max() - grad.min() + 1e-6)
    light = rng.uniform(0.72, 0.85) + rng.uniform(0.18, 0.28) * grad
    out *= light[..., None]
    if shadow:
        sh = np.zeros((H, W), np.float32)
        cx0 = rng.uniform(0.1, 0.9) * W
        pts = np.int32([[cx0, -10], [cx0 + rng.uniform(150, 400), -10],
                        [cx0 + rng.uniform(-100, 500), H * rng.uniform(0.3, 0.7)], [cx0 - rng.uniform(50, 300), H * rng.uniform(0.2, 0.6)]])
        cv2.fillPoly(sh, [pts], 1.0)
        sh = cv2.GaussianBlur(sh, (0, 0), rng.uniform(15, 35))
        out *= (1 - rng.uniform(0.25, 0.4) * sh)[..., None]
    cast = cast or rng.choice([(1.0, 0.96, 0.86), (0.92, 0.97, 1.0), (1.0, 1.0, 0.95), (1.0, 0.93, 0.9)])
    out *= np.array(cast, np.float32)
    out += g.normal(0, 1.8, (H, W, 1))
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.75, 1.0))
    boxes = [mask_box(cv2.warpPerspective(s["mask"], M, (W, H))) for s in page.seals]
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), boxes


# ----------------------------------------------------------------------------- SMS screenshots


def sms_screen(sender, msgs, dark=False, clock="10:24", title=None):
    """msgs: list of (timestamp_or_None, text).  Returns (img, lines)."""
    bg = (0, 0, 0) if dark else (255, 255, 255)
    fg = (236, 236, 236) if dark else (17, 17, 17)
    sub = (150, 150, 155) if dark else (125, 125, 130)
    bub = (44, 44, 46) if dark else (233, 233, 235)
    img = Image.new("RGB", (SW, SH), bg)
    d = ImageDraw.Draw(img)
    lines = []
    fs = font("sans", 24)
    d.text((36, 18), clock, font=fs, fill=fg)
    # battery / signal icons
    d.rectangle([620, 24, 668, 44], outline=fg, width=2)
    d.rectangle([624, 28, 655, 40], fill=fg)
    d.rectangle([669, 30, 673, 38], fill=fg)
    for k in range(4):
        d.rectangle([560 + k * 11, 44 - 6 - k * 5, 566 + k * 11, 44], fill=fg)
    # header
    d.line([(40, 110), (58, 92)], fill=fg, width=4)
    d.line([(40, 110), (58, 128)], fill=fg, width=4)
    d.text((SW // 2, 80), title or sender, font=font("sansb", 34), fill=fg, anchor="ma")
    lines.append(title or sender)
    if title:
        d.text((SW // 2, 128), sender, font=font("sans", 22), fill=sub, anchor="ma")
        lines.append(sender)
    d.line([(0, 170), (SW, 170)], fill=(40, 40, 42) if dark else (225, 225, 228), width=1)
    y = 200
    fm = font("sans", 29)
    for ts, text in msgs:
        if ts:
            d.text((SW // 2, y), ts, font=font("sans", 21), fill=sub, anchor="ma")
            lines.append(ts)
            y += 46
        # wrap
        maxw = 500
        wl, cur = [], ""
        for ch in text:
            if ch == "\n":
                wl.append(cur)
                cur = ""
                continue
            if fm.getlength(cur + ch) > maxw and cur:
                if ch in "，。、；：）」”！？":
                    cur += ch
                    continue
                wl.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            wl.append(cur)
        lh = 44
        bw = max(fm.getlength(s) for s in wl) + 48
        bh = len(wl) * lh + 34
        d.rounded_rectangle([32, y, 32 + bw, y + bh], radius=26, fill=bub)
        for k, s in enumerate(wl):
            d.text((56, y + 17 + k * lh), s, font=fm, fill=fg)
            lines.append(s)
        y += bh + 36
    # input bar
    d.rectangle([0, SH - 120, SW, SH], fill=(18, 18, 20) if dark else (246, 246, 248))
    d.rounded_rectangle([90, SH - 98, 620, SH - 34], radius=30, fill=(44, 44, 46) if dark else (255, 255, 255),
                        outline=None if dark else (215, 215, 220))
    d.text((120, SH - 82), "短信", font=font("sans", 26), fill=sub)
    d.ellipse([640, SH - 92, 692, SH - 40], fill=(52, 120, 246))
    d.ellipse([26, SH - 86, 66, SH - 46], outline=sub, width=3)
    return img, lines


# ----------------------------------------------------------------------------- document builders

CN_DIGITS = "〇一二三四五六七八九"


def cn_date(y, m, d):
    def num(n):
        if n < 10:
            return CN_DIGITS[n]
        if n < 20:
            return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return "".join(CN_DIGITS[int(c)] for c in str(y)) + "年" + num(m) + "月" + num(d) + "日"


def court_paper(rng, court, title, case_no, addressee, body, date, seal="court", seal_ring=None,
                bodyfont="serif", spaced_title=False, kv=None, notes_list=None, faint=1.0,
                sealfont="serifb", seal_r=None, no_case=False, ring_kind=None):
    p = Page()
    p.y = 95
    p.center(court, font("serifb", 42), dy=14)
    t = ("\u3000\u3000".join(title) if spaced_title else title)
    p.center(t, font("serifb", 54), dy=26)
    fb = font(bodyfont, 26)
    if not no_case:
        p.right(case_no, fb, dy=20)
    if kv:
        # table layout (传票 style)
        x0, x1, xm = 110, 890, 300
        top = p.y
        p.d.line([(x0, top), (x1, top)], fill=(20, 20, 20), width=2)
        for k, v in kv:
            y0 = p.y
            p.text(k, x0 + 14, y0 + 16, fb)
            p.y = y0 + 16
            ls = p.para(v, fb, x0=xm + 14, x1=x1 - 10, indent=False, lh=40, after=0)
            p.y = max(p.y, y0 + 56) + 6
            p.d.line([(x0, p.y), (x1, p.y)], fill=(20, 20, 20), width=1)
        p.d.line([(x0, top), (x0, p.y)], fill=(20, 20, 20), width=2)
        p.d.line([(x1, top), (x1, p.y)], fill=(20, 20, 20), width=2)
        p.d.line([(xm, top), (xm, p.y)], fill=(20, 20, 20), width=1)
        p.y += 24
    if addressee:
        p.para(addressee, fb, indent=False)
    for para in body:
        p.para(para, fb)
    if notes_list:
        p.para("注意事项：", font(bodyfont, 23), indent=False, after=2)
        for n in notes_list:
            p.para(n, font(bodyfont, 23), lh=38, after=2)
    p.y = max(p.y + 40, 1060) if p.y < 1060 else p.y + 40
    dy = min(p.y, 1250)
    p.y = dy
    p.right(date, fb, x1=860)
    if seal:
        r = seal_r or rng.randint(100, 110)
        ring = seal_ring or court
        centre = {"court": "emblem", "star": "star", "none": "none"}[seal]
        add_seal(p, 860 - 150 + rng.randint(-20, 20), dy + 8 + rng.randint(-15, 15), r, ring, centre,
                 ring_kind or ("court" if seal != "company" else "company"), rng, fontname=sealfont, faint=faint)
    return p


def letter_paper(rng, head, head_sub, title, number, addressee, body, sign, date, seal=None,
                 bodyfont="serif", headcolor=(20, 20, 20), rule_color=(20, 20, 20)):
    """seal: dict(ring, centre, kind, bottom, font, faint)"""
    p = Page()
    p.y = 80
    p.center(head, font("serifb", 40), fill=headcolor, dy=6)
    if head_sub:
        p.center(head_sub, font("sans", 20), fill=(90, 90, 90), dy=10)
    p.rule(fill=rule_color, width=3, dy=30)
    p.center(title, font("serifb", 46), dy=14)
    fb = font(bodyfont, 25)
    if number:
        p.right(number, font(bodyfont, 22), dy=20)
    if addressee:
        p.para(addressee, fb, indent=False)
    for para in body:
        p.para(para, fb)
    p.y += 30
    for s in sign:
        p.right(s, fb, x1=860, dy=16)
    dy = p.y
    p.right(date, fb, x1=860)
    if seal:
        add_seal(p, 720 + rng.randint(-20, 20), dy - 10 + rng.randint(-10, 10), seal.get("r", rng.randint(92, 102)),
                 seal["ring"], seal["centre"], seal["kind"], rng, bottom=seal.get("bottom"),
                 fontname=seal.get("font", "serifb"), faint=seal.get("faint", 1.0))
    return p


# ----------------------------------------------------------------------------- the set

ITEMS = []


def item(fn):
    ITEMS.append(fn)
    return fn


LAW = dict(lawful=True, expect=[], forbid=["all"])

CHAOYANG = "北京市朝阳区人民法院"
PUDONG = "上海市浦东新区人民法院"
FUTIAN = "深圳市福田区人民法院"
XIHU = "杭州市西湖区人民法院"
GZZY = "广东省广州市中级人民法院"
WUHOU = "成都市武侯区人民法院"

SUMMONS_NOTES = [
    "一、被传唤人必须准时到达应到处所。",
    "二、本传票由被传唤人携带来院报到。",
    "三、被传唤人收到传票后，应在送达回证上签名或者盖章。",
    "四、被告经传票传唤，无正当理由拒不到庭的，本院可以缺席判决。",
]


@item
def d01(rng):
    p = court_paper(rng, CHAOYANG, "传票", "（2024）京0105民初18237号", None, [],
                    cn_date(2024, 5, 20), spaced_title=True, bodyfont="serif",
                    kv=[("案　　由", "金融借款合同纠纷"), ("被传唤人", "李明"),
                        ("工作单位或住址", "北京市朝阳区望京街道某小区3号楼2单元501室"),
                        ("传唤事由", "开庭审理"), ("应到时间", "2024年6月18日上午9时30分"),
                        ("应到处所", "本院第十二法庭（北京市朝阳区）")],
                    notes_list=SUMMONS_NOTES)
    p.y = 1330
    p.text("审判员：周立新　　书记员：刘畅　　联系电话：010-8583XXXX", 110, 1320, font("serif", 20))
    return dict(p=p, kind="scan", doc_type="court_summons", **LAW,
                text_contains=["（2024）京0105民初18237号", "传唤事由", "开庭审理"],
                notes="Genuine 传票 of a basic court in a civil first-instance case; title printed letter-spaced "
                      "(传　　票) as real court forms are; court seal with emblem on the date.")


@item
def d02(rng):
    body = ["本院已受理原告京华银行股份有限公司上海分行诉你金融借款合同纠纷一案，现随本通知书向你送达起诉状副本及证据材料各一份。"
            "依照《中华人民共和国民事诉讼法》第一百二十八条的规定，你应当在收到起诉状副本之日起十五日内向本院提交答辩状（正本一份，并按对方当事人人数提出副本）。你不提交答辩状的，不影响本院审理。",
            "你可以委托一至二人作为诉讼代理人。委托他人代为诉讼的，须向本院递交由委托人签名或者盖章的授权委托书，授权委托书须记明委托事项和权限。",
            "本案适用普通程序审理。如你对管辖权有异议，应当在提交答辩状期间提出。",
            "联系人：王书记员　联系电话：021-5879XXXX"]
    p = court_paper(rng, PUDONG, "应诉通知书", "（2024）沪0115民初45120号", "王芳：", body,
                    cn_date(2024, 4, 9), bodyfont="ming", sealfont="ming")
    return dict(p=p, kind="scan", doc_type="court_summons", **LAW,
                text_contains=["应诉通知书", "（2024）沪0115民初45120号", "十五日内"],
                notes="Genuine 应诉通知书: 15-day answer period (民诉法 art. 128); '本院已受理' is a real court's own words, "
                      "not a collector's '已立案' threat.")


@item
def d03(rng):
    body = ["本院受理原告京华银行股份有限公司上海分行诉你金融借款合同纠纷一案，依照《中华人民共和国民事诉讼法》第六十七条、第六十八条和《最高人民法院关于民事诉讼证据的若干规定》的规定，现将有关举证事项通知如下：",
            "一、当事人对自己提出的主张，有责任提供证据。当事人应当对其提交的证据材料逐一分类编号，注明来源和证明对象。",
            "二、本案举证期限为自你收到本通知书之次日起十五日内。当事人在该期限内提交证据确有困难的，可以在期限届满前向本院申请延长。",
            "三、逾期提供证据的，本院将责令说明理由；拒不说明理由或者理由不成立的，本院根据不同情形可以不予采纳该证据，或者采纳该证据但予以训诫、罚款。",
            "四、当事人因客观原因不能自行收集的证据，可以在举证期限届满前书面申请本院调查收集。"]
    p = court_paper(rng, PUDONG, "举证通知书", "（2024）沪0115民初45120号", "王芳：", body,
                    cn_date(2024, 4, 9), bodyfont="ming", sealfont="zen", faint=0.7)
    return dict(p=p, kind="scan", doc_type="other", **LAW,
                text_contains=["举证通知书", "举证期限", "（2024）沪0115民初45120号"],
                notes="Genuine 举证通知书 served with the 应诉通知书 (same case); 15-day evidence period; seal printed "
                      "somewhat faint. doc_type 'other' (not listed in api.md).")


@item
def d04(rng):
    body = ["你与京华银行股份有限公司深圳分行金融借款合同纠纷一案，本院作出的（2023）粤0304民初22817号民事判决书已经发生法律效力。"
            "申请执行人京华银行股份有限公司深圳分行于2024年3月1日向本院申请强制执行，本院依法立案执行。",
            "依照《中华人民共和国民事诉讼法》第二百五十一条、第二百六十条的规定，责令你自收到本通知书之日起履行下列义务：",
            "一、向申请执行人支付借款本金人民币86,420.13元及判决确定的利息；二、负担案件受理费及执行费。",
            "同时，你应当如实向本院报告当前以及收到本通知之日前一年的财产情况。逾期不履行的，本院将依法强制执行；"
            "被执行人拒不履行生效法律文书确定的义务的，本院可依法采取限制消费、纳入失信被执行人名单等措施。",
            "执行法官：陈思远　联系电话：0755-8307XXXX"]
    p = court_paper(rng, FUTIAN, "执行通知书", "（2024）粤0304执5678号", "赵强：", body,
                    cn_date(2024, 3, 6), bodyfont="serif", sealfont="kai")
    return dict(p=p, kind="scan", doc_type="other", **LAW,
                text_contains=["执行通知书", "（2024）粤0304执5678号", "（2023）粤0304民初22817号"],
                notes="Genuine 执行通知书 after an effective judgment; mentions the court's own power to restrict consumption / "
                      "list as dishonest, which is lawful here (court, case number, judgment).")


RESTRICT_ITEMS = ("（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；"
                  "（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需车辆；"
                  "（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；"
                  "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。")


@item
def d05(rng):
    body = ["本院于2024年1月15日立案执行申请执行人京华银行股份有限公司北京分行申请执行你金融借款合同纠纷一案。"
            "因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，本院依照《中华人民共和国民事诉讼法》第二百六十六条，"
            "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你采取限制消费措施，限制你不得实施以下高消费及非生活和工作必需的消费行为：",
            RESTRICT_ITEMS,
            "如你违反上述限制消费令，经查证属实的，本院将依法予以处罚。如因经营、就医等确需进行前款禁止的消费，可以向本院提出申请。"]
    p = court_paper(rng, CHAOYANG, "限制消费令", "（2024）京0105执1234号", "被限制消费人：孙建国，男，1985年7月2日出生。", body,
                    cn_date(2024, 2, 28), bodyfont="serif", sealfont="serifb")
    return dict(p=p, kind="scan", doc_type="restriction_order", **LAW,
                text_contains=["限制消费令", "（2024）京0105执1234号", "限制消费措施"],
                notes="Genuine 限制消费令 in an enforcement case with a correct 执 number and emblem court seal. Lists the "
                      "statutory items (incl. 子女就读高收费私立学校, G字头动车) — lawful text, not a collector's threat.")


@item
def d06(rng):
    body = ["受京华银行股份有限公司北京分行（以下简称“委托人”）委托，北京正衡律师事务所指派本律师，就您与委托人之间信用卡欠款事宜，致函如下：",
            "根据委托人提供的资料，您于2021年6月申领委托人信用卡一张（尾号6621）。截至2024年4月30日，该卡已连续逾期187天，欠款本金人民币23,516.40元。"
            "委托人此前已多次通过短信、电话及书面方式提醒您还款。",
            "请您在收到本函之日起十五日内，通过委托人官方渠道（客服热线95597或各营业网点）还款，或与委托人联系协商还款方案。"
            "如您对欠款金额有异议，请在上述期限内书面提出，并附相关证据。",
            "如逾期未处理，委托人将考虑依法通过诉讼等途径主张权利。本函仅为沟通之用，您的合法权益受法律保护。",
            "特此函告。"]
    p = letter_paper(rng, "北京正衡律师事务所", "BEIJING ZHENGHENG LAW FIRM　地址：北京市东城区某大街18号　电话：010-6522XXXX",
                     "律师函", "京正衡律函字〔2024〕第086号", "尊敬的刘伟先生：", body,
                     ["北京正衡律师事务所", "律师：韩雪"], cn_date(2024, 5, 8),
                     seal=dict(ring="北京正衡律师事务所", centre="star", kind="law_firm", font="serifb"))
    return dict(p=p, kind="scan", doc_type="lawyer_letter", **LAW,
                text_contains=["律师函", "北京正衡律师事务所", "十五日内"],
                notes="Calm lawyer's letter after 187 days overdue; firm's star seal on the date line; letter number in the "
                      "firm's own 〔2024〕第086号 style (not a court case number).")


@item
def d07(rng):
    p = Page()
    p.y = 70
    p.text("合同编号：HX-XD-2023-0412-0817", 110, p.y, font("sans", 20), fill=(80, 80, 80))
    p.text("第 4 页 共 6 页", 890, p.y, font("sans", 20), fill=(80, 80, 80), anchor="ra")
    p.y = 130
    fb = font("serif", 24)
    p.para("第八条　违约责任", font("serifb", 28), indent=False)
    for s in ["8.1 借款人未按本合同约定按期足额归还借款本金的，贷款人对逾期部分自逾期之日起按本合同约定借款利率上浮百分之五十计收罚息，直至本息清偿完毕之日止。",
              "8.2 借款人未按期支付利息的，贷款人对未按时支付的利息按罚息利率计收复利。",
              "8.3 本合同项下利息、罚息、复利及其他费用合计，年化利率不超过合同成立时一年期贷款市场报价利率（LPR）的四倍；超过部分，借款人有权拒绝支付。",
              "8.4 借款人连续三期或累计六期未按期还款的，贷款人有权书面通知借款人宣布本合同项下借款提前到期。借款人对此有异议的，可在收到通知之日起十日内书面提出。",
              "第九条　争议解决",
              "9.1 本合同履行中发生争议的，双方协商解决；协商不成的，任何一方均可向贷款人住所地有管辖权的人民法院提起诉讼。",
              "第十条　其他",
              "10.1 本合同自双方签字（盖章）之日起生效。本合同一式三份，双方各执一份，担保人执一份，具有同等法律效力。"]:
        if s.startswith("第"):
            p.para(s, font("serifb", 28), indent=False)
        else:
            p.para(s, fb, indent=False)
    p.y += 40
    y0 = p.y
    p.text("贷款人（盖章）：北京恒信小额贷款有限公司", 110, y0, fb)
    p.text("法定代表人或授权代理人（签字）：", 110, y0 + 60, fb)
    p.text("借款人（签字）：", 560, y0 + 120, fb)
    p.d.text((760, y0 + 110), "马丽", font=font("kai", 40), fill=(25, 25, 70))
    p.text("签订日期：2023年4月12日", 110, y0 + 180, fb)
    add_seal(p, 330 + rng.randint(-20, 20), y0 + 60, 92, "北京恒信小额贷款有限公司", "star", "company", rng,
             bottom="合同专用章", fontname="zen")
    return dict(p=p, kind="scan", doc_type="other", **LAW,
                text_contains=["违约责任", "逾期部分", "LPR"],
                notes="Loan contract page: overdue interest on the overdue part only, cap of 4x LPR, acceleration clause "
                      "needing written notice after 3 consecutive missed instalments; company's 合同专用章 (star).")


@item
def d08(rng):
    p = Page()
    p.y = 70
    p.center("京华银行股份有限公司", font("serifb", 38), dy=4)
    p.center("个人账户对账单", font("serifb", 34), dy=20)
    fs = font("sans", 20)
    for s in ["户名：陈晓东　　　账号：6228 48** **** 3317　　　币种：人民币",
              "起止日期：2024-03-01 至 2024-03-31　　　打印日期：2024-04-02"]:
        p.text(s, 80, p.y, fs)
        p.y += 34
    p.y += 10
    cols = [80, 230, 420, 560, 700, 920]
    head = ["交易日期", "摘要", "支出", "存入", "余额"]
    p.d.rectangle([80, p.y, 920, p.y + 40], fill=(225, 225, 225))
    for k, h in enumerate(head):
        p.text(h, cols[k] + 8, p.y + 8, font("sansb", 20))
    p.y += 44
    bal = 32430.55
    g = rng_np(rng)
    descs = ["工资", "消费", "转账", "还款", "网银转出", "水电费", "消费", "利息", "ATM取款", "消费", "贷款还款", "转账存入"]
    for i in range(20):
        dte = f"2024-03-{1 + i:02d}"
        ds = descs[i % len(descs)]
        amt = round(float(g.uniform(20, 2000)), 2)
        if ds in ("工资", "利息", "转账存入"):
            bal += amt
            row = [dte, ds, "", f"{amt:,.2f}", f"{bal:,.2f}"]
        else:
            bal -= amt
            row = [dte, ds, f"{amt:,.2f}", "", f"{bal:,.2f}"]
        for k, v in enumerate(row):
            if v:
                p.text(v, cols[k] + 8, p.y + 6, fs)
        p.y += 36
        p.d.line([(80, p.y), (920, p.y)], fill=(200, 200, 200), width=1)
    p.y += 30
    p.text("本对账单仅供参考，如有疑问请致电客服热线95597或咨询开户网点。", 80, p.y, fs)
    p.y += 60
    p.text("经办网点：北京望京支行", 560, p.y, fs)
    add_seal(p, 720, p.y + 40, 88, "京华银行股份有限公司北京望京支行", "star", "company", rng, bottom="业务专用章",
             fontname="sansb")
    return dict(p=p, kind="scan", doc_type="other", **LAW,
                text_contains=["个人账户对账单", "95597"],
                notes="Bank statement with the branch's 业务专用章 (star; bank = company seal).")


@item
def d09(rng):
    p = Page(bg=(255, 255, 255))
    p.y = 90
    p.center("收　款　收　据", font("serifb", 46), dy=10)
    p.center("No. 0027841", font("sans", 22), fill=(180, 30, 30), dy=30)
    fb = font("kai", 30)
    rows = [("日期", "2024年5月16日"), ("交款单位/个人", "周小红"), ("收款事由", "2024年5月物业管理费"),
            ("金额（大写）", "人民币叁佰陆拾元整"), ("金额（小写）", "¥360.00"), ("收款方式", "微信支付")]
    x0, x1 = 110, 890
    top = p.y
    for k, v in rows:
        p.text(k, x0 + 16, p.y + 20, font("serif", 26))
        p.text(v, 420, p.y + 16, fb)
        p.y += 78
        p.d.line([(x0, p.y), (x1, p.y)], fill=(60, 60, 60), width=1)
    p.d.rectangle([x0, top, x1, p.y], outline=(40, 40, 40), width=2)
    p.d.line([(400, top), (400, p.y)], fill=(60, 60, 60), width=1)
    p.y += 40
    p.text("收款单位：阳光花园物业服务中心　　经手人：吴敏", x0, p.y, font("serif", 24))
    # red PAID stamp: rectangle, not a round seal
    st = Image.new("L", (360, 140), 0)
    sd = ImageDraw.Draw(st)
    sd.rectangle([6, 6, 353, 133], outline=255, width=9)
    sd.text((180, 72), "PAID 已收讫", font=font("sansb", 54), fill=255, anchor="mm")
    st = st.rotate(rng.uniform(8, 16), expand=True, resample=Image.BICUBIC)
    a = np.asarray(st).astype(np.float32) / 255 * 0.85
    arr = np.asarray(p.img).astype(np.float32)
    y0, x0s = 560, 470
    h, w = a.shape
    arr[y0:y0 + h, x0s:x0s + w] *= 1 - a[..., None] * (1 - np.array([215, 35, 40], np.float32) / 255)
    p.img = Image.fromarray(arr.astype(np.uint8))
    p.d = ImageDraw.Draw(p.img)
    p.lines.append("PAID 已收讫")
    return dict(p=p, kind="scan", doc_type="other", **LAW,
                text_contains=["物业管理费", "PAID"],
                notes="Receipt with a red rectangular PAID stamp. Not a round seal: seals left empty on purpose "
                      "(a seal finder may or may not box it; it is not a forgery marker either way).")


@item
def d10(rng):
    p = Page(bg=(252, 250, 244))
    p.y = 70
    p.d.rectangle([0, 0, PW, 200], fill=(28, 92, 160))
    p.text("朝阳区法律援助中心", PW // 2, 50, font("sansb", 48), fill=(255, 255, 255), anchor="ma")
    p.text("遇到催收，先弄清法律怎么说", PW // 2, 125, font("sans", 32), fill=(255, 255, 255), anchor="ma")
    p.y = 240
    fb = font("sans", 24)
    p.para("欠款逾期后，出借人可以依法催收，但不能采用威胁、恐吓、骚扰等方式。下面这些说法，都不是合法催收，也不是法律后果的真实描述：", fb)
    for s in ["× “三天内不还就立即起诉，已经立案了”：是否起诉由出借人决定，法院立案后会依法送达起诉状副本，你有十五日答辩期。",
              "× “马上把你列入失信名单”：只有人民法院在执行案件中，对有履行能力而拒不履行生效判决的被执行人，才能作出纳入失信名单的决定。",
              "× “影响子女上学”：没有任何规定因父母欠款而禁止子女正常上学。",
              "× “联系你的通讯录和单位”：行业自律公约禁止骚扰与债务无关的人。",
              "× “进入网贷黑名单”：不存在官方的“网贷黑名单”，正式记录只有征信报告和法院失信名单。"]:
        p.para(s, fb, indent=False, after=10)
    p.y += 10
    p.para("你可以这样做：", font("sansb", 26), indent=False)
    for s in ["1. 只通过出借机构的官方App、官方客服或银行网点核实欠款和还款；",
              "2. 收到法院文书，可拨打12368或登录人民法院在线服务平台核实案号；",
              "3. 遭遇暴力催收，可保存证据并向公安机关或金融监管部门反映；",
              "4. 经济困难符合条件的，可向法律援助中心申请免费法律援助。"]:
        p.para(s, fb, indent=False, after=4)
    p.y += 20
    p.center("咨询电话：12348　　地址：朝阳区某路甲8号一层", font("sans", 24), fill=(28, 92, 160))
    return dict(p=p, kind="scan", doc_type="other", **LAW,
                text_contains=["法律援助中心", "不是合法催收", "12368"],
                notes="Legal-aid leaflet quoting collectors' threats as examples of what is NOT legal (quoted, negated). "
                      "Hard negative: trigger words appear only inside quotes with a × and a rebuttal.")


@item
def d11(rng):
    p = court_paper(rng, GZZY, "传票", "（2024）粤01民终8765号", None, [], cn_date(2024, 7, 2), spaced_title=False,
                    bodyfont="kai", sealfont="serifb",
                    kv=[("案　　由", "民间借贷纠纷"), ("被传唤人", "黄志伟（被上诉人）"),
                        ("工作单位或住址", "广州市天河区某路66号"),
                        ("传唤事由", "二审开庭"), ("应到时间", "2024年7月25日下午14时30分"),
                        ("应到处所", "本院第二十一法庭")],
                    notes_list=SUMMONS_NOTES)
    return dict(p=p, kind="photo", doc_type="court_summons", **LAW,
                text_contains=["（2024）粤01民终8765号", "传票", "二审开庭"],
                notes="Genuine 传票 of an intermediate court (2-digit court code) in an appeal (民终) case; phone photo.")


@item
def d12(rng):
    body = ["申请执行人京华银行股份有限公司深圳分行与被执行人赵强金融借款合同纠纷一案，本院于2024年5月9日恢复执行。"
            "经查，被执行人赵强有履行能力而拒不履行生效法律文书确定的义务。",
            "依照《中华人民共和国民事诉讼法》第二百六十六条，《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项、第六条的规定，决定如下：",
            "将赵强（身份证号码4403**********1234）纳入失信被执行人名单。",
            "本决定一经作出即生效。被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。"]
    p = court_paper(rng, FUTIAN, "决定书", "（2024）粤0304执恢213号", None, body, cn_date(2024, 6, 3),
                    bodyfont="serif", sealfont="kai")
    return dict(p=p, kind="photo", doc_type="restriction_order", exif=6, **LAW,
                text_contains=["决定书", "（2024）粤0304执恢213号", "纳入失信被执行人名单"],
                notes="Genuine 失信决定书 in a resumed enforcement (执恢) case; court emblem seal. Photo stored rotated, "
                      "EXIF Orientation=6; boxes/size are for the upright image.")


@item
def d13(rng):
    body = ["本院于2024年4月2日立案执行申请执行人成都安信消费金融有限公司申请执行你借款合同纠纷一案。"
            "因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，本院依照《中华人民共和国民事诉讼法》第二百六十六条，"
            "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你采取限制消费措施，限制你不得实施以下高消费及非生活和工作必需的消费行为：",
            RESTRICT_ITEMS]
    p = court_paper(rng, WUHOU, "限制消费令", "（2024）川0107执3391号", "被限制消费人：杨帆，女，1990年3月11日出生。", body,
                    cn_date(2024, 5, 17), bodyfont="ming", sealfont="zen", faint=0.55)
    return dict(p=p, kind="photo", doc_type="restriction_order", **LAW,
                text_contains=["限制消费令", "（2024）川0107执3391号"],
                notes="Genuine 限制消费令, faint court seal, phone photo with shadow and colour cast.")


@item
def d14(rng):
    body = ["本院在审理原告京华银行股份有限公司上海分行诉你金融借款合同纠纷一案［（2024）沪0115民初45120号］中，"
            "依原告申请作出财产保全裁定。本院于2024年5月8日依法冻结你名下京华银行账户（尾号2208）内存款人民币58,000元，冻结期限为一年，自2024年5月8日起至2025年5月7日止。",
            "依照《最高人民法院关于人民法院办理财产保全案件若干问题的规定》第十八条的规定，现将保全情况告知如下：",
            "你对保全裁定不服的，可以自收到裁定书之日起五日内向本院申请复议一次；复议期间不停止裁定的执行。",
            "你可以向本院提供相应担保，申请解除保全。冻结期限届满，申请人未申请续行冻结的，冻结自动解除。"]
    p = court_paper(rng, PUDONG, "财产保全情况告知书", "（2024）沪0115执保321号", "王芳：", body, cn_date(2024, 5, 10),
                    bodyfont="serif", sealfont="ming")
    return dict(p=p, kind="photo", doc_type="other", exif=3, **LAW,
                text_contains=["财产保全情况告知书", "（2024）沪0115执保321号", "冻结"],
                notes="Genuine property-preservation notice in a 执保 case: the court itself froze a named sum for a year. "
                      "Hard negative for asset.freeze (court, case number, appeal route). Stored upside down, EXIF Orientation=3.")


@item
def d15(rng):
    body = ["原告京华银行股份有限公司杭州分行诉你金融借款合同纠纷一案，原告已向本院提交起诉材料。"
            "依照《中华人民共和国民事诉讼法》第一百二十五条的规定，本院在立案前委派杭州市西湖区金融纠纷人民调解委员会进行诉前调解，现告知如下：",
            "一、调解期限为三十日，自调解组织接收之日起计算。经双方同意，可以适当延长。",
            "二、诉前调解遵循自愿、合法原则。你可以不同意调解；调解不成的，本院将依法登记立案，不影响你的诉讼权利。",
            "三、调解员：沈佳（特邀调解员）　联系电话：0571-8796XXXX",
            "四、你可登录人民法院在线服务平台，或拨打12368查询本案信息。"]
    p = court_paper(rng, XIHU, "诉前调解告知书", "（2024）浙0106民诉前调1234号", "王芳：", body, cn_date(2024, 3, 18),
                    bodyfont="kai", sealfont="serifb")
    return dict(p=p, kind="photo", doc_type="other", **LAW,
                text_contains=["诉前调解告知书", "（2024）浙0106民诉前调1234号", "调解员"],
                notes="Genuine court pre-suit mediation notice with a 民诉前调 number; mentions a 调解员 lawfully "
                      "(persona.authority must not fire when a real 民诉前调 number is present).")


@item
def d16(rng):
    body = ["上海明理律师事务所接受成都安信消费金融有限公司（以下简称“委托人”）的委托，就您所借消费贷款逾期事宜致函如下：",
            "您于2022年9月与委托人签订《个人消费借款合同》，借款本金人民币30,000元，分24期归还。自2023年8月起您未再按期还款，至今逾期已超过9个月。",
            "请您自收到本函之日起十日内，通过委托人官方App或官方客服电话400-6XX-8XXX与委托人联系，核对欠款金额并协商还款安排。"
            "如确有经济困难，可提出分期或延期还款申请，委托人将依法依规予以审核。",
            "若您认为欠款事实或金额有误，请及时书面说明。逾期不予回应的，委托人保留依法向有管辖权的人民法院提起诉讼的权利。",
            "此致"]
    p = letter_paper(rng, "上海明理律师事务所", "SHANGHAI MINGLI LAW FIRM", "律师函", "沪明理律函〔2024〕第0153号",
                     "杨帆女士：", body, ["上海明理律师事务所", "经办律师：许文博"], cn_date(2024, 5, 27),
                     bodyfont="kai",
                     seal=dict(ring="上海明理律师事务所", centre="star", kind="law_firm", font="kai", faint=0.8))
    return dict(p=p, kind="photo", doc_type="lawyer_letter", exif=8, **LAW,
                text_contains=["律师函", "上海明理律师事务所", "十日内"],
                notes="Calm lawyer's letter, 9 months overdue, offers instalments; star seal of the firm. Photo stored "
                      "rotated, EXIF Orientation=8; boxes/size for the upright image.")


@item
def d17(rng):
    body = ["您于2023年1月5日与我行签订《个人消费贷款合同》（合同编号：JH-XF-2023-010517），借款本金人民币120,000元，期限36个月，按月等额本息还款。",
            "截至2024年5月10日，您已连续7期未按合同约定还款，逾期天数213天。我行已于2024年1月至4月间多次通过电话、短信及书面方式提醒。",
            "根据该合同第十二条第三款“借款人连续三期或累计六期未按期还款的，贷款人有权宣布贷款提前到期”的约定，"
            "我行现依约宣布上述合同项下全部借款于2024年5月31日提前到期。请您于该日前归还剩余借款本金人民币88,931.27元及按合同约定计收的利息、罚息。",
            "如您对上述金额有异议，或希望协商还款方案，请致电我行客服95597或前往我行任一营业网点办理。",
            "特此通知。"]
    p = letter_paper(rng, "京华银行股份有限公司北京分行", None, "贷款提前到期通知书", "编号：京华北分个贷〔2024〕0931号",
                     "尊敬的李明先生：", body, ["京华银行股份有限公司北京分行"], cn_date(2024, 5, 13),
                     seal=dict(ring="京华银行股份有限公司北京分行", centre="star", kind="company", bottom="业务专用章",
                               font="sansb"))
    return dict(p=p, kind="photo", doc_type="cancellation_notice", **LAW,
                text_contains=["提前到期", "第十二条第三款", "95597"],
                notes="Lawful acceleration after 7 missed instalments / 213 days, citing the contract clause, with a 3-week "
                      "deadline and the bank's own channel; bank 业务专用章 (star). Hard negative for contract.termination.")


@item
def d18(rng):
    p = Page()
    p.y = 110
    p.center("北京市地方金融管理局文件", font("serifb", 64), fill=(205, 25, 30), dy=30)
    p.center("京金管发〔2024〕12号", font("serif", 26), dy=10)
    p.rule(x0=90, x1=910, fill=(205, 25, 30), width=5, dy=40)
    p.center("关于规范网络借贷催收行为的通知", font("serifb", 36), dy=28)
    fb = font("serif", 25)
    p.para("各小额贷款公司、融资担保公司：", fb, indent=False)
    for s in ["为保护金融消费者合法权益，规范辖内机构催收行为，现就有关事项通知如下：",
              "一、催收应当通过合法方式进行，催收人员应当表明所代表的机构，不得冒用司法机关、行政机关名义。",
              "二、不得采用威胁、恐吓、侮辱等方式催收，不得向与债务无关的第三人透露借款人债务信息。",
              "三、各机构应于2024年6月30日前完成催收制度自查，并将自查报告报送我局。",
              "特此通知。"]:
        p.para(s, fb)
    p.y += 40
    p.right("北京市地方金融管理局", fb, x1=860)
    dy = p.y
    p.right(cn_date(2024, 4, 22), fb, x1=860)
    add_seal(p, 730, dy - 5, 100, "北京市地方金融管理局", "star", "state_body", rng, fontname="serifb")
    p.y = 1300
    p.rule(x0=90, x1=910, fill=(40, 40, 40), width=1, dy=10)
    p.text("北京市地方金融管理局办公室　　　　2024年4月22日印发", 110, p.y, font("serif", 22))
    return dict(p=p, kind="photo", doc_type="other", **LAW,
                text_contains=["北京市地方金融管理局文件", "京金管发〔2024〕12号"],
                notes="Red-header government notice (红头文件): large red title and red rule are not seals; official round "
                      "seal with a star (a local-government department's seal carries a star). Text restates collection "
                      "rules in the negative.")


@item
def d19(rng):
    p = Page(bg=(255, 253, 246))
    p.d.rectangle([0, 0, PW, 430], fill=(250, 238, 214))
    # red round logo (not a seal): filled disc with white text
    cx, cy, r = 200, 200, 110
    p.d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(214, 40, 40))
    p.d.ellipse([cx - r + 14, cy - r + 14, cx + r - 14, cy + r - 14], outline=(255, 255, 255), width=4)
    p.text("福", cx, cy, font("kai", 110), fill=(255, 255, 255), anchor="mm")
    p.text("福满楼", 360, 120, font("serifb", 96), fill=(170, 30, 30))
    p.text("老字号粤菜 · 三十年匠心", 365, 250, font("sans", 32), fill=(90, 60, 40))
    p.y = 480
    p.center("开业十周年 店庆特惠", font("sansb", 54), fill=(200, 30, 30), dy=30)
    fb = font("sans", 30)
    for s in ["◆ 6月1日至6月30日，全场菜品八八折", "◆ 午市套餐 每位 ¥68 起", "◆ 生日宴、家庭宴预订送长寿面",
              "◆ 凭本传单到店赠送甜品一份"]:
        p.text(s, 140, p.y, fb)
        p.y += 66
    p.y += 40
    p.center("订座热线：020-3886XXXX", font("sansb", 40), dy=20)
    p.center("地址：广州市越秀区某路128号（地铁站C出口）", font("sans", 26), dy=20)
    p.center("营业时间 07:00 - 22:00", font("sans", 26))
    return dict(p=p, kind="photo", doc_type="other", **LAW,
                text_contains=["福满楼", "店庆特惠"],
                notes="Restaurant flyer with a red round logo (filled disc, one big character) — not a seal; seals empty.")


@item
def d20(rng):
    p = Page(bg=(238, 234, 222))
    p.y = 50
    p.text("法治晨报", 80, 40, font("serifb", 72), fill=(30, 30, 30))
    p.text("2024年6月12日　星期三　第A07版　社会", 520, 70, font("sans", 22), fill=(60, 60, 60))
    p.y = 150
    p.rule(x0=70, x1=930, width=4, dy=30)
    p.para("伪造“律师函”“法院传票”催收 一催收团伙被警方打掉", font("serifb", 40), x0=70, x1=930, indent=False, lh=60)
    p.para("本报记者 林晓", font("sans", 22), x0=70, indent=False)
    fb = font("ming", 24)
    txt = ["记者从市公安局获悉，警方近日破获一起以暴力、软暴力手段催收网络贷款的案件，抓获犯罪嫌疑人14名。"
           "经查，该团伙受多家网贷平台委托，冒充律师、法院工作人员，通过短信群发平台向借款人发送伪造的“律师函”“法院传票”和所谓“限高令”。",
           "办案民警介绍，这些文书上有的盖着公司印章，有的根本没有盖章，案号也五花八门，与法院真实案号格式明显不符。"
           "团伙成员还以“立即起诉”“上门催收”“通知你单位和家人”等话术恐吓借款人。",
           "律师提醒，真实的法院文书会写明规范案号并加盖法院印章，借款人可拨打12368核实。遇到恐吓、骚扰，应及时保存证据并报警。"]
    # two columns
    y0 = p.y
    p.para(txt[0], fb, x0=70, x1=490)
    p.para(txt[1][:60], fb, x0=70, x1=490)
    p.y = y0
    p.para(txt[1][60:], fb, x0=520, x1=930, indent=False)
    p.para(txt[2], fb, x0=520, x1=930)
    # a grey photo block
    p.d.rectangle([70, 1020, 930, 1320], fill=(150, 150, 150))
    p.text("图为警方查获的伪造文书（资料图）", 70, 1330, font("sans", 20), fill=(60, 60, 60))
    return dict(p=p, kind="photo", doc_type="other", **LAW,
                text_contains=["法治晨报", "12368"],
                notes="Newspaper article photographed on a table, reporting a collection-fraud case; threats appear only as "
                      "reported speech. Hard negative.")


@item
def d21(rng):
    body = ["你处（2024）京0105民初18237号原告京华银行股份有限公司北京分行诉被告李明金融借款合同纠纷一案，"
            "本院定于2024年6月18日上午9时30分在本院第十二法庭公开开庭审理。",
            "请你准时到庭。出庭时请携带本通知书、身份证件及相关证据原件。如委托诉讼代理人出庭，应提交授权委托书。",
            "因故不能按时到庭的，请于开庭三日前向本院书面说明理由。",
            "联系人：刘畅（书记员）　联系电话：010-8583XXXX"]
    p = court_paper(rng, CHAOYANG, "开庭通知书", "（2024）京0105民初18237号", "京华银行股份有限公司北京分行：", body,
                    cn_date(2024, 5, 20), bodyfont="serif", sealfont="serifb")
    return dict(p=p, kind="photo", doc_type="court_summons", exif=3, **LAW,
                text_contains=["开庭通知书", "（2024）京0105民初18237号"],
                notes="Genuine 开庭通知书 to the plaintiff. Photo stored upside down with EXIF Orientation=3. doc_type "
                      "court_summons is a judgement call (api.md lists only 传票/应诉通知书).")


@item
def d22(rng):
    body = ["您在我公司申请的个人消费借款（合同编号：AX20230915-0337）第8期应还款1,050.00元已于2024年5月15日到期，截至本函发出之日尚未归还，已逾期15天。",
            "根据借款合同第六条约定，逾期部分按日万分之五计收罚息，本期目前罚息为7.88元。您的其他未到期款项仍按原还款计划归还，不受影响。",
            "请您通过安信消费金融App“我的账单”页面或官方客服热线400-6XX-8XXX办理还款。我公司不会要求您向任何个人账户转账。",
            "如您近期遇到经济困难，可联系官方客服申请延期或分期，我们将根据您的情况依法依规处理。",
            "感谢您的理解与配合。"]
    p = letter_paper(rng, "成都安信消费金融有限公司", "客户服务热线 400-6XX-8XXX　官方网站 www.anxin-cf.example", "逾期还款提醒函",
                     None, "尊敬的杨帆女士：", body, ["成都安信消费金融有限公司", "客户服务部"], cn_date(2024, 5, 30),
                     bodyfont="sans",
                     seal=dict(ring="成都安信消费金融有限公司", centre="star", kind="company", bottom="客户服务专用章",
                               font="zen", faint=0.75))
    return dict(p=p, kind="photo", doc_type="other", **LAW,
                text_contains=["逾期还款提醒函", "逾期部分", "官方客服"],
                notes="Lender's polite overdue reminder letter with its own company seal: penalty on the overdue instalment "
                      "only, other instalments unchanged, official channels. Hard negative for penalty.inflated, "
                      "promise.fee_waiver ('不会要求您向个人账户转账').")


# ---- lawful screenshots


def shot(sender, msgs, dark, clock, title=None):
    img, lines = sms_screen(sender, msgs, dark=dark, clock=clock, title=title)
    return img, lines


@item
def s01(rng):
    img, lines = shot("12368", [("5月21日 上午9:02",
                                "【北京市朝阳区人民法院】李明，您好！您与京华银行股份有限公司北京分行金融借款合同纠纷一案〔（2024）京0105民初18237号〕，"
                                "定于2024年6月18日9时30分在本院第十二法庭开庭，请准时到庭。详情可登录人民法院在线服务平台查询，或拨打12368咨询。")],
                      False, "9:05")
    return dict(img=img, lines=lines, kind="screenshot", doc_type="sms_message", sender="12368", **LAW,
                text_contains=["12368", "（2024）京0105民初18237号"],
                notes="Real-format court SMS from the courts' service number 12368 (light mode): hearing notice.")


@item
def s02(rng):
    img, lines = shot("12368", [("3月18日 下午3:41",
                                "【杭州市西湖区人民法院】王芳，本院向您送达（2024）浙0106民诉前调1234号案件的诉前调解告知书等文书，"
                                "请登录人民法院在线服务平台查收。调解不是立案，您可选择是否参与调解。咨询请拨打12368。"),
                               ("3月25日 上午10:12", "【杭州市西湖区人民法院】提醒：（2024）浙0106民诉前调1234号案件调解员沈佳将于近日与您联系，联系电话0571-8796XXXX。")],
                      True, "15:47")
    return dict(img=img, lines=lines, kind="screenshot", doc_type="sms_message", sender="12368", **LAW,
                text_contains=["12368", "民诉前调"],
                notes="Court e-service SMS from 12368 (dark mode) about court pre-suit mediation with a 民诉前调 number.")


@item
def s03(rng):
    img, lines = shot("95597", [("5月20日 上午8:30",
                                "【京华银行】尊敬的客户，您尾号6621的信用卡本期账单应还3,268.50元，最后还款日05月25日。"
                                "请按时还款，以免产生逾期记录。如已还款请忽略。"),
                               ("5月26日 上午8:30",
                                "【京华银行】尊敬的客户，您尾号6621的信用卡截至05月25日尚有最低还款额326.85元未还，"
                                "请尽快通过手机银行或网点还款。逾期可能影响您的个人征信记录。客服95597。")],
                      False, "8:41", title="京华银行")
    return dict(img=img, lines=lines, kind="screenshot", doc_type="sms_message", sender="95597", **LAW,
                text_contains=["95597", "尾号6621"],
                notes="Bank's own reminder SMS from a 95xxx number (light mode).")


@item
def s04(rng):
    img, lines = shot("95597", [("6月20日 上午9:15",
                                "【京华银行】尊敬的李明先生，您的个人消费贷款已逾期36天，逾期本金1,200.00元。"
                                "根据合同约定，逾期部分按合同利率上浮50%计收罚息。请通过本行手机银行或网点还款，客服95597。"
                                "我行不会要求您向个人账户转账，谨防诈骗。")],
                      True, "21:03", title="京华银行")
    return dict(img=img, lines=lines, kind="screenshot", doc_type="sms_message", sender="95597", **LAW,
                text_contains=["95597", "逾期部分"],
                notes="Bank overdue SMS (dark mode): penalty on the overdue part per contract; warns against private "
                      "accounts. Hard negative for penalty.inflated / promise.fee_waiver.")


@item
def s05(rng):
    img, lines = shot("10690577123456", [("5月18日 上午10:00",
                                         "【安信消费金融】杨女士您好，您本期账单1,050.00元已于05月15日到期，目前逾期3天。"
                                         "请通过安信消费金融App“我的账单”还款。如有困难可致电官方客服400-6XX-8XXX协商。拒收请回复R")],
                      False, "10:07")
    return dict(img=img, lines=lines, kind="screenshot", doc_type="sms_message", sender="10690577123456", **LAW,
                text_contains=["安信消费金融", "我的账单"],
                notes="Lender's own polite reminder from a 106 gateway: normal, must not fire sms.impersonation.")


@item
def s06(rng):
    img, lines = shot("1065902088888", [("5月28日 下午2:16",
                                        "【安信消费金融】杨女士，您的借款本期应还1,057.88元（含逾期罚息7.88元），可在App中查看明细。"),
                                       ("5月28日 下午6:40",
                                        "【安信消费金融】您已成功还款1,057.88元，本期账单已结清，下期还款日06月15日。感谢您的支持！")],
                      True, "18:45")
    return dict(img=img, lines=lines, kind="screenshot", doc_type="sms_message", sender="1065902088888", **LAW,
                text_contains=["安信消费金融", "已结清"],
                notes="Lender's 106-number messages (dark mode): bill detail and repayment confirmation.")


# ---- forged (10)


@item
def f01(rng):
    body = ["经查，你在我司平台借款逾期未还，情节恶劣。根据相关规定，现对你采取限制消费措施，已将你列入失信被执行人名单，"
            "限制你乘坐飞机、高铁，限制高消费，子女不得就读私立学校。",
            "请于收到本令后立即联系我司处理，否则将移交法院强制执行。"]
    p = court_paper(rng, "人民法院", "限制消费令", "（2024）第0057号", "被限制人：张磊", body, cn_date(2024, 6, 1),
                    bodyfont="zen", seal="star", seal_ring="深圳市鑫达信息咨询有限公司", sealfont="zen",
                    ring_kind="company")
    return dict(p=p, kind="scan", doc_type="restriction_order", lawful=False,
                expect=["seal.issuer_mismatch", "doc.case_number_invalid", "blacklist.dishonest"],
                forbid=["sms.impersonation", "image.edited", "contact.virtual_number"],
                text_contains=["限制消费令", "（2024）第0057号"],
                notes="FORGED: restriction order carrying a consulting company's star seal, case number without court code "
                      "or type, lender-issued 'listing'. '子女不得就读私立学校' (family.children?) left unlabelled.")


@item
def f02(rng):
    body = ["你在我司合作平台的借款已严重逾期。本律师受托正式通知：你须在72小时内一次性结清全部欠款，",
            "否则我方将立即起诉，并将本函同步发送至你的紧急联系人及通讯录好友，后果自负！",
            "届时你将承担全部诉讼费、律师费，并可能涉嫌骗贷被经侦立案。"]
    p = letter_paper(rng, "华信律师事务所", None, "律师函", None, "致：王浩", body, ["华信律师事务所", "承办律师：李"],
                     "2024年6月5日", bodyfont="sans", seal=None)
    return dict(p=p, kind="photo", doc_type="lawyer_letter", lawful=False,
                expect=["seal.missing", "lawsuit.threat", "pressure.deadline", "contact.third_party", "contract.termination"],
                forbid=["sms.impersonation", "image.edited"],
                text_contains=["律师函", "72小时内", "立即起诉"],
                notes="FORGED: unsealed 'lawyer's letter' with 72-hour deadline, lawsuit/criminal threat, address-book threat, "
                      "whole balance at once (contract.termination is a judgement call).")


@item
def f03(rng):
    body = ["你因借款合同纠纷一案，已被原告起诉至本院，本院已立案。请于收到本传票后24小时内到庭或联系承办人处理。",
            "如拒不处理，本院将冻结你名下所有银行卡、微信、支付宝账户，并依法拘留。"]
    p = court_paper(rng, "北京市朝阳区人民法院", "传票", "（2024）京朝执字第00361号", "被传唤人：刘洋", body,
                    cn_date(2024, 6, 3), bodyfont="serif", seal="star", sealfont="serifb", spaced_title=True,
                    ring_kind="court")
    return dict(p=p, kind="scan", doc_type="court_summons", lawful=False,
                expect=["seal.issuer_mismatch", "doc.case_number_invalid", "asset.freeze", "lawsuit.threat",
                        "pressure.deadline"],
                forbid=["sms.impersonation", "image.edited", "contact.virtual_number"],
                text_contains=["传", "（2024）京朝执字第00361号", "冻结"],
                notes="FORGED: 'summons' with a five-pointed-star seal whose ring names the court, old 执字第 number, "
                      "freeze and detention threats.")


@item
def f04(rng):
    body = ["借款人陈晨：你于我司借款的第3期还款已逾期5天。根据合同约定，我司现决定立即解除合同，你须一次性结清全部欠款，",
            "并按剩余本金的20%收取违约金，合计人民币18,600元。",
            "如今日内未结清，我司将安排专员上门催收，走访你的户籍地及工作单位。"]
    p = letter_paper(rng, "速借宝金融服务平台", None, "解除合同通知书", None, None, body, ["速借宝风控中心"],
                     "2024年6月10日", bodyfont="micro", seal=None)
    return dict(p=p, kind="photo", doc_type="cancellation_notice", lawful=False,
                expect=["contract.termination", "penalty.inflated", "visit.home", "seal.missing", "pressure.deadline"],
                forbid=["sms.impersonation", "image.edited"],
                text_contains=["解除合同通知书", "剩余本金的20%", "上门催收"],
                notes="FORGED: 5 days late -> immediate termination, 20% penalty on remaining principal, home visit; no seal. "
                      "pressure.deadline (今日内) is a judgement call; the signer '速借宝风控中心' (persona.authority?) and the "
                      "workplace visit (contact.third_party?) are left unlabelled.")


@item
def f05(rng):
    img, lines = shot("10690388123456", [("6月3日 上午11:20",
                                         "【朝阳区人民法院】刘洋，您的借款纠纷已被起诉，现发出法 院 传 票，"
                                         "请于今天下午5点前联系处理，否则将强制执行。电话：01085831234")],
                      False, "11:22")
    return dict(img=img, lines=lines, kind="screenshot", doc_type="sms_message", sender="10690388123456", lawful=False,
                expect=["sms.impersonation", "text.spaced", "lawsuit.threat", "pressure.deadline"],
                forbid=["image.edited", "seal.missing", "contact.virtual_number"],
                text_contains=["人民法院", "传"],
                notes="FORGED: court name from a 1069 gateway, spaced '法 院 传 票', afternoon deadline.")


@item
def f06(rng):
    img, lines = shot("17051234567", [("6月8日 下午4:05",
                                      "我是风控中心专员王经理。您的逾期账单今天可申请减免罚息，走特殊关怀通道，"
                                      "只需把本金转到个人账户：6217 0000 1234 5678（户名：黄某）。这个月还清以后不再追究。"
                                      "有疑问回电17051234567。")],
                      True, "16:09")
    return dict(img=img, lines=lines, kind="screenshot", doc_type="sms_message", sender="17051234567", lawful=False,
                expect=["promise.fee_waiver", "contact.virtual_number", "persona.authority"],
                forbid=["sms.impersonation", "image.edited", "seal.missing"],
                text_contains=["减免罚息", "个人账户", "17051234567"],
                notes="FORGED/abusive: fee waiver via private account, 'risk-control commissioner', call-back on a 1705 "
                      "virtual number (dark mode).")


@item
def f07(rng):
    img, lines = shot("1069012399887", [("6月9日 上午9:30",
                                        "【速借宝】你已进入网贷黑名单，全网平台不再放款，还将影响子女上学和政审。"
                                        "建议你马上去其他平台借款还清本单，以贷养贷也要先把我们的还上。")],
                      False, "9:33")
    return dict(img=img, lines=lines, kind="screenshot", doc_type="sms_message", sender="1069012399887", lawful=False,
                expect=["blacklist.online_loan", "family.children", "borrow.new_loan"],
                forbid=["sms.impersonation", "image.edited", "seal.missing", "contact.virtual_number"],
                text_contains=["网贷黑名单", "子女上学", "以贷养贷"],
                notes="FORGED/abusive: lender-brand 106 message (not impersonating a state body) with online-loan blacklist, "
                      "children threat, push to borrow elsewhere.")


@item
def f08(rng):
    body = ["被执行人：孙悦。你因网络借款逾期，经我中心审核，决定将你纳入失信被执行人名单，全国联网公布。",
            "自即日起你将被限制乘坐高铁、飞机，名下财产予以查封。",
            "逾期案件处理中心专员将宣读处理决定，请于48小时内联系处理，逾期后果自负。"]
    p = court_paper(rng, "深圳市福田区人民法院", "失信被执行人决定书", "（2024）粤福执字第0088号", None, body, cn_date(2024, 6, 12),
                    bodyfont="kai", seal="star", sealfont="kai", ring_kind="court", faint=0.9)
    return dict(p=p, kind="photo", doc_type="restriction_order", software="Adobe Photoshop 25.0 (Windows)", lawful=False,
                expect=["seal.issuer_mismatch", "doc.case_number_invalid", "blacklist.dishonest", "persona.authority",
                        "pressure.deadline", "asset.freeze", "image.edited"],
                forbid=["sms.impersonation", "contact.virtual_number"],
                text_contains=["失信被执行人决定书", "（2024）粤福执字第0088号", "逾期案件处理中心"],
                notes="FORGED: star seal with a court's name, 执字第 number, 'processing centre' persona; EXIF Software names "
                      "Photoshop (image.edited).")


@item
def f09(rng):
    body = ["受委托，本所就你拖欠借款一事郑重告知：我所诉前调解员已将你的案件列入重点处理名单。",
            "如三日内仍不处理，我们将通知你单位人事部门，并安排人员走访户籍地，向你的家人说明情况。"]
    p = letter_paper(rng, "杭州正泰律师事务所", None, "律师函", "杭正泰律函字第2024-117号", "致：吴佳", body,
                     ["杭州正泰律师事务所"], "二〇二四年六月十四日", bodyfont="serif",
                     seal=dict(ring="杭州诚汇科技有限公司", centre="star", kind="company", font="serifb"))
    return dict(p=p, kind="scan", doc_type="lawyer_letter", lawful=False,
                expect=["seal.issuer_mismatch", "persona.authority", "contact.third_party", "visit.home"],
                forbid=["sms.impersonation", "image.edited", "seal.missing"],
                text_contains=["律师函", "诉前调解员", "走访户籍地"],
                notes="FORGED: lawyer's letter stamped with a tech company's seal; 'pre-suit mediator' persona, employer "
                      "and home-town visit threats. pressure.deadline (三日内) not labelled: unsure.")


@item
def f10(rng):
    p = Page()
    p.y = 120
    p.center("限 高 令", font("sansb", 70), fill=(200, 20, 20), dy=40)
    fb = font("sansb", 30)
    for s in ["当事人：周凯", "你因网贷逾期未还，已被列入老赖名单，即日起限高令生效：",
              "1. 坐不了高铁、飞机，住不了酒店；", "2. 冻结你名下的微信、支付宝及全部银行卡；",
              "3. 今天下午5点前全额还款可撤销本令，否则后果自负。"]:
        p.para(s, fb, indent=False, lh=56)
    p.y += 60
    p.right("执行处", fb, x1=860)
    p.right("2024年6月15日", fb, x1=860)
    return dict(p=p, kind="photo", doc_type="restriction_order", lawful=False,
                expect=["seal.missing", "doc.case_number_invalid", "blacklist.dishonest", "asset.freeze",
                        "pressure.deadline"],
                forbid=["sms.impersonation", "image.edited", "contact.virtual_number"],
                text_contains=["限", "老赖", "冻结"],
                notes="FORGED: 'height-limit order' with no issuer, no seal, no case number; red title printed spaced "
                      "(限 高 令); text.spaced left unlabelled because genuine court titles are letter-spaced too (see the 传票 in this set).")


# ----------------------------------------------------------------------------- main


def save(name, meta, img, boxes, lines, seals, rng):
    kind = meta["kind"]
    upright = img
    size = list(upright.size)
    exif = Image.Exif()
    fname = name + (".png" if kind == "screenshot" else ".jpg")
    path = OUT / fname
    notes = meta["notes"]
    if kind == "screenshot":
        img.quantize(colors=128, method=Image.MEDIANCUT, dither=Image.Dither.NONE).save(path, optimize=True)
    else:
        if kind == "photo":
            exif[0x010F] = rng.choice(["Xiaomi", "HUAWEI", "OPPO", "vivo"])
            exif[0x0110] = rng.choice(["Redmi K60", "ELS-AN00", "PGEM10", "V2229A"])
            exif[0x0132] = "2024:06:%02d 10:%02d:%02d" % (rng.randint(1, 28), rng.randint(0, 59), rng.randint(0, 59))
        else:
            exif[0x010F] = "FUJI XEROX"
            exif[0x0110] = "DocuCentre scanner"
        if meta.get("software"):
            exif[0x0131] = meta["software"]
        o = meta.get("exif")
        stored = upright
        if o:
            exif[0x0112] = o
            stored = {6: upright.transpose(Image.ROTATE_90), 8: upright.transpose(Image.ROTATE_270),
                      3: upright.transpose(Image.ROTATE_180)}[o]
        q = rng.randint(82, 88)
        stored.save(path, quality=q, optimize=True, exif=exif.tobytes())
        if o:
            from PIL import ImageOps
            chk = ImageOps.exif_transpose(Image.open(path))
            assert chk.size == upright.size, (name, chk.size, upright.size)
    side = {
        "doc_type": meta["doc_type"],
        "kind": kind,
        "expect": meta["expect"],
        "forbid": meta["forbid"],
        "seals": boxes,
        "seal_texts": [s["text"] for s in seals],
        "seal_centers": [s["center"] for s in seals],
        "seal_kinds": [s["kind"] for s in seals],
        "sender": meta.get("sender"),
        "text_contains": meta["text_contains"],
        "lawful": meta["lawful"],
        "notes": notes,
        "image": fname,
        "size": size,
        "source_text": lines,
    }
    (OUT / (name + ".json")).write_text(json.dumps(side, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


# shuffle order is fixed so forged ones are mixed in among lawful ones
ORDER = ["d01", "s01", "d02", "f01", "d03", "d11", "s03", "d04", "f02", "d05", "d12", "s05", "d06", "f05", "d13",
         "d07", "d14", "f03", "s02", "d15", "d08", "f06", "d16", "d09", "d17", "f04", "s04", "d18", "d10", "f07",
         "d19", "d20", "f08", "f09", "d22", "f10"]


def main():
    fns = {f.__name__: f for f in ITEMS}
    for old in list(OUT.glob("dl_*")):
        old.unlink()
    n = 0
    for i, key in enumerate(ORDER):
        if key not in fns:
            continue
        rng = random.Random(f"dev_lawful/{key}")
        meta = fns[key](rng)
        n += 1
        name = f"dl_{n:02d}_{key}"
        if "img" in meta:
            save(name, meta, meta["img"], [], meta["lines"], [], rng)
            continue
        p: Page = meta["p"]
        if meta["kind"] == "scan":
            img, boxes = fx_scan(p, rng)
        else:
            img, boxes = fx_photo(p, rng)
        save(name, meta, img, boxes, p.lines, p.seals, rng)
    print("wrote", n, "images")


if __name__ == "__main__":
    main()
