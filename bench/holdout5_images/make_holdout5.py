#!/usr/bin/env python3
"""Generate the BLIND held-out image set v5 (60 images + JSON sidecars).

    python bench/holdout5_images/make_holdout5.py

Deterministic (fixed seeds). Written without reading the inspector package,
other bench sets or fixture generators. See README.md: rule authors must never
open the images, sidecars, this generator or its diffs.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from h5_render import Page, Screen, font, photo, scan, wrap, RED, INK  # noqa: E402

ALL_MARKERS = [
    "seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid", "image.edited",
    "penalty.inflated", "contract.termination", "blacklist.dishonest", "family.children",
    "lawsuit.threat", "visit.home", "persona.authority", "promise.fee_waiver",
    "contact.third_party", "contact.virtual_number", "blacklist.online_loan", "borrow.new_loan",
    "asset.freeze", "pressure.deadline", "sms.impersonation", "text.spaced",
]

F_COURT_A = dict(head="serif_b", title="serif_b", body="ming")
F_COURT_B = dict(head="serif_b", title="sans_b", body="serif")
F_COURT_C = dict(head="sans_b", title="serif_b", body="kai")
F_LAW_A = dict(head="sans_b", title="sans_b", body="sans")
F_LAW_B = dict(head="serif_b", title="serif_b", body="kai")
F_ZEN = dict(head="zen", title="zen", body="zen")
F_MICRO = dict(head="micro", title="micro", body="micro")
F_SERIF = dict(head="serif_b", title="serif_b", body="serif")


def court_seal(name, **kw):
    return dict(text=name, center="emblem", kind="court", font=kw.pop("font", "serif_b"), **kw)


def star_seal(name, kind, bottom=None, **kw):
    return dict(text=name, center="star", kind=kind, bottom=bottom, font=kw.pop("font", "sans_b"), **kw)


# ============================================================================ paper items
# blocks: ("center"|"right"|"left"|"para", text, role, size) ("spaced", chars, role, size, gap)
#         ("gap", px) ("redhead", text, size) ("redline",) ("logo", ch, label) ("underline",)
#         ("table", rows, size, opts) ("sign", lines, seal|None)

PAPERS = []


def paper(key, kind, doc_type, lawful, fonts, blocks, contains, notes, expect=(), maybe=(), body=32, **opt):
    PAPERS.append(dict(key=key, kind=kind, doc_type=doc_type, lawful=lawful, fonts=fonts, blocks=blocks,
                       contains=contains, notes=notes, expect=list(expect), maybe=list(maybe), body=body, opt=opt))


# ---------------------------------------------------------------- lawful court papers
paper("P-L1", "photo", "restriction_order", True, F_COURT_A, [
    ("center", "北京市朝阳区人民法院", "head", 46), ("center", "限制消费令", "title", 62),
    ("right", "（2024）京0105执8127号", "body", 30),
    ("left", "被执行人：王某某，男，1986年3月12日出生，汉族，住北京市朝阳区。", "body", 30),
    ("para", "本院于2024年3月5日立案执行申请执行人某某银行股份有限公司与被执行人王某某金融借款合同纠纷一案。因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，本院依照《中华人民共和国民事诉讼法》第二百六十六条和《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你采取限制消费措施，限制你不得实施以下高消费及非生活和工作必需的消费行为：", "body", 30),
    ("left", "（一）乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位；", "body", 30),
    ("left", "（二）在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费；", "body", 30),
    ("left", "（三）购买不动产或者新建、扩建、高档装修房屋；", "body", 30),
    ("left", "（四）旅游、度假。", "body", 30),
    ("para", "如你违反本限制消费令，经查证属实的，本院将依照《中华人民共和国民事诉讼法》第一百一十四条的规定，予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。", "body", 30),
    ("gap", 30),
    ("sign", ["北京市朝阳区人民法院", "二〇二四年四月二日"], court_seal("北京市朝阳区人民法院")),
], ["限制消费令", "京0105执8127号", "旅游、度假"], "Genuine-looking consumption-restriction order under a court emblem seal, valid case number.")

paper("P-L2", "photo", "restriction_order", True, F_COURT_B, [
    ("center", "杭州市西湖区人民法院", "head", 46), ("center", "决定书", "title", 62),
    ("right", "（2024）浙0106执2033号", "body", 30),
    ("left", "申请执行人：某某消费金融有限公司，住所地浙江省杭州市。", "body", 30),
    ("left", "被执行人：赵某某，女，1990年7月21日出生，汉族。", "body", 30),
    ("para", "本院在执行申请执行人某某消费金融有限公司与被执行人赵某某借款合同纠纷一案中，查明被执行人有履行能力而拒不履行生效法律文书确定的义务。依照《中华人民共和国民事诉讼法》第二百六十六条、《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条第一项的规定，决定如下：", "body", 30),
    ("para", "将被执行人赵某某纳入失信被执行人名单。", "body", 30),
    ("para", "本决定一经作出即生效。被执行人认为将其纳入失信被执行人名单错误的，可以向本院申请纠正。", "body", 30),
    ("gap", 40),
    ("sign", ["杭州市西湖区人民法院", "二〇二四年五月十六日"], court_seal("杭州市西湖区人民法院", R=122)),
], ["决定书", "浙0106执2033号", "申请纠正"], "Genuine-looking dishonest-debtor decision with the court's emblem seal and a valid case number.", body=30, landscape=True, bg="laminate")

paper("P-L3", "photo", "court_summons", True, F_COURT_A, [
    ("center", "北京市海淀区人民法院", "head", 46), ("center", "传票", "title", 66),
    ("table", [("案号", "（2024）京0108民初23456号"), ("案由", "金融借款合同纠纷"), ("被传唤人", "李某某"),
               ("工作单位或住址", "北京市海淀区某某路12号院3号楼"), ("传唤事由", "开庭审理"),
               ("应到时间", "2024年7月15日上午9时30分"), ("应到处所", "本院第十二法庭")], 30, {}),
    ("left", "注意事项：", "body", 30),
    ("left", "一、被传唤人必须准时到达应到处所。", "body", 30),
    ("left", "二、本传票由被传唤人携带来院报到。", "body", 30),
    ("left", "三、被传唤人收到传票后，应在送达回证上签名或者盖章。", "body", 30),
    ("gap", 10), ("left", "审判员：孙某某　　书记员：周某某", "body", 30), ("gap", 20),
    ("sign", ["北京市海淀区人民法院", "二〇二四年六月十一日"], court_seal("北京市海淀区人民法院", strength=0.6)),
], ["传票", "京0108民初23456号", "本院第十二法庭"], "Genuine-looking summons form with case number and a faint court emblem seal.", bg="dark")

paper("P-L4", "photo", "court_summons", True, F_SERIF, [
    ("center", "上海市浦东新区人民法院", "head", 44), ("center", "应诉通知书", "title", 60),
    ("right", "（2024）沪0115民初45210号", "body", 30),
    ("left", "钱某某：", "body", 32),
    ("para", "本院已受理原告某某银行股份有限公司上海分行诉你信用卡纠纷一案。现将起诉状副本送达给你，依照《中华人民共和国民事诉讼法》的有关规定，通知如下："),
    ("para", "一、你应在收到起诉状副本之日起十五日内向本院提交答辩状，并按对方当事人的人数提出副本。"),
    ("para", "二、当事人有申请回避、委托诉讼代理人、申请调解等诉讼权利。"),
    ("para", "三、你可登录人民法院在线服务平台或拨打12368查询案件信息。"),
    ("gap", 50),
    ("sign", ["上海市浦东新区人民法院", "二〇二四年五月二十日"], court_seal("上海市浦东新区人民法院")),
], ["应诉通知书", "沪0115民初45210号", "提交答辩状"], "Genuine-looking notice to respond, court emblem seal on the date.", bg="cloth")

paper("S-L1", "scan", "restriction_order", True, F_COURT_C, [
    ("center", "成都市锦江区人民法院", "head", 46), ("center", "限制消费令", "title", 60),
    ("right", "（2023）川0104执5531号", "body", 30),
    ("left", "被执行人：刘某某，男，1979年11月2日出生，住四川省成都市锦江区。", "body", 30),
    ("para", "本院于2023年9月18日立案执行申请执行人某某小额贷款有限公司与被执行人刘某某借款合同纠纷一案。因你未按执行通知书指定的期间履行生效法律文书确定的给付义务，本院依照《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条、第三条的规定，对你采取限制消费措施，限制你不得实施以下行为：", "body", 30),
    ("left", "（一）乘坐飞机、列车软卧、轮船二等以上舱位；", "body", 30),
    ("left", "（二）租赁高档写字楼、宾馆、公寓等场所办公；", "body", 30),
    ("left", "（三）支付高额保费购买保险理财产品。", "body", 30),
    ("para", "因私消费以个人财产实际支付所购买的商品或接受的服务的，可以向本院提出申请，经本院审查属实的，应予准许。", "body", 30),
    ("gap", 40),
    ("sign", ["成都市锦江区人民法院", "二〇二三年十月九日"], court_seal("成都市锦江区人民法院")),
], ["限制消费令", "川0104执5531号", "租赁高档写字楼"], "Scanned restriction order with court emblem seal, valid number.", body=30)

paper("S-L2", "scan", "restriction_order", True, F_COURT_A, [
    ("center", "深圳市福田区人民法院", "head", 46), ("center", "限制消费令", "title", 60),
    ("right", "（2024）粤0304执恢112号", "body", 30),
    ("left", "被执行人：陈某某，女，1992年5月8日出生，住广东省深圳市福田区。", "body", 30),
    ("para", "本院恢复执行申请执行人某某银行股份有限公司深圳分行与被执行人陈某某信用卡纠纷一案。因你未履行生效法律文书确定的给付义务，本院依照有关规定，对你采取限制消费措施。", "body", 30),
    ("para", "自本令送达之日起，你不得乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位，不得在星级以上宾馆、酒店消费。", "body", 30),
    ("para", "你如已履行完毕，可向本院申请解除限制消费措施。", "body", 30),
    ("gap", 60),
    ("sign", ["深圳市福田区人民法院", "二〇二四年三月二十八日"], court_seal("深圳市福田区人民法院", strength=0.5)),
], ["限制消费令", "粤0304执恢112号", "申请解除限制消费措施"], "Scanned restriction order (resumed enforcement number), faint court seal.", edge=True)

paper("S-L3", "scan", "court_summons", True, F_SERIF, [
    ("center", "杭州市西湖区人民法院", "head", 46), ("center", "传票", "title", 64),
    ("table", [("案号", "（2024）浙0106民初8876号"), ("案由", "民间借贷纠纷"), ("被传唤人", "邵某某"),
               ("工作单位或住址", "浙江省杭州市西湖区文三路某小区"), ("传唤事由", "开庭"),
               ("应到时间", "2024年8月6日下午14时00分"), ("应到处所", "本院第三法庭")], 30, {}),
    ("left", "注意事项：", "body", 30),
    ("left", "一、被传唤人必须准时到达应到处所。", "body", 30),
    ("left", "二、本传票由被传唤人携带来院报到。", "body", 30),
    ("gap", 40),
    ("sign", ["杭州市西湖区人民法院", "二〇二四年七月一日"], court_seal("杭州市西湖区人民法院", R=112)),
], ["传票", "浙0106民初8876号", "民间借贷纠纷"], "Scanned summons form with emblem seal.")

paper("S-L12", "scan", "court_summons", True, F_COURT_B, [
    ("center", "广州市天河区人民法院", "head", 46), ("center", "应诉通知书", "title", 58),
    ("right", "（2024）粤0106民初31207号", "body", 30),
    ("left", "欧阳某某：", "body", 32),
    ("para", "原告某某消费金融有限公司诉你借款合同纠纷一案，本院已立案受理。现将起诉状副本及证据材料送达给你。"),
    ("para", "你应当自收到本通知之日起十五日内向本院提交答辩状。逾期不提交的，不影响本院审理。"),
    ("para", "本案适用简易程序，由审判员独任审理。你可通过拨打12368或登录人民法院在线服务平台查询案件进展。"),
    ("gap", 60),
    ("sign", ["广州市天河区人民法院", "二〇二四年六月三日"], court_seal("广州市天河区人民法院")),
], ["应诉通知书", "粤0106民初31207号", "适用简易程序"], "Scanned notice to respond with court emblem seal.")

# ---------------------------------------------------------------- lawful law-firm letters
paper("P-L5", "photo", "lawyer_letter", True, F_LAW_A, [
    ("center", "律师函", "title", 66), ("right", "明律函〔2024〕第086号", "body", 28), ("gap", 10),
    ("left", "致：张某某先生", "body", 32),
    ("para", "北京市明理律师事务所（以下简称“本所”）接受某某银行股份有限公司信用卡中心（以下简称“委托人”）的委托，指派本所律师就您与委托人之间信用卡欠款一事，致函如下："),
    ("para", "根据委托人提供的材料，您于2022年申领的信用卡截至2024年5月31日尚欠款项人民币18,462.35元。"),
    ("para", "本所律师提请您与委托人联系，核对账目并协商还款事宜。如您对欠款金额有异议，可通过委托人官方客服热线或到营业网点查询核实。"),
    ("para", "如协商不成，委托人保留依法通过诉讼途径解决的权利。"),
    ("left", "特此函告。", "body", 32), ("gap", 40),
    ("left", "承办律师：刘某某", "body", 30), ("gap", 10),
    ("sign", ["北京市明理律师事务所", "2024年6月10日"], star_seal("北京市明理律师事务所", "law_firm")),
], ["律师函", "北京市明理律师事务所", "核对账目"], "Ordinary law-firm demand letter with the firm's star seal on the date line.", bg="laminate")

paper("P-L6", "photo", "lawyer_letter", True, F_ZEN, [
    ("center", "上海恒信律师事务所", "head", 40), ("center", "律师函", "title", 60),
    ("left", "致：周某某女士", "body", 32),
    ("para", "本所接受某某消费金融有限公司（以下简称“委托人”）的委托，就您与委托人之间的借款合同事宜致函如下："),
    ("para", "据委托人陈述，您在委托人处的借款截至2024年4月30日尚欠本金人民币6,200.00元及相应利息。"),
    ("para", "请您通过委托人官方App或官方客服电话核实账目，并与委托人协商还款安排。如您对欠款有异议，请向委托人书面提出，并附相关证据。"),
    ("para", "本函仅为催告，不代表委托人已提起诉讼。"),
    ("gap", 60),
    ("sign", ["上海恒信律师事务所", "二〇二四年五月八日"], star_seal("上海恒信律师事务所", "law_firm", strength=0.55, R=112)),
], ["律师函", "上海恒信律师事务所", "本函仅为催告"], "Law-firm letter with a faint star seal of the firm.", bg="wood")

paper("S-L4", "scan", "lawyer_letter", True, F_LAW_B, [
    ("center", "律师函", "title", 64), ("right", "正平律函字〔2024〕第17号", "body", 28),
    ("left", "致：广州某某餐饮管理有限公司", "body", 32),
    ("para", "广东正平律师事务所受广州某某置业有限公司（以下简称“委托人”）委托，就贵司拖欠房屋租金一事，致函如下："),
    ("para", "贵司承租委托人位于广州市天河区某某路的商铺，自2024年1月起未按《房屋租赁合同》约定支付租金，截至本函发出之日共欠租金人民币96,000元。"),
    ("para", "请贵司在收到本函后与委托人联系结算租金。如有异议，请提供付款凭证。委托人保留依照合同及法律规定主张权利的权利。"),
    ("gap", 50),
    ("sign", ["广东正平律师事务所", "律师：黄某某", "2024年4月22日"], star_seal("广东正平律师事务所", "law_firm")),
], ["律师函", "拖欠房屋租金", "广东正平律师事务所"], "Scanned law-firm letter about rent arrears, firm star seal.")

paper("S-L5", "scan", "lawyer_letter", True, F_MICRO, [
    ("center", "浙江知行律师事务所", "head", 40), ("center", "律师函", "title", 62),
    ("left", "致：某某网络科技有限公司", "body", 32),
    ("para", "本所接受杭州某某文化传媒有限公司的委托，就贵司未经许可在其网站使用委托人享有著作权的摄影作品一事，致函如下："),
    ("para", "经委托人核查，贵司网站自2023年起使用委托人摄影作品共计12幅，未取得授权。请贵司收到本函后停止使用上述作品，并与委托人协商许可或赔偿事宜。"),
    ("para", "本所律师联系电话：0571-8765 4321。"),
    ("gap", 60),
    ("sign", ["浙江知行律师事务所", "二〇二四年二月二十六日"], star_seal("浙江知行律师事务所", "law_firm", R=114)),
], ["律师函", "摄影作品", "浙江知行律师事务所"], "Scanned copyright letter from a law firm with its star seal.", edge=True)

# ---------------------------------------------------------------- lawful bank papers
paper("P-L7", "photo", "cancellation_notice", True, F_SERIF, [
    ("center", "贷款提前到期通知书", "title", 56), ("right", "编号：JH2024-0517", "body", 28), ("gap", 10),
    ("left", "借款人孙某某：", "body", 32),
    ("para", "您于2021年8月与我行签订《个人消费借款合同》（合同编号：110020210815），借款本金人民币200,000元。截至2024年5月10日，您已连续六期未按约定归还借款本息，累计逾期本息人民币23,418.60元。"),
    ("para", "根据合同第十四条约定，借款人连续三期或累计六期未按约定还款的，贷款人有权宣布贷款提前到期。我行依约宣布上述借款自本通知送达之日起提前到期，请您与我行联系办理还款事宜。"),
    ("para", "如您对上述欠款有异议，请携带有效身份证件到我行营业网点或拨打客服热线95533核实。"),
    ("gap", 50),
    ("sign", ["中国建设银行股份有限公司北京朝阳支行", "2024年5月17日"], star_seal("中国建设银行股份有限公司北京朝阳支行", "bank", R=122)),
], ["贷款提前到期通知书", "合同第十四条", "95533"], "Bank's acceleration notice under a contract clause after six missed instalments, bank star seal.", body=31, bg="laminate")

paper("P-L8", "photo", "other", True, F_LAW_A, [
    ("center", "逾期还款提醒函", "title", 56), ("gap", 10),
    ("left", "尊敬的客户冯某某：", "body", 32),
    ("para", "您在我行办理的个人消费贷款（借据号：330106202201180021）截至2024年6月5日已逾期15天，逾期本金人民币3,120.00元，逾期利息人民币41.26元。"),
    ("para", "请您尽快通过我行手机银行、营业网点或客服热线95599办理还款。逾期记录将按规定报送金融信用信息基础数据库。如您已还款，请忽略本函。"),
    ("para", "如有疑问，请联系您的客户经理或前往我行营业网点咨询。"),
    ("gap", 60),
    ("sign", ["中国农业银行股份有限公司杭州西湖支行", "二〇二四年六月六日"], star_seal("中国农业银行股份有限公司杭州西湖支行", "bank", bottom="业务专用章", R=120)),
], ["逾期还款提醒函", "95599", "请忽略本函"], "Polite bank reminder letter with the branch's star business seal.", bg="dark")

paper("S-L7", "scan", "other", True, F_COURT_B, [
    ("center", "信用卡欠款提醒函", "title", 54), ("gap", 10),
    ("left", "尊敬的持卡人韩某某：", "body", 32),
    ("para", "您尾号6602的信用卡截至2024年5月25日欠款人民币8,736.40元，其中逾期金额人民币1,200.00元。"),
    ("para", "为避免影响您的个人信用记录，请尽快通过我行App或网点还款。如还款有困难，可致电95555咨询个性化分期还款协商事宜，具体以我行审核结果为准。"),
    ("para", "本函由我行发出，我行不会要求您向任何个人账户转账。"),
    ("gap", 60),
    ("sign", ["招商银行股份有限公司上海分行", "2024年5月27日"], star_seal("招商银行股份有限公司上海分行", "bank")),
], ["信用卡欠款提醒函", "95555", "个人信用记录"], "Scanned card arrears reminder from a bank, star seal.")

# ---------------------------------------------------------------- lawful hard negatives (red headers, logos, lines)
paper("P-L9", "photo", "other", True, F_SERIF, [
    ("redhead", "杭州云帆科技有限公司文件", 62), ("center", "云帆发〔2024〕12号", "body", 28), ("redline",),
    ("center", "关于2024年端午节放假安排的通知", "title", 40), ("gap", 10),
    ("left", "公司各部门：", "body", 32),
    ("para", "根据国务院办公厅通知精神，结合公司实际，现将2024年端午节放假安排通知如下："),
    ("para", "6月8日至10日放假调休，共3天。6月11日（星期二）正常上班。"),
    ("para", "请各部门妥善安排值班，做好节前安全检查，关闭电源门窗。节日期间如遇紧急情况，请及时联系行政部。"),
    ("gap", 60),
    ("sign", ["杭州云帆科技有限公司行政部", "2024年6月3日"], None),
], ["端午节放假安排", "公司各部门", "正常上班"], "Company red-letterhead holiday notice, no seal, nothing to flag.", bg="wood")

paper("P-L10", "photo", "other", True, F_ZEN, [
    ("redhead", "北京市朝阳区青年路社区居民委员会", 52, "head"), ("redline",),
    ("center", "关于开展夏季消防安全检查的通知", "title", 40), ("gap", 10),
    ("left", "各位居民：", "body", 32),
    ("para", "为切实做好夏季消防安全工作，社区将于6月18日至6月22日组织工作人员对楼道、地下室及电动车充电区域开展消防安全检查。"),
    ("para", "请居民清理楼道堆放杂物，不要在楼道内为电动车充电。检查期间给您带来的不便，敬请谅解。"),
    ("para", "咨询电话：010-8577 2312"),
    ("gap", 50),
    ("sign", ["青年路社区居民委员会", "2024年6月14日"], star_seal("北京市朝阳区青年路社区居民委员会", "committee", R=118)),
], ["消防安全检查", "各位居民", "电动车充电"], "Residents' committee notice with red header and the committee's star seal.", bg="laminate")

paper("P-L11", "photo", "other", True, F_MICRO, [
    ("logo", "福", "福满楼家常菜"), ("underline",), ("gap", 20),
    ("center", "午市套餐  11:00-14:00", "title", 40), ("gap", 10),
    ("left", "A  红烧肉套餐（含米饭、例汤）  28元", "body", 36),
    ("left", "B  宫保鸡丁套餐（含米饭、例汤）  26元", "body", 36),
    ("left", "C  番茄牛腩套餐（含米饭、例汤）  32元", "body", 36),
    ("left", "D  清炒时蔬加卤蛋套餐  18元", "body", 36),
    ("gap", 20), ("underline",), ("gap", 10),
    ("left", "外卖电话：028-8665 1207　　地址：锦江区春熙路某号", "body", 28),
    ("left", "会员满100元送凉菜一份，欢迎光临！", "body", 28),
], ["福满楼家常菜", "午市套餐", "宫保鸡丁套餐"], "Restaurant menu with a red round logo and red rules, no seal.", landscape=True, bg="wood")

paper("P-L12", "photo", "other", True, dict(head="serif_b", title="serif_b", body="sans"), [
    ("redhead", "收款收据", 56, "title"), ("right", "No. 0038471", "body", 28),
    ("table", [("交款单位", "张某某（3栋2单元501）"), ("收款事由", "2024年上半年物业服务费"),
               ("金额（大写）", "壹仟贰佰陆拾元整"), ("金额（小写）", "¥1,260.00"), ("收款方式", "微信支付")],
     32, dict(line=RED, text=RED, value_role="kai", value_fill=(30, 45, 120), label_w=280)),
    ("gap", 30),
    ("left", "收款人：王某　　经手人：李某", "body", 30), ("gap", 20),
    ("sign", ["成都锦程物业服务有限公司", "2024年6月12日"], star_seal("成都锦程物业服务有限公司", "company", bottom="财务专用章", R=112)),
], ["收款收据", "物业服务费", "壹仟贰佰陆拾元整"], "Red-printed receipt form with a company finance seal.", bg="cloth")

paper("P-L13", "photo", "other", True, F_LAW_A, [
    ("redhead", "缴费通知单", 60, "title"), ("underline",), ("gap", 20),
    ("left", "尊敬的业主：", "body", 32),
    ("para", "您好！2024年下半年物业服务费及公共能耗费已开始收取，请于7月31日前到物业服务中心或通过小区公众号缴纳。"),
    ("left", "物业服务费：2.20元/平方米/月", "body", 32),
    ("left", "公共能耗费：0.30元/平方米/月", "body", 32),
    ("para", "如已缴纳，请忽略本通知。感谢您对物业工作的支持与配合！"),
    ("gap", 40),
    ("sign", ["锦绣花园物业服务中心", "2024年7月1日"], None),
], ["缴费通知单", "物业服务费", "公共能耗费"], "Property-fee notice with red title and red underline, no seal.", bg="laminate")

paper("S-L6", "scan", "cancellation_notice", True, F_SERIF, [
    ("center", "解除房屋租赁合同通知书", "title", 52), ("gap", 10),
    ("left", "致承租人：吴某某", "body", 32),
    ("para", "您与我司于2022年3月1日签订《房屋租赁合同》，租赁南京市鼓楼区某某路18号房屋。合同到期日为2024年8月31日，我司不再续租。"),
    ("para", "根据合同第九条约定，现通知您双方租赁关系于合同到期日终止，请您于到期日前办理退租交接，押金将在交接完成后七个工作日内退还至您的原付款账户。"),
    ("para", "如有疑问，请致电025-8330 1122。"),
    ("gap", 50),
    ("sign", ["南京安居房产经纪有限公司", "2024年6月20日"], star_seal("南京安居房产经纪有限公司", "company", bottom="合同专用章")),
], ["解除房屋租赁合同通知书", "合同第九条", "押金"], "Landlord's notice that a lease ends at term, company contract seal.")

paper("S-L8", "scan", "other", True, F_MICRO, [
    ("redhead", "苏州明德精密机械有限公司", 56, "head"), ("redline",),
    ("center", "关于召开2024年第二季度安全生产会议的通知", "title", 36), ("gap", 10),
    ("left", "各车间、各部门：", "body", 32),
    ("para", "公司定于2024年7月5日（星期五）上午9:00在三楼会议室召开第二季度安全生产会议，请各车间主任及部门负责人准时参加。"),
    ("para", "请各部门提前准备本季度安全生产情况汇报材料，会议时长约两小时。"),
    ("gap", 60),
    ("sign", ["综合管理部", "2024年7月1日"], None),
], ["安全生产会议", "三楼会议室", "各车间、各部门"], "Company red letterhead meeting notice, no seal.")

paper("S-L9", "scan", "other", True, F_LAW_B, [
    ("logo", "睿", "上海睿达信息技术有限公司", ), ("redline",),
    ("center", "在职证明", "title", 58), ("gap", 20),
    ("para", "兹证明林某某（身份证号：310************218）自2019年7月起在我公司工作，现任研发部高级工程师，工作表现良好。"),
    ("para", "特此证明。本证明仅用于办理签证申请，不作他用。"),
    ("gap", 80),
    ("sign", ["上海睿达信息技术有限公司", "2024年6月18日"], star_seal("上海睿达信息技术有限公司", "company")),
], ["在职证明", "高级工程师", "办理签证申请"], "Employment certificate with red logo and company star seal.")

paper("S-L10", "scan", "other", True, F_COURT_A, [
    ("redhead", "杭州市西湖区北山街道办事处", 54, "head"), ("redline",),
    ("center", "关于做好防汛防台工作的通知", "title", 40), ("gap", 10),
    ("left", "各社区、各有关单位：", "body", 32),
    ("para", "近期我区将进入主汛期，为切实做好防汛防台工作，确保人民群众生命财产安全，现将有关事项通知如下："),
    ("para", "一、各社区要对辖区内低洼地带、地下车库进行排查，及时清理排水设施。"),
    ("para", "二、严格落实值班制度，遇有险情及时上报。"),
    ("gap", 50),
    ("sign", ["杭州市西湖区北山街道办事处", "2024年6月10日"], star_seal("杭州市西湖区北山街道办事处", "government", font="serif_b")),
], ["防汛防台", "各社区、各有关单位", "值班制度"], "Sub-district office red-header notice with its star seal.")

paper("S-L11", "scan", "other", True, F_ZEN, [
    ("logo", "医", "和康口腔门诊部"), ("underline",), ("gap", 10),
    ("center", "门诊收费单", "title", 48),
    ("table", [("姓名", "宋某某"), ("项目", "洗牙（超声波洁治）"), ("项目", "口腔检查"), ("合计", "¥260.00"), ("支付方式", "医保个人账户")],
     30, dict(line=RED, label_w=220)),
    ("left", "温馨提示：请保管好本收费单，如需发票请在30日内到前台开具。", "body", 28),
], ["门诊收费单", "口腔检查", "和康口腔门诊部"], "Clinic fee slip with red logo and red table rules, no seal.", edge=True)

# ---------------------------------------------------------------- forged papers
paper("P-F1", "photo", "lawyer_letter", False, F_LAW_A, [
    ("center", "律师函", "title", 70), ("gap", 10),
    ("left", "致：陈某某（身份证号：3301**********1234）", "body", 32),
    ("para", "本律师受“闪电借”平台委托，就你在该平台借款逾期一事正式函告如下：你的借款已逾期47天，已构成严重违约。"),
    ("para", "根据借款协议，平台将按剩余本金的20%收取违约金，并立即解除合同，你须一次性结清全部欠款共计人民币12,680元。"),
    ("para", "请你务必在收到本函后48小时内处理完毕，否则我方将立即向法院提起诉讼，由此产生的一切后果自负。"),
    ("gap", 60),
    ("sign", ["华诚律师事务所", "2024年6月3日"], None),
], ["律师函", "剩余本金的20%", "48小时内"], "Lawyer-style letter with no seal, penalty on the remaining principal, termination and a 48-hour ultimatum.",
    expect=["seal.missing", "penalty.inflated", "contract.termination", "pressure.deadline", "lawsuit.threat"], bg="wood")

paper("P-F2", "photo", "lawyer_letter", False, F_MICRO, [
    ("center", "律师函", "title", 64), ("right", "编号：LS-20240611-0387", "body", 28),
    ("left", "致借款人刘某某：", "body", 32),
    ("para", "本函由逾期案件处理中心联合律师团队出具。经核实，你在我司合作平台的借款长期逾期不还。"),
    ("para", "我方已安排外访人员近日上门催收，并将走访你的户籍地及工作单位，届时将一并通知你的紧急联系人和家人。"),
    ("para", "如需协商，请回电17012345678（李专员）。"),
    ("gap", 60),
    ("sign", ["天衡律师事务所（盖章）", "2024年6月11日"], None),
], ["逾期案件处理中心", "上门催收", "17012345678"], "Unsealed lawyer letter from a 'case processing centre' threatening visits and contacting family, 170 call-back.",
    expect=["seal.missing", "persona.authority", "visit.home", "contact.third_party", "contact.virtual_number"],
    maybe=["pressure.deadline"], bg="laminate")

paper("P-F3", "photo", "lawyer_letter", False, F_SERIF, [
    ("center", "律师函", "title", 66), ("gap", 10),
    ("left", "致：黄某某", "body", 32),
    ("para", "你于2023年11月在“速融贷”App借款人民币8,000元，至今逾期未还。现受出借方委托，正式通知如下："),
    ("para", "若你在2024年6月20日下午5点前仍未还清欠款，我方将申请冻结你名下所有银行卡、微信及支付宝账户，并将你列入失信被执行人名单。"),
    ("para", "届时你将被限制高消费，坐不了高铁和飞机。"),
    ("gap", 60),
    ("sign", ["委托方：深圳市速融网络小额贷款有限公司", "2024年6月17日"],
     star_seal("深圳市速融网络小额贷款有限公司", "company", bottom="合同专用章", R=120)),
], ["律师函", "下午5点前", "坐不了高铁和飞机"], "A 'lawyer letter' stamped with the lending company's star seal, freezing and dishonest-list threats with a deadline.",
    expect=["seal.issuer_mismatch", "pressure.deadline", "asset.freeze", "blacklist.dishonest"], maybe=["lawsuit.threat"], bg="cloth")

paper("P-F4", "photo", "restriction_order", False, F_COURT_A, [
    ("center", "北京市朝阳区人民法院", "head", 46), ("center", "限制消费令", "title", 62),
    ("right", "（2024）京朝执字第00361号", "body", 30),
    ("left", "被执行人：周某某", "body", 32),
    ("para", "你在“好借钱”平台的借款已逾期90天，经本院审查，现对你发出限制消费令。自即日起你已被列入失信被执行人名单，禁止乘坐飞机、高铁，禁止入住星级酒店。"),
    ("para", "你的失信记录将影响子女上学及参军政审。"),
    ("para", "请于收到本令之日起3日内联系平台还清欠款，逾期后果自负。"),
    ("gap", 60),
    ("sign", ["北京市朝阳区人民法院", "2024年6月5日"], None),
], ["限制消费令", "京朝执字第00361号", "影响子女上学"], "Unsealed 'restriction order' with an old-style invented case number, children and 3-day threats.",
    expect=["seal.missing", "doc.case_number_invalid", "blacklist.dishonest", "family.children", "pressure.deadline"],
    maybe=["lawsuit.threat", "sms.impersonation"], bg="dark")

paper("P-F5", "photo", "court_summons", False, F_COURT_B, [
    ("center", "广州市天河区人民法院", "head", 46), ("center", "传票", "title", 66),
    ("table", [("案号", "（2024）粤民初字第5678号"), ("案由", "网络借款合同纠纷"), ("被传唤人", "吴某某"),
               ("传唤事由", "你恶意拖欠网络借款，本院已立案"), ("应到时间", "收到本传票后72小时内"),
               ("联系人", "诉讼专员 17123456789")], 30, {}),
    ("left", "注意：逾期不到，本院将依法对你实施拘留。", "body", 32),
    ("gap", 60),
    ("sign", ["广州市天河区人民法院", "2024年6月8日"], star_seal("广州市汇达信息咨询有限公司", "company", R=118)),
], ["传票", "粤民初字第5678号", "72小时内"], "Summons under a consultancy's star seal, malformed case number, arrest threat and 171 number.",
    expect=["seal.issuer_mismatch", "doc.case_number_invalid", "lawsuit.threat", "contact.virtual_number", "pressure.deadline"],
    maybe=["persona.authority", "sms.impersonation"], bg="laminate")

paper("P-F6", "photo", "cancellation_notice", False, F_ZEN, [
    ("center", "解除合同通知书", "title", 60), ("gap", 10),
    ("left", "借款人：郑某某", "body", 32),
    ("para", "你在我司“易借花”平台的借款已逾期12天。根据平台规定，我司决定立即解除借款合同，你须一次性结清全部欠款。"),
    ("para", "同时，我司将按剩余本金的15%收取违约金，共计人民币2,340元。"),
    ("para", "如你能在今日将欠款转到以下个人账户，可为你申请减免罚息："),
    ("left", "户名：林某某　账号：6222 0210 0112 3456 789", "body", 30),
    ("gap", 60),
    ("sign", ["杭州易借花网络科技有限公司", "2024年6月14日"], None),
], ["解除合同通知书", "剩余本金的15%", "减免罚息"], "Unsealed cancellation notice after 12 days, penalty on remaining principal, waiver for payment to a private account.",
    expect=["seal.missing", "contract.termination", "penalty.inflated", "promise.fee_waiver"], maybe=["pressure.deadline"], bg="wood")

paper("P-F7", "photo", "restriction_order", False, F_LAW_A, [
    ("center", "全国网贷黑名单录入通知", "title", 54), ("right", "通知编号：HMD-2024-118842", "body", 28),
    ("left", "当事人：孙某某", "body", 32),
    ("para", "因你长期逾期拒不还款，你的个人信息将于24小时内录入全网黑名单和行业共享黑名单，届时所有网贷平台将拒绝为你提供服务。"),
    ("para", "我方同时将把你的欠款情况通知你的紧急联系人及通讯录好友。"),
    ("gap", 60),
    ("sign", ["网络金融信用信息中心", "2024年6月2日"], None),
], ["网贷黑名单", "24小时内", "紧急联系人"], "Unsealed 'online-loan blacklist' notice with a 24-hour deadline and address-book threat.",
    expect=["seal.missing", "blacklist.online_loan", "pressure.deadline", "contact.third_party"],
    maybe=["persona.authority", "doc.case_number_invalid", "blacklist.dishonest"], landscape=True, bg="dark")

paper("P-F8", "photo", "court_summons", False, F_SERIF, [
    ("center", "上海市浦东新区人民法院", "head", 44), ("spaced", "法院传票", "title", 62, 1.0),
    ("right", "（2024）沪执12号", "body", 30),
    ("left", "被告：冯某某", "body", 32),
    ("para", "你因网络借款逾期已被起诉，本院已立案受理。请于2024年6月21日前到本院报到，否则将依法缺席判决并强制执行。"),
    ("para", "执行人员将于近日上门送达，并走访你的家人和邻居。"),
    ("gap", 60),
    ("sign", ["上海市浦东新区人民法院", "2024年6月15日"], None),
], ["沪执12号", "本院已立案受理", "上门送达"], "Unsealed 'summons' with a spaced-out title, a number lacking the court code, lawsuit and visit threats.",
    expect=["seal.missing", "text.spaced", "doc.case_number_invalid", "lawsuit.threat", "visit.home"],
    maybe=["pressure.deadline", "contact.third_party", "sms.impersonation"], bg="laminate")

paper("P-F9", "photo", "restriction_order", False, F_MICRO, [
    ("center", "限高令", "title", 70),
    ("right", "（2024）粤0305执字第221号", "body", 30),
    ("left", "被执行人：何某某", "body", 32),
    ("para", "经金融纠纷调解中心审查，你拖欠借款逾期已久，现对你下达限高令：限制你乘坐飞机、高铁及一切高消费行为。"),
    ("para", "如继续拖欠，将冻结你名下银行卡及微信、支付宝账户。"),
    ("gap", 60),
    ("sign", ["深圳市南山区金融纠纷调解中心", "2024年6月9日"], star_seal("深圳市南山区金融纠纷调解中心", "mediation", R=120)),
], ["限高令", "粤0305执字第221号", "金融纠纷调解中心"], "'Height-restriction order' from a mediation centre under a star seal, invented number, freezing threat.",
    expect=["seal.issuer_mismatch", "doc.case_number_invalid", "blacklist.dishonest", "persona.authority", "asset.freeze"],
    maybe=["sms.impersonation"], bg="cloth")

paper("S-F1", "scan", "lawyer_letter", False, F_COURT_B, [
    ("center", "律师函", "title", 66), ("gap", 10),
    ("left", "致：马某某", "body", 32),
    ("para", "受“快易贷”平台委托，本所律师郑重通知你：你以虚假信息借款且逾期不还，已涉嫌骗贷，平台已将材料提交经侦部门。"),
    ("para", "我方将于本周内通知你单位领导及人事部门，协助追讨欠款。"),
    ("para", "请于2024年6月12日18时前还清全部欠款，这是最后通牒。"),
    ("gap", 60),
    ("sign", ["金盾律师事务所", "2024年6月10日"], None),
], ["律师函", "涉嫌骗贷", "最后通牒"], "Unsealed lawyer letter with fraud/police threat, employer contact and ultimatum.",
    expect=["seal.missing", "lawsuit.threat", "contact.third_party", "pressure.deadline"])

paper("S-F2", "scan", "restriction_order", False, F_COURT_A, [
    ("center", "成都市锦江区人民法院", "head", 46), ("center", "限制消费令", "title", 62),
    ("right", "（2024）川执0104第778号", "body", 30),
    ("para", "被执行人杨某某在“花无忧”平台借款逾期未还，本院决定对其采取限制消费措施，并列入失信被执行人名单，限制其乘坐飞机、高铁。"),
    ("para", "请被执行人与平台联系还款。"),
    ("gap", 60),
    ("sign", ["成都市锦江区人民法院", "2024年5月28日"], star_seal("四川花无忧网络科技有限公司", "company", R=118)),
], ["限制消费令", "川执0104第778号", "花无忧"], "Restriction order under the lender's own star seal with a malformed case number.",
    expect=["seal.issuer_mismatch", "doc.case_number_invalid", "blacklist.dishonest"], maybe=["sms.impersonation"])

paper("S-F3", "scan", "cancellation_notice", False, F_ZEN, [
    ("center", "提前到期及解除合同通知", "title", 54), ("gap", 10),
    ("left", "尊敬的用户朱某某：", "body", 32),
    ("para", "你的借款仅逾期5天，根据平台规则，你的全部借款已提前到期，合同立即解除，请一次性结清全部欠款。"),
    ("para", "逾期期间按剩余本金的10%收取违约金。"),
    ("para", "如暂时无力偿还，建议你先去其他平台借款还上，以免影响征信。"),
    ("gap", 60),
    ("sign", ["北京优分期信息技术有限公司", "2024年6月6日"], None),
], ["解除合同通知", "剩余本金的10%", "其他平台借款"], "Unsealed acceleration notice after 5 days, penalty on remaining principal, pushes a new loan.",
    expect=["seal.missing", "contract.termination", "penalty.inflated", "borrow.new_loan"], maybe=["pressure.deadline"])

paper("S-F4", "scan", "court_summons", False, F_SERIF, [
    ("center", "南京市鼓楼区人民法院", "head", 46), ("center", "传票", "title", 66),
    ("left", "被传唤人：许某某", "body", 32),
    ("para", "你因拖欠“金鼎借”平台借款，已被平台起诉，本院已立案。请你于收到本传票后24小时内主动联系平台还款。"),
    ("para", "逾期未处理，本院将冻结你名下所有银行卡并查封你的房产。"),
    ("gap", 60),
    ("sign", ["南京市鼓楼区人民法院", "2024年6月13日"], None),
], ["传票", "24小时内", "查封你的房产"], "Unsealed 'summons' with no case number, 24-hour deadline and freezing threat.",
    expect=["seal.missing", "doc.case_number_invalid", "lawsuit.threat", "asset.freeze", "pressure.deadline"],
    maybe=["sms.impersonation"], edge=True)


def render_paper(it, rng):
    sc = 1.0
    while True:
        pg = Page(rng, it["fonts"], scale=sc)
        body = it["body"]
        for b in it["blocks"]:
            op = b[0]
            if op in ("center", "right", "left"):
                getattr(pg, op)(b[1], b[2], b[3] if len(b) > 3 else body)
            elif op == "para":
                pg.para(b[1], b[2] if len(b) > 2 else "body", b[3] if len(b) > 3 else body)
            elif op == "spaced":
                pg.spaced(b[1], b[2], b[3], b[4])
            elif op == "gap":
                pg.gap(b[1])
            elif op == "redhead":
                pg.redhead(b[1], b[2], b[3] if len(b) > 3 else "title")
            elif op == "redline":
                pg.redline()
            elif op == "logo":
                pg.logo(b[1], label=b[2] if len(b) > 2 else None)
            elif op == "underline":
                pg.underline()
            elif op == "table":
                pg.table(b[1], b[2], **b[3])
            elif op == "sign":
                pg.sign(b[1], size=body, seal=b[2])
        if not pg.overflow() or sc < 0.7:
            break
        sc *= 0.94
    arr = pg.finish()
    return arr, pg.seals, pg.lines


# ============================================================================ screenshots

SCREENS = []


def screen(key, doc_type, lawful, builder, contains, notes, sender=None, expect=(), maybe=()):
    SCREENS.append(dict(key=key, kind="screenshot", doc_type=doc_type, lawful=lawful, builder=builder, contains=contains,
                        notes=notes, sender=sender, expect=list(expect), maybe=list(maybe)))


def sms(sender, msgs, style="ios", dark=False, fkey="sans", size=28, time=None, W=720, H=1560, label=None):
    """An SMS thread. msgs: list of (stamp, text) received from `sender`, or ("me", text)."""
    def build(rng):
        sc = Screen(W, H, dark=dark)
        sc.status(time or f"{int(rng.integers(8, 23)):02d}:{int(rng.integers(0, 60)):02d}")
        hf = font("sans_b", 34)
        sf = font("sans", 22)
        if style == "ios":
            cx = W / 2
            sc.d.ellipse([cx - 36, sc.y + 6, cx + 36, sc.y + 78], fill=(160, 164, 172) if not dark else (90, 90, 96))
            sc.d.text((28, sc.y + 20), "‹", font=font("sans", 48), fill=(10, 132, 255))
            sc.ctext(sc.y + 86, sender, font("sans", 26), sc.fg)
            sc.y += 130
            sc.d.line([(0, sc.y), (W, sc.y)], fill=(60, 60, 64) if dark else (220, 220, 222), width=1)
            sc.y += 20
            sc.ctext(sc.y, "短信/彩信", sf, sc.grey)
            sc.y += 34
        else:
            hb = (24, 24, 26) if dark else (246, 246, 246)
            sc.d.rectangle([0, sc.y, W, sc.y + 110], fill=hb)
            sc.d.text((24, sc.y + 24), "←", font=font("sans", 40), fill=sc.fg)
            sc.text(96, sc.y + 14, sender, hf, sc.fg)
            sc.text(96, sc.y + 64, label or "短信", sf, sc.grey)
            sc.y += 140
        for stamp, text in msgs:
            if stamp == "me":
                sc.bubble(text, side="out", fkey=fkey, size=size, bcol=(10, 132, 255) if style == "ios" else (0, 150, 136), tcol=(255, 255, 255))
                continue
            if stamp:
                sc.ctext(sc.y, stamp, sf, sc.grey)
                sc.y += 40
            sc.bubble(text, side="in", fkey=fkey, size=size)
        # input bar
        y = H - 100
        sc.d.rounded_rectangle([90, y, W - 90, y + 62], radius=31, outline=(80, 80, 84) if dark else (200, 200, 204), width=2)
        sc.d.text((116, y + 14), "短信", font=font("sans", 26), fill=sc.grey)
        return sc
    return build


def chat(title, msgs, fkey="sans", time="21:07", dark=False):
    def build(rng):
        bg = (17, 17, 17) if dark else (237, 237, 237)
        sc = Screen(720, 1560, dark=dark, bg=bg)
        sc.status(time)
        sc.ctext(sc.y + 20, title, font("sans_b", 32), sc.fg)
        sc.d.text((26, sc.y + 14), "‹", font=font("sans", 48), fill=sc.fg)
        sc.d.text((650, sc.y + 10), "···", font=font("sans_b", 36), fill=sc.fg)
        sc.y += 96
        sc.d.line([(0, sc.y - 6), (720, sc.y - 6)], fill=(210, 210, 210) if not dark else (40, 40, 40), width=1)
        sc.y += 20
        for side, text in msgs:
            if side == "t":
                sc.ctext(sc.y, text, font("sans", 22), sc.grey)
                sc.y += 44
                continue
            if side == "in":
                sc.bubble(text, "in", fkey=fkey, size=29, bcol=(44, 44, 44) if dark else (255, 255, 255), avatar=(96, 125, 160), radius=10, x_in=24)
            else:
                sc.bubble(text, "out", fkey=fkey, size=29, bcol=(89, 178, 105) if dark else (149, 236, 105), tcol=(20, 20, 20), avatar=(190, 160, 110), radius=10, x_in=24)
        y = 1560 - 110
        sc.d.rectangle([0, y, 720, 1560], fill=(30, 30, 30) if dark else (246, 246, 246))
        sc.d.rounded_rectangle([80, y + 22, 560, y + 84], radius=8, fill=(60, 60, 60) if dark else (255, 255, 255))
        return sc
    return build


def email(subject, sender_name, sender_addr, when, paras, fkey="sans", dark=False, initial="M", avatar=(66, 133, 244)):
    def build(rng):
        sc = Screen(720, 1560, dark=dark)
        sc.status("09:41")
        sc.d.text((24, sc.y + 18), "‹ 收件箱", font=font("sans", 30), fill=(10, 132, 255))
        sc.y += 90
        f = font("sans_b", 36)
        for ln in wrap(sc.d, subject, f, 660):
            sc.text(30, sc.y, ln, f, sc.fg)
            sc.y += 52
        sc.y += 20
        sc.d.ellipse([30, sc.y, 100, sc.y + 70], fill=avatar)
        bb = sc.d.textbbox((0, 0), initial, font=font("sans_b", 34))
        sc.d.text((65 - (bb[2] - bb[0]) / 2 - bb[0], sc.y + 35 - (bb[3] - bb[1]) / 2 - bb[1]), initial, font=font("sans_b", 34), fill=(255, 255, 255))
        sc.text(120, sc.y, sender_name, font("sans_b", 28), sc.fg)
        sc.text(120, sc.y + 40, sender_addr, font("sans", 22), sc.grey)
        sc.text(120, sc.y + 72, "发送至 我　" + when, font("sans", 22), sc.grey)
        sc.y += 130
        sc.d.line([(30, sc.y), (690, sc.y)], fill=(60, 60, 60) if dark else (225, 225, 225), width=2)
        sc.y += 30
        bf = font(fkey, 29)
        for p in paras:
            for ln in wrap(sc.d, p, bf, 660):
                sc.text(30, sc.y, ln, bf, sc.fg)
                sc.y += 46
            sc.y += 18
        return sc
    return build


def app_page(draw_fn, dark=False, W=720, H=1560):
    def build(rng):
        sc = Screen(W, H, dark=dark, bg=(18, 18, 20) if dark else (244, 245, 247))
        draw_fn(sc)
        return sc
    return build


def _card(sc, x0, y0, x1, y1, dark=False):
    sc.d.rounded_rectangle([x0, y0, x1, y1], radius=18, fill=(34, 34, 38) if dark else (255, 255, 255))


def draw_loan_plan(sc):
    blue = (46, 110, 230)
    sc.d.rectangle([0, 0, 720, 200], fill=blue)
    sc.status("16:05", fg=(255, 255, 255))
    sc.ctext(80, "安心借", font("sans_b", 34), (255, 255, 255))
    _card(sc, 30, 150, 690, 440)
    sc.text(60, 180, "本期待还金额（元）", font("sans", 26), (120, 120, 126))
    sc.text(60, 225, "1,230.50", font("sans_b", 64), (20, 20, 20))
    sc.text(60, 320, "还款日 2024-06-18　自动扣款：招商银行(5512)", font("sans", 24), (120, 120, 126))
    sc.d.rounded_rectangle([60, 370, 660, 430], radius=30, fill=(232, 58, 48))
    sc.ctext(380, "立即还款", font("sans_b", 30), (255, 255, 255))
    _card(sc, 30, 470, 690, 1080)
    sc.text(60, 500, "还款计划", font("sans_b", 32), (20, 20, 20))
    rows = [("第3期", "2024-05-18", "1,230.50", "已还清"), ("第4期", "2024-06-18", "1,230.50", "待还款"),
            ("第5期", "2024-07-18", "1,230.50", "未到期"), ("第6期", "2024-08-18", "1,230.50", "未到期"),
            ("第7期", "2024-09-18", "1,230.50", "未到期"), ("第8期", "2024-10-18", "1,230.50", "未到期")]
    y = 570
    for a, b, c, d in rows:
        f = font("sans", 27)
        sc.text(60, y, a, f, (40, 40, 40)); sc.text(170, y, b, f, (40, 40, 40)); sc.text(380, y, c, f, (40, 40, 40))
        sc.text(560, y, d, f, (46, 110, 230) if d == "待还款" else (140, 140, 146))
        y += 80
        sc.d.line([(60, y - 22), (660, y - 22)], fill=(235, 235, 238), width=2)
    sc.text(40, 1110, "官方客服：400-862-5566（工作日9:00-18:00）", font("sans", 24), (120, 120, 126))
    sc.text(40, 1150, "请认准官方还款渠道，切勿向个人账户转账。", font("sans", 24), (120, 120, 126))


def draw_court_platform(sc):
    sc.status("20:12")
    sc.ctext(76, "人民法院在线服务", font("sans_b", 34), sc.fg)
    sc.text(36, 150, "我的案件", font("sans_b", 30), sc.fg)
    _card(sc, 30, 210, 690, 760, dark=True)
    g = (160, 160, 166)
    rows = [("案号", "（2024）沪0115民初45210号"), ("案由", "信用卡纠纷"), ("承办法院", "上海市浦东新区人民法院"),
            ("案件状态", "审理中"), ("承办法官", "许某某"), ("下次开庭", "2024-07-10 09:30")]
    y = 240
    for a, b in rows:
        sc.text(60, y, a, font("sans", 26), g)
        sc.text(220, y, b, font("sans", 26), sc.fg)
        y += 84
    _card(sc, 30, 800, 690, 1060, dark=True)
    sc.text(60, 830, "电子送达", font("sans_b", 28), sc.fg)
    sc.text(60, 885, "起诉状副本　已签收 2024-05-22", font("sans", 26), g)
    sc.text(60, 940, "应诉通知书　已签收 2024-05-22", font("sans", 26), g)
    sc.text(60, 995, "举证通知书　已签收 2024-05-22", font("sans", 26), g)
    sc.text(40, 1100, "诉讼服务热线：12368", font("sans", 26), g)


def draw_overdue_app(sc):
    orange = (255, 112, 40)
    sc.d.rectangle([0, 0, 720, 190], fill=orange)
    sc.status("11:58", fg=(255, 255, 255))
    sc.ctext(76, "易借花", font("sans_b", 34), (255, 255, 255))
    sc.d.rounded_rectangle([30, 150, 690, 260], radius=14, fill=(220, 38, 38))
    sc.ctext(180, "您已逾期 35 天", font("sans_b", 36), (255, 255, 255))
    _card(sc, 30, 290, 690, 540)
    sc.text(60, 320, "应还总额（元）", font("sans", 26), (120, 120, 126))
    sc.text(60, 365, "5,842.60", font("sans_b", 62), (20, 20, 20))
    sc.text(60, 460, "含本金4,800.00　罚息及费用1,042.60", font("sans", 24), (120, 120, 126))
    _card(sc, 30, 570, 690, 1060)
    sc.text(60, 600, "特殊关怀通道", font("sans_b", 32), (220, 38, 38))
    f = font("micro", 28)
    y = 660
    for t in ["今日24点前还款可减免全部罚息，名额有限。", "资金紧张？推荐您先去其他平台借款还款，", "以免产生更多费用。",
              "活动剩余时间：23:59:59"]:
        sc.text(60, y, t, f, (40, 40, 40))
        y += 56
    sc.d.rounded_rectangle([60, 960, 660, 1030], radius=35, fill=orange)
    sc.ctext(975, "立即还款", font("sans_b", 32), (255, 255, 255))


# ---------------------------------------------------------------- lawful screenshots
screen("X-L1", "sms_message", True, sms("12368", [
    ("6月12日 周三 10:02", "【北京市朝阳区人民法院】张某某，您好！您与某某银行股份有限公司金融借款合同纠纷一案（2024）京0105民初12345号，定于2024年7月3日9时在本院第八法庭开庭审理，请准时到庭。如有疑问请致电12368。")]),
    ["12368", "第八法庭", "民初12345号"], "Court hearing notice from the courts' 12368 service number.", sender="12368")

screen("X-L2", "sms_message", True, sms("12368", [
    ("5月21日 15:40", "【上海市浦东新区人民法院】钱某某，您好，本院向您送达（2024）沪0115民初45210号案件的起诉状副本、应诉通知书等文书，请登录人民法院在线服务平台查收，或携带身份证件到本院诉讼服务中心领取。咨询请拨打12368。")],
    dark=True, fkey="micro"),
    ["12368", "诉讼服务中心", "民初45210号"], "Dark-mode 12368 service notice for electronic delivery.", sender="12368")

screen("X-L3", "sms_message", True, sms("12368", [
    ("4月2日 09:15", "【深圳市福田区人民法院】您好，您申请执行的（2024）粤0304执1888号案件已执行完毕，执行款已发放至您提供的银行账户，请注意查收。"),
    ("今天 11:30", "【深圳市福田区人民法院】您对本院执行工作的评价对我们很重要，如有意见建议请拨打12368。")],
    style="android", fkey="zen", label="短信 · 中国移动"),
    ["12368", "执行完毕", "粤0304执1888"], "12368 messages to a creditor about a finished enforcement case.", sender="12368")

screen("X-L4", "sms_message", True, sms("95588", [
    ("6月10日 14:22", "【工商银行】您尾号3816卡6月10日14:22消费358.00元，余额2,104.50元。"),
    ("6月15日 09:00", "【工商银行】尊敬的客户：您尾号3816的信用卡本期账单金额2,345.67元，到期还款日06月25日。您可通过手机银行还款，如已还款请忽略。")]),
    ["95588", "工商银行", "2,345.67"], "Bank card statement reminders from the bank's 955xx number.", sender="95588")

screen("X-L5", "sms_message", True, sms("95533", [
    ("6月20日 10:15", "【建设银行】尊敬的客户，您的个人消费贷款已逾期3天，逾期金额1,024.00元，请尽快存入足额款项以便扣款，详询95533。")],
    style="android", fkey="sans"),
    ["95533", "建设银行", "1,024.00"], "Polite overdue reminder from a bank's 955xx number.", sender="95533")

screen("X-L6", "sms_message", True, sms("95599", [
    ("6月15日 18:03", "【中国农业银行】您尾号0427的账户6月15日代扣贷款1,560.00元未成功，请确保账户余额充足，我行将于次日再次扣款。详询95599。")],
    dark=True, style="android", fkey="zen"),
    ["95599", "农业银行", "代扣贷款"], "Dark-mode failed direct-debit notice from a bank.", sender="95599")

screen("X-L7", "sms_message", True, sms("1069036285566", [
    ("6月16日 10:00", "【安心借】尊敬的用户，您本期应还款1,230.50元，还款日为6月18日，请确保绑定银行卡余额充足。如需帮助请拨打官方客服400-862-5566。")],
    fkey="micro"),
    ["安心借", "1,230.50", "400-862-5566"], "A lender's own routine reminder from a 106 gateway number.", sender="1069036285566")

screen("X-L8", "sms_message", True, sms("95338", [
    ("今天 13:47", "【顺丰速运】您的快件SF1234567890123已到达北京朝阳望京营业点，快递员王师傅（电话13811112222）正在派送中，请保持电话畅通。")],
    style="android", fkey="micro"),
    ["95338", "顺丰速运", "正在派送中"], "Courier delivery notice, not debt related.", sender="95338")

screen("X-L13", "sms_message", True, sms("95555", [
    ("7月1日 08:30", "【招商银行】您的信用卡6月账单已出，本期应还3,210.88元，最低还款321.09元，到期还款日7月5日。可在掌上生活App查询明细。")],
    dark=True, fkey="sans"),
    ["95555", "招商银行", "3,210.88"], "Dark-mode card statement notice from a bank's 955xx number.", sender="95555")

screen("X-L9", "other", True, chat("妈妈", [
    ("t", "18:32"), ("in", "晚上回来吃饭吗？"), ("out", "回，七点左右到"), ("in", "顺路带瓶酱油"),
    ("t", "18:40"), ("out", "好的。下午去银行把房贷提前还款的事办了"), ("in", "办好了就行，别忘了把身份证收好"),
    ("out", "知道啦")]), ["酱油", "身份证收好", "七点左右到"], "Family chat mentioning a bank visit, nothing to flag.")

screen("X-L10", "other", True, email("招商银行信用卡电子账单（2024年6月）", "招商银行信用卡", "ccsvc@message.cmbchina.com", "7月1日 08:31", [
    "尊敬的林先生：", "您好！以下是您2024年6月的信用卡账单。", "本期应还金额：¥3,210.88", "本期最低还款额：¥321.09",
    "到期还款日：2024/07/05", "您可通过掌上生活App、招商银行App或自动还款完成还款。如已还款，请忽略本提示。"],
    fkey="sans", initial="招", avatar=(200, 30, 40)), ["电子账单", "¥3,210.88", "到期还款日"],
    "Bank e-statement e-mail with a red round avatar.")

screen("X-L11", "other", True, app_page(draw_loan_plan), ["还款计划", "立即还款", "安心借"],
       "Loan app repayment-plan page with a red button, polite.")

screen("X-L12", "other", True, app_page(draw_court_platform, dark=True), ["人民法院在线服务", "我的案件", "审理中"],
       "Dark-mode court online-service case page with a valid case number.")

# ---------------------------------------------------------------- forged screenshots
screen("X-F1", "sms_message", False, sms("10690123858841", [
    ("6月18日 09:31", "【北京市朝阳区人民法院】王某某，你因网贷逾期已被 起 诉，法 院 传 票将于3日内送达。请于今日18点前联系处理，电话010-85672233。")],
    fkey="sans"), ["10690123858841", "朝阳区人民法院", "今日18点前"],
    "106-gateway SMS posing as a court with spaced sensitive words and a same-day deadline.",
    sender="10690123858841", expect=["sms.impersonation", "text.spaced", "lawsuit.threat", "pressure.deadline"])

screen("X-F2", "sms_message", False, sms("10682019552", [
    ("6月19日 20:15", "【人民法院执行局】赵某某：你的网贷欠款案件已进入执行程序，将于24小时内冻结你名下所有银行卡、微信和支付宝，并列入  失  信  被  执  行  人  名单。请速联系16212345678处理。")],
    style="android", fkey="zen"), ["10682019552", "人民法院执行局", "16212345678"],
    "106-gateway SMS in a court's name: freezing within 24 hours, spaced dishonest-list words, 162 call-back.",
    sender="10682019552",
    expect=["sms.impersonation", "text.spaced", "asset.freeze", "blacklist.dishonest", "pressure.deadline", "contact.virtual_number"],
    maybe=["lawsuit.threat"])

screen("X-F3", "sms_message", False, sms("13912345678", [
    ("6月20日 11:02", "您好，我是金融纠纷调解中心的诉前调解员张明。你的欠款今天下午5点前处理，可以为你走特殊关怀通道，减免全部罚息。"),
    ("6月20日 11:03", "请将3,600元转到个人账户：6217 0012 3456 7890（工行 张明），转账后截图发我。")],
    fkey="micro"), ["调解中心", "特殊关怀通道", "个人账户"],
    "Mobile-number SMS from a 'pre-litigation mediator' offering a waiver for payment to a private account by 5 pm.",
    sender="13912345678", expect=["persona.authority", "promise.fee_waiver", "pressure.deadline"], maybe=["sms.impersonation"])

screen("X-F4", "other", False, chat("李主管", [
    ("t", "昨天 19:20"), ("in", "你的欠款再不处理，明天我们就安排人上门催收，顺便走访你的户籍地。"),
    ("in", "你通讯录里的人我们都有，不还就爆通讯录，让你亲戚朋友都知道。"),
    ("out", "我这个月确实困难，能不能缓几天"),
    ("t", "昨天 19:26"), ("in", "有事打我电话17098761234，别让我们再找你。")], fkey="zen"),
    ["上门催收", "亲戚朋友", "17098761234"], "Chat with a collector threatening visits and the address book, 170 call-back.",
    expect=["visit.home", "contact.third_party", "contact.virtual_number"], maybe=["pressure.deadline", "persona.authority"])

screen("X-F5", "sms_message", False, sms("1069088812345", [
    ("6月21日 10:40", "【花无忧】尊敬的客户，您的借款已严重逾期，平台将按剩余本金的15%收取违约金，并立即解除合同，要求一次性结清全部欠款。"),
    ("6月21日 10:41", "【花无忧】如继续拖欠，将上报网贷黑名单，所有平台将拒绝为您服务。")],
    style="android", fkey="sans"), ["剩余本金的15%", "立即解除合同", "拒绝为您服务"],
    "A lender's 106 SMS with penalty on the remaining principal, termination and an online-loan blacklist threat.",
    sender="1069088812345", expect=["penalty.inflated", "contract.termination", "blacklist.online_loan"], maybe=["pressure.deadline"])

screen("X-F6", "sms_message", False, sms("10659057123", [
    ("6月22日 22:08", "【逾期案件处理中心】钱某某，你已被列入失信被执行人名单，将影响子女上学和政审。请于24小时内还款，否则后果自负。")],
    dark=True, fkey="micro"), ["逾期案件处理中心", "失信被执行人名单", "24小时内"],
    "Dark-mode 106 SMS from a 'case processing centre': dishonest list, children, 24-hour deadline.",
    sender="10659057123", expect=["persona.authority", "blacklist.dishonest", "family.children", "pressure.deadline"],
    maybe=["sms.impersonation"])

screen("X-F7", "other", False, email("关于您逾期欠款的最后通牒", "快易贷法务部", "legal@kuaiyidai-notice.com", "6月14日 17:20", [
    "孙某某：", "您在快易贷的借款已逾期63天。我司法务部已将您的案件提交法院，现已立案。",
    "若您在2024年6月18日前仍不还款，将申请冻结您名下所有银行卡和微信、支付宝账户。",
    "请立即登录App还款。"], fkey="micro", initial="法", avatar=(90, 90, 100)),
    ["最后通牒", "法务部", "现已立案"], "E-mail from a lender's 'legal department': already filed, freezing threat, ultimatum.",
    expect=["persona.authority", "pressure.deadline", "lawsuit.threat", "asset.freeze"])

screen("X-F8", "other", False, app_page(draw_overdue_app), ["特殊关怀通道", "其他平台借款", "今日24点前"],
       "Loan app overdue page: waiver 'care channel', push to borrow elsewhere, countdown.",
       expect=["promise.fee_waiver", "borrow.new_loan", "pressure.deadline"])

screen("X-F9", "sms_message", False, sms("16512349876", [
    ("今天 07:52", "我是你借款平台的催收专员，现在已经到你家楼下了，你不下来我们就去找你爸妈。"),
    ("今天 08:10", "你的紧急联系人我们已经联系过了，尽快回电16512349876。")],
    dark=True, style="android", fkey="sans"), ["你家楼下", "紧急联系人", "16512349876"],
    "Dark-mode SMS from a virtual number: 'downstairs', parents and emergency contacts.",
    sender="16512349876", expect=["visit.home", "contact.third_party", "contact.virtual_number"],
    maybe=["persona.authority", "pressure.deadline"])


# ============================================================================ main

def main():
    items = PAPERS + SCREENS
    assert len({it["key"] for it in items}) == len(items)
    assert len(items) == 60, len(items)
    for old in HERE.glob("h5_*"):
        if old.suffix in (".jpg", ".png", ".json"):
            old.unlink()
    order = np.random.default_rng(5150).permutation(len(items))
    total = 0
    failures = []
    for pos, idx in enumerate(order):
        it = items[idx]
        rng = np.random.default_rng(1000 + idx * 17)
        nn = f"{pos + 1:02d}"
        kind = it["kind"]
        ext = "png" if kind == "screenshot" else "jpg"
        name = f"h5_{nn}_{it['doc_type']}_{kind}.{ext}"
        path = HERE / name
        seals, boxes = [], []
        if kind == "screenshot":
            sc = it["builder"](rng)
            lines = sc.lines
            sc.save_png(path)
            size = [sc.W, sc.H]
        else:
            arr, seals, lines = render_paper(it, rng)
            if kind == "photo":
                img, boxes = photo(arr, seals, rng, landscape=it["opt"].get("landscape", False), bg=it["opt"].get("bg", "wood"))
            else:
                img, boxes = scan(arr, seals, rng, edge=it["opt"].get("edge", False))
            q = int(rng.integers(80, 91)) if kind == "photo" else int(rng.integers(85, 91))
            Image.fromarray(img).save(path, quality=q, optimize=True)
            size = [img.shape[1], img.shape[0]]
        joined = "\n".join(lines)
        bad = [c for c in it["contains"] if not any(c in ln for ln in lines)]
        if bad:
            print("TEXT_CONTAINS NOT ON ONE LINE:", it["key"], bad, "|", " / ".join(lines))
            failures.append(it["key"])
        if it["lawful"]:
            expect, forbid = [], ["all"]
        else:
            expect = it["expect"]
            forbid = [m for m in ALL_MARKERS if m not in expect and m not in it["maybe"]]
        side = {
            "image": name, "size": size, "doc_type": it["doc_type"], "kind": kind, "lawful": it["lawful"],
            "expect": expect, "forbid": forbid,
            "seals": boxes, "seal_texts": [s["text"] for s in seals],
            "seal_centers": [s["center"] for s in seals], "seal_kinds": [s["kind"] for s in seals],
            "sender": it.get("sender"), "text_contains": it["contains"], "notes": it["notes"],
            "source_text": lines,
        }
        (HERE / (path.stem + ".json")).write_text(json.dumps(side, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += path.stat().st_size
        print(f"{name:48s} {size} {path.stat().st_size // 1024} KB")
    print(f"images: {total / 1e6:.1f} MB")
    assert not failures, failures


if __name__ == "__main__":
    main()
