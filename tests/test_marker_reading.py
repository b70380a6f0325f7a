"""The per-marker readings: their file validates, they are current with the tables, and they fire
only where the rules let them.

What they add on unseen material is measured by ``bench/reading_loto.py`` (tables left
out of training) and on the held-out sets, not here.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import inspector
from inspector import reading
from inspector.errors import RuleFileError
from inspector.rules import Context, RuleSet
from inspector.text import Line, TextDoc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import train_lawful  # noqa: E402
import train_markers  # noqa: E402


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return RuleSet.load()


def test_shipped_models_load_and_cover_every_rule_that_asks(rules) -> None:
    m = rules.marker_reading
    assert m is not None and m.source == "inspector/rules/marker_reading.json"
    asking = {mid for mid, r in rules.markers.items() if r.reading is not None}
    assert asking and asking <= set(m.models)
    # Markers that state facts are told by the picture or the sender, never by a reading.
    assert not asking & {"sms.impersonation", "text.spaced", "contact.virtual_number", "seal.missing",
                         "seal.issuer_mismatch", "doc.case_number_invalid", "image.edited"}
    assert all(rules.markers[mid].group == "tactic" for mid in asking)
    assert 0 < rules.reading_max_lawful < rules.lawful_threshold


def test_shipped_models_are_current_with_the_tables() -> None:
    m = reading.load()
    tables = [str(Path(p).relative_to(ROOT)) for p in train_lawful.TABLES]
    assert list(m.trained_on) == tables, "a table was added or removed: run `python bench/train_markers.py`"
    assert not any("holdout" in t and "retired" not in t for t in m.trained_on), "held-out sets must never train it"
    assert m.data_sha256 == train_lawful.data_digest(train_lawful.load_items(train_lawful.TABLES)), (
        "the tables changed since the models were trained: run `python bench/train_markers.py`")
    assert sorted(m.models) == sorted(train_markers.read_markers()), (
        "the rules asking for a reading changed: run `python bench/train_markers.py`")


def _model_file(tmp_path, data) -> Path:
    p = tmp_path / "markers.json"
    p.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return p


GOOD = {"format": 1, "ngrams": [1, 2, 3],
        "markers": {"visit.home": {"bias": -2.0, "weights": {"上门": 20.0, "家": 5.0}}}}


@pytest.mark.parametrize("change, words", [
    ("{not json", "not valid JSON"),
    ({**GOOD, "format": 2}, "field 'format'"),
    ({**GOOD, "ngrams": [2, 3]}, "field 'ngrams'"),
    ({**GOOD, "markers": {}}, "field 'markers'"),
    ({**GOOD, "markers": {"visit.home": {"bias": "low", "weights": {"上门": 1}}}}, "marker 'visit.home': field 'bias'"),
    ({**GOOD, "markers": {"visit.home": {"bias": 0, "weights": {}}}}, "field 'weights'"),
    ({**GOOD, "markers": {"visit.home": {"bias": 0, "weights": {"上门": None}}}}, "key '上门'"),
])
def test_bad_model_files_name_file_marker_and_field(tmp_path, change, words) -> None:
    p = _model_file(tmp_path, change)
    with pytest.raises(RuleFileError) as e:
        reading.load(p)
    assert str(p) in str(e.value) and words in str(e.value)


def test_missing_models_say_how_to_rebuild(tmp_path) -> None:
    with pytest.raises(RuleFileError, match="train_markers.py"):
        reading.load(tmp_path / "gone.json")


def test_a_good_model_file_round_trips_and_scores(tmp_path) -> None:
    m = reading.load(_model_file(tmp_path, GOOD))
    again = reading.load(_model_file(tmp_path, m.to_json()))
    assert again.models == m.models
    p_visit = m.probabilities(inspector.context.features("我们明天上门"))["visit.home"]
    p_other = m.probabilities(inspector.context.features("今天天气不错"))["visit.home"]
    assert 0.0 < p_other < 0.5 < p_visit < 1.0


def _marker_rule(extra: str) -> str:
    return ("markers:\n  x.y:\n    severity: low\n    patterns: ['甲乙丙丁']\n" + extra
            + "    title: {zh: 甲乙丙, en: abc}\n    why: {zh: 甲乙丙, en: abc}\n    truth: {zh: 甲乙丙, en: abc}\n")


@pytest.mark.parametrize("extra, words", [
    ("    reading: 1.5\n", "field 'reading': must be a number between 0 and 1"),
    ("    reading: high\n", "field 'reading': must be a number"),
    ("    reading: 0.5\n", "has no model for this marker"),
])
def test_bad_reading_fields_name_file_rule_and_field(tmp_path, extra, words) -> None:
    path = tmp_path / "extra.yaml"
    path.write_text(_marker_rule(extra), encoding="utf-8")
    with pytest.raises(RuleFileError) as e:
        RuleSet.load([path])
    assert str(path) in str(e.value) and "rule 'x.y'" in str(e.value) and words in str(e.value)


def _doc(lines: list[str]) -> TextDoc:
    """Lines laid out like a scanned page: one row per line, 20 px per character."""
    out = []
    for row, t in enumerate(lines):
        boxes = [(40 + 20 * i, 50 + 40 * row, 18, 24) for i in range(len(t))]
        out.append(Line(chars=list(t), boxes=boxes))
    return TextDoc(out, wrap_join=False)


def test_runs_stay_within_a_message_and_skip_scraps(rules) -> None:
    lines = [Line(chars=list(t), boxes=[None] * len(t), message=i)
             for i, t in enumerate(["你好。", "明天见面聊聊吧。再说。", "好"])]
    doc = TextDoc(lines, wrap_join=False)
    runs = rules.marker_reading.runs(doc.norm, doc.message_at)
    assert runs, "the middle message has runs long enough to read"
    for r in runs:
        assert len({doc.message_at(k) for k in range(r.start, r.end) if doc.norm[k] != "\n"}) == 1
        assert len("".join(doc.norm[r.start:r.end].split())) >= reading.MIN_CHARS
        assert 1 <= r.sentences <= reading.WINDOW


# Written for these tests (in no table): each matches none of its marker's patterns.
READ_ONLY = [
    ("你单位的人事部门我们已经打过招呼了，下一步就看你的表现。欠的钱什么时候还？", "contact.third_party"),
    ("你名下的微信和支付宝里的钱很快就动不了了。", "asset.freeze"),
]


@pytest.mark.parametrize("text, marker", READ_ONLY)
def test_the_reading_finds_wording_no_pattern_catches(text, marker, monkeypatch) -> None:
    r = inspector.inspect_text(text)
    found = [f for f in r.findings if f.marker == marker]
    assert found, r.markers
    f = found[0]
    assert "reading 0." in f.texts["en"]["detail"] and "判读" in f.texts["zh"]["detail"]
    assert f.evidence and f.evidence[0].text in text
    # Without the reading path the patterns alone stay silent on it.
    rs = inspector.api._default().rules
    monkeypatch.setattr(rs, "reading_max_lawful", 0.0)
    assert marker not in inspector.inspect_text(text).markers


@pytest.mark.parametrize("text", [
    "我们不会动你名下的微信和支付宝里的钱，请放心。",  # a disclaimer
    "新闻报道：有催收人员声称借款人名下的微信和支付宝里的钱很快就动不了了。",  # a report
    "本行将于下月起调整信用卡分期手续费率，详情请登录手机银行查看。",
    "明天上午十点在会议室开周会，请大家准时参加。",
    "宝贝，晚上回家吃饭吗？我做了红烧肉。",
    # A worried friend. Out of context a collector writes the same words (the mirror of the
    # strict xfail "再不回电话我就打给你妈" in test_rule_checks.PLAIN_TACTICS): the reading
    # cannot tell them apart, and says third party (0.74).
    pytest.param("你再不接电话我就打给你爸了啊，大家都担心你。",
                 marks=pytest.mark.xfail(strict=True, reason="the same words as a collector's threat")),
])
def test_disclaimers_reports_and_everyday_texts_stay_silent(text) -> None:
    assert inspector.inspect_text(text).markers == []


def test_the_evidence_is_the_run_and_its_box_on_the_page(rules) -> None:
    doc = _doc(["尊敬的用户：", "你单位的人事部门我们已经打过招呼了。", "欠款请尽快处理。"])
    ctx = Context(doc=doc, doc_type="other", source_kind="scan", lawful_reading=0.01)
    found = [f for f in rules.evaluate(ctx) if f.marker == "contact.third_party"]
    assert found
    ev = found[0].evidence[0]
    assert ev.text == "你单位的人事部门我们已经打过招呼了"
    x, y, w, h = ev.box
    assert (y, h) == (50 + 40, 24) and x == 40 and w == 20 * (len(ev.text) - 1) + 18
    # A text the lawful reading calls lawful enough gets no reading at all.
    ctx = Context(doc=doc, doc_type="other", source_kind="scan", lawful_reading=rules.reading_max_lawful)
    assert "contact.third_party" not in {f.marker for f in rules.evaluate(ctx)}


def test_training_is_deterministic_and_learns() -> None:
    table = str(ROOT / "tests" / "data" / "sentences.yaml")
    a = train_markers.train([table], ["visit.home"], iters=150)
    b = train_markers.train([table], ["visit.home"], iters=150)
    assert a.to_json() == b.to_json()
    items = train_lawful.load_items([table])
    feats = [f for f, _ in train_lawful.table_items(items)]
    pos = [a.probabilities(f)["visit.home"] for f, it in zip(feats, items) if "visit.home" in it.expect]
    neg = [a.probabilities(f)["visit.home"] for f, it in zip(feats, items) if "visit.home" not in it.expect]
    assert pos and neg and sum(pos) / len(pos) > 0.5 > sum(neg) / len(neg)
