"""Tenth independent generator of seed-style newspaper pages (regional-paper conventions).

Why a tenth: each generator written without looking at the normaliser measures how page
rebuild does on layouts nobody tuned for. This one was written from issue 20's text, the seed
page and its golden reconstruction only, and varies conventions of Chinese regional papers
that a page dump keeps: 本报讯（记者 X 通讯员 Y）and 【本报讯】datelines, 实习生/见习记者/
特约记者 credits, ★/●/◆ section marks, 编者按 boxes, jump lines (下转A2版 / 上接A1版),
photo captions ending in 摄, a long lead article with subheads next to short briefs (简讯)
with run-in titles, headline decks on several lines, column widths 10-34 and full- or
half-width digits.

Texts come from the shared inews train/dev files through mechanical filters only (length,
share of Han characters, no credits or site names inside, a title that shares words with its
text); the page seed decides which half of the filtered texts a page may use, so tune seeds
and report seeds never share a text.

Truth per article: the main headline (主题; kicker and subtitle apart), the reporters
credited (记者, 见习记者, 特约记者 and the unlabelled names of a "/X Y 报道" line; an
实习生 may be counted or not; 通讯员, photographers and page editors are not reporters),
and the body as printed on this page (dateline, byline, captions, jump lines and page
furniture taken out; subheads and an editor's note kept).
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import random
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

_HAN = re.compile(r"[\u4e00-\u9fff]")
_TRAD = set("們這來說國為會與對時後從過還們點開關問題實現發應當經濟當學裡電話買賣車")
_BAD_IN_TEXT = re.compile(
    r"记者|通讯员|本报|编辑|来源|原标题|摄|http|www|\.com|@|\"|实习生|特约|讯）|讯\)|报道|声明|转载|微信|公众号|[a-zA-Z]{4,}"
)
_BAD_IN_TITLE = re.compile(r"[_|｜\-–]|\.\.\.|…|[a-zA-Z]{3,}|\s{2,}|^\s|\s$|记者|本报|[（）()【】]|网$")
_SENT_END = "。！？"
_TITLE_START = re.compile(r"[\u4e00-\u9fff“《0-9]")


def _sentences(para: str) -> list[str]:
    return [s for s in re.findall(r"[^。！？]*[。！？]+”?|[^。！？]+$", para) if s]


SURNAMES = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤"
)
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐"]
GIVEN = list(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力鹏飞宇浩然晓峰雪梅海燕波斌宁凯琳颖欣怡"
    "俊婷玲慧晨曦阳光志国振东亮春燕雨欢琦璐倩蕾荣鑫瑞博澜彤"
)
PAPERS = [
    "城市晚报",
    "楚天都市报",
    "华西都市报",
    "燕赵都市报",
    "钱江晚报",
    "扬子晚报",
    "齐鲁晚报",
    "大河报",
    "三秦都市报",
    "辽沈晚报",
    "新文化报",
    "半岛晨报",
    "海峡都市报",
    "春城晚报",
    "兰州晨报",
    "北方新报",
    "江南都市报",
    "潇湘晨报",
]
PLACES = [
    "白城",
    "宜昌",
    "绵阳",
    "保定",
    "洛阳",
    "柳州",
    "襄阳",
    "九江",
    "赣州",
    "曲靖",
    "天水",
    "包头",
    "岳阳",
    "衡阳",
    "南充",
    "邯郸",
    "通化",
    "四平",
    "丹东",
    "营口",
    "泉州",
    "漳州",
    "温州",
    "台州",
    "盐城",
    "淮安",
    "德州",
    "临沂",
]
SECTIONS = ["要闻", "城事", "民生", "区县新闻", "综合新闻", "社会", "本地新闻", "专版"]
SECTION_MARKS = ["★", "●", "◆", "■", "▲"]
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


BODY_F1_MIN = 0.98
TUNE_SEEDS = range(0, 50)
CORPUS = Path(os.environ.get("NEWSARCHIVE_SHARED_DATA", "/work/shared/data")) / "inews-bdci2019"


@dataclass(frozen=True)
class Truth:
    """What a reader rebuilds of one article: main headline, writers, body as printed on this page."""

    title: str
    reporters: tuple[str, ...]
    interns: tuple[str, ...]
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
            want = list(self.truth.reporters) + (
                [f"(+{list(self.truth.interns)})"] if self.truth.interns else []
            )
            out.append(f"reporters {list(self.got.reporters)} != {want}")
        if self.body_f1 < BODY_F1_MIN:
            out.append(f"body F1 {self.body_f1:.3f}")
        return "; ".join(out)


@dataclass
class Article:
    """One article's truth and the pieces a page lays out."""

    title: str
    kicker: str | None = None
    subtitle: str | None = None
    reporters: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    interns: list[str] = field(default_factory=list)
    dateline: str = ""
    byline: str = ""
    head_credit: str = ""
    note: str = ""
    paragraphs: list[str] = field(default_factory=list)
    brief: bool = False
    jump_to: str = ""
    jump_from: str = ""


def _data_dir() -> Path:
    return Path(os.environ.get("NEWSARCHIVE_SHARED_DATA", "/work/shared/data"))


def _clean_paragraphs(content: str) -> list[str]:
    """Paragraphs of a text; one-paragraph texts (most of inews) are cut after sentences.

    The cuts fall every 80-220 characters, decided by the text itself, not the page seed.
    """
    raw = [re.sub(r"\s+", "", p) for p in content.replace("\\n", "\n").split("\n")]
    raw = [p for p in raw if p and not p.startswith("原标题")]
    out: list[str] = []
    for para in raw:
        cur = ""
        for sent in _sentences(para):
            cur += sent
            if len(cur) >= 80 + (hash_len(cur) % 140):
                out.append(cur)
                cur = ""
        if cur:
            out.append(cur)
    return out


def hash_len(text: str) -> int:
    """A stable pseudo-random number from a text (paragraph cuts must not depend on the page seed)."""
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:6], 16)


def _title_fits(title: str, content: str) -> bool:
    """A headline a reader could match to its text: two of its character bigrams are in it."""
    grams = {
        title[i : i + 2]
        for i in range(len(title) - 1)
        if _HAN.fullmatch(title[i]) and _HAN.fullmatch(title[i + 1])
    }
    head = content[:600]
    return sum(1 for g in grams if g in head) >= 2


def _usable(doc: dict[str, str]) -> bool:
    title = doc.get("title", "").strip()
    content = doc.get("content", "")
    paras = _clean_paragraphs(content)
    body = "".join(paras)
    if not (6 <= len(title) <= 28) or _BAD_IN_TITLE.search(title) or not _TITLE_START.match(title):
        return False
    if not (150 <= len(body) <= 2400) or len(paras) < 2:
        return False
    if len(_HAN.findall(body)) / len(body) < 0.78:
        return False
    if any(ch in _TRAD for ch in body + title) or _BAD_IN_TEXT.search(body):
        return False
    if body[-1] not in _SENT_END or any(len(p) < 8 for p in paras):
        return False
    return _title_fits(title, body)


@lru_cache(maxsize=1)
def _pools() -> tuple[list[tuple[str, list[str]]], list[tuple[str, list[str]]]]:
    """Filtered (title, paragraphs) texts split in two disjoint halves by a hash of the content."""
    seen: set[str] = set()
    halves: tuple[list[tuple[str, list[str]]], list[tuple[str, list[str]]]] = ([], [])
    for name in ("train.jsonl", "dev.jsonl"):
        with open(_data_dir() / "inews-bdci2019" / name, encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                if not _usable(doc):
                    continue
                paras = _clean_paragraphs(doc["content"])
                key = "".join(paras)
                if key in seen:
                    continue
                seen.add(key)
                half = hashlib.sha1(key.encode("utf-8")).digest()[0] & 1
                halves[half].append((doc["title"].strip(), paras))
    return halves


def half_of_seed(seed: int) -> int:
    """Tune seeds (0-49, 100-149, ...) use text half 0, report seeds (50-99, ...) text half 1."""
    return (seed // 50) % 2


def _name(rng: random.Random) -> str:
    if rng.random() < 0.08:
        return rng.choice(COMPOUND) + "".join(rng.sample(GIVEN, rng.choice([1, 2])))
    return rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice([1, 1, 2, 2, 2])))


def _names(rng: random.Random, k: int) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        n = _name(rng)
        if n not in out:
            out.append(n)
    return out


def _join_names(rng: random.Random, names: list[str]) -> str:
    return rng.choice(["、", " ", "　"]).join(names) if len(names) > 1 else names[0]


def _credit_in_dateline(rng: random.Random, art: Article, paper: str, place: str) -> None:
    """A dateline that carries the writers, e.g. 本报讯（记者 王明 通讯员 李华、赵芳）."""
    roles = [("记者", rng.choice([1, 1, 2]))]
    extra = rng.choice(["通讯员", "通讯员", "实习生", "见习记者", "特约记者", None])
    if extra == "见习记者" or extra == "特约记者":
        roles = [(extra, rng.choice([1, 2]))] if rng.random() < 0.5 else [*roles, (extra, 1)]
    elif extra:
        roles.append((extra, rng.choice([1, 1, 2])))
    sp = rng.choice(["", " "])
    parts = []
    for role, k in roles:
        names = _names(rng, k)
        {"通讯员": art.correspondents, "实习生": art.interns}.get(role, art.reporters).extend(names)
        parts.append(f"{role}{sp}{_join_names(rng, names) if sp else '、'.join(names)}")
    inner = " ".join(parts)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    open_, close = ("（", "）") if rng.random() < 0.8 else ("(", ")")
    form = rng.choice(["benbao", "benbao", "paper", "dian", "bracket"])
    if form == "benbao":
        art.dateline = f"本报讯{open_}{inner}{close}"
    elif form == "paper":
        art.dateline = f"{paper}{place}讯{open_}{inner}{close}"
    elif form == "dian":
        art.dateline = f"本报{place}{month}月{day}日电{open_}{inner}{close}"
    else:
        art.dateline = f"【本报讯】{open_}{inner}{close}"


def _credit_at_end(rng: random.Random, art: Article, paper: str, place: str) -> None:
    """A plain dateline and a closing byline as in the seed (/X Y 报道, /记者 X 报道 Y 摄, （记者 X））."""
    art.dateline = rng.choice([f"{paper}{place}讯", "本报讯", "【本报讯】", f"{place}讯"])
    form = rng.choice(["slash", "slash_role", "slash_photo", "paren", "paren_corr"])
    if form == "slash":
        names = _names(rng, rng.choice([1, 2, 2, 3]))
        art.reporters = names
        art.byline = f"/{' '.join(names)} 报道"
    elif form == "slash_role":
        a, b = _names(rng, 2)
        art.reporters = [a, b]
        art.byline = f"/{a} 记者 {b} 报道"
    elif form == "slash_photo":
        a, b = _names(rng, 2)
        art.reporters = [a]
        art.photographers = [b]
        art.byline = f"/记者 {a} 报道 {b} 摄"
    elif form == "paren":
        names = _names(rng, rng.choice([1, 2]))
        art.reporters = names
        art.byline = f"（记者 {_join_names(rng, names)}）"
    else:
        a, b = _names(rng, 2)
        art.reporters = [a]
        art.correspondents = [b]
        art.byline = f"（记者 {a} 通讯员 {b}）"


def _credit_head(rng: random.Random, art: Article, paper: str, place: str) -> None:
    """A credit line under the headline (本报记者 X / 文/X 图/Y) and a dateline without names."""
    art.dateline = rng.choice(["本报讯", f"{paper}{place}讯", ""])
    if rng.random() < 0.5:
        names = _names(rng, rng.choice([1, 2]))
        art.reporters = names
        art.head_credit = f"本报记者 {_join_names(rng, names)}"
    else:
        a, b = _names(rng, 2)
        art.reporters = [a]
        art.photographers = [b]
        art.head_credit = f"文/{a} 图/{b}"


def _clauses(text: str) -> list[str]:
    return [c for c in re.split(r"[，。！？；：、“”《》（）]", text) if 6 <= len(c) <= 16]


def _headline(rng: random.Random, art: Article, paras: list[str]) -> None:
    decks = rng.choice([1, 1, 2, 2, 3])
    clauses = _clauses("".join(paras[:3]))
    if decks >= 2 and clauses:
        art.subtitle = "——" + rng.choice(clauses)
    if decks == 3 and len(clauses) > 1:
        kick = rng.choice([c for c in clauses if "——" + c != art.subtitle and c != art.subtitle] or clauses)
        art.kicker = kick


def _plain(title: str) -> str:
    """A headline quoted inside a sentence: its end punctuation dropped."""
    return title.rstrip("！？!?。")


def _digits(rng: random.Random, text: str, mode: str) -> str:
    if mode == "full":
        return text.translate(FULLWIDTH)
    return text


def _make_article(
    rng: random.Random, text: tuple[str, list[str]], paper: str, place: str, digits: str
) -> Article:
    title, paras = text
    paras = [_digits(rng, p, digits) for p in paras]
    art = Article(title=_digits(rng, title, digits))
    pick = rng.random()
    if pick < 0.45:
        _credit_in_dateline(rng, art, paper, place)
    elif pick < 0.8:
        _credit_at_end(rng, art, paper, place)
    else:
        _credit_head(rng, art, paper, place)
    _headline(rng, art, paras)
    art.paragraphs = paras
    return art


def _add_subheads(rng: random.Random, art: Article) -> None:
    """Split a long article into sections, each opened by a short subhead taken from its first sentence."""
    paras = art.paragraphs
    if len(paras) < 4:
        return
    out = paras[:1]
    mark = rng.choice(["", "", "●", "◆", "■"])
    for i, p in enumerate(paras[1:], 1):
        if i % 2 == 1 and i < len(paras) - 1:
            cl = _clauses(p)
            if cl:
                out.append("\x00" + mark + cl[0])
        out.append(p)
    art.paragraphs = out


def _brief(rng: random.Random, text: tuple[str, list[str]], digits: str) -> Article:
    title, paras = text
    body = ""
    for s in _sentences("".join(paras)):
        if len(body) > 60:
            break
        body += s
    art = Article(title=_digits(rng, title, digits), brief=True)
    art.paragraphs = [_digits(rng, body, digits)]
    form = rng.choice(["benbao_paren", "end_paren", "end_corr", "none"])
    if form == "benbao_paren":
        names = _names(rng, 1)
        art.reporters = names
        art.dateline = f"本报讯（记者 {names[0]}）"
    elif form == "end_paren":
        names = _names(rng, rng.choice([1, 2]))
        art.reporters = names
        art.dateline = "本报讯"
        art.byline = f"（记者 {_join_names(rng, names)}）"
    elif form == "end_corr":
        names = _names(rng, 1)
        art.correspondents = names
        art.byline = f"（通讯员 {names[0]}）"
    else:
        art.dateline = rng.choice(["本报讯", ""])
    return art


def _artifacts(rng: random.Random, text: str) -> str:
    """What PDF text extraction does to a column: spaces after stops and around figures,
    a stray ASCII comma."""
    text = re.sub(r"(?<=[。，、；])", lambda m: " " if rng.random() < 0.12 else "", text)
    text = re.sub(
        r"(?<=[\u4e00-\u9fff])(\d+)(?=[\u4e00-\u9fff])",
        lambda m: f" {m.group(1)} " if rng.random() < 0.3 else m.group(1),
        text,
    )
    text = re.sub(
        r"(?<=[\u4e00-\u9fff])，(?=[\u4e00-\u9fff])",
        lambda m: ",\ufffd" if rng.random() < 0.02 else "，",
        text,
    )
    return text


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    cur = ""
    size = 0.0
    for ch in text:
        cur += ch
        size += 0.5 if ord(ch) < 128 else 1.0
        if size >= width:
            lines.append(cur)
            cur, size = "", 0.0
    if cur:
        lines.append(cur)
    return lines


def _column_breaks(rng: random.Random, lines: list[str]) -> list[str]:
    """Blank lines where a column ends, mid-paragraph, as in the seed."""
    out: list[str] = []
    for i, ln in enumerate(lines):
        out.append(ln)
        if 0 < i < len(lines) - 1 and rng.random() < 0.06:
            out.append("")
    return out


def _body_lines(
    rng: random.Random, art: Article, width: int, indent: str, para_gap: bool, lead_only: str
) -> tuple[list[str], list[str]]:
    """(lead lines, rest lines): the lead is the dateline with the first paragraph.

    A page may displace the lead.
    """
    blocks: list[list[str]] = []
    first = True
    for p in art.paragraphs:
        if p.startswith("\x00"):
            blocks.append([p[1:]])
            continue
        text = _artifacts(rng, p)
        if first and art.dateline:
            sep = (
                ""
                if art.dateline.endswith(("）", ")", "】")) and rng.random() < 0.5
                else rng.choice([" ", "　", "  "])
            )
            text = art.dateline + sep + text
        if first and art.jump_from:
            text = art.jump_from + text
        first = False
        blocks.append(_wrap(indent + text, width))
    if art.jump_to:
        blocks[-1][-1] += art.jump_to
    if art.byline:
        tail = rng.choice([" ", "", "\n"])
        if tail == "\n":
            blocks[-1].append(art.byline)
        else:
            blocks[-1][-1] += tail + art.byline
    lines_of = [_column_breaks(rng, b) for b in blocks]
    joiner: list[str] = [""] if para_gap else []
    flat: list[list[str]] = []
    for b in lines_of:
        flat.append(b)
    lead_n = 1 if lead_only else 0
    lead = [ln for b in flat[:lead_n] for ln in b + joiner]
    rest: list[str] = []
    for b in flat[lead_n:]:
        rest.extend(b + joiner)
    return lead, rest


def _headline_lines(rng: random.Random, art: Article) -> list[str]:
    lines: list[str] = []
    if art.kicker:
        lines.append(art.kicker)
    t = art.title
    if len(t) > 12 and rng.random() < 0.5 and not art.kicker:
        cut = rng.randint(len(t) // 2 - 2, len(t) // 2 + 2)
        for i, ch in enumerate(t):
            if ch in "，：！？" and 4 <= i < len(t) - 4:
                cut = i + 1
                break
        lines += [t[:cut], t[cut:]]
    else:
        lines.append(t)
    if art.subtitle:
        lines.append(art.subtitle)
    return lines


def _truth_body(art: Article) -> str:
    parts = [art.note] if art.note else []
    for p in art.paragraphs:
        if p.startswith("\x00"):
            p = p[1:].lstrip("●◆■")
        parts.append(p)
    return re.sub(r"\s+", "", "".join(parts))


def _caption(rng: random.Random, place: str) -> tuple[list[str], str]:
    who = _name(rng)
    what = rng.choice(
        ["活动现场", "工作人员正在作业", "市民在现场咨询", "志愿者开展服务", "项目施工现场", "群众在观看演出"]
    )
    form = rng.choice(
        [
            f"▲图为{what}。 本报记者 {who} 摄",
            f"图为{place}{what}。（记者 {who} 摄）",
            f"{place}{what}。 {who} 摄",
        ]
    )
    return [form], who


def generate_page(seed: int) -> Page:
    """One page, its truth articles and layout parameters, deterministic for a seed."""
    rng = random.Random(seed * 7919 + 10)
    pool = _pools()[half_of_seed(seed)]
    paper, place = rng.choice(PAPERS), rng.choice(PLACES)
    digits = "full" if rng.random() < 0.25 else "half"
    n_main = rng.randint(2, 4)
    long_texts = [t for t in pool if sum(len(p) for p in t[1]) >= 700 and len(t[1]) >= 4]
    lead_text = rng.choice(long_texts)
    others = [t for t in rng.sample(pool, n_main + 6) if t is not lead_text]
    arts = [_make_article(rng, lead_text, paper, place, digits)]
    _add_subheads(rng, arts[0])
    for t in others[: n_main - 1]:
        a = _make_article(rng, (t[0], t[1][: rng.randint(2, 4)]), paper, place, digits)
        arts.append(a)
    if rng.random() < 0.25:
        arts[0].note = rng.choice(["编者按：", "【编者按】", "■编者按 "]) + rng.choice(
            [
                f"{_plain(arts[0].title)}，备受关注。本报记者近日深入一线采访，今起推出系列报道，敬请关注。",
                f"围绕“{_plain(arts[0].title)}”，本报今日刊发记者调查，欢迎读者来信来电参与讨论。",
            ]
        )
    jump = rng.random()
    if jump < 0.15 and len(arts[0].paragraphs) > 3:
        arts[0].paragraphs = arts[0].paragraphs[: len(arts[0].paragraphs) // 2 + 1]
        while arts[0].paragraphs[-1].startswith("\x00"):
            arts[0].paragraphs.pop()
        arts[0].jump_to = rng.choice(["（下转A2版）", "（转A2版）", "(下转第二版)", "（转第5版）"])
        arts[0].byline = ""
        if not re.search(r"[（(]", arts[0].dateline):
            arts[0].reporters = []
            arts[0].photographers = []
            arts[0].correspondents = []
            arts[0].interns = []
        arts[0].head_credit = ""
    elif jump < 0.25 and len(arts) > 1:
        a = arts[-1]
        a.jump_from = rng.choice(["（上接A1版）", "(上接第一版)", "（紧接A1版）"])
        a.dateline = ""
        a.head_credit = ""
        if not a.byline:
            names = _names(rng, 1)
            a.reporters = names
            a.photographers = []
            a.correspondents = []
            a.interns = []
            a.byline = f"（记者 {names[0]}）"
    briefs: list[Article] = []
    if rng.random() < 0.45:
        for t in others[n_main - 1 : n_main - 1 + rng.randint(2, 4)]:
            briefs.append(_brief(rng, t, digits))

    indent = rng.choice(["", "", "　　", "  "])
    para_gap = rng.random() < 0.5
    head_mode = rng.choice(["attached", "attached", "end", "top", "interleaved"])
    displace = (
        rng.choice(["", "", "end", "top"]) if head_mode != "attached" else rng.choice(["", "", "", "end"])
    )
    if not arts[0].dateline or arts[0].jump_to:
        displace = ""

    blocks: list[list[str]] = []
    heads: list[list[str]] = []
    lead_block: list[str] = []
    for i, art in enumerate(arts):
        width = rng.randint(10, 34) if i else rng.randint(10, 22)
        lead, rest = _body_lines(rng, art, width, indent, para_gap, displace if i == 0 else "")
        hl = _headline_lines(rng, art)
        pre: list[str] = []
        if art.note:
            pre = [*_wrap(art.note, width), ""]
        if art.head_credit:
            pre = [art.head_credit, *pre]
        if i == 0 and displace:
            lead_block = lead
            body = pre + rest
        else:
            body = pre + lead + rest
        if head_mode == "attached":
            blocks.append([*hl, "", *body] if rng.random() < 0.5 else hl + body)
        else:
            heads.append(hl)
            blocks.append(body)
        if rng.random() < 0.2:
            cap, _who = _caption(rng, place)
            blocks.append(cap)
    if briefs:
        width = rng.randint(16, 34)
        box = [rng.choice(SECTION_MARKS) + rng.choice(["简讯", "新闻简讯", "本地简讯", "快讯"])]
        mark = rng.choice(["■", "●", "◆", "★", ""])
        for b in briefs:
            sep = rng.choice(["　", " ", "  "])
            dl = b.dateline + (
                rng.choice(["", " "]) if b.dateline.endswith("）") else (" " if b.dateline else "")
            )
            text = f"{mark}{b.title}{sep}{dl}{_artifacts(rng, b.paragraphs[0])}{b.byline}"
            if not mark and not b.dateline:
                text = f"{b.title}{sep}{_artifacts(rng, b.paragraphs[0])}{b.byline}"
                if not mark:
                    text = "■" + text
            box += _wrap(text, width)
        box.append("")
        blocks.append(box)
    if head_mode == "interleaved":
        rng.shuffle(heads)
        merged: list[list[str]] = []
        for block in blocks:
            merged.append(block)
            if heads and rng.random() < 0.6:
                merged.append(heads.pop())
        for h in heads:
            merged.append(h)
        blocks = merged
        heads = []
    else:
        rng.shuffle(heads)
    page: list[str] = []
    if rng.random() < 0.4:
        page.append(
            f"A{rng.randint(2, 8)} {rng.choice(SECTIONS)} {rng.randint(2008, 2020)}年{rng.randint(1, 12)}月"
            f"{rng.randint(1, 28)}日 责任编辑：{_name(rng)} 美编：{_name(rng)}"
        )
        page.append("")
    if rng.random() < 0.3:
        page += [rng.choice(SECTION_MARKS) + rng.choice(SECTIONS), ""]
    if displace == "top" and lead_block:
        page += [*lead_block, ""]
    if head_mode == "top":
        for h in heads:
            page += [*h, ""]
    for block in blocks:
        page += [*block, ""]
    if displace == "end" and lead_block:
        page += [*lead_block, ""]
    if head_mode == "end":
        for h in heads:
            page += [*h, ""]
    text = "\n".join(page)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
    truths = [
        Truth(
            title=art.title,
            reporters=tuple(art.reporters),
            interns=tuple(art.interns),
            layout="brief" if art.brief else ("lead" if art is arts[0] else "article"),
            body_nows=_truth_body(art),
        )
        for art in arts + briefs
    ]
    params = {"heads": head_mode, "lead": displace or "in place", "width": "10-34", "digits": digits}
    return Page(text=text, truths=truths, params=params)


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
    """Pair true and rebuilt articles one to one by body overlap, best pairs first.

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
        names = list(art.reporters)
        reporters_ok = names in (list(truth.reporters), list(truth.reporters) + list(truth.interns))
        scores.append(Score(truth, art, f1, title_ok, reporters_ok))
    return scores, len(rebuilt) - len(used)


def available() -> bool:
    """Whether the inews texts are in the shared data."""
    return (_data_dir() / "inews-bdci2019" / "dev.jsonl").exists()


if __name__ == "__main__":
    import sys

    for arg in sys.argv[1:] or ["0"]:
        pg = generate_page(int(arg))
        print(pg.text)
        for t in pg.truths:
            print(t.layout, t.title, t.reporters, t.interns, t.body_nows[:40], "...", t.body_nows[-20:])
