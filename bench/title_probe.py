# ruff: noqa: E501  (markdown rows and their format strings are kept one line each)
"""Titles on the date probe's generated Chinese pages (issue 20: titles >= 0.95 on unseen pages).

Usage: ``python -m bench.title_probe [--split tune|report|both] [--failures tune]``.

Reuses ``bench/date_probe.py``'s pages unchanged (27 kinds: GB2312 portals, forums, blogs,
government notices, e-paper, WeChat, Hong Kong/Taiwan, channel-name ``<h1>``s; 15% of pages have
no ``<title>``, 15% a site-wide one). The truth is the headline the generator printed in the
article's heading (``ProbePage.headline``; ``关于…的通知`` on signature notices, as shown). No kind
is ambiguous, but some inews headlines are scraped ``<title>``s that keep a site or column part
(``…_网易新闻``, ``… - 咸阳市公安局``, ``电力课堂 | …``) or were cut (``...李逵还…``): whether that part
belongs to the title is a matter of taste. Excluding them would drop over a third of the pages,
so on those pages (counted) the whole headline and its main part are both right: the part before a
separator, or after a leading ``|``, when it keeps at least half the headline. Right = our title equals it, compared after NFKC and with
whitespace removed; a page refused as "not an article" counts as a miss (every page has a main
text). Tune seeds 0-227 and 1000-1095 may be read page by page; report seeds 228-455 and
1096-1191 are printed as aggregates only.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from bench.date_probe import (
    REPORT2_SEEDS,
    REPORT_SEEDS,
    TEXTS,
    TUNE2_SEEDS,
    TUNE_SEEDS,
    ProbePage,
    make,
)

# A site or column part: "…_网易新闻", "… - 看准网", "…-名企动态-看准网", "电力课堂 | …".
SEPARATOR = re.compile(r"\s*(?:[_|｜]|\s-\s|-)\s*")


def accepted(headline: str) -> set[str]:
    """The headline, and its main parts when a separator may set off a site or column name."""
    whole = norm(headline)
    forms = {whole}
    for match in SEPARATOR.finditer(headline):
        for part in (headline[: match.start()], headline[match.end() :]):
            if len(norm(part)) * 2 >= len(whole):
                forms.add(norm(part))
    return forms


def norm(text: str) -> str:
    """Compare titles as a reader would: width-folded, spaces ignored."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def our_title(p: ProbePage) -> str | None:
    """Our title as the crawl extracts it; None when the page is refused."""
    from archive.errors import ExtractionError
    from crawler.extract import extract_article

    try:
        item = extract_article(p.url, p.html, fetched_at=p.fetched)
    except ExtractionError:
        return None
    return item.title or ""


@dataclass
class Score:
    """Counts on one split."""

    right: int = 0
    ambiguous: int = 0  # headline with a separator: either form accepted
    refused: int = 0
    wrong: int = 0
    bad: list[tuple[ProbePage, str | None]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.right + self.refused + self.wrong


def measure(pages: list[ProbePage]) -> tuple[Score, dict[str, Score]]:
    total, by_kind = Score(), {}
    for p in pages:
        kind = by_kind.setdefault(p.kind, Score())
        forms = accepted(p.headline)
        got = our_title(p)
        for s in (total, kind):
            s.ambiguous += len(forms) > 1
            if got is not None and norm(got) in forms:
                s.right += 1
            elif got is None:
                s.refused += 1
            else:
                s.wrong += 1
        if got is None or norm(got) not in forms:
            total.bad.append((p, got))
    return total, by_kind


SEEDS = {"tune": TUNE_SEEDS, "report": REPORT_SEEDS, "tune, wave 2": TUNE2_SEEDS, "report, wave 2": REPORT2_SEEDS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("tune", "report", "both"), default="both")
    parser.add_argument("--failures", choices=("tune",), help="list our failures on the tune half")
    args = parser.parse_args(argv)
    if not TEXTS.exists():
        print(f"## Titles on the date probe's pages\n\n_not measured: {TEXTS} is missing._")
        return 0
    splits = [s for s in SEEDS if args.split == "both" or s.startswith(args.split)]
    if args.failures:
        splits = ["tune", "tune, wave 2"]
    lines = [
        "| split | pages | of which either form right | right | refused (no article) | wrong title |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    kinds: dict[str, Score] = {}
    ok = True
    for split in splits:
        total, by_kind = measure([make(seed) for seed in SEEDS[split]])
        lines.append(
            f"| {split} | {total.total} | {total.ambiguous} | {total.right / total.total:.3f} | "
            f"{total.refused} | {total.wrong} |"
        )
        if split.startswith("report"):
            ok = ok and total.right / total.total >= 0.95
            continue
        kinds.update(by_kind)
        if args.failures:
            for p, got in total.bad:
                print(f"{p.seed:04d} {p.kind:18s} truth={p.headline!r} got={got!r}")
            print(Counter(p.kind for p, _ in total.bad))
    if args.failures:
        return 0
    print("## Titles on the date probe's pages\n")
    print(
        "The date probe's generated pages (`bench/title_probe.py`); truth = the headline the generator printed. "
        "Right = our title equals it (NFKC, spaces ignored), or its main part where a separator may set off a "
        "site or column name; a refused page is a miss.\n"
    )
    print("\n".join(lines))
    if kinds:
        print("\nTune halves by kind (right / pages):\n")
        print("| kind | right |\n|---|---:|")
        for kind in sorted(kinds):
            print(f"| {kind} | {kinds[kind].right}/{kinds[kind].total} |")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
