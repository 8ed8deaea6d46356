"""A worker's Redis traffic: several leases per pop, pushes checked in one script, the link's turns.

Real Redis on 127.0.0.1:6379 (skipped on a laptop without it, failing under
CI=true); each test has its own key prefix.
"""

from __future__ import annotations

import queue
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import redis
from scrapy import Request, Spider

from crawler.scaleout import LEASE, LeasedPriorityQueue, QueueKeys, QueueLink, recover_dead_workers
from crawler.scaleout.link import Outcome, Turn

pytestmark = [pytest.mark.redis]
SAFETY = 60  # seconds: a net for a hung link thread, not a budget


class _Spider(Spider):
    name = "s"

    def parse(self, response: object) -> None:
        pass


@pytest.fixture
def keys(redis_url: str) -> Iterator[QueueKeys]:
    """The keys of a source under a prefix of this test alone, deleted afterwards."""
    prefix = f"test-{uuid.uuid4().hex[:10]}"
    yield QueueKeys.for_source("p", prefix)
    client = redis.Redis.from_url(redis_url)
    found = list(client.scan_iter(f"{prefix}:*"))
    if found:
        client.delete(*found)


def _queue(server: redis.Redis, keys: QueueKeys, worker: str = "w1") -> LeasedPriorityQueue:
    spider = _Spider()
    spider.settings = {"NEWSARCHIVE_WORKER_ID": worker}  # type: ignore[assignment]
    return LeasedPriorityQueue(server, spider, keys.requests)


def _request(n: int, priority: int = 0) -> Request:
    return Request(f"http://127.0.0.1/{n}", priority=priority)


def test_pop_many_leases_the_best_requests_under_consecutive_tokens(redis_url: str, keys: QueueKeys) -> None:
    server = redis.Redis.from_url(redis_url)
    leased = _queue(server, keys)
    for n in range(5):
        leased.push(_request(n, priority=n))
    popped = leased.decode_popped(*leased.pop_many(3, server))
    assert [r.url for r in popped] == [f"http://127.0.0.1/{n}" for n in (4, 3, 2)]  # best first
    assert [r.meta[LEASE] for r in popped] == ["1", "2", "3"]
    assert len(leased) == 2 and server.hlen(keys.inflight("w1")) == 3
    assert leased.pop().meta[LEASE] == "4"  # type: ignore[union-attr]  # tokens go on, never reused
    assert leased.decode_popped(*leased.pop_many(10, server))[0].meta[LEASE] == "5"  # fewer than asked
    assert leased.decode_popped(*leased.pop_many(10, server)) == []
    server.delete(keys.heartbeat("w1"))  # the worker dies holding all five: every one goes back
    assert recover_dead_workers(server, keys) == 5
    assert leased.pop().url == "http://127.0.0.1/4"  # type: ignore[union-attr]  # priority kept


def test_push_many_queues_only_what_the_dupefilter_has_not_seen(redis_url: str, keys: QueueKeys) -> None:
    server = redis.Redis.from_url(redis_url)
    leased = _queue(server, keys)
    server.sadd(keys.dupefilter, "fp-seen")  # pushed by another worker
    flags = leased.push_many(
        [(_request(1), "fp-1"), (_request(2), "fp-seen"), (_request(3), "fp-1"), (_request(4), "")], server
    )
    assert flags == [1, 0, 0, 1]  # "" is a dont_filter request: queued, never marked
    assert len(leased) == 2 and server.smembers(keys.dupefilter) == {b"fp-1", b"fp-seen"}


def _link(server: Any, leased: LeasedPriorityQueue) -> tuple[QueueLink, queue.Queue[Outcome]]:
    outcomes: queue.Queue[Outcome] = queue.Queue()
    return QueueLink(server, leased, outcomes.put), outcomes


def test_a_turn_pushes_acknowledges_and_refills_in_that_order(redis_url: str, keys: QueueKeys) -> None:
    server = redis.Redis.from_url(redis_url)
    leased = _queue(server, keys)
    leased.push(_request(0, priority=-5))
    parent = leased.pop()
    assert parent is not None
    link, outcomes = _link(server, leased)
    try:
        # A parent's children and its ack in one turn, with a refill: the children are queued
        # first, the ack follows them, the refill sees them.
        link.send(Turn([(_request(1), "fp-1"), (_request(2), "fp-2")], [parent.meta[LEASE]], 4))
        outcome = outcomes.get(timeout=SAFETY)
    finally:
        link.close()
    assert outcome.error == "" and outcome.refilled and outcome.queued == 2 and not outcome.duplicates
    assert sorted(r.url for r in outcome.popped) == ["http://127.0.0.1/1", "http://127.0.0.1/2"]
    assert set(server.hkeys(keys.inflight("w1"))) == {r.meta[LEASE].encode() for r in outcome.popped}
    assert len(leased) == 0


def test_turns_queued_behind_one_on_the_wire_go_out_together(redis_url: str, keys: QueueKeys) -> None:
    server = redis.Redis.from_url(redis_url)
    leased = _queue(server, keys)
    gate = threading.Event()
    outcomes: queue.Queue[Outcome] = queue.Queue()

    def deliver(outcome: Outcome) -> None:
        outcomes.put(outcome)
        gate.wait(SAFETY)  # hold the link's thread until the next turns are queued

    link = QueueLink(server, leased, deliver)
    try:
        link.send(Turn([(_request(0), "fp-0")]))
        first = outcomes.get(timeout=SAFETY)
        for n in (1, 2, 3):
            link.send(Turn([(_request(n), f"fp-{n}")]))
        link.send(Turn([(_request(1), "fp-1")]))  # a duplicate, reported as one
        gate.set()
        merged = outcomes.get(timeout=SAFETY)
    finally:
        gate.set()
        link.close()
    assert first.turns == 1 and first.queued == 1
    assert (
        merged.turns == 4
        and merged.queued == 3
        and [r.url for r in merged.duplicates] == ["http://127.0.0.1/1"]
    )


class _FailingPipeline:
    """A pipeline whose execute fails, as when Redis goes away mid-crawl."""

    def __init__(self) -> None:
        self.commands = 0

    def __len__(self) -> int:
        return self.commands

    def __getattr__(self, name: str) -> Any:
        def command(*args: Any, **kwargs: Any) -> _FailingPipeline:
            self.commands += 1
            return self

        return command

    def execute(self) -> list[Any]:
        raise redis.ConnectionError("Connection refused")


class _FailingOnce:
    """A client whose first pipeline fails; later ones are the real server's."""

    def __init__(self, server: redis.Redis) -> None:
        self.server, self.failed = server, False

    def pipeline(self, transaction: bool = True) -> Any:
        if self.failed:
            return self.server.pipeline(transaction=transaction)
        self.failed = True
        return _FailingPipeline()


def test_after_a_failed_turn_the_link_acknowledges_nothing(redis_url: str, keys: QueueKeys) -> None:
    """A failed turn may have lost pushes: no later ack may release their parents' leases."""
    server = redis.Redis.from_url(redis_url)
    leased = _queue(server, keys)
    leased.push(_request(0))
    leased.push(_request(9, priority=-1))
    parent = leased.pop()
    assert parent is not None
    link, outcomes = _link(_FailingOnce(server), leased)
    try:
        link.send(Turn([(_request(1), "fp-1")]))  # the children of the parent: lost
        failed = outcomes.get(timeout=SAFETY)
        link.send(Turn([], [parent.meta[LEASE]], 8))  # its ack, and a refill
        after = outcomes.get(timeout=SAFETY)
    finally:
        link.close()
    assert "Connection refused" in failed.error and link.broken
    assert after.popped == []  # no new leases either: the worker is stopping
    assert server.hkeys(keys.inflight("w1")) == [parent.meta[LEASE].encode()]  # still leased
    assert len(leased) == 1  # the other request was not taken
