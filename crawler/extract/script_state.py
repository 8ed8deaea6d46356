"""Find the article a single-page app keeps only in its script state, for a page whose markup has no text.

Next.js (``<script id="__NEXT_DATA__" type="application/json">``), Nuxt (``window.__NUXT__=…``),
``window.__INITIAL_STATE__``/``__PRELOADED_STATE__`` and other ``<script type="application/json">``
blobs, and JSON-LD's ``articleBody``: the article is the object holding a long text (``content``,
``body``, ``articleBody``, ``html``) beside a title, a date or an author. A state also holds
recommendations and related items, each article-like: the page's own is the one its URL, canonical
or ``og:title`` names, or the single one whose text is far the longest. Anything else is ambiguous
and refused with its reason: no article is better than another one's text under this URL.

:func:`state_page` writes the article found as a plain page (headline, JSON-LD date and authors,
the text's HTML), which the extractor reads like any page: the same body path, date and author
validators.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from lxml.html import HtmlElement

from archive.errors import ExtractionError
from crawler.extract.dates import parse_chinese_datetime, zone
from crawler.extract.js_values import read_assigned

__all__ = ["STATE_SOURCE", "StateArticle", "read_state", "state_page", "titled_beside_name"]

# ``ArticleItem.extracted_from`` of an article read here: stored, and counted by the crawl.
STATE_SOURCE = "script_state"

# A script's assignment of a state: ``window.__NUXT__=``, ``window["__INITIAL_STATE__"] =``,
# ``var __PRELOADED_STATE__ =``, ``window.appData =`` (names of state, data, store or props only).
_ASSIGN = re.compile(
    r"(?:\bwindow\s*(?:\.\s*|\[\s*[\"']))?(?P<name>\b__[\w$]+__|\b[A-Za-z_$][\w$]*(?:state|data|store|props)[\w$]*)"
    r"[\"']?\]?\s*=(?!=)",
    re.IGNORECASE,
)
_TEXT_KEYS = (
    "articleBody",
    "content",
    "body",
    "html",
    "contentHtml",
    "content_html",
    "articleContent",
    "article_content",
    "newsContent",
    "news_content",
    "detail",
    "text",
)
_TITLE_KEYS = ("title", "headline", "articleTitle", "article_title", "newsTitle", "news_title")
_DATE_KEYS = (
    "datePublished",
    "publishTime",
    "publish_time",
    "publishedAt",
    "published_at",
    "publishDate",
    "publish_date",
    "pubTime",
    "pub_time",
    "pubDate",
    "pub_date",
    "releaseTime",
    "release_time",
    "ctime",
    "createTime",
    "create_time",
    "createdAt",
    "created_at",
    "time",
    "date",
)
_AUTHOR_KEYS = ("author", "authors", "authorName", "author_name", "writer", "reporter")
# Values naming the object's page: an id in the URL's path, a slug, the page's own address.
_ID_KEYS = (
    "id",
    "articleId",
    "article_id",
    "docId",
    "doc_id",
    "newsId",
    "news_id",
    "aid",
    "slug",
    "uuid",
    "url",
    "link",
    "path",
    "shareUrl",
    "share_url",
    "canonical",
)
_TAG = re.compile(r"<[^>]*>")
_TEXT_MIN = 80  # characters of text an object needs to be taken for an article's
_LONG = 200  # the one long text beside short ones: at least this, and ...
_DOMINANT = 3  # ... this many times any other's
_DEPTH = 16
_FEED = 3  # titled objects in one list: a feed, whose items are no page's own article unless named
_MAX_SCRIPT = 4_000_000


@dataclass(frozen=True)
class StateArticle:
    """The article fields a script's state holds; ``where`` names the state (``__NEXT_DATA__``)."""

    title: str
    body_html: str
    published_at: datetime | None
    authors: tuple[str, ...]
    where: str


def read_state(
    tree: HtmlElement, url: str, *, canonical: str, titles: Sequence[str], tz: str
) -> StateArticle | None:
    """Return the article the page's script state holds, or None when it holds none.

    Raises :class:`~archive.errors.ExtractionError` ("not an article: ...") when the
    state holds several articles and nothing tells which is the page's.
    """
    found: list[tuple[str, dict[str, object], str]] = []
    seen: set[str] = set()
    listed: set[int] = set()  # ids of the objects that are items of a feed (a list of titled objects)
    for where, blob in _blobs(tree):
        listed.update(_feed_items(blob, 0))
        for obj in _dicts(blob, 0):
            text = _text_of(obj)
            if text is None:
                continue
            key = _squash(_plain(text))[:300]
            if key in seen:
                continue
            seen.add(key)
            found.append((where, obj, text))
    if not found:
        return None
    chosen = _choose(found, url, canonical, titles)
    if chosen is None:
        raise ExtractionError(
            f"not an article: no main text in the markup and its script state holds {len(found)} "
            "article-like objects, none named by the page's URL or title"
        )
    where, obj, text = chosen
    if id(obj) in listed and not _names_page(obj, url, canonical, titles):
        # A home page's feed with its first story expanded: one story of many, not this page's.
        raise ExtractionError(
            "not an article: no main text in the markup and the article-like object of its script "
            "state is an item of a list, not named by the page's URL or title"
        )
    return StateArticle(
        title=_string(obj, _TITLE_KEYS),
        body_html=text,
        published_at=_published(obj, tz),
        authors=_authors(obj),
        where=where,
    )


def state_page(article: StateArticle) -> bytes:
    """Write ``article`` as a plain page: ``<title>``/``<h1>``, JSON-LD date and authors, its text's HTML."""
    data: dict[str, object] = {"@context": "https://schema.org", "@type": "NewsArticle"}
    if article.title:
        data["headline"] = article.title
    if article.published_at is not None:
        data["datePublished"] = article.published_at.isoformat()
    if article.authors:
        data["author"] = [{"@type": "Person", "name": name} for name in article.authors]
    ld = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    title = html.escape(article.title)
    head = f"<title>{title}</title>" if title else ""
    heading = f"<h1>{title}</h1>" if title else ""
    # The credit as the state writes it ("记者 王一鸣", "李明") in a byline element above the article
    # (inside it, a short text's extraction reads it as part of the text): the byline rules read its
    # roles and names; JSON-LD keeps the bare names for their fallback.
    credit = f'<div class="author">{html.escape("、".join(article.authors))}</div>' if article.authors else ""
    body = article.body_html
    if not _TAG.search(body):
        body = "".join(f"<p>{html.escape(line)}</p>" for line in body.split("\n") if line.strip())
    page = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}'
        f'<script type="application/ld+json">{ld}</script></head>'
        f'<body>{credit}<article>{heading}<div class="content">{body}</div></article></body></html>'
    )
    return page.encode("utf-8")


# A key naming its object (a room's, channel's, anchor's, site's name) and one titling it.
_NAME_KEY = re.compile(r"name$|^nick", re.IGNORECASE)
_TITLE_KEY = re.compile(r"(?:^|[a-z_])(?:title|headline)$", re.IGNORECASE)


def titled_beside_name(tree: HtmlElement, heading: str) -> str:
    """Return the title a script's state gives the object it names ``heading`` (a live room's
    ``{"roomName": heading, "liveTitle": …}``), or ``""``: the page printed a name, not a headline."""
    squashed = _squash(heading)
    if not squashed:
        return ""
    # Asked of every page with a title: only a script that writes the name (as is, or escaped) is read.
    needles = (heading.strip(), json.dumps(heading.strip())[1:-1])
    for _, blob in _blobs(tree, needles):
        for obj in _dicts(blob, 0):
            if not any(
                _NAME_KEY.search(k) and isinstance(v, str) and _squash(v) == squashed for k, v in obj.items()
            ):
                continue
            for key, value in obj.items():
                if _TITLE_KEY.search(key) and isinstance(value, str) and value.strip() and len(value) <= 300:
                    title = " ".join(html.unescape(_TAG.sub("", value)).split())
                    if len(_squash(title)) >= 6 and _squash(title) != squashed:
                        return title
    return ""


def _blobs(tree: HtmlElement, needles: Sequence[str] = ()) -> Iterator[tuple[str, object]]:
    """Yield each state a script holds, named (``__NEXT_DATA__``, ``ld+json``, ``__NUXT__``); with
    ``needles``, only the states of scripts whose text holds one of them."""
    for script in tree.iter("script"):
        text = script.text or ""
        if script.get("src") or not text.strip() or len(text) > _MAX_SCRIPT:
            continue
        if needles and not any(n in text for n in needles):
            continue
        kind = (script.get("type") or "").lower()
        if "json" in kind:
            try:
                data = json.loads(text)
            except (ValueError, RecursionError):  # RecursionError: arrays nested past the stack
                continue
            name = "ld+json" if "ld+json" in kind else script.get("id") or kind
            yield name, _unflatten(data) if name == "__NUXT_DATA__" else data
        elif kind in ("", "text/javascript", "application/javascript", "module"):
            for match in _ASSIGN.finditer(text):
                value = read_assigned(text, match.end())
                if isinstance(value, dict | list):
                    yield match.group("name"), value


# devalue's markers of a wrapped value (Nuxt 3 wraps its state in Reactive, refs in Ref).
_WRAPPERS = frozenset({"Reactive", "ShallowReactive", "Ref", "ShallowRef", "EmptyRef", "EmptyShallowRef"})


def _unflatten(data: object) -> object:
    """Rebuild Nuxt 3's ``__NUXT_DATA__`` (devalue's flat array: each object's values are indexes
    into the array, the root at 0) as plain nested values; None when it is not that shape."""
    if not isinstance(data, list) or not data:
        return None

    def at(index: object, depth: int) -> object:
        if (
            not isinstance(index, int)
            or isinstance(index, bool)
            or not 0 <= index < len(data)
            or depth > _DEPTH
        ):
            return None  # -1 undefined, -2 a hole, NaN and infinities: nothing an article needs
        value = data[index]
        if isinstance(value, dict):
            return {key: at(item, depth + 1) for key, item in value.items()}
        if isinstance(value, list):
            if value and isinstance(value[0], str):
                # ["Reactive", 3], ["Date", "2023-…"]: a wrapper keeps its value, a date its text
                if value[0] in _WRAPPERS and len(value) == 2:
                    return at(value[1], depth + 1)
                return value[1] if value[0] == "Date" and len(value) == 2 else None
            return [at(item, depth + 1) for item in value]
        return value

    return at(0, 0)


def _feed_items(value: object, depth: int) -> Iterator[int]:
    """Yield the ids of the objects that stand in a list of at least three titled objects."""
    if depth > _DEPTH:
        return
    if isinstance(value, dict):
        for item in value.values():
            yield from _feed_items(item, depth + 1)
    elif isinstance(value, list):
        titled = [item for item in value if isinstance(item, dict) and _string(item, _TITLE_KEYS)]
        if len(titled) >= _FEED:
            yield from (id(item) for item in titled)
        for item in value:
            yield from _feed_items(item, depth + 1)


def _dicts(value: object, depth: int) -> Iterator[dict[str, object]]:
    if depth > _DEPTH:
        return
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _dicts(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            yield from _dicts(item, depth + 1)


def _text_of(obj: dict[str, object]) -> str | None:
    """The object's long text (HTML or plain) when it reads as an article's, else None."""
    for key in _TEXT_KEYS:
        value = obj.get(key)
        if isinstance(value, list):
            value = _blocks(value)
        if not isinstance(value, str) or len(_squash(_plain(value))) < _TEXT_MIN:
            continue
        if not (_string(obj, _TITLE_KEYS) or any(k in obj for k in _DATE_KEYS + _AUTHOR_KEYS)):
            return None  # a long text alone: a comment, a page's description, a template
        return value
    return None


def _blocks(value: list[object]) -> str:
    """Join a text kept as blocks (``["<p>…</p>", …]``, ``[{"type": "text", "text": "…"}, …]``) as HTML."""
    pieces: list[str] = []
    for block in value:
        if isinstance(block, dict):
            block = next(
                (block[k] for k in ("text", "content", "html", "value") if isinstance(block.get(k), str)), ""
            )
        if isinstance(block, str) and block.strip():
            pieces.append(block if _TAG.search(block) else f"<p>{html.escape(block)}</p>")
    return "".join(pieces)


def _choose(
    found: list[tuple[str, dict[str, object], str]], url: str, canonical: str, titles: Sequence[str]
) -> tuple[str, dict[str, object], str] | None:
    if len(found) == 1:
        return found[0]
    named = [entry for entry in found if _names_page(entry[1], url, canonical, titles)]
    if len(named) == 1:
        return named[0]
    sizes = sorted(((len(_squash(_plain(entry[2]))), i) for i, entry in enumerate(found)), reverse=True)
    (top, at), (second, _) = sizes[0], sizes[1]
    if not named and top >= _LONG and top >= _DOMINANT * second:
        return found[at]
    return None


def _names_page(obj: dict[str, object], url: str, canonical: str, titles: Sequence[str]) -> bool:
    """Tell whether the page's URL or canonical names the object's id, or its title is the page's."""
    paths = [p for p in (url, canonical) if p]
    for key in _ID_KEYS:
        value = obj.get(key)
        if isinstance(value, int | str) and not isinstance(value, bool) and len(ident := str(value)) >= 4:
            pattern = re.compile(rf"(?<![0-9A-Za-z]){re.escape(ident)}(?![0-9A-Za-z])")
            if any(pattern.search(p) for p in paths):
                return True
    title = _squash(_string(obj, _TITLE_KEYS))
    return len(title) >= 6 and any(title == _squash(t) for t in titles if t)


def _string(obj: dict[str, object], keys: Sequence[str]) -> str:
    for key in keys:
        value = obj.get(key)
        if isinstance(value, str) and value.strip() and len(value) <= 300:
            return " ".join(html.unescape(_TAG.sub("", value)).split())
    return ""


def _published(obj: dict[str, object], tz: str) -> datetime | None:
    """The object's publication time: a date string, or an epoch in seconds or milliseconds."""
    for key in _DATE_KEYS:
        value = obj.get(key)
        if isinstance(value, str) and re.fullmatch(r"\d{10}|\d{13}", value.strip()):
            value = int(value.strip())
        if isinstance(value, int) and not isinstance(value, bool) and len(str(value)) in (10, 13):
            seconds = value // 1000 if len(str(value)) == 13 else value
            return datetime.fromtimestamp(seconds, UTC).astimezone(zone(tz))
        if isinstance(value, str) and (found := parse_chinese_datetime(value, tz)) is not None:
            return found
    return None


def _authors(obj: dict[str, object]) -> tuple[str, ...]:
    for key in _AUTHOR_KEYS:
        if names := _names(obj.get(key)):
            return names
    return ()


def _names(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value.strip(),) if value.strip() else ()
    if isinstance(value, dict):
        for key in ("name", "nickname", "nickName", "authorName"):
            if isinstance(name := value.get(key), str) and name.strip():
                return (name.strip(),)
        return ()
    if isinstance(value, list):
        return tuple(n for item in value for n in _names(item))
    return ()


def _plain(text: str) -> str:
    return html.unescape(_TAG.sub(" ", text))


def _squash(text: str) -> str:
    return "".join(text.split())
