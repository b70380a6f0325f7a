#!/usr/bin/env python3
"""Generate bench/dev_sealphotos: 40 labelled phone PHOTOS of sealed papers under hard light.

    python bench/dev_sealphotos/make_dev_sealphotos.py            # writes dsp_*.jpg + dsp_*.json here
    python bench/dev_sealphotos/make_dev_sealphotos.py --preview  # also writes /tmp/dsp_preview/*.jpg with boxes

Deterministic: one fixed seed, one numpy Generator per item (seeded from the item number), so
re-running rewrites byte-identical files on the same library versions.

Each item is a paper page rendered flat at 1400 px width (A4 or A5 proportions), with black print,
red non-seal ink (letterheads, rules, round logos, rectangular stamps, red pen) and round / oval
seals drawn as ink masks, then "photographed": a 3D surface (flat, bulged, curled or folded) is
tilted and projected with a pinhole camera onto a table background, lit (tungsten / LED casts,
gradients, vignetting, hand or phone shadows, glare), blurred, made noisy, sharpened and saved as
JPEG; some files store the pixels rotated with an EXIF Orientation tag.

Seal boxes are the bounding boxes of each seal's outer ring (filled disc / ellipse, clipped to the
paper), pushed through the very same pixel mapping, in the upright image.
"""
from __future__ import annotations

import argparse
import json
import math
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent
SEED = 5202409
PW = 1400                      # paper canvas width (px)
PH = round(PW * 297 / 210)     # A4 and A5 share the aspect ratio

FONT_FILES = {
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serif_bold": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sans_bold": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
}
BODY_FONTS = ["serif", "ming", "kai", "sans", "zenhei", "microhei"]
TITLE_FONTS = ["serif_bold", "sans_bold", "zenhei", "serif_bold"]
SEAL_FONTS = ["serif_bold", "sans_bold", "zenhei"]


@lru_cache(maxsize=None)
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    path, idx = FONT_FILES[name]
    return ImageFont.truetype(path, int(size), index=idx)


# ----------------------------------------------------------------------------------------------
# vocabulary
# ----------------------------------------------------------------------------------------------

SURNAMES = "张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
         "秀兰", "霞", "平", "刚", "桂英", "建华", "志强", "晓东", "海燕", "春梅", "国庆", "立新", "文博", "子涵", "浩然",
         "雨萱", "俊杰", "婷婷", "宏伟", "丹丹", "晓明", "玉兰", "永红", "德明", "淑珍", "振华"]

# court name, case code, city address stem, upper court for appeals
COURTS = [
    ("北京市朝阳区人民法院", "京0105", "北京市朝阳区望京西路", "北京市第三中级人民法院"),
    ("北京市海淀区人民法院", "京0108", "北京市海淀区学院路", "北京市第一中级人民法院"),
    ("北京市东城区人民法院", "京0101", "北京市东城区安定门外大街", "北京市第二中级人民法院"),
    ("上海市浦东新区人民法院", "沪0115", "上海市浦东新区张杨路", "上海市第一中级人民法院"),
    ("上海市徐汇区人民法院", "沪0104", "上海市徐汇区漕溪北路", "上海市第一中级人民法院"),
    ("深圳市福田区人民法院", "粤0304", "深圳市福田区深南中路", "广东省深圳市中级人民法院"),
    ("广州市天河区人民法院", "粤0106", "广州市天河区黄埔大道", "广东省广州市中级人民法院"),
    ("杭州市西湖区人民法院", "浙0106", "杭州市西湖区文三路", "浙江省杭州市中级人民法院"),
    ("南京市鼓楼区人民法院", "苏0106", "南京市鼓楼区中山北路", "江苏省南京市中级人民法院"),
    ("成都市武侯区人民法院", "川0107", "成都市武侯区一环路南四段", "四川省成都市中级人民法院"),
    ("武汉市江汉区人民法院", "鄂0103", "武汉市江汉区建设大道", "湖北省武汉市中级人民法院"),
    ("重庆市渝中区人民法院", "渝0103", "重庆市渝中区解放碑", "重庆市第五中级人民法院"),
]
LENDERS = ["北京京华消费金融有限公司", "重庆海川小额贷款有限公司", "深圳南粤商业保理有限公司",
           "杭州星河数字科技有限公司", "郑州中原信达资产管理有限公司", "成都蜀南网络小额贷款有限公司",
           "武汉江城融汇信息咨询有限公司", "上海浦融消费金融股份有限公司"]
BANKS = [("汇通银行股份有限公司北京朝阳支行", "汇通银行"), ("长江商业银行股份有限公司武汉分行", "长江商业银行")]
LAW_FIRMS = [("北京知行律师事务所", "知行"), ("上海汇申律师事务所", "汇申"), ("广东粤信律师事务所", "粤信"),
             ("江苏弘远律师事务所", "弘远"), ("四川蜀衡律师事务所", "蜀衡"), ("湖北楚望律师事务所", "楚望")]
ARBITRATIONS = [("北京仲裁委员会", "京仲案字"), ("上海仲裁委员会", "沪仲案字"), ("广州仲裁委员会", "穗仲案字"),
                ("武汉仲裁委员会", "武仲案字"), ("杭州仲裁委员会", "杭仲案字")]
CAUSES = ["金融借款合同纠纷", "民间借贷纠纷", "信用卡纠纷", "小额借款合同纠纷", "借款合同纠纷"]
CN_DIGITS = "〇一二三四五六七八九"


def cn_num(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")


def cn_date(y: int, m: int, d: int) -> str:
    return "".join(CN_DIGITS[int(c)] for c in str(y)) + "年" + cn_num(m) + "月" + cn_num(d) + "日"


def ar_date(y: int, m: int, d: int) -> str:
    return f"{y}年{m}月{d}日"


def money(rng, lo, hi) -> str:
    v = int(rng.integers(lo, hi))
    v = v - v % 10 + int(rng.integers(0, 10))
    return f"{v:,}" if rng.random() < 0.5 else str(v)


def person(rng) -> str:
    return SURNAMES[int(rng.integers(len(SURNAMES)))] + GIVEN[int(rng.integers(len(GIVEN)))]


def landline(rng, city: str) -> str:
    area = {"北京": "010", "上海": "021", "深圳": "0755", "广州": "020", "杭州": "0571", "南京": "025",
            "成都": "028", "武汉": "027", "重庆": "023", "郑州": "0371"}
    code = next((v for k, v in area.items() if k in city), "010")
    return f"{code}-{int(rng.integers(5, 9))}{int(rng.integers(0, 10**6)):06d}"[: len(code) + 9]


def address(rng, stem: str) -> str:
    return f"{stem}{int(rng.integers(3, 280))}号{int(rng.integers(1, 20))}号楼{int(rng.integers(1, 6))}单元{int(rng.integers(1, 30))}0{int(rng.integers(1, 5))}室"


# ----------------------------------------------------------------------------------------------
# page: flat paper with text layers, red non-seal ink and seals
# ----------------------------------------------------------------------------------------------

class Page:
    def __init__(self, rng, mm_w: int, body_font: str, size: int, title_font: str):
        self.rng = rng
        self.mm_w = mm_w
        self.pxmm = PW / mm_w
        a4 = mm_w == 210
        self.ml = int(rng.uniform(24, 28) * self.pxmm) if a4 else int(rng.uniform(14, 17) * self.pxmm)
        self.mr = self.ml + int(rng.integers(-6, 7))
        self.top = int(rng.uniform(24, 30) * self.pxmm) if a4 else int(rng.uniform(14, 18) * self.pxmm)
        self.bottom = PH - (int(22 * self.pxmm) if a4 else int(14 * self.pxmm))
        self.body_font = body_font
        self.title_font = title_font
        self.size = size
        self.lh = int(size * rng.uniform(1.55, 1.75))
        self.y = self.top
        self.black = Image.new("L", (PW, PH), 0)
        self.bdraw = ImageDraw.Draw(self.black)
        self.layers: list[tuple[np.ndarray, tuple]] = []   # extra ink layers (mask 0..1, rgb)
        self.lines: list[tuple[str, tuple]] = []           # (text, box) in drawing order
        self.anchors: dict[str, tuple] = {}
        self.seals: list[dict] = []
        self.negatives: list[str] = []
        self.keep_out: list[tuple] = []                    # boxes where hard negatives may not go

    # --- text -----------------------------------------------------------------------------
    def _text(self, x, y, txt, fname, size, draw=None):
        f = font(fname, size)
        (draw or self.bdraw).text((x, y), txt, font=f, fill=255)
        l, t, r, b = f.getbbox(txt)
        box = (x + l, y + t, x + r, y + b)
        self.lines.append((txt, box))
        return box

    def width(self, txt, fname=None, size=None):
        return font(fname or self.body_font, size or self.size).getlength(txt)

    def center(self, txt, fname=None, size=None, red=None, after=1.0):
        fname, size = fname or self.body_font, size or self.size
        w = self.width(txt, fname, size)
        x = (PW - w) / 2
        if red is not None:
            layer = Image.new("L", (PW, PH), 0)
            box = self._text(x, self.y, txt, fname, size, ImageDraw.Draw(layer))
            self.layers.append((np.asarray(layer, np.float32) / 255.0, red))
        else:
            box = self._text(x, self.y, txt, fname, size)
        self.y = box[3] + int(self.lh * after - size * 0.2)
        return box

    def right(self, txt, fname=None, size=None, inset=0, after=1.0):
        fname, size = fname or self.body_font, size or self.size
        w = self.width(txt, fname, size)
        x = PW - self.mr - inset - w
        box = self._text(x, self.y, txt, fname, size)
        self.y += int(self.lh * after)
        return box

    def left(self, txt, x=None, fname=None, size=None, after=1.0):
        fname, size = fname or self.body_font, size or self.size
        box = self._text(self.ml if x is None else x, self.y, txt, fname, size)
        self.y += int(self.lh * after)
        return box

    def para(self, txt, indent=2, hang=0):
        f = font(self.body_font, self.size)
        avail = PW - self.ml - self.mr
        full = "　" * indent + txt
        rows, cur = [], ""
        for ch in full:
            if f.getlength(cur + ch) > avail - (hang * self.size if rows else 0) and cur:
                if ch in "，。；：、）”！？》":
                    cur += ch
                    continue
                carry = ""
                while cur and cur[-1] in "《（“":
                    carry = cur[-1] + carry
                    cur = cur[:-1]
                rows.append(cur)
                cur = carry + ch
            else:
                cur += ch
        if cur:
            rows.append(cur)
        boxes = []
        for i, row in enumerate(rows):
            x = self.ml + (hang * self.size if i else 0)
            boxes.append(self._text(x, self.y, row, self.body_font, self.size))
            self.y += self.lh
        return boxes

    def gap(self, k=1.0):
        self.y += int(self.lh * k)

    # --- pen / red ink ----------------------------------------------------------------------
    def pen_text(self, x, y, txt, color, size, angle=0.0, fname="kai", record=True, stroke=0):
        f = font(fname, size)
        l, t, r, b = f.getbbox(txt)
        pad = size
        im = Image.new("L", (int(r - l + 2 * pad), int(b - t + 2 * pad)), 0)
        ImageDraw.Draw(im).text((pad - l, pad - t), txt, font=f, fill=255, stroke_width=stroke, stroke_fill=255)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=True)
        arr = np.asarray(im, np.float32) / 255.0
        layer = np.zeros((PH, PW), np.float32)
        x0, y0 = int(x - arr.shape[1] / 2), int(y - arr.shape[0] / 2)
        paste_max(layer, arr, x0, y0)
        self.layers.append((layer, color))
        ys, xs = np.nonzero(arr > 0.3)
        box = (x0 + xs.min(), y0 + ys.min(), x0 + xs.max(), y0 + ys.max())
        if record:
            self.lines.append((txt, box))
        return box

    def red_rule(self, y, color, double=True):
        layer = Image.new("L", (PW, PH), 0)
        d = ImageDraw.Draw(layer)
        x0, x1 = self.ml - 10, PW - self.mr + 10
        d.rectangle([x0, y, x1, y + 5], fill=255)
        if double:
            d.rectangle([x0, y + 10, x1, y + 11], fill=255)
        self.layers.append((np.asarray(layer, np.float32) / 255.0, color))

    def round_logo(self, cx, cy, d, style, color):
        layer = Image.new("L", (PW, PH), 0)
        dr = ImageDraw.Draw(layer)
        r = d / 2
        if style == "coin":      # bank-style: solid disc with a square hole and an inner white ring
            dr.ellipse([cx - r, cy - r, cx + r, cy + r], fill=255)
            q = r * 0.36
            dr.rectangle([cx - q, cy - q, cx + q, cy + q], fill=0)
            dr.ellipse([cx - r * 0.8, cy - r * 0.8, cx + r * 0.8, cy + r * 0.8], outline=0, width=max(2, int(r * 0.07)))
        else:                    # firm-style: thick ring with two latin letters
            dr.ellipse([cx - r, cy - r, cx + r, cy + r], outline=255, width=max(3, int(r * 0.16)))
            f = font("sans_bold", int(r * 0.9))
            dr.text((cx, cy), style, font=f, fill=255, anchor="mm")
        self.layers.append((np.asarray(layer, np.float32) / 255.0, color))
        self.keep_out.append((cx - r, cy - r, cx + r, cy + r))

    def rect_stamp(self, cx, cy, rows, color, angle, rng, scale=1.0):
        fsz = [int(s * scale) for s in (62, 30, 30)]
        f0 = font("sans_bold" if rng.random() < 0.5 else "serif_bold", fsz[0])
        widths = [f0.getlength(rows[0])] + [font("sans", fsz[1]).getlength(r) for r in rows[1:]]
        w = int(max(widths) + 60 * scale)
        h = int(fsz[0] * 1.35 + sum(fsz[1] * 1.4 for _ in rows[1:]) + 36 * scale)
        im = Image.new("L", (w + 20, h + 20), 0)
        d = ImageDraw.Draw(im)
        d.rectangle([10, 10, w + 10, h + 10], outline=255, width=max(3, int(6 * scale)))
        d.rectangle([20, 20, w, h], outline=255, width=max(1, int(2 * scale)))
        yy = 10 + 18 * scale
        d.text(((w + 20) / 2, yy), rows[0], font=f0, fill=255, anchor="ma")
        yy += fsz[0] * 1.35
        for r in rows[1:]:
            d.text(((w + 20) / 2, yy), r, font=font("sans", fsz[1]), fill=255, anchor="ma")
            yy += fsz[1] * 1.4
        im = im.rotate(angle, resample=Image.BICUBIC, expand=True)
        arr = ink_texture(np.asarray(im, np.float32) / 255.0, rng, "normal", R=max(w, h) / 2)
        layer = np.zeros((PH, PW), np.float32)
        x0, y0 = int(cx - arr.shape[1] / 2), int(cy - arr.shape[0] / 2)
        paste_max(layer, arr, x0, y0)
        self.layers.append((layer, color))
        for r in rows:
            self.lines.append((r, (x0, y0, x0 + arr.shape[1], y0 + arr.shape[0])))
        self.keep_out.append((x0, y0, x0 + arr.shape[1], y0 + arr.shape[0]))

    def tick(self, x, y, size, color):
        layer = Image.new("L", (PW, PH), 0)
        d = ImageDraw.Draw(layer)
        pts = [(x, y), (x + size * 0.35, y + size * 0.45), (x + size, y - size * 0.55)]
        d.line(pts, fill=255, width=max(3, int(size * 0.09)), joint="curve")
        self.layers.append((np.asarray(layer, np.float32) / 255.0, color))


def paste_max(dst: np.ndarray, src: np.ndarray, x0: int, y0: int) -> None:
    h, w = src.shape[:2]
    H, W = dst.shape[:2]
    xa, ya = max(0, x0), max(0, y0)
    xb, yb = min(W, x0 + w), min(H, y0 + h)
    if xa >= xb or ya >= yb:
        return
    sub = src[ya - y0:yb - y0, xa - x0:xb - x0]
    np.maximum(dst[ya:yb, xa:xb], sub, out=dst[ya:yb, xa:xb])


# ----------------------------------------------------------------------------------------------
# seals
# ----------------------------------------------------------------------------------------------

def star_points(cx, cy, ro, rot=0.0):
    pts = []
    for k in range(10):
        r = ro if k % 2 == 0 else ro * 0.382
        a = math.radians(-90 + rot + k * 36)
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return pts


def ellipse_poly(cx, cy, a, b, ang):
    ca, sa = math.cos(ang), math.sin(ang)
    return [(cx + a * math.cos(t) * ca - b * math.sin(t) * sa, cy + a * math.cos(t) * sa + b * math.sin(t) * ca)
            for t in np.linspace(0, 2 * math.pi, 18, endpoint=False)]


def draw_emblem(d: ImageDraw.ImageDraw, cx, cy, r):
    """A simplified national-emblem-like centre: stars, gate, wheat wreath, gear."""
    # wheat wreath on both sides
    for side in (-1, 1):
        for k in range(10):
            t = k / 9
            ang = math.radians(90 + side * (28 + t * 140))
            gx, gy = cx + 0.9 * r * math.cos(ang), cy + 0.9 * r * math.sin(ang)
            d.polygon(ellipse_poly(gx, gy, 0.13 * r, 0.055 * r, ang + math.pi / 2 + side * 0.5), fill=255)
        d.arc([cx - 0.8 * r, cy - 0.8 * r, cx + 0.8 * r, cy + 0.8 * r],
              start=(90 + side * 25) if side > 0 else 90 - 165, end=(90 + 165) if side > 0 else 90 - 25,
              fill=255, width=max(1, int(0.035 * r)))
    # stars
    d.polygon(star_points(cx - 0.1 * r, cy - 0.5 * r, 0.19 * r), fill=255)
    for k, a in enumerate((-70, -35, 0, 35)):
        aa = math.radians(a)
        d.polygon(star_points(cx - 0.1 * r + 0.34 * r * math.cos(aa), cy - 0.5 * r + 0.34 * r * math.sin(aa),
                              0.07 * r, rot=a + 90), fill=255)
    # gate
    d.polygon([(cx - 0.55 * r, cy + 0.02 * r), (cx + 0.55 * r, cy + 0.02 * r), (cx + 0.4 * r, cy - 0.12 * r),
               (cx - 0.4 * r, cy - 0.12 * r)], fill=255)
    d.rectangle([cx - 0.28 * r, cy - 0.22 * r, cx + 0.28 * r, cy - 0.12 * r], fill=255)
    d.polygon([(cx - 0.36 * r, cy - 0.22 * r), (cx + 0.36 * r, cy - 0.22 * r), (cx + 0.24 * r, cy - 0.3 * r),
               (cx - 0.24 * r, cy - 0.3 * r)], fill=255)
    d.rectangle([cx - 0.48 * r, cy + 0.02 * r, cx + 0.48 * r, cy + 0.3 * r], fill=255)
    for k in range(5):
        x = cx + (k - 2) * 0.17 * r
        d.rectangle([x - 0.035 * r, cy + 0.12 * r, x + 0.035 * r, cy + 0.3 * r], fill=0)
    # gear and ribbon
    gy = cy + 0.62 * r
    for k in range(10):
        a = math.radians(k * 36)
        d.polygon(ellipse_poly(cx + 0.13 * r * math.cos(a), gy + 0.13 * r * math.sin(a), 0.045 * r, 0.03 * r, a),
                  fill=255)
    d.ellipse([cx - 0.12 * r, gy - 0.12 * r, cx + 0.12 * r, gy + 0.12 * r], fill=255)
    d.ellipse([cx - 0.05 * r, gy - 0.05 * r, cx + 0.05 * r, gy + 0.05 * r], fill=0)
    d.line([(cx - 0.55 * r, gy - 0.1 * r), (cx - 0.15 * r, gy + 0.02 * r)], fill=255, width=max(1, int(0.05 * r)))
    d.line([(cx + 0.15 * r, gy + 0.02 * r), (cx + 0.55 * r, gy - 0.1 * r)], fill=255, width=max(1, int(0.05 * r)))


def arc_text(canvas: Image.Image, cx, cy, radius, text, fname, fs, span, wscale, bottom=False, ry=None):
    n = len(text)
    ry = ry or radius
    for i, ch in enumerate(text):
        t = 0.5 if n == 1 else i / (n - 1)
        if bottom:
            a = math.radians(90 + span / 2 - t * span)
        else:
            a = math.radians(-90 - span / 2 + t * span)
        x, y = cx + radius * math.cos(a), cy + ry * math.sin(a)
        f = font(fname, int(fs))
        g = Image.new("L", (int(fs * 1.6), int(fs * 1.6)), 0)
        ImageDraw.Draw(g).text((fs * 0.8, fs * 0.8), ch, font=f, fill=255, anchor="mm")
        g = g.resize((max(1, int(g.width * wscale)), g.height), Image.BICUBIC)
        if ry != radius:   # ellipse: rotate to the local normal of the ellipse
            nx, ny = math.cos(a) / radius, math.sin(a) / ry
            a_n = math.atan2(ny, nx)
        else:
            a_n = a
        rot = -(math.degrees(a_n) + 90) if not bottom else 90 - math.degrees(a_n)
        g = g.rotate(rot, resample=Image.BICUBIC, expand=True)
        arr = np.asarray(g)
        base = np.asarray(canvas)
        out = base.copy()
        x0, y0 = int(round(x - arr.shape[1] / 2)), int(round(y - arr.shape[0] / 2))
        tmp = out.astype(np.float32)
        paste_max(tmp, arr.astype(np.float32), x0, y0)
        canvas.paste(Image.fromarray(tmp.astype(np.uint8)))


def render_seal(spec: dict, rng) -> tuple[np.ndarray, np.ndarray]:
    """Return (ink mask 0..1, geometry mask 0/1) on a local square canvas centred on the seal."""
    R = spec["d"] / 2
    oval = spec.get("oval", False)
    ry = R * 0.68 if oval else R
    pad = 16
    S = int(2 * R + 2 * pad)
    c = S / 2
    im = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(im)
    t = max(3, int(R * spec.get("ring", 0.07)))
    d.ellipse([c - R, c - ry, c + R, c + ry], outline=255, width=t)
    kind = spec["kind"]
    if spec.get("inner_ring"):
        ri = R - t - R * 0.05
        d.ellipse([c - ri, c - ri * ry / R, c + ri, c + ri * ry / R], outline=255, width=max(1, t // 3))
    text = spec["text"]
    n = len(text)
    fname = spec["font"]
    if oval:
        span = min(220, 110 + 9 * n)
        fs = R * 0.22
        arc_text(im, c, c, R - t - fs * 0.62, text, fname, fs, span, 0.8, ry=ry - t - fs * 0.62)
    else:
        span = spec.get("span", min(290, 170 + 9.5 * n))
        fs = R * spec.get("fs", 0.34)
        for _ in range(30):
            rt = R - t - fs * 0.62 - R * 0.03
            step = rt * math.radians(span / max(1, n - 1))
            if fs * spec.get("wscale", 0.85) <= step * 0.98:
                break
            fs *= 0.95
        arc_text(im, c, c, rt, text, fname, fs, span, spec.get("wscale", 0.85))
    centre = spec["centre"]
    if centre == "star":
        d.polygon(star_points(c, c - R * 0.02, R * spec.get("star", 0.27)), fill=255)
    elif centre == "emblem":
        draw_emblem(d, c, c + R * 0.02, R * 0.42)
    if spec.get("label"):
        lf = font(fname, int(R * (0.16 if not oval else 0.17)))
        ly = c + R * (0.48 if not oval else 0.3)
        d.text((c, ly), spec["label"], font=lf, fill=255, anchor="mm")
    if spec.get("middle"):
        mf = font("sans_bold", int(R * 0.12))
        d.text((c, c), spec["middle"], font=mf, fill=255, anchor="mm")
    if spec.get("code"):
        fs2 = R * 0.12
        arc_text(im, c, c, R - t - fs2 * 0.8, spec["code"], "sans", fs2, 70, 0.8, bottom=True)
    ink = np.asarray(im, np.float32) / 255.0
    geo = Image.new("L", (S, S), 0)
    ImageDraw.Draw(geo).ellipse([c - R, c - ry, c + R, c + ry], fill=255)
    geo = np.asarray(geo, np.float32) / 255.0
    rot = spec.get("rot", 0.0)
    if rot:
        M = cv2.getRotationMatrix2D((c, c), rot, 1.0)
        ink = cv2.warpAffine(ink, M, (S, S), flags=cv2.INTER_LINEAR)
        geo = cv2.warpAffine(geo, M, (S, S), flags=cv2.INTER_LINEAR)
    ink = ink_texture(ink, rng, spec["impression"], R)
    return ink, geo


def lowfreq(rng, shape, scale):
    h, w = shape
    sh, sw = max(2, int(h / scale) + 2), max(2, int(w / scale) + 2)
    small = rng.standard_normal((sh, sw)).astype(np.float32)
    big = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    return (big - big.mean()) / (big.std() + 1e-6)


def ink_texture(m: np.ndarray, rng, impression: str, R: float) -> np.ndarray:
    h, w = m.shape
    grain = cv2.GaussianBlur(rng.standard_normal((h, w)).astype(np.float32), (0, 0), 1.1)
    grain /= grain.std() + 1e-6
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    a = rng.uniform(0, 2 * math.pi)
    ramp = ((xx - w / 2) * math.cos(a) + (yy - h / 2) * math.sin(a)) / max(1.0, R) * 0.5 + 0.5
    ramp = np.clip(ramp, 0, 1)
    if impression == "faint":
        m = cv2.GaussianBlur(m, (0, 0), 0.9)
        holes = lowfreq(rng, (h, w), max(8.0, R / 3.5))
        keep = np.clip((holes + rng.uniform(0.7, 1.1)) * 1.4, 0, 1)
        tex = np.clip(0.78 + 0.25 * grain, 0.3, 1)
        press = 0.5 + 0.5 * ramp
        alpha = rng.uniform(0.55, 0.7)
        return np.clip(m * keep * tex * press * alpha, 0, 1)
    if impression == "overinked":
        k = int(rng.integers(2, 5))
        m = cv2.dilate(m, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * k + 1, 2 * k + 1)))
        blot = lowfreq(rng, (h, w), max(6.0, R / 5))
        disc = np.zeros((h, w), np.float32)
        cv2.circle(disc, (w // 2, h // 2), int(R * 0.95), 1.0, -1)
        blot = np.clip((blot - 0.6) * 0.7, 0, 0.55) * disc
        m = np.maximum(m, blot)
        m = cv2.GaussianBlur(m, (0, 0), 1.4)
        tex = np.clip(0.95 + 0.06 * grain, 0.8, 1)
        return np.clip(m * 1.1 * tex * rng.uniform(0.92, 0.98), 0, 1)
    m = cv2.GaussianBlur(m, (0, 0), 0.7)
    tex = np.clip(0.9 + 0.12 * grain, 0.55, 1)
    press = 0.72 + 0.28 * ramp
    return np.clip(m * tex * press * rng.uniform(0.82, 0.93), 0, 1)


INKS = {
    "orange": (228, 82, 42),
    "red": (212, 34, 46),
    "magenta": (198, 32, 102),
    "crimson": (150, 14, 40),
}


def add_seal(page: Page, spec: dict) -> None:
    ink, geo = render_seal(spec, page.rng)
    S = ink.shape[0]
    x0, y0 = int(round(spec["cx"] - S / 2)), int(round(spec["cy"] - S / 2))
    ink_full = np.zeros((PH, PW), np.float32)
    geo_full = np.zeros((PH, PW), np.float32)
    paste_max(ink_full, ink, x0, y0)
    paste_max(geo_full, geo, x0, y0)
    spec = dict(spec, ink_mask=ink_full, geo_mask=geo_full)
    page.seals.append(spec)
    R = spec["d"] / 2
    page.keep_out.append((spec["cx"] - R, spec["cy"] - R, spec["cx"] + R, spec["cy"] + R))


# ----------------------------------------------------------------------------------------------
# documents
# ----------------------------------------------------------------------------------------------

def pick(rng, seq):
    return seq[int(rng.integers(len(seq)))]


def dates(rng, year):
    m = int(rng.integers(3, 11))
    d = int(rng.integers(1, 28))
    return year, m, d


def spaced(txt, n=1):
    return ("　" * n).join(txt)


class Doc:
    """Content chosen once per item; laid out (possibly several times, shrinking) by layout()."""

    def __init__(self, item, rng):
        self.item = item
        self.rng = rng
        self.kind = item["doc"]
        self.year = int(pick(rng, [2023, 2024, 2024]))
        self.court = pick(rng, COURTS) if item.get("court") is None else COURTS[item["court"]]
        self.debtor = person(rng)
        self.gender = pick(rng, ["男", "女"])
        self.cause = pick(rng, CAUSES)
        self.lender = pick(rng, LENDERS)
        self.serial = int(rng.integers(120, 38000))
        self.judge = person(rng)
        self.clerk = person(rng)
        self.phone = landline(rng, self.court[0])
        self.issue = dates(rng, self.year)
        self.firm = pick(rng, LAW_FIRMS)
        self.arb = pick(rng, ARBITRATIONS)
        self.bank = pick(rng, BANKS)

    def case_no(self, typ):
        return f"（{self.year}）{self.court[1]}{typ}{self.serial}号"


def layout(doc: Doc, page: Page) -> dict:
    """Draw the document's text on page; return info: title, text_contains candidates, seal anchors."""
    rng, k = doc.rng, doc.kind
    court, code, stem, upper = doc.court
    it = doc.item
    info = {"contains": []}
    red_lh = it.get("red_letterhead")
    red_col = (218, 28, 32)
    title_size = int(page.size * rng.uniform(1.7, 2.0))
    head_size = int(page.size * rng.uniform(1.25, 1.45))
    y, m, d = doc.issue
    date_cn, date_ar = cn_date(y, m, d), ar_date(y, m, d)

    def letterhead(name):
        box = page.center(name, page.title_font, head_size, red=red_col if red_lh else None, after=1.2)
        if red_lh:
            page.red_rule(int(page.y - page.lh * 0.35), red_col)
            page.gap(0.3)
        return box

    if k in ("summons", "response_notice", "exec_notice", "restrict_order", "exec_ruling", "dishonest_decision"):
        letterhead(court)
        info["contains"].append(court)
        title = {"summons": "传票", "response_notice": "应诉通知书", "exec_notice": "执行通知书",
                 "restrict_order": "限制消费令", "exec_ruling": "执行裁定书",
                 "dishonest_decision": "决定书"}[k]
        page.center(spaced(title, 2 if len(title) == 2 else 1), page.title_font, title_size, after=1.3)
        info["title"] = title
        typ = {"summons": "民初", "response_notice": "民初"}.get(k, "执")
        cno = doc.case_no(typ)
        info["case_no"] = cno
        info["contains"].append(cno[6:])
        if k == "summons":
            page.right("案号：" + cno)
            h = dates(rng, y if m < 10 else y + 1)
            hd = ar_date(h[0], min(12, h[1] + 1), h[2])
            for row in [f"案　　由：{doc.cause}", f"被传唤人：{doc.debtor}",
                        f"住　　址：{address(rng, stem)}", "传唤事由：开庭",
                        f"应到时间：{hd}上午{int(rng.integers(8, 11))}时30分",
                        f"应到处所：本院第{int(rng.integers(2, 24))}法庭"]:
                page.para(row, indent=0, hang=5)
            page.left("注意事项：")
            for row in ["一、被传唤人必须准时到达应到处所。",
                        "二、本传票由被传唤人携带来院报到。",
                        "三、被传唤人收到传票后，应在送达回证上签名或者盖章。",
                        "四、如有正当理由不能按时到庭，请提前与承办人联系。"]:
                page.para(row, indent=2)
            page.left(f"承办人：{doc.judge}　联系电话：{doc.phone}")
        elif k == "response_notice":
            page.right(cno)
            page.left(f"{doc.debtor}：")
            page.para(f"本院受理原告{doc.lender}诉你{doc.cause}一案，现将起诉状副本及证据材料送达给你，"
                      "并将有关事项通知如下：")
            page.para("一、你应在收到起诉状副本之日起十五日内向本院提交答辩状一式两份，并提交身份证明材料。")
            page.para("二、当事人应当对自己提出的主张提供证据，并在本院指定的举证期限内提交。")
            page.para("三、当事人在诉讼中有权申请回避、委托诉讼代理人、进行和解，也可以申请调解。")
            page.para("四、本案拟适用简易程序审理，开庭时间另行通知。")
            page.para(f"联系人：{doc.clerk}　联系电话：{doc.phone}", indent=2)
        elif k == "exec_notice":
            page.right(cno)
            page.left(f"{doc.debtor}：")
            jno = f"（{doc.year - 1}）{code}民初{int(rng.integers(200, 30000))}号"
            amt, fee = money(rng, 8000, 90000), money(rng, 50, 900)
            page.para(f"申请执行人{doc.lender}与你{doc.cause}一案，本院作出的{jno}民事判决书已经发生法律效力。"
                      f"申请执行人于{ar_date(y, max(1, m - 1), d)}向本院申请执行，本院已依法立案。依照《中华人民共和国"
                      "民事诉讼法》的有关规定，责令你履行下列义务：")
            page.para(f"一、向申请执行人支付借款本金人民币{amt}元及判决确定的利息；")
            page.para(f"二、负担案件受理费、执行费共计{fee}元。")
            page.para("请你自收到本通知之日起三日内履行上述义务，并如实向本院申报财产情况。")
            page.para(f"联系人：{doc.clerk}　联系电话：{doc.phone}")
        elif k in ("restrict_order", "dishonest_decision"):
            page.right(cno)
            page.para(f"被执行人：{doc.debtor}，{doc.gender}，{int(rng.integers(1970, 2000))}年{int(rng.integers(1, 13))}月"
                      f"{int(rng.integers(1, 28))}日出生，住{address(rng, stem)}。", indent=0)
            if k == "restrict_order":
                page.para(f"本院于{ar_date(y, max(1, m - 2), d)}立案执行申请执行人{doc.lender}与被执行人{doc.debtor}"
                          f"{doc.cause}一案。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
                          "依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，"
                          "对你采取限制消费措施，限制你不得实施以下高消费及非生活和工作必需的消费行为：")
                items = ["（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；",
                         "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；",
                         "（三）购买不动产或者新建、扩建、高档装修房屋；",
                         "（四）租赁高档写字楼、宾馆、公寓等场所办公；",
                         "（五）购买非经营必需车辆；",
                         "（六）旅游、度假；",
                         "（七）子女就读高收费私立学校；",
                         "（八）支付高额保费购买保险理财产品；",
                         "（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。"]
                for row in items:
                    page.para(row, indent=2)
                page.para("如因私消费以个人财产实施前述规定行为的，可以向本院提出申请，获批准后方可进行。")
            else:
                page.para(f"本院在执行申请执行人{doc.lender}与被执行人{doc.debtor}{doc.cause}一案中，被执行人具有"
                          "有履行能力而拒不履行生效法律文书确定义务的情形。依照《最高人民法院关于公布失信被执行人"
                          "名单信息的若干规定》第一条的规定，决定如下：")
                page.para(f"将{doc.debtor}纳入失信被执行人名单。")
                page.para("如认为本决定有错误的，可以向本院申请纠正。")
        elif k == "exec_ruling":
            page.right(cno)
            page.para(f"申请执行人：{doc.lender}，住所地{pick(rng, COURTS)[2]}{int(rng.integers(1, 300))}号。", indent=0)
            page.para(f"被执行人：{doc.debtor}，{doc.gender}，住{address(rng, stem)}。", indent=0)
            amt = money(rng, 8000, 150000)
            page.para(f"本院在执行申请执行人{doc.lender}与被执行人{doc.debtor}{doc.cause}一案中，因被执行人未履行"
                      "生效法律文书确定的义务，依照《中华人民共和国民事诉讼法》的有关规定，裁定如下：")
            page.para(f"冻结、划拨被执行人{doc.debtor}名下银行存款人民币{amt}元，或者查封、扣押其相应价值的财产。")
            page.para("本裁定立即执行。")
            page.gap(0.6)
            for role, nm in (("审判长", person(rng)), ("审判员", doc.judge), ("审判员", person(rng))):
                page.right(f"{spaced(role)}　{nm}", inset=int(page.size * 1.5))
            page.gap(0.3)
            info["date_box"] = page.right(date_cn, inset=int(page.size * 1.5), after=1.3)
            page.right(f"{spaced('书记员')}　{doc.clerk}", inset=int(page.size * 1.5))
            return info
        page.gap(0.8)
        if rng.random() < 0.5 and k != "summons":
            page.right(court, inset=int(page.size * 0.5))
        info["date_box"] = page.right(date_cn if rng.random() < 0.5 else date_ar, inset=int(page.size * 0.8))
        return info

    if k == "judgment_last":
        cno = doc.case_no("民初")
        info["case_no"] = cno
        info["contains"].append(cno[6:])
        small = int(page.size * 0.8)
        page.right(cno, size=small, after=1.5)
        amt, rate = money(rng, 10000, 80000), pick(rng, ["3.65", "4.35", "7.2", "12"])
        fee = int(rng.integers(200, 1800))
        page.para(f"二、被告{doc.debtor}于本判决生效之日起十日内支付原告{doc.lender}利息（以{amt}元为基数，"
                  f"按年利率{rate}%计算，自{ar_date(y - 1, m, d)}起至实际清偿之日止）；")
        page.para(f"三、驳回原告{doc.lender}的其他诉讼请求。")
        page.para("如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条"
                  "之规定，加倍支付迟延履行期间的债务利息。")
        page.para(f"案件受理费{fee}元，减半收取计{fee // 2}元，由被告{doc.debtor}负担（于本判决生效之日起七日内交纳）。")
        page.para("如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人的人数提出副本，"
                  f"上诉于{upper}。")
        page.gap(1.5)
        page.right(f"{spaced('审判员', 2)}　{doc.judge}", inset=int(page.size))
        page.gap(0.6)
        info["date_box"] = page.right(date_cn, inset=int(page.size), after=1.4)
        page.right(f"{spaced('法官助理')}　{person(rng)}", inset=int(page.size))
        page.right(f"{spaced('书记员', 2)}　{doc.clerk}", inset=int(page.size))
        y_keep = page.y
        page.y = page.bottom - int(page.size * 0.2)
        page.center("第 5 页 共 5 页", size=int(page.size * 0.7))
        page.y = y_keep
        info["title"] = "民事判决书"
        info["contains"].append("驳回原告")
        return info

    if k in ("lawyer_letter",):
        firm, short = doc.firm
        if it.get("logo"):
            lx = PW / 2 - page.width(firm, page.title_font, head_size) / 2 - head_size * 1.1
            page.round_logo(lx, page.y + head_size * 0.6, head_size * 1.3, "".join(pick(rng, ["ZX", "HS", "YX", "HY", "SH"])),
                            red_col)
        letterhead(firm)
        info["contains"].append(firm)
        page.center(spaced("律师函"), page.title_font, title_size, after=1.3)
        info["title"] = "律师函"
        page.right(f"（{doc.year}）{short}函字第{int(rng.integers(20, 600))}号")
        client = doc.lender
        page.left(f"致：{doc.debtor}{'先生' if doc.gender == '男' else '女士'}")
        amt, due = money(rng, 5000, 60000), money(rng, 800, 9000)
        page.para(f"本所接受{client}（以下简称“委托人”）的委托，就您与委托人之间的借款合同履行事宜，致函如下：")
        page.para(f"根据委托人提供的资料，您于{ar_date(y - 1, m, d)}借款人民币{amt}元，约定分期归还。截至"
                  f"{ar_date(y, m, max(1, d - 3))}，逾期本金为{due}元。")
        page.para("请您通过委托人官方App或对公账户办理还款。如对欠款金额有异议，或确有还款困难，欢迎在收到本函后"
                  "与本所联系，协商还款安排。")
        page.para("如协商不成，委托人保留依法通过诉讼途径解决的权利。")
        page.para("特此函告。")
        page.gap(0.5)
        lawyer = person(rng)
        b = page.left("承办律师：", after=0)
        info["sig"] = (b[2] + page.size * 1.2, (b[1] + b[3]) / 2, lawyer)
        page.gap(1.0)
        page.left(f"联系电话：{landline(rng, firm)}")
        page.gap(0.4)
        page.right(firm, inset=int(page.size * 0.5))
        info["date_box"] = page.right(date_ar if rng.random() < 0.6 else date_cn, inset=int(page.size * 1.0))
        info["contains"].append("协商还款")
        return info

    if k in ("settlement", "bank_settlement", "receipt", "transfer_notice", "accel_notice", "repay_agreement"):
        issuer = doc.bank[0] if k == "bank_settlement" else doc.lender
        info["issuer"] = issuer
        if k == "bank_settlement":
            name = doc.bank[1]
            lx = PW / 2 - page.width(issuer, page.title_font, head_size) / 2 - head_size * 1.0
            page.round_logo(lx, page.y + head_size * 0.6, head_size * 1.25, "coin", red_col)
        if k != "transfer_notice":
            letterhead(issuer)
            info["contains"].append(issuer)
        title = {"settlement": "结清证明", "bank_settlement": "贷款结清证明", "receipt": "收款收据",
                 "transfer_notice": "债权转让通知书", "accel_notice": "贷款提前到期通知书",
                 "repay_agreement": "还款计划确认书"}[k]
        page.center(spaced(title, 1 if len(title) < 6 else 0), page.title_font, title_size, after=1.3)
        info["title"] = title
        contract = f"{pick(rng, ['HT', 'JK', 'XD', 'PL'])}{y}{m:02d}{int(rng.integers(10**5, 10**6))}"
        idno = f"{int(rng.integers(110000, 520000))}********{int(rng.integers(1000, 9999))}"
        amt = money(rng, 3000, 80000)
        if k in ("settlement", "bank_settlement"):
            page.right(f"编号：JQ{y}{m:02d}{d:02d}{int(rng.integers(1000, 9999))}")
            page.para(f"兹证明客户{doc.debtor}（身份证号：{idno}）于{ar_date(y - 2, m, d)}在我{'行' if k == 'bank_settlement' else '司'}"
                      f"申请的个人消费贷款（合同编号：{contract}），借款本金人民币{amt}元，已于{ar_date(y, max(1, m - 1), d)}"
                      "全部结清，该笔贷款项下本息及费用均已还清，双方债权债务关系已终止。")
            page.para("我司将按规定向金融信用信息基础数据库报送该笔贷款的结清信息。" if k == "settlement"
                      else "我行已按规定向金融信用信息基础数据库报送该笔贷款的结清信息。")
            page.para("特此证明。")
            info["contains"].append("全部结清")
        elif k == "receipt":
            page.right(f"No. {int(rng.integers(10**6, 10**7))}")
            for row in [f"今收到：{doc.debtor}", "交来：归还借款本金及利息",
                        f"人民币（小写）：￥{amt}元", "收款方式：银行转账",
                        f"合同编号：{contract}", "备注：该笔借款已全部结清。"]:
                page.para(row, indent=0, hang=4)
            info["contains"].append("收款方式")
        elif k == "transfer_notice":
            tr = pick(rng, [l for l in LENDERS if l != doc.lender])
            info["issuer2"] = tr
            page.left(f"{doc.debtor}：")
            page.para(f"根据{doc.lender}（以下简称“转让方”）与{tr}（以下简称“受让方”）于{ar_date(y, max(1, m - 1), d)}签订的"
                      f"《债权转让协议》，转让方已将其对您享有的借款合同（合同编号：{contract}）项下的债权，"
                      f"截至{ar_date(y, max(1, m - 1), d)}本金余额人民币{amt}元，及相关权利依法转让给受让方。")
            page.para("根据《中华人民共和国民法典》第五百四十六条的规定，特此通知。自收到本通知之日起，请您向受让方"
                      "履行还款义务。如对债权金额有异议，可与受让方联系核实。")
            page.para(f"受让方联系电话：{landline(rng, tr)}", indent=2)
            info["contains"] += ["债权转让", doc.lender]
        elif k == "accel_notice":
            page.left(f"{doc.debtor}：")
            rem = money(rng, 3000, 40000)
            page.para(f"您于{ar_date(y - 1, m, d)}与我司签订《个人借款合同》（合同编号：{contract}），借款本金人民币{amt}元。"
                      f"截至{ar_date(y, max(1, m - 1), d)}，您已连续{int(rng.integers(4, 7))}期未按约还款，逾期已超过90日。")
            page.para(f"根据合同第十二条的约定，我司决定宣布上述借款提前到期，请您于{ar_date(y, min(12, m + 1), d)}前归还剩余本金"
                      f"{rem}元及已产生的利息。")
            page.para("如您对欠款金额有异议或确有还款困难，请与我司客服联系，我司将依法依约与您协商处理。")
            page.para(f"客服电话：{landline(rng, doc.lender)}")
            info["contains"].append("提前到期")
        elif k == "repay_agreement":
            page.left(f"甲方：{doc.lender}")
            page.left(f"乙方：{doc.debtor}")
            due, n = money(rng, 2000, 20000), int(rng.integers(3, 13))
            page.para(f"乙方于{ar_date(y - 1, m, d)}向甲方借款人民币{amt}元，截至{ar_date(y, max(1, m - 1), d)}尚欠本金{due}元。"
                      f"经双方协商一致，乙方自{ar_date(y, m, 15)}起分{n}期归还剩余欠款，每期于当月15日前通过甲方官方App还款。")
            page.para("乙方按本确认书履行完毕后，双方就该笔借款不再存在其他争议。")
            page.para("本确认书一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。")
            info["contains"].append("确认书")
        page.gap(1.0)
        if k in ("transfer_notice", "repay_agreement"):
            y0 = page.y
            xl = page.ml
            xr = PW // 2 + int(page.size * 0.5)
            labl = "转让方（盖章）：" if k == "transfer_notice" else "甲方（盖章）："
            labr = "受让方（盖章）：" if k == "transfer_notice" else "乙方（签字）："
            page.left(labl, x=xl, after=0)
            page.left(labr, x=xr, after=1.0)
            if k == "transfer_notice":
                page.left(doc.lender, x=xl, size=int(page.size * 0.85), after=0)
                page.left(info["issuer2"], x=xr, size=int(page.size * 0.85), after=1.0)
            else:
                page.left(doc.lender, x=xl, size=int(page.size * 0.85), after=0)
                info["sig"] = (xr + page.size * 2.5, page.y + page.size * 0.5, doc.debtor)
                page.gap(1.0)
            info["date_box_l"] = page.left(date_ar, x=xl, after=0)
            info["date_box_r"] = page.left(date_ar, x=xr, after=1.0)
            info["date_box"] = info["date_box_l"]
            return info
        if k in ("settlement", "receipt", "bank_settlement"):
            b = page.left("经办人：", x=page.ml + int(page.size * 1.0), after=0)
            info["sig"] = (b[2] + page.size * 1.2, (b[1] + b[3]) / 2, person(rng))
            page.gap(1.2)
        page.right(issuer if k != "receipt" else f"收款单位（盖章）：{issuer}", inset=int(page.size * 0.3),
                   size=page.size if len(issuer) < 18 else int(page.size * 0.85))
        info["date_box"] = page.right(date_ar, inset=int(page.size * 1.0))
        return info

    if k.startswith("arb_"):
        arb, abbr = doc.arb
        if k not in ("arb_award_last", "arb_mediation"):     # last pages carry no letterhead
            letterhead(arb)
            info["contains"].append(arb)
        cno = f"（{doc.year}）{abbr}第{int(rng.integers(100, 9000)):04d}号"
        info["case_no"] = cno
        applicant = doc.lender
        if k == "arb_notice":
            page.center(spaced("仲裁通知书"), page.title_font, title_size, after=1.3)
            info["title"] = "仲裁通知书"
            page.right(cno)
            page.left(f"{doc.debtor}：")
            page.para(f"申请人{applicant}与你因{doc.cause.replace('纠纷', '')}引起的争议，申请人已依据双方合同中的仲裁条款"
                      "向本会申请仲裁，本会已予受理。现将仲裁申请书副本及证据材料、本会仲裁规则和仲裁员名册送达给你。")
            page.para("请你自收到本通知之日起十五日内提交答辩书及有关证据，并在规定期限内选定仲裁员。逾期未选定的，"
                      "由本会主任依照仲裁规则指定。")
            page.para(f"联系人：{doc.clerk}　联系电话：{landline(rng, arb)}")
            info["contains"].append("仲裁规则")
        elif k == "arb_hearing":
            page.center(spaced("开庭通知"), page.title_font, title_size, after=1.3)
            info["title"] = "开庭通知"
            page.right(cno)
            page.left(f"{doc.debtor}：")
            page.para(f"申请人{applicant}与被申请人{doc.debtor}{doc.cause}一案，本会定于{ar_date(y, min(12, m + 1), d)}"
                      f"上午9时30分在本会第{int(rng.integers(1, 12))}仲裁庭开庭审理。")
            page.para("请你携带身份证明及证据原件准时到庭。如需委托代理人，请提交授权委托书。")
            page.para(f"联系人：{doc.clerk}　联系电话：{landline(rng, arb)}")
            info["contains"].append("开庭审理")
        elif k in ("arb_award_last", "arb_mediation"):
            small = int(page.size * 0.8)
            page.right(cno, size=small, after=1.5)
            fee = money(rng, 800, 6000)
            if k == "arb_award_last":
                info["title"] = "裁决书"
                page.para(f"二、被申请人{doc.debtor}向申请人{applicant}支付逾期利息，以未还本金为基数按合同约定计算至实际"
                          "清偿之日止；")
                page.para(f"三、本案仲裁费人民币{fee}元，由被申请人承担。")
                page.para("以上裁决确定的给付义务，被申请人应于本裁决书送达之日起十日内履行完毕。")
                page.para("本裁决为终局裁决，自作出之日起发生法律效力。")
                page.gap(1.0)
                for role, nm in (("首席仲裁员", person(rng)), (spaced("仲裁员"), person(rng)), (spaced("仲裁员"), person(rng))):
                    page.right(f"{role}　{nm}", inset=int(page.size))
                info["contains"].append("终局裁决")
            else:
                info["title"] = "调解书"
                page.para(f"一、被申请人{doc.debtor}分{int(rng.integers(3, 13))}期向申请人{applicant}归还借款本金人民币"
                          f"{money(rng, 3000, 50000)}元，每月15日前支付；")
                page.para(f"二、本案仲裁费人民币{fee}元，由被申请人承担。")
                page.para("本调解书与裁决书具有同等法律效力，自双方当事人签收之日起生效。")
                page.gap(1.0)
                page.right(f"{spaced('仲裁员')}　{person(rng)}", inset=int(page.size))
                info["contains"].append("同等法律效力")
            page.gap(0.4)
            info["date_box"] = page.right(date_cn, inset=int(page.size), after=1.4)
            page.right(f"{spaced('秘书', 2)}　{doc.clerk}", inset=int(page.size))
            return info
        page.gap(0.8)
        page.right(arb, inset=int(page.size * 0.5))
        info["date_box"] = page.right(date_ar, inset=int(page.size * 0.8))
        return info
    raise ValueError(k)


# ----------------------------------------------------------------------------------------------
# seal specs for an item
# ----------------------------------------------------------------------------------------------

SEAL_MM = {"court": (42, 45), "company": (38, 42), "law_firm": (40, 42), "arbitration": (40, 42)}


def company_code(rng):
    return "".join(str(int(rng.integers(0, 10))) for _ in range(13))


def seal_specs(item, doc: Doc, info, page: Page, rng) -> list[dict]:
    mode = item["seal"]
    if mode == "none":
        return []
    court = doc.court[0]
    specs = []

    def base(kind, text, centre, mm, **kw):
        sp = {"kind": kind, "text": text, "centre": centre, "d": mm * page.pxmm, "font": pick(rng, SEAL_FONTS),
              "impression": item.get("impression", "normal"), "ink": item.get("ink", "red"),
              "rot": float(rng.uniform(-14, 14)), "ring": rng.uniform(0.055, 0.08)}
        sp.update(kw)
        return sp

    def on_date(sp, box, dx=0.0):
        R = sp["d"] / 2
        cx = (box[0] + box[2]) / 2 + rng.uniform(-0.12, 0.12) * sp["d"] + dx
        cy = (box[1] + box[3]) / 2 - rng.uniform(0.05, 0.3) * sp["d"]
        cx = min(cx, PW - page.mr * 0.35 - R)
        cx = max(cx, R + 20)
        cy = min(cy, PH - 24 - R)
        sp["cx"], sp["cy"] = cx, cy
        return sp

    k = doc.kind
    box = info["date_box"]
    if mode in ("court", "court+riding"):
        sp = base("court", court, "emblem", rng.uniform(*SEAL_MM["court"]), span=rng.uniform(235, 270))
        specs.append(on_date(sp, box))
    elif mode == "star_court":       # forged: a court name with a star centre
        sp = base("court", court, "star", rng.uniform(40, 42), span=rng.uniform(240, 270))
        specs.append(on_date(sp, box))
    elif mode in ("lawfirm", "lawfirm+riding"):
        sp = base("law_firm", doc.firm[0], "star", rng.uniform(*SEAL_MM["law_firm"]))
        specs.append(on_date(sp, box))
    elif mode == "arbitration":
        sp = base("arbitration", doc.arb[0], "star", rng.uniform(*SEAL_MM["arbitration"]),
                  inner_ring=rng.random() < 0.4)
        specs.append(on_date(sp, box))
    elif mode in ("company", "company+oval"):
        issuer = info.get("issuer", doc.lender)
        label = pick(rng, [None, None, "合同专用章", "业务专用章"]) if k != "bank_settlement" else "个人贷款业务专用章"
        sp = base("company", issuer, "star", rng.uniform(*SEAL_MM["company"]), code=company_code(rng) if rng.random() < 0.5 else None,
                  label=label, wscale=0.78)
        specs.append(on_date(sp, box))
        if mode == "company+oval":
            sp2 = base("company", issuer, "none", rng.uniform(40, 45), oval=True, label="财务专用章",
                       middle=f"91{int(rng.integers(10**14, 10**15))}X"[:18], rot=float(rng.uniform(-8, 8)))
            R = sp2["d"] / 2
            sp2["cx"] = page.ml + R + rng.uniform(0, 60)
            sp2["cy"] = min(box[1] - R * 0.2, PH - 24 - R)
            specs.append(sp2)
    elif mode == "two_company":
        for key, issuer in (("date_box_l", doc.lender), ("date_box_r", info["issuer2"])):
            sp = base("company", issuer, "star", rng.uniform(*SEAL_MM["company"]), wscale=0.78,
                      code=company_code(rng) if rng.random() < 0.5 else None)
            sp = on_date(sp, info[key])
            specs.append(sp)
        specs[1]["impression"] = pick(rng, ["normal", "faint"])
    elif mode == "company_on_court":  # forged: a lending / asset company's seal on a court paper
        issuer = item.get("seal_company") or doc.lender
        sp = base("company", issuer, "star", rng.uniform(40, 42), wscale=0.78, code=company_code(rng))
        specs.append(on_date(sp, box))
    elif mode == "company_on_letter":  # forged: a company seal on a lawyer's letter
        issuer = item.get("seal_company") or doc.lender
        sp = base("company", issuer, "star", rng.uniform(40, 42), wscale=0.78)
        specs.append(on_date(sp, box))
    else:
        raise ValueError(mode)
    if mode.endswith("+riding"):
        main = specs[0]
        sp = base(main["kind"], main["text"], main["centre"], main["d"] / page.pxmm, span=main.get("span"),
                  impression=pick(rng, ["normal", main["impression"]]))
        if sp.get("span") is None:
            sp.pop("span")
        f = rng.uniform(0.38, 0.55)
        sp["cx"] = PW - f * sp["d"] + sp["d"] / 2
        sp["cy"] = PH * rng.uniform(0.3, 0.55)
        sp["riding"] = True
        specs.append(sp)
    return specs


# ----------------------------------------------------------------------------------------------
# hard negatives (red things that are not seals)
# ----------------------------------------------------------------------------------------------

def overlaps(box, others, pad=20):
    x0, y0, x1, y1 = box
    return any(not (x1 + pad < a or a2 + pad < x0 or y1 + pad < b or b2 + pad < y0) for a, b, a2, b2 in others)


def add_negatives(item, doc, info, page: Page, rng):
    negs = item.get("negs", [])
    pen = (196, 26, 44)
    ink = INKS[pick(rng, ["red", "orange", "magenta"])]
    body_lines = [b for t, b in page.lines if len(t) > 8 and b[1] > page.top + 3 * page.lh]
    described = []
    for neg in negs:
        if neg in ("paid_stamp", "rect_received", "rect_verified"):
            if neg == "paid_stamp":
                rows = pick(rng, [["已结清", f"{doc.issue[0]}.{doc.issue[1]:02d}.{doc.issue[2]:02d}"], ["PAID"], ["已结清"]])
            elif neg == "rect_verified":
                rows = ["与原本核对无异"]
            else:
                rows = pick(rng, [["收　件", f"{doc.issue[0]}年{doc.issue[1]}月{doc.issue[2]}日"],
                                  ["立案受理", f"{doc.issue[0]}.{doc.issue[1]:02d}.{doc.issue[2]:02d}"]])
            cands = []
            for _ in range(80):
                cx = rng.uniform(page.ml + 180, PW - page.mr - 180)
                cy = rng.uniform(page.top + 120, page.bottom - 150)
                bx = (cx - 200, cy - 90, cx + 200, cy + 90)
                if overlaps(bx, page.keep_out):
                    continue
                hits = sum(1 for _, b in page.lines if overlaps(bx, [b], 0))
                cands.append((hits, cx, cy))
            cands.sort(key=lambda c: c[0])
            _, cx, cy = cands[0]
            page.rect_stamp(cx, cy, rows, ink, float(rng.uniform(-12, 12)), rng, scale=rng.uniform(0.85, 1.15))
            described.append("a rectangular red '" + rows[0].replace("　", "") + "' stamp")
        elif neg == "red_tick":
            cands = [b for b in body_lines if not overlaps(b, page.keep_out, 10)] or body_lines
            for b in [cands[int(i)] for i in rng.choice(len(cands), size=min(2, len(cands)), replace=False)]:
                x = min(b[2] + 14, PW - page.mr + 30)
                page.tick(x, (b[1] + b[3]) / 2, page.size * 1.1, pen)
            described.append("red ticks")
        elif neg == "red_handwriting":
            txt = pick(rng, ["已阅", "已核对", "已收到", "待还款", "原件已核"]) + f" {doc.issue[1]}.{doc.issue[2] + 2}"
            x = rng.uniform(page.ml + 150, PW - page.mr - 200)
            y = page.top * rng.uniform(0.4, 0.7)
            page.pen_text(x, y, txt, pen, int(page.size * 1.3), angle=float(rng.uniform(-8, 8)))
            described.append("red handwriting")
        elif neg == "red_signature":
            if "sig" in info:
                x, y, nm = info["sig"]
                info["sig_red"] = True
            else:
                nm = doc.debtor
                x, y = page.ml + page.size * 4, page.bottom - page.size
                page.left("签收人：", x=page.ml, after=0)
            page.pen_text(x + page.size, y, nm, pen, int(page.size * 1.7), angle=float(rng.uniform(-10, 6)), stroke=1)
            described.append("a red pen signature")
        elif neg == "red_letterhead":
            described.append("a red letterhead and rule")
        elif neg == "logo":
            described.append("a red round logo")
    return described


# ----------------------------------------------------------------------------------------------
# the items
# ----------------------------------------------------------------------------------------------
# doc, lawful, seal mode, size class, background, conditions, impression, ink, negatives, EXIF orientation
ITEMS = [
    dict(doc="summons", lawful=True, seal="court", size="medium", bg="wood_brown", cond=["tungsten", "vignette"], impression="normal", ink="red", negs=["red_tick"]),
    dict(doc="lawyer_letter", lawful=True, seal="lawfirm", size="small", bg="white", cond=["cool", "glare"], impression="normal", ink="orange", negs=["red_letterhead", "logo"]),
    dict(doc="exec_notice", lawful=True, seal="court", size="large", bg="tablecloth", cond=["tungsten", "shadow_hand"], impression="overinked", ink="crimson", negs=["rect_received"]),
    dict(doc="settlement", lawful=True, seal="company", size="medium", bg="fabric", cond=["lowlight", "vignette", "curved"], impression="faint", ink="magenta", negs=["paid_stamp", "red_signature"]),
    dict(doc="restrict_order", lawful=False, seal="company_on_court", size="medium", bg="wood_red", cond=["tungsten", "curved"], impression="normal", ink="red", negs=[], seal_company="重庆海川小额贷款有限公司"),
    dict(doc="restrict_order", lawful=True, seal="court", size="small", bg="grey", cond=["cool", "perspective", "motion"], impression="normal", ink="orange", negs=["red_letterhead"], orient=6),
    dict(doc="judgment_last", lawful=True, seal="court+riding", size="medium", bg="wood_brown", cond=["glare", "curved"], impression="normal", ink="magenta", negs=["rect_verified"]),
    dict(doc="arb_award_last", lawful=True, seal="arbitration", size="large", bg="white", cond=["tungsten", "defocus"], impression="faint", ink="red", negs=["red_tick", "red_handwriting"]),
    dict(doc="response_notice", lawful=True, seal="court", size="medium", bg="tablecloth", cond=["lowlight", "vignette"], impression="normal", ink="orange", negs=[]),
    dict(doc="summons", lawful=False, seal="company_on_court", size="small", bg="fabric", cond=["cool", "glare"], impression="normal", ink="red", negs=[], seal_company="郑州中原信达资产管理有限公司"),
    dict(doc="exec_ruling", lawful=True, seal="court", size="medium", bg="dark", cond=["shadow_phone", "folded"], impression="overinked", ink="crimson", negs=["red_rule"], orient=8),
    dict(doc="lawyer_letter", lawful=True, seal="lawfirm", size="large", bg="wood_red", cond=["tungsten_pink", "vignette"], impression="normal", ink="red", negs=["red_letterhead", "red_signature"]),
    dict(doc="transfer_notice", lawful=True, seal="two_company", size="medium", bg="grey", cond=["cool", "perspective", "defocus"], impression="normal", ink="magenta", negs=["red_tick"]),
    dict(doc="summons", lawful=True, seal="court", size="small", bg="wood_red", cond=["tungsten", "lowlight"], impression="faint", ink="orange", negs=["rect_received"]),
    dict(doc="restrict_order", lawful=False, seal="none", size="medium", bg="white", cond=["shadow_hand", "vignette"], impression="normal", ink="red", negs=["red_letterhead"]),
    dict(doc="bank_settlement", lawful=True, seal="company", size="medium", bg="fabric", cond=["glare", "motion"], impression="normal", ink="red", negs=["logo", "paid_stamp"], orient=3),
    dict(doc="arb_notice", lawful=True, seal="arbitration", size="small", bg="grey", cond=["cool", "vignette", "folded"], impression="overinked", ink="crimson", negs=["red_handwriting"]),
    dict(doc="exec_notice", lawful=True, seal="court", size="medium", bg="wood_brown", cond=["lowlight", "shadow_hand"], impression="normal", ink="magenta", negs=["red_tick"]),
    dict(doc="judgment_last", lawful=True, seal="court", size="large", bg="grey", cond=["tungsten", "glare"], impression="overinked", ink="crimson", negs=["rect_verified"]),
    dict(doc="lawyer_letter", lawful=False, seal="none", size="small", bg="wood_brown", cond=["cool", "motion"], impression="normal", ink="red", negs=["red_letterhead"]),
    dict(doc="receipt", lawful=True, seal="company+oval", size="medium", bg="tablecloth", cond=["cool", "curved"], impression="normal", ink="orange", negs=["paid_stamp", "red_signature"]),
    dict(doc="response_notice", lawful=True, seal="court", size="large", bg="white", cond=["tungsten", "vignette", "perspective"], impression="faint", ink="red", negs=["red_tick"]),
    dict(doc="lawyer_letter", lawful=True, seal="lawfirm+riding", size="medium", bg="fabric", cond=["lowlight", "defocus"], impression="normal", ink="magenta", negs=["logo"]),
    dict(doc="restrict_order", lawful=True, seal="court", size="medium", bg="wood_red", cond=["glare", "shadow_phone"], impression="normal", ink="orange", negs=["red_rule"]),
    dict(doc="summons", lawful=False, seal="star_court", size="medium", bg="grey", cond=["tungsten", "vignette"], impression="normal", ink="red", negs=[]),
    dict(doc="accel_notice", lawful=True, seal="company", size="small", bg="dark", cond=["cool", "glare", "folded"], impression="faint", ink="magenta", negs=["red_letterhead"]),
    dict(doc="exec_ruling", lawful=True, seal="court", size="large", bg="tablecloth", cond=["tungsten", "motion"], impression="normal", ink="red", negs=["rect_received"], orient=6),
    dict(doc="arb_mediation", lawful=True, seal="arbitration", size="medium", bg="wood_brown", cond=["lowlight", "vignette"], impression="overinked", ink="crimson", negs=["red_handwriting"]),
    dict(doc="summons", lawful=True, seal="court", size="medium", bg="fabric", cond=["cool", "shadow_hand", "curved"], impression="normal", ink="orange", negs=[]),
    dict(doc="lawyer_letter", lawful=False, seal="company_on_letter", size="medium", bg="wood_red", cond=["glare", "defocus"], impression="normal", ink="red", negs=["red_letterhead"], seal_company="杭州星河数字科技有限公司"),
    dict(doc="repay_agreement", lawful=True, seal="company", size="medium", bg="white", cond=["tungsten", "perspective"], impression="normal", ink="magenta", negs=["red_signature", "red_tick"]),
    dict(doc="exec_notice", lawful=True, seal="court", size="small", bg="tablecloth", cond=["vignette", "motion", "lowlight"], impression="overinked", ink="crimson", negs=[]),
    dict(doc="lawyer_letter", lawful=True, seal="lawfirm", size="medium", bg="grey", cond=["tungsten", "shadow_phone", "folded"], impression="faint", ink="orange", negs=["red_letterhead", "red_signature"], orient=8),
    dict(doc="judgment_last", lawful=True, seal="court", size="medium", bg="dark", cond=["cool", "glare", "curved"], impression="normal", ink="red", negs=["rect_verified", "red_tick"]),
    dict(doc="response_notice", lawful=False, seal="none", size="large", bg="fabric", cond=["tungsten", "glare"], impression="normal", ink="red", negs=["red_tick"]),
    dict(doc="arb_hearing", lawful=True, seal="arbitration", size="large", bg="wood_red", cond=["cool", "vignette"], impression="normal", ink="orange", negs=["red_rule"]),
    dict(doc="settlement", lawful=True, seal="company", size="small", bg="wood_brown", cond=["tungsten", "defocus", "perspective"], impression="normal", ink="red", negs=["paid_stamp"]),
    dict(doc="restrict_order", lawful=True, seal="court", size="large", bg="grey", cond=["lowlight", "shadow_hand"], impression="faint", ink="magenta", negs=["red_letterhead"]),
    dict(doc="exec_ruling", lawful=True, seal="court+riding", size="small", bg="fabric", cond=["cool", "glare", "perspective"], impression="normal", ink="orange", negs=["rect_received"]),
    dict(doc="dishonest_decision", lawful=False, seal="company_on_court", size="large", bg="tablecloth", cond=["tungsten", "vignette", "curved"], impression="overinked", ink="crimson", negs=[], seal_company="深圳南粤商业保理有限公司"),
]

DOC_TYPE = {"summons": "court_summons", "response_notice": "court_summons", "exec_notice": "other",
            "restrict_order": "restriction_order", "dishonest_decision": "restriction_order",
            "judgment_last": "other", "exec_ruling": "other", "lawyer_letter": "lawyer_letter",
            "settlement": "other", "bank_settlement": "other", "receipt": "other", "transfer_notice": "other",
            "accel_notice": "cancellation_notice", "repay_agreement": "other", "arb_notice": "other",
            "arb_award_last": "other", "arb_mediation": "other", "arb_hearing": "other"}
DOC_NAME = {"summons": "court summons (传票)", "response_notice": "court response notice (应诉通知书)",
            "exec_notice": "court enforcement notice (执行通知书)", "restrict_order": "consumption-restriction order (限制消费令)",
            "dishonest_decision": "dishonest-debtor decision (失信决定书)", "judgment_last": "civil judgment last page (民事判决书)",
            "exec_ruling": "enforcement ruling (执行裁定书)", "lawyer_letter": "lawyer's letter (律师函)",
            "settlement": "company settlement certificate (结清证明)", "bank_settlement": "bank loan settlement certificate",
            "receipt": "company repayment receipt (收款收据)", "transfer_notice": "debt-transfer notice (债权转让通知书)",
            "accel_notice": "loan acceleration notice (提前到期通知书)", "repay_agreement": "repayment-plan confirmation (还款计划确认书)",
            "arb_notice": "arbitration notice (仲裁通知书)", "arb_award_last": "arbitration award last page (裁决书)",
            "arb_mediation": "arbitration mediation paper (调解书)", "arb_hearing": "arbitration hearing notice (开庭通知)"}
# markers that the content of each paper could plausibly touch (never forbidden on forged items)
MAYBE = {
    "summons": {"lawsuit.threat", "text.spaced", "pressure.deadline"},
    "response_notice": {"lawsuit.threat", "text.spaced", "pressure.deadline", "persona.authority"},
    "restrict_order": {"blacklist.dishonest", "family.children", "lawsuit.threat", "text.spaced", "asset.freeze"},
    "dishonest_decision": {"blacklist.dishonest", "lawsuit.threat", "text.spaced"},
    "lawyer_letter": {"lawsuit.threat", "text.spaced", "persona.authority", "pressure.deadline"},
    "exec_notice": {"asset.freeze", "lawsuit.threat", "pressure.deadline", "text.spaced"},
}
SIZE_TARGET = {"small": (100, 135), "medium": (160, 235), "large": (262, 320)}
BG_NAME = {"wood_brown": "brown wood", "wood_red": "red-brown wood", "tablecloth": "a red tablecloth",
           "fabric": "patterned fabric", "grey": "a grey desk", "white": "a white table", "dark": "a dark desk"}
COND_NAME = {"tungsten": "warm tungsten light", "tungsten_pink": "warm tungsten light turning the paper pinkish",
             "cool": "a cool LED cast", "lowlight": "low light with noise", "vignette": "strong vignetting",
             "shadow_hand": "a hard hand shadow across the seal", "shadow_phone": "a hard phone shadow across the seal",
             "glare": "glare on part of the page", "motion": "slight motion blur", "defocus": "defocus blur",
             "curved": "curved paper", "folded": "folded paper", "perspective": "strong perspective"}


# ----------------------------------------------------------------------------------------------
# photo
# ----------------------------------------------------------------------------------------------

def rot_matrix(ax, ay, az):
    ax, ay, az = map(math.radians, (ax, ay, az))
    Rx = np.array([[1, 0, 0], [0, math.cos(ax), -math.sin(ax)], [0, math.sin(ax), math.cos(ax)]])
    Ry = np.array([[math.cos(ay), 0, math.sin(ay)], [0, 1, 0], [-math.sin(ay), 0, math.cos(ay)]])
    Rz = np.array([[math.cos(az), -math.sin(az), 0], [math.sin(az), math.cos(az), 0], [0, 0, 1]])
    return Rz @ Ry @ Rx


class Camera:
    def __init__(self, R, s, dcam, cu, cv, zfun):
        self.R, self.s, self.dcam, self.cu, self.cv, self.zfun = R, s, dcam, cu, cv, zfun

    def fwd(self, x, y):
        X = x - PW / 2
        Y = y - PH / 2
        Z = self.zfun(x, y)
        R = self.R
        px = R[0, 0] * X + R[0, 1] * Y + R[0, 2] * Z
        py = R[1, 0] * X + R[1, 1] * Y + R[1, 2] * Z
        pz = R[2, 0] * X + R[2, 1] * Y + R[2, 2] * Z
        w = self.dcam / (self.dcam - pz)
        return self.cu + self.s * px * w, self.cv + self.s * py * w

    def inverse(self, W, H):
        src = np.array([[0, 0], [PW, 0], [PW, PH], [0, PH]], np.float32)
        flat = Camera(self.R, self.s, self.dcam, self.cu, self.cv, lambda x, y: 0 * x)
        dst = np.array([flat.fwd(np.float64(a), np.float64(b)) for a, b in src], np.float32)
        Hm = cv2.getPerspectiveTransform(dst, src)
        vv, uu = np.mgrid[0:H, 0:W].astype(np.float64)
        den = Hm[2, 0] * uu + Hm[2, 1] * vv + Hm[2, 2]
        x = (Hm[0, 0] * uu + Hm[0, 1] * vv + Hm[0, 2]) / den
        y = (Hm[1, 0] * uu + Hm[1, 1] * vv + Hm[1, 2]) / den
        h = 0.5
        for _ in range(7):
            u0, v0 = self.fwd(x, y)
            ex, ey = u0 - uu, v0 - vv
            ux, vx = self.fwd(x + h, y)
            uy, vy = self.fwd(x, y + h)
            a, b, c, d = (ux - u0) / h, (uy - u0) / h, (vx - v0) / h, (vy - v0) / h
            det = a * d - b * c
            det = np.where(np.abs(det) < 1e-9, 1e-9, det)
            x = x - (d * ex - b * ey) / det
            y = y - (-c * ex + a * ey) / det
        return x, y


def make_zfun(item, rng):
    cond = item["cond"]
    if "curved" in cond:
        style = pick(rng, ["bulge", "curl_r", "curl_b", "bulge"])
        A = rng.uniform(0.04, 0.07) * PW
        if style == "bulge":
            return (lambda x, y: A * np.sin(np.pi * np.clip(x, 0, PW) / PW)), "curved (bulged)"
        if style == "curl_r":
            x1 = PW * rng.uniform(0.45, 0.6)
            return (lambda x, y: A * 1.6 * (np.clip(x - x1, 0, None) / (PW - x1)) ** 2), "curled at one edge"
        y1 = PH * rng.uniform(0.55, 0.7)
        return (lambda x, y: A * 1.6 * (np.clip(y - y1, 0, None) / (PH - y1)) ** 2), "curled at the bottom"
    if "folded" in cond:
        if rng.random() < 0.5:
            A = rng.uniform(0.025, 0.045) * PH
            return (lambda x, y: A * (1 - np.abs(((np.clip(y, 0, PH) / (PH / 3)) % 2) - 1))), "tri-folded"
        A = rng.uniform(0.03, 0.05) * PW
        sign = pick(rng, [1, -1])
        return (lambda x, y: sign * A * (1 - np.abs(np.clip(x, 0, PW) - PW / 2) / (PW / 2))), "folded in half"
    A = rng.uniform(0.0, 0.012) * PW
    ph = rng.uniform(0, 6.28)
    return (lambda x, y: A * np.sin(np.pi * np.clip(x, 0, PW) / PW + ph * 0) * np.sin(np.pi * np.clip(y, 0, PH) / PH)), None


def shading_map(zfun, rng):
    ys, xs = np.mgrid[0:PH:4, 0:PW:4].astype(np.float64)
    z = zfun(xs, ys)
    gy, gx = np.gradient(z, 4.0)
    L = np.array([rng.uniform(-0.5, 0.5), rng.uniform(-0.6, 0.2), 1.0])
    L /= np.linalg.norm(L)
    n = np.stack([-gx, -gy, np.ones_like(gx)], -1)
    n /= np.linalg.norm(n, axis=-1, keepdims=True)
    f = (n @ L) / L[2]
    sh = 1 + 0.9 * (f - 1)
    # crease lines: where the slope changes abruptly
    lap = np.abs(cv2.Laplacian(z.astype(np.float32), cv2.CV_32F))
    crease = np.clip(lap / 0.3, 0, 1)
    sh = sh - 0.08 * cv2.GaussianBlur(crease.astype(np.float32), (0, 0), 0.8)
    return cv2.resize(sh.astype(np.float32), (PW, PH), interpolation=cv2.INTER_LINEAR)


def background(kind, H, W, rng):
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    fine = cv2.GaussianBlur(rng.standard_normal((H, W)).astype(np.float32), (0, 0), 0.8)
    if kind.startswith("wood"):
        base = np.array(pick(rng, [(118, 48, 36), (128, 58, 40), (104, 40, 34)]) if kind == "wood_red"
                        else pick(rng, [(150, 102, 64), (172, 128, 84), (120, 80, 50)]), np.float32)
        a = rng.uniform(-0.25, 0.25) + (math.pi / 2 if rng.random() < 0.5 else 0)
        n = yy * math.cos(a) - xx * math.sin(a)
        t = xx * math.cos(a) + yy * math.sin(a)
        turb = lowfreq(rng, (H, W), 90) * 14
        grain = np.sin((n + turb) * 2 * math.pi / rng.uniform(7, 16))
        rings = np.sin((n + lowfreq(rng, (H, W), 250) * 40 + 0.02 * t) * 2 * math.pi / rng.uniform(40, 90))
        plank = rng.uniform(260, 420)
        seam = (np.abs(((n % plank) - 2)) < 2.5).astype(np.float32)
        v = 1 + 0.06 * grain + 0.07 * rings + 0.03 * fine - 0.35 * seam + 0.06 * lowfreq(rng, (H, W), 300)
        img = base[None, None, :] * v[..., None]
    elif kind == "tablecloth":
        base = np.array(pick(rng, [(178, 26, 36), (160, 20, 30), (190, 40, 45)]), np.float32)
        p = rng.uniform(2.8, 4.0)
        weave = np.sin(xx * 2 * math.pi / p) * np.sin(yy * 2 * math.pi / p)
        folds = lowfreq(rng, (H, W), rng.uniform(160, 260))
        v = 1 + 0.05 * weave + 0.04 * fine + 0.12 * folds
        img = base[None, None, :] * v[..., None]
        if rng.random() < 0.5:   # a woven border pattern band
            band = ((np.abs((yy + xx * 0.1) % 420 - 30) < 10)).astype(np.float32)
            img = img * (1 - 0.3 * band[..., None]) + np.array([230, 200, 120], np.float32) * 0.3 * band[..., None]
    elif kind == "fabric":
        c1 = np.array(pick(rng, [(235, 230, 220), (240, 236, 226)]), np.float32)
        c2 = np.array(pick(rng, [(40, 60, 120), (60, 110, 70), (180, 40, 50), (200, 120, 40)]), np.float32)
        c3 = np.array(pick(rng, [(210, 80, 90), (90, 140, 190), (230, 190, 60)]), np.float32)
        if rng.random() < 0.5:   # gingham
            P = rng.uniform(30, 60)
            a = ((xx // P) % 2).astype(np.float32)
            b = ((yy // P) % 2).astype(np.float32)
            m = 0.5 * (a + b)
            img = c1 * (1 - m[..., None]) + c2 * m[..., None]
        else:                    # dots / small flowers
            img = np.broadcast_to(c1, (H, W, 3)).copy()
            cvs = np.zeros((H, W, 3), np.float32) + c1
            P = rng.uniform(50, 90)
            for gy in np.arange(0, H + P, P):
                for gx in np.arange(0, W + P, P):
                    off = P / 2 if int(gy / P) % 2 else 0
                    col = c2 if rng.random() < 0.6 else c3
                    r = rng.uniform(0.14, 0.24) * P
                    cv2.circle(cvs, (int(gx + off), int(gy)), int(r), tuple(float(c) for c in col), -1)
                    for kk in range(5):
                        aa = kk * 2 * math.pi / 5
                        cv2.circle(cvs, (int(gx + off + 1.6 * r * math.cos(aa)), int(gy + 1.6 * r * math.sin(aa))),
                                   int(r * 0.55), tuple(float(c) for c in col), -1)
            img = cvs
        img = img * (1 + 0.05 * fine[..., None] + 0.1 * lowfreq(rng, (H, W), 220)[..., None])
    elif kind == "grey":
        img = np.array([122, 122, 118], np.float32)[None, None] * (1 + 0.04 * fine + 0.06 * lowfreq(rng, (H, W), 200))[..., None]
    elif kind == "white":
        img = np.array([214, 211, 204], np.float32)[None, None] * (1 + 0.03 * fine + 0.04 * lowfreq(rng, (H, W), 200))[..., None]
    else:
        img = np.array([46, 41, 38], np.float32)[None, None] * (1 + 0.08 * fine + 0.1 * lowfreq(rng, (H, W), 200))[..., None]
    return np.clip(img, 0, 255).astype(np.float32)


def paper_rgb(page: Page, rng):
    tone = np.array([rng.uniform(240, 250), rng.uniform(238, 247), rng.uniform(228, 240)], np.float32)
    fib = lowfreq(rng, (PH, PW), 40) * 1.5 + cv2.GaussianBlur(rng.standard_normal((PH, PW)).astype(np.float32), (0, 0), 1.0) * 1.2
    img = tone[None, None] + fib[..., None]
    black = np.asarray(page.black, np.float32) / 255.0
    black = cv2.GaussianBlur(black, (0, 0), 0.6)
    col = np.array(pick(rng, [(24, 24, 26), (34, 32, 30), (18, 20, 28)]), np.float32)

    def ink(img, m, c):
        c = np.asarray(c, np.float32) / 255.0
        return img * (1 - m[..., None] * (1 - c[None, None]))

    img = ink(img, np.clip(black * 0.96, 0, 1), col)
    for m, c in page.layers:
        img = ink(img, np.clip(m * 0.93, 0, 1), c)
    for sp in page.seals:
        c = np.array(INKS[sp["ink"]], np.float32)
        if sp["impression"] == "faint":
            c = c * 0.85 + np.array([240, 120, 150], np.float32) * 0.15
        img = ink(img, sp["ink_mask"], c)
    return img


def shadow_mask(kind, H, W, target, rng):
    """A hand or phone silhouette whose edge crosses the target box (x, y, w, h)."""
    m = np.zeros((H, W), np.float32)
    tx, ty = target[0] + target[2] / 2, target[1] + target[3] / 2
    r = max(target[2], target[3]) / 2
    a = rng.uniform(0, 2 * math.pi)          # direction from which the occluder comes
    ux, uy = math.cos(a), math.sin(a)
    depth = rng.uniform(-0.35, 0.25) * r     # how far past the seal centre the edge reaches
    if kind == "phone":
        L = 2000.0
        wd = rng.uniform(380, 520)
        ex, ey = tx + ux * depth, ty + uy * depth    # point on the near edge
        px, py = -uy, ux
        off = rng.uniform(-0.4, 0.4) * wd
        cx0, cy0 = ex + px * off, ey + py * off
        pts = [(cx0 - px * wd / 2, cy0 - py * wd / 2), (cx0 + px * wd / 2, cy0 + py * wd / 2),
               (cx0 + px * wd / 2 + ux * L, cy0 + py * wd / 2 + uy * L),
               (cx0 - px * wd / 2 + ux * L, cy0 - py * wd / 2 + uy * L)]
        cv2.fillPoly(m, [np.array(pts, np.int32)], 1.0)
    else:
        # palm beyond the seal along (ux, uy); four fingers reaching over the seal, a thumb to one side
        dpalm = r + 330
        palm_c = (tx + ux * dpalm, ty + uy * dpalm)
        cv2.ellipse(m, (int(palm_c[0]), int(palm_c[1])), (230, 190), math.degrees(a), 0, 360, 1.0, -1)
        px, py = -uy, ux
        fw = rng.uniform(44, 56)
        for off, ln in ((-1.5, 0.8), (-0.5, 1.0), (0.5, 0.95), (1.5, 0.72)):
            sx, sy = palm_c[0] + px * off * fw * 1.1, palm_c[1] + py * off * fw * 1.1
            reach = (dpalm - depth) * ln
            fan = math.radians(off * 6)
            fx = ux * math.cos(fan) - uy * math.sin(fan)
            fy = ux * math.sin(fan) + uy * math.cos(fan)
            exx, eyy = sx - fx * reach, sy - fy * reach
            cv2.line(m, (int(sx), int(sy)), (int(exx), int(eyy)), 1.0, int(fw))
            cv2.circle(m, (int(exx), int(eyy)), int(fw / 2), 1.0, -1)
        side = pick(rng, [1, -1])
        thumb_a = a + side * 0.9
        bx, by = palm_c[0] + px * side * 150, palm_c[1] + py * side * 150
        cv2.line(m, (int(bx), int(by)), (int(bx - math.cos(thumb_a) * 260), int(by - math.sin(thumb_a) * 260)), 1.0,
                 int(fw * 1.2))
        cv2.line(m, (int(palm_c[0]), int(palm_c[1])), (int(palm_c[0] + ux * 900), int(palm_c[1] + uy * 900)), 1.0, 300)
    return cv2.GaussianBlur(m, (0, 0), rng.uniform(5, 12))


def glare_mask(H, W, target, rng, on_seal):
    if on_seal and target is not None:
        # centred off the seal, so that the glare washes out part of it, not all of it
        r = max(target[2], target[3]) / 2
        a0 = rng.uniform(0, 2 * math.pi)
        dist = r * rng.uniform(0.9, 1.4) + 40
        gx = target[0] + target[2] / 2 + dist * math.cos(a0)
        gy = target[1] + target[3] / 2 + dist * math.sin(a0)
    else:
        gx, gy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.15, 0.7) * H
    sx, sy = rng.uniform(60, 150), rng.uniform(45, 110)
    a = rng.uniform(0, math.pi)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    dx, dy = xx - gx, yy - gy
    u = (dx * math.cos(a) + dy * math.sin(a)) / sx
    v = (-dx * math.sin(a) + dy * math.cos(a)) / sy
    g = np.exp(-(u * u + v * v) / 2)
    core = np.clip((g - 0.55) * 3, 0, 1)
    return np.clip(0.75 * g + 0.5 * core, 0, 1) * rng.uniform(0.7, 0.92), (gx, gy)


def box_of(mask):
    ys, xs = np.nonzero(mask > 0.5)
    if len(xs) == 0:
        return None
    return [int(xs.min()), int(ys.min()), int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1)]


def photograph(item, page: Page, info, rng):
    land = False
    W, H = (1600, 1200) if land else (1200, 1600)
    cond = item["cond"]
    zfun, zdesc = make_zfun(item, rng)
    strong = "perspective" in cond
    tilt = rng.uniform(15, 25) if strong else rng.uniform(2, 10)
    ta = rng.uniform(0, 2 * math.pi)
    ax, ay = tilt * math.cos(ta), tilt * math.sin(ta)
    az = rng.uniform(-7, 7)
    R = rot_matrix(ax, ay, az)
    dcam = PH * rng.uniform(1.25, 1.8)
    # target seal diameter in the output (px); for items without seals use the "would-be" seal size
    lo, hi = SIZE_TARGET[item["size"]]
    target_d = rng.uniform(lo, hi)
    ref_d = page.seals[0]["d"] if page.seals else 42 * page.pxmm
    s = target_d / ref_d
    # content box on the paper (text + seals + red items) must stay inside the frame
    xs, ys = [], []
    for _, b in page.lines:
        xs += [b[0], b[2]]
        ys += [b[1], b[3]]
    for sp in page.seals:
        Rr = sp["d"] / 2
        xs += [max(0, sp["cx"] - Rr), min(PW, sp["cx"] + Rr)]
        ys += [max(0, sp["cy"] - Rr), min(PH, sp["cy"] + Rr)]
    cx0, cx1, cy0, cy1 = min(xs) - 15, max(xs) + 15, min(ys) - 15, max(ys) + 15
    full = item["size"] != "large"
    gx = np.linspace(0 if full else cx0, PW if full else cx1, 24)
    gy = np.linspace(0 if full else cy0, PH if full else cy1, 24)
    border_x = np.concatenate([gx, gx, np.full(24, gx[0]), np.full(24, gx[-1])])
    border_y = np.concatenate([np.full(24, gy[0]), np.full(24, gy[-1]), gy, gy])
    margin = 14 if full else 6
    for _ in range(60):
        cam = Camera(R, s, dcam, 0.0, 0.0, zfun)
        u, v = cam.fwd(border_x, border_y)
        if u.max() - u.min() <= W - 2 * margin and v.max() - v.min() <= H - 2 * margin:
            break
        s *= 0.97
    # place: random offset within the slack
    slack_u = W - 2 * margin - (u.max() - u.min())
    slack_v = H - 2 * margin - (v.max() - v.min())
    cu = margin - u.min() + rng.uniform(0.15, 0.85) * slack_u
    cv = margin - v.min() + rng.uniform(0.15, 0.85) * slack_v
    cam = Camera(R, s, dcam, cu, cv, zfun)

    # render
    sh = shading_map(zfun, rng)
    img_p = paper_rgb(page, rng) * sh[..., None]
    k = min(1.0, s * 1.3)
    small = (int(PW * k), int(PH * k))
    img_k = cv2.resize(img_p, small, interpolation=cv2.INTER_AREA)
    xm, ym = cam.inverse(W, H)
    mx, my = (xm * k).astype(np.float32), (ym * k).astype(np.float32)
    paper = cv2.remap(img_k, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    ones = np.ones((small[1], small[0]), np.float32)
    alpha = cv2.remap(ones, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    boxes = []
    for sp in page.seals:
        g = cv2.resize(sp["geo_mask"], small, interpolation=cv2.INTER_AREA)
        gw = cv2.remap(g, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0) * alpha
        boxes.append(box_of(gw))
    # line visibility (all four corners of the line's box inside the frame)
    vis = []
    for t, b in page.lines:
        uu, vv = cam.fwd(np.array([b[0], b[2], b[0], b[2]], float), np.array([b[1], b[1], b[3], b[3]], float))
        vis.append(bool((uu.min() >= 0) and (vv.min() >= 0) and (uu.max() < W) and (vv.max() < H)))

    bg = background(item["bg"], H, W, rng)
    dsh = cv2.GaussianBlur(alpha, (0, 0), 14)
    M = np.float32([[1, 0, rng.uniform(-14, 14)], [0, 1, rng.uniform(4, 18)]])
    dsh = cv2.warpAffine(dsh, M, (W, H))
    bg = bg * (1 - 0.4 * dsh[..., None])
    out = bg * (1 - alpha[..., None]) + paper * alpha[..., None]

    notes = []
    target = boxes[0] if boxes and boxes[0] else None
    if target is None:   # forged items without seal: aim the effects at the date / issuer block
        b = info["date_box"]
        uu, vv = cam.fwd(np.array([b[0], b[2]], float), np.array([b[1], b[3]], float))
        target = [float(uu.min()), float(vv.min() - 60), float(uu.max() - uu.min()), 160.0]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    # directional light gradient (always a little)
    ga = rng.uniform(0, 2 * math.pi)
    grad = ((xx - W / 2) * math.cos(ga) + (yy - H / 2) * math.sin(ga)) / (0.5 * math.hypot(W, H))
    out = out * (1 + rng.uniform(0.04, 0.14) * grad)[..., None]
    if "shadow_hand" in cond or "shadow_phone" in cond:
        m = shadow_mask("phone" if "shadow_phone" in cond else "hand", H, W, target, rng)
        dark = rng.uniform(0.42, 0.6)
        tint = np.array([0.93, 0.97, 1.06], np.float32)
        out = out * (1 - m[..., None] * (1 - dark * tint[None, None]))
    light = np.array([1, 1, 1], np.float32)
    if "tungsten" in cond:
        light = np.array([1.0, rng.uniform(0.78, 0.86), rng.uniform(0.52, 0.64)], np.float32)
    elif "tungsten_pink" in cond:
        light = np.array([1.0, rng.uniform(0.84, 0.88), rng.uniform(0.76, 0.82)], np.float32)
    elif "cool" in cond:
        light = np.array([rng.uniform(0.82, 0.88), rng.uniform(0.94, 0.98), 1.06], np.float32)
    out = out * light[None, None]
    if "vignette" in cond:
        r2 = ((xx - W / 2) / (W / 2)) ** 2 + ((yy - H / 2) / (H / 2)) ** 2
        kv = rng.uniform(0.38, 0.55)
        out = out * (1 - kv * np.clip(r2 / 2, 0, 1) ** 1.1)[..., None]
    else:
        r2 = ((xx - W / 2) / (W / 2)) ** 2 + ((yy - H / 2) / (H / 2)) ** 2
        out = out * (1 - 0.1 * np.clip(r2 / 2, 0, 1))[..., None]
    if "glare" in cond:
        g, _ = glare_mask(H, W, target, rng, on_seal=rng.random() < 0.6)
        g = g * alpha
        gl = np.clip(light / light.max(), 0, 1) * 255
        out = out + (gl[None, None] - out) * g[..., None]
    # blur
    if "motion" in cond:
        L = int(rng.integers(5, 12))
        kern = np.zeros((L, L), np.float32)
        kern[L // 2, :] = 1
        Mr = cv2.getRotationMatrix2D((L / 2 - 0.5, L / 2 - 0.5), rng.uniform(0, 180), 1)
        kern = cv2.warpAffine(kern, Mr, (L, L))
        kern /= kern.sum()
        out = cv2.filter2D(out, -1, kern)
        notes.append(f"motion blur of {L} px")
    if "defocus" in cond:
        rr = rng.uniform(2.0, 3.6)
        n = int(math.ceil(rr)) * 2 + 1
        kern = np.zeros((n, n), np.float32)
        cv2.circle(kern, (n // 2, n // 2), int(round(rr)), 1.0, -1)
        kern = cv2.GaussianBlur(kern, (0, 0), 0.6)
        kern /= kern.sum()
        out = cv2.filter2D(out, -1, kern)
    out = cv2.GaussianBlur(out, (0, 0), 0.55)
    if "lowlight" in cond:
        g = rng.uniform(0.32, 0.45)
        out = out * g
        out = out + rng.standard_normal(out.shape[:2]).astype(np.float32)[..., None] * rng.uniform(2.5, 4.0)
        out = out + cv2.GaussianBlur(rng.standard_normal(out.shape).astype(np.float32), (0, 0), 1.2) * 3.0
        out = out * (rng.uniform(0.45, 0.6) / g)
    out = out + rng.standard_normal(out.shape).astype(np.float32) * rng.uniform(1.2, 2.4)
    out = np.clip(out, 0, 255).astype(np.uint8)
    # phone processing: chroma smoothing, sharpening
    ycc = cv2.cvtColor(out, cv2.COLOR_RGB2YCrCb)
    ycc[..., 1] = cv2.GaussianBlur(ycc[..., 1], (0, 0), 1.0)
    ycc[..., 2] = cv2.GaussianBlur(ycc[..., 2], (0, 0), 1.0)
    out = cv2.cvtColor(ycc, cv2.COLOR_YCrCb2RGB).astype(np.float32)
    blur = cv2.GaussianBlur(out, (0, 0), 1.4)
    out = np.clip(out + rng.uniform(0.3, 0.7) * (out - blur), 0, 255).astype(np.uint8)
    meta = {"tilt": round(tilt, 1), "zdesc": zdesc, "scale": s}
    return out, boxes, vis, meta


# ----------------------------------------------------------------------------------------------
# one item
# ----------------------------------------------------------------------------------------------

PHONES = [("Xiaomi", "Redmi Note 12"), ("HUAWEI", "ELS-AN00"), ("OPPO", "PGT-AL10"), ("vivo", "V2254A"),
          ("Apple", "iPhone 13"), ("HONOR", "ANY-AN00")]
ALL_MARKERS = ["seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid", "image.edited", "penalty.inflated",
               "contract.termination", "blacklist.dishonest", "family.children", "lawsuit.threat", "visit.home",
               "persona.authority", "promise.fee_waiver", "contact.third_party", "contact.virtual_number",
               "blacklist.online_loan", "borrow.new_loan", "asset.freeze", "pressure.deadline", "sms.impersonation",
               "text.spaced"]


def build(idx: int, item: dict, preview_dir: Path | None):
    rng = np.random.default_rng([SEED, idx])
    doc = Doc(item, rng)
    big_a5 = item["size"] == "large" and item["doc"] in ("exec_notice", "summons", "response_notice", "arb_hearing",
                                                         "lawyer_letter", "settlement")
    mm_w = 148 if big_a5 else 210
    body_font = BODY_FONTS[(idx * 5 + int(rng.integers(0, 3))) % len(BODY_FONTS)]
    title_font = pick(rng, TITLE_FONTS)
    size = int(rng.integers(34, 41)) if mm_w == 210 else int(rng.integers(44, 50))
    state = rng.bit_generator.state
    for attempt in range(14):
        rng.bit_generator.state = state
        page = Page(rng, mm_w, body_font, size, title_font)
        item["red_letterhead"] = "red_letterhead" in item["negs"]
        item["logo"] = "logo" in item["negs"]
        info = layout(doc, page)
        specs = seal_specs(item, doc, info, page, rng)
        low = max([sp["cy"] + sp["d"] / 2 for sp in specs if not sp.get("riding")] + [0])
        if page.y <= page.bottom and info["date_box"][3] < page.bottom and low <= PH - 24:
            break
        size -= 2
    else:
        raise RuntimeError(f"item {idx} does not fit")
    for sp in specs:
        add_seal(page, sp)
    neg_desc = add_negatives(item, doc, info, page, rng)
    if item["red_letterhead"] and "red_letterhead" in item["negs"] and False:
        pass
    if "red_rule" in item["negs"]:
        page.red_rule(int(page.bottom + page.lh * 0.3), (214, 30, 36), double=False)
        neg_desc.append("a red rule")
    sig = info.get("sig")
    if sig and not info.get("sig_red"):
        x, y, nm = sig
        page.pen_text(x + page.size, y, nm, (28, 32, 72), int(page.size * 1.6), angle=float(rng.uniform(-10, 6)), stroke=1)
    img, boxes, vis, meta = photograph(item, page, info, rng)
    H, W = img.shape[:2]

    tag = ("l" if item["lawful"] else "f") + f"{item['_n']:02d}"
    stem = f"dsp_{idx:02d}_{tag}"
    q = int(rng.integers(60, 86))
    orient = item.get("orient")
    pil = Image.fromarray(img)
    stored = pil
    if orient == 6:
        stored = pil.transpose(Image.Transpose.ROTATE_90)
    elif orient == 8:
        stored = pil.transpose(Image.Transpose.ROTATE_270)
    elif orient == 3:
        stored = pil.transpose(Image.Transpose.ROTATE_180)
    exif = Image.Exif()
    make, model = pick(rng, PHONES)
    exif[0x010F] = make
    exif[0x0110] = model
    exif[0x0132] = f"{doc.issue[0]}:{min(12, doc.issue[1] + 1):02d}:{min(28, doc.issue[2] + 2):02d} {int(rng.integers(8, 23)):02d}:{int(rng.integers(0, 60)):02d}:{int(rng.integers(0, 60)):02d}"
    if orient:
        exif[0x0112] = orient
    stored.save(OUT / f"{stem}.jpg", "JPEG", quality=q, exif=exif.tobytes())

    # labels
    seals = [b for b in boxes]
    texts = [sp["text"] for sp in page.seals]
    centres = [sp["centre"] for sp in page.seals]
    kinds = [sp["kind"] for sp in page.seals]
    source_text = [t for t, _ in page.lines]
    visible = [t for (t, _), v in zip(page.lines, vis) if v]
    contains = []
    for c in info["contains"]:
        if any(c in t for t in visible) and c not in contains:
            contains.append(c)
    dt = DOC_TYPE[item["doc"]]
    if item["lawful"]:
        expect, forbid = [], ["all"]
    else:
        expect = ["seal.missing"] if item["seal"] == "none" else ["seal.issuer_mismatch"]
        maybe = set(MAYBE.get(item["doc"], set())) | set(expect)
        forbid = [m for m in ALL_MARKERS if m not in maybe]
    # notes
    dia = [max(b[2], b[3]) for b, sp in zip(boxes, page.seals) if b and not sp.get("riding")]
    parts = []
    lawful_word = "Lawful" if item["lawful"] else "Forged"
    what = DOC_NAME[item["doc"]]
    sealdesc = {"court": "court emblem seal", "court+riding": "court emblem seal plus a half riding seal at the edge",
                "lawfirm": "law-firm star seal", "lawfirm+riding": "law-firm star seal plus a half riding seal at the edge",
                "arbitration": "arbitration-commission star seal", "company": "company star seal",
                "company+oval": "company star seal plus an oval finance seal", "two_company": "two company star seals",
                "company_on_court": f"a company star seal ({item.get('seal_company')}) instead of the court's",
                "company_on_letter": f"a company star seal ({item.get('seal_company')}) instead of the firm's",
                "star_court": "a star-centred seal naming the court (court seals carry the emblem)",
                "none": "no seal at all"}[item["seal"]]
    parts.append(f"{lawful_word} {what} with {sealdesc}")
    if dia:
        imp = {"normal": "", "faint": "faint half-dry ", "overinked": "over-inked blotchy "}[item["impression"]]
        parts.append(f"{imp}{item['ink'].replace('crimson', 'dark crimson')} ink, seal about {int(np.mean(dia))} px")
    conds = [COND_NAME[c] for c in item["cond"] if c not in ("curved", "folded", "perspective")]
    if meta["zdesc"]:
        conds.append(f"paper {meta['zdesc']}")
    conds.append(f"{'strong ' if 'perspective' in item['cond'] else ''}tilt {meta['tilt']:.0f} degrees")
    parts.append("photographed on " + BG_NAME[item["bg"]] + " under " + ", ".join(conds))
    if neg_desc:
        parts.append("hard negatives: " + ", ".join(neg_desc))
    if orient:
        parts.append(f"stored rotated with EXIF Orientation {orient}")
    parts.append(f"JPEG q{q}")
    notes = "; ".join(parts) + "."
    label = {
        "doc_type": dt, "kind": "photo", "expect": expect, "forbid": forbid,
        "seals": seals, "seal_texts": texts, "seal_centers": centres, "seal_kinds": kinds,
        "sender": None, "text_contains": contains, "lawful": item["lawful"], "notes": notes,
        "image": f"{stem}.jpg", "size": [W, H], "source_text": source_text,
    }
    (OUT / f"{stem}.json").write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if preview_dir is not None:
        pv = img.copy()
        for b in boxes:
            if b:
                cv2.rectangle(pv, (b[0], b[1]), (b[0] + b[2], b[1] + b[3]), (0, 255, 0), 2)
        Image.fromarray(pv).save(preview_dir / f"{stem}.jpg", quality=80)
    return stem, dia, boxes


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--preview", action="store_true")
    ap.add_argument("--only", type=int, nargs="*")
    args = ap.parse_args()
    pv = None
    if args.preview:
        pv = Path("/tmp/dsp_preview")
        pv.mkdir(exist_ok=True)
    nl = nf = 0
    for i, item in enumerate(ITEMS, 1):
        item = dict(item)
        if item["lawful"]:
            nl += 1
            item["_n"] = nl
        else:
            nf += 1
            item["_n"] = nf
        if args.only and i not in args.only:
            continue
        stem, dia, boxes = build(i, item, pv)
        print(stem, "seal px:", dia, boxes)


if __name__ == "__main__":
    main()
