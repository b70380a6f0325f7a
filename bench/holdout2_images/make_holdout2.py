"""Build the HELD-OUT image set v2 (deterministic; run from anywhere).

    python3 bench/holdout2_images/make_holdout2.py

Writes <stem>.jpg|png and <stem>.json next to this file. All rendering is in
render2.py (Pillow text, OpenCV warps); nothing is shared with the fixtures.
Measure only, never tune: see README.md.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep the data folder free of __pycache__
sys.path.insert(0, str(HERE))
from render2 import Page, crop_to_content, find_phrase, font, photograph, scan, signature, store_rotated, wrap  # noqa: E402

ALL = ["seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid", "image.edited",
       "penalty.inflated", "contract.termination", "blacklist.dishonest", "family.children",
       "lawsuit.threat", "visit.home", "persona.authority", "promise.fee_waiver", "contact.third_party",
       "contact.virtual_number", "blacklist.online_loan", "borrow.new_loan", "asset.freeze",
       "pressure.deadline", "sms.impersonation", "text.spaced"]

RED = (204, 32, 42)
ITEMS = []


def item(**kw):
    def deco(fn):
        kw["build"] = fn
        ITEMS.append(kw)
        return fn
    return deco


# --------------------------------------------------------------------------- document pages

def document(rng, *, title, body, header=None, issuer=None, date=None, seal=None, seal_kind="company",
             seal_dx=0, seal_dy=0, sign=None, fnt="serif", size=40, title_font="serif_bold", title_size=66,
             ink=RED, paper=(252, 251, 247), after_seal=None, crop=True):
    """A one-page official-looking paper. body items: str (indented paragraph) or (mode, text)."""
    p = Page(paper=paper)
    p.y = 130
    if header:
        p.text(header, size=44, fnt=title_font, align="center", gap=0.5)
        p.space(10)
    p.text(title, size=title_size, fnt=title_font, align="center", gap=0.45)
    p.space(30)
    for b in body:
        mode, t = ("p", b) if isinstance(b, str) else b
        if mode == "p":
            first, *rest = wrap("\u3000\u3000" + t, font(fnt, size), p.w - 2 * p.margin) or [""]
            for line in [first] + rest:
                p.text(line, size=size, fnt=fnt)
        elif mode == "kv":
            p.text(t, size=size, fnt=fnt)
        elif mode == "c":
            p.text(t, size=size, fnt=fnt, align="center")
        elif mode == "row":
            f = font(fnt, size)
            xs = [p.margin, p.margin + 190, p.margin + 420, p.margin + 620, p.margin + 820]
            for x, cell in zip(xs, t):
                p.draw.text((x, p.y), cell, font=f, fill=(25, 25, 25))
            p.lines.append(" ".join(t))
            p.y += int(size * 1.7)
        elif mode == "sp":
            p.space(int(t))
    p.space(50)
    sy = p.y
    if issuer:
        p.text(issuer, size=size, fnt=fnt, align="right", x=p.w - 170)
    if date:
        p.text(date, size=size, fnt=fnt, align="right", x=p.w - 170)
    if seal:
        f = font(fnt, size)
        cx = p.w - 170 - f.getlength(issuer or date) / 2 + seal_dx
        seal = dict(seal, r=seal.get("r", 112) * 1.15)
        p.stamp(cx, sy + size * 1.2 + seal_dy, seal, rng, color=ink, kind=seal_kind)
    if sign:
        signature(p, *sign)
    if after_seal:
        after_seal(p)
    if crop:
        crop_to_content(p)
    return p


def jpeg(img, path, quality, exif=None):
    kw = dict(quality=quality, optimize=True, subsampling=2)
    if exif is not None:
        kw["exif"] = exif.tobytes()
    img.save(path, "JPEG", **kw)


def camera_exif(orientation=1, make="Xiaomi", model="Redmi Note 12 Pro", software=None,
                when="2024:05:14 20:41:07"):
    ex = Image.Exif()
    ex[0x010F] = make
    ex[0x0110] = model
    ex[0x0112] = orientation
    ex[0x0132] = when
    if software:
        ex[0x0131] = software
    return ex


def save_photo(p, rng, stem, *, orientation=1, make="Xiaomi", model="Redmi Note 12 Pro", software=None,
               quality=82, **kw):
    up, boxes = photograph(p, rng, **kw)
    stored = store_rotated(up, orientation)
    jpeg(stored, HERE / f"{stem}.jpg", quality, camera_exif(orientation, make, model, software))
    return f"{stem}.jpg", up.size, boxes, _metas(p), p.lines


def save_scan(p, rng, stem, *, quality=85, exif=None, **kw):
    im, boxes = scan(p, rng, **kw)
    jpeg(im, HERE / f"{stem}.jpg", quality, exif)
    return f"{stem}.jpg", im.size, boxes, _metas(p), p.lines


def _metas(p):
    return [{"text": s["text"], "center": s["center"], "kind": s["kind"]} for s in p.seals]


def seal_spec(text, center="star", r=112, **kw):
    d = dict(text=text, center=center, r=r)
    d.update(kw)
    return d


# --------------------------------------------------------------------------- phone screens

class Screen:
    def __init__(self, dark=False, W=720, H=1560, app="sms", title="", subtitle=None, clock="21:07"):
        self.W, self.H, self.dark, self.app = W, H, dark, app
        if app == "sms":
            bg = (0, 0, 0) if dark else (255, 255, 255)
        else:
            bg = (17, 17, 17) if dark else (237, 237, 237)
        self.fg = (235, 235, 235) if dark else (20, 20, 20)
        self.img = Image.new("RGB", (W, H), bg)
        self.d = ImageDraw.Draw(self.img)
        self.lines: list[str] = []
        self.seal_boxes: list = []
        self.seal_meta: list = []
        f = font("sans", 26)
        self.d.text((36, 14), clock, font=f, fill=self.fg)
        for k in range(4):  # signal bars + battery
            self.d.rectangle([W - 170 + k * 10, 38 - k * 6, W - 163 + k * 10, 40], fill=self.fg)
        self.d.rounded_rectangle([W - 100, 18, W - 52, 40], 5, outline=self.fg, width=2)
        self.d.rectangle([W - 96, 22, W - 70, 36], fill=self.fg)
        head_bg = bg if app == "sms" else ((30, 30, 30) if dark else (237, 237, 237))
        self.d.rectangle([0, 58, W, 170], fill=head_bg)
        self.d.line([(40, 114), (56, 98)], fill=self.fg, width=4)
        self.d.line([(40, 114), (56, 130)], fill=self.fg, width=4)
        ft = font("sans_bold" if app == "sms" else "sans", 36 if app == "sms" else 32)
        self.d.text((W / 2, 100 if subtitle else 114), title, font=ft, fill=self.fg, anchor="mm")
        if subtitle:
            self.d.text((W / 2, 146), subtitle, font=font("sans", 22), fill=(140, 140, 140), anchor="mm")
        self.lines.append(title)
        if app != "sms":
            self.d.text((W - 60, 114), "···", font=font("sans_bold", 30), fill=self.fg, anchor="mm")
        self.d.line([(0, 170), (W, 170)], fill=(60, 60, 60) if dark else (214, 214, 214), width=1)
        self.y = 200
        # input bar
        bar = (24, 24, 24) if dark else (246, 246, 246)
        self.d.rectangle([0, H - 110, W, H], fill=bar)
        self.d.rounded_rectangle([90 if app != "sms" else 30, H - 90, W - 150, H - 30], 12,
                                 fill=(44, 44, 44) if dark else (255, 255, 255))
        if app == "sms":
            self.d.text((50, H - 60), "短信", font=font("sans", 26), fill=(130, 130, 130), anchor="lm")

    def stamp_time(self, t):
        self.d.text((self.W / 2, self.y + 10), t, font=font("sans", 22), fill=(150, 150, 150), anchor="ma")
        self.y += 56

    def msg(self, text, side="in", size=30):
        W = self.W
        f = font("sans", size)
        maxw = int(W * 0.68)
        lines = [ln for part in text.split("\n") for ln in wrap(part, f, maxw)]
        lh = int(size * 1.5)
        tw = max(f.getlength(s) for s in lines)
        bw, bh = int(tw) + 48, lh * len(lines) + 34
        if self.app == "sms":
            x0 = 30 if side == "in" else W - 30 - bw
            col = ((38, 38, 40) if self.dark else (233, 233, 235)) if side == "in" else (0, 122, 255)
            tcol = (240, 240, 240) if (self.dark or side == "out") else (20, 20, 20)
        else:
            av = 72
            ax = 24 if side == "in" else W - 24 - av
            self.d.rounded_rectangle([ax, self.y, ax + av, self.y + av], 8,
                                     fill=(120, 150, 190) if side == "in" else (210, 160, 110))
            x0 = ax + av + 18 if side == "in" else ax - 18 - bw
            if side == "in":
                col = (44, 44, 44) if self.dark else (255, 255, 255)
            else:
                col = (62, 181, 117) if self.dark else (149, 236, 105)
            tcol = (230, 230, 230) if self.dark else (20, 20, 20)
        self.d.rounded_rectangle([x0, self.y, x0 + bw, self.y + bh], 18 if self.app == "sms" else 8, fill=col)
        for i, s in enumerate(lines):
            self.d.text((x0 + 24, self.y + 17 + i * lh), s, font=f, fill=tcol)
        self.lines.extend(text.split("\n"))
        self.y += bh + 30

    def picture(self, im, boxes, metas, side="in", width=470):
        W = self.W
        sc = width / im.width
        im2 = im.resize((width, int(im.height * sc)), Image.LANCZOS)
        av = 72
        ax = 24 if side == "in" else W - 24 - av
        self.d.rounded_rectangle([ax, self.y, ax + av, self.y + av], 8, fill=(120, 150, 190))
        x0 = ax + av + 18
        self.img.paste(im2, (x0, self.y))
        self.d = ImageDraw.Draw(self.img)
        for b, m in zip(boxes, metas):
            self.seal_boxes.append([int(round(x0 + b[0] * sc)), int(round(self.y + b[1] * sc)),
                                    int(round(b[2] * sc)), int(round(b[3] * sc))])
            self.seal_meta.append(m)
        self.y += im2.height + 30

    def save(self, stem):
        # phones save screenshots as RGB PNG; quantise to keep the set small (flat UI colours survive)
        q = self.img.quantize(colors=128, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        q.save(HERE / f"{stem}.png", optimize=True)
        return f"{stem}.png", self.img.size


def sms_item(stem, sender, msgs, dark, rng, subtitle=None, clock="21:07"):
    s = Screen(dark=dark, app="sms", title=sender, subtitle=subtitle, clock=clock)
    for m in msgs:
        if m[0] == "t":
            s.stamp_time(m[1])
        else:
            s.msg(m[1], side=m[0])
    name, size = s.save(stem)
    return name, size, [], [], s.lines


# =========================================================================== SCANS

@item(stem="s01_court_summons_genuine_scan", kind="scan", doc_type="court_summons", lawful=True,
      sender=None, text_contains=["传票", "（2024）京0105民初12345号", "金融借款合同纠纷"],
      notes="Genuine-looking summons: correct case number form, court seal with emblem over the date; "
            "scan with slight skew. Hard negative for every marker.")
def _(rng):
    p = document(rng, header="北京市朝阳区人民法院", title="传　票", title_size=72, body=[
        ("kv", "案　　号：（2024）京0105民初12345号"),
        ("kv", "案　　由：金融借款合同纠纷"),
        ("kv", "被传唤人：张立新"),
        ("kv", "住　　址：北京市朝阳区望京西园三区"),
        ("kv", "传唤事由：开庭审理"),
        ("kv", "应到时间：2024年6月18日上午9时30分"),
        ("kv", "应到处所：本院第十二法庭"),
        ("sp", 30),
        ("kv", "注意事项："),
        "被传唤人应携带本传票和身份证件按时到庭。",
        "如需了解案件进展，可拨打诉讼服务热线12368。",
    ], issuer="审判员　李文华", date="二〇二四年五月二十日",
        seal=seal_spec("北京市朝阳区人民法院", "emblem", r=118, font="serif_bold", rot=4, fade=0.3),
        seal_kind="court", seal_dy=-10)
    return save_scan(p, rng, "s01_court_summons_genuine_scan", skew=0.8)


@item(stem="s02_lawyer_letter_calm_scan", kind="scan", doc_type="lawyer_letter", lawful=True, sender=None,
      text_contains=["广东明衡律师事务所", "协商还款安排", "0755-83261478"],
      notes="Calm, lawful lawyer's letter: names the client, the contract and the overdue instalments; "
            "invites contact; law-firm seal (star) on the date line.")
def _(rng):
    p = document(rng, title="律 师 函", body=[
        ("kv", "致：刘雅婷女士"),
        "广东明衡律师事务所接受深圳前海安信小额贷款有限公司（以下简称“委托人”）的委托，"
        "指派本所律师就您与委托人之间的借款合同事宜致函如下：",
        "根据委托人提供的材料，您于2023年9月2日签订《个人借款合同》，借款本金人民币12,000元，"
        "分12期偿还。自2024年3月起，您有两期款项未按约偿还，合计应还本金2,000元及按合同约定计算的利息。",
        "请您与委托人客服或本所律师联系，核对账目并协商还款安排。若您对上述金额有异议，"
        "可向委托人提出书面意见并提供相应凭证。",
        "联系人：陈志远律师，电话：0755-83261478。",
    ], issuer="广东明衡律师事务所", date="2024年4月8日",
        seal=seal_spec("广东明衡律师事务所", "star", r=108, font="zenhei", rot=-9),
        seal_kind="law_firm")
    return save_scan(p, rng, "s02_lawyer_letter_calm_scan", skew=-1.2, noise=4)


@item(stem="s03_bank_statement_scan", kind="scan", doc_type="other", lawful=True, sender=None,
      text_contains=["个人贷款对账单", "按合同约定利率计收", "逾期利息0.79元"],
      notes="Bank loan statement with an overdue instalment charged contractual interest only; "
            "long (16-char) ring text with 业务专用章 under the star.")
def _(rng):
    body = [("kv", "户名：赵明轩　　　贷款账号：6230 **** **** 4471"),
            ("kv", "贷款种类：个人消费贷款　　执行年利率：5.25%"),
            ("sp", 16)]
    rows = [("期次", "应还日期", "应还本金", "应还利息", "状态"),
            ("第7期", "2024-03-15", "1,000.00", "52.50", "已还"),
            ("第8期", "2024-04-15", "1,000.00", "48.13", "已还"),
            ("第9期", "2024-05-15", "1,000.00", "43.75", "逾期3天")]
    for r in rows:
        body.append(("row", r))
    body += [("sp", 16),
             "第9期逾期3天，逾期利息0.79元，按合同约定利率计收。请按期足额还款，如已还款请忽略本对账单。",
             "如对账单有疑问，请联系开户网点核对。"]
    p = document(rng, header="江南恒通农村商业银行", title="个人贷款对账单", title_size=56, body=body,
                 fnt="sans", size=34, issuer="江南恒通农村商业银行股份有限公司", date="2024年5月18日",
                 seal=seal_spec("江南恒通农村商业银行股份有限公司", "star", r=118, bottom="业务专用章",
                                font="serif_bold", rot=7), seal_dx=60)
    return save_scan(p, rng, "s03_bank_statement_scan", skew=0.5, noise=3)


@item(stem="s04_redheader_notice_scan", kind="scan", doc_type="other", lawful=True, sender=None,
      text_contains=["人民法院文件", "西法〔2024〕17号", "开放日"],
      notes="Red-header document (红头文件): red title and red rule; court seal with emblem. "
            "Hard negative for red-colour detectors; the 发文字号 is not a case number.")
def _(rng):
    p = Page()
    p.y = 150
    p.text("杭州市西湖区人民法院文件", size=78, fnt="serif_bold", color=(210, 20, 28), align="center", gap=0.6)
    p.text("西法〔2024〕17号", size=32, fnt="serif", align="center")
    p.rule(color=(210, 20, 28), width=5)
    p.space(30)
    p.text("关于开展2024年诉讼服务“开放日”活动的通知", size=40, fnt="serif_bold", align="center")
    p.space(20)
    for t in ["各有关单位、社会各界群众：",
              "\u3000\u3000为进一步推进司法公开，方便群众了解诉讼服务流程，本院定于2024年5月28日举办诉讼服务“开放日”活动。",
              "\u3000\u3000活动内容包括参观诉讼服务中心、旁听公开庭审、体验网上立案与在线调解。欢迎报名参加。",
              "\u3000\u3000报名方式：工作日拨打本院诉讼服务中心电话0571-87651200登记。"]:
        p.text(t, size=34)
    p.space(60)
    sy = p.y
    p.text("杭州市西湖区人民法院", size=34, align="right", x=p.w - 180)
    p.text("2024年5月10日", size=34, align="right", x=p.w - 200)
    p.stamp(p.w - 180 - 170, sy + 40, seal_spec("杭州市西湖区人民法院", "emblem", r=116, font="ming",
                                                 rot=-3, missing=0.25), rng, kind="court")
    return save_scan(p, rng, "s04_redheader_notice_scan", skew=-0.6, noise=3,
                     exif=_scanner_exif())


def _scanner_exif():
    ex = Image.Exif()
    ex[0x010F] = "EPSON"
    ex[0x0110] = "DS-530"
    ex[0x0131] = "EPSON Scan 2"
    return ex


@item(stem="s05_red_pen_circles_scan", kind="scan", doc_type="other", lawful=True, sender=None,
      text_contains=["专项附加扣除", "住房租金", "赡养老人"],
      notes="Printed tax-deduction handout marked up with red ballpoint circles, an underline and ticks. "
            "No seal: red pen loops are not seals. EXIF software is a scanner driver, not an editor.")
def _(rng):
    p = document(rng, title="个人所得税专项附加扣除说明", title_size=52, fnt="sans", size=36, body=[
        "专项附加扣除包括子女教育、继续教育、大病医疗、住房贷款利息、住房租金、赡养老人和3岁以下婴幼儿照护七项。",
        "住房租金：在主要工作城市没有自有住房而租房的，可按每月800元至1,500元的标准扣除。",
        "赡养老人：纳税人赡养一位及以上被赡养人的，独生子女按每月3,000元的标准定额扣除。",
        "继续教育：取得相关职业资格证书的，在取得证书的当年按3,600元定额扣除。",
        "纳税人可通过个人所得税App填报，也可由单位代为办理。",
    ])
    d = ImageDraw.Draw(p.img)
    for phrase in ["住房租金", "赡养老人", "每月3,000元"]:  # loose red ballpoint loops around words
        x0, y0, x1, y1 = find_phrase(p, phrase)
        for k in range(2):
            j = rng.integers(-7, 8, 4)
            d.ellipse([x0 - 16 + j[0], y0 - 8 + j[1], x1 + 16 + j[2], y1 + 4 + j[3]], outline=(200, 30, 40), width=4)
    x0, y0, x1, y1 = find_phrase(p, "可由单位代为办理")
    d.line([(x0, y1 + 2), (x1, y1 + 6)], fill=(200, 30, 40), width=4)
    for phrase in ["3岁以下婴幼儿照护七项", "按3,600元定额扣除"]:
        x0, y0, x1, y1 = find_phrase(p, phrase)
        x = min(x1 + 20, p.w - 70)
        d.line([(x, y0 + 20), (x + 15, y0 + 40)], fill=(200, 30, 40), width=5)
        d.line([(x + 15, y0 + 40), (x + 50, y0 - 5)], fill=(200, 30, 40), width=5)
    return save_scan(p, rng, "s05_red_pen_circles_scan", skew=1.4, noise=3, exif=_scanner_exif())


@item(stem="s06_invoice_oval_seal_scan", kind="scan", doc_type="other", lawful=True, sender=None,
      text_contains=["销售方", "成都云启科技有限公司", "技术服务费"],
      notes="Invoice-style page with an oval 发票专用章 (no star) naming the seller printed on it.")
def _(rng):
    p = Page(h=1100)
    p.y = 100
    p.text("四川增值税普通发票（样张）", size=50, fnt="serif_bold", align="center", color=(150, 70, 40))
    p.rule(color=(150, 70, 40), width=3)
    for t in ["购买方：成都锦程贸易有限公司", "货物或应税劳务、服务名称：技术服务费",
              "规格型号：年度运维　　数量：1　　单价：18,867.92", "金额：18,867.92　　税率：6%　　税额：1,132.08",
              "价税合计（大写）：贰万圆整　　（小写）¥20,000.00",
              "销售方：成都云启科技有限公司", "纳税人识别号：91510100MA6C5R2X4K", "开票人：何静　　复核：宋涛"]:
        p.text(t, size=32, fnt="sans", color=(40, 40, 40))
    p.stamp(840, 700, seal_spec("成都云启科技有限公司", "none", shape="oval", r=122, top_line="91510100MA6C5R2X4K",
                                bottom="发票专用章", font="sans_bold", rot=6), rng, color=(198, 28, 50))
    return save_scan(p, rng, "s06_invoice_oval_seal_scan", skew=0.9, noise=3, long_side=1100)


@item(stem="s07_lawyer_letter_noseal_scan", kind="scan", doc_type="lawyer_letter", lawful=False, sender=None,
      expect=["seal.missing", "visit.home", "family.children", "pressure.deadline"],
      ambiguous=["contact.third_party", "persona.authority", "lawsuit.threat"],
      text_contains=["律师函", "户籍地", "政审"],
      notes="Forged lawyer's letter with no seal at all; threatens visits to home town and workplace, "
            "children's civil-service vetting, three-day deadline.")
def _(rng):
    p = document(rng, title="律师函", body=[
        ("kv", "关于刘某某逾期欠款的律师函"),
        "你在“速易借”平台的借款已严重逾期，经我所多次催告仍未处理。",
        "我所已将你的案件列为重点，近期将安排工作人员前往你的户籍地及工作单位进行走访核实。",
        "如继续拖欠，你的不良记录将影响子女今后报考公务员及参军政审。",
        "请于本函送达之日起三日内还清欠款，否则后果自负。",
    ], issuer="北京正衡律师事务所", date="2024年5月6日")
    return save_scan(p, rng, "s07_lawyer_letter_noseal_scan", skew=1.1, noise=5, gray=True)


@item(stem="s08_summons_company_seal_scan", kind="scan", doc_type="court_summons", lawful=False, sender=None,
      expect=["seal.issuer_mismatch", "doc.case_number_invalid", "lawsuit.threat", "pressure.deadline"],
      ambiguous=[], text_contains=["传票", "（2024）穗民字第0381号", "72小时内"],
      notes="Forged court summons stamped with an asset-management company's star seal; old-style "
            "'字第' case number with a city abbreviation; 'case filed', 72-hour deadline.")
def _(rng):
    p = document(rng, header="广州市天河区人民法院", title="传　票", title_size=70, body=[
        ("kv", "案号：（2024）穗民字第0381号"),
        ("kv", "被传唤人：陈某某"),
        "你因拖欠上海嘉盈资产管理有限公司借款一案，本院已正式立案。",
        "请于收到本传票后72小时内主动联系处理，逾期不到将承担不利后果。",
    ], issuer="广州市天河区人民法院", date="2024年5月15日",
        seal=seal_spec("上海嘉盈资产管理有限公司", "star", r=112, font="serif_bold", rot=15), seal_dy=-8)
    return save_scan(p, rng, "s08_summons_company_seal_scan", skew=-1.5, noise=4)


@item(stem="s09_notice_star_courtname_scan", kind="scan", doc_type="court_summons", lawful=False, sender=None,
      expect=["seal.issuer_mismatch", "doc.case_number_invalid", "asset.freeze", "contact.third_party",
              "pressure.deadline"],
      ambiguous=["lawsuit.threat"], text_contains=["应诉通知书", "冻结", "支付宝"],
      notes="Forged 应诉通知书: seal ring names the court but has a five-pointed star centre; case number "
            "in an invented form; threatens freezing accounts and telling the employer; 24 hours.")
def _(rng):
    p = document(rng, header="深圳市南山区人民法院", title="应诉通知书", title_size=64, body=[
        ("kv", "案号：（2024）深南法民字第2291号"),
        ("kv", "被告：许某某"),
        "原告深圳前海速融小额贷款有限公司诉你借款合同纠纷一案，现通知你于24小时内与原告协商还款。",
        "如拒不处理，本院将冻结你名下全部银行账户及微信、支付宝资金，并同步通报你所在单位。",
    ], issuer="深圳市南山区人民法院", date="2024年4月27日",
        seal=seal_spec("深圳市南山区人民法院", "star", r=114, font="kai", rot=-6, fade=0.4), seal_kind="court")
    return save_scan(p, rng, "s09_notice_star_courtname_scan", skew=0.7, noise=3)


@item(stem="s10_dishonest_decision_noseal_scan", kind="scan", doc_type="restriction_order", lawful=False,
      sender=None, expect=["seal.missing", "doc.case_number_invalid", "blacklist.dishonest",
                           "blacklist.online_loan"],
      ambiguous=["family.children"], text_contains=["失信被执行人决定书", "网贷黑名单", "高铁"],
      notes="Forged 失信 decision: no seal, no case number, mixes an 'online-loan blacklist' into it.")
def _(rng):
    p = document(rng, header="四川省成都市锦江区人民法院", title="失信被执行人决定书", title_size=60, body=[
        ("kv", "被执行人：黄某某"),
        "经查，你在多个网络借贷平台长期逾期不还，已被录入网贷黑名单。",
        "本院决定将你纳入失信被执行人名单，在名单公布期间，你将不得乘坐飞机、高铁，"
        "不得入住星级以上宾馆，子女不得就读高收费私立学校。",
        "特此决定。",
    ], issuer="成都市锦江区人民法院执行局", date="2024年5月9日")
    return save_scan(p, rng, "s10_dishonest_decision_noseal_scan", skew=-0.9, noise=4)


@item(stem="s11_cancellation_noseal_scan", kind="scan", doc_type="cancellation_notice", lawful=False,
      sender=None, expect=["seal.missing", "contract.termination", "pressure.deadline", "penalty.inflated",
                           "blacklist.online_loan"],
      ambiguous=[], text_contains=["解除借款合同通知书", "提前到期", "剩余本金的15%"],
      notes="Forged cancellation notice without a seal: termination after 5 days, same-day payoff, "
            "penalty on the remaining principal, 'industry blacklist'.")
def _(rng):
    p = document(rng, title="解除借款合同通知书", title_size=60, body=[
        ("kv", "尊敬的孙某某："),
        "您的借款已逾期5天。根据平台规定，我司决定即日起立即解除与您签订的借款合同，全部借款提前到期。",
        "请于今日18:00前一次性结清全部欠款本息合计23,460元。",
        "逾期未结清的，我司将按剩余本金的15%收取违约金，并将您的资料报送行业共享黑名单。",
    ], issuer="杭州恒远小额贷款有限公司", date="2024年5月17日", fnt="sans", size=40)
    return save_scan(p, rng, "s11_cancellation_noseal_scan", skew=1.6, noise=3)


@item(stem="s12_lawyer_firm_mismatch_ps_scan", kind="scan", doc_type="lawyer_letter", lawful=False,
      sender=None, expect=["lawsuit.threat", "asset.freeze", "contact.virtual_number", "image.edited"],
      ambiguous=["seal.issuer_mismatch", "persona.authority", "pressure.deadline"],
      text_contains=["上海申诚律师事务所", "16245871203", "冻结"],
      notes="Letter in the name of one law firm, stamped with another law firm's seal (name differs from "
            "the issuer: not clearly covered by the marker's examples, so left unlabelled); immediate "
            "lawsuit and freezing; 162 call-back; EXIF Software = Adobe Photoshop.")
def _(rng):
    p = document(rng, title="律师函", body=[
        ("kv", "致：郑某某"),
        "本所受托处理你在“闪电花”平台的逾期借款，现郑重通知：你的欠款已移交本所法务部处理。",
        "我方将立即向人民法院提起诉讼，并申请冻结你名下银行卡、支付宝账户。",
        "请速致电：16245871203。",
    ], issuer="上海申诚律师事务所", date="2024年5月2日",
        seal=seal_spec("江苏同衡律师事务所", "star", r=110, font="ming", rot=22), seal_kind="law_firm")
    ex = Image.Exif()
    ex[0x0131] = "Adobe Photoshop CC 2019 (Windows)"
    ex[0x0132] = "2024:05:02 23:18:40"
    return save_scan(p, rng, "s12_lawyer_firm_mismatch_ps_scan", skew=-0.4, noise=3, exif=ex)


# =========================================================================== PHOTOS

@item(stem="p01_lawyer_company_seal_photo", kind="photo", doc_type="lawyer_letter", lawful=False, sender=None,
      expect=["seal.issuer_mismatch", "penalty.inflated", "pressure.deadline", "contact.third_party",
              "contract.termination"],
      ambiguous=["lawsuit.threat"], text_contains=["律师函", "剩余本金的20%", "紧急联系人"],
      notes="Lawyer's letter stamped with a micro-loan company's seal; penalty on remaining principal, "
            "48-hour payoff of the whole debt, address-book threat. Phone photo on wood, warm light.")
def _(rng):
    p = document(rng, title="律师函", body=[
        ("kv", "致：王某某（身份证尾号3317）"),
        "本所受杭州恒远小额贷款有限公司委托，就您在其平台借款逾期一事郑重函告如下：",
        "截至本函发出之日，您已逾期47天，尚欠本金人民币8,600元。依据合同，平台将按剩余本金的20%向您收取违约金。",
        "请于收函后48小时内一次性结清全部欠款，否则将通知您的紧急联系人及通讯录好友。",
        "特此函告。",
    ], issuer="浙江衡信律师事务所", date="2024年5月12日",
        seal=seal_spec("杭州恒远小额贷款有限公司", "star", r=112, font="serif_bold", rot=-12, fade=0.3))
    return save_photo(p, rng, "p01_lawyer_company_seal_photo", table="wood", cast="warm", rot=-3)


@item(stem="p02_lawyer_asset_seal_meitu_photo", kind="photo", doc_type="lawyer_letter", lawful=False,
      sender=None, expect=["seal.issuer_mismatch", "image.edited", "contact.third_party", "visit.home",
                           "promise.fee_waiver"],
      ambiguous=["pressure.deadline"], text_contains=["湖南致远律师事务所", "特殊关怀通道", "你家楼下"],
      notes="Lawyer's letter with an asset-management company seal; EXIF Software names Meitu; "
            "contacts relatives, visits, fee waiver into a private account.")
def _(rng):
    p = document(rng, title="律 师 函", body=[
        ("kv", "致：邓某某"),
        "你已被列入重点催收名单，我方已联系你的紧急联系人及通讯录中的亲友，告知你的欠款情况。",
        "如本周内仍未还款，我方将派专人上门，到你家楼下及单位找你当面处理。",
        "现可为你申请特殊关怀通道，减免全部罚息，只需将款项转到指定个人账户。",
    ], issuer="湖南致远律师事务所", date="2024年4月30日",
        seal=seal_spec("长沙鼎盛资产管理有限公司", "star", r=110, font="zenhei", rot=8, missing=0.3))
    return save_photo(p, rng, "p02_lawyer_asset_seal_meitu_photo", table="grey", cast="cool",
                      make="HUAWEI", model="NOH-AN00", software="Meitu", rot=2)


@item(stem="p03_summons_noseal_exif8_photo", kind="photo", doc_type="court_summons", lawful=False, sender=None,
      expect=["seal.missing", "doc.case_number_invalid", "lawsuit.threat", "pressure.deadline"],
      ambiguous=["visit.home"], text_contains=["法院传票", "骗贷", "72小时内"],
      notes="Forged summons, no seal, no case number; fraud/police/detention threats; stored sideways "
            "with EXIF orientation 8.")
def _(rng):
    p = document(rng, header="江苏省南京市鼓楼区人民法院", title="法院传票", title_size=68, body=[
        ("kv", "被告人：周某"),
        "你涉嫌恶意骗贷，本院已正式受理，经侦部门已介入调查。",
        "请务必在72小时内到本院处理，逾期将依法拘留。",
    ], issuer="南京市鼓楼区人民法院", date="2024年5月21日", fnt="sans", size=44)
    return save_photo(p, rng, "p03_summons_noseal_exif8_photo", table="cloth", cast="yellow", orientation=8,
                      make="OPPO", model="PHM110", rot=-4)


@item(stem="p04_summons_emblem_company_photo", kind="photo", doc_type="court_summons", lawful=False,
      sender=None, expect=["seal.issuer_mismatch", "blacklist.dishonest", "pressure.deadline"],
      ambiguous=["lawsuit.threat"], text_contains=["（2024）浙0102民初5678号", "坐不了飞机高铁", "传票"],
      notes="Summons with a correctly formed case number but the seal's ring names the lending company "
            "(emblem-like centre on a company ring); dishonest-list threat; same-day 5 pm deadline.")
def _(rng):
    p = document(rng, header="浙江省杭州市上城区人民法院", title="传　票", title_size=70, body=[
        ("kv", "案号：（2024）浙0102民初5678号"),
        ("kv", "案由：借款合同纠纷"),
        ("kv", "被传唤人：吴某某"),
        "你在杭州恒远小额贷款有限公司的借款逾期已久，债权人已申请将你列为失信人员，今后坐不了飞机高铁。",
        ("kv", "应到时间：收到本传票当日下午5点前"),
    ], issuer="杭州市上城区人民法院", date="2024年5月13日",
        seal=seal_spec("杭州恒远小额贷款有限公司", "emblem", r=116, font="serif", rot=-5))
    return save_photo(p, rng, "p04_summons_emblem_company_photo", table="wood", cast="none", rot=5,
                      make="vivo", model="V2309A")


@item(stem="p05_restriction_company_seal_photo", kind="photo", doc_type="restriction_order", lawful=False,
      sender=None, expect=["seal.issuer_mismatch", "doc.case_number_invalid", "blacklist.dishonest",
                           "contact.third_party", "family.children"],
      ambiguous=["visit.home"], text_contains=["限制消费令", "（2024）成锦执字第1123号", "星级宾馆"],
      notes="Consumption-restriction order with a micro-loan company's star seal; old '字第' case number; "
            "tells employer and village committee; children barred from school.")
def _(rng):
    p = document(rng, header="四川省成都市锦江区人民法院", title="限制消费令", title_size=66, body=[
        ("kv", "（2024）成锦执字第1123号"),
        ("kv", "被执行人：黄某某"),
        "本院依法对你采取限制消费措施：禁止乘坐飞机、高铁一等座，禁止入住星级宾馆。",
        "本院将通知你所在单位及户籍所在地村委会，你的子女将不得就读任何学校。",
    ], issuer="成都市锦江区人民法院", date="2024年5月3日",
        seal=seal_spec("四川蓉信小额贷款有限公司", "star", r=112, font="kai", rot=-18))
    return save_photo(p, rng, "p05_restriction_company_seal_photo", table="grey", cast="warm", rot=-2,
                      light=0.5)


@item(stem="p06_xiangao_star_court_ps_exif6_photo", kind="photo", doc_type="restriction_order", lawful=False,
      sender=None, expect=["seal.issuer_mismatch", "image.edited", "blacklist.dishonest",
                           "contact.virtual_number"],
      ambiguous=["persona.authority", "pressure.deadline"], text_contains=["限高令", "（2024）粤0304执5678号", "17052236619"],
      notes="限高令 with a well-formed case number but a star-centred seal naming the court; EXIF Software "
            "Adobe Photoshop; 1705 call-back number; stored sideways with EXIF orientation 6.")
def _(rng):
    p = document(rng, header="广东省深圳市福田区人民法院", title="限高令", title_size=70, body=[
        ("kv", "案号：（2024）粤0304执5678号"),
        ("kv", "被执行人：林某某"),
        "你自即日起不得乘坐飞机、列车软卧、G字头动车组列车全部座位。",
        "如需解除，请立即联系执行专员：17052236619。",
    ], issuer="深圳市福田区人民法院", date="2024年4月19日",
        seal=seal_spec("深圳市福田区人民法院", "star", r=114, font="serif_bold", rot=10), seal_kind="court")
    return save_photo(p, rng, "p06_xiangao_star_court_ps_exif6_photo", table="wood", cast="cool", orientation=6,
                      make="Apple", model="iPhone 13", software="Adobe Photoshop 25.4 (Macintosh)", rot=3)


@item(stem="p07_cancellation_own_seal_photo", kind="photo", doc_type="cancellation_notice", lawful=False,
      sender=None, expect=["contract.termination", "penalty.inflated", "borrow.new_loan"],
      ambiguous=["pressure.deadline"], text_contains=["提前到期通知书", "剩余本金的20%", "其他平台借款"],
      notes="Lender's own notice with its own (matching) seal, so no seal marker; termination after 3 days, "
            "penalty on remaining principal, pushes borrowing elsewhere.")
def _(rng):
    p = document(rng, title="提前到期通知书", title_size=62, body=[
        ("kv", "尊敬的马某某："),
        "您的借款已逾期3天，依照平台规则，本合同即刻解除，剩余全部借款提前到期。",
        "我司将按剩余本金的20%加收违约金，合计应付违约金5,200元。",
        "如资金紧张，建议您先在其他平台借款周转，尽快还清本笔欠款。",
    ], issuer="四川蓉信小额贷款有限公司", date="2024年5月8日", fnt="sans", size=40,
        seal=seal_spec("四川蓉信小额贷款有限公司", "star", r=112, font="sans_bold", rot=4, fade=0.5))
    return save_photo(p, rng, "p07_cancellation_own_seal_photo", table="cloth", cast="warm", rot=-6,
                      make="Xiaomi", model="23049RAD8C")


@item(stem="p08_lawyer_faint_company_seal_photo", kind="photo", doc_type="lawyer_letter", lawful=False,
      sender=None, expect=["seal.issuer_mismatch", "blacklist.online_loan", "borrow.new_loan", "lawsuit.threat"],
      ambiguous=[], text_contains=["全网黑名单", "以贷养贷", "重庆渝正律师事务所"],
      notes="Faint, partly missing company seal on a lawyer's letter, overlapped by a black signature; "
            "'whole-network blacklist', borrow-to-repay advice, suit about to be filed.")
def _(rng):
    p = document(rng, title="律师函", body=[
        ("kv", "致：唐某某"),
        "经核实，你已被多家机构列入全网黑名单。",
        "建议你通过以贷养贷的方式先行处理欠款。",
        "本所已向法院递交起诉材料，近日即将立案。",
    ], issuer="重庆渝正律师事务所", date="2024年5月16日",
        seal=seal_spec("重庆捷信达网络科技有限公司", "star", r=112, font="ming", rot=-25, fade=0.45,
                       missing=0.3), sign=None,
        after_seal=lambda pg: signature(pg, pg.w - 520, pg.y - 150, "唐律师", 70, rot=6))
    return save_photo(p, rng, "p08_lawyer_faint_company_seal_photo", table="grey", cast="cool", rot=1,
                      blur=1.4, make="HONOR", model="ANY-AN00")


@item(stem="p09_restriction_noseal_exif8_photo", kind="photo", doc_type="restriction_order", lawful=False,
      sender=None, expect=["seal.missing", "blacklist.dishonest", "asset.freeze"],
      ambiguous=["pressure.deadline"], text_contains=["（2024）鄂0103执988号", "微信零钱", "限制高消费"],
      notes="Restriction notice with a well-formed case number but no seal; freezes cards and WeChat; "
            "stored sideways with EXIF orientation 8.")
def _(rng):
    p = document(rng, header="湖北省武汉市江汉区人民法院", title="限制高消费通知", title_size=62, body=[
        ("kv", "案号：（2024）鄂0103执988号"),
        ("kv", "申请执行人：武汉汇通资产管理有限公司"),
        ("kv", "被执行人：宋某某"),
        "本院决定对你限制高消费，限制你乘坐高铁、飞机。",
        "同时冻结你名下所有银行卡及微信零钱。",
    ], issuer="武汉市江汉区人民法院", date="2024年5月11日")
    return save_photo(p, rng, "p09_restriction_noseal_exif8_photo", table="wood", cast="yellow", orientation=8,
                      rot=-2, make="Xiaomi", model="2211133C")


@item(stem="p10_lawyer_oval_finance_seal_photo", kind="photo", doc_type="lawyer_letter", lawful=False,
      sender=None, expect=["seal.issuer_mismatch", "persona.authority", "pressure.deadline", "contact.third_party"],
      ambiguous=[], text_contains=["逾期案件处理中心", "今晚24点前", "通讯录联系人"],
      notes="Lawyer's letter with an oval 财务专用章 of a loan company (no star); 'overdue case "
            "handling centre'; midnight deadline; letters to address-book contacts.")
def _(rng):
    p = document(rng, title="律师函", body=[
        ("kv", "天津津衡律师事务所　逾期案件处理中心"),
        ("kv", "致：冯某某"),
        "请于今晚24点前完成还款，否则我们将向你的通讯录联系人逐一发送催告函。",
    ], issuer="天津津衡律师事务所", date="2024年5月19日",
        seal=seal_spec("天津融易达小额贷款有限公司", "none", shape="oval", r=96, bottom="财务专用章",
                       font="serif_bold", rot=-8))
    return save_photo(p, rng, "p10_lawyer_oval_finance_seal_photo", table="cloth", cast="none", rot=4,
                      light=0.6)


@item(stem="p11_court_notice_genuine_exif6_photo", kind="photo", doc_type="court_summons", lawful=True,
      sender=None, text_contains=["应诉通知书", "（2024）沪0115民初33087号", "答辩状"],
      notes="Genuine-looking 应诉通知书: correct case number, emblem seal naming the court; 15-day answer "
            "period is statutory, not a collector's deadline. EXIF orientation 6.")
def _(rng):
    p = document(rng, header="上海市浦东新区人民法院", title="应诉通知书", title_size=64, body=[
        ("kv", "（2024）沪0115民初33087号"),
        ("kv", "沈嘉怡："),
        "本院于2024年5月8日受理原告上海浦江商业银行股份有限公司诉你金融借款合同纠纷一案。现将起诉状副本送达给你。",
        "你可在收到起诉状副本之日起十五日内向本院提交答辩状。",
        "案件信息可登录人民法院在线服务平台或拨打12368查询。",
    ], issuer="上海市浦东新区人民法院", date="二〇二四年五月十日",
        seal=seal_spec("上海市浦东新区人民法院", "emblem", r=118, font="serif_bold", rot=-7, fade=0.2),
        seal_kind="court")
    return save_photo(p, rng, "p11_court_notice_genuine_exif6_photo", table="grey", cast="warm", orientation=6,
                      rot=-3, make="Apple", model="iPhone 14")


@item(stem="p12_lawyer_letter_calm_photo", kind="photo", doc_type="lawyer_letter", lawful=True, sender=None,
      text_contains=["四川蜀信律师事务所", "技术服务费", "协商结算方案"],
      notes="Ordinary commercial lawyer's letter about an unpaid service fee; law-firm star seal overlapped "
            "by the lawyer's signature. Hard negative.")
def _(rng):
    p = document(rng, title="律师函", body=[
        ("kv", "致：成都锦程贸易有限公司"),
        "四川蜀信律师事务所受成都云启科技有限公司委托，就贵司与委托人之间的技术服务费结算事宜致函如下。",
        "依据双方2023年签订的《技术服务合同》，委托人已完成年度运维服务，尚有服务费人民币20,000元未结算。",
        "请贵司在收函后与委托人财务部门联系，核对账目并协商结算方案。",
    ], issuer="四川蜀信律师事务所", date="2024年3月26日",
        seal=seal_spec("四川蜀信律师事务所", "star", r=106, font="kai", rot=13),
        seal_kind="law_firm", after_seal=lambda pg: signature(pg, pg.w - 560, pg.y - 170, "何明远", 62))
    return save_photo(p, rng, "p12_lawyer_letter_calm_photo", table="wood", cast="cool", rot=-1,
                      make="samsung", model="SM-S9110")


@item(stem="p13_contract_page_seal_photo", kind="photo", doc_type="other", lawful=True, sender=None,
      text_contains=["借款合同", "逾期部分", "贷款人（盖章）"],
      notes="Contract page signed and sealed with 合同专用章 (straight line under the star); overdue "
            "interest on the overdue part only.")
def _(rng):
    p = document(rng, title="借款合同（第3页）", title_size=50, fnt="ming", size=38, body=[
        ("kv", "第五条　逾期还款"),
        "借款人未按期还款的，就逾期部分按本合同约定利率加收百分之三十的罚息，计至实际还款之日。",
        ("kv", "第六条　争议解决"),
        "因本合同产生的争议，双方协商解决；协商不成的，任何一方可向贷款人住所地人民法院起诉。",
        ("kv", "第七条　其他"),
        "本合同一式两份，双方各执一份，自双方签字盖章之日起生效。",
        ("sp", 30),
        ("kv", "借款人（签字）：　　　　　　　　贷款人（盖章）："),
    ], issuer="成都云启科技有限公司", date="2023年9月2日",
        seal=seal_spec("成都云启科技有限公司", "star", r=110, bottom="合同专用章", font="sans_bold", rot=-4),
        after_seal=lambda pg: signature(pg, 200, pg.y - 260, "赵明轩", 60, rot=-3))
    return save_photo(p, rng, "p13_contract_page_seal_photo", table="cloth", cast="warm", rot=2,
                      make="HUAWEI", model="ALN-AL00")


@item(stem="p14_flyer_red_banner_photo", kind="photo", doc_type="other", lawful=True, sender=None,
      text_contains=["社区便民服务日", "免费量血压", "幸福里社区"],
      notes="Community flyer with a red banner and a round red logo (solid disc with a white house, no "
            "ring text): not a seal.")
def _(rng):
    p = Page()
    d = p.draw
    d.rectangle([0, 0, p.w, 330], fill=(212, 28, 36))
    d.ellipse([90, 70, 280, 260], fill=(255, 255, 255))
    d.ellipse([104, 84, 266, 246], fill=(212, 28, 36))
    d.polygon([(185, 115), (125, 170), (245, 170)], fill=(255, 255, 255))
    d.rectangle([145, 170, 225, 225], fill=(255, 255, 255))
    p.y = 110
    p.text("社区便民服务日", size=92, fnt="sans_bold", color=(255, 240, 200), align="center", x=None)
    p.y = 420
    for t in ["时间：6月1日（周六）上午9:00—12:00", "地点：幸福里社区活动中心广场",
              "服务项目：免费量血压、义务理发、家电维修、法律咨询",
              "欢迎社区居民踊跃参加！"]:
        p.text(t, size=44, fnt="sans", color=(40, 40, 40))
    p.space(40)
    d = ImageDraw.Draw(p.img)
    d.rectangle([120, p.y, p.w - 120, p.y + 130], fill=(230, 40, 40))
    d.text((p.w / 2, p.y + 65), "幸福里社区居委会　宣", font=font("sans_bold", 52), fill=(255, 255, 255),
           anchor="mm")
    p.lines.append("幸福里社区居委会　宣")
    return save_photo(p, rng, "p14_flyer_red_banner_photo", table="grey", cast="none", rot=6,
                      make="vivo", model="V2309A")


@item(stem="p15_receipt_paid_stamp_photo", kind="photo", doc_type="other", lawful=True, sender=None,
      text_contains=["收款收据", "已付款", "物业服务费"],
      notes="Receipt with a red RECTANGULAR 已付款/PAID stamp; not a round or oval seal, so no seal box.")
def _(rng):
    p = Page(h=1000)
    p.y = 110
    p.text("收款收据", size=64, fnt="serif_bold", align="center")
    p.rule(color=(60, 60, 60), width=2)
    for t in ["今收到：3栋1单元502室　高文静", "交来：2024年第二季度物业服务费",
              "人民币（大写）：玖佰陆拾圆整　　¥960.00", "收款方式：微信支付", "收款人：林芳　　日期：2024年4月3日"]:
        p.text(t, size=38, fnt="ming")
    # rectangular 已付款 / PAID stamp, rotated, with ink texture
    st = Image.new("L", (420, 210), 0)
    sd = ImageDraw.Draw(st)
    sd.rectangle([6, 6, 413, 203], outline=255, width=10)
    sd.text((210, 80), "已付款", font=font("sans_bold", 80), fill=255, anchor="mm")
    sd.text((210, 165), "PAID 2024.04.03", font=font("sans_bold", 34), fill=255, anchor="mm")
    st = st.rotate(12, resample=Image.BICUBIC, expand=True)
    a = np.asarray(st, np.float32) / 255 * (0.6 + 0.4 * rng.random(st.size[::-1]).astype(np.float32))
    a = cv2.GaussianBlur(a, (0, 0), 0.8)
    arr = np.asarray(p.img, np.float32) / 255
    from render2 import ink_over
    ink_over(arr, a, 700, 520, (210, 30, 45))
    p.img = Image.fromarray((arr * 255).astype(np.uint8))
    p.lines.append("已付款")
    return save_photo(p, rng, "p15_receipt_paid_stamp_photo", table="wood", cast="warm", rot=-8, canvas=(1600, 1400),
                      fill=0.8)


@item(stem="p16_red_calligraphy_photo", kind="photo", doc_type="other", lawful=True, sender=None,
      text_contains=["厚德载物"],
      notes="Red brush calligraphy on rice paper, with a smaller black inscription; no seal.")
def _(rng):
    p = Page(w=1100, h=1600, paper=(246, 238, 220))
    f = font("kai", 230)
    for i, ch in enumerate("厚德载物"):
        p.draw.text((p.w / 2 + rng.integers(-15, 16), 130 + i * 300), ch, font=f, fill=(196, 30, 36), anchor="ma")
    fs = font("kai", 40)
    for i, ch in enumerate("甲辰年春月书"):
        p.draw.text((120, 400 + i * 52), ch, font=fs, fill=(30, 30, 30))
    p.lines += ["厚德载物", "甲辰年春月书"]
    return save_photo(p, rng, "p16_red_calligraphy_photo", table="cloth", cast="yellow", rot=1,
                      make="OPPO", model="PHM110")


# =========================================================================== SCREENSHOTS

@item(stem="x01_sms_12368_court_light", kind="screenshot", doc_type="sms_message", lawful=True, sender="12368",
      text_contains=["12368", "（2024）京0105民初12345号", "第十二法庭"],
      notes="Real-style court SMS from 12368 with a proper case number: hearing date notice.")
def _(rng):
    return sms_item("x01_sms_12368_court_light", "12368", [
        ("t", "5月21日 上午10:02"),
        ("in", "【北京市朝阳区人民法院】张立新，您好！（2024）京0105民初12345号案件定于2024年6月18日9时30分在本院第十二法庭开庭，请准时参加。如有疑问，请致电12368。"),
    ], dark=False, rng=rng)


@item(stem="x02_sms_lender_reminder_dark", kind="screenshot", doc_type="sms_message", lawful=True,
      sender="1069088236", text_contains=["恒远借款", "逾期2天", "如已还款请忽略"],
      notes="Lender's own plain reminder from a 106 gateway (must not be called impersonation); "
            "contractual overdue interest only. Dark mode.")
def _(rng):
    return sms_item("x02_sms_lender_reminder_dark", "1069088236", [
        ("t", "昨天 09:15"),
        ("in", "【恒远借款】尊敬的客户，您本期应还1,208.35元已于5月10日到期，目前逾期2天。请通过App内“我的账单”还款，逾期利息按合同约定计收。如已还款请忽略。拒收请回复R"),
    ], dark=True, rng=rng, clock="08:53")


@item(stem="x03_sms_fake_court_spaced_light", kind="screenshot", doc_type="sms_message", lawful=False,
      sender="10690571234", expect=["sms.impersonation", "text.spaced", "lawsuit.threat"],
      ambiguous=["pressure.deadline", "doc.case_number_invalid"], text_contains=["【广州市中级人民法院】", "法 院 传 票"],
      notes="Court name in the SMS signature but sent from a 1069 gateway; spaced 法 院 传 票; sued.")
def _(rng):
    return sms_item("x03_sms_fake_court_spaced_light", "10690571234", [
        ("t", "今天 14:36"),
        ("in", "【广州市中级人民法院】\n张某某：法 院 传 票 已签发，你因网贷逾期已被起诉，明日送达，请立即联系处理。"),
    ], dark=False, rng=rng, clock="14:40")


@item(stem="x04_sms_riskcenter_spaced_dark", kind="screenshot", doc_type="sms_message", lawful=False,
      sender="10655023147", expect=["persona.authority", "contact.third_party", "text.spaced"],
      ambiguous=["sms.impersonation", "pressure.deadline", "lawsuit.threat"],
      text_contains=["【风控中心】", "诉前调解员", "紧 急 联 系 人"],
      notes="'Risk-control centre' / pre-litigation mediator roles; will call emergency contacts and "
            "colleagues, written with spaces. Dark mode.")
def _(rng):
    return sms_item("x04_sms_riskcenter_spaced_dark", "10655023147", [
        ("t", "星期二 19:20"),
        ("in", "【风控中心】您的逾期账单已进入诉前调解阶段，诉前调解员将于今日联系您的紧 急 联 系 人 及 单 位 同 事 核实情况。"),
    ], dark=True, rng=rng, clock="19:31")


@item(stem="x05_sms_police_virtual_light", kind="screenshot", doc_type="sms_message", lawful=False,
      sender="17035528841", expect=["sms.impersonation", "contact.virtual_number", "lawsuit.threat",
                                    "pressure.deadline"],
      ambiguous=["visit.home"], text_contains=["公安局经侦支队", "今天下午5点前", "17035528841"],
      notes="Claims to be economic-crime police from a 1703 mobile number; fraud/detention threats.")
def _(rng):
    return sms_item("x05_sms_police_virtual_light", "17035528841", [
        ("t", "今天 11:08"),
        ("in", "我是南京市公安局经侦支队民警，你涉嫌恶意透支骗贷已被立案，请今天下午5点前回电17035528841说明情况，否则将上门拘留。"),
    ], dark=False, rng=rng, subtitle="江苏 南京", clock="11:12")


@item(stem="x06_sms_feewaiver_newloan_light", kind="screenshot", doc_type="sms_message", lawful=False,
      sender="1069122017", expect=["promise.fee_waiver", "borrow.new_loan"],
      ambiguous=["persona.authority"], text_contains=["特殊关怀通道", "个人账户", "其他平台借款"],
      notes="Lender-signed gateway SMS: fee waiver via private account, borrow elsewhere to repay.")
def _(rng):
    return sms_item("x06_sms_feewaiver_newloan_light", "1069122017", [
        ("t", "5月18日 下午3:47"),
        ("in", "【速易借】尊敬的用户，本月为您开通特殊关怀通道，结清可减免全部罚息。请添加专员微信，将还款转到专员个人账户即可办理。资金不足可先去其他平台借款还上。"),
    ], dark=False, rng=rng)


@item(stem="x07_sms_visit_freeze_dark", kind="screenshot", doc_type="sms_message", lawful=False,
      sender="16533207719", expect=["visit.home", "asset.freeze", "contact.virtual_number"],
      ambiguous=["contact.third_party", "pressure.deadline"], text_contains=["你家楼下", "支付宝", "16533207719"],
      notes="From a 165 virtual number: 'we are downstairs', freezing cards and Alipay. Dark mode; user replied.")
def _(rng):
    return sms_item("x07_sms_visit_freeze_dark", "16533207719", [
        ("t", "今天 20:02"),
        ("in", "我们的外访人员已经到你家楼下了，今天不处理就上门找你家人谈。你名下的银行卡和支付宝也会被全部冻结。"),
        ("out", "你们是谁"),
        ("in", "有事回电16533207719"),
    ], dark=True, rng=rng, subtitle="江西 南昌", clock="20:09")


@item(stem="x08_sms_spaced_lawyer_children_light", kind="screenshot", doc_type="sms_message", lawful=False,
      sender="10692011458", expect=["text.spaced", "family.children"],
      ambiguous=["lawsuit.threat", "contact.third_party"], text_contains=["律 * 师 * 函", "子 女 上 学"],
      notes="Gateway SMS with starred/spaced 律*师*函 and spaced 子女上学/政审.")
def _(rng):
    return sms_item("x08_sms_spaced_lawyer_children_light", "10692011458", [
        ("t", "星期一 08:30"),
        ("in", "【通知】你的欠款已转交律师处理，律 * 师 * 函 已寄出。再不还款将影响子 女 上 学 及 政 审，全家都会受牵连。"),
    ], dark=False, rng=rng, clock="08:41")


def wechat(stem, title, msgs, dark, rng, doc=None):
    s = Screen(dark=dark, app="wechat", title=title, clock="22:16")
    for m in msgs:
        if m[0] == "t":
            s.stamp_time(m[1])
        elif m[0] == "pic":
            s.picture(*doc)
        else:
            s.msg(m[1], side=m[0])
    name, size = s.save(stem)
    return name, size, s.seal_boxes, s.seal_meta, s.lines


@item(stem="x09_wechat_riskcenter_light", kind="screenshot", doc_type="other", lawful=False, sender=None,
      expect=["persona.authority", "pressure.deadline", "contact.third_party"],
      ambiguous=[], text_contains=["风控中心专员", "爆你通讯录", "后果自负"],
      notes="WeChat-like chat: 'risk-control centre specialist', 5 pm deadline, address-book threat.")
def _(rng):
    return wechat("x09_wechat_riskcenter_light", "风控中心-王专员", [
        ("t", "14:05"),
        ("in", "您好，我是速易借平台风控中心专员，您的账户已逾期12天。"),
        ("in", "今天下午5点前必须还清，否则我们开始爆你通讯录，把你的欠款情况发给你所有联系人。"),
        ("out", "能不能宽限几天"),
        ("in", "没得商量，后果自负。"),
    ], dark=False, rng=rng)


@item(stem="x10_wechat_doc_photo_dark", kind="screenshot", doc_type="other", lawful=False, sender=None,
      expect=["visit.home"],
      ambiguous=["seal.issuer_mismatch", "seal.missing", "pressure.deadline", "lawsuit.threat",
                 "persona.authority", "contact.third_party", "doc.case_number_invalid"],
      text_contains=["走访户籍地", "自己看看"],
      notes="Dark chat in which the collector sends a photo of a lawyer's letter bearing a tech company's "
            "seal (seal box is the small one inside the picture); chat threatens a home-town visit. "
            "Markers of the embedded letter are left unlabelled.")
def _(rng):
    p = document(rng, title="律师函", body=[
        ("kv", "致：韩某某"),
        "你在我方委托人处的借款已逾期，请于三日内还款。",
        "特此函告。",
    ], issuer="北京德润律师事务所", date="2024年5月20日", size=40,
        seal=seal_spec("北京万融汇通科技有限公司", "star", r=130, font="serif_bold", rot=9))
    up, boxes = photograph(p, rng, table="wood", cast="warm", canvas=(1200, 1600), fill=0.86, long_side=900)
    meta = [{"text": s["text"], "center": s["center"], "kind": s["kind"]} for s in p.seals]
    return wechat("x10_wechat_doc_photo_dark", "法务-李律师", [
        ("t", "昨天 21:40"),
        ("in", "这是发给你的律师函，自己看看"),
        ("pic", None),
        ("in", "再不处理，明天我们的人就去你老家走访户籍地。"),
    ], dark=True, rng=rng, doc=(up, boxes, meta))


@item(stem="x11_wechat_mediator_light", kind="screenshot", doc_type="other", lawful=False, sender=None,
      expect=["persona.authority", "blacklist.online_loan", "borrow.new_loan"],
      ambiguous=["lawsuit.threat"], text_contains=["诉前调解员", "网贷黑名单", "以贷养贷"],
      notes="'Pre-litigation mediator' chat: online-loan blacklist, borrow from other platforms.")
def _(rng):
    return wechat("x11_wechat_mediator_light", "诉前调解中心", [
        ("t", "10:21"),
        ("in", "我是诉前调解员，你的逾期案件转到我这里了。"),
        ("in", "你已经上了网贷黑名单，所有平台都借不了钱。"),
        ("out", "那我怎么办"),
        ("in", "建议你以贷养贷，先从别的平台借出来还上这边。"),
    ], dark=False, rng=rng)


@item(stem="x12_wechat_friend_repay_dark", kind="screenshot", doc_type="other", lawful=True, sender=None,
      text_contains=["发工资", "不着急"],
      notes="Two friends arranging to repay a small personal loan; dark mode. Hard negative.")
def _(rng):
    return wechat("x12_wechat_friend_repay_dark", "老周", [
        ("t", "周三 18:47"),
        ("out", "上次借你的两千块，我下周五发工资就转给你哈"),
        ("in", "好的，不着急，你先忙"),
        ("out", "谢啦，到时候请你吃饭"),
        ("in", "哈哈行"),
    ], dark=True, rng=rng)


# =========================================================================== main

def main():
    for i, it in enumerate(ITEMS):
        rng = np.random.default_rng(20240600 + i)
        res = it["build"](rng)
        name, size, boxes, metas, lines = res
        lawful = it.get("lawful", False)
        expect = [] if lawful else list(it.get("expect", []))
        amb = set(it.get("ambiguous", []))
        forbid = ["all"] if lawful else [m for m in ALL if m not in expect and m not in amb]
        side = {
            "doc_type": it["doc_type"], "kind": it["kind"], "expect": expect, "forbid": forbid,
            "seals": boxes, "seal_texts": [m["text"] for m in metas], "seal_centers": [m["center"] for m in metas],
            "seal_kinds": [m["kind"] for m in metas], "sender": it.get("sender"),
            "text_contains": it["text_contains"], "lawful": lawful, "notes": it["notes"],
            "image": name, "size": list(size), "source_text": lines,
        }
        for t in it["text_contains"]:
            assert any(t in ln for ln in lines) or t in "".join(lines), (name, t)
        (HERE / f"{Path(name).stem}.json").write_text(json.dumps(side, ensure_ascii=False, indent=2) + "\n",
                                                      encoding="utf-8")
        print(name, size, len(boxes))


if __name__ == "__main__":
    main()
