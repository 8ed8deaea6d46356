# ruff: noqa: E501  (HTML templates and credit forms are kept one line each, as pages print them)
"""Wave 5 of the credit probes: 33 credit kinds waves 1-4 lack, on whole pages of several layouts.

Usage: ``python -m bench.credit_probe5 [--split tune|report|both] [--failures] [--check]``.

Why a fifth wave: the dev-set holdout reads author precision 0.944 and every earlier wave found new
failure kinds when it was written before its author read the code it tests. This wave was written
(session 18) from credit settings of real Chinese (and Taiwanese, Hong Kong and English-language
Chinese) pages **before its author opened the author extraction code**, reading only the kind
lists of ``bench.credit_probe4``, ``bench.credit_kinds`` and ``bench.name_sweep`` so as not to
repeat them. 33 kinds:

- *no author at all*: a source named in the text (``据新华社报道，``, ``（据《X》）``), an editor
  only at the end in any of its forms (``【责任编辑：X】``, ``责编：X``, ``值班编辑：X``), Weibo
  accounts (``来源：@江城发布``), correspondents only (``本报讯（通讯员 A B）``: correspondents, no
  author), a photographer only (``本组图片 X 摄``);
- *staff around the writer*: review chains (``初审：X 复审：Y 终审：Z``, ``校对``, ``签发``), video
  crews (``摄像``, ``剪辑``, ``配音``), interview hosts and guests (``主持人：X 嘉宾：Y``), government
  drafting lines (``撰稿：A 审核：B 签发：C``);
- *page furniture holding names*: ``<meta name="author">`` and JSON-LD (a person, the site, a URL,
  an organisation), an unlabelled ``<span class="author">``, a keywords/tags line of short words,
  readers' comments under the text, a sidebar listing other articles with their authors, phone
  numbers, hotlines and e-mail beside the byline, netizens' handles quoted in the body, reporters
  mentioned in the body (``记者了解到``, ``本报记者从X获悉``);
- *writer forms*: ``来源/作者/编辑/责编`` in every order on one line, ``记者 A、B及C``/``A和B``,
  one person as writer and photographer (``文/图 X``, ``摄影报道``), ``执笔``/``采写``, ``发自X``/
  ``X北京报道`` (a place glued to the name), titles before the name (``文/X大学经济学院教授 张三``),
  bracketed labels (``【作者】张三``, ``〔作者〕``, ``作者▏``), spaced labels (``本 报 记 者``), a date
  glued to the name (``作者：张三2019-05-06 10:20``), ``张三等``, role prefixes (``全媒体记者``,
  ``首席记者``, ``驻京记者``, ``融媒记者``), non-surname pen names (``◎江南布衣``), translated foreign
  writers with nationality marks (``文/［美］约翰·史密斯　译/张三``) and Japanese names, gov info
  lines (``信息来源：X局　作者：张三　浏览次数：``);
- *other scripts*: Taiwan and Hong Kong pages in traditional characters (``記者張三／台北報導``,
  ``（中央社記者張三台北5日電）``: a city glued to the name, ``【明報專訊】``), English pages of
  Chinese outlets (``By Li Hua and Wang Fang in Beijing | China Daily``, ``Writer: ...  Editor: ...``).

Decisions written with the kinds, before any run:

- A source outlet, a Weibo or WeChat account, a netizen's handle, a commenter, the author of another
  article in a sidebar, a keyword and a department named as source are nobody's byline: any of them
  returned as an author is junk.
- Reviewers, proof-readers, signers, video crews, hosts, guests and interviewees are *staff*: junk as
  authors, not counted in other roles. ``摄像`` is staff too (not a photographer of stills).
- The site or an organisation in metadata (``<meta name="author" content="江城新闻网">``, JSON-LD
  ``Organization``, ``By Xinhua``) and an institutional ``供稿`` body are *optional* writers; a URL or
  ``admin`` is junk. The translator of a translated piece is *optional*; the foreign writer (without
  ``［美］``) is the author. ``文案：X`` (a video's script writer) is optional.
- One person credited as ``文/图`` or ``摄影报道`` is expected as author and photographer; a
  photographer alone is expected as photographer only (optional as author when printed ``记者X摄``).
- Correspondents are expected as correspondents; returned as authors they are junk (as in wave 4).
- Traditional names are expected as printed (``陳志明``, not converted); Latin names as printed.

Pages: six layouts (a portal article with an info line, a portal with spans and a sidebar, a
government page with a table info line, a blog post, a Taiwan/Hong Kong page, an English page),
chosen per page by its random source (the kinds that need one layout fix it). Chinese texts are
inews BDCI-2019 **dev** records with no credit of their own (wave 4 drew the train records): tune
pages draw even records, report pages odd ones; traditional pages convert the text with OpenCC. The
English texts are the Zyte benchmark's article bodies with no byline of their own (even items tune,
odd report). Names are drawn by each page's random source from the pools of wave 4, so the halves
share no fixed list of people. A third of the pages whose kind allows it also close with a real
editor, scored as an editor.

Seeds 5000-5791: 33 kinds, 24 seeds a kind (``5000 + 24 * kind + j``); within a kind the 12 seeds of
lower SHA-256 (``credit_probe5:<seed>``) are *tune*, the others *report*, decided before anything ran.
``credit_probe5_truth.json`` freezes each seed's split, kind, truth and page hash; ``--check`` says
whether the pages still match it. ``--failures`` lists the tune half's failures only; the report half
prints aggregates only. Figures as wave 4 scores them (:func:`bench.credit_probe4.score`).
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.credit_probe4 import (  # noqa: E402
    CITIES,
    ROLES,
    CreditProbe,
    Ctx,
    Made,
    ProbePage,
    Text,
    credit_free_texts,
    credit_main,
    esc,
)
from bench.probe_harness import hash_splits  # noqa: E402

DATA = REPO.parent / "shared" / "data"
TEXTS = DATA / "inews-bdci2019" / "dev.jsonl"
ENGLISH = DATA / "article-extraction-benchmark-en" / "ground-truth.json"
FROZEN = Path(__file__).with_name("credit_probe5_truth.json")
WAVE5 = 5000
PER_KIND = 24  # 12 tune + 12 report

# ---------------------------------------------------------------------------------------------
# Texts


def texts() -> tuple[tuple[Text, ...], tuple[Text, ...]]:
    """The inews dev records with no credit of their own, as (even records, odd records)."""
    return credit_free_texts(TEXTS)


_EN_CREDIT = re.compile(
    r"\bBy [A-Z]|Reporting by|Editing by|Writing by|@|Reuters|Associated Press|\bAP\b|Photo:|Credit:|Contact|Email"
)


@cache
def english_texts() -> tuple[tuple[Text, ...], tuple[Text, ...]]:
    """The Zyte benchmark's article bodies with no byline of their own, as (even items, odd items)."""
    even: list[Text] = []
    odd: list[Text] = []
    items = json.loads(ENGLISH.read_text(encoding="utf-8"))
    for index, key in enumerate(sorted(items)):
        body = items[key].get("articleBody") or ""
        paras = [p.strip() for p in body.split("\n") if len(p.strip()) > 60]
        if len(paras) < 3 or _EN_CREDIT.search(" ".join(paras[:6])):
            continue
        title = " ".join(paras[0].split()[:9]).rstrip(",.;:")
        (even if index % 2 == 0 else odd).append(Text(title, tuple(paras[:6])))
    return tuple(even), tuple(odd)


@cache
def _s2t() -> Callable[[str], str]:
    from opencc import OpenCC

    convert: Callable[[str], str] = OpenCC("s2t").convert
    return convert


def trad(text: str) -> str:
    """Simplified to traditional characters (OpenCC s2t), as a Taiwan or Hong Kong page prints it."""
    return _s2t()(text)


# ---------------------------------------------------------------------------------------------
# What a kind draws


@dataclass
class Made5(Made):
    """Wave 4's credit setting, plus the furniture this wave puts names in."""

    head: str = ""  # extra markup in <head> (meta tags, JSON-LD)
    info_html: str = ""  # the info line as markup (replaces ``info``)
    body_lines: list[str] = field(default_factory=list)  # paragraphs put into the text after the first
    aside: list[tuple[str, str]] = field(default_factory=list)  # sidebar: (title, credit)
    comments: list[tuple[str, str]] = field(default_factory=list)  # readers' comments: (user, text)
    layout: str = ""  # force a layout: portal, spans, gov, blog, tw, en
    traditional: bool = False  # the page in traditional characters


DEPT = "教育局 公安局 卫生健康委员会 住房和城乡建设局 交通运输局 生态环境局 应急管理局 市场监督管理局 文化和旅游局 农业农村局".split()
TAGS = "教育 高考 民生 房价 疫情防控 乡村振兴 交通 天气 医保 养老 就业 旅游 安全生产 环保 城市建设 文明创建 扶贫 消费 金融 科技 高铁 楼市 食品安全 暴雨 台风 招聘 医改 学区房 夜经济 垃圾分类".split()
HANDLES = "爱吃鱼的猫 江城小胖 一只大橘 风中的蒲公英 老王不在家 快乐的小鱼 城南旧事 吃瓜群众 夜猫子 小确幸 Tom_2019 sunny_day 路人甲 momo酱 大雄 奔跑的蜗牛 晴天娃娃 阿强哥 江湖人称老李 北漂小张".split()
OFFICIAL = "发布 交警 消防 公安 气象 应急管理 市场监管 文旅 教育 卫健委 共青团 网信".split()
PEN_NAMES = "江南布衣 一叶知秋 清风徐来 半城烟沙 落雪无声 老街坊 阿紫 木子 南宫问天 青衫客 北方的狼 西窗剪烛 东篱居士 墨香 拾光者 小城故事 望川 云中鹤 石头 山野闲人 陌上花开 知秋 听雨轩主 素心".split()
FOREIGN_FIRST = (
    "约翰 大卫 迈克尔 詹姆斯 罗伯特 托马斯 玛丽 琳达 伊丽莎白 安娜 彼得 保罗 乔治 凯瑟琳 苏珊 马克".split()
)
FOREIGN_LAST = "史密斯 布朗 约翰逊 威廉姆斯 琼斯 米勒 戴维斯 威尔逊 泰勒 安德森 怀特 哈里斯 马丁 汤普森 克拉克 刘易斯".split()
NATIONS = "美 英 法 德 澳 加 俄 意".split()
JP_LAST = "村上 渡边 山田 田中 佐藤 铃木 高桥 伊藤 中村 小林 松本 井上".split()
JP_GIVEN = "春树 一郎 健太 直树 美穗 由纪 和也 裕子 大辅 翔太".split()
EN_SURNAME = "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin He Gao Luo".split()
EN_GIVEN = "Xiaoming Jianguo Lina Hua Wei Fang Yue Tao Jing Min Haiyan Zhiqiang Yuxuan Mengyao Xin Lei Ying Bo Jun Qiang".split()
TW_CITIES = "台北 台中 高雄 台南 新竹 桃園 花蓮 基隆".split()
HOSPITAL = "人民医院 中心医院 中医院 妇幼保健院 第一人民医院".split()


def _dept(c: Ctx) -> str:
    return c.rng.choice(CITIES) + "市" + c.rng.choice(DEPT)


def _phone(c: Ctx) -> str:
    return c.pick(
        f"0{c.rng.randint(10, 999)}-{c.rng.randint(2000000, 89999999)}",
        f"1{c.rng.choice('3589')}{c.rng.randint(100000000, 999999999)}",
        f"96{c.rng.randint(100, 999)}",
    )


def _mail(c: Ctx) -> str:
    user = c.pick(*EN_SURNAME).lower() + c.pick(*EN_GIVEN).lower()
    return f"{user}{c.rng.randint(1, 99)}@{c.pick('163.com', 'qq.com', 'sina.com', 'jcdaily.cn')}"


def _reporter_lead(c: Ctx, a: str) -> str:
    return c.pick(f"本报记者 {a}", f"记者 {a}", f"文/{a}", f"作者：{a}", f"□本报记者　{a}")


def _lead_or_info(made: Made5, line: str, c: Ctx) -> Made5:
    if c.rng.random() < 0.5:
        made.info = line
    else:
        made.lead = [line]
    return made


# ---------------------------------------------------------------------------------------------
# Kinds


def source_reported(c: Ctx) -> Made5:
    """A source named in the text, no writer: ``据新华社报道，``, ``（据《X》）``, ``本报综合消息``."""
    o = c.outlet()
    r = c.rng.randrange(6)
    if r == 0:
        return Made5(dateline=c.pick(f"据{o}报道，", "据新华社报道，", f"据《{o}》报道，"))
    if r == 1:
        return Made5(dateline=c.pick("据新华社电　", "新华社电　", f"据{o}消息　"))
    if r == 2:
        return Made5(close=[c.pick(f"（据《{o}》）", f"（据{o}）", f"（综合{o}、新华社）")])
    if r == 3:
        return Made5(lead=[c.pick(f"综合新华社、{o}报道", "本报综合消息", f"据{o}客户端消息")])
    if r == 4:
        return Made5(dateline="据央视新闻客户端消息，")
    return Made5(info=c.pick(f"来源：综合{o}报道", f"来源：据{o}", "来源：新华社"))


def info_permuted(c: Ctx) -> Made5:
    """``来源/作者/编辑/责编`` on one line in every order."""
    a, e, o = c.person(), c.person(), c.outlet()
    parts = [
        c.pick(f"来源：{o}", f"来源:{o}", f"稿源：{o}"),
        c.pick(f"作者：{a}", f"作者:{a}", f"记者：{a}"),
        c.pick(f"编辑：{e}", f"责编：{e}", f"责任编辑：{e}", f"编辑:{e}"),
    ]
    if c.rng.random() < 0.4:
        parts.append(f"发布时间：{c.day()}")
    c.rng.shuffle(parts)
    line = c.pick("　", " | ", "  ", " ").join(parts)
    made = Made5(authors=(a,), editors=(e,), editor_line=False)
    if c.rng.random() < 0.3:
        made.close = [line]
        return made
    return _lead_or_info(made, line, c)


def review_chain(c: Ctx) -> Made5:
    """A writer, then the review chain at the end: ``编辑：E　初审：X　复审：Y　终审：Z``."""
    a, e, x, y, z = c.person(), c.person(), c.person(), c.person(), c.person()
    line = c.pick(
        f"编辑：{e}　初审：{x}　复审：{y}　终审：{z}",
        f"责任编辑：{e}　校对：{x}　审核：{y}",
        f"编辑：{e} | 审核：{x} | 签发：{y}",
        f"一审：{x}　二审：{y}　三审：{z}",
        f"校对：{x}　审校：{y}　编辑：{e}",
    )
    staff = tuple(n for n in (x, y, z) if n in line)
    editors = (e,) if e in line else ()
    return Made5(
        lead=[_reporter_lead(c, a)],
        close=[line],
        authors=(a,),
        editors=editors,
        staff=staff,
        editor_line=False,
    )


def list_ji_he(c: Ctx) -> Made5:
    """Reporter lists joined by 及 and 和: ``本报记者 A、B及C``, ``记者 A和B``."""
    a, b, d = c.person(), c.person(), c.person()
    r = c.rng.randrange(6)
    if r == 0:
        return Made5(lead=[c.pick(f"本报记者 {a}、{b}及{d}", f"本报记者 {a}、{b} 及 {d}")], authors=(a, b, d))
    if r == 1:
        return Made5(lead=[c.pick(f"记者 {a}和{b}", f"记者 {a} 和 {b}", f"文/{a}和{b}")], authors=(a, b))
    if r == 2:
        return Made5(dateline=f"本报讯（记者{a}及通讯员{b}）", authors=(a,), correspondents=(b,))
    if r == 3:
        return Made5(dateline=f"本报讯（记者 {a}、{b} 和 {d}）", authors=(a, b, d))
    if r == 4:
        return Made5(close=[f"（本报记者 {a}、{b}及{d}）"], authors=(a, b, d))
    return Made5(info=f"作者：{a}、{b}和{d}", authors=(a, b, d))


def text_photo_same(c: Ctx) -> Made5:
    """One person writes and photographs: ``文/图 X``, ``图文：X``, ``本报记者 X 摄影报道``."""
    a = c.person()
    line = c.pick(
        f"文/图 {a}",
        f"文·图/{a}",
        f"图文：{a}",
        f"本报记者 {a} 摄影报道",
        f"记者 {a} 文/图",
        f"文并摄/{a}",
        f"{a} 文/摄",
        f"文图：{a}",
    )
    made = Made5(authors=(a,), photographers=(a,))
    if c.rng.random() < 0.3:
        made.close = [f"（{line}）"]
    else:
        made.lead = [line]
    return made


def video_staff(c: Ctx) -> Made5:
    """A video story's crew: ``记者：A　摄像：B　剪辑：C``."""
    a, b, d, e = c.person(), c.person(), c.person(), c.person()
    r = c.rng.randrange(4)
    if r == 0:
        return Made5(lead=[f"记者：{a}　摄像：{b}　剪辑：{d}"], authors=(a,), staff=(b, d))
    if r == 1:
        return Made5(lead=[f"出镜记者：{a}　摄像：{b}　后期：{d}　配音：{e}"], authors=(a,), staff=(b, d, e))
    if r == 2:
        return Made5(close=[f"文案：{a}　拍摄：{b}　剪辑：{d}"], optional=(a,), staff=(b, d))
    return Made5(close=[f"记者 {a} 摄像 {b} 剪辑 {d}"], authors=(a,), staff=(b, d))


def netizen_handle(c: Ctx) -> Made5:
    """Netizens' handles quoted in the text (``网友“X”``, ``@X``) beside a real writer, or alone."""
    h1, h2 = c.rng.sample(HANDLES, 2)
    lines = [
        c.pick(
            f"此事引发网友热议。网友“{h1}”留言说：“希望有关部门尽快解决。”",
            f"网友@{h1} 发帖称，自己前几天也遇到了类似情况。",
            f"有网友“{h1}”在微博上发文称，此事已持续多日。",
        ),
        c.pick(
            f"也有网友“{h2}”表示，应当理性看待。",
            f"网友@{h2} 评论：“支持！”",
            f"网友{h2}说，这样的做法值得推广。",
        ),
    ]
    if c.rng.random() < 0.35:
        return Made5(body_lines=lines)
    a = c.person()
    return Made5(lead=[_reporter_lead(c, a)], body_lines=lines, authors=(a,))


def editor_forms(c: Ctx) -> Made5:
    """An editor, only, at the end, in the forms sites print: ``【责任编辑：X】``, ``责编：X``."""
    e, x = c.person(), c.person()
    line = c.pick(
        f"【责任编辑：{e}】",
        f"责编：{e}",
        f"本文编辑：{e}",
        f"值班编辑：{e}",
        f"（编辑 {e}）",
        f"［责任编辑：{e}］",
        f"编辑/{e}",
        f"责任编辑:{e}　",
        f"[责编：{e}]",
        f"编辑：{e}　审核：{x}",
    )
    return Made5(close=[line], editors=(e,), staff=(x,) if x in line else (), editor_line=False)


def contact_nearby(c: Ctx) -> Made5:
    """Phone numbers, hotlines and e-mail beside the byline."""
    a = c.person()
    r = c.rng.randrange(6)
    if r == 0:
        return Made5(lead=[f"本报记者 {a}　电话：{_phone(c)}"], authors=(a,))
    if r == 1:
        return Made5(
            dateline=f"本报讯（记者 {a}）", close=[f"新闻热线：{_phone(c)}　邮箱：{_mail(c)}"], authors=(a,)
        )
    if r == 2:
        return Made5(info=f"作者：{a}　邮箱：{_mail(c)}", authors=(a,))
    if r == 3:
        return Made5(lead=[f"记者 {a} 报料热线：{_phone(c)}"], authors=(a,))
    if r == 4:
        return Made5(close=[f"（作者：{a}，联系方式：{_mail(c)}）"], authors=(a,))
    return Made5(close=[f"欢迎提供新闻线索，热线：{_phone(c)}，邮箱：{_mail(c)}"])


def english_by(c: Ctx) -> Made5:
    """An English page of a Chinese outlet: ``By Li Hua and Wang Fang in Beijing | China Daily``."""

    def name() -> str:
        return c.fresh(lambda: f"{c.rng.choice(EN_GIVEN)} {c.rng.choice(EN_SURNAME)}")

    a, b, e = name(), name(), name()
    day = f"{c.pub:%Y-%m-%d %H:%M}"
    r = c.rng.randrange(6)
    if r == 0:
        made = Made5(info=f"By {a} | China Daily | Updated: {day}", authors=(a,))
    elif r == 1:
        made = Made5(
            info=f"By {a} and {b} in {c.pick('Beijing', 'Shanghai', 'Hong Kong')} | chinadaily.com.cn | Updated: {day}",
            authors=(a, b),
        )
    elif r == 2:
        made = Made5(info=f"Writer: {a} | Editor: {e} | From: Xinhua | {day}", authors=(a,), editors=(e,))
    elif r == 3:
        made = Made5(info=f"Source: Xinhua | Editor: {e} | {day}", editors=(e,))
    elif r == 4:
        made = Made5(info=f"By Xinhua | Updated: {day}", optional=("Xinhua",))
    else:
        made = Made5(info=f"{day}  Source: Global Times  By {a}", authors=(a,))
    made.layout = "en"
    made.editor_line = False
    return made


def pen_name(c: Ctx) -> Made5:
    """Pen names with no surname, as essay and blog pages print them: ``◎江南布衣``."""
    p = c.fresh(lambda: c.rng.choice(PEN_NAMES))
    line = c.pick(f"作者：{p}", f"文/{p}", f"◎{p}", f"文｜{p}", f"□{p}")
    made = Made5(authors=(p,))
    if c.rng.random() < 0.3:
        made.layout = "blog"
    return (
        _lead_or_info(made, line, c)
        if line.startswith("作者")
        else Made5(lead=[line], authors=(p,), layout=made.layout)
    )


def writer_roles(c: Ctx) -> Made5:
    """Writing roles waves 1-4 lack: ``执笔：A``, ``采写：A``, ``记者 A 采写``, a research group's 执笔."""
    a = c.person()
    r = c.rng.randrange(5)
    if r == 0:
        return Made5(lead=[c.pick(f"执笔：{a}", f"执笔/{a}", f"采写：{a}", f"采写/{a}")], authors=(a,))
    if r == 1:
        return Made5(lead=[f"本报记者 {a} 采写"], authors=(a,))
    if r == 2:
        g = f"{c.rng.choice(CITIES)}市委政研室课题组"
        return Made5(close=[f"（{g}　执笔：{a}）"], authors=(a,), optional=(g,))
    if r == 3:
        return Made5(close=[f"（{a} 执笔）"], authors=(a,))
    return Made5(info=f"作者署名：{a}", authors=(a,))


def reporting_from(c: Ctx) -> Made5:
    """The place glued to the writer: ``本报记者 A 发自北京``, ``记者A北京报道``."""
    a = c.person()
    city = c.pick("北京", "上海", "东京", "巴黎", "武汉", "深圳", "纽约", "香港")
    line = c.pick(
        f"本报记者 {a} 发自{city}",
        f"记者{a}{city}报道",
        f"本报特派记者 {a} {city}报道",
        f"{a} 报道",
        f"记者{a}发自{city}",
        f"本报驻{city}记者 {a}",
        f"记者{a}报道",
    )
    return Made5(lead=[line], authors=(a,))


def interview_roles(c: Ctx) -> Made5:
    """Interview hosts, guests and interviewees beside the writer: ``主持人：X　嘉宾：Y``."""
    a, h, g1, g2 = c.person(), c.person(), c.person(), c.person()
    line = c.pick(
        f"主持人：{h}　嘉宾：{g1}、{g2}",
        f"对话嘉宾：{g1}",
        f"受访者：{g1}",
        f"采访对象：{g1}　{c.school()}教授",
        f"访谈嘉宾：{g1}　{g2}",
    )
    staff = tuple(n for n in (h, g1, g2) if n in line)
    credit = c.pick(f"本报记者 {a}", f"采访/整理：{a}", f"记者 {a} 整理")
    return Made5(lead=[line, credit] if c.rng.random() < 0.5 else [credit, line], authors=(a,), staff=staff)


_BODY_MENTIONS = (
    "记者了解到，",
    "记者在现场看到，",
    "据记者观察，",
    "记者从有关部门获悉，",
    "记者采访时发现，",
    "记者注意到，",
)


def body_mentions(c: Ctx) -> Made5:
    """Reporters named by role in the body (``记者了解到``, ``本报记者从X获悉``), with or without a byline."""
    lines = [
        c.rng.choice(_BODY_MENTIONS) + c.text.paragraphs[-1][:60].rstrip("，。") + "。",
        f"本报记者从{_dept(c)}获悉，相关工作正在有序推进。",
    ]
    if c.rng.random() < 0.35:
        return Made5(body_lines=lines)
    a = c.person()
    return Made5(lead=[_reporter_lead(c, a)], body_lines=lines, authors=(a,))


def gov_info_line(c: Ctx) -> Made5:
    """A government page's info line: ``信息来源：X局　作者：张三　浏览次数：123``."""
    a, d = c.person(), _dept(c)
    r = c.rng.randrange(4)
    made = Made5(layout="gov")
    if r == 0:
        made.info = f"发布时间：{c.day()}　信息来源：{d}　作者：{a}　浏览次数：{c.rng.randint(10, 9999)}"
        made.authors = (a,)
    elif r == 1:
        made.info = f"发布机构：{d}　发布日期：{c.pub:%Y-%m-%d}　【字体：大 中 小】"
    elif r == 2:
        made.info = f"文章作者：{a}　来源：{d}　点击：{c.rng.randint(10, 9999)}　更新时间：{c.day()}"
        made.authors = (a,)
    else:
        made.info = f"来源：{d}　发布人：{a}　发布时间：{c.day()}"
        made.staff = (a,)
    return made


def gov_staff(c: Ctx) -> Made5:
    """A government page's drafting lines: ``撰稿：A　审核：B　签发：C``, ``供稿：X局``."""
    a, b, d = c.person(), c.person(), c.person()
    dept = _dept(c)
    line = c.pick(
        f"撰稿：{a}　审核：{b}　签发：{d}",
        f"撰稿人：{a}　审核人：{b}",
        f"供稿：{dept}　撰稿：{a}",
        f"拟稿：{a}　审核：{b}",
        f"（供稿：{dept}　撰稿：{a}　审核：{b}）",
    )
    staff = tuple(n for n in (b, d) if n in line)
    optional = (dept,) if dept in line else ()
    return Made5(close=[line], authors=(a,), staff=staff, optional=optional, layout="gov")


def meta_author(c: Ctx) -> Made5:
    """An author in metadata only: a person, the site, a URL, an organisation."""
    a = c.person()
    site = c.rng.choice(CITIES) + "新闻网"
    r = c.rng.randrange(6)
    if r == 0:
        return Made5(head=f'<meta name="author" content="{a}">', authors=(a,))
    if r == 1:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "author": {"@type": "Person", "name": a},
        }
        return Made5(
            head=f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
            authors=(a,),
        )
    if r == 2:
        return Made5(head=f'<meta name="author" content="{site}">', optional=(site,))
    if r == 3:
        url = c.pick(
            f"https://weibo.com/u/{c.rng.randint(10**9, 10**10)}",
            f"https://www.{c.pick('jcnews', 'bhnews', 'qzw')}.cn/author/{c.rng.randint(10, 999)}",
        )
        return Made5(
            head=f'<meta property="article:author" content="{url}"><meta name="author" content="{c.pick("admin", url)}">'
        )
    if r == 4:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "author": {"@type": "Organization", "name": site},
        }
        return Made5(
            head=f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
            optional=(site,),
        )
    return Made5(head=f'<meta name="author" content="{a}">', info=f"作者：{a}", authors=(a,))


def class_author(c: Ctx) -> Made5:
    """An unlabelled author in markup: ``<span class="author">X</span>``, ``<a rel="author">``."""
    a = c.person()
    site = c.rng.choice(CITIES) + "新闻网"
    r = c.rng.randrange(5)
    day = f'<span class="time">{c.day()}</span>'
    if r == 0:
        return Made5(info_html=f'{day}<span class="author">{a}</span>', authors=(a,), layout="spans")
    if r == 1:
        return Made5(
            info_html=f'{day}<a rel="author" href="/author/{c.rng.randint(10, 999)}.html">{a}</a>',
            authors=(a,),
            layout="spans",
        )
    if r == 2:
        return Made5(info_html=f'{day}<span class="author">{site}</span>', optional=(site,), layout="spans")
    if r == 3:
        w = c.pick("admin", "本站", "网站编辑", "jcadmin")
        return Made5(info_html=f'{day}<span class="author">{w}</span>', layout="spans")
    return Made5(
        info_html=f'<span class="source">{c.outlet()}</span><span class="author">{a}</span>{day}',
        authors=(a,),
        layout="spans",
    )


def title_before(c: Ctx) -> Made5:
    """A title and workplace before the name: ``文/X大学经济学院教授 张三``."""
    a = c.person()
    line = c.pick(
        f"文/{c.school()}{c.pick('经济学院', '法学院', '新闻学院')}教授 {a}",
        f"作者：{c.rng.choice(CITIES)}市{c.rng.choice(HOSPITAL)}主任医师 {a}",
        f"{c.outlet()}高级记者 {a}",
        f"作者：{c.school()}副教授　{a}",
        f"文/{c.rng.choice(CITIES)}市律师协会副会长 {a}",
    )
    made = Made5(authors=(a,))
    return _lead_or_info(made, line, c) if line.startswith("作者") else Made5(lead=[line], authors=(a,))


def bracket_labels(c: Ctx) -> Made5:
    """Labels in brackets or set off by marks waves 1-4 lack: ``【作者】张三``, ``〔作者〕``, ``作者▏``."""
    a = c.person()
    line = c.pick(
        f"【作者】{a}",
        f"[记者]{a}",
        f"〔作者〕{a}",
        f"作者▏{a}",
        f"作者 : {a}",
        f"作者/{a}",
        f"记者 ▎{a}",
        f"〖作者〗{a}",
        f"作者 ：{a}",
    )
    return _lead_or_info(Made5(authors=(a,)), line, c)


def spaced_labels(c: Ctx) -> Made5:
    """Role words spaced out as e-papers and old templates set them: ``本 报 记 者 张三``."""
    a = c.person()
    line = c.pick(
        f"本 报 记 者 {a}", f"记　者　{a}", f"作  者：{a}", f"作　者：{a}", f"文　/　{a}", f"通 讯 员 {a}"
    )
    if line.startswith("通"):
        return Made5(lead=[line], correspondents=(a,))
    return (
        _lead_or_info(Made5(authors=(a,)), line, c)
        if line.startswith("作")
        else Made5(lead=[line], authors=(a,))
    )


def name_date_glued(c: Ctx) -> Made5:
    """A date or time glued to the name: ``作者：张三2019-05-06 10:20``."""
    a, e = c.person(), c.person()
    r = c.rng.randrange(4)
    if r == 0:
        return Made5(info=f"作者：{a}{c.day()}", authors=(a,))
    if r == 1:
        return Made5(info=f"记者{a}　{c.pub:%Y年%m月%d日}", authors=(a,))
    if r == 2:
        return Made5(info=f"编辑：{e}发布时间：{c.day()}", editors=(e,), editor_line=False)
    return Made5(info=f"作者:{a}发布于{c.day()}", authors=(a,))


def deng_suffix(c: Ctx) -> Made5:
    """Lists closed by 等: ``作者：张三等``, ``本报记者 A B 等``."""
    a, b = c.person(), c.person()
    r = c.rng.randrange(5)
    if r == 0:
        return Made5(info=f"作者：{a}等", authors=(a,))
    if r == 1:
        return Made5(lead=[f"本报记者 {a} {b} 等"], authors=(a, b))
    if r == 2:
        return Made5(dateline=f"本报讯（记者 {a} 等）", authors=(a,))
    if r == 3:
        return Made5(lead=[f"文/{a}、{b}等"], authors=(a, b))
    return Made5(close=[f"（{a}等/文）"], authors=(a,))


def role_prefix(c: Ctx) -> Made5:
    """Role prefixes waves 1-4 lack: ``全媒体记者``, ``首席记者``, ``驻京记者``, ``融媒记者``."""
    a, b = c.person(), c.person()
    r = c.rng.randrange(6)
    if r == 0:
        return Made5(lead=[f"{c.outlet()}全媒体记者 {a}"], authors=(a,))
    if r == 1:
        return Made5(lead=[f"本报首席记者 {a}"], authors=(a,))
    if r == 2:
        return Made5(lead=[c.pick(f"本报驻京记者 {a}", f"本报驻沪记者 {a}")], authors=(a,))
    if r == 3:
        return Made5(lead=[f"融媒记者 {a} {b}"], authors=(a, b))
    if r == 4:
        return Made5(dateline=f"本报讯（全媒体记者 {a} 见习记者 {b}）", authors=(a, b))
    return Made5(lead=[f"首席记者 {a} 通讯员 {b}"], authors=(a,), correspondents=(b,))


def correspondent_only(c: Ctx) -> Made5:
    """Correspondents and no reporter: ``本报讯（通讯员 A B）``."""
    a, b = c.person(), c.person()
    r = c.rng.randrange(4)
    if r == 0:
        return Made5(dateline=f"本报讯（通讯员 {a} {b}）", correspondents=(a, b))
    if r == 1:
        return Made5(dateline=f"本报讯 通讯员{a}、{b}报道：", correspondents=(a, b))
    if r == 2:
        return Made5(close=[f"（通讯员 {a}）"], correspondents=(a,))
    return Made5(lead=[f"通讯员：{a}"], correspondents=(a,))


def photographer_only(c: Ctx) -> Made5:
    """A photographer and no writer: ``本组图片 X 摄``, ``本版摄影：X``."""
    p = c.person()
    r = c.rng.randrange(5)
    if r == 0:
        return Made5(lead=[f"本组图片 {p} 摄"], photographers=(p,))
    if r == 1:
        return Made5(close=[f"本版摄影：{p}"], photographers=(p,))
    if r == 2:
        return Made5(lead=[f"摄影：{p}"], photographers=(p,))
    if r == 3:
        return Made5(caption=f"{c.text.title[:12]}。本报记者 {p} 摄", photographers=(p,), optional=(p,))
    return Made5(lead=[f"图/{p}"], photographers=(p,))


def weibo_account(c: Ctx) -> Made5:
    """Weibo accounts as the source: ``来源：@江城发布``, ``据@江城交警消息``."""
    acc = c.rng.choice(CITIES) + c.rng.choice(OFFICIAL)
    r = c.rng.randrange(5)
    if r == 0:
        return Made5(info=f"来源：@{acc}")
    if r == 1:
        return Made5(dateline=f"据@{acc} 消息，")
    if r == 2:
        return Made5(close=[f"（来源：微博@{acc}）"])
    if r == 3:
        return Made5(close=[f"来源：微信公众号“{acc}”"])
    a = c.person()
    return Made5(lead=[f"记者 {a}"], close=[f"（部分信息来源：@{acc}）"], authors=(a,))


def keywords_line(c: Ctx) -> Made5:
    """A keywords or tags line of short words after the text, beside a real writer."""
    a = c.person()
    tags = c.rng.sample(TAGS, c.rng.randint(2, 5))
    line = c.pick("关键词：", "标签：", "相关标签：", "热词：", "Tags：") + c.pick(" ", "，", "　", ",").join(
        tags
    )
    return Made5(lead=[_reporter_lead(c, a)], close=[line], authors=(a,))


def comments_area(c: Ctx) -> Made5:
    """Readers' comments under the text, their users named like people or handles."""
    a = c.person()
    users = [
        c.pick(
            c.rng.choice(HANDLES), f"{c.rng.choice(CITIES)}网友", c.person(), f"网友{c.person()}", "匿名用户"
        )
        for _ in range(3)
    ]
    said = ("说得好", "支持，希望早日落实", "我们小区也是这样", "点赞", "请问什么时候开始？")
    comments = [(u, c.rng.choice(said)) for u in users]
    return Made5(lead=[_reporter_lead(c, a)], comments=comments, authors=(a,))


def sidebar_credits(c: Ctx) -> Made5:
    """A sidebar of other articles, each with its own author."""
    a = c.person()
    even, odd = texts()
    pool = even if c.split == "tune" else odd
    aside = [
        (c.rng.choice(pool).title, c.pick("作者：{}", "文/{}", "{}", "记者 {}").format(c.person()))
        for _ in range(4)
    ]
    return Made5(lead=[_reporter_lead(c, a)], aside=aside, authors=(a,), layout="spans")


def foreign_translated(c: Ctx) -> Made5:
    """Translated foreign writers: ``文/［美］约翰·史密斯　译/张三``, ``［日］村上春树 著``."""
    t = c.person()
    if c.rng.random() < 0.7:
        w = c.fresh(lambda: c.rng.choice(FOREIGN_FIRST) + "·" + c.rng.choice(FOREIGN_LAST))
    else:
        w = c.fresh(lambda: c.rng.choice(JP_LAST) + c.rng.choice(JP_GIVEN))
    n = c.pick(*NATIONS) if "·" in w else "日"
    line = c.pick(
        f"文/［{n}］{w}　译/{t}",
        f"作者：（{n}）{w}　翻译：{t}",
        f"[{n}] {w} 著　{t} 译",
        f"作者：〔{n}〕{w}　编译：{t}",
    )
    return Made5(lead=[line], authors=(w,), optional=(t,))


def traditional_tw(c: Ctx) -> Made5:
    """Taiwan and Hong Kong credits in traditional characters: ``記者張三／台北報導``, ``【明報專訊】``."""
    a = c.person()
    city = c.rng.choice(TW_CITIES)
    day = c.pub.day
    r = c.rng.randrange(6)
    if r == 0:
        made = Made5(lead=[f"記者{a}／{city}報導"], authors=(a,))
    elif r == 1:
        made = Made5(dateline=f"（中央社記者{a}{city}{day}日電）", authors=(a,))
    elif r == 2:
        made = Made5(lead=[f"【記者{a}／綜合報導】"], authors=(a,))
    elif r == 3:
        made = Made5(dateline="【明報專訊】")
    elif r == 4:
        made = Made5(dateline=f"香港文匯報訊（記者 {a}）", authors=(a,))
    else:
        p = c.person()
        made = Made5(lead=[f"撰文：{a}　攝影：{p}"], authors=(a,), photographers=(p,))
    made.layout = "tw"
    made.traditional = True
    return made


KINDS5: dict[str, Callable[[Ctx], Made5]] = {
    "source_reported": source_reported,
    "info_permuted": info_permuted,
    "review_chain": review_chain,
    "list_ji_he": list_ji_he,
    "text_photo_same": text_photo_same,
    "video_staff": video_staff,
    "netizen_handle": netizen_handle,
    "editor_forms": editor_forms,
    "contact_nearby": contact_nearby,
    "english_by": english_by,
    "pen_name": pen_name,
    "writer_roles": writer_roles,
    "reporting_from": reporting_from,
    "interview_roles": interview_roles,
    "body_mentions": body_mentions,
    "gov_info_line": gov_info_line,
    "gov_staff": gov_staff,
    "meta_author": meta_author,
    "class_author": class_author,
    "title_before": title_before,
    "bracket_labels": bracket_labels,
    "spaced_labels": spaced_labels,
    "name_date_glued": name_date_glued,
    "deng_suffix": deng_suffix,
    "role_prefix": role_prefix,
    "correspondent_only": correspondent_only,
    "photographer_only": photographer_only,
    "weibo_account": weibo_account,
    "keywords_line": keywords_line,
    "comments_area": comments_area,
    "sidebar_credits": sidebar_credits,
    "foreign_translated": foreign_translated,
    "traditional_tw": traditional_tw,
}

# ---------------------------------------------------------------------------------------------
# Pages


def _info(c: Ctx, made: Made5, layout: str) -> str:
    """The info line under the headline, in the layout's markup."""
    if made.info_html:
        return f'<div class="article-meta">{made.info_html}</div>'
    parts = [c.day()] + ([made.info] if made.info else [f"来源：{c.outlet()}"] if layout != "en" else [])
    if layout == "gov":
        cells = "".join(f"<td>{esc(p)}</td>" for p in parts)
        return f'<table class="xxgk" width="100%"><tr>{cells}</tr></table>'
    if layout == "blog":
        return f'<p class="postmeta">{esc(" | ".join(reversed(parts)))}</p>'
    if layout == "spans":
        spans = [p for part in parts for p in re.split(r"\u3000+| \| ", part) if p]
        return '<div class="article-info">' + "".join(f"<span>{esc(s)}</span>" for s in spans) + "</div>"
    return f'<div class="info">{esc("　".join(parts))}</div>'


def render(c: Ctx, made: Made5, editor: str | None) -> str:
    """The whole page around the text, the credits printed where the kind put them."""
    layout = made.layout or c.pick("portal", "portal", "spans", "gov", "blog")
    site = c.rng.choice(CITIES) + c.pick("新闻网", "在线", "网", "发布")
    paras = list(c.text.paragraphs)
    if made.dateline:
        paras[0] = made.dateline + paras[0]
    indent = "" if layout == "en" else "　　"
    blocks = [f"<p>{esc(line)}</p>" for line in made.lead]
    blocks += [f"<p>{indent}{esc(p)}</p>" for p in paras[:1]]
    if made.caption:
        blocks.append(
            f'<p style="text-align:center"><img src="/uploads/{c.rng.randint(1000, 99999)}.jpg"></p>'
        )
        blocks.append(f'<p style="text-align:center">{esc(made.caption)}</p>')
    blocks += [f"<p>{indent}{esc(p)}</p>" for p in made.body_lines]
    blocks += [f"<p>{indent}{esc(p)}</p>" for p in paras[1:]]
    blocks += [f"<p>{esc(line)}</p>" for line in made.close]
    if editor:
        blocks.append(f"<p>{c.pick(f'（责任编辑：{editor}）', f'责任编辑：{editor}', f'编辑：{editor}')}</p>")
    aside = ""
    if made.aside:
        items = "".join(
            f'<li><a href="/news/{c.rng.randint(1000, 99999)}.html">{esc(t)}</a> <span>{esc(cr)}</span></li>'
            for t, cr in made.aside
        )
        aside = f'<div class="sidebar"><h3>推荐阅读</h3><ul>{items}</ul></div>'
    comments = ""
    if made.comments:
        rows = "".join(
            f'<div class="comment-item"><span class="user">{esc(u)}</span> <span class="time">{(c.pub + timedelta(hours=i + 1)):%Y-%m-%d %H:%M}</span><p>{esc(t)}</p></div>'
            for i, (u, t) in enumerate(made.comments)
        )
        comments = f'<div class="comments"><h3>网友评论</h3>{rows}<div class="post-comment">发表评论 用户名：<input name="user"> 匿名</div></div>'
    title = c.text.title
    nav = '<div class="nav"><a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; 正文</div>'
    foot = f'<div class="share">分享到：微信 微博 QQ空间</div><div class="footer">版权所有 {site} | 关于我们 | 联系我们</div>'
    if layout == "en":
        site = c.pick("China Daily", "Global Times", "Shanghai Daily", "CGTN")
        nav = '<div class="nav"><a href="/">Home</a> &gt; <a href="/china/">China</a></div>'
        foot = f'<div class="share">Share: Facebook Twitter</div><div class="footer">Copyright {site}. All rights reserved.</div>'
    info = _info(c, made, layout)
    main = f'<h1>{esc(title)}</h1>{info}<div class="content">{"".join(blocks)}</div>'
    if layout == "blog":
        main = f'<div class="post"><h2 class="title">{esc(title)}</h2>{info}<div class="entry">{"".join(blocks)}</div></div>'
    body = (
        f"{nav}{aside}{main}{comments}{foot}"
        if c.rng.random() < 0.4
        else f"{nav}{main}{aside}{comments}{foot}"
    )
    lang = ' lang="en"' if layout == "en" else ""
    page = (
        f'<!DOCTYPE html><html{lang}><head><meta charset="utf-8"><title>{esc(title)}_{esc(site)}</title>{made.head}'
        f"</head><body>{body}</body></html>"
    )
    return trad(page) if made.traditional else page


@cache
def splits() -> dict[int, str]:
    """Each seed's half: within a kind, the 12 seeds of lower SHA-256 (``credit_probe5:<seed>``) are tune."""
    return hash_splits("credit_probe5", WAVE5, len(KINDS5), PER_KIND)


SEEDS5 = range(WAVE5, WAVE5 + PER_KIND * len(KINDS5))


def make5(seed: int) -> ProbePage:
    """Generate the page of one seed."""
    rng = random.Random(seed * 7919 + 53)
    split = splits()[seed]
    kind = list(KINDS5)[(seed - WAVE5) // PER_KIND]
    even, odd = english_texts() if kind == "english_by" else texts()
    text = rng.choice(even if split == "tune" else odd)
    pub = datetime(2010, 1, 1, 6) + timedelta(minutes=rng.randint(0, 60 * 24 * 365 * 14))
    c = Ctx(rng, split, text, pub)
    made = KINDS5[kind](c)
    editor = c.person() if made.editor_line and rng.random() < 0.33 else None
    html = render(c, made, editor)
    convert = trad if made.traditional else str
    truth: dict[str, tuple[str, ...]] = {role: getattr(made, role) for role in (*ROLES, "optional", "staff")}
    truth["editors"] += (editor,) if editor else ()
    truth = {role: tuple(convert(n) for n in names) for role, names in truth.items()}
    return ProbePage(seed, kind, split, html.encode("utf-8"), truth)


def pages(split: str) -> list[ProbePage]:
    return [make5(s) for s in SEEDS5 if splits()[s] == split]


def main(argv: list[str] | None = None) -> int:
    probe = CreditProbe(
        5, "Authors, credit probe wave 5 (tune / report)", tuple(KINDS5), SEEDS5, make5, pages, TEXTS, FROZEN
    )
    return credit_main(probe, argv, (__doc__ or "").splitlines()[0])


if __name__ == "__main__":
    sys.exit(main())
