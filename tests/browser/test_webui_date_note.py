"""In Chromium: a date whose year the archive inferred carries a quiet note beside it; a printed one none."""

from __future__ import annotations

from browser_support import Watched
from sqlalchemy import update
from webui_support import WebArchive

from archive.config import resolve_db_url
from archive.models import Article
from archive.schema import open_store


def test_an_inferred_year_is_noted_quietly_beside_the_date(page: Watched, web_archive: WebArchive) -> None:
    printed, inferred = web_archive.page_two_ids[0], web_archive.versioned_id
    with open_store(resolve_db_url(None, web_archive.home)) as sessions, sessions.begin() as session:
        session.execute(update(Article).where(Article.id == printed).values(date_from="dateline"))
        session.execute(update(Article).where(Article.id == inferred).values(date_from="inferred_year"))
    p = page.page
    p.goto(f"/article/{printed}")
    assert p.locator("#date-note").count() == 0
    p.goto(f"/article/{inferred}")
    note = p.locator("#published #date-note")
    assert note.text_content() == "(年份系推断)"
    # Quiet: smaller than the date, in the muted colour, on the date's own line.
    date_size = p.eval_on_selector("#published", "e => parseFloat(getComputedStyle(e).fontSize)")
    note_size = note.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert note_size < date_size
    assert note.evaluate("e => getComputedStyle(e).color") == "rgb(89, 89, 89)"  # --muted
    box, dd = note.bounding_box(), p.locator("#published").bounding_box()
    assert box is not None and dd is not None and box["y"] < dd["y"] + dd["height"]
    page.screenshot("article-date-note")
