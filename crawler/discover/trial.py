"""Crawl one edition as a test and say what it found: pages, articles per page, fill rates.

The test is a real crawl (``crawler.runner.run_crawl``: the source's spider,
every middleware and pipeline, in a child process) into a throw-away data
directory, so what it reports is what ``newsarchive crawl`` would store.
A field empty on most articles gets a warning and, when a sample page is at
hand, a selector to try (``suggest_selector``, pure).
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from parsel import Selector

from archive.items import ArticleItem
from archive.wording import counted
from crawler.normalize.article import normalize_item
from crawler.sources import SourceConfig

FILL_FIELDS = ("title", "published_at", "authors", "body")
FIELD_LABELS = {"title": "title", "published_at": "date", "authors": "author", "body": "body"}
WARN_BELOW = 0.5  # a field filled on fewer articles than this share gets a warning


@dataclass
class TrialPage:
    """One page (版面) the test crawl stored."""

    number: str
    name: str
    articles: int
    url: str


@dataclass
class TrialReport:
    """What the one-edition test crawl found."""

    day: date
    status: str
    pages: list[TrialPage] = field(default_factory=list)
    articles: int = 0
    fill: dict[str, float] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    fetched: int = 0
    sample_urls: list[str] = field(default_factory=list)
    error: str = ""
    failed: dict[str, int] = field(default_factory=dict)  # requests not fetched, by reason (http_404 ...)

    def as_json(self) -> dict[str, Any]:
        """Return the report as plain JSON values."""
        return {
            "date": self.day.isoformat(),
            "status": self.status,
            "fetched": self.fetched,
            "pages": [vars(p) for p in self.pages],
            "articles": self.articles,
            "fill": self.fill,
            "warnings": self.warnings,
            "error": self.error,
            "failed": self.failed,
        }


def _filled(value: Any) -> bool:
    if isinstance(value, list):
        return any(str(v).strip() for v in value)
    return bool(value and str(value).strip())


def as_stored(article: Mapping[str, Any]) -> dict[str, Any]:
    """Return ``article`` (a spider's item) with title, body and authors as the store keeps them.

    The store normalises in its writer process, after the feed the trial reads was written: a
    closing byline (（记者 孙红）) is an author only then. Counted before, the demo paper's
    authors read 50% filled where its archive has 100%.
    """
    item = ArticleItem(
        url=str(article.get("url") or ""),
        title=str(article.get("title") or ""),
        body=str(article.get("body") or ""),
        authors=[str(a) for a in article.get("authors") or []],
        # An edition's page: the store reads a closing byline only on e-paper articles.
        section=str(article.get("section") or ""),
        page_number=str(article.get("page_number") or ""),
    )
    normalize_item(item)
    return {**article, "title": item.title, "body": item.body, "authors": item.authors}


def fill_rates(articles: Sequence[Mapping[str, Any]]) -> dict[str, float]:
    """Return, per field, the share of ``articles`` in which it is not empty."""
    if not articles:
        return {name: 0.0 for name in FILL_FIELDS}
    return {
        name: round(sum(_filled(a.get(name)) for a in articles) / len(articles), 3) for name in FILL_FIELDS
    }


def run_trial(
    source: SourceConfig,
    day: date,
    *,
    overrides: Mapping[str, Any] | None = None,
    log_level: str = "ERROR",
    until: date | None = None,
) -> TrialReport:
    """Crawl ``source`` on ``day`` (to ``until``) into a temporary data directory and report."""
    from crawler.runner import run_crawl

    with tempfile.TemporaryDirectory(prefix="newsarchive-trial-") as tmp:
        items_path = Path(tmp) / "items.jsonl"
        settings = {
            **dict(overrides or {}),
            "FEEDS": {str(items_path): {"format": "jsonlines", "overwrite": True}},
        }
        summary = run_crawl(
            source,
            since=day,
            until=until or day,
            home=str(Path(tmp) / "home"),
            overrides=settings,
            log_level=log_level,
        )
        lines = items_path.read_text("utf-8").splitlines() if items_path.exists() else []
    items = [json.loads(line) for line in lines if line.strip()]
    pages = [i for i in items if "article_urls" in i]
    articles = [as_stored(i) for i in items if "article_urls" not in i and "status" not in i and "url" in i]
    report = TrialReport(day, summary.status, fetched=int(summary.counters.get("fetched", 0)))
    counters = sorted(summary.counters.items())
    report.failed = {k.removeprefix("failed/"): int(v) for k, v in counters if k.startswith("failed/")}
    for page in sorted(pages, key=lambda p: (str(p.get("number", "")), p.get("url", ""))):
        report.pages.append(
            TrialPage(
                str(page.get("number") or ""),
                str(page.get("name") or ""),
                len(page["article_urls"]),
                page["url"],
            )
        )
    report.articles = len(articles)
    report.fill = fill_rates(articles)
    report.sample_urls = [str(a["url"]) for a in articles[:3]]
    if not articles:
        report.warnings.append(f"the test crawl of {day} stored no article")
    else:
        for name in FILL_FIELDS:
            if report.fill[name] < WARN_BELOW:
                empty = sum(not _filled(a.get(name)) for a in articles)
                report.warnings.append(
                    f"{FIELD_LABELS[name]} empty on {empty} of {counted(len(articles), 'article')}"
                )
    return report


_BYLINE = re.compile(r"(本报记者|记者|作者|通讯员|文\s*[/／]|撰稿)\s*[:：]?\s*\S+")
_DATE = re.compile(r"(19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}")


def _css(node: Selector) -> str:
    tag = node.root.tag if isinstance(node.root.tag, str) else "*"
    ident = (node.attrib.get("id") or "").strip()
    if ident and re.match(r"^[A-Za-z][\w-]*$", ident):
        return f"{tag}#{ident}"
    classes = [c for c in (node.attrib.get("class") or "").split() if re.match(r"^[A-Za-z][\w-]*$", c)]
    if classes:
        return f"{tag}.{classes[0]}"
    return tag


def suggest_selector(name: str, html: str) -> str:
    """Return a CSS selector that finds field ``name`` on a sample article page ("" when none stands out)."""
    page = Selector(text=html)
    if name == "title":
        for query in ("h1", "h2", ".title", "#title"):
            found = page.css(query)
            if found and " ".join(found[0].xpath(".//text()").getall()).strip():
                return _css(found[0])
        return ""
    if name == "body":
        best: tuple[int, str] = (0, "")
        for block in page.xpath("//*[p or P]"):
            size = sum(len(t.strip()) for t in block.xpath("./p//text() | ./P//text()").getall())
            if size > best[0]:
                best = (size, _css(block))
        return best[1]
    regex = _BYLINE if name == "authors" else _DATE if name == "published_at" else None
    if regex is None:
        return ""
    for element in page.xpath("//body//*[not(self::script) and not(self::style)]"):
        own = " ".join(t.strip() for t in element.xpath("./text()").getall())
        if regex.search(own) and len(own) < 80:
            return _css(element)
    return ""
