"""Regenerate the bundled sample e-paper site from the seed page (a developer tool).

The site imitates a Founder e-paper: edition pages ``html/YYYY-MM/DD/node_N.htm``
listing articles, article pages ``content_ID.htm`` with the ``enpproperty``
block and the body as the print layout left it (hard-wrapped lines, dateline,
byline, stray spaces). One article is encoded in GBK and declares gb2312.

Usage: python tools/make_sample_site.py SEED.txt OUT_DIR
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

PAPER = "城市晚报"
ARTICLES = [
    {
        "id": "1001",
        "date": "2016-07-20",
        "node": "1",
        "title": "洮北区以“工匠精神”为标杆 抓实脱贫攻坚各项工作",
        "subtitle": "全区已投入扶贫资金3.9亿元新建产业项目110个",
        "starts": ["城市晚报白城讯 “工匠精神”", "以党政领导带头"],
        "ends": ["贫困人口受益达到全覆盖。", "/孙红 张连鹏 报道"],
        "encoding": "utf-8",
    },
    {
        "id": "1002",
        "date": "2016-07-20",
        "node": "2",
        "title": "全力打造鹤鸣湖环卫保洁“星级”服务",
        "subtitle": "",
        "starts": ["城市晚报白城讯 为了进一步"],
        "ends": ["报道 摄"],
        "encoding": "gbk",
    },
    {
        "id": "1003",
        "date": "2016-07-21",
        "node": "1",
        "title": "白城师范学院音乐学院举办三下乡活动",
        "subtitle": "",
        "starts": ["城市晚报白城讯 日前"],
        "ends": ["马彬 摄"],
        "encoding": "utf-8",
    },
]
PAGES = {
    ("2016-07-20", "1"): "要闻",
    ("2016-07-20", "2"): "城事",
    ("2016-07-21", "1"): "要闻",
    ("2016-07-21", "2"): "广告",
}


def _slice(lines: list[str], start: str, end: str) -> list[str]:
    first = next(i for i, line in enumerate(lines) if line.strip().startswith(start))
    last = next(i for i in range(first, len(lines)) if lines[i].rstrip().endswith(end))
    return lines[first : last + 1]


def _paragraphs(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.rstrip("\n"))
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def article_page(art: dict[str, str], lines: list[str]) -> bytes:
    body_lines: list[str] = []
    for start, end in zip(art["starts"], art["ends"], strict=True):  # type: ignore[arg-type]
        body_lines += [*_slice(lines, start, end), ""]
    paras = "\n".join(
        "<P>" + "<br/>\n".join(html.escape(line) for line in block) + "</P>"
        for block in _paragraphs(body_lines)
    )
    charset = "gb2312" if art["encoding"] == "gbk" else "utf-8"
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html.escape(art["title"])}--{PAPER}</title></head>
<body>
<!--enpproperty <articleid>{art["id"]}</articleid><date>{art["date"]}</date><author></author><title>{html.escape(art["title"])}</title><keyword></keyword><subtitle>{html.escape(art["subtitle"])}</subtitle><introtitle></introtitle><siteid>1</siteid><nodeid>{art["node"]}</nodeid><nodename>{PAGES[(art["date"], art["node"])]}</nodename><nodesearchname></nodesearchname>/enpproperty-->
<div class="header"><a href="node_{art["node"]}.htm">返回版面</a> | <a href="http://www.example.org/about.htm">关于我们</a></div>
<table><tr><td class="title"><h1>{html.escape(art["title"])}</h1><h2>{html.escape(art["subtitle"])}</h2></td></tr>
<tr><td class="info">{PAPER} {art["date"]} 第0{art["node"]}版：{PAGES[(art["date"], art["node"])]}</td></tr>
<tr><td class="content"><founder-content>
<!--enpcontent-->{paras}<!--/enpcontent-->
</founder-content></td></tr></table>
<div class="footer">版权所有 {PAPER} 未经授权不得转载</div>
</body></html>
"""
    return page.encode(art["encoding"])


def node_page(day: str, node: str) -> bytes:
    nodes = sorted(n for d, n in PAGES if d == day)
    page_links = "\n".join(
        f'<li><a id="pageLink" href="node_{n}.htm">第0{n}版：{PAGES[(day, n)]}</a></li>' for n in nodes
    )
    arts = [a for a in ARTICLES if a["date"] == day and a["node"] == node]
    art_links = "\n".join(
        f'<li><a href="content_{a["id"]}.htm?div=-1"><div id="mp{a["id"]}">{html.escape(a["title"])}</div></a></li>'
        for a in arts
    )
    areas = "\n".join(
        f'<area shape="polygon" coords="0,0,100,0,100,100,0,100" href="content_{a["id"]}.htm?div=-1">'
        for a in arts
    )
    ymd = day.replace("-", "")
    y, m, d = day.split("-")
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{PAPER}数字报</title></head>
<body>
<div class="date">{y}年{m}月{d}日</div>
<div class="pdf"><a href="../../../images/{y}-{m}/{d}/0{node}/CSWB{ymd}0{node}.pdf">PDF下载</a></div>
<img src="../../../images/{y}-{m}/{d}/0{node}/page.jpg" usemap="#PagePicMap"><map name="PagePicMap">{areas}</map>
<ul class="pages">{page_links}</ul>
<ul class="titles">{art_links}</ul>
<div class="footer"><a href="http://www.example.org/html/2009-05/31/content_64683.htm">关于本报</a></div>
</body></html>
"""
    return page.encode("utf-8")


def main(seed: Path, out: Path) -> None:
    lines = seed.read_text(encoding="utf-8").splitlines()
    for day, node in PAGES:
        y, m, d = day.split("-")
        folder = out / "html" / f"{y}-{m}" / d
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"node_{node}.htm").write_bytes(node_page(day, node))
        pdf_dir = out / "images" / f"{y}-{m}" / d / f"0{node}"
        pdf_dir.mkdir(parents=True, exist_ok=True)
    for art in ARTICLES:
        y, m, d = art["date"].split("-")
        (out / "html" / f"{y}-{m}" / d / f"content_{art['id']}.htm").write_bytes(article_page(art, lines))
    (out / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
