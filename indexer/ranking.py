"""Relevance: BM25 over words plus half of BM25 over character bigrams, with literal boosts.

The parameters were chosen on the two judged sets (``bench/ranking_eval.py``);
the experiments and their figures are in BENCHMARKS.md ("Ranking experiments").

* Words and bigrams together beat either alone, because they fail on
  different queries: segmentation cuts a short query and a short title
  differently (bigrams still match), while bigrams give weight to chance
  pairs across word boundaries (words do not).
* IDF is the Robertson/Lucene form ``log(1 + (N - df + 0.5) / (df + 0.5))``,
  which tends to zero for words in every document. Whoosh's own
  ``log(N / (df + 1)) + 1`` gives every common word a floor weight, so in a
  pasted headline the frequent words outvote the rare ones.

Headlines saturate faster: a title word's BM25 uses ``TITLE_K1 = 0.45``
(a headline names its subject once; a second occurrence is keyword stuffing
more often than emphasis), and a document's bigrams use the mean ``k1`` of
its text.

A title match counts ``TITLE_BOOST`` times a body match, a lead match
``LEAD_BOOST`` times; the boost multiplies the term's score, not its count,
so it does not saturate away. Word postings store ``count x field boost`` as
their weight (the schema's ``Frequency`` format), so the count is recovered by
dividing. A document's bigrams, counted over all its fields together, carry
the mean boost of its words (``text_boost``), so the proportion of words to
bigrams does not depend on how much of the text is headline. Functions here
are pure array arithmetic on one segment.
"""

from __future__ import annotations

import bisect
import itertools
import math

import numpy as np

from indexer.analysis import fold, gram_counts, query_grams, query_words
from indexer.matching import Segment
from indexer.postings import FloatArray, char_frequency, doc_frequency, field_lengths
from indexer.schema import LEAD_BOOST, TITLE_BOOST

K1 = 0.9
B = 0.75
GRAM_WEIGHT = 0.5
TITLE_K1 = 0.45
FIELD_BOOSTS = {"title": TITLE_BOOST, "lead": LEAD_BOOST, "body": 1.0}
FIELD_K1 = {"title": TITLE_K1}


class CollectionStats:
    """Document count, document frequencies and average lengths over the whole index.

    Computed on the top-level reader, so every segment scores with the same
    IDF and average lengths.
    """

    def __init__(self, reader: object) -> None:
        self._reader = reader
        self.documents = max(int(reader.doc_count_all()), 1)  # type: ignore[attr-defined]
        self._avg: dict[str, float] = {}
        self._idf: dict[tuple[str, str], float] = {}

    def idf(self, fieldname: str, text: str) -> float:
        key = (fieldname, text)
        found = self._idf.get(key)
        if found is None:
            df = doc_frequency(self._reader, fieldname, text)
            found = self._idf[key] = math.log(1.0 + (self.documents - df + 0.5) / (df + 0.5))
        return found

    def word_idf(self, word: str) -> float:
        """Return the IDF of a word over the word fields together (its largest document frequency)."""
        key = ("*", word)
        found = self._idf.get(key)
        if found is None:
            df = max(doc_frequency(self._reader, f, word) for f in FIELD_BOOSTS)
            found = self._idf[key] = math.log(1.0 + (self.documents - df + 0.5) / (df + 0.5))
        return found

    def char_idf(self, ch: str) -> float:
        """Return the IDF of a single character, from an upper bound of its document frequency.

        The bound (:func:`indexer.postings.char_frequency`) reads no postings;
        a character whose bound reaches the document count weighs nothing (zero,
        so the rerank does not even count it in the texts).
        """
        key = ("#", ch)
        found = self._idf.get(key)
        if found is None:
            df = char_frequency(self._reader, ch)
            idf = math.log(1.0 + (self.documents - df + 0.5) / (df + 0.5))
            found = self._idf[key] = 0.0 if df >= self.documents else idf
        return found

    def average_length(self, fieldname: str) -> float:
        if fieldname not in self._avg:
            total = float(self._reader.field_length(fieldname))  # type: ignore[attr-defined]
            self._avg[fieldname] = max(total / self.documents, 1.0)
        return self._avg[fieldname]


def bm25(
    counts: FloatArray, lengths: FloatArray, idf: float, average: float, k1: float | FloatArray
) -> FloatArray:
    """Return the BM25 contribution of one term for documents with these counts and field lengths."""
    norm = k1 * (1.0 - B + B * lengths / average)
    result: FloatArray = idf * counts * (k1 + 1.0) / (counts + norm)
    return result


def text_boost(seg: Segment) -> tuple[FloatArray, FloatArray]:
    """Return each document's field boost and BM25 ``k1`` averaged over its text, for its bigrams.

    Bigrams are counted over the whole text, fields together, while words
    carry their field's boost. Weighing a document's bigrams by the mean
    boost of its words keeps words and bigrams in the proportion
    ``GRAM_WEIGHT`` sets: an archive of headlines only (every word boosted
    ``TITLE_BOOST``) would otherwise rank by words four times as much as by
    bigrams, and a news archive twice as much. Likewise a headline's bigrams
    saturate as fast as its words (``TITLE_K1``), a body's as its words (``K1``).
    """
    weighted = np.zeros(seg.size, dtype=np.float64)
    k1s = np.zeros(seg.size, dtype=np.float64)
    total = np.zeros(seg.size, dtype=np.float64)
    for fieldname, boost in FIELD_BOOSTS.items():
        lengths = field_lengths(seg.reader, fieldname)
        weighted += boost * lengths
        k1s += FIELD_K1.get(fieldname, K1) * lengths
        total += lengths
    some = total > 0
    size = np.maximum(total, 1.0)
    boosts: FloatArray = np.where(some, weighted / size, 1.0)
    k1: FloatArray = np.where(some, k1s / size, K1)
    return boosts, k1


def score_segment(
    seg: Segment, stats: CollectionStats, words: list[tuple[str, str]], grams: list[str]
) -> FloatArray:
    """Return the relevance score of every document of ``seg`` (zero where nothing matched)."""
    scores = np.zeros(seg.size, dtype=np.float64)
    for fieldname, text in words:
        ids, weights = seg.terms(fieldname, text)
        if not len(ids):
            continue
        seg.check_deadline()
        boost = FIELD_BOOSTS.get(fieldname, 1.0)
        lengths = field_lengths(seg.reader, fieldname)[ids]
        idf = stats.idf(fieldname, text)
        k1 = FIELD_K1.get(fieldname, K1)
        scores[ids] += boost * bm25(weights / boost, lengths, idf, stats.average_length(fieldname), k1)
    if grams:
        gram_boost, gram_k1 = text_boost(seg)
        average = stats.average_length("grams")
        for gram in grams:
            ids, weights = seg.terms("grams", gram)
            if not len(ids):
                continue
            seg.check_deadline()
            lengths = field_lengths(seg.reader, "grams")[ids]
            idf = stats.idf("grams", gram)
            scores[ids] += GRAM_WEIGHT * gram_boost[ids] * bm25(weights, lengths, idf, average, gram_k1[ids])
    for mask, boost in seg.literal_scores:
        scores[mask] += boost
    return scores


# --- rerank of the best candidates (issue 17) --------------------------------------------------
#
# The index has no positions, so the rerank reads the folded text (``ftext``) of the ``RERANK_DEPTH``
# best candidates only and adds evidence the first pass cannot see. Every weight was chosen on the
# tuning halves of the judged sets only (``python -m bench.ranking_tune``; bench/notes/ranking_eval.md).
#
# Kept (non-zero weight):
#
# * Characters. BM25 over the query's single characters (``K1``, ``B``, the document's length in
#   bigrams), weighted as words are (``UNIGRAM_WEIGHT`` 1). A short title and a query
#   often share characters that neither a word nor a bigram of theirs shares (鞋柜摆放 and 鞋柜摆在
#   share 摆); on the qbqtc tuning half (titles only) it raised MRR@10 by 0.010, on inews known
#   items it moved nothing. The IDF comes from an upper bound of the character's document
#   frequency read from the dictionaries (:meth:`CollectionStats.char_idf`), so common characters
#   weigh nothing and no posting is decoded.
# * The lead. News repeats its headline in its first sentences ("原标题:..." included), so the
#   query's bigrams in the first ``LEAD_CHARS`` characters of the body count once more, with the
#   weight bigrams have (``GRAM_WEIGHT``) and saturated by ``K1``; a fixed-size window needs no
#   length normalisation. Titles-only documents have no body and get nothing from it.
#
# Tried at zero weight: the sequential dependence model in BM25 form (each pair of adjacent query
# words a term whose frequency is how often they occur next to each other in order, ``#1``, and
# within ``WINDOW`` characters in any order, ``#uw``; IDF the mean of its words') and a title-phrase
# feature (a typed run the title holds as written adds its words' IDF). No weight of theirs raised
# MRR@10 on a tuning half: over Chinese characters the bigram part of BM25 already rewards two
# words written next to each other (their junction is a query bigram).

RERANK_DEPTH = 50
WINDOW = 8  # characters: the unordered window of two adjacent query words
ORDERED_WEIGHT = 0.0
UNORDERED_WEIGHT = 0.0
TITLE_PHRASE_WEIGHT = 0.0
UNIGRAM_WEIGHT = 1.0
LEAD_CHARS = 100
LEAD_WEIGHT = GRAM_WEIGHT
FEATURES = ("ordered", "unordered", "title phrase", "characters", "lead")


def _positions(text: str, word: str) -> list[int]:
    """Return the start offsets of ``word`` in ``text`` (overlapping occurrences included)."""
    found: list[int] = []
    at = text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def pair_counts(text: str, first: str, second: str) -> tuple[int, int]:
    """Return how often ``first`` is followed by ``second`` (a space between allowed) and how often
    the two occur within ``WINDOW`` characters of each other in either order."""
    starts = _positions(text, first)
    if not starts:
        return 0, 0
    seconds = _positions(text, second)
    if not seconds:
        return 0, 0
    follow = set(seconds)
    ordered = unordered = 0
    for at in starts:
        end = at + len(first)
        if end in follow or (end + 1 in follow and text[end] == " "):
            ordered += 1
        i = bisect.bisect_left(seconds, at - WINDOW - len(second))
        if i < len(seconds) and seconds[i] <= end + WINDOW and seconds[i] != at:
            unordered += 1
    return ordered, unordered


def _title(folded: str) -> str:
    """Return the title part of a document's folded text (lead title, title, subtitle, body)."""
    parts = folded.split("\n", 3)
    return parts[1] if len(parts) > 1 else ""


def lead(folded: str) -> str:
    """Return the first ``LEAD_CHARS`` characters of a document's folded body (empty without a body)."""
    parts = folded.split("\n", 3)
    return parts[3][:LEAD_CHARS] if len(parts) > 3 else ""


class QueryShape:
    """What the rerank needs of a query.

    Its typed runs (words in order), their adjacent pairs with IDF and each
    run's IDF; its distinct letters and digits with their IDF; its bigrams
    with their IDF.
    """

    def __init__(
        self,
        runs: list[tuple[str, list[str]]],
        idf: dict[str, float],
        chars: list[tuple[str, float]] | None = None,
        grams: list[tuple[str, float]] | None = None,
    ) -> None:
        self.runs = [(phrase, words) for phrase, words in runs if words]
        self.pairs = list(
            dict.fromkeys((a, b) for _, run in self.runs for a, b in itertools.pairwise(run) if a != b)
        )
        self.pair_idf = [(idf[a] + idf[b]) / 2.0 for a, b in self.pairs]
        self.run_idf = [sum(idf[w] for w in words) for _, words in self.runs]
        self.chars = [(c, w) for c, w in chars or [] if w > 0]
        self.grams = [(g, w) for g, w in grams or [] if w > 0]

    @property
    def empty(self) -> bool:
        return not self.pairs and not self.chars and not self.grams


def query_shape(
    texts: list[str], stats: CollectionStats, userdict: str | None, weights: FloatArray | None = None
) -> QueryShape:
    """Return the shape of the query whose positive typed texts are ``texts``.

    With ``weights`` (in the order of ``FEATURES``), only what a feature of
    non-zero weight reads is computed: a search does not segment the query
    again nor look up IDFs for features that weigh nothing.
    """
    want = np.ones(len(FEATURES), dtype=np.bool_) if weights is None else weights != 0
    runs = [(fold(t).strip(), query_words(t, userdict)) for t in texts] if want[:3].any() else []
    idf = {w: stats.word_idf(w) for _, words in runs for w in words}
    chars = dict.fromkeys(ch for t in texts for ch in fold(t) if ch.isalnum()) if want[3] else {}
    grams = query_grams(texts) if want[4] else []
    return QueryShape(
        runs,
        idf,
        [(ch, stats.char_idf(ch)) for ch in chars],
        [(g, stats.idf("grams", g)) for g in grams],
    )


def rerank_features(texts: list[str], lengths: FloatArray, shape: QueryShape, average: float) -> FloatArray:
    """Return, per folded document text, its rerank features in the order of ``FEATURES``.

    ``lengths`` are the documents' lengths in bigrams and ``average`` the
    collection's. One row per text; :func:`rerank_scores` weighs the
    columns (``bench/ranking_tune.py`` reads them apart to fit the weights).
    """
    features = np.zeros((len(texts), len(FEATURES)), dtype=np.float64)
    if shape.empty or not texts:
        return features
    for (first, second), idf in zip(shape.pairs, shape.pair_idf, strict=True):
        counts = np.array([pair_counts(t, first, second) for t in texts], dtype=np.float64)
        features[:, 0] += bm25(counts[:, 0], lengths, idf, average, K1)
        features[:, 1] += bm25(counts[:, 1], lengths, idf, average, K1)
    titles = [_title(t) for t in texts]
    for (phrase, words), idf in zip(shape.runs, shape.run_idf, strict=True):
        if len(words) > 1:
            features[:, 2] += idf * np.array([phrase in t for t in titles], dtype=np.float64)
    for ch, idf in shape.chars:
        counts = np.array([t.count(ch) for t in texts], dtype=np.float64)
        features[:, 3] += bm25(counts, lengths, idf, average, K1)
    leads = [gram_counts(lead(t)) for t in texts]
    window = np.full(len(texts), float(LEAD_CHARS))
    for gram, idf in shape.grams:
        counts = np.array([c.get(gram, 0) for c in leads], dtype=np.float64)
        features[:, 4] += bm25(counts, window, idf, float(LEAD_CHARS), K1)
    return features


def rerank_weights() -> FloatArray:
    """Return the weights of the rerank features, in the order of ``FEATURES``."""
    weights = (ORDERED_WEIGHT, UNORDERED_WEIGHT, TITLE_PHRASE_WEIGHT, UNIGRAM_WEIGHT, LEAD_WEIGHT)
    return np.array(weights, dtype=np.float64)


def rerank_scores(texts: list[str], lengths: FloatArray, shape: QueryShape, average: float) -> FloatArray:
    """Return the rerank bonus of each folded document text: its weighted features (never negative)."""
    result: FloatArray = rerank_features(texts, lengths, shape, average) @ rerank_weights()
    return result
