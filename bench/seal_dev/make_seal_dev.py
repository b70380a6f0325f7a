#!/usr/bin/env python3
"""A development set for reading seals: seal crops drawn here, with their ring text and issuer kind.

    python bench/seal_dev/make_seal_dev.py [--n 300] [--seed 7] [--out DIR]

Nothing is stored in the repository: :func:`generate` draws the same set
from the same seed every time (``score.py`` calls it directly). ``--out``
writes the crops as JPEG with a JSON sidecar each, for looking at them.

What varies, seal by seal: every Simplified-Chinese face ``fc-list :lang=zh``
offers (AR PL UKai/UMing, Noto Sans/Serif CJK SC regular and bold,
WenQuanYi Zen Hei/Micro Hei); issuer names of 6-20 characters (courts, law
firms, companies, lenders, banks); the arc the text spans (200-300 degrees on
round seals, 150-220 on ovals), its glyph size, spacing and horizontal
condensing; the rim's thickness and an optional inner ring; round or oval
(an oval finance seal has a straight centre line and no symbol); a star,
an emblem or nothing in the middle; the whole seal turned anywhere in 0-360
degrees; a thin second line inside the rim, a serial number along the
bottom; uneven ink, a light or one-sided (partial) impression, the pad's
colour (crimson to vermilion), black body text and a signature under the
seal, perspective, blur, JPEG, and the seal's size in pixels (85-380). This is development material: the held-out sets
in bench/ are for measuring, never for looking at.
"""
from __future__ import annotations

import argparse
import functools
import json
import math
import subprocess
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

# -- names --------------------------------------------------------------------

PLACES = ["北京市", "上海市", "天津市", "重庆市", "广州市", "深圳市", "杭州市", "南京市", "成都市", "武汉市",
          "西安市", "长沙市", "郑州市", "济南市", "合肥市", "福州市", "昆明市", "南宁市", "沈阳市", "苏州市",
          "无锡市", "宁波市", "厦门市", "青岛市", "大连市", "东莞市", "佛山市", "温州市", "贵阳市", "兰州市"]
PROVINCES = ["江苏省", "浙江省", "广东省", "山东省", "河南省", "湖北省", "湖南省", "四川省", "福建省", "安徽省",
             "河北省", "江西省", "云南省", "陕西省", "辽宁省", "吉林省"]
DISTRICTS = ["朝阳区", "海淀区", "浦东新区", "黄浦区", "天河区", "南山区", "福田区", "西湖区", "鼓楼区", "江北区",
             "武侯区", "雁塔区", "岳麓区", "金水区", "历下区", "蜀山区", "思明区", "市南区", "高新区", "龙岗区",
             "滨江区", "江宁区", "锦江区", "洪山区", "开福区", "新城区", "城关区", "宝安区", "余杭区", "番禺区"]
COUNTIES = ["长丰县", "肥西县", "宁乡县", "仙游县", "平阳县", "桐庐县", "嘉善县", "蓝田县", "新津县", "宾阳县"]
WORDS = ["盛世", "正义", "华信", "恒通", "君合", "金诚", "天元", "德恒", "中伦", "明达", "远航", "瑞丰", "鑫源",
         "汇丰", "安信", "泰和", "宏图", "博远", "众信", "嘉禾", "永安", "诚信", "合力", "启明", "海纳", "融通",
         "银河", "星辰", "锦程", "利民", "东方", "中汇", "信达", "凯旋", "卓越", "聚财", "快易", "有钱", "乐享"]
BANKS = ["中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "招商银行", "交通银行", "兴业银行", "中信银行",
         "平安银行", "浦发银行", "民生银行", "光大银行"]
COMPANY_TAILS = ["科技有限公司", "小额贷款有限公司", "资产管理有限公司", "网络科技有限公司", "网络小额贷款有限公司",
                 "信息咨询有限公司", "商务咨询有限公司", "金融服务有限公司", "融资担保有限公司", "投资管理有限公司",
                 "贸易有限公司", "集团有限公司", "信息技术有限公司", "数据服务有限公司"]
CENTRE_LINES = ["合同专用章", "财务专用章", "业务专用章", "公章"]


def issuer_name(rng: np.random.Generator, kind: str) -> str:
    """A made-up but realistic issuer name of ``kind`` (court, law_firm, company), 6-20 characters."""
    pick = lambda xs: xs[int(rng.integers(len(xs)))]  # noqa: E731
    word = pick(WORDS) + (pick(WORDS) if rng.random() < 0.2 else "")
    if kind == "court":
        form = rng.random()
        if form < 0.45:
            name = pick(PLACES) + pick(DISTRICTS) + "人民法院"
        elif form < 0.65:
            name = pick(PROVINCES) + pick(PLACES) + "中级人民法院"
        elif form < 0.8:
            name = pick(PLACES) + "中级人民法院"
        elif form < 0.9:
            name = pick(PROVINCES) + pick(COUNTIES) + "人民法院"
        else:
            name = pick(PROVINCES) + "高级人民法院"
    elif kind == "law_firm":
        form = rng.random()
        if form < 0.4:
            name = pick(PLACES).rstrip("市") + word + "律师事务所"
        elif form < 0.7:
            name = pick(PROVINCES) + word + "律师事务所"
        elif form < 0.85:
            name = pick(PLACES) + word + "律师事务所"
        else:
            name = pick(PLACES).rstrip("市") + word + "律师事务所" + pick(DISTRICTS).rstrip("区") + "分所"
    else:
        form = rng.random()
        if form < 0.7:
            name = (pick(PLACES) if rng.random() < 0.7 else "") + word + pick(COMPANY_TAILS)
        elif form < 0.85:
            name = pick(BANKS) + "股份有限公司" + pick(PLACES).rstrip("市") + "分行"
            if len(name) > 20:
                name = pick(BANKS) + pick(PLACES).rstrip("市") + "分行"
        else:
            name = pick(BANKS) + pick(PLACES).rstrip("市") + pick(DISTRICTS).rstrip("区") + "支行"
    if len(name) > 20:
        name = word + pick(COMPANY_TAILS) if kind == "company" else name[-20:]
    if len(name) < 6:
        name = pick(PLACES) + name
    return name


# -- fonts --------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def cjk_faces() -> tuple[tuple[str, int, str], ...]:
    """(file, face index, family) of every Simplified-Chinese face fontconfig knows."""
    try:
        out = subprocess.run(["fc-list", ":lang=zh", "file", "index", "family"], capture_output=True,
                             text=True, timeout=30).stdout
    except (OSError, subprocess.TimeoutExpired):
        out = ""
    faces = set()
    for line in out.splitlines():
        # "path: family,alias,...:index=N"
        parts = line.split(":")
        if len(parts) < 3:
            continue
        path, family = parts[0].strip(), parts[1].split(",")[0].strip()
        index = int(parts[-1].split("=")[-1]) if "index=" in parts[-1] else 0
        if "Mono" in family or "Sharp" in family:
            continue
        if family.startswith("Noto") and not family.endswith(" SC"):
            continue
        if family.startswith("AR PL") and not family.endswith(" CN"):
            continue
        faces.add((path, index, family))
    if not faces:
        raise SystemExit("no Chinese font found: apt-get install fonts-noto-cjk fonts-wqy-zenhei fonts-arphic-ukai")
    return tuple(sorted(faces))


@functools.lru_cache(maxsize=256)
def _font(path: str, index: int, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size, index=index)


def glyph(ch: str, face: tuple[str, int, str], size: int, squeeze: float, angle: float) -> np.ndarray:
    """A character as ink 0..1, condensed to ``squeeze`` of its width, turned ``angle`` degrees anticlockwise."""
    path, index, _ = face
    f = _font(path, index, size)
    pad = size
    im = Image.new("L", (3 * size, 3 * size), 0)
    ImageDraw.Draw(im).text((pad + size / 2, pad + size / 2), ch, font=f, fill=255, anchor="mm")
    a = np.asarray(im, np.float32) / 255.0
    if squeeze != 1.0:
        w = a.shape[1]
        nw = max(3, round(w * squeeze))
        a = cv2.resize(a, (nw, a.shape[0]), interpolation=cv2.INTER_AREA)
        a = cv2.copyMakeBorder(a, 0, 0, (w - nw) // 2, w - nw - (w - nw) // 2, cv2.BORDER_CONSTANT, value=0)
    M = cv2.getRotationMatrix2D((a.shape[1] / 2, a.shape[0] / 2), angle, 1.0)
    return cv2.warpAffine(a, M, (a.shape[1], a.shape[0]), flags=cv2.INTER_LINEAR)


def paste_max(canvas: np.ndarray, patch: np.ndarray, cx: float, cy: float) -> None:
    h, w = patch.shape
    x0, y0 = round(cx - w / 2), round(cy - h / 2)
    X0, Y0, X1, Y1 = max(0, x0), max(0, y0), min(canvas.shape[1], x0 + w), min(canvas.shape[0], y0 + h)
    if X1 > X0 and Y1 > Y0:
        np.maximum(canvas[Y0:Y1, X0:X1], patch[Y0 - y0 : Y1 - y0, X0 - x0 : X1 - x0], out=canvas[Y0:Y1, X0:X1])


def star(cx: float, cy: float, r: float) -> np.ndarray:
    pts = [(cx + (r if i % 2 == 0 else 0.382 * r) * math.cos(math.radians(-90 + 36 * i)),
            cy + (r if i % 2 == 0 else 0.382 * r) * math.sin(math.radians(-90 + 36 * i))) for i in range(10)]
    return np.array(pts, np.int32)


def emblem(m: np.ndarray, cx: float, cy: float, r: float) -> None:
    """A stand-in for the national emblem: a gate with windows, stars above, a ring of wheat ticks."""
    bw, bh = r * 0.9, r * 0.3
    cv2.rectangle(m, (int(cx - bw / 2), int(cy)), (int(cx + bw / 2), int(cy + bh)), 1.0, -1)
    for i in range(5):
        wx = int(cx - bw / 2 + (i + 0.5) * bw / 5)
        cv2.rectangle(m, (wx - max(1, int(r / 14)), int(cy + bh * 0.25)), (wx + max(1, int(r / 14)), int(cy + bh * 0.8)), 0.0, -1)
    cv2.fillPoly(m, [star(cx, cy - r * 0.42, r * 0.22)], 1.0)
    for t in (-150, -120, -60, -30):
        cv2.fillPoly(m, [star(cx + r * 0.55 * math.cos(math.radians(t)), cy - r * 0.05 + r * 0.55 * math.sin(math.radians(t)), r * 0.09)], 1.0)
    for t in range(20, 340, 22):
        p = math.radians(t + 90)
        cv2.ellipse(m, (int(cx + r * 0.8 * math.cos(p)), int(cy + r * 0.8 * math.sin(p))),
                    (max(1, int(r / 10)), max(1, int(r / 22))), t, 0, 360, 1.0, -1)


# -- one seal -----------------------------------------------------------------


@dataclass
class DevSeal:
    """One item of the set: the picture and what is on it."""

    name: str
    bgr: np.ndarray  # uint8 BGR crop of a page round the seal
    text: str  # the ring text, as engraved
    kind: str  # court | law_firm | company
    center: str  # star | emblem | none
    box: tuple[int, int, int, int]  # the seal's outer box in ``bgr``
    params: dict


def draw_seal(rng: np.random.Generator, text: str, kind: str, D: int = 600,
              extra: np.random.Generator | None = None) -> tuple[np.ndarray, dict]:
    """Ink (0..1) of a seal of diameter ``D`` drawn upright, text clockwise over the top.

    ``extra`` draws the features added in the set's second round (a thin
    line just inside the rim, a serial number along the bottom) from a
    stream of its own, so the first round's items keep their other draws.
    """
    extra = extra or np.random.default_rng(0)
    oval = rng.random() < 0.18 and kind == "company"
    ratio = float(rng.uniform(0.62, 0.75)) if oval else 1.0
    face = cjk_faces()[int(rng.integers(len(cjk_faces())))]
    side = int(D * 1.15)
    m = np.zeros((side, side), np.float32)
    c = side / 2
    a, b = D / 2, D / 2 * ratio
    rim = max(3, round(D * rng.uniform(0.02, 0.055)))
    cv2.ellipse(m, (int(c), int(c)), (int(a - rim / 2), int(b - rim / 2)), 0, 0, 360, 1.0, rim, cv2.LINE_AA)
    inner_ring = rng.random() < 0.15
    n = len(text)
    span = float(rng.uniform(200, 300) if not oval else rng.uniform(150, 220))
    # The text's height and how far inside the rim it sits.
    gap = float(rng.uniform(0.01, 0.05)) * D
    arc_len = math.radians(span) * (b if oval else a) * 0.72
    pitch = arc_len / n
    size = int(min(D * rng.uniform(0.12, 0.19), pitch * rng.uniform(0.85, 1.25)))
    size = max(10, size)
    # Glyphs wider than the pitch allows are condensed, as engravers do.
    squeeze = float(min(1.0, pitch * rng.uniform(0.85, 1.0) / size))
    if inner_ring:
        rr = rim + gap + size * 1.15
        cv2.ellipse(m, (int(c), int(c)), (int(a - rr), int(b - rr)), 0, 0, 360, 1.0, max(2, rim // 2), cv2.LINE_AA)
    double_rim = extra.random() < 0.2
    if double_rim:
        # A thin second line just inside the border, as many official seals have.
        rr = rim + max(3, 0.012 * D)
        cv2.ellipse(m, (int(c), int(c)), (int(a - rr), int(b - rr)), 0, 0, 360, 1.0, max(2, rim // 3), cv2.LINE_AA)
        gap += rr - rim + max(2, rim // 3)
    ra, rb = a - rim - gap - size * 0.55, b - rim - gap - size * 0.55
    serial = None
    if not oval and extra.random() < 0.3:
        # A 13-digit serial number along the bottom, upright to the reader.
        serial = "".join(str(int(d)) for d in extra.integers(0, 10, 13))
        ss = int(D * extra.uniform(0.045, 0.06))
        sr = a - rim - gap - ss * 0.7
        sspan = min(360 - span - 20, 13 * ss * 0.75 / sr * 180 / math.pi)
        for j, ch in enumerate(serial):
            tr = math.radians(90 + sspan / 2 - sspan * (j + 0.5) / 13)
            rot = 90 - math.degrees(tr)
            paste_max(m, glyph(ch, face, ss, 0.7, rot), c + sr * math.cos(tr), c + sr * math.sin(tr))
    start = -90 - span / 2
    ts = np.radians(np.linspace(start, start + span, 1440))
    seg = np.hypot(np.diff(ra * np.cos(ts)), np.diff(rb * np.sin(ts)))
    cum = np.concatenate([[0.0], np.cumsum(seg)])
    for i, ch in enumerate(text):
        tr = float(np.interp(cum[-1] * (i + 0.5) / n, cum, ts))
        x, y = c + ra * math.cos(tr), c + rb * math.sin(tr)
        rot = math.degrees(math.atan2(-math.sin(tr) / max(rb, 1), math.cos(tr) / max(ra, 1))) - 90
        paste_max(m, glyph(ch, face, size, squeeze, rot), x, y)
    center = "none"
    centre_line = None
    if oval:
        centre_line = "财务专用章" if rng.random() < 0.6 else "合同专用章"
    elif kind == "court":
        center = "emblem" if rng.random() < 0.8 else "star"
    else:
        center = "star" if rng.random() < 0.85 else "none"
        if kind == "company" and rng.random() < 0.25:
            centre_line = CENTRE_LINES[int(rng.integers(len(CENTRE_LINES)))]
    sr = b * float(rng.uniform(0.24, 0.32))
    if center == "star":
        cv2.fillPoly(m, [star(c, c - (b * 0.08 if centre_line else 0), sr)], 1.0, cv2.LINE_AA)
    elif center == "emblem":
        emblem(m, c, c, b * 0.36)
    if centre_line:
        cs = int(D * rng.uniform(0.07, 0.1))
        y = c + b * 0.45 if center != "none" else c
        for i, ch in enumerate(centre_line):
            paste_max(m, glyph(ch, face, cs, 1.0, 0.0), c + (i - (len(centre_line) - 1) / 2) * cs * 1.05, y)
    params = dict(font=face[2], oval=round(ratio, 2), span=round(span), size=size, squeeze=round(squeeze, 2),
                  rim=rim, inner_ring=inner_ring, center_line=centre_line, double_rim=double_rim,
                  serial=serial is not None)
    return m, {"center": center, **params}


def texture(rng: np.random.Generator, m: np.ndarray, fade: float, partial: float) -> np.ndarray:
    """Uneven pressure, speckle, overall fading and a side the stamp barely touched."""
    h, w = m.shape
    low = cv2.resize(rng.uniform(0.5, 1.0, (max(2, h // 20), max(2, w // 20))).astype(np.float32), (w, h),
                     interpolation=cv2.INTER_CUBIC)
    out = m * np.clip(low, 0, 1) * (rng.random((h, w)) > 0.05 * (1 + 2 * fade))
    out *= 1.0 - 0.55 * fade
    if partial > 0:
        t = rng.uniform(0, 2 * math.pi)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        proj = ((xx - w / 2) * math.cos(t) + (yy - h / 2) * math.sin(t)) / (w / 2)
        out *= np.clip(1.4 - partial * (proj + 1.0), 0.0, 1.0)
    return np.clip(out, 0, 1).astype(np.float32)


def make_item(i: int, seed: int) -> DevSeal:
    """Item ``i`` of the set drawn from ``seed`` (independent of the others)."""
    rng = np.random.default_rng([seed, i])
    kind = ("court", "law_firm", "company")[i % 3]
    text = issuer_name(rng, kind)
    D = 600
    extra = np.random.default_rng([seed, i, 1])
    ink, info = draw_seal(rng, text, kind, D, extra)
    fade = float(rng.uniform(0, 0.6)) if rng.random() < 0.35 else 0.0
    partial = float(rng.uniform(0.3, 0.8)) if rng.random() < 0.3 else 0.0
    ink = texture(rng, ink, fade, partial)
    turn = float(rng.uniform(0, 360)) if rng.random() < 0.6 else float(rng.uniform(-30, 30))
    M = cv2.getRotationMatrix2D((ink.shape[1] / 2, ink.shape[0] / 2), turn, 1.0)
    ink = cv2.warpAffine(ink, M, ink.shape[::-1], flags=cv2.INTER_LINEAR)
    # The page round it: paper, black body text, a date, a signature.
    S = int(ink.shape[0] * 1.3)
    paper = np.array([rng.uniform(225, 250), rng.uniform(230, 252), rng.uniform(235, 255)], np.float32)
    img = np.empty((S, S, 3), np.float32)
    img[:] = paper
    dark = np.zeros((S, S), np.float32)
    if rng.random() < 0.45:
        face = cjk_faces()[int(rng.integers(len(cjk_faces())))]
        f = _font(face[0], face[1], int(rng.uniform(34, 52)))
        im = Image.new("L", (S, S), 0)
        d = ImageDraw.Draw(im)
        body = "本所受委托就您逾期未还款一事特此函告请于收到本函之日起三日内与我方联系协商否则将依法追究法律责任二〇二四年三月五日"
        y = int(rng.uniform(0, 80))
        while y < S:
            s = int(rng.integers(len(body)))
            d.text((int(rng.uniform(0, 60)), y), (body * 2)[s : s + 30], font=f, fill=255)
            y += int(f.size * rng.uniform(1.6, 2.4))
        dark = np.maximum(dark, np.asarray(im, np.float32) / 255.0)
    if rng.random() < 0.4:
        pts = np.stack([np.linspace(S * 0.2, S * 0.8, 12), S / 2 + rng.uniform(-S / 6, S / 6, 12)], 1).astype(np.int32)
        cv2.polylines(dark, [pts], False, 1.0, int(rng.uniform(4, 10)), cv2.LINE_AA)
    img *= 1.0 - 0.9 * dark[..., None]
    colour = np.array([rng.uniform(30, 80), rng.uniform(25, 70), rng.uniform(180, 235)], np.float32)
    if extra.random() < 0.2:  # vermilion or crimson pads
        colour = np.array([extra.uniform(20, 110), extra.uniform(40, 110), extra.uniform(200, 245)], np.float32)
    o = (S - ink.shape[0]) // 2 + int(rng.integers(-20, 21)), (S - ink.shape[1]) // 2 + int(rng.integers(-20, 21))
    region = img[o[0] : o[0] + ink.shape[0], o[1] : o[1] + ink.shape[1]]
    region *= 1.0 - ink[..., None] * (1.0 - colour / 255.0)
    # The seal's outline, for its box.
    t = np.linspace(0, 2 * math.pi, 180, endpoint=False)
    a, b = D / 2, D / 2 * info["oval"]
    r = math.radians(-turn)
    px, py = a * np.cos(t), b * np.sin(t)
    outline = np.stack([o[1] + ink.shape[1] / 2 + px * math.cos(r) - py * math.sin(r),
                        o[0] + ink.shape[0] / 2 + px * math.sin(r) + py * math.cos(r)], 1).astype(np.float32)
    # Camera: perspective, then scale to the seal's size in pixels, blur, noise, JPEG.
    persp = float(rng.uniform(0, 0.12)) if rng.random() < 0.4 else 0.0
    if persp:
        src = np.float32([[0, 0], [S, 0], [S, S], [0, S]])
        dst = src + rng.uniform(-persp * S, persp * S, (4, 2)).astype(np.float32)
        dst -= dst.min(0)
        Mp = cv2.getPerspectiveTransform(src, dst)
        img = cv2.warpPerspective(img, Mp, (int(dst[:, 0].max()), int(dst[:, 1].max())), borderValue=tuple(float(v) for v in paper))
        outline = cv2.perspectiveTransform(outline[None], Mp)[0]
    diameter = float(rng.uniform(130, 380))
    if extra.random() < 0.15:  # a page photographed from afar, a screenshot
        diameter = float(extra.uniform(85, 130))
    f = diameter / D
    img = cv2.resize(img, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
    outline *= f
    blur = float(rng.uniform(0.4, 1.3)) if rng.random() < 0.35 else 0.0
    if blur:
        img = cv2.GaussianBlur(img, (0, 0), blur)
    img += rng.normal(0, rng.uniform(1, 4), img.shape).astype(np.float32)
    u8 = np.clip(img, 0, 255).astype(np.uint8)
    q = int(rng.uniform(55, 92)) if rng.random() < 0.6 else 0
    if q:
        u8 = cv2.imdecode(cv2.imencode(".jpg", u8, [cv2.IMWRITE_JPEG_QUALITY, q])[1], cv2.IMREAD_COLOR)
    x0, y0 = np.floor(outline.min(0)).astype(int)
    x1, y1 = np.ceil(outline.max(0)).astype(int)
    params = dict(info, turn=round(turn), fade=round(fade, 2), partial=round(partial, 2), persp=round(persp, 2),
                  diameter=round(diameter), blur=round(blur, 2), jpeg=q)
    center = params.pop("center")
    return DevSeal(f"dev{i:04d}_{kind}", u8, text, kind, center, (int(x0), int(y0), int(x1 - x0), int(y1 - y0)), params)


def generate(n: int = 300, seed: int = 7):
    """The set: ``n`` items from ``seed``, one at a time."""
    for i in range(n):
        yield make_item(i, seed)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, required=True, help="directory for the crops and sidecars")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for item in generate(args.n, args.seed):
        cv2.imwrite(str(args.out / f"{item.name}.jpg"), item.bgr, [cv2.IMWRITE_JPEG_QUALITY, 95])
        meta = dict(text=item.text, kind=item.kind, center=item.center, box=item.box, params=item.params)
        (args.out / f"{item.name}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
