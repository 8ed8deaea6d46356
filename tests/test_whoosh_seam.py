"""One seam to Whoosh: its private names live in the ``indexer/whoosh_io/`` package only, behind a guard.

Whoosh's internals (underscore names, codec classes, struct layouts) change
without notice between releases; the index reads and writes them for speed.
Keeping every use in one place that refuses an untested version makes an
upgrade one folder's work and one line's failure, not a traceback from deep
inside a search. The seam is a package (one module per role: version guard,
column offsets, reading, segments, posting writer, segment writers) but still
one seam, in one place: the modules directly in that folder are allowed,
nothing beside or below it, and its ``__init__`` runs the version guard before
any of its modules imports a private name. The source scan reads every module
of the shipped packages, ``bench/`` and ``tools/``; tests may reach inside
Whoosh to compare with it.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version
from support import REPO

from indexer.whoosh_io import DISTRIBUTION, TESTED_WHOOSH_VERSIONS, WhooshVersionError, check_version

SEAM = Path("indexer/whoosh_io")  # the package folder: every module in it, none outside
SCANNED = ("archive", "crawler", "indexer", "search_cli", "webui", "newsarchive", "bench", "tools")
# Whoosh's public API: what the documentation teaches (open an index, declare fields, build
# queries, write custom analyzers, queries and matchers). ``None``: any non-underscore name.
PUBLIC_MODULES: dict[str, frozenset[str] | None] = {
    "whoosh": frozenset({"versionstring"}),  # and the public modules below, by name
    "whoosh.index": frozenset({"open_dir", "create_in", "exists_in", "LockError", "EmptyIndexError"}),
    "whoosh.fields": None,
    "whoosh.columns": None,
    "whoosh.formats": None,
    "whoosh.analysis": None,
    "whoosh.query": None,
    "whoosh.matching": None,
    "whoosh.qparser": None,
    "whoosh.highlight": None,
    "whoosh.scoring": None,
    "whoosh.searching": None,
    "whoosh.sorting": None,
}


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _whoosh_import_problems(node: ast.Import | ast.ImportFrom) -> Iterator[str]:
    """Yield what is private in one import statement (nothing for imports of other libraries)."""
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name.split(".")[0] == "whoosh" and alias.name not in PUBLIC_MODULES:
                yield f"imports {alias.name}"
    elif not node.level and (node.module or "").split(".")[0] == "whoosh":
        module = node.module or ""
        for alias in node.names:
            submodule = f"{module}.{alias.name}"
            if module == "whoosh" and submodule in PUBLIC_MODULES:
                continue  # ``from whoosh import index``: a public module
            allowed = PUBLIC_MODULES.get(module, frozenset())
            if _private(alias.name) or (allowed is not None and alias.name not in allowed):
                yield f"imports {alias.name} from {module}"


def _private_access_problems(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """Yield private attribute access on objects other than ``self``/``cls`` (Whoosh's objects, here)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            if not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")):
                yield node.lineno, f"reads {ast.unparse(node)}"
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in ("getattr", "hasattr", "setattr") and len(node.args) >= 2:
                name = node.args[1]
                if isinstance(name, ast.Constant) and isinstance(name.value, str) and _private(name.value):
                    yield node.lineno, f"{node.func.id}(..., {name.value!r})"


def _whoosh_subclass_problems(tree: ast.AST, aliases: set[str]) -> Iterator[tuple[int, str]]:
    """Yield methods named like Whoosh's private ones in classes derived from a Whoosh class."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.ClassDef):
            continue
        bases = {ast.unparse(b).split(".")[0] for b in node.bases}
        if not bases & aliases:
            continue
        for item in node.body:
            if isinstance(item, ast.FunctionDef) and _private(item.name):
                yield item.lineno, f"overrides {node.name}.{item.name}"


def seam_violations(root: Path = REPO) -> list[str]:
    """Return every use of a private Whoosh name outside the seam, as ``path:line what``."""
    found: list[str] = []
    for package in SCANNED:
        for path in sorted((root / package).rglob("*.py")):
            relative = path.relative_to(root)
            if relative.parent == SEAM:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            aliases: set[str] = set()
            for node in ast.walk(tree):
                if isinstance(node, ast.Import | ast.ImportFrom):
                    found.extend(f"{relative}:{node.lineno} {p}" for p in _whoosh_import_problems(node))
                if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "whoosh":
                    aliases.update(a.asname or a.name for a in node.names)
                elif isinstance(node, ast.Import):
                    aliases.update(a.asname or a.name for a in node.names if a.name.startswith("whoosh"))
            if relative.parts[0] == "indexer":  # the only room that holds Whoosh objects
                for line, problem in _private_access_problems(tree):
                    found.append(f"{relative}:{line} {problem}")
            for line, problem in _whoosh_subclass_problems(tree, aliases):
                found.append(f"{relative}:{line} {problem}")
    return found


def test_no_module_but_the_seam_uses_private_whoosh_names() -> None:
    assert seam_violations() == []


def test_the_scan_finds_each_kind_of_private_use(tmp_path: Path) -> None:
    bad = tmp_path / "indexer" / "bad.py"
    bad.parent.mkdir()
    bad.write_text(
        "from whoosh.codec.whoosh3 import W3LeafMatcher\n"
        "from whoosh.filedb.filetables import _lengths\n"
        "from whoosh.index import TOC, open_dir\n"
        "import whoosh.writing\n"
        "from whoosh import index, writing\n"
        "from whoosh import fields\n"
        "def f(ix):\n"
        "    return ix._segments(), getattr(ix, '_count', 0)\n"
        "class W(fields.TEXT):\n"
        "    def _flush(self):\n"
        "        return self._x\n",
        encoding="utf-8",
    )
    assert set(seam_violations(tmp_path)) == {
        "indexer/bad.py:1 imports W3LeafMatcher from whoosh.codec.whoosh3",
        "indexer/bad.py:2 imports _lengths from whoosh.filedb.filetables",
        "indexer/bad.py:3 imports TOC from whoosh.index",
        "indexer/bad.py:4 imports whoosh.writing",
        "indexer/bad.py:5 imports writing from whoosh",
        "indexer/bad.py:8 getattr(..., '_count')",
        "indexer/bad.py:8 reads ix._segments",
        "indexer/bad.py:10 overrides W._flush",
    }


def test_the_seam_is_the_whoosh_io_folder_alone(tmp_path: Path) -> None:
    private = "from whoosh.filedb.filetables import _lengths\n"
    for name in ("whoosh_io/reading.py", "whoosh_io/__init__.py", "whoosh_io_more.py", "whoosh_io/sub/x.py"):
        path = tmp_path / "indexer" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(private, encoding="utf-8")
    assert set(seam_violations(tmp_path)) == {
        "indexer/whoosh_io_more.py:1 imports _lengths from whoosh.filedb.filetables",
        "indexer/whoosh_io/sub/x.py:1 imports _lengths from whoosh.filedb.filetables",
    }


def test_tested_versions_agree_with_the_pin() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [Requirement(d) for d in project["project"]["dependencies"] if d.startswith(DISTRIBUTION)]
    assert len(pins) == 1
    spec = pins[0].specifier
    tested = [Version(v) for v in TESTED_WHOOSH_VERSIONS]
    assert all(spec.contains(v) for v in tested)
    neighbours = set()  # the releases next to each tested one: the pin must refuse the untested ones
    for v in tested:
        major, minor, micro = v.release[:3]
        neighbours |= {f"{major}.{minor}.{micro + 1}", f"{major}.{minor + 1}.0", f"{major + 1}.0.0"}
        if micro:
            neighbours.add(f"{major}.{minor}.{micro - 1}")
    untested = sorted(n for n in neighbours if Version(n) not in tested)
    assert [n for n in untested if spec.contains(n)] == []


def test_the_installed_whoosh_is_a_tested_one() -> None:
    from indexer.whoosh_io import installed_version

    assert installed_version() in TESTED_WHOOSH_VERSIONS


def test_an_untested_version_fails_with_one_line() -> None:
    for version in ("2.7.4", "3.0.0", None):
        try:
            check_version(version)
        except WhooshVersionError as exc:
            message = str(exc)
        else:
            raise AssertionError(f"{version} passed the guard")
        assert "\n" not in message
        assert re.search(rf"tested only with {re.escape(TESTED_WHOOSH_VERSIONS[0])}", message)
        assert (version or "not installed") in message


# Pretend another whoosh-reloaded is installed, then run a command that reads the index.
_UNTESTED = """
import importlib.metadata, sys
real = importlib.metadata.version
importlib.metadata.version = lambda name: "2.6.0" if name == "whoosh-reloaded" else real(name)
from search_cli.main import main
sys.exit(main(["--home", sys.argv[1], "index", "stats"]))
"""


def test_the_cli_prints_the_guard_as_one_error_line(tmp_path: Path) -> None:
    from search_cli import exitcodes
    from search_cli.main import main

    # An archive is there (a reading command refuses a home without one before it loads the index).
    assert main(["--home", str(tmp_path), "db", "upgrade", "-q"]) == exitcodes.OK
    result = subprocess.run(
        [sys.executable, "-c", _UNTESTED, str(tmp_path)], capture_output=True, text=True, timeout=120
    )
    lines = result.stderr.strip().splitlines()
    assert result.returncode == exitcodes.ERROR, result.stderr
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: whoosh-reloaded 2.6.0 is installed")


_SEARCH_IMPORTS = """
import json, sys
before = set(sys.modules)
import indexer.search
print(json.dumps(sorted(set(sys.modules) - before)))
"""
# The rebuild and update code, ours and Whoosh's (postwriter.py, once beside them, is in whoosh_io/ now).
WRITER_MODULES = (
    "indexer.build",
    "indexer.parallel",
    "indexer.storebuild",
    "indexer.sync",
    "indexer.whoosh_io.postwriter",  # the seam's writing modules, imported on first use
    "indexer.whoosh_io.writers",
    "whoosh.writing",
    "whoosh.multiproc",
)


def test_importing_search_loads_no_writer_code() -> None:
    probe = [sys.executable, "-c", _SEARCH_IMPORTS]
    result = subprocess.run(probe, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = set(json.loads(result.stdout.splitlines()[-1]))
    assert "indexer.whoosh_io" in loaded  # the guard runs for a search too
    assert sorted(loaded & set(WRITER_MODULES)) == []
