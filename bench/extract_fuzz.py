"""Seeded mutation fuzzing of page extraction: no escape, no mojibake stored, bounded CPU per page.

Real pages are damaged the ways servers and disks damage them (cut short, bytes
flipped, NULs, contradictory charsets in header, meta and BOM, UTF-16, 5 MB of
text, 10,000 levels of nesting, empty bodies, an image or PDF served as
text/html, text that is all U+FFFD) and fed to ``extract_article``. A case
fails when

* an exception other than the extractor's own ``ExtractionError`` escapes;
* the stored title or body holds NUL, control characters or U+FFFD, or
  characters the undamaged page never had (mojibake: ``â€”``, ``濂栭噾``,
  ``锟斤拷``, Cyrillic for Chinese), beyond what the flipped bytes themselves
  explain;

and each case's CPU time (``time.process_time``, not the wall clock: the
machines are shared) is reported, the slowest named. ``tests/test_extract_mutations.py``
runs 200 cases of the same harness on the pages in ``tests/data/pages``.

    python -m bench.extract_fuzz --cases 2000 --seed 1
"""

from __future__ import annotations

import argparse
import gzip
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from archive.errors import ExtractionError
from crawler.extract import decode_html, extract_article

Mutation = Callable[[random.Random, bytes], tuple[bytes, int]]  # -> (body, bytes it may garble)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_HEADERS = (
    None,
    "text/html",
    "text/html; charset=utf-8",
    "text/html; charset=gbk",
    "text/html; charset=iso-8859-1",
    "text/html; charset=utf-16",
    "text/html; charset=big5",
    "text/html; charset=no-such-codec",
)
_TEXT = "洮北区脱贫攻坚工作取得新进展，全区贫困人口全部脱贫，群众生活明显改善。"


def truncate(rng: random.Random, raw: bytes) -> tuple[bytes, int]:
    """Cut the page anywhere (a size cap, a dropped connection), mid-character too."""
    return raw[: rng.randrange(len(raw) + 1)], 1


def flip(rng: random.Random, raw: bytes) -> tuple[bytes, int]:
    """Overwrite a few bytes with random ones (a bad disk, a broken proxy)."""
    body = bytearray(raw)
    count = rng.randrange(1, 4)
    for _ in range(count):
        if body:
            body[rng.randrange(len(body))] = rng.randrange(256)
    return bytes(body), 3 * count


def nuls(rng: random.Random, raw: bytes) -> tuple[bytes, int]:
    """Insert NUL bytes (a padded buffer, a half-written file)."""
    body = bytearray(raw)
    for _ in range(rng.randrange(1, 12)):
        body.insert(rng.randrange(len(body) + 1), 0)
    return bytes(body), 0


def utf16(rng: random.Random, raw: bytes) -> tuple[bytes, int]:
    """Re-encode the page as UTF-16, with or without a byte-order mark."""
    text = _original(raw) or raw.decode("latin-1")
    return text.encode(rng.choice(["utf-16", "utf-16-le", "utf-16-be"])), 0


def lying_meta(rng: random.Random, raw: bytes) -> tuple[bytes, int]:
    """Make the meta charset lie (or add one that lies), a BOM of another encoding in front at times."""
    label = rng.choice([b"utf-16", b"gbk", b"iso-8859-1", b"big5", b"utf-8", b"x-nonsense"])
    body = re.sub(rb"charset\s*=\s*[\"']?[\w-]+", b"charset=" + label, raw, count=1, flags=re.I)
    if body == raw:
        body = b'<meta charset="' + label + b'">' + raw
    if rng.random() < 0.3:
        body = rng.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]) + body
        return body, 3
    return body, 0


def huge(rng: random.Random, raw: bytes, size: int = 5_000_000) -> tuple[bytes, int]:
    """Pad the last paragraph to ``size`` bytes of text."""
    text = _original(raw) or ""
    at = text.lower().rfind("</p>")
    at = at if at >= 0 else len(text)
    padding = (_TEXT * (size // len(_TEXT.encode()) + 1))[: size // 3]
    return (text[:at] + padding + text[at:]).encode("utf-8"), 0


def nested(rng: random.Random, raw: bytes) -> tuple[bytes, int]:
    """Wrap the text in 10,000 unclosed (or closed) containers."""
    tag = rng.choice(["div", "font", "span", "table><tr><td"])
    depth = 10_000
    closing = "" if rng.random() < 0.5 else "</td></tr></table>" if "td" in tag else f"</{tag}>"
    text = f"{f'<{tag}>' * depth}<p>{_TEXT * 8}</p>{closing * depth}"
    page = f"<html><head><title>脱贫攻坚</title></head><body>{text}"
    return page.encode("utf-8"), 0


def empty(rng: random.Random, raw: bytes) -> tuple[bytes, int]:
    """No body at all, or only whitespace, or only markup."""
    return rng.choice([b"", b" \r\n\t", b"<html><body></body></html>", b"<html>"]), 0


def binary(rng: random.Random, raw: bytes) -> tuple[bytes, int]:
    """An image, a PDF or random bytes served as text/html."""
    head = rng.choice([b"\x89PNG\r\n\x1a\n", b"%PDF-1.4\n", b"\xff\xd8\xff\xe0", b"GIF89a", b""])
    return head + rng.randbytes(rng.randrange(200, 20_000)), 0


def all_fffd(rng: random.Random, raw: bytes) -> tuple[bytes, int]:
    """A page whose text was lost to U+FFFD before it was served (often under a GBK label)."""
    lost = "\ufffd" * rng.randrange(50, 3000)
    page = f"<html><head><title>{lost[:20]}</title></head><body><p>{lost}</p></body></html>"
    return page.encode("utf-8"), 0


MUTATIONS: dict[str, Mutation] = {
    "truncate": truncate,
    "flip": flip,
    "nuls": nuls,
    "utf16": utf16,
    "lying_meta": lying_meta,
    "huge": huge,
    "nested": nested,
    "empty": empty,
    "binary": binary,
    "all_fffd": all_fffd,
}


def _original(raw: bytes) -> str | None:
    try:
        return decode_html(raw).text
    except ExtractionError:
        return None


@dataclass(frozen=True)
class Case:
    """One mutated page and what extraction made of it."""

    page: str
    mutation: str
    content_type: str | None
    outcome: str  # "article", "refused: <reason>", or "FAIL: <why>"
    cpu: float


def run_case(rng: random.Random, page: Path, raw: bytes, mutation: str, huge_size: int) -> Case:
    """Mutate ``raw`` once, extract it, and judge the result."""
    mutate = MUTATIONS[mutation]
    body, garbled = huge(rng, raw, huge_size) if mutation == "huge" else mutate(rng, raw)
    content_type = rng.choice(_HEADERS)
    start = time.process_time()
    try:
        item = extract_article(
            "http://127.0.0.1/html/2016-07/20/content_1.htm", body, content_type=content_type
        )
    except ExtractionError as exc:
        return Case(
            page.name, mutation, content_type, f"refused: {str(exc)[:60]}", time.process_time() - start
        )
    except Exception as exc:  # what the harness is for: anything else escaping is a bug
        return Case(page.name, mutation, content_type, f"FAIL: {type(exc).__name__}: {exc}"[:160], 0.0)
    cpu = time.process_time() - start
    known = set(_original(raw) or "") | set(body.decode("utf-8", "replace"))
    for name in ("title", "body"):
        value = getattr(item, name)
        if bad := _CONTROL.findall(value):
            return Case(page.name, mutation, content_type, f"FAIL: {name} holds {bad[0]!r}", cpu)
        alien = [c for c in value if c > "\x7f" and c not in known]
        if len(alien) > garbled:
            shown = "".join(alien[:12])
            return Case(
                page.name,
                mutation,
                content_type,
                f"FAIL: {name} has {len(alien)} new characters {shown!r}",
                cpu,
            )
    return Case(page.name, mutation, content_type, "article", cpu)


def load_pages(paths: Sequence[Path]) -> list[tuple[Path, bytes]]:
    """Read the pages (``.gz`` ones decompressed) in a stable order."""
    pages = []
    for path in sorted(paths):
        raw = path.read_bytes()
        pages.append((path, gzip.decompress(raw) if path.suffix == ".gz" else raw))
    return pages


def fuzz(
    pages: Sequence[tuple[Path, bytes]], cases: int, seed: int, huge_size: int = 5_000_000
) -> list[Case]:
    """Run ``cases`` seeded mutations over ``pages`` (each mutation equally often)."""
    rng = random.Random(seed)
    names = sorted(MUTATIONS)
    out = []
    for n in range(cases):
        page, raw = pages[rng.randrange(len(pages))]
        out.append(run_case(rng, page, raw, names[n % len(names)], huge_size))
    return out


def corpus_pages() -> list[Path]:
    """The repository's test pages and, when present, the shared corpora's HTML pages."""
    from tests.corpora import shared_data_dir

    repo = Path(__file__).resolve().parent.parent
    paths = list((repo / "tests" / "data" / "pages").glob("*.html"))
    shared = shared_data_dir()
    if shared.is_dir():
        paths += [p for p in shared.glob("*/**/*.htm*") if p.is_file()]
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    """Print outcomes per mutation, the slowest cases by CPU time, and every failure; exit 1 on any."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    pages = load_pages(corpus_pages())
    results = fuzz(pages, args.cases, args.seed)
    by_mutation: dict[str, Counter[str]] = {}
    for case in results:
        by_mutation.setdefault(case.mutation, Counter())[case.outcome.split(":")[0]] += 1
    print(f"{len(results)} cases over {len(pages)} pages, seed {args.seed}")
    for name, counts in sorted(by_mutation.items()):
        cpu = [c.cpu for c in results if c.mutation == name]
        print(f"  {name:11} {dict(counts)}  CPU max {max(cpu):.2f} s, total {sum(cpu):.1f} s")
    for case in sorted(results, key=lambda c: -c.cpu)[:5]:
        print(f"  slowest: {case.cpu:.2f} s CPU  {case.mutation} {case.page} ({case.content_type})")
    failures = [c for c in results if c.outcome.startswith("FAIL")]
    for case in failures:
        print(f"  {case.outcome}  [{case.mutation} {case.page} {case.content_type}]")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
