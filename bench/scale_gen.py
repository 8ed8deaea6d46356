"""Synthetic but realistic articles for the scale benchmark (``bench.scale_bench``).

Every article is a pure function of ``(seed, number)``: article 250,000 is the
same whether the store was filled in one go or grown from 30,000, so the
stores of a growth series are prefixes of one another and a rerun rebuilds
byte-identical text. Nothing here is random without the seed.

How an article is made from the inews corpus (train + dev, real Chinese web
news):

* **Body**: a length drawn from the corpus's own body lengths (jittered
  ±30%), filled paragraph by paragraph with runs of consecutive sentences from
  a lead donor article and three others, so the text reads like news and
  keeps its vocabulary but no two articles share most of their text (the
  store's reprint detector would otherwise cluster them all). Half of the
  digit runs are redrawn, as dates, amounts and phone numbers differ between
  real stories.
* **Headline**: a piece of the lead donor's real headline joined to a clause
  of the article's own lead, or two clauses of the lead: words that the body
  contains, as a headline's usually are, yet nearly unique in the archive.
* **Reprints**: 3% of the articles are near copies (a few characters
  changed) of an earlier one under another source, as wire copy is.
* **Dates**: 20 years (2006-2025), more articles in later years (the web grew),
  times of day in China's zone. Update batches (``recent=True``) are dated in
  the last days of the range, as new articles are.
* **Sources**: five web sources (2006 on) and three e-paper sources (archived
  from 2014, 2018 and 2021: about 15 articles an edition); e-paper articles
  carry an edition date, page number and section name (and the benchmark
  records their editions), web ones a publication time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from random import Random
from typing import Any

from tests.corpora import shared_data_dir

INEWS = shared_data_dir() / "inews-bdci2019"
DEFAULT_SEED = 17
REPRINT_SHARE = 0.03
START = date(2006, 1, 1)
END = date(2025, 12, 31)
CHINA = timezone(timedelta(hours=8))

_SENTENCE = re.compile(r"[^。！？!?\n]*[。！？!?]+[”」』）)]?|[^。！？!?\n]+")
_CLAUSE = re.compile(r"[，、；：,;:“”「」（）()《》\s]+")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class SourceSpec:
    """One synthetic source: its id, display name, kind and share of the articles."""

    id: str
    name: str
    kind: str  # "web" or "epaper"
    weight: float
    sections: tuple[str, ...] = ()
    since: int = 2006  # first year archived: e-paper archives are younger than web archives


SOURCES: tuple[SourceSpec, ...] = (
    SourceSpec("syn-portal", "合成新闻网", "web", 0.22),
    SourceSpec("syn-county", "合成县融媒", "web", 0.12),
    SourceSpec("syn-finance", "合成财经", "web", 0.10),
    SourceSpec("syn-city-web", "合成都市网", "web", 0.10),
    SourceSpec("syn-wire", "合成通讯社", "web", 0.08),
    SourceSpec(
        "syn-daily", "合成日报", "epaper", 0.18, ("要闻", "时政", "经济", "社会", "文体", "副刊"), 2014
    ),
    SourceSpec("syn-evening", "合成晚报", "epaper", 0.12, ("要闻", "城事", "民生", "体育", "娱乐"), 2018),
    SourceSpec("syn-rural", "合成农村报", "epaper", 0.08, ("要闻", "三农", "科技", "乡村"), 2021),
)
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田"
_SURNAMES += "董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂华建国志红玉兰文辉鹏飞晓燕春雪梅琳"


@dataclass(frozen=True)
class Donor:
    """One corpus article cut into paragraphs of sentences, with its headline."""

    title: str
    paragraphs: tuple[tuple[str, ...], ...]
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class Corpus:
    """What the generator draws from: donors and the corpus's body lengths."""

    donors: tuple[Donor, ...]
    lengths: tuple[int, ...]


def split_sentences(paragraph: str) -> tuple[str, ...]:
    """Cut a paragraph after each sentence-final mark (keeping a closing quote with it)."""
    return tuple(s.strip() for s in _SENTENCE.findall(paragraph) if s.strip())


def split_paragraphs(content: str) -> list[str]:
    """Cut inews content into paragraphs at line breaks (some are a literal backslash-n) and space runs."""
    return [p.strip() for p in re.split(r"\\n|\n|\s{2,}|\u3000{2,}", content) if p.strip()]


@cache
def load_corpus(directory: Path = INEWS) -> Corpus:
    """Read inews train + dev once, sorted by id, exact duplicates and near-empty bodies left out."""
    rows: list[dict[str, Any]] = []
    for split in ("train", "dev"):
        with (directory / f"{split}.jsonl").open(encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh)
    rows.sort(key=lambda r: str(r["id"]))
    seen: set[str] = set()
    donors: list[Donor] = []
    lengths: list[int] = []
    for row in rows:
        content = str(row["content"]).strip()
        if len(content) < 60 or content in seen:
            continue
        seen.add(content)
        paras = tuple(p for p in (split_sentences(x) for x in split_paragraphs(content)) if p)
        if paras:
            donors.append(Donor(str(row["title"]).strip(), paras, tuple(s for p in paras for s in p)))
            lengths.append(len(content))
    return Corpus(tuple(donors), tuple(lengths))


def _clauses(sentence: str) -> list[str]:
    return [c for c in _CLAUSE.split(sentence.strip("。！？!?")) if 5 <= len(c) <= 18]


def _redraw_digits(text: str, rng: Random) -> str:
    def one(match: re.Match[str]) -> str:
        digits = match.group(0)
        if rng.random() < 0.5:
            return digits
        first = str(rng.randint(1, 9)) if digits[0] != "0" else "0"
        return first + "".join(str(rng.randint(0, 9)) for _ in digits[1:])

    return _DIGITS.sub(one, text)


def _body(corpus: Corpus, rng: Random) -> tuple[Donor, list[str]]:
    """Return the lead donor and the paragraphs of a new body."""
    donors = corpus.donors
    lead = donors[rng.randrange(len(donors))]
    others = [donors[rng.randrange(len(donors))] for _ in range(3)]
    target = max(60, int(corpus.lengths[rng.randrange(len(corpus.lengths))] * rng.uniform(0.7, 1.3)))
    paragraphs: list[str] = []
    size = 0
    while size < target:
        donor = lead if not paragraphs or rng.random() < 0.3 else others[rng.randrange(3)]
        pool = donor.sentences
        start = rng.randrange(len(pool))
        run = pool[start : start + rng.randint(1, 4)]
        text = _redraw_digits("".join(run), rng)
        paragraphs.append(text)
        size += len(text)
    return lead, paragraphs


def _headline(lead: Donor, paragraphs: list[str], rng: Random) -> str:
    """Make a headline from the lead donor's real one and the body's first sentences."""
    clauses = [c for p in paragraphs[:2] for s in split_sentences(p) for c in _clauses(s)]
    pieces = [c for c in _CLAUSE.split(lead.title) if len(c) >= 4]
    if pieces and clauses and rng.random() < 0.6:
        return f"{rng.choice(pieces)}：{rng.choice(clauses)}"[:40]
    if len(clauses) >= 2:
        a, b = rng.sample(clauses, 2)
        return f"{a}，{b}"[:40]
    if clauses:
        return clauses[0]
    return lead.title[:40] or paragraphs[0][:20]


def _when(rng: Random, recent: bool, since: int = START.year) -> datetime:
    first = date(since, 1, 1)
    days = (END - first).days
    # rng.random() ** 0.6 leans toward later days: about 3x as many articles in 2025 as in 2006.
    day = days - rng.randrange(3) if recent else int(days * rng.random() ** 0.6)
    minutes = rng.randrange(6 * 60, 24 * 60)
    local = datetime.combine(first + timedelta(days=day), datetime.min.time(), CHINA)
    return (local + timedelta(minutes=minutes)).astimezone(UTC)


def _source(rng: Random) -> SourceSpec:
    return rng.choices(SOURCES, weights=[s.weight for s in SOURCES])[0]


def _person(rng: Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.randint(1, 2)))


def _edit(text: str, rng: Random) -> str:
    """Change a few characters, as a paper reprinting wire copy does."""
    chars = list(text)
    for _ in range(rng.randint(1, 5)):
        i = rng.randrange(len(chars))
        chars[i] = chars[rng.randrange(len(chars))]
    return "".join(chars)


@dataclass(frozen=True)
class Article:
    """One generated article, before it becomes an ArticleItem."""

    number: int
    source: SourceSpec
    title: str
    body: str
    when: datetime
    authors: tuple[str, ...]
    page: int


def make_article(number: int, seed: int = DEFAULT_SEED, *, recent: bool = False) -> Article:
    """Article ``number`` of the series ``seed``: the same every time it is asked for."""
    corpus = load_corpus()
    rng = Random(f"{seed}:{number}")
    source = _source(rng)
    if number > 0 and rng.random() < REPRINT_SHARE:
        original = make_article(rng.randrange(number), seed)
        others = [s for s in SOURCES if s.id != original.source.id]
        source = rng.choice(others)
        title = original.title if rng.random() < 0.7 else _edit(original.title, rng)
        body = _edit(original.body, rng)
        when = original.when + timedelta(hours=rng.randint(1, 48))
    else:
        lead, paragraphs = _body(corpus, rng)
        title = _headline(lead, paragraphs, rng)
        body = "\n".join(paragraphs)
        when = _when(rng, recent, source.since)
    if recent:
        when = _when(rng, True)
    authors = tuple(_person(rng) for _ in range(rng.choice((0, 1, 1, 2))))
    return Article(number, source, title, body, when, authors, rng.randint(1, 12))


def to_item(article: Article) -> Any:
    """Turn an article into the store's ArticleItem (e-paper fields for e-paper sources)."""
    from archive.items import ArticleItem

    src = article.source
    url = f"https://{src.id}.bench.example/a/{article.number}.html"
    if src.kind == "epaper":
        day = article.when.astimezone(CHINA).date()
        section = src.sections[article.page % len(src.sections)]
        return ArticleItem(
            url=url,
            source_id=src.id,
            title=article.title,
            body=article.body,
            authors=list(article.authors),
            paper=src.name,
            section=section,
            page_number=f"{article.page:02d}",
            edition_date=day,
            source_name=src.name,
        )
    return ArticleItem(
        url=url,
        source_id=src.id,
        title=article.title,
        body=article.body,
        published_at=article.when,
        authors=list(article.authors),
        source_name=src.name,
    )


def generate(start: int, count: int, seed: int = DEFAULT_SEED, *, recent: bool = False) -> Iterator[Article]:
    """Articles ``start`` .. ``start + count - 1`` of the series."""
    for number in range(start, start + count):
        yield make_article(number, seed, recent=recent)
