"""Links that narrow a search (a month bar, a year) keep the dates the journalist asked for.

A bar or a year shows how many matches fall in it *within* the search's own
dates; following it must list that many, not widen the dates to the whole
month or year and list more.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from starlette.testclient import TestClient
from webui_support import WebArchive, build_web_archive

from webui.app import create_app

# 脱贫攻坚 from 10 June to 20 July 2016: one match in June (20 June; 3 June is outside), two on 20 July.
NARROWED = {"q": "脱贫攻坚", "since": "2016-06-10", "until": "2016-07-20"}
BAR = re.compile(
    r'<a href="([^"]+)" class="bar-link"[^>]*><rect class="bar" data-month="([^"]+)" data-count="(\d+)"'
)
YEAR = re.compile(r'<li><a href="([^"]+)"[^>]*>(\d{4})</a> <span class="count">(\d+)</span></li>')


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> WebArchive:
    return build_web_archive(tmp_path_factory.mktemp("narrowing"))


@pytest.fixture(scope="module")
def client(archive: WebArchive) -> Iterator[TestClient]:
    with TestClient(create_app(archive.home), raise_server_exceptions=False) as c:
        yield c


def _total(client: TestClient, href: str) -> tuple[int, dict[str, list[str]]]:
    """Return the total of the search a page link leads to, and its parameters."""
    params = parse_qs(urlsplit(html.unescape(href)).query)
    answer = client.get("/search.json", params={k: v[0] for k, v in params.items()})
    assert answer.status_code == 200, answer.text
    return int(answer.json()["total"]), params


@pytest.mark.parametrize("chart", ["month", "paper"])
def test_a_month_bar_lists_as_many_articles_as_it_counts(client: TestClient, chart: str) -> None:
    """The June bar said 1 (20 June), and its link searched all of June: 2 articles (3 June too)."""
    page = client.get("/", params={**NARROWED, "chart": chart})
    assert page.status_code == 200
    bars = {(month, href, int(count)) for href, month, count in BAR.findall(page.text)}
    assert {month for month, _, _ in bars} == {"2016-06", "2016-07"}, bars
    for month, href, count in bars:
        total, params = _total(client, href)
        assert total == count, (month, count, total, params)
        assert params["since"][0] >= NARROWED["since"] and params["until"][0] <= NARROWED["until"], params
    june = {href for month, href, _ in bars if month == "2016-06"}
    assert all("since=2016-06-10" in href and "until=2016-06-30" in href for href in june), june


@pytest.mark.parametrize("copies", ["", "all"])
def test_a_papers_bar_lists_as_many_articles_as_it_counts(client: TestClient, copies: str) -> None:
    """Per paper, the July bar of 晨报 said 1 and its link (晨报, July) listed 2: the wire story printed
    by both papers was counted only in the layer of its earliest copy (城市晚报, 20 July), though 晨报
    printed it on 21 July and the paper facet counted it for 晨报 too."""
    page = client.get("/", params={"q": "脱贫攻坚", "chart": "paper", "copies": copies})
    bars = {(month, href, int(count)) for href, month, count in BAR.findall(page.text)}
    assert len(bars) >= 5, bars
    for month, href, count in bars:
        total, params = _total(client, href)
        assert total == count, (month, count, total, params)
    paper_b_july = [count for month, href, count in bars if month == "2016-07" and "source=paper-b" in href]
    assert paper_b_july == [2], bars


def test_a_year_lists_as_many_articles_as_it_counts(client: TestClient) -> None:
    """The year 2016 said 3, and its link searched all of 2016: 6 stories.

    Searched from 10 June on (open-ended), so that the year's link narrows the dates: within
    10 June-20 July the year is the page itself (see the next test).
    """
    searched = {"q": NARROWED["q"], "since": NARROWED["since"]}  # open-ended: the year narrows it
    page = client.get("/", params=searched)
    years = YEAR.findall(page.text)
    assert [year for _, year, _ in years] == ["2016"], years
    total, params = _total(client, years[0][0])
    assert total == int(years[0][2]), params
    assert params["since"] == ["2016-06-10"] and params["until"] == ["2016-12-31"], params


def test_a_year_whose_link_would_search_the_same_dates_reads_as_chosen(client: TestClient) -> None:
    """Within 10 June-20 July 2016 the year 2016 is those dates: chosen, not a link to the page itself."""
    page = client.get("/", params=NARROWED)
    years_box = page.text[page.text.index('id="facet-year"') :].split("</section>")[0]
    assert YEAR.findall(years_box) == [], years_box
    assert '<strong translate="no">2016</strong> <span class="count">3</span>' in years_box


def test_a_year_within_no_dates_is_the_whole_year(client: TestClient) -> None:
    """Without dates of its own the search narrows to the year, and the year then reads as chosen."""
    page = client.get("/", params={"q": "脱贫攻坚"})
    years = YEAR.findall(page.text)
    href, year, count = years[0]
    assert year == "2016" and "since=2016-01-01" in href and "until=2016-12-31" in href, years
    total, _ = _total(client, href)
    assert total == int(count)
    chosen = client.get(html.unescape(href)).text
    years_box = chosen[chosen.index('id="facet-year"') :].split("</section>")[0]
    assert '<strong translate="no">2016</strong>' in years_box
