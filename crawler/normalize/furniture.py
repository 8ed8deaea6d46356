"""Tell a printed page's furniture from its articles: page headers and footers, teasers, captions.

A page's text layer carries lines that belong to no article: the running head (page number,
section, paper, date in any order and spacing: ``A14　本地新闻　2012年6月22日　星期一``,
``南国都市报　2012.07.01　城事　A14``), teasers for other pages (``◆陈振聪减持宏霸500万股（见第3版）``),
jump lines (``（下转第3版）``) and picture captions (``…。（张三 摄）``). Read as text they become an
article's title, an article of their own or its reporters. Rather than one pattern per paper, a
line is judged by its evidence: every piece of it must be a page number, a date, a weekday, a
lunar date, a paper's name or a section's, and two kinds of evidence at least must show.
"""

from __future__ import annotations

import re

from crawler.normalize.credits import EDITOR_WORDS, Credits, parse_credit, split_tail

SECTIONS = (
    "要闻|综合|国内|国际|社会|经济|财经|体育|文化|文体|娱乐|评论|时政|民生|城事|视点|专版|副刊|本地|新闻|"
    "健康|教育|法治|政法|专题|观察|时评|天下|地方|区县|县区|都市|城市|生活|人物|读者|专刊|科技|汽车|房产|旅游|公告|"
    "公益|法制|楼市|理财|健康|声音|焦点|特稿|调查|深度"
)
_HAN = r"[\u4e00-\u9fff]"
_CN_NUMBER = "0-9〇零一二三四五六七八九十"
# Evidence, tried in this order on what is left of the line (a date's digits are no page number).
_DATE = re.compile(
    rf"(?:(?:\d{{4}}|\d{{2}}|[〇零一二三四五六七八九]{{4}})年)?[{_CN_NUMBER}]{{1,2}}月[{_CN_NUMBER}]{{1,3}}日"
    r"|\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}(?![\d:：])"
)
_WEEKDAY = re.compile(r"(?:星期|周|礼拜)[一二三四五六日天]")
_LUNAR = re.compile(
    rf"(?:农历)?(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥](?:\({_HAN}\)|（{_HAN}）|{_HAN}?)年)?(?:农历)?"
    r"闰?(?:正|[一二三四五六七八九十冬腊]|十[一二])月(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)"
)
_PAGE_NUMBER = re.compile(
    rf"第?[A-Z]{{1,2}}\d{{1,2}}版?|第[{_CN_NUMBER}]{{1,3}}版|\d{{1,2}}版|版次\s*[:：]?\s*[A-Z]?\d{{1,2}}(?!\d)"
)
_PAPER = rf"{_HAN}{{1,8}}(?:日报|晚报|晨报|早报|都市报|商报|时报|导报|青年报|法制报)"
# A paper named by two or three characters and 报 (大河报, 华商报, 新京报) reads like a word (情况通报):
# it counts as a paper's name only beside a page number.
_SHORT_PAPER = rf"{_HAN}{{2,3}}报"
MASTHEAD = re.compile(f"{_PAPER}|{_SHORT_PAPER}")
_SECTION_NAME = re.compile(rf"{_HAN}{{0,4}}(?:{SECTIONS})(?:版|专版|新闻)?")
# Brackets, dashes and book-title marks are no separators: a source line (《人民日报》（2018年03月21日10版）)
# or a 副题 (——2018年…) holds them, a running head does not.
_SEPARATORS = re.compile(r"[\s|｜·•/／：:]+")
_UNKNOWN_WORD = re.compile(rf"{_HAN}{{1,4}}")  # a section name no list holds (公益, 城事)
# The paper's own hotline (大河报 厦门新闻热线 6880352, 新闻热线：96111): a label ending in 热线 or 电话
# and a telephone number.
_HOTLINE = re.compile(rf"{_HAN}{{0,8}}?(?:热线|电话)(?:电话)?\s*[:：]?\s*\d[\d\-－]{{3,}}\d(?!\d)")
# The page's editors, each role word with one name (责编 姜发仁 美编 闫志清 校对 苏力宁, 本版编辑/X).
_EDITOR_WORD = "|".join(sorted(EDITOR_WORDS, key=len, reverse=True))
_EDITOR = re.compile(
    rf"(?:{_EDITOR_WORD})\s*[:：/／]?\s*(?P<name>{_HAN}{{2,4}}?)(?=[\s|｜·•/／]|$|{_EDITOR_WORD})"
)
_ORDER = (
    ("hotline", _HOTLINE),
    ("date", _DATE),
    ("weekday", _WEEKDAY),
    ("lunar", _LUNAR),
    ("page", _PAGE_NUMBER),
)
# The page's advertising slot (本版广告 招商热线 欢迎垂询): words of the paper's own ad desk, a run each.
_ADVERT = re.compile(rf"{_HAN}{{0,4}}?(?:广告|招商|垂询)(?:热线|电话)?|{_HAN}{{0,2}}热线")
_RUN_ORDER = (
    ("masthead", re.compile(_PAPER)),
    ("short paper", re.compile(_SHORT_PAPER)),
    ("advert", _ADVERT),
    ("section", _SECTION_NAME),
)
_HEADER_MAX = 60  # characters: a running head is one short line
# What lets a short X报 (大河报) count as the paper's name: a page number, the page's editors or the
# paper's hotline beside it.
_PAPER_COMPANIONS = frozenset({"page", "editors", "hotline", "advert"})

# A reference to another page at a line's end: 详见A08版, >>A05, （见第3版）, 下转第3版, 转A3, →A5.
_PAGE_REF = re.compile(
    r"[（(]?\s*(?:(?:详|请)?见|下?转|上接|接|转至|转到)\s*(?:第?\s*[A-Z]?\s*\d{1,2}\s*版?|第[一二三四五六七八九十]{1,3}版)"
    r"\s*[）)]?$"
    r"|(?:>>|》》|→|>)\s*[A-Z]?\d{1,2}\s*版?$"
)
_BULLET = re.compile(r"^[●◆■□▲★☆◇○※·•]+")
# Where a text jumps between pages: （上接A1版） / （紧接第一版） opens it on the page it goes on to,
# （下转A2版） / （转第5版） closes it on the page it leaves. Always bracketed, so a sentence that
# names a page in running text keeps its words.
_JUMP_PAGE = r"(?:第?\s*[A-Z]?\s*\d{1,2}\s*版|第[一二三四五六七八九十]{1,3}版)"
_JUMP_FROM = re.compile(rf"^[（(]\s*(?:上接|紧接|接)\s*{_JUMP_PAGE}\s*[）)]\s*")
_JUMP_TO = re.compile(rf"\s*[（(]\s*(?:下转|转|转至|转到)\s*{_JUMP_PAGE}\s*[）)]$")
_TEASER_MAX = 40  # characters of a teaser's headline
_SENTENCE = re.compile(r"[。！？!?；;]")
_CLAUSE = re.compile(r"[，,。！？!?；;]")  # a teaser's headline holds no clause of running text

# The paper's call to its app or account: a scan, a download or a follow of something only an app or an
# account is (客户端, 公众号, 二维码).
_PROMO = re.compile(
    r"(?:扫码|扫描|扫一扫|长按|识别)\S{0,12}?(?:二维码|下载|关注|客户端|APP|App|app)"
    r"|下载\S{0,12}?(?:客户端|APP|App|app)"
    r"|关注\S{0,12}?(?:公众号|微信号|客户端|视频号)"
)
_PROMO_MAX = 40
_PROMO_STOP = re.compile(r"[。；;？?]")  # a sentence inside: text, not an advertisement

_CAPTION = re.compile(r"(?:[■□●◆]\s*)?(?:图为|图片说明|图说[:：]?|[上下左右组题]?图[:：]|▲|△|资料图)")
_CAPTION_MAX = 120
_WRITER = re.compile(r"报道|采写|[/／]|文[:：]|通讯员|实习生")
_BARE_CAPTION_MAX = 80  # characters of a caption with no 图为 or ▲ before its credit


def _take(text: str, pattern: re.Pattern[str]) -> tuple[str, bool]:
    """Blank out every match of ``pattern`` in ``text`` (with a space, so neighbours stay apart)."""
    out, found = pattern.subn(" ", text)
    return out, found > 0


def _take_editors(text: str) -> tuple[str, bool]:
    """Blank out the page's editor credits (``责编 姜发仁``), each name one a person may bear."""
    from crawler.extract.people import plausible_name  # the name validator's one home

    found = False

    def blank(match: re.Match[str]) -> str:
        nonlocal found
        if not plausible_name(match.group("name")):
            return match.group(0)
        found = True
        return " "

    return _EDITOR.sub(blank, text), found


def header_evidence(line: str, *, longest: int = _HEADER_MAX) -> set[str] | None:
    """The kinds of page-header evidence a line is made of, or None when anything else is left.

    Hotlines, dates, weekdays, lunar dates, page numbers and the page's editor credits are taken
    out first (their shapes are their own); each remaining run of characters between separators
    must be a paper's name, a section's name, or both. One short word nobody listed (a section
    such as 公益, 今日关注) is allowed where three kinds of evidence stand around it, a page number
    or a date among them.
    """
    return _judged(_evidence(line, longest))


def _judged(found: tuple[set[str], int] | None, *, enclosed: bool = False) -> set[str] | None:
    """The kinds of evidence of a line (or lines) that read as a running head, else None.

    An unlisted word needs three kinds of evidence around it, a page number or a date among them,
    or two where it is ``enclosed`` by header pieces on lines above and below it or where the page's
    editors are one of them (``A06 今日关注 责编 王敏``: names a validator passed, in a role only
    a page's head gives).
    """
    if found is None:
        return None
    kinds, unknown = found
    fewest = 2 if enclosed or "editors" in kinds else 3
    if unknown and (unknown > 1 or len(kinds) < fewest or not kinds & {"page", "date"}):
        return None
    if "short paper" in kinds:
        if not kinds & _PAPER_COMPANIONS:
            return None
        kinds = (kinds - {"short paper"}) | {"masthead"}
    return kinds


def _evidence(line: str, longest: int) -> tuple[set[str], int] | None:
    """The kinds of header evidence in a line and how many unlisted short words it holds, or None.

    None when anything but header pieces and short words is left (a sentence, a long heading).
    """
    if len(line) > longest:
        return None
    kinds: set[str] = set()
    rest = line
    for kind, pattern in _ORDER:
        rest, found = _take(rest, pattern)
        if found:
            kinds.add(kind)
    rest, found = _take_editors(rest)
    if found:
        kinds.add("editors")
    unknown = 0
    for run in _SEPARATORS.split(rest):
        if not run:
            continue
        left = run
        for kind, pattern in _RUN_ORDER:
            match = pattern.match(left)
            if match:
                kinds.add(kind)
                left = left[match.end() :]
        if not left:
            continue
        if _UNKNOWN_WORD.fullmatch(left) is None:
            return None
        unknown += 1
    return kinds, unknown


def is_page_furniture(line: str) -> bool:
    """Tell whether a line of a whole page is its running head or foot (page number, section, date, paper).

    ``A03 要闻``, ``第3版 综合``, ``2016年7月20日 星期三``, ``南国都市报 2012.07.01 城事 A14``,
    ``2012年6月9日 星期二 经济 A11版``: two kinds of evidence at least and nothing else. A lone
    date or a headline with a number in it (``G20 峰会开幕``) is no furniture.
    """
    kinds = header_evidence(line)
    return kinds is not None and len(kinds) >= 2


def running_head_lines(lines: list[str]) -> set[int]:
    """Indices of a running head set over several lines at the top or the foot of a page.

    A text layer may give each piece of the head a line of its own (``2018年12月23日 星期四`` /
    ``责编 彭仁琳 美编 余浩 校对 诸葛世仁`` / ``C13`` / ``县域经济``): one piece alone is weak evidence
    (a page number, a section's word), so the lines count together, by position: the first lines
    of the page (or its last) up to a blank line, each made only of header pieces and short words,
    that read together as one running head; or a page number alone on the page's first or last
    line, or a hotline standing apart there. ``lines`` are clean; a blank line is "".
    """
    found: set[int] = set()
    numbers = list(range(len(lines)))
    for order in (numbers, numbers[::-1]):
        run: list[int] = []
        for number in order:
            if not lines[number]:
                if run:
                    break
                continue
            if _evidence(lines[number], _HEADER_MAX) is None:
                break
            run.append(number)
        beyond = run[-1] + (1 if order is numbers else -1) if run else -1
        alone = len(run) == 1 and not (0 <= beyond < len(lines) and lines[beyond])
        while len(run) >= 2:
            joined = " ".join(lines[number] for number in sorted(run))
            # A word no list holds between two lines of header pieces is a section's name (责编 X /
            # 今日关注 / A08); on the run's last line it may be a headline under the head.
            far = _evidence(lines[run[-1]], _HEADER_MAX)
            enclosed = far is not None and bool(far[0])
            kinds = _judged(_evidence(joined, _HEADER_MAX * len(run)), enclosed=enclosed)
            if kinds is not None and len(kinds) >= 2:
                found.update(run)
                break
            run.pop()  # the line farthest from the page's edge may be a headline under the head
        single = header_evidence(lines[run[0]]) if len(run) == 1 else None
        if (
            single == {"page"}
            or (alone and single == {"hotline"})
            or (alone and single == {"advert"} and len(_SEPARATORS.split(lines[run[0]].strip())) >= 2)
        ):
            # The folio alone on the page's first or last line (C06, 第3版), or the paper's hotline
            # set apart there (新闻热线：96111; a text's own last line giving a number runs on from it),
            # or its ad slot in two words or more (本版广告 招商热线: one such word may be a headline's).
            found.update(run)
    return found


# A forecast line of the page's weather box: a label and its colon, the sky, a temperature range and
# perhaps the wind, nothing else (今天白天：阴转小雨，21℃～32℃，东南风2级). A report on the weather wraps
# its sentences across lines and says more; no line of it is one whole forecast.
_FORECAST = re.compile(
    rf"{_HAN}{{1,6}}[:：]\s*{_HAN}{{1,8}}[，,]\s*-?\d{{1,2}}℃?\s*[～~\-－—至到]\s*-?\d{{1,2}}℃"
    r"(?:[，,]\s*[\u4e00-\u9fff\d～~\-－到]{1,12})?"
)
# What else the box holds: its label (凯里天气, 天气预报) and the air's quality or the UV index.
_WEATHER_LABEL = re.compile(
    rf"{_HAN}{{0,6}}天气(?:预报)?|天气预报|(?:空气质量|紫外线(?:指数)?)[:：]\s*{_HAN}{{1,6}}"
)


def is_weather_box(lines: list[str]) -> bool:
    """Tell whether a block of a page is its weather box: forecast lines (two or more), a label, the air.

    ``凯里天气`` / ``今天白天：阴转小雨，21℃～32℃，东南风2级`` / ``明天：多云转晴，20℃～25℃，北风3～4级`` /
    ``空气质量：轻度污染`` belongs to no article; read as text it becomes an article of its own, or the
    label a headline.
    """
    forecasts = sum(1 for line in lines if _FORECAST.fullmatch(line.strip()))
    return forecasts >= 2 and all(
        _FORECAST.fullmatch(line.strip()) or _WEATHER_LABEL.fullmatch(line.strip()) for line in lines
    )


# An advertiser's telephone line, nothing after the number (电话：0700-8666202, 电话：181 4519 9727).
_CONTACT = re.compile(r"[\u4e00-\u9fff]{0,8}(?:电话|热线|手机)[:：]?\s*\d[\d\s\-－]{5,}\d")
_ADDRESS = re.compile(r"地址[:：]\s*\S{2,30}")
_ADDRESS_FIRST = re.compile(r"地址[:：]\s*\S{2,30}?\s+(?=[\u4e00-\u9fff]{0,8}(?:电话|热线|手机))")
_AD_LINE_MAX = 20  # characters of a small ad's name or slogan line
# The label the advertising law asks an ad in a paper to carry (广告, 广　告, 【广告】).
_AD_LABEL = re.compile(r"[【\[（(]?\s*广\s*告\s*[】\]）)]?")


def is_small_ad(lines: list[str]) -> bool:
    """Tell whether a block of a page is a small advertisement: a name and slogan over its telephone.

    ``兴国新世纪大药房`` / ``专业 诚信 服务`` / ``地址：兴国市滨江路159号`` / ``电话：0700-8666202``:
    short lines without a sentence mark, perhaps an address, closed by a telephone line and nothing
    after the number. Read as text, its lines became a headline taken by an article's text.
    """
    last = lines[-1].strip() if lines else ""
    address = _ADDRESS_FIRST.match(last)
    if address and _AD_LABEL.fullmatch(lines[0].strip()):
        last = last[address.end() :]  # a labelled ad may give its address and telephone on one line
    if len(lines) < 2 or not _CONTACT.fullmatch(last):
        return False
    return all(
        _ADDRESS.fullmatch(line.strip())
        or (len(line.strip()) <= _AD_LINE_MAX and _SENTENCE.search(line) is None and not _CLAUSE.search(line))
        for line in lines[:-1]
    )


def is_promotion(line: str) -> bool:
    """Tell whether a line standing alone asks the reader to scan, download or follow the paper's app.

    ``扫码下载紫牛新闻客户端 看更多精彩内容``, ``扫描二维码关注本报微信公众号``: the paper's own
    advertisement, short and without a sentence of text in it. The caller asks only about a line
    standing alone (a blank line or the page's edge above and below it).
    """
    return len(line) <= _PROMO_MAX and _PROMO.search(line) is not None and _PROMO_STOP.search(line) is None


def is_section_label(line: str) -> bool:
    """Tell whether a line standing alone is a section's label set off by a bullet (``★本地新闻``, ``◆民生``).

    A page prints the name of its section over the articles, marked like a box's label: no
    article's headline, and no text. The bullet is asked for: a bare word (民生) may be a
    headline's 引题. The caller asks only about a line standing alone.
    """
    match = _BULLET.match(line)
    return match is not None and _SECTION_NAME.fullmatch(line[match.end() :].strip()) is not None


def is_teaser(line: str) -> bool:
    """Tell whether a line standing alone is a teaser or jump line pointing to another page.

    ``◆陈振聪减持宏霸500万股（见第3版）``, ``…两大原因 >>A05``, ``…技巧篇　详见A08版``, ``（下转第3版）``:
    a short headline (no sentence in it) ending in a page reference. The caller asks only about a
    line standing alone, so a sentence that refers to a page in running text stays text.
    """
    match = _PAGE_REF.search(line)
    if match is None:
        return False
    head = _BULLET.sub("", line[: match.start()]).strip()
    return len(head) <= _TEASER_MAX and _CLAUSE.search(head) is None


def _photo_only(credits: Credits | None, tail: str) -> bool:
    """Tell whether a credit printed as ``tail`` names photographers only (``（张三 摄）``, ``记者 张三 摄``).

    The parser lists a 记者 who shot the picture as a reporter too; a byline that also reports or
    writes (``/江锦竹 记者 宇文辉妍 报道 摄``, ``文/X 图/Y``) is an article's, not a caption's.
    """
    return (
        credits is not None
        and _WRITER.search(tail) is None
        and bool(credits.photographers)
        and set(credits.reporters) <= set(credits.photographers)
        and not credits.correspondents
        and not credits.editors
    )


def is_caption(text: str, *, bare: bool = False) -> bool:
    """Tell whether a paragraph is a picture's caption: 图为 / 图： / ▲ … ending in a photo credit.

    With ``bare``, a caption without such a mark is one too when it is one sentence closed by a
    photographer's credit alone (``生物危害和物理危害。（邵雪华 摄）``): an article's own byline names a
    reporter, and an article runs to more than one sentence. Only a paragraph standing apart
    from the text around it should be asked with ``bare``.
    """
    rest, credits = split_tail(text)
    if _CAPTION.match(text):
        if credits is None:
            rest, credits = _spaced_photo_credit(text)
        return credits is not None and bool(credits.photographers) and len(rest) <= _CAPTION_MAX
    return (
        bare
        and _photo_only(credits, text[len(rest) :])
        and len(rest) <= _BARE_CAPTION_MAX
        and len(_SENTENCE.findall(rest)) <= 1
    )


def _spaced_photo_credit(text: str) -> tuple[str, Credits | None]:
    """Split a caption's closing credit set after a space with no stop before it (…演练　记者 魏秀/摄)."""
    for gap in re.finditer(r"[\s\u3000]+", text):  # the longest tail that reads as a credit
        credits = parse_credit(text[gap.end() :])
        if credits is not None and credits.photographers:
            return text[: gap.start()], credits
    return text, None


def strip_jump_marks(line: str) -> str:
    """Drop the jump marks a line of text opens or closes with (``（上接A1版）…``, ``…（下转A2版）``).

    A jump mark is the page's furniture, a pointer to where the text goes on: read as words it
    becomes part of a headline (a text's first lines standing apart over a column break) or a
    sentence of the body.
    """
    return _JUMP_TO.sub("", _JUMP_FROM.sub("", line))
