"""Forms a headline takes in a page's metadata and headings, read back to the headline as printed.

CMSs copy the headline into ``<title>``, ``og:title`` and JSON-LD and change it on the way:
they fold full-width punctuation to ASCII (``，`` → ``,``), cut it with an ellipsis
(``标题前半…``), escape it as HTML once more than the markup needs (``&quot;`` read literally),
or put the site's name before it in brackets (``【红网】标题``). A forum prints the thread's
type as a link before the subject (``<a href=...typeid=5>[原创]</a> 标题``). These helpers
compare and clean such copies; the headline kept is always the page's printed one.
"""

from __future__ import annotations

import html
import re

__all__ = [
    "PAGE_WORD",
    "RED_HEADER",
    "SITE_NAME",
    "SLOGAN",
    "agreement_form",
    "cut_prefix",
    "extends_clause",
    "extends_cut",
    "metadata_unescaped",
    "type_link",
]

# A site's or channel's name as <title>s print it: "江城新闻网", "胶东在线", "体育频道".
SITE_NAME = r"[^-_|｜\s]{1,12}(?:网|报|频道|在线|新闻|日报|晚报)"
# A site's slogan after its name in <title> ("X网——湖南第一新闻门户", "X网_X日报社主办"), or its
# platform's name ("绍兴网网络问政平台"): a name, never a headline.
SLOGAN = (
    r"[^-_|｜\s]{0,16}(?:(?:报社|报业集团|宣传部|新闻中心|融媒体中心|广播电视台)主办"
    r"|新闻门户|门户网站|新闻网站|官方网站|问政平台)"
)

# The issuing body's red header: "X市人民政府办公室文件", "中共X市委办公室", "X局文件".
RED_HEADER = re.compile(
    r"(?:中共)?[\u4e00-\u9fff]{2,16}(?:(?:人民政府|[市县区省]委)(?:办公室|办公厅)?|局|厅|委员会)?文件"
    r"|中共[\u4e00-\u9fff]{2,10}[市县区省]委(?:办公室|办公厅)?|[\u4e00-\u9fff]{2,12}人民政府办公[室厅]"
)
# A page's generic word where a headline would stand: in <title> ("标题 - 正文", "X网--新闻详情--标题") or as
# the article box's caption ("<h1>信息内容</h1>" over the headline).
# Or an intro box's ("直播简介", "视频介绍").
PAGE_WORD = re.compile(
    r"(?:新闻|文章|信息|回复|答复|留言)?(?:正文|详细内容|详情|内容)(?:页)?|内容详情|阅读(?:新闻|文章)"
    # A 问政 page's reply box ("<h2>回复内容</h2>", "办理结果") over the reply, under the question.
    r"|(?:办理|处理|回复|答复)(?:结果|情况|意见)"
    r"|(?:直播|视频|节目|活动|内容)?(?:简介|介绍)"
)

_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
# Quotation marks: a CMS's copy prints “”, 「」 or 『』 as straight quotes ("), or the other way round.
_QUOTES = {ord(ch): '"' for ch in "“”„‟「」『』"} | {ord(ch): "'" for ch in "‘’"}


def agreement_form(text: str) -> str:
    """Return ``text`` as headlines are compared with their copies: spaces dropped, widths folded.

    ``挣钱须合法，男子…`` under ``<title>挣钱须合法,男子…``: the CMS folded the copy's
    punctuation, not the headline's words; its quotation marks too (``“”``/``「」`` printed, ``"`` in
    ``og:title``).
    """
    return "".join(text.translate(_FULL_WIDTH).translate(_QUOTES).split())


# An ellipsis ends a cut copy: "...", "..", "…", "……", "。。。", before an optional site suffix.
_CUT = re.compile(r"^(?P<kept>.+?)(?:\.{2,}|…+|。{3,})(?:\s*(?:[-_|｜]|--|——).*)?$")


def cut_prefix(copy: str) -> str:
    """Return the part of a cut copy of a headline before its ellipsis (``""`` when it is not cut).

    ``og:title`` and ``<title>`` are often the headline's first characters and ``...``;
    4 kept characters at least, in the agreement form.
    """
    match = _CUT.match(copy.strip())
    if match is None:
        return ""
    kept = agreement_form(match.group("kept"))
    return kept if len(kept) >= 4 else ""


def extends_cut(text: str, kept: str) -> bool:
    """Tell whether a printed ``text`` is the whole headline of which ``kept`` is the cut start."""
    shown = agreement_form(text)
    return bool(kept) and shown.startswith(kept) and len(shown) > len(kept)


# Where a clause ends: a CMS's short title (短标题) stops at one ("标题前半" of "标题前半，后半").
_CLAUSE_MARKS = "，,：:、；;！!？?"


def extends_clause(text: str, kept: str) -> bool:
    """Tell whether a printed ``text`` is a headline whose first clause is ``kept`` (a short title).

    CMSs keep a short title for lists and shares and write it into ``og:title`` or
    ``<title>`` (``叙利亚政府军多地发动攻势`` for ``叙利亚政府军多地发动攻势，打死200多名极端分子``):
    the printed headline goes on past it after a comma, a colon or a space, never mid-word.
    ``kept`` is in the agreement form, 4 characters at least.
    """
    shown = agreement_form(text)
    if len(kept) < 4 or not shown.startswith(kept) or len(shown) <= len(kept) or "。" in shown:
        return False
    if kept[-1] in _CLAUSE_MARKS:
        return True
    seen = 0
    for at, char in enumerate(text):
        seen += not char.isspace()
        if seen == len(kept):
            after = text[at + 1 : at + 2]
            return bool(after) and (after.isspace() or after in _CLAUSE_MARKS)
    return False


_ENTITY = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")


def metadata_unescaped(value: str) -> str:
    """Return a metadata headline with HTML references resolved once more (``&quot;``, ``&#8220;``).

    A CMS that escapes the headline before writing it into JSON-LD (where no parser
    resolves references) or into an already-escaped attribute leaves them in the text.
    """
    return html.unescape(value) if _ENTITY.search(value) else value


# A thread-type link before a forum subject: "[原创]", "【转载】", "[讨论]".
_TYPE_TAG = re.compile(r"\s*[\[【［][^\]】］]{1,6}[\]】］]\s*")


def type_link(text: str, href: str) -> bool:
    """Tell whether a link at the start of a heading is the thread's type, not part of the headline.

    Discuz! and phpwind print it as ``<a href="forum.php?...typeid=5">[原创]</a>`` before
    the subject: a bracketed word linking to a filtered list of the board.
    """
    return bool(href) and _TYPE_TAG.fullmatch(text) is not None
