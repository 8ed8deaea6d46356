"""The end-to-end demo: serve the sample e-paper, crawl it, index it, search it.

It uses the real e-paper spider, pipelines, store and index, so a passing demo
shows the whole path works on this machine.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from archive.editions import retemplate
from archive.models import Edition
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


# The template of the sample site served on any loopback port (each demo run serves it on one).
_DEMO_TEMPLATE = re.compile(r"http://127\.0\.0\.1:(\d+)" + re.escape(TEMPLATE_PATH))


def adopt_moved_templates(session: Session, base_url: str) -> int:
    """Record the demo source's editions checked on an earlier run's port as checked with today's template.

    The sample site is the same on any port (its old one may be taken), so
    ``report`` shows one line for its template, not one per port, the dates
    only an older run checked left behind as "found 0 (last -), no edition 2".
    """
    new = demo_source(base_url).templates[0].url
    recorded = session.scalars(select(Edition.template).where(Edition.source_id == DEMO_SOURCE_ID).distinct())
    return retemplate(
        session, DEMO_SOURCE_ID, {t for t in recorded if t != new and _DEMO_TEMPLATE.fullmatch(t)}, new
    )


def registered_port(home: Path) -> int:
    """Return the sample site's port in the demo's registry of ``home`` (0 without one).

    Serving the site there again keeps the template, the registry and the
    recorded edition URLs the same from one demo to the next.
    """
    path = home / "sources.toml"
    text = path.read_text(encoding="utf-8", errors="replace") if path.is_file() else ""
    found = _DEMO_TEMPLATE.search(text) if text.startswith(DEMO_REGISTRY_MARK) else None
    return int(found.group(1)) if found else 0


def demo_dates() -> tuple[date, date]:
    """Return the first and last date of the sample editions."""
    return date.fromisoformat(SAMPLE_DATES[0]), date.fromisoformat(SAMPLE_DATES[-1])


# First line of the registry the demo writes: a file that starts with it is the demo's to replace.
DEMO_REGISTRY_MARK = "# Written by `newsarchive demo`"


def demo_registry(base_url: str) -> str:
    """Return the TOML registry that makes the demo's source known to every other command.

    Its template names the port the sample site had during the demo: ``sources
    list``, ``report``, ``reprocess`` and ``schedule list`` need the entry, and a
    crawl of it needs the sample site served again (``newsarchive demo`` does).
    """
    source = demo_source(base_url)
    networks = json.dumps(DEMO_OVERRIDES["NEWSARCHIVE_ALLOWED_NETWORKS"])
    port = urlsplit(base_url).port
    return f"""{DEMO_REGISTRY_MARK}; it is rewritten by each demo (delete this line to keep your edits).
# Commands find it when ./sources.toml does not exist (see README.md, "Configuration").
# The sample site lives only while a demo runs: to crawl it by hand, serve it on the port below
# first (python -m crawler.sample_site.server --port {port}), or the crawl finds nothing there.

[[source]]
id = "{source.id}"
name = "{source.name}"
region = "{source.region}"
kind = "epaper"
allowed_domains = {json.dumps(list(source.allowed_domains))}
templates = [{{ url = "{source.templates[0].url}" }}]
canonical_base = "{source.canonical_base}"

[source.politeness]
autothrottle = false

[source.settings]
# The sample site is served on loopback, which crawls refuse unless allowed.
NEWSARCHIVE_ALLOWED_NETWORKS = {networks}
"""


def write_demo_registry(home: Path, base_url: str) -> Path | None:
    """Write the demo's registry as ``<home>/sources.toml``; leave a file someone else wrote alone.

    Return the path written, or None when an existing registry was kept.
    """
    path = home / "sources.toml"
    if path.exists() and not path.read_text(encoding="utf-8", errors="replace").startswith(
        DEMO_REGISTRY_MARK
    ):
        return None
    home.mkdir(parents=True, exist_ok=True)
    path.write_text(demo_registry(base_url), encoding="utf-8")
    return path
