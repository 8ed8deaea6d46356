"""Every subcommand's ``--help`` stays cheap: counted in imported modules, not in seconds.

``newsarchive search --help`` once cost 1.8 s of CPU because command modules
imported Scrapy, Whoosh and SQLAlchemy at the top. Each subcommand's help now
runs in a fresh interpreter and must load none of the libraries that do the
work, and few modules in all (on this machine about 160-230 modules, under 0.15 s).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from archive.importer import DEFAULT_SOURCE
from archive.queries import RUN_SORTS
from crawler.scaleout import DEFAULT_PREFIX
from search_cli.commands import COMMAND_MODULES
from search_cli.commands.import_ import IMPORT_SOURCE
from search_cli.commands.runs import RUN_SORT_NAMES
from search_cli.commands.worker import QUEUE_PREFIX

HEAVY = (
    "scrapy",
    "twisted",
    "whoosh",
    "sqlalchemy",
    "alembic",
    "starlette",
    "uvicorn",
    "numpy",
    "jieba",
    "rjieba",
    "lxml",
    "trafilatura",
    "warcio",
    "redis",
    "pdfminer",
    "tqdm",
)
MAX_MODULES = 300  # the interpreter and argparse alone are about 150

PROBE = """
import json, sys
before = set(sys.modules)
from search_cli.main import main
try:
    main([{name!r}, "--help"])
except SystemExit:
    pass
print(json.dumps(sorted(set(sys.modules) - before)))
"""


@pytest.mark.parametrize("name", [m.rstrip("_") for m in COMMAND_MODULES])
def test_help_loads_no_library(name: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(name=name)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.splitlines()[-1])
    heavy = sorted({m.split(".")[0] for m in loaded} & set(HEAVY))
    assert heavy == [], f"newsarchive {name} --help imports {heavy}"
    assert len(loaded) < MAX_MODULES, f"newsarchive {name} --help imports {len(loaded)} modules"


def test_constants_spelled_for_help_match_their_libraries() -> None:
    assert IMPORT_SOURCE == DEFAULT_SOURCE
    assert QUEUE_PREFIX == DEFAULT_PREFIX
    assert RUN_SORT_NAMES == tuple(sorted(RUN_SORTS))
