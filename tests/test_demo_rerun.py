"""``newsarchive demo`` run again: one URL template for the sample site in ``report``, whatever its port."""

from __future__ import annotations

import io
import json
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

from crawler.demo import DEMO_OVERRIDES, DEMO_SOURCE_ID, demo_source, registered_port, write_demo_registry
from crawler.runner import run_crawl
from crawler.sample_site import SITE_DIR
from crawler.sample_site.server import base_url, make_server, serve_in_thread
from search_cli import exitcodes
from search_cli.main import main
from search_cli.render import snippet_style


def test_the_registered_port_is_read_from_the_demo_registry_only(tmp_path: Path) -> None:
    assert registered_port(tmp_path) == 0
    write_demo_registry(tmp_path, "http://127.0.0.1:4321")
    assert registered_port(tmp_path) == 4321
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "sources.toml").write_text(
        '[[source]]\nid = "x"\nkind = "epaper"\n'
        'templates = [{ url = "http://127.0.0.1:4321/html/{date:%Y-%m}/{date:%d}/node_1.htm" }]\n'
    )
    assert registered_port(mine) == 0  # not the demo's registry


def test_the_demo_registry_says_how_to_crawl_the_sample_site_by_hand(tmp_path: Path) -> None:
    """`crawl sample-cswb` after the demo found its port closed ("robots.txt unavailable ... Connection
    refused", exit 7), and nothing said the sample site lives only while a demo runs."""
    write_demo_registry(tmp_path, "http://127.0.0.1:4321")
    text = (tmp_path / "sources.toml").read_text(encoding="utf-8")
    assert "python -m crawler.sample_site.server --port 4321" in text


def test_the_sample_site_is_served_on_the_port_asked_for_or_any_when_taken() -> None:
    taken = make_server(SITE_DIR)
    try:
        port = int(base_url(taken).rsplit(":", 1)[1])
        with serve_in_thread(port=port) as url:
            assert url.startswith("http://127.0.0.1:") and not url.endswith(f":{port}")
    finally:
        taken.server_close()
    with serve_in_thread(port=port) as url:  # free again: the same port, the same template
        assert url == f"http://127.0.0.1:{port}"


@pytest.mark.slow
def test_a_second_demo_on_another_port_leaves_one_template_line_in_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # After a second demo on a new port, report listed the first port's template beside the new one:
    # "found 0 (last -), no edition 2" for the dates only a crawl on the first port had checked.
    home = tmp_path / "demo-data"
    assert main(["demo", "--home", str(home), "-q"]) == exitcodes.OK
    first = registered_port(home)
    server = make_server(SITE_DIR, port=first)  # served again, as the registry says, for two more dates
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        summary = run_crawl(
            demo_source(base_url(server)),
            since=date(2016, 7, 22),
            until=date(2016, 7, 23),
            home=str(home),
            overrides=DEMO_OVERRIDES,
        )
        assert summary.status == "finished"
        # Still taken during the next demo (another program may hold it): the site moves port.
        assert main(["demo", "--home", str(home), "-q"]) == exitcodes.OK
    finally:
        server.shutdown()
        server.server_close()
    assert registered_port(home) != first
    capsys.readouterr()
    argv = [
        "--json",
        "--home",
        str(home),
        "report",
        DEMO_SOURCE_ID,
        "--since",
        "2016-07-20",
        "--until",
        "2016-07-23",
    ]
    main(argv)
    templates = json.loads(capsys.readouterr().out)["templates"]
    assert [(t["template"], t["found"], t["no_edition"]) for t in templates] == [
        (demo_source(f"http://127.0.0.1:{registered_port(home)}").templates[0].url, 2, 2)
    ]


def test_the_snippet_style_asks_the_stdout_of_the_call(monkeypatch: pytest.MonkeyPatch) -> None:
    # Bound at import, it asked a test capture closed since: the next demo failed with "I/O operation on
    # closed file".
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdout", Terminal())
    assert snippet_style() == "ansi"
    assert snippet_style(io.StringIO()) == "plain"
