#!/usr/bin/env python3
"""Held-out image set v6: 40 pictures (30 lawful, 10 forged), made blind.

Written from scratch (Pillow + OpenCV + numpy); does not import anything from the project.
Deterministic: every item has its own RNG seeded from its name (crc32).

    python bench/holdout6_images/make.py
"""
import io
import json
import math
import os
import random
import re
import zlib

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = os.path.dirname(os.path.abspath(__file__))
NOTO_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
NOTO_SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
NOTO_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
NOTO_SERIF_B = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
WQY_ZEN = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
WQY_MICRO = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
UKAI = "/usr/share/fonts/truetype/arphic/ukai.ttc"
UMING = "/usr/share/fonts/truetype/arphic/uming.ttc"
SC_INDEX = {NOTO_SANS: 2, NOTO_SANS_B: 2, NOTO_SERIF: 2, NOTO_SERIF_B: 2}

_fcache = {}


def F(path, size):
    key = (path, size)
    if key not in _fcache:
        _fcache[key] = ImageFont.truetype(path, size, index=SC_INDEX.get(path, 0))
    return _fcache[key]


def rng_for(name):
    s = zlib.crc32(name.encode())
    return random.Random(s), np.random.default_rng(s)


def wrap(text, font, width):
    lines, cur = [], ""
    for ch in re.findall(r"[0-9A-Za-z.,:×*\-]+|.", text):
        if font.getlength(cur + ch) > width and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- seals
RED = np.array([205, 28, 38], dtype=np.float32)


def seal_mask(size, ring_text, center, rnd, bottom=""):
    """Return an L image (size x size) with the ink of a round seal."""
    S = size
    m = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(m)
    c = S / 2
    rim = max(4, S // 28)
    d.ellipse([rim // 2, rim // 2, S - rim // 2 - 1, S - rim // 2 - 1], outline=255, width=rim)
    n = len(ring_text)
    fs = int(S * 0.14)
    font = F(NOTO_SERIF_B, fs) if rnd.random() < 0.5 else F(WQY_ZEN, fs)
    r = c - rim - fs * 0.62
    span = math.radians(min(250, 22 * n + 40))
    for i, ch in enumerate(ring_text):
        th = -span / 2 + span * (i / max(1, n - 1))
        tile = Image.new("L", (fs + 8, fs + 8), 0)
        ImageDraw.Draw(tile).text((4, 4), ch, fill=255, font=font, anchor="lt")
        tile = tile.rotate(-math.degrees(th), resample=Image.BICUBIC, expand=True)
        x = c + r * math.sin(th) - tile.width / 2
        y = c - r * math.cos(th) - tile.height / 2
        m.paste(255, (int(x), int(y)), tile)
    if center == "star":
        R, r2 = S * 0.17, S * 0.068
        pts = []
        for k in range(10):
            a = -math.pi / 2 + k * math.pi / 5
            rr = R if k % 2 == 0 else r2
            pts.append((c + rr * math.cos(a), c + 0.02 * S + rr * math.sin(a)))
        d.polygon(pts, fill=255)
    elif center == "emblem":
        # simplified emblem: wheat wreath of ticks, a gate with a roof, a cog arc below
        R = S * 0.2
        cy = c + 0.01 * S
        for k in range(26):
            a = math.radians(120 + k * 12)
            if 250 < math.degrees(a) % 360 < 290:
                continue
            x1, y1 = c + R * math.cos(a), cy + R * math.sin(a)
            x2, y2 = c + (R - S * 0.035) * math.cos(a + 0.25), cy + (R - S * 0.035) * math.sin(a + 0.25)
            d.line([x1, y1, x2, y2], fill=255, width=max(2, S // 70))
        gw, gh = S * 0.2, S * 0.09
        d.polygon([(c - gw * 0.62, cy - gh * 0.2), (c + gw * 0.62, cy - gh * 0.2), (c + gw * 0.4, cy - gh * 0.75),
                   (c - gw * 0.4, cy - gh * 0.75)], fill=255)
        d.rectangle([c - gw / 2, cy - gh * 0.2, c + gw / 2, cy + gh * 0.6], fill=255)
        for k in (-1, 0, 1):
            d.ellipse([c + k * gw * 0.3 - S * 0.02, cy + gh * 0.05, c + k * gw * 0.3 + S * 0.02, cy + gh * 0.6], fill=0)
        d.arc([c - S * 0.06, cy + R * 0.55, c + S * 0.06, cy + R * 0.95], 180, 360, fill=255, width=max(2, S // 60))
    if bottom:
        bf = F(NOTO_SANS_B, int(S * 0.085))
        d.text((c, S * 0.74), bottom, fill=255, font=bf, anchor="mm")
    a = np.asarray(m).astype(np.float32) / 255.0
    # uneven ink: blotchy coverage and dropouts
    rng = np.random.default_rng(rnd.randrange(1 << 30))
    blot = cv2.GaussianBlur(rng.random((S, S)).astype(np.float32), (0, 0), S / 25)
    blot = (blot - blot.min()) / (np.ptp(blot) + 1e-6)
    a = a * (0.55 + 0.45 * blot)
    a[rng.random((S, S)) < 0.06] *= 0.3
    return a


def put_seal(img, masks, cx, cy, size, ring_text, center, rnd, bottom=""):
    a = seal_mask(size, ring_text, center, rnd, bottom)
    ang = rnd.uniform(-12, 12)
    M = cv2.getRotationMatrix2D((size / 2, size / 2), ang, 1.0)
    a = cv2.warpAffine(a, M, (size, size))
    arr = np.asarray(img).astype(np.float32)
    H, W = arr.shape[:2]
    x0, y0 = int(cx - size / 2), int(cy - size / 2)
    full = np.zeros((H, W), np.float32)
    full[y0:y0 + size, x0:x0 + size] = a
    al = (full * 0.9)[..., None]
    # multiply-like blend so black text stays visible under the ink
    ink = arr * (RED / 255.0)
    arr = arr * (1 - al) + np.minimum(ink + 0.15 * RED, RED) * al
    masks.append(full)
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8))


def box_of(mask, thr=0.12):
    ys, xs = np.where(mask > thr)
    if len(xs) == 0:
        return None
    return [int(xs.min()), int(ys.min()), int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1)]


# ---------------------------------------------------------------- paper documents
PW, PH = 1131, 1600


class Doc:
    def __init__(self, font, size=30, bg=(255, 255, 255)):
        self.img = Image.new("RGB", (PW, PH), bg)
        self.d = ImageDraw.Draw(self.img)
        self.font = font
        self.size = size
        self.y = 110
        self.lines = []
        self.masks = []

    def title(self, text, size=56, color=(0, 0, 0), font=None, gap=30):
        f = F(font or NOTO_SERIF_B, size)
        self.d.text((PW / 2, self.y + size / 2), text, fill=color, font=f, anchor="mm")
        self.y += size + gap
        self.lines.append(text)

    def redhead(self, text, size=58):
        self.title(text, size=size, color=(210, 20, 30), font=NOTO_SERIF_B, gap=14)
        self.d.line([90, self.y, PW - 90, self.y], fill=(210, 20, 30), width=4)
        self.y += 34

    def center(self, text, size=None):
        f = F(self.font, size or self.size)
        self.d.text((PW / 2, self.y), text, fill=(0, 0, 0), font=f, anchor="mt")
        self.y += int((size or self.size) * 1.7)
        self.lines.append(text)

    def para(self, text, indent=True, right=False, size=None):
        f = F(self.font, size or self.size)
        s = size or self.size
        t = ("\u3000\u3000" + text) if indent else text
        for ln in wrap(t, f, PW - 220):
            if right:
                self.d.text((PW - 120, self.y), ln, fill=(0, 0, 0), font=f, anchor="rt")
            else:
                self.d.text((110, self.y), ln, fill=(0, 0, 0), font=f)
            self.lines.append(ln)
            self.y += int(s * 1.75)

    def gap(self, n=20):
        self.y += n

    def table(self, rows, widths, size=24):
        f = F(self.font, size)
        x0 = 110
        for r, row in enumerate(rows):
            x = x0
            for cell, w in zip(row, widths):
                self.d.rectangle([x, self.y, x + w, self.y + size * 2], outline=(90, 90, 90), width=1)
                self.d.text((x + 8, self.y + size * 0.45), cell, fill=(0, 0, 0), font=f)
                x += w
            self.lines.append(" ".join(row))
            self.y += size * 2

    def seal(self, rnd, ring, center, dx=0, dy=-20, size=210, bottom=""):
        cx = PW - 300 + dx
        cy = self.y + dy
        self.img = put_seal(self.img, self.masks, cx, cy, size, ring, center, rnd, bottom)
        self.d = ImageDraw.Draw(self.img)


def scanify(img, rnd, nrng):
    a = np.asarray(img).astype(np.float32)
    tint = np.array([rnd.uniform(246, 252), rnd.uniform(244, 250), rnd.uniform(236, 246)]) / 255.0
    a = a * tint
    a += nrng.normal(0, 2.5, a.shape)
    a = cv2.GaussianBlur(a, (0, 0), 0.6)
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def photoify(img, masks, rnd, nrng, out_w=1200, out_h=1600):
    """Phone photo of paper: perspective, desk background, shading, blur, noise."""
    src = np.asarray(img).astype(np.float32)
    h, w = src.shape[:2]
    sc = rnd.uniform(0.78, 0.88)
    cw, ch = w * sc * out_h / h, out_h * sc
    ox, oy = (out_w - cw) / 2, (out_h - ch) / 2
    j = lambda: rnd.uniform(-45, 45)
    dst = np.float32([[ox + j(), oy + j()], [ox + cw + j(), oy + j()], [ox + cw + j(), oy + ch + j()],
                      [ox + j(), oy + ch + j()]])
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), dst)
    warped = cv2.warpPerspective(src, M, (out_w, out_h), flags=cv2.INTER_AREA)
    inside = cv2.warpPerspective(np.ones((h, w), np.float32), M, (out_w, out_h))[..., None]
    deskc = np.array(rnd.choice([(120, 88, 60), (70, 72, 78), (160, 150, 135), (95, 110, 100)]), np.float32)
    desk = np.ones((out_h, out_w, 3), np.float32) * deskc
    desk += cv2.GaussianBlur(nrng.normal(0, 18, (out_h, out_w)).astype(np.float32), (0, 0), 3)[..., None]
    a = warped * inside + desk * (1 - inside)
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    ang = rnd.uniform(0, 2 * math.pi)
    g = (xx * math.cos(ang) + yy * math.sin(ang))
    g = (g - g.min()) / (np.ptp(g) + 1e-6)
    shade = 1.0 - rnd.uniform(0.12, 0.3) * g
    r = np.sqrt((xx - out_w / 2) ** 2 + (yy - out_h / 2) ** 2) / (out_h * 0.7)
    shade *= 1 - 0.18 * r ** 2
    a = a * shade[..., None] * np.array([1.0, rnd.uniform(0.96, 1.0), rnd.uniform(0.88, 0.96)])
    a = cv2.GaussianBlur(a, (0, 0), rnd.uniform(0.8, 1.5))
    a += nrng.normal(0, 3.0, a.shape)
    boxes = []
    for m in masks:
        wm = cv2.warpPerspective(m, M, (out_w, out_h))
        boxes.append(box_of(wm))
    return Image.fromarray(a.clip(0, 255).astype(np.uint8)), boxes


# ---------------------------------------------------------------- screenshots
def phone_canvas(dark, W=720, H=1600):
    bg = (16, 16, 18) if dark else (246, 246, 246)
    img = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(img)
    fg = (235, 235, 235) if dark else (20, 20, 20)
    d.text((28, 18), "10:42", fill=fg, font=F(NOTO_SANS, 24))
    d.text((W - 120, 18), "5G  86%", fill=fg, font=F(NOTO_SANS, 22))
    return img, d, fg


def sms_screen(sender, msgs, dark, font, name_shown=None):
    img, d, fg = phone_canvas(dark)
    W = img.width
    d.text((28, 78), "<", fill=fg, font=F(NOTO_SANS, 38))
    d.text((W / 2, 100), name_shown or sender, fill=fg, font=F(NOTO_SANS_B, 32), anchor="mm")
    if name_shown:
        d.text((W / 2, 138), sender, fill=(140, 140, 140), font=F(NOTO_SANS, 22), anchor="mm")
    d.line([0, 165, W, 165], fill=(60, 60, 60) if dark else (220, 220, 220))
    y = 200
    f = F(font, 30)
    lines = [sender]
    bub = (48, 48, 52) if dark else (255, 255, 255)
    for when, text in msgs:
        d.text((W / 2, y), when, fill=(140, 140, 140), font=F(NOTO_SANS, 22), anchor="mt")
        y += 46
        wl = wrap(text, f, W - 170)
        bh = len(wl) * 46 + 36
        d.rounded_rectangle([30, y, W - 90, y + bh], 22, fill=bub)
        ty = y + 18
        for ln in wl:
            d.text((54, ty), ln, fill=fg, font=f)
            lines.append(ln)
            ty += 46
        y += bh + 40
    d.rounded_rectangle([24, 1480, W - 24, 1560], 40, fill=(40, 40, 44) if dark else (255, 255, 255))
    d.text((60, 1520), "短信", fill=(130, 130, 130), font=F(NOTO_SANS, 26), anchor="lm")
    return img, lines


def chat_screen(title, msgs, dark, font):
    img, d, fg = phone_canvas(dark)
    W = img.width
    d.text((W / 2, 100), title, fill=fg, font=F(NOTO_SANS_B, 30), anchor="mm")
    d.line([0, 150, W, 150], fill=(50, 50, 50) if dark else (215, 215, 215))
    left = (44, 44, 46) if dark else (255, 255, 255)
    right = (52, 168, 83) if dark else (149, 236, 105)
    rtext = (10, 10, 10)
    f = F(font, 29)
    y = 180
    lines = [title]
    for who, side, text in msgs:
        wl = wrap(text, f, W - 260)
        bw = max(f.getlength(s) for s in wl) + 40
        bh = len(wl) * 44 + 28
        av = (hash_color(who))
        if side == "L":
            d.rounded_rectangle([24, y, 84, y + 60], 8, fill=av)
            d.text((100, y - 4), who, fill=(140, 140, 140), font=F(NOTO_SANS, 20))
            y += 24
            d.rounded_rectangle([100, y, 100 + bw, y + bh], 10, fill=left)
            tx, col = 120, fg
        else:
            d.rounded_rectangle([W - 84, y, W - 24, y + 60], 8, fill=av)
            d.rounded_rectangle([W - 100 - bw, y, W - 100, y + bh], 10, fill=right)
            tx, col = W - 80 - bw, rtext
        ty = y + 14
        for ln in wl:
            d.text((tx, ty), ln, fill=col, font=f)
            lines.append(ln)
            ty += 44
        y += bh + 34
    return img, lines


def hash_color(s):
    h = zlib.crc32(s.encode())
    return (80 + h % 120, 80 + (h >> 8) % 120, 80 + (h >> 16) % 120)


def app_screen(header, header_color, blocks, dark, font, logo=None):
    img, d, fg = phone_canvas(dark)
    W = img.width
    d.rectangle([0, 60, W, 180], fill=header_color)
    d.text((W / 2, 120), header, fill=(255, 255, 255), font=F(NOTO_SANS_B, 34), anchor="mm")
    lines = [header]
    if logo:
        d.ellipse([30, 85, 100, 155], fill=(255, 255, 255))
        d.text((65, 120), logo, fill=header_color, font=F(NOTO_SANS_B, 34), anchor="mm")
    y = 220
    card = (36, 36, 40) if dark else (255, 255, 255)
    for title, body in blocks:
        f = F(font, 28)
        wl = wrap(body, f, W - 120)
        bh = 80 + len(wl) * 44
        d.rounded_rectangle([24, y, W - 24, y + bh], 18, fill=card)
        d.text((54, y + 24), title, fill=fg, font=F(NOTO_SANS_B, 30))
        lines.append(title)
        ty = y + 74
        for ln in wl:
            d.text((54, ty), ln, fill=fg, font=f)
            lines.append(ln)
            ty += 44
        y += bh + 26
    return img, lines


# ---------------------------------------------------------------- saving
ITEMS = []


def save(name, img, *, doc_type, kind, lawful, notes, lines, expect=(), forbid=None, seals=(), seal_texts=(),
         seal_centers=(), seal_kinds=(), sender=None, contains=(), exif=None, png=False):
    exif_obj = None
    exif_desc = None
    if exif:
        exif_obj = Image.Exif()
        for k, v in exif.items():
            exif_obj[k] = v
        names = {0x010F: "Make", 0x0110: "Model", 0x0131: "Software", 0x0132: "DateTime"}
        exif_desc = {names.get(k, str(k)): v for k, v in exif.items()}
    if png:
        fn = name + ".png"
        buf = io.BytesIO()
        img.save(buf, "PNG", optimize=True)
        if buf.tell() > 390_000:
            png = False
    if not png:
        fn = name + ".jpg"
        for q in (90, 86, 82, 78, 74, 70, 65, 60):
            buf = io.BytesIO()
            kw = {"quality": q, "subsampling": 2}
            if exif_obj is not None:
                kw["exif"] = exif_obj.tobytes()
            img.save(buf, "JPEG", **kw)
            if buf.tell() <= 390_000:
                break
    with open(os.path.join(OUT, fn), "wb") as fh:
        fh.write(buf.getvalue())
    side = {
        "doc_type": doc_type,
        "kind": kind,
        "expect": sorted(expect),
        "forbid": ["all"] if lawful else sorted(forbid or []),
        "seals": [list(b) for b in seals],
        "seal_texts": list(seal_texts),
        "seal_centers": list(seal_centers),
        "seal_kinds": list(seal_kinds),
        "sender": sender,
        "text_contains": list(contains),
        "lawful": lawful,
        "notes": notes,
        "image": fn,
        "size": [img.width, img.height],
        "source_text": lines,
    }
    if exif_desc:
        side["exif"] = exif_desc
    with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(side, fh, ensure_ascii=False, indent=1)
    ITEMS.append(side)


CAMERA = {0x010F: "Xiaomi", 0x0110: "Redmi Note 12", 0x0132: "2024:08:03 19:21:07"}
DOC_FORBID = ["image.edited", "sms.impersonation"]


def finish_doc(name, doc, rnd, nrng, photo, seal_info, camera=True, **kw):
    """seal_info: list of (ring_text, center, kind) in the order seals were drawn."""
    if photo:
        img, boxes = photoify(doc.img, doc.masks, rnd, nrng)
        kind = "photo"
        if camera and "exif" not in kw:
            kw["exif"] = CAMERA
    else:
        img = scanify(doc.img, rnd, nrng)
        boxes = [box_of(m) for m in doc.masks]
        kind = "scan"
    save(name, img, kind=kind, lines=doc.lines, seals=boxes, seal_texts=[s[0] for s in seal_info],
         seal_centers=[s[1] for s in seal_info], seal_kinds=[s[2] for s in seal_info], **kw)


# ---------------------------------------------------------------- lawful items
def lawful_docs():
    # 1 bank overdue notice, scan, bank seal
    n = "h6_l01_bank_notice"; rnd, nr = rng_for(n)
    d = Doc(NOTO_SERIF, 30)
    d.redhead("华信银行股份有限公司杭州分行", 46)
    d.title("信用卡逾期还款提示函", 44)
    d.para("尊敬的周女士：", indent=False)
    d.para("您尾号6621的信用卡在2024年5月账单周期内有一笔应还款项尚未还清，截至本函出具之日，未还金额为人民币2,318.40元。")
    d.para("为避免对您的个人信用记录造成影响，请您在方便时通过本行手机银行、网点柜台或自动还款方式办理还款。如您对账单有疑问，或近期确有困难，可拨打本行客服热线95528转人工，申请协商分期。")
    d.para("如您已还款，请忽略本函。感谢您一直以来的支持。")
    d.gap(60)
    d.para("华信银行股份有限公司杭州分行", indent=False, right=True)
    d.para("2024年6月18日", indent=False, right=True)
    d.seal(rnd, "华信银行股份有限公司杭州分行", "star", dy=-70, bottom="业务专用章")
    finish_doc(n, d, rnd, nr, False, [("华信银行股份有限公司杭州分行", "star", "company")], doc_type="other",
               lawful=True, notes="Bank's polite overdue reminder on red letterhead, bank business seal on the date line.",
               contains=["逾期还款提示函", "95528"])

    # 2 bank statement, photo, seal
    n = "h6_l02_bank_statement_photo"; rnd, nr = rng_for(n)
    d = Doc(WQY_ZEN, 26)
    d.title("个人活期账户交易明细", 44, font=WQY_ZEN)
    d.para("户名：林某某　账号：6222 0212 **** 4410　币种：人民币", indent=False)
    d.para("查询期间：2024-04-01 至 2024-04-30", indent=False)
    rows = [["日期", "摘要", "收入", "支出", "余额"],
            ["04-02", "工资", "6,800.00", "", "7,215.36"],
            ["04-05", "房租", "", "2,400.00", "4,815.36"],
            ["04-10", "信用卡还款", "", "1,260.00", "3,555.36"],
            ["04-15", "消费贷还款", "", "835.20", "2,720.16"],
            ["04-21", "转账收入", "500.00", "", "3,220.16"],
            ["04-28", "水电燃气", "", "216.50", "3,003.66"]]
    d.table(rows, [140, 260, 180, 180, 150])
    d.gap(40)
    d.para("本明细由网点打印，仅供客户本人核对使用。", indent=False)
    d.gap(90)
    d.para("打印网点：西溪支行　2024年5月2日", indent=False, right=True)
    d.seal(rnd, "华信银行股份有限公司西溪支行", "star", dy=-60, bottom="业务专用章")
    finish_doc(n, d, rnd, nr, True, [("华信银行股份有限公司西溪支行", "star", "company")], doc_type="other",
               lawful=True, notes="Phone photo of a printed bank statement with the branch's business seal.",
               contains=["交易明细", "消费贷还款"])

    # 3 credit card statement with red round logo (not a seal), scan
    n = "h6_l03_card_statement_redlogo"; rnd, nr = rng_for(n)
    d = Doc(NOTO_SANS, 26)
    dr = d.d
    dr.ellipse([100, 80, 200, 180], fill=(200, 25, 35))
    dr.ellipse([125, 105, 175, 155], fill=(255, 255, 255))
    dr.text((225, 100), "鼎和银行信用卡中心", fill=(200, 25, 35), font=F(NOTO_SANS_B, 44))
    d.y = 220
    d.title("2024年7月 对账单", 40, font=NOTO_SANS_B)
    d.para("持卡人：吴某某　卡号末四位：3087　账单日：07月08日　到期还款日：07月26日", indent=False)
    d.table([["本期应还", "最低还款", "信用额度", "可用额度"], ["4,562.10", "456.21", "20,000", "15,437.90"]],
            [225, 225, 225, 225])
    d.gap(30)
    d.table([["交易日", "交易说明", "金额"], ["06-12", "超市购物", "238.60"], ["06-19", "加油", "300.00"],
             ["06-25", "网上购物", "1,128.00"], ["07-01", "餐饮", "95.50"]], [180, 480, 240])
    d.gap(30)
    d.para("温馨提示：请于到期还款日前还款。还款可通过手机银行、自动扣款或网点办理；如需账单分期，请致电95580。")
    finish_doc(n, d, rnd, nr, False, [], doc_type="other", lawful=True,
               notes="Hard negative: credit-card statement with a red ring logo and red bank name; no seal.",
               contains=["对账单", "到期还款日"])

    # 10 genuine court summons, scan, emblem seal
    n = "h6_l10_court_summons"; rnd, nr = rng_for(n)
    d = Doc(NOTO_SERIF, 28)
    d.title("北京市朝阳区人民法院", 48)
    d.title("传　票", 56)
    d.para("案号：（2024）京0105民初18342号", indent=False, right=True)
    d.table([["案由", "金融借款合同纠纷"], ["被传唤人", "赵某某"], ["工作单位或住址", "北京市朝阳区某小区3号楼"],
             ["传唤事由", "开庭审理"], ["应到时间", "2024年9月12日上午9时30分"], ["应到处所", "本院第十七法庭"]],
            [300, 611], size=26)
    d.gap(30)
    d.para("注意事项：一、被传唤人必须准时到达应到处所。二、本传票由被传唤人携带来院报到。三、被传唤人收到传票后，应在送达回证上签名或者盖章。")
    d.gap(60)
    d.para("审判员：孙某", indent=False, right=True)
    d.para("二〇二四年八月五日", indent=False, right=True)
    d.seal(rnd, "北京市朝阳区人民法院", "emblem", dy=-70, size=220)
    finish_doc(n, d, rnd, nr, False, [("北京市朝阳区人民法院", "emblem", "court")], doc_type="court_summons",
               lawful=True, notes="Genuine-style summons: valid 民初 case number, court emblem seal with court name.",
               contains=["传", "（2024）京0105民初18342号"])

    # 11 genuine restriction order, photo, emblem seal, case number from the brief
    n = "h6_l11_restriction_order_photo"; rnd, nr = rng_for(n)
    d = Doc(UMING, 29)
    d.title("北京市朝阳区人民法院", 46, font=UMING)
    d.title("限制消费令", 54, font=UMING)
    d.para("（2024）京0105执1234号", indent=False, right=True)
    d.para("被执行人：钱某某，男，1986年生，住北京市朝阳区。", indent=False)
    d.para("本院于2024年3月4日立案执行申请执行人某小额贷款有限公司与被执行人钱某某借款合同纠纷一案，依据已经发生法律效力的（2023）京0105民初9921号民事判决书。因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，本院依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人采取限制消费措施。")
    d.para("如被执行人认为本决定有错误，可以向本院申请纠正。")
    d.gap(50)
    d.para("二〇二四年五月十日", indent=False, right=True)
    d.seal(rnd, "北京市朝阳区人民法院", "emblem", dy=-50, size=215)
    finish_doc(n, d, rnd, nr, True, [("北京市朝阳区人民法院", "emblem", "court")], doc_type="restriction_order",
               lawful=True, notes="Genuine-style 限制消费令 after a judgment, case number (2024)京0105执1234号, emblem seal; photographed.",
               contains=["限制消费令", "京0105执1234号"])

    # 12 genuine 应诉通知书, photo, emblem seal
    n = "h6_l12_response_notice_photo"; rnd, nr = rng_for(n)
    d = Doc(NOTO_SERIF, 29)
    d.title("上海市浦东新区人民法院", 46)
    d.title("应诉通知书", 52)
    d.para("（2025）沪0115民初4417号", indent=False, right=True)
    d.para("李某某：", indent=False)
    d.para("本院已受理原告某消费金融有限公司诉你方金融借款合同纠纷一案，现将起诉状副本送达给你。你方应当在收到起诉状副本之日起十五日内向本院提交答辩状及证据材料。")
    d.para("当事人可以委托一至二人作为诉讼代理人。如有疑问，可拨打12368诉讼服务热线查询。")
    d.gap(60)
    d.para("二〇二五年三月二十日", indent=False, right=True)
    d.seal(rnd, "上海市浦东新区人民法院", "emblem", dy=-50, size=220)
    finish_doc(n, d, rnd, nr, True, [("上海市浦东新区人民法院", "emblem", "court")], doc_type="court_summons",
               lawful=True, notes="Genuine-style 应诉通知书 with 民初 number and court emblem seal; photographed.",
               contains=["应诉通知书", "沪0115民初4417号"])

    # 13/14/30 calm lawyer's letters
    for n, font, photo, firm, client, debtor, amount in [
        ("h6_l13_lawyer_letter_calm", NOTO_SERIF, False, "广东明衡律师事务所", "南岭消费金融有限公司", "陈某某", "4,870"),
        ("h6_l14_lawyer_letter_calm_photo", WQY_MICRO, True, "江苏泽和律师事务所", "金陵小额贷款有限公司", "黄某某", "2,150"),
        ("h6_l30_lawyer_letter_calm_ming_photo", UMING, True, "四川蓉信律师事务所", "天府消费金融股份有限公司", "邓某某", "6,304")]:
        rnd, nr = rng_for(n)
        d = Doc(font, 29)
        d.title(firm, 42, font=font)
        d.title("律 师 函", 56, font=font)
        d.para("（2024）%s函字第%d号" % (firm[2:4], rnd.randint(20, 300)), indent=False, right=True)
        d.para("致：%s" % debtor, indent=False)
        d.para("本所受%s委托，就您与委托人之间借款合同的履行事宜致函如下。" % client)
        d.para("据委托人提供的材料，您目前逾期未还的本金为人民币%s元。请您核对后，通过委托人官方App或对公账户办理还款，切勿向任何个人账户转账。" % amount)
        d.para("如您对金额有异议，或近期收入确有困难，欢迎来电与本所沟通，我们愿意协助双方商定可行的还款安排。协商不成的，委托人保留依法主张权利的权利。")
        d.para("承办律师：%s律师　电话：020-3800××××" % rnd.choice(["叶", "郭", "方", "唐"]), indent=False)
        d.gap(50)
        d.para(firm, indent=False, right=True)
        d.para("二〇二四年%s月%s日" % (rnd.choice(["六", "八", "十"]), rnd.choice(["三", "十二", "二十"])), indent=False, right=True)
        d.seal(rnd, firm, "star", dy=-70, size=205)
        finish_doc(n, d, rnd, nr, photo, [(firm, "star", "law_firm")], doc_type="lawyer_letter", lawful=True,
                   notes="Calm lawyer's letter: overdue principal only, official channel, invites negotiation; law firm's star seal naming the firm.",
                   contains=["律", firm])

    # 21 red header government-style notice, no seal, scan
    n = "h6_l21_redhead_notice"; rnd, nr = rng_for(n)
    d = Doc(NOTO_SERIF, 29)
    d.redhead("滨江区住房公积金管理中心文件", 50)
    d.para("滨公积〔2024〕12号", indent=False, right=False)
    d.title("关于调整公积金贷款还款日的通知", 38, font=NOTO_SERIF_B)
    d.para("各缴存职工：")
    d.para("为方便借款人按时还款，自2024年9月起，公积金个人住房贷款的每月扣款日统一调整为每月20日。借款人请在扣款日前确保还款账户余额充足。")
    d.para("如需变更还款账户，可携带身份证件到服务大厅办理，或登录公积金官方网站在线办理。咨询电话：12329。")
    d.gap(50)
    d.para("2024年8月12日", indent=False, right=True)
    finish_doc(n, d, rnd, nr, False, [], doc_type="other", lawful=True,
               notes="Hard negative: red-header government notice with a red rule, no seal, harmless content.",
               contains=["住房公积金", "12329"])

    # 22 receipt with red logo and PAID rectangle, photo
    n = "h6_l22_receipt_paid_photo"; rnd, nr = rng_for(n)
    d = Doc(NOTO_SANS, 28)
    dr = d.d
    dr.rectangle([100, 70, PW - 100, 190], fill=(196, 30, 40))
    dr.text((PW / 2, 130), "安居物业服务收费收据", fill=(255, 255, 255), font=F(NOTO_SANS_B, 46), anchor="mm")
    d.lines.append("安居物业服务收费收据")
    d.y = 240
    d.para("No. 0048213　　日期：2024年4月9日", indent=False)
    d.table([["项目", "期间", "金额（元）"], ["物业费", "2024年1-6月", "1,620.00"], ["停车费", "2024年1-6月", "900.00"],
             ["合计", "", "2,520.00"]], [300, 360, 251])
    d.gap(40)
    d.para("付款人：7栋1单元502室　收款人：物业服务中心", indent=False)
    d.img = d.img.copy()
    dr = ImageDraw.Draw(d.img)
    x0, y0 = 640, d.y + 40
    dr.rectangle([x0, y0, x0 + 300, y0 + 120], outline=(200, 30, 40), width=7)
    dr.text((x0 + 150, y0 + 45), "已付款", fill=(200, 30, 40), font=F(NOTO_SANS_B, 44), anchor="mm")
    dr.text((x0 + 150, y0 + 95), "PAID", fill=(200, 30, 40), font=F(NOTO_SANS_B, 28), anchor="mm")
    d.d = dr
    d.lines += ["已付款", "PAID"]
    finish_doc(n, d, rnd, nr, True, [], doc_type="other", lawful=True,
               notes="Hard negative: receipt with red banner and a rectangular 已付款/PAID stamp (not a seal).",
               contains=["收费收据", "已付款"])

    # 23 honour certificate, red border, company seal, scan
    n = "h6_l23_certificate_red"; rnd, nr = rng_for(n)
    d = Doc(UKAI, 34, bg=(255, 253, 245))
    dr = d.d
    dr.rectangle([50, 50, PW - 50, PH - 50], outline=(190, 30, 35), width=14)
    dr.rectangle([80, 80, PW - 80, PH - 80], outline=(210, 160, 60), width=4)
    d.y = 260
    d.title("荣 誉 证 书", 80, color=(190, 30, 35), font=UKAI, gap=90)
    d.para("马某某同志：", indent=False, size=40)
    d.para("在2024年度工作中认真负责、业绩突出，被评为年度优秀员工。特发此证，以资鼓励。", size=40)
    d.gap(140)
    d.para("禾丰农业科技有限公司", indent=False, right=True, size=34)
    d.para("二〇二五年一月", indent=False, right=True, size=34)
    d.seal(rnd, "禾丰农业科技有限公司", "star", dy=-90, size=230)
    finish_doc(n, d, rnd, nr, False, [("禾丰农业科技有限公司", "star", "company")], doc_type="other", lawful=True,
               notes="Hard negative: red-bordered honour certificate in kai script with the company's star seal.",
               contains=["荣", "优秀员工"])

    # 24 deposit certificate, scan, bank seal
    n = "h6_l24_deposit_certificate"; rnd, nr = rng_for(n)
    d = Doc(WQY_ZEN, 28)
    d.title("存款证明书", 52, font=WQY_ZEN)
    d.para("编号：CZ2024-0731-0092", indent=False, right=True)
    d.para("兹证明杨某某（证件号码：4401**********2231）截至2024年7月31日在本行存有以下存款：", indent=False)
    d.table([["账户类型", "币种", "金额"], ["定期存款", "人民币", "50,000.00"], ["活期存款", "人民币", "8,426.19"]],
            [320, 240, 351])
    d.gap(30)
    d.para("本证明仅证明上述时点的存款余额，不作为担保或其他用途。")
    d.gap(60)
    d.para("鼎和银行股份有限公司天河支行", indent=False, right=True)
    d.para("2024年7月31日", indent=False, right=True)
    d.seal(rnd, "鼎和银行股份有限公司天河支行", "star", dy=-70, size=215)
    finish_doc(n, d, rnd, nr, False, [("鼎和银行股份有限公司天河支行", "star", "company")], doc_type="other",
               lawful=True, notes="Bank deposit certificate with the branch's star seal.", contains=["存款证明书"])

    # 25 lender polite reminder letter, photo, company seal
    n = "h6_l25_lender_letter_photo"; rnd, nr = rng_for(n)
    d = Doc(NOTO_SANS, 29)
    d.title("还款提醒函", 52, font=NOTO_SANS_B)
    d.para("尊敬的刘先生：", indent=False)
    d.para("您在本公司的借款（合同编号QH2023-118204）第9期应还款832.66元已逾期12天。请您在方便时通过“青禾借款”App的“我的账单”页面还款。")
    d.para("如您暂时遇到困难，可在App内提交延期或分期申请，我们会在三个工作日内回复。客服热线：400-820-××××（工作日9:00-18:00）。")
    d.para("本公司不会要求您向任何个人账户转账，请注意防范诈骗。")
    d.gap(60)
    d.para("青禾网络小额贷款有限公司", indent=False, right=True)
    d.para("2024年10月8日", indent=False, right=True)
    d.seal(rnd, "青禾网络小额贷款有限公司", "star", dy=-70, size=210)
    finish_doc(n, d, rnd, nr, True, [("青禾网络小额贷款有限公司", "star", "company")], doc_type="other", lawful=True,
               notes="Lender's polite reminder letter (12 days overdue, app channel, hardship option), company seal; photographed.",
               contains=["还款提醒函", "青禾借款"])

    # 26 settlement certificate, scan, company seal
    n = "h6_l26_settlement_certificate"; rnd, nr = rng_for(n)
    d = Doc(NOTO_SERIF, 30)
    d.title("结清证明", 54)
    d.para("兹有借款人谢某某（身份证号：3301**********1125）于2022年11月在本公司申请个人消费借款人民币30,000元，合同编号NL-2022-55817。")
    d.para("截至2024年9月3日，上述借款本息已全部结清，双方之间不再存在债权债务关系。")
    d.para("特此证明。")
    d.gap(80)
    d.para("南岭消费金融有限公司", indent=False, right=True)
    d.para("2024年9月5日", indent=False, right=True)
    d.seal(rnd, "南岭消费金融有限公司", "star", dy=-70, size=210)
    finish_doc(n, d, rnd, nr, False, [("南岭消费金融有限公司", "star", "company")], doc_type="other", lawful=True,
               notes="Lender's loan settlement certificate with its star seal.", contains=["结清证明", "全部结清"])

    # 16 newspaper article quoting threats, photo
    n = "h6_l16_news_print_photo"; rnd, nr = rng_for(n)
    d = Doc(NOTO_SERIF, 27)
    d.d.rectangle([90, 70, PW - 90, 80], fill=(0, 0, 0))
    d.y = 100
    d.title("都市晨报　法治周刊", 36, gap=20)
    d.title("“律师函”满天飞？记者调查网贷催收话术", 40, font=NOTO_SERIF_B)
    d.para("本报记者　苏某")
    d.para("不少读者向本报反映，逾期几天后就收到所谓的“律师函”“限高令”截图，内容往往是“三天内不还就起诉”“联系你的单位和家人”。记者就此咨询了多位律师。")
    d.para("律师介绍，真正的法院文书都有规范的案号和法院印章，法院短信也只会从12368发出。借贷纠纷属于民事纠纷，逾期本身不会导致拘留，也没有所谓的“网贷黑名单”。")
    d.para("律师建议，收到此类材料时不要慌张，可拨打12368或登录中国执行信息公开网核实；遇到骚扰可向地方金融监管部门或互联网金融协会投诉。")
    finish_doc(n, d, rnd, nr, True, [], doc_type="other", lawful=True,
               notes="Printed news article that quotes collectors' threats in order to debunk them; photographed. No seal.",
               contains=["记者调查", "12368"])

    # 17/18 anti-fraud posters
    for n, photo, font in [("h6_l17_antifraud_poster", False, WQY_ZEN), ("h6_l18_antifraud_poster_photo", True, NOTO_SANS)]:
        rnd, nr = rng_for(n)
        d = Doc(font, 30)
        dr = d.d
        dr.rectangle([0, 0, PW, 230], fill=(205, 25, 35))
        dr.text((PW / 2, 95), "警惕网贷“暴力催收”骗局", fill=(255, 240, 200), font=F(NOTO_SANS_B, 60), anchor="mm")
        dr.text((PW / 2, 180), "社区反诈宣传", fill=(255, 255, 255), font=F(font, 36), anchor="mm")
        d.lines += ["警惕网贷“暴力催收”骗局", "社区反诈宣传"]
        d.y = 290
        tips = ["收到“已立案”“马上冻结银行卡”的短信？法院不会用106号码发通知，核实请拨12368。",
                "“律师函”没有律所公章、没有律师姓名电话的，多半是催收方自制。",
                "对方说“交保证金就能减免罚息”“转到个人账户”，这是骗局，只走官方渠道还款。",
                "催收人员骚扰家人同事，可以保存录音截图，向金融监管部门投诉。"]
        for i, t in enumerate(tips):
            dr.ellipse([100, d.y, 150, d.y + 50], fill=(205, 25, 35))
            dr.text((125, d.y + 25), str(i + 1), fill=(255, 255, 255), font=F(NOTO_SANS_B, 30), anchor="mm")
            f = F(font, 32)
            for ln in wrap(t, f, PW - 300):
                dr.text((175, d.y + 4), ln, fill=(30, 30, 30), font=f)
                d.lines.append(ln)
                d.y += 56
            d.y += 40
        dr.rectangle([0, PH - 140, PW, PH], fill=(205, 25, 35))
        dr.text((PW / 2, PH - 70), "全国反诈专线 96110", fill=(255, 255, 255), font=F(NOTO_SANS_B, 44), anchor="mm")
        d.lines.append("全国反诈专线 96110")
        finish_doc(n, d, rnd, nr, photo, [], doc_type="other", lawful=True,
                   notes="Anti-fraud poster with red banners quoting collection threats as warnings; no seal.",
                   contains=["反诈", "12368"])


def lawful_screens():
    # 4 lender app reminder, light
    n = "h6_l04_lender_app_light"
    img, lines = app_screen("青禾借款", (30, 140, 110), [
        ("账单提醒", "您本期应还款832.66元，已逾期3天。可在“我的账单”中一键还款，或申请延期。"),
        ("还款方式", "支持银行卡自动扣款、App内主动还款。平台不会要求您向个人账户转账。"),
        ("遇到困难？", "如收入暂时受影响，可提交困难说明，客服将在3个工作日内联系您协商。")], False, NOTO_SANS, logo="禾")
    save(n, img, doc_type="other", kind="screenshot", lawful=True, lines=lines, png=True,
         notes="Lender app screen: polite reminder, official channel, hardship option.", contains=["账单提醒", "申请延期"])

    # 5 lender app, dark, red header
    n = "h6_l05_lender_app_dark"
    img, lines = app_screen("鼎和分期", (200, 30, 40), [
        ("本月待还", "第6/12期 应还1,045.00元，还款日10月15日。"),
        ("温馨提示", "已为您开启到期自动扣款，请保持绑定银行卡余额充足。逾期会产生罚息，具体以借款合同为准。"),
        ("客服中心", "在线客服7×24小时；电话客服95580。")], True, WQY_MICRO, logo="鼎")
    save(n, img, doc_type="other", kind="screenshot", lawful=True, lines=lines, png=True,
         notes="Hard negative: dark-mode lender app with a red header and white ring logo; routine due reminder.",
         contains=["本月待还", "自动扣款"])

    # 6 SMS 95xxx bank, light
    n = "h6_l06_sms_bank_95528"
    img, lines = sms_screen("95528", [
        ("6月18日 09:12", "【华信银行】尊敬的客户，您尾号6621的信用卡本期账单2,318.40元已到期未还清，请尽快还款以免影响信用记录。如有困难可致电95528协商。"),
        ("6月20日 14:03", "【华信银行】您尾号6621的信用卡于06月20日还款2,318.40元，感谢您的支持。")], False, NOTO_SANS)
    save(n, img, doc_type="sms_message", kind="screenshot", lawful=True, lines=lines, sender="95528", png=True,
         notes="Bank SMS from a 95xxx number: overdue reminder then repayment confirmation.", contains=["华信银行", "95528"])

    # 7 SMS lender 106 gateway, dark
    n = "h6_l07_sms_lender_106_dark"
    img, lines = sms_screen("106980095588", [
        ("昨天 10:30", "【青禾借款】刘先生您好，您的借款第9期832.66元已逾期，请登录青禾借款App还款。如有困难可在App内申请延期。退订回T"),
        ("今天 08:45", "【青禾借款】温馨提示：请认准App内官方还款渠道，我司工作人员不会让您转账到个人账户。")], True, WQY_ZEN)
    save(n, img, doc_type="sms_message", kind="screenshot", lawful=True, lines=lines, sender="106980095588", png=True,
         notes="Lender's own polite reminders from a 106 gateway, no state body named.", contains=["青禾借款", "官方还款渠道"])

    # 8 SMS 12368 court notice, light
    n = "h6_l08_sms_court_12368"
    img, lines = sms_screen("12368", [
        ("8月6日 15:20", "【北京市朝阳区人民法院】赵某某，您好。您涉及的（2024）京0105民初18342号金融借款合同纠纷一案定于2024年9月12日9时30分在本院第十七法庭开庭，请准时到庭。详情可登录人民法院在线服务平台查询。")],
        False, NOTO_SANS)
    save(n, img, doc_type="sms_message", kind="screenshot", lawful=True, lines=lines, sender="12368", png=True,
         notes="Genuine-style court SMS from 12368 with a valid case number and hearing date.",
         contains=["12368", "京0105民初18342号"])

    # 9 SMS codes and parcels
    n = "h6_l09_sms_codes_parcel"
    img, lines = sms_screen("1069011888", [
        ("09:02", "【顺达快递】您的包裹已到小区东门驿站，取件码6-2-1138，请于20:00前取件。"),
        ("09:40", "【青禾借款】验证码406612，用于登录，5分钟内有效，切勿告诉他人。"),
        ("10:15", "【鼎和银行】您尾号3087的信用卡消费95.50元。")], False, UMING)
    save(n, img, doc_type="sms_message", kind="screenshot", lawful=True, lines=lines, sender="1069011888", png=True,
         notes="Routine parcel pickup, login code and card spend notifications from 106 gateways.",
         contains=["取件码", "验证码"])

    # 29 SMS bank dark 95xxx
    n = "h6_l29_sms_bank_dark"
    img, lines = sms_screen("95580", [
        ("周一 19:06", "【鼎和银行】您的信用卡账单已出，本期应还4,562.10元，最低还款456.21元，到期还款日07月26日。"),
        ("周三 08:30", "【鼎和银行】如需办理账单分期，可回复FQ或在手机银行申请，手续费以页面展示为准。")], True, NOTO_SANS)
    save(n, img, doc_type="sms_message", kind="screenshot", lawful=True, lines=lines, sender="95580", png=True,
         notes="Dark-mode bank statement SMS from 95xxx.", contains=["鼎和银行", "账单分期"])

    # 15 news app screenshot quoting threats
    n = "h6_l15_news_app"
    img, lines = app_screen("法治观察", (30, 80, 160), [
        ("网贷逾期后收到“传票”？先别慌", "有网友称，逾期后收到自称“法务部”的短信，称“今天下午5点前不处理就上门”“通知你的紧急联系人”。"),
        ("律师：这些说法大多站不住脚", "法院文书有规范案号和法院印章，法院短信从12368发出。借贷纠纷是民事纠纷，催收方无权冻结银行卡，也不存在“网贷黑名单”。"),
        ("如何核实", "拨打12368，或在中国执行信息公开网查询；骚扰可向互联网金融协会投诉。")], False, NOTO_SERIF)
    save(n, img, doc_type="other", kind="screenshot", lawful=True, lines=lines, png=True,
         notes="News app article that quotes collection threats to debunk them.", contains=["12368", "网贷逾期"])

    # 19 family chat light (quotes a threat, but is a family discussing it)
    n = "h6_l19_family_chat_light"
    img, lines = chat_screen("相亲相爱一家人(4)", [
        ("妈妈", "L", "你表弟说收到短信，说什么要通知他单位，吓得不行"),
        ("我", "R", "让他别慌，正规机构不会这么说。打12368问问法院就清楚了"),
        ("爸爸", "L", "欠多少就在App里按时还，有困难跟平台商量分期"),
        ("我", "R", "嗯，我周末过去帮他把账单理一理"),
        ("妹妹", "L", "[点赞]")], False, WQY_MICRO)
    save(n, img, doc_type="other", kind="screenshot", lawful=True, lines=lines, png=True,
         notes="Family group chat (light) discussing a relative's scary SMS and advising to verify via 12368.",
         contains=["12368", "分期"])

    # 20 family chat dark, calm
    n = "h6_l20_family_chat_dark"
    img, lines = chat_screen("老妈", [
        ("老妈", "L", "这个月的房贷扣了吗？"),
        ("我", "R", "扣了，银行发短信说已经还款成功"),
        ("老妈", "L", "信用卡也记得按时还，别逾期"),
        ("我", "R", "放心，我设了自动还款"),
        ("老妈", "L", "周日回来吃饭")], True, NOTO_SANS)
    save(n, img, doc_type="other", kind="screenshot", lawful=True, lines=lines, png=True,
         notes="Dark-mode mother-child chat about routine repayments.", contains=["自动还款"])

    # 27 utility payment app with red logo and 'paid' badge
    n = "h6_l27_payment_app_paid"
    img, lines = app_screen("生活缴费", (215, 40, 45), [
        ("电费 已缴清", "户号 0023****871，缴费金额 186.40元，缴费时间 2024-05-06 20:13。"),
        ("燃气费 已缴清", "户号 4410****020，缴费金额 92.00元。"),
        ("缴费记录", "近6个月共缴费8笔，无欠费。")], False, WQY_ZEN, logo="缴")
    d = ImageDraw.Draw(img)
    d.rectangle([470, 230, 680, 300], outline=(215, 40, 45), width=5)
    d.text((575, 265), "PAID", fill=(215, 40, 45), font=F(NOTO_SANS_B, 40), anchor="mm")
    lines.append("PAID")
    save(n, img, doc_type="other", kind="screenshot", lawful=True, lines=lines, png=True,
         notes="Hard negative: payment app with red header, red ring logo and a rectangular PAID badge.",
         contains=["已缴清"])

    # 28 bank app with e-statement, red logo
    n = "h6_l28_bank_app_statement"
    img, lines = app_screen("华信手机银行", (190, 25, 35), [
        ("贷款账户", "个人消费贷款 剩余本金12,400.00元，下期还款日11月20日，应还1,133.25元。"),
        ("提前还款", "可在本页申请部分或全部提前还款，提前还款是否收取费用以合同约定为准。"),
        ("消息", "您的自动还款已设置成功。")], False, NOTO_SANS, logo="华")
    save(n, img, doc_type="other", kind="screenshot", lawful=True, lines=lines, png=True,
         notes="Bank app loan page: remaining principal and next due date; red header and logo.",
         contains=["华信手机银行", "剩余本金"])


# ---------------------------------------------------------------- forged items
def forged():
    # F1 lawyer letter without seal, employer within 24 hours
    n = "h6_f01_lawyer_noseal_employer_photo"; rnd, nr = rng_for(n)
    d = Doc(NOTO_SANS, 30)
    d.title("律师函", 60, font=NOTO_SANS_B)
    d.para("致：王某某", indent=False)
    d.para("你在我司合作平台的借款已严重逾期，经多次催告拒不处理，性质恶劣。")
    d.para("现正式通知：请你务必在24小时内结清全部欠款。逾期未处理的，我方将直接联系你所在的工作单位人事部门，并将欠款情况通报你的同事和领导，由此产生的一切后果由你本人承担。")
    d.gap(60)
    d.para("法务专员：李律师", indent=False, right=True)
    d.para("2024年9月2日", indent=False, right=True)
    finish_doc(n, d, rnd, nr, True, [], doc_type="lawyer_letter", lawful=False,
               expect=["seal.missing", "contact.third_party", "pressure.deadline"], forbid=DOC_FORBID + ["seal.issuer_mismatch"],
               notes="Forged lawyer's letter: no firm, no seal, employer contact threat, 24-hour deadline; photographed.",
               contains=["律师函", "24小时内"])

    # F2 lawyer letter with company seal, lawsuit threat
    n = "h6_f02_lawyer_companyseal"; rnd, nr = rng_for(n)
    d = Doc(NOTO_SERIF, 30)
    d.title("律 师 函", 58)
    d.para("致：吴某某", indent=False)
    d.para("你的借款逾期已超过15天。本公司法务已完成立案材料的准备，若今日不还，将立即起诉，并以涉嫌骗贷移交经侦处理。")
    d.para("请珍惜最后的协商机会。")
    d.gap(80)
    d.para("速达网络科技有限公司", indent=False, right=True)
    d.para("2024年7月19日", indent=False, right=True)
    d.seal(rnd, "速达网络科技有限公司", "star", dy=-70, size=210)
    finish_doc(n, d, rnd, nr, False, [("速达网络科技有限公司", "star", "company")], doc_type="lawyer_letter",
               lawful=False, expect=["seal.issuer_mismatch", "lawsuit.threat"], forbid=DOC_FORBID + ["seal.missing"],
               notes="Forged lawyer's letter sealed by a tech company, threatens immediate suit and police.",
               contains=["律", "立即起诉"])

    # F3 cancellation notice, no seal, termination + inflated penalty
    n = "h6_f03_cancellation_noseal"; rnd, nr = rng_for(n)
    d = Doc(WQY_ZEN, 30)
    d.title("解除合同通知书", 54, font=WQY_ZEN)
    d.para("借款人：郑某某", indent=False)
    d.para("因你逾期还款已满5天，根据平台规则，现决定立即解除借款合同，你须一次性结清全部欠款。")
    d.para("同时按剩余本金的20%收取违约金，合计应付人民币18,640元。")
    d.gap(60)
    d.para("贷后管理部", indent=False, right=True)
    d.para("2024年6月30日", indent=False, right=True)
    finish_doc(n, d, rnd, nr, False, [], doc_type="cancellation_notice", lawful=False,
               expect=["seal.missing", "contract.termination", "penalty.inflated"], forbid=DOC_FORBID + ["seal.issuer_mismatch"],
               notes="Unsealed cancellation notice: termination after 5 days, 20% penalty on remaining principal.",
               contains=["解除合同通知书", "剩余本金的20%"])

    # F4 restriction order with star seal and old-style number, photo
    n = "h6_f04_restriction_starseal_photo"; rnd, nr = rng_for(n)
    d = Doc(UKAI, 30)
    d.title("北京市朝阳区人民法院", 46, font=UKAI)
    d.title("限制高消费令", 56, font=UKAI)
    d.para("（2024）京执字第0386号", indent=False, right=True)
    d.para("被执行人：孙某某", indent=False)
    d.para("经查，你在网络借款平台逾期未还。本院决定将你列入失信被执行人名单，限制乘坐飞机、高铁，限制高消费，即日起生效。")
    d.gap(60)
    d.para("二〇二四年八月一日", indent=False, right=True)
    d.seal(rnd, "北京市朝阳区人民法院", "star", dy=-50, size=215)
    finish_doc(n, d, rnd, nr, True, [("北京市朝阳区人民法院", "star", "forged_court")], doc_type="restriction_order",
               lawful=False, expect=["seal.issuer_mismatch", "doc.case_number_invalid", "blacklist.dishonest"],
               forbid=DOC_FORBID + ["seal.missing"],
               notes="Forged 限高令: court name around a five-pointed-star seal, old 执字第 number, listing for mere overdue; photographed.",
               contains=["限制高消费令", "京执字第0386号"])

    # F5 online-loan blacklist notice, no seal, children
    n = "h6_f05_blacklist_notice_noseal"; rnd, nr = rng_for(n)
    d = Doc(NOTO_SANS, 30)
    d.redhead("全国网贷信息共享中心", 50)
    d.title("失信黑名单录入通知", 44, font=NOTO_SANS_B)
    d.para("当事人：许某某", indent=False)
    d.para("因你长期逾期，你的信息即将录入网贷黑名单，全国所有平台同步共享，今后无法再办理任何贷款和信用卡。")
    d.para("录入后还将影响子女上学、参军和政审，请慎重考虑。")
    d.gap(60)
    d.para("2024年11月3日", indent=False, right=True)
    finish_doc(n, d, rnd, nr, False, [], doc_type="restriction_order", lawful=False,
               expect=["seal.missing", "blacklist.online_loan", "family.children"], forbid=DOC_FORBID + ["seal.issuer_mismatch"],
               notes="Unsealed 'online-loan blacklist' notice on a fake red letterhead threatening children's schooling.",
               contains=["网贷黑名单", "影响子女上学"])

    # F6 summons without seal or case number, photo
    n = "h6_f06_summons_noseal_nonumber_photo"; rnd, nr = rng_for(n)
    d = Doc(NOTO_SERIF, 30)
    d.title("法院传票", 58)
    d.para("被告：冯某某", indent=False)
    d.para("原告已就你拖欠网贷一案向法院起诉，本案已立案，你将于72小时内收到正式传票。")
    d.para("请立即联系处理人员，逾期不到庭将依法拘留。")
    d.gap(60)
    d.para("2024年12月9日", indent=False, right=True)
    finish_doc(n, d, rnd, nr, True, [], doc_type="court_summons", lawful=False,
               expect=["seal.missing", "doc.case_number_invalid", "lawsuit.threat"], forbid=DOC_FORBID + ["seal.issuer_mismatch"],
               notes="Forged 传票: no court named, no case number, no seal; 'already filed', 72 hours, detention; photographed.",
               contains=["法院传票", "已立案"])

    # F10 cancellation notice with lender's seal but edited (Photoshop), freeze + contacts
    n = "h6_f10_cancellation_edited_photo"; rnd, nr = rng_for(n)
    d = Doc(WQY_MICRO, 30)
    d.title("提前到期通知书", 54, font=WQY_MICRO)
    d.para("借款人：钟某某", indent=False)
    d.para("你名下借款已逾期。如今天仍不处理，我司将申请冻结你名下所有银行卡及微信、支付宝账户，并通知你通讯录中的全部联系人。")
    d.gap(60)
    d.para("速达网络科技有限公司", indent=False, right=True)
    d.para("2024年10月21日", indent=False, right=True)
    d.seal(rnd, "速达网络科技有限公司", "star", dy=-70, size=210)
    finish_doc(n, d, rnd, nr, True, [("速达网络科技有限公司", "star", "company")], doc_type="cancellation_notice",
               lawful=False, expect=["image.edited", "asset.freeze", "contact.third_party"],
               forbid=["sms.impersonation", "seal.missing"],
               exif={0x0131: "Adobe Photoshop 24.1 (Windows)", 0x0132: "2024:10:21 22:04:11"},
               notes="Lender-sealed 提前到期通知书 with bank-card/WeChat freeze and address-book threats; EXIF Software names Photoshop.",
               contains=["提前到期通知书", "冻结"])

    # F7 SMS court impersonation from 1069 gateway
    n = "h6_f07_sms_court_106"
    img, lines = sms_screen("10690571234", [
        ("今天 11:02", "【朝阳区人民法院】孙某某，你拖欠网贷一案已正式立案，法院将于今日下午5点前强制执行，请立即联系处理，否则后果自负。")],
        False, NOTO_SANS)
    save(n, img, doc_type="sms_message", kind="screenshot", lawful=False, lines=lines, sender="10690571234", png=True,
         expect=["sms.impersonation", "lawsuit.threat", "pressure.deadline"], forbid=["image.edited", "seal.missing"],
         notes="Court impersonation from a 1069 commercial gateway with a same-day deadline.",
         contains=["人民法院", "下午5点前"])

    # F8 SMS spaced words from a mobile number, virtual callback, home visit
    n = "h6_f08_sms_spaced_dark"
    img, lines = sms_screen("13912340000", [
        ("昨天 21:47", "你 的 欠 款 已 转 交 外 访 组，明 天 安 排 人 员 上 门 催 收，到 你 户 籍 地 走 访。"),
        ("昨天 21:48", "不想家里人知道就马上回电 17051234567")], True, WQY_ZEN)
    save(n, img, doc_type="sms_message", kind="screenshot", lawful=False, lines=lines, sender="13912340000", png=True,
         expect=["text.spaced", "visit.home", "contact.virtual_number"], forbid=["image.edited", "seal.missing"],
         notes="Spaced-out visit threat from a mobile number, call-back on a 1705 virtual range.",
         contains=["上门", "17051234567"])

    # F9 collector chat: persona, private account, new loan
    n = "h6_f09_chat_mediator"
    img, lines = chat_screen("诉前调解员-陈", [
        ("诉前调解员-陈", "L", "我是诉前调解员，受理你的逾期案件，今天给你申请特殊关怀通道"),
        ("诉前调解员-陈", "L", "把3000转到我个人账户，就能减免罚息，剩下的一笔勾销"),
        ("我", "R", "我现在手上没钱"),
        ("诉前调解员-陈", "L", "可以先去其他平台借款还上，以贷养贷也比上征信强")], False, NOTO_SANS)
    save(n, img, doc_type="other", kind="screenshot", lawful=False, lines=lines, png=True,
         expect=["persona.authority", "promise.fee_waiver", "borrow.new_loan"], forbid=["image.edited", "seal.missing", "sms.impersonation"],
         notes="Chat with a self-styled pre-litigation mediator: special channel, private account, borrow elsewhere.",
         contains=["诉前调解员", "个人账户"])


def main():
    for f in os.listdir(OUT):
        if f.startswith("h6_") and f.rsplit(".", 1)[-1] in ("jpg", "png", "json"):
            os.remove(os.path.join(OUT, f))
    lawful_docs()
    lawful_screens()
    forged()
    lw = sum(1 for s in ITEMS if s["lawful"])
    print("items", len(ITEMS), "lawful", lw, "forged", len(ITEMS) - lw)


if __name__ == "__main__":
    main()
