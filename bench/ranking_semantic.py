"""Unsupervised feedback and distributional semantics as rerank features (issue 17, fourth round).

Usage: ``python -m bench.ranking_semantic --workdir DIR [--sets inews,qbqtc] [--held]``
(``DIR`` as given to ``bench.ranking_eval --workdir``, which builds the indexes).

The third round (``bench.ranking_classic``) showed that other saturations of
the same lexical evidence (BM25+, DPH, PL2, query likelihood) move nothing.
This round tries evidence the first pass cannot see, with methods that need no
judged query and whose few parameters have published defaults:

* **RM3** (Lavrenko & Croft 2001; Jaleel et al. 2004, with Anserini's
  defaults: 10 feedback documents, 10 or 20 terms, the original query weighed
  0.5): a relevance model estimated from the first pass's best documents,
  each weighed by its score, over words (common words, those in more than a
  tenth of the archive, left out as a stoplist would) or over bigrams; the
  expansion terms then score every candidate with BM25. Unlike the second
  round's bigram feedback, the terms are weighed by ``P(t|R)`` and the
  feedback documents by their share of the scores.
* **LSA** (Deerwester et al. 1990): a truncated SVD of the TF-IDF matrix of
  the archive's words (plus headlines the judged sets never saw, thucnews), the
  query and each candidate folded into it; the feature is their cosine.
* **PPMI-SVD word vectors** (Levy, Goldberg & Dagan 2015: with context
  smoothing 0.75 and ``U sqrt(S)`` the SVD matches skip-gram with negative
  sampling on word similarity) from a window of 5 words over the same texts.
  Two features: the cosine of the IDF-weighted mean vectors of query and
  document, and a translation score in the manner of Guo et al. 2016: each
  query word the document lacks earns its IDF times its best cosine with a
  word of the document (synonyms, 如何 for 怎么).

Each feature is scaled per query (its largest value among the candidates maps
to the query's best product score), so a weight ``w`` means "the candidate
best by this feature gains ``w`` times the top score"; ``w = 1`` is RM3's
0.5 / 0.5 interpolation. Weights are scanned on the ``tune`` halves only; the
candidates of both halves are searched once and cached, but ``held`` is scored
only with ``--held``, once, for the methods chosen on ``tune``.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt

from bench.bigram_bm25 import BigramBM25
from bench.ranking_eval import CUTOFF, DATA, half, load_set, read_tsv, reciprocal_rank
from bench.ranking_eval import folded_text as baseline_text
from bench.ranking_tune import collect, folded_text, mrr
from indexer.analysis import gram_counts, index_terms, query_words
from indexer.ranking import FEATURES, K1, B

FloatArray = npt.NDArray[np.float64]

PRODUCT = np.array([{"characters": 1.0, "lead": 0.5}.get(n, 0.0) for n in FEATURES], dtype=np.float64)
FB_DOCS = 10  # Anserini's RM3 defaults (fbDocs 10, fbTerms 10, originalQueryWeight 0.5)
FB_TERMS = (10, 20)
STOP_SHARE = 0.1  # a word in more than this share of the documents is a stopword for feedback
LSA_DIM = 200
PPMI_DIM = 200
PPMI_WINDOW = 5
PPMI_ALPHA = 0.75  # context distribution smoothing (Levy et al. 2015)
MIN_COUNT = 3
WEIGHTS = (0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 1.0)


@dataclass
class Row:
    """One query's candidates (best match, rerank off): what ``ranking_tune.mrr`` reads, and more."""

    qid: str
    part: str
    relevant: npt.NDArray[np.bool_]
    base: FloatArray
    partial: npt.NDArray[np.bool_]
    product: FloatArray  # the product's rerank features (``indexer.ranking.FEATURES``)
    xids: list[str]
    texts: list[str]  # the query's typed texts
    baseline_rr: float
    features: FloatArray = field(default_factory=lambda: np.zeros((0, 0)))


def gather(name: str, workdir: Path) -> list[Row]:
    """Search every judged query once (best match, rerank off) and cache the candidates in ``workdir``."""
    cache = workdir / name / "semantic-candidates.pickle"
    if cache.exists():
        with cache.open("rb") as fh:
            rows: list[Row] = pickle.load(fh)
        return rows
    docs, queries, qrels, _ = load_set(name, DATA, workdir)
    qids, cands = collect(name, workdir, None, best_match=True)
    baseline = BigramBM25([baseline_text(d) for d in docs])
    xid_of = [d.external_id for d in docs]
    used = dict(queries)
    rows = []
    for qid, c in zip(qids, cands, strict=True):
        top = [xid_of[i] for i in baseline.top(used[qid], CUTOFF)]
        rows.append(
            Row(
                qid,
                half(qid),
                c.relevant,
                c.base,
                c.partial,
                c.features,
                c.xids,
                c.texts,
                reciprocal_rank(top, qrels[qid]),
            )
        )
    with cache.open("wb") as fh:
        pickle.dump(rows, fh)
    return rows


# --- the archive's statistics and texts --------------------------------------------------------


@dataclass
class Archive:
    """What the features read of the whole archive: folded texts, word and bigram counts, lengths."""

    texts: dict[str, str]  # folded, by external id
    words: dict[str, Counter[str]]
    grams: dict[str, Counter[str]]
    word_df: Counter[str]
    gram_df: Counter[str]
    lengths: dict[str, float]  # in bigrams, as the index measures them
    average: float

    @property
    def documents(self) -> int:
        return max(len(self.texts), 1)

    def idf(self, df: int) -> float:
        """Return the product's IDF (``indexer.ranking``: Robertson/Lucene form)."""
        return math.log(1.0 + (self.documents - df + 0.5) / (df + 0.5))


def archive(name: str, workdir: Path) -> Archive:
    """Count every document's words (as the index segments them) and bigrams (cached in ``workdir``)."""
    cache = workdir / name / "semantic-archive.pickle"
    if cache.exists():
        with cache.open("rb") as fh:
            found: Archive = pickle.load(fh)
        return found
    docs, _, _, _ = load_set(name, DATA, workdir)
    texts = {d.external_id: folded_text(d) for d in docs}
    words = {x: index_terms(t, folded=True) for x, t in texts.items()}
    grams = {x: gram_counts(t) for x, t in texts.items()}
    word_df: Counter[str] = Counter()
    gram_df: Counter[str] = Counter()
    for c in words.values():
        word_df.update(c.keys())
    for c in grams.values():
        gram_df.update(c.keys())
    lengths = {x: float(max(sum(c.values()), 1)) for x, c in grams.items()}
    average = sum(lengths.values()) / max(len(lengths), 1)
    result = Archive(texts, words, grams, word_df, gram_df, lengths, average)
    with cache.open("wb") as fh:
        pickle.dump(result, fh)
    return result


def bm25_weight(tf: float, length: float, average: float, idf: float) -> float:
    """Return one term's BM25 contribution (the product's ``K1`` and ``B``)."""
    if tf <= 0:
        return 0.0
    return idf * tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * length / average))


# --- RM3 ---------------------------------------------------------------------------------------


def relevance_model(
    bags: Sequence[Counter[str]], scores: Sequence[float], terms: int, keep: Callable[[str], bool]
) -> dict[str, float]:
    """Return RM1's ``P(t|R)`` over the ``terms`` likeliest terms (RM3's expansion), normalised to 1.

    ``P(t|R) = sum_D P(t|D) P(D|Q)`` with ``P(t|D)`` the term's share of the
    document's kept terms and ``P(D|Q)`` the document's share of the feedback
    documents' scores (Anserini weighs feedback documents by their score).
    """
    total = sum(max(s, 0.0) for s in scores)
    if total <= 0:
        return {}
    model: dict[str, float] = {}
    for bag, score in zip(bags, scores, strict=True):
        kept = {t: n for t, n in bag.items() if keep(t)}
        size = sum(kept.values())
        if not size or score <= 0:
            continue
        for t, n in kept.items():
            model[t] = model.get(t, 0.0) + (n / size) * (score / total)
    best = sorted(model.items(), key=lambda kv: (-kv[1], kv[0]))[:terms]
    mass = sum(p for _, p in best)
    return {t: p / mass for t, p in best} if mass else {}


def rm3_feature(rows: Sequence[Row], arch: Archive, unit: str, terms: int) -> None:
    """Append, per candidate, the BM25 score of its query's RM3 expansion (``unit``: words or grams)."""
    bags = arch.words if unit == "words" else arch.grams
    df = arch.word_df if unit == "words" else arch.gram_df
    limit = STOP_SHARE * arch.documents

    def keep(t: str) -> bool:
        return df[t] <= limit and (unit == "grams" or len(t) > 1)

    for r in rows:
        first = first_pass(r)
        order = np.argsort(-first, kind="stable")[:FB_DOCS]
        model = relevance_model(
            [bags[r.xids[i]] for i in order], [float(first[i]) for i in order], terms, keep
        )
        value = np.array(
            [
                sum(
                    p * bm25_weight(bags[x].get(t, 0), arch.lengths[x], arch.average, arch.idf(df[t]))
                    for t, p in model.items()
                )
                for x in r.xids
            ],
            dtype=np.float64,
        )
        add_feature(r, value)


def first_pass(r: Row) -> FloatArray:
    """Return the product's score of each candidate (BM25 plus the kept rerank)."""
    result: FloatArray = r.base + (r.product @ PRODUCT if len(r.xids) else 0.0)
    return result


def add_feature(r: Row, value: FloatArray) -> None:
    """Append ``value`` as a feature column, scaled so its largest maps to the query's best score."""
    column = np.zeros(len(r.xids), dtype=np.float64)
    if len(r.xids):
        top, peak = float(first_pass(r).max()), float(np.abs(value).max())
        if peak > 0:
            column = value / peak * top
    existing = r.features if r.features.size else np.zeros((len(r.xids), 0))
    r.features = np.hstack([existing, column[:, None]])


# --- distributional semantics --------------------------------------------------------------------


def training_texts(data: Path = DATA) -> list[str]:
    """Return the unlabelled texts the vectors learn from: both archives' documents and thucnews headlines.

    No query and no judgment of either set is read: the documents are what an
    archive holds anyway, and the 20,000 thucnews headlines add news wording
    the judged queries were never drawn from.
    """
    texts: list[str] = []
    for split in ("train", "dev"):
        path = data / "inews-bdci2019" / f"{split}.jsonl"
        with path.open(encoding="utf-8") as fh:
            texts.extend(json.loads(line)["content"] for line in fh)
    texts.extend(
        row[1] for row in read_tsv(data / "qbqtc-query-title-relevance" / "retrieval" / "corpus.tsv")
    )
    for split in ("dev", "test"):
        texts.extend(row[0] for row in read_tsv(data / "thucnews-titles" / f"{split}.txt"))
    return texts


def randomized_svd(
    matrix: object, rank: int, oversample: int = 20, iterations: int = 4, seed: int = 0
) -> tuple[FloatArray, FloatArray, FloatArray]:
    """Return ``U, S, Vt`` of a rank-``rank`` SVD (Halko, Martinsson & Tropp 2011; power iterations)."""
    rng = np.random.default_rng(seed)
    a = matrix
    n = a.shape[1]  # type: ignore[attr-defined]
    basis, _ = np.linalg.qr(a @ rng.standard_normal((n, rank + oversample)))  # type: ignore[operator]
    for _ in range(iterations):
        basis, _ = np.linalg.qr(a.T @ basis)  # type: ignore[attr-defined]
        basis, _ = np.linalg.qr(a @ basis)
    small = (a.T @ basis).T  # type: ignore[attr-defined]
    u, s, vt = np.linalg.svd(small, full_matrices=False)
    return (basis @ u)[:, :rank], s[:rank], vt[:rank]


@dataclass
class Space:
    """Word vectors (rows unit length) and the IDF that weighs words into texts."""

    vocab: dict[str, int]
    vectors: FloatArray
    idf: FloatArray

    def embed(self, words: Iterable[str]) -> FloatArray:
        """Return the unit IDF-weighted mean vector of ``words`` (zero when none is known)."""
        ids = [self.vocab[w] for w in words if w in self.vocab]
        if not ids:
            return np.zeros(self.vectors.shape[1])
        v = (self.idf[ids, None] * self.vectors[ids]).sum(axis=0)
        norm = float(np.linalg.norm(v))
        result: FloatArray = v / norm if norm > 0 else v
        return result


def vocabulary(sequences: list[list[str]]) -> tuple[dict[str, int], FloatArray]:
    """Return the words seen ``MIN_COUNT`` times or more, and each one's IDF over ``sequences``."""
    counts: Counter[str] = Counter()
    df: Counter[str] = Counter()
    for seq in sequences:
        counts.update(seq)
        df.update(set(seq))
    words = [w for w, n in counts.most_common() if n >= MIN_COUNT]
    vocab = {w: i for i, w in enumerate(words)}
    n = len(sequences)
    idf = np.array([math.log(1.0 + (n - df[w] + 0.5) / (df[w] + 0.5)) for w in words], dtype=np.float64)
    return vocab, idf


def ppmi_space(sequences: list[list[str]], dim: int = PPMI_DIM) -> Space:
    """Return PPMI-SVD word vectors (Levy, Goldberg & Dagan 2015) of ``sequences``.

    Co-occurrences within ``PPMI_WINDOW`` words, weighed as word2vec's dynamic
    window does (``(W - d + 1) / W`` at distance ``d``); PPMI with the context
    distribution raised to ``PPMI_ALPHA``; vectors ``U sqrt(S)``, rows unit length.
    """
    from scipy import sparse

    vocab, idf = vocabulary(sequences)
    ids = np.concatenate(
        [np.array([vocab.get(w, -1) for w in seq] + [-1] * PPMI_WINDOW, dtype=np.int64) for seq in sequences]
    )  # a run of PPMI_WINDOW separators (-1) after each text: no pair spans two texts
    size = len(vocab)
    counts = sparse.csr_matrix((size, size), dtype=np.float64)
    for d in range(1, PPMI_WINDOW + 1):
        left, right = ids[:-d], ids[d:]
        both = (left >= 0) & (right >= 0)
        weight = (PPMI_WINDOW - d + 1) / PPMI_WINDOW
        pairs = sparse.coo_matrix(
            (np.full(int(both.sum()), weight), (left[both], right[both])), shape=(size, size)
        ).tocsr()
        counts = counts + pairs + pairs.T
    counts = counts.tocoo()
    rows = np.asarray(counts.sum(axis=1)).ravel()
    smoothed = np.asarray(counts.sum(axis=0)).ravel() ** PPMI_ALPHA
    pmi = np.log(counts.data * smoothed.sum() / (rows[counts.row] * smoothed[counts.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (counts.row[keep], counts.col[keep])), shape=(size, size))
    u, s, _ = randomized_svd(ppmi, min(dim, size - 1))
    vectors = u * np.sqrt(s)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return Space(vocab, vectors / np.maximum(norms, 1e-12), idf)


def lsa_space(sequences: list[list[str]], dim: int = LSA_DIM) -> Space:
    """Return LSA word vectors (Deerwester et al. 1990): the right singular vectors of the TF-IDF matrix.

    Each text is a row (``1 + log tf`` times IDF, unit length); a text is then
    represented by the IDF-weighted mean of its words' vectors ``V S``.
    """
    from scipy import sparse

    vocab, idf = vocabulary(sequences)
    indptr: list[int] = [0]
    indices: list[int] = []
    values: list[float] = []
    for seq in sequences:
        bag = Counter(vocab[w] for w in seq if w in vocab)
        row = np.array([(1.0 + math.log(n)) * idf[i] for i, n in bag.items()], dtype=np.float64)
        norm = float(np.linalg.norm(row)) or 1.0
        indices.extend(bag.keys())
        values.extend(row / norm)
        indptr.append(len(indices))
    matrix = sparse.csr_matrix((values, indices, indptr), shape=(len(sequences), len(vocab)))
    _, s, vt = randomized_svd(matrix, min(dim, len(vocab) - 1))
    vectors = vt.T * s
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return Space(vocab, vectors / np.maximum(norms, 1e-12), idf)


def space_features(rows: Sequence[Row], arch: Archive, space: Space, translation: bool) -> None:
    """Append per candidate the cosine of query and document in ``space`` (and the translation score)."""
    doc_ids: dict[str, npt.NDArray[np.int64]] = {}
    doc_vectors: dict[str, FloatArray] = {}
    for r in rows:
        q = [w for t in r.texts for w in query_words(t)]
        qv = space.embed(q)
        for x in r.xids:
            if x not in doc_vectors:
                words = query_words(arch.texts[x])
                doc_ids[x] = np.unique(
                    np.array([space.vocab[w] for w in words if w in space.vocab], dtype=np.int64)
                )
                doc_vectors[x] = space.embed(words)
        cos = np.array([float(qv @ doc_vectors[x]) for x in r.xids], dtype=np.float64)
        add_feature(r, cos)
        if not translation:
            continue
        trans = np.zeros(len(r.xids))
        qids = np.array(list(dict.fromkeys(space.vocab[w] for w in q if w in space.vocab)), dtype=np.int64)
        union = np.unique(np.concatenate([doc_ids[x] for x in r.xids])) if r.xids else np.zeros(0, np.int64)
        if len(qids) and len(union):
            sims = np.clip(space.vectors[qids] @ space.vectors[union].T, 0.0, None)
            for j, x in enumerate(r.xids):
                ids = doc_ids[x]
                missing = ~np.isin(qids, ids)
                if missing.any() and len(ids):
                    best = sims[missing][:, np.searchsorted(union, ids)].max(axis=1)
                    trans[j] = float(best @ space.idf[qids[missing]])
        add_feature(r, trans)


# --- scoring ---------------------------------------------------------------------------------------


@dataclass
class Scored:
    """A row as ``ranking_tune.mrr`` reads it: the product's features and the new ones side by side."""

    relevant: npt.NDArray[np.bool_]
    base: FloatArray
    partial: npt.NDArray[np.bool_]
    features: FloatArray


def scored(rows: Sequence[Row]) -> list[Scored]:
    """Return the rows with their product and new features in one matrix."""
    out = []
    for r in rows:
        extra = r.features if r.features.size else np.zeros((len(r.xids), 0))
        out.append(Scored(r.relevant, r.base, r.partial, np.hstack([r.product, extra])))
    return out


def weights_for(count: int, column: int | None, weight: float) -> FloatArray:
    """Return the product's kept rerank weights, and ``weight`` on new feature ``column`` (others 0)."""
    w = np.concatenate([PRODUCT, np.zeros(count)])
    if column is not None:
        w[len(PRODUCT) + column] = weight
    return w


def features(data: dict[str, list[Row]], workdir: Path, log: Callable[[str], None]) -> list[str]:
    """Compute every new feature of every candidate (both halves); return the feature names."""
    names: list[str] = []
    for name, rows in data.items():
        started = time.perf_counter()
        arch = archive(name, workdir)
        log(f"{name}: archive counted in {time.perf_counter() - started:.0f} s")
        names = []
        for unit in ("words", "grams"):
            for terms in FB_TERMS:
                rm3_feature(rows, arch, unit, terms)
                names.append(f"RM3 {unit}, {FB_DOCS} docs, {terms} terms")
        log(f"{name}: RM3 in {time.perf_counter() - started:.0f} s")
        data[name] = rows
        spaces = _spaces(workdir, log)
        space_features(rows, arch, spaces["lsa"], translation=False)
        names.append(f"LSA cosine ({LSA_DIM} dims)")
        space_features(rows, arch, spaces["ppmi"], translation=True)
        names += [f"PPMI-SVD cosine ({PPMI_DIM} dims)", "PPMI-SVD translation (missing query words)"]
        log(f"{name}: all features in {time.perf_counter() - started:.0f} s")
    return names


_SPACES: dict[str, Space] = {}


def _spaces(workdir: Path, log: Callable[[str], None]) -> dict[str, Space]:
    """Train (once, cached in ``workdir``) the LSA and PPMI-SVD spaces on the unlabelled texts."""
    if _SPACES:
        return _SPACES
    cache = workdir / "semantic-spaces.pickle"
    if cache.exists():
        with cache.open("rb") as fh:
            _SPACES.update(pickle.load(fh))
        return _SPACES
    started = time.perf_counter()
    sequences = [query_words(t) for t in training_texts()]
    log(f"segmented {len(sequences)} training texts in {time.perf_counter() - started:.0f} s")
    _SPACES["ppmi"] = ppmi_space(sequences)
    log(f"PPMI-SVD: {len(_SPACES['ppmi'].vocab)} words, {time.perf_counter() - started:.0f} s")
    _SPACES["lsa"] = lsa_space(sequences)
    log(f"LSA: {time.perf_counter() - started:.0f} s")
    with cache.open("wb") as fh:
        pickle.dump(dict(_SPACES), fh)
    return _SPACES


def report(
    data: dict[str, list[Row]], names: list[str], held: bool, out: Callable[[str], None] = print
) -> dict[str, float]:
    """Print tune MRR@10 per feature (default weight 1 and the best of ``WEIGHTS`` on the sets' mean).

    With ``held``, print the held halves once for each feature at the weight
    chosen on tune. Returns the chosen weight per feature name.
    """
    sets = list(data)
    parts = {s: {p: scored([r for r in data[s] if r.part == p]) for p in ("tune", "held")} for s in sets}
    base_rr = {
        s: {p: float(np.mean([r.baseline_rr for r in data[s] if r.part == p])) for p in parts[s]}
        for s in sets
    }
    n = len(names)

    def score(part: str, column: int | None, weight: float) -> list[float]:
        return [mrr(parts[s][part], weights_for(n, column, weight)) for s in sets]

    out("| ranking (best match) | weight | " + " | ".join(f"{s} tune" for s in sets) + " | smaller gain |")
    out("|---|---|" + "---|" * (len(sets) + 1))
    product = score("tune", None, 0.0)

    def line(label: str, weight: str, values: Sequence[float]) -> str:
        gain = min(v - p for v, p in zip(values, product, strict=True))
        return f"| {label} | {weight} | " + " | ".join(f"{v:.4f}" for v in values) + f" | {gain:+.4f} |"

    out(line("plain bigram BM25 (the baseline)", "", [base_rr[s]["tune"] for s in sets]))
    out(line("product (kept rerank)", "", product))
    chosen: dict[str, float] = {}
    for j, label in enumerate(names):
        scans = {w: score("tune", j, w) for w in WEIGHTS}
        best = max(WEIGHTS, key=lambda w: (float(np.mean(scans[w])), -w))
        safest = max(WEIGHTS, key=lambda w: (min(v - p for v, p in zip(scans[w], product, strict=True)), -w))
        chosen[label] = best
        out(line(f"+ {label}", "1 (default)", scans[1.0]))
        out(line(f"+ {label}", f"{best:g} (best mean)", scans[best]))
        if safest != best:
            out(line(f"+ {label}", f"{safest:g} (best smaller gain)", scans[safest]))
    if not held:
        return chosen
    out("\nHeld halves, printed once (weights chosen on tune above):\n")
    out(
        "| ranking (best match) | "
        + " | ".join(f"{s} held" for s in sets)
        + " | "
        + " | ".join(f"{s} vs baseline" for s in sets)
        + " |"
    )
    out("|---|" + "---|" * (2 * len(sets)))
    out(_row("plain bigram BM25 (the baseline)", [base_rr[s]["held"] for s in sets]) + " |" * len(sets))
    rows = [("product (kept rerank)", score("held", None, 0.0))]
    rows += [
        (f"+ {label}, weight {chosen[label]:g}", score("held", j, chosen[label]))
        for j, label in enumerate(names)
    ]
    for label, values in rows:
        gaps = [v - base_rr[s]["held"] for v, s in zip(values, sets, strict=True)]
        out(_row(label, values) + " " + " | ".join(f"{g:+.4f}" for g in gaps) + " |")
    return chosen


def _row(label: str, values: Sequence[float]) -> str:
    return f"| {label} | " + " | ".join(f"{v:.4f}" for v in values) + " |"


def main(argv: list[str] | None = None) -> int:
    """Gather the candidates, compute the features, print the tune scans (and held once with ``--held``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="inews,qbqtc")
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--held", action="store_true", help="also print the held halves (once, at the end)")
    args = parser.parse_args(argv)

    def log(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    sets = [s for s in args.sets.split(",") if s]
    cache = args.workdir / ("semantic-features-" + "-".join(sets) + ".pickle")
    if cache.exists():
        with cache.open("rb") as fh:
            data, names = pickle.load(fh)
    else:
        data = {}
        for name in sets:
            started = time.perf_counter()
            data[name] = gather(name, args.workdir)
            log(f"{name}: {len(data[name])} queries searched in {time.perf_counter() - started:.0f} s")
        names = features(data, args.workdir, log)
        with cache.open("wb") as fh:
            pickle.dump((data, names), fh)
    report(data, names, args.held)
    return 0


if __name__ == "__main__":
    sys.exit(main())
