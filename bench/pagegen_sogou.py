"""A third seed-style page generator, on real 2012 Sohu news texts nobody used for page rebuild.

Usage: ``python -m bench.pagegen_sogou [--tune 0-49] [--report 50-99] [--failures] [--show SEED]``.

Written from issue 20, the seed page and its golden reconstruction only, apart from
``tests/pagegen``, ``bench/pagegen_alt.py`` and the normaliser's rules, so that its rate says
whether those rules generalise. Texts: the SogouCA/CS "smarty" samples in
``../shared/data/sogou-smarty-gbk`` (one GBK file, one UTF-8 file, 400 records), filtered
mechanically (:func:`clean_record`): news URLs only (a date in the path), garbled sentences
of the GBK release dropped (a literal ``?`` stands for a lost byte), the texts' own datelines,
bylines and source notes cut off when their shape is known, and the record dropped when one
remains that cannot be told apart, when it is too short or reads like a form. Record index
parity splits the texts: even records lay out tune seeds 0-49, odd records report seeds 50-99
(a text may recur on several pages of its part, never in the other part).

A page is what a regional paper's PDF text layer gives: two to five articles in columns of
12-30 characters (CJK 1, ASCII 1/2), kinsoku wrapping, blank lines at column breaks mid-sentence,
full-width or half-width digits (half-width with the text layer's stray spaces around numbers),
headlines above their article, heaped at the top or the end, or interleaved over the wrong
articles; one to three decks in shapes a reader of the text layer can tell apart (引题 from a
Sohu ``X　Y`` or ``X：Y`` title, 副题 from a clause of the body; see :func:`draw_decks`); leads
displaced to the top or the end of the page in a wider measure; datelines of many papers and
places; bylines before the body, in the dateline's brackets or after the last sentence; compound
surnames; page furniture (page header, editor credits, a teaser of another page with a
THUCNews headline) and picture captions.

Truth per article: 主题 (``title``), 引题, 副题, reporters (记者 and unlabelled writers of a byline,
in print order), correspondents (通讯员 and 实习生, as the fields dev set annotates them),
photographers, and the body as printed (no dateline, byline or caption). Scoring as
``normalize_bench``: right when the title is exact and the reporters are exact and body
character-F1 >= 0.98; titles and bodies are compared without
whitespace and after NFKC (full-width and half-width forms are a typesetting choice, as the
golden file's ASCII comma is). Rebuilt articles matching no true article are "extra".

Frozen at 436cd8a (the first measurement, at ed87096, showed two bugs of the generator's own: an
unmarked 引题 printed exactly like a 主题 on two lines, and 实习生 counted as reporters where the
fields dev set makes them correspondents). Change it only to fix a bug of its own, and say so in
BENCHMARKS.md with the figures before and after.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Protocol

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "data"
CORPUS = DATA / "sogou-smarty-gbk"
# Record order: the GBK file's 200 records, then the UTF-8 file's; parity of this index splits.
FILES = (("news_tensite_xml.smarty.dat", "gbk"), ("news_sohusite_xml.smarty.dat", "utf-8"))
HEADLINES = DATA / "thucnews-titles" / "test.txt"

TUNE_SEEDS = range(0, 50)
REPORT_SEEDS = range(50, 100)
BODY_F1_MIN = 0.98
MATCH_F1_MIN = 0.5  # a rebuilt article sharing less than this with every true one is "extra"
MIN_TEXT = 250  # characters of a cleaned text, below which it is not a page article

# ---------------------------------------------------------------------------------------------
# Texts


@dataclass(frozen=True)
class Text:
    """One cleaned Sohu record: its real headline and its sentences."""

    index: int
    title: str
    sentences: tuple[str, ...]


_RECORD = re.compile(
    r"<doc>\s*<url>(.*?)</url>\s*<docno>.*?</docno>\s*<contenttitle>(.*?)</contenttitle>\s*"
    r"<content>(.*?)</content>\s*</doc>",
    re.S,
)
_SENTENCE = re.compile(r"[^。！？]+(?:[。！？]+[”’」』）]*|$)")
# A leading dateline with its bracketed byline: 中广网唐山６月１２日消息（记者汤一亮　庄胜春）.
_LEADING_DATELINE = re.compile(
    r"^[【\[]?[^，。、；：（）【】\s]{0,18}(?:讯|电|消息)[】\]]?[\s　]*"
    r"(?:[（(][^（）()]{0,40}[）)])?[\s　]*"
)
# Trailing notes: （来源：中国新闻网）, ［详细］, （李飞云　徐乐静）, 作者：刘俊, 据新华社.
_TRAILING_NOTE = re.compile(
    r"(?:[（(][^（）()]{0,30}[）)]|［[^］]*］|【[^】]*】|作者：\S{1,12}|据新华社)[\s　]*$"
)
_TITLE_NOTE = re.compile(r"[（(](?:组?图|视频|附图)[）)]$")
# A byline or dateline left near either end, or one glued inside the text (a second headline's).
_CREDIT_HEAD = re.compile(
    r"记者(?!从|在|了解|获悉|看到|来到|采访|注意|发现|调查|走访|赶到|随机|致电|昨|今|日前)"
    r"|通讯员|实习生|日[讯电]|(?:讯|电|消息)[（(　 ]"
)
_CREDIT_TAIL = re.compile(r"记者|通讯员|实习生|编辑|来源|整理|摄|报道$")
_NOT_NEWS = (
    "讯（",
    "讯　",
    "电（",
    "（记者",
    "记者　",
    "［",
    "【",
    "】",
    "声明：",
    "版权",
    "http",
    "www",
    "详细",
    "原标题",
)


def _split_sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE.findall(text) if s.strip()]


def clean_record(url: str, title: str, content: str) -> tuple[str, list[str]] | None:
    """The record's headline and body sentences, or None when it is no usable news text.

    Every test is mechanical (no record is picked by hand): a date in the URL path marks a news
    article; a sentence holding ``?`` or U+FFFD is garbled; a dateline or byline the text still
    carries after the known shapes are cut off cannot be told from body text, so the record goes.
    """
    if not re.search(r"/20\d{6}/", url):
        return None
    title = _TITLE_NOTE.sub("", title.strip()).strip()
    if (
        not 6 <= len(title) <= 30
        or "?" in title
        or title[0] in "（(＃#「【［"
        or title.endswith(("．．．", "…", "［"))
    ):
        return None
    sentences = _split_sentences(content.strip())
    kept = [s for s in sentences if "?" not in s and "\ufffd" not in s]
    if sum(map(len, kept)) < 0.5 * len(content):
        return None
    # A picture caption glued into the text (图为…, 上图：…) is no body text: the sentence goes.
    kept = [s for s in kept if not re.match(r"[　\s]*图为", s) and not re.search(r"[上中下左右]?图：", s)]
    # A full-width space after a sentence was a paragraph break; anywhere else it glues a deck or
    # a list of names to the text, which cannot be told from the body: the record goes below.
    text = re.sub(r"(?<=[。！？”])　+", "", "".join(kept)).strip("　 ")
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Co")  # the GBK release's private-use
    if text.startswith(title):
        text = text[len(title) :]
    text = _LEADING_DATELINE.sub("", text, count=1)
    while (cut := _TRAILING_NOTE.sub("", text)) != text:
        text = cut
    text = text.strip("　 ")
    if (
        len(text) < MIN_TEXT
        or _CREDIT_HEAD.search(text[:40])
        or _CREDIT_TAIL.search(text[-40:])
        or any(w in text for w in _NOT_NEWS)
        or text.count("。") < len(text) / 160
        or "　" in text
    ):
        return None
    body = _split_sentences(text)
    return (title, body) if len(body) >= 3 else None


def available() -> bool:
    """Whether the shared Sohu sample is here (a laptop without ../shared/data skips)."""
    return all((CORPUS / name).is_file() for name, _ in FILES)


@cache
def texts() -> tuple[Text, ...]:
    """Every usable record, in record order, duplicates (same headline) kept once."""
    out: list[Text] = []
    seen: set[str] = set()
    index = 0
    for name, encoding in FILES:
        raw = (CORPUS / name).read_bytes().decode(encoding)
        for url, title, content in _RECORD.findall(raw):
            cleaned = clean_record(url, title, content)
            if cleaned is not None and cleaned[0] not in seen:
                seen.add(cleaned[0])
                out.append(Text(index, cleaned[0], tuple(cleaned[1])))
            index += 1
    return tuple(out)


def part(seed: int) -> tuple[Text, ...]:
    """The texts a seed may use: even records for tune seeds, odd records for report seeds."""
    if seed in TUNE_SEEDS:
        return tuple(t for t in texts() if t.index % 2 == 0)
    if seed in REPORT_SEEDS:
        return tuple(t for t in texts() if t.index % 2 == 1)
    raise ValueError(f"seed {seed} is neither a tune seed (0-49) nor a report seed (50-99)")


@cache
def furniture_headlines() -> tuple[str, ...]:
    """THUCNews headlines for teasers of other pages (never an article's own title)."""
    if not HEADLINES.is_file():
        return ("多地出台新政稳定楼市", "高温天气持续 市民注意防暑")
    lines = HEADLINES.read_text(encoding="utf-8").splitlines()
    return tuple(line.split("\t")[0] for line in lines if 8 <= len(line.split("\t")[0]) <= 22)


# ---------------------------------------------------------------------------------------------
# People, papers, places

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱严覃武戴莫孔"
)
COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "令狐",
    "慕容",
    "夏侯",
    "公孙",
    "司徒",
    "尉迟",
)
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂华玉萍红鹏飞建国晓峰波宁婷雪琳颖凯浩然文斌亮辉梅兰志宏"
PAPERS = (
    ("荆楚晚报", "荆州"),
    ("南国都市报", "海口"),
    ("燕赵晚报", "石家庄"),
    ("兰州晨报", "兰州"),
    ("半岛都市报", "青岛"),
    ("春城晚报", "昆明"),
    ("西海都市报", "西宁"),
    ("三峡商报", "宜昌"),
    ("江淮晨报", "合肥"),
    ("北方法制报", "哈尔滨"),
    ("潇湘晨报", "长沙"),
    ("黔中早报", "安顺"),
    ("赣南日报", "赣州"),
    ("鹭岛晚报", "厦门"),
    ("松原日报", "松原"),
    ("沧州晚报", "沧州"),
)
PLACES = ("北京", "上海", "广州", "武汉", "成都", "西安", "南京", "郑州", "长春", "沈阳", "太原", "南宁")
SECTIONS = ("要闻", "城事", "民生", "社会", "综合新闻", "经济", "本地新闻", "视点", "法治", "公益")
WEEKDAYS = "一二三四五六日"


def person(rng: random.Random, taken: set[str]) -> str:
    """A fresh Chinese name: 2-3 characters, now and then with a compound surname (欧阳晓峰)."""
    while True:
        surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.12 else rng.choice(SURNAMES)
        given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        name = surname + given
        if name not in taken and len(name) <= 4:
            taken.add(name)
            return name


# ---------------------------------------------------------------------------------------------
# Truth and page


@dataclass
class TrueArticle:
    """What a reader of the page knows about one article."""

    title: str  # 主题, the headline proper
    lead_title: str
    subtitle: str
    reporters: list[str]
    correspondents: list[str]
    photographers: list[str]
    body: str  # as printed, dateline and byline taken out; whitespace is a layout choice
    layout: str  # how it was laid out (for the failure list)


@dataclass
class Page:
    seed: int
    text: str
    articles: list[TrueArticle]
    layout: str
    furniture: list[str] = field(default_factory=list)


@dataclass
class Credit:
    """A byline drawn for one article and where it is printed."""

    reporters: list[str]
    correspondents: list[str]
    photographers: list[str]
    before: str = ""  # a line of its own between headline and body (本报记者 X)
    dateline: str = ""  # printed at the start of the first paragraph
    after: str = ""  # appended to the last paragraph (/记者 X 报道)
    form: str = ""


def _names(names: Sequence[str], sep: str) -> str:
    return sep.join(names)


def draw_credit(rng: random.Random, taken: set[str], paper: str, place: str, month: int, day: int) -> Credit:
    """One byline form of a regional paper, with its truth (who reported, corresponded, shot)."""

    def n() -> str:
        return person(rng, taken)

    form = rng.choice(
        (
            "seed-end",
            "seed-end-photo",
            "seed-end-two",
            "benbao-line",
            "benbao-corr-line",
            "wen-tu",
            "paren",
            "paren-corr",
            "paren-intern",
            "reporter-intern-line",
            "paper-reporter",
            "end-paren",
            "end-paren-bare",
            "xinhua",
            "square",
            "none",
        )
    )
    dateline = draw_dateline(rng, paper, place, month, day)
    if form == "seed-end":
        a = n()
        return Credit([a], [], [], dateline=dateline, after=f" /记者 {a} 报道", form=form)
    if form == "seed-end-photo":
        a, b = n(), n()
        return Credit([a], [], [b], dateline=dateline, after=f" /记者 {a} 报道 {b} 摄", form=form)
    if form == "seed-end-two":
        a, b = n(), n()
        return Credit([a, b], [], [], dateline=dateline, after=f" /{a} {b} 报道", form=form)
    if form == "benbao-line":
        people = [n() for _ in range(rng.choice((1, 1, 2)))]
        return Credit(
            people,
            [],
            [],
            before="本报记者 " + _names(people, rng.choice((" ", "　"))),
            dateline=dateline,
            form=form,
        )
    if form == "benbao-corr-line":
        a, c = n(), n()
        return Credit([a], [c], [], before=f"本报记者 {a} 通讯员 {c}", dateline=dateline, form=form)
    if form == "wen-tu":
        a = n()
        if rng.random() < 0.5:
            b = n()
            return Credit([a], [], [b], before=f"文/{a} 图/{b}", dateline=dateline, form=form)
        return Credit([a], [], [], before=f"文/本报记者 {a}", dateline=dateline, form=form)
    if form == "paren":
        people = [n() for _ in range(rng.choice((1, 2)))]
        sep = rng.choice(("、", " "))
        return Credit(
            people, [], [], dateline=f"{_bracketable(dateline)}（记者{_names(people, sep)}）", form=form
        )
    if form == "paren-corr":
        a = n()
        corr = [n() for _ in range(rng.choice((1, 2)))]
        line = f"{_bracketable(dateline)}（记者{a} 通讯员{_names(corr, '、')}）"
        return Credit([a], corr, [], dateline=line, form=form)
    if form == "paren-intern":
        a, b = n(), n()
        return Credit([a], [b], [], dateline=f"{_bracketable(dateline)}（记者 {a} 实习生 {b}）", form=form)
    if form == "reporter-intern-line":
        a, b = n(), n()
        return Credit([a], [b], [], before=f"记者 {a} 实习生 {b}", dateline=dateline, form=form)
    if form == "paper-reporter":
        a = n()
        return Credit([a], [], [], before=f"{paper}记者 {a}", dateline=dateline, form=form)
    if form == "end-paren":
        a = n()
        if rng.random() < 0.5:
            c = n()
            return Credit([a], [c], [], dateline=dateline, after=f"（记者 {a} 通讯员 {c}）", form=form)
        return Credit([a], [], [], dateline=dateline, after=f"（记者 {a}）", form=form)
    if form == "end-paren-bare":
        people = [n() for _ in range(rng.choice((1, 2, 3)))]
        return Credit(people, [], [], dateline=dateline, after="（" + _names(people, "　") + "）", form=form)
    if form == "xinhua":
        people = [n() for _ in range(rng.choice((1, 2)))]
        city = rng.choice(PLACES)
        line = f"新华社{city}{month}月{day}日电（记者{_names(people, '、')}）"
        return Credit(people, [], [], dateline=line, form=form)
    if form == "square":
        a = n()
        if rng.random() < 0.5:
            c = n()
            return Credit([a], [c], [], before=f"□记者 {a} 通讯员 {c}", dateline=dateline, form=form)
        return Credit([a], [], [], before=f"■本报记者 {a}", dateline=dateline, form=form)
    return Credit([], [], [], dateline=dateline or "本报讯", form=form)


def _bracketable(dateline: str) -> str:
    """A dateline a bracketed byline can follow (本报讯（记者X）; never 【本报讯】（记者X））."""
    return dateline if dateline and not dateline.startswith("【") else "本报讯"


def draw_dateline(rng: random.Random, paper: str, place: str, month: int, day: int) -> str:
    """A dateline of this paper (本报讯, 城市晚报白城讯, 本报6月5日讯, 【本报讯】...) or none."""
    return rng.choice(
        (
            "本报讯",
            "本报讯",
            f"本报{place}讯",
            f"{paper}{place}讯",
            f"{paper}讯",
            f"本报{month}月{day}日讯",
            f"{paper}{place}{month}月{day}日讯",
            "【本报讯】",
            f"本报{rng.choice(PLACES)}{month}月{day}日电",
            "",
        )
    )


def split_title(title: str) -> tuple[str, str]:
    """(引题, 主题) a Sohu headline offers: ``X　Y`` or a long ``X：Y``; ("", title) otherwise."""
    parts = [p for p in title.split("　") if p]
    if len(parts) == 2:
        return parts[0], parts[1]
    before, colon, after = title.partition("：")
    if colon and len(before) >= 5 and len(after) >= 5:
        return before, after
    return "", " ".join(parts)


def body_clause(rng: random.Random, sentences: Sequence[str], avoid: str = "") -> str:
    """A clause of the first sentences, for a 副题 or 引题 (prefer one with a number)."""
    clauses = [
        c.strip('“”"')
        for s in sentences[:4]
        for c in re.split(r"[，；。！？：、]", s)
        if 8 <= len(c.strip('“”"')) <= 20
        and "“" not in c
        and "”" not in c
        and "（" not in c
        and "）" not in c
    ]
    clauses = [c for c in clauses if c != avoid]
    if not clauses:
        return ""
    numbered = [c for c in clauses if re.search(r"[0-9０-９]", c)]
    return rng.choice(numbered or clauses)


# ---------------------------------------------------------------------------------------------
# Typesetting

_FULL_ALNUM = str.maketrans(
    {
        chr(c): chr(c - 0xFEE0)
        for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]
    }
    | {"．": ".", "％": "%"}
)
_NO_LINE_START = set("，。、；：？！”’）》」』…%")


def half_width(text: str) -> str:
    """Half-width digits and Latin letters, as most regional papers' text layers give them."""
    text = text.translate(_FULL_ALNUM)
    return re.sub(r"(?<=\d)\.(?!\d)", "．", text)  # a full stop after a number stays full-width


_FULL_DIGITS = str.maketrans({str(i): chr(0xFF10 + i) for i in range(10)})


def page_digits(text: str, half: bool) -> str:
    """Digits the page's way: a full-width page prints its datelines' dates full-width too."""
    return text if half else text.translate(_FULL_DIGITS)


def loosen(rng: random.Random, text: str, spaces: bool) -> str:
    """The text layer's stray spaces: around half-width numbers, after some punctuation."""
    if spaces:
        text = re.sub(
            r"[0-9][0-9.%]*",
            lambda m: (" " if rng.random() < 0.4 else "") + m.group() + (" " if rng.random() < 0.4 else ""),
            text,
        )
    return re.sub(r"(?<=[，。、])", lambda _: " " if rng.random() < 0.04 else "", text)


def width(ch: str) -> float:
    return 0.5 if ord(ch) < 0x2E80 and unicodedata.east_asian_width(ch) in "NaH" else 1.0


def wrap(text: str, columns: int) -> list[str]:
    """Lines of at most ``columns`` CJK widths; a number is never split, closing punctuation never
    starts a line (it hangs at the end of the line before, as typesetters do)."""
    lines: list[str] = []
    line, used = "", 0.0
    for token in re.findall(r"[0-9A-Za-z.%]+|.", text, re.S):
        w = sum(map(width, token))
        if used + w > columns and line.strip() and token[0] not in _NO_LINE_START:
            lines.append(line)
            line, used = "", 0.0
        line += token
        used += w
    if line:
        lines.append(line)
    return lines


def column_breaks(rng: random.Random, lines: list[str], height: int) -> list[str]:
    """A blank line every ``height`` lines: the next column starts, mid-sentence or not."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if i and i % height == 0:
            out.append("")
        out.append(line)
    return out


@dataclass
class Style:
    """Page-wide typesetting choices."""

    half: bool
    spaces: bool
    indent: str
    blank_paragraphs: bool
    column_height: int


def set_paragraphs(rng: random.Random, paragraphs: Sequence[str], columns: int, style: Style) -> list[str]:
    """Typeset an article's paragraphs into a column of ``columns`` characters."""
    lines: list[str] = []
    for i, para in enumerate(paragraphs):
        if i and style.blank_paragraphs:
            lines.append("")
        lines.extend(wrap(style.indent + para, columns))
    return column_breaks(rng, lines, style.column_height)


def _two_lines(title: str) -> list[str]:
    """A 主题 broken over two lines: at its space, or near its middle (never inside a number)."""
    parts = title.split(" ")
    if len(parts) == 2:
        return parts
    middle = len(title) // 2
    cuts = [c for c in range(middle - 2, middle + 3) if not title[c - 1 : c + 1].isascii()]
    cut = cuts[0] if cuts else middle
    return [title[:cut], title[cut:]]


@dataclass
class Decks:
    """A headline's decks and the lines a text layer gives them."""

    lead: str
    title: str
    sub: str
    lines: list[str]
    form: str


def draw_decks(rng: random.Random, title: str, sentences: Sequence[str]) -> Decks:
    """One to three decks, printed so that a reader of the text layer can tell which is the 主题.

    Without type sizes, an unmarked line above the 主题 cannot be told from the first half of a
    主题 printed on two lines (the seed's 主题 is two such lines), so the decks follow the shapes
    a reader can decide: ``[主题]`` or ``[主题 half, half]``; ``[主题, ——副题]``; the seed's
    ``[half, half, 副题]``; and three decks ``[引题, 主题, ——副题]`` (the 主题 on one line). The
    引题 is the ``X`` of a Sohu ``X　Y`` or ``X：Y`` headline (else a clause of the body), the 副题 a
    clause of the body, as the seed's is.
    """
    whole = " ".join(p for p in title.split("　") if p)
    two_lines = len(whole) > 14 or " " in whole
    form = rng.choices(("one", "sub", "three"), (0.6, 0.25, 0.15))[0]
    sub = body_clause(rng, sentences)
    if form == "three" and sub:
        lead, main = split_title(title)
        lead = lead or body_clause(rng, sentences, avoid=sub)
        if lead:
            return Decks(lead, main, sub, [lead, main, rng.choice(("——", "—— ")) + sub], form)
    if form in ("sub", "three") and sub:
        if two_lines and rng.random() < 0.4:
            return Decks("", whole, sub, [*_two_lines(whole), sub], "sub-seed")
        return Decks("", whole, sub, [whole, rng.choice(("——", "—— ")) + sub], "sub")
    if two_lines and rng.random() < 0.4:
        return Decks("", whole, "", _two_lines(whole), "one-2lines")
    return Decks("", whole, "", [whole], "one")


# ---------------------------------------------------------------------------------------------
# Pages


@dataclass
class _Laid:
    truth: TrueArticle
    headline: list[str]
    lead: list[str]  # displaced lead lines (empty when the lead stays in place)
    column: list[str]


def _paragraphs(rng: random.Random, sentences: Sequence[str]) -> list[str]:
    paragraphs: list[str] = []
    i = 0
    while i < len(sentences):
        k = rng.choice((1, 2, 2, 3, 4))
        paragraphs.append("".join(sentences[i : i + k]))
        i += k
    return paragraphs


def _cut(rng: random.Random, sentences: Sequence[str]) -> list[str]:
    """An editor's cut: whole sentences up to a drawn length (an article of 250-1100 characters)."""
    target = rng.randint(250, 1100)
    out: list[str] = []
    for s in sentences:
        if out and sum(map(len, out)) >= target:
            break
        out.append(s)
    return out


def lay_article(
    rng: random.Random,
    text: Text,
    style: Style,
    taken: set[str],
    paper: str,
    place: str,
    month: int,
    day: int,
    displace: bool,
) -> _Laid:
    """One article: its headline lines, its column (byline, dateline, body), maybe a lead apart."""
    sentences = _cut(rng, text.sentences)
    if style.half:
        sentences = [half_width(s) for s in sentences]
    title = text.title.translate(_FULL_ALNUM) if style.half else text.title
    decks = draw_decks(rng, title, sentences)
    credit = draw_credit(rng, taken, paper, place, month, day)
    credit.dateline = page_digits(credit.dateline, style.half)
    paragraphs = _paragraphs(rng, sentences)
    body = "".join(paragraphs)
    printed = [loosen(rng, p, style.spaces) for p in paragraphs]
    if credit.dateline:
        printed[0] = credit.dateline + rng.choice((" ", "　", "", " ")) + printed[0]
    if credit.after:
        printed[-1] = printed[-1] + credit.after
    columns = rng.randint(12, 30)
    lead: list[str] = []
    layout = [credit.form, f"w{columns}", f"decks-{decks.form}"]
    if displace and len(printed) > 2:
        k = 1 if rng.random() < 0.7 else 2
        lead_columns = rng.randint(24, 44)
        lead = set_paragraphs(rng, printed[:k], lead_columns, style)
        printed = printed[k:]
        layout.append(f"lead-displaced{k}")
    column = ([credit.before] if credit.before else []) + set_paragraphs(rng, printed, columns, style)
    truth = TrueArticle(
        title=decks.title,
        lead_title=decks.lead,
        subtitle=decks.sub,
        reporters=credit.reporters,
        correspondents=credit.correspondents,
        photographers=credit.photographers,
        body=body,
        layout=" ".join(layout),
    )
    return _Laid(truth, decks.lines, lead, column)


def _furniture(
    rng: random.Random, paper: str, month: int, day: int, taken: set[str], half: bool
) -> tuple[str, str]:
    """(page header line, editor credit line) of this page."""
    page_no = rng.randint(2, 16)
    weekday = WEEKDAYS[(day + month) % 7]
    page = f"A{page_no:02d}" if half else "Ａ" + page_digits(f"{page_no:02d}", half)
    section = rng.choice(SECTIONS)
    header = rng.choice(
        (
            f"{page}　{section}　2012年{month}月{day}日　星期{weekday}",
            f"{paper}　2012.{month:02d}.{day:02d}　{section}　{page}",
            f"2012年{month}月{day}日 星期{weekday} {section} {page}版",
        )
    )
    e, d, c = person(rng, taken), person(rng, taken), person(rng, taken)
    credits = rng.choice(
        (
            f"责任编辑：{e}　美术编辑：{d}　校对：{c}",
            f"本版编辑/{e} 美编/{d} 校对/{c}",
            f"编辑 {e}  组版 {d}  校对 {c}",
        )
    )
    return page_digits(header, half), credits


def _caption(rng: random.Random, laid: _Laid, taken: set[str]) -> str:
    """A picture caption near an article, with its photographer's credit (not the article's body)."""
    clause = body_clause(rng, re.split(r"(?<=。)", laid.truth.body)) or laid.truth.title
    shooter = person(rng, taken)
    return (
        rng.choice(("▲", "图为", ""))
        + clause
        + "。"
        + rng.choice((f" 本报记者 {shooter} 摄", f"（{shooter} 摄）"))
    )


def generate_page(seed: int) -> Page:
    """The page of ``seed`` (0-49 tune texts, 50-99 report texts), with its truth."""
    rng = random.Random(f"pagegen-sogou-{seed}")
    pool = part(seed)
    chosen = rng.sample(pool, rng.choice((2, 3, 3, 4, 4, 5)))
    paper, place = rng.choice(PAPERS)
    month, day = rng.choice((6, 7)), rng.randint(1, 30)
    half = rng.random() < 0.6
    style = Style(
        half=half,
        spaces=half and rng.random() < 0.6,
        indent=rng.choice(("", "", "", "　　", "  ")),
        blank_paragraphs=rng.random() < 0.4,
        column_height=rng.randint(12, 40),
    )
    placement = rng.choice(("above", "above", "end", "top", "interleaved"))
    displaced = rng.randrange(len(chosen)) if rng.random() < 0.35 else -1
    lead_at = rng.choice(("end", "top"))
    taken: set[str] = set()
    laid = [
        lay_article(rng, text, style, taken, paper, place, month, day, i == displaced)
        for i, text in enumerate(chosen)
    ]
    header, editors = _furniture(rng, paper, month, day, taken, half)
    blocks: list[list[str]] = []
    top: list[list[str]] = []
    end: list[list[str]] = []
    furniture: list[str] = []
    if rng.random() < 0.6:
        top.append([header])
        furniture.append(header)
    order = list(range(len(laid)))
    if placement == "interleaved":
        rng.shuffle(order)  # headline i is printed above article order[i]
    for i, item in enumerate(laid):
        if placement in ("above", "interleaved"):
            owner = laid[order.index(i)] if placement == "interleaved" else item
            blocks.append(owner.headline)
        blocks.append(item.column)
        if rng.random() < 0.2:
            caption = _caption(rng, item, taken)
            blocks.append(wrap(caption, rng.randint(12, 30)))
            furniture.append(caption)
    heap = [item.headline for item in laid]
    rng.shuffle(heap) if rng.random() < 0.5 else heap.reverse()
    leads = [item.lead for item in laid if item.lead]
    if lead_at == "top":
        top.extend(leads)
    else:
        end.extend(leads)
    if placement == "top":
        top.extend(heap)
    elif placement == "end":
        end.extend(heap)
    if rng.random() < 0.15:
        teaser = rng.choice(furniture_headlines())
        teaser_line = (
            rng.choice(("●", "◆", "")) + teaser + rng.choice(("　详见A08版", " >>A05", "（见第3版）"))
        )
        (top if rng.random() < 0.5 else end).append([teaser_line])
        furniture.append(teaser_line)
    if rng.random() < 0.5:
        (end if rng.random() < 0.7 else top).append([editors])
        furniture.append(editors)
    text = "\n\n".join("\n".join(block) for block in [*top, *blocks, *end]) + "\n"
    if placement == "interleaved" and order == sorted(order):
        placement = "above"
    lead_note = f", lead {lead_at}" if leads else ""
    layout = f"{len(laid)} articles, headlines {placement}{lead_note}, {'half' if half else 'full'}-width"
    for item in laid:
        item.truth.layout += f"; {layout}"
    return Page(seed, text, [item.truth for item in laid], layout, furniture)


# ---------------------------------------------------------------------------------------------
# Scoring


class Rebuilt(Protocol):
    title: str
    reporters: list[str]
    paragraphs: list[str]


def fold(text: str) -> str:
    """Compare-form: NFKC (full/half width alike), no whitespace, no U+FFFD."""
    return "".join(unicodedata.normalize("NFKC", text).replace("\ufffd", "").split())


def char_f1(got: str, want: str) -> float:
    """Character-bag F1 of two folded texts."""
    a, b = Counter(fold(got)), Counter(fold(want))
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


@dataclass
class Score:
    truth: TrueArticle
    got_title: str | None  # None: no rebuilt article matched
    got_reporters: list[str]
    body_f1: float

    @property
    def title_ok(self) -> bool:
        return self.got_title is not None and fold(self.got_title) == fold(self.truth.title)

    @property
    def reporters_ok(self) -> bool:
        return self.got_title is not None and self.got_reporters == self.truth.reporters

    @property
    def right(self) -> bool:
        return self.title_ok and self.reporters_ok and self.body_f1 >= BODY_F1_MIN

    def why(self) -> str:
        if self.got_title is None:
            return "no rebuilt article"
        wrong = []
        if not self.title_ok:
            wrong.append(f"title {self.got_title!r} want {self.truth.title!r}")
        if not self.reporters_ok:
            wrong.append(f"reporters {self.got_reporters} want {self.truth.reporters}")
        if self.body_f1 < BODY_F1_MIN:
            wrong.append(f"body F1 {self.body_f1:.3f}")
        return "; ".join(wrong)


@dataclass
class PageScore:
    scores: list[Score]
    extra: int
    extra_titles: list[str]


def score_page(page: Page, rebuilt: Sequence[Rebuilt]) -> PageScore:
    """Pair rebuilt and true articles by body F1 (best pairs first), then judge each pair."""
    bodies = ["".join(r.paragraphs) for r in rebuilt]
    pairs = sorted(
        ((char_f1(b, t.body), i, j) for i, b in enumerate(bodies) for j, t in enumerate(page.articles)),
        reverse=True,
    )
    used_rebuilt: set[int] = set()
    match: dict[int, tuple[int, float]] = {}
    for f1, i, j in pairs:
        if f1 < MATCH_F1_MIN or i in used_rebuilt or j in match:
            continue
        used_rebuilt.add(i)
        match[j] = (i, f1)
    scores = []
    for j, truth in enumerate(page.articles):
        if j in match:
            i, f1 = match[j]
            scores.append(Score(truth, rebuilt[i].title, list(rebuilt[i].reporters), f1))
        else:
            scores.append(Score(truth, None, [], 0.0))
    extra = [r.title for i, r in enumerate(rebuilt) if i not in used_rebuilt]
    return PageScore(scores, len(extra), extra)


# ---------------------------------------------------------------------------------------------
# Measuring


def measure(seeds: Iterable[int], failures: list[str] | None = None) -> dict[str, object]:
    """Rebuild every page of ``seeds``: articles right, pages all right, extra articles, miss causes.

    ``failures`` is filled for tune seeds only: report pages are counted, never looked at. One loop
    for every generator: ``bench.normalize_bench.measure_generated`` over its ``SOGOU`` row.
    """
    from bench.normalize_bench import SOGOU, measure_generated  # the bench imports this module

    return measure_generated(SOGOU, list(seeds), failures)


def _range(spec: str) -> range:
    first, _, last = spec.partition("-")
    return range(int(first), int(last or first) + 1)


def main(argv: list[str] | None = None) -> int:
    """Print the rate per split; ``--failures`` lists tune-seed misses, ``--show`` prints a tune page."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--tune", default="0-49")
    parser.add_argument("--report", default="50-99")
    parser.add_argument("--failures", action="store_true", help="list tune-seed misses (never report seeds)")
    parser.add_argument("--show", type=int, help="print one tune page and its truth")
    args = parser.parse_args(argv)
    if not available():
        print(f"not measured: the Sohu sample is not in {CORPUS}")
        return 0
    if args.show is not None:
        if args.show not in TUNE_SEEDS:
            print("refused: only tune seeds (0-49) may be looked at", file=sys.stderr)
            return 2
        page = generate_page(args.show)
        print(page.text)
        print(f"--- {page.layout}; furniture {page.furniture}")
        for a in page.articles:
            print(
                f"[{a.lead_title} | {a.title} | {a.subtitle}] {a.reporters} c={a.correspondents} "
                f"p={a.photographers} ({a.layout})\n    {a.body[:60]}…{a.body[-30:]}"
            )
        return 0
    from bench.normalize_bench import misses_cell

    tune, report = _range(args.tune), _range(args.report)
    if any(s in REPORT_SEEDS for s in tune):
        print("refused: --tune may only name tune seeds (0-49)", file=sys.stderr)
        return 2
    failures: list[str] = []
    rows = [("tune", measure(tune, failures)), ("report", measure(report))]
    for name, row in rows:
        misses = misses_cell(row)
        print(
            f"sogou seeds {row['seeds']} ({name}): {row['right']}/{row['articles']} = {row['rate']:.3f}, "
            f"pages all right {row['pages_all_right']}/{row['pages']}, "
            f"extra {row['extra_articles']}, misses: {misses}"
        )
    if args.failures:
        print("\n".join(failures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
