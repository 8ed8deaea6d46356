"""A date's recorded reason is said in the page's language wherever the crawler worded it.

The Chinese calendar's tooltips, its failed dates and the edition page read the archive's English:
"2016年6月8日 已存档，不完整: page http://… not archived (http_500)", "无报纸: another edition:
redirected to … (the edition of 2016-06-05, not 2016-06-06)". The crawler's wordings are a known set
(webui.reason_words.LABELS): said in Chinese on the Chinese page, as recorded on the English one; a
free-form reason (an exception's message) stays as recorded, marked not to translate.
"""

from __future__ import annotations

import html
import re
from datetime import date

import pytest
from starlette.testclient import TestClient
from webui_support import build_web_archive

from archive.batches import record_edition
from archive.config import resolve_db_url
from archive.items import (
    ANOTHER_EDITION_PREFIX,
    NOT_COVERED,
    UNSURE_PREFIX,
    EditionItem,
    combined_note,
    incomplete_reason,
    keep_combined,
    unsure_reason,
)
from archive.schedules import off_reason
from archive.schema import open_store
from webui.app import create_app
from webui.reason_words import LABELS, reason_words

URL = "http://paper-a.example/2016-06/%02d/01.htm"
REASONS = {
    3: ("failed", "HTTP 503 error page (系统维护中)"),
    4: (
        "failed",
        "page http://paper-a.example/x.htm not archived (error page: 维护); the other pages list no article",
    ),
    6: (
        "no-edition",
        f"{ANOTHER_EDITION_PREFIX}redirected to {URL % 5} (the edition of 2016-06-05, not 2016-06-06)",
    ),
    8: ("found", incomplete_reason([("page", URL % 8, "http_500"), ("article", URL % 9, "truncated")])),
    11: ("no-edition", off_reason("30 7 * * 1-6", "HTTP 404")),
    13: ("found", UNSURE_PREFIX + unsure_reason(date(2016, 6, 13), "2016年6月13日")),
    14: ("failed", "TimeoutError: User timeout caused connection failure."),
    15: ("no-edition", "redirected to http://paper-a.example/login (not an edition of 2016-06-15)"),
    16: ("failed", NOT_COVERED),
    20: (
        "found",
        keep_combined(
            incomplete_reason([("page", URL % 20, "http_500")]),
            combined_note(date(2016, 6, 20), date(2016, 6, 22), "6月20日-22日"),
        ),
    ),
}
ZH = {
    3: "失败: HTTP 503 错误页（系统维护中）",
    4: "失败: 版面 http://paper-a.example/x.htm 未存档（错误页：维护）；其余版面均未列出文章",
    6: f"无报纸: 另一期报纸：跳转到 {URL % 5}（2016年6月5日 的报纸，不是 2016年6月6日 的）",
    8: "1 个版面和 1 篇文章未存档：",
    11: "非出版日（出版安排 30 7 * * 1-6）：HTTP 404",
    13: "日期存疑：网页上唯一的日期是 2016年6月13日，即抓取当天（2016年6月13日）",
    15: "无报纸: 跳转到 http://paper-a.example/login（不是 2016年6月15日 的报纸）",
    20: f"版面 {URL % 20} 未存档（HTTP 500）；合刊 2016年6月20日 至 2016年6月22日（日期行 6月20日-22日）",
}
# English words a Chinese tooltip may hold: a URL's, an HTTP status's, an exception's (free-form).
_ENGLISH = re.compile(r"(?<![\w/.:-])[A-Za-z]{3,}(?![\w/.:-])")


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], str]:
    archive = build_web_archive(tmp_path_factory.mktemp("reason-words"))
    with open_store(resolve_db_url(None, archive.home)) as sessions, sessions.begin() as session:
        for day, (status, reason) in REASONS.items():
            item = EditionItem("paper-a", date(2016, 6, day), status, url=URL % day, reason=reason)
            record_edition(session, item, None)
    paths = ["/sources/paper-a", *(f"/sources/paper-a/2016-06-{day:02d}" for day in (6, 8, 11, 13, 20))]
    with TestClient(create_app(archive.home), raise_server_exceptions=False) as c:
        return {
            (p, lang): c.get(p, headers={"accept-language": lang}).text
            for p in paths
            for lang in ("zh", "en")
        }


def _titles(page: str) -> dict[int, str]:
    found = re.findall(r'title="(2016(?:年6月|-06-)(\d+)[^"]*)"', page)
    return {int(day): html.unescape(text) for text, day in found}


def test_the_calendars_tooltips_say_the_crawlers_reasons_in_chinese(
    pages: dict[tuple[str, str], str],
) -> None:
    titles = _titles(pages["/sources/paper-a", "zh"])
    for day, words in ZH.items():
        assert words in titles[day], (day, titles[day])
    for day in set(REASONS) - {14}:
        assert not _ENGLISH.findall(titles[day].replace("HTTP", "")), (day, titles[day])
    assert "TimeoutError: User timeout caused connection failure." in titles[14]  # free-form: as recorded


def test_the_english_calendar_reads_the_reasons_as_recorded(pages: dict[tuple[str, str], str]) -> None:
    titles = _titles(pages["/sources/paper-a", "en"])
    for day, (_status, reason) in REASONS.items():
        if day in (8, 11, 16, 20):  # 16 is drawn not crawled; the others' verdicts say their first words
            continue
        assert reason.removeprefix(UNSURE_PREFIX) in titles[day] or reason in titles[day], (day, titles[day])


def test_the_failed_dates_and_the_edition_pages_say_them_in_chinese(
    pages: dict[tuple[str, str], str],
) -> None:
    failed = re.search(r'<ul class="failed">(.*?)</ul>', pages["/sources/paper-a", "zh"], re.S)
    assert failed is not None
    listed = html.unescape(failed.group(1))
    assert "HTTP 503 错误页（系统维护中）" in listed and "error page" not in listed, listed
    assert '<span translate="no">TimeoutError: User timeout' in listed, listed
    for day, words in (
        (6, "另一期报纸：跳转到"),
        (8, "1 个版面和 1 篇文章未存档"),
        (11, "非出版日（出版安排 30 7 * * 1-6）：HTTP 404"),
        (13, "网页上唯一的日期是 2016年6月13日"),
        (20, "合刊 2016年6月20日 至 2016年6月22日"),
    ):
        note = re.search(
            r'<p class="note" id="edition-status">(.*?)</p>',
            pages[f"/sources/paper-a/2016-06-{day:02d}", "zh"],
            re.S,
        )
        assert note is not None, day
        text = html.unescape(note.group(1))
        assert words in text and not _ENGLISH.findall(re.sub(r"<[^>]+>|HTTP", "", text)), (day, text)


def test_every_label_reads_back_what_it_worded() -> None:
    """The English page says a reason as recorded: each label, filled, is read back to itself."""
    for label in LABELS:
        values = {name: "2016-06-05" for name in re.findall(r"%\((\w+)\)s", label)}
        values.update(
            {
                k: v
                for k, v in (("status", "503"), ("n", "2"), ("url", "http://a/1"), ("parts", "2 pages"))
                if k in values
            }
        )
        reason = label % values
        assert reason_words(reason, "en") == reason, label
        assert reason_words(reason, "zh") != reason, label


def test_the_misfiled_note_says_the_articles_own_pages_not_the_papers_版面() -> None:
    """ "dated ... by its page" is the article's own web page (its published date, archive.edition_notes):
    the Chinese said 其版面日期 (the date of the paper's page it was printed on), which the note never
    read."""
    one = reason_words("1 article filed here is dated 2024-03-06 by its page (kept, not moved)", "zh")
    assert one == "此处的 1 篇文章，其网页所载日期为 2024年3月6日（保留原处，未移动）"
    several = "2 articles filed here are dated 2024-03-06, 1 article filed here is dated 2024-03-07"
    said = reason_words(f"{several} by their pages (kept, not moved)", "zh")
    assert said is not None and "版面" not in said and "网页所载" in said
