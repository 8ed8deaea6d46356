"""Cut a page's layout into fragments at datelines, bylines and headlines.

The rebuild's first stage: which credit line closes a text and which heads the next, where a
text in another column begins, what is a caption or the page's editors. Apart from the later
stages, which only join and split the fragments cut here.
"""

from __future__ import annotations

import re

from archive.chars import display_width
from crawler.normalize.credits import (
    Credits,
    Dateline,
    cites_source,
    closes_article,
    crediting_paper,
    heads_article,
)
from crawler.normalize.editors_notes import notes_to_their_articles
from crawler.normalize.fragment import _Fragment, _Shape
from crawler.normalize.furniture import is_caption
from crawler.normalize.headlines import _words
from crawler.normalize.layout import Element, ended_short, ends, layout
from crawler.normalize.paragraphs import element_credits
from crawler.normalize.wide_leads import COLUMN_CHANGE, _another_lead, _paragraph_width, _wide_leads

_ASKS = re.compile(r"[？！?!][”’」』]*$")


def _fragments(text: str) -> tuple[list[_Fragment], list[tuple[int, list[str]]], dict[str, _Shape]]:
    """Cut the page into fragments and collect headline groups with their positions.

    Also the printed lines of each paragraph that opens a block and nothing marked (no dateline),
    by its text: a headline read as text may stand at its start.
    """
    fragments: list[_Fragment] = []
    shapes: dict[str, _Shape] = {}
    opening_sub: tuple[int, list[str]] = (-1, [])  # a subhead opening a block, which text goes on under
    titles: list[tuple[int, list[str]]] = []
    current: _Fragment | None = None
    elements = layout(text, titles=True)
    is_title = [e.kind == "heading" and e.role == "title" for e in elements]
    heaped = {
        i for i in range(len(elements)) if is_title[i] and (_at(is_title, i - 1) or _at(is_title, i + 1))
    }
    wide = _wide_leads(elements)
    for index, element in enumerate(elements):
        following = elements[index + 1] if index + 1 < len(elements) else None
        if (
            is_title[index]
            and current is not None
            and current.parts
            and not current.closed
            and _asks_or_exclaims(element)
            and (
                (following is not None and following.kind == "text" and not following.dateline)
                # Where the headlines stand in a heap, a lone question is no headline of its own.
                or (bool(heaped) and index not in heaped)
            )
            # Between texts set in two columns, it heads the text below.
            and not _between_two_columns(current, following)
        ):
            # A short question standing alone inside an article's text (能不能抓住？) is a
            # paragraph of it, not a headline: nothing closed the article before it.
            current.parts.append(("text", element.text))
            continue
        if element.kind == "heading" and element.role == "title":
            titles.append((index, element.lines))
            current = None
            continue
        if element.kind == "credit":
            found = element_credits(element)
            if _editors_only(found) and element.block_start and element.block_end:
                # The page's editors, set apart at its head or foot (本版编辑/肖宁 美编/朱辉 校对/武然霞):
                # furniture that neither closes the text before it nor heads the one after.
                if current is not None:
                    current.credits.merge(found)
                continue
            staff_first = element.text.startswith(("本报记者", "本报通讯员"))
            # An article credited at its head (本报讯（记者 张三）, 本报记者 张三) is not credited again
            # at its end: a reporter's credit line after its text opens the next article (文/李四 图/王五);
            # an editor's line (责任编辑：赵强) still closes it.
            heads = (
                heads_article(element.text)
                or (
                    current is not None
                    and not current.closed
                    and bool(current.credits.reporters)
                    and bool(found.reporters)
                )
                # A credit line that opens a block and runs into text (文/司马嘉 图/何芳建 / 本报延吉
                # 5月20日讯…) heads that text: a closing byline ends the block of the text it closes.
                or (
                    element.block_start
                    and following is not None
                    and following.kind == "text"
                    and not following.block_start
                )
            )
            if (
                current is not None
                and current.closed_in_text
                and bool(found.reporters)
                and not heads_article(element.text)
                and _recredits(element.text, following)
            ):
                # The text closed with its own credit (（黄敏）, 谢子洋文/图, （编辑/邱玮倩） 文/司马瑞);
                # the paper's byline on a line of its own after it is the article's credit:
                # /记者 曾梅丽 报道, or any reporter's line that has nothing below to open.
                current.credits = current.credits.without(current.closing)
                current.credits.merge(found)
                current.closing, current.closed_in_text = found, False
            elif current is not None and not current.closed and current.parts and not heads:
                current.credits.merge(found)
                current.closed, current.closing = True, found
            elif (
                current is not None
                and current.parts
                and not current.closed
                and not heads_article(element.text)
                # Nothing below to head, or a byline that by its grammar only closes (/高琳 报道).
                and (_opens_nothing(following) or closes_article(element.text))
            ):
                # A reporter's line under a head-credited text with nothing below it to head: it
                # closes that text, yet papers credit once, so it is kept apart for the article a
                # cut may find run on inside (see _split_for_headlines).
                current.closed, current.closing = True, found
            elif current is not None and not current.parts:
                current.credits.merge(found)
                current.headed = True
            elif current is not None and current.closed and not found.reporters and not heads:
                current.credits.merge(found)  # editor lines under a byline
            else:
                current = _Fragment(index, headed=True, paper=crediting_paper(element.text))
                if staff_first:
                    current.dateline = Dateline(element.text, "本报", "")
                current.credits.merge(found)
                fragments.append(current)
            continue
        if element.kind == "heading":
            if element.block_start and not element.block_end:
                opening_sub = (index, element.lines)
            # A subhead opening a block set in another column than the open text heads another
            # text (a body whose lead stands elsewhere), as a paragraph there would (:func:`_other_column`).
            if current is None or current.closed or _other_column(current, element):
                current = _Fragment(index)
                fragments.append(current)
            current.parts.extend(("sub", line) for line in element.lines)
            continue
        body = element.text
        if _is_caption(element):
            continue  # a picture's caption belongs to no article's text, and its 摄 credit to no byline
        # "据人民日报报道，…" opens an article only where none is open: inside one (or under a
        # staff credit such as 本报记者 张三) it cites a source.
        opened = current is not None and not current.closed and (bool(current.parts) or current.headed)
        if element.dateline and not (opened and cites_source(body)):
            dateline, credits, body = element.head_split()
            if current is not None and current.headed and not current.parts and not current.closed:
                # The staff credit above opened this article: the dateline joins it.
                current.dateline = dateline if dateline.text else current.dateline
                current.dated = current.dated or bool(dateline.text)
                current.credits.merge(credits)
            else:
                current = _Fragment(index, dateline=dateline, credits=credits, headed=True, dated=True)
                # A headline printed in the dateline's own block, right over it, marks the article's
                # start in place: this text is no lead displaced from a body elsewhere.
                if index > 0 and _headline_in_block_over(elements[index - 1], element):
                    current.anchored, current.own_headline = True, len(titles) - 1
                fragments.append(current)
        elif (
            current is None
            or current.closed
            or _other_column(current, element)
            or (index in wide and current.position not in wide and current.parts)
            or (index in wide and element.block_start and _another_lead(current, element))
        ):
            current = _Fragment(index)
            fragments.append(current)
        if index in wide and not current.lead_width:
            current.lead_width = _paragraph_width(element)
        if (
            element.block_start
            and current.parts
            and current.parts[-1][0] == "text"
            and (ends(current.parts[-1][1]) == "end" or len(current.parts) - 1 in current.held)
        ):
            current.breaks.append(len(current.parts))
        current.column = element.column or current.column
        current.ended_short = ended_short(element.lines)
        rest, tail = element.tail_split(body)
        if tail is not None and current.headed and current.credits.reporters and tail.reporters:
            # Credited at its head (□本报记者 司徒静 实习生 李萍辉), an article is not credited again
            # at its end: papers credit once, and what reads as a second byline is the text's own,
            # unless a cut finds another article run on inside, which that byline then closes.
            if rest:
                current.held[len(current.parts)] = (rest, tail)
            rest, tail = body, None
        if tail is not None:
            current.credits.merge(tail)
            current.closed, current.closing = True, tail
            current.closed_in_text = True
        if rest:
            current.parts.append(("text", rest))
            if element.block_start and not element.dateline:
                shapes.setdefault(rest, _Shape(tuple(element.lines), tuple(element.mends), element.block_end))
            elif opening_sub[0] == index - 1 and not element.dateline:
                # Under a subhead opening the block: the two may be one headline (引题 and 主题).
                sub = opening_sub[1]
                mends = tuple(m + len(sub) for m in element.mends)
                lines = tuple(sub) + tuple(element.lines)
                shapes.setdefault(rest, _Shape(lines, mends, element.block_end, above=len(sub)))
    for fragment in fragments:
        fragment.positions = [fragment.position]
        fragment.wide = fragment.position in wide
    fragments = notes_to_their_articles([f for f in fragments if f.parts])
    return _headlines_over_stubs(fragments), titles, shapes


_STUB_MAX = 12  # characters of a dateline's text that, repeating another text's opening, make no article


def _headlines_over_stubs(fragments: list[_Fragment]) -> list[_Fragment]:
    """Give a headline printed over a dateline stub to the text the stub opens, and drop the stub.

    A headline over a dateline in one block heads the article the dateline opens; but where the
    dateline runs only into a few words (``鲁网12月10日讯“大姨``) that another text opens with in full
    (``鲁网１２月１０日讯“大姨，咱们这里是…``, under its byline), the stub is a repeat of that text's
    opening, no article of its own: the headline heads the text it opens.
    """
    dropped: set[int] = set()
    for stub in fragments:
        if stub.own_headline < 0 or len(stub.parts) != 1 or stub.credits.reporters or stub.closed:
            continue
        said = _words(stub.body())
        if not 2 <= len(said) <= _STUB_MAX:
            continue
        for other in fragments:
            if other is stub or other.own_headline >= 0 or id(other) in dropped:
                continue
            opening = _words(other.body())
            if len(opening) > len(said) and opening.startswith(said):
                other.own_headline, other.anchored = stub.own_headline, True
                dropped.add(id(stub))
                break
    return [f for f in fragments if id(f) not in dropped]


def _headline_in_block_over(above: Element, element: Element) -> bool:
    """Tell whether ``above`` is a headline opening the block that ``element`` goes on in."""
    return above.kind == "heading" and above.role == "title" and above.block_start and not element.block_start


def _between_two_columns(current: _Fragment, following: Element | None) -> bool:
    """Tell whether the open text and the text after a line are set in columns 3+ cells apart."""
    return (
        following is not None
        and following.kind == "text"
        and bool(following.column)
        and bool(current.column)
        and abs(following.column - current.column) >= COLUMN_CHANGE
    )


def _editors_only(credits: Credits) -> bool:
    """Tell whether a credit names editors (责任编辑, 美编, 校对) and no one who reported or shot."""
    people = credits.reporters or credits.correspondents or credits.photographers
    return bool(credits.editors) and not people


def _is_caption(element: Element) -> bool:
    """Tell whether a paragraph standing alone is a picture's caption (``图为…。 记者 张三 摄``).

    Captions are set apart under their picture, open with 图为 / 图： / ▲ and end in a photo
    credit; read as text they would close the article around them with the photographer as
    its reporter, or stand as an article of their own.
    """
    return element.block_start and element.block_end and is_caption(element.text, bare=True)


def _other_column(current: _Fragment, element: Element) -> bool:
    """Tell whether a paragraph opening a block is set in another column width than the open text.

    An article keeps one column width down the page (its lead may run wider, but leads come first);
    a text that ended a sentence and is followed by a block clearly narrower or wider is not
    continued there: that block is another article's text (a byline-less article, or a body whose
    lead stands elsewhere on the page), and joining leads to bodies decides whose.
    """
    if not (element.block_start and current.column and current.parts):
        return False
    kind, last = current.parts[-1]
    if kind != "text" or (ends(last) != "end" and not current.ended_short):
        return False
    if element.column:
        return abs(element.column - current.column) >= COLUMN_CHANGE
    # Too few full lines to measure the block's column: lines are measured clean and never read
    # wider than they printed, so a line clearly wider than the open text's column is set in
    # another column (a short byline-less piece of another article), never that text's. The last
    # line is not counted: a byline run on there (…受损。/欧阳良福 报道) may overrun the column.
    widths = [display_width(line) for line in element.lines[:-1]]
    return bool(widths) and max(widths) >= current.column + COLUMN_CHANGE


def _recredits(text: str, following: Element | None) -> bool:
    """Tell whether a credit line after a text closed by a credit run on in its paragraph credits it.

    It does when its grammar closes an article (``/记者 曾梅丽 报道``), or when no text follows it
    to open (a headline or the page's end comes next): a credit line heads only the text below it.
    """
    return closes_article(text) or _opens_nothing(following)


def _opens_nothing(following: Element | None) -> bool:
    """Tell whether what follows a credit line leaves it nothing to head: a headline, an editor line
    (责任编辑：曹娜) or the page's end."""
    return (
        following is None
        or following.kind == "heading"
        or (following.kind == "credit" and not element_credits(following).reporters)
    )


def _at(flags: list[bool], index: int) -> bool:
    return 0 <= index < len(flags) and flags[index]


def _asks_or_exclaims(element: Element) -> bool:
    return len(element.lines) == 1 and _ASKS.search(element.lines[0]) is not None
