"""Each default, setting, time zone and field list lives in one place (settings: ``crawler/settings.py``).

Components read settings without a fallback (``settings.getint("NAME")``), as
Scrapy's own components rely on ``default_settings``: a fallback written
beside the read drifts from the documented default (``limits.py`` fell back to
0 for the PDF cap and the page budget, turning both off, while settings.py
said 64 MiB and 20,000). Every entry point loads ``crawler.settings``
(``crawler.runner.crawl_settings``, ``scrapy.cfg``, the scrapyd egg's entry point).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

from sitegen.fakes import fake_crawler
from support import REPO

import crawler.settings as project_settings
from crawler.middlewares.limits import PageBudgetMiddleware, SizeCapMiddleware

GETTERS = {"get", "getint", "getfloat", "getbool", "getlist", "getdict", "getdictorlist", "getwithbase"}
SETTING_NAME = re.compile(r"^[A-Z][A-Z0-9_]+$")


def setting_reads(source: str) -> Iterator[tuple[int, str, bool]]:
    """Yield ``(line, setting name, has a fallback)`` for every ``x.get*("NAME", ...)`` call."""
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr not in GETTERS or not node.args:
            continue
        first = node.args[0]
        if (
            isinstance(first, ast.Constant)
            and isinstance(first.value, str)
            and SETTING_NAME.match(first.value)
        ):
            yield node.lineno, first.value, len(node.args) > 1 or bool(node.keywords)


def _crawler_reads() -> Iterator[tuple[str, int, str, bool]]:
    for path in sorted((REPO / "crawler").rglob("*.py")):
        if path == REPO / "crawler" / "settings.py":
            continue
        where = path.relative_to(REPO).as_posix()
        for line, name, fallback in setting_reads(path.read_text(encoding="utf-8")):
            yield where, line, name, fallback


def test_components_read_settings_without_fallbacks() -> None:
    with_fallback = [f"{where}:{line} {name}" for where, line, name, fallback in _crawler_reads() if fallback]
    assert with_fallback == []


def test_every_newsarchive_setting_read_has_its_default_in_settings_py() -> None:
    defined = {name for name in vars(project_settings) if name.startswith("NEWSARCHIVE_")}
    read = {name for _, _, name, _ in _crawler_reads() if name.startswith("NEWSARCHIVE_")}
    assert read - defined == set(), "add these to crawler/settings.py, documented beside their default"
    assert defined - read == set(), "settings nobody reads"


def test_the_scan_sees_fallbacks() -> None:
    source = (
        'a = s.getint("X_MAX", 0)\nb = s.getbool("Y_ON")\nc = s.get("Z_ON", default=1)\nd = d.get("k", 2)\n'
    )
    assert list(setting_reads(source)) == [(1, "X_MAX", True), (2, "Y_ON", False), (3, "Z_ON", True)]


def test_the_pdf_cap_and_page_budget_are_the_documented_ones() -> None:
    crawler = fake_crawler()
    assert SizeCapMiddleware.from_crawler(crawler).pdf_maxsize == project_settings.NEWSARCHIVE_PDF_MAXSIZE
    assert project_settings.NEWSARCHIVE_PDF_MAXSIZE == 64 * 1024 * 1024
    assert PageBudgetMiddleware.from_crawler(crawler).budget == project_settings.NEWSARCHIVE_HOST_PAGE_BUDGET
    assert project_settings.NEWSARCHIVE_HOST_PAGE_BUDGET == 20000


def test_settings_py_documents_each_custom_setting() -> None:
    """Every NEWSARCHIVE_ setting has a comment on its line or the line above (settings.py's promise)."""
    lines = Path(project_settings.__file__).read_text(encoding="utf-8").splitlines()
    bare = []
    for n, line in enumerate(lines):
        if re.match(r"^NEWSARCHIVE_\w+\s*(:[^=]*)?=", line):
            if "#" not in line and not lines[n - 1].lstrip().startswith("#"):
                bare.append(line.split("=")[0].strip())
    assert bare == []


def test_the_default_time_zone_is_named_once() -> None:
    """``archive.config.DEFAULT_TIMEZONE`` is the only spelling of the papers' zone in the code.

    Migrations are history, not code that follows the default: one that fills
    existing rows writes the zone those rows were read in.
    """
    spelled = [
        f"{path.relative_to(REPO).as_posix()}:{n}"
        for package in ("archive", "crawler", "indexer", "search_cli", "webui")
        for path in sorted((REPO / package).rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"""["']Asia/Shanghai["']""", line) and "migrations/versions" not in path.as_posix()
    ]
    assert [entry.split(":")[0] for entry in spelled] == ["archive/config.py"]


def test_article_field_lists_derive_from_the_item() -> None:
    from archive.items import ARTICLE_FIELDS, EXTRACTED_FIELDS, SELECTOR_FIELDS, STORED_APART, ArticleItem
    from archive.models import Article

    assert ARTICLE_FIELDS == tuple(f.name for f in fields(ArticleItem))
    assert set(SELECTOR_FIELDS) <= set(ARTICLE_FIELDS)
    assert set(EXTRACTED_FIELDS) <= set(ARTICLE_FIELDS)
    on_row = set(ARTICLE_FIELDS) - set(STORED_APART)  # fetch_urls: a table of its own
    assert on_row <= set(Article.__table__.columns.keys()), "every item field has a column"
    assert not set(STORED_APART) & set(Article.__table__.columns.keys())
