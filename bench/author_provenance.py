"""Tell which source gave each author the extractor returns, and how precise each source is.

``python -m bench.author_provenance [--split tune] [--unused] [--list]``

Author precision is pooled over sources of very unequal trust: a labelled
byline (``记者 X``, ``作者：X``), the ``author`` meta tag, JSON-LD persons,
a byline-classed element or a forum post header, a blog's header. To see
which of them brings the wrong names, this runs
:func:`crawler.extract.extract_article` with the source functions wrapped
(nothing in the extractor changes) and tags each returned author with the
source that produced it; a byline-zone name is also tagged with its zone
(header line, line above the text, first or last paragraphs) and the label
in front of it. ``--split tune`` scores the dev set's tune pages against
their annotations (the holdout split is refused: it is never looked at page
by page); ``--unused`` lists the shared pages no dev-set row uses, for
judging by hand. ``--holdout-counts`` prints, for the holdout split, only
how many returned authors each source gave and how many of them the
annotation lacks (per source and batch): no name, page or context.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import crawler.extract.article as extract  # noqa: E402
from archive.errors import ExtractionError  # noqa: E402
from bench.byline_pages import unused_pages  # noqa: E402
from bench.fields_eval import _bytes, load  # noqa: E402
from crawler.extract.people import find_people  # noqa: E402
from tests.corpora import shared_data_dir  # noqa: E402

_GENERIC_ZONES = ("header", "above", "first", "first", "first", "last", "last", "last")


def _zone_names(count: int) -> tuple[str, ...]:
    if count == len(_GENERIC_ZONES):
        return _GENERIC_ZONES
    return ("founder-first", *("founder-last",) * (count - 2), "founder-editor")


def _label_before(zone: str, name: str) -> str:
    at = zone.find(name)
    if at < 0:
        return "?"
    before = zone[max(at - 8, 0) : at]
    return before.replace("\n", "⏎")


@contextmanager
def traced(sources: dict[str, tuple[str, str]]) -> Iterator[None]:
    """Wrap the extractor's credit sources; ``sources`` maps each name returned to (source, context)."""
    saved: dict[str, Any] = {}

    def wrap(attr: str, tag: Callable[..., str]) -> None:
        original = getattr(extract, attr)
        saved[attr] = original

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            result = original(*args, **kwargs)
            names = result.authors if attr == "fill_credits" else result
            for name in names:
                sources.setdefault(name, (tag(name, args, kwargs), ""))
            if attr == "fill_credits":
                zones = args[1]
                for name in names:
                    for zone_name, zone in zip(_zone_names(len(zones)), zones, strict=False):
                        if name in find_people(zone).authors:
                            sources[name] = (f"zone:{zone_name}", _label_before(zone, name))
                            break
            return result

        setattr(extract, attr, wrapper)

    wrap("fill_credits", lambda n, a, k: "zone:joined")
    wrap("metadata_authors", lambda n, a, k: "meta-author" if k.get("shown", True) else "jsonld-person")
    wrap("hinted_byline_names", lambda n, a, k: "post-header" if k.get("post_header") else "byline-class")
    wrap("blog_owner", lambda n, a, k: "blog-owner")
    try:
        yield
    finally:
        for attr, original in saved.items():
            setattr(extract, attr, original)


def provenance(url: str, body: bytes) -> list[tuple[str, str, str]]:
    """Return ``(name, source, context)`` for each author of one page."""
    sources: dict[str, tuple[str, str]] = {}
    with traced(sources):
        try:
            item = extract.extract_article(url, body)
        except ExtractionError:
            return []
    return [(name, *sources.get(name, ("unknown", ""))) for name in item.authors]


@contextmanager
def every_source(found: dict[str, list[str]]) -> Iterator[None]:
    """Run every source on the page, not only until one gives names; ``found`` maps source -> names."""
    saved: dict[str, Any] = {}

    def wrap(attr: str, tag: Callable[[dict[str, Any]], str]) -> None:
        original = getattr(extract, attr)
        saved[attr] = original

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            result = original(*args, **kwargs)
            if attr == "fill_credits":
                found.setdefault("zones", []).extend(args[0].authors)
                args[0].authors = []  # so that every later source runs too
                return result
            found.setdefault(tag(kwargs), []).extend(result)
            return []

        setattr(extract, attr, wrapper)

    wrap("fill_credits", lambda k: "zones")
    wrap("metadata_authors", lambda k: "meta-author" if k.get("shown", True) else "jsonld-person")
    wrap("hinted_byline_names", lambda k: "post-header" if k.get("post_header") else "byline-class")
    wrap("blog_owner", lambda k: "blog-owner")
    try:
        yield
    finally:
        for attr, original in saved.items():
            setattr(extract, attr, original)


def every_source_tally(pages: list[Any], show: bool) -> dict[str, list[int]]:
    """Score each source alone on the pages (as if it were the only one): [right, wrong] per source."""
    tally: dict[str, list[int]] = {}
    for page in pages:
        expected = {re.sub(r"\s", "", n) for n in page.authors}
        found: dict[str, list[str]] = {}
        with every_source(found):
            try:
                extract.extract_article(page.url or f"file://{page.file}", _bytes(page))
            except ExtractionError:
                continue
        for source, names in found.items():
            for name in dict.fromkeys(names):
                right = re.sub(r"\s", "", name) in expected
                tally.setdefault(source, [0, 0])[0 if right else 1] += 1
                if show:
                    mark = "y" if right else "n"
                    print(f"{mark}\t{source}\t{name}\t{page.batch}\t{page.path}\t{page.authors}")
    return tally


def holdout_counts(pages: list[Any]) -> list[str]:
    """Per source and batch of the holdout: authors returned and how many the annotation lacks.

    Aggregates only: the holdout is never read page by page, so no name, path or context is kept.
    """
    tally: dict[tuple[str, str], list[int]] = {}
    for page in pages:
        if page.split != "holdout":
            continue
        expected = {re.sub(r"\s", "", n) for n in page.authors}
        for name, source, _context in provenance(page.url or f"file://{page.file}", _bytes(page)):
            wrong = re.sub(r"\s", "", name) not in expected
            row = tally.setdefault((source, page.batch), [0, 0])
            row[0] += 1
            row[1] += int(wrong)
    lines = ["| source | batch | returned | not in the truth |", "|---|---|---:|---:|"]
    for (source, batch), (returned, wrong) in sorted(tally.items()):
        lines.append(f"| {source} | {batch} | {returned} | {wrong} |")
    total = [sum(v[i] for v in tally.values()) for i in (0, 1)]
    lines.append(f"| all | all | {total[0]} | {total[1]} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Print each author with its source; with ``--split tune``, precision per source."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--split", choices=("tune",), help="score the dev set's tune pages")
    parser.add_argument("--unused", action="store_true", help="list the shared pages no dev-set row uses")
    parser.add_argument("--list", action="store_true", help="print every name with its source")
    parser.add_argument("--data", help="shared data directory")
    parser.add_argument("--every-source", action="store_true", help="score each source alone (tune)")
    parser.add_argument(
        "--holdout-counts",
        action="store_true",
        help="holdout: per source, authors returned and wrong (counts only)",
    )
    args = parser.parse_args(argv)
    root = Path(args.data) if args.data else shared_data_dir()
    tally: dict[str, list[int]] = {}
    if args.split:
        for page in load(root):
            if page.split != args.split:
                continue
            expected = {re.sub(r"\s", "", n) for n in page.authors}
            for name, source, context in provenance(page.url or f"file://{page.file}", _bytes(page)):
                right = re.sub(r"\s", "", name) in expected
                tally.setdefault(source, [0, 0])[0 if right else 1] += 1
                if args.list or not right:
                    mark = "y" if right else "n"
                    print(f"{mark}\t{source}\t{name}\t{page.batch}\t{page.path}\t{context}")
        for source, (right, wrong) in sorted(tally.items()):
            print(f"# {source}: precision {right / (right + wrong):.3f} ({right} right, {wrong} wrong)")
    if args.split and args.every_source:
        chosen = [p for p in load(root) if p.split == args.split and p.batch == "first"]
        for source, (right, wrong) in sorted(every_source_tally(chosen, args.list).items()):
            share = right / (right + wrong)
            print(f"# alone, first batch: {source}: precision {share:.3f} ({right} right, {wrong} wrong)")
    if args.holdout_counts:
        for line in holdout_counts(list(load(root))):
            print(line)
    if args.unused:
        for path, body, url in unused_pages(root, english=False):
            for name, source, context in provenance(url, body):
                print(f"?\t{source}\t{name}\t{path}\t{context}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
