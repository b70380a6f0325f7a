#!/usr/bin/env python3
"""Generate bench/dev_screens: 24 labelled phone screenshots of collection messages.

Deterministic (fixed seeds); rerun to regenerate the PNGs and JSON sidecars:

    python bench/dev_screens/make_dev_screens.py

Written from scratch from docs/spec (markers.md) and the seed account only; it
shares no code or wording with the inspector's rules or the other generators.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent

ALL_MARKERS = [
    "seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid", "image.edited",
    "penalty.inflated", "contract.termination", "blacklist.dishonest", "family.children",
    "lawsuit.threat", "visit.home", "persona.authority", "promise.fee_waiver",
    "contact.third_party", "contact.virtual_number", "blacklist.online_loan",
    "borrow.new_loan", "asset.freeze", "pressure.deadline", "sms.impersonation", "text.spaced",
]

FONTS = {
    "noto": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),   # Noto Sans CJK SC
    "wqy_micro": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "wqy_zen": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
}

THEMES = {
    "ios_light": dict(bg="#FFFFFF", bar="#F6F6F6", fg="#000000", sub="#8E8E93",
                      inc="#E9E9EB", inc_fg="#000000", out="#34C759", out_fg="#FFFFFF", line="#D1D1D6"),
    "ios_dark": dict(bg="#000000", bar="#161618", fg="#FFFFFF", sub="#8E8E93",
                     inc="#262629", inc_fg="#FFFFFF", out="#30D158", out_fg="#FFFFFF", line="#38383A"),
    "and_light": dict(bg="#FFFFFF", bar="#FFFFFF", fg="#1F1F1F", sub="#5F6368",
                      inc="#ECEFF4", inc_fg="#1F1F1F", out="#D3E3FD", out_fg="#041E49", line="#E0E0E0"),
    "and_dark": dict(bg="#111318", bar="#111318", fg="#E3E3E3", sub="#9AA0A6",
                     inc="#2A2D33", inc_fg="#E3E3E3", out="#A8C7FA", out_fg="#062E6F", line="#2F3137"),
    "wx_light": dict(bg="#EDEDED", bar="#EDEDED", fg="#191919", sub="#8A8A8A",
                     inc="#FFFFFF", inc_fg="#191919", out="#95EC69", out_fg="#191919", line="#D6D6D6"),
    "wx_dark": dict(bg="#111111", bar="#1E1E1E", fg="#D5D5D5", sub="#7D7D7D",
                    inc="#2C2C2C", inc_fg="#D5D5D5", out="#3EB575", out_fg="#111111", line="#2A2A2A"),
}

# ---------------------------------------------------------------------------------------------
# The items. Each message: ("in"|"out", text, split_phrase_or_None, nickname_or_None)
# "sep" entries are date/time separators. expect = markers the picture truly shows;
# maybe = markers left out of forbid because a reasonable reading could go either way.
# ---------------------------------------------------------------------------------------------

ITEMS = [
    # ---- forged SMS -------------------------------------------------------------------------
    dict(id="f01", app="ios", mode="light", w=1080, sender="10690571234", clock="21:07",
         msgs=[("sep", "短信 今天 下午8:52"),
               ("in", "【杭州市西湖区人民法院】王建国，你在速贷宝平台的借款已严重逾期，经债权人申请，本院已受理立案。"
                      "限你24小时内处理，否则将依法冻结你名下所有银行卡及支付宝账户，并列入失信被执行人名单。",
                "失信被执行人")],
         expect=["sms.impersonation", "lawsuit.threat", "pressure.deadline", "asset.freeze", "blacklist.dishonest"],
         maybe=["doc.case_number_invalid", "seal.missing"],
         contains=["人民法院", "24小时内", "冻结"],
         notes="Court impersonation from a 1069 gateway: 'already filed', 24-hour deadline, freeze of all cards, "
               "dishonest-debtor list. Long bubble; 失信被执行人 split across a line break."),
    dict(id="f02", app="android", mode="dark", w=720, sender="1065502181234", clock="19:46",
         msgs=[("sep", "2024年5月14日 周二"),
               ("in", "【逾期案件处理中心】张丽女士，您的账单已逾期47天，案件已移交我中心处理。", None),
               ("in", "今晚8点前仍未处理的，我中心将安排专员上·门走访您户籍地，同时电话通知您的紧急联系人，后果自负！",
                "紧急联系人"),
               ("time", "19:31")],
         expect=["persona.authority", "pressure.deadline", "visit.home", "contact.third_party", "text.spaced"],
         maybe=[],
         contains=["逾期案件处理中心", "今晚8点前", "紧急联系人"],
         notes="Collector posing as 逾期案件处理中心; 今晚8点前 deadline; 上·门 split by a middle dot; "
               "emergency contacts threatened."),
    dict(id="f03", app="ios", mode="dark", w=720, sender="13827465519", clock="10:22",
         msgs=[("sep", "短信 今天 上午10:05"),
               ("in", "您好，这里是安信消费金融法务部。", None),
               ("in", "您的欠款已逾期62天，律-师-函今天已发出。明天中午12点之前未处理，我司将直接向法院提起诉讼，"
                      "诉讼费、律师费全部由您承担。", "提起诉讼"),
               ("in", "协商请回电 17058613320", None),
               ("out", "我现在真的没钱，能不能宽限几天", None)],
         expect=["persona.authority", "text.spaced", "pressure.deadline", "lawsuit.threat", "contact.virtual_number"],
         maybe=["seal.missing", "doc.case_number_invalid"],
         contains=["法务部", "明天中午12点之前", "17058613320"],
         notes="法务部 persona from a mobile number; 律-师-函 split by hyphens; noon deadline; lawsuit threat; "
               "170 virtual call-back number. The user's green reply bubble is lawful."),
    dict(id="f04", app="android", mode="light", w=1080, sender="106980095123", clock="08:15",
         msgs=[("sep", "2024年6月3日 周一"),
               ("in", "【深圳市公安局经侦支队】赵伟，你涉嫌恶意骗贷，已被借款平台报案。限你24小时内到案说明或结清欠款，"
                      "逾期将依法对你采取拘留措施。", "恶意骗贷"),
               ("time", "08:02")],
         expect=["sms.impersonation", "lawsuit.threat", "pressure.deadline"],
         maybe=["seal.missing"],
         contains=["公安局", "骗贷", "24小时内"],
         notes="Police impersonation from a 106 gateway: loan fraud, detention, 24-hour deadline."),
    dict(id="f05", app="ios", mode="light", w=720, sender="18620934471", clock="13:38",
         msgs=[("sep", "短信 昨天 下午4:11"),
               ("in", "【速易贷】李娜，你已逾期3天，根据合同我司将立即解除合同，要求你一次性结清全部欠款28,600元，"
                      "并按剩余本金的20%收取违约金。", "一次性结清"),
               ("sep", "短信 今天 下午1:20"),
               ("in", "限你今日内处理，这是最后一次机会。", None)],
         expect=["contract.termination", "penalty.inflated", "pressure.deadline"],
         maybe=[],
         contains=["立即解除合同", "剩余本金的20%", "限你今日内"],
         notes="Termination after 3 days, whole balance due, 20% penalty on the remaining principal, 今日内 deadline."),
    dict(id="f06", app="android", mode="dark", w=1080, sender="10659873021", clock="22:40",
         msgs=[("sep", "2024年4月28日 周日"),
               ("in", "【风控中心】风控中心专员提醒：你的逾期记录已提交至网贷黑名单，全国所有网贷平台将拒绝你的借款申请。",
                "网贷黑名单"),
               ("time", "22:18"),
               ("in", "24小时内还清可撤销上报，详询 16230017788", None),
               ("time", "22:19")],
         expect=["persona.authority", "blacklist.online_loan", "pressure.deadline", "contact.virtual_number"],
         maybe=[],
         contains=["网贷黑名单", "24小时内", "16230017788"],
         notes="风控中心专员 persona; online-loan blacklist; 24-hour deadline; 162 virtual call-back number."),
    dict(id="f07", app="ios", mode="dark", w=1080, sender="13590276614", clock="23:02",
         msgs=[("sep", "短信 今天 晚上10:47"),
               ("in", "你再不还，我们就申请把你列入失信名单，成了老赖以后坐不了高铁飞机，你孩子上学、考公政审全都要受影响。",
                "坐不了高铁"),
               ("out", "我下个月发工资就还", None),
               ("in", "今晚12点之前给答复，不要拖。", None)],
         expect=["blacklist.dishonest", "family.children", "pressure.deadline"],
         maybe=["lawsuit.threat"],
         contains=["老赖", "政审", "今晚12点之前"],
         notes="Dishonest-debtor list and travel ban, children's schooling and vetting, midnight deadline."),
    dict(id="f08", app="android", mode="light", w=720, sender="10690088512", clock="11:24",
         msgs=[("sep", "2024年5月30日 周四"),
               ("in", "【诉前调解员】您的案件已进入诉前调解阶段，今天为您开通特殊关怀通道，还清本金即可减免全部罚息。",
                "特殊关怀通道"),
               ("time", "11:02"),
               ("in", "请转账至调解专员个人账户：6222 0218 0304 5678 户名：周强，转账后截图回复。", "个人账户"),
               ("in", "名额有限，仅限今日，过时不候。", None),
               ("time", "11:03")],
         expect=["persona.authority", "promise.fee_waiver", "pressure.deadline"],
         maybe=["lawsuit.threat"],
         contains=["诉前调解员", "减免全部罚息", "个人账户"],
         notes="诉前调解员 persona; special-care channel and penalty waiver paid to a personal account; today-only."),
    dict(id="f09", app="ios", mode="light", w=1080, sender="15017762390", clock="17:55",
         msgs=[("sep", "短信 今天 下午5:40"),
               ("in", "你的手机通讯录我们已经导出来了，今晚8点前不还款，就给你通讯录里所有人和你公司领导发你欠钱不还的信息，"
                      "让大家都知道你是什么人。", "公司领导"),
               ("in", "有事打这个 16512087734", None)],
         expect=["contact.third_party", "pressure.deadline", "contact.virtual_number"],
         maybe=[],
         contains=["通讯录", "今晚8点前", "16512087734"],
         notes="Address-book and employer threat with an 8 pm deadline; 165 virtual call-back number."),
    dict(id="f10", app="android", mode="dark", w=720, sender="1069012345678", clock="09:12",
         msgs=[("sep", "2024年6月11日 周二"),
               ("in", "【易分期】法 务 部通知：你已被起 诉立案，传 票即将送达你户籍所在地。", None),
               ("in", "48小时内不处理，将派人上·门取证并冻结你名下银行卡。", None),
               ("time", "09:05")],
         expect=["text.spaced", "persona.authority", "lawsuit.threat", "pressure.deadline", "visit.home",
                 "asset.freeze"],
         maybe=["seal.missing", "doc.case_number_invalid"],
         contains=["48小时内", "冻结"],
         notes="Heavily spaced words (法 务 部, 起 诉, 传 票, 上·门); filed suit, 48-hour deadline, home visit, freeze."),
    dict(id="f11", app="ios", mode="dark", w=720, sender="10691234500", clock="14:31",
         msgs=[("sep", "短信 今天 下午2:16"),
               ("in", "【广州市天河区人民法院】通知：你已被列入征信黑名单及限制高消费人员名单，名下房产车辆将被依法查封。"
                      "如有异议请于今日17:00前联系承办人 17109923345。", "限制高消费")],
         expect=["sms.impersonation", "blacklist.online_loan", "blacklist.dishonest", "asset.freeze",
                 "pressure.deadline", "contact.virtual_number"],
         maybe=["seal.missing", "doc.case_number_invalid"],
         contains=["人民法院", "征信黑名单", "17109923345"],
         notes="Court impersonation from 1069: 征信黑名单, consumption restriction, seizure, 17:00 deadline, "
               "171 virtual call-back number."),
    dict(id="f12", app="android", mode="light", w=1080, sender="18922051076", clock="20:19",
         msgs=[("sep", "2024年5月9日 周四"),
               ("in", "你现在去别的平台借点钱先把我们这笔还了，以贷养贷大家都这么做，没什么大不了的。", None),
               ("time", "20:01"),
               ("in", "不还的话明天我们的外访人员就到你家楼下，你小区门口的照片都拍好了。", "你家楼下"),
               ("in", "最后通牒，后果自负。", None),
               ("time", "20:02")],
         expect=["borrow.new_loan", "visit.home", "pressure.deadline"],
         maybe=[],
         contains=["以贷养贷", "你家楼下", "最后通牒"],
         notes="Push to borrow from other platforms; 'we are downstairs' with photos; final ultimatum."),
    dict(id="f13", app="ios", mode="light", w=720, sender="1065809912345", clock="16:48",
         msgs=[("sep", "短信 今天 下午4:30"),
               ("in", "【金融纠纷调解中心】陈先生，您的逾期信息已报送行业共享黑名单。律*师*函已生成，明日上午10点前未联系，"
                      "将移交法院强制执行。", "行业共享黑名单")],
         expect=["persona.authority", "blacklist.online_loan", "text.spaced", "pressure.deadline", "lawsuit.threat"],
         maybe=["seal.missing", "doc.case_number_invalid", "sms.impersonation"],
         contains=["调解中心", "行业共享黑名单", "明日上午10点前"],
         notes="调解中心 persona; industry-shared blacklist; 律*师*函 split by asterisks; 10 am deadline; "
               "transfer to court enforcement."),
    dict(id="f14", app="android", mode="dark", w=1080, sender="15213380946", clock="12:06",
         msgs=[("sep", "2024年6月14日 周五"),
               ("in", "最后一次机会！你的欠款已逾期90天，我司已正式委托律师起诉，立案后72小时内你就会收到传票，"
                      "届时将冻 结你名下所有银行卡、微信和支付宝，并通知你的父母和单位。", "所有银行卡"),
               ("time", "11:58")],
         expect=["pressure.deadline", "lawsuit.threat", "text.spaced", "asset.freeze", "contact.third_party"],
         maybe=["seal.missing", "doc.case_number_invalid"],
         contains=["最后一次机会", "72小时内", "父母和单位"],
         notes="Long 5-line bubble: last chance, lawsuit and summons in 72 h, 冻 结 split by a space, "
               "名下所有银行卡 split by a line break, parents and employer to be told."),
    # ---- forged chat (WeChat-like) ----------------------------------------------------------
    dict(id="f15", app="wechat", mode="light", w=1080, sender=None, title="风控专员-陈经理", clock="15:12",
         msgs=[("sep", "下午2:58"),
               ("in", "你好，我是钱满满平台风控专员陈经理，你的账户已逾期15天。", None, "风控专员-陈经理"),
               ("in", "限你今日内结清，否则我们会爆你通讯录，给你通讯录里每个人都发催收信息。", "爆你通讯录",
                "风控专员-陈经理"),
               ("out", "能不能少一点", None, None),
               ("in", "今天还可以帮你申请减免罚息，钱直接转我个人账户：6217 0032 1088 4567 陈刚", "个人账户",
                "风控专员-陈经理")],
         expect=["persona.authority", "pressure.deadline", "contact.third_party", "promise.fee_waiver"],
         maybe=[],
         contains=["风控专员", "爆你通讯录", "减免罚息"],
         notes="WeChat-like chat: 风控专员 persona, today deadline, address-book threat, waiver paid to a personal account."),
    dict(id="f16", app="wechat", mode="dark", w=720, sender=None, title="诉前调解员 刘", clock="18:27",
         msgs=[("sep", "昨天 晚上9:14"),
               ("in", "我是你案件的诉前调解员，你现在去其他平台借一笔先还上，借新还旧很正常的。", "借新还旧",
                "诉前调解员 刘"),
               ("sep", "下午6:03"),
               ("in", "最后一次机会，下午五点之前不处理，我们的人就去走访你户籍地，到你家楼下等你。", "走访你户籍地",
                "诉前调解员 刘")],
         expect=["persona.authority", "borrow.new_loan", "pressure.deadline", "visit.home"],
         maybe=[],
         contains=["诉前调解员", "借新还旧", "最后一次机会"],
         notes="WeChat-like chat (dark): 诉前调解员 persona pushes new borrowing, last chance, home-town visit."),
    dict(id="f17", app="wechat", mode="light", w=720, sender=None, title="贷后管理部(3)", clock="10:44",
         msgs=[("sep", "上午10:21"),
               ("in", "这是你们公司前台的电话吧？今天中午之前不还，我就直接打给你们人事和老板。", "你们人事",
                "催收组-阿杰"),
               ("in", "逾期不处理会上报全网黑名单，以后所有平台都借不到钱。", "全网黑名单", "贷后管理部-小王"),
               ("in", "加我备用号 16720458831", None, "催收组-阿杰")],
         expect=["contact.third_party", "pressure.deadline", "blacklist.online_loan", "contact.virtual_number"],
         maybe=["persona.authority"],
         contains=["全网黑名单", "16720458831"],
         notes="WeChat-like group: employer threat with a noon deadline, 全网黑名单, 167 virtual number."),
    dict(id="f18", app="wechat", mode="dark", w=1080, sender=None, title="调解中心 王主任", clock="21:33",
         msgs=[("sep", "晚上9:20"),
               ("in", "我是调解中心王主任。你名下的微信、支付宝和银行卡明天中午12点之前就会被冻 结。", "支付宝和银行卡",
                "调解中心 王主任"),
               ("in", "你的信息已经进了行业共享黑名单，还会影响你孩子以后考公政审，自己想清楚。", "考公政审",
                "调解中心 王主任")],
         expect=["persona.authority", "asset.freeze", "pressure.deadline", "text.spaced", "blacklist.online_loan",
                 "family.children"],
         maybe=[],
         contains=["调解中心", "行业共享黑名单", "政审"],
         notes="WeChat-like chat (dark): 调解中心 persona, 冻 结 split by a space, noon deadline, shared blacklist, "
               "children's vetting."),
    # ---- lawful -----------------------------------------------------------------------------
    dict(id="l01", app="ios", mode="light", w=1080, sender="12368", clock="09:30", lawful=True,
         msgs=[("sep", "短信 5月21日 上午9:02"),
               ("in", "【上海市浦东新区人民法院】刘洋，您好！您与华信小额贷款有限公司借款合同纠纷一案"
                      "〔（2024）沪0115民初45821号〕，定于2024年6月25日14时00分在本院第三法庭开庭，请准时到庭。"
                      "如有疑问请拨打12368。", None)],
         contains=["12368", "（2024）沪0115民初45821号"],
         notes="Genuine-format court SMS from 12368 with a well-formed case number: hearing notice."),
    dict(id="l02", app="android", mode="light", w=720, sender="95533", clock="08:47", lawful=True,
         msgs=[("sep", "2024年6月2日 周日"),
               ("in", "【建设银行】尊敬的客户，您尾号6632的信用卡本期账单应还款3,256.40元，到期还款日为06月08日，"
                      "请按时还款。如已还款请忽略。", None),
               ("time", "08:30")],
         contains=["95533", "尾号6632", "06月08日"],
         notes="Bank credit-card repayment reminder from a 955xx service number."),
    dict(id="l03", app="ios", mode="dark", w=720, sender="1069055501234", clock="10:03", lawful=True,
         msgs=[("sep", "短信 今天 上午9:00"),
               ("in", "【安心借】您好，您的借款本期应还1,020.00元，还款日为6月15日，请确保绑定银行卡余额充足。"
                      "如遇困难可在App内联系官方客服协商。退订回T", None)],
         contains=["安心借", "1,020.00元", "退订回T"],
         notes="Polite lender reminder from a 106 gateway: amount and due date, official channel, no threats."),
    dict(id="l04", app="android", mode="dark", w=1080, sender="96110", clock="19:20", lawful=True,
         msgs=[("sep", "2024年5月26日 周日"),
               ("in", "【国家反诈中心】提醒：近期有不法分子冒充法院、“调解中心”发送“已立案”“上门催收”“网贷黑名单”等短信，"
                      "诱导转账到个人账户。法院短信仅通过12368发送，请勿轻信，切勿转账。", None),
               ("time", "19:12")],
         contains=["96110", "国家反诈中心", "12368"],
         notes="Anti-fraud warning from 96110 that quotes collectors' threats in order to warn against them."),
    dict(id="l05", app="wechat", mode="light", w=1080, sender=None, title="安心借官方客服", clock="14:05", lawful=True,
         msgs=[("sep", "下午1:52"),
               ("in", "您好，我是安心借官方客服小安，请问有什么可以帮您？", None, "安心借官方客服"),
               ("out", "我这个月资金周转不开，还款可以延期吗", None, None),
               ("in", "理解您的情况。您可以在App“我的-还款计划”中提交延期申请，审核结果以App通知为准。"
                      "请只通过App内官方渠道还款。", None, "安心借官方客服"),
               ("out", "好的，谢谢", None, None)],
         contains=["官方客服", "还款计划"],
         notes="Customer-service chat: extension request handled politely through the official app."),
    dict(id="l06", app="wechat", mode="dark", w=720, sender=None, title="相亲相爱一家人(4)", clock="20:36", lawful=True,
         msgs=[("sep", "晚上8:15"),
               ("in", "快递说明天上午上门送货，家里有人吗？", None, "妈妈"),
               ("in", "我明天在家，放心", None, "爸爸"),
               ("out", "是给外婆买的血压计，到了记得拆开看看", None, None),
               ("in", "好的好的", None, "妈妈")],
         contains=["上门送货", "血压计"],
         notes="Family group chat; 上门 refers to a parcel delivery."),
]


# ---------------------------------------------------------------------------------------------

def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    path, idx = FONTS[name]
    return ImageFont.truetype(path, size, index=idx)


def text_w(f, s: str) -> float:
    return f.getlength(s)


NO_START = set("，。、；：！？）》」』”’,.;:!?)%")


def tokens(text: str) -> list[str]:
    """Runs of Latin letters / digits (phone and card numbers, amounts) wrap as one unit."""
    out: list[str] = []
    for ch in text:
        if out and ch.isascii() and ch.isalnum() and out[-1][-1].isascii() and (
                out[-1][-1].isalnum() or out[-1][-1] in ",.:%"):
            out[-1] += ch
        elif out and ch in ",.:%" and out[-1][-1].isascii() and out[-1][-1].isdigit():
            out[-1] += ch
        else:
            out.append(ch)
    return out


def wrap(f, text: str, maxw: float) -> list[str]:
    lines, cur = [], ""
    for tok in tokens(text):
        if cur and text_w(f, cur + tok) > maxw and tok[0] not in NO_START:
            lines.append(cur.rstrip(" "))
            cur = tok
        else:
            cur += tok
    if cur:
        lines.append(cur)
    return lines


def wrap_split(f, text: str, maxw: float, phrase: str | None) -> list[str]:
    """Wrap; when phrase is given, shrink the width until the phrase straddles a line break."""
    if not phrase:
        return wrap(f, text, maxw)
    w = maxw
    while w > maxw * 0.45:
        lines = wrap(f, text, w)
        if phrase not in "".join(lines):
            raise ValueError(phrase)
        if all(phrase not in ln for ln in lines) and phrase in "".join(lines):
            return lines
        w -= 3
    raise RuntimeError(f"could not split {phrase!r}")


def rounded(d, box, r, fill):
    d.rounded_rectangle(box, radius=r, fill=fill)


def status_bar(d, W, s, th, clock, fnt, app):
    y = int(22 * s)
    d.text((int(40 * s), y), clock, font=fnt, fill=th["fg"])
    # signal bars, wifi dot, battery
    x = W - int(200 * s)
    for i in range(4):
        h = int((10 + 7 * i) * s)
        d.rectangle([x + i * int(12 * s), y + int(34 * s) - h, x + i * int(12 * s) + int(7 * s), y + int(34 * s)],
                    fill=th["fg"])
    x += int(62 * s)
    d.pieslice([x, y + int(2 * s), x + int(38 * s), y + int(40 * s)], 225, 315, fill=th["fg"])
    x += int(50 * s)
    d.rounded_rectangle([x, y + int(8 * s), x + int(56 * s), y + int(34 * s)], radius=int(6 * s),
                        outline=th["fg"], width=max(1, int(2 * s)))
    d.rectangle([x + int(5 * s), y + int(12 * s), x + int(40 * s), y + int(30 * s)], fill=th["fg"])
    return int(92 * s)


def person_icon(d, cx, cy, r, bg, fg):
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=bg)
    d.ellipse([cx - r * 0.38, cy - r * 0.62, cx + r * 0.38, cy + r * 0.12], fill=fg)
    d.pieslice([cx - r * 0.72, cy + r * 0.2, cx + r * 0.72, cy + r * 1.4], 180, 360, fill=fg)


def square_avatar(d, x, y, size, color, rnd):
    d.rounded_rectangle([x, y, x + size, y + size], radius=int(size * 0.12), fill=color)
    c = "#FFFFFF"
    cx, cy, r = x + size / 2, y + size / 2, size * 0.36
    d.ellipse([cx - r * 0.45, cy - r * 0.8, cx + r * 0.45, cy + r * 0.1], fill=c)
    d.pieslice([cx - r * 0.85, cy + r * 0.25, cx + r * 0.85, cy + r * 1.6], 180, 360, fill=c)


def render(item: dict):
    rnd = random.Random("dev_screens-" + item["id"])
    W = item["w"]
    H = 1560 if W == 720 else 2340
    s = W / 1080
    app = item["app"]
    key = {"ios": "ios", "android": "and", "wechat": "wx"}[app] + "_" + item["mode"]
    th = THEMES[key]
    fname = rnd.choice(["noto", "noto", "wqy_micro", "wqy_zen"])
    if W == 1080:
        bsize = rnd.choice([30, 32, 34, 36, 38])
    else:
        bsize = rnd.choice([20, 22, 24, 26])
    fb = font(fname, bsize)
    fsmall = font(fname, max(14, int(bsize * 0.72)))
    ftitle = font(fname, int(bsize * 1.08))
    fclock = font("noto", int(32 * s))
    img = Image.new("RGB", (W, H), th["bg"])
    d = ImageDraw.Draw(img)
    drawn: list[str] = [item["clock"]]

    # top bars
    d.rectangle([0, 0, W, int(250 * s) if app == "ios" else int(200 * s)], fill=th["bar"])
    y = status_bar(d, W, s, th, item["clock"], fclock, app)
    title = item.get("title") or item["sender"]
    if app == "ios":
        # back chevron, centred avatar, sender below
        d.line([(int(50 * s), y + int(40 * s)), (int(32 * s), y + int(58 * s)), (int(50 * s), y + int(76 * s))],
               fill="#0A84FF", width=max(2, int(5 * s)))
        person_icon(d, W / 2, y + int(50 * s), int(44 * s), "#A2A7B3", "#E6E8ED")
        tw = text_w(fsmall, title)
        d.text(((W - tw) / 2, y + int(102 * s)), title, font=fsmall, fill=th["fg"])
        y = int(250 * s)
    elif app == "android":
        d.line([(int(70 * s), y + int(52 * s)), (int(40 * s), y + int(52 * s))], fill=th["fg"], width=max(2, int(4 * s)))
        d.line([(int(40 * s), y + int(52 * s)), (int(58 * s), y + int(34 * s))], fill=th["fg"], width=max(2, int(4 * s)))
        d.line([(int(40 * s), y + int(52 * s)), (int(58 * s), y + int(70 * s))], fill=th["fg"], width=max(2, int(4 * s)))
        person_icon(d, int(140 * s), y + int(52 * s), int(36 * s), "#7CACF8" if item["mode"] == "light" else "#4A6FA5",
                    "#FFFFFF")
        d.text((int(196 * s), y + int(52 * s) - ftitle.size * 0.62), title, font=ftitle, fill=th["fg"])
        for i in range(3):
            d.ellipse([W - int(50 * s), y + int((32 + 18 * i) * s), W - int(42 * s), y + int((40 + 18 * i) * s)],
                      fill=th["fg"])
        y = int(200 * s)
    else:
        d.line([(int(50 * s), y + int(34 * s)), (int(32 * s), y + int(52 * s)), (int(50 * s), y + int(70 * s))],
               fill=th["fg"], width=max(2, int(4 * s)))
        tw = text_w(ftitle, title)
        d.text(((W - tw) / 2, y + int(52 * s) - ftitle.size * 0.62), title, font=ftitle, fill=th["fg"])
        for i in range(3):
            d.ellipse([W - int((80 - 18 * i) * s), y + int(48 * s), W - int((72 - 18 * i) * s), y + int(56 * s)],
                      fill=th["fg"])
        y = int(200 * s)
    d.line([(0, y), (W, y)], fill=th["line"], width=1)
    drawn.append(title)
    y += int(30 * s)

    pad_x, pad_y = int(bsize * 0.62), int(bsize * 0.42)
    lh = int(bsize * 1.36)
    av = int(84 * s)
    margin = int(28 * s)
    maxw = W * (0.66 if app != "wechat" else 0.60)
    av_colors = ["#5B8DEF", "#E38B4F", "#6BBF7A", "#B07CD8", "#D9675F"]
    nick_colors: dict[str, str] = {}

    for m in item["msgs"]:
        kind = m[0]
        if kind == "sep":
            tw = text_w(fsmall, m[1])
            y += int(16 * s)
            if app == "wechat":
                pass
            d.text(((W - tw) / 2, y), m[1], font=fsmall, fill=th["sub"])
            drawn.append(m[1])
            y += int(fsmall.size * 1.4) + int(18 * s)
            continue
        if kind == "time":
            x = margin if app != "wechat" else margin + av + int(16 * s)
            d.text((x + int(8 * s), y - int(8 * s)), m[1], font=fsmall, fill=th["sub"])
            drawn.append(m[1])
            y += int(fsmall.size * 1.3) + int(10 * s)
            continue
        text, phrase = m[1], m[2]
        nick = m[3] if len(m) > 3 else None
        lines = wrap_split(fb, text, maxw - 2 * pad_x, phrase)
        bw = max(text_w(fb, ln) for ln in lines) + 2 * pad_x
        bh = lh * len(lines) + 2 * pad_y - int(bsize * 0.2)
        incoming = kind == "in"
        if app == "wechat":
            if incoming:
                if nick not in nick_colors:
                    nick_colors[nick] = av_colors[len(nick_colors) % len(av_colors)]
                square_avatar(d, margin, y, av, nick_colors[nick], rnd)
                d.text((margin + av + int(22 * s), y - int(4 * s)), nick, font=fsmall, fill=th["sub"])
                drawn.append(nick)
                by = y + int(fsmall.size * 1.35)
                bx = margin + av + int(22 * s)
                rounded(d, [bx, by, bx + bw, by + bh], int(10 * s), th["inc"])
                d.polygon([(bx, by + int(26 * s)), (bx - int(12 * s), by + int(36 * s)), (bx, by + int(46 * s))],
                          fill=th["inc"])
                fg = th["inc_fg"]
            else:
                square_avatar(d, W - margin - av, y, av, "#8AA0B5", rnd)
                by = y
                bx = W - margin - av - int(22 * s) - bw
                rounded(d, [bx, by, bx + bw, by + bh], int(10 * s), th["out"])
                d.polygon([(bx + bw, by + int(26 * s)), (bx + bw + int(12 * s), by + int(36 * s)),
                           (bx + bw, by + int(46 * s))], fill=th["out"])
                fg = th["out_fg"]
            y_next = max(by + bh, y + av) + int(34 * s)
        else:
            by = y
            r = int(bsize * 0.9) if app == "ios" else int(bsize * 0.8)
            if incoming:
                bx = margin
                rounded(d, [bx, by, bx + bw, by + bh], r, th["inc"])
                fg = th["inc_fg"]
            else:
                bx = W - margin - bw
                rounded(d, [bx, by, bx + bw, by + bh], r, th["out"])
                fg = th["out_fg"]
            y_next = by + bh + int(20 * s)
        ty = by + pad_y - int(bsize * 0.12)
        for ln in lines:
            d.text((bx + pad_x, ty), ln, font=fb, fill=fg)
            drawn.append(ln)
            ty += lh
        y = y_next

    if y > H - int(200 * s):
        raise RuntimeError(f"{item['id']}: content overflows")
    # input bar (shapes only)
    yb = H - int(150 * s)
    d.rectangle([0, yb - int(20 * s), W, H], fill=th["bar"])
    rounded(d, [int(110 * s), yb, W - int(110 * s), yb + int(76 * s)], int(38 * s),
            th["inc"] if app != "wechat" else ("#FFFFFF" if item["mode"] == "light" else "#2C2C2C"))
    d.ellipse([int(28 * s), yb + int(8 * s), int(88 * s), yb + int(68 * s)], outline=th["sub"], width=max(2, int(3 * s)))
    d.ellipse([W - int(88 * s), yb + int(8 * s), W - int(28 * s), yb + int(68 * s)], outline=th["sub"],
              width=max(2, int(3 * s)))
    rounded(d, [W / 2 - int(130 * s), H - int(22 * s), W / 2 + int(130 * s), H - int(14 * s)], int(4 * s), th["fg"])
    return img, drawn, fname, bsize


def main() -> None:
    n_forged = n_lawful = 0
    for k, item in enumerate(ITEMS, 1):
        img, drawn, fname, bsize = render(item)
        lawful = bool(item.get("lawful"))
        stem = f"ds_{k:02d}_{item['id']}"
        png = OUT / f"{stem}.png"
        img.save(png, optimize=True)
        if lawful:
            expect, forbid = [], ["all"]
            n_lawful += 1
        else:
            expect = list(item["expect"])
            skip = set(expect) | set(item.get("maybe", []))
            if item["sender"] is None:
                skip.discard("sms.impersonation")
            forbid = [m for m in ALL_MARKERS if m not in skip]
            n_forged += 1
        joined = "".join(drawn)  # like dev_lawful, a string may run across a line break
        for c in item["contains"]:
            assert c in joined, (item["id"], c)
        side = {
            "doc_type": "sms_message",
            "kind": "screenshot",
            "expect": expect,
            "forbid": forbid,
            "seals": [],
            "seal_texts": [],
            "seal_centers": [],
            "seal_kinds": [],
            "sender": item["sender"],
            "text_contains": item["contains"],
            "lawful": lawful,
            "notes": f"{item['notes']} ({item['app']}-like, {item['mode']} mode, {fname} {bsize}px)",
            "image": png.name,
            "size": [img.width, img.height],
            "source_text": drawn,
        }
        (OUT / f"{stem}.json").write_text(json.dumps(side, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{png.name} {png.stat().st_size // 1024} KB {img.width}x{img.height} lines={len(drawn)}")
    print(f"forged {n_forged}, lawful {n_lawful}")


if __name__ == "__main__":
    main()
