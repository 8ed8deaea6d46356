"""A combined edition's note (合刊) is a note of its own beside an incomplete edition's missing parts.

The parts were joined with "; ", the separator of a reason's notes too: "incomplete: 1 page and 1
article not archived: URL (http_500); URL (truncated); combined edition 2026-02-16..2026-02-22 (...)"
listed the note as a third thing not archived, on the report, the calendar and the date's page. The
parts are now joined with ", ", the notes with "; "; reasons recorded before still read.
"""

from __future__ import annotations

from datetime import date

from archive.items import combined_note, combined_span, incomplete_parts, incomplete_reason, keep_combined
from webui.reason_words import reason_words

PAGE, ARTICLE = "http://p.example/2026-02/16/02.htm", "http://p.example/a.htm"
NOTE = combined_note(date(2026, 2, 16), date(2026, 2, 22), "2026年2月16日-22日")
PARTS = [("page", PAGE, "http_500"), ("article", ARTICLE, "truncated")]


def test_the_missing_parts_are_a_list_and_the_combined_note_stands_apart() -> None:
    reason = keep_combined(incomplete_reason(PARTS), NOTE)
    assert reason == (
        f"incomplete: 1 page and 1 article not archived: {PAGE} (http_500), {ARTICLE} (truncated); {NOTE}"
    )
    assert [url for _kind, url, _why in incomplete_parts(reason)] == [PAGE, ARTICLE]
    assert combined_span(reason) == (date(2026, 2, 16), date(2026, 2, 22))
    zh = reason_words(reason, "zh")
    assert zh == (
        f"不完整：1 个版面和 1 篇文章未存档：{PAGE}（HTTP 500），{ARTICLE}（页面不完整）；"
        "合刊 2026年2月16日 至 2026年2月22日（日期行 2026年2月16日-22日）"
    ), zh


def test_a_reason_recorded_with_the_old_separator_still_names_its_parts() -> None:
    old = f"incomplete: 1 page and 1 article not archived: {PAGE} (http_500); {ARTICLE} (truncated); {NOTE}"
    assert [url for _kind, url, _why in incomplete_parts(old)] == [PAGE, ARTICLE]
    zh = reason_words(old, "zh")
    assert zh is not None and zh.endswith(
        "；合刊 2026年2月16日 至 2026年2月22日（日期行 2026年2月16日-22日）"
    ), zh
    assert "页面不完整）；合刊" in zh
