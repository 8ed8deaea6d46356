"""Measure whole-page rebuild (``rebuild_page``) on generated seed-style pages.

Usage: ``python -m bench.normalize_bench [--json] [--failures] [--tune A-B] [--report A-B]``.

Pages come from ``tests/pagegen``: 2–5 inews texts laid out like the seed page
(column widths 12–30, displaced leads, detached headlines, one to three decks,
bylines and datelines in many forms). The tuning pages are built from the inews
*train* texts (seeds 0–249 by default), the report pages from the *dev* texts
(seeds 200–299), which the normaliser's rules were never looked at against.
An article is right when its title is exact (whitespace aside), its reporters
are exactly the byline's, and its body character-F1 is at least 0.98.

A second table measures pages of ``bench.pagegen_alt``, a generator written apart from
``tests/pagegen`` and from the normaliser (other papers' datelines and bylines, page furniture,
captions, deck forms): its seeds 0-99 may be tuned on, seeds 100-199 are reported untouched.
``--alt-train A-B`` adds the same generator's pages laid out from inews *train* texts, which
neither its tune nor its report pages use: a tune set three times larger (any seeds).

A third table measures ``bench.pagegen_sogou``, written apart from both on real 2012 Sohu texts
(``../shared/data/sogou-smarty-gbk``): seeds 0-49 may be tuned on, seeds 50-99 are reported
untouched (their failures are never listed). ``--sogou-only`` measures it alone. It and the
generators below are rows of one table (:data:`GENERATORS`), measured by :func:`measure_generated`.

A fourth table measures ``bench.pagegen_inews4``, written apart from all three (and frozen before its
first measurement) on inews train texts: seeds 0-49 (even records) may be tuned on, seeds 50-99
(odd records) are reported untouched. ``--gen4-only`` measures it alone.

A fifth table measures ``bench.pagegen_dev5``, written apart from all four (from issue 20, the seed
page and its golden file only) and frozen before its first measurement, on inews dev texts: seeds
0-49 (records with index % 4 == 1) are the tune split, seeds 50-99 (index % 4 == 3) are reported
untouched. ``--gen5-only`` measures it alone.

A sixth table measures ``bench.pagegen_six``, written apart from all five (from issue 20, the seed
page and its golden file only) and frozen before its first measurement, on inews dev texts: seeds
0-49 (records with index % 4 == 0) are the tune split, seeds 50-99 (index % 4 == 2) are reported
untouched. ``--gen6-only`` measures it alone.

A seventh table measures ``bench.pagegen_seven``, written apart from all six (from issue 20, the seed
page and its golden file only) and frozen before its first measurement, on inews train texts
(records with index % 5 == 4): seeds 0-99 are reported untouched and their failures never listed.
Seeds 100-149, its tune split, are laid out from other records (:class:`OtherRecords`: the same pool
would reuse the report seeds' texts). ``--gen7-only`` measures it alone.

An eighth table measures ``bench.pagegen_eight``, written from issue 20's list of variations and the
seed page only (frozen before its first measurement), on inews dev texts no generator tunes on
(records with index % 4 == 3). Like gen7, seeds 0-99 are reported untouched (failures never listed)
and seeds 100-149, its tune split, are laid out from other records. ``--gen8-only`` measures it alone.

A ninth table measures ``bench.pagegen_nine``, written from issue 20's list of variations and the seed
page only (frozen before its first measurement), on inews dev texts: seeds 0-49 (records with index %
4 in (0, 1)) are the tune split, seeds 50-99 (index % 4 == 3) are reported untouched and their failures
never listed. ``--gen9-only`` measures it alone.

A tenth table measures ``bench.pagegen_ten``, written from issue 20, the seed page and its golden file
only (frozen before its first measurement), on inews train+dev texts split in two halves by a hash of
the text: seeds 0-49 are the tune split, seeds 50-99 (the other half) are reported untouched and their
failures never listed. ``--gen10-only`` measures it alone.

An eleventh table measures ``bench.pagegen_eleven``, written from issue 20, the seed page and its golden
file and the earlier generators' interface only (frozen before its first measurement), on inews
train+dev texts split in two halves by the SHA-256 of the text: seeds 0-49 are the tune split, seeds
50-99 (the other half) are reported untouched and their failures never listed. ``--gen11-only``
measures it alone.

A twelfth table measures ``bench.pagegen_twelve``, written from issue 20, the seed page and its golden
file and the earlier generators' interface only (frozen before its first measurement), on inews train
texts (index % 3 == 1 for seeds 0-49, the tune split; index % 3 == 2 for seeds 50-99, reported
untouched and their failures never listed). ``--gen12-only`` measures it alone.

Exits 1 when a report rate (ours and each independent generator's) is below 0.95 or the seed
page is no longer exact.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from bench import (
    pagegen_alt,
    pagegen_dev5,
    pagegen_eight,
    pagegen_eleven,
    pagegen_inews4,
    pagegen_nine,
    pagegen_seven,
    pagegen_six,
    pagegen_sogou,
    pagegen_ten,
    pagegen_twelve,
)
from crawler.normalize import rebuild_page
from tests.pagegen import available, generate_page, score_page

REPO = Path(__file__).resolve().parent.parent

TARGET = 0.95


def _seeds(spec: str) -> range:
    if not spec:
        return range(0)
    first, _, last = spec.partition("-")
    return range(int(first), int(last or first) + 1)


def _seed_page_exact() -> bool:
    data = REPO / "tests" / "data"
    golden = json.loads((data / "seed_000.expected.json").read_text(encoding="utf-8"))
    got = rebuild_page((data / "seed_000.txt").read_text(encoding="utf-8"))
    if len(got) != len(golden["articles"]):
        return False
    for article, want in zip(got, golden["articles"], strict=True):
        body = "".join("".join(article.paragraphs).split())
        if (article.title, article.reporters, article.photographers, body) != (
            want["title"],
            want["reporters"],
            want["photographers"],
            want["body_nows"],
        ):
            return False
    return True


def count_miss(
    causes: Counter[str], missing: bool, low_body: bool, title_ok: bool, reporters_ok: bool
) -> None:
    """Count why one article was not rebuilt right (an article may miss on several counts)."""
    if missing:
        causes["no article"] += 1
    else:
        causes["body"] += low_body
        causes["title"] += not title_ok
        causes["reporters"] += not reporters_ok


def measure(split: str, seeds: range, failures: list[str] | None = None) -> dict[str, object]:
    """Rebuild every page of ``seeds`` and count articles right, with the causes of the misses."""
    right = total = pages_right = credits_right = 0
    causes: Counter[str] = Counter()
    rebuild_seconds = 0.0
    for seed in seeds:
        page = generate_page(seed, split)
        started = time.perf_counter()
        rebuilt = rebuild_page(page.text)
        rebuild_seconds += time.perf_counter() - started
        scores = score_page(page, rebuilt)
        credits_right += sum(
            s.got is not None
            and (s.got.reporters, s.got.photographers, s.got.correspondents)
            == (s.truth.reporters, s.truth.photographers, s.truth.correspondents)
            for s in scores
        )
        ok = sum(s.right for s in scores)
        right += ok
        total += len(scores)
        pages_right += ok == len(scores)
        for score in scores:
            if score.right:
                continue
            count_miss(causes, score.got is None, score.body_f1 < 0.98, score.title_ok, score.reporters_ok)
            if failures is not None:
                failures.append(f"{split} {seed}: {score.truth.title} ({score.truth.layout}): {score.why()}")
    return {
        "split": split,
        "seeds": f"{seeds.start}-{seeds.stop - 1}",
        "pages": len(seeds),
        "articles": total,
        "right": right,
        "rate": right / total if total else 0.0,
        "pages_all_right": pages_right,
        "misses": dict(causes),
        "credits_rate": credits_right / total if total else 0.0,
        "ms_per_page": 1000 * rebuild_seconds / max(1, len(seeds)),
    }


@contextmanager
def train_texts() -> Iterator[None]:
    """Lay ``pagegen_alt`` pages out from the inews train texts instead of its dev texts."""
    saved = pagegen_alt.CORPUS
    pagegen_alt.CORPUS = saved.with_name("train.jsonl")
    pagegen_alt._documents.cache_clear()
    try:
        yield
    finally:
        pagegen_alt.CORPUS = saved
        pagegen_alt._documents.cache_clear()


def measure_alt(seeds: range, failures: list[str] | None = None, split: str = "alt") -> dict[str, object]:
    """Rebuild independent-generator pages: articles right, extra articles, furniture read as titles."""
    right = total = pages_right = extra = furniture_titles = 0
    causes: Counter[str] = Counter()
    for seed in seeds:
        page = pagegen_alt.generate_page(seed)
        scored = pagegen_alt.score_page(page, rebuild_page(page.text))
        ok = sum(s.right for s in scored.scores)
        right += ok
        total += len(scored.scores)
        pages_right += ok == len(scored.scores) and not scored.extra
        extra += scored.extra
        furniture_titles += scored.furniture_titles
        for score in scored.scores:
            if score.right:
                continue
            low_body = score.body_f1 < pagegen_alt.BODY_F1_MIN
            count_miss(causes, score.got_title is None, low_body, score.title_ok, score.reporters_ok)
            if failures is not None:
                where = f"{score.truth.layout}; {page.layout}"
                failures.append(f"{split} {seed}: {score.truth.title} ({where}): {score.why()}")
        if failures is not None and scored.extra:
            failures.append(f"{split} {seed}: {scored.extra} extra article(s) titled {scored.extra_titles}")
    return {
        "split": split,
        "seeds": f"{seeds.start}-{seeds.stop - 1}",
        "pages": len(seeds),
        "articles": total,
        "right": right,
        "rate": right / total if total else 0.0,
        "pages_all_right": pages_right,
        "extra_articles": extra,
        "furniture_titles": furniture_titles,
        "misses": {k: v for k, v in causes.items() if v},
    }


def misses_cell(row: dict[str, object]) -> str:
    """A row's miss causes for its table cell."""
    causes: dict[str, int] = row["misses"]  # type: ignore[assignment]
    return ", ".join(f"{k} {v}" for k, v in sorted(causes.items())) or "none"


def _print_alt(rows: list[dict[str, object]]) -> None:
    print("\n### Independent generator (`bench/pagegen_alt.py`)\n")
    print(
        "Pages of `bench/pagegen_alt.py`, written from issue 20 and the seed page without reading\n"
        "`tests/pagegen`: other papers' datelines and bylines (本报记者 X, 文/X 图/Y, （记者X 通讯员Y、Z）,\n"
        "■记者 X, □本报记者 X 实习生 Y, 新华社…电), compound surnames, one to three decks, headlines above,\n"
        "heaped or interleaved, displaced leads, page furniture and captions; inews dev texts (even lines\n"
        "for seeds 0-99, which may be tuned on; odd lines for seeds 100-199, reported untouched). Right as\n"
        "above. 'Extra': rebuilt articles matching no true one; 'furniture titles': a page-furniture line\n"
        "or caption read as a title.\n"
    )
    print("| set | pages | articles | right | rate | pages all right | extra | furniture titles | misses |")
    print("|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        misses = misses_cell(row)
        texts = " (train texts)" if row["split"] == "alt-train" else ""
        print(
            f"| alt seeds {row['seeds']}{texts} | {row['pages']} | {row['articles']} | {row['right']} | "
            f"{row['rate']:.3f} | {row['pages_all_right']} | {row['extra_articles']} | "
            f"{row['furniture_titles']} | {misses} |"
        )


@dataclass(frozen=True)
class Generator:
    """A page generator written apart from the normaliser, frozen, with a tune and a report split."""

    tag: str  # the prefix of its rows, failures, JSON key and command-line options
    name: str  # its module, as MISSED lines name it
    module: Any  # generate_page(seed), score_page(page, rebuilt), available(), CORPUS
    where: Callable[[Any, Any], str]  # (score, page) -> how a missed article was laid out
    body_f1_min: float
    texts: str  # what its CORPUS holds, for the line saying it was not measured
    heading: str
    about: str
    # (page, rebuilt) -> its articles' scores, how many rebuilt articles matched none, and their
    # titles when the failure list names them (None: it does not)
    score: Callable[[Any, Any], tuple[list[Any], int, list[str] | None]] | None = None
    got: str = "got"  # the score's attribute that is None when no rebuilt article matched
    looked_at: range | None = None  # the only seeds whose failures may be listed (None: any asked)
    texts_are: str = "are"  # "the inews texts are" / "the Sohu sample is" (not) in its CORPUS
    tune: str = "0-49"  # default seeds that may be tuned on ("": none, every seed is reported)
    report: str = "50-99"  # default seeds reported untouched
    # the texts its tune seeds are laid out from, when not its own corpus split (see other_records)
    tune_texts: Callable[[], AbstractContextManager[None]] | None = None


def _record_keys(line: str) -> set[str]:
    """A corpus record's title and the opening of its text, normalised: what names it as a text."""
    record = json.loads(line)
    title = re.split(r"[_|｜]| - ", str(record.get("title") or ""))[0]
    content = str(record.get("content") or "").replace("\\n", "")
    return {
        key
        for key in ("t:" + pagegen_seven.norm(title), "c:" + pagegen_seven.norm(content)[:40])
        if len(key) > 6
    }


# gen7's and gen8's report splits: (corpus, every, index) of the records they draw texts from
REPORT_SPLITS = ((pagegen_seven.CORPUS, 5, 4), (pagegen_eight.CORPUS, 4, 3))


@lru_cache(maxsize=1)
def report_text_keys() -> frozenset[str]:
    """Every text the gen7 and gen8 report seeds may draw (their whole corpus splits), by its keys."""
    keys: set[str] = set()
    for corpus, every, index in REPORT_SPLITS:
        with corpus.open(encoding="utf-8") as lines:
            for n, line in enumerate(lines):
                if n % every == index:
                    keys |= _record_keys(line)
    return frozenset(keys)


@dataclass(frozen=True)
class OtherRecords:
    """A generator's corpus file read from its second record on, with the report seeds' texts blanked.

    gen7 and gen8 sample their texts by seed from a small pool (their records of index % 5 == 4 and
    % 4 == 3: 215 and 80 texts), so their seeds 100-149 would reuse most of the report seeds' texts.
    Read one record later, their own filter picks the neighbouring records (% 5 == 0 of train, % 4 == 0
    of dev, a tune split of gen6 and gen9); a record repeating any text of either report split (the
    corpus repeats some) is blanked, so no tune page holds a report text. The generators are untouched:
    only the ``CORPUS`` they read (``open``, ``is_file``) is this view of it.
    """

    path: Path

    def is_file(self) -> bool:
        return self.path.is_file()

    @contextmanager
    def open(self, encoding: str = "utf-8") -> Iterator[Iterator[str]]:
        drop = report_text_keys()
        with self.path.open(encoding=encoding) as lines:
            next(lines, None)
            yield ("{}\n" if _record_keys(line) & drop else line for line in lines)


@contextmanager
def other_records(module: Any) -> Iterator[None]:
    """Lay ``module``'s pages out from :class:`OtherRecords` of its corpus instead of its own split."""
    saved = module.CORPUS
    module.CORPUS = OtherRecords(saved)
    module.texts.cache_clear()
    try:
        yield
    finally:
        module.CORPUS = saved
        module.texts.cache_clear()


def _heads_where(param: str) -> Callable[[Any, Any], str]:
    """Describe a miss by its article's layout and where the page's headlines stand (``param``)."""
    return lambda score, page: f"{score.truth.layout}; {page.params[param]}, lead {page.params['lead']}"


def _sogou_score(page: Any, rebuilt: Any) -> tuple[list[Any], int, list[str] | None]:
    scored = pagegen_sogou.score_page(page, rebuilt)
    return scored.scores, scored.extra, scored.extra_titles


SOGOU = Generator(
    "sogou",
    "pagegen_sogou",
    pagegen_sogou,
    lambda score, page: score.truth.layout,
    pagegen_sogou.BODY_F1_MIN,
    "Sohu sample",
    "Third generator (`bench/pagegen_sogou.py`)",
    "Pages of `bench/pagegen_sogou.py`, written from issue 20 and the seed page without reading\n"
    "`tests/pagegen`, `bench/pagegen_alt.py` or the normaliser's rules, on real 2012 Sohu texts\n"
    "(SogouCA/CS samples, filtered mechanically; even records for seeds 0-49, which may be tuned\n"
    "on; odd records for seeds 50-99, reported untouched). Right as above; bodies and titles\n"
    "compared after NFKC. 'Extra': rebuilt articles matching no true one.\n",
    score=_sogou_score,
    got="got_title",
    looked_at=pagegen_sogou.TUNE_SEEDS,
    texts_are="is",
)
GENERATORS = (
    SOGOU,
    Generator(
        "gen4",
        "pagegen_inews4",
        pagegen_inews4,
        _heads_where("headlines"),
        0.98,
        "inews texts",
        "Fourth generator (`bench/pagegen_inews4.py`)",
        "Pages of `bench/pagegen_inews4.py`, written from issue 20, the seed page and its golden file\n"
        "without reading `tests/pagegen`, the other generators or the normaliser's rules, and frozen\n"
        "before its first measurement; inews train texts (even records for seeds 0-49, which may be\n"
        "tuned on; odd records for seeds 50-99, reported untouched). Right as above, after NFKC.\n"
        "'Extra': rebuilt articles matching no true one.\n",
    ),
    Generator(
        "gen5",
        "pagegen_dev5",
        pagegen_dev5,
        _heads_where("heads"),
        pagegen_dev5.BODY_F1_MIN,
        "inews dev texts",
        "Fifth generator (`bench/pagegen_dev5.py`)",
        "Pages of `bench/pagegen_dev5.py`, written from issue 20, the seed page and its golden file\n"
        "without reading `tests/pagegen`, the other generators or the normaliser's rules, and frozen\n"
        "before its first measurement; inews dev texts (records with index % 4 == 1 for seeds 0-49,\n"
        "the tune split; index % 4 == 3 for seeds 50-99, reported untouched). Right as above, after\n"
        "NFKC. 'Extra': rebuilt articles matching no true one.\n",
    ),
    Generator(
        "gen6",
        "pagegen_six",
        pagegen_six,
        _heads_where("heads"),
        pagegen_six.BODY_F1_MIN,
        "inews dev texts",
        "Sixth generator (`bench/pagegen_six.py`)",
        "Pages of `bench/pagegen_six.py`, written from issue 20, the seed page and its golden file\n"
        "without reading `tests/pagegen`, the other generators or the normaliser's rules, and frozen\n"
        "before its first measurement; inews dev texts (records with index % 4 == 0 for seeds 0-49,\n"
        "the tune split; index % 4 == 2 for seeds 50-99, reported untouched). Right: title (主题) and\n"
        "reporters exact after NFKC, body character-F1 in reading order >= 0.98. 'Extra': rebuilt\n"
        "articles paired with no true one.\n",
    ),
    Generator(
        "gen7",
        "pagegen_seven",
        pagegen_seven,
        _heads_where("heads"),
        pagegen_seven.BODY_F1_MIN,
        "inews train texts",
        "Seventh generator (`bench/pagegen_seven.py`)",
        "Pages of `bench/pagegen_seven.py`, written from issue 20, the seed page and its golden file\n"
        "without reading `tests/pagegen`, the other generators or the normaliser's rules, and frozen\n"
        "before its first measurement; inews train texts (records with index % 5 == 4) for seeds 0-99,\n"
        "reported untouched, their failures never listed. Seeds 100-149, the tune split, are laid out\n"
        "from other records (index % 5 == 0, any repeat of a gen7 or gen8 report text left out).\n"
        "Right: title (主题) and reporters exact after NFKC, body character-F1 in reading order >= 0.98.\n"
        "'Extra': rebuilt articles paired with no true one.\n",
        looked_at=range(100, 150),
        tune="100-149",
        report="0-99",
        tune_texts=lambda: other_records(pagegen_seven),
    ),
    Generator(
        "gen8",
        "pagegen_eight",
        pagegen_eight,
        _heads_where("heads"),
        pagegen_eight.BODY_F1_MIN,
        "inews dev texts",
        "Eighth generator (`bench/pagegen_eight.py`)",
        "Pages of `bench/pagegen_eight.py`, written from issue 20's list of variations, the seed page\n"
        "and its golden file without reading `tests/pagegen` or the normaliser's layout rules (its\n"
        "author had read the bench notes on deck conventions), and frozen before its first\n"
        "measurement; inews dev texts no generator tunes on (records with index % 4 == 3) for seeds\n"
        "0-99, reported untouched, their failures never listed. Seeds 100-149, the tune split, are laid\n"
        "out from other records (index % 4 == 0, any repeat of a gen7 or gen8 report text left out).\n"
        "Right: title (主题) and reporters exact after NFKC, body character-F1 >= 0.98. 'Extra': rebuilt\n"
        "articles paired with no true one.\n",
        looked_at=range(100, 150),
        tune="100-149",
        report="0-99",
        tune_texts=lambda: other_records(pagegen_eight),
    ),
    Generator(
        "gen9",
        "pagegen_nine",
        pagegen_nine,
        _heads_where("heads"),
        pagegen_nine.BODY_F1_MIN,
        "inews dev texts",
        "Ninth generator (`bench/pagegen_nine.py`)",
        "Pages of `bench/pagegen_nine.py`, written from issue 20's list of variations and the seed page\n"
        "before its author read `crawler/normalize` or the older generators (it reuses gen8's scoring),\n"
        "and frozen before its first measurement; inews dev texts (index % 4 in (0, 1) for seeds 0-49,\n"
        "the tune split; index % 4 == 3, which no generator tunes on, for seeds 50-99, reported\n"
        "untouched and their failures never listed). Right: title (主题) and reporters exact after NFKC,\n"
        "body character-F1 >= 0.98. 'Extra': rebuilt articles paired with no true one.\n",
        looked_at=pagegen_nine.TUNE_SEEDS,
    ),
    Generator(
        "gen10",
        "pagegen_ten",
        pagegen_ten,
        _heads_where("heads"),
        pagegen_ten.BODY_F1_MIN,
        "inews texts",
        "Tenth generator (`bench/pagegen_ten.py`)",
        "Pages of `bench/pagegen_ten.py`, written from issue 20, the seed page and its golden file before\n"
        "its author read `crawler/normalize`, the other generators or this bench's scoring, and frozen\n"
        "before its first measurement: regional-paper conventions (本报讯（记者 X 通讯员 Y）, 【本报讯】,\n"
        "实习生/见习记者/特约记者, ★●◆ marks, 编者按, jump lines, captions with 摄, a lead article with\n"
        "subheads beside 简讯 with run-in titles, decks, widths 10-34, full-width digits); inews train+dev\n"
        "texts split in two halves by a hash of the text (seeds 0-49 the tune half; 50-99 the other half,\n"
        "reported untouched and their failures never listed). Right: title (主题) and reporters exact\n"
        "after NFKC (an intern may count as a reporter or not), body character-F1 >= 0.98. 'Extra':\n"
        "rebuilt articles paired with no true one.\n",
        looked_at=pagegen_ten.TUNE_SEEDS,
    ),
    Generator(
        "gen11",
        "pagegen_eleven",
        pagegen_eleven,
        _heads_where("heads"),
        pagegen_eleven.BODY_F1_MIN,
        "inews texts",
        "Eleventh generator (`bench/pagegen_eleven.py`)",
        "Pages of `bench/pagegen_eleven.py`, written from issue 20, the seed page and its golden file and\n"
        "the earlier generators' interface only, before its author read `crawler/normalize`, and frozen\n"
        "before its first measurement: other regional papers' conventions (page-head furniture with\n"
        "版次/责编/美编/校对, ■图说 and 图为 captions between articles, 相关链接/延伸阅读 boxes,\n"
        "记者手记 and 评论 columns with their writer, 通讯员 lines at the end, 引题 ending in a colon\n"
        "over a 主题 on two lines, ①② and 一、 subheads, 本报X月X日讯 / 新华社X地X月X日电 / 融媒记者\n"
        "credits, adverts, 2-6 articles, widths 8-36, full-width digits); inews train+dev texts split in\n"
        "two halves by the SHA-256 of the text (seeds 0-49 the tune half; 50-99 the other half,\n"
        "reported untouched and their failures never listed). Right: title (主题) and reporters exact\n"
        "after NFKC, body character-F1 >= 0.98. 'Extra': rebuilt articles paired with no true one.\n",
        looked_at=pagegen_eleven.TUNE_SEEDS,
    ),
    Generator(
        "gen12",
        "pagegen_twelve",
        pagegen_twelve,
        _heads_where("heads"),
        pagegen_twelve.BODY_F1_MIN,
        "inews train texts",
        "Twelfth generator (`bench/pagegen_twelve.py`)",
        "Pages of `bench/pagegen_twelve.py`, written from issue 20, the seed page and its golden file and\n"
        "the earlier generators' interface only, before its author read `crawler/normalize`, and frozen\n"
        "before its first measurement: real dailies' conventions (本报讯 without a place, 本报X月X日讯,\n"
        "新华社X地X月X日电（记者 X、Y）, bylines on a line of their own above the text, （本报记者 X）\n"
        "closing it, 见习记者/特约通讯员, 文/X 图/Y, captions with 记者 X 摄 inside an article, pull quotes\n"
        "repeating a sentence, 下转/上接 jump lines, page heads with date, weekday, 版次, section banner\n"
        "and 责任编辑, 一、 subheads, a 简讯 banner over short items); inews train texts (index % 3 == 1\n"
        "for seeds 0-49, the tune split; index % 3 == 2 for seeds 50-99, reported untouched and their\n"
        "failures never listed). Right: title (主题) and reporters exact after NFKC, body character-F1\n"
        ">= 0.98. 'Extra': rebuilt articles paired with no true one.\n",
        looked_at=pagegen_twelve.TUNE_SEEDS,
    ),
)
_, GEN4, GEN5, GEN6, GEN7, GEN8, GEN9, GEN10, GEN11, GEN12 = GENERATORS


def measure_generated(
    gen: Generator, seeds: Sequence[int], failures: list[str] | None = None
) -> dict[str, object]:
    """Rebuild one generator's pages: articles right, extra articles, and the causes of the misses."""
    right = total = pages_right = extra = 0
    causes: Counter[str] = Counter()
    for seed in seeds:
        page = gen.module.generate_page(seed)
        rebuilt = rebuild_page(page.text)
        scores, extras, extra_titles = (
            gen.score(page, rebuilt) if gen.score else (*gen.module.score_page(page, rebuilt), None)
        )
        ok = sum(s.right for s in scores)
        right += ok
        total += len(scores)
        pages_right += ok == len(scores) and not extras
        extra += extras
        listed = failures is not None and (gen.looked_at is None or seed in gen.looked_at)
        for score in scores:
            if score.right:
                continue
            low_body = score.body_f1 < gen.body_f1_min
            count_miss(causes, getattr(score, gen.got) is None, low_body, score.title_ok, score.reporters_ok)
            if listed:
                assert failures is not None
                failures.append(
                    f"{gen.tag} {seed}: {score.truth.title} ({gen.where(score, page)}): {score.why()}"
                )
        if listed and extras:
            assert failures is not None
            titled = f" titled {extra_titles}" if extra_titles is not None else ""
            failures.append(f"{gen.tag} {seed}: {extras} extra article(s){titled}")
    return {
        "seeds": f"{seeds[0]}-{seeds[-1]}" if seeds else "",
        "pages": len(seeds),
        "articles": total,
        "right": right,
        "rate": right / total if total else 0.0,
        "pages_all_right": pages_right,
        "extra_articles": extra,
        "misses": {k: v for k, v in causes.items() if v},
    }


def generated_rows(
    gen: Generator, tune: range, report: range, failures: list[str] | None
) -> list[dict[str, object]]:
    """Tune (if any) and report rows of one generator, the report row last; its failures are never listed."""
    if not gen.module.available():
        if os.environ.get("CI") == "true":
            raise SystemExit(f"CI=true: the {gen.texts} must be in {gen.module.CORPUS}")
        return []
    rows = []
    if tune:
        with gen.tune_texts() if gen.tune_texts else nullcontext():
            rows.append({"split": "tune", **measure_generated(gen, tune, failures)})
    return [*rows, {"split": "report", **measure_generated(gen, report)}]


def _print_generated(gen: Generator, rows: list[dict[str, object]]) -> None:
    print(f"\n### {gen.heading}\n")
    if not rows:
        print(f"_not measured: the {gen.texts} {gen.texts_are} not in {gen.module.CORPUS}._")
        return
    print(gen.about)
    print("| set | pages | articles | right | rate | pages all right | extra | misses |")
    print("|---|---|---|---|---|---|---|---|")
    for row in rows:
        print(
            f"| {gen.tag} seeds {row['seeds']} ({row['split']}) | {row['pages']} | {row['articles']} | "
            f"{row['right']} | {row['rate']:.3f} | {row['pages_all_right']} | {row['extra_articles']} | "
            f"{misses_cell(row)} |"
        )


def main(argv: list[str] | None = None) -> int:
    """Measure tune and report pages; print markdown (or JSON)."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--tune", default="0-249", help="train-text seeds the rules were tuned on")
    parser.add_argument("--report", default="200-299", help="dev-text seeds reported untouched")
    parser.add_argument("--alt-tune", default="0-99", help="independent-generator seeds that may be tuned on")
    parser.add_argument(
        "--alt-report", default="100-199", help="independent-generator seeds reported untouched"
    )
    parser.add_argument(
        "--alt-train", default="", help="independent-generator seeds laid out from inews train texts (tune)"
    )
    parser.add_argument("--alt-only", action="store_true", help="measure the independent generator only")
    for gen in GENERATORS:
        parser.add_argument(
            f"--{gen.tag}-tune", default=gen.tune, help=f"{gen.name} seeds that may be tuned on"
        )
        parser.add_argument(
            f"--{gen.tag}-report", default=gen.report, help=f"{gen.name} seeds reported untouched"
        )
        parser.add_argument(f"--{gen.tag}-only", action="store_true", help=f"measure {gen.name} only")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--failures", action="store_true", help="list every article rebuilt wrong (stderr)")
    args = parser.parse_args(argv)
    failures: list[str] = []
    splits = {
        gen.tag: (_seeds(vars(args)[f"{gen.tag}_tune"]), _seeds(vars(args)[f"{gen.tag}_report"]))
        for gen in GENERATORS
    }
    for gen in GENERATORS:
        if not vars(args)[f"{gen.tag}_only"]:
            continue
        rows = generated_rows(gen, *splits[gen.tag], failures)
        if args.failures:
            print("\n".join(failures), file=sys.stderr)
        if args.json:
            print(json.dumps({gen.tag: rows}, ensure_ascii=False))
        else:
            _print_generated(gen, rows)
            for line in missed_reports({gen.name: rows[-1] if rows else None}):
                print(f"\nMISSED {line}")
        return 0
    if not available():
        print("## Page rebuild\n\n_not measured: the inews corpus is not in ../shared/data._")
        return 0
    alt = [measure_alt(_seeds(args.alt_tune), failures), measure_alt(_seeds(args.alt_report))]
    if args.alt_train:
        with train_texts():
            alt.append(measure_alt(_seeds(args.alt_train), failures, "alt-train"))
    if args.alt_only:
        if args.failures:
            print("\n".join(failures), file=sys.stderr)
        if args.json:
            print(json.dumps({"alt": alt}, ensure_ascii=False))
        else:
            _print_alt(alt)
        return 0
    tune = measure("train", _seeds(args.tune), failures)
    report = measure("dev", _seeds(args.report))  # report pages: their failures are never listed
    seed_ok = _seed_page_exact()
    generated = {gen.tag: generated_rows(gen, *splits[gen.tag], failures) for gen in GENERATORS}
    if args.failures:
        print("\n".join(failures), file=sys.stderr)
    if args.json:
        print(
            json.dumps(
                {
                    "tune": tune,
                    "report": report,
                    "seed_page_exact": seed_ok,
                    "alt": alt,
                    **generated,
                },
                ensure_ascii=False,
            )
        )
    else:
        print("## Page rebuild\n")
        print(
            "Generated seed-style pages (`tests/pagegen`), rebuilt by `rebuild_page`. An article is\n"
            "right when its title is exact (whitespace aside), its reporters are the byline's, and its\n"
            "body character-F1 is >= 0.98. Tune pages use inews train texts, report pages inews dev\n"
            "texts (never tuned on). 'All credits exact': reporters, photographers and correspondents\n"
            "all exactly the byline's.\n"
        )
        print(
            "| set | pages | articles | right | rate | pages all right | all credits exact | ms per page | "
            "misses (an article may have several) |"
        )
        print("|---|---|---|---|---|---|---|---|---|")
        for row in (tune, report):
            misses = misses_cell(row)
            print(
                f"| {row['split']} seeds {row['seeds']} | {row['pages']} | {row['articles']} | "
                f"{row['right']} | {row['rate']:.3f} | {row['pages_all_right']} | "
                f"{row['credits_rate']:.3f} | {row['ms_per_page']:.1f} | {misses} |"
            )
        print(
            f"\nSeed page (`tests/data/seed_000.txt`) rebuilt exactly: {'yes' if seed_ok else 'NO'}. "
            f"Target (issue 20): every report row >= {TARGET}: this one and the independent generators below."
        )
        _print_alt(alt)
        for gen in GENERATORS:
            _print_generated(gen, generated[gen.tag])
    missed = missed_reports(
        {
            "tests/pagegen": report,
            "pagegen_alt": alt[1],
            **{gen.name: rows[-1] if rows else None for gen in GENERATORS for rows in [generated[gen.tag]]},
        }
    )
    if not args.json:
        for line in missed:
            print(f"\nMISSED {line}")
    return 0 if seed_ok and not missed else 1


def missed_reports(rows: dict[str, dict[str, object] | None]) -> list[str]:
    """Name every generator's report row under :data:`TARGET`: issue 20 asks it of each unseen layout.

    Our own generator's report rate alone would hide that the generators written
    apart from the normaliser (``pagegen_alt``, ``pagegen_sogou``) fall short.
    """
    return [
        f"{name} report seeds {row['seeds']}: rate {float(str(row['rate'])):.3f} < {TARGET}"
        for name, row in rows.items()
        if row is not None and float(str(row["rate"])) < TARGET
    ]


if __name__ == "__main__":
    sys.exit(main())
