"""Scrapy settings of the newsarchive project.

Every custom setting is documented beside its default. Override them as usual
(``scrapy crawl ... -s NAME=VALUE``) or through ``newsarchive crawl -s NAME=VALUE``.
"""

from __future__ import annotations

import archive.config as _config

BOT_NAME = "newsarchive"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
# `scrapy crawl` with one-line errors for a bad source or registry (crawler/commands/crawl.py).
COMMANDS_MODULE = "crawler.commands"

# Polite by default: identify ourselves, obey robots.txt, adapt to the server.
# Contact shown in the User-Agent: set it to your own page or mailto: so site owners can reach you.
# USER_AGENT is built from it once; override USER_AGENT itself to change the whole string.
NEWSARCHIVE_CONTACT_URL = "https://github.com/newsarchive/newsarchive"
USER_AGENT = f"newsarchive/0.1 (regional news archive; +{NEWSARCHIVE_CONTACT_URL})"  # see runner.user_agent
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 8
# Scrapy starts CONCURRENT_ITEMS asyncio tasks for every callback's output; our callbacks yield
# one article or a few requests, so the default of 100 costs more than the items themselves.
CONCURRENT_ITEMS = 8
# Scrapy's check, before each callback, that it is no generator returning a value re-parses the
# callback's source whenever its weak cache lost the bound method (one page in ten): 2% of the
# crawl's CPU. tests/test_spider_callbacks.py makes the same check once for every spider method.
WARN_ON_GENERATOR_RETURN_VALUE = False
DOWNLOAD_DELAY = 0.0

# Safe by default: news pages are small; a huge body is a trap or a bomb.
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024  # HTML, feeds, sitemaps (also caps the decompressed size)
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
NEWSARCHIVE_PDF_MAXSIZE = 64 * 1024 * 1024  # cap for *.pdf requests (page PDFs are larger than HTML)
# A truncated body becomes a "dataloss"-flagged response that TruncationMiddleware
# refuses and counts as failed/truncated (instead of a bare download error).
DOWNLOAD_FAIL_ON_DATALOSS = False
DEPTH_LIMIT = 8  # link-following spiders (listing) also have a per-source max_depth
# An e-paper page that opens <html>/<body> and never closes it is refused as cut short at the origin,
# unless it ends whole (a complete tag last, every div/table/ul ... of its content closed, its footer's
# 版权/ICP/Copyright read: HTML5 lets a page omit both closing tags). A paper whose pages never close and
# also leave a container open or print no footer sets this in its [source.settings], or every one of its
# editions fails as truncated.
NEWSARCHIVE_UNCLOSED_PAGES = False
NEWSARCHIVE_HOST_PAGE_BUDGET = 20000  # requests per host and crawl, against calendar traps (0: no budget)
# Networks exempt from the address guard (CIDRs, comma-separated). Empty: only public
# addresses may be fetched. Tests, the demo and benchmarks set "127.0.0.1/32".
NEWSARCHIVE_ALLOWED_NETWORKS: list[str] = []
NEWSARCHIVE_RESOLVER = None  # import path of a callable host -> [addresses]; None: the system resolver
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# A request that ran out of retries is counted and logged once (a WARNING) by the spider's
# errback; Scrapy's own "Gave up retrying" line would say it a second time, as an ERROR.
RETRY_GIVE_UP_LOG_LEVEL = "INFO"
LOG_DATEFORMAT = _config.LOG_TIME_FORMAT  # the time of a log line with its zone, as every time shown
NEWSARCHIVE_RETRY_BACKOFF_BASE = 1.0  # seconds before the first retry, doubled for each further one
NEWSARCHIVE_RETRY_MAX_DELAY = 60.0  # longest wait; a longer Retry-After means "not in this crawl"
NEWSARCHIVE_ROBOTSTXT_RECHECK = 300.0  # seconds a 5xx/unreachable robots.txt disallows a host
NEWSARCHIVE_ROBOTSTXT_MAX_AGE = 86400.0  # seconds fetched robots.txt rules are kept (RFC 9309: 24 h)

DOWNLOADER_MIDDLEWARES = {
    # First (before Scrapy's offsite filter at 50): nothing, not even a robots.txt
    # fetch or a redirect hop, may reach a refused scheme or address.
    "crawler.middlewares.safety.AddressGuardMiddleware": 40,
    # Scrapy's meta-refresh check decodes every page; ours looks at the bytes first.
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "crawler.middlewares.refresh.CheapMetaRefreshMiddleware": 580,
    "crawler.middlewares.limits.PageBudgetMiddleware": 60,
    # RFC 9309 robots.txt handling replaces Scrapy's (which allows all on a 5xx).
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.robots.RobotsTxtMiddleware": 100,
    "crawler.middlewares.limits.SizeCapMiddleware": 120,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.retry.BackoffRetryMiddleware": 550,
    # Conditional re-visits of archived articles, after retries.
    "crawler.revisit.RevisitMiddleware": 560,
    # Just outside decompression (590), so it sees the raw encoded body.
    "crawler.middlewares.integrity.TruncationMiddleware": 595,
    # Raw capture next to the downloader (sees bytes as received).
    "crawler.warc.WarcMiddleware": 950,
}

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
# Write a running crawl's counters to its run this often (0: only at its end, and with each batch the
# store commits, which writes them too), so that a crawl or worker killed with SIGKILL shows what it
# fetched and failed, not zeros: failures that store nothing reach the run only this way.
NEWSARCHIVE_RUN_COUNTERS_SECONDS = 10.0
# Write in a separate process beside the reactor (False: in the crawl process).
NEWSARCHIVE_STORE_PROCESS = True
# An item counts as scraped only once its batch is committed (queue workers set it: they
# acknowledge a request when its items are stored, so a killed worker's batch is redone).
NEWSARCHIVE_STORE_CONFIRM = False
NEWSARCHIVE_LOG_FILE = None  # also append the full log (DEBUG and up) here; stderr keeps LOG_LEVEL
NEWSARCHIVE_RESUME = False  # crawl --resume: skip articles the store already holds
# crawl --resume --recheck: check again the dates recorded "no edition" (--resume alone skips them).
NEWSARCHIVE_RECHECK_NO_EDITION = False
NEWSARCHIVE_WARC_ENABLED = True  # write every response to <home>/warc/<source>/run-<id>/*.warc.gz
NEWSARCHIVE_WARC_MAX_BYTES = 1 << 30  # start a new WARC file of the run past this size
NEWSARCHIVE_REVISIT_ENABLED = True  # re-fetch archived articles conditionally (ETag / Last-Modified)
NEWSARCHIVE_REVISIT_DAYS = 0  # skip archived articles published longer ago (0: re-check all)
# The time a crawl takes for "now" (ISO, e.g. 2024-03-07T07:30:00+08:00) when it judges whether a date
# without an edition is the paper's today (not yet published, checked again) or past (no edition);
# None: the clock. The scheduler sets it to its own clock.
NEWSARCHIVE_CHECK_TIME = None
# Queue workers (``newsarchive worker``; crawler/scaleout/worker.py sets the first two for each worker).
NEWSARCHIVE_QUEUE_BASE = None  # Redis key prefix of the job the worker crawls
NEWSARCHIVE_WORKER_ID = None  # host:pid:random, names this worker's leases
NEWSARCHIVE_QUEUE_IDLE_TIMEOUT = 5.0  # seconds an empty queue is awaited before the worker exits (0: forever)
# Requests a worker leases ahead of its downloads (refilled, off the reactor, when half are gone).
NEWSARCHIVE_QUEUE_PREFETCH = 64
# A worker's store flush after this many seconds without a new item (its NEWSARCHIVE_STORE_FLUSH_SECONDS):
# its requests are acknowledged, and the queue seen drained, only once their items are committed.
NEWSARCHIVE_QUEUE_FLUSH_SECONDS = 0.2

SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware": None,
    "crawler.middlewares.urllength.CountedUrlLengthMiddleware": 800,  # counts skipped/url_too_long
    "crawler.warc.WarcRefMiddleware": 950,
}
# Longer URLs are not requested (the store's url column holds 2,048 characters; Scrapy's default 2,083).
URLLENGTH_LIMIT = 2048

# One job per pipeline, in this order. Text normalisation (crawler/normalize/article.py) is
# the store's first step, done in its writer process to spare the crawl process the CPU.
ITEM_PIPELINES = {
    "crawler.pipelines.validate.ValidatePipeline": 100,
    "crawler.pipelines.dedupe.DedupePipeline": 300,
    "crawler.pipelines.store.StorePipeline": 400,
}
