"""``newsarchive normalize FILE``: show the articles rebuilt from a page's text or PDF.

Archivists run it on a new paper's pages before scheduling the paper, to see
whether datelines, bylines and headlines come out right.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
from pathlib import Path

from crawler.normalize import RebuiltArticle, rebuild_page
from crawler.normalize.pdf import rebuild_pdf
from search_cli import exitcodes
from search_cli.errors import CliError
from search_cli.options import read_input

_JSON_FIELDS = (
    "title",
    "subtitle",
    "dateline",
    "paper",
    "place",
    "reporters",
    "photographers",
    "subheads",
    "paragraphs",
)


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add the ``normalize`` subcommand."""
    p = subparsers.add_parser(
        "normalize",
        parents=[common],
        help="rebuild the articles of a page (text file or PDF)",
        description="Rebuild the articles of one newspaper page from its text or its e-paper PDF "
        "and print them: headline, dateline, people, then paragraphs.",
    )
    p.add_argument("file", metavar="FILE", help="a UTF-8 text file or a page PDF (- for stdin)")
    p.set_defaults(func=run)


# A printed page holds 5,000-20,000 characters, a whole edition some 200,000. Matching
# headlines to articles grows with their product: a 5 MB file ran for minutes in 3.5 GB.
MAX_CHARACTERS = 200_000
_HTML = re.compile(r"\ufeff?\s*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE)


def _read(path: Path) -> list[RebuiltArticle]:
    data = read_input(str(path))  # "-": stdin
    if data.startswith(b"%PDF") or path.suffix.lower() == ".pdf":
        return rebuild_pdf(data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        hint = (
            "; if it is GBK: iconv -f gb18030 -t utf-8"
            if not data.startswith((b"\xff\xfe", b"\xfe\xff"))
            else ""
        )
        raise CliError(
            f"cannot read {path}: not UTF-8 text ({exc.reason} at byte {exc.start}){hint}"
        ) from exc
    if _HTML.match(text):  # a saved web page: its markup read as print would be one junk article
        raise CliError(f"{path} is an HTML page, not a page's text: newsarchive extract {path} reads it")
    if len(text) > MAX_CHARACTERS:
        raise CliError(
            f"{path} holds {len(text):,} characters, more than one page's text "
            f"(at most {MAX_CHARACTERS:,}): split it into pages"
        )
    return rebuild_page(text)


def _human(article: RebuiltArticle) -> str:
    lines = []
    if article.lead_title:
        lines.append(article.lead_title)
    lines.append(f"# {article.title or '(no headline found)'}")
    if article.subtitle:
        lines.append(f"## {article.subtitle}")
    if article.dateline:
        lines.append(
            f"dateline: {article.dateline} (paper: {article.paper or '-'}, place: {article.place or '-'})"
        )
    # The labels, order and 、 of ``extract``: a page's reporters are the archive's ``authors`` (what
    # ``author:`` searches), and one paper checked with both commands should read the same.
    for label, people in (
        ("authors", article.reporters),
        ("editors", article.editors),
        ("correspondents", article.correspondents),
        ("photographers", article.photographers),
    ):
        if people:
            lines.append(f"{label}: {'、'.join(people)}")
    lines.append("")
    subheads = set(article.subheads)
    lines.extend(f"【{p}】" if p in subheads else p for p in article.paragraphs)
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Print the rebuilt articles of ``args.file``; NO_RESULTS when the page holds none."""
    articles = _read(Path(args.file))
    if args.json:
        payload = {"articles": [{k: dataclasses.asdict(a)[k] for k in _JSON_FIELDS} for a in articles]}
        print(json.dumps(payload, ensure_ascii=False, indent=1))
    elif articles:
        print("\n\n".join(_human(a) for a in articles))
    else:  # an empty page printed a blank line, as if something had been found and lost
        print(f"no article found in {args.file}")
    return exitcodes.OK if articles else exitcodes.NO_RESULTS
