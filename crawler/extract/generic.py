"""Main-text extraction for pages without Founder markers or site selectors.

trafilatura is used for the body: on the measured sets (bench/extract_eval.py)
it beats our own readability-style attempts on boilerplate removal, and it
accepts the lxml tree we already parsed, so the page is not parsed twice. What
it lacks for Chinese news (the headline chosen against ``<title>``, 引题/副题,
Chinese dates and bylines) is done in :mod:`crawler.extract.meta`.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

from lxml.html import HtmlElement

from crawler.extract.founder import node_blocks
from crawler.extract.page_furniture import without_link_cells

__all__ = ["PageShape", "body_text", "main_text", "only_headlines", "page_shape"]

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

_PUNCT = re.compile(r"[。！？；，、：“”‘’（）.!?;,]")
_BREADCRUMB = re.compile(r"^(?:当前位置|现在位置|您的位置|你的位置|您现在的位置|所在位置)\s*[:：]")
_SENTENCE = re.compile(r"[。！？；，]")
_CELL_BORDER = re.compile(r"(?<!\\)\|")
# A related feed under a headline whose text did not load: 3 headlines or more, nothing else.
_FEED_LINKS = 3
_NOISE = {"a", "script", "style", "noscript", "select", "option", "nav", "header", "footer", "form", "button"}


def main_text(tree: HtmlElement, url: str) -> list[list[str]]:
    """Return the main text as blocks of lines (may be empty), trafilatura first.

    A block is an HTML paragraph (``<p>``, a heading, a list, a table); its
    lines were split by ``<br>``. Both used to come out as one newline, and the
    normaliser then took web text whose lines end without punctuation (a link
    title, ``-end-``) for hard-wrapped print and glued its paragraphs together.
    """
    trimmed = without_link_cells(tree)
    if trimmed is not tree:
        # A table layout's link columns and breadcrumb taken out; a page that is all links
        # (an index, an edition page) keeps them, and the list tests below see it whole.
        blocks = _main_text(trimmed, url)
        joined = "".join(_flat(blocks))
        if len(_PUNCT.findall(joined)) >= 3 and len(joined) >= 100:
            return blocks
    return _main_text(tree, url)


def _main_text(tree: HtmlElement, url: str) -> list[list[str]]:
    blocks = _trafilatura_blocks(tree, url)
    joined = "".join(_flat(blocks))
    if len(_PUNCT.findall(joined)) < 3 or len(joined) < 100:
        # trafilatura sometimes settles for the navigation bar (gov.cn
        # gazette pages): fall back to the block that holds most sentences.
        dense = densest_block(tree)
        if len(_PUNCT.findall("".join(_flat(dense)))) > len(_PUNCT.findall(joined)):
            return dense
    return recover_lead(tree, blocks)


def _flat(blocks: list[list[str]]) -> list[str]:
    return [line for block in blocks for line in block]


def body_text(lines: list[str], blocks: list[list[str]]) -> str:
    """Join the body's final lines as text, a blank line where they cross from one block to another.

    The article's rules work on ``lines`` (the blocks' lines, some dropped or
    trimmed, a closing editor line added); each line is found again in the
    blocks, in order, to learn where a paragraph break was. A line not found
    (or trimmed beyond recognition) is joined by a plain newline, as all were before.
    """
    origin = [(line, index) for index, block in enumerate(blocks) for line in block]
    at = 0
    out: list[str] = []
    previous: int | None = None
    for line in lines:
        found = next((j for j in range(at, len(origin)) if origin[j][0] == line), None)
        if found is None and line:
            found = next((j for j in range(at, len(origin)) if line in origin[j][0]), None)
        block = origin[found][1] if found is not None else None
        if out:
            out.append("\n\n" if block is not None and previous is not None and block != previous else "\n")
        out.append(line)
        if found is not None:
            at = found + 1
        previous = block
    return "".join(out)


def _squash(text: str) -> str:
    return "".join(text.split())


def _visible(text: str) -> str:
    """Return ``text`` without spaces and invisible characters (zero-width, private-use, controls).

    trafilatura drops the invisible ones from its text while a page's meta
    description keeps them (``免费手纸\ue40c端午``, ``\u200b小编说``): compared
    raw, a lead already in the body looked missing and was put back twice.

    ``str.split`` drops exactly the ``isspace`` characters; what is left is printable
    unless it holds a category-C (or Z, all of which are spaces) character, so most
    texts skip the per-character look-up, which cost a fifth of a generic page's CPU.
    """
    squashed = "".join(text.split())
    if squashed.isprintable():
        return squashed
    return "".join(c for c in squashed if not unicodedata.category(c).startswith("C"))


def recover_lead(tree: HtmlElement, blocks: list[list[str]]) -> list[list[str]]:
    """Put back a lead paragraph that the extractor dropped.

    Summary boxes (``lemma-summary``, ``summary``, ``导语``) sit outside the
    element trafilatura picks, yet hold the article's first paragraph; the
    page's meta description usually repeats it. When the description's
    opening is not in the body but a short block of the page starts with it,
    that block is the lead and goes first.
    """
    description = ""
    for meta in tree.iter("meta"):
        if (meta.get("name") or meta.get("property") or "").lower() in ("description", "og:description"):
            description = _visible(meta.get("content") or "")
            if description:
                break
    # Descriptions often open with the headline, which is no lead.
    for heading in (*tree.iter("title"), *tree.iter("h1")):
        head = _visible(heading.text_content())
        for cut in (head, *re.split(r"[-_|｜—]", head)):
            if len(cut) >= 4 and description.startswith(cut):
                description = description[len(cut) :].lstrip("-—:：|｜ ")
    probe = description[:16]
    if len(probe) < 16 or not blocks or probe in _visible("".join(_flat(blocks))):
        return blocks
    body = tree.find("body")
    for node in (body if body is not None else tree).iter("p", "div", "section", "td"):
        text = _visible(node.text_content())
        if not text.startswith(probe) or len(text) > 1200 or _in_noise(node):
            continue
        links = sum(len(_squash(a.text_content())) for a in node.iter("a"))
        if links < 0.3 * len(text):
            return [*node_blocks(node), *blocks]
    return blocks


def _in_noise(node: HtmlElement) -> bool:
    while node is not None:
        if node.tag in _NOISE:
            return True
        node = node.getparent()
    return False


def densest_block(tree: HtmlElement) -> list[list[str]]:
    """Return the blocks of lines of the smallest element holding most of the page's sentences.

    Sentence punctuation outside links is counted per element bottom-up in one
    pass; from the root we descend into a child while it holds 80% of its
    parent's count.
    """
    counts: dict[HtmlElement, int] = {}
    nodes = [n for n in tree.iter() if isinstance(n.tag, str)]
    for node in reversed(nodes):
        if node.tag in _NOISE:
            counts[node] = 0
            continue
        total = len(_SENTENCE.findall(node.text or ""))
        for child in node:
            total += counts.get(child, 0) + len(_SENTENCE.findall(child.tail or ""))
        counts[node] = total
    node = tree.find("body")
    if node is None:
        node = tree
    while True:
        best = max((c for c in node if isinstance(c.tag, str)), key=lambda c: counts.get(c, 0), default=None)
        if best is None or counts.get(best, 0) < 0.8 * counts.get(node, 0) or counts.get(best, 0) == 0:
            break
        node = best
    return node_blocks(node) if counts.get(node, 0) else []


def _trafilatura_blocks(tree: HtmlElement, url: str) -> list[list[str]]:
    """Return trafilatura's main text as blocks: one per top-level element of its XML body.

    Its plain text ends a ``<p>`` and a ``<br>`` (``<lb/>``) alike with a newline;
    each top-level element is rendered on its own (same text) to keep the
    difference. A top-level ``<lb/>`` only breaks a line: its tail stays in the block.
    """
    import trafilatura
    from trafilatura.xml import xmltotxt

    document = trafilatura.bare_extraction(
        tree,
        url=url or None,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
    )
    body = getattr(document, "body", None) if document is not None else None
    if body is None:
        return []
    blocks: list[list[str]] = [_text_lines(body.text or "")]
    for child in body:
        lines = _text_lines(xmltotxt(child, False))
        if child.tag == "lb":
            blocks[-1].extend(lines)
        else:
            blocks.append(lines)
    return [block for block in blocks if block]


def _text_lines(text: str) -> list[str]:
    lines: list[str] = []
    for raw in text.split("\n"):
        if raw.lstrip().startswith("|"):
            # trafilatura renders tables as "| a | b |"; old regional sites lay
            # out whole articles in tables: keep each row as a line of text.
            # A "|" inside a cell comes escaped (作者 \| 木木, 编辑 \| 大海): it is text, not a border.
            cells = (" ".join(c.replace("\\|", "|").split()) for c in _CELL_BORDER.split(raw))
            row = " ".join(cell for cell in cells if cell)
            if row and not set(row) <= set("-: "):
                lines.append(row)
        elif raw.strip():
            lines.append(" ".join(raw.split()))
    return [line for line in lines if not _breadcrumb_only(line)]


def _breadcrumb_only(line: str) -> bool:
    """Tell a breadcrumb line (``当前位置：首页 > 新闻``) from a text that a layout glued behind one.

    Old templates print the trail, the headline and the whole article in one cell:
    such a line holds sentences and is kept (the headline and the trail before it
    are cut later, as an info line joined to the text is).
    """
    if not _BREADCRUMB.match(line):
        return False
    return len(line) <= 100 or len(_SENTENCE.findall(line)) < 3


@dataclass
class PageShape:
    """Measures that tell an article from a list, index or forum page."""

    text_chars: int
    link_chars: int
    long_links: int
    body_chars: int
    body_sentences: int
    body_lines: int
    body_link_chars: int
    body_any_link_chars: int = 0  # body lines that are (a piece of) a link's text, of any length
    body_paragraph_chars: int = 0  # body lines of 50+ characters with 2+ marks that are no link
    body_short_links: int = 0  # body lines of at most 12 characters that are links (第01版：要闻, PDF下载)
    body_headline_links: int = 0  # body lines that are the whole text of a link of 8+ characters

    @property
    def link_density(self) -> float:
        """Share of the page's visible text that sits inside links."""
        return self.link_chars / self.text_chars if self.text_chars else 1.0


def page_shape(tree: HtmlElement, body: list[str]) -> PageShape:
    """Measure link density and title-like links, and the body's size."""
    link_chars = 0
    long_links = 0
    link_texts: set[str] = set()
    every_link: set[str] = set()
    for link in tree.iter("a"):
        text = " ".join("".join(link.itertext()).split())
        link_chars += len(text)
        if text:
            every_link.add(text)
        if len(text) >= 8:
            long_links += 1
            link_texts.add(text)
    body_node = tree.find("body")
    root = body_node if body_node is not None else tree
    text_chars = sum(map(len, map(str.strip, root.itertext())))
    joined = "".join(body)
    linked = [line in every_link or (len(line) >= 2 and any(line in t for t in every_link)) for line in body]
    return PageShape(
        text_chars=text_chars,
        link_chars=link_chars,
        long_links=long_links,
        body_chars=len(joined),
        body_sentences=len(_PUNCT.findall(joined)),
        body_lines=len(body),
        body_link_chars=sum(len(line) for line in body if line in link_texts),
        body_headline_links=sum(1 for line in body if line in link_texts),
        body_any_link_chars=sum(len(line) for line, link in zip(body, linked, strict=True) if link),
        body_short_links=sum(1 for line, link in zip(body, linked, strict=True) if link and len(line) <= 12),
        body_paragraph_chars=sum(
            len(line)
            for line, link in zip(body, linked, strict=True)
            if not link and len(line) >= 50 and len(_PUNCT.findall(line)) >= 2
        ),
    )


def only_headlines(shape: PageShape) -> str | None:
    """Return why a page whose main text is other articles' headlines is no article, or None.

    A page whose text is loaded by script (今日头条, 百家号 shells) or was taken
    down shows its own headline and info line over a related feed: what is left
    as "text" is a few headline links and their sources, no paragraph at all.
    Fewer links than a list page has, so :func:`looks_like_list` lets it pass,
    and its own headline and date (``_dated_post``) must not save it.
    """
    if (
        shape.body_headline_links >= _FEED_LINKS
        and shape.body_link_chars > 0.6 * shape.body_chars
        and shape.body_paragraph_chars == 0
    ):
        return f"main text is only other articles' headlines ({shape.body_headline_links} links)"
    return None


def looks_like_list(shape: PageShape) -> str | None:
    """Return why a page is a list/index page rather than an article, or None.

    Thresholds from the GNE test pages: list and forum pages have 76-300
    title-like links, at most 12 sentences of "main text" in lines of 6-11
    characters on average. Articles with that many links (portal sidebars) have
    more sentences or longer lines (song lyrics: no punctuation, 17 characters
    a line; short English articles: 50 and more).
    """
    average = shape.body_chars / shape.body_lines if shape.body_lines else 0.0
    if shape.long_links >= 20 and shape.body_link_chars > 0.6 * shape.body_chars:
        return f"main text is mostly headline links ({shape.long_links} title-like links)"
    if shape.long_links >= 40 and shape.body_sentences < 20 and average < 14:
        return f"{shape.long_links} title-like links and only {shape.body_sentences} sentences of text"
    if (
        shape.body_short_links >= 3
        and shape.body_any_link_chars > 0.5 * shape.body_chars
        and shape.body_paragraph_chars < 0.25 * shape.body_chars
    ):
        # An e-paper edition page: its articles' headlines, its pages' links (第01版：要闻,
        # 下一版, PDF下载) and a date, most of it link text and no paragraph. A page whose text
        # did not load shows related headlines alone (long lines): it keeps its own headline.
        return "main text is mostly link text (an index or edition page)"
    if shape.body_chars < 30:
        return f"no main text ({shape.body_chars} characters)"
    if shape.body_sentences < 3 and shape.body_chars < 200:
        return f"main text too short ({shape.body_chars} characters)"
    return None
