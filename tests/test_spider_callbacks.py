"""Scrapy's per-response check of a callback's source is off; this test does it once, for every spider.

With ``WARN_ON_GENERATOR_RETURN_VALUE`` on, Scrapy asks before each callback whether it is a
generator with a ``return value`` (whose value would be lost). Its cache is keyed weakly by the
bound method, which dies with its request, so it re-read and re-parsed ``parse_article``'s source
(``inspect.getsource``, ``ast.parse``) for about one page in ten: 2% of the crawl's CPU.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from scrapy.utils.misc import is_generator_with_return_value

import crawler.spiders
from crawler.runner import crawl_settings


def test_scrapys_per_response_source_check_is_off() -> None:
    assert crawl_settings().getbool("WARN_ON_GENERATOR_RETURN_VALUE") is False


def test_no_spider_method_is_a_generator_that_returns_a_value() -> None:
    checked = []
    for module_info in pkgutil.iter_modules(crawler.spiders.__path__):
        module = importlib.import_module(f"crawler.spiders.{module_info.name}")
        for cls in vars(module).values():
            if not inspect.isclass(cls) or not cls.__module__.startswith("crawler.spiders"):
                continue
            for name, function in vars(cls).items():
                if inspect.isgeneratorfunction(function):
                    checked.append(f"{cls.__name__}.{name}")
                    assert not is_generator_with_return_value(function), checked[-1]
    assert {"SourceSpider.parse_article", "EpaperSpider.parse_edition", "SitemapSpider.parse_sitemap"} <= set(
        checked
    )
