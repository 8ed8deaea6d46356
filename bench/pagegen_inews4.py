"""A fourth, independent generator of seed-style newspaper pages (issue 20), on inews train texts.

Why: the page normaliser (``newsarchive normalize``) meets its target on the pages it was tuned
against; this generator measures whether it generalises to layouts nobody tuned on. It was written
only from issue 20's text ("Page rebuild that generalises" and its Done-when line), the seed page
``../shared/seeds/000_ea19ae478b29415a.txt`` and its golden file, without reading
``tests/pagegen`` (only the public scoring function ``tests.pagegen.score.score_page`` is reused,
through :func:`score_page`, which adds NFKC), ``bench/pagegen_alt.py``, ``bench/pagegen_sogou.py``
or the normaliser's sources.

Frozen at commit 20b4f54 (see bench/notes/normalize_bench.md, "Fourth generator"): the generation
rules must not change after the first measurement, or the report figure stops being honest.

What a page looks like (a PDF text layer of a regional paper, column by column):

* 2-5 articles from the inews *train* texts, drawn by seeded sampling (never by hand) from a pool
  filtered mechanically: 150-2000 characters, titles 6-40 (web-site suffixes cut), a
  sentence-final ending, every paragraph ending a sentence (so no subheads), none of the texts'
  own datelines, bylines, photo credits, disclaimers, web debris, URLs or masked numbers.
  **Split**: seeds whose ``seed // 50`` is even (0-49, 100-149, ...) use the even-numbered
  records (0-based line numbers of ``train.jsonl``), the others (50-99, ...) the odd-numbered
  ones; no text is shared. Seeds 0-49 may be tuned on, 50-99 are reported untouched.
* A page is kept only if a reader could pair each headline with its article: every title shares
  at least two character bigrams with its own body and more than with any other body of the page.
* Each article is hard-wrapped at its own column width (12-30, CJK width 1, ASCII 1/2), cut into
  columns of the page's column height, usually with a blank line at each column break (mid-
  sentence). Paragraphs run in, start on a new line, are indented with 　　, or are separated by
  blank lines. Digits are half-width, full-width or mixed; stray spaces around numbers, after
  punctuation and (rarely) inside words; a few ASCII commas between Chinese characters.
* Headlines: above their article, all detached at the top or at the end of the page (in page,
  reverse or shuffled order), below their article, or interleaved (at article boundaries or at a
  column break of another article, in shuffled order). One article's lead (dateline and first
  paragraph) may be displaced, laid out wide (24-60), to the top or the end of the page.
* Page furniture: a header (page number, date, section, editors) and maybe a footer.

**Deck convention** (what a reader can tell apart in plain text): a headline block is a run of
lines between blank lines.

* 主题 (title): the inews title, on one line or broken over two lines (at its space, else near its
  middle, never after punctuation). Truth: the two lines joined by a space (as the golden file).
* 引题 (kicker, ``lead_title``): a line *above* the 主题 that ends in a full-width ``，`` or ``：``
  (a title line never does). Its text is a clause of the article.
* 副题 (subtitle): a line *below* the 主题 that starts with ``——``; or, as in the seed, an unmarked
  third line under a 主题 broken over two lines. A one-line 主题 never has an unmarked 副题, so an
  unmarked two-line block is always one 主题.

Bylines (truth: ``reporters``; ``photographers``; ``correspondents`` = 通讯员 and 实习生):
the seed's ``/X Y 报道``, ``/记者 X 报道 Y 摄`` and ``/X 记者 Y 报道 摄`` closing the body;
``（记者X 通讯员Y、Z）`` and ``（记者 X 实习生 Y）`` after the dateline;
``本报记者 X``, ``□本报记者 X 实习生 Y``, ``■记者 X 通讯员 Y``, ``文/X 图/Y``, ``文/图 记者 X``
on a line before the body; ``（X）`` or ``记者 X 通讯员 Y`` closing the body;
agency datelines with ``（记者X、Y）``; or none. Names are synthetic, with compound surnames
(欧阳, 司马, 诸葛, ...). Datelines: ``本报讯``, ``本报X讯``, ``本报X月X日讯``, ``{paper}{place}讯``,
``{paper}讯``, ``新华社{place}X月X日电``, ``中新网{place}X月X日电``, ``{paper}·{app}``.

Scoring is normalize_bench's: an article is right when its title is exact (whitespace aside, here
also NFKC), its reporters are exact, and its body character-F1 is >= 0.98.

Usage: ``python -m bench.pagegen_inews4 --show SEED`` prints a page and its truth.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import re
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import jieba

from crawler.normalize.models import RebuiltArticle
from tests.corpora import shared_data_dir
from tests.pagegen.score import ArticleScore, ArticleTruth, Page
from tests.pagegen.score import score_page as _score_page

CORPUS: Path = shared_data_dir() / "inews-bdci2019" / "train.jsonl"
SPLIT_BLOCK = (
    50  # seeds come in blocks of 50: even blocks tune (even records), odd blocks report (odd records)
)
MIN_BODY, MAX_BODY = 150, 2000
MIN_TITLE, MAX_TITLE = 6, 40
WIDTHS = (12, 30)
WIDE_LEAD = (24, 60)
COLUMN_HEIGHTS = (8, 30)

# Texts carrying their own dateline, byline, credit or web debris are dropped: the page's own
# dateline and byline would then not be the only ones, and a reader could not tell the truth.
_OWN_CREDITS = re.compile(
    r"记者|通讯员|实习生|本报|编辑|责编|来源|供图|摄影|(?<![通资快喜视简音传])讯|日电|电[（(]|[文图][/／:：]|摄[）)\s]|摄$"
    r"|特别声明|原标题|转载|免责|小编|二维码|点赞|导语|prefix|\?|？？|http|www|@|\*|\ufffd|[<>【】|_#&\"]|[（(]完[）)]"
)
_BAD_TITLE = re.compile(r"[_|【】\[\]#@&*<>\"\n]|！！|[，：、；]$")
_SENTENCE = re.compile(r"[^。！？]*[。！？]+[”’）]?")
_CLAUSE = re.compile(r"[^，。！？；：、“”‘’（）()《》]+")
_ASCII_RUN = re.compile(r"[0-9A-Za-z.%]+")
_FINAL = "。！？”’）"
_NO_LINE_START = "，。、；：？！”’）》%"
_NO_LINE_END = "“‘（《"

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "司徒", "东方", "皇甫", "令狐", "慕容", "公孙")
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞建文辉力永健世广志义兴良海山仁波宁贵"
    "福生龙元全国胜学祥才发武新利清晓宇浩凯晨欣雪婷琳颖倩立峰斌博俊帅瑞嘉怡佳梦雨思远航振春秋冬"
)
PAPERS = (
    "城市晚报",
    "齐鲁晚报",
    "扬子晚报",
    "南方都市报",
    "燕赵都市报",
    "华商报",
    "楚天都市报",
    "钱江晚报",
    "大河报",
    "三秦都市报",
    "新文化报",
    "半岛晨报",
    "海峡都市报",
    "春城晚报",
    "潇湘晨报",
    "沂蒙晚报",
    "滕州日报",
    "寿光日报",
    "江阴日报",
    "余姚日报",
)
APPS = ("齐鲁壹点", "紫牛新闻", "奥一新闻", "大风新闻", "看度新闻")
PLACES = (
    "济南",
    "南京",
    "广州",
    "白城",
    "淄博",
    "临沂",
    "徐州",
    "佛山",
    "青岛",
    "烟台",
    "苏州",
    "无锡",
    "深圳",
    "东莞",
    "长春",
    "郑州",
    "西安",
    "武汉",
    "杭州",
    "温州",
    "宁波",
    "长沙",
    "昆明",
    "福州",
    "厦门",
    "泉州",
    "保定",
    "唐山",
    "大连",
    "沈阳",
    "洛阳",
    "宜昌",
    "襄阳",
    "潍坊",
    "滕州",
    "寿光",
    "江阴",
    "余姚",
)
SECTIONS = ("城市新闻", "县域经济", "社会新闻", "民生", "今日关注", "区县新闻", "综合新闻", "经济·产业")
WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class Doc:
    """One usable inews record: its line number, title and paragraphs."""

    line: int
    title: str
    paragraphs: tuple[str, ...]


@dataclass
class Credit:
    """A byline or dateline credit: where it goes, its text, and the names it gives."""

    where: str  # "lead" (after the dateline), "line" (own line before the body), "end", "none"
    text: str
    reporters: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)


@dataclass
class Style:
    """The page-wide choices, drawn once per page."""

    digits: str  # "half", "full", "mixed"
    digit_space: float
    punct_space: float
    word_space: float
    ascii_comma: float
    column_height: int
    column_blank: bool


def cjk_width(text: str) -> float:
    """Display width of ``text``: ASCII counts half, everything else one."""
    return sum(0.5 if ord(ch) < 128 else 1.0 for ch in text)


def nfkc(text: str) -> str:
    """NFKC form: full- and half-width digits and punctuation compare equal."""
    return unicodedata.normalize("NFKC", text)


def _bigrams(text: str) -> set[str]:
    return {
        text[i : i + 2]
        for i in range(len(text) - 1)
        if not any(c in "，。：、！？ “”" for c in text[i : i + 2])
    }


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text``, covering it whole (a tail without a full stop is a sentence too)."""
    pieces = _SENTENCE.findall(text)
    tail = text[sum(len(p) for p in pieces) :]
    return [*pieces, tail] if tail.strip() else pieces


def split_paragraphs(content: str, rng: random.Random) -> list[str]:
    """Paragraphs of an inews content: its own breaks, else 1-4 sentences at a time (seeded)."""
    parts = [p.strip() for p in re.split(r"\n+|\s{2,}", content) if p.strip()]
    if len(parts) > 1:
        return parts
    sentences = split_sentences(content.strip())
    paragraphs: list[str] = []
    while sentences:
        take = rng.randint(1, 4)
        paragraphs.append("".join(sentences[:take]).strip())
        sentences = sentences[take:]
    return [p for p in paragraphs if p]


def clean_title(title: str) -> str:
    """The headline without a web site's suffix (``…_搜狐汽车_搜狐网``, ``… | 某网``, ``…-某县人民政府``)."""
    head = re.split(r"\s*[_|]", title.strip(), maxsplit=1)[0].strip()
    return re.sub(r"\s*-\s*[^-]{2,14}$", "", head) if "-" in head else head


def clean_content(content: str) -> str:
    """The content with its escaped line breaks (a literal backslash-n) as real paragraph breaks."""
    return re.sub(r"\\\s*n", "\n", content).strip()


def usable(title: str, content: str) -> bool:
    """Mechanical filter: a clean title, a body of news length, no credits or web debris of its own."""
    if not (MIN_TITLE <= len(title) <= MAX_TITLE) or _BAD_TITLE.search(title):
        return False
    if not (MIN_BODY <= len(content) <= MAX_BODY) or content[-1] not in _FINAL:
        return False
    if _OWN_CREDITS.search(content) or _OWN_CREDITS.search(title) or content.startswith(title[:6]):
        return False
    paragraphs = [p.strip() for p in re.split(r"\n+|\s{2,}", content) if p.strip()]
    if any(p[-1] not in _FINAL for p in paragraphs):
        return False
    return len(_bigrams(title) & _bigrams(content)) >= 2


@cache
def _documents(parity: int) -> tuple[tuple[int, str, str], ...]:
    """Usable records whose line number has ``parity``, deduplicated by content."""
    seen: set[str] = set()
    out: list[tuple[int, str, str]] = []
    with CORPUS.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle):
            if line_no % 2 != parity:
                continue
            record = json.loads(line)
            title, content = clean_title(str(record["title"])), clean_content(str(record["content"]))
            if content in seen or not usable(title, content):
                continue
            seen.add(content)
            out.append((line_no, title, content))
    return tuple(out)


def available() -> bool:
    """Whether the inews train texts are where this generator looks."""
    return CORPUS.is_file()


def split_of(seed: int) -> str:
    """``tune`` for seeds in even blocks of 50 (0-49, ...), ``report`` for odd blocks (50-99, ...)."""
    return "tune" if (seed // SPLIT_BLOCK) % 2 == 0 else "report"


# ---------------------------------------------------------------- names, datelines, bylines


def _name(rng: random.Random, taken: set[str]) -> str:
    while True:
        surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.15 else rng.choice(SURNAMES)
        given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        name = surname + given
        if name not in taken:
            taken.add(name)
            return name


def _date_text(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 12), rng.randint(1, 28)


def make_dateline(rng: random.Random, paper: str, place: str) -> str:
    """A dateline of this page's paper, another paper, or an agency."""
    month, day = _date_text(rng)
    forms = [
        "本报讯",
        f"本报{place}讯",
        f"本报{month}月{day}日讯",
        f"{paper}{place}讯",
        f"{paper}讯",
        f"新华社{rng.choice(PLACES)}{month}月{day}日电",
        f"中新网{rng.choice(PLACES)}{month}月{day}日电",
        f"{paper}·{rng.choice(APPS)}",
    ]
    return rng.choices(forms, weights=(4, 2, 2, 4, 1, 2, 1, 1))[0]


def make_credit(rng: random.Random, dateline: str, taken: set[str]) -> Credit:
    """A byline in one of the forms the module docstring lists, with the names it credits."""

    def n() -> str:
        return _name(rng, taken)

    if dateline.endswith("电"):
        names = [n() for _ in range(rng.randint(1, 2))]
        sep = rng.choice(("、", " "))
        return Credit(
            "lead", f"（记者{sep.join(names)}）" if sep == "、" else f"（记者 {' '.join(names)}）", names
        )
    if "·" in dateline:
        reporter = n()
        return Credit("lead", f" 记者 {reporter}", [reporter])
    form = rng.choices(
        [
            "seed_report",
            "seed_report_photo",
            "seed_both",
            "paren",
            "paren_intern",
            "line_benbao",
            "line_intern",
            "line_square",
            "line_wentu",
            "line_wentu_same",
            "end_paren",
            "end_roles",
            "none",
        ],
        weights=(3, 3, 1, 4, 1, 3, 1, 1, 2, 1, 1, 1, 2),
    )[0]
    if form == "seed_report":
        names = [n() for _ in range(rng.randint(1, 2))]
        return Credit("end", f"/{' '.join(names)} 报道", names)
    if form == "seed_report_photo":
        reporter, photographer = n(), n()
        return Credit("end", f"/记者 {reporter} 报道 {photographer} 摄", [reporter], [photographer])
    if form == "seed_both":
        first, second = n(), n()
        return Credit("end", f"/{first} 记者 {second} 报道 摄", [first, second], [first, second])
    if form == "paren":
        reporters = [n() for _ in range(rng.randint(1, 2))]
        helpers = [n() for _ in range(rng.randint(0, 2))]
        text = "（记者" + "、".join(reporters)
        if helpers:
            text += " 通讯员" + "、".join(helpers)
        return Credit("lead", text + "）", reporters, correspondents=helpers)
    if form == "paren_intern":
        reporter, intern = n(), n()
        return Credit("lead", f"（记者 {reporter} 实习生 {intern}）", [reporter], correspondents=[intern])
    if form == "line_benbao":
        names = [n() for _ in range(rng.randint(1, 2))]
        return Credit("line", "本报记者 " + " ".join(names), names)
    if form == "line_intern":
        reporter, intern = n(), n()
        return Credit("line", f"□本报记者 {reporter} 实习生 {intern}", [reporter], correspondents=[intern])
    if form == "line_square":
        reporter, helper = n(), n()
        return Credit("line", f"■记者 {reporter} 通讯员 {helper}", [reporter], correspondents=[helper])
    if form == "line_wentu":
        writer, photographer = n(), n()
        return Credit("line", f"文/{writer} 图/{photographer}", [writer], [photographer])
    if form == "line_wentu_same":
        writer = n()
        return Credit("line", f"文/图 记者 {writer}", [writer], [writer])
    if form == "end_paren":
        writer = n()
        return Credit("end", f"（{writer}）", [writer])
    if form == "end_roles":
        reporter, helper = n(), n()
        return Credit("end", f"记者 {reporter} 通讯员 {helper}", [reporter], correspondents=[helper])
    return Credit("none", "")


# ---------------------------------------------------------------- surface noise and wrapping


def _digit(ch: str) -> str:
    return chr(ord(ch) - ord("0") + ord("０"))


def surface(text: str, style: Style, rng: random.Random) -> str:
    """Render ``text`` with the page's digit width and stray spaces (whitespace and NFKC aside, unchanged)."""
    out: list[str] = []
    pos = 0
    for match in _ASCII_RUN.finditer(text):
        out.append(_surface_cjk(text[pos : match.start()], style, rng))
        run = match.group()
        full = style.digits == "full" or (style.digits == "mixed" and rng.random() < 0.5)
        if full and run.replace(".", "").isdigit():
            run = "".join(_digit(c) if c.isdigit() else c for c in run)
        before = " " if rng.random() < style.digit_space else ""
        after = " " if rng.random() < style.digit_space else ""
        out.append(before + run + after)
        pos = match.end()
    out.append(_surface_cjk(text[pos:], style, rng))
    return "".join(out)


def _surface_cjk(text: str, style: Style, rng: random.Random) -> str:
    out: list[str] = []
    for i, ch in enumerate(text):
        if ch == "，" and 0 < i < len(text) - 1 and rng.random() < style.ascii_comma:
            ch = ","
        out.append(ch)
        if ch in "，。、；" and rng.random() < style.punct_space:
            out.append(" ")
        elif ch not in _NO_LINE_END and rng.random() < style.word_space:
            out.append(" ")
    return "".join(out)


def _tokens(text: str) -> list[str]:
    """Characters, with ASCII runs (numbers, words) and their spaces kept whole."""
    return re.findall(r" ?[0-9A-Za-z.%０-９]+ ?| |.", text)


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """Hard-wrap at ``width`` display columns; closing punctuation hangs, opening marks move down."""
    lines: list[str] = []
    line = indent
    for token in _tokens(text):
        if line and cjk_width(line + token) > width and token[0] not in _NO_LINE_START:
            carry = ""
            while line and line[-1] in _NO_LINE_END:
                carry, line = line[-1] + carry, line[:-1]
            lines.append(line)
            line = carry
        line += token
    if line.strip():
        lines.append(line)
    return lines


def columns(lines: list[str], style: Style, first_height: int | None = None) -> list[str]:
    """Cut lines into columns of the page's height, a blank line at each break when the page has them."""
    out: list[str] = []
    height = first_height or style.column_height
    for i, line in enumerate(lines):
        out.append(line)
        height -= 1
        if height == 0 and i < len(lines) - 1:
            if style.column_blank and line.strip() and lines[i + 1].strip():
                out.append("")
            height = style.column_height
    return out


def lay_paragraphs(paragraphs: list[str], width: int, how: str) -> list[str]:
    """Lines of consecutive paragraphs in one of four paragraph styles."""
    if how == "runin":
        return wrap(" ".join(paragraphs), width)
    lines: list[str] = []
    for i, paragraph in enumerate(paragraphs):
        if how == "blank" and i:
            lines.append("")
        lines.extend(wrap(paragraph, width, "　　" if how == "indent" else ""))
    return lines


# ---------------------------------------------------------------- headlines


def split_title(title: str, rng: random.Random) -> list[str]:
    """The title over two lines: at its space, else at a word boundary near its middle, never after ，：."""
    if " " in title.strip():
        head, _, tail = title.strip().partition(" ")
        return [head.strip(), tail.strip()]
    middle = len(title) // 2
    bounds, at = set(), 0
    for word in jieba.lcut(title):
        at += len(word)
        bounds.add(at)
    cuts = [
        i
        for i in sorted(bounds)
        if 2 <= i <= len(title) - 2
        and title[i - 1] not in "，：、；“‘《（"
        and title[i] not in _NO_LINE_START
        and not (title[i - 1].isascii() and title[i].isascii())
    ]
    if not cuts:
        return [title]
    cut = min(cuts, key=lambda i: (abs(i - middle) - 4 * (title[i - 1] in "？！") + rng.random(), i))
    return [title[:cut], title[cut:]]


def _clauses(doc: Doc, low: int, high: int) -> list[str]:
    text = "".join(doc.paragraphs)
    sentences = split_sentences(text)[:4]
    return [c for s in sentences for c in _CLAUSE.findall(s) if low <= len(c) <= high and not c.isascii()]


def make_decks(doc: Doc, rng: random.Random) -> tuple[list[str], str, str, str]:
    """Headline lines, and the truth's title, kicker and subtitle, by the module's deck convention."""
    title = doc.title.strip()
    two_lines = rng.random() < 0.35 or len(title) > 20
    title_lines = split_title(title, rng) if two_lines else [title]
    truth_title = " ".join(title_lines)
    kicker = subtitle = ""
    lines = list(title_lines)
    deck = rng.choices(("one", "kicker", "subtitle", "three"), weights=(5, 2, 2, 1.5))[0]
    if deck in ("kicker", "three"):
        options = _clauses(doc, 6, 14)
        if options:
            kicker = rng.choice(options) + rng.choice("，：")
            lines.insert(0, kicker)
    if deck in ("subtitle", "three"):
        options = _clauses(doc, 8, 22)
        if options:
            subtitle = rng.choice(options)
            marked = len(title_lines) == 1 or rng.random() < 0.5
            lines.append("——" + subtitle if marked else subtitle)
    return lines, truth_title, kicker.rstrip("，："), subtitle


# ---------------------------------------------------------------- the page


@dataclass
class Laid:
    """One article laid out: its headline block, its lead block (if displaced) and its body block."""

    headline: list[str]
    lead: list[str]
    body: list[str]
    body_columns: list[int]  # indexes in ``body`` where a column break (blank line) sits
    truth: ArticleTruth


def _pick_docs(rng: random.Random, parity: int, count: int) -> list[Doc]:
    """``count`` seeded records whose titles a reader can pair with their own bodies on this page."""
    pool = _documents(parity)
    for _ in range(50):
        picked = rng.sample(pool, count)
        bodies = [content for _, _, content in picked]
        ok = True
        for i, (_, title, _) in enumerate(picked):
            grams = _bigrams(title)
            own = len(grams & _bigrams(bodies[i]))
            if own < 2 or any(len(grams & _bigrams(b)) >= own for j, b in enumerate(bodies) if j != i):
                ok = False
                break
        if ok:
            return [
                Doc(line, title, tuple(split_paragraphs(content, rng))) for line, title, content in picked
            ]
    raise RuntimeError("no resolvable page in 50 draws")


def lay_article(
    doc: Doc, rng: random.Random, style: Style, paper: str, place: str, taken: set[str], displace: bool
) -> Laid:
    """Lay out one article; ``displace`` keeps its lead apart (laid wide) for the page to move."""
    dateline = make_dateline(rng, paper, place) if rng.random() < 0.85 else ""
    credit = make_credit(rng, dateline, taken) if dateline or rng.random() < 0.7 else Credit("none", "")
    if not dateline and credit.where == "lead":
        credit = Credit("line", "本报记者 " + " ".join(credit.reporters), credit.reporters)
    width = rng.randint(*WIDTHS)
    how = rng.choices(("runin", "newline", "indent", "blank"), weights=(2, 3, 3, 3))[0]
    paragraphs = [surface(p, style, rng) for p in doc.paragraphs]
    first = paragraphs[0]
    if dateline:
        sep = "" if credit.where == "lead" and credit.text.startswith("（") else rng.choice((" ", "　", " "))
        lead_text = surface(dateline, style, rng)
        if credit.where == "lead":
            lead_text += credit.text
            sep = " " if credit.text.startswith(" ") else ""
        first = lead_text + sep + first
    pre = [credit.text] if credit.where == "line" else []
    headline, title, kicker, subtitle = make_decks(doc, rng)
    displace = displace and len(paragraphs) >= 2
    if displace:
        lead = pre + lay_paragraphs([first], rng.randint(*WIDE_LEAD), how)
        rest = paragraphs[1:]
        pre = []
    else:
        lead = []
        rest = [first, *paragraphs[1:]]
    body_lines = pre + columns(lay_paragraphs(rest, width, how), style, rng.randint(3, style.column_height))
    if credit.where == "end":
        # A right-aligned byline box: a text layer puts it on the last line's baseline or its own line.
        if rng.random() < 0.6:
            body_lines[-1] += rng.choice((" ", "  ", "")) + credit.text
        else:
            body_lines.append(credit.text)
    breaks = [i for i, line in enumerate(body_lines) if not line]
    truth = ArticleTruth(
        title=title,
        lead_title=kicker,
        subtitle=subtitle,
        reporters=credit.reporters,
        photographers=credit.photographers,
        correspondents=credit.correspondents,
        dateline=dateline,
        body="\n".join(doc.paragraphs),
        subheads=[],
        doc_id=f"train-{doc.line:05d}",
        layout=f"w{width} {how} deck{len(headline)} {credit.where}" + (" displaced-lead" if displace else ""),
    )
    return Laid(headline, lead, body_lines, breaks, truth)


def furniture(rng: random.Random, paper: str, place: str, taken: set[str]) -> tuple[list[str], list[str]]:
    """Header and footer lines of page furniture (no article's)."""
    year, (month, day) = rng.randint(2015, 2019), _date_text(rng)
    page_no = f"{rng.choice('ABC')}{rng.randint(2, 16):02d}"
    header_parts = [
        page_no,
        f"{year}年{month}月{day}日 星期{rng.choice(WEEKDAYS)}",
        f"{paper}·{rng.choice(SECTIONS)}" if rng.random() < 0.5 else rng.choice(SECTIONS),
        f"责编 {_name(rng, taken)} 美编 {_name(rng, taken)} 校对 {_name(rng, taken)}",
    ]
    header: list[str] = []
    if rng.random() < 0.75:
        rng.shuffle(header_parts)
        kept = header_parts[: rng.randint(1, 4)]
        header = [" ".join(kept)] if rng.random() < 0.5 else kept
    footer: list[str] = []
    if rng.random() < 0.4:
        footer = [
            rng.choice(
                (
                    f"本版编辑/{_name(rng, taken)} 校对/{_name(rng, taken)}",
                    f"{paper} {place}新闻热线 {rng.randint(2000000, 8999999)}",
                    f"扫码下载{rng.choice(APPS)}客户端 看更多精彩内容",
                )
            )
        ]
    return header, footer


def generate_page(seed: int) -> Page:
    """The page of ``seed``: deterministic, from the texts of ``seed``'s split only."""
    rng = random.Random(f"pagegen_inews4:{seed}")
    split = split_of(seed)
    docs = _pick_docs(rng, 0 if split == "tune" else 1, rng.randint(2, 5))
    paper, place = rng.choice(PAPERS), rng.choice(PLACES)
    style = Style(
        digits=rng.choices(("half", "full", "mixed"), weights=(2, 1, 1))[0],
        digit_space=rng.choice((0.0, 0.5, 0.9)),
        punct_space=rng.choice((0.0, 0.05, 0.15)),
        word_space=rng.choice((0.0, 0.0, 0.004)),
        ascii_comma=rng.choice((0.0, 0.0, 0.05)),
        column_height=rng.randint(*COLUMN_HEIGHTS),
        column_blank=rng.random() < 0.8,
    )
    taken: set[str] = set()
    header, footer = furniture(rng, paper, place, taken)
    lead_move = rng.choices(("none", "end", "top"), weights=(13, 4, 3))[0]
    displaced = rng.randrange(len(docs)) if lead_move != "none" else -1
    laid = [lay_article(d, rng, style, paper, place, taken, i == displaced) for i, d in enumerate(docs)]
    mode = rng.choices(("above", "top", "end", "below", "interleaved"), weights=(6, 3, 5, 2, 4))[0]
    blocks = arrange(laid, mode, lead_move, rng)
    text = "\n".join(join_blocks([header, *blocks, footer]))
    params: dict[str, object] = {
        "headlines": mode,
        "lead": lead_move if displaced >= 0 and laid[displaced].lead else "none",
        "paper": paper,
        "digits": style.digits,
        "column_height": style.column_height,
        "records": [a.truth.doc_id for a in laid],
    }
    return Page(split=split, seed=seed, text=text + "\n", articles=[a.truth for a in laid], params=params)


def arrange(laid: list[Laid], mode: str, lead_move: str, rng: random.Random) -> list[list[str]]:
    """The page's blocks in text-layer order, for one headline placement and one lead displacement."""
    order = list(range(len(laid)))
    heads = [a.headline for a in laid]
    bodies = [list(a.body) for a in laid]
    leads = [a.lead for a in laid if a.lead]
    blocks: list[list[str]] = []
    if mode == "above":
        for i in order:
            blocks += [heads[i], bodies[i]]
    elif mode == "below":
        for i in order:
            blocks += [bodies[i], heads[i]]
    elif mode in ("top", "end"):
        how = rng.choice(("same", "reverse", "shuffle"))
        head_order = order[::-1] if how == "reverse" else list(order)
        if how == "shuffle":
            rng.shuffle(head_order)
        head_blocks = [heads[i] for i in head_order]
        blocks = head_blocks + bodies if mode == "top" else bodies + head_blocks
    else:
        blocks = interleave(laid, bodies, heads, rng)
    if leads:
        if lead_move == "top":
            at = len(heads) if mode == "top" else 0
            blocks[at:at] = leads
        else:
            at = len(blocks) - len(heads) if mode == "end" else len(blocks)
            blocks[at:at] = leads
    return blocks


def interleave(
    laid: list[Laid], bodies: list[list[str]], heads: list[list[str]], rng: random.Random
) -> list[list[str]]:
    """Headlines in shuffled order, each at an article boundary or at a column break of another article."""
    head_order = list(range(len(heads)))
    while len(heads) > 1 and head_order == sorted(head_order):
        rng.shuffle(head_order)
    slots: list[list[list[str]]] = [[] for _ in range(len(bodies) + 1)]  # before body i; last: after all
    inside: dict[int, list[tuple[int, list[str]]]] = {}
    for h in head_order:
        others = [i for i in range(len(bodies)) if i != h and laid[i].body_columns]
        if others and rng.random() < 0.3:
            host = rng.choice(others)
            at = rng.choice(laid[host].body_columns)
            inside.setdefault(host, []).append((at, heads[h]))
        else:
            slots[rng.randrange(len(slots))].append(heads[h])
    blocks: list[list[str]] = []
    for i, body in enumerate(bodies):
        blocks += slots[i]
        cuts = sorted(inside.get(i, []), key=lambda item: item[0])
        start = 0
        for at, head in cuts:
            blocks += [body[start:at], head]
            start = at + 1
        blocks.append(body[start:])
    return blocks + slots[-1]


def join_blocks(blocks: Sequence[list[str]]) -> list[str]:
    """Lines of the page: blocks separated by one blank line, no doubled blank lines."""
    lines: list[str] = []
    for block in blocks:
        trimmed = list(block)
        while trimmed and not trimmed[0].strip():
            trimmed.pop(0)
        while trimmed and not trimmed[-1].strip():
            trimmed.pop()
        if not trimmed:
            continue
        if lines:
            lines.append("")
        lines.extend(trimmed)
    return lines


# ---------------------------------------------------------------- scoring


def _nfkc_truth(truth: ArticleTruth) -> ArticleTruth:
    return dataclasses.replace(
        truth,
        title=nfkc(truth.title),
        body=nfkc(truth.body),
        reporters=[nfkc(n) for n in truth.reporters],
    )


def _nfkc_got(got: RebuiltArticle) -> RebuiltArticle:
    return dataclasses.replace(
        got,
        title=nfkc(got.title),
        paragraphs=[nfkc(p) for p in got.paragraphs],
        subheads=[nfkc(s) for s in got.subheads],
        reporters=[nfkc(n) for n in got.reporters],
    )


def score_page(page: Page, rebuilt: list[RebuiltArticle]) -> tuple[list[ArticleScore], int]:
    """normalize_bench's scoring (``tests.pagegen.score.score_page``) after NFKC; plus extra articles.

    Full-width digits on the page may come back either way: NFKC makes ``３.９`` and ``3.9``
    (and ``，`` and ``,``) equal on both sides, so only the rebuild is judged, not the width.
    Extra: rebuilt articles paired with no true one (a displaced lead or furniture made an article).
    """
    normal = dataclasses.replace(page, articles=[_nfkc_truth(t) for t in page.articles])
    scores = _score_page(normal, [_nfkc_got(g) for g in rebuilt])
    paired = sum(s.got is not None for s in scores)
    return scores, max(0, len(rebuilt) - paired)


def show(seed: int) -> str:
    """A page and its truth, for reading by eye."""
    page = generate_page(seed)
    out = [
        f"# seed {seed} ({page.split}) {json.dumps(page.params, ensure_ascii=False)}",
        page.text,
        "# truth",
    ]
    for truth in page.articles:
        out.append(
            json.dumps(
                {
                    "title": truth.title,
                    "kicker": truth.lead_title,
                    "subtitle": truth.subtitle,
                    "dateline": truth.dateline,
                    "reporters": truth.reporters,
                    "photographers": truth.photographers,
                    "correspondents": truth.correspondents,
                    "layout": truth.layout,
                    "body": truth.body[:60] + "…" + truth.body[-30:],
                },
                ensure_ascii=False,
            )
        )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """``--show SEED``: print a page and its truth (tune seeds only, by the brief's rule)."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--show", type=int, required=True, help="print this seed's page and truth")
    args = parser.parse_args(argv)
    print(show(args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
