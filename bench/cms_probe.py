"""Score titles, dates and authors on the frozen CMS probe: real texts in the article templates of real sites.

Usage: ``python -m bench.cms_probe [--split tune] [--failures] [--only-ours] [--json]``.

The probe (``tests/data/cms_probe/``, one ``*.jsonl`` of truth rows per set of
templates, pages beside it) shows the extractor the info lines, meta tags,
JSON-LD, hidden spider blocks, share bars, related lists and footers of real
portal, government and CMS article pages, around real article texts. Truth
was written and committed before any extractor ran on the pages; each row's
``split`` (``sha1(path)``'s first hex digit < 8: tune, else report) was fixed
then too. Read failures of the tune split only (``--failures`` refuses the
report split); print the report split's totals to report, not to tune.

Scoring is ``bench.fields_eval.evaluate`` (same measures as the dev set:
date right to the day, title equal after whitespace removal, author names
pooled per split for precision and recall), for ours and plain trafilatura.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.fields_eval import Page, evaluate, ours, plain_trafilatura  # noqa: E402

PROBE = REPO / "tests" / "data" / "cms_probe"
SPLITS = ("tune", "report")


def load(folder: Path = PROBE) -> list[Page]:
    """Read every ``*.jsonl`` truth file of the probe (paths are relative to the repository)."""
    pages = []
    for truth in sorted(folder.glob("*.jsonl")):
        for line in truth.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            pages.append(
                Page(
                    path=row["path"],
                    file=REPO / row["path"],
                    url=row.get("url", ""),
                    title=row["title"],
                    date=date.fromisoformat(row["date"]) if row.get("date") else None,
                    authors=row["authors"],
                    kind=row.get("kind", truth.stem),
                    split=row["split"],
                    correspondents=row.get("correspondents"),
                    batch=truth.stem,
                )
            )
    return pages


def table(report: dict[str, dict[str, dict[str, Any]]]) -> str:
    """Render the per-split figures as a markdown table."""
    lines = [
        "| split | extractor | pages | dates right | titles right | author precision | author recall |",
        "|---|---|---|---|---|---|---|",
    ]
    for split, per in report.items():
        for who, fig in per.items():
            lines.append(
                f"| {split} | {who} | {fig['pages']} | {fig['date']:.3f} | {fig['title']:.3f} "
                f"| {fig['author_precision']:.3f} ({fig['authors_predicted']}) "
                f"| {fig['author_recall']:.3f} (of {fig['authors_expected']}) |"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the probe and print its table (or JSON)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, help="measure one split only (tune while developing)")
    parser.add_argument("--failures", action="store_true", help="list the tune split's failing pages")
    parser.add_argument("--only-ours", action="store_true", help="skip trafilatura")
    parser.add_argument("--json", action="store_true", help="print figures as JSON")
    args = parser.parse_args(argv)
    if args.failures and args.split == "report":
        parser.error("report failures are not read: they would tune the rules to the report pages")
    pages = load()
    extractors = {"ours": ours} if args.only_ours else {"ours": ours, "trafilatura": plain_trafilatura}
    report: dict[str, dict[str, dict[str, Any]]] = {}
    for split in (args.split,) if args.split else SPLITS:
        chosen = [p for p in pages if p.split == split]
        report[split] = {who: evaluate(chosen, run) for who, run in extractors.items()}
    if args.json:
        slim = {
            split: {who: {k: v for k, v in fig.items() if k != "failures"} for who, fig in per.items()}
            for split, per in report.items()
        }
        print(json.dumps(slim, ensure_ascii=False, indent=2))
    else:
        print(table(report))
    if args.failures and "tune" in report:
        for failure in report["tune"]["ours"]["failures"]:
            print(f"- {failure}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
