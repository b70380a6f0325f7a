"""Text as the rules see it: normalised, gaps closed, every character still boxed.

OCR and typed messages arrive in many forms: full-width digits and brackets,
traditional characters, spaces or symbols pushed between characters to dodge
keyword filters, lines wrapped in mid-phrase. ``TextDoc`` turns them into one
normalised string for matching while remembering, for every normalised
character, the box of the character it came from, so a match can be boxed on
the picture.
"""
from __future__ import annotations

import functools
import os
import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np

from .model import Box, Word, union_box

# Characters collectors put between the characters of a sensitive word.
SPACERS = set(" \t\u3000*＊·•・.．-－_＿|｜/／\\~～^+＋=＝#＃'\"`")
# Invisible characters: they count as gaps but never show.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\ufe0e\ufe0f"), None)  # and emoji variation selectors

_PUNCT = set("，。！？；：、（）《》【】“”‘’「」『』…—·,.!?;:()[]<>\"'")


_CJK_PUNCT = set("，。！？；：、（）《》【】“”‘’「」『』…—")


def is_gap_char(ch: str) -> bool:
    """Whitespace, an invisible character, or a symbol used to pull characters apart (*, -, ◆, ★ ...).

    Chinese punctuation is not a gap: it ends clauses.
    """
    if ch in SPACERS or ch.isspace() or ord(ch) in INVISIBLE:
        return True
    if ch in _CJK_PUNCT:
        return False
    return unicodedata.category(ch) in ("So", "Sm", "Sk", "Pd", "Pc", "Cf")


def is_cjk(ch: str) -> bool:
    """A Han character (the common and extension-A blocks, compatibility forms)."""
    if not ch:
        return False
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF


@functools.lru_cache(maxsize=1)
def _t2s_table() -> dict[int, str]:
    """Traditional -> simplified, character for character (keeps positions 1:1).

    Built from OpenCC's character dictionary, taking the first simplified form
    of each traditional character; phrase-level conversion is not needed to
    match keywords and would break the character-to-box mapping.
    """
    table: dict[int, str] = {}
    try:
        import opencc  # opencc-python-reimplemented ships the dictionary files

        path = os.path.join(os.path.dirname(opencc.__file__), "dictionary", "TSCharacters.txt")
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 2 and len(parts[0]) == 1:
                    simp = parts[1].split(" ")[0]
                    if len(simp) == 1 and simp != parts[0]:
                        table[ord(parts[0])] = simp
    except (ImportError, OSError):  # pragma: no cover - requirements pin opencc
        pass
    return table


def normalise_char(ch: str) -> str:
    """One character to its matching form: NFKC width folding, simplified, lower case."""
    out = unicodedata.normalize("NFKC", ch)
    out = out.translate(_t2s_table())
    return out.lower()


def fold_in_place(text: str) -> str:
    """Each character in its matching form where that is one character, so positions stay put."""
    out = []
    for ch in text:
        n = normalise_char(ch)
        out.append(n if len(n) == 1 else ch)
    return "".join(out)


def normalise(text: str) -> str:
    """Normalised text without positions (for typed text and tests)."""
    return TextDoc.from_text(text).norm


@dataclass
class Line:
    """One line of text: its characters with a box each (None for typed text)."""

    chars: list[str]
    boxes: list[Box | None]
    words: list[Word] = field(default_factory=list)
    message: int | None = None

    @property
    def text(self) -> str:
        return "".join(self.chars)

    @property
    def box(self) -> Box | None:
        return union_box([b for b in self.boxes if b is not None])

    @property
    def height(self) -> float:
        hs = [w.box[3] for w in self.words if any(is_cjk(c) for c in w.text)]
        if not hs:
            hs = [w.box[3] for w in self.words]
        return float(np.median(hs)) if hs else 0.0


def group_lines(words: list[Word]) -> list[list[Word]]:
    """OCR words grouped by their line key, lines in first-seen order, words left to right."""
    groups: dict[tuple[int, ...], list[Word]] = {}
    for w in words:
        groups.setdefault(w.line, []).append(w)
    return [sorted(ws, key=lambda w: w.box[0]) for ws in groups.values()]


def lines_from_words(words: list[Word], message_of: dict[tuple[int, ...], int] | None = None) -> list[Line]:
    """Group OCR words into lines in reading order, one box per character.

    A word's box is shared out evenly among its characters: Tesseract's word
    boxes for Chinese are one to a few characters wide, so this is close.
    Between two words a space is kept only where Latin letters or digits meet,
    because Tesseract puts spaces between Chinese characters that have none.
    """
    lines: list[Line] = []
    for ws in group_lines(words):
        key = ws[0].line
        chars: list[str] = []
        boxes: list[Box | None] = []
        for w in ws:
            if chars and not (is_cjk(chars[-1]) or is_cjk(w.text[0])) and chars[-1] not in _PUNCT:
                chars.append(" ")
                boxes.append(None)
            x, y, bw, bh = w.box
            n = len(w.text)
            step = bw / n
            for i, ch in enumerate(w.text):
                chars.append(ch)
                boxes.append((int(x + i * step), y, max(1, int(round(step))), bh))
        msg = message_of.get(key) if message_of else None
        lines.append(Line(chars=chars, boxes=boxes, words=ws, message=msg))
    return lines


_SENTENCE_END = set("。！？!?；;：:")


def _printed_len(ln: Line) -> float:
    """The line's printed width in Chinese characters: Latin letters, digits and ASCII marks take half."""
    return sum(0.5 if ord(c) < 0x2E80 else 1.0 for c in ln.chars if not c.isspace())


def _wraps_by_count(ln: Line, nxt: Line, longest: float, floor: int = 12) -> bool:
    """Does ``ln`` run on into ``nxt``: nearly as wide as the widest line, no sentence end, Chinese next?

    Digits go on after Chinese too (a case number broken after 民初), unless
    they start a numbered item ("2、", "3.").
    """
    text = "".join(ln.chars).rstrip()
    following = "".join(nxt.chars).lstrip()
    goes_on = bool(following) and (is_cjk(following[0]) or (
        bool(text) and is_cjk(text[-1]) and following[0].isdigit() and not _ITEM_NUMBER.match(following)))
    return (longest >= floor and _printed_len(ln) >= 0.85 * longest and bool(text) and text[-1] not in _SENTENCE_END
            and goes_on)


_COLUMN_GAP = re.compile(r"\S(?: {2,}|\t|\u3000{2,})\S")
_ITEM_NUMBER = re.compile(r"\d{1,2}\s*[.、．)）:：]")


def _wraps_in_column(prev: Line | None, ln: Line, nxt: Line, h: float, body_h: float) -> bool:
    """Does ``ln`` (boxed, like ``nxt``) wrap into ``nxt`` within a narrow column, such as a chat bubble?

    A bubble's lines start at one left edge, in body type; a line that runs on
    is as long, in characters, as the fullest of its neighbours in that column,
    does not end a sentence, and the next line goes on in Chinese. Headings
    (larger type, such as a court's name over a paper's title) do not run on.
    """
    if abs(nxt.box[0] - ln.box[0]) > 1.5 * h or (body_h and max(ln.height, nxt.height) > 1.2 * body_h):
        return False
    neighbours = [_printed_len(ln), _printed_len(nxt)]
    if prev is not None and prev.box is not None and prev.message == ln.message \
            and abs(prev.box[0] - ln.box[0]) <= 1.5 * h and _next_below(prev, ln, h):
        neighbours.append(_printed_len(prev))
    return _wraps_by_count(ln, nxt, max(neighbours), floor=6)


def _next_below(ln: Line, nxt: Line, h: float) -> bool:
    """Is ``nxt`` the line under ``ln``? Judged by centres: a slanted line's box is taller than its print."""
    centre, nxt_centre = ln.box[1] + ln.box[3] / 2, nxt.box[1] + nxt.box[3] / 2
    return 0.5 * h <= nxt_centre - centre <= ln.box[3] / 2 + nxt.box[3] / 2 + 2.5 * h


_STRAIGHT_QUOTES = '"＂'
_QUOTED_MAX = 40  # characters between a pair of straight quotation marks


def _paired_straight_quotes(raw: str) -> dict[int, str]:
    """Straight double quotes that pair up on a line, as the curly marks they stand for.

    Typed and OCR text often quotes with '"' where print has “…”. A straight
    mark is also a symbol the dodge puts between characters (律"师"函), so
    only marks that pair up on their line, around two or more characters,
    are read as quotation marks; the others stay gaps.
    """
    out: dict[int, str] = {}
    start = 0
    for line in raw.split("\n"):
        marks = [start + k for k, c in enumerate(line) if c in _STRAIGHT_QUOTES]
        if marks and len(marks) % 2 == 0 and all(
                2 <= b - a - 1 <= _QUOTED_MAX for a, b in zip(marks[::2], marks[1::2])):
            for a, b in zip(marks[::2], marks[1::2]):
                out[a], out[b] = "“", "”"
        start += len(line) + 1
    return out


class TextDoc:
    """All text of one picture or message, raw for people and normalised for rules.

    ``norm`` is the matching form; ``norm_src[i]`` is the index into ``raw`` of
    the character that produced ``norm[i]``. Lines that wrap in mid-sentence are
    joined without a break so phrases split over two lines still match; other
    lines are separated by ``\\n``, which patterns' ``.`` does not cross.
    Lines without boxes (typed text) are judged by length alone, and only with
    ``typed_wraps``: text pasted from a page keeps the page's line breaks.
    """

    def __init__(self, lines: list[Line], wrap_join: bool = True, typed_wraps: bool = False) -> None:
        self.lines = lines
        raw_chars: list[str] = []
        raw_boxes: list[Box | None] = []
        raw_msg: list[int | None] = []
        # The measure (left margin, right edge) is taken per message in a thread,
        # since bubbles are narrower than the screen, and over the page otherwise.
        measure: dict[int | None, tuple[float, float]] = {}
        for key in {ln.message for ln in lines}:
            group = [ln.box for ln in lines if ln.message == key and ln.box]
            if group:
                measure[key] = (float(np.median([b[0] for b in group])),
                                float(np.percentile([b[0] + b[2] for b in group], 90)))
        for i, ln in enumerate(lines):
            if i > 0:
                raw_chars.append("\n")
                raw_boxes.append(None)
                raw_msg.append(ln.message)
            raw_chars.extend(ln.chars)
            raw_boxes.extend(ln.boxes)
            raw_msg.extend([ln.message] * len(ln.chars))
        self.raw = "".join(raw_chars)
        self.raw_boxes = raw_boxes
        self.raw_msg = raw_msg
        # Decide which line breaks are wraps (joined) and which are real breaks.
        joins: set[int] = set()
        if wrap_join:
            # In a photo, boxes come back through the perspective: margins slant, so a
            # full line is also told by its length in characters.
            longest: dict[int | None, float] = {}
            for ln in lines:
                longest[ln.message] = max(longest.get(ln.message, 0), _printed_len(ln))
            heights = [ln.height for ln in lines if ln.box and ln.height > 0]
            body_h = float(np.median(heights)) if heights else 0.0
            pos = 0
            for i, ln in enumerate(lines[:-1]):
                pos += len(ln.chars)
                nxt = lines[i + 1]
                if ln.message != nxt.message:
                    pos += 1
                    continue
                if ln.box is None and nxt.box is None:
                    # Typed (or pasted OCR) text keeps its line breaks; a line as
                    # full as the fullest, not ending a sentence, ran on.
                    # Rows of a table (columns set apart by runs of spaces) stay rows.
                    if typed_wraps and not _COLUMN_GAP.search(ln.text.strip() + "\n" + nxt.text.strip()) \
                            and _wraps_by_count(ln, nxt, longest.get(ln.message, 0)):
                        joins.add(pos)
                    pos += 1
                    continue
                if not ln.box or not nxt.box:
                    pos += 1
                    continue
                h = max(ln.height, 1.0)
                left_margin, full_right = measure.get(ln.message, (0.0, 0.0))
                # A wrapped line fills the measure: it starts at the left margin (or a
                # paragraph indent) and runs to the right edge; the next starts left.
                reaches_right = ln.box[0] + ln.box[2] >= full_right - 2.5 * h
                starts_left = nxt.box[0] <= left_margin + 2.5 * h and ln.box[0] <= left_margin + 3.5 * h
                close_below = -0.5 * h <= nxt.box[1] - (ln.box[1] + ln.box[3]) <= 2.5 * h
                if reaches_right and starts_left and close_below:
                    joins.add(pos)
                elif _next_below(ln, nxt, h) and (
                        _wraps_by_count(ln, nxt, longest.get(ln.message, 0))
                        or _wraps_in_column(lines[i - 1] if i else None, ln, nxt, h, body_h)):
                    joins.add(pos)
                pos += 1
        self._build_norm(joins)

    @classmethod
    def from_text(cls, text: str) -> "TextDoc":
        """A document from typed text: each line as given, no boxes."""
        lines = [Line(chars=list(t), boxes=[None] * len(t)) for t in text.splitlines()]
        return cls(lines, wrap_join=False)

    def _build_norm(self, joins: set[int]) -> None:
        raw = self.raw
        out: list[str] = []
        src: list[int] = []
        n = len(raw)
        quotes = _paired_straight_quotes(raw)
        i = 0
        while i < n:
            ch = raw[i]
            if i in quotes:
                out.append(quotes[i])
                src.append(i)
                i += 1
                continue
            if ch == "\n":
                if i in joins:
                    i += 1
                    continue
                out.append("\n")
                src.append(i)
                i += 1
                continue
            if ord(ch) in INVISIBLE:
                i += 1
                continue
            if is_gap_char(ch):
                # A run of gaps/spacers between two Chinese characters is closed;
                # plain whitespace next to a Chinese character is dropped too
                # (OCR puts spaces around digits inside Chinese text).
                j = i
                while j < n and raw[j] != "\n" and is_gap_char(raw[j]):
                    j += 1
                prev = out[-1] if out else ""
                nxt = raw[j] if j < n else ""
                run = raw[i:j]
                only_space = all(c.isspace() or ord(c) in INVISIBLE for c in run)
                if is_cjk(prev) and is_cjk(nxt):
                    i = j
                    continue
                if only_space and (is_cjk(prev) or is_cjk(nxt)):
                    i = j
                    continue
                if only_space:
                    if out and out[-1] != " ":
                        out.append(" ")
                        src.append(i)
                    i = j
                    continue
            for c in normalise_char(ch):
                out.append(c)
                src.append(i)
            i += 1
        self.norm = "".join(out)
        self.norm_src = src

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw-text span behind ``norm[start:end]``."""
        if start >= end or not self.norm_src:
            return (0, 0)
        return self.norm_src[start], self.norm_src[end - 1] + 1

    def raw_text(self, start: int, end: int) -> str:
        a, b = self.raw_span(start, end)
        return self.raw[a:b]

    def box_of(self, start: int, end: int) -> Box | None:
        a, b = self.raw_span(start, end)
        return union_box([bx for bx in self.raw_boxes[a:b] if bx is not None])

    def boxes_of(self, start: int, end: int) -> list[Box]:
        """One box per line the span touches (a phrase wrapped over two lines gets two)."""
        a, b = self.raw_span(start, end)
        out: list[Box] = []
        current: list[Box] = []
        for k in range(a, b):
            if self.raw[k] == "\n":
                if current:
                    out.append(union_box(current))
                current = []
            bx = self.raw_boxes[k]
            if bx is not None:
                current.append(bx)
        if current:
            out.append(union_box(current))
        return [b for b in out if b is not None]

    def message_at(self, start: int) -> int | None:
        a, _ = self.raw_span(start, start + 1)
        return self.raw_msg[a] if 0 <= a < len(self.raw_msg) else None

    def sentence_around(self, start: int, end: int) -> tuple[int, int]:
        """The normalised sentence (between 。！？ and line breaks) holding a span."""
        stops = "。！？!?;；\n"
        a = start
        while a > 0 and self.norm[a - 1] not in stops:
            a -= 1
        b = end
        while b < len(self.norm) and self.norm[b] not in stops:
            b += 1
        return a, b


# ---------------------------------------------------------------------------
# Spaced-out characters




def spaced_runs_in_text(text: str) -> list[tuple[int, int]]:
    """Spans of typed text where Chinese characters are pulled apart by gaps or symbols.

    Three or more characters in a row, each on its own between gaps: the
    dodge the source describes ("法 院 传 票", "律*师*函"). A space between
    two words ("您好 我们") is ordinary and does not count.
    """
    spans: list[tuple[int, int]] = []
    n = len(text)
    i = 0
    while i < n:
        if not is_cjk(text[i]) or (i > 0 and is_cjk(text[i - 1])):
            i += 1
            continue
        # text[i] is a Chinese character with no Chinese character before it.
        chars = [i]
        j = i + 1
        while True:
            k = j
            while k < n and text[k] != "\n" and is_gap_char(text[k]):
                k += 1
            if k == j or k >= n or not is_cjk(text[k]):
                break
            chars.append(k)
            j = k + 1
            if j < n and is_cjk(text[j]):
                break  # the next character is attached: the run ends here
        if len(chars) >= 3:
            spans.append((chars[0], chars[-1] + 1))
        i = chars[-1] + 1
    return spans
