"""The layers a crawl setting comes from: command line > environment > registry > default.

Every setting of ``crawler/settings.py`` whose name starts with ``NEWSARCHIVE_``
can be given in the environment (``NEWSARCHIVE_ALLOWED_NETWORKS=127.0.0.1/32``),
in the source registry (a top-level ``[settings]`` table, or a source's own
``[source.settings]``), or with ``-s NAME=VALUE``. Scrapy's settings priorities
carry the order, so components keep reading ``crawler.settings`` without
fallbacks of their own.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

# Scrapy's named priorities are default 0, project 20, spider 30, cmdline 40.
REGISTRY_PRIORITY = 30
ENVIRONMENT_PRIORITY = 35
COMMAND_LINE_PRIORITY = 40

# These locate the registry and the archive themselves, so they cannot come from the registry.
NOT_IN_REGISTRY = ("NEWSARCHIVE_HOME", "NEWSARCHIVE_DB_URL", "NEWSARCHIVE_SOURCES")


def project_setting_names() -> tuple[str, ...]:
    """Return every ``NEWSARCHIVE_*`` setting that ``crawler/settings.py`` defines."""
    from crawler import settings

    return tuple(sorted(name for name in vars(settings) if name.startswith("NEWSARCHIVE_")))


def registry_setting_names() -> tuple[str, ...]:
    """Return the settings a registry's ``[settings]`` table may hold."""
    return tuple(name for name in project_setting_names() if name not in NOT_IN_REGISTRY)


def environment_settings(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """Return the ``NEWSARCHIVE_*`` settings set in the environment (unknown names are not settings).

    Values stay strings, as with ``-s NAME=VALUE``: Scrapy's ``getlist``,
    ``getbool`` and ``getint`` parse them where they are read.
    """
    env = os.environ if environ is None else environ
    return {name: env[name] for name in project_setting_names() if env.get(name, "") != ""}


def apply_layers(
    settings: Any,
    registry: Mapping[str, Any],
    command_line: Mapping[str, Any],
    environ: Mapping[str, str] | None = None,
) -> None:
    """Set ``registry``, then the environment, then ``command_line`` values on Scrapy ``settings``."""
    settings.setdict(dict(registry), priority=REGISTRY_PRIORITY)
    settings.setdict(environment_settings(environ), priority=ENVIRONMENT_PRIORITY)
    settings.setdict(dict(command_line), priority=COMMAND_LINE_PRIORITY)
