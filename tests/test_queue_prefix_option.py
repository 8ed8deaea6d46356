"""``crawl --queue`` and ``worker`` take the same words for the Redis key prefix.

docs/cli.md gives ``worker`` the alias ``--prefix``; ``crawl --queue ... --prefix
walkmaint`` was refused (exit 2), so seeding and working needed two spellings.
"""

from __future__ import annotations

import pytest

from search_cli.main import build_parser


@pytest.mark.parametrize("flag", ["--queue-prefix", "--prefix"])
@pytest.mark.parametrize("command", [["crawl", "cswb", "--queue", "redis://127.0.0.1:6379/0"], ["worker"]])
def test_both_spellings_of_the_prefix_on_crawl_and_worker(command: list[str], flag: str) -> None:
    queue = [] if "--queue" in command else ["--queue", "redis://127.0.0.1:6379/0"]
    args = build_parser(command[0]).parse_args([*command, *queue, flag, "mine"])
    assert args.queue_prefix == "mine"
