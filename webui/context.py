"""What every page handler needs: where the archive is, a read-only store, the templates.

Built once by :func:`webui.app.create_app` and kept on ``app.state``; nothing
here connects at import time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from starlette.requests import Request
from starlette.responses import HTMLResponse

from crawler.config import DEFAULT_TIMEZONE, index_dir, resolve_db_url, resolve_home, warc_dir, zone
from indexer.export import is_date_only
from webui.queries import read_only_engine

# Dates are shown in the papers' own time zone, as in the CLI.
NEWS_TZ = zone(DEFAULT_TIMEZONE)
LINK_SCHEMES = ("http", "https")


def local_time(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """Format an aware datetime in the papers' time zone ("" for none).

    Midnight there is how the store keeps a date without a time: it is shown
    as the date alone, never with an invented ``00:00``.
    """
    if not value:
        return ""
    local = value.astimezone(NEWS_TZ)
    return local.strftime("%Y-%m-%d" if is_date_only(local) else fmt)


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


def make_templates() -> jinja2.Environment:
    """Create the template environment: autoescape on for every template, strict about undefined names."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("webui", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["local_time"] = local_time
    env.globals["safe_href"] = safe_href
    return env


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
        html = self.templates.get_template(name).render({"request": request, **context})
        return HTMLResponse(html, status_code=status_code)

    def close(self) -> None:
        """Release database connections."""
        self.engine.dispose()


def archive_of(request: Request) -> Archive:
    """Return the archive the application serves."""
    archive: Archive = request.app.state.archive
    return archive
