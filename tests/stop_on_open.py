"""A Scrapy extension for tests: the process sends itself SIGTERM as its spider opens.

That is the moment a service manager's stop lands when it stops a queue worker that is still
starting: the run is recorded, the engine not yet started. Load it with
``-s EXTENSIONS={"tests.stop_on_open.StopOnOpen": 0}`` from the repository root.
"""

from __future__ import annotations

import os
import signal
from typing import Any

from scrapy import signals


class StopOnOpen:
    """Send this process SIGTERM when the spider opens."""

    @classmethod
    def from_crawler(cls, crawler: Any) -> StopOnOpen:
        extension = cls()
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        return extension

    def spider_opened(self, spider: Any) -> None:
        os.kill(os.getpid(), signal.SIGTERM)
