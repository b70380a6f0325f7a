#!/usr/bin/env python3
"""Render the HELD-OUT labelled image set of the collection-document inspector.

    python bench/holdout_images/make_holdout.py            # everything, into bench/holdout_images/
    python bench/holdout_images/make_holdout.py --only sms_  # names starting with a prefix

This set exists to measure generalisation: its wording, names, amounts, cities, courts, layouts
and fonts were written independently of ``fixtures/make_fixtures.py`` and without looking at the
rules. Only the drawing helpers of ``fixtures/render_lib.py`` are shared. Do not tune rules on
these pictures; if a rule is changed because of one of them, the set stops being held out.

Deterministic: each item has its own RNG seeded from its name; nothing time-dependent is written.
Sidecars use the same schema as fixtures/*.json (see fixtures/README.md).

Labelling policy:
  * ``expect`` - markers the picture clearly shows (per shared/spec/markers.md);
  * ``maybe``  - markers a reasonable reader could argue either way: in neither list;
  * ``forbid`` - every other marker. Lawful items forbid every marker, except neutral ones
                 named in ``notes`` with the reason.
All people, companies, firms and phone numbers are placeholders; court names and court codes
are real so that ring texts and case numbers look realistic; the cases themselves are invented.
"""
from __future__ import annotations

import argparse
import io
import json
import random
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageOps

OUT = Path(__file__).resolve().parent
ROOT = OUT.parent.parent
sys.path.insert(0, str(ROOT / "fixtures"))
from render_lib import (  # noqa: E402
    CHAT_LIGHT, SMS_DARK, SMS_LIGHT, Msg, Page, Rendered, SealSpec, check_fonts, font,
    render_chat, render_image_viewer, render_sms_thread, scale_to_width, simulate_photo,
    simulate_scan,
)

SEED = 77031905

ALL_MARKERS = [
    "seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid", "image.edited",
    "penalty.inflated", "contract.termination", "blacklist.dishonest", "family.children",
    "lawsuit.threat", "visit.home", "persona.authority", "promise.fee_waiver",
    "contact.third_party", "contact.virtual_number", "blacklist.online_loan", "borrow.new_loan",
    "asset.freeze", "pressure.deadline", "sms.impersonation", "text.spaced",
]
OFFICIAL = {"lawyer_letter", "cancellation_notice", "restriction_order", "court_summons"}
RED = (206, 24, 30)


@dataclass
class Label:
    doc_type: str
    notes: str
    text_contains: list[str]
    expect: list[str] = field(default_factory=list)
    maybe: list[str] = field(default_factory=list)
    lawful: bool = False
    sender: str | None = None


@dataclass
class Out:
    r: Rendered
    kind: str                      # scan | photo | screenshot
    fmt: str = "jpeg"
    quality: int = 82
    orientation: int = 1
    software: str | None = None
    camera: tuple[str, str, str] | None = None


REG: dict[str, Callable[[random.Random], tuple[Out, Label]]] = {}


def item(name: str):
    def deco(fn):
        assert name not in REG, name
        REG[name] = fn
        return fn
    return deco


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------

def doc_page(kind: str, rng: random.Random, fnt: str, width: int = 1120, size: int = 31,
             margin: int | None = None, gap: float = 1.7) -> Page:
    if kind == "photo":  # photographed pages lose scale in the frame: print them bigger
        return Page(1200, rng, body_font=fnt, body_size=39, margin=margin or 100, line_gap=gap)
    return Page(width, rng, body_font=fnt, body_size=size, margin=margin, line_gap=gap)


def done(p: Page, kind: str, rng: random.Random, min_ratio: float = 1.3, blur: float = 0.0) -> Rendered:
    p.finish(min_ratio)
    r = p.rendered()
    if kind == "photo":
        r = simulate_photo(r, rng, out_w=1000, out_h=1333)
        if blur:
            r.img = cv2.GaussianBlur(r.img, (0, 0), blur)
        return r
    return simulate_scan(r, rng, noise=1.2)


def star_seal(ring: str, rng: random.Random, **kw) -> SealSpec:
    kw.setdefault("diameter", rng.randint(215, 245))
    return SealSpec(ring, center="star", font=kw.pop("font", rng.choice(["serif_bold", "ming", "sans_bold"])), **kw)


def emblem_seal(ring: str, rng: random.Random, **kw) -> SealSpec:
    kw.setdefault("diameter", rng.randint(240, 262))
    return SealSpec(ring, center="emblem", font=kw.pop("font", rng.choice(["serif_bold", "ming"])), **kw)


def oval_seal(ring: str, rng: random.Random, center_text: str = "财务专用章", **kw) -> SealSpec:
    kw.setdefault("diameter", rng.randint(236, 256))
    return SealSpec(ring, center="none", oval=True, center_text=center_text,
                    font=rng.choice(["serif_bold", "sans_bold"]), **kw)


def left_sign(p: Page, lines: list[str], anchor: str = "sign") -> None:
    """Signature block on the LEFT under the body (some forms sign there, not right-aligned)."""
    f = font(p.body_font, p.body_size)
    y0 = p.y
    bw = max(f.getlength(s) for s in lines)
    x = p.margin + p.body_size * 2
    for s in lines:
        p.draw.text((x, p.y), s, font=f, fill=(28, 28, 30))
        p.text.append(s)
        p.y += int(p.body_size * p.line_gap)
    p.set_anchor(anchor, int(x + bw / 2), int((y0 + p.y) / 2 - p.body_size * 0.3))


def red_layer(size: tuple[int, int]) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    return layer, ImageDraw.Draw(layer)


CAMERAS = [("HUAWEI", "ELS-AN00", "2024:05:19 20:41:07"), ("Xiaomi", "2211133C", "2024:08:02 09:13:55"),
           ("OPPO", "PGT-AN10", "2024:03:27 18:06:31"), ("vivo", "V2309A", "2024:10:11 12:47:02")]


# ============================================================================================
# Lawyer's letters
# ============================================================================================

@item("ll_genuine_firm_scan")
def _(rng):
    p = doc_page("scan", rng, "ming", width=1160, size=31, margin=128, gap=1.85)
    p.line("浙江某某律师事务所", "center", size=40, fnt="serif_bold")
    p.line("杭州市西湖区文三路某号某大厦十二层  电话：0571-8702 1188", "center", size=22, fnt="sans")
    p.rule(color=(40, 40, 40), thickness=2)
    p.line("律 师 函", "center", size=58, fnt="serif_bold", gap=1.4)
    p.line("浙某律（2024）函字第118号", "right", size=26)
    p.space(8)
    p.line("赵某某女士：", gap=1.6)
    p.para("本所受杭州某某网络科技有限公司（下称“贵方债权人”）委托，指派本所律师就贵方债权人与您之间的"
           "个人借款合同事宜，向您致函说明。")
    p.para("经核对委托人提供的借款记录，您于2023年11月借得人民币15,600元，分九期偿还。目前第五期、"
           "第六期应还款项共计3,871.26元尚未结清，其中未含任何额外费用。")
    p.para("委托人理解借款人可能遇到暂时的经济困难，愿意听取您的实际情况，在合法合规的前提下与您"
           "商定分期或延后还款的具体方案。您可通过借款平台官方客服热线与委托人沟通，也可直接联系本所经办律师。")
    p.para("如您认为上述欠款数额与事实不符，请向本所书面提出并附相关凭据，本所将转交委托人核实。"
           "委托人保留依法主张合同权利的权利。")
    p.para("此致")
    p.space(30)
    p.sign_block(["浙江某某律师事务所", "经办律师：孙某某", "二〇二四年七月二日"], right_pad=20)
    r = p
    r.finish(1.3)
    r.stamp(star_seal("浙江某某律师事务所", rng), "sign", rng, jitter=15)
    out = simulate_scan(r.rendered(), rng, noise=1.2)
    return Out(out, "scan"), Label(
        "lawyer_letter",
        "genuine lawyer's letter, calm, offers instalments, law firm's own star seal over the signature; 'reserves its rights' is not an immediate lawsuit; title printed letter-spaced (typesetting, not evasion)",
        ["分期或延后还款", "经办律师", "书面提出"], lawful=True)


@item("ll_genuine_faint_photo")
def _(rng):
    p = doc_page("photo", rng, "wqy_zen", gap=1.65)
    p.line("律师函", "center", size=64, fnt="serif_bold", gap=1.5)
    p.line("（2024）某律函第2207号", "center", size=30)
    p.space(10)
    p.line("致：钱某某先生", gap=1.6)
    p.para("广东某某律师事务所接受深圳某某消费金融有限公司的委托，就您名下尾号5521的消费贷款合同逾期事宜函告如下。")
    p.para("截至2024年8月31日，该合同已到期未还的本息合计人民币6,204.50元。请您自收到本函之日起十日内"
           "与委托人联系，核对账目并协商还款。")
    p.para("委托人客服电话：0755-2660 3300（工作日9:00至18:00）。")
    p.space(40)
    p.sign_block(["广东某某律师事务所", "律师：周某某", "2024年9月5日"], right_pad=10)
    p.finish(1.3)
    p.stamp(star_seal("广东某某律师事务所", rng, fade=0.85, missing=0.3, opacity=0.62), "sign", rng, jitter=12)
    r = simulate_photo(p.rendered(), rng, out_w=1000, out_h=1333)
    return Out(r, "photo", quality=80, camera=CAMERAS[0]), Label(
        "lawyer_letter",
        "genuine lawyer's letter photographed; the firm's star seal is faint and partly lifted; a ten-day window to get in touch is ordinary letter practice, pressure.deadline left neutral; camera EXIF only",
        ["核对账目并协商还款", "工作日"], maybe=["pressure.deadline"], lawful=True)


@item("ll_forged_company_seal_photo")
def _(rng):
    p = doc_page("photo", rng, "sans", gap=1.6)
    p.line("律 师 催 收 函", "center", size=60, fnt="sans_bold", gap=1.5)
    p.line("欠款人：韩某某   身份证尾号：0437", size=34)
    p.para("你在我司平台的借款已逾期二十三天，多次提醒拒不处理。本函送达即视为通知：我司已正式向法院递交诉状，"
           "案件已经立案，你将作为被告被传唤出庭。")
    p.para("限你在48小时内还清全部欠款，过时不候。否则我方将把你的欠款情况发给你所在公司的人事部门和全体同事。")
    p.space(30)
    p.sign_block(["重庆某某融资担保有限公司", "2024年4月18日"], right_pad=10)
    p.finish(1.3)
    p.stamp(star_seal("重庆某某融资担保有限公司", rng, serial="5001120048217"), "sign", rng)
    r = simulate_photo(p.rendered(), rng, out_w=1000, out_h=1333)
    return Out(r, "photo", quality=80), Label(
        "lawyer_letter",
        "forged 'lawyer's letter' signed and sealed by a guarantee company (company star seal), claims a suit is already on file, 48-hour deadline, threatens to tell the employer",
        ["已经立案", "人事部门"],
        expect=["seal.issuer_mismatch", "lawsuit.threat", "pressure.deadline", "contact.third_party"],
        maybe=["contract.termination"])  # '还清全部欠款' reads close to the spec's 一次性结清全部欠款


@item("ll_forged_noseal_exif6")
def _(rng):
    p = doc_page("photo", rng, "kai", gap=1.7)
    p.line("律师告知函", "center", size=62, fnt="kai", gap=1.5)
    p.line("冯某某：", size=38)
    p.para("你拖欠某某花的款项至今未还，本律师团队已接手此案。如再不配合，你将被法院列为失信人员，"
           "出门坐不了飞机和动车，名下不能买房买车。")
    p.para("你孩子明年读书报名也会受到牵连，孩子将来参军考公都过不了审查。")
    p.para("下周起我们的外访组会到你老家挨家挨户走访了解情况。")
    p.space(24)
    p.sign_block(["某某律师团队", "2024年3月"], right_pad=10)
    r = done(p, "photo", rng)
    return Out(r, "photo", quality=80, orientation=6, camera=CAMERAS[1]), Label(
        "lawyer_letter",
        "unsealed 'lawyer's notice' in kai script, stored sideways (EXIF 6): dishonest-list and travel ban threats, children's schooling and vetting, visits to the home village",
        ["坐不了飞机", "参军考公", "挨家挨户"],
        expect=["seal.missing", "blacklist.dishonest", "family.children", "visit.home"])


@item("ll_forged_firmseal_snapseed")
def _(rng):
    p = doc_page("scan", rng, "wqy_zen", width=1080, size=30, margin=96, gap=1.6)
    p.line("律师函", "left", size=72, fnt="serif_bold", gap=1.3)
    p.rule(color=(30, 30, 30), thickness=3)
    p.line("发函：上海某某律师事务所        收函：吴某某", size=28)
    p.space(6)
    p.para("你于某某贷借款后长期失联，严重违约。依照平台规定，你须另行支付按剩余本金百分之二十计算的违约金，"
           "共计人民币7,480元，与欠款一并偿还。")
    p.para("另告知：你的逾期记录已上报至网贷行业共享黑名单，全国各网贷平台均可查询。")
    p.para("若仍拒不还款，我所将协助委托人申请冻结你名下全部银行卡及支付宝、微信零钱。")
    p.space(20)
    p.sign_block(["上海某某律师事务所", "2024年5月9日"], right_pad=60)
    p.finish(1.3)
    p.stamp(star_seal("上海某某律师事务所", rng), "sign", rng)
    r = simulate_scan(p.rendered(), rng, noise=1.2)
    return Out(r, "scan", software="Snapseed 2.21"), Label(
        "lawyer_letter",
        "lawyer's letter with a law-firm-like star seal (fits the claimed issuer) but intimidating text: 20% of remaining principal, industry blacklist, card/wallet freeze; EXIF names Snapseed",
        ["百分之二十", "共享黑名单", "支付宝"],
        expect=["image.edited", "penalty.inflated", "blacklist.online_loan", "asset.freeze"])


@item("ll_forged_oval_finance_scan")
def _(rng):
    p = doc_page("scan", rng, "serif", width=1180, size=32, margin=150, gap=2.0)
    p.line("律师函", "center", size=50, fnt="wqy_zen", gap=1.8)
    p.line("致借款人 郑某某", size=32)
    p.para("本函由某某金融法务部签发。经逾期案件处理中心审核，你的账户已移交本部门处置。")
    p.para("考虑到你的实际困难，现给予一次特殊关怀：本周内将8,000元转入以下个人账户，即可减免全部罚息，"
           "账户名 王某某，卡号 6222 0210 0112 3456 789。")
    p.space(30)
    p.sign_block(["某某金融法务部", "2024年6月21日"], right_pad=40)
    p.finish(1.3)
    p.stamp(oval_seal("深圳某某信息技术有限公司", rng), "sign", rng)
    r = simulate_scan(p.rendered(), rng, noise=1.2)
    return Out(r, "scan"), Label(
        "lawyer_letter",
        "'lawyer's letter' issued by a 'legal department' with a company's oval finance seal: collector roles, fee waiver paid into a private account",
        ["特殊关怀", "个人账户"],
        expect=["seal.issuer_mismatch", "persona.authority", "promise.fee_waiver"], maybe=["pressure.deadline"])


# ============================================================================================
# Cancellation notices
# ============================================================================================

@item("cn_genuine_contractseal_scan")
def _(rng):
    p = doc_page("scan", rng, "sans", width=1120, size=30, margin=112, gap=1.8)
    p.line("贷款提前到期通知书", "center", size=48, fnt="serif_bold", gap=1.7)
    p.line("编号：TQ-2024-0913-027", "right", size=24)
    p.line("借款人许某某（身份证号码末四位3316）：", gap=1.6)
    p.para("您与本公司于2023年2月签订的《个人消费贷款合同》（合同编号XF230215088）项下贷款，"
           "自2024年5月15日起连续未按期还款，截至本通知发出之日已逾期121天。")
    p.para("根据该合同第十四条第（二）项“借款人连续逾期超过九十日的，贷款人有权宣布贷款提前到期”的约定，"
           "本公司现通知您：上述合同项下未还本金人民币21,450.00元及已产生的利息自本通知送达之日起提前到期。")
    p.para("如您对欠款金额有异议，或希望协商还款计划，请致电本公司客户服务热线400-800-6611。")
    p.space(36)
    p.sign_block(["某某消费金融股份有限公司", "2024年9月13日"], right_pad=30)
    p.finish(1.3)
    p.stamp(star_seal("某某消费金融股份有限公司", rng, center_text="合同专用章"), "sign", rng)
    r = simulate_scan(p.rendered(), rng, noise=1.2)
    return Out(r, "scan"), Label(
        "cancellation_notice",
        "genuine acceleration notice after 121 days, quotes the contract clause, lender's own contract seal, invites negotiation. contract.termination is neutral (it lawfully accelerates); every other marker forbidden",
        ["提前到期", "第十四条", "协商还款计划"], maybe=["contract.termination"], lawful=True)


@item("cn_forged_noseal_photo")
def _(rng):
    p = doc_page("photo", rng, "wqy_zen", gap=1.6)
    p.line("合同终止通知", "center", size=66, fnt="wqy_zen", gap=1.5)
    p.line("客户：何某某", size=38)
    p.para("你本期账单已逾期3天。按系统规则，借款协议即时作废，剩余未到期的全部本息必须一次性还清。")
    p.para("同时按剩余本金的15%加收违约金。")
    p.para("请于今晚20:00之前完成还款，超时一切后果由你个人承担。")
    r = done(p, "photo", rng, blur=0.6)
    return Out(r, "photo", quality=78), Label(
        "cancellation_notice",
        "unsealed 'contract termination' after 3 days: whole balance at once, 15% penalty on remaining principal, tonight 20:00 deadline; slightly blurred photo",
        ["即时作废", "一次性还清", "剩余本金的15%"],
        expect=["seal.missing", "contract.termination", "penalty.inflated", "pressure.deadline"])


@item("cn_forged_companyseal_scan")
def _(rng):
    p = doc_page("scan", rng, "ming", width=1040, size=30, margin=90, gap=1.55)
    p.line("解除借款合同通知书", "center", size=44, fnt="sans_bold", gap=1.6)
    p.line("致：马某某", gap=1.5)
    p.para("鉴于你已逾期且拒不沟通，本公司决定自即日起解除与你签订的借款合同，所有未还款项立即到期，须一次性结清。")
    p.para("如果手头紧张，可以先到其他借款平台周转一下，把我司这笔还上，以免影响个人信用。")
    p.para("如三日内未结清，我司将依约联系你预留的紧急联系人及通讯录好友，告知你的欠款情况。")
    p.space(24)
    p.sign_block(["苏州某某小额贷款有限公司", "2024年7月30日"], right_pad=30)
    p.finish(1.3)
    p.stamp(star_seal("苏州某某小额贷款有限公司", rng, serial="3205080011472"), "sign", rng)
    r = simulate_scan(p.rendered(), rng, noise=1.2)
    return Out(r, "scan"), Label(
        "cancellation_notice",
        "lender's own company seal (fits a cancellation notice, so no issuer mismatch) on an abusive notice: immediate termination, borrow elsewhere to repay, emergency contacts and address book",
        ["解除与你签订的借款合同", "其他借款平台", "紧急联系人"],
        expect=["contract.termination", "borrow.new_loan", "contact.third_party"], maybe=["pressure.deadline"])


@item("cn_forged_faint_exif8")
def _(rng):
    p = doc_page("photo", rng, "serif", gap=1.7)
    p.line("提前到期告知书", "center", size=58, fnt="serif_bold", gap=1.5)
    p.line("用户 唐某某：", size=38)
    p.para("你的分期借款逾期第五天，经逾期案件处理中心裁定，全部剩余借款提前到期，须立即全额清偿。")
    p.para("未清偿前，你的身份信息将持续同步至全网黑名单数据库，各大平台将永久拒绝你的借款申请。")
    p.space(24)
    p.sign_block(["某某数科风险管理部", "2024年2月"], right_pad=10)
    p.finish(1.3)
    p.stamp(star_seal("广州某某数字科技有限公司", rng, fade=0.9, missing=0.35, opacity=0.6), "sign", rng)
    r = simulate_photo(p.rendered(), rng, out_w=1000, out_h=1333)
    return Out(r, "photo", quality=80, orientation=8, camera=CAMERAS[2]), Label(
        "cancellation_notice",
        "acceleration after five days 'ruled' by an 'overdue case handling centre', all-network blacklist; faint company seal; stored sideways (EXIF 8)",
        ["逾期案件处理中心", "全网黑名单"],
        expect=["contract.termination", "persona.authority", "blacklist.online_loan"])


# ============================================================================================
# Restriction orders / blacklist notices
# ============================================================================================

@item("ro_genuine_emblem_scan")
def _(rng):
    p = doc_page("scan", rng, "ming", width=1160, size=31, margin=120, gap=1.8)
    p.line("江苏省苏州市姑苏区人民法院", "center", size=46, fnt="serif_bold", gap=1.5)
    p.line("限制消费令", "center", size=56, fnt="serif_bold", gap=1.6)
    p.line("（2024）苏0508执3172号", "right", size=30)
    p.line("被执行人：卫某某，男，1988年4月出生，住苏州市姑苏区。", gap=1.7)
    p.para("本院于2024年3月11日立案执行申请执行人某某银行股份有限公司苏州分行与被执行人卫某某金融借款合同纠纷一案。"
           "因被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照《最高人民法院关于限制被执行人"
           "高消费及有关消费的若干规定》第一条、第三条的规定，对被执行人采取限制消费措施。")
    p.para("被执行人不得实施以下高消费及非生活和工作必需的消费行为：（一）乘坐交通工具时，选择飞机、列车软卧、"
           "轮船二等以上舱位；（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；（三）购买不动产"
           "或者新建、扩建、高档装修房屋。")
    p.para("如因私消费以个人财产实施前述行为的，可以向本院提出申请，经本院审查属实的，予以准许。")
    p.space(26)
    p.sign_block(["二〇二四年五月八日"], right_pad=40)
    p.finish(1.3)
    p.stamp(emblem_seal("江苏省苏州市姑苏区人民法院", rng), "sign", rng, jitter=10)
    r = simulate_scan(p.rendered(), rng, noise=1.2)
    return Out(r, "scan"), Label(
        "restriction_order",
        "genuine consumption-restriction order: valid case number, court seal with emblem centre on the date, statutory wording. blacklist.dishonest is neutral (the order lawfully restricts consumption); every other marker forbidden",
        ["限制消费令", "苏0508执3172号", "生效法律文书"], maybe=["blacklist.dishonest"], lawful=True)


@item("ro_genuine_decision_photo")
def _(rng):
    p = doc_page("photo", rng, "serif", gap=1.6)
    p.line("四川省成都市武侯区人民法院", "center", size=50, fnt="serif_bold", gap=1.4)
    p.line("决定书", "center", size=60, fnt="serif_bold", gap=1.4)
    p.line("（2023）川0107执8843号之一", "right", size=34)
    p.para("申请执行人某某小额贷款有限公司与被执行人蒋某某借款合同纠纷一案，本院作出的（2023）川0107民初2291号"
           "民事判决书已经发生法律效力。被执行人有履行能力而拒不履行生效法律文书确定的义务。")
    p.para("依照《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第（一）项之规定，决定如下：")
    p.para("将蒋某某纳入失信被执行人名单。")
    p.space(20)
    p.sign_block(["二〇二三年十二月四日"], right_pad=10)
    p.finish(1.3)
    p.stamp(emblem_seal("四川省成都市武侯区人民法院", rng), "sign", rng, jitter=10)
    r = simulate_photo(p.rendered(), rng, out_w=1000, out_h=1333)
    return Out(r, "photo", quality=80, camera=CAMERAS[3]), Label(
        "restriction_order",
        "genuine dishonest-debtor decision after an effective judgment, valid case number, emblem court seal; photographed (camera EXIF). blacklist.dishonest is neutral (it is the lawful listing itself); every other marker forbidden",
        ["失信被执行人名单", "川0107执8843号"], maybe=["blacklist.dishonest"], lawful=True)


@item("ro_forged_companyseal_photo")
def _(rng):
    p = doc_page("photo", rng, "wqy_zen", gap=1.6)
    p.line("限 高 令", "center", size=70, fnt="sans_bold", gap=1.4)
    p.line("（2024）执字第00871号", "center", size=34)
    p.para("被执行人曹某某，因欠某某钱包借款不还，即日起限制其乘坐高铁、飞机，禁止入住星级酒店。")
    p.para("其子女不得就读重点学校，已就读的将通知学校予以劝退。")
    p.space(30)
    p.sign_block(["河南某某网络小额贷款有限公司", "2024年1月"], right_pad=10)
    p.finish(1.3)
    p.stamp(star_seal("河南某某网络小额贷款有限公司", rng), "sign", rng)
    r = simulate_photo(p.rendered(), rng, out_w=1000, out_h=1333)
    return Out(r, "photo", quality=80), Label(
        "restriction_order",
        "fake 'high-consumption ban' issued by a lending company with its star seal, old 执字第 numbering, travel ban, children expelled from school",
        ["乘坐高铁", "劝退"],
        expect=["seal.issuer_mismatch", "doc.case_number_invalid", "blacklist.dishonest", "family.children"])


@item("ro_forged_starcourt_scan")
def _(rng):
    p = doc_page("scan", rng, "sans", width=1100, size=30, margin=100, gap=1.7)
    p.line("河南省郑州市金水区人民法院", "center", size=42, fnt="sans_bold", gap=1.4)
    p.line("失信惩戒及财产查控决定书", "center", size=50, fnt="sans_bold", gap=1.6)
    p.line("被执行人：彭某某", gap=1.6)
    p.para("经查，你拖欠网络借款本息共计人民币12,330元，现本院依法强制执行。")
    p.para("本院将依法冻结、划扣你名下所有银行存款、微信及支付宝余额，并查封你名下房产、车辆。")
    p.para("同时将你列入失信被执行人名单，予以公开曝光。")
    p.space(30)
    p.sign_block(["郑州市金水区人民法院", "2024年8月"], right_pad=30)
    p.finish(1.3)
    p.stamp(star_seal("河南省郑州市金水区人民法院", rng, font="serif_bold"), "sign", rng)
    r = simulate_scan(p.rendered(), rng, noise=1.2)
    return Out(r, "scan", quality=80), Label(
        "restriction_order",
        "fake dishonest-listing / asset-control decision in a real court's name but with a five-pointed-star seal and no case number: freeze and seizure of everything, dishonest listing",
        ["财产查控决定书", "查封你名下房产"],
        expect=["seal.issuer_mismatch", "doc.case_number_invalid", "asset.freeze", "blacklist.dishonest"])


@item("ro_forged_noseal_exif6")
def _(rng):
    p = doc_page("photo", rng, "ming", gap=1.7)
    p.line("失信人员纳入决定书", "center", size=56, fnt="serif_bold", gap=1.5)
    p.line("湘民执字2024第77号", "right", size=34)
    p.para("当事人雷某某，逾期未还某某借款。现决定将其纳入失信被执行人名单，全国联网公示。")
    p.para("限其在明日中午12点前还清，逾期不再另行通知。")
    r = done(p, "photo", rng)
    return Out(r, "photo", quality=80, orientation=6, camera=CAMERAS[1]), Label(
        "restriction_order",
        "unsealed dishonest-list 'decision', malformed number (湘民执字2024第77号), deadline tomorrow noon; stored sideways (EXIF 6)",
        ["全国联网公示", "明日中午12点前"],
        expect=["seal.missing", "doc.case_number_invalid", "blacklist.dishonest", "pressure.deadline"])


@item("ro_blacklist_notice_photoshop")
def _(rng):
    p = doc_page("scan", rng, "wqy_zen", width=1000, size=30, margin=80, gap=1.6)
    p.line("网贷行业黑名单登记告知书", "center", size=44, fnt="serif_bold", gap=1.7)
    p.line("告知对象：邱某某", gap=1.5)
    p.para("你的多笔逾期已被登记进入全国网贷黑名单，登记信息同步推送至各持牌机构。")
    p.para("登记后，我中心将按规定告知你的直系亲属、工作单位以及通讯录联系人。")
    p.space(20)
    p.sign_block(["网贷信用信息登记中心", "2024年9月"], right_pad=20)
    r = done(p, "scan", rng)
    return Out(r, "scan", software="Adobe Photoshop CC 2019 (Windows)"), Label(
        "restriction_order",
        "unsealed 'online-loan blacklist registration' notice from a made-up centre; tells relatives, employer and address book; EXIF names Photoshop",
        ["全国网贷黑名单", "直系亲属"],
        expect=["seal.missing", "image.edited", "blacklist.online_loan", "contact.third_party"],
        maybe=["persona.authority", "doc.case_number_invalid"])


# ============================================================================================
# Court summonses
# ============================================================================================

def summons_form(p: Page, court: str, title: str, case_no: str, rows: list[tuple[str, str]],
                 court_size: int = 44) -> None:
    p.line(court, "center", size=court_size, fnt="serif_bold", gap=1.4)
    p.line(title, "center", size=60, fnt="serif_bold", gap=1.5)
    p.line(f"案号：{case_no}", "right", size=p.body_size)
    p.table(rows)


@item("cs_genuine_emblem_scan")
def _(rng):
    p = doc_page("scan", rng, "ming", width=1160, size=30, margin=110, gap=1.7)
    summons_form(p, "湖北省武汉市武昌区人民法院", "传  票", "（2024）鄂0106民初7735号", [
        ("案由", "民间借贷纠纷"),
        ("被传唤人", "龚某某"),
        ("工作单位或住址", "武汉市武昌区某某路某号"),
        ("传唤事由", "开庭审理"),
        ("应到时间", "2024年10月22日上午9时30分"),
        ("应到处所", "本院第五审判庭"),
    ], court_size=40)
    p.para("注意事项：一、被传唤人须携带本传票及身份证件准时到庭。二、被传唤人如系被告，经传票传唤无正当理由拒不到庭的，"
           "可以缺席判决。", size=26)
    p.space(20)
    p.sign_block(["审判员  陶某某", "书记员  邹某某", "二〇二四年九月二十日"], right_pad=20)
    p.finish(1.3)
    p.stamp(emblem_seal("湖北省武汉市武昌区人民法院", rng), "sign", rng, jitter=12)
    r = simulate_scan(p.rendered(), rng, noise=1.2)
    return Out(r, "scan", quality=80), Label(
        "court_summons",
        "genuine summons form (开庭审理) with a valid 民初 case number and the court's emblem seal; the statutory note about default judgment is printed on every summons",
        ["鄂0106民初7735号", "第五审判庭", "缺席判决"], lawful=True)


@item("cs_genuine_notice_photo")
def _(rng):
    p = doc_page("photo", rng, "serif", gap=1.6)
    p.line("福建省厦门市思明区人民法院", "center", size=48, fnt="serif_bold", gap=1.4)
    p.line("应诉通知书", "center", size=60, fnt="serif_bold", gap=1.4)
    p.line("（2024）闽0203民初6120号", "right", size=34)
    p.line("黎某某：", size=38)
    p.para("原告某某银行股份有限公司厦门分行诉你信用卡纠纷一案，本院已依法受理。现将起诉状副本送达给你，"
           "你应在收到之日起十五日内提交答辩状。")
    p.para("你可以委托一至二人作为诉讼代理人。如对本案有疑问，可拨打12368咨询。")
    p.space(20)
    p.sign_block(["二〇二四年六月三日"], right_pad=20)
    p.finish(1.3)
    p.stamp(emblem_seal("福建省厦门市思明区人民法院", rng), "sign", rng, jitter=10)
    r = simulate_photo(p.rendered(), rng, out_w=1000, out_h=1333)
    return Out(r, "photo", quality=80, camera=CAMERAS[2]), Label(
        "court_summons",
        "genuine notice to respond to a suit: valid 民初 number, emblem seal. It truthfully says a suit was accepted, so lawsuit.threat is neutral; the statutory 15-day answer period makes pressure.deadline neutral; every other marker forbidden",
        ["应诉通知书", "答辩状", "闽0203民初6120号"], maybe=["lawsuit.threat", "pressure.deadline"], lawful=True)


@item("cs_forged_noseal_photo")
def _(rng):
    p = doc_page("photo", rng, "wqy_zen", gap=1.6)
    p.line("法院传票", "center", size=68, fnt="wqy_zen", gap=1.4)
    p.line("（2024）法民字第0092号", "center", size=34)
    p.para("被告人：段某某。你以虚构信息申请网络贷款，涉嫌恶意骗贷，案件已移交经侦部门。")
    p.para("接此传票后6小时内未与承办人员取得联系的，将对你实施拘留。")
    r = done(p, "photo", rng)
    return Out(r, "photo", quality=80), Label(
        "court_summons",
        "unsealed 'court summons' with a made-up number, criminal fraud claim, detention within 6 hours",
        ["恶意骗贷", "6小时内"],
        expect=["seal.missing", "doc.case_number_invalid", "lawsuit.threat", "pressure.deadline"])


@item("cs_forged_companyseal_scan")
def _(rng):
    p = doc_page("scan", rng, "sans", width=1120, size=30, margin=104, gap=1.6)
    summons_form(p, "广东省深圳市龙岗区人民法院", "传 票", "（2024）粤0307民初1555号", [
        ("被传唤人", "江某某"),
        ("传唤事由", "欠款不还，原告已起诉"),
        ("应到时间", "接票后两日内"),
        ("备注", "拒不到庭的，法院将强制扣划你工资及银行存款"),
    ])
    p.space(10)
    p.sign_block(["深圳某某商务咨询有限公司", "2024年5月"], right_pad=30)
    p.finish(1.3)
    p.stamp(star_seal("深圳某某商务咨询有限公司", rng), "sign", rng)
    r = simulate_scan(p.rendered(), rng, noise=1.2)
    return Out(r, "scan", quality=80), Label(
        "court_summons",
        "summons form with a well-formed case number but signed and sealed by a consulting company (star seal): issuer mismatch, not a case-number problem; suit claimed, wage/deposit seizure",
        ["强制扣划", "接票后两日内"],
        expect=["seal.issuer_mismatch", "lawsuit.threat", "asset.freeze"],
        maybe=["pressure.deadline"])


@item("cs_forged_starcourt_exif8")
def _(rng):
    p = doc_page("photo", rng, "ming", gap=1.7)
    p.line("上海市闵行区人民法院", "center", size=50, fnt="serif_bold", gap=1.4)
    p.line("传唤通知", "center", size=62, fnt="serif_bold", gap=1.4)
    p.para("当事人汪某某：你欠某某借贷平台款项一案已进入诉讼程序，请于三日内到本院诉前调解中心报到，"
           "逾期将直接开庭缺席判决，并追究你的刑事责任。")
    p.space(30)
    p.sign_block(["上海市闵行区人民法院", "2024年4月"], right_pad=10)
    p.finish(1.3)
    p.stamp(star_seal("上海市闵行区人民法院", rng, font="serif_bold"), "sign", rng)
    r = simulate_photo(p.rendered(), rng, out_w=1000, out_h=1333)
    return Out(r, "photo", quality=80, orientation=8, camera=CAMERAS[0]), Label(
        "court_summons",
        "'summons notice' in a court's name with a star seal and no case number: criminal liability threat, 'pre-litigation mediation centre'; stored sideways (EXIF 8)",
        ["诉前调解中心", "刑事责任"],
        expect=["seal.issuer_mismatch", "doc.case_number_invalid", "lawsuit.threat", "persona.authority"],
        maybe=["pressure.deadline"])


# ============================================================================================
# SMS threads
# ============================================================================================

def sms(sender: str, subtitle: str, msgs: list[Msg], rng: random.Random, dark: bool, big: bool = False,
        body_font: str = "sans", time_s: str = "09:12") -> Rendered:
    return render_sms_thread(sender, subtitle, msgs, SMS_DARK if dark else SMS_LIGHT, rng, big=big,
                             body_font=body_font, time_s=time_s, battery=rng.randint(15, 95),
                             three_button_nav=rng.random() < 0.4)


def shot(r: Rendered) -> Out:
    return Out(r, "screenshot", fmt="png")


@item("sms_court_1069_dark")
def _(rng):
    r = sms("106902883317", "短信", [
        Msg("time", "昨天 16:40"),
        Msg("in", "【宁波市海曙区人民法院】潘某某：你在某某分期的欠款纠纷已转入司法程序，本院明日将向你户籍地寄送传票并安排开庭。"
                  "请于今日18:00前联系承办人处理，过时视为放弃调解。", "16:40"),
    ], rng, dark=True)
    return shot(r), Label(
        "sms_message", "court impersonation from a 1069 commercial gateway: summons tomorrow, today 18:00 deadline",
        ["海曙区人民法院", "放弃调解"], expect=["sms.impersonation", "lawsuit.threat", "pressure.deadline"],
        sender="106902883317")


@item("sms_procuratorate_mobile_light")
def _(rng):
    r = sms("+86 137 0001 2468", "中国移动", [
        Msg("time", "周二 11:05"),
        Msg("in", "【市人民检察院】通知：经核查，你名下网贷账户存在恶意套现、骗取贷款行为，材料已移送审查。"
                  "24小时内未结清的，将依法对你批准逮捕。", "11:05"),
    ], rng, dark=False, big=True)
    return shot(r), Label(
        "sms_message", "procuratorate impersonation from a mobile number: loan fraud, arrest within 24 hours (1080 phone scaled to 720)",
        ["人民检察院", "批准逮捕"], expect=["sms.impersonation", "lawsuit.threat", "pressure.deadline"],
        sender="+86 137 0001 2468")


@item("sms_police_1065_light")
def _(rng):
    r = sms("10655123098", "短信", [
        Msg("time", "10月9日 14:22"),
        Msg("in", "【某某市公安局经侦大队】覃某某，你涉嫌恶意透支及信用卡诈骗已被立案侦查。"
                  "民警将到你单位调查取证，并依法通知你的家属。", "14:22"),
    ], rng, dark=False)
    return shot(r), Label(
        "sms_message", "police impersonation from a 1065 gateway: criminal case, officers to the workplace, family informed",
        ["经侦大队", "调查取证"],
        expect=["sms.impersonation", "lawsuit.threat", "visit.home", "contact.third_party"], sender="10655123098")


@item("sms_spaced_legal_dark")
def _(rng):
    r = sms("1069088412", "短信", [
        Msg("time", "今天 08:51"),
        Msg("in", "【速借分期】法 务 部 提 醒：你的欠款已提交 法 院 起 诉 流 程，传 票 将寄往你户籍所在地，请知悉。", "08:51"),
    ], rng, dark=True)
    return shot(r), Label(
        "sms_message", "lender's 106 gateway, 'legal department', spaced-out 法 院 起 诉 / 传 票 to slip past filters; not in a court's name, so sms.impersonation is neutral",
        ["速借分期"], expect=["text.spaced", "lawsuit.threat", "persona.authority"],
        maybe=["sms.impersonation"], sender="1069088412")


@item("sms_spaced_symbols_light")
def _(rng):
    r = sms("158 0002 1357", "中国移动", [
        Msg("time", "昨天 21:13"),
        Msg("in", "再拖着不还，明天外访的同事直接上·门去你家，顺便把你的事跟你邻居和家里人讲清楚。", "21:13"),
        Msg("in", "已经在走起·诉了，别说没提醒你。", "21:14"),
        Msg("out", "我下周发工资就还"),
    ], rng, dark=False)
    return shot(r), Label(
        "sms_message", "collector's mobile: 上·门 and 起·诉 split by a middle dot; home visit, neighbours and family told, suit claimed",
        ["外访的同事", "发工资就还"],
        expect=["text.spaced", "visit.home", "contact.third_party", "lawsuit.threat"], sender="158 0002 1357")


@item("sms_virtual_1705_dark")
def _(rng):
    r = sms("10692211008", "短信", [
        Msg("time", "6月3日 10:02"),
        Msg("in", "【某某借条】您的账单已严重逾期。现为您开通一次性减免通道，今日内结清即可免除全部罚息，"
                  "详询专员 1705 201 3344。", "10:02"),
    ], rng, dark=True, big=True)
    return shot(r), Label(
        "sms_message", "fee-waiver 'channel' with a same-day deadline and a 1705 (virtual) call-back number in the text",
        ["减免通道", "免除全部罚息"],
        expect=["contact.virtual_number", "promise.fee_waiver", "pressure.deadline"], sender="10692211008")


@item("sms_virtual_171_light")
def _(rng):
    r = sms("165 2130 4455", "中国移动", [
        Msg("time", "星期五 19:30"),
        Msg("in", "最后一次提醒，再不处理就把你同步进全网黑名单，以后哪个平台都借不到钱，"
                  "我们也会挨个给你的紧急联系人打电话。回电 171 2233 0918", "19:30"),
    ], rng, dark=False)
    return shot(r), Label(
        "sms_message", "all-network blacklist, calls to emergency contacts, 171 call-back number in the text; the 165 sender alone is not scored",
        ["全网黑名单", "紧急联系人"],
        expect=["blacklist.online_loan", "contact.third_party", "contact.virtual_number"],
        maybe=["pressure.deadline"], sender="165 2130 4455")


@item("sms_newloan_children_dark")
def _(rng):
    r = sms("1069 5120 0366", "短信", [
        Msg("time", "3月14日 13:47"),
        Msg("in", "实在拿不出钱，可以先去别的平台借一笔周转，把我们这边还上。", "13:47"),
        Msg("in", "不然这事会跟着你一辈子，你家小孩以后考公务员、当兵政审都过不去。", "13:49"),
    ], rng, dark=True, body_font="wqy_zen")
    return shot(r), Label(
        "sms_message", "pushes borrowing from another platform, threatens the children's civil-service and army vetting",
        ["借一笔周转", "政审"], expect=["borrow.new_loan", "family.children"], sender="1069 5120 0366")


@item("sms_traditional_freeze_light")
def _(rng):
    r = sms("139 0021 7788", "中国移动", [
        Msg("time", "8月20日 17:05"),
        Msg("in", "你的欠款已逾期45天，我方將申請凍結你名下所有銀行帳戶及微信、支付寶。"
                  "並按剩餘本金百分之十五收取違約金。", "17:05"),
    ], rng, dark=False, body_font="wqy_zen")
    return shot(r), Label(
        "sms_message", "mostly traditional characters: freeze all bank accounts and wallets, 15% penalty on remaining principal",
        ["凍結你名下所有銀行帳戶"], expect=["asset.freeze", "penalty.inflated"], sender="139 0021 7788")


@item("sms_court_12368_dark")
def _(rng):
    r = sms("12368", "短信", [
        Msg("time", "9月1日 10:15"),
        Msg("in", "【福建省厦门市思明区人民法院】林某某，您好！您与某某银行金融借款合同纠纷一案，案号（2024）闽0203民初4471号，"
                  "本院定于2024年9月3日14时30分在第三审判庭公开开庭，请携带身份证件按时到庭。详询12368。", "10:15"),
    ], rng, dark=True)
    return shot(r), Label(
        "sms_message", "real court notice from 12368 with a valid case number: lawful, sms.impersonation must not fire",
        ["第三审判庭", "按时到庭"], lawful=True, sender="12368")


@item("sms_bank_95555_light")
def _(rng):
    r = sms("95555", "短信", [
        Msg("time", "9月28日 08:30"),
        Msg("in", "【招商银行】您尾号8801的信用卡本期账单3,215.60元，到期还款日10月8日，最低还款额321.56元。如已还款请忽略。", "08:30"),
        Msg("time", "10月7日 19:02"),
        Msg("in", "【招商银行】您尾号8801的信用卡于10月7日还款1,000.00元，已入账。", "19:02"),
    ], rng, dark=False)
    return shot(r), Label(
        "sms_message", "bank statement and payment-received notices from 95555: lawful", ["最低还款额", "已入账"],
        lawful=True, sender="95555")


@item("sms_verification_light")
def _(rng):
    r = sms("10690700511", "短信", [
        Msg("time", "今天 12:01"),
        Msg("in", "【某某支付】验证码482913，用于登录验证，5分钟内有效，请勿泄露给他人。", "12:01"),
        Msg("in", "【某某出行】您的验证码为6072，10分钟内有效。如非本人操作，请忽略本短信。", "12:26"),
    ], rng, dark=False)
    return shot(r), Label(
        "sms_message", "verification codes from a 106 gateway (validity windows are not pressure): lawful",
        ["请勿泄露给他人", "如非本人操作"], lawful=True, sender="10690700511")


@item("sms_parcel_dark")
def _(rng):
    r = sms("1069 2000 3311", "短信", [
        Msg("time", "昨天 15:27"),
        Msg("in", "【菜鸟驿站】您的包裹已到小区东门驿站，取件码 6-2-3018，请于当日21:00前领取。", "15:27"),
        Msg("in", "【某某快递】快递员已将您的包裹放入3号丰巢柜，凭取件码40519取件。", "17:44"),
    ], rng, dark=True)
    return shot(r), Label(
        "sms_message", "parcel pick-up notices from a 1069 gateway (a pick-up time is not pressure): lawful",
        ["东门驿站", "丰巢柜"], lawful=True, sender="1069 2000 3311")


@item("sms_lender_polite_106_light")
def _(rng):
    r = sms("1069 8899 0217", "短信", [
        Msg("time", "6月22日 09:00"),
        Msg("in", "【某某消费金融】尊敬的客户，您本期应还款1,268.00元，还款日为6月25日。请确保绑定的银行卡余额充足，"
                  "或通过官方App还款。如有困难，可致电官方客服协商。", "09:00"),
    ], rng, dark=False)
    return shot(r), Label(
        "sms_message", "lender's own polite repayment reminder from a 106 gateway: lawful, sms.impersonation must not fire",
        ["官方App还款", "余额充足"], lawful=True, sender="1069 8899 0217")


# ============================================================================================
# Chat and image viewer
# ============================================================================================

def forged_letter_picture(rng: random.Random) -> Rendered:
    p = Page(960, rng, body_font="sans", body_size=34, margin=70, line_gap=1.55)
    p.line("律师函", "center", size=64, fnt="serif_bold", gap=1.4)
    p.para("致欠款人 罗某某：你拖欠的借款已委托本所处理。本所已向法院提起诉讼，法院即将立案，请做好应诉准备。")
    p.space(20)
    p.sign_block(["长沙某某信息咨询有限公司", "2024年7月"], right_pad=0)
    p.finish(0.7)
    p.stamp(star_seal("长沙某某信息咨询有限公司", rng), "sign", rng, jitter=10)
    return simulate_scan(p.rendered(), rng, noise=1.0)


@item("chat_forged_letter_light")
def _(rng):
    doc = forged_letter_picture(rng)
    r = render_chat("催收-小周", [
        Msg("time", "下午 3:12"),
        Msg("in", "律师函已经发给你了，自己看清楚"),
        Msg("image", image=doc),
        Msg("in", "三天之内不还清，我们就联系你公司领导和同事，让大家都知道"),
        Msg("out", "我在想办法"),
    ], CHAT_LIGHT, rng, time_s="15:13", battery=rng.randint(20, 90), body_font="wqy_zen")
    return shot(r), Label(
        "other",
        "chat where a collector sends a picture of a company-sealed 'lawyer's letter'; chat text threatens the employer and colleagues within three days (seal/lawsuit markers of the embedded picture not scored)",
        ["联系你公司领导和同事", "我在想办法"], expect=["contact.third_party", "pressure.deadline"],
        maybe=["seal.issuer_mismatch", "lawsuit.threat", "seal.missing", "doc.case_number_invalid"])


@item("viewer_forged_order")
def _(rng):
    p = Page(1100, rng, body_font="ming", body_size=32, margin=100, line_gap=1.7)
    p.line("限制高消费令", "center", size=58, fnt="serif_bold", gap=1.5)
    p.line("文号：执限字〔2024〕0415号", "right", size=28)
    p.para("被限制人：袁某某。经调查，你长期拖欠网络借款不还，现对你实施限制高消费措施：禁止乘坐飞机、高铁，"
           "禁止入住星级宾馆，禁止子女就读高收费学校。")
    p.space(30)
    p.sign_block(["杭州某某网络科技有限公司", "2024年6月"], right_pad=20)
    p.finish(1.3)
    p.stamp(oval_seal("杭州某某网络科技有限公司", rng), "sign", rng)
    doc = simulate_scan(p.rendered(), rng, noise=1.0)
    r = render_image_viewer(doc, rng, "IMG_20240611_2217.jpg", time_s="22:18")
    r = scale_to_width(r, 720)
    return shot(r), Label(
        "restriction_order",
        "gallery screenshot (1080x2340 scaled to 720) of a fake restriction order with a company's oval finance seal and a made-up 执限字 number",
        ["限制高消费令", "袁某某"],
        expect=["seal.issuer_mismatch", "doc.case_number_invalid", "blacklist.dishonest"],
        maybe=["family.children"])


# ============================================================================================
# Hard negatives
# ============================================================================================

@item("other_redheader_notice_sealed")
def _(rng):
    p = doc_page("scan", rng, "serif", width=1160, size=30, margin=120, gap=1.8)
    p.space(20)
    p.line("某某市人力资源和社会保障局文件", "center", size=62, fnt="serif_bold", color=RED, stretch=0.98, gap=1.6)
    p.line("某人社发〔2024〕21号", "center", size=28, gap=1.2)
    p.rule(color=RED, thickness=5)
    p.line("关于做好2024年度职业技能培训补贴申领工作的通知", "center", size=36, fnt="wqy_zen", gap=1.8)
    p.line("各区人社局，各有关单位：", gap=1.6)
    p.para("为进一步落实职业技能提升行动，现就2024年度培训补贴申领有关事项通知如下：参训人员取得职业资格证书后，"
           "可于每月1日至20日通过政务服务网提交申请，经审核后按规定标准发放补贴。")
    p.para("各单位要加强政策宣传，确保符合条件的人员应享尽享。")
    p.space(30)
    p.sign_block(["某某市人力资源和社会保障局", "2024年4月15日"], right_pad=20)
    p.finish(1.3)
    p.stamp(star_seal("某某市人力资源和社会保障局", rng), "sign", rng, jitter=10)
    r = simulate_scan(p.rendered(), rng, noise=1.2)
    return Out(r, "scan", quality=80), Label(
        "other", "red-header government notice with the bureau's own star seal: lawful hard negative (red title and rule are not seals)",
        ["职业技能培训补贴", "应享尽享"], lawful=True)


@item("other_flyer_banner_photo")
def _(rng):
    p = doc_page("photo", rng, "wqy_zen", gap=1.6)
    p.finish(1.3)
    p.y = 100
    W = p.w
    layer, d = red_layer((W, p.img.height))
    d.rectangle([0, 60, W, 250], fill=(214, 30, 36, 255))
    d.ellipse([60, 80, 210, 230], outline=(255, 255, 255, 255), width=8)
    d.text((92, 108), "惠", font=font("sans_bold", 88), fill=(255, 255, 255, 255))
    d.text((250, 100), "邻里生鲜超市 国庆大促", font=font("sans_bold", 70), fill=(255, 255, 255, 255))
    d.rectangle([90, 1150, W - 90, 1290], fill=(200, 20, 28, 255))
    d.text((140, 1180), "满99减20 · 会员日双倍积分", font=font("wqy_zen", 64), fill=(255, 250, 230, 255))
    p.overlay_rgba(layer, (0, 0), multiply=False)
    img = Image.fromarray(p.arr.clip(0, 255).astype(np.uint8))
    dd = ImageDraw.Draw(img)
    f = font("wqy_zen", 44)
    y = 330
    for s in ["10月1日至10月7日 全场生鲜八五折", "鸡蛋 每盒 9.9元（限购两盒）", "进口香蕉 每斤 3.98元",
              "营业时间：7:30—22:00", "地址：某某路88号（地铁站B口）", "送货热线：0731-8845 6620"]:
        dd.text((110, y), s, font=f, fill=(30, 30, 30))
        p.text.append(s)
        y += 120
    p.text.insert(0, "邻里生鲜超市 国庆大促")
    p.text.append("满99减20 · 会员日双倍积分")
    r = Rendered(np.asarray(img).copy(), [], p.text)
    r = simulate_photo(r, rng, out_w=1000, out_h=1333)
    return Out(r, "photo", quality=80), Label(
        "other", "supermarket flyer with a red banner and a round red logo: lawful hard negative (no seal)",
        ["全场生鲜八五折", "送货热线"], lawful=True)


@item("other_red_annotations_scan")
def _(rng):
    p = doc_page("scan", rng, "sans", width=1120, size=30, margin=110, gap=1.9)
    p.line("物业服务费缴费明细（2024年第三季度）", "center", size=38, fnt="sans_bold", gap=1.8)
    rows = ["房号：5栋1单元1203", "建筑面积：96.4平方米", "物业费单价：2.10元/平方米·月",
            "本季度物业费：607.32元", "公共水电分摊：38.50元", "合计应缴：645.82元",
            "缴费方式：物业前台或小区公众号", "备注：如有疑问请联系管家 0571-8866 2014"]
    marks = []
    for s in rows:
        marks.append(p.y)
        p.line(s)
    p.finish(1.3)
    layer, d = red_layer((p.w, p.arr.shape[0]))
    pen = (205, 35, 40, 235)
    y = marks[5]
    d.ellipse([p.margin - 20, y - 14, p.margin + 360, y + 52], outline=pen, width=5)
    y = marks[3]
    d.line([p.margin + 330, y + 44, p.margin + 520, y + 40], fill=pen, width=5)
    d.text((p.w - 360, marks[1] - 6), "已核对 √", font=font("kai", 48), fill=pen)
    d.text((p.w - 420, marks[6] + 60), "下周前交 — 妈", font=font("kai", 46), fill=pen)
    d.line([p.w - 430, marks[6] + 130, p.w - 140, marks[6] + 120], fill=pen, width=4)
    p.overlay_rgba(layer, (0, 0))
    p.text += ["已核对 √", "下周前交 — 妈"]
    r = simulate_scan(p.rendered(), rng, noise=1.2)
    return Out(r, "scan", quality=80), Label(
        "other", "property-fee statement with red pen circles, underline and handwritten notes: lawful hard negative ('下周前交' is a family note, not collector pressure)",
        ["物业费单价", "合计应缴"], lawful=True)


@item("other_paid_receipt_scan")
def _(rng):
    p = doc_page("scan", rng, "wqy_zen", width=1000, size=30, margin=90, gap=1.7)
    p.finish(1.0)
    layer, d = red_layer((p.w, p.arr.shape[0]))
    d.rounded_rectangle([90, 60, 190, 160], radius=18, fill=(210, 30, 38, 255))
    d.text((108, 68), "修", font=font("sans_bold", 70), fill=(255, 255, 255, 255))
    d.text((210, 78), "安心家电维修服务部", font=font("sans_bold", 50), fill=(200, 24, 32, 255))
    p.overlay_rgba(layer, (0, 0), multiply=False)
    img = Image.fromarray(p.arr.clip(0, 255).astype(np.uint8))
    dd = ImageDraw.Draw(img)
    f = font("wqy_zen", 32)
    lines = ["收 款 收 据", "客户：顾某某    日期：2024-08-16", "项目：空调清洗及加氟（1.5匹）",
             "人工费：120.00元", "材料费：80.00元", "合计：贰佰元整（200.00元）", "收款人：陆师傅    保修期：90天"]
    y = 220
    for k, s in enumerate(lines):
        dd.text((p.w / 2 - f.getlength(s) / 2 if k == 0 else 110, y), s, font=f if k else font("serif_bold", 44),
                fill=(30, 30, 30))
        y += 80 if k else 100
    arr = np.asarray(img).astype(np.float32)
    # rectangular 已付款 PAID box stamp, rotated, multiply-blended
    st = Image.new("L", (420, 170), 0)
    sd = ImageDraw.Draw(st)
    sd.rectangle([4, 4, 415, 165], outline=255, width=9)
    sd.rectangle([18, 18, 401, 151], outline=255, width=3)
    sd.text((40, 28), "已付款", font=font("sans_bold", 62), fill=255)
    sd.text((255, 40), "PAID", font=font("sans_bold", 56), fill=255)
    sd.text((120, 108), "2024.08.16", font=font("sans", 34), fill=255)
    st = st.rotate(rng.uniform(8, 16), expand=True, resample=Image.BICUBIC)
    a = np.asarray(st).astype(np.float32) / 255.0 * 0.85
    x0, y0 = p.w - st.width - 70, 560
    col = np.array([214, 36, 44], np.float32) / 255.0
    reg = arr[y0:y0 + st.height, x0:x0 + st.width]
    reg[:] = reg * (1 - a[..., None] * (1 - col))
    text = ["安心家电维修服务部"] + lines + ["已付款 PAID"]
    r = simulate_scan(Rendered(arr.clip(0, 255).astype(np.uint8), [], text), rng, noise=1.2)
    return Out(r, "scan", quality=80), Label(
        "other", "repair receipt with a red logo block and a rectangular 已付款 PAID box stamp (not a seal): lawful hard negative",
        ["空调清洗", "贰佰元整"], lawful=True)


# ============================================================================================
# writing
# ============================================================================================

def exif_bytes(o: Out) -> bytes | None:
    if o.orientation == 1 and not o.software and not o.camera:
        return None
    ex = Image.Exif()
    if o.orientation != 1:
        ex[0x0112] = o.orientation
    if o.software:
        ex[0x0131] = o.software
    if o.camera:
        ex[0x010F], ex[0x0110], ex[0x0132] = o.camera
        ex.get_ifd(0x8769)[0x9003] = o.camera[2]
    return ex.tobytes()


def stored(o: Out) -> Image.Image:
    im = Image.fromarray(o.r.img)
    if o.orientation == 6:
        return im.transpose(Image.Transpose.ROTATE_90)
    if o.orientation == 8:
        return im.transpose(Image.Transpose.ROTATE_270)
    return im


def write_one(name: str) -> tuple[Path, dict]:
    o, lab = REG[name](random.Random(SEED ^ zlib.crc32(name.encode())))
    assert lab.doc_type in OFFICIAL | {"sms_message", "other"}, name
    for m in lab.expect + lab.maybe:
        assert m in ALL_MARKERS, (name, m)
    assert not set(lab.expect) & set(lab.maybe), name
    expect = list(lab.expect)
    if o.software and "image.edited" not in expect:
        expect.append("image.edited")
    if not o.software:
        assert "image.edited" not in expect, name
    if lab.lawful:
        assert not expect, name
    boxes = o.r.boxes()
    if lab.doc_type in OFFICIAL and o.kind != "screenshot" and not boxes:
        assert "seal.missing" in expect, name
    if boxes:
        assert "seal.missing" not in expect, name
    forbid = [m for m in ALL_MARKERS if m not in expect and m not in lab.maybe]
    src = "".join(o.r.text)
    for ph in lab.text_contains:
        assert ph in src, (name, ph)
    ext = "jpg" if o.fmt == "jpeg" else "png"
    path = OUT / f"{name}.{ext}"
    im = stored(o)
    ex = exif_bytes(o)
    kw = {"exif": ex} if ex else {}
    buf = io.BytesIO()
    if o.fmt == "jpeg":
        im.save(buf, "JPEG", quality=o.quality, optimize=True, **kw)
    else:
        im.save(buf, "PNG", optimize=True, **kw)
    data = buf.getvalue()
    chk = ImageOps.exif_transpose(Image.open(io.BytesIO(data)))
    assert chk.size == (o.r.w, o.r.h), (name, chk.size)
    path.write_bytes(data)
    side = {
        "doc_type": lab.doc_type, "kind": o.kind, "expect": expect, "forbid": forbid, "seals": boxes,
        "seal_texts": [s.text for s in o.r.seals], "seal_centers": [s.center for s in o.r.seals],
        "sender": lab.sender, "text_contains": lab.text_contains, "lawful": lab.lawful, "notes": lab.notes,
        "image": path.name, "size": [o.r.w, o.r.h],
        "exif": {"orientation": o.orientation, "software": o.software,
                 "make": o.camera[0] if o.camera else None, "model": o.camera[1] if o.camera else None,
                 "datetime_original": o.camera[2] if o.camera else None},
        "source_text": list(o.r.text),
    }
    (OUT / f"{name}.json").write_text(json.dumps(side, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path, side


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", help="render only items whose name starts with this prefix")
    args = ap.parse_args()
    check_fonts()
    names = [n for n in REG if not args.only or n.startswith(args.only)]
    written: set[str] = set()
    total = 0
    for n in names:
        path, side = write_one(n)
        written |= {path.name, f"{n}.json"}
        total += path.stat().st_size
        print(f"{path.name:42s} {path.stat().st_size / 1024:7.1f} KB  seals={len(side['seals'])}  expect={side['expect']}")
    if not args.only:
        for f in OUT.iterdir():
            if f.suffix in (".jpg", ".png", ".json") and f.name not in written:
                f.unlink()
    print(f"{len(names)} items, {total / 1024 / 1024:.2f} MB of images")


if __name__ == "__main__":
    main()
