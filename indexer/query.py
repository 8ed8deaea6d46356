"""Parse journalists' queries into Whoosh queries, with limits that make pasted text safe.

Grammar (words are ANDed)::

    query   := or ( "OR" or )*          -- lowest precedence
    or      := unary+                   -- implicit AND; "AND" is accepted
    unary   := ("NOT" | "-") unary | primary
    primary := "(" query ")" | field ":(" query ")" | [field ":"] ( '"phrase"' | word )
    field   := title | author | source | section | page | date

Whoosh's own parser is not used: it has wildcard, regex and range syntax that
users do not need, takes a minute on an OR of 1,000 terms and recurses without
bound. Here the length, term count and nesting depth are capped and every
failure is one :class:`QueryError` line.

Each unquoted word matches when its segmented words all occur (ranked by BM25
over title, lead and body) *or* when the string occurs literally: jieba may
cut a string differently in a query and in a document, so words alone would
miss documents. A quoted phrase must occur literally.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time

from whoosh import query as wq

from archive.chars import ASCII_TO_FULL
from archive.typed_dates import fold_typed, parse_bound
from indexer.analysis import PERCENT, UNIT_CHARS, ascii_joiners, fold, query_grams, query_words
from indexer.errors import QueryError
from indexer.literal import WORD_FIELDS, GappedQuery, LiteralQuery, gap_needle
from indexer.page_filter import FIELD as PAGE_FIELD
from indexer.page_filter import is_number_key, name_key, value_keys

MAX_QUERY_CHARS = 400
MAX_TERMS = 64
MAX_DEPTH = 8
LITERAL_MAX_CHARS = 24  # longer unquoted runs (pasted headlines) rank by words only
_TO_FULL = str.maketrans(ASCII_TO_FULL)
_TO_ASCII = str.maketrans({full: ascii_ for ascii_, full in ASCII_TO_FULL.items()})
LITERAL_BOOST = 0.05  # literal matches are for recall; the word clauses rank (tests/test_index_ranking.py)
PHRASE_BOOST = 2.0
FIELDS = ("title", "author", "source", "section", "page", "date")
FILTER_FIELDS = ("author", "source", "section", "page", "date")  # restrict the matches; not words to look for


@dataclass
class Leaf:
    """A word, phrase or field restriction; ``field`` is None for plain text."""

    text: str
    field: str | None = None
    quoted: bool = False


@dataclass
class Bool:
    """``AND``/``OR`` of children, or ``NOT`` of one child."""

    op: str
    items: list[Node] = field(default_factory=list)


Node = Leaf | Bool

_TOKEN = re.compile(r'\s+|\(|\)|(?:(?P<field>[a-z]+):)?"(?P<phrase>[^"]*)"|[^\s()"]+|"')
_PLAIN_SPLIT = re.compile(r'[\s()"]+')  # the syntax characters of a query that the grammar could not read


def _lex(text: str) -> list[tuple[str, str, str | None]]:
    """Split the query into (kind, text, field) tokens; kinds: ( ) OR AND NOT TERM PHRASE."""
    out: list[tuple[str, str, str | None]] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:  # pragma: no cover - the pattern matches any character
            raise QueryError(f"cannot read the query at {text[pos : pos + 10]!r}")
        tok = m.group(0)
        pos = m.end()
        if tok.isspace():
            continue
        if tok == '"':
            raise QueryError('unbalanced quote in the query (close the phrase with ")')
        if tok in ("(", ")"):
            out.append((tok, tok, None))
        elif m.group("phrase") is not None:
            name = m.group("field")
            if name is not None and name not in FIELDS:
                raise QueryError(f"unknown field {name!r} (known: {', '.join(FIELDS)})")
            out.append(("PHRASE", m.group("phrase"), name))
        elif tok in ("OR", "AND", "NOT"):
            out.append((tok, tok, None))
        else:
            while tok.startswith("-") and len(tok) > 1:
                out.append(("NOT", "-", None))
                tok = tok[1:]
            name, sep, rest = tok.partition(":")
            if sep and name in FIELDS:
                if not rest and name != "date" and text.startswith("(", pos):
                    out.append(("FIELD", "", name))  # title:(a OR b): the field of every word of the group
                    continue
                if not rest:
                    raise QueryError(f"{name}: needs a value, e.g. {name}:...")
                if name == "date":
                    _date_bounds(rest)  # a bad date is text, not an error (see parse_query)
                out.append(("TERM", rest, name))
            else:
                out.extend(("TERM", run, None) for run in text_runs(tok))
    return out


DEGREES = ("℃", "℉")  # a temperature's unit, one symbol: -5℃ dropped it and looked for -5
# The minus signs papers print before a figure: ASCII, full-width and the minus sign (−5度, －5℃).
MINUS_SIGNS = ("-", "－", "−")
_SIGNED = re.compile(f"[{''.join(MINUS_SIGNS)}][0-9]")


def signed_figure(run: str) -> bool:
    """Tell whether a typed run starts with a negative figure (``-5度``, ``－５℃``): its minus is its sign."""
    return _SIGNED.match(fold(run)) is not None


def _separates(text: str, i: int) -> bool:
    """Tell whether ``text[i]`` (punctuation or a symbol) ends a run; not inside ``pet-ct`` or ``3.5``."""
    if unicodedata.category(text[i])[0] not in "PS":
        return False
    if (i == 0 or _separates(text, i - 1) or text[i - 1].isspace()) and signed_figure(text[i : i + 2]):
        return False  # -5度: a figure's sign starting a run, not punctuation before it
    if text[i] in (*PERCENT, *DEGREES) and i > 0 and fold(text[i - 1]).isdigit():
        return False  # 3.5% is a figure and its unit, as 3.5亿元 is; so is -5℃
    # Folded: full-width ３.５ and ＰＥＴ-ＣＴ are the figure and the word the archive holds as 3.5, PET-CT.
    before = fold(text[i - 1]) if i > 0 else ""
    after = fold(text[i + 1]) if i + 1 < len(text) else ""
    return not (before.isascii() and before.isalnum() and after.isascii() and after.isalnum())


def text_runs(token: str) -> list[str]:
    """Split a typed token into its runs of text: punctuation and symbols separate them, as spaces do.

    ``常德：气温持续走低`` is two terms, ``常德`` and ``气温持续走低``: each run is
    one concept (its words required together), and a headline that an
    article holds all but one run of can be a partial match.
    """
    runs: list[str] = []
    start = 0
    for i in range(len(token)):
        if _separates(token, i):
            if i > start:
                runs.append(token[start:i])
            start = i + 1
    if start < len(token):
        runs.append(token[start:])
    return runs


class _Parser:
    def __init__(self, tokens: list[tuple[str, str, str | None]]):
        self.tokens = tokens
        self.i = 0

    def peek(self) -> str:
        return self.tokens[self.i][0] if self.i < len(self.tokens) else "END"

    def parse(self) -> Node:
        node = self.parse_or(0)
        if self.peek() == ")":
            raise QueryError("unbalanced parenthesis: ')' without '('")
        return node

    def parse_or(self, depth: int) -> Node:
        # An OR with no word on one side (``鹤鸣湖 OR``, a query cut short) is dropped: read as
        # plain text it made "or" a required word, and nothing held it. OR alone stays the word.
        self._skip_ors()
        items = [self.parse_and(depth)]
        while self.peek() == "OR":
            self._skip_ors()
            if self.peek() in ("END", ")"):
                break
            items.append(self.parse_and(depth))
        return items[0] if len(items) == 1 else Bool("OR", items)

    def _after(self) -> str:
        return self.tokens[self.i + 1][0] if self.i + 1 < len(self.tokens) else "END"

    def _skip_ors(self) -> None:
        while self.peek() == "OR":
            self.i += 1

    def parse_and(self, depth: int) -> Node:
        items: list[Node] = []
        while self.peek() not in ("END", ")", "OR"):
            if self.peek() == "AND" or (self.peek() == "NOT" and self._after() in ("END", ")", "OR")):
                self.i += 1  # AND is the default; a NOT with no word after it (``鹤鸣湖 NOT``) is dropped
                continue
            items.append(self.parse_unary(depth))
        if not items:
            raise QueryError("OR, AND and parentheses need words on both sides")
        return items[0] if len(items) == 1 else Bool("AND", items)

    def parse_unary(self, depth: int) -> Node:
        if self.peek() == "NOT":
            self.i += 1
            if self.peek() in ("END", ")", "OR", "AND"):
                raise QueryError("NOT (or -) needs a word after it")
            return Bool("NOT", [self.parse_unary(depth)])
        kind, text, name = self.tokens[self.i]
        self.i += 1
        if kind == "FIELD":  # the lexer wrote it only before a "("
            return _with_field(self.parse_unary(depth), name)
        if kind == "(":
            if depth + 1 > MAX_DEPTH:
                raise QueryError(f"parentheses nested too deeply (limit {MAX_DEPTH})")
            node = self.parse_or(depth + 1)
            if self.peek() != ")":
                raise QueryError("unbalanced parenthesis: '(' without ')'")
            self.i += 1
            return node
        if kind == ")":  # pragma: no cover - parse_and stops before ')'
            raise QueryError("unbalanced parenthesis: ')' without '('")
        return Leaf(text, name, quoted=kind == "PHRASE")


def _with_field(node: Node, name: str | None) -> Node:
    """Return ``node`` with ``name`` the field of each of its leaves that has none (``title:(a OR b)``)."""
    if isinstance(node, Leaf):
        return node if node.field else Leaf(node.text, name, node.quoted)
    return Bool(node.op, [_with_field(item, name) for item in node.items])


def _has_positive(node: Node, negated: bool = False) -> bool:
    """Tell whether some leaf of the tree is wanted (not under a NOT): a query of exclusions alone is text."""
    if isinstance(node, Leaf):
        return not negated
    if node.op == "NOT":
        return _has_positive(node.items[0], not negated)
    return any(_has_positive(item, negated) for item in node.items)


def literal_tree(text: str) -> Node:
    """Return the query that reads ``text`` as plain words: no operator, field or quote means anything.

    Brackets and quotes separate words, as spaces do: ``鹤鸣湖)`` is ``鹤鸣湖``.
    """
    if not text.strip():
        raise QueryError("empty query")
    words: list[Node] = [Leaf(r) for w in _PLAIN_SPLIT.split(text.strip()) for r in text_runs(w)]
    if not words:  # nothing but punctuation and emoji: searched as typed, it finds nothing
        return Leaf(text.strip())
    return words[0] if len(words) == 1 else Bool("AND", words)


# A field name standing alone, its colon (ASCII or full-width) and its value (a word, or a phrase in an
# input method's quotes, which may hold spaces: author:“John Smith”); nothing after the colon is no field.
_TYPED_FIELD = re.compile(
    r"(^|[\s(\-])(" + "|".join(FIELDS) + r")[:：](?=\S)(?:[“「＂]([^()”」＂\"\n]+)[”」＂])?", re.IGNORECASE
)


def field_colons(text: str) -> str:
    """Return ``text`` with its fields as the grammar reads them: ``Author：“张三”`` -> ``author:"张三"``.

    A Chinese input method types ``：`` and “”, a phone's keyboard capitalises ``Author``; the field
    was then searched as the words "author" and 张三, and "no article contains" was false of an
    archive holding 张三's articles. Only a field name standing alone (after a space, a bracket or
    a minus) and outside a phrase in ASCII quotes is read so: ``评论：`` and ``"记者 author：张三"``
    stay text. An input method's quotes are ASCII ones.
    """

    def typed(match: re.Match[str]) -> str:
        if text.count('"', 0, match.start()) % 2:  # inside a phrase: its words, left as typed
            return match.group(0)
        value = f'"{match.group(3)}"' if match.group(3) else ""  # a phrase, as typed in ASCII quotes
        return f"{match.group(1)}{match.group(2).lower()}:{value}"

    return _TYPED_FIELD.sub(typed, text)


# Three or more single Han characters set apart by one space each (鹤 鸣 湖, as a PDF e-paper's text
# copies), standing alone: after the start, a space, a bracket or a quote, and before the end, a space,
# a bracket or a quote. Two are left as typed: papers print a two-character name padded (名单：王 强、李 明)
# and short headings spaced (通 知), and copied from such an article, joined, they were "in no article".
# The Han characters the query's name and spacing rules read (CJK compatibility ideographs too).
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_CHAR = f"[{_HAN}]"
_SPACED_CHARS = re.compile(f'(?:^|(?<=[\\s("“「])){_HAN_CHAR}(?:[ \u3000]{_HAN_CHAR}){{2,}}(?=$|[\\s)"”」])')


def joined_spaced_characters(text: str) -> str:
    """Return ``text`` with each run of three or more spaced single characters joined (鹤 鸣 湖 -> 鹤鸣湖).

    Each character was a term of its own: ``鹤 鸣 湖`` found an article holding 鹤, 鸣 and 湖 anywhere,
    and quoted it found nothing. Words of two characters or more typed apart (``鹤鸣 湖边``) stay apart,
    and so do two single characters (``王 强``, a padded name as papers print one).
    """
    return _SPACED_CHARS.sub(lambda m: re.sub("[ \u3000]", "", m.group(0)), text)


# A figure (with its sign) and the unit words typed after it with a space (3.5 个 百分点, 3.5 %, -5 ℃), as a
# page set in the spaced style prints them and a PDF's text copies them: the typed tokens of
# :func:`joined_figure_units`. A unit word is made of unit characters only (个, 百分点, 亿元, 年), else it is
# a word of its own (2019 年度报告: 年度 is units, 报告 is not).
_FIGURE_TOKEN = re.compile(f"[{''.join(MINUS_SIGNS)}]?[0-9０-９]+(?:[.．][0-9０-９]+)?")
_UNIT_TOKEN = re.compile(f"[{''.join(sorted(UNIT_CHARS))}]+|[{PERCENT}{''.join(DEGREES)}]")
_FIGURE_RUN = re.compile(f"[0-9０-９]+(?:[.．][0-9０-９]+)?[{''.join(sorted(UNIT_CHARS))}]+")


def _unit_word(token: str) -> bool:
    return _UNIT_TOKEN.fullmatch(token) is not None and token not in NOT_UNITS


def joined_figure_units(text: str) -> str:
    """Return ``text`` with each figure joined to the unit words typed after it (3.5 个 百分点: 3.5个百分点).

    Apart, they were terms found anywhere in a text: 3.5 个 百分点 listed 3.5吨物资，3个人，上升百分点, and
    3.5 % every 3.5. Joined, the quantity is found as typed or printed spaced, as ``3.5个百分点`` is; a
    date typed spaced (2019 年 11 月) is one run. A quoted phrase is left as typed (its words may be
    printed spaced already).
    """
    parts = text.split('"')
    for i in range(0, len(parts), 2):  # outside quotes
        out: list[str] = []
        for token in parts[i].split(" "):
            last = out[-1] if out else ""
            if token and _unit_word(token) and (_FIGURE_TOKEN.fullmatch(last) or _joined_run(last)):
                out[-1] = last + token
            elif token and _goes_on(last, token):
                out[-1] = last + token
            else:
                out.append(token)
            if len(out) > 1 and _goes_on(out[-2], out[-1]):  # 2019年 then 11 月: 2019年11月
                out[-2:] = [out[-2] + out[-1]]
        parts[i] = " ".join(out)
    return '"'.join(parts)


def _joined_run(token: str) -> bool:
    """Tell whether ``token`` is a figure and its unit words (3.5个, 2019年, -5℃), joined or typed so."""
    figure = _FIGURE_TOKEN.match(token)
    return figure is not None and figure.end() < len(token) and _unit_word(token[figure.end() :])


def _goes_on(before: str, token: str) -> bool:
    """Tell whether ``token`` goes on the date or quantity ``before``: 11月 after 2019年 (not 3 alone, nor
    after 3.5%)."""
    return (
        _joined_run(before) and before[-1:] not in (*PERCENT, *DEGREES) and bool(_FIGURE_RUN.fullmatch(token))
    )


def parse_query(text: str) -> Node:
    """Parse ``text`` into a query tree; what the grammar cannot read is taken as plain text.

    Any text is a query: a pasted headline with an unbalanced bracket, a
    lone ``-5度``, ``降价了:)``, an unknown ``foo:`` or a bad ``date:`` value is
    searched as the words it holds (:func:`literal_tree`), never refused.
    Only an empty query and one past the length limit raise :class:`QueryError`.
    """
    text = joined_figure_units(joined_spaced_characters(field_colons(text.strip())))
    if not text:
        raise QueryError("empty query")
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long ({len(text)} characters; the limit is {MAX_QUERY_CHARS})")
    try:
        tokens = _lex(text)
        tree = _Parser(tokens).parse() if tokens else None
    except QueryError:
        tree = None
    if tree is None or not _has_positive(tree):
        return literal_tree(text)
    return tree


def _parse_day(text: str, end: bool) -> date:
    try:
        return parse_bound(text, end)
    except (ValueError, OverflowError):
        raise QueryError(f"bad date {text[:40]!r} (use YYYY, YYYY-MM or YYYY-MM-DD, years 1-9999)") from None


def day_bounds(since: date | None, until: date | None) -> tuple[datetime | None, datetime | None]:
    """Turn calendar days into the naive bounds stored in the index.

    The index files each article under its wall-clock time in its own source's
    zone (``indexer.documents.filed_at``), so a day is the same range for every
    source: the filter means that calendar day wherever each paper is.
    """
    start = datetime.combine(since, time.min) if since else None
    end = datetime.combine(until, time.max) if until else None
    return start, end


def date_query(since: date | None, until: date | None) -> wq.Query:
    """Return the query for articles published on or between the given days, each in its source's zone."""
    start, end = day_bounds(since, until)
    return wq.DateRange("published", start, end)


def page_query(value: str) -> wq.Query:
    """Return the query for a page (版面) by number or name (``indexer.page_filter``): every key it names."""
    keys = value_keys(value)
    if not keys:  # nothing but spaces and commas: no page is named so
        return wq.NullQuery
    terms = [wq.Term(PAGE_FIELD, key) for key in keys]
    return terms[0] if len(terms) == 1 else wq.And(terms)


def with_page(query: str, page: str) -> str:
    """Return ``query`` with the ``page:`` that says a page filter (``--paper-page``, the form's field).

    For what a search says it was limited by, and for the notes on a page naming no page: the
    filter itself is a filter query (``indexer.search.filter_query``), so a query read as plain
    text keeps it. A quote in the value would end the phrase early: no page name holds one.
    """
    page = page.replace('"', "").strip()
    if not page:
        return query
    clause = f"page:{page}" if re.fullmatch(r'[^\s()":]+', page) else f'page:"{page}"'
    return f"{query} {clause}" if query.strip() else clause


def section_query(value: str) -> wq.Query:
    """Return the query for a section (版名) as typed, or as its page's name key in either script.

    The ``section`` field keeps the name as printed, so ``section:要聞`` found no 要闻 page (a false
    "no article contains"); the ``page`` field holds that name folded (``indexer.page_filter``), so
    matching it too finds the name whatever its script or spaces. A value that reads as a page
    number (``section:3``) stays the name: it is no page number here.
    """
    raw = wq.Term("section", value.strip())
    key = name_key(value)
    if not key or is_number_key(key):
        return raw
    return wq.Or([raw, wq.Term(PAGE_FIELD, key)])


_HAN_GAP = re.compile(f"(?<=[{_HAN}])[ \u3000]{{1,2}}(?=[{_HAN}])")
# A lone Han character beside a gap: a two-character name padded to a three-character one's width.
_LONE_BEFORE = f"(?<![{_HAN}]{{2}})(?<=[{_HAN}])[ \u3000]{{1,2}}(?=[{_HAN}])"
_LONE_AFTER = f"(?<=[{_HAN}])[ \u3000]{{1,2}}(?=[{_HAN}](?![{_HAN}]))"
_LONE_HAN_GAP = re.compile(f"{_LONE_BEFORE}|{_LONE_AFTER}")


def joined_name(key: str) -> str:
    """Return an author key printed with a padding space (``张 风``, ``欧阳 晓峰``) joined, else ``key``.

    Papers pad a two-character name to a three-character one's width (记者 张　风) and the crawl keeps
    the name joined (``crawler.extract.name_runs``): typed as printed it found nothing. Only a name
    of two to four Han characters is joined; ``孙红 张连鹏`` stays two names.
    """
    joined = _HAN_GAP.sub("", key)
    if joined == key or not 2 <= len(joined) <= 4 or not re.fullmatch(f"[{_HAN}]+", joined):
        return key
    return joined


def joined_lone_characters(text: str) -> str:
    """Return ``text`` with each lone Han character joined to its neighbours across a gap (记者 张 风)."""
    return _LONE_HAN_GAP.sub("", text)


def author_term(name: str) -> wq.Query:
    """Return the query for one author, folded and lower-cased like the ``authors`` field.

    A name typed with a padding space (``张 风``, :func:`joined_name`) is also looked for joined.
    """
    key = fold(name).strip().lower()
    joined = joined_name(key)
    if joined == key:
        return wq.Term("authors", key)
    return wq.Or([wq.Term("authors", key), wq.Term("authors", joined)])


def _date_bounds(text: str) -> tuple[date | None, date | None]:
    folded = fold_typed(text)  # ２０１６－０７ as an input method types it in full-width mode
    low, sep, high = folded.partition("..")
    if not sep:
        low = high = folded
    since = _parse_day(low, end=False) if low else None
    until = _parse_day(high, end=True) if high else None
    if since is None and until is None:
        raise QueryError("date: needs a day or a range, e.g. date:2016-03..2016-06")
    return since, until


def date_range(text: str) -> tuple[date | None, date | None]:
    """Return the first and last day a ``date:`` value covers (None for an open end), or raise QueryError.

    Public for the web page, which says why a value was searched as text
    (``date:2016-13``) or covers no day (``date:2016-07..2016-06``).
    """
    return _date_bounds(text)


def _date_leaf(text: str) -> wq.Query:
    return date_query(*_date_bounds(text))


@dataclass
class Compiled:
    """A compiled query and what the snippets should highlight."""

    query: wq.Query
    needles: list[str]
    word_count: int  # segmented words the query asks for (not those it excludes)
    texts: list[str] = field(default_factory=list)  # positive word/phrase texts: their bigrams rank
    clipped: bool = False  # words past MAX_TERMS were left out


class _Compiler:
    def __init__(self, relaxed: bool, deadline: float | None, userdict: str | None):
        self.relaxed = relaxed
        self.deadline = deadline
        self.userdict = userdict
        self.terms = 0
        self.word_count = 0
        self.clipped = False
        self.needles: list[str] = []
        self.texts: list[str] = []

    def count(self, n: int) -> int:
        """Take up to ``n`` more terms within MAX_TERMS; return how many fit (a long paste is cut)."""
        allowed = max(0, min(n, MAX_TERMS - self.terms))
        self.terms += allowed
        self.clipped = self.clipped or allowed < n
        return allowed

    def words(self, text: str, fields: tuple[str, ...]) -> list[tuple[str, wq.Query]]:
        words = query_words(text, self.userdict)
        self.word_count += len(words)
        words = words[: self.count(len(words))]
        self.needles.extend(words)
        out: list[tuple[str, wq.Query]] = []
        for w in words:
            terms = [wq.Term(f, w) for f in fields]
            out.append((w, terms[0] if len(terms) == 1 else wq.Or(terms)))
        return out

    def with_figures(
        self, text: str, pairs: list[tuple[str, wq.Query]], scope: str, saved: list[str]
    ) -> wq.Query:
        """Return the AND of a run's words, each figure and its unit (:func:`figure_units`) found together.

        The figure's words still rank (an ``AndMaybe``); the snippet marks the figure with its unit, not
        a lone 3.5 or 亿元 elsewhere in the text.
        """
        spans = figure_units(text, [w for w, _ in pairs])
        if not spans or not self.count(len(spans)):
            queries = [q for _, q in pairs]
            return queries[0] if len(queries) == 1 else wq.And(queries)
        inside = {i for first, end, _ in spans for i in range(first, end)}
        self.needles = saved + [w for i, (w, _) in enumerate(pairs) if i not in inside]
        required = [
            self.figure_literal(string, [w for w, _ in pairs[first:end]], scope)
            for first, end, string in spans
        ]
        required += [q for i, (_, q) in enumerate(pairs) if i not in inside]
        ranked = [q for i, (_, q) in enumerate(pairs) if i in inside]
        both = required[0] if len(required) == 1 else wq.And(required)
        return wq.AndMaybe(both, ranked[0] if len(ranked) == 1 else wq.Or(ranked))

    def figure_literal(self, string: str, words: list[str], scope: str) -> wq.Query:
        """Match figures and their units as typed (``3.5亿元``) or printed spaced (``3.5 亿元``).

        ``words`` are the span's figures and units, in turn. Pages set in the spaced style, and e-paper
        texts read from PDF, part a figure from its unit: found only as typed, the figure was "in no
        article" of an archive printing it so. Only units of two characters or more (亿元, 公里) are
        looked for spaced: their bigram narrows the texts to check, where a spaced 2018 年 12 月 has
        none but its digits', and looking it up made a date search five times slower (inews).
        """
        if string[-1:] in PERCENT:  # 3.5% finds 3.5％ too: papers print the sign in either width
            return wq.Or([self.gapped((string[:-1], sign), scope) for sign in PERCENT])
        pairs = list(zip(words[0::2], words[1::2], strict=False))
        if len(words) % 2 or any(len(unit) < 2 for _, unit in pairs):
            # A unit of one character (2019年11月) or in two words (个百分点): its spaced forms are found
            # from the index's junction terms (indexer.analysis.spaced_junctions), the typed one also
            # with its figures' thousands separators.
            spaced = self.gapped(tuple(words), scope)  # its gaps may be empty: it finds the typed form too
            if len(thousands_forms(string)) == 1:
                return spaced  # one check of each text, not two: 2019年11月 took 100 ms of CPU for 71 (inews)
            return wq.Or([self.literal(string, scope, 0.0, edges=True), spaced])
        forms = (
            string,
            " ".join(words),  # 2019 年 11 月
            " ".join(figure + unit for figure, unit in pairs),  # 2019年 11月
            "".join(f"{figure} {unit}" for figure, unit in pairs),  # 2019 年11 月
        )
        queries = [self.literal(form, scope, 0.0, edges=True) for form in dict.fromkeys(forms)]
        return queries[0] if len(queries) == 1 else wq.Or(queries)

    def gapped(
        self, pieces: tuple[str, ...], scope: str, kind: str = "space", boost: float = 0.0
    ) -> wq.Query:
        """Match ``pieces`` in order, a gap of ``kind`` allowed between each two (highlighting each match).

        ``space``: a figure and its unit printed spaced, found whole as a typed run is; ``phrase``: the
        words of a quoted phrase typed with a space between them.
        """
        self.needles.append(gap_needle(pieces, kind))
        return GappedQuery(pieces, kind, scope, boost, self.deadline, edges=kind == "space")

    def literal(self, text: str, scope: str, boost: float, edges: bool = False) -> wq.Query:
        """Match ``text`` as a string in any of its :func:`punctuation_widths` (highlighting each).

        ``edges``: a typed run, whose figure or Latin word at an end is not found inside a longer one,
        and whose figures are found printed with thousands separators too (:func:`thousands_forms`).
        """
        typed = thousands_forms(text) if edges else [text]
        forms = list(dict.fromkeys(form for each in typed for form in punctuation_widths(each)))
        self.needles.extend(fold(form) for form in forms)
        queries = [LiteralQuery(form, scope, boost, self.deadline, edges) for form in forms]
        return queries[0] if len(queries) == 1 else wq.Or(queries)

    def leaf(self, leaf: Leaf) -> wq.Query | None:
        name = leaf.field
        if name == "date":
            return _date_leaf(leaf.text)
        if name == "page":
            self.terms += 1
            return page_query(leaf.text)
        if name in ("author", "source", "section"):
            self.terms += 1
            if name == "author":
                return author_term(leaf.text)
            if name == "section":
                return section_query(leaf.text)
            return wq.Term(name, leaf.text.strip())
        fields = ("title",) if name == "title" else WORD_FIELDS
        scope = "title" if name == "title" else "all"
        # 1,000万元 typed is 1000万元 (its words 1000 and 万元, not 1, 000 and 万元); its literal finds
        # it printed either way. A quoted phrase is the string as typed.
        text = leaf.text.strip() if leaf.quoted else plain_figures(leaf.text.strip())
        saved = list(self.needles)
        pairs = self.words(text, fields)
        words = [q for _, q in pairs]
        self.texts.append(text)
        if not leaf.quoted and signed_figure(text):
            # -5度 is not 5度: the run with its sign, printed with any minus, is required; its words rank.
            self.needles = saved
            self.terms += 1
            forms = [sign + text[1:] for sign in MINUS_SIGNS]
            signed = wq.Or([self.literal(form, scope, PHRASE_BOOST, edges=True) for form in forms])
            return wq.AndMaybe(signed, wq.Or(words)) if words else signed
        if leaf.quoted:
            self.needles = saved  # highlight the phrase, not its words
            if not text:
                return None
            self.terms += 1
            lit = self.literal(text, scope, PHRASE_BOOST)
            if signed_figure(text):  # "-5度" is the figure with its sign, printed with any minus (as -5度 is)
                lit = wq.Or([self.literal(sign + text[1:], scope, PHRASE_BOOST) for sign in MINUS_SIGNS])
            pieces = tuple(text.split())
            if len(pieces) > 1:  # "城市 晚报": in order, joined, spaced or parted by a mark (城市·晚报)
                lit = wq.Or([lit, self.gapped(pieces, scope, "phrase", PHRASE_BOOST)])
            return wq.AndMaybe(lit, wq.Or(words)) if words else lit
        if not words:
            return None
        if self.relaxed and scope == "all" and len(words) > 1:
            # A run of several words also matches through its bigrams when
            # relaxed: a short query and a short title are often cut apart
            # differently (first 1,000 qbqtc queries: MRR@10 0.816 -> 0.824).
            words = words + [wq.Term("grams", g) for g in query_grams([text])]
        if self.relaxed:
            joined = words[0] if len(words) == 1 else wq.Or(words)
        else:
            joined = self.with_figures(text, pairs, scope, saved)
        if len(text) <= LITERAL_MAX_CHARS and self.count(1):
            return wq.Or([joined, self.literal(text, scope, LITERAL_BOOST, edges=True)])
        return joined

    def node(self, node: Node) -> wq.Query | None:
        if isinstance(node, Leaf):
            return self.leaf(node)
        if node.op == "NOT":
            saved, saved_texts, saved_count = list(self.needles), list(self.texts), self.word_count
            inner = self.node(node.items[0])
            # Excluded words are not highlighted, ranked or counted.
            self.needles, self.texts, self.word_count = saved, saved_texts, saved_count
            return wq.Not(inner) if inner is not None else None
        positives: list[wq.Query] = []
        negatives: list[wq.Query] = []
        for item in node.items:
            sub = self.node(item)
            if sub is None:
                continue
            if isinstance(sub, wq.Not):
                negatives.append(sub.query)
            else:
                positives.append(sub)
        if node.op == "OR":
            parts = positives + [wq.Not(n) for n in negatives]
            return wq.Or(parts) if parts else None
        if not positives:
            if negatives:
                return wq.Not(wq.Or(negatives) if len(negatives) > 1 else negatives[0])
            return None
        pos = (
            positives[0] if len(positives) == 1 else (wq.Or(positives) if self.relaxed else wq.And(positives))
        )
        if negatives:
            return wq.AndNot(pos, wq.Or(negatives) if len(negatives) > 1 else negatives[0])
        return pos


_FIGURE = re.compile(r"[0-9]+(?:\.[0-9]+)?")
NOT_UNITS = frozenset({"百度"})  # made of unit characters, but a name (天虹90百度贴吧: qbqtc tune)


def figure_units(text: str, words: list[str]) -> list[tuple[int, int, str]]:
    """Return the figures of a run typed with their units: (first word, end word, the string as folded).

    A figure and the unit typed right after it (``3.5亿元``, ``3万吨``, ``2016年7月``) are one
    quantity: matched as words apart, 3.5亿元 found 新增3.5万个学位…投资约28亿元, which says no
    3.5亿元. The run's other words (``投资`` of ``投资3.5亿元``, ``政府`` of ``2014政府``) may
    stand apart as before.
    """
    folded = ascii_joiners(fold(text))
    at: list[tuple[int, int]] = []
    pos = 0
    for word in words:
        start = folded.find(word, pos)
        if start < 0:  # the segmenter changed a word: read the run as words alone
            return []
        at.append((start, start + len(word)))
        pos = start + len(word)

    def percent(k: int) -> int:
        """Return how many characters of a percent sign end figure ``k`` (in its word, or after it)."""
        word = words[k]
        if word[-1:] in PERCENT and _FIGURE.fullmatch(word[:-1]):
            return 0
        if _FIGURE.fullmatch(word) and folded[at[k][1] : at[k][1] + 1] in tuple(PERCENT):
            return 1
        return -1

    def is_unit(word: str) -> bool:
        return all(ch in UNIT_CHARS for ch in word) and word not in NOT_UNITS

    def unit_after(k: int) -> bool:
        return (
            k + 1 < len(words)
            and _FIGURE.fullmatch(words[k]) is not None
            and is_unit(words[k + 1])
            and at[k + 1][0] == at[k][1]
        )

    spans: list[tuple[int, int, str]] = []
    k = 0
    while k < len(words):
        sign = percent(k)
        if sign >= 0:
            spans.append((k, k + 1, folded[at[k][0] : at[k][1] + sign]))
            k += 1
            continue
        if not unit_after(k):
            k += 1
            continue
        end = k + 2
        while end < len(words) and at[end][0] == at[end - 1][1] and unit_after(end):
            end += 2
        while end < len(words) and at[end][0] == at[end - 1][1] and is_unit(words[end]):
            end += 1  # a unit the segmenter cut in two: 3.5个百分点 is 3.5, 个 and 百分点
        spans.append((k, end, folded[at[k][0] : at[end - 1][1]]))
        k = end
    return spans


# A figure printed with thousands separators (1,000, 1，000, 12,345,678; not a decimal's digits) and a
# bare one of four digits or more (1000; not a year: 2016年), in folded text.
_GROUPED = re.compile(r"(?<![0-9.,，a-z])[0-9]{1,3}(?:[,，][0-9]{3})+(?![0-9])")
_BARE = re.compile(r"(?<![0-9.,，a-z])[0-9]{4,}(?![0-9]|[,，][0-9])")


def plain_figures(text: str) -> str:
    """Return ``text`` with the thousands separators of its figures left out (1,000万元 -> 1000万元).

    Papers print 1,000万元, 1，000万元 and 1000万元 alike; typed with its separators, a figure was
    segmented into 1 and 000 and found only as printed so. Widths are kept (folding is one to one).
    """
    folded = fold(text)
    cut = {at for m in _GROUPED.finditer(folded) for at in range(m.start(), m.end()) if folded[at] in ",，"}
    return "".join(ch for at, ch in enumerate(text) if at not in cut) if cut else text


def thousands_forms(text: str) -> list[str]:
    """Return ``text``, then with its figures printed with thousands separators (1000万元, 1,000万元).

    :func:`punctuation_widths` adds 1，000万元. A year (2016年) is left as it is: no paper groups it.
    """
    folded = fold(text)
    figures = [
        m for m in _BARE.finditer(folded) if not (len(m[0]) == 4 and folded[m.end() : m.end() + 1] == "年")
    ]
    marks = sorted({at for m in figures for at in range(m.end() - 3, m.start(), -3)})
    if not marks:
        return [text]
    parts, last = [], 0
    for at in marks:
        parts += [text[last:at], ","]
        last = at
    return [text, "".join([*parts, text[last:]])]


def punctuation_widths(text: str) -> list[str]:
    """Return ``text`` as typed, then with its ``,;:!?()`` all full-width, then all ASCII (no repeats),
    each with its percent signs as typed, all ASCII and all full-width.

    Headlines are stored as printed (``评:X`` on one page, ``评：X`` on another), and a literal
    match keeps punctuation's width (:mod:`indexer.analysis`): a quoted ``"评：X"`` must still find
    ``评:X``. Mixed widths inside one string are not tried (2**n forms); one width throughout is
    how pages print them.
    """
    full = text.translate(_TO_FULL)
    forms = [text, full, full.translate(_TO_ASCII)]
    if "%" in text or "％" in text:
        # A percent sign is printed in either width whatever the punctuation around it (增长50％，):
        # each form also with its signs all ASCII and all full-width, as an unquoted 50% finds them.
        forms = [f for form in forms for f in (form, form.replace("％", "%"), form.replace("%", "％"))]
    # ３．５ as typed, and 3.5 as the archive's cleaned text holds it.
    return list(dict.fromkeys([*forms, *map(ascii_joiners, forms)]))


def compile_query(
    tree: Node, *, relaxed: bool = False, deadline: float | None = None, userdict: str | None = None
) -> Compiled:
    """Compile a parsed query; ``relaxed`` ORs what would be ANDed (the fallback when nothing matches all)."""
    comp = _Compiler(relaxed, deadline, userdict)
    q = comp.node(tree)
    if q is None:
        raise QueryError("the query has no searchable words")
    if isinstance(q, wq.Not):
        raise QueryError("a query needs at least one word that is not excluded")
    return Compiled(
        q, list(dict.fromkeys(n for n in comp.needles if n)), comp.word_count, comp.texts, comp.clipped
    )
