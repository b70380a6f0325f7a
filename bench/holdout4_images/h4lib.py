"""Rendering helpers for make_holdout4.py (BLIND held-out set v4).

Paper pages, round seals, photo / scan capture simulation, phone screens.
Everything is driven by numpy Generators passed in by the caller, so the
output is deterministic.
"""
from __future__ import annotations

import io
import math
import re
from functools import lru_cache

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_FILES = {
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sansb": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serifb": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "zen": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "micro": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
}


@lru_cache(maxsize=None)
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    path, idx = FONT_FILES[name]
    return ImageFont.truetype(path, int(size), index=idx)


CLOSE = set("，。、；：？！）》」』”’%,.;:!?)】〕")
_TOK = re.compile(r"[A-Za-z0-9@._\-/:%+#*=&?~]+|.", re.S)


def wrap(text: str, fnt, width: float, first_indent: float = 0) -> list[str]:
    toks = _TOK.findall(text)
    lines, cur, avail = [], "", width - first_indent
    for tok in toks:
        if fnt.getlength(cur + tok) <= avail or not cur:
            if fnt.getlength(tok) > avail and len(tok) > 1 and not cur:
                # over-long ascii token: break by characters
                for ch in tok:
                    if fnt.getlength(cur + ch) > avail and cur:
                        lines.append(cur)
                        cur, avail = "", width
                    cur += ch
                continue
            cur += tok
        elif tok[0] in CLOSE and len(tok) == 1:
            cur += tok
        else:
            lines.append(cur)
            cur, avail = tok.lstrip(" "), width
    if cur:
        lines.append(cur)
    return lines


def tracked_width(s, fnt, tracking):
    return sum(fnt.getlength(c) for c in s) + tracking * max(0, len(s) - 1)


def draw_tracked(d, xy, s, fnt, fill, tracking):
    x, y = xy
    for c in s:
        d.text((x, y), c, font=fnt, fill=fill)
        x += fnt.getlength(c) + tracking


# ---------------------------------------------------------------- seals

def _star_points(cx, cy, r, rot=-90.0):
    pts = []
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.382
        a = math.radians(rot + i * 36)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def _emblem(d: ImageDraw.ImageDraw, cx, cy, e):
    """A simplified national-emblem-like centre: big + 4 small stars, gate, wheat ring, gear."""
    # wheat ring: grains along two arcs
    for side in (-1, 1):
        for k in range(15):
            a = math.radians(90 + side * (35 + k * 9.5))
            r = e * 0.98
            gx, gy = cx + r * math.cos(a), cy + r * math.sin(a) - e * 0.05
            gw, gh = e * 0.11, e * 0.2
            ang = math.degrees(a) + 90
            grain = Image.new("L", (int(gh * 2 + 4), int(gh * 2 + 4)), 0)
            gd = ImageDraw.Draw(grain)
            c = grain.size[0] / 2
            gd.ellipse((c - gw / 2, c - gh / 2, c + gw / 2, c + gh / 2), fill=255)
            grain = grain.rotate(-ang + 25 * side, resample=Image.BICUBIC)
            d.bitmap((gx - grain.size[0] / 2, gy - grain.size[1] / 2), grain, fill=255)
    # stars: one big, four small in an arc around it
    d.polygon(_star_points(cx, cy - e * 0.5, e * 0.2), fill=255)
    for sx, sy in ((-0.36, -0.62), (-0.3, -0.36), (0.3, -0.36), (0.36, -0.62)):
        d.polygon(_star_points(cx + sx * e, cy + sy * e, e * 0.075), fill=255)
    # gate: base, body, two roofs
    d.rectangle((cx - e * 0.5, cy + e * 0.18, cx + e * 0.5, cy + e * 0.34), fill=255)
    d.rectangle((cx - e * 0.38, cy + e * 0.02, cx + e * 0.38, cy + e * 0.18), fill=255)
    d.polygon([(cx - e * 0.48, cy + e * 0.03), (cx + e * 0.48, cy + e * 0.03),
               (cx + e * 0.36, cy - e * 0.06), (cx - e * 0.36, cy - e * 0.06)], fill=255)
    d.polygon([(cx - e * 0.36, cy - e * 0.1), (cx + e * 0.36, cy - e * 0.1),
               (cx + e * 0.24, cy - e * 0.19), (cx - e * 0.24, cy - e * 0.19)], fill=255)
    for k in range(5):
        x = cx - e * 0.3 + k * e * 0.15
        d.rectangle((x - e * 0.025, cy + e * 0.22, x + e * 0.025, cy + e * 0.34), fill=0)
    # gear
    gy = cy + e * 0.66
    d.ellipse((cx - e * 0.16, gy - e * 0.16, cx + e * 0.16, gy + e * 0.16), fill=255)
    for k in range(10):
        a = math.radians(k * 36)
        d.ellipse((cx + e * 0.19 * math.cos(a) - e * 0.04, gy + e * 0.19 * math.sin(a) - e * 0.04,
                   cx + e * 0.19 * math.cos(a) + e * 0.04, gy + e * 0.19 * math.sin(a) + e * 0.04), fill=255)
    d.ellipse((cx - e * 0.06, gy - e * 0.06, cx + e * 0.06, gy + e * 0.06), fill=0)
    # ribbon
    d.line([(cx - e * 0.55, cy + e * 0.62), (cx - e * 0.2, cy + e * 0.8)], fill=255, width=max(1, int(e * 0.06)))
    d.line([(cx + e * 0.55, cy + e * 0.62), (cx + e * 0.2, cy + e * 0.8)], fill=255, width=max(1, int(e * 0.06)))


def seal_mask(diam: int, ring: str, center: str, bottom: str | None, fname: str,
              rng: np.random.Generator, inner_ring: bool = False, ring_frac: float = 0.042,
              text_scale: float = 1.0) -> Image.Image:
    """Return an 'L' alpha mask (diam x diam) of a round seal."""
    ss = 3
    S = diam * ss
    m = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(m)
    R = S / 2
    rw = max(2, int(S * ring_frac))
    d.ellipse((rw / 2, rw / 2, S - rw / 2, S - rw / 2), outline=255, width=rw)
    if inner_ring:
        iw = max(1, int(rw * 0.3))
        o = rw * 1.9
        d.ellipse((o, o, S - o, S - o), outline=255, width=iw)
    # ring text
    n = len(ring)
    fs = int(S * 0.145 * text_scale) if n <= 12 else int(S * 0.13 * text_scale)
    if n > 16:
        fs = int(S * 0.115 * text_scale)
    fnt = font(fname, fs)
    r_t = R - rw * (2.3 if inner_ring else 1.5) - fs * 0.55
    natural = math.degrees(fs * 1.08 / r_t)
    span = min(natural * (n - 1), 262.0) if n > 1 else 0
    step = span / (n - 1) if n > 1 else 0
    squeeze = min(1.0, step / natural) if n > 1 else 1.0
    squeeze = max(squeeze, 0.62)
    for i, ch in enumerate(ring):
        th = -90 - span / 2 + i * step
        tile = Image.new("L", (fs * 2, fs * 2), 0)
        td = ImageDraw.Draw(tile)
        td.text((fs * 0.5, fs * 0.5), ch, font=fnt, fill=255)
        if squeeze < 0.98:
            tw = max(1, int(tile.size[0] * squeeze))
            tile = tile.resize((tw, tile.size[1]), Image.BICUBIC)
        tile = tile.rotate(-(th + 90), resample=Image.BICUBIC, expand=True)
        x = R + r_t * math.cos(math.radians(th))
        y = R + r_t * math.sin(math.radians(th))
        bb = tile.getbbox()
        if bb is None:
            continue
        # centre the glyph's ink on (x, y)
        gx = (bb[0] + bb[2]) / 2
        gy = (bb[1] + bb[3]) / 2
        m.paste(255, (int(round(x - gx)), int(round(y - gy))), tile)
    # centre
    if center == "star":
        d.polygon(_star_points(R, R - S * 0.015, S * 0.165), fill=255)
    elif center == "emblem":
        _emblem(d, R, R - S * 0.01, S * 0.2)
    if bottom:
        bf = font(fname, int(S * 0.085 * text_scale))
        bw = bf.getlength(bottom)
        maxw = S * 0.5
        tile = Image.new("L", (int(bw + 10), int(S * 0.12)), 0)
        ImageDraw.Draw(tile).text((5, 0), bottom, font=bf, fill=255)
        if bw > maxw:
            tile = tile.resize((int(maxw), tile.size[1]), Image.BICUBIC)
        m.paste(255, (int(R - tile.size[0] / 2), int(R + S * 0.2)), tile)
    m = m.resize((diam, diam), Image.LANCZOS)
    # ink texture
    a = np.asarray(m).astype(np.float32) / 255.0
    low = rng.random((max(2, diam // 28), max(2, diam // 28))).astype(np.float32)
    low = cv2.resize(low, (diam, diam), interpolation=cv2.INTER_CUBIC)
    fine = rng.random((diam, diam)).astype(np.float32)
    tex = np.clip(0.55 + 0.55 * low, 0.35, 1.0) * np.where(fine < 0.06, 0.55, 1.0)
    a = np.clip(a * tex * rng.uniform(0.85, 0.98), 0, 1)
    a = cv2.GaussianBlur(a, (0, 0), 0.6)
    return Image.fromarray((a * 255).astype(np.uint8), "L")


def compose_multiply(base: Image.Image, alpha: Image.Image, color, xy, rot=0.0):
    """Multiply-blend an ink mask of the given colour onto base at xy (top-left)."""
    if rot:
        alpha = alpha.rotate(rot, resample=Image.BICUBIC)
    b = np.asarray(base).astype(np.float32)
    x0, y0 = int(round(xy[0])), int(round(xy[1]))
    a = np.asarray(alpha).astype(np.float32) / 255.0
    h, w = a.shape
    X0, Y0 = max(0, x0), max(0, y0)
    X1, Y1 = min(b.shape[1], x0 + w), min(b.shape[0], y0 + h)
    if X1 <= X0 or Y1 <= Y0:
        return base
    aa = a[Y0 - y0:Y1 - y0, X0 - x0:X1 - x0, None]
    col = np.array(color, np.float32)[None, None, :] / 255.0
    reg = b[Y0:Y1, X0:X1]
    b[Y0:Y1, X0:X1] = reg * (1 - aa + aa * col)
    return Image.fromarray(np.clip(b, 0, 255).astype(np.uint8))


# ---------------------------------------------------------------- paper pages

class Page:
    def __init__(self, w=1240, h=1754, bg=(255, 255, 255), margin=(150, 140, 150, 120)):
        self.im = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.im)
        self.w, self.h = w, h
        self.x0, self.y, self.x1 = margin[0], margin[1], w - margin[2]
        self.lines: list[str] = []
        self.seals: list[dict] = []
        self._inks: list[tuple] = []

    @property
    def width(self):
        return self.x1 - self.x0

    def gap(self, px):
        self.y += px

    def text(self, s, fname, size, align="left", color=(25, 25, 25), tracking=0, x=None, lh=1.55,
             record=True, advance=True, rec_as=None):
        f = font(fname, size)
        w = tracked_width(s, f, tracking)
        if x is None:
            x = {"left": self.x0, "center": (self.w - w) / 2, "right": self.x1 - w}[align]
        if tracking:
            draw_tracked(self.d, (x, self.y), s, f, color, tracking)
        else:
            self.d.text((x, self.y), s, font=f, fill=color)
        if record:
            self.lines.append(rec_as if rec_as is not None else s)
        box = (x, self.y, w, size * 1.2)
        if advance:
            self.y += size * lh
        return box

    def para(self, s, fname, size, indent=2, lh=1.7, color=(25, 25, 25), x0=None, x1=None, after=0.25):
        f = font(fname, size)
        xa = self.x0 if x0 is None else x0
        xb = self.x1 if x1 is None else x1
        ind = indent * size
        lines = wrap(s, f, xb - xa, ind)
        for i, ln in enumerate(lines):
            self.d.text((xa + (ind if i == 0 else 0), self.y), ln, font=f, fill=color)
            self.lines.append(ln)
            self.y += size * lh
        self.y += size * after
        return lines

    def hline(self, color=(200, 20, 30), thick=3, x0=None, x1=None, dy=0):
        xa = self.x0 if x0 is None else x0
        xb = self.x1 if x1 is None else x1
        self.d.rectangle((xa, self.y + dy, xb, self.y + dy + thick - 1), fill=color)

    def table(self, rows, colw, fname, size, border=(30, 30, 30), lw=2, pad=12, header_fill=None,
              color=(25, 25, 25), header_color=None, lh=1.45, align=None, x0=None):
        f = font(fname, size)
        x0 = self.x0 if x0 is None else x0
        total = sum(colw)
        top = self.y
        for ri, row in enumerate(rows):
            wrapped = [wrap(str(c), f, cw - 2 * pad) for c, cw in zip(row, colw)]
            nl = max(len(w) for w in wrapped)
            rh = nl * size * lh + 2 * pad
            if ri == 0 and header_fill:
                self.d.rectangle((x0, self.y, x0 + total, self.y + rh), fill=header_fill)
            x = x0
            for ci, (wl, cw) in enumerate(zip(wrapped, colw)):
                for li, ln in enumerate(wl):
                    tw = f.getlength(ln)
                    al = (align[ci] if align else "left")
                    tx = x + pad if al == "left" else (x + (cw - tw) / 2 if al == "center" else x + cw - pad - tw)
                    col = header_color if (ri == 0 and header_color) else color
                    self.d.text((tx, self.y + pad + li * size * lh), ln, font=f, fill=col)
                    self.lines.append(ln)
                x += cw
            self.d.line((x0, self.y, x0 + total, self.y), fill=border, width=lw)
            self.y += rh
        self.d.line((x0, self.y, x0 + total, self.y), fill=border, width=lw)
        x = x0
        for cw in [0] + list(colw):
            x += cw
            self.d.line((x, top, x, self.y), fill=border, width=lw)
        self.y += size * 0.6

    def seal(self, cx, cy, diam, ring, center, kind, bottom=None, fname="serifb", rng=None, color=None,
             rot=0.0, inner_ring=False, ring_frac=0.042, text_scale=1.0):
        color = color or (int(rng.integers(200, 232)), int(rng.integers(18, 50)), int(rng.integers(28, 62)))
        m = seal_mask(int(diam), ring, center, bottom, fname, rng, inner_ring, ring_frac, text_scale)
        x, y = cx - diam / 2, cy - diam / 2
        self._inks.append((m, color, (x, y), rot))
        self.seals.append({"box": [x, y, float(diam), float(diam)], "text": ring + (" " + bottom if bottom else ""),
                           "center": center, "kind": kind})

    def ink(self, mask, color, xy, rot=0.0):
        self._inks.append((mask, color, xy, rot))

    def rect_stamp(self, cx, cy, text, size, rng, fname="sansb", color=(212, 36, 44), rot=-8.0, record=True,
                   border=True):
        f = font(fname, size)
        tw = f.getlength(text)
        W, H = int(tw + size * 1.2), int(size * 1.9)
        m = Image.new("L", (W + 20, H + 20), 0)
        d = ImageDraw.Draw(m)
        if border:
            d.rectangle((10, 10, 10 + W, 10 + H), outline=255, width=max(3, size // 9))
        d.text((10 + (W - tw) / 2, 10 + H / 2 - size * 0.62), text, font=f, fill=255)
        m = m.rotate(rot, resample=Image.BICUBIC, expand=True)
        a = np.asarray(m).astype(np.float32) / 255
        tex = 0.6 + 0.4 * cv2.resize(rng.random((8, 8)).astype(np.float32), (a.shape[1], a.shape[0]))
        m = Image.fromarray((np.clip(a * tex, 0, 1) * 255).astype(np.uint8))
        self._inks.append((m, color, (cx - m.size[0] / 2, cy - m.size[1] / 2), 0.0))
        if record:
            self.lines.append(text)

    def round_logo(self, cx, cy, r, letter, color=(200, 25, 35), fname="sansb"):
        """A filled red round logo (not a seal)."""
        d = self.d
        d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=color)
        d.ellipse((cx - r * 0.72, cy - r * 0.72, cx + r * 0.72, cy + r * 0.72), fill=(255, 255, 255))
        f = font(fname, int(r * 0.95))
        tw = f.getlength(letter)
        d.text((cx - tw / 2, cy - r * 0.62), letter, font=f, fill=color)

    def finish(self) -> Image.Image:
        im = self.im
        for m, color, xy, rot in self._inks:
            im = compose_multiply(im, m, color, xy, rot)
        self.im = im
        return im


# ---------------------------------------------------------------- capture: photos

def _noise_field(rng, w, h, cells):
    a = rng.random((max(2, h // cells), max(2, w // cells))).astype(np.float32)
    return cv2.resize(a, (w, h), interpolation=cv2.INTER_CUBIC)


def background(kind, W, H, rng):
    if kind == "wood":
        base = np.array([rng.uniform(120, 165), rng.uniform(80, 105), rng.uniform(45, 65)], np.float32)
        streak = cv2.resize(rng.random((8, W // 3)).astype(np.float32), (W, H), interpolation=cv2.INTER_CUBIC)
        xs = np.arange(W, dtype=np.float32)[None, :]
        ys = np.arange(H, dtype=np.float32)[:, None]
        grain = np.sin(xs / rng.uniform(9, 16) + 6 * streak + ys / 400.0) * 0.5 + 0.5
        f = 0.78 + 0.22 * grain + 0.1 * (streak - 0.5)
        img = base[None, None, :] * f[:, :, None]
        # plank seams
        for k in range(1, 4):
            x = int(W * k / 3.5 + rng.uniform(-40, 40))
            img[:, max(0, x - 2):x + 2] *= 0.55
    elif kind == "desk":
        c = rng.uniform(205, 228)
        base = np.array([c, c - rng.uniform(0, 6), c - rng.uniform(4, 14)], np.float32)
        img = np.ones((H, W, 3), np.float32) * base
        img *= (0.97 + 0.06 * _noise_field(rng, W, H, 60))[:, :, None]
        img += rng.normal(0, 4, (H, W, 1)).astype(np.float32)
    elif kind == "bedspread":
        c1 = np.array(rng.choice([[182, 120, 140], [110, 140, 190], [210, 180, 120], [130, 170, 140]]), np.float32)
        c2 = np.clip(c1 + rng.uniform(30, 60), 0, 255)
        xs = np.arange(W)[None, :]
        ys = np.arange(H)[:, None]
        p = int(rng.integers(50, 90))
        chk = (((xs // p) + (ys // p)) % 2).astype(np.float32)
        img = (c1[None, None] * chk[:, :, None] + c2[None, None] * (1 - chk[:, :, None]))
        lines = (((xs % p) < 4) | ((ys % p) < 4)).astype(np.float32)
        img = img * (1 - 0.25 * lines[:, :, None])
        img = cv2.GaussianBlur(img, (0, 0), 2.0)
        folds = _noise_field(rng, W, H, 180)
        img *= (0.8 + 0.35 * folds)[:, :, None]
        img += rng.normal(0, 6, (H, W, 1)).astype(np.float32)
    elif kind == "carseat":
        c = rng.uniform(38, 62)
        img = np.ones((H, W, 3), np.float32) * np.array([c, c, c + rng.uniform(0, 8)], np.float32)
        img += rng.normal(0, 7, (H, W, 1)).astype(np.float32)
        ys = np.arange(H)[:, None]
        xs = np.arange(W)[None, :]
        dots = (((xs % 14) < 4) & ((ys % 14) < 4)).astype(np.float32)
        img *= (1 - 0.35 * dots)[:, :, None]
        for k in range(2):
            x = int(W * (0.15 + 0.7 * k) + rng.uniform(-30, 30))
            img[:, x - 3:x + 3] *= 0.6
            img[:, x + 3:x + 6] *= 1.25
        img *= (0.85 + 0.3 * _noise_field(rng, W, H, 220))[:, :, None]
    else:  # tablecloth / granite
        base = np.array([rng.uniform(90, 200), rng.uniform(90, 200), rng.uniform(90, 200)], np.float32)
        img = np.ones((H, W, 3), np.float32) * base
        img *= (0.85 + 0.3 * _noise_field(rng, W, H, 25))[:, :, None]
        img += rng.normal(0, 10, (H, W, 1)).astype(np.float32)
    return np.clip(img, 0, 255).astype(np.float32)


def circle_pts(box, n=72):
    x, y, w, h = box
    cx, cy = x + w / 2, y + h / 2
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    return np.stack([cx + w / 2 * np.cos(t), cy + h / 2 * np.sin(t)], 1).astype(np.float32)


def _bbox(pts, W, H):
    x0, y0 = np.clip(pts[:, 0].min(), 0, W), np.clip(pts[:, 1].min(), 0, H)
    x1, y1 = np.clip(pts[:, 0].max(), 0, W), np.clip(pts[:, 1].max(), 0, H)
    return [int(round(x0)), int(round(y0)), int(round(x1 - x0)), int(round(y1 - y0))]


def photo(doc: Image.Image, seal_boxes, rng, out=(1200, 1600), bg="wood", cover=0.84, tilt=0.06, rot=3.0,
          light=0.25, shadow=None, blur=0.8, cast=(1.0, 1.0, 1.0), noise=3.0, paper_tone=None):
    W, H = out
    bgimg = background(bg, W, H, rng)
    dw, dh = doc.size
    aspect = dh / dw
    ph = cover * H
    pw = ph / aspect
    if pw > cover * W * 1.02:
        pw = cover * W
        ph = pw * aspect
    scale = pw / dw
    small = doc.resize((max(2, int(dw * scale * 1.08)), max(2, int(dh * scale * 1.08))), Image.LANCZOS)
    s2 = small.size[0] / dw
    arr = np.asarray(small).astype(np.float32)
    if paper_tone is not None:
        arr = arr * np.array(paper_tone, np.float32)[None, None] / 255.0
    sw, sh = small.size
    cx = W / 2 + rng.uniform(-0.04, 0.04) * W
    cy = H / 2 + rng.uniform(-0.03, 0.03) * H
    k = 1 - tilt  # top edge narrower
    hw, hh = pw / 2, ph / 2
    dst = np.array([[-hw * k, -hh], [hw * k, -hh], [hw, hh], [-hw, hh]], np.float32)
    dst += rng.uniform(-0.018, 0.018, (4, 2)).astype(np.float32) * np.array([pw, ph], np.float32)
    a = math.radians(rot)
    R = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]], np.float32)
    dst = dst @ R.T + np.array([cx, cy], np.float32)
    src = np.array([[0, 0], [sw, 0], [sw, sh], [0, sh]], np.float32)
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(arr, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    # drop shadow of the sheet on the surface
    sh_mask = cv2.GaussianBlur(np.roll(np.roll(mask, 6, 0), 4, 1), (0, 0), 7)
    bgimg = bgimg * (1 - 0.35 * sh_mask)[:, :, None]
    img = warped * mask[:, :, None] + bgimg * (1 - mask[:, :, None])
    # uneven light
    xs = np.linspace(-1, 1, W, dtype=np.float32)[None, :]
    ys = np.linspace(-1, 1, H, dtype=np.float32)[:, None]
    ang = rng.uniform(0, 2 * np.pi)
    grad = (xs * math.cos(ang) + ys * math.sin(ang)) * light
    vign = -0.12 * (xs ** 2 + ys ** 2) * rng.uniform(0.4, 1.0)
    illum = 1.0 + grad + vign
    if shadow == "soft":
        sm = np.zeros((H, W), np.float32)
        ex, ey = rng.uniform(0.1, 0.9) * W, rng.choice([rng.uniform(-0.1, 0.2), rng.uniform(0.8, 1.1)]) * H
        cv2.ellipse(sm, (int(ex), int(ey)), (int(W * rng.uniform(0.25, 0.45)), int(H * rng.uniform(0.15, 0.3))),
                    float(rng.uniform(0, 180)), 0, 360, 1.0, -1)
        sm = cv2.GaussianBlur(sm, (0, 0), W * 0.06)
        illum *= 1 - rng.uniform(0.3, 0.45) * sm
    elif shadow == "hard":
        p0 = np.array([rng.uniform(0, W), 0.0])
        p1 = np.array([rng.uniform(0, W), float(H)])
        if rng.random() < 0.5:
            p0, p1 = np.array([0.0, rng.uniform(0.2, 0.8) * H]), np.array([float(W), rng.uniform(0.2, 0.8) * H])
        nx, ny = -(p1 - p0)[1], (p1 - p0)[0]
        side = ((np.arange(W)[None, :] - p0[0]) * nx + (np.arange(H)[:, None] - p0[1]) * ny) > 0
        sm = cv2.GaussianBlur(side.astype(np.float32), (0, 0), rng.uniform(1.5, 4.0))
        illum *= 1 - rng.uniform(0.25, 0.4) * sm
    img = img * illum[:, :, None] * np.array(cast, np.float32)[None, None]
    if blur > 0:
        img = cv2.GaussianBlur(img, (0, 0), blur)
    img += rng.normal(0, noise, img.shape).astype(np.float32)
    out_img = np.clip(img, 0, 255).astype(np.uint8)
    boxes = []
    for b in seal_boxes:
        pts = circle_pts(b) * s2
        tp = cv2.perspectiveTransform(pts[None], M)[0]
        boxes.append(_bbox(tp, W, H))
    return Image.fromarray(out_img), boxes


# ---------------------------------------------------------------- capture: scans

def scan(doc: Image.Image, seal_boxes, rng, out_w=1131, skew=1.0, tint=(252, 248, 238), noise=3.5, blur=0.5,
         lid=(238, 238, 238), fill=0.965, gamma=1.0, streak=False):
    dw, dh = doc.size
    out_h = int(round(out_w * dh / dw))
    sc = out_w * fill / dw
    small = doc.resize((int(dw * sc), int(dh * sc)), Image.LANCZOS)
    arr = np.asarray(small).astype(np.float32) * np.array(tint, np.float32)[None, None] / 255.0
    canvas = np.ones((out_h, out_w, 3), np.float32) * np.array(lid, np.float32)
    ox = (out_w - small.size[0]) / 2 + rng.uniform(-6, 6)
    oy = (out_h - small.size[1]) / 2 + rng.uniform(-8, 4)
    A = cv2.getRotationMatrix2D((small.size[0] / 2, small.size[1] / 2), skew, 1.0)
    A[0, 2] += ox
    A[1, 2] += oy
    warped = cv2.warpAffine(arr, A, (out_w, out_h), flags=cv2.INTER_LINEAR)
    mask = cv2.warpAffine(np.ones(arr.shape[:2], np.float32), A, (out_w, out_h), flags=cv2.INTER_LINEAR)
    img = warped * mask[:, :, None] + canvas * (1 - mask[:, :, None])
    # paper edge shadow
    edge = cv2.GaussianBlur(mask, (0, 0), 3) - mask
    img *= (1 - 0.6 * np.clip(edge, 0, 1))[:, :, None]
    if gamma != 1.0:
        img = 255.0 * (img / 255.0) ** gamma
    if streak:
        x = int(rng.uniform(0.2, 0.8) * out_w)
        img[:, x:x + 2] *= 0.9
    if blur:
        img = cv2.GaussianBlur(img, (0, 0), blur)
    img += rng.normal(0, noise, img.shape[:2] + (1,)).astype(np.float32)
    img += rng.normal(0, noise * 0.4, img.shape).astype(np.float32)
    # toner specks
    for _ in range(int(rng.integers(10, 40))):
        x, y = int(rng.uniform(0, out_w)), int(rng.uniform(0, out_h))
        r = int(rng.integers(1, 3))
        cv2.circle(img, (x, y), r, (70.0, 70.0, 70.0), -1)
    out_img = np.clip(img, 0, 255).astype(np.uint8)
    boxes = []
    for b in seal_boxes:
        pts = circle_pts(b) * sc
        tp = cv2.transform(pts[None], A)[0]
        boxes.append(_bbox(tp, out_w, out_h))
    return Image.fromarray(out_img), boxes


# ---------------------------------------------------------------- phone screens

class Screen:
    def __init__(self, w=720, h=1560, dark=False, fname="sans", bg=None):
        self.w, self.h, self.dark = w, h, dark
        self.s = w / 360.0
        self.fname = fname
        if bg is None:
            bg = (0, 0, 0) if dark else (255, 255, 255)
        self.bg = bg
        self.im = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.im)
        self.lines: list[str] = []
        self.fg = (232, 232, 232) if dark else (22, 22, 22)
        self.sub = (150, 150, 150) if dark else (120, 120, 120)

    def dp(self, v):
        return v * self.s

    def f(self, size_dp, bold=False, name=None):
        n = name or self.fname
        if bold:
            n = {"sans": "sansb", "serif": "serifb"}.get(n, n)
        return font(n, int(round(size_dp * self.s)))

    def status_bar(self, clock="9:41", color=None, bg=None, h_dp=28):
        color = color or self.fg
        if bg is not None:
            self.d.rectangle((0, 0, self.w, self.dp(h_dp)), fill=bg)
        f = self.f(13, bold=True)
        self.d.text((self.dp(18), self.dp(6)), clock, font=f, fill=color)
        # icons: signal, wifi, battery
        x = self.w - self.dp(18)
        bw, bh = self.dp(22), self.dp(11)
        y = self.dp(9)
        self.d.rounded_rectangle((x - bw, y, x, y + bh), radius=self.dp(2.5), outline=color, width=max(1, int(self.dp(1))))
        self.d.rectangle((x - bw + self.dp(2), y + self.dp(2), x - bw + self.dp(15), y + bh - self.dp(2)), fill=color)
        x -= bw + self.dp(8)
        for k in range(3):
            r = self.dp(3 + 3.2 * k)
            self.d.arc((x - self.dp(8) - r, y + self.dp(10) - r, x - self.dp(8) + r, y + self.dp(10) + r),
                       start=225, end=315, fill=color, width=max(1, int(self.dp(1.5))))
        x -= self.dp(24)
        for k in range(4):
            hh = self.dp(3 + 2.5 * k)
            self.d.rectangle((x - self.dp(16) + k * self.dp(4), y + bh - hh, x - self.dp(13.5) + k * self.dp(4), y + bh),
                             fill=color)
        return self.dp(h_dp)

    def back_arrow(self, x, y, color, size=10):
        s = self.dp(size)
        w = max(2, int(self.dp(2)))
        self.d.line([(x + s * 0.6, y - s * 0.6), (x, y), (x + s * 0.6, y + s * 0.6)], fill=color, width=w, joint="curve")

    def dots(self, x, y, color, vertical=False):
        for k in range(3):
            r = self.dp(1.8)
            cx, cy = (x, y + (k - 1) * self.dp(6)) if vertical else (x + (k - 1) * self.dp(6), y)
            self.d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=color)

    def text(self, xy, s, size_dp, color=None, bold=False, name=None, record=True, anchor="la"):
        f = self.f(size_dp, bold, name)
        self.d.text(xy, s, font=f, fill=color or self.fg, anchor=anchor)
        if record:
            self.lines.append(s)
        return f.getlength(s)

    def wrapped(self, x, y, s, size_dp, width, color=None, lh=1.45, bold=False, name=None, max_y=None):
        f = self.f(size_dp, bold, name)
        out = []
        for para in s.split("\n"):
            out += wrap(para, f, width) if para else [""]
        for i, ln in enumerate(out):
            ly = y + i * self.dp(size_dp) * lh
            if max_y is not None and ly + self.dp(size_dp) * 1.3 > max_y:
                return (i) * self.dp(size_dp) * lh, out[:i]
            self.d.text((x, ly), ln, font=f, fill=color or self.fg)
            if ln:
                self.lines.append(ln)
        return len(out) * self.dp(size_dp) * lh, out

    def measure(self, s, size_dp, width, lh=1.45, bold=False, name=None):
        f = self.f(size_dp, bold, name)
        out = []
        for para in s.split("\n"):
            out += wrap(para, f, width) if para else [""]
        mw = max(f.getlength(x) for x in out) if out else 0
        return len(out) * self.dp(size_dp) * lh, mw, out


def save_jpeg(im: Image.Image, path, quality, exif=None):
    kw = {"quality": int(quality), "optimize": False, "subsampling": 2}
    if exif is not None:
        kw["exif"] = exif
    im.save(path, "JPEG", **kw)


def make_exif(orientation=None, software=None, make=None, model=None):
    ex = Image.Exif()
    if make:
        ex[0x010F] = make
    if model:
        ex[0x0110] = model
    if orientation:
        ex[0x0112] = int(orientation)
    if software:
        ex[0x0131] = software.encode("utf-8") if any(ord(c) > 127 for c in software) else software
    return ex.tobytes()


def store_for_orientation(upright: Image.Image, orientation):
    """Pixels to store so that applying EXIF `orientation` gives `upright`."""
    if orientation in (None, 1):
        return upright
    return upright.transpose({6: Image.Transpose.ROTATE_90, 8: Image.Transpose.ROTATE_270,
                              3: Image.Transpose.ROTATE_180}[orientation])
