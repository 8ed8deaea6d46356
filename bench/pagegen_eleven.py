"""Eleventh independent generator of seed-style newspaper pages (conventions of other regional papers).

Why an eleventh: each generator written without looking at the normaliser measures how page
rebuild does on layouts nobody tuned for. This one was written from issue 20, the seed page and
its golden reconstruction, and the interface of the earlier generators only (not their layout
conventions), from what pages of 晚报/都市报/日报 of other provinces and county papers print:
page-head furniture (版次, 责编/美编/校对 lines, the date and weekday), picture captions set between
articles (■图说：… / 图为… X 摄), 相关链接 / 延伸阅读 boxes closing an article, 记者手记 and 评论
columns under a column label with their writer's name, 通讯员 lines at an article's end, a 引题
ending in a colon over a 主题 broken over two lines, dashed 副题, numbered subheads (①②, 一、),
datelines 本报讯 / 本报X月X日讯 / 新华社X地X月X日电 / X报融媒记者, 2-6 articles, columns 8-36
cells wide, full-width digits, advertisements between articles and at the page's foot.

Texts come from the shared inews train and dev files through mechanical filters only; a text's
SHA-256 decides which half it belongs to: tune seeds (0-49) draw from one half, report seeds
(50-99) from the other, so no text is on both.

Truth per article: the main headline (主题; the 引题 and 副题 apart), the reporters (names a
记者 label names, in print order, and a column's writer), and the body as printed: subheads and a
相关链接 box's text in, the dateline, credits, captions, box labels, furniture and ads out.
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

BODY_F1_MIN = 0.98
TUNE_SEEDS = range(0, 50)
REPORT_SEEDS = range(50, 100)
CORPUS = Path(os.environ.get("NEWSARCHIVE_SHARED_DATA", "/work/shared/data")) / "inews-bdci2019"

_HAN = re.compile(r"[\u4e00-\u9fff]")
_NO_IN_TEXT = re.compile(
    r"记者(?![了从在看注获发采走来向随问])|(?:本报|社|台|网|报)记者|[（(]记者|通讯员|本报|编辑|责编|来源|原标题|摄|(?<!据)报道|讯）|讯\)|电（|http|www|\.com|@|微信|公众号|声明|转载|"
    r"图为|图说|相关链接|延伸阅读|广告|[a-zA-Z]{3,}|[\"【】■□●◆▲★]"
)
_NO_IN_TITLE = re.compile(r"[_|｜\-–—:!?…【】\[\]（）()《》,.]|[a-zA-Z]{2,}|\s.*\s|：$|记者|本报|网$")
_SITE_SUFFIX = re.compile(r"\s*(?:[_|｜]|\s-\s)[^_|｜]{1,16}$")
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")

SURNAMES = list(
    "王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段"
)
DOUBLE_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "夏侯", "尉迟", "公孙", "慕容"]
GIVEN = list(
    "子文博宇浩轩梓涵欣怡思雨俊杰嘉晨悦佳琪志明晓燕海波建国丽华秀英玉兰桂芳红梅永刚振华立新卫东春生秋实冬青雅静淑珍"
)
PAPERS = [
    ("齐鲁晚报", "济南"),
    ("扬子晚报", "南京"),
    ("钱江晚报", "杭州"),
    ("楚天都市报", "武汉"),
    ("华西都市报", "成都"),
    ("燕赵都市报", "石家庄"),
    ("三秦都市报", "西安"),
    ("半岛都市报", "青岛"),
    ("潇湘晨报", "长沙"),
    ("南国早报", "南宁"),
    ("春城晚报", "昆明"),
    ("兰州晨报", "兰州"),
    ("新文化报", "长春"),
    ("辽沈晚报", "沈阳"),
    ("海峡都市报", "福州"),
    ("江淮晨报", "合肥"),
    ("浏阳日报", "浏阳"),
    ("义乌商报", "义乌"),
    ("昆山日报", "昆山"),
    ("江阴日报", "江阴"),
    ("诸暨日报", "诸暨"),
    ("瑞安日报", "瑞安"),
    ("鄂尔多斯日报", "鄂尔多斯"),
    ("黔东南日报", "凯里"),
]
COUNTIES = [
    "城关镇",
    "新华街道",
    "东湖乡",
    "西城区",
    "开发区",
    "高新区",
    "南岭镇",
    "河口镇",
    "白沙乡",
    "城东街道",
]
SECTIONS = ["要闻", "本地新闻", "区县新闻", "民生", "社会", "综合", "城事", "经济·产业", "教育·文化", "政务"]
WEEKDAYS = "一二三四五六日"
KICKERS = [
    "{place}召开专题会议强调：",
    "记者从{place}有关部门获悉：",
    "相关负责人表示：",
    "关注民生：",
    "新春走基层：",
    "一线调查：",
    "聚焦高质量发展：",
    "{place}市民注意：",
    "专家提醒：",
    "我为群众办实事：",
]
COLUMN_LABELS = ["记者手记", "记者观察", "今日评论", "一家之言", "编辑部的话", "街谈巷议"]
SCENES = [
    "市民在活动现场咨询相关政策",
    "志愿者为居民测量血压",
    "工作人员正在检修线路",
    "孩子们在操场上做游戏",
    "游客在景区内拍照留念",
    "执法人员对商户进行检查",
    "村民在田间采摘",
    "参赛选手正在比赛中",
    "消防队员进行实战演练",
    "学生们认真听讲",
    "施工现场一片繁忙",
    "老人们在社区食堂就餐",
]
BRANDS = [
    "金鼎家居",
    "恒信汽车",
    "华联超市",
    "康宁眼科医院",
    "阳光地产",
    "百佳电器",
    "新东方烹饪学校",
    "福满楼酒店",
]
AD_LINES = ["盛大开业　全场八折", "周年庆典　好礼相送", "火热认购中", "诚聘英才　待遇从优", "春季招生进行中"]
ROADS = ["人民路", "解放路", "建设路", "中山路", "文化路", "光明街", "长江路", "和平路"]


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
    label: str = ""  # a column's label line (■记者手记)
    head_credit: str = ""  # a credit line under the headline
    dateline: str = ""  # opens the first paragraph
    end_credit: str = ""  # closes the last paragraph
    end_line: str = ""  # a credit line of its own after the text
    box_label: str = ""  # 相关链接 label over the last paragraphs
    box_from: int = -1
    subheads: dict[int, str] = field(default_factory=dict)  # paragraph index -> subhead printed over it
    reporters: list[str] = field(default_factory=list)
    layout: list[str] = field(default_factory=list)


# --- texts -------------------------------------------------------------------------------


def _data_dir() -> Path:
    return Path(os.environ.get("NEWSARCHIVE_SHARED_DATA", "/work/shared/data"))


def available() -> bool:
    """Whether the inews texts are in the shared data."""
    return (CORPUS / "dev.jsonl").exists() and (CORPUS / "train.jsonl").exists()


def _sentences(text: str) -> list[str]:
    return [s for s in re.findall(r"[^。！？]*[。！？]+[”」]?|[^。！？]+$", text) if s.strip()]


def _paragraphs(content: str, key: str) -> list[str]:
    """Paragraphs of a text; a long single paragraph is cut after sentences (cut points from its hash)."""
    paras = []
    for raw in content.replace("\r", "\n").split("\n"):
        para = re.sub(r"[\s\u3000\xa0]+", "", raw)
        para = re.sub(r"(?<=[\u4e00-\u9fff]),(?=[\u4e00-\u9fff])", "，", para)
        if para:
            paras.append(para)
    rng = random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:12], 16))
    out: list[str] = []
    for para in paras:
        if len(para) <= 240:
            out.append(para)
            continue
        cur = ""
        goal = rng.randint(90, 220)
        for sent in _sentences(para):
            cur += sent
            if len(cur) >= goal:
                out.append(cur)
                cur, goal = "", rng.randint(90, 220)
        if cur:
            if out and len(cur) < 30:
                out[-1] += cur
            else:
                out.append(cur)
    return out


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1) if _HAN.match(text[i]) and _HAN.match(text[i + 1])}


def _usable(title: str, paras: list[str]) -> bool:
    if not 6 <= len(title) <= 30 or _NO_IN_TITLE.search(title) or not _HAN.match(title[0]):
        return False
    body = "".join(paras)
    if not 180 <= len(body) <= 2400 or _NO_IN_TEXT.search(body):
        return False
    if len(_HAN.findall(body)) < 0.78 * len(body) or body[-1] not in "。！？”":
        return False
    if any(len(p) < 8 for p in paras) or len(paras) > 14:
        return False
    if body.startswith(title) or title in paras[0][:60]:
        return False  # a headline repeated as the text's first words reads as a run-in title
    return len(_bigrams(title) & _bigrams(body[:400])) >= 2


def _text_half(title: str, paras: list[str]) -> int:
    return hashlib.sha256(("\n".join([title, *paras])).encode()).digest()[0] & 1


@lru_cache(maxsize=1)
def _pools() -> tuple[list[tuple[str, list[str]]], list[tuple[str, list[str]]]]:
    """The usable texts in two halves by the SHA-256 of the text (tune half, report half)."""
    halves: tuple[list[tuple[str, list[str]]], list[tuple[str, list[str]]]] = ([], [])
    seen: set[str] = set()
    for name in ("train.jsonl", "dev.jsonl"):
        with (CORPUS / name).open(encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                title = re.sub(r"\s+", " ", _SITE_SUFFIX.sub("", str(doc.get("title") or "").strip()))
                paras = _paragraphs(str(doc.get("content") or ""), str(doc.get("id")))
                if not paras or not _usable(title, paras) or title in seen:
                    continue
                seen.add(title)
                halves[_text_half(title, paras)].append((title, paras))
    return halves


def half_of_seed(seed: int) -> int:
    """Tune seeds (0-49) use text half 0, report seeds (50-99) text half 1 (and so on by fifties)."""
    return (seed // 50) % 2


# --- people and credits ----------------------------------------------------------------


def _name(rng: random.Random, taken: set[str]) -> str:
    while True:
        sur = rng.choice(DOUBLE_SURNAMES) if rng.random() < 0.07 else rng.choice(SURNAMES)
        given = "".join(rng.choice(GIVEN) for _ in range(1 if rng.random() < 0.35 else 2))
        name = sur + given
        if name not in taken:
            taken.add(name)
            return name


def _names(rng: random.Random, taken: set[str], lo: int, hi: int) -> list[str]:
    return [_name(rng, taken) for _ in range(rng.randint(lo, hi))]


def _list(rng: random.Random, names: list[str]) -> str:
    return rng.choice(["、", " ", "　"]).join(names)


def _credit(
    rng: random.Random, art: Article, paper: str, place: str, date: tuple[int, int], taken: set[str]
) -> None:
    """Give an article its dateline and credits (one of the forms regional papers print)."""
    m, d = date
    reps = _names(rng, taken, 1, 2)
    cors = _names(rng, taken, 1, 2) if rng.random() < 0.6 else []
    cor = f" 通讯员 {_list(rng, cors)}" if cors else ""
    form = rng.choice(
        [
            "paren",
            "paren_date",
            "xinhua",
            "rongmei",
            "head",
            "head_square",
            "end",
            "end_line",
            "county",
            "wentu",
        ]
    )
    art.layout.append(form)
    if form == "paren":
        art.dateline = f"本报讯（记者 {_list(rng, reps)}{cor}）"
    elif form == "paren_date":
        art.dateline = f"本报{m}月{d}日讯（记者 {_list(rng, reps)}{cor}）"
    elif form == "xinhua":
        city = rng.choice(PAPERS)[1]
        art.dateline = f"新华社{city}{m}月{d}日电（记者 {_list(rng, reps)}）"
        if cors:
            art.end_line = f"（通讯员 {_list(rng, cors)}）"
    elif form == "rongmei":
        art.head_credit = f"{paper}融媒记者 {_list(rng, reps)}{cor}"
        art.dateline = rng.choice(["", "本报讯 "])
    elif form == "head":
        art.head_credit = f"□本报记者 {_list(rng, reps)}{cor}"
    elif form == "head_square":
        art.head_credit = f"■记者 {_list(rng, reps)}{cor}"
        art.dateline = rng.choice(["", "本报讯 "])
    elif form == "end":
        art.dateline = "本报讯　"
        art.end_credit = f"（记者 {_list(rng, reps)}{cor}）"
    elif form == "end_line":
        art.dateline = rng.choice(["本报讯　", f"{paper}讯 "])
        if rng.random() < 0.5:
            reps = []
            art.end_line = f"通讯员 {_list(rng, cors or _names(rng, taken, 1, 2))}"
        else:
            art.end_line = f"记者 {_list(rng, reps)}{cor}"
    elif form == "county":
        art.dateline = f"本报{place}讯 "
        art.end_credit = f"（记者 {_list(rng, reps)}）" if rng.random() < 0.5 else ""
        if not art.end_credit:
            reps = []
            art.end_credit = f"（通讯员 {_list(rng, cors or _names(rng, taken, 1, 1))}）"
    else:  # wentu: text and picture by one reporter
        art.head_credit = (
            f"文/图 本报记者 {_list(rng, reps)}"
            if rng.random() < 0.5
            else f"本报记者 {_list(rng, reps)} 文/图"
        )
        art.dateline = rng.choice(["", "本报讯 "])
        if cors:
            art.end_line = f"（通讯员 {_list(rng, cors)}）"
    art.reporters = reps


def _column(rng: random.Random, art: Article, taken: set[str]) -> None:
    """A 记者手记 / 评论 column: a label over the headline and the writer's name under it."""
    label = rng.choice(COLUMN_LABELS)
    art.label = rng.choice([f"■{label}", f"【{label}】", f"◎{label}"])
    writer = _name(rng, taken)
    if label.startswith("记者"):
        art.head_credit = rng.choice([f"□本报记者 {writer}", f"记者 {writer}"])
    else:
        art.head_credit = rng.choice([f"□{writer}", f"文/{writer}", f"□ 文/{writer}"])
    art.reporters = [writer]
    art.layout.append("column")


# --- headline decks, subheads, boxes ---------------------------------------------------


def _clause(rng: random.Random, paras: list[str], lo: int, hi: int) -> str:
    clauses = [c for p in paras[1:] for c in re.split(r"[，。；！？：]", p) if lo <= len(c) <= hi]
    clauses = [c for c in clauses if not re.search(r"[“”《》（）、]", c)]
    return rng.choice(clauses) if clauses else ""


def _decks(rng: random.Random, art: Article, place: str) -> None:
    if rng.random() < 0.3:
        art.kicker = rng.choice(KICKERS).format(place=place)
        art.layout.append("kicker")
    if rng.random() < 0.25:
        sub = _clause(rng, art.paragraphs, 8, 18)
        if sub:
            art.subtitle = "——" + sub
            art.layout.append("subtitle")


def _subheads(rng: random.Random, art: Article) -> None:
    """Numbered or plain subheads over some paragraphs of a long article (part of its body)."""
    if len(art.paragraphs) < 4 or rng.random() < 0.6:
        return
    style = rng.choice(["circled", "chinese", "plain"])
    marks = "①②③④⑤⑥⑦⑧"
    nums = "一二三四五六七八"
    # the lead, opened by the dateline, always stands before the first subhead
    at = list(range(1, len(art.paragraphs), rng.choice([2, 3])))
    k = 0
    for i in at:
        head = next(
            (
                c
                for c in re.split(r"[，。；！？：]", art.paragraphs[i])
                if 4 <= len(c) <= 14 and not re.search(r"[“”《》（）]", c)
            ),
            "",
        )
        if not head:
            continue
        art.subheads[i] = {"circled": marks[k], "chinese": nums[k] + "、", "plain": ""}[style] + head
        k += 1
        if k >= len(marks):
            break
    if art.subheads:
        art.layout.append(f"subheads {style}")


def _box(rng: random.Random, art: Article) -> None:
    """A 相关链接 / 延伸阅读 box: the article's last paragraphs set under a label."""
    if len(art.paragraphs) < 4 or rng.random() < 0.8:
        return
    art.box_label = rng.choice(["■相关链接", "【相关链接】", "延伸阅读", "◎链接", "■延伸阅读"])
    art.box_from = len(art.paragraphs) - rng.randint(1, 2)
    art.subheads = {i: s for i, s in art.subheads.items() if i < art.box_from}
    art.layout.append("box")


# --- layout --------------------------------------------------------------------------


def _cells(ch: str) -> float:
    return 0.5 if ord(ch) < 0x2E80 and ch not in "“”‘’—…" else 1.0


def _wrap(text: str, width: int) -> list[str]:
    lines, cur, used = [], "", 0.0
    for ch in text:
        # a stop or closing mark never opens a line: it hangs at the end of the one before
        if used + _cells(ch) > width and cur and ch not in "，。、；：？！”）》":
            lines.append(cur)
            cur, used = "", 0.0
        cur += ch
        used += _cells(ch)
    if cur:
        lines.append(cur)
    return lines


def _spaces(rng: random.Random, text: str) -> str:
    """Stray spaces around figures, as justified columns print them."""
    return re.sub(
        r"[0-9０-９][0-9０-９.．%％]*",
        lambda m: (" " if rng.random() < 0.4 else "") + m.group(0) + (" " if rng.random() < 0.4 else ""),
        text,
    )


def _headline_lines(rng: random.Random, art: Article) -> list[str]:
    lines = [art.label] if art.label else []
    if art.kicker:
        lines.append(art.kicker)
    title = art.title
    if (
        " " in title
        and title.count(" ") == 1
        and title[: title.index(" ")].count("“") == title[: title.index(" ")].count("”")
    ):
        lines += title.split(" ") if rng.random() < 0.6 else [title]
    elif len(title) >= 12 and rng.random() < 0.4:
        cut = len(title) // 2 + rng.randint(-2, 2)
        lines += [title[:cut], title[cut:]]
        art.layout.append("title two lines")
    else:
        lines.append(title)
    if art.subtitle:
        lines.append(art.subtitle)
    return lines


def _body_lines(rng: random.Random, art: Article, width: int, indent: bool, gaps: bool) -> list[str]:
    out: list[str] = []
    if art.head_credit:
        out.append(art.head_credit)
    for i, para in enumerate(art.paragraphs):
        if i == art.box_from:
            out.append(art.box_label)
        if i in art.subheads:
            out.append(art.subheads[i])
        text = _spaces(rng, para)
        if i == 0:
            text = art.dateline + text
        if i == len(art.paragraphs) - 1 and art.end_credit:
            text += art.end_credit
        text = ("　　" if indent else "") + text
        out += _wrap(text, width)
    if art.end_line:
        out.append(art.end_line)
    if gaps and len(out) > 8 and rng.random() < 0.3:
        at = rng.randint(3, len(out) - 3)
        out.insert(at, "")  # a column break inside the text
        art.layout.append("column break")
    return out


def _truth_body(art: Article) -> str:
    parts = []
    for i, para in enumerate(art.paragraphs):
        if i in art.subheads:
            parts.append(art.subheads[i])
        parts.append(para)
    return "".join(parts)


def _caption(rng: random.Random, taken: set[str]) -> list[str]:
    who = _name(rng, taken)
    scene = rng.choice(SCENES)
    return [
        rng.choice(
            [
                f"■图说：{scene}。 {who} 摄",
                f"图为{scene}。　本报记者 {who} 摄",
                f"▲{scene}。（{who} 摄）",
                f"图说：{scene}　记者 {who}/摄",
            ]
        )
    ]


def _advert(rng: random.Random) -> list[str]:
    brand = rng.choice(BRANDS)
    phone = f"0{rng.randint(300, 999)}-{rng.randint(2000000, 8999999)}"
    lines = [rng.choice(["广告", "广　告", "【广告】"]), f"{brand}　{rng.choice(AD_LINES)}"]
    lines.append(f"地址：{rng.choice(ROADS)}{rng.randint(1, 300)}号　电话：{phone}")
    return lines


def _page_head(
    rng: random.Random, paper: str, date: tuple[int, int], year: int, taken: set[str]
) -> list[str]:
    m, d = date
    editor, designer, checker = (_name(rng, taken) for _ in range(3))
    page_no = rng.randint(2, 16)
    section = rng.choice(SECTIONS)
    weekday = WEEKDAYS[rng.randint(0, 6)]
    first = rng.choice(
        [
            f"{paper}　{year}年{m}月{d}日　星期{weekday}",
            f"A{page_no:02d}　{section}　{year}年{m}月{d}日　星期{weekday}",
            f"{year}.{m:02d}.{d:02d}　星期{weekday}　第{page_no}版",
        ]
    )
    second = rng.choice(
        [
            f"责编：{editor}　美编：{designer}　校对：{checker}",
            f"版次：{page_no:02d}　{section}　责任编辑 {editor}　版式设计 {designer}",
            f"编辑 {editor}　组版 {designer}　校对 {checker}",
        ]
    )
    return [first, second] if rng.random() < 0.7 else [second, first]


def _page_foot(rng: random.Random, taken: set[str]) -> list[str]:
    return [
        rng.choice(
            [
                f"新闻热线：0{rng.randint(300, 999)}-{rng.randint(2000000, 8999999)}",
                f"本版编辑：{_name(rng, taken)}　校对：{_name(rng, taken)}",
                "本版图片除署名外均为资料图",
            ]
        )
    ]


def generate_page(seed: int) -> Page:
    """Lay out one page of 2-6 articles from the text half of ``seed``."""
    rng = random.Random(f"pagegen_eleven:{seed}")
    pool = _pools()[half_of_seed(seed)]
    paper, place = rng.choice(PAPERS)
    county = rng.choice(COUNTIES)
    year = rng.randint(2012, 2021)
    date = (rng.randint(1, 12), rng.randint(1, 28))
    full = rng.random() < 0.3
    indent = rng.random() < 0.35
    gaps = rng.random() < 0.5
    head_mode = rng.choices(["attached", "end", "top"], weights=[6, 3, 1])[0]
    taken: set[str] = set()
    n = rng.randint(2, 6)
    texts = rng.sample(pool, n)
    arts: list[Article] = []
    for i, (title, paras) in enumerate(texts):
        paras = list(paras)
        if rng.random() < 0.2 and not re.match(r"(日前|近日|近期|昨日|今年)", paras[0]):
            paras[0] = rng.choice(["近日，", "日前，"]) + paras[0]
        art = Article(title=title, paragraphs=paras)
        if i > 0 and rng.random() < 0.15:
            _column(rng, art, taken)
        else:
            _credit(rng, art, paper, county, date, taken)
            _decks(rng, art, place)
            _subheads(rng, art)
            _box(rng, art)
        arts.append(art)
    if full:
        for art in arts:
            art.title = art.title.translate(_FULL)
            art.paragraphs = [p.translate(_FULL) for p in art.paragraphs]
            art.subheads = {k: v.translate(_FULL) for k, v in art.subheads.items()}
            art.dateline = art.dateline.translate(_FULL)
    lines = [*_page_head(rng, paper, date, year, taken), ""]
    heads = [_headline_lines(rng, a) for a in arts]
    if head_mode == "top":
        for h in heads:
            lines += [*h, ""]
    for art, head in zip(arts, heads, strict=True):
        width = rng.randint(8, 36)
        art.layout.append(f"width {width}")
        if head_mode == "attached":
            lines += head
        lines += [*_body_lines(rng, art, width, indent, gaps), ""]
        if rng.random() < 0.3:
            lines += [*_caption(rng, taken), ""]
        if rng.random() < 0.12:
            lines += [*_advert(rng), ""]
    if head_mode == "end":
        for h in heads:
            lines += [*h, ""]
    if rng.random() < 0.35:
        lines += [*_advert(rng), ""]
    if rng.random() < 0.5:
        lines += [*_page_foot(rng, taken), ""]
    truths = [Truth(a.title, tuple(a.reporters), ", ".join(a.layout), _truth_body(a)) for a in arts]
    params = {"heads": head_mode, "lead": "in place", "digits": "full" if full else "half", "paper": paper}
    return Page(text="\n".join(lines).rstrip("\n") + "\n", truths=truths, params=params)


# --- scoring (as the other generators score) ------------------------------------------


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
        print(pg.text)
        for t in pg.truths:
            print(t.layout, "|", t.title, t.reporters, t.body_nows[:30], "...", t.body_nows[-15:])
