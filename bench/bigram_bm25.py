"""Plain BM25 over character bigrams: the reference the product's ranking must beat (issue 17).

The judged sets' SOURCE.md files quote it (``k1 = 1.2``, ``b = 0.75``, every
document scored, no matching rules), but a quoted figure is not a baseline:
it is measured here, in the same run and on the same documents and queries as
``indexer.search``, so the gap between them is not an artefact of a different
machine, tokenizer or corpus version. Bigrams are counted exactly as the index
counts them (:func:`indexer.analysis.gram_counts` of the folded text).
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np

from indexer.analysis import fold, gram_counts

K1 = 1.2
B = 0.75


class BigramBM25:
    """An in-memory inverted index of character bigrams (CSR arrays) scored with BM25."""

    def __init__(self, texts: list[str]) -> None:
        vocab: dict[str, int] = {}
        term_ids: list[int] = []
        doc_ids: list[int] = []
        tfs: list[int] = []
        lengths = np.zeros(len(texts), dtype=np.float64)
        for doc, text in enumerate(texts):
            grams = gram_counts(fold(text))
            lengths[doc] = sum(grams.values())
            for gram, tf in grams.items():
                term_ids.append(vocab.setdefault(gram, len(vocab)))
                doc_ids.append(doc)
                tfs.append(tf)
        terms = np.asarray(term_ids, dtype=np.int64)
        order = np.argsort(terms, kind="stable")
        self._docs = np.asarray(doc_ids, dtype=np.int64)[order]
        self._tfs = np.asarray(tfs, dtype=np.float64)[order]
        self._starts = np.searchsorted(terms[order], np.arange(len(vocab) + 1))
        self._vocab = vocab
        self._lengths = lengths
        self._norm = K1 * (1.0 - B + B * lengths / max(float(lengths.mean()), 1.0))
        self.size = len(texts)

    def top(self, query: str, k: int) -> list[int]:
        """Return the indexes of the ``k`` best documents for ``query`` (ties by document order)."""
        scores = np.zeros(self.size, dtype=np.float64)
        for gram, qtf in Counter(gram_counts(fold(query))).items():
            term = self._vocab.get(gram)
            if term is None:
                continue
            lo, hi = self._starts[term], self._starts[term + 1]
            docs, tf = self._docs[lo:hi], self._tfs[lo:hi]
            idf = math.log(1.0 + (self.size - len(docs) + 0.5) / (len(docs) + 0.5))
            scores[docs] += qtf * idf * tf * (K1 + 1.0) / (tf + self._norm[docs])
        hit = np.flatnonzero(scores > 0)
        order = np.lexsort((hit, -scores[hit]))
        return [int(d) for d in hit[order][:k]]
