"""Supervised learning to rank on data disjoint from both evaluation sets (issue 17, fourth round).

Usage: ``python -m bench.ranking_ltr --workdir DIR [--held | --train-cv | --embed N]``
(``DIR`` as given to ``bench.ranking_eval --workdir``, which builds the
indexes; candidates and features are cached under ``DIR/ltr``, and
``--gather PART`` fills the cache one part at a time). LightGBM and torch
are not dependencies of the project: ``pip install lightgbm`` (4.7.0 was
used) for the boosted models, ``pip install torch`` for ``--embed``. The
figures and what they say are in ``bench/notes/ranking_eval.md`` (fourth
round): nothing reached issue 17's margin, the product's ranking is unchanged.

Training data, never a held query:

* **inews known items from train articles.** ``knownitem/queries.dev.tsv``
  is the headline of each dev article with at least 100 characters of content
  and a headline of 6 or more characters; its qrels are that article and any of
  identical content. The same construction over *train* articles gives 5,000+
  training queries on the same index (train and dev articles are both indexed,
  content only). A train article whose headline or content equals a dev
  article's is left out, so no held query is trained on in disguise.
* **qbqtc: only the tuning half.** The shared copy of QBQTC has no train split
  (``dev.json`` only), so the ``tune`` half of the dev queries is the only
  judged qbqtc data a model may see. Hyperparameters are chosen by a 2-fold
  split of it (a second hash), so no fitted figure is read on the queries it
  was fitted on.

Every query is searched once in best-match mode with the product's rerank off
(``bench.ranking_tune.collect``'s method); the ``RERANK_DEPTH`` best matches
get a few generic features (``FEATURES``) computed on their folded text,
exactly what a rerank in the product could compute from the 50 texts and the
index's statistics. A model reorders the 50 (full matches stay above partial
ones, as in ``bench.ranking_tune.mrr``); MRR@10 is compared with plain BM25
over character bigrams on every document (``bench.bigram_bm25``), same run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import pickle
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from bench.bigram_bm25 import BigramBM25
from bench.ranking_classic import common_run
from bench.ranking_eval import CUTOFF, DATA, half, load_set, reciprocal_rank, run_query
from bench.ranking_tune import folded_text, rerank_off
from indexer import ranking
from indexer.analysis import fold, gram_counts, index_terms, query_grams, query_words
from indexer.documents import IndexDoc
from indexer.query import compile_query, parse_query
from indexer.ranking import query_shape, rerank_features

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

MIN_CONTENT = 100  # the knownitem set's construction, read off which dev articles it holds
MIN_HEADLINE = 6

FEATURES = (
    "score",  # the product's first-pass score (BM25 over words + half of bigrams)
    "score share",  # score / the list's best score
    "log rank",  # log(1 + first-pass rank)
    "ordered",
    "unordered",
    "title phrase",
    "characters",
    "lead",  # the product's rerank features, unweighted
    "partial",
    "bigram bm25",  # plain BM25 over bigrams, k1 1.2, query counts (the baseline's scorer)
    "bigram bm25 share",
    "gram coverage",  # IDF-weighted share of the query's distinct bigrams the text holds
    "char coverage",
    "word coverage",
    "lead coverage",  # ... held in the first 100 characters of the body
    "opening coverage",  # ... in the first 30
    "title coverage",  # ... in the title (0 where documents have none)
    "common run",  # longest substring of the query the text holds, over the query's length
    "first match",  # where the text first holds a query bigram of above-median IDF, over its length
    "log length",
    "log query length",
    "dirichlet",  # query likelihood over bigrams, mu = mean length
)


@dataclass
class Candidates:
    """One query's first-pass matches: relevance, partial flags and features."""

    qid: str
    relevant: BoolArray
    partial: BoolArray
    features: FloatArray
    baseline_rr: float  # plain bigram BM25 over every document, MRR@10 contribution
    xids: tuple[str, ...] = ()  # the matches, in first-pass order (features added later read their texts)
    typed: tuple[str, ...] = ()  # the query's positive typed texts


@dataclass
class Stats:
    """Collection statistics the features need, counted on the folded texts."""

    documents: int
    gram_df: Counter[str]
    gram_cf: Counter[str]
    word_df: Counter[str]
    char_df: Counter[str]
    lengths: dict[str, float]  # in bigrams, by external id
    average: float
    total: float

    def idf(self, df: int) -> float:
        return math.log(1.0 + (self.documents - df + 0.5) / (df + 0.5))


def count_stats(texts: dict[str, str]) -> tuple[Stats, dict[str, tuple[Counter[str], Counter[str]]]]:
    """Return the collection's statistics and each text's bigram and word counts (cached per document)."""
    gram_df: Counter[str] = Counter()
    gram_cf: Counter[str] = Counter()
    word_df: Counter[str] = Counter()
    char_df: Counter[str] = Counter()
    lengths: dict[str, float] = {}
    cache: dict[str, tuple[Counter[str], Counter[str]]] = {}
    for xid, text in texts.items():
        grams = gram_counts(text)
        terms = index_terms(text, folded=True)
        cache[xid] = (grams, terms)
        gram_df.update(grams.keys())
        gram_cf.update(grams)
        word_df.update(terms.keys())
        char_df.update({c for c in text if c.isalnum()})
        lengths[xid] = float(sum(grams.values()))
    total = sum(lengths.values())
    documents = max(len(texts), 1)
    stats = Stats(documents, gram_df, gram_cf, word_df, char_df, lengths, max(total / documents, 1.0), total)
    return stats, cache


def _parts(folded: str) -> tuple[str, str]:
    """Return the title and body of a document's folded text (lead title, title, subtitle, body)."""
    parts = folded.split("\n", 3)
    return (parts[1] if len(parts) > 1 else ""), (parts[3] if len(parts) > 3 else "")


def _coverage(grams: Sequence[tuple[str, float]], have: Counter[str] | set[str]) -> float:
    total = sum(w for _, w in grams)
    return sum(w for g, w in grams if g in have) / total if total > 0 else 0.0


def extra_features(
    texts: list[str],
    xids: list[str],
    typed: list[str],
    used: str,
    stats: Stats,
    cache: dict[str, tuple[Counter[str], Counter[str]]],
) -> FloatArray:
    """Return the features past the product's own (``FEATURES[9:]``) of each candidate."""
    qgrams = [(g, stats.idf(stats.gram_df[g])) for g in query_grams(typed)]
    qtf: Counter[str] = Counter()
    for t in typed:
        qtf.update(gram_counts(fold(t)))
    chars = [
        (c, stats.idf(stats.char_df[c]))
        for c in dict.fromkeys(c for t in typed for c in fold(t) if c.isalnum())
    ]
    words = [
        (w, stats.idf(stats.word_df[w])) for w in dict.fromkeys(w for t in typed for w in query_words(t))
    ]
    runs = [fold(t) for t in typed]
    span = max(sum(len(r) for r in runs), 1)
    rare = sorted(w for _, w in qgrams)
    cut = rare[len(rare) // 2] if rare else 0.0
    telling = [g for g, w in qgrams if w >= cut]
    out = np.zeros((len(texts), len(FEATURES) - 9), dtype=np.float64)
    for row, (text, xid) in enumerate(zip(texts, xids, strict=True)):
        grams, terms = cache[xid]
        length = max(stats.lengths.get(xid, 1.0), 1.0)
        norm = 1.2 * (1.0 - 0.75 + 0.75 * length / stats.average)
        title, body = _parts(text)
        body = body or text
        firsts = [body.find(g) for g in telling]
        found = [f for f in firsts if f >= 0]
        cfs = [(grams.get(g, 0), stats.gram_cf[g]) for g, _ in qgrams]
        mu = stats.average
        dirichlet = sum(math.log(1.0 + tf / (mu * cf / stats.total)) for tf, cf in cfs if tf > 0 and cf > 0)
        dirichlet += sum(1 for _, cf in cfs if cf > 0) * math.log(mu / (length + mu))
        out[row] = (
            sum(
                n * stats.idf(stats.gram_df[g]) * grams[g] * 2.2 / (grams[g] + norm)
                for g, n in qtf.items()
                if grams.get(g)
            ),
            0.0,
            _coverage(qgrams, grams),
            _coverage(chars, set(text)),
            _coverage(words, terms),
            _coverage(qgrams, gram_counts(body[:100])),
            _coverage(qgrams, gram_counts(body[:30])),
            _coverage(qgrams, gram_counts(title)) if title else 0.0,
            max((common_run(r, text) for r in runs), default=0) / span,
            min(found) / max(len(body), 1) if found else 1.0,
            math.log(length),
            math.log(1.0 + len(used)),
            dirichlet,
        )
    if len(texts):
        out[:, 1] = out[:, 0] / max(float(out[:, 0].max()), 1e-9)
    return out


def inews_train_queries(data: Path) -> list[tuple[str, str, set[str]]]:
    """Return known-item queries built from train articles as the dev set was: (qid, headline, qrels).

    Left out: an article whose headline or content is also a dev article's
    (so no held query is trained on under another id).
    """
    rows = {}
    for split in ("train", "dev"):
        with (data / "inews-bdci2019" / f"{split}.jsonl").open(encoding="utf-8") as fh:
            rows[split] = [json.loads(line) for line in fh]
    dev_titles = {r["title"].strip() for r in rows["dev"]}
    dev_contents = {r["content"] for r in rows["dev"]}
    by_content: dict[str, set[str]] = {}
    for r in rows["train"] + rows["dev"]:
        by_content.setdefault(r["content"], set()).add(r["id"])
    out = []
    for r in rows["train"]:
        title = r["title"].strip()
        if len(r["content"]) < MIN_CONTENT or len(title) < MIN_HEADLINE:
            continue
        if title in dev_titles or r["content"] in dev_contents:
            continue
        out.append((f"q-{r['id']}", title, by_content[r["content"]]))
    return out


def collect(
    name: str, workdir: Path, queries: list[tuple[str, str, set[str]]], docs: list[IndexDoc], index_path: Path
) -> list[Candidates]:
    """Search each query once (best match, the product's rerank off); features of its matches."""
    texts = {d.external_id: folded_text(d) for d in docs}
    stats, cache = count_stats(texts)
    baseline = BigramBM25([folded_text(d) for d in docs])
    xid_of = [d.external_id for d in docs]
    out: list[Candidates] = []
    with rerank_off(index_path) as off:
        for n, (qid, text, wanted) in enumerate(queries):
            page, used = run_query(
                index_path, text, limit=ranking.RERANK_DEPTH, time_limit=600.0, best_match=True
            )
            top = [xid_of[i] for i in baseline.top(used, CUTOFF)]
            typed = compile_query(parse_query(used)).texts
            shape = query_shape(typed, off.stats, None)
            xids = [h.external_id for h in page.hits]
            cand_texts = [texts[x] for x in xids]
            lengths = np.array(
                [off.reader.doc_field_length(off.docnum[x], "grams") or 0 for x in xids], dtype=float
            )
            base = np.array([h.score for h in page.hits], dtype=np.float64)
            product = rerank_features(cand_texts, lengths, shape, off.average)
            extra = extra_features(cand_texts, xids, typed, used, stats, cache)
            first = np.column_stack(
                [
                    base,
                    base / max(float(base.max()), 1e-9) if len(base) else base,
                    np.log1p(np.arange(len(base), dtype=np.float64)),
                ]
            )
            partial = np.array([h.partial for h in page.hits], dtype=bool)
            features = (
                np.hstack([first, product, partial[:, None].astype(float), extra])
                if len(xids)
                else np.zeros((0, len(FEATURES)))
            )
            out.append(
                Candidates(
                    qid,
                    np.array([x in wanted for x in xids], dtype=bool),
                    partial,
                    features,
                    reciprocal_rank(top, wanted),
                    tuple(xids),
                    tuple(typed),
                )
            )
            if n % 500 == 0:
                print(f"  {name}: {n}/{len(queries)} queries", file=sys.stderr, flush=True)
    return out


class _Unpickler(pickle.Unpickler):
    """Reads caches written when the module ran as ``__main__`` (its class was pickled under that name)."""

    def find_class(self, module: str, name: str) -> object:
        if name == "Candidates":
            return Candidates
        return super().find_class(module, name)


PARTS = ("inews", "inews train 0", "inews train 1", "qbqtc")


def gather_part(workdir: Path, part: str) -> list[Candidates]:
    """Return (cached under ``workdir/ltr``) the candidates of one part of ``PARTS``.

    ``inews train 0`` and ``1`` are the two halves of the training queries (by
    their order), so that two processes can search them.
    """
    cache_dir = workdir / "ltr"
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / (part.replace(" ", "-") + ".pkl")
    if path.exists():
        with path.open("rb") as fh:
            loaded: list[Candidates] = _Unpickler(fh).load()
        return loaded
    name = part.split()[0]
    docs, queries, qrels, index_path = load_set(name, DATA, workdir)
    if part.startswith("inews train"):
        shard = int(part.split()[-1])
        wanted = inews_train_queries(DATA)[shard::2]
    else:
        wanted = [(qid, text, qrels[qid]) for qid, text in queries]
    started = time.perf_counter()
    out = collect(part, workdir, wanted, docs, index_path)
    print(f"{part}: gathered in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    with path.open("wb") as fh:
        pickle.dump(out, fh)
    return out


def gather(workdir: Path) -> dict[str, list[Candidates]]:
    """Return the candidates of inews dev, inews train and qbqtc dev (both halves; ``half`` tags them)."""
    parts = {part: gather_part(workdir, part) for part in PARTS}
    return {
        "inews": parts["inews"],
        "inews train": parts["inews train 0"] + parts["inews train 1"],
        "qbqtc": parts["qbqtc"],
    }


def fold_of(qid: str) -> int:
    """Return the fold (0 or 1) of a tuning query: a hash independent of ``half()``'s."""
    return hashlib.md5(qid.encode("utf-8")).digest()[0] % 2


def mrr(cands: Sequence[Candidates], scores: Sequence[FloatArray]) -> float:
    """Return MRR@10 of each query's candidates ordered by ``scores`` (full matches above partial ones)."""
    total = 0.0
    for c, score in zip(cands, scores, strict=True):
        if not c.relevant.any():
            continue
        order = np.lexsort((np.arange(len(score)), -score, c.partial))
        ranks = np.flatnonzero(c.relevant[order][:CUTOFF])
        if len(ranks):
            total += 1.0 / (ranks[0] + 1)
    return total / max(len(cands), 1)


def product_scores(cands: Sequence[Candidates]) -> list[FloatArray]:
    """Return the product's own ranking score: first pass plus the kept rerank (characters 1, lead 0.5)."""
    at = {n: i for i, n in enumerate(FEATURES)}
    weights = dict(
        zip(
            ("ordered", "unordered", "title phrase", "characters", "lead"),
            ranking.rerank_weights(),
            strict=True,
        )
    )
    out = []
    for c in cands:
        s = c.features[:, at["score"]].copy()
        for n, w in weights.items():
            s += w * c.features[:, at[n]]
        out.append(s)
    return out


def baseline(cands: Sequence[Candidates]) -> float:
    return float(np.mean([c.baseline_rr for c in cands])) if cands else 0.0


def _stack(cands: Sequence[Candidates]) -> tuple[FloatArray, FloatArray, list[int]]:
    """Return the rows, labels and group sizes of the queries whose matches hold a relevant one."""
    kept = [c for c in cands if c.relevant.any()]
    x = np.vstack([c.features for c in kept])
    y = np.concatenate([c.relevant.astype(np.float64) for c in kept])
    return x, y, [len(c.relevant) for c in kept]


def train_lambdarank(train: Sequence[Candidates], params: dict[str, float], seed: int = 1) -> Predictor:
    """Fit LightGBM's lambdarank (NDCG@10 gradients) on ``train``; return the booster."""
    import lightgbm

    x, y, groups = _stack(train)
    rounds = int(params.get("rounds", 200))
    config = {
        "objective": "lambdarank",
        "lambdarank_truncation_level": CUTOFF,
        "eval_at": [CUTOFF],
        "learning_rate": params.get("learning_rate", 0.05),
        "num_leaves": int(params.get("num_leaves", 15)),
        "min_data_in_leaf": int(params.get("min_data_in_leaf", 50)),
        "feature_fraction": params.get("feature_fraction", 0.8),
        "bagging_fraction": 0.8,
        "bagging_freq": 1,
        "lambda_l2": params.get("lambda_l2", 1.0),
        "seed": seed,
        "deterministic": True,
        "num_threads": 1,
        "verbose": -1,
    }
    data = lightgbm.Dataset(x, y, group=groups, feature_name=[f.replace(" ", "_") for f in FEATURES])
    booster: Predictor = lightgbm.train(config, data, num_boost_round=rounds)
    return booster


class Predictor(Protocol):
    """What is read of a trained LightGBM booster."""

    def predict(self, data: FloatArray) -> Any: ...


def booster_scores(model: Predictor, cands: Sequence[Candidates]) -> list[FloatArray]:
    """Return the model's score of each query's candidates."""
    return [np.asarray(model.predict(c.features), dtype=np.float64) for c in cands]


@dataclass
class Linear:
    """A linear rerank: standardised features times weights (pairwise logistic loss, L2)."""

    mean: FloatArray
    scale: FloatArray
    weights: FloatArray

    def scores(self, cands: Sequence[Candidates]) -> list[FloatArray]:
        return [((c.features - self.mean) / self.scale) @ self.weights for c in cands]


def train_linear(train: Sequence[Candidates], l2: float = 1.0, depth: int = 20, steps: int = 300) -> Linear:
    """Fit a linear pairwise model (RankNet with no hidden layer): each relevant match against the
    non-relevant ones of the first ``depth`` of its list, logistic loss, plain gradient descent."""
    x, _, _ = _stack(train)
    mean = x.mean(axis=0)
    scale = np.where(x.std(axis=0) > 1e-9, x.std(axis=0), 1.0)
    diffs = []
    for c in train:
        if not c.relevant.any():
            continue
        z = (c.features - mean) / scale
        top = np.arange(min(depth, len(z)))
        good = np.flatnonzero(c.relevant)
        bad = top[~c.relevant[top]]
        for g in good:
            if len(bad):
                diffs.append(z[g] - z[bad])
    d = np.vstack(diffs)
    w = np.zeros(x.shape[1])
    rate = 0.5
    for _ in range(steps):
        margin = d @ w
        p = 1.0 / (1.0 + np.exp(np.clip(margin, -30, 30)))
        grad = -(d * p[:, None]).mean(axis=0) + l2 * w / len(d)
        w -= rate * grad
    return Linear(mean, scale, w)


GRID: tuple[dict[str, float], ...] = tuple(
    {"num_leaves": leaves, "rounds": rounds, "min_data_in_leaf": 50, "learning_rate": 0.05}
    for leaves in (7, 15)
    for rounds in (100, 300)
)


@dataclass
class Split:
    """The figures' queries: training (never judged for the report), the tuning sets, the held halves."""

    train: list[Candidates]  # inews known items from train articles
    inews_tune: list[Candidates]
    qbqtc_folds: tuple[list[Candidates], list[Candidates]]  # the qbqtc tuning half, by ``fold_of``
    inews_held: list[Candidates]
    qbqtc_held: list[Candidates]


def split(data: dict[str, list[Candidates]]) -> Split:
    """Sort the gathered queries into training, tuning and held sets."""
    qb_tune = [c for c in data["qbqtc"] if half(c.qid) == "tune"]
    return Split(
        data["inews train"],
        [c for c in data["inews"] if half(c.qid) == "tune"],
        ([c for c in qb_tune if fold_of(c.qid) == 0], [c for c in qb_tune if fold_of(c.qid) == 1]),
        [c for c in data["inews"] if half(c.qid) == "held"],
        [c for c in data["qbqtc"] if half(c.qid) == "held"],
    )


Scorer = Callable[[Sequence[Candidates]], list[FloatArray]]


def fit(kind: str, params: dict[str, float], train: Sequence[Candidates]) -> Scorer:
    """Return a scorer trained on ``train``: ``linear`` (``params['l2']``) or ``lambdarank``."""
    if kind == "linear":
        return train_linear(train, params["l2"]).scores
    booster = train_lambdarank(train, params)
    return lambda cands: booster_scores(booster, cands)


def tune_row(kind: str, params: dict[str, float], s: Split) -> tuple[float, float, float]:
    """Return MRR@10 on inews tune and on each qbqtc fold of a model that never saw them.

    The model for qbqtc fold k is trained on the inews training queries and
    the other fold; inews tune is scored by the fold-0 model (it saw neither).
    """
    first = fit(kind, params, s.train + s.qbqtc_folds[1])
    second = fit(kind, params, s.train + s.qbqtc_folds[0])
    return (
        mrr(s.inews_tune, first(s.inews_tune)),
        mrr(s.qbqtc_folds[0], first(s.qbqtc_folds[0])),
        mrr(s.qbqtc_folds[1], second(s.qbqtc_folds[1])),
    )


def margin(row: Sequence[float], base: Sequence[float]) -> float:
    """Return the smaller gain over plain bigram BM25 of the two sets (qbqtc: the mean of its folds)."""
    return min(row[0] - base[0], (row[1] + row[2] - base[1] - base[2]) / 2.0)


def experiment(data: dict[str, list[Candidates]], held: bool, say: Callable[[str], None] = print) -> None:
    """Print MRR@10 of plain bigram BM25, the product and each model on the tuning sets; with ``held``,
    train the model of the best tuning margin on every non-held query and print the held halves once."""
    s = split(data)
    tune_sets = (s.inews_tune, *s.qbqtc_folds)
    say(
        f"Training: {len(s.train)} inews known items from train articles; tuning: inews {len(s.inews_tune)}, "
        f"qbqtc folds {len(s.qbqtc_folds[0])} / {len(s.qbqtc_folds[1])}."
    )
    say("")
    say("| ranking | inews tune | qbqtc tune fold 0 | qbqtc tune fold 1 | smaller gain over plain BM25 |")
    say("|---|---|---|---|---|")
    base = [baseline(c) for c in tune_sets]
    product = [mrr(c, product_scores(c)) for c in tune_sets]
    ceiling = [float(np.mean([q.relevant.any() for q in c])) for c in tune_sets]

    def line(label: str, row: Sequence[float]) -> None:
        say(f"| {label} | " + " | ".join(f"{v:.4f}" for v in row) + f" | {margin(row, base):+.4f} |")

    line("plain bigram BM25 (every document)", base)
    line("product (first pass + kept rerank)", product)
    line("ceiling: the relevant match first whenever matched", ceiling)
    trials: list[tuple[float, str, dict[str, float]]] = []
    for kind, params in [("linear", {"l2": 1.0})] + [("lambdarank", p) for p in GRID]:
        row = tune_row(kind, params, s)
        trials.append((margin(row, base), kind, params))
        line(f"{kind} {params}", row)
    if not held:
        return
    _, kind, params = max(trials, key=lambda t: t[0])
    every = s.train + s.qbqtc_folds[0] + s.qbqtc_folds[1]
    model = fit(kind, params, every)
    say("")
    say(f"Held halves, printed once, {kind} {params} trained on the training and every tuning query:")
    say("")
    say("| set | held queries | plain bigram BM25 | product | model | model - BM25 |")
    say("|---|---|---|---|---|---|")
    for name, cands in (("inews", s.inews_held), ("qbqtc", s.qbqtc_held)):
        b, p, m = baseline(cands), mrr(cands, product_scores(cands)), mrr(cands, model(cands))
        say(f"| {name} | {len(cands)} | {b:.4f} | {p:.4f} | {m:.4f} | {m - b:+.4f} |")


def train_cv(data: dict[str, list[Candidates]], say: Callable[[str], None] = print) -> None:
    """Print a 2-fold check on the inews training queries alone (4,600, ten times inews tune).

    If a model cannot beat the product's order on known items it was not
    trained on here, the 421 tuning headlines cannot show a real gain either.
    """
    folds = [[c for c in data["inews train"] if fold_of(c.qid) == k] for k in (0, 1)]
    say("| inews train, 2-fold | fold 0 | fold 1 |")
    say("|---|---|---|")
    say("| plain bigram BM25 | " + " | ".join(f"{baseline(f):.4f}" for f in folds) + " |")
    say("| product | " + " | ".join(f"{mrr(f, product_scores(f)):.4f}" for f in folds) + " |")
    ceiling = [float(np.mean([c.relevant.any() for c in f])) for f in folds]
    say("| ceiling | " + " | ".join(f"{v:.4f}" for v in ceiling) + " |")
    for kind, params in [("linear", {"l2": 1.0})] + [("lambdarank", p) for p in GRID]:
        row = []
        for k in (0, 1):
            model = fit(kind, params, folds[1 - k])
            row.append(mrr(folds[k], model(folds[k])))
        say(f"| {kind} {params}, trained on the other fold | " + " | ".join(f"{v:.4f}" for v in row) + " |")


EMBED_BUCKETS = 1 << 15  # hashed characters and bigrams
EMBED_DIM = 64
EMBED_HEAD = 160  # characters of a document read: title, then the opening of the body


def _hashed(text: str) -> list[int]:
    """Return the hashed character and bigram ids of the first ``EMBED_HEAD`` letters of ``text``."""
    import zlib

    t = "".join(ch for ch in fold(text) if ch.isalnum())[:EMBED_HEAD]
    ids = [zlib.crc32(c.encode()) % EMBED_BUCKETS for c in t]
    ids += [zlib.crc32(t[i : i + 2].encode()) % EMBED_BUCKETS for i in range(len(t) - 1)]
    return ids or [0]


def _head(folded: str) -> str:
    title, body = _parts(folded)
    return (title + " " + (body or folded))[: EMBED_HEAD * 2]


def embed_experiment(
    workdir: Path, epochs: int = 3, rate: float = 0.01, say: Callable[[str], None] = print
) -> None:
    """Train a dual encoder (mean of hashed character and bigram embeddings, cosine) on the inews
    training queries and qbqtc tuning fold 1, then print it as a feature added to the product's score
    on inews tune and qbqtc fold 0, which it never saw. Needs ``pip install torch`` (not a dependency).

    Each step: 64 queries against their relevant text, in-batch negatives and
    up to 3 non-relevant texts of the query's own first 10 matches, softmax
    at temperature 0.05 (Adam).
    """
    import torch

    torch.manual_seed(0)
    rng = np.random.default_rng(0)
    data = gather(workdir)
    s = split(data)
    heads = {}
    for name in ("inews", "qbqtc"):
        docs, _, _, _ = load_set(name, DATA, workdir)
        heads[name] = {d.external_id: _head(folded_text(d)) for d in docs}

    def examples(cands: Sequence[Candidates], texts: dict[str, str]) -> list[tuple[str, str, list[str]]]:
        out = []
        for c in cands:
            if c.relevant.any():
                good = [texts[x] for x, r in zip(c.xids, c.relevant, strict=True) if r]
                bad = [texts[x] for x, r in zip(c.xids[:10], c.relevant[:10], strict=True) if not r]
                out.append((" ".join(c.typed), good[0], bad[:3]))
        return out

    train = examples(s.train, heads["inews"]) + examples(s.qbqtc_folds[1], heads["qbqtc"])
    table = torch.nn.EmbeddingBag(EMBED_BUCKETS, EMBED_DIM, mode="mean")
    torch.nn.init.normal_(table.weight, std=0.1)

    def encode(texts: Sequence[str]) -> torch.Tensor:
        ids = [_hashed(t) for t in texts]
        flat = torch.tensor([i for row in ids for i in row])
        offsets = torch.tensor([0, *np.cumsum([len(row) for row in ids])[:-1].tolist()])
        return torch.nn.functional.normalize(table(flat, offsets), dim=-1)

    optimiser = torch.optim.Adam(table.parameters(), lr=rate)
    for epoch in range(epochs):
        total = 0.0
        order = rng.permutation(len(train))
        for at in range(0, len(order), 64):
            batch = [train[i] for i in order[at : at + 64]]
            queries = encode([b[0] for b in batch])
            targets = [b[1] for b in batch] + [n for b in batch for n in b[2]]
            logits = queries @ encode(targets).T / 0.05
            loss = torch.nn.functional.cross_entropy(logits, torch.arange(len(batch)))
            optimiser.zero_grad()
            loss.backward()  # type: ignore[no-untyped-call]
            optimiser.step()
            total += float(loss.item())
        say(f"epoch {epoch}: loss {total:.1f} over {len(train)} examples")
    with torch.no_grad():
        for label, cands, texts in (
            ("inews tune", s.inews_tune, heads["inews"]),
            ("qbqtc tune fold 0", s.qbqtc_folds[0], heads["qbqtc"]),
        ):
            sims: list[FloatArray] = []
            for c in cands:
                if not c.xids:
                    sims.append(np.zeros(0))
                    continue
                q = encode([" ".join(c.typed)])
                sims.append((encode([texts[x] for x in c.xids]) @ q.T).numpy()[:, 0].astype(np.float64))
            product = product_scores(cands)
            scans = " ".join(
                f"w {w:g}: {mrr(cands, [p + w * x for p, x in zip(product, sims, strict=True)]):.4f}"
                for w in (0.5, 1, 2, 4, 8, 16)
            )
            say(
                f"{label}: plain BM25 {baseline(cands):.4f}, product {mrr(cands, product):.4f}, "
                f"similarity alone {mrr(cands, sims):.4f}; product + w x similarity: {scans}"
            )


def main(argv: list[str] | None = None) -> int:
    """Gather (or load) the candidates, train, print the tuning figures (and held with ``--held``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--held", action="store_true", help="print the held halves of the chosen model, once")
    parser.add_argument("--gather", choices=PARTS, default=None, help="only search and cache this part")
    parser.add_argument("--train-cv", action="store_true", help="only the 2-fold check on inews train")
    parser.add_argument("--embed", type=int, default=0, help="only the dual encoder, trained N epochs")
    parser.add_argument("--rate", type=float, default=0.01, help="the dual encoder's learning rate")
    args = parser.parse_args(argv)
    if args.gather:
        gather_part(args.workdir, args.gather)
        return 0
    if args.train_cv:
        train_cv(gather(args.workdir))
        return 0
    if args.embed:
        embed_experiment(args.workdir, args.embed, args.rate)
        return 0
    experiment(gather(args.workdir), args.held)
    return 0


if __name__ == "__main__":
    # Run as the module ``bench.ranking_ltr``, so the cached candidates pickle under that name.
    from bench import ranking_ltr

    sys.exit(ranking_ltr.main())
