"""Docs that cannot drift from the code.

- Every ``newsarchive`` subcommand and every option of the parser that
  ``search_cli.main`` builds appears in README.md or docs/*.md (docs/cli.md is
  the reference page: add a line there with each new option).
- Every ``newsarchive ...`` line in a shell block of those files parses with
  that parser, so a renamed option or a changed argument breaks this test,
  not a reader's first try.
- Every ``python`` block of indexer/API.md and docs/*.md runs (in one namespace
  per file, in order, in a temporary directory); the examples assert what they
  show.
- Every module of ``indexer/`` has a row in README.md's module map ("Whoosh
  stores, we match and rank"), and every module the map names exists.
"""

from __future__ import annotations

import argparse
import re
import shlex
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import REPO

from search_cli.main import build_parser

DOCS = [REPO / "README.md", *sorted((REPO / "docs").glob("**/*.md"))]
EXAMPLE_DOCS = [
    path
    for path in [REPO / "indexer" / "API.md", *sorted((REPO / "docs").glob("**/*.md"))]
    if "```python\n" in path.read_text(encoding="utf-8")
]
HELP = ("-h", "--help")


def _subcommands(parser: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            yield from action.choices.items()


def _walk(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Yield ``(command path, parser)`` for the parser and every (nested) subcommand."""
    yield path, parser
    for name, sub in _subcommands(parser):
        yield from _walk(sub, (*path, name))


def _mentions(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


def undocumented(parser: argparse.ArgumentParser, text: str, prog: str = "newsarchive") -> list[str]:
    """Return the commands and options of ``parser`` that ``text`` never mentions.

    A command ``a`` must appear as ``prog a``; a nested ``a b`` on a line that
    holds ``prog a`` (``newsarchive db upgrade | current | check`` names three).
    An option must appear as a whole word (any of its spellings).
    """
    lines = text.splitlines()
    missing: list[str] = []
    for path, sub in _walk(parser):
        if path:
            parent = " ".join((prog, *path[:-1]))
            if not any(parent in line and _mentions(line.split(parent, 1)[1], path[-1]) for line in lines):
                missing.append(f"{prog} {' '.join(path)}")
        for action in sub._actions:
            spellings = [s for s in action.option_strings if s not in HELP]
            if spellings and not any(_mentions(text, s) for s in spellings):
                missing.append(f"{prog} {' '.join(path)}: {'/'.join(spellings)}".replace("  ", " "))
    return missing


def _docs_text() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in DOCS)


def test_every_command_and_option_is_documented() -> None:
    missing = undocumented(build_parser(), _docs_text())
    assert missing == [], "document these in docs/cli.md (or README.md):\n" + "\n".join(missing)


def test_the_check_finds_what_is_missing() -> None:
    parser = argparse.ArgumentParser(prog="tool")
    commands = parser.add_subparsers()
    db = commands.add_parser("db")
    db.add_argument("--revision")
    actions = db.add_subparsers()
    actions.add_parser("upgrade")
    actions.add_parser("check")
    commands.add_parser("serve").add_argument("-p", "--port")
    text = "tool db upgrade | check   # with --revision\nrun tool serve on a port (-p)\n"
    assert undocumented(parser, text, "tool") == []
    assert undocumented(parser, "tool db upgrade --revision-id\ntool serve --port", "tool") == [
        "tool db: --revision",
        "tool db check",
    ]


def _shell_commands(text: str) -> Iterator[str]:
    """Yield the ``newsarchive ...`` lines of shell blocks, ``a | b | c`` alternatives spelt out."""
    for block in re.findall(r"```(?:sh|bash|console|shell)\n(.*?)```", text, re.S):
        for raw in block.splitlines():
            line = raw.split(" #", 1)[0].strip().removeprefix("$ ")
            if not line.startswith("newsarchive "):
                continue
            first, *others = [part.strip() for part in line.split(" | ")]
            yield first
            head = first.rsplit(" ", 1)[0]
            for other in others:
                yield f"{head} {other}"


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.relative_to(REPO).as_posix())
def test_shell_examples_parse(doc: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = []
    for line in _shell_commands(doc.read_text(encoding="utf-8")):
        words = shlex.split(line)[1:]
        for redirect in (">", "<", "|"):
            if redirect in words:
                words = words[: words.index(redirect)]
        try:
            build_parser().parse_args(words)
        except SystemExit:
            bad.append(f"{line}: {capsys.readouterr().err.strip()}")
    assert bad == []


def test_the_shell_example_reader_spells_out_alternatives() -> None:
    text = "```sh\nnewsarchive db upgrade | current   # migrations\nls\n$ newsarchive runs --asc\n```\n"
    assert list(_shell_commands(text)) == [
        "newsarchive db upgrade",
        "newsarchive db current",
        "newsarchive runs --asc",
    ]


@pytest.mark.parametrize("doc", EXAMPLE_DOCS, ids=lambda p: p.relative_to(REPO).as_posix())
def test_python_examples_run(doc: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = re.findall(r"```python\n(.*?)```", doc.read_text(encoding="utf-8"), re.S)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    namespace: dict[str, object] = {"__name__": "__doc_example__"}
    for n, block in enumerate(blocks, 1):
        exec(compile(block, f"{doc.name} python block {n}", "exec"), namespace)


def test_api_md_has_a_runnable_example() -> None:
    assert REPO / "indexer" / "API.md" in EXAMPLE_DOCS
    text = (REPO / "indexer" / "API.md").read_text(encoding="utf-8")
    assert any("search(" in block for block in re.findall(r"```python\n(.*?)```", text, re.S))


def _readme_module_map() -> set[str]:
    """Return the module names of README.md's ``indexer/`` map (first column, comma-separated)."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("### The index: Whoosh stores, we match and rank", 1)[1].split("\n#", 1)[0]
    names: set[str] = set()
    for line in section.splitlines():
        if line.startswith("| `"):
            names.update(re.findall(r"`(\w+)`", line.split("|")[1]))
    return names


def test_the_readme_module_map_lists_every_indexer_module() -> None:
    modules = {p.stem for p in (REPO / "indexer").glob("*.py") if p.stem != "__init__"}
    modules |= {p.parent.name for p in (REPO / "indexer").glob("*/__init__.py")}  # whoosh_io, a package
    named = _readme_module_map()
    assert sorted(modules - named) == [], "add a row to README.md's module map"
    assert sorted(named - modules) == [], "README.md's module map names a module that is gone"


def test_every_bench_note_lands_in_benchmarks_md() -> None:
    """``make bench`` copies ``bench/notes/<module>.md`` under its module's section, and no other note.

    A note named after no benchmark of ``bench.run_all`` is never shown: three such files
    (a generator's first figure, a rule's before/after, a session's tune log) had gone unread.
    """
    from bench.run_all import BENCHMARKS, KEPT

    modules = {module.rsplit(".", 1)[-1] for _, module, *_ in [*BENCHMARKS, *KEPT]}
    orphans = sorted(p.name for p in (REPO / "bench" / "notes").glob("*.md") if p.stem not in modules)
    assert orphans == [], "fold these into the note of the benchmark they belong to"


def test_a_benchmark_printing_only_subsections_gets_its_own_section() -> None:
    """``bench.index_bench`` prints ``### Index: ...``: without a ``##`` of its own it fell under Ranking."""
    from bench.run_all import with_heading

    text = with_heading("Indexing and search", "### Index: 60,000 articles\n\nfigures\n")
    assert text.startswith("## Indexing and search\n\n### Index: 60,000 articles")
    assert with_heading("Crawl", "## Crawl throughput\n\nfigures") == "## Crawl throughput\n\nfigures"


def test_api_md_names_every_parameter_of_search() -> None:
    """indexer/API.md's ``search(...)`` line drifted: ``versions=``/``earlier=`` (and more) were unnamed."""
    import inspect

    from indexer.search import search

    text = (REPO / "indexer" / "API.md").read_text(encoding="utf-8")
    (line,) = re.findall(r"^- `search\((.*?)\) -> SearchPage`", text, re.M)
    named = {part.split("=")[0].strip() for part in line.split(",")} - {"*"}
    assert sorted(set(inspect.signature(search).parameters) - named) == []
