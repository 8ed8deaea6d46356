"""README.md as a new user follows it: ``make demo``, then every command block, in order, with no error.

Each line of each ``sh`` block runs in bash, in a fresh directory, through the
installed ``newsarchive`` (found on PATH only after the README's
``. .venv/bin/activate``). The README's example registry (the ``toml`` block)
is written to ``./sources.toml`` as the README says, with the paper's host
pointed at the bundled sample site on 127.0.0.1: the same stand-in the demo
crawls, allowed through ``NEWSARCHIVE_ALLOWED_NETWORKS`` in the environment.
Lines that are not run, and lines whose documented exit code is not 0, are
listed below with their reasons; any other line must exit 0 without an error.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from support import REPO

README = REPO / "README.md"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.M | re.S)

# Lines not run, each with its reason (matched by prefix).
NOT_RUN = {
    "make test": "runs this very test suite",
    "newsarchive serve": "a foreground web server; tests/test_webui_serve.py starts it and stops it",
    "newsarchive sources add http://news.example.cn/": (
        "needs a news site's home page with a sitemap or feed; "
        "tests/test_sources_add.py runs it on generated sites"
    ),
}
# Lines whose documented exit code is not 0 (matched exactly, comment removed).
EXPECTED_CODES = {
    "newsarchive report cswb --since 2016-07-01 --until 2016-07-31": (
        4,
        "the sample site has editions on 2 of these 31 dates, so the README registry's "
        "no_edition_days = 3 alert fires, as its comment says",
    ),
    "newsarchive show 1 --diff": (3, "the demo's article has one version; the README's comment says exit 3"),
    "newsarchive sources check --online cswb": (
        4,
        "the sample site's editions are from 2016, so 'no edition in the last 8 days' is right; "
        "the README's comment says exit 4 means unhealthy",
    ),
}
# A line that changes the shell's state for the lines after it.
STATE = re.compile(r"^(\. |source |export )")


def blocks(text: str) -> list[tuple[str, str]]:
    """Return the fenced blocks of ``text`` as (language, body), in order."""
    return [(m.group(1), m.group(2)) for m in FENCE.finditer(text)]


def command_lines(body: str) -> list[str]:
    """Return the commands of an ``sh`` block: one per line, blank and comment-only lines left out."""
    return [line.strip() for line in body.splitlines() if line.strip() and not line.strip().startswith("#")]


def without_comment(line: str) -> str:
    """Return ``line`` without its trailing ``# comment`` (README commands quote no ``#``)."""
    return re.sub(r"\s+#\s.*$", "", line).strip()


def make_demo_recipe() -> str:
    """Return the shell command ``make demo`` runs, from the Makefile (the test must not install)."""
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^demo:.*\n\t(.+)$", makefile, re.M)
    home = re.search(r"^DEMO_HOME \?= (\S+)$", makefile, re.M)
    assert recipe and home, "the Makefile has a demo target and a DEMO_HOME"
    return recipe.group(1).replace("$(BIN)", ".venv/bin").replace("$(DEMO_HOME)", home.group(1))


def user_environment(cwd: Path) -> dict[str, str]:
    """Return a clean environment: no NEWSARCHIVE_* of ours, and newsarchive not on PATH yet."""
    bin_dir = str(Path(sys.executable).parent)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSARCHIVE_", "VIRTUAL_ENV"))}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p and p != bin_dir)
    env["HOME"] = str(cwd)
    return env


def link_venv(cwd: Path) -> None:
    """Give the user directory the ``.venv`` the README activates (this interpreter's environment)."""
    if sys.prefix != sys.base_prefix:  # running inside a virtual environment: use it as is
        (cwd / ".venv").symlink_to(sys.prefix, target_is_directory=True)
        return
    bin_dir = cwd / ".venv" / "bin"  # pragma: no cover - a CI without a venv
    bin_dir.mkdir(parents=True)
    (bin_dir / "activate").write_text(f'export PATH="{Path(sys.executable).parent}:$PATH"\n')
    (bin_dir / "newsarchive").symlink_to(Path(sys.executable).parent / "newsarchive")


PAPER = "http://epaper.example.cn"  # the README's example paper, played by the sample site


def registry_for_sample_site(toml: str, site_url: str) -> str:
    """Point the README's example paper at the sample site (same URL paths, served on loopback)."""
    assert f"{PAPER}/html/{{date:%Y-%m}}/{{date:%d}}/node_1.htm" in toml
    return toml.replace(PAPER, site_url).replace('"epaper.example.cn"', '"127.0.0.1"')


class Shell:
    """Run README lines one by one, carrying activation and exports from line to line."""

    def __init__(self, cwd: Path, env: dict[str, str]) -> None:
        self.cwd = cwd
        self.env = env
        self.prelude: list[str] = []
        self.ran: list[str] = []

    def run(self, line: str) -> subprocess.CompletedProcess[str]:
        script = "\n".join([*self.prelude, line])
        result = subprocess.run(
            ["bash", "-c", script], cwd=self.cwd, env=self.env, capture_output=True, text=True, timeout=600
        )
        if STATE.match(line) and result.returncode == 0:
            self.prelude.append(line)
        self.ran.append(line)
        return result

    def check(self, line: str) -> subprocess.CompletedProcess[str]:
        command = without_comment(line)
        code, _reason = EXPECTED_CODES.get(command, (0, ""))
        result = self.run(line)
        where = f"README line {line!r} exited {result.returncode} (expected {code})"
        assert result.returncode == code, (
            f"{where}\nstdout: {result.stdout[-2000:]}\nstderr: {result.stderr[-2000:]}"
        )
        assert "Traceback" not in result.stderr, f"{where}: {result.stderr[-2000:]}"
        if code == 0:
            assert "error:" not in result.stderr, f"{where}: {result.stderr[-2000:]}"
        return result


@pytest.mark.slow
@pytest.mark.timeout(900)  # some 35 commands, each a new process, two of them crawls
def test_readme_from_make_demo_through_every_command(tmp_path: Path, sample_site_url: str) -> None:
    cwd = tmp_path / "user"
    cwd.mkdir()
    link_venv(cwd)
    env = user_environment(cwd)
    # The sample site stands in for the paper's server, on loopback, as in the demo.
    env["NEWSARCHIVE_ALLOWED_NETWORKS"] = "127.0.0.1/32"
    shell = Shell(cwd, env)
    assert shell.run("command -v newsarchive").returncode != 0, (
        "newsarchive must not be on PATH before activation"
    )

    skipped: list[str] = []
    demo_next: list[str] = []
    registries = 0
    for language, body in blocks(README.read_text(encoding="utf-8")):
        if language == "toml" and "[[source]]" in body:
            (cwd / "sources.toml").write_text(
                registry_for_sample_site(body, sample_site_url), encoding="utf-8"
            )
            registries += 1
            continue
        if language != "sh":
            continue
        for line in command_lines(body):
            if line.startswith("make demo"):
                result = shell.check(make_demo_recipe())
                assert "demo OK" in result.stdout
                demo_next = [
                    m.group(1) for m in re.finditer(r"^  (newsarchive --home \S+ .+)$", result.stdout, re.M)
                ]
                continue
            if any(without_comment(line).startswith(prefix) for prefix in NOT_RUN):
                skipped.append(line)
                continue
            shell.check(line.replace(PAPER, sample_site_url))  # the README's paper is the sample site
            if line.startswith(". .venv/bin/activate"):
                # The demo's own next steps, as it printed them, work once newsarchive is on PATH.
                assert len(demo_next) == 3 and all("--home demo-data" in c for c in demo_next), demo_next
                for command in demo_next:
                    if not any(command.replace(" --home demo-data", "").startswith(p) for p in NOT_RUN):
                        shell.check(command)

    assert registries == 1, "the README shows one example registry"
    # Every command the README shows ran, except the listed ones, each for its reason.
    assert sorted({next(p for p in NOT_RUN if without_comment(s).startswith(p)) for s in skipped}) == sorted(
        NOT_RUN
    )
    assert len(shell.ran) > 30
    assert all(command in (without_comment(line) for line in shell.ran) for command in EXPECTED_CODES)


def test_the_journalists_commands_search_the_demos_paper() -> None:
    """A journalist's example runs on the archive ``make demo`` made, whatever registry is about.

    ``search ... --source cswb`` answered "error: unknown source 'cswb' (known: sample-cswb)" there: cswb is
    the archivist's example paper, crawled only by someone who follows that section on a real site.
    """
    from crawler.demo import DEMO_SOURCE_ID

    section = README.read_text(encoding="utf-8").split("## For journalists", 1)[1].split("\n## ", 1)[0]
    lines = [line for lang, body in blocks(section) if lang == "sh" for line in command_lines(body)]
    named = {m.group(1) for line in lines for m in re.finditer(r"(?:--source[ =]|source:)([\w-]+)", line)}
    assert lines and named == {DEMO_SOURCE_ID}, named


def test_command_lines_and_comments() -> None:
    body = "# a comment\nnewsarchive db check   # integrity\n\nnewsarchive 'a#b'\n"
    assert command_lines(body) == ["newsarchive db check   # integrity", "newsarchive 'a#b'"]
    assert without_comment("newsarchive db check   # integrity") == "newsarchive db check"
    assert make_demo_recipe() == ".venv/bin/newsarchive demo --home demo-data"
