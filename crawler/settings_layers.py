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


# What a setting's default says its value must read as, and how a text value is read so. An integer
# default takes any number: Scrapy reads some (DOWNLOAD_TIMEOUT = 180) with getfloat.
_KINDS = ((bool, "getbool", "true or false (or 1 or 0)"), (int | float, "getfloat", "a number"))


def _set_checked(settings: Any, values: Mapping[str, Any], priority: int, shown: str) -> None:
    """Set ``values`` on ``settings``, refusing a text that cannot be read as its setting's type.

    Scrapy reads a typed setting where a component uses it, deep in the crawl
    process: ``-s DOWNLOAD_DELAY=abc`` ended a crawl as "failed (run None)" with
    no reason, ``DEFAULT_REQUEST_HEADERS=...`` that is no JSON object as an
    "unexpected JSONDecodeError". The default's type says what the value must be.
    ``shown`` formats how the user gave it (``-s {name}={value}``).
    """
    from archive.errors import ConfigError

    for name, value in values.items():
        default = settings.get(name)
        where = shown.format(name=name, value=value)
        try:
            settings.set(name, value, priority=priority)
        except ValueError:  # a dict setting (DEFAULT_REQUEST_HEADERS) given as text that is no JSON object
            raise ConfigError(f"{where}: not a JSON object") from None
        if not isinstance(value, str) or default is None:
            continue
        for kind, getter, what in _KINDS:
            if isinstance(default, kind):
                try:
                    getattr(settings, getter)(name)
                except (TypeError, ValueError):
                    raise ConfigError(f"{where}: not {what}") from None
                break


def apply_layers(
    settings: Any,
    registry: Mapping[str, Any],
    command_line: Mapping[str, Any],
    environ: Mapping[str, str] | None = None,
) -> None:
    """Set ``registry``, then the environment, then ``command_line`` values on Scrapy ``settings``."""
    _set_checked(settings, registry, REGISTRY_PRIORITY, "the registry's {name} = {value!r}")
    _set_checked(
        settings, environment_settings(environ), ENVIRONMENT_PRIORITY, "{name}={value} in the environment"
    )
    _set_checked(settings, command_line, COMMAND_LINE_PRIORITY, "-s {name}={value}")
