"""Time reprint linking on an import of many near-identical articles, and digest its clusters.

Real archives hold large groups of near copies (a Xinhua wire text reprinted by
dozens of papers a day, e-paper template pages), so linking must stay linear
in a group's size. Each run imports one JSON lines file in a fresh SQLite store
in a child process (its peak RSS is the child's alone) and prints the wall
time, the peak RSS and a digest of the partition (article id -> cluster).

Usage: python -m bench.reprint_scale near 3000 | distinct 3000 | mixed
"""

from __future__ import annotations

import hashlib
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from archive.models import Article
from archive.schema import open_store

WIRE = (
    "新华社北京7月20日电 记者从国家统计局获悉，今年上半年全国规模以上工业增加值同比增长百分之六点九，"
    "其中高技术制造业增长较快，装备制造业对工业增长的贡献率继续提高。统计局新闻发言人表示，"
    "下半年国民经济有望保持稳中有进的发展态势，就业形势总体稳定，居民消费价格温和上涨。"
)
_HAN = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]


def near_lines(n: int, seed: int = 1, prefix: str = "n", base: str = WIRE) -> list[str]:
    """Return ``n`` reprints of one wire text, each with up to two changed characters."""
    rng = random.Random(seed)
    lines = []
    for i in range(n):
        chars = list(base)
        for _ in range(rng.randint(0, 2)):
            chars[rng.randrange(20, len(chars))] = rng.choice(_HAN)
        body = "".join(chars)
        lines.append(_line(f"{prefix}{i}", f"第{i}报 转载", body))
    return lines


def distinct_lines(n: int, seed: int = 2, prefix: str = "d") -> list[str]:
    """Return ``n`` unrelated articles of random characters."""
    rng = random.Random(seed)
    return [
        _line(f"{prefix}{i}", f"文章{i}", "".join(rng.choice(_HAN) for _ in range(160))) for i in range(n)
    ]


def mixed_lines() -> list[str]:
    """Return near-identical groups, exact copies and distinct articles, interleaved."""
    rng = random.Random(3)
    lines = distinct_lines(600, seed=4)
    for g in range(6):
        base = "".join(rng.choice(_HAN) for _ in range(160))
        lines += near_lines(150 + 40 * g, seed=10 + g, prefix=f"g{g}-", base=base)
    lines += near_lines(200, seed=30)
    lines += [_line(f"x{i}", "同稿", WIRE + "完全相同") for i in range(120)]
    rng.shuffle(lines)
    return lines


def _line(id_: str, title: str, body: str) -> str:
    return json.dumps(
        {"id": id_, "title": title, "body": body, "published_at": "2016-07-20"}, ensure_ascii=False
    )


def partition(db_url: str) -> dict[str, str]:
    """Return each article's external id mapped to its cluster label's external id (itself when alone)."""
    with open_store(db_url) as sessions, sessions() as s:
        rows = s.execute(select(Article.id, Article.external_id, Article.url, Article.cluster_id)).all()
    name = {id_: ext or url for id_, ext, url, _ in rows}
    return {name[id_]: name[cluster] if cluster else name[id_] for id_, _, _, cluster in rows}


def digest(parts: dict[str, str]) -> str:
    """Digest a partition independent of which member labels a cluster."""
    groups: dict[str, list[str]] = {}
    for member, label in parts.items():
        groups.setdefault(label, []).append(member)
    canon = sorted(sorted(g) for g in groups.values())
    return hashlib.sha256(json.dumps(canon).encode()).hexdigest()[:16]


def run(lines: list[str]) -> tuple[float, float, float, str, int]:
    """Import ``lines`` into a fresh store in a child; return wall s, CPU s, peak MB, digest, clusters."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        db_url = f"sqlite:///{tmp}/a.sqlite3"
        argv = [
            sys.executable,
            "-m",
            "newsarchive",
            "import",
            str(path),
            "--source",
            "other",
            "--home",
            f"{tmp}/home",
            "--db-url",
            db_url,
        ]
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # CPU time: less swayed by a loaded machine
        cpu, peak = usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024
        parts = partition(db_url)
        return wall, cpu, peak, digest(parts), len(set(parts.values()))


def main(argv: list[str]) -> int:
    """Run one shape and print its figures."""
    kind = argv[0]
    n = int(argv[1]) if len(argv) > 1 else 0
    lines = {"near": lambda: near_lines(n), "distinct": lambda: distinct_lines(n), "mixed": mixed_lines}[
        kind
    ]()
    wall, cpu, peak, dig, clusters = run(lines)
    figures = f"wall {wall:.1f} s, CPU {cpu:.1f} s, peak RSS {peak:.0f} MB"
    print(f"{kind} {len(lines)}: {figures}, clusters {clusters}, digest {dig}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
