"""Tell an error page served with HTTP 200 from a short article.

Regional sites often answer a removed or missing article with their own
"page not found" template (对不起，您访问的页面不存在), a gateway error or a
"系统繁忙" page, with status 200. Extraction finds a heading and a line of text
in it, and the crawl would archive the template as the article. A page whose
whole main text is short and says so is refused instead (:class:`ErrorPage`),
so the crawl counts it as a failed fetch and a later ``--resume`` tries again.
"""

from __future__ import annotations

import re

from archive.errors import ErrorPage

# An error template's text is a sentence or two; an article that merely mentions a missing
# page is longer than this.
MAX_ERROR_TEXT = 150

# Words of error templates, not of news: a short brief may mention a busy server, but no
# article says "the page you visited does not exist".
_SAYS_ERROR = re.compile(
    r"(?:页面|网页)(?:不存在|未找到|找不到|已被?删除|已失效|无法访问)|找不到(?:该|此|您要的|您要访问的)?(?:页面|网页)"
    r"|(?:文章|稿件)(?:不存在|已被?删除|已下线)"
    r"|您(?:所|要)?(?:访问|查看|请求|浏览)的(?:页面|网页|文章|稿件|地址)"
    r"|\b404\s*not\s*found|page\s+(?:not\s+found|does\s+not\s+exist)|bad\s+gateway"
    r"|service\s+(?:temporarily\s+)?unavailable|internal\s+server\s+error|gateway\s+time-?out",
    re.IGNORECASE,
)
# A <title>/heading that is an HTTP status line or an error notice ("502 Bad Gateway", "出错了").
_ERROR_TITLE = re.compile(
    r"^\s*(?:[45]\d\d\b|error\b|forbidden|not\s+found|access\s+denied|出错|错误|系统繁忙|服务器(?:错误|繁忙))",
    re.IGNORECASE,
)


def error_page_reason(title: str, body: str) -> str:
    """Return the words that make ``title`` and ``body`` an error page ("" for an article)."""
    text = "".join(body.split())
    if len(text) > MAX_ERROR_TEXT:
        return ""
    found = _SAYS_ERROR.search(text) or _SAYS_ERROR.search(title) or _ERROR_TITLE.search(title)
    return found.group(0).strip() if found else ""


def refuse_error_page(title: str, body: str) -> None:
    """Raise :class:`ErrorPage` when the extracted page is an error page served as a page."""
    reason = error_page_reason(title, body)
    if reason:
        raise ErrorPage(f"not an article: an error page ({reason})")
