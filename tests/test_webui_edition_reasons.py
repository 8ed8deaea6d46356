"""An edition's reason is said in the page's language where it is one of the crawler's known reasons.

The Chinese page of a date with no edition read "本日报纸未出版。 (edition page lists no pages and no
articles)": the crawler's English in brackets. The reasons the e-paper spider words are a known set
(as a run's finish reasons are, archive.run_verdict.WORDED_REASONS); those are translated, and any
other (a site's own words, a date read off a page) is shown as recorded, marked not to translate.
"""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pytest
from test_webui_browse import pages_with_edition

from archive.items import EDITION_NO_PAGES, EditionItem, empty_template_reason

PATH = "/sources/paper-a/2016-07-19"


def _reason(page: str) -> str:
    found = re.search(r'<span id="edition-reason"([^>]*)>(.*?)</span>', page, re.S)
    assert found is not None, page
    return html.unescape(found.group(1) + found.group(2))  # a reason's apostrophe is escaped as any text


@pytest.mark.parametrize(
    ("reason", "zh", "en"),
    [
        (EDITION_NO_PAGES, "报纸版面页未列出任何版面或文章", "edition page lists no pages and no articles"),
        (empty_template_reason(8), "空模板：本期 8 个版面均未列出文章", "none of the edition's 8 pages"),
        (empty_template_reason(1), "空模板：本期 1 个版面均未列出文章", "the edition's one page lists"),
    ],
)
def test_a_known_reason_is_said_in_the_pages_language(tmp_path: Path, reason: str, zh: str, en: str) -> None:
    item = EditionItem("paper-a", date(2016, 7, 19), "no-edition", reason=reason)
    pages = pages_with_edition(tmp_path, item, PATH)
    chinese, english = _reason(pages[PATH, "zh"]), _reason(pages[PATH, "en"])
    assert zh in chinese and "edition" not in chinese and "translate" not in chinese, chinese
    assert en in english, english


def test_a_free_form_reason_is_shown_as_recorded(tmp_path: Path) -> None:
    item = EditionItem("paper-a", date(2016, 7, 19), "no-edition", reason="站点维护中 maintenance")
    pages = pages_with_edition(tmp_path, item, PATH)
    shown = _reason(pages[PATH, "zh"])
    assert 'translate="no"' in shown and "站点维护中 maintenance" in shown, shown
