"""Read a day as a person types it, for the CLI's ``--since``/``--until`` and the search page alike.

One parser for both, so ``2016年7月20日``, ``2016.7.20``, ``2016/7/20``, ``20160720`` and
full-width digits and marks (``２０１６－０７－２０``, as a Chinese input method types them in full-width
mode) mean the same day wherever they are typed: the web page took them while the CLI refused all but
``2016-07-20``, and both refused the full-width hyphen, slash and point until :func:`fold_typed`.
No imports beyond the standard library: ``--help`` loads it.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

_DATE_FORMS = (
    re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"),
    re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})"),
    re.compile(r"(\d{4})\.(\d{1,2})\.(\d{1,2})"),
    re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?"),
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
)
_MONTH_FORMS = (
    re.compile(r"(\d{4})[-/.](\d{1,2})"),
    re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月?"),
)
_YEAR = re.compile(r"(\d{4})\s*年?")


def fold_typed(text: str) -> str:
    """Return a typed date with its full-width digits, marks and spaces made ASCII (``２０１６－０７``).

    NFKC is the input method's width undone: ``－／．`` and the ideographic space become ``-/.`` and
    a space, and ``年月日`` are left alone. The query's ``date:`` reads its value through it too.
    """
    return unicodedata.normalize("NFKC", text).strip()


def parse_date(text: str) -> date:
    """Read a date typed either way (``2016-07-20``, ``2016年7月20日``, ``2016/7/20``, ``20160720``).

    Raises ``ValueError`` for anything else, or for a day that does not exist.
    """
    value = fold_typed(text)
    for form in _DATE_FORMS:
        match = form.fullmatch(value)
        if match:
            year, month, day = (int(g) for g in match.groups())
            return date(year, month, day)
    raise ValueError(f"not a date: {text!r}")


def parse_bound(text: str, end: bool) -> date:
    """Read one end of a range of days: a day, or a month or year as its first day (``end`` False) or last.

    ``--since 2016-07 --until 2016-07``, the search page's date boxes and the query's ``date:2016-07``
    all mean July 2016: the CLI refused the month while ``date:`` took it. ``2016年7月``, ``2016/7``,
    ``2016`` and ``2016年`` as well. Raises ``ValueError`` for anything else.
    """
    try:
        return parse_date(text)
    except ValueError:
        pass
    value = fold_typed(text)
    month = next((m for m in (f.fullmatch(value) for f in _MONTH_FORMS) if m), None)
    if month is not None:
        year, number = int(month.group(1)), int(month.group(2))
        first = date(year, number, 1)
        if not end:
            return first
        return date(year, 12, 31) if number == 12 else date(year, number + 1, 1) - timedelta(days=1)
    whole = _YEAR.fullmatch(value)
    if whole is not None and int(whole.group(1)) > 0:
        year = int(whole.group(1))
        return date(year, 12, 31) if end else date(year, 1, 1)
    raise ValueError(f"not a date: {text!r}")
