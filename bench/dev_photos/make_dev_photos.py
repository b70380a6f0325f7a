"""Development set: phone photos of paper collection documents (TUNE ON THIS; not held out).

    python3 bench/dev_photos/make_dev_photos.py [--out DIR]

Deterministic: every random choice comes from a generator seeded by the image's index.
Each document is typeset with Pillow on an A4-sized page (1240 x 1754 px), a red seal is
stamped with multiply blending, and the page is photographed: optional cylindrical bow or
fold, perspective onto a table / bedsheet / desk, a paper drop shadow, uneven light, an
optional phone/hand shadow, a colour cast, low light with sensor noise, motion or defocus
blur, JPEG at quality 80-88. Some are stored sideways with EXIF orientation 6 or 8.

Every image gets a sidecar JSON with the same stem (fields described in README.md). Seal
boxes are measured by warping each seal's disk mask through the same geometry, so they are
in the UPRIGHT image (EXIF orientation applied).
"""
from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
PAGE_W, PAGE_H = 1240, 1754
OUT_W, OUT_H = 960, 1280

FONT_FILES = {
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sansb": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serifb": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
}
_font_cache: dict = {}


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    key = (name, size)
    if key not in _font_cache:
        path, idx = FONT_FILES[name]
        _font_cache[key] = ImageFont.truetype(path, size, index=idx)
    return _font_cache[key]


ALL_MARKERS = [
    "seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid", "image.edited",
    "penalty.inflated", "contract.termination", "blacklist.dishonest", "family.children",
    "lawsuit.threat", "visit.home", "persona.authority", "promise.fee_waiver",
    "contact.third_party", "contact.virtual_number", "blacklist.online_loan", "borrow.new_loan",
    "asset.freeze", "pressure.deadline", "sms.impersonation", "text.spaced",
]

# --------------------------------------------------------------------------------------
# Documents. "expect": must fire. "maybe": ambiguous, left out of both lists.
# forbid = every other marker (or ["all"] when lawful).
# seal: (ring text, centre, kind, bottom text, faint, over_signature)
# scene keys: bg, rot (0/6/8), curve, fold, hand, cast, dark, blur, scale, sw (EXIF Software)
# --------------------------------------------------------------------------------------
DOCS = [
    # ---------------------------------------------------------------- forged
    dict(doc_type="lawyer_letter", layout="letter", font="serif", title_font="serifb", body_px=32,
         title="律师函", to="致：刘某某（身份证号：4401**********2316）",
         body=["受某某消费金融有限公司委托，就你方借款逾期一事，本律师郑重函告如下：",
               "你方于2023年11月在委托人处借款人民币18000元，现已逾期12天。委托人已将你方案件提交法院，现已立案受理，你将在72小时内收到法院传票。",
               "请于今日18点前处理逾期款项，逾期不处理后果自负。",
               "如仍拒不处理，我所将同步通知你的工作单位及紧急联系人，协助督促还款。",
               "特此函告。"],
         sign=["北京某某律师事务所", "承办律师：王某", "2024年3月18日"], seal=None,
         expect=["seal.missing", "lawsuit.threat", "pressure.deadline", "contact.third_party"], maybe=[],
         contains=["律师函", "现已立案受理", "工作单位及紧急联系人"],
         notes="Forged lawyer letter, no seal; 'already filed', 72 h summons, same-day deadline, employer/contacts.",
         scene=dict(bg="wood", curve=0.0, hand=True, cast="warm", blur=None, scale=0.80)),
    dict(doc_type="lawyer_letter", layout="letter", font="ming", title_font="serifb", body_px=30,
         title="律师函", to="致：黄某某先生",
         body=["广东某某律师事务所接受委托人的委托，现就你拖欠借款一事函告如下：",
               "根据借款合同，你方须按剩余本金的20%支付违约金，共计人民币6400元，连同欠款一并偿还。",
               "若本函送达后仍不还款，本所将立即向法院起诉，并申请冻结你名下全部银行卡及微信、支付宝账户。",
               "望你珍惜最后的协商机会。"],
         sign=["广东某某律师事务所", "2024年4月2日"],
         seal=("深圳市快易贷网络小额贷款有限公司", "star", "company", "合同专用章", False, True),
         expect=["seal.issuer_mismatch", "penalty.inflated", "lawsuit.threat", "asset.freeze"], maybe=["pressure.deadline"],
         contains=["按剩余本金的20%支付违约金", "立即向法院起诉"],
         notes="Lawyer letter stamped with a lending company's star seal (over the signature); penalty on remaining principal.",
         scene=dict(bg="desk", curve=0.035, cast="cool", blur="defocus", scale=0.84)),
    dict(doc_type="lawyer_letter", layout="letter", font="sans", title_font="sansb", body_px=30,
         title="律 师 函", to="致：债务人 马某某",
         body=["关于你在某平台的借款逾期事宜，我方已启动法律程序，将立即 起 诉。",
               "本周内我司外访人员将走访你的户籍地及居住地，向村委会核实情况。",
               "请主动联系处理，配合解决欠款。"],
         sign=["某某法律服务中心", "2024年1月9日"], seal=None,
         expect=["seal.missing", "text.spaced", "visit.home", "lawsuit.threat"], maybe=["contact.third_party", "persona.authority"],
         contains=["走访你的户籍地"],
         notes="Spaced title 律 师 函 and 起 诉; village/home visit; no seal.",
         scene=dict(bg="sheet", fold=True, cast=None, blur=None, scale=0.82, rot=6)),
    dict(doc_type="court_summons", layout="letter", font="serif", title_font="serifb", body_px=32,
         title="深圳市南山区人民法院\n传票", case="（2024）深法催字第0612号",
         body=["被传唤人：陈某某",
               "案由：借款合同纠纷（涉嫌骗贷）",
               "你因恶意拖欠网贷平台借款，涉嫌骗贷，本案已移交经侦部门处理。",
               "应到时间：2024年4月2日上午9时",
               "请于接到本传票后24小时内联系处理专员：13812345678，逾期将依法拘留。"],
         sign=["深圳市南山区人民法院", "2024年3月27日"],
         seal=("深圳市南山区人民法院", "star", "court", "", False, False),
         expect=["seal.issuer_mismatch", "doc.case_number_invalid", "lawsuit.threat", "pressure.deadline"], maybe=["persona.authority"],
         contains=["（2024）深法催字第0612号", "移交经侦部门", "24小时内"],
         notes="Fake summons: star-centred seal with a court name; old-style 字第 number; criminal threats.",
         scene=dict(bg="wood2", curve=0.0, hand=True, cast="warm", dark=False, blur="motion", scale=0.86)),
    dict(doc_type="court_summons", layout="letter", font="kai", title_font="kai", body_px=38,
         title="法院传票", to="王某某：",
         body=["你拖欠某某金融平台借款已严重逾期，平台已向法院提交起诉材料。",
               "法院将依法查封你名下房产、车辆，并冻结你名下所有银行卡。",
               "请务必在今天下午5点前还清欠款撤诉，否则后果自负。",
               "联系电话：17012345678"],
         sign=["人民法院诉讼服务中心", "2024年5月6日"], seal=None,
         expect=["seal.missing", "doc.case_number_invalid", "asset.freeze", "pressure.deadline", "lawsuit.threat", "contact.virtual_number"],
         maybe=["persona.authority"],
         contains=["查封你名下房产", "今天下午5点前"],
         notes="Summons without seal or case number; 1701 call-back number.",
         scene=dict(bg="desk2", curve=0.03, cast="cool", dark=True, blur=None, scale=0.78)),
    dict(doc_type="restriction_order", layout="letter", font="serif", title_font="serifb", body_px=31,
         title="限制消费令", to="被限制人：赵某某",
         body=["因你长期拖欠借款拒不归还，现决定将你列入失信被执行人名单，并限制高消费。",
               "限制期间你不得乘坐飞机、高铁，并将影响子女参军、考公政审。",
               "本决定自发布之日起生效。"],
         sign=["上海鼎信资产管理有限公司", "2024年2月20日"],
         seal=("上海鼎信资产管理有限公司", "star", "company", "", False, False),
         expect=["seal.issuer_mismatch", "doc.case_number_invalid", "blacklist.dishonest", "family.children"], maybe=[],
         contains=["列入失信被执行人名单", "考公政审"],
         notes="'Restriction order' issued and stamped by an asset-management company; no case number.",
         scene=dict(bg="wood", curve=0.05, cast=None, blur=None, scale=0.80, rot=8)),
    dict(doc_type="restriction_order", layout="letter", font="zenhei", title_font="sansb", body_px=30,
         title="限高令", case="京法执字第2024-0098号",
         body=["你于某某平台借款逾期未还，已被列为老赖，即日起限制乘坐高铁、飞机，限制入住星级酒店。",
               "你的子女将无法报考公务员及军校，政审不予通过。",
               "如需解除限制，请于24小时内添加处理专员微信并结清全部欠款。"],
         sign=["执行局", "2024年6月1日"], seal=None,
         expect=["seal.missing", "doc.case_number_invalid", "blacklist.dishonest", "family.children", "pressure.deadline"],
         maybe=["contract.termination", "persona.authority"],
         contains=["已被列为老赖", "政审不予通过"],
         notes="Fake 限高令: malformed number, no seal, children's vetting, 24 h deadline.",
         scene=dict(bg="sheet2", hand=True, cast="warm", blur=None, scale=0.83)),
    dict(doc_type="restriction_order", layout="letter", font="ming", title_font="serifb", body_px=30,
         title="失信被执行人决定书", case="（2024）穗催执字第3381号",
         body=["被执行人：孙某某",
               "你拖欠网络借款本息合计23600元，经本院审查，决定将你纳入失信被执行人名单。",
               "本院将冻结你名下银行账户、微信及支付宝余额。"],
         sign=["广州市白云区人民法院", "2024年3月2日"],
         seal=("广州市白云区人民法院", "star", "court", "", True, False),
         expect=["seal.issuer_mismatch", "doc.case_number_invalid", "blacklist.dishonest", "asset.freeze"], maybe=[],
         contains=["决定将你纳入失信", "（2024）穗催执字第3381号"],
         notes="Faint star seal with a court name; invalid number with 字第.",
         scene=dict(bg="desk", curve=0.0, fold=True, cast="cool", blur="defocus", scale=0.78)),
    dict(doc_type="restriction_order", layout="letter", font="sansb", title_font="sansb", body_px=40,
         title="全国网贷黑名单录入通知", to="借款人：吴某某",
         body=["你的逾期记录已上报全国网贷黑名单共享平台，所有平台将拒绝为你放款。",
               "同时我们将把你的欠款情况告知你通讯录中的全部联系人。",
               "逾期案件处理中心"],
         sign=["2024年4月15日"], seal=None,
         expect=["seal.missing", "blacklist.online_loan", "contact.third_party", "persona.authority"],
         maybe=["doc.case_number_invalid", "blacklist.dishonest"],
         contains=["全国网贷黑名单", "告知你通讯录"],
         notes="'Blacklist' notice with no seal, signed by an overdue-case handling centre.",
         scene=dict(bg="wood2", curve=0.04, hand=False, cast="warm", dark=True, blur=None, scale=0.85)),
    dict(doc_type="cancellation_notice", layout="letter", font="serif", title_font="serifb", body_px=30,
         title="解除合同通知书", to="尊敬的客户 郑某某：",
         body=["你的借款已逾期3天，依据合同约定，我司决定立即解除借款合同，你须一次性结清全部欠款。",
               "另按剩余本金的15%收取违约金。",
               "请于今日24时前完成还款，否则后果自负。"],
         sign=["某某小额贷款有限公司风控中心", "2024年5月20日"], seal=None,
         expect=["seal.missing", "contract.termination", "penalty.inflated", "pressure.deadline"], maybe=["persona.authority"],
         contains=["立即解除借款合同", "按剩余本金的15%收取违约金"],
         notes="Termination after 3 days, no seal.",
         scene=dict(bg="desk2", curve=0.0, hand=True, cast="cool", blur="motion", scale=0.80)),
    dict(doc_type="cancellation_notice", layout="letter", font="kai", title_font="serifb", body_px=33,
         title="提前到期通知书", to="借款人：钱某某",
         body=["你的第4期还款已逾期5天。根据合同第十二条，全部借款提前到期，请立即一次性归还剩余本金28000元及利息。",
               "如不处理，我司将立即起诉，并通知你的紧急联系人。"],
         sign=["杭州速借网络科技有限公司", "2024年7月3日"],
         seal=("杭州速借网络科技有限公司", "star", "company", "", False, False),
         expect=["contract.termination", "lawsuit.threat", "contact.third_party"], maybe=["pressure.deadline"],
         contains=["根据合同第十二条", "通知你的紧急联系人"],
         notes="Acceleration after only 5 days; company seal fits the company issuer.",
         scene=dict(bg="sheet", curve=0.045, cast="warm", blur=None, scale=0.86)),
    dict(doc_type="other", layout="letter", font="microhei", title_font="sansb", body_px=36,
         title="催收告知函", to="欠款人：冯某某",
         body=["我中心受平台委托处理你的逾期案件。",
               "外访专员已到达你所在城市，将于明日上门催收，我们就在你家楼下。",
               "回电请拨：16512348877",
               "最后通牒：今晚8点前不回电，后果自负。"],
         sign=["逾期案件处理中心", "2024年2月8日"], seal=None,
         expect=["persona.authority", "visit.home", "contact.virtual_number", "pressure.deadline"], maybe=[],
         contains=["上门催收", "16512348877"],
         notes="Collection letter; 165 virtual number.",
         scene=dict(bg="wood", curve=0.0, cast=None, dark=True, blur="defocus", scale=0.76)),
    dict(doc_type="other", layout="letter", font="ming", title_font="serifb", body_px=29,
         title="逾期还款特别通知", to="陈某某：",
         body=["我是你的诉前调解员李某，现就你的逾期借款与你协商。",
               "本月内还款可为你申请减免全部罚息，开通特殊关怀通道。",
               "请将款项转到调解员个人账户：6222 0210 **** 1234。",
               "如无力偿还，可以先去其他平台借款还上。"],
         sign=["诉前调解员 李某", "2024年8月12日"], seal=None,
         expect=["persona.authority", "promise.fee_waiver", "borrow.new_loan"], maybe=["pressure.deadline"],
         contains=["减免全部罚息", "去其他平台借款"],
         notes="'Mediator' offering waiver into a private account, pushing new loans.",
         scene=dict(bg="sheet2", curve=0.03, hand=True, cast="warm", blur=None, scale=0.84, rot=6)),
    dict(doc_type="other", layout="chat", font="sans", title="催收专员小张",
         chat=[("t", "昨天 21:14"),
               ("l", "再不还钱就爆你通讯录，你的同事亲戚都会知道。"),
               ("r", "我下个月发工资就还"),
               ("l", "等不了，我们的人现在就在你家楼下。"),
               ("l", "有事打这个：16712345678"),
               ("t", "今天 08:02"),
               ("r", "请不要联系我的家人")],
         expect=["contact.third_party", "visit.home", "contact.virtual_number"], maybe=["persona.authority"],
         contains=["爆你通讯录", "就在你家楼下"],
         notes="Printed WeChat chat with a collector; 167 number.",
         scene=dict(bg="desk", curve=0.0, cast="cool", blur=None, scale=0.80)),
    dict(doc_type="other", layout="chat", font="microhei", title="某某贷客服",
         chat=[("t", "3月5日 14:30"),
               ("l", "给你申请了特殊减免，今天还3000就结清，以后不用再还。"),
               ("r", "我现在真的没钱"),
               ("l", "你可以先在别的平台借一笔，以贷养贷先把这个还上。"),
               ("l", "不还的话上全网黑名单，以后所有网贷都借不了。")],
         expect=["promise.fee_waiver", "borrow.new_loan", "blacklist.online_loan"], maybe=["persona.authority", "pressure.deadline"],
         contains=["在别的平台借一笔", "上全网黑名单"],
         notes="Printed chat: fake waiver, new-loan push, online blacklist.",
         scene=dict(bg="wood2", curve=0.04, hand=True, cast="warm", dark=False, blur="motion", scale=0.82)),
    dict(doc_type="lawyer_letter", layout="letter", font="serif", title_font="serifb", body_px=36,
         title="律师催告函", to="致：杨某某",
         body=["本所受委托人委托，就你借款逾期未还一事催告如下：",
               "如你继续拖欠，委托人将申请法院查封你名下房产并冻结银行账户。",
               "我所律师将于近日上门走访你的工作单位。",
               "请尽快与委托人联系解决。"],
         sign=["江苏某某律师事务所", "2024年6月18日"], seal=None, sw="Adobe Photoshop 24.1 (Windows)",
         expect=["seal.missing", "image.edited", "asset.freeze", "visit.home"], maybe=["contact.third_party", "lawsuit.threat"],
         contains=["查封你名下房产", "上门走访你的工作单位"],
         notes="EXIF Software = Photoshop; no seal.",
         scene=dict(bg="desk2", curve=0.0, fold=True, cast=None, blur=None, scale=0.84)),
    dict(doc_type="court_summons", layout="letter", font="serif", title_font="serifb", body_px=31,
         title="杭州市西湖区人民法院\n传票", case="（2024）浙法民字第217号",
         body=["被告：林某某",
               "你因借款合同纠纷被起诉，法院已正式立案。",
               "若未在48小时内与原告和解，将依法对你实施司法拘留。",
               "应到处所：本院第三法庭"],
         sign=["杭州市西湖区人民法院", "2024年9月9日"],
         seal=("杭州信和信息咨询有限公司", "star", "company", "", False, False), sw="MeituXiuXiu 9.9.5",
         expect=["image.edited", "seal.issuer_mismatch", "doc.case_number_invalid", "lawsuit.threat", "pressure.deadline"], maybe=[],
         contains=["（2024）浙法民字第217号", "实施司法拘留"],
         notes="EXIF Software = Meitu; consulting-company seal on a 'summons'.",
         scene=dict(bg="sheet", curve=0.0, hand=False, cast="cool", blur=None, scale=0.82, rot=8)),
    dict(doc_type="lawyer_letter", layout="letter", font="kai", title_font="serifb", body_px=38,
         title="律师函", to="致：何某某",
         body=["上海恒正律师事务所受委托人委托，现就你借款逾期一事告知如下：",
               "你的逾期将影响子女上学，孩子将无法进入重点学校。",
               "我所已向法院递交诉状，法院已立案，传票即将送达。"],
         sign=["上海恒正律师事务所", "2024年10月8日"],
         seal=("上海恒正律师事务所", "star", "law_firm", "", False, True),
         expect=["family.children", "lawsuit.threat"], maybe=[],
         contains=["影响子女上学", "法院已立案"],
         notes="Intimidating letter with a law-firm seal that fits the issuer: only text markers.",
         scene=dict(bg="wood", curve=0.05, cast="warm", dark=True, blur=None, scale=0.80)),
    dict(doc_type="cancellation_notice", layout="letter", font="ming", title_font="serifb", body_px=30,
         title="解除借款合同通知", to="借款人：许某某",
         body=["你的借款已逾期7天，我司现通知立即解除合同。",
               "按借款总额的20%收取违约金。",
               "若不处理，你将被列入失信被执行人名单，限制高消费。"],
         sign=["成都宏达小额贷款有限公司", "2024年11月1日"],
         seal=("成都宏达小额贷款有限公司", "star", "company", "", False, True),
         expect=["contract.termination", "penalty.inflated", "blacklist.dishonest"], maybe=[],
         contains=["立即解除合同", "按借款总额的20%收取违约金"],
         notes="Company seal partly over the signature; fits the company issuer.",
         scene=dict(bg="desk", curve=0.03, hand=True, cast=None, blur="defocus", scale=0.80)),
    dict(doc_type="other", layout="letter", font="zenhei", title_font="sansb", body_px=38,
         title="催款通知书", to="客户 邓某某：",
         body=["某某金融法务部通知：你的借款已逾期，请立即处理。",
               "若继续拖欠，你将被限制高消费，无法乘坐高铁。",
               "逾期记录还会影响子女上学及政审。"],
         sign=["某某金融 法务部", "2024年12月3日"], seal=None,
         expect=["persona.authority", "blacklist.dishonest", "family.children"], maybe=["pressure.deadline"],
         contains=["法务部", "影响子女上学及政审"],
         notes="Collection letter from a 'legal department'.",
         scene=dict(bg="sheet2", curve=0.0, cast="cool", dark=False, blur=None, scale=0.74)),
    # ---------------------------------------------------------------- lawful
    dict(doc_type="lawyer_letter", layout="letter", font="serif", title_font="serifb", body_px=22, lawful=True,
         title="律师函", to="致：周某某女士",
         body=["北京明理律师事务所接受某某银行股份有限公司信用卡中心的委托，就您名下信用卡欠款事宜致函如下：",
               "截至2024年2月29日，您的信用卡账户逾期本金人民币12,450.00元，利息及费用以银行账单为准。",
               "请您在收到本函之日起十五日内，通过银行官方渠道（客服电话、手机银行）与委托人联系还款，或协商分期还款方案。",
               "如您对欠款金额有异议，可在上述期限内提出书面意见并提供相关证据。",
               "如逾期未处理，委托人保留通过法律途径解决的权利。"],
         sign=["北京明理律师事务所", "律师：周某", "2024年3月5日"],
         seal=("北京明理律师事务所", "star", "law_firm", "", False, False),
         contains=["北京明理律师事务所", "通过银行官方渠道"],
         notes="Calm lawyer letter with the law firm's seal on the date line.",
         scene=dict(bg="wood", curve=0.0, cast="warm", blur=None, scale=0.86)),
    dict(doc_type="lawyer_letter", layout="letter", font="ming", title_font="serifb", body_px=27, lawful=True,
         title="律师函", to="致：吕某某先生",
         body=["广东和衡律师事务所受某某消费金融股份有限公司委托，就您与委托人之间的借款合同事宜函告如下：",
               "根据委托人提供的资料，您的借款自2023年10月起未按约还款，尚欠本金人民币8,200.00元。",
               "请您于收到本函后与委托人客服联系，核对欠款并协商还款安排。如有异议，请书面告知本所。",
               "本函仅为催告，不影响您依法享有的各项权利。"],
         sign=["广东和衡律师事务所", "律师：梁某", "2024年4月22日"],
         seal=("广东和衡律师事务所", "star", "law_firm", "", True, True),
         contains=["广东和衡律师事务所", "本函仅为催告"],
         notes="Lawful letter; faint law-firm seal partly over the lawyer's signature.",
         scene=dict(bg="sheet", curve=0.04, hand=True, cast="cool", blur=None, scale=0.84, rot=6)),
    dict(doc_type="court_summons", layout="letter", font="serif", title_font="serifb", body_px=28, lawful=True,
         title="广州市天河区人民法院\n应诉通知书", case="（2024）粤0106民初12345号",
         body=["郭某某：",
               "本院已受理原告某某银行股份有限公司诉你金融借款合同纠纷一案，现将起诉状副本及证据材料送达给你。",
               "依照《中华人民共和国民事诉讼法》的规定，你应在收到起诉状副本之日起十五日内向本院提交答辩状。",
               "当事人可以委托一至二人作为诉讼代理人。",
               "如需核实本通知，请拨打12368诉讼服务热线。"],
         sign=["广州市天河区人民法院", "二〇二四年五月十日"],
         seal=("广州市天河区人民法院", "emblem", "court", "", False, False),
         contains=["（2024）粤0106民初12345号", "12368"],
         notes="Genuine-form court notice: correct case number, emblem-centred court seal.",
         scene=dict(bg="desk", curve=0.0, fold=True, cast=None, blur=None, scale=0.86)),
    dict(doc_type="court_summons", layout="letter", font="ming", title_font="serifb", body_px=21, lawful=True,
         title="北京市朝阳区人民法院\n传  票", case="（2024）京0105民初8765号",
         body=["案由：信用卡纠纷",
               "被传唤人：谢某某",
               "传唤事由：开庭",
               "应到时间：2024年6月12日9时30分",
               "应到处所：本院第十五法庭",
               "注意事项：1. 被传唤人必须准时到达应到处所；2. 本传票由被传唤人携带来院报到；3. 被传唤人收到传票后，应在送达回证上签名或盖章。"],
         sign=["北京市朝阳区人民法院", "二〇二四年五月八日"],
         seal=("北京市朝阳区人民法院", "emblem", "court", "", False, False),
         contains=["（2024）京0105民初8765号", "本院第十五法庭"],
         notes="Genuine-form summons with emblem seal; the title 传  票 is letter-spaced as court forms are (typography, not text.spaced evasion).",
         scene=dict(bg="wood2", curve=0.035, cast="warm", dark=True, blur=None, scale=0.82)),
    dict(doc_type="court_summons", layout="letter", font="kai", title_font="serifb", body_px=29, lawful=True,
         title="深圳市福田区人民法院\n举证通知书", case="（2024）粤0304民初6789号",
         body=["罗某某：",
               "本院受理的原告某某小额贷款有限公司诉你借款合同纠纷一案，现将有关举证事项通知如下：",
               "一、当事人应当对自己提出的主张提供证据。",
               "二、举证期限为收到本通知之日起十五日内。",
               "三、如有疑问，请拨打12368查询。"],
         sign=["深圳市福田区人民法院", "二〇二四年七月一日"],
         seal=("深圳市福田区人民法院", "emblem", "court", "", True, False),
         contains=["（2024）粤0304民初6789号", "举证期限"],
         notes="Genuine-form notice, faint emblem seal.",
         scene=dict(bg="sheet2", curve=0.0, hand=True, cast="cool", blur="motion", scale=0.80)),
    dict(doc_type="cancellation_notice", layout="letter", font="serif", title_font="serifb", body_px=28, lawful=True,
         title="提前到期通知书", to="尊敬的借款人 曹某某：",
         body=["您于2023年6月签订的《个人消费贷款合同》（合同编号：XF2023060188），自2023年12月15日起未按约还款，截至本通知发出之日已连续逾期120天。",
               "根据合同第九条约定，借款人连续逾期超过90天的，贷款人有权宣布贷款提前到期。现通知您，上述贷款自本通知送达之日起提前到期。",
               "请您通过本公司官方App或对公账户还款。如对欠款金额有异议，请致电客服热线核实。"],
         sign=["某某消费金融股份有限公司", "2024年4月13日"],
         seal=("某某消费金融股份有限公司", "star", "company", "", False, False),
         contains=["已连续逾期120天", "提前到期"],
         notes="Lawful acceleration after 120 days overdue, citing the contract clause; company seal.",
         scene=dict(bg="desk2", curve=0.045, cast="warm", blur=None, scale=0.84)),
    dict(doc_type="cancellation_notice", layout="letter", font="sans", title_font="sansb", body_px=27, lawful=True,
         title="贷款提前到期通知书", to="彭某某：",
         body=["您在我行办理的个人经营贷款（合同号：GZCN-2022-0457），自2023年11月起未按期归还本息，至今已逾期150天。",
               "依据借款合同第十五条，我行宣布上述贷款于2024年5月1日提前到期，剩余本金及已产生的利息应予归还。",
               "请您到我行任一营业网点或通过手机银行办理还款。如有疑问，请联系您的客户经理。"],
         sign=["广州城南商业银行股份有限公司", "2024年4月20日"],
         seal=("广州城南商业银行股份有限公司", "star", "company", "合同专用章", False, False),
         contains=["已逾期150天", "宣布上述贷款"],
         notes="Bank acceleration after 150 days overdue; contract seal.",
         scene=dict(bg="wood", curve=0.0, cast="cool", blur="defocus", scale=0.82, rot=8)),
    dict(doc_type="other", layout="statement", font="sans", title_font="sansb", body_px=24, lawful=True,
         title="个人账户交易明细",
         sign=["广州城南商业银行股份有限公司天河支行", "打印日期：2024年3月1日"],
         seal=("广州城南商业银行股份有限公司天河支行", "star", "company", "业务专用章", False, False),
         contains=["个人账户交易明细", "贷款还款"],
         notes="Bank statement with the branch's business seal.",
         scene=dict(bg="sheet", curve=0.03, cast=None, blur=None, scale=0.86)),
    dict(doc_type="other", layout="letter", font="microhei", title_font="sansb", body_px=29, lawful=True,
         title="还款提醒函", to="尊敬的客户 韩某某：",
         body=["您的本期账单已逾期15天，应还金额1,236.50元。",
               "请您通过本公司官方App完成还款。逾期期间将按合同约定，以逾期本金为基数计收罚息。",
               "如您还款有困难，请致电官方客服热线协商还款计划。",
               "感谢您的配合。"],
         sign=["某某借款服务平台", "2024年2月26日"], seal=None,
         contains=["以逾期本金", "官方客服热线"],
         notes="Calm reminder letter, no seal (not an official paper).",
         scene=dict(bg="desk", curve=0.0, hand=True, cast="warm", dark=True, blur=None, scale=0.78)),
    dict(doc_type="other", layout="chat", font="sans", lawful=True, title="某某借款官方客服",
         chat=[("t", "今天 10:05"),
               ("l", "您好，这里是某某借款官方客服，您本期账单应还856.20元，已逾期3天。"),
               ("r", "可以在App里申请延期还款吗？"),
               ("l", "可以，您可在App“我的-还款计划”中提交申请，审核结果以App通知为准。"),
               ("l", "请勿向任何个人账户转账。")],
         contains=["官方客服", "请勿向任何个人账户转账"],
         notes="Printed chat with the lender's official customer service; calm.",
         scene=dict(bg="wood2", curve=0.03, cast="cool", blur=None, scale=0.82)),
]


# --------------------------------------------------------------------------------------
# Page typesetting
# --------------------------------------------------------------------------------------
def wrap(text: str, fnt, width: int) -> list[str]:
    lines, cur = [], ""
    for ch in text:
        if fnt.getlength(cur + ch) > width and cur:
            # keep closing punctuation with the line
            if ch in "，。、；：）”！？":
                cur += ch
                lines.append(cur)
                cur = ""
                continue
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def draw_signature(arr: np.ndarray, x: int, y: int, w: int, rng) -> None:
    pts = []
    n = 40
    for i in range(n):
        t = i / (n - 1)
        pts.append((x + t * w + rng.normal(0, 3),
                    y + 18 * math.sin(t * 9 + rng.uniform(0, 1)) + 10 * math.sin(t * 23) + rng.normal(0, 2)))
    pts = np.array(pts, np.int32).reshape(-1, 1, 2)
    cv2.polylines(arr, [pts], False, (60, 40, 30), 3, cv2.LINE_AA)
    cv2.line(arr, (x + int(w * 0.1), y + 26), (x + int(w * 0.9), y + 14), (60, 40, 30), 2, cv2.LINE_AA)


def render_letter(doc, rng):
    img = Image.new("RGB", (PAGE_W, PAGE_H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    bpx = doc["body_px"]
    fb = font(doc["font"], bpx)
    ft = font(doc["title_font"], int(bpx * 1.7))
    margin = 120
    y = 150
    lines = []
    for tl in doc["title"].split("\n"):
        w = ft.getlength(tl)
        d.text(((PAGE_W - w) / 2, y), tl, font=ft, fill=(15, 15, 15))
        lines.append(tl)
        y += int(bpx * 2.3)
    if doc.get("case"):
        fc = font(doc["font"], int(bpx * 1.05))
        w = fc.getlength(doc["case"])
        d.text((PAGE_W - margin - w, y), doc["case"], font=fc, fill=(20, 20, 20))
        lines.append(doc["case"])
        y += int(bpx * 2.0)
    else:
        y += int(bpx * 0.6)
    if doc.get("to"):
        d.text((margin, y), doc["to"], font=fb, fill=(20, 20, 20))
        lines.append(doc["to"])
        y += int(bpx * 1.9)
    width = PAGE_W - 2 * margin
    for para in doc["body"]:
        first = True
        for ln in wrap("\u3000\u3000" + para, fb, width):
            d.text((margin, y), ln, font=fb, fill=(20, 20, 20))
            lines.append(ln.strip("\u3000"))
            y += int(bpx * 1.75)
            first = False
        y += int(bpx * 0.5)
    y += int(bpx * 2.5)
    # signature block, right aligned
    sign = doc["sign"]
    bw = max(fb.getlength(s) for s in sign)
    sx = PAGE_W - margin - bw - 20
    sig_lines_y = []
    for s in sign:
        d.text((sx, y), s, font=fb, fill=(20, 20, 20))
        lines.append(s)
        sig_lines_y.append(y)
        y += int(bpx * 1.8)
    arr = np.array(img)
    seal_info = None
    seal = doc.get("seal")
    if seal:
        ring, centre, kind, bottom, faint, over_sig = seal
        diam = 300 if kind == "court" else (280 if kind == "company" else 260)
        cx = int(sx + bw / 2 + rng.integers(-30, 30))
        cy = int(sig_lines_y[0] + (sig_lines_y[-1] - sig_lines_y[0]) / 2 + bpx / 2 + rng.integers(-15, 15))
        if over_sig:
            # handwritten signature just left of the seal, partly under it
            draw_signature(arr, cx - diam // 2 - 60, cy - 10, int(diam * 0.75), rng)
        seal_info = (cx, cy, diam, ring, centre, kind, bottom, faint)
    elif doc["doc_type"] in ("lawyer_letter",) or rng.random() < 0.3:
        draw_signature(arr, int(sx + bw * 0.2), sig_lines_y[-1] + int(bpx * 1.6), 160, rng)
    return arr, lines, seal_info


def render_chat(doc, rng):
    img = Image.new("RGB", (PAGE_W, PAGE_H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    # phone screenshot area printed in the middle of the page
    px0, px1 = 170, PAGE_W - 170
    py0, py1 = 110, PAGE_H - 140
    d.rectangle([px0, py0, px1, py1], fill=(237, 237, 237), outline=(180, 180, 180), width=2)
    fh = font("sansb", 38)
    fs = font(doc["font"], 34)
    ft = font(doc["font"], 26)
    d.rectangle([px0, py0, px1, py0 + 100], fill=(226, 226, 226))
    d.text((px0 + 30, py0 + 28), "<", font=fh, fill=(30, 30, 30))
    w = fh.getlength(doc["title"])
    d.text(((px0 + px1 - w) / 2, py0 + 28), doc["title"], font=fh, fill=(20, 20, 20))
    lines = [doc["title"]]
    y = py0 + 140
    maxw = int((px1 - px0) * 0.62)
    for side, text in doc["chat"]:
        if side == "t":
            w = ft.getlength(text)
            d.text(((px0 + px1 - w) / 2, y), text, font=ft, fill=(140, 140, 140))
            lines.append(text)
            y += 60
            continue
        wl = wrap(text, fs, maxw)
        bw = int(max(fs.getlength(s) for s in wl)) + 44
        bh = len(wl) * 50 + 30
        if side == "l":
            ax = px0 + 30
            d.rectangle([ax, y, ax + 70, y + 70], fill=(120, 140, 170))
            bx = ax + 90
            fill = (255, 255, 255)
        else:
            ax = px1 - 100
            d.rectangle([ax, y, ax + 70, y + 70], fill=(170, 150, 110))
            bx = ax - 20 - bw
            fill = (149, 236, 105)
        d.rounded_rectangle([bx, y, bx + bw, y + bh], radius=12, fill=fill)
        ty = y + 14
        for s in wl:
            d.text((bx + 22, ty), s, font=fs, fill=(15, 15, 15))
            lines.append(s)
            ty += 50
        y += max(bh, 70) + 40
    # input bar
    d.rectangle([px0, py1 - 100, px1, py1], fill=(246, 246, 246))
    d.rounded_rectangle([px0 + 90, py1 - 80, px1 - 180, py1 - 20], radius=8, fill=(255, 255, 255))
    return np.array(img), lines, None


def render_statement(doc, rng):
    img = Image.new("RGB", (PAGE_W, PAGE_H), (255, 255, 255))
    d = ImageDraw.Draw(img)
    bpx = doc["body_px"]
    fb = font(doc["font"], bpx)
    ft = font(doc["title_font"], int(bpx * 1.8))
    lines = []
    t1 = "广州城南商业银行"
    fbank = font("serifb", int(bpx * 1.3))
    d.text((100, 90), t1, font=fbank, fill=(150, 20, 30))
    lines.append(t1)
    w = ft.getlength(doc["title"])
    d.text(((PAGE_W - w) / 2, 170), doc["title"], font=ft, fill=(15, 15, 15))
    lines.append(doc["title"])
    y = 270
    for s in ["户名：罗某某    账号：6230 58** **** 4471", "币种：人民币    起止日期：2024-01-01 至 2024-02-29"]:
        d.text((100, y), s, font=fb, fill=(20, 20, 20))
        lines.append(s)
        y += int(bpx * 1.8)
    cols = [100, 330, 640, 850, 1040]
    head = ["交易日期", "摘要", "收入", "支出", "余额"]
    y += 20
    d.line([(90, y - 8), (PAGE_W - 90, y - 8)], fill=(60, 60, 60), width=2)
    for x, h in zip(cols, head):
        d.text((x, y), h, font=fb, fill=(10, 10, 10))
    lines.append(" ".join(head))
    y += int(bpx * 1.7)
    d.line([(90, y - 8), (PAGE_W - 90, y - 8)], fill=(60, 60, 60), width=1)
    bal = 15320.15
    rows = []
    days = ["01-03", "01-05", "01-10", "01-15", "01-20", "01-28", "02-03", "02-05", "02-10", "02-15", "02-20", "02-27"]
    descs = ["工资", "消费", "转账", "贷款还款", "消费", "水电费", "消费", "工资", "转账", "贷款还款", "消费", "利息"]
    for day, desc in zip(days, descs):
        amt = float(rng.integers(80, 1400)) + float(rng.integers(0, 99)) / 100
        if desc in ("工资", "利息"):
            inc, out = amt * (3 if desc == "工资" else 0.01), 0.0
        else:
            inc, out = 0.0, amt
        bal += inc - out
        row = ["2024-" + day, desc, f"{inc:,.2f}" if inc else "", f"{out:,.2f}" if out else "", f"{bal:,.2f}"]
        for x, c in zip(cols, row):
            d.text((x, y), c, font=fb, fill=(20, 20, 20))
        lines.append(" ".join(c for c in row if c))
        y += int(bpx * 1.6)
    d.line([(90, y), (PAGE_W - 90, y)], fill=(60, 60, 60), width=2)
    y += 60
    note = "本明细仅供参考，如有疑问请咨询本行营业网点。"
    d.text((100, y), note, font=fb, fill=(20, 20, 20))
    lines.append(note)
    y += 110
    bw = max(fb.getlength(s) for s in doc["sign"])
    sx = PAGE_W - 110 - bw
    ys = []
    for s in doc["sign"]:
        d.text((sx, y), s, font=fb, fill=(20, 20, 20))
        lines.append(s)
        ys.append(y)
        y += int(bpx * 1.8)
    ring, centre, kind, bottom, faint, _ = doc["seal"]
    seal_info = (int(sx + bw / 2), int(ys[0] + 20), 280, ring, centre, kind, bottom, faint)
    return np.array(img), lines, seal_info


# --------------------------------------------------------------------------------------
# Seals
# --------------------------------------------------------------------------------------
def star_points(cx, cy, r_out, r_in_ratio=0.382, rot=0.0):
    pts = []
    for i in range(10):
        r = r_out if i % 2 == 0 else r_out * r_in_ratio
        a = -math.pi / 2 + i * math.pi / 5 + rot
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return pts


def draw_emblem(d, cx, cy, s, col):
    """A simplified national-emblem-like device: stars over a gate, inside a wreath and cog."""
    d.polygon(star_points(cx, cy - 0.42 * s, 0.22 * s), fill=col)
    for k, ang in enumerate((-55, -25, 25, 55)):
        a = math.radians(ang - 90)
        x, y = cx + 0.42 * s * math.cos(a) * 0.95, cy - 0.42 * s + 0.30 * s + 0.42 * s * math.sin(a) * 0.7
        d.polygon(star_points(x, y, 0.07 * s, rot=a + math.pi / 2), fill=col)
    # gate (Tiananmen-like silhouette)
    gw, gy = 0.55 * s, cy + 0.05 * s
    d.polygon([(cx - gw, gy), (cx + gw, gy), (cx + gw * 0.8, gy - 0.09 * s), (cx - gw * 0.8, gy - 0.09 * s)], fill=col)
    d.rectangle([cx - gw * 0.85, gy, cx + gw * 0.85, gy + 0.16 * s], fill=col)
    for k in range(-2, 3):
        x = cx + k * gw * 0.33
        d.rectangle([x - 0.035 * s, gy + 0.06 * s, x + 0.035 * s, gy + 0.16 * s], fill=(255, 255, 255, 0))
    d.rectangle([cx - gw, gy + 0.16 * s, cx + gw, gy + 0.21 * s], fill=col)
    # wreath arcs and cog at the bottom
    w = int(max(2, 0.05 * s))
    d.arc([cx - 0.8 * s, cy - 0.8 * s, cx + 0.8 * s, cy + 0.8 * s], 100, 260, fill=col, width=w)
    d.arc([cx - 0.8 * s, cy - 0.8 * s, cx + 0.8 * s, cy + 0.8 * s], -80, 80, fill=col, width=w)
    for t in range(-60, 241, 25):
        a = math.radians(t)
        for side in (-1, 1):
            x = cx + side * 0.8 * s * math.cos(math.radians(100 + t / 3.2)) * 0.98
            y = cy + 0.8 * s * math.sin(math.radians(100 + t / 3.2)) * 0.98 - 0.05 * s
            d.ellipse([x - 0.06 * s, y - 0.035 * s, x + 0.06 * s, y + 0.035 * s], fill=col)
    d.pieslice([cx - 0.3 * s, cy + 0.38 * s, cx + 0.3 * s, cy + 0.86 * s], 180, 360, fill=col)
    d.rectangle([cx - 0.5 * s, cy + 0.58 * s, cx + 0.5 * s, cy + 0.66 * s], fill=col)


def make_seal(diam: int, ring: str, centre: str, bottom: str, rng, fname: str) -> np.ndarray:
    """Return an alpha map (float 0..1, diam x diam) of a round seal."""
    S = 2
    D = diam * S
    im = Image.new("RGBA", (D, D), (255, 255, 255, 0))
    d = ImageDraw.Draw(im)
    col = (255, 255, 255, 255)
    ring_w = int(D * 0.035)
    d.ellipse([ring_w // 2, ring_w // 2, D - ring_w // 2, D - ring_w // 2], outline=col, width=ring_w)
    c = D / 2
    n = len(ring)
    ch_px = int(D * (0.15 if n <= 12 else 0.125))
    span = min(250.0, 22.0 * n + 20) if n > 1 else 0
    r_txt = D / 2 - ring_w - ch_px * 0.62
    f = font(fname, ch_px)
    for i, chx in enumerate(ring):
        th = -span / 2 + (span * i / (n - 1) if n > 1 else 0)
        tile = Image.new("RGBA", (ch_px * 2, ch_px * 2), (0, 0, 0, 0))
        td = ImageDraw.Draw(tile)
        # squeeze characters horizontally a little, like seal lettering
        bbox = td.textbbox((0, 0), chx, font=f)
        tw, tht = bbox[2] - bbox[0], bbox[3] - bbox[1]
        td.text((ch_px - tw / 2 - bbox[0], ch_px - tht / 2 - bbox[1]), chx, font=f, fill=col)
        tile = tile.resize((int(ch_px * 2 * 0.82), ch_px * 2), Image.LANCZOS)
        tile = tile.rotate(-th, resample=Image.BICUBIC, expand=True)
        a = math.radians(th)
        x = c + r_txt * math.sin(a)
        y = c - r_txt * math.cos(a)
        im.alpha_composite(tile, (int(x - tile.width / 2), int(y - tile.height / 2)))
    if centre == "star":
        d.polygon(star_points(c, c, D * 0.16), fill=col)
    elif centre == "emblem":
        draw_emblem(d, c, c + D * 0.02, D * 0.27, col)
    if bottom:
        fb = font(fname, int(D * 0.085))
        w = fb.getlength(bottom)
        d.text((c - w / 2, c + D * 0.2), bottom, font=fb, fill=col)
    a = np.array(im)[:, :, 3].astype(np.float32) / 255.0
    a = cv2.resize(a, (diam, diam), interpolation=cv2.INTER_AREA)
    # ink texture: uneven pressure and small gaps
    noise = cv2.GaussianBlur(rng.random((diam, diam)).astype(np.float32), (0, 0), 6)
    noise = (noise - noise.min()) / (np.ptp(noise) + 1e-6)
    speck = (rng.random((diam, diam)) < 0.04).astype(np.float32)
    speck = cv2.GaussianBlur(speck, (0, 0), 1.0)
    tex = np.clip(0.6 + 0.55 * noise - 1.5 * speck, 0.15, 1.0)
    return np.clip(a * tex, 0, 1)


def stamp(page: np.ndarray, seal_info, rng, fname: str):
    cx, cy, diam, ring, centre, kind, bottom, faint = seal_info
    alpha = make_seal(diam, ring, centre, bottom, rng, fname)
    alpha *= 0.42 if faint else float(rng.uniform(0.82, 0.95))
    ang = float(rng.uniform(-12, 12))
    M = cv2.getRotationMatrix2D((diam / 2, diam / 2), ang, 1.0)
    alpha = cv2.warpAffine(alpha, M, (diam, diam))
    x0, y0 = cx - diam // 2, cy - diam // 2
    ink = np.array([205, 35, 45], np.float32) / 255.0  # RGB
    region = page[y0:y0 + diam, x0:x0 + diam].astype(np.float32)
    mult = 1 - alpha[..., None] * (1 - ink[None, None, :])
    page[y0:y0 + diam, x0:x0 + diam] = np.clip(region * mult, 0, 255).astype(np.uint8)
    mask = np.zeros(page.shape[:2], np.float32)
    cv2.circle(mask, (cx, cy), diam // 2, 1.0, -1)
    return mask


# --------------------------------------------------------------------------------------
# Photo simulation
# --------------------------------------------------------------------------------------
def background(kind: str, rng) -> np.ndarray:
    h, w = OUT_H, OUT_W
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    low = cv2.resize(rng.random((8, 6)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    if kind.startswith("wood"):
        base = np.array([150, 100, 60] if kind == "wood" else [95, 62, 40], np.float32)
        warp = cv2.GaussianBlur(rng.random((h // 8, w // 8)).astype(np.float32), (0, 0), 3)
        warp = cv2.resize(warp, (w, h)) * 60
        grain = np.sin((xx + warp) / float(rng.uniform(9, 16))) * 0.5 + 0.5
        grain2 = np.sin((xx * 0.97 + warp * 1.7) / 3.1) * 0.5 + 0.5
        shade = 0.78 + 0.16 * grain + 0.05 * grain2 + 0.1 * (low - 0.5)
        img = base[None, None, :] * shade[..., None]
    elif kind.startswith("sheet"):
        base = np.array([205, 215, 230] if kind == "sheet" else [230, 215, 205], np.float32)
        period = 90.0
        check = ((np.floor(xx / period) + np.floor(yy / period)) % 2).astype(np.float32)
        check = cv2.GaussianBlur(check, (0, 0), 3)
        wr = cv2.GaussianBlur(rng.random((h // 16, w // 16)).astype(np.float32), (0, 0), 2)
        wr = cv2.resize(wr, (w, h), interpolation=cv2.INTER_CUBIC)
        shade = 0.86 + 0.06 * check + 0.22 * (wr - 0.5)
        img = base[None, None, :] * shade[..., None]
    else:
        base = np.array([190, 190, 185] if kind == "desk" else [110, 115, 120], np.float32)
        shade = 0.92 + 0.1 * (low - 0.5)
        img = base[None, None, :] * shade[..., None]
    img += rng.normal(0, 1.2, img.shape).astype(np.float32)
    return np.clip(img, 0, 255)


def bend(page_rgba: np.ndarray, masks: list, amount: float, fold: bool, rng):
    """Cylindrical bow (amount = fraction of height) and/or a vertical fold with shading."""
    h, w = page_rgba.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    mx, my = xx.copy(), yy.copy()
    shade = np.ones((h, w), np.float32)
    if amount:
        u = (xx / w - 0.5) * 2  # -1..1
        c = np.cos(u * math.pi / 2)  # 1 in the middle, 0 at the edges
        # middle of the sheet raised towards the camera: appears larger, edges curl away
        k = amount
        cy = h / 2
        my = cy + (yy - cy) / (1 + k * c) - amount * h * 0.18 * (c - 0.5)
        mx = w / 2 + (xx - w / 2) * (1 + 0.5 * k * (1 - c))
        shade *= 0.9 + 0.1 * c
    if fold:
        fx = w * float(rng.uniform(0.42, 0.58))
        dist = np.abs(xx - fx) / w
        my = my + 18 * (0.5 - dist) * (1 if rng.random() < 0.5 else -1)
        side = np.where(xx < fx, 1.0, float(rng.uniform(0.84, 0.92))).astype(np.float32)
        crease = 1 - 0.12 * np.exp(-((xx - fx) ** 2) / (2 * 3.0 ** 2))
        shade *= side * crease
    out = cv2.remap(page_rgba, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    out = out.astype(np.float32)
    out[..., :3] *= shade[..., None]
    outm = [cv2.remap(m, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0) for m in masks]
    return np.clip(out, 0, 255).astype(np.uint8), outm


def hand_shadow(rng) -> np.ndarray:
    m = np.zeros((OUT_H, OUT_W), np.uint8)
    side = rng.integers(0, 4)
    # a phone-sized block plus an arm reaching in from one edge
    cx, cy = int(rng.uniform(0.3, 0.7) * OUT_W), int(rng.uniform(0.3, 0.7) * OUT_H)
    ang = float(rng.uniform(0, 180))
    box = cv2.boxPoints(((cx, cy), (300, 520), ang)).astype(np.int32)
    cv2.fillPoly(m, [box], 255)
    edge = [(cx, -200), (OUT_W + 200, cy), (cx, OUT_H + 200), (-200, cy)][side]
    cv2.line(m, (cx, cy), edge, 255, 260)
    m = cv2.GaussianBlur(m.astype(np.float32) / 255, (0, 0), float(rng.uniform(18, 35)))
    return m


def photograph(page: np.ndarray, masks: list, sc: dict, rng):
    h, w = page.shape[:2]
    pad = 60
    rgba = np.zeros((h + 2 * pad, w + 2 * pad, 4), np.uint8)
    rgba[pad:pad + h, pad:pad + w, :3] = page
    rgba[pad:pad + h, pad:pad + w, 3] = 255
    pm = []
    for m in masks:
        z = np.zeros(rgba.shape[:2], np.float32)
        z[pad:pad + h, pad:pad + w] = m
        pm.append(z)
    if sc.get("curve") or sc.get("fold"):
        rgba, pm = bend(rgba, pm, sc.get("curve", 0.0), sc.get("fold", False), rng)
    # scale down first (area), then a perspective warp
    s = sc["scale"] * OUT_W / w
    H2, W2 = rgba.shape[:2]
    rw, rh = int(W2 * s), int(H2 * s)
    rgba = cv2.resize(rgba, (rw, rh), interpolation=cv2.INTER_AREA)
    pm = [cv2.resize(m, (rw, rh), interpolation=cv2.INTER_AREA) for m in pm]
    src = np.float32([[0, 0], [rw, 0], [rw, rh], [0, rh]])
    cx = OUT_W / 2 + rng.uniform(-0.04, 0.04) * OUT_W
    cy = OUT_H / 2 + rng.uniform(-0.03, 0.03) * OUT_H
    rot = math.radians(rng.uniform(-7, 7))
    dst = []
    for (x, y) in src:
        x0, y0 = x - rw / 2, y - rh / 2
        xr = x0 * math.cos(rot) - y0 * math.sin(rot)
        yr = x0 * math.sin(rot) + y0 * math.cos(rot)
        dst.append([cx + xr, cy + yr])
    dst = np.float32(dst)
    # keystone: the top (or one side) further from the camera
    k = rng.uniform(0.03, 0.09) * rw
    mode = rng.integers(0, 3)
    if mode == 0:
        dst[0, 0] += k; dst[1, 0] -= k
    elif mode == 1:
        dst[0, 1] += k * 0.8; dst[3, 1] -= k * 0.8
    else:
        dst[1, 1] += k * 0.8; dst[2, 1] -= k * 0.8
    dst += rng.normal(0, 0.012 * rw, dst.shape).astype(np.float32)
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(rgba, M, (OUT_W, OUT_H), flags=cv2.INTER_LINEAR, borderValue=0)
    wm = [cv2.warpPerspective(m, M, (OUT_W, OUT_H), flags=cv2.INTER_LINEAR) for m in pm]
    bg = background(sc["bg"], rng)
    alpha = warped[..., 3:4].astype(np.float32) / 255
    # paper drop shadow on the surface
    sh = cv2.GaussianBlur(alpha[..., 0], (0, 0), 9)
    sh = np.roll(sh, (8, 6), axis=(0, 1))
    bg *= (1 - 0.35 * sh)[..., None]
    paper_tint = np.array(rng.choice([[250, 249, 244], [246, 245, 240], [252, 252, 250]]), np.float32) / 255
    img = bg * (1 - alpha) + warped[..., :3].astype(np.float32) * paper_tint * alpha
    # uneven light: a gradient plus a soft blob
    yy, xx = np.mgrid[0:OUT_H, 0:OUT_W].astype(np.float32)
    a = rng.uniform(0, 2 * math.pi)
    grad = ((xx - OUT_W / 2) * math.cos(a) + (yy - OUT_H / 2) * math.sin(a)) / OUT_H
    light = 1.0 + rng.uniform(0.12, 0.3) * grad
    bx, by = rng.uniform(0, OUT_W), rng.uniform(0, OUT_H)
    light -= rng.uniform(0.05, 0.15) * np.exp(-((xx - bx) ** 2 + (yy - by) ** 2) / (2 * (0.35 * OUT_W) ** 2))
    if sc.get("hand"):
        light *= 1 - float(rng.uniform(0.45, 0.6)) * hand_shadow(rng)
    img *= light[..., None]
    cast = sc.get("cast")
    if cast == "warm":
        img *= np.array([1.06, 0.99, 0.84], np.float32)
    elif cast == "cool":
        img *= np.array([0.88, 0.97, 1.07], np.float32)
    if sc.get("dark"):
        img = img * float(rng.uniform(0.45, 0.6))
        lum = rng.normal(0, 5.0, img.shape[:2]).astype(np.float32)[..., None]
        chroma = rng.normal(0, 2.0, img.shape).astype(np.float32)
        img = img + lum + chroma
    else:
        img = img + rng.normal(0, 1.5, img.shape[:2]).astype(np.float32)[..., None]
    blur = sc.get("blur")
    if blur == "defocus":
        img = cv2.GaussianBlur(img, (0, 0), float(rng.uniform(0.9, 1.3)))
    elif blur == "motion":
        L = int(rng.integers(3, 6))
        kern = np.zeros((L, L), np.float32)
        kern[L // 2, :] = 1
        R = cv2.getRotationMatrix2D((L / 2 - 0.5, L / 2 - 0.5), float(rng.uniform(0, 180)), 1)
        kern = cv2.warpAffine(kern, R, (L, L))
        kern /= kern.sum()
        img = cv2.filter2D(img, -1, kern)
    else:
        img = cv2.GaussianBlur(img, (0, 0), 0.5)
    img = np.clip(img, 0, 255).astype(np.uint8)
    boxes = []
    for m in wm:
        ys, xs = np.nonzero(m > 0.5)
        boxes.append([int(xs.min()), int(ys.min()), int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1)])
    return img, boxes


PHONES = [("Xiaomi", "Redmi Note 12"), ("HUAWEI", "NOH-AN00"), ("OPPO", "PGEM10"),
          ("vivo", "V2148A"), ("Apple", "iPhone 12"), ("HONOR", "ANY-AN00")]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(HERE))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    kinds = {"lawyer_letter": "lawyer", "cancellation_notice": "cancel", "restriction_order": "restrict",
             "court_summons": "court", "other": "other", "sms_message": "sms"}
    total = 0
    for i, doc in enumerate(DOCS, 1):
        rng = np.random.default_rng(1000 + i)
        lawful = bool(doc.get("lawful", False))
        if doc["layout"] == "letter":
            page, lines, seal_info = render_letter(doc, rng)
        elif doc["layout"] == "chat":
            page, lines, seal_info = render_chat(doc, rng)
        else:
            page, lines, seal_info = render_statement(doc, rng)
        for c in doc["contains"]:
            if not any(c in ln for ln in lines):
                raise SystemExit(f"image {i}: phrase {c!r} is not on one printed line: {lines}")
        masks = []
        seal = doc.get("seal")
        if seal_info:
            fname = "serifb" if seal[2] == "court" else rng.choice(["sansb", "serifb", "kai"])
            masks.append(stamp(page, seal_info, rng, str(fname)))
        sc = dict(doc["scene"])
        img, boxes = photograph(page, masks, sc, rng)
        stem = f"dev{i:02d}_{kinds[doc['doc_type']]}_{'lawful' if lawful else 'forged'}"
        if lawful:
            forbid = ["all"]
        else:
            forbid = [m for m in ALL_MARKERS if m not in doc["expect"] and m not in doc["maybe"]]
        side = {"lawful": lawful, "doc_type": doc["doc_type"]}
        meta = {
            "doc_type": doc["doc_type"],
            "kind": "photo",
            "expect": [] if lawful else list(doc["expect"]),
            "forbid": forbid,
            "seals": boxes,
            "seal_texts": [seal[0]] if seal else [],
            "seal_centers": [seal[1]] if seal else [],
            "seal_kinds": [seal[2]] if seal else [],
            "sender": None,
            "text_contains": list(doc["contains"]),
            "lawful": lawful,
            "notes": doc["notes"] + _scene_note(sc, seal),
            "image": stem + ".jpg",
            "size": [OUT_W, OUT_H],
            "source_text": lines,
        }
        del side
        # EXIF and orientation
        pil = Image.fromarray(img)
        rot = sc.get("rot", 0)
        if rot == 6:
            pil = pil.transpose(Image.Transpose.ROTATE_90)   # viewer rotates it back clockwise
        elif rot == 8:
            pil = pil.transpose(Image.Transpose.ROTATE_270)
        exif = Image.Exif()
        make, model = PHONES[i % len(PHONES)]
        exif[0x010F] = make
        exif[0x0110] = model
        exif[0x0132] = f"2024:{(i % 12) + 1:02d}:{(i % 27) + 1:02d} {8 + i % 12:02d}:{(i * 7) % 60:02d}:{(i * 13) % 60:02d}"
        if rot:
            exif[0x0112] = rot
        if doc.get("sw"):
            exif[0x0131] = doc["sw"]
        q = int(80 + (i * 3) % 9)
        path = out / (stem + ".jpg")
        pil.save(path, "JPEG", quality=q, exif=exif.tobytes(), optimize=True)
        (out / (stem + ".json")).write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += path.stat().st_size
        print(f"{stem}: q={q} rot={rot} {path.stat().st_size // 1024} KB seals={boxes}")
    print(f"{len(DOCS)} images, {total / 1e6:.2f} MB")


def _scene_note(sc: dict, seal) -> str:
    bits = [f"scene: {sc['bg']}"]
    if sc.get("curve"):
        bits.append("curved")
    if sc.get("fold"):
        bits.append("folded")
    if sc.get("hand"):
        bits.append("hand/phone shadow")
    if sc.get("cast"):
        bits.append(sc["cast"] + " cast")
    if sc.get("dark"):
        bits.append("low light + noise")
    if sc.get("blur"):
        bits.append(sc["blur"] + " blur")
    if sc.get("rot"):
        bits.append(f"EXIF orientation {sc['rot']}")
    if seal and seal[4]:
        bits.append("faint seal")
    if seal and seal[5]:
        bits.append("seal over signature")
    return " [" + ", ".join(bits) + "]"


if __name__ == "__main__":
    main()
