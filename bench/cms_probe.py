"""Measure titles, dates and authors on the CMS probe: pages of common Chinese site software and platforms.

Usage: ``python -m bench.cms_probe [--split tune|report] [--failures tune] [--only-ours]``.

The probe (``tests/data/cms_probe/*.jsonl``, see its README) reproduces the
article pages of software nobody tuned the rules for (DedeCMS, Discuz!,
WordPress, 微信公众号, government site groups, ...) around real texts, with truth
frozen before any extractor ran. Pages split by ``sha1(path)``: first hex digit
below 8 is *tune*, the rest *report* (whose failures are never read while
tuning). Scoring is :func:`bench.fields_eval.evaluate`'s, so the figures read
like the fields dev set's. A set whose rows carry their own ``split`` (``writers``:
by template, so its report half holds templates never tuned on) keeps it. Roles
(correspondents, editors, photographers) are scored where the rows name them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.fields_eval import (  # noqa: E402
    Page,
    evaluate,
    gne_baseline,
    htmldate_only,
    ours,
    plain_trafilatura,
)

PROBE = REPO / "tests" / "data" / "cms_probe"
SPLITS = ("tune", "report")


def split_of(path: str) -> str:
    """``tune`` when sha1(path) starts with a hex digit below 8, else ``report``: fixed before any run."""
    return "tune" if hashlib.sha1(path.encode("utf-8")).hexdigest()[0] < "8" else "report"


def load(folder: Path = PROBE) -> list[Page]:
    """Read every ``*.jsonl`` of the probe folder into pages with their split."""
    pages = []
    for table in sorted(folder.glob("*.jsonl")):
        for line in table.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            path = row["path"]
            pages.append(
                Page(
                    path=path,
                    file=REPO / path,
                    url=row.get("url", ""),
                    title=row["title"],
                    date=date.fromisoformat(row["date"]) if row.get("date") else None,
                    authors=row["authors"],
                    kind=row.get("kind", ""),
                    split=row.get("split") or split_of(path),  # a set may split by template
                    correspondents=row.get("correspondents"),
                    editors=row.get("editors"),
                    photographers=row.get("photographers"),
                    batch=table.stem,
                    fetched=datetime.fromisoformat(row["fetched"]) if row.get("fetched") else None,
                )
            )
    return pages


def table(report: dict[str, dict[str, dict[str, Any]]]) -> str:
    """Render the figures per split and extractor as a markdown table."""
    lines = [
        "| split | extractor | pages | dates right | author precision | author recall | titles right |",
        "|---|---|---|---|---|---|---|",
    ]
    for split, per in report.items():
        for who, fig in per.items():
            lines.append(
                f"| {split} | {who} | {fig['pages']} | {fig['date']:.3f} | "
                f"{fig['author_precision']:.3f} ({fig['authors_predicted']}) | "
                f"{fig['author_recall']:.3f} (of {fig['authors_expected']}) | {fig['title']:.3f} |"
            )
    return "\n".join(lines)


def roles_table(report: dict[str, dict[str, Any]]) -> str:
    """Render precision and recall of the other roles, for the sets whose rows name them."""
    lines = [
        "| split, set | correspondents P | R | editors P | R | photographers P | R |",
        "|---|---|---|---|---|---|---|",
    ]
    for label, fig in report.items():
        cells = []
        for role in ("corr", "ed", "ph"):
            right, predicted, expected = fig["roles"][role]
            cells.append(f"{right / predicted:.3f} ({predicted})" if predicted else "– (0)")
            cells.append(f"{right / expected:.3f} (of {expected})" if expected else "– (of 0)")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the probe and print the table."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, help="measure one split only (tune while developing)")
    parser.add_argument("--failures", choices=["tune"], help="list the failing tune pages")
    parser.add_argument("--only-ours", action="store_true", help="skip trafilatura")
    parser.add_argument("--htmldate", action="store_true", help="also htmldate alone (dates only)")
    parser.add_argument("--gne", action="store_true", help="also the GNE baseline (pip install gne)")
    parser.add_argument(
        "--set",
        help="one set only (the jsonl's stem: dates, dates2, era, people, portals, software, tradzh, "
        "tradzh2, writers)",
    )
    args = parser.parse_args(argv)
    pages = [p for p in load() if args.set in (None, p.batch)]
    extractors = {"ours": ours} if args.only_ours else {"ours": ours, "trafilatura": plain_trafilatura}
    if args.gne:
        extractors["gne"] = gne_baseline
    if args.htmldate:
        extractors["htmldate (dates only)"] = htmldate_only
    report: dict[str, dict[str, dict[str, Any]]] = {}
    for split in (args.split,) if args.split else SPLITS:
        chosen = [p for p in pages if p.split == split]
        report[split] = {who: evaluate(chosen, run) for who, run in extractors.items()}
    print(table(report))
    sets = sorted({p.batch for p in pages})
    if len(sets) > 1 and not args.failures:  # each set apart: a gain on one set alone shows here
        per_set = {
            f"{split}, {name}": {
                "ours": evaluate([p for p in pages if (p.split, p.batch) == (split, name)], ours)
            }
            for split in report
            for name in sets
        }
        print("\nEach set alone (ours):\n")
        print(table(per_set))
    roled = {
        f"{split}, {name}": evaluate(
            [p for p in pages if (p.split, p.batch) == (split, name) and p.editors is not None], ours
        )
        for split in report
        for name in sets
        if any(p.batch == name and p.editors is not None for p in pages)
    }
    if roled and not args.failures:
        print("\nOther roles, sets that name them (ours):\n")
        print(roles_table(roled))
    if args.failures and args.failures in report:
        for failure in report[args.failures]["ours"]["failures"]:
            print(f"- {failure}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
