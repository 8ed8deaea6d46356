"""Decide an article's credits from its byline zones, its ``author`` metadata and byline-classed elements.

Labelled bylines in the text (:func:`crawler.extract.people.find_people`) are
the most trustworthy source. ``<meta name="author">`` is often the site
(``网易``, ``chinanews``), the source outlet (``参考消息``), a template
placeholder (``name, email@gmail.com``) or the web editor, so a metadata name
is kept only when it passes the name validator, is not the site or an
outlet, is not credited as editor, and also appears in the page's visible
text. An element whose class says "author" (``postauthor`` of a forum,
``author`` of a blog) is read last, and only for a short personal name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from archive.items import ArticleItem
from crawler.extract.name_lists import minority_name, uyghur_start
from crawler.extract.people import (
    COMMON_SURNAMES,
    COMPOUND_SURNAMES,
    OUTLET_ENDINGS,
    People,
    closing_co_writers,
    find_people,
    label_like,
    plausible_name,
    script_folded,
    split_names,
    surname_first,
)
from crawler.extract.word_credits import (
    ascii_word,
    dictionary_phrase,
    dictionary_word,
    guessed_word,
    surname_word,
)

__all__ = [
    "blog_owner",
    "credited_as_editor",
    "fill_credits",
    "hinted_byline_names",
    "labelled_poster",
    "metadata_authors",
    "opening_zone",
    "profile_poster",
]

_TAGS = re.compile(r"(?s)<script.*?</script>|<style.*?</style>|<!--.*?-->|<[^>]+>")
_TITLE_PARTS = re.compile(r"\s*(?:_|\||｜|-|–|—|·)\s*")
_BYLINE_LABEL = re.compile(r"^.*?(?:作者|楼主|发帖人|博主|记者|文|by)\s*[:：︱|/／]?\s*", re.I)
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]+")
_WHOLE_PAGE_EDITOR = re.compile(r"(?:责任编辑|责编)\s*[:：︱|]\s*[^<\n]{2,40}")


@lru_cache(maxsize=4)
def _visible(html: str) -> str:
    """Return the page's body text, tags dropped; cached as one page asks it once per name."""
    start = html.lower().find("<body")
    return _TAGS.sub(" ", html[start if start >= 0 else 0 :])


def _is_site(name: str, html: str, title: str, source_name: str) -> bool:
    """Tell whether ``name`` names the site or an outlet rather than a person."""
    if name.endswith(OUTLET_ENDINGS) or (source_name and (name in source_name or source_name in name)):
        return True
    suffixes = _TITLE_PARTS.split(title)[1:]
    if any(name in part for part in suffixes):
        return True
    if _HAN_NAME.fullmatch(name) and name not in html:
        return False  # the searches below all need the name on the page, and Han has no case
    # Sina's article:author is the outlet the article came from: "来源：参考消息".
    if re.search(r"来源\s*[:：]?\s*(?:<[^>]*>\s*)*" + re.escape(name), html):
        return True
    # ... or printed in an element classed as the source: <a class="source">参考消息</a>
    # (WeChat's rich_media_* classes name the page's parts: its writer sits in rich_media_meta_text).
    classed = r"class=[\"'](?P<cls>[^\"']*)[\"'][^>]*>\s*"
    for match in re.finditer(classed + re.escape(name), html, re.I):
        classes = re.sub(r"rich_media", "", match.group("cls"), flags=re.I)
        if re.search(r"source|laiyuan|media", classes, re.I):
            return True
    # A word that is part of a host name on the page is the site ("chinanews").
    return bool(re.search(re.escape(name) + r"\.(?:com|cn|net|org)", html, re.I))


def metadata_authors(
    meta_author: str, html: str, title: str, people: People, *, shown: bool = True
) -> list[str]:
    """Return the names of an ``author`` meta tag that are credible as the article's authors.

    ``shown=False`` is for JSON-LD authors typed ``Person``: structured data
    that says "this person wrote it" need not be printed on the page too.
    A metadata author is a writer's credit: the word rules of a labelled
    writer's (:func:`_words_refused`) apply.
    """
    if not meta_author.strip():
        return []
    visible = _visible(html) if shown else meta_author
    kept: list[str] = []
    for piece in re.split(r"[,，、;；/|]+", meta_author):
        piece = piece.strip()
        if not plausible_name(piece) or piece in people.editors or piece in people.photographers:
            continue
        if _word_credit(piece):
            continue  # "剪映", "方面": a word, refused as a labelled writer's credit is
        if _is_site(piece, html, title, people.source_name) or piece not in visible:
            continue
        if credited_as_editor(piece, html):
            continue
        if piece not in kept:
            kept.append(piece)
    return kept


def credited_as_editor(name: str, html: str) -> bool:
    """Tell whether the page credits ``name`` as its editor anywhere (``【编辑:陈海峰】``, ``责任编辑：X``).

    A name from a weak source (a byline-classed element, the ``author`` meta
    tag) that the page prints as editor is the web editor a CMS filled into
    every credit field, not the writer.
    """
    return bool(re.search(r"(?:责任编辑|责编|编辑)\s*[:：︱|/／]?\s*" + re.escape(name), _visible(html)))


def _personal(name: str) -> bool:
    """Tell whether a name from a weak source looks personal: a common surname and 2-4 characters.

    Surnames are listed in simplified script: 羅敏儀 is read as 罗敏仪.
    """
    if re.fullmatch(r"[A-Za-z][A-Za-z.\-' ]*", name):
        return " " in name  # "Demi Xia"; a lone ASCII word there is a login
    name = script_folded(name)
    return 2 <= len(name) <= 4 and (name[0] in COMMON_SURNAMES or name[:2] in COMPOUND_SURNAMES)


# A forum poster's nickname (read only next to a post header, see hinted_byline_names).
# A user name's digits are part of it ("小鱼儿2008"; a login of letters, "wxy1987", is no nickname).
_NICK = re.compile(r"[\u4e00-\u9fff]{2,8}[0-9]{0,6}")
_NOT_NICKNAMES = frozenset(
    "楼主 作者 管理员 版主 游客 匿名 匿名用户 会员 网友 本站 发表于 只看该作者 查看 回复".split()
)


def _nickname(text: str) -> str:
    """Return a forum poster's Chinese nickname (``赣妹子小芳``), or ``""`` for labels and logins.

    A nickname is no personal name, so it is read only from a post header
    (see :func:`hinted_byline_names`): 2-8 Chinese characters, not a role,
    label or site word.
    """
    text = _BYLINE_LABEL.sub("", " ".join(text.split()))
    if not _NICK.fullmatch(text) or text in _NOT_NICKNAMES or label_like(text):
        return ""
    return "" if text.endswith(OUTLET_ENDINGS) else text


def hinted_byline_names(texts: list[str], *, post_header: bool = False) -> list[str]:
    """Return personal names from byline-classed elements' texts (first element that gives one).

    With ``post_header`` (the page prints "发表于 <date>", a forum thread), the
    first element's text may be a nickname rather than a personal name.
    """
    for text in texts:
        text = " ".join(text.split())
        if not text or len(text) > 40:
            continue
        names = [n for n in split_names(_BYLINE_LABEL.sub("", text)) if _personal(n)]
        if names:
            return names[:3]
        if post_header and (nick := _nickname(text)):
            return [nick]
    return []


# A post header's labelled poster: "[楼主] 作者：北方的狼 发表时间:…", "楼主：客家阿妹", "发帖人：老枪".
_POSTER_LABEL = re.compile(r"(?:楼主|作者|发帖人)\s*[:：]\s*(?P<name>[^\s:：|/()（）\[\]【】<>]{2,12})")


def labelled_poster(above: str) -> str:
    """Return the nickname a thread's post header labels as its poster (the first label above the text).

    Asked only on a thread (the page prints a post header), with the text
    above the first post: replies and their posters come after it. A login
    (``wxy1987``) or a label gives ``""``.
    """
    match = _POSTER_LABEL.search(above)
    return _nickname(match.group("name")) if match else ""


# A forum's poster box: the nickname, maybe a rank, then the profile's fields
# ("山城棒棒 级别: 中级会员 发帖: 1798", "大漠孤烟 论坛元老 UID 390 帖子 2554").
_PROFILE_FIELD = r"(?:级别|等级|积分|帖子|发帖|UID|注册时间|精华|威望)\s*[:：]?\s*\S"
_NICK_TOKEN = r"(?:^|\s)(?P<name>[^\s:：|/()（）\[\]【】<>»>]{2,12})\s+"
# The name right before a field first; with a rank between them only when no name is ("茶余饭后 山城棒棒
# 级别:": the board's name in the breadcrumb, then the poster).
_PROFILES = (
    re.compile(_NICK_TOKEN + _PROFILE_FIELD),
    re.compile(_NICK_TOKEN + r"[\u4e00-\u9fff]{2,6}\s+" + _PROFILE_FIELD),
)


def profile_poster(above: str) -> str:
    """Return the nickname a thread's poster box shows first above the text, or ``""``.

    Asked only on a thread, with the text above the first post (or the first
    line it is glued to): replies' boxes come later.
    """
    match = next((m for pattern in _PROFILES if (m := pattern.search(above))), None)
    return _nickname(match.group("name")) if match else ""


_BLOG_OWNER = re.compile(r">\s*([\u4e00-\u9fff]{2,8})的(?:个人)?(?:博客|空间|BLOG|blog)\s*<")


def blog_owner(html: str, headline: str, title_tag: str = "") -> list[str]:
    """Return the owner of a personal blog from its header ("林小鹿的博客"), when a personal name.

    Only a header above the post counts: a "X的博客" link in a sidebar or a
    list below the text names someone else. A nickname (``老街故事``) counts
    when ``<title>`` names it too, as blog platforms print it
    (``标题-老街故事-和讯博客``, ``标题 - 老街故事的日志 - 网易博客``).
    """
    match = _BLOG_OWNER.search(html)
    if not match:
        return []
    owner = match.group(1)
    parts = {part.strip() for part in _TITLE_PARTS.split(title_tag)[1:]}
    titled = bool(parts & {owner, f"{owner}的日志", f"{owner}的博客", f"{owner}的空间", f"{owner}的个人空间"})
    personal = len(owner) <= 4 and plausible_name(owner) and _personal(owner)
    if not personal and not (titled and _nickname(owner)):
        return []
    body = html.lower().find("<body")
    at = html.find(headline, max(body, 0)) if headline else -1
    return [match.group(1)] if 0 <= match.start() < at else []


def _extend(target: list[str], names: list[str], *, exclude: list[str] | None = None) -> None:
    for name in names:
        if name not in target and name not in (exclude or []):
            target.append(name)


# Where a clause ends: a zone cut there does not end inside a name or a sentence.
_CLAUSE_END = re.compile(r"[，。！？；）)]")


def opening_zone(paragraph: str, size: int = 120, reach: int = 60) -> str:
    """Return a paragraph's opening as a byline zone: ``size`` characters, on to the next clause end.

    A zone cut at a fixed length may end inside a name (``记者 姜振军 通讯员 陈子|妍）``)
    or a sentence that reads like a byline (``记者慕名|来到…``); a clause end within
    ``reach`` more characters closes the zone instead.
    """
    if len(paragraph) <= size:
        return paragraph
    end = _CLAUSE_END.search(paragraph, size, size + reach)
    return paragraph[: end.end() if end else size]


def _words_refused(people: People) -> People:
    """Drop the writers', correspondents' and photographers' credits that are words, not names.

    By structure (:mod:`crawler.extract.word_credits`): two words of text
    (来源不详), one word of text with no surname (投稿, 截图), listed or guessed
    by the tagger (抖音, 剪映), an everyday word opening with a surname (单位,
    方面), one ASCII word that is no pinyin (style, PHPWind). An editor's credit keeps all three: editors
    are credited by pen names that are words (十二, 大熊, 风情摇曳) and by logins
    of an English name and a pinyin surname (alonliu).
    """
    # ... except a pen name printed beside the real name ("文/半夏（本名梁婧婷）"): the credit vouches for it.
    people.authors = [n for n in people.authors if n in people.pen_names or not _word_credit(n)]
    people.correspondents = [n for n in people.correspondents if not _word_credit(n)]
    people.photographers = [n for n in people.photographers if not _word_credit(n) and not _agency_like(n)]
    return people


def _agency_like(name: str) -> bool:
    """Tell whether a photographer's credit of four Han characters opens with no surname (站酷海洛).

    A four-character name opens with a compound surname (欧阳晓峰) or is a Tibetan or Mongolian
    name (扎西顿珠), or a Uyghur or Kazakh one written in the characters of their transliterations
    (帕尔哈提, 库尔班江, 艾克拜尔: a Xinjiang paper's photographers); otherwise the credit is a stock
    agency's or a platform's.
    """
    folded = script_folded(name)  # 歐陽曉峰: the surname lists are in simplified script
    return (
        len(folded) == 4
        and bool(re.fullmatch(r"[\u4e00-\u9fff]+", folded))
        and not surname_first(folded)
        and not minority_name(folded)
        and not _TRANSLITERATED.search(folded)
        and not uyghur_start(folded)  # 伊力哈木, 阿不都拉
    )


# Characters of Uyghur and Kazakh names in Chinese transliteration (尔, 提, 拜, ...; 江 closing
# 库尔班江), which no stock agency's or platform's name (站酷海洛, 视觉中国, 图虫创意) uses.
_TRANSLITERATED = re.compile(r"[尔提拜曼孜汗吐穆麦买努依]|江$")


def _word_credit(name: str) -> bool:
    return (
        dictionary_phrase(name)
        or dictionary_word(name)
        or guessed_word(name)
        or surname_word(name)
        or ascii_word(name)
    )


def fill_credits(item: ArticleItem, zones: list[str], page_text: str) -> People:
    """Fill authors, correspondents, editors, photographers and the source name from byline zones.

    ``page_text`` is a wider text searched for a closing editor line when the
    zones name none.
    """
    # A blank line between zones: a label ending one zone must not read the next zone's first words.
    people = _words_refused(find_people("\n\n".join(zones)))
    _extend(item.editors, people.editors)
    if not item.editors:
        for match in _WHOLE_PAGE_EDITOR.finditer(page_text):
            _extend(item.editors, _words_refused(find_people(match.group(0))).editors)
    _extend(item.authors, people.authors, exclude=item.editors)
    _extend(item.authors, closing_co_writers(zones, item.authors), exclude=item.editors)
    _extend(item.correspondents, people.correspondents, exclude=item.authors)
    _extend(item.photographers, people.photographers)
    item.source_name = item.source_name or people.source_name
    people.editors = list(item.editors)
    return people
