"""A calendar day's tooltip says its verdict once, in the page's language, then what its reason adds."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from archive.config import zone
from archive.edition_notes import covered_note
from archive.items import VERDICTS, not_yet_reason
from webui.calendar_view import day_label, day_title
from webui.i18n import gettext
from webui.queries import Day

DAY = date(2016, 7, 5)
NOT_YET = not_yet_reason(datetime(2016, 7, 5, 7, 30, tzinfo=zone()), "HTTP 404")
COVERED = covered_note((date(2016, 7, 4), date(2016, 7, 6)), "HTTP 404")
INCOMPLETE = "incomplete: page http://x.example/02.htm not archived (http_500)"
TITLES = {
    # state: (the day, its English tooltip, its Chinese tooltip)
    "found": (Day(DAY, "found"), "2016-07-05 found", "2016年7月5日 已存档"),
    "empty": (
        Day(DAY, "found", empty=True),
        "2016-07-05 found, no article stored",
        "2016年7月5日 已存档，未存到文章",
    ),
    "incomplete": (
        Day(DAY, "found", INCOMPLETE, incomplete=True),
        "2016-07-05 found, incomplete: page http://x.example/02.htm not archived (http_500)",
        "2016年7月5日 已存档，不完整: 版面 http://x.example/02.htm 未存档（HTTP 500）",
    ),
    "no-edition": (
        Day(DAY, "no-edition", "HTTP 404"),
        "2016-07-05 no edition: HTTP 404",
        "2016年7月5日 无报纸: HTTP 404",
    ),
    "not-yet": (
        Day(DAY, "not-yet", NOT_YET),
        "2016-07-05 not yet published (checked 07:30 +08:00): HTTP 404",
        "2016年7月5日 尚未出版（07:30 +08:00 检查）: HTTP 404",
    ),
    "covered": (
        Day(DAY, "covered", COVERED, covered_by=date(2016, 7, 4)),
        "2016-07-05 covered by the combined edition of 2016-07-04"
        " (2016-07-04..2016-07-06); checked: HTTP 404",
        "2016年7月5日 由 2016年7月4日 的合刊覆盖（2016年7月4日 至 2016年7月6日）；检查结果：HTTP 404",
    ),
    "failed": (Day(DAY, "failed", "HTTP 503"), "2016-07-05 failed: HTTP 503", "2016年7月5日 失败: HTTP 503"),
    "unchecked": (Day(DAY, "unchecked"), "2016-07-05 not crawled", "2016年7月5日 未抓取"),
}


@pytest.mark.parametrize("state", list(TITLES))
def test_each_state_is_one_phrase_in_the_pages_language(state: str) -> None:
    day, en, zh = TITLES[state]
    assert day_title(day, "en") == en
    assert day_title(day, "zh") == zh
    # Said once: "not yet published: not yet published (...)", "covered: covered by ...",
    # "不完整: incomplete: ..." read twice.
    verdict = VERDICTS[day.status]
    assert en.count(verdict) == 1
    assert verdict not in zh and gettext("zh", verdict) in zh  # no English verdict beside the Chinese one


def test_a_days_link_is_named_with_the_number_it_shows() -> None:
    assert day_label(Day(DAY, "found"), "en") == "5 (2016-07-05)"
    assert day_label(Day(DAY, "found"), "zh") == "2016年7月5日"
    assert day_label(Day(DAY, "covered"), "en", covered=True) == "5 (2016-07-05) covered"
    assert day_label(Day(date(2016, 7, 15), "found"), "en") == "2016-07-15"  # "15" is a word of it
