"""Which registered source a discovery is about, and what changed (a redesign as a new template)."""

from __future__ import annotations

from datetime import date

from crawler.discover.add import Discovery, Segment
from crawler.discover.families import FAMILY_BY_NAME, EditionShape
from crawler.discover.known import changes, find_known, site_root
from crawler.sources import parse_source

HOST = "http://digitalpaper.stdaily.com"


def _source(sid: str, prefix: str) -> object:
    return parse_source(
        {
            "id": sid,
            "kind": "epaper",
            "templates": [{"url": f"{HOST}{prefix}html/{{date:%Y-%m}}/{{date:%d}}/node_2.htm"}],
        }
    )


def _found(prefix: str, family: str = "founder-pc", node: str = "node_01.html") -> Discovery:
    shape = EditionShape(FAMILY_BY_NAME[family], HOST, prefix, node)
    segment = Segment(shape, date(2020, 1, 1), date(2026, 12, 4), True)
    return Discovery(
        url="",
        kind="epaper",
        family=family,
        label="",
        name="",
        host="digitalpaper.stdaily.com",
        segments=[segment],
    )


def test_a_paper_on_a_shared_host_is_matched_by_its_site_root() -> None:
    sources = {"kjrb": _source("kjrb", "/kjrb/"), "other": _source("other", "/zgkjb/")}
    assert find_known(sources, _found("/zgkjb/")).id == "other"  # type: ignore[union-attr]
    assert find_known(sources, _found("/kjrbhwb/")) is None
    assert find_known(sources, _found("/kjrbhwb/"), "kjrb").id == "kjrb"  # type: ignore[union-attr]
    assert site_root(f"{HOST}/kjrb/pc/layout/{{date:%Y%m}}/{{date:%d}}/node_01.html") == f"{HOST}/kjrb/"


def test_changes_name_a_redesign_and_moved_dates() -> None:
    old = _source("kjrb", "/kjrb/")
    found = _found("/kjrb/")
    classic = EditionShape(FAMILY_BY_NAME["founder-classic"], HOST, "/kjrb/", "node_2.htm")
    found.segments.insert(0, Segment(classic, date(2005, 1, 1), date(2019, 12, 31), True))
    said = changes(old, found.entry("kjrb"))  # type: ignore[arg-type]
    pc = f"{HOST}/kjrb/pc/layout/{{date:%Y%m}}/{{date:%d}}/node_01.html"
    assert said[0] == f"new template from 2020-01-01 (a redesign): {pc}"
    assert f"{HOST}/kjrb/html/{{date:%Y-%m}}/{{date:%d}}/node_2.htm: since (open) -> 2005-01-01" in said
    assert any("until (open) -> 2019-12-31" in s for s in said)


def test_a_source_with_no_recent_edition_is_told_a_start_that_leads_somewhere() -> None:
    """``sources check --online`` said 'run: newsarchive sources add' with today's URL under the template
    that had just found nothing: a 404, so 'cannot fetch'. The site root (with the source's id, so the
    entry is updated) leads ``sources add`` to the newest edition the site names."""
    from crawler.discover.fetch import Fetched
    from crawler.discover.known import check_online

    class Gone:
        requests = 0

        def get(self, url: str) -> Fetched:
            self.requests += 1
            return Fetched(url, 404)

    result = check_online(_source("kjrb", "/"), Gone(), today=date(2026, 12, 6))  # type: ignore[arg-type]
    (problem,) = result.problems
    assert problem.endswith(f"(a redesign? run: newsarchive sources add {HOST}/ --id kjrb)")
    assert "the paper stopped or is late" in problem
