"""A day typed with a Chinese input method in full-width mode is the same day everywhere.

``２０１６－０７－２０`` (full-width digits *and* full-width hyphen, U+FF0D) is what an input method
types in full-width mode; the CLI's ``--since``, the search page's date boxes and the query's ``date:``
refused it ("not a date", or the ``date:`` searched as text) while they took ``２０１６-０７-２０``.
"""

from __future__ import annotations

from datetime import date

import pytest

from archive.typed_dates import parse_date
from indexer.query import date_range
from search_cli.options import day

DAY = date(2016, 7, 20)


@pytest.mark.parametrize(
    "typed",
    [
        "２０１６－０７－２０",
        "２０１６／７／２０",
        "２０１６．７．２０",
        "２０１６年７月２０日",
        "　2016-07-20　",
        "２０１６０７２０",
    ],
)
def test_full_width_punctuation_is_the_day(typed: str) -> None:
    assert parse_date(typed) == DAY
    assert day(typed) == DAY  # the CLI's --since/--until


def test_query_date_field_reads_full_width() -> None:
    assert date_range("２０１６－０７") == (date(2016, 7, 1), date(2016, 7, 31))
    assert date_range("２０１６－０３．．２０１６－０６") == (date(2016, 3, 1), date(2016, 6, 30))
    assert date_range("２０１６－０７－２０") == (DAY, DAY)


def test_still_refused() -> None:
    for bad in ("２０１６－０２－３０", "２０１６－７", "七月二十日"):
        with pytest.raises(ValueError):
            parse_date(bad)
