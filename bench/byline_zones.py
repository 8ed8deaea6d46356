"""List the names the byline reader returns on a random sample of inews byline zones, for judging by hand.

``python -m bench.byline_zones [--corpus inews|sogou] [--middle] [--seed 7] [--texts 1000]``
``[--exclude SEED:N] [--judged FILE]``

The dev set's tune pages no longer tell a good byline rule from a neutral
one, and its holdout must not be read. The inews BDCI-2019 texts that no
dev-set page uses (6,288 of 6,354) are real published texts with their
bylines; their byline zones (first and last 300 characters) are run through
:func:`crawler.extract.people.find_people`, a random sample of texts (the
seed is printed) is drawn, and every name returned is printed with its role
and context. A judged list (``role<TAB>name<TAB>y|n`` lines, written by a
person reading the contexts) turns the output into a precision figure for
the sample: names the list does not judge yet are printed as ``?``. A sample
whose names were read to write rules is tune data; ``--exclude 7:1000``
draws a fresh sample from the texts that seed 7's 1,000 did not hold, for an
unseen figure.

Seeds 7-14 used up every unused inews text. ``--corpus sogou`` draws from
the 376 Sohu 2012 texts of ``sogou-smarty-gbk`` that no dev-set page uses
(both files; the GBK one with the Sogou release's garbled bytes, as dirty
real text), for fresh samples after that.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.fields_probe import _pages_tool  # noqa: E402
from crawler.extract.people import find_people  # noqa: E402
from tests.corpora import shared_data_dir  # noqa: E402

ZONE = 300  # characters at each end of a text, as the extractor's zones


def unused_texts(root: Path) -> list[tuple[str, str]]:
    """Return ``(id, text)`` of the inews texts that no dev-set page uses, in file order."""
    used = {src.key for src in _pages_tool().SOURCES}
    texts: list[tuple[str, str]] = []
    for name in ("dev.jsonl", "train.jsonl"):
        for line in (root / "inews-bdci2019" / name).read_text("utf-8").splitlines():
            row = json.loads(line)
            if row["id"] not in used:
                texts.append((row["id"], row["content"].replace("\\n", "\n")))
    return texts


def unused_sogou_texts(root: Path) -> list[tuple[str, str]]:
    """Return ``(id, text)`` of the Sohu 2012 texts that no dev-set page uses (``sohu:N``, ``tensite:N``)."""
    used = {src.key for src in _pages_tool().SOURCES}
    texts: list[tuple[str, str]] = []
    for prefix, name, codec in (
        ("sohu", "news_sohusite_xml.smarty.dat", "utf-8"),
        ("tensite", "news_tensite_xml.smarty.dat", "gbk"),
    ):
        raw = (root / "sogou-smarty-gbk" / name).read_bytes().decode(codec, "replace")
        docs = re.findall(r"<doc>.*?<content>(.*?)</content>", raw, re.S)
        for index, content in enumerate(docs):
            key = f"{prefix}:{index}"
            if key not in used and content.strip():
                # U+E40C is the release's paragraph break.
                texts.append((key, content.replace("\ue40c", "\n")))
    return texts


def names_of(text: str, *, middle: bool = False) -> list[tuple[str, str, str]]:
    """Return ``(role, name, context)`` for every name the reader finds in a text's two zones.

    With ``middle``, the text between the zones instead, in 1,000-character
    pieces: body sentences the zones' rules were never read against (a page
    whose byline zone reaches into the text, a mid-text credit).
    """
    found: list[tuple[str, str, str]] = []
    zones = [text[:ZONE], text[-ZONE:]] if len(text) > 2 * ZONE else [text]
    if middle:
        inner = text[ZONE:-ZONE] if len(text) > 2 * ZONE else ""
        zones = [inner[at : at + 1000] for at in range(0, len(inner), 1000)]
    for zone in zones:
        people = find_people(zone)
        for role, names in (
            ("author", people.authors),
            # As fill_credits files them: a name credited as author is not also a correspondent.
            ("correspondent", [n for n in people.correspondents if n not in people.authors]),
            ("editor", people.editors),
            ("photographer", people.photographers),
        ):
            for name in names:
                at = zone.find(name)
                context = " ".join(zone[max(at - 25, 0) : at + len(name) + 15].split())
                found.append((role, name, context))
    return found


def load_judged(path: Path | None) -> dict[tuple[str, str], bool]:
    """Read ``role<TAB>name<TAB>y|n`` lines (``#`` comments allowed)."""
    if path is None or not path.exists():
        return {}
    judged: dict[tuple[str, str], bool] = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            role, name, verdict = line.split("\t")[:3]
            judged[(role, name)] = verdict.strip() == "y"
    return judged


def judge(tally: dict[str, list[int]], role: str, verdict: bool | None) -> str:
    """Count one name's verdict under its role (right, wrong, not judged); return its mark (y, n, ?)."""
    counts = tally.setdefault(role, [0, 0, 0])
    counts[0 if verdict else 1 if verdict is False else 2] += 1
    return "?" if verdict is None else "y" if verdict else "n"


def print_tally(tally: dict[str, list[int]]) -> None:
    """Print each role's precision over the judged names (the figure the notes quote)."""
    for role, (right, wrong, unjudged) in sorted(tally.items()):
        share = f"{right / (right + wrong):.3f}" if right + wrong else "-"
        print(f"# {role}: precision {share} ({right} right, {wrong} wrong, {unjudged} not judged)")


def main(argv: list[str] | None = None) -> int:
    """Print every name of the sample with its verdict, then precision per role."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", choices=["inews", "sogou"], default="inews")
    parser.add_argument("--middle", action="store_true", help="read the text between the zones")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--texts", type=int, default=1000, help="how many texts to sample")
    parser.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="SEED:N",
        help="leave out the N texts that --seed SEED --texts N draws (a sample already read)",
    )
    parser.add_argument("--judged", type=Path, help="judged names, role<TAB>name<TAB>y|n per line")
    parser.add_argument("--data", help="shared data directory")
    args = parser.parse_args(argv)
    root = Path(args.data) if args.data else shared_data_dir()
    texts = unused_sogou_texts(root) if args.corpus == "sogou" else unused_texts(root)
    for spec in args.exclude:
        seed, count = (int(part) for part in spec.split(":"))
        seen = {key for key, _ in random.Random(seed).sample(texts, min(count, len(texts)))}
        texts = [(key, text) for key, text in texts if key not in seen]
    sample = random.Random(args.seed).sample(texts, min(args.texts, len(texts)))
    judged = load_judged(args.judged)
    tally: dict[str, list[int]] = {}
    print(f"seed {args.seed}: {len(sample)} of {len(texts)} unused {args.corpus} texts")
    for key, text in sample:
        for role, name, context in names_of(text, middle=args.middle):
            verdict = judged.get((role, name))
            print(f"{judge(tally, role, verdict)}\t{role}\t{name}\t{key}\t{context}")
    print_tally(tally)
    return 0


if __name__ == "__main__":
    sys.exit(main())
