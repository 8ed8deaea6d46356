"""``newsarchive report SOURCE``: per-date health of a source; exits 4 when an alert threshold is crossed."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from archive.config import resolve_sources_path
from archive.wording import counted
from search_cli import exitcodes
from search_cli.options import (
    add_source_argument,
    check_range,
    require_archive,
    since_day,
    source_of,
    until_day,
)

if TYPE_CHECKING:  # imported where used, so --help loads no library
    from crawler.report.model import Report


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``report`` subcommand."""
    p = subparsers.add_parser(
        "report",
        parents=[common],
        help="health report of one source: editions and articles per date, alerts",
        description="Per edition date: found / no edition (noted when its URL template stopped matching: "
        "a site redesign) / not yet published (checked on its own day, checked again) / covered (a "
        "combined edition) / failed / not crawled, the words of the crawl summary and the web calendar; "
        "the articles the archive holds for the date (archived, by whichever crawl), and apart from them "
        "what the date's last crawl did: its run, articles new / changed / unchanged / unseen (archived "
        "before, not seen by it) / refused (fetched by it, its capture refused as damaged: crawl the date "
        "again; archived before, or never archived, counted apart in the totals); reprints, fill rates of "
        "title, date and author, encoding fallbacks; "
        "URL templates that stopped matching. Exits 4 when a threshold of the source's "
        "[source.alerts] table is crossed, so cron mail and monitoring notice.",
    )
    add_source_argument(p, positional=True, help="source id from the registry")
    p.add_argument(
        "--since",
        type=since_day,
        help="first edition date (YYYY-MM-DD, or a month's or year's first; default: 6 days before --until)",
    )
    p.add_argument(
        "--until",
        type=until_day,
        help="last edition date (YYYY-MM-DD, or a month's or year's last; default: the paper's today)",
    )
    p.set_defaults(func=run)


NOT_DUE = "-"  # a date no URL template covers: no edition is due, so it is neither checked nor unchecked


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def format_report(report: Report) -> str:
    """Render a report as a table per date, then totals, templates and alerts."""
    from archive.items import VERDICTS
    from archive.run_verdict import IDLE, PROCESS_GONE, SHORTFALLS, verdict_text
    from crawler.report.model import FAILED

    # The words of the crawl summary and the web calendar, padded to the longest.
    width = max(len(word) for word in (*VERDICTS.values(), NOT_DUE))
    # What the archive holds (archived) stands apart from what the date's last crawl did: a re-run
    # that stored nothing new shows new 0 under a date archived before, never an empty date.
    header = (
        f"date        {'edition':<{width}}  pages  archived  "
        "|    run  new  changed  unchanged  unseen  refused  "
        "|  reprints  title  date  author  fallback  note"
    )
    group = header.index("|    run")
    lines = [
        f"report of {report.source_id} ({report.name}) {report.since} .. {report.until}",
        " " * group + "| the date's last crawl: its run, what it did to the archive",
        header,
    ]
    for d in report.dates:
        fill = [
            _pct(n / d.articles) if d.articles else "-" for n in (d.with_title, d.with_date, d.with_author)
        ]
        label = VERDICTS[d.status] if d.expected else NOT_DUE
        label = label.upper() if d.status == FAILED else label  # the one that needs a crawl again
        run = "-" if d.run_id is None else str(d.run_id)
        lines.append(
            f"{d.day}  {label:<{width}}  {d.pages:>5}  {d.articles:>8}  "
            f"|  {run:>5}  {d.new:>3}  {d.changed:>7}  {d.unchanged:>9}  {d.unseen:>6}  {d.refused:>7}  "
            f"|  {d.reprints:>8}  "
            f"{fill[0]:>5}  {fill[1]:>4}  {fill[2]:>6}  "
            f"{d.encoding_fallbacks:>8}  {d.reason}".rstrip()
        )
    t = report.totals
    lines.append(
        f"editions: expected {t['editions_expected']}, {VERDICTS['found']} {t['found']}"
        + (f" ({t['incomplete']} incomplete)" if t.get("incomplete") else "")
        + f", {VERDICTS['no-edition']} {t['no_edition']}"
        + _apart(
            (t.get("another_edition", 0), "served another edition"),
            (t.get("unmatched", 0), "since the URL template stopped matching"),
        )
        + (f", {VERDICTS['not-yet']} {t['not_yet']}" if t.get("not_yet") else "")
        + (f", {VERDICTS['covered']} by a combined edition {t['covered']}" if t.get("covered") else "")
        + f", {VERDICTS['failed']} {t['failed']}, {VERDICTS['unchecked']} {t['unchecked']}"
        + (f"; {counted(t['not_publishing'], 'day')} not a publishing day" if t.get("not_publishing") else "")
    )
    lines.append(
        f"articles archived: {t['articles']} (reprints {t['reprints']}); "
        f"the dates' last crawls: new {t['new']}, changed {t['changed']}, unchanged {t['unchanged']}, "
        f"unseen {t['unseen']}, refused as damaged {t['refused']}"
        + (f" ({t['refused_unarchived']} never archived)" if t.get("refused_unarchived") else "")
        + "; "
        f"fill: title {_pct(t['title_fill'])}, "
        f"date {_pct(t['date_fill'])}, author {_pct(t['author_fill'])}; "
        f"encoding fallbacks {t['encoding_fallbacks']}"
    )
    r = report.runs
    runs = f"runs: {r.get('count', 0)}"
    for k, v in r.items():
        if k not in ("count", "last_failure", *SHORTFALLS, IDLE):  # said inside "finished N"
            apart = (
                ", ".join(f"{verdict_text(name)} {r[name]}" for name in (*SHORTFALLS, IDLE) if r.get(name))
                if k == "finished"
                else ""
            )
            # A killed run (JSON key ``killed``) in the words of ``runs`` and the web page.
            label = PROCESS_GONE if k == "killed" else k
            runs += f", {label} {v}" + (f" ({apart})" if apart else "")
    lines.append(runs + (f" (last failure: {r['last_failure']})" if r.get("last_failure") else ""))
    for tpl in report.templates:
        state = f"STOPPED MATCHING since {tpl.stopped_since}" if tpl.stopped_since else "ok"
        if tpl.last_found is None and tpl.no_edition and not tpl.found:
            # Never found an edition, before the range or in it: a mistyped template reads "ok" no more.
            state = f"NO EDITION FOUND up to {report.until} (check its URL)"
        elif tpl.last_found is None and tpl.failed and not (tpl.found or tpl.no_edition or tpl.unmatched):
            # Every check failed (the site down, off the network): nothing confirmed it, "ok" neither.
            state = f"UNCONFIRMED: every check failed, no edition found up to {report.until}"
        lines.append(
            f"template {tpl.template}: {state}; found {tpl.found} (last {tpl.last_found or '-'}), "
            f"no edition {tpl.no_edition + tpl.unmatched}"
            + _apart((tpl.unmatched, "since it stopped matching"))
            + f", failed {tpl.failed}"
        )
    for alert in report.alerts:
        lines.append(f"ALERT {alert.key} = {alert.limit:g}: {alert.message}")
    return "\n".join(lines)


def _apart(*parts: tuple[int, str]) -> str:
    """Return " (2 served another edition, 3 ...)" for the parts counted apart ("" when none is)."""
    named = [f"{n} {what}" for n, what in parts if n]
    return f" ({', '.join(named)})" if named else ""


def _archived_elsewhere(args: argparse.Namespace, db_url: str, source_id: str) -> str:
    """Say that the archive holds ``source_id`` the registry lacks (an import's paper), else ""."""
    from sqlalchemy import func, select

    from archive.models import Article, Source
    from search_cli.store import open_archive

    with open_archive(args, db_url, reading=True) as sessions, sessions() as session:
        if session.get(Source, source_id) is None:
            return ""
        n = session.scalar(select(func.count()).select_from(Article).where(Article.source_id == source_id))
    return (
        f": the archive holds {source_id!r} ({counted(int(n or 0), 'article')}), but a report reads the "
        "paper's templates and schedule from the registry: add its entry (newsarchive sources add) or "
        "name the registry that has it (--sources)"
    )


def run(args: argparse.Namespace) -> int:
    """Build the report of one source and print it; exit THRESHOLD when an alert fires."""
    source_id = source_of(args, required=True) or ""  # a bad command line first, as argparse's
    db_url = require_archive(args)
    from archive.errors import ConfigError
    from crawler.report.build import build_report
    from crawler.sources import get_source, load_registry
    from search_cli.store import open_archive

    try:
        source = get_source(load_registry(resolve_sources_path(args.sources, args.home)), source_id)
    except ConfigError as exc:
        raise ConfigError(f"{exc}{_archived_elsewhere(args, db_url, source_id)}") from None
    today = datetime.now(UTC).astimezone(ZoneInfo(source.timezone)).date()
    until = args.until or today
    since = args.since or until - timedelta(
        days=min(6, (until - date.min).days)
    )  # the week, from 0001-01-01 on
    check_range(since, until)
    with open_archive(args, db_url, reading=True) as sessions, sessions() as session:
        # The same paper's day as the default range: read twice, a report run at midnight mixed two days.
        report = build_report(session, source, since, until, today=today)
    if args.json:
        json.dump(report.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(format_report(report))
    return exitcodes.THRESHOLD if report.alerts else exitcodes.OK
