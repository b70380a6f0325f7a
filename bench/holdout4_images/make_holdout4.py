#!/usr/bin/env python3
"""Generate bench/holdout4_images: a BLIND held-out set of 60 labelled images.

    python bench/holdout4_images/make_holdout4.py

Deterministic: every random choice comes from numpy Generators seeded from SEED and the
item's index, so a rerun writes byte-identical files. Rule authors must not open this
file, the images or the sidecars (see README.md).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from h4lib import Page, font, make_exif, photo, save_jpeg, scan, store_for_orientation  # noqa: E402
from h4screens import chat_thread, email_view, gallery_view, message_centre, news_view, sms_thread  # noqa: E402

SEED = 4_2024_0617

MARKERS = [
    "seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid", "image.edited",
    "penalty.inflated", "contract.termination", "blacklist.dishonest", "family.children",
    "lawsuit.threat", "visit.home", "persona.authority", "promise.fee_waiver",
    "contact.third_party", "contact.virtual_number", "blacklist.online_loan", "borrow.new_loan",
    "asset.freeze", "pressure.deadline", "sms.impersonation", "text.spaced",
]

ITEMS = []


def item(fn):
    ITEMS.append(fn)
    return fn


def forged(expect, maybe=()):
    """expect: markers that certainly fire; maybe: arguable ones. Everything else is forbidden."""
    for m in list(expect) + list(maybe):
        assert m in MARKERS, m
    forbid = [m for m in MARKERS if m not in expect and m not in maybe]
    return {"expect": list(expect), "forbid": forbid, "lawful": False}


LAWFUL = {"expect": [], "forbid": ["all"], "lawful": True}

CN_DIG = "〇一二三四五六七八九"


def cn_date(y, m, d):
    def num(n):
        if n < 10:
            return CN_DIG[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + CN_DIG[n % 10]
        return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")
    return "".join(CN_DIG[int(c)] for c in str(y)) + "年" + num(m) + "月" + num(d) + "日"


def court_top(p, court, title, case_no, fn="serifb", size=46, title_size=60, tracking=0, rec_title=None,
              case_fn="serif", case_align="right"):
    p.gap(10)
    p.text(court, fn, size, align="center", lh=1.45)
    p.text(title, fn, title_size, align="center", tracking=tracking, rec_as=rec_title, lh=1.5)
    if case_no:
        p.text(case_no, case_fn, 30, align=case_align, lh=1.9)


def sign_block(p, lines, fn, size, right_pad=50, lh=1.6):
    """Right-aligned block of lines; returns centre (x, y) of the last line."""
    f = font(fn, size)
    wmax = max(f.getlength(s) for s in lines)
    x = p.x1 - right_pad - wmax
    c = None
    for s in lines:
        sw = f.getlength(s)
        xx = x + (wmax - sw) / 2
        p.text(s, fn, size, x=xx, lh=lh)
        c = (xx + sw / 2, p.y - size * lh + size * 0.6)
    return c


def check_page(p):
    assert p.y < p.h - 60, ("page overflow", p.y, p.h)


def paper_photo(p, rng, **kw):
    check_page(p)
    doc = p.finish()
    img, boxes = photo(doc, [s["box"] for s in p.seals], rng, **kw)
    seals = [dict(s, box=b) for s, b in zip(p.seals, boxes)]
    return img, seals


def paper_scan(p, rng, **kw):
    check_page(p)
    doc = p.finish()
    img, boxes = scan(doc, [s["box"] for s in p.seals], rng, **kw)
    seals = [dict(s, box=b) for s, b in zip(p.seals, boxes)]
    return img, seals


def result(img, seals, lines, kind, doc_type, labels, text_contains, notes, sender=None, fmt="jpg", quality=85,
           exif=None):
    r = dict(img=img, seals=seals, lines=lines, kind=kind, doc_type=doc_type, sender=sender,
             text_contains=text_contains, notes=notes, fmt=fmt, quality=quality, exif=exif or {})
    r.update(labels)
    return r


def screen_result(sc, doc_type, labels, text_contains, notes, sender=None, fmt="png", quality=88, seals=None):
    return result(sc.im, seals or [], sc.lines, "screenshot", doc_type, labels, text_contains, notes, sender,
                  fmt, quality)


# =====================================================================================
# LAWFUL paper items
# =====================================================================================

@item
def l_summons_chaoyang(rng):
    p = Page()
    court_top(p, "北京市朝阳区人民法院", "传票", None, tracking=120, rec_title="传　　票")
    p.gap(14)
    rows = [["案号", "（2024）京0105民初12345号"], ["案由", "金融借款合同纠纷"], ["被传唤人", "王立新"],
            ["工作单位或住址", "北京市朝阳区望京西路18号院3号楼1单元502室"], ["传唤事由", "开庭"],
            ["应到时间", "2024年7月2日 09:30"], ["应到处所", "本院第十七法庭"]]
    p.table(rows, [270, 670], "serif", 30, align=["center", "left"])
    p.gap(10)
    p.text("注意事项：", "serif", 29, lh=1.7)
    for s in ["一、被传唤人必须准时到达应到处所。", "二、本传票由被传唤人携带来院报到。",
              "三、被传唤人收到传票后，应在送达回证上签名或者盖章。",
              "四、如有疑问，可拨打诉讼服务热线12368咨询。"]:
        p.para(s, "serif", 29, indent=1, lh=1.65, after=0)
    p.gap(60)
    sign_block(p, ["审判员　刘　敏", "书记员　陈　晓"], "serif", 30)
    p.gap(20)
    c = sign_block(p, [cn_date(2024, 5, 20)], "serif", 31)
    p.seal(c[0], c[1] - 20, 250, "北京市朝阳区人民法院", "emblem", "court", rng=rng, rot=-4)
    img, seals = paper_photo(p, rng, out=(1200, 1600), bg="wood", shadow="soft", cast=(1.06, 1.0, 0.9),
                             blur=0.9, noise=3.0, rot=-2.5)
    return result(img, seals, p.lines, "photo", "court_summons", LAWFUL,
                  ["京0105民初12345号", "金融借款合同纠纷", "送达回证"],
                  "Genuine-looking civil summons with a court emblem seal and valid case number, photographed on a wooden table.",
                  quality=82, exif={"make": "Xiaomi", "model": "Redmi Note 12"})


@item
def l_summons_pudong(rng):
    p = Page(margin=(140, 130, 140, 110))
    court_top(p, "上海市浦东新区人民法院", "传票", None, fn="ming", size=48, tracking=60, rec_title="传　票")
    p.gap(8)
    rows = [["案　号", "（2024）沪0115民初8862号", "案　由", "信用卡纠纷"],
            ["被传唤人", "陈静", "身份", "被告"],
            ["住　址", "上海市浦东新区锦绣路2180弄7号1203室", "", ""],
            ["传唤事由", "证据交换", "", ""],
            ["应到时间", "2024年6月26日14时00分", "", ""],
            ["应到处所", "本院第三十二法庭", "", ""]]
    p.table(rows, [200, 390, 150, 220], "ming", 29)
    p.gap(6)
    p.text("注意事项：", "ming", 29, lh=1.7)
    for s in ["1．被传唤人必须准时到达应到处所，并携带身份证件及本传票。",
              "2．被传唤人收到传票后，应在送达回证上签名或者盖章。",
              "3．原告经传票传唤，无正当理由拒不到庭的，可以按撤诉处理；被告经传票传唤，无正当理由拒不到庭的，可以缺席判决。",
              "4．当事人可登录人民法院在线服务平台查看案件材料，或拨打12368查询。"]:
        p.para(s, "ming", 28, indent=0, lh=1.62, after=0.1)
    p.gap(70)
    sign_block(p, ["审判员　周文华", "书记员　许　可"], "ming", 30)
    p.gap(24)
    c = sign_block(p, [cn_date(2024, 5, 28)], "ming", 31)
    p.seal(c[0] - 10, c[1] - 15, 252, "上海市浦东新区人民法院", "emblem", "court", rng=rng, fname="serif", rot=6)
    img, seals = paper_scan(p, rng, out_w=1131, skew=-0.8, tint=(250, 247, 236), noise=3.0)
    return result(img, seals, p.lines, "scan", "court_summons", LAWFUL,
                  ["沪0115民初8862号", "证据交换", "信用卡纠纷"],
                  "Genuine-looking summons for evidence exchange with the statutory default-judgment warning, scanned.",
                  quality=80)


@item
def l_response_notice_tianhe(rng):
    p = Page()
    court_top(p, "广东省广州市天河区人民法院", "应诉通知书", "（2024）粤0106民初23417号", size=44, title_size=56)
    p.text("刘洋：", "serif", 30, lh=1.8)
    paras = [
        "本院已受理原告广州安盈消费金融有限公司诉你金融借款合同纠纷一案。现将起诉状副本及证据材料送达给你，并将有关事项通知如下：",
        "一、你应在收到起诉状副本之日起十五日内向本院提交答辩状，并按对方当事人人数提出副本。你不提出答辩状的，不影响本院审理。",
        "二、当事人对自己提出的主张，有责任提供证据。本案举证期限为收到本通知之日起十五日内。",
        "三、本案适用简易程序审理。你可以申请调解，调解不收取费用。",
        "四、你可以委托一至二人作为诉讼代理人，委托他人代为诉讼的，须向本院提交由委托人签名或者盖章的授权委托书。",
        "五、如对本案管辖有异议，应当在提交答辩状期间提出。",
    ]
    for s in paras:
        p.para(s, "serif", 29, lh=1.65, after=0.2)
    p.para("联系人：书记员黄婷　联系电话：020-38621457", "serif", 28, indent=2, lh=1.6)
    p.gap(50)
    c = sign_block(p, [cn_date(2024, 4, 29)], "serif", 31)
    p.seal(c[0], c[1] - 25, 248, "广东省广州市天河区人民法院", "emblem", "court", rng=rng, rot=-8)
    img, seals = paper_scan(p, rng, out_w=1100, skew=1.3, tint=(248, 246, 240), noise=4.0, lid=(228, 228, 226))
    return result(img, seals, p.lines, "scan", "court_summons", LAWFUL,
                  ["应诉通知书", "粤0106民初23417号", "答辩状"],
                  "Genuine-looking notice to respond to a filed consumer-loan suit with court seal, scanned with skew.",
                  quality=78)


@item
def l_response_notice_xihu(rng):
    p = Page(margin=(150, 150, 150, 120))
    court_top(p, "浙江省杭州市西湖区人民法院", "应诉通知书", "（2024）浙0106民初9375号", fn="sansb", size=42,
              title_size=54, case_fn="sans")
    p.text("吴浩：", "sans", 29, lh=1.8)
    paras = [
        "原告浙江华晟消费金融股份有限公司与你金融借款合同纠纷一案，本院已立案受理。依照《中华人民共和国民事诉讼法》的有关规定，现将有关事项通知如下：",
        "一、请你在收到本通知及起诉状副本之日起十五日内提交答辩状及证据。",
        "二、本案由审判员独任审理，开庭时间另行通知。",
        "三、随本通知送达诉讼权利义务告知书、诉讼风险提示书，请认真阅读。",
        "四、你可以通过人民法院在线服务平台查询案件进展、提交材料，也可拨打诉讼服务热线12368咨询。",
    ]
    for s in paras:
        p.para(s, "sans", 28, lh=1.7, after=0.25)
    p.gap(80)
    c = sign_block(p, [cn_date(2024, 6, 4)], "sans", 30)
    p.seal(c[0] + 10, c[1] - 20, 245, "浙江省杭州市西湖区人民法院", "emblem", "court", rng=rng, rot=3)
    img, seals = paper_photo(p, rng, out=(1125, 1500), bg="bedspread", shadow=None, cast=(0.97, 1.0, 1.06),
                             blur=1.1, noise=3.5, rot=4.0, tilt=0.08, light=0.3)
    return result(img, seals, p.lines, "photo", "court_summons", LAWFUL,
                  ["浙0106民初9375号", "诉讼风险提示书", "应诉通知书"],
                  "Genuine-looking notice to respond photographed on a bedspread and stored sideways with an EXIF orientation tag.",
                  quality=76, exif={"orientation": 8, "make": "OPPO", "model": "PHB110"})


@item
def l_enforcement_notice_wuhou(rng):
    p = Page()
    court_top(p, "四川省成都市武侯区人民法院", "执行通知书", "（2024）川0107执3318号", size=44, title_size=56)
    p.text("赵敏：", "serif", 30, lh=1.8)
    paras = [
        "申请执行人成都鼎丰小额贷款有限公司与你借款合同纠纷一案，本院作出的（2023）川0107民初15526号民事判决书已经发生法律效力。申请执行人于2024年3月11日向本院申请强制执行，本院已依法立案执行。依照《中华人民共和国民事诉讼法》的有关规定，责令你履行下列义务：",
        "一、向申请执行人支付借款本金46,800元及判决确定的利息；",
        "二、负担案件受理费1,035元、申请执行费762元；",
        "三、向本院如实报告当前以及收到执行通知之日前一年的财产情况。",
        "你应自收到本通知之日起三日内履行上述义务。逾期不履行的，本院将依法强制执行，并可依法对你采取限制消费、纳入失信被执行人名单等措施。",
    ]
    for s in paras:
        p.para(s, "serif", 28, lh=1.65, after=0.2)
    p.para("执行员：罗　强　联系电话：028-85071326", "serif", 28, indent=2)
    p.gap(50)
    c = sign_block(p, [cn_date(2024, 3, 15)], "serif", 31)
    p.seal(c[0], c[1] - 22, 250, "四川省成都市武侯区人民法院", "emblem", "court", rng=rng, rot=-2)
    img, seals = paper_photo(p, rng, out=(1200, 1600), bg="desk", shadow="hard", cast=(1.0, 1.0, 1.02),
                             blur=0.8, noise=3.0, rot=1.5, tilt=0.05)
    return result(img, seals, p.lines, "photo", "other", LAWFUL,
                  ["川0107执3318号", "执行通知书", "申请执行费"],
                  "Genuine-looking enforcement notice following an effective judgment, photographed on a desk with a straight shadow.",
                  quality=84, exif={"make": "HUAWEI", "model": "NOH-AN00"})


@item
def l_restriction_pudong(rng):
    p = Page(margin=(130, 120, 130, 100))
    court_top(p, "上海市浦东新区人民法院", "限制消费令", "（2023）沪0115执4567号", size=44, title_size=54)
    p.para("被执行人：王建国，男，1981年9月出生，汉族，住上海市浦东新区张杨路1018弄3号602室。", "serif", 26,
           indent=0, lh=1.6)
    paras = [
        "本院于2023年3月10日立案执行申请执行人上海恒信商业保理有限公司与被执行人王建国借款合同纠纷一案。因被执行人王建国未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你采取限制消费措施，限制你不得实施以下高消费及非生活和工作必需的消费行为：",
        "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；（三）购买不动产或者新建、扩建、高档装修房屋；（四）租赁高档写字楼、宾馆、公寓等场所办公；（五）购买非经营必需车辆；（六）旅游、度假；（七）子女就读高收费私立学校；（八）支付高额保费购买保险理财产品；（九）乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为。",
        "如因私消费以个人财产实施前述规定行为的，可以向本院提出申请，经本院批准后方可实施。",
        "如违反本令，本院将依照《中华人民共和国民事诉讼法》的规定，予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。",
    ]
    for s in paras:
        p.para(s, "serif", 26, lh=1.6, after=0.15)
    p.gap(40)
    c = sign_block(p, [cn_date(2023, 5, 8)], "serif", 30)
    p.seal(c[0], c[1] - 20, 245, "上海市浦东新区人民法院", "emblem", "court", rng=rng, rot=5)
    img, seals = paper_scan(p, rng, out_w=1131, skew=0.4, tint=(251, 250, 246), noise=2.5, gamma=1.1)
    return result(img, seals, p.lines, "scan", "restriction_order", LAWFUL,
                  ["沪0115执4567号", "限制消费令", "高收费私立学校"],
                  "Genuine-looking consumption-restriction order against a judgment debtor in an enforcement case, scanned.",
                  quality=82)


@item
def l_restriction_furong(rng):
    p = Page(margin=(140, 130, 140, 110))
    court_top(p, "湖南省长沙市芙蓉区人民法院", "限制消费令", "（2023）湘0102执5127号", fn="serifb", size=44,
              title_size=56)
    p.para("被执行人：孙建华，男，1986年4月出生，住长沙市芙蓉区五一大道389号。", "serif", 28, indent=0, lh=1.6)
    paras = [
        "本院于2023年8月14日立案执行申请执行人长沙易达小额贷款有限公司与被执行人孙建华民间借贷纠纷一案。因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，本院依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条，对你采取限制消费措施。",
        "自本令送达之日起，你不得乘坐飞机、列车软卧、轮船二等以上舱位及G字头动车组列车全部座位；不得在星级以上宾馆、酒店等场所消费；不得购买不动产、非经营必需车辆；不得旅游、度假；不得支付高额保费购买保险理财产品。",
        "因私消费以个人财产实施前述行为的，可以向本院提出申请，经本院批准后方可实施。",
        "如违反本令，本院将依法予以罚款、拘留；构成犯罪的，依法追究刑事责任。",
    ]
    for s in paras:
        p.para(s, "serif", 28, lh=1.65, after=0.2)
    p.gap(70)
    c = sign_block(p, [cn_date(2023, 10, 9)], "serif", 31)
    p.seal(c[0] - 5, c[1] - 18, 250, "湖南省长沙市芙蓉区人民法院", "emblem", "court", rng=rng, rot=-7)
    img, seals = paper_photo(p, rng, out=(1080, 1440), bg="carseat", shadow="soft", cast=(1.02, 1.0, 0.96),
                             blur=1.0, noise=4.0, rot=-5.0, tilt=0.07, light=0.3)
    return result(img, seals, p.lines, "photo", "restriction_order", LAWFUL,
                  ["湘0102执5127号", "限制消费令", "民间借贷纠纷"],
                  "Genuine-looking consumption-restriction order photographed on a car seat; EXIF carries the phone's own OS version.",
                  quality=80, exif={"make": "Apple", "model": "iPhone 13", "software": "17.4.1"})


@item
def l_arbitration_hearing_gz(rng):
    p = Page()
    p.gap(10)
    p.text("广州仲裁委员会", "serifb", 50, align="center", lh=1.5)
    p.text("开庭通知书", "serifb", 56, align="center", lh=1.5)
    p.text("（2024）穗仲案字第11873号", "serif", 30, align="right", lh=1.9)
    p.text("被申请人：周婷", "serif", 30, lh=1.8)
    paras = [
        "申请人广州安盈消费金融有限公司与你因借款合同产生的争议，本会已依据双方合同中的仲裁条款受理。本案适用《广州仲裁委员会仲裁规则》，由独任仲裁员审理。",
        "现定于2024年7月9日上午10时，在本会第8仲裁庭开庭审理，请你准时到庭。",
        "你可以委托代理人参加仲裁活动，代理人应提交授权委托书。你经书面通知，无正当理由不到庭或者未经仲裁庭许可中途退庭的，仲裁庭可以依照《中华人民共和国仲裁法》第四十二条的规定缺席裁决。",
        "案件秘书：林晓燕　联系电话：020-83286157",
    ]
    for s in paras:
        p.para(s, "serif", 29, lh=1.7, after=0.25)
    p.gap(80)
    c = sign_block(p, [cn_date(2024, 6, 3)], "serif", 31)
    p.seal(c[0], c[1] - 25, 245, "广州仲裁委员会", "star", "arbitration", rng=rng, rot=-10)
    img, seals = paper_photo(p, rng, out=(1200, 1600), bg="desk", shadow=None, cast=(1.04, 1.02, 0.95),
                             blur=0.7, noise=2.5, rot=2.0, tilt=0.04, light=0.2)
    return result(img, seals, p.lines, "photo", "other", LAWFUL,
                  ["穗仲案字第11873号", "开庭通知书", "独任仲裁员"],
                  "Genuine-looking arbitration hearing notice with the commission's star seal, photographed on a desk.",
                  quality=86, exif={"make": "vivo", "model": "V2309A"})


@item
def l_arbitration_notice_hz(rng):
    p = Page(margin=(150, 130, 150, 110))
    p.gap(10)
    p.text("杭州仲裁委员会", "ming", 50, align="center", lh=1.5)
    p.text("仲裁通知书", "ming", 56, align="center", lh=1.5)
    p.text("（2024）杭仲字第3392号", "ming", 30, align="right", lh=1.9)
    p.text("被申请人：何俊", "ming", 30, lh=1.8)
    paras = [
        "本会于2024年5月8日受理申请人浙江华晟消费金融股份有限公司与你之间的借款合同纠纷仲裁案。现将仲裁申请书副本、证据材料、本会仲裁规则及仲裁员名册送达给你。",
        "请你自收到本通知之日起十五日内提交答辩书、证据材料及身份证明文件。你有权在规定期限内选定或者委托本会主任指定仲裁员；对管辖有异议的，应当在首次开庭前书面提出。",
        "本案仲裁费用由申请人预交，最终由仲裁庭在裁决中确定承担方式。",
        "联系地址：杭州市上城区解放东路58号　案件经办人：沈佳　电话：0571-87026513",
    ]
    for s in paras:
        p.para(s, "ming", 29, lh=1.7, after=0.3)
    p.gap(90)
    c = sign_block(p, [cn_date(2024, 5, 10)], "ming", 31)
    p.seal(c[0] + 8, c[1] - 24, 240, "杭州仲裁委员会", "star", "arbitration", rng=rng, fname="ming", rot=12)
    img, seals = paper_scan(p, rng, out_w=1050, skew=-1.8, tint=(246, 244, 236), noise=4.0, lid=(60, 60, 62))
    return result(img, seals, p.lines, "scan", "other", LAWFUL,
                  ["杭仲字第3392号", "仲裁通知书", "仲裁员名册"],
                  "Genuine-looking arbitration commission notice of acceptance, scanned with a dark lid border.",
                  quality=74)


def law_firm_letterhead(p, cn, en, color=(185, 25, 35), fn="serifb"):
    p.text(cn, fn, 44, align="center", color=color, lh=1.3)
    p.text(en, "serif", 20, align="center", color=color, lh=1.6)
    p.hline(color=color, thick=4)
    p.gap(8)
    p.hline(color=color, thick=1)
    p.gap(30)


@item
def l_lawyer_letter_rongrui(rng):
    p = Page()
    law_firm_letterhead(p, "北京市融睿律师事务所", "BEIJING RONGRUI LAW FIRM")
    p.text("律师函", "serifb", 54, align="center", lh=1.5)
    p.text("（2024）融律函字第0417号", "serif", 28, align="right", lh=1.8)
    p.text("致：郑雪梅女士", "serif", 29, lh=1.8)
    paras = [
        "北京市融睿律师事务所（以下简称“本所”）接受安盈消费金融有限公司（以下简称“委托人”）的委托，指派本所律师就您与委托人之间的借款合同履行事宜，致函如下：",
        "根据委托人提供的材料，您于2023年2月16日通过委托人“安盈金融”APP申请个人消费贷款人民币20,000元，约定分12期等额还款。截至2024年5月31日，您已有3期未按期还款，逾期本金合计5,214.36元。",
        "本所律师提请您关注上述还款情况。如您在还款方面存在困难，可与委托人协商还款安排；如您对欠款金额有异议，可提供相关凭证，委托人将予以核实。",
        "请您在方便时通过委托人官方客服热线400-690-2288或本所承办律师电话010-65881236与我们联系。还款请仅通过委托人官方APP或其对公账户进行。",
        "特此函告。",
    ]
    for s in paras:
        p.para(s, "serif", 28, lh=1.65, after=0.2)
    p.gap(40)
    sign_block(p, ["北京市融睿律师事务所", "承办律师：何　俊"], "serif", 29)
    c = sign_block(p, [cn_date(2024, 6, 5)], "serif", 29)
    p.seal(c[0], c[1] - 40, 240, "北京市融睿律师事务所", "star", "law_firm", rng=rng, rot=-6)
    img, seals = paper_scan(p, rng, out_w=1131, skew=0.6, tint=(252, 251, 247), noise=2.8)
    return result(img, seals, p.lines, "scan", "lawyer_letter", LAWFUL,
                  ["融律函字第0417号", "逾期本金合计5,214.36元", "特此函告"],
                  "Calm lawyer's letter on a red letterhead with the firm's star seal, inviting contact through official channels.",
                  quality=85)


@item
def l_lawyer_letter_mingheng(rng):
    p = Page(margin=(150, 140, 150, 120))
    law_firm_letterhead(p, "上海明衡律师事务所", "SHANGHAI MINGHENG LAW OFFICES", color=(30, 30, 30), fn="sansb")
    p.text("律师函", "sansb", 52, align="center", lh=1.5)
    p.text("明衡律函〔2024〕第215号", "sans", 27, align="right", lh=1.8)
    p.text("马丽娟女士：", "sans", 28, lh=1.8)
    paras = [
        "上海明衡律师事务所受粤海银行股份有限公司信用卡中心委托，就您名下尾号0932信用卡的欠款事宜，向您致函。",
        "据委托人提供的账务记录，截至2024年6月1日，您该卡透支本金为18,420.55元，已连续两期未偿还最低还款额。相关利息及费用以委托人的账单和领用合约为准。",
        "我们理解您可能遇到了暂时的困难。委托人可根据您的实际情况，依照相关规定为您办理个性化分期还款，具体以双方书面确认的方案为准。请您收到本函后与委托人客服或本律师联系。",
        "如双方无法协商一致，委托人保留依法通过诉讼等途径主张权利的可能。",
        "联系律师：高慧　电话：021-50398812",
    ]
    for s in paras:
        p.para(s, "sans", 27, lh=1.72, after=0.25)
    p.gap(50)
    sign_block(p, ["上海明衡律师事务所"], "sans", 28)
    c = sign_block(p, ["2024年6月7日"], "sans", 28)
    p.seal(c[0] - 5, c[1] - 30, 236, "上海明衡律师事务所", "star", "law_firm", rng=rng, fname="sansb", rot=8)
    img, seals = paper_photo(p, rng, out=(1200, 1600), bg="cloth", shadow="soft", cast=(0.98, 1.0, 1.04),
                             blur=0.8, noise=3.0, rot=-3.0, tilt=0.05)
    return result(img, seals, p.lines, "photo", "lawyer_letter", LAWFUL,
                  ["明衡律函", "个性化分期还款", "尾号0932"],
                  "Measured lawyer's letter for a card issuer offering a written instalment plan, photographed on a tablecloth.",
                  quality=80, exif={"make": "Xiaomi", "model": "23049RAD8C"})


@item
def l_lawyer_letter_zhenghong(rng):
    p = Page()
    law_firm_letterhead(p, "广东正弘律师事务所", "GUANGDONG ZHENGHONG LAW FIRM", color=(170, 20, 30), fn="kai")
    p.text("律师函", "serifb", 54, align="center", lh=1.5)
    p.text("正弘函字（2024）第0098号", "serif", 27, align="right", lh=1.8)
    p.text("致：林晓燕女士", "serif", 29, lh=1.8)
    paras = [
        "本所接受深圳前海易达小额贷款有限公司的委托，就您所借款项的还款事宜致函如下：",
        "您于2023年10月9日借款人民币12,000元，借款期限12个月。自2024年3月起，您未再按期还款，截至本函发出之日，逾期本金4,020.00元，逾期利息按合同约定标准计算。",
        "本函旨在提醒您关注上述情况并与委托人取得联系。如您已经还款或对金额有异议，请提供凭证，以便核对。本函不构成对您任何权利的限制。",
        "联系方式：委托人客服热线400-833-6012；本所律师罗斌，电话0755-86217705。",
    ]
    for s in paras:
        p.para(s, "serif", 29, lh=1.7, after=0.3)
    p.gap(60)
    sign_block(p, ["广东正弘律师事务所", "律师：罗　斌"], "serif", 29)
    c = sign_block(p, [cn_date(2024, 5, 22)], "serif", 29)
    p.seal(c[0], c[1] - 42, 242, "广东正弘律师事务所", "star", "law_firm", rng=rng, fname="serifb", rot=-12)
    img, seals = paper_photo(p, rng, out=(1125, 1500), bg="desk", shadow="hard", cast=(1.05, 1.02, 0.94),
                             blur=1.0, noise=3.2, rot=3.5, tilt=0.06)
    return result(img, seals, p.lines, "photo", "lawyer_letter", LAWFUL,
                  ["正弘函字", "逾期本金4,020.00元", "不构成对您任何权利的限制"],
                  "Calm lawyer's letter with firm seal on the date line, stored upside down with an EXIF orientation tag.",
                  quality=83, exif={"orientation": 3, "make": "HUAWEI", "model": "ALN-AL00"})


@item
def l_bank_card_reminder(rng):
    p = Page(margin=(130, 110, 130, 110))
    p.round_logo(p.x0 + 45, p.y + 40, 40, "信")
    p.text("信和银行信用卡中心", "sansb", 36, x=p.x0 + 110, lh=0, advance=False)
    p.y += 48
    p.text("XINHE BANK CREDIT CARD CENTER", "sans", 18, x=p.x0 + 112, color=(120, 120, 120), lh=2.2)
    p.hline(color=(200, 25, 35), thick=6)
    p.gap(40)
    p.text("逾期还款提醒函", "sansb", 48, align="center", lh=1.6)
    p.text("尊敬的徐磊先生：", "sans", 28, lh=1.8)
    p.para("您尾号3517的信用卡账户截至2024年5月20日仍有欠款未还，现将账户情况列示如下：", "sans", 27, lh=1.65)
    rows = [["账单日", "到期还款日", "本期应还", "最低还款额", "已还金额"],
            ["04月28日", "05月16日", "18,620.00", "1,862.00", "0.00"]]
    p.table(rows, [196, 196, 196, 196, 196], "sans", 26, border=(200, 25, 35), header_fill=(252, 232, 232),
            align=["center"] * 5)
    paras = [
        "根据《信和银行信用卡领用合约》，未在到期还款日前还清最低还款额的，本行将按约定计收透支利息（日利率万分之五），并按最低还款额未还部分的5%收取违约金，最低10元。",
        "逾期记录将依照《征信业管理条例》报送中国人民银行征信系统。请您尽快通过本行手机银行、网点柜台或约定账户自动还款方式还款。如遇还款困难，可致电本行客服热线400-889-5528，申请办理个性化分期。",
        "本行不会委托任何人员要求您向个人账户转账，请注意防范诈骗。",
    ]
    for s in paras:
        p.para(s, "sans", 27, lh=1.68, after=0.3)
    p.gap(40)
    sign_block(p, ["信和银行股份有限公司信用卡中心", "2024年5月22日"], "sans", 27)
    img, seals = paper_scan(p, rng, out_w=1100, skew=-0.5, tint=(250, 250, 250), noise=2.5)
    return result(img, seals, p.lines, "scan", "other", LAWFUL,
                  ["逾期还款提醒函", "最低还款额", "征信业管理条例"],
                  "Bank card overdue reminder with a red round logo, red rule and red-bordered table but no seal; penalty on the unpaid minimum only.",
                  quality=86)


@item
def l_cfc_overdue_letter(rng):
    p = Page()
    p.text("安盈消费金融有限公司", "serifb", 42, align="center", lh=1.4)
    p.text("逾期还款提醒函", "serifb", 50, align="center", lh=1.7)
    p.text("函号：AY-TX-2024-0613-0877", "serif", 25, align="right", lh=1.8, color=(70, 70, 70))
    p.text("尊敬的郑雪梅女士：", "serif", 29, lh=1.8)
    paras = [
        "您在我司办理的个人消费贷款（合同编号：AY20230216-55802）本期应还款额1,286.40元，到期日为2024年6月15日，截至本函出具之日尚未归还。",
        "逾期期间，我司将按合同约定对逾期本金按日利率0.05%计收罚息，不会对未到期本金计收违约金。您的逾期信息将依照《征信业管理条例》报送至金融信用信息基础数据库。",
        "请您通过“安盈金融”官方APP或我司对公账户（户名：安盈消费金融有限公司）还款。我司及合作机构不会要求您向任何个人账户转账。",
        "如您暂时无法足额还款，可拨打官方客服热线400-690-2288说明情况，我司将依法依规与您协商。",
    ]
    for s in paras:
        p.para(s, "serif", 28, lh=1.7, after=0.3)
    p.gap(60)
    sign_block(p, ["安盈消费金融有限公司"], "serif", 29)
    c = sign_block(p, ["2024年6月18日"], "serif", 29)
    p.seal(c[0], c[1] - 30, 236, "安盈消费金融有限公司", "star", "company", rng=rng, fname="sansb", inner_ring=True,
           rot=-5)
    img, seals = paper_photo(p, rng, out=(1200, 1600), bg="bedspread", shadow="soft", cast=(1.03, 1.0, 0.97),
                             blur=0.9, noise=3.0, rot=2.0, tilt=0.07)
    return result(img, seals, p.lines, "photo", "other", LAWFUL,
                  ["逾期还款提醒函", "金融信用信息基础数据库", "1,286.40元"],
                  "Consumer-finance overdue reminder with company seal; overdue interest on overdue principal, credit reporting stated factually.",
                  quality=78, exif={"make": "OPPO", "model": "PGT-AN10"})


@item
def l_settlement_cert_yida(rng):
    p = Page(margin=(160, 180, 160, 120))
    p.text("结清证明", "serifb", 62, align="center", lh=2.0, tracking=30, rec_as="结清证明")
    paras = [
        "兹证明借款人林晓燕（身份证号：4403**********2248）于2022年11月3日在我司申请的个人消费贷款（合同编号：QHYD-22110300417），借款金额人民币30,000.00元，已于2024年5月31日全部结清。",
        "借款人与我司之间该笔借款合同项下的债权债务关系已经终止。我司已按规定向征信系统报送该笔贷款的结清信息。",
        "特此证明。",
    ]
    for s in paras:
        p.para(s, "serif", 31, lh=1.85, after=0.4)
    p.gap(140)
    sign_block(p, ["深圳前海易达小额贷款有限公司"], "serif", 30)
    c = sign_block(p, ["2024年6月3日"], "serif", 30)
    p.seal(c[0] + 20, c[1] - 35, 240, "深圳前海易达小额贷款有限公司", "star", "company", bottom="业务专用章",
           rng=rng, fname="serifb", rot=4)
    img, seals = paper_photo(p, rng, out=(1200, 1600), bg="desk", shadow="soft", cast=(1.0, 1.01, 1.03),
                             blur=0.7, noise=2.5, rot=-1.5, tilt=0.04)
    return result(img, seals, p.lines, "photo", "other", LAWFUL,
                  ["结清证明", "QHYD-22110300417", "特此证明"],
                  "Loan settlement certificate with a company business seal; EXIF has the phone's own OS string.",
                  quality=87, exif={"make": "HUAWEI", "model": "ALN-AL00", "software": "HarmonyOS 4.2.0"})


@item
def l_settlement_cert_dingfeng(rng):
    p = Page(margin=(150, 150, 150, 120))
    p.text("贷款结清证明", "sansb", 54, align="center", lh=2.0)
    p.text("黄志强先生：", "sans", 29, lh=1.8)
    p.para("您在我司办理的下列贷款已全部结清，特此证明：", "sans", 29, lh=1.7)
    rows = [["合同编号", "DF-XD-2022-11873"], ["借款金额", "人民币50,000.00元"], ["放款日期", "2022年8月12日"],
            ["结清日期", "2024年4月30日"], ["结清金额", "人民币9,615.27元（含本金及利息）"]]
    p.table(rows, [260, 670], "sans", 28)
    p.para("截至本证明出具之日，您在我司名下无其他未结清贷款。征信系统中的相关记录将在我司报送后按规定更新。", "sans", 28,
           lh=1.7)
    p.gap(100)
    sign_block(p, ["成都鼎丰小额贷款有限公司"], "sans", 29)
    c = sign_block(p, ["2024年5月6日"], "sans", 29)
    p.seal(c[0], c[1] - 30, 238, "成都鼎丰小额贷款有限公司", "star", "company", rng=rng, fname="sansb", rot=-9)
    img, seals = paper_scan(p, rng, out_w=1000, skew=2.2, tint=(245, 243, 235), noise=4.5, blur=0.7)
    return result(img, seals, p.lines, "scan", "other", LAWFUL,
                  ["贷款结清证明", "DF-XD-2022-11873", "无其他未结清贷款"],
                  "Settlement certificate with a loan table and company seal, scanned at a noticeable skew.",
                  quality=72)


@item
def l_repayment_agreement(rng):
    p = Page(margin=(130, 110, 130, 90))
    p.text("还款协议", "serifb", 52, align="center", lh=1.8)
    p.text("协议编号：AY-HK-2024-00731", "serif", 24, align="right", lh=1.7, color=(70, 70, 70))
    p.para("甲方（出借人）：安盈消费金融有限公司", "serif", 26, indent=0, lh=1.6, after=0)
    p.para("乙方（借款人）：刘洋，身份证号：4401**********3316", "serif", 26, indent=0, lh=1.6)
    paras = [
        "因乙方暂时经济困难，经双方平等协商，就乙方在《个人消费贷款合同》（编号AY20220508-10093）项下的欠款达成如下还款安排：",
        "一、截至2024年6月10日，乙方尚欠本金24,600.00元、利息1,312.40元，合计25,912.40元。",
        "二、乙方自2024年7月起分24期偿还，每期于当月15日前还款1,079.68元，通过甲方官方APP或甲方对公账户支付。",
        "三、乙方按本协议按期还款的，甲方停止计收本协议签订前已产生的罚息，该部分共计486.20元不再收取。",
        "四、乙方连续两期未按本协议还款的，甲方可按原合同约定主张权利。",
        "五、本协议自双方签字（盖章）之日起生效，一式两份，双方各执一份。",
    ]
    for s in paras:
        p.para(s, "serif", 26, lh=1.62, after=0.2)
    p.gap(40)
    y0 = p.y
    p.text("甲方（盖章）：安盈消费金融有限公司", "serif", 26, x=p.x0, lh=1.8)
    p.text("日期：2024年6月12日", "serif", 26, x=p.x0, lh=1.8)
    p.y = y0
    p.text("乙方（签字）：", "serif", 26, x=p.x0 + 600, lh=0, advance=False)
    p.text("刘洋", "kai", 40, x=p.x0 + 780, lh=1.5, color=(20, 30, 80))
    p.text("日期：2024年6月12日", "serif", 26, x=p.x0 + 600, lh=1.8)
    p.seal(p.x0 + 330, y0 + 30, 232, "安盈消费金融有限公司", "star", "company", bottom="合同专用章", rng=rng,
           fname="sansb", inner_ring=True, rot=7)
    img, seals = paper_scan(p, rng, out_w=1131, skew=-1.1, tint=(250, 249, 244), noise=3.0)
    return result(img, seals, p.lines, "scan", "other", LAWFUL,
                  ["还款协议", "AY20220508-10093", "对公账户"],
                  "Signed instalment repayment agreement with a company contract seal waiving past overdue interest in writing.",
                  quality=81)


@item
def l_property_fee_notice(rng):
    p = Page(margin=(150, 150, 150, 120))
    p.text("物业服务费催缴通知", "serifb", 50, align="center", lh=1.9)
    p.text("尊敬的西溪花园12幢2单元1101室业主：", "serif", 29, lh=1.8)
    paras = [
        "您好！截至2024年5月31日，您尚欠2023年7月至2024年6月物业服务费共计3,456.00元（建筑面积120平方米，按每月每平方米2.40元计）。",
        "根据《前期物业服务合同》第二十一条约定，业主逾期缴纳物业服务费的，按欠缴金额每日万分之三支付违约金。",
        "请您于2024年6月30日前到小区物业服务中心缴纳，或通过“西溪花园”缴费公众号线上缴纳。如对费用有疑问，欢迎来电或到物业服务中心核对账目。",
        "感谢您对我们工作的理解与支持！",
    ]
    for s in paras:
        p.para(s, "serif", 29, lh=1.72, after=0.3)
    p.para("物业服务中心电话：0571-88973320", "serif", 28, indent=2)
    p.gap(70)
    sign_block(p, ["杭州西溪物业服务有限公司", "西溪花园物业服务中心"], "serif", 29)
    c = sign_block(p, ["2024年6月5日"], "serif", 29)
    p.seal(c[0], c[1] - 55, 236, "杭州西溪物业服务有限公司", "star", "company", rng=rng, fname="serifb", rot=-3)
    img, seals = paper_photo(p, rng, out=(1200, 1600), bg="cloth", shadow="soft", cast=(1.07, 1.0, 0.88),
                             blur=1.0, noise=3.5, rot=-4.0, tilt=0.08, light=0.3)
    return result(img, seals, p.lines, "photo", "other", LAWFUL,
                  ["物业服务费催缴通知", "每日万分之三", "3,456.00元"],
                  "Property-management overdue fee notice with a contractual late fee on the arrears and company seal, EXIF-rotated.",
                  quality=75, exif={"orientation": 6, "make": "Xiaomi", "model": "2211133C"})


@item
def l_power_bill_notice(rng):
    p = Page(margin=(120, 110, 120, 100))
    p.text("国网江城供电公司", "sansb", 36, align="center", color=(0, 110, 90), lh=1.5)
    p.text("电费催缴通知单", "sansb", 50, align="center", color=(200, 25, 35), lh=1.7)
    rows = [["户名", "郭芳", "户号", "0312****6688"],
            ["用电地址", "江城市东湖路77号4栋302室", "", ""],
            ["欠费月份", "2024年4月—5月", "欠费金额", "186.40元"],
            ["违约金", "按实际欠费天数计算", "缴费截止", "2024年7月15日"]]
    p.table(rows, [180, 420, 180, 220], "sans", 27, border=(205, 30, 40), lw=3, header_fill=None)
    paras = [
        "尊敬的客户：您的上述电费尚未缴清。根据《供电营业规则》有关规定，居民用户逾期缴纳电费的，每日按欠费总额的千分之一加收电费违约金，违约金自逾期之日起计算。",
        "请通过“网上国网”APP、供电营业厅或银行代收网点及时缴费。如已缴费，请忽略本通知。服务热线：95598。",
    ]
    p.gap(10)
    for s in paras:
        p.para(s, "sans", 27, lh=1.7, after=0.3)
    p.gap(40)
    sign_block(p, ["国网江城供电公司东湖营业厅", "2024年6月30日"], "sans", 27)
    img, seals = paper_scan(p, rng, out_w=1131, skew=0.9, tint=(253, 251, 246), noise=3.0)
    return result(img, seals, p.lines, "scan", "other", LAWFUL,
                  ["电费催缴通知单", "供电营业规则", "95598"],
                  "Utility arrears notice with a red-bordered table and the regulated late fee, no seal.",
                  quality=84)


@item
def l_mediation_committee(rng):
    p = Page(margin=(150, 150, 150, 120))
    p.text("朝阳区望京街道人民调解委员会", "serifb", 42, align="center", lh=1.5)
    p.text("调解通知书", "serifb", 54, align="center", lh=1.8)
    p.text("望调通字〔2024〕第036号", "serif", 27, align="right", lh=1.8)
    p.text("王立新：", "serif", 29, lh=1.8)
    paras = [
        "申请人北京安居物业管理有限公司因物业服务费纠纷，向本委员会申请调解。本委员会定于2024年6月21日上午9时30分，在望京街道司法所调解室进行调解。",
        "人民调解遵循自愿、平等原则，你可以选择参加或者不参加调解。调解不收取任何费用。经调解达成的调解协议，双方可以共同向人民法院申请司法确认。",
        "如有疑问，请与调解员张秀兰联系，电话：010-64728851。",
    ]
    for s in paras:
        p.para(s, "serif", 29, lh=1.75, after=0.35)
    p.gap(100)
    sign_block(p, ["望京街道人民调解委员会"], "serif", 29)
    c = sign_block(p, [cn_date(2024, 6, 11)], "serif", 29)
    p.seal(c[0], c[1] - 32, 236, "北京市朝阳区望京街道人民调解委员会", "star", "government", rng=rng,
           fname="serifb", rot=5)
    img, seals = paper_photo(p, rng, out=(1080, 1440), bg="desk", shadow="hard", cast=(0.96, 1.0, 1.05),
                             blur=1.2, noise=4.0, rot=-2.0, tilt=0.06)
    return result(img, seals, p.lines, "photo", "other", LAWFUL,
                  ["人民调解委员会", "望京街道司法所", "司法确认"],
                  "People's mediation committee notice stressing voluntariness, with the committee's star seal.",
                  quality=79, exif={"make": "vivo", "model": "V2244A"})


@item
def l_police_warning_leaflet(rng):
    p = Page(margin=(120, 110, 120, 100))
    p.round_logo(p.w / 2, p.y + 55, 55, "警", color=(20, 60, 150))
    p.gap(130)
    p.text("江城市公安局反诈中心", "sansb", 38, align="center", color=(20, 60, 150), lh=1.5)
    p.text("警惕冒充“律师”“法院”的催收骗局", "sansb", 44, align="center", color=(200, 25, 35), lh=1.8)
    p.para("近期，我市接到多起群众反映：一些不法催收人员以网贷逾期为由，冒充律师事务所、法院工作人员发送短信，或者伪造“律师函”“限高令”，常用说法有：",
           "sans", 27, lh=1.65)
    for s in ["“你已经进了网贷黑名单，哪个平台都借不到钱了”", "“今天不还，明天就去你家和你单位找你”",
              "“再拖就给你通讯录里的人挨个打电话”", "“先交一笔保证金，罚息可以全免”"]:
        p.para(s, "kai", 29, indent=1, lh=1.6, after=0.05)
    p.gap(16)
    p.text("警方提示：", "sansb", 30, lh=1.6)
    for s in ["1．法院不会用个人手机号或商业短信平台通知立案，案件真伪可拨打12368核实。",
              "2．任何要求向个人账户转账的，都是骗局。还款只走贷款机构官方渠道。",
              "3．遇到骚扰亲友、辱骂恐吓等行为，请保留证据，拨打110报警，或拨打12378向金融监管部门投诉。"]:
        p.para(s, "sans", 27, indent=0, lh=1.6, after=0.15)
    p.gap(30)
    sign_block(p, ["江城市公安局反诈中心", "2024年5月"], "sans", 27)
    img, seals = paper_photo(p, rng, out=(1200, 1600), bg="wood", shadow=None, cast=(1.05, 1.0, 0.92),
                             blur=0.9, noise=3.0, rot=3.0, tilt=0.05)
    return result(img, seals, p.lines, "photo", "other", LAWFUL,
                  ["反诈中心", "警方提示", "拨打12368核实"],
                  "Police anti-fraud leaflet that quotes collectors' threats as examples; blue round badge logo, no seal; EXIF-rotated.",
                  quality=82, exif={"orientation": 8, "make": "Apple", "model": "iPhone 12"})


@item
def l_red_letterhead_notice(rng):
    p = Page(margin=(130, 120, 130, 110))
    p.text("安盈消费金融有限公司文件", "serifb", 58, align="center", color=(205, 20, 30), lh=1.6, tracking=4)
    p.text("安盈金发〔2024〕18号", "serif", 28, align="center", lh=1.5)
    p.hline(color=(205, 20, 30), thick=5)
    p.gap(50)
    p.text("关于官方还款渠道及防范诈骗的公告", "serifb", 40, align="center", lh=1.9)
    paras = [
        "近期，有不法分子冒用我司名义，以“减免息费”“停催”等为由要求客户向个人账户转账。为保障客户资金安全，现将有关事项公告如下：",
        "一、我司官方还款渠道仅限“安盈金融”APP、我司对公账户（户名：安盈消费金融有限公司）及合作银行代扣。",
        "二、我司及合作的委外催收机构不得要求客户向任何个人账户还款，不得向与借款无关的第三人透露客户借款信息。",
        "三、如发现催收人员存在辱骂、恐吓、骚扰第三人等行为，请拨打我司客服热线400-690-2288投诉，也可向金融监管部门反映。",
        "特此公告。",
    ]
    for s in paras:
        p.para(s, "serif", 28, lh=1.7, after=0.25)
    p.gap(60)
    sign_block(p, ["安盈消费金融有限公司"], "serif", 29)
    c = sign_block(p, ["2024年4月18日"], "serif", 29)
    p.seal(c[0], c[1] - 30, 240, "安盈消费金融有限公司", "star", "company", rng=rng, fname="serifb", rot=-4)
    img, seals = paper_scan(p, rng, out_w=1131, skew=-0.3, tint=(252, 252, 250), noise=2.5)
    return result(img, seals, p.lines, "scan", "other", LAWFUL,
                  ["安盈金发", "官方还款渠道", "特此公告"],
                  "Red-headed company announcement on official repayment channels, with red title, red rule and company seal.",
                  quality=88)


@item
def l_receipt_paid_stamp(rng):
    p = Page(w=1240, h=760, margin=(80, 60, 80, 50))
    p.text("收款收据", "serifb", 48, align="center", lh=1.3)
    p.text("No. 0012457", "serif", 26, align="right", color=(190, 30, 40), lh=1.6)
    p.text("日期：2024年6月12日", "serif", 26, lh=1.7)
    rows = [["交款单位（人）", "王立新"], ["收款事由", "2024年第二季度物业服务费（望京西路18号院3-1-502）"],
            ["人民币（大写）", "壹仟贰佰陆拾元整"], ["小写金额", "¥1,260.00"]]
    p.table(rows, [280, 800], "serif", 28)
    p.text("收款单位：北京安居物业管理有限公司　　收款人：杨帆", "serif", 26, lh=1.6)
    p.rect_stamp(p.w - 320, 420, "已付款", 54, rng, rot=-12)
    img, seals = paper_photo(p, rng, out=(1600, 1200), bg="wood", shadow="soft", cast=(1.06, 1.0, 0.9),
                             blur=0.8, noise=3.0, rot=-4.0, tilt=0.07, cover=0.7)
    return result(img, seals, p.lines, "photo", "other", LAWFUL,
                  ["收款收据", "壹仟贰佰陆拾元整", "已付款"],
                  "Property-fee receipt with a red serial number and a rectangular paid stamp; no round seal.",
                  quality=84, exif={"make": "Xiaomi", "model": "Redmi K60"})


@item
def l_repayment_schedule_paid(rng):
    p = Page(margin=(110, 120, 110, 100))
    p.text("还款计划表", "sansb", 50, align="center", color=(190, 25, 35), lh=1.6)
    p.text("借款人：陈静　　合同编号：HS2023-0415-2281　　借款金额：12,000.00元", "sans", 24, align="center", lh=2.0)
    rows = [["期数", "应还日期", "应还本金", "应还利息", "状态"]]
    bal = 12000.0
    for k in range(12):
        prin = 1000.0
        intr = round(bal * 0.0125, 2)
        bal -= prin
        rows.append([str(k + 1), f"2023-{5 + k:02d}-15" if k < 8 else f"2024-{k - 7:02d}-15", f"{prin:,.2f}",
                     f"{intr:,.2f}", "已还"])
    p.table(rows, [110, 260, 220, 220, 200], "sans", 25, border=(205, 30, 40), lw=2, pad=8,
            header_fill=(205, 30, 40), header_color=(255, 255, 255), align=["center"] * 5, lh=1.3)
    p.para("说明：以上为浙江华晟消费金融股份有限公司出具的还款计划执行情况，本笔借款已全部结清。", "sans", 24, lh=1.6)
    p.rect_stamp(p.w - 330, p.y + 90, "PAID", 70, rng, fname="sansb", rot=-15)
    p.rect_stamp(330, p.y + 100, "已结清", 52, rng, rot=6)
    img, seals = paper_scan(p, rng, out_w=1131, skew=1.6, tint=(252, 250, 244), noise=3.0)
    return result(img, seals, p.lines, "scan", "other", LAWFUL,
                  ["还款计划表", "HS2023-0415-2281", "PAID"],
                  "Repayment schedule with a red-bordered red-header table and rectangular PAID and settled stamps; no seal.",
                  quality=83)


@item
def l_news_printout(rng):
    p = Page(margin=(120, 100, 120, 90))
    p.text("法治观察 | 社会", "sans", 24, color=(190, 30, 40), lh=1.8)
    p.para("冒充律师发“律师函”恐吓借款人，催收公司三人获刑", "sansb", 40, indent=0, lh=1.45)
    p.text("2024-05-21 08:12　来源：法治观察　记者 朱明", "sans", 22, color=(110, 110, 110), lh=2.0)
    paras = [
        "本报讯 近日，江城市某区人民法院审结一起催收非法债务案。经审理查明，2022年至2023年间，被告人吴某等三人受雇于某催收公司，在为多个高利放贷账户催收时，冒充律师事务所和法院工作人员，向借款人发送伪造的“律师函”“限高令”。",
        "据被害人陈述，催收人员曾扬言“三天内上门”“通知你单位领导”，并向其通讯录中的亲友群发信息。部分借款人被迫借新还旧，债务越滚越大。",
        "法院认为，三被告人采用恐吓、跟踪、骚扰等手段催收高利放贷等产生的非法债务，情节严重，其行为均已构成催收非法债务罪，依法判处有期徒刑一年至一年六个月不等，并处罚金。",
        "法官提示：真实的法院文书均加盖法院印章，并有规范的案号；收到可疑文书，可拨打12368向法院核实。遭遇暴力催收，应及时报警。",
    ]
    for s in paras:
        p.para(s, "serif", 27, lh=1.7, after=0.3)
    p.text("https://news.fzgc.example.cn/2024/0521/88213.html　　1/1", "sans", 18, color=(120, 120, 120),
           lh=1.5)
    img, seals = paper_photo(p, rng, out=(1200, 1600), bg="bedspread", shadow="soft", cast=(1.0, 0.98, 1.04),
                             blur=1.1, noise=3.5, rot=5.0, tilt=0.09, light=0.3)
    return result(img, seals, p.lines, "photo", "other", LAWFUL,
                  ["催收非法债务罪", "法官提示", "三人获刑"],
                  "Printed news article about a collection-abuse conviction that quotes the threats used; photographed on a bedspread.",
                  quality=77, exif={"make": "HONOR", "model": "ANY-AN00"})


@item
def l_precourt_mediation(rng):
    p = Page()
    court_top(p, "北京市朝阳区人民法院", "诉前调解通知书", "（2024）京0105民诉前调20817号", size=44, title_size=52)
    p.text("郑雪梅：", "serif", 29, lh=1.8)
    paras = [
        "原告安盈消费金融有限公司诉你金融借款合同纠纷一案，本院在登记立案前，经原告同意，委派本院特邀调解组织进行诉前调解。",
        "调解员：徐文静　联系电话：010-85922716",
        "诉前调解不收取费用。你可以同意或者拒绝调解；调解期限为三十日，经双方同意可以延长。调解达成协议的，可以申请司法确认或者出具调解书；调解不成的，本院将依法登记立案。",
        "如对本通知有疑问，可拨打12368核实。",
    ]
    for s in paras:
        p.para(s, "serif", 29, lh=1.72, after=0.3)
    p.gap(80)
    c = sign_block(p, [cn_date(2024, 5, 6)], "serif", 31)
    p.seal(c[0] - 6, c[1] - 22, 250, "北京市朝阳区人民法院", "emblem", "court", rng=rng, fname="serif", rot=9)
    img, seals = paper_photo(p, rng, out=(1200, 1600), bg="wood", shadow="hard", cast=(1.04, 1.0, 0.93),
                             blur=0.8, noise=3.0, rot=-3.0, tilt=0.06)
    return result(img, seals, p.lines, "photo", "other", LAWFUL,
                  ["民诉前调20817号", "诉前调解通知书", "特邀调解组织"],
                  "Genuine-looking court pre-filing mediation notice with a 民诉前调 case number and court seal.",
                  quality=85, exif={"make": "Apple", "model": "iPhone 14"})


@item
def l_preservation_ruling(rng):
    p = Page(margin=(140, 120, 140, 100))
    court_top(p, "广东省深圳市南山区人民法院", "民事裁定书", "（2024）粤0305财保612号", size=42, title_size=54,
              tracking=30, rec_title="民 事 裁 定 书")
    for s in ["申请人：深圳前海易达小额贷款有限公司，住所地深圳市前海深港合作区前湾一路1号。",
              "被申请人：黄志强，男，1990年2月出生，住深圳市南山区桃园路77号。"]:
        p.para(s, "serif", 27, indent=2, lh=1.6, after=0.1)
    paras = [
        "申请人于2024年4月2日向本院申请诉前财产保全，请求冻结被申请人黄志强名下银行存款人民币58,000元或者查封、扣押其同等价值的其他财产，并提供了担保。",
        "本院经审查认为，申请人的申请符合法律规定。依照《中华人民共和国民事诉讼法》第一百零四条规定，裁定如下：",
        "冻结被申请人黄志强名下银行存款人民币58,000元或者查封、扣押其同等价值的其他财产。",
        "申请人应当在本院采取保全措施后三十日内依法提起诉讼或者申请仲裁，逾期不提起诉讼或者申请仲裁的，本院将解除保全。",
        "本裁定立即开始执行。如不服本裁定，可以自收到裁定书之日起五日内向本院申请复议一次。复议期间不停止裁定的执行。",
    ]
    for s in paras:
        p.para(s, "serif", 27, lh=1.62, after=0.15)
    p.gap(30)
    sign_block(p, ["审判员　李　蕾"], "serif", 29)
    c = sign_block(p, [cn_date(2024, 4, 7)], "serif", 29)
    p.seal(c[0], c[1] - 22, 244, "广东省深圳市南山区人民法院", "emblem", "court", rng=rng, rot=-5)
    sign_block(p, ["书记员　邓佳怡"], "serif", 29)
    img, seals = paper_scan(p, rng, out_w=1131, skew=-1.4, tint=(249, 247, 240), noise=3.5, streak=True)
    return result(img, seals, p.lines, "scan", "other", LAWFUL,
                  ["粤0305财保612号", "诉前财产保全", "申请复议一次"],
                  "Genuine-looking pre-litigation asset-preservation ruling by a court with a 财保 case number and court seal.",
                  quality=79)


# =====================================================================================
# FORGED paper items
# =====================================================================================

@item
def f_lawyer_letter_company_seal(rng):
    p = Page(margin=(150, 160, 150, 120))
    p.text("律师函", "sansb", 64, align="center", lh=1.7)
    p.text("编号：KY-LS-20240611-0382", "sans", 25, align="right", lh=1.8, color=(60, 60, 60))
    p.text("致：黄志强（身份证号：4403**********2317）", "sans", 28, lh=1.8)
    paras = [
        "你于2023年9月在“快银借”平台借款人民币8,000元，至今已逾期87天，经多次催告仍拒不履行还款义务，已涉嫌恶意逃废债务。",
        "本律师受平台委托，现正式通知如下：",
        "一、请你务必在收到本函后48小时内将全部欠款结清；",
        "二、逾期未处理的，我方将即刻向你户籍所在地人民法院提起民事诉讼，并申请强制执行；",
        "三、我方将向你的工作单位、借款时预留的联系人及亲属发送协查函，告知你的欠款情况。",
        "望你慎重对待，以免给自己和家人带来不必要的麻烦。",
        "联系人：陈律师　电话：0755-23617740",
    ]
    for s in paras:
        p.para(s, "sans", 28, lh=1.72, after=0.25)
    p.gap(70)
    c = sign_block(p, ["2024年6月11日"], "sans", 29)
    p.seal(c[0], c[1] - 20, 236, "深圳市快银网络科技有限公司", "star", "company", rng=rng, fname="sansb", rot=-6)
    img, seals = paper_photo(p, rng, out=(1200, 1600), bg="bedspread", shadow="soft", cast=(1.02, 1.0, 0.98),
                             blur=0.9, noise=3.0, rot=-2.0, tilt=0.06)
    lab = forged(["seal.issuer_mismatch", "lawsuit.threat", "pressure.deadline", "contact.third_party"],
                 maybe=["contract.termination", "asset.freeze", "persona.authority"])
    return result(img, seals, p.lines, "photo", "lawyer_letter", lab,
                  ["律师函", "48小时内", "协查函"],
                  "Fake lawyer's letter stamped with a tech company's seal, threatening an immediate suit and letters to employer and contacts.",
                  quality=81, exif={"make": "OPPO", "model": "PHB110"})


@item
def f_restriction_star_seal(rng):
    p = Page(margin=(150, 150, 150, 120))
    p.text("长沙市岳麓区人民法院", "serifb", 46, align="center", lh=1.5)
    p.text("限制消费令", "serifb", 58, align="center", lh=1.6)
    p.text("（2024）湘执字第00896号", "serif", 30, align="right", lh=1.9)
    p.text("被执行人：罗斌", "serif", 29, lh=1.8)
    paras = [
        "因你在“闪电借”等网络借贷平台借款逾期未还，经债权人申请，本院决定自即日起对你采取限制消费措施：",
        "一、禁止乘坐飞机、高铁及动车；",
        "二、禁止入住星级宾馆、酒店；",
        "三、你的子女不得就读重点学校及私立学校；",
        "四、你的个人信息将同步录入全国失信被执行人名单，并向社会公布。",
        "如需解除，请于三日内联系债权人结清欠款并提交还款凭证。联系电话：0731-88215064",
    ]
    for s in paras:
        p.para(s, "serif", 29, lh=1.72, after=0.25)
    p.gap(90)
    c = sign_block(p, [cn_date(2024, 6, 6)], "serif", 31)
    p.seal(c[0], c[1] - 25, 245, "湖南省长沙市岳麓区人民法院", "star", "court", rng=rng, fname="serifb", rot=3)
    img, seals = paper_scan(p, rng, out_w=1100, skew=0.7, tint=(251, 249, 243), noise=3.0)
    lab = forged(["seal.issuer_mismatch", "doc.case_number_invalid", "blacklist.dishonest", "family.children"],
                 maybe=["pressure.deadline", "lawsuit.threat", "blacklist.online_loan", "contract.termination"])
    return result(img, seals, p.lines, "scan", "restriction_order", lab,
                  ["限制消费令", "湘执字第00896号", "失信被执行人名单"],
                  "Fake consumption-restriction order for a loan delay, court-named seal with a star centre and old-style case number.",
                  quality=80)


@item
def f_summons_no_seal_meitu(rng):
    p = Page(margin=(150, 170, 150, 120))
    p.text("法院传票", "zen", 64, align="center", lh=1.9)
    for s in ["被传唤人：胡文博", "传唤事由：网络借款合同违约（恶意拖欠）", "应到时间：2024年6月20日上午9时"]:
        p.text(s, "zen", 30, lh=1.8)
    p.gap(10)
    paras = [
        "你于“钱来花”平台借款逾期不还，债权方已向法院提交起诉材料，本院已正式受理立案。现通知你按时到庭应诉。",
        "如拒不到庭，本院将依法缺席判决，并将你的行为移交公安机关以涉嫌诈骗立案处理。",
        "本院审判庭电话：010-52893716",
    ]
    for s in paras:
        p.para(s, "zen", 29, lh=1.75, after=0.3)
    p.gap(120)
    sign_block(p, ["北京市丰台区人民法院", "二〇二四年六月十一日"], "zen", 30)
    img, seals = paper_photo(p, rng, out=(1080, 1440), bg="wood", shadow="hard", cast=(1.05, 1.0, 0.9),
                             blur=0.9, noise=3.0, rot=2.5, tilt=0.05)
    lab = forged(["seal.missing", "doc.case_number_invalid", "lawsuit.threat", "image.edited"],
                 maybe=["pressure.deadline", "persona.authority"])
    return result(img, seals, p.lines, "photo", "court_summons", lab,
                  ["法院传票", "受理立案", "移交公安机关"],
                  "Fake court summons without seal or case number threatening a fraud referral; EXIF names a photo-beautifier app.",
                  quality=78, exif={"make": "Xiaomi", "model": "22127RK46C", "software": "Meitu XiuXiu 美图秀秀"})


@item
def f_cancellation_company(rng):
    p = Page(margin=(150, 150, 150, 120))
    p.text("解除借款合同通知书", "sansb", 52, align="center", lh=1.8)
    p.text("编号：SR-JC-2024-061137", "sans", 25, align="right", lh=1.8)
    p.text("吴浩先生：", "sans", 29, lh=1.8)
    paras = [
        "你在我司“速融花”平台签订的《个人借款协议》（协议编号：SRH20231108-7731）项下借款已逾期9天。根据平台规则，自本通知发出之日起，我司单方解除上述协议，全部借款即时到期。",
        "你须于今日24:00前一次性付清剩余本金17,600.00元、全部未到期利息，并按剩余本金的15%支付违约金2,640.00元。",
        "逾期未付清的，我司将把你的欠款信息移交合作律所处理，由此产生的一切后果由你本人承担。",
    ]
    for s in paras:
        p.para(s, "sans", 29, lh=1.75, after=0.35)
    p.gap(120)
    sign_block(p, ["杭州速融信息技术有限公司"], "sans", 29)
    c = sign_block(p, ["2024年6月12日"], "sans", 29)
    p.seal(c[0], c[1] - 30, 238, "杭州速融信息技术有限公司", "star", "company", rng=rng, fname="sansb", rot=8)
    img, seals = paper_scan(p, rng, out_w=1131, skew=-1.0, tint=(250, 250, 248), noise=2.8)
    lab = forged(["contract.termination", "penalty.inflated", "pressure.deadline"], maybe=["lawsuit.threat"])
    return result(img, seals, p.lines, "scan", "cancellation_notice", lab,
                  ["解除借款合同通知书", "按剩余本金的15%", "SRH20231108-7731"],
                  "Lender's cancellation notice after nine days overdue with a penalty on the remaining principal and a same-day deadline.",
                  quality=82)


@item
def f_fake_arbitration_centre(rng):
    p = Page(margin=(150, 150, 150, 120))
    p.text("金诺网络仲裁调处中心", "serifb", 46, align="center", lh=1.5)
    p.text("仲裁预裁决告知书", "serifb", 52, align="center", lh=1.7)
    p.text("案件编号：JN-ZC-2024-18836", "serif", 27, align="right", lh=1.8)
    p.text("当事人：林晓燕", "serif", 29, lh=1.8)
    paras = [
        "你在“信用飞”平台的借款纠纷已由出借方提交本中心处理。经本中心调处专员审核，你的行为已构成违约，预裁决结果如下：",
        "一、由本中心向有关部门申请，冻结你名下银行账户、微信及支付宝余额；",
        "二、本中心将指派外访专员近期上门，到你的住所及工作单位送达文书并现场核实；",
        "三、如你对上述结果无异议，须在规定期限内履行还款义务。",
        "如需撤销预裁决，请立即联系本中心调处专员：李主任　028-61873290",
    ]
    for s in paras:
        p.para(s, "serif", 29, lh=1.72, after=0.3)
    p.gap(90)
    c = sign_block(p, ["2024年6月9日"], "serif", 30)
    p.seal(c[0], c[1] - 20, 240, "成都金诺网络仲裁调处中心", "star", "arbitration", rng=rng, fname="serifb", rot=-10)
    img, seals = paper_photo(p, rng, out=(1200, 1600), bg="carseat", shadow="soft", cast=(0.98, 1.0, 1.05),
                             blur=1.0, noise=4.0, rot=4.0, tilt=0.07)
    lab = forged(["persona.authority", "asset.freeze", "visit.home"],
                 maybe=["contact.third_party", "pressure.deadline", "seal.issuer_mismatch", "doc.case_number_invalid",
                        "lawsuit.threat"])
    return result(img, seals, p.lines, "photo", "other", lab,
                  ["仲裁预裁决告知书", "调处专员", "外访专员"],
                  "Fake 'online arbitration centre' pre-award notice threatening account freezes and a home and workplace visit.",
                  quality=76, exif={"make": "HUAWEI", "model": "NOH-AN00"})


@item
def f_dishonest_decision_ps(rng):
    p = Page(margin=(150, 150, 150, 120))
    p.text("深圳市宝安区人民法院", "serifb", 46, align="center", lh=1.5)
    p.text("失信被执行人决定书", "serifb", 54, align="center", lh=1.6)
    p.text("（2024）粤执字第235号", "serif", 30, align="right", lh=1.9)
    p.text("被执行人：何俊，身份证号：4403**********1046", "serif", 28, lh=1.8)
    paras = [
        "经查，你在多家网络借贷平台借款后长期逾期，拒不履行还款义务，情节恶劣。依照有关规定，本院决定将你纳入全国失信被执行人名单，并采取以下措施：",
        "1．限制你及你的配偶乘坐飞机、高铁；",
        "2．你的子女报考公务员、参军、入党，审查一律不予通过；",
        "3．将你的失信情况通报你所在单位及户籍所在地村（居）委会。",
        "本决定自即日起生效。",
    ]
    for s in paras:
        p.para(s, "serif", 29, lh=1.72, after=0.3)
    p.gap(100)
    c = sign_block(p, [cn_date(2024, 6, 10)], "serif", 31)
    p.seal(c[0], c[1] - 22, 246, "广东省深圳市宝安区人民法院", "star", "court", rng=rng, fname="sansb", rot=-3)
    img, seals = paper_photo(p, rng, out=(1200, 1600), bg="desk", shadow=None, cast=(1.0, 1.0, 1.0),
                             blur=0.7, noise=2.5, rot=1.0, tilt=0.04, light=0.15)
    lab = forged(["seal.issuer_mismatch", "doc.case_number_invalid", "blacklist.dishonest", "family.children",
                  "contact.third_party", "image.edited"],
                 maybe=["visit.home", "lawsuit.threat", "blacklist.online_loan"])
    return result(img, seals, p.lines, "photo", "restriction_order", lab,
                  ["失信被执行人决定书", "粤执字第235号", "一律不予通过"],
                  "Fake dishonest-debtor decision for a loan delay with a star-centred court seal; EXIF names Photoshop.",
                  quality=88, exif={"make": "Apple", "model": "iPhone 11", "software": "Adobe Photoshop 25.1 (Windows)"})


@item
def f_enforcement_company_seal(rng):
    p = Page(margin=(150, 140, 150, 110))
    p.text("北京市朝阳区人民法院", "serifb", 46, align="center", lh=1.5)
    p.text("执行通知书", "serifb", 56, align="center", lh=1.6)
    p.text("（2024）京朝执字第3127号", "serif", 30, align="right", lh=1.9)
    p.text("被执行人：高慧", "serif", 29, lh=1.8)
    paras = [
        "申请执行人广州聚财网络科技有限公司与你网络借款纠纷一案，已进入强制执行程序。你须在接到本通知后24小时内，将欠款本息及违约金共计13,480元转入以下个人账户：",
        "户名：陈国栋　开户行：中国工商银行　账号：6222 0210 0112 3456 789",
        "逾期不履行，本院将冻结你名下全部银行卡、微信、支付宝账户，扣押拍卖你名下房产及车辆，并依法限制你的人身自由。",
    ]
    for s in paras:
        p.para(s, "serif", 29, lh=1.72, after=0.35)
    p.gap(110)
    c = sign_block(p, ["2024年6月13日"], "serif", 30)
    p.seal(c[0], c[1] - 24, 236, "广州聚财网络科技有限公司", "star", "company", rng=rng, fname="sansb", rot=5)
    img, seals = paper_scan(p, rng, out_w=1131, skew=1.9, tint=(247, 245, 238), noise=3.8)
    lab = forged(["seal.issuer_mismatch", "doc.case_number_invalid", "asset.freeze", "pressure.deadline",
                  "lawsuit.threat", "promise.fee_waiver"],
                 maybe=["blacklist.dishonest", "penalty.inflated"])
    return result(img, seals, p.lines, "scan", "other", lab,
                  ["执行通知书", "京朝执字第3127号", "限制你的人身自由"],
                  "Fake enforcement notice with a company seal, malformed case number, personal payee account and 24-hour freeze threat.",
                  quality=77)


@item
def f_lawyer_letter_spaced_xingtu(rng):
    p = Page(margin=(150, 150, 150, 120))
    p.text("湖北楚信律师事务所", "kai", 44, align="center", lh=1.5)
    p.text("律师函", "serifb", 56, align="center", lh=1.6)
    p.text("楚信律函〔2024〕第0618号", "serif", 27, align="right", lh=1.8)
    p.text("孙建华先生：", "serif", 29, lh=1.8)
    paras = [
        "本所受“借呗呗”平台委托，就你借款逾期事宜郑重告知：",
        "你的欠款已逾期超过60天，平台已多次与你沟通未果。本所已接受委托，将于三日内代表委托方向法院递交诉 讼 材 料，并 申 请 强 制 执 行。",
        "届时本所将通知你所在单位人事部门配合调查，由此对你工作造成的影响由你自行承担。",
        "建议你尽快向亲友或其他借款平台筹措资金，一次性结清欠款，以免事态扩大。",
    ]
    for s in paras:
        p.para(s, "serif", 29, lh=1.75, after=0.35)
    p.gap(80)
    sign_block(p, ["湖北楚信律师事务所", "承办律师：周律师"], "serif", 29)
    c = sign_block(p, [cn_date(2024, 6, 8)], "serif", 29)
    p.seal(c[0], c[1] - 45, 240, "湖北楚信律师事务所", "star", "law_firm", rng=rng, fname="serifb", rot=10)
    img, seals = paper_photo(p, rng, out=(1200, 1600), bg="cloth", shadow="hard", cast=(1.0, 0.98, 1.03),
                             blur=0.8, noise=3.0, rot=-3.5, tilt=0.06)
    lab = forged(["text.spaced", "lawsuit.threat", "contact.third_party", "borrow.new_loan", "image.edited"],
                 maybe=["contract.termination", "pressure.deadline", "asset.freeze"])
    return result(img, seals, p.lines, "photo", "lawyer_letter", lab,
                  ["楚信律函", "人事部门", "其他借款平台"],
                  "Lawyer-style letter with spaced-out litigation words, employer notification and a push to borrow elsewhere; EXIF names an editing app.",
                  quality=83, exif={"make": "vivo", "model": "V2309A", "software": "醒图"})


@item
def f_acceleration_no_seal(rng):
    p = Page(margin=(150, 160, 150, 120))
    p.text("贷款提前到期通知书", "sansb", 50, align="center", lh=1.9)
    for s in ["借款人：朱明", "合同编号：DF-XD-2023-04517"]:
        p.text(s, "sans", 29, lh=1.75)
    p.gap(14)
    paras = [
        "鉴于你已连续逾期2期未还款，根据出借方风控规定，现宣布你名下全部借款提前到期。",
        "请你在收到本通知后12小时内一次性归还全部剩余借款本金32,000.00元，并按借款总额的20%承担违约金6,400.00元。",
        "逾期未还的，我方将采取一切必要措施追讨，由此产生的全部费用由你承担。",
    ]
    for s in paras:
        p.para(s, "sans", 29, lh=1.75, after=0.35)
    p.gap(120)
    sign_block(p, ["鼎丰普惠　贷后管理部", "2024年6月13日"], "sans", 29)
    img, seals = paper_scan(p, rng, out_w=1050, skew=-2.4, tint=(244, 242, 232), noise=4.2, lid=(225, 225, 222))
    lab = forged(["seal.missing", "contract.termination", "penalty.inflated", "pressure.deadline"],
                 maybe=["persona.authority", "lawsuit.threat"])
    return result(img, seals, p.lines, "scan", "cancellation_notice", lab,
                  ["贷款提前到期通知书", "12小时内", "借款总额的20%"],
                  "Unsealed acceleration notice after two missed instalments with a 12-hour deadline and a penalty on the whole loan.",
                  quality=73)


@item
def f_travel_ban_no_seal(rng):
    p = Page(margin=(150, 170, 150, 120))
    p.text("限高令", "sansb", 70, align="center", color=(200, 20, 30), lh=1.8)
    p.text("致：郭芳", "sans", 30, lh=1.9)
    p.para("你在网络借贷平台的借款逾期已超过90天，经平台申报，你已被纳入高消费限制人员名单，即日起生效：", "sans", 29,
           lh=1.75)
    for s in ["· 不得乘坐飞机、高铁、动车；", "· 不得入住星级酒店、购买房产及车辆；", "· 子女入学、参军、考公将受到影响；",
              "· 同步上报网贷行业联合黑名单库，全网平台拒绝放款。"]:
        p.para(s, "sans", 29, indent=1, lh=1.7, after=0.1)
    p.gap(10)
    p.para("如需撤销，请立即联系处理专员结清全部欠款。", "sans", 29, lh=1.75)
    p.gap(100)
    sign_block(p, ["全国网贷逾期处置中心", "2024年6月12日"], "sans", 30)
    img, seals = paper_photo(p, rng, out=(1200, 1600), bg="bedspread", shadow="soft", cast=(1.04, 1.0, 0.95),
                             blur=1.0, noise=3.5, rot=-4.5, tilt=0.08, light=0.3)
    lab = forged(["seal.missing", "doc.case_number_invalid", "blacklist.dishonest", "family.children",
                  "blacklist.online_loan", "persona.authority"],
                 maybe=["pressure.deadline", "contract.termination"])
    return result(img, seals, p.lines, "photo", "restriction_order", lab,
                  ["限高令", "联合黑名单库", "处理专员"],
                  "Unsealed travel-ban notice without case number from a made-up disposal centre, stored sideways with an EXIF orientation tag.",
                  quality=79, exif={"orientation": 6, "make": "OPPO", "model": "PGT-AN10"})


@item
def f_summons_star_seal_snapseed(rng):
    p = Page(margin=(140, 140, 140, 110))
    p.text("江苏省南京市鼓楼区人民法院", "serifb", 44, align="center", lh=1.5)
    p.text("传票", "serifb", 60, align="center", lh=1.6)
    rows = [["案号", "（2024）苏0106民初8821号"], ["案由", "网贷逾期恶意欠款"], ["被传唤人", "罗斌"],
            ["传唤事由", "被起诉应诉"], ["应到时间", "接到本传票后24小时内"], ["应到处所", "本院立案庭"]]
    p.table(rows, [240, 700], "serif", 29)
    p.text("注意事项：", "serif", 29, lh=1.7)
    for s in ["一、你已被债权人正式起诉，本院已受理并登记立案。",
              "二、如在规定时间内未到庭或与原告达成和解，本院将依法缺席判决，并移送公安机关追究刑事责任。",
              "三、和解请联系原告代理人王经理：16712345678。"]:
        p.para(s, "serif", 28, indent=1, lh=1.65, after=0.15)
    p.gap(70)
    c = sign_block(p, [cn_date(2024, 6, 12)], "serif", 31)
    p.seal(c[0], c[1] - 22, 248, "江苏省南京市鼓楼区人民法院", "star", "court", rng=rng, fname="serifb", rot=-7)
    img, seals = paper_photo(p, rng, out=(1200, 1600), bg="wood", shadow=None, cast=(1.06, 1.01, 0.9),
                             blur=0.8, noise=3.0, rot=2.0, tilt=0.05, light=0.25)
    lab = forged(["seal.issuer_mismatch", "lawsuit.threat", "pressure.deadline", "contact.virtual_number",
                  "image.edited"])
    return result(img, seals, p.lines, "photo", "court_summons", lab,
                  ["苏0106民初8821号", "24小时内", "追究刑事责任"],
                  "Fake summons with a valid-format case number but a star-centred court seal, 24-hour deadline and virtual number; EXIF names Snapseed.",
                  quality=85, exif={"make": "Xiaomi", "model": "2211133C", "software": "Snapseed 2.0"})


# =====================================================================================
# LAWFUL screenshots
# =====================================================================================

@item
def s_court_12368_hearing(rng):
    sc = sms_thread([
        ("time", "5月20日 周一 15:42"),
        ("in", "【北京市朝阳区人民法院】王立新您好，原告安盈消费金融有限公司诉您金融借款合同纠纷一案（（2024）京0105民初12345号），定于2024年7月2日09:30在本院第十七法庭开庭。起诉状副本、传票等材料已电子送达，请通过人民法院在线服务小程序查阅。如有疑问请致电12368。"),
    ], "12368", w=1080, h=2340, dark=False, clock="15:43")
    return screen_result(sc, "sms_message", LAWFUL, ["北京市朝阳区人民法院", "京0105民初12345号", "12368"],
                         "A court's hearing notice SMS from the 12368 service number, light mode.", sender="12368")


@item
def s_court_12368_dark(rng):
    sc = sms_thread([
        ("time", "5月29日 周三 10:05"),
        ("in", "【上海市浦东新区人民法院】陈静：您有一件案件（2024）沪0115民初8862号，法官已通过电子送达向您发送传票、应诉通知书、举证通知书，请登录人民法院在线服务查看。"),
        ("time", "6月25日 周二 09:00"),
        ("in", "【上海市浦东新区人民法院】您好，您的案件（2024）沪0115民初8862号定于2024年6月26日14:00进行证据交换，请准时参加。如有疑问请拨打12368。"),
    ], "12368", w=720, h=1560, dark=True, clock="9:12", style="ios")
    return screen_result(sc, "sms_message", LAWFUL, ["上海市浦东新区人民法院", "电子送达", "应诉通知书"],
                         "Two court SMS from 12368 about electronic service and an evidence exchange, dark mode.",
                         sender="12368")


@item
def s_lender_106_reminder(rng):
    sc = sms_thread([
        ("time", "6月18日 周二 09:30"),
        ("in", "【安盈金融】尊敬的郑女士，您的借款本期应还1,286.40元已逾期3天。逾期期间将按合同约定对逾期本金计收罚息，逾期信息将按规定报送金融信用信息基础数据库。请通过安盈金融APP或官方客服4006902288办理还款，如已还款请忽略。拒收请回复R"),
        ("time", "6月19日 周三 20:12"),
        ("in", "【安盈金融】郑女士您好，您已于6月19日还清逾期款项，感谢您的配合。如需开具结清证明，可在APP“我的-证明开具”中申请。拒收请回复R"),
    ], "106980095512", w=720, h=1560, dark=False, clock="20:15")
    return screen_result(sc, "sms_message", LAWFUL, ["安盈金融", "金融信用信息基础数据库", "结清证明"],
                         "A consumer-finance lender's factual overdue reminder and payment confirmation from its own 106 gateway.",
                         sender="106980095512")


@item
def s_bank_95595_dark(rng):
    sc = sms_thread([
        ("time", "5月23日 周四 10:18"),
        ("in", "【光大银行】尊敬的客户，您尾号6621的信用卡本期账单最低还款额325.00元，到期还款日为05月25日，目前尚未还清。如已还款请忽略。还款可通过手机银行或网点办理。"),
        ("time", "5月27日 周一 10:20"),
        ("in", "【光大银行】尊敬的客户，您尾号6621的信用卡最低还款额仍未还清，已产生逾期。逾期将按领用合约计收利息，并可能影响您的个人信用记录。如遇还款困难，可致电95595协商个性化分期还款。"),
        ("out", "好的，今天下午还"),
    ], "95595", w=1080, h=2340, dark=True, clock="10:31")
    return screen_result(sc, "sms_message", LAWFUL, ["光大银行", "最低还款额", "个性化分期还款"],
                         "Bank card minimum-payment reminders from the bank's 95 service number, dark mode.",
                         sender="95595")


@item
def s_friend_advice_dark(rng):
    sc = chat_thread([
        ("time", "昨天 22:41"),
        ("out", "有个号码天天发短信，说要起诉我，还说明天上门，好慌"),
        ("in", "别慌，先看是谁发的。真起诉的话法院会用12368发短信，你打12368一查就知道有没有案子。"),
        ("in", "说上门、说打给你单位那些，多半是吓唬人的。要是骚扰你家里人，就把截图和录音留好。"),
        ("in", "还可以打12378投诉（金融监管的热线），征信有问题打12363问人民银行。"),
        ("out", "好，我明天先打12368问问"),
        ("in", "嗯。欠的钱还是要跟平台官方协商，千万别往私人账户转钱。"),
    ], "晓燕", w=1080, h=2340, dark=True, clock="22:47", them_char="燕", them_color=(200, 110, 150))
    return screen_result(sc, "sms_message", LAWFUL, ["12368", "12378", "12363"],
                         "A friend's chat advising to verify with 12368 and complain to 12378 / 12363, quoting the threats received; dark mode.")


@item
def s_news_article(rng):
    sc = news_view("法治观察", "“爆通讯录”“假律师函”：网贷暴力催收团伙十余人获刑",
                   "法治观察 · 2024-04-18 07:30", [
                       "本报讯 近日，某区人民法院审结一起网贷暴力催收案件。经审理查明，被告人吴某等人受雇于某催收公司，冒充律师事务所和法院工作人员，向借款人发送伪造的“律师函”“限高令”，并以“爆通讯录”、向借款人单位及亲友群发信息等方式施压。",
                       "法院认为，被告人为催收高利放贷产生的非法债务，采用恐吓、跟踪、骚扰等手段，情节严重，已构成催收非法债务罪，依法分别判处有期徒刑并处罚金。",
                       "法官提示：借款人遇到类似情况，可拨打12368向法院核实，也可向公安机关报案。",
                   ], rng, caption="图为庭审现场（资料图）", w=1080, h=2340)
    return screen_result(sc, "other", LAWFUL, ["催收非法债务罪", "暴力催收案件", "庭审现场"],
                         "News-app article about a collection-abuse conviction quoting the tactics used.", fmt="jpg",
                         quality=84)


@item
def s_gallery_lawful_summons(rng):
    p = Page()
    court_top(p, "重庆市渝北区人民法院", "传票", None, tracking=100, rec_title="传　　票")
    p.gap(12)
    rows = [["案号", "（2024）渝0112民初20461号"], ["案由", "金融借款合同纠纷"], ["被传唤人", "徐磊"],
            ["传唤事由", "开庭"], ["应到时间", "2024年7月16日 14:30"], ["应到处所", "本院第六法庭"]]
    p.table(rows, [260, 680], "serif", 31, align=["center", "left"])
    p.gap(10)
    p.text("注意事项：", "serif", 30, lh=1.7)
    for s in ["一、被传唤人必须准时到达应到处所。", "二、本传票由被传唤人携带来院报到。",
              "三、被传唤人收到传票后，应在送达回证上签名或者盖章。"]:
        p.para(s, "serif", 30, indent=1, lh=1.65, after=0)
    p.gap(90)
    sign_block(p, ["审判员　何丽萍"], "serif", 30)
    c = sign_block(p, [cn_date(2024, 6, 14)], "serif", 31)
    p.seal(c[0], c[1] - 18, 252, "重庆市渝北区人民法院", "emblem", "court", rng=rng, rot=4)
    check_page(p)
    doc = p.finish()
    ph, boxes = photo(doc, [s["box"] for s in p.seals], rng, out=(960, 1280), bg="desk", shadow="soft",
                      cast=(1.03, 1.0, 0.95), blur=0.8, noise=3.0, rot=1.5, tilt=0.05, cover=0.9)
    sc, b2 = gallery_view(ph, boxes, "6月15日", "上午 10:48", w=720, h=1560, clock="10:52")
    sc.lines = sc.lines[:2] + p.lines + sc.lines[2:]
    seals = [dict(s, box=b) for s, b in zip(p.seals, b2)]
    return screen_result(sc, "court_summons", LAWFUL, ["渝0112民初20461号", "金融借款合同纠纷", "送达回证"],
                         "Phone gallery viewer showing a photographed genuine-looking summons with a court seal.",
                         seals=seals)


@item
def s_email_bank_reminder(rng):
    sc = email_view("信用卡逾期还款提醒（尾号3517）", "信和银行信用卡中心", "service@xinhebank.example.cn",
                    "5月22日 09:00", [
                        "尊敬的徐磊先生：",
                        "您尾号3517的信用卡本期账单应还18,620.00元，最低还款额1,862.00元，到期还款日为5月16日。截至目前，本行尚未收到您的最低还款额。",
                        "根据领用合约，本行将按约定计收透支利息，并按最低还款额未还部分的5%收取违约金。逾期记录将依照规定报送中国人民银行征信系统。",
                        "您可通过手机银行、网点柜台或自动还款方式还款。如遇还款困难，请致电客服热线400-889-5528申请个性化分期。",
                        "本邮件由系统自动发送，请勿回复。本行不会要求您向个人账户转账。",
                    ], w=1080, h=2340, dark=False, clock="9:14", initial="信", avatar_color=(200, 40, 50))
    return screen_result(sc, "other", LAWFUL, ["信用卡逾期还款提醒", "最低还款额", "个性化分期"],
                         "Email app showing a bank's automated card overdue reminder with official channels.")


@item
def s_lender_app_centre(rng):
    sc = message_centre("消息中心", [
        ("还款提醒", "06-15 08:00", "您的账单将于今日到期，应还金额1,286.40元。请确保还款账户余额充足。", (255, 140, 40)),
        ("逾期提醒", "06-18 09:30", "您的账单已逾期3天。逾期本金将按合同约定计收罚息，逾期信息可能报送征信系统。请通过APP“还款”页面还款。", (240, 80, 60)),
        ("还款成功", "06-19 20:11", "您已成功还款1,290.26元（含罚息3.86元），本期账单已结清。", (60, 170, 100)),
        ("服务通知", "06-20 10:00", "如遇还款困难，可在APP内提交“延期还款申请”，我们将在3个工作日内回复。", (70, 130, 220)),
    ], w=1080, h=2340, dark=False, clock="10:06")
    return screen_result(sc, "sms_message", LAWFUL, ["消息中心", "本期账单已结清", "含罚息3.86元"],
                         "A lender app's message centre with due-date, overdue, payment and hardship notices.")


@item
def s_lender_service_chat(rng):
    sc = chat_thread([
        ("time", "今天 11:20"),
        ("in", "您好，安盈金融在线客服小安为您服务。"),
        ("out", "我这个月失业了，还不上，会被起诉吗？"),
        ("in", "理解您的情况。短期逾期我们会先通过短信和电话提醒您。您可以在APP“我的-还款协商”中提交困难说明，申请延期或分期。"),
        ("out", "会不会打电话给我家里人？"),
        ("in", "我们只会在无法联系到您本人时，联系您借款时填写的联系人核实您的联系方式，不会透露您的借款信息。"),
        ("in", "还款请只通过APP或官方对公账户，任何要求转账到个人账户的都不是我们。"),
    ], "在线客服", w=720, h=1560, dark=False, clock="11:26", them_char="安", them_color=(255, 130, 40))
    return screen_result(sc, "sms_message", LAWFUL, ["在线客服", "还款协商", "转账到个人账户"],
                         "In-app customer-service chat answering a worried borrower calmly about hardship and contacts.",
                         fmt="jpg", quality=86)


@item
def s_power_95598(rng):
    sc = sms_thread([
        ("time", "7月1日 周一 08:30"),
        ("in", "【国网江城供电】尊敬的客户，您户号0312****6688截至06月30日累计欠电费186.40元，请于07月15日前缴清。逾期将按《供电营业规则》规定每日加收欠费金额千分之一的电费违约金。可通过“网上国网”APP缴费。"),
        ("time", "7月3日 周三 19:02"),
        ("in", "【国网江城供电】您户号0312****6688已成功缴费186.40元，感谢您的支持。"),
    ], "95598", w=720, h=1560, dark=False, clock="19:05", style="ios")
    return screen_result(sc, "sms_message", LAWFUL, ["国网江城供电", "电费违约金", "网上国网"],
                         "Utility arrears SMS from 95598 with the regulated late fee, then a payment confirmation.",
                         sender="95598")


# =====================================================================================
# FORGED screenshots
# =====================================================================================

@item
def x_court_from_1069(rng):
    sc = sms_thread([
        ("time", "6月12日 周三 10:07"),
        ("in", "【北京市朝阳区人民法院】王立新：债权方已就你在网贷平台的欠款向本院递交诉 讼 材 料，你的案件已进入立 案审查程序。请于今日18:00前联系承办人处理，逾期将依法强制执 行，冻结你名下全部账户。承办人李书记员17098765432 拒收请回复R"),
    ], "10690528736615", w=720, h=1560, dark=False, clock="10:09")
    lab = forged(["sms.impersonation", "text.spaced", "lawsuit.threat", "pressure.deadline", "asset.freeze",
                  "contact.virtual_number"],
                 maybe=["persona.authority", "seal.missing", "doc.case_number_invalid", "blacklist.dishonest"])
    return screen_result(sc, "sms_message", lab, ["北京市朝阳区人民法院", "今日18:00前", "17098765432"],
                         "Court-named SMS from a commercial 1069 gateway with spaced words, same-day deadline, freeze threat and virtual number.",
                         sender="10690528736615")


@item
def x_visit_171_dark(rng):
    sc = sms_thread([
        ("time", "昨天 21:46"),
        ("in", "陈静，你的账已经拖了十六天，公司这边耐心有限。"),
        ("in", "明天一早我们外访组就去你户籍地走一趟，再到你们公司前台找你，顺便让你领导和同事都知道你是什么人。"),
        ("out", "我这周五发工资就还，能不能别去单位"),
        ("in", "周五？来不及了。要么今天处理，要么等着我们上门。有事打我电话17123456789"),
    ], "+86 171 2345 6789", w=1080, h=2340, dark=True, clock="21:58")
    lab = forged(["visit.home", "contact.third_party", "contact.virtual_number"],
                 maybe=["pressure.deadline", "persona.authority"])
    return screen_result(sc, "sms_message", lab, ["外访组", "户籍地", "17123456789"],
                         "SMS thread from a 171 number threatening a visit to the home town and workplace, dark mode.",
                         sender="+8617123456789")


@item
def x_chat_borrow_waiver(rng):
    sc = chat_thread([
        ("time", "14:02"),
        ("in", "刘洋，你那笔账今天必须有个结果。"),
        ("out", "我手上真没钱，下个月再说行吗"),
        ("in", "没钱就去想办法，你手机上那么多借款APP，随便找一个周转一下，先把我们这边清掉。"),
        ("in", "我跟领导申请了，今天下午四点前全额还上，罚息和违约金全部给你免掉，过了这个点就按原价算。"),
        ("out", "真能免？"),
        ("in", "能，就今天有效，过了四点系统自动恢复。"),
    ], "小周", w=1080, h=2340, dark=False, clock="14:09", them_char="周", them_color=(80, 150, 210))
    lab = forged(["borrow.new_loan", "promise.fee_waiver", "pressure.deadline"], maybe=["contract.termination"])
    return screen_result(sc, "sms_message", lab, ["借款APP", "罚息和违约金全部", "今天下午四点"],
                         "Chat where a collector pushes borrowing on another app and offers a same-afternoon fee waiver.",
                         fmt="jpg", quality=82)


@item
def x_chat_contacts_blacklist_dark(rng):
    sc = chat_thread([
        ("time", "19:33"),
        ("in", "你借款时授权的通讯录我们这边已经全部导出来了，一百三十多个号码。"),
        ("in", "再不处理，明天起挨个打过去，让你亲戚朋友都知道你欠钱不还。"),
        ("in", "另外你会被报送到全网共享黑名单，以后任何一家平台都别想再借到一分钱。"),
        ("in", "你孩子以后考公务员、当兵，背景审查第一关就过不去，你自己想清楚。"),
        ("out", "你们这是违法的"),
        ("in", "违不违法你说了不算。"),
    ], "阿杰", w=720, h=1560, dark=True, clock="19:40", them_char="杰", them_color=(110, 110, 120))
    lab = forged(["contact.third_party", "blacklist.online_loan", "family.children"],
                 maybe=["pressure.deadline", "blacklist.dishonest"])
    return screen_result(sc, "sms_message", lab, ["通讯录", "一百三十多", "考公务员"],
                         "Dark-mode chat threatening to call the whole address book, an industry blacklist and children's vetting.")


@item
def x_gallery_fake_letter(rng):
    p = Page(margin=(150, 170, 150, 120))
    p.text("律师函", "micro", 66, align="center", lh=1.9)
    p.text("致：赵敏", "micro", 31, lh=1.9)
    paras = [
        "受“花样借”平台委托，本律师就你拖欠借款一事正式函告：",
        "你所欠款项已严重逾期，平台已将案件移交本律师处理。本律师将于3个工作日内向人民法院提起诉讼并申请财产保全，届时你名下银行卡、微信、支付宝将被全部冻结。",
        "请你收到本函后立即与平台联系还款，切勿心存侥幸。",
    ]
    for s in paras:
        p.para(s, "micro", 31, lh=1.8, after=0.4)
    p.gap(120)
    sign_block(p, ["承办律师：张律师", "2024年6月9日"], "micro", 31)
    check_page(p)
    doc = p.finish()
    ph, boxes = photo(doc, [], rng, out=(900, 1200), bg="tablecloth", shadow="hard", cast=(1.05, 1.0, 0.92),
                      blur=1.0, noise=3.5, rot=-3.0, tilt=0.07, cover=0.88)
    sc, _ = gallery_view(ph, [], "6月10日", "晚上 8:15", w=1080, h=2340, clock="20:17")
    sc.lines = sc.lines[:2] + p.lines + sc.lines[2:]
    lab = forged(["seal.missing", "lawsuit.threat", "asset.freeze"], maybe=["pressure.deadline"])
    return screen_result(sc, "lawyer_letter", lab, ["律师函", "财产保全", "全部冻结"],
                         "Gallery viewer showing a photographed unsealed 'lawyer's letter' threatening suit and a freeze of all accounts.")


@item
def x_police_from_1065(rng):
    sc = sms_thread([
        ("time", "6月13日 周四 16:21"),
        ("in", "【市公安局经济犯罪侦查支队】何俊：你在多个网贷平台借款后拒不归还，已被平台以涉嫌骗取贷款报案。请在明日中午12点前主动联系平台结清欠款以撤销报案，逾期我队将依法立案侦查并对你采取强制措施。"),
    ], "1065502188866", w=1080, h=2340, dark=False, clock="16:25")
    lab = forged(["sms.impersonation", "lawsuit.threat", "pressure.deadline"],
                 maybe=["persona.authority", "seal.missing", "doc.case_number_invalid"])
    return screen_result(sc, "sms_message", lab, ["经济犯罪侦查支队", "骗取贷款", "明日中午12点前"],
                         "Police-named SMS from a 1065 commercial gateway threatening a criminal case unless paid by noon the next day.",
                         sender="1065502188866")


@item
def x_spaced_visit_165(rng):
    sc = sms_thread([
        ("time", "6月14日 周五 18:55"),
        ("in", "马丽娟，明天上午我们的同事会上 门 到你家里和你们单位走访，当面核实你的还款能力。"),
        ("in", "到时候左邻右舍、单位同事都会知道这件事，你自己掂量。"),
    ], "16512348876", w=720, h=1560, dark=False, clock="18:58", style="ios")
    lab = forged(["text.spaced", "visit.home", "contact.virtual_number"],
                 maybe=["contact.third_party", "pressure.deadline"])
    return screen_result(sc, "sms_message", lab, ["到你家里", "走访", "左邻右舍"],
                         "SMS from a 165 number announcing a home and workplace visit with a spaced-out key word.",
                         sender="16512348876")


@item
def x_app_centre_fake(rng):
    sc = message_centre("消息中心", [
        ("贷后处置中心", "06-13 09:12", "您的借款已逾期34天，账户已由贷后处置中心接管，现进入法律事务部处置流程。", (220, 60, 50)),
        ("风险告知", "06-13 09:15", "48小时后仍未还款的，系统将向合作机构申请冻结您名下微信、支付宝及银行账户。", (240, 120, 40)),
        ("还款提醒", "06-10 08:00", "您本期账单1,260.00元已逾期，请尽快还款。", (70, 130, 220)),
    ], w=720, h=1560, dark=False, clock="09:20", accent=(230, 60, 60))
    lab = forged(["persona.authority", "asset.freeze", "pressure.deadline"], maybe=["lawsuit.threat"])
    return screen_result(sc, "sms_message", lab, ["贷后处置中心", "法律事务部", "48小时后"],
                         "A loan app's message centre naming a 'post-loan disposal centre' and legal department, threatening freezes after 48 hours.")


@item
def x_email_fake_lawyer(rng):
    sc = email_view("【律师函】关于你严重违约的最后通知", "正信律师事务所", "zhengxin_lawyer@163.com", "6月11日 23:40", [
        "徐磊：",
        "你在“易借宝”平台的借款已构成严重违约。受委托方授权，现通知你：委托方自即日起解除与你的借款合同，你须一次性偿还全部剩余本金及利息。",
        "根据合同约定，你还应按借款总额的20%支付违约金，共计9,000元。",
        "如本周内仍未处理，本所将同步通知你预留的紧急联络人及亲属协助催告。",
    ], w=1080, h=2340, dark=True, clock="23:52", attachment=("律师函.pdf", "236 KB"), initial="正",
        avatar_color=(120, 90, 60))
    lab = forged(["contract.termination", "penalty.inflated", "contact.third_party"],
                 maybe=["seal.missing", "pressure.deadline"])
    return screen_result(sc, "lawyer_letter", lab, ["律师函", "严重违约", "借款总额的20%"],
                         "Dark-mode email 'lawyer's letter' from a free-mail address declaring termination, a penalty on the whole loan and contact with relatives.",
                         fmt="jpg", quality=80)


@item
def x_chat_deposit_private(rng):
    sc = chat_thread([
        ("time", "21:15"),
        ("in", "我们现在有个特殊处理通道，你先交2000元押金到我们主管的个人账户，我这边马上给你停催，剩下的分十二期慢慢还。"),
        ("out", "为什么要打到私人卡上？"),
        ("in", "走公司账户要审批好几天，来不及。这是给你的最后机会，今晚十二点前不转，后面一切后果你自己承担。"),
        ("in", "户名：陈国栋 工商银行 6222 0210 0112 3456 789"),
    ], "贷后-陈", w=720, h=1560, dark=False, clock="21:18", them_char="陈", them_color=(90, 120, 90))
    lab = forged(["promise.fee_waiver", "pressure.deadline"], maybe=["persona.authority"])
    return screen_result(sc, "sms_message", lab, ["特殊处理通道", "押金", "停催"],
                         "Chat asking for a deposit to a supervisor's personal account via a 'special channel' before midnight.")


@item
def x_lender_106_persona_dark(rng):
    sc = sms_thread([
        ("time", "6月14日 周五 11:02"),
        ("in", "【速借花】胡文博您好，我是平台风险处置组组长。您的借款已逾期21天，系统已将您标记为重点逾期客户。"),
        ("in", "若今日仍未还款，我们将依照您注册时授权的信息，联系您填写的紧急联络人及通讯录好友说明情况。回T退订"),
    ], "1065905812345", w=720, h=1560, dark=True, clock="11:06")
    lab = forged(["persona.authority", "contact.third_party"], maybe=["pressure.deadline"])
    return screen_result(sc, "sms_message", lab, ["速借花", "风险处置组组长", "通讯录好友"],
                         "A lender's 1065 SMS from a 'risk disposal team leader' threatening to contact emergency contacts and the address book; dark mode.",
                         sender="1065905812345")


# =====================================================================================

def main():
    assert len(ITEMS) == 60, len(ITEMS)
    order = np.random.default_rng(SEED).permutation(len(ITEMS))
    for old in HERE.glob("h4_*"):
        old.unlink()
    counts = {}
    problems = []
    for pos, idx in enumerate(order):
        fn = ITEMS[idx]
        rng = np.random.default_rng([SEED, int(idx)])
        r = fn(rng)
        n = pos + 1
        ext = r["fmt"]
        stem = f"h4_{n:02d}_{r['doc_type']}_{r['kind']}"
        name = f"{stem}.{ext}"
        upright = r["img"].convert("RGB")
        w, h = upright.size
        assert max(w, h) <= 2340
        if r["kind"] != "screenshot":
            assert max(w, h) <= 1600, (name, w, h)
        ex = r["exif"]
        stored = store_for_orientation(upright, ex.get("orientation"))
        path = HERE / name
        if ext == "png":
            stored.save(path, "PNG", optimize=False, compress_level=6)
        else:
            exif = None
            if ex:
                exif = make_exif(ex.get("orientation"), ex.get("software"), ex.get("make"), ex.get("model"))
            save_jpeg(stored, path, r["quality"], exif)
        # check: orientation round trip
        with Image.open(path) as chk:
            up = ImageOps.exif_transpose(chk)
            assert up.size == (w, h), (name, up.size, (w, h))
        joined = "\n".join(r["lines"])
        for t in r["text_contains"]:
            if not any(t in ln for ln in r["lines"]):
                problems.append((name, fn.__name__, "text_contains not on one line", t))
        seals = r["seals"]
        for s in seals:
            x, y, bw, bh = s["box"]
            if not (0 <= x and 0 <= y and x + bw <= w and y + bh <= h and bw > 20 and bh > 20):
                problems.append((name, fn.__name__, "seal box", s["box"]))
        side = {
            "image": name,
            "doc_type": r["doc_type"],
            "kind": r["kind"],
            "lawful": r["lawful"],
            "expect": r["expect"],
            "forbid": r["forbid"],
            "seals": [[int(v) for v in s["box"]] for s in seals],
            "seal_texts": [s["text"] for s in seals],
            "seal_centers": [s["center"] for s in seals],
            "seal_kinds": [s["kind"] for s in seals],
            "sender": r["sender"],
            "text_contains": r["text_contains"],
            "notes": r["notes"],
            "size": [w, h],
            "source_text": [ln for ln in r["lines"] if ln.strip()],
        }
        assert joined
        (HERE / f"{stem}.json").write_text(json.dumps(side, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        key = (r["kind"], r["lawful"])
        counts[key] = counts.get(key, 0) + 1
        print(f"{name:45s} {w}x{h}", flush=True)
    print(counts)
    for pr in problems:
        print("PROBLEM", *pr)
    if problems:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
