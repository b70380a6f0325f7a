"""The pipeline: a picture (or a text) in, an explained report out.

Read top to bottom: load the image once, find seals once, read the page once
(with red ink suppressed inside the seals, a photo's sheet squared and evenly
lit), build the normalised text once, then hand all of it to every rule and
collect the findings into one report.

Tesseract runs once for the page. Further, small runs happen only where the
page pass is known to fail: a seal's ring, a title it dropped or garbled, a
thread header without a sender, a line of Latin gibberish in Chinese text, and
each document picture inside a screenshot.
"""
from __future__ import annotations

import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Iterable

import cv2
import numpy as np

from . import layout, photo, seals as seal_mod
from .imageio import ImageSource, LoadedImage, load_image
from .model import SEVERITIES, Evidence, Report, Seal, Word, union_box
from .ocr import DEFAULT_LANGS, TesseractEngine, get_engine
from .context import features
from .rules import (COURT_DOCS, Context, RuleSet, bears_court_seal, case_number_unreadable, digits_of, sender_kind,
                    unquoted)
from .spacing import pulled_apart
from .text import Line, TextDoc, group_lines, is_cjk, lines_from_words, spaced_runs_in_text


class Inspector:
    """Engines and rules loaded once; inspect as many pictures as you like.

    ``langs`` are Tesseract's languages, ``rules`` extra rule files that extend
    the shipped ones, ``lang`` the language of the explanations (zh or en).
    Thread-safe for concurrent ``inspect`` calls.
    """

    def __init__(self, langs: str = DEFAULT_LANGS, rules: str | Path | Iterable[str | Path] | None = None,
                 lang: str = "zh") -> None:
        if lang not in ("zh", "en"):
            from .errors import InspectorError

            raise InspectorError(f"unknown language {lang!r}: use 'zh' or 'en'.")
        extra = [] if rules is None else ([rules] if isinstance(rules, (str, Path)) else list(rules))
        self.rules = RuleSet.load(extra)
        self.engine: TesseractEngine = get_engine(langs)
        self.lang = lang

    def check(self) -> None:
        """Raise ``MissingDependencyError`` now if Tesseract or its language data is missing."""
        self.engine.info

    def versions(self) -> dict[str, object]:
        from . import __version__

        info = self.engine.info
        return {
            "inspector": __version__,
            "tesseract": info.version,
            "ocr_backend": info.backend,
            "ocr_languages": list(info.languages),
            "rules": {"version": self.rules.version, "files": self.rules.sources, "sha256": self.rules.digest},
        }

    # ----------------------------------------------------------------- image
    def inspect_image(self, source: ImageSource, name: str | None = None) -> Report:
        """Inspect a path, bytes, PIL image or numpy BGR array."""
        return self.inspect(load_image(source, name=name))

    def inspect(self, loaded: LoadedImage) -> Report:
        """Inspect an image already loaded with ``load_image``."""
        t0 = time.perf_counter()
        timings: dict[str, float] = {}
        bgr = loaded.bgr
        self.check()

        t = time.perf_counter()
        kind, screen = layout.classify_source(bgr, loaded.metadata)
        timings["layout"] = time.perf_counter() - t

        t = time.perf_counter()
        found = seal_mod.find_seals(bgr)  # already thresholded (seals.SCORE_THRESHOLD)
        timings["seals"] = time.perf_counter() - t

        # Reading the seals' rings runs in a worker thread while the page is read:
        # Tesseract leaves Python's lock while it works, so on two cores the two
        # overlap. The page read needs only where the seals are, not what they say.
        analysis = _seal_pool().submit(self._analyse_seals, bgr, found) if found else None

        t = time.perf_counter()
        size = (bgr.shape[1], bgr.shape[0])
        ocr_input = _suppress_seals(bgr, found)
        pictures = layout.find_pictures(bgr) if screen is not None else []
        outer_input = _blank(ocr_input, pictures) if pictures else ocr_input
        page_gray = cv2.cvtColor(outer_input, cv2.COLOR_BGR2GRAY)
        sheet_runs = None  # spaced-out runs measured on a squared photo, if there is one
        if screen is not None and screen.content_box is not None:
            x, y, w, h = screen.content_box
            # Dark mode: Tesseract reads dark ink on light paper best.
            read_gray = 255 - page_gray if screen.dark else page_gray
            words = [_shift(wd, x, y) for wd in self.engine.read_words(read_gray[y:y + h, x:x + w])]
            words = self._read_header(read_gray, screen, words)
            words = self._reread_latin_lines(read_gray, words)
            words = _drop_line_specks(words)
        else:
            # A photo's sheet is squared and evenly lit for every OCR pass; the
            # words' boxes go back to the picture's own coordinates once, here.
            # Pictures without camera data are told from scans by the sheet itself:
            # a sheet with table or floor around it was photographed.
            quad = photo.find_paper(page_gray)
            if kind == "scan" and photo.is_sheet_on_background(quad, page_gray.shape):
                kind = "photo"
            prepared = photo.prepare_sheet(page_gray, quad) if kind == "photo" else photo.PreparedPage(page_gray)
            words = self.engine.read_words(prepared.gray)
            words = self._recover_title(prepared.gray, words)
            words = self._reread_latin_lines(prepared.gray, words)
            if prepared.to_input is not None:
                # Gaps between characters are measured on the squared sheet, where
                # lines run straight; their boxes go back with the words'.
                sheet_runs = [replace(r, box=photo.map_box(prepared.to_input, r.box, size))
                              for r in pulled_apart(prepared.gray, lines_from_words(words), skip_titles=True, photo=True)]
            words = prepared.to_original(words, size)
            if kind == "scan":
                # A screenshot cropped to other proportions than a phone's still
                # shows the phone's clock at the top: read it as a screen.
                cropped = layout.cropped_screen(words, bgr)
                if cropped is not None:
                    kind, screen = "screenshot", cropped
                    words = self._read_header(page_gray, screen, words)
        picture_words = []
        for (px, py, pw, ph) in pictures:
            crop = ocr_input[py:py + ph, px:px + pw]
            picture_words.append([_shift(wd, px, py) for wd in self.engine.read_words(crop)])
        timings["ocr"] = time.perf_counter() - t
        if analysis is not None:
            t = time.perf_counter()
            found, timings["seal_analysis"] = analysis.result()
            timings["seal_wait"] = time.perf_counter() - t
        else:
            timings["seal_analysis"] = 0.0

        t = time.perf_counter()
        gray = page_gray if not pictures else cv2.cvtColor(ocr_input, cv2.COLOR_BGR2GRAY)
        # Documents shown inside the screenshot are inspected as documents, with
        # the seals that lie inside them.
        embedded: list[Report] = []
        for box, pw in zip(pictures, picture_words):
            inside = [s for s in found if _inside(s.box, box)]
            sub = self._evaluate(lines_from_words(pw), inside, "photo", None, {}, size, pw, (),
                                 is_sms=False, gray=gray)
            embedded.append(replace(sub, image_size=size, versions={}))
        outer_seals = [s for s in found if not any(_inside(s.box, b) for b in pictures)]
        sender = None
        messages: tuple = ()
        message_of = None
        if screen is not None:
            sender, messages, message_of = layout.sms_structure(words, screen)
        is_sms = sender is not None and bool(messages)
        lines = lines_from_words(words, message_of if is_sms else None)
        # A screenshot that shows a document picture is a chat or a viewer, not a
        # paper itself: its own text is messages, whatever they mention.
        report = self._evaluate(lines, outer_seals, kind, sender if is_sms else None, loaded.metadata,
                                size, words, messages if is_sms else (), is_sms=is_sms, gray=gray, runs=sheet_runs,
                                doc_type="other" if pictures and not is_sms else None)
        if embedded:
            report = _merge_embedded(report, embedded, found, pictures, self.rules)
        timings["rules"] = time.perf_counter() - t
        timings["total"] = time.perf_counter() - t0
        return replace(report, timings=timings)

    def _reread_latin_lines(self, gray: np.ndarray, words: list[Word]) -> list[Word]:
        """Read again, as Chinese only, lines of Chinese text that came out partly or wholly as Latin.

        Chinese characters standing apart ("法 院 起 诉") lose the context
        Tesseract's Chinese model relies on, and the English model wins with
        strings like "RRR AGC RE". Such a line on a Chinese page is read once
        more with the Chinese model alone, and kept if that reads as Chinese.
        """
        # Is this a Chinese page? Judged on the words read with confidence: a
        # blurred Chinese photo can come out mostly as low-confidence Latin.
        all_text = "".join(w.text for w in words if w.conf >= 60)
        cjk_share = sum(map(is_cjk, all_text)) / max(1, len(all_text))
        if cjk_share < 0.3:
            return words
        cjk_heights = [w.box[3] for w in words if any(map(is_cjk, w.text))]
        med = float(np.median(cjk_heights)) if cjk_heights else 0.0
        out = list(words)
        for ws in group_lines(words):
            key = ws[0].line
            text = "".join(w.text for w in ws)
            tokens = [w.text for w in ws]
            cjk = sum(map(is_cjk, text))
            latin = sum(1 for c in text if c.isalpha()) - cjk
            old_conf = float(np.mean([w.conf for w in ws]))
            # Mostly gibberish: re-read and keep Chinese that reads with some
            # confidence. Chinese with a few Latin pieces mixed in: keep the
            # re-read only if it reads better than the mixed line did.
            gibberish = latin >= 0.6 * (latin + cjk) and _latin_gibberish(tokens)
            mixed = latin >= 3 and latin >= 0.25 * (latin + cjk)
            if not (gibberish or mixed) or old_conf >= 75:
                continue
            x0 = min(w.box[0] for w in ws)
            y0 = min(w.box[1] for w in ws)
            x1 = max(w.box[0] + w.box[2] for w in ws)
            y1 = max(w.box[1] + w.box[3] for w in ws)
            # Latin read off Chinese print often gets boxes much shorter than the
            # characters; below a third of their height it is specks, not a line.
            if med and (y1 - y0) < 0.3 * med:
                continue
            pad = max(2, (y1 - y0) // 4, int(0.5 * (med - (y1 - y0))) if med else 0)
            # How much margin the crop gets swings Tesseract's reading of a few
            # large, spaced characters: a failed read gets one tighter try.
            for margin in (pad, max(2, pad // 3)):
                ya, xa = max(0, y0 - margin), max(0, x0 - margin)
                new = self.engine.read_words(gray[ya:y1 + margin, xa:x1 + margin], psm=7, langs="chi_sim")
                n_cjk = sum(sum(map(is_cjk, w.text)) for w in new)
                new_conf = float(np.mean([w.conf for w in new])) if new else 0.0
                accepted = n_cjk >= 2 and new_conf >= 40 and (gibberish or new_conf > old_conf or n_cjk > cjk + 2)
                if accepted or margin <= 2:
                    break
            if accepted:
                at = next(i for i, w in enumerate(out) if w.line == key)  # keep reading order
                rest = [w for w in out if w.line != key]
                at = sum(1 for w in out[:at] if w.line != key)
                out = rest[:at] + [replace(_shift(w, xa, ya), line=key) for w in new] + rest[at:]
        return out

    def _read_header(self, gray: np.ndarray, screen: layout.Screen, words: list[Word]) -> list[Word]:
        """Read a thread's header band again when the page pass found no sender in it.

        Tesseract's page layout often drops the short, bold sender line beside
        an avatar icon; read as sparse text (psm 11) it comes back.
        """
        x, y, w, h = screen.content_box
        limit = y + layout.HEADER_SHARE * h
        header = [wd for wd in words if wd.box[1] < limit]
        if layout.header_sender(header):
            return words
        band = gray[y:int(limit), x:x + w]
        extra = [replace(_shift(wd, x, y), line=(-2,) + wd.line[1:]) for wd in self.engine.read_words(band, psm=11)]
        return extra + [wd for wd in words if wd.box[1] >= limit] if layout.header_sender(extra) else words

    def _recover_title(self, gray: np.ndarray, words: list[Word]) -> list[Word]:
        """Read a document's title again when the page pass missed or garbled it.

        Titles are set two or three times larger than the body, often in bold
        or brush type; scaled for the body, Tesseract drops or mangles them.
        The title decides the document type, so a missing one matters. A
        band above the first line read, or a tall low-confidence line near the
        top, is read once more as a single line at title-friendly scale.
        """
        if len(words) < 8:
            return words
        lines = sorted(group_lines(words), key=lambda ws: min(w.box[1] for w in ws))
        heights = [float(np.median([w.box[3] for w in ws])) for ws in lines]
        med_h = float(np.median(heights))
        x0 = min(w.box[0] for w in words)
        x1 = max(w.box[0] + w.box[2] for w in words)
        first_y = min(w.box[1] for w in lines[0])
        bands: list[tuple[int, int, list[Word]]] = []
        # (a) ink above the first line read
        top = max(0, int(first_y - 6 * med_h))
        if first_y - top > 1.2 * med_h:
            strip = gray[top:int(first_y) - 2, x0:x1]
            if strip.size:
                ink = cv2.adaptiveThreshold(strip, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)
                rows = ink.sum(axis=1) >= max(3, 0.01 * strip.shape[1])
                runs, start = [], None
                for i, r in enumerate(list(rows) + [False]):
                    if r and start is None:
                        start = i
                    elif not r and start is not None:
                        runs.append((start, i))
                        start = None
                tall = [(a, b) for a, b in runs if b - a >= 1.15 * med_h]
                if tall:
                    a, b = max(tall, key=lambda r: r[1] - r[0])
                    bands.append((top + a, top + b, []))
        # (b) a tall, poorly read line near the top
        for ws, h in zip(lines[:4], heights[:4]):
            if h >= 1.3 * med_h and float(np.mean([w.conf for w in ws])) < 70:
                y_a = min(w.box[1] for w in ws)
                y_b = max(w.box[1] + w.box[3] for w in ws)
                bands.append((y_a, y_b, ws))
        if not bands:
            return words
        out = list(words)
        added: list[Word] = []
        tops = sorted(min(w.box[1] for w in ws) for ws in lines)
        for i, (ya, yb, old) in enumerate(bands):
            # Pad the band, but never into the next line: a sliver of body text
            # under a title is enough to derail a single-line read.
            below = next((t for t in tops if t > ya + 0.5 * (yb - ya)), gray.shape[0])
            pad = int(0.3 * (yb - ya)) + 2
            y_a, y_b = max(0, ya - pad), min(gray.shape[0], yb + pad, max(yb + 1, below - 2))
            if old:
                cx0 = max(0, min(w.box[0] for w in old) - int(yb - ya))
                cx1 = min(gray.shape[1], max(w.box[0] + w.box[2] for w in old) + int(yb - ya))
            else:
                cx0, cx1 = x0, x1
            crop = gray[y_a:y_b, cx0:cx1]
            # Titles are Chinese: reading them with the Chinese model alone keeps
            # Tesseract from flipping to Latin look-alikes; two sizes, best kept.
            best: list[Word] = []
            best_score = 0.0
            for target in (32.0, 24.0):
                scale = float(np.clip(target / max(yb - ya, 1), 0.25, 2.0))
                new = self.engine.read_words(crop, psm=7, scale=scale, langs="chi_sim")
                cjk = [w for w in new if any(map(is_cjk, w.text))]
                n_cjk = sum(len(w.text) for w in cjk)
                score = n_cjk * (float(np.mean([w.conf for w in cjk])) if cjk else 0.0)
                if n_cjk >= 2 and score > best_score:
                    best, best_score = new, score
            if best and best_score / max(1, sum(len(w.text) for w in best)) >= 30:
                old_ids = {id(w) for w in old}
                out = [w for w in out if id(w) not in old_ids]
                added.extend(replace(_shift(w, cx0, y_a), line=(-1, i, 0)) for w in best)
        return added + out

    def _analyse_seals(self, bgr: np.ndarray, found: list[Seal]) -> tuple[list[Seal], float]:
        """Every seal analysed (ring text, centre, issuer) and checked for pasting; and the time it took."""
        t = time.perf_counter()
        found = [self._analyse_seal(bgr, s) for s in found]
        return seal_mod.pasted_seal_hints(bgr, found), time.perf_counter() - t

    def _analyse_seal(self, bgr: np.ndarray, seal: Seal) -> Seal:
        return seal_mod.analyse_seal(bgr, seal, self.engine.read_text)

    # ------------------------------------------------------------------ text
    def inspect_text(self, text: str, sender: str | None = None) -> Report:
        """Run the same rules on text alone (a message, a pasted letter)."""
        if not isinstance(text, str):
            from .errors import InspectorError

            raise InspectorError(f"inspect_text needs a str, got {type(text).__name__}.")
        lines = [Line(chars=list(t), boxes=[None] * len(t)) for t in text.splitlines()]
        return self._evaluate(lines, [], "text", sender, {}, None, [], (), is_sms=sender is not None,
                              typed=True)

    # ------------------------------------------------------------ shared core
    def _evaluate(self, lines: list[Line], seals: list[Seal], kind: str, sender: str | None,
                  metadata: dict[str, str], size: tuple[int, int] | None, words: list[Word],
                  messages: tuple, is_sms: bool, typed: bool = False,
                  gray: np.ndarray | None = None, doc_type: str | None = None,
                  runs: list | None = None) -> Report:
        doc = TextDoc(lines, typed_wraps=typed)
        rs = self.rules
        title_zone = _title_zone_end(doc, lines, typed)
        if doc_type is None:
            doc_type, _ = rs.classify(doc, title_zone)
        if is_sms:
            doc_type = "sms_message"  # a thread, whatever the messages call themselves
        spaced: list[Evidence] = []
        if gray is not None:  # typed text: the spaced_text check reads the gaps from the text itself
            for run in (runs if runs is not None else pulled_apart(gray, lines, skip_titles=not is_sms,
                                                                            photo=kind == "photo")):
                spaced.append(Evidence(text=run.text, box=run.box, source="layout", message=run.message))
            for a, b in spaced_runs_in_text(doc.raw):  # OCR sometimes keeps the symbols ("律*师*函")
                spaced.append(Evidence(text=doc.raw[a:b], box=union_box([bx for bx in doc.raw_boxes[a:b] if bx]),
                                       source="text", message=doc.raw_msg[a]))
        title = _title_line(lines)
        ctx = Context(doc=doc, doc_type=doc_type, seals=list(seals), source_kind=kind, sender=sender,
                      metadata=metadata, spaced=spaced, title_box=title.box if title else None,
                      title_text=title.text if title else None)
        ctx.exemptions = _exemptions(rs, ctx)
        findings = rs.evaluate(ctx, self.lang)
        if "reads_lawful" in ctx.exemptions and any(f.marker in rs.forgery_markers for f in findings):
            # A forged paper or a message posing as a court borrows lawful wording as its
            # disguise: once the forgery shows, its tactics are reported as well.
            ctx.exemptions.discard("reads_lawful")
            findings = rs.evaluate(ctx, self.lang)
        return Report(
            doc_type=rs.reported_type(doc, title_zone, doc_type),
            verdict=rs.verdict(findings),
            findings=tuple(findings),
            seals=tuple(seals),
            text=doc.raw,
            lang=self.lang,
            source_kind=kind,
            image_size=size,
            words=tuple(words),
            sender=sender,
            messages=tuple(messages),
            metadata=dict(metadata),
            versions=self.versions() if not typed else self._text_versions(),
            lawful_contexts=tuple(sorted(ctx.exemptions)),
            lawful_reading=ctx.lawful_reading,
            lawful_cues=ctx.lawful_cues,
        )

    def _text_versions(self) -> dict[str, object]:
        from . import __version__

        return {"inspector": __version__, "tesseract": None, "ocr_backend": None, "ocr_languages": [],
                "rules": {"version": self.rules.version, "files": self.rules.sources, "sha256": self.rules.digest}}


def filter_report(report: Report, min_severity: str, rules: RuleSet | None = None) -> Report:
    """The report with findings below ``min_severity`` dropped and the verdict recomputed."""
    if min_severity not in SEVERITIES:
        from .errors import InspectorError

        raise InspectorError(f"unknown severity {min_severity!r}: use one of {', '.join(SEVERITIES)}.")
    floor = SEVERITIES.index(min_severity)
    kept = tuple(f for f in report.findings if SEVERITIES.index(f.severity) >= floor)
    rs = rules or _default().rules
    embedded = tuple(filter_report(sub, min_severity, rs) for sub in report.embedded)
    return replace(report, findings=kept, verdict=rs.verdict(list(kept)), embedded=embedded)


def _exemptions(rs: RuleSet, ctx: Context) -> set[str]:
    """Which lawful contexts apply.

    ``official_sender``: the message comes from a state service number such as
    12368, so a court telling you a case was filed is not a threat.
    ``verified_court_paper``: a court paper with a valid case number and a seal
    that does not contradict the court (no company or law-firm name, no star):
    a real restriction order states restrictions; that is not intimidation.
    For typed text, which has no seal to see, the valid case number suffices.
    ``restrained_voice``: the sender binds itself not to use the tactics
    (``RuleSet.is_restrained``), so the steps it names are the lawful ones.
    ``business_addressee``: the text is addressed to a company, a dispute between
    firms (``business_addressee_re``).
    ``not_a_loan``: the money is goods, rent, utilities or fees, and nothing speaks
    of borrowing (``non_loan_debt_re``, ``loan_words_re``).
    ``borrower_voice``: the writer is the borrower, answering collectors
    (``borrower_voice_re``).
    ``reads_lawful``: the learned model (``inspector.context``) reads the whole
    text as lawful with at least ``lawful_reading_threshold`` (papers of the
    ``lawful_reading_strict_types`` need ``lawful_reading_strict_threshold``); a
    thread takes the lowest reading of its messages. ``Inspector._evaluate`` drops
    it again when a forgery marker fires.
    """
    out: set[str] = set()
    # The lawful contexts below give way to a hard threat anywhere in the text,
    # outside quotation marks ("我们不会上门，直接起诉你").
    hard = bool(rs.param_re("hard_threat_re").search(unquoted(ctx.doc.norm)))
    if not hard and rs.is_restrained(ctx.doc):
        out.add("restrained_voice")
    if (not hard and rs.param_re("non_loan_debt_re").search(ctx.doc.norm)
            and not rs.param_re("loan_words_re").search(ctx.doc.norm)):
        out.add("not_a_loan")
    if not hard and rs.param_re("borrower_voice_re").search(ctx.doc.norm):
        out.add("borrower_voice")
    if (not hard and rs.param_re("business_addressee_re").search(ctx.doc.norm)
            and not rs.param_re("business_void_re").search(ctx.doc.norm)):
        out.add("business_addressee")
    sender = sender_kind(ctx.sender, rs)
    if rs.lawful_reading is not None:
        # A thread reads lawful only when each of its messages does: one collector's
        # message among a lender's polite reminders must not be outvoted.
        sender_digits = digits_of(ctx.sender or "")
        ctx.lawful_reading, feats = min(
            ((rs.lawful_reading.probability(f), f)
             for f in (features(part, sender, sender_digits) for part in _message_texts(ctx.doc))),
            key=lambda pf: pf[0])
        threshold = rs.lawful_strict_threshold if ctx.doc_type in rs.lawful_strict_types else rs.lawful_threshold
        if ctx.lawful_reading >= threshold:
            ctx.lawful_cues = tuple(rs.lawful_reading.cues(feats))
            if not hard:
                out.add("reads_lawful")
    if sender == "official":
        out.add("official_sender")
    # Typed text has no seal to look at: there the valid case number has to do.
    # On a picture, a number OCR could not read counts when a seal shows the
    # court's own mark (the emblem, or a ring naming a court).
    courtlike = bears_court_seal(ctx.seals)
    # A message or page in a court's own voice (【…人民法院】, 本院) counts like a
    # court paper; one from a commercial gateway or a mobile number never does.
    court_voice = sender not in ("gateway", "mobile") and bool(_COURT_VOICE.search(ctx.doc.norm))
    if ctx.doc_type in COURT_DOCS or courtlike or court_voice:
        contradicted = any(s.issuer_kind in ("company", "law_firm") or s.center == "star" for s in ctx.seals)
        valid = bool(rs.param_re("case_number_valid_re").search(ctx.doc.norm))
        if not contradicted and (
                (valid and (ctx.seals or ctx.source_kind == "text"))
                or (courtlike and case_number_unreadable(rs, ctx.doc))):
            out.add("verified_court_paper")
    return out


def _message_texts(doc: TextDoc) -> list[str]:
    """The normalised text of each message of a thread, or the whole text when there is one."""
    parts: dict[int | None, list[str]] = {}
    for ch, src in zip(doc.norm, doc.norm_src):
        parts.setdefault(doc.raw_msg[src] if 0 <= src < len(doc.raw_msg) else None, []).append(ch)
    keyed = [k for k in parts if k is not None]
    if len(keyed) < 2:
        return [doc.norm]
    return ["".join(parts[k]) for k in keyed]


_COURT_VOICE = re.compile(r"[【\[][^】\]\n]{0,16}法院[】\]]|本院|我院|(?:我是|这里是)[^。，,\n]{0,12}法院")


def _title_zone_end(doc: TextDoc, lines: list[Line], typed: bool = False) -> int:
    """Index in ``doc.norm`` up to which text counts as the title area.

    On a picture, the first four lines; in typed text, the first line when
    there are several (a one-line message has no title), and up to two more
    while the lines before stay heading-short: a pasted paper often puts the
    issuer's name above its title ("北京市朝阳区人民法院" / "限制消费令").
    """
    if typed:
        if len(lines) < 2:
            return 0
        n_chars = len(lines[0].chars) + 1
        for prev, ln in zip(lines[:2], lines[1:3]):
            if len(prev.text.strip()) > _HEADING_CHARS or ln is lines[-1]:
                break
            n_chars += len(ln.chars) + 1
        return next((i for i, src in enumerate(doc.norm_src) if src >= n_chars), len(doc.norm))
    n_chars = 0
    for ln in lines[:4]:
        n_chars += len(ln.chars) + 1
    a = min(n_chars, len(doc.raw))
    # map raw index to norm index
    for i, src in enumerate(doc.norm_src):
        if src >= a:
            return max(i, 12)
    return len(doc.norm)


_HEADING_CHARS = 24  # a typed line this short may be a heading (an issuer's name, a title)


def _title_line(lines: list[Line]) -> Line | None:
    """The document's title: the tallest of the first few lines (the first of equals)."""
    cands = [ln for ln in lines[:6] if ln.box and sum(c.strip() != "" for c in ln.chars) >= 2]
    if not cands:
        return None
    tallest = max(ln.height for ln in cands)
    return next(ln for ln in cands if ln.height >= 0.9 * tallest)


_WORDLIKE = re.compile(r"[A-Z]?[a-z]{2,}|[A-Z]{2,5}|[A-Z][a-z]?|\d+(?:[.,:/-]\d+)*")


def _latin_gibberish(tokens: list[str]) -> bool:
    """Latin that Chinese print turns into: several short pieces, or pieces that are no words.

    A token looks like a word when it is a lower-case or capitalised word, a
    short acronym or a number (punctuation around it aside); "BFASSRACRAHIRRRE",
    "S094" and "wéTsos" do not.
    """
    if len(tokens) >= 2 and max(len(t) for t in tokens) <= 5:
        return True
    pieces = [p for t in tokens for p in re.findall(r"[^\W_]+", t) if any(c.isalpha() for c in p)]
    if not pieces:
        return False
    odd = sum(1 for p in pieces if not _WORDLIKE.fullmatch(p))
    return odd >= max(1, len(pieces) / 2)


_SPECK_CHARS = set("@©®•·。，、.,;:'\"`~|_-*=+^°")


def _drop_line_specks(words: list[Word]) -> list[Word]:
    """Words of a screenshot without the stray marks read off a bubble's edge or tail at a line's start.

    A line that begins with a lone "@" or "。" before Chinese text got it from
    the bubble's outline, not from the message; left in, it splits phrases
    ("24小时 / @ 。内未结清").
    """
    drop: set[int] = set()
    for ws in group_lines(words):
        for i, w in enumerate(ws[:-1]):
            if not w.text or not set(w.text) <= _SPECK_CHARS:
                break
            if any(is_cjk(c) for c in ws[i + 1].text[:1]) or set(ws[i + 1].text) <= _SPECK_CHARS:
                drop.add(id(w))
    return [w for w in words if id(w) not in drop] if drop else words


def _inside(inner, outer) -> bool:
    """Whether the centre of box ``inner`` lies in box ``outer``."""
    cx, cy = inner[0] + inner[2] / 2, inner[1] + inner[3] / 2
    return outer[0] <= cx <= outer[0] + outer[2] and outer[1] <= cy <= outer[1] + outer[3]


def _blank(bgr: np.ndarray, boxes: list) -> np.ndarray:
    """A copy with the given regions painted in the colour around them (so their text is read once)."""
    out = bgr.copy()
    for x, y, w, h in boxes:
        ring = np.concatenate([bgr[max(0, y - 3):y, x:x + w].reshape(-1, 3),
                               bgr[y + h:y + h + 3, x:x + w].reshape(-1, 3)])
        colour = np.median(ring, axis=0) if ring.size else np.array([255, 255, 255])
        out[y:y + h, x:x + w] = colour.astype(np.uint8)
    return out


def _merge_embedded(report: Report, embedded: list[Report], seals: list[Seal], pictures: list,
                    rules: RuleSet) -> Report:
    """One report for a screenshot that shows documents: the screenshot's own findings plus each
    document's, the document's type when it fills most of the screen (an image viewer)."""
    findings = list(report.findings)
    by_marker = {f.marker: i for i, f in enumerate(findings)}
    for sub in embedded:
        for f in sub.findings:
            if f.marker in by_marker:
                i = by_marker[f.marker]
                findings[i] = replace(findings[i], evidence=findings[i].evidence + f.evidence)
            else:
                by_marker[f.marker] = len(findings)
                findings.append(f)
    w, h = report.image_size or (1, 1)
    doc_type = report.doc_type
    main = max(zip(embedded, pictures), key=lambda p: p[1][2] * p[1][3])
    if main[1][2] * main[1][3] >= 0.35 * w * h and main[0].doc_type != "other":
        doc_type = main[0].doc_type
    text = report.text + "".join("\n\n" + sub.text for sub in embedded)
    return replace(report, findings=tuple(findings), verdict=rules.verdict(findings), seals=tuple(seals),
                   doc_type=doc_type, embedded=tuple(embedded), text=text,
                   words=report.words + tuple(w for sub in embedded for w in sub.words))


def _shift(w: Word, dx: int, dy: int) -> Word:
    x, y, bw, bh = w.box
    return replace(w, box=(x + dx, y + dy, bw, bh))


def _suppress_seals(bgr: np.ndarray, found: list[Seal]) -> np.ndarray:
    """Red ink removed inside seal boxes only: red titles elsewhere stay readable."""
    if not found:
        return bgr
    out = bgr.copy()
    h, w = bgr.shape[:2]
    for s in found:
        x, y, bw, bh = s.box
        pad = int(0.06 * max(bw, bh))
        x0, y0 = max(0, x - pad), max(0, y - pad)
        x1, y1 = min(w, x + bw + pad), min(h, y + bh + pad)
        out[y0:y1, x0:x1] = seal_mod.suppress_red(bgr[y0:y1, x0:x1])
    return out


_DEFAULT: dict[tuple, Inspector] = {}
_DEFAULT_LOCK = threading.Lock()
_POOL: list[ThreadPoolExecutor] = []
_POOL_LOCK = threading.Lock()


def _seal_pool() -> ThreadPoolExecutor:
    """The process's one worker thread for seal analysis (its OCR models stay loaded between pictures)."""
    with _POOL_LOCK:
        if not _POOL:
            _POOL.append(ThreadPoolExecutor(max_workers=1, thread_name_prefix="inspector-seals"))
        return _POOL[0]


def _default(langs: str = DEFAULT_LANGS, lang: str = "zh", rules: tuple = ()) -> Inspector:
    key = (langs, lang, rules)
    with _DEFAULT_LOCK:
        if key not in _DEFAULT:
            _DEFAULT[key] = Inspector(langs=langs, rules=list(rules) or None, lang=lang)
        return _DEFAULT[key]


def inspect_image(source: ImageSource, *, lang: str = "zh", langs: str = DEFAULT_LANGS,
                  rules: str | Path | None = None) -> Report:
    """Inspect a photo or screenshot: a path, bytes, PIL image or numpy BGR array.

    Engines and rules load on the first call and are reused afterwards.
    Raises an ``InspectorError`` subclass on bad input or a missing Tesseract.
    """
    return _default(langs, lang, (str(rules),) if rules else ()).inspect_image(source)


def inspect_text(text: str, sender: str | None = None, *, lang: str = "zh",
                 rules: str | Path | None = None) -> Report:
    """Run the rules on text alone; ``sender`` is the SMS sender number or name, if known."""
    return _default(DEFAULT_LANGS, lang, (str(rules),) if rules else ()).inspect_text(text, sender=sender)
