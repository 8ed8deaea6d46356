"""``scrapy crawl``, refusing a bad spider argument in one line instead of a traceback.

Scrapy builds the spider inside the reactor, so a registry or argument error
(``-a source=nope``, no ``sources.toml``, a mistyped spider name) came out as "Task exception was never
retrieved" and a traceback. The spider's arguments are resolved first, by the code its
``from_crawler`` runs (``SourceSpider.kwargs_from_settings``), and a ``ConfigError`` is said as
``newsarchive`` says it: ``error: ...`` and exit 1. The resolved arguments go on to Scrapy's crawl,
so the spider is built once, in the reactor, and the registry read once.
"""

from __future__ import annotations

import argparse
import sys

from scrapy.commands.crawl import Command as ScrapyCrawl

from archive.errors import ConfigError
from crawler.spiders.base import SourceSpider


class Command(ScrapyCrawl):
    """Scrapy's crawl command, with the spider's arguments resolved before the reactor starts."""

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) == 1 and self.crawler_process is not None and self.settings is not None:
            try:
                spider_class = self.crawler_process.spider_loader.load(args[0])
            except KeyError:
                sys.stderr.write(f"error: no spider {args[0]!r} (scrapy list names them)\n")
                self.exitcode = 1
                return
            if issubclass(spider_class, SourceSpider):
                try:
                    opts.spargs = spider_class.kwargs_from_settings(self.settings, **opts.spargs)
                except ConfigError as exc:
                    sys.stderr.write(f"error: {exc}\n")
                    self.exitcode = 1
                    return
        super().run(args, opts)
