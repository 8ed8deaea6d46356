"""Page-rebuild failures per generator: tune pages listed, report pages as aggregates only.

Usage: ``PYTHONPATH=. python tools/normalize_failures.py tune|ext|report [TAGS] [--save NAME]``, or
``--diff OLD NEW`` to compare two saved runs.

Why: ``bench/normalize_bench.py`` gives one row per split and lists failures of one run; a rule
for headlines or credits must be judged across several generators at once, on the articles it
mends and breaks. This runs every generator's tune pages on two processes, prints each split's
rate with its miss counts (title, reporters, body, no article, extra articles), and saves every
listed failure by page (``--save``) so that two runs can be compared (``--diff``: the failures a
change fixed and those it broke). ``ext`` is a wider tune check: pages laid out from tune texts
only (``tests/pagegen`` train 250-449, ``pagegen_alt`` on train texts, gen4 and gen6 seeds
100-149, which their generators draw from the tune records). ``report`` prints the report
halves (gen9's and gen10's too), gen7 and gen8 as aggregates and never lists a page, as the
bench's protocol asks.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from multiprocessing import Pool
from pathlib import Path

from bench import normalize_bench as bench

GENERATORS = {gen.tag: gen for gen in bench.GENERATORS}
TUNE = {
    "train": range(0, 250),
    "alt": range(0, 100),
    "sogou": range(0, 50),
    "gen4": range(0, 50),
    "gen5": range(0, 50),
    "gen6": range(0, 50),
    "gen9": range(0, 50),
    "gen10": range(0, 50),
}
EXT = {"train": range(250, 450), "alt-train": range(0, 100), "gen4": range(100, 150), "gen6": range(100, 150)}
REPORT = {
    "dev": range(200, 300),
    "alt": range(100, 200),
    "sogou": range(50, 100),
    "gen4": range(50, 100),
    "gen5": range(50, 100),
    "gen6": range(50, 100),
    "gen7": range(0, 100),
    "gen8": range(0, 100),
    "gen9": range(50, 100),
    "gen10": range(50, 100),
}
SAVED = Path(tempfile.gettempdir()) / "normalize_failures"  # saved runs, by name

Job = tuple[str, int, bool]
Result = tuple[str, int, int, int, int, dict[str, int], list[str]]


def _one(job: Job) -> Result:
    """Rebuild one page; list its failures only when ``listed`` (tune pages)."""
    tag, seed, listed = job
    failures: list[str] | None = [] if listed else None
    if tag in ("train", "dev"):
        row = bench.measure(tag, range(seed, seed + 1), failures)
    elif tag == "alt-train":
        with bench.train_texts():
            row = bench.measure_alt(range(seed, seed + 1), failures, "alt-train")
    elif tag == "alt":
        row = bench.measure_alt(range(seed, seed + 1), failures)
    else:
        row = bench.measure_generated(GENERATORS[tag], [seed], failures)
    extra = int(row.get("extra_articles", 0))  # type: ignore[call-overload]
    misses: dict[str, int] = row["misses"]  # type: ignore[assignment]
    return tag, seed, int(row["right"]), int(row["articles"]), extra, misses, failures or []  # type: ignore[call-overload]


def run(mode: str, only: list[str], save: str | None) -> None:
    """Run one mode's splits and print their aggregates (and save tune failures by page)."""
    sets = {"tune": TUNE, "ext": EXT, "report": REPORT}[mode]
    chosen = {tag: seeds for tag, seeds in sets.items() if not only or tag in only}
    jobs = [(tag, seed, mode != "report") for tag, seeds in chosen.items() for seed in seeds]
    with Pool(2) as pool:
        results = pool.map(_one, jobs, chunksize=4)
    totals: dict[str, dict[str, int]] = {}
    pages: dict[str, dict[str, list[str]]] = {}
    for tag, seed, right, articles, extra, misses, failures in results:
        total = totals.setdefault(tag, {"right": 0, "articles": 0, "extra": 0})
        total["right"] += right
        total["articles"] += articles
        total["extra"] += extra
        for cause, count in misses.items():
            total[cause] = total.get(cause, 0) + count
        if mode != "report":
            pages.setdefault(tag, {})[str(seed)] = failures
    for tag, total in totals.items():
        causes = ", ".join(f"{k} {v}" for k, v in total.items() if k not in ("right", "articles", "extra"))
        rate = total["right"] / max(1, total["articles"])
        share = f"{total['right']}/{total['articles']} = {rate:.3f}"
        print(f"{mode} {tag}: {share}, extra {total['extra']}; {causes}")
    if save and mode != "report":
        SAVED.mkdir(exist_ok=True)
        (SAVED / f"{save}.json").write_text(json.dumps(pages, ensure_ascii=False, indent=0), encoding="utf-8")


def diff(old: str, new: str) -> None:
    """Print the failures one saved run has and the other lacks: fixed and broken articles."""
    before = json.loads((SAVED / f"{old}.json").read_text(encoding="utf-8"))
    after = json.loads((SAVED / f"{new}.json").read_text(encoding="utf-8"))
    for tag, seeds in before.items():
        for seed, failures in seeds.items():
            now = set(after.get(tag, {}).get(seed, []))
            for line in sorted(set(failures) - now):
                print("FIXED", line)
            for line in sorted(now - set(failures)):
                print("BROKE", line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", nargs="?", choices=("tune", "ext", "report"))
    parser.add_argument("tags", nargs="?", default="", help="comma-separated splits (default: all)")
    parser.add_argument("--save", help="save the listed failures under this name")
    parser.add_argument("--diff", nargs=2, metavar=("OLD", "NEW"), help="compare two saved runs")
    args = parser.parse_args(argv)
    if args.diff:
        diff(*args.diff)
        return 0
    if not args.mode:
        parser.error("a mode, or --diff")
    run(args.mode, [tag for tag in args.tags.split(",") if tag], args.save)
    return 0


if __name__ == "__main__":
    sys.exit(main())
