#!/usr/bin/env python3
"""Generate bench/dev_chats: 40 synthetic phone screenshots of chat apps and SMS threads.

Written from scratch with PIL and numpy, without reading the inspector implementation.
Styles: WeChat (light / dark), QQ, DingTalk, and the phone's SMS app (light / dark).
Deterministic: the random seed is fixed, so re-running reproduces the same files.

    python bench/dev_chats/make_dev_chats.py
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import numpy as np  # noqa: F401  (kept for quick pixel checks)
from PIL import Image, ImageDraw, ImageFont

OUT = Path(__file__).resolve().parent
RNG = random.Random(20240917)

FONTS = [  # (path, index) -- body fonts; AR PL UKai is deliberately not used
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 3),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
]
FONT_WEIGHTS = [5, 4, 3, 1, 1, 1]
BOLD = ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2)

EMOJI = set("😊😂😭👍🙏😅🌹💪😔🤝")

AVATAR_COLOURS = ["#e57373", "#64b5f6", "#81c784", "#ffb74d", "#ba68c8", "#4db6ac",
                  "#f06292", "#7986cb", "#a1887f", "#90a4ae", "#fbc02d", "#26a69a"]

STYLES = {
    "wechat": dict(bg="#ededed", bar="#ededed", bar_fg="#111111", lb="#ffffff", lt="#111111",
                   rb="#95ec69", rt="#111111", time="#a0a0a0", name="#8a8a8a", inp="#f7f7f7",
                   sq=True, radius=4),
    "wechat_dark": dict(bg="#111111", bar="#111111", bar_fg="#d0d0d0", lb="#2c2c2c", lt="#d5d5d5",
                        rb="#3eb575", rt="#0d0d0d", time="#6a6a6a", name="#7a7a7a", inp="#1e1e1e",
                        sq=True, radius=4),
    "qq": dict(bg="#f1f2f6", bar="#f7f7f9", bar_fg="#000000", lb="#ffffff", lt="#000000",
               rb="#1e9bff", rt="#ffffff", time="#9a9a9a", name="#808080", inp="#f7f7f9",
               sq=True, radius=14),
    "qq_dark": dict(bg="#161616", bar="#1e1e1e", bar_fg="#e0e0e0", lb="#262626", lt="#dddddd",
                    rb="#1666c9", rt="#f0f0f0", time="#707070", name="#8a8a8a", inp="#1e1e1e",
                    sq=True, radius=14),
    "dingtalk": dict(bg="#f2f3f5", bar="#ffffff", bar_fg="#171a1d", lb="#ffffff", lt="#171a1d",
                     rb="#d4e7ff", rt="#171a1d", time="#a2a3a4", name="#747677", inp="#ffffff",
                     sq=True, radius=8),
    "sms": dict(bg="#ffffff", bar="#f9f9f9", bar_fg="#000000", lb="#e9e9eb", lt="#000000",
                rb="#34c759", rt="#ffffff", time="#8e8e93", name="#8e8e93", inp="#ffffff",
                sq=False, radius=18),
    "sms_dark": dict(bg="#000000", bar="#121212", bar_fg="#ffffff", lb="#262628", lt="#ffffff",
                     rb="#0a84ff", rt="#ffffff", time="#8e8e93", name="#8e8e93", inp="#000000",
                     sq=False, radius=18),
}


def font(spec, size):
    return ImageFont.truetype(spec[0], size, index=spec[1])


# ---------------------------------------------------------------- drawing helpers

def draw_emoji(d: ImageDraw.ImageDraw, x, y, size, ch):
    """Small vector stand-in for an emoji glyph (no colour emoji font is installed)."""
    r = size * 0.46
    cx, cy = x + size / 2, y + size / 2
    if ch == "🌹":
        d.ellipse([cx - r * .6, cy - r, cx + r * .6, cy], fill="#d32f2f")
        d.line([cx, cy, cx, cy + r], fill="#388e3c", width=max(2, int(size / 10)))
        return
    if ch in "👍🙏💪🤝":
        d.rounded_rectangle([cx - r * .7, cy - r * .3, cx + r * .7, cy + r], radius=int(r * .3), fill="#ffc83d")
        d.rounded_rectangle([cx - r * .25, cy - r, cx + r * .2, cy], radius=int(r * .2), fill="#ffc83d")
        return
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill="#ffcc33", outline="#e0a800")
    e = r * .16
    d.ellipse([cx - r * .45 - e, cy - r * .3 - e, cx - r * .45 + e, cy - r * .3 + e], fill="#5d4037")
    d.ellipse([cx + r * .45 - e, cy - r * .3 - e, cx + r * .45 + e, cy - r * .3 + e], fill="#5d4037")
    w = max(2, int(size / 14))
    if ch in "😭😔":
        d.arc([cx - r * .45, cy + r * .2, cx + r * .45, cy + r * .8], 200, 340, fill="#5d4037", width=w)
        if ch == "😭":
            d.rectangle([cx - r * .55, cy - r * .15, cx - r * .38, cy + r * .6], fill="#4fc3f7")
            d.rectangle([cx + r * .38, cy - r * .15, cx + r * .55, cy + r * .6], fill="#4fc3f7")
    else:
        d.arc([cx - r * .55, cy - r * .2, cx + r * .55, cy + r * .6], 20, 160, fill="#5d4037", width=w)
        if ch == "😂":
            d.chord([cx - r * .5, cy - r * .1, cx + r * .5, cy + r * .6], 0, 180, fill="#5d4037")


def char_w(f, ch, size):
    if ch in EMOJI:
        return size * 1.15
    if ch == " ":
        return size * 0.45  # a typed space, clearly visible between CJK glyphs
    return f.getlength(ch)


def wrap(text, f, size, maxw):
    lines, cur, w = [], "", 0.0
    for ch in text:
        if ch == "\n":
            lines.append(cur)
            cur, w = "", 0.0
            continue
        cw = char_w(f, ch, size)
        if w + cw > maxw and cur:
            # keep closing punctuation on the line it closes (phone-like kinsoku)
            if ch in "，。！？、；：”）》,.!?)":
                cur += ch
                lines.append(cur)
                cur, w = "", 0.0
                continue
            lines.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += cw
    if cur:
        lines.append(cur)
    return lines


def line_w(line, f, size):
    return sum(char_w(f, c, size) for c in line)


def draw_line(d, x, y, line, f, size, fill):
    for ch in line:
        if ch in EMOJI:
            draw_emoji(d, x + size * .05, y + size * .12, size * 1.05, ch)
        elif ch != " ":
            d.text((x, y), ch, font=f, fill=fill)
        x += char_w(f, ch, size)


def avatar(d, x, y, a, ch, colour, square=True):
    if square:
        d.rounded_rectangle([x, y, x + a, y + a], radius=max(3, a // 10), fill=colour)
    else:
        d.ellipse([x, y, x + a, y + a], fill=colour)
    f = font(BOLD, int(a * .5))
    d.text((x + a / 2, y + a / 2), ch, font=f, fill="#ffffff", anchor="mm")


def status_bar(d, W, h, s, fg, clock):
    f = font(BOLD, int(14 * s))
    d.text((18 * s, h / 2), clock, font=f, fill=fg, anchor="lm")
    # signal bars, wifi, battery
    bx = W - 20 * s
    d.rounded_rectangle([bx - 26 * s, h / 2 - 6 * s, bx, h / 2 + 6 * s], radius=int(3 * s), outline=fg, width=max(1, int(1.3 * s)))
    lvl = RNG.uniform(.3, .95)
    d.rectangle([bx - 24 * s, h / 2 - 4 * s, bx - 24 * s + 22 * s * lvl, h / 2 + 4 * s], fill=fg)
    d.rectangle([bx + 1 * s, h / 2 - 2 * s, bx + 3 * s, h / 2 + 2 * s], fill=fg)
    sx = bx - 60 * s
    for i in range(4):
        d.rectangle([sx + i * 5 * s, h / 2 + 6 * s - (i + 1) * 3 * s, sx + i * 5 * s + 3 * s, h / 2 + 6 * s], fill=fg)
    wx = bx - 36 * s
    for i, rr in enumerate((9, 6, 3)):
        d.arc([wx - rr * s, h / 2 - rr * s + 3 * s, wx + rr * s, h / 2 + rr * s + 3 * s], 225, 315, fill=fg, width=max(1, int(1.6 * s)))


# ---------------------------------------------------------------- one screenshot

def render(conv, W, fspec, body_dp):
    st = STYLES[conv["style"]]
    sms = conv["style"].startswith("sms")
    s = W / {720: 360.0, 750: 375.0, 828: 414.0, 1080: 393.0}[W]
    fs = int(round(body_dp * s))
    fbody = font(fspec, fs)
    fname = font(fspec, int(12 * s))
    ftime = font(fspec, int(12 * s))
    ftitle = font(BOLD, int(17 * s))
    a = int(40 * s)
    pad = int(12 * s)
    gap = int(8 * s)
    bpx, bpy = int(11 * s), int(9 * s)
    lh = int(fs * 1.42)
    maxw = W - 2 * (pad + a + gap) - int(36 * s)
    if sms:
        maxw = int(W * 0.68) - 2 * bpx

    # layout pass -> list of draw ops with y offsets
    ops, y = [], 0
    y += int(10 * s)
    for it in conv["items"]:
        kind = it[0]
        if kind == "t":
            ops.append(("t", y, it[1]))
            y += int(34 * s)
            continue
        side = "L" if kind.startswith("L") else "R"
        name = it[1] if side == "L" else None
        rest = it[2:] if side == "L" else it[1:]
        top = y
        if side == "L" and conv.get("group"):
            y += int(18 * s)
        if kind in ("L", "R"):
            lines = wrap(rest[0], fbody, fs, maxw)
            conv.setdefault("_lines", []).extend(lines)
            bw = max(line_w(l, fbody, fs) for l in lines) + 2 * bpx
            bh = len(lines) * lh + 2 * bpy - int(fs * .25)
            ops.append(("m", top, y, side, name, lines, int(bw), int(bh)))
        elif kind in ("Lv", "Rv"):
            secs = rest[0]
            bw = int((70 + min(secs, 60) * 2.6) * s)
            bh = lh + 2 * bpy - int(fs * .25)
            ops.append(("v", top, y, side, name, secs, bw, bh))
        else:  # image placeholder
            bw, bh = int(RNG.choice([120, 140, 160]) * s), int(RNG.choice([150, 170, 110]) * s)
            ops.append(("i", top, y, side, name, None, bw, bh))
        y += max(bh, a if not sms else 0) + int(16 * s)
    content_h = y

    sb_h = int(28 * s)
    tb_h = int(50 * s) if not sms else int(84 * s)
    in_h = int(58 * s)
    H = sb_h + tb_h + content_h + in_h
    H = max(H, conv.get("minh", RNG.randint(1400, 1700)))
    if H > 2300:
        raise ValueError(f"{conv['id']}: too tall ({H}px at width {W})")

    img = Image.new("RGB", (W, H), st["bg"])
    d = ImageDraw.Draw(img)
    # status + title bars
    d.rectangle([0, 0, W, sb_h + tb_h], fill=st["bar"])
    status_bar(d, W, sb_h, s, st["bar_fg"], conv.get("clock", "21:%02d" % RNG.randint(0, 59)))
    ty = sb_h + tb_h / 2
    arrow_w = max(2, int(2.2 * s))
    d.line([(22 * s, ty - 9 * s), (13 * s, ty), (22 * s, ty + 9 * s)], fill=st["bar_fg"], width=arrow_w)
    title = conv["title"]
    if sms:
        cy = sb_h + int(30 * s)
        d.ellipse([W / 2 - 20 * s, cy - 20 * s, W / 2 + 20 * s, cy + 20 * s], fill="#a5a9b3")
        d.ellipse([W / 2 - 7 * s, cy - 13 * s, W / 2 + 7 * s, cy + 1 * s], fill="#ffffff")
        d.chord([W / 2 - 14 * s, cy + 2 * s, W / 2 + 14 * s, cy + 26 * s], 180, 360, fill="#ffffff")
        d.text((W / 2, sb_h + int(66 * s)), title, font=font(fspec, int(13 * s)), fill=st["bar_fg"], anchor="mm")
    else:
        if conv.get("group"):
            title = f"{title}({conv['members']})"
        d.text((W / 2, ty), title, font=ftitle, fill=st["bar_fg"], anchor="mm")
        for i in range(3):
            d.ellipse([W - 26 * s + i * 7 * s - 2 * s, ty - 2 * s, W - 26 * s + i * 7 * s + 2 * s, ty + 2 * s], fill=st["bar_fg"])
    d.line([0, sb_h + tb_h, W, sb_h + tb_h], fill="#d8d8d8" if st["bg"] != "#111111" and "dark" not in conv["style"] else "#2a2a2a", width=1)

    colours = {}
    y0 = sb_h + tb_h
    for op in ops:
        if op[0] == "t":
            label = op[2]
            if sms:
                d.text((W / 2, y0 + op[1] + 14 * s), label, font=ftime, fill=st["time"], anchor="mm")
            else:
                tw = ftime.getlength(label)
                if conv["style"] in ("wechat", "wechat_dark", "dingtalk"):
                    d.text((W / 2, y0 + op[1] + 14 * s), label, font=ftime, fill=st["time"], anchor="mm")
                else:
                    d.rounded_rectangle([W / 2 - tw / 2 - 8 * s, y0 + op[1] + 4 * s, W / 2 + tw / 2 + 8 * s, y0 + op[1] + 24 * s],
                                        radius=int(8 * s), fill="#dcdcdc" if "dark" not in conv["style"] else "#2a2a2a")
                    d.text((W / 2, y0 + op[1] + 14 * s), label, font=ftime, fill=st["time"], anchor="mm")
            continue
        kind, top, by, side, name, payload, bw, bh = op
        top += y0
        by += y0
        if side == "L":
            who = name or conv["title"]
            if who not in colours:
                colours[who] = AVATAR_COLOURS[(len(colours) + conv["n"]) % len(AVATAR_COLOURS)]
            if not sms:
                avatar(d, pad, top, a, (conv.get("avatar", {}).get(who) or who.lstrip("【")[0]), colours[who], st["sq"])
                if conv.get("group"):
                    d.text((pad + a + gap + 2 * s, top), who, font=fname, fill=st["name"])
                bx = pad + a + gap
            else:
                bx = pad
            fill, tcol = st["lb"], st["lt"]
        else:
            if not sms:
                avatar(d, W - pad - a, top, a, conv.get("me", "我"), "#5b8def", st["sq"])
                bx = W - pad - a - gap - bw
            else:
                bx = W - pad - bw
            fill, tcol = st["rb"], st["rt"]
        if kind == "i":
            d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=int(5 * s), fill="#c9ced6")
            d.ellipse([bx + bw * .62, by + bh * .18, bx + bw * .8, by + bh * .18 + bw * .18], fill="#f5f5f5")
            d.polygon([(bx + bw * .1, by + bh * .85), (bx + bw * .4, by + bh * .42), (bx + bw * .62, by + bh * .85)], fill="#9aa3ad")
            d.polygon([(bx + bw * .45, by + bh * .85), (bx + bw * .68, by + bh * .55), (bx + bw * .9, by + bh * .85)], fill="#aab2bb")
            continue
        d.rounded_rectangle([bx, by, bx + bw, by + bh], radius=int(st["radius"] * s * .9), fill=fill)
        if not sms:  # little tail pointing at the avatar
            tyy = by + 14 * s
            if side == "L":
                d.polygon([(bx, tyy - 5 * s), (bx - 5 * s, tyy), (bx, tyy + 5 * s)], fill=fill)
            else:
                d.polygon([(bx + bw, tyy - 5 * s), (bx + bw + 5 * s, tyy), (bx + bw, tyy + 5 * s)], fill=fill)
        if kind == "v":
            secs = payload
            cy = by + bh / 2
            fx = bx + bpx + 4 * s if side == "L" else bx + bw - bpx - 16 * s
            start, end = (-50, 50) if side == "L" else (130, 230)
            for k, rr in enumerate((4, 9, 14)):
                d.arc([fx - rr * s, cy - rr * s, fx + rr * s, cy + rr * s], start, end, fill=tcol, width=max(2, int(2 * s)))
            label = f'{secs}"'
            if side == "L":
                d.text((bx + bw - bpx, cy), label, font=fbody, fill=tcol, anchor="rm")
            else:
                d.text((bx + bpx, cy), label, font=fbody, fill=tcol, anchor="lm")
            continue
        yy = by + bpy - int(fs * .08)
        for line in payload:
            draw_line(d, bx + bpx, yy, line, fbody, fs, tcol)
            yy += lh

    # input bar
    iy = H - in_h
    d.rectangle([0, iy, W, H], fill=st["inp"])
    d.line([0, iy, W, iy], fill="#d0d0d0" if "dark" not in conv["style"] else "#2a2a2a", width=1)
    fcol = "#ffffff" if "dark" not in conv["style"] else "#2c2c2c"
    if sms:
        d.rounded_rectangle([50 * s, iy + 10 * s, W - 14 * s, iy + in_h - 12 * s], radius=int(18 * s),
                            outline="#c7c7cc" if "dark" not in conv["style"] else "#3a3a3c", width=max(1, int(s)), fill=fcol)
        d.text((64 * s, iy + in_h / 2 - 1 * s), "短信", font=font(fspec, int(14 * s)), fill="#b0b0b5", anchor="lm")
        d.ellipse([14 * s, iy + 16 * s, 40 * s, iy + 42 * s], outline=st["time"], width=max(1, int(1.5 * s)))
    else:
        d.rounded_rectangle([48 * s, iy + 10 * s, W - 92 * s, iy + in_h - 12 * s], radius=int(5 * s), fill=fcol)
        for cx in (24 * s, W - 72 * s, W - 32 * s):
            d.ellipse([cx - 12 * s, iy + in_h / 2 - 13 * s, cx + 12 * s, iy + in_h / 2 + 11 * s], outline=st["bar_fg"], width=max(1, int(1.5 * s)))
    return img, (W, H)


# ---------------------------------------------------------------- source text and sidecar

def source_lines(conv):
    out = []
    sms = conv["style"].startswith("sms")
    for it in conv["items"]:
        k = it[0]
        if k == "t":
            continue
        if k.startswith("L"):
            who = conv["title"] if sms else it[1]
            rest = it[2:]
        else:
            who = "我"
            rest = it[1:]
        if k in ("L", "R"):
            out.append(f"{who}: {rest[0]}".replace("\n", " "))
        elif k in ("Lv", "Rv"):
            out.append(f'{who}: [语音] {rest[0]}"')
        else:
            out.append(f"{who}: [图片]")
    return out


def pick_contains(conv):
    if conv.get("tc"):
        return conv["tc"]
    picks = []
    texts = [it[-1] for it in conv["items"] if it[0] in ("L", "R")]
    texts.sort(key=len, reverse=True)
    for rnd in range(3):  # first run of 4+ Han characters of each message, then the next runs
        for t in texts:
            runs = re.findall(r"[\u4e00-\u9fff]{4,}", t)
            on_one_line = len(runs) > rnd and any(runs[rnd][:4] in ln for ln in conv.get("_lines", []))
            if on_one_line and runs[rnd][:4] not in picks:
                picks.append(runs[rnd][:4])
            if len(picks) == 3:
                return picks
    return picks


def main():
    from conversations import CONVS  # noqa: E402  (same folder)

    for old in OUT.glob("dc_*"):
        old.unlink()
    nl = nf = 0
    for n, conv in enumerate(CONVS, 1):
        conv["n"] = n
        if conv["lawful"]:
            nl += 1
            stem = f"dc_{n:02d}_l{nl:02d}"
        else:
            nf += 1
            stem = f"dc_{n:02d}_f{nf:02d}"
        conv["id"] = stem
        W = conv.get("w") or RNG.choice([720, 750, 828, 1080])
        fspec = FONTS[RNG.choices(range(len(FONTS)), weights=FONT_WEIGHTS)[0]]
        body = conv.get("body") or RNG.choice([15.5, 16, 16.5, 17])
        conv.pop("_lines", None)
        try:
            img, size = render(conv, W, fspec, body)
        except ValueError as e:  # too tall for a single screen at this width: take a narrower phone
            print("  ", e, "-> 720")
            W = 720
            conv.pop("_lines", None)
            img, size = render(conv, W, fspec, body)
        img.save(OUT / f"{stem}.png", optimize=True)
        sms = conv["style"].startswith("sms")
        side = {
            "doc_type": "sms_message" if sms else "other",
            "kind": "screenshot",
            "expect": sorted(conv.get("expect", [])),
            "forbid": ["all"] if conv["lawful"] else conv.get("forbid", []),
            "seals": [], "seal_texts": [], "seal_centers": [], "seal_kinds": [],
            "sender": conv.get("sender") if sms else None,
            "text_contains": pick_contains(conv),
            "lawful": bool(conv["lawful"]),
            "notes": f"{conv['notes']} [style {conv['style']}, font {Path(fspec[0]).stem}#{fspec[1]}, body {body}dp]",
            "image": f"{stem}.png",
            "size": list(size),
            "source_text": source_lines(conv),
        }
        (OUT / f"{stem}.json").write_text(json.dumps(side, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(stem, size, conv["style"], Path(fspec[0]).stem, fspec[1])


if __name__ == "__main__":
    import sys
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(OUT))
    main()
