"""Helpers shared by the store, WARC and reprocess tests: databases and sample articles.

``db_url`` gives each test a fresh SQLite file and (when the server is up; in
CI it must be) a fresh PostgreSQL schema, so the same tests run on both and
do not disturb other users of the ``test`` database.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Connection, make_url

from archive.items import ArticleItem


def pg_schema_url(base: str) -> Iterator[str]:
    """Create a throw-away schema; yield a URL whose connections use it; drop it afterwards."""
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))  # name is ours, not user input
    try:
        yield (
            make_url(base)
            .update_query_dict({"options": f"-csearch_path={schema}"})
            .render_as_string(hide_password=False)
        )
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def make_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Yield a fresh database URL of the kind named by ``request.param``."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'archive.sqlite3'}"
        return
    yield from pg_schema_url(request.getfixturevalue("postgres_url"))


DB_PARAMS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]

WIRE = (
    "新华社长春7月20日电 记者从吉林省交通运输厅获悉，今年上半年全省公路建设完成投资一百二十亿元，"
    "同比增长百分之十五。其中高速公路新开工项目五个，续建项目八个，农村公路改造里程达到三千公里。"
    "交通运输部门表示，下半年将加快推进重点项目建设，确保全年目标任务顺利完成，为全省经济发展提供有力支撑。"
)


def article(url: str, source_id: str = "paper-a", **fields: object) -> ArticleItem:
    """Return a plausible article item; ``fields`` override its defaults."""
    values: dict[str, object] = {
        "title": "全省公路建设上半年完成投资120亿元",
        "body": WIRE,
        "published_at": datetime(2016, 7, 20, 8, 0, tzinfo=UTC),
        "authors": ["张三"],
    }
    values.update(fields)
    return ArticleItem(url=url, source_id=source_id, **values)  # type: ignore[arg-type]


def cli(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    """Run ``newsarchive`` in-process; command modules other rooms have not written yet are left out."""
    import importlib.util

    import search_cli.main as cli_main

    present = [m for m in cli_main.COMMAND_MODULES if importlib.util.find_spec(f"search_cli.commands.{m}")]
    monkeypatch.setattr(cli_main, "COMMAND_MODULES", present)
    return cli_main.main(argv)


def sample_source(base_url: str, source_id: str = "sample", canonical_base: str = "http://sample.example"):  # type: ignore[no-untyped-def]
    """Return a source for a copy of the sample site; ``canonical_base`` keeps URLs stable across ports."""
    from crawler.sample_site import TEMPLATE_PATH
    from crawler.sources import SourceConfig, UrlTemplate

    return SourceConfig(
        id=source_id,
        name="城市晚报",
        kind="epaper",
        templates=(UrlTemplate(base_url + TEMPLATE_PATH),),
        canonical_base=canonical_base,
    )


def insert_as_of(conn: Connection, table: str, **values: object) -> None:
    """Insert a row into ``table`` as an older schema holds it: the model's columns the database has.

    The ORM would write the model's newer columns too, which an old revision lacks.
    """
    from archive.models import Base

    present = {c["name"] for c in inspect(conn).get_columns(table)}
    model = Base.metadata.tables[table]
    old = sa.Table(table, sa.MetaData(), *(c._copy() for c in model.columns if c.name in present))
    conn.execute(old.insert().values(**values))


def searchable_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, word: str) -> Path:
    """A data directory holding a SQLite archive of one article about ``word`` and its built index.

    Search tests that need "an archive where ``word`` is found" share it, so each says only what it searches.
    """
    import json

    home = tmp_path / "home"
    articles = tmp_path / "in.jsonl"
    row = {"id": "a1", "title": word, "body": f"{word}公园环境卫生。", "published_at": "2016-07-20"}
    articles.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    assert cli(["--home", str(home), "import", str(articles), "--source", "other", "-q"], monkeypatch) == 0
    assert cli(["--home", str(home), "index", "rebuild", "-q"], monkeypatch) == 0
    return home


def unreachable_epaper_registry(path: Path, source_id: str, name: str) -> Path:
    """Write a one-source e-paper registry whose template points at 127.0.0.1:9, where nothing listens."""
    path.write_text(
        f'[[source]]\nid = "{source_id}"\nname = "{name}"\nkind = "epaper"\n'
        'templates = ["http://127.0.0.1:9/{date:%Y-%m}/{date:%d}/node_1.htm"]\n',
        encoding="utf-8",
    )
    return path
