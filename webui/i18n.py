"""One language per page: pick it, translate labels, write and read dates.

Chinese is the default (the archive's readers and its papers are Chinese);
English is chosen by ``?lang=en`` or by an ``Accept-Language`` that prefers
English. Labels are written in English in the templates and the code
(``_("Search")``) and looked up in :data:`webui.catalogue.ZH`; English is
the message itself. Jinja2's i18n extension carries ``_`` into the
templates, so ``extract_translations`` finds every label and a test checks
that each has its Chinese.

A Python dict rather than gettext ``.po``/``.mo`` files and Babel: two
languages, a few hundred labels, no translator tool chain, and no compile
step that a fresh clone or CI could forget.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context
from starlette.requests import Request

from archive.typed_dates import parse_date as parse_date  # the search page reads dates as the CLI does
from webui.catalogue import ZH

LANGS = ("zh", "en")
DEFAULT_LANG = "zh"
HTML_LANG = {"zh": "zh-CN", "en": "en"}


def _accept_language(header: str) -> str | None:
    """Return the preferred of our languages in an ``Accept-Language`` header (None when neither)."""
    best: tuple[float, int, str] | None = None
    for position, part in enumerate(header.split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                continue
        primary = tag.strip().lower().split("-")[0]
        if primary in LANGS and quality > 0:
            key = (-quality, position, primary)
            best = key if best is None or key < best else best
    return best[2] if best else None


def explicit_lang(params: Mapping[str, str]) -> str:
    """Return the language asked for in the URL (``?lang=``), or "" when none or unknown."""
    value = params.get("lang", "")
    return value if value in LANGS else ""


def negotiate(request: Request) -> str:
    """Return the page language: ``?lang=`` first, then ``Accept-Language``, then Chinese."""
    return (
        explicit_lang(request.query_params)
        or _accept_language(request.headers.get("accept-language", ""))
        or DEFAULT_LANG
    )


def N_(message: str) -> str:
    """Mark a label for the catalogue without translating it yet (it is translated where shown)."""
    return message


def translate(lang: str, message: str) -> str:
    """Return ``message`` (an English label) in ``lang``; an untranslated label stays English."""
    if lang == "zh":
        return ZH.get(message, message)
    return message


def gettext(lang: str, message: str, **values: Any) -> str:
    """Translate ``message`` and fill its ``%(name)s`` placeholders."""
    text = translate(lang, message)
    return text % values if values else text


@pass_context
def template_gettext(context: Context, message: str) -> str:
    """The ``gettext`` Jinja2's i18n extension calls: the language is the page's ``lang``."""
    return translate(str(context.get("lang", DEFAULT_LANG)), message)


@pass_context
def template_ngettext(context: Context, singular: str, plural: str, n: int) -> str:
    """Plural forms: Chinese has one, English two."""
    lang = str(context.get("lang", DEFAULT_LANG))
    return translate(lang, singular if n == 1 else plural)


def format_date(value: date | None, lang: str) -> str:
    """Write a date as the page's language does: ``2016年7月20日`` or ``2016-07-20`` ("" for none)."""
    if value is None:
        return ""
    if lang == "zh":
        return f"{value.year}年{value.month}月{value.day}日"
    return value.isoformat()


def format_month(key: str, lang: str) -> str:
    """Write a ``YYYY-MM`` month key as ``2016年7月`` in Chinese, unchanged in English."""
    if lang != "zh" or not re.fullmatch(r"\d{4}-\d{2}", key):
        return key
    return f"{key[:4]}年{int(key[5:])}月"
