"""Build a static Founder-style e-paper site with known ground truth (``build_site``).

The site has two URL families (old ``html/YYYY-MM/DD/node_N.htm`` and new
``pc/layout/YYYYMM/DD/node_NN.html``), several pages per edition, UTF-8 and
GBK article pages (with a right, missing or wrong declared charset), page
PDFs, dates without an edition (404 or an empty page) and failing dates
(HTTP 500), sitemaps (index, per date, gzipped, Google News), RSS and Atom
feeds, and listing pages with a calendar trap. ``_headers.json`` tells the
static server (``crawler.sample_site.server``) what files cannot say.
"""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from . import families as fams
from . import pages
from .discovery import PAPER, write_listing, write_sitemaps
from .texts import Text, load_texts

SECTIONS = ("要闻", "综合", "城事", "经济", "文体", "副刊", "国际", "时评")
OLD_TEMPLATE = fams.TEMPLATES["old"]
NEW_TEMPLATE = fams.TEMPLATES["new"]
GBK_VARIANTS = ("meta", "none", "header-utf8", "header-latin1")


@dataclass
class ArticleTruth:
    """What one generated article page holds."""

    path: str
    title: str
    paragraphs: list[str]
    date: str
    page: int
    page_name: str
    family: str
    encoding: str  # "utf-8" or "gbk"
    declared: str  # "meta", "none", "header-utf8", "header-latin1", "wrong-meta"
    origin: str
    broken: str = ""  # "half-gzip" or "short-length": must never be stored


@dataclass
class EditionTruth:
    """What one date of the calendar holds."""

    date: str
    status: str  # "found", "no-edition" or "failed"
    family: str
    path: str
    pages: list[str] = field(default_factory=list)
    how: str = ""  # for no-edition: "404" or "empty"
    encoding: str = "utf-8"  # of the edition's pages; "gbk" pages declare no charset


@dataclass
class SiteManifest:
    """Ground truth of a generated site; URLs are paths (the server's port is not known yet)."""

    root: str
    paper: str
    templates: list[dict[str, str]]
    articles: list[ArticleTruth]
    editions: list[EditionTruth]
    sitemaps: dict[str, str] = field(default_factory=dict)
    feeds: dict[str, str] = field(default_factory=dict)
    listing: dict[str, str] = field(default_factory=dict)
    private: list[str] = field(default_factory=list)

    def good_articles(self, since: date | None = None, until: date | None = None) -> list[ArticleTruth]:
        """Return the articles a correct crawl stores (dated in range, not broken)."""
        return [
            a
            for a in self.articles
            if not a.broken
            and (since is None or a.date >= since.isoformat())
            and (until is None or a.date <= until.isoformat())
        ]

    def source(self, base_url: str, kind: str, **changes: Any) -> Any:
        """Return a ``SourceConfig`` for crawling this site at ``base_url`` with spider ``kind``."""
        from crawler.sources import parse_source

        raw: dict[str, Any] = {
            "id": f"sitegen-{kind}",
            "name": self.paper,
            "kind": kind,
            "region": "吉林 白城",
            "allowed_domains": ["127.0.0.1"],
        }
        if kind == "epaper":
            raw["templates"] = [
                {k: (base_url + v if k == "url" else v) for k, v in t.items()} for t in self.templates
            ]
        elif kind == "sitemap":
            raw["start_urls"] = [base_url + self.sitemaps["index"]]
        elif kind == "feed":
            raw["start_urls"] = [base_url + self.feeds["rss"]]
        elif kind == "listing":
            raw.update(
                start_urls=[base_url + self.listing["start"]],
                page_patterns=[r"/news/"],
                article_patterns=[r"content_\w+\.html?"],
                max_depth=3,
            )
        raw.update(changes)
        return parse_source(raw)

    def write(self) -> None:
        """Write ``manifest.json`` beside the site (outside the served tree)."""
        path = Path(self.root).parent / (Path(self.root).name + ".manifest.json")
        path.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=1), encoding="utf-8")


class _Writer:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.rules: dict[str, dict[str, Any]] = {}
        self.dirs: set[Path] = set()

    def write(self, path: str, data: bytes | str, encoding: str = "utf-8") -> None:
        target = self.root / path.lstrip("/")
        if target.parent not in self.dirs:
            target.parent.mkdir(parents=True, exist_ok=True)
            self.dirs.add(target.parent)
        target.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))

    def rule(self, path: str, **rule: Any) -> None:
        self.rules.setdefault(path, {}).update(rule)


def build_site(
    root: Path,
    *,
    n_articles: int = 24,
    dates: Sequence[date] = (),
    families: Sequence[str] = ("old", "new"),
    gbk_share: float = 0.3,
    with_pdfs: bool = True,
    with_sitemap: bool = True,
    with_feed: bool = True,
    with_listing: bool = True,
    seed: int = 0,
    no_edition: Sequence[date] = (),
    failed: Sequence[date] = (),
    pages_per_edition: int = 2,
    broken: int = 0,
    corpus: str = "auto",
    change_on: date | None = None,
    edition_charset: str = "mixed",
) -> SiteManifest:
    """Write a site under ``root`` and return its manifest (also written beside ``root``).

    ``dates`` is the calendar; dates in ``no_edition`` (alternately 404 and an
    empty page) and ``failed`` (HTTP 500) hold no articles. With two families
    the first half of the calendar uses the old URL scheme and the rest the
    new one. ``broken`` extra articles are served truncated (half a gzip
    stream, or fewer bytes than Content-Length) and must never be stored.

    ``families`` may also name ``pad``, ``code`` (pages named by paper code)
    and ``news`` (a plain news site: no edition pages, sitemaps named in
    robots.txt); see ``sitegen.families``. ``change_on`` moves a two-family
    site to the second family on that date. ``edition_charset``: ``mixed``
    (a third of edition pages GBK without a charset), ``gbk`` or ``utf-8``.
    """
    rng = random.Random(seed)
    days = sorted(dates) or [date(2024, 3, 1), date(2024, 3, 2), date(2024, 3, 3)]
    found_days = [d for d in days if d not in set(no_edition) | set(failed)]
    if not found_days:
        raise ValueError("no date left with an edition")
    family_of = {
        d: families[min(len(families) - 1, i * len(families) // len(days))] for i, d in enumerate(days)
    }
    if change_on is not None and len(families) == 2:
        family_of = {d: families[d >= change_on] for d in days}
    utf8_texts, gbk_texts = load_texts(n_articles + broken, corpus=corpus)
    out = _Writer(Path(root))
    articles: list[ArticleTruth] = []
    editions: list[EditionTruth] = []
    templates: list[dict[str, str]] = []
    for i, fam in enumerate(families):
        fam_days = [d for d in days if family_of[d] == fam]
        if fam_days:
            templates.append(
                {
                    "url": fams.TEMPLATES.get(fam, ""),
                    "since": fam_days[0].isoformat() if i else "",
                    "until": fam_days[-1].isoformat() if i < len(families) - 1 else "",
                }
            )
    templates = [{k: v for k, v in t.items() if v} for t in templates]
    # Deal articles over the found dates and their pages, round robin, so every edition has some.
    slots = [(d, p) for d in found_days for p in range(1, pages_per_edition + 1)]
    per_slot: dict[tuple[date, int], list[tuple[Text, str, str, str]]] = {s: [] for s in slots}
    u = g = 0
    for n in range(n_articles + broken):
        is_gbk = rng.random() < gbk_share and g < len(gbk_texts)
        if is_gbk or u >= len(utf8_texts):
            text, g = gbk_texts[g], g + 1
            encoding, declared = "gbk", GBK_VARIANTS[g % len(GBK_VARIANTS)]
        else:
            text, u = utf8_texts[u], u + 1
            encoding, declared = "utf-8", ("wrong-meta" if u % 5 == 0 else "meta")
        breakage = ("half-gzip" if n % 2 else "short-length") if n >= n_articles else ""
        per_slot[slots[n % len(slots)]].append((text, encoding, declared, breakage))
    article_id = 1000
    news_links: list[tuple[str, str]] = []
    for day in days:
        fam = family_of[day]
        if fam == "news":
            for p in range(1, pages_per_edition + 1):
                for text, encoding, _declared, _broken in per_slot.get((day, p), []):
                    article_id += 1
                    path = fams.article_path(fam, "", article_id, day, p, 0)
                    charset = "gbk" if encoding == "gbk" else "utf-8"
                    html = fams.news_article_page(
                        site=PAPER, title=text.title, paragraphs=text.paragraphs, day=day, charset=charset
                    )
                    out.write(path, html.encode("gb18030" if encoding == "gbk" else "utf-8"))
                    articles.append(
                        ArticleTruth(
                            path,
                            text.title,
                            list(text.paragraphs),
                            day.isoformat(),
                            p,
                            "",
                            fam,
                            encoding,
                            "meta",
                            text.origin,
                        )
                    )
                    news_links.append((path, text.title))
            continue

        def paths(day: date, page: int, fam: str = fam) -> tuple[str, str, str]:
            return fams.edition_paths(fam, day, page)

        first = paths(day, 1)[1]
        if day in failed:
            out.write(first, pages.empty_edition_page(PAPER, "utf-8"))
            out.rule(first, status=500)
            editions.append(EditionTruth(day.isoformat(), "failed", fam, first))
            continue
        if day in no_edition:
            how = "404" if len([e for e in editions if e.status == "no-edition"]) % 2 == 0 else "empty"
            if how == "empty":
                out.write(first, pages.empty_edition_page(PAPER, "utf-8"))
            editions.append(EditionTruth(day.isoformat(), "no-edition", fam, first, how=how))
            continue
        node_paths = [paths(day, p)[1] for p in range(1, pages_per_edition + 1)]
        labels = [
            f"第{p:02d}版：{SECTIONS[(p - 1) % len(SECTIONS)]}" for p in range(1, pages_per_edition + 1)
        ]
        gbk_edition = {"gbk": True, "utf-8": False}.get(edition_charset, day.toordinal() % 3 == 0)
        for p in range(1, pages_per_edition + 1):
            content_dir, node, pdf = paths(day, p)
            section = SECTIONS[(p - 1) % len(SECTIONS)]
            links: list[tuple[str, str]] = []
            for seq, (text, encoding, declared, breakage) in enumerate(per_slot[(day, p)], 1):
                article_id += 1
                path = fams.article_path(fam, content_dir, article_id, day, p, seq)
                _write_article(
                    out,
                    path,
                    text,
                    encoding,
                    declared,
                    breakage,
                    article_id=article_id,
                    day=day,
                    page=p,
                    section=section,
                    back=node,
                    style=fam,
                )
                links.append((_relative(node, path), text.title))
                articles.append(
                    ArticleTruth(
                        path,
                        text.title,
                        list(text.paragraphs),
                        day.isoformat(),
                        p,
                        section,
                        fam,
                        encoding,
                        declared,
                        text.origin,
                        breakage,
                    )
                )
            page_list = [(_relative(node, q), label) for q, label in zip(node_paths, labels, strict=True)]
            html = pages.edition_page(
                paper=PAPER,
                day=day,
                number=p,
                name=section,
                pages=page_list,
                articles=links,
                pdf=_relative(node, pdf) if with_pdfs else None,
                charset=None if gbk_edition else "utf-8",
            )
            out.write(node, html, "gb18030" if gbk_edition else "utf-8")
            if with_pdfs:
                out.write(pdf, pages.tiny_pdf(f"{day} {p}"))
        editions.append(
            EditionTruth(
                day.isoformat(), "found", fam, first, node_paths, encoding="gbk" if gbk_edition else "utf-8"
            )
        )
    manifest = SiteManifest(str(root), PAPER, templates, articles, editions)
    robots = "User-agent: *\nDisallow: /private/\n"
    if news_links and with_sitemap:  # named in robots.txt (root-relative: the port is not known yet)
        robots += "Sitemap: /sitemap_index.xml\n"
    if news_links:
        feed = "/feed/rss.xml" if with_feed else ""
        out.write("/index.html", fams.news_home(PAPER, news_links[-30:][::-1], feed))
    out.write("/robots.txt", robots)
    out.write("/private/content_1.htm", pages.empty_edition_page(PAPER, "utf-8"))
    manifest.private = ["/private/content_1.htm"]
    listed = [a for a in articles if not a.broken]
    if with_sitemap:
        manifest.sitemaps = write_sitemaps(out, listed, days)
    if with_feed:
        entries = [(a.path, date.fromisoformat(a.date), a.title) for a in listed]
        out.write("/feed/rss.xml", pages.rss(entries, PAPER))
        out.write("/feed/atom.xml", pages.atom(entries, PAPER))
        manifest.feeds = {"rss": "/feed/rss.xml", "atom": "/feed/atom.xml"}
    if with_listing:
        manifest.listing = write_listing(out, listed)
    out.write("/_headers.json", json.dumps(out.rules, ensure_ascii=False, indent=1))
    manifest.write()
    return manifest


def _relative(from_path: str, to_path: str) -> str:
    """Return ``to_path`` relative to the page at ``from_path`` (Founder pages link relatively)."""
    src = from_path.strip("/").split("/")[:-1]
    dst = to_path.strip("/").split("/")
    common = 0
    while common < min(len(src), len(dst) - 1) and src[common] == dst[common]:
        common += 1
    return "/".join([".."] * (len(src) - common) + dst[common:])


def _write_article(
    out: _Writer, path: str, text: Text, encoding: str, declared: str, breakage: str, **fields: Any
) -> None:
    charset = {"meta": "gb2312" if encoding == "gbk" else "utf-8", "wrong-meta": "gb2312"}.get(declared)
    if encoding == "gbk" and declared.startswith("header"):
        charset = None
    html = pages.article_page(
        paper=PAPER,
        title=text.title,
        paragraphs=text.paragraphs,
        page_name=fields["section"],
        number=fields["page"],
        charset=charset,
        article_id=fields["article_id"],
        day=fields["day"],
        back=_relative(path, fields["back"]),
        new_family=fields["style"] != "old",
    )
    if fields["style"] == "code":
        html = fams.code_article_page(
            paper=PAPER,
            title=text.title,
            paragraphs=text.paragraphs,
            day=fields["day"],
            page=fields["page"],
            page_name=fields["section"],
            back=_relative(path, fields["back"]),
            charset=charset,
        )
    data = html.encode("gb18030" if encoding == "gbk" else "utf-8")
    if declared == "header-utf8":
        out.rule(path, headers={"Content-Type": "text/html; charset=utf-8"})
    elif declared == "header-latin1":
        out.rule(path, headers={"Content-Type": "text/html; charset=iso-8859-1"})
    if breakage == "half-gzip":
        packed = gzip.compress(data)
        data = packed[: len(packed) // 2]
        out.rule(path, headers={"Content-Encoding": "gzip"})
    elif breakage == "short-length":
        out.rule(path, headers={"Content-Length": str(len(data) + 4096)})
    out.write(path, data)


STANDARD_DATES = tuple(date(2024, 3, 1 + i) for i in range(6))


def standard_site(root: Path, **changes: Any) -> SiteManifest:
    """Build the small site most crawl tests share: 6 dates, both URL families, 20 good articles.

    2024-03-02 has no edition (404), 2024-03-05 none either (an empty page),
    2024-03-03 fails (HTTP 500), and two further articles are served truncated.
    """
    options: dict[str, Any] = {
        "n_articles": 20,
        "dates": STANDARD_DATES,
        "no_edition": (STANDARD_DATES[1], STANDARD_DATES[4]),
        "failed": (STANDARD_DATES[2],),
        "broken": 2,
        "gbk_share": 0.35,
        "seed": 7,
    }
    options.update(changes)
    return build_site(root, **options)
