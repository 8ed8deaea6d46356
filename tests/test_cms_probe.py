"""The CMS probe's tables load, every page exists, and the split is the frozen sha1 rule."""

from __future__ import annotations

import hashlib

from bench.cms_probe import load, split_of


def test_split_is_the_first_hex_digit_of_the_paths_sha1() -> None:
    for path in ("tests/data/cms_probe/software/00_dedecms.html", "a", "b"):
        digit = hashlib.sha1(path.encode()).hexdigest()[0]
        assert split_of(path) == ("tune" if digit in "01234567" else "report")


def test_every_probe_page_exists_with_its_truth() -> None:
    pages = load()
    assert len(pages) >= 40
    assert {p.split for p in pages} == {"tune", "report"}
    for page in pages:
        assert page.file.exists(), page.path
        assert page.title.strip()
        assert all(name.strip() for name in page.authors)
    relative = [p for p in pages if p.fetched is not None]
    assert relative and all(p.fetched.tzinfo is not None for p in relative if p.fetched)


def test_the_era_set_is_read_with_both_splits() -> None:
    era = [p for p in load() if p.batch == "era"]
    assert len(era) >= 80
    assert {p.split for p in era} == {"tune", "report"}
    assert all(p.url for p in era)


def test_the_second_traditional_script_set_is_read_with_both_splits() -> None:
    tradzh2 = [p for p in load() if p.batch == "tradzh2"]
    assert len(tradzh2) == 120
    assert {p.split for p in tradzh2} == {"tune", "report"}
    assert all(p.date is not None for p in tradzh2)


def test_the_dates_set_is_read_with_both_splits_and_every_page_dated() -> None:
    dates = [p for p in load() if p.batch == "dates"]
    assert len(dates) == 100
    assert {p.split for p in dates} == {"tune", "report"}
    assert all(p.date is not None and p.url for p in dates)
    assert all(p.fetched is not None for p in dates if p.kind.endswith("_rel"))


def test_the_second_dates_set_is_read_with_both_splits_and_every_page_dated() -> None:
    dates2 = [p for p in load() if p.batch == "dates2"]
    assert len(dates2) == 132
    assert {p.split for p in dates2} == {"tune", "report"}
    assert all(p.date is not None and p.url and not p.authors for p in dates2)
    relative = {"hours_ago", "days_ago_text", "yesterday_forum", "discuzx_days_ago"}
    assert all(p.fetched is not None for p in dates2 if p.kind in relative)
