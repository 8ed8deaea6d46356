"""Recognise an e-paper's URL family from one URL and its page, and derive its edition template.

Most Chinese regional e-papers run on a few systems whose URLs give them away:

* Founder classic: ``html/2023-02/10/node_2.htm`` -> ``content_548643.htm``;
* Founder PC: ``pc/layout/202001/01/node_01.html`` -> ``pc/content/202001/01/content_123.html``;
* Founder pad: ``pad/column/202302/11/node_01.html`` -> ``pad/content/202302/11/content_1.html``;
* pages named by paper code: ``html/2017-10/16/nbs.D110000renmrb_01.htm`` ->
  ``nw.D110000renmrb_20171016_1-01.htm``.

The URL says which family and which date; the page confirms it (links to the
family's pages and articles, ``PagePicMap``, ``enpproperty``) and says which
page is the first (版面 01 is ``node_2.htm`` on some papers). Everything here
is pure: pages are passed in as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from archive.wording import counted
from crawler.extract.epaper import EditionPage, parse_edition_page, parse_label
from crawler.urls import canonicalize_url

_YMD_DASH = r"(?P<y>\d{4})-(?P<m>\d{2})/(?P<d>\d{2})"
_YMD_FLAT = r"(?P<y>\d{4})(?P<m>\d{2})/(?P<d>\d{2})"


@dataclass(frozen=True)
class Family:
    """One e-paper system's URL family.

    ``edition`` and ``article`` match URL paths (groups ``prefix``, ``y``,
    ``m``, ``d``; ``node`` for the page file; ``code`` for a paper code);
    ``template`` builds the edition path template from ``prefix`` and ``node``;
    ``article_pattern`` and ``page_pattern`` are the registry's link patterns
    (``{code}`` is filled in). ``age`` orders systems: a paper moves from an
    older one to a newer one, which is where a redesign is looked for.
    """

    name: str
    label: str
    edition: re.Pattern[str]
    article: re.Pattern[str]
    template: str
    article_pattern: str
    page_pattern: str
    age: int
    default_nodes: tuple[str, ...] = ()
    # Article pages without a Founder ``enpproperty`` record need selectors (People's Daily markup).
    selectors: tuple[tuple[str, str], ...] = ()


FAMILIES: tuple[Family, ...] = (
    Family(
        "founder-classic",
        "Founder classic (html/YYYY-MM/DD/node_N.htm)",
        re.compile(rf"^(?P<prefix>.*?/)html/{_YMD_DASH}/(?P<node>node_\d+\.htm)$"),
        re.compile(rf"^(?P<prefix>.*?/)html/{_YMD_DASH}/content_\d+\.htm$"),
        "{prefix}html/{{date:%Y-%m}}/{{date:%d}}/{node}",
        r"/html/\d{{4}}-\d{{2}}/\d{{2}}/content_\d+\.htm",
        r"/html/\d{{4}}-\d{{2}}/\d{{2}}/node_\d+\.htm",
        0,
        ("node_1.htm", "node_2.htm"),
    ),
    Family(
        "paper-code",
        "pages named by paper code (html/YYYY-MM/DD/nbs.CODE_NN.htm)",
        re.compile(rf"^(?P<prefix>.*?/)html/{_YMD_DASH}/(?P<node>nbs\.(?P<code>[A-Za-z0-9]+)_\w+\.htm)$"),
        re.compile(rf"^(?P<prefix>.*?/)html/{_YMD_DASH}/nw\.(?P<code>[A-Za-z0-9]+)_\d{{8}}_[\w-]+\.htm$"),
        "{prefix}html/{{date:%Y-%m}}/{{date:%d}}/{node}",
        r"/nw\.{code}_\d{{8}}_[\w-]+\.htm",
        r"/nbs\.{code}_\w+\.htm",
        0,
        selectors=(("title", "h1"), ("body", "#ozoom")),
    ),
    Family(
        "founder-pc",
        "Founder PC (pc/layout/YYYYMM/DD/node_NN.html)",
        re.compile(rf"^(?P<prefix>.*?/)pc/layout/{_YMD_FLAT}/(?P<node>node_\w+\.html?)$"),
        re.compile(rf"^(?P<prefix>.*?/)pc/content/{_YMD_FLAT}/content_\d+\.html?$"),
        "{prefix}pc/layout/{{date:%Y%m}}/{{date:%d}}/{node}",
        r"/pc/content/\d{{6}}/\d{{2}}/content_\d+\.html?",
        r"/pc/layout/\d{{6}}/\d{{2}}/node_\w+\.html?",
        1,
        ("node_01.html",),
    ),
    Family(
        "founder-pad",
        "Founder pad (pad/column/YYYYMM/DD/node_NN.html)",
        re.compile(rf"^(?P<prefix>.*?/)pad/column/{_YMD_FLAT}/(?P<node>node_\w+\.html?)$"),
        re.compile(rf"^(?P<prefix>.*?/)pad/content/{_YMD_FLAT}/content_\d+\.html?$"),
        "{prefix}pad/column/{{date:%Y%m}}/{{date:%d}}/{node}",
        r"/pad/content/\d{{6}}/\d{{2}}/content_\d+\.html?",
        r"/pad/column/\d{{6}}/\d{{2}}/node_\w+\.html?",
        2,
        ("node_01.html",),
    ),
)
FAMILY_BY_NAME = {f.name: f for f in FAMILIES}
FOUNDER_MARKERS = ("enpproperty", "founder-content", "PagePicMap", "pageLink", "enpcontent")


@dataclass(frozen=True)
class EditionShape:
    """One family at one site: everything needed to build a date's edition URL."""

    family: Family
    base: str  # scheme://host[:port]
    prefix: str  # the path before html/, pc/ or pad/
    node: str  # the first page's file name
    code: str = ""  # paper code (paper-code family)

    @property
    def template(self) -> str:
        """Return the registry's URL template (``{date:...}`` placeholders)."""
        return self.base + self.family.template.format(prefix=self.prefix, node=self.node)

    def url_for(self, day: date) -> str:
        """Return the first page's URL on ``day``."""
        return self.template.format(date=day)

    @property
    def article_patterns(self) -> list[str]:
        """Return the registry's article link patterns."""
        return [self.family.article_pattern.format(code=re.escape(self.code))]

    @property
    def page_patterns(self) -> list[str]:
        """Return the registry's page (版面) link patterns."""
        return [self.family.page_pattern.format(code=re.escape(self.code))]

    def date_of(self, url: str) -> date | None:
        """Return the date in an edition or article URL of this shape (None when it is not one)."""
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}".lower() != self.base.lower():
            return None
        for regex in (self.family.edition, self.family.article):
            match = regex.match(parts.path)
            if match and match.group("prefix") == self.prefix:
                return _day(match)
        return None


@dataclass
class Recognition:
    """What one URL and its page say about the site.

    ``kind`` is ``edition`` (``shape``, ``day`` and ``page`` are set), ``follow``
    (fetch ``next_url`` and look again: an article, or an index pointing at an
    edition) or ``none`` (not an e-paper we know).
    """

    kind: str
    shape: EditionShape | None = None
    day: date | None = None
    page: EditionPage | None = None
    next_url: str = ""
    evidence: list[str] = field(default_factory=list)
    name: str = ""  # the paper's name from the page title


def _day(match: re.Match[str]) -> date | None:
    try:
        return date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    except ValueError:
        return None


def _code(match: re.Match[str]) -> str:
    return match.groupdict().get("code") or ""


def match_url(url: str) -> tuple[Family, str, re.Match[str]] | None:
    """Return the family whose edition (``"edition"``) or article (``"article"``) shape ``url`` has."""
    path = urlsplit(url).path
    for family in FAMILIES:
        for kind, regex in (("edition", family.edition), ("article", family.article)):
            match = regex.match(path)
            if match and _day(match):
                return family, kind, match
    return None


def paper_name(html: str) -> str:
    """Return the paper's name from a page title: ``科技日报--数字报`` -> ``科技日报``."""
    title = Selector(text=html).xpath("//title/text()").get() or ""
    title = " ".join(title.split())
    for part in re.split(r"\s*(?:--|－－|—|_|\||｜|-)\s*", title):
        part = re.sub(r"(数字报|电子版|数字报刊平台|数字版|电子报|数字报纸)$", "", part).strip()
        if part and part not in ("数字报", "电子版") and len(part) <= 20:
            return part
    return ""


def _links(base_url: str, html: str) -> list[str]:
    """Return the page's link targets (anchors, image-map areas, meta refresh, script locations)."""
    sel = Selector(text=html)
    hrefs = sel.xpath("//a/@href | //area/@href | //frame/@src | //iframe/@src").getall()
    for content in sel.xpath(
        "//meta[translate(@http-equiv,'REFRESH','refresh')='refresh']/@content"
    ).getall():
        match = re.search(r"url\s*=\s*['\"]?([^'\";]+)", content, re.I)
        if match:
            hrefs.append(match.group(1))
    hrefs += re.findall(r"location(?:\.href)?\s*=\s*['\"]([^'\"]+)['\"]", html)
    out: list[str] = []
    for href in hrefs:
        href = href.strip()
        if href and not href.lower().startswith(("javascript:", "mailto:", "#", "data:")):
            out.append(canonicalize_url(urljoin(base_url, href)))
    return out


def _first_page(page: EditionPage, own: str) -> str:
    """Return the URL of page 01: the lowest label (第01版) on the page list, else the lowest file number.

    Document order is no guide: a "下一版" (next page) link often comes before the list.
    """
    candidates = [(link.url, parse_label(link.text)[0]) for link in page.pages]
    if not any(u == own for u, _ in candidates):
        candidates.append((own, page.number))
    labelled = [(int(d), u) for u, n in candidates if (d := re.sub(r"\D", "", n))]
    if labelled:
        return min(labelled)[1]
    numbered = [(int(m.group(1)), u) for u, _ in candidates if (m := re.search(r"(\d+)\D*$", u))]
    return min(numbered)[1] if numbered else own


def shape_from(url: str, family: Family, match: re.Match[str], node: str = "") -> EditionShape:
    """Return the shape of ``url`` (which ``match`` matched), with ``node`` as the first page."""
    parts = urlsplit(url)
    return EditionShape(
        family,
        f"{parts.scheme}://{parts.netloc}",
        match.group("prefix"),
        node or match.group("node"),
        _code(match),
    )


def read_edition(url: str, html: str, shape: EditionShape) -> EditionPage:
    """Parse an edition page of ``shape`` with its family's link patterns."""
    return parse_edition_page(
        url, html, article_patterns=shape.article_patterns, page_patterns=shape.page_patterns
    )


def is_edition(page: EditionPage) -> bool:
    """Tell whether a parsed edition page holds an edition (the epaper spider's own test)."""
    return bool(page.articles) or len(page.pages) > 1


def recognise(url: str, html: str) -> Recognition:
    """Recognise the family of ``url`` from the URL and its page ``html``."""
    url = canonicalize_url(url)
    evidence = [m for m in FOUNDER_MARKERS if m.lower() in html.lower()]
    name = paper_name(html)
    found = match_url(url)
    if found is not None:
        family, kind, match = found
        if kind == "edition":
            shape = shape_from(url, family, match)
            page = read_edition(url, html, shape)
            if is_edition(page):
                first = _first_page(page, url)
                first_match = family.edition.match(urlsplit(first).path)
                if first_match and first_match.group("prefix") == shape.prefix:
                    shape = shape_from(first, family, first_match)
                links = (
                    f"{counted(len(page.pages), 'page link')}, {counted(len(page.articles), 'article link')}"
                )
                evidence.insert(0, f"URL shape {family.name}; {links}")
                return Recognition("edition", shape, _day(match), page, evidence=evidence, name=name)
        else:  # an article: its page links back to the edition page
            for link in _links(url, html):
                back = family.edition.match(urlsplit(link).path)
                if back and back.group("prefix") == match.group("prefix") and _day(back) == _day(match):
                    evidence.insert(0, f"article URL shape {family.name}; links back to its page")
                    return Recognition("follow", next_url=link, evidence=evidence, name=name)
    # An index or home page: follow a link (or refresh) to the newest edition page it names.
    editions: list[tuple[date, int, str]] = []
    for order, link in enumerate(_links(url, html)):
        hit = match_url(link)
        if hit is not None and hit[1] == "edition" and urlsplit(link).netloc == urlsplit(url).netloc:
            day = _day(hit[2])
            assert day is not None
            editions.append((day, -order, link))
    if editions:
        target = max(editions)[2]
        if canonicalize_url(target) != url:
            evidence.insert(0, f"links to edition page {target}")
            return Recognition("follow", next_url=target, evidence=evidence, name=name)
    return Recognition("none", evidence=evidence, name=name)


def alternatives(shape: EditionShape, *, older: bool) -> list[EditionShape]:
    """Return the same site's likely edition shapes in other families (before or after a redesign).

    Founder sites keep their path prefix across systems; a paper moves from
    classic to PC (and adds pad), so older systems are tried before a
    template's first edition and newer ones after its last.
    """
    out: list[EditionShape] = []
    for family in FAMILIES:
        if family is shape.family or not family.default_nodes:
            continue
        if (family.age < shape.family.age) if older else (family.age > shape.family.age):
            out.extend(EditionShape(family, shape.base, shape.prefix, node) for node in family.default_nodes)
    return out
