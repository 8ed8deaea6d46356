"""Discover a source from one URL (``sources add``); re-check a registered one (``sources check --online``).

``discover`` fetches the URL, recognises the e-paper family (or the way into a
plain news site), probes the first and last edition of each URL template
(a redesign is a second template from a date on) and returns a
:class:`Discovery` whose ``entry()`` is the registry's ``[[source]]`` table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from archive.config import DEFAULT_TIMEZONE, zone
from archive.wording import counted
from crawler.discover.families import (
    FAMILIES,
    EditionShape,
    Recognition,
    alternatives,
    is_edition,
    match_url,
    read_edition,
    recognise,
)
from crawler.discover.fetch import DiscoveryError, FetchBudgetExhausted, Fetched, Fetcher
from crawler.discover.nonpaper import article_shape, feed_links
from crawler.discover.probe import (
    FLOOR,
    HIT,
    MISS,
    UNKNOWN,
    VERIFY_DAYS,
    BudgetExhausted,
    Calendar,
    EdgeResult,
    Prober,
)
from crawler.extract.edition_dates import answered_by
from crawler.extract.epaper import EditionPage
from crawler.sources import on_domains

DEFAULT_BUDGET = 80  # requests for recognition and probing (the test crawl is counted apart)
MAX_FOLLOWS = 2  # article -> edition page, index -> edition page
# Publishing days tried for an older layout before a first edition: the paper may have had no edition on
# the day before its redesign (launched after a holiday), or the site failed (5xx) there.
OLDER_TRIES = 3
# The recent publishing days a newer system is looked for on (a redesign seen from before it): a paper
# may have no edition on any one of them (a weekday it skips, a holiday).
NEWER_TRIES = 3
_ID_STOP = {
    "www",
    "epaper",
    "paper",
    "digitalpaper",
    "szb",
    "e",
    "news",
    "dzb",
    "m",
    "wap",
    "com",
    "cn",
    "net",
}


@dataclass
class Segment:
    """One URL template and the editions found under it."""

    shape: EditionShape
    first: date
    last: date
    exact: bool  # the first edition is verified (False: the budget ran out first)


@dataclass
class Discovery:
    """What ``discover`` found about a site."""

    url: str
    kind: str  # epaper, sitemap, feed or listing
    family: str  # an e-paper family name, or the kind
    label: str
    name: str
    host: str
    segments: list[Segment] = field(default_factory=list)
    start_urls: list[str] = field(default_factory=list)
    article_patterns: list[str] = field(default_factory=list)
    page_patterns: list[str] = field(default_factory=list)
    first: date | None = None
    last: date | None = None
    exact: bool = False
    weekdays: list[int] = field(default_factory=lambda: list(range(7)))
    requests: int = 0
    evidence: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    edition: EditionPage | None = None
    id_hint: str = ""
    selectors: dict[str, str] = field(default_factory=dict)
    timezone: str = DEFAULT_TIMEZONE  # the paper's zone: "today" and sitemap days are read in it

    @property
    def schedule(self) -> str:
        """Return a cron schedule from the publishing weekdays: 07:30 on each day an edition appears."""
        days = sorted((wd + 1) % 7 for wd in self.weekdays)  # cron counts from Sunday = 0
        if len(days) == 7 or not days:
            return "30 7 * * *"
        if days == list(range(days[0], days[-1] + 1)):
            return f"30 7 * * {days[0]}-{days[-1]}" if len(days) > 1 else f"30 7 * * {days[0]}"
        return "30 7 * * " + ",".join(map(str, days))

    def templates(self) -> list[dict[str, str]]:
        """Return the registry's templates: each from its first edition, until the next one starts."""
        out: list[dict[str, str]] = []
        for i, segment in enumerate(self.segments):
            template = {"url": segment.shape.template, "since": segment.first.isoformat()}
            if i + 1 < len(self.segments):
                template["until"] = (self.segments[i + 1].first - timedelta(days=1)).isoformat()
            out.append(template)
        return out

    def allowed_domains(self) -> list[str]:
        """Return the site's host and each other host a start URL or template is on (a CDN's sitemap).

        The crawl drops a request off ``allowed_domains``: a start there would fetch nothing.
        """
        domains = [self.host]
        urls = self.start_urls if self.kind != "epaper" else [t["url"] for t in self.templates()]
        for url in urls:
            host = (urlsplit(url).hostname or "").lower()
            if host and not on_domains(url, domains):
                domains.append(host)
        return domains

    def entry(self, source_id: str = "", name: str = "", region: str = "") -> dict[str, Any]:
        """Return the ``[[source]]`` table for this site (``timezone`` only when not the default)."""
        entry: dict[str, Any] = {
            "id": source_id or self.id_hint or slug_for(self.host),
            "name": name or self.name,
            "region": region,
            "timezone": self.timezone if self.timezone != DEFAULT_TIMEZONE else "",
            "kind": self.kind,
            "allowed_domains": self.allowed_domains(),
            "schedule": self.schedule,
            "start_urls": self.start_urls if self.kind != "epaper" else [],
            "templates": self.templates() if self.kind == "epaper" else [],
            "article_patterns": self.article_patterns,
            "page_patterns": self.page_patterns,
            "selectors": self.selectors,
        }
        return entry

    def as_json(self) -> dict[str, Any]:
        """Return the findings as plain JSON values."""
        return {
            "url": self.url,
            "kind": self.kind,
            "family": self.family,
            "label": self.label,
            "name": self.name,
            "templates": [
                {
                    "url": s.shape.template,
                    "first": s.first.isoformat(),
                    "last": s.last.isoformat(),
                    "exact": s.exact,
                }
                for s in self.segments
            ],
            "start_urls": self.start_urls,
            "first": self.first.isoformat() if self.first else None,
            "last": self.last.isoformat() if self.last else None,
            "exact": self.exact,
            "schedule": self.schedule,
            "requests": self.requests,
            "evidence": self.evidence,
            "notes": self.notes,
            "pages": [{"url": p.url, "label": p.text} for p in (self.edition.pages if self.edition else [])],
            "articles_on_page": len(self.edition.articles) if self.edition else 0,
        }


def slug_for(host: str) -> str:
    """Return a registry id from a host name: ``epaper.bcrb.com.cn`` -> ``bcrb``."""
    labels = [part for part in re.split(r"[^a-z0-9]+", host.lower()) if part]
    named = [part for part in labels if part not in _ID_STOP and not part.isdigit()]
    return (named[0] if named else "-".join(labels) or "source")[:64]


def _outcome(
    answer: Fetched, shape: EditionShape, day: date, served: date | None = None
) -> tuple[str, EditionPage | None]:
    """Judge the answer to the probe of ``day``: an edition of it (HIT), none (MISS) or no answer.

    ``served`` is the paper's day the probe ran on: a page whose only dates are
    date lines of that day (a header's clock without a label, "2026年12月6日
    星期日") is taken for ``day``'s, by the rule the crawl judges it by
    (:func:`crawler.extract.edition_dates.answered_by`); read as another
    edition's date line, it made every probed date but today a miss.
    """
    if answer.status in (404, 410) or (400 <= answer.status < 500 and answer.status not in (403, 429)):
        return MISS, None
    if not answer.ok:
        return UNKNOWN, None
    if shape.date_of(answer.url) not in (day, None):
        return MISS, None  # redirected to another date's edition (some sites send missing dates to today)
    page = read_edition(answer.url, answer.text(), shape)
    if answered_by(day, page.dates, served) is not None:
        return MISS, None  # another date's edition served under this date's URL (HTTP 200, no redirect)
    return (HIT if is_edition(page) else MISS), page


class _Probes:
    """Edition checks for each shape, through one fetcher and one prober."""

    def __init__(self, fetcher: Fetcher, prober: Prober, served: date | None = None) -> None:
        self.fetcher = fetcher
        self.prober = prober
        self.served = served  # the paper's day of the probes (see _outcome)
        self.pages: dict[tuple[str, date], EditionPage] = {}

    def check(self, shape: EditionShape) -> Any:
        def check(day: date) -> str:
            try:
                answer = self.fetcher.get(shape.url_for(day))
            except FetchBudgetExhausted as exc:
                raise BudgetExhausted(str(exc)) from None
            outcome, page = _outcome(answer, shape, day, self.served)
            if page is not None and outcome == HIT:
                self.pages[(shape.template, day)] = page
            return outcome

        return check

    def try_shape(self, shape: EditionShape, day: date) -> bool:
        """Probe ``shape`` on ``day``; its miss teaches the calendar nothing (it is a guess of a template)."""
        return self.probe_shape(shape, day) == HIT

    def probe_shape(self, shape: EditionShape, day: date) -> str:
        """Probe ``shape`` on ``day`` and return the outcome (``HIT``, ``MISS`` or ``UNKNOWN``)."""
        return self.prober.ask(self.check(shape), day, shape.template, learn=False)

    def edge(self, shape: EditionShape, known: date, bound: date) -> EdgeResult:
        """Return the first (``bound`` before ``known``) or last edition of ``shape``."""
        return self.prober.find_edge(self.check(shape), known, bound, shape.template)


def _older_system(probes: _Probes, segment: Segment, notes: list[str]) -> tuple[EditionShape, date] | None:
    """Return an older system's shape and a date it has an edition of, before ``segment``'s first.

    Each alternative is probed on the publishing days before the first edition, up to
    :data:`OLDER_TRIES` of them: the day before a redesign may be one without an edition (a
    redesign launched after a holiday, 元旦), and one plain miss there hid every edition before it,
    the first edition reading "verified"; so did one HTTP 500 (no answer either way). When none
    answers with an edition and the site failed on some, a note names those days and
    ``segment``'s first edition is no longer verified (an older layout may hold earlier ones).
    """
    day = segment.first
    failed_days: list[date] = []
    for _ in range(OLDER_TRIES):
        day = _publishing_day(day - timedelta(days=1), probes.prober.calendar)
        if day < FLOOR:
            break
        for alt in alternatives(segment.shape, older=True):
            outcome = probes.probe_shape(alt, day)
            if outcome == HIT:
                return alt, day
            if outcome == UNKNOWN and day not in failed_days:
                failed_days.append(day)
    if failed_days:
        segment.exact = False
        days = ", ".join(d.isoformat() for d in failed_days)
        notes.append(
            f"an older layout before {segment.first} could not be checked: the site failed on {days} "
            "(run sources add again later)"
        )
    return None


def _newer_system(probes: _Probes, segment: Segment, today: date) -> tuple[EditionShape, date] | None:
    """Return a newer system's shape and a recent date it has an edition of, after ``segment``'s last.

    Each alternative is probed on the last :data:`NEWER_TRIES` publishing days before today, newest
    first, until one answers with an edition. Yesterday alone was tried: a paper without an edition
    that day (one that skips Mondays, which the old system's probes never taught the calendar, or a
    holiday) read "no edition since ...: the paper may have stopped or moved", and every edition since
    its redesign was left out. At most ``NEWER_TRIES`` requests per alternative.
    """
    day = today
    for _ in range(NEWER_TRIES):
        day = _publishing_day(day - timedelta(days=1), probes.prober.calendar)
        if day <= segment.last:
            break
        for alt in alternatives(segment.shape, older=False):
            if probes.try_shape(alt, day):
                return alt, day
    return None


def _publishing_day(day: date, calendar: Calendar, step: int = -1) -> date:
    gaps = calendar.gap_weekdays()
    while day.weekday() in gaps:
        day += timedelta(days=step)
    return day


def _follow(fetcher: Fetcher, url: str) -> tuple[Fetched, Recognition]:
    answer = fetcher.get(url)
    if not answer.ok:
        raise DiscoveryError(f"cannot fetch {url}: {answer.error or f'HTTP {answer.status}'}")
    recognition = recognise(answer.url, answer.text())
    for _ in range(MAX_FOLLOWS):
        if recognition.kind != "follow":
            break
        answer = fetcher.get(recognition.next_url)
        if not answer.ok:
            raise DiscoveryError(
                f"cannot fetch {recognition.next_url}: {answer.error or f'HTTP {answer.status}'}"
            )
        followed = recognise(answer.url, answer.text())
        followed.evidence = recognition.evidence + followed.evidence
        followed.name = followed.name or recognition.name
        recognition = followed
    return answer, recognition


def discover(
    url: str, fetcher: Fetcher, *, today: date | None = None, timezone: str = DEFAULT_TIMEZONE
) -> Discovery:
    """Recognise the site at ``url`` and find its templates and date range.

    ``timezone`` is the paper's zone: today's date and the days of sitemap
    and feed entries are read there, and the entry names it.
    """
    today = today or datetime.now(zone(timezone)).date()
    if not re.match(r"^https?://[^/\s]+", url):
        raise DiscoveryError(f"not an http(s) URL: {url!r}")
    try:
        _ = urlsplit(url).port
    except ValueError as exc:
        raise DiscoveryError(f"not a valid URL ({exc}): {url!r}") from None
    answer, recognition = _follow(fetcher, url)
    host = urlsplit(answer.url).hostname or ""
    if recognition.kind == "edition":
        found = _epaper(url, fetcher, recognition, host, today)
    else:
        found = _nonpaper(url, fetcher, answer, recognition, host, today, timezone)
    found.timezone = timezone
    return found


def _epaper(url: str, fetcher: Fetcher, rec: Recognition, host: str, today: date) -> Discovery:
    assert rec.shape is not None and rec.day is not None
    probes = _Probes(fetcher, Prober(fetcher.budget), served=today)
    prober = probes.prober
    shape, known = rec.shape, rec.day
    prober.calendar.record(known, HIT, shape.template)
    back = probes.edge(shape, known, FLOOR)
    forward = probes.edge(shape, known, max(today, known))
    segments = [Segment(shape, back.edge, forward.edge, back.exact)]
    notes: list[str] = []
    try:
        # An older system before the first edition of this one (a redesign, seen from after it).
        while segments[0].exact and segments[0].first > FLOOR:
            found_older = _older_system(probes, segments[0], notes)
            if found_older is None:
                break
            older, before = found_older
            result = probes.edge(older, before, FLOOR)
            segments.insert(0, Segment(older, result.edge, before, result.exact))
        # A newer system after the last edition of this one (a redesign, seen from before it).
        newest = segments[-1]
        if newest.last < today - timedelta(days=VERIFY_DAYS):
            found_newer = _newer_system(probes, newest, today)
            if found_newer is not None:
                newer, probe_day = found_newer
                start = probes.edge(newer, probe_day, newest.last + timedelta(days=1))
                end = probes.edge(newer, probe_day, today)
                segments.append(Segment(newer, start.edge, end.edge, start.exact))
            else:
                notes.append(f"no edition since {newest.last}: the paper may have stopped or moved")
        # Weekdays not yet seen either way: one probe each in the newest template's last week, so
        # that the schedule suggestion knows whether the paper skips them (Sundays, say).
        newest = segments[-1]
        for weekday in sorted(prober.calendar.unknown_weekdays()):
            day = newest.last - timedelta(days=(newest.last.weekday() - weekday) % 7)
            if day > newest.first:
                prober.ask(probes.check(newest.shape), day, newest.shape.template)
        prober.confirm_gaps(probes.check(newest.shape), newest.first, newest.last, newest.shape.template)
    except BudgetExhausted:
        notes.append("the request budget ran out while looking for a redesign or the publishing weekdays")
    if not segments[0].exact and not any(n.startswith("an older layout before") for n in notes):
        notes.append(
            f"the request budget ran out: the first edition is on or before {segments[0].first} "
            "(raise --budget to look further)"
        )
    patterns_a: list[str] = []
    patterns_p: list[str] = []
    for segment in segments:
        patterns_a += [p for p in segment.shape.article_patterns if p not in patterns_a]
        patterns_p += [p for p in segment.shape.page_patterns if p not in patterns_p]
    id_hint = ""
    if shape.code:
        id_hint = re.sub(r"^[A-Z]\d+", "", shape.code).lower()
    elif rec.page is not None and rec.page.pdf_url:
        match = re.match(r"([A-Za-z]{2,12})\d{8}", urlsplit(rec.page.pdf_url).path.rsplit("/", 1)[-1])
        id_hint = match.group(1).lower() if match else ""
    return Discovery(
        url=url,
        kind="epaper",
        family=shape.family.name,
        label=shape.family.label,
        name=rec.name,
        host=host,
        segments=segments,
        article_patterns=patterns_a,
        page_patterns=patterns_p,
        first=segments[0].first,
        last=segments[-1].last,
        exact=segments[0].exact,
        weekdays=prober.calendar.publishing_weekdays(),
        requests=fetcher.requests,
        evidence=rec.evidence,
        notes=notes,
        edition=rec.page,
        id_hint=id_hint if re.match(r"^[a-z0-9][a-z0-9_-]{0,63}$", id_hint) else "",
        selectors=dict(segments[-1].shape.family.selectors),
    )


def local_day(when: datetime | None, tz: str = DEFAULT_TIMEZONE) -> date | None:
    """Return the calendar day of ``when`` in the paper's zone ``tz`` (a naive time is taken as local)."""
    if when is None:
        return None
    local = zone(tz)
    return (when if when.tzinfo else when.replace(tzinfo=local)).astimezone(local).date()


def sitemap_entries(fetcher: Fetcher, url: str) -> list[Any]:
    from crawler.spiders.discovery import gunzip_strict, parse_sitemap

    answer = fetcher.get(url)
    if not answer.ok:
        return []
    body = answer.body
    if body[:2] == b"\x1f\x8b":
        try:
            body = gunzip_strict(body, fetcher.max_size)
        except ValueError:
            return []
    return parse_sitemap(body, answer.url)


def _nonpaper(
    url: str,
    fetcher: Fetcher,
    answer: Fetched,
    rec: Recognition,
    host: str,
    today: date,
    tz: str = DEFAULT_TIMEZONE,
) -> Discovery:
    found = Discovery(url=url, kind="", family="", label="", name=rec.name, host=host, evidence=rec.evidence)
    html = answer.text()
    # 1. Sitemaps named in robots.txt: they reach back in time and carry dates.
    for sitemap in fetcher.robots(answer.url).sitemaps[:3]:
        entries = sitemap_entries(fetcher, sitemap)
        if not entries:
            continue
        found.start_urls.append(sitemap)
        if found.kind:
            continue
        children = [e for e in entries if e.is_sitemap]
        dated = [d for e in entries if (d := local_day(e.modified, tz))]
        if children:
            oldest = min(children, key=lambda e: local_day(e.modified, tz) or today)
            dated += [d for e in sitemap_entries(fetcher, oldest.url) if (d := local_day(e.modified, tz))]
        found.kind, found.family, found.label = "sitemap", "sitemap", "sitemap named in robots.txt"
        found.evidence.insert(
            0, f"robots.txt names sitemap {sitemap} ({counted(len(entries), 'entry', 'entries')})"
        )
        if dated:
            found.first, found.last, found.exact = min(dated), max(dated), True
    if not found.kind:
        # 2. A feed the page announces.
        from crawler.spiders.discovery import parse_feed

        for feed in feed_links(answer.url, html)[:2]:
            feed_answer = fetcher.get(feed)
            entries = parse_feed(feed_answer.body, feed_answer.url) if feed_answer.ok else []
            if entries:
                found.kind, found.family, found.label = "feed", "feed", "RSS/Atom feed linked from the page"
                found.start_urls = [feed]
                found.evidence.insert(0, f"feed {feed} ({counted(len(entries), 'item')})")
                dated = [d for e in entries if (d := local_day(e.modified, tz))]
                if dated:
                    found.first, found.last = min(dated), max(dated)
                found.notes.append(
                    "a feed lists recent items only: use it for recurring crawls, not backfills"
                )
                break
    if not found.kind:
        # 3. A listing page whose links share one article URL shape.
        shape, links = article_shape(answer.url, html)
        if not shape:
            known = match_url(answer.url)
            if known is not None and known[1] == "edition":
                # The URL has an edition page's shape, the page none of its links: a day without an
                # edition. "No e-paper URL family" sent the archivist looking for another system.
                raise DiscoveryError(
                    f"{url}: the URL is a {known[0].label} edition page, but the page lists no page and no "
                    "article (no edition that day?): give the URL of a day's edition that has articles, "
                    "or the paper's home page"
                )
            families = ", ".join(f.label for f in FAMILIES)
            raise DiscoveryError(
                f"{url}: not recognised: no e-paper URL family ({families}), no sitemap in robots.txt, "
                "no feed link and no run of article links"
            )
        found.kind, found.family, found.label = "listing", "listing", "listing page of article links"
        found.start_urls = [answer.url]
        found.article_patterns = [shape]
        found.evidence.insert(0, f"{counted(len(links), 'link')} of shape {shape}")
        found.notes.append("a listing reaches only what its pages link: use it for recurring crawls")
    found.requests = fetcher.requests
    return found
