"""Measure titles, publication dates, authors and body text on our hand-annotated development set.

Usage: ``python -m bench.fields_eval [--json] [--split tune] [--batch first] [--failures tune] [--data DIR]``.

``--split tune`` measures the tune pages only (while developing, no holdout
figure is printed at all); ``--batch first`` keeps the first batch (pages of
real sites), ``--batch second`` the 90 pages we made in 12 shared layouts.

The set is ``tests/data/fields_devset/devset.jsonl`` (see its README): 198
Chinese pages of many kinds, each with a hand-checked title, day of
publication and author names, split once by a hash of the path into *tune*
(rules were developed looking at these) and *holdout* (never looked at while
tuning). Figures are printed for each split separately; the holdout rows are
the ones that say how the rules generalise.

Extractors, same pages, same run:

* ours: :func:`crawler.extract.extract_article`;
* trafilatura: ``bare_extraction`` with metadata, as a user would call it;
* GNE (GeneralNewsExtractor, pip ``gne``), a GNE-style baseline, when installed;
* htmldate alone, for dates only (the date finder trafilatura uses).

Measures: date right (same day; a page without a date must give none),
author precision and recall (names pooled over the split; a name counts when
equal after whitespace removal), title right (equal after whitespace
removal), body character F1 (multiset of non-space characters) on the pages
that have a reference body. Targets, on the holdout split, for ours: dates
>= 0.90, author precision >= 0.95, recall >= 0.70, titles >= 0.95. Exits 1
when one is missed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from archive.errors import ExtractionError  # noqa: E402
from bench.util import day_of_match  # noqa: E402
from crawler.extract import extract_article  # noqa: E402
from tests.corpora import shared_data_dir  # noqa: E402

DEVSET = REPO / "tests" / "data" / "fields_devset"
TARGETS = {"date": 0.90, "author_precision": 0.95, "author_recall": 0.70, "title": 0.95}


@dataclass
class Page:
    """One annotated page."""

    path: str
    file: Path
    url: str
    title: str
    date: date | None
    authors: list[str]
    kind: str
    split: str
    body: str | None = None
    correspondents: list[str] | None = None  # annotated on the second batch only
    editors: list[str] | None = None  # annotated on some CMS probe sets only
    photographers: list[str] | None = None  # likewise
    batch: str = "first"  # "first": pages of real sites (and 11 of ours); "second": the 90 made pages
    fetched: datetime | None = None  # capture time, for pages printing relative dates (CMS probe)


@dataclass
class Got:
    """What an extractor returned for one page."""

    title: str = ""
    date: date | None = None
    authors: list[str] = field(default_factory=list)
    body: str = ""
    error: str = ""
    correspondents: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)


def data_dir(explicit: str | None = None) -> Path:
    """Return the shared data directory (argument, env, or ``<repo>/../shared/data``)."""
    return shared_data_dir(explicit)


def _reference_body(root: Path, path: str) -> str | None:
    """Return the reference body of a page, where the corpus or the devset has one."""
    if path.startswith("tests/data/fields_devset/pages/"):
        ref = DEVSET / "bodies" / (Path(path).stem + ".txt")
        return ref.read_text("utf-8") if ref.exists() else None
    if path.startswith("newspaper4k-zh/html/"):
        ref = root / "newspaper4k-zh" / "txt" / (Path(path).stem + ".txt")
        return ref.read_text("utf-8") if ref.exists() else None
    if path.startswith("readability-zh-testpages/"):
        import lxml.html

        ref = (root / path).parent / "expected.html"
        if ref.exists():
            return str(lxml.html.fromstring(ref.read_bytes().decode("utf-8")).text_content())
    return None


def load(root: Path) -> list[Page]:
    """Read the annotations (pages missing from disk are left out, with a note on stderr)."""
    pages = []
    for line in (DEVSET / "devset.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        path = row["path"]
        file = REPO / path if path.startswith("tests/") else root / path
        if not file.exists():
            print(f"skipping {path}: not found", file=sys.stderr)
            continue
        pages.append(
            Page(
                path=path,
                file=file,
                url=row.get("url", ""),
                title=row["title"],
                date=date.fromisoformat(row["date"]) if row.get("date") else None,
                authors=row["authors"],
                kind=row["kind"],
                split=row["split"],
                body=_reference_body(root, path),
                correspondents=row.get("correspondents"),
                batch="second" if "correspondents" in row else "first",
            )
        )
    return pages


def _bytes(page: Page) -> bytes:
    raw = page.file.read_bytes()
    return gzip.decompress(raw) if page.file.suffix == ".gz" else raw


def _iso_day(value: str | None) -> date | None:
    return day_of_match(re.match(r"(\d{4})-(\d{2})-(\d{2})", value or ""))


def ours(page: Page) -> Got:
    """Run our extractor."""
    try:
        item = extract_article(page.url or f"file://{page.file}", _bytes(page), fetched_at=page.fetched)
    except ExtractionError as exc:
        return Got(error=str(exc))
    day = item.published_at.date() if item.published_at else None
    return Got(
        item.title,
        day,
        list(item.authors),
        item.body,
        correspondents=list(item.correspondents),
        editors=list(item.editors),
        photographers=list(item.photographers),
    )


def plain_trafilatura(page: Page) -> Got:
    """Run trafilatura as a user would: raw bytes in, metadata on."""
    import trafilatura

    doc = trafilatura.bare_extraction(_bytes(page), url=page.url or None, with_metadata=True)
    if doc is None:
        return Got(error="no extraction")
    author = getattr(doc, "author", "") or ""
    names = [n.strip() for n in re.split(r"[;；,，、]", author) if n.strip()]
    text = getattr(doc, "text", "") or ""
    return Got(getattr(doc, "title", "") or "", _iso_day(getattr(doc, "date", None)), names, text)


def gne_baseline(page: Page) -> Got:
    """Run GeneralNewsExtractor on the decoded page (it takes text, not bytes)."""
    from gne import GeneralNewsExtractor

    from crawler.extract.decode import decode_html

    text = decode_html(_bytes(page), None, None).text
    try:
        result = GeneralNewsExtractor().extract(text)
    except Exception as exc:  # a third-party baseline: one page's failure is its score, not ours
        return Got(error=f"{type(exc).__name__}: {exc}")
    author = (result.get("author") or "").strip()
    names = [n for n in re.split(r"[\s、，,]+", author) if n]
    title, day = result.get("title") or "", _iso_day(result.get("publish_time"))
    return Got(title, day, names, result.get("content") or "")


def htmldate_only(page: Page) -> Got:
    """Ask htmldate alone for the date (original date, extensive search), for comparison."""
    from htmldate import find_date

    from crawler.extract.decode import decode_html

    text = decode_html(_bytes(page), None, None).text
    try:
        found = find_date(text, url=page.url or None, original_date=True)
    except Exception as exc:  # third-party heuristics
        return Got(error=str(exc))
    return Got(date=_iso_day(found))


def available() -> dict[str, Callable[[Page], Got]]:
    """Return the extractors that can run here (GNE only when installed)."""
    found: dict[str, Callable[[Page], Got]] = {"ours": ours, "trafilatura": plain_trafilatura}
    try:
        import gne  # noqa: F401
    except ImportError:
        print("GNE baseline skipped: pip install gne", file=sys.stderr)
    else:
        found["gne"] = gne_baseline
    found["htmldate (dates only)"] = htmldate_only
    return found


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# A closing editor line ("（责任编辑：张迪）") is a credit, not text: ours keeps it in the body by design
# (bylines are stored raw), the references and the baselines mostly do not.
_EDITOR_LINE = re.compile(r"(?m)^\s*[（(【\[]?\s*(?:责任编辑|责编)\s*[:：︱|][^\n]{0,30}$")


def without_editor_lines(text: str) -> str:
    """Drop closing editor lines, for a body F1 that compares text only."""
    return _EDITOR_LINE.sub("", text)


def char_f1(got: str, expected: str) -> float:
    """Character F1 over multisets of non-space characters."""
    pred, true = Counter(_squash(got)), Counter(_squash(expected))
    common = sum((pred & true).values())
    if not common:
        return 0.0
    precision, recall = common / sum(pred.values()), common / sum(true.values())
    return 2 * precision * recall / (precision + recall)


def evaluate(pages: list[Page], extractor: Callable[[Page], Got]) -> dict[str, Any]:
    """Score one extractor on some pages; return figures and per-page failures."""
    counts: Counter[str] = Counter()
    f1s: list[float] = []
    text_f1s: list[float] = []
    failures: list[str] = []
    started = time.perf_counter()
    for page in pages:
        got = extractor(page)
        counts["pages"] += 1
        if got.date == page.date:
            counts["date_ok"] += 1
        else:
            failures.append(f"{page.path}: date {got.date} != {page.date}")
        if _squash(got.title) == _squash(page.title):
            counts["title_ok"] += 1
        else:
            failures.append(f"{page.path}: title {got.title!r} != {page.title!r} {got.error}")
        expected = {_squash(a) for a in page.authors}
        predicted = {_squash(a) for a in got.authors if _squash(a)}
        counts["authors_expected"] += len(expected)
        counts["authors_predicted"] += len(predicted)
        counts["authors_right"] += len(expected & predicted)
        if expected != predicted:
            failures.append(f"{page.path}: authors {sorted(predicted)} != {sorted(expected)}")
        if page.body is not None:
            f1s.append(char_f1(got.body, page.body))
            text_f1s.append(char_f1(without_editor_lines(got.body), without_editor_lines(page.body)))
        for role, want_names, have_names in (
            ("corr", page.correspondents, got.correspondents),
            ("ed", page.editors, got.editors),
            ("ph", page.photographers, got.photographers),
        ):
            if want_names is not None:
                want = {_squash(a) for a in want_names}
                have = {_squash(a) for a in have_names if _squash(a)}
                counts[f"{role}_expected"] += len(want)
                counts[f"{role}_predicted"] += len(have)
                counts[f"{role}_right"] += len(want & have)
                if want != have and role != "corr":  # correspondents' misses stay unlisted, as before
                    failures.append(f"{page.path}: {role} {sorted(have)} != {sorted(want)}")
    pages_n = counts["pages"] or 1
    return {
        "pages": counts["pages"],
        "date": counts["date_ok"] / pages_n,
        "title": counts["title_ok"] / pages_n,
        "author_precision": (
            counts["authors_right"] / counts["authors_predicted"] if counts["authors_predicted"] else 1.0
        ),
        "author_recall": (
            counts["authors_right"] / counts["authors_expected"] if counts["authors_expected"] else 1.0
        ),
        "authors_predicted": counts["authors_predicted"],
        "authors_expected": counts["authors_expected"],
        "body_f1": sum(f1s) / len(f1s) if f1s else None,
        "body_pages": len(f1s),
        "text_f1": sum(text_f1s) / len(text_f1s) if text_f1s else None,
        "corr_precision": (
            counts["corr_right"] / counts["corr_predicted"] if counts["corr_predicted"] else 1.0
        ),
        "corr_recall": counts["corr_right"] / counts["corr_expected"] if counts["corr_expected"] else 1.0,
        "corr_predicted": counts["corr_predicted"],
        "corr_expected": counts["corr_expected"],
        "roles": {
            role: (counts[f"{role}_right"], counts[f"{role}_predicted"], counts[f"{role}_expected"])
            for role in ("corr", "ed", "ph")
        },
        "ms_per_page": 1000 * (time.perf_counter() - started) / pages_n,
        "failures": failures,
    }


def markdown(report: dict[str, dict[str, dict[str, Any]]]) -> str:
    """Render the figures as a markdown section."""
    lines = [
        "## Fields on the hand-annotated development set",
        "",
        "`python -m bench.fields_eval`: titles, days of publication, author names and body text of",
        "the pages in `tests/data/fields_devset/` (annotated by hand; see its README). The **holdout**",
        "rows are pages never looked at while the rules were tuned; the tune rows are the pages",
        "the rules were developed on. Targets for ours on holdout: dates >= 0.90, author precision",
        ">= 0.95, recall >= 0.70, titles >= 0.95. Body F1 is character F1 on the pages with a",
        'reference body (own pages, Readability and newspaper4k references); "text F1" is the same',
        "with closing editor lines (（责任编辑：X）) dropped on both sides, as ours keeps them in the body",
        "by design. Correspondents (通讯员/实习生) are scored on the second-batch pages, ours only.",
        "",
        "| split | extractor | pages | dates right | author precision | author recall "
        "| titles right | body char-F1 (pages) | text F1 | ms/page |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    notes: list[str] = []
    for split, per in report.items():
        label = "**holdout**" if split == "holdout" else split
        for who, fig in per.items():
            dates_only = who.startswith("htmldate")
            body = f"{fig['body_f1']:.3f} ({fig['body_pages']})" if fig["body_f1"] is not None else "–"
            text = f"{fig['text_f1']:.3f}" if fig["text_f1"] is not None else "–"
            cells = [
                f"{fig['date']:.3f}",
                "–" if dates_only else f"{fig['author_precision']:.3f} ({fig['authors_predicted']})",
                "–" if dates_only else f"{fig['author_recall']:.3f} (of {fig['authors_expected']})",
                "–" if dates_only else f"{fig['title']:.3f}",
                "–" if dates_only else body,
                "–" if dates_only else text,
                f"{fig['ms_per_page']:.0f}",
            ]
            lines.append(f"| {label} | {who} | {fig['pages']} | " + " | ".join(cells) + " |")
            if who == "ours" and fig["corr_expected"]:
                notes.append(
                    f"- {split}, ours, correspondents: precision {fig['corr_precision']:.3f} "
                    f"({fig['corr_predicted']}), recall {fig['corr_recall']:.3f} (of {fig['corr_expected']})"
                )
    return "\n".join([*lines, "", *notes])


def verdict(report: dict[str, dict[str, dict[str, Any]]]) -> list[str]:
    """List the holdout targets ours misses."""
    mine = report.get("holdout", {}).get("ours")
    if mine is None:
        return ["no holdout figures"]
    return [f"holdout {key} {mine[key]:.3f} < {bar}" for key, bar in TARGETS.items() if mine[key] < bar]


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print the table (or JSON)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print figures as JSON")
    parser.add_argument("--data", help="shared data directory")
    parser.add_argument("--only-ours", action="store_true", help="skip the baselines")
    parser.add_argument(
        "--split",
        choices=["tune", "holdout"],
        help="measure one split only (tune while developing: holdout figures are not printed at all)",
    )
    parser.add_argument(
        "--batch",
        choices=["first", "second"],
        help="first: the pages of real sites (first batch); second: the 90 made pages sharing 12 layouts",
    )
    parser.add_argument(
        "--failures",
        choices=["tune", "holdout"],
        help="list the failing pages of one split (tune while developing; holdout only to report)",
    )
    args = parser.parse_args(argv)
    root = data_dir(args.data)
    if not root.is_dir():
        print(f"## Fields on the hand-annotated development set\n\n_not measured: no {root}._")
        return 1
    pages = [p for p in load(root) if args.batch in (None, p.batch)]
    extractors = {"ours": ours} if args.only_ours else available()
    report: dict[str, dict[str, dict[str, Any]]] = {}
    for split in (args.split,) if args.split else ("tune", "holdout"):
        chosen = [p for p in pages if p.split == split]
        report[split] = {who: evaluate(chosen, run) for who, run in extractors.items()}
    problems = verdict(report) if "holdout" in report else []
    if args.json:
        print(json.dumps({"splits": report, "problems": problems}, ensure_ascii=False, indent=2, default=str))
    else:
        print(markdown(report))
        if args.failures and args.failures in report:
            for failure in report[args.failures]["ours"]["failures"]:
                print(f"- {failure}")
        for problem in problems:
            print(f"\nMISSED {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
