"""One configuration rule: command line > environment > registry > default, for every NEWSARCHIVE_* setting.

The end-to-end tests crawl the bundled sample site on loopback, which the
address guard refuses unless NEWSARCHIVE_ALLOWED_NETWORKS allows it: a crawl
that exits 0 saw the allowance, one that exits 6 did not. They also cover
the crawl exit codes for "all good" and "nothing fetched".
"""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path

import pytest

from archive.errors import ConfigError
from crawler.runner import crawl_settings
from crawler.sample_site import SAMPLE_DATES, TEMPLATE_PATH
from crawler.settings_layers import environment_settings, project_setting_names
from crawler.sources import load_registry, parse_registry
from search_cli import exitcodes
from search_cli.main import main

pytestmark = pytest.mark.slow  # see README: make test-fast leaves these out

LOOPBACK = "127.0.0.1/32"
ELSEWHERE = "10.0.0.0/8"  # allows something, but not the sample site


def _registry(path: Path, site_url: str, top: str = "", own: str = "") -> Path:
    text = f'{top}\n[[source]]\nid = "sample"\nkind = "epaper"\n'
    text += f'templates = [{{ url = "{site_url}{TEMPLATE_PATH}" }}]\n'
    text += "[source.politeness]\nautothrottle = false\nretry_times = 0\n"
    text += own
    path.write_text(text, encoding="utf-8")
    return path


def _networks(top: str = "", own: str = "", env: str | None = None, cli: str | None = None) -> object:
    text = (
        f'{top}\n[[source]]\nid = "s"\nkind = "epaper"\ntemplates = [{{ url = "http://x.cn/{{date:%Y}}" }}]\n'
    )
    source = parse_registry(tomllib.loads(text + own))["s"]
    environ = {} if env is None else {"NEWSARCHIVE_ALLOWED_NETWORKS": env}

    saved = dict(os.environ)
    os.environ.pop("NEWSARCHIVE_ALLOWED_NETWORKS", None)
    os.environ.update(environ)
    try:
        overrides = {} if cli is None else {"NEWSARCHIVE_ALLOWED_NETWORKS": cli}
        return crawl_settings(overrides=overrides, source=source).get("NEWSARCHIVE_ALLOWED_NETWORKS")
    finally:
        os.environ.clear()
        os.environ.update(saved)


TOP = '[settings]\nNEWSARCHIVE_ALLOWED_NETWORKS = ["192.168.0.0/16"]\n'
OWN = '[source.settings]\nNEWSARCHIVE_ALLOWED_NETWORKS = ["172.16.0.0/12"]\n'


def test_precedence_of_the_layers() -> None:
    assert _networks() == []  # the default of crawler/settings.py
    assert _networks(top=TOP) == ["192.168.0.0/16"]  # the registry's [settings]
    assert _networks(top=TOP, own=OWN) == ["172.16.0.0/12"]  # a source's own wins over the top level
    assert _networks(top=TOP, own=OWN, env=LOOPBACK) == LOOPBACK  # the environment wins over the registry
    assert _networks(top=TOP, own=OWN, env=LOOPBACK, cli=ELSEWHERE) == ELSEWHERE  # the command line wins
    assert _networks(cli=ELSEWHERE) == ELSEWHERE


def test_a_queue_worker_obeys_the_registry_layer_of_its_job(monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker's source comes from the seeded job's registry: its tables apply as in ``crawl``.

    A worker that ignored them was refused every loopback request the local crawl
    was allowed, and used up the seeded queue doing so.
    """
    from crawler.scaleout import QueueKeys
    from crawler.scaleout.worker import worker_crawl_settings

    monkeypatch.delenv("NEWSARCHIVE_ALLOWED_NETWORKS", raising=False)
    text = '[[source]]\nid = "s"\nkind = "epaper"\ntemplates = [{ url = "http://x.cn/{date:%Y}" }]\n'
    source = parse_registry(tomllib.loads(text + OWN + "[source.politeness]\nautothrottle = false\n"))["s"]
    keys = QueueKeys.for_source("s", "qa")
    settings = worker_crawl_settings("redis://127.0.0.1:1/0", keys, source, None, None, {}, "WARNING", None)
    assert settings.get("NEWSARCHIVE_ALLOWED_NETWORKS") == ["172.16.0.0/12"]
    assert settings.getbool("AUTOTHROTTLE_ENABLED") is False
    assert settings.get("SCHEDULER_QUEUE_KEY") == keys.requests  # and it is still a queue worker
    cli = {"NEWSARCHIVE_ALLOWED_NETWORKS": LOOPBACK}
    assert (
        worker_crawl_settings("redis://127.0.0.1:1/0", keys, source, None, None, cli, "WARNING", None).get(
            "NEWSARCHIVE_ALLOWED_NETWORKS"
        )
        == LOOPBACK
    )  # -s on the worker's command line still wins


def test_every_newsarchive_setting_is_read_from_the_environment() -> None:
    names = project_setting_names()
    assert "NEWSARCHIVE_ALLOWED_NETWORKS" in names and "NEWSARCHIVE_REVISIT_DAYS" in names
    env = {name: "7" for name in names} | {"NEWSARCHIVE_TYPO": "1", "NEWSARCHIVE_RESUME": ""}
    got = environment_settings(env)
    assert set(got) == set(names) - {"NEWSARCHIVE_RESUME"}  # unknown names and empty values are not settings


def test_registry_settings_are_validated() -> None:
    base = '[[source]]\nid = "s"\nkind = "epaper"\ntemplates = [{ url = "http://x.cn/{date:%Y}" }]\n'
    with pytest.raises(ConfigError, match=r"^settings\.NEWSARCHIVE_ALOWED_NETWORKS: unknown setting"):
        parse_registry(tomllib.loads('[settings]\nNEWSARCHIVE_ALOWED_NETWORKS = "x"\n' + base))
    with pytest.raises(
        ConfigError, match="NEWSARCHIVE_HOME: set it in the environment or on the command line"
    ):
        parse_registry(tomllib.loads(base + '[source.settings]\nNEWSARCHIVE_HOME = "x"\n'))
    with pytest.raises(ConfigError, match="must be a string, number, boolean or a list of them"):
        parse_registry(tomllib.loads(base + "[source.settings]\nNEWSARCHIVE_REVISIT_DAYS = {a = 1}\n"))


def test_sources_without_settings_keep_their_config_hash(tmp_path: Path) -> None:
    # The hash is stored with each source row: adding the settings key must not make every source "changed".
    text = '[[source]]\nid = "s"\nkind = "epaper"\ntemplates = [{ url = "http://x.cn/{date:%Y}" }]\n'
    source = parse_registry(tomllib.loads(text))["s"]
    assert "settings" not in json.dumps(source.config_hash())
    with_settings = parse_registry(tomllib.loads(text + "[source.settings]\nNEWSARCHIVE_REVISIT_DAYS = 3\n"))[
        "s"
    ]
    assert with_settings.config_hash() != source.config_hash()


def _crawl(registry: Path, home: Path, *extra: str) -> int:
    day = SAMPLE_DATES[0]
    argv = ["crawl", "sample", "--sources", str(registry), "--home", str(home), "--json", "-q"]
    return main([*argv, "--since", day, "--until", SAMPLE_DATES[-1], *extra])


@pytest.mark.parametrize(
    ("case", "top", "env", "cli", "expected"),
    [
        ("nowhere", "", None, None, exitcodes.UNREACHABLE),
        ("environment", "", LOOPBACK, None, exitcodes.OK),
        (
            "registry",
            f'[settings]\nNEWSARCHIVE_ALLOWED_NETWORKS = ["{LOOPBACK}"]\n',
            None,
            None,
            exitcodes.OK,
        ),
        ("command line", "", None, LOOPBACK, exitcodes.OK),
        (
            "environment over registry",
            f'[settings]\nNEWSARCHIVE_ALLOWED_NETWORKS = ["{LOOPBACK}"]\n',
            ELSEWHERE,
            None,
            exitcodes.UNREACHABLE,
        ),
        ("command line over environment", "", ELSEWHERE, LOOPBACK, exitcodes.OK),
    ],
)
def test_allowed_networks_in_each_form_from_a_real_crawl(
    case: str,
    top: str,
    env: str | None,
    cli: str | None,
    expected: int,
    sample_site_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("NEWSARCHIVE_ALLOWED_NETWORKS", raising=False)
    if env is not None:
        monkeypatch.setenv("NEWSARCHIVE_ALLOWED_NETWORKS", env)
    registry = _registry(tmp_path / "sources.toml", sample_site_url, top=top)
    assert load_registry(registry)
    extra = ["-s", f"NEWSARCHIVE_ALLOWED_NETWORKS={cli}"] if cli else []
    code = _crawl(registry, tmp_path / "home", *extra)
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert code == expected, (case, report, err)
    if expected == exitcodes.OK:  # all good: every edition found, nothing failed
        assert report["outcome"] == "ok" and report["failures"] == 0
        assert report["counters"]["editions/found"] == len(SAMPLE_DATES)
        assert err == ""
    else:  # nothing fetched: every request refused, and the one-line hint says what to do
        assert report["outcome"] == "nothing-fetched" and report["counters"]["fetched"] == 0
        assert err == (
            "error: all requests to 127.0.0.1 were refused: allow the network with "
            "NEWSARCHIVE_ALLOWED_NETWORKS (environment, the registry's [settings] or -s)\n"
        )


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ({"DOWNLOAD_DELAY": "abc"}, "-s DOWNLOAD_DELAY=abc: not a number"),
        ({"AUTOTHROTTLE_ENABLED": "maybe"}, "-s AUTOTHROTTLE_ENABLED=maybe: not true or false (or 1 or 0)"),
        (
            {"DEFAULT_REQUEST_HEADERS": "Referer: x"},
            "-s DEFAULT_REQUEST_HEADERS=Referer: x: not a JSON object",
        ),
    ],
)
def test_a_setting_that_cannot_be_read_as_its_type_is_refused_naming_it(
    given: dict[str, str], said: str
) -> None:
    """``crawl -s DOWNLOAD_DELAY=abc`` ended as 'failed (run None)' with no reason; a headers value that
    is no JSON object as 'unexpected JSONDecodeError'. A number where a whole one is read stays fine."""
    with pytest.raises(ConfigError) as caught:
        crawl_settings(overrides=given)
    assert str(caught.value) == said
    assert crawl_settings(overrides={"DOWNLOAD_TIMEOUT": "12.5"}).getfloat("DOWNLOAD_TIMEOUT") == 12.5
    os.environ["NEWSARCHIVE_HOST_PAGE_BUDGET"] = "many"
    try:
        with pytest.raises(
            ConfigError, match=r"^NEWSARCHIVE_HOST_PAGE_BUDGET=many in the environment: not a number$"
        ):
            crawl_settings()
    finally:
        del os.environ["NEWSARCHIVE_HOST_PAGE_BUDGET"]


def test_a_crawl_that_cannot_start_says_why(
    sample_site_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A component refusing its setting as the crawl starts (a bad allowed network) failed the crawl's
    Deferred, which nothing read: the crawl said 'failed (run None)', and nothing else, even with -v."""
    registry = _registry(tmp_path / "sources.toml", sample_site_url)
    code = _crawl(registry, tmp_path / "home", "-s", "NEWSARCHIVE_ALLOWED_NETWORKS=abc")
    assert code == exitcodes.ERROR
    assert capsys.readouterr().err == "error: NEWSARCHIVE_ALLOWED_NETWORKS: not a network: 'abc'\n"


def test_scrapy_crawl_and_scrapyd_obey_the_registry_layer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``scrapy crawl epaper -a source=ID`` (and scrapyd's schedule.json, the same path) start the spider
    without ``newsarchive crawl``'s runner: a source's [source.settings] and politeness were ignored, and
    the demo's loopback source had every request refused (refused/address)."""
    from scrapy.crawler import Crawler
    from scrapy.settings import Settings

    from crawler.spiders.epaper import EpaperSpider

    def unstarted(values: dict[str, object]) -> Crawler:  # settings not frozen yet, as in Crawler.crawl
        return Crawler(EpaperSpider, Settings({**values, "SPIDER_LOADER_WARN_ONLY": True}))

    monkeypatch.delenv("NEWSARCHIVE_ALLOWED_NETWORKS", raising=False)
    text = '[[source]]\nid = "s"\nkind = "epaper"\ntemplates = [{ url = "http://x.cn/{date:%Y}" }]\n'
    registry = tmp_path / "sources.toml"
    registry.write_text(text + OWN + "[source.politeness]\nautothrottle = false\n", encoding="utf-8")
    crawler = unstarted({"AUTOTHROTTLE_ENABLED": True})
    EpaperSpider.from_crawler(crawler, source="s", registry=str(registry), since="2024-01-01")
    assert crawler.settings.get("NEWSARCHIVE_ALLOWED_NETWORKS") == ["172.16.0.0/12"]
    assert crawler.settings.getbool("AUTOTHROTTLE_ENABLED") is False
    crawler = unstarted({})
    crawler.settings.set("NEWSARCHIVE_ALLOWED_NETWORKS", LOOPBACK, priority="cmdline")  # -s / setting=
    EpaperSpider.from_crawler(crawler, source="s", registry=str(registry), since="2024-01-01")
    assert crawler.settings.get("NEWSARCHIVE_ALLOWED_NETWORKS") == LOOPBACK
