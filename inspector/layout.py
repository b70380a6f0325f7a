"""What kind of picture this is, and the structure of a phone screenshot.

A screenshot is told from a photo by its pixels: flat UI colours repeat
exactly, whole rows are one colour, and there is no camera metadata. In a
screenshot the status bar and the input/navigation bars are left out of the
text, the sender is read from the thread's header, and the text is split into
messages by the gaps between bubbles.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import cv2
import numpy as np

from .model import Box, Message, Word, union_box
from .text import group_lines, is_cjk

# Share of phone height taken by the status bar and by the bottom input +
# navigation bars on common Android layouts (24-32 dp of ~800 dp; ~56+48 dp).
STATUS_BAR = 0.035
BOTTOM_BARS = 0.085


@dataclass(frozen=True)
class Screen:
    """A screenshot's layout: where the content is and whether it looks like a phone."""

    content_box: Box | None
    phone: bool
    dark: bool
    # Height of the thread header band in pixels, when known better than as a share of
    # the content (a cropped screenshot is shorter than a phone, its header is not).
    header_h: float | None = None


def classify_source(bgr: np.ndarray, metadata: dict[str, str]) -> tuple[str, Screen | None]:
    """``('screenshot', Screen)``, ``('photo', None)`` or ``('scan', None)``.

    Camera metadata means a photo. Otherwise a picture whose most common
    colour covers a large share of pixels *exactly* and has many perfectly
    flat rows is rendered, not photographed: a screenshot if it has a phone's
    proportions or UI bars, a scan (or a clean digital document) if not.
    """
    h, w = bgr.shape[:2]
    step = max(1, int(max(h, w) / 600))
    small = bgr[::step, ::step]
    flat = small.reshape(-1, 3)
    packed = (flat[:, 0].astype(np.int32) << 16) | (flat[:, 1].astype(np.int32) << 8) | flat[:, 2].astype(np.int32)
    _, counts = np.unique(packed, return_counts=True)
    top_share = float(counts.max()) / packed.size
    rows_flat = float(np.mean(np.ptp(small.astype(np.int16), axis=1).max(axis=1) <= 2))
    gray = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY)
    dark = float(np.median(gray)) < 100
    has_camera = any(k in metadata for k in ("camera_make", "camera_model", "lens_model"))
    phone_shape = h / max(w, 1) >= 1.6
    rendered = top_share >= 0.25 and rows_flat >= 0.15
    if has_camera and not rendered:
        return "photo", None
    if rendered and (phone_shape or dark):
        top = int(h * STATUS_BAR)
        bottom = int(h * (1 - BOTTOM_BARS))
        return "screenshot", Screen(content_box=(0, top, w, bottom - top), phone=True, dark=dark)
    if rendered:
        return "scan", None
    if has_camera:
        return "photo", None
    # Photographs of paper have noise and no exact repeats; uneven light is typical.
    return ("photo" if top_share < 0.02 else "scan"), None


_CLOCK = re.compile(r"^\d{1,2}[:：]\d{2}$")
CLOCK_BAND = 0.045  # the status bar's share of a cropped screenshot's height, at most
CROPPED_MIN_RATIO = 1.25  # height over width: a cropped screenshot is still upright
PHONE_HEIGHT_IN_WIDTHS = 1.9  # a phone screen's content area, in screen widths


def cropped_screen(words: list[Word], bgr: np.ndarray) -> Screen | None:
    """A screen for a rendered, upright picture whose top band shows a phone's clock.

    Screenshots are often cropped before they are shared, and then lack a
    phone's proportions; the status bar's time (21:12) at the very top still
    gives them away, which a document's first line does not.
    """
    h, w = bgr.shape[:2]
    if h < CROPPED_MIN_RATIO * w:
        return None
    bar = [wd for wd in words if wd.box[1] + wd.box[3] <= h * CLOCK_BAND]
    if not any(_CLOCK.match(wd.text.strip()) for wd in bar):
        return None
    # The status bar ends below the clock; the header is as tall as on a whole phone
    # screen of this width (about 2 widths high).
    top = max(int(h * STATUS_BAR), max(wd.box[1] + wd.box[3] for wd in bar) + 2)
    return Screen(content_box=(0, top, w, int(h * (1 - BOTTOM_BARS)) - top), phone=True, dark=False,
                  header_h=HEADER_SHARE * PHONE_HEIGHT_IN_WIDTHS * w)


_TIME = re.compile(r"^(?:(?:昨天|今天|前天|上午|下午|晚上|凌晨|中午|星期[一二三四五六日天]|周[一二三四五六日天]|\d{1,2}月\d{1,2}日|\d{4}[/-]\d{1,2}[/-]\d{1,2})\s*)*\d{1,2}[:：]\d{2}$")
_NUMBER = re.compile(r"[+\d][\d\s\-]{3,22}\d")


HEADER_SHARE = 0.12  # the thread header (back arrow, avatar, sender) within the content area


def header_sender(words: list[Word]) -> str | None:
    """The sender shown in a thread's header words: a number, or failing that a short name."""
    lines = _line_groups(words)
    name = None
    for ws in lines:
        text = _line_text(ws)
        number = _sender_number(text)
        if number:
            return number
        if name is None and 2 <= len(text.strip()) <= 16 and not _TIME.match(text.strip()):
            name = text.strip()
    return name


def _sender_number(text: str) -> str | None:
    """The number in a thread header: the longest run of 5+ digits (icons read as stray
    digits stay apart), or a number written in groups ("+86 170 1234 5678")."""
    tokens = re.findall(r"\+?\d+", text)
    longest = max((t for t in tokens if len(t.lstrip("+")) >= 5), key=len, default=None)
    if longest:
        return longest
    m = _NUMBER.search(text)
    if m and len(re.sub(r"\D", "", m.group(0))) >= 7:
        return re.sub(r"[\s\-]", "", m.group(0))
    return None


def _line_groups(words: list[Word]) -> list[list[Word]]:
    """Lines top to bottom (a thread is read by position, not by Tesseract's block order)."""
    return sorted(group_lines(words), key=lambda ws: min(w.box[1] for w in ws))


def _line_text(ws: list[Word]) -> str:
    out = ""
    for w in ws:
        if out and not (is_cjk(out[-1]) or is_cjk(w.text[0])):
            out += " "
        out += w.text
    return out


def sms_structure(words: list[Word], screen: Screen) -> tuple[str | None, tuple[Message, ...], dict | None]:
    """Sender, messages and the message index of each OCR line, for a message thread.

    The sender is the first number (or, failing that, the first short line)
    in the header band at the top of the content. Messages are runs of lines
    separated by gaps taller than a line; a line that is only a time stamps
    the message below it. Returns ``(None, (), None)`` when the picture does
    not look like a thread.
    """
    if not words or screen.content_box is None:
        return None, (), None
    _, top, _, height = screen.content_box
    lines = _line_groups([w for w in words if w.box[1] >= top])
    header_limit = top + (screen.header_h if screen.header_h is not None else HEADER_SHARE * height)
    header = [ws for ws in lines if min(w.box[1] for w in ws) <= header_limit]
    sender = header_sender([w for ws in header for w in ws])
    if sender is None:
        return None, (), None
    body_start = len(header)
    numeric = len(re.sub(r"\D", "", sender)) >= 5
    sms_ui = any(k in _line_text(ws) for ws in lines for k in ("短信", "文本消息", "iMessage", "SMS", "彩信"))
    if not (numeric or sms_ui):
        return None, (), None  # a chat app (named contact), not a text-message thread
    body = lines[body_start:]
    if not body:
        return sender, (), {}
    heights = [float(np.median([w.box[3] for w in ws])) for ws in body]
    line_h = float(np.median(heights)) if heights else 20.0
    messages: list[Message] = []
    message_of: dict[tuple[int, ...], int] = {}
    current: list[list[Word]] = []
    pending_time: str | None = None
    last_bottom: float | None = None

    def close() -> None:
        nonlocal current, pending_time
        if current:
            box = union_box([w.box for ws in current for w in ws])
            messages.append(Message(text="".join(_line_text(ws) for ws in current), box=box, time=pending_time))
            pending_time = None
        current = []

    for ws in body:
        text = _line_text(ws).strip()
        y0 = min(w.box[1] for w in ws)
        y1 = max(w.box[1] + w.box[3] for w in ws)
        if _TIME.match(text.replace(" ", "")):
            close()
            pending_time = text
            last_bottom = y1
            continue
        if last_bottom is not None and y0 - last_bottom > 1.1 * line_h:
            close()
        current.append(ws)
        for w in ws:
            message_of[w.line] = len(messages)
        last_bottom = y1
    close()
    return sender, tuple(messages), message_of


def find_pictures(bgr: np.ndarray) -> list[Box]:
    """Pictures shown inside a screenshot: a photo in a chat bubble, a document in an image viewer.

    A screenshot is mostly flat UI colours; a photographed or scanned page
    inside it has continuous tone. Regions that differ from the screen's
    background are grouped, and a large one whose three commonest colours
    cover less than three quarters of it (a text bubble is nearly all one
    colour) and which holds many distinct colours is a picture.
    """
    H, W = bgr.shape[:2]
    k = max(1, int(round(max(H, W) / 800)))
    small = np.ascontiguousarray(bgr[::k, ::k])
    h, w = small.shape[:2]
    flat = small.reshape(-1, 3).astype(np.int32)
    packed = (flat[:, 0] << 16) | (flat[:, 1] << 8) | flat[:, 2]
    vals, counts = np.unique(packed, return_counts=True)
    background = vals[np.argmax(counts)]
    mask = (packed != background).reshape(h, w).astype(np.uint8)
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    grid = packed.reshape(h, w)
    out: list[Box] = []
    for i in range(1, n):
        x, y, bw, bh, area = (int(v) for v in stats[i])
        if bw * bh < 0.04 * w * h or bw < 0.25 * w or bh < 0.08 * h or area < 0.8 * bw * bh:
            continue
        region = grid[y:y + bh, x:x + bw][labels[y:y + bh, x:x + bw] == i]
        _, c = np.unique(region, return_counts=True)
        top3 = float(np.sort(c)[-3:].sum()) / region.size
        if top3 < 0.75 and c.size >= 400:
            out.append((x * k, y * k, min(bw * k, W - x * k), min(bh * k, H - y * k)))
    return out
