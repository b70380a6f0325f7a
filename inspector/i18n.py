"""The web page's own words, in Chinese and English.

Finding titles, explanations and truths come from the rule data (``Finding.in_lang``);
this module holds only what the page itself says: labels, the verdict sentence,
the privacy note and the "what can I do" guidance. The guidance repeats facts
from ``markers.md`` and nothing more, because a frightened reader will act on it.

Plain words on purpose: the readers are not lawyers and are often reading on a phone.
"""
from __future__ import annotations

LANGS: tuple[str, ...] = ("zh", "en")
LANG_NAMES: dict[str, str] = {"zh": "中文", "en": "English"}
DEFAULT_LANG = "zh"

STRINGS: dict[str, dict[str, str]] = {
    "zh": {
        "page_title": "催收材料检查",
        "title": "这份催收材料是真的吗？",
        "intro": (
            "拍下或截图收到的律师函、“法院”通知、限高令或催收短信，上传到这里。"
            "页面会指出常见的伪造和恐吓迹象，并说明真实情况。"
        ),
        "calm": "先别慌：很多催收材料是伪造的，目的就是让人害怕、赶紧转账。",
        "privacy": (
            "**隐私**：图片只在服务器的内存里处理，不写入磁盘，不记录，也不发送到任何地方；"
            "关掉页面就没有了。不收集使用统计。每张图片最大 {mb} MB（手机照片一般只有 2–6 MB）。"
        ),
        "lang_label": "语言 / Language",
        "upload_label": "上传照片或截图（可以一次选几张）",
        "upload_help": "支持 JPEG、PNG、WebP 和 iPhone 的 HEIC 照片，每张最大 {mb} MB。",
        "camera_toggle": "用相机拍照",
        "camera_tip": "在手机上，上面的上传按钮通常也可以直接拍照，照片会比这里更清楚。",
        "camera_label": "把整张纸拍进画面，光线要亮，文字和红章要清楚",
        "sample_label": "手边没有图片？先试试示例",
        "sample_placeholder": "选择一个示例",
        "sample_prefix": "示例",
        "sample_harmful": "伪造或恐吓的例子：",
        "sample_harmless": "正常的例子：",
        "sample_kind": "（{kind}）",
        "camera_name": "拍的照片",
        "spinner": "正在检查「{name}」……通常只要几秒钟",
        "start_hint": "上传图片、拍照，或选一个示例，结果会显示在这里。",
        "verdict_likely_forged": "看起来是伪造的：{n} 个警示信号",
        "verdict_suspicious": "有可疑之处：{n} 个警示信号",
        "verdict_no_markers": "没有发现已知的警示信号",
        "verdict_note_likely_forged": "不要因为这份材料慌忙转账。先按页面最下面的方法自己核实。",
        "verdict_note_suspicious": "先别按上面的要求做。按页面最下面的方法自己核实。",
        "verdict_note_no_markers": (
            "这不能证明它是真的：本工具只认识常见的伪造和恐吓手法，文字也可能没读清。"
            "涉及法院的，打 12368 核实。"
        ),
        "lawful_reading_note": (
            "整篇读起来像合法的通知或讨论（例如其中的“{cues}”），所以里面提到起诉、上门等词句"
            "没有算作恐吓手法。判断依据是大量标注过的真实和恐吓文字；它也会出错。"
        ),
        "doc_type": "它自称是：**{doc}**",
        "sender": "发送号码：{sender}",
        "image_heading": "图片上的标记",
        "image_caption": "框出的是印章和触发警示的词句，编号就是警示信号的编号。",
        "image_caption_plain": "没有需要框出的地方。",
        "findings_heading": "警示信号",
        "finding_trigger": "触发的原文",
        "finding_why": "为什么要注意",
        "finding_truth": "真实情况",
        "finding_detail": "细节",
        "no_trigger_text": "（没有具体文字：这一条是根据整张图片判断的）",
        "absent_seal.missing": "整份文件上没有找到红色印章（图上框出的是文件标题）",
        "absent_doc.case_number_invalid": "文件上没有找到案号（图上框出的是文件标题）",
        "seal_unread_short": "图上的印章（章上的字没能读出）",
        "seals_heading": "印章",
        "seal_n": "印章 {n}",
        "seal_read": "章上读到的字",
        "seal_unread": "没能读出章上的字（照片模糊、章太淡或被文字盖住时常见）。",
        "seal_issuer": "看起来属于",
        "seal_center": "中间的图案",
        "seal_hints": "可能是后贴上去的迹象",
        "seal_meaning": "这说明什么",
        "seal_none_official": (
            "没有找到红色印章。真正的律师函在落款日期处盖律师事务所的章，法院文书盖法院的章。"
            "伪造的材料常常没有章。"
        ),
        "seal_none_other": "没有找到红色印章。",
        "seal_means_star_on_court": (
            "中间是五角星。五角星章属于公司和大多数其他单位；法院的章是圆形，中间是国徽，周围是法院全称。"
        ),
        "seal_means_company_on_official": (
            "章上写的是公司名称。公司不能发出法院的命令；律师函应当盖律师事务所的章。"
        ),
        "seal_means_court": (
            "看起来像法院的章（圆形、中间国徽、周围法院全称）。但印章可以伪造或贴图，仍请打 12368 向法院核实。"
        ),
        "seal_means_law_firm": "章上是律师事务所的名字。章可以伪造或贴图：请自己查到这家律所的公开电话核实。",
        "seal_means_generic": "有章不等于是真的：印章可以伪造，也可以从别处贴到图片上。",
        "text_heading": "读到的全部文字",
        "text_caption": "黄色高亮的是触发警示的词句，数字是警示信号的编号。文字由机器识别，可能有错字。",
        "text_empty": "没有读到文字。照片可能太模糊、太暗或拍歪了，可以重拍一张再试。",
        "meta_heading": "图片信息（元数据）",
        "meta_none": (
            "这张图片里没有元数据。这说明不了任何事：微信等聊天软件发送图片时都会删掉它。"
        ),
        "meta_note": "元数据只是线索，不是证据：有没有、写了什么，都不能单独证明真假。",
        "embedded_heading": "截图里的文件",
        "download_json": "下载报告（JSON 数据）",
        "download_html": "下载报告（网页，可打印或保存）",
        "html_title": "催收材料检查报告：{name}",
        "error_generic": (
            "检查「{name}」时程序出了问题。这不是你的错。可以换一张图片或稍后再试。"
        ),
        "guide_heading": "我可以怎么做？",
        "guide_items": "\n".join(
            [
                "- **核实法院的短信或文书：打 12368**（法院的诉讼服务电话）。法院的短信从 12368 发出；"
                "106 开头的号码是谁都能租用的商业短信通道，手机号更不是法院。不要打材料上留的电话去“核实”。",
                "- **查自己是否真的被列为失信被执行人**：上法院的“中国执行信息公开网”查询，或打 12368。"
                "只有人民法院能把人列入失信名单，而且必须是在判决生效后仍不履行、由法院作出书面决定；"
                "单纯逾期不会被列入。所谓“网贷黑名单”并不是官方名单。",
                "- **法院真起诉，会正式送达**：法院立案后 5 日内送达起诉状副本。欠款不还是民事纠纷，不是犯罪。",
                "- **只通过借款平台的官方渠道还款**，不要转到个人账户、“特殊通道”或交“保证金”。"
                "答应给你减免的，一定要拿到书面证明。",
                "- **违约金看合同**：逾期违约金一般按逾期的本金计算，不是剩余本金的 10%–20%；过高的违约金可以请求减少（民法典第 585 条）。",
                "- **骚扰你的家人、同事或通讯录，是违反行业规定的**（中国互联网金融协会 2018 年自律公约）。"
                "保留截图、短信和通话记录，可以向借款平台投诉，也可以向金融监管部门投诉。",
                "- **不要借新还旧**：为了还这笔钱去别的平台借款，只会越陷越深。",
            ]
        ),
        "guide_disclaimer": "以上是一般信息，不是法律意见。具体纠纷请咨询律师或法律援助机构。",
        "footer": "本工具不能证明一份材料是真的，只能指出常见的伪造和恐吓迹象。",
    },
    "en": {
        "page_title": "Collection letter check",
        "title": "Is this debt-collection paper real?",
        "intro": (
            "Take a photo or screenshot of the lawyer's letter, “court” notice, travel-ban order or "
            "collection text message you received and upload it here. The page points out the usual "
            "signs of forgery and intimidation, and says what is actually true."
        ),
        "calm": "Don't panic: many collection papers are forged, made to frighten you into paying fast.",
        "privacy": (
            "**Privacy**: your pictures are processed in this server's memory only. They are not written "
            "to disk, not logged and not sent anywhere, and they are gone when you close the page. No usage "
            "statistics are collected. Up to {mb} MB per picture (a phone photo is usually 2–6 MB)."
        ),
        "lang_label": "语言 / Language",
        "upload_label": "Upload photos or screenshots (you can pick several)",
        "upload_help": "JPEG, PNG, WebP and iPhone HEIC photos, up to {mb} MB each.",
        "camera_toggle": "Take a photo with the camera",
        "camera_tip": "On a phone, the upload button above can usually open the camera too, and gives a sharper picture than this one.",
        "camera_label": "Fit the whole page in the frame, in good light, so the text and any red seal are sharp",
        "sample_label": "No picture at hand? Try a sample",
        "sample_placeholder": "Choose a sample",
        "sample_prefix": "Sample",
        "sample_harmful": "Forged or threatening example: ",
        "sample_harmless": "Harmless example: ",
        "sample_kind": " ({kind})",
        "camera_name": "camera photo",
        "spinner": "Checking “{name}”… this usually takes a few seconds",
        "start_hint": "Upload a picture, take a photo or choose a sample; the result appears here.",
        "verdict_likely_forged": "This looks forged: {n} warning {signs}",
        "verdict_suspicious": "This looks suspicious: {n} warning {signs}",
        "verdict_no_markers": "No known warning signs found",
        "verdict_note_likely_forged": (
            "Don't rush to pay because of this paper. Check it yourself first, as described at the bottom of the page."
        ),
        "verdict_note_suspicious": (
            "Don't do what it demands yet. Check it yourself first, as described at the bottom of the page."
        ),
        "verdict_note_no_markers": (
            "This does not prove it is genuine: the check only knows the usual forgery and intimidation "
            "tricks, and the text may not have been read well. If a court is involved, call 12368 to check."
        ),
        "lawful_reading_note": (
            "As a whole it reads like a lawful notice or discussion (for example “{cues}”), so the words about "
            "lawsuits, visits and the like in it were not counted as intimidation. This judgement is learned from "
            "many labelled lawful and threatening texts; it can be wrong."
        ),
        "doc_type": "It presents itself as: **{doc}**",
        "sender": "Sent from: {sender}",
        "image_heading": "What we marked on the picture",
        "image_caption": "Seals and the words that raised a warning are boxed; the numbers are the warning signs' numbers.",
        "image_caption_plain": "Nothing needed marking.",
        "findings_heading": "Warning signs",
        "finding_trigger": "The words that triggered it",
        "finding_why": "Why it matters",
        "finding_truth": "What is actually true",
        "finding_detail": "Detail",
        "no_trigger_text": "(no particular words: this sign comes from the picture as a whole)",
        "absent_seal.missing": "No red seal anywhere on the paper (the box on the picture marks its title)",
        "absent_doc.case_number_invalid": "No case number on the paper (the box on the picture marks its title)",
        "seal_unread_short": "The seal on the picture (its text could not be read)",
        "seals_heading": "Seals",
        "seal_n": "Seal {n}",
        "seal_read": "Text read on the seal",
        "seal_unread": "The seal's text could not be read (common when the photo is blurred, the ink faint or text overlaps it).",
        "seal_issuer": "It seems to belong to",
        "seal_center": "Symbol in the centre",
        "seal_hints": "Signs it may have been pasted in",
        "seal_meaning": "What this means",
        "seal_none_official": (
            "No red seal was found. A real lawyer's letter carries the law firm's seal on the date line; a "
            "court paper carries the court's seal. Forged papers often have none."
        ),
        "seal_none_other": "No red seal was found.",
        "seal_means_star_on_court": (
            "It has a five-pointed star in the centre. Star seals belong to companies and most other bodies; "
            "a court's seal is round with the national emblem in the centre and the court's full name around it."
        ),
        "seal_means_company_on_official": (
            "The seal names a company. A company cannot issue a court order, and a lawyer's letter should "
            "carry a law firm's seal."
        ),
        "seal_means_court": (
            "It looks like a court seal (round, national emblem, the court's full name). Seals can still be "
            "forged or pasted in: call 12368 to check with the court."
        ),
        "seal_means_law_firm": (
            "The seal names a law firm. Seals can be forged or pasted in: look up the firm's public phone "
            "number yourself and check with them."
        ),
        "seal_means_generic": "A seal alone does not make a paper real: seals can be forged or pasted into a picture.",
        "text_heading": "All the text we read",
        "text_caption": (
            "Highlighted: the words that raised a warning, with the warning sign's number. The text is read "
            "by a machine and may contain mistakes."
        ),
        "text_empty": "No text could be read. The photo may be blurred, dark or tilted; try taking another one.",
        "meta_heading": "Picture information (metadata)",
        "meta_none": (
            "This picture carries no metadata. That proves nothing: WeChat and other messengers remove it "
            "from every picture they send."
        ),
        "meta_note": "Metadata is a hint, not proof: whether it is there and what it says cannot show on its own that a paper is real or fake.",
        "embedded_heading": "Documents shown in the screenshot",
        "download_json": "Download the report (JSON data)",
        "download_html": "Download the report (web page, to print or keep)",
        "html_title": "Collection paper check: {name}",
        "error_generic": (
            "Something went wrong inside the checker while reading “{name}”. It is not your fault. "
            "Try another picture, or try again later."
        ),
        "guide_heading": "What can I do?",
        "guide_items": "\n".join(
            [
                "- **Check any court message or paper by calling 12368**, the courts' service number. Courts "
                "send text messages from 12368; a 106… number is a commercial gateway anyone can rent, and a "
                "mobile number is not a court either. Don't call the number printed on the paper to “check”.",
                "- **See whether you really are on the dishonest-debtor list** on the courts' public "
                "enforcement-information site (中国执行信息公开网), or call 12368. Only a people's court can "
                "list someone, after a judgment was not complied with, by a written decision; being overdue "
                "alone never puts you there. An “online-loan blacklist” is not an official list.",
                "- **A real lawsuit is served formally**: the court serves the complaint within 5 days of "
                "filing. Not repaying a loan is a civil matter, not a crime.",
                "- **Pay only through the lender's official channel**: never to a personal account, a "
                "“special channel” or as a “deposit”. Get any promised reduction in writing.",
                "- **Check the penalty in your contract**: the overdue penalty is normally computed on the "
                "overdue principal, not 10–20% of the whole remaining loan; an excessive penalty can be "
                "reduced (Civil Code art. 585).",
                "- **Harassing your family, colleagues or contacts breaks the industry's rules** (NIFA 2018 "
                "self-regulation convention). Keep screenshots, messages and call records; you can complain "
                "to the lender and to the financial regulators.",
                "- **Don't borrow from another app to repay this one**: it only digs the hole deeper.",
            ]
        ),
        "guide_disclaimer": "This is general information, not legal advice. For your own case, ask a lawyer or a legal-aid office.",
        "footer": "This tool cannot prove a paper is genuine; it only points out the usual signs of forgery and intimidation.",
    },
}

DOC_TYPES: dict[str, dict[str, str]] = {
    "zh": {
        "lawyer_letter": "律师函",
        "cancellation_notice": "解除合同 / 提前到期通知",
        "restriction_order": "限制消费令 / 失信决定 / “黑名单”通知",
        "court_summons": "法院传票 / 应诉通知",
        "sms_message": "短信",
        "other": "其他材料",
    },
    "en": {
        "lawyer_letter": "a lawyer's letter",
        "cancellation_notice": "a contract-cancellation notice",
        "restriction_order": "a consumption-restriction / dishonest-debtor / “blacklist” order",
        "court_summons": "a court summons",
        "sms_message": "a text message",
        "other": "another kind of paper",
    },
}

SEVERITIES: dict[str, dict[str, str]] = {
    "zh": {"high": "严重", "medium": "中等", "low": "轻微"},
    "en": {"high": "High", "medium": "Medium", "low": "Low"},
}

ISSUER_KINDS: dict[str, dict[str, str]] = {
    "zh": {
        "court": "法院",
        "law_firm": "律师事务所",
        "company": "公司",
        "state_body": "国家机关",
        "unknown": "看不出来",
    },
    "en": {
        "court": "a court",
        "law_firm": "a law firm",
        "company": "a company",
        "state_body": "a state body",
        "unknown": "cannot tell",
    },
}

SEAL_CENTERS: dict[str, dict[str, str]] = {
    "zh": {"star": "五角星", "emblem": "国徽", "none": "没有图案"},
    "en": {"star": "a five-pointed star", "emblem": "the national emblem", "none": "no symbol"},
}

SOURCE_KINDS: dict[str, dict[str, str]] = {
    "zh": {"scan": "扫描件", "photo": "照片", "screenshot": "截图", "text": "文字"},
    "en": {"scan": "scan", "photo": "photo", "screenshot": "screenshot", "text": "text"},
}

EVIDENCE_SOURCES: dict[str, dict[str, str]] = {
    "zh": {"seal": "来自印章", "metadata": "来自图片信息", "sender": "来自发送号码", "layout": "来自文字排版"},
    "en": {"seal": "from the seal", "metadata": "from the picture's metadata", "sender": "from the sender", "layout": "from the text layout"},
}

METADATA_KEYS: dict[str, dict[str, str]] = {
    "zh": {
        "camera_make": "相机品牌",
        "camera_model": "相机型号",
        "software": "处理软件",
        "processing_software": "处理软件",
        "modified": "修改时间",
        "captured": "拍摄时间",
        "digitized": "数字化时间",
        "orientation": "方向",
        "artist": "作者",
        "host_computer": "电脑",
        "lens_model": "镜头",
        "xmp_creatortool": "制作软件（XMP）",
        "xmp_historysoftwareagent": "编辑软件（XMP 历史）",
        "xmp_softwareagent": "编辑软件（XMP）",
        "png_software": "制作软件（PNG）",
    },
    "en": {
        "camera_make": "Camera make",
        "camera_model": "Camera model",
        "software": "Software",
        "processing_software": "Processing software",
        "modified": "Modified",
        "captured": "Taken",
        "digitized": "Digitised",
        "orientation": "Orientation",
        "artist": "Author",
        "host_computer": "Computer",
        "lens_model": "Lens",
        "xmp_creatortool": "Made with (XMP)",
        "xmp_historysoftwareagent": "Edited with (XMP history)",
        "xmp_softwareagent": "Edited with (XMP)",
        "png_software": "Made with (PNG)",
    },
}

# Papers that claim to come from a law firm or a court: for these a missing seal
# is itself a warning sign, so the seal panel says what a real one carries.
OFFICIAL_DOC_TYPES = frozenset({"lawyer_letter", "cancellation_notice", "restriction_order", "court_summons"})
COURT_DOC_TYPES = frozenset({"restriction_order", "court_summons"})


def norm_lang(lang: str | None) -> str:
    """A supported language code; anything else falls back to Chinese."""
    return lang if lang in LANGS else DEFAULT_LANG


def t(key: str, lang: str, **kwargs: object) -> str:
    """The UI string ``key`` in ``lang``, formatted with ``kwargs``.

    A key missing in one language falls back to Chinese rather than failing:
    a half-translated page is better than a crashed one for the reader.
    """
    table = STRINGS.get(lang, STRINGS[DEFAULT_LANG])
    text = table.get(key, STRINGS[DEFAULT_LANG][key])
    if lang == "en" and "n" in kwargs:
        kwargs.setdefault("signs", "sign" if kwargs["n"] == 1 else "signs")
    return text.format(**kwargs) if kwargs else text


def has_key(key: str) -> bool:
    """Whether the page has its own words for ``key`` (used for optional, per-marker texts)."""
    return key in STRINGS[DEFAULT_LANG]


def label(table: dict[str, dict[str, str]], value: str | None, lang: str) -> str:
    """A human label for a code such as a doc type or severity; the code itself when unknown."""
    if value is None:
        return ""
    return table.get(lang, table[DEFAULT_LANG]).get(value, value)


def verdict_text(verdict: str, n: int, lang: str) -> str:
    """The plain-words verdict sentence shown at the top of a result."""
    return t(f"verdict_{verdict}", lang, n=n)
