"""The learned lawful reading: its file validates, it is current with the tables, and it only ever silences.

What it adds on unseen material is measured by ``bench/lawful_loto.py`` (tables
left out of training) and on the held-out sets, not here: these tests check
that the model is wired in as specified.
"""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pytest

import inspector
from inspector import context
from inspector.errors import RuleFileError
from inspector.rules import RuleSet

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import train_lawful  # noqa: E402

BANK = ("【建设银行】尊敬的客户，您尾号6621的信用卡账单已逾期3天，请通过手机银行或官方APP还款。"
        "如需办理分期，请致电客服热线。逾期记录将按规定报送征信系统。")
COLLECTOR = "你今天下午三点前不还钱，我们就上门找你家里人，把你欠钱的事告诉你们单位领导，后果自负。"


def test_shipped_model_loads_and_names_its_training_tables() -> None:
    m = context.load()
    assert m.weights and math.isfinite(m.bias)
    assert all(t.startswith("tests/data/sentences") for t in m.trained_on)
    assert not any("holdout" in t and "retired" not in t for t in m.trained_on), "held-out sets must never train it"


def test_shipped_model_is_current_with_the_tables() -> None:
    m = context.load()
    tables = [str(Path(p).relative_to(ROOT)) for p in train_lawful.TABLES]
    assert list(m.trained_on) == tables, "a table was added or removed: run `python bench/train_lawful.py`"
    assert m.data_sha256 == train_lawful.data_digest(train_lawful.load_items(train_lawful.TABLES)), (
        "the tables changed since the model was trained: run `python bench/train_lawful.py`")


def test_features_fold_digits_and_ignore_spacing() -> None:
    a = context.features("请于2024年5月1日前还款", "gateway", "1069")
    b = context.features("请于 1999 年 9 月 9 日前 还款", "gateway", "1065")
    assert {k: v for k, v in a.items() if not k.startswith("@")} == {k: v for k, v in b.items() if not k.startswith("@")}
    assert a["@sender:gateway"] == 1 and a["@sender:10"] == 1
    assert "0年0" in a


def test_probability_is_bounded_and_separates_clear_cases() -> None:
    rs = RuleSet.load()
    m = rs.lawful_reading
    p_bank = m.probability(context.features(context.typed_norm(BANK), "official", "95533"))
    p_threat = m.probability(context.features(context.typed_norm(COLLECTOR)))
    assert 0.0 <= p_threat < rs.lawful_threshold <= p_bank <= 1.0


def test_report_says_when_the_text_reads_lawful() -> None:
    r = inspector.inspect_text(BANK, sender="95533")
    assert r.markers == []
    assert "reads_lawful" in r.lawful_contexts and r.lawful_reading >= 0.7
    assert r.lawful_cues and all(c in context.typed_norm(BANK) for c in r.lawful_cues)
    d = json.loads(json.dumps(r.to_dict()))
    assert d["lawful_contexts"] == list(r.lawful_contexts) and d["lawful_cues"] == list(r.lawful_cues)


def test_a_hard_threat_outside_quotes_overrides_the_lawful_reading() -> None:
    # The bank's wording reads lawful; a hard threat added to it must still be reported.
    r = inspector.inspect_text(BANK + "不还的话明天就去你单位，爆你通讯录。", sender="95533")
    assert "reads_lawful" not in r.lawful_contexts
    assert "contact.third_party" in r.markers


def test_it_never_makes_a_marker_fire_and_leaves_facts_alone() -> None:
    # Markers that state facts (a gateway posing as a court, spaced words, virtual numbers)
    # are not exempt from the lawful reading.
    rs = RuleSet.load()
    exempt = {m for m, r in rs.markers.items() if "reads_lawful" in r.exempt}
    assert not exempt & {"sms.impersonation", "text.spaced", "contact.virtual_number", "penalty.inflated",
                         "seal.missing",
                         "seal.issuer_mismatch", "doc.case_number_invalid", "image.edited"}
    assert {"lawsuit.threat", "visit.home", "contact.third_party", "pressure.deadline"} <= exempt
    r = inspector.inspect_text(COLLECTOR)
    assert {"visit.home", "contact.third_party", "pressure.deadline"} <= set(r.markers)
    assert "reads_lawful" not in r.lawful_contexts


def _model_file(tmp_path, data) -> Path:
    p = tmp_path / "model.json"
    p.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return p


GOOD = {"format": 1, "ngrams": [1, 2, 3], "bias": 0.5, "weights": {"官方": 1.0}}


@pytest.mark.parametrize("change, words", [
    ("{not json", "not valid JSON"),
    ({**GOOD, "format": 2}, "field 'format'"),
    ({**GOOD, "ngrams": [1, 2]}, "field 'ngrams'"),
    ({**GOOD, "bias": "high"}, "field 'bias'"),
    ({**GOOD, "weights": {}}, "field 'weights'"),
    ({**GOOD, "weights": {"官方": "1"}}, "key '官方'"),
])
def test_bad_model_files_name_file_and_field(tmp_path, change, words) -> None:
    p = _model_file(tmp_path, change)
    with pytest.raises(RuleFileError) as e:
        context.load(p)
    assert str(p) in str(e.value) and words in str(e.value)


def test_missing_model_says_how_to_rebuild(tmp_path) -> None:
    with pytest.raises(RuleFileError, match="train_lawful.py"):
        context.load(tmp_path / "gone.json")


def test_a_good_model_file_round_trips(tmp_path) -> None:
    m = context.load(_model_file(tmp_path, GOOD))
    again = context.load(_model_file(tmp_path, m.to_json()))
    assert again.weights == m.weights and again.bias == m.bias


def test_training_is_deterministic_and_learns(tmp_path) -> None:
    table = str(ROOT / "tests" / "data" / "sentences.yaml")
    a = train_lawful.train([table], iters=200)
    b = train_lawful.train([table], iters=200)
    assert a.to_json() == b.to_json()
    items = train_lawful.table_items(train_lawful.load_items([table]))
    lawful = [a.bias + sum(a.weights.get(k, 0.0) * v for k, v in f.items()) for f, y in items if y]
    tactic = [a.bias + sum(a.weights.get(k, 0.0) * v for k, v in f.items()) for f, y in items if not y]
    assert sum(lawful) / len(lawful) > 0 > sum(tactic) / len(tactic)



def _ctx(texts: list[str], doc_type: str = "other", messages: bool = False):
    from inspector.rules import Context
    from inspector.text import Line, TextDoc

    lines = [Line(chars=list(t), boxes=[None] * len(t), message=i if messages else None) for i, t in enumerate(texts)]
    return Context(doc=TextDoc(lines), doc_type=doc_type, source_kind="text")


def test_papers_need_the_stricter_threshold(monkeypatch) -> None:
    from inspector.api import _exemptions

    rs = RuleSet.load()
    p = rs.lawful_reading.probability(context.features(_ctx([BANK]).doc.norm))
    # Put the text's reading between the two thresholds: lawful for a message, not for a paper.
    monkeypatch.setattr(rs, "lawful_threshold", p - 0.01)
    monkeypatch.setattr(rs, "lawful_strict_threshold", min(1.0, p + 0.01))
    assert "reads_lawful" in _exemptions(rs, _ctx([BANK], "other"))
    for paper in ("lawyer_letter", "cancellation_notice", "restriction_order", "court_summons"):
        assert paper in rs.lawful_strict_types
        assert "reads_lawful" not in _exemptions(rs, _ctx([BANK], paper))


def test_a_thread_reads_lawful_only_when_every_message_does() -> None:
    from inspector.api import _exemptions

    rs = RuleSet.load()
    alone = _ctx([BANK, BANK], messages=True)
    assert "reads_lawful" in _exemptions(rs, alone)
    mixed = _ctx([BANK, "还不上就等着，我们的人今晚会去你老家转一转，顺便跟你爸妈聊聊你的事。"], messages=True)
    ex = _exemptions(rs, mixed)
    assert "reads_lawful" not in ex and mixed.lawful_reading < rs.lawful_threshold


def test_bad_threshold_in_the_rule_file_is_refused(tmp_path, monkeypatch) -> None:
    from importlib import resources

    text = resources.files("inspector").joinpath("rules/markers.yaml").read_text(encoding="utf-8")
    bad = text.replace("lawful_reading_strict_threshold: 0.9", "lawful_reading_strict_threshold: 1.5")
    assert bad != text
    from inspector import rules as rules_mod

    class _Files:
        def joinpath(self, *a):
            return self

        def read_text(self, encoding="utf-8"):
            return bad

    monkeypatch.setattr(rules_mod.resources, "files", lambda pkg: _Files())
    with pytest.raises(RuleFileError, match="lawful_reading_strict_threshold"):
        RuleSet.load()


# Collectors' threats in a bank's polite dress, written for this test (in no table, so unseen by
# the model): the lawful reading must not take them for a lender's own notice.
POLITE_THREATS = [
    "【XX消费金融】尊敬的客户，您的借款已逾期，请于今日18:00前通过官方APP还款。逾期未处理，我司将安排工作人员前往您的户籍地及工作单位进行实地走访，并联系您的紧急联系人核实情况。客服热线95xxx。",
    "尊敬的用户：您好！根据您的借款合同约定，您已严重违约。我司已委托律师事务所，将于三日内向人民法院提起诉讼，并申请冻结您名下银行账户。如有疑问请致电客服。感谢您的配合。",
    "温馨提示：您的逾期信息已同步至行业共享数据库，可能影响您今后在各平台的借款申请。为避免影响子女升学和参军政审，请尽快通过官方渠道结清欠款。",
    "亲爱的客户，为感谢您长期以来的支持，我们为您申请了特殊关怀通道，今日内还款本金即可免除全部罚息，请将款项转入专员个人账户，专员会为您办理。",
    "您好，这里是XX银行信用卡中心。您的账户已逾期90天，我行已将您的案件移交至第三方合作机构处理，合作机构将于近期联系您的家人及单位同事，了解您的还款意愿，请您知悉。",
    "尊敬的客户，您在本平台的欠款已进入司法程序，案件编号已生成，如您仍不处理，法院将在72小时内向您送达传票，届时将限制您乘坐高铁飞机，请知悉并尽快还款。",
    "【官方通知】尊敬的借款人，因您长期未还款，依据相关规定，您的信息将于明日上报至全国网贷黑名单系统，届时将影响您的征信及子女教育，请于今日内联系我们处理。",
    "您好，您的借款已逾期，我们理解您可能遇到了困难。作为特别安排，我们可以为您推荐合作平台的新借款，用于结清本笔欠款，避免产生更多罚息，详情请咨询客服。",
]


@pytest.mark.parametrize("text", POLITE_THREATS)
def test_threats_in_polite_dress_are_not_read_lawful(text) -> None:
    r = inspector.inspect_text(text)
    assert "reads_lawful" not in r.lawful_contexts
    assert set(r.markers) - {"pressure.deadline"}, r.markers
