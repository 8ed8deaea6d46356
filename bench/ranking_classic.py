"""Classic retrieval models as rerank features, scored on the tuning halves only (issue 17, third round).

Usage: ``python -m bench.ranking_classic --workdir DIR [--sets inews,qbqtc] [--queries N]``
(``DIR`` as given to ``bench.ranking_eval --workdir``, which builds the indexes).

Each query of the ``tune`` half (the held half is not searched) is searched
once in best-match mode with the rerank off, as ``bench.ranking_tune`` does;
beside the product's rerank features, each of the ``RERANK_DEPTH`` best
matches gets features of models known to generalise across collections:

* BM25+ (Lv & Zhai 2011): the lower bound ``delta x IDF`` a matched term adds
  whatever the document's length, for words, bigrams and characters (its
  ``delta`` is the feature's weight);
* DPH and PL2 (``c = 1``) of the divergence-from-randomness family, and
  query likelihood with Dirichlet smoothing (``mu`` = the mean length), over
  the query's bigrams;
* plain BM25 over bigrams as the baseline scores them (``k1`` 1.2, the
  query's bigram counts), BM25 over words with jieba's general-language IDF
  (``jieba/analyse/idf.txt``), the document's log length (a prior), the query
  words' IDF weighted by their place in the query (earlier, later), and the
  share of the query held as one run (longest common substring).

Each feature's weight is scanned alone on top of the product's ranking, then
all of them together by coordinate ascent (Metzler & Croft 2007), with a
2-fold split of the tuning half (a second hash) to see whether what a fit
gains carries over to queries it did not see. Nothing here prints the held
half: ``bench.ranking_eval`` does, once, after the choice.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from bench.bigram_bm25 import BigramBM25
from bench.ranking_eval import CUTOFF, DATA, load_set, reciprocal_rank
from bench.ranking_tune import collect, folded_text, mrr
from indexer.analysis import fold, gram_counts, index_terms, query_grams, query_words
from indexer.ranking import FEATURES, K1, B

FloatArray = npt.NDArray[np.float64]

CLASSIC = (
    "bm25+ words",
    "bm25+ bigrams",
    "bm25+ characters",
    "dph",
    "pl2",
    "dirichlet",
    "baseline bm25",
    "jieba idf",
    "log length",
    "early words",
    "late words",
    "common run",
)
STEPS = (0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0)
ASCENT_STEPS = (0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0)
PRODUCT = {"characters": 1.0, "lead": 0.5}  # the kept rerank (indexer.ranking), the starting point


def dph(tf: float, length: float, average: float, documents: int, cf: float) -> float:
    """Return DPH (Amati 2006; Terrier's form) of a term ``tf`` times in a document (0 when absent).

    Parameter-free: a hypergeometric model of the term's occurrences, with
    ``(1 - f)^2 / (tf + 1)`` for normalisation, ``f = tf / length``.
    """
    if tf <= 0 or cf <= 0:
        return 0.0
    f = min(tf / max(length, 1.0), 0.999999)
    norm = (1.0 - f) * (1.0 - f) / (tf + 1.0)
    gain = tf * math.log2(tf * average / max(length, 1.0) * documents / cf)
    return norm * (gain + 0.5 * math.log2(2.0 * math.pi * tf * (1.0 - f)))


def pl2(tf: float, length: float, average: float, documents: int, cf: float, c: float = 1.0) -> float:
    """Return PL2 (Amati & van Rijsbergen 2002) with normalisation 2 at ``c`` (0 when absent)."""
    if tf <= 0 or cf <= 0:
        return 0.0
    tfn = tf * math.log2(1.0 + c * average / max(length, 1.0))
    mean = cf / documents
    poisson = tfn * math.log2(tfn / mean) + (mean - tfn) * math.log2(math.e)
    return (poisson + 0.5 * math.log2(2.0 * math.pi * tfn)) / (tfn + 1.0)


def dirichlet(counts: Sequence[float], length: float, cfs: Sequence[float], total: float, mu: float) -> float:
    """Return the log query likelihood of a document, Dirichlet-smoothed (Zhai & Lafferty 2001).

    The rank-equivalent form: ``sum log(1 + tf / (mu p(t|C))) + n log(mu / (length + mu))``
    over the ``n`` query terms the collection holds.
    """
    held = [(tf, cf) for tf, cf in zip(counts, cfs, strict=True) if cf > 0]
    score = sum(math.log(1.0 + tf / (mu * cf / total)) for tf, cf in held if tf > 0)
    return score + len(held) * math.log(mu / (length + mu))


def common_run(query: str, text: str) -> int:
    """Return the length of the longest substring of ``query`` that ``text`` holds."""
    best = 0
    for i in range(len(query)):
        j = i + best + 1
        while j <= len(query) and query[i:j] in text:
            j += 1
        best = max(best, j - 1 - i)
    return best


def jieba_idf() -> tuple[dict[str, float], float]:
    """Return jieba's general-language IDF table (folded words) and its median (for unknown words)."""
    import jieba

    table: dict[str, float] = {}
    path = Path(os.path.dirname(jieba.__file__)) / "analyse" / "idf.txt"
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            word, value = line.split()
            table[fold(word)] = float(value)
    return table, sorted(table.values())[len(table) // 2]


@dataclass
class Collection:
    """What the classic models need of the whole collection: bigram and word statistics, lengths."""

    documents: int
    gram_df: Counter[str]
    gram_cf: Counter[str]
    word_df: Counter[str]
    char_df: Counter[str]
    lengths: dict[str, float]  # by external id, in bigrams
    average: float
    total: float
    jieba: dict[str, float]  # jieba's general-language IDF, and its median for the words it lacks
    jieba_median: float

    def idf(self, df: int) -> float:
        """Return the product's IDF (``indexer.ranking``: Robertson/Lucene form)."""
        return math.log(1.0 + (self.documents - df + 0.5) / (df + 0.5))


def collection(texts: dict[str, str]) -> Collection:
    """Count the statistics of every document's folded text (as the index counts bigrams and words)."""
    gram_df: Counter[str] = Counter()
    gram_cf: Counter[str] = Counter()
    word_df: Counter[str] = Counter()
    char_df: Counter[str] = Counter()
    lengths: dict[str, float] = {}
    for xid, text in texts.items():
        grams = gram_counts(text)
        gram_df.update(grams.keys())
        gram_cf.update(grams)
        word_df.update(index_terms(text, folded=True).keys())
        char_df.update({c for c in text if c.isalnum()})
        lengths[xid] = float(sum(grams.values()))
    total = sum(lengths.values())
    documents = max(len(texts), 1)
    average = max(total / documents, 1.0)
    table, median = jieba_idf()
    return Collection(documents, gram_df, gram_cf, word_df, char_df, lengths, average, total, table, median)


def classic_features(texts: list[str], xids: list[str], query: list[str], coll: Collection) -> FloatArray:
    """Return, per candidate (folded text, external id), its features in the order of ``CLASSIC``."""
    grams = query_grams(query)
    qtf: Counter[str] = Counter()
    for t in query:
        qtf.update(gram_counts(fold(t)))
    chars = list(dict.fromkeys(c for t in query for c in fold(t) if c.isalnum()))
    words: dict[str, int] = {}
    for t in query:
        for at, w in enumerate(query_words(t)):
            words.setdefault(w, at)
    places = max(len(words), 1)
    runs = [fold(t) for t in query]
    span = max(sum(len(r) for r in runs), 1)
    out = np.zeros((len(texts), len(CLASSIC)), dtype=np.float64)
    for row, (text, xid) in enumerate(zip(texts, xids, strict=True)):
        have = gram_counts(text)
        terms = index_terms(text, folded=True)
        length = max(coll.lengths.get(xid, 1.0), 1.0)
        norm = K1 * (1.0 - B + B * length / coll.average)
        base_norm = 1.2 * (1.0 - B + B * length / coll.average)
        held_words = [w for w in words if terms.get(w)]
        word_idf = {w: coll.idf(coll.word_df[w]) for w in held_words}
        cfs = [coll.gram_cf[g] for g in grams]
        jieba = {w: coll.jieba.get(w, coll.jieba_median) for w in held_words}
        out[row] = (
            sum(word_idf.values()),
            sum(coll.idf(coll.gram_df[g]) for g in grams if have.get(g)),
            sum(coll.idf(coll.char_df[c]) for c in chars if c in text),
            sum(dph(have.get(g, 0), length, coll.average, coll.documents, coll.gram_cf[g]) for g in grams),
            sum(pl2(have.get(g, 0), length, coll.average, coll.documents, coll.gram_cf[g]) for g in grams),
            dirichlet([have.get(g, 0) for g in grams], length, cfs, coll.total, coll.average),
            sum(
                n * coll.idf(coll.gram_df[g]) * have[g] * 2.2 / (have[g] + base_norm)
                for g, n in qtf.items()
                if have.get(g)
            ),
            sum(jieba[w] * terms[w] * (K1 + 1.0) / (terms[w] + norm) for w in held_words),
            math.log(length),
            sum(word_idf[w] * (1.0 - words[w] / places) for w in held_words),
            sum(word_idf[w] * words[w] / places for w in held_words),
            max((common_run(r, text) for r in runs), default=0) / span,
        )
    return out


@dataclass
class Query:
    """One tuning query's candidates: relevance, product score, features (product's then classic)."""

    qid: str
    relevant: npt.NDArray[np.bool_]
    base: FloatArray
    partial: npt.NDArray[np.bool_]
    features: FloatArray
    baseline_rr: float  # plain bigram BM25's reciprocal rank, over every document


NAMES = FEATURES + CLASSIC


def gather(name: str, workdir: Path, max_queries: int | None) -> list[Query]:
    """Search the set's tuning queries (best match, rerank off); compute every feature of their candidates."""
    docs, queries, qrels, _ = load_set(name, DATA, workdir)
    if max_queries:
        queries = queries[:max_queries]
    texts = {d.external_id: fold(folded_text(d)) for d in docs}
    coll = collection(texts)
    qids, cands = collect(name, workdir, max_queries, best_match=True, only="tune")
    baseline = BigramBM25([folded_text(d) for d in docs])
    xid_of = [d.external_id for d in docs]
    out = []
    for qid, c in zip(qids, cands, strict=True):
        top = [xid_of[i] for i in baseline.top(c.used, CUTOFF)]
        extra = classic_features([texts[x] for x in c.xids], c.xids, c.texts, coll)
        out.append(
            Query(
                qid,
                c.relevant,
                c.base,
                c.partial,
                np.hstack([c.features, extra]) if len(c.xids) else np.zeros((0, len(NAMES))),
                reciprocal_rank(top, qrels[qid]),
            )
        )
    return out


def product_weights() -> FloatArray:
    """Return the weights of the kept rerank, classic features at zero."""
    return np.array([PRODUCT.get(n, 0.0) for n in NAMES], dtype=np.float64)


def ascent(sets: list[list[Query]], start: FloatArray, free: list[int]) -> FloatArray:
    """Coordinate ascent on the mean MRR@10 over ``sets``: each free weight in turn, until none moves."""

    def score(w: FloatArray) -> float:
        return sum(mrr(s, w) for s in sets) / len(sets)

    weights, best = start.copy(), score(start)
    moved = True
    while moved:
        moved = False
        for j in free:
            for step in ASCENT_STEPS:
                for sign in (1.0, -1.0):
                    trial = weights.copy()
                    trial[j] = sign * step
                    value = score(trial)
                    if value > best + 1e-9:
                        weights, best, moved = trial, value, True
    return weights


def fold_of(qid: str) -> int:
    """Return the fold (0 or 1) of a tuning query: a hash independent of ``half()``'s."""
    return hashlib.md5(qid.encode("utf-8")).digest()[0] % 2


def _row(label: str, values: Sequence[float]) -> str:
    return f"| {label} | " + " | ".join(f"{v:.4f}" for v in values) + " |"


def report(data: dict[str, list[Query]], out: Callable[[str], None] = print) -> None:
    """Print the single-feature scans and the coordinate ascent with its 2-fold check, tune only."""
    sets = list(data)
    base = product_weights()
    zero = np.zeros(len(NAMES))
    out("| feature, weight | " + " | ".join(f"{s} tune" for s in sets) + " |")
    out("|---|" + "---|" * len(sets))
    baseline = [float(np.mean([q.baseline_rr for q in data[s]])) for s in sets]
    out(_row("plain bigram BM25 (every document)", baseline))
    out(_row("product, no rerank", [mrr(data[s], zero) for s in sets]))
    out(_row("product (kept rerank)", [mrr(data[s], base) for s in sets]))
    oracle = [float(np.mean([q.relevant.any() for q in data[s]])) for s in sets]
    out(_row("oracle: the match set's best order", oracle))
    for j, name in enumerate(NAMES[len(FEATURES) :], len(FEATURES)):
        scans = []
        for step in STEPS:
            for sign in (1.0, -1.0):
                w = base.copy()
                w[j] = sign * step
                scans.append((sum(mrr(data[s], w) for s in sets), sign * step, w))
        _, step, w = max(scans, key=lambda t: t[0])
        out(_row(f"+ {name}, best weight {step:g}", [mrr(data[s], w) for s in sets]))
    free = [j for j, n in enumerate(NAMES) if n in PRODUCT or n in CLASSIC]
    fitted = ascent(list(data.values()), base, free)
    chosen = ", ".join(f"{NAMES[j]} {fitted[j]:g}" for j in free if fitted[j])
    out(_row(f"coordinate ascent, all features ({chosen})", [mrr(data[s], fitted) for s in sets]))
    for k in (0, 1):
        fit = {s: [q for q in data[s] if fold_of(q.qid) != k] for s in sets}
        check = {s: [q for q in data[s] if fold_of(q.qid) == k] for s in sets}
        w = ascent(list(fit.values()), base, free)
        gains = [mrr(check[s], w) - mrr(check[s], base) for s in sets]
        fitted_gains = [mrr(fit[s], w) - mrr(fit[s], base) for s in sets]
        out(
            f"| ascent fitted on fold {1 - k}, gain there / on fold {k} | "
            + " | ".join(f"{a:+.4f} / {b:+.4f}" for a, b in zip(fitted_gains, gains, strict=True))
            + " |"
        )


def main(argv: list[str] | None = None) -> int:
    """Gather the tuning queries' candidates and features, print the scans."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="inews,qbqtc")
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--queries", type=int, default=None)
    args = parser.parse_args(argv)
    data = {name: gather(name, args.workdir, args.queries) for name in args.sets.split(",") if name}
    report(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
