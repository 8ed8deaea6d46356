"""A date's recorded reason said in the page's language, where the crawler worded it.

An edition's reason is the archive's English ("incomplete: page URL not archived (http_500)", "another
edition: redirected to URL (the edition of 2016-06-05, not 2016-06-06)"), and the Chinese calendar's
tooltips, its failed dates and the edition page read it so. The crawler's wordings are a known set
(``archive.items``, ``archive.schedules``, ``archive.edition_notes``): each is a catalogue label here,
its ``%(name)s`` values read back off the reason, so the Chinese page says it in Chinese and the
English page says it as recorded (the label is the recorded text). What a value holds is kept as
recorded (URLs, HTTP statuses, a site's date line and its error page's words) or said in turn when it
is a reason itself. A reason no label words (an exception's message, a site's answer) is None: the
page shows it as recorded, marked not to translate. The CLI prints the recorded English.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from archive.items import empty_template_pages
from webui.i18n import N_, format_date, gettext

# The crawler's wordings, most specific first (the first whose pattern reads the whole reason says it).
LABELS = (
    N_("edition page lists no pages and no articles"),
    N_("no URL template covers this date"),
    N_("HTTP %(status)s error page (%(page)s)"),
    N_("another edition: %(reason)s"),
    N_("redirected to %(url)s (the edition of %(other)s, not %(day)s)"),
    N_("the page served for %(day)s is the edition of %(other)s (%(line)s)"),
    N_("the page served for %(day)s is the edition of %(other)s"),
    N_("redirected to %(url)s (not an edition of %(day)s)"),
    N_("incomplete: %(reason)s"),
    N_("page %(url)s not archived (%(why)s)"),
    N_("article %(url)s not archived (%(why)s)"),
    N_("%(parts)s not archived: %(names)s"),
    N_("the other pages list no article"),
    N_("error page: %(page)s"),
    N_("truncated: ends without its closing tag"),
    N_("not yet published (checked %(time)s): %(reason)s"),
    N_("not a publishing day (schedule %(schedule)s): %(reason)s"),
    N_("not a publishing day (schedule %(schedule)s)"),
    N_("(schedule %(schedule)s): %(reason)s"),  # the calendar's rest after its "not a publishing day"
    N_("(schedule %(schedule)s)"),
    N_("%(reason)s (recorded as not a publishing day by schedule %(schedule)s)"),
    N_("date unsure: %(reason)s"),
    N_("the page's only date is %(day)s, the day it was served (%(line)s)"),
    N_("combined edition %(first)s..%(last)s (date line %(line)s)"),
    N_("covered by the combined edition of %(day)s (%(span)s)"),
    N_("(%(first)s..%(last)s, date line %(line)s)"),  # the calendar's rest after its "covered by ..."
    N_("(%(first)s..%(last)s)"),
    N_("%(first)s..%(last)s, date line %(line)s"),
    N_("%(first)s..%(last)s"),
    N_("checked: %(reason)s"),
    N_("1 article filed here is dated %(day)s by its page (kept, not moved)"),
    N_("%(dated)s by their pages (kept, not moved)"),
    N_("%(n)s articles filed here are dated %(day)s"),
    N_("1 article filed here is dated %(day)s"),
    # What an incomplete edition names: each part missing and why, the failure's word as the run counts it
    # (crawler.spiders.base.failure_reason, failed/timeout).
    N_("%(url)s (%(why)s)"),
    N_("http_%(status)s"),
    N_("timeout"),
    N_("truncated"),
    N_("connection"),
    N_("dns"),
    N_("redirect_loop"),
    N_("too_large"),
    N_("cancelled"),
)
# Values that are reasons in turn, dates the page writes its way, and the count of what is missing.
_NESTED = frozenset({"reason", "why", "names", "span"})
_DATES = frozenset({"day", "other", "first", "last"})
_PART = re.compile(r"(\d+) (page|article)s?")
_PLACEHOLDER = re.compile(r"%\((\w+)\)s")
# Where a combined edition's note follows another note ("incomplete: ...; combined edition ..").
_NOTE_APART = re.compile(r"; (?=combined edition \d{4}-\d{2}-\d{2}\.\.)")
# Between the parts an incomplete edition names: ", " (or "; ", as reasons recorded before joined them).
_PART_APART = re.compile(r"(?<=\))(?:, |; )")
# What each value may hold (any other: some text): a date is ISO, so that "x; combined edition 2016-06-20..
# 2016-06-22 (...)" is not read as one range whose first day is "x; combined edition 2016-06-20".
_KIND = "(?:page|article)s?"
_SHAPES = {
    **dict.fromkeys(_DATES, r"\d{4}-\d{2}-\d{2}"),
    "status": r"\d{3}",
    "n": r"\d+",
    "url": r"\S+",
    "time": r"[^()]+",
    "schedule": r"[^()]+",
    "why": r"[^;]+",  # a failure's word (http_500, truncated: ...); "; " parts a reason's notes
    "parts": rf"\d+ {_KIND}(?: and \d+ {_KIND})*",
}


@lru_cache(maxsize=len(LABELS))
def _pattern(label: str) -> re.Pattern[str]:
    """Return the pattern reading a label's values back off a reason it worded."""
    pieces = _PLACEHOLDER.split(label)
    return re.compile(
        "".join(
            re.escape(p) if i % 2 == 0 else f"(?P<{p}>{_SHAPES.get(p, '.+?')})" for i, p in enumerate(pieces)
        ),
        re.S,
    )


def reason_words(reason: str, lang: str) -> str | None:
    """Return ``reason`` in ``lang``'s words when the crawler worded it, else None (a free-form reason).

    Notes joined with "; " (``archive.edition_notes.join_reasons``, a combined edition's note) are said
    each in turn, a free-form one among them as recorded.
    """
    apart = _NOTE_APART.search(reason)
    if apart is not None:  # a combined edition's note after another: said apart, never as a part of it
        head, note = reason[: apart.start()], reason[apart.start() + 2 :]
        said_head, said_note = reason_words(head, lang), reason_words(note, lang)
        if said_head is None and said_note is None:
            return None
        return gettext(lang, "; ").join((said_head or head, said_note or note))
    pages = empty_template_pages(reason)
    if pages is not None:  # counted in words: "the edition's one page"
        if pages == 1:
            return gettext(lang, "empty template: the edition's one page lists no article")
        return gettext(lang, "empty template: none of the edition's %(n)s pages lists an article", n=pages)
    for label in LABELS:
        match = _pattern(label).fullmatch(reason)
        if match is not None:
            values = {name: _value(name, value, lang) for name, value in match.groupdict().items()}
            return gettext(lang, label, **values)
    notes = reason.split("; ")
    if len(notes) > 1:
        said = [reason_words(note, lang) for note in notes]
        if any(s is not None for s in said):
            parts = (s if s is not None else note for note, s in zip(notes, said, strict=True))
            return gettext(lang, "; ").join(parts)
    return None


def said(reason: str, lang: str) -> str:
    """Return ``reason`` in ``lang``'s words, else as recorded (:func:`reason_words`)."""
    words = reason_words(reason, lang)
    return reason if words is None else words


def _value(name: str, value: str, lang: str) -> str:
    if name == "dated":  # articles filed here dated otherwise, each date's count: "2 ... 2024-03-01, 1 ..."
        return gettext(lang, ", ").join(said(part, lang) for part in value.split(", "))
    if name == "names":  # the parts an incomplete edition misses: "URL (why), URL (why)", each said
        return gettext(lang, ", ").join(said(part, lang) for part in _PART_APART.split(value))
    if name in _NESTED:
        return said(value, lang)
    if name in _DATES:
        day = _iso(value)
        return format_date(day, lang) if day is not None else value
    if name == "parts":
        return _parts(value, lang)
    return value


def _parts(value: str, lang: str) -> str:
    """Say what an incomplete edition misses, "1 page and 2 articles", in ``lang``."""
    counts = _PART.findall(value)
    if " and ".join(f"{n} {kind}{'s' if n != '1' else ''}" for n, kind in counts) != value:
        return value
    words = [
        gettext(lang, N_("%(n)s page") if n == "1" else N_("%(n)s pages"), n=n)
        if kind == "page"
        else gettext(lang, N_("%(n)s article") if n == "1" else N_("%(n)s articles"), n=n)
        for n, kind in counts
    ]
    return gettext(lang, " and ").join(words)


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None
