"""Fifth independent generator of seed-style newspaper pages (issue 20), on inews *dev* texts.

Written only from issue 20's text, the seed page and its golden file, without reading
``tests/pagegen``'s generator, the other generators or the normaliser, so that the page
normaliser (``crawler.normalize.rebuild_page``) is measured on layouts nobody tuned on.
Usage: ``python -m bench.pagegen_dev5 --show SEED`` prints a page and its truth.

Frozen at commit 682c1f1593: seeds must give the same
pages after this, or the "unseen" figure would drift with the normaliser.

What a page looks like (a 地市报/晚报 digital-edition text layer as pdftotext prints it):

- 2-5 articles; each article body is flowed in its own column width (12-30 characters, CJK
  width 1; a lead block may be wider, as the seed's); a column break is a blank line that may
  fall mid-sentence; paragraphs start on a new line, sometimes after a blank line.
- Full-width digits in some articles, ASCII commas now and then, stray spaces around numbers
  and after stops (all invisible to the score: NFKC and whitespace are ignored).
- Datelines of many papers and places (``城市晚报白城讯``, ``本报讯``, ``本报平顶山3月5日讯``,
  ``新华社南宁电``), some with the credit in brackets (``本报讯（记者X 通讯员Y、Z）``).
- Bylines in the seed's forms and variants: ``/X Y 报道`` and ``/记者 X 报道 Y 摄`` at the
  end of the last paragraph; ``本报记者 X``, ``文/X 图/Y``, ``记者 X 实习生 Y``,
  ``■本报记者 X 通讯员 Y`` on a line of their own before the text; compound surnames.
- Headline decks, the convention a careful reader uses to tell them apart:
  * 主题 (title): one line, or two lines broken near its middle (the seed's form); the two
    lines of a two-line 主题 are within a factor 1.7 of each other in length.
  * 引题 (kicker): only over a one-line 主题, and never longer than 60% of it; it is the first
    clause of a two-clause source headline (split at its first "，"/"：" or space).
  * 副题 (subtitle): the line after the 主题, either dashed (``——X``) or undashed and then
    wider than every 主题 line (the seed's form); its text is the lead's first clause.
- Headline placement per page: over their bodies, heaped at the page's end (in any order, as
  the seed), heaped at the top, each under its own body, or mixed (some over their bodies, the
  others heaped at the page's end).
- At most one lead per page displaced: the article's first paragraph (with its dateline and
  any top byline) printed at the page's end or at its top, apart from the rest of the body.
- Page furniture (版头, 责任编辑/校对 lines, 广告 lines) and photo captions between articles;
  none of it belongs to an article.

Texts: inews dev (``../shared/data/inews-bdci2019/dev.jsonl``); records with index % 4 == 1
for tune seeds 0-49, index % 4 == 3 for report seeds 50-99, so the splits share no text.
Records are filtered mechanically (no own datelines or bylines, no web junk, no traditional
script, sane lengths), then drawn by seeded sampling; none is hand-picked.

Scoring reuses ``tests.pagegen.score_page`` after NFKC on both sides: an article is right when
its title is exact (whitespace aside), its reporters are exact and its body character-F1 is at
least 0.98.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from crawler.normalize import RebuiltArticle
from tests.pagegen import ArticleTruth, Page
from tests.pagegen import score_page as _score_page
from tests.pagegen.score import ArticleScore

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "data" / "inews-bdci2019" / "dev.jsonl"

TUNE_SEEDS = range(0, 50)
REPORT_SEEDS = range(50, 100)
BODY_F1_MIN = 0.98

_JUNK = re.compile(
    r"记者|通讯员|实习生|编辑|责编|作者|来源|原标题|转载|本报|讯[（()）]|日电|新华社|摄影|[　 ]摄|摄[）)]|"
    r"http|www|\.com|html|微信|公众号|点击|扫码|二维码|关注我们|[A-Za-z]{4,}|@|#|【|】|\[|\]|图片|视频"
)
_TRADITIONAL = re.compile(r"[們這個國來說為從對時後與會還點]")
_TITLE_JUNK = re.compile(r"[…【】\[\]<>《》]|\.\.|——|^[，。、！？：；]|[A-Za-z]{4,}")
_SITE_SUFFIX = re.compile(r"[-_|｜].*$")
_SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡"
    "贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷"
)
_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "公孙", "夏侯", "端木")
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志鹏晓宇欣怡浩然轩雨晨俊思佳博鸣"
_PAPERS = (
    "城市晚报",
    "江城日报",
    "三江都市报",
    "滨海晨报",
    "鹤城晚报",
    "平原商报",
    "春城晚报",
    "西江都市报",
    "渤海早报",
    "皖南晨刊",
    "湘中日报",
    "黔东南日报",
)
_PLACES = (
    "白城",
    "平顶山",
    "柳州",
    "绵阳",
    "赣州",
    "岳阳",
    "邢台",
    "临沂",
    "丹东",
    "宝鸡",
    "曲靖",
    "汕头",
    "九江",
    "鄂州",
    "牡丹江",
    "呼伦贝尔",
    "阿克苏",
    "三明",
)
_SECTIONS = ("要闻", "本地新闻", "民生", "社会", "城事", "区县新闻", "综合新闻", "经济")
_STOPS = "。！？"
_NO_LINE_START = "，。、；：？！”’）》」』,.;:?!)"


@dataclass(frozen=True)
class Record:
    """One usable inews text: its headline and its paragraphs."""

    doc_id: str
    title: str
    paragraphs: tuple[str, ...]


@dataclass
class Truth:
    """What a careful reader rebuilds for one article, and how it was laid out."""

    title: str
    kicker: str
    subtitle: str
    dateline: str
    reporters: list[str]
    correspondents: list[str]
    photographers: list[str]
    paragraphs: list[str]
    doc_id: str
    layout: str = ""

    @property
    def body(self) -> str:
        """The body in reading order, whitespace removed (paragraph breaks are layout)."""
        return "".join("".join(self.paragraphs).split())


@dataclass
class GenPage:
    """A generated page: its text, its articles' truth (in body order) and its parameters."""

    seed: int
    text: str
    articles: list[Truth]
    params: dict[str, object] = field(default_factory=dict)


# ---------------------------------------------------------------- texts


def _clean_paragraphs(content: str) -> list[str]:
    """Paragraphs of a record: split on real and escaped newlines, inner whitespace dropped."""
    parts = re.split(r"\n|\\n", content)
    cleaned = (
        "".join(ch for ch in "".join(part.split()) if unicodedata.category(ch)[0] != "C") for part in parts
    )
    return [p for p in cleaned if p]


def _clean_title(title: str) -> str:
    """A record's headline with any site-name suffix (``_律师365``, ``| 网站``) cut off."""
    return _SITE_SUFFIX.sub("", "".join(title.split()))


def _body_paragraphs(paragraphs: list[str]) -> list[str]:
    """Drop paragraphs carrying their own credits, datelines or web junk (a paper would not print them)."""
    return [p for p in paragraphs if not _JUNK.search(p)]


def _usable(title: str, paragraphs: list[str]) -> bool:
    """Mechanical filter: a headline and a body a regional paper could print as they are."""
    text = "".join(paragraphs)
    if not 6 <= len(title) <= 32 or _TITLE_JUNK.search(title) or _JUNK.search(title):
        return False
    if _TRADITIONAL.search(text + title) or len(text) < 150 or sum(text.count(s) for s in _STOPS) < 3:
        return False
    return paragraphs[-1][-1] in _STOPS + "”"


def _trim(paragraphs: list[str], budget: int) -> tuple[str, ...]:
    """Keep whole paragraphs up to about ``budget`` characters (at least one, cut at a stop)."""
    kept: list[str] = []
    size = 0
    for para in paragraphs:
        if kept and size + len(para) > budget:
            break
        kept.append(para)
        size += len(para)
    if size > budget * 1.6:
        first = kept[0]
        cut = max(first.rfind(s, 0, budget) for s in _STOPS)
        if cut > 60:
            kept = [first[: cut + 1]]
    return tuple(kept)


@cache
def _records(remainder: int) -> tuple[Record, ...]:
    """Usable dev records whose line index % 4 == ``remainder``, duplicates dropped."""
    seen: set[str] = set()
    out: list[Record] = []
    with CORPUS.open(encoding="utf-8") as handle:
        for index, line in enumerate(handle):
            if index % 4 != remainder:
                continue
            row = json.loads(line)
            title = _clean_title(str(row["title"]))
            paragraphs = _body_paragraphs(_clean_paragraphs(str(row["content"])))
            if not paragraphs or not _usable(title, paragraphs):
                continue
            key = "".join(paragraphs)[:60]
            if key in seen:
                continue
            seen.add(key)
            out.append(Record(str(row["id"]), title, _trim(paragraphs, 900)))
    return tuple(out)


def available() -> bool:
    """Whether the inews dev texts are present."""
    return CORPUS.is_file()


def split_of(seed: int) -> int:
    """The record remainder a seed draws from: 1 for tune seeds (< 50), 3 for report seeds."""
    return 1 if seed < REPORT_SEEDS.start else 3


# ---------------------------------------------------------------- people and datelines


def _name(rng: random.Random, taken: set[str]) -> str:
    """A plausible 2-4 character Chinese name, unique on the page."""
    while True:
        surname = rng.choice(_COMPOUND) if rng.random() < 0.15 else rng.choice(_SURNAMES)
        given = "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2, 2))))
        name = surname + given
        if name not in taken:
            taken.add(name)
            return name


@dataclass
class Credit:
    """An article's credit: where it is printed and the names it gives."""

    form: str
    reporters: list[str]
    correspondents: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    top_line: str = ""  # a line of its own before the text
    tail: str = ""  # appended to the last paragraph
    bracket: str = ""  # inside the dateline


def _credit(rng: random.Random, taken: set[str]) -> Credit:
    """One byline form of the seed or a common variant, with fresh names."""

    def n() -> str:
        return _name(rng, taken)

    form = rng.choice(
        ("slash", "slash_photo", "slash_both", "benbao", "wentu", "bracket", "intern", "square", "none")
    )
    if form == "slash":
        names = [n() for _ in range(rng.choice((1, 2, 2)))]
        return Credit(form, names, tail=f" /{' '.join(names)} 报道")
    if form == "slash_photo":
        reporter, photographer = n(), n()
        return Credit(
            form, [reporter], photographers=[photographer], tail=f" /记者 {reporter} 报道 {photographer} 摄"
        )
    if form == "slash_both":
        first, second = n(), n()
        return Credit(
            form, [first, second], photographers=[first, second], tail=f" /{first} 记者 {second} 报道 摄"
        )
    if form == "benbao":
        names = [n() for _ in range(rng.choice((1, 1, 2)))]
        return Credit(form, names, top_line="本报记者 " + " ".join(names))
    if form == "wentu":
        writer, photographer = n(), n()
        return Credit(form, [writer], photographers=[photographer], top_line=f"文/{writer} 图/{photographer}")
    if form == "bracket":
        reporter = n()
        helpers = [n() for _ in range(rng.choice((0, 1, 2)))]
        inside = f"记者{reporter}" + (f" 通讯员{'、'.join(helpers)}" if helpers else "")
        return Credit(form, [reporter], correspondents=helpers, bracket=f"（{inside}）")
    if form == "intern":
        reporter, intern = n(), n()
        return Credit(form, [reporter], correspondents=[intern], top_line=f"记者 {reporter} 实习生 {intern}")
    if form == "square":
        reporter, helper = n(), n()
        return Credit(
            form, [reporter], correspondents=[helper], top_line=f"■本报记者 {reporter} 通讯员 {helper}"
        )
    return Credit(form, [])


def _dateline(rng: random.Random, paper: str, place: str, bracket: str) -> str:
    """A dateline of the page's paper (or a wire) for one article; a bracketed credit goes inside."""
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    forms = [f"{paper}{place}讯", "本报讯", f"本报{place}{month}月{day}日讯", f"{paper}讯"]
    if not bracket:
        forms.append(f"新华社{rng.choice(_PLACES)}{month}月{day}日电")
    line = rng.choice(forms)
    return line + bracket


# ---------------------------------------------------------------- headlines


def _kicker_split(title: str) -> tuple[str, str] | None:
    """A two-clause headline as (引题, 主题) when its first clause is short enough to be a kicker."""
    match = re.search(r"[，：:,]", title)
    if not match:
        return None
    kicker, main = title[: match.start()], title[match.end() :]
    if len(kicker) >= 3 and len(main) >= 6 and len(kicker) <= 0.6 * len(main):
        return kicker, main
    return None


def _subtitle_from(lead: str) -> str:
    """The lead's first clause, as a 副题 (8-26 characters), or nothing."""
    clause = re.split(r"[，。！？；：,:;!?]", lead, maxsplit=1)[0]
    if re.search(r"[“”‘’\"'（）()《》]", clause):
        return ""  # a clause cut inside quotes or brackets is no headline
    return clause if 8 <= len(clause) <= 26 else ""


def _main_lines(rng: random.Random, main: str, two: bool) -> list[str]:
    """A 主题 on one line, or on two lines broken near its middle (lengths within 1.7x)."""
    if not two or len(main) < 8:
        return [main]
    middle = len(main) // 2
    cut = middle + rng.randint(-2, 2)
    cut = max(4, min(len(main) - 4, cut))
    first, second = main[:cut], main[cut:]
    if max(len(first), len(second)) > 1.7 * min(len(first), len(second)):
        return [main]
    return [first, second]


def _head_block(rng: random.Random, truth: Truth, two_line: bool, dashed: bool) -> list[str]:
    """Print one article's headline decks by the module's convention."""
    lines = []
    if truth.kicker:
        lines.append(truth.kicker)
        main_lines = [truth.title]
    else:
        main_lines = _main_lines(rng, truth.title, two_line)
    lines.extend(main_lines)
    if truth.subtitle:
        widest = max(len(x) for x in main_lines)
        if dashed or len(truth.subtitle) <= widest:
            lines.append("——" + truth.subtitle)
        else:
            lines.append(truth.subtitle)
    return lines


# ---------------------------------------------------------------- text noise and flow


def _fullwidth_digits(text: str) -> str:
    return "".join(chr(ord(c) - 0x30 + 0xFF10) if "0" <= c <= "9" else c for c in text)


def _noisy(rng: random.Random, text: str, rate: float) -> str:
    """Stray spaces around numbers and after stops, ASCII commas now and then."""
    out: list[str] = []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else ""
        digit = ch.isdigit() or ch in "０１２３４５６７８９"
        prev_digit = prev.isdigit() or prev in "０１２３４５６７８９"
        if i and digit != prev_digit and rng.random() < rate:
            out.append(" ")
        if ch == "，" and rng.random() < rate / 4:
            ch = ","
        out.append(ch)
        if ch in "。，、" and rng.random() < rate / 2:
            out.append(" ")
    return "".join(out)


def _wrap(text: str, width: int) -> list[str]:
    """Break a paragraph into lines of ``width`` characters; closing marks never start a line."""
    lines: list[str] = []
    line = ""
    for ch in text:
        if len(line) >= width and ch not in _NO_LINE_START:
            lines.append(line)
            line = ""
        line += ch
    if line:
        lines.append(line)
    return lines


def _flow(rng: random.Random, paragraphs: list[str], width: int, height: int) -> list[str]:
    """Lay paragraphs out in a column of ``width``; a blank line every ``height`` lines (column break)."""
    out: list[str] = []
    count = 0
    for index, para in enumerate(paragraphs):
        if index and rng.random() < 0.25:
            out.append("")
        for line in _wrap(para, width):
            out.append(line)
            count += 1
            if count % height == 0:
                out.append("")
    while out and not out[-1]:
        out.pop()
    return out


# ---------------------------------------------------------------- furniture


def _masthead(rng: random.Random, paper: str, taken: set[str]) -> list[str]:
    page_no = f"{rng.choice('ABC')}{rng.randint(1, 16):02d}"
    date = f"{rng.randint(2015, 2019)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    forms = [
        f"{paper}  {page_no}  {rng.choice(_SECTIONS)}",
        f"{date} 星期{rng.choice('一二三四五六日')}  {page_no}版  {rng.choice(_SECTIONS)}",
        f"{rng.choice(_SECTIONS)}  责任编辑：{_name(rng, taken)}  美术编辑：{_name(rng, taken)}",
    ]
    return rng.sample(forms, rng.choice((1, 2)))


def _footer(rng: random.Random, taken: set[str]) -> list[str]:
    forms = [
        f"责任编辑 {_name(rng, taken)}  校对 {_name(rng, taken)}",
        f"广告热线：0{rng.randint(310, 939)}-{rng.randint(1000000, 8999999)}",
        "本版广告 招商热线 欢迎垂询",
        f"编辑：{_name(rng, taken)}  版式：{_name(rng, taken)}",
    ]
    return rng.sample(forms, rng.choice((1, 2)))


def _caption(rng: random.Random, place: str, taken: set[str]) -> str:
    scene = rng.choice(("活动现场", "街头一景", "施工现场", "志愿者在服务群众", "市民在参观展览"))
    return f"{rng.choice(('▲', '图为', '□'))}{place}{scene}。 {_name(rng, taken)} 摄"


# ---------------------------------------------------------------- the page


def _article(
    rng: random.Random, record: Record, paper: str, place: str, taken: set[str]
) -> tuple[Truth, Credit, list[str]]:
    """Truth of one article, its credit and its printed paragraphs (dateline and credit in)."""
    credit = _credit(rng, taken)
    split = _kicker_split(record.title) if rng.random() < 0.35 else None
    kicker, main = split if split else ("", record.title)
    paragraphs = list(record.paragraphs)
    if rng.random() < 0.3:
        paragraphs = [_fullwidth_digits(p) for p in paragraphs]
        main, kicker = _fullwidth_digits(main), _fullwidth_digits(kicker)
    subtitle = _subtitle_from(paragraphs[0]) if rng.random() < 0.3 else ""
    dateline = _dateline(rng, paper, place, credit.bracket) if rng.random() < 0.85 or credit.bracket else ""
    truth = Truth(
        title=main,
        kicker=kicker,
        subtitle=subtitle,
        dateline=dateline,
        reporters=credit.reporters,
        correspondents=credit.correspondents,
        photographers=credit.photographers,
        paragraphs=paragraphs,
        doc_id=record.doc_id,
    )
    rate = rng.choice((0.0, 0.05, 0.15))
    printed = [_noisy(rng, p, rate) for p in paragraphs]
    if dateline:
        printed[0] = f"{dateline}{rng.choice((' ', ' ', '　', ''))}{printed[0]}"
    return truth, credit, printed


def generate_page(seed: int) -> GenPage:
    """The page of ``seed`` (tune seeds 0-49, report seeds 50-99; any seed works)."""
    rng = random.Random(f"pagegen_dev5:{seed}")
    pool = _records(split_of(seed))
    count = rng.choice((2, 3, 3, 4, 4, 5))
    records = rng.sample(pool, count)
    paper, place = rng.choice(_PAPERS), rng.choice(_PLACES)
    taken: set[str] = set()
    heads_at = rng.choice(("over", "end", "end", "top", "under", "mixed"))
    lead_mode = rng.choice(("none", "none", "end", "top"))
    articles: list[Truth] = []
    heads: list[list[str]] = []
    bodies: list[list[str]] = []
    displaced: list[str] = []
    displaced_index = -1
    for index, record in enumerate(records):
        truth, credit, printed = _article(rng, record, paper, place, taken)
        width = rng.randint(12, 30)
        height = rng.randint(12, 40)
        head = _head_block(rng, truth, rng.random() < 0.5, rng.random() < 0.5)
        top = [credit.top_line] if credit.top_line else []
        can_displace = len(printed) >= 3 and displaced_index < 0 and lead_mode != "none"
        if can_displace and rng.random() < 0.6:
            displaced_index = index
            lead_width = rng.randint(width, 60)
            displaced = top + _flow(rng, printed[:1], lead_width, 99)
            body = _flow(rng, printed[1:], width, height)
        else:
            body = top + _flow(rng, printed, width, height)
        if credit.tail:
            body[-1] += credit.tail  # printed after the last line, as the seed's bylines
        truth.layout = (
            f"w{width} h{height} credit {credit.form} heads {heads_at}"
            f"{' kicker' if truth.kicker else ''}{' sub' if truth.subtitle else ''}"
            f"{' lead ' + lead_mode if displaced_index == index else ''}"
        )
        articles.append(truth)
        heads.append(head)
        bodies.append(body)
    blocks: list[list[str]] = []
    if rng.random() < 0.7:
        blocks.append(_masthead(rng, paper, taken))
    heap = rng.sample(heads, len(heads))
    if heads_at == "top":
        blocks.extend(heap)
    if displaced and lead_mode == "top":
        blocks.append(displaced)
    heaped = [h for h in heap if heads_at in ("end", "top") or (heads_at == "mixed" and rng.random() < 0.5)]
    for index, body in enumerate(bodies):
        if heads_at == "over" or (heads_at == "mixed" and heads[index] not in heaped):
            blocks.append(heads[index] + body)
        elif heads_at == "under":
            blocks.append(body + [""] + heads[index])
        else:
            blocks.append(body)
        if index < len(bodies) - 1 and rng.random() < 0.2:
            blocks.append([_caption(rng, place, taken)])
    if displaced and lead_mode == "end":
        blocks.append(displaced)
    if heads_at in ("end", "mixed"):
        blocks.extend(heaped)
    if rng.random() < 0.5:
        blocks.append(_footer(rng, taken))
    text = "\n\n".join("\n".join(block) for block in blocks) + "\n"
    params: dict[str, object] = {
        "heads": heads_at,
        "lead": lead_mode if displaced else "none",
        "paper": paper,
    }
    return GenPage(seed, text, articles, params)


# ---------------------------------------------------------------- scoring


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _truth_for_score(truth: Truth) -> ArticleTruth:
    return ArticleTruth(
        title=_nfkc(truth.title),
        lead_title=_nfkc(truth.kicker),
        subtitle=_nfkc(truth.subtitle),
        reporters=list(truth.reporters),
        photographers=list(truth.photographers),
        correspondents=list(truth.correspondents),
        dateline=truth.dateline,
        body=_nfkc(truth.body),
        doc_id=truth.doc_id,
        layout=truth.layout,
    )


def _rebuilt_for_score(article: RebuiltArticle) -> RebuiltArticle:
    return dataclasses.replace(
        article, title=_nfkc(article.title), paragraphs=[_nfkc(p) for p in article.paragraphs]
    )


def score_page(page: GenPage, rebuilt: list[RebuiltArticle]) -> tuple[list[ArticleScore], int]:
    """Score each true article with ``tests.pagegen.score_page`` after NFKC; also count extra articles."""
    wrapped = Page(
        split=f"dev5-{split_of(page.seed)}",
        seed=page.seed,
        text=page.text,
        articles=[_truth_for_score(t) for t in page.articles],
        params=dict(page.params),
    )
    scores = _score_page(wrapped, [_rebuilt_for_score(a) for a in rebuilt])
    paired = sum(s.got is not None for s in scores)
    return scores, max(0, len(rebuilt) - paired)


def _show(seed: int) -> None:
    page = generate_page(seed)
    print(page.text)
    print("=" * 40, page.params)
    for truth in page.articles:
        print(
            json.dumps(
                {**dataclasses.asdict(truth), "paragraphs": None, "body": truth.body[:60] + "…"},
                ensure_ascii=False,
            )
        )


def main(argv: list[str] | None = None) -> int:
    """``--show SEED`` prints a page and its truth."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--show", type=int, required=True)
    args = parser.parse_args(argv)
    _show(args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
