#!/usr/bin/env python3
"""Generate the holdout7_images blind set: 40 labelled images (28 lawful, 12 forged / threatening).

Deterministic: every item draws from its own numpy Generator seeded from a fixed number.
Run:  python3 make.py         (writes the images and sidecars next to this file)
Needs Python 3.11, numpy, opencv-python, Pillow and the CJK fonts under /usr/share/fonts.
All names of courts, banks, firms, people, phone numbers and account numbers are invented.
"""
import json
import math
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent
FD = "/usr/share/fonts/"
FONTS = {
    "sans": (FD + "opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sansb": (FD + "opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "serif": (FD + "opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serifb": (FD + "opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "kai": (FD + "truetype/arphic/ukai.ttc", 0),
    "ming": (FD + "truetype/arphic/uming.ttc", 0),
    "zen": (FD + "truetype/wqy/wqy-zenhei.ttc", 0),
    "micro": (FD + "truetype/wqy/wqy-microhei.ttc", 0),
}

ALL = [
    "seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid", "image.edited",
    "penalty.inflated", "contract.termination", "blacklist.dishonest", "family.children",
    "lawsuit.threat", "visit.home", "persona.authority", "promise.fee_waiver",
    "contact.third_party", "contact.virtual_number", "blacklist.online_loan", "borrow.new_loan",
    "asset.freeze", "pressure.deadline", "sms.impersonation", "text.spaced",
]


@lru_cache(None)
def font(key, size):
    p, i = FONTS[key]
    return ImageFont.truetype(p, int(round(size)), index=i)


NOSTART = set("，。、；：？！）》」』”’％%,.;:!?)】")


def _tokens(s):
    """CJK characters one by one; runs of Latin letters, digits and number punctuation stay whole."""
    out, run = [], ""
    for ch in s:
        if ch.isascii() and (ch.isalnum() or ch in ".,:/-%@_+*#"):
            run += ch
        else:
            if run:
                out.append(run)
                run = ""
            out.append(ch)
    if run:
        out.append(run)
    return out


def wrap(s, f, maxw, indent=0.0):
    """Wrap CJK text; closing punctuation never starts a line, numbers and words are not split."""
    lines, cur = [], ""
    for tok in _tokens(s):
        lim = maxw - (indent if not lines else 0)
        if cur and f.getlength(cur + tok) > lim:
            if tok in NOSTART:
                lines.append(cur + tok)
                cur = ""
                continue
            lines.append(cur)
            cur = "" if tok == " " else tok
        else:
            cur += tok
    if cur:
        lines.append(cur)
    return lines


# ----------------------------------------------------------------------------------------------
# seals


def _star(d, cx, cy, r, fill=255, rot=0.0):
    pts = []
    for k in range(10):
        rr = r if k % 2 == 0 else r * 0.382
        a = math.radians(-90 + rot + k * 36)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=fill)


def _rot_ellipse(d, cx, cy, a, b, ang, fill=255):
    pts = []
    ca, sa = math.cos(math.radians(ang)), math.sin(math.radians(ang))
    for k in range(20):
        t = 2 * math.pi * k / 20
        x, y = a * math.cos(t), b * math.sin(t)
        pts.append((cx + x * ca - y * sa, cy + x * sa + y * ca))
    d.polygon(pts, fill=fill)


def _emblem(d, cx, cy, re):
    """Stylised national-emblem-like centre: wheat ring, five stars, gate, cog wheel, ribbon."""
    for side in (-1, 1):
        for k in range(9):
            t = k / 8.0
            a = math.radians(90 + side * (22 + t * 128))
            px, py = cx + re * 0.9 * math.cos(a), cy + re * 0.9 * math.sin(a)
            tang = math.degrees(a) + 90
            _rot_ellipse(d, px, py, re * 0.15, re * 0.06, tang + side * 25)
        # stalk
        pts = []
        for k in range(12):
            a = math.radians(90 + side * (15 + k * 11))
            pts.append((cx + re * 0.8 * math.cos(a), cy + re * 0.8 * math.sin(a)))
        d.line(pts, fill=255, width=max(1, int(re * 0.05)))
    _star(d, cx, cy - re * 0.45, re * 0.2)
    for (ox, oy) in ((-0.36, -0.58), (-0.43, -0.36), (0.36, -0.58), (0.43, -0.36)):
        _star(d, cx + ox * re, cy + oy * re, re * 0.075, rot=math.degrees(math.atan2(oy + 0.45, ox)) + 90)
    # gate
    d.polygon([(cx - re * 0.5, cy - re * 0.12), (cx + re * 0.5, cy - re * 0.12),
               (cx + re * 0.38, cy - re * 0.22), (cx - re * 0.38, cy - re * 0.22)], fill=255)
    d.rectangle([cx - re * 0.38, cy - re * 0.12, cx + re * 0.38, cy - re * 0.0], fill=255)
    d.polygon([(cx - re * 0.62, cy + re * 0.1), (cx + re * 0.62, cy + re * 0.1),
               (cx + re * 0.5, cy - re * 0.0), (cx - re * 0.5, cy - re * 0.0)], fill=255)
    d.rectangle([cx - re * 0.56, cy + re * 0.1, cx + re * 0.56, cy + re * 0.38], fill=255)
    for k in range(5):
        x = cx + (k - 2) * re * 0.2
        d.rectangle([x - re * 0.045, cy + re * 0.2, x + re * 0.045, cy + re * 0.38], fill=0)
    d.rectangle([cx - re * 0.62, cy + re * 0.38, cx + re * 0.62, cy + re * 0.44], fill=255)
    # cog wheel and ribbon
    gy = cy + re * 0.66
    d.ellipse([cx - re * 0.17, gy - re * 0.17, cx + re * 0.17, gy + re * 0.17], fill=255)
    for k in range(10):
        a = 2 * math.pi * k / 10
        d.ellipse([cx + re * 0.2 * math.cos(a) - re * 0.04, gy + re * 0.2 * math.sin(a) - re * 0.04,
                   cx + re * 0.2 * math.cos(a) + re * 0.04, gy + re * 0.2 * math.sin(a) + re * 0.04], fill=255)
    d.ellipse([cx - re * 0.06, gy - re * 0.06, cx + re * 0.06, gy + re * 0.06], fill=0)
    for side in (-1, 1):
        d.polygon([(cx + side * re * 0.15, gy - re * 0.05), (cx + side * re * 0.72, gy - re * 0.28),
                   (cx + side * re * 0.78, gy - re * 0.14), (cx + side * re * 0.16, gy + re * 0.1)], fill=255)


def _arc_text(im, text, c, r, ch, a0, a1, fkey, squeeze=0.8, bottom=False):
    n = len(text)
    f = font(fkey, ch)
    for i, t in enumerate(text):
        a = a0 + (a1 - a0) * (i + 0.5) / n
        g = Image.new("L", (int(ch * 1.6), int(ch * 1.6)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), t, font=f, fill=255, anchor="mm")
        g = g.resize((max(1, int(g.width * squeeze)), g.height), Image.LANCZOS)
        rot = -(a - 90) if bottom else -(a + 90)
        g = g.rotate(rot, resample=Image.BICUBIC, expand=True)
        ar = math.radians(a)
        px, py = c + r * math.cos(ar), c + r * math.sin(ar)
        im.paste(255, (int(px - g.width / 2), int(py - g.height / 2)), mask=g)


def make_seal(rng, diam, ring, center="star", bottom=None, code=None, inner=False, fkey="serifb",
              span=None, ring_w=0.034, amp=0.85, mottle=0.35, holes=0.1, fade=None, rot=0.0, blur=0.6):
    """Return a float32 alpha patch (square) for a round seal of diameter `diam` px."""
    ss = 3
    D = diam * ss
    pad = int(D * 0.1)
    S = int(D + 2 * pad)
    c, R = S / 2, D / 2
    im = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(im)
    rw = max(2, int(D * ring_w))
    d.ellipse([c - R, c - R, c + R, c + R], outline=255, width=rw)
    if inner:
        ri = R - rw - D * 0.022
        d.ellipse([c - ri, c - ri, c + ri, c + ri], outline=255, width=max(2, int(rw * 0.3)))
    n = len(ring)
    span = span or min(290, 95 + n * 13)
    if code:
        span = min(span, 250)
    r0 = R - rw - (D * 0.03 if inner else D * 0.012)
    arc = 2 * math.pi * (r0 * 0.82) * span / 360
    ch = min(D * 0.165, arc / n * 0.98)
    rt = r0 - ch * 0.62
    _arc_text(im, ring, c, rt, ch, -90 - span / 2, -90 + span / 2, fkey)
    if center == "star":
        _star(d, c, c - (D * 0.02 if bottom else 0), D * (0.15 if n > 12 else 0.17))
    elif center == "emblem":
        _emblem(d, c, c + D * 0.015, D * 0.2)
    if bottom:
        fb = font(fkey, D * 0.085)
        g = Image.new("L", (int(fb.getlength(bottom)) + 8, int(D * 0.13)), 0)
        ImageDraw.Draw(g).text((4, g.height / 2), bottom, font=fb, fill=255, anchor="lm")
        g = g.resize((int(g.width * 0.85), g.height), Image.LANCZOS)
        im.paste(255, (int(c - g.width / 2), int(c + D * 0.24 - g.height / 2)), mask=g)
    if code:
        cs = D * 0.052
        sp = len(code) * 6.2
        _arc_text(im, code, c, r0 - cs * 0.7, cs, 90 + sp / 2, 90 - sp / 2, "sans", squeeze=0.9, bottom=True)
    im = im.resize((S // ss, S // ss), Image.LANCZOS)
    a = np.asarray(im).astype(np.float32) / 255.0
    h, w = a.shape
    low = cv2.GaussianBlur(rng.random((h, w)).astype(np.float32), (0, 0), max(2.0, w * 0.06))
    low = (low - low.min()) / (np.ptp(low) + 1e-6)
    a *= 1.0 - mottle * low
    sp_ = cv2.GaussianBlur(rng.random((h, w)).astype(np.float32), (0, 0), 1.1)
    sp_ = (sp_ - sp_.mean()) / (sp_.std() + 1e-6)
    a *= np.where(sp_ > 2.2 - holes * 6, 0.35, 1.0).astype(np.float32)
    if fade is not None:
        ang, p0, width = fade
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        proj = ((xx - w / 2) * math.cos(math.radians(ang)) + (yy - h / 2) * math.sin(math.radians(ang))) / (w / 2)
        a *= np.clip((p0 - proj) / width, 0.0, 1.0)
    a *= amp
    a = cv2.GaussianBlur(a, (0, 0), blur)
    if rot:
        M = cv2.getRotationMatrix2D((w / 2, h / 2), rot, 1.0)
        a = cv2.warpAffine(a, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=0)
    return np.clip(a, 0, 1)


def rect_stamp(rng, text, size, w_pad=0.6, border=0.08, amp=0.8, rot=-8, fkey="sansb"):
    """Rectangular red stamp (e.g. 已付) patch: not a seal."""
    f = font(fkey, size)
    tw = f.getlength(text)
    W, H = int(tw + size * w_pad * 2), int(size * 1.7)
    im = Image.new("L", (W + 20, H + 20), 0)
    d = ImageDraw.Draw(im)
    bw = max(3, int(size * border))
    d.rectangle([10, 10, 10 + W, 10 + H], outline=255, width=bw)
    d.text((10 + W / 2, 10 + H / 2), text, font=f, fill=255, anchor="mm")
    big = Image.new("L", (int((W + 20) * 1.5), int((H + 20) * 2.5)), 0)
    big.paste(im, ((big.width - im.width) // 2, (big.height - im.height) // 2))
    big = big.rotate(rot, resample=Image.BICUBIC)
    a = np.asarray(big).astype(np.float32) / 255
    low = cv2.GaussianBlur(rng.random(a.shape).astype(np.float32), (0, 0), 6)
    low = (low - low.min()) / (np.ptp(low) + 1e-6)
    a *= (1 - 0.4 * low) * amp
    return cv2.GaussianBlur(a, (0, 0), 0.6)


# ----------------------------------------------------------------------------------------------
# page


RED = (200, 28, 36)


class Page:
    def __init__(self, w=1100, h=1556, tone=(251, 250, 246)):
        self.w, self.h = w, h
        self.img = Image.new("RGB", (w, h), tone)
        self.d = ImageDraw.Draw(self.img)
        self.lines = []
        self.seals = []   # dicts: mask, color, text, center
        self.inks = []    # (mask, color) red or pen things that are not seals

    def text(self, x, y, s, key="serif", size=30, fill=(25, 25, 25), rec=True, anchor="la"):
        f = font(key, size)
        self.d.text((x, y), s, font=f, fill=fill, anchor=anchor)
        if rec and s.strip():
            self.lines.append(s.strip())
        return f.getlength(s)

    def center(self, y, s, key="serif", size=30, fill=(25, 25, 25), cx=None, rec=True):
        f = font(key, size)
        x = (cx if cx is not None else self.w / 2) - f.getlength(s) / 2
        self.text(x, y, s, key, size, fill, rec)
        return x, f.getlength(s)

    def right(self, y, s, xr, key="serif", size=30, fill=(25, 25, 25), rec=True):
        f = font(key, size)
        x = xr - f.getlength(s)
        self.text(x, y, s, key, size, fill, rec)
        return x, f.getlength(s)

    def para(self, x, y, width, s, key="serif", size=30, lh=1.75, indent=2, fill=(25, 25, 25)):
        f = font(key, size)
        ind = size * indent
        for i, ln in enumerate(wrap(s, f, width, ind)):
            self.text(x + (ind if i == 0 else 0), y, ln, key, size, fill)
            y += size * lh
        return y

    def hline(self, y, x0, x1, fill=(30, 30, 30), width=2):
        self.d.line([(x0, y), (x1, y)], fill=fill, width=width)

    def put_mask(self, patch, cx, cy):
        m = np.zeros((self.h, self.w), np.float32)
        ph, pw = patch.shape
        x0, y0 = int(round(cx - pw / 2)), int(round(cy - ph / 2))
        xa, ya = max(0, x0), max(0, y0)
        xb, yb = min(self.w, x0 + pw), min(self.h, y0 + ph)
        m[ya:yb, xa:xb] = patch[ya - y0:yb - y0, xa - x0:xb - x0]
        return m

    def seal(self, rng, cx, cy, diam, ring, center="star", color=None, **kw):
        patch = make_seal(rng, diam, ring, center=center, **kw)
        col = color or tuple(int(v) for v in rng.choice([(206, 32, 42), (196, 26, 58), (214, 52, 44), (188, 30, 40)]))
        self.seals.append(dict(mask=self.put_mask(patch, cx, cy), color=col, text=ring, center=center))

    def ink(self, patch, cx, cy, color=RED):
        self.inks.append((self.put_mask(patch, cx, cy), color))

    def pen_circle(self, rng, box, color=(205, 30, 40), width=4):
        """Hand-drawn ellipse round a number (not a seal)."""
        x0, y0, x1, y1 = box
        cx, cy, ax, ay = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2 + 16, (y1 - y0) / 2 + 12
        m = Image.new("L", (self.w, self.h), 0)
        dm = ImageDraw.Draw(m)
        pts = []
        t0 = rng.uniform(0, 2 * math.pi)
        for k in range(90):
            t = t0 + 2.25 * math.pi * k / 89
            wob = 1 + 0.05 * math.sin(3 * t + 1.3) + 0.03 * math.sin(7 * t)
            pts.append((cx + ax * wob * math.cos(t) + k * 0.08, cy + ay * wob * math.sin(t) - 0.04 * k))
        dm.line(pts, fill=255, width=width, joint="curve")
        a = np.asarray(m).astype(np.float32) / 255 * 0.85
        self.inks.append((cv2.GaussianBlur(a, (0, 0), 0.7), color))

    def signature(self, x, y, name, size=54, color=(28, 34, 80), rot=6):
        f = font("kai", size)
        g = Image.new("L", (int(f.getlength(name) + size), int(size * 2)), 0)
        ImageDraw.Draw(g).text((size / 2, size / 2), name, font=f, fill=255)
        g = g.rotate(rot, resample=Image.BICUBIC, expand=True)
        a = np.asarray(g).astype(np.float32) / 255 * 0.92
        m = np.zeros((self.h, self.w), np.float32)
        gh, gw = a.shape
        m[y:y + gh, x:x + gw] = a[:max(0, min(gh, self.h - y)), :max(0, min(gw, self.w - x))]
        self.inks.append((m, color))
        self.lines.append(name)

    def render(self):
        arr = np.asarray(self.img).astype(np.float32)
        for m, col in self.inks + [(s["mask"], s["color"]) for s in self.seals]:
            k = 1 - m[..., None] * (1 - np.array(col, np.float32) / 255.0)
            arr *= k
        return np.clip(arr, 0, 255).astype(np.uint8), [s["mask"] for s in self.seals]

    def meta(self):
        return dict(seal_texts=[s["text"] for s in self.seals], seal_centers=[s["center"] for s in self.seals],
                    lines=list(self.lines))


# ----------------------------------------------------------------------------------------------
# photo / scan / screenshot pipelines; each returns (rgb uint8 HxWx3, [seal masks HxW float])


def smooth_noise(rng, h, w, sigma):
    n = cv2.GaussianBlur(rng.standard_normal((h, w)).astype(np.float32), (0, 0), sigma)
    return n / (n.std() + 1e-6)


def background(kind, W, H, rng):
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if kind == "wood":
        base = np.array([(150, 104, 64), (172, 128, 84), (118, 80, 52)][rng.integers(3)], np.float32)
        warp = smooth_noise(rng, H, W, 60) * 14
        rings = np.sin(2 * np.pi * (yy + warp) / rng.uniform(9, 15))
        fine = cv2.GaussianBlur(rng.standard_normal((H, W)).astype(np.float32), (0, 0), sigmaX=28, sigmaY=1.2)
        fine /= fine.std() + 1e-6
        v = 1 + 0.05 * rings + 0.07 * fine + 0.06 * smooth_noise(rng, H, W, 120)
        seam = rng.uniform(250, 420)
        v *= np.where((yy % seam) < 3, 0.6, 1.0)
        img = base[None, None, :] * v[..., None]
    elif kind == "fabric":
        base = np.array([(92, 112, 150), (205, 194, 176), (158, 160, 166), (176, 120, 128)][rng.integers(4)], np.float32)
        per = rng.uniform(3.2, 4.5)
        weave = 0.5 + 0.5 * np.sin(2 * np.pi * xx / per) * np.sin(2 * np.pi * yy / per)
        folds = smooth_noise(rng, H, W, 70)
        v = (0.9 + 0.08 * weave) * (1 + 0.1 * folds)
        img = base[None, None, :] * v[..., None]
    elif kind == "dark":
        base = np.array([(58, 60, 64), (44, 42, 40)][rng.integers(2)], np.float32)
        v = 1 + 0.05 * smooth_noise(rng, H, W, 40) + 0.03 * rng.standard_normal((H, W)).astype(np.float32)
        img = base[None, None, :] * v[..., None]
    else:  # light desk laminate
        base = np.array([(214, 212, 206), (226, 222, 214), (196, 200, 204)][rng.integers(3)], np.float32)
        v = 1 + 0.025 * smooth_noise(rng, H, W, 30) + 0.012 * rng.standard_normal((H, W)).astype(np.float32)
        img = base[None, None, :] * v[..., None]
    return np.clip(img, 0, 255)


def shadow_mask(kind, W, H, rng):
    m = np.zeros((H, W), np.float32)
    if kind == "hand":
        side = rng.choice(["bottom", "right", "left"])
        if side == "bottom":
            cx, cy, ang = rng.uniform(0.45, 0.8) * W, H * rng.uniform(0.86, 0.95), -90
        elif side == "right":
            cx, cy, ang = W * rng.uniform(0.86, 0.95), rng.uniform(0.5, 0.8) * H, 180
        else:
            cx, cy, ang = W * rng.uniform(0.05, 0.14), rng.uniform(0.55, 0.85) * H, 0
        ang += rng.uniform(-25, 25)
        ca, sa = math.cos(math.radians(ang)), math.sin(math.radians(ang))
        s = W * rng.uniform(0.09, 0.12)
        cv2.ellipse(m, (int(cx), int(cy)), (int(s * 1.1), int(s * 0.95)), ang, 0, 360, 1, -1)
        for k, (off, ln) in enumerate(((-0.75, 1.5), (-0.25, 1.75), (0.25, 1.7), (0.7, 1.35))):
            fx = cx + ca * s * (0.9 + ln * 0.5) - sa * off * s
            fy = cy + sa * s * (0.9 + ln * 0.5) + ca * off * s
            cv2.ellipse(m, (int(fx), int(fy)), (int(s * ln * 0.55), int(s * 0.2)), ang, 0, 360, 1, -1)
        ex, ey = cx - ca * W, cy - sa * W
        cv2.line(m, (int(cx), int(cy)), (int(ex), int(ey)), 1, int(s * 1.5))
        m = cv2.GaussianBlur(m, (0, 0), W * rng.uniform(0.02, 0.035))
    elif kind == "phone":
        cx, cy = rng.uniform(0.3, 0.7) * W, rng.uniform(-0.05, 0.08) * H
        w_, h_ = W * rng.uniform(0.35, 0.5), H * rng.uniform(0.3, 0.4)
        box = cv2.boxPoints(((cx, cy), (w_, h_), rng.uniform(-15, 15))).astype(np.int32)
        cv2.fillPoly(m, [box], 1)
        m = cv2.GaussianBlur(m, (0, 0), W * rng.uniform(0.04, 0.06))
    return m


def photo(rgb, masks, rng, W=1200, H=1600, bg="wood", fill=0.86, jitter=0.045, rot=0.0, light=0.25,
          shadow=None, shadow_k=0.45, cast=None, blur=0.8, noise=3.0, crease=False, exposure=1.0):
    ph, pw = rgb.shape[:2]
    if crease:
        rgb = rgb.astype(np.float32)
        y0 = int(ph * rng.uniform(0.32, 0.38))
        rgb[y0:] *= 0.955
        rgb[y0 - 2:y0 + 2] *= 0.85
        rgb = np.clip(rgb, 0, 255).astype(np.uint8)
    s = min(W * fill / pw, H * fill / ph)
    sw, sh = int(pw * s), int(ph * s)
    page = cv2.resize(rgb, (sw, sh), interpolation=cv2.INTER_AREA)
    ms = [cv2.resize(m, (sw, sh), interpolation=cv2.INTER_AREA) for m in masks]
    cx = W / 2 + rng.uniform(-0.025, 0.025) * W
    cy = H / 2 + rng.uniform(-0.025, 0.025) * H
    ca, sa = math.cos(math.radians(rot)), math.sin(math.radians(rot))
    dst = []
    for (ox, oy) in ((-sw / 2, -sh / 2), (sw / 2, -sh / 2), (sw / 2, sh / 2), (-sw / 2, sh / 2)):
        x = cx + ox * ca - oy * sa + rng.uniform(-jitter, jitter) * sw
        y = cy + ox * sa + oy * ca + rng.uniform(-jitter, jitter) * sh * 0.7
        dst.append((x, y))
    src = np.float32([(0, 0), (sw, 0), (sw, sh), (0, sh)])
    M = cv2.getPerspectiveTransform(src, np.float32(dst))
    wp = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_LINEAR).astype(np.float32)
    pm = cv2.warpPerspective(np.ones((sh, sw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    outm = [cv2.warpPerspective(m, M, (W, H), flags=cv2.INTER_LINEAR) for m in ms]
    bgi = background(bg, W, H, rng)
    sh_ = cv2.GaussianBlur(np.roll(np.roll(pm, 7, 0), 5, 1), (0, 0), 9)
    bgi *= (1 - 0.45 * sh_)[..., None]
    out = bgi * (1 - pm[..., None]) + wp * pm[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    x0, y0 = rng.uniform(0.2, 0.8) * W, rng.uniform(0.1, 0.6) * H
    L = 1 + light * 0.5 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5)) \
        - light * 0.8 * (((xx - x0) / W) ** 2 + ((yy - y0) / H) ** 2)
    out *= (L * exposure)[..., None]
    if shadow:
        m = shadow_mask(shadow, W, H, rng)
        out *= (1 - shadow_k * m[..., None] * np.array([1.0, 0.97, 0.9], np.float32))
    if cast == "warm":
        out *= np.array([1.05, 0.99, 0.86], np.float32)
    elif cast == "cool":
        out *= np.array([0.9, 0.98, 1.07], np.float32)
    elif cast == "green":
        out *= np.array([0.95, 1.02, 0.93], np.float32)
    if blur:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    out += rng.standard_normal(out.shape[:2]).astype(np.float32)[..., None] * noise
    out += rng.standard_normal(out.shape).astype(np.float32) * noise * 0.4
    return np.clip(out, 0, 255).astype(np.uint8), outm


def scan(rgb, masks, rng, angle=0.5, noise=2.0, blur=0.45, edge=True, gamma=1.0, size=None):
    h, w = rgb.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    out = cv2.warpAffine(rgb, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=(246, 246, 244)).astype(np.float32)
    outm = [cv2.warpAffine(m, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=0) for m in masks]
    if edge:
        xx = np.arange(w, dtype=np.float32)
        e = 1 - 0.22 * np.exp(-xx / 9.0)
        out *= e[None, :, None]
    out = 255 * (out / 255) ** gamma
    if blur:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    out += rng.standard_normal(out.shape[:2]).astype(np.float32)[..., None] * noise
    out = np.clip(out, 0, 255).astype(np.uint8)
    if size:
        out = cv2.resize(out, size, interpolation=cv2.INTER_AREA)
        outm = [cv2.resize(m, size, interpolation=cv2.INTER_AREA) for m in outm]
    return out, outm


# ----------------------------------------------------------------------------------------------
# screenshots


def _status(d, w, dark, time="10:24", android=False):
    fg = (255, 255, 255) if dark else (0, 0, 0)
    if android:
        d.text((28, 14), time, font=font("sans", 24), fill=fg)
        x = w - 30
        d.rounded_rectangle([x - 40, 18, x, 38], 4, outline=fg, width=2)
        d.rectangle([x - 37, 21, x - 12, 35], fill=fg)
        d.text((x - 98, 12), "5G", font=font("sansb", 20), fill=fg)
        for k in range(4):
            d.rectangle([x - 130 + k * 7, 36 - 5 - k * 4, x - 126 + k * 7, 36], fill=fg)
    else:
        d.text((50, 12), time, font=font("sansb", 27), fill=fg)
        x = w - 34
        d.rounded_rectangle([x - 46, 18, x - 2, 40], 6, outline=fg, width=2)
        d.rectangle([x - 43, 21, x - 14, 37], fill=fg)
        d.rectangle([x, 25, x + 3, 33], fill=fg)
        for k in range(4):
            d.rectangle([x - 110 + k * 9, 38 - 6 - k * 5, x - 104 + k * 9, 38], fill=fg)


class Screen:
    def __init__(self, w=720, h=1560, dark=False, style="ios", bg=None):
        self.w, self.h, self.dark, self.style = w, h, dark, style
        if bg is None:
            bg = (0, 0, 0) if (dark and style == "ios") else (18, 18, 20) if dark and style == "android" else \
                (17, 17, 17) if dark else (237, 237, 237) if style == "chat" else (255, 255, 255)
        self.bg = bg
        self.img = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.lines = []
        self.masks = []
        self.seal_texts, self.seal_centers = [], []
        self.y = 0

    def rec(self, s):
        if s.strip():
            self.lines.append(s.strip())

    def fg(self):
        return (255, 255, 255) if self.dark else (0, 0, 0)

    # --- SMS app headers
    def sms_header(self, sender, time, sub=None):
        d, w = self.d, self.w
        if self.style == "ios":
            _status(d, w, self.dark, time)
            d.text((22, 66), "‹", font=font("sans", 64), fill=(10, 132, 255))
            d.ellipse([w / 2 - 42, 64, w / 2 + 42, 148], fill=(160, 164, 172) if not self.dark else (110, 112, 118))
            d.ellipse([w / 2 - 15, 80, w / 2 + 15, 110], fill=(255, 255, 255))
            d.chord([w / 2 - 30, 112, w / 2 + 30, 170], 180, 360, fill=(255, 255, 255))
            d.rectangle([w / 2 - 42, 148, w / 2 + 42, 175], fill=self.bg)
            f = font("sans", 24)
            d.text((w / 2, 168), sender + " ›", font=f, fill=self.fg(), anchor="mt")
            self.rec(sender)
            hl = (38, 38, 40) if self.dark else (218, 218, 222)
            d.line([(0, 212), (w, 212)], fill=hl, width=1)
            self.y = 236
        else:
            _status(d, w, self.dark, time, android=True)
            d.text((26, 70), "←", font=font("sans", 40), fill=self.fg())
            d.text((96, 66), sender, font=font("sansb", 34), fill=self.fg())
            self.rec(sender)
            if sub:
                d.text((96, 112), sub, font=font("sans", 21), fill=(150, 150, 155))
                self.rec(sub)
            d.rounded_rectangle([w - 130, 76, w - 98, 112], 8, outline=self.fg(), width=3)
            for k in range(3):
                d.ellipse([w - 50, 78 + k * 12, w - 44, 84 + k * 12], fill=self.fg())
            self.y = 170

    def sms_time(self, s):
        f = font("sans", 22)
        self.d.text((self.w / 2, self.y), s, font=f, fill=(142, 142, 147), anchor="mt")
        self.rec(s)
        self.y += 48

    def sms_in(self, text, size=29, stamp=None):
        f = font("sans", size)
        maxw = self.w * 0.66
        lines = []
        for part in text.split("\n"):
            lines += wrap(part, f, maxw)
        lh = size * 1.42
        tw = max(f.getlength(s) for s in lines)
        padx, pady = 26, 16
        x0 = 24 if self.style == "ios" else 92
        box = [x0, self.y, x0 + tw + 2 * padx, self.y + len(lines) * lh + 2 * pady]
        if self.style == "ios":
            fill = (38, 38, 41) if self.dark else (233, 233, 235)
            self.d.rounded_rectangle(box, 34, fill=fill)
        else:
            fill = (43, 45, 50) if self.dark else (241, 243, 244)
            self.d.rounded_rectangle(box, 26, fill=fill)
            self.d.ellipse([24, self.y, 76, self.y + 52], fill=(94, 129, 172))
            self.d.text((50, self.y + 26), "#", font=font("sansb", 26), fill=(255, 255, 255), anchor="mm")
        col = (245, 245, 245) if self.dark else (10, 10, 10)
        y = self.y + pady
        for s in lines:
            self.d.text((x0 + padx, y), s, font=f, fill=col)
            self.rec(s)
            y += lh
        self.y = box[3] + 14
        if stamp:
            self.d.text((x0 + 8, self.y), stamp, font=font("sans", 20), fill=(142, 142, 147))
            self.rec(stamp)
            self.y += 34
        self.y += 20

    def sms_footer(self):
        d, w, h = self.d, self.w, self.h
        if self.style == "ios":
            d.ellipse([22, h - 110, 82, h - 50], fill=(58, 58, 60) if self.dark else (229, 229, 234))
            d.text((52, h - 80), "+", font=font("sans", 40), fill=(150, 150, 155), anchor="mm")
            d.rounded_rectangle([100, h - 110, w - 22, h - 50], 30, outline=(70, 70, 74) if self.dark else (200, 200, 204), width=2)
            d.text((126, h - 80), "短信", font=font("sans", 26), fill=(142, 142, 147), anchor="lm")
            d.rounded_rectangle([w / 2 - 70, h - 22, w / 2 + 70, h - 14], 4, fill=self.fg())
        else:
            d.rounded_rectangle([24, h - 118, w - 100, h - 52], 33, fill=(40, 42, 46) if self.dark else (238, 240, 243))
            d.text((60, h - 85), "短信", font=font("sans", 26), fill=(150, 150, 155), anchor="lm")
            d.ellipse([w - 88, h - 118, w - 22, h - 52], fill=(120, 160, 230))
            d.polygon([(w - 68, h - 100), (w - 36, h - 85), (w - 68, h - 70), (w - 62, h - 85)], fill=(255, 255, 255))

    # --- chat app
    def chat_header(self, title, time):
        d, w = self.d, self.w
        _status(d, w, self.dark, time)
        fg = (230, 230, 230) if self.dark else (17, 17, 17)
        d.text((24, 66), "‹", font=font("sans", 60), fill=fg)
        d.text((w / 2, 100), title, font=font("sansb", 31), fill=fg, anchor="mm")
        self.rec(title)
        d.text((w - 40, 100), "···", font=font("sansb", 30), fill=fg, anchor="rm")
        d.line([(0, 148), (w, 148)], fill=(40, 40, 40) if self.dark else (214, 214, 214), width=1)
        self.y = 176

    def chat_time(self, s):
        self.d.text((self.w / 2, self.y), s, font=font("sans", 22), fill=(150, 150, 150), anchor="mt")
        self.rec(s)
        self.y += 52

    def _avatar(self, x, y, ch, color):
        self.d.rounded_rectangle([x, y, x + 74, y + 74], 8, fill=color)
        self.d.text((x + 37, y + 37), ch, font=font("sansb", 34), fill=(255, 255, 255), anchor="mm")

    def chat_msg(self, text, out=False, avatar=("某", (120, 140, 170)), size=30):
        f = font("sans", size)
        maxw = self.w * 0.6
        lines = []
        for part in text.split("\n"):
            lines += wrap(part, f, maxw)
        lh = size * 1.4
        tw = max(f.getlength(s) for s in lines)
        padx, pady = 22, 18
        bw, bh = tw + 2 * padx, len(lines) * lh + 2 * pady - (lh - size) * 0.6
        if out:
            ax = self.w - 24 - 74
            bx = ax - 18 - bw
            fill = (62, 181, 117) if self.dark else (149, 236, 105)
            tcol = (17, 17, 17)
            tri = [(bx + bw, self.y + 26), (bx + bw + 10, self.y + 36), (bx + bw, self.y + 46)]
        else:
            ax = 24
            bx = ax + 74 + 18
            fill = (44, 44, 44) if self.dark else (255, 255, 255)
            tcol = (213, 213, 213) if self.dark else (25, 25, 25)
            tri = [(bx, self.y + 26), (bx - 10, self.y + 36), (bx, self.y + 46)]
        self._avatar(ax, self.y, avatar[0], avatar[1])
        self.d.rounded_rectangle([bx, self.y, bx + bw, self.y + bh], 10, fill=fill)
        self.d.polygon(tri, fill=fill)
        y = self.y + pady
        for s in lines:
            self.d.text((bx + padx, y), s, font=f, fill=tcol)
            self.rec(s)
            y += lh
        self.y += max(bh, 74) + 30

    def chat_image(self, rgb, masks, seal_texts, seal_centers, out=False, avatar=("某", (120, 140, 170)),
                   width=430):
        h0, w0 = rgb.shape[:2]
        s = width / w0
        iw, ih = int(w0 * s), int(h0 * s)
        small = cv2.resize(rgb, (iw, ih), interpolation=cv2.INTER_AREA)
        if out:
            ax = self.w - 24 - 74
            x0 = ax - 18 - iw
        else:
            ax = 24
            x0 = ax + 74 + 18
        y0 = int(self.y)
        self._avatar(ax, y0, avatar[0], avatar[1])
        rm = Image.new("L", (iw, ih), 0)
        ImageDraw.Draw(rm).rounded_rectangle([0, 0, iw - 1, ih - 1], 12, fill=255)
        self.img.paste(Image.fromarray(small), (int(x0), y0), mask=rm)
        rma = np.asarray(rm).astype(np.float32) / 255
        for m in masks:
            ms = cv2.resize(m, (iw, ih), interpolation=cv2.INTER_AREA) * rma
            full = np.zeros((self.h, self.w), np.float32)
            full[y0:y0 + ih, int(x0):int(x0) + iw] = ms
            self.masks.append(full)
        self.seal_texts += seal_texts
        self.seal_centers += seal_centers
        self.y += ih + 30

    def red_packet(self, note, out=False, avatar=("某", (120, 140, 170))):
        bw, bh = 420, 170
        if out:
            ax = self.w - 24 - 74
            bx = ax - 18 - bw
        else:
            ax = 24
            bx = ax + 74 + 18
        y = self.y
        self._avatar(ax, y, avatar[0], avatar[1])
        self.d.rounded_rectangle([bx, y, bx + bw, y + bh], 10, fill=(250, 157, 59))
        self.d.rectangle([bx, y + bh - 44, bx + bw, y + bh - 10], fill=(255, 255, 255) if not self.dark else (60, 60, 60))
        self.d.rounded_rectangle([bx, y + bh - 20, bx + bw, y + bh], 10, fill=(255, 255, 255) if not self.dark else (60, 60, 60))
        self.d.rounded_rectangle([bx + 26, y + 24, bx + 90, y + 104], 8, fill=(232, 62, 52))
        self.d.ellipse([bx + 44, y + 44, bx + 72, y + 72], fill=(252, 208, 96))
        self.d.text((bx + 110, y + 44), note, font=font("sans", 29), fill=(255, 255, 255))
        self.rec(note)
        self.d.text((bx + 20, y + bh - 38), "红包", font=font("sans", 20), fill=(160, 160, 160))
        self.rec("红包")
        self.y += bh + 30

    def chat_footer(self):
        d, w, h = self.d, self.w, self.h
        d.rectangle([0, h - 130, w, h], fill=(30, 30, 30) if self.dark else (247, 247, 247))
        d.ellipse([18, h - 112, 74, h - 56], outline=(180, 180, 180) if not self.dark else (150, 150, 150), width=3)
        d.rounded_rectangle([90, h - 114, w - 170, h - 54], 8, fill=(255, 255, 255) if not self.dark else (50, 50, 50))
        d.ellipse([w - 150, h - 112, w - 94, h - 56], outline=(150, 150, 150), width=3)
        d.ellipse([w - 78, h - 112, w - 22, h - 56], outline=(150, 150, 150), width=3)
        d.text((w - 50, h - 84), "+", font=font("sans", 40), fill=(150, 150, 150), anchor="mm")

    def render(self):
        return np.asarray(self.img).copy(), self.masks


# ----------------------------------------------------------------------------------------------
# saving


def bbox(m, thr=0.06):
    ys, xs = np.where(m > thr)
    if len(xs) == 0:
        raise ValueError("seal mask empty")
    return [int(xs.min()), int(ys.min()), int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1)]


def save_item(name, rgb, masks, seal_texts, seal_centers, lines, *, doc_type, kind, lawful, expect, forbid,
              sender, text_contains, notes, exif=None, fmt="jpg", quality=90, orientation=None):
    H, W = rgb.shape[:2]
    assert 1000 <= max(H, W) <= 1600, (name, W, H)
    assert len(masks) == len(seal_texts) == len(seal_centers), name
    boxes = [bbox(m) for m in masks]
    for b in boxes:
        assert b[0] >= 0 and b[1] >= 0 and b[0] + b[2] <= W and b[1] + b[3] <= H, (name, b)
    flat = ["".join(x.split()) for x in lines]
    for p in text_contains:
        assert any("".join(p.split()) in x for x in flat), (name, p, flat)
    if forbid != ["all"]:
        assert not set(expect) & set(forbid), name
        assert set(expect) | set(forbid) <= set(ALL), name
    assert set(expect) <= set(ALL), name
    im = Image.fromarray(rgb)
    stored = im
    exif_rec = dict(exif) if exif else None
    if orientation:
        # store the pixels rotated; the EXIF Orientation tag brings them upright again
        stored = im.transpose({6: Image.Transpose.ROTATE_90, 8: Image.Transpose.ROTATE_270,
                               3: Image.Transpose.ROTATE_180}[orientation])
        exif_rec = dict(exif_rec or {})
        exif_rec["Orientation"] = orientation
    fn = f"{name}.{fmt}"
    path = OUT / fn
    kw = {}
    if exif_rec:
        ex = Image.Exif()
        tags = {"Make": 0x010F, "Model": 0x0110, "Software": 0x0131, "DateTime": 0x0132, "Orientation": 0x0112}
        for k, v in exif_rec.items():
            ex[tags[k]] = v
        kw["exif"] = ex.tobytes()
    if fmt == "png":
        stored.save(path, "PNG", optimize=True, **kw)
    else:
        q = quality
        while True:
            stored.save(path, "JPEG", quality=q, optimize=True, **kw)
            if path.stat().st_size < 390_000 or q <= 60:
                break
            q -= 4
    assert path.stat().st_size < 400_000, (name, path.stat().st_size)
    side = dict(doc_type=doc_type, kind=kind, expect=sorted(expect), forbid=forbid if forbid == ["all"] else sorted(forbid),
                seals=boxes, seal_texts=seal_texts, seal_centers=seal_centers, sender=sender,
                text_contains=text_contains, lawful=lawful, notes=notes, image=fn, size=[W, H],
                exif=exif_rec, source_text="\n".join(lines))
    (OUT / f"{name}.json").write_text(json.dumps(side, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return side


def lawful_forbid(neutral=()):
    """Lawful items forbid every marker; neutral ones (also named in notes) are left out."""
    return ["all"] if not neutral else [m for m in ALL if m not in set(neutral)]


def forbid_except(expect, maybe):
    """Everything not expected and not borderline is forbidden."""
    return [m for m in ALL if m not in set(expect) | set(maybe)]


# ----------------------------------------------------------------------------------------------
# layout helpers


def letter(pg, y, paras, to=None, key="serif", size=30, lh=1.75, x0=110, x1=None):
    x1 = x1 or pg.w - 110
    if to:
        pg.text(x0, y, to, key, size)
        y += size * lh
    for p in paras:
        y = pg.para(x0, y, x1 - x0, p, key, size, lh)
    return y


def sign(pg, y, lines, xr, key="serif", size=30, lh=1.8):
    """Right-aligned signature block; returns the (x, y, w) of each line."""
    pos = []
    for s in lines:
        x, w = pg.right(y, s, xr, key, size)
        pos.append((x, y, w))
        y += size * lh
    return pos


def table(pg, x0, y0, widths, rows, row_h=76, key="serif", size=28, lkey=None, line=(40, 40, 40)):
    """rows: (label, value[, height]); values wrap inside their cell."""
    lkey = lkey or key
    y = y0
    W = sum(widths)
    pg.d.line([(x0, y), (x0 + W, y)], fill=line, width=2)
    for r in rows:
        label, value = r[0], r[1]
        h = r[2] if len(r) > 2 else row_h
        f = font(key, size)
        lines = wrap(value, f, widths[1] - 36)
        h = max(h, int(len(lines) * size * 1.5 + 28))
        pg.text(x0 + widths[0] / 2 - font(lkey, size).getlength(label) / 2, y + h / 2 - size * 0.62, label, lkey, size)
        yy = y + h / 2 - len(lines) * size * 1.5 / 2 + size * 0.1
        for ln in lines:
            pg.text(x0 + widths[0] + 18, yy, ln, key, size)
            yy += size * 1.5
        y += h
        pg.d.line([(x0, y), (x0 + W, y)], fill=line, width=2)
    pg.d.line([(x0, y0), (x0, y)], fill=line, width=2)
    pg.d.line([(x0 + widths[0], y0), (x0 + widths[0], y)], fill=line, width=2)
    pg.d.line([(x0 + W, y0), (x0 + W, y)], fill=line, width=2)
    return y


ITEMS = []


def item(fn):
    ITEMS.append(fn)
    return fn


def court_seal(pg, rng, cx, cy, court, diam=None, **kw):
    pg.seal(rng, cx, cy, diam or int(rng.uniform(206, 232)), court, center="emblem",
            fkey=kw.pop("fkey", "serifb"), **kw)


# ============================ lawful items ======================================================


@item
def l01_summons_scan():
    rng = np.random.default_rng(7001)
    pg = Page(1100, 1556)
    court = "澄江市东湖区人民法院"
    pg.center(110, court, "serifb", 46)
    pg.center(182, "传　　票", "serifb", 64)
    pg.right(288, "（2026）苏0713民初4471号", 990, "serif", 29)
    rows = [("案　　由", "金融借款合同纠纷"), ("被传唤人", "周明辉"),
            ("工作单位或住址", "澄江市东湖区长青路88号3幢502室"), ("传唤事由", "开庭审理"),
            ("应到时间", "2026年12月16日上午9时30分"), ("应到处所", "本院第七审判庭（东湖区滨江大道1200号）")]
    y = table(pg, 110, 350, [250, 630], rows, 80, "serif", 28)
    notes = ["注意事项：", "一、被传唤人必须准时到达应到处所。",
             "二、本传票由被传唤人携带来院报到。",
             "三、被传唤人收到传票后，应在送达回证上签名或者盖章。",
             "四、如需核实本传票真伪，可拨打12368诉讼服务热线。"]
    yy = y + 30
    for s in notes:
        pg.text(130, yy, s, "serif", 27)
        yy += 48
    pg.d.rectangle([110, y, 990, yy + 20], outline=(40, 40, 40), width=2)
    pg.text(130, yy + 80, "审判员　陈立新", "serif", 29)
    pg.text(130, yy + 135, "书记员　吴　晓", "serif", 29)
    pos = sign(pg, yy + 110, ["二〇二六年十一月十八日"], 990, "serif", 29)
    x, yd, w = pos[0]
    court_seal(pg, rng, x + w / 2 + 6, yd + 12, court, diam=222, amp=0.82, rot=rng.uniform(-8, 8))
    rgb, masks = pg.render()
    rgb, masks = scan(rgb, masks, rng, angle=0.35, noise=1.6, blur=0.4)
    m = pg.meta()
    return save_item("l01_summons_scan", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="court_summons", kind="scan", lawful=True, expect=[], forbid=lawful_forbid(["text.spaced"]), sender=None,
                     text_contains=["传唤事由", "金融借款合同纠纷", "第七审判庭", "12368"],
                     notes="genuine-style court summons, emblem seal on the date, valid case number; neutral: text.spaced "
                           "(typographic padding in 传　　票, 案　　由, 吴　晓)")


@item
def l02_enforcement_photo():
    rng = np.random.default_rng(7002)
    pg = Page(1100, 1556, tone=(250, 249, 243))
    court = "青溪市高新区人民法院"
    pg.center(120, court, "sansb", 44)
    pg.center(190, "执行通知书", "serifb", 58)
    pg.right(290, "（2026）浙0311执1587号", 990, "serif", 28)
    paras = ["申请执行人嘉禾消费金融有限公司与你金融借款合同纠纷一案，本院作出的（2025）浙0311民初6620号民事判决书已经发生法律效力。"
             "申请执行人于2026年10月9日向本院申请执行，本院于同日立案执行。依照《中华人民共和国民事诉讼法》的有关规定，责令你履行下列义务：",
             "一、向申请执行人支付借款本金18,460元及判决确定的利息；",
             "二、负担案件受理费、执行费共计412元。",
             "请你自收到本通知之日起主动履行上述义务，并如实向本院申报财产。对执行行为有异议的，可以依法向本院提出书面异议。",
             "本案承办人：执行局 何振宇　联系电话：0576-8812 3067"]
    y = letter(pg, 360, paras, to="王丽华：", key="serif", size=29, lh=1.78)
    pos = sign(pg, y + 90, [court, "二〇二六年十月十五日"], 990, "serif", 29)
    x, yd, w = pos[1]
    court_seal(pg, rng, x + w / 2, yd - 8, court, diam=218, amp=0.9, rot=rng.uniform(-10, 10))
    rgb, masks = pg.render()
    rgb, masks = photo(rgb, masks, rng, 1200, 1600, bg="wood", fill=0.84, shadow="hand", shadow_k=0.42, cast="warm",
                       blur=0.9, light=0.35)
    m = pg.meta()
    return save_item("l02_enforcement_photo", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="other", kind="photo", lawful=True, expect=[], forbid=["all"], sender=None,
                     text_contains=["执行通知书", "申请执行人", "书面异议"],
                     notes="genuine-style enforcement notice (执行通知书) after an effective judgment, emblem seal, valid 执 case number; "
                           "hand shadow, warm light",
                     exif={"Make": "Xiaomi", "Model": "Redmi Note 12", "DateTime": "2026:10:21 19:05:44"})


@item
def l03_judgment_photo():
    rng = np.random.default_rng(7003)
    pg = Page(1100, 1556, tone=(252, 252, 248))
    court = "云阳市南山区人民法院"
    pg.right(70, "（2026）川0506民初9023号", 1000, "serif", 22, fill=(90, 90, 90))
    paras = ["综上，依照《中华人民共和国民法典》第六百六十七条、第六百七十五条、第六百七十六条，《中华人民共和国民事诉讼法》第一百四十七条之规定，判决如下：",
             "一、被告刘建平于本判决生效之日起十日内偿还原告华兴银行股份有限公司信用卡中心透支本金23,518.06元；",
             "二、被告刘建平于本判决生效之日起十日内支付原告截至2026年3月20日的利息1,862.40元，此后的利息以23,518.06元为基数按合同约定标准计算至实际清偿之日止，但总额以不超过一年期贷款市场报价利率四倍计算的数额为限；",
             "三、驳回原告的其他诉讼请求。",
             "如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。",
             "案件受理费206元，减半收取103元，由被告刘建平负担。",
             "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于云阳市中级人民法院。"]
    y = letter(pg, 130, paras, key="serif", size=28, lh=1.72, x0=105, x1=995)
    pos = sign(pg, y + 70, ["审　判　员　　杨　帆", "", "二〇二六年五月十二日", "", "书　记　员　　邓欣怡"], 960, "serif", 29, 1.2)
    x, yd, w = pos[2]
    pg.signature(int(x + 40), int(pos[4][1] - 8), "邓欣怡", 44, rot=4)
    court_seal(pg, rng, x + w / 2 - 10, yd + 6, court, diam=214, amp=0.88, rot=rng.uniform(-12, 12))
    stamp = rect_stamp(rng, "本件与原本核对无异", 26, w_pad=0.4, rot=0, amp=0.75, fkey="serifb")
    pg.ink(stamp, 260, pos[2][1] + 10, color=(205, 40, 48))
    pg.center(1480, "第 3 页　共 3 页", "serif", 22, fill=(80, 80, 80))
    rgb, masks = pg.render()
    rgb, masks = photo(rgb, masks, rng, 1200, 1600, bg="desk", fill=0.88, shadow="phone", shadow_k=0.38, cast="cool",
                       blur=1.0, light=0.3, crease=True)
    m = pg.meta()
    return save_item("l03_judgment_photo", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="other", kind="photo", lawful=True, expect=[], forbid=lawful_forbid(["text.spaced"]), sender=None,
                     text_contains=["判决如下", "驳回原告的其他诉讼请求", "案件受理费"],
                     notes="last page of a civil judgment: emblem seal over the date, a red rectangular 核对无异 stamp (not a seal), "
                           "clerk's signature; phone shadow, crease, cool light; neutral: text.spaced on 审　判　员",
                     exif={"Make": "Apple", "Model": "iPhone 12", "DateTime": "2026:05:30 08:12:09"})


@item
def l04_response_notice_scan():
    rng = np.random.default_rng(7004)
    pg = Page(1080, 1528, tone=(253, 253, 250))
    court = "安平市桥西区人民法院"
    pg.center(100, court, "serifb", 44)
    pg.center(168, "应诉通知书", "serifb", 56)
    pg.right(262, "（2026）冀0902民初262号", 975, "ming", 28)
    paras = ["本院受理原告恒信小额贷款有限公司诉你小额借款合同纠纷一案，现将起诉状副本及相关材料送达给你。依照《中华人民共和国民事诉讼法》的有关规定，将有关事项通知如下：",
             "一、你应当在收到起诉状副本之日起十五日内向本院提交答辩状，不提交答辩状的，不影响本院审理。",
             "二、当事人在诉讼中享有申请回避、收集和提供证据、进行辩论、请求调解、提起上诉等诉讼权利，同时应当遵守诉讼秩序，履行诉讼义务。",
             "三、本案适用简易程序审理，开庭时间另行通知。",
             "四、可通过12368诉讼服务热线或本院诉讼服务中心查询案件进展。",
             "特此通知。",
             "联系人：立案庭 孙书记员　电话：0312-5526 1408"]
    y = letter(pg, 330, paras, to="赵国强：", key="ming", size=29, lh=1.8, x0=105, x1=975)
    pos = sign(pg, y + 100, ["二〇二六年十一月二日"], 960, "ming", 30)
    x, yd, w = pos[0]
    court_seal(pg, rng, x + w / 2 - 20, yd + 4, court, diam=226, amp=0.42, mottle=0.45, holes=0.16,
               rot=rng.uniform(-6, 6), color=(222, 96, 110))
    rgb, masks = pg.render()
    rgb, masks = scan(rgb, masks, rng, angle=-0.7, noise=2.2, blur=0.5, gamma=1.05)
    m = pg.meta()
    return save_item("l04_response_notice_scan", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="court_summons", kind="scan", lawful=True, expect=[], forbid=["all"], sender=None,
                     text_contains=["应诉通知书", "简易程序", "12368"],
                     notes="genuine-style 应诉通知书 from a basic court, pale pink half-dry emblem seal, valid 民初 case number")


@item
def l05_mediation_photo():
    rng = np.random.default_rng(7005)
    pg = Page(1100, 1556, tone=(249, 248, 240))
    court = "白沙市城关区人民法院"
    pg.right(70, "（2026）湘0402民初5518号", 1000, "serif", 22, fill=(90, 90, 90))
    paras = ["本案在审理过程中，经本院主持调解，双方当事人自愿达成如下协议：",
             "一、被告黄小芳确认截至2026年8月31日尚欠原告嘉禾消费金融有限公司借款本金9,600元、利息744元，合计10,344元；",
             "二、被告黄小芳自2026年9月起每月25日前向原告支付862元，至2027年8月25日付清；",
             "三、如被告按期足额履行上述第二项，原告放弃其余诉讼请求；",
             "四、案件受理费减半收取45元，由被告负担。",
             "上述协议，符合有关法律规定，本院予以确认。",
             "本调解书经双方当事人签收后，即具有法律效力。"]
    y = letter(pg, 150, paras, key="serif", size=30, lh=1.8, x0=110, x1=990)
    pos = sign(pg, y + 90, ["审判员　欧阳敏", "二〇二六年九月三日", "书记员　龙　婷"], 960, "serif", 30, 1.7)
    x, yd, w = pos[1]
    court_seal(pg, rng, x + w / 2 + 8, yd + 10, court, diam=220, amp=0.86, rot=-17)
    pg.center(1480, "第 2 页　共 2 页", "serif", 22, fill=(80, 80, 80))
    rgb, masks = pg.render()
    rgb, masks = photo(rgb, masks, rng, 1125, 1500, bg="fabric", fill=0.86, rot=-3.5, shadow="hand", shadow_k=0.36,
                       cast="warm", blur=1.1, light=0.4, noise=3.5)
    m = pg.meta()
    return save_item("l05_mediation_photo", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="other", kind="photo", lawful=True, expect=[], forbid=lawful_forbid(["text.spaced"]), sender=None,
                     text_contains=["本院予以确认", "即具有法律效力"],
                     notes="last page of a court 民事调解书 (court-approved instalment plan and partial waiver), seal rotated ~17 degrees "
                           "over the date; photo on a bedsheet, hand shadow; neutral: text.spaced (name padding 龙　婷)",
                     exif={"Make": "HUAWEI", "Model": "NOH-AN00", "DateTime": "2026:09:12 21:40:02"})


@item
def l06_premediation_scan():
    rng = np.random.default_rng(7006)
    pg = Page(1120, 1584, tone=(252, 252, 252))
    court = "澄江市东湖区人民法院"
    pg.center(110, court, "sansb", 44)
    pg.center(178, "诉前调解告知书", "sansb", 52)
    pg.right(270, "（2026）苏0713民诉前调1206号", 1010, "serif", 28)
    paras = ["申请人华兴银行股份有限公司信用卡中心与你信用卡纠纷一案，经申请人同意，本院委派澄江市东湖区金融纠纷人民调解委员会进行诉前调解，调解期限为三十日，自2026年11月10日起计算。",
             "调解员：许文静　联系电话：0519-8675 2217",
             "调解地点：东湖区滨江大道1200号诉讼服务中心二楼调解室",
             "调解遵循自愿原则，你可以选择接受或者拒绝调解。调解达成协议的，可以依法申请司法确认；不同意调解或者调解不成的，本院将依法登记立案并另行通知你。",
             "如需核实本告知书，请拨打12368。"]
    y = letter(pg, 340, paras, to="吴佳宁：", key="serif", size=29, lh=1.85, x0=110, x1=1010)
    pos = sign(pg, y + 110, [court, "2026年11月10日"], 990, "serif", 29)
    x, yd, w = pos[0]
    court_seal(pg, rng, x + w / 2, yd + 30, court, diam=224, amp=0.93, rot=4)
    rgb, masks = pg.render()
    rgb, masks = scan(rgb, masks, rng, angle=0.2, noise=1.2, blur=0.35, edge=False)
    m = pg.meta()
    return save_item("l06_premediation_scan", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="other", kind="scan", lawful=True, expect=[], forbid=["all"], sender=None,
                     text_contains=["诉前调解告知书", "自愿原则", "司法确认"],
                     notes="court-commissioned pre-litigation mediation notice with a 民诉前调 case number and emblem seal "
                           "(real mediation, not a collector persona)")


@item
def l07_closure_photo_rotated():
    rng = np.random.default_rng(7007)
    pg = Page(1100, 1556, tone=(250, 250, 247))
    court = "青溪市高新区人民法院"
    pg.center(115, court, "serifb", 46)
    pg.center(188, "结案通知书", "serifb", 58)
    pg.right(290, "（2025）浙0311执2290号", 990, "serif", 28)
    paras = ["申请执行人恒信小额贷款有限公司与被执行人陈晓东小额借款合同纠纷一案，本院于2025年12月4日立案执行。执行过程中，被执行人已履行（2025）浙0311民初3175号民事判决确定的全部给付义务，申请执行人已领取全部执行款。",
             "依照《最高人民法院关于执行案件立案、结案若干问题的意见》第十五条之规定，本案以执行完毕方式结案。",
             "特此通知。"]
    y = letter(pg, 360, paras, to="陈晓东：", key="serif", size=30, lh=1.85)
    pos = sign(pg, y + 120, [court, "二〇二六年三月十八日"], 985, "serif", 30)
    x, yd, w = pos[1]
    court_seal(pg, rng, x + w / 2 + 4, yd - 6, court, diam=216, amp=0.8, rot=rng.uniform(-8, 8), fade=(200, 0.85, 0.7))
    rgb, masks = pg.render()
    rgb, masks = photo(rgb, masks, rng, 1200, 1600, bg="dark", fill=0.9, jitter=0.06, shadow=None, cast=None,
                       blur=0.7, light=0.45, noise=4.0, exposure=1.04)
    m = pg.meta()
    return save_item("l07_closure_photo_rotated", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="other", kind="photo", lawful=True, expect=[], forbid=["all"], sender=None,
                     text_contains=["结案通知书", "执行完毕", "特此通知"],
                     notes="court case-closure notice (执行完毕); pixels stored sideways with EXIF Orientation=6, so the seal box is "
                           "given in the upright image; one side of the seal printed weakly",
                     exif={"Make": "OPPO", "Model": "PFFM10", "DateTime": "2026:03:25 12:31:50"}, orientation=6)


def bank_letterhead(pg, name_cn, name_en, y=70, x=110):
    """Red round coin-like logo plus red bank name: a red hard negative, not a seal."""
    r = 44
    cx, cy = x + r, y + r
    pg.d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(200, 22, 36))
    pg.d.rectangle([cx - 15, cy - 15, cx + 15, cy + 15], fill=pg.img.getpixel((5, 5)))
    pg.d.rectangle([cx - 4, cy - r + 6, cx + 4, cy - 15], fill=pg.img.getpixel((5, 5)))
    pg.d.rectangle([cx - 4, cy + 15, cx + 4, cy + r - 6], fill=pg.img.getpixel((5, 5)))
    pg.text(x + 2 * r + 22, y + 2, name_cn, "sansb", 40, fill=(200, 22, 36))
    pg.text(x + 2 * r + 24, y + 56, name_en, "sans", 18, fill=(200, 22, 36))
    pg.d.line([(x, y + 2 * r + 22), (pg.w - x, y + 2 * r + 22)], fill=(200, 22, 36), width=3)


@item
def l08_bank_letter_photo():
    rng = np.random.default_rng(7008)
    pg = Page(1100, 1556, tone=(252, 251, 247))
    bank_letterhead(pg, "江南商业银行", "JIANGNAN COMMERCIAL BANK")
    pg.center(250, "逾期还款提示函", "sansb", 48)
    paras = ["截至2026年11月20日，您在我行办理的个人消费贷款（合同编号：JN-XF-2025-0083317）有一期未按约定归还，逾期本金2,135.40元，逾期利息及罚息合计38.72元。",
             "逾期信息将依照《征信业管理条例》报送金融信用信息基础数据库。为避免影响您的个人信用记录，请尽快通过我行手机银行、网点柜台或尾号6617的还款账户归还。",
             "如您暂时存在还款困难，可携带本人身份证件到开户网点或致电我行客服热线95527，申请调整还款安排。我行不会委托任何人员要求您向个人账户转账。"]
    y = letter(pg, 350, paras, to="尊敬的孙雅琴女士：", key="sans", size=29, lh=1.8)
    pos = sign(pg, y + 90, ["江南商业银行股份有限公司临溪分行", "2026年11月21日"], 990, "sans", 29)
    x, yd, w = pos[0]
    pg.seal(rng, x + w / 2 + 60, yd + 26, 200, "江南商业银行股份有限公司临溪分行", center="star", inner=True,
            amp=0.85, rot=rng.uniform(-6, 6), fkey="sansb")
    rgb, masks = pg.render()
    rgb, masks = photo(rgb, masks, rng, 1200, 1600, bg="wood", fill=0.82, rot=2.0, shadow="phone", shadow_k=0.4,
                       cast="warm", blur=0.9, light=0.3)
    m = pg.meta()
    return save_item("l08_bank_letter_photo", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="other", kind="photo", lawful=True, expect=[], forbid=["all"], sender=None,
                     text_contains=["逾期还款提示函", "江南商业银行", "95527"],
                     notes="bank's calm overdue reminder, bank star seal; red round coin-like logo and red letterhead are not seals",
                     exif={"Make": "vivo", "Model": "V2309A", "DateTime": "2026:11:23 18:20:33"})


@item
def l09_card_center_scan():
    rng = np.random.default_rng(7009)
    pg = Page(1050, 1485, tone=(253, 253, 251))
    pg.d.rectangle([0, 60, pg.w, 150], fill=(196, 24, 40))
    pg.text(100, 78, "华兴银行信用卡 · 账务提醒", "sansb", 42, fill=(255, 255, 255))
    pg.text(pg.w - 300, 96, "HUAXING BANK", "sansb", 26, fill=(255, 220, 220))
    paras = ["您尾号3082的华兴信用卡本期账单（账单日2026年11月5日）最低还款额1,260.00元，到期还款日2026年11月23日，截至本函出具日尚未足额还款。",
             "您可通过华兴银行App、网上银行或本行营业网点办理还款。逾期将按领用合约的约定计收利息，并可能影响您的信用记录。",
             "若您对账单有疑问或需要协商还款，请拨打本行客服热线95561转人工服务。"]
    y = letter(pg, 260, paras, to="尊敬的刘女士：", key="serif", size=28, lh=1.8, x0=100, x1=950)
    pos = sign(pg, y + 100, ["华兴银行股份有限公司信用卡中心", "二〇二六年十一月二十五日"], 940, "serif", 28)
    x, yd, w = pos[0]
    pg.seal(rng, x + w / 2 + 20, yd + 24, 196, "华兴银行股份有限公司信用卡中心", center="star", code="3302031005871",
            amp=0.5, mottle=0.5, color=(226, 120, 136), rot=-3)
    rgb, masks = pg.render()
    rgb, masks = scan(rgb, masks, rng, angle=-0.3, noise=1.8, blur=0.45)
    m = pg.meta()
    return save_item("l09_card_center_scan", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="other", kind="scan", lawful=True, expect=[], forbid=["all"], sender=None,
                     text_contains=["账务提醒", "网上银行", "95561"],
                     notes="credit-card centre reminder with a red banner header (not a seal) and a pale pink star seal with a code on the bottom arc")


@item
def l10_lender_reminder_photo():
    rng = np.random.default_rng(7010)
    pg = Page(1100, 1556, tone=(251, 251, 249))
    pg.text(110, 80, "嘉禾消费金融", "sansb", 38, fill=(0, 110, 90))
    pg.text(112, 128, "JIAHE CONSUMER FINANCE", "sans", 18, fill=(0, 110, 90))
    pg.center(220, "还款温馨提示", "sansb", 50)
    paras = ["您在嘉禾消费金融办理的分期借款第7期应还款额1,083.20元，已于2026年11月12日到期，目前尚未收到该期还款。",
             "1. 请通过“嘉禾消费金融”官方App或合同约定的还款账户还款，请勿向任何个人账户转账；",
             "2. 如因失业、疾病等原因暂时还款困难，可在App内提交困难说明，我司将与您沟通；",
             "3. 本公司客服电话：400-618-2090（每日9:00-21:00）。",
             "感谢您的理解与配合。"]
    y = letter(pg, 330, paras, to="尊敬的客户郑海燕：", key="sans", size=29, lh=1.85)
    pos = sign(pg, y + 100, ["嘉禾消费金融有限公司", "客户服务部", "2026年11月14日"], 985, "sans", 29)
    x, yd, w = pos[0]
    pg.seal(rng, x + w / 2, yd + 40, 206, "嘉禾消费金融有限公司", center="star", amp=0.88, rot=8)
    rgb, masks = pg.render()
    rgb, masks = photo(rgb, masks, rng, 1200, 1600, bg="fabric", fill=0.85, rot=-1.5, shadow="hand", shadow_k=0.33,
                       cast="cool", blur=1.3, light=0.3, noise=3.0)
    m = pg.meta()
    return save_item("l10_lender_reminder_photo", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="other", kind="photo", lawful=True, expect=[], forbid=["all"], sender=None,
                     text_contains=["还款温馨提示", "客户服务部"],
                     notes="licensed consumer-finance lender's calm reminder with its star seal; EXIF Software is the phone's OS "
                           "version, not an editing program",
                     exif={"Make": "Apple", "Model": "iPhone 15", "Software": "17.5.1", "DateTime": "2026:11:15 09:03:27"})


@item
def l11_lawyer_negotiation_photo():
    rng = np.random.default_rng(7011)
    pg = Page(1100, 1556, tone=(252, 251, 246))
    firm = "江苏正衡律师事务所"
    pg.center(80, firm, "serifb", 40)
    pg.center(130, "JIANGSU ZHENGHENG LAW FIRM", "serif", 20, fill=(80, 80, 80))
    pg.hline(170, 110, 990, width=3)
    pg.center(210, "律师函", "serifb", 56)
    pg.right(300, "正衡律函〔2026〕第318号", 990, "serif", 26)
    paras = ["江苏正衡律师事务所接受嘉禾消费金融有限公司（以下简称委托人）的委托，指派本所律师就您与委托人之间的借款合同事宜致函如下：",
             "根据委托人提供的材料，您于2025年4月向委托人申请个人消费借款30,000元，约定分24期归还。截至2026年11月1日，您有三期未按约还款，逾期本金合计3,912.50元。",
             "本所律师建议您在方便时与委托人或本所联系，核对欠款金额，协商可行的还款安排。如您对上述事实有不同意见，也可向本所书面提出并提供相应材料，本所将如实转达委托人。",
             "委托人客服电话：400-618-2090",
             "本所联系人：韩律师　电话：025-5268 1174"]
    y = letter(pg, 350, paras, to="致：钱立伟先生", key="serif", size=28, lh=1.8)
    pos = sign(pg, y + 80, [firm, "律师：韩思远", "2026年11月6日"], 985, "serif", 29)
    x, yd, w = pos[0]
    pg.signature(int(pos[1][0] + 80), int(pos[1][1] - 20), "韩思远", 50, rot=8)
    pg.seal(rng, x + w / 2, yd + 20, 210, firm, center="star", amp=0.9, rot=-5)
    rgb, masks = pg.render()
    rgb, masks = photo(rgb, masks, rng, 1200, 1600, bg="desk", fill=0.84, rot=1.0, shadow="hand", shadow_k=0.45,
                       cast="warm", blur=0.8, light=0.35)
    m = pg.meta()
    return save_item("l11_lawyer_negotiation_photo", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="lawyer_letter", kind="photo", lawful=True, expect=[], forbid=["all"], sender=None,
                     text_contains=["律师函", "核对欠款金额", "如实转达委托人"],
                     notes="law firm's letter inviting negotiation, firm's star seal on the signature block, lawyer's signature",
                     exif={"Make": "Apple", "Model": "iPhone 13", "DateTime": "2026:11:08 20:14:51"})


@item
def l12_lawyer_bank_scan():
    rng = np.random.default_rng(7012)
    pg = Page(1100, 1556, tone=(253, 253, 251))
    firm = "浙江明律律师事务所"
    pg.text(110, 80, firm, "kai", 42)
    pg.right(92, "地址：青溪市文华路16号银泰大厦9层", 990, "sans", 20, fill=(70, 70, 70))
    pg.hline(146, 110, 990, width=2)
    pg.hline(152, 110, 990, width=1)
    pg.center(200, "律师函", "sansb", 54)
    pg.right(290, "明律函字（2026）第1127号", 990, "sans", 26)
    paras = ["本所受华兴银行股份有限公司信用卡中心委托，就您名下尾号7750信用卡欠款事宜，致函如下：",
             "一、据委托人提供的账户记录，截至2026年10月31日，该卡透支本金12,406.33元，利息及费用以委托人系统记载为准。",
             "二、委托人愿意与您就分期还款方案进行沟通，您可致电委托人客服热线95561，或与本所经办律师联系。",
             "三、您如已还款或对欠款金额有异议，请向本所提供凭证，本所核实后回复。",
             "本函仅为沟通之用，不代表任何司法机关的意见。"]
    y = letter(pg, 350, paras, to="周婷婷女士：", key="sans", size=28, lh=1.85)
    pos = sign(pg, y + 90, ["经办律师：俞　嘉", firm, "二〇二六年十一月九日"], 980, "sans", 28)
    x, yd, w = pos[1]
    pg.signature(int(pos[0][0] + 120), int(pos[0][1] - 18), "俞嘉", 56, rot=10)
    pg.seal(rng, x + w / 2 - 10, yd - 6, 214, firm, center="star", amp=0.8, rot=12, fade=(-30, 0.55, 0.45))
    rgb, masks = pg.render()
    rgb, masks = scan(rgb, masks, rng, angle=0.9, noise=2.0, blur=0.5)
    m = pg.meta()
    return save_item("l12_lawyer_bank_scan", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="lawyer_letter", kind="scan", lawful=True, expect=[], forbid=lawful_forbid(["text.spaced"]), sender=None,
                     text_contains=["律师函", "分期还款方案", "95561"],
                     notes="lawyer's letter for a bank, seal partly missing (uneven stamping) and overlapping the lawyer's signature; "
                           "neutral: text.spaced (name padding 俞　嘉)")


@item
def l13_settlement_scan():
    rng = np.random.default_rng(7013)
    pg = Page(1060, 1500, tone=(255, 255, 255))
    pg.center(150, "结清证明", "serifb", 64)
    paras = ["借款人马俊杰（身份证号：3302**********1516）于2024年8月16日与本公司签订的《个人借款合同》（编号：HX-2024-08-55102），借款本金20,000元，已于2026年9月30日全部结清。",
             "截至本证明出具之日，该借款人在本公司名下的上述借款无任何未结清款项。",
             "特此证明。"]
    y = letter(pg, 300, paras, to="兹证明：", key="ming", size=31, lh=1.9, x0=110, x1=950)
    pos = sign(pg, y + 130, ["恒信小额贷款有限公司", "2026年10月8日"], 940, "ming", 31)
    x, yd, w = pos[0]
    pg.seal(rng, x + w / 2, yd + 22, 200, "恒信小额贷款有限公司", center="star", bottom="业务专用章", code="3302011008457",
            amp=0.92, rot=-4)
    rgb, masks = pg.render()
    rgb, masks = scan(rgb, masks, rng, angle=-0.15, noise=1.0, blur=0.3, edge=False)
    m = pg.meta()
    return save_item("l13_settlement_scan", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="other", kind="scan", lawful=True, expect=[], forbid=["all"], sender=None,
                     text_contains=["结清证明", "特此证明"],
                     notes="loan settlement certificate from a licensed micro-lender, star seal with bottom label and code")


@item
def l14_plan_agreement_photo():
    rng = np.random.default_rng(7014)
    pg = Page(1100, 1556, tone=(250, 249, 245))
    pg.center(110, "还款计划确认书", "sansb", 52)
    y = 220
    for s in ["甲方：安晟消费金融有限公司", "乙方：林晓峰"]:
        pg.text(110, y, s, "serif", 29)
        y += 52
    paras = ["经双方协商，就乙方在甲方处的借款（合同编号AS20250611-2207）剩余应还款项，确认如下还款计划：",
             "1. 剩余应还金额合计8,640.00元；",
             "2. 自2026年12月起分12期归还，每期720.00元，还款日为每月15日；",
             "3. 乙方通过甲方官方App或甲方指定的对公账户还款，甲方出具电子回单；",
             "4. 乙方按本计划履行期间，甲方不就该笔借款另行主张逾期费用。"]
    y = letter(pg, y + 20, paras, key="serif", size=29, lh=1.85)
    y += 90
    pg.text(110, y, "甲方（盖章）：", "serif", 29)
    pg.text(600, y, "乙方（签字）：", "serif", 29)
    pg.signature(790, int(y - 22), "林晓峰", 54, rot=3)
    pg.text(110, y + 110, "日期：2026年11月19日", "serif", 29)
    pg.text(600, y + 110, "日期：2026.11.19", "serif", 29)
    pg.seal(rng, 330, y + 40, 206, "安晟消费金融有限公司", center="star", bottom="合同专用章", amp=0.86, rot=-9)
    rgb, masks = pg.render()
    rgb, masks = photo(rgb, masks, rng, 1200, 1600, bg="wood", fill=0.87, rot=-2.0, shadow=None, cast="green",
                       blur=1.0, light=0.5, noise=3.5, crease=True)
    m = pg.meta()
    return save_item("l14_plan_agreement_photo", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="other", kind="photo", lawful=True, expect=[], forbid=["all"], sender=None,
                     text_contains=["还款计划确认书", "合同编号"],
                     notes="signed repayment-plan agreement with the lender's contract seal (a written, lawful fee concession); "
                           "fluorescent green cast, fold crease",
                     exif={"Make": "HONOR", "Model": "ANY-AN00", "DateTime": "2026:11:19 16:47:10"})


@item
def l15_receipt_paid_photo():
    rng = np.random.default_rng(7015)
    pg = Page(1100, 1000, tone=(250, 250, 246))
    red = (206, 60, 64)
    pg.center(70, "收款收据", "serifb", 54, fill=red)
    pg.text(760, 150, "No. 0027316", "serif", 28, fill=red)
    pg.text(110, 160, "日期：2026年11月2日", "kai", 30)
    x0, x1 = 100, 1000
    ys = [220, 320, 420, 520, 620, 720]
    for y in ys:
        pg.d.line([(x0, y), (x1, y)], fill=red, width=2)
    pg.d.line([(x0, ys[0]), (x0, ys[-1])], fill=red, width=2)
    pg.d.line([(x1, ys[0]), (x1, ys[-1])], fill=red, width=2)
    labels = ["今收到", "交　来", "人民币（大写）", "收款方式", "备　注"]
    vals = ["田　磊", "2026年12月房租", "贰仟叁佰元整", "银行转账", "押金已于入住时收取"]
    for i, (l, v) in enumerate(zip(labels, vals)):
        pg.text(120, ys[i] + 30, l, "serif", 30, fill=red)
        pg.text(360, ys[i] + 26, v, "kai", 38)
    pg.text(720, ys[2] + 26, "¥2,300.00", "kai", 40)
    pg.text(120, 760, "收款人：冯桂兰", "serif", 30, fill=red)
    pg.text(560, 760, "经手人：", "serif", 30, fill=red)
    pg.signature(690, 744, "冯桂兰", 46, rot=-3)
    pg.ink(rect_stamp(rng, "已付", 58, rot=-12, amp=0.82), 830, 615, color=(214, 38, 46))
    pg.pen_circle(rng, (715, ys[2] + 28, 905, ys[2] + 76))
    rgb, masks = pg.render()
    rgb, masks = photo(rgb, masks, rng, 1500, 1125, bg="fabric", fill=0.88, rot=4, shadow="hand", shadow_k=0.35,
                       cast="warm", blur=1.0, light=0.35)
    m = pg.meta()
    return save_item("l15_receipt_paid_photo", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="other", kind="photo", lawful=True, expect=[], forbid=lawful_forbid(["text.spaced"]), sender=None,
                     text_contains=["2026年12月房租", "银行转账"],
                     notes="rent receipt printed in red with a red rectangular 已付 stamp and a red pen circle round the amount: "
                           "no seal at all (seals list empty); neutral: text.spaced (label padding 交　来, 备　注, 田　磊)",
                     exif={"Make": "Xiaomi", "Model": "2211133C", "DateTime": "2026:11:02 13:22:18"})


@item
def l16_red_header_notice_scan():
    rng = np.random.default_rng(7016)
    pg = Page(1100, 1556, tone=(255, 255, 255))
    red = (210, 20, 30)
    pg.center(120, "嘉禾消费金融有限公司文件", "serifb", 64, fill=red)
    pg.center(232, "嘉禾消金发〔2026〕27号", "serif", 28)
    pg.d.line([(100, 290), (530, 290)], fill=red, width=4)
    pg.d.line([(570, 290), (1000, 290)], fill=red, width=4)
    _star(pg.d, 550, 290, 16, fill=red)
    pg.center(340, "关于调整客户服务热线服务时间的公告", "sansb", 38)
    paras = ["为更好地提供服务，自2026年12月1日起，本公司客户服务热线400-618-2090的人工服务时间调整为每日8:30至21:30。App在线客服、自助还款、结清证明申请等功能仍为全天开放。",
             "本公司提醒：本公司不会通过个人微信、个人银行账户收取任何款项，也不会以“内部通道”“减免名额”等名义收费，请通过官方渠道办理业务。",
             "特此公告。"]
    y = letter(pg, 430, paras, to="各位客户：", key="serif", size=30, lh=1.85)
    pos = sign(pg, y + 110, ["嘉禾消费金融有限公司", "2026年11月20日"], 985, "serif", 30)
    x, yd, w = pos[0]
    pg.seal(rng, x + w / 2, yd + 28, 208, "嘉禾消费金融有限公司", center="star", amp=0.9, rot=3)
    rgb, masks = pg.render()
    rgb, masks = scan(rgb, masks, rng, angle=0.5, noise=1.5, blur=0.4)
    m = pg.meta()
    return save_item("l16_red_header_notice_scan", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="other", kind="scan", lawful=True, expect=[], forbid=["all"], sender=None,
                     text_contains=["客户服务热线", "特此公告"],
                     notes="red-header company notice (big red title, red rule with a red star in the rule: not a seal) plus "
                           "the company's real star seal; warns against private accounts and fee-waiver offers")


@item
def l17_statement_photo():
    rng = np.random.default_rng(7017)
    pg = Page(1100, 1556, tone=(252, 252, 250))
    red = (196, 24, 40)
    r = 40
    pg.d.ellipse([110, 70, 110 + 2 * r, 70 + 2 * r], fill=red)
    pg.d.ellipse([110 + 22, 70 + 22, 110 + 2 * r - 22, 70 + 2 * r - 22], fill=(252, 252, 250))
    pg.d.rectangle([110 + r - 6, 70 + 10, 110 + r + 6, 70 + 2 * r - 10], fill=red)
    pg.text(215, 78, "华兴银行", "sansb", 42, fill=red)
    pg.text(420, 92, "信用卡对账单　2026年11月", "sans", 28)
    pg.d.rectangle([100, 190, 1000, 250], fill=red)
    pg.text(120, 200, "本期账单摘要", "sansb", 30, fill=(255, 255, 255))
    rows = [("客户姓名", "刘**"), ("卡号末四位", "3082"), ("账单日", "2026/11/05"), ("到期还款日", "2026/11/23"),
            ("本期应还金额", "12,604.18"), ("最低还款额", "1,260.00"), ("信用额度", "30,000.00")]
    y = 280
    mpos = None
    for i, (a, b) in enumerate(rows):
        xx = 120 if i % 2 == 0 else 560
        pg.text(xx, y, a, "sans", 27, fill=(90, 90, 90))
        bw = pg.text(xx + 180, y, b, "sansb", 28)
        if a == "最低还款额":
            mpos = (xx + 180, y, xx + 180 + bw, y + 34)
        if i % 2 == 1:
            y += 60
    y += 90
    pg.d.rectangle([100, y, 1000, y + 60], fill=red)
    pg.text(120, y + 10, "交易明细", "sansb", 30, fill=(255, 255, 255))
    y += 90
    for a, b, c in [("交易日", "交易摘要", "金额(元)"), ("10/08", "超市消费", "236.50"), ("10/12", "加油站", "300.00"),
                    ("10/19", "网络购物", "1,188.00"), ("10/25", "餐饮", "86.00"), ("11/01", "还款　谢谢", "-2,000.00"),
                    ("11/03", "分期手续费(第3/12期)", "74.40")]:
        pg.text(120, y, a, "sans", 27)
        pg.text(320, y, b, "sans", 27)
        pg.right(y, c, 980, "sans", 27)
        y += 54
        pg.d.line([(110, y - 10), (990, y - 10)], fill=(220, 220, 220), width=1)
    y += 40
    y = pg.para(110, y, 880, "温馨提示：请于到期还款日前还款，可通过本行App、网上银行或自动还款办理。如对账单有疑问，请致电95561。",
                "sans", 26, 1.7, 0)
    pg.pen_circle(rng, mpos, color=(215, 35, 45), width=5)
    rgb, masks = pg.render()
    rgb, masks = photo(rgb, masks, rng, 1200, 1600, bg="desk", fill=0.86, rot=-2.5, shadow="phone", shadow_k=0.4,
                       cast=None, blur=0.9, light=0.3)
    m = pg.meta()
    return save_item("l17_statement_photo", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="other", kind="photo", lawful=True, expect=[], forbid=["all"], sender=None,
                     text_contains=["信用卡对账单", "交易明细", "网络购物"],
                     notes="credit-card statement: red ring logo, red banners and a red pen circle round the minimum payment; no seal",
                     exif={"Make": "samsung", "Model": "SM-S9180", "DateTime": "2026:11:06 22:10:41"})


@item
def l18_antifraud_notice_scan():
    rng = np.random.default_rng(7018)
    pg = Page(1100, 1556, tone=(254, 254, 252))
    red = (200, 20, 32)
    pg.d.rectangle([0, 70, pg.w, 190], fill=red)
    pg.center(92, "风险提示", "sansb", 56, fill=(255, 255, 255))
    pg.center(240, "谨防冒用司法机关名义的虚假法律文书", "sansb", 38, fill=red)
    paras = ["近期，有不法分子冒用法院、律师事务所名义，通过短信、社交软件向借款人发送伪造的法律文书，要求借款人向个人账户还款。本行郑重提示：",
             "一、人民法院的短信服务号码为12368，法律文书均加盖人民法院院印，可拨打12368核实；",
             "二、本行及本行委托的机构不会要求客户向个人账户还款，也不会收取所谓“保证金”“手续费”；",
             "三、逾期信息仅依法报送金融信用信息基础数据库，所谓“网贷黑名单”并不存在；",
             "四、如遇威胁、恐吓或骚扰，请保留证据并向公安机关报案，或拨打本行客服热线95527反映。"]
    y = letter(pg, 330, paras, key="sans", size=29, lh=1.85)
    pos = sign(pg, y + 100, ["江南商业银行股份有限公司", "2026年10月"], 985, "sans", 29)
    x, yd, w = pos[0]
    pg.seal(rng, x + w / 2, yd + 24, 204, "江南商业银行股份有限公司", center="star", inner=True, amp=0.86, rot=-6)
    rgb, masks = pg.render()
    rgb, masks = scan(rgb, masks, rng, angle=-0.45, noise=1.6, blur=0.4)
    m = pg.meta()
    return save_item("l18_antifraud_notice_scan", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="other", kind="scan", lawful=True, expect=[], forbid=["all"], sender=None,
                     text_contains=["风险提示", "12368", "95527"],
                     notes="bank's anti-fraud warning quoting collectors' tricks in order to debunk them, red banner, bank star "
                           "seal: a warning, not a threat")


@item
def l27_summons_photo():
    rng = np.random.default_rng(7027)
    pg = Page(1100, 1556, tone=(246, 246, 240))
    court = "白沙市城关区人民法院"
    pg.center(100, court, "sansb", 46)
    pg.center(172, "传票", "sansb", 60)
    pg.right(268, "案号：（2026）湘0402民初7781号", 990, "sans", 27)
    items = [("案由", "民间借贷纠纷"), ("被传唤人", "罗文斌"), ("被传唤人地址", "白沙市城关区新华北路27号"),
             ("传唤事由", "开庭"), ("应到时间", "2027年1月8日 14:30"), ("应到处所", "本院第三法庭")]
    y = 340
    for a, b in items:
        pg.text(130, y, a + "：", "sans", 29, fill=(60, 60, 60))
        pg.text(400, y, b, "sans", 29)
        y += 64
    y += 30
    pg.hline(y, 110, 990, width=2)
    y += 30
    pg.text(110, y, "注意事项：", "sans", 27)
    y += 50
    for s in ["1. 被传唤人必须准时到达应到处所，并携带本传票及身份证件。",
              "2. 被传唤人收到传票后，应在送达回证上签名或者盖章。",
              "3. 本传票真伪可通过12368或本院官网查询。"]:
        pg.text(130, y, s, "sans", 26)
        y += 46
    pg.text(110, y + 90, "审判员：彭志远", "sans", 28)
    pos = sign(pg, y + 90, [court, "2026年12月2日"], 985, "sans", 28)
    x, yd, w = pos[1]
    court_seal(pg, rng, x + w / 2 - 4, yd - 12, court, diam=220, amp=0.6, mottle=0.45, rot=rng.uniform(-20, 20), fkey="zen")
    rgb, masks = pg.render()
    rgb, masks = photo(rgb, masks, rng, 1200, 1600, bg="wood", fill=0.8, rot=-6, jitter=0.06, shadow="hand",
                       shadow_k=0.5, cast="cool", blur=1.6, light=0.55, noise=4.5, exposure=0.9)
    m = pg.meta()
    return save_item("l27_summons_photo", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="court_summons", kind="photo", lawful=True, expect=[], forbid=["all"], sender=None,
                     text_contains=["民间借贷纠纷", "第三法庭"],
                     notes="court summons in a plain layout, lighter emblem seal in a sans ring font; dim, blurred, tilted photo "
                           "with a strong hand shadow",
                     exif={"Make": "Xiaomi", "Model": "23049RAD8C", "DateTime": "2026:12:05 07:58:30"})


@item
def l28_transfer_notice_scan():
    rng = np.random.default_rng(7028)
    pg = Page(1100, 1556, tone=(253, 253, 251))
    pg.center(130, "债权转让通知书", "serifb", 56)
    paras = ["根据江南商业银行股份有限公司临溪分行（转让方）与汇通资产管理有限公司（受让方）签订的《债权转让协议》，转让方已将其对您享有的个人消费贷款债权（合同编号JN-XF-2023-0061250）及相关权利依法转让给受让方。截至转让基准日2026年9月30日，贷款本金余额7,820.55元。",
             "自本通知送达之日起，请您向受让方履行还款义务。受让方联系电话：0571-8690 3320。您对债权金额有异议的，可向转让方或受让方提出。"]
    y = letter(pg, 260, paras, to="蒋文斌：", key="serif", size=29, lh=1.85)
    y += 80
    pg.text(110, y, "转让方（盖章）：", "serif", 29)
    pg.text(110, y + 60, "江南商业银行股份有限公司临溪分行", "serif", 26)
    pg.text(600, y, "受让方（盖章）：", "serif", 29)
    pg.text(600, y + 60, "汇通资产管理有限公司", "serif", 26)
    pg.center(y + 260, "2026年10月20日", "serif", 29, cx=800)
    pg.seal(rng, 310, y + 110, 200, "江南商业银行股份有限公司临溪分行", center="star", inner=True, amp=0.84, rot=-10)
    pg.seal(rng, 780, y + 120, 196, "汇通资产管理有限公司", center="star", bottom="业务专用章", amp=0.7, rot=14,
            color=(192, 40, 70))
    rgb, masks = pg.render()
    rgb, masks = scan(rgb, masks, rng, angle=0.6, noise=1.8, blur=0.45)
    m = pg.meta()
    return save_item("l28_transfer_notice_scan", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="other", kind="scan", lawful=True, expect=[], forbid=["all"], sender=None,
                     text_contains=["债权转让通知书", "转让基准日"],
                     notes="joint notice of debt assignment carrying two star seals (the bank's and the asset manager's)")


# ---------------------------------------------------------------- lawful screenshots


@item
def l19_court_sms_light():
    rng = np.random.default_rng(7019)
    sc = Screen(720, 1560, dark=False, style="ios")
    sc.sms_header("12368", "9:41")
    sc.sms_time("短信/彩信\n11月19日 周四 10:02".split("\n")[0])
    sc.sms_time("11月19日 周四 10:02")
    sc.sms_in("【澄江市东湖区人民法院】周明辉，您好！原告华兴银行股份有限公司信用卡中心诉您信用卡纠纷一案，本院已受理，"
              "案号（2026）苏0713民初4471号。本院将通过电子送达平台向您送达诉讼材料，请注意查收。如有疑问请拨打12368。")
    sc.sms_time("11月26日 周四 15:37")
    sc.sms_in("【澄江市东湖区人民法院】您的案件（2026）苏0713民初4471号定于2026年12月16日09:30在第七审判庭开庭，"
              "传票已通过电子送达平台送达，请按时到庭。")
    sc.sms_footer()
    rgb, masks = sc.render()
    return save_item("l19_court_sms_light", rgb, masks, sc.seal_texts, sc.seal_centers, sc.lines,
                     doc_type="sms_message", kind="screenshot", lawful=True, expect=[], forbid=["all"], sender="12368",
                     text_contains=["12368", "电子送达平台", "第七审判庭"],
                     notes="genuine-style court SMS from the 12368 service number with a valid case number (acceptance, then "
                           "hearing date)", fmt="png")


@item
def l20_court_sms_dark():
    rng = np.random.default_rng(7020)
    sc = Screen(720, 1480, dark=True, style="android")
    sc.sms_header("12368", "20:15", sub="中国移动")
    sc.sms_in("【青溪市高新区人民法院】陈晓东您好，您于2026年3月10日缴入（2025）浙0311执2290号案件的款项已到账，"
              "请妥善保管缴款凭证。", stamp="3月11日 09:26")
    sc.sms_in("【青溪市高新区人民法院】陈晓东您好，（2025）浙0311执2290号案件已执行完毕结案，结案通知书已送达您的"
              "电子送达地址。如有疑问，请致电12368。", stamp="3月18日 16:51")
    sc.sms_footer()
    rgb, masks = sc.render()
    return save_item("l20_court_sms_dark", rgb, masks, sc.seal_texts, sc.seal_centers, sc.lines,
                     doc_type="sms_message", kind="screenshot", lawful=True, expect=[], forbid=["all"], sender="12368",
                     text_contains=["12368", "执行完毕结案", "缴款凭证"],
                     notes="court SMS from 12368 in dark mode: payment received, case closed", fmt="png")


@item
def l21_bank_sms_light():
    rng = np.random.default_rng(7021)
    sc = Screen(750, 1334, dark=False, style="ios")
    sc.sms_header("95561", "8:07")
    sc.sms_time("11月1日 周日 18:22")
    sc.sms_in("【华兴银行】您尾号3082的信用卡11月01日还款2,000.00元已入账，感谢您的支持。")
    sc.sms_time("11月6日 周五 08:05")
    sc.sms_in("【华兴银行】您尾号3082的信用卡本期账单：应还12,604.18元，最低还款1,260.00元，到期还款日11月23日。"
              "可在华兴银行App一键还款。回复TD退订")
    sc.sms_time("今天 08:01")
    sc.sms_in("【华兴银行】温馨提醒：您尾号3082信用卡本期最低还款额尚未还清，请于今日24时前还款，以免产生逾期记录。"
              "如已还款请忽略。")
    sc.sms_footer()
    rgb, masks = sc.render()
    return save_item("l21_bank_sms_light", rgb, masks, sc.seal_texts, sc.seal_centers, sc.lines,
                     doc_type="sms_message", kind="screenshot", lawful=True, expect=[], forbid=["all"], sender="95561",
                     text_contains=["华兴银行", "一键还款", "如已还款请忽略"],
                     notes="bank's own reminders from a 955xx service number, including a same-day due-date reminder "
                           "(a real billing deadline, not manufactured pressure)", fmt="png")


@item
def l22_bank_sms_dark():
    rng = np.random.default_rng(7022)
    sc = Screen(720, 1560, dark=True, style="ios")
    sc.sms_header("95527", "21:48")
    sc.sms_time("11月22日 周日 10:16")
    sc.sms_in("【江南商业银行】尊敬的孙女士，您的个人消费贷款已逾期2天，应还金额2,174.12元。请尽快通过手机银行或到网点还款，"
              "以免影响个人信用记录。如有困难可致电95527协商。本行不会要求您向个人账户转账。")
    sc.sms_time("11月24日 周二 19:03")
    sc.sms_in("【江南商业银行】您尾号6617账户于11月24日19:02转入2,174.12元，贷款已足额扣款，感谢您的配合。")
    sc.sms_footer()
    rgb, masks = sc.render()
    return save_item("l22_bank_sms_dark", rgb, masks, sc.seal_texts, sc.seal_centers, sc.lines,
                     doc_type="sms_message", kind="screenshot", lawful=True, expect=[], forbid=["all"], sender="95527",
                     text_contains=["江南商业银行", "手机银行", "足额扣款"],
                     notes="bank overdue reminder and repayment confirmation from a 955xx number, dark mode", fmt="png")


@item
def l23_lender_106_sms():
    rng = np.random.default_rng(7023)
    sc = Screen(720, 1560, dark=False, style="android")
    sc.sms_header("10690588218", "11:30", sub="短信")
    sc.sms_in("【嘉禾消费金融】郑女士您好，您的借款第7期1,083.20元已于11月12日到期，请登录嘉禾消费金融App还款。"
              "如已还款请忽略。客服400-618-2090。拒收请回复R", stamp="11月13日 10:00")
    sc.sms_in("【嘉禾消费金融】温馨提示：如您近期还款有困难，可在App“我的-还款帮助”提交说明，客服将与您联系。"
              "请勿相信任何要求向个人账户转账的信息。", stamp="11月15日 10:00")
    sc.sms_footer()
    rgb, masks = sc.render()
    return save_item("l23_lender_106_sms", rgb, masks, sc.seal_texts, sc.seal_centers, sc.lines,
                     doc_type="sms_message", kind="screenshot", lawful=True, expect=[], forbid=["all"], sender="10690588218",
                     text_contains=["嘉禾消费金融", "拒收请回复R", "提交说明"],
                     notes="licensed lender's own reminders from a 1069 gateway: normal, must not count as impersonation",
                     fmt="png")


@item
def l24_family_chat_redpacket():
    rng = np.random.default_rng(7024)
    sc = Screen(720, 1560, dark=False, style="chat")
    sc.chat_header("妈妈", "19:26")
    mom, me = ("妈", (214, 130, 90)), ("我", (90, 140, 200))
    sc.chat_time("昨天 20:11")
    sc.chat_msg("这个月信用卡还上了吗？", avatar=mom)
    sc.chat_msg("还了，在银行App上还的最低还款，剩下的下个月发工资再还", out=True, avatar=me)
    sc.chat_msg("别去那些乱七八糟的平台借钱，缺多少跟妈说", avatar=mom)
    sc.red_packet("给你应急", avatar=mom)
    sc.chat_time("19:20")
    sc.chat_msg("谢谢妈，我把账单分期办了，每月压力小一点", out=True, avatar=me)
    sc.chat_msg("好，有事跟家里说", avatar=mom)
    sc.chat_footer()
    rgb, masks = sc.render()
    return save_item("l24_family_chat_redpacket", rgb, masks, sc.seal_texts, sc.seal_centers, sc.lines,
                     doc_type="sms_message", kind="screenshot", lawful=True, expect=[], forbid=["all"], sender=None,
                     text_contains=["信用卡还上了吗", "给你应急"],
                     notes="family chat with a red packet card (red, not a seal); talk about repaying, no threats", fmt="png")


def summons_doc(rng, court, code_case, name, seed_amp=0.85):
    pg = Page(1100, 1556, tone=(250, 250, 246))
    pg.center(100, court, "serifb", 50)
    pg.center(176, "传　　票", "serifb", 66)
    pg.right(280, code_case, 990, "serif", 32)
    rows = [("案　　由", "金融借款合同纠纷"), ("被传唤人", name), ("传唤事由", "开庭审理"),
            ("应到时间", "2027年1月12日上午9时"), ("应到处所", "本院第五审判庭")]
    y = table(pg, 110, 350, [240, 640], rows, 90, "serif", 32)
    y += 40
    for s in ["注意事项：被传唤人必须准时到达应到处所；", "本传票可拨打12368核实。"]:
        pg.text(120, y, s, "serif", 30)
        y += 56
    pos = sign(pg, y + 120, [court, "二〇二六年十一月二十日"], 985, "serif", 31)
    x, yd, w = pos[1]
    court_seal(pg, rng, x + w / 2, yd - 10, court, diam=226, amp=seed_amp, rot=rng.uniform(-10, 10))
    return pg


@item
def l25_chat_summons_image():
    rng = np.random.default_rng(7025)
    court = "澄江市东湖区人民法院"
    pg = summons_doc(rng, court, "（2026）苏0713民初5102号", "许卫民")
    rgb, masks = pg.render()
    rgb, masks = photo(rgb, masks, rng, 1200, 1600, bg="desk", fill=0.9, jitter=0.03, shadow=None, cast="warm",
                       blur=0.8, light=0.25)
    m = pg.meta()
    sc = Screen(720, 1560, dark=False, style="chat")
    sc.chat_header("陈律师", "14:05")
    me, law = ("许", (90, 140, 200)), ("陈", (70, 110, 90))
    sc.chat_time("14:01")
    sc.chat_image(rgb, masks, m["seal_texts"], m["seal_centers"], out=True, avatar=me, width=440)
    sc.chat_msg("陈律师您好，收到这个传票，是真的吗？", out=True, avatar=me)
    sc.chat_msg("案号格式没问题，是东湖区法院的民初案件。你打12368报案号核实一下，按时出庭，带上身份证和还款记录。", avatar=law)
    sc.chat_footer()
    srgb, smasks = sc.render()
    lines = sc.lines + m["lines"]
    return save_item("l25_chat_summons_image", srgb, smasks, sc.seal_texts, sc.seal_centers, lines,
                     doc_type="court_summons", kind="screenshot", lawful=True, expect=[], forbid=lawful_forbid(["text.spaced"]), sender=None,
                     text_contains=["陈律师您好", "案号格式没问题"],
                     notes="chat screenshot with a photo of a genuine-style court summons (emblem seal) sent to a lawyer; "
                           "doc_type given for the document shown; the photo's small text is in source_text after the chat; "
                           "neutral: text.spaced on the spaced title 传　　票", fmt="jpg", quality=92)


def bank_letter_doc(rng):
    pg = Page(1100, 1556, tone=(252, 251, 247))
    bank_letterhead(pg, "江南商业银行", "JIANGNAN COMMERCIAL BANK")
    pg.center(250, "逾期还款提示函", "sansb", 52)
    paras = ["截至2026年10月8日，您的个人消费贷款有两期未按约定归还，逾期本金合计4,210.00元。",
             "请通过我行手机银行或网点柜台还款。如有困难，可致电95527或到开户网点申请调整还款安排。"]
    y = letter(pg, 360, paras, to="尊敬的何丽娟女士：", key="sans", size=34, lh=1.8)
    pos = sign(pg, y + 100, ["江南商业银行股份有限公司临溪分行", "2026年10月9日"], 990, "sans", 32)
    x, yd, w = pos[0]
    pg.seal(rng, x + w / 2 + 40, yd + 28, 210, "江南商业银行股份有限公司临溪分行", center="star", inner=True,
            amp=0.88, rot=rng.uniform(-8, 8), fkey="sansb")
    return pg


@item
def l26_chat_bankletter_dark():
    rng = np.random.default_rng(7026)
    pg = bank_letter_doc(rng)
    rgb, masks = pg.render()
    rgb, masks = photo(rgb, masks, rng, 1200, 1600, bg="wood", fill=0.88, rot=2, shadow="phone", shadow_k=0.3,
                       cast="warm", blur=0.9, light=0.3)
    m = pg.meta()
    sc = Screen(720, 1560, dark=True, style="chat")
    sc.chat_header("小周", "22:17")
    me, fr = ("何", (150, 110, 180)), ("周", (200, 150, 60))
    sc.chat_time("22:09")
    sc.chat_msg("银行寄来的信，这个章看着挺正规的", out=True, avatar=me)
    sc.chat_image(rgb, masks, m["seal_texts"], m["seal_centers"], out=True, avatar=me, width=420)
    sc.chat_msg("是银行自己的提醒，按信上说的去网点问问能不能调整，别找中介", avatar=fr)
    sc.chat_footer()
    srgb, smasks = sc.render()
    lines = sc.lines + m["lines"]
    return save_item("l26_chat_bankletter_dark", srgb, smasks, sc.seal_texts, sc.seal_centers, lines,
                     doc_type="other", kind="screenshot", lawful=True, expect=[], forbid=["all"], sender=None,
                     text_contains=["银行寄来的信", "是银行自己的提醒"],
                     notes="dark-mode chat with a photo of a bank's overdue reminder letter bearing the bank's star seal",
                     fmt="jpg", quality=92)


# ============================ forged / threatening items =======================================


@item
def f01_restriction_company_seal_photo():
    rng = np.random.default_rng(7101)
    pg = Page(1100, 1556, tone=(250, 250, 247))
    pg.center(100, "云阳市南山区人民法院", "sansb", 46)
    pg.center(170, "限制消费令", "sansb", 64, fill=(205, 20, 30))
    pg.right(276, "（2026）云法执字第0317号", 990, "sans", 28)
    paras = ["被执行人：潘志勇　身份证号：5105**********2713",
             "因你在网贷平台借款逾期未还，经申请人申请，本院决定对你采取以下措施：",
             "一、禁止乘坐飞机、高铁及列车软卧；",
             "二、禁止在星级宾馆、酒店及高档餐厅消费；",
             "三、将你列入失信被执行人名单，并通过媒体向社会公布。",
             "请于2026年12月1日17时前结清全部欠款，逾期本令即时生效，不再另行通知。"]
    y = 350
    for i, p in enumerate(paras):
        y = pg.para(110, y, 880, p, "sans", 30, 1.8, indent=0 if i == 0 else 2)
    y = pg.para(110, y + 10, 880, "经办人：刘主任　电话：170 3385 2147", "sans", 30, 1.8, indent=2)
    pos = sign(pg, y + 100, ["云阳市南山区人民法院", "2026年11月27日"], 985, "sans", 30)
    x, yd, w = pos[0]
    pg.seal(rng, x + w / 2, yd + 30, 206, "鼎盛信息咨询有限公司", center="star", bottom="业务专用章", amp=0.9, rot=-7)
    rgb, masks = pg.render()
    rgb, masks = photo(rgb, masks, rng, 1200, 1600, bg="fabric", fill=0.85, rot=3, shadow="hand", shadow_k=0.4,
                       cast="warm", blur=1.0, light=0.4, noise=3.5)
    m = pg.meta()
    expect = ["seal.issuer_mismatch", "doc.case_number_invalid", "blacklist.dishonest", "pressure.deadline",
              "contact.virtual_number"]
    maybe = ["lawsuit.threat", "contract.termination", "persona.authority", "asset.freeze"]
    return save_item("f01_restriction_company_seal_photo", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="restriction_order", kind="photo", lawful=False, expect=expect,
                     forbid=forbid_except(expect, maybe), sender=None,
                     text_contains=["限制消费令", "失信被执行人名单", "云法执字"],
                     notes="fake consumption-restriction order in a court's name stamped with a consulting company's star seal; "
                           "old 字第 style case number without a court code; call-back number on a 170 range",
                     exif={"Make": "vivo", "Model": "V2241A", "DateTime": "2026:11:27 20:41:13"})


@item
def f02_lawyer_letter_noseal_scan():
    rng = np.random.default_rng(7102)
    pg = Page(1100, 1556, tone=(255, 255, 255))
    pg.center(90, "华正律师事务所", "serifb", 40)
    pg.hline(150, 110, 990, fill=(40, 40, 120), width=4)
    pg.center(190, "律师函", "serifb", 60)
    paras = ["受上海云贷科技有限公司委托，现就你借款逾期一事正式函告如下：",
             "你于2025年通过委托人平台借款人民币8,000元，现已逾期16天。依据借款协议，你须按剩余全部借款本金的30%支付违约金，共计2,400元，另按每日千分之五加收滞纳金。",
             "本所已完成起诉材料整理，若你在本函送达后48小时内仍未全额还款，将立即向法院提起诉讼，届时诉讼费、律师费、差旅费均由你承担。",
             "请勿心存侥幸，后果自负。"]
    y = letter(pg, 310, paras, to="致 韦小敏：", key="serif", size=30, lh=1.85)
    sign(pg, y + 100, ["律师：郑峰", "联系电话：13815526047", "2026年11月24日"], 985, "serif", 30)
    rgb, masks = pg.render()
    rgb, masks = scan(rgb, masks, rng, angle=-0.55, noise=1.8, blur=0.45)
    m = pg.meta()
    expect = ["seal.missing", "penalty.inflated", "lawsuit.threat", "pressure.deadline"]
    maybe = ["contract.termination", "persona.authority"]
    return save_item("f02_lawyer_letter_noseal_scan", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="lawyer_letter", kind="scan", lawful=False, expect=expect,
                     forbid=forbid_except(expect, maybe), sender=None,
                     text_contains=["律师函", "后果自负"],
                     notes="lawyer's letter with no seal anywhere; 30% penalty on the whole remaining principal, 48-hour "
                           "ultimatum, immediate lawsuit")


@item
def f03_court_sms_1069():
    rng = np.random.default_rng(7103)
    sc = Screen(720, 1560, dark=False, style="ios")
    sc.sms_header("106901328876", "16:52")
    sc.sms_time("短信/彩信")
    sc.sms_time("今天 16:40")
    sc.sms_in("【临溪市中级人民法院】韦小敏：你名下借款合同纠纷已由债权方提交 诉 讼 材 料，本院已登记立案，"
              "传 票 将于三日内送达你户籍所在地。请于今日18:00前联系承办人处理，逾期将依法缺席审理。"
              "承办人电话：0519-8675 2301")
    sc.sms_footer()
    rgb, masks = sc.render()
    expect = ["sms.impersonation", "text.spaced", "lawsuit.threat", "pressure.deadline"]
    maybe = ["doc.case_number_invalid", "visit.home", "persona.authority", "contact.third_party"]
    return save_item("f03_court_sms_1069", rgb, masks, sc.seal_texts, sc.seal_centers, sc.lines,
                     doc_type="sms_message", kind="screenshot", lawful=False, expect=expect,
                     forbid=forbid_except(expect, maybe), sender="106901328876",
                     text_contains=["临溪市中级人民法院", "缺席审理"],
                     notes="SMS in a court's name from a 1069 commercial gateway, spaced-out 诉 讼 材 料 and 传 票, "
                           "'case filed', same-day deadline", fmt="png")


@item
def f04_police_sms_mobile_dark():
    rng = np.random.default_rng(7104)
    sc = Screen(720, 1560, dark=True, style="android")
    sc.sms_header("15237160948", "23:06", sub="中国移动 · 河南")
    sc.sms_in("【青溪市公安局经侦支队】潘志勇，你长期恶意拖欠网贷资金，涉嫌骗取贷款，已列入我队调查名单。"
              "我队将通知你的父母及单位领导配合调查，并对你名下全部银行卡及支付宝账户实施冻结。", stamp="今天 22:58")
    sc.sms_footer()
    rgb, masks = sc.render()
    expect = ["sms.impersonation", "lawsuit.threat", "contact.third_party", "asset.freeze"]
    maybe = ["persona.authority", "visit.home", "blacklist.online_loan", "blacklist.dishonest", "pressure.deadline",
             "doc.case_number_invalid"]
    return save_item("f04_police_sms_mobile_dark", rgb, masks, sc.seal_texts, sc.seal_centers, sc.lines,
                     doc_type="sms_message", kind="screenshot", lawful=False, expect=expect,
                     forbid=forbid_except(expect, maybe), sender="15237160948",
                     text_contains=["公安局经侦支队", "恶意拖欠网贷资金"],
                     notes="SMS in the police's name from an ordinary 11-digit mobile: criminal threat, parents and employer "
                           "to be told, all cards to be frozen", fmt="png")


@item
def f05_blacklist_notice_photo():
    rng = np.random.default_rng(7105)
    pg = Page(1100, 1556, tone=(252, 252, 250))
    pg.center(96, "全国网络借贷风险信息中心", "sansb", 44)
    pg.center(170, "黑名单告知书", "sansb", 66, fill=(210, 20, 26))
    pg.hline(270, 110, 990, fill=(210, 20, 26), width=4)
    paras = ["当事人：黄志明　身份证尾号0417",
             "经平台核查，你在多家网贷平台存在恶意逾期行为，现已被纳入网贷黑名单，相关记录同步至　征　信　系　统。",
             "黑名单生效后：",
             "1. 你及直系亲属将无法办理任何贷款、信用卡；",
             "2. 你的子女在升学、参军、考公政审中将受到影响；",
             "3. 你的个人信息将推送至所在社区及工作单位。",
             "如需撤销，请于2026年11月30日12:00前结清欠款。"]
    y = 320
    for i, p in enumerate(paras):
        y = pg.para(110, y, 880, p, "sans", 32, 1.8, indent=0 if i in (0, 2) else 2)
    sign(pg, y + 100, ["全国网络借贷风险信息中心", "2026年11月27日"], 985, "sans", 30)
    rgb, masks = pg.render()
    rgb, masks = photo(rgb, masks, rng, 1200, 1600, bg="dark", fill=0.86, rot=-4, shadow="phone", shadow_k=0.35,
                       cast="cool", blur=1.2, light=0.4, noise=4.0)
    m = pg.meta()
    expect = ["seal.missing", "blacklist.online_loan", "family.children", "pressure.deadline", "contact.third_party",
              "text.spaced"]
    maybe = ["blacklist.dishonest", "visit.home", "persona.authority", "contract.termination",
             "doc.case_number_invalid", "promise.fee_waiver"]
    return save_item("f05_blacklist_notice_photo", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="restriction_order", kind="photo", lawful=False, expect=expect,
                     forbid=forbid_except(expect, maybe), sender=None,
                     text_contains=["黑名单告知书", "网贷黑名单", "工作单位"],
                     notes="unsealed 'online-loan blacklist' notice from an invented national centre: children's schooling and "
                           "vetting, employer notified, noon deadline, 征　信　系　统 spaced with wide gaps",
                     exif={"Make": "OPPO", "Model": "PHB110", "DateTime": "2026:11:28 08:15:37"})


@item
def f06_cancellation_photoshop_scan():
    rng = np.random.default_rng(7106)
    pg = Page(1100, 1556, tone=(254, 254, 252))
    co = "速融小额贷款有限公司"
    pg.text(110, 80, co, "sansb", 36, fill=(20, 60, 130))
    pg.hline(135, 110, 990, fill=(20, 60, 130), width=3)
    pg.center(190, "解除合同通知书", "sansb", 58)
    paras = ["借款人：卢建国　合同编号：SR-2025-110827",
             "你于2025年11月在本公司借款12,000元，截至今日已逾期3天。经本公司法务部审核，现决定立即解除借款合同，你须一次性偿还剩余全部本金9,400元，并按剩余本金的25%支付违约金2,350元。",
             "本通知自发出之日起生效，请于24小时内将上述款项汇入本公司指定账户。"]
    y = 300
    for i, p in enumerate(paras):
        y = pg.para(110, y, 880, p, "serif", 30, 1.85, indent=0 if i == 0 else 2)
    pos = sign(pg, y + 110, [co + "　法务部", "2026年11月26日"], 985, "serif", 30)
    x, yd, w = pos[0]
    pg.seal(rng, x + w / 2 - 50, yd + 26, 204, co, center="star", bottom="合同专用章", amp=0.92, rot=5)
    rgb, masks = pg.render()
    rgb, masks = scan(rgb, masks, rng, angle=0.25, noise=1.2, blur=0.35, edge=False)
    m = pg.meta()
    expect = ["contract.termination", "penalty.inflated", "pressure.deadline", "image.edited", "persona.authority"]
    maybe = ["lawsuit.threat"]
    return save_item("f06_cancellation_photoshop_scan", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="cancellation_notice", kind="scan", lawful=False, expect=expect,
                     forbid=forbid_except(expect, maybe), sender=None,
                     text_contains=["解除合同通知书", "合同编号"],
                     notes="cancellation after 3 days overdue with 25% of the remaining principal as penalty, 24-hour deadline, "
                           "'法务部'; the lender's own seal (no mismatch); EXIF Software names Photoshop",
                     exif={"Software": "Adobe Photoshop 25.1 (Windows)", "DateTime": "2026:11:26 15:02:44"})


@item
def f07_summons_star_seal_photo():
    rng = np.random.default_rng(7107)
    pg = Page(1100, 1556, tone=(249, 249, 245))
    court = "云阳市南山区人民法院"
    pg.center(96, court, "serifb", 48)
    pg.center(170, "传票", "serifb", 66)
    pg.right(270, "（2026）南法民字第2251号", 990, "serif", 28)
    paras = ["被传唤人：韦小敏", "案由：网贷欠款纠纷",
             "你拖欠借款已严重逾期，原告已向本院提起诉讼，本院已立案受理。请于收到本传票后72小时内到本院处理，"
             "逾期未到将依法拘传，并冻结你名下银行账户。",
             "联系人：诉前调解员 王老师　电话：16538260914"]
    y = 340
    for i, p in enumerate(paras):
        y = pg.para(110, y, 880, p, "serif", 31, 1.85, indent=0 if i < 2 else 2)
    pos = sign(pg, y + 120, [court, "2026年11月25日"], 985, "serif", 31)
    x, yd, w = pos[0]
    pg.seal(rng, x + w / 2, yd + 28, 212, court, center="star", amp=0.9, rot=-4)
    rgb, masks = pg.render()
    rgb, masks = photo(rgb, masks, rng, 1200, 1600, bg="wood", fill=0.84, rot=5, shadow="hand", shadow_k=0.38,
                       cast=None, blur=0.9, light=0.35)
    m = pg.meta()
    expect = ["seal.issuer_mismatch", "doc.case_number_invalid", "lawsuit.threat", "pressure.deadline", "asset.freeze",
              "contact.virtual_number", "persona.authority"]
    maybe = ["visit.home"]
    return save_item("f07_summons_star_seal_photo", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="court_summons", kind="photo", lawful=False, expect=expect,
                     forbid=forbid_except(expect, maybe), sender=None,
                     text_contains=["网贷欠款纠纷", "诉前调解员"],
                     notes="fake summons: the court's name on a five-pointed-star seal, 字第 case number, 72-hour threat, "
                           "account freeze, 165 call-back number",
                     exif={"Make": "HUAWEI", "Model": "ALN-AL00", "DateTime": "2026:11:25 19:37:05"})


@item
def f08_chat_fee_waiver():
    rng = np.random.default_rng(7108)
    sc = Screen(720, 1560, dark=False, style="chat")
    sc.chat_header("账户处理-邓经理", "20:02")
    col, me = ("邓", (60, 60, 60)), ("韦", (90, 140, 200))
    sc.chat_time("19:41")
    sc.chat_msg("你现在逾期欠款4,836元，本月还有最后一个优惠名额，只要还2,900元，剩下的罚息全部免掉", avatar=col)
    sc.chat_msg("款打到我们财务的个人账户：6212 2611 0203 5579 户名邓海涛", avatar=col)
    sc.chat_msg("为什么是个人账户？App里不能还吗", out=True, avatar=me)
    sc.chat_msg("App通道已经关了，只能走这个特殊通道，今晚八点前不转名额就作废", avatar=col)
    sc.chat_msg("不处理的话，明天就给你通讯录里的人和你公司发消息", avatar=col)
    sc.chat_msg("有问题回电17082536614", avatar=col)
    sc.chat_footer()
    rgb, masks = sc.render()
    expect = ["promise.fee_waiver", "pressure.deadline", "contact.third_party", "contact.virtual_number"]
    maybe = ["persona.authority", "lawsuit.threat"]
    return save_item("f08_chat_fee_waiver", rgb, masks, sc.seal_texts, sc.seal_centers, sc.lines,
                     doc_type="sms_message", kind="screenshot", lawful=False, expect=expect,
                     forbid=forbid_except(expect, maybe), sender=None,
                     text_contains=["个人账户", "特殊通道"],
                     notes="collector chat: 'last discount slot', pay to a personal account, 8 pm cut-off, threat to message "
                           "the address book and employer, 170 call-back number", fmt="png")


@item
def f09_sms_106_visit_dark():
    rng = np.random.default_rng(7109)
    sc = Screen(720, 1560, dark=True, style="android")
    sc.sms_header("106550218836", "13:14", sub="短信")
    sc.sms_in("【速融贷】您的借款已逾期，请及时还款。", stamp="11月10日 09:00")
    sc.sms_in("【速融贷】卢建国，你已逾期45天仍拒不处理。我司外访组已到你户籍地村委会了解情况，明天将到你家中及公司上门核实。"
              "建议你马上在其他平台周转一下先把这笔还上，否则将申请冻结你名下微信、支付宝及全部银行卡。",
              stamp="今天 13:02")
    sc.sms_footer()
    rgb, masks = sc.render()
    expect = ["visit.home", "borrow.new_loan", "asset.freeze"]
    maybe = ["pressure.deadline", "contact.third_party", "persona.authority", "lawsuit.threat"]
    return save_item("f09_sms_106_visit_dark", rgb, masks, sc.seal_texts, sc.seal_centers, sc.lines,
                     doc_type="sms_message", kind="screenshot", lawful=False, expect=expect,
                     forbid=forbid_except(expect, maybe), sender="106550218836",
                     text_contains=["外访组", "公司上门核实"],
                     notes="lender-branded SMS from a 1065 gateway (no state body claimed): home and workplace visit, "
                           "borrow elsewhere to repay, freeze of WeChat/Alipay/cards", fmt="png")


@item
def f10_lawyer_company_seal_meitu():
    rng = np.random.default_rng(7110)
    pg = Page(1100, 1556, tone=(251, 250, 246))
    pg.center(90, "德信律师事务所", "kai", 46)
    pg.center(180, "律师函", "sansb", 62)
    paras = ["我所受云信网络科技有限公司委托，就你恶意拖欠借款一事郑重告知：",
             "你借款后长期失联、拒不还款，已涉嫌骗取贷款罪。若不在2026年11月30日前结清，我方将向你单位人事部门及所在社区发送书面通知，"
             "同时移交公安经侦部门立案侦查，你将面临拘留及刑事责任。",
             "特此函告。"]
    y = letter(pg, 300, paras, to="致：潘志勇", key="kai", size=33, lh=1.8)
    pos = sign(pg, y + 110, ["德信律师事务所", "2026年11月26日"], 985, "kai", 33)
    x, yd, w = pos[0]
    pg.seal(rng, x + w / 2, yd + 30, 214, "云信网络科技有限公司", center="star", inner=True, amp=0.95, rot=9)
    rgb, masks = pg.render()
    rgb, masks = photo(rgb, masks, rng, 1125, 1500, bg="desk", fill=0.86, rot=-2, shadow=None, cast="warm",
                       blur=0.7, light=0.25, noise=2.5)
    m = pg.meta()
    expect = ["seal.issuer_mismatch", "lawsuit.threat", "contact.third_party", "pressure.deadline", "image.edited"]
    maybe = ["visit.home", "contract.termination", "persona.authority"]
    return save_item("f10_lawyer_company_seal_meitu", rgb, masks, m["seal_texts"], m["seal_centers"], m["lines"],
                     doc_type="lawyer_letter", kind="photo", lawful=False, expect=expect,
                     forbid=forbid_except(expect, maybe), sender=None,
                     text_contains=["律师函", "特此函告"],
                     notes="lawyer's letter stamped with a technology company's seal; criminal-fraud and detention threat, "
                           "employer and community to be notified; EXIF Software names Meitu XiuXiu",
                     exif={"Make": "Xiaomi", "Model": "M2012K11AC", "Software": "MTXX Meitu XiuXiu 9.9.2",
                           "DateTime": "2026:11:26 11:48:20"})


def dishonest_doc(rng):
    pg = Page(1100, 1060, tone=(253, 253, 253))
    pg.center(70, "人民法院", "sansb", 56)
    pg.center(160, "失信被执行人决定书", "sansb", 64, fill=(205, 20, 30))
    pg.right(262, "案号：京执字【2026】第00875号", 1000, "sans", 36)
    paras = ["被执行人：黄志明",
             "你因网贷逾期拒不还款，本院决定将你纳入失信被执行人名单，自即日起限制高消费，禁止乘坐飞机、高铁。",
             "你的子女不得报考公务员，入学将受限制。"]
    y = 340
    for i, p in enumerate(paras):
        y = pg.para(100, y, 900, p, "sans", 44, 1.6, indent=0 if i == 0 else 2)
    sign(pg, y + 60, ["执行法官：李卫东", "2026年11月27日"], 1000, "sans", 40)
    return pg


@item
def f11_chat_dishonest_image():
    rng = np.random.default_rng(7111)
    pg = dishonest_doc(rng)
    rgb, masks = pg.render()
    m = pg.meta()
    sc = Screen(720, 1560, dark=True, style="chat")
    sc.chat_header("贷后专员小李", "12:40")
    col, me = ("李", (90, 90, 90)), ("黄", (150, 110, 180))
    sc.chat_time("12:31")
    sc.chat_msg("这是法院下来的决定书，你自己看", avatar=col)
    sc.chat_image(rgb, masks, m["seal_texts"], m["seal_centers"], out=False, avatar=col, width=520)
    sc.chat_msg("我只逾期了十天", out=True, avatar=me)
    sc.chat_msg("今天不处理，明天正式公示", avatar=col)
    sc.chat_footer()
    srgb, smasks = sc.render()
    lines = sc.lines + m["lines"]
    expect = ["seal.missing", "doc.case_number_invalid", "blacklist.dishonest", "family.children", "pressure.deadline"]
    maybe = ["persona.authority", "lawsuit.threat"]
    return save_item("f11_chat_dishonest_image", srgb, smasks, sc.seal_texts, sc.seal_centers, lines,
                     doc_type="restriction_order", kind="screenshot", lawful=False, expect=expect,
                     forbid=forbid_except(expect, maybe), sender=None,
                     text_contains=["法院下来的决定书", "明天正式公示"],
                     notes="dark chat in which a collector sends an unsealed 'dishonest debtor decision' image (no court name, "
                           "bracket-style 字 case number, children's civil-service exams); doc_type given for the document shown",
                     fmt="png")


@item
def f12_sms_mobile_persona_spaced():
    rng = np.random.default_rng(7112)
    sc = Screen(750, 1334, dark=False, style="ios")
    sc.sms_header("13967025183", "14:21")
    sc.sms_time("今天 14:09")
    sc.sms_in("【逾期案件处理中心】韦小敏，你的欠款已转入诉前调解程序，调解员将对你的账户做最终审核。今天下午4点前未回复，"
              "将正式向你发送律*师*函并启动上 门 程序。回复请拨16726580441")
    sc.sms_footer()
    rgb, masks = sc.render()
    expect = ["persona.authority", "text.spaced", "pressure.deadline", "contact.virtual_number", "visit.home"]
    maybe = ["sms.impersonation", "lawsuit.threat"]
    return save_item("f12_sms_mobile_persona_spaced", rgb, masks, sc.seal_texts, sc.seal_centers, sc.lines,
                     doc_type="sms_message", kind="screenshot", lawful=False, expect=expect,
                     forbid=forbid_except(expect, maybe), sender="13967025183",
                     text_contains=["逾期案件处理中心", "诉前调解程序"],
                     notes="SMS from a mobile number as a 'case handling centre' with a 'mediator', 4 pm deadline, "
                           "律*师*函 and 上 门 split to dodge filters, 167 call-back number", fmt="png")


def main():
    for f in ITEMS:
        f()
    print(f"{len(ITEMS)} items written to {OUT}")


if __name__ == "__main__":
    main()
