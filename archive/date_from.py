"""Where an article's publication date was read: the one vocabulary of ``date_from``.

A journalist citing a date must tell a date the page printed from one the archive put together. The
extractor says which evidence it took (:func:`crawler.extract.article.extract_article` sets
``ArticleItem.date_from``), the store keeps it (``articles.date_from``, migration 0016), and every
view words it from here. NULL is unknown: a row stored before 0016, or an article with no date.

The kinds, in the extractor's order of trust:

- ``metadata``: the page's structured data (JSON-LD, ``article:published_time``, a Founder CMS's
  ``enpproperty`` record, a single-page app's script state);
- ``selector``: the element the source's ``[source.selectors]`` point at (sources.toml);
- ``dateline``: the date line printed with the article (under its headline, a post's header, an info
  line above the text, an agency's 新华社北京3月4日电);
- ``url``: the page's address (``/2024/03/05/``);
- ``edition``: the e-paper edition the article is printed in (its edition bar, its page PDF);
- ``text``: a day printed elsewhere on the page (a notice's signing day, a date under the text, a
  date found by the general search);
- ``relative``: a relative day (今天 08:30, 昨天, 3小时前) reckoned from the capture's time;
- ``inferred_year``: the page printed the day without its year (3月5日, 03-05 10:21) and nowhere with
  it: the year is the archive's inference (the capture's year, the page's era, its copyright footer,
  its URL's month, a year heading above the headline). Whatever evidence the day came from, this wins:
  it is what a citation must say.
"""

from __future__ import annotations

METADATA = "metadata"
SELECTOR = "selector"
DATELINE = "dateline"
URL = "url"
EDITION = "edition"
TEXT = "text"
RELATIVE = "relative"
INFERRED_YEAR = "inferred_year"

# Every kind, with how the CLI words it (``show``, ``extract``); the store keeps the key.
DATE_FROM_WORDS: dict[str, str] = {
    METADATA: "the page's metadata",
    SELECTOR: "the source's date selector",
    DATELINE: "the date line printed with the article",
    URL: "the page's address",
    EDITION: "the e-paper edition",
    TEXT: "a date elsewhere on the page",
    RELATIVE: "a relative day (今天, 昨天, 3小时前) reckoned from the capture time",
    INFERRED_YEAR: "the day as printed; its year inferred (not printed with it)",
}
DATE_FROM_KINDS: tuple[str, ...] = tuple(DATE_FROM_WORDS)
# Dates the page did not print whole: the web page notes them beside the date, in these words.
INFERRED_NOTES: dict[str, str] = {INFERRED_YEAR: "year inferred", RELATIVE: "day reckoned from capture"}


def is_inferred(date_from: str | None) -> bool:
    """Tell whether a date of this kind was partly the archive's inference (its year, or its day)."""
    return date_from in INFERRED_NOTES


def is_printed(date_from: str | None) -> bool:
    """Tell whether a date of this kind was printed whole by the page (not unknown, not inferred)."""
    return date_from in DATE_FROM_WORDS and not is_inferred(date_from)


def date_from_words(date_from: str | None) -> str:
    """Return how the CLI words a kind ("" for unknown: a row stored before 0016, or no date)."""
    return DATE_FROM_WORDS.get(date_from or "", "")
