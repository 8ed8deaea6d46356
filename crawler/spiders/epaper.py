"""Walk an e-paper by date: edition -> pages (版面) -> articles.

Each date's first page comes from the source's URL template in force on that
date, so a paper that changed its URL scheme is crawled across the change. A
404/410 or an edition with no pages and no articles is "no edition"; any other
failure is "failed", so the gap report can tell a holiday from an outage.
"""

from __future__ import annotations

import re
import string
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import scrapy
from parsel import Selector
from scrapy.http import Response
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from twisted.python.failure import Failure

from archive.config import resolve_db_url
from archive.engine import create_store_engine, make_session_factory
from archive.items import (
    ANOTHER_EDITION_PREFIX,
    EDITION_NO_PAGES,
    NOT_COVERED,
    UNSURE_PREFIX,
    EditionItem,
    PageItem,
    combined_note,
    covered_reason,
    empty_template_reason,
    incomplete_reason,
    keep_combined,
    not_yet_reason,
    unsure_reason,
)
from archive.queries import archived_editions, no_edition_dates
from archive.schedules import Schedules, off_reason
from archive.wording import counted
from crawler.extract.edition_dates import answered_by, served_day_only, url_dates
from crawler.extract.epaper import EditionPage, parse_edition_page
from crawler.outcome import SKIPPED_NO_EDITION
from crawler.spiders.base import SourceSpider, failure_reason
from crawler.urls import canonicalize_url

NO_EDITION_STATUSES = (404, 410)
# Request meta naming the found edition a page or article belongs to (day, URL, template: plain
# strings, so a request stays serialisable for the shared queue).
EDITION_META = "newsarchive_edition"
# Request meta marking a further page fetched to tell an empty template from an edition (see _Probe).
PROBE_META = "newsarchive_probe"

# How e-paper URLs write a date, beside the template's own way: a redirect to another URL
# scheme of the same day (old html/2017-01/02/ to pc/layout/201701/02/) stays on the day.
_DAY_FORMATS = ("%Y%m%d", "%Y-%m-%d", "%Y/%m/%d", "%Y_%m_%d", "%Y%m/%d", "%Y-%m/%d", "%Y/%m%d")


# Words of a server's failure page sent with HTTP 200 (a busy or broken back end, a gateway): the
# site is down, which says nothing of the date's edition. Not "页面不存在" (a missing page: the
# site's 404, rightly no edition), nor "请稍后再试" alone (本期暂无内容，请稍后再试: not yet out).
_SERVER_DOWN = re.compile(
    r"系统繁忙|服务器(?:错误|繁忙|异常|维护)|系统(?:维护|升级)中|数据库(?:连接)?(?:错误|失败|异常)"
    r"|bad\s+gateway|service\s+(?:temporarily\s+)?unavailable|internal\s+server\s+error"
    r"|gateway\s+time-?out|\b50[0-4]\b",
    re.IGNORECASE,
)
# A failure page is a line or two; an edition page's furniture that mentions maintenance is longer.
_SERVER_DOWN_MAX_TEXT = 200


# A script that sends the browser on (location.href = "...", location.replace("...")): how many
# e-papers move a date's URL to its edition in another layout, or a date they lack to the latest.
_SCRIPT_REDIRECT = re.compile(
    r"""location(?:\.href)?\s*=\s*["']([^"'\s]+)["']|location\.(?:replace|assign)\(\s*["']([^"'\s]+)["']"""
)
# The most script redirects one date's request follows (Scrapy's own limit is for HTTP redirects).
MAX_SCRIPT_REDIRECTS = 3


def script_redirect(html: str) -> str:
    """Return where a page's script sends the browser ("": nowhere), as written."""
    match = _SCRIPT_REDIRECT.search(html)
    return (match.group(1) or match.group(2)) if match else ""


def server_down_page(html: str) -> str:
    """Return the words that make ``html`` a server's failure page ("": it is none).

    An edition page that lists no page and no article is "no edition", the
    site's answer for a date without one. Its "系统繁忙" or "502 Bad Gateway"
    page, sent with HTTP 200, is no such answer: recorded "no edition", a date
    the paper published read as a holiday, and no later crawl reached back
    to it as it does to failed dates.
    """
    sel = Selector(text=html or "<html></html>")
    title = " ".join(sel.xpath("//title//text()").getall())
    text = "".join(sel.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]").getall())
    text = "".join(text.split())
    if len(text) > _SERVER_DOWN_MAX_TEXT:
        return ""
    found = _SERVER_DOWN.search(title) or _SERVER_DOWN.search(text)
    return found.group(0) if found else ""


def _date_span(template: str, day: date) -> str:
    """Return the part of ``template`` rendered for ``day`` from its first to its last date placeholder.

    For ``.../html/{date:%Y-%m}/{date:%d}/node_1.htm`` that is ``2017-01/02``:
    the date as this paper writes it in its URLs. Empty when the template has no placeholder.
    """
    rendered, start, end = "", -1, -1
    for literal, name, spec, _ in string.Formatter().parse(template):
        rendered += literal
        if name is None:
            continue
        if start < 0:
            start = len(rendered)
        rendered += format(day, spec) if spec else str(day)
        end = len(rendered)
    return rendered[start:end] if start >= 0 else ""


def redirect_leaves_day(template: str, day: date, final_url: str) -> bool:
    """Tell whether a redirected edition request for ``day`` ended on a URL of no edition of ``day``.

    Papers redirect a date without an edition to their latest edition (or to
    the home page). A URL that still writes ``day`` (in the template's way or
    a common one) is that day's edition moved; any other is not, and its page
    must not be archived as ``day``'s edition.
    """
    marks = [_date_span(template, day), *(day.strftime(f) for f in _DAY_FORMATS)]
    where = final_url
    if "?" in final_url and not _dated_query(template):
        # A login page names the page it stands for in its query (login.htm?from=/html/2017-01/02/...).
        where = final_url.split("?", 1)[0]
    return not any(mark and mark in where for mark in marks)


def _dated_query(template: str) -> bool:
    """Tell whether ``template`` writes its date in the query string (``index.jsp?date={date}``)."""
    query_at = template.find("?")
    return query_at >= 0 and template.find("{", query_at) >= 0


def edition_elsewhere(
    template: str, day: date, url: str, redirected: bool, page: EditionPage, served: date | None = None
) -> str:
    """Say why the edition page answered for ``day`` (ending at ``url``) is not ``day``'s edition ("": it is).

    Two answers are not: a redirect that leaves the day (to another date's
    edition, a login page, the home page), and a page that names its own
    dates (date lines, dated links; see :mod:`crawler.extract.edition_dates`)
    none of which is ``day`` (the latest edition many sites serve, HTTP 200,
    for a date they do not have). A page that names ``day`` anywhere, or no
    date at all, is taken for ``day``'s, as is one whose only dates are date
    lines of ``served``, the day it was served (a header's clock, or that
    day's edition: no evidence either way). When another edition is recognised
    the reason starts with :data:`ANOTHER_EDITION_PREFIX` and names its date.
    """
    other = answered_by(day, page.dates, served)
    if redirected and redirect_leaves_day(template, day, url):
        moved_to = [d for d in url_dates(url) if d != day] or ([other[0]] if other else [])
        if moved_to:
            return f"{ANOTHER_EDITION_PREFIX}redirected to {url} (the edition of {moved_to[0]}, not {day})"
        return f"redirected to {url} (not an edition of {day})"
    if other is None:
        return ""
    return f"{ANOTHER_EDITION_PREFIX}the page served for {day} is the edition of {other[0]} ({other[1]})"


@dataclass
class _Probe:
    """An edition whose first page lists pages (版面) but no article: empty template or edition?

    Many e-papers answer a date without an edition with their page template:
    the date line and the list of 版面, no article on any page. Recorded
    "found" on its first page, such a date read as an edition whose articles
    were lost. Its other pages decide: the first that lists an article makes
    it an edition (then recorded found, with the pages held back); when every
    page lists none, the date has no edition. The first page's own items wait
    here meanwhile.
    """

    url: str
    template: str
    pending: set[str]
    held: list[Any] = field(default_factory=list)
    failed: str = ""


class EpaperSpider(SourceSpider):
    """Backfill an e-paper's editions between ``since`` and ``until``."""

    name = "epaper"
    ERRBACKS = (*SourceSpider.ERRBACKS, "edition_failed")
    _engine: Engine | None = None
    _sessions: sessionmaker[Session] | None = None
    # The weekly schedules the archive registered, set by the store pipeline (see _off_schedule).
    schedules: Schedules | None = None
    _probes: dict[date, _Probe] | None = None  # dates waiting on their pages (see _Probe)
    _probed: set[date] | None = None  # dates whose probe was decided
    _first_lister: dict[frozenset[str], date] | None = None  # see _served_again
    _missing: dict[date, list[tuple[str, str, str]]] | None = None  # see part_missing
    _incomplete: set[date] | None = None  # found editions counted editions/incomplete (see _note_incomplete)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The first date to list an article set on a page naming no date -> the dates whose page
        # listed it again (read by the store pipeline when the crawl ends).
        self.served_again: dict[date, list[date]] = {}

    def dates(self) -> Iterator[date]:
        """Yield every date of the range, oldest first."""
        day = self.since
        while day <= self.until:
            yield day
            if day == date.max:  # 9999-12-31 has no next day
                return
            day += timedelta(days=1)

    async def start(self) -> AsyncIterator[Any]:
        """Yield each date's first-page request, or a failed edition when no template covers it.

        A ``--resume`` crawl skips the dates recorded "no edition" (counted ``editions/skipped_no_edition``)
        unless ``--recheck`` asks for them: what the site answered already is not asked again.
        """
        skip = self._settled_no_edition()
        for day in self.dates():
            if day in skip:
                self.count(SKIPPED_NO_EDITION)
                continue
            template = self.source.template_for(day)
            if template is None:
                self.count("editions/failed")
                yield EditionItem(self.source.id, day, "failed", reason=NOT_COVERED)
                continue
            yield scrapy.Request(
                template.render(day),
                callback=self.parse_edition,
                errback=self.edition_failed,
                cb_kwargs={"day": day, "template": template.url},
                meta={"handle_httpstatus_list": list(NO_EDITION_STATUSES), "newsarchive_kind": "edition"},
                priority=10,
                # A date redirected to an edition requested for another date must still reach
                # parse_edition (as "no edition"); the duplicate filter would drop it unrecorded.
                dont_filter=True,
            )

    def parse_edition(self, response: Response, day: date, template: str) -> Iterator[Any]:
        """Handle an edition's first page: record the edition, follow its pages and articles."""
        if response.status in NO_EDITION_STATUSES:
            yield self._no_edition(day, response.url, f"HTTP {response.status}", template)
            return
        page = self._edition_page(response, near=day)
        if page.combined is not None and page.combined[0] < day <= page.combined[1]:
            # A later day of a combined edition (合刊): filed under its first day, the date it prints.
            # Archived here too, its articles would be filed twice (and under a day it does not name).
            self.count("editions/covered")
            first, last, line = page.combined
            url = (response.meta.get("redirect_urls") or [response.url])[0]
            reason = covered_reason(first, last, line)[:256]
            yield EditionItem(self.source.id, day, "no-edition", url=url, reason=reason, template=template)
            return
        redirected = bool(response.meta.get("redirect_urls"))
        served = self.served_day(response)
        elsewhere = edition_elsewhere(template, day, response.url, redirected, page, served)
        elsewhere = elsewhere or self._archived_elsewhere(day, page)
        if not elsewhere and not page.dates:
            elsewhere = self._served_again(day, page)
        if elsewhere:
            # Another edition (or a login or home page) answered for this date: by a redirect, under
            # the date's own URL, or listing articles archived under another date. Archived, its
            # articles would be filed under a wrong date.
            yield self._no_edition(
                day, (response.meta.get("redirect_urls") or [response.url])[0], elsewhere, template
            )
            return
        if not page.articles and len(page.pages) <= 1:
            html = self.page_text(response)
            moved = self._follow_script(response, html, day, template)
            if moved is not None:
                # A stub whose script moves the date on: followed like an HTTP redirect, so the
                # checks above tell the same day's edition from another date's.
                yield moved
                return
            down = server_down_page(html)
            if down:
                self.count("editions/failed")
                reason = f"HTTP {response.status} error page ({down})"
                yield EditionItem(
                    self.source.id, day, "failed", url=response.url, reason=reason, template=template
                )
            else:
                reason = EDITION_NO_PAGES
                yield self._no_edition(day, response.url, reason, template)
            return
        clock = served_day_only(page.dates, served) if day != served else ""
        # Archived, not lost: the report and the calendar show why the date is unsure.
        unsure = f"{UNSURE_PREFIX}{unsure_reason(served, clock)}" if clock else ""
        combined = combined_note(*page.combined) if page.combined is not None else ""
        unsure = "; ".join(part for part in (unsure, combined) if part)[:256]
        found = EditionItem(self.source.id, day, "found", url=response.url, reason=unsure, template=template)
        own = canonicalize_url(response.url)
        others = [link.url for link in page.pages if link.url != own]
        edition = {
            "day": day.isoformat(),
            "url": response.url,
            "template": template,
            "reason": unsure,
            "combined": combined,
        }
        outputs = list(self._page_outputs(response, page, day, edition))
        probe = not page.articles
        if probe:  # no article on the first page: the other pages tell an empty template (see _Probe)
            pending = {canonicalize_url(response.urljoin(u)) for u in others}
            self._probes = self._probes if self._probes is not None else {}
            self._probes[day] = _Probe(response.url, template, pending, outputs)
            yield from self._probe_settled(day, self._probes[day])  # a page list of itself alone
        else:
            self.count("editions/found")
            yield found
            yield from outputs
        for url in others:
            yield response.follow(
                url,
                callback=self.parse_page,
                errback=self.request_failed,
                cb_kwargs={"day": day},
                meta={"newsarchive_kind": "page", EDITION_META: edition, PROBE_META: probe},
                # Dropped as a duplicate, a probed page would leave its date unrecorded.
                dont_filter=probe,
            )

    def _follow_script(
        self, response: Response, html: str, day: date, template: str
    ) -> scrapy.Request | None:
        """Return the request that follows an edition stub's script redirect (None: none to follow)."""
        target = script_redirect(html)
        chain = [*(response.meta.get("redirect_urls") or []), response.url]
        if not target or len(chain) > MAX_SCRIPT_REDIRECTS:
            return None
        url = response.urljoin(target)
        if not url.startswith(("http://", "https://")) or not self.on_site(url) or url in chain:
            return None
        return scrapy.Request(
            url,
            callback=self.parse_edition,
            errback=self.edition_failed,
            cb_kwargs={"day": day, "template": template},
            meta={
                "handle_httpstatus_list": list(NO_EDITION_STATUSES),
                "newsarchive_kind": "edition",
                "redirect_urls": chain,
            },
            priority=10,
            dont_filter=True,
        )

    def checked_at(self) -> datetime:
        """Return the time of this check in the paper's zone (``NEWSARCHIVE_CHECK_TIME``, else the clock).

        The scheduler hands down its own clock, so a crawl it fires judges "today" as it does.
        """
        settings = getattr(getattr(self, "crawler", None), "settings", None)
        fixed = settings.get("NEWSARCHIVE_CHECK_TIME") if settings is not None else None
        when = datetime.fromisoformat(str(fixed)) if fixed else datetime.now(self.zone)
        return (when if when.tzinfo else when.replace(tzinfo=self.zone)).astimezone(self.zone)

    def served_day(self, response: Response) -> date:
        """Return the paper's day ``response`` was served: the crawl's time when set, else its Date header.

        A header's clock on an edition page prints this day (see ``served_day_only``).
        """
        settings = getattr(getattr(self, "crawler", None), "settings", None)
        header = response.headers.get(b"Date")
        if header and not (settings is not None and settings.get("NEWSARCHIVE_CHECK_TIME")):
            try:
                return parsedate_to_datetime(header.decode("latin-1")).astimezone(self.zone).date()
            except (TypeError, ValueError):
                pass
        return self.checked_at().date()

    def _no_edition(self, day: date, url: str, reason: str, template: str) -> EditionItem:
        """Count and return the "no edition" of ``day``: provisional when checked on that day or before it.

        A morning check sees yesterday's edition (or a 404) for a paper that publishes its
        e-paper later in the day; only a check after the day is over says there is none.
        """
        checked = self.checked_at()
        off = self._off_schedule(day)
        if off is not None:
            # A Sunday of a Monday-to-Saturday paper: nothing was missed, and nothing will come.
            self.count("editions/not_publishing")
            reason = off_reason(off, reason)
        elif day >= checked.date():
            self.count("editions/not_yet")
            reason = not_yet_reason(checked, reason)
        else:
            self.count("editions/no_edition")
            if reason.startswith(ANOTHER_EDITION_PREFIX):
                self.count("editions/another_edition")
        return EditionItem(self.source.id, day, "no-edition", url=url, reason=reason[:256], template=template)

    def parse_page(self, response: Response, day: date) -> Iterator[Any]:
        """Handle one further page of an edition (and decide a probed one, see :class:`_Probe`)."""
        edition = response.meta.get(EDITION_META) or {}
        page = self._edition_page(response, with_dates=False)
        outputs = self._page_outputs(response, page, day, edition)
        probe = (self._probes or {}).get(day) if response.meta.get(PROBE_META) else None
        if probe is not None and not page.articles:
            probe.pending.discard(canonicalize_url((response.meta.get("redirect_urls") or [response.url])[0]))
            down = server_down_page(self.page_text(response))
            if down:  # a failure page lists no article either, and says nothing of the edition
                probe.failed = probe.failed or f"page {response.url} not archived (error page: {down})"
            else:
                probe.held.extend(outputs)
            yield from self._probe_settled(day, probe)
        else:
            # A probed page listing an article decides its edition; another worker's probe
            # (its first page parsed there) is decided here the same way.
            undecided = probe is not None or day not in (self._probed or ())
            if response.meta.get(PROBE_META) and page.articles and edition and undecided:
                yield from self._probe_found(day, edition, probe)
            yield from outputs

    def _probe_found(self, day: date, edition: dict[str, str], probe: _Probe | None) -> Iterator[Any]:
        """Record a probed edition found (a page lists an article) with the items held for it."""
        if self._probes is not None:
            self._probes.pop(day, None)
        self._probed = (self._probed or set()) | {day}
        self.count("editions/found")
        missing = (self._missing or {}).get(day)  # a page that failed before one listed an article
        if missing:
            self._note_incomplete(day)
        yield EditionItem(
            self.source.id,
            day,
            "found",
            url=edition["url"],
            reason=(
                keep_combined(incomplete_reason(missing), edition.get("combined", ""))
                if missing
                else edition.get("reason", "")
            ),
            template=edition["template"],
        )
        if probe is not None:
            yield from probe.held
        else:  # another worker holds the first page: fetch it again for its page record
            yield scrapy.Request(
                edition["url"],
                callback=self.parse_page,
                errback=self.request_failed,
                cb_kwargs={"day": day},
                meta={"newsarchive_kind": "page", EDITION_META: edition},
                dont_filter=True,
            )

    def _probe_settled(self, day: date, probe: _Probe) -> Iterator[Any]:
        """Record a probed date once every page answered, none listing an article.

        All fetched: an empty template, no edition. Some failed: nothing tells
        an edition whose articles sit on the failed pages from a template, so
        the date is failed (checked again by the next crawl), never found.
        """
        if probe.pending:
            return
        if self._probes is not None:
            self._probes.pop(day, None)
        self._probed = (self._probed or set()) | {day}
        pages = sum(isinstance(item, PageItem) for item in probe.held)
        if probe.failed:
            self.count("editions/failed")
            reason = f"{probe.failed}; the other pages list no article"
            yield EditionItem(
                self.source.id, day, "failed", url=probe.url, reason=reason[:256], template=probe.template
            )
            return
        reason = empty_template_reason(pages)
        yield self._no_edition(day, probe.url, reason, probe.template)

    def _archived_elsewhere(self, day: date, page: EditionPage) -> str:
        """Say why a page naming no date is another date's edition: its articles are archived under it.

        A paper whose URLs carry no date (``index.jsp?date=...`` linking ``content_1001.htm``)
        answers a date it lacks with its latest edition's very links. When every article the
        page lists is archived already, all under one other date, and none of them is dated
        ``day`` by its own page, the page is that date's edition. One indexed query per edition
        page ("": not so, or the store cannot tell).
        """
        keys = sorted({self.source.canonical(link.url) for link in page.articles})
        if not keys:
            return ""
        found = self._archived(keys)
        if found is None or len(found) != len(keys):
            return ""
        editions = {edition for edition, _ in found.values()}
        if len(editions) != 1 or None in editions or day in editions:
            return ""
        other = editions.pop()
        if any(p is not None and p.astimezone(self.zone).date() == day for _, p in found.values()):
            return ""  # the archive filed them under a wrong date, not this page
        return (
            f"{ANOTHER_EDITION_PREFIX}the page served for {day} lists the {counted(len(keys), 'article')} "
            f"archived under {other}"
        )

    def _served_again(self, day: date, page: EditionPage) -> str:
        """Say why a page naming no date is no edition of ``day``: this crawl saw it for another date.

        A site whose URLs carry no date answers every date it lacks with the
        same page; in one backfill its articles are not archived yet when the
        next date's page comes, so :meth:`_archived_elsewhere` cannot tell, and
        every date read "found". The first date to list an article set keeps
        it; :data:`served_again` lets the store settle that one by its
        articles' own dates when the crawl ends (``settle_served_again``).
        """
        keys = frozenset(self.source.canonical(link.url) for link in page.articles)
        if not keys:
            return ""
        if self._first_lister is None:
            self._first_lister = {}
        first = self._first_lister.setdefault(keys, day)
        if first == day:
            return ""
        self.served_again.setdefault(first, []).append(day)
        return (
            f"{ANOTHER_EDITION_PREFIX}the page served for {day} names no date and lists the same "
            f"{counted(len(keys), 'article')} as the page served for {first}"
        )

    def _store_sessions(self) -> sessionmaker[Session] | None:
        """Return a session factory on the crawl's store, opened once (None: no settings to find it)."""
        if self._sessions is None:
            settings = getattr(getattr(self, "crawler", None), "settings", None)
            if settings is None:
                return None
            db_url = resolve_db_url(settings.get("NEWSARCHIVE_DB_URL"), settings.get("NEWSARCHIVE_HOME"))
            self._engine = create_store_engine(db_url)
            self._sessions = make_session_factory(self._engine)
        return self._sessions

    def _settled_no_edition(self) -> set[date]:
        """Return the dates a ``--resume`` crawl skips: recorded "no edition" (none with ``--recheck``)."""
        settings = getattr(getattr(self, "crawler", None), "settings", None)
        if settings is None or not settings.getbool("NEWSARCHIVE_RESUME"):
            return set()
        if settings.getbool("NEWSARCHIVE_RECHECK_NO_EDITION"):
            return set()
        sessions = self._store_sessions()
        if sessions is None:
            return set()
        try:
            with sessions() as session:
                return no_edition_dates(session, self.source.id, self.since, self.until)
        except SQLAlchemyError as exc:  # a store not created yet: nothing was recorded
            self.logger.debug("cannot look up the dates recorded no edition: %s", exc)
            return set()

    def _archived(self, keys: list[str]) -> dict[str, tuple[date | None, datetime | None]] | None:
        """Return the archived edition and own date of ``keys`` (None: no store to ask)."""
        sessions = self._store_sessions()
        if sessions is None:
            return None
        try:
            with sessions() as session:
                return archived_editions(session, self.source.id, keys)
        except SQLAlchemyError as exc:
            self.logger.debug("cannot look up archived articles: %s", exc)
            return None

    def _off_schedule(self, day: date) -> str | None:
        """Return the schedule that leaves ``day`` out, else None: the one in force on it (archive.schedules).

        The store pipeline hands over the schedules the archive registered (``schedules``), so a
        backfill of dates before a change judges them as the report and the web calendar do;
        without them (no store), the registry's schedule judges every date.
        """
        week = self.schedules if self.schedules is not None else Schedules()
        return week.with_registry(self.source.schedule, self.checked_at().date()).off(day)

    def request_failed(self, failure: Failure) -> Iterator[Any]:
        """Count a page that could not be fetched; a probed page not fetched for any reason settles it.

        Refused pages (robots.txt, the page budget) carry no failure reason and
        note nothing on a found edition, but a probed date waits on each of its pages.
        """
        yield from super().request_failed(failure)
        request = failure.request  # type: ignore[attr-defined]
        probe = (self._probes or {}).get(
            date.fromisoformat((request.meta.get(EDITION_META) or {}).get("day", "0001-01-01"))
        )
        if (
            request.meta.get(PROBE_META)
            and probe is not None
            and canonicalize_url(request.url) in probe.pending
        ):
            yield from self.part_missing(request, f"not fetched: {failure.getErrorMessage()[:80]}")

    def closed(self, reason: str) -> None:
        """Close the store connection of :meth:`_archived`."""
        if self._engine is not None:
            self._engine.dispose()

    def edition_day(self, request: scrapy.Request) -> str:
        """Return the edition date ``request`` was made for (its edition's, from the request's meta)."""
        edition = request.meta.get(EDITION_META)
        return str(edition["day"]) if edition else ""

    def _note_incomplete(self, day: date) -> None:
        """Count a found edition missing a page or an article once, however many parts it misses.

        The report counted such dates apart (`found 22 (1 incomplete)`) while the crawl's
        summary read `found 22`, as if every found edition were whole.
        """
        self._incomplete = self._incomplete if self._incomplete is not None else set()
        if day not in self._incomplete:
            self._incomplete.add(day)
            self.count("editions/incomplete")

    def part_missing(self, request: scrapy.Request, reason: str, url: str = "") -> Iterator[Any]:
        """Note on the found edition that one of its pages or articles was not archived.

        Without it the report showed such a date as "found" like a complete one,
        and only the crawl's exit code said something was missing. A later crawl
        that archives the whole edition records it found again without the note.
        """
        edition = request.meta.get(EDITION_META)
        if not edition:
            return
        kind = request.meta.get("newsarchive_kind", "page")
        day = date.fromisoformat(edition["day"])
        # Every part the edition misses, named in one reason: each item replaces the date's last.
        self._missing = self._missing if self._missing is not None else {}
        self._missing.setdefault(day, []).append((kind, url or request.url, reason))
        if request.meta.get(PROBE_META):  # the edition is not recorded yet: it waits on this page
            probe = (self._probes or {}).get(day)
            if probe is not None:
                probe.pending.discard(canonicalize_url(request.url))
                probe.failed = probe.failed or f"page {url or request.url} not archived ({reason})"
                yield from self._probe_settled(day, probe)
            return
        self._note_incomplete(day)
        yield EditionItem(
            self.source.id,
            day,
            "found",
            url=edition["url"],
            reason=keep_combined(incomplete_reason(self._missing[day]), edition.get("combined", "")),
            template=edition["template"],
        )

    def _edition_page(
        self, response: Response, *, with_dates: bool = True, near: date | None = None
    ) -> EditionPage:
        # Parsed once per page, from carefully decoded text (GBK pages often declare no charset).
        return parse_edition_page(
            response.url,
            self.page_text(response),
            article_patterns=self.source.article_patterns,
            page_patterns=self.source.page_patterns,
            with_dates=with_dates,
            near=near,
        )

    def _page_outputs(
        self, response: Response, page: EditionPage, day: date, edition: dict[str, str]
    ) -> Iterator[Any]:
        self.count("pages")
        yield PageItem(
            source_id=self.source.id,
            edition_date=day,
            number=page.number,
            name=page.name,
            url=self.source.canonical(response.url),
            # The extractor takes only a PDF on the page's host, so it moves with the page.
            pdf_url=self.source.canonical(page.pdf_url) if page.pdf_url else "",
            article_urls=[link.url for link in page.articles],
        )
        for link in page.articles:
            request = self.article_request(
                link.url, section=page.name, page_number=page.number, edition_date=day, title=link.text
            )
            if request is not None:
                request.meta[EDITION_META] = edition
                yield request

    def edition_failed(self, failure: Failure) -> Iterator[EditionItem]:
        """Record an edition whose first page could not be fetched (not a 404).

        The request's failure is counted under its reason too (``failed/http_500``), as any page's
        is: a run partial only for this read ``finished (partial)`` in ``runs`` with no line saying why.

        A date the paper's schedule leaves out (a Sunday of ``1-6``) expects no edition: its failure
        is recorded failed with the schedule's note and counted ``editions/not_publishing``, never a
        failed edition. Counted failed, every scheduled run over the week ended partial and held the
        scheduler's catch-up window at that Sunday, and the report alerted ``failed_days``.
        """
        request = failure.request  # type: ignore[attr-defined]
        day: date = request.cb_kwargs["day"]
        off = self._off_schedule(day)
        why = failure_reason(failure)  # "" when a middleware counted it (refused, robots.txt)
        if off is not None:
            self.count("editions/not_publishing")
        else:
            self.count("editions/failed")
            if why:
                self.count(f"failed/{why}")
        # The edition row keeps the URL: a refusal's reason (what to do about it) is not cut for it.
        message = failure.getErrorMessage().removesuffix(f": {request.url}")
        reason = message[:200] or getattr(failure.type, "__name__", "error")
        response = getattr(failure.value, "response", None)
        if response is not None:
            reason = f"HTTP {response.status}"
        if off is not None:
            reason = off_reason(off, reason)[:256]
        yield EditionItem(
            self.source.id,
            day,
            "failed",
            url=request.url,
            reason=reason,
            template=request.cb_kwargs.get("template", ""),
        )
