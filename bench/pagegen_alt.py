"""A second, independent generator of seed-style newspaper pages, with its own truth and scorer.

Why a second one: ``tests/pagegen`` was written together with the normaliser, so the two may share
blind spots (an earlier check by others found "exact on the seed" falling to "about half" on pages we
had not made). This module was written from issue 20's text and the seed page alone, without reading
``tests/pagegen``, and it lays pages out the way regional papers print them: datelines of other papers
and the wires (本报讯, 本报X讯, X日报X讯, 新华社X月X日电), bylines before or after the text or inside
the dateline (本报记者 X, 文/X 图/Y, （记者X 通讯员Y、Z）, ■记者 X, □本报记者 X 实习生 Y, X日报记者 X,
/记者 X 报道 Y 摄), compound surnames, one to three headline decks (引题/主题/副题, the 副题 with or
without a dash), headlines above their articles, heaped at the top or the end, or interleaved with the
wrong articles, leads displaced to the top or the end, column widths 12-30, full- or half-width
digits, blank lines at column breaks in mid-sentence, stray spaces, page furniture (版面 line, date
header, 责任编辑 line) and picture captions (图为…。 记者 X 摄).

Texts are inews *dev* documents drawn by the seed after mechanical filters only (never hand-picked):
even-numbered documents for seeds below 100 (the tuning part), odd-numbered ones from 100 on (the
reported part), so the two parts share no text. The truth is in the form ``bench.normalize_bench``
scores: title exact (whitespace aside), reporters exact, body character-F1 >= 0.98 with all
whitespace removed. Furniture and captions are not in the truth; a rebuilt article that matches no true
article is counted as an extra, and furniture or a caption read as a title is counted apart.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "data" / "inews-bdci2019" / "dev.jsonl"
TUNE_SEEDS = range(0, 100)
REPORT_SEEDS = range(100, 200)
BODY_F1_MIN = 0.98

_HAN = "\u4e00-\u9fff"
_HAN_RE = re.compile(f"[{_HAN}]")
_TRADITIONAL = set("們個這來說時國會為與對們後從當麼將開應發關點還壓經過種實現邊")
_HEADED = re.compile(
    r"^.{0,25}?(?:[讯电](?:[（(\s　]|$)|[网报社台站]讯|记者|通讯员|来源|作者|编者按|编辑|摘要|导语|原标题)"
    r"|^[（(【\[]"
)
_TRAILER = re.compile(r"(编辑|来源|作者|记者|通讯员|摄影|校对|审核|责编|出品|原标题|声明)[:：/]")
_SENTENCE = re.compile(r"[^。！？]*[。！？][”’」』）]*")
_CLAUSE = re.compile(f"[{_HAN}“”《》0-9]+")
_ASCII_TO_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
_FULLWIDTH_FOLD = {
    c: c - 0xFEE0
    for r in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A))
    for c in range(r[0], r[1] + 1)
}
_FULLWIDTH_FOLD[0xFF05] = ord("%")

# Made-up regional papers and real place names: none of them is the seed's 城市晚报 白城.
PAPERS = (
    "江城日报",
    "松原日报",
    "四平日报",
    "延边晨报",
    "辽沈晚报",
    "齐鲁晚报",
    "楚天都市报",
    "南国早报",
    "燕赵都市报",
    "三秦都市报",
    "大河报",
    "华商报",
    "扬子晚报",
    "半岛晨报",
    "黔中早报",
    "湘江晚报",
)
PLACES = (
    "通化",
    "延吉",
    "洛阳",
    "襄阳",
    "柳州",
    "绵阳",
    "赣州",
    "榆林",
    "德州",
    "邢台",
    "铁岭",
    "丹东",
    "北京",
    "武汉",
    "长沙",
    "昆明",
    "遵义",
    "宜宾",
    "呼和浩特",
    "乌鲁木齐",
    "石家庄",
    "哈尔滨",
)
SURNAMES = (
    "王",
    "李",
    "张",
    "刘",
    "陈",
    "杨",
    "赵",
    "黄",
    "周",
    "吴",
    "徐",
    "孙",
    "胡",
    "朱",
    "高",
    "林",
    "何",
    "郭",
    "马",
    "罗",
    "梁",
    "宋",
    "郑",
    "谢",
    "韩",
    "唐",
    "冯",
    "于",
    "董",
    "萧",
    "程",
    "曹",
    "袁",
    "邓",
    "许",
    "傅",
    "沈",
    "曾",
    "彭",
    "吕",
    "苏",
    "卢",
    "蒋",
    "蔡",
    "贾",
    "丁",
    "魏",
    "薛",
)
COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "诸葛",
    "上官",
    "东方",
    "皇甫",
    "令狐",
    "慕容",
    "司徒",
    "夏侯",
    "尉迟",
    "公孙",
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志海波宁晓峰斌鹏辉婷雪梅琳"
    "晨宇浩然思远嘉怡佳欣子轩雨萱博文瑞泽"
)
WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
SECTIONS = ("要闻", "综合", "城事", "社会", "经济", "民生", "区县新闻", "时政", "视点")


OVERRIDES: dict[str, object] = {}  # page parameters forced for a diagnosis (indent, joiner, stray, ...)


@dataclass(frozen=True)
class AltArticle:
    """What a reader of the printed page knows about one article."""

    title: str  # 主题, whitespace aside
    lead_title: str  # 引题, "" when none (not scored)
    subtitle: str  # 副题, "" when none (not scored)
    reporters: tuple[str, ...]
    correspondents: tuple[str, ...]
    photographers: tuple[str, ...]
    body_nows: str  # body in reading order, whitespace, dateline and credits removed
    layout: str  # how it was printed, for failure lists


@dataclass(frozen=True)
class AltPage:
    seed: int
    text: str
    articles: tuple[AltArticle, ...]
    furniture: tuple[str, ...]  # printed lines that belong to no article (not in the truth)
    layout: str


@dataclass
class AltScore:
    truth: AltArticle
    got_title: str | None = None
    got_reporters: tuple[str, ...] = ()
    body_f1: float = 0.0

    @property
    def title_ok(self) -> bool:
        return self.got_title is not None and _nows(self.got_title) == _nows(self.truth.title)

    @property
    def reporters_ok(self) -> bool:
        return self.got_title is not None and self.got_reporters == self.truth.reporters

    @property
    def right(self) -> bool:
        return self.title_ok and self.reporters_ok and self.body_f1 >= BODY_F1_MIN

    def why(self) -> str:
        if self.got_title is None:
            return "no article"
        out = []
        if not self.title_ok:
            out.append(f"title {self.got_title!r} != {self.truth.title!r}")
        if not self.reporters_ok:
            out.append(f"reporters {list(self.got_reporters)} != {list(self.truth.reporters)}")
        if self.body_f1 < BODY_F1_MIN:
            out.append(f"body F1 {self.body_f1:.3f}")
        return "; ".join(out)


@dataclass
class PageScore:
    scores: list[AltScore]
    extra: int  # rebuilt articles that match no true article
    furniture_titles: int  # rebuilt titles that are page furniture or a caption
    extra_titles: list[str] = field(default_factory=list)


def _nows(text: str) -> str:
    return "".join(text.split())


def char_f1(got: str, want: str) -> float:
    """Character-bag F1 of two whitespace-free strings."""
    if not got or not want:
        return 0.0
    common = sum((Counter(got) & Counter(want)).values())
    if not common:
        return 0.0
    precision, recall = common / len(got), common / len(want)
    return 2 * precision * recall / (precision + recall)


# ---------------------------------------------------------------- texts


def _clean_source(text: str) -> str:
    """One spelling for page and truth: full-width letters, digits folded; ASCII punctuation made Chinese."""
    text = text.translate(_FULLWIDTH_FOLD).replace("\ufffd", "")
    return re.sub(f"(?<=[{_HAN}])[,;:!?()]|[,;:!?()](?=[{_HAN}])", lambda m: _ASCII_TO_FULL[m.group(0)], text)


def _usable_title(title: str) -> str | None:
    title = " ".join(_clean_source(title.split("_")[0]).split())
    if not 6 <= len(title) <= 30 or re.search(r"[|…@#]|\.\.|【|】|\[|^\W", title):
        return None
    if len(_HAN_RE.findall(title)) < 0.7 * len(title.replace(" ", "")) or _TRADITIONAL & set(title):
        return None
    return title


def _usable_paragraphs(content: str) -> list[str] | None:
    paragraphs = []
    for raw in content.replace("\\n", "\n").split("\n"):
        para = "".join(_clean_source(raw).split())
        if not para or re.search(r"http|www\.|@|\.com|\.cn", para):
            continue
        paragraphs.append(para)
    while paragraphs and (_TRAILER.search(paragraphs[-1][:12]) or len(paragraphs[-1]) < 8):
        paragraphs.pop()
    if not paragraphs or _HEADED.match(paragraphs[0]):
        return None
    text = "".join(paragraphs)
    if len(text) < 150 or len(_HAN_RE.findall(text)) < 0.75 * len(text) or len(_TRADITIONAL & set(text)) >= 3:
        return None
    if re.search(r"(记者|通讯员)[:：]|本报讯|电（|讯（|责任编辑", text):
        return None  # credits of its own inside the text: the truth could not say whose they are
    return paragraphs


@cache
def _documents(part: int) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The usable (title, paragraphs) of dev documents whose line number has parity ``part``."""
    out = []
    seen = set()
    with CORPUS.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number % 2 != part:
                continue
            doc = json.loads(line)
            title = _usable_title(doc["title"])
            paragraphs = _usable_paragraphs(doc["content"])
            if title is None or paragraphs is None or paragraphs[0][:30] in seen:
                continue
            seen.add(paragraphs[0][:30])
            out.append((title, tuple(paragraphs)))
    return tuple(out)


def available() -> bool:
    return CORPUS.exists()


def _trim(paragraphs: Sequence[str], rng: random.Random) -> list[str]:
    """Keep whole paragraphs up to a print-sized length (a long first one is cut at a sentence end)."""
    target = rng.randint(260, 900)
    kept: list[str] = []
    for para in paragraphs:
        if kept and sum(map(len, kept)) + len(para) > target * 1.3:
            break
        if len(para) > target * 1.3:
            sentences = _SENTENCE.findall(para)
            cut = ""
            for sentence in sentences:
                if cut and len(cut) + len(sentence) > target:
                    break
                cut += sentence
            para = cut or para
        kept.append(para)
        if sum(map(len, kept)) >= target:
            break
    return kept


# ---------------------------------------------------------------- people and credits


def _name(rng: random.Random) -> str:
    surname = rng.choice(COMPOUND_SURNAMES) if rng.random() < 0.15 else rng.choice(SURNAMES)
    given = "".join(rng.choice(GIVEN) for _ in range(1 if len(surname) == 2 else rng.choice((1, 2, 2))))
    return surname + given


def _names(rng: random.Random, count: int) -> list[str]:
    out: list[str] = []
    while len(out) < count:
        name = _name(rng)
        if name not in out:
            out.append(name)
    return out


@dataclass
class _Credit:
    """Where and how an article's people are printed."""

    dateline: str = ""  # printed before the first paragraph
    head: str = ""  # a line of its own between headline and text
    tail: str = ""  # run on after the last paragraph
    reporters: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    form: str = ""


def _dateline(rng: random.Random, paper: str, place: str) -> str:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        (
            "本报讯",
            f"本报{place}讯",
            f"{paper}{place}讯",
            f"本报{place}{month}月{day}日讯",
            f"{paper}讯",
            f"新华社{place}{month}月{day}日电",
        )
    )


CREDIT_FORMS = (
    "tail-seed",
    "tail-seed2",
    "tail-photo",
    "head-staff",
    "head-wenTu",
    "tail-wenTu",
    "paren",
    "paren-corr",
    "square",
    "hollow-intern",
    "paper-reporter",
    "wire",
    "none",
)


def _credit(rng: random.Random, paper: str, place: str, forms: Sequence[str]) -> _Credit:
    form = rng.choice(tuple(forms))
    c = _Credit(form=form)
    sp = " " if rng.random() < 0.6 else ""
    dl = _dateline(rng, paper, place)
    if form == "tail-seed":
        c.reporters = _names(rng, 1)
        c.tail, c.dateline = f" /记者 {c.reporters[0]} 报道", dl
    elif form == "tail-seed2":
        c.reporters = _names(rng, 2)
        c.tail, c.dateline = f" /{c.reporters[0]} {c.reporters[1]} 报道", dl
    elif form == "tail-photo":
        c.reporters, c.photographers = _names(rng, 1), _names(rng, 1)
        c.tail, c.dateline = f" /记者 {c.reporters[0]} 报道 {c.photographers[0]} 摄", dl
    elif form == "head-staff":
        c.reporters = _names(rng, rng.choice((1, 2)))
        c.head = "本报记者" + sp + " ".join(c.reporters)
        c.dateline = dl if rng.random() < 0.5 else ""
    elif form in ("head-wenTu", "tail-wenTu"):
        c.reporters, c.photographers = _names(rng, 1), _names(rng, 1)
        line = f"文/{c.reporters[0]}" + rng.choice(("　", " ", "  ")) + f"图/{c.photographers[0]}"
        if form == "head-wenTu":
            c.head = line
        else:
            c.tail = " " + line
        c.dateline = dl if rng.random() < 0.5 else ""
    elif form in ("paren", "paren-corr"):
        c.reporters = _names(rng, rng.choice((1, 1, 2)))
        c.correspondents = _names(rng, rng.choice((1, 2))) if form == "paren-corr" else []
        inner = "记者" + sp + "、".join(c.reporters)
        if c.correspondents:
            inner += " 通讯员" + sp + "、".join(c.correspondents)
        c.dateline = dl.replace("新华社", "本报") + f"（{inner}）"
    elif form == "square":
        c.reporters = _names(rng, 1)
        c.head = "■记者" + sp + c.reporters[0]
        c.dateline = dl if rng.random() < 0.3 else ""
    elif form == "hollow-intern":
        c.reporters, c.correspondents = _names(rng, 1), _names(rng, 1)
        c.head = f"□本报记者 {c.reporters[0]} 实习生 {c.correspondents[0]}"
    elif form == "paper-reporter":
        c.reporters = _names(rng, 1)
        c.head = f"{paper}记者" + sp + c.reporters[0]
    elif form == "wire":
        c.reporters = _names(rng, rng.choice((1, 2)))
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        c.dateline = f"新华社{place}{month}月{day}日电（记者" + "、".join(c.reporters) + "）"
    else:  # no credit at all, only a dateline
        c.dateline = dl.replace("新华社", "本报")
    return c


# ---------------------------------------------------------------- printing


def _cells(ch: str) -> float:
    return 0.5 if ord(ch) < 0x80 else 1.0


def _spacey(text: str, rng: random.Random, full_digits: bool, stray: float) -> str:
    """Print a paragraph as a PDF text layer gives it: stray spaces, spaced or full-width figures."""
    if full_digits:
        text = re.sub(r"[0-9]", lambda m: chr(ord(m.group(0)) + 0xFEE0), text)
    elif stray:
        text = re.sub(
            r"(?<=[^\x00-\x7f])([0-9][0-9.%]*)(?=[^\x00-\x7f])",
            lambda m: f" {m.group(1)} " if rng.random() < 0.5 else m.group(1),
            text,
        )
    if stray:
        text = re.sub("([，。、；：])", lambda m: m.group(1) + (" " if rng.random() < stray else ""), text)
    return text


def _wrap(text: str, width: int, rng: random.Random, column: int) -> list[str]:
    """Break ``text`` into ``width``-cell lines, a blank line at each column break (per ``column`` lines)."""
    lines: list[str] = []
    line, cells = "", 0.0
    for ch in text:
        if cells + _cells(ch) > width and line and ch not in "，。、；：！？”）》":
            lines.append(line)
            line, cells = "", 0.0
        line += ch
        cells += _cells(ch)
    if line:
        lines.append(line)
    out: list[str] = []
    for i, printed in enumerate(lines):
        if i and i % column == 0:
            out.append("")
        out.append(printed)
    return out


def _heading_lines(title: str, rng: random.Random) -> list[str]:
    """A headline deck over one or two lines, broken where a compositor would (a space, else mid-way)."""
    if " " in title and rng.random() < 0.8:
        return title.split(" ", 1) if len(title) > 10 else [title]
    limit = rng.randint(9, 16)
    if len(title) <= limit:
        return [title]
    half = len(title) // 2
    for shift in (0, 1, -1, 2, -2, 3, -3):
        at = half + shift
        if title[at - 1] in "，：、" or title[at] in "“《":
            return [title[:at], title[at:]]
    return [title[:half], title[half:]]


def _clause(paragraphs: Sequence[str], rng: random.Random, low: int, high: int, avoid: str = "") -> str:
    clauses = [
        c for c in _CLAUSE.findall("".join(paragraphs[:2])) if low <= len(c) <= high and c not in avoid
    ]
    return rng.choice(clauses) if clauses else ""


@dataclass
class _Piece:
    """A run of printed lines that stays together on the page."""

    kind: str  # heading, lead, body, whole, furniture
    article: int
    lines: list[str]


def _article_pieces(
    index: int, title: str, paragraphs: list[str], rng: random.Random, page: dict[str, object]
) -> tuple[AltArticle, list[_Piece], list[str]]:
    paper, place = str(page["paper"]), str(page["place"])
    credit = _credit(rng, paper, place, page["forms"])  # type: ignore[arg-type]
    decks = rng.choices((1, 2, 3), weights=(5, 4, 2))[0]
    lead_title = subtitle = ""
    if decks >= 2 or rng.random() < 0.1:
        kind = "sub" if decks == 2 and rng.random() < 0.6 else "lead"
        if decks == 3 or kind == "sub":
            subtitle = _clause(paragraphs, rng, 10, 26)
        if decks == 3 or kind == "lead":
            lead_title = _clause(paragraphs, rng, 5, 12, avoid=subtitle)
    heading = []
    if lead_title:
        heading.append(lead_title)
    heading += _heading_lines(title, rng)
    if subtitle:
        heading.append(("——" if rng.random() < 0.6 else "") + subtitle)
    width = rng.randint(12, 30)
    column = rng.randint(6, 22)
    stray = float(page["stray"])
    full = bool(page["full_digits"])
    printed = [_spacey(p, rng, full, stray) for p in paragraphs]
    indent = "　　" if page["indent"] else ""
    joiner = str(page["joiner"])

    def block(paras: list[str], first_prefix: str = "", tail: str = "") -> list[str]:
        lines: list[str] = []
        for i, para in enumerate(paras):
            text = (first_prefix if i == 0 else "") + para
            wrapped = _wrap(indent + text, width, rng, column)
            if tail and i == len(paras) - 1:
                # A byline is set whole: run on after the last line when it fits, else on a line of its own.
                if sum(map(_cells, wrapped[-1] + tail)) <= width + 1:
                    wrapped[-1] += tail
                else:
                    wrapped.append(tail.strip())
            if lines and joiner == "blank":
                lines.append("")
            if lines and joiner == "inline" and rng.random() < 0.5:
                lines[-1] += " " + wrapped[0]  # the next paragraph runs on (the seed's 落实。 全区上下)
                wrapped = wrapped[1:]
            lines += wrapped
        return lines

    prefix = credit.dateline + (rng.choice((" ", "　", "")) if credit.dateline else "")
    pieces = [_Piece("heading", index, heading)]
    head_lines = [credit.head] if credit.head else []
    displace = (
        len(paragraphs) >= 2
        and credit.dateline
        and not credit.head
        and rng.random() < float(page["displace"])
    )
    if displace:
        pieces.append(_Piece("lead", index, block(printed[:1], prefix)))
        pieces.append(_Piece("body", index, block(printed[1:], tail=credit.tail)))
        how = "lead displaced"
    else:
        pieces.append(_Piece("whole", index, head_lines + block(printed, prefix, credit.tail)))
        how = "lead in place"
    truth = AltArticle(
        title=title,
        lead_title=lead_title,
        subtitle=subtitle,
        reporters=tuple(credit.reporters),
        correspondents=tuple(credit.correspondents),
        photographers=tuple(credit.photographers),
        body_nows=_nows("".join(paragraphs)),
        layout=f"{credit.form}, {1 + bool(lead_title) + bool(subtitle)} deck(s), width {width}, {how}",
    )
    captions = []
    if rng.random() < float(page["captions"]):
        scene = _clause(paragraphs, rng, 8, 20, avoid=lead_title + subtitle)
        if scene:
            captions.append(f"图为{scene}。" + rng.choice((" ", "　")) + f"记者 {_name(rng)} 摄")
    return truth, pieces, captions


def generate_page(
    seed: int,
    *,
    forms: Sequence[str] = CREDIT_FORMS,
    placements: Sequence[str] = ("above", "above", "end", "top", "interleaved"),
    furniture: bool = True,
) -> AltPage:
    """Lay out 2-5 inews dev articles the way a regional paper's PDF text layer gives them."""
    rng = random.Random(f"pagegen_alt/{seed}")
    docs = _documents(0 if seed < REPORT_SEEDS.start else 1)
    count = rng.randint(2, 5)
    chosen = rng.sample(range(len(docs)), count)
    page: dict[str, object] = {
        "paper": rng.choice(PAPERS),
        "place": rng.choice(PLACES),
        "stray": rng.choice((0.0, 0.15, 0.4)),
        "full_digits": rng.random() < 0.3,
        "indent": rng.random() < 0.3,
        "joiner": rng.choice(("newline", "blank", "inline")),
        "displace": rng.choice((0.0, 0.3, 0.6)),
        "captions": rng.choice((0.0, 0.3)) if furniture else 0.0,
        "forms": forms,
    }
    page.update(OVERRIDES)
    truths: list[AltArticle] = []
    heads: list[_Piece] = []
    texts: list[_Piece] = []
    captions: list[str] = []
    for index, doc in enumerate(chosen):
        title, paragraphs = docs[doc]
        truth, pieces, caption = _article_pieces(index, title, _trim(paragraphs, rng), rng, page)
        truths.append(truth)
        heads += [p for p in pieces if p.kind == "heading"]
        texts += [p for p in pieces if p.kind != "heading"]
        captions += caption
    placement = rng.choice(tuple(placements))
    # Displaced leads go to the end of the page or to its top, after the articles whose bodies stay.
    leads = [p for p in texts if p.kind == "lead"]
    stay = [p for p in texts if p.kind != "lead"]
    lead_at = rng.choice(("end", "top"))
    order: list[_Piece] = []
    if placement == "above":
        for piece in stay:
            order += [h for h in heads if h.article == piece.article and piece.kind in ("whole", "body")]
            order.append(piece)
    elif placement == "interleaved":
        shuffled = heads[:]
        rng.shuffle(shuffled)
        for i, piece in enumerate(stay):
            if i < len(shuffled):
                order.append(shuffled[i])
            order.append(piece)
        order += shuffled[len(stay) :]
    else:
        order = stay[:]
    order = leads + order if lead_at == "top" else order + leads
    if placement in ("end", "top"):
        heap = heads[:]
        rng.shuffle(heap)
        order = heap + order if placement == "top" else order + heap
    furniture_lines: list[str] = []
    for caption in captions:
        spot = rng.randint(1, len(order))
        while spot < len(order) and order[spot - 1].kind == "heading":
            spot += 1  # never between a headline and its text
        order.insert(spot, _Piece("furniture", -1, [caption]))
        furniture_lines.append(caption)
    lines: list[str] = []
    if rng.random() < 0.5 and furniture:
        year, month, day = rng.randint(2008, 2019), rng.randint(1, 12), rng.randint(1, 28)
        header = [
            f"{rng.choice('ABC')}{rng.randint(1, 16):02d}" + rng.choice((" ", "　")) + rng.choice(SECTIONS),
            f"{year}年{month}月{day}日" + rng.choice((" ", "　")) + rng.choice(WEEKDAYS),
        ]
        if rng.random() < 0.5:
            header.append(str(page["paper"]))
        rng.shuffle(header)
        lines += [*header, ""]
        furniture_lines += header
    for piece in order:
        lines += [*piece.lines, ""]
    if rng.random() < 0.5 and furniture:
        editor, artist = _names(rng, 2)
        foot = rng.choice(
            (
                f"责任编辑：{editor}　美术编辑：{artist}",
                f"责任编辑 {editor}  校对 {artist}",
                f"本版编辑：{editor}",
            )
        )
        lines.append(foot)
        furniture_lines.append(foot)
    layout = f"headlines {placement}, leads to the {lead_at}, joiner {page['joiner']}"
    return AltPage(seed, "\n".join(lines) + "\n", tuple(truths), tuple(furniture_lines), layout)


# ---------------------------------------------------------------- scoring


def score_page(page: AltPage, rebuilt: Sequence[object]) -> PageScore:
    """Pair rebuilt and true articles by body (one to one, best total F1) and score each pair."""
    from scipy.optimize import linear_sum_assignment  # the normaliser's own dependency

    bodies = [_nows("".join(a.paragraphs)) for a in rebuilt]
    table = [[char_f1(b, t.body_nows) for b in bodies] for t in page.articles]
    scores = [AltScore(truth) for truth in page.articles]
    used: set[int] = set()
    if bodies:
        rows, cols = linear_sum_assignment(table, maximize=True)
        for r, c in zip(rows, cols, strict=True):
            if table[r][c] < 0.3:
                continue  # no body of it was rebuilt: count the article as missing
            got = rebuilt[c]
            scores[r].got_title = str(got.title)
            scores[r].got_reporters = tuple(got.reporters)
            scores[r].body_f1 = table[r][c]
            used.add(int(c))
    furniture = [_nows(line) for line in page.furniture]
    extra_titles = [str(a.title) for i, a in enumerate(rebuilt) if i not in used]
    furniture_titles = sum(
        1
        for a in rebuilt
        if _nows(str(a.title))
        and any(_nows(str(a.title)) in f or f in _nows(str(a.title)) for f in furniture if f)
    )
    return PageScore(scores, len(extra_titles), furniture_titles, extra_titles)
