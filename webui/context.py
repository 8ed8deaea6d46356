"""What every page handler needs: where the archive is, a read-only store, the templates.

Built once by :func:`webui.app.create_app` and kept on ``app.state``; nothing
here connects at import time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import jinja2
from markupsafe import Markup
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from starlette.requests import Request
from starlette.responses import HTMLResponse

from archive.config import (
    DEFAULT_TIMEZONE,
    clock_text,
    index_dir,
    resolve_db_url,
    resolve_home,
    warc_dir,
    zone,
)
from archive.items import is_import_key
from archive.page_time import page_local
from archive.queries import REREAD_NOTE
from webui.calendar_view import day_label, day_title
from webui.i18n import (
    DEFAULT_LANG,
    HTML_LANG,
    explicit_lang,
    format_date,
    format_month,
    negotiate,
    template_gettext,
    template_ngettext,
    translate,
)
from webui.params import form_values
from webui.queries import Day, read_only_engine
from webui.reason_words import reason_words, said

# Dates are shown in each paper's own time zone (``sources.timezone``), as in the CLI: the
# filters below take the source's zone name, and use the archive's default zone without one.
LINK_SCHEMES = ("http", "https")


def local_time(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M", tz: str = DEFAULT_TIMEZONE) -> str:
    """Format an aware datetime in the paper's time zone ``tz`` ("" for none), years 1-9999 included."""
    if value is None:
        return ""
    value = in_news_zone(value, tz)
    return value.strftime(fmt.replace("%Y", f"{value.year:04d}"))  # strftime does not pad year 1


def safe_href(url: str | None) -> str | None:
    """Return ``url`` when it may be a link target (http or https), else None.

    Escaping does not make ``javascript:alert(1)`` harmless in an ``href``;
    an archived URL with any other scheme is shown as text only.
    """
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in LINK_SCHEMES else None


def in_news_zone(value: datetime, tz: str | None = None) -> datetime:
    """Return ``value`` in the paper's zone ``tz`` (the default zone without one).

    Unchanged when that would pass year 1 or 9999 (the last hours of 9999-12-31
    UTC are past year 9999 in Asia/Shanghai).
    """
    try:
        return value.astimezone(zone(tz or DEFAULT_TIMEZONE))
    except OverflowError:
        return value


def published_text(
    value: datetime | None, lang: str, tz: str | None = None, offset: int | None = None
) -> str:
    """Write when an article was published: its date, and the time only when the paper gave one.

    ``tz`` is the source's zone; ``offset`` the one the page's own date named, which wins
    (:func:`archive.page_time.page_local`: a US page under a default zone keeps its -05:00 and its day).
    A time of exactly midnight is what a date-only source stores, so it is not shown:
    "2019-03-20 00:00" would invent a time.
    """
    if value is None:
        return ""
    try:
        local = page_local(value, offset, zone(tz or DEFAULT_TIMEZONE))
    except OverflowError:
        local = value
    day = format_date(local.date(), lang)
    if (local.hour, local.minute, local.second) == (0, 0, 0):
        return day
    return f"{day} {clock_text(local)}"


def _date_text(
    context: jinja2.runtime.Context, value: date | datetime | str | None, tz: str | None = None
) -> str:
    """Write a date (or ISO date string) in the page's language; a datetime as its date in zone ``tz``."""
    lang = str(context.get("lang", DEFAULT_LANG))
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        return format_date(in_news_zone(value, tz).date(), lang)
    if isinstance(value, str):
        try:
            return format_date(date.fromisoformat(value[:10]), lang)
        except ValueError:
            return value
    return format_date(value, lang)


def _published(
    context: jinja2.runtime.Context, value: datetime | None, tz: str | None = None, offset: int | None = None
) -> str:
    return published_text(value, str(context.get("lang", DEFAULT_LANG)), tz, offset)


def _fetched(context: jinja2.runtime.Context, value: datetime | None, tz: str | None = None) -> str:
    """Write a moment the archive itself recorded (fetched, first seen): its real time, to the minute."""
    if value is None:
        return ""
    local = in_news_zone(value, tz)
    return f"{format_date(local.date(), str(context.get('lang', DEFAULT_LANG)))} {clock_text(local)}"


def _month_text(context: jinja2.runtime.Context, key: str) -> str:
    return format_month(key, str(context.get("lang", DEFAULT_LANG)))


def _day_title(context: jinja2.runtime.Context, day: Day) -> str:
    return day_title(day, str(context.get("lang", DEFAULT_LANG)))


def _day_label(context: jinja2.runtime.Context, day: Day, covered: bool = False) -> str:
    return day_label(day, str(context.get("lang", DEFAULT_LANG)), covered)


def _reread_note(context: jinja2.runtime.Context, source: int) -> Markup:
    """Name a re-read of version ``source``'s capture as the CLI does (one wording, ``REREAD_NOTE``).

    A label as the templates' ``_()`` gives it: the catalogue's text is markup, the number escaped.
    """
    return Markup(translate(str(context.get("lang", DEFAULT_LANG)), REREAD_NOTE)) % {"n": source}


def _said(context: jinja2.runtime.Context, reason: str) -> str:
    """Say a recorded reason in the page's language where the crawler worded it (webui.reason_words)."""
    return said(reason, str(context.get("lang", DEFAULT_LANG)))


def _worded(reason: str) -> bool:
    """Tell whether the crawler worded ``reason`` (said in the page's language, not marked translate="no")."""
    return bool(reason) and reason_words(reason, DEFAULT_LANG) is not None


def make_templates() -> jinja2.Environment:
    """Create the template environment: autoescape on for every template, strict about undefined names.

    Jinja2's i18n extension gives the templates ``_``, ``gettext`` and
    ``ngettext`` (new style: ``%(name)s`` placeholders are escaped); they
    translate into the page's ``lang``.
    """
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("webui", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_callables(  # type: ignore[attr-defined]
        template_gettext, template_ngettext, newstyle=True
    )
    env.filters["local_time"] = local_time
    env.filters["date_text"] = jinja2.pass_context(_date_text)
    env.filters["published"] = jinja2.pass_context(_published)
    env.filters["fetched"] = jinja2.pass_context(_fetched)
    env.filters["month_text"] = jinja2.pass_context(_month_text)
    env.filters["day_title"] = jinja2.pass_context(_day_title)
    env.filters["day_label"] = jinja2.pass_context(_day_label)
    env.filters["reread_note"] = jinja2.pass_context(_reread_note)
    env.globals["safe_href"] = safe_href
    env.tests["import_key"] = is_import_key
    env.filters["said"] = jinja2.pass_context(_said)
    env.tests["worded"] = _worded
    return env


def page_context(request: Request) -> dict[str, Any]:
    """Return what every page's frame needs: the language, links that keep ``?lang=``, the other language."""
    lang = negotiate(request)
    explicit = explicit_lang(request.query_params)
    other = "en" if lang == "zh" else "zh"

    def url(path: str, **query: Any) -> str:
        """Link to ``path`` with ``query``, keeping a language the URL asked for."""
        values = {k: v for k, v in query.items() if v not in ("", None)}
        if explicit:
            values["lang"] = explicit
        return f"{path}?{urlencode(values)}" if values else path

    switched = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"] + [("lang", other)]
    return {
        "request": request,
        "lang": lang,
        "html_lang": HTML_LANG[lang],
        # The archived Chinese (headlines, snippets, bodies, names) on a page in English says it is
        # Chinese, or a screen reader reads 洮北区脱贫攻坚 with an English voice (WCAG 3.1.2).
        "zh": Markup(f' lang="{HTML_LANG["zh"]}"') if lang != "zh" else "",
        "explicit_lang": explicit,
        "url": url,
        "other_lang_url": f"{request.url.path}?{urlencode(switched)}",
        "errors": {},
        "form": form_values({}),
        "filter_summary": "",
    }


@dataclass
class Archive:
    """The archive served: its data directory, index, raw captures and a read-only store."""

    home: Path
    db_url: str
    index_path: Path
    warc_root: Path
    engine: Engine
    sessions: sessionmaker[Session]
    templates: jinja2.Environment

    @classmethod
    def open(cls, home: str | Path | None = None, db_url: str | None = None) -> Archive:
        """Resolve paths as the CLI does and open the store read-only (no connection yet)."""
        root = resolve_home(home)
        url = resolve_db_url(db_url, root)
        engine = read_only_engine(url)
        return cls(
            home=root,
            db_url=url,
            index_path=index_dir(root),
            warc_root=warc_dir(root),
            engine=engine,
            sessions=sessionmaker(engine, expire_on_commit=False),
            templates=make_templates(),
        )

    def render(
        self,
        request: Request,
        name: str,
        context: Mapping[str, Any],
        status_code: int = 200,
    ) -> HTMLResponse:
        """Render a template into an HTML response."""
        frame = page_context(request)
        html = self.templates.get_template(name).render({**frame, **context})
        headers = {"content-language": frame["html_lang"], "vary": "Accept-Language"}
        return HTMLResponse(html, status_code=status_code, headers=headers)

    def close(self) -> None:
        """Release database connections."""
        self.engine.dispose()


def archive_of(request: Request) -> Archive:
    """Return the archive the application serves."""
    archive: Archive = request.app.state.archive
    return archive
