"""The source registry: load ``sources.toml`` into typed, validated objects.

Every mistake is reported as one line naming the source, the key and what is
wrong, because archivists edit this file by hand.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import string
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from archive.config import DEFAULT_TIMEZONE
from archive.errors import ConfigError
from archive.items import SELECTOR_FIELDS
from archive.schedules import publishes_on
from crawler.urls import canonicalize_url

KINDS = ("epaper", "sitemap", "feed", "listing")
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
# Per-source politeness keys: the Scrapy setting each one sets, its type and its least value.
POLITENESS: dict[str, tuple[str, type, float]] = {
    "download_delay": ("DOWNLOAD_DELAY", float, 0.0),
    "concurrency": ("CONCURRENT_REQUESTS_PER_DOMAIN", int, 1),
    "autothrottle": ("AUTOTHROTTLE_ENABLED", bool, 0),
    "autothrottle_target": ("AUTOTHROTTLE_TARGET_CONCURRENCY", float, 0.1),
    "timeout": ("DOWNLOAD_TIMEOUT", float, 1.0),
    "retry_times": ("RETRY_TIMES", int, 0),
    "page_budget": ("NEWSARCHIVE_HOST_PAGE_BUDGET", int, 0),
    "max_size": ("DOWNLOAD_MAXSIZE", int, 1024),
}
DEFAULT_MAX_DEPTH = 2
# Every key a [[source]] table may hold: a typo ("start_url") is an error, not a silent no-op.
SOURCE_KEYS = (
    "id",
    "name",
    "region",
    "kind",
    "start_urls",
    "templates",
    "allowed_domains",
    "article_patterns",
    "page_patterns",
    "deny_patterns",
    "selectors",
    "encoding",
    "timezone",
    "politeness",
    "schedule",
    "max_depth",
    "canonical_base",
    "revisit",
    "alerts",  # scheduling and health (crawler.schedule, crawler.report)
    "settings",  # NEWSARCHIVE_* crawl settings of this source (crawler.settings_layers)
)
_TEMPLATE_KEYS = ("url", "since", "until")


@dataclass(frozen=True)
class UrlTemplate:
    """A URL template with ``{date:%Y-%m}``-style placeholders, valid for a date range."""

    url: str
    since: date | None = None
    until: date | None = None

    def covers(self, day: date) -> bool:
        """Tell whether this template applies to ``day``."""
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)

    def render(self, day: date) -> str:
        """Return the URL for ``day``."""
        return self.url.format(date=day)


@dataclass(frozen=True)
class RevisitPolicy:
    """Which edition dates a scheduled crawl covers (``[source.revisit]``).

    Papers publish late and correct articles for a few days, so each scheduled
    run re-checks the last ``days`` dates; after downtime, the one catch-up run
    reaches back to the last successful run, but at most ``max_catch_up_days``.
    A date a run saw without an edition on its own day (many papers publish
    their e-paper late in the morning, in the afternoon or the evening before)
    is checked again every ``not_yet_recheck_hours`` until a check after the
    day is over settles it (0: only the next scheduled run checks it again).
    """

    days: int = 0
    max_catch_up_days: int = 31
    not_yet_recheck_hours: int = 3


@dataclass(frozen=True)
class Alerts:
    """Health thresholds of ``newsarchive report`` (``[source.alerts]``); 0 switches one off."""

    no_edition_days: int = 0  # this many dates in a row without an edition
    failed_days: int = 0  # this many dates in a row whose crawl failed
    unmatched_days: int = 0  # this many dates in a row whose edition page matched no link (a redesign)
    min_title_fill: float = 0.0  # least share of articles with a title
    min_date_fill: float = 0.0  # least share of articles with a publication date
    min_author_fill: float = 0.0  # least share of articles with an author


@dataclass(frozen=True)
class SourceConfig:
    """One registered source, as validated from ``sources.toml``."""

    id: str
    name: str
    kind: str
    region: str = ""
    start_urls: tuple[str, ...] = ()
    templates: tuple[UrlTemplate, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    article_patterns: tuple[str, ...] = ()
    page_patterns: tuple[str, ...] = ()
    deny_patterns: tuple[str, ...] = ()
    selectors: Mapping[str, str] = field(default_factory=dict)
    encoding: str = ""
    timezone: str = DEFAULT_TIMEZONE
    politeness: Mapping[str, Any] = field(default_factory=dict)
    schedule: str = ""
    revisit: RevisitPolicy = field(default_factory=RevisitPolicy)
    alerts: Alerts = field(default_factory=Alerts)
    max_depth: int = DEFAULT_MAX_DEPTH  # listing: link hops followed from a start URL
    canonical_base: str = ""  # store URLs under this scheme://host when a paper is served from mirrors
    # NEWSARCHIVE_* crawl settings from the registry: its [settings] table, then the source's own.
    settings: Mapping[str, Any] = field(default_factory=dict)

    def canonical(self, url: str) -> str:
        """Return ``url`` canonicalised, moved to ``canonical_base`` when one is set."""
        url = canonicalize_url(url)
        if self.canonical_base:
            parts = urlsplit(url)
            base = urlsplit(self.canonical_base)
            url = urlunsplit((base.scheme, base.netloc, parts.path, parts.query, ""))
        return url

    def template_for(self, day: date) -> UrlTemplate | None:
        """Return the template in force on ``day`` (the first that covers it)."""
        for template in self.templates:
            if template.covers(day):
                return template
        return None

    def publishes_on(self, day: date) -> bool:
        """Say whether ``day`` is a publishing day by the paper's weekly schedule.

        The cron ``schedule`` fires on the weekdays an edition appears (``sources add`` writes
        ``30 7 * * 1-6`` for a Monday-to-Saturday paper), so its weekday field is the paper's week.
        Without a schedule, or one that names days of the month, every day is a publishing day.
        """
        return publishes_on(self.schedule, day)

    def scrapy_settings(self) -> dict[str, Any]:
        """Return the Scrapy settings the registry gives this source: ``settings``, then politeness."""
        values = dict(self.settings)
        values.update({POLITENESS[key][0]: value for key, value in self.politeness.items()})
        return values

    def config_hash(self) -> str:
        """Return a stable hash of the configuration, stored with the source row."""
        fields = asdict(self)
        if not fields["settings"]:  # hashes of sources without settings stay what they were
            del fields["settings"]
        data = json.dumps(fields, sort_keys=True, default=str, ensure_ascii=False)
        return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


def _err(source: str, key: str, message: str) -> ConfigError:
    return ConfigError(f"source {source!r}: {key}: {message}")


def _str(
    raw: Mapping[str, Any], sid: str, key: str, default: str = "", required: bool = False, label: str = ""
) -> str:
    value = raw.get(key, None)
    label = label or key
    if value is None:
        if required:
            raise _err(sid, label, "missing")
        return default
    if not isinstance(value, str):
        raise _err(sid, label, f"must be a string, not {type(value).__name__}")
    return value.strip()


def _str_list(raw: Mapping[str, Any], sid: str, key: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _err(sid, key, "must be a list of strings")
    return tuple(v.strip() for v in value)


def _date(value: Any, sid: str, key: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise _err(sid, key, f"not a date (YYYY-MM-DD): {value!r}")


def _patterns(raw: Mapping[str, Any], sid: str, key: str) -> tuple[str, ...]:
    patterns = _str_list(raw, sid, key)
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise _err(sid, key, f"bad regular expression {pattern!r}: {exc}") from exc
    return patterns


def _templates(raw: Mapping[str, Any], sid: str) -> tuple[UrlTemplate, ...]:
    value = raw.get("templates", [])
    if not isinstance(value, list):
        raise _err(sid, "templates", "must be a list of tables")
    templates: list[UrlTemplate] = []
    for n, entry in enumerate(value):
        key = f"templates[{n}]"
        if isinstance(entry, str):
            entry = {"url": entry}
        if not isinstance(entry, dict):
            raise _err(sid, key, "must be a table with url, since, until")
        for name in entry:
            if name not in _TEMPLATE_KEYS:
                raise _err(sid, f"{key}.{name}", "unknown key (known: url, since, until)")
        url = _str(entry, sid, "url", required=True, label=f"{key}.url")
        _check_placeholders(sid, f"{key}.url", url)
        template = UrlTemplate(
            url,
            _date(entry.get("since"), sid, f"{key}.since"),
            _date(entry.get("until"), sid, f"{key}.until"),
        )
        try:
            template.render(date(2000, 1, 2))
        except (KeyError, IndexError, ValueError, AttributeError, TypeError) as exc:
            raise _err(
                sid, f"{key}.url", f"bad placeholder in {url!r} (use {{date:%Y-%m-%d}}): {exc}"
            ) from exc
        _check_http_url(sid, f"{key}.url", template.render(date(2000, 1, 2)))
        if template.since and template.until and template.since > template.until:
            raise _err(sid, key, "since is after until")
        templates.append(template)
    return tuple(templates)


_MAX_PLACEHOLDER = 64
# The strftime codes a URL template may use: those of a date (a time code renders 00 for every date),
# the unpadded month and day (2016/7/5), and %% for a literal %. glibc's shorthands (%D, %F, %x) and
# others render on one platform and not another, or not as the site writes a date.
STRFTIME_CODES = tuple("%Y %y %m %d %j %b %B %a %A %w %u %U %W %G %V %-m %-d %%".split())
_STRFTIME_CODE = re.compile(r"%-?.?", re.DOTALL)


def _check_strftime(sid: str, key: str, spec: str) -> None:
    """Refuse a strftime code of a ``{date:...}`` spec that is not one of :data:`STRFTIME_CODES`."""
    for code in _STRFTIME_CODE.findall(spec):
        if code not in STRFTIME_CODES:
            shown = "{date:" + spec + "}"
            supported = " ".join(STRFTIME_CODES)
            raise _err(sid, key, f"unsupported strftime code {code} in {shown!r} (supported: {supported})")


def _check_placeholders(sid: str, key: str, url: str) -> None:
    """Allow only ``{date}`` and ``{date:STRFTIME}`` placeholders (no attributes, items, conversions).

    ``str.format`` would otherwise reach into the date (``{date.foo}``, ``{date[0]}``) or pad
    to any width (``{date.year:>900000000}``, gigabytes), at every render of every crawl.
    """
    try:
        fields = list(string.Formatter().parse(url))
    except ValueError as exc:
        raise _err(sid, key, f"bad placeholder in {url[:80]!r}: {exc}") from None
    for _, name, spec, conversion in fields:
        if name is None:
            continue
        if name != "date" or conversion or len(spec or "") > _MAX_PLACEHOLDER or "{" in (spec or ""):
            shown = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            raise _err(
                sid, key, f"bad placeholder {shown[:80]!r}: use {{date:%Y-%m-%d}} (strftime codes only)"
            )
        _check_strftime(sid, key, spec or "")


def _finite(sid: str, key: str, value: Any) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise _err(sid, key, f"must be a finite number, not {value}")


def _check_http_url(sid: str, key: str, url: str) -> None:
    if not re.match(r"^https?://[^/\s]+", url):
        raise _err(sid, key, f"not an http(s) URL: {url!r}")
    try:  # a bad host or port passed the check above and stopped the crawl with a traceback
        _ = urlsplit(url).port
    except ValueError as exc:
        raise _err(sid, key, f"not a valid URL ({exc}): {url!r}") from None


def on_domains(url: str, domains: Sequence[str]) -> bool:
    """Tell whether ``url``'s host is one of ``domains`` or below one (any host when there are none).

    The crawl's off-site rule, as Scrapy's ``allowed_domains`` applies it.
    """
    host = (urlsplit(url).hostname or "").lower()
    return not domains or any(host == d or host.endswith("." + d) for d in (d.lower() for d in domains))


def _check_on_domains(sid: str, key: str, url: str, domains: Sequence[str]) -> None:
    """Refuse a start URL or template off ``allowed_domains``: the crawl would drop its every request.

    It did, and said "robots.txt unavailable (Filtered offsite request to ...)" of a registry typo.
    """
    if not on_domains(url, domains):
        host = urlsplit(url).hostname or ""
        raise _err(sid, key, f"its host {host} is not in allowed_domains ({', '.join(domains)})")


def _check_selectors(sid: str, selectors: Mapping[str, str]) -> None:
    """Compile each selector now, so a typo fails ``sources check`` instead of every page of a crawl."""
    if not selectors:
        return
    from crawler.extract.selectors import check_selectors  # parsel and lxml: only when selectors are used

    for name, query in selectors.items():
        if name not in SELECTOR_FIELDS:
            raise _err(sid, f"selectors.{name}", f"unknown field (known: {', '.join(SELECTOR_FIELDS)})")
        try:
            check_selectors({name: query})
        except ConfigError as exc:
            raise _err(sid, f"selectors.{name}", str(exc)) from None


def _politeness(raw: Mapping[str, Any], sid: str) -> dict[str, Any]:
    table = raw.get("politeness", {})
    if not isinstance(table, dict):
        raise _err(sid, "politeness", "must be a table")
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in POLITENESS:
            raise _err(sid, f"politeness.{key}", f"unknown key (known: {', '.join(POLITENESS)})")
        _, kind, least = POLITENESS[key]
        if kind is bool:
            if not isinstance(value, bool):
                raise _err(sid, f"politeness.{key}", "must be true or false")
        elif (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or (kind is int and not isinstance(value, int))
        ):
            raise _err(sid, f"politeness.{key}", f"must be {'an integer' if kind is int else 'a number'}")
        elif isinstance(value, float) and not math.isfinite(value):
            raise _err(sid, f"politeness.{key}", f"must be a finite number, not {value}")
        elif value < least:
            raise _err(sid, f"politeness.{key}", f"must be at least {least:g}, not {value}")
        values[key] = kind(value)
    return values


def _max_depth(raw: Mapping[str, Any], sid: str) -> int:
    value = raw.get("max_depth", DEFAULT_MAX_DEPTH)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 20:
        raise _err(sid, "max_depth", f"must be an integer from 0 to 20, not {value!r}")
    return value


def _schedule(raw: Mapping[str, Any], sid: str) -> str:
    from croniter import croniter

    value = _str(raw, sid, "schedule")
    if not value:
        return value
    if len(value.split()) != 5 or not croniter.is_valid(value):
        fields = "five fields: minute hour day month weekday"
        raise _err(sid, "schedule", f"not a cron expression ({fields}): {value!r}")
    try:  # "0 0 30 2 *" is valid cron that never fires: croniter gives up looking for a next time
        croniter(value, datetime(2000, 1, 1)).get_next(datetime)
    except Exception:  # CroniterBadDateError and kin
        raise _err(sid, "schedule", f"{value!r} never fires (no such date)") from None
    return value


def _table(raw: Mapping[str, Any], sid: str, key: str, known: Mapping[str, Any]) -> dict[str, Any]:
    """Validate a table of non-negative numbers whose keys and types are those of ``known``."""
    table = raw.get(key, {})
    if not isinstance(table, dict):
        raise _err(sid, key, "must be a table")
    values: dict[str, Any] = {}
    for name, value in table.items():
        if name not in known:
            raise _err(sid, f"{key}.{name}", f"unknown key (known: {', '.join(known)})")
        kind = type(known[name])
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or (kind is int and not isinstance(value, int))
        ):
            raise _err(sid, f"{key}.{name}", f"must be {'an integer' if kind is int else 'a number'}")
        _finite(sid, f"{key}.{name}", value)
        if value < 0 or (kind is float and value > 1):
            share = " (a share from 0 to 1)" if kind is float else ""
            raise _err(sid, f"{key}.{name}", f"out of range: {value}{share}")
        values[name] = kind(value)
    return values


def _canonical_base(raw: Mapping[str, Any], sid: str) -> str:
    value = _str(raw, sid, "canonical_base")
    if value:
        _check_http_url(sid, "canonical_base", value)
    return value.rstrip("/")


def parse_settings(table: Any, where: str) -> dict[str, Any]:
    """Validate a ``[settings]`` table: known ``NEWSARCHIVE_*`` names, TOML scalars or lists of them.

    ``where`` names the table in error messages (``settings`` or ``source 'x': settings``).
    """
    from crawler.settings_layers import NOT_IN_REGISTRY, registry_setting_names

    if not isinstance(table, dict):
        raise ConfigError(f"{where}: must be a table of NAME = value")
    known = registry_setting_names()
    values: dict[str, Any] = {}
    for name, value in table.items():
        if name in NOT_IN_REGISTRY:
            raise ConfigError(f"{where}.{name}: set it in the environment or on the command line, not here")
        if name not in known:
            raise ConfigError(f"{where}.{name}: unknown setting (known: {', '.join(known)})")
        items = value if isinstance(value, list) else [value]
        if not all(isinstance(v, str | int | float | bool) for v in items):
            raise ConfigError(f"{where}.{name}: must be a string, number, boolean or a list of them")
        if any(isinstance(v, float) and not math.isfinite(v) for v in items):
            raise ConfigError(f"{where}.{name}: must be a finite number, not nan or inf")
        values[name] = value
    return values


def parse_source(raw: Mapping[str, Any], defaults: Mapping[str, Any] | None = None) -> SourceConfig:
    """Validate one ``[[source]]`` table into a ``SourceConfig``.

    ``defaults`` are the registry's top-level ``[settings]``; the source's own override them.
    """
    sid = raw.get("id")
    if not isinstance(sid, str) or not _ID_RE.match(sid):
        raise ConfigError(f"source {sid!r}: id: must be a lowercase slug (a-z, 0-9, - and _, at most 64)")
    for key in raw:
        if key not in SOURCE_KEYS:
            raise _err(sid, str(key), f"unknown key (known: {', '.join(SOURCE_KEYS)})")
    kind = _str(raw, sid, "kind", required=True)
    if kind not in KINDS:
        raise _err(sid, "kind", f"must be one of {', '.join(KINDS)}, not {kind!r}")
    timezone = _str(raw, sid, "timezone", DEFAULT_TIMEZONE)
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise _err(sid, "timezone", f"unknown time zone {timezone!r}") from exc
    encoding = _str(raw, sid, "encoding")
    if encoding:
        try:
            "".encode(encoding)
        except LookupError as exc:
            raise _err(sid, "encoding", f"unknown encoding {encoding!r}") from exc
    selectors = raw.get("selectors", {})
    if not isinstance(selectors, dict) or not all(isinstance(v, str) for v in selectors.values()):
        raise _err(sid, "selectors", "must be a table of field = selector strings")
    _check_selectors(sid, selectors)
    politeness = _politeness(raw, sid)
    start_urls = _str_list(raw, sid, "start_urls")
    for url in start_urls:
        _check_http_url(sid, "start_urls", url)
    templates = _templates(raw, sid)
    if kind == "epaper" and not templates:
        raise _err(sid, "templates", "an epaper source needs at least one URL template")
    if kind != "epaper" and not start_urls:
        raise _err(sid, "start_urls", f"a {kind} source needs at least one start URL")
    allowed_domains = _str_list(raw, sid, "allowed_domains")
    for url in start_urls:
        _check_on_domains(sid, "start_urls", url, allowed_domains)
    for n, template in enumerate(templates):
        _check_on_domains(sid, f"templates[{n}].url", template.render(date(2000, 1, 2)), allowed_domains)
    return SourceConfig(
        id=sid,
        name=_str(raw, sid, "name", sid),
        kind=kind,
        region=_str(raw, sid, "region"),
        start_urls=start_urls,
        templates=templates,
        allowed_domains=allowed_domains,
        article_patterns=_patterns(raw, sid, "article_patterns"),
        page_patterns=_patterns(raw, sid, "page_patterns"),
        deny_patterns=_patterns(raw, sid, "deny_patterns"),
        selectors=dict(selectors),
        encoding=encoding,
        timezone=timezone,
        politeness=dict(politeness),
        schedule=_schedule(raw, sid),
        revisit=RevisitPolicy(**_table(raw, sid, "revisit", asdict(RevisitPolicy()))),
        alerts=Alerts(**_table(raw, sid, "alerts", asdict(Alerts()))),
        max_depth=_max_depth(raw, sid),
        canonical_base=_canonical_base(raw, sid),
        settings={**(defaults or {}), **parse_settings(raw.get("settings", {}), f"source {sid!r}: settings")},
    )


def parse_registry(data: Mapping[str, Any], problems: list[str] | None = None) -> dict[str, SourceConfig]:
    """Validate a whole parsed registry; source ids must be unique.

    With ``problems``, a bad source is left out and its one-line error appended
    there (the scheduler runs the others); without, the first error is raised.
    """
    raw_sources = data.get("source", [])
    if not isinstance(raw_sources, list):
        raise ConfigError("sources.toml: use [[source]] tables, one per source")
    defaults = parse_settings(data.get("settings", {}), "settings")
    sources: dict[str, SourceConfig] = {}
    for n, raw in enumerate(raw_sources):
        try:
            if not isinstance(raw, dict):
                raise ConfigError(f"sources.toml: [[source]] number {n + 1} must be a table")
            source = parse_source(raw, defaults)
            if source.id in sources:
                raise _err(source.id, "id", "defined twice")
        except ConfigError as exc:
            if problems is None:
                raise
            problems.append(str(exc))
            continue
        sources[source.id] = source
    return sources


def load_registry(path: Path, problems: list[str] | None = None) -> dict[str, SourceConfig]:
    """Read and validate the registry at ``path`` (``problems``: see :func:`parse_registry`)."""
    try:
        text = path.read_text(encoding="utf-8-sig")  # a byte-order mark from a Windows editor is fine
    except FileNotFoundError as exc:
        raise ConfigError(
            f"no source registry at {path} (create it, or name one with --sources or NEWSARCHIVE_SOURCES; "
            "sources.toml in the data directory is read when ./sources.toml does not exist)"
        ) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"cannot read {path}: not UTF-8 (byte {exc.start}); save it as UTF-8") from exc
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    except RecursionError:
        raise ConfigError(f"{path}: not valid TOML: tables or arrays nested too deeply") from None
    return parse_registry(data, problems)


def template_warnings(source: SourceConfig) -> list[str]:
    """Return what looks wrong, but is allowed, in an e-paper's templates: gaps and overlaps of their ranges.

    A date no template covers is recorded as a failed edition; where ranges
    overlap, the first template listed wins.
    """
    warnings: list[str] = []
    dated = sorted(source.templates, key=lambda t: t.since or date.min)
    for before, after in pairwise(dated):
        if before.until is None or after.since is None:
            if before.until is None:
                warnings.append(
                    f"source {source.id!r}: templates: {before.url!r} has no until and overlaps "
                    f"{after.url!r}; the first listed wins"
                )
            continue
        gap = (after.since - before.until).days
        if gap > 1:
            warnings.append(
                f"source {source.id!r}: templates: no template covers "
                f"{before.until + timedelta(days=1)}..{after.since - timedelta(days=1)}"
            )
        elif gap < 1:
            warnings.append(
                f"source {source.id!r}: templates: {before.url!r} and {after.url!r} overlap "
                f"from {after.since}; the first listed wins"
            )
    return warnings


def get_source(sources: Mapping[str, SourceConfig], source_id: str) -> SourceConfig:
    """Return one source or raise a ConfigError listing the known ids."""
    try:
        return sources[source_id]
    except KeyError:
        known = ", ".join(sorted(sources)) or "none"
        raise ConfigError(f"unknown source {source_id!r} (known: {known})") from None
