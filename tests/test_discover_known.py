"""Which registered source a discovery is about, and what changed (a redesign as a new template)."""

from __future__ import annotations

from datetime import date

from crawler.discover.add import Discovery, Segment
from crawler.discover.families import FAMILY_BY_NAME, EditionShape
from crawler.discover.known import changes, find_known, keep_registered, site_root
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


def test_a_rerun_that_finds_only_the_new_layout_keeps_the_registered_one_before_it() -> None:
    """The paper moved to the PC system and took its classic pages offline (or the day before the
    redesign had no edition): a re-run of ``sources add``, as ``sources check --online`` advises,
    found the PC template alone and wrote it in place of the registered one, its patterns too. The
    registry lost the template of every archived edition before the redesign: a backfill or a crawl
    of those dates fetched nothing, and only 'template no longer found' said so."""
    old = parse_source(
        {
            "id": "kjrb",
            "kind": "epaper",
            "templates": [
                {"url": f"{HOST}/kjrb/html/{{date:%Y-%m}}/{{date:%d}}/node_2.htm", "since": "2005-01-01"}
            ],
            "article_patterns": [r"/kjrb/html/\d{4}-\d{2}/\d{2}/content_\d+\.htm"],
        }
    )
    entry = _found("/kjrb/").entry("kjrb")  # the PC system from 2020-01-01, nothing older found
    entry["article_patterns"] = [r"/kjrb/pc/content/\d{6}/\d{2}/content_\d+\.html?"]
    notes = keep_registered(old, entry)  # type: ignore[arg-type]
    classic = f"{HOST}/kjrb/html/{{date:%Y-%m}}/{{date:%d}}/node_2.htm"
    pc = f"{HOST}/kjrb/pc/layout/{{date:%Y%m}}/{{date:%d}}/node_01.html"
    assert entry["templates"] == [
        {"url": classic, "since": "2005-01-01", "until": "2019-12-31"},
        {"url": pc, "since": "2020-01-01"},
    ]
    assert entry["article_patterns"] == [
        r"/kjrb/html/\d{4}-\d{2}/\d{2}/content_\d+\.htm",
        r"/kjrb/pc/content/\d{6}/\d{2}/content_\d+\.html?",
    ]
    assert notes == [f"registered template not found this time, kept until 2019-12-31: {classic}"]
    said = changes(old, entry)  # type: ignore[arg-type]
    assert f"{classic}: until (open) -> 2019-12-31" in said
    assert not any("no longer found" in s for s in said)
    parse_source(
        {k: v for k, v in entry.items() if v not in ("", [], {}, None)}
    )  # valid, as run_add reads it
    # A registered template the new one starts before (the same dates, another address) is replaced.
    later = parse_source(
        {"id": "kjrb", "kind": "epaper", "templates": [{"url": classic, "since": "2021-01-01"}]}
    )
    entry = _found("/kjrb/").entry("kjrb")
    assert keep_registered(later, entry) == []  # type: ignore[arg-type]
    assert [t["url"] for t in entry["templates"]] == [pc]


def test_a_kept_layout_keeps_its_own_patterns_when_the_new_one_reads_by_the_defaults() -> None:
    """The kept classic layout's article and page patterns were merged into the new layout's only when
    the new one had patterns of its own: a new layout read by the defaults (``content_*.htm``) left the
    entry with none, so the kept template's editions were read by the defaults too and their links
    (``/a/123.htm``) matched nothing. Each layout's patterns stay with it, the defaults named when a
    layout reads by them (and left out when both do)."""
    from crawler.extract.epaper import DEFAULT_ARTICLE_PATTERNS, DEFAULT_PAGE_PATTERNS

    classic = f"{HOST}/kjrb/html/{{date:%Y-%m}}/{{date:%d}}/node_2.htm"
    own_article, own_page = (
        r"/kjrb/html/\d{4}-\d{2}/\d{2}/a/\d+\.htm",
        r"/kjrb/html/\d{4}-\d{2}/\d{2}/b_\d+\.htm",
    )
    old = parse_source(
        {
            "id": "kjrb",
            "kind": "epaper",
            "templates": [{"url": classic, "since": "2005-01-01"}],
            "article_patterns": [own_article],
            "page_patterns": [own_page],
        }
    )
    entry = _found("/kjrb/").entry("kjrb")
    entry["article_patterns"], entry["page_patterns"] = [], []  # the new layout reads by the defaults
    assert keep_registered(old, entry)  # type: ignore[arg-type]
    assert entry["article_patterns"] == [own_article, *DEFAULT_ARTICLE_PATTERNS]
    assert entry["page_patterns"] == [own_page, *DEFAULT_PAGE_PATTERNS]
    # The other way round: the kept layout read by the defaults, the new one has its own.
    plain = parse_source(
        {"id": "kjrb", "kind": "epaper", "templates": [{"url": classic, "since": "2005-01-01"}]}
    )
    entry = _found("/kjrb/").entry("kjrb")
    entry["article_patterns"], entry["page_patterns"] = [r"/kjrb/pc/content/\d+\.html"], []
    assert keep_registered(plain, entry)  # type: ignore[arg-type]
    assert entry["article_patterns"] == [*DEFAULT_ARTICLE_PATTERNS, r"/kjrb/pc/content/\d+\.html"]
    assert entry["page_patterns"] == []  # both read their pages by the defaults: nothing to name
    parse_source({k: v for k, v in entry.items() if v not in ("", [], {}, None)})
