"""The rules on tables of sentences: many paraphrases per marker, lawful messages that must stay silent.

The tables are tests/data/sentences.yaml (written independently of the rules),
sentences_extra.yaml (the rules' author's own paraphrases) and
sentences_retired_holdout1.yaml (a former held-out set, since tuned on) and
sentences_tuning3.yaml to sentences_tuning10.yaml (written by helpers who never read
the rules, then tuned on; v7 and v8 are mostly hard lawful text, v9 whole pages,
v10 pages and phone screens as OCR reads them, lines broken at the page's width, v11
many voices and registers, v12 short messages and chats, most of them lawful, v13
compliant collection, courts, lawyers and landlords).
bench/data/holdout2_sentences.yaml and holdout3_sentences.yaml are never used here:
they measure, in bench/quality.py, how the rules do on wording nobody tuned them on.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import inspector
from inspector.labels import load_sentences

DATA = Path(__file__).parent / "data"
TABLES = ("sentences.yaml", "sentences_extra.yaml", "sentences_retired_holdout1.yaml",
          "sentences_tuning3.yaml", "sentences_tuning4.yaml", "sentences_tuning5.yaml", "sentences_tuning6.yaml",
          "sentences_tuning7.yaml", "sentences_tuning8.yaml", "sentences_tuning9.yaml", "sentences_tuning10.yaml",
          "sentences_tuning11.yaml", "sentences_tuning12.yaml", "sentences_tuning13.yaml",
          "sentences_tuning14.yaml", "sentences_tuning15.yaml", "sentences_tuning16.yaml",
          "sentences_tuning17.yaml", "sentences_tuning18.yaml", "sentences_tuning19.yaml",
          "sentences_tuning20.yaml", "sentences_tuning21.yaml", "sentences_tuning22.yaml",
          "sentences_tuning23.yaml", "sentences_tuning24.yaml")
ITEMS = [item for name in TABLES for item in load_sentences(DATA / name)]

# Items the rules still get wrong, kept visible rather than dropped. strict=True:
# when a rule change fixes one, its test fails until it is taken off this list.
# The per-marker readings (inspector/reading.py) are trained on these tables, so an item they
# set right here may be remembered rather than understood: bench/reading_loto.py and the
# held-out sets measure what they do on unseen wording.
KNOWN_WRONG = {
    "sentences_tuning17[0]": "misses pressure.deadline",
    "sentences_tuning17[15]": "misses pressure.deadline",
    "sentences_tuning17[26]": "misses pressure.deadline",
    "sentences_tuning17[53]": "misses pressure.deadline",
    "sentences_tuning17[55]": "misses pressure.deadline",
    "sentences_tuning20[147]": "misses pressure.deadline",
    "sentences_tuning22[7]": "misses pressure.deadline",
    "sentences_tuning6[70]": "misses pressure.deadline",
    # What the rule rounds on the helper-written tuning tables (v3 to v6) still get wrong:
    # mostly fillers, pinyin, dialect and oblique wording the patterns do not reach.
    "sentences_tuning3[65]": "misses contact.virtual_number",
    "sentences_tuning4[0]": "misses penalty.inflated",
    "sentences_tuning4[3]": "misses text.spaced",
    "sentences_tuning4[45]": "misses blacklist.dishonest",
    "sentences_tuning4[53]": "wrongly fires persona.authority",
    "sentences_tuning4[63]": "misses asset.freeze",
    "sentences_tuning4[90]": "misses visit.home",
    "sentences_tuning4[95]": "misses visit.home",
    "sentences_tuning4[128]": "wrongly fires lawsuit.threat",
    "sentences_tuning4[148]": "wrongly fires lawsuit.threat",
    "sentences_tuning4[254]": "misses penalty.inflated",
    "sentences_tuning4[271]": "misses pressure.deadline",
    "sentences_tuning4[292]": "misses pressure.deadline",
    "sentences_tuning5[127]": "wrongly fires asset.freeze",
    "sentences_tuning5[136]": "wrongly fires pressure.deadline",
    "sentences_tuning5[141]": "misses lawsuit.threat",
    "sentences_tuning5[160]": "misses visit.home",
    "sentences_tuning5[168]": "misses contact.virtual_number",
    "sentences_tuning5[205]": "misses visit.home",
    "sentences_tuning5[243]": "misses pressure.deadline",
    "sentences_tuning5[257]": "misses borrow.new_loan",
    "sentences_tuning5[258]": "misses pressure.deadline",
    "sentences_tuning5[267]": "misses persona.authority",
    "sentences_tuning5[275]": "misses pressure.deadline",
    "sentences_tuning5[283]": "misses lawsuit.threat",
    "sentences_tuning5[285]": "misses lawsuit.threat",
    "sentences_tuning6[8]": "wrongly fires visit.home",
    "sentences_tuning6[26]": "misses contact.third_party",
    "sentences_tuning6[66]": "misses pressure.deadline",
    "sentences_tuning6[68]": "misses pressure.deadline",
    "sentences_tuning6[74]": "misses pressure.deadline",
    "sentences_tuning6[82]": "misses pressure.deadline",
    "sentences_tuning6[131]": "misses visit.home",
    "sentences_tuning6[140]": "misses visit.home",
    "sentences_tuning6[143]": "misses visit.home",
    "sentences_tuning6[159]": "wrongly fires pressure.deadline",
    "sentences_tuning6[173]": "misses asset.freeze",
    # v7 (lawful-heavy): a sale contract's own 20% penalty clause, a friend's new number on
    # a 170 range with no debt in sight, two oblique contact threats, and a deadline the
    # table does not count.
    "sentences_tuning7[112]": "wrongly fires contact.virtual_number",
    "sentences_tuning7[162]": "misses contact.third_party",
    "sentences_tuning7[165]": "misses contact.third_party",
    "sentences_tuning7[208]": "wrongly fires pressure.deadline",
    # v8 (official and semi-official lawful messages): a fake 执行局 text whose 执行 reads as
    # enforcement, a fake procuratorate's same-day call with no debt word, and a promise
    # with no money named.
    "sentences_tuning8[134]": "wrongly fires asset.freeze",
    "sentences_tuning8[170]": "misses promise.fee_waiver",
    # v9 (whole pages): spaced titles the table counts as the dodge, demands for the whole
    # balance the table does not count as termination, and threats phrased as plans.
    "sentences_tuning9[80]": "misses text.spaced; wrongly fires contract.termination",
    "sentences_tuning9[81]": "misses contract.termination",
    "sentences_tuning9[91]": "wrongly fires contract.termination",
    "sentences_tuning9[95]": "wrongly fires visit.home",
    "sentences_tuning9[103]": "wrongly fires contract.termination",
    "sentences_tuning9[109]": "misses pressure.deadline",
    # v10 (OCR of pages and screens): a spaced-out list of whom they will tell, a deadline
    # to "report to the case", a seizure of "its" (the debtor's) property, and a case number
    # with a placeholder letter on a paper type the court checks do not cover.
    "sentences_tuning10[31]": "misses asset.freeze",
    "sentences_tuning10[37]": "misses doc.case_number_invalid",
    # v11 (many voices): dialect, pinyin and oblique threats the patterns do not reach; a real
    # police summons and a guarantor's notice from a named department, which read like fakes.
    "sentences_tuning11[67]": "wrongly fires contact.virtual_number",
    "sentences_tuning11[122]": "wrongly fires lawsuit.threat",
    "sentences_tuning11[166]": "misses contact.third_party, lawsuit.threat, pressure.deadline",
    "sentences_tuning11[168]": "misses contact.third_party",
    "sentences_tuning11[213]": "misses pressure.deadline, promise.fee_waiver",
    "sentences_tuning11[218]": "misses contact.third_party",
    # v12 (short messages): a lawyer's own client notice, a company's legal department,
    # a labour-arbitration clerk's chat, and collectors' threats phrased as questions.
    "sentences_tuning12[236]": "wrongly fires doc.case_number_invalid",
    "sentences_tuning12[245]": "wrongly fires asset.freeze",
    "sentences_tuning12[261]": "wrongly fires contract.termination",
    "sentences_tuning12[262]": "wrongly fires visit.home",
    "sentences_tuning12[287]": "misses pressure.deadline",
    "sentences_tuning12[297]": "misses contact.third_party",
    # v13 (compliant collection, courts, lawyers, landlords): lawful field visits, calm
    # lawsuits and preservation, written fee reductions and lease terminations that share
    # their words with threats; and threats the patterns do not reach.
    "sentences_tuning13[9]": "misses borrow.new_loan",
    "sentences_tuning13[22]": "misses pressure.deadline",
    "sentences_tuning13[78]": "misses doc.case_number_invalid",
    "sentences_tuning13[136]": "misses promise.fee_waiver",
    "sentences_tuning13[162]": "misses family.children",
    # v14 (2026-11-29, lawful-heavy: agencies, courts, arbitration, HR, schools, forums): what the
    # round on it left. First run: P 0.72 R 0.87, lawful 195/230.
    "sentences_tuning14[232]": "wrongly fires pressure.deadline",
    "sentences_tuning14[250]": "wrongly fires contact.third_party",
    "sentences_tuning14[252]": "misses penalty.inflated",
    "sentences_tuning14[253]": "misses contract.termination",
    "sentences_tuning14[264]": "misses pressure.deadline",
    "sentences_tuning14[287]": "misses asset.freeze",
    "sentences_tuning14[292]": "misses contract.termination, lawsuit.threat",
    "sentences_tuning14[294]": "misses contact.third_party",
    "sentences_tuning14[302]": "misses pressure.deadline",
    # v15 (2026-11-29, lawful-heavy: group chats, official accounts, lawyers' videos, government SMS,
    # HR, schools, insurance, e-commerce): what the round on it left. First run: P 0.66 R 0.91, lawful 164/190.
    "sentences_tuning15[25]": "wrongly fires pressure.deadline",
    "sentences_tuning15[109]": "wrongly fires contract.termination",
    "sentences_tuning15[184]": "wrongly fires lawsuit.threat",
    "sentences_tuning15[199]": "misses contact.third_party",
    # v16 (2026-11-29, lawful-heavy: speech-to-text calls, court papers, Hong Kong and Taiwan texts,
    # bilingual, OCR noise, mediation, HR, community): what the round on it left. First run: P 0.71 R 0.87, lawful 175/200.
    "sentences_tuning16[202]": "misses family.children",
    "sentences_tuning16[237]": "misses visit.home",
    "sentences_tuning16[243]": "wrongly fires lawsuit.threat",
    "sentences_tuning16[256]": "misses penalty.inflated; wrongly fires promise.fee_waiver",
    "sentences_tuning16[258]": "misses lawsuit.threat",
    # v17 (2026-11-29: deadlines and third parties both ways): what the round on it left.
    # First run: P 0.85 R 0.63, lawful 130/140.
    "sentences_tuning17[14]": "misses pressure.deadline",
    "sentences_tuning17[30]": "wrongly fires contract.termination",
    "sentences_tuning17[37]": "wrongly fires persona.authority",
    "sentences_tuning17[41]": "misses pressure.deadline",
    "sentences_tuning17[43]": "misses pressure.deadline",
    "sentences_tuning17[59]": "misses pressure.deadline",
    "sentences_tuning17[61]": "misses pressure.deadline",
    "sentences_tuning17[69]": "wrongly fires visit.home",
    "sentences_tuning17[87]": "wrongly fires visit.home",
    "sentences_tuning17[96]": "wrongly fires visit.home",
    "sentences_tuning17[101]": "misses contact.third_party",
    "sentences_tuning17[104]": "misses contact.third_party",
    "sentences_tuning17[105]": "misses contact.third_party",
    "sentences_tuning17[115]": "misses contact.third_party",
    "sentences_tuning17[144]": "wrongly fires doc.case_number_invalid",
    "sentences_tuning17[190]": "wrongly fires pressure.deadline",
    "sentences_tuning17[220]": "wrongly fires contact.third_party, pressure.deadline",
    "sentences_tuning17[221]": "wrongly fires contact.third_party",
    "sentences_tuning17[229]": "wrongly fires contact.third_party",  # 王总 as an addressee is no longer a business cue: a collector may say it too
    # v18 (institutions' own communications; first run P 0.74 R 0.92, lawful 174/200) and v19 (people
    # talking about debts; first run P 0.72 R 0.88, lawful 178/200): what the round on them left.
    "sentences_tuning18[61]": "wrongly fires penalty.inflated",
    "sentences_tuning18[217]": "misses pressure.deadline",
    "sentences_tuning18[220]": "misses pressure.deadline",
    "sentences_tuning18[223]": "wrongly fires contract.termination",
    "sentences_tuning18[228]": "wrongly fires contract.termination",
    "sentences_tuning18[233]": "misses asset.freeze",
    "sentences_tuning18[234]": "wrongly fires lawsuit.threat",
    "sentences_tuning18[237]": "misses blacklist.online_loan",
    "sentences_tuning18[239]": "wrongly fires lawsuit.threat",
    "sentences_tuning19[204]": "misses visit.home",
    "sentences_tuning19[210]": "wrongly fires pressure.deadline",
    "sentences_tuning19[211]": "misses visit.home",
    "sentences_tuning19[225]": "misses promise.fee_waiver",
    "sentences_tuning19[227]": "misses lawsuit.threat; wrongly fires contact.third_party",
    "sentences_tuning19[231]": "wrongly fires pressure.deadline",
    "sentences_tuning19[238]": "wrongly fires contact.third_party",
    # v20 (hard positives: threats in lawful dress; first run P 0.99 R 0.64, lawful controls 28/30):
    # what the round on it left, mostly deadlines, third parties and visits in unforeseen wording.
    "sentences_tuning20[15]": "misses text.spaced",
    "sentences_tuning20[17]": "misses blacklist.dishonest",
    "sentences_tuning20[18]": "misses contact.third_party",
    "sentences_tuning20[19]": "misses asset.freeze",
    "sentences_tuning20[31]": "misses blacklist.dishonest, family.children",
    "sentences_tuning20[36]": "misses visit.home",
    "sentences_tuning20[41]": "misses text.spaced",
    "sentences_tuning20[44]": "misses pressure.deadline",
    "sentences_tuning20[46]": "misses visit.home",
    "sentences_tuning20[53]": "misses pressure.deadline",
    "sentences_tuning20[54]": "misses pressure.deadline",
    "sentences_tuning20[59]": "misses blacklist.online_loan",
    "sentences_tuning20[61]": "misses pressure.deadline",
    "sentences_tuning20[63]": "misses blacklist.dishonest, pressure.deadline",
    "sentences_tuning20[66]": "misses penalty.inflated",
    "sentences_tuning20[67]": "misses visit.home",
    "sentences_tuning20[69]": "misses pressure.deadline, promise.fee_waiver",
    "sentences_tuning20[79]": "misses text.spaced",
    "sentences_tuning20[83]": "misses borrow.new_loan, pressure.deadline",
    "sentences_tuning20[85]": "misses contact.third_party",
    "sentences_tuning20[90]": "misses asset.freeze, pressure.deadline",
    "sentences_tuning20[96]": "misses contact.third_party",
    "sentences_tuning20[102]": "misses pressure.deadline",
    "sentences_tuning20[121]": "misses blacklist.dishonest",
    "sentences_tuning20[122]": "misses lawsuit.threat, pressure.deadline, text.spaced",
    "sentences_tuning20[123]": "misses blacklist.dishonest, family.children",
    "sentences_tuning20[127]": "misses contact.third_party",
    "sentences_tuning20[130]": "misses promise.fee_waiver",
    "sentences_tuning20[133]": "misses penalty.inflated",
    "sentences_tuning20[135]": "misses pressure.deadline",
    "sentences_tuning20[142]": "misses pressure.deadline",
    "sentences_tuning20[143]": "misses asset.freeze",
    "sentences_tuning20[146]": "misses pressure.deadline",
    "sentences_tuning20[157]": "misses pressure.deadline",
    "sentences_tuning20[158]": "misses pressure.deadline",
    "sentences_tuning20[160]": "misses lawsuit.threat, pressure.deadline",
    "sentences_tuning20[161]": "misses pressure.deadline",
    "sentences_tuning20[165]": "misses contract.termination",
    "sentences_tuning20[168]": "misses penalty.inflated",
    "sentences_tuning20[169]": "misses penalty.inflated, pressure.deadline",
    # v21 (lawful mix of SMS, pushes, e-mails, chats, calls, notes, minutes; first run P 0.66 R 0.94,
    # lawful 173/200): what the round on it left.
    "sentences_tuning21[41]": "wrongly fires doc.case_number_invalid, persona.authority",
    "sentences_tuning21[148]": "wrongly fires penalty.inflated",
    "sentences_tuning21[227]": "wrongly fires visit.home",
    "sentences_tuning21[237]": "misses pressure.deadline, promise.fee_waiver",
    # Tuning table v22 (collection tactics in unforeseen wording): what one round of
    # widening did not reach (first run recall 0.65, after the round 0.75).
    "sentences_tuning22[5]": "misses pressure.deadline",
    "sentences_tuning22[10]": "misses pressure.deadline",
    "sentences_tuning22[12]": "misses pressure.deadline",
    "sentences_tuning22[36]": "misses visit.home",
    "sentences_tuning22[44]": "misses visit.home",
    "sentences_tuning22[46]": "misses visit.home",
    "sentences_tuning22[49]": "misses contact.third_party, visit.home",
    "sentences_tuning22[60]": "misses lawsuit.threat",
    "sentences_tuning22[63]": "misses lawsuit.threat",
    "sentences_tuning22[65]": "misses lawsuit.threat, pressure.deadline",
    "sentences_tuning22[80]": "misses pressure.deadline",
    "sentences_tuning22[81]": "misses promise.fee_waiver",
    "sentences_tuning22[87]": "misses pressure.deadline, promise.fee_waiver",
    "sentences_tuning22[124]": "misses penalty.inflated",
    "sentences_tuning22[125]": "misses penalty.inflated",
    "sentences_tuning22[128]": "misses pressure.deadline",
    "sentences_tuning22[133]": "misses contact.third_party, sms.impersonation",
    "sentences_tuning22[134]": "misses lawsuit.threat",
    "sentences_tuning22[139]": "misses blacklist.dishonest",
    "sentences_tuning22[140]": "misses lawsuit.threat",
    "sentences_tuning22[143]": "misses contact.third_party, lawsuit.threat",
    "sentences_tuning22[153]": "misses promise.fee_waiver",
    "sentences_tuning22[157]": "misses contact.virtual_number, pressure.deadline",
    "sentences_tuning22[171]": "misses lawsuit.threat",
    "sentences_tuning22[174]": "misses visit.home",
    "sentences_tuning22[178]": "misses contact.third_party, pressure.deadline",
    "sentences_tuning22[181]": "misses pressure.deadline",
    "sentences_tuning22[190]": "misses visit.home",
    "sentences_tuning22[191]": "misses pressure.deadline",
    "sentences_tuning22[193]": "misses contact.third_party",
    "sentences_tuning22[194]": "misses visit.home",
    "sentences_tuning22[195]": "misses persona.authority",
    "sentences_tuning22[198]": "misses penalty.inflated",
    "sentences_tuning17[47]": "misses pressure.deadline",
    "sentences_tuning20[167]": "misses contact.third_party",
    "sentences_tuning20[99]": "misses contact.third_party",
    "sentences_tuning22[173]": "misses persona.authority",
    "sentences_tuning22[2]": "misses pressure.deadline",
    "sentences_tuning22[34]": "misses contact.third_party",
    "sentences_tuning22[4]": "misses pressure.deadline",
    "sentences_tuning23[105]": "wrongly fires pressure.deadline",
    "sentences_tuning23[106]": "wrongly fires pressure.deadline",
    "sentences_tuning23[141]": "wrongly fires visit.home",
    "sentences_tuning23[19]": "wrongly fires visit.home",
    "sentences_tuning23[226]": "misses asset.freeze",
    "sentences_tuning23[229]": "misses promise.fee_waiver; wrongly fires contract.termination",
    "sentences_tuning23[238]": "wrongly fires contact.third_party",
    "sentences_tuning23[37]": "wrongly fires visit.home",
    "sentences_tuning23[40]": "wrongly fires lawsuit.threat",
    "sentences_tuning23[45]": "wrongly fires visit.home",
    "sentences_tuning23[51]": "wrongly fires visit.home",
    "sentences_tuning23[96]": "wrongly fires visit.home",
    "sentences_tuning6[6]": "misses contact.third_party",
    "sentences_tuning9[106]": "misses contact.third_party",
    "sentences_tuning20[111]": "misses pressure.deadline",
    "sentences_tuning22[26]": "misses contact.third_party, pressure.deadline",
    "sentences_tuning23[160]": "wrongly fires contact.third_party",
    "sentences_tuning23[38]": "wrongly fires visit.home",
    "sentences_tuning23[43]": "wrongly fires visit.home",
    "sentences_tuning24[111]": "misses pressure.deadline",
    "sentences_tuning24[117]": "misses pressure.deadline",
    "sentences_tuning24[127]": "misses pressure.deadline",
    "sentences_tuning24[137]": "misses pressure.deadline",
    "sentences_tuning24[151]": "misses visit.home",
    "sentences_tuning24[154]": "misses contact.third_party",
    "sentences_tuning24[163]": "misses promise.fee_waiver",
    "sentences_tuning24[166]": "misses persona.authority",
    "sentences_tuning24[180]": "misses lawsuit.threat",
    "sentences_tuning24[198]": "misses pressure.deadline",
    "sentences_tuning24[19]": "misses persona.authority",
    "sentences_tuning24[206]": "misses contact.third_party",
    "sentences_tuning24[224]": "misses blacklist.dishonest",
    "sentences_tuning24[245]": "misses blacklist.dishonest",
    "sentences_tuning24[255]": "misses promise.fee_waiver",
    "sentences_tuning24[258]": "misses visit.home",
    "sentences_tuning24[2]": "misses pressure.deadline",
    "sentences_tuning24[33]": "misses pressure.deadline",
    "sentences_tuning24[36]": "misses contract.termination",
    "sentences_tuning24[38]": "misses contact.third_party",
    "sentences_tuning24[39]": "misses contact.third_party",
    "sentences_tuning24[41]": "misses pressure.deadline",
    "sentences_tuning24[43]": "misses penalty.inflated",
    "sentences_tuning24[4]": "misses contact.third_party",
    "sentences_tuning24[55]": "wrongly fires text.spaced",
    "sentences_tuning24[66]": "misses blacklist.dishonest",
    "sentences_tuning24[6]": "misses lawsuit.threat",
    "sentences_tuning24[79]": "misses contact.third_party",
    "sentences_tuning24[81]": "misses visit.home",
    "sentences_tuning24[88]": "misses lawsuit.threat, sms.impersonation",
    "sentences_tuning24[97]": "misses penalty.inflated",
    "sentences_tuning24[99]": "misses lawsuit.threat",
}


def _param(item):
    marks = [pytest.mark.xfail(reason=KNOWN_WRONG[item.name], strict=True)] if item.name in KNOWN_WRONG else []
    return pytest.param(item, marks=marks, id=f"{item.name}:{item.text[:18]}")


@pytest.fixture(scope="module")
def text_inspector():
    return inspector.Inspector()


@pytest.mark.parametrize("item", [_param(i) for i in ITEMS])
def test_sentence(item, text_inspector) -> None:
    report = text_inspector.inspect_text(item.text, sender=item.sender)
    fired = set(report.markers)
    missing = item.expect - fired
    wrong = fired & item.forbidden(text_inspector.rules.markers)
    assert not missing and not wrong, f"missing {sorted(missing)}, wrongly fired {sorted(wrong)} ({item.raw.get('note')})"
    if item.lawful:
        assert report.verdict == "no_markers"
