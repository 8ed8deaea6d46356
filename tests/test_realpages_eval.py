"""The real-pages set loads, every annotation has its page, and the two halves are fixed and disjoint."""

from __future__ import annotations

from datetime import date

import pytest

from bench.realpages_eval import REALPAGES, SPLITS, head_found, load, load_rows, main, split_of


def test_every_row_has_its_page_and_the_required_fields() -> None:
    rows = load_rows()
    assert rows, "truth.json holds no page"
    for row in rows:
        assert (REALPAGES / "pages" / row["file"]).is_file(), row["file"]
        assert row["title"].strip() and row["body_head"].strip(), row["file"]
        assert row["date"] is None or date.fromisoformat(row["date"])
        assert all(name.strip() for name in row["authors"]), row["file"]
        assert row["repo"] and row["src_path"] and len(row["commit"]) == 40 and row["licence"], row["file"]


def test_every_page_file_is_annotated_once() -> None:
    files = [row["file"] for row in load_rows()]
    assert len(files) == len(set(files))
    assert {p.name for p in (REALPAGES / "pages").iterdir()} == set(files)


def test_halves_follow_the_hash_rule_and_are_disjoint() -> None:
    rows = load_rows()
    for row in rows:
        assert row["split"] == split_of(row["file"]), row["file"]
    halves = {split: {r["file"] for r in rows if r["split"] == split} for split in SPLITS}
    assert not halves["tune"] & halves["report"]
    assert halves["tune"] | halves["report"] == {r["file"] for r in rows}


def test_load_gives_pages_with_their_first_words() -> None:
    pages, heads = load()
    assert len(pages) == len(load_rows())
    for page in pages:
        assert page.file.is_file() and page.path in heads
        text = page.file.read_text("utf-8")
        assert page.title.split()[0] in text, page.path  # the headline is printed on its page


def test_head_found_ignores_whitespace_and_a_leading_byline() -> None:
    assert head_found("記者林悅／南市報導\n44歲陳姓 客運司機，7日凌晨", "44歲陳姓客運司機")
    assert not head_found("x" * 500 + "44歲陳姓客運司機", "44歲陳姓客運司機")
    assert not head_found("anything", "")


def test_misses_are_listed_for_the_tune_half_only() -> None:
    """The report half is read as figures only: asking for its misses is a usage error."""
    with pytest.raises(SystemExit) as exit_:
        main(["--failures", "report"])
    assert exit_.value.code == 2
