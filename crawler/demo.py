"""The end-to-end demo: serve the sample e-paper, crawl it, index it, search it.

It uses the real e-paper spider, pipelines, store and index, so a passing demo
shows the whole path works on this machine.
"""

from __future__ import annotations

from datetime import date

from crawler.sample_site import SAMPLE_DATES, TEMPLATE_PATH
from crawler.sources import SourceConfig, UrlTemplate

DEMO_SOURCE_ID = "sample-cswb"
DEMO_CANONICAL_BASE = "http://sample-epaper.newsarchive.test"

# The sample site is served on loopback, which crawls refuse unless allowed.
DEMO_OVERRIDES: dict[str, object] = {
    "AUTOTHROTTLE_ENABLED": False,
    "NEWSARCHIVE_ALLOWED_NETWORKS": ["127.0.0.1/32"],
}

# Each demo query and a string the title of its first hit must contain.
DEMO_QUERIES: tuple[tuple[str, str], ...] = (
    ("脱贫攻坚", "洮北区"),
    ("鹤鸣湖", "鹤鸣湖"),
    ("三下乡", "三下乡"),
)


def demo_source(base_url: str) -> SourceConfig:
    """Return the source definition of the sample site served at ``base_url``.

    The server's port changes from run to run, so articles are stored under a
    fixed ``canonical_base``: a second demo finds them unchanged.
    """
    return SourceConfig(
        id=DEMO_SOURCE_ID,
        name="城市晚报（示例）",
        kind="epaper",
        region="吉林 白城",
        templates=(UrlTemplate(base_url + TEMPLATE_PATH),),
        allowed_domains=("127.0.0.1",),
        canonical_base=DEMO_CANONICAL_BASE,
    )


def demo_dates() -> tuple[date, date]:
    """Return the first and last date of the sample editions."""
    return date.fromisoformat(SAMPLE_DATES[0]), date.fromisoformat(SAMPLE_DATES[-1])
