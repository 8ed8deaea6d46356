"""The link: a worker's queue traffic, sent from a thread of its own, one pipeline per turn.

scrapy-redis calls Redis from the reactor, once per pop, push and
acknowledgement: on a loaded machine, where Redis itself waits for a core,
each call stalls the whole crawl for its round trip. The scheduler and the
lease middleware hand their operations to a :class:`QueueLink` instead; its
thread sends everything handed over since its last turn in one pipeline:
first the discovered requests (one script checks the dupefilter and queues
the new ones), then the acknowledgements (one ``HDEL``), then at most one
refill (one script moves the next requests into this worker's in-flight
hash). Pushes always precede the acknowledgements handed over after them, so
a request is acknowledged only once its child requests are in Redis.

After a failed turn the link is *broken*: it sends no further
acknowledgement (the failed turn may have lost pushes whose parents would be
acknowledged next), so whatever the worker leases goes back to the queue when
it stops, and is crawled again.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import redis
from scrapy import Request

from crawler.scaleout.leases import LeasedPriorityQueue

logger = logging.getLogger(__name__)


@dataclass
class Turn:
    """Operations handed over together: pushes (request, fingerprint or "" unfiltered), acks, a refill."""

    pushes: list[tuple[Request, str]] = field(default_factory=list)
    acks: list[str] = field(default_factory=list)
    refill: int = 0

    def __bool__(self) -> bool:
        return bool(self.pushes or self.acks or self.refill)

    def absorb(self, other: Turn) -> None:
        """Append ``other``'s operations (pushes before acks stays true: both lists keep their order)."""
        self.pushes += other.pushes
        self.acks += other.acks
        self.refill = max(self.refill, other.refill)


@dataclass
class Outcome:
    """What one turn did: the leased requests popped, the pushes found already seen, an error."""

    turns: int
    refilled: bool
    popped: list[Request]
    duplicates: list[Request]
    queued: int
    error: str = ""


class QueueLink:
    """Send a worker's pushes, acks and refills from one thread, in order, one pipeline per turn.

    ``deliver`` is called in the link's thread with each turn's
    :class:`Outcome` (the scheduler passes it on to the reactor).
    """

    def __init__(self, server: redis.Redis, queue_: LeasedPriorityQueue, deliver: Callable[[Outcome], None]):
        self.server = server
        self.queue = queue_
        self.deliver = deliver
        self.turns: queue.SimpleQueue[Turn | None] = queue.SimpleQueue()
        self.broken = False
        self.thread = threading.Thread(target=self._run, name="queue-link", daemon=True)
        self.thread.start()

    def send(self, turn: Turn) -> None:
        """Hand ``turn`` to the thread (it may be merged with others handed over meanwhile)."""
        self.turns.put(turn)

    def close(self) -> None:
        """Send what was handed over, then stop the thread."""
        self.turns.put(None)
        self.thread.join()

    def _run(self) -> None:
        stop = False
        while not stop:
            first = self.turns.get()
            if first is None:
                return
            turn, count = first, 1
            while not self.turns.empty():  # merge what queued up while the last turn was on the wire
                more = self.turns.get()
                if more is None:
                    stop = True
                    break
                turn.absorb(more)
                count += 1
            self.deliver(self._send_turn(turn, count))

    def _send_turn(self, turn: Turn, count: int) -> Outcome:
        try:
            pipe = self.server.pipeline(transaction=False)
            if turn.pushes:
                self.queue.push_many(turn.pushes, pipe)
            refill = 0 if self.broken else turn.refill
            if turn.acks and not self.broken:
                pipe.hdel(self.queue.keys.inflight(self.queue.worker), *turn.acks)
            first = self.queue.pop_many(refill, pipe)[1] if refill else 0
            replies: list[Any] = pipe.execute() if len(pipe) else []
            flags: list[int] = [int(f) for f in replies[0]] if turn.pushes else []
            duplicates = [request for (request, _fp), new in zip(turn.pushes, flags, strict=True) if not new]
            popped = self.queue.decode_popped(replies[-1], first) if refill else []
        except Exception as exc:  # any failure: no further acks, the worker stops
            self.broken = True
            logger.error("queue link: %s; this worker stops and its leases go back to the queue", exc)
            return Outcome(count, bool(turn.refill), [], [], 0, str(exc) or exc.__class__.__name__)
        return Outcome(count, bool(turn.refill), popped, duplicates, len(flags) - len(duplicates))
