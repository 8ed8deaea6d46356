"""List the credits the whole extractor returns on shared pages the dev set does not use, for judging by hand.

``python -m bench.byline_pages [--english] [--judged FILE]``

:mod:`bench.byline_zones` reads byline text only; the junk the dev set's
holdout shows also comes from the rest of a page (attribute words, URL
parts, sharing labels, forum credits in headers and footers). These pages
of the shared corpora are no dev-set row: GNE's list and forum pages, the
list, search, shop, microblog and live-stream pages of
``zh-pages-unlabelled``, readability's expected outputs, trafilatura's
Baidu Baike and lyrics pages, a Founder node page; ``--english`` adds the
181 English pages of the Zyte benchmark (a page we do not target, so any
Chinese-rule junk on it shows). Each page goes through
:func:`crawler.extract.extract_article` as the crawler would run it, and
every author, correspondent, editor and photographer is printed with the
visible text around it. A judged list (``role<TAB>name<TAB>y|n``, as
:mod:`bench.byline_zones` reads) turns the output into precision per role.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from archive.errors import ExtractionError  # noqa: E402
from bench.byline_zones import judge, load_judged, print_tally  # noqa: E402
from crawler.extract import extract_article  # noqa: E402
from tests.corpora import shared_data_dir  # noqa: E402

CORPORA = (
    "gne-testpages",
    "zh-pages-unlabelled",
    "readability-zh-testpages",
    "trafilatura-eval-zh",
    "newspaper4k-zh",
    "epaper-founder-samples",
)
_TAGS = re.compile(r"(?s)<script.*?</script>|<style.*?</style>|<!--.*?-->|<[^>]+>")


def unused_pages(root: Path, *, english: bool) -> list[tuple[str, bytes, str]]:
    """Return ``(path, bytes, url)`` of the shared pages no dev-set row uses, in path order."""
    devset = REPO / "tests" / "data" / "fields_devset" / "devset.jsonl"
    used = {json.loads(line)["path"] for line in devset.read_text("utf-8").splitlines() if line.strip()}
    pages: list[tuple[str, bytes, str]] = []
    for corpus in CORPORA:
        for file in sorted((root / corpus).rglob("*")):
            path = file.relative_to(root).as_posix()
            if file.suffix in (".html", ".htm") and path not in used:
                pages.append((path, file.read_bytes(), f"http://example.com/{path}"))
    if english:
        bench = root / "article-extraction-benchmark-en"
        truth = json.loads((bench / "ground-truth.json").read_text("utf-8"))
        for file in sorted((bench / "html").glob("*.html.gz")):
            key = file.name.removesuffix(".html.gz")
            url = truth.get(key, {}).get("url") or f"http://example.com/{key}"
            pages.append((f"en/{key[:12]}", gzip.decompress(file.read_bytes()), url))
    return pages


def main(argv: list[str] | None = None) -> int:
    """Print every credited name with its verdict, then precision per role."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--english", action="store_true", help="add the 181 English benchmark pages")
    parser.add_argument("--judged", type=Path, help="judged names, role<TAB>name<TAB>y|n per line")
    parser.add_argument("--data", help="shared data directory")
    args = parser.parse_args(argv)
    root = Path(args.data) if args.data else shared_data_dir()
    judged = load_judged(args.judged)
    tally: dict[str, list[int]] = {}
    pages = unused_pages(root, english=args.english)
    articles = 0
    for path, body, url in pages:
        try:
            item = extract_article(url, body)
        except ExtractionError:
            continue
        articles += 1
        text = " ".join(_TAGS.sub(" ", body.decode("utf-8", "replace")).split())
        for role, names in (
            ("author", item.authors),
            ("correspondent", item.correspondents),
            ("editor", item.editors),
            ("photographer", item.photographers),
        ):
            for name in names:
                at = text.find(name)
                context = text[max(at - 30, 0) : at + len(name) + 20] if at >= 0 else "(not in the text)"
                verdict = judged.get((role, name))
                print(f"{judge(tally, role, verdict)}\t{role}\t{name}\t{path}\t{context}")
    print(f"# {len(pages)} pages, {articles} taken as articles")
    print_tally(tally)
    return 0


if __name__ == "__main__":
    sys.exit(main())
