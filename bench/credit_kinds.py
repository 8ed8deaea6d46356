"""Made-up credits of the kinds the name sweep leaves open, on whole pages: platforms, fillers, institutions.

``python -m bench.credit_kinds [--half tune|report|all] [--list]``

Written (session 16) before any rule for these kinds, from the credits a
Chinese page prints where a writer would sit:

- **platform**: apps, platforms and accounts, most newer than jieba's 2013
  dictionary (抖音, B站, 视频号, 闲鱼, 剪映), behind a writer's label, as a
  source, as a share bar after a real credit, or in ``本文来自X，作者：Y``;
- **filler**: labels and words of text that open with a common surname
  (原创, 来稿, 单位, 宋体: 原, 来, 单, 宋 are surnames; 转载, 文摘), behind writers'
  labels;
- **institution**: commentators and bodies credited as writers. A named
  outlet's commentator or department (``新华社评论员``, ``人民日报评论部``) and a
  named body (``江城市教育局``) are institutional writers, which the issue
  allows and a journalist cites (``新华社评论员文章``); the page's own outlet
  pointed at (``本报评论员``, ``本刊编辑部``) or a role alone (``特约评论员``)
  names nobody, as :mod:`bench.name_sweep` already reads it;
- **keep**: names that must stay: pen names with no surname (冰心, 海子, 二月河:
  some already refused by the dictionary rule, counted to show the cost), names
  of rare surnames (仉伟, 禚飞), names whose surname opens a word (原野, 单霁翔,
  来丽).

Every negative page also credits one real editor (``（责任编辑：杨倩）``).
Figures: writers' junk names (a returned author not expected) and pages
clean; recall of expected writers. Halves by the sha1 of the credit line
(:func:`bench.name_sweep.half_of`: first hex digit 0-7 tune, 8-f report),
fixed when the lists were written; ``--list`` prints tune failures only.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.name_sweep import _REAL_EDITOR, _returned, half_of, page  # noqa: E402

PLATFORMS = (
    "抖音 快手 微信 微博 知乎 小红书 B站 哔哩哔哩 视频号 西瓜视频 好看视频 "
    "火山小视频 微视 秒拍 美拍 快影 剪映 天猫 淘宝 闲鱼 得物 拼多多 美团 "
    "饿了么 大众点评 携程 钉钉 飞书 企业微信 微信群 QQ群 朋友圈 贴吧 "
    "百度贴吧 虎扑 豆瓣 简书 领英 推特 脸书 油管 脉脉 陌陌 探探 优酷 "
    "爱奇艺 芒果TV 腾讯视频 网易云音乐 喜马拉雅 蜻蜓FM 全民K歌 今日头条 "
    "头条号 网易号 搜狐号 企鹅号 大鱼号 一点号 百家号 澎湃号 趣头条 "
    "微信公众号 公众号 订阅号 小程序 学习强国 央视频 抖音号 快手号 新浪看点 "
    "腾讯看点"
).split()

FILLERS = (
    "原创 原创文章 原创稿件 原文 原作者 原载 原帖 原标题 原发 转载 来稿 来源网络 单位 综合 出自 文摘 文章 "
    "文化 时评 时讯 要闻 简讯 通稿 宣传 公告 通知 申明 管理 安全 程序 常见 关于 于是 华丽 周末 高清 高级 "
    "国际 国内 方面 和谐 万家 宋体 黑体 楷体 仿宋 雅黑 微软雅黑 曾用名 毛笔 程序员 安徽 江南 黄色 白色 "
    "金句 余下 马上 钱包 严正声明 解读 章节 史料"
).split()

# (credit as printed, the writers a journalist would cite)
INSTITUTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("作者：新华社评论员", ("新华社评论员",)),
    ("新华社评论员", ("新华社评论员",)),
    ("作者：人民日报评论员", ("人民日报评论员",)),
    ("作者：光明日报评论员", ("光明日报评论员",)),
    ("作者：经济日报评论员", ("经济日报评论员",)),
    ("作者：江城日报评论员", ("江城日报评论员",)),
    ("作者：新华社特约评论员", ("新华社特约评论员",)),
    ("作者：人民日报评论部", ("人民日报评论部",)),
    ("作者：求是杂志编辑部", ("求是杂志编辑部",)),
    ("作者：江城市教育局", ("江城市教育局",)),
    ("作者：江城市疾病预防控制中心", ("江城市疾病预防控制中心",)),
    ("作者：共青团江城市委", ("共青团江城市委",)),
    ("作者：江城大学党委宣传部", ("江城大学党委宣传部",)),
    ("作者：市气象台", ("市气象台",)),
    ("作者：本报评论员", ()),
    ("本报评论员", ()),
    ("作者：本报特约评论员", ()),
    ("作者：本刊评论员", ()),
    ("作者：本台评论员", ()),
    ("作者：本网评论员", ()),
    ("作者：本报编辑部", ()),
    ("作者：本刊编辑部", ()),
    ("作者：评论员", ()),
    ("作者：特约评论员", ()),
    ("文/本报评论员", ()),
    ("本报特约评论员", ()),
    ("作者：本报记者", ()),
    ("作者：本报通讯员", ()),
    ("作者：本报调查组", ()),
    ("作者：本报联合调查组", ()),
)

KEEP = (
    "冰心 老舍 海子 北岛 三毛 残雪 二月河 亦舒 若水 念一 小满 青柠 木子李 小鱼儿 仉伟 佴晓 禚飞 厍强 笪雨 "
    "逄勇 隗红 蒯明 亓磊 第五伦 原野 原毅 单霁翔 单田芳 来丽 来福生 宋雨 曾毅 高洁 文静 方圆 于丹"
).split()

_WRITER_FORMS = (
    ("info", "作者：{x}"),
    ("lead", "文/{x}"),
    ("dateline", "本报讯（记者 {x}）"),
    ("lead", "记者 {x}"),
)
_PLATFORM_FORMS = (
    *_WRITER_FORMS,
    ("info", "来源：{x}"),
    ("close", "（来源：{x}）"),
)
# Platform credits around a real writer: (form, the writer)
_PLATFORM_WITH_WRITER = (
    ("lead", "本文来自{x}，作者：王晓东", "王晓东"),
    ("info", "作者：李明 分享到：{x}", "李明"),
)
_KEEP_FORMS = (
    ("info", "作者：{x}"),
    ("lead", "文/{x}"),
    ("lead", "本报记者 {x}"),
    ("dateline", "本报讯（记者 {x}）"),
)


@dataclass(frozen=True)
class Credit:
    """A credit line of one kind, printed at a place, and the writers it names."""

    kind: str
    place: str
    credit: str
    authors: tuple[str, ...]


def credits() -> list[Credit]:
    """Every credit line of the probe, all kinds."""
    out: list[Credit] = []
    for word in PLATFORMS:
        out += [Credit("platform", place, form.format(x=word), ()) for place, form in _PLATFORM_FORMS]
        out += [Credit("platform", p, form.format(x=word), (w,)) for p, form, w in _PLATFORM_WITH_WRITER]
    for word in FILLERS:
        out += [Credit("filler", place, form.format(x=word), ()) for place, form in _WRITER_FORMS]
    for credit, writers in INSTITUTIONS:
        place = "info" if credit.startswith("作者") else "lead"
        out.append(Credit("institution", place, credit, writers))
    for name in KEEP:
        out += [Credit("keep", place, form.format(x=name), (name,)) for place, form in _KEEP_FORMS]
    return out


def run(half: str, listing: bool) -> dict[str, tuple[int, int, int, int, int]]:
    """Return per kind (pages, clean pages, writers expected, found, junk writers or other-role junk)."""
    table: dict[str, list[int]] = {}
    for item in credits():
        if half != "all" and half_of(item.credit) != half:
            continue
        extra = f"<p>（责任编辑：{_REAL_EDITOR}）</p>"
        got = _returned(page(item.place, item.credit, extra))
        found = [n for n in item.authors if n in got["authors"]]
        junk = [(r, n) for r, ns in got.items() for n in ns if n != _REAL_EDITOR and n not in item.authors]
        row = table.setdefault(item.kind, [0, 0, 0, 0, 0])
        clean = len(found) == len(item.authors) and not junk
        for i, v in enumerate((1, clean, len(item.authors), len(found), len(junk))):
            row[i] += v
        if listing and half == "tune" and not clean:
            print(f"{item.kind}\t{item.credit}\tmissed={sorted(set(item.authors) - set(found))}\tjunk={junk}")
    return {kind: (r[0], r[1], r[2], r[3], r[4]) for kind, r in table.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=("tune", "report", "all"), default="tune")
    ap.add_argument("--list", action="store_true", help="print the tune half's failures")
    args = ap.parse_args(argv)
    for half in ("tune", "report") if args.half == "all" else (args.half,):
        totals = [0, 0, 0, 0, 0]
        for kind, row in run(half, args.list).items():
            totals = [a + b for a, b in zip(totals, row, strict=True)]
            print(_line(half, kind, row))
        print(_line(half, "all", (totals[0], totals[1], totals[2], totals[3], totals[4])))
    return 0


def _line(half: str, kind: str, row: tuple[int, int, int, int, int]) -> str:
    pages, clean, expected, found, junk = row
    recall = f"{found / expected:.3f} (of {expected})" if expected else "-"
    shares = f"clean {clean / pages:.3f}, writers' recall {recall}, junk names {junk}"
    return f"{half}\t{kind}\t{pages} pages, {shares}"


if __name__ == "__main__":
    raise SystemExit(main())
