"""Scrapy settings of the newsarchive project.

Every custom setting is documented beside its default. Override them as usual
(``scrapy crawl ... -s NAME=VALUE``) or through ``newsarchive crawl -s NAME=VALUE``.
"""

from __future__ import annotations

BOT_NAME = "newsarchive"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Polite by default: identify ourselves, obey robots.txt, adapt to the server.
NEWSARCHIVE_CONTACT_URL = "https://github.com/newsarchive/newsarchive"  # shown in the User-Agent
USER_AGENT = f"newsarchive/0.1 (+{NEWSARCHIVE_CONTACT_URL})"
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 8
DOWNLOAD_DELAY = 0.0

# Safe by default: news pages are small; a huge body is a trap or a bomb.
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 64 * 1024 * 1024  # PDFs can be large; HTML is capped lower by the extractor's check
DOWNLOAD_WARNSIZE = 16 * 1024 * 1024
DEPTH_LIMIT = 8
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]

REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False

# newsarchive settings (read once, in from_crawler):
NEWSARCHIVE_HOME = None  # data directory; None: $NEWSARCHIVE_HOME or ./newsarchive-data
NEWSARCHIVE_DB_URL = None  # database URL; None: $NEWSARCHIVE_DB_URL or SQLite in the data directory
NEWSARCHIVE_SOURCES = None  # source registry path; None: $NEWSARCHIVE_SOURCES or ./sources.toml
NEWSARCHIVE_STORE_BATCH = 200  # articles written per transaction
NEWSARCHIVE_STORE_FLUSH_SECONDS = 2.0  # flush a partial batch at least this often

# One job per pipeline, in this order.
ITEM_PIPELINES = {
    "crawler.pipelines.validate.ValidatePipeline": 100,
    "crawler.pipelines.normalize.NormalizePipeline": 200,
    "crawler.pipelines.dedupe.DedupePipeline": 300,
    "crawler.pipelines.store.StorePipeline": 400,
}
