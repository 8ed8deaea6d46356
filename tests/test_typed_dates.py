"""A day typed with a Chinese input method in full-width mode is the same day everywhere.

``２０１６－０７－２０`` (full-width digits *and* full-width hyphen, U+FF0D) is what an input method
types in full-width mode; the CLI's ``--since``, the search page's date boxes and the query's ``date:``
refused it ("not a date", or the ``date:`` searched as text) while they took ``２０１６-０７-２０``.
"""

from __future__ import annotations

import argparse
from datetime import date

import pytest

from archive.typed_dates import parse_bound, parse_date
from indexer.query import date_range
from search_cli.options import day, since_day, until_day
from webui.params import SearchParams

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


MONTH_AND_YEAR = [
    ("2016-07", date(2016, 7, 1), date(2016, 7, 31)),
    ("2016/7", date(2016, 7, 1), date(2016, 7, 31)),
    ("2016.02", date(2016, 2, 1), date(2016, 2, 29)),
    ("2016年7月", date(2016, 7, 1), date(2016, 7, 31)),
    ("２０１６－０７", date(2016, 7, 1), date(2016, 7, 31)),
    ("2016", date(2016, 1, 1), date(2016, 12, 31)),
    ("2016年", date(2016, 1, 1), date(2016, 12, 31)),
    ("9999-12", date(9999, 12, 1), date(9999, 12, 31)),
    ("2016-07-20", DAY, DAY),
]


@pytest.mark.parametrize(("typed", "first", "last"), MONTH_AND_YEAR)
def test_a_month_or_year_is_its_first_day_since_its_last_until(typed: str, first: date, last: date) -> None:
    """``--since 2016-07`` was refused while ``date:2016-07`` worked: one reading for all three."""
    assert (parse_bound(typed, end=False), parse_bound(typed, end=True)) == (first, last)
    assert (since_day(typed), until_day(typed)) == (first, last)  # the CLI's --since/--until
    form = SearchParams.parse({"q": "a", "since": typed, "until": typed})  # the search page's boxes
    assert (form.since, form.until) == (first, last)
    assert date_range(typed) == (first, last)  # the query's date:


def test_a_month_or_year_that_is_none_is_refused() -> None:
    for bad in ("2016-13", "2016-00", "10000", "201607", "0-01", "七月"):
        with pytest.raises(ValueError):
            parse_bound(bad, end=False)
        with pytest.raises(argparse.ArgumentTypeError):
            until_day(bad)
