"""Rule files: the shipped set validates, extra files extend it, bad files name file, rule and field."""
from __future__ import annotations

import textwrap

import pytest

import inspector
from inspector.errors import RuleFileError
from inspector.rules import RuleSet, expand_confusions

SPEC_MARKERS = [
    "seal.missing", "seal.issuer_mismatch", "doc.case_number_invalid", "image.edited",
    "penalty.inflated", "contract.termination", "blacklist.dishonest", "family.children",
    "lawsuit.threat", "visit.home", "persona.authority", "promise.fee_waiver",
    "contact.third_party", "contact.virtual_number", "blacklist.online_loan", "borrow.new_loan",
    "asset.freeze", "pressure.deadline", "sms.impersonation", "text.spaced",
]


def test_shipped_rules_cover_every_marker_with_both_languages() -> None:
    rs = RuleSet.load()
    assert set(SPEC_MARKERS) <= set(rs.markers)
    for rule in rs.markers.values():
        for lang in ("zh", "en"):
            assert set(rule.texts[lang]) == {"title", "explanation", "truth"}
            assert all(len(v) >= 6 for v in rule.texts[lang].values())


def _write(tmp_path, body: str):
    p = tmp_path / "extra.yaml"
    p.write_text(textwrap.dedent(body), encoding="utf-8")
    return p


GOOD_RULE = """
markers:
  custom.crypto_payment:
    severity: medium
    patterns: ['(?:usdt|比特币|虚拟货币){{gap}}{0,6}(?:还款|支付|转账)']
    title: {zh: 要求用虚拟货币还款, en: Asks for repayment in crypto}
    why: {zh: 正规机构不会要求用虚拟货币还款。, en: No real lender asks to be repaid in crypto.}
    truth: {zh: 只通过官方渠道还款。, en: Pay through official channels only.}
"""


def test_extra_file_adds_a_marker(tmp_path) -> None:
    insp = inspector.Inspector(rules=_write(tmp_path, GOOD_RULE))
    report = insp.inspect_text("请用USDT支付还款，今天处理")
    assert "custom.crypto_payment" in report.markers
    assert str(tmp_path / "extra.yaml") in report.to_dict()["versions"]["rules"]["files"]


def test_extra_file_extends_patterns(tmp_path) -> None:
    body = """
    markers:
      visit.home:
        patterns: ['去你老丈人家']
    """
    insp = inspector.Inspector(rules=_write(tmp_path, body))
    assert "visit.home" in insp.inspect_text("明天我们去你老丈人家聊聊").markers


@pytest.mark.parametrize(
    "body, words",
    [
        ("markers:\n  lawsuit.threat:\n    patern: ['x']\n", "rule 'lawsuit.threat': field 'patern': unknown field"),
        ("markers:\n  lawsuit.threat:\n    severity: high\n", "rule 'lawsuit.threat': field 'severity'"),
        ("markers:\n  x.y:\n    severity: urgent\n", "rule 'x.y': field 'severity': must be one of"),
        ("markers:\n  x.y:\n    severity: low\n    patterns: ['(']\n"
         "    title: {zh: 甲乙丙, en: abc}\n    why: {zh: 甲乙丙, en: abc}\n    truth: {zh: 甲乙丙, en: abc}\n",
         "rule 'x.y': field 'patterns': pattern '(' is not a valid regular expression"),
        ("markers:\n  x.y:\n    severity: low\n    patterns: ['a']\n    title: {zh: 甲}\n", "field 'title.en': missing"),
        ("markers:\n  x.y:\n    severity: low\n    patterns: ['{{nosuch}}']\n"
         "    title: {zh: 甲乙丙, en: abc}\n    why: {zh: 甲乙丙, en: abc}\n    truth: {zh: 甲乙丙, en: abc}\n",
         "unknown vocabulary name"),
        ("markers:\n  x.y:\n    severity: low\n    check: nosuch\n"
         "    title: {zh: 甲乙丙, en: abc}\n    why: {zh: 甲乙丙, en: abc}\n    truth: {zh: 甲乙丙, en: abc}\n",
         "field 'check': unknown built-in check"),
        ("markers:\n  BadId:\n    severity: low\n", "rule 'BadId': marker ids look like"),
        ("markers: [1, 2]\n", "field 'markers'"),
        ("params: {}\nmarkers: {}\n", "field 'params'"),
        ("markers:\n  a.b: [\n", "not valid YAML"),
        ("just a string\n", "must be a mapping"),
        ("markers:\n  lawsuit.threat:\n    patterns: ['a']\n    patterns: ['b']\n",
         "line 4: not valid YAML (the key 'patterns' is given twice"),
        ("markers:\n  x.y:\n    severity: low\n    patterns: ['a']\n    requires: ['b']\n    requires_or: [no.such]\n"
         "    title: {zh: 甲乙丙, en: abc}\n    why: {zh: 甲乙丙, en: abc}\n    truth: {zh: 甲乙丙, en: abc}\n",
         "rule 'x.y': field 'requires_or': 'no.such' is not a marker defined earlier"),
        ("markers:\n  x.y:\n    severity: low\n    patterns: ['a']\n    requires_or: [visit.home]\n"
         "    title: {zh: 甲乙丙, en: abc}\n    why: {zh: 甲乙丙, en: abc}\n    truth: {zh: 甲乙丙, en: abc}\n",
         "field 'requires_or': only widens 'requires'"),
        ("markers:\n  x.y:\n    severity: low\n    patterns: ['a']\n    requires: ['b']\n"
         "    requires_or_reading_below: 1.5\n"
         "    title: {zh: 甲乙丙, en: abc}\n    why: {zh: 甲乙丙, en: abc}\n    truth: {zh: 甲乙丙, en: abc}\n",
         "field 'requires_or_reading_below': must be a number between 0 and 1"),
        ("markers:\n  x.y:\n    severity: low\n    patterns: ['a']\n    requires: ['b']\n"
         "    requires_or_reading_below: 'low'\n"
         "    title: {zh: 甲乙丙, en: abc}\n    why: {zh: 甲乙丙, en: abc}\n    truth: {zh: 甲乙丙, en: abc}\n",
         "field 'requires_or_reading_below': must be a number"),
        ("markers:\n  x.y:\n    severity: low\n    patterns: ['a']\n    requires_or_reading_below: 0.2\n"
         "    title: {zh: 甲乙丙, en: abc}\n    why: {zh: 甲乙丙, en: abc}\n    truth: {zh: 甲乙丙, en: abc}\n",
         "field 'requires_or_reading_below': only widens 'requires'"),
    ],
    ids=["typo", "redefine", "severity", "regex", "missing-lang", "vocab", "check", "id", "not-mapping",
         "params", "yaml", "scalar", "duplicate-key", "requires-or-unknown", "requires-or-alone",
         "reading-below-range", "reading-below-type", "reading-below-alone"],
)
def test_bad_rule_files_name_file_rule_field(tmp_path, body: str, words: str) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(RuleFileError) as exc:
        RuleSet.load([path])
    assert str(path) in str(exc.value)
    assert words in str(exc.value)


def test_missing_rule_file(tmp_path) -> None:
    with pytest.raises(RuleFileError, match="cannot read"):
        RuleSet.load([tmp_path / "nope.yaml"])


@pytest.mark.parametrize(
    "pattern, table, text, matches",
    [
        ("律师函", {"师": "帅", "函": "画"}, "律帅画", True),
        ("律师函", {"师": "帅"}, "律归函", False),
        ("[逾]期", {"逾": "这"}, "这期", True),
        (r"\d+期", {"期": "朗"}, "12朗", True),
        ("a[^师]b", {"师": "帅"}, "a帅b", False),
    ],
)
def test_confusion_expansion(pattern, table, text, matches) -> None:
    import re

    assert bool(re.fullmatch(expand_confusions(pattern, table), text)) is matches
