"""Phone-screen layouts for make_holdout4.py: SMS threads, chat apps, email, message centre,
news article, gallery viewer."""
from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from h4lib import Screen, font


def _bottom_gesture(sc: Screen, color):
    w = sc.dp(120)
    y = sc.h - sc.dp(9)
    sc.d.rounded_rectangle(((sc.w - w) / 2, y, (sc.w + w) / 2, y + sc.dp(4)), radius=sc.dp(2), fill=color)


def sms_thread(entries, sender_title, w=720, h=1560, dark=False, fname="sans", clock="10:24", style="android",
               subtitle=None, placeholder="短信"):
    sc = Screen(w, h, dark, fname)
    dp = sc.dp
    sc.status_bar(clock)
    if style == "android":
        sc.back_arrow(dp(20), dp(56), sc.fg)
        sc.text((dp(52), dp(44) if subtitle else dp(56)), sender_title, 19, anchor="lm" if not subtitle else "la")
        if subtitle:
            sc.text((dp(52), dp(68)), subtitle, 12, color=sc.sub)
        sc.dots(sc.w - dp(22), dp(56), sc.fg, vertical=True)
        top = dp(92)
        sc.d.line((0, dp(86), sc.w, dp(86)), fill=(40, 40, 40) if dark else (225, 225, 225), width=1)
    else:  # ios-like: avatar above centred number
        sc.back_arrow(dp(14), dp(60), (10, 132, 255), size=11)
        r = dp(19)
        sc.d.ellipse((sc.w / 2 - r, dp(34), sc.w / 2 + r, dp(34) + 2 * r), fill=(160, 164, 172))
        sc.text((sc.w / 2, dp(84)), sender_title + " ›", 12, anchor="ma", color=sc.fg)
        top = dp(110)
        sc.d.line((0, dp(104), sc.w, dp(104)), fill=(40, 40, 40) if dark else (220, 220, 222), width=1)
    if style == "android":
        in_bg = (44, 44, 46) if dark else (235, 236, 240)
        out_bg = (38, 92, 180) if dark else (26, 115, 232)
    else:
        in_bg = (38, 38, 40) if dark else (233, 233, 235)
        out_bg = (10, 110, 235) if dark else (10, 132, 255)
    out_fg = (255, 255, 255)
    y = top + dp(8)
    maxw = dp(252)
    for kind, text in entries:
        if kind == "time":
            sc.text((sc.w / 2, y + dp(4)), text, 12, color=sc.sub, anchor="ma")
            y += dp(30)
            continue
        hgt, mw, lines = sc.measure(text, 16, maxw, lh=1.42)
        bw, bh = mw + dp(28), hgt + dp(18)
        x = dp(14) if kind == "in" else sc.w - dp(14) - bw
        sc.d.rounded_rectangle((x, y, x + bw, y + bh), radius=dp(18), fill=in_bg if kind == "in" else out_bg)
        sc.wrapped(x + dp(14), y + dp(9), text, 16, maxw, color=sc.fg if kind == "in" else out_fg, lh=1.42)
        y += bh + dp(10)
    bottom_top = sc.h - dp(70)
    assert y < bottom_top, ("sms overflow", y, bottom_top)
    bar = (0, 0, 0) if dark else (255, 255, 255)
    sc.d.rectangle((0, bottom_top, sc.w, sc.h), fill=bar)
    r = dp(15)
    cy = bottom_top + dp(28)
    sc.d.ellipse((dp(14), cy - r, dp(14) + 2 * r, cy + r), outline=sc.sub, width=max(1, int(dp(1.5))))
    sc.d.line((dp(14) + r, cy - dp(7), dp(14) + r, cy + dp(7)), fill=sc.sub, width=max(1, int(dp(1.5))))
    sc.d.line((dp(14) + r - dp(7), cy, dp(14) + r + dp(7), cy), fill=sc.sub, width=max(1, int(dp(1.5))))
    fld = (30, 30, 32) if dark else (240, 241, 244)
    sc.d.rounded_rectangle((dp(54), cy - dp(19), sc.w - dp(56), cy + dp(19)), radius=dp(19), fill=fld)
    sc.text((dp(70), cy), placeholder, 15, color=sc.sub, anchor="lm")
    sc.d.polygon([(sc.w - dp(40), cy - dp(9)), (sc.w - dp(20), cy), (sc.w - dp(40), cy + dp(9))], fill=sc.sub)
    _bottom_gesture(sc, (200, 200, 200) if dark else (30, 30, 30))
    return sc


def chat_thread(entries, title, w=720, h=1560, dark=False, fname="sans", clock="14:06", me_char="我",
                them_char="客", them_color=(90, 140, 200), me_color=(230, 160, 60)):
    bg = (17, 17, 17) if dark else (237, 237, 237)
    sc = Screen(w, h, dark, fname, bg=bg)
    dp = sc.dp
    sc.status_bar(clock)
    sc.back_arrow(dp(18), dp(52), sc.fg)
    sc.text((sc.w / 2, dp(52)), title, 17, bold=True, anchor="mm")
    sc.dots(sc.w - dp(24), dp(52), sc.fg)
    sc.d.line((0, dp(76), sc.w, dp(76)), fill=(36, 36, 36) if dark else (215, 215, 215), width=1)
    in_bg = (44, 44, 44) if dark else (255, 255, 255)
    out_bg = (62, 181, 117) if dark else (149, 236, 105)
    in_fg = (222, 222, 222) if dark else (20, 20, 20)
    out_fg = (16, 16, 16)
    y = dp(90)
    maxw = dp(228)
    av = dp(40)
    for kind, text in entries:
        if kind == "time":
            sc.text((sc.w / 2, y + dp(2)), text, 12, color=(120, 120, 120) if dark else (160, 160, 160), anchor="ma")
            y += dp(28)
            continue
        hgt, mw, lines = sc.measure(text, 16, maxw, lh=1.42)
        bw, bh = mw + dp(24), max(hgt + dp(18), av)
        if kind == "in":
            ax = dp(12)
            x = ax + av + dp(10)
            col, fg, ch, acol = in_bg, in_fg, them_char, them_color
        else:
            ax = sc.w - dp(12) - av
            x = ax - dp(10) - bw
            col, fg, ch, acol = out_bg, out_fg, me_char, me_color
        sc.d.rounded_rectangle((ax, y, ax + av, y + av), radius=dp(5), fill=acol)
        sc.d.text((ax + av / 2, y + av / 2), ch, font=sc.f(17, bold=True), fill=(255, 255, 255), anchor="mm")
        sc.d.rounded_rectangle((x, y, x + bw, y + bh), radius=dp(5), fill=col)
        # bubble tail
        ty = y + dp(14)
        if kind == "in":
            sc.d.polygon([(x, ty - dp(5)), (x - dp(6), ty), (x, ty + dp(5))], fill=col)
        else:
            sc.d.polygon([(x + bw, ty - dp(5)), (x + bw + dp(6), ty), (x + bw, ty + dp(5))], fill=col)
        sc.wrapped(x + dp(12), y + dp(9) + max(0, (av - hgt - dp(18)) / 2), text, 16, maxw, color=fg, lh=1.42)
        y += bh + dp(14)
    bottom_top = sc.h - dp(64)
    assert y < bottom_top, ("chat overflow", y, bottom_top)
    bar = (30, 30, 30) if dark else (247, 247, 247)
    sc.d.rectangle((0, bottom_top, sc.w, sc.h), fill=bar)
    cy = bottom_top + dp(26)
    ic = (190, 190, 190) if dark else (60, 60, 60)
    for cx in (dp(24), sc.w - dp(62), sc.w - dp(24)):
        sc.d.ellipse((cx - dp(13), cy - dp(13), cx + dp(13), cy + dp(13)), outline=ic, width=max(1, int(dp(1.6))))
    fld = (44, 44, 44) if dark else (255, 255, 255)
    sc.d.rounded_rectangle((dp(46), cy - dp(18), sc.w - dp(84), cy + dp(18)), radius=dp(4), fill=fld)
    _bottom_gesture(sc, (200, 200, 200) if dark else (30, 30, 30))
    return sc


def email_view(subject, sender_name, sender_addr, date, body_paras, w=1080, h=2340, dark=False, fname="sans",
               clock="21:08", attachment=None, initial="信", avatar_color=(60, 120, 200), to_line="发给 我"):
    sc = Screen(w, h, dark, fname)
    dp = sc.dp
    sc.status_bar(clock)
    sc.back_arrow(dp(20), dp(54), sc.fg)
    sc.text((dp(44), dp(54)), "收件箱", 16, anchor="lm")
    sc.dots(sc.w - dp(22), dp(54), sc.fg, vertical=True)
    for k, x in enumerate((sc.w - dp(62), sc.w - dp(100))):
        sc.d.rectangle((x - dp(8), dp(46), x + dp(8), dp(62)), outline=sc.fg, width=max(1, int(dp(1.5))))
    y = dp(88)
    hh, _ = sc.wrapped(dp(20), y, subject, 21, sc.w - dp(40), bold=True, lh=1.35)
    y += hh + dp(14)
    r = dp(20)
    sc.d.ellipse((dp(20), y, dp(20) + 2 * r, y + 2 * r), fill=avatar_color)
    sc.d.text((dp(20) + r, y + r), initial, font=sc.f(17, bold=True), fill=(255, 255, 255), anchor="mm")
    sc.text((dp(72), y), sender_name, 15, bold=True)
    sc.text((dp(72), y + dp(21)), sender_addr, 12, color=sc.sub)
    sc.text((sc.w - dp(20), y), date, 12, color=sc.sub, anchor="ra")
    sc.text((dp(72), y + dp(39)), to_line, 12, color=sc.sub)
    y += dp(70)
    sc.d.line((dp(20), y, sc.w - dp(20), y), fill=(50, 50, 50) if dark else (228, 228, 228), width=1)
    y += dp(16)
    for p in body_paras:
        hh, _ = sc.wrapped(dp(20), y, p, 15.5, sc.w - dp(40), lh=1.62)
        y += hh + dp(10)
    if attachment:
        y += dp(6)
        cw = dp(220)
        sc.d.rounded_rectangle((dp(20), y, dp(20) + cw, y + dp(54)), radius=dp(8),
                               outline=(70, 70, 70) if dark else (210, 210, 210), width=max(1, int(dp(1))))
        sc.d.rectangle((dp(32), y + dp(12), dp(56), y + dp(42)), fill=(220, 60, 50))
        sc.text((dp(66), y + dp(9)), attachment[0], 14)
        sc.text((dp(66), y + dp(30)), attachment[1], 11, color=sc.sub)
        y += dp(64)
    bottom_top = sc.h - dp(64)
    assert y < bottom_top, ("email overflow", y, bottom_top)
    sc.d.line((0, bottom_top, sc.w, bottom_top), fill=(50, 50, 50) if dark else (228, 228, 228), width=1)
    for k, lab in enumerate(("回复", "全部回复", "转发", "删除")):
        cx = sc.w * (k + 0.5) / 4
        sc.d.ellipse((cx - dp(9), bottom_top + dp(10), cx + dp(9), bottom_top + dp(28)), outline=sc.sub,
                     width=max(1, int(dp(1.4))))
        sc.text((cx, bottom_top + dp(33)), lab, 11, color=sc.sub, anchor="ma")
    _bottom_gesture(sc, (200, 200, 200) if dark else (30, 30, 30))
    return sc


def message_centre(app_title, cards, w=720, h=1560, dark=False, fname="sans", clock="09:20",
                   tabs=("全部", "还款", "活动", "系统"), accent=(255, 120, 30)):
    bg = (18, 18, 18) if dark else (245, 245, 247)
    sc = Screen(w, h, dark, fname, bg=bg)
    dp = sc.dp
    head = (28, 28, 30) if dark else (255, 255, 255)
    sc.d.rectangle((0, 0, sc.w, dp(124)), fill=head)
    sc.status_bar(clock)
    sc.back_arrow(dp(18), dp(54), sc.fg)
    sc.text((sc.w / 2, dp(54)), app_title, 18, bold=True, anchor="mm")
    for k, t in enumerate(tabs):
        cx = sc.w * (k + 0.5) / len(tabs)
        sc.text((cx, dp(92)), t, 15, bold=(k == 0), color=sc.fg if k == 0 else sc.sub, anchor="mm")
        if k == 0:
            sc.d.rounded_rectangle((cx - dp(12), dp(110), cx + dp(12), dp(113)), radius=dp(1.5), fill=accent)
    y = dp(136)
    card = (36, 36, 38) if dark else (255, 255, 255)
    for title, time, body, color in cards:
        tw = sc.w - dp(24) - dp(70)
        bh, _, _ = sc.measure(body, 14, tw, lh=1.5)
        ch = dp(44) + bh + dp(40)
        sc.d.rounded_rectangle((dp(12), y, sc.w - dp(12), y + ch), radius=dp(10), fill=card)
        r = dp(18)
        sc.d.ellipse((dp(24), y + dp(14), dp(24) + 2 * r, y + dp(14) + 2 * r), fill=color)
        sc.d.rectangle((dp(24) + r - dp(7), y + dp(14) + r - dp(6), dp(24) + r + dp(7), y + dp(14) + r + dp(6)),
                       outline=(255, 255, 255), width=max(1, int(dp(1.6))))
        sc.text((dp(72), y + dp(14)), title, 16, bold=True)
        sc.text((sc.w - dp(26), y + dp(17)), time, 12, color=sc.sub, anchor="ra")
        sc.wrapped(dp(72), y + dp(40), body, 14, tw, color=(200, 200, 200) if dark else (80, 80, 80), lh=1.5)
        sc.d.line((dp(72), y + ch - dp(34), sc.w - dp(24), y + ch - dp(34)),
                  fill=(55, 55, 55) if dark else (238, 238, 238), width=1)
        sc.text((dp(72), y + ch - dp(26)), "查看详情", 13, color=sc.sub)
        sc.text((sc.w - dp(28), y + ch - dp(26)), "›", 14, color=sc.sub, record=False)
        y += ch + dp(12)
    assert y < sc.h - dp(20), ("centre overflow", y)
    _bottom_gesture(sc, (200, 200, 200) if dark else (30, 30, 30))
    return sc


def news_view(app_name, headline, source_line, paras, rng, caption=None, w=1080, h=2340, fname="serif",
              clock="08:47", dark=False):
    sc = Screen(w, h, dark, "sans")
    dp = sc.dp
    sc.status_bar(clock)
    sc.back_arrow(dp(18), dp(52), sc.fg)
    sc.text((sc.w / 2, dp(52)), app_name, 16, anchor="mm", bold=True)
    sc.dots(sc.w - dp(24), dp(52), sc.fg)
    y = dp(84)
    hh, _ = sc.wrapped(dp(18), y, headline, 23, sc.w - dp(36), bold=True, lh=1.38, name="sans")
    y += hh + dp(10)
    sc.text((dp(18), y), source_line, 13, color=sc.sub)
    y += dp(30)
    # picture placeholder
    ph = dp(170)
    pw = sc.w - dp(36)
    g = np.linspace(0, 1, int(ph))[:, None] * np.ones((1, int(pw)))
    base = np.array([96, 118, 140], np.float32)
    arr = (base[None, None] * (0.7 + 0.5 * g[:, :, None]))
    arr += rng.normal(0, 6, arr.shape)
    pic = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    pd = ImageDraw.Draw(pic)
    for k in range(5):
        x = rng.uniform(0.05, 0.9) * pw
        bw = rng.uniform(0.08, 0.16) * pw
        bh = rng.uniform(0.3, 0.7) * ph
        pd.rectangle((x, ph - bh, x + bw, ph), fill=tuple(int(v) for v in rng.integers(40, 90, 3)))
    sc.im.paste(pic, (int(dp(18)), int(y)))
    y += ph + dp(6)
    if caption:
        sc.text((sc.w / 2, y), caption, 12, color=sc.sub, anchor="ma")
        y += dp(24)
    bottom_top = sc.h - dp(58)
    for p in paras:
        if y > bottom_top:
            break
        hh, _ = sc.wrapped(dp(18), y, p, 17, sc.w - dp(36), lh=1.72, name=fname, max_y=bottom_top)
        y += hh + dp(12)
    sc.d.rectangle((0, bottom_top, sc.w, sc.h), fill=(255, 255, 255) if not dark else (0, 0, 0))
    sc.d.line((0, bottom_top, sc.w, bottom_top), fill=(230, 230, 230), width=1)
    sc.d.rounded_rectangle((dp(14), bottom_top + dp(9), dp(190), bottom_top + dp(39)), radius=dp(15),
                           fill=(243, 243, 243))
    sc.text((dp(28), bottom_top + dp(24)), "写评论…", 13, color=sc.sub, anchor="lm")
    for k, lab in enumerate(("点赞", "收藏", "分享")):
        cx = dp(225) + k * dp(48)
        sc.text((cx, bottom_top + dp(24)), lab, 12, color=sc.sub, anchor="mm")
    _bottom_gesture(sc, (30, 30, 30))
    return sc


def gallery_view(photo_img: Image.Image, boxes, title, subtitle, w=720, h=1560, clock="20:16", fname="sans",
                 labels=("分享", "编辑", "收藏", "删除", "更多")):
    sc = Screen(w, h, True, fname, bg=(0, 0, 0))
    dp = sc.dp
    sc.status_bar(clock, color=(240, 240, 240))
    sc.back_arrow(dp(18), dp(56), (240, 240, 240))
    sc.text((dp(48), dp(40)), title, 17, bold=True, color=(240, 240, 240))
    sc.text((dp(48), dp(62)), subtitle, 12, color=(170, 170, 170))
    sc.dots(sc.w - dp(24), dp(56), (240, 240, 240), vertical=True)
    top, bottom = dp(96), sc.h - dp(86)
    avail_w, avail_h = sc.w, bottom - top
    pw, ph = photo_img.size
    s = min(avail_w / pw, avail_h / ph)
    nw, nh = int(round(pw * s)), int(round(ph * s))
    ox = int(round((sc.w - nw) / 2))
    oy = int(round(top + (avail_h - nh) / 2))
    sc.im.paste(photo_img.resize((nw, nh), Image.LANCZOS), (ox, oy))
    out_boxes = [[int(round(ox + x * s)), int(round(oy + y * s)), int(round(bw * s)), int(round(bh * s))]
                 for x, y, bw, bh in boxes]
    for k, lab in enumerate(labels):
        cx = sc.w * (k + 0.5) / len(labels)
        cy = sc.h - dp(58)
        sc.d.rounded_rectangle((cx - dp(10), cy - dp(10), cx + dp(10), cy + dp(10)), radius=dp(3),
                               outline=(235, 235, 235), width=max(1, int(dp(1.5))))
        sc.text((cx, cy + dp(16)), lab, 11, color=(220, 220, 220), anchor="ma")
    _bottom_gesture(sc, (200, 200, 200))
    return sc, out_boxes
