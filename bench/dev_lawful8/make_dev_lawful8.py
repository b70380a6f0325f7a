#!/usr/bin/env python3
"""Generator for bench/dev_lawful8 (TUNING set, 44 images: 36 lawful, 8 forged).

Written from scratch with PIL / numpy / OpenCV, without reading the inspector
implementation. Deterministic (fixed seed). Run from anywhere:
    python bench/dev_lawful8/make_dev_lawful8.py
"""
from __future__ import annotations

import json
import math
import random
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent
RNG = random.Random(20250808)
NP = np.random.default_rng(20250808)

F = {
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sansb": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serifb": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "zen": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "micro": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
}
_fc = {}
NOSTART = set("。，、；：）”！？》.,")


def font(name, size):
    key = (name, size)
    if key not in _fc:
        path, idx = F[name]
        if not Path(path).exists():
            path, idx = F["zen"]
        _fc[key] = ImageFont.truetype(path, size, index=idx)
    return _fc[key]


# ---------------------------------------------------------------- seals
def draw_star(d, cx, cy, r, fill):
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.382
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=fill)


def draw_emblem(d, cx, cy, r, fill):
    """Emblem-like centre (gate, wheat ring, gear) - deliberately no star."""
    w = max(2, int(r * 0.07))
    # wheat ring: two arcs of short slanted strokes
    for side in (-1, 1):
        for k in range(9):
            a = math.radians(100 + k * 17) if side < 0 else math.radians(80 - k * 17)
            x = cx + r * 0.9 * math.cos(a)
            y = cy + r * 0.9 * math.sin(a) * -1 + r * 0.05
            d.ellipse([x - r * 0.11, y - r * 0.06, x + r * 0.11, y + r * 0.06], fill=fill)
    d.arc([cx - r * 0.95, cy - r * 0.95, cx + r * 0.95, cy + r * 0.95], 200, 340, fill=fill, width=w)
    # gate
    gw, gh = r * 0.95, r * 0.42
    top = cy - r * 0.05
    d.polygon([(cx - gw * 0.62, top), (cx + gw * 0.62, top), (cx + gw * 0.48, top - gh * 0.35),
               (cx - gw * 0.48, top - gh * 0.35)], fill=fill)
    d.rectangle([cx - gw * 0.5, top, cx + gw * 0.5, top + gh * 0.55], fill=fill)
    for k in (-2, -1, 0, 1, 2):
        x = cx + k * gw * 0.18
        d.rectangle([x - gw * 0.05, top + gh * 0.2, x + gw * 0.05, top + gh * 0.55], fill=(255, 255, 255, 0))
    d.rectangle([cx - gw * 0.7, top + gh * 0.6, cx + gw * 0.7, top + gh * 0.75], fill=fill)
    # gear at the bottom
    gy = cy + r * 0.62
    d.ellipse([cx - r * 0.2, gy - r * 0.2, cx + r * 0.2, gy + r * 0.2], outline=fill, width=w)
    for k in range(8):
        a = k * math.pi / 4
        d.line([cx + r * 0.2 * math.cos(a), gy + r * 0.2 * math.sin(a),
                cx + r * 0.28 * math.cos(a), gy + r * 0.28 * math.sin(a)], fill=fill, width=w)


def make_seal(text, r, center="star", fontname="sansb", bottom=None, ink=0.85, color=(205, 28, 38)):
    """Return an RGBA seal of size 2r+pad; the ring's outer radius is r."""
    S = 2 * r + 8
    img = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    c = S / 2
    fill = color + (255,)
    ring = max(4, int(r * 0.075))
    d.ellipse([c - r, c - r, c + r, c + r], outline=fill, width=ring)
    n = len(text)
    fs = int(r * 0.30) if n <= 12 else int(r * 0.26)
    fnt = font(fontname, fs)
    span = min(250, 18 * n + 40)
    rr = r - ring - fs * 0.62
    for i, ch in enumerate(text):
        ang = -span / 2 + span * (i + 0.5) / n  # degrees from top, clockwise
        tile = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((fs, fs), ch, font=fnt, fill=fill, anchor="mm")
        tile = tile.resize((fs * 2, int(fs * 2 * 1.15))).rotate(-ang, resample=Image.BICUBIC, expand=False)
        x = c + rr * math.sin(math.radians(ang))
        y = c - rr * math.cos(math.radians(ang))
        img.alpha_composite(tile, (int(x - tile.width / 2), int(y - tile.height / 2)))
    if center == "star":
        draw_star(d, c, c - r * 0.02, r * 0.30, fill)
    elif center == "emblem":
        draw_emblem(d, c, c - r * 0.05, r * 0.36, fill)
    if bottom:
        bf = font(fontname, int(r * 0.15))
        d.text((c, c + r * 0.55), bottom, font=bf, fill=fill, anchor="mm")
    a = np.array(img).astype(np.float32)
    # ink unevenness
    noise = cv2.GaussianBlur(NP.random((S, S)).astype(np.float32), (0, 0), r * 0.08)
    noise = (noise - noise.min()) / (np.ptp(noise) + 1e-6)
    speck = NP.random((S, S)) > (0.08 + (1 - ink) * 0.35)
    a[..., 3] *= (0.55 + 0.45 * noise) * ink * speck
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def stamp(paper, seal, cx, cy, rot=0.0):
    s = seal.rotate(rot, resample=Image.BICUBIC)
    arr = np.array(paper).astype(np.float32)
    sa = np.array(s).astype(np.float32)
    x0, y0 = int(cx - s.width / 2), int(cy - s.height / 2)
    h, w = sa.shape[:2]
    reg = arr[y0:y0 + h, x0:x0 + w]
    al = sa[..., 3:4] / 255.0
    col = sa[..., :3] / 255.0
    reg[:] = reg * (1 - al) + reg * col * al  # multiply blend
    paper.paste(Image.fromarray(arr.clip(0, 255).astype(np.uint8)))


# ---------------------------------------------------------------- paper layout
class Page:
    def __init__(self, w=1240, h=1754, tint=(252, 251, 247)):
        self.img = Image.new("RGB", (w, h), tint)
        self.d = ImageDraw.Draw(self.img)
        self.w, self.h = w, h
        self.lines = []
        self.circles = []  # (cx, cy, r)
        self.y = 130
        self.margin = 130

    def text(self, s, fname="serif", size=34, align="left", gap=1.75, color=(25, 25, 25), x=None, record=True):
        f = font(fname, size)
        if align == "center":
            self.d.text((self.w / 2, self.y), s, font=f, fill=color, anchor="ma")
        elif align == "right":
            self.d.text((self.w - self.margin, self.y), s, font=f, fill=color, anchor="ra")
        else:
            self.d.text((x if x is not None else self.margin, self.y), s, font=f, fill=color)
        if record:
            self.lines.append(s)
        self.y += int(size * gap)

    def para(self, s, fname="serif", size=34, gap=1.75, indent=True):
        f = font(fname, size)
        width = self.w - 2 * self.margin
        per = max(8, int(width / size))
        s = ("\u3000\u3000" + s) if indent else s
        while s:
            line = s[:per]
            while f.getlength(line) > width and len(line) > 4:
                line = line[:-1]
            while len(s) > len(line) and s[len(line)] in NOSTART:
                line = s[:len(line) + 1]
            self.text(line, fname, size, gap=gap)
            s = s[len(line):]

    def space(self, k):
        self.y += k

    def rule(self, color=(180, 30, 30), width=3):
        self.d.line([self.margin, self.y, self.w - self.margin, self.y], fill=color, width=width)
        self.y += 25

    def seal(self, seal_img, cx, cy, r, rot=None):
        stamp(self.img, seal_img, cx, cy, RNG.uniform(-25, 25) if rot is None else rot)
        self.circles.append((cx, cy, r))


# ---------------------------------------------------------------- effects
def desk(w, h, style):
    if style == "wood":
        base = np.array([120, 84, 52], np.float32)
        x = np.linspace(0, 1, w)[None, :]
        y = np.linspace(0, 1, h)[:, None]
        grain = np.sin((x * 40 + np.sin(y * 7) * 0.8 + NP.random() * 10) * 2.0) * 0.5 + 0.5
        v = 0.75 + 0.25 * grain
        img = base[None, None, :] * v[..., None]
    elif style == "gray":
        img = np.full((h, w, 3), [88, 90, 95], np.float32)
    elif style == "white":
        img = np.full((h, w, 3), [214, 212, 206], np.float32)
    else:  # cloth
        img = np.full((h, w, 3), [52, 70, 98], np.float32)
    img += NP.normal(0, 6, (h, w, 1))
    return img


def corners_of(circles, n=72):
    pts = []
    for cx, cy, r in circles:
        a = np.linspace(0, 2 * np.pi, n, endpoint=False)
        pts.append(np.stack([cx + r * np.cos(a), cy + r * np.sin(a)], 1))
    return pts


def boxes_from(pts_list, M, scale, W, H, persp=True):
    out = []
    for pts in pts_list:
        p = np.hstack([pts, np.ones((len(pts), 1))]) @ M.T
        if persp:
            p = p[:, :2] / p[:, 2:3]
        p = p[:, :2] * scale
        x0, y0 = max(0, p[:, 0].min()), max(0, p[:, 1].min())
        x1, y1 = min(W, p[:, 0].max()), min(H, p[:, 1].max())
        out.append([int(round(x0)), int(round(y0)), int(round(x1 - x0)), int(round(y1 - y0))])
    return out


def photo(page, long_side=None, rot=None, style=None, shadow=True, blur=None):
    src = np.array(page.img).astype(np.float32)
    h, w = src.shape[:2]
    CW, CH = int(w * 1.22), int(h * 1.16)
    bg = desk(CW, CH, style or RNG.choice(["wood", "gray", "white", "cloth"]))
    rot = RNG.uniform(-8, 8) if rot is None else rot
    sc = RNG.uniform(0.86, 0.93)
    c = np.array([CW / 2 + RNG.uniform(-20, 20), CH / 2 + RNG.uniform(-20, 20)])
    ca, sa = math.cos(math.radians(rot)), math.sin(math.radians(rot))
    src_c = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = []
    for x, y in src_c:
        x, y = (x - w / 2) * sc, (y - h / 2) * sc
        xr, yr = x * ca - y * sa, x * sa + y * ca
        dst.append([c[0] + xr + RNG.uniform(-35, 35), c[1] + yr + RNG.uniform(-30, 30)])
    dst = np.float32(dst)
    # perspective keystone: top edge narrower
    k = RNG.uniform(0, 45)
    dst[0, 0] += k; dst[1, 0] -= k
    M = cv2.getPerspectiveTransform(src_c, dst)
    warped = cv2.warpPerspective(src, M, (CW, CH), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (CW, CH))
    mask = cv2.GaussianBlur(mask, (3, 3), 0)[..., None]
    out = bg * (1 - mask) + warped * mask
    # uneven light
    gx, gy = np.meshgrid(np.linspace(-1, 1, CW), np.linspace(-1, 1, CH))
    ang = RNG.uniform(0, 2 * math.pi)
    light = 1 + RNG.uniform(0.06, 0.16) * (gx * math.cos(ang) + gy * math.sin(ang))
    light -= RNG.uniform(0.0, 0.1) * (gx ** 2 + gy ** 2)
    out *= light[..., None]
    if shadow:
        sh = np.zeros((CH, CW), np.float32)
        x0 = RNG.uniform(0.55, 0.8) * CW
        poly = np.int32([[x0, 0], [CW, 0], [CW, CH], [x0 + RNG.uniform(-200, 200), CH]])
        if RNG.random() < 0.5:
            poly = np.int32([[0, RNG.uniform(0.6, 0.8) * CH], [CW, RNG.uniform(0.7, 0.9) * CH], [CW, CH], [0, CH]])
        cv2.fillPoly(sh, [poly], 1.0)
        sh = cv2.GaussianBlur(sh, (0, 0), 45)
        out *= (1 - RNG.uniform(0.18, 0.32) * sh)[..., None]
    out = cv2.GaussianBlur(out, (0, 0), blur if blur else RNG.uniform(0.5, 1.1))
    out += NP.normal(0, 3.5, out.shape)
    long_side = long_side or RNG.choice([1280, 1400, 1500, 1600])
    s = long_side / max(CW, CH)
    W, H = int(round(CW * s)), int(round(CH * s))
    out = cv2.resize(out.clip(0, 255).astype(np.uint8), (W, H), interpolation=cv2.INTER_AREA)
    boxes = boxes_from(corners_of(page.circles), M, s, W, H, True)
    return Image.fromarray(out), boxes


def scan(page, width=None):
    src = np.array(page.img).astype(np.float32)
    h, w = src.shape[:2]
    rot = RNG.uniform(-1.2, 1.2)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), rot, 1.0)
    out = cv2.warpAffine(src, M, (w, h), borderValue=(250, 250, 250))
    out = out * RNG.uniform(0.95, 1.0) + NP.normal(0, 2.5, out.shape)
    out = cv2.GaussianBlur(out, (0, 0), 0.55)
    width = width or RNG.choice([1240, 1200, 1300])
    s = width / w
    W, H = width, int(round(h * s))
    out = cv2.resize(out.clip(0, 255).astype(np.uint8), (W, H), interpolation=cv2.INTER_AREA)
    M3 = np.vstack([M, [0, 0, 1]])
    boxes = boxes_from(corners_of(page.circles), M3, s, W, H, False)
    return Image.fromarray(out), boxes


# ---------------------------------------------------------------- screenshots
class Screen:
    def __init__(self, w=1080, h=2160, dark=False, title="", sub=None, kind="sms"):
        self.w, self.h, self.dark = w, h, dark
        self.s = w / 1080
        self.bg = (18, 18, 20) if dark else ((237, 237, 237) if kind == "wechat" else (248, 248, 250))
        self.fg = (232, 232, 232) if dark else (20, 20, 20)
        self.sub = (150, 150, 155) if dark else (120, 120, 125)
        self.img = Image.new("RGB", (w, h), self.bg)
        self.d = ImageDraw.Draw(self.img)
        self.lines = []
        self.fn = RNG.choice(["sans", "micro", "zen"])
        S = self.s
        self.d.text((int(50 * S), int(22 * S)), RNG.choice(["9:41", "14:07", "20:33", "10:18", "16:52"]),
                    font=font("sans", int(34 * S)), fill=self.fg)
        self.d.text((w - int(50 * S), int(22 * S)), "5G  86%", font=font("sans", int(30 * S)), fill=self.fg, anchor="ra")
        hb = (32, 32, 34) if dark else ((237, 237, 237) if kind == "wechat" else (255, 255, 255))
        self.d.rectangle([0, int(90 * S), w, int(210 * S)], fill=hb)
        self.d.text((int(40 * S), int(150 * S)), "‹", font=font("sans", int(60 * S)), fill=self.fg, anchor="lm")
        self.d.text((w / 2, int(150 * S) - (16 * S if sub else 0)), title, font=font("sansb", int(40 * S)),
                    fill=self.fg, anchor="mm")
        self.lines.append(title)
        if sub:
            self.d.text((w / 2, int(185 * S)), sub, font=font("sans", int(26 * S)), fill=self.sub, anchor="mm")
            self.lines.append(sub)
        self.y = int(250 * S)

    def stamp_time(self, t):
        S = self.s
        self.d.text((self.w / 2, self.y), t, font=font("sans", int(28 * S)), fill=self.sub, anchor="ma")
        self.lines.append(t)
        self.y += int(70 * S)

    def wrap(self, s, f, maxw):
        out, cur = [], ""
        for ch in s:
            if ch == "\n":
                out.append(cur); cur = ""; continue
            if f.getlength(cur + ch) > maxw and ch not in NOSTART:
                out.append(cur); cur = ch
            else:
                cur += ch
        if cur:
            out.append(cur)
        return out

    def bubble(self, s, side="left", name=None, size=38, color=None, avatar=True):
        S = self.s
        f = font(self.fn, int(size * S))
        maxw = self.w * 0.66
        lines = self.wrap(s, f, maxw)
        lh = int(size * S * 1.5)
        bw = max(f.getlength(l) for l in lines) + 50 * S
        bh = lh * len(lines) + 36 * S
        av = int(84 * S)
        if side == "left":
            x0 = int((40 + (110 if avatar else 0)) * S)
            col = color or ((44, 44, 46) if self.dark else (255, 255, 255))
            tc = self.fg
        else:
            x0 = int(self.w - (40 + (110 if avatar else 0)) * S - bw)
            col = color or ((38, 132, 64) if self.dark else (149, 236, 105))
            tc = (235, 245, 235) if self.dark else (20, 20, 20)
        if avatar:
            ax = int(40 * S) if side == "left" else int(self.w - 40 * S - av)
            self.d.rounded_rectangle([ax, self.y, ax + av, self.y + av], radius=int(10 * S),
                                     fill=(120, 150, 190) if side == "left" else (200, 160, 110))
        if name:
            self.d.text((x0, self.y - 4 * S), name, font=font("sans", int(26 * S)), fill=self.sub)
            self.lines.append(name)
            self.y += int(38 * S)
        self.d.rounded_rectangle([x0, self.y, x0 + bw, self.y + bh], radius=int(18 * S), fill=col)
        ty = self.y + 18 * S
        for l in lines:
            self.d.text((x0 + 25 * S, ty), l, font=f, fill=tc)
            self.lines.append(l)
            ty += lh
        self.y += int(bh + 40 * S)

    def card(self, rows, title=None, accent=(230, 80, 40)):
        S = self.s
        x0, x1 = int(40 * S), int(self.w - 40 * S)
        col = (36, 36, 38) if self.dark else (255, 255, 255)
        y0 = self.y
        hgt = int((90 if title else 30) * S + len(rows) * 64 * S + 20 * S)
        self.d.rounded_rectangle([x0, y0, x1, y0 + hgt], radius=int(22 * S), fill=col)
        y = y0 + int(30 * S)
        if title:
            self.d.text((x0 + 36 * S, y), title, font=font("sansb", int(40 * S)), fill=accent)
            self.lines.append(title)
            y += int(80 * S)
        for r in rows:
            if isinstance(r, tuple):
                self.d.text((x0 + 36 * S, y), r[0], font=font(self.fn, int(34 * S)), fill=self.sub)
                self.d.text((x1 - 36 * S, y), r[1], font=font(self.fn, int(34 * S)), fill=self.fg, anchor="ra")
                self.lines.append(r[0] + " " + r[1])
            else:
                self.d.text((x0 + 36 * S, y), r, font=font(self.fn, int(33 * S)), fill=self.fg)
                self.lines.append(r)
            y += int(64 * S)
        self.y = y0 + hgt + int(36 * S)

    def button(self, label, color=(22, 119, 255)):
        S = self.s
        self.d.rounded_rectangle([int(60 * S), self.y, int(self.w - 60 * S), self.y + int(110 * S)],
                                 radius=int(55 * S), fill=color)
        self.d.text((self.w / 2, self.y + int(55 * S)), label, font=font("sansb", int(40 * S)),
                    fill=(255, 255, 255), anchor="mm")
        self.lines.append(label)
        self.y += int(150 * S)

    def finish(self):
        h = max(int(self.y + 160 * self.s), int(self.w * 1.6))
        h = min(h, self.h)
        img = self.img.crop((0, 0, self.w, h))
        # input bar
        d = ImageDraw.Draw(img)
        S = self.s
        bar = (28, 28, 30) if self.dark else (245, 245, 247)
        d.rectangle([0, h - int(130 * S), self.w, h], fill=bar)
        d.rounded_rectangle([int(110 * S), h - int(108 * S), int(self.w - 180 * S), h - int(30 * S)],
                            radius=int(14 * S), fill=(50, 50, 52) if self.dark else (255, 255, 255))
        return img


def sms_screen(sender, msgs, dark=False, w=1080, sub="短信/彩信"):
    sc = Screen(w=w, dark=dark, title=sender, sub=sub)
    for t, m in msgs:
        sc.stamp_time(t)
        sc.bubble(m, "left", avatar=False, size=36)
    return sc


# ---------------------------------------------------------------- items
ITEMS = []


def add(kind, doc_type, lawful, expect, img, boxes, lines, seal_texts=(), seal_centers=(), seal_kinds=(),
        sender=None, contains=(), notes="", fmt=None):
    n = len(ITEMS) + 1
    lf = sum(1 for it in ITEMS if it["lawful"] == lawful) + 1
    stem = f"dl8_{n:02d}_{'l' if lawful else 'f'}{lf:02d}"
    ext = fmt or ("png" if kind == "screenshot" else "jpg")
    name = f"{stem}.{ext}"
    if ext == "jpg":
        img.save(OUT / name, quality=RNG.choice([80, 82, 84, 86]), optimize=True)
    else:
        img.save(OUT / name, optimize=True)
    for s in contains:
        if not any(s in l for l in lines):
            print("CONTAINS MISSING", name, s)
    assert len(boxes) == len(seal_texts) == len(seal_centers) == len(seal_kinds), name
    rec = {
        "doc_type": doc_type, "kind": kind, "expect": sorted(expect),
        "forbid": ["all"] if lawful else [],
        "seals": boxes, "seal_texts": list(seal_texts), "seal_centers": list(seal_centers),
        "seal_kinds": list(seal_kinds), "sender": sender, "text_contains": list(contains),
        "lawful": lawful, "notes": notes, "image": name, "size": [img.width, img.height],
        "source_text": lines,
    }
    (OUT / f"{stem}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    ITEMS.append(rec)


def court_paper(court, title, case, body, date, party, ink=0.85, fname="serif", seal_over_text=True):
    p = Page()
    p.text(court, "sansb" if RNG.random() < 0.5 else "serifb", 50, "center", 1.6)
    p.text(title, "serifb", 64, "center", 1.7)
    p.text(case, fname, 34, "right", 2.0)
    p.text(party, fname, 34)
    for b in body:
        p.para(b, fname, 33)
    p.space(60)
    p.text(court, fname, 34, "right", 1.7)
    p.text(date, fname, 34, "right", 1.7)
    r = 150
    cx = p.w - p.margin - 200
    cy = p.y - 110 if seal_over_text else p.y + 120
    seal = make_seal(court, r, "emblem", RNG.choice(["sansb", "serifb", "zen"]), ink=ink)
    p.seal(seal, cx, cy, r)
    return p


def firm_letter(firm, client, to, ref, body, lawyer, date, ink=0.85, fname="serif", r=130, seal_text=None,
                center="star"):
    p = Page()
    p.text(firm, "serifb", 44, "center", 1.5)
    p.rule((120, 120, 120), 2)
    p.text("律 师 函" if RNG.random() < 0.5 else "律师函", "serifb", 62, "center", 1.6)
    p.text(ref, fname, 30, "center", 2.0)
    p.text(to, fname, 34)
    for b in body:
        p.para(b.replace("{client}", client), fname, 33)
    p.space(40)
    p.text(lawyer, fname, 32)
    p.space(30)
    p.text(firm, fname, 34, "right", 1.7)
    p.text(date, fname, 34, "right", 1.7)
    cx, cy = p.w - p.margin - 170, p.y - 90
    p.seal(make_seal(seal_text or firm, r, center, RNG.choice(["sansb", "serifb", "kai"]), ink=ink), cx, cy, r)
    return p


def build():
    # ============ 12 lawful photos ============
    p = court_paper("广东省深圳市南山区人民法院", "执行通知书", "（2025）粤0305执1234号",
                    ["申请执行人深圳前海信融小额贷款有限公司与被执行人你借款合同纠纷一案，本院作出的（2024）粤0305民初8871号民事判决书已经发生法律效力。申请执行人于2025年2月10日向本院申请强制执行，本院于同日立案。",
                     "依照《中华人民共和国民事诉讼法》第二百五十一条的规定，责令你履行下列义务：一、向申请执行人支付借款本金36,500元及利息；二、负担案件受理费及执行费。",
                     "如不按期履行，本院将依法强制执行，并可依法将你纳入失信被执行人名单、采取限制消费措施。",
                     "联系人：王法官　联系电话：0755-2648××××"],
                    "二〇二五年二月十二日", "被执行人：陈建国", ink=0.9)
    img, b = photo(p)
    add("photo", "other", True, [], img, b, p.lines, ["广东省深圳市南山区人民法院"], ["emblem"], ["court"],
        contains=["执行通知书", "（2025）粤0305执1234号"],
        notes="Genuine-looking court enforcement notice: valid case number, lawful mention of 失信名单 and 限制消费 as the court's own powers; court seal with emblem centre.")

    p = court_paper("浙江省杭州市上城区人民法院", "报告财产令", "（2025）浙0102执567号",
                    ["本院在执行申请执行人杭银消费金融股份有限公司与被执行人你金融借款合同纠纷一案中，依照《中华人民共和国民事诉讼法》第二百五十二条的规定，责令你在收到本令后五日内，如实向本院报告当前以及收到执行通知之日前一年的财产情况。",
                     "拒绝报告或者虚假报告的，本院将根据情节轻重依法予以罚款、拘留。",
                     "附：财产申报表一份。"],
                    "二〇二五年三月三日", "被执行人：刘晓梅", ink=0.6, fname="ming")
    img, b = photo(p, style="wood")
    add("photo", "other", True, [], img, b, p.lines, ["浙江省杭州市上城区人民法院"], ["emblem"], ["court"],
        contains=["报告财产令", "（2025）浙0102执567号"],
        notes="Court order to report assets, valid case number; fines/detention for false reporting are the court's lawful statement. Faint court seal overlapping the date.")

    p = court_paper("江苏省南京市鼓楼区人民法院", "限制消费令", "（2024）苏0106执9027号",
                    ["本院于2024年11月5日立案执行申请执行人南京紫金农村商业银行股份有限公司申请执行你金融借款合同纠纷一案，因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，本院依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条，对你采取限制消费措施，限制你不得实施以下高消费及非生活和工作必需的消费行为：",
                     "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋。",
                     "如你认为本限制消费令有误，可向本院提出申请。"],
                    "二〇二四年十二月二十日", "被限制人：赵海波", ink=0.8)
    img, b = photo(p, style="gray")
    add("photo", "restriction_order", True, [], img, b, p.lines, ["江苏省南京市鼓楼区人民法院"], ["emblem"], ["court"],
        contains=["限制消费令", "（2024）苏0106执9027号"],
        notes="Genuine-looking consumption-restriction order from a basic court, quoting the SPC rules; emblem seal.")

    p = court_paper("四川省成都市锦江区人民法院", "传 票", "（2025）川0104民初3318号",
                    ["被传唤人：周立伟。案由：金融借款合同纠纷。被传唤人身份：被告。",
                     "应到时间：2025年4月18日上午9时30分。应到处所：本院第七法庭（成都市锦江区红星路二段）。",
                     "注意事项：一、被传唤人必须准时到达应到处所；二、本传票由被传唤人携带来院报到；三、被传唤人收到传票后，应在送达回证上签名或者盖章。",
                     "可拨打12368诉讼服务热线核实本案信息。"],
                    "二〇二五年三月十四日", "原告：四川锦程消费金融有限责任公司", ink=0.75, fname="micro")
    img, b = photo(p)
    add("photo", "court_summons", True, [], img, b, p.lines, ["四川省成都市锦江区人民法院"], ["emblem"], ["court"],
        contains=["传 票", "（2025）川0104民初3318号"],
        notes="Court summons for a filed civil case with a valid 民初 case number and a 12368 verification hint; court seal.")

    p = firm_letter("广东德衡律师事务所", "深圳众邦消费金融有限公司", "致：黄文杰先生", "（2025）德衡律函字第0421号",
                    ["本所受{client}委托，就您与委托人之间借款合同的履行事宜致函如下。",
                     "据委托人提供的材料，您于2023年8月借款人民币30,000元，约定分24期归还。截至2025年3月31日，您已有4期未按期还款，逾期本金合计5,210元。",
                     "请您通过委托人官方App“众邦金融”或对公账户还款。如您对金额有异议或确有困难，可在收函后十五日内与本所或委托人客服联系，协商分期方案。",
                     "如协商不成，委托人将保留依法向有管辖权的人民法院提起诉讼的权利。"],
                    "承办律师：林晓东　执业证号：14403201810283746", "二〇二五年四月二日", ink=0.9)
    img, b = photo(p, style="wood")
    add("photo", "lawyer_letter", True, [], img, b, p.lines, ["广东德衡律师事务所"], ["star"], ["law_firm"],
        contains=["律师事务所", "逾期本金合计5,210元"],
        notes="Calm lawyer's letter: names the client, amount, official channel, fifteen days to negotiate, conditional lawsuit; firm's star seal on the date line.")

    p = firm_letter("北京市汇诚律师事务所", "北京银行股份有限公司信用卡中心", "致：孙丽华女士", "汇诚函〔2025〕第37号",
                    ["受{client}委托，本所律师就您名下尾号6628信用卡欠款事宜向您致函。",
                     "截至2025年1月20日，该卡透支本金18,432.50元尚未归还，已逾期92天。根据《信用卡领用合约》，逾期期间将按合约计收利息，具体以账单为准。",
                     "请您于收函后三十日内与委托人联系处理，还款请认准官方渠道：拨打卡背面客服电话或通过手机银行还款，切勿向任何个人账户转账。",
                     "若您届时仍未处理，委托人可能依法提起诉讼，相关费用以法院判决为准。"],
                    "经办律师：马骏", "2025年1月25日", ink=0.55, fname="ming", r=120)
    img, b = photo(p, style="white")
    add("photo", "lawyer_letter", True, [], img, b, p.lines, ["北京市汇诚律师事务所"], ["star"], ["law_firm"],
        contains=["律师事务所", "经办律师：马骏"],
        notes="Lawyer's letter for a credit-card debt, thirty-day window, warns against personal accounts; faint star seal.")

    p = firm_letter("上海锦天城律师事务所", "上海尚诚消费金融股份有限公司", "致：吴志刚先生", "锦律函字（2025）第209号",
                    ["本所接受{client}的委托，就您所欠借款事宜，郑重致函如下：",
                     "您在委托人处的借款已连续逾期，截至本函发出之日，逾期本金为8,860元，逾期利息按合同约定计算。委托人已多次通过短信及电话提醒您还款。",
                     "本所建议您尽快通过委托人App或客服热线950××处理。如您因失业、疾病等原因暂时无力偿还，可提交证明材料申请延期或分期。",
                     "如您始终拒绝沟通，委托人将考虑通过诉讼途径维护合法权益。本函不构成对您任何权利的限制。"],
                    "承办律师：陈若琳　电话：021-2051××××", "二〇二五年五月八日", ink=0.8, fname="serif", r=140)
    img, b = photo(p, style="cloth")
    add("photo", "lawyer_letter", True, [], img, b, p.lines, ["上海锦天城律师事务所"], ["star"], ["law_firm"],
        contains=["律师事务所", "承办律师：陈若琳"],
        notes="Lawyer's letter offering hardship deferral; conditional lawsuit; star seal overlapping the firm name and date.")

    def bank_notice(bank, branch, seal_text, to, body, date, ink, fname, style):
        p = Page()
        p.text(bank, "sansb", 46, "center", 1.5)
        p.text("提前到期通知书", "serifb", 60, "center", 1.7)
        p.text("编号：" + f"TQ-{RNG.randint(2025000, 2025999)}", fname, 30, "right", 2.0)
        p.text(to, fname, 34)
        for bb in body:
            p.para(bb, fname, 33)
        p.space(60)
        p.text(branch, fname, 34, "right", 1.7)
        p.text(date, fname, 34, "right", 1.7)
        r = 135
        p.seal(make_seal(seal_text, r, "star", "sansb", ink=ink), p.w - p.margin - 190, p.y - 100, r)
        img, b = photo(p, style=style)
        return p, img, b

    p, img, b = bank_notice("招商银行", "招商银行股份有限公司深圳分行", "招商银行股份有限公司深圳分行", "尊敬的借款人 郭志明：",
                            ["您于2022年6月15日与我行签订《个人消费贷款合同》（合同编号：ZS-XF-2022-061588），借款本金200,000元，分60期按月归还。",
                             "截至2025年3月31日，您已累计9期未按约还款。根据合同第十二条第二款约定，借款人连续三期或累计六期未按约还款的，贷款人有权宣布贷款提前到期。",
                             "我行现依约通知您：上述贷款于本通知送达之日起提前到期，请您于2025年4月30日前归还剩余本金、利息及罚息。如有疑问，请致电95555或前往我行网点咨询。"],
                            "2025年4月3日", 0.85, "serif", "gray")
    add("photo", "cancellation_notice", True, [], img, b, p.lines, ["招商银行股份有限公司深圳分行"], ["star"], ["bank"],
        contains=["提前到期通知书", "累计9期未按约还款"],
        notes="Bank acceleration notice after nine missed instalments, citing the contract clause; month-long deadline; bank's seal.")

    p, img, b = bank_notice("中国建设银行", "中国建设银行股份有限公司佛山分行", "中国建设银行股份有限公司佛山分行", "借款人 邓美玲 女士：",
                            ["根据您与我行签订的《个人住房贷款合同》，您应按月偿还贷款本息。截至2025年2月28日，您已逾期11期，逾期本息合计47,126.33元，我行已先后七次书面催告。",
                             "依照合同第九条及《中华人民共和国民法典》第六百七十三条的规定，我行宣布该笔贷款全部提前到期。",
                             "请您自收到本通知之日起三十日内清偿全部欠款，或来我行协商处理。咨询电话：95533。"],
                            "2025年3月5日", 0.6, "ming", "wood")
    add("photo", "cancellation_notice", True, [], img, b, p.lines, ["中国建设银行股份有限公司佛山分行"], ["star"], ["bank"],
        contains=["提前到期通知书", "95533"],
        notes="Mortgage acceleration after eleven missed instalments and seven written reminders, citing 民法典 art. 673; faint bank seal.")

    def agency_letter(co, creditor, to, body, date, ink, fname, style, title="还款提醒函"):
        p = Page()
        p.text(co, "sansb", 44, "center", 1.5)
        p.rule((60, 90, 160), 3)
        p.text(title, "serifb", 56, "center", 1.8)
        p.text(to, fname, 34)
        for bb in body:
            p.para(bb.replace("{cr}", creditor), fname, 33)
        p.space(60)
        p.text(co, fname, 34, "right", 1.7)
        p.text(date, fname, 34, "right", 1.7)
        r = 130
        p.seal(make_seal(co, r, "star", RNG.choice(["sansb", "zen"]), ink=ink), p.w - p.margin - 180, p.y - 95, r)
        img, b = photo(p, style=style)
        return p, img, b

    p, img, b = agency_letter("湖南信达商务咨询服务有限公司", "长沙银行股份有限公司", "尊敬的 彭志强 先生：",
                              ["我司受{cr}委托，就您的信用卡欠款提供还款提醒服务。委托编号：XD-CS-25-04417。",
                               "截至2025年4月10日，您的欠款本金为12,300元。还款请通过长沙银行官方App、网点或客服热线96511办理，我司及工作人员不接收任何款项。",
                               "如您有还款困难，可向{cr}申请个性化分期。如对本函内容有异议，可拨打{cr}投诉电话核实。",
                               "我司工作时间为工作日9:00-20:00，不会联系与欠款无关的第三人。"],
                              "2025年4月12日", 0.85, "serif", "white")
    add("photo", "other", True, [], img, b, p.lines, ["湖南信达商务咨询服务有限公司"], ["star"], ["company"],
        contains=["还款提醒函", "我司及工作人员不接收任何款项"],
        notes="Licensed collection agency's reminder naming the creditor and official channel, disclaims third-party contact; company star seal.")

    p, img, b = agency_letter("浙江安信资产管理有限公司", "杭州银行股份有限公司", "致：许文斌 先生",
                              ["受{cr}委托，现就您名下个人贷款逾期事宜与您沟通。您已逾期5期，逾期本金6,742.18元。",
                               "根据委托方要求，我司向您说明：逾期记录将按规定报送征信系统，逾期罚息按合同约定计算。",
                               "请您通过{cr}手机银行或柜台还款，也可申请延期。本函不代表任何诉讼或司法程序。"],
                              "2025年5月20日", 0.65, "ming", "cloth", title="逾期账款告知函")
    add("photo", "other", True, [], img, b, p.lines, ["浙江安信资产管理有限公司"], ["star"], ["company"],
        contains=["逾期账款告知函", "本函不代表任何诉讼或司法程序"],
        notes="Agency's notice: credit-reporting fact stated lawfully, states it is not a court procedure; company seal, faint.")

    p = court_paper("湖北省武汉市江汉区人民法院", "执行通知书", "（2025）鄂0103执恢88号",
                    ["申请执行人湖北消费金融股份有限公司与被执行人你借款合同纠纷一案，因原执行程序终结后申请执行人发现你有可供执行的财产，本院依法恢复执行。",
                     "责令你自本通知送达之日起三日内履行（2023）鄂0103民初2451号民事判决确定的义务，并报告财产。逾期不履行的，本院将依法冻结、扣划你的存款，查封、扣押你的财产。",
                     "履行款项请汇入本院执行款专户，切勿汇入个人账户。"],
                    "二〇二五年一月九日", "被执行人：胡静", ink=0.95, fname="serif", seal_over_text=True)
    img, b = photo(p, style="gray")
    add("photo", "other", True, [], img, b, p.lines, ["湖北省武汉市江汉区人民法院"], ["emblem"], ["court"],
        contains=["执行通知书", "（2025）鄂0103执恢88号"],
        notes="Resumed-enforcement notice (执恢): freezing and seizure stated by the court itself; court seal over the date.")

    # ============ 12 lawful screenshots ============
    sc = Screen(dark=False, title="还款详情")
    sc.card([("借款编号", "HBJ20240611088"), ("本期应还", "1,268.40元"), ("其中本金", "1,150.00元"),
             ("利息", "96.40元"), ("逾期罚息", "22.00元"), ("已逾期", "3天")], title="您的账单已逾期")
    sc.card(["逾期罚息按借款合同第7条约定，", "以逾期本金为基数按日计收。", "逾期信息可能报送至金融信用信息基础数据库，",
             "请尽快还款以免影响个人信用。"], accent=(80, 80, 80))
    sc.button("立即还款")
    sc.card(["还款遇到困难？可在“我的-协商还款”", "提交申请，我们会在3个工作日内回复。"])
    img = sc.finish()
    add("screenshot", "other", True, [], img, [], sc.lines, contains=["您的账单已逾期", "以逾期本金为基数按日计收。"],
        notes="Lender app overdue page: fee per contract on overdue principal only, credit-report notice, hardship channel.")

    sc = Screen(dark=True, title="分期还款计划", w=900)
    sc.card([("原逾期金额", "9,600.00元"), ("分期期数", "12期"), ("每期应还", "812.50元"), ("首期还款日", "2025-06-15")],
            title="协商分期已生效", accent=(90, 200, 120))
    sc.card(["您于2025年5月28日在App内确认的", "分期还款方案已生效，期间不再计收罚息。", "如再次逾期，将恢复按原合同计息。"])
    sc.button("查看协议", color=(60, 120, 220))
    img = sc.finish()
    add("screenshot", "other", True, [], img, [], sc.lines, contains=["协商分期已生效", "分期还款计划"],
        notes="Dark-mode instalment plan confirmed in the lender's app.")

    sc = sms_screen("95555", [("4月2日 10:21", "【招商银行】尊敬的客户，您尾号8812的个人消费贷款已逾期15天，逾期金额3,204.55元。请登录招商银行App或通过柜台及时还款，以免影响您的个人征信。如已还款请忽略。"),
                              ("4月9日 09:05", "【招商银行】温馨提示：如您暂时还款困难，可致电95555申请个性化分期，请勿轻信非官方渠道的“代理协商”服务。")], dark=False)
    img = sc.finish()
    add("screenshot", "sms_message", True, [], img, [], sc.lines, sender="95555",
        contains=["【招商银行】", "95555"], notes="Bank SMS from 95555: overdue reminder, official channels, warns against debt-negotiation agents.")

    sc = sms_screen("95588", [("昨天 18:40", "【工商银行】您尾号0417的信用卡本期账单已逾期，最低还款额1,560.00元。根据领用合约，逾期将产生利息，请于近日通过工银e生活还款。"),
                              ("今天 08:12", "【工商银行】您的信用卡已连续逾期三期，我行可能依约停止卡片使用并报送征信。如有疑问请拨打95588。")],
                    dark=True, w=1000)
    img = sc.finish()
    add("screenshot", "sms_message", True, [], img, [], sc.lines, sender="95588",
        contains=["【工商银行】", "95588"], notes="Dark-mode bank SMS from 95588: card suspension per contract and credit report.")

    sc = sms_screen("12368", [("3月18日 14:30", "【深圳市福田区人民法院】李明，你与深圳微众消费金融有限公司金融借款合同纠纷一案（（2025）粤0304民初4521号），定于2025年4月10日9时在本院第十六法庭开庭审理，请准时到庭。详情可登录人民法院在线服务查询。")],
                    dark=False, sub="人民法院诉讼服务")
    img = sc.finish()
    add("screenshot", "sms_message", True, [], img, [], sc.lines, sender="12368",
        contains=["【深圳市福田区人民法院】", "12368"], notes="Real-style 12368 hearing notice with valid case number.")

    sc = sms_screen("12368", [("5月6日 10:02", "【广州市天河区人民法院】王芳，申请执行人招联消费金融股份有限公司与你借款合同纠纷一案已立案执行，案号（2025）粤0106执3307号。请按执行通知书履行义务，逾期本院将依法采取强制执行措施。咨询请拨打12368。")],
                    dark=True, w=1080, sub="人民法院诉讼服务")
    img = sc.finish()
    add("screenshot", "sms_message", True, [], img, [], sc.lines, sender="12368",
        contains=["【广州市天河区人民法院】", "12368"], notes="Dark-mode 12368 enforcement-filing SMS, valid 执 case number.")

    sc = sms_screen("12368", [("6月12日 16:47", "【杭州市西湖区人民法院】张伟，本院已就（2025）浙0106执保412号财产保全案作出民事裁定，冻结你名下银行存款人民币20,000元。裁定书已通过电子送达平台送达，请登录查收。如有异议可依法申请复议。")],
                    dark=False, w=900, sub="人民法院诉讼服务")
    img = sc.finish()
    add("screenshot", "sms_message", True, [], img, [], sc.lines, sender="12368",
        contains=["【杭州市西湖区人民法院】", "执保"], notes="12368 freezing-ruling SMS in a preservation case (执保), the court itself freezes.")

    sc = sms_screen("10690321588", [("4月15日 11:20", "【安信资产】彭先生，受长沙银行委托提醒：您的信用卡欠款12,300元已逾期，请通过长沙银行App或客服96511还款。我司不代收任何款项，如有疑问请致电长沙银行核实。回T退订")],
                    dark=False)
    img = sc.finish()
    add("screenshot", "sms_message", True, [], img, [], sc.lines, sender="10690321588",
        contains=["【安信资产】", "长沙银行"], notes="Compliant agency SMS from a 1069 gateway naming creditor and official channel.")

    sc = sms_screen("1069088812", [("昨天 15:02", "【信和商务】您好，我司受马上消费金融委托，提醒您借款已逾期21天，应还1,845.60元。请在马上消费App内还款或申请协商，客服电话以App内公布为准。本短信不涉及诉讼。")],
                    dark=True, w=1000)
    img = sc.finish()
    add("screenshot", "sms_message", True, [], img, [], sc.lines, sender="1069088812",
        contains=["【信和商务】", "马上消费"], notes="Dark-mode agency SMS from a 1069 gateway, says it involves no lawsuit.")

    sc = Screen(title="家人群（4）", kind="wechat")
    sc.stamp_time("周六 19:32")
    sc.bubble("妈，我那笔网贷逾期了两个月，今天收到律师函，说协商不成会起诉。", "right")
    sc.bubble("别慌，先看看欠多少，我们帮你一起还上。", "left", name="妈妈")
    sc.bubble("本金还差8000多，App里可以申请分期。", "right")
    sc.bubble("我明天转你5000，剩下的你自己分期还，以后别再借了。", "left", name="爸爸")
    sc.bubble("好，谢谢爸妈，我这就在App上申请。", "right")
    img = sc.finish()
    add("screenshot", "other", True, [], img, [], sc.lines, contains=["家人群（4）", "我们帮你一起还上"],
        notes="WeChat family group: son mentions a lawyer's letter and possible lawsuit; family helps repay.")

    sc = Screen(title="姐姐", kind="wechat", dark=True, w=900)
    sc.stamp_time("昨天 22:05")
    sc.bubble("姐，银行说我再不还信用卡就要起诉了，还说会冻结银行卡，是真的吗？", "right")
    sc.bubble("起诉是要走法院程序的，冻结也只有法院能做。你先打95588问清楚欠多少，协商分期。", "left")
    sc.bubble("嗯，我明天就打。", "right")
    sc.bubble("钱不够跟我说，千万别去借别的网贷来还。", "left")
    img = sc.finish()
    add("screenshot", "other", True, [], img, [], sc.lines, contains=["姐姐", "起诉是要走法院程序的"],
        notes="Dark WeChat chat between siblings discussing lawsuit/freezing correctly and advising against new loans.")

    sc = Screen(title="在线客服", sub="招联消费金融官方客服")
    sc.stamp_time("今天 14:11")
    sc.bubble("我这个月实在还不上，你们会不会上门或者起诉我？", "right")
    sc.bubble("您好，我们不会上门催收。逾期后我们会通过短信和电话提醒您，如长期未还款，公司可能依法通过诉讼解决，届时会由法院正式通知您。", "left", name="客服小招")
    sc.bubble("那能不能分期？", "right")
    sc.bubble("可以的，您可在App“我的-还款协商”提交申请，审核结果3个工作日内通知您。", "left", name="客服小招")
    img = sc.finish()
    add("screenshot", "other", True, [], img, [], sc.lines, contains=["在线客服", "我们不会上门催收"],
        notes="Customer-service chat: user asks 会不会上门/起诉, agent answers calmly and offers a plan.")

    # ============ 12 lawful scans ============
    def notice(title, org, lines_body, date, seal=None, fname="sans", table=None, head=None):
        p = Page()
        if head:
            p.text(head, "sans", 28, "left", 2.0, color=(90, 90, 90))
        p.text(title, "sansb", 56, "center", 1.8)
        for bb in lines_body[:1]:
            p.text(bb, fname, 34)
        if table:
            x0, x1 = p.margin, p.w - p.margin
            for k, (a, v) in enumerate(table):
                p.d.rectangle([x0, p.y - 10, x1, p.y + 52], outline=(60, 60, 60), width=2)
                p.d.line([x0 + 380, p.y - 10, x0 + 380, p.y + 52], fill=(60, 60, 60), width=2)
                p.d.text((x0 + 20, p.y), a, font=font(fname, 32), fill=(20, 20, 20))
                p.d.text((x0 + 400, p.y), v, font=font(fname, 32), fill=(20, 20, 20))
                p.lines.append(a + " " + v)
                p.y += 62
            p.space(30)
        for bb in lines_body[1:]:
            p.para(bb, fname, 32)
        p.space(50)
        p.text(org, fname, 34, "right", 1.7)
        p.text(date, fname, 34, "right", 1.7)
        out = dict(seal_texts=[], seal_centers=[], seal_kinds=[])
        if seal:
            r = 125
            p.seal(make_seal(seal[0], r, "star", RNG.choice(["sansb", "zen", "serifb"]), ink=seal[2]),
                   p.w - p.margin - 180, p.y - 95, r)
            out = dict(seal_texts=[seal[0]], seal_centers=["star"], seal_kinds=[seal[1]])
        img, b = scan(p)
        return p, img, b, out

    p, img, b, s = notice("水费欠费催缴通知单", "深圳市水务（集团）有限公司福田分公司",
                          ["用户：罗建华　户号：0301-778215", ],
                          "2025年4月8日", ("深圳市水务（集团）有限公司", "utility", 0.85),
                          table=[("欠费月份", "2025年1月-3月"), ("欠费金额", "286.40元"), ("违约金", "按日万分之五")],
                          head="水务服务热线：0755-96690")
    p2 = None
    add("scan", "other", True, [], img, b, p.lines, **s, contains=["水费欠费催缴通知单", "286.40元"],
        notes="Water-utility arrears notice: amount table, statutory late fee, company seal.")

    p, img, b, s = notice("电费催缴通知", "国网浙江省电力有限公司杭州供电公司",
                          ["尊敬的客户：户号 3302119087",
                           "您户截至2025年5月31日尚欠电费412.76元。请于2025年6月15日前通过“网上国网”App、银行代扣或营业厅缴纳。",
                           "根据《供用电合同》约定，逾期未缴的，供电企业可按规定程序中止供电，中止前将提前通知。"],
                          "2025年6月2日", ("国网浙江省电力有限公司杭州供电公司", "utility", 0.7), fname="micro")
    add("scan", "other", True, [], img, b, p.lines, **s, contains=["电费催缴通知", "412.76元"],
        notes="Electricity arrears notice with a contractual, pre-notified supply suspension.")

    p, img, b, s = notice("物业费催缴通知", "广州保利物业服务有限公司天河分公司",
                          ["致：12栋2单元1803房业主",
                           "您好！截至2025年3月31日，您房屋尚欠2024年度物业服务费3,648元。请于4月30日前到物业服务中心或通过“保利物业”小程序缴纳。",
                           "根据《物业服务合同》第十五条，逾期缴纳的，物业公司可依法通过诉讼方式追缴。如对费用有异议，欢迎到服务中心核对。"],
                          "2025年4月1日", ("广州保利物业服务有限公司", "company", 0.85), fname="serif")
    add("scan", "other", True, [], img, b, p.lines, **s, contains=["物业费催缴通知", "3,648元"],
        notes="Property-fee notice: contractual right to sue stated calmly.")

    p, img, b, s = notice("关于缴纳物业服务费的温馨提示", "万科物业·金域华府服务中心",
                          ["尊敬的业主：",
                           "本小区仍有部分业主未缴纳2024年物业费。物业管理人员将于本周内逐户上门送达缴费通知单，届时请您签收。",
                           "缴费方式：住这儿App、服务中心前台。咨询电话：020-3729××××"],
                          "2025年2月20日", None, fname="zen")
    add("scan", "other", True, [], img, b, p.lines, contains=["物业服务费", "逐户上门送达缴费通知单"],
        notes="Unsealed property notice: door-to-door delivery of fee notices by staff - a lawful 上门.")

    p, img, b, s = notice("关于协助执行扣划工资的告知书", "苏州恒远精密制造有限公司人力资源部",
                          ["员工 何家宝（工号：HY2018-0733）：",
                           "公司于2025年3月10日收到江苏省苏州市吴中区人民法院（2025）苏0506执1096号协助执行通知书，要求公司自2025年4月起每月扣留你工资收入的30%，直至扣足人民币21,400元。",
                           "依照《中华人民共和国民事诉讼法》的规定，公司作为协助执行人必须依法配合。扣划后保留你及所扶养家属的生活必需费用。",
                           "如有疑问，请与执行法院联系或到人力资源部查看通知书原件。"],
                          "2025年3月12日", ("苏州恒远精密制造有限公司", "company", 0.8), fname="serif")
    add("scan", "other", True, [], img, b, p.lines, **s, contains=["协助执行", "（2025）苏0506执1096号"],
        notes="HR wage-garnishment notice citing a court 协助执行通知书 with a valid case number; company seal (a company notice, not a court paper).")

    p, img, b, s = notice("家访通知", "成都市青羊区实验小学",
                          ["尊敬的三年级（2）班家长：",
                           "为加强家校沟通，了解学生在家学习和生活情况，学校定于2025年4月14日至18日开展“万师进万家”家访活动。",
                           "班主任将与您电话预约具体上门时间，家访不收取任何费用，也不接受任何礼品。如不方便接待，可改为到校面谈。"],
                          "2025年4月7日", ("成都市青羊区实验小学", "school", 0.8), fname="ming")
    add("scan", "other", True, [], img, b, p.lines, **s, contains=["家访通知", "万师进万家"],
        notes="School home-visit notice (家访): appointment-based visit by the class teacher; school seal.")

    def article(head, title, paras, fname, foot):
        p = Page()
        p.text(head, "sans", 28, "left", 2.0, color=(120, 30, 30))
        p.rule((120, 30, 30), 2)
        p.text(title, "sansb", 50, "left", 1.8)
        for pp in paras:
            p.para(pp, fname, 31, gap=1.7)
        p.space(30)
        p.text(foot, "sans", 26, "left", 1.6, color=(100, 100, 100))
        return p

    p = article("都市快报 · 社会新闻　2025年3月21日　A07版", "暴力催收套路深 律师教你识破",
                ["近日，市民小李向本报反映，他因网贷逾期收到多条短信，称“72小时内不还款就起诉你”“已通知你单位和紧急联系人”，还有人称要“上门催收”。",
                 "律师表示，这些说法大多是施压话术。是否起诉要由债权人决定，法院立案后会依法送达，借贷违约属于民事纠纷，不会因为逾期就被抓。催收人员联系与债务无关的第三人，违反行业自律公约。",
                 "律师提醒，遇到此类情况可保留证据，向放贷机构投诉，或拨打12378银行保险消费者投诉热线反映。"],
                "serif", "（本报记者 陈晨）")
    img, b = scan(p)
    add("scan", "other", True, [], img, b, p.lines, contains=["暴力催收套路深", "都市快报"],
        notes="News article quoting collectors' threats in quotation marks and rebutting them.")

    p = article("反诈宣传 · 市公安局反诈中心提醒", "警惕“征信修复”“冒充法院”诈骗",
                ["骗子常见话术：“你已被列入网贷黑名单”“法院传票已经寄出，今天下午5点前不处理就冻结你名下所有银行卡”。",
                 "真相：法院短信统一使用12368号码发送，法院不会通过电话或短信要求向个人账户转账。所谓“网贷黑名单”并不存在，征信记录无法花钱修复。",
                 "记住：不听、不信、不转账。遇到可疑情况请拨打96110反诈专线咨询。"],
                "micro", "扫码下载国家反诈中心App")
    img, b = scan(p)
    add("scan", "other", True, [], img, b, p.lines, contains=["冒充法院", "96110"],
        notes="Anti-fraud leaflet quoting scammers' lines in quotation marks with the truth next to them.")

    p = article("金融知识进社区 · 银行业协会", "逾期了怎么办？五个误区要分清",
                ["误区一：“逾期一天就会被起诉、坐牢。”事实：借款纠纷是民事纠纷，起诉需要经过法院立案和送达。",
                 "误区二：“催收会爆你通讯录、上门找你家人。”事实：依规催收不得骚扰无关第三人，遇到此类行为可以投诉。",
                 "误区三：“借新还旧能救急。”事实：以贷养贷只会让债务越滚越大。",
                 "建议：主动联系贷款机构说明情况，通过官方渠道协商还款计划。"],
                "micro", "本宣传材料由市银行业协会印制")
    img, b = scan(p)
    add("scan", "other", True, [], img, b, p.lines, contains=["五个误区要分清", "银行业协会"],
        notes="Financial-literacy leaflet quoting myths (lawsuit, 爆通讯录, 借新还旧) and correcting them.")

    p = article("南方日报 · 法治　2025年5月9日", "一催收公司员工因恐吓借款人被行政拘留",
                ["据警方通报，某催收公司员工王某在催收过程中多次发送“不还钱就去你老家找你父母”“让你在单位抬不起头”等信息，并使用170开头的虚拟号码拨打借款人亲友电话。",
                 "警方依据《治安管理处罚法》对王某处以行政拘留十日。办案民警提醒，借款人遇到恐吓、骚扰可直接报警。"],
                "serif", "（记者 林涛 通讯员 粤公宣）")
    img, b = scan(p)
    add("scan", "other", True, [], img, b, p.lines, contains=["被行政拘留", "南方日报"],
        notes="News report on a collector punished for threats; threats are quoted, not made.")

    def contract(title, no, arts, fname):
        p = Page()
        p.text("合同编号：" + no, fname, 28, "right", 1.8)
        p.text(title, "serifb", 44, "center", 1.8)
        for a in arts:
            p.para(a, fname, 31, gap=1.7, indent=False)
            p.space(10)
        p.space(20)
        p.text("第 3 页 共 8 页", fname, 26, "center", 1.5, color=(90, 90, 90))
        return p

    p = contract("个人消费借款合同", "ZX-XF-2024-0528163",
                 ["第七条　逾期利息：借款人未按期还款的，贷款人自逾期之日起对逾期本金按合同利率上浮50%计收罚息。",
                  "第八条　违约金：借款人逾期超过30日的，应按逾期本金的5%一次性支付违约金。本合同项下利息、罚息、违约金及其他费用之和不超过法律规定的上限。",
                  "第九条　提前到期：借款人连续三期或累计六期未按约还款的，贷款人有权书面通知借款人宣布本合同项下全部借款提前到期，借款人应立即清偿全部剩余本金、利息。",
                  "第十条　争议解决：因本合同产生的争议，双方协商解决；协商不成的，任何一方可向贷款人所在地人民法院提起诉讼。"], "serif")
    img, b = scan(p)
    add("scan", "other", True, [], img, b, p.lines, contains=["个人消费借款合同", "第九条"],
        notes="Contract page: penalty on overdue principal, acceleration after 3/6 missed instalments, dispute clause.")

    p = contract("信用卡领用合约（节选）", "GF-XYK-2023-V5",
                 ["第二十一条　持卡人未按期偿还最低还款额的，发卡机构可按约定收取违约金，并有权暂停或终止持卡人使用信用卡。",
                  "第二十二条　持卡人严重违约的，发卡机构有权宣布全部透支款项提前到期，要求持卡人一次性清偿。",
                  "第二十三条　发卡机构可委托依法设立的机构进行催收，并会将受托机构名称告知持卡人。受托机构不得以暴力、恐吓等方式催收，不得骚扰与债务无关的第三人。"], "ming")
    img, b = scan(p)
    add("scan", "other", True, [], img, b, p.lines, contains=["信用卡领用合约", "第二十二条"],
        notes="Card agreement excerpt: suspension, acceleration, outsourced collection rules.")

    # ============ 8 forged ============
    # f1: unsealed lawyer's letter, photo
    p = Page()
    p.text("律 师 函", "sansb", 70, "center", 1.8)
    p.text("致：赵立新", "zen", 36)
    for bb in ["你在我方合作平台的借款已严重逾期，经多次催告拒不还款，已涉嫌恶意拖欠。",
               "我方律师团队已准备好全部起诉材料，将立即起诉，你将在72小时内收到法院传票。",
               "请你务必于今天下午5点前结清全部欠款，逾期后果自负。"]:
        p.para(bb, "zen", 36)
    p.space(60)
    p.text("法务部　2025年5月16日", "zen", 34, "right")
    img, b = photo(p, style="wood")
    add("photo", "lawyer_letter", False, ["seal.missing", "lawsuit.threat", "pressure.deadline"], img, b, p.lines,
        contains=["律 师 函", "今天下午5点前"],
        notes="Forged lawyer's letter: no firm named, no seal, immediate lawsuit, 72-hour summons, same-day deadline.")

    # f2: restriction order with company star seal and old-style case number, scan
    p = Page()
    p.text("限制消费令", "serifb", 64, "center", 1.8)
    p.text("（2025）执字第0017号", "serif", 34, "right", 2.0)
    p.text("被限制人：林伟", "serif", 34)
    for bb in ["经核查，你在我司平台的借款已逾期超过60天。现对你采取限制消费措施，将你列入失信被执行人名单，禁止乘坐飞机、高铁。",
               "如需解除，请立即联系处理专员结清欠款。"]:
        p.para(bb, "serif", 34)
    p.space(60)
    p.text("恒信网络科技有限公司", "serif", 34, "right", 1.7)
    p.text("2025年3月2日", "serif", 34, "right", 1.7)
    r = 130
    p.seal(make_seal("恒信网络科技有限公司", r, "star", "sansb", ink=0.9), p.w - p.margin - 180, p.y - 95, r)
    img, b = scan(p)
    add("scan", "restriction_order", False, ["seal.issuer_mismatch", "doc.case_number_invalid", "blacklist.dishonest"],
        img, b, p.lines, ["恒信网络科技有限公司"], ["star"], ["company"], contains=["限制消费令", "（2025）执字第0017号"],
        notes="Fake consumption-restriction order issued by a tech company, star seal, old 字第 case-number form.")

    # f3: SMS from 106 in a court's voice
    sc = sms_screen("10691234567", [("今天 09:15", "【深圳市中级人民法院】陈强，你的网贷欠款纠纷已立案，法院传票将于24小时内送达，请立即联系处理专员，逾期将依法拘留。")])
    img = sc.finish()
    add("screenshot", "sms_message", False, ["sms.impersonation", "lawsuit.threat", "pressure.deadline"], img, [], sc.lines,
        sender="10691234567", contains=["【深圳市中级人民法院】", "已立案"],
        notes="Court's voice from a 1069 commercial gateway: already filed, summons within 24 hours, detention threat.")

    # f4: spaced sensitive words + third party + virtual number, SMS from a mobile
    sc = sms_screen("17035528841", [("昨天 20:47", "你 的 欠 款 已 转 入 法 院 起 诉 流 程，明天将通知你单位和紧急联系人。\n速回电：17035528841")], dark=True, w=1000)
    img = sc.finish()
    add("screenshot", "sms_message", False, ["text.spaced", "lawsuit.threat", "contact.third_party", "contact.virtual_number"],
        img, [], sc.lines, sender="17035528841", contains=["17035528841", "紧急联系人"],
        notes="Spaced characters (法 院 起 诉), employer and emergency contacts threatened, 1703 virtual call-back number.")

    # f5: unsealed summons with invalid case number, photo
    p = Page()
    p.text("人民法院", "serifb", 50, "center", 1.6)
    p.text("传 票", "serifb", 68, "center", 1.8)
    p.text("案号：（2025）民字第88号", "serif", 34, "right", 2.0)
    for bb in ["被传唤人：钱小军。案由：恶意拖欠网贷。",
               "你已被起诉，须于48小时内到案处理，否则将被强制执行并拘留。",
               "处理专线请拨打本通知所列号码，不得拖延。"]:
        p.para(bb, "serif", 34)
    p.space(80)
    p.text("2025年6月3日", "serif", 34, "right")
    img, b = photo(p, style="gray")
    add("photo", "court_summons", False, ["seal.missing", "doc.case_number_invalid", "lawsuit.threat", "pressure.deadline"],
        img, b, p.lines, contains=["传 票", "（2025）民字第88号"],
        notes="Fake summons: no court named, no seal, old-style case number, 48-hour deadline and detention.")

    # f6: lawyer's letter with company seal, home visit and third-party contact, scan
    p = Page()
    p.text("律师函", "sansb", 64, "center", 1.8)
    p.text("致：孙海燕", "sans", 34)
    for bb in ["你的借款逾期已久，我方将安排专员上门催收，并走访你的户籍地，向村委会及邻居核实情况。",
               "同时我方将通知你的紧急联系人及通讯录好友协助催还。"]:
        p.para(bb, "sans", 34)
    p.space(60)
    p.text("鼎盛信息咨询有限公司", "sans", 34, "right", 1.7)
    p.text("2025年4月22日", "sans", 34, "right", 1.7)
    r = 125
    p.seal(make_seal("鼎盛信息咨询有限公司", r, "star", "zen", ink=0.85), p.w - p.margin - 180, p.y - 95, r)
    img, b = scan(p)
    add("scan", "lawyer_letter", False, ["seal.issuer_mismatch", "visit.home", "contact.third_party"], img, b, p.lines,
        ["鼎盛信息咨询有限公司"], ["star"], ["company"], contains=["律师函", "安排专员上门催收"],
        notes="'Lawyer's letter' sealed by a consulting company; home/hometown visit and contact-book threats.")

    # f7: WeChat from collector with deadline, visit, 165 number
    sc = Screen(title="处理专员", kind="wechat")
    sc.stamp_time("今天 11:03")
    sc.bubble("今天下午5点前不处理，我们的人就去你家楼下等你。", "left")
    sc.bubble("有事打我电话16512348876，别逼我们。", "left")
    img = sc.finish()
    add("screenshot", "other", False, ["pressure.deadline", "visit.home", "contact.virtual_number"], img, [], sc.lines,
        contains=["今天下午5点前不处理", "16512348876"], notes="Collector's WeChat: same-day deadline, 'downstairs' visit, 165 virtual number.")

    # f8: enforcement notice sealed by a company, photo
    p = Page()
    p.text("广东省深圳市南山区人民法院", "serifb", 48, "center", 1.6)
    p.text("执行通知书", "serifb", 64, "center", 1.8)
    p.text("（2025）粤0305执2210号", "serif", 34, "right", 2.0)
    p.text("被执行人：马志华", "serif", 34)
    for bb in ["你在我司的借款已逾期，现责令你在24小时内还清全部欠款，否则将冻结你名下所有银行卡、微信和支付宝。",
               "还款请转入专员指定账户。"]:
        p.para(bb, "serif", 34)
    p.space(60)
    p.text("二〇二五年五月五日", "serif", 34, "right", 1.7)
    r = 130
    p.seal(make_seal("深圳前海速借网络科技有限公司", r, "star", "sansb", ink=0.8), p.w - p.margin - 180, p.y - 60, r)
    img, b = photo(p, style="cloth")
    add("photo", "other", False, ["seal.issuer_mismatch", "pressure.deadline", "asset.freeze"], img, b, p.lines,
        ["深圳前海速借网络科技有限公司"], ["star"], ["company"], contains=["执行通知书", "还款请转入专员指定账户"],
        notes="Court-style enforcement notice stamped with a lending company's star seal; 24-hour deadline, freezing of WeChat/Alipay.")


if __name__ == "__main__":
    for f in OUT.glob("dl8_*"):
        f.unlink()
    build()
    from collections import Counter
    print(len(ITEMS), Counter((i["kind"], i["lawful"]) for i in ITEMS))
