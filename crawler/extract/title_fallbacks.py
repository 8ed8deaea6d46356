"""Find a headline the page keeps outside any heading: a script's JSON state, a breadcrumb's last step,
a read-only title field, a flash's bracketed lead.

Asked only when the title read so far is ``<title>``'s site or column name (or nothing). Mobile
pages (``m.``) render the headline from a script (``window.__INITIAL_STATE__ = {"article":
{"title": …}}``), so the markup prints none; a forum thread's subject may stand only as the
breadcrumb's last step (``论坛 » 版块 » 主题``) under a ``<title>`` naming the board. A found text
counts only when it reads as this text's headline (the text echoes it), never a related item's.
"""

from __future__ import annotations

import json
import re

from lxml.html import HtmlElement

from crawler.extract.header_texts import element_text
from crawler.extract.heading_lines import _BREADCRUMB, _sentence, _squash
from crawler.extract.titles import better_title, little_echoed, names_only

__all__ = ["bracket_lead", "uncut_headline", "unprinted_headline"]

# "title": "…" or "headline": "…" in a script's JSON (a JS string literal, escapes and all).
_JSON_TITLE = re.compile(r'"(?:title|headline|articleTitle)"\s*:\s*"((?:[^"\\\n]|\\.){4,300})"')
# A breadcrumb names itself ("breadcrumb", "position", Discuz!'s id="pt") or opens with 当前位置.
_CRUMB_HINT = re.compile(
    r"crumb|position|location|weizhi|dqwz|(?:^|\s)pt(?:$|\s)|(?:^|[\s_-])path(?:$|[\s_-])", re.I
)
_CRUMB_LABEL = re.compile(r"\s*(?:当前位置|您的位置|你的位置|所在位置|您现在的位置|你现在的位置)")
_CRUMB_MAX = 200  # a breadcrumb is one short line; a block holding it and the text is no crumb


def unprinted_headline(tree: HtmlElement, title: str, paragraphs: list[str], title_tag: str) -> str:
    """Return the headline from a script's state or the breadcrumb when it beats ``title``, else ``""``."""
    for found in (
        _script_headline(tree, paragraphs),
        _crumb_headline(tree),
        _input_headline(tree),
        bracket_lead(paragraphs),
    ):
        if len(_squash(found)) < 6 or _squash(found) == _squash(title):
            continue
        if not title or better_title(title, found, paragraphs, title_tag=title_tag):
            return found
        if names_only(title_tag or title) and not little_echoed(found, paragraphs):
            return found
    return ""


def _script_headline(tree: HtmlElement, paragraphs: list[str]) -> str:
    """The first ``"title"`` of an inline script that the text echoes (a state holds related items' too)."""
    for script in tree.iter("script"):
        if script.get("src") or "ld+json" in (script.get("type") or ""):
            continue
        for match in _JSON_TITLE.finditer(script.text or ""):
            try:
                text = " ".join(str(json.loads(f'"{match.group(1)}"')).split())
            except ValueError:
                continue
            if len(text) <= 80 and not little_echoed(text, paragraphs):
                return text
    return ""


# A title field's name: ASP.NET's "txtTitle", "tbTitle", a form's "title".
_INPUT_TITLE = re.compile(r"(?:^|[\s_$-])(?:txt|tb|text)?title$", re.I)


def _input_headline(tree: HtmlElement) -> str:
    """The value of a read-only title field (``<input id=txtTitle readonly value=…>``), as 2000s ASP.NET
    pages print their headline in a borderless text box."""
    for node in tree.iter("input"):
        if (node.get("type") or "text").lower() != "text" or (
            node.get("readonly") is None and node.get("disabled") is None
        ):
            continue
        if _INPUT_TITLE.search(node.get("id") or "") or _INPUT_TITLE.search(node.get("name") or ""):
            return " ".join((node.get("value") or "").split())
    return ""


# A flash's bracketed lead: "【标题】新华社3月5日电，…" opens the text; not a source's tag ("【环球网报道】").
# A 微博 post may put its topic before it ("#话题#【标题】…").
_BRACKET_LEAD = re.compile(r"^\s*(?:#[^#\n]{1,30}#\s*)?【(?P<lead>[^【】]{6,60})】(?P<rest>.{20,})")
_SOURCE_TAG = re.compile(r"(?:报道|讯|电|消息|网|记者|编者按|导读|摘要|提示|关注|评论)$|^(?:本报|新华|人民)")


def bracket_lead(paragraphs: list[str]) -> str:
    """The bracketed lead of a 7x24 flash's text (``【标题】新华社3月5日电，…``): its headline, which its page
    prints nowhere else."""
    for paragraph in paragraphs[:8]:
        match = _BRACKET_LEAD.match(paragraph)
        if match is not None:
            return "" if _SOURCE_TAG.search(match.group("lead")) else " ".join(match.group("lead").split())
        if _sentence(paragraph) or re.search(r"[。，；！？]|[:：]\s*$", paragraph):
            # Only page lines (a menu, a post's time, its topic) stand above the text's first line: a
            # line of clauses is the text's own ("各县（市、区）人民政府，市政府各部门：").
            break
    return ""


# What a server's cut of a long heading ends with ("标题前半...", "标题前半…").
_CUT = re.compile(r"\s*(?:…+|\.{3,}|。{3,})$")
# A labelled headline: "标题：…" (豆瓣's topic box under its cut heading).
_HEADLINE_LABEL = re.compile(r"^\s*(?:标\s*题|题\s*目)\s*[:：]\s*")


def uncut_headline(tree: HtmlElement, title: str, copies: list[str]) -> str:
    """Return the whole headline of a title cut with ``...``/``…``, else ``""``.

    A group's or a forum's page cuts a long heading to its box (``<h1>标题前半...</h1>``) and prints
    the whole one elsewhere: in ``<title>`` (``copies``, site parts cut) or after a ``标题：`` label.
    The whole headline starts with what the cut kept and goes on past it.
    """
    cut = _CUT.search(title)
    kept = _squash(title[: cut.start()]) if cut else ""
    if len(kept) < 4:
        return ""
    found = list(copies)
    for node in tree.iter("td", "div", "p", "span", "li"):
        text = element_text(node)
        labelled = _HEADLINE_LABEL.match(text)
        if labelled is not None and len(text) <= 120:
            found.append(text[labelled.end() :])
    for whole in found:
        whole = " ".join(whole.split())
        if _squash(whole).startswith(_squash(title)):
            continue  # a copy printing the ellipsis too: the cut's copy, or the headline's own ("…悔恨不已…")
        if _squash(whole).startswith(kept) and len(_squash(whole)) > len(kept) and not _CUT.search(whole):
            return whole
    return ""


def _crumb_headline(tree: HtmlElement) -> str:
    """The text after a breadcrumb's last separator (``论坛 » <a>版块</a> » 主题``), not a cut one."""
    for node in tree.iter("div", "p", "span", "td", "nav"):
        hint = (node.get("class") or "") + " " + (node.get("id") or "")
        if not (_CRUMB_HINT.search(hint) or _CRUMB_LABEL.match(node.text or "")):
            continue  # only a breadcrumb's own element: no text read of every block on the page
        text = " ".join(node.text_content().split())
        if len(text) > _CRUMB_MAX or len(_BREADCRUMB.findall(text)) < 2 or node.find(".//a") is None:
            continue
        last = _BREADCRUMB.split(text)[-1].strip()
        if not last.endswith(("...", "…")):
            return last
    return ""
