"""Measure titles, dates, authors and the body's start on real pages of public repositories' test fixtures.

Usage: ``python -m bench.realpages_eval [--json] [--split tune] [--failures tune]``.

The set is ``tests/data/realpages/`` (see its SOURCE.md): real Chinese article
pages saved by other projects as test fixtures (news extractors and crawlers),
none of them in the shared corpora our development set was built from, each
annotated by reading it (headline, day of publication, author names, the first
words of the main text). It is split once by a hash of the file name into a
*tune* half (misses may be read and listed by cause) and a *report* half (read
only as aggregate figures). It exists to say how the extractor does on pages
nobody tuned for; it is not a target to fit.

Scoring is :func:`bench.fields_eval.evaluate` (same extractors: ours,
trafilatura, GNE when installed, htmldate for dates), plus one check of its own:
*body head*, the share of pages whose annotated first words appear, whitespace
removed, within the first 400 characters of the extracted body (a byline line
may come first). The report half is held to the targets of the development
set (dates >= 0.90, author precision >= 0.95, recall >= 0.70, titles >= 0.95);
exits 1 when ours misses one.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.fields_eval import TARGETS, Got, Page, available, evaluate, ours  # noqa: E402

REALPAGES = REPO / "tests" / "data" / "realpages"
SPLITS = ("tune", "report")
HEAD_WINDOW = 400  # characters of the extracted body searched for the annotated first words


def split_of(name: str) -> str:
    """Return the half a page belongs to: the first 8 hex digits of sha1(file name), even = tune."""
    return "tune" if int(hashlib.sha1(name.encode("utf-8")).hexdigest()[:8], 16) % 2 == 0 else "report"


def load_rows(root: Path = REALPAGES) -> list[dict[str, Any]]:
    """Return the annotation rows of ``truth.json``."""
    rows: list[dict[str, Any]] = json.loads((root / "truth.json").read_text("utf-8"))
    return rows


def load(root: Path = REALPAGES) -> tuple[list[Page], dict[str, str]]:
    """Return the annotated pages and, by page path, the first words of each page's main text."""
    pages, heads = [], {}
    for row in load_rows(root):
        file = root / "pages" / row["file"]
        path = f"tests/data/realpages/pages/{row['file']}"
        pages.append(
            Page(
                path=path,
                file=file,
                url=row.get("url", ""),
                title=row["title"],
                date=date.fromisoformat(row["date"]) if row.get("date") else None,
                authors=list(row["authors"]),
                kind=row["kind"],
                split=row["split"],
            )
        )
        heads[path] = row["body_head"]
    return pages, heads


def _squash(text: str) -> str:
    return "".join(text.split())


def head_found(body: str, head: str) -> bool:
    """Whether the annotated first words start the extracted body (within its first characters)."""
    return bool(head) and _squash(head) in _squash(body)[:HEAD_WINDOW]


def remembered(run: Callable[[Page], Got]) -> tuple[Callable[[Page], Got], dict[str, Got]]:
    """Wrap an extractor so each page is extracted once; return the wrapper and what it saw."""
    seen: dict[str, Got] = {}

    def wrapper(page: Page) -> Got:
        if page.path not in seen:
            seen[page.path] = run(page)
        return seen[page.path]

    return wrapper, seen


def measure(
    pages: list[Page], heads: dict[str, str], extractors: dict[str, Callable[[Page], Got]]
) -> dict[str, dict[str, dict[str, Any]]]:
    """Score every extractor on each half; add the body-head share and its misses."""
    report: dict[str, dict[str, dict[str, Any]]] = {}
    for split in SPLITS:
        chosen = [p for p in pages if p.split == split]
        report[split] = {}
        for who, run in extractors.items():
            wrapper, seen = remembered(run)
            fig = evaluate(chosen, wrapper)
            misses = [p.path for p in chosen if not head_found(seen[p.path].body, heads[p.path])]
            fig["body_head"] = 1 - len(misses) / len(chosen) if chosen else 0.0
            fig["failures"] += [f"{path}: body does not start with {heads[path]!r}" for path in misses]
            report[split][who] = fig
    return report


def markdown(report: dict[str, dict[str, dict[str, Any]]], counts: dict[str, int]) -> str:
    """Render the figures as a markdown section."""
    lines = [
        "## Fields on real pages nobody tuned for",
        "",
        "`python -m bench.realpages_eval`: real Chinese article pages that other projects saved as test",
        "fixtures (`tests/data/realpages/`, none of them in the shared corpora), annotated by reading them.",
        "The **report** half is read as figures only. Body head: the annotated first words of the main",
        f"text found in the first {HEAD_WINDOW} characters of the extracted body.",
        "Pages by kind: " + ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items())) + ".",
        "",
        "| half | extractor | pages | dates right | author precision | author recall | titles right "
        "| body head | ms/page |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for split, per in report.items():
        label = "**report**" if split == "report" else split
        for who, fig in per.items():
            dates_only = who.startswith("htmldate")
            cells = [
                f"{fig['date']:.3f}",
                "–" if dates_only else f"{fig['author_precision']:.3f} ({fig['authors_predicted']})",
                "–" if dates_only else f"{fig['author_recall']:.3f} (of {fig['authors_expected']})",
                "–" if dates_only else f"{fig['title']:.3f}",
                "–" if dates_only else f"{fig['body_head']:.3f}",
                f"{fig['ms_per_page']:.0f}",
            ]
            lines.append(f"| {label} | {who} | {fig['pages']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def verdict(report: dict[str, dict[str, dict[str, Any]]]) -> list[str]:
    """List the development set's targets that ours misses on the report half."""
    mine = report.get("report", {}).get("ours")
    if mine is None:
        return []
    return [f"report {key} {mine[key]:.3f} < {bar}" for key, bar in TARGETS.items() if mine[key] < bar]


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print the table (or JSON)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print figures as JSON")
    parser.add_argument("--only-ours", action="store_true", help="skip the baselines")
    parser.add_argument("--split", choices=SPLITS, help="measure one half only (tune while reading misses)")
    parser.add_argument("--failures", choices=("tune",), help="list ours' misses on the tune half")
    args = parser.parse_args(argv)
    pages, heads = load()
    if args.split:
        pages = [p for p in pages if p.split == args.split]
    counts: dict[str, int] = {}
    for page in pages:
        counts[page.kind] = counts.get(page.kind, 0) + 1
    extractors: dict[str, Callable[[Page], Got]] = {"ours": ours} if args.only_ours else available()
    report = {k: v for k, v in measure(pages, heads, extractors).items() if v and v["ours"]["pages"]}
    problems = verdict(report)
    if args.json:
        print(json.dumps({"halves": report, "problems": problems}, ensure_ascii=False, indent=2, default=str))
    else:
        print(markdown(report, counts))
        if args.failures and args.failures in report:
            print()
            for failure in report[args.failures]["ours"]["failures"]:
                print(f"- {failure}")
        for problem in problems:
            print(f"\nMISSED {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
