"""Run every benchmark and write BENCHMARKS.md (``make bench``).

Each benchmark is a script of its own that prints a markdown section and
exits non-zero when it misses its target; this runs them in turn on the same
machine, in the same run, and gathers their sections under one header, each
followed by its hand-written experiment log from ``bench/notes/<module>.md``
when there is one (so ``make bench`` does not erase it). A
benchmark that needs the shared corpora and cannot find them says so in its
section instead of a figure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

from bench.util import REPO, machine

NOTES = REPO / "bench" / "notes"

# (title, module, arguments). Order: the cheap ones first.
BENCHMARKS: list[tuple[str, str, list[str]]] = [
    ("Extraction", "bench.extract_eval", ["--timing"]),
    ("Fields on the development set", "bench.fields_eval", []),
    ("Fields on real pages nobody tuned for (tune / report)", "bench.realpages_eval", []),
    ("Fields on the CMS probe (frozen site templates, tune / report)", "bench.cms_probe", []),
    ("Dates on the independent date probe (generated pages, tune / report)", "bench.date_probe", []),
    ("Dates, date probe wave 3 (kinds waves 1-2 lack; tune / report)", "bench.date_probe3", []),
    ("Dates, date probe wave 4 (kinds waves 1-3 lack; tune / report)", "bench.date_probe4", []),
    ("Dates, probe wave 5 (kinds waves 1-4 lack; tune / report)", "bench.date_probe5", []),
    ("Dates, probe wave 6 (kinds waves 1-5 lack; tune / report)", "bench.date_probe6", []),
    ("Dates, probe wave 7 (kinds waves 1-6 lack; tune / report)", "bench.date_probe7", []),
    ("Dates, probe wave 8 (kinds waves 1-7 lack; tune / report)", "bench.date_probe8", []),
    ("Dates, probe wave 9 (kinds waves 1-8 lack; tune / report)", "bench.date_probe9", []),
    ("Dates, probe wave 10 (kinds waves 1-9 lack; tune / report)", "bench.date_probe10", []),
    ("Authors, credit probe wave 4 (tune / report)", "bench.credit_probe4", []),
    ("Authors, credit probe wave 5 (tune / report)", "bench.credit_probe5", []),
    ("Authors, credit probe wave 6 (tune / report)", "bench.credit_probe6", []),
    ("Authors, credit probe wave 7 (tune / report)", "bench.credit_probe7", []),
    ("Authors, credit probe wave 8 (tune / report)", "bench.credit_probe8", []),
    ("Authors, credit probe wave 9 (tune / report)", "bench.credit_probe9", ["--baselines"]),
    ("Authors, credit probe wave 10 (tune / report)", "bench.credit_probe10", ["--baselines"]),
    ("Authors, credit probe wave 11 (tune / report)", "bench.credit_probe11", ["--baselines"]),
    ("Titles on the date probe's pages (generated pages, tune / report)", "bench.title_probe", []),
    ("Titles, probe wave 3 (tune / report)", "bench.title_probe3", []),
    ("Titles, probe wave 4 (tune / report)", "bench.title_probe4", []),
    ("Titles, probe wave 5 (tune / report)", "bench.title_probe5", []),
    ("Titles, probe wave 6 (tune / report)", "bench.title_probe6", []),
    ("Titles, probe wave 7 (tune / report)", "bench.title_probe7", []),
    ("Titles, probe wave 8 (tune / report)", "bench.title_probe8", []),
    ("Titles, probe wave 9 (tune / report)", "bench.title_probe9", []),
    ("Titles, probe wave 10 (tune / report)", "bench.title_probe10", []),
    ("Page rebuild", "bench.normalize_bench", []),
    ("Crawl throughput", "bench.crawl_bench", ["--articles", "5000", "--repeats", "3"]),
    ("Adding a source", "bench.discover_bench", []),
    ("Ranking", "bench.ranking_eval", []),
    ("Indexing and search", "bench.index_bench", ["--articles", "60000"]),
    ("Search page", "bench.webui_bench", []),
    ("Search page under load", "bench.webui_load", []),
    ("Concurrency", "bench.concurrency_bench", []),
]

# Benchmarks too long for `make bench` (their own make target): their last figures, kept in
# bench/notes/<module>.md, are copied into the report without running them.
KEPT: list[tuple[str, str, str]] = [
    ("Scale: 300,000 articles", "bench.scale_bench", "make bench-scale"),
    ("Extraction of damaged pages", "bench.extract_fuzz", "python -m bench.extract_fuzz --cases 2000"),
]


def kept_section(title: str, module: str, target: str) -> str:
    """Return the section of a benchmark ``make bench`` does not run, from its notes file."""
    notes = NOTES / f"{module.rsplit('.', 1)[-1]}.md"
    body = notes.read_text(encoding="utf-8").strip() if notes.exists() else "_not measured yet._"
    return f"## {title}\n\n_Not run by `make bench`: `{target}` wrote these figures._\n\n{body}\n"


def with_heading(title: str, stdout: str) -> str:
    """A benchmark's output as a section of its own: under ``## title`` unless it starts one itself.

    ``bench.index_bench`` prints only sub-sections (``### Index: ...``); taken as a heading of its
    own, its figures had fallen under the section before it ("Ranking").
    """
    text = stdout.strip()
    return text if text.startswith("## ") else f"## {title}\n\n{text}"


def run_one(title: str, module: str, args: list[str], quick: bool) -> tuple[str, bool, float]:
    """Run one benchmark module; return its markdown, whether it met its targets, and its duration."""
    if quick:
        args = [a.replace("60000", "6000").replace("5000", "1000") for a in args]
    if not (REPO / (module.replace(".", "/") + ".py")).exists():
        return f"## {title}\n\n_not measured: {module} does not exist yet._\n", False, 0.0
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", module, *args], capture_output=True, text=True, cwd=REPO)
    seconds = time.monotonic() - started
    text = with_heading(title, result.stdout)
    notes = NOTES / f"{module.rsplit('.', 1)[-1]}.md"
    if notes.exists():  # the experiment log behind the figures, written by hand, survives every run
        text += "\n\n" + notes.read_text(encoding="utf-8").strip()
    if result.returncode != 0:
        tail = "\n".join(result.stderr.strip().splitlines()[-5:])
        text += f"\n\n_{module} exited with {result.returncode} (a target missed or an error)._"
        if tail:
            text += f"\n\n```\n{tail}\n```"
    return text + "\n", result.returncode == 0, seconds


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks and write the report."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=REPO / "BENCHMARKS.md")
    parser.add_argument("--only", help="comma-separated benchmark modules to run (e.g. bench.crawl_bench)")
    parser.add_argument("--quick", action="store_true", help="smaller corpora, for a fast check")
    args = parser.parse_args(argv)
    chosen = [b for b in BENCHMARKS if not args.only or b[1] in args.only.split(",")]
    sections, all_ok = [], True
    for title, module, bench_args in chosen:
        print(f"running {module} ...", file=sys.stderr, flush=True)
        text, ok, seconds = run_one(title, module, bench_args, args.quick)
        print(f"  {'ok' if ok else 'MISSED'} in {seconds:.0f} s", file=sys.stderr, flush=True)
        sections.append(text)
        all_ok = all_ok and ok
    sections += [kept_section(*k) for k in KEPT if not args.only or k[1] in args.only.split(",")]
    header = [
        "# Benchmarks",
        "",
        f"Written by `make bench` on {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC. Machine: {machine()}.",
        "Every figure is compared with a baseline measured in the same run on the same machine; the",
        "machines are shared, so the ratios matter more than the absolute rates.",
        "",
    ]
    args.output.write_text("\n".join(header) + "\n".join(sections), encoding="utf-8")
    print(f"wrote {args.output}", file=sys.stderr)
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
