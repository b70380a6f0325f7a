"""Rendering helpers for the held-out image set v2 (written from scratch for this set).

Everything here is deterministic given the random generators passed in.
Geometry bookkeeping: every seal carries a polygon of points on its outer
ellipse; every geometric transform applied to an image is applied to those
points too, and the ground-truth box is the bounding box of the points.
"""
from __future__ import annotations

import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

_F = {
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serif_bold": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sans_bold": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
}
_cache: dict = {}


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    key = (name, int(size))
    if key not in _cache:
        path, idx = _F[name]
        _cache[key] = ImageFont.truetype(path, int(size), index=idx)
    return _cache[key]


def wrap(text: str, fnt, width: float) -> list[str]:
    """Greedy character wrap (Chinese has no spaces to break on)."""
    lines, cur = [], ""
    for ch in text:
        if fnt.getlength(cur + ch) > width and cur:
            # keep closing punctuation on the line it closes
            if ch in "，。、；：！？）」』”" and fnt.getlength(cur + ch) < width * 1.06:
                cur += ch
                continue
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


# --------------------------------------------------------------------------- seals

def _star(draw, cx, cy, r, fill=255, rot=0.0):
    pts = []
    for k in range(10):
        rr = r if k % 2 == 0 else r * 0.382
        a = math.radians(rot - 90 + k * 36)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    draw.polygon(pts, fill=fill)


def _emblem(draw, cx, cy, r):
    """A rough national-emblem-like drawing: ring of grain, stars, a gate."""
    w = max(2, int(r * 0.07))
    # grain ears: two arcs of small leaves around the lower/side edge
    for side in (-1, 1):
        for k in range(9):
            a = math.radians(100 + side * (15 + k * 17))  # from bottom up each side
            px, py = cx + r * 0.92 * math.cos(a), cy + r * 0.92 * math.sin(a)
            draw.ellipse([px - r * 0.09, py - r * 0.05, px + r * 0.09, py + r * 0.05], fill=255)
    draw.arc([cx - r * 0.85, cy - r * 0.85, cx + r * 0.85, cy + r * 0.85], 20, 160, fill=255, width=w)
    # one big star and four small ones in an arc above the gate
    _star(draw, cx - r * 0.28, cy - r * 0.42, r * 0.22)
    for k, a in enumerate((-60, -30, 0, 30)):
        ang = math.radians(a - 20)
        _star(draw, cx - r * 0.28 + r * 0.42 * math.cos(ang) + r * 0.05,
              cy - r * 0.42 + r * 0.42 * math.sin(ang) + r * 0.08, r * 0.07)
    # the gate: roof, body with openings, base
    gy = cy + r * 0.05
    draw.polygon([(cx - r * 0.55, gy), (cx + r * 0.55, gy), (cx + r * 0.42, gy - r * 0.12),
                  (cx - r * 0.42, gy - r * 0.12)], fill=255)
    draw.rectangle([cx - r * 0.45, gy, cx + r * 0.45, gy + r * 0.28], fill=255)
    for k in range(-2, 3):
        ox = cx + k * r * 0.17
        draw.rectangle([ox - r * 0.04, gy + r * 0.12, ox + r * 0.04, gy + r * 0.28], fill=0)
    draw.rectangle([cx - r * 0.6, gy + r * 0.32, cx + r * 0.6, gy + r * 0.38], fill=255)
    draw.rectangle([cx - r * 0.12, gy + r * 0.42, cx + r * 0.12, gy + r * 0.62], fill=255)


def _char_img(ch, fnt, squeeze=0.85):
    s = int(fnt.size * 1.5)
    im = Image.new("L", (s, s), 0)
    d = ImageDraw.Draw(im)
    d.text((s / 2, s / 2), ch, font=fnt, fill=255, anchor="mm")
    if squeeze != 1.0:
        im = im.resize((max(1, int(s * squeeze)), s), Image.LANCZOS)
        pad = Image.new("L", (s, s), 0)
        pad.paste(im, ((s - im.width) // 2, 0))
        im = pad
    return im


def render_seal(spec: dict, rng: np.random.Generator):
    """Return (ink alpha as float array 0..1 of shape (S, S), outer points relative to the centre).

    spec keys: text, shape ('round'|'oval'), r, center ('star'|'emblem'|'none'),
    bottom (straight text under the centre), top_line (straight text above centre, oval),
    font, rot (degrees), fade (0..1), missing (0..1), squeeze.
    """
    r = float(spec.get("r", 110))
    oval = spec.get("shape", "round") == "oval"
    a, b = (r * 1.3, r * 0.88) if oval else (r, r)
    S = int(2 * max(a, b) + 24)
    S += S % 2
    c = S / 2
    m = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(m)
    bw = max(3, int(r * spec.get("border", 0.065)))
    d.ellipse([c - a, c - b, c + a, c + b], outline=255, width=bw)
    if spec.get("inner_ring"):
        d.ellipse([c - a + bw * 2.2, c - b + bw * 2.2, c + a - bw * 2.2, c + b - bw * 2.2], outline=255,
                  width=max(1, bw // 3))
    text = spec["text"]
    n = len(text)
    fs = int(r * (0.26 if n <= 12 else 0.22 if n <= 15 else 0.19) * (0.85 if oval else 1.0))
    fnt = font(spec.get("font", "serif_bold"), fs)
    span = min(255.0 if not oval else 205.0, max(185.0 if not oval else 150.0, n * (24.0 if n <= 12 else 17.0)))
    for i, ch in enumerate(text):
        th = math.radians(-span / 2 + span * (i + 0.5) / n)
        if oval:
            ra, rb = a - bw - fs * 0.75, b - bw - fs * 0.75
            px, py = c + ra * math.sin(th), c - rb * math.cos(th)
            # direction of the outward normal: gradient of the ellipse
            nx, ny = math.sin(th) / ra, -math.cos(th) / rb
            ang = math.degrees(math.atan2(nx, -ny))
        else:
            rt = r - bw - fs * 0.72
            px, py = c + rt * math.sin(th), c - rt * math.cos(th)
            ang = math.degrees(th)
        ci = _char_img(ch, fnt, spec.get("squeeze", 0.82)).rotate(-ang, resample=Image.BICUBIC, expand=True)
        m.paste(255, (int(px - ci.width / 2), int(py - ci.height / 2)), ci)
    center = spec.get("center", "star")
    has_bottom = bool(spec.get("bottom"))
    if center == "star":
        sy = c - (r * 0.05 if has_bottom else 0)
        _star(d, c, sy, r * (0.3 if not oval else 0.2))
    elif center == "emblem":
        _emblem(d, c, c + r * 0.03, r * 0.36)
    if spec.get("top_line"):
        f2 = font("sans", int(r * 0.13))
        d.text((c, c - b * 0.12), spec["top_line"], font=f2, fill=255, anchor="mm")
    if has_bottom:
        f2 = font(spec.get("bottom_font", "serif_bold"), int(r * (0.2 if not oval else 0.22)))
        by = c + (r * 0.5 if not oval else b * 0.28)
        d.text((c, by), spec["bottom"], font=f2, fill=255, anchor="mm")
    if spec.get("code"):
        f3 = font("sans", int(r * 0.1))
        d.text((c, c + b * 0.72), spec["code"], font=f3, fill=255, anchor="mm")

    alpha = np.asarray(m, dtype=np.float32) / 255.0
    # ink texture: low-frequency density variation plus speckle
    low = cv2.GaussianBlur(rng.random((S, S)).astype(np.float32), (0, 0), S / 18)
    low = (low - low.min()) / (np.ptp(low) + 1e-6)
    speck = rng.random((S, S)).astype(np.float32)
    tex = (0.55 + 0.45 * low) * np.where(speck < spec.get("speckle", 0.08), 0.25, 1.0)
    alpha = alpha * tex
    # fading along one direction (uneven pressure)
    fade = spec.get("fade", 0.0)
    if fade > 0:
        ang = rng.uniform(0, 2 * math.pi)
        yy, xx = np.mgrid[0:S, 0:S].astype(np.float32)
        g = ((xx - c) * math.cos(ang) + (yy - c) * math.sin(ang)) / (S / 2)
        alpha *= np.clip(1 - fade * (g + 1) / 2, 0.05, 1)
    # partly missing impression: blotches where the stamp did not touch
    miss = spec.get("missing", 0.0)
    if miss > 0:
        blob = cv2.GaussianBlur(rng.random((S, S)).astype(np.float32), (0, 0), S / 12)
        blob = (blob - blob.min()) / (np.ptp(blob) + 1e-6)
        alpha *= np.clip((blob - miss) * 6 + 0.5, 0, 1) * 0.9 + 0.1 * (blob > miss)
    alpha = cv2.GaussianBlur(alpha, (0, 0), 0.7)
    rot = float(spec.get("rot", 0.0))
    if rot:
        M = cv2.getRotationMatrix2D((c, c), rot, 1.0)  # positive = counter-clockwise on screen
        alpha = cv2.warpAffine(alpha, M, (S, S), flags=cv2.INTER_LINEAR)
    t = np.linspace(0, 2 * np.pi, 96, endpoint=False)
    ex, ey = a * np.cos(t), b * np.sin(t)
    phi = math.radians(rot)
    # screen counter-clockwise rotation in y-down coordinates
    px = ex * math.cos(phi) + ey * math.sin(phi)
    py = -ex * math.sin(phi) + ey * math.cos(phi)
    return np.clip(alpha, 0, 1), np.stack([px, py], 1)


def ink_over(arr: np.ndarray, alpha: np.ndarray, x0: int, y0: int, color):
    """Multiply-blend ink (alpha, colour) onto float RGB array arr at top-left (x0, y0)."""
    H, W = arr.shape[:2]
    h, w = alpha.shape
    xa, ya, xb, yb = max(0, x0), max(0, y0), min(W, x0 + w), min(H, y0 + h)
    if xa >= xb or ya >= yb:
        return
    al = alpha[ya - y0:yb - y0, xa - x0:xb - x0, None]
    col = np.array(color, dtype=np.float32)[None, None, :] / 255.0
    arr[ya:yb, xa:xb] *= 1 - al * (1 - col)


# --------------------------------------------------------------------------- pages

class Page:
    """A paper page; text is drawn with Pillow, seals are blended in as ink."""

    def __init__(self, w=1240, h=1754, paper=(252, 251, 247), margin=120):
        self.w, self.h, self.margin = w, h, margin
        self.img = Image.new("RGB", (w, h), paper)
        self.draw = ImageDraw.Draw(self.img)
        self.y = margin
        self.lines: list[str] = []
        self.seals: list[dict] = []
        self.pos: list[tuple] = []  # (line, x_left, y_top, font) of left-aligned lines

    def text(self, s, size=34, fnt="serif", color=(25, 25, 25), align="left", x=None, gap=0.62,
             indent=0, record=True, spacing_ch=None):
        f = font(fnt, size)
        width = self.w - 2 * self.margin - indent
        for line in (wrap(s, f, width) if align == "left" else [s]):
            if align == "center":
                self.draw.text((self.w / 2, self.y), line, font=f, fill=color, anchor="ma")
            elif align == "right":
                self.draw.text((x or self.w - self.margin, self.y), line, font=f, fill=color, anchor="ra")
            else:
                self.draw.text(((x or self.margin) + indent, self.y), line, font=f, fill=color)
                self.pos.append((line, (x or self.margin) + indent, self.y, f))
            if record:
                self.lines.append(line)
            self.y += int(size * (1 + gap))
        return self

    def space(self, px):
        self.y += px
        return self

    def rule(self, color=(200, 20, 20), width=4, y=None):
        yy = self.y if y is None else y
        self.draw.line([(self.margin - 20, yy), (self.w - self.margin + 20, yy)], fill=color, width=width)
        self.y = yy + 30
        return self

    def stamp(self, cx, cy, spec, rng, color=(205, 35, 45), kind="company"):
        alpha, pts = render_seal(spec, rng)
        arr = np.asarray(self.img, dtype=np.float32) / 255.0
        S = alpha.shape[0]
        ink_over(arr, alpha, int(cx - S / 2), int(cy - S / 2), color)
        self.img = Image.fromarray(np.clip(arr * 255, 0, 255).astype(np.uint8))
        self.draw = ImageDraw.Draw(self.img)
        self.seals.append({"pts": pts + np.array([int(cx - S / 2) + S / 2, int(cy - S / 2) + S / 2]),
                           "text": spec["text"], "center": spec.get("center", "star"), "kind": kind})
        return self


def signature(page: Page, x, y, name, size=54, color=(20, 20, 35), rot=8):
    """Hand-written-looking signature: kai font, rotated, drawn on top of whatever is there."""
    f = font("kai", size)
    w = int(f.getlength(name)) + 40
    im = Image.new("L", (w, size + 40), 0)
    ImageDraw.Draw(im).text((20, 10), name, font=f, fill=255)
    im = im.rotate(rot, resample=Image.BICUBIC, expand=True)
    page.img.paste(Image.new("RGB", im.size, color), (int(x), int(y)), im)
    page.draw = ImageDraw.Draw(page.img)


# --------------------------------------------------------------------------- camera / scanner

def find_phrase(page: Page, phrase: str):
    """Box (x0, y0, x1, y1) of a phrase printed by Page.text on one line, or None."""
    for line, x, y, f in page.pos:
        k = line.find(phrase)
        if k >= 0:
            x0 = x + f.getlength(line[:k])
            return x0, y, x0 + f.getlength(phrase), y + f.size * 1.25
    return None


def _bbox(pts, W, H):
    x0, y0 = np.clip(pts.min(0), 0, [W, H])
    x1, y1 = np.clip(pts.max(0), 0, [W, H])
    return [int(round(x0)), int(round(y0)), int(round(x1 - x0)), int(round(y1 - y0))]


def _table(rng, H, W, kind):
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    n = cv2.GaussianBlur(rng.random((H, W)).astype(np.float32), (0, 0), 3)
    if kind == "wood":
        base = np.array([150, 105, 70], np.float32)
        warp = cv2.GaussianBlur(rng.random((H, W)).astype(np.float32), (0, 0), 60)
        warp = (warp - warp.mean()) / (warp.std() + 1e-6)
        grain = np.sin((xx * 0.9 + 25 * warp + 30 * np.sin(yy / 310.0)) / rng.uniform(4.0, 7.0))
        grain = 0.6 * grain + 0.4 * np.sin((xx * 1.7 + 15 * warp) / 2.3)
        img = base[None, None] * (0.82 + 0.1 * grain[..., None] + 0.15 * n[..., None])
    elif kind == "cloth":
        base = np.array([70, 80, 100], np.float32)
        weave = np.sin(xx / 2.1) * np.sin(yy / 2.1)
        img = base[None, None] * (0.9 + 0.06 * weave[..., None] + 0.2 * n[..., None])
    else:  # grey desk / laminate
        base = np.array([185, 182, 176], np.float32)
        img = base[None, None] * (0.9 + 0.2 * n[..., None])
    return img / 255.0


def photograph(page: Page, rng: np.random.Generator, *, table="wood", canvas=(1500, 2000), fill=0.82,
               tilt=0.07, rot=0.0, cast="warm", shadow=True, light=0.35, blur=1.0, noise=2.5,
               long_side=1280):
    """Lay the page on a table and photograph it. Returns (upright RGB PIL image, seal boxes)."""
    src = np.asarray(page.img, dtype=np.float32) / 255.0
    h, w = src.shape[:2]
    CW, CH = canvas
    s = min(CW * fill / w, CH * fill / h)
    pw, ph = w * s, h * s
    cx, cy = CW / 2 + rng.uniform(-0.04, 0.04) * CW, CH / 2 + rng.uniform(-0.03, 0.03) * CH
    corners = np.array([[-pw / 2, -ph / 2], [pw / 2, -ph / 2], [pw / 2, ph / 2], [-pw / 2, ph / 2]])
    th = math.radians(rot)
    R = np.array([[math.cos(th), -math.sin(th)], [math.sin(th), math.cos(th)]])
    corners = corners @ R.T
    # perspective: the far edge (top) is shorter, plus random corner jitter
    k = rng.uniform(0.5, 1.0) * tilt
    corners[0, 0] += k * pw
    corners[1, 0] -= k * pw
    corners += rng.uniform(-0.02, 0.02, (4, 2)) * [pw, ph]
    dst = (corners + [cx, cy]).astype(np.float32)
    srcq = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    Hm = cv2.getPerspectiveTransform(srcq, dst)
    warped = cv2.warpPerspective(src, Hm, (CW, CH), flags=cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), Hm, (CW, CH))
    bg = _table(rng, CH, CW, table)
    # soft contact shadow under the paper
    sh = cv2.GaussianBlur(np.roll(mask, (12, 10), (0, 1)), (0, 0), 14)
    bg *= (1 - 0.45 * sh)[..., None]
    img = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light: a linear ramp plus a vignette
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    ramp = ((xx / CW - 0.5) * math.cos(ang) + (yy / CH - 0.5) * math.sin(ang))
    vig = ((xx / CW - 0.5) ** 2 + (yy / CH - 0.5) ** 2)
    illum = 1.0 - light * (ramp + 0.5) * 0.6 - 0.35 * vig
    if shadow:  # a hand / phone shadow band across part of the page
        a2 = rng.uniform(-0.6, 0.6) + math.pi / 2 * rng.integers(0, 2)
        off = rng.uniform(0.15, 0.45) * (CW if rng.random() < 0.5 else -CW) / 2
        d = (xx - CW / 2) * math.cos(a2) + (yy - CH / 2) * math.sin(a2) - off
        along = (-(xx - CW / 2) * math.sin(a2) + (yy - CH / 2) * math.cos(a2))
        band = (np.abs(d) < CW * rng.uniform(0.06, 0.11)) & (along > -CH * rng.uniform(0.1, 0.5))
        band = cv2.GaussianBlur(band.astype(np.float32), (0, 0), 45)
        illum *= 1 - rng.uniform(0.3, 0.45) * band
    img *= illum[..., None]
    casts = {"warm": (1.06, 0.99, 0.86), "cool": (0.9, 0.98, 1.07), "none": (1, 1, 1),
             "yellow": (1.04, 1.02, 0.8)}
    img *= np.array(casts[cast], np.float32)[None, None]
    img = np.clip(img, 0, 1)
    if blur:
        img = cv2.GaussianBlur(img, (0, 0), blur)
    img = img + rng.normal(0, noise / 255.0, img.shape).astype(np.float32)
    sc = long_side / max(CW, CH)
    out = cv2.resize(np.clip(img, 0, 1), (int(CW * sc), int(CH * sc)), interpolation=cv2.INTER_AREA)
    OW, OH = out.shape[1], out.shape[0]
    boxes = []
    for sd in page.seals:
        p = cv2.perspectiveTransform(sd["pts"].reshape(-1, 1, 2).astype(np.float64), Hm).reshape(-1, 2) * sc
        boxes.append(_bbox(p, OW, OH))
    return Image.fromarray((out * 255 + 0.5).astype(np.uint8)), boxes


def scan(page: Page, rng: np.random.Generator, *, skew=1.0, noise=3.0, tone=(247, 246, 242), long_side=1169,
         gray=False, blur=0.5):
    """Flatbed scan: slight skew, paper tone, noise, soft edge shading. Returns (RGB image, seal boxes)."""
    src = np.asarray(page.img, dtype=np.float32)
    h, w = src.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 1.0)
    out = cv2.warpAffine(src, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=tone)
    out = out * np.array(tone, np.float32)[None, None] / 252.0
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    edge = np.clip(1 - 0.08 * np.exp(-xx / 25.0) - 0.05 * np.exp(-(h - yy) / 30.0), 0, 1)
    out *= edge[..., None]
    if blur:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    out += rng.normal(0, noise, out.shape).astype(np.float32)
    if gray:
        g = out.mean(2, keepdims=True)
        out = out * 0.25 + g * 0.75  # a washed-out colour scan
    sc = long_side / max(w, h)
    res = cv2.resize(np.clip(out, 0, 255), (int(w * sc), int(h * sc)), interpolation=cv2.INTER_AREA)
    OW, OH = res.shape[1], res.shape[0]
    boxes = []
    for sd in page.seals:
        p = sd["pts"]
        p = (np.hstack([p, np.ones((len(p), 1))]) @ M.T) * sc
        boxes.append(_bbox(p, OW, OH))
    return Image.fromarray((res + 0.5).astype(np.uint8)), boxes


def store_rotated(upright: Image.Image, orientation: int) -> Image.Image:
    """Pixels as a phone stores them when it writes EXIF orientation instead of rotating.

    Orientation 6: a viewer rotates the stored pixels 90 degrees clockwise to show them,
    so the stored pixels are the upright picture turned 90 degrees counter-clockwise.
    Orientation 8: the other way round.
    """
    if orientation == 6:
        return upright.transpose(Image.Transpose.ROTATE_90)
    if orientation == 8:
        return upright.transpose(Image.Transpose.ROTATE_270)
    return upright


def crop_to_content(page: Page, bottom=230, min_ratio=1.2):
    """Cut the unused lower part of the sheet (a short notice, or a page folded/cut for the photo)."""
    h = int(max(page.y + bottom, page.w * min_ratio))
    if h < page.h:
        page.img = page.img.crop((0, 0, page.w, h))
        page.h = h
        page.draw = ImageDraw.Draw(page.img)
    return page
