"""Choose between an article's title candidates: metadata's, a heading in the page, ``<title>``'s parts.

The headline read from metadata or an ``<h1>`` is weighed against a heading found above the
text, the first sentence and the parts of ``<title>``: a column name, a site's name or a logo
heading is no headline.
"""

from __future__ import annotations

import itertools
import re

from crawler.extract.heading_lines import (
    _INFO_DATE,
    _info_after,
    _info_before,
    _info_line,
    _sentence,
    _squash,
)
from crawler.extract.people import script_folded
from crawler.extract.title_forms import SITE_NAME, SLOGAN

__all__ = [
    "better_title",
    "foreign_title",
    "headline_part",
    "leading_part",
    "little_echoed",
    "logo_heading",
    "names_only",
    "reads_as_site_name",
]


def _overlap(text: str, body: str) -> float:
    chars = set(re.findall(r"[\u4e00-\u9fff]", text))
    if not chars:
        return 0.0
    return len(chars & set(body)) / len(chars)


def better_title(
    from_title_tag: str, heading: str, paragraphs: list[str], before: str = "", title_tag: str = ""
) -> bool:
    """Tell whether an in-page heading should replace a title read from ``<title>`` alone.

    A headline sums up its article, so most of its characters recur in the
    text; a site's name (the same ``<title>`` on every page) mostly does not.
    Characters can mislead (a city government's site name recurs in its own
    news), so a heading printed right above the text with only the article's
    dated info line between them (``before``: the page's text above the body)
    is taken first: that is where every layout prints its headline.
    """
    if not heading:
        return False
    if names_only(heading, short=False) and _squash(heading) in _squash(title_tag or from_title_tag):
        return False  # a site's or board's name <title> prints ("民生投诉_X论坛" over "<h2>X论坛</h2>")
    if not from_title_tag:
        return True
    if len(heading) >= 4 and _squash(from_title_tag).startswith(_squash(heading)):
        return True  # <title> is the heading plus a suffix ("中华人民共和国监察法-纪检")
    if any(_info_before(p, heading) or _info_after(p, heading) for p in paragraphs[:4]):
        return True  # the heading sits on the text's info line, where a page prints its headline
    # Prose only: navigation lines kept in the body repeat the site's name.
    body = "".join(p for p in paragraphs if _sentence(p))[:3000]
    on_info_line = _above_info_line(before, heading, paragraphs) or any(
        _squash(line) == _squash(heading) and _INFO_DATE.search(after) and _info_line(after)
        for line, after in itertools.pairwise(paragraphs[:10])
    )
    if (
        len(_squash(heading)) >= 8
        and names_only(title_tag or from_title_tag)
        and (on_info_line or _overlap(heading, body) >= 0.5)
    ):
        # "社会万象|大河网", "星辰在线-社会万象": names of a column and a site are no headline, whatever
        # of their characters the text happens to hold; the heading over the info line, or one the
        # text echoes, is.
        return True
    if (
        on_info_line
        and _overlap(heading, body) >= 0.5
        and not _column_name(heading, from_title_tag, title_tag, body)
    ):
        return True  # and it is about the text, not a label ("相关推荐")
    shown, tag = _squash(heading), _squash(from_title_tag)
    run = _common_run(shown, tag)
    if run >= 5 and run >= 0.3 * min(len(shown), len(tag)):
        # <title> words the headline differently (an SEO variant): the one the page shows is the headline.
        return _overlap(heading, body) >= _overlap(from_title_tag, body) - 0.1
    return _overlap(heading, body) >= _overlap(from_title_tag, body) + 0.15


def foreign_title(title: str, paragraphs: list[str]) -> bool:
    """Tell whether a title holds no Chinese character while the text is Chinese.

    A bilingual page prints an English line with the Chinese headline (and may put it in
    ``og:title`` or first in ``<title>``): on a Chinese text it is a translation, not the
    headline, which is the Chinese heading nearest the text.
    """
    if not title or re.search(r"[\u4e00-\u9fff]", title):
        return False
    body = "".join("".join(p.split()) for p in paragraphs)[:2000]
    return len(re.findall(r"[\u4e00-\u9fff]", body)) >= 0.5 * len(body) > 0


def leading_part(title: str, title_tag: str) -> bool:
    """Tell whether ``title`` is only ``<title>``'s first part, a separator after it (``一周时评_X网``)."""
    shown, tag = _squash(title), _squash(title_tag)
    return bool(shown) and len(tag) > len(shown) and tag.startswith(shown) and tag[len(shown)] in "_|｜-—–"


def little_echoed(title: str, paragraphs: list[str]) -> bool:
    """Tell whether the text repeats under half of a title's characters (a banner's top story)."""
    return _overlap(title, "".join(p for p in paragraphs if _sentence(p))[:3000]) < 0.5


def _column_name(heading: str, title: str, title_tag: str, body: str) -> bool:
    """Tell whether ``heading`` is a column's name (``本地要闻``) while ``<title>`` holds the headline.

    It is when ``<title>`` was a headline with a site suffix (``X_临江新闻网``: ``title`` is what is left),
    that headline is long and the text echoes nearly all of it, and the heading is short and echoed far less.
    """
    if not title_tag or _squash(title) == _squash(title_tag) or len(_squash(title)) < 8:
        return False
    return 2 * len(_squash(heading)) <= len(_squash(title)) and _overlap(heading, body) + 0.3 <= _overlap(
        title, body
    )


def _above_info_line(before: str, heading: str, paragraphs: list[str]) -> bool:
    """Tell whether ``before`` (the text above the body) ends with ``heading`` and a dated info line.

    The text's own short lines above its first sentence (``有时候，``) may follow the info line.
    """
    if len(heading) < 4:
        return False
    # Spaces ignored: a headline broken with <br> reads "上半 下半" in the page's text, not in the heading's.
    spaced = re.compile(r"\s*".join(map(re.escape, _squash(heading))))
    last = None
    for last in spaced.finditer(before):  # noqa: B007  (the last match is wanted)
        pass
    if last is None:
        return False
    rest = before[last.end() :].strip()
    for line in reversed(list(itertools.takewhile(lambda p: not _sentence(p), paragraphs))):
        line = " ".join(line.split())
        if line and rest.endswith(line):
            rest = rest[: -len(line)].strip()
    return 0 < len(rest) <= 150 and bool(_INFO_DATE.search(rest)) and _info_line(rest)


# A site's, paper's or board's name: "金华新闻网", "金华日报数字报", "千龙论坛", "大河网手机版".
# Also an issuing body's red header over a government document ("X市人民政府办公室文件", "中共X市委办公室")
# and a flash column's name ("X网7x24小时快讯"), printed over every document or flash.
_NAME = re.compile(
    rf"(?:{SITE_NAME})(?:数字报|电子报|电子版|手机版|客户端|发布|\+)?|[^-_|｜\s]{{1,12}}(?:论坛|社区|快讯|电报)"
    r"|(?:中共)?[\u4e00-\u9fff]{2,16}(?:(?:人民政府|[市县区省]委)(?:办公室|办公厅)?(?:文件)?"
    r"|(?:委员会|局|厅)(?:办公室|办公厅)?(?:文件|办公室|办公厅))"
    rf"|{SLOGAN}"
)


def names_only(title: str, *, short: bool = True) -> bool:
    """Tell whether a ``<title>`` holds names only: each part a site's name or (``short``) 6 characters long.

    Without ``short`` a short part is no name: a heading agreeing with ``<title>`` may be a
    short headline (a person's name on an encyclopaedia page), a board's name reads "X论坛".
    """
    parts = [p for p in _PARTS.split(title.strip()) if p]
    return bool(parts) and all(
        (short and len(_squash(p)) <= 6)
        or _NAME.fullmatch(script_folded(_squash(p)))
        or _ISSUE.fullmatch(_squash(p))
        for p in parts
    )


# A paper's or a journal's issue, no headline: "2010年04月17日" (an e-paper's <title> "X日报-2010年04月17日"),
# "《经济地理》2021年第2期", "2021年第2期", "第05版".
_ISSUE = re.compile(
    r"(?:《[^》]{1,24}》)?(?:(?:19|20)\d{2}年(?:\d{1,2}月\d{1,2}日(?:星期[一二三四五六日天])?|第\d{1,3}期)|第\d{1,3}版)"
)


_PARTS = re.compile(r"\s*(?:_|\||｜|-|–|—|--|——)\s*")


def headline_part(title_tag: str, paragraphs: list[str], current: str = "") -> str:
    """Return the part of a ``<title>`` that is the headline when the site's name comes first.

    ``江城新闻网-标题`` gives ``标题``.

    The headline shares most of its characters with the text, the site's
    name few: one part must reach 0.7 of its characters in the text and
    every other part stay under 0.4. ``""`` when no part stands out.

    When the title read so far (``current``) is a label's length (6 characters or fewer: a column's
    or site's name), a ``<title>`` of labels around one long part gives that part (:func:`_among_labels`);
    a longer one stays (a headline holding a hyphen, ``北京-上海高铁…``, splits into parts too).
    """
    parts = [p for p in _PARTS.split(title_tag.strip()) if p]
    if len(parts) < 2:
        return ""
    body = "".join(p for p in paragraphs if _sentence(p))[:3000]
    scores = [_overlap(p, body) for p in parts]
    best = max(range(len(parts)), key=lambda i: scores[i])
    alone = all(s < 0.4 for i, s in enumerate(scores) if i != best)
    if len(parts[best]) >= 6 and scores[best] >= 0.7 and alone:
        return parts[best]
    return _among_labels(parts, body) if len(_squash(current)) <= 6 else ""


_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}")


def _among_labels(parts: list[str], body: str) -> str:
    """Return the one sentence-long part of a ``<title>`` of labels, or ``""``.

    ``县区动态_标题_国内新闻_X网``, ``X网 - 时政 - 标题 - 社会万象``: a column's, a channel's and a site's
    names are short words (a few of their characters may occur in any text), the headline is the one
    part at least twice as long as each of them, and the text echoes it. Three parts at least, each
    other one a short Chinese word or a name.
    """
    if len(parts) < 3:
        return ""
    sizes = [len(_squash(p)) for p in parts]
    best = max(range(len(parts)), key=lambda i: sizes[i])
    others = [p for i, p in enumerate(parts) if i != best]
    if sizes[best] < 8 or any(2 * len(_squash(p)) > sizes[best] for p in others):
        return ""
    if not all(_LABEL.fullmatch(_squash(p)) or names_only(p, short=False) for p in others):
        return ""
    return parts[best] if _overlap(parts[best], body) >= 0.5 else ""


def reads_as_site_name(
    title: str, title_tag: str, paragraphs: list[str], *, column: bool = False, metadata: bool = False
) -> bool:
    """Tell whether a title taken from ``og:title`` or an ``<h1>`` is the site's name rather than a headline.

    It is when it is the whole ``<title>`` as well (a logo heading, an ``og:title``
    filled with the site's name) or, with ``column`` (it was read from no ``<h1>``), a short
    first part of it (a column's name), and few of its characters occur in the text, where a
    headline's mostly do. With ``metadata`` (read from ``og:title`` or JSON-LD that no heading
    of the page agreed with) few characters in the text suffice: a site fills ``og:title`` with
    its name on every page, whatever ``<title>`` says.
    """
    if not title:
        return False
    shown, tag = _squash(title), _squash(title_tag)
    if metadata and (
        _overlap(title, "".join(p for p in paragraphs if _sentence(p))[:3000]) < 0.5
        or (len(shown) <= 8 and re.fullmatch(SITE_NAME, script_folded(shown)) is not None)
    ):
        return True  # the site's name, by its characters or its form ("胶东在线", "金华新闻网")
    # Or a column's name that <title> prints before the site's ("学校新闻_江城市实验小学" on every page
    # of the column) and a column heading repeats: short, and no headline of this text.
    column = (
        column
        and len(shown) <= 6
        and tag.startswith(shown)
        and tag[len(shown) : len(shown) + 1] in ("_", "|", "-", "｜")
    )
    if shown != tag and not column:
        return False
    body = "".join(p for p in paragraphs if _sentence(p))[:3000]
    return _overlap(title, body) < (0.8 if column else 0.5)


def _common_run(a: str, b: str) -> int:
    """Return the length of the longest run of characters ``a`` and ``b`` share."""
    best = 0
    for start in range(len(a)):
        for end in range(start + best + 1, len(a) + 1):
            if a[start:end] not in b:
                break
            best = end - start
    return best


def logo_heading(heading: str, tag_headline: str, paragraphs: list[str]) -> bool:
    """Tell whether an ``<h1>`` that disagrees with ``<title>`` is the site's logo rather than the headline.

    A headline and its page's ``<title>`` usually share a run of characters (the
    title is the headline plus the site's name, or a variant of it). An ``<h1>``
    sharing fewer than four is either the headline under a site-wide ``<title>``
    or a logo over a ``<title>`` holding the headline: the one whose characters
    recur in the text is the headline. ``tag_headline`` is ``<title>`` without
    its site suffix (a logo shares the site's name with that suffix).
    """
    tag = _squash(tag_headline)
    if not tag or _common_run(_squash(heading), tag) >= 4:
        return False
    body = "".join(p for p in paragraphs if _sentence(p))[:3000]
    if _overlap(tag, body) < _overlap(heading, body):
        # The <h1> is the more echoed one: a paper's name in <title> that also opens the dateline
        # under the headline ("东州晚报 2010年03月20日 第07版") reads as a heading on an info line.
        return False
    return better_title(heading, tag, paragraphs)
