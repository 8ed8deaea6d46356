"""What the made-page probes share: halves by SHA-256 of the seed, the frozen truth file, the command line.

A probe draws ``per_kind`` seeds a kind from ``first`` on (``first + per_kind * kind + j``); within a
kind the half of lower SHA-256 (``<probe>:<seed>``) is *tune*, the others *report*, decided before
anything ran. ``<probe>_truth.json`` freezes each seed's split, kind, truth and page hash; ``--check``
says whether the pages still match it and ``--freeze`` writes it (once, at the wave's commit).

The date probes share more: their pages are drawn the same way (``date_page``) and scored by wave 1's
date extractors (``date_report``). Wave 3 (``bench/date_probe3.py``) predates this module and keeps
its own copies; its pages and output stay as they were.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC
from pathlib import Path
from typing import Any, Protocol, TypeVar

from bench.date_probe import (
    BEIJING,
    Ctx,
    Made,
    ProbePage,
    Score,
    draw_time,
    extractors,
    host,
    later,
    measure,
    pick_text,
)

P = TypeVar("P")
R = TypeVar("R")


class Page(Protocol):
    """What the frozen truth file keeps of a generated page."""

    @property
    def split(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def truth(self) -> Any: ...
    @property
    def html(self) -> bytes: ...


def hash_splits(probe: str, first: int, kinds: int, per_kind: int) -> dict[int, str]:
    """Each seed's half: within a kind, the ``per_kind // 2`` seeds of lower hash are tune."""

    def seed_hash(seed: int) -> str:
        return hashlib.sha256(f"{probe}:{seed}".encode()).hexdigest()

    out: dict[int, str] = {}
    for k in range(kinds):
        seeds = sorted(range(first + per_kind * k, first + per_kind * (k + 1)), key=seed_hash)
        for i, seed in enumerate(seeds):
            out[seed] = "tune" if i < per_kind // 2 else "report"
    return out


def frozen_rows(
    seeds: Iterable[int], make: Callable[[int], Page], truth: Callable[[Any], object] = str
) -> dict[str, list[object]]:
    """seed -> [split, kind, truth, sha256 of the page] as generated now."""
    rows: dict[str, list[object]] = {}
    for seed in seeds:
        p = make(seed)
        rows[str(seed)] = [p.split, p.kind, truth(p.truth), hashlib.sha256(p.html).hexdigest()]
    return rows


def probe_parser(
    description: str,
    *,
    formatter_class: type[argparse.HelpFormatter] = argparse.RawDescriptionHelpFormatter,
    only_ours: bool = True,
) -> argparse.ArgumentParser:
    """The probes' common options: ``--split``, ``--failures``, ``--only-ours``, ``--check``, ``--freeze``."""
    parser = argparse.ArgumentParser(description=description, formatter_class=formatter_class)
    parser.add_argument("--split", choices=("tune", "report", "both"), default="both")
    parser.add_argument("--failures", action="store_true", help="list our failures on the tune half")
    if only_ours:
        parser.add_argument("--only-ours", action="store_true")
    parser.add_argument("--check", action="store_true", help="compare the pages with the frozen truth file")
    parser.add_argument(
        "--freeze", action="store_true", help="write the frozen truth file (once, at the wave's commit)"
    )
    return parser


def before_run(
    args: argparse.Namespace,
    heading: str,
    texts: Path,
    frozen: Path,
    rows: Callable[[], Mapping[str, list[object]]],
    *,
    ensure_ascii: bool = True,
) -> int | None:
    """Handle a missing text file, ``--freeze`` and ``--check``: the exit code, or None to measure."""
    if not texts.exists():
        print(f"## {heading}\n\n_not measured: {texts} is missing._")
        return 0
    if args.freeze:
        frozen.write_text(
            json.dumps(rows(), ensure_ascii=ensure_ascii, indent=0, sort_keys=True) + "\n", encoding="utf-8"
        )
        return 0
    if args.check:
        same = json.loads(frozen.read_text(encoding="utf-8")) == rows()
        print(
            "pages and truth match the frozen file" if same else "pages or truth differ from the frozen file"
        )
        return 0 if same else 1
    return None


def with_baselines(
    ours: Callable[[P], R], baselines: Iterable[tuple[str, str, Callable[[P], R]]], only_ours: bool
) -> dict[str, Callable[[P], R]]:
    """Ours, then each baseline ``(name, module, fn)`` whose module imports (a missing one: on stderr)."""
    found: dict[str, Callable[[P], R]] = {"ours": ours}
    if only_ours:
        return found
    for name, module, fn in baselines:
        try:
            __import__(module)
        except ImportError:
            print(f"{name} baseline skipped: not installed", file=sys.stderr)
        else:
            found[name] = fn
    return found


def halves(args: argparse.Namespace) -> list[str]:
    """The halves to measure: only tune when listing failures."""
    if args.failures:
        return ["tune"]
    return ["tune", "report"] if args.split == "both" else [args.split]


class Right(Protocol):
    @property
    def right(self) -> int: ...
    @property
    def total(self) -> int: ...


def print_kinds(kinds: Iterable[str], table: Mapping[str, Mapping[str, Right]]) -> None:
    """The tune half by kind, one column an extractor (right/pages)."""
    if not table:
        return
    cols = list(table)
    print("\nTune half by kind (right/pages):\n")
    print("| kind | " + " | ".join(cols) + " |")
    print("|---|" + "---:|" * len(cols))
    for kind in kinds:
        print(
            f"| {kind} | " + " | ".join(f"{table[n][kind].right}/{table[n][kind].total}" for n in cols) + " |"
        )


# ---------------------------------------------------------------------------------------------
# Date probes


def date_page(seed: int, split: str, kind: str, build: Callable[[Ctx], Made]) -> ProbePage:
    """Draw one date-probe page as waves 1-3 do: times, a text of the half, the kind's page, then
    15% of pages lose their ``<title>`` and 15% get a site-only one."""
    rng = random.Random(seed * 7919 + 17)
    pub = draw_time(rng, 2003, 2021)
    crawl = later(pub, rng, 3, 2500).replace(second=0)
    c = Ctx(rng, split, pick_text(rng, split), pub, crawl)
    url, html, codec, truth = build(c)
    shape = rng.random()
    if shape < 0.15:
        html = re.sub(r"<title>.*?</title>", "", html, count=1)
    elif shape < 0.3:
        html = re.sub(r"<title>.*?</title>", f"<title>{host(c)} - 欢迎访问</title>", html, count=1)
    fetched = c.crawl.replace(tzinfo=BEIJING).astimezone(UTC)
    return ProbePage(
        seed, kind, split, url, html.encode(codec, "xmlcharrefreplace"), fetched, truth, c.text.title
    )


class DateWave:
    """A date-probe wave of made pages: its seeds, halves, pages and command line, from its kinds.

    ``per_kind`` seeds a kind from ``first`` on; halves by :func:`hash_splits` of ``<probe>:<seed>``;
    pages drawn by :func:`date_page` and scored by :func:`date_report`. Waves 3 and 4 predate it and
    keep their own copies (frozen generators).
    """

    def __init__(
        self,
        probe: str,
        heading: str,
        first: int,
        kinds: Mapping[str, Callable[[Ctx], Made]],
        frozen: Path,
        per_kind: int = 24,
    ) -> None:
        self.probe, self.heading, self.first, self.kinds, self.frozen = probe, heading, first, kinds, frozen
        self.per_kind = per_kind
        self.seeds = range(first, first + per_kind * len(kinds))
        self.splits = hash_splits(probe, first, len(kinds), per_kind)

    def make(self, seed: int) -> ProbePage:
        """Generate the page of one seed."""
        kind = list(self.kinds)[(seed - self.first) // self.per_kind]
        return date_page(seed, self.splits[seed], kind, self.kinds[kind])

    def pages(self, split: str) -> list[ProbePage]:
        return [self.make(s) for s in self.seeds if self.splits[s] == split]

    def main(self, argv: list[str] | None, doc: str, texts: Path, blurb: str) -> int:
        """Run the probe's command line (``--freeze``, ``--check``, ``--failures``, the tables)."""
        args = probe_parser(doc).parse_args(argv)
        done = before_run(args, self.heading, texts, self.frozen, lambda: frozen_rows(self.seeds, self.make))
        if done is not None:
            return done
        return date_report(args, self.heading, blurb, self.kinds, self.pages)


def date_report(
    args: argparse.Namespace,
    heading: str,
    blurb: str,
    kinds: Iterable[str],
    pages: Callable[[str], list[ProbePage]],
) -> int:
    """Score wave 1's date extractors on the chosen halves and print the tables (or our tune failures)."""
    lines = [
        "| split | extractor | pages | right | missed | wrong day | date on undated page | seconds |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    kinds_table: dict[str, dict[str, Score]] = {}
    for split in halves(args):
        ps = pages(split)
        for name, fn in extractors(args.only_ours or args.failures).items():
            started = time.monotonic()
            total, by_kind, bad = measure(ps, fn)
            lines.append(
                f"| {split} | {name} | {total.total} | {total.right / total.total:.3f} | {total.missed} | "
                f"{total.wrong} | {total.false} | {time.monotonic() - started:.1f} |"
            )
            if split == "tune":
                kinds_table.setdefault(name, {}).update(by_kind)
            if args.failures and name == "ours":
                for p, got, verdict in bad:
                    print(f"{p.seed} {p.kind:16s} {verdict:6s} truth={p.truth} got={got} {p.url}")
                print(Counter(v for _, _, v in bad))
    if args.failures:
        return 0
    print(f"## {heading}\n")
    print(blurb + "\n")
    print("\n".join(lines))
    print_kinds(kinds, kinds_table)
    return 0
