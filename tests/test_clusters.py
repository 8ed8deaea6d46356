"""Reprint clusters: the partition is that of pairwise near copies, and big groups cost linear comparisons."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from store_support import cli

from archive.clusters import near_pairs
from archive.reprints import fingerprint, is_near_copy
from bench.reprint_scale import distinct_lines, mixed_lines, near_lines, partition


def components(lines: list[str]) -> set[frozenset[str]]:
    """Return the reference partition: connected components of the pairwise near-copy relation."""
    items = [json.loads(line) for line in lines]
    prints = [fingerprint(item["body"]) for item in items]
    parent = list(range(len(items)))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for i in range(len(items)):
        for j in range(i):
            if items[i]["body"] == items[j]["body"] or is_near_copy(prints[i], prints[j]):
                parent[find(i)] = find(j)
    groups: dict[int, set[str]] = {}
    for i, item in enumerate(items):
        groups.setdefault(find(i), set()).add(item["id"])
    return {frozenset(g) for g in groups.values()}


def test_partition_is_that_of_pairwise_near_copies_across_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = mixed_lines()[:700] + near_lines(80, seed=5, prefix="late")  # past one 500-line batch
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db_url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    argv = ["import", str(path), "--source", "other", "--home", str(tmp_path / "home"), "--db-url", db_url]
    assert cli(argv, monkeypatch) == 0
    groups: dict[str, set[str]] = {}
    for member, label in partition(db_url).items():
        groups.setdefault(label, set()).add(member)
    expected = components(lines)
    assert {frozenset(g) for g in groups.values()} == expected
    assert max(len(g) for g in expected) > 100  # the set does hold a big group


def rows_of(bands: dict[int, tuple[int, ...]], label: dict[int, int]) -> list[tuple[int, int, int, int]]:
    return [(id_, label[id_], n, v) for id_, values in bands.items() for n, v in enumerate(values)]


@pytest.mark.parametrize("stored", [False, True])
def test_comparisons_grow_linearly_for_identical_copies(stored: bool) -> None:
    body = json.loads(near_lines(1, seed=9)[0])["body"]
    values = fingerprint(body).bands
    counts = []
    for n in (200, 400, 800):
        written = {i: values for i in range(n, 2 * n)}
        old = {i: values for i in range(n)} if stored else {}
        label = {i: 0 if i < n else i for i in range(2 * n)}  # the stored copies are one cluster
        near, comparisons = near_pairs(written, rows_of({**old, **written}, label))
        assert all(near[i] for i in written)
        counts.append(comparisons)
    assert counts[1] <= 2 * counts[0] + 2 and counts[2] <= 2 * counts[1] + 2, counts


def test_distinct_articles_are_not_linked() -> None:
    bands = {i: fingerprint(json.loads(line)["body"]).bands for i, line in enumerate(distinct_lines(50))}
    near, _ = near_pairs(bands, rows_of(bands, {i: i for i in bands}))
    assert not any(near.values())


def test_copies_of_several_texts_join_their_own_clusters_only() -> None:
    # Each text's 120 sets of bands have the same holders: linked once, every set still counted.
    bodies = [json.loads(line)["body"] for line in distinct_lines(3)]
    values = [fingerprint(body).bands for body in bodies]
    old = {10 * t + k: values[t] for t in range(3) for k in range(4)}  # four stored copies a text
    label = {id_: id_ - id_ % 2 for id_ in old}  # in two clusters a text
    written = {100 + t: values[t] for t in range(3)}
    label.update({id_: id_ for id_ in written})
    near, comparisons = near_pairs(written, rows_of({**old, **written}, label))
    for t in range(3):
        linked = near[100 + t]
        assert linked and all(other // 10 == t for other in linked)  # its own text's copies only
        assert {label[other] for other in linked} == {10 * t, 10 * t + 2}  # both of its clusters
    # Per text: three labels hold its 120 sets (two stored clusters, and itself), each set five holders.
    assert comparisons == 3 * (3 * 120 + 120 * 5)
