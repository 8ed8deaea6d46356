"""Mend a slash byline that a line end (or a stray blank line) cut in two.

The seed's bylines close the text after a slash (``/孙红 张连鹏 报道``); set in a narrow column,
one may break inside a name (``/姚斌强 记者 诸葛`` / ``文 田平娜 报道``) or lose its second half to
a blank line the text layer put in (``/徐`` / `` `` / ``宇琳 记者 陶怡凯 报道``). Read line by line,
the first half stays in the text or gives a cut name. A reader joins them: a line ending in a
slash and a few names, and the next line only names and role words ending in 报道 or 摄, are one
byline, set on a line of its own under the text, where the break cut a name: one character alone on
either side of it (``廖婷`` / ``涵 记者…``, ``/徐`` / ``宇琳…``) or a compound surname before it
(``诸葛`` / ``文``). Two whole names either side (``/记者 张三`` / ``李四 摄``) stay two people.
"""

from __future__ import annotations

import re

_OPEN = re.compile(r"\s[/／][\u4e00-\u9fff \u3000]{0,16}$")  # a slash byline begun at the line's end
_REST = re.compile(r"^[\u4e00-\u9fff \u3000]{1,30}?(?:报道|摄)\s*$")  # names and roles ending it
_GAP_MAX = 1  # blank lines a text layer may have put inside the byline
_LAST_RUN = re.compile(r"[\u4e00-\u9fff]+$")
_FIRST_RUN = re.compile(r"^[\u4e00-\u9fff]+")


def _cuts_a_name(line: str, rest: str) -> bool:
    """Tell whether the line end falls inside a name: a lone character or a compound surname before it."""
    before, after = _LAST_RUN.search(line), _FIRST_RUN.match(rest)
    if before is None or after is None:
        return False
    from crawler.extract.people import COMPOUND_SURNAMES  # the surname list's one home (lazy: lxml)

    return len(before.group()) == 1 or len(after.group()) == 1 or before.group() in COMPOUND_SURNAMES


def mend_slash_bylines(text: str) -> str:
    """Join each slash byline cut over a line end back into one line."""
    lines = text.split("\n")
    out: list[str] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        opened = _OPEN.search(line)
        if opened and not opened.group().rstrip().endswith("报道"):  # a whole byline: nothing cut
            nxt = at + 1
            while nxt < len(lines) and nxt - at - 1 < _GAP_MAX and not lines[nxt].strip():
                nxt += 1
            if nxt < len(lines) and _REST.match(lines[nxt]) and _cuts_a_name(line, lines[nxt]):
                # The byline on a line of its own under the text's last line: joined onto that line
                # it would run wider than the column, which reads as text set wide.
                out += [line[: opened.start()], line[opened.start() :].lstrip() + lines[nxt]]
                at = nxt + 1
                continue
        out.append(line)
        at += 1
    return "\n".join(out)
