"""What a calendar day says of itself: its tooltip and its link's name, in the page's language.

A date's recorded reason is the archive's English wording, and several begin
with the very verdict the calendar draws ("not yet published (checked 07:30
+08:00): HTTP 404", "covered by the combined edition of ...", "incomplete:
..."). Shown after the verdict's word, the tooltip said it twice, once in each
language on the Chinese page ("尚未出版: not yet published ..."). Here the
verdict's phrase is said once, in the page's language, with what the reason
adds after it (a time, an HTTP status, URLs: the archive's own text), itself in the page's language
where the crawler worded it (:mod:`webui.reason_words`).
"""

from __future__ import annotations

import re
from datetime import date

from archive.items import COVERED_PREFIX, INCOMPLETE_PREFIX, NOT_PUBLISHING_PREFIX, NOT_YET_PREFIX, VERDICTS
from webui.i18n import format_date, gettext
from webui.queries import Day
from webui.reason_words import said

_NOT_YET = re.compile(re.escape(NOT_YET_PREFIX) + r"(?: \(checked ([^()]*)\))?(?:: )?(.*)$", re.S)
_COVERED = re.compile(re.escape(COVERED_PREFIX) + r"(\d{4}-\d{2}-\d{2}) ?(.*)$", re.S)


def not_yet_parts(reason: str) -> tuple[str, str]:
    """Return a "not yet published" reason's check time ("" when it names none) and what follows it.

    The date's page says the verdict in its own words, then these: it read
    "当天检查时本期尚未上线…：not yet published (checked 07:30 +08:00): HTTP 404".
    """
    m = _NOT_YET.match(reason)
    return (m.group(1) or "", m.group(2)) if m else ("", reason)


def _phrase(day: Day, lang: str) -> tuple[str, str]:
    """Return the day's verdict as one phrase in ``lang`` and what its reason adds ("" for nothing)."""
    reason = day.reason
    if day.status == "not-yet" and (m := _NOT_YET.match(reason)):
        checked, rest = m.group(1), m.group(2)
        if checked:
            return gettext(lang, "not yet published (checked %(time)s)", time=checked), rest
        return gettext(lang, "not yet published"), rest
    if day.status == "covered" and (m := _COVERED.match(reason)):
        first = format_date(_iso(m.group(1)), lang) or m.group(1)
        return gettext(lang, "covered by the combined edition of %(day)s", day=first), m.group(2)
    if day.status == "not-publishing":
        return gettext(lang, NOT_PUBLISHING_PREFIX), reason.removeprefix(NOT_PUBLISHING_PREFIX).lstrip(": ")
    if day.status == "found" and day.empty:
        return gettext(lang, "found, no article stored"), reason
    if day.status == "found" and day.incomplete:
        return gettext(lang, "found, incomplete"), reason.removeprefix(INCOMPLETE_PREFIX)
    if day.archived:
        return gettext(lang, "not crawled; articles are archived under this date"), reason
    return gettext(lang, VERDICTS.get(day.status, day.status)), reason


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def day_title(day: Day, lang: str) -> str:
    """Return the tooltip of a calendar day: its date, its verdict once, then what the reason adds."""
    phrase, rest = _phrase(day, lang)
    text = f"{format_date(day.day, lang)} {phrase}"
    if not rest:
        return text
    words = said(rest, lang)  # the crawler's wordings in the page's language (webui.reason_words)
    if rest.startswith("("):  # a range or a schedule in brackets reads on (Chinese brackets take no space)
        return f"{text}{words}" if words.startswith("（") else f"{text} {words}"
    return f"{text}: {words}"


def day_label(day: Day, lang: str, covered: bool = False) -> str:
    """Return the accessible name of a day's link: it holds the number the cell shows, as a word.

    A speech-input user says what they see ("click 5"): the name "2016-07-05"
    does not hold the word "5" (axe-core's label-content-name-mismatch), so it
    leads with it, "5 (2016-07-05)"; ``2016-07-15`` and ``2016年7月5日`` hold theirs already.
    """
    text = format_date(day.day, lang)
    if not re.search(rf"(?<!\d){day.day.day}(?!\d)", text):
        text = f"{day.day.day} ({text})"
    return f"{text} {gettext(lang, 'covered')}" if covered else text
