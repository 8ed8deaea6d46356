"""Link reprints into clusters: exact copies by content hash, near copies by MinHash bands.

A cluster is labelled by the id of its first article and every member's
``cluster_id`` holds that label; an article with no copy has none. Linking is
done in the same transaction as the write, with indexed lookups only (content
hash, band value), so it costs two ``SELECT`` statements per batch. A reprint
is linked, never dropped: both articles stay stored and searchable. An edit
never splits a cluster (an article keeps its cluster when its new text
matches nothing), because labels must keep pointing at a member.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from itertools import combinations
from math import comb

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from archive.dialect import chunked
from archive.models import Article, LshBand
from archive.reprints import MIN_SHARED_BANDS, fingerprint

EXACT = "exact"
NEAR = "near"


@dataclass(frozen=True)
class Link:
    """How a written article was linked: ``exact`` or ``near`` reprint, and its cluster label."""

    kind: str
    cluster_id: int


class _Labels:
    """Union-find over cluster labels (an article's label is its cluster id, else its own id)."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # the oldest label wins, so labels stay stable


def _store_bands(session: Session, bodies: Mapping[int, str]) -> dict[int, tuple[int, ...]]:
    bands = {id_: fingerprint(body).bands for id_, body in bodies.items()}
    for ids in chunked(list(bodies)):
        session.execute(delete(LshBand).where(LshBand.article_id.in_(ids)))
    rows = [
        {"article_id": id_, "band": n, "value": v}
        for id_, values in bands.items()
        for n, v in enumerate(values)
    ]
    if rows:
        # The table, not the ORM class: a plain executemany, without the ORM's per-row bookkeeping
        # for 16 rows an article (the same rows; nothing here reads them back as objects).
        session.execute(insert(LshBand.metadata.tables[LshBand.__tablename__]), rows)
    return bands


Key = tuple[int, int]  # (band number, band value)


def near_pairs(
    bands: Mapping[int, tuple[int, ...]], rows: Iterable[tuple[int, int, int, int]]
) -> tuple[dict[int, set[int]], int]:
    """Return near copies of each written article, from the rows of bands it shares, and the comparisons made.

    ``rows`` are ``(article, label, band, value)`` for every stored article
    (the written ones too) that holds one of the written articles' bands.
    Two articles are near copies when they share ``MIN_SHARED_BANDS`` bands,
    that is, when both hold one same set of that many bands. So, instead of
    comparing every pair of articles in a bucket (n² for a wire text
    reprinted n times), each set of bands held by a written article gathers
    its holders, which are all near copies of that article, and they are
    linked to it. The result keeps only links that join clusters not yet
    joined, and each written article's first link (it says the article is a
    copy): union-find merges labels, so the clusters are those of all pairs.
    Written articles with identical bands are linked to the first of them,
    which stands for the rest; stored articles of one label that hold the same
    of these bands are interchangeable, so two of them (one may be the
    article itself) stand for the rest.
    """
    near: dict[int, set[int]] = defaultdict(set)
    first: dict[tuple[int, ...], int] = {}
    for id_, values in bands.items():
        if values:
            rep = first.setdefault(values, id_)
            if rep != id_:
                near[id_].add(rep)
                near[rep].add(id_)
    owned = {(n, v) for values in first for n, v in enumerate(values)}
    found: dict[int, tuple[int, list[Key]]] = {}
    for other, label, band, value in rows:
        if (band, value) in owned:
            found.setdefault(other, (label, []))[1].append((band, value))
    # Only bands that two articles hold can make a pair: an article alone in its buckets (most are)
    # costs no set of bands below.
    holding: dict[Key, int] = defaultdict(int)
    for _, keys in found.values():
        for key in keys:
            holding[key] += 1
    held: dict[tuple[Key, ...], list[int]] = defaultdict(list)  # sets of bands a written article holds
    for values, rep in first.items():
        shared = [key for key in enumerate(values) if holding[key] > 1]
        for combo in combinations(shared, MIN_SHARED_BANDS):
            held[combo].append(rep)
    standins: dict[tuple[int, tuple[Key, ...]], list[int]] = defaultdict(list)
    for other, (label, keys) in found.items():
        shared = sorted(key for key in keys if holding[key] > 1)
        if len(shared) >= MIN_SHARED_BANDS:
            group = standins[(label, tuple(shared))]
            if len(group) < 2:
                group.append(other)
    # Per set of bands, two holders of each label: every written holder is in ``held`` already, and
    # union-find needs one article of a label (two, in case one is the written article itself).
    # Gathered as the positions of the stand-ins holding each set, in order: copies of one text share
    # their sets, so a text's sets a written article holds are listed once, and one append per set
    # and stand-in is all the loop does.
    chosen = list(standins.items())
    holding_sets: dict[tuple[Key, ...], list[int]] = defaultdict(list)
    written_sets: dict[tuple[Key, ...], list[tuple[Key, ...]]] = {}
    comparisons = 0
    for position, ((_, common), _members) in enumerate(chosen):
        comparisons += comb(len(common), MIN_SHARED_BANDS)
        combos = written_sets.get(common)
        if combos is None:
            combos = written_sets[common] = [c for c in combinations(common, MIN_SHARED_BANDS) if c in held]
        for combo in combos:
            holding_sets[combo].append(position)

    labels = _Labels()
    for id_, others in near.items():
        for other in others:
            labels.union(found[id_][0] if id_ in found else id_, found[other][0] if other in found else other)

    def link(a: int, b: int) -> None:
        la, lb = found[a][0] if a in found else a, found[b][0] if b in found else b
        if a not in near or b not in near or labels.find(la) != labels.find(lb):
            labels.union(la, lb)
            near[a].add(b)
            near[b].add(a)

    # The sets of bands of one text (120 of 16 bands) mostly have the same holders. Links made (or
    # found joined) stay so, as union-find only merges and ``near`` only grows: the same holders
    # again would change nothing, and are only counted.
    seen: dict[tuple[tuple[int, ...], tuple[int, ...]], int] = {}
    for combo, reps in held.items():
        positions = holding_sets.get(combo, [])
        signature = (tuple(reps), tuple(positions))
        if signature in seen:
            comparisons += seen[signature]
            continue
        holders: dict[int, list[int]] = {}
        for position in positions:
            (label, _), members = chosen[position]
            kept = holders.setdefault(label, [])
            kept.extend(members[: 2 - len(kept)])
        anchor = reps[0]
        candidates = (*reps[1:], *(m for kept in holders.values() for m in kept))
        seen[signature] = len(candidates)
        comparisons += len(candidates)
        for other in candidates:
            if other != anchor:
                link(anchor, other)
    return near, comparisons


def _near(session: Session, bands: Mapping[int, tuple[int, ...]]) -> dict[int, set[int]]:
    """Return, for each written article, articles sharing enough bands with it (one per cluster at least)."""
    values = sorted({v for vs in bands.values() for v in vs})
    label = func.coalesce(Article.cluster_id, Article.id)
    rows = (
        (row[0], row[1], row[2], row[3])
        for chunk in chunked(values)
        for row in session.execute(
            select(LshBand.article_id, label, LshBand.band, LshBand.value)
            .join(Article, Article.id == LshBand.article_id)
            .where(LshBand.value.in_(chunk))
        )
    )  # streamed: a bucket of many copies is never held whole
    return near_pairs(bands, rows)[0]


def _exact(session: Session, hashes: Mapping[int, str]) -> dict[int, set[int]]:
    by_hash: dict[str, set[int]] = defaultdict(set)
    for digests in chunked(sorted(set(hashes.values()))):
        for id_, digest in session.execute(
            select(Article.id, Article.content_hash).where(Article.content_hash.in_(digests))
        ):
            by_hash[digest].add(id_)
    return {id_: by_hash[digest] - {id_} for id_, digest in hashes.items() if len(by_hash[digest]) > 1}


def link_reprints(
    session: Session, bodies: Mapping[int, str], hashes: Mapping[int, str], now: datetime
) -> dict[int, Link]:
    """Fingerprint the written articles, find their copies and merge their clusters.

    ``bodies`` and ``hashes`` map the ids of new or changed articles to their
    body and content hash. Returns the link of each written article that is
    a copy of an older one (the cluster's first article is none); members
    of merged clusters get ``updated_at = now`` so that the search index
    picks up their new cluster.
    """
    if not bodies:
        return {}
    bands = _store_bands(session, bodies)
    near = _near(session, bands)
    exact = _exact(session, hashes)
    matched = {id_: exact.get(id_, set()) | near.get(id_, set()) for id_ in bodies}
    matched = {id_: others for id_, others in matched.items() if others}
    if not matched:
        return {}
    involved = set(matched) | {o for others in matched.values() for o in others}
    current: dict[int, int | None] = {}
    for ids in chunked(sorted(involved)):
        current.update(
            (row[0], row[1])
            for row in session.execute(select(Article.id, Article.cluster_id).where(Article.id.in_(ids)))
        )
    labels = _Labels()
    for id_, others in matched.items():
        for other in others:
            labels.union(current.get(id_) or id_, current.get(other) or other)
    # Every article labelled by (or labelling) a key moves to its group's label: one SELECT of
    # them and one executemany by primary key, not an UPDATE per group.
    target = {key: labels.find(key) for key in list(labels.parent)}
    moves: list[dict[str, object]] = []
    for chunk in chunked(sorted(target)):
        rows = session.execute(
            select(Article.id, Article.cluster_id).where(
                or_(Article.cluster_id.in_(chunk), Article.id.in_(chunk))
            )
        )
        for id_, cluster in rows:
            label = target[cluster] if cluster in target else target[id_]
            if cluster != label:
                moves.append({"id": id_, "cluster_id": label, "updated_at": now})
    if moves:
        session.execute(update(Article), list({m["id"]: m for m in moves}.values()))
    # A reprint is a copy of an article archived before it: the cluster's first article (its label) is
    # none, even when its copy came in the same batch. Counting both made a run's "reprints" depend on
    # how its articles fell into batches, and disagree with the report, which counts the copies.
    found = {id_: labels.find(current.get(id_) or id_) for id_ in matched}
    return {id_: Link(EXACT if id_ in exact else NEAR, label) for id_, label in found.items() if label != id_}
