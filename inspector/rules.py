"""The rule set: loaded from YAML, validated, evaluated against what was seen.

A marker rule is either a set of patterns over the normalised text (with
``unless`` patterns for lawful wording around a match) or a named built-in
check (seals, case numbers, senders, metadata, spacing), whose parameters
also live in the YAML. Every rule carries its explanation in Chinese and
English. See ``rules/markers.yaml`` for the format.
"""
from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable

import yaml

from .context import LawfulReading
from .context import load as load_lawful_reading
from .reading import MarkerReadings, Run
from .reading import load as load_marker_reading
from .errors import RuleFileError
from .model import DOC_TYPES, SEVERITIES, Evidence, Finding, Seal
from .seals import classify_issuer
from .text import TextDoc, fold_in_place, is_cjk, is_gap_char, spaced_runs_in_text

LANGS = ("zh", "en")
_ID = re.compile(r"^[a-z][a-z_]*\.[a-z][a-z_]*$")
_MACRO = re.compile(r"\{\{([a-z_]+)\}\}")
_MARKER_FIELDS = {"severity", "patterns", "together", "unless", "unless_doc", "context", "requires", "requires_or",
                  "requires_or_reading_below", "reading", "check", "title",
                  "why", "truth",
                  "sources",
                  "exempt", "applies_to", "group"}
_EXTEND_FIELDS = {"patterns", "together", "unless", "unless_doc", "context", "requires"}
# ``together`` groups: every part must occur in one clause, within this many characters.
TOGETHER_WINDOW = 28
_CLAUSE_END = re.compile(r"[。！？!?；;\n]")
# How far around a match ``unless`` patterns look (characters before, after),
# within the sentence: near enough to catch "不会…起诉", far enough not to let
# a denial in one clause silence a threat in the next.
UNLESS_WINDOW = (12, 12)
_TOP_FIELDS = {"version", "vocab", "ocr_confusions", "markers", "doc_types", "params", "verdict"}
# Lawful contexts a marker can be exempt from (``exempt:``); decided in ``api._exemptions``.
EXEMPTIONS = {"verified_court_paper", "official_sender", "restrained_voice", "business_addressee",
              "not_a_loan", "borrower_voice", "reads_lawful"}


class _UniqueKeyLoader(yaml.SafeLoader):
    """YAML's safe loader, refusing a key given twice in one mapping.

    Plain YAML keeps the last of two ``exempt:`` lines and drops the first
    without a word; in a rule file that silently loses half a rule.
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key {key!r} is given twice in one mapping", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


@dataclass(frozen=True)
class MarkerRule:
    id: str
    severity: str
    texts: dict[str, dict[str, str]]
    patterns: tuple[re.Pattern[str], ...] = ()
    together: tuple[tuple[re.Pattern[str], ...], ...] = ()
    unless: tuple[re.Pattern[str], ...] = ()
    context: tuple[re.Pattern[str], ...] = ()
    requires: tuple[re.Pattern[str], ...] = ()
    # ``requires`` is met as well when one of these markers (earlier in the file) fired on the text.
    requires_or: frozenset[str] = frozenset()
    # ...and when the learned lawful reading of the text (``inspector.context``) is below this:
    # a text that plainly reads as collection needs no debt word to say so.
    requires_or_reading_below: float | None = None
    unless_doc: tuple[re.Pattern[str], ...] = ()
    # The learned reading (``inspector.reading``) at which the marker fires where no pattern did.
    reading: float | None = None
    check: str | None = None
    sources: tuple[str, ...] = ()
    exempt: frozenset[str] = frozenset()
    applies_to: frozenset[str] = frozenset()
    group: str = "tactic"


@dataclass
class Context:
    """What the rules look at: computed once per picture, shared by every rule."""

    doc: TextDoc
    doc_type: str
    seals: list[Seal] = field(default_factory=list)
    source_kind: str = "scan"
    sender: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    spaced: list[Evidence] = field(default_factory=list)
    title_box: Any = None
    title_text: str | None = None
    exemptions: set[str] = field(default_factory=set)
    # P(lawful) by the learned model, and the n-grams that pulled towards it (None: no model).
    lawful_reading: float | None = None
    lawful_cues: tuple[str, ...] = ()
    # Runs of sentences as each marker's reading sees them (``inspector.reading``), read once.
    runs: list[Run] | None = None


# A hit: the evidence, and what exactly matched or did not, in each language ({} for patterns).
Hit = tuple[list[Evidence], dict[str, str]]


def _d(zh: str, en: str) -> dict[str, str]:
    return {"zh": zh, "en": en}


class RuleSet:
    """A validated rule set, ready to evaluate. Build with ``RuleSet.load``."""

    def __init__(self, data: dict[str, Any], sources: list[str], digest: str) -> None:
        self.sources = sources
        self.digest = digest
        self.version = str(data.get("version", "0"))
        self.markers: dict[str, MarkerRule] = data["_markers"]
        self.doc_types: dict[str, dict[str, list[re.Pattern[str]]]] = data["_doc_types"]
        self.params: dict[str, Any] = data.get("params", {})
        self.verdict_cfg: dict[str, Any] = data.get("verdict", {})
        self._params_re: dict[str, re.Pattern[str]] = data["_params_re"]
        # The learned second opinion (``inspector.context``) and the probability at which
        # its reading of a text as lawful silences the markers exempt from ``reads_lawful``.
        self.lawful_reading: LawfulReading | None = data.get("_lawful_reading")
        self.lawful_threshold: float = float(self.params.get("lawful_reading_threshold", 1.0))
        self.lawful_strict_types: frozenset[str] = frozenset(self.params.get("lawful_reading_strict_types", []))
        self.lawful_strict_threshold: float = float(self.params.get("lawful_reading_strict_threshold",
                                                                    self.lawful_threshold))
        # Per-marker readings: a second path to a finding, for texts the lawful reading
        # puts below ``marker_reading_max_lawful``.
        self.marker_reading: MarkerReadings | None = data.get("_marker_reading")
        self.reading_max_lawful: float = float(self.params.get("marker_reading_max_lawful", 0.0))
        self.forgery_markers: frozenset[str] = frozenset(self.verdict_cfg.get("forgery_markers", []))

    # ------------------------------------------------------------------ load
    @classmethod
    def load(cls, extra: Iterable[str | Path] = ()) -> "RuleSet":
        """The shipped rules, extended by each file in ``extra``.

        An extra file may add new markers (fully specified) and add
        ``patterns``/``unless`` to shipped ones; it may not change a shipped
        marker's explanation or severity.
        """
        base_text = resources.files("inspector").joinpath("rules/markers.yaml").read_text(encoding="utf-8")
        docs: list[tuple[str, str]] = [("inspector/rules/markers.yaml", base_text)]
        for p in extra:
            path = Path(p)
            try:
                docs.append((str(path), path.read_text(encoding="utf-8")))
            except OSError as exc:
                raise RuleFileError(f"{path}: cannot read the rule file ({exc.strerror or exc}).") from None
            except UnicodeDecodeError:
                raise RuleFileError(f"{path}: the rule file is not UTF-8 text.") from None
        digest = hashlib.sha256("\0".join(t for _, t in docs).encode()).hexdigest()[:12]
        merged: dict[str, Any] = {}
        for i, (name, text) in enumerate(docs):
            try:
                data = yaml.load(text, Loader=_UniqueKeyLoader)
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                where = f" line {mark.line + 1}" if mark else ""
                raise RuleFileError(f"{name}:{where}: not valid YAML ({getattr(exc, 'problem', exc)}).") from None
            _merge(merged, data, name, base=(i == 0))
        _compile(merged, docs[0][0])
        model_name = merged.get("params", {}).get("lawful_reading_model")
        if model_name is not None:
            if not isinstance(model_name, str) or not model_name:
                raise _err(docs[0][0], None, "params", "lawful_reading_model must name a file in inspector/rules.")
            for key in ("lawful_reading_threshold", "lawful_reading_strict_threshold"):
                # The strict threshold defaults to the plain one, as in RuleSet.__init__.
                threshold = merged["params"].get(key, merged["params"].get("lawful_reading_threshold"))
                _check_param_probability(key, threshold, docs[0][0])
            strict = merged["params"].get("lawful_reading_strict_types", [])
            if not isinstance(strict, list) or set(strict) - set(DOC_TYPES):
                raise _err(docs[0][0], None, "params",
                           f"lawful_reading_strict_types must list document types ({', '.join(DOC_TYPES)}).")
            merged["_lawful_reading"] = model = load_lawful_reading(model_name)
            # The model is part of the rule set: the digest changes when it is retrained.
            digest = hashlib.sha256(f"{digest}\0{model.to_json()}".encode()).hexdigest()[:12]
            docs.append((model.source, ""))
        digest = _load_marker_reading(merged, docs, digest)
        return cls(merged, [n for n, _ in docs], digest)

    # -------------------------------------------------------------- evaluate
    def evaluate(self, ctx: Context, lang: str = "zh") -> list[Finding]:
        """Every marker that fires on ``ctx``, as explained findings, in rule order."""
        findings: list[Finding] = []
        contract = self.is_contract(ctx.doc)
        personal = self.is_personal_chat(ctx.doc)
        for rule in self.markers.values():
            if rule.applies_to and ctx.doc_type not in rule.applies_to:
                continue
            if (contract or personal) and rule.group == "tactic":
                # A contract's own clauses on penalties and acceleration are its terms, not
                # threats; family and friends talking it over are not collectors.
                continue
            if rule.exempt & ctx.exemptions:
                continue
            # Text-wide conditions hold for built-in checks and patterns alike.
            if (rule.requires and not any(r.search(ctx.doc.norm) for r in rule.requires)
                    and not any(f.marker in rule.requires_or for f in findings)
                    and not (rule.requires_or_reading_below is not None and ctx.lawful_reading is not None
                             and ctx.lawful_reading < rule.requires_or_reading_below)):
                continue
            if any(u.search(ctx.doc.norm) for u in rule.unless_doc):
                continue
            hits = BUILTINS[rule.check](self, ctx) if rule.check else []
            if rule.patterns or rule.together:
                hits += self._match_patterns(rule, ctx.doc)
            if not hits and rule.reading is not None:
                hits = self._read(rule, ctx)
            if not hits:
                continue
            evidence: list[Evidence] = []
            details: dict[str, list[str]] = {lg: [] for lg in LANGS}
            for ev, detail in hits:
                evidence.extend(ev)
                for lg, text in detail.items():
                    if text not in details[lg]:
                        details[lg].append(text)
            texts = {lg: dict(rule.texts[lg], detail=("；" if lg == "zh" else "; ").join(details[lg])) for lg in LANGS}
            t = texts.get(lang) or texts["zh"]
            findings.append(Finding(
                marker=rule.id, severity=rule.severity, title=t["title"], explanation=t["explanation"],
                truth=t["truth"], evidence=tuple(_dedupe(evidence)), texts=texts,
                sources=rule.sources, detail=t["detail"],
            ))
        return findings

    def _match_patterns(self, rule: MarkerRule, doc: TextDoc) -> list[Hit]:
        commentary = self._params_re.get("commentary_re") if rule.group == "tactic" else None
        spans: list[tuple[int, int]] = []
        for pat in rule.patterns:
            spans.extend(m.span() for m in pat.finditer(doc.norm))
        if rule.together:
            spans.extend(_together_spans(rule.together, doc.norm))
        hits: list[Hit] = []
        taken: list[tuple[int, int]] = []
        for a, b in spans:
            if a == b or any(a < y and x < b for x, y in taken):
                continue
            sa, sb = doc.sentence_around(a, b)
            near = doc.norm[max(sa, a - UNLESS_WINDOW[0]):min(sb, b + UNLESS_WINDOW[1])]
            if any(u.search(near) for u in rule.unless):
                continue
            if rule.context and not any(c.search(doc.norm[sa:sb]) for c in rule.context):
                continue
            if commentary is not None and (
                    (commentary.search(doc.norm[sa:sb])
                     or (not self._direct_threat(doc, a, b, sa, sb) and _is_commentary(commentary, doc, sa, sb)))
                    or self._reported_speech(doc, a, b, sa, sb)):
                continue
            if self._in_negated_list(doc.norm, a):
                continue
            if commentary is not None and self._in_reader_turn(doc.norm, a):
                continue
            taken.append((a, b))
            boxes = doc.boxes_of(a, b) or [None]
            msg = doc.message_at(a)
            raw = doc.raw_text(a, b).replace("\n", "")
            hits.append(([Evidence(text=raw, box=bx, source="text", message=msg) for bx in boxes], {}))
        return hits

    def _read(self, rule: MarkerRule, ctx: Context) -> list[Hit]:
        """The marker's learned reading: the shortest run of sentences that reads as the tactic."""
        if (self.marker_reading is None or ctx.lawful_reading is None
                or ctx.lawful_reading >= self.reading_max_lawful):
            return []
        if ctx.runs is None:
            ctx.runs = self.marker_reading.runs(ctx.doc.norm, ctx.doc.message_at, sender_kind(ctx.sender, self),
                                                digits_of(ctx.sender or ""))
        commentary = self._params_re.get("commentary_re")
        disclaims = self._params_re.get("reading_unless_re")
        doc = ctx.doc
        for run in sorted(ctx.runs, key=lambda r: (r.sentences, -r.probs.get(rule.id, 0.0))):
            p = run.probs.get(rule.id, 0.0)
            if p < rule.reading:
                continue
            text = doc.norm[run.start:run.end]
            if any(u.search(text) for u in rule.unless) or (disclaims is not None and disclaims.search(text)):
                continue
            if commentary is not None and (commentary.search(text) or _is_commentary(commentary, doc, run.start, run.end)
                                           or self._in_reader_turn(doc.norm, run.start)):
                continue
            boxes = doc.boxes_of(run.start, run.end) or [None]
            msg = doc.message_at(run.start)
            raw = doc.raw_text(run.start, run.end).replace("\n", "")
            detail = {"zh": f"整句读来是这一手法（判读 {p:.2f}），虽未对上固定说法",
                      "en": f"the wording reads as this tactic (reading {p:.2f}), though it matches no set phrase"}
            return [([Evidence(text=raw, box=bx, source="text", message=msg) for bx in boxes], detail)]
        return []

    def _direct_threat(self, doc: TextDoc, a: int, b: int, sa: int, sb: int) -> bool:
        """Is the sentence at ``norm[sa:sb]`` a threat made to the reader, not quoted?

        A warning's or an explainer's cue in the sentence before, or at the head
        of a short text, makes a threat there commentary ("提醒大家：……"). A
        collector can open with the same words and then turn on the reader
        ("至于你，今晚8点前不还，直接……"): a sentence that speaks to "你" with a
        time close at hand or a step already taken (``direct_threat_re``), and
        is not inside quotation marks, stays a threat. A cue in the sentence
        itself still counts.
        """
        pattern = self._params_re.get("direct_threat_re")
        if pattern is None or _enclosing_quote(doc.norm, a, b, sa, sb) is not None:
            return False
        # A leaflet or an article gives itself away by several different cues: then even a
        # line that reads as a threat (its quotation marks lost to OCR) is one it quotes.
        if _reads_as_article(self._params_re["commentary_re"], doc.norm):
            return False
        # Quoted words are someone else's: only what stands outside the quotes speaks to the
        # reader. A quotation cut by the sentence's end (“…。” as OCR and leaflets set it, or a
        # line break inside it) counts from its opening mark on, or up to its closing one.
        outside = _QUOTED.sub("", doc.norm[sa:sb])
        outside = _OPEN_TO_END.sub("", _START_TO_CLOSE.sub("", outside))
        return bool(pattern.search(outside))

    def _reported_speech(self, doc: TextDoc, a: int, b: int, sa: int, sb: int) -> bool:
        """Does ``norm[a:b]`` lie in quotation marks that someone else's words are reported in?

        Warnings and stories quote the threat they are about: 催收说“今晚冻结你的卡”，
        不用当真; 片中出现“上门”“爆通讯录”等情节. Quoted words count as reported
        when the sentence names who said them before the quote
        (``reported_by_re``), or judges or labels them right after it
        (``reported_then_re``). A collector's own quotation marks (你这是
        “恶意逃债”) have neither.
        """
        quote = _enclosing_quote(doc.norm, a, b, sa, sb)
        if quote is None:
            return False
        qa, qb = quote
        # Quotes in a row (“代办停息挂账”“内部渠道减免”) share what stands before the first.
        before = _QUOTED_TAIL.sub("", doc.norm[max(sa, qa - 3 * REPORT_WINDOW):qa])[-REPORT_WINDOW:]
        after = _QUOTED_RUN.sub("", doc.norm[qb:sb])[:REPORT_WINDOW]
        by, then = self._params_re.get("reported_by_re"), self._params_re.get("reported_then_re")
        return bool((by is not None and by.search(before)) or (then is not None and then.match(after)))

    def _in_negated_list(self, norm: str, a: int) -> bool:
        """Is ``norm[a]`` an item of a list a denial opens ("我们不会：1.联系您的通讯录；2.…")?

        The list runs on over line breaks and semicolons up to the sentence's end.
        """
        pattern = self._params_re.get("negated_list_re")
        if pattern is None:
            return False
        before = norm[max(0, a - _LIST_REACH):a]
        opener = None
        for opener in pattern.finditer(before):
            pass
        return opener is not None and not any(c in _LIST_END for c in before[opener.end():])

    def _in_reader_turn(self, norm: str, a: int) -> bool:
        """Is ``norm[a]`` in a turn spoken by the reader's side of a conversation?

        In a chat or a transcript written out with speakers' labels, what the
        borrower says ("用户：逾期会被起诉吗？", "我：你们会不会打给我家人？") is
        a worry or a question, not a collector's tactic. A turn runs from its
        label (``turn_label_re``) to the next; it is the reader's when the
        label is one of ``reader_label_re``. Only speech counts as a turn: a
        form's field ("借款人：王某", "客户：宁晓  合同编号：…") is not one, and
        the text must hold turns of two different speakers.
        """
        labels, reader = self._params_re.get("turn_label_re"), self._params_re.get("reader_label_re")
        if labels is None or reader is None:
            return False
        last = None
        for end, speaker in _speech_turns(labels, norm):
            if end > a:
                break
            last = speaker
        return last is not None and bool(reader.fullmatch(last))

    def is_personal_chat(self, doc: TextDoc) -> bool:
        """Is the text a conversation among family, friends and people one deals with?

        Written out with a speaker's label on each turn ("妈：…", "房东：…",
        "我：…"): when every label names such a person (``personal_speaker_re``)
        and one of them is not the reader ("我"). One unknown label (客服,
        王经理, 律师) and the text is judged like any other.
        """
        labels_re = self._params_re.get("speaker_label_re")
        personal = self._params_re.get("personal_speaker_re")
        if labels_re is None or personal is None:
            return False
        labels = [m.group(1) for m in labels_re.finditer(doc.norm)]
        return (bool(labels) and any(label != "我" for label in labels)
                and all(personal.fullmatch(label) for label in labels))

    def is_restrained(self, doc: TextDoc) -> bool:
        """Does the sender bind itself not to use the tactics (``restraint_re``)?

        A lender, agency or landlord that writes "we will not visit or call your
        family", "this message is no court's", "the court's own papers decide", or
        "never pay anyone's personal account" is using the lawful form of the
        steps it names. Collectors who intimidate seldom disclaim intimidation,
        and when they do they take it back (tuning table v20 has such texts). A promise
        made on a condition ("只要今天还，就不会通知你单位") or taken back in the
        same sentence ("不会上门，但…") is a threat, not restraint
        (``restraint_void_re``). A text that threatens hard elsewhere ("我们不会
        上门，直接起诉你") is not restrained either; ``api._exemptions`` decides
        that once for all the lawful contexts (``hard_threat_re``).
        """
        pattern = self._params_re.get("restraint_re")
        void = self._params_re.get("restraint_void_re")
        if pattern is None:
            return False
        for m in pattern.finditer(doc.norm):
            sa, sb = doc.sentence_around(m.start(), m.end())
            # The sentence, and the head of the next one ("…不会泄露您的信息。但…").
            after = doc.norm[sb:sb + 1 + _TAKEN_BACK_REACH].lstrip("。！？!?;；\n ")
            if void is None or not (void.search(doc.norm[sa:sb]) or _TAKEN_BACK.match(after)):
                return True
        return False

    def is_contract(self, doc: TextDoc) -> bool:
        """Is the text a contract or agreement itself: numbered clauses, parties, signature blocks?

        Counted as distinct cues (第八条, 第九条, 本合同, 乙方, ...): a notice
        that cites a clause or two of the contract it enforces stays a notice.
        """
        pattern = self._params_re.get("contract_re")
        if pattern is None or not doc.norm:
            return False
        return len({m.group(0) for m in pattern.finditer(doc.norm)}) >= CONTRACT_CUES

    def param_re(self, name: str) -> re.Pattern[str]:
        return self._params_re[name]

    def classify(self, doc: TextDoc, title_zone_end: int) -> tuple[str, float]:
        """Document type from title and body keywords; ``other`` when nothing is convincing.

        A title keyword in the top part of the text (``norm[:title_zone_end]``)
        weighs most: a lawyer's letter that quotes a court's name is still a letter.
        """
        commentary = self._params_re.get("commentary_re")
        if commentary is not None and doc.norm and _is_commentary(commentary, doc, 0, 0):
            return "other", 0.0  # news, an explainer, a warning: about papers, not one itself
        if self.is_contract(doc):
            return "other", 0.0  # a contract's pages: terms, not a notice
        best, best_score = "other", 0.0
        for dtype, cfg in self.doc_types.items():
            score = 0.0
            for pat in cfg.get("title", []):
                for m in pat.finditer(doc.norm):
                    score += 6.0 if m.start() < title_zone_end else 1.5
            for pat in cfg.get("body", []):
                if pat.search(doc.norm):
                    score += 1.0
            if score > best_score:
                best, best_score = dtype, score
        if best_score < 2.5:
            return "other", best_score
        return best, best_score

    def reported_type(self, doc: TextDoc, title_zone_end: int, doc_type: str) -> str:
        """The document type a report names, as markers.md defines the six.

        A court's other papers (a judgment, a ruling, an enforcement notice: titles in
        ``court_paper_title_re``) are read by the rules as court papers, so a court
        seal is expected on them, but they are no summons: the report calls them
        ``other`` unless a summons' own title (``summons_title_re``) stands beside theirs.
        """
        other = self._params_re.get("court_paper_title_re")
        summons = self._params_re.get("summons_title_re")
        head = doc.norm[:title_zone_end]
        if (doc_type == "court_summons" and other is not None and other.search(head)
                and not (summons is not None and summons.search(head))):
            return "other"
        return doc_type

    def verdict(self, findings: list[Finding]) -> str:
        """``likely_forged`` / ``suspicious`` / ``no_markers`` (rule in README and markers.yaml)."""
        if not findings:
            return "no_markers"
        forgery = self.forgery_markers
        weights = self.verdict_cfg.get("weights", {"low": 1, "medium": 2, "high": 3})
        threshold = float(self.verdict_cfg.get("likely_forged_score", 7))
        if any(f.marker in forgery for f in findings):
            return "likely_forged"
        score = sum(weights.get(f.severity, 1) for f in findings)
        return "likely_forged" if score >= threshold else "suspicious"


def _together_spans(groups, norm: str) -> list[tuple[int, int]]:
    """Spans where every part of a ``together`` group occurs in one clause, in any order."""
    out: list[tuple[int, int]] = []
    start = 0
    bounds = [m.start() for m in _CLAUSE_END.finditer(norm)] + [len(norm)]
    for end in bounds:
        clause = norm[start:end]
        if clause:
            for parts in groups:
                found = [p.search(clause) for p in parts]
                if all(found):
                    a = min(m.start() for m in found)
                    b = max(m.end() for m in found)
                    if b - a <= TOGETHER_WINDOW:
                        out.append((start + a, start + b))
        start = end + 1
    return out


def _dedupe(evidence: list[Evidence]) -> list[Evidence]:
    seen: set[tuple[Any, ...]] = set()
    out = []
    for e in evidence:
        key = (e.text, e.box, e.source, e.message)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


# ---------------------------------------------------------------------------
# Loading and validation


def _err(file: str, rule: str | None, fld: str | None, msg: str) -> RuleFileError:
    where = file
    if rule:
        where += f": rule '{rule}'"
    if fld:
        where += f": field '{fld}'"
    return RuleFileError(f"{where}: {msg}")


def _merge(merged: dict[str, Any], data: Any, name: str, base: bool) -> None:
    if not isinstance(data, dict):
        raise _err(name, None, None, "the file must be a mapping with a 'markers' section.")
    unknown = set(data) - _TOP_FIELDS
    if unknown:
        raise _err(name, None, sorted(unknown)[0], f"unknown top-level field; allowed: {', '.join(sorted(_TOP_FIELDS))}.")
    if base:
        merged.update({k: v for k, v in data.items() if k != "markers"})
        merged["markers"] = {}
        merged["_origin"] = {}
    else:
        for key in ("vocab", "ocr_confusions"):
            if key in data:
                if not isinstance(data[key], dict):
                    raise _err(name, None, key, "must be a mapping.")
                merged.setdefault(key, {}).update(data[key])
        for key in ("doc_types", "params", "verdict"):
            if key in data:
                raise _err(name, None, key, "an extra rule file may add markers, vocab and ocr_confusions only.")
    markers = data.get("markers")
    if not isinstance(markers, dict) or (base and not markers):
        raise _err(name, None, "markers", "must be a mapping of marker id to rule.")
    for mid, rule in markers.items():
        if not isinstance(mid, str) or not _ID.match(mid):
            raise _err(name, str(mid), None, "marker ids look like 'group.name' (lower case, dot, underscores).")
        if not isinstance(rule, dict):
            raise _err(name, mid, None, "a rule must be a mapping of fields.")
        unknown = set(rule) - _MARKER_FIELDS
        if unknown:
            raise _err(name, mid, sorted(unknown)[0], f"unknown field; allowed: {', '.join(sorted(_MARKER_FIELDS))}.")
        if mid in merged["markers"]:
            extra = set(rule) - _EXTEND_FIELDS
            if extra:
                raise _err(name, mid, sorted(extra)[0],
                           "this marker is defined by the shipped rules; an extra file may only add 'patterns' and 'unless'.")
            for key in _EXTEND_FIELDS:
                if key in rule:
                    merged["markers"][mid].setdefault(key, [])
                    more = _groups(rule[key], name, mid) if key == "together" else _str_list(rule[key], name, mid, key)
                    merged["markers"][mid][key] = list(merged["markers"][mid][key]) + more
        else:
            merged["markers"][mid] = dict(rule)
            merged["_origin"][mid] = name


def _requires_or(rule: dict[str, Any], earlier: dict[str, Any], file: str, mid: str) -> list[str]:
    """The ``requires_or`` ids: markers defined before this one (rules run in file order)."""
    if "requires_or" not in rule:
        return []
    ids = _str_list(rule["requires_or"], file, mid, "requires_or")
    unknown = [i for i in ids if i not in earlier]
    if unknown:
        raise _err(file, mid, "requires_or", f"{unknown[0]!r} is not a marker defined earlier in the rules.")
    _widens_requires(rule, file, mid, "requires_or")
    return ids


def _reading_below(rule: dict[str, Any], file: str, mid: str) -> float | None:
    """The ``requires_or_reading_below`` bound, which only widens ``requires``."""
    value = _probability(rule, file, mid, "requires_or_reading_below")
    if value is not None:
        _widens_requires(rule, file, mid, "requires_or_reading_below")
    return value


def _probability(rule: dict[str, Any], file: str, mid: str, fld: str) -> float | None:
    """A rule field holding a probability strictly between 0 and 1 (None when absent)."""
    if fld not in rule:
        return None
    value = rule[fld]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 < float(value) < 1.0:
        raise _err(file, mid, fld, f"must be a number between 0 and 1 (exclusive), got {value!r}.")
    return float(value)


def _check_param_probability(key: str, value: Any, file: str) -> None:
    """A parameter holding a probability in (0, 1]."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 1:
        raise _err(file, None, "params", f"{key} must be a probability in (0, 1], not {value!r}.")


def _load_marker_reading(merged: dict[str, Any], docs: list[tuple[str, str]], digest: str) -> str:
    """Load the per-marker models the rules ask for; the rule set's digest, extended by them."""
    params = merged.get("params", {})
    wanting = [mid for mid, rule in merged["_markers"].items() if rule.reading is not None]
    if not wanting:
        return digest
    name = params.get("marker_reading_model")
    origin = merged["_origin"]
    if not isinstance(name, str) or not name:
        raise _err(origin.get(wanting[0], docs[0][0]), wanting[0], "reading",
                   "needs params.marker_reading_model, the file of the per-marker models in inspector/rules.")
    _check_param_probability("marker_reading_max_lawful", params.get("marker_reading_max_lawful"), docs[0][0])
    model = load_marker_reading(name)
    missing = [mid for mid in wanting if mid not in model.models]
    if missing:
        raise _err(origin.get(missing[0], docs[0][0]), missing[0], "reading",
                   f"{model.source} has no model for this marker; retrain with `python bench/train_markers.py`.")
    merged["_marker_reading"] = model
    docs.append((model.source, ""))
    return hashlib.sha256(f"{digest}\0{model.to_json()}".encode()).hexdigest()[:12]


def _widens_requires(rule: dict[str, Any], file: str, mid: str, fld: str) -> None:
    """A ``requires_or*`` field means nothing without the ``requires`` it widens."""
    if "requires" not in rule:
        raise _err(file, mid, fld, "only widens 'requires'; give 'requires' too.")


def _groups(value: Any, file: str, rule: str | None) -> list[list[str]]:
    if not isinstance(value, list) or not all(isinstance(g, list) and len(g) >= 2 for g in value):
        raise _err(file, rule, "together", "must be a list of groups, each a list of two or more patterns.")
    return [_str_list(g, file, rule, "together") for g in value]


def _str_list(value: Any, file: str, rule: str | None, fld: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _err(file, rule, fld, "must be a list of non-empty strings.")
    return list(value)


def _compile(merged: dict[str, Any], base_name: str) -> None:
    vocab = merged.get("vocab") or {}
    confusions = merged.get("ocr_confusions") or {}
    if not isinstance(vocab, dict) or not all(isinstance(v, str) for v in vocab.values()):
        raise _err(base_name, None, "vocab", "must map names to regular-expression strings.")
    if not isinstance(confusions, dict) or not all(isinstance(k, str) and len(k) == 1 and isinstance(v, str)
                                                   for k, v in confusions.items()):
        raise _err(base_name, None, "ocr_confusions", "must map one character to a string of look-alikes.")

    def build(src: str, file: str, rule: str | None, fld: str) -> re.Pattern[str]:
        def sub(m: re.Match[str]) -> str:
            if m.group(1) not in vocab:
                raise _err(file, rule, fld, f"unknown vocabulary name {{{{{m.group(1)}}}}} in {src!r}.")
            return "(?:" + vocab[m.group(1)] + ")"

        expanded = _MACRO.sub(sub, src)
        expanded = _MACRO.sub(sub, expanded)  # one level of nesting
        expanded = expand_confusions(expanded, confusions)
        try:
            return re.compile(expanded)
        except re.error as exc:
            raise _err(file, rule, fld, f"pattern {src!r} is not a valid regular expression ({exc}).") from None

    compiled: dict[str, MarkerRule] = {}
    for mid, rule in merged["markers"].items():
        file = merged["_origin"].get(mid, base_name)
        sev = rule.get("severity")
        if sev not in SEVERITIES:
            raise _err(file, mid, "severity", f"must be one of {', '.join(SEVERITIES)}, not {sev!r}.")
        check = rule.get("check")
        patterns = _str_list(rule.get("patterns", []), file, mid, "patterns") if "patterns" in rule else []
        together = _groups(rule["together"], file, mid) if "together" in rule else []
        if check is not None and check not in BUILTINS:
            raise _err(file, mid, "check", f"unknown built-in check {check!r}; known: {', '.join(sorted(BUILTINS))}.")
        if not check and not patterns and not together:
            raise _err(file, mid, "patterns", "a rule needs 'patterns', 'together' or a built-in 'check'.")
        texts: dict[str, dict[str, str]] = {}
        for lang in LANGS:
            texts[lang] = {}
        for key in ("title", "why", "truth"):
            val = rule.get(key)
            if not isinstance(val, dict):
                raise _err(file, mid, key, "must give the text in both languages, as 'zh:' and 'en:'.")
            for lang in LANGS:
                if not isinstance(val.get(lang), str) or not val[lang].strip():
                    raise _err(file, mid, f"{key}.{lang}", "missing or empty.")
                # Findings call the "why" text their explanation.
                out_key = "explanation" if key == "why" else key
                texts[lang][out_key] = " ".join(val[lang].split()) if lang == "en" else val[lang].strip()
        exempt = set(_str_list(rule.get("exempt", []), file, mid, "exempt")) if "exempt" in rule else set()
        if exempt - EXEMPTIONS:
            raise _err(file, mid, "exempt", f"unknown exemption; known: {', '.join(sorted(EXEMPTIONS))}.")
        applies = set(_str_list(rule.get("applies_to", []), file, mid, "applies_to")) if "applies_to" in rule else set()
        if applies - set(DOC_TYPES):
            raise _err(file, mid, "applies_to", f"unknown document type; known: {', '.join(DOC_TYPES)}.")
        compiled[mid] = MarkerRule(
            id=mid, severity=sev, texts=texts,
            patterns=tuple(build(p, file, mid, "patterns") for p in patterns),
            together=tuple(tuple(build(p, file, mid, "together") for p in g) for g in together),
            unless=tuple(build(p, file, mid, "unless")
                         for p in (_str_list(rule["unless"], file, mid, "unless") if "unless" in rule else [])),
            context=tuple(build(p, file, mid, "context")
                          for p in (_str_list(rule["context"], file, mid, "context") if "context" in rule else [])),
            requires=tuple(build(p, file, mid, "requires")
                           for p in (_str_list(rule["requires"], file, mid, "requires") if "requires" in rule else [])),
            unless_doc=tuple(build(p, file, mid, "unless_doc")
                             for p in (_str_list(rule["unless_doc"], file, mid, "unless_doc")
                                       if "unless_doc" in rule else [])),
            check=check,
            requires_or=frozenset(_requires_or(rule, compiled, file, mid)),
            requires_or_reading_below=_reading_below(rule, file, mid),
            reading=_probability(rule, file, mid, "reading"),
            sources=tuple(_str_list(rule.get("sources", []), file, mid, "sources")) if "sources" in rule else (),
            exempt=frozenset(exempt), applies_to=frozenset(applies), group=str(rule.get("group", "tactic")),
        )
    merged["_markers"] = compiled

    doc_types: dict[str, dict[str, list[re.Pattern[str]]]] = {}
    for dtype, cfg in (merged.get("doc_types") or {}).items():
        if dtype not in DOC_TYPES:
            raise _err(base_name, None, f"doc_types.{dtype}", f"unknown document type; known: {', '.join(DOC_TYPES)}.")
        doc_types[dtype] = {
            part: [build(p, base_name, None, f"doc_types.{dtype}.{part}") for p in _str_list(cfg.get(part, []), base_name, None, f"doc_types.{dtype}.{part}")]
            for part in ("title", "body") if part in cfg
        }
    merged["_doc_types"] = doc_types
    params_re: dict[str, re.Pattern[str]] = {}
    for key, val in (merged.get("params") or {}).items():
        if key.endswith("_re"):
            if not isinstance(val, str):
                raise _err(base_name, None, f"params.{key}", "must be a regular-expression string.")
            params_re[key] = build(val, base_name, None, f"params.{key}")
    merged["_params_re"] = params_re


def expand_confusions(pattern: str, confusions: dict[str, str]) -> str:
    """Let each literal character of a pattern also match its OCR look-alikes.

    ``律师函`` becomes ``律[师帅]函`` when the table says OCR reads 师 as 帅.
    Characters inside ``[...]`` classes get their look-alikes added to the
    class; escaped characters and regex syntax are left alone.
    """
    if not confusions:
        return pattern
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
                out.append(c)
            else:
                out.append(c + confusions.get(c, ""))
            i += 1
            continue
        if c == "[":
            in_class = True
            out.append(c)
            if i + 1 < n and pattern[i + 1] == "^":
                out.append("^")
                i += 1
            i += 1
            continue
        if c in confusions:
            out.append("[" + c + confusions[c] + "]")
        else:
            out.append(c)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------------------
_TAKEN_BACK_REACH = 4  # characters at the head of the next sentence where a "but" takes restraint back
_TAKEN_BACK = re.compile(r"但|不过|可是|然而")
_SPEECH_MIN = 6  # characters after a label that make it a turn of speech, not a form's field
_FIELD_COLON = re.compile(r"[:：]")
_SENTENCE_MARK = re.compile(r"[，,。！？!?；;]")


@functools.lru_cache(maxsize=16)
def _speech_turns(labels: re.Pattern[str], norm: str) -> tuple[tuple[int, str], ...]:
    """(end of label, speaker) of each turn of speech in ``norm``, in order; none unless two speakers talk.

    Asked for every match in a text, so the answer is kept per text.
    """
    turns = tuple((m.end(), m.group(1).strip()) for m in labels.finditer(norm) if _is_speech(norm, m.end()))
    return turns if len({speaker for _, speaker in turns}) >= 2 else ()


def _is_speech(norm: str, start: int) -> bool:
    """Does what follows a label at ``norm[start]`` read as speech (not a name or more fields)?"""
    end = norm.find("\n", start)
    rest = norm[start:end if end >= 0 else len(norm)].strip()
    if len(rest) < _SPEECH_MIN:
        return False
    # A row of fields ("孙丽  合同编号：JK…") has more colons and no sentence in it.
    return not (_FIELD_COLON.search(rest) and not _SENTENCE_MARK.search(rest))


def _is_commentary(pattern: re.Pattern[str], doc: TextDoc, sa: int, sb: int) -> bool:
    """Is the sentence at ``norm[sa:sb]`` someone reporting or explaining a tactic, not using it?

    News, warnings and explainers quote threats ("据报道……'不还钱就爆你通讯录'").
    The cue may sit in the sentence itself, the one before it, anywhere in a
    short text, or in a long text's opening sentence ("反诈提醒：……").
    """
    prev_a, _ = doc.sentence_around(max(0, sa - 1), max(0, sa - 1)) if sa > 0 else (sa, sb)
    if pattern.search(doc.norm[prev_a:sb]):
        return True
    if len(doc.norm) <= _SHORT_TEXT:
        return bool(pattern.search(doc.norm))
    a, b = doc.sentence_around(0, 0)
    if pattern.search(doc.norm[a:b]):
        return True
    # A long leaflet or article gives itself away by several different cues.
    return _reads_as_article(pattern, doc.norm)


@functools.lru_cache(maxsize=16)
def _reads_as_article(pattern: re.Pattern[str], norm: str) -> bool:
    """Does ``norm`` hold several different commentary cues, as a leaflet or an article does?

    Asked for every match in a text, so the answer is kept per text.
    """
    return len({m.group(0) for m in pattern.finditer(norm)}) >= _LONG_TEXT_CUES


def unquoted(text: str) -> str:
    """``text`` without what stands in quotation marks: a leaflet's quoted threats are not its own."""
    return _QUOTED.sub("", text)


_OPEN_TO_END = re.compile(r"[“「『‘\"][^”」』’\"]*$")
_START_TO_CLOSE = re.compile(r"^[^“「『‘]*[”」』’]")
_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|『[^』]*』|‘[^’]*’|\"[^\"]*\"")
_OPEN_QUOTES = "“「『‘"
_CLOSE_QUOTES = {"“": "”", "「": "」", "『": "』", "‘": "’"}
_QUOTED_TAIL = re.compile(r"(?:[“「『‘][^”」』’]{0,24}[”」』’][、，,和及与或\s]*)+$")
_QUOTED_RUN = re.compile(r"^(?:[、，,和及与或\s]*[“「『‘][^”」』’]{0,24}[”」』’])*")
_QUOTE_LEAD = 4  # characters of a match that may stand before the quotation it runs into
REPORT_WINDOW = 16  # characters before an opening or after a closing quotation mark that are looked at


def _enclosing_quote(norm: str, a: int, b: int, sa: int, sb: int) -> tuple[int, int] | None:
    """The (opening, just after closing) positions of the quotation marks a match starting at ``a`` begins inside.

    Only the start counts: a greedy pattern may run on past the closing mark.
    A match may also take in a word or two before the quotation it runs into
    (人员称“要去你老家…”, 你“已被列入…”): that quotation counts.
    """
    opening = max(norm.rfind(q, sa, a + 1) for q in _OPEN_QUOTES)
    start = a
    if opening < 0 or _CLOSE_QUOTES[norm[opening]] in norm[opening + 1:a]:
        lead = [p for p in (norm.find(q, a, min(b, a + _QUOTE_LEAD + 1)) for q in _OPEN_QUOTES) if p >= 0]
        if not lead:
            return None
        opening = min(lead)
        start = opening + 1
    # Quoted words stay short; a sentence's end may cut the closing mark off.
    closing = norm.find(_CLOSE_QUOTES[norm[opening]], start, max(sb, b) + 1)
    if closing < 0 or closing - opening > 60:
        return None
    return opening, closing + 1


_LIST_REACH = 160  # characters back from a match where a denial may open its list
_LIST_END = "。！？!?"
CONTRACT_CUES = 4
_SHORT_TEXT = 300
_LONG_TEXT_CUES = 2


# Built-in checks: each returns the hits (evidence, detail) of one marker.

OFFICIAL_DOCS = {"lawyer_letter", "cancellation_notice", "restriction_order", "court_summons"}
COURT_DOCS = {"restriction_order", "court_summons"}


def _title_evidence(ctx: Context) -> list[Evidence]:
    """The document's title as read: what claims the paper is official."""
    return [Evidence(text=ctx.title_text or "", box=ctx.title_box, source="layout")]


def _check_seal_missing(rs: RuleSet, ctx: Context) -> list[Hit]:
    # A screen's own text is an app page, an e-mail or a message thread: none of
    # them is a paper that should bear a seal. A paper photographed and shown
    # inside a screenshot is judged on its own, as a photo.
    if ctx.doc_type not in OFFICIAL_DOCS or ctx.seals or ctx.source_kind in ("text", "screenshot"):
        return []
    return [(_title_evidence(ctx), _d("图中没有找到红色印章", "no red seal was found on the picture"))]


def _check_issuer_mismatch(rs: RuleSet, ctx: Context) -> list[Hit]:
    if ctx.doc_type not in OFFICIAL_DOCS:
        return []
    hits: list[Hit] = []
    court = ctx.doc_type in COURT_DOCS
    names = {"court": ("法院", "a court"), "law_firm": ("律师事务所", "a law firm"),
             "company": ("公司", "a company"), "state_body": ("国家机关", "a state body")}
    for i, seal in enumerate(ctx.seals):
        kind = seal.issuer_kind
        if not seal.center_text and seal.text and (seal.text_conf or 0.0) < _KIND_MIN_CONF:
            kind = None  # a ring read this badly names nothing: the signature under it decides
        n = i + 1
        reason: dict[str, str] = {}
        said = _seal_said(seal)
        if court and kind in ("company", "law_firm"):
            reason = _d(f"印章{n}{said[0]}，是{names[kind][0]}的章，却盖在法院文书上",
                        f"seal {n} {said[1]}: it is {names[kind][1]}'s seal, on a court paper")
        elif court and seal.center == "star":
            reason = _d(f"印章{n}中央是五角星，而法院印章中央是国徽",
                        f"seal {n} has a five-pointed star in the centre; court seals carry the national emblem")
        elif ctx.doc_type == "lawyer_letter" and kind in ("company", "court", "state_body"):
            reason = _d(f"印章{n}{said[0]}，是{names[kind][0]}的章而不是律师事务所的，却盖在律师函上",
                        f"seal {n} {said[1]}: it is {names[kind][1]}'s seal, not a law firm's, on a lawyer's letter")
        elif (kind and kind != "unknown" and seal.text
              and (seal.text_conf or 0.0) >= float(rs.params.get("issuer_name_compare_min_conf", 0.75))):
            # Comparing names needs a ring read well enough to trust letter by letter.
            claimed = _claimed_issuer(rs, ctx)
            if claimed and not _names_agree(claimed, seal.text):
                reason = _d(f"印章{n}上写的是“{seal.text}”，而正文署名的出具单位是“{claimed}”",
                            f"seal {n} reads '{seal.text}' but the text names the issuer as '{claimed}'")
        elif kind in (None, "unknown"):
            # The ring text could not be read: fall back on the signature the
            # seal is stamped over, as a reader would. (A ring read well enough
            # to name its kind outranks the lines under it.)
            signed, signed_kind = _signature_under(rs, ctx, seal)
            if signed_kind == "company" and (court or ctx.doc_type == "lawyer_letter"):
                paper = ("法院文书", "a court paper") if court else ("律师函", "a lawyer's letter")
                reason = _d(f"印章{n}盖在公司的落款“{signed}”上，而这是一份{paper[0]}",
                            f"seal {n} is stamped over a company's signature ('{signed}') on {paper[1]}")
        if reason:
            hits.append(([Evidence(text=_seal_label(seal), box=seal.box, source="seal")], reason))
    return hits


_READABLE_RING = 0.5  # below this confidence the ring text is not quoted to the reader
# Below this confidence a ring read is noise, and the kind guessed from it is not
# held against the paper. (Rings that told a forged paper's company seal rightly in the
# fixtures and dev pictures read at 0.17 to 0.78; a law firm's faded ring misread as a
# company's, at 0.07.)
_KIND_MIN_CONF = 0.12


def _ring_readable(seal: Seal) -> bool:
    return bool(seal.text) and (seal.text_conf or 0.0) >= _READABLE_RING


def _seal_said(seal: Seal) -> tuple[str, str]:
    """What the seal was read to say, in words fit to show: the ring if read well, else the centre line."""
    if _ring_readable(seal):
        return f"上的文字是“{seal.text}”", f"reads '{seal.text}'"
    if seal.center_text:
        return f"中间一行是“{seal.center_text}”", f"has '{seal.center_text}' across its centre"
    return "的文字只能部分读出", "could only be partly read"


def _seal_label(seal: Seal) -> str:
    """The evidence text for a seal: its ring text when readable, else its centre line, else 印章."""
    if _ring_readable(seal):
        return seal.text
    return seal.center_text or "印章"


# A signature line (the issuer's name, a date) is short; a longer line under a
# seal is body text, whose names say who is written about, not who signs.
_SIGNATURE_MAX_CHARS = 32


def _signature_under(rs: RuleSet, ctx: Context, seal: Seal) -> tuple[str, str | None]:
    """The text of the short lines the seal is stamped over, and the kind of issuer it names."""
    x, y, w, h = seal.box
    texts = []
    for ln in ctx.doc.lines:
        b = ln.box
        if b is None or len(ln.text.strip()) > _SIGNATURE_MAX_CHARS:
            continue
        overlap_y = min(y + h, b[1] + b[3]) - max(y, b[1])
        overlap_x = min(x + w, b[0] + b[2]) - max(x, b[0])
        if overlap_y > 0.5 * b[3] and overlap_x > 0:
            texts.append(ln.text)
    signed = "".join(texts).strip()
    kind = classify_issuer(signed)
    return signed, (None if kind == "unknown" else kind)


def _claimed_issuer(rs: RuleSet, ctx: Context) -> str | None:
    pat = rs._params_re.get("issuer_name_re")
    if not pat:
        return None
    m = pat.search(ctx.doc.norm)
    return m.group(0) if m else None


def _names_agree(a: str, b: str) -> bool:
    """Two issuer names agree when most characters of the shorter appear in the longer (OCR-tolerant)."""
    a, b = re.sub(r"\W", "", a), re.sub(r"\W", "", b)
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if not short:
        return True
    common = sum(1 for ch in set(short) if ch in long_)
    return common / len(set(short)) >= 0.6


def case_number_unreadable(rs: RuleSet, doc: TextDoc) -> bool:
    """Is something shaped like a case number there that OCR could not read cleanly?"""
    pattern = rs._params_re.get("case_number_unreadable_re")
    return pattern is not None and bool(pattern.search(doc.norm))


def _check_case_number(rs: RuleSet, ctx: Context) -> list[Hit]:
    if ctx.doc_type not in COURT_DOCS:
        return []
    doc = ctx.doc
    # A lender's own "blacklist notice" is a restriction-type paper that never
    # claims to come from a court: a case number is not what is wrong with it.
    if ctx.doc_type == "restriction_order" and not _COURT_CLAIM.search(doc.norm):
        return []
    valid = rs.param_re("case_number_valid_re")
    if valid.search(doc.norm):
        return []
    hits: list[Hit] = []
    garbled = False
    for m in rs.param_re("case_number_candidate_re").finditer(doc.norm):
        a, b = m.span()
        if re.search(r"[a-z]|\d[^\d\u4e00-\u9fff号\s]+\d", m.group(0)) or _one_slip_from(valid, m.group(0)):
            # Latin letters or stray marks among the digits ("3021]1"), or a valid
            # number but for one stray character: OCR misread it, so it proves nothing.
            garbled = True
            continue
        hits.append(([Evidence(text=doc.raw_text(a, b), box=doc.box_of(a, b))],
                     _d(f"“{m.group(0)}”不符合（2024）京0105执1234号这样的案号格式",
                        f"'{m.group(0)}' is not of the form （2024）京0105执1234号")))
    if not hits:
        # A number in the right place that OCR garbled ("(2024)S60106 #7735") is
        # not evidence of a missing one: give the paper the benefit of the doubt.
        if garbled or case_number_unreadable(rs, doc):
            return []
        # A court's own seal on the paper and no number read at all: a table or a
        # fold OCR could not get through, not a paper without one.
        if bears_court_seal(ctx.seals):
            return []
        hits.append((_title_evidence(ctx), _d("法院文书上没有找到案号", "no case number was found on a court paper")))
    return hits


def bears_court_seal(seals: Iterable[Seal]) -> bool:
    """Does a seal show a court's own mark: the emblem, or a ring naming a court (and no star)?"""
    return any((s.center == "emblem" or s.issuer_kind == "court") and s.center != "star" for s in seals)


def _one_slip_from(valid: re.Pattern[str], text: str) -> bool:
    """Is ``text`` a valid case number but for one stray character OCR added ("(2024)有川0107执2345号")?

    Misread, not made up: an old-style or invented number ("(2024)京朝执字第00361号")
    is more than one character away.
    """
    return any(valid.fullmatch(text[:i] + text[i + 1:]) for i in range(len(text)))


_COURT_CLAIM = re.compile(r"法院|本院|法庭|执行|限制(?:高)?消费|限高|高消费|消费令|失信|决定书")


def _check_image_edited(rs: RuleSet, ctx: Context) -> list[Hit]:
    pat = rs.param_re("editing_software_re")
    hits: list[Hit] = []
    for key, value in ctx.metadata.items():
        if "software" in key or "creatortool" in key or "agent" in key:
            if pat.search(value.lower()):
                hits.append(([Evidence(text=f"{key}: {value}", source="metadata")],
                             _d(f"元数据 {key} 写着 {value}", f"{key} names {value}")))
    return hits


# An 11-digit mainland mobile number, however it is broken up: "170-1234-5678",
# "+86 171 0234 5678", "1 6 7 1 2 3 4 5 6 7 8".
_PHONE = re.compile(r"(?<![\d])(?:(?:\+|00)?86[ \t\u3000\-.]*)?1(?:[ \t\u3000\-.]{0,2}\d){10}(?![ \t\u3000\-.]{0,2}\d)")


def digits_of(number: str) -> str:
    """A phone number or sender as bare digits, without the +86 / 0086 country code."""
    d = re.sub(r"\D", "", number or "")
    for cc in ("0086", "86"):
        if d.startswith(cc) and len(d) - len(cc) == 11:
            d = d[len(cc):]
    return d


def is_virtual(number: str, rs: RuleSet) -> bool:
    d = digits_of(number)
    if len(d) != 11:
        return False
    return any(d.startswith(p) for p in rs.params.get("virtual_prefixes", []))


def sender_kind(sender: str | None, rs: RuleSet) -> str:
    """``official`` (12368 and other 123xx service numbers), ``gateway`` (106...), ``mobile``, ``name`` or ``unknown``."""
    if not sender:
        return "unknown"
    d = digits_of(sender)
    if not d:
        return "name"
    if any(d.startswith(p) for p in rs.params.get("official_sender_prefixes", [])) and len(d) <= 12:
        return "official"
    if any(d.startswith(p) for p in rs.params.get("gateway_prefixes", [])):
        return "gateway"
    if len(d) == 11 and d.startswith("1"):
        return "mobile"
    return "unknown"


def _check_virtual_number(rs: RuleSet, ctx: Context) -> list[Hit]:
    hits: list[Hit] = []
    doc = ctx.doc
    for m in _PHONE.finditer(doc.norm):
        number = digits_of(m.group(0))
        if is_virtual(number, rs):
            a, b = m.span()
            hits.append(([Evidence(text=doc.raw_text(a, b), box=doc.box_of(a, b), message=doc.message_at(a))],
                         _d(f"{number} 属于虚拟运营商号段", f"{number} is on a virtual-operator range")))
    if ctx.sender and is_virtual(ctx.sender, rs):
        hits.append(([Evidence(text=ctx.sender, box=None, source="sender")],
                     _d(f"发送号码 {ctx.sender} 属于虚拟运营商号段", f"the sender {ctx.sender} is on a virtual-operator range")))
    return hits


def _check_impersonation(rs: RuleSet, ctx: Context) -> list[Hit]:
    kind = sender_kind(ctx.sender, rs)
    if kind not in ("gateway", "mobile"):
        return []
    doc = ctx.doc
    hits: list[Hit] = []
    # Arbitration commissions are not state bodies and send from gateways like any
    # institution; "我院" in a hospital's or a college's message is not a court.
    others = rs._params_re.get("not_state_body_re")
    for m in rs.param_re("state_body_voice_re").finditer(doc.norm):
        a, b = m.span()
        if others is not None and (others.search(m.group(0))
                                   or (m.group(0) in ("本院", "我院") and others.search(doc.norm))):
            continue
        via = ("商业短信平台", "a commercial SMS gateway") if kind == "gateway" else ("手机号码", "a mobile number")
        hits.append(([Evidence(text=doc.raw_text(a, b), box=doc.box_of(a, b), message=doc.message_at(a))],
                     _d(f"以国家机关名义发出，却来自{via[0]} {ctx.sender}",
                        f"speaks as a state body but comes from {ctx.sender} ({via[1]})")))
        break
    return hits


_DOT_LIKE = set(":：·•.。、'’‘“”\"")  # OCR reads a middle dot as any of these
# What may stand between the characters of a sensitive word: spaces, symbols and dot-like marks.
_WORD_SPLITTERS = set(" \t\u00a0\u3000*＊·•・.．-－_＿|｜/／~～^+＋#＃◆◇★☆●○■□▲△※\u200b\u200c\u200d\u2060") | _DOT_LIKE
_HEADING_LINES = 4    # a letter-spaced line among the first lines of a longer text may be its heading
_HEADING_CHARS = 8    # ... when it is that short and (all but a speck) alone on its line


_DATE_CHARS = set("〇零一二两三四五六七八九十年月日号0123456789")


def _date_like(text: str) -> bool:
    """Mostly the characters of a written date or number."""
    chars = [c for c in text if not c.isspace()]
    return bool(chars) and sum(c in _DATE_CHARS for c in chars) >= 0.6 * len(chars)


def _signature_line(rs: RuleSet, text: str) -> bool:
    """Does spaced-out ``text`` start with a role signing a paper ("审 判 长  何  静")?"""
    roles = rs._params_re.get("signature_roles_re")
    return roles is not None and bool(roles.search("".join(c for c in fold_in_place(text) if is_cjk(c))))


def _reads_as_text(line: str) -> bool:
    """Does an OCR line read as Chinese text rather than specks (at least four characters, mostly Chinese)?"""
    chars = [c for c in line if not c.isspace()]
    cjk = sum(map(is_cjk, chars))
    return cjk >= 4 and cjk >= 0.6 * len(chars)


def _spaced_heading(raw: str, a: int, b: int) -> bool:
    """Is ``raw[a:b]`` a letter-spaced heading ("传    票", "执 行 通 知 书") standing alone on an early line?

    Real court forms space their titles out; a heading is typography, not the dodge.
    Only in texts of more than one line: a lone spaced line could be either.
    """
    lines = raw.split("\n")
    if len([ln for ln in lines if ln.strip()]) < 2:
        return False
    start = 0
    for i, ln in enumerate(lines):
        end = start + len(ln)
        if start <= a and b <= end:
            own_cjk = sum(map(is_cjk, ln))
            run_cjk = sum(map(is_cjk, raw[a:b]))
            # Lines before it that are text: a photo's OCR adds lines of specks
            # and table grain above a page, and those do not push a title down.
            nonblank_before = sum(1 for x in lines[:i] if _reads_as_text(x))
            # The run is (nearly) the whole line: a speck read as a character
            # beside a title ("得。传  票") leaves it a title.
            return (own_cjk <= _HEADING_CHARS and run_cjk >= max(own_cjk - 1, 0.6 * own_cjk)
                    and nonblank_before < _HEADING_LINES)
        start = end + 1
    return False


_LONG_SPACED_RUN = 5  # characters pulled apart that count whatever they say (on the image or in typed text)


def _sensitive_gapped(rs: RuleSet) -> re.Pattern[str]:
    """The sensitive words, each allowed gaps or dot-like marks between its characters."""
    cached = rs._params_re.get("_sensitive_gapped")
    if cached is None:
        gap = "[" + "".join(re.escape(c) for c in sorted(_WORD_SPLITTERS)) + "]*"
        words = [w for w in rs.params.get("sensitive_words_re", "").split("|") if w]
        cached = re.compile("|".join(gap.join(re.escape(c) for c in w) for w in sorted(words, key=len, reverse=True)))
        rs._params_re["_sensitive_gapped"] = cached
    return cached


_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}


def parse_amount(text: str) -> float | None:
    """An amount of money as written: "5000", "5,000.00", "1.2万", "五万", "三千五", "一万两千"; None if unreadable."""
    t = text.replace(",", "").replace(" ", "").rstrip("元块钱")
    scale = 1.0
    if t.endswith("万"):
        scale, t = 10000.0, t[:-1]
    elif t.endswith(("k", "千")) and t[:-1].replace(".", "", 1).isdigit():
        scale, t = 1000.0, t[:-1]
    if not t:
        return None
    if t.replace(".", "", 1).isdigit():
        return float(t) * scale
    total, section, digit, last_unit = 0, 0, None, 1
    for ch in t:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            last_unit = _CN_UNITS[ch]
            section += (1 if digit is None else digit) * last_unit
            digit = None
        elif ch == "万":
            total += (section + (digit or 0)) * 10000
            section, digit, last_unit = 0, None, 10000
        else:
            return None
    if digit is not None:
        # "三千五" means 3500: a trailing digit counts in the unit below the last one.
        section += digit * (last_unit // 10 if last_unit >= 10 else 1)
    value = (total + section) * scale
    return float(value) if value > 0 else None


def _check_penalty_ratio(rs: RuleSet, ctx: Context) -> list[Hit]:
    """A penalty stated as a sum that is a large share of the whole loan stated nearby."""
    doc = ctx.doc
    loans = [(m.start(), parse_amount(m.group("amount"))) for m in rs.param_re("loan_amount_re").finditer(doc.norm)]
    loans = [(at, v) for at, v in loans if v]
    if not loans:
        return []
    floor = float(rs.params.get("penalty_share_min", 0.1))
    window = int(rs.params.get("penalty_loan_window", 80))
    hits: list[Hit] = []
    for m in rs.param_re("penalty_amount_re").finditer(doc.norm):
        fee = parse_amount(m.group("amount"))
        near = [v for at, v in loans if abs(at - m.start()) <= window and at != m.start()]
        if not fee or not near:
            continue
        loan = max(near)
        if fee >= floor * loan:
            a, b = m.span()
            share = round(100 * fee / loan)
            hits.append(([Evidence(text=doc.raw_text(a, b), box=doc.box_of(a, b), message=doc.message_at(a))],
                         _d(f"所称违约金 {fee:g} 元是借款总额 {loan:g} 元的 {share}%",
                            f"the stated penalty, {fee:g}, is {share}% of the whole loan, {loan:g}")))
    return hits


def _gapped_words(sensitive: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` where a sensitive word of two or more characters has a gap inside.

    OCR turns a middle dot into ":" or "·" into "."; between the characters
    of a sensitive word those count as gaps too.
    """
    return [m.span() for m in sensitive.finditer(text)
            if len(m.group(0)) > 1 and any(is_gap_char(c) or c in _DOT_LIKE for c in m.group(0))]


def _check_spaced(rs: RuleSet, ctx: Context) -> list[Hit]:
    # Runs measured on the image count when they spell a sensitive word or are long
    # enough to be deliberate. Dates on official papers are often set out wide
    # ("二〇二四年 十 月 十 八 日"): not the dodge.
    sensitive = _sensitive_gapped(rs)

    def deliberate(text: str, long_run: int) -> bool:
        return sum(map(is_cjk, text)) >= long_run or bool(sensitive.search(text))

    # On photos, blur and a bowed sheet open gaps between ordinary characters: a run must be longer there.
    image_run = _LONG_SPACED_RUN + (1 if ctx.source_kind == "photo" else 0)
    hits: list[Hit] = []
    for e in ctx.spaced:
        if e.source == "layout" and " " in e.text:
            # One wide gap measured on the image, written as a space: the dodge
            # only when it falls inside a sensitive word ("起 诉", not "律师 电话").
            hits.extend(([replace(e, text=e.text[a:b])], _d("这个词的字之间被拉开了距离",
                                                            "the characters of this word are set apart on the image"))
                        for a, b in _gapped_words(sensitive, fold_in_place(e.text))[:1])
        elif not _date_like(e.text) and not _signature_line(rs, e.text) and deliberate(fold_in_place(e.text), image_run):
            hits.append(([e], _d("图中这些字之间被拉开了距离", "characters set apart on the image")))
    doc = ctx.doc
    if not hits:
        hits = _spaced_in_text(rs, doc, sensitive, lambda text: deliberate(text, _LONG_SPACED_RUN))
    # A warning poster showing "法 院 传 票", or an explainer quoting it, is not using the dodge.
    commentary = rs._params_re.get("commentary_re")
    if hits and commentary is not None and doc.norm and _is_commentary(commentary, doc, 0, 0):
        return []
    return hits


def _spaced_in_text(rs: RuleSet, doc: TextDoc, sensitive: re.Pattern[str],
                    deliberate: Callable[[str], bool]) -> list[Hit]:
    """Characters pulled apart by spaces or symbols in the text itself (typed, or kept by OCR)."""
    # Traditional characters folded to simplified one for one, so positions stay.
    raw = fold_in_place(doc.raw)
    # Three or more characters pulled apart count when the stretch hides a
    # sensitive word, or is long enough to be deliberate: "王 小 明", a name set
    # out on a certificate, is not the dodge.
    spans = [(a, b) for a, b in spaced_runs_in_text(raw) if deliberate(raw[a:b])]
    # A gap inside a sensitive word ("起 诉", "传-票") is the dodge even when
    # only two characters are pulled apart.
    spans.extend(_gapped_words(sensitive, raw))
    spans.sort()
    hits: list[Hit] = []
    for a, b in spans:
        if any(x <= a and b <= y and (x, y) != (a, b) for x, y in spans):
            continue
        if _spaced_heading(raw, a, b) or _signature_line(rs, raw[a:b]):
            continue
        msg = doc.raw_msg[a] if a < len(doc.raw_msg) else None
        hits.append(([Evidence(text=doc.raw[a:b], box=None, source="text", message=msg)],
                     _d("字与字之间插入了空格或符号", "characters separated by spaces or symbols")))
    return hits


BUILTINS: dict[str, Callable[[RuleSet, Context], list[Hit]]] = {
    "seal_missing": _check_seal_missing,
    "seal_issuer_mismatch": _check_issuer_mismatch,
    "case_number": _check_case_number,
    "image_edited": _check_image_edited,
    "virtual_number": _check_virtual_number,
    "sms_impersonation": _check_impersonation,
    "spaced_text": _check_spaced,
    "penalty_ratio": _check_penalty_ratio,
}
