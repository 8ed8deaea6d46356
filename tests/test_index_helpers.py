"""Shared helpers for the index and search tests: small corpora and tiny indexes in tmp dirs."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from indexer.build import rebuild_index
from indexer.documents import IndexDoc

# Committed copy of ../shared/seeds/000_ea19ae478b29415a.txt: the tests never depend on ../shared for it.
SEED = Path(__file__).resolve().parent / "data" / "seed_000.txt"

FIXED_DOCS = [
    IndexDoc(
        id=1,
        title="鹤鸣湖湿地公园开园",
        body="洮北区的鹤鸣湖湿地公园今天开园，市民纷纷前来游览。",
        source="baicheng",
        authors=["张三"],
        published_at=datetime(2016, 5, 1, 2, 0, tzinfo=UTC),
        external_id="x-1",
    ),
    IndexDoc(
        id=2,
        title="脫貧攻堅取得成效",
        body="本縣脫貧攻堅工作取得明顯成效，２０１６年貧困人口減少。",
        source="taiwan-style",
        authors=["李四"],
        published_at=datetime(2017, 3, 2, 2, 0, tzinfo=UTC),
    ),
    IndexDoc(
        id=3,
        title="脱贫攻坚工作会议召开",
        body="洮北区召开脱贫攻坚专题工作会议，2016年以来成效显著。",
        source="baicheng",
        authors=["王五"],
        published_at=datetime(2018, 1, 3, 2, 0, tzinfo=UTC),
        section="要闻",
    ),
    IndexDoc(
        id=4,
        title="吉𠮷野家新店开业",
        body="吉𠮷野家在白城开设新店。",
        source="baicheng",
        published_at=datetime(2019, 7, 4, 2, 0, tzinfo=UTC),
    ),
    IndexDoc(
        id=5, title="天气预报", body="明天北区有雨，洮北部分地区有雪。", source="weather", published_at=None
    ),
]


def seed_docs(n: int = 40, start_id: int = 100) -> list[IndexDoc]:
    """Cut the seed text into ``n`` pseudo-articles (deterministic)."""
    text = SEED.read_text(encoding="utf-8")
    rng = random.Random(7)
    docs = []
    for i in range(n):
        a = rng.randrange(0, max(1, len(text) - 400))
        body = text[a : a + rng.randrange(80, 400)]
        docs.append(
            IndexDoc(
                id=start_id + i,
                title=body[:12].replace("\n", ""),
                body=body,
                source=f"s{i % 3}",
                published_at=datetime(2020, 1, 1, tzinfo=UTC) + timedelta(days=i),
            )
        )
    return docs


def build(tmp_path: Path, docs: list[IndexDoc] | None = None, procs: int = 1) -> Path:
    """Build a small index under ``tmp_path/home/index`` and return its path."""
    index_path = tmp_path / "home" / "index"
    rebuild_index(index_path, docs if docs is not None else FIXED_DOCS + seed_docs(), procs=procs)
    return index_path
