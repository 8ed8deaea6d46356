"""``archive.wording.counted``: one wording of counts for every room."""

from __future__ import annotations

from archive.wording import counted


def test_singular_and_plural() -> None:
    assert [counted(n, "article") for n in (0, 1, 2)] == ["0 articles", "1 article", "2 articles"]
    assert counted(1, "WARC file") == "1 WARC file" and counted(3, "WARC file") == "3 WARC files"
    assert counted(2, "copy", "copies") == "2 copies" and counted(1, "copy", "copies") == "1 copy"
