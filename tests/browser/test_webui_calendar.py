"""A paper's calendar in Chromium: axe-core on single-digit days, at 1100 and 390 pixels.

The journeys' calendar (``web_archive``) links no day below 10, so axe never
saw a link "5" named "2016-07-05": a name that does not hold its visible
text (label-content-name-mismatch, an experimental rule axe runs only when
asked) is one a speech-input user cannot click by saying what they see.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from browser_support import REPO, Watched
from starlette.testclient import TestClient
from test_webui_journeys import DOCS_SHOTS, axe_serious
from webui_support import build_web_archive

from archive.config import resolve_db_url, zone
from archive.editions import record_edition
from archive.items import EditionItem, combined_note, covered_reason, not_yet_reason
from archive.schema import open_store
from webui.app import create_app

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out

JULY = [
    EditionItem(
        "paper-a",
        date(2016, 7, 4),
        "found",
        reason=combined_note(date(2016, 7, 4), date(2016, 7, 6), "7月4日-6日"),
    ),
    EditionItem(
        "paper-a", date(2016, 7, 5), "no-edition", reason=covered_reason(date(2016, 7, 4), date(2016, 7, 6))
    ),
    EditionItem("paper-a", date(2016, 7, 8), "found"),
    EditionItem(
        "paper-a",
        date(2016, 7, 9),
        "no-edition",
        reason=not_yet_reason(datetime(2016, 7, 9, 7, 30, tzinfo=zone()), "HTTP 404"),
    ),
]


@pytest.fixture(scope="module")
def calendar_pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The paper's calendar page in each language, its style sheet inlined (no server needed)."""
    archive = build_web_archive(tmp_path_factory.mktemp("calendar"))
    with open_store(resolve_db_url(None, archive.home)) as sessions, sessions.begin() as session:
        for item in JULY:
            record_edition(session, item, None)
    css = (REPO / "webui" / "static" / "style.css").read_text("utf-8")
    with TestClient(create_app(archive.home)) as client:
        return {
            lang: client.get("/sources/paper-a", headers={"accept-language": lang}).text.replace(
                '<link rel="stylesheet" href="/static/style.css">', f"<style>{css}</style>"
            )
            for lang in ("zh", "en")
        }


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("width", [1100, 390])
def test_single_digit_days_are_named_with_the_number_they_show(
    browser: Any, calendar_pages: dict[str, str], lang: str, width: int
) -> None:
    html = calendar_pages[lang]
    assert 'href="/sources/paper-a/2016-07-08"' in html  # a found single-digit day, linked
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="zh-CN")
    try:
        page = Watched(context.new_page())
        page.page.set_content(html)
        assert axe_serious(page) == []  # label-content-name-mismatch among them
        names = page.page.locator("td.day a").evaluate_all(
            "els => els.map(e => [e.textContent, e.getAttribute('aria-label')])"
        )
        assert ["8", "8 (2016-07-08)" if lang == "en" else "2016年7月8日"] in names
        widths = page.page.evaluate(
            "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert widths[0] <= widths[1], widths
        DOCS_SHOTS.mkdir(parents=True, exist_ok=True)
        page.page.screenshot(path=str(DOCS_SHOTS / f"calendar-{lang}-{width}.png"), full_page=True)
    finally:
        context.close()
