"""``newsarchive sources list|show|check``: exact output, exit codes, one-line errors, no network."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from search_cli import exitcodes
from search_cli.main import main

REGISTRY = """
[[source]]
id = "bc-daily"
name = "白城日报"
region = "吉林 白城"
kind = "epaper"
templates = [
    { url = "http://p.test/html/{date:%Y-%m}/{date:%d}/node_1.htm", until = "2021-06-30" },
    { url = "http://p.test/pc/layout/{date:%Y%m}/{date:%d}/node_01.html", since = "2021-07-05" },
]

[[source]]
id = "county-feed"
name = "某县融媒体"
kind = "feed"
start_urls = ["http://feed.test/rss.xml"]
"""


@pytest.fixture
def registry(tmp_path: Path) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(REGISTRY, encoding="utf-8")
    return path


def test_list(registry: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sources", "--sources", str(registry), "list"]) == exitcodes.OK
    assert (
        capsys.readouterr().out == "bc-daily\tepaper\t白城日报\t吉林 白城\ncounty-feed\tfeed\t某县融媒体\t\n"
    )


def test_show_json(registry: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sources", "--sources", str(registry), "--json", "show", "bc-daily"]) == exitcodes.OK
    data = json.loads(capsys.readouterr().out)
    assert data["templates"][1] == {
        "url": "http://p.test/pc/layout/{date:%Y%m}/{date:%d}/node_01.html",
        "since": "2021-07-05",
        "until": None,
    }
    assert data["timezone"] == "Asia/Shanghai"


def test_check_validates_and_warns_about_template_gaps(
    registry: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("sources check must not touch the network")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    assert main(["sources", "--sources", str(registry), "check"]) == exitcodes.OK
    out, err = capsys.readouterr()
    assert out == f"{registry}: 2 sources, all valid\n"
    assert err == "warning: source 'bc-daily': templates: no template covers 2021-07-01..2021-07-04\n"


def test_check_reports_a_mistake_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(REGISTRY.replace('since = "2021-07-05"', 'since = "2021-7-5"'), encoding="utf-8")
    assert main(["sources", "--sources", str(path), "check"]) == exitcodes.ERROR
    assert capsys.readouterr().err == (
        "error: source 'bc-daily': templates[1].since: not a date (YYYY-MM-DD): '2021-7-5'\n"
    )


def test_registry_from_the_environment(
    registry: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSARCHIVE_SOURCES", str(registry))
    assert main(["sources", "show", "nope"]) == exitcodes.ERROR
    assert capsys.readouterr().err == "error: unknown source 'nope' (known: bc-daily, county-feed)\n"


def test_an_empty_registry_is_said_to_be_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A new archivist's first 'sources list' printed nothing at all (exit 3), as 'runs' once did."""
    empty = tmp_path / "sources.toml"
    empty.write_text("# no paper yet\n", encoding="utf-8")
    assert main(["sources", "--sources", str(empty), "list"]) == exitcodes.NO_RESULTS
    out, err = capsys.readouterr()
    assert out == "" and err == f"no source in {empty} (add one: newsarchive sources add URL)\n"
    assert main(["sources", "--sources", str(empty), "list", "--json"]) == exitcodes.NO_RESULTS
    assert capsys.readouterr() == ("[]\n", "")
