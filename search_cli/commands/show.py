"""``newsarchive show ID``: read an article as archived, its versions, or a diff between two."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from archive.config import DEFAULT_TIMEZONE, clock_text, zone
from search_cli import exitcodes
from search_cli.errors import UsageError
from search_cli.options import article_id, record_id, require_archive

if TYPE_CHECKING:  # imported where used, so --help loads no library
    from archive.models import Article, ArticleVersion
    from indexer.export import When


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``show`` subcommand."""
    p = subparsers.add_parser(
        "show",
        parents=[common],
        help="show an archived article, its versions or a diff",
        description="Print an article as archived. --versions lists every version the site published "
        "(and our re-readings of a capture by newer rules, marked so), "
        "--version N prints one of them whole; --diff compares two versions (default: the previous one "
        "and the current one).",
    )
    p.add_argument(
        "id",
        type=article_id,
        help="article id (from search results; newsarchive-N, as search --batch names it)",
    )
    # One view at a time: with two, all but one were silently dropped.
    view = p.add_mutually_exclusive_group()
    view.add_argument("--versions", action="store_true", help="list the article's versions")
    view.add_argument(
        "--version",
        type=record_id,
        metavar="N",
        dest="version_number",
        help="print version N whole, as the site published it then (numbers from --versions)",
    )
    view.add_argument(
        "--diff",
        nargs="*",
        type=record_id,
        metavar="VERSION",
        help="diff two versions: none given = previous vs current, or give A B",
    )
    p.set_defaults(func=run)


def when_of(a: Article, tz: str = DEFAULT_TIMEZONE, text: Article | ArticleVersion | None = None) -> When:
    """Return the article's dates in its source's zone ``tz`` (a date-only value stays a date).

    ``text`` is the version shown: its own ``published_at`` (a version keeps the date its page
    printed, as the web page's citation of ``?version=N`` gives it), the article's edition date.
    """
    from indexer.export import article_when

    shown = text or a
    return article_when(shown.published_at, a.edition_date, zone(tz), shown.published_offset)


def _local(value: Any, tz: str) -> str | None:
    """Return a stored time in the paper's zone, to the second: an import's clock kept microseconds."""
    return value.astimezone(zone(tz)).isoformat(timespec="seconds") if value else None


# The keys of an article's JSON that say where and when it was printed, its version's JSON too:
# a citation of version N names the paper, the day and the address as the current text's does.
PRINTED_KEYS = ("source", "source_name", "url", "edition_date", "published_at", "section", "page", "timezone")


def article_as_dict(a: Article, tz: str = DEFAULT_TIMEZONE, paper: str = "") -> dict[str, Any]:
    """Return an article as JSON-ready data: times in its source's zone ``tz``, edition_date YYYY-MM-DD.

    ``paper`` is its source's name (``source_name``, as search's exports name the paper).
    """
    when = when_of(a, tz)
    return {
        "id": a.id,
        "source": a.source_id,
        "source_name": paper,
        "url": a.url,
        "title": a.title,
        "lead_title": a.lead_title,
        "subtitle": a.subtitle,
        "edition_date": when.day.isoformat() if when.day else None,
        "published_at": when.at.isoformat() if when.at else None,
        "date_from": a.date_from,  # where that date was read (archive.date_from); null: unknown
        "authors": a.authors,
        "editors": a.editors,
        "dateline": a.dateline,
        "section": a.section,
        "page": a.page_number,  # the key of search's exports and /search.json for the same 版面
        "version": a.version,
        "cluster_id": a.cluster_id,
        "timezone": tz,
        "first_seen": _local(a.first_seen, tz),
        "last_seen": _local(a.last_seen, tz),
        "warc_file": a.warc_file,
        "warc_offset": a.warc_offset,
        "body": a.body,
    }


def version_as_dict(v: ArticleVersion, tz: str = DEFAULT_TIMEZONE) -> dict[str, Any]:
    """Return a version's summary as JSON-ready data (times in the source's zone ``tz``)."""
    return {
        "version": v.version,
        "title": v.title,
        "content_hash": v.content_hash,
        "fetched_at": _local(v.fetched_at, tz),
        # True: the version came from `newsarchive import` (fetched_at is then when it was imported).
        "imported": bool(v.imported),
        # Why the version exists: "crawl" (the paper's page as fetched or imported) or "reread" (the
        # capture of the version before it read again by newer rules: not a change by the paper).
        "kind": v.version_kind,
        "chars": len(v.body),
        "warc_file": v.warc_file,
        "warc_offset": v.warc_offset,
    }


def reread_note(v: ArticleVersion, reread_of: Mapping[int, int]) -> str:
    """Say that ``v`` re-read an earlier version's capture, not the paper's change ("" for a crawl's).

    ``reread_of`` is :func:`archive.queries.reread_sources` of the article's versions, read once.
    """
    source = reread_of.get(v.version)
    if source is None:
        return ""
    from archive.queries import reread_note_text

    return reread_note_text(source)


def _diff_lines(old: ArticleVersion, new: ArticleVersion) -> list[str]:
    """Return the changed headlines, authors and paragraphs of two versions, one line each.

    The web diff page's comparison (:mod:`archive.textdiff`): paragraphs aligned, then sentences,
    then characters, the change marked in its sentence.
    """
    from archive.textdiff import diff_chars, diff_line, diff_paragraphs

    fields = [
        ("引题: ", diff_chars(old.lead_title, new.lead_title)),
        ("标题: ", diff_chars(old.title, new.title)),
        ("副题: ", diff_chars(old.subtitle, new.subtitle)),
        ("作者: ", diff_chars("、".join(old.authors), "、".join(new.authors))),
        *(("", paragraph) for paragraph in diff_paragraphs(old.body, new.body)),
    ]
    return [line for label, segments in fields if (line := diff_line(label, segments)) is not None]


def diff_versions(
    old: ArticleVersion,
    new: ArticleVersion,
    versions: Sequence[ArticleVersion] = (),
    tz: str = DEFAULT_TIMEZONE,
) -> str:
    """Return what changed between two versions ("" when nothing did), as the web diff page compares.

    Under a ``---``/``+++`` head naming the versions, one line per changed headline or paragraph
    (:func:`archive.textdiff.diff_line`): only its changed sentences, the change marked
    ``[-old-]{+new+}``. It printed a unified diff of whole paragraphs, where a figure corrected in a
    long paragraph read as the paragraph deleted and inserted whole.

    A re-read's header says so (of ``versions``, the article's): "+++ version 2" alone read as the
    paper's edit, where it is our rules' new reading of the same capture. So does an import's (as the
    web diff does): the archive never fetched it, and the change may be the export's, not the paper's.
    """
    from archive.queries import reread_sources

    reread_of = reread_sources(versions)

    def name(v: ArticleVersion) -> str:
        notes = [f"imported {_fetched(v, tz)}, not fetched from the original"] if v.imported else []
        notes += [note] if (note := reread_note(v, reread_of)) else []
        return f"version {v.version}" + (f" ({'; '.join(notes)})" if notes else "")

    lines = _diff_lines(old, new)
    return "\n".join([f"--- {name(old)}", f"+++ {name(new)}", *lines]) if lines else ""


def one_version(a: Article, v: ArticleVersion, tz: str) -> str:
    """Say why ``show --diff`` has nothing to compare: what the archive saw, not what the site did.

    It said "the site has not changed it" of an article fetched once (the archive cannot know) and of
    an import (a site never visited).
    """
    if v.imported:
        return (
            f"article {a.id} has one version, imported {_fetched(v, tz)}: never fetched from the original, "
            "so the archive knows of no change"
        )
    seen = f"fetched {_fetched(v, tz)}"
    if a.last_seen and v.fetched_at and a.last_seen > v.fetched_at:
        seen += f", last seen unchanged {clock_text(a.last_seen.astimezone(zone(tz)), '%Y-%m-%d %H:%M:%S')}"
    return f"article {a.id} has one version: no change seen ({seen})"


def _fetched(v: ArticleVersion, tz: str) -> str:
    """Return when a version was fetched (or imported), in the paper's zone with its offset ("-": unknown)."""
    return clock_text(v.fetched_at.astimezone(zone(tz)), "%Y-%m-%d %H:%M:%S") if v.fetched_at else "-"


def _readable(a: Article, text: Article | ArticleVersion, where: str, tz: str, paper: str) -> str:
    """Render ``text`` (the article or one of its versions) for reading under its headlines.

    The paper (its name, then its registry id), dates and page are the article's, page as ``search``
    prints it (``page 02 经济``); headlines, authors and body are ``text``'s own. ``where`` follows the
    URL on its line. Control characters are escaped.
    """
    from archive.date_from import INFERRED_NOTES
    from archive.queries import paper_label
    from indexer.export import page_text, terminal_safe

    lines = [line for line in (text.lead_title, text.title, text.subtitle) if line]
    dated = when_of(a, tz, text).text()
    if dated and (note := INFERRED_NOTES.get(text.date_from or "")):
        dated += f" ({note})"  # a day printed without its year: a citation must not give it as printed
    meta = [
        paper_label(paper, a.source_id),
        dated,
        page_text(a.page_number, a.section),
        "、".join(text.authors),
    ]
    lines.append(" | ".join(m for m in meta if m))
    lines.append(f"{a.url}  ({where})")
    return terminal_safe("\n".join([*lines, "", text.body]))


def format_article(a: Article, tz: str = DEFAULT_TIMEZONE, paper: str = "") -> str:
    """Render an article for reading, dates in its source's zone ``tz`` (control characters escaped)."""
    cluster = f", reprint cluster {a.cluster_id}" if a.cluster_id else ""
    return _readable(a, a, f"version {a.version}{cluster}", tz, paper)


def format_version(
    a: Article,
    v: ArticleVersion,
    versions: Sequence[ArticleVersion],
    tz: str = DEFAULT_TIMEZONE,
    paper: str = "",
) -> str:
    """Render version ``v`` of an article (one of ``versions``) for reading: its headline, authors, text."""
    current = ", the current one" if v.version == a.version else f", current is {a.version}"
    got = "imported" if v.imported else "fetched"  # an import has no capture: no visit to the site
    where = f"version {v.version} of {len(versions)}{current}; {got} {_fetched(v, tz)}"
    if (after := replaced_by(v, versions)) is not None:  # the article's last visit is no time of v's
        where += f"; current until {_fetched(after, tz)}"
    from archive.queries import reread_sources

    if note := reread_note(v, reread_sources(versions)):
        where += f"; {note}"
    return _readable(a, v, where, tz, paper)


def replaced_by(v: ArticleVersion, versions: Sequence[ArticleVersion]) -> ArticleVersion | None:
    """Return the version stored after ``v`` (None for the current one): ``v`` was the text until then."""
    return next((later for later in versions if later.version > v.version), None)


def _no_version(article_id: int, number: int, numbers: Sequence[int]) -> Exception:
    """Return the refusal of a version the article lacks: nothing found (exit 3), as ``show 999`` is.

    It exited 1, an error, where a missing article exits 3; the line says how many versions there are.
    """
    from archive.errors import NotFound

    listed = ", ".join(map(str, sorted(numbers)))
    return NotFound(
        f"article {article_id} has no version {number} "
        f"(it has {len(numbers)} version{'s' if len(numbers) != 1 else ''}: {listed}; see --versions)"
    )


def run(args: argparse.Namespace) -> int:
    """Show the article, its versions or a diff."""
    db_url = require_archive(args)
    from archive.models import Source
    from archive.queries import article_versions, get_article, reread_sources, zone_of
    from indexer.export import terminal_safe
    from search_cli.store import open_archive

    if args.diff is not None and len(args.diff) not in (0, 2):  # a command line that means nothing: exit 2
        raise UsageError("--diff takes no version (previous vs current) or two: --diff A B")
    with open_archive(args, db_url, reading=True) as sessions, sessions() as session:
        article = get_article(session, args.id)
        tz = zone_of(session, article.source_id)
        source = session.get(Source, article.source_id)
        paper = source.name if source is not None else ""  # the name a citation gives
        wanted = args.versions or args.diff is not None or args.version_number is not None
        versions = article_versions(session, args.id) if wanted else []
    if args.version_number is not None:
        shown = next((v for v in versions if v.version == args.version_number), None)
        if shown is None:
            raise _no_version(article.id, args.version_number, [v.version for v in versions])
        if args.json:
            data = {**version_as_dict(shown, tz), "id": article.id, "current_version": article.version}
            after = replaced_by(shown, versions)
            data["current_until"] = _local(after.fetched_at, tz) if after is not None else None
            printed = article_as_dict(article, tz, paper)
            data.update({key: printed[key] for key in PRINTED_KEYS})
            when = when_of(article, tz, shown)  # the version's own date, not the current text's
            data.update(
                edition_date=when.day.isoformat() if when.day else None,
                published_at=when.at.isoformat() if when.at else None,
                date_from=shown.date_from,  # where the version's own date was read
            )
            data.update(lead_title=shown.lead_title, subtitle=shown.subtitle, authors=shown.authors)
            json.dump({**data, "body": shown.body}, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            print(format_version(article, shown, versions, tz, paper))
        return exitcodes.OK
    if args.diff is not None:
        by_number = {v.version: v for v in versions}
        if not args.diff and len(by_number) == 1:  # nothing to compare: exit as "no results"
            if args.json:
                print(json.dumps({"id": article.id, "from": None, "to": article.version, "diff": ""}))
            else:
                print(one_version(article, versions[0], tz))
            return exitcodes.NO_RESULTS
        a, b = args.diff or [article.version - 1, article.version]
        missing = next((n for n in (a, b) if n not in by_number), None)
        if missing is not None:  # the words of --version N's refusal
            raise _no_version(article.id, missing, list(by_number))
        text = diff_versions(by_number[a], by_number[b], versions, tz)
        if args.json:
            kinds = {"from_kind": by_number[a].version_kind, "to_kind": by_number[b].version_kind}
            print(
                json.dumps({"id": article.id, "from": a, "to": b, **kinds, "diff": text}, ensure_ascii=False)
            )
        else:
            print(terminal_safe(text) if text else f"versions {a} and {b} have the same text")
        return exitcodes.OK
    if args.versions:
        if args.json:
            json.dump([version_as_dict(v, tz) for v in versions], sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            reread_of = reread_sources(versions)
            for v in versions:
                marks = ["imported"] if v.imported else []  # the time is the import's, not a fetch's
                marks += [note] if (note := reread_note(v, reread_of)) else []
                marks += ["current"] if v.version == article.version else []
                tail = f"  ({', '.join(marks)})" if marks else ""
                fields = (v.version, _fetched(v, tz), v.content_hash[:12], f"{len(v.body)} chars")
                print("\t".join(map(str, fields)) + f"\t{terminal_safe(v.title)}{tail}")
        return exitcodes.OK
    if args.json:
        json.dump(article_as_dict(article, tz, paper), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(format_article(article, tz, paper))
    return exitcodes.OK
