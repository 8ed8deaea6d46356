"""Writing roles printed in settings the labelled credit does not read (``bench.credit_probe10``).

A joint interview team's reporters (``本报赴X联合采访组：A B C``), ``采写`` after the names (``A B 采写``),
a writer with the role in brackets after the name (``◎A（本报评论员）``, ``A（本报特约撰稿人）``), a
repost's permission naming its writer (``本文经作者A授权发布``), a station's reporter (``本报驻X记者站 A``)
a pen name beside its real name (``文/高山（本名宋颖昕）``), and writers listed with their units
(``作者：A，X大学教授；B，X大学博士研究生``). Each reads a surname-first name that
:func:`~crawler.extract.names.plausible_name` keeps, except the pen name, which the real name beside it
vouches for.
"""

from __future__ import annotations

import re

from crawler.extract.name_lists import _CJK, surname_first
from crawler.extract.name_runs import split_names
from crawler.extract.names import label_like, plausible_name

__all__ = ["SPACED_DOT", "join_spaced_dot", "pen_names", "role_bracket_names", "writing_role_names"]

# "玉素甫 • 吐尔逊", "艾尔肯 ·阿卜杜拉": a middle dot set off by spaces inside a minority name; read
# glued, the name stays whole instead of ending at the space. The name's part after the dot is a short
# word: "林宁宁 ·和子女分处三大洲，…" is a byline run into a bulleted list of other stories.
SPACED_DOT = re.compile(
    rf"(?<=[{_CJK}])(?:[ \u3000]+[·•][ \u3000]*|[·•][ \u3000]+)(?=[{_CJK}]{{2,6}}(?![{_CJK}]))"
)


def join_spaced_dot(text: str) -> str:
    """``X · Y`` written ``X·Y``."""
    return SPACED_DOT.sub("·", text)


_NAME = rf"[{_CJK}]{{2,4}}"
_NAME_LIST = rf"{_NAME}(?:[ \u3000、，,]+{_NAME}){{0,3}}"

# "本报赴滨海联合采访组成员：A B C", "本报调查组：A、B": a team of reporters, with a colon, opening its line.
# An interview or reporting team (采访组, 报道组) is the paper's; an investigation team (调查组) only with
# the outlet named ("本报调查组", "X日报调查组"): "国务院调查组成员：A B C" are officials.
_TEAM = re.compile(
    rf"(?m)^[ \u3000□■◎●]*(?:[{_CJK}]{{0,10}}?(?:采访组|报道组)"
    # (报 an outlet's, not a report's or a tip-off's: 举报, 通报, 汇报, 情报 …)
    rf"|(?:本报|本刊|本台|本网|[{_CJK}]{{0,8}}?(?:(?<![举通汇情警申预上公简])报|周刊|杂志|电视台|电台|新闻网))"
    rf"[{_CJK}]{{0,8}}?调查组)"
    rf"(?:成员)?[ \u3000]*[:：][ \u3000]*(?P<names>{_NAME_LIST})[ \u3000]*$"
)

# "唐晶 吴鸿亮 采写", "（雷欣勇 采写）": 采写 after the names, closing a line or a bracket.
_NAMES_CAIXIE = re.compile(
    rf"(?m)(?:^|(?<=[（(]))[ \u3000]*(?P<names>{_NAME_LIST})"
    r"[ \u3000]*[/／]?[ \u3000]*采写[ \u3000]*(?=$|[）)])"
)

# "◎钱飞志（本报评论员）", "莫欣丽（本报特约撰稿人）", "张三（本报记者）": a name alone on its line, its
# writer's role in brackets after it.
_ROLE_BRACKET = re.compile(
    rf"(?m)^[ \u3000]*[○●◎□■◆]?[ \u3000]*(?P<name>{_NAME})[ \u3000]*[（(]"
    r"(?:本报|本刊|本网|本台)?(?:特约撰稿人?|专栏作者|专栏作家|特约评论员|评论员|特约记者|记者)"
    r"[)）][ \u3000]*$"
)

# "本文经作者宋博授权发布", "作者郝莉浩授权本网转载", "本文系作者任晓原创": a repost names its writer.
# The text itself (本文经/系/由/为) or the line's start speaks: "《三体》作者刘慈欣原创的…" and "这部小说为
# 作者X原创" speak of a book's; "未经作者许可授权" is a notice's consent, no name.
_PERMISSION = re.compile(
    rf"(?:(?:本文|此文|该文|文章|本稿)已?[经系由为]|(?m:^)|(?<=[ \u3000（(]))作者[ \u3000]*"
    rf"(?!许可|同意)(?P<name>[{_CJK}]{{2,4}}?)[ \u3000]*(?:授权|原创)"
)

# "本报驻石门记者站 韦明雪", "江城记者站站长 冯涛": a station's reporter.
_STATION = re.compile(
    rf"记者站(?:站长)?[ \u3000]+(?:(?:本报)?记者[ \u3000]+)?(?P<name>{_NAME})(?=[ \u3000]|$)", re.M
)

# "文/高山（本名宋颖昕）", "作者：小楼，本名廖瑶平，…", "作者简介：半夏，本名X": a pen name behind a writer's
# label, its real name beside it; "秋水（原名戴翔洋）/文": the pen name, then the real one, then 文.
_PEN_BESIDE_REAL = re.compile(
    rf"(?:(?<![{_CJK}])文|撰文|作者|作者简介)[ \u3000]*[/／:：|][ \u3000]*(?P<pen>[{_CJK}]{{2,4}}?)"
    rf"(?:[（(]|[，,][ \u3000]*)(?:本名|原名|真名)[{_CJK}]{{2,4}}"
    rf"|(?m:^|(?<=[ \u3000]))[ \u3000]*(?P<signed>[{_CJK}]{{2,4}}?)"
    rf"[（(](?:本名|原名|真名)[{_CJK}]{{2,4}}[)）][ \u3000]*[/／][ \u3000]*文"
)


# "作者：汪婷，X大学法学院教授；孔静，X大学法学院博士研究生": writers listed each with a unit or title after a
# comma, the items apart by semicolons. The label reads the first; the later ones are read here, each
# unit naming a body or an academic title ("；研究方向：公共卫生" is the bio's next field, no writer).
_UNIT_ITEM = rf"[ \u3000]*{_NAME}[，,][^；;\n:：]{{2,40}}"
_WRITERS_WITH_UNITS = re.compile(
    rf"(?<![{_CJK}])作者[ \u3000]*[:：]{_UNIT_ITEM}(?P<more>(?:[；;]{_UNIT_ITEM})+)"
)
_LATER_WRITER = re.compile(rf"[；;][ \u3000]*(?P<name>{_NAME})[，,](?P<unit>[^；;\n:：]{{2,40}})")
_UNIT_WORDS = re.compile(
    r"大学|学院|学校|党校|研究|科学院|中心|医院|公司|集团|银行|[局委厅办]|[所院站]$"
    r"|教授|研究员|研究生|博士|硕士|讲师|学者|专家|主任|工程师|医师|记者|编辑"
)


def _people(names: str) -> list[str]:
    found = split_names(names)
    return [n for n in found if surname_first(n) and plausible_name(n)]


def role_bracket_names(text: str) -> list[str]:
    """Writers printed ``A（本报评论员）``, read before the brackets are dropped as units."""
    return [m.group("name") for m in _ROLE_BRACKET.finditer(text) if _people(m.group("name"))]


def writing_role_names(text: str) -> list[str]:
    """The writers credited by the forms of this module, in the order found."""
    out: list[str] = []
    for m in (*_TEAM.finditer(text), *_NAMES_CAIXIE.finditer(text)):
        names = split_names(m.group("names"))
        kept = _people(m.group("names"))
        if names and kept == names:  # every token a name: "本报调查组：事故原因已经查明" is a sentence
            out += kept
    for m in (*_PERMISSION.finditer(text), *_STATION.finditer(text)):
        out += _people(m.group("name"))
    for listed in _WRITERS_WITH_UNITS.finditer(text):
        for item in _LATER_WRITER.finditer(listed.group("more")):
            if _UNIT_WORDS.search(item.group("unit")):
                out += _people(item.group("name"))
    return list(dict.fromkeys(out))


def pen_names(text: str) -> list[str]:
    """Pen names printed beside their real names: writers even when the pen name is a word (半夏, 秋水)."""
    out: list[str] = []
    for m in _PEN_BESIDE_REAL.finditer(text):
        pen = m.group("pen") or m.group("signed")
        if plausible_name(pen) and not label_like(pen) and pen not in out:
            out.append(pen)
    return out
