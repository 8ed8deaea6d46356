"""``newsarchive similar ID``: list the reprint cluster of an article."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from archive.config import DEFAULT_TIMEZONE, zone
from search_cli import exitcodes
from search_cli.options import record_id, require_archive

if TYPE_CHECKING:  # imported where used, so --help loads no library
    pass


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``similar`` subcommand."""
    p = subparsers.add_parser(
        "similar",
        parents=[common],
        help="list the reprints of an article (its cluster)",
        description="List every article in the reprint cluster of ID: exact copies and near copies "
        "(wire copy reprinted by other papers with small edits), the lead first: the copy published "
        "first (by the clock, a copy dated by a day alone by that day in its zone; of copies that may be "
        "as early, the earliest day, then the one fetched first).",
    )
    p.add_argument("id", type=record_id, help="article id")
    p.set_defaults(func=run)


def _when(m: Any, zones: dict[str, str]) -> Any:
    """Return a member's dates in its source's zone, or its page's own (``indexer.export.When``)."""
    from indexer.export import article_when

    tz = zone(zones.get(m.source_id, DEFAULT_TIMEZONE))
    return article_when(m.published_at, m.edition_date, tz, m.published_offset)


def run(args: argparse.Namespace) -> int:
    """List the cluster; exit NO_RESULTS when the article has no reprint."""
    db_url = require_archive(args)
    from archive.queries import cluster_members, paper_label, source_names, source_zones
    from archive.reprint_lead import cluster_copies, lead_of
    from indexer.export import terminal_safe
    from search_cli.store import open_archive

    with open_archive(args, db_url, reading=True) as sessions, sessions() as session:
        members = cluster_members(session, args.id)
        zones = source_zones(session)
        names = source_names(session)
        lead = lead_of(cluster_copies(session, members[0].cluster_id))
    others = [m for m in members if m.id != args.id]
    if args.json:
        json.dump(
            {
                "id": args.id,
                "cluster_id": members[0].cluster_id,
                # The copy published first, and why ("earliest published: 2016-07-20"); null without copies.
                "lead": {"id": lead.id, "reason": lead.text()} if lead else None,
                "articles": [
                    {
                        "id": m.id,
                        "source": m.source_id,
                        "source_name": names.get(m.source_id, m.source_id),
                        "title": m.title,
                        "url": m.url,
                        "edition_date": _when(m, zones).day.isoformat() if _when(m, zones).day else None,
                        "published_at": _when(m, zones).at.isoformat() if _when(m, zones).at else None,
                    }
                    for m in members
                ],
            },
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
    else:
        if not others:
            print(f"article {args.id} has no known reprint")
        for m in members:
            mark = "*" if m.id == args.id else " "
            day = _when(m, zones).day_text("-")
            # The paper as ``show`` names it, "城市晚报 (cswb)": its name to cite, its id to type.
            paper = paper_label(names.get(m.source_id, ""), m.source_id)
            print(terminal_safe(f"{mark} {m.id}\t{paper}\t{day}\t{m.title}\t{m.url}"))
        if lead:
            print(f"lead: {lead.id} ({lead.text()})")
    return exitcodes.OK if others else exitcodes.NO_RESULTS
