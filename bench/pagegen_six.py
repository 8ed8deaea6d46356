"""A sixth generator of seed-style newspaper pages, written apart from the page normaliser.

Written from issue 20, the seed page (``../shared/seeds/000_*.txt``) and its golden file,
``design.md``, the corpora's SOURCE.md files and the parts of ``bench/normalize_bench.py``
that plug a generator in. Its author read neither ``crawler/normalize`` nor the other
generators (``bench/pagegen_*.py``, ``tests/pagegen``) nor their tests (only the lines that
say which records they take, so as to take others), and it was frozen (committed) before the
normaliser was first run on its pages.

What a page varies (``Page.params`` names the page-level choices):

- 2-5 articles; each set in its own column width (12-30 characters, ASCII half a column);
  paragraph starts shown by a shorter first line (the seed), two full-width spaces or two
  spaces; blank lines at column breaks (every 7-28 lines, mid-sentence or not);
- headlines (``heads``): above their article, all at the end or the top of the page (same,
  reversed or shuffled order), interleaved (each at another article's boundary or inside
  another article's column break), or mixed; one to three decks (引题 / 主题 / 副题); the
  主题 on one or two lines; a 副题 sometimes opened by a dash;
- leads (``lead``): the dateline and first paragraph(s) of the main article (and of others
  at times) set wide at the end or the top of the page;
- credits in regional papers' forms: the seed's ``/X Y 报道`` and ``/记者 X 报道 Y 摄``,
  ``本报讯（记者 X 通讯员 Y、Z）``, ``本报11月5日讯``, ``（记者 X）`` closing a text, a line
  ``□本报记者 X`` / ``■ 文/X 图/Y`` above it, ``新华社南宁3月5日电（记者 X）`` wires with
  ``（完）``, datelines of a dozen papers and their counties, or no credit at all;
  compound surnames, 2-4 character names, a space inside two-character names;
- half-width or full-width digits, stray spaces after punctuation and around numbers;
- furniture: running heads (paper, date, page, section), 责编/校对 lines, folios, news
  hotlines, weather boxes and small ads at the top, the foot or between articles.

Truth per article: the title (主题, whitespace aside), 引题 and 副题, reporters (记者 and
names with no role, in print order), photographers, correspondents (通讯员) and the body
(paragraphs in reading order, dateline, credits and ``（完）`` taken out).

Texts: inews dev (``../shared/data/inews-bdci2019/dev.jsonl``), records whose line index
% 4 == 0 for the tune split (seeds 0-49, and any seed whose ``seed // 50`` is even), % 4 == 2
for the report split (seeds 50-99, odd blocks). gen4 takes train, gen5 dev % 4 in {1, 3},
pagegen_sogou the Sogou files; the even dev lines are also the texts of pagegen_alt's tune
pages and ``tests/pagegen`` draws its report pages from all of dev. Records are cleaned
mechanically (boilerplate paragraphs and closing credits dropped, records with credits or
datelines of their own left out, long paragraphs split at sentence ends, texts cut to 1,600
characters at a paragraph end) and chosen per page by a seeded hash, never by hand.

Scoring (:func:`score_page`): rebuilt articles are paired with true ones by body overlap; an
article is right when its title equals the 主题 and its reporters the truth's (after NFKC,
whitespace aside) and its body character-F1 (in order, whitespace aside) is at least 0.98.
"""

from __future__ import annotations

import datetime
import hashlib
import itertools
import json
import random
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache
from typing import Protocol

from tests.corpora import shared_data_dir

CORPUS = shared_data_dir() / "inews-bdci2019" / "dev.jsonl"
BODY_F1_MIN = 0.98
BLOCK = 50  # seeds 0-49 tune, 50-99 report, 100-149 tune, ...
MAX_BODY = 1600

# ---------------------------------------------------------------------------------------------
# Texts


@dataclass(frozen=True)
class Record:
    """One usable inews dev record: its line index, cleaned title and paragraphs."""

    index: int
    title: str
    paragraphs: tuple[str, ...]


_HAN = re.compile(r"[\u4e00-\u9fff]")
_BOILER = re.compile(
    r"原标题|返回搜狐|责任编辑|来源[:：]|微信|公众号|二维码|点击|http|www|\.com|声明|转载|关注|"
    r"编辑[:：]|图片来自|资料图|供图|摄影|图源|扫码|下载|APP|app|广告|本文来自|仅代表|更多|>>|"
    r"end|侵权|本网站|自媒体|@|综合自|[审校制签]\s*[核对作发]\s*[:：]|^[\d\W_]+$|保存到相册|上传$|"
    r"为您推荐|\||本主题由|版主|\["
)
# Credits, datelines or forum talk of the record's own: the truth could not say whose they are.
_OWN_CREDITS = re.compile(
    r"讯[ 　:：]|(体育|汽车|财经|科技|娱乐|新闻|[报社台网])讯|"
    r"讯[（(]|电[（(]|日电|通讯员|文/|图/|文／|图／|本报|报道[）)]|"
    r"记者[^从了获看在注发采来询走联致调随就向昨今近日现留实观拨见问对跟与也还又一们介表查提算得同所前等的和将曾多，。、；！？会仍说及第探通]|"
    r"^[^，。]{0,20}(消息|报道)[：:]|请问|谢谢|楼主|求助|律师|小编|网友|来源|▍|\s[\u4e00-\u9fff]{1,3}\s?[\u4e00-\u9fff]{0,2}$|[\u4e00-\u9fff]\s*[（(]\s*[\u4e00-\u9fff]{2,4}\s*[）)]\s*$"
)
_SPAM = re.compile(r"彩票|时时彩|代理|官网|注册|q扣|qq|QQ|加微|娱乐平台|招商|优惠券|客服")
_CLOSING_CREDIT = re.compile(r"[（(][^（）()]{0,24}[）)]$")
_TRADITIONAL = set("這們來說國會時為後與對實經過當還進開問題種樣業學張發現體間應關點無從")


def _paragraphs(content: str) -> list[str]:
    """Paragraphs of a record's content, boilerplate and a closing credit dropped."""
    content = content.replace("\\n", "\n").replace("\u3000\u3000", "\n")
    content = re.sub(r"(?<![A-Za-z0-9])\?+|\?+(?![A-Za-z0-9])", " ", content)  # lost characters
    out = []
    for raw in content.split("\n"):
        para = re.sub(r"\s+", " ", raw).strip()
        if para and not _BOILER.search(para):
            out.append(para)
    if out:
        credit = _CLOSING_CREDIT.search(out[-1])
        if credit and (
            len(credit.group()) <= 12
            or re.search("记者|通讯员|编辑|来源|据|综合|报|网|社|新闻", credit.group())
        ):
            out[-1] = out[-1][: credit.start()].rstrip()
            if not out[-1]:
                out.pop()
    return out


def _title(raw: str) -> str | None:
    """The record's headline without the site's name and tags, or None when it is no headline."""
    raw = re.sub(r"\s+", " ", raw).strip()
    parts = [p.strip() for p in re.split(r"_|\s-\s|-|\||｜|︱", raw) if p.strip()]
    if not parts:
        return None
    title = max(parts, key=len)
    title = re.sub(r"^【[^】]{1,10}】", "", title)
    title = re.sub(r"^【(.*)】$", r"\1", title).rstrip("…").strip()
    if "..." in title or "【" in title or "】" in title or not 4 <= len(title) <= 40:
        return None
    if len(_HAN.findall(title)) < 0.6 * len(title):
        return None
    return title


def _split_long(paragraphs: list[str]) -> list[str]:
    """Split paragraphs past 300 characters at sentence ends (a paper's paragraphs are short)."""
    out: list[str] = []
    for para in paragraphs:
        while len(para) > 300:
            cuts = [m.end() for m in re.finditer(r"[。！？]”?", para) if 120 <= m.end() <= 300]
            if not cuts or cuts[-1] >= len(para):
                break
            out.append(para[: cuts[-1]])
            para = para[cuts[-1] :]
        out.append(para)
    return out


def _cut(paragraphs: list[str]) -> list[str]:
    """Keep whole paragraphs up to :data:`MAX_BODY` characters (at least the first)."""
    out: list[str] = []
    total = 0
    for para in paragraphs:
        if out and total + len(para) > MAX_BODY:
            break
        out.append(para)
        total += len(para)
    return out


def _without_title(title: str, paragraphs: list[str]) -> list[str]:
    """Drop a copy of the headline opening the text (web copies repeat it; a paper does not)."""
    chars = [re.escape(ch) for ch in title if not ch.isspace()]
    copy = re.match(r"\s*".join(chars) + r"[\s。！!]*", paragraphs[0])
    if copy is None:
        return paragraphs
    rest = paragraphs[0][copy.end() :].strip()
    return ([rest] if rest else []) + paragraphs[1:]


@cache
def records(remainder: int) -> tuple[Record, ...]:
    """Usable dev records whose line index % 4 == ``remainder``, duplicates dropped."""
    out: list[Record] = []
    seen: set[str] = set()
    with CORPUS.open(encoding="utf-8") as lines:
        for index, line in enumerate(lines):
            if index % 4 != remainder:
                continue
            doc = json.loads(line)
            title = _title(doc.get("title") or "")
            paragraphs = _paragraphs(doc.get("content") or "")
            if title is not None and paragraphs:
                paragraphs = _without_title(title, paragraphs)
            body = "".join(paragraphs)
            if (
                title is None
                or len(body) < 100
                or _OWN_CREDITS.search(body)
                or _SPAM.search(body)
                or len(_HAN.findall(body)) < 0.7 * len(body)
                or sum(ch in _TRADITIONAL for ch in body) >= 3
                or body[:30] in seen
                or any(len(p) <= 2 for p in paragraphs)
            ):
                continue
            seen.add(body[:30])
            out.append(Record(index, title, tuple(_cut(_split_long(paragraphs)))))
    return tuple(out)


def available() -> bool:
    """Whether the inews dev texts are in the shared data directory."""
    return CORPUS.is_file()


def split_of(seed: int) -> str:
    """'tune' for seeds 0-49 (and every even block of 50), 'report' for 50-99 (odd blocks)."""
    return "tune" if (seed // BLOCK) % 2 == 0 else "report"


def _pick(seed: int, pool: Sequence[Record], count: int) -> list[Record]:
    """``count`` records of ``pool`` ranked by a hash of the seed and their index."""
    ranked = sorted(pool, key=lambda r: hashlib.sha256(f"six:{seed}:{r.index}".encode()).hexdigest())
    return ranked[:count]


# ---------------------------------------------------------------------------------------------
# Papers, names, furniture

PAPERS = (
    ("黔东南日报", ("凯里", "雷山", "从江", "黎平")),
    ("三峡晚报", ("宜昌", "秭归", "当阳", "远安")),
    ("鄂尔多斯日报", ("东胜", "准格尔", "达拉特")),
    ("丽水日报", ("丽水", "龙泉", "缙云", "遂昌")),
    ("湛江晚报", ("湛江", "雷州", "徐闻", "廉江")),
    ("嘉兴日报", ("嘉兴", "海宁", "桐乡", "平湖")),
    ("赣南日报", ("赣州", "瑞金", "于都", "兴国")),
    ("柳州晚报", ("柳州", "融水", "鹿寨")),
    ("延边晨报", ("延吉", "珲春", "图们")),
    ("天水日报", ("天水", "秦安", "甘谷")),
    ("宿迁晚报", ("宿迁", "沭阳", "泗阳", "泗洪")),
    ("汉中日报", ("汉中", "宁强", "城固", "洋县")),
    ("运城晚报", ("运城", "永济", "河津")),
    ("钦州日报", ("钦州", "灵山", "浦北")),
)
WIRE_PLACES = ("北京", "南宁", "昆明", "兰州", "乌鲁木齐", "拉萨", "呼和浩特", "西宁", "贵阳", "长沙")
SECTIONS = ("区县新闻", "综合新闻", "城事", "民生", "本地·社会", "乡村振兴", "经济", "要闻", "县域")
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
COMPOUND = ("欧阳", "司马", "上官", "诸葛", "皇甫", "司徒", "东方", "令狐", "慕容", "尉迟")
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建辉力兰飞鹏宇浩凯晨欣怡佳琳雪梅晓燕春海波斌宁"
    "志国庆东亮林峰鑫婷琪晶倩瑶颖茜蕾璐丹彤薇凡旭阳帆健博远航振德荣昊睿嘉馨悦泽楠"
)
WEATHER = ("晴", "多云", "阴", "小雨", "阵雨", "雷阵雨", "多云转晴", "阴转小雨", "晴转多云", "小到中雨")
WINDS = ("北风3～4级", "东南风2级", "微风", "西北风4～5级", "南风3级", "东北风2～3级")
SHOPS = ("家具城", "大药房", "眼镜店", "汽车城", "口腔医院", "教育培训中心", "装饰公司", "电器商场")
BRANDS = ("华联", "恒信", "金鹰", "博雅", "百姓", "国美", "新世纪", "天和", "鑫源", "同仁")
SLOGANS = (
    "开业大酬宾 全场八折起",
    "国庆钜惠 进店有礼",
    "暑期班火热报名中",
    "以旧换新 最高补贴2000元",
    "专业 诚信 服务",
    "周年店庆 限时特惠",
)
ROADS = ("人民", "解放", "建设", "中山", "新华", "滨江", "团结", "友谊")
WEEKDAYS = "一二三四五六日"


def person(rng: random.Random) -> str:
    """A plausible Chinese name: 2-3 characters, now and then a compound surname."""
    if rng.random() < 0.08:
        return rng.choice(COMPOUND) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2))))
    return rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2, 2))))


def people(rng: random.Random, most: int, taken: set[str]) -> list[str]:
    """1..``most`` distinct names not in ``taken`` (which grows)."""
    out: list[str] = []
    for _ in range(rng.randint(1, most)):
        name = person(rng)
        while name in taken:
            name = person(rng)
        taken.add(name)
        out.append(name)
    return out


def phone(rng: random.Random, area: str) -> str:
    """A landline, mobile or 400 number as small ads print them."""
    form = rng.random()
    if form < 0.5:
        return f"{area}-{rng.randint(2000000, 8999999)}"
    if form < 0.8:
        return f"1{rng.choice('358')}{rng.randint(0, 9)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    return f"400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"


@dataclass(frozen=True)
class Masthead:
    """The page's paper, home place, date, page number and section."""

    paper: str
    places: tuple[str, ...]
    date: datetime.date
    page: int
    section: str
    area: str  # telephone area code

    @property
    def short(self) -> str:
        """The paper's name without 日报 / 晚报 / 晨报 (三峡晚报 -> 三峡)."""
        return self.paper[:-2]


def running_head(rng: random.Random, mast: Masthead) -> list[str]:
    """One line at the top or the foot of the page naming paper, date, page and section."""
    d = mast.date
    date = f"{d.year}年{d.month}月{d.day}日"
    weekday = f"星期{WEEKDAYS[d.weekday()]}"
    page = rng.choice((f"A{mast.page}", f"A{mast.page:02d}", f"第{mast.page}版", f"{mast.page:02d}"))
    forms = (
        f"{page} {mast.section}          {mast.paper}  {date} {weekday}",
        f"{date}  {weekday}  {page}  {mast.section}",
        f"{mast.paper} │ {mast.section} │ {page}",
        f"{mast.section}  {date}  {weekday}  {page}",
    )
    return [rng.choice(forms)]


def editors_line(rng: random.Random, taken: set[str]) -> list[str]:
    """The 责编 / 美编 / 校对 line."""
    a, b, c = (person(rng) for _ in range(3))
    taken.update((a, b, c))
    forms = (
        f"责任编辑：{a}  美术编辑：{b}  校对：{c}",
        f"本版编辑 {a} | 版式 {b} | 校对 {c}",
        f"责编/{a} 美编/{b} 校对/{c}",
        f"本版编辑：{a}",
        f"编辑 {a}  组版 {b}  校对 {c}",
    )
    return [rng.choice(forms)]


def weather_box(rng: random.Random, mast: Masthead) -> list[str]:
    """A small weather box."""
    place = mast.places[0]
    lines = [rng.choice(("天气预报", f"{place}天气", "今日天气"))]
    low = rng.randint(-8, 22)
    for day in rng.choice((("今天", "明天"), ("今天白天", "今天夜间", "明天"), ("今天",))):
        lo = low + rng.randint(-2, 2)
        lines.append(f"{day}：{rng.choice(WEATHER)}，{lo}℃～{lo + rng.randint(4, 11)}℃，{rng.choice(WINDS)}")
    if rng.random() < 0.5:
        lines.append(f"空气质量：{rng.choice(('优', '良', '轻度污染'))}")
    return lines


def small_ad(rng: random.Random, mast: Masthead) -> list[str]:
    """A small display ad: shop, slogan, address, telephone."""
    place = rng.choice(mast.places)
    shop = place + rng.choice(BRANDS) + rng.choice(SHOPS)
    lines = [shop, rng.choice(SLOGANS)]
    if rng.random() < 0.7:
        lines.append(f"地址：{place}市{rng.choice(ROADS)}路{rng.randint(1, 299)}号")
    lines.append(f"电话：{phone(rng, mast.area)}")
    return lines


def hotline(rng: random.Random, mast: Masthead) -> list[str]:
    """The news hotline line at the foot of a local page."""
    return [
        rng.choice((f"新闻热线：{phone(rng, mast.area)}", f"{mast.short}新闻热线 {phone(rng, mast.area)}"))
    ]


# ---------------------------------------------------------------------------------------------
# Credits


@dataclass
class Credit:
    """How one article's credits are printed, and whom they name."""

    form: str
    dateline: str = ""  # printed before the first paragraph
    top: str = ""  # a line of its own above the text
    tail: str = ""  # appended to the last paragraph's last line
    closing: str = ""  # a line of its own below the text
    reporters: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)


def _shown(rng: random.Random, names: list[str], sep: str) -> str:
    """Names as printed: two-character names now and then spaced out (王 伟) when ``sep`` is no space."""
    out = []
    for name in names:
        spaced = len(name) == 2 and (sep != " " or len(names) == 1) and rng.random() < 0.2
        out.append(f"{name[0]} {name[1]}" if spaced else name)
    return sep.join(out)


def _role(rng: random.Random, role: str, names: list[str]) -> str:
    """``记者 王伟、李娜`` / ``记者王伟 李娜``: a role word and its names."""
    sep = rng.choice((" ", "、", " ", "、"))
    gap = rng.choice((" ", "", " "))
    return f"{role}{gap}{_shown(rng, names, sep)}"


def _month_day(rng: random.Random, mast: Masthead) -> str:
    d = mast.date - datetime.timedelta(days=rng.choice((0, 1, 1, 2)))
    return f"{d.month}月{d.day}日"


def _plain_dateline(rng: random.Random, mast: Masthead) -> str:
    place = rng.choice(mast.places)
    return rng.choice(
        ("本报讯", f"{mast.paper}{place}讯", f"本报{place}讯", f"本报{_month_day(rng, mast)}讯")
    )


def _after_dateline(rng: random.Random) -> str:
    return rng.choice((" ", " ", "　", "", "  "))


def credit(rng: random.Random, mast: Masthead, taken: set[str]) -> Credit:
    """Choose one article's credits among the forms regional papers print."""
    form = rng.choices(
        ("seed", "dateline", "closing", "top", "wentu", "wire", "dateonly", "none"),
        weights=(14, 20, 13, 15, 10, 8, 12, 8),
    )[0]
    c = Credit(form)
    place = rng.choice(mast.places)
    if form == "seed":
        c.dateline = rng.choice((f"{mast.paper}{place}讯", f"本报{place}讯", f"{mast.paper}{place}讯", ""))
        c.dateline += _after_dateline(rng) if c.dateline else ""
        slash = rng.choice((" /", "  /", "/", " / "))
        variant = rng.randrange(4)
        if variant == 0:
            c.reporters = people(rng, 3, taken)
            c.tail = f"{slash}{' '.join(c.reporters)} 报道"
        elif variant == 1:
            c.reporters = people(rng, 2, taken)
            c.photographers = list(c.reporters)
            c.tail = f"{slash}{' 记者 '.join(c.reporters)} 报道 摄"
        elif variant == 2:
            c.reporters = people(rng, 1, taken)
            c.photographers = people(rng, 1, taken)
            c.tail = f"{slash}记者 {c.reporters[0]} 报道 {c.photographers[0]} 摄"
        else:
            c.reporters = people(rng, 2, taken)
            c.tail = f"{slash}记者 {' '.join(c.reporters)} 报道"
    elif form == "dateline":
        head = rng.choice(("本报讯", f"{mast.paper}讯", f"本报{_month_day(rng, mast)}讯", f"本报{place}讯"))
        parts = []
        if rng.random() < 0.9:
            c.reporters = people(rng, 3, taken)
            parts.append(_role(rng, rng.choice(("记者", "记者", "本报记者", "全媒体记者")), c.reporters))
        if not parts or rng.random() < 0.55:
            c.correspondents = people(rng, 3, taken)
            parts.append(_role(rng, "通讯员", c.correspondents))
        if rng.random() < 0.2:
            parts.reverse()
        opening, closing = rng.choice((("（", "）"), ("（", "）"), ("(", ")")))
        c.dateline = f"{head}{opening}{' '.join(parts)}{closing}" + rng.choice(("", "", " "))
    elif form == "closing":
        c.dateline = _plain_dateline(rng, mast) + _after_dateline(rng) if rng.random() < 0.7 else ""
        variant = rng.randrange(5)
        if variant == 0:
            c.reporters = people(rng, 2, taken)
            text = _role(rng, "记者", c.reporters)
        elif variant == 1:
            c.reporters = people(rng, 1, taken)
            c.correspondents = people(rng, 2, taken)
            text = f"{_role(rng, '本报记者', c.reporters)} {_role(rng, '通讯员', c.correspondents)}"
        elif variant == 2:
            c.reporters = people(rng, 2, taken)
            text = " ".join(c.reporters)
        elif variant == 3:
            c.correspondents = people(rng, 2, taken)
            text = _role(rng, "通讯员", c.correspondents)
        else:
            c.reporters = people(rng, 1, taken)
            text = f"{mast.short}全媒体记者 {c.reporters[0]}"
        opening, closing = rng.choice((("（", "）"), ("（", "）"), ("(", ")")))
        if rng.random() < 0.5:
            c.tail = f"{opening}{text}{closing}"
        else:
            c.closing = f"{opening}{text}{closing}"
    elif form == "top":
        mark = rng.choice(("□", "■", "●", "", "□ ", "◎"))
        variant = rng.randrange(4)
        if variant == 0:
            c.reporters = people(rng, 2, taken)
            text = _role(rng, "本报记者", c.reporters)
        elif variant == 1:
            c.reporters = people(rng, 2, taken)
            c.correspondents = people(rng, 2, taken)
            text = f"{_role(rng, '记者', c.reporters)} {_role(rng, '通讯员', c.correspondents)}"
        elif variant == 2:
            c.reporters = people(rng, 1, taken)
            text = f"{mast.paper}全媒体记者 {c.reporters[0]}"
        else:
            c.reporters = people(rng, 1, taken) + people(rng, 1, taken)
            text = f"记者 {c.reporters[0]} 见习记者 {c.reporters[1]}"
        c.top = mark + text
        if rng.random() < 0.4:
            c.dateline = "本报讯" + _after_dateline(rng)
    elif form == "wentu":
        variant = rng.randrange(4)
        c.reporters = people(rng, 1, taken)
        if variant == 0:
            c.photographers = people(rng, 1, taken)
            text = f"文/{c.reporters[0]} 图/{c.photographers[0]}"
        elif variant == 1:
            c.photographers = list(c.reporters)
            text = rng.choice(
                (f"文/图 {c.reporters[0]}", f"文·图/{c.reporters[0]}", f"本报记者 {c.reporters[0]} 文/图")
            )
        elif variant == 2:
            c.photographers = people(rng, 1, taken)
            text = f"□ 文/记者 {c.reporters[0]} 图/{c.photographers[0]}"
        else:
            c.reporters += people(rng, 1, taken)
            text = f"文/{c.reporters[0]} {c.reporters[1]}"
        if rng.random() < 0.6:
            c.top = text
        else:
            c.closing = text
    elif form == "wire":
        city = rng.choice(WIRE_PLACES)
        agency = rng.choice(("新华社", "新华社", "中新网", "中新社"))
        variant = rng.randrange(3)
        if variant == 0:
            c.reporters = people(rng, 2, taken)
            c.dateline = f"{agency}{city}{_month_day(rng, mast)}电（{_role(rng, '记者', c.reporters)}）"
        elif variant == 1:
            c.dateline = f"{agency}{city}{_month_day(rng, mast)}电" + _after_dateline(rng)
        else:
            c.dateline = "据新华社电" + _after_dateline(rng)
        if rng.random() < 0.3:
            c.tail = "（完）"
    elif form == "dateonly":
        c.dateline = _plain_dateline(rng, mast) + _after_dateline(rng)
    return c


# ---------------------------------------------------------------------------------------------
# Headlines


def _clauses(paragraph: str) -> list[str]:
    return [c for c in re.split(r"[，。；：！？、“”‘’（）《》()\[\]<>\"',.;:!?\s]", paragraph) if c]


def decks(rng: random.Random, record: Record) -> tuple[str, str]:
    """A 引题 and a 副题 (either may be empty) taken from the record's first paragraphs."""
    count = rng.choices((1, 2, 3, 4), weights=(50, 22, 16, 12))[0]
    want_sub = count in (2, 4)
    want_lead = count in (3, 4)
    clauses = [c for p in record.paragraphs[:2] for c in _clauses(p) if len(_HAN.findall(c)) >= 0.8 * len(c)]
    title = record.title
    lead = sub = ""
    if want_lead:
        fits = [
            c
            for c in clauses
            if 4 <= len(c) <= 14
            and c not in title
            and len(_HAN.findall(c)) == len(c)
            and not re.match("但|而|并|且|不过|虽然|因为|所以|如果|由于|致|其", c)
            and c[-1] not in "的在了是和与及到把被将"
        ]
        lead = rng.choice(fits) if fits else ""
    if want_sub:
        pairs = [a + b for a, b in itertools.pairwise(clauses)] + clauses
        fits = [c for c in pairs if 8 <= len(c) <= 26 and c not in title and not (lead and lead in c)]
        sub = rng.choice(fits) if fits else ""
    return lead, sub


def _break_at(title: str) -> int:
    """Where a two-line 主题 breaks: after a space or a mark near the middle, else at the middle."""
    middle = len(title) / 2
    spots = [
        m.end()
        for m in re.finditer(r"[ ，！：？!,]", title)
        if 3 <= m.end() <= len(title) - 3 and title[m.end() :].lstrip()[:1] not in _NO_LINE_START
    ]
    return min(spots, key=lambda s: abs(s - middle)) if spots else round(middle)


def headline_lines(rng: random.Random, title: str, lead: str, sub: str, width: int) -> list[str]:
    """The headline as printed: 引题, the 主题 on one or two lines, 副题."""
    lines = [lead] if lead else []
    wide = _columns(title) > width
    if wide or (rng.random() < 0.25 and len(title) >= 10):
        cut = _break_at(title)
        lines += [title[:cut].strip(), title[cut:].strip()]
    else:
        lines.append(title)
    if sub:
        lines.append(rng.choice(("——", "—— ", "", "", "")) + sub)
    if rng.random() < 0.15:
        lines = [" " + line for line in lines]
    return lines


# ---------------------------------------------------------------------------------------------
# Setting text in columns

_NO_LINE_START = set("，。、；：！？）》”’…—%」』,.;:!?)％")
_FULL_DIGITS = str.maketrans("0123456789%", "０１２３４５６７８９％")
_TOKEN = re.compile(r"[A-Za-z0-9.%]+|.", re.S)


def _columns(text: str) -> float:
    """How many columns ``text`` fills: ASCII and other narrow characters half a column."""
    return sum(0.5 if ord(ch) < 0x1100 else 1.0 for ch in text)


def wrap(text: str, width: int, indent: str) -> list[str]:
    """Set ``text`` in lines of ``width`` columns; a paragraph's first line is indented by ``indent``.

    ``indent`` is "short" (the seed: the first line two columns shorter, nothing printed),
    "full" (two full-width spaces) or "space" (two spaces). A closing mark never starts a line.
    """
    prefix = {"short": "", "full": "\u3000\u3000", "space": "  "}[indent]
    lines: list[str] = []
    line, used = prefix, _columns(prefix)
    cap = width - 2 if indent == "short" else width
    for token in _TOKEN.findall(text):
        size = _columns(token)
        if used + size > cap and line.strip() and token[0] not in _NO_LINE_START:
            lines.append(line)
            line, used, cap = "", 0.0, width
        line += token
        used += size
    if line.strip():
        lines.append(line)
    return [ln.rstrip() for ln in lines]


def stray_spaces(rng: random.Random, text: str, rate: float) -> str:
    """Spaces after marks and around numbers, as the seed's typesetting left them."""
    if not rate:
        return text
    text = re.sub(r"(?<=[。，；])(?=.)", lambda _: " " if rng.random() < rate / 2 else "", text)
    return re.sub(
        r"[0-9０-９][0-9０-９.．]*", lambda m: f" {m.group()} " if rng.random() < rate else m.group(), text
    )


# ---------------------------------------------------------------------------------------------
# Pages


@dataclass(frozen=True)
class Truth:
    """What a rebuild of one article should give."""

    title: str  # the 主题
    lead_title: str  # 引题, "" when none
    subtitle: str  # 副题, "" when none
    reporters: tuple[str, ...]
    photographers: tuple[str, ...]
    correspondents: tuple[str, ...]
    paragraphs: tuple[str, ...]  # in reading order, without dateline and credits
    dateline: str
    layout: str  # how it was set, for failure lines
    record: int  # the inews dev line index

    @property
    def body(self) -> str:
        """The body as one string."""
        return "".join(self.paragraphs)


@dataclass(frozen=True)
class Page:
    """One generated page: its text, its articles' truth and the page-level choices."""

    seed: int
    split: str
    text: str
    truths: tuple[Truth, ...]
    params: dict[str, str]


@dataclass
class _Block:
    """Lines printed together; blank lines separate blocks."""

    lines: list[str]
    owner: int  # the article it belongs to, -1 for furniture
    kind: str  # "flow", "lead", "head", "furniture"


@dataclass
class _Article:
    record: Record
    credit: Credit
    width: int
    digits: bool
    lead_title: str
    subtitle: str
    head: list[str]
    displaced: int = 0  # paragraphs set apart as a wide lead
    where: str = ""  # "end" or "top" when displaced
    top_with_lead: bool = False


def _display(rng: random.Random, article: _Article, text: str, spaces: float) -> str:
    text = stray_spaces(rng, text, spaces)
    return text.translate(_FULL_DIGITS) if article.digits else text


def _flow(rng: random.Random, article: _Article, indent: str, spaces: float) -> tuple[list[str], list[str]]:
    """The article's lead lines (when displaced) and its column lines."""
    paragraphs = list(article.record.paragraphs)
    credit = article.credit
    texts = [_display(rng, article, p, spaces) for p in paragraphs]
    texts[0] = _display(rng, article, credit.dateline, 0) + texts[0]
    lead: list[str] = []
    if article.displaced:
        wide = rng.randint(36, 72)
        if credit.top and article.top_with_lead:
            lead.append(credit.top)
        for text in texts[: article.displaced]:
            lead += wrap(text, wide, indent)
    flow: list[str] = []
    if credit.top and not (article.displaced and article.top_with_lead):
        flow.append(credit.top)
    for text in texts[article.displaced :]:
        flow += wrap(text, article.width, indent)
    if credit.tail:  # set whole: on the last line when it fits, else on a line of its own
        tail = _display(rng, article, credit.tail, 0)
        if _columns(flow[-1] + tail) <= article.width + 1:
            flow[-1] += tail
        else:
            flow.append(tail.lstrip())
    if credit.closing:
        flow.append(_display(rng, article, credit.closing, 0))
    return lead, flow


def _chunks(lines: list[str], counter: list[int], height: int) -> list[list[str]]:
    """Cut a flow at column breaks: a break after every ``height`` lines counted across the page."""
    chunks: list[list[str]] = [[]]
    for line in lines:
        chunks[-1].append(line)
        counter[0] += 1
        if counter[0] >= height:
            counter[0] = 0
            chunks.append([])
    return [c for c in chunks if c]


def _layout(article: _Article, credit_form: str, decks: int) -> str:
    lead = f"lead {article.where} ({article.displaced} para)" if article.displaced else "lead in place"
    return f"w{article.width}, {decks} deck(s), {credit_form} credit, {lead}"


def generate_page(seed: int) -> Page:
    """Build page ``seed``: seeds 0-49 (even blocks of 50) tune, 50-99 (odd blocks) report."""
    split = split_of(seed)
    rng = random.Random(f"pagegen_six:{seed}")
    pool = records(0 if split == "tune" else 2)
    chosen = _pick(seed, pool, rng.choices((2, 3, 4, 5), weights=(20, 35, 30, 15))[0])
    paper, places = rng.choice(PAPERS)
    day = datetime.date(2016, 1, 1) + datetime.timedelta(days=rng.randrange(4 * 365))
    mast = Masthead(paper, places, day, rng.randint(2, 16), rng.choice(SECTIONS), f"0{rng.randint(310, 939)}")
    taken: set[str] = set()

    same_width = rng.random() < 0.4
    page_width = rng.randint(12, 30)
    digits = rng.choices(("half", "full", "mixed"), weights=(60, 25, 15))[0]
    indent = rng.choices(("short", "full", "space"), weights=(55, 30, 15))[0]
    spaces = rng.choice((0.0, 0.0, 0.15, 0.4))
    height = rng.randint(7, 28)
    head_width = rng.randint(9, 24)
    heads = rng.choices(("above", "end", "top", "interleaved", "mixed"), weights=(25, 25, 12, 20, 18))[0]
    order = rng.choice(("same", "reversed", "shuffled")) if heads in ("end", "top") else "-"
    lead_mode = rng.choices(("none", "end", "top", "both"), weights=(35, 30, 20, 15))[0]
    gap = "\n\n\n" if rng.random() < 0.2 else "\n\n"

    articles: list[_Article] = []
    for record in chosen:
        c = credit(rng, mast, taken)
        lead_title, subtitle = decks(rng, record)
        width = page_width if same_width else rng.randint(12, 30)
        article = _Article(
            record,
            c,
            width,
            digits == "full" or (digits == "mixed" and rng.random() < 0.5),
            lead_title,
            subtitle,
            [],
        )
        article.head = headline_lines(rng, record.title, lead_title, subtitle, head_width)
        articles.append(article)
    if lead_mode != "none":
        main = max(range(len(articles)), key=lambda i: len(articles[i].record.paragraphs) * 1000 + i)
        others = [i for i in range(len(articles)) if i != main and rng.random() < 0.25][:1]
        for n, i in enumerate([main, *others]):
            article = articles[i]
            if len(article.record.paragraphs) < 2:
                continue
            first = len(article.record.paragraphs[0])
            article.displaced = 2 if first < 60 and len(article.record.paragraphs) > 2 else 1
            if lead_mode == "both":
                article.where = ("end", "top")[n % 2] if rng.random() < 0.5 else ("top", "end")[n % 2]
            else:
                article.where = lead_mode
            article.top_with_lead = rng.random() < 0.5

    # Blocks in print order.
    counter = [rng.randrange(height)]
    body_blocks: list[list[_Block]] = []
    lead_blocks: dict[str, list[_Block]] = {"end": [], "top": []}
    for i, article in enumerate(articles):
        lead, flow = _flow(rng, article, indent, spaces)
        if lead:
            lead_blocks[article.where].append(_Block(lead, i, "lead"))
        body_blocks.append([_Block(chunk, i, "flow") for chunk in _chunks(flow, counter, height)])

    head_blocks = [_Block(a.head, i, "head") for i, a in enumerate(articles)]
    top_heads: list[_Block] = []
    end_heads: list[_Block] = []
    if heads == "above":
        for i, blocks in enumerate(body_blocks):
            blocks.insert(0, head_blocks[i])
    elif heads in ("end", "top"):
        ordered = list(head_blocks)
        if order == "reversed":
            ordered.reverse()
        elif order == "shuffled":
            rng.shuffle(ordered)
        (end_heads if heads == "end" else top_heads).extend(ordered)
    elif heads == "mixed":
        for i, blocks in enumerate(body_blocks):
            if rng.random() < 0.5:
                blocks.insert(0, head_blocks[i])
            else:
                end_heads.append(head_blocks[i])
    else:  # interleaved: each headline somewhere it does not head its own article
        for i, block in enumerate(head_blocks):
            spots = [(j, k) for j, blocks in enumerate(body_blocks) if j != i for k in range(len(blocks) + 1)]
            j, k = rng.choice(spots)
            body_blocks[j].insert(k, block)

    top_furniture: list[_Block] = []
    foot_furniture: list[_Block] = []
    if rng.random() < 0.7:
        top_furniture.append(_Block(running_head(rng, mast), -1, "furniture"))
    if rng.random() < 0.25:
        top_furniture.append(_Block(editors_line(rng, taken), -1, "furniture"))
    if rng.random() < 0.45:
        foot_furniture.append(_Block(editors_line(rng, taken), -1, "furniture"))
    if rng.random() < 0.3:
        foot_furniture.append(_Block(rng.choice((hotline(rng, mast), [str(mast.page)])), -1, "furniture"))
    if rng.random() < 0.1:
        foot_furniture.append(_Block(running_head(rng, mast), -1, "furniture"))
    boxed = ""
    if rng.random() < 0.35 and len(body_blocks) > 1:
        box = rng.choice((weather_box, small_ad))(rng, mast)
        boxed = "weather" if box[0].endswith("天气") or box[0] == "天气预报" else "ad"
        at = rng.randint(1, len(body_blocks) - 1)
        body_blocks[at].insert(0, _Block(box, -1, "furniture"))

    page_blocks: list[_Block] = list(top_furniture)
    tops = [top_heads, lead_blocks["top"]]
    if rng.random() < 0.5:
        tops.reverse()
    for group in tops:
        page_blocks += group
    for blocks in body_blocks:
        page_blocks += blocks
    ends = [lead_blocks["end"], end_heads]
    if rng.random() < 0.25:
        ends.reverse()
    for group in ends:
        page_blocks += group
    page_blocks += foot_furniture

    text = ""
    for n, block in enumerate(page_blocks):
        if n:
            previous = page_blocks[n - 1]
            article_gap = previous.owner != block.owner and "flow" in (previous.kind, block.kind)
            text += gap if article_gap else "\n\n"
        text += "\n".join(block.lines)
    text += "\n"

    truths = []
    for article in articles:
        c = article.credit
        n_decks = 1 + bool(article.lead_title) + bool(article.subtitle)
        truths.append(
            Truth(
                title=article.record.title,
                lead_title=article.lead_title,
                subtitle=article.subtitle,
                reporters=tuple(c.reporters),
                photographers=tuple(c.photographers),
                correspondents=tuple(c.correspondents),
                paragraphs=article.record.paragraphs,
                dateline=c.dateline.strip(),
                layout=_layout(article, c.form, n_decks),
                record=article.record.index,
            )
        )
    params = {
        "paper": paper,
        "heads": heads if order == "-" else f"{heads} ({order})",
        "lead": lead_mode,
        "widths": ",".join(str(a.width) for a in articles),
        "head_width": str(head_width),
        "column_height": str(height),
        "digits": digits,
        "indent": indent,
        "spaces": str(spaces),
        "box": boxed or "none",
        "records": ",".join(str(r.index) for r in chosen),
    }
    return Page(seed, split, text, tuple(truths), params)


# ---------------------------------------------------------------------------------------------
# Scoring


class Rebuilt(Protocol):
    """What :func:`score_page` reads of a rebuilt article (``crawler.normalize.RebuiltArticle``)."""

    title: str
    reporters: list[str]
    paragraphs: list[str]


def flat(text: str) -> str:
    """NFKC, all whitespace removed: how titles, names and bodies are compared."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _bag_f1(want: str, got: str) -> float:
    common = sum((Counter(want) & Counter(got)).values())
    return 2 * common / (len(want) + len(got)) if common else 0.0


def body_f1(want: str, got: str) -> float:
    """Character F1 of two flattened bodies, characters counted only in matching order."""
    if not want or not got:
        return 0.0
    matcher = SequenceMatcher(None, want, got, autojunk=False)
    common = sum(block.size for block in matcher.get_matching_blocks())
    return 2 * common / (len(want) + len(got))


@dataclass(frozen=True)
class Score:
    """One true article against the rebuilt article paired with it (None: none was)."""

    truth: Truth
    got: Rebuilt | None
    body_f1: float
    title_ok: bool
    reporters_ok: bool

    @property
    def right(self) -> bool:
        """Title and reporters exact and the body at least :data:`BODY_F1_MIN`."""
        return self.got is not None and self.title_ok and self.reporters_ok and self.body_f1 >= BODY_F1_MIN

    def why(self) -> str:
        """What was wrong, in one line."""
        if self.got is None:
            return "no article rebuilt for it"
        wrong = []
        if not self.title_ok:
            wrong.append(f"title {self.got.title!r}, want {self.truth.title!r}")
        if not self.reporters_ok:
            wrong.append(f"reporters {self.got.reporters}, want {list(self.truth.reporters)}")
        if self.body_f1 < BODY_F1_MIN:
            wrong.append(f"body F1 {self.body_f1:.3f}")
        return "; ".join(wrong) or "right"


PAIR_MIN = 0.3  # bag-of-characters F1 below which a rebuilt article is no rebuild of a true one


def score_page(page: Page, rebuilt: Sequence[Rebuilt]) -> tuple[list[Score], int]:
    """Pair rebuilt articles with true ones by body overlap; return the scores and the extras.

    Pairs are taken greedily, best bag-of-characters F1 first; each article pairs once. A
    rebuilt article paired with no true one is an extra.
    """
    wants = [flat(t.body) for t in page.truths]
    gots = [flat("".join(a.paragraphs)) for a in rebuilt]
    pairs = sorted(
        ((_bag_f1(w, g), i, j) for i, w in enumerate(wants) for j, g in enumerate(gots)),
        key=lambda p: (-p[0], p[1], p[2]),
    )
    paired: dict[int, int] = {}
    used: set[int] = set()
    for overlap, i, j in pairs:
        if overlap < PAIR_MIN:
            break
        if i not in paired and j not in used:
            paired[i] = j
            used.add(j)
    scores = []
    for i, truth in enumerate(page.truths):
        match = paired.get(i)
        if match is None:
            scores.append(Score(truth, None, 0.0, False, False))
            continue
        got = rebuilt[match]
        scores.append(
            Score(
                truth,
                got,
                body_f1(wants[i], gots[match]),
                flat(got.title) == flat(truth.title),
                [flat(n) for n in got.reporters] == [flat(n) for n in truth.reporters],
            )
        )
    return scores, len(gots) - len(used)
