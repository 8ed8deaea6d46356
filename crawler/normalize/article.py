"""Clean an article's text and move its dateline and byline into fields.

The store runs this on every article just before writing it, in the writer
process beside the crawl (``archive/writer.py``): it is a tenth of the
crawl's CPU, and the crawl process is the one that limits the fetch rate.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from archive.chars import clean_printed
from archive.items import ArticleItem
from crawler.normalize import normalize_body


def merge_names(*groups: Iterable[str]) -> list[str]:
    """Join name lists, keeping first occurrences in order and dropping blanks."""
    seen: dict[str, None] = {}
    for group in groups:
        for name in group:
            name = name.strip()
            if name:
                seen.setdefault(name, None)
    return list(seen)


def normalize_item(item: ArticleItem) -> ArticleItem:
    """Normalise ``item`` in place (pure apart from the item) and return it."""
    item.title = clean_printed(item.title)
    item.lead_title = clean_printed(item.lead_title)
    item.subtitle = clean_printed(item.subtitle)
    body = normalize_body(item.body)
    item.body = "\n".join(body.paragraphs)
    item.subheads = merge_names(item.subheads, body.subheads)
    item.dateline = item.dateline or body.dateline
    item.paper = item.paper or body.paper
    item.place = item.place or body.place
    # The body's print-layout reading of bylines is for e-paper text (a page of an edition: section
    # or page number), whose byline only it may know ("本报记者 孙红 张连鹏") or read more completely
    # ("/闫洪生 记者 张殿文 报道 摄": the extractor took only the name after 记者): there its names
    # stand, in its order, when they hold every name the extractor read. On other pages the
    # extractor's structural reading stands alone: the body's added names `extract` never showed,
    # mostly junk (心内科, 康佳编辑, 特派记者, an interview's subjects: 18 names on 640 tune pages
    # of the fields dev set and CMS probe, 1 right; a page without a credit: 2 tune pages, 1 right).
    epaper = bool(item.section or item.page_number)
    if epaper and set(item.authors) <= set(body.reporters):
        item.authors = merge_names(body.reporters, item.authors)
    item.photographers = merge_names(item.photographers, body.photographers)
    item.correspondents = merge_names(item.correspondents, body.correspondents)
    item.editors = merge_names(item.editors, body.editors)
    return item


def load_tables() -> None:
    """Read now the tables normalising and extraction read on their first question.

    jieba's word lists and the script-folding table take some 0.6 s of CPU to read; the
    crawl calls this before it forks its store writer, which then shares them instead of
    reading them again (4-7% of the writer's CPU on a 5,000-article crawl).
    """
    from crawler.extract.people import script_folded
    from crawler.normalize.segment import common_word, dictionary_entry

    common_word("")
    dictionary_entry("")
    script_folded("")


def prepare_for_store(item: Any) -> Any:
    """Normalise an article (in place) and pass pages and editions through: the store's first step."""
    return normalize_item(item) if isinstance(item, ArticleItem) else item
