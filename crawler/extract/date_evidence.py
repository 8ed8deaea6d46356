"""Say what evidence an article's chosen date rests on (``ArticleItem.date_from``, :mod:`archive.date_from`).

The extractor's rules name the place they read a date (metadata, the date line, the URL...) as they
choose it. Whether its *year* was printed is asked once, of the date finally chosen, here: several
rules read a day printed without its year (``3月5日``, ``03-05 10:21``) and give it one (the capture's,
the page's era, its copyright footer, its URL's month, a year heading above the headline), and a
relative day (昨天) is reckoned by whichever rule read it. One question of the result, rather than a
flag threaded through each rule, keeps the rules as they are: this module never changes a date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from datetime import datetime

from archive.date_from import INFERRED_YEAR, METADATA, RELATIVE, SELECTOR, URL
from crawler.extract.dates import printed_with_year, printed_without_year, zone

# Addresses of other pages and files in the source (a related link's /2025/1106/…): they print no date of
# this page's own. The page's own URL is given apart, after the source, and stays.
_ADDRESSES = re.compile(r"""\b(?:href|src)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.I)

# A chosen date and where it was read (None, None: no date).
Dated = tuple[datetime | None, str | None]
# Kinds whose readers take only whole dates (structured data, a configured field, the URL's path).
_WHOLE_DATES = (METADATA, SELECTOR, URL)


def first_dated(candidates: Iterable[tuple[str, Callable[[], datetime | None]]]) -> Dated:
    """Return the first date the candidates read, in order, with its kind (lazily: later ones unread)."""
    for kind, read in candidates:
        found = read()
        if found is not None:
            return found, kind
    return None, None


def settled_date_from(
    found: datetime | None,
    kind: str | None,
    markup: str,
    page_text: Callable[[], str],
    reckoned: Collection[datetime],
    tz: str,
) -> str | None:
    """Return what a citation must say of the chosen date ``found``, read as ``kind``.

    ``markup`` is the page's source and URL (links' and files' addresses in it do not count: another
    page's address names its own day), ``page_text`` its visible text (asked only for a day the
    markup never prints with its year: a year its tags part from the day is printed too), ``reckoned``
    the days a rule reckoned from the capture's time.
    A date reckoned from a relative form (昨天 10:21) is ``relative`` even where the page prints that
    day whole elsewhere (a related list's row, a sidebar): the rule read the relative form. Else a day
    the page prints with its year somewhere keeps its kind, and one printed without its year is
    ``inferred_year``.
    """
    if found is None:
        return None
    if kind in _WHOLE_DATES:
        return kind
    if found in reckoned:
        return RELATIVE
    day = found.astimezone(zone(tz)).date()
    # The addresses are cut only where the source prints the day at all: most pages never do.
    if printed_with_year(day, markup) and printed_with_year(day, _ADDRESSES.sub(" ", markup)):
        return kind
    text = page_text()  # a year printed apart from its day by markup (<span>2015</span>-<span>11-18</span>)
    if printed_with_year(day, text):
        return kind
    if printed_without_year(day, text):
        return INFERRED_YEAR
    return kind
