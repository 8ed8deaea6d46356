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
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, or_, select, update
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


def _near(session: Session, bands: Mapping[int, tuple[int, ...]]) -> dict[int, set[int]]:
    """Return, for each written article, the articles that share enough bands with it."""
    owners: dict[tuple[int, int], list[int]] = defaultdict(list)
    for id_, values in bands.items():
        for n, v in enumerate(values):
            owners[(n, v)].append(id_)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for chunk in chunked(sorted({v for _, v in owners})):
        rows = session.execute(
            select(LshBand.article_id, LshBand.band, LshBand.value).where(LshBand.value.in_(chunk))
        )
        for other, band, value in rows:
            for id_ in owners.get((band, value), ()):
                if other != id_:
                    shared[(id_, other)] += 1
    near: dict[int, set[int]] = defaultdict(set)
    for (id_, other), count in shared.items():
        if count >= MIN_SHARED_BANDS:
            near[id_].add(other)
            near[other].add(id_)
    return near


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
