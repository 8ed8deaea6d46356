"""Read the layout of printed text: blocks, lines, paragraphs, headings and credit lines.

Print text is hard-wrapped at the column width, and a blank line may be a
paragraph break or just the bottom of a column. The rules decide, from
line ends, line widths and indentation, which lines belong together. The same
analysis serves one article (:mod:`paragraphs`) and a whole page (:mod:`page`).

:func:`layout` runs the stages in order; the rules live in modules by role: one line's reading
(:mod:`lines`), the element type (:mod:`element`), blocks and furniture (:mod:`blocks`),
headlines over their body (:mod:`split_heads`), column widths (:mod:`columns`), a block's
headline shape (:mod:`heading_blocks`), a block set apart by its neighbours (:mod:`set_apart`),
the kinds of a block's lines (:mod:`line_kinds`), column-break joining (:mod:`column_breaks`)
and headings' roles (:mod:`heading_roles`). The names other modules read here stay importable.
"""

from __future__ import annotations

from crawler.normalize.blocks import _blocks
from crawler.normalize.column_breaks import (
    _closes_open_credit,
    _headline_after_open_text,
    _lone_dateline,
    _open_end,
    ended_short,
    finishes_byline_across_break,
    marked_section,
)
from crawler.normalize.columns import SHORT_OF_COLUMN, _column_width, _context, _near_column, _own_column
from crawler.normalize.credits import heads_article
from crawler.normalize.editors_notes import is_editors_note
from crawler.normalize.element import Element
from crawler.normalize.furniture import is_caption
from crawler.normalize.heading_blocks import (
    _DASH_OPENERS,
    _caption_block,
    _cut_short_headline,
    _heading_block,
    _opens,
    _over_a_dashed_subtitle,
    headline_shaped,
)
from crawler.normalize.heading_roles import (
    _bulleted_clause_under_headlines,
    _clause_of_paragraph_below,
    _indented_subhead,
    _last_sentence_over_slash_byline,
    _marked_subhead,
    _subhead_between_one_column,
)
from crawler.normalize.line_kinds import _block_elements
from crawler.normalize.lines import _ends_in_byline as _ends_in_byline  # tests read it here
from crawler.normalize.lines import ends, join_lines
from crawler.normalize.set_apart import (
    _after_an_ended_text,
    _after_closed_or_headline,
    _between_headlines,
    _inside_a_column_break,
    _runs_into_next_block,
    _short_of_columns,
    _unindented_between_paragraphs,
    _wrapped_at_column,
)
from crawler.normalize.split_heads import _split_heads

__all__ = ["SHORT_OF_COLUMN", "Element", "ended_short", "ends", "headline_shaped", "join_lines", "layout"]


def layout(text: str, *, titles: bool) -> list[Element]:
    """Analyse ``text`` into elements in reading order, with column breaks mended.

    With ``titles`` (a whole page) a heading block standing alone, or one that
    leads into a dateline, is a headline ("title"); otherwise headings are subheads.
    """
    blocks = _blocks(text, page=titles)
    if not blocks:
        return []
    heads: set[int] = set()
    if titles:
        blocks, heads = _split_heads(blocks)
    ctx = _context(blocks)
    elements: list[Element] = []
    held: list[Element] = []  # headlines interleaved at a column break, waiting for the text's rest
    split = 0  # the block of the text they split
    for number, block in enumerate(blocks):
        if titles and _caption_block(block):
            # One paragraph set apart under its picture: its first line is no subhead, and no text goes
            # on in it.
            lines = [line for line, _ in block]
            elements.append(Element("text", lines, block_start=True, block_end=True, indented=block[0][1]))
            continue
        if number in heads:
            # A headline read by the evidence under it (:func:`_split_heads`): its lines are no text.
            lines = [line for line, _ in block]
            elements.append(Element("heading", lines, block_start=True, block_end=True, indented=block[0][1]))
            continue
        if titles and _cut_short_headline(block):
            lines = [line for line, _ in block]
            elements.append(Element("heading", lines, block_start=True, block_end=True))
            continue
        next_block = blocks[number + 1] if number + 1 < len(blocks) else None
        # The column of the text just before: a block that fills it and goes on is more of that text.
        before = _column_width(blocks[number - 1], ctx) if number else 0.0
        next_opens = _opens(next_block, _column_width(block, ctx))
        after = _column_width(next_block, ctx) if next_block is not None else 0.0
        apart = (
            next_opens
            or (titles and _short_of_columns(block, before, after))
            # No text began before the page's first block: lines short of the next text's own column
            # (铜仁两人暴力阻挠交警执法， over text without a dateline) stand apart from it.
            or (titles and number == 0 and _short_of_columns(block, _own_column(next_block or []), after))
            # Nor can a block under a headline go on it: lines short of the next text's own column
            # are another headline set there (headlines stacked over their texts).
            or (
                titles
                and number > 0
                and (_heading_block(blocks[number - 1]) or _over_a_dashed_subtitle(blocks[number - 1]))
                and _short_of_columns(block, _own_column(next_block or []), after)
            )
            or (titles and _unindented_between_paragraphs(blocks, number, ctx))
            # Between one-line paragraphs, the columns their text shows just before and after.
            or (
                titles
                and number > 0
                and next_block is not None
                and _short_of_columns(
                    block, _near_column(blocks, number - 1, -1, ctx), _near_column(blocks, number + 1, 1, ctx)
                )
            )
            or (titles and _over_a_dashed_subtitle(block))
            or (titles and _after_an_ended_text(blocks, number, before, after))
        )
        # Lines short of the columns the blocks on both sides show by their own full lines are
        # set apart by width alone (the text's usual width is no evidence for a block without any).
        before_own = _own_column(blocks[number - 1]) if number else 0.0
        after_own = _own_column(next_block) if next_block is not None else 0.0
        # A headline interleaved at another article's column break: the text before it broke off
        # inside a word that the block after it finishes (投入到用户体验和服务上，口 / 马克龙出访美国，为何 /
        # 注定空手而归？ / 碑不是吹出来的): the block stands apart, and is set after the text it split.
        interleaved = titles and _inside_a_column_break(blocks, number, split if held else None)
        if interleaved and not held:
            split = number - 1
        apart = apart or interleaved
        set_apart = titles and (
            interleaved
            or _over_a_dashed_subtitle(block)
            or _short_of_columns(block, before_own, after_own)
            or _after_an_ended_text(blocks, number, before_own, after_own)
            # At the page's start no text began that the block could end; under a headline and
            # over what opens something (a dateline, a credit, another headline) a block stands
            # with headlines, not with text.
            or (number == 0 and next_opens)
            or (
                number > 0
                and _heading_block(blocks[number - 1])
                and next_opens
                and len(blocks) > 1
                # A paragraph between a subhead and a headline opens indented or fills the column.
                and _short_of_columns(block, ctx.column, ctx.column)
                and not any(indented for _, indented in block)
            )
        )
        # A paragraph's start broken off at the column's foot, its word going on in the next block,
        # stands apart from nothing: it is text, and the next block goes on it.
        runs_on = titles and number > 0 and _runs_into_next_block(block, before_own, next_block)
        if runs_on:
            apart = set_apart = False
        for element in _block_elements(
            block,
            ctx,
            next_opens=apart,
            before=before,
            # Between two headlines, as at the page's start, no text began that the block could end;
            # nor after a headline or a text its byline closed.
            page_start=titles
            and (
                number == 0 or _between_headlines(blocks, number) or _after_closed_or_headline(blocks, number)
            ),
            page=titles,
            set_apart=set_apart,
            # Lines filling the column that the text before shows by its own full lines, a word
            # broken across them, are that text cut by a column break, unless set apart.
            wrapped=titles
            and number > 0
            and not set_apart
            and _wrapped_at_column(block, before_own, blocks[number - 1][-1][0]),
        ):
            if runs_on:
                element.kind = "text"
            prev = elements[-1] if elements else None
            mend = (
                prev is not None
                and element.block_start
                and prev.block_end
                and _open_end(prev)
                and (ctx.wrapped or ends(prev.lines[-1]) == "soft")
                and not element.dateline
                and element.kind != "credit"
                and not (
                    titles
                    and _headline_after_open_text(
                        element,
                        prev,
                        # A bulleted subhead next opens a section of the broken text, no article.
                        (next_opens and not marked_section(next_block)) or interleaved,
                        before,
                    )
                    and not _closes_open_credit(prev, element)
                )
                # A caption set apart under its picture is no column break of the text above.
                and not (titles and element.block_end and is_caption(element.text))
                and not (titles and ended_short(prev.lines))
            )
            # A byline's role word cut off by a column break (…报道 端木晓嘉 / 摄) goes on that byline.
            mend = mend or (
                titles and prev is not None and prev.block_end and finishes_byline_across_break(prev, element)
            )
            if prev is not None and mend:
                # A blank line after a line that does not end a sentence is a column break.
                if element.kind == "heading":
                    element.kind = "text"
                prev.mends.append(len(prev.lines))
                prev.lines.extend(element.lines)
                prev.block_end = element.block_end
                continue
            if not titles and prev is not None and _lone_dateline(prev) and element.kind == "text":
                # An article's dateline in an HTML paragraph of its own opens the next one.
                prev.kind, prev.dateline = "text", True
                prev.lines.extend(element.lines)
                prev.block_end = element.block_end
                continue
            if interleaved and element.kind == "heading":
                held.append(element)  # set after the next block, which goes on the text it split
                continue
            elements.append(element)
        if not interleaved and held:
            elements.extend(held)
            held = []
    elements.extend(held)
    for i, element in enumerate(elements):
        if element.kind != "heading":
            continue
        following = elements[i + 1] if i + 1 < len(elements) else None
        if titles and is_editors_note(element.lines[0]):
            # An editor's note (编者按：…) is the text of the article under it, however short its lines.
            element.kind = "text"
            continue
        if titles and _indented_subhead(element, elements[i - 1] if i else None, following):
            # Indented like the paragraphs, it is no headline even over a dateline: set at a
            # text's end (举报本文 over 湛江晚报湛江讯…), it is that text's last paragraph.
            if following is not None and following.dateline:
                element.kind = "text"
                continue
        if following is not None and following.kind == "text" and following.dateline:
            element.role = "title"
        elif not titles:
            element.role = "sub"
        elif _indented_subhead(element, elements[i - 1] if i else None, following):
            element.role = "sub"
        elif _subhead_between_one_column(element, elements[i - 1] if i else None, following):
            element.role = "sub"
        elif titles and _marked_subhead(element, elements[i - 1] if i else None, following):
            element.role = "sub"
        elif titles and _clause_of_paragraph_below(element, elements[i - 1] if i else None, following):
            element.role = "sub"
        elif titles and _bulleted_clause_under_headlines(element, elements[i - 1] if i else None, following):
            element.role = "sub"
        elif (
            not element.block_start
            and following is not None
            and following.kind == "credit"
            and not heads_article(following.text)
        ):
            # A short line between text and a closing byline (…告诉身边的人！ / 您的点赞是我们进步的动力 /
            # 文/林磊兰 图/杨雪艳) is the text's last line: a headline stands apart, above its text.
            element.kind = "text"
        elif _last_sentence_over_slash_byline(element, following):
            element.kind = "text"
        elif element.block_start and element.block_end:
            element.role = "title"
        elif len(element.lines) >= 2 and element.lines[-1].startswith(_DASH_OPENERS):
            # A dashed 副题 under it makes a headline, even right over its text: no subhead has decks.
            element.role = "title"
        elif following is not None and following.kind == "text":
            element.role = "sub"
        else:
            element.role = "title"
    return elements
