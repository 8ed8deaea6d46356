"""``sources add URL`` and ``sources check --online ID``: call ``crawler.discover`` and print what it found.

Not a subcommand module of its own (``sources`` registers both actions); kept
apart so that listing and validating the registry do not import discovery.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy.exc import SQLAlchemyError

from archive.config import DEFAULT_TIMEZONE, resolve_sources_path
from archive.errors import ConfigError
from archive.wording import counted
from crawler.discover.add import DEFAULT_BUDGET, Discovery, discover
from crawler.discover.fetch import DiscoveryError, Fetcher, FetchRefused
from crawler.discover.known import OnlineCheck, changes, check_online, find_known, keep_registered
from crawler.discover.registry_write import render_entry, write_entry
from crawler.discover.trial import FIELD_LABELS, FILL_FIELDS, TrialReport, run_trial, suggest_selector
from crawler.extract.epaper import Link, parse_label
from crawler.runner import crawl_settings
from crawler.sources import SourceConfig, load_registry, parse_source
from search_cli import exitcodes
from search_cli.errors import CliError
from search_cli.options import crawl_log_level

WEEKDAYS = "Mon Tue Wed Thu Fri Sat Sun".split()


def _settings(args: argparse.Namespace, source: SourceConfig | None = None) -> tuple[Any, dict[str, Any]]:
    """Return the fetcher's settings: a registered source's own tables count, as in its crawl."""
    overrides = dict(args.settings)
    return crawl_settings(overrides=overrides, log_level=crawl_log_level(args), source=source), overrides


def _weekdays(days: list[int]) -> str:
    if len(days) == 7:
        return "daily"
    return "on " + ", ".join(WEEKDAYS[d] for d in days)


def in_print_order(pages: Sequence[Link]) -> list[Link]:
    """Return an edition's page links by their 版 number (第02版 after 第01版), unnumbered ones last.

    The page lists them as its links come: 科技日报's 第01版 listed its "next page" link first,
    and the pages read "第02版：综合, 第01版：今日要闻, 第03版 ...".
    """

    def key(item: tuple[int, Link]) -> tuple[int, str, int, int]:
        number = parse_label(item[1].text)[0]
        digits = re.search(r"\d+", number)
        if not digits:
            return (1, "", 0, item[0])
        return (0, re.sub(r"\d+", "", number).upper(), int(digits.group()), item[0])

    return [link for _, link in sorted(enumerate(pages), key=key)]


def format_discovery(found: Discovery, seconds: float) -> list[str]:
    """Render the findings as human lines."""
    lines = [f"recognised: {found.label}" + (f" — {found.name}" if found.name else "")]
    lines += [f"  evidence: {e}" for e in found.evidence[:4]]
    if found.kind == "epaper":
        lines.append("  templates:")
        for segment in found.segments:
            mark = "" if segment.exact else " (first edition not verified)"
            lines.append(f"    {segment.shape.template}  {segment.first} .. {segment.last}{mark}")
        if found.edition is not None:
            pages = ", ".join(
                p.text or p.url.rsplit("/", 1)[-1] for p in in_print_order(found.edition.pages)[:12]
            )
            lines.append(f"  pages of the edition given: {pages or '(one page)'}")
    else:
        lines += [f"  start URL: {u}" for u in found.start_urls]
        if found.article_patterns:
            lines.append(f"  article links: {', '.join(found.article_patterns)}")
    if found.first:
        verified = "verified" if found.exact else "not verified"
        lines.append(
            f"  first edition {found.first} ({verified}), latest {found.last}; {_weekdays(found.weekdays)}"
        )
    lines.append(f"  schedule suggestion: {found.schedule!r}")
    lines.append(f"  discovery used {found.requests} requests in {seconds:.1f} s")
    lines += [f"  note: {n}" for n in found.notes]
    return lines


def format_trial(trial: TrialReport, suggestions: dict[str, str]) -> list[str]:
    """Render the one-edition test crawl as human lines."""
    # A page's count is the articles it lists, the headline's what was stored: where the articles
    # could not be fetched both read "article(s)", "0 article(s)" above "01 今日要闻: 5 article(s)".
    lines = [
        f"test crawl of {trial.day}: {trial.status}, {counted(len(trial.pages), 'page')}, "
        f"{counted(trial.articles, 'article')} stored"
    ]
    for page in trial.pages:
        label = f"{page.number} {page.name}".strip() or page.url
        lines.append(f"  {label}: {counted(page.articles, 'article')} listed")
    if trial.failed:
        lines.append("  not fetched: " + ", ".join(f"{k} {v}" for k, v in trial.failed.items()))
    fill = ", ".join(f"{FIELD_LABELS[n]} {trial.fill.get(n, 0.0):.0%}" for n in FILL_FIELDS)
    lines.append(f"  fill: {fill}")
    for warning in trial.warnings:
        lines.append(f"  warning: {warning}")
    for name, selector in suggestions.items():
        lines.append(f"  try: [source.selectors] {name} = {selector!r}")
    return lines


def _suggestions(trial: TrialReport, fetcher: Fetcher) -> dict[str, str]:
    weak = [n for n in FILL_FIELDS if trial.articles and trial.fill.get(n, 0.0) < 0.5]
    if not weak or not trial.sample_urls:
        return {}
    try:
        answer = fetcher.get(trial.sample_urls[0])
    except DiscoveryError:  # refused or over budget: no suggestion, the warning stands
        return {}
    if not answer.ok:
        return {}
    html = answer.text()
    return {n: s for n in weak if (s := suggest_selector(n, html))}


def _trial(
    source: SourceConfig, day: date, overrides: dict[str, Any], args: argparse.Namespace
) -> TrialReport:
    return run_trial(source, day, overrides=overrides, log_level=crawl_log_level(args))


def checked_zone(name: str) -> str:
    """Return ``name`` if it is a time zone this machine knows (an IANA name), else fail in one line."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise CliError(
            f"--timezone: unknown time zone {name!r} (use an IANA name such as Europe/London)"
        ) from None
    return name


def run_add(args: argparse.Namespace) -> int:
    """Discover the source at ``args.url``, test-crawl one edition, write or print its entry."""
    path = resolve_sources_path(args.registry or args.sources, args.home)
    sources = load_registry(path) if path.exists() else {}
    settings, overrides = _settings(args)
    budget = args.budget if args.budget is not None else DEFAULT_BUDGET
    if budget < 1:
        raise CliError("--budget must be at least 1")
    timezone = checked_zone(args.timezone) if args.timezone else ""
    fetcher = Fetcher(settings, budget=budget)
    started = time.monotonic()
    registered = sources.get(args.source_id or "")
    found = discover(
        args.url, fetcher, timezone=timezone or (registered.timezone if registered else DEFAULT_TIMEZONE)
    )
    seconds = time.monotonic() - started
    known = find_known(sources, found, args.source_id or "")
    if args.source_id and known is None and (other := find_known(sources, found)) is not None:
        # Two ids for one paper crawl the same pages: each crawl would move the articles to its id.
        raise CliError(
            f"this paper is already registered as {other.id!r} (same URL template or site root); "
            f"run again with --id {other.id} to update that entry"
        )
    entry = found.entry(args.source_id or (known.id if known else ""), args.name or "", args.region)
    if known is not None and not args.name:
        entry["name"] = known.name or entry["name"]
    if known is not None and not args.region:
        entry["region"] = known.region
    if known is not None and not timezone:
        entry["timezone"] = known.timezone if known.timezone != DEFAULT_TIMEZONE else ""
    kept: list[str] = keep_registered(known, entry) if known is not None else []
    if known is not None and known.schedule:
        # The registered schedule is the archivist's (or one they kept): a re-run rewrote it from
        # one probe's weekdays (a holiday made "no Wednesdays") and still said "no change".
        if entry.get("schedule") and entry["schedule"] != known.schedule:
            kept.append(f"schedule {known.schedule!r} kept (this discovery suggests {entry['schedule']!r})")
        entry["schedule"] = known.schedule
    try:
        source = parse_source({k: v for k, v in entry.items() if v not in ("", [], {}, None)})
    except ConfigError as exc:
        raise CliError(f"the discovered entry is not valid: {exc}") from None
    trial: TrialReport | None = None
    suggestions: dict[str, str] = {}
    trial_seconds = 0.0
    if not args.no_trial:
        day = found.last or date.today()
        started = time.monotonic()
        trial = _trial(source, day, overrides, args)
        trial_seconds = time.monotonic() - started
        fetcher.budget = fetcher.requests + 1  # one sample page for selector suggestions, no more
        suggestions = _suggestions(trial, fetcher)
    what_changed = changes(known, entry) if known is not None else []
    failed = trial is not None and trial.articles == 0
    written = False
    recorded = ""
    if not args.dry_run and not failed:
        before = path.read_bytes() if path.is_file() else None
        write_entry(path, entry)
        written = path.read_bytes() != before  # a re-run that finds nothing new leaves the file as it was
        recorded = record_schedule(args, source)
    if args.json:
        payload = {
            "discovery": found.as_json(),
            "seconds": round(seconds, 2),
            "trial": trial.as_json() if trial else None,
            "trial_seconds": round(trial_seconds, 2),
            "suggestions": suggestions,
            "entry": entry,
            "known": known.id if known else None,
            "changes": what_changed,
            "kept": kept,
            "registry": str(path),
            "written": written,
            "schedule_recorded": recorded,
        }
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    else:
        lines = format_discovery(found, seconds)
        if trial is not None:
            lines += format_trial(trial, suggestions)
        if known is not None:
            lines.append(f"known source {known.id!r}: " + "; ".join((what_changed or ["no change"]) + kept))
        print("\n".join(lines))
        if args.dry_run:
            print()
            print(render_entry(entry), end="")
        elif written:
            print(f"wrote source {entry['id']!r} to {path}")
        elif not failed:
            print(f"{path} unchanged")
        if recorded:
            print(f"schedule {source.schedule!r} recorded in the archive at {recorded}")
    if failed:
        assert trial is not None
        sys.stderr.write(
            f"error: the test crawl of {trial.day} stored no article; entry not written "
            f"({trial.error or trial.status}; see --dry-run)\n"
        )
        return exitcodes.ERROR
    return exitcodes.OK


def record_schedule(args: argparse.Namespace, source: SourceConfig) -> str:
    """Record ``source``'s schedule in the command's archive, when one exists; return its URL ("" if not).

    The web calendar has no registry: it judges a date by the schedules the store recorded
    (:mod:`archive.schedules`). A crawl records the registry's at its start; recording it here too,
    from the paper's day the archivist wrote it, keeps the calendar and ``report`` (which reads the
    registry) in agreement before the next crawl. No archive is created, an empty schedule records
    nothing, and an archive that cannot be written is a warning: the registry is written already.
    """
    from search_cli.store import existing_archive

    if not source.schedule or (db_url := existing_archive(args)) is None:
        return ""
    from archive.articles import ensure_source
    from archive.errors import StoreError
    from search_cli.store import open_archive

    try:
        with open_archive(args, db_url) as sessions, sessions.begin() as session:
            ensure_source(
                session,
                source.id,
                source.name,
                source.region,
                source.kind,
                timezone=source.timezone,
                schedule=source.schedule,
            )
    except (StoreError, SQLAlchemyError) as exc:
        sys.stderr.write(f"warning: the archive did not record the schedule ({exc}); its next crawl will\n")
        return ""
    return db_url


def run_check_online(args: argparse.Namespace, source: SourceConfig) -> int:
    """Re-run recognition and the one-edition test on a registered source; exit 4 when unhealthy."""
    settings, overrides = _settings(args, source)
    fetcher = Fetcher(settings, budget=DEFAULT_BUDGET)
    try:
        result = check_online(source, fetcher)
    except FetchRefused as exc:  # the site down, its robots.txt forbidding: unhealthy (4), not an error (1)
        result = OnlineCheck(source.id, requests=fetcher.requests)
        result.problems.append(f"{NOT_CHECKED}: {exc}")
    trial = None
    if result.latest is not None:
        trial = _trial(source, result.latest, overrides, args)
        if trial.articles == 0:
            result.problems.append(f"the test crawl of {trial.day} stored no article")
        for warning in trial.warnings:
            if warning not in result.problems and "stored no article" not in warning:
                result.notes.append(warning)
        alerts = source.alerts
        for name, least in (
            ("title", alerts.min_title_fill),
            ("published_at", alerts.min_date_fill),
            ("authors", alerts.min_author_fill),
        ):
            if trial.articles and least and trial.fill.get(name, 0.0) < least:
                result.problems.append(f"{FIELD_LABELS[name]} fill {trial.fill[name]:.0%} below {least:.0%}")
    if args.json:
        payload = {
            "source": source.id,
            "ok": not result.problems,
            "latest": result.latest.isoformat() if result.latest else None,
            "family": result.family,
            "template": result.template,
            "requests": result.requests,
            "problems": result.problems,
            "notes": result.notes,
            "trial": trial.as_json() if trial else None,
        }
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print("\n".join(format_check(result, trial)))
    return exitcodes.OK if not result.problems else exitcodes.THRESHOLD


NOT_CHECKED = "the site could not be checked"


def format_check(result: OnlineCheck, trial: TrialReport | None) -> list[str]:
    """Render ``sources check --online`` as human lines."""
    state = "ok" if not result.problems else "PROBLEM"
    unreached = any(problem.startswith(NOT_CHECKED) for problem in result.problems)
    lines = [
        # The check looks back a week: finding nothing there says nothing of older editions.
        f"{result.source}: {state}; "
        + (
            f"latest edition {result.latest}"
            if result.latest
            else "site not reached"
            if unreached
            else "no recent edition found"
        )
        + (f" ({result.family})" if result.family else "")
    ]
    if trial is not None:
        lines += format_trial(trial, {})
    lines += [f"  problem: {problem}" for problem in result.problems]
    # The test crawl's warnings are among the notes (JSON), and format_trial printed them already:
    # each read twice, "warning: author empty on 2 of 2 articles" then "note: author empty ...".
    shown = set(trial.warnings) if trial is not None else set()
    lines += [f"  note: {note}" for note in result.notes if note not in shown]
    return lines
