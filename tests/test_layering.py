"""The house's layering rules (design card), checked on the source and on a fresh interpreter.

- ``archive/`` (the archive of record, used by every room) imports no Scrapy, Twisted,
  Whoosh or jieba, and none of the rooms above it, so the indexer, the web page and the
  CLI use it without a reactor.
- Whoosh is imported only inside ``indexer/``; jieba / rjieba only by the analyzer
  (``indexer/analysis.py``) and the crawler's segmenter door (``crawler/normalize/segment.py``).
- ``webui/`` and ``indexer/`` never import ``crawler/``: a pure helper two rooms need
  moves down into ``archive/``, not sideways.

The source scan reads every import statement, including those inside functions and
under ``TYPE_CHECKING``: a deferred import is still a dependency. Tests and benchmarks
are not shipped rooms and may import what they measure.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

from support import REPO

PACKAGES = ("archive", "crawler", "indexer", "search_cli", "webui", "newsarchive")
ROOMS_ABOVE_ARCHIVE = ("crawler", "indexer", "search_cli", "webui", "newsarchive")

# (room the rule applies to, top-level modules it must not import, why)
FORBIDDEN: list[tuple[str, tuple[str, ...], str]] = [
    ("archive", ("scrapy", "twisted"), "the archive is used without a reactor"),
    ("archive", ("whoosh", "jieba", "rjieba"), "the archive knows nothing of the index"),
    ("archive", ROOMS_ABOVE_ARCHIVE, "the archive is the bottom room: others import it, not the reverse"),
    ("crawler", ("whoosh",), "Whoosh lives in indexer/ only"),
    ("search_cli", ("whoosh",), "Whoosh lives in indexer/ only"),
    ("newsarchive", ("whoosh",), "Whoosh lives in indexer/ only"),
    ("webui", ("whoosh",), "Whoosh lives in indexer/ only"),
    ("webui", ("crawler", "scrapy", "twisted"), "the web page reads the archive and the index only"),
    ("indexer", ("crawler", "scrapy", "twisted"), "the index is built from the archive, not the crawler"),
    ("indexer", ("search_cli", "webui"), "libraries do not import their front ends"),
    ("archive", ("search_cli", "webui"), "libraries do not import their front ends"),
    ("crawler", ("search_cli", "webui"), "libraries do not import their front ends"),
]
# jieba / rjieba: only these files or folders (relative to the repository) may import them.
SEGMENTER_HOMES = ("indexer/analysis.py", "crawler/normalize/segment.py")


def imported_modules(source: str, module: str, is_package: bool = False) -> Iterator[tuple[int, str]]:
    """Yield ``(line, dotted name)`` for every import in ``source``, relative ones resolved.

    ``module`` is the dotted name of the file (``crawler.urls``); ``is_package`` says it is
    an ``__init__.py``, whose relative imports start from the package itself.
    """
    package = module.split(".") if is_package else module.split(".")[:-1]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            yield node.lineno, name


def _source_files(root: Path = REPO) -> Iterator[tuple[Path, str, bool]]:
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            relative = path.relative_to(root).with_suffix("")
            parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
            yield path, ".".join(parts), relative.name == "__init__"


def violations(root: Path = REPO) -> list[str]:
    """Return every import under ``root`` that breaks a rule, as ``path:line imports name (why)``."""
    found: list[str] = []
    for path, module, is_package in _source_files(root):
        room = module.split(".")[0]
        where = path.relative_to(root).as_posix()
        for line, name in imported_modules(path.read_text(encoding="utf-8"), module, is_package):
            top = name.split(".")[0]
            for rule_room, forbidden, why in FORBIDDEN:
                if room == rule_room and top in forbidden:
                    found.append(f"{where}:{line} imports {name} ({why})")
            if top in ("jieba", "rjieba") and not where.startswith(SEGMENTER_HOMES):
                homes = ", ".join(SEGMENTER_HOMES)
                found.append(f"{where}:{line} imports {name} (segmenters live in {homes})")
    return found


def test_the_rooms_import_only_what_the_design_allows() -> None:
    assert violations() == []


# The one seam allowed to reach a library's private names (house style 16): the modules of the
# ``indexer/whoosh_io/`` package, that folder only (one seam, split by role).
PRIVATE_REACHES = ("indexer/whoosh_io",)


def private_imports(root: Path = REPO) -> list[str]:
    """Return ``path:line name`` for each ``_private`` name imported from another package (a room's folder).

    Inside one package (``crawler.extract``) a helper may share its private names; across packages
    it is an API and says so with a public, documented name.
    """
    found: list[str] = []
    for path, module, _ in _source_files(root):
        where = path.relative_to(root).as_posix()
        if path.relative_to(root).parent.as_posix() in PRIVATE_REACHES:
            continue
        home = module.split(".")[:2]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                if node.module.split(".")[:2] == home:
                    continue
                for alias in node.names:
                    if alias.name.startswith("_") and not alias.name.startswith("__"):
                        found.append(f"{where}:{node.lineno} {node.module}.{alias.name}")
    return found


def test_no_package_imports_another_packages_private_names() -> None:
    """crawler/extract/people.py read the byline rule crawler.normalize.credits kept private."""
    assert private_imports() == []


def test_the_private_import_rule_catches_one(tmp_path: Path) -> None:
    for package in ("archive", "crawler", "indexer", "search_cli", "webui", "newsarchive"):
        (tmp_path / package).mkdir()
    (tmp_path / "crawler" / "extract").mkdir()
    (tmp_path / "crawler" / "extract" / "a.py").write_text(
        "from crawler.normalize.credits import _RULE\nfrom crawler.extract.b import _OWN\n", "utf-8"
    )
    assert private_imports(tmp_path) == ["crawler/extract/a.py:1 crawler.normalize.credits._RULE"]


# SQLAlchemy's create_engine: only the store's one entry point (archive.engine.create_store_engine,
# which checks the URL, creates SQLite's folder and sets its pragmas) and the web server's read-only
# SQLite URI, which that entry point cannot open. Everyone else calls create_store_engine.
ENGINE_HOMES = ("archive/engine.py", "webui/queries.py")


def engine_makers(root: Path = REPO) -> list[str]:
    """Return every ``path:line`` outside :data:`ENGINE_HOMES` that imports or calls ``create_engine``."""
    found: list[str] = []
    for path, _, _ in _source_files(root):
        where = path.relative_to(root).as_posix()
        if where in ENGINE_HOMES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            named = (
                isinstance(node, ast.ImportFrom) and any(a.name == "create_engine" for a in node.names)
            ) or (isinstance(node, ast.Attribute) and node.attr == "create_engine")
            if named:
                found.append(f"{where}:{getattr(node, 'lineno', 0)}")
    return found


def test_only_the_store_entry_point_creates_engines() -> None:
    """``require_archive`` made its own PostgreSQL engine, beside the store's entry point."""
    assert engine_makers() == []


def test_the_engine_rule_catches_both_spellings(tmp_path: Path) -> None:
    for package in PACKAGES:
        (tmp_path / package).mkdir()
    (tmp_path / "search_cli" / "a.py").write_text(
        "def f():\n    from sqlalchemy import create_engine\n", "utf-8"
    )
    (tmp_path / "crawler" / "b.py").write_text("import sqlalchemy\nsqlalchemy.create_engine('x')\n", "utf-8")
    (tmp_path / "archive" / "engine.py").write_text("from sqlalchemy import create_engine\n", "utf-8")
    assert engine_makers(tmp_path) == ["crawler/b.py:2", "search_cli/a.py:2"]


def test_the_scan_sees_deferred_relative_and_type_checking_imports() -> None:
    source = textwrap.dedent("""\
        from typing import TYPE_CHECKING
        if TYPE_CHECKING:
            from crawler.sources import SourceConfig
        def later():
            import scrapy.http
            from . import models
            from ..indexer import search
        """)
    names = [name for _, name in imported_modules(source, "archive.sub.mod")]
    assert names == ["typing", "crawler.sources", "scrapy.http", "archive.sub", "archive.indexer"]
    in_init = imported_modules("from . import x", "archive", is_package=True)
    assert [name for _, name in in_init] == ["archive"]


def test_the_rules_catch_a_violation(tmp_path: Path) -> None:
    for package in PACKAGES:
        (tmp_path / package).mkdir()
    (tmp_path / "archive" / "bad.py").write_text("def f():\n    from scrapy import Spider\n", "utf-8")
    (tmp_path / "webui" / "bad.py").write_text("import crawler.urls\nimport whoosh\n", encoding="utf-8")
    (tmp_path / "crawler" / "seg.py").write_text("import rjieba\n", encoding="utf-8")
    (tmp_path / "indexer" / "analysis.py").write_text("import rjieba\n", encoding="utf-8")
    found = violations(tmp_path)
    assert [entry.split(" (")[0] for entry in found] == [
        "archive/bad.py:2 imports scrapy",
        "crawler/seg.py:1 imports rjieba",
        "webui/bad.py:1 imports crawler.urls",
        "webui/bad.py:2 imports whoosh",
    ]


def _modules_of(package: str) -> list[str]:
    """Every importable module of ``package`` (Alembic's env.py only runs inside Alembic)."""
    return [
        module
        for _, module, _ in _source_files()
        if module.split(".")[0] == package and ".migrations" not in module
    ]


ABSENT = {
    "archive": ("scrapy", "twisted", "whoosh", "crawler", "indexer"),
    "indexer": ("scrapy", "twisted", "crawler"),
    "webui": ("scrapy", "twisted", "crawler"),
}


def test_importing_a_room_loads_none_of_what_it_must_not_use() -> None:
    """Each room is imported whole in a fresh interpreter (all three at once, so the check stays cheap)."""
    procs = {}
    for package, absent in ABSENT.items():
        script = textwrap.dedent(f"""\
            import importlib, sys
            for name in {_modules_of(package)!r}:
                importlib.import_module(name)
            loaded = sorted({{m.split(".")[0] for m in sys.modules}} & {set(absent)!r})
            print(",".join(loaded))
            """)
        procs[package] = subprocess.Popen(
            [sys.executable, "-c", script],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    loads = {}
    for package, proc in procs.items():
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err[-2000:]
        loads[package] = out.strip()
    assert loads == {package: "" for package in ABSENT}


def import_graph(package: str, root: Path = REPO) -> dict[str, set[str]]:
    """Return which modules of ``package`` each of its modules imports at run time (deferred ones too).

    Imports under ``if TYPE_CHECKING:`` are left out: they never run, so they close no cycle.
    """
    modules = {module: path for path, module, _ in _source_files(root) if module.split(".")[0] == package}
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {
            id(inner)
            for node in ast.walk(tree)
            if isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING")
            for inner in ast.walk(node)
        }
        targets: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in typing_only:
                continue
            if isinstance(node, ast.Import):
                targets.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                targets.add(node.module)  # ``from indexer import whoosh_io`` names a module too
                targets.update(f"{node.module}.{a.name}" for a in node.names)
        graph[module] = {t for t in targets if t in modules and t != module and t != package}
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Return one cycle through each module that can reach itself (empty when the graph is acyclic)."""
    cycles: list[list[str]] = []
    for start in sorted(graph):
        stack: list[tuple[str, list[str]]] = [(start, [start])]
        seen: set[str] = set()
        while stack:
            node, path = stack.pop()
            for nxt in sorted(graph[node]):
                if nxt == start:
                    cycles.append([*path, start])
                    stack.clear()
                    break
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, [*path, nxt]))
    return cycles


def test_indexer_modules_import_each_other_without_cycles() -> None:
    """``build``/``parallel`` and ``check``/``sync`` once imported each other (deferred, to dodge it)."""
    assert import_cycles(import_graph("indexer")) == []


def test_the_cycle_finder_finds_a_deferred_cycle(tmp_path: Path) -> None:
    for package in PACKAGES:
        (tmp_path / package).mkdir()
    (tmp_path / "indexer" / "a.py").write_text("from indexer import b\n", encoding="utf-8")
    (tmp_path / "indexer" / "b.py").write_text("def f():\n    from indexer.a import x\n", encoding="utf-8")
    (tmp_path / "indexer" / "c.py").write_text("import indexer.a\n", encoding="utf-8")
    typing_only = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from indexer.c import y\n"
    (tmp_path / "indexer" / "d.py").write_text(typing_only, encoding="utf-8")
    graph = import_graph("indexer", tmp_path)
    assert graph == {
        "indexer.a": {"indexer.b"},
        "indexer.b": {"indexer.a"},
        "indexer.c": {"indexer.a"},
        "indexer.d": set(),
    }
    assert import_cycles(graph) == [
        ["indexer.a", "indexer.b", "indexer.a"],
        ["indexer.b", "indexer.a", "indexer.b"],
    ]
