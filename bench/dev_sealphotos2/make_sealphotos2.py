#!/usr/bin/env python3
"""Generate bench/dev_sealphotos2: 40 phone-style photos of Chinese papers with hard seal conditions.

    python bench/dev_sealphotos2/make_sealphotos2.py

Written from scratch with PIL / numpy / OpenCV (no code shared with the inspector or other bench
generators). Deterministic: a fixed seed per item. Each item is rendered as a flat A4 page
(1240 x 1754 px, about 150 dpi), seals are inked onto it as a separate alpha layer (multiply
blending, so black toner stays black under red ink), then the page is "photographed": placed on a
desk texture with rotation and perspective, lit unevenly, colour-cast, blurred, noised and saved as
JPEG. Seal boxes in the sidecars are the bounding boxes of each seal's own inked pixels after the
same warp (so a seal cut by the page edge, or only half inked, is boxed where ink actually is).
"""
from __future__ import annotations

import io
import json
import math
import random
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent
PW, PH = 1240, 1754  # flat page, ~150 dpi A4

FONT_FILES = {
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serif_b": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sans_b": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
}
_font_cache: dict = {}


def font(key: str, size: int) -> ImageFont.FreeTypeFont:
    k = (key, int(size))
    if k not in _font_cache:
        path, idx = FONT_FILES[key]
        _font_cache[k] = ImageFont.truetype(path, int(size), index=idx)
    return _font_cache[k]


ALL_MARKERS = [
    "seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid", "image.edited",
    "penalty.inflated", "contract.termination", "blacklist.dishonest", "family.children",
    "lawsuit.threat", "visit.home", "persona.authority", "promise.fee_waiver",
    "contact.third_party", "contact.virtual_number", "blacklist.online_loan", "borrow.new_loan",
    "asset.freeze", "pressure.deadline", "sms.impersonation", "text.spaced",
]

INKS = {
    "red": (205, 32, 38),
    "crimson": (185, 16, 52),
    "orange": (236, 84, 36),
    "pink": (228, 98, 128),
    "darkred": (160, 34, 42),
    "vermilion": (222, 52, 40),
}

# --------------------------------------------------------------------------------------------
# noise helpers


def smooth_noise(rng: np.random.Generator, h: int, w: int, scale: float) -> np.ndarray:
    """Zero-mean, unit-ish std noise field with features about `scale` px wide."""
    sh, sw = max(2, int(h / scale) + 2), max(2, int(w / scale) + 2)
    small = rng.standard_normal((sh, sw)).astype(np.float32)
    big = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    big -= big.mean()
    s = big.std()
    return big / s if s > 0 else big


# --------------------------------------------------------------------------------------------
# seals


def ellipse_poly(cx, cy, a, b, ang, n=24):
    ca, sa = math.cos(ang), math.sin(ang)
    pts = []
    for i in range(n):
        t = 2 * math.pi * i / n
        x, y = a * math.cos(t), b * math.sin(t)
        pts.append((cx + x * ca - y * sa, cy + x * sa + y * ca))
    return pts


def star_poly(cx, cy, r, rot=-math.pi / 2):
    pts = []
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.382
        a = rot + i * math.pi / 5
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def draw_emblem(d: ImageDraw.ImageDraw, c: float, e: float):
    """A national-emblem-like centre: wheat ears, a gate, a gear and a ribbon; no star."""
    # wheat ears: leaves along two arcs
    for side in (-1, 1):
        for k in range(10):
            t = math.radians(115 - k * 17)  # from lower side up and over
            ang = t if side > 0 else math.pi - t
            px, py = c + 0.92 * e * math.cos(ang), c + 0.92 * e * math.sin(ang)
            d.polygon(ellipse_poly(px, py, 0.17 * e, 0.075 * e, ang + math.pi / 2 + side * 0.5), fill=255)
    # sun disc with rays at the top instead of stars
    d.ellipse([c - 0.17 * e, c - 0.66 * e, c + 0.17 * e, c - 0.32 * e], fill=255)
    d.ellipse([c - 0.08 * e, c - 0.57 * e, c + 0.08 * e, c - 0.41 * e], fill=0)
    # gate building
    d.polygon([(c - 0.62 * e, c - 0.12 * e), (c + 0.62 * e, c - 0.12 * e), (c + 0.46 * e, c - 0.26 * e),
               (c - 0.46 * e, c - 0.26 * e)], fill=255)
    d.rectangle([c - 0.34 * e, c - 0.32 * e, c + 0.34 * e, c - 0.24 * e], fill=255)
    d.rectangle([c - 0.52 * e, c - 0.1 * e, c + 0.52 * e, c + 0.3 * e], fill=255)
    for k in range(5):
        x = c + (k - 2) * 0.19 * e
        d.rectangle([x - 0.05 * e, c + 0.05 * e, x + 0.05 * e, c + 0.3 * e], fill=0)
    d.rectangle([c - 0.66 * e, c + 0.3 * e, c + 0.66 * e, c + 0.38 * e], fill=255)
    # gear
    gx, gy, gr = c, c + 0.62 * e, 0.17 * e
    for k in range(10):
        a = 2 * math.pi * k / 10
        d.polygon(ellipse_poly(gx + gr * math.cos(a), gy + gr * math.sin(a), 0.06 * e, 0.045 * e, a), fill=255)
    d.ellipse([gx - gr, gy - gr, gx + gr, gy + gr], fill=255)
    d.ellipse([gx - 0.07 * e, gy - 0.07 * e, gx + 0.07 * e, gy + 0.07 * e], fill=0)
    # ribbon
    d.polygon([(c - 0.85 * e, c + 0.58 * e), (c - 0.3 * e, c + 0.76 * e), (c - 0.3 * e, c + 0.9 * e),
               (c - 0.9 * e, c + 0.72 * e)], fill=255)
    d.polygon([(c + 0.85 * e, c + 0.58 * e), (c + 0.3 * e, c + 0.76 * e), (c + 0.3 * e, c + 0.9 * e),
               (c + 0.9 * e, c + 0.72 * e)], fill=255)


def seal_glyphs(d_img: Image.Image, text, c, r_text, fs, span_deg, fkey, squeeze):
    n = len(text)
    step = math.radians(span_deg) / max(1, n - 1) if n > 1 else 0
    f = font(fkey, fs)
    for i, ch in enumerate(text):
        a = -math.pi / 2 + (i - (n - 1) / 2) * step
        x, y = c + r_text * math.cos(a), c + r_text * math.sin(a)
        g = Image.new("L", (int(fs * 1.5), int(fs * 1.5)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=255, anchor="mm")
        g = g.resize((max(1, int(g.width * squeeze)), g.height), Image.LANCZOS)
        g = g.rotate(-math.degrees(a + math.pi / 2), resample=Image.BICUBIC, expand=True)
        d_img.paste(255, (int(x - g.width / 2), int(y - g.height / 2)), mask=g)


def render_seal_shape(spec) -> np.ndarray:
    """Clean seal shape (float alpha, square, seal centred, radius R px) before ink effects."""
    R = spec["R"]
    S = 3  # supersample
    size = int(2 * R * 1.12) + 4
    big = size * S
    img = Image.new("L", (big, big), 0)
    d = ImageDraw.Draw(img)
    c, r = big / 2, R * S
    ring_w = max(2.0, spec.get("ring", 0.075) * R) * S
    d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=int(round(ring_w)))
    if spec.get("inner_ring"):
        ri = r - ring_w - 0.05 * r
        d.ellipse([c - ri, c - ri, c + ri, c + ri], outline=255, width=max(1, int(ring_w * 0.3)))
        r_edge = ri
    else:
        r_edge = r - ring_w
    text = spec["text"]
    n = len(text)
    span = 210 if n <= 8 else 245 if n <= 11 else 270 if n <= 15 else 290
    fs = 0.31 * R * S
    r_text = r_edge - 0.04 * r - fs * 0.55
    per = r_text * math.radians(span) / max(1, n - 1)
    squeeze = 0.78
    fs = min(fs, per / squeeze * 1.02)
    r_text = r_edge - 0.04 * r - fs * 0.55
    seal_glyphs(img, text, c, r_text, int(fs), span, spec.get("font", "serif_b"), squeeze)
    centre = spec["center"]
    if centre == "star":
        d.polygon(star_poly(c, c - (0.03 * r if spec.get("bottom") else 0), 0.30 * r), fill=255)
    elif centre == "emblem":
        draw_emblem(d, c, 0.36 * r)
    if spec.get("bottom"):
        bt = spec["bottom"]
        bfs = int(min(0.19 * r, 0.95 * r / max(1, len(bt))))
        fb = font(spec.get("font", "serif_b"), bfs)
        d.text((c, c + 0.52 * r), bt, font=fb, fill=255, anchor="mm")
    if spec.get("code"):
        seal_glyphs_bottom(img, spec["code"], c, r_edge - 0.04 * r - 0.06 * r, int(0.1 * r))
    small = img.resize((size, size), Image.LANCZOS)
    return np.asarray(small, dtype=np.float32) / 255.0


def seal_glyphs_bottom(img, code, c, r_text, fs):
    """Small digits along the lower arc (the seal's registration code), reading left to right."""
    f = font("sans", fs)
    n = len(code)
    span = math.radians(min(100, 8 * n))
    for i, ch in enumerate(code):
        a = math.pi / 2 + (((n - 1) / 2) - i) * span / max(1, n - 1)
        x, y = c + r_text * math.cos(a), c + r_text * math.sin(a)
        g = Image.new("L", (int(fs * 1.6), int(fs * 1.6)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-math.degrees(a - math.pi / 2), resample=Image.BICUBIC, expand=True)
        img.paste(255, (int(x - g.width / 2), int(y - g.height / 2)), mask=g)


def ink_seal(spec, rng: np.random.Generator) -> np.ndarray:
    """Apply ink effects and pose (rotation, oval squash); returns local alpha (float, 0..1)."""
    A = render_seal_shape(spec)
    h, w = A.shape
    R = spec["R"]
    fx = spec.get("effects", set())
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    xx = (xx - w / 2) / R
    yy = (yy - h / 2) / R
    density = rng.uniform(0.84, 0.97)
    tex = 1.0 - 0.22 * np.clip(smooth_noise(rng, h, w, max(4, R / 10)), -2, 2) / 2
    grain = 0.82 + 0.18 * rng.random((h, w)).astype(np.float32)
    if "blotch" in fx:
        k = max(3, int(R * 0.05)) | 1
        A = cv2.dilate(A, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
        A = cv2.GaussianBlur(A, (0, 0), R * 0.02)
        A = np.clip(A * 1.5, 0, 1)
        for _ in range(int(rng.integers(5, 10))):
            ang, rad = rng.uniform(0, 2 * math.pi), rng.uniform(0.1, 0.95)
            bx, by = rad * math.cos(ang), rad * math.sin(ang)
            sg = rng.uniform(0.07, 0.18)
            blob = np.exp(-((xx - bx) ** 2 + (yy - by) ** 2) / (2 * sg ** 2))
            A = np.maximum(A, np.clip(blob * rng.uniform(0.75, 1.3), 0, 1) * (xx ** 2 + yy ** 2 < 1.1))
        density = rng.uniform(0.95, 1.0)
        grain = 0.93 + 0.07 * rng.random((h, w)).astype(np.float32)
    if "faint" in fx:
        density = rng.uniform(0.36, 0.5)
        grain = 0.45 + 0.55 * rng.random((h, w)).astype(np.float32)
        grain = cv2.GaussianBlur(grain, (0, 0), 0.8)
        grain = np.clip((grain - 0.5) * 2.2 + 0.5, 0, 1)
    if "broken" in fx:
        gaps = smooth_noise(rng, h, w, max(6, R / 5))
        keep = np.clip((gaps + 0.75) * 2.5, 0, 1)  # about a fifth of the area lost in patches
        A = A * keep
    if "half" in fx:
        ang = rng.uniform(0, 2 * math.pi)
        proj = xx * math.cos(ang) + yy * math.sin(ang)
        edge = 0.15 * smooth_noise(rng, h, w, max(5, R / 6))
        t0 = rng.uniform(-0.35, -0.1)
        A = A * np.clip((proj - t0 + edge) / 0.35, 0, 1)
    A = np.clip(A * tex * grain * density, 0, 1)
    A = cv2.GaussianBlur(A, (0, 0), 0.7)
    # pose: rotation and oval squash about the centre
    rot = spec.get("rot", 0.0)
    sx, sy = spec.get("oval", (1.0, 1.0))
    M = cv2.getRotationMatrix2D((w / 2, h / 2), -rot, 1.0)
    Sm = np.array([[sx, 0, (1 - sx) * w / 2], [0, sy, (1 - sy) * h / 2], [0, 0, 1]], dtype=np.float64)
    M3 = np.vstack([M, [0, 0, 1]]) @ Sm
    return cv2.warpAffine(A, M3[:2], (w, h), flags=cv2.INTER_LINEAR, borderValue=0)


def place(layer: np.ndarray, local: np.ndarray, cx: float, cy: float):
    h, w = local.shape
    x0, y0 = int(round(cx - w / 2)), int(round(cy - h / 2))
    X0, Y0 = max(0, x0), max(0, y0)
    X1, Y1 = min(layer.shape[1], x0 + w), min(layer.shape[0], y0 + h)
    if X1 <= X0 or Y1 <= Y0:
        return
    sub = local[Y0 - y0:Y1 - y0, X0 - x0:X1 - x0]
    layer[Y0:Y1, X0:X1] = np.maximum(layer[Y0:Y1, X0:X1], sub)


# --------------------------------------------------------------------------------------------
# page layout

BLACK = (28, 28, 30)


class Page:
    def __init__(self, rng: random.Random, body_font: str, size: int):
        self.rng = rng
        self.img = Image.new("RGB", (PW, PH), (255, 255, 255))
        self.d = ImageDraw.Draw(self.img)
        self.body_font = body_font
        self.size = size
        self.L, self.R = 130, PW - 130
        self.y = 120
        self.lines: list[str] = []
        self.anchors: dict[str, tuple] = {}
        self.ink = (rng.randint(15, 40),) * 3

    def gap(self, px):
        self.y += px

    def text_line(self, text, align="left", fkey=None, size=None, color=None, tag=None, x=None, record=True):
        f = font(fkey or self.body_font, size or self.size)
        color = color or self.ink
        w = f.getlength(text)
        if x is None:
            x = {"left": self.L, "center": (PW - w) / 2, "right": self.R - w}[align]
        asc, desc = f.getmetrics()
        self.d.text((x, self.y), text, font=f, fill=color)
        box = (x, self.y, x + w, self.y + asc + desc)
        if tag:
            self.anchors[tag] = box
        if record:
            self.lines.append(text)
        self.y += int((size or self.size) * 1.72)
        return box

    def para(self, text, fkey=None, size=None, tag=None, indent=True):
        f = font(fkey or self.body_font, size or self.size)
        width = self.R - self.L
        if indent:
            text = "\u3000\u3000" + text
        cur = ""
        first = True
        y0 = self.y
        for ch in text:
            if f.getlength(cur + ch) > width and ch not in "，。；：、）”！？":
                self.text_line(cur, fkey=fkey, size=size)
                cur = ch
                first = False
            else:
                cur += ch
        if cur:
            self.text_line(cur, fkey=fkey, size=size)
        if tag:
            self.anchors[tag] = (self.L, y0, self.R, self.y)

    def rule(self, color=BLACK, width=3, double=False):
        self.d.line([(self.L - 10, self.y), (self.R + 10, self.y)], fill=color, width=width)
        if double:
            self.d.line([(self.L - 10, self.y + width + 6), (self.R + 10, self.y + width + 6)], fill=color,
                        width=max(1, width // 3))
        self.y += 26

    def table(self, rows, border=BLACK, col1=230, fkey=None, size=None, tag=None):
        f = font(fkey or self.body_font, size or self.size)
        sz = size or self.size
        rh = int(sz * 2.1)
        y0 = self.y
        x0, x1, xm = self.L - 10, self.R + 10, self.L - 10 + col1
        for i, (lab, val) in enumerate(rows):
            yt = y0 + i * rh
            self.d.text((x0 + 14, yt + (rh - sz) / 2 - 3), lab, font=f, fill=self.ink)
            self.lines.append(lab)
            if val:
                # wrap value if needed
                avail = x1 - xm - 28
                if f.getlength(val) > avail:
                    cut = len(val)
                    while f.getlength(val[:cut]) > avail:
                        cut -= 1
                    val = val[:cut]
                self.d.text((xm + 14, yt + (rh - sz) / 2 - 3), val, font=f, fill=self.ink)
                self.lines.append(val)
        yb = y0 + len(rows) * rh
        lw = 3
        for i in range(len(rows) + 1):
            self.d.line([(x0, y0 + i * rh), (x1, y0 + i * rh)], fill=border, width=lw)
        for x in (x0, xm, x1):
            self.d.line([(x, y0), (x, yb)], fill=border, width=lw)
        if tag:
            self.anchors[tag] = (x0, y0, x1, yb)
        self.y = yb + int(sz * 0.9)

    def signature(self, name, x, y, color, size=64):
        """Handwritten-looking signature in ink (a hard negative when red)."""
        f = font("kai", size)
        w = int(f.getlength(name)) + 60
        g = Image.new("L", (w, size * 2), 0)
        gd = ImageDraw.Draw(g)
        gd.text((20, size * 0.4), name, font=f, fill=255)
        gd.line([(10, int(size * 1.55)), (w - 10, int(size * 1.25))], fill=255, width=4)
        g = g.transform(g.size, Image.AFFINE, (1, 0.35, -0.35 * size, 0, 1, 0), resample=Image.BICUBIC)
        g = g.rotate(8, resample=Image.BICUBIC, expand=True)
        self.img.paste(color, (int(x), int(y)), mask=g)
        return (x, y, x + g.width, y + g.height)


# --------------------------------------------------------------------------------------------
# content pools

PEOPLE = ["张晓伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周建国", "吴霞", "徐涛", "孙丽华",
          "马超", "朱琳", "胡斌", "郭婷", "何军", "高翔", "林婉清", "罗文杰", "梁晨", "宋雅", "唐明", "韩雪"]
LENDERS = ["海川消费金融股份有限公司", "锦程网络小额贷款有限公司", "嘉禾消费金融股份有限公司",
           "蓝湾小额贷款有限公司", "恒丰汇信息咨询有限公司", "中和消费金融股份有限公司"]
COURTS = [("北京市朝阳区人民法院", "京0105"), ("上海市浦东新区人民法院", "沪0115"),
          ("杭州市西湖区人民法院", "浙0106"), ("广州市天河区人民法院", "粤0106"),
          ("深圳市南山区人民法院", "粤0305"), ("成都市武侯区人民法院", "川0107"),
          ("武汉市江汉区人民法院", "鄂0103"), ("南京市鼓楼区人民法院", "苏0106"),
          ("重庆市渝北区人民法院", "渝0112"), ("长沙市岳麓区人民法院", "湘0104")]
FIRMS = [("江苏衡信律师事务所", "衡信", "南京"), ("广东明理律师事务所", "明理", "广州"),
         ("上海正平律师事务所", "正平", "上海"), ("四川蜀信律师事务所", "蜀信", "成都"),
         ("湖北楚衡律师事务所", "楚衡", "武汉"), ("山东齐泰律师事务所", "齐泰", "济南"),
         ("福建闽正律师事务所", "闽正", "福州"), ("北京京诚律师事务所", "京诚", "北京"),
         ("浙江之江和信律师事务所", "和信", "杭州")]
BANKS = [("江南农村商业银行股份有限公司城东支行", "江南农村商业银行"),
         ("华兴银行股份有限公司长沙分行", "华兴银行"),
         ("东海商业银行股份有限公司宁波分行", "东海商业银行"),
         ("滨江村镇银行股份有限公司", "滨江村镇银行"),
         ("北方振兴银行股份有限公司沈阳分行", "北方振兴银行"),
         ("西岭银行股份有限公司成都高新支行", "西岭银行"),
         ("南湖银行股份有限公司嘉兴分行", "南湖银行")]
COMPANIES = ["杭州云栖数码科技有限公司", "苏州恒通精密机械有限公司", "广州市越秀区立信物业管理有限公司",
             "成都锦华餐饮管理有限公司", "深圳市前海融达供应链有限公司", "武汉光谷智联软件有限公司",
             "青岛海悦物流有限公司", "合肥新元建材贸易有限公司", "厦门鹭江文化传媒有限公司"]
CN_DIG = "〇一二三四五六七八九"


def cn_date(y, m, d):
    def num(n):
        if n < 10:
            return CN_DIG[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + CN_DIG[n - 10]
        return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")
    return "二〇" + CN_DIG[y // 10 % 10] + CN_DIG[y % 10] + "年" + num(m) + "月" + num(d) + "日"


# --------------------------------------------------------------------------------------------
# documents: each returns (Page, meta) where meta names the seal anchor and text facts


def doc_court(rng: random.Random, variant: str, fkey: str, red=None):
    court, code = rng.choice(COURTS)
    person = rng.choice(PEOPLE)
    lender = rng.choice(LENDERS)
    year = 2024
    kind = "民初"
    serial = rng.randint(1200, 38999)
    caseno = f"（{year}）{code}{kind}{serial}号"
    p = Page(rng, fkey, rng.choice([30, 31, 32]))
    hdr_color = red or BLACK
    p.text_line(court, "center", fkey="serif_b" if not red else "sans_b", size=54, color=hdr_color, tag="header")
    if red:
        p.rule(red, 6, double=True)
    else:
        p.gap(6)
    title = {"summons": "传票", "answer": "应诉通知书", "proof": "应诉及举证通知书"}[variant]
    shown_title = "传　票" if (variant == "summons" and rng.random() < 0.4 and not red) else title
    p.text_line(shown_title, "center", fkey="serif_b", size=62, color=(red if red else None), tag="title")
    p.text_line(caseno, "right", tag="caseno")
    month, day = rng.randint(5, 9), rng.randint(1, 28)
    hm, hd = min(12, month + 1), rng.randint(1, 28)
    texts = [court, caseno]
    if variant == "summons":
        rows = [("案　　号", caseno), ("案　　由", rng.choice(["金融借款合同纠纷", "借款合同纠纷", "小额借款合同纠纷"])),
                ("被传唤人", person), ("工作单位或住址", f"{court[:3]}{rng.choice(['和平路', '建设大道', '人民北路', '滨河街'])}{rng.randint(3, 188)}号"),
                ("传唤事由", "开庭"), ("应到时间", f"{year}年{hm}月{hd}日上午9时30分"),
                ("应到处所", f"本院第{rng.choice('一二三四五六七八')}法庭")]
        p.table(rows, border=red or BLACK, col1=250, tag="table")
        p.text_line("注意事项：")
        p.para("一、被传唤人必须准时到达应到处所。")
        p.para("二、本传票由被传唤人携带来院报到。")
        p.para("三、被传唤人收到传票后，应在送达回证上签名或者盖章。")
        texts += ["应到处所", "被传唤人"]
    else:
        p.text_line(f"{person}：", tag="to")
        p.para(f"本院已立案受理原告{lender}诉你借款合同纠纷一案，现将起诉状副本及相关材料送达给你。"
               "依照《中华人民共和国民事诉讼法》的规定，现将有关事项通知如下：", tag="body")
        p.para("一、你应在收到起诉状副本之日起十五日内向本院提交答辩状一式两份。")
        p.para("二、当事人在诉讼中享有申请回避、收集和提供证据、进行辩论、请求调解等诉讼权利。")
        if variant == "proof":
            p.para("三、你应在举证期限内向本院提交证据材料，并对提交的证据逐一分类编号，注明来源和证明对象。")
            p.para(f"四、本案适用简易程序审理，如有疑问可与承办法官联系，电话：{rng.choice(['010', '021', '0571', '020'])}-{rng.randint(5000, 8999)}{rng.randint(1000, 9999)}。")
        else:
            p.para("三、你可以委托一至二人作为诉讼代理人，委托时应向本院提交授权委托书。")
        texts += ["诉讼权利"] if variant == "answer" else ["举证期限"]
    p.gap(20)
    p.text_line(f"审判员　{rng.choice(PEOPLE)}", "right", tag="judge")
    p.text_line(f"书记员　{rng.choice(PEOPLE)}", "right")
    p.gap(10)
    p.text_line(court, "right", tag="signer")
    p.text_line(cn_date(year, month, day), "right", tag="date")
    doc_type = "court_summons"
    return p, dict(doc_type=doc_type, issuer=court, texts=texts, caseno=caseno, title=title)


def doc_lawyer(rng: random.Random, fkey: str, red=None, spaced=False):
    firm, short, city = rng.choice(FIRMS)
    person = rng.choice(PEOPLE)
    lender = rng.choice(LENDERS)
    p = Page(rng, fkey, rng.choice([30, 31, 32, 33]))
    p.text_line(firm, "center", fkey="serif_b" if not red else "sans_b", size=50, color=red or None, tag="header")
    p.rule(red or BLACK, 6 if red else 2, double=bool(red))
    title = "律师函"
    p.text_line("律 师 函" if spaced else title, "center", fkey="serif_b", size=60, tag="title")
    num = f"（2024）{short}律函字第{rng.randint(21, 388)}号"
    p.text_line(num, "right")
    p.text_line(f"致：{person}{rng.choice(['先生', '女士'])}")
    m, dd = rng.randint(1, 12), rng.randint(1, 28)
    amt = rng.randint(8, 60) * 1000
    over = rng.randint(900, 9000)
    p.para(f"本所接受{lender}（以下简称“委托人”）的委托，就您与委托人之间借款合同的履行事宜，致函如下：", tag="body")
    p.para(f"根据委托人提供的资料，您于2023年{m}月借款人民币{amt:,}元。截至2024年{rng.randint(5, 8)}月{dd}日，"
           f"您有{over:,}元本金未按约定归还。")
    p.para("请您核对上述金额，并通过委托人官方App或其对公账户办理还款。如对金额有异议，或确有还款困难，"
           "欢迎与本所联系，协商可行的还款安排。")
    p.para("如协商不成，委托人保留依法通过诉讼途径解决的权利。本函仅为提示，不影响您依法享有的各项权利。")
    p.gap(10)
    p.text_line(f"承办律师：{rng.choice(PEOPLE)}　电话：{rng.choice(['025', '020', '021', '028', '027', '0531'])}-{rng.randint(6000, 8999)}{rng.randint(1000, 9999)}")
    p.gap(30)
    p.text_line(firm, "right", tag="signer")
    p.text_line(cn_date(2024, rng.randint(6, 10), rng.randint(1, 28)), "right", tag="date")
    return p, dict(doc_type="lawyer_letter", issuer=firm, texts=[firm, "官方App", "协商"], title=title)


def doc_bank(rng: random.Random, variant: str, fkey: str):
    bank, short = rng.choice(BANKS)
    person = rng.choice(PEOPLE)
    p = Page(rng, fkey, rng.choice([30, 31, 32]))
    p.text_line(short, "left", fkey="sans_b", size=46, tag="header")
    p.rule(BLACK, 2)
    titles = {"settle": "贷款结清证明", "remind": "还款提醒通知书", "rate": "贷款利率调整告知书",
              "statement": "个人贷款对账单", "info": "账户信息变更确认函"}
    title = titles[variant]
    p.text_line(title, "center", fkey="serif_b", size=56, tag="title")
    p.gap(10)
    contract = f"{rng.choice(['GR', 'XF', 'ZF'])}{rng.randint(2019, 2023)}{rng.randint(100000, 999999)}"
    p.text_line(f"尊敬的{person}{rng.choice(['先生', '女士'])}：", tag="to")
    texts = [title]
    if variant == "settle":
        p.para(f"兹证明借款人{person}在我行办理的个人{rng.choice(['住房', '消费', '经营'])}贷款（合同编号：{contract}），"
               f"贷款本金人民币{rng.randint(5, 90) * 10000:,}元，已于2024年{rng.randint(1, 8)}月{rng.randint(1, 28)}日全部结清，"
               "该笔贷款项下无未还本金及利息。", tag="body")
        p.para("特此证明。")
        texts += ["特此证明", "全部结清", "贷款结清"]
    elif variant == "remind":
        p.para(f"您在我行办理的个人消费贷款（合同编号：{contract}）本期应还金额为人民币{rng.randint(800, 6000):,}.{rng.randint(10, 99)}元，"
               f"还款日为2024年{rng.randint(6, 11)}月{rng.randint(1, 28)}日。", tag="body")
        p.para("请您在还款日前将足额款项存入约定的还款账户。如您已还款，请忽略本通知。")
        p.para("如有疑问，请致电我行客服热线或前往就近营业网点咨询。感谢您对我行的支持。")
        texts += ["还款账户", "营业网点", "客服热线"]
    elif variant == "rate":
        p.para(f"根据您与我行签订的借款合同（合同编号：{contract}）的约定，您的贷款执行利率将于2025年1月1日起按照"
               "最新贷款市场报价利率（LPR）重新定价。", tag="body")
        p.para(f"调整后的执行利率为年利率{rng.choice(['3.45', '3.55', '3.65', '3.85'])}%，月供金额将相应变化，"
               "具体以还款计划为准。")
        p.para("您可通过我行手机银行查询调整后的还款计划。如有疑问，请咨询我行客服热线。")
        texts += ["执行利率", "手机银行", "客服热线"]
    elif variant == "statement":
        p.para(f"您在我行的个人贷款（合同编号：{contract}）截至2024年{rng.randint(6, 10)}月末的情况如下：", tag="body")
        rows = [("贷款金额", f"{rng.randint(3, 50) * 10000:,}.00元"), ("已还本金", f"{rng.randint(10000, 29999):,}.00元"),
                ("剩余本金", f"{rng.randint(10000, 99999):,}.00元"), ("还款方式", "等额本息"),
                ("下期还款日", f"2024年{rng.randint(7, 11)}月20日")]
        p.table(rows, col1=260, tag="table")
        p.para("以上信息仅供参考，请以我行系统记录为准。")
        texts += ["剩余本金", "等额本息"]
    else:
        p.para(f"您于2024年{rng.randint(3, 9)}月{rng.randint(1, 28)}日申请变更贷款还款账户，我行已审核通过，"
               f"变更后的还款账户尾号为{rng.randint(1000, 9999)}。", tag="body")
        p.para("自下一个还款日起，我行将从新账户扣收应还款项，请您保持账户余额充足。")
        texts += ["还款账户", "余额充足", "账户信息变更"]
    p.gap(40)
    p.text_line(bank, "right", tag="signer")
    p.text_line(f"2024年{rng.randint(6, 11)}月{rng.randint(1, 28)}日", "right", tag="date")
    return p, dict(doc_type="other", issuer=bank, texts=texts, title=title)


def doc_contract(rng: random.Random, variant: str, fkey: str, two_party_companies: bool):
    a, b = rng.sample(COMPANIES, 2)
    person = rng.choice(PEOPLE)
    p = Page(rng, fkey, rng.choice([29, 30, 31]))
    titles = {"service": "技术服务合同", "lease": "房屋租赁合同", "purchase": "采购合同", "loan": "借款合同",
              "middle": "设备采购合同"}
    title = titles[variant]
    p.text_line(title, "center", fkey="serif_b", size=58, tag="title")
    p.text_line(f"合同编号：{rng.choice(['HT', 'CG', 'FW'])}-2024-{rng.randint(100, 999)}", "right")
    if variant == "middle":
        # a middle page of a multi-page contract: clauses only, a riding seal on the edge
        p.gap(4)
        clauses = [
            "第四条　交货时间与地点：乙方应于合同生效后三十日内将设备送至甲方指定地点，并负责安装调试。",
            "第五条　验收：设备到货后，甲方应在七个工作日内组织验收，验收合格后双方签署验收单。",
            "第六条　质量保证：乙方保证所供设备为全新原厂产品，质保期为验收合格之日起十二个月。",
            "第七条　付款方式：合同签订后甲方支付合同总价的百分之三十，验收合格后支付百分之六十，"
            "质保期满后支付余款。",
            "第八条　售后服务：质保期内设备出现质量问题，乙方应在接到通知后四十八小时内派员到场处理。",
            "第九条　保密：双方对在履行本合同过程中知悉的对方商业信息负有保密义务。",
            "第十条　争议解决：因本合同引起的争议，双方应友好协商解决。",
        ]
        for c in clauses:
            p.para(c, indent=False)
        p.gap(30)
        p.text_line(f"（第{rng.randint(2, 3)}页　共4页）", "center", size=24)
        return p, dict(doc_type="other", issuer=b, texts=[title, "质量保证", "售后服务"], title=title, parties=(a, b))
    pa = f"甲方：{a}"
    pb = f"乙方：{b if two_party_companies else person}"
    p.text_line(pa, tag="pa")
    p.text_line(pb, tag="pb")
    p.gap(6)
    if variant == "service":
        cl = ["第一条　服务内容：乙方为甲方提供办公系统的开发、部署及一年期运行维护服务。",
              f"第二条　服务费用：本合同总金额为人民币{rng.randint(5, 80) * 10000:,}元，分两期支付。",
              "第三条　双方应按照本合同约定全面履行各自义务，未尽事宜由双方另行协商。"]
        texts = [title, "服务费用", "运行维护"]
    elif variant == "lease":
        cl = [f"第一条　租赁房屋位于{rng.choice(['杭州市', '成都市', '武汉市'])}{rng.choice(['文一路', '天府大道', '中山大道'])}{rng.randint(10, 300)}号，"
              f"建筑面积{rng.randint(60, 260)}平方米。",
              f"第二条　租赁期限自2024年{rng.randint(1, 9)}月1日起至2026年12月31日止。",
              f"第三条　月租金为人民币{rng.randint(3, 30) * 1000:,}元，按季度支付。"]
        texts = [title, "租赁期限", "月租金"]
    elif variant == "purchase":
        cl = [f"第一条　甲方向乙方采购办公设备一批，合同总价为人民币{rng.randint(2, 40) * 10000:,}元（含税）。",
              "第二条　乙方应于合同签订后二十日内交货，运输费用由乙方承担。",
              "第三条　甲方在验收合格后十五个工作日内支付货款。"]
        texts = [title, "办公设备", "验收合格"]
    else:
        cl = [f"第一条　借款金额：人民币{rng.randint(5, 50) * 10000:,}元，用于乙方日常经营周转。",
              f"第二条　借款期限：自2024年{rng.randint(1, 8)}月{rng.randint(1, 28)}日起共十二个月。",
              "第三条　借款年利率为百分之六，按月付息，到期一次性归还本金。",
              "第四条　本合同经双方签字盖章后生效，一式两份，双方各执一份。"]
        texts = [title, "借款期限", "按月付息"]
    yb = p.y
    for c in cl:
        p.para(c, indent=False)
    p.anchors["body"] = (p.L, yb, p.R, p.y)
    p.gap(50)
    y_sig = p.y
    lf = font(p.body_font, p.size)
    p.d.text((p.L, y_sig), "甲方（盖章）：", font=lf, fill=p.ink)
    p.d.text((PW / 2 + 30, y_sig), "乙方（盖章）：" if two_party_companies else "乙方（签字）：", font=lf, fill=p.ink)
    p.lines.append("甲方（盖章）：")
    p.lines.append("乙方（盖章）：" if two_party_companies else "乙方（签字）：")
    p.y += int(p.size * 1.72) * 3
    p.d.text((p.L, p.y), "法定代表人或授权代表：", font=lf, fill=p.ink)
    p.d.text((PW / 2 + 30, p.y), "法定代表人或授权代表：" if two_party_companies else "身份证号：", font=lf, fill=p.ink)
    p.lines.append("法定代表人或授权代表：")
    p.lines.append("法定代表人或授权代表：" if two_party_companies else "身份证号：")
    p.y += int(p.size * 1.72)
    ds = f"日期：2024年{rng.randint(1, 10)}月{rng.randint(1, 28)}日"
    p.d.text((p.L, p.y), ds, font=lf, fill=p.ink)
    p.d.text((PW / 2 + 30, p.y), ds, font=lf, fill=p.ink)
    p.lines += [ds, ds]
    p.anchors["seal_a"] = (p.L + 60, y_sig - 10, p.L + 360, p.y)
    p.anchors["seal_b"] = (PW / 2 + 90, y_sig - 10, PW / 2 + 390, p.y)
    p.y += int(p.size * 1.72)
    return p, dict(doc_type="other", issuer=a, texts=texts, title=title, parties=(a, b if two_party_companies else None))


# forged papers: no seal, red hard negatives ----------------------------------------------------

RED_PRINT = (200, 30, 35)


def red_logo(p: Page, kind: str, x, y, color=RED_PRINT):
    d = p.d
    if kind == "ring_char":  # round logo with no ring text: a ring and one character
        r = 52
        d.ellipse([x, y, x + 2 * r, y + 2 * r], outline=color, width=9)
        d.text((x + r, y + r), "衡", font=font("serif_b", 56), fill=color, anchor="mm")
    elif kind == "diamond":
        s = 56
        d.polygon([(x + s, y), (x + 2 * s, y + s), (x + s, y + 2 * s), (x, y + s)], fill=color)
        d.text((x + s, y + s), "信", font=font("sans_b", 48), fill=(255, 255, 255), anchor="mm")
    elif kind == "scales":  # a square badge with a balance icon
        s = 104
        d.rounded_rectangle([x, y, x + s, y + s], radius=16, fill=color)
        w = (255, 255, 255)
        d.line([(x + s / 2, y + 18), (x + s / 2, y + 84)], fill=w, width=6)
        d.line([(x + 18, y + 34), (x + s - 18, y + 34)], fill=w, width=6)
        d.polygon([(x + 12, y + 60), (x + 42, y + 60), (x + 27, y + 36)], outline=w, width=4)
        d.polygon([(x + s - 42, y + 60), (x + s - 12, y + 60), (x + s - 27, y + 36)], outline=w, width=4)
        d.rectangle([x + 30, y + 84, x + s - 30, y + 90], fill=w)


def forged(rng: random.Random, variant: str, fkey: str):
    person = rng.choice(PEOPLE)
    lender = rng.choice(LENDERS)
    p = Page(rng, fkey, rng.choice([30, 31, 32]))
    red = RED_PRINT
    negs = []
    if variant in ("lawyer_head", "lawyer_logo", "lawyer_sig"):
        firm, short, _ = rng.choice(FIRMS)
        firm = firm.replace("律师事务所", "联合律师事务所") if rng.random() < 0.5 else firm
        if variant == "lawyer_logo":
            red_logo(p, "ring_char", p.L, p.y - 10)
            p.text_line(firm, "center", fkey="sans_b", size=48, tag="header")
            p.rule(red, 4)
            negs += ["round red logo with one character and no ring text", "red rule under the letterhead"]
        else:
            p.text_line(firm, "center", fkey="sans_b", size=52, color=red, tag="header")
            p.rule(red, 7, double=True)
            negs += ["red letterhead name", "red double rule under the letterhead"]
        p.text_line("律师函", "center", fkey="serif_b", size=64, color=red if variant == "lawyer_sig" else None, tag="title")
        if variant == "lawyer_sig":
            negs.append("red title text")
        p.text_line(f"（2024）{short}律函字第{rng.randint(1000, 9999)}号", "right")
        p.text_line(f"致：{person}")
        p.para(f"本所受{lender}委托，就您在该平台的借款逾期一事致函如下：", tag="body")
        p.para(f"截至本函发出之日，您的借款已逾期{rng.randint(40, 200)}天，尚欠本息合计人民币{rng.randint(3000, 30000):,}元。"
               "委托人多次通过电话、短信与您联系，您均未处理。")
        p.para("请您在收到本函后尽快与委托人联系，结清上述欠款。若您继续拖延，委托人将依法追究您的法律责任，"
               "由此产生的一切后果由您本人承担。")
        p.gap(20)
        p.text_line(f"承办律师：{rng.choice(PEOPLE)}", tag="lawyer")
        if variant == "lawyer_sig":
            bx = p.anchors["lawyer"]
            p.signature(rng.choice(PEOPLE), bx[2] + 30, bx[1] - 40, red, 62)
            negs.append("red handwritten signature beside the lawyer's name")
        p.gap(30)
        p.text_line(firm, "right", tag="signer")
        p.text_line(cn_date(2024, rng.randint(6, 10), rng.randint(1, 28)), "right", tag="date")
        return p, dict(doc_type="lawyer_letter", texts=[firm, "律师函", "法律责任"][:3], negs=negs,
                       extra_forbid=["doc.case_number_invalid"])
    if variant in ("cancel_table", "cancel_logo"):
        if variant == "cancel_logo":
            red_logo(p, "diamond", p.L, p.y - 6)
            p.text_line(lender, "center", fkey="sans_b", size=44, tag="header")
            p.rule(BLACK, 2)
            negs.append("red diamond logo with a white character")
        else:
            p.text_line(lender, "center", fkey="sans_b", size=44, tag="header")
            p.gap(6)
        title = rng.choice(["解除合同通知书", "提前到期通知书"]) if variant == "cancel_table" else "解除借款合同通知书"
        p.text_line(title, "center", fkey="serif_b", size=60, color=red, tag="title")
        negs.append("red title text")
        p.text_line(f"{person}：")
        p.para(f"您与我司签订的借款合同项下借款已逾期，经多次提醒仍未还款。根据合同约定，我司现通知您：", tag="body")
        if variant == "cancel_table":
            rows = [("借款人", person), ("合同编号", f"JK{rng.randint(10000000, 99999999)}"),
                    ("借款本金", f"{rng.randint(3, 20) * 1000:,}.00元"), ("逾期天数", f"{rng.randint(30, 120)}天"),
                    ("应还总额", f"{rng.randint(4000, 30000):,}.00元")]
            p.table(rows, border=red, col1=230, tag="table")
            negs.append("red table borders")
        p.para("双方借款合同自本通知送达之日起解除，全部未还款项提前到期，请您一次性结清全部欠款。")
        p.para("如有疑问，请联系我司客服。")
        p.gap(40)
        p.text_line(lender, "right", tag="signer")
        p.text_line(f"2024年{rng.randint(5, 10)}月{rng.randint(1, 28)}日", "right", tag="date")
        if variant == "cancel_logo":
            bx = p.anchors["date"]
            p.signature(rng.choice(PEOPLE), bx[0] - 330, bx[1] - 20, red, 58)
            negs.append("red handwritten signature near the date")
        return p, dict(doc_type="cancellation_notice", texts=[lender, title], negs=negs, extra_forbid=["doc.case_number_invalid"])
    # court-style forgeries
    court, code = rng.choice(COURTS)
    caseno = f"（2024）{code}执{rng.randint(1000, 9999)}号"
    if variant in ("restrict_red", "dishonest_table"):
        p.text_line(court, "center", fkey="sans_b", size=54, color=red, tag="header")
        p.rule(red, 7, double=True)
        negs += ["red letterhead court name", "red double rule"]
        title = "限制消费令" if variant == "restrict_red" else "失信决定书"
        p.text_line(title, "center", fkey="serif_b", size=64, color=red, tag="title")
        negs.append("red title text")
        p.text_line(caseno, "right")
        p.text_line(f"被执行人：{person}")
        p.para(f"本院在执行申请执行人{lender}与被执行人{person}借款合同纠纷一案中，"
               "因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，", tag="body")
        if variant == "restrict_red":
            p.para("依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，"
                   "对你采取限制消费措施，限制你不得实施高消费及非生活和工作必需的消费行为。")
            texts = [court, "限制消费令"]
        else:
            rows = [("被执行人", person), ("执行依据", f"（2023）{code}民初{rng.randint(1000, 9999)}号"),
                    ("未履行金额", f"{rng.randint(5000, 50000):,}元")]
            p.table(rows, border=red, col1=250, tag="table")
            negs.append("red table borders")
            p.para("本院决定将被执行人纳入失信被执行人名单。")
            texts = [court, "失信决定书"]
        p.gap(30)
        p.text_line(court, "right", tag="signer")
        p.text_line(cn_date(2024, rng.randint(5, 10), rng.randint(1, 28)), "right", tag="date")
        return p, dict(doc_type="restriction_order", texts=texts, negs=negs, extra_forbid=[])
    # forged summons with red borders and a red signature
    p.text_line(court, "center", fkey="serif_b", size=54, tag="header")
    p.text_line("传票", "center", fkey="serif_b", size=64, color=red, tag="title")
    negs.append("red title text")
    caseno = f"（2024）{code}民初{rng.randint(1000, 9999)}号"
    p.text_line(caseno, "right")
    rows = [("案由", "借款合同纠纷"), ("被传唤人", person), ("传唤事由", "开庭"),
            ("应到时间", f"2024年{rng.randint(8, 11)}月{rng.randint(1, 28)}日上午9时"), ("应到处所", "本院第二法庭")]
    p.table(rows, border=red, col1=230, tag="table")
    negs.append("red table borders")
    p.para("被传唤人必须准时到达应到处所，逾期不到将依法处理。")
    p.gap(20)
    p.text_line("审判员：", "left", tag="judge")
    bx = p.anchors["judge"]
    p.signature(rng.choice(PEOPLE), bx[2] + 20, bx[1] - 36, red, 60)
    negs.append("red handwritten signature of the judge")
    p.gap(40)
    p.text_line(court, "right", tag="signer")
    p.text_line(cn_date(2024, rng.randint(5, 10), rng.randint(1, 28)), "right", tag="date")
    return p, dict(doc_type="court_summons", texts=[court, "被传唤人", "应到处所"], negs=negs, extra_forbid=[])


# --------------------------------------------------------------------------------------------
# photography


def make_desk(rng: np.random.Generator, w, h, kind):
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        base = np.array([150, 104, 66], np.float32) * rng.uniform(0.8, 1.1)
        warp = smooth_noise(rng, h, w, 90) * 18
        stripes = np.sin((yy + warp) / rng.uniform(5, 11)) * 0.07 + smooth_noise(rng, h, w, 30) * 0.04
        img = base[None, None, :] * (1 + stripes[..., None])
    elif kind == "grey":
        base = np.array([118, 122, 128], np.float32) * rng.uniform(0.85, 1.15)
        img = base[None, None, :] * (1 + 0.03 * smooth_noise(rng, h, w, 8)[..., None])
    elif kind == "fabric":
        base = np.array([44, 58, 86], np.float32) * rng.uniform(0.85, 1.2)
        weave = (np.sin(xx * 1.7) * np.sin(yy * 1.7)) * 0.06
        img = base[None, None, :] * (1 + weave[..., None] + 0.05 * smooth_noise(rng, h, w, 20)[..., None])
    elif kind == "white":
        base = np.array([214, 211, 203], np.float32)
        img = base[None, None, :] * (1 + 0.02 * smooth_noise(rng, h, w, 40)[..., None])
    else:  # green cutting mat
        base = np.array([46, 104, 80], np.float32)
        grid = ((xx.astype(int) % 60 < 2) | (yy.astype(int) % 60 < 2)).astype(np.float32) * 0.25
        img = base[None, None, :] * (1 + grid[..., None])
    return np.clip(img, 0, 255)


def paper_texture(rng: np.random.Generator, img: np.ndarray) -> np.ndarray:
    h, w = img.shape[:2]
    tint = np.array([rng.uniform(0.965, 0.99), rng.uniform(0.96, 0.985), rng.uniform(0.93, 0.975)], np.float32)
    field = 1 + 0.015 * smooth_noise(rng, h, w, 200)
    grain = 1 + 0.012 * rng.standard_normal((h, w)).astype(np.float32)
    return img * tint[None, None, :] * (field * grain)[..., None]


def motion_kernel(length, angle):
    k = np.zeros((length * 2 + 1, length * 2 + 1), np.float32)
    c = length
    dx, dy = math.cos(angle), math.sin(angle)
    for t in np.linspace(-length / 2, length / 2, length * 4):
        k[int(round(c + t * dy)), int(round(c + t * dx))] = 1
    return k / k.sum()


def photograph(page: np.ndarray, seal_layers: list, opt: dict, rng: np.random.Generator):
    W, H = opt["size"]
    bg = make_desk(rng, W, H, opt["desk"])
    fill = opt.get("fill", 0.88)
    sc = fill * min(W / PW, H / PH)
    pw, ph = PW * sc, PH * sc
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.02, 0.02) * H
    th = math.radians(opt.get("theta", 0.0))
    base = np.array([[-pw / 2, -ph / 2], [pw / 2, -ph / 2], [pw / 2, ph / 2], [-pw / 2, ph / 2]], np.float32)
    # keystone: one edge shorter, as when the phone is tilted
    k = opt.get("persp", 0.03)
    side = opt.get("tilt", int(rng.integers(0, 4)))
    kx = k * pw
    if side == 0:
        base[0, 0] += kx; base[1, 0] -= kx
    elif side == 1:
        base[3, 0] += kx; base[2, 0] -= kx
    elif side == 2:
        base[0, 1] += k * ph; base[3, 1] -= k * ph
    else:
        base[1, 1] += k * ph; base[2, 1] -= k * ph
    base += rng.normal(0, 0.006 * pw, base.shape).astype(np.float32)
    rot = np.array([[math.cos(th), -math.sin(th)], [math.sin(th), math.cos(th)]], np.float32)
    dst = base @ rot.T + np.array([cx, cy], np.float32)
    src = np.array([[0, 0], [PW, 0], [PW, PH], [0, PH]], np.float32)
    Hm = cv2.getPerspectiveTransform(src, dst)
    soft = cv2.GaussianBlur(page, (0, 0), 0.55)
    warped = cv2.warpPerspective(soft, Hm, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    mask = cv2.warpPerspective(np.ones((PH, PW), np.float32), Hm, (W, H), flags=cv2.INTER_LINEAR)
    # page drop shadow on the desk
    sh = cv2.GaussianBlur(np.roll(np.roll(mask, 10, 0), 7, 1), (0, 0), 12)
    bg = bg * (1 - 0.35 * sh[..., None])
    img = warped * mask[..., None] + bg * (1 - mask[..., None])
    boxes = []
    for lay in seal_layers:
        wl = cv2.warpPerspective(lay, Hm, (W, H), flags=cv2.INTER_LINEAR)
        b = (wl > 0.09).astype(np.uint8)
        b = cv2.morphologyEx(b, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))
        pts = cv2.findNonZero(b)
        if pts is None:
            boxes.append(None)
            continue
        x, y, w, h = cv2.boundingRect(pts)
        boxes.append([int(x), int(y), int(w), int(h)])
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    # uneven illumination: a tilted plane plus a soft light spot
    g = opt.get("illum", 0.15)
    a = rng.uniform(0, 2 * math.pi)
    plane = 1 + g * ((xx / W - 0.5) * math.cos(a) + (yy / H - 0.5) * math.sin(a))
    sx, sy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.1, 0.6) * H
    spot = 1 + g * 0.6 * np.exp(-(((xx - sx) ** 2 + (yy - sy) ** 2) / (2 * (0.4 * W) ** 2)))
    vign = 1 - 0.12 * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) / 0.5)
    img = img * (plane * spot * vign / (1 + g * 0.3))[..., None]
    if opt.get("shadow"):
        # a soft-edged shadow (hand, phone, lamp arm) over a given point, or anywhere
        tx, ty = opt["shadow_at"] if opt.get("shadow_at") else (rng.uniform(0.3, 0.7) * W, rng.uniform(0.3, 0.7) * H)
        ang = rng.uniform(0, 2 * math.pi)
        n = (math.cos(ang), math.sin(ang))
        dist = (xx - tx) * n[0] + (yy - ty) * n[1] - opt.get("shadow_margin", 120)
        edge = rng.uniform(20, 60)
        inside = np.clip(0.5 - dist / edge, 0, 1)
        depth = opt.get("shadow_depth", rng.uniform(0.35, 0.5))
        tint = np.array([0.93, 0.98, 1.06], np.float32)
        img = img * (1 - depth * inside[..., None] * (2 - tint[None, None, :]))
    gains = np.array(opt.get("gains", (1.0, 1.0, 1.0)), np.float32)
    img = img * gains[None, None, :]
    if opt.get("warm"):
        img = img * np.array([1.05, 0.95, 0.76], np.float32)[None, None, :]
        lamp = 1 + 0.25 * np.exp(-(((xx - rng.uniform(0, W)) ** 2 + (yy - rng.uniform(0, 0.4 * H)) ** 2) / (2 * (0.45 * W) ** 2)))
        img = img * (0.85 * lamp)[..., None]
    img = np.clip(img, 0, 255)
    if opt.get("corner_blur") is not None:
        bx, by = opt["corner_blur"]
        blurred = cv2.GaussianBlur(img, (0, 0), opt.get("corner_sigma", 3.2))
        dd = np.sqrt((xx - bx) ** 2 + (yy - by) ** 2) / math.hypot(W, H)
        wgt = np.clip(1.25 - dd / 0.45, 0, 1) ** 1.2
        img = img * (1 - wgt[..., None]) + blurred * wgt[..., None]
    if opt.get("motion", 0) > 1:
        img = cv2.filter2D(img, -1, motion_kernel(int(opt["motion"]), rng.uniform(0, math.pi)))
    noise = opt.get("noise", 2.5)
    img = img + rng.normal(0, noise, (H, W, 1)).astype(np.float32) + rng.normal(0, noise * 0.5, (H, W, 3)).astype(np.float32)
    img = np.clip(img, 0, 255).astype(np.uint8)
    pil = Image.fromarray(img)
    if opt.get("double_jpeg"):
        buf = io.BytesIO()
        pil.save(buf, "JPEG", quality=int(rng.integers(55, 66)))
        buf.seek(0)
        pil = Image.open(buf).convert("RGB")
    return pil, boxes, Hm


# --------------------------------------------------------------------------------------------
# the 40 items

SIZES = [(1200, 1600), (1125, 1500), (1200, 1600), (1260, 1680), (1080, 1440), (1200, 1600), (1350, 1800)]
DESKS = ["wood", "grey", "fabric", "white", "mat"]
CASTS = {"neutral": (1.0, 1.0, 1.0), "blue": (0.93, 0.98, 1.05), "green": (0.97, 1.02, 0.94),
         "magenta": (1.03, 0.955, 1.015), "cool": (0.95, 0.99, 1.04), "yellow": (1.03, 1.0, 0.9)}


# (kind, variant, seal conditions, ink, extra photo conditions)
LAWFUL = [
    ("court", "summons", {"faint", "broken"}, "red", {}),
    ("court", "answer", {"half"}, "crimson", {}),
    ("court", "proof", {"blotch"}, "red", {}),
    ("court", "answer", {"overlap"}, "vermilion", {"cast": "green"}),
    ("court", "summons", {"oval", "rotated"}, "darkred", {}),
    ("court", "proof", {"offedge"}, "orange", {}),
    ("court", "answer", {"shadow"}, "red", {}),
    ("court", "summons", {"small"}, "crimson", {"cast": "blue"}),
    ("court", "proof", {"large"}, "pink", {"warm": True}),
    ("lawyer", None, {"faint", "broken"}, "pink", {}),
    ("lawyer", None, {"half"}, "red", {"cast": "cool"}),
    ("lawyer", None, {"blotch"}, "crimson", {}),
    ("lawyer", None, {"overlap"}, "pink", {"spaced": True}),
    ("lawyer", None, {"rotated"}, "orange", {"motion": 4}),
    ("lawyer", None, {"warm"}, "red", {}),
    ("lawyer", None, {"corner_blur"}, "vermilion", {}),
    ("lawyer", None, {"large", "overlap"}, "darkred", {}),
    ("lawyer", None, {"oval"}, "orange", {"double_jpeg": True}),
    ("bank", "settle", {"two"}, "red", {}),
    ("bank", "remind", {"faint", "shadow"}, "crimson", {}),
    ("bank", "rate", {"half", "warm"}, "orange", {}),
    ("bank", "statement", {"small"}, "red", {"double_jpeg": True}),
    ("bank", "info", {"offedge"}, "pink", {"cast": "magenta"}),
    ("bank", "settle", {"blotch"}, "vermilion", {"cast": "yellow"}),
    ("bank", "remind", {"corner_blur"}, "darkred", {"motion": 5}),
    ("contract", "service", {"two"}, "red", {}),
    ("contract", "purchase", {"riding", "two"}, "crimson", {}),
    ("contract", "middle", {"riding"}, "orange", {}),
    ("contract", "loan", {"large", "overlap"}, "vermilion", {}),
    ("contract", "lease", {"oval", "faint"}, "pink", {}),
    ("contract", "service", {"rotated", "shadow"}, "orange", {}),
    ("contract", "purchase", {"warm", "half", "small"}, "red", {}),
]
FORGED = ["lawyer_head", "cancel_table", "restrict_red", "lawyer_logo", "summons_sig", "cancel_logo",
          "dishonest_table", "lawyer_sig"]

COND_WORDS = {
    "faint": "faint dry ink", "broken": "broken ring", "half": "half-inked (only part of the ring printed)",
    "blotch": "over-inked blotchy impression", "overlap": "seal heavily over black text",
    "oval": "slightly oval seal", "rotated": "seal rotated", "offedge": "seal partly off the page edge",
    "two": "two seals on the page", "riding": "riding seal (骑缝章) cut at the page edge",
    "shadow": "seal under a shadow", "warm": "warm indoor light (yellowish white balance)",
    "corner_blur": "seal in a blurry corner", "small": "small seal (~8% of page width)",
    "large": "large seal (~25% of page width)",
}
INK_WORDS = {"red": "ordinary red", "crimson": "crimson", "orange": "orange-red", "pink": "pinkish",
             "darkred": "dark dried red", "vermilion": "vermilion"}


def seal_spec(kind, issuer, conds, ink, rng: random.Random, bottom=None):
    R = rng.uniform(0.085, 0.105) * PW  # ordinary seal: diameter 17-21% of page width
    if "small" in conds:
        R = 0.04 * PW * rng.uniform(0.97, 1.05)
    if "large" in conds:
        R = 0.125 * PW * rng.uniform(0.98, 1.03)
    spec = dict(R=R, text=issuer, ink=ink, effects=set(c for c in conds if c in ("faint", "broken", "half", "blotch")),
                font=rng.choice(["serif_b", "sans_b", "zenhei", "serif_b"]))
    if kind == "court":
        spec.update(center="emblem", ring=0.07, kind="court")
    elif kind == "lawyer":
        spec.update(center="star", ring=0.065, kind="law_firm")
    elif kind == "bank":
        spec.update(center="star", ring=0.06, kind="bank", bottom=bottom or rng.choice(["业务专用章", "个人贷款专用章", None]),
                    inner_ring=rng.random() < 0.4)
    else:
        spec.update(center="star", ring=0.06, kind="company", bottom=bottom or "合同专用章",
                    code=str(rng.randint(10 ** 12, 10 ** 13 - 1)) if rng.random() < 0.5 else None)
    spec["rot"] = rng.uniform(-8, 8)
    if "rotated" in conds:
        spec["rot"] = rng.choice([-1, 1]) * rng.uniform(25, 60)
    if "oval" in conds:
        spec["oval"] = (1.0, rng.uniform(0.78, 0.86)) if rng.random() < 0.5 else (rng.uniform(0.8, 0.87), 1.0)
    return spec


def build_lawful(idx, item, rng: random.Random, nrng: np.random.Generator):
    kind, variant, conds, ink, extra = item
    fkey = rng.choice(["serif", "sans", "ming", "zenhei", "microhei", "serif", "kai"])
    if kind == "court":
        p, meta = doc_court(rng, variant, fkey)
    elif kind == "lawyer":
        p, meta = doc_lawyer(rng, fkey, spaced=extra.get("spaced", False))
    elif kind == "bank":
        p, meta = doc_bank(rng, variant, fkey)
    else:
        p, meta = doc_contract(rng, variant, fkey, two_party_companies=("two" in conds and "riding" not in conds))
    issuer = meta["issuer"]
    specs = []
    main = seal_spec(kind, issuer, conds, ink, rng)
    if kind == "contract" and variant == "middle":
        # riding seal only: centre just past the right page edge, mid-height
        main["pos"] = (PW + main["R"] * rng.uniform(-0.05, 0.12), PH * rng.uniform(0.35, 0.65))
        main["riding"] = True
        specs.append(main)
    else:
        if kind == "contract":
            bx = p.anchors["seal_a"]
            anchor = ((bx[0] + bx[2]) / 2 + rng.uniform(-30, 30), (bx[1] + bx[3]) / 2 + rng.uniform(-20, 20))
        else:
            bx = p.anchors["date"]
            anchor = ((bx[0] + bx[2]) / 2 + rng.uniform(-25, 25), bx[1] - main["R"] * rng.uniform(0.05, 0.35))
        if "overlap" in conds and kind != "lawyer":
            bb = p.anchors.get("body") or p.anchors.get("table")
            anchor = (bb[2] - main["R"] * rng.uniform(1.0, 1.5), (bb[1] + bb[3]) / 2 + rng.uniform(-20, 20))
        if "overlap" in conds and kind == "lawyer":
            anchor = (anchor[0] - rng.uniform(10, 60), anchor[1] - main["R"] * 0.55)
        if "offedge" in conds:
            if rng.random() < 0.5 or kind == "court":
                anchor = (PW - main["R"] * rng.uniform(0.3, 0.5), anchor[1])
            else:
                anchor = (anchor[0], PH - main["R"] * rng.uniform(0.35, 0.55))
        if "corner_blur" in conds:
            anchor = (PW - main["R"] * 1.25, min(PH - main["R"] * 1.2, anchor[1] + 40))
        anchor = (min(anchor[0], PW - main["R"] * 1.05) if "offedge" not in conds else anchor[0], anchor[1])
        main["pos"] = anchor
        specs.append(main)
        if "two" in conds:
            if kind == "contract" and "riding" in conds:
                sec = seal_spec(kind, issuer, set(), ink, rng)
                sec["pos"] = (PW + sec["R"] * rng.uniform(-0.05, 0.1), PH * rng.uniform(0.3, 0.5))
                sec["riding"] = True
                specs.append(sec)
            elif kind == "contract":
                b_issuer = meta["parties"][1]
                sec = seal_spec(kind, b_issuer, set(), rng.choice(["red", "crimson", "vermilion"]), rng)
                bx = p.anchors["seal_b"]
                sec["pos"] = ((bx[0] + bx[2]) / 2 + rng.uniform(-30, 30), (bx[1] + bx[3]) / 2 + rng.uniform(-20, 20))
                specs.append(sec)
            else:  # bank: the branch seal on the date line plus a business-department seal beside it
                sec = seal_spec(kind, issuer, {"small"} if rng.random() < 0.3 else set(), ink, rng,
                                bottom="业务专用章" if main.get("bottom") != "业务专用章" else "结算专用章")
                sec["R"] = main["R"] * 0.82
                bx = p.anchors["date"]
                sec["pos"] = (p.L + 200, bx[1] - sec["R"] * 0.4)
                specs.append(sec)
    page = paper_texture(nrng, np.asarray(p.img, np.float32))
    layers = []
    for s in specs:
        loc = ink_seal(s, nrng)
        lay = np.zeros((PH, PW), np.float32)
        place(lay, loc, *s["pos"])
        col = np.array(INKS[s["ink"]], np.float32) / 255.0
        page = page * (1 - lay[..., None] * (1 - col[None, None, :]))
        layers.append(lay)
    # photo options
    opt = dict(size=SIZES[idx % len(SIZES)], desk=DESKS[idx % len(DESKS)], theta=rng.uniform(-10, 10),
               persp=rng.uniform(0.0, 0.06), fill=rng.uniform(0.84, 0.95), illum=rng.uniform(0.08, 0.3),
               gains=CASTS[extra.get("cast", rng.choice(["neutral", "neutral", "cool", "yellow"]))],
               noise=rng.uniform(1.5, 3.2), motion=extra.get("motion", rng.choice([0, 0, 0, 2, 3])),
               warm=("warm" in conds) or extra.get("warm", False), double_jpeg=extra.get("double_jpeg", False))
    if "riding" in conds or "offedge" in conds:
        opt["fill"] = rng.uniform(0.8, 0.86)  # keep the page edge visible on the desk
    # where the main seal lands (needed for shadows / corner blur): warp its centre later
    photo_notes = []
    if "shadow" in conds:
        opt["shadow"] = True
        opt["shadow_depth"] = rng.uniform(0.4, 0.55)
    elif rng.random() < 0.25:
        opt["shadow"] = True
        opt["shadow_depth"] = rng.uniform(0.2, 0.35)
        photo_notes.append("a light shadow elsewhere")
    if "corner_blur" in conds:
        opt["corner_blur"] = True
        opt["corner_sigma"] = rng.uniform(2.8, 3.8)
    # two-pass: compute homography first with a dry run of the geometry
    seed = int(nrng.integers(0, 2 ** 31))
    pre = photograph_geometry(opt, np.random.default_rng(seed))
    c0 = np.array([[s["pos"] for s in specs][0]], np.float32).reshape(-1, 1, 2)
    wc = cv2.perspectiveTransform(c0, pre)[0, 0]
    if opt.get("shadow") and "shadow" in conds:
        opt["shadow_at"] = (float(wc[0]), float(wc[1]))
        opt["shadow_margin"] = main["R"] * 1.6
    if opt.get("corner_blur"):
        W, H = opt["size"]
        opt["corner_blur"] = (float(min(W, wc[0] + 0.08 * W)), float(min(H, wc[1] + 0.06 * H)))
    img, boxes, Hm = photograph(page, layers, opt, np.random.default_rng(seed))
    conds_txt = [COND_WORDS[c] for c in sorted(conds) if c in COND_WORDS]
    photo = [f"rotation {opt['theta']:+.1f}°", f"perspective {opt['persp']:.2f}", f"{opt['desk']} desk",
             f"illumination gradient {opt['illum']:.2f}"]
    gname = [k for k, v in CASTS.items() if tuple(v) == tuple(opt["gains"])][0]
    if gname != "neutral":
        photo.append(f"{gname} colour cast")
    if opt["motion"]:
        photo.append(f"motion blur {opt['motion']} px")
    if opt["double_jpeg"]:
        photo.append("double JPEG compression")
    photo += photo_notes
    return p, meta, specs, img, boxes, conds_txt, photo, opt


def photograph_geometry(opt, rng):
    """Repeat photograph()'s random draws up to the homography, to know where a seal lands."""
    W, H = opt["size"]
    make_desk(rng, W, H, opt["desk"])
    fill = opt.get("fill", 0.88)
    sc = fill * min(W / PW, H / PH)
    pw, ph = PW * sc, PH * sc
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.02, 0.02) * H
    th = math.radians(opt.get("theta", 0.0))
    base = np.array([[-pw / 2, -ph / 2], [pw / 2, -ph / 2], [pw / 2, ph / 2], [-pw / 2, ph / 2]], np.float32)
    k = opt.get("persp", 0.03)
    side = opt.get("tilt", int(rng.integers(0, 4)))
    kx = k * pw
    if side == 0:
        base[0, 0] += kx; base[1, 0] -= kx
    elif side == 1:
        base[3, 0] += kx; base[2, 0] -= kx
    elif side == 2:
        base[0, 1] += k * ph; base[3, 1] -= k * ph
    else:
        base[1, 1] += k * ph; base[2, 1] -= k * ph
    base += rng.normal(0, 0.006 * pw, base.shape).astype(np.float32)
    rot = np.array([[math.cos(th), -math.sin(th)], [math.sin(th), math.cos(th)]], np.float32)
    dst = base @ rot.T + np.array([cx, cy], np.float32)
    src = np.array([[0, 0], [PW, 0], [PW, PH], [0, PH]], np.float32)
    return cv2.getPerspectiveTransform(src, dst)


def main():
    for old in OUT.glob("dsp2_*"):
        old.unlink()
    order = []
    li = fi = 0
    # interleave: one forged paper after every four lawful ones
    for n in range(40):
        if n % 5 == 4:
            order.append(("f", fi)); fi += 1
        else:
            order.append(("l", li)); li += 1
    total = 0
    for n, (lf, k) in enumerate(order, start=1):
        rng = random.Random(7000 + n)
        nrng = np.random.default_rng(9000 + n)
        stem = f"dsp2_{n:02d}_{lf}{k + 1:02d}"
        if lf == "l":
            item = LAWFUL[k]
            p, meta, specs, img, boxes, conds_txt, photo, opt = build_lawful(n, item, rng, nrng)
            kinds = {"court": "court", "lawyer": "law_firm", "bank": "bank", "contract": "company"}
            inks = sorted(set(INK_WORDS[s["ink"]] for s in specs))
            sizes = "; ".join(
                f"seal {i + 1}: {s['text']}, " + ("riding seal at the right page edge, " if s.get("riding") else "")
                + f"diameter {2 * s['R'] / PW * 100:.0f}% of page width" for i, s in enumerate(specs))
            desc = {"court": f"Genuine court paper ({meta['title']}) with the court's round seal (emblem centre, court's full name in the ring) on the date line",
                    "lawyer": "Calm lawyer's letter (overdue principal, official repayment channel, invitation to negotiate) with the law-firm star seal on the date line",
                    "bank": f"Calm bank paper ({meta['title']}) with the bank's star seal",
                    "contract": f"Company contract page ({meta['title']}) with company star seal(s)"}[item[0]]
            notes = (f"{desc}. Seal conditions: {', '.join(conds_txt)}; {' / '.join(inks)} ink; {sizes}. "
                     f"Photo: {', '.join(photo)}.")
            if any(b is None for b in boxes):
                raise SystemExit(f"{stem}: a seal left no ink in the frame")
            side = dict(doc_type=meta["doc_type"], kind="photo", expect=[], forbid=["all"],
                        seals=boxes, seal_texts=[s["text"] for s in specs],
                        seal_centers=[s["center"] for s in specs], seal_kinds=[s["kind"] for s in specs],
                        sender=None, text_contains=meta["texts"][:4], lawful=True, notes=notes)
        else:
            variant = FORGED[k]
            fkey = rng.choice(["serif", "sans", "zenhei", "ming", "microhei"])
            p, meta = forged(rng, variant, fkey)
            page = paper_texture(nrng, np.asarray(p.img, np.float32))
            opt = dict(size=SIZES[n % len(SIZES)], desk=DESKS[n % len(DESKS)], theta=rng.uniform(-10, 10),
                       persp=rng.uniform(0.0, 0.06), fill=rng.uniform(0.84, 0.95), illum=rng.uniform(0.08, 0.3),
                       gains=CASTS[rng.choice(list(CASTS))], noise=rng.uniform(1.5, 3.2),
                       motion=rng.choice([0, 0, 2, 3]), warm=rng.random() < 0.25,
                       shadow=rng.random() < 0.4, double_jpeg=rng.random() < 0.3)
            img, _, _ = photograph(page, [], opt, np.random.default_rng(int(nrng.integers(0, 2 ** 31))))
            official = meta["doc_type"] in ("lawyer_letter", "cancellation_notice", "restriction_order", "court_summons")
            clear_absent = ["seal.issuer_mismatch", "image.edited", "sms.impersonation", "contact.virtual_number",
                            "family.children", "visit.home", "promise.fee_waiver", "borrow.new_loan",
                            "blacklist.online_loan", "contact.third_party", "asset.freeze", "penalty.inflated",
                            "text.spaced"] + meta["extra_forbid"]
            notes = (f"Forged {meta['doc_type']} without any seal; red hard negatives: {', '.join(meta['negs'])}. "
                     f"Only seal.missing is expected; other text markers the wording may raise (termination, "
                     f"blacklist, lawsuit, deadline, authority) are neither expected nor forbidden. "
                     f"Photo: rotation {opt['theta']:+.1f}°, {opt['desk']} desk"
                     + (", warm light" if opt["warm"] else "") + (", shadow" if opt["shadow"] else "")
                     + (", double JPEG" if opt["double_jpeg"] else "") + ".")
            side = dict(doc_type=meta["doc_type"], kind="photo", expect=["seal.missing"] if official else [],
                        forbid=clear_absent, seals=[], seal_texts=[], seal_centers=[], seal_kinds=[],
                        sender=None, text_contains=meta["texts"][:4], lawful=False, notes=notes)
        q = rng.randint(75, 90)
        path = OUT / f"{stem}.jpg"
        img.save(path, "JPEG", quality=q)
        side["notes"] += f" JPEG quality {q}."
        side["image"] = path.name
        side["size"] = list(img.size)
        side["source_text"] = p.lines
        # keep only strings printed whole on one line (a wrapped phrase is not "clearly printed")
        side["text_contains"] = [t for t in side["text_contains"] if any(t in ln for ln in p.lines)]
        assert len(side["text_contains"]) >= 2, (stem, side["text_contains"])
        (OUT / f"{stem}.json").write_text(json.dumps(side, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        if p.y > PH - 40:
            print("WARNING: page overflow", stem, p.y)
        total += path.stat().st_size
        print(stem, side["size"], side["seals"], f"{path.stat().st_size // 1024} KB")
    print(f"total {total / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
