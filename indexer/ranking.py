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

import math

import numpy as np

from indexer.matching import Segment
from indexer.postings import FloatArray, doc_frequency, field_lengths
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
