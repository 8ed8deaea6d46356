"""Twelfth independent generator of seed-style newspaper pages (conventions of real Chinese dailies).

Why a twelfth: each generator written without looking at the normaliser measures how page rebuild
does on layouts nobody tuned for, and every new one so far opened low. This one was written from
issue 20, the seed page and its golden reconstruction, and the earlier generators' interface only
(how pages and truth are returned and scored), before its author read ``crawler/normalize``, and
frozen before its first measurement. It prints conventions of real papers: 本报讯 without a place,
``本报讯（记者 X 通讯员 Y）``, ``本报X月X日讯``, ``新华社X地X月X日电（记者 X、Y）``, other papers'
datelines; bylines on their own line above the text (``本报记者 张三 李四``, ``□见习记者 X``,
``文/X 图/Y``, ``记者 X 特约通讯员 Y``), ``（本报记者 X）`` closing the text, the seed's
``/X 记者 Y 报道 Z 摄``; picture captions inside an article or between articles (``图为…。 记者 X
摄``); pull quotes repeating a sentence of the text; jump lines (``（下转第2版）``, ``（上接第1版）``);
page heads with the date, weekday and 版次, section banners (要闻/经济/社会) and 责任编辑 lines; numbered
subheads (一、 二、) or the seed's plain ones; a 简讯 banner over short items with run-in headlines;
one- to three-deck headlines (引题/主题/副题) heaped at the end or the top, printed above or below
their articles; a lead displaced to the end or the top; columns 12-30 cells; full-width digits.

Texts: inews *train* records (``../shared/data/inews-bdci2019/train.jsonl``, the split fewer
generators draw on), kept or dropped by mechanical filters only (no hand-picking); records whose
line index % 3 == 1 feed the tune seeds 0-49, index % 3 == 2 the report seeds 50-99, so the halves
share no text (index % 3 == 0 is left out).

Truth per article: the main headline (主题; 引题 and 副题 apart), the reporters (names a 记者 label
names -- 本报记者, 见习记者, 特约记者 -- in print order, the writer of ``文/X``, and the unlabelled
names of a ``/X Y 报道`` byline as on the seed; not 通讯员, not photographers), and the body as
printed: subheads in; dateline, credits, captions, pull quotes, jump lines and furniture out.
"""

from __future__ import annotations

import datetime
import difflib
import json
import random
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from tests.corpora import shared_data_dir

BODY_F1_MIN = 0.98
TUNE_SEEDS = range(0, 50)
REPORT_SEEDS = range(50, 100)
CORPUS = shared_data_dir() / "inews-bdci2019" / "train.jsonl"

_FULL = str.maketrans("0123456789", "０１２３４５６７８９")
_ALLOWED_TITLE = re.compile(r"^[\u4e00-\u9fff0-9０-９“”，、：？！· ]+$")
_BAD_TEXT = re.compile(
    r"[a-zA-Z]{2,}|本报|原标题|来源：|来源:|编辑：|编辑:|责编|责任编辑|摄|图为|图片来源|图：|[报社网台]讯|讯（|讯\s|"
    r"电（|电\(|（记者|\(记者|记者\s*\S{2,3}\s*报道|作者：|转载|点击|公众号|微信|扫码|二维码|版权所有|"
    r"@|#|【|】|\[|\]|▍|↓|→|丨|\||…{2}|—{2}|本站|本网|[报网台社]记者|记者[\u4e00-\u9fff]{2,3}[、 ]"
)
_SENT = re.compile(r"[^。！？]+[。！？]”?")
_NUMERALS = "一二三四五六七八九十"

SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢钟姜崔谭陆汪范廖石金贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺顾毛郝龚邵万覃武戴孔"
)
DOUBLE_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "皇甫", "东方", "令狐", "端木"]
GIVEN = list(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红飞鹏辉建国志文斌宇浩凯晨欣怡子轩梓涵博昊然佳琪思远雨婷嘉豪俊峰晓东海燕立新春梅振宁瑞丹颖琳彤鑫亮"
)
PAPERS = [
    ("长江日报", "武汉"),
    ("齐鲁晚报", "济南"),
    ("燕赵都市报", "石家庄"),
    ("华西都市报", "成都"),
    ("钱江晚报", "杭州"),
    ("扬子晚报", "南京"),
    ("南国早报", "南宁"),
    ("春城晚报", "昆明"),
    ("三湘都市报", "长沙"),
    ("大河报", "郑州"),
    ("半岛晨报", "大连"),
    ("辽沈晚报", "沈阳"),
    ("新文化报", "长春"),
    ("今晚报", "天津"),
    ("海峡都市报", "福州"),
    ("兰州晨报", "兰州"),
]
XINHUA_PLACES = ["北京", "上海", "广州", "西安", "合肥", "太原", "贵阳", "呼和浩特", "乌鲁木齐", "哈尔滨"]
SECTIONS = ["要闻", "经济", "社会", "综合新闻", "城事", "民生", "区县", "文化·教育"]
BRIEF_BANNERS = ["简讯", "本地简讯", "新闻速递", "社会简讯", "新闻短波"]
SCENES = [
    "活动现场",
    "工作人员在现场检查",
    "志愿者为群众提供服务",
    "市民在现场咨询",
    "施工人员正在作业",
    "群众在现场参观",
    "执法人员开展检查",
    "孩子们参加活动",
]
WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class Truth:
    """One article as a reader rebuilds it: main headline, reporters, body as printed on this page."""

    title: str
    reporters: tuple[str, ...]
    layout: str
    body_nows: str

    @property
    def body_nows_norm(self) -> str:
        return _norm(self.body_nows)


@dataclass(frozen=True)
class Page:
    text: str
    truths: list[Truth]
    params: dict[str, str]


@dataclass(frozen=True)
class Score:
    """One true article against the rebuilt article paired with it (None: none was)."""

    truth: Truth
    got: Any
    body_f1: float
    title_ok: bool
    reporters_ok: bool

    @property
    def right(self) -> bool:
        return self.got is not None and self.title_ok and self.reporters_ok and self.body_f1 >= BODY_F1_MIN

    def why(self) -> str:
        if self.got is None:
            return "no rebuilt article"
        out = []
        if not self.title_ok:
            out.append(f"title {self.got.title!r}")
        if not self.reporters_ok:
            out.append(f"reporters {list(self.got.reporters)} != {list(self.truth.reporters)}")
        if self.body_f1 < BODY_F1_MIN:
            out.append(f"body F1 {self.body_f1:.3f}")
        return "; ".join(out)


@dataclass
class Article:
    """One article's pieces before layout."""

    title: str
    paragraphs: list[str]
    kicker: str = ""
    subtitle: str = ""
    dashed_subtitle: bool = True
    title_lines: int = 1
    dateline: str = ""  # opens the first paragraph (credits in it included)
    head_credit: str = ""  # a byline line of its own above the text
    end_credit: str = ""  # appended to the last line of the text
    end_line: str = ""  # a credit line of its own after the text
    subheads: dict[int, str] = field(default_factory=dict)  # paragraph index -> subhead over it
    caption_after: int = -1  # paragraph index a caption follows
    caption: list[str] = field(default_factory=list)
    quote_after: int = -1  # paragraph index a pull quote follows
    quote: str = ""
    jump_out: bool = False  # （下转第X版） after the text
    jump_in: bool = False  # （上接第X版） before the text
    reporters: list[str] = field(default_factory=list)
    layout: list[str] = field(default_factory=list)


# --- texts -------------------------------------------------------------------------------


def available() -> bool:
    """Whether the inews train texts are in the shared data."""
    return CORPUS.is_file()


def _clean_title(title: str) -> str:
    """The headline without a site suffix, ``(图)``, repeated marks; ASCII marks made full-width."""
    title = re.sub(r"\s*(?:[_|｜]|\s-\s|-(?=[^-]{2,12}$)).*$", "", title.strip())
    title = re.sub(r"[（(]图[)）]$", "", title)
    title = title.replace("!", "！").replace("?", "？").replace(":", "：").replace(",", "，")
    title = re.sub(r'"([^"]+)"', r"“\1”", title)
    title = re.sub(r"([！？])[！？]+", r"\1", title)
    return re.sub(r"\s+", " ", title).strip()


def _paragraphs(content: str) -> list[str]:
    raw = content.replace("\\n", "\n").replace("\u3000", "").replace("\xa0", "")
    return [re.sub(r"\s+", "", p) for p in raw.split("\n") if p.strip()]


def _bigrams(text: str) -> set[str]:
    han = re.sub(r"[^\u4e00-\u9fff]", "", text)
    return {han[i : i + 2] for i in range(len(han) - 1)}


def _split_long(paragraph: str) -> list[str]:
    """Break a paragraph longer than 220 characters into runs of whole sentences (mechanical)."""
    if len(paragraph) <= 220:
        return [paragraph]
    out, run = [], ""
    for sentence in _SENT.findall(paragraph):
        run += sentence
        if len(run) >= 120:
            out.append(run)
            run = ""
    if run:
        out.append(run)
    return out


def _usable(title: str, paras: list[str]) -> list[str] | None:
    """The paragraphs to print (whole sentences from the start), or None when the text is unfit."""
    if not 6 <= len(title.replace(" ", "")) <= 30 or not _ALLOWED_TITLE.match(title):
        return None
    kept: list[str] = []
    total = 0
    for p in paras:
        if len(p) < 20:  # a heading or a caption of the source page: not printed
            continue
        if _BAD_TEXT.search(p):
            return None
        if sum(ch.isascii() and not ch.isdigit() and ch not in ".%" for ch in p) > 2:
            return None
        for part in _split_long(p):
            if part[-1] not in "。！？”":
                break
            kept.append(part)
            total += len(part)
            if total >= 420:
                break
        else:
            continue
        break
    if not 150 <= total <= 900:
        return None
    body = "".join(kept)
    if len(_SENT.findall(body)) < 3:
        return None
    heads = _bigrams(title)
    if not heads or len(heads & _bigrams(body)) / len(heads) < 0.4:
        return None
    return kept


@lru_cache(maxsize=1)
def _pools() -> tuple[list[tuple[str, list[str]]], list[tuple[str, list[str]]]]:
    """(tune, report) texts: train records with index % 3 == 1 and == 2, filtered, deduplicated."""
    tune: list[tuple[str, list[str]]] = []
    report: list[tuple[str, list[str]]] = []
    seen: set[str] = set()
    with CORPUS.open(encoding="utf-8") as lines:
        for index, line in enumerate(lines):
            if index % 3 == 0:
                continue
            record = json.loads(line)
            title = _clean_title(str(record.get("title", "")))
            paras = _usable(title, _paragraphs(str(record.get("content", ""))))
            if paras is None or "".join(paras) in seen or title in seen:
                continue
            seen.update(("".join(paras), title))
            (tune if index % 3 == 1 else report).append((title, paras))
    return tune, report


def half_of_seed(seed: int) -> int:
    """0: the tune half (seeds 0-49 and every other fifty), 1: the report half."""
    return (seed // 50) % 2


# --- credits -------------------------------------------------------------------------------


def _name(rng: random.Random, taken: set[str]) -> str:
    while True:
        surname = rng.choice(DOUBLE_SURNAMES) if rng.random() < 0.06 else rng.choice(SURNAMES)
        given = "".join(rng.sample(GIVEN, 1 if rng.random() < 0.35 else 2))
        name = surname + given
        if name not in taken and len(name) <= 4:
            taken.add(name)
            return name


def _names(rng: random.Random, taken: set[str], lo: int, hi: int) -> list[str]:
    return [_name(rng, taken) for _ in range(rng.randint(lo, hi))]


def _sp(rng: random.Random) -> str:
    return rng.choice([" ", " ", "", "\u3000"])


def _joined(rng: random.Random, names: list[str]) -> str:
    return rng.choice([" ", "、", " "]).join(names)


def _date(rng: random.Random) -> datetime.date:
    return datetime.date(2017, 1, 1) + datetime.timedelta(days=rng.randrange(0, 365 * 7))


def _credits(rng: random.Random, art: Article, taken: set[str], papers: tuple[str, str]) -> None:
    """Choose the dateline and byline of one article and record its reporters."""
    paper, place = papers
    day = _date(rng)
    form = rng.choices(
        ["seed", "paren", "bare_end", "head_line", "end_paren", "xinhua", "md", "wenY", "none"],
        [14, 18, 8, 16, 12, 7, 8, 7, 5],
    )[0]
    art.layout.append(form)
    if form == "seed":  # 城市晚报白城讯 … /X 记者 Y 报道 Z 摄 (the seed's own)
        art.dateline = f"{paper}{place}讯 "
        lead = _names(rng, taken, 0, 1)
        labelled = _names(rng, taken, 1, 2)
        photo = f" {_name(rng, taken)} 摄" if rng.random() < 0.3 else (" 摄" if rng.random() < 0.15 else "")
        if rng.random() < 0.3:  # /孙红 张连鹏 报道: unlabelled names are the reporters
            art.end_credit = f" /{' '.join(lead + labelled)} 报道{photo}"
        else:
            before = f"{' '.join(lead)} " if lead else ""
            art.end_credit = f" /{before}记者 {' '.join(labelled)} 报道{photo}"
        art.reporters = lead + labelled
    elif form == "paren":  # 本报讯（记者 X 通讯员 Y）
        reps = _names(rng, taken, 1, 2)
        label = rng.choice(["记者", "记者", "本报记者", "见习记者"])
        inner = f"{label}{_sp(rng)}{_joined(rng, reps)}"
        if rng.random() < 0.5:
            inner += (
                f" {rng.choice(['通讯员', '特约通讯员'])}{_sp(rng)}{_joined(rng, _names(rng, taken, 1, 2))}"
            )
        opener = rng.choice(["本报讯", "本报讯", f"{paper}讯", f"{paper}{place}讯"])
        art.dateline = f"{opener}（{inner}）"
        art.reporters = reps
    elif form == "bare_end":  # 本报讯 … （通讯员 Y） or no credit at all
        art.dateline = rng.choice(["本报讯 ", "本报讯　", "本报讯"])
        if rng.random() < 0.6:
            art.end_credit = (
                f"（{rng.choice(['通讯员', '特约通讯员'])} {_joined(rng, _names(rng, taken, 1, 2))}）"
            )
    elif form == "head_line":  # 本报记者 张三 李四 on a line of its own above the text
        reps = _names(rng, taken, 1, 3)
        label = rng.choice(["本报记者", "本报记者", "记者", "□本报记者", "■本报记者"])
        line = f"{label} {_joined(rng, reps)}"
        extra = rng.random()
        if extra < 0.25:
            trainee = _name(rng, taken)
            line += f" 见习记者 {trainee}"
            reps = [*reps, trainee]
        elif extra < 0.5:
            line += (
                f" {rng.choice(['通讯员', '特约通讯员', '实习生'])} {_joined(rng, _names(rng, taken, 1, 2))}"
            )
        art.head_credit = line
        art.dateline = rng.choice(["", "", "本报讯 ", f"{place}讯 "])
        art.reporters = reps
    elif form == "end_paren":  # …。（本报记者 X） closing the text
        reps = _names(rng, taken, 1, 2)
        art.dateline = rng.choice(["本报讯 ", f"{paper}{place}讯 ", ""])
        label = rng.choice(["本报记者", "记者"])
        close = f"（{label} {_joined(rng, reps)}）"
        if rng.random() < 0.5:
            art.end_credit = close
        else:
            art.end_line = close
        art.reporters = reps
    elif form == "xinhua":  # 新华社北京3月4日电（记者 X、Y）
        reps = _names(rng, taken, 1, 2)
        city = rng.choice(XINHUA_PLACES)
        art.dateline = f"新华社{city}{day.month}月{day.day}日电（记者{_sp(rng)}{'、'.join(reps)}）"
        art.reporters = reps
    elif form == "md":  # 本报3月4日讯（记者 X）
        reps = _names(rng, taken, 1, 2)
        art.dateline = f"本报{day.month}月{day.day}日讯（记者 {_joined(rng, reps)}）"
        art.reporters = reps
    elif form == "wenY":  # 文/X 图/Y on a line of its own
        writer = _name(rng, taken)
        art.head_credit = f"文/{writer}{rng.choice([' ', '　'])}图/{_name(rng, taken)}"
        art.dateline = rng.choice(["", "本报讯 "])
        art.reporters = [writer]
    else:  # no credit, no dateline
        art.dateline = ""


# --- headlines, subheads, quotes, captions ---------------------------------------------------------


def _clauses(text: str) -> list[str]:
    return [c for c in re.split(r"[，。；！？：、“”]", text) if c]


def _decks(rng: random.Random, art: Article) -> None:
    """引题/主题/副题: a kicker ends in a comma or colon unless a dashed subtitle follows."""
    clauses = [
        c for p in art.paragraphs for c in _clauses(p) if 6 <= len(c) <= 16 and not re.search(r"\d", c)
    ]
    roll = rng.random()
    if roll < 0.45 or not clauses:
        art.layout.append("1 deck")
    elif roll < 0.65:
        art.subtitle = rng.choice(clauses)
        art.layout.append("主题+副题")
    elif roll < 0.85:
        art.kicker = rng.choice(clauses) + rng.choice(["，", "："])
        art.layout.append("引题+主题")
    else:
        picked = rng.sample(clauses, 2) if len(clauses) > 1 else clauses * 2
        art.kicker, art.subtitle = picked[0], picked[1]
        art.layout.append("3 decks")
    long_title = len(art.title.replace(" ", "")) >= 10
    if long_title and not art.kicker and rng.random() < 0.5:
        art.title_lines = 2
    # an undashed subtitle only under a two-line headline (the seed's own), else a dash marks it
    art.dashed_subtitle = not (art.title_lines == 2 and not art.kicker and rng.random() < 0.6)


def _headline_lines(rng: random.Random, art: Article, digits: bool) -> list[str]:
    out = []
    if art.kicker:
        out.append(art.kicker)
    if art.title_lines == 2:
        if " " in art.title:
            first, _, second = art.title.partition(" ")
        else:
            cut = rng.randint(
                max(4, len(art.title) // 2 - 3), min(len(art.title) - 4, len(art.title) // 2 + 3)
            )
            first, second = art.title[:cut], art.title[cut:]
        out += [first, second]
    else:
        out.append(art.title if rng.random() < 0.7 else art.title.replace(" ", "　"))
    if art.subtitle:
        out.append(("——" + art.subtitle) if art.dashed_subtitle else art.subtitle)
    if digits:
        out = [line.translate(_FULL) for line in out]
    return [(" " + line) if rng.random() < 0.15 else line for line in out]


def _subheads(rng: random.Random, art: Article) -> None:
    """Numbered (一、) or the seed's plain subheads over paragraphs after the first."""
    if len(art.paragraphs) < 3:
        return
    style = rng.choice(["numbered", "numbered", "plain", "mark"])
    n = 0
    for i in range(1, len(art.paragraphs)):
        if i > 1 and rng.random() < 0.3:
            continue
        clause = next((c for c in _clauses(art.paragraphs[i]) if 5 <= len(c) <= 14), "")
        if not clause:
            continue
        if style == "numbered":
            art.subheads[i] = f"{_NUMERALS[n]}、{clause}"
        elif style == "mark":
            art.subheads[i] = f"■{clause}"
        else:
            art.subheads[i] = clause
        n += 1
    if art.subheads:
        art.layout.append(f"subheads {style}")


def _pull_quote(rng: random.Random, art: Article) -> None:
    sentences = [(i, s) for i, p in enumerate(art.paragraphs) for s in _SENT.findall(p) if 14 <= len(s) <= 40]
    if len(art.paragraphs) < 2 or not sentences:
        return
    _, sentence = rng.choice(sentences)
    art.quote = sentence
    art.quote_after = rng.randrange(0, len(art.paragraphs) - 1)
    art.layout.append("pull quote")


def _caption(rng: random.Random, taken: set[str], place: str) -> list[str]:
    scene = rng.choice(SCENES)
    who = _name(rng, taken)
    form = rng.random()
    if form < 0.4:
        return [f"图为{place}{scene}。 记者 {who} 摄"]
    if form < 0.7:
        return [f"▲{scene}。", f"本报记者 {who} 摄"]
    return [f"{place}{scene}。{_sp(rng)}（记者 {who} 摄）"]


# --- layout -----------------------------------------------------------------------------------


def _cells(ch: str) -> float:
    return 0.5 if ord(ch) < 0x2E80 and ch not in "“”‘’…—" else 1.0


def _wrap(text: str, width: int) -> list[str]:
    """Lines of ``width`` cells; closing punctuation hangs at a line's end, as papers set it (禁则)."""
    lines, line, used = [], "", 0.0
    for ch in text:
        if used + _cells(ch) > width and line and ch not in "，。、；：？！”）》":
            lines.append(line)
            line, used = "", 0.0
        line += ch
        used += _cells(ch)
    if line:
        lines.append(line)
    return lines


def _spaced(rng: random.Random, text: str, spacing: bool) -> str:
    """The seed's stray spaces: around half-width figures, after a full stop."""
    if spacing:
        text = re.sub(
            r"(?<=[\u4e00-\u9fff])(\d[\d.]*)(?=[\u4e00-\u9fff])",
            lambda m: f" {m.group(1)} " if rng.random() < 0.6 else m.group(1),
            text,
        )
    return re.sub(r"。(?=.)", lambda m: "。 " if rng.random() < 0.12 else "。", text)


def _block(rng: random.Random, text: str, width: int, digits: bool, spacing: bool, gaps: float) -> list[str]:
    if digits:
        text = text.translate(_FULL)
    lines = _wrap(_spaced(rng, text, spacing), width)
    out: list[str] = []
    for k, line in enumerate(lines):
        out.append(line)
        if k < len(lines) - 1 and rng.random() < gaps:
            out.append("")  # the seed's blank line inside a paragraph
    return out


@dataclass
class Style:
    width: int
    digits: bool
    spacing: bool
    gaps: float
    para_gap: float


def _body_lines(rng: random.Random, art: Article, style: Style, start: int = 0) -> list[str]:
    """The article's text from paragraph ``start`` with its subheads, captions, quotes and credits."""
    out: list[str] = []
    if art.jump_in and start == 0:
        out.append(rng.choice(["（上接第1版）", "（上接第一版）", "(上接第1版)"]))
    if art.head_credit and start == 0:
        out.append(art.head_credit)
    last = len(art.paragraphs) - 1
    for i in range(start, last + 1):
        if i in art.subheads:
            if out and rng.random() < 0.5:
                out.append("")
            out.append(art.subheads[i])
        text = art.paragraphs[i]
        if i == 0 and art.dateline:
            text = art.dateline + text
        if i == last and art.end_credit:
            text += art.end_credit
        para = _block(rng, text, style.width, style.digits, style.spacing, style.gaps)
        if i in art.subheads and len(para) > 1 and rng.random() < 0.3:
            para.insert(1, "")  # the seed's gap after a subhead's first line
        out += para
        if i == art.quote_after:
            out += ["", *_wrap(art.quote, max(10, style.width - 4)), ""]
        if i == art.caption_after:
            out += ["", *art.caption, ""]
        elif i < last and rng.random() < style.para_gap:
            out.append("")
    if art.end_line:
        out.append(art.end_line)
    if art.jump_out:
        out.append(rng.choice(["（下转第2版）", "（下转第二版）", "（下转A3版）"]))
    return out


def _truth_body(art: Article) -> str:
    parts = []
    for i, p in enumerate(art.paragraphs):
        if i in art.subheads:
            parts.append(art.subheads[i].lstrip("■"))
        parts.append(p)
    return "".join(parts)


def _page_head(rng: random.Random, taken: set[str]) -> tuple[list[str], list[str]]:
    """Furniture over and under the page: date, weekday, 版次, banner, editors."""
    day = _date(rng)
    weekday = f"星期{WEEKDAYS[day.weekday()]}"
    edition = rng.randint(2, 16)
    section = rng.choice(SECTIONS)
    editor, designer, checker = (_name(rng, taken) for _ in range(3))
    date = f"{day.year}年{day.month}月{day.day}日"
    form = rng.randrange(5)
    if form == 0:
        return [f"{date} {weekday} 第{edition}版", section, f"责任编辑：{editor}　美术编辑：{designer}"], []
    if form == 1:
        return [f"第{edition:02d}版　{section}　{date}　{weekday}　责任编辑 {editor}"], []
    if form == 2:
        return [section, f"{date}　{weekday}"], [f"本版编辑：{editor}　校对：{checker}"]
    if form == 3:
        return [], [f"责任编辑：{editor}　版式：{designer}　校对：{checker}"]
    return [], []


def _brief_items(
    rng: random.Random, pool: list[tuple[str, list[str]]], taken: set[str], style: Style
) -> tuple[list[str], list[Truth]]:
    """A 简讯 banner over two or three short items, each with its headline above it."""
    lines = [rng.choice(BRIEF_BANNERS)]
    truths = []
    for title, paras in rng.sample(pool, rng.randint(2, 3)):
        sentences = _SENT.findall(paras[0])
        text = "".join(sentences[: rng.randint(1, 3)])
        if len(text) < 30:
            text = "".join(sentences[:3])
        reps: list[str] = []
        credit = rng.random()
        opener = rng.choice(["本报讯 ", "本报讯　", "本报讯"])
        end = ""
        if credit < 0.4:
            reps = _names(rng, taken, 1, 1)
            end = f"（记者 {reps[0]}）"
        elif credit < 0.6:
            end = f"（通讯员 {_name(rng, taken)}）"
        mark = rng.choice(["■", "●", "◆", ""])
        lines.append(f"{mark}{title.translate(_FULL) if style.digits else title}")
        lines += _block(rng, opener + text + end, style.width, style.digits, style.spacing, 0.0)
        lines.append("")
        truths.append(Truth(title, tuple(reps), "brief", text))
    return lines, truths


def generate_page(seed: int) -> Page:
    """One page: 2-5 articles (plus, on some pages, a 简讯 block), laid out in the seed's style."""
    rng = random.Random(f"pagegen_twelve/{seed}")
    tune, report = _pools()
    pool = report if half_of_seed(seed) else tune
    taken: set[str] = set()
    style = Style(
        width=rng.randint(12, 30),
        digits=rng.random() < 0.3,
        spacing=rng.random() < 0.6,
        gaps=rng.choice([0.0, 0.0, 0.02, 0.05]),
        para_gap=rng.choice([0.0, 0.3, 1.0]),
    )
    briefs = rng.random() < 0.25
    n = rng.randint(2, 4 if briefs else 5)
    chosen = rng.sample(pool, n + (3 if briefs else 0))
    papers = rng.choice(PAPERS)
    arts = []
    for title, paras in chosen[:n]:
        art = Article(title=title, paragraphs=list(paras))
        _credits(rng, art, taken, papers)
        _decks(rng, art)
        arts.append(art)
    heads = rng.choices(["end", "top", "above", "below"], [35, 20, 30, 15])[0]
    lead = rng.choices(["none", "end", "top"], [50, 35, 15])[0]
    displaced = -1
    multi = [i for i, a in enumerate(arts) if len(a.paragraphs) >= 3]
    if multi and rng.random() < 0.5:
        _subheads(rng, arts[rng.choice(multi)])
    movable = [i for i, a in enumerate(arts) if len(a.paragraphs) >= 2 and not a.head_credit]
    if lead != "none" and movable:
        displaced = rng.choice(movable)
    else:
        lead = "none"
    place = papers[1]
    for art in arts:
        if rng.random() < 0.15:
            _pull_quote(rng, art)
        if rng.random() < 0.2 and len(art.paragraphs) >= 2:
            art.caption_after = rng.randrange(0, len(art.paragraphs) - 1)
            art.caption = _caption(rng, taken, place)
            art.layout.append("caption inside")
    jumpable = [i for i, a in enumerate(arts) if i != displaced and not a.end_credit and not a.end_line]
    if jumpable and rng.random() < 0.2:
        arts[jumpable[-1]].jump_out = True
        arts[jumpable[-1]].layout.append("jump out")
    starters = [i for i, a in enumerate(arts) if i != displaced and not a.dateline and not a.head_credit]
    if starters and rng.random() < 0.3:
        arts[starters[0]].jump_in = True
        arts[starters[0]].layout.append("jump in")
    head_lines, foot_lines = _page_head(rng, taken)
    heap = [_headline_lines(rng, a, style.digits) for a in arts]
    order = list(range(len(arts)))
    rng.shuffle(order)

    lines: list[str] = list(head_lines)
    if head_lines:
        lines.append("")
    if heads == "top":
        for i in order:
            lines += [*heap[i], ""]
    if displaced >= 0 and lead == "top":
        lines += [*_lead_lines(rng, arts[displaced], style), ""]
    for i, art in enumerate(arts):
        if heads == "above":
            lines += heap[i]
        start = 1 if i == displaced else 0
        lines += _body_lines(rng, art, style, start)
        if heads == "below":
            lines += ["", *heap[i]]
        lines.append("")
        if rng.random() < 0.12 and i < len(arts) - 1:
            lines += [*_caption(rng, taken, place), ""]
    truths_extra: list[Truth] = []
    if briefs:
        brief_lines, truths_extra = _brief_items(rng, chosen[n:], taken, style)
        lines += brief_lines
    if displaced >= 0 and lead == "end":
        lines += [*_lead_lines(rng, arts[displaced], style), ""]
    if heads == "end":
        for i in order:
            lines += [*heap[i], ""]
    lines += foot_lines
    truths = [Truth(a.title, tuple(a.reporters), ", ".join(a.layout), _truth_body(a)) for a in arts]
    truths += truths_extra
    text = "\n".join(lines).rstrip("\n") + "\n"
    text = re.sub(r"\n{3,}", "\n\n", text)
    params = {
        "heads": heads,
        "lead": lead,
        "width": str(style.width),
        "digits": "full" if style.digits else "half",
        "briefs": "yes" if briefs else "no",
    }
    return Page(text, truths, params)


def _lead_lines(rng: random.Random, art: Article, style: Style) -> list[str]:
    """The displaced lead: the first paragraph with its dateline (and the end credit if it is all)."""
    solo = Article(
        title=art.title,
        paragraphs=art.paragraphs[:1],
        dateline=art.dateline,
    )
    return _body_lines(rng, solo, style)


# --- scoring --------------------------------------------------------------------------------


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).replace("\ufffd", "").split())


def _f1(got: str, want: str) -> float:
    """Character F1 in reading order: matched characters of the longest common blocks."""
    if not got or not want:
        return 0.0
    same = sum(b.size for b in difflib.SequenceMatcher(None, got, want, autojunk=False).get_matching_blocks())
    if not same:
        return 0.0
    p, r = same / len(got), same / len(want)
    return 2 * p * r / (p + r)


def _body(article: Any) -> str:
    return _norm("".join(article.paragraphs))


def score_page(page: Page, rebuilt: Sequence[Any]) -> tuple[list[Score], int]:
    """Pair true and rebuilt articles one to one by body F1, best pairs first.

    Returns the scores and how many rebuilt articles were paired with no true one.
    """
    bodies = [_body(a) for a in rebuilt]
    pairs = sorted(
        (
            (_f1(b, t.body_nows_norm), ti, ri)
            for ti, t in enumerate(page.truths)
            for ri, b in enumerate(bodies)
        ),
        reverse=True,
    )
    got: dict[int, tuple[int, float]] = {}
    used: set[int] = set()
    for f1, ti, ri in pairs:
        if f1 <= 0.2 or ti in got or ri in used:
            continue
        got[ti] = (ri, f1)
        used.add(ri)
    scores = []
    for ti, truth in enumerate(page.truths):
        if ti not in got:
            scores.append(Score(truth, None, 0.0, False, False))
            continue
        ri, f1 = got[ti]
        art = rebuilt[ri]
        title_ok = _norm(art.title or "") == _norm(truth.title)
        reporters_ok = [_norm(r) for r in art.reporters] == [_norm(r) for r in truth.reporters]
        scores.append(Score(truth, art, f1, title_ok, reporters_ok))
    return scores, len(rebuilt) - len(used)


if __name__ == "__main__":
    import sys

    for arg in sys.argv[1:] or ["0"]:
        pg = generate_page(int(arg))
        print(pg.params)
        print(pg.text)
        for t in pg.truths:
            print(t.layout, "|", t.title, t.reporters, t.body_nows[:30], "...", t.body_nows[-15:])
