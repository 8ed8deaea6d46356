"""The lead of a reprinted story is found by instants, and its reason agrees with the days listed.

The order read each copy's day in its *source's* zone: a US page of 23:30 -05:00 on 1 March under a
default Asia/Shanghai source was "2 March" there, tied with a Chinese copy of 09:00 +08:00 on 2 March,
and the one fetched first led, "earliest published: 2026-03-02 (fetched first of that day's copies)",
beside the US copy listed 1 March (its own day). Timed copies now go by their instants (each with its
page's own offset), copies dated by a day alone by that day in their own zone, and a reason whose day is
later than a listed one says why (the lead's time, and that the earlier-dated copy is of another zone).
"""

from __future__ import annotations

import itertools
import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from archive.articles import ensure_source, upsert_article
from archive.config import resolve_db_url
from archive.items import ArticleItem
from archive.page_time import page_offset
from archive.reprint_lead import Copy, lead_of, lead_order
from archive.schema import open_store
from search_cli.main import main
from webui.app import create_app

T0 = datetime(2026, 1, 1, tzinfo=UTC)
EASTERN = timezone(timedelta(hours=-5))
CHINA = timezone(timedelta(hours=8))
US_EVENING = datetime(2026, 3, 1, 23, 30, tzinfo=EASTERN)  # 04:30 UTC on 2 March
CN_MORNING = datetime(2026, 3, 2, 9, 0, tzinfo=CHINA)  # 01:00 UTC on 2 March: 3.5 hours earlier
# The Chinese copy leads by the clock; the US copy is listed a day earlier, and the reason says why.
WHY = (
    "earliest published: 2026-03-02 09:00 +08:00 (the copy dated 2026-03-01 is of another zone, not earlier)"
)
BODY = "The city council voted late on Sunday to approve the budget for the coming year. " * 4


def _timed(id_: int, at: datetime, fetched: int) -> Copy:
    """A copy dated by its page's own time, under a source left at the default zone."""
    return Copy(
        id_,
        f"p{id_}",
        None,
        at.astimezone(UTC),
        T0 + timedelta(days=fetched),
        published_offset=page_offset(at),
    )


def _edition(id_: int, day: date, fetched: int, tz: str = "Asia/Shanghai") -> Copy:
    return Copy(id_, f"p{id_}", day, None, T0 + timedelta(days=fetched), timezone=tz)


@pytest.mark.parametrize("us_fetched_first", [True, False])
def test_the_copy_published_first_by_the_clock_leads_and_its_reason_names_its_time(
    us_fetched_first: bool,
) -> None:
    us, cn = (
        _timed(1, US_EVENING, 0 if us_fetched_first else 1),
        _timed(2, CN_MORNING, 1 if us_fetched_first else 0),
    )
    assert (us.page_day, cn.page_day) == (date(2026, 3, 1), date(2026, 3, 2))
    lead = lead_of([us, cn])
    assert lead is not None and lead.id == 2, lead  # 01:00 UTC before 04:30 UTC, whichever came first
    assert lead.text() == WHY
    assert [c.id for c in lead_order([us, cn])] == [2, 1]


def test_an_earlier_instant_leads_though_both_fall_on_one_day_of_the_default_zone() -> None:
    # 18:00 -05:00 on 1 March is 07:00 on 2 March in Asia/Shanghai: the old order tied it with the
    # Chinese copy of 09:00 and let the one fetched first lead.
    us = _timed(1, datetime(2026, 3, 1, 18, 0, tzinfo=EASTERN), 5)
    lead = lead_of([us, _timed(2, CN_MORNING, 0)])
    assert lead is not None and (lead.id, lead.text()) == (1, "earliest published: 2026-03-01")


def test_a_day_only_copy_goes_by_its_own_day_and_a_tie_names_no_later_day() -> None:
    # The Chinese edition of 2 March spans 16:00 UTC on 1 March to 16:00 UTC on 2 March: the US page's
    # 04:30 UTC falls in it, so neither is known first; the earlier day the pages say leads.
    lead = lead_of([_edition(1, date(2026, 3, 2), 0), _timed(2, US_EVENING, 1)])
    assert lead is not None and (lead.id, lead.text()) == (2, "earliest published: 2026-03-01")
    # One day in one zone: the one fetched first, as before.
    tie = lead_of([_edition(3, date(2026, 3, 2), 1), _timed(4, CN_MORNING, 0)])
    assert tie is not None and tie.id == 4
    assert tie.text() == "earliest published: 2026-03-02 (fetched first of that day's copies)"
    # A day wholly before a time leads it.
    assert lead_of([_timed(5, CN_MORNING, 0), _edition(6, date(2026, 3, 1), 1)]).id == 6  # type: ignore[union-attr]


def test_the_reason_never_names_a_day_later_than_a_listed_copys_without_saying_why() -> None:
    """Every mix of zones, days and fetch orders: a listed day earlier than the reason's is named in it."""
    times = [
        US_EVENING,
        CN_MORNING,
        datetime(2026, 3, 1, 18, 0, tzinfo=EASTERN),
        datetime(2026, 3, 2, 0, 0, tzinfo=CHINA),
    ]
    editions = [(date(2026, 3, 1), "America/New_York"), (date(2026, 3, 2), "Asia/Shanghai")]
    pool = [_timed(n, at, n) for n, at in enumerate(times)] + [
        _edition(10 + n, day, 10 + n, tz) for n, (day, tz) in enumerate(editions)
    ]
    for size in (2, 3):
        for copies in itertools.permutations(pool, size):
            lead = lead_of(copies)
            assert lead is not None and lead.day is not None
            earliest = min(c.page_day for c in copies if c.page_day is not None)
            if earliest < lead.day:
                assert earliest.isoformat() in lead.text() and "another zone" in lead.text(), (copies, lead)
            else:
                assert "another zone" not in lead.text(), (copies, lead)


def test_the_page_and_similar_give_the_lead_by_the_clock(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    with open_store(resolve_db_url(None, home)) as sessions:
        with sessions.begin() as session:
            ensure_source(session, "cswb", name="城市晚报")
            ensure_source(session, "usnews", name="US News")  # no timezone set: the default Asia/Shanghai
        for url, source, when, fetched in (
            ("https://cswb.example.cn/budget", "cswb", CN_MORNING, T0),
            ("https://news.example.com/budget", "usnews", US_EVENING, T0 + timedelta(days=1)),
        ):
            with sessions.begin() as session:
                item = ArticleItem(url=url, source_id=source, title=source, body=BODY, published_at=when)
                upsert_article(session, item, now=fetched)
    why = WHY
    assert main(["similar", "2", "--home", str(home), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["lead"] == {"id": 1, "reason": why}
    assert main(["similar", "2", "--home", str(home)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"lead: 1 ({why})"
    with TestClient(create_app(home)) as client:
        en = client.get("/article/2?lang=en").text.split('id="reprints"', 1)[1].split("</section>", 1)[0]
        zh = client.get("/article/2").text.split('id="reprints"', 1)[1].split("</section>", 1)[0]
    assert f"({why})" in en, en
    assert "2026年3月2日 09:00 +08:00" in zh and "2026年3月1日" in zh, zh
