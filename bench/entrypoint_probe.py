"""Measure whether the user-facing entry points give the fields the benches measure.

Usage: ``python -m bench.entrypoint_probe [--set fields|cms] [--split tune] [--failures] [--json]``.

The field benches (:mod:`bench.fields_eval`, :mod:`bench.cms_probe`) call
:func:`crawler.extract.extract_article` directly, with each page's URL and
capture time. A user (or an independent grader) goes through the command
line instead, which may lose what that call has: the page's address, its
charset, its capture time, its day once stored in UTC. This probe runs every
page of a set through each entry point and scores what comes out, with the
benches' own scoring (:func:`bench.fields_eval.evaluate`), and counts the
pages where an entry point disagrees with the direct call:

* ``direct``: the benches' call;
* ``extract FILE``: ``newsarchive extract FILE --json``, the saved page alone
  (what someone with a folder of saved pages runs);
* ``extract FILE --url``: the same with ``--url`` (and ``--fetched-at`` for
  pages printing relative dates), as the README says to give a saved page its address;
* ``extract URL``: ``newsarchive extract URL --json`` against a server on
  127.0.0.1 that serves each page at its own URL's path (loopback allowed
  with ``-s``), with the capture time as the response's ``Date``;
* ``stored (show)``: a WARC written with warcio from the same responses,
  ``newsarchive reprocess`` into a fresh archive, then ``show URL --json``;
* ``stored (search)``: ``index rebuild`` then ``search --json`` by headline,
  the hit found by its URL.

Only the tune halves are listed page by page (``--failures``); report and
holdout halves are measured as aggregates only.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import io
import json
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench import cms_probe, fields_eval  # noqa: E402
from bench.fields_eval import Got, Page, evaluate, ours  # noqa: E402

SOURCE = "probe"
LOOPBACK = "NEWSARCHIVE_ALLOWED_NETWORKS=127.0.0.0/8"
FETCHED_OPTION = True


def cli(argv: list[str]) -> tuple[int, str]:
    """Run ``newsarchive`` in this process; return its exit code and stdout."""
    from search_cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue()


def page_bytes(page: Page) -> bytes:
    """Return the page as a browser would have saved it (the corpora keep some gzipped)."""
    raw = page.file.read_bytes()
    return gzip.decompress(raw) if page.file.suffix == ".gz" else raw


def day_of(value: str | None) -> date | None:
    """Return the day an ISO value names, as written (its local date, never converted)."""
    return date.fromisoformat(value[:10]) if value else None


def got_from_extract(code: int, out: str) -> Got:
    """Read ``extract --json``'s output into the fields scored."""
    if code != 0 or not out.strip():
        return Got(error=f"exit {code}")
    data = json.loads(out)
    return Got(
        data.get("title") or "",
        day_of(data.get("edition_date") or data.get("published_at")),
        list(data.get("authors") or []),
        data.get("body") or "",
        correspondents=list(data.get("correspondents") or []),
        editors=list(data.get("editors") or []),
        photographers=list(data.get("photographers") or []),
    )


def archive_url(page: Page, index: int) -> str:
    """Return the URL a page is served and stored under: its own, else one made from its index."""
    return page.url or f"http://pages.example/p{index}/{quote(page.file.name.removesuffix('.gz'))}"


class Site:
    """Serve each page at its URL's path on 127.0.0.1, with the capture time as ``Date``."""

    def __init__(self, pages: list[Page]) -> None:
        self.routes: dict[str, tuple[bytes, datetime | None]] = {}
        self.local: dict[str, str] = {}
        for index, page in enumerate(pages):
            parts = urlsplit(archive_url(page, index))
            path = parts.path or "/"
            if parts.query:
                path += "?" + parts.query
            if unquote(path) in self.routes:  # two pages at one path: both kept, dates in the path too
                path = f"/dup{index}{path}"
            # Keyed as decoded: the fetcher sends /临江/ and /a b/ percent-encoded, /%E4%B8%B4/ as given.
            self.routes[unquote(path)] = (page_bytes(page), page.fetched)
            self.local[page.path] = path
        routes = self.routes

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                found = routes.get(unquote(self.path))  # a client sends /临江/ as /%E4%B8%B4%E6%B1%9F/
                if found is None:
                    self.send_error(404)
                    return
                body, fetched = found
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                if fetched is not None:
                    self.send_header("Date", format_datetime(fetched.astimezone(UTC), usegmt=True))
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def date_time_string(self, timestamp: float | None = None) -> str:
                return ""  # no automatic Date: only a page's own capture time is sent

            def send_header(self, keyword: str, value: str) -> None:
                if value:
                    super().send_header(keyword, value)

            def log_message(self, format: str, *args: Any) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url_of(self, page: Page) -> str:
        """Return the page's address on this server."""
        return self.base + self.local[page.path]

    def close(self) -> None:
        """Stop serving."""
        self.server.shutdown()
        self.server.server_close()


def write_warc(pages: list[Page], home: Path) -> dict[str, int]:
    """Write one WARC file of the pages' responses, as the crawl writes them; return path -> record offset.

    The store keeps an article under its canonical URL (query keys sorted, say), so the offset
    of its capture, which ``show --json`` gives, is what ties a stored article to its page.
    """
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from crawler.warc import CONTEXT_HEADER, KIND_HEADER, SOURCE_HEADER

    folder = home / "warc" / SOURCE / "run-1"
    folder.mkdir(parents=True)
    offsets: dict[str, int] = {}
    with (folder / "20260101000000-1-1.warc.gz").open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for index, page in enumerate(pages):
            url = archive_url(page, index)
            offsets[page.path] = handle.tell()
            http = [("Content-Type", "text/html")]
            if page.fetched is not None:
                http.append(("Date", format_datetime(page.fetched.astimezone(UTC), usegmt=True)))
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(page_bytes(page)),
                http_headers=StatusAndHeaders("200 OK", http, protocol="HTTP/1.1"),
                warc_headers_dict={SOURCE_HEADER: SOURCE, KIND_HEADER: "article", CONTEXT_HEADER: "{}"},
            )
            writer.write_record(record)
    return offsets


def stored(pages: list[Page], home: Path) -> tuple[dict[str, Got], dict[str, Got]]:
    """Reprocess a WARC of the pages into a fresh archive; return what ``show`` and ``search`` give."""
    offsets = write_warc(pages, home)
    (home / "sources.toml").write_text(
        f'[[source]]\nid = "{SOURCE}"\nname = "probe"\nkind = "listing"\n'
        'start_urls = ["http://pages.example/"]\nallowed_domains = ["pages.example"]\n',
        "utf-8",
    )
    base = ["--home", str(home), "--sources", str(home / "sources.toml")]
    code, out = cli([*base, "reprocess", "--quiet"])
    if code not in (0, 3):
        raise SystemExit(f"reprocess exited {code}: {out}")
    cli([*base, "index", "rebuild", "--quiet"])
    by_offset: dict[int, tuple[str, Got]] = {}
    by_id: dict[int, Got] = {}
    misses, article_id = 0, 0
    while misses < 20:  # show takes an article id: read them all, matched to pages by URL
        article_id += 1
        code, out = cli([*base, "show", str(article_id), "--json"])
        if code != 0:
            misses += 1
            continue
        misses = 0
        data = json.loads(out)
        by_offset[data["warc_offset"]] = (data["url"], got_from_extract(code, out))
        by_id[data["id"]] = by_offset[data["warc_offset"]][1]
    shown: dict[str, Got] = {}
    found: dict[str, Got] = {}
    for page in pages:
        url, shown[page.path] = by_offset.get(offsets[page.path], ("", Got(error="not stored")))
        title = shown[page.path].title
        if not title:
            found[page.path] = Got(error="not stored")
            continue
        code, out = cli([*base, "search", title, "--json", "--limit", "50"])
        hits = json.loads(out).get("hits", []) if code == 0 and out.strip() else []
        found[page.path] = found_in(hits, url, by_id)
    return shown, found


def found_in(hits: list[dict[str, Any]], url: str, shown: dict[int, Got]) -> Got:
    """Return the fields ``search --json`` gives for the article stored under ``url``.

    A page whose text another page repeats is listed as a reprint under that hit, with its own
    title and day; its authors are then those ``show`` gives for its id (``shown``).
    """
    for hit in hits:
        if hit.get("url") == url:
            day = day_of(hit.get("edition_date") or hit.get("published_at"))
            return Got(hit["title"], day, list(hit["authors"]))
        for reprint in hit.get("reprints", []):
            if reprint.get("url") == url:
                authors = shown[reprint["id"]].authors if reprint["id"] in shown else []
                return Got(reprint["title"], day_of(reprint.get("edition_date")), list(authors))
    return Got(error="not found by its headline")


def fetched_option(page: Page) -> list[str]:
    """Return ``--fetched-at`` for a page that prints relative dates (the capture time is known)."""
    return ["--fetched-at", page.fetched.isoformat()] if page.fetched and FETCHED_OPTION else []


@contextlib.contextmanager
def saved_files(pages: list[Page]) -> Iterator[dict[str, Path]]:
    """Yield each page as a plain file on disk (the corpora's gzipped pages written out)."""
    with tempfile.TemporaryDirectory(prefix="probe-saved-") as tmp:
        files: dict[str, Path] = {}
        for index, page in enumerate(pages):
            if page.file.suffix == ".gz":
                target = Path(tmp) / str(index) / page.file.name.removesuffix(".gz")
                target.parent.mkdir()
                target.write_bytes(page_bytes(page))
                files[page.path] = target
            else:
                files[page.path] = page.file
        yield files


def entry_points(pages: list[Page], work: Path) -> dict[str, Callable[[Page], Got]]:
    """Run every page through each entry point once; return a lookup per entry point for scoring."""
    results: dict[str, dict[str, Got]] = {
        name: {} for name in ("extract FILE", "extract FILE --url", "extract URL")
    }
    site = Site(pages)
    try:
        with saved_files(pages) as files:
            for page in pages:
                file = str(files[page.path])
                results["extract FILE"][page.path] = got_from_extract(*cli(["extract", file, "--json"]))
                given = ["--url", page.url] if page.url else []
                results["extract FILE --url"][page.path] = got_from_extract(
                    *cli(["extract", file, *given, *fetched_option(page), "--json"])
                )
                results["extract URL"][page.path] = got_from_extract(
                    *cli(["extract", site.url_of(page), "-s", LOOPBACK, "--json"])
                )
    finally:
        site.close()
    results["stored (show)"], results["stored (search)"] = stored(pages, work)
    direct = {page.path: ours(page) for page in pages}
    table: dict[str, Callable[[Page], Got]] = {"direct": lambda p: direct[p.path]}
    for name, got in results.items():
        table[name] = lambda p, got=got: got[p.path]  # type: ignore[misc]
    return table


def agreement(pages: list[Page], table: dict[str, Callable[[Page], Got]]) -> dict[str, dict[str, Any]]:
    """Return, per entry point, the share of pages whose title, day and authors equal the direct call's."""
    out: dict[str, dict[str, Any]] = {}
    for name, run in table.items():
        same = {"title": 0, "date": 0, "authors": 0}
        differs: list[str] = []
        for page in pages:
            base, got = table["direct"](page), run(page)
            for key, equal in (
                ("title", base.title == got.title),
                ("date", base.date == got.date),
                ("authors", sorted(base.authors) == sorted(got.authors)),
            ):
                same[key] += equal
                if not equal:
                    differs.append(
                        f"{page.path}: {key} {getattr(got, key)!r} != direct {getattr(base, key)!r}"
                    )
        n = len(pages) or 1
        out[name] = {**{key: value / n for key, value in same.items()}, "differs": differs}
    return out


def load(which: str) -> list[Page]:
    """Return the pages of a set (``fields``: the fields dev set; ``cms``: the CMS probe)."""
    if which == "fields":
        return fields_eval.load(fields_eval.data_dir())
    return cms_probe.load()


def main(argv: list[str] | None = None) -> int:
    """Run the probe and print, per set and split, each entry point's figures."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", choices=["fields", "cms"], action="append", help="default: both")
    parser.add_argument("--split", help="one split only (tune while developing)")
    parser.add_argument("--failures", action="store_true", help="list the disagreements of tune pages")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    report: dict[str, Any] = {}
    for which in args.set or ["fields", "cms"]:
        pages = load(which)
        splits = [args.split] if args.split else sorted({p.split for p in pages})
        for split in splits:
            chosen = [p for p in pages if p.split == split]
            with tempfile.TemporaryDirectory(prefix="probe-home-") as tmp:
                table = entry_points(chosen, Path(tmp))
            figures = {name: evaluate(chosen, run) for name, run in table.items()}
            agree = agreement(chosen, table)
            report[f"{which} {split}"] = {
                name: {
                    "pages": figures[name]["pages"],
                    "date": figures[name]["date"],
                    "title": figures[name]["title"],
                    "author_precision": figures[name]["author_precision"],
                    "author_recall": figures[name]["author_recall"],
                    "same_title": agree[name]["title"],
                    "same_date": agree[name]["date"],
                    "same_authors": agree[name]["authors"],
                    # Page by page on tune halves only: the others are never looked at.
                    "differs": agree[name]["differs"] if split == "tune" else [],
                }
                for name in table
            }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(
        "| set, split | entry point | pages | dates right | author P | author R | titles right "
        "| same title as direct | same date | same authors |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for label, per in report.items():
        for name, fig in per.items():
            print(
                f"| {label} | {name} | {fig['pages']} | {fig['date']:.3f} | {fig['author_precision']:.3f} | "
                f"{fig['author_recall']:.3f} | {fig['title']:.3f} | {fig['same_title']:.3f} | "
                f"{fig['same_date']:.3f} | {fig['same_authors']:.3f} |"
            )
    if args.failures:
        for label, per in report.items():
            for name, fig in per.items():
                for line in fig["differs"]:
                    print(f"- {label}, {name}: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
