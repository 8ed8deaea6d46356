"""Made-up sweep of credits on whole pages: non-names where a name would sit, and real names that must stay.

``python -m bench.name_sweep [--half tune|report|all] [--list]``

Written (session 15) before reading how the name validator decides, from the
fillers, labels and furniture common Chinese CMS templates print in a byline's
place (``作者：佚名``, ``来源：本站原创``, ``编辑：小编``, ``摄影：资料图``,
share labels, placeholders such as ``***`` or ``某某``, system accounts), and
from real name forms (compound surnames, 2-4 character names, minority names
with ``·``, lists joined by 、，和 or spaces, ``（记者X 通讯员ABC、DE）``).

Each item is put into whole pages (:func:`crawler.extract.extract_article`)
in the places a credit is printed: the info line under the headline, a
dateline opening the text, a credit line after it, the closing editor line.

- **negative**: every page also credits one real person (a known editor or
  author), so precision is right names over all names returned in any role
  (authors, editors, correspondents, photographers); a page is clean when it
  returns nothing but its real person.
- **positive**: recall of the expected names in their roles; names beyond the
  expected ones count against precision.

Halves are fixed by the sha1 of the item (first hex digit 0-7: ``tune``,
8-f: ``report``), chosen when the lists were written. ``--list`` prints the
failures of the tune half only; the report half prints aggregates only.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from crawler.extract import extract_article  # noqa: E402

HEADLINE = "我市老旧小区改造工程全面开工建设"
_PARAS = (
    "今年以来，我市持续推进老旧小区改造工作，第一批四十二个项目已经全面开工建设，预计年底前完成全部改造任务。",
    "据了解，此次改造涉及居民三千余户，主要包括屋面防水、外墙保温、管网更新和加装电梯等内容。",
    "市住建局相关负责人表示，将加强施工质量和安全监管，确保改造工程成为群众满意的民心工程。",
    "下一步，我市还将统筹推进完整社区建设，补齐养老、托育、停车等配套设施短板，提升居民生活品质。",
)

# Non-names, by kind. No bodies (宣传部, 新闻中心): a body credited as author is an institutional
# author, which the issue allows.
NEGATIVES: tuple[str, ...] = (
    # fillers and unknowns
    "佚名", "匿名", "未知", "不详", "无名氏", "暂无", "待定", "无", "未署名", "作者不详", "来源不详",
    # the site itself
    "本站", "本站原创", "本网", "本网原创", "原创", "本站编辑", "本网编辑", "网站编辑", "本报", "本刊",
    "本台", "本报评论员", "本报特约评论员", "评论员", "特约评论员", "本刊编辑部", "编辑部",
    # staff words
    "小编", "管理员", "站长", "版主", "超级管理员", "系统管理员", "值班编辑", "网编", "责编",
    # readers and contributors
    "网友", "热心网友", "网友投稿", "读者", "读者来信", "投稿", "供稿", "来稿", "通讯员供稿", "特约撰稿人",
    "撰稿人", "爆料人", "知情人士", "消息人士",
    # role words alone
    "记者", "本报记者", "通讯员", "实习生", "见习记者", "特约记者", "全媒体记者", "融媒体记者", "首席记者",
    "编辑", "责任编辑", "摄影", "摄像", "作者", "主编", "总编", "校对", "审核", "签发", "发布者",
    # text-kind words
    "观察", "调查", "综合", "综合报道", "整理", "编译", "报道", "快讯", "专访", "独家", "时评", "社评",
    "短评", "评论", "声明", "提示", "说明", "转载", "摘编", "来源网络", "网络", "互联网", "网络整理",
    # pictures
    "资料图", "资料图片", "网络图片", "图片来源网络", "视频截图", "受访者供图", "受访者提供", "图片",
    "配图", "题图", "示意图", "截图", "供图", "本报资料图片",
    # platforms and accounts
    "新浪微博", "微博", "微信", "微信公众号", "公众号", "今日头条", "头条号", "百家号", "搜狐号", "企鹅号",
    "抖音", "快手", "知乎", "朋友圈", "QQ空间", "百度百科", "客户端",
    # sharing and page furniture
    "分享到", "分享", "收藏", "点赞", "打印", "关闭窗口", "返回顶部", "返回首页", "上一篇", "下一篇",
    "阅读全文", "查看原文", "点击查看", "更多", "字号", "大中小", "字体", "浏览次数", "阅读量", "举报",
    "纠错", "扫一扫", "二维码", "关注我们", "登录", "注册", "首页", "相关阅读", "相关新闻", "延伸阅读",
    "热点推荐", "我要评论", "点击数",
    # opinion disclaimers and the words
    "个人观点", "仅代表个人观点", "本文仅代表作者个人观点", "单位", "出自", "所属单位", "作者单位",
    # placeholders
    "***", "某某", "张某", "李某某", "XXX", "xxx", "xxxx", "XX", "×××", "○○○", "…", "——",
    # markup, URL and software words
    "http", "www", "com", "html", "class", "div", "span", "href", "src", "style", "nofollow", "_blank",
    "javascript", "void", "Discuz", "PHPWind", "Powered", "DedeCMS", "织梦", "帝国CMS", "WordPress",
    "康盛", "动易", "null", "None", "undefined", "admin", "root", "editor", "author", "webmaster",
    "administrator", "guest", "system", "test",
    # time words
    "今天", "昨天", "刚刚", "日前", "近日", "上午", "下午", "本周", "今年",
    # people by role or honorific
    "主任", "局长", "老师", "专家", "教授", "律师", "医生", "民警", "工作人员", "志愿者", "市民", "群众",
    "相关负责人", "负责人",
)

# Labels a non-name is put behind, with the place on the page.
_NEG_FORMS: tuple[tuple[str, str], ...] = (
    ("info", "作者：{x}"),
    ("info", "来源：{x}"),
    ("info", "发布者：{x}"),
    ("info", "编辑：{x}"),
    ("dateline", "本报讯（记者 {x}）"),
    ("dateline", "本报讯（通讯员 {x}）"),
    ("lead", "记者 {x}"),
    ("lead", "文/{x}"),
    ("close", "（责任编辑：{x}）"),
    ("close", "摄影：{x}"),
    ("close", "来源:新浪微博 @{x}"),
)


@dataclass(frozen=True)
class Positive:
    """A credit line holding real names, the place it is printed and the names by role."""

    place: str
    credit: str
    authors: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    photographers: tuple[str, ...] = ()


def _p(place: str, credit: str, **roles: tuple[str, ...]) -> Positive:
    return Positive(place, credit, **roles)


_NAMES2 = ("王芳", "李强", "张伟", "刘洋", "陈静", "杨帆", "黄磊", "赵敏", "吴迪", "周杰", "高峰", "林立",
           "叶青", "石磊", "马文", "方圆", "金鑫", "文静", "孔明", "于丹")
_NAMES3 = ("王小明", "李建国", "张晓燕", "陈思远", "黄文杰", "周晓文", "吴图南", "柯文哲", "刘记平",
           "郑编华", "汪摄飞", "何志强", "罗晓峰", "谢丽娟", "韩雪梅", "唐宇航", "冯子涵", "董佳怡", "曹文轩",
           "付晓宇")
_COMPOUND = ("欧阳晓峰", "欧阳芳", "司马南", "司马光辉", "诸葛宇杰", "诸葛亮明", "上官云", "上官婉清",
             "皇甫建国", "令狐磊", "公孙丽华", "夏侯明远", "慕容雪", "东方红艳", "尉迟敬德", "端木蕻良")
_DOTTED = ("阿不都·热合曼", "买买提·艾力", "热依拉·吐尔逊", "古丽娜扎·买买提", "司马义·艾买提",
           "艾尔肯·吐尼亚孜", "阿依努尔·阿不都拉")
_FOUR = ("扎西顿珠", "格桑卓玛", "达瓦次仁", "次仁卓嘎", "阿依古丽", "乌兰图雅", "其其格", "巴特尔")

_SINGLE_FORMS: tuple[tuple[str, str, str], ...] = (
    ("info", "作者：{x}", "authors"),
    ("lead", "本报记者 {x}", "authors"),
    ("lead", "文/{x}", "authors"),
    ("dateline", "本报讯（记者{x}）", "authors"),
    ("close", "（责任编辑：{x}）", "editors"),
    ("close", "摄影：{x}", "photographers"),
)


def _positives() -> list[Positive]:
    out: list[Positive] = []
    singles = _NAMES2 + _NAMES3 + _COMPOUND + _DOTTED + _FOUR
    for i, name in enumerate(singles):
        # two forms per name, rotating through the forms so each name meets different labels
        for k in (i % len(_SINGLE_FORMS), (i + 3) % len(_SINGLE_FORMS)):
            place, form, role = _SINGLE_FORMS[k]
            out.append(Positive(place, form.format(x=name), **{role: (name,)}))
    pool = list(singles)
    for i in range(0, 40):
        a, b, c = pool[i % len(pool)], pool[(i * 7 + 3) % len(pool)], pool[(i * 11 + 5) % len(pool)]
        if len({a, b, c}) < 3:
            continue
        kind = i % 8
        if kind == 0:
            out.append(_p("lead", f"本报记者 {a}、{b}", authors=(a, b)))
        elif kind == 1:
            out.append(_p("lead", f"记者 {a}，{b}", authors=(a, b)))
        elif kind == 2:
            out.append(_p("info", f"作者：{a} {b}", authors=(a, b)))
        elif kind == 3:
            out.append(_p("lead", f"记者{a}和{b}", authors=(a, b)))
        elif kind == 4:
            credit = f"本报讯（记者{a} 通讯员{b}、{c}）"
            out.append(_p("dateline", credit, authors=(a,), correspondents=(b, c)))
        elif kind == 5:
            credit = f"本报讯（记者 {a} 通讯员 {b} {c}）"
            out.append(_p("dateline", credit, authors=(a,), correspondents=(b, c)))
        elif kind == 6:
            out.append(_p("lead", f"文/{a} 图/{b}", authors=(a,), photographers=(b,)))
        else:
            out.append(_p("close", f"（编辑：{a} 审核：{b}）", editors=(a, b)))
    return out


POSITIVES: tuple[Positive, ...] = tuple(_positives())


def half_of(key: str) -> str:
    """The half an item belongs to, fixed by its text's sha1 (never by hand)."""
    return "tune" if hashlib.sha1(key.encode("utf-8")).hexdigest()[0] in "01234567" else "report"


def page(place: str, credit: str, extra_close: str = "") -> bytes:
    """A portal article page with ``credit`` printed at ``place`` (info, dateline, lead, close)."""
    info = "2024-03-05 10:21 来源：江城日报"
    paras = list(_PARAS)
    if place == "info":
        info += f" {credit}"
    elif place == "dateline":
        paras[0] = credit + paras[0]
    lead = f"<p>{credit}</p>" if place == "lead" else ""
    close = f"<p>{credit}</p>" if place == "close" else ""
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f"<html><head><meta charset='utf-8'><title>{HEADLINE}_江城新闻网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻</a></div>"
        f"<h1>{HEADLINE}</h1><div class='info'>{info}</div>"
        f"<div class='content'>{lead}{body}{close}{extra_close}</div>"
        "<div class='footer'>关于我们 | 联系我们 | 版权所有 江城新闻网</div></body></html>"
    ).encode()


def _returned(item_page: bytes) -> dict[str, list[str]]:
    art = extract_article("http://www.example.cn/news/2024/0305/1.html", item_page)
    return {
        "authors": list(art.authors),
        "correspondents": list(getattr(art, "correspondents", []) or []),
        "editors": list(getattr(art, "editors", []) or []),
        "photographers": list(getattr(art, "photographers", []) or []),
    }


_REAL_EDITOR = "杨倩"


def run_negative(half: str, listing: bool) -> tuple[int, int, int, int]:
    """Return (pages, clean pages, names returned, junk names)."""
    pages = clean = returned = junk = 0
    for word in NEGATIVES:
        if half != "all" and half_of(word) != half:
            continue
        for place, form in _NEG_FORMS:
            credit = form.format(x=word)
            extra = "" if "编辑" in form else f"<p>（责任编辑：{_REAL_EDITOR}）</p>"
            got = _returned(page(place, credit, extra))
            names = [(role, n) for role, ns in got.items() for n in ns]
            bad = [(role, n) for role, n in names if n != _REAL_EDITOR]
            pages += 1
            returned += len(names)
            junk += len(bad)
            clean += not bad
            if bad and listing and half == "tune":
                print(f"neg\t{credit}\t{bad}")
    return pages, clean, returned, junk


def run_positive(half: str, listing: bool) -> tuple[int, int, int, int]:
    """Return (expected names, found in their role, names returned, names not expected)."""
    expected = found = returned = extra = 0
    for item in POSITIVES:
        if half != "all" and half_of(item.credit) != half:
            continue
        got = _returned(page(item.place, item.credit))
        want = {
            "authors": item.authors, "correspondents": item.correspondents,
            "editors": item.editors, "photographers": item.photographers,
        }
        miss: list[tuple[str, str]] = []
        for role, names in want.items():
            for n in names:
                expected += 1
                if n in got[role]:
                    found += 1
                else:
                    miss.append((role, n))
        wrong = [(r, n) for r, ns in got.items() for n in ns if n not in want[r]]
        returned += sum(len(ns) for ns in got.values())
        extra += len(wrong)
        if (miss or wrong) and listing and half == "tune":
            print(f"pos\t{item.credit}\tmissed={miss}\textra={wrong}")
    return expected, found, returned, extra


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=("tune", "report", "all"), default="tune")
    ap.add_argument("--list", action="store_true", help="print the tune half's failures")
    args = ap.parse_args(argv)
    halves = ("tune", "report") if args.half == "all" else (args.half,)
    for half in halves:
        pages, clean, returned, junk = run_negative(half, args.list)
        prec = (returned - junk) / returned if returned else 1.0
        print(f"{half}\tnegative: {pages} pages, clean {clean / pages:.3f}, "
              f"name precision {prec:.3f} ({returned} names, {junk} junk)")
        expected, found, returned, extra = run_positive(half, args.list)
        pprec = (returned - extra) / returned if returned else 1.0
        print(f"{half}\tpositive: recall {found / expected:.3f} (of {expected}), "
              f"precision {pprec:.3f} ({returned} names, {extra} not expected)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
