"""``newsarchive reprocess``: re-extract articles from the WARC files, offline, into the store."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from archive.config import resolve_sources_path, warc_dir
from archive.progress import Progress, progress_mode
from archive.wording import counted
from search_cli import exitcodes
from search_cli.errors import CliError
from search_cli.interrupts import Interrupted
from search_cli.options import add_source_argument, print_done, record_id, require_archive, source_of
from search_cli.store import archive_db_url, migrate_archive

if TYPE_CHECKING:  # imported where used, so --help loads no library
    from crawler.reprocess import ReprocessSummary


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``reprocess`` subcommand."""
    p = subparsers.add_parser(
        "reprocess",
        parents=[common],
        help="re-extract articles from the raw captures (no network)",
        description="Read the WARC files under the data directory, extract and normalise each archived "
        "article again and update the store: new articles are added, changed ones get a new version, "
        "and what the current rules read otherwise of a stored version's own capture (a date, a section, a "
        "page) is written in place (refreshed); another text read from it is a re-read version, marked so "
        "in show --versions (not a change by the paper). "
        "Works with no HTTP server and with an empty (deleted) store. A damaged record (truncated, "
        "failing its gzip check or WARC digest), or a sound capture whose new reading is much shorter "
        "than the stored text (under half; the stored text is kept), is skipped and named on stderr, "
        "never written; the exit code is then 5. A capture the "
        "crawl refused (cut short, or much shorter than the stored text) is never written either; it "
        "makes the exit code 5 only when the "
        "store had no record of the refusal (it is recorded then).",
    )
    add_source_argument(p, positional=True, help="only this source's captures")
    p.add_argument("--run", type=record_id, help="only the captures of this crawl run")
    p.add_argument(
        "--accept-shorter",
        action="store_true",
        help="write re-extracted text even when it is under half the stored text "
        "(after an extractor change that drops boilerplate; damaged records are still skipped)",
    )
    p.add_argument(
        "--accept-blank",
        action="store_true",
        help="write a reading the current rules leave empty (no date, section, page...) over a stored "
        "value of the same capture (by default the stored value is kept and counted: a broken selector "
        "would wipe it across the archive)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Reprocess and print what changed."""
    from crawler.outcome import kept_text
    from crawler.reprocess import SHORTER, reprocess
    from crawler.sources import get_source, load_registry

    root = warc_dir(args.home)
    if not root.is_dir():
        require_archive(args)  # no captures and no archive: a mistyped --home
        raise CliError(f"no WARC files at {root} (crawl first)")
    # With captures, an archive that is not there is rebuilt from them (a deleted or new database).
    sources = load_registry(resolve_sources_path(args.sources, args.home))
    source_id = source_of(args, required=False)
    if source_id:
        get_source(sources, source_id)  # an unknown id is an error, not an empty reprocess
    with Progress("reprocess", None, progress_mode(args.quiet), unit="captures") as bar:

        def record(done: ReprocessSummary) -> None:
            bar.update_to(done.captures)
            c = done.counters
            bar.set_counts({"new": c.get("articles/new", 0), "changed": c.get("articles/changed", 0)})

        try:
            summary = reprocess(
                sources,
                migrate_archive(args, archive_db_url(args)),
                root,
                source_id=source_id,
                run_id=args.run,
                accept_shorter=args.accept_shorter,
                accept_blank=args.accept_blank,
                on_damage=lambda line: print(line, file=sys.stderr),
                on_record=record,
            )
        except KeyboardInterrupt:
            raise Interrupted(
                "what the reprocess wrote before the stop is kept (newsarchive runs shows it); "
                "run it again to finish"
            ) from None
    if not summary.files:
        # "0 article captures from 0 WARC files" alone did not say which captures were looked for.
        of = " of ".join(part for part in (f"run {args.run}" if args.run else "", source_id or "") if part)
        print(
            f"no WARC files{' of ' + of if of else ''} under {root} (newsarchive runs lists the runs; "
            "a queue worker or scrapyd job keeps its captures under its own --home)",
            file=sys.stderr,
        )
    damaged = summary.counters.get("skipped/damaged_capture", 0)
    shorter = summary.counters.get(SHORTER, 0)
    pages = summary.counters.get("skipped/damaged_page", 0)
    missing = summary.counters.get("skipped/missing_capture", 0)
    refused = summary.counters.get("skipped/refused_at_crawl", 0)
    if args.json:
        print(
            json.dumps(
                {
                    "files": summary.files,
                    "captures": summary.captures,
                    "counters": summary.counters,
                    "damaged": summary.damaged,
                    # Sound captures read much shorter than the stored text, which was kept.
                    "shorter": summary.shorter,
                    "cut_files": summary.cut_files,
                    "refused": summary.refused,
                    "refused_new": summary.refused_new,
                },
                ensure_ascii=False,
            )
        )
    else:
        for name, lost in summary.cut_files.items():
            print(
                f"cut short: {name} lost {_captures(lost)} "
                + (
                    "(its article keeps its stored text)"
                    if lost == 1
                    else "(their articles keep their stored text)"
                ),
                file=sys.stderr,
            )
        lost = sum(summary.cut_files.values())
        files = len(summary.cut_files)
        c = summary.counters
        print_done(
            args,
            f"reprocessed {counted(summary.captures, 'article capture')} "
            f"from {counted(summary.files, 'WARC file')}: "
            f"new {c.get('articles/new', 0)}, changed {c.get('articles/changed', 0)}, "
            + (f"refreshed {c['articles/refreshed']}, " if c.get("articles/refreshed") else "")
            + _reread_text(c.get("articles/reread", 0), c.get("articles/earlier_reread", 0))
            + f"unchanged {c.get('articles/unchanged', 0)}, skipped {c.get('skipped/not_article', 0)}"
            + (f", unknown source {c['skipped/unknown_source']}" if c.get("skipped/unknown_source") else "")
            + (f", damaged {damaged} (kept the stored text)" if damaged else "")
            + (f", damaged page captures {pages} (nothing stored from them changes)" if pages else "")
            + (
                f", much shorter readings {shorter} (kept the stored text; reprocess --accept-shorter "
                "writes them)"
                if shorter
                else ""
            )
            + (f", capture missing for {missing} (kept the stored text)" if missing else "")
            + (f"; {counted(files, 'WARC file')} cut short lost {_captures(lost)}" if lost else "")
            + _refused_text(refused, summary.refused_new)
            + (f"; {kept}" if (kept := kept_text(c)) else "")
            + _index_hint(c),
            needs_action=bool(damaged or shorter or pages or missing or summary.refused_new),
        )
    # Refusals the crawl recorded are known damage: only damage this pass found (a refusal the store had
    # no record of, now recorded, too) makes it exit 5, not every later reprocess of the same files.
    if damaged or shorter or pages or missing or summary.refused_new:
        return exitcodes.DAMAGED
    return exitcodes.OK if summary.captures else exitcodes.NO_RESULTS


def _refused_text(refused: int, new: int) -> str:
    """Say the captures the crawl refused: never stored, so no stored text was kept in their place."""
    if not refused:
        return ""
    them = "it" if refused == 1 else "them"
    text = f"; {_captures(refused)} refused at crawl time, nothing stored from {them}"
    return text + (f" ({new} not on record until now)" if new else "")


def _reread_text(reread: int, earlier: int) -> str:
    """Say the captures read as another text by the current rules: our reading changed, not the paper."""
    text = (
        f"re-read {reread} (a new reading of the same capture, not a change by the paper), " if reread else ""
    )
    if earlier:
        text += f"earlier captures read otherwise {earlier} (kept as archived), "
    return text


def _index_hint(counters: dict[str, int]) -> str:
    """Ask for the step that makes what was written searchable (a search answers from the index)."""
    wrote = any(counters.get(f"articles/{kind}") for kind in ("new", "changed", "refreshed", "reread"))
    return "; run: newsarchive index update" if wrote else ""


def _captures(n: int) -> str:
    return f"{n} capture" if n == 1 else f"{n} captures"
