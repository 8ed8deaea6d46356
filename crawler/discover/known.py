"""Re-running discovery on a registered source: which one it is, what changed, is it healthy.

``sources add`` on a known paper reports the difference (a redesign is a new
template from a date on); ``sources check --online`` re-runs recognition and
the one-edition test on a registered source for the scheduler's health report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from archive.config import zone
from crawler.discover.add import Discovery, local_day, sitemap_entries
from crawler.discover.families import recognise
from crawler.discover.fetch import Fetcher
from crawler.discover.nonpaper import article_shape
from crawler.discover.probe import VERIFY_DAYS
from crawler.extract.epaper import DEFAULT_ARTICLE_PATTERNS, DEFAULT_PAGE_PATTERNS
from crawler.sources import SourceConfig

_ROOT = re.compile(r"^(https?://[^/]+/.*?)(?:html|pc|pad)/")


def find_known(
    sources: dict[str, SourceConfig], discovery: Discovery, source_id: str = ""
) -> SourceConfig | None:
    """Return the registered source this discovery is about (same id, template or site root), if any.

    Several papers often share one e-paper host (``/kjrb/html/...``, ``/kjrbhwb/html/...``), so a
    host alone says nothing: the site root before ``html/``, ``pc/`` or ``pad/`` must agree.
    """
    if source_id:
        return sources.get(source_id)
    urls = {t["url"] for t in discovery.templates()} | set(discovery.start_urls)
    for source in sources.values():
        if urls & ({t.url for t in source.templates} | set(source.start_urls)):
            return source
    roots = {r for u in urls if (r := site_root(u))}
    for source in sources.values():
        if roots & {r for t in source.templates if (r := site_root(t.url))}:
            return source
    return None


def site_root(template: str) -> str:
    """Return an e-paper template's site root: everything before ``html/``, ``pc/`` or ``pad/``."""
    match = _ROOT.match(template)
    return match.group(1) if match else ""


def changes(old: SourceConfig, entry: dict[str, Any]) -> list[str]:
    """Describe what differs between a registered source and a freshly discovered entry.

    New templates come first: a redesign is the news an archivist must not miss.
    """
    out: list[str] = []
    if old.kind != entry["kind"]:
        out.append(f"kind: {old.kind} -> {entry['kind']}")
    if entry.get("timezone") and entry["timezone"] != old.timezone:
        out.append(f"timezone: {old.timezone} -> {entry['timezone']}")
    before = {t.url: t for t in old.templates}
    after = {t["url"]: t for t in entry.get("templates", [])}
    for url, template in after.items():
        if url not in before:
            what = "a redesign" if before else "new"
            out.append(f"new template from {template.get('since', '')} ({what}): {url}")
    for url, template in after.items():
        if url not in before:
            continue
        was = before[url]
        for key in ("since", "until"):
            now = template.get(key) or ""
            then = getattr(was, key).isoformat() if getattr(was, key) else ""
            if now != then:
                out.append(f"{url}: {key} {then or '(open)'} -> {now or '(open)'}")
    for url in before:
        if url not in after:
            out.append(f"template no longer found: {url}")
    for key in ("start_urls", "article_patterns", "page_patterns"):
        then = list(getattr(old, key))
        now = list(entry.get(key) or [])
        if then != now and now:
            out.append(f"{key}: {then} -> {now}")
    return out


def keep_registered(old: SourceConfig, entry: dict[str, Any]) -> list[str]:
    """Keep in ``entry`` the registered templates this discovery did not find, up to its first; say which.

    A paper's old layout is often taken offline at a redesign (or the day before it had no edition):
    a re-run of ``sources add``, as ``sources check --online`` advises, found the new template alone
    and wrote it in place of the registered one, so the registry lost the template of every archived
    edition before the redesign, and a crawl of those dates fetched nothing. A registered template
    that starts before the discovered ones is kept, ending the day before they start, with its
    article and page patterns (:func:`both_layouts`); one that starts as late (the same dates, another
    address) is replaced.
    """
    found = entry.get("templates") or []
    if old.kind != "epaper" or entry.get("kind") != "epaper" or not found:
        return []
    starts = [t.get("since") for t in found]
    if not all(starts):
        return []
    first = min(date.fromisoformat(str(day)) for day in starts)
    urls = {t["url"] for t in found}
    kept: list[dict[str, str]] = []
    notes: list[str] = []
    for template in old.templates:
        if template.url in urls or (template.since is not None and template.since >= first):
            continue
        until = min(template.until or first, first - timedelta(days=1))
        row = {"url": template.url}
        if template.since is not None:
            row["since"] = template.since.isoformat()
        row["until"] = until.isoformat()
        kept.append(row)
        notes.append(f"registered template not found this time, kept until {row['until']}: {template.url}")
    if kept:
        entry["templates"] = kept + list(found)
        for key, default in (
            ("article_patterns", DEFAULT_ARTICLE_PATTERNS),
            ("page_patterns", DEFAULT_PAGE_PATTERNS),
        ):
            entry[key] = both_layouts(list(getattr(old, key)), list(entry.get(key) or []), default)
    return notes


def both_layouts(kept: list[str], found: list[str], default: tuple[str, ...]) -> list[str]:
    """Return the link patterns that read both a kept layout's pages and the new one's.

    A source has one list for all its templates, and none means the defaults: a layout read by them
    has them named once the other has patterns of its own, or its links would match nothing (the
    kept layout's patterns were dropped when the new one read by the defaults). None when both do.
    """
    if not kept and not found:
        return []
    first = kept or list(default)
    return first + [p for p in (found or default) if p not in first]


@dataclass
class OnlineCheck:
    """What ``sources check --online`` found: the latest edition, recognition, problems."""

    source: str
    latest: date | None = None
    family: str = ""
    template: str = ""
    requests: int = 0
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def check_online(source: SourceConfig, fetcher: Fetcher, *, today: date | None = None) -> OnlineCheck:
    """Re-run recognition on a registered source: its latest edition (or entries) and its URL family."""
    today = today or datetime.now(zone(source.timezone)).date()
    result = OnlineCheck(source.id)
    if source.kind != "epaper":
        from crawler.spiders.discovery import parse_feed

        for start in source.start_urls[:1]:
            if source.kind == "sitemap":
                entries = sitemap_entries(fetcher, start)
            else:
                answer = fetcher.get(start)
                entries = parse_feed(answer.body, answer.url) if source.kind == "feed" and answer.ok else []
                if source.kind == "listing" and answer.ok:
                    shape, links = article_shape(answer.url, answer.text())
                    entries = links
                    if shape and source.article_patterns and shape not in source.article_patterns:
                        result.notes.append(f"article links now look like {shape}")
            if not entries:
                result.problems.append(f"{start} lists nothing")
            dated = [
                d for e in entries if hasattr(e, "modified") and (d := local_day(e.modified, source.timezone))
            ]
            result.latest = max(dated) if dated else today
        result.requests = fetcher.requests
        return result
    template = source.template_for(today) or (source.templates[-1] if source.templates else None)
    if template is None:
        result.problems.append("no URL template")
        return result
    day = today
    for _ in range(VERIFY_DAYS + 1):
        answer = fetcher.get(template.render(day))
        if answer.ok:
            recognition = recognise(answer.url, answer.text())
            if recognition.kind == "edition" and recognition.shape is not None and recognition.day == day:
                result.latest = day
                result.family = recognition.shape.family.name
                result.template = recognition.shape.template
                if recognition.shape.template != template.url:
                    result.problems.append(
                        f"the edition page now points to template {recognition.shape.template}, "
                        f"registered: {template.url}"
                    )
                break
        day -= timedelta(days=1)
    if result.latest is None:
        # The suggestion must lead somewhere: today's URL under a template that finds nothing is a 404
        # ("cannot fetch"); the site's root leads `sources add` to the newest edition it names.
        start = site_root(template.url) or template.render(today)
        result.problems.append(
            f"no edition under {template.url} in the last {VERIFY_DAYS + 1} days: the paper stopped or is "
            f"late, or moved to another URL scheme (a redesign? run: newsarchive sources add {start} "
            f"--id {source.id})"
        )
    result.requests = fetcher.requests
    return result
