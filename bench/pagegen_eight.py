"""An eighth generator of seed-style newspaper pages, written apart from the normaliser (issue 20).

Written from issue 20's list of variations, the seed page (``tests/data/seed_000.txt``) and its
golden file, taking the module layout (``texts``/``generate_page``/``score_page``/``available``) and
the scoring from ``bench/pagegen_seven.py``. Its author had not read ``crawler/normalize``'s layout
rules or ``tests/pagegen``, but had read the bench notes on deck conventions (sessions 17-19), the
headline assignment (``headlines.headline_scores``/``assign``) and ``pagegen_sogou.draw_decks``;
the deck convention below is the author's own reading of the issue's "one- to three-deck headlines".
Frozen before its first measurement. Every seed (0-99) is a report seed: nobody tunes on it, and
the bench never lists its failures.

Texts: inews dev records (``../shared/data/inews-bdci2019/dev.jsonl``) whose line index is
``% 4 == 3``, a split no generator tunes on, filtered mechanically (a title of 6-28 characters once its
site suffix is cut, a body of 200+ mostly-Chinese characters with three full stops or more, no
URLs or credits of its own in the opening). Never hand-picked.

A page holds 2-5 articles laid out as issue 20 lists:

- column widths 12-30 characters (ASCII counts half), no closing mark at a line start, a blank line
  at each column break (every 14-40 lines, wherever it falls), paragraphs on new lines;
- full-width or half-width digits (half-width with a space either side now and then, as the seed's
  ``3.9 亿元``);
- leads (dateline and first paragraph) displaced to the end or the top of the page, unwrapped or
  set in a wider measure;
- headlines above their article, detached at the end or the top, or interleaved (each group over
  another article's text);
- one to three decks: 引题 over the 主题, 副题 under it (dashed or not); the 主题 of more than 16
  characters is printed over two lines, at its space when it has one (as the seed's);
- bylines in the seed's forms (`` /X Y 报道``, `` /记者 X 报道 Y 摄``) and the issue's variants
  (``本报记者 X``, ``文/X 图/Y``, ``（记者X 通讯员Y）`` after the dateline), or none;
- datelines of other papers and places (``沧江日报临川讯``, ``本报讯``, ``本报汾州3月5日电``).

Truth: the 主题 is ``title`` (the inews title, whitespace aside); 引题 (``kicker``) is the title's
part before a ``，``/``：``/space when the split leaves a short head, else a clause of the first
paragraph; 副题 (``subtitle``) is another clause of the first paragraphs. ``reporters``: 记者 and
unlabelled writers (文/); ``photographers``: 摄 and 图/; ``correspondents``: 通讯员. ``body``:
paragraphs in reading order, no dateline or credit.

Scoring (:func:`score_page`): texts compared after NFKC with whitespace removed. Rebuilt articles
are paired with true ones by character-bag F1 (best pairs first, at least 0.5); an article is right
when its title equals the 主题, its reporters equal the truth's (in order) and its body's
character F1 (bag) is >= 0.98, as issue 20 states it. Rebuilt articles paired with none are
'extra'.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tests.corpora import shared_data_dir

CORPUS = shared_data_dir() / "inews-bdci2019" / "dev.jsonl"
REPORT_SEEDS = range(100)
BODY_F1_MIN = 0.98
PAIR_F1_MIN = 0.5

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙")
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏辉建"
    "文斌宁浩凯婷雪琳晨亮波海燕立新志峰旭东春晓宇欣"
)
PAPERS = (
    ("沧江日报", ("临川", "沧州", "青溪", "白沙")),
    ("北塞晚报", ("承德", "赤峰", "丰宁", "围场")),
    ("东海都市报", ("舟山", "宁海", "象山", "岱山")),
    ("汾河晚报", ("汾州", "介休", "孝义", "平遥")),
    ("岭南商报", ("韶关", "清远", "连州", "英德")),
    ("松花江报", ("吉林", "桦甸", "蛟河", "舒兰")),
    ("大别山日报", ("六安", "霍山", "金寨", "舒城")),
    ("黔北晚报", ("遵义", "桐梓", "湄潭", "赤水")),
)
_SENT_END = "。！？"
_CLOSING = "，。、；：！？）》」』”’,.;:!?)"
_WEB = ("http", "www", ".com", "@", "【", "\ufffd")  # web furniture anywhere in the text
_OWN_CREDIT = ("原标题", "编辑", "来源", "作者", "记者", "通讯员", "讯 ", "日电", "声明")  # in the opening


def _cjk_share(text: str) -> float:
    chars = [c for c in text if not c.isspace()]
    return sum("\u4e00" <= c <= "\u9fff" for c in chars) / len(chars) if chars else 0.0


def available() -> bool:
    """Tell whether the inews dev texts are on this machine."""
    return CORPUS.is_file()


@dataclass(frozen=True)
class Text:
    """One filtered corpus record: its title and its sentences."""

    ident: str
    title: str
    sentences: tuple[str, ...]


def _sentences(content: str) -> list[str]:
    flat = re.sub(r"\s+", "", content.replace("\\n", "\n"))
    return [s for s in re.findall(r"[^。！？]+[。！？]+[”’」』]*", flat) if len(s) >= 6]


def _usable(title: str, content: str) -> tuple[str, tuple[str, ...]] | None:
    title = re.sub(r"\s+", " ", re.split(r"[_|｜]| - ", title)[0]).strip()  # no site suffix
    if re.search(r"[…<>【】\[\]]|\.\.\.", title) or not 6 <= len(title) <= 28:
        return None
    if _cjk_share(title) < 0.7:
        return None
    sentences = _sentences(content)
    joined = "".join(sentences)
    if len(joined) < 200 or len(sentences) < 3 or _cjk_share(joined) < 0.75:
        return None
    if any(j in joined[:80] for j in _OWN_CREDIT) or any(j in joined for j in _WEB):
        return None
    if joined[0] in _CLOSING:
        return None
    return title, tuple(sentences)


@lru_cache(maxsize=1)
def texts() -> tuple[Text, ...]:
    """The records of this generator's split that pass the filter, once per title."""
    out: list[Text] = []
    seen: set[str] = set()
    with CORPUS.open(encoding="utf-8") as lines:
        for index, line in enumerate(lines):
            if index % 4 != 3:
                continue
            record = json.loads(line)
            usable = _usable(record.get("title") or "", record.get("content") or "")
            if usable is None or usable[0] in seen:
                continue
            seen.add(usable[0])
            out.append(Text(str(record.get("id", index)), *usable))
    return tuple(out)


@dataclass(frozen=True)
class TruthArticle:
    """What a reader of the printed page would file for one article."""

    title: str  # 主题
    kicker: str  # 引题, "" when none
    subtitle: str  # 副题, "" when none
    reporters: tuple[str, ...]
    photographers: tuple[str, ...]
    correspondents: tuple[str, ...]
    body: str  # paragraphs in reading order, one a line
    layout: str


@dataclass(frozen=True)
class Page:
    """One generated page and its truth."""

    seed: int
    text: str
    articles: tuple[TruthArticle, ...]
    params: dict[str, str]


def _name(rng: random.Random, taken: set[str]) -> str:
    while True:
        surname = rng.choice(COMPOUND) if rng.random() < 0.1 else rng.choice(SURNAMES)
        given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        if surname + given not in taken:
            taken.add(surname + given)
            return surname + given


def _width(ch: str) -> float:
    return 0.5 if ch.isascii() else 1.0


def _wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` cells; a closing mark stays on the line before."""
    lines: list[str] = []
    line, cells = "", 0.0
    for ch in text:
        if cells + _width(ch) > width and line and ch not in _CLOSING:
            lines.append(line)
            line, cells = "", 0.0
        line += ch
        cells += _width(ch)
    if line:
        lines.append(line)
    return lines


def _digits(text: str, full: bool, spaced: bool) -> str:
    if full:
        return re.sub(r"[0-9]", lambda m: chr(ord(m.group(0)) + 0xFEE0), text)
    text = re.sub(r"[０-９]", lambda m: chr(ord(m.group(0)) - 0xFEE0), text)
    if spaced:
        text = re.sub(r"(?<=[\u4e00-\u9fff])([0-9][0-9.]*)(?=[\u4e00-\u9fff])", r" \1 ", text)
    return text


def _clauses(sentences: tuple[str, ...]) -> list[str]:
    out = []
    for sentence in sentences[:3]:
        for clause in re.split(r"[，。！？；：、]", sentence):
            clause = clause.strip('“”‘’"（）()《》')
            if 6 <= len(clause) <= 18 and not re.search(r"[“”（）《》()]", clause):
                out.append(clause)
    return out


def _decks(rng: random.Random, title: str, sentences: tuple[str, ...]) -> tuple[str, str, str]:
    """(引题, 主题, 副题) for one article."""
    count = rng.choices((1, 2, 3), (0.5, 0.3, 0.2))[0]
    clauses = [c for c in _clauses(sentences) if c not in title]
    kicker = subtitle = ""
    main = title
    want_kicker = count == 3 or (count == 2 and rng.random() < 0.5)
    want_subtitle = count == 3 or (count == 2 and not want_kicker)
    if want_kicker:
        head = re.match(r"^(.{3,10}?)[，：:,　 ](.{6,})$", title)
        if head and rng.random() < 0.6:
            kicker, main = head.group(1), head.group(2)
        elif clauses:
            kicker = clauses.pop(rng.randrange(len(clauses)))
    if want_subtitle and clauses:
        subtitle = clauses.pop(rng.randrange(len(clauses)))
    return kicker, main, subtitle


def _main_lines(main: str) -> list[str]:
    if len(main) <= 16:
        return [main]
    if " " in main:
        first, _, rest = main.partition(" ")
        if first and rest:
            return [first, rest]
    half = (len(main) + 1) // 2
    while half < len(main) and main[half] in _CLOSING:
        half += 1
    return [main[:half], main[half:]] if half < len(main) else [main]


def _credit(rng: random.Random, taken: set[str]) -> tuple[str, dict[str, tuple[str, ...]]]:
    """A byline form and its names: (form, {reporters, photographers, correspondents})."""
    form = rng.choice(("seed-two", "seed-photo", "own-line", "wen-tu", "bracket", "none"))
    a, b = _name(rng, taken), _name(rng, taken)
    names = {"reporters": (), "photographers": (), "correspondents": ()}
    if form == "seed-two":
        names["reporters"] = (a, b)
    elif form == "seed-photo":
        names["reporters"], names["photographers"] = (a,), (b,)
    elif form in ("own-line", "none"):
        names["reporters"] = (a,) if form == "own-line" else ()
    elif form == "wen-tu":
        names["reporters"], names["photographers"] = (a,), (b,)
    else:
        names["reporters"], names["correspondents"] = (a,), (b,)
    return form, names


def _credit_text(form: str, names: dict[str, tuple[str, ...]]) -> tuple[str, str, str]:
    """(line above the text, bracket after the dateline, tail after the last sentence)."""
    r, p, c = names["reporters"], names["photographers"], names["correspondents"]
    if form == "seed-two":
        return "", "", f" /{r[0]} {r[1]} 报道"
    if form == "seed-photo":
        return "", "", f" /记者 {r[0]} 报道 {p[0]} 摄"
    if form == "own-line":
        return f"本报记者 {r[0]}", "", ""
    if form == "wen-tu":
        return f"文/{r[0]} 图/{p[0]}", "", ""
    if form == "bracket":
        return "", f"（记者{r[0]} 通讯员{c[0]}）", ""
    return "", "", ""


def _dateline(rng: random.Random, paper: str, place: str) -> str:
    return rng.choice(
        (
            f"{paper}{place}讯",
            "本报讯",
            f"本报{place}{rng.randint(1, 12)}月{rng.randint(1, 28)}日电",
            f"{paper}讯",
        )
    )


@dataclass
class _Laid:
    head: list[str]
    lead: list[str]  # displaced lead lines, empty when in place
    body: list[str]
    truth: TruthArticle


def _article(
    rng: random.Random, text: Text, paper: str, place: str, width: int, style: dict[str, Any], displaced: bool
) -> _Laid:
    target = rng.randint(200, 900)
    sentences: list[str] = []
    for sentence in text.sentences:
        if sentences and sum(map(len, sentences)) >= target:
            break
        sentences.append(sentence)
    paragraphs: list[str] = []
    i = 0
    while i < len(sentences):
        k = rng.choice((1, 2, 2, 3))
        paragraphs.append("".join(sentences[i : i + k]))
        i += k
    full, spaced = style["full"], style["spaced"]
    paragraphs = [_digits(p, full, spaced and rng.random() < 0.5) for p in paragraphs]
    kicker, main, subtitle = _decks(rng, text.title, tuple(sentences))
    kicker, main, subtitle = (_digits(x, full, False) for x in (kicker, main, subtitle))
    head = ([kicker] if kicker else []) + _main_lines(main)
    if subtitle:
        head.append(("——" if rng.random() < 0.5 else "") + subtitle)
    form, names = _credit(rng, style["taken"])
    above, bracket, tail = _credit_text(form, names)
    dateline = _dateline(rng, paper, place) if rng.random() < 0.9 or displaced else ""
    first = f"{dateline}{bracket} {paragraphs[0]}" if dateline else paragraphs[0]
    rest = paragraphs[1:]
    if tail:
        if rest:
            rest = [*rest[:-1], rest[-1] + tail]
        else:
            first += tail
    body_lines: list[str] = [above] if above else []
    lead_lines: list[str] = []
    if displaced and rest:
        lead_lines = [first] if rng.random() < 0.5 else _wrap(first, min(40, width + rng.randint(6, 14)))
    else:
        body_lines += _wrap(first, width)
        if not rest and displaced:
            displaced = False
    for paragraph in rest:
        body_lines += _wrap(paragraph, width)
    height = rng.randint(14, 40)
    broken: list[str] = []
    for n, line in enumerate(body_lines):
        if n and n % height == 0:
            broken.append("")
        broken.append(line)
    where = "displaced" if lead_lines else "in place"
    truth = TruthArticle(
        title=main,
        kicker=kicker,
        subtitle=subtitle,
        reporters=names["reporters"],
        photographers=names["photographers"],
        correspondents=names["correspondents"],
        body="\n".join(paragraphs),
        layout=f"{form}, {len(head)} head line(s), width {width}, lead {where}",
    )
    return _Laid(head, lead_lines, broken, truth)


def generate_page(seed: int) -> Page:
    """One page of 2-5 articles, deterministic in ``seed``."""
    rng = random.Random(f"pagegen_eight-{seed}")
    pool = texts()
    chosen = rng.sample(pool, rng.randint(2, 5))
    paper, places = rng.choice(PAPERS)
    width = rng.randint(12, 30)
    style = {"full": rng.random() < 0.4, "spaced": rng.random() < 0.5, "taken": set()}
    lead_where = rng.choice(("none", "none", "end", "top"))
    heads_where = rng.choice(("above", "above", "top", "end", "interleaved"))
    laid = [
        _article(rng, t, paper, rng.choice(places), width, style, lead_where != "none" and rng.random() < 0.6)
        for t in chosen
    ]
    blocks: list[list[str]] = []
    leads = [a.lead for a in laid if a.lead]
    if lead_where == "top":
        blocks += leads
    heads = [a.head for a in laid]
    if heads_where == "top":
        blocks += heads
    order = list(range(len(laid)))
    if heads_where == "interleaved":
        shifted = order[1:] + order[:1]
        for i in order:
            blocks += [heads[shifted[i]], laid[i].body]
    else:
        for i in order:
            if heads_where == "above":
                blocks.append(heads[i])
            blocks.append(laid[i].body)
    if heads_where == "end":
        end = heads[:]
        if rng.random() < 0.5:
            rng.shuffle(end)
        blocks += end
    if lead_where == "end":
        blocks += leads
    text = "\n\n".join("\n".join(b) for b in blocks) + "\n"
    params = {
        "heads": heads_where,
        "lead": lead_where,
        "width": str(width),
        "digits": "full" if style["full"] else "half",
    }
    return Page(seed, text, tuple(a.truth for a in laid), params)


def norm(text: str) -> str:
    """NFKC, whitespace removed."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def bag_f1(got: str, want: str) -> float:
    """Character-bag F1 of two normalised strings."""
    if not got or not want:
        return 0.0
    common = sum((Counter(got) & Counter(want)).values())
    if not common:
        return 0.0
    p, r = common / len(got), common / len(want)
    return 2 * p * r / (p + r)


@dataclass
class Score:
    """How one true article was rebuilt."""

    truth: TruthArticle
    got: Any = None
    body_f1: float = 0.0
    title_ok: bool = False
    reporters_ok: bool = False

    @property
    def right(self) -> bool:
        return self.got is not None and self.title_ok and self.reporters_ok and self.body_f1 >= BODY_F1_MIN

    def why(self) -> str:
        if self.got is None:
            return "no article"
        out = []
        if not self.title_ok:
            out.append(f"title {self.got.title!r}")
        if not self.reporters_ok:
            out.append(f"reporters {self.got.reporters} != {list(self.truth.reporters)}")
        if self.body_f1 < BODY_F1_MIN:
            out.append(f"body F1 {self.body_f1:.3f}")
        return "; ".join(out)


def score_page(page: Page, rebuilt: list[Any]) -> tuple[list[Score], int]:
    """Pair rebuilt articles with true ones; score each true one; count rebuilt ones paired with none."""
    want = [norm(t.body) for t in page.articles]
    got = [norm("".join(a.paragraphs)) for a in rebuilt]
    pairs = sorted(
        ((bag_f1(g, w), gi, wi) for gi, g in enumerate(got) for wi, w in enumerate(want)), reverse=True
    )
    paired: dict[int, int] = {}
    used: set[int] = set()
    for f1, gi, wi in pairs:
        if f1 < PAIR_F1_MIN:
            break
        if gi in used or wi in paired:
            continue
        paired[wi] = gi
        used.add(gi)
    scores: list[Score] = []
    for wi, truth in enumerate(page.articles):
        if wi not in paired:
            scores.append(Score(truth))
            continue
        article = rebuilt[paired[wi]]
        scores.append(
            Score(
                truth,
                article,
                body_f1=bag_f1(got[paired[wi]], want[wi]),
                title_ok=norm(article.title) == norm(truth.title),
                reporters_ok=[norm(r) for r in article.reporters] == [norm(r) for r in truth.reporters],
            )
        )
    return scores, len(rebuilt) - len(used)
