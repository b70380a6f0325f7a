#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for bench/dev_sealphotos3: a development set of riding seals (骑缝章).

18 photos / scans with riding seals (a round or oval seal cut by the page edge) and
18 hard negatives or mixed items (red shapes at the paper's edge that are not seals).
Every label box is computed from the tracked ink mask of each seal, pushed through
the same warps as the image, occluded by anything lying on top of it.

    python3 make.py              # writes the 36 JPEGs + sidecars next to this file
    python3 make.py --preview    # also writes boxed copies to /tmp/dsp3_preview/
    python3 make.py --only r07   # regenerate items whose name starts with r07

Deterministic: every item has its own fixed seed; the output does not depend on the
number of worker processes.
"""

import argparse
import json
import math
import os
import sys
import time
from multiprocessing import Pool

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

cv2.setNumThreads(1)

HERE = os.path.dirname(os.path.abspath(__file__))
PREVIEW_DIR = "/tmp/dsp3_preview"
BASE_SEED = 20261129
PAGE_W, PAGE_H = 1000, 1414          # A4 at about 121 dpi; 1 mm = 4.76 px
PAD = 240                            # page canvas padding (seal parts beyond the edge)
MAX_JPEG = 212 * 1024                # per-image budget; keeps the folder < 8 MB

# --------------------------------------------------------------------------- fonts
NOTO = "/usr/share/fonts/opentype/noto/"
FONT_FILES = {
    "serif": (NOTO + "NotoSerifCJK-Regular.ttc", 2),
    "serif_b": (NOTO + "NotoSerifCJK-Bold.ttc", 2),
    "sans": (NOTO + "NotoSansCJK-Regular.ttc", 2),
    "sans_b": (NOTO + "NotoSansCJK-Bold.ttc", 2),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
}
BOLD_OF = {"serif": "serif_b", "sans": "sans_b", "zenhei": "zenhei", "microhei": "sans_b",
           "ming": "serif_b", "kai": "kai", "serif_b": "serif_b", "sans_b": "sans_b"}
_FC = {}


def font(key, size):
    k = (key, int(size))
    if k not in _FC:
        path, idx = FONT_FILES[key]
        _FC[k] = ImageFont.truetype(path, max(4, int(size)), index=idx)
    return _FC[k]


_WC = {}


def textlen(s, fk, size):
    f = font(fk, size)
    tot = 0.0
    for ch in s:
        k = (fk, int(size), ch)
        if k not in _WC:
            _WC[k] = f.getlength(ch)
        tot += _WC[k]
    return tot


# --------------------------------------------------------------------------- text data
COMPANIES = [
    "杭州澄明商贸有限公司", "宁波港城物流有限公司", "苏州恒泰精密机械有限公司",
    "成都锦官城建筑工程有限公司", "广州穗丰食品有限公司", "南京金陵科技服务有限公司",
    "北京华信达商贸有限公司", "上海锦程融资租赁有限公司", "深圳市鹏润小额贷款有限公司",
    "武汉江城汽车租赁有限公司", "青岛海晟水产有限公司", "合肥徽韵文化传媒有限公司",
    "西安长安信息技术有限公司", "重庆渝新建材有限公司", "天津滨海宏达化工有限公司",
    "绍兴越秀纺织印染有限公司", "厦门鹭岛供应链管理有限公司", "长沙麓山教育咨询有限公司",
]
BANKS = ["明州银行股份有限公司江北支行", "钱塘农村商业银行股份有限公司西湖支行",
         "江南商业银行股份有限公司鼓楼支行", "海峡商业银行股份有限公司仓山支行"]
LAWFIRMS = ["浙江衡信律师事务所", "北京鼎诚律师事务所", "上海申正律师事务所",
            "广东粤诚律师事务所", "江苏金陵明德律师事务所"]
COURTS = [("浙江省杭州市西湖区人民法院", "浙0106", "杭州市"), ("北京市朝阳区人民法院", "京0105", "北京市"),
          ("江苏省苏州市姑苏区人民法院", "苏0508", "苏州市"), ("四川省成都市武侯区人民法院", "川0107", "成都市"),
          ("广东省广州市天河区人民法院", "粤0106", "广州市"), ("湖北省武汉市江汉区人民法院", "鄂0103", "武汉市")]
PERSONS = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周杰", "吴敏", "徐涛",
           "孙颖", "马超", "朱琳", "胡斌", "郭婷", "何勇", "高洁", "林峰", "罗欣", "郑凯", "谢雨"]
ADDRS = [("杭州市", "西湖区文三路", "浙江省"), ("宁波市", "江北区人民路", "浙江省"), ("苏州市", "姑苏区干将西路", "江苏省"),
         ("成都市", "武侯区人民南路四段", "四川省"), ("广州市", "天河区体育东路", "广东省"),
         ("南京市", "鼓楼区中山北路", "江苏省"), ("北京市", "朝阳区建国路", ""), ("武汉市", "江汉区建设大道", "湖北省")]
CN_D = "〇一二三四五六七八九"


def rmb_upper(n):
    D = "零壹贰叁肆伍陆柒捌玖"
    U = ["仟", "佰", "拾", ""]
    groups = []
    while n > 0:
        groups.append(n % 10000)
        n //= 10000
    out, need_zero = "", False
    for gi in range(len(groups) - 1, -1, -1):
        g = groups[gi]
        if g == 0:
            need_zero = True
            continue
        s = ""
        for k, u in enumerate(U):
            d = g // 10 ** (3 - k) % 10
            if d == 0:
                if s or out:
                    need_zero = True
            else:
                if need_zero and (s or out):
                    s += "零"
                need_zero = False
                s += D[d] + u
        out += s + ["", "万", "亿"][gi]
    return out + "元整"


def cn_num(n):  # 1..31
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


def cn_date(y, m, d):
    return "".join(CN_D[int(c)] for c in str(y)) + "年" + cn_num(m) + "月" + cn_num(d) + "日"


def money(n):
    return "{:,}".format(n)


class Ctx:
    """Random choices for one document."""

    def __init__(self, rng):
        self.rng = rng

    def pick(self, seq, k=None):
        if k is None:
            return seq[int(self.rng.integers(len(seq)))]
        idx = self.rng.choice(len(seq), size=k, replace=False)
        return [seq[i] for i in idx]

    def digits(self, n):
        return "".join(str(int(x)) for x in self.rng.integers(0, 10, n))

    def credit(self):
        al = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        return "91" + self.pick(["330106", "330205", "320508", "510107", "440106", "420103", "110105"]) + \
            "MA" + "".join(al[int(i)] for i in self.rng.integers(0, len(al), 8))

    def idno(self):
        return self.pick(["3301", "3302", "3205", "5101", "4401", "4201", "1101"]) + "**********" + self.digits(4)

    def phone(self):
        return self.pick(["138", "139", "136", "186", "151", "158", "189", "133"]) + "****" + self.digits(4)

    def acct(self):
        return "6" + self.digits(3) + " " + self.digits(4) + " " + self.digits(4) + " " + self.digits(4) + " " + self.digits(3)

    def date(self, y=2025, mlo=1, mhi=10):
        return y, int(self.rng.integers(mlo, mhi + 1)), int(self.rng.integers(1, 29))

    def addr(self):
        c, s, p = self.pick(ADDRS)
        return p + c + s + str(int(self.rng.integers(8, 400))) + "号" + \
            self.pick(["", "", "%d幢" % int(self.rng.integers(1, 20))]) + "%d室" % int(self.rng.integers(201, 2808))


def seal_number(ctx):
    return ctx.pick(["3301060", "3302050", "3205080", "5101070", "4401060", "1101050"]) + ctx.digits(6)


def company_seal(ctx, name, label=None, number=True):
    return dict(text=name, center="star", label=label, number=seal_number(ctx) if number else None)


def fmt_date(t):
    return "%d年%d月%d日" % t


# ---- document builders: each returns dict(blocks, doc_type, seals, title)
def P(s):
    return {"t": "para", "s": s}


def L(s):
    return {"t": "line", "s": s}


def H(s):
    return {"t": "head", "s": s}


def schedule_table(ctx, amt, n, rate, start):
    y, m, d = start
    rows = []
    principal = amt / n
    left = amt
    for i in range(1, n + 1):
        m2 = m + i
        yy = y + (m2 - 1) // 12
        mm = (m2 - 1) % 12 + 1
        interest = round(left * rate / 100 / 12, 2)
        rows.append([str(i), "%d-%02d-%02d" % (yy, mm, min(d, 28)), "%.2f" % principal, "%.2f" % interest,
                     "%.2f" % (principal + interest)])
        left -= principal
    return {"t": "table", "title": "附件：还款计划表",
            "cols": [("期数", 0.12), ("还款日期", 0.24), ("应还本金（元）", 0.22), ("应还利息（元）", 0.2), ("合计（元）", 0.22)],
            "rows": rows}


def sig_block(left, right, stL=None, stR=None):
    return {"t": "sig", "L": left, "R": right, "stL": stL, "stR": stR}


def doc_loan(ctx):
    A, G = ctx.pick(COMPANIES, 2)
    B = ctx.pick(PERSONS)
    amt = int(ctx.rng.integers(6, 60)) * 10000
    n = int(ctx.pick([12, 18, 24]))
    n = int(getattr(ctx, "opts", {}).get("months", n))
    rate = ctx.pick([6.0, 7.2, 8.4, 9.6, 10.8])
    y, m, d = ctx.date(2025, 1, 6)
    city = ctx.pick(["杭州", "宁波", "苏州", "成都", "广州", "南京"])
    bank = ctx.pick(BANKS)
    sd = (y, m, d)
    b = [{"t": "title", "s": "借款合同"},
         {"t": "right", "s": "合同编号：JK-%d-%s" % (y, ctx.digits(4))},
         L("出借人（甲方）：" + A), L("统一社会信用代码：" + ctx.credit()), L("住所：" + ctx.addr()),
         L("借款人（乙方）：" + B), L("身份证号码：" + ctx.idno()), L("住所：" + ctx.addr()),
         L("联系电话：" + ctx.phone()), {"t": "gap", "v": 0.4},
         P("甲、乙双方根据《中华人民共和国民法典》及相关法律法规的规定，在平等、自愿、诚信的基础上，经协商一致，"
           "就乙方向甲方借款事宜订立本合同，以资共同遵守。"),
         H("第一条  借款金额与用途"),
         P("1.1 乙方向甲方借款人民币%s（¥%s.00元）。" % (rmb_upper(amt), money(amt))),
         P("1.2 借款用途：%s。未经甲方书面同意，乙方不得改变借款用途。" % ctx.pick(["个人经营周转", "店铺装修及设备采购", "购置经营用车辆", "支付货款"])),
         H("第二条  借款期限"),
         P("2.1 借款期限为%d个月，自%s起至%s止。" % (n, fmt_date(sd), fmt_date((y + (m + n - 1) // 12, (m + n - 1) % 12 + 1, d)))),
         P("2.2 实际放款日期与本合同约定不一致的，以甲方转账凭证记载的日期为准，到期日相应顺延。"),
         H("第三条  借款利率与利息"),
         P("3.1 本合同项下借款年利率为%.1f%%（单利），不超过合同成立时一年期贷款市场报价利率的四倍。" % rate),
         P("3.2 利息自实际放款之日起计算，按月结息，结息日为每月%d日。" % min(d, 28)),
         H("第四条  放款与还款"),
         P("4.1 甲方应于本合同签订后三个工作日内，将借款足额划入乙方以下账户：户名：%s；开户行：%s；账号：%s。" % (B, bank, ctx.acct())),
         P("4.2 乙方应按附件《还款计划表》所列日期和金额按期归还本息，还款账户为甲方在%s开立的对公账户，账号：%s。" % (ctx.pick(BANKS), ctx.acct())),
         P("4.3 乙方可以提前归还部分或全部借款，提前还款的，利息按实际借款天数计算，甲方不另收取其他费用。"),
         H("第五条  逾期还款"),
         P("5.1 乙方未按期归还本息的，应就逾期未还部分按本合同约定利率上浮百分之三十支付逾期利息，直至清偿之日止。"),
         H("第六条  担保"),
         P("6.1 本合同项下借款由%s提供连带责任保证，保证范围、保证期间等事项由保证合同另行约定。" % G),
         H("第七条  双方的权利和义务"),
         P("7.1 甲方应按约定的日期和金额足额发放借款，并对乙方提供的个人信息和经营资料负有保密义务，不得向无关第三方披露。"),
         P("7.2 乙方应如实提供甲方要求的资料，按约定用途使用借款，并在住所、联系方式变更时及时书面告知甲方。"),
         H("第八条  通知与送达"),
         P("8.1 本合同首部载明的地址为双方确认的送达地址。一方变更送达地址的，应在变更后五日内书面告知对方。"),
         H("第九条  争议解决"),
         P("9.1 因履行本合同发生的争议，由双方协商解决；协商不成的，任何一方均可提交%s仲裁委员会，按照申请仲裁时该会现行有效的仲裁规则进行仲裁。" % city),
         H("第十条  其他"),
         P("10.1 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等法律效力。"),
         P("10.2 本合同一式两份，甲、乙双方各执一份，具有同等法律效力。本合同各页之间加盖骑缝章，自甲方盖章、乙方签字之日起生效。"),
         P("附件：还款计划表"), {"t": "gap", "v": 0.6},
         sig_block([("甲方（盖章）：", A), ("法定代表人（签字）：", "~"), ("签订日期：", fmt_date(sd))],
                   [("乙方（签字）：", "~"), ("", ""), ("签订日期：", fmt_date(sd))], stL="A"),
         {"t": "pagebreak"}, schedule_table(ctx, amt, n, rate, sd)]
    return dict(blocks=b, doc_type="other", title="借款合同",
                seals={"A": company_seal(ctx, A, ctx.pick(["合同专用章", None]))})


def doc_repay(ctx):
    A, B = ctx.pick(COMPANIES, 2)
    amt = int(ctx.rng.integers(8, 90)) * 10000 + int(ctx.rng.integers(0, 10)) * 1000
    y, m, d = ctx.date(2025, 2, 6)
    parts = [int(amt * 0.3), int(amt * 0.3)]
    parts.append(amt - sum(parts))
    sched = "".join("%d.%d年%d月%d日前归还人民币%s元；" % (i + 1, y, m + 1 + 2 * i, 25, money(p)) for i, p in enumerate(parts))
    goods = ctx.pick(["建材", "电子元器件", "纺织面料", "食品原料", "办公设备", "物流运输服务"])
    b = [{"t": "title", "s": "还款协议书"},
         L("甲方（债权人）：" + A), L("住所：" + ctx.addr()), L("乙方（债务人）：" + B), L("住所：" + ctx.addr()),
         {"t": "gap", "v": 0.4},
         P("甲、乙双方自%d年起存在%s购销业务往来。经双方对账确认，截至%s，乙方尚欠甲方货款人民币%s（¥%s元）。"
           "为妥善解决上述欠款，经双方友好协商，达成如下协议：" % (y - 2, goods, fmt_date((y, m, d)), rmb_upper(amt), money(amt))),
         P("一、乙方确认上述欠款金额真实无误，并同意按本协议约定分期归还。"),
         P("二、还款计划：" + sched.rstrip("；") + "。"),
         P("三、乙方应通过银行转账方式将款项支付至甲方以下账户：户名：%s；开户行：%s；账号：%s。甲方收到每笔款项后五个工作日内向乙方出具收款确认函。"
           % (A, ctx.pick(BANKS), ctx.acct())),
         P("四、乙方按本协议约定付清全部款项后，甲、乙双方之间就上述货款再无其他债权债务。"),
         P("五、如乙方未能按期支付任何一期款项，甲方有权要求乙方按同期贷款市场报价利率支付该期款项的逾期利息。"),
         P("六、本协议履行过程中，双方可就还款时间另行协商，经双方书面确认的变更内容作为本协议的组成部分。"),
         P("七、双方确认，本协议系双方真实意思表示，双方此前签订的购销合同中与本协议不一致的，以本协议为准。"),
         P("八、本协议未尽事宜，由双方协商解决；协商不成的，可向甲方所在地有管辖权的人民法院提起诉讼。"),
         P("九、本协议一式两份，双方各执一份，自双方签字盖章之日起生效。本协议共两页，两页之间加盖双方骑缝章。"),
         {"t": "gap", "v": 1.0},
         sig_block([("甲方（盖章）：", A), ("授权代表（签字）：", "~"), ("日期：", fmt_date((y, m, d + 1)))],
                   [("乙方（盖章）：", B), ("授权代表（签字）：", "~"), ("日期：", fmt_date((y, m, d + 1)))], stL="A", stR="B")]
    return dict(blocks=b, doc_type="other", title="还款协议书",
                seals={"A": company_seal(ctx, A), "B": company_seal(ctx, B, "合同专用章")})


def doc_lease(ctx):
    A, B = ctx.pick(COMPANIES, 2)
    y, m, d = ctx.date(2025, 1, 8)
    rent = int(ctx.rng.integers(12, 80)) * 1000
    area = int(ctx.rng.integers(80, 900))
    b = [{"t": "title", "s": "房屋租赁合同"},
         L("出租方（甲方）：" + A), L("承租方（乙方）：" + B), {"t": "gap", "v": 0.4},
         P("根据《中华人民共和国民法典》及有关规定，为明确甲、乙双方的权利义务关系，经双方协商一致，签订本合同。"),
         H("第一条  房屋基本情况"),
         P("甲方将坐落于%s的房屋出租给乙方使用，建筑面积%d平方米，房屋用途为%s。甲方保证对该房屋享有合法的出租权利。"
           % (ctx.addr(), area, ctx.pick(["办公", "仓储", "商业经营", "员工宿舍"]))),
         H("第二条  租赁期限"),
         P("租赁期限自%s起至%s止，共计三年。租赁期满，乙方需继续承租的，应于期满前两个月书面告知甲方，同等条件下乙方享有优先承租权。"
           % (fmt_date((y, m, 1)), fmt_date((y + 3, m, 1)))),
         H("第三条  租金及支付方式"),
         P("3.1 月租金为人民币%s（¥%s元），租金按季度支付，乙方应于每季度首月十日前支付当季租金。" % (rmb_upper(rent), money(rent))),
         P("3.2 乙方以银行转账方式将租金支付至甲方指定的对公账户，甲方收款后十个工作日内开具增值税发票。"),
         P("3.3 租赁期内第二年起，租金在上一年度基础上递增百分之三。"),
         H("第四条  房屋交付与返还"),
         P("4.1 甲方应于%s前将房屋交付乙方，双方共同查验房屋及附属设施，并签署交接清单。" % fmt_date((y, m, 1))),
         P("4.2 租赁期满，乙方应将房屋按交付时的状态返还甲方，正常使用所致的损耗除外。"),
         H("第五条  维修与装修"),
         P("5.1 租赁期内，房屋主体结构及公共设施的维修由甲方负责；因乙方使用不当造成的损坏，由乙方负责修复。"),
         P("5.2 乙方如需装修或改变房屋内部结构，应事先征得甲方书面同意，装修方案应符合消防等有关规定。"),
         H("第六条  转租"),
         P("未经甲方书面同意，乙方不得将房屋全部或部分转租给他人。"),
         H("第七条  费用承担"),
         P("租赁期内，水、电、燃气、网络及物业管理费用由乙方承担，乙方应按时向有关单位缴纳。"),
         H("第八条  合同变更"),
         P("本合同履行期间，任何一方需要变更合同内容的，应与对方协商一致并签订书面补充协议。"),
         H("第九条  争议解决"),
         P("本合同履行中发生的争议，双方应友好协商；协商不成的，提交%s仲裁委员会仲裁。" % ctx.pick(["杭州", "宁波", "苏州", "南京"])),
         H("第十条  其他"),
         P("本合同一式四份，甲、乙双方各执两份，各页之间加盖骑缝章，自双方盖章之日起生效。"),
         {"t": "gap", "v": 1.0},
         sig_block([("甲方（盖章）：", A), ("委托代理人：", "~"), ("日期：", fmt_date((y, m, d)))],
                   [("乙方（盖章）：", B), ("委托代理人：", "~"), ("日期：", fmt_date((y, m, d)))], stL="A", stR="B")]
    return dict(blocks=b, doc_type="other", title="房屋租赁合同",
                seals={"A": company_seal(ctx, A), "B": company_seal(ctx, B, "合同专用章")})


def doc_purchase(ctx):
    A, B = ctx.pick(COMPANIES, 2)
    y, m, d = ctx.date(2025, 3, 9)
    items = ctx.pick([("不锈钢法兰", "DN50 PN16", "件", 46), ("伺服电机", "1.5kW 220V", "台", 2800), ("涤纶面料", "150D 幅宽1.5m", "米", 18),
                      ("办公桌椅", "1.4m 含椅", "套", 1260), ("冷冻带鱼", "500g/条", "箱", 320), ("LED面板灯", "600×600 40W", "只", 95)], 4)
    rows, tot = [], 0
    for i, (nm, spec, u, price) in enumerate(items):
        q = int(ctx.rng.integers(5, 400))
        tot += q * price
        rows.append([str(i + 1), nm, spec, u, str(q), money(price), money(q * price)])
    rows.append(["", "合计", "", "", "", "", money(tot)])
    b = [{"t": "title", "s": "采购合同"},
         {"t": "right", "s": "合同编号：CG%d%s" % (y, ctx.digits(5))},
         L("需方（甲方）：" + A), L("供方（乙方）：" + B), L("签订地点：" + ctx.pick(["杭州市", "苏州市", "宁波市", "成都市"])),
         {"t": "gap", "v": 0.3},
         P("经甲、乙双方协商一致，根据《中华人民共和国民法典》的有关规定，就甲方向乙方采购下列产品事宜订立本合同。"),
         H("一、产品名称、规格、数量及金额"),
         {"t": "table", "title": None, "cols": [("序号", 0.08), ("产品名称", 0.2), ("规格型号", 0.2), ("单位", 0.08), ("数量", 0.1), ("单价（元）", 0.14), ("金额（元）", 0.2)],
          "rows": rows},
         P("合同总金额：人民币%s（¥%s元），含13%%增值税。" % (rmb_upper(tot), money(tot))),
         H("二、质量标准"),
         P("乙方提供的产品应符合国家标准及行业标准，并附产品合格证明。双方对质量标准另有约定的，以书面约定为准。"),
         H("三、交货时间、地点及方式"),
         P("乙方应于%s前将全部产品送至甲方指定地点，运输费用及运输途中的风险由乙方承担。" % fmt_date((y, m + 1, d))),
         H("四、验收"),
         P("甲方应在收货后七日内对产品的数量、外观进行验收；发现质量问题的，应在验收期内书面提出，乙方应在接到通知后五日内调换或补足。"),
         H("五、付款方式"),
         P("甲方于产品验收合格并收到乙方开具的增值税专用发票后三十日内，以银行转账方式一次性支付全部货款。"),
         H("六、包装与售后"),
         P("产品包装应适合长途运输和防潮防震，因包装不当造成的损失由乙方承担。乙方对产品提供一年的质保服务。"),
         H("七、违约责任"),
         P("乙方逾期交货的，每逾期一日按逾期交货部分货款的千分之一支付违约金；甲方逾期付款的，每逾期一日按逾期部分货款的千分之一支付违约金。"),
         H("八、争议解决"),
         P("因本合同引起的争议，双方协商解决；协商不成的，可向合同签订地有管辖权的人民法院提起诉讼。"),
         H("九、其他"),
         P("本合同一式两份，双方各执一份，经双方盖章后生效。合同共三页，各页加盖双方骑缝章，传真件与原件具有同等效力。"),
         {"t": "gap", "v": 1.0},
         sig_block([("需方（盖章）：", A), ("经办人：", "~"), ("电话：", "0571-8" + ctx.digits(7))],
                   [("供方（盖章）：", B), ("经办人：", "~"), ("电话：", "0512-6" + ctx.digits(7))], stL="A", stR="B")]
    return dict(blocks=b, doc_type="other", title="采购合同",
                seals={"A": company_seal(ctx, A, "合同专用章"), "B": company_seal(ctx, B, "合同专用章")})


def doc_bankloan(ctx):
    bank = ctx.pick(BANKS)
    B = ctx.pick(PERSONS)
    amt = int(ctx.rng.integers(10, 50)) * 10000
    y, m, d = ctx.date(2025, 1, 9)
    n = ctx.pick([36, 48, 60])
    bp = ctx.pick([35, 45, 60, 80])
    b = [{"t": "title", "s": "个人借款合同"},
         {"t": "right", "s": "编号：%s个借字第%s号" % (ctx.pick(["明银", "钱农", "江商", "海商"]), ctx.digits(6))},
         L("贷款人：" + bank), L("负责人：" + ctx.pick(PERSONS)), L("地址：" + ctx.addr()),
         L("借款人：" + B), L("证件号码：" + ctx.idno()), L("联系电话：" + ctx.phone()), {"t": "gap", "v": 0.3},
         P("借款人向贷款人申请借款，贷款人同意发放。为明确双方的权利义务，根据有关法律法规，经双方协商一致，订立本合同。"),
         H("第一条  借款金额"), P("借款金额为人民币%s（¥%s元）。" % (rmb_upper(amt), money(amt))),
         H("第二条  借款用途"), P("本合同项下借款用于%s，借款人不得将借款用于购买理财产品、投资股票或其他国家禁止的用途。" % ctx.pick(["购买家用汽车", "住房装修", "子女教育支出", "家庭耐用消费品采购"])),
         H("第三条  借款期限"), P("借款期限为%d个月，自借款实际发放之日起算。借款发放日以借款借据记载为准，借款借据是本合同的组成部分。" % n),
         H("第四条  借款利率"),
         P("4.1 本合同项下借款利率为浮动利率，以借款发放日前一个工作日全国银行间同业拆借中心公布的一年期贷款市场报价利率为基础，加%d个基点确定。" % bp),
         P("4.2 利率调整周期为一年，调整日为每年的一月一日。"),
         H("第五条  还款方式"),
         P("借款人按月等额本息还款，每月还款日为借款发放日的对应日。借款人应在还款日前在本合同约定的还款账户中备足当期应还款项，授权贷款人按期扣收。"),
         H("第六条  提前还款"),
         P("借款人提前还款的，应提前十个工作日向贷款人提出书面申请，提前还款部分按实际占用天数计收利息。"),
         H("第七条  借款人的权利和义务"),
         P("借款人有权按照本合同约定取得和使用借款；应如实提供与借款有关的资料，按期足额归还借款本息，并在工作单位、住所、联系方式发生变更时及时告知贷款人。"),
         H("第八条  贷款人的权利和义务"),
         P("贷款人应按照本合同约定发放借款，对借款人的个人信息及账户信息依法保密，除法律法规另有规定外，不得向第三方提供。"),
         H("第九条  信息查询与报送"),
         P("借款人同意贷款人依法向金融信用信息基础数据库查询其信用报告，并报送本合同项下的借款信息。"),
         H("第十条  争议解决"),
         P("本合同履行中发生的争议，双方协商解决；协商不成的，依法向贷款人住所地人民法院提起诉讼。"),
         H("第十一条  其他"),
         P("本合同一式三份，贷款人执两份，借款人执一份，自双方签字、盖章之日起生效。本合同各页加盖贷款人骑缝章。"),
         {"t": "gap", "v": 1.0},
         sig_block([("贷款人（盖章）：", bank[:bank.index("公司") + 2]), ("负责人或授权代理人：", "~"), ("日期：", fmt_date((y, m, d)))],
                   [("借款人（签字）：", "~"), ("", ""), ("日期：", fmt_date((y, m, d)))], stL="A")]
    return dict(blocks=b, doc_type="other", title="个人借款合同",
                seals={"A": dict(text=bank, center="star", label="合同专用章", number=None)})


def doc_mediation(ctx, judgment=False):
    court, code, city = ctx.pick(COURTS)
    A, B = ctx.pick(PERSONS, 2)
    C = ctx.pick(COMPANIES)
    amt = int(ctx.rng.integers(3, 40)) * 10000
    y, m, d = ctx.date(2025, 3, 9)
    case = "（%d）%s民初%d号" % (y, code, int(ctx.rng.integers(1200, 19999)))
    fee = int(amt * 0.012) + 50
    j1, j2 = ctx.pick(PERSONS, 2)
    head = [{"t": "center", "s": court, "k": 1.35, "b": True},
            {"t": "center", "s": "民事判决书" if judgment else "民事调解书", "k": 1.9, "b": True},
            {"t": "right", "s": case},
            L("原告：%s，男，%d年出生，汉族，住%s。" % (A, int(ctx.rng.integers(1960, 1995)), ctx.addr())),
            L("委托诉讼代理人：%s，%s律师。" % (ctx.pick(PERSONS), ctx.pick(LAWFIRMS))),
            L("被告：%s，住所地%s。" % (C, ctx.addr())),
            L("法定代表人：%s，该公司执行董事。" % B)]
    if not judgment:
        body = [P("原告%s与被告%s民间借贷纠纷一案，本院受理后，依法适用简易程序进行了审理。" % (A, C)),
                P("原告向本院提出诉讼请求：判令被告归还借款本金%s元及相应利息。事实和理由：%d年%d月，被告因经营需要向原告借款%s元，约定借期一年，"
                  "借款到期后被告未能归还。" % (money(amt), y - 2, m, money(amt))),
                P("本案审理过程中，经本院主持调解，双方当事人自愿达成如下协议："),
                P("一、被告%s于%s前归还原告%s借款本金%s元；" % (C, fmt_date((y, m + 1, 30 if m + 1 != 2 else 28)), A, money(amt // 2))),
                P("二、被告%s于%s前归还原告%s借款本金%s元及利息%s元；" % (C, fmt_date((y, m + 3, 28)), A, money(amt - amt // 2), money(int(amt * 0.03)))),
                P("三、原告%s放弃其他诉讼请求；" % A),
                P("四、案件受理费%s元，减半收取计%s元，由被告%s负担，于履行第二项付款义务时一并支付给原告。" % (money(fee), money(fee // 2), C)),
                P("上述协议，不违反法律规定，本院予以确认。"),
                P("本调解书经各方当事人签收后，即具有法律效力。")]
    else:
        body = [P("原告%s与被告%s民间借贷纠纷一案，本院于%s立案受理后，依法适用简易程序，公开开庭进行了审理。原告%s及其委托诉讼代理人到庭参加诉讼，"
                  "被告%s经本院合法传唤未到庭参加诉讼。本案现已审理终结。" % (A, C, fmt_date((y, m - 2, d)), A, C)),
                P("原告向本院提出诉讼请求：一、判令被告归还借款本金%s元；二、判令被告按年利率百分之六支付自起诉之日起至实际清偿之日止的利息。" % money(amt)),
                P("本院经审理认定事实如下：%d年%d月%d日，被告向原告出具借条一份，载明借款%s元，借期一年。原告当日通过银行转账向被告交付上述款项。借款到期后，被告未归还。"
                  % (y - 2, m, d, money(amt))),
                P("本院认为，合法的借贷关系受法律保护。借款人应当按照约定的期限返还借款。原告提供的借条及转账凭证能够证明双方之间的借贷关系，"
                  "被告未按约定期限还款，应承担相应的民事责任。依照《中华人民共和国民法典》第六百七十五条、第六百七十六条的规定，判决如下："),
                P("一、被告%s于本判决生效之日起十日内归还原告%s借款本金%s元；" % (C, A, money(amt))),
                P("二、被告%s于本判决生效之日起十日内支付原告%s利息（以%s元为基数，按年利率百分之六，自起诉之日起计算至实际清偿之日止）。" % (C, A, money(amt))),
                P("如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》第二百六十四条之规定，加倍支付迟延履行期间的债务利息。"),
                P("案件受理费%s元，减半收取计%s元，由被告%s负担。" % (money(fee), money(fee // 2), C)),
                P("如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于%s中级人民法院。" % city)]
    tail = [{"t": "need", "v": 7}, {"t": "gap", "v": 1.5},
            {"t": "right", "s": "审  判  员    " + j1, "ind": 2},
            {"t": "gap", "v": 0.8},
            {"t": "right", "s": cn_date(y, m, d), "ind": 2, "stamp": "A"},
            {"t": "gap", "v": 0.8},
            {"t": "right", "s": "书  记  员    " + j2, "ind": 2}]
    return dict(blocks=head + body + tail, doc_type="other", title="民事判决书" if judgment else "民事调解书",
                seals={"A": dict(text=court, center="emblem", label=None, number=None)}, case=case)


def doc_lawyer(ctx):
    firm = ctx.pick(LAWFIRMS)
    A, B = ctx.pick(COMPANIES, 2)
    law = ctx.pick(PERSONS)
    y, m, d = ctx.date(2025, 4, 10)
    rent = int(ctx.rng.integers(20, 90)) * 1000
    b = [{"t": "center", "s": firm, "k": 1.3, "b": True},
         {"t": "center", "s": "律 师 函" if False else "律师函", "k": 2.0, "b": True},
         {"t": "right", "s": "%s函字〔%d〕第%03d号" % (firm[2:4], y, int(ctx.rng.integers(10, 300)))},
         L("致：" + B), {"t": "gap", "v": 0.4},
         P("%s接受%s（以下简称“委托人”）的委托，指派本所%s律师，就贵司与委托人之间房屋租赁合同的履行事宜，致函如下：" % (firm, A, law)),
         P("根据委托人提供的材料，%d年%d月，委托人与贵司签订《房屋租赁合同》，约定贵司承租委托人位于%s的房屋，月租金人民币%s元，按季度支付。"
           % (y - 1, m, ctx.addr(), money(rent))),
         P("委托人称，自%d年第一季度起，贵司未按合同约定支付租金，截至本函发出之日，累计未付租金人民币%s元。委托人曾多次与贵司联系，双方尚未就付款安排达成一致。"
           % (y, money(rent * 3))),
         P("本所律师认为，依据《中华人民共和国民法典》第七百二十一条的规定，承租人应当按照约定的期限支付租金。双方签订的租赁合同合法有效，双方均应依约履行。"),
         P("为妥善解决上述事宜，本所律师建议贵司与委托人就欠付租金的结算及付款安排进行沟通。如贵司对上述金额有异议，可向本所提供相应的付款凭证，以便核对。"),
         P("本函仅就上述事实及委托人的意见向贵司作出说明，不影响委托人依法享有的其他权利。"),
         P("联系人：%s律师    联系电话：0571-8%s" % (law, ctx.digits(7))),
         P("特此函告。"), {"t": "need", "v": 5},
         {"t": "gap", "v": 1.5},
         {"t": "right", "s": firm, "ind": 1, "stamp": "A"},
         {"t": "right", "s": "经办律师：" + law, "ind": 1},
         {"t": "right", "s": fmt_date((y, m, d)), "ind": 1}]
    return dict(blocks=b, doc_type="lawyer_letter", title="律师函",
                seals={"A": dict(text=firm, center="star", label=None, number=None)})


def doc_notice(ctx):
    A = ctx.pick(COMPANIES)
    y, m, d = ctx.date(2025, 1, 11)
    topic = ctx.pick(["关于调整办公地址的通知", "关于2026年春节放假安排的通知", "关于开展年度安全生产检查的通知", "关于启用新版合同文本的通知"])
    b = [{"t": "title", "s": topic}, L("各部门、各子公司："), {"t": "gap", "v": 0.2}]
    paras = {
        "关于调整办公地址的通知": ["因公司业务发展需要，经研究决定，公司总部自%s起迁至%s办公。现将有关事项通知如下：" % (fmt_date((y, m, 1)), ctx.addr()),
                          "一、搬迁期间，各部门应妥善整理本部门档案资料，做好交接登记，确保文件不遗失、不损坏。",
                          "二、公司对外联系电话、传真号码保持不变，新地址的门禁卡由行政部统一办理。",
                          "三、各部门应及时告知业务往来单位新的办公地址，涉及合同、发票等材料上的地址变更，由法务与财务部门另行统一安排。",
                          "四、搬迁期间如有疑问，请与行政部联系。"],
        "关于2026年春节放假安排的通知": ["根据国务院办公厅关于2026年部分节假日安排的通知精神，结合公司实际，现将春节放假安排通知如下：",
                                "一、放假时间：2026年2月15日至2月23日放假调休，共9天。2月14日（星期六）、2月28日（星期六）上班。",
                                "二、各部门应在节前做好安全检查，关闭电源、门窗，重要文件和财物妥善保管。",
                                "三、节日期间安排值班人员，值班表由行政部汇总后公布，值班人员应保持通讯畅通。",
                                "四、请全体员工节日期间注意出行安全，按时返岗。"],
        "关于开展年度安全生产检查的通知": ["为进一步落实安全生产责任制，及时发现和消除安全隐患，公司决定于%d年%d月开展年度安全生产检查。现将有关事项通知如下：" % (y, m + 1),
                                 "一、检查范围：公司各生产车间、仓库、办公区域及员工宿舍。",
                                 "二、检查内容：消防设施配置情况、用电安全、危险品存放、特种设备定期检验及安全操作规程执行情况。",
                                 "三、工作要求：各部门应先行自查，于本月二十五日前将自查报告报送安全管理部；检查中发现的问题应建立台账，限期整改。",
                                 "四、安全管理部将对各部门整改情况进行复查，并将检查结果纳入年度考核。"],
        "关于启用新版合同文本的通知": ["为规范公司合同管理，防范经营风险，公司对常用合同文本进行了修订，自%s起启用新版合同文本。现将有关事项通知如下：" % fmt_date((y, m, 1)),
                              "一、新版文本包括采购合同、销售合同、房屋租赁合同及技术服务合同四类，可在公司内网下载。",
                              "二、合同签订前应经业务部门、财务部门审核，多页合同各页之间应加盖骑缝章。",
                              "三、已签订尚在履行中的合同继续有效，不受新版文本启用的影响。",
                              "四、执行中如有问题，请及时向综合管理部反馈。"],
    }[topic]
    b += [P(p) for p in paras]
    b += [P("特此通知。"), {"t": "need", "v": 4.5}, {"t": "gap", "v": 1.6},
          {"t": "right", "s": A, "ind": 1, "stamp": "A"}, {"t": "right", "s": fmt_date((y, m, d)), "ind": 2}]
    return dict(blocks=b, doc_type="other", title=topic, seals={"A": company_seal(ctx, A)})


def doc_quote(ctx):
    A, B = ctx.pick(COMPANIES, 2)
    y, m, d = ctx.date(2025, 2, 11)
    items = ctx.pick([("工业除湿机", "CF8.5D", "台", 6800), ("货架", "2000×600×2000", "组", 680), ("叉车电池", "48V 400Ah", "组", 15600),
                      ("监控摄像机", "400万像素", "台", 420), ("硬盘录像机", "16路", "台", 1850), ("网络交换机", "24口千兆", "台", 960),
                      ("UPS电源", "3kVA", "台", 4300)], 5)
    rows, tot = [], 0
    for i, (nm, spec, u, price) in enumerate(items):
        q = int(ctx.rng.integers(1, 30))
        tot += q * price
        rows.append([str(i + 1), nm, spec, u, str(q), money(price), money(q * price)])
    rows.append(["", "合计", "", "", "", "", money(tot)])
    b = [{"t": "title", "s": "报价单"},
         L("致：" + B), L("报价单位：" + A), L("报价日期：" + fmt_date((y, m, d))), {"t": "gap", "v": 0.3},
         P("感谢贵司对我公司产品的关注。根据贵司提出的采购需求，现将相关产品报价如下："),
         {"t": "table", "title": None, "cols": [("序号", 0.08), ("名称", 0.2), ("型号规格", 0.2), ("单位", 0.08), ("数量", 0.1), ("单价（元）", 0.14), ("金额（元）", 0.2)],
          "rows": rows},
         P("说明："), P("1. 以上报价含13%增值税及市内运输费用，不含安装调试费用。"),
         P("2. 本报价有效期为三十日，交货期为合同签订后十五个工作日。"),
         P("3. 付款方式：合同签订后支付百分之三十预付款，货到验收合格后支付余款。"),
         P("4. 质保期为验收合格之日起十二个月，质保期内非人为损坏免费维修。"),
         P("如有疑问，请与我公司销售部联系。联系人：%s，电话：%s。" % (ctx.pick(PERSONS), ctx.phone())),
         {"t": "need", "v": 4.5}, {"t": "gap", "v": 1.5},
         {"t": "right", "s": A, "ind": 1, "stamp": "A"}, {"t": "right", "s": fmt_date((y, m, d)), "ind": 2}]
    return dict(blocks=b, doc_type="other", title="报价单", seals={"A": company_seal(ctx, A)})


def doc_handbook(ctx):
    A = ctx.pick(COMPANIES)
    chap = ctx.pick(["第三章  考勤与休假", "第四章  薪酬与福利", "第五章  培训与发展"])
    b = [{"t": "center", "s": A + "员工手册", "k": 1.0, "b": False},
         {"t": "center", "s": chap, "k": 1.5, "b": True}, {"t": "gap", "v": 0.4}]
    secs = ["第一节  工作时间", "公司实行标准工时制度，每日工作八小时，每周工作五天。具体上下班时间由各部门根据业务需要确定并报人力资源部备案。",
            "因工作需要安排员工延长工作时间的，应按照国家规定支付加班工资或安排同等时间的补休。",
            "第二节  考勤管理", "员工上下班应按规定打卡。因公外出或忘记打卡的，应在两个工作日内通过办公系统提交说明，经部门负责人确认。",
            "员工迟到、早退的，由部门负责人进行提醒和谈话；连续或多次出现的，按公司绩效管理办法处理。",
            "第三节  休假", "员工依法享有法定节假日、年休假、婚假、产假、陪产假、丧假等假期。年休假天数按照员工累计工作年限确定。",
            "员工请假应提前通过办公系统提出申请，经批准后方可休假。遇突发情况无法提前申请的，应及时告知部门负责人，并在返岗后补办手续。",
            "第四节  病假", "员工因病需要休息的，应提供医疗机构出具的诊断证明。病假期间的工资按照国家及本市有关规定执行。",
            "第五节  附则", "本章由人力资源部负责解释，自发布之日起施行。本手册经职工代表大会讨论通过，并已向全体员工公示。"]
    for s in secs:
        b.append(H(s) if s.startswith("第") and "节" in s[:4] else P(s))
    b += [{"t": "need", "v": 4}, {"t": "gap", "v": 1.2}, {"t": "right", "s": A, "ind": 1, "stamp": "A"}, {"t": "right", "s": "2025年6月", "ind": 2}]
    return dict(blocks=b, doc_type="other", title=chap, seals={"A": company_seal(ctx, A)})


def doc_statement(ctx):
    A, B = ctx.pick(COMPANIES, 2)
    y, m, d = ctx.date(2025, 3, 10)
    rows, bal = [], 0
    for i in range(9):
        mm = max(1, m - 8 + i)
        dd = int(ctx.rng.integers(1, 28))
        if i % 3 == 2:
            amt = -int(ctx.rng.integers(2, 30)) * 1000
        else:
            amt = int(ctx.rng.integers(3, 40)) * 1000 + int(ctx.rng.integers(0, 99)) * 10
        bal += amt
        rows.append(["%d-%02d-%02d" % (y, mm, dd), "送货单%s" % ctx.digits(6) if amt > 0 else "银行回款",
                     money(amt) if amt > 0 else "", money(-amt) if amt < 0 else "", money(bal)])
    b = [{"t": "title", "s": "往来款项对账单"}, L("致：" + B), {"t": "gap", "v": 0.2},
         P("为核对双方往来账目，现将截至%s我公司与贵公司之间的往来款项明细列示如下，请贵公司核对。" % fmt_date((y, m, d))),
         {"t": "table", "title": None, "cols": [("日期", 0.2), ("摘要", 0.26), ("发货金额", 0.18), ("回款金额", 0.18), ("余额", 0.18)], "rows": rows},
         P("如核对无误，请在下方签章确认；如有不符，请列明不符金额及原因，并附相关凭证，以便双方进一步核对。"),
         P("本对账单仅用于核对往来账目，不作为其他用途。"),
         {"t": "gap", "v": 1.0},
         sig_block([("对账单位（盖章）：", A), ("经办人：", "~"), ("日期：", fmt_date((y, m, d)))],
                   [("核对单位（盖章）：", B), ("经办人：", "~"), ("日期：", "")], stL="A")]
    return dict(blocks=b, doc_type="other", title="往来款项对账单", seals={"A": company_seal(ctx, A, "财务专用章" if False else None)})


DOCS = {"loan": doc_loan, "repay": doc_repay, "lease": doc_lease, "purchase": doc_purchase,
        "bankloan": doc_bankloan, "mediation": doc_mediation, "judgment": lambda c: doc_mediation(c, True),
        "lawyer": doc_lawyer, "notice": doc_notice, "quote": doc_quote, "handbook": doc_handbook,
        "statement": doc_statement}


# --------------------------------------------------------------------------- layout
NO_START = set("，。、；：？！）》」”’%·")


def wrap(text, fk, size, width, first_indent=0):
    lines, cur, w = [], "", first_indent
    for ch in text:
        cw = textlen(ch, fk, size)
        if w + cw > width and cur and ch not in NO_START:
            lines.append(cur)
            cur, w = "", 0
        cur += ch
        w += cw
    if cur:
        lines.append(cur)
    return lines


def layout(doc, st):
    """Flow the blocks into pages. Returns list of pages with draw ops, text lines and seal anchors."""
    W, Hh = PAGE_W, PAGE_H
    ml, mr, mt, mb = st["margins"]
    tw = W - ml - mr
    fs = st["fs"]
    lh = int(round(fs * st["ls"]))
    fb = st["font"]
    fbb = BOLD_OF[fb]
    pages = []
    state = {"y": mt}

    def new():
        pg = {"ops": [], "lines": [], "anchors": [], "scribbles": []}
        pages.append(pg)
        state["y"] = mt
        return pg

    pg = [new()]

    def need(hh):
        if state["y"] + hh > Hh - mb:
            pg[0] = new()

    def put(text, x, fk, size, dark=235):
        y = state["y"]
        pg[0]["ops"].append(("text", x, y, text, fk, size, dark))
        pg[0]["lines"].append(text)

    for b in doc["blocks"]:
        t = b["t"]
        if t == "title":
            size = int(fs * st["title_k"])
            need(size * 2)
            w = textlen(b["s"], fbb, size)
            put(b["s"], (W - w) / 2, fbb, size)
            state["y"] += int(size * 1.8)
        elif t == "center":
            size = int(fs * b["k"])
            fk = fbb if b["b"] else fb
            need(size * 1.8)
            w = textlen(b["s"], fk, size)
            put(b["s"], (W - w) / 2, fk, size)
            state["y"] += int(size * 1.7)
        elif t in ("para", "line"):
            ind = 2 * fs if t == "para" else 0
            lines = wrap(b["s"], fb, fs, tw, ind)
            for i, l in enumerate(lines):
                need(lh)
                put(l, ml + (ind if i == 0 else 0), fb, fs)
                state["y"] += lh
            state["y"] += st["pgap"]
        elif t == "head":
            need(lh * 2)
            put(b["s"], ml, fbb, fs)
            state["y"] += lh
        elif t == "right":
            need(lh)
            w = textlen(b["s"], fb, fs)
            x = W - mr - w - b.get("ind", 0) * fs * 1.5
            put(b["s"], x, fb, fs)
            if b.get("stamp"):
                pg[0]["anchors"].append({"who": b["stamp"], "x": x + w / 2, "y": state["y"] + fs * 0.5})
            state["y"] += lh
        elif t == "gap":
            state["y"] += int(lh * b["v"])
        elif t == "need":
            need(lh * b["v"])
        elif t == "pagebreak":
            pg[0] = new()
        elif t == "sig":
            need(lh * 5.5)
            y0 = state["y"]
            colw = tw * 0.52
            for side, x0 in (("L", ml), ("R", ml + tw * 0.54)):
                state["y"] = y0
                rows = []
                for i, (lab, val) in enumerate(b[side]):
                    if val not in ("", "~") and textlen(lab + val, fb, fs) > colw:
                        rows.append((lab, "", i))
                        rows.append(("    ", val, i))
                    else:
                        rows.append((lab, val, i))
                for (lab, val, i) in rows:
                    if lab or val:
                        s = lab + ("" if val == "~" else val)
                        put(s, x0, fb, fs)
                        if val == "~":
                            pg[0]["scribbles"].append((x0 + textlen(lab, fb, fs) + 8, state["y"] - fs * 0.3, fs * 4.2, fs * 1.5))
                        st_key = b["st" + side]
                        if i == 0 and st_key and (val or len(rows) == len(b[side])):
                            wl = textlen(lab, fb, fs)
                            wv = textlen(val, fb, fs) if val != "~" else fs * 4
                            pg[0]["anchors"].append({"who": st_key, "x": x0 + wl + wv * 0.45, "y": state["y"] + lh * 0.9})
                    state["y"] += int(lh * 1.25)
            state["y"] = y0 + int(lh * 1.25 * 4) + lh // 2
        elif t == "table":
            cols = b["cols"]
            rh = int(lh * 1.15)
            tsz = int(fs * 0.9)
            xs = [ml]
            for _, f in cols:
                xs.append(xs[-1] + f * tw)
            if b.get("title"):
                need(lh * 3)
                w = textlen(b["title"], fbb, fs)
                put(b["title"], (W - w) / 2, fbb, fs)
                state["y"] += int(lh * 1.3)

            def row(cells, bold=False):
                y = state["y"]
                fk = fbb if bold else fb
                for j, c in enumerate(cells):
                    c = str(c)
                    w = textlen(c, fk, tsz)
                    while w > xs[j + 1] - xs[j] - 6 and len(c) > 1:
                        c = c[:-1]
                        w = textlen(c, fk, tsz)
                    x = (xs[j] + xs[j + 1]) / 2 - w / 2
                    pg[0]["ops"].append(("text", x, y + (rh - tsz) / 2 - tsz * 0.12, c, fk, tsz, 235))
                pg[0]["lines"].append("  ".join(str(c) for c in cells if str(c)))
                pg[0]["ops"].append(("hline", xs[0], xs[-1], y + rh))
                for xx in xs:
                    pg[0]["ops"].append(("vline", xx, y, y + rh))
                state["y"] += rh

            need(rh * 2)
            pg[0]["ops"].append(("hline", xs[0], xs[-1], state["y"]))
            row([c for c, _ in cols], True)
            for r in b["rows"]:
                if state["y"] + rh > Hh - mb:
                    pg[0] = new()
                    pg[0]["ops"].append(("hline", xs[0], xs[-1], state["y"]))
                    row([c for c, _ in cols], True)
                row(r)
            state["y"] += st["pgap"] + lh // 3
    n = len(pages)
    for i, p in enumerate(pages):
        if st["footer"] == "cn":
            s = "第 %d 页 共 %d 页" % (i + 1, n)
        elif st["footer"] == "dash":
            s = "- %d -" % (i + 1)
        else:
            continue
        size = int(fs * 0.8)
        w = textlen(s, fb, size)
        p["ops"].append(("text", (W - w) / 2, Hh - mb + (mb - size) * 0.45, s, fb, size, 220))
        p["lines"].append(s)
    for i, p in enumerate(pages):
        p["index"] = i
        p["count"] = n
    return pages


def random_style(rng, fontkey=None, fs=None):
    fk = fontkey or ["serif", "sans", "zenhei", "microhei", "ming", "kai", "serif", "ming"][int(rng.integers(8))]
    fs = fs or int(rng.integers(20, 25))
    ml = int(rng.integers(95, 130))
    return dict(font=fk, fs=fs, ls=float(rng.uniform(1.6, 1.9)), margins=(ml, int(rng.integers(95, 125)), int(rng.integers(100, 135)), int(rng.integers(95, 120))),
                pgap=int(rng.integers(2, 9)), title_k=float(rng.uniform(1.6, 2.0)),
                footer=["cn", "cn", "dash", None][int(rng.integers(4))],
                paper=np.array([rng.uniform(0.95, 0.99), rng.uniform(0.945, 0.985), rng.uniform(0.92, 0.97)], np.float32))


# --------------------------------------------------------------------------- noise helpers
def smooth_noise(rng, h, w, scale):
    sh, sw = max(2, int(h / scale) + 2), max(2, int(w / scale) + 2)
    n = rng.random((sh, sw)).astype(np.float32)
    n = cv2.resize(n, (w, h), interpolation=cv2.INTER_CUBIC)
    n -= n.min()
    n /= max(1e-6, n.max())
    return n


def fine_noise(rng, h, w, sigma=0.8):
    n = rng.standard_normal((h, w)).astype(np.float32)
    if sigma > 0:
        n = cv2.GaussianBlur(n, (0, 0), sigma)
        n /= max(1e-6, n.std())
    return n


# --------------------------------------------------------------------------- page layer
def render_page(page, st, rng, extra_ops=()):
    Wc, Hc = PAGE_W + 2 * PAD, PAGE_H + 2 * PAD
    T = Image.new("L", (Wc, Hc), 0)
    d = ImageDraw.Draw(T)
    for op in list(page["ops"]) + list(extra_ops):
        if op[0] == "text":
            _, x, y, s, fk, size, dark = op
            d.text((x + PAD, y + PAD), s, font=font(fk, size), fill=int(dark))
        elif op[0] == "hline":
            _, x0, x1, y = op
            d.line([(x0 + PAD, y + PAD), (x1 + PAD, y + PAD)], fill=210, width=1)
        elif op[0] == "vline":
            _, x, y0, y1 = op
            d.line([(x + PAD, y0 + PAD), (x + PAD, y1 + PAD)], fill=210, width=1)
    for (x, y, w, h) in page["scribbles"]:
        scribble(d, x + PAD, y + PAD, w, h, rng)
    t = np.asarray(T, np.float32) / 255.0
    tex = 1.0 + 0.014 * (fine_noise(rng, Hc, Wc, 1.0)) * 0.5 + 0.02 * (smooth_noise(rng, Hc, Wc, 260) - 0.5)
    rgb = st["paper"][None, None, :] * tex[..., None]
    ink = np.array([0.07, 0.07, 0.09], np.float32)
    rgb = rgb * (1 - t[..., None] * (1 - ink))
    alpha = np.zeros((Hc, Wc), np.float32)
    alpha[PAD:PAD + PAGE_H, PAD:PAD + PAGE_W] = 1
    return {"rgb": rgb.astype(np.float32), "alpha": alpha, "marks": [], "page": page}


def scribble(d, x, y, w, h, rng):
    n = int(rng.integers(4, 7))
    pts = []
    for i in range(n * 6):
        tt = i / (n * 6 - 1)
        px = x + tt * w + 6 * math.sin(tt * 17 + rng.uniform(0, 0.3))
        py = y + h * 0.5 + h * 0.42 * math.sin(tt * n * math.pi + rng.uniform(-0.4, 0.4)) * (0.6 + 0.4 * math.cos(tt * 5))
        pts.append((px, py))
    d.line(pts, fill=int(rng.integers(190, 240)), width=2, joint="curve")


# --------------------------------------------------------------------------- seals
INKS = {
    "bright": dict(col=(0.88, 0.10, 0.12), dens=(0.86, 0.95), dry=(0.05, 0.15), pv=(0.2, 0.4)),
    "orange": dict(col=(0.94, 0.30, 0.16), dens=(0.84, 0.94), dry=(0.05, 0.18), pv=(0.2, 0.4)),
    "crimson": dict(col=(0.68, 0.05, 0.17), dens=(0.85, 0.95), dry=(0.05, 0.15), pv=(0.2, 0.4)),
    "pale": dict(col=(0.90, 0.26, 0.30), dens=(0.46, 0.6), dry=(0.25, 0.42), pv=(0.35, 0.55)),
}


def star_pts(cx, cy, r, rot_deg=0.0):
    pts = []
    for k in range(10):
        a = math.radians(-90 + rot_deg + k * 36)
        rr = r if k % 2 == 0 else r * 0.382
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def draw_emblem(d, cx, cy, E):
    # wheat ears on both sides
    for side in (-1, 1):
        for k in range(10):
            ph = math.radians(28 + k * 14.5)
            px = cx + side * 0.86 * E * math.sin(ph)
            py = cy + 0.86 * E * math.cos(ph)
            ang = ph + math.pi / 2
            a, b = 0.15 * E, 0.075 * E
            poly = []
            for j in range(12):
                tt = 2 * math.pi * j / 12
                ex, ey = a * math.cos(tt), b * math.sin(tt)
                poly.append((px + side * (ex * math.cos(ang) - ey * math.sin(ang)), py + (ex * math.sin(ang) + ey * math.cos(ang))))
            d.polygon(poly, fill=255)
    # gear
    gx, gy, gr = cx, cy + 0.76 * E, 0.15 * E
    for k in range(10):
        a = 2 * math.pi * k / 10
        d.polygon([(gx + gr * 1.35 * math.cos(a - 0.15), gy + gr * 1.35 * math.sin(a - 0.15)),
                   (gx + gr * 1.35 * math.cos(a + 0.15), gy + gr * 1.35 * math.sin(a + 0.15)),
                   (gx, gy)], fill=255)
    d.ellipse([gx - gr, gy - gr, gx + gr, gy + gr], fill=255)
    d.ellipse([gx - gr * 0.4, gy - gr * 0.4, gx + gr * 0.4, gy + gr * 0.4], fill=0)
    # ribbon
    d.arc([cx - 0.75 * E, cy + 0.2 * E, cx + 0.75 * E, cy + 0.95 * E], 20, 160, fill=255, width=max(1, int(0.07 * E)))
    # stars
    d.polygon(star_pts(cx - 0.2 * E, cy - 0.42 * E, 0.2 * E), fill=255)
    for (dx, dy, rot) in ((0.12, -0.68, 20), (0.3, -0.52, 40), (0.34, -0.28, 60), (0.2, -0.1, 80)):
        d.polygon(star_pts(cx + dx * E, cy + dy * E, 0.08 * E, rot), fill=255)
    # gate
    d.polygon([(cx - 0.5 * E, cy + 0.12 * E), (cx + 0.5 * E, cy + 0.12 * E), (cx + 0.36 * E, cy + 0.0 * E), (cx - 0.36 * E, cy + 0.0 * E)], fill=255)
    d.rectangle([cx - 0.42 * E, cy + 0.12 * E, cx + 0.42 * E, cy + 0.4 * E], fill=255)
    for k in range(5):
        wx = cx + (-0.3 + 0.15 * k) * E
        d.rectangle([wx - 0.035 * E, cy + 0.22 * E, wx + 0.035 * E, cy + 0.4 * E], fill=0)
    d.rectangle([cx - 0.55 * E, cy + 0.4 * E, cx + 0.55 * E, cy + 0.48 * E], fill=255)


def glyph(ch, fk, px, squeeze):
    s = int(px * 1.7) + 4
    g = Image.new("L", (s, s), 0)
    ImageDraw.Draw(g).text((s / 2, s / 2), ch, font=font(fk, px), fill=255, anchor="mm")
    if abs(squeeze - 1) > 1e-3:
        g = g.resize((max(1, int(s * squeeze)), s), Image.BICUBIC)
    return g


def paste_max(arr, g, cx, cy):
    a = np.asarray(g)
    h, w = a.shape
    x0, y0 = int(round(cx - w / 2)), int(round(cy - h / 2))
    xa, ya = max(0, x0), max(0, y0)
    xb, yb = min(arr.shape[1], x0 + w), min(arr.shape[0], y0 + h)
    if xb <= xa or yb <= ya:
        return
    arr[ya:yb, xa:xb] = np.maximum(arr[ya:yb, xa:xb], a[ya - y0:yb - y0, xa - x0:xb - x0])


def seal_masks(spec):
    """Binary-ish seal artwork (0..1) and the filled disc, at page scale, upright centre in the middle."""
    ss = 3
    R = spec["R"]
    Rs = R * ss
    pad = int(10 * ss)
    size = int(2 * Rs + 2 * pad)
    c = size / 2
    im = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(im)
    t = spec["thick"] * Rs
    d.ellipse([c - Rs, c - Rs, c + Rs, c + Rs], fill=255)
    d.ellipse([c - Rs + t, c - Rs + t, c + Rs - t, c + Rs - t], fill=0)
    if spec.get("inner"):
        ri = Rs - t - 0.05 * Rs
        d.ellipse([c - ri, c - ri, c + ri, c + ri], outline=255, width=max(1, int(0.018 * Rs)))
    # centre figure
    has_label = bool(spec.get("label"))
    if spec["center"] == "star":
        rs = spec.get("star", 0.3) * Rs
        d.polygon(star_pts(c, c - (0.04 * Rs if has_label else 0), rs), fill=255)
    elif spec["center"] == "emblem":
        draw_emblem(d, c, c + 0.02 * Rs, 0.37 * Rs)
    arr = np.asarray(im).copy()
    fk = spec["font"]
    # ring text
    txt = spec["text"]
    n = len(txt)
    span = spec["span"]
    step = math.radians(span / max(1, n - 1))
    ch = 0.26 * Rs
    sq = spec.get("squeeze", 0.8)
    for _ in range(3):
        rt = Rs - t - 0.05 * Rs - ch / 2
        maxw = rt * step * 0.93
        if ch * sq > maxw:
            ch = maxw / sq
    ch = max(ch, 0.15 * Rs)
    rt = Rs - t - 0.05 * Rs - ch / 2
    for i, cc in enumerate(txt):
        th = -span / 2 + i * span / max(1, n - 1)
        g = glyph(cc, fk, ch, sq).rotate(-th, expand=True, resample=Image.BICUBIC)
        paste_max(arr, g, c + rt * math.sin(math.radians(th)), c - rt * math.cos(math.radians(th)))
    # label (horizontal, lower half)
    if has_label:
        lab = spec["label"]
        lc = 0.155 * Rs
        tot = 0.9 * Rs
        for i, cc in enumerate(lab):
            x = c - tot / 2 + (i + 0.5) * tot / len(lab)
            paste_max(arr, glyph(cc, fk, lc, 0.85), x, c + 0.46 * Rs)
    # number along the bottom arc
    if spec.get("number"):
        num = spec["number"]
        dh = 0.1 * Rs
        rn = Rs - t - 0.04 * Rs - dh / 2
        stp = math.degrees(0.072 * Rs / rn)
        m = len(num)
        for i, cc in enumerate(num):
            th = 180 + (m - 1) / 2 * stp - i * stp
            g = glyph(cc, "sans", dh, 0.75).rotate(-(th - 180), expand=True, resample=Image.BICUBIC)
            paste_max(arr, g, c + rn * math.sin(math.radians(th)), c - rn * math.cos(math.radians(th)))
    disc = Image.new("L", (size, size), 0)
    ImageDraw.Draw(disc).ellipse([c - Rs, c - Rs, c + Rs, c + Rs], fill=255)
    art = Image.fromarray(arr)
    if spec.get("oval"):
        ox = spec["oval"]
        art = art.resize((int(size * ox), size), Image.BICUBIC)
        disc = disc.resize((int(size * ox), size), Image.BICUBIC)
    art = art.rotate(spec["rot"], expand=True, resample=Image.BICUBIC)
    disc = disc.rotate(spec["rot"], expand=True, resample=Image.BICUBIC)
    w2, h2 = art.size
    wo, ho = max(1, int(round(w2 / ss))), max(1, int(round(h2 / ss)))
    a = cv2.resize(np.asarray(art, np.float32) / 255, (wo, ho), interpolation=cv2.INTER_AREA)
    dd = cv2.resize(np.asarray(disc, np.float32) / 255, (wo, ho), interpolation=cv2.INTER_AREA)
    return a, dd


def ink_alpha(m, spec, rng):
    """Turn artwork into ink coverage: pressure gradient, mottling, grain, small holes."""
    h, w = m.shape
    R = spec["R"]
    ink = INKS[spec["ink"]]
    m = cv2.GaussianBlur(m, (0, 0), 0.45)
    lf = smooth_noise(rng, h, w, R * 0.7)
    ang = rng.uniform(0, 2 * np.pi)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    g = ((xx - w / 2) * math.cos(ang) + (yy - h / 2) * math.sin(ang)) / (R * 1.2)
    g = np.clip(0.5 + 0.5 * g, 0, 1)
    pv = rng.uniform(*ink["pv"])
    Pm = 1 - pv * (0.55 * lf + 0.45 * g)
    mf = smooth_noise(rng, h, w, 4.5)
    dryness = rng.uniform(*ink["dry"])
    dry = np.clip((mf - (1 - dryness)) / 0.12, 0, 1)
    grain = np.clip(1 + 0.2 * fine_noise(rng, h, w, 0.7), 0, 1.25)
    a = m * Pm * (1 - 0.85 * dry) * grain
    holes = np.zeros((h, w), np.uint8)
    ys, xs = np.nonzero(m > 0.6)
    if len(ys):
        for _ in range(int(rng.integers(8, 30))):
            k = int(rng.integers(len(ys)))
            cv2.circle(holes, (int(xs[k]), int(ys[k])), int(rng.integers(1, 3)), 1, -1)
    a *= 1 - 0.9 * cv2.GaussianBlur(holes.astype(np.float32), (0, 0), 0.5)
    a = np.maximum(a, 0.18 * cv2.GaussianBlur(m, (0, 0), 1.3) * Pm)
    dens = rng.uniform(*ink["dens"])
    return np.clip(a * dens, 0, 1).astype(np.float32)


def make_seal_spec(base, rng, **over):
    s = dict(base)
    s.setdefault("label", None)
    s.setdefault("number", None)
    s["R"] = float(rng.uniform(93, 108))
    s["thick"] = float(rng.uniform(0.065, 0.095))
    n = len(s["text"])
    s["span"] = float(rng.uniform(225, 285)) if n > 8 else float(rng.uniform(215, 240))
    if s.get("number") and s["span"] > 262:
        s["span"] = float(rng.uniform(240, 262))
    s["font"] = ["serif_b", "sans_b", "zenhei", "serif_b", "ming"][int(rng.integers(5))]
    s["squeeze"] = float(rng.uniform(0.72, 0.86))
    s["star"] = float(rng.uniform(0.26, 0.33))
    s["inner"] = bool(rng.random() < 0.25)
    s["rot"] = float(rng.uniform(-14, 14))
    s["ink"] = "bright"
    s["oval"] = None
    if s["center"] == "emblem":
        s["label"] = None
        s["number"] = None
        s["thick"] = float(rng.uniform(0.07, 0.1))
    s.update(over)
    if s.get("oval"):
        s["R"] = float(rng.uniform(68, 76))
        s["inner"] = True
        s["number"] = s.get("number")
    return s


# --------------------------------------------------------------------------- placement on a page layer
EDGE_N = {"right": (1, 0), "left": (-1, 0), "top": (0, -1), "bottom": (0, 1)}


def canvas_shape():
    return PAGE_H + 2 * PAD, PAGE_W + 2 * PAD


def edge_point(edge, pos, inset):
    """Point at fraction `pos` along `edge`, `inset` px inside the page (negative = beyond the edge)."""
    if edge == "right":
        return PAD + PAGE_W - inset, PAD + pos * PAGE_H
    if edge == "left":
        return PAD + inset, PAD + pos * PAGE_H
    if edge == "top":
        return PAD + pos * PAGE_W, PAD + inset
    return PAD + pos * PAGE_W, PAD + PAGE_H - inset


def disc_inset(f):
    """Signed distance (in radii) of a disc centre inside the edge so that fraction f of its area is inside."""
    lo, hi = -1.0, 1.0
    for _ in range(50):
        u = (lo + hi) / 2
        g = 0.5 + (u * math.sqrt(max(0, 1 - u * u)) + math.asin(u)) / math.pi
        if g < f:
            lo = u
        else:
            hi = u
    return (lo + hi) / 2


def put_local(local, x0, y0):
    Hc, Wc = canvas_shape()
    out = np.zeros((Hc, Wc), np.float32)
    h, w = local.shape
    xa, ya, xb, yb = max(0, x0), max(0, y0), min(Wc, x0 + w), min(Hc, y0 + h)
    out[ya:yb, xa:xb] = local[ya - y0:yb - y0, xa - x0:xb - x0]
    return out


def apply_mul(layer, m, col):
    col = np.asarray(col, np.float32)
    layer["rgb"] *= 1 - (m * layer["alpha"])[..., None] * (1 - col)


def apply_opaque(layer, m, col):
    col = np.asarray(col, np.float32)
    a = (m * layer["alpha"])[..., None]
    layer["rgb"] = layer["rgb"] * (1 - a) + col * a


def add_seal(layer, spec, rng, riding=None, center=None):
    art, disc = seal_masks(spec)
    a = ink_alpha(art, spec, rng)
    h, w = a.shape
    if riding:
        edge, f, pos = riding["edge"], riding["f"], riding["pos"]
        if edge in ("right", "left"):
            cum = np.cumsum(disc.sum(0))
        else:
            cum = np.cumsum(disc.sum(1))
        cum /= cum[-1]
        if edge in ("right", "bottom"):
            k = int(np.searchsorted(cum, f)) + 1
        else:
            k = int(np.searchsorted(cum, 1 - f)) + 1
        if edge == "right":
            x0, y0 = PAD + PAGE_W - k, int(round(PAD + pos * PAGE_H - h / 2))
        elif edge == "left":
            x0, y0 = PAD - k, int(round(PAD + pos * PAGE_H - h / 2))
        elif edge == "bottom":
            x0, y0 = int(round(PAD + pos * PAGE_W - w / 2)), PAD + PAGE_H - k
        else:
            x0, y0 = int(round(PAD + pos * PAGE_W - w / 2)), PAD - k
    else:
        cx, cy = center
        x0, y0 = int(round(PAD + cx - w / 2)), int(round(PAD + cy - h / 2))
    ink = put_local(a, x0, y0)
    dfull = put_local(disc, x0, y0)
    col = np.array(INKS[spec["ink"]]["col"], np.float32)
    apply_mul(layer, ink, col)
    layer["marks"].append({"kind": "seal", "ink": ink, "disc": dfull, "riding": bool(riding), "spec": spec,
                           "edge": riding["edge"] if riding else None})


# --------------------------------------------------------------------------- printed / drawn distractors on a page
RED_PRINT = [(0.85, 0.11, 0.14), (0.9, 0.22, 0.14), (0.76, 0.06, 0.14)]


def _img():
    Hc, Wc = canvas_shape()
    return Image.new("L", (Wc, Hc), 0)


def _arr(im):
    return np.asarray(im, np.float32) / 255.0


def add_mark(layer, m, what):
    layer["marks"].append({"kind": "distractor", "ink": m, "disc": None, "riding": False, "what": what})


def d_logo_half(layer, rng, o):
    r, f = o.get("r", 95), o.get("f", 0.5)
    cx, cy = edge_point(o["edge"], o["pos"], disc_inset(f) * r)
    im = _img()
    d = ImageDraw.Draw(im)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=255)
    # white brand mark: two swooshes and a bar
    for k, off in enumerate((-0.28, 0.12)):
        d.arc([cx - 0.75 * r, cy + off * r - 0.5 * r, cx + 0.75 * r, cy + off * r + 0.5 * r], 200, 340, fill=0, width=int(0.13 * r))
    d.rectangle([cx - 0.08 * r, cy + 0.25 * r, cx + 0.08 * r, cy + 0.7 * r], fill=0)
    m = _arr(im)
    apply_mul(layer, m, o.get("col", RED_PRINT[0]))
    add_mark(layer, m, "half of a printed red round logo, cut by the page edge")


def d_badge_half(layer, rng, o):
    r, f = o.get("r", 100), o.get("f", 0.5)
    cx, cy = edge_point(o["edge"], o["pos"], disc_inset(f) * r)
    ss = 2
    im = Image.new("L", (int(2.4 * r * ss), int(2.4 * r * ss)), 0)
    d = ImageDraw.Draw(im)
    c, R = 1.2 * r * ss, r * ss
    d.ellipse([c - R, c - R, c + R, c + R], outline=255, width=int(0.08 * R))
    d.ellipse([c - 0.64 * R, c - 0.64 * R, c + 0.64 * R, c + 0.64 * R], outline=255, width=int(0.03 * R))
    arr = np.asarray(im).copy()
    txt = o.get("text", "CERTIFIED QUALITY * ISO 9001 * SINCE 2006 * ")
    n = len(txt)
    for i, ch in enumerate(txt):
        if ch == " ":
            continue
        th = i * 360.0 / n
        g = glyph(ch, "sans_b", 0.17 * R, 1.0).rotate(-th, expand=True, resample=Image.BICUBIC)
        paste_max(arr, g, c + 0.8 * R * math.sin(math.radians(th)), c - 0.8 * R * math.cos(math.radians(th)))
    im = Image.fromarray(arr)
    d = ImageDraw.Draw(im)
    d.line([(c - 0.32 * R, c), (c - 0.08 * R, c + 0.26 * R), (c + 0.36 * R, c - 0.26 * R)], fill=255, width=int(0.12 * R), joint="curve")
    loc = cv2.resize(np.asarray(im, np.float32) / 255, None, fx=1 / ss, fy=1 / ss, interpolation=cv2.INTER_AREA)
    m = put_local(loc, int(round(cx - 1.2 * r)), int(round(cy - 1.2 * r)))
    apply_mul(layer, m, o.get("col", RED_PRINT[2]))
    add_mark(layer, m, "half of a printed red round quality badge (Latin ring text, check mark), cut by the page edge")


def d_tabs(layer, rng, o):
    r = o.get("r", 62)
    for j, pos in enumerate(o["pos"]):
        cx, cy = edge_point(o["edge"], pos, 0)
        im = _img()
        d = ImageDraw.Draw(im)
        d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=255)
        lab = o["labels"][j]
        n = EDGE_N[o["edge"]]
        tx, ty = cx - n[0] * 0.45 * r, cy - n[1] * 0.45 * r
        d.text((tx, ty), lab, font=font("sans_b", int(0.5 * r)), fill=0, anchor="mm")
        m = _arr(im)
        apply_mul(layer, m, o.get("col", RED_PRINT[0]))
        add_mark(layer, m, "printed red semicircular index tab at the page edge")


def d_index_bars(layer, rng, o):
    im = _img()
    d = ImageDraw.Draw(im)
    depth, hgt = o.get("depth", 58), o.get("h", 170)
    cx, cy = edge_point(o["edge"], o["pos"], 0)
    if o["edge"] in ("right", "left"):
        x0, x1 = (cx - depth, cx + 40) if o["edge"] == "right" else (cx - 40, cx + depth)
        d.rectangle([x0, cy - hgt / 2, x1, cy + hgt / 2], fill=255)
        xm = cx - depth / 2 if o["edge"] == "right" else cx + depth / 2
        for i, ch in enumerate(o["text"]):
            d.text((xm, cy - hgt / 2 + (i + 0.8) * hgt / (len(o["text"]) + 0.6)), ch, font=font("sans_b", int(depth * 0.5)), fill=0, anchor="mm")
    m = _arr(im)
    apply_mul(layer, m, o.get("col", RED_PRINT[0]))
    add_mark(layer, m, "printed red thumb-index bar bleeding off the page edge")
    if o.get("corner"):
        im = _img()
        d = ImageDraw.Draw(im)
        rr = o.get("corner_r", 90)
        x, y = (PAD + PAGE_W, PAD) if o["corner"] == "tr" else (PAD + PAGE_W, PAD + PAGE_H)
        d.ellipse([x - rr, y - rr, x + rr, y + rr], fill=255)
        m = _arr(im)
        apply_mul(layer, m, o.get("col", RED_PRINT[0]))
        add_mark(layer, m, "printed red quarter-disc corner marker")


def d_arcs(layer, rng, o):
    im = _img()
    d = ImageDraw.Draw(im)
    corner = o.get("corner", "tr")
    x = PAD + PAGE_W if corner[1] == "r" else PAD
    y = PAD if corner[0] == "t" else PAD + PAGE_H
    x += o.get("dx", 40) * (1 if corner[1] == "r" else -1)
    y += o.get("dy", -30) * (1 if corner[0] == "b" else 1)
    for rad, wdt in o.get("rings", [(120, 14), (160, 5), (205, 22), (250, 4)]):
        d.ellipse([x - rad, y - rad, x + rad, y + rad], outline=255, width=int(wdt))
    m = _arr(im)
    apply_mul(layer, m, o.get("col", RED_PRINT[1]))
    add_mark(layer, m, "printed red concentric arc decoration at the page corner")


def d_wave_footer(layer, rng, o):
    im = _img()
    d = ImageDraw.Draw(im)
    yb = PAD + PAGE_H
    base = o.get("h", 70)
    pts = [(PAD - 30, yb + 40)]
    for i in range(0, PAGE_W + 61, 10):
        x = PAD - 30 + i
        pts.append((x, yb - base - 28 * math.sin(i / PAGE_W * 2 * math.pi * 1.3 + 0.7)))
    pts.append((PAD + PAGE_W + 30, yb + 40))
    d.polygon(pts, fill=255)
    pts2 = [(p[0], p[1] - 16) for p in pts[1:-1]]
    d.line(pts2, fill=255, width=5)
    m = _arr(im)
    apply_mul(layer, m, o.get("col", RED_PRINT[0]))
    add_mark(layer, m, "printed red wave band along the bottom edge")


def d_corner_band(layer, rng, o):
    im = _img()
    d = ImageDraw.Draw(im)
    a, bw = o.get("a", 190), o.get("w", 62)
    xr, yt = PAD + PAGE_W, PAD
    d.polygon([(xr - a, yt - 20), (xr - a + bw * 1.41, yt - 20), (xr + 20, yt + a - bw * 1.41), (xr + 20, yt + a)], fill=255)
    m0 = Image.new("L", (420, 90), 0)
    ImageDraw.Draw(m0).text((210, 45), o.get("text", "正  本"), font=font("sans_b", 36), fill=255, anchor="mm")
    m0 = m0.rotate(-45, expand=True)
    t = np.asarray(m0).astype(np.float32) / 255
    tl = put_local(t, int(xr - a / 2 + bw * 0.35 - t.shape[1] / 2), int(yt + a / 2 - bw * 0.35 - t.shape[0] / 2))
    m = np.clip(_arr(im) - tl, 0, 1)
    apply_mul(layer, m, o.get("col", RED_PRINT[2]))
    add_mark(layer, m, "printed red diagonal corner band")


def pen_stroke(im, pts, rng, width=3):
    d = ImageDraw.Draw(im)
    d.line(pts, fill=255, width=width, joint="curve")


def d_circled_num(layer, rng, o):
    im = _img()
    d = ImageDraw.Draw(im)
    r = o.get("r", 44)
    for (edge, pos, inset, num) in o["printed"]:
        im = _img()
        d = ImageDraw.Draw(im)
        cx, cy = edge_point(edge, pos, inset)
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=255, width=int(0.12 * r))
        d.text((cx, cy), num, font=font("sans_b", int(1.1 * r)), fill=255, anchor="mm")
        m = _arr(im)
        apply_mul(layer, m, o.get("col", RED_PRINT[0]))
        add_mark(layer, m, "printed red circled number in the margin" + (" (partly off the page)" if inset < r else ""))
    if o.get("hand"):
        im = _img()
        for (edge, pos, inset, num) in o["hand"]:
            cx, cy = edge_point(edge, pos, inset)
            rr = r * 0.9
            pts = []
            a0 = rng.uniform(0, 2 * math.pi)
            for k in range(46):
                a = a0 + k * 2.15 * math.pi / 45
                q = rr * (1 + 0.08 * math.sin(3 * a) + 0.02 * k / 45)
                pts.append((cx + q * math.cos(a) * 1.1, cy + q * math.sin(a)))
            pen_stroke(im, pts, rng, 3)
        mh = _arr(im)
        # the hand-circled numbers are black text
        for (edge, pos, inset, num) in o["hand"]:
            cx, cy = edge_point(edge, pos, inset)
            t = Image.new("L", (120, 120), 0)
            ImageDraw.Draw(t).text((60, 60), num, font=font("sans", int(r * 0.9)), fill=230, anchor="mm")
            tl = put_local(np.asarray(t, np.float32) / 255, int(cx - 60), int(cy - 60))
            apply_mul(layer, tl, (0.07, 0.07, 0.09))
        apply_mul(layer, mh * 0.9, (0.8, 0.12, 0.2))
        add_mark(layer, mh, "red ballpoint circle around a number in the margin")


def d_rect_stamp(layer, rng, o):
    w, h = o.get("w", 300), o.get("h", 120)
    ss = 2
    im = Image.new("L", (int((w + 20) * ss), int((h + 20) * ss)), 0)
    d = ImageDraw.Draw(im)
    d.rectangle([10 * ss, 10 * ss, (w + 10) * ss, (h + 10) * ss], outline=255, width=int(6 * ss))
    d.rectangle([18 * ss, 18 * ss, (w + 2) * ss, (h + 2) * ss], outline=255, width=int(2 * ss))
    lines = o.get("lines", ["与原件核对无误", "2025年8月12日"])
    for i, s in enumerate(lines):
        d.text(((w / 2 + 10) * ss, (10 + h * (i + 0.5) / len(lines)) * ss), s, font=font("serif_b", int(h * 0.3 * ss)), fill=255, anchor="mm")
    art = np.asarray(im.rotate(o.get("rot", 3), expand=True, resample=Image.BICUBIC), np.float32) / 255
    art = cv2.resize(art, None, fx=1 / ss, fy=1 / ss, interpolation=cv2.INTER_AREA)
    spec = {"R": 80, "ink": o.get("ink", "bright")}
    a = ink_alpha(art, spec, rng)
    hh, ww = a.shape
    f = o.get("f", 0.5)
    e = o["edge"]
    if e == "right":
        x0, y0 = int(PAD + PAGE_W - f * ww), int(PAD + o["pos"] * PAGE_H - hh / 2)
    elif e == "left":
        x0, y0 = int(PAD - (1 - f) * ww), int(PAD + o["pos"] * PAGE_H - hh / 2)
    elif e == "bottom":
        x0, y0 = int(PAD + o["pos"] * PAGE_W - ww / 2), int(PAD + PAGE_H - f * hh)
    else:
        x0, y0 = int(PAD + o["pos"] * PAGE_W - ww / 2), int(PAD - (1 - f) * hh)
    m = put_local(a, x0, y0)
    apply_mul(layer, m, INKS[o.get("ink", "bright")]["col"])
    add_mark(layer, m, "red rectangular stamp (not a seal) cut by the page edge")


def d_pen_arcs(layer, rng, o):
    im = _img()
    for (cx, cy, rx, ry, a0, a1) in o["arcs"]:
        pts = []
        for k in range(60):
            a = math.radians(a0 + (a1 - a0) * k / 59)
            j = 1 + 0.03 * math.sin(k * 0.7)
            pts.append((PAD + cx + rx * j * math.cos(a), PAD + cy + ry * j * math.sin(a)))
        pen_stroke(im, pts, rng, int(o.get("w", 3)))
    for seg in o.get("lines", []):
        pen_stroke(im, [(PAD + x, PAD + y) for x, y in seg], rng, int(o.get("w", 3)))
    m = _arr(im)
    apply_mul(layer, m * 0.92, o.get("col", (0.82, 0.12, 0.2)))
    add_mark(layer, m, "red pen arcs and strokes near the page edge")


def d_sticker(layer, rng, o):
    r, f = o.get("r", 48), o.get("f", 0.55)
    cx, cy = edge_point(o["edge"], o["pos"], disc_inset(f) * r)
    ss = 2
    im = Image.new("L", (int(2.4 * r * ss), int(2.4 * r * ss)), 0)
    ImageDraw.Draw(im).ellipse([0.2 * r * ss, 0.2 * r * ss, 2.2 * r * ss, 2.2 * r * ss], fill=255)
    ch = Image.new("L", im.size, 0)
    ImageDraw.Draw(ch).text((1.2 * r * ss, 1.2 * r * ss), o.get("char", "急"), font=font("sans_b", int(1.15 * r * ss)), fill=255, anchor="mm")
    disc = cv2.resize(np.asarray(im, np.float32) / 255, None, fx=1 / ss, fy=1 / ss, interpolation=cv2.INTER_AREA)
    chm = cv2.resize(np.asarray(ch, np.float32) / 255, None, fx=1 / ss, fy=1 / ss, interpolation=cv2.INTER_AREA)
    x0, y0 = int(round(cx - 1.2 * r)), int(round(cy - 1.2 * r))
    D = put_local(disc, x0, y0)
    C = put_local(chm, x0, y0) * D
    hh, ww = disc.shape
    yy, xx = np.mgrid[0:hh, 0:ww].astype(np.float32)
    gloss = 1 + 0.12 * np.exp(-(((xx - 0.8 * r) ** 2 + (yy - 0.75 * r) ** 2) / (0.3 * r) ** 2))
    G = put_local(gloss.astype(np.float32), x0, y0)
    red = np.array(o.get("col", (0.86, 0.09, 0.12)), np.float32)
    apply_opaque(layer, D, (0.97, 0.96, 0.95))
    a = ((D - C) * layer["alpha"])[..., None]
    layer["rgb"] = layer["rgb"] * (1 - a) + np.clip(red[None, None, :] * G[..., None], 0, 1) * a
    # thin shadow line where the sticker folds over the edge
    add_mark(layer, np.clip(D - C, 0, 1), "red round sticker folded over the page edge")


def d_header_D(layer, rng, o):
    im = _img()
    d = ImageDraw.Draw(im)
    size = o.get("size", 230)
    f = font("sans_b", size)
    txt = o.get("text", "DD")
    bx = f.getbbox(txt)
    x = PAD - o.get("bleed", 40) - bx[0]
    y = PAD + o.get("top", 40) - bx[1]
    d.text((x, y), txt, font=f, fill=255)
    m = _arr(im)
    apply_mul(layer, m, o.get("col", RED_PRINT[0]))
    add_mark(layer, m, "big red D-shaped header letters at the page edge")
    hx = x + bx[2] + 30
    t = Image.new("L", (PAGE_W, 120), 0)
    ImageDraw.Draw(t).text((0, 10), o.get("name", "鼎德集团有限公司"), font=font("serif_b", 44), fill=255)
    ImageDraw.Draw(t).text((2, 70), o.get("sub", "DINGDE GROUP CO., LTD."), font=font("sans", 22), fill=255)
    tm = put_local(np.asarray(t, np.float32) / 255, int(hx), int(PAD + o.get("top", 40) + 40))
    apply_mul(layer, tm, (0.25, 0.25, 0.28))


DISTRACT = {"logo_half": d_logo_half, "badge_half": d_badge_half, "tabs": d_tabs, "index_bars": d_index_bars,
            "arcs": d_arcs, "wave_footer": d_wave_footer, "corner_band": d_corner_band, "circled_num": d_circled_num,
            "rect_stamp": d_rect_stamp, "pen_arcs": d_pen_arcs, "sticker": d_sticker, "header_D": d_header_D}


# --------------------------------------------------------------------------- curl
def curl_layer(layer, edge, bow, shade=0.1):
    Hc, Wc = canvas_shape()
    yy, xx = np.mgrid[0:Hc, 0:Wc].astype(np.float32)
    if edge in ("right", "left"):
        u = (PAD + PAGE_W - xx) if edge == "right" else (xx - PAD)
        v = (yy - (PAD + PAGE_H / 2)) / (PAGE_H / 2)
        L = PAGE_W
    else:
        u = (PAD + PAGE_H - yy) if edge == "bottom" else (yy - PAD)
        v = (xx - (PAD + PAGE_W / 2)) / (PAGE_W / 2)
        L = PAGE_H
    t = np.clip(1 - u / (0.35 * L), 0, 1)
    wgt = t * t * (3 - 2 * t)
    disp = bow * np.clip(1 - v * v, 0, 1) * wgt
    nx, ny = EDGE_N[edge]
    mx = (xx - disp * nx).astype(np.float32)
    my = (yy - disp * ny).astype(np.float32)

    def rm(a):
        return cv2.remap(a, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)

    layer["rgb"] = rm(layer["rgb"]) * (1 - shade * wgt * np.clip(1 - v * v, 0, 1))[..., None]
    layer["alpha"] = rm(layer["alpha"])
    for mk in layer["marks"]:
        mk["ink"] = rm(mk["ink"])
        if mk["disc"] is not None:
            mk["disc"] = rm(mk["disc"])


# --------------------------------------------------------------------------- backgrounds
def bg_make(kind, rng, h, w):
    if kind == "wood":
        base = np.array([(0.55, 0.36, 0.21), (0.64, 0.47, 0.3), (0.42, 0.27, 0.16), (0.7, 0.56, 0.4)][int(rng.integers(4))], np.float32)
        vert = rng.random() < 0.5
        Hh, Ww = (w, h) if vert else (h, w)
        yy = np.arange(Hh, dtype=np.float32)[:, None]
        xx = np.arange(Ww, dtype=np.float32)[None, :]
        wrp = smooth_noise(rng, Hh, Ww, 200) * 36 + smooth_noise(rng, Hh, Ww, 50) * 5
        per = rng.uniform(16, 32)
        rings = np.sin((yy + wrp + 0.015 * xx) * 2 * np.pi / per)
        st = cv2.resize(rng.random((Hh // 2 + 2, 10)).astype(np.float32), (Ww, Hh), interpolation=cv2.INTER_CUBIC)
        v = 0.84 + 0.06 * rings + 0.12 * (st - 0.5) + 0.025 * fine_noise(rng, Hh, Ww, 0.8)
        pw = rng.uniform(320, 520)
        off = rng.uniform(0, pw)
        idx = np.floor((yy + off) / pw)
        v = v * (1 + 0.07 * np.sin(idx * 2.3 + 1.1))
        seam = (np.mod(yy + off, pw) < 3).astype(np.float32)
        v = v * (1 - 0.45 * seam)
        rgb = base[None, None, :] * v[..., None]
        if vert:
            rgb = np.ascontiguousarray(rgb.transpose(1, 0, 2))
        return rgb.astype(np.float32)
    if kind == "dark":
        base = np.array([(0.13, 0.13, 0.15), (0.17, 0.15, 0.13), (0.1, 0.11, 0.12)][int(rng.integers(3))], np.float32)
        v = 1 + 0.18 * (smooth_noise(rng, h, w, 350) - 0.5) + 0.05 * fine_noise(rng, h, w, 1.2)
        return (base[None, None, :] * v[..., None]).astype(np.float32)
    if kind == "white":
        base = np.array([(0.9, 0.91, 0.93), (0.93, 0.93, 0.92), (0.88, 0.9, 0.92)][int(rng.integers(3))], np.float32)
        v = 1 + 0.03 * (smooth_noise(rng, h, w, 400) - 0.5) + 0.006 * fine_noise(rng, h, w, 1.0)
        return (base[None, None, :] * v[..., None]).astype(np.float32)
    if kind in ("cloth", "redcloth"):
        if kind == "cloth":
            base = np.array([(0.52, 0.53, 0.55), (0.6, 0.6, 0.58), (0.45, 0.47, 0.5)][int(rng.integers(3))], np.float32)
        else:
            base = np.array([(0.72, 0.08, 0.1), (0.66, 0.05, 0.09)][int(rng.integers(2))], np.float32)
        yy = np.arange(h, dtype=np.float32)[:, None]
        xx = np.arange(w, dtype=np.float32)[None, :]
        p = rng.uniform(5.5, 7.0)
        weave = 0.05 * np.sin(2 * np.pi * xx / p) * np.sin(2 * np.pi * yy / p)
        folds = 0.22 * (smooth_noise(rng, h, w, 320) - 0.5) + 0.08 * (smooth_noise(rng, h, w, 90) - 0.5)
        v = 1 + weave + folds + 0.03 * fine_noise(rng, h, w, 0.7)
        return (base[None, None, :] * v[..., None]).astype(np.float32)
    raise ValueError(kind)


SHADOW_K = {"wood": 0.45, "dark": 0.35, "white": 0.2, "cloth": 0.4, "redcloth": 0.4}


# --------------------------------------------------------------------------- scene objects
def obj_disc_like(kind, scene_shape, center, r, rng):
    h, w = scene_shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    dx, dy = xx - center[0], yy - center[1]
    rr = np.sqrt(dx * dx + dy * dy)
    if kind == "coaster":
        m = np.clip(r - rr + 0.5, 0, 1)
        rim = np.clip(1 - np.abs(rr - r * 0.9) / (0.05 * r), 0, 1)
        shade = 1 - 0.25 * rim + 0.1 * np.clip(-(dx + dy) / (2 * r), -1, 1)
        col = np.array((0.78, 0.1, 0.12), np.float32)
        return m, col, shade
    if kind == "tape":
        ri = 0.62 * r
        m = np.clip(r - rr + 0.5, 0, 1) * np.clip(rr - ri + 0.5, 0, 1)
        t = np.clip((rr - ri) / (r - ri), 0, 1)
        shade = 0.85 + 0.25 * np.sin(t * np.pi) - 0.1 * np.clip((dx - dy) / (2 * r), -1, 1)
        stripes = 1 + 0.04 * np.sin(rr * 1.7)
        col = np.array((0.82, 0.12, 0.14), np.float32)
        return m, col, shade * stripes
    raise ValueError(kind)


# --------------------------------------------------------------------------- geometry helpers
CAN_C = (PAD + PAGE_W / 2.0, PAD + PAGE_H / 2.0)
PAGE_CORNERS = np.array([[PAD, PAD], [PAD + PAGE_W, PAD], [PAD + PAGE_W, PAD + PAGE_H], [PAD, PAD + PAGE_H]], np.float64)


def page_M(tx, ty, rot_deg):
    a = math.radians(rot_deg)
    ca, sa = math.cos(a), math.sin(a)
    cx, cy = CAN_C
    return np.array([[ca, -sa, tx - (ca * cx - sa * cy)], [sa, ca, ty - (sa * cx + ca * cy)], [0, 0, 1]], np.float64)


def tpts(M, pts):
    pts = np.asarray(pts, np.float64)
    h = np.c_[pts, np.ones(len(pts))] @ M.T
    return h[:, :2] / h[:, 2:3]


def mask_bbox(m, thr=0.1):
    ys, xs = np.nonzero(m > thr)
    if len(xs) == 0:
        return None
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


def warp(a, M, size):
    return cv2.warpPerspective(a, M, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)


def inside_poly(poly, pts):
    c = poly.astype(np.float32).reshape(-1, 1, 2)
    return all(cv2.pointPolygonTest(c, (float(x), float(y)), False) >= 0 for x, y in pts)


# --------------------------------------------------------------------------- item builder
def choose_page(pages, sel):
    if isinstance(sel, int):
        if sel >= len(pages):
            raise RuntimeError("document has only %d pages, wanted index %d" % (len(pages), sel))
        return pages[sel]
    if sel == "sig":
        for p in pages:
            if p["anchors"]:
                return p
        raise RuntimeError("no page with a stamp anchor")
    if sel == "last":
        return pages[-1]
    raise ValueError(sel)


def build_page_layer(it, pcfg, doc, pages, st, seals, rng):
    page = choose_page(pages, pcfg.get("sel", 0))
    layer = render_page(page, st, rng)
    for o in pcfg.get("red", []):
        DISTRACT[o["type"]](layer, rng, o)
    for fcfg in pcfg.get("full", []):
        spec = dict(seals[fcfg["party"]])
        spec["rot"] = float(rng.uniform(-16, 16))
        if "ink" in fcfg:
            spec["ink"] = fcfg["ink"]
        if "at" in fcfg:
            cx, cy = fcfg["at"]
        else:
            anc = [a for a in page["anchors"] if a["who"] == fcfg["party"]]
            if not anc:
                raise RuntimeError("%s: no anchor for party %s" % (it["name"], fcfg["party"]))
            cx = anc[0]["x"] + rng.uniform(-25, 25)
            cy = anc[0]["y"] + rng.uniform(-20, 15)
        add_seal(layer, spec, rng, center=(cx, cy))
    for rcfg in pcfg.get("riding", []):
        spec = dict(seals[rcfg["party"]])
        if "rot" in rcfg:
            spec["rot"] = rcfg["rot"]
        if "ink" in rcfg:
            spec["ink"] = rcfg["ink"]
        add_seal(layer, spec, rng, riding=rcfg)
    if pcfg.get("curl"):
        c = pcfg["curl"]
        curl_layer(layer, c["edge"], c["bow"], c.get("shade", 0.1))
    return layer


def pick_layout(it, doc, rng):
    """Try a few type sizes / spacings until the pages this item needs exist and every page that carries
    a signature or date line also carries a decent amount of text above it."""
    need_n = max([p["sel"] + 1 for p in it["pages"] if isinstance(p.get("sel", 0), int)] + [1])
    for attempt in range(40):
        st = random_style(rng, it.get("font"), it.get("fs") if attempt < 6 else None)
        if attempt >= 6:
            st["fs"] = int(rng.integers(19, 26))
            st["ls"] = float(rng.uniform(1.5, 2.0))
        if "mt" in it:
            m = list(st["margins"])
            m[2] = it["mt"]
            st["margins"] = tuple(m)
        if "ls" in it and attempt < 6:
            st["ls"] = it["ls"]
        if "footer" in it:
            st["footer"] = it["footer"]
        pages = layout(doc, st)
        if len(pages) < need_n:
            continue
        ok = True
        for pc in it["pages"]:  # a page shown without a full seal must not be an unstamped signature page
            sel = pc.get("sel", 0)
            if isinstance(sel, int) and not pc.get("full") and len(pages) > 1 and pages[sel]["anchors"]:
                ok = False
        for p in pages:
            if p["anchors"] and len(pages) > 1 and min(a["y"] for a in p["anchors"]) < 0.42 * PAGE_H:
                ok = False
        if ok:
            return st, pages
    raise RuntimeError("%s: no acceptable layout" % it["name"])


def make_item(it):
    rng = np.random.default_rng(BASE_SEED + it["seed"])
    ctx = Ctx(rng)
    ctx.opts = it.get("doc_opts", {})
    doc = DOCS[it["doc"]](ctx)
    st, pages = pick_layout(it, doc, rng)
    # seal specs: one physical stamp per party
    seals = {}
    for party, base in doc["seals"].items():
        over = dict(it.get("seal_over", {}).get(party, {}))
        seals[party] = make_seal_spec(base, rng, **over)
        seals[party]["rot"] = float(rng.uniform(-35, 35))
    layers = [build_page_layer(it, pc, doc, pages, st, seals, rng) for pc in it["pages"]]
    top_page = choose_page(pages, it["pages"][0].get("sel", 0))
    if it["kind"] == "scan":
        return finish_scan(it, doc, st, layers[0], top_page, rng)
    return finish_photo(it, doc, st, layers, top_page, rng)


def finish_scan(it, doc, st, layer, top_page, rng):
    cam = it.get("cam", {})
    Hc, Wc = canvas_shape()
    bgc = np.array(cam.get("bed", (0.95, 0.95, 0.95)), np.float32)
    scene = np.ones((Hc, Wc, 3), np.float32) * bgc
    A = layer["alpha"][..., None]
    scene = scene * (1 - A) + layer["rgb"] * A
    tracked = []
    for mk in layer["marks"]:
        t = dict(mk)
        t["vis"] = mk["ink"] * layer["alpha"]
        t["disc_full"] = mk["disc"]
        t["disc_vis"] = None if mk["disc"] is None else mk["disc"] * layer["alpha"]
        tracked.append(t)
    cut = set(cam.get("cut", []))
    ins = {}
    for e in ("left", "top", "right", "bottom"):
        ins[e] = rng.uniform(1.5, 3.5) if e in cut else -rng.uniform(0, 14)
    x0, x1 = PAD + ins["left"], PAD + PAGE_W - ins["right"]
    y0, y1 = PAD + ins["top"], PAD + PAGE_H - ins["bottom"]
    fp = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float64)
    roll = math.radians(cam.get("roll", rng.uniform(-0.4, 0.4)))
    c = fp.mean(0)
    R = np.array([[math.cos(roll), -math.sin(roll)], [math.sin(roll), math.cos(roll)]])
    fp = (fp - c) @ R.T + c
    long = cam.get("long", 1500)
    Hf = long
    Wf = int(round(long * (x1 - x0) / (y1 - y0)))
    return finish_common(it, doc, scene, tracked, fp, (Wf, Hf), top_page, rng, scan=True)


def finish_photo(it, doc, st, layers, top_page, rng):
    place = it.get("place", {})
    rot0 = place.get("rot", float(rng.uniform(-4, 4)))
    Ms = [page_M(0, 0, rot0)]
    stack = it.get("stack")
    for k in range(1, len(layers)):
        if stack:
            Ms.append(page_M(k * stack["dx"], k * stack["dy"], rot0 + k * stack.get("drot", 0)))
    under = None
    if it.get("under"):
        u = it["under"]
        uctx = Ctx(np.random.default_rng(BASE_SEED + 1000 + it["seed"]))
        udoc = DOCS[u["doc"]](uctx)
        ust = random_style(uctx.rng)
        upages = layout(udoc, ust)
        under = render_page(upages[0], ust, uctx.rng)
        Mu = page_M(u["off"][0], u["off"][1], rot0 + u["rot"])
    # objects defined relative to the top page (canvas coords mapped by Ms[0])
    M0 = Ms[0]
    # region of interest (world)
    cam = it.get("cam", {})
    if cam.get("roi"):
        u0, v0, u1, v1 = cam["roi"]
        roi_pts = tpts(M0, [[PAD + u0 * PAGE_W, PAD + v0 * PAGE_H], [PAD + u1 * PAGE_W, PAD + v0 * PAGE_H],
                            [PAD + u1 * PAGE_W, PAD + v1 * PAGE_H], [PAD + u0 * PAGE_W, PAD + v1 * PAGE_H]])
    else:
        roi_pts = np.vstack([tpts(M, PAGE_CORNERS) for M in Ms])
    extra = []
    for L_, M in zip(layers, Ms):
        for mk in L_["marks"]:
            m = mk["disc"] if mk["disc"] is not None else mk["ink"] * L_["alpha"]
            bb = mask_bbox(m, 0.05)
            if bb:
                g = 30
                extra.append(tpts(M, [[bb[0] - g, bb[1] - g], [bb[2] + g, bb[1] - g], [bb[2] + g, bb[3] + g], [bb[0] - g, bb[3] + g]]))
    objs = []
    for o in it.get("objects", []):
        objs.append(object_geometry(o, M0))
        extra.append(objs[-1]["bbox_pts"])
    allp = np.vstack([roi_pts] + extra)
    x0, y0 = allp.min(0)
    x1, y1 = allp.max(0)
    mg = cam.get("margin", 0.05) * max(x1 - x0, y1 - y0)
    x0, y0, x1, y1 = x0 - mg, y0 - mg, x1 + mg, y1 + mg
    w, h = x1 - x0, y1 - y0
    portrait = cam.get("portrait", h >= w)
    asp = cam.get("aspect", 0.75)
    if portrait:
        if w / h < asp:
            x0, x1 = (x0 + x1) / 2 - h * asp / 2, (x0 + x1) / 2 + h * asp / 2
        else:
            y0, y1 = (y0 + y1) / 2 - w / asp / 2, (y0 + y1) / 2 + w / asp / 2
    else:
        if h / w < asp:
            y0, y1 = (y0 + y1) / 2 - w * asp / 2, (y0 + y1) / 2 + w * asp / 2
        else:
            x0, x1 = (x0 + x1) / 2 - h / asp / 2, (x0 + x1) / 2 + h / asp / 2
    w, h = x1 - x0, y1 - y0
    fp = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float64)
    p = cam.get("persp", 0.06)
    side = cam.get("side", "top")
    idx = {"top": (0, 1), "bottom": (3, 2), "left": (0, 3), "right": (1, 2)}[side]
    if side in ("top", "bottom"):
        fp[idx[0], 0] -= p * w / 2
        fp[idx[1], 0] += p * w / 2
        sgn = -1 if side == "top" else 1
        fp[idx[0], 1] += sgn * p * h * 0.2
        fp[idx[1], 1] += sgn * p * h * 0.2
    else:
        fp[idx[0], 1] -= p * h / 2
        fp[idx[1], 1] += p * h / 2
        sgn = -1 if side == "left" else 1
        fp[idx[0], 0] += sgn * p * w * 0.2
        fp[idx[1], 0] += sgn * p * w * 0.2
    c = fp.mean(0)
    for i in range(4):
        fp[i] += (fp[i] - c) / np.linalg.norm(fp[i] - c) * rng.uniform(0, 0.015) * max(w, h)
    roll = math.radians(cam.get("roll", rng.uniform(-4, 4)))
    Rr = np.array([[math.cos(roll), -math.sin(roll)], [math.sin(roll), math.cos(roll)]])
    fp = (fp - c) @ Rr.T + c
    core = np.vstack([roi_pts] + extra)
    for _ in range(40):
        if inside_poly(fp, core):
            break
        fp = (fp - c) * 1.03 + c
    # scene canvas covering the footprint
    sx0, sy0 = np.floor(fp.min(0)) - 6
    sx1, sy1 = np.ceil(fp.max(0)) + 6
    S = np.array([[1, 0, -sx0], [0, 1, -sy0], [0, 0, 1]], np.float64)
    sw, sh = int(sx1 - sx0), int(sy1 - sy0)
    bgk = it["bg"]
    scene = bg_make(bgk, rng, sh, sw)
    tracked = []
    ang = rng.uniform(0, 2 * np.pi)
    sdx, sdy = 9 * math.cos(ang), 9 * math.sin(ang) + 4
    # objects lying under the paper
    for o in objs:
        if o["layer"] == "under":
            scene = draw_object(o, scene, S, tracked, rng, SHADOW_K.get(bgk, 0.35))
    stack_layers = []
    if under is not None:
        stack_layers.append((under, Mu, 0.25))
    for L_, M in reversed(list(zip(layers, Ms))):
        stack_layers.append((L_, M, None))
    cov = np.zeros((sh, sw), np.float32)
    kbg = SHADOW_K.get(bgk, 0.35)
    for L_, M, sk in stack_layers:
        MM = S @ M
        A = warp(L_["alpha"], MM, (sw, sh))
        Ms_ = np.array([[1, 0, sdx], [0, 1, sdy], [0, 0, 1]]) @ MM
        shd_bg = cv2.GaussianBlur(warp(L_["alpha"], Ms_, (sw, sh)), (0, 0), 10)
        Ms2 = np.array([[1, 0, sdx * 0.4], [0, 1, sdy * 0.4], [0, 0, 1]]) @ MM
        shd_pg = cv2.GaussianBlur(warp(L_["alpha"], Ms2, (sw, sh)), (0, 0), 4)
        shd = kbg * shd_bg * (1 - cov) + 0.18 * shd_pg * cov
        scene *= (1 - shd * (1 - A))[..., None]
        cov = np.maximum(cov, A)
        for t in tracked:
            t["vis"] *= 1 - A
            if t["disc_vis"] is not None:
                t["disc_vis"] *= 1 - A
        rgbw = warp(L_["rgb"], MM, (sw, sh))
        scene = scene * (1 - A)[..., None] + rgbw * A[..., None]
        for mk in L_["marks"]:
            t = {k2: v for k2, v in mk.items() if k2 not in ("ink", "disc")}
            iw = warp(mk["ink"], MM, (sw, sh))
            t["vis"] = iw * A
            if mk["disc"] is not None:
                dw = warp(mk["disc"], MM, (sw, sh))
                t["disc_full"] = dw
                t["disc_vis"] = dw * A
            else:
                t["disc_full"] = t["disc_vis"] = None
            tracked.append(t)
    for o in objs:
        if o["layer"] == "over":
            scene = draw_object(o, scene, S, tracked, rng, 0.3)
    fps = fp - np.array([sx0, sy0])
    long = cam.get("long", 1500)
    if portrait:
        Hf, Wf = long, int(round(long * asp))
    else:
        Wf, Hf = long, int(round(long * asp))
    return finish_common(it, doc, scene, tracked, fps, (Wf, Hf), top_page, rng, scan=False)


def object_geometry(o, M0):
    g = dict(o)
    if o["type"] in ("coaster", "tape"):
        r = o.get("r", 120)
        n = EDGE_N[o["edge"]]
        # centre beyond the edge so that fraction f of the object's disc lies outside the page
        cx, cy = edge_point(o["edge"], o["pos"], -disc_inset(o["f"]) * r)
        g["center"] = tpts(M0, [[cx, cy]])[0]
        g["r"] = r
        g["layer"] = "under"
        g["bbox_pts"] = tpts(M0, [[cx - r, cy - r], [cx + r, cy - r], [cx + r, cy + r], [cx - r, cy + r]])
    elif o["type"] == "folder":
        r = o.get("r", 70)
        poly = [[PAD - 14, PAD + 40], [PAD + PAGE_W + 10, PAD + 40], [PAD + PAGE_W + 10, PAD + PAGE_H + 16], [PAD - 14, PAD + PAGE_H + 16]]
        g["poly"] = tpts(M0, poly)
        tc = [PAD + o["pos"] * PAGE_W, PAD + PAGE_H + 16]
        g["tab_c"] = tpts(M0, [tc])[0]
        g["r"] = r
        g["layer"] = "under"
        g["bbox_pts"] = tpts(M0, [[PAD - 14, PAD + PAGE_H - 20], [PAD + PAGE_W + 10, PAD + PAGE_H - 20],
                                  [PAD + PAGE_W + 10, PAD + PAGE_H + 16 + r + 10], [PAD - 14, PAD + PAGE_H + 16 + r + 10]])
    elif o["type"] == "ribbon":
        pts = [[PAD + x * PAGE_W, PAD + y * PAGE_H] for x, y in o["path"]]
        g["path"] = tpts(M0, pts)
        g["layer"] = "over"
        g["bbox_pts"] = g["path"]
    return g


def draw_object(o, scene, S, tracked, rng, shk):
    sh, sw = scene.shape[:2]
    if o["type"] in ("coaster", "tape"):
        c = tpts(S, [o["center"]])[0]
        m, col, shade = obj_disc_like(o["type"], (sh, sw), c, o["r"], rng)
        shd = cv2.GaussianBlur(np.roll(np.roll(m, 6, 0), 5, 1), (0, 0), 7)
        scene *= (1 - shk * shd * (1 - m))[..., None]
        a = m[..., None]
        scene = scene * (1 - a) + np.clip(col[None, None, :] * shade[..., None], 0, 1) * a
        what = "red round coaster lying under the paper, beyond the page edge" if o["type"] == "coaster" else \
            "roll of red tape lying under the paper, beyond the page edge"
        tracked.append({"kind": "distractor", "vis": m, "disc_full": None, "disc_vis": None, "riding": False, "what": what})
    elif o["type"] == "folder":
        im = Image.new("L", (sw, sh), 0)
        d = ImageDraw.Draw(im)
        poly = tpts(S, o["poly"])
        d.polygon([tuple(p) for p in poly], fill=255)
        c = tpts(S, [o["tab_c"]])[0]
        r = o["r"]
        d.ellipse([c[0] - r, c[1] - r, c[0] + r, c[1] + r], fill=255)
        m = np.asarray(im, np.float32) / 255
        m = cv2.GaussianBlur(m, (0, 0), 0.6)
        shd = cv2.GaussianBlur(np.roll(np.roll(m, 5, 0), 4, 1), (0, 0), 6)
        scene *= (1 - shk * shd * (1 - m))[..., None]
        col = np.array((0.8, 0.1, 0.14), np.float32)
        shade = 1 + 0.08 * (smooth_noise(rng, sh, sw, 300) - 0.5)
        a = m[..., None]
        scene = scene * (1 - a) + col * shade[..., None] * a
        tracked.append({"kind": "distractor", "vis": m, "disc_full": None, "disc_vis": None, "riding": False,
                        "what": "red plastic folder under the paper with a semicircular tab beyond the bottom edge"})
    elif o["type"] == "ribbon":
        path = tpts(S, o["path"])
        # smooth the path
        pts = np.asarray(path)
        for _ in range(4):  # Chaikin smoothing
            q = 0.75 * pts[:-1] + 0.25 * pts[1:]
            r_ = 0.25 * pts[:-1] + 0.75 * pts[1:]
            pts = np.vstack([pts[:1], np.column_stack([q, r_]).reshape(-1, 2), pts[-1:]])
        im = Image.new("L", (sw, sh), 0)
        d = ImageDraw.Draw(im)
        wdt = int(o.get("w", 34))
        tg = np.gradient(pts, axis=0)
        tg /= np.linalg.norm(tg, axis=1, keepdims=True) + 1e-9
        nrm = np.column_stack([-tg[:, 1], tg[:, 0]])
        left = pts + nrm * wdt / 2
        right = pts - nrm * wdt / 2
        d.polygon([tuple(p) for p in left] + [tuple(p) for p in right[::-1]], fill=255)
        m = cv2.GaussianBlur(np.asarray(im, np.float32) / 255, (0, 0), 0.7)
        shd = cv2.GaussianBlur(np.roll(np.roll(m, 9, 0), 7, 1), (0, 0), 6)
        scene *= (1 - 0.35 * shd * (1 - m))[..., None]
        dt = cv2.distanceTransform((m > 0.5).astype(np.uint8), cv2.DIST_L2, 5)
        centre = np.clip(dt / (wdt / 2.0), 0, 1)
        sheen = 0.88 + 0.08 * centre + 0.3 * (smooth_noise(rng, sh, sw, 60) - 0.5)
        col = np.array((0.8, 0.06, 0.12), np.float32)
        a = m[..., None]
        scene = scene * (1 - a) + np.clip(col * sheen[..., None], 0, 1) * a
        for t in tracked:
            t["vis"] *= 1 - m
            if t["disc_vis"] is not None:
                t["disc_vis"] *= 1 - m
        tracked.append({"kind": "distractor", "vis": m, "disc_full": None, "disc_vis": None, "riding": False,
                        "what": "red satin ribbon lying across the page corner"})
    return scene


def finish_common(it, doc, scene, tracked, fp, size, top_page, rng, scan):
    Wf, Hf = size
    dst = np.array([[0, 0], [Wf, 0], [Wf, Hf], [0, Hf]], np.float32)
    Hm = cv2.getPerspectiveTransform(fp.astype(np.float32), dst)
    scale = math.sqrt(Wf * Hf / cv2.contourArea(fp.astype(np.float32)))
    if scale < 0.95:
        scene = cv2.GaussianBlur(scene, (0, 0), 0.42 * (1 / scale - 1) + 0.01)
    img = cv2.warpPerspective(scene, Hm, (Wf, Hf), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)
    post = it.get("post", {})
    yy, xx = np.mgrid[0:Hf, 0:Wf].astype(np.float32)
    if not scan:
        a = rng.uniform(0, 2 * np.pi)
        grad = ((xx / Wf - 0.5) * math.cos(a) + (yy / Hf - 0.5) * math.sin(a))
        r2 = ((xx / Wf - 0.5) ** 2 + (yy / Hf - 0.5) ** 2)
        illum = 1 + post.get("grad", 0.12) * grad - post.get("vig", 0.18) * r2
        if post.get("hand"):
            hx, hy, ax, ay, k = post["hand"]
            e = (((xx - hx * Wf) / (ax * Wf)) ** 2 + ((yy - hy * Hf) / (ay * Hf)) ** 2 < 1).astype(np.float32)
            e = cv2.GaussianBlur(e, (0, 0), 0.05 * Wf)
            illum *= 1 - k * e
        img *= illum[..., None]
        wb = np.array(post.get("wb", (rng.uniform(0.97, 1.03), 1.0, rng.uniform(0.9, 1.02))), np.float32)
        img *= wb
        img = np.clip(img, 0, 1) ** post.get("gamma", rng.uniform(0.92, 1.08))
        img *= post.get("expo", rng.uniform(0.98, 1.06))
    if post.get("motion"):
        L_ = int(post["motion"])
        k = np.zeros((L_, L_), np.float32)
        k[L_ // 2, :] = 1
        Mrot = cv2.getRotationMatrix2D((L_ / 2 - 0.5, L_ / 2 - 0.5), post.get("motion_ang", 20), 1)
        k = cv2.warpAffine(k, Mrot, (L_, L_))
        k /= k.sum()
        img = cv2.filter2D(img, -1, k)
    bl = post.get("blur", 0.6 if not scan else 0.45)
    if bl > 0:
        img = cv2.GaussianBlur(img, (0, 0), bl)
    nz = post.get("noise", 0.007 if not scan else 0.003)
    if nz > 0:
        img = img + nz * rng.standard_normal(img.shape[:2]).astype(np.float32)[..., None] + \
            nz * 0.4 * rng.standard_normal(img.shape).astype(np.float32)
    img8 = (np.clip(img, 0, 1) * 255 + 0.5).astype(np.uint8)
    # labels
    seals, riding, texts, centers, fracs, distr = [], [], [], [], [], []
    order = []
    for t in tracked:
        mw = cv2.warpPerspective(t["vis"], Hm, (Wf, Hf), flags=cv2.INTER_LINEAR)
        bb = mask_bbox(mw, 0.1)
        if bb is None:
            continue
        box = [bb[0], bb[1], bb[2] - bb[0] + 1, bb[3] - bb[1] + 1]
        if t["kind"] == "seal":
            frac = float(t["disc_vis"].sum() / max(1e-6, t["disc_full"].sum()))
            sb = mask_bbox(t["vis"], 0.1)
            corners = tpts(Hm, [[sb[0], sb[1]], [sb[2], sb[1]], [sb[2], sb[3]], [sb[0], sb[3]]])
            tol = 6 if scan else -2
            if not (corners.min() >= -tol and corners[:, 0].max() <= Wf + tol and corners[:, 1].max() <= Hf + tol):
                raise RuntimeError("%s: seal leaves the frame" % it["name"])
            if t["riding"] and not (0.33 <= frac <= 0.74):
                raise RuntimeError("%s: riding slice fraction %.2f out of range" % (it["name"], frac))
            if not t["riding"] and frac < 0.97:
                raise RuntimeError("%s: full seal only %.2f visible" % (it["name"], frac))
            order.append((box[1], box[0], box, t, frac))
        else:
            distr.append({"what": t["what"], "box": box})
    order.sort(key=lambda z: (z[0], z[1]))
    for _, _, box, t, frac in order:
        seals.append(box)
        riding.append(bool(t["riding"]))
        texts.append(t["spec"]["text"])
        centers.append(t["spec"]["center"])
        fracs.append(round(frac, 2))
    # encode
    name = it["name"]
    q = post.get("q", 84)
    while True:
        data = encode_jpeg(img8, q)
        if len(data) <= MAX_JPEG or q <= 72:
            break
        q -= 3
    with open(os.path.join(HERE, name + ".jpg"), "wb") as f:
        f.write(data)
    text_contains = []
    if it.get("text_ok", True) and not it.get("cam", {}).get("roi"):
        import re
        runs = [r_ for l in top_page["lines"] for r_ in re.findall("[\u4e00-\u9fff]{7,}", l)]
        for r_ in runs[1:9:4][:2]:
            text_contains.append(r_[1:7])
    side = {
        "image": name + ".jpg",
        "kind": "scan" if scan else "photo",
        "doc_type": doc["doc_type"],
        "expect": [],
        "forbid": "all",
        "lawful": True,
        "seals": seals,
        "riding": riding,
        "seal_texts": texts,
        "seal_centers": centers,
        "visible_fraction": fracs,
        "distractors": distr,
        "sender": None,
        "text_contains": text_contains,
        "size": [Wf, Hf],
        "exif": None,
        "jpeg_quality": q,
        "notes": it["notes"] + (" Visible disc fractions: " + ", ".join("%.2f" % f for f, r in zip(fracs, riding) if r) + "." if any(riding) else ""),
        "source_text": top_page["lines"],
    }
    with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(side, f, ensure_ascii=False, indent=1)
    return name, len(data), sum(riding), len(riding) - sum(riding), len(distr)


def encode_jpeg(img8, q):
    import io
    bio = io.BytesIO()
    Image.fromarray(img8).save(bio, "JPEG", quality=int(q), optimize=True)
    return bio.getvalue()


# --------------------------------------------------------------------------- the 36 items
def RID(edge, f, pos, party="A", **kw):
    d = dict(edge=edge, f=f, pos=pos, party=party)
    d.update(kw)
    return d


ITEMS = [
    # ---------------- riding seals
    dict(name="r01_loan_right_wood", doc="loan", kind="photo", bg="wood",
         pages=[dict(sel=1, riding=[RID("right", 0.55, 0.42, ink="bright")])],
         cam=dict(persp=0.07, side="top", roll=-3, long=1500), post=dict(blur=0.7, noise=0.007, q=84),
         notes="Page 2 of a loan contract on a wooden desk; bright-red riding seal cut by the right edge, no full seal on this page."),
    dict(name="r02_repay_left_dark", doc="repay", kind="photo", bg="dark",
         pages=[dict(sel="sig", riding=[RID("left", 0.45, 0.38, ink="crimson")],
                     full=[dict(party="A", ink="crimson"), dict(party="B", ink="orange")])],
         cam=dict(persp=0.12, side="bottom", roll=5, long=1440), post=dict(blur=0.9, noise=0.01, q=80),
         notes="Signature page of a repayment agreement on a dark desk; crimson riding slice at the left edge plus both parties' full seals on the signature block."),
    dict(name="r03_purchase_top_scan", doc="purchase", kind="scan", mt=150,
         pages=[dict(sel=0, riding=[RID("top", 0.5, 0.72, ink="orange")])],
         cam=dict(cut=["top"], long=1560), post=dict(q=86),
         notes="Flat scan of page 1 of a purchase contract; orange-red riding slice cut by the top edge, which is the image border."),
    dict(name="r04_lease_bottom_white", doc="lease", kind="photo", bg="white",
         pages=[dict(sel=0, riding=[RID("bottom", 0.40, 0.56, ink="pale")])],
         cam=dict(persp=0.08, side="top", roll=2, long=1500), post=dict(blur=0.8, noise=0.008, q=82, hand=(0.15, 0.7, 0.35, 0.45, 0.28)),
         notes="Lease contract page on a white desk (white on white); pale, half-dry riding slice cut by the bottom edge; soft hand shadow at the left."),
    dict(name="r05_lease_top_cloth", doc="lease", kind="photo", bg="cloth",
         pages=[dict(sel="sig", riding=[RID("top", 0.65, 0.3, party="B", ink="bright")],
                     full=[dict(party="A", ink="bright"), dict(party="B", ink="bright")])],
         cam=dict(persp=0.1, side="left", roll=-6, long=1480), post=dict(blur=0.8, noise=0.009, q=82),
         notes="Last page of a lease on grey cloth; the tenant's riding seal cut by the top edge (about two thirds visible) plus both full seals at the signatures."),
    dict(name="r06_bankloan_right_under", doc="bankloan", kind="photo", bg="dark",
         under=dict(doc="notice", off=(300, 90), rot=6),
         pages=[dict(sel=0, riding=[RID("right", 0.38, 0.6, ink="crimson")])],
         cam=dict(persp=0.06, side="top", roll=4, long=1520), post=dict(blur=0.7, noise=0.008, q=82),
         notes="Page 1 of a bank personal-loan contract lying on another printed page (a company notice) on a dark desk; crimson riding slice over the other page's paper beyond the right edge."),
    dict(name="r07_loan_stack3_right", doc="loan", kind="photo", bg="wood", fs=23, ls=1.85,
         stack=dict(dx=178, dy=34, drot=1.2),
         pages=[dict(sel=0, riding=[RID("right", 0.56, 0.47, ink="bright", rot=12)]),
                dict(sel=1, riding=[RID("right", 0.47, 0.47, ink="bright", rot=12)]),
                dict(sel=3, riding=[RID("right", 0.5, 0.47, ink="bright", rot=12)])],
         cam=dict(persp=0.06, side="top", roll=-2, long=1560, portrait=False, roi=(0.3, 0.12, 1.0, 0.8)), post=dict(blur=0.7, noise=0.008, q=82),
         notes="Three pages of a loan contract fanned to the right on a wooden desk; each page carries its own riding slice at its right edge."),
    dict(name="r08_repay_stack2_bottom", doc="repay", kind="photo", bg="dark", fs=22,
         stack=dict(dx=26, dy=182, drot=-2.0),
         pages=[dict(sel="sig", riding=[RID("bottom", 0.5, 0.64, ink="orange")], full=[dict(party="A", ink="orange"), dict(party="B", ink="crimson")]),
                dict(sel=0, riding=[RID("bottom", 0.42, 0.64, ink="orange")])],
         cam=dict(persp=0.09, side="top", roll=3, long=1560), post=dict(blur=0.8, noise=0.009, q=80),
         notes="Two pages of a repayment agreement, the signature page on top, shifted so both bottom edges show; each carries an orange-red riding slice; two full seals on the top page."),
    dict(name="r09_loan_stack4_left", doc="loan", kind="photo", bg="white", fs=23, doc_opts=dict(months=36),
         stack=dict(dx=-178, dy=22, drot=-1.0),
         pages=[dict(sel=0, riding=[RID("left", 0.62, 0.5, ink="crimson")]),
                dict(sel=1, riding=[RID("left", 0.5, 0.5, ink="crimson")]),
                dict(sel=3, riding=[RID("left", 0.45, 0.5, ink="crimson")]),
                dict(sel=4, riding=[RID("left", 0.4, 0.5, ink="crimson")])],
         cam=dict(persp=0.05, side="right", roll=2, long=1600, portrait=False, roi=(0.0, 0.18, 0.72, 0.82)), post=dict(blur=0.7, noise=0.007, q=80),
         notes="Four pages of a loan contract fanned to the left on a white desk; a crimson riding slice on each left edge (white on white)."),
    dict(name="r10_loan_right_curl_oval", doc="loan", kind="photo", bg="cloth",
         seal_over={"A": dict(oval=1.45, label="合同专用章")},
         pages=[dict(sel=1, riding=[RID("right", 0.5, 0.5, ink="bright", rot=4)], curl=dict(edge="right", bow=24, shade=0.12))],
         cam=dict(persp=0.1, side="right", roll=-3, long=1500), post=dict(blur=0.9, noise=0.009, q=82),
         notes="Curled loan-contract page on grey cloth: the right edge bows outward and cuts an oval contract seal along a slightly curved line."),
    dict(name="r11_mediation_right_scan", doc="mediation", kind="scan",
         pages=[dict(sel="sig", riding=[RID("right", 0.48, 0.42, ink="crimson")], full=[dict(party="A", ink="crimson")])],
         cam=dict(cut=["right"], long=1500), post=dict(q=85),
         notes="Scan of the last page of a court civil mediation paper (民事调解书); emblem court seal on the date plus a riding slice of the same seal at the right edge (image border)."),
    dict(name="r12_lease_left_persp", doc="lease", kind="photo", bg="wood", text_ok=False,
         pages=[dict(sel=0, riding=[RID("left", 0.52, 0.4, ink="pale")])],
         cam=dict(persp=0.26, side="right", roll=7, long=1500, portrait=False), post=dict(blur=1.0, noise=0.009, q=80),
         notes="Lease contract page photographed at a steep angle on a wooden desk; pale half-dry riding slice at the left (near) edge, over a line of text."),
    dict(name="r13_purchase_two_right_motion", doc="purchase", kind="photo", bg="dark", text_ok=False,
         seal_over={"B": dict(oval=1.45)},
         pages=[dict(sel=0, riding=[RID("right", 0.58, 0.28, ink="bright"), RID("right", 0.44, 0.7, party="B", ink="orange", rot=-8)])],
         cam=dict(persp=0.07, side="top", roll=-5, long=1500), post=dict(blur=0.5, motion=8, motion_ang=25, noise=0.009, q=80),
         notes="Purchase contract page on a dark desk with motion blur; two parties' riding seals on the right edge: a round bright-red one and an oval orange-red one."),
    dict(name="r14_bankloan_top_white_shadow", doc="bankloan", kind="photo", bg="white",
         pages=[dict(sel="sig", riding=[RID("top", 0.37, 0.62, ink="crimson")], full=[dict(party="A", ink="crimson")])],
         cam=dict(persp=0.08, side="bottom", roll=1, long=1500), post=dict(blur=0.8, noise=0.008, q=82, hand=(0.75, 0.15, 0.4, 0.3, 0.3)),
         notes="Signature page of a bank loan contract on a white desk; a narrow crimson riding slice at the top edge under a phone shadow, and the bank's full contract seal at the signature."),
    dict(name="r15_loan_bottom_scan_oval", doc="loan", kind="scan",
         seal_over={"A": dict(oval=1.42, label="合同专用章")},
         pages=[dict(sel="last", riding=[RID("bottom", 0.6, 0.32, ink="orange", rot=-3)])],
         cam=dict(cut=["bottom"], long=1480), post=dict(q=86),
         notes="Scan of the repayment-schedule page of a loan contract; oval orange-red riding slice cut by the bottom edge (image border)."),
    dict(name="r16_loan_left_curl_sig", doc="loan", kind="photo", bg="cloth",
         pages=[dict(sel="sig", riding=[RID("left", 0.47, 0.36, ink="bright")], full=[dict(party="A", ink="bright")],
                     curl=dict(edge="left", bow=-18, shade=0.1))],
         cam=dict(persp=0.09, side="left", roll=-4, long=1480), post=dict(blur=0.9, noise=0.009, q=82),
         notes="Signature page of a loan contract on grey cloth, left edge curled inward; riding slice on the curved left edge plus the lender's full seal."),
    dict(name="r17_lawyer_right_under", doc="lawyer", kind="photo", bg="wood",
         under=dict(doc="quote", off=(260, -70), rot=-5),
         pages=[dict(sel="sig", riding=[RID("right", 0.69, 0.3, ink="pale")], full=[dict(party="A", ink="pale")])],
         cam=dict(persp=0.07, side="top", roll=2, long=1500), post=dict(blur=0.8, noise=0.01, q=72),
         notes="Genuine lawyer's letter lying on another page on a wooden desk; pale ink: full law-firm seal at the firm's name and a riding slice at the right edge; heavy JPEG."),
    dict(name="r18_judgment_bottom_crop", doc="judgment", kind="photo", bg="dark", text_ok=False,
         pages=[dict(sel="sig", riding=[RID("bottom", 0.37, 0.3, ink="crimson")], full=[dict(party="A", ink="crimson")])],
         cam=dict(persp=0.08, side="top", roll=-2, long=1400, roi=(0.0, 0.42, 1.0, 1.0), portrait=False),
         post=dict(blur=0.9, noise=0.01, q=80),
         notes="Close-up of the lower half of the last page of a civil judgment on a dark desk; court emblem seal on the date and a narrow riding slice cut by the bottom edge."),
    # ---------------- negatives and mixed
    dict(name="n01_logo_half_wood", doc="quote", kind="photo", bg="wood", mt=200,
         pages=[dict(sel=0, red=[dict(type="logo_half", edge="left", pos=0.075, r=92, f=0.52)])],
         cam=dict(persp=0.07, side="top", roll=3, long=1500), post=dict(blur=0.7, noise=0.008, q=82),
         notes="Quotation on a letterhead whose red round logo bleeds off the left edge (half a disc); no seal on the page."),
    dict(name="n02_tabs_dark_full", doc="handbook", kind="photo", bg="dark",
         pages=[dict(sel=0, red=[dict(type="tabs", edge="right", pos=[0.3], labels=["03"], r=64)], full=[dict(party="A")])],
         cam=dict(persp=0.09, side="bottom", roll=-4, long=1500), post=dict(blur=0.8, noise=0.009, q=82),
         notes="Employee-handbook page with a printed red semicircular chapter tab on the right edge; one real full company seal at the bottom."),
    dict(name="n03_arcs_scan", doc="notice", kind="scan", mt=190,
         pages=[dict(sel=0, red=[dict(type="arcs", corner="tr", dx=30, dy=-20, rings=[(110, 12), (150, 5), (196, 20), (240, 4), (280, 9)])])],
         cam=dict(cut=["top", "right"], long=1520), post=dict(q=86),
         notes="Scan of a company notice with red concentric arc decorations at the top-right corner, cut by the image border; the notice is unstamped."),
    dict(name="n04_circled_white", doc="loan", kind="photo", bg="white",
         pages=[dict(sel=1, red=[dict(type="circled_num", r=42, printed=[("left", 0.3, 52, "1"), ("right", 0.62, 12, "2")],
                                      hand=[("left", 0.5, 58, "3")])])],
         cam=dict(persp=0.08, side="top", roll=-2, long=1500), post=dict(blur=0.8, noise=0.008, q=82),
         notes="Loan-contract page on a white desk with red printed circled numbers in the margins (one partly off the right edge) and a red pen circle around a number."),
    dict(name="n05_rectstamp_cloth", doc="repay", kind="photo", bg="cloth",
         pages=[dict(sel=0, red=[dict(type="rect_stamp", edge="right", pos=0.3, f=0.5, w=320, h=120, rot=4,
                                      lines=["复印件与原件一致", "核对人：王芳"], ink="bright")])],
         cam=dict(persp=0.1, side="right", roll=5, long=1500), post=dict(blur=0.8, noise=0.009, q=82),
         notes="Copy of a repayment agreement on grey cloth; a red rectangular 'copy matches original' stamp cut by the right edge; no seal."),
    dict(name="n06_cornerband_wood_full", doc="lease", kind="photo", bg="wood",
         pages=[dict(sel="sig", red=[dict(type="corner_band", a=200, w=64, text="正  本")],
                     full=[dict(party="A", ink="bright"), dict(party="B", ink="crimson")])],
         cam=dict(persp=0.08, side="top", roll=-5, long=1500), post=dict(blur=0.8, noise=0.008, q=82),
         notes="Signature page of a lease with a printed red diagonal corner band at the top right; two real full seals at the signatures."),
    dict(name="n07_coaster_wood", doc="lease", kind="photo", bg="wood",
         objects=[dict(type="coaster", edge="right", pos=0.55, r=118, f=0.5)],
         pages=[dict(sel=0)],
         cam=dict(persp=0.07, side="top", roll=2, long=1500), post=dict(blur=0.8, noise=0.008, q=82),
         notes="Lease page on a wooden desk with a red round coaster half under the paper: a red half-disc beyond the right edge; no seal."),
    dict(name="n08_redcloth_full", doc="notice", kind="photo", bg="redcloth",
         pages=[dict(sel=0, full=[dict(party="A", ink="bright")])],
         cam=dict(persp=0.1, side="top", roll=4, long=1500), post=dict(blur=0.8, noise=0.009, q=82),
         notes="Company notice lying on a red tablecloth (red all around the page edges); one real full seal on the date line."),
    dict(name="n09_penarcs_cloth", doc="purchase", kind="photo", bg="cloth",
         pages=[dict(sel=0, red=[dict(type="pen_arcs", w=3, arcs=[(1016, 520, 92, 170, 112, 250), (985, 900, 60, 60, 140, 300)],
                                      lines=[[(140, 612), (520, 616), (700, 611)], [(890, 260), (905, 290), (940, 232)]])])],
         cam=dict(persp=0.08, side="top", roll=-3, long=1500), post=dict(blur=0.8, noise=0.009, q=82),
         notes="Purchase contract under review: red ballpoint arcs bracketing clauses at the right edge (partly running off the page), an underline and a tick; no seal."),
    dict(name="n10_sticker_white", doc="purchase", kind="photo", bg="white",
         pages=[dict(sel=0, red=[dict(type="sticker", edge="right", pos=0.12, r=50, f=0.56, char="急")])],
         cam=dict(persp=0.07, side="top", roll=3, long=1500), post=dict(blur=0.8, noise=0.008, q=82),
         notes="Purchase contract on a white desk with a red round 'urgent' sticker folded over the right edge, so only a slice of it shows; no seal."),
    dict(name="n11_headerD_scan", doc="statement", kind="scan", mt=260,
         pages=[dict(sel=0, red=[dict(type="header_D", size=230, bleed=44, top=28, text="DD", name="鼎德集团有限公司", sub="DINGDE GROUP CO., LTD.")])],
         cam=dict(cut=["left", "top"], long=1500), post=dict(q=86),
         notes="Scan of a statement of account on a letterhead with big red 'DD' letters bleeding off the left edge; unstamped."),
    dict(name="n12_badge_dark", doc="quote", kind="photo", bg="dark", mt=160,
         pages=[dict(sel=0, red=[dict(type="badge_half", edge="left", pos=0.22, r=100, f=0.5)])],
         cam=dict(persp=0.1, side="right", roll=-3, long=1500), post=dict(blur=0.8, noise=0.009, q=82),
         notes="Quotation with a printed red round quality badge (Latin ring text, check mark) cut in half by the left edge; not a seal; unstamped."),
    dict(name="n13_index_scan_full", doc="handbook", kind="scan",
         pages=[dict(sel="sig", red=[dict(type="index_bars", edge="right", pos=0.36, depth=58, h=180, text="第三章", corner="br", corner_r=86)],
                     full=[dict(party="A", ink="crimson")])],
         cam=dict(cut=["right", "bottom"], long=1500), post=dict(q=86),
         notes="Scan of a handbook page with a red thumb-index bar and a red quarter-disc corner marker at the page edges; one real full company seal."),
    dict(name="n14_wave_under_full", doc="notice", kind="photo", bg="white", footer=None,
         under=dict(doc="loan", off=(-120, 230), rot=-7),
         pages=[dict(sel=0, red=[dict(type="wave_footer", h=62)], full=[dict(party="A", ink="orange")])],
         cam=dict(persp=0.07, side="top", roll=2, long=1500), post=dict(blur=0.8, noise=0.008, q=82),
         notes="Notice on a letterhead with a red wave band along the bottom edge, lying on another page on a white desk; one real full seal."),
    dict(name="n15_tape_dark", doc="loan", kind="photo", bg="dark",
         objects=[dict(type="tape", edge="left", pos=0.42, r=122, f=0.55)],
         pages=[dict(sel=1)],
         cam=dict(persp=0.08, side="top", roll=-3, long=1500), post=dict(blur=0.8, noise=0.009, q=82),
         notes="Loan-contract page on a dark desk with a roll of red tape partly under the left edge: a red ring slice beyond the edge; no seal."),
    dict(name="n16_folder_cloth_full", doc="lease", kind="photo", bg="cloth",
         objects=[dict(type="folder", pos=0.5, r=72)],
         pages=[dict(sel="sig", full=[dict(party="A", ink="bright"), dict(party="B", ink="bright")])],
         cam=dict(persp=0.1, side="top", roll=3, long=1500), post=dict(blur=0.8, noise=0.009, q=82),
         notes="Lease signature page lying on a red plastic folder whose semicircular finger tab sticks out below the bottom edge; two real full seals."),
    dict(name="n17_rectstamp_scan_full", doc="mediation", kind="scan",
         pages=[dict(sel="sig", red=[dict(type="rect_stamp", edge="bottom", pos=0.3, f=0.55, w=300, h=110, rot=-2,
                                         lines=["本件与原本核对无误", "书记员"], ink="crimson")],
                     full=[dict(party="A", ink="crimson")])],
         cam=dict(cut=["bottom"], long=1500), post=dict(q=86),
         notes="Scan of a court mediation paper with a red rectangular 'checked against the original' stamp cut by the bottom edge; the court's full emblem seal on the date."),
    dict(name="n18_fullnear_ribbon", doc="repay", kind="photo", bg="wood", text_ok=False,
         objects=[dict(type="ribbon", w=44, path=[(-0.16, 0.2), (-0.02, 0.15), (0.07, 0.1), (0.1, 0.04), (0.17, -0.01), (0.22, -0.12)])],
         pages=[dict(sel="sig", full=[dict(party="A", ink="bright", at=(PAGE_W - 112, 0.62 * PAGE_H))])],
         cam=dict(persp=0.08, side="top", roll=-4, long=1500), post=dict(blur=0.8, noise=0.009, q=82),
         notes="Repayment-agreement signature page with a full seal stamped close to (but inside) the right edge, and a red satin ribbon across the top-left corner."),
]
for _i, _it in enumerate(ITEMS):
    _it["seed"] = _i


# --------------------------------------------------------------------------- preview / main
def preview(names=None):
    os.makedirs(PREVIEW_DIR, exist_ok=True)
    for it in ITEMS:
        if names and it["name"] not in names:
            continue
        p = os.path.join(HERE, it["name"] + ".json")
        side = json.load(open(p, encoding="utf-8"))
        im = Image.open(os.path.join(HERE, side["image"])).convert("RGB")
        d = ImageDraw.Draw(im)
        for b in side.get("distractors", []):
            x, y, w, h = b["box"]
            d.rectangle([x, y, x + w - 1, y + h - 1], outline=(0, 120, 255), width=2)
        for b, r, fr in zip(side["seals"], side["riding"], side["visible_fraction"]):
            x, y, w, h = b
            col = (255, 0, 255) if r else (0, 200, 0)
            d.rectangle([x, y, x + w - 1, y + h - 1], outline=col, width=3)
            d.text((x + 2, max(0, y - 26)), ("riding %.2f" % fr) if r else "full", fill=col, font=font("sans_b", 22))
        im.save(os.path.join(PREVIEW_DIR, it["name"] + ".png"))


def _run(it):
    t = time.time()
    try:
        r = make_item(it)
    except Exception as e:  # report every broken item, not just the first
        return (it["name"], -1, 0, 0, 0, time.time() - t, repr(e))
    return r + (time.time() - t, None)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--preview", action="store_true", help="also write boxed copies to " + PREVIEW_DIR)
    ap.add_argument("--only", nargs="*", help="name prefixes to (re)generate")
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    items = [it for it in ITEMS if not a.only or any(it["name"].startswith(p) for p in a.only)]
    t0 = time.time()
    if a.workers > 1 and len(items) > 1:
        with Pool(a.workers) as pool:
            res = pool.map(_run, items, chunksize=1)
    else:
        res = [_run(it) for it in items]
    nr = nf = nd = 0
    tot = 0
    bad = [x for x in res if x[6]]
    for x in bad:
        print("FAILED", x[0], x[6])
    res = [x for x in res if not x[6]]
    for name, size, r, f, d, dt, _ in res:
        print("%-34s %6.1f KB  riding %d  full %d  distractors %d  %.1fs" % (name, size / 1024, r, f, d, dt))
        nr += r
        nf += f
        nd += d
        tot += size
    print("items %d  riding slices %d  full seals %d  distractor marks %d  jpeg total %.2f MB  %.1fs"
          % (len(res), nr, nf, nd, tot / 1e6, time.time() - t0))
    if bad:
        sys.exit(1)
    if a.preview:
        preview([it["name"] for it in items])
        print("previews in", PREVIEW_DIR)


if __name__ == "__main__":
    main()
