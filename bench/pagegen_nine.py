"""A ninth generator of seed-style newspaper pages, written apart from the normaliser (issue 20).

Written from issue 20's list of variations and the seed page (``tests/data/seed_000.txt``) only,
before its author read ``crawler/normalize`` or the older generators (their module layout and
scoring are reused: pages and truth are ``bench.pagegen_eight``'s ``Page``/``TruthArticle`` and
``score_page`` scores them). Frozen before its first measurement.

Texts: inews dev records (``../shared/data/inews-bdci2019/dev.jsonl``), kept or dropped by
mechanical filters only (title 6-30 characters without a site suffix, mostly Chinese text, no web
furniture, no dateline or credit of its own in the opening, no traditional characters). Tune pages
(seeds 0-49) use records with line index % 4 in (0, 1); report pages (seeds 50-99) use records with
index % 4 == 3, which no generator's tune half uses.

Each page lays 2-5 articles out as the text layer of a regional paper's PDF:

- column widths 12-30 cells per article, blank lines at column breaks, paragraphs joined by a new
  line, a blank line or a full-width indent, stray spaces after punctuation and around figures,
  full- or half-width digits;
- datelines of other papers and places (本报讯, 本报X讯, X日报X讯, 本报X月X日讯, 新华社X月X日电,
  中新网X月X日电) or none;
- credits: ``/记者 X 报道``, ``/X Y 报道``, ``/记者 X 报道 Y 摄``, ``/X 记者 Y 报道 摄`` (the seed's),
  ``（记者X 通讯员Y、Z）`` after the dateline, ``本报记者 X 实习生 Y`` or ``记者 X 通讯员 Y`` on a
  line above the text, ``文/X 图/Y`` above or below it, ``（本报记者 X）`` closing it, or none;
- one to three decks (引题 / 主题 / 副题, the 副题 dashed or not), the 主题 the record's title (its
  commas printed as spaces on some pages), wrapped on two lines when long; headlines above their
  article, heaped at the top or at the end of the page, or interleaved between other articles;
- a lead (dateline and first paragraph or two) displaced to the end of the page or to its top,
  printed in a wider measure; subheads inside long articles (part of the body);
- page furniture (``第A03版：要闻``, the date, ``责任编辑：X``) and photo captions (``图为…``), which
  belong to no article.

Truth: the 主题 (whitespace aside), reporters (实习生/通讯员 are correspondents), the body in reading
order without dateline and credits, subheads included.
"""

from __future__ import annotations

import json
import random
import re
from functools import lru_cache
from typing import Any

from bench.pagegen_eight import BODY_F1_MIN, Page, Score, TruthArticle, bag_f1, norm
from bench.pagegen_eight import score_page as _score_page
from tests.corpora import shared_data_dir

__all__ = ["BODY_F1_MIN", "CORPUS", "Page", "Score", "TruthArticle", "bag_f1", "norm"]

CORPUS = shared_data_dir() / "inews-bdci2019" / "dev.jsonl"
TUNE_SEEDS = range(50)
REPORT_SEEDS = range(50, 100)

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
    "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯"
    "龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "夏侯", "长孙", "宇文")
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文斌宇浩凯健俊"
    "帆晨阳佳欣怡婷雪琳晓峰波海龙飞东亮林鑫瑞琪雯颖楠博源宏彬松柏"
)
PLACES = tuple(
    (
        "长春 吉林 四平 延边 白山 松原 通化 辽源 沈阳 大连 鞍山 锦州 哈尔滨 "
        "齐齐哈尔 牡丹江 石家庄 保定 邯郸 太原 大同 郑州 洛阳 南阳 武汉 宜昌 "
        "襄阳 长沙 株洲 衡阳 南昌 赣州 合肥 芜湖 杭州 宁波 温州 福州 厦门 "
        "泉州 广州 佛山 南宁 柳州 昆明 曲靖 贵阳 遵义 成都 绵阳 兰州 天水 "
        "西宁 银川 乌鲁木齐 呼和浩特 包头 济南 青岛 "
    ).split()
)
PAPERS = tuple(
    (
        "江城日报 北方晨报 都市时报 城市商报 新文化报 半岛晨报 滨海日报 长江晚报 "
        "燕赵都市报 三湘都市报 华西日报 西部商报 南国早报 东南快报 齐鲁晚报 大河报 "
    ).split()
)
SECTIONS = ("要闻", "综合新闻", "地方新闻", "社会", "民生", "经济", "城事", "区县新闻", "文化", "教育")
WEEKDAYS = "一二三四五六日"

_SENT_END = "。！？"
_TRADITIONAL = set("這們說國來時對會為與東發個還後經現點關學開問進體實長門無過於將麼區處應")
_WEB = ("http", "www", ".com", "@", "【", "】", "\ufffd", "□", "■", "▲", "图为", "摄")
_OWN_CREDIT = ("本报", "记者", "通讯员", "讯", "日电", "编辑", "原标题", "来源", "作者", "文/", "图/")
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")


class Text:
    """One usable inews record: its title and its sentences."""

    def __init__(self, ident: str, title: str, sentences: tuple[str, ...]) -> None:
        self.ident = ident
        self.title = title
        self.sentences = sentences


def available() -> bool:
    """Whether the inews dev texts are on this machine."""
    return CORPUS.is_file()


def _cjk_share(text: str) -> float:
    if not text:
        return 0.0
    return sum("\u4e00" <= ch <= "\u9fff" for ch in text) / len(text)


def _sentences(content: str) -> list[str]:
    return [s.strip() for s in re.findall(r"[^。！？]*[。！？]+[”’」』）]?", content) if s.strip()]


def _usable(title: str, content: str) -> tuple[str, tuple[str, ...]] | None:
    title = title.strip()
    if not 6 <= len(title) <= 30 or any(ch in title for ch in "_|-—<>《》()（）【】[]#/"):
        return None
    if _cjk_share(title) < 0.6 or any(ch in _TRADITIONAL for ch in title + content):
        return None
    content = content.replace("\u3000", "").replace("\r", "")
    if any(w in content for w in _WEB) or _cjk_share(content) < 0.7:
        return None
    if any(w in content[:60] for w in _OWN_CREDIT):
        return None
    sentences = []
    for line in content.split("\n"):
        sentences.extend(s.replace(" ", "") for s in _sentences(line.strip()))
    total = 0
    kept: list[str] = []
    for sentence in sentences:
        if total >= 700 or "\\" in sentence or _cjk_share(sentence) < 0.6:
            break  # the text ends at web debris (a literal '\n', a run of figures or Latin)
        if not 8 <= len(sentence) <= 160:
            continue
        kept.append(sentence)
        total += len(sentence)
    if total < 150 or len(kept) < 3:
        return None
    return title, tuple(kept)


@lru_cache(maxsize=2)
def texts(split: str = "tune") -> tuple[Text, ...]:
    """The usable records of one split (tune: index % 4 in (0, 1); report: index % 4 == 3)."""
    wanted = (0, 1) if split == "tune" else (3,)
    out: list[Text] = []
    seen: set[str] = set()
    with CORPUS.open(encoding="utf-8") as handle:
        for index, line in enumerate(handle):
            if index % 4 not in wanted:
                continue
            record = json.loads(line)
            usable = _usable(str(record.get("title") or ""), str(record.get("content") or ""))
            if usable is None or usable[0] in seen:
                continue
            seen.add(usable[0])
            out.append(Text(str(record["id"]), *usable))
    return tuple(out)


def _name(rng: random.Random, taken: set[str]) -> str:
    while True:
        surname = rng.choice(COMPOUND) if rng.random() < 0.08 else rng.choice(SURNAMES)
        given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2, 2))))
        name = surname + given
        if name not in taken:
            taken.add(name)
            return name


def _cells(ch: str) -> float:
    return 0.5 if ord(ch) < 0x2000 else 1.0


def _wrap(text: str, width: int) -> list[str]:
    """Cut ``text`` into lines of ``width`` cells, the PDF way: anywhere, a closing mark kept on its line."""
    lines: list[str] = []
    line, used = "", 0.0
    for ch in text:
        if used + _cells(ch) > width and line and ch not in "，。、；：！？”’）》":
            lines.append(line)
            line, used = "", 0.0
        line += ch
        used += _cells(ch)
    if line:
        lines.append(line)
    return lines


def _print_digits(text: str, full: bool, spaced: bool, rng: random.Random) -> str:
    if spaced:
        text = re.sub(r"\d+(?:\.\d+)?", lambda m: f" {m.group()} " if rng.random() < 0.5 else m.group(), text)
        text = re.sub(r" +", " ", text)
    return text.translate(_FULL) if full else text


def _clause(rng: random.Random, sentences: tuple[str, ...], low: int, high: int) -> str:
    """A clause of the text between punctuation, ``low``-``high`` characters, or ''."""
    clauses = [c for s in sentences for c in re.split(r"[，。！？；：“”‘’《》（）]", s)]
    fits = [c for c in clauses if low <= len(c) <= high and _cjk_share(c) > 0.8]
    return rng.choice(fits) if fits else ""


def _headline_text(title: str, spaced: bool) -> str:
    if spaced:
        title = re.sub(r"[，,：:；;]\s*", " ", title).strip()
    return title


def _title_lines(title: str, rng: random.Random) -> list[str]:
    """The 主题 on one line or two (at a space near the middle, else in the middle)."""
    if len(title) <= 13 or rng.random() < 0.3:
        return [title]
    middle = len(title) // 2
    spaces = [i for i, ch in enumerate(title) if ch == " "]
    if spaces:
        cut = min(spaces, key=lambda i: abs(i - middle))
        return [title[:cut], title[cut + 1 :]]
    cut = middle + rng.randint(-2, 2)
    return [title[:cut], title[cut:]]


def _dateline(rng: random.Random, paper: str, place: str) -> tuple[str, str]:
    """(dateline, kind) — kind 'paper' for the paper's own, 'wire' for an agency's."""
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    forms = [
        ("本报讯", "paper"),
        (f"本报{place}讯", "paper"),
        (f"{paper}{place}讯", "paper"),
        (f"本报{month}月{day}日讯", "paper"),
        (f"新华社{place}{month}月{day}日电", "wire"),
        (f"中新网{place}{month}月{day}日电", "wire"),
    ]
    return rng.choice(forms)


def _credit(
    rng: random.Random, taken: set[str], wire: bool
) -> tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(where, printed, reporters, photographers, correspondents); where is 'tail', 'paren', 'head', ''."""
    one, two, three = (_name(rng, taken) for _ in range(3))
    if wire:
        kind = rng.choice(("wire1", "wire2", "none"))
    else:
        kind = rng.choice(
            (
                "slash1",
                "slash2",
                "slash_photo",
                "slash_both",
                "paren_corr",
                "paren1",
                "head_intern",
                "head_corr",
                "wen_tu_head",
                "wen_tu_tail",
                "tail_paren",
                "none",
            )
        )
    if kind == "wire1":
        return "paren", f"（记者{one}）", (one,), (), ()
    if kind == "wire2":
        return "paren", f"（记者{one}、{two}）", (one, two), (), ()
    if kind == "slash1":
        return "tail", f"/记者 {one} 报道", (one,), (), ()
    if kind == "slash2":
        return "tail", f"/{one} {two} 报道", (one, two), (), ()
    if kind == "slash_photo":
        return "tail", f"/记者 {one} 报道 {two} 摄", (one,), (two,), ()
    if kind == "slash_both":
        return "tail", f"/{one} 记者 {two} 报道 摄", (one, two), (one, two), ()
    if kind == "paren_corr":
        corr = (two, three) if rng.random() < 0.5 else (two,)
        return "paren", f"（记者{one} 通讯员{'、'.join(corr)}）", (one,), (), corr
    if kind == "paren1":
        return "paren", f"（记者 {one}）", (one,), (), ()
    if kind == "head_intern":
        return "head", f"本报记者 {one} 实习生 {two}", (one,), (), (two,)
    if kind == "head_corr":
        return "head", f"记者 {one} 通讯员 {two}", (one,), (), (two,)
    if kind == "wen_tu_head":
        return "head", f"文/{one} 图/{two}", (one,), (two,), ()
    if kind == "wen_tu_tail":
        return "tail_line", f"文/{one} 图/{two}", (one,), (two,), ()
    if kind == "tail_paren":
        return "tail_close", f"（本报记者 {one}）", (one,), (), ()
    return "", "", (), (), ()


def _paragraphs(rng: random.Random, sentences: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(sentences):
        n = rng.randint(1, 4)
        out.append("".join(sentences[i : i + n]))
        i += n
    return out


class _Laid:
    """One article cut into printable blocks."""

    def __init__(self) -> None:
        self.heads: list[str] = []  # deck lines, top to bottom
        self.lead: list[str] = []  # dateline + first paragraph(s) lines, when displaced
        self.body: list[str] = []  # the rest, in print
        self.truth: TruthArticle | None = None


def _layout_paragraphs(
    rng: random.Random, paragraphs: list[str], width: int, join: str, column: int, printing: Any
) -> list[str]:
    lines: list[str] = []
    for k, paragraph in enumerate(paragraphs):
        text = printing(paragraph)
        indent = "\u3000\u3000" if join == "indent" else ""
        wrapped = _wrap(indent + text, width)
        if k and join == "blank":
            lines.append("")
        lines.extend(wrapped)
    # blank lines at column breaks
    out: list[str] = []
    for n, line in enumerate(lines, 1):
        out.append(line)
        if n % column == 0 and n != len(lines) and line:
            out.append("")
    return out


def _article(rng: random.Random, text: Text, taken: set[str], page: dict[str, Any], displaced: str) -> _Laid:
    laid = _Laid()
    paper, place = page["paper"], rng.choice(PLACES)
    width = rng.randint(12, 30)
    column = rng.randint(12, 40)
    join = rng.choice(("newline", "blank", "indent", "newline"))

    def printing(s: str) -> str:
        s = _print_digits(s, page["full"], page["spaced"], rng)
        if page["stray"]:
            s = re.sub(r"([。，、])", lambda m: m.group() + (" " if rng.random() < 0.08 else ""), s)
        return s

    # decks
    title = _headline_text(text.title, page["comma_space"])
    kicker = _clause(rng, text.sentences[:2], 6, 14) if rng.random() < 0.25 else ""
    subtitle = _clause(rng, text.sentences[:3], 8, 22) if rng.random() < 0.3 else ""
    if subtitle == kicker:
        subtitle = ""
    heads: list[str] = []
    if kicker:
        heads.append(kicker)
    heads.extend(_title_lines(title, rng))
    if subtitle:
        heads.append(("——" if rng.random() < 0.5 else "") + subtitle)
    laid.heads = [printing(h) if page["full"] else h for h in heads]

    # body with subheads
    paragraphs = _paragraphs(rng, text.sentences)
    body_truth = list(paragraphs)
    if len(paragraphs) >= 4 and rng.random() < 0.2:
        for k in range(len(paragraphs) - 1, 0, -2):
            sub = _clause(rng, (paragraphs[k],), 5, 12)
            if sub:
                body_truth.insert(k, sub)
    # credits and dateline
    has_dateline = rng.random() < 0.8
    dateline, kind = _dateline(rng, paper, place) if has_dateline else ("", "paper")
    where, credit, reporters, photographers, correspondents = _credit(rng, taken, kind == "wire")
    if where == "paren" and not dateline:
        dateline, kind = ("本报讯", "paper")
    opening = dateline + (credit if where == "paren" else "")
    first = body_truth[0]
    printed_paras = list(body_truth)
    if opening:
        printed_paras[0] = opening + (" " if rng.random() < 0.6 else "") + first
    if where == "tail_close":
        printed_paras[-1] = printed_paras[-1] + credit

    head_line = [credit] if where == "head" else []
    tail_lines: list[str] = []
    if where == "tail_line":
        tail_lines = [credit]

    n_lead = 0
    if displaced:
        n_lead = 1 if len(printed_paras) < 4 or rng.random() < 0.6 else 2
        n_lead = min(n_lead, len(printed_paras) - 1)
    lead_paras, rest = printed_paras[:n_lead], printed_paras[n_lead:]
    body_lines = _layout_paragraphs(rng, rest, width, join, column, printing)
    if where == "tail":
        if rng.random() < 0.75:
            body_lines[-1] += " " + credit
        else:
            body_lines.append(credit)
    if lead_paras:
        lead_width = rng.choice((width + 8, 34, 40, 999))
        laid.lead = head_line + _layout_paragraphs(rng, lead_paras, lead_width, join, 999, printing)
        laid.body = body_lines + tail_lines
    else:
        laid.body = head_line + body_lines + tail_lines
    layout = (
        f"width {width}, {join}, decks {'K' if kicker else ''}T{'S' if subtitle else ''}, "
        f"credit {where or 'none'}, dateline {'yes' if dateline else 'no'}, lead {displaced or 'in place'}"
    )
    laid.truth = TruthArticle(
        title=title,
        kicker=kicker,
        subtitle=subtitle,
        reporters=reporters,
        photographers=photographers,
        correspondents=correspondents,
        body="\n".join(body_truth),
        layout=layout,
    )
    return laid


def _caption(rng: random.Random, text: Text, taken: set[str]) -> list[str]:
    clause = _clause(rng, text.sentences, 6, 18) or "活动现场"
    name = _name(rng, taken)
    form = rng.choice(
        (f"图为{clause}。 {name} 摄", f"图为{clause}。 记者 {name} 摄", f"▲{clause}。 {name}/摄")
    )
    return _wrap(form, rng.randint(14, 30))


def _furniture(rng: random.Random, taken: set[str]) -> tuple[list[str], list[str]]:
    top: list[str] = []
    bottom: list[str] = []
    year, month, day = rng.randint(2008, 2020), rng.randint(1, 12), rng.randint(1, 28)
    page_no = f"A{rng.randint(1, 16):02d}"
    section = rng.choice(SECTIONS)
    if rng.random() < 0.5:
        top.append(
            rng.choice(
                (f"第{page_no}版：{section}", f"{page_no} {section}", f"第{rng.randint(2, 12)}版 {section}")
            )
        )
        if rng.random() < 0.5:
            top.append(f"{year}年{month}月{day}日 星期{rng.choice(WEEKDAYS)}")
    if rng.random() < 0.5:
        editor = f"责任编辑：{_name(rng, taken)}"
        if rng.random() < 0.5:
            editor += f" 美术编辑：{_name(rng, taken)}"
        (bottom if rng.random() < 0.6 else top).append(editor)
    return top, bottom


def generate_page(seed: int) -> Page:
    """The page of ``seed``: seeds 0-49 from tune texts, 50-99 (and above) from report texts."""
    rng = random.Random(f"pagegen_nine:{seed}")
    pool = texts("tune" if seed < 50 else "report")
    count = rng.randint(2, 5)
    chosen = rng.sample(pool, count)
    taken: set[str] = set()
    page_params: dict[str, Any] = {
        "paper": rng.choice(PAPERS),
        "full": rng.random() < 0.3,
        "spaced": rng.random() < 0.4,
        "stray": rng.random() < 0.4,
        "comma_space": rng.random() < 0.5,
    }
    heads_mode = rng.choice(("above", "above", "top", "end", "end", "interleaved"))
    lead_mode = rng.choice(("", "", "end", "top"))
    displaced_index = 0 if rng.random() < 0.7 else rng.randrange(count)
    laid = [
        _article(rng, text, taken, page_params, lead_mode if i == displaced_index else "")
        for i, text in enumerate(chosen)
    ]
    blocks: list[list[str]] = []
    leads = [a.lead for a in laid if a.lead]
    if heads_mode == "above":
        for article in laid:
            blocks.append(article.heads + article.body)
    else:
        blocks = [list(a.body) for a in laid]
    if heads_mode == "interleaved":
        # each headline group stands at a block boundary of its own choosing, not above its article
        groups = [a.heads for a in laid]
        order = list(range(len(blocks) + 1))
        spots = [rng.choice(order) for _ in groups]
        merged: list[list[str]] = []
        for k in range(len(blocks) + 1):
            for g, spot in enumerate(spots):
                if spot == k:
                    merged.append(groups[g])
            if k < len(blocks):
                merged.append(blocks[k])
        blocks = merged
    heap = [a.heads for a in laid]
    rng.shuffle(heap)
    captions: list[list[str]] = []
    if rng.random() < 0.35:
        for _ in range(rng.randint(1, 2)):
            captions.append(_caption(rng, rng.choice(chosen), taken))
    top, bottom = _furniture(rng, taken)
    out: list[list[str]] = []
    if top:
        out.append(top)
    if lead_mode == "top":
        out.extend(leads)
    if heads_mode == "top":
        out.extend(heap)
    for block in blocks:
        out.append(block)
        if captions and rng.random() < 0.3:
            out.append(captions.pop())
    if lead_mode == "end":
        out.extend(leads)
    if heads_mode == "end":
        out.extend(heap)
    out.extend(captions)
    if bottom:
        out.append(bottom)
    text = "\n\n".join("\n".join(block) for block in out) + "\n"
    params = {
        "heads": heads_mode,
        "lead": lead_mode or "in place",
        "digits": "full" if page_params["full"] else "half",
        "texts": ",".join(t.ident for t in chosen),
    }
    return Page(seed, text, tuple(a.truth for a in laid if a.truth is not None), params)


def score_page(page: Page, rebuilt: list[Any]) -> tuple[list[Score], int]:
    """Score with ``bench.pagegen_eight``'s rule: pair by body character-F1, then title/reporters/body."""
    return _score_page(page, rebuilt)
