"""Find a headline the page keeps outside any heading: a script's JSON state, a breadcrumb's last step.

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

from crawler.extract.heading_lines import _BREADCRUMB, _squash
from crawler.extract.titles import better_title, little_echoed, names_only

__all__ = ["unprinted_headline"]

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
    for found in (_script_headline(tree, paragraphs), _crumb_headline(tree)):
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
