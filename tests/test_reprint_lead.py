"""The lead of a reprinted story is the copy published first, whichever the archive fetched first.

A backfill (or a paper added later) fetches the original after its reprints: the cluster's
label stays the first copy stored, but the lead, on the article page and in ``similar``, is the
earlier-published copy, and both say why ("earliest published: 2016-07-20").
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from starlette.testclient import TestClient
from store_support import article, cli
from webui_support import build_web_archive

from archive.articles import upsert_articles
from archive.config import resolve_db_url
from archive.reprint_lead import Copy, lead_of
from archive.schema import open_store
from webui.app import create_app

T0 = datetime(2024, 1, 1, tzinfo=UTC)
STORY = (
    "新华社北京7月19日电 国家防汛抗旱总指挥部今天召开会商会，部署长江中下游防汛工作。"
    "会议要求各地加强巡堤查险，确保重要堤防和城市安全，及时转移受威胁群众，全力保障人民群众生命财产安全。"
)


def _copy(id_: int, day: date | None, fetched: int, published: datetime | None = None) -> Copy:
    return Copy(id_, f"p{id_}", day, published, T0 + timedelta(days=fetched))


def test_the_earliest_published_copy_leads_whichever_was_fetched_first() -> None:
    lead = lead_of([_copy(1, date(2016, 7, 21), 0), _copy(2, date(2016, 7, 20), 5)])
    assert lead is not None and (lead.id, lead.text()) == (2, "earliest published: 2016-07-20")
    # One day, two copies: the one fetched first leads, and the reason says so.
    tie = lead_of([_copy(3, date(2016, 7, 20), 2), _copy(4, date(2016, 7, 20), 1)])
    assert tie is not None and tie.id == 4
    assert tie.text() == "earliest published: 2016-07-20 (fetched first of that day's copies)"
    # A copy dated only by its own time is dated on its paper's day (Asia/Shanghai: 20 July 23:30 UTC
    # is the 21st there); an undated copy never leads a dated one.
    late = datetime(2016, 7, 20, 23, 30, tzinfo=UTC)
    assert lead_of([_copy(5, None, 0, late), _copy(6, date(2016, 7, 21), 1)]).id == 5  # type: ignore[union-attr]
    assert lead_of([_copy(7, None, 0), _copy(8, date(2016, 7, 22), 3)]).id == 8  # type: ignore[union-attr]
    undated = lead_of([_copy(9, None, 2), _copy(10, None, 1)])
    assert undated is not None and (undated.id, undated.text()) == (
        10,
        "no copy is dated; this copy was archived first",
    )
    assert lead_of([_copy(11, date(2016, 7, 20), 0)]) is None  # no reprint, no lead


def test_a_later_fetch_of_an_earlier_copy_becomes_the_lead_on_the_page_and_in_similar(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = build_web_archive(tmp_path)
    db_url = resolve_db_url(None, archive.home)
    with open_store(db_url) as sessions:
        with sessions.begin() as s:  # the reprint (paper-a, the 21st) is fetched first
            (reprint,) = upsert_articles(
                s, [article("http://a/r", "paper-a", body=STORY, edition_date=date(2016, 7, 21))], now=T0
            )
        with sessions.begin() as s:  # a backfill reaches the original (paper-b, the 20th) a day later
            (original,) = upsert_articles(
                s,
                [article("http://b/o", "paper-b", body=STORY, edition_date=date(2016, 7, 20))],
                now=T0 + timedelta(days=1),
            )
    assert original.cluster_id == reprint.article_id  # the label stays the first stored copy
    why = "earliest published: 2016-07-20"

    assert cli(["similar", str(reprint.article_id), "--json", "--db-url", db_url], monkeypatch) == 0
    said = json.loads(capsys.readouterr().out)
    assert said["lead"] == {"id": original.article_id, "reason": why}
    assert [a["id"] for a in said["articles"]] == [original.article_id, reprint.article_id]  # lead first
    assert cli(["similar", str(reprint.article_id), "--db-url", db_url], monkeypatch) == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"lead: {original.article_id} ({why})"

    with TestClient(create_app(archive.home), raise_server_exceptions=False) as c:
        en = c.get(f"/article/{reprint.article_id}", headers={"accept-language": "en"}).text
        zh = c.get(f"/article/{reprint.article_id}", headers={"accept-language": "zh"}).text
        own = c.get(f"/article/{original.article_id}", headers={"accept-language": "en"}).text
    link = f'<a href="/article/{original.article_id}" translate="no">'
    assert f'<p id="lead">The original is the copy in {link}' in en and f" ({why}).</p>" in en
    assert "最早刊发：2016年7月20日" in zh and "原发" in zh
    assert f'<p id="lead">This copy is the original ({why}).</p>' in own


def test_undated_copies_are_not_called_the_original_only_the_first_archived(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fetch order says nothing of which paper printed first: a backfill archives an original late."""
    archive = build_web_archive(tmp_path)
    db_url = resolve_db_url(None, archive.home)
    with open_store(db_url) as sessions:
        with sessions.begin() as s:
            (first,) = upsert_articles(
                s, [article("http://a/u", "paper-a", body=STORY, published_at=None)], now=T0
            )
        with sessions.begin() as s:
            (later,) = upsert_articles(
                s,
                [article("http://b/u", "paper-b", body=STORY, published_at=None)],
                now=T0 + timedelta(days=1),
            )
    assert later.cluster_id == first.article_id
    why = "no copy is dated; this copy was archived first"
    assert cli(["similar", str(later.article_id), "--json", "--db-url", db_url], monkeypatch) == 0
    assert json.loads(capsys.readouterr().out)["lead"] == {"id": first.article_id, "reason": why}
    assert cli(["similar", str(later.article_id), "--db-url", db_url], monkeypatch) == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"lead: {first.article_id} ({why})"

    with TestClient(create_app(archive.home), raise_server_exceptions=False) as c:
        own = c.get(f"/article/{first.article_id}", headers={"accept-language": "en"}).text
        other = c.get(f"/article/{later.article_id}", headers={"accept-language": "en"}).text
        zh = c.get(f"/article/{later.article_id}", headers={"accept-language": "zh"}).text
    assert '<p id="lead">No copy is dated; this copy was archived first.</p>' in own
    link = f'<a href="/article/{first.article_id}" translate="no">'
    assert (
        f'<p id="lead">No copy is dated; the copy in {link}' in other and " was archived first.</p>" in other
    )
    assert '<strong class="lead">archived first</strong>' in other
    for page in (own, other):
        assert "original" not in page.split('id="reprints"')[1].split("</section>")[0]
    assert "各份均无日期；" in zh and "最先存档" in zh and "原发" not in zh


def test_an_undated_copy_in_the_reprint_list_shows_no_empty_date_between_separators(tmp_path: Path) -> None:
    """An undated copy read "城市晚报 · · archived first": the empty date kept both its separators."""
    archive = build_web_archive(tmp_path)
    with open_store(resolve_db_url(None, archive.home)) as sessions:
        with sessions.begin() as s:
            upsert_articles(s, [article("http://a/u", "paper-a", body=STORY, published_at=None)], now=T0)
        with sessions.begin() as s:
            (later,) = upsert_articles(
                s,
                [article("http://b/u", "paper-b", body=STORY, published_at=None)],
                now=T0 + timedelta(days=1),
            )
    with TestClient(create_app(archive.home)) as c:
        page = c.get(f"/article/{later.article_id}", headers={"accept-language": "zh"}).text
    items = re.findall(r"<li>(.*?)</li>", page.split('id="reprints"')[1].split("</section>")[0], re.S)
    assert len(items) == 1, items
    text = re.sub(r"<[^>]+>", "", items[0])
    assert "· ·" not in text and "·  ·" not in text and not text.rstrip().endswith("·"), text
    assert text.split(" · ")[1:] == ["城市晚报", "最先存档"], text


def test_similar_names_each_copys_paper_as_show_and_search_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``similar`` listed a copy's paper by its id alone (``paper-b``) where ``show`` says ``晨报 (paper-b)``
    and a search ``also in: 晨报``: a journalist citing the reprint had to look the paper's name up."""
    archive = build_web_archive(tmp_path)
    db_url = resolve_db_url(None, archive.home)
    with open_store(db_url) as sessions, sessions.begin() as s:
        first, second = upsert_articles(
            s,
            [
                article("http://a/n", "paper-a", body=STORY, edition_date=date(2016, 7, 20)),
                article("http://b/n", "paper-b", body=STORY, edition_date=date(2016, 7, 21)),
            ],
            now=T0,
        )
    assert cli(["similar", str(first.article_id), "--db-url", db_url], monkeypatch) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[:3] == [f"* {first.article_id}", "城市晚报 (paper-a)", "2016-07-20"]
    copy = lines[1].split("\t")  # the fixture's paper-b is named with hostile markup before 晨报
    assert (copy[0], copy[2]) == (f"  {second.article_id}", "2016-07-21")
    assert copy[1].endswith("晨报 (paper-b)")
    assert cli(["similar", str(first.article_id), "--json", "--db-url", db_url], monkeypatch) == 0
    said = json.loads(capsys.readouterr().out)["articles"]
    assert [a["source"] for a in said] == ["paper-a", "paper-b"] and said[0]["source_name"] == "城市晚报"
    assert said[1]["source_name"].endswith("晨报")
