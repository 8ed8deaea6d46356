"""Leave-one-category-out check of the name validator on the name sweep's tune half.

``python -m bench.name_loco [--rule NAME]``

A word list refuses the words it was written from and nothing else, so a
list's figure on the words it lists says nothing of words it does not. This
bench asks, for each of :mod:`bench.name_sweep`'s categories of non-names
(its comment lines), what the validator returns for that category's tune
words when every entry of its word lists that matches one of them (equal,
or contained in one: 网友 in 热心网友) is taken out, as if the lists had been
written without the category. What is still refused then is refused by
structure (surnames, the dictionary, shape), which is what can carry over to
words nobody listed. Only the tune half is read (sha1 halves of the sweep).
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench import name_sweep  # noqa: E402
from crawler.extract import bylines, names  # noqa: E402

# The validator's word lists (names' module globals), ablated per category.
_LISTS = ("_NOT_NAMES", "_ROLE_WORDS", "_LABEL_PARTS", "_HONORIFICS", "_NAME_ENDINGS", "_NOT_NAME_STARTS",
          "_ASCII_JUNK", "_ACCOUNT_PREFIXES", "_ACCOUNT_ENDINGS", "PLACES")


def categories() -> list[tuple[str, tuple[str, ...]]]:
    """The sweep's negatives by category: the comment line above each group of words."""
    source = Path(name_sweep.__file__).read_text(encoding="utf-8")
    block = source.split("NEGATIVES: tuple[str, ...] = (", 1)[1].split("\n)\n", 1)[0]
    out: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        line = line.strip()
        if line.startswith("#"):
            out.append((line.lstrip("# "), []))
        elif line and out:
            out[-1][1].extend(ast.literal_eval(f"({line})"))
    return [(name, tuple(words)) for name, words in out]


@contextmanager
def ablated(words: tuple[str, ...]) -> Iterator[None]:
    """Take out of the validator's lists every entry equal to or contained in one of ``words``."""
    lowered = [w.lower() for w in words]
    saved = {attr: getattr(names, attr) for attr in _LISTS}
    try:
        for attr, value in saved.items():
            kept = [e for e in value if not any(e.lower() in w for w in lowered)]
            setattr(names, attr, type(value)(kept) if not isinstance(value, frozenset) else frozenset(kept))
        yield
    finally:
        for attr, value in saved.items():
            setattr(names, attr, value)


@contextmanager
def without_structure() -> Iterator[None]:
    """Switch off the structural rules (:mod:`crawler.extract.word_credits`), for the figure before them."""
    saved = bylines._word_credit
    bylines._word_credit = lambda name: False
    try:
        yield
    finally:
        bylines._word_credit = saved


def junk_of(words: tuple[str, ...]) -> tuple[int, int, int, list[str]]:
    """Return (pages, junk names, of them in an editor's role, the words returned) for ``words``."""
    pages = junk = editors = 0
    leaked: list[str] = []
    for word in words:
        for place, form in name_sweep._NEG_FORMS:
            credit = form.format(x=word)
            extra = "" if "编辑" in form else f"<p>（责任编辑：{name_sweep._REAL_EDITOR}）</p>"
            got = name_sweep._returned(name_sweep.page(place, credit, extra))
            bad = [n for ns in got.values() for n in ns if n != name_sweep._REAL_EDITOR]
            pages += 1
            junk += len(bad)
            editors += sum(n != name_sweep._REAL_EDITOR for n in got["editors"])
            leaked.extend(bad)
    return pages, junk, editors, leaked


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true", help="print the names that leak (tune half only)")
    ap.add_argument("--no-structure", action="store_true", help="switch the structural rules off")
    args = ap.parse_args(argv)
    with without_structure() if args.no_structure else nullcontext():
        return _table(args.list)


def _table(listing: bool) -> int:
    total_pages = total_junk = total_editors = 0
    print("category\ttune words\tpages\tjunk names\tof them editors\twords leaking")
    for label, words in categories():
        tune = tuple(w for w in words if name_sweep.half_of(w) == "tune")
        if not tune:
            continue
        with ablated(tune):
            pages, junk, editors, leaked = junk_of(tune)
        total_pages += pages
        total_junk += junk
        total_editors += editors
        distinct = sorted(set(leaked))
        words = f"\t{' '.join(distinct)}" if listing else ""
        print(f"{label}\t{len(tune)}\t{pages}\t{junk}\t{editors}\t{len(distinct)}{words}")
    print(f"all\t\t{total_pages}\t{total_junk}\t{total_editors}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
