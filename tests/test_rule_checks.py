"""The built-in checks that compute something from the text: sums of money and spaced-out words."""
from __future__ import annotations

import pytest

import inspector
from inspector.rules import parse_amount


@pytest.mark.parametrize("written, value", [
    ("5000", 5000), ("5,000.00元", 5000), ("1.2万", 12000), ("五万", 50000), ("三千五", 3500),
    ("一万两千", 12000), ("两千块", 2000), ("三百五十元", 350), ("十万", 100000), ("8k", 8000),
])
def test_amounts_as_written(written: str, value: float) -> None:
    assert parse_amount(written) == value


@pytest.mark.parametrize("written", ["", "元", "五万x", "abc"])
def test_unreadable_amounts(written: str) -> None:
    assert parse_amount(written) is None


def _markers(text: str) -> list[str]:
    return inspector.inspect_text(text).markers


@pytest.mark.parametrize("text", [
    "你借了5000块，违约金要交1000。",
    "这笔贷款总共五万，逾期违约费就是一万块。",
    "借款金额 20,000.00 元；违约金：3,000.00 元。",
])
def test_penalty_as_a_large_share_of_the_loan(text: str) -> None:
    report = inspector.inspect_text(text)
    finding = next(f for f in report.findings if f.marker == "penalty.inflated")
    assert "%" in finding.texts["zh"]["detail"] and "%" in finding.texts["en"]["detail"]


@pytest.mark.parametrize("text", [
    "借款本金5000元，违约金100元。",                      # 2 %
    "借款金额：10000元，逾期罚息按日万分之五计，已产生罚息50元。",
    "借款10000元，服务费2000元，到账8000元。",            # a fee, not a penalty
    "违约金1000元。",                                      # no loan named to compare with
])
def test_small_or_unrelated_sums_stay_silent(text: str) -> None:
    assert "penalty.inflated" not in _markers(text)


@pytest.mark.parametrize("text, fires", [
    ("恭喜 王 小 明 同学获得三好学生称号。", False),          # a name set out, nothing hidden
    ("您的法 院 传 票已生成。", True),
    ("律、师、函已寄出。", True),                              # the enumeration comma as a spacer
    ("案件已進入強制執 行程序。", True),                       # traditional characters
    ("请 您 尽 快 登 录 查 看 账 单", True),                    # a long pulled-apart stretch
])
def test_spaced_text(text: str, fires: bool) -> None:
    assert ("text.spaced" in _markers(text)) is fires


# ---------------------------------------------------------------- seal against issuer
def _seal_findings(doc_type: str, seal, text: str = "律师函\n某某律师事务所") -> list:
    from inspector.model import Seal  # noqa: F401  (the argument is one)
    from inspector.rules import Context
    from inspector.text import TextDoc

    rules = inspector.Inspector().rules
    ctx = Context(doc=TextDoc.from_text(text), doc_type=doc_type, seals=[seal], source_kind="scan")
    return [f for f in rules.evaluate(ctx) if f.marker == "seal.issuer_mismatch"]


def test_a_well_read_company_ring_is_quoted() -> None:
    from inspector.model import Seal

    seal = Seal(box=(10, 10, 80, 80), score=1.0, text="某某小额贷款有限公司", text_conf=0.9,
                issuer_kind="company", center="star")
    (finding,) = _seal_findings("lawyer_letter", seal)
    assert "某某小额贷款有限公司" in finding.texts["zh"]["detail"]
    assert finding.evidence[0].text == "某某小额贷款有限公司" and finding.evidence[0].box == (10, 10, 80, 80)


def test_a_garbled_ring_is_not_quoted_the_centre_line_is() -> None:
    from inspector.model import Seal

    seal = Seal(box=(10, 10, 80, 60), score=1.0, shape="oval", text="瘟坟基其位鼻近", text_conf=0.14,
                center_text="财务专用章", issuer_kind="company", center="none")
    (finding,) = _seal_findings("lawyer_letter", seal)
    for lang in ("zh", "en"):
        assert "瘟坟" not in finding.texts[lang]["detail"] and "财务专用章" in finding.texts[lang]["detail"]
    assert finding.evidence[0].text == "财务专用章"


def _placed_doc(lines: list[tuple[str, int, int]]):
    """A page whose lines sit at (x, y), 20 px a character."""
    from inspector.text import Line, TextDoc

    return TextDoc([Line(chars=list(t), boxes=[(x + 20 * i, y, 20, 20) for i in range(len(t))])
                    for t, x, y in lines])


@pytest.mark.parametrize("kind, signature, fires", [
    # An unread ring over a company's signature line on a court paper: the signature tells.
    ("unknown", "锦程网络小额贷款有限公司", True),
    # A ring read as a court's, however roughly, outranks the line under it.
    ("court", "锦程网络小额贷款有限公司", False),
    # A line of body text under the seal names who the paper is about, not who signs it.
    ("unknown", "本院已立案受理原告锦程网络小额贷款有限公司诉你借款合同纠纷一案，现将起诉状副本送达给你。", False),
])
def test_an_unread_seal_falls_back_on_the_short_line_it_is_stamped_over(kind: str, signature: str, fires: bool) -> None:
    from inspector.model import Seal
    from inspector.rules import Context

    doc = _placed_doc([("传票", 300, 40), ("被传唤人：王某某", 40, 120), (signature, 200, 520),
                       ("二〇二四年五月八日", 420, 560)])
    seal = Seal(box=(380, 460, 160, 160), score=1.0, text="长光志晤用区人员法用", text_conf=0.29,
                issuer_kind=kind, center="none")
    ctx = Context(doc=doc, doc_type="court_summons", seals=[seal], source_kind="photo")
    found = [f for f in inspector.Inspector().rules.evaluate(ctx) if f.marker == "seal.issuer_mismatch"]
    assert bool(found) is fires, found


def test_a_ring_read_as_noise_names_no_issuer() -> None:
    from inspector.model import Seal

    # A law firm's faded ring read as "到太本用局束公克" at 0.07: its "公" is no company.
    noise = Seal(box=(10, 10, 80, 80), score=1.0, text="到太本用局束公克", text_conf=0.07,
                 issuer_kind="company", center="none")
    assert _seal_findings("lawyer_letter", noise) == []
    # Read at 0.2, a ring with a company's words is held against a lawyer's letter.
    rough = Seal(box=(10, 10, 80, 80), score=1.0, text="给希星溉烤字寻所是公司", text_conf=0.2,
                 issuer_kind="company", center="star")
    assert len(_seal_findings("lawyer_letter", rough)) == 1


def test_a_law_firm_seal_on_a_lawyers_letter_is_fine() -> None:
    from inspector.model import Seal

    seal = Seal(box=(10, 10, 80, 80), score=1.0, text="某某律师事务所", text_conf=0.9,
                issuer_kind="law_firm", center="star")
    assert _seal_findings("lawyer_letter", seal) == []


# Quoted threats: someone else's words, reported, are not a threat made to the reader;
# a collector's own quotation marks change nothing.
@pytest.mark.parametrize("text, marker, fires", [
    ("催收员说“今晚冻结你名下所有账户”，不用当真。", "asset.freeze", False),
    ("那部剧里反复出现“上门”“爆通讯录”等情节。", "contact.third_party", False),
    ("有人扬言要“明天就起诉你”，其实都是吓唬。", "lawsuit.threat", False),
    ("你这属于“恶意逃废债”，我们将明天起诉你。", "lawsuit.threat", True),
    ("今晚冻结你名下所有账户，别说我们没提醒你“后果自负”。", "asset.freeze", True),
])
def test_reported_speech(text: str, marker: str, fires: bool) -> None:
    assert (marker in _markers(text)) is fires


CONTRACT_PAGE = (
    "第八条 逾期利息 借款人未按期还款的，就逾期部分按本合同约定的借款年利率加收百分之五十计收逾期利息。\n"
    "第九条 违约金 借款人应按逾期金额每日万分之五支付违约金。\n"
    "第十条 提前到期 借款人连续三期未还款的，贷款人有权宣布本合同项下借款全部提前到期，借款人应一次性结清。\n"
)


def test_a_contracts_own_clauses_are_terms_not_threats() -> None:
    report = inspector.inspect_text(CONTRACT_PAGE)
    assert report.markers == [] and report.doc_type == "other"


def test_a_notice_citing_one_clause_is_still_a_notice() -> None:
    text = "提前到期通知：根据合同第十条，你的借款已立即全部提前到期，须今天一次性结清全部欠款。"
    assert "contract.termination" in _markers(text)


def test_a_call_back_number_on_its_own_line_before_a_time_is_found() -> None:
    # A bubble's last line is the number; the next line is the bubble's time stamp.
    assert "contact.virtual_number" in _markers("逾期未处理将上报，详询\n16230017788\n22:19")


def test_a_middle_dot_read_as_a_quotation_mark_still_splits_a_word() -> None:
    assert "text.spaced" in _markers("明天派人上“门取证，顺便看看你家。\n另一行")
    assert "text.spaced" not in _markers("他说“上门”服务很好，“起诉”二字也不必怕。")


def test_straight_quotation_marks_report_speech_like_curly_ones() -> None:
    # Typed and OCR text quote with '"'; a pair on one line is read as quotation marks.
    assert "lawsuit.threat" not in _markers('有人扬言要"明天就起诉你"，其实都是吓唬。')
    assert "lawsuit.threat" in _markers('你这属于"恶意逃废债"，我们将明天起诉你。')


def test_a_denial_opening_a_list_covers_its_items() -> None:
    text = "本所律师不会：\n1.要求您向个人账户转账；\n2.联系您的通讯录好友；\n3.以刑事责任相威胁。"
    assert _markers(text) == []
    # After the sentence ends, the denial no longer reaches.
    assert "contact.third_party" in _markers("我们不会：1.加收费用；2.报警。明天就联系你的通讯录好友。")


# A page pasted or read as text keeps the page's line breaks: a full line that ends
# mid-sentence runs on into the next, so a phrase broken over two lines still matches.
PAGE_LINES = (
    "尊敬的用户：您的借款已逾期多日，经多次催告仍未\n"
    "还款，现通知如下：如再不处理，我们将录入网\n"
    "贷黑名单并通知你的亲友。\n"
)


def test_a_phrase_broken_at_the_page_width_still_matches() -> None:
    assert "blacklist.online_loan" in _markers(PAGE_LINES)


def test_table_rows_of_a_pasted_page_stay_rows() -> None:
    # 执行法院 … 人民法院 / 执行案由: joined, the rows would read "法院执行".
    text = ("个人信用报告\n编号1  执行法院 广东省深圳市福田区人民法院\n执行案由 金融借款合同纠纷   立案日期 2024.09.02\n"
            "案号 （2024）粤0304执5678号\n结案方式 执行完毕   结案日期 2024.12.20\n")
    assert _markers(text) == []


def test_a_case_number_broken_after_its_court_code_is_read_whole() -> None:
    text = ("【成都市武侯区人民法院】您有一份\n电子送达文书（（2024）川0107民初\n9021号举证通知书），请于3日内登录\n"
            "四川法院电子送达平台查收，查收码\n884105。本短信不含任何付款要求。")
    assert _markers(text) == []


def test_a_spaced_signature_line_is_layout_not_the_dodge() -> None:
    text = "执行裁定书\n本裁定立即执行。\n审 判 长  何  静\n审 判 员  高  远\n书 记 员  罗  丹"
    assert "text.spaced" not in _markers(text)
    assert "text.spaced" in _markers("你的案件已经进入起 诉 程 序了，赶紧处理")


def test_an_arbitration_commissions_own_number_is_not_a_bad_case_number() -> None:
    text = ("厦门仲裁委员会\n开庭通知书\n（2025）厦仲字第0421号\n被申请人：吴彬\n本会受理的申请人与被申请人借款合同纠纷一案，"
            "定于2025年4月8日上午9时30分在本会第二仲裁庭开庭审理。")
    assert "doc.case_number_invalid" not in _markers(text)


def _fired(text: str, doc_type: str, kind: str) -> list[str]:
    from inspector.rules import Context
    from inspector.text import TextDoc

    rules = inspector.Inspector().rules
    return [f.marker for f in rules.evaluate(Context(doc=TextDoc.from_text(text), doc_type=doc_type, source_kind=kind))]


def test_a_screens_own_text_is_not_a_paper_that_lacks_a_seal() -> None:
    # An e-mail or an app page about a lawyer's letter is not the letter on paper.
    text = "律师函\n某某律师事务所\n请与本所联系协商还款事宜。"
    assert "seal.missing" not in _fired(text, "lawyer_letter", "screenshot")
    assert "seal.missing" in _fired(text, "lawyer_letter", "photo")


def test_a_case_number_with_a_stray_mark_among_its_digits_is_unread_not_wrong() -> None:
    text = "上海市闵行区人民法院\n民事调解书\n（2024）沪0115民初3021]1号\n双方当事人自愿达成如下协议。"
    assert "doc.case_number_invalid" not in _fired(text, "court_summons", "photo")
    assert "doc.case_number_invalid" in _fired("某某法院\n传票\n（2024）第3021号\n请准时到庭。", "court_summons", "photo")


def test_a_banks_warning_against_private_accounts_is_no_promise() -> None:
    assert _markers("安全提示：江南银行不会通过短信或电话要求您向个人账户转账，也不会索要验证码。") == []


def test_family_and_friends_talking_it_over_are_not_collectors() -> None:
    chat = "妈：今天有人打电话到家里，说你欠钱，要去你单位找你。\n我：妈，我已经在跟平台协商分期了，别理他们。"
    assert _markers(chat) == []
    # One speaker who could be the collector, and the text is judged as usual.
    assert "visit.home" in _markers("王经理：明天我们的人就去你单位找你。\n我：别来。")


def test_emoji_between_characters_is_the_dodge() -> None:
    assert "text.spaced" in _markers("⚠️法⚠️院⚠️传⚠️票⚠️已经出了，今天不还就等着吧")


def test_ocr_slips_in_a_case_number_are_not_a_wrong_number() -> None:
    # A space read inside the bracket, or the bracket read as 《: the number is right or unread.
    base = "上海市闵行区人民法院\n应诉通知书\n{}\n本院已受理原告诉你借款合同纠纷一案。"
    assert "doc.case_number_invalid" not in _fired(base.format("（2024 ）沪0115民初67890号"), "court_summons", "photo")
    assert "doc.case_number_invalid" not in _fired(base.format("《2024)恤0106民初12345号"), "court_summons", "photo")


def test_a_spaced_title_beside_a_speck_is_still_a_title() -> None:
    text = "ef @ @ ef\n“re @ ° ee ad\n广州市天河区人民法院\n得。传  票\n案由：金融借款合同纠纷\n被传唤人应准时到庭。"
    assert "text.spaced" not in _fired(text, "court_summons", "photo")


def test_an_arbitration_commission_with_its_own_case_number_is_no_persona() -> None:
    text = ("杭州仲裁委员会\n开庭通知\n（2024）杭仲案字第5707号\n万国庆：\n申请人与被申请人信用卡纠纷一案，"
            "本会定于2024年8月19日上午9时30分在本会第11仲裁庭开庭审理。")
    assert "persona.authority" not in _markers(text)
    assert "persona.authority" in _markers("我是仲裁中心的调解专员，你的案子今天必须处理。")


# The lawful cues must not swallow a collector's own words that happen to look like them.
@pytest.mark.parametrize("text, marker", [
    ("别怪我没提醒你：明天就联系你孩子的学校和班主任。", "family.children"),  # a colon after a denial, no list
    ("你可以报警试试，我们明天照样去你家。", "visit.home"),               # a taunt, not advice
    ("你这样逃债是违法的，明天我们就去你单位找领导。", "contact.third_party"),
    ("平台会把你拉黑，以后哪里都借不到钱。", "blacklist.online_loan"),
])
def test_threats_that_borrow_lawful_words_still_fire(text: str, marker: str) -> None:
    assert marker in _markers(text)


def test_the_lenders_own_platform_is_not_a_new_loan() -> None:
    assert "borrow.new_loan" not in _markers("你在网贷平台的欠款长期未还，本院已立案。")
    assert "borrow.new_loan" in _markers("你可以去别的平台借钱先把我们的还了。")


def test_a_court_sealed_paper_whose_number_ocr_missed_is_not_numberless() -> None:
    from inspector.model import Seal
    from inspector.rules import Context
    from inspector.text import TextDoc

    rules = inspector.Inspector().rules
    text = "湖北省武汉市武昌区人民法院\n传 票\n案由 借款合同纠纷\n被传唤人应准时到庭。"
    court = Seal(box=(700, 1100, 260, 260), score=0.9, shape="round", text="湖北省武汉市武昌区人民法院",
                 issuer_kind="court", center="none")
    fired = [f.marker for f in rules.evaluate(Context(doc=TextDoc.from_text(text), doc_type="court_summons",
                                                       seals=[court], source_kind="photo"))]
    assert "doc.case_number_invalid" not in fired
    star = Seal(box=(700, 1100, 260, 260), score=0.9, shape="round", text="湖北省武汉市武昌区人民法院",
                issuer_kind="court", center="star")
    fired = [f.marker for f in rules.evaluate(Context(doc=TextDoc.from_text(text), doc_type="court_summons",
                                                       seals=[star], source_kind="photo"))]
    assert "doc.case_number_invalid" in fired


def test_a_sender_that_binds_itself_not_to_use_the_tactics_names_lawful_steps() -> None:
    text = ("您的信用卡已逾期120天。如仍未还款，银行将依法提起民事诉讼，外访人员可能前往账单地址与您本人沟通。"
            "我们不会向您以外的任何人透露欠款信息。本短信不代表任何司法机关。")
    assert _markers(text) == []
    # Without the restraint, the same lawsuit and visit read as the collector's pressure.
    assert "visit.home" in _markers("您的信用卡已逾期120天，外访人员明天前往你家与您本人沟通。")


@pytest.mark.parametrize("text, marker", [
    ("只要今天还清，我们就不会通知你单位，不然明天就打给你领导。", "contact.third_party"),  # a promise on a condition
    ("我们不会上门，但是明天会直接报警抓你。", "lawsuit.threat"),                      # taken back at once
    ("你猜我们会不会上门？今晚就到你家楼下。", "visit.home"),                          # a question, not a promise
    ("我们不会上门的。明天直接去法院起诉你，等着收传票。", "lawsuit.threat"),          # a hard threat elsewhere
])
def test_restraint_on_a_condition_is_still_a_threat(text: str, marker: str) -> None:
    assert marker in _markers(text)


def test_a_letter_to_a_company_is_a_dispute_between_firms() -> None:
    text = ("致：某某五金制品有限公司：贵司拖欠货款428,000元。现由我司法务部致函，请于十五日内支付，"
            "否则我司将申请仲裁，并申请财产保全冻结贵司账户。")
    assert _markers(text) == []
    assert "asset.freeze" in _markers("你拖欠货款不还，我司法务部将冻结你名下所有银行卡。")
    # Colleagues as the addressees of a workplace notice, not as the people a threat names.
    assert _markers("各位同事：本月考勤请于周五下午5点前提交，逾期系统将自动关闭。") == []
    assert "contact.third_party" in _markers("你的借款已逾期，限你48小时内还清，否则将把你的欠款情况发给你所在公司的人事部门和全体同事。")


def test_what_the_borrower_says_in_a_labelled_chat_is_not_a_tactic() -> None:
    chat = "用户：逾期多少天会被起诉？我孩子上学会受影响吗？\n客服：您好，公司可能依法提起诉讼，起诉前会书面通知您。"
    assert _markers(chat) == []
    # The collector's own turn is judged as usual.
    chat = "我：你们会上门吗？我最近确实困难。\n催收：明天下午就到你家楼下，你等着。"
    assert "visit.home" in _markers(chat)
    # A form's field is not a turn: "借款人：王某" does not make the notice the borrower's words.
    assert "contract.termination" in _markers("借款人：王某\n因您逾期3天，本平台决定立即解除合同，24小时内一次性结清全部欠款。")


def test_an_arbitration_commission_or_a_hospital_from_a_gateway_is_no_impersonation() -> None:
    def fired(text: str, sender: str) -> list[str]:
        return inspector.inspect_text(text, sender=sender).markers
    assert "sms.impersonation" not in fired("【某某市第一人民医院】您在我院住院期间的费用尚有2,340元未结清，请到结算窗口补缴。", "10691888120")
    assert "sms.impersonation" not in fired("【某某仲裁委员会】您的仲裁案件预交仲裁费8,650元，请通过本会官网缴纳。", "10690300456")
    assert "sms.impersonation" in fired("【朝阳区人民法院】你已被起诉，本院将于明日冻结你名下账户。", "10690300456")


def test_a_debt_that_is_no_loan_is_not_judged_by_a_lenders_tactics() -> None:
    assert _markers("【国网电力】您户电费已欠费两个月，如12月10日前仍未缴清，我们将在再次通知后中止供电。") == []
    assert _markers("买方未在约定期限内付清货款的，卖方有权解除合同，并要求买方支付合同总价款20%的违约金。") == []
    # Wage cards and "unfreezing deposits" are a collector's words: they keep the rules on.
    assert "asset.freeze" in _markers("今晚12点前不处理，明天冻结你的银行卡，到时候工资都取不出来，电费都交不了。")


# Words that explainers, warnings, restrained lenders and borrowers use (骗子, 别听, 为什么, 所谓,
# 不会去你单位, 不代表司法机关, 还没有起诉 ...) also turn up in collectors' own mouths; they must
# not make a threat read as commentary or as restraint.
@pytest.mark.parametrize("text", [
    "你就是个骗子！今天不还明天就去你家找你。",
    "别听那些人瞎说，你今天不还明天就冻结你名下所有银行卡。",
    "别信什么协商，今晚12点前不还就通知你所有联系人。",
    "为何还不还款？明天我们上门找你父母。",
    "一审判决马上下来，你就等着被拘留吧。",
    "分享：你的通讯录我们已经导出，明天群发。",
    "为什么还不还钱？明天就去你单位找你领导。",
    "记住，今晚不还明天就上门。",
    "你这种骗局我们见多了，明天冻结你的微信和支付宝。",
    "所谓的困难都是借口，三天内不还就起诉你。",
    "有人自称律师？那就是我们，明天起诉你。",
    "你们上次说会还，结果呢？明天我们就上门找你父母。",
    "你可以拨打12368查询，我们已经立案了，今晚不处理明天冻结你的银行卡。",
    "不存在“协商”这回事，今天必须还清，不然通知你单位。",
    "我们还没有起诉你，是给你最后的机会，今晚不还明天就起诉。",
    "我们不会去你单位，我们直接找你爸妈聊聊。",
    "本短信不代表司法机关，但你再不还款，明天就去你老家走访。",
])
def test_a_threat_is_not_commentary_for_borrowing_an_explainers_word(text: str) -> None:
    assert _markers(text) != []


def test_an_anonymised_lender_is_not_a_news_report() -> None:
    # "某网贷平台" is how news and forum posts hide a name, and how a forged paper reads
    # when the sender keeps the lender vague (or a sample blanks the name): by itself it
    # says nothing about who is speaking to whom.
    summons = ("传票\n被传唤人：王某某\n你已被原告某网贷平台起诉，本院已立案，"
               "限你于72小时内到本院报到，逾期将依法拘留。")
    assert {"lawsuit.threat", "pressure.deadline"} <= set(_markers(summons))
    # A police receipt reporting what people calling themselves collectors said stays silent.
    receipt = ("受案回执\n你于2026年11月27日报称：有自称某网贷平台催收人员的人多次拨打你及你同事、"
               "亲属的电话，称要“上门找你”。我所已受理该案。")
    assert _markers(receipt) == []


def test_a_warnings_opener_does_not_cover_a_threat_to_the_reader() -> None:
    # The cue stands in the sentence before; the threat speaks to "你" with a time at hand.
    assert "pressure.deadline" in _markers("提醒大家：别信那些说网贷逾期没事的人。至于你，今晚8点前不还，直接起诉。")
    # A leaflet's quotation cut by the sentence's end (“…。”) is still quoted, not said to the reader.
    leaflet = "反诈提醒：常见恐吓话术\n误区一：“逾期一天你就会被起诉、坐牢。”事实：借款纠纷是民事纠纷。"
    assert _markers(leaflet) == []


def test_a_message_to_others_about_someones_debt_is_the_disclosure_itself() -> None:
    post = "@全体成员 这个人叫孙某，欠我司两万，谁认识他让他联系我。"
    assert "contact.third_party" in _markers(post)
    assert "contact.third_party" in _markers("各位家长好，本群某同学的家长李某在我司借款逾期，恳请各位转告其家长尽快还款。")
    # Asking the borrower's friends to pass the debt on names him by name only (bench/dev_chats/dc_35).
    assert "contact.third_party" in _markers("他把你们留作紧急联系人，请各位转告他尽快还款，否则我们将正式起诉。")
    assert _markers("各位同学，请大家转告他明天记得还书，图书馆要盘点了。") == []
    # A workplace notice to colleagues about their own paperwork names no debtor.
    assert _markers("各位同事：本月工资将于12月15日发放，如工资卡信息有变更，请于12月5日前联系HR。") == []


@pytest.mark.parametrize("text, marker", [
    ("不还就直接起诉你。", "lawsuit.threat"),
    ("再不还钱就去你家", "visit.home"),
    ("否则立即派人去你单位。", "visit.home"),
    ("今天不处理，明天就冻你的卡。", "asset.freeze"),
])
def test_non_payment_then_a_step_at_once_is_the_threat(text: str, marker: str) -> None:
    # The plainest form: a condition of non-payment, then 就/直接/马上 and the step.
    assert marker in _markers(text)


@pytest.mark.parametrize("text", [
    "如您逾期不还，我行将依法起诉。",          # a lender stating its recourse, without "at once"
    "您的快递未取，否则将退回寄件人。",
    "老师说再不交作业就告诉家长。",
])
def test_a_condition_without_a_collectors_step_is_not_that_threat(text: str) -> None:
    assert not {"lawsuit.threat", "visit.home", "asset.freeze"} & set(_markers(text))


@pytest.mark.parametrize("text, fires", [
    # No debt word and no other tactic, but the whole text reads as collection (P(lawful) < 0.2).
    ("只等你到今晚九点，过了这个点材料就递上去，到时候别找我。", True),
    ("今晚九点前不回话，明天一早就转给外面的同事跟进。", True),
    # Everyday deadlines read otherwise, or are a courier's, a school's or an office's.
    ("报名材料最晚明天中午前交到办公室，过了就不收了。", False),
    ("周五下午五点前把周报发我，过了这个点就不汇总了。", False),
    ("快递今晚九点前不取就退回了。", False),
    # Short everyday messages read low as well (0.065, 0.12): the bound is set under them.
    ("今晚九点前不到家，门就锁了。", False),
    ("今晚八点前给我回个电话，不然我就不等你了。", False),
])
def test_a_text_that_reads_as_collection_needs_no_debt_word_for_a_deadline(text: str, fires: bool) -> None:
    assert ("pressure.deadline" in _markers(text)) is fires


def test_a_near_time_beside_a_threat_is_a_deadline_without_debt_words() -> None:
    # pressure.deadline's requires_or: another tactic on the text stands in for the debt's context.
    assert {"contact.third_party", "pressure.deadline"} <= set(_markers("今晚十点前不给答复，我们就打给你爸妈和你们领导。"))
    # The same kind of time in an everyday message, with no tactic beside it, is no pressure.
    assert "pressure.deadline" not in _markers("明天下午两点前到公司开会，别迟到。")


# ---------------------------------------------------------------- document types
@pytest.mark.parametrize("text, doc_type", [
    # Pasted papers put the issuer's name above the title: both count as the heading.
    ("北京市朝阳区人民法院\n限制消费令\n（2024）京0105执1234号\n被执行人：某某公司", "restriction_order"),
    ("重庆市渝北区人民法院\n传票\n（2024）渝0112民初2420号\n被传唤人：李某", "court_summons"),
    # A court's other papers are no summons (markers.md): judgments, rulings, enforcement notices.
    ("南京市鼓楼区人民法院\n执行通知书\n（2024）苏0106执26370号\n申请执行人某公司与你借款合同纠纷一案", "other"),
    ("北京市东城区人民法院\n民事判决书\n（2024）京0101民初24898号\n原告某某小额贷款有限公司", "other"),
    ("杭州市西湖区人民法院\n诉前调解告知书\n（2024）浙0106民诉前调1234号", "other"),
    # A long first line is a sentence, not a heading: the title zone stays one line.
    ("您好，您在本平台的借款已逾期三天，请及时登录App还款，如有疑问请联系客服。\n传票", "other"),
])
def test_reported_document_type(text: str, doc_type: str) -> None:
    assert inspector.inspect_text(text).doc_type == doc_type


def test_a_courts_other_papers_are_still_checked_as_court_papers() -> None:
    # Reported as "other", an enforcement notice stamped with a company's seal still shows it.
    from inspector.model import Seal
    from inspector.rules import Context
    from inspector.text import TextDoc

    rules = inspector.Inspector().rules
    doc = TextDoc.from_text("南京市鼓楼区人民法院\n执行通知书\n（2024）苏0106执26370号\n你与某公司借款合同纠纷一案")
    doc_type, _ = rules.classify(doc, len(doc.norm))
    assert rules.reported_type(doc, len(doc.norm), doc_type) == "other"
    seal = Seal(box=(10, 10, 80, 80), score=1.0, text="某某信息咨询有限公司", text_conf=0.8,
                issuer_kind="company", center="star")
    ctx = Context(doc=doc, doc_type=doc_type, seals=[seal], source_kind="scan")
    assert "seal.issuer_mismatch" in [f.marker for f in rules.evaluate(ctx)]


# Plain forms of each tactic, as a collector types them in a hurry (written for this test,
# in no table): the basic shapes the phrase lists must not miss. One short sentence each.
PLAIN_TACTICS = [
    ("我们已经准备起诉你了。", "lawsuit.threat"),
    pytest.param("再拖下去只能法院见了。", "lawsuit.threat", marks=pytest.mark.xfail(strict=True, reason="法院见 is also said in a divorce or a neighbours' quarrel")),
    ("这周不还就走诉讼。", "lawsuit.threat"),
    ("你等着收传票吧。", "lawsuit.threat"),
    ("公司决定对你提起诉讼。", "lawsuit.threat"),
    ("不还钱就报警抓你。", "lawsuit.threat"),
    pytest.param("你这是诈骗，我们要报案。", "lawsuit.threat", marks=pytest.mark.xfail(strict=True, reason="a victim says the same to a scammer")),
    ("法务部今天就会向法院递交材料。", "lawsuit.threat"),
    ("你马上会被列为被告。", "lawsuit.threat"),
    ("我们的人已经在你家楼下了。", "visit.home"),
    ("明天去你老家找你爸妈。", "visit.home"),
    ("下午去你公司找你。", "visit.home"),
    ("外访人员这两天会上门。", "visit.home"),
    ("我们会派人到你单位。", "visit.home"),
    ("我们知道你住哪，今晚过去。", "visit.home"),
    ("我们上门催收的同事已经出发了。", "visit.home"),
    ("后天安排人去你村里。", "visit.home"),
    ("你的银行卡马上会被冻结。", "asset.freeze"),
    ("明天冻结你微信和支付宝。", "asset.freeze"),
    ("你名下的房子车子都会被查封。", "asset.freeze"),
    ("我们会申请冻结你的工资卡。", "asset.freeze"),
    ("你的账户即将被冻结。", "asset.freeze"),
    ("我们会联系你的家人。", "contact.third_party"),
    ("我现在就打给你老婆。", "contact.third_party"),
    ("通讯录里的人都会收到短信。", "contact.third_party"),
    ("你领导很快就会知道这件事。", "contact.third_party"),
    ("我们会通知你的紧急联系人。", "contact.third_party"),
    ("你同事都会知道你欠钱不还。", "contact.third_party"),
    ("你爸妈的电话我们有。", "contact.third_party"),
    ("今天下午五点前必须还清。", "pressure.deadline"),
    ("最后给你一天时间。", "pressure.deadline"),
    ("两个小时内把钱打过来。", "pressure.deadline"),
    ("今晚12点前处理，否则后果自负。", "pressure.deadline"),
    ("明天中午之前还款。", "pressure.deadline"),
    ("这是最后通牒。", "pressure.deadline"),
    ("今天还本金就可以免掉所有利息。", "promise.fee_waiver"),
    ("现在还款可以减免罚息。", "promise.fee_waiver"),
    ("把钱转到我个人账户，我帮你申请减免。", "promise.fee_waiver"),
    ("先交500保证金就能给你免息。", "promise.fee_waiver"),
    ("你已经被列入网贷黑名单了。", "blacklist.online_loan"),
    ("以后所有平台都借不到钱了。", "blacklist.online_loan"),
    ("你马上就会被列为失信被执行人。", "blacklist.dishonest"),
    ("你会成为老赖，坐不了高铁飞机。", "blacklist.dishonest"),
    ("你孩子以后考公务员都会受影响。", "family.children"),
    ("你的子女上学会受影响。", "family.children"),
    ("你去别的平台借点先还上。", "borrow.new_loan"),
    ("我给你推荐个口子，借出来还我们。", "borrow.new_loan"),
    ("你的借款合同已经解除，要一次性还清全部欠款。", "contract.termination"),
    ("合同提前到期，剩余本金全部要还。", "contract.termination"),
    ("我是风控中心的专员。", "persona.authority"),
    ("我是诉前调解员，负责你的案件。", "persona.authority"),
    ("这里是逾期案件处理中心。", "persona.authority"),
    pytest.param("咱们法庭上见吧。", "lawsuit.threat", marks=pytest.mark.xfail(strict=True, reason="法院见 is also said in a divorce or a neighbours' quarrel")),
    ("公司已决定向你提起诉讼。", "lawsuit.threat"),
    ("你这属于骗贷，我们会报警。", "lawsuit.threat"),
    ("再不还就直接告你。", "lawsuit.threat"),
    ("起诉材料已经准备好了。", "lawsuit.threat"),
    ("我们查到你住哪了，周末过去坐坐。", "visit.home"),
    ("不还的话马上派人到你家。", "visit.home"),
    ("明早八点我们的人去你单位门口等你。", "visit.home"),
    ("你老家的地址我们有，过两天去看看。", "visit.home"),
    ("不还就直接冻结你所有卡。", "asset.freeze"),
    ("法院马上就会冻结你的账户。", "asset.freeze"),
    ("你的支付宝今晚就冻。", "asset.freeze"),
    # Without a word of debt this is also what a worried friend writes ("不回消息的话，我就直接打给
    # 你妈问问"): adding 爸/妈 to the third parties made four everyday family messages fire.
    pytest.param("再不回电话我就打给你妈。", "contact.third_party",
                 marks=pytest.mark.xfail(strict=True, reason="no debt context: a friend writes the same")),
    ("我们会把你欠钱的事告诉你同事。", "contact.third_party"),
    ("要不要我给你们老板打个电话？", "contact.third_party"),
    ("给你三个小时，把钱转过来。", "pressure.deadline"),
    ("今天下午之前把钱还了。", "pressure.deadline"),
    ("今晚之前不还，后果自负。", "pressure.deadline"),
    ("明早之前必须结清。", "pressure.deadline"),
    ("今天结清的话利息全免。", "promise.fee_waiver"),
    ("转到这个私人账户可以打五折。", "promise.fee_waiver"),
    ("你的信息已经上了行业黑名单。", "blacklist.online_loan"),
    ("很快就把你列入失信名单。", "blacklist.dishonest"),
    ("你不还钱，孩子以后政审都过不了。", "family.children"),
    ("实在没钱就去别的App借一笔还我们。", "borrow.new_loan"),
    ("我是法务部的，负责你这个案子。", "persona.authority"),
]


@pytest.mark.parametrize("text, marker", PLAIN_TACTICS)
def test_plain_forms_of_each_tactic(text: str, marker: str) -> None:
    assert marker in _markers(text)


# Plain lawful messages of everyday life, written for this test with PLAIN_TACTICS: none may
# raise a marker. The last ones still do (strict xfail, so a fix shows).
PLAIN_LAWFUL = [
    "您尾号1234的信用卡本期账单已出，最低还款额500元，还款日为12月5日。",
    "【招商银行】您的贷款已逾期3天，请尽快还款，以免影响个人征信。",
    "您好，您在本平台的借款本月15日到期，请按时还款，如有困难可联系客服申请延期。",
    "快递已到小区门口的驿站，请今天下午六点前取件。",
    "妈，我明天下午去你家吃饭。",
    "明天上午九点开会，请大家准时到。",
    "孩子的作业今晚之前要交给老师。",
    "物业通知：明天上午停水，请提前储水。",
    "你好，我是小区物业，今晚有人上门检查燃气，请留人在家。",
    "律师事务所受委托，请您在收到本函后与我方联系协商还款事宜。",
    "我们已收到您的还款，本期账单已结清，感谢您的支持。",
    "如您对欠款金额有异议，请在15个工作日内提出书面申请。",
    "爸，我这个月工资发了，下周把钱还给你。",
    "老公，房贷今天扣款了，卡里记得留钱。",
    "你借我的那500块不急，等你方便了再还。",
    "您的账户存在异常登录，如非本人操作，请立即修改密码。",
    "【12368】您好，（2024）京0105民初1234号案件将于12月10日开庭，请准时到庭。",
    "本公司将于下月起调整还款方式，详情请登录App查看。",
    "请您于本月25日前缴纳物业费，逾期将按合同收取滞纳金。",
    "公司年会定于周五晚上七点，请各部门提前安排。",
    "今天不还也没关系，下周再说吧。",
    "我打算起诉那家装修公司，他们拖了三个月没完工。",
    "新闻：某地法院冻结了被执行人的银行账户，依法强制执行。",
    "防骗提醒：冒充法院要求转账的都是诈骗，请拨打12368核实。",
    "房东说下个月房租要涨，月底之前给答复。",
    "学校通知：期末考试下周一开始，请家长督促孩子复习。",
    "你妈让你晚上早点回家。",
    pytest.param("法院提醒：您有一个案件已立案，请登录诉讼服务平台查看，或拨打12368咨询。", marks=pytest.mark.xfail(strict=True, reason="still fires: lawsuit.threat")),
    pytest.param("您好，我是贷后服务专员，想确认一下您本月的还款计划，方便的时候请回电。", marks=pytest.mark.xfail(strict=True, reason="still fires: persona.authority")),
    pytest.param("同事说明天下午去你单位找你拿文件。", marks=pytest.mark.xfail(strict=True, reason="still fires: visit.home/contact.third_party")),
]


PLAIN_LAWFUL += [
    # Family messages naming a parent (the third-party words must not take 爸/妈 alone).
    "我跟你妈说了，周末回家吃饭。",
    "你妈的电话我有，我问问她。",
    "你再不起床就迟到了，我打给你妈了啊。",
    "不回消息的话，我就直接打给你妈问问。",
    "再不交作业我就告诉你爸妈。",
    "要是你不来，我就直接去你家接你。",
    # What the plain-threat probe first made fire (and was narrowed for).
    "你这是诈骗吧？我要报警了。",
    "离婚的事谈不拢，那就法院见。",
    "今天下午之前把钱转给我，聚餐的AA。",
    pytest.param("我知道你家在哪，明天过去找你玩。", marks=pytest.mark.xfail(
        strict=True, reason="still fires: visit.home (a co-occurrence group older than this test)")),
]


@pytest.mark.parametrize("text", PLAIN_LAWFUL)
def test_plain_lawful_messages_stay_silent(text: str) -> None:
    assert _markers(text) == []
