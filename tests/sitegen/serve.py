"""Serve a generated site from a subprocess on 127.0.0.1, and compare stored text with ground truth."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from crawler.sample_site.server import spawn

from .build import SiteManifest, build_site

REPO = Path(__file__).resolve().parent.parent.parent
_MOJIBAKE = re.compile(r"[\u00c0-\u00ff]{2}")


@contextmanager
def serve_site(root: Path, log: Path | None = None, port: int = 0) -> Iterator[str]:
    """Serve ``root`` with ``crawler.sample_site.server`` (honours ``_headers.json``); yield the base URL.

    With ``log``, the server appends one ``GET /path`` line per request it answers.
    """
    extra = ["--log", str(log)] if log else []
    proc, url = spawn(
        "crawler.sample_site.server", "--root", str(root), "--port", str(port), *extra, cwd=REPO
    )
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


@contextmanager
def serve_listing_site(root: Path, n_articles: int, seed: int) -> Iterator[tuple[SiteManifest, str]]:
    """Build an e-paper site of ``n_articles`` good articles (no PDFs, sitemaps or feeds) and serve it."""
    manifest = build_site(
        root, n_articles=n_articles, with_pdfs=False, with_sitemap=False, with_feed=False, seed=seed
    )
    with serve_site(root) as url:
        yield manifest, url


def squash(text: str) -> str:
    """Return ``text`` NFKC-folded without whitespace: what survives any reasonable clean-up."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def body_sample(paragraphs: list[str], size: int = 24) -> str:
    """Return a window from the middle of the longest clean stretch of the body.

    Clear of datelines and bylines (which normalising moves out of the body)
    and of the Sogou corpus's garbled ``?`` spots (which it may repair).
    """
    stretches = re.split(r"[?？]", squash("".join(paragraphs)))
    longest = max(stretches, key=len)
    start = max(0, len(longest) // 2 - size // 2)
    return longest[start : start + size]


def looks_mojibake(text: str) -> bool:
    """Tell whether ``text`` shows the Latin-1 letter runs that GBK read as cp1252 produces."""
    return bool(_MOJIBAKE.search(text))
