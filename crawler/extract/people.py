"""Read authors, editors and the credited source from Chinese byline text.

News pages print these as labelled runs: ``记者 张三 李四``, ``作者：王五``,
``责任编辑：赵六``, ``（编辑：严玉洁 王辉）``, ``[责任编辑:肖春芳]``,
``来源：新华网``. The rules are deliberately narrow (a label, then short
name-like tokens) so that body sentences such as ``经营者告诉半月谈记者，...``
do not yield names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["People", "find_people", "split_names"]

# Words that follow or sit between bylines and must never be taken as names.
_ROLE_WORDS = frozenset(
    """
    记者 通讯员 实习生 见习记者 特约记者 本报记者 摄影 摄 报道 编辑 责任编辑
    责编 作者 来源 发布 时间 发布时间 校对
    审核 监制 出品 制作 图 文 视频 本报 新华社 综合 整理 编译 评论员 特约评论员 主编 美编
    """.split()
)
_NAME = r"[\u4e00-\u9fff·•]{2,5}|[A-Za-z][A-Za-z.\-']*(?: [A-Z][A-Za-z.\-']*){0,2}"
_NAMES = rf"(?:{_NAME})(?:[ \u3000\t、，,/|]+(?:{_NAME}))*"
_SEP = r"\s*[:：︱|]?\s*"
_AUTHOR = re.compile(
    r"(?:(?<![告诉对向给据])(?:本报|特约|见习)?记者"
    + _SEP
    + r"|作者"
    + _SEP
    + r"|(?<![\u4e00-\u9fff])文\s*[/:：︱|]\s*)"
    + rf"(?P<names>{_NAMES})"
)
_EDITOR = re.compile(r"(?:责任编辑|责编|编辑)" + r"\s*[:：︱|]\s*" + rf"(?P<names>{_NAMES})")
_SOURCE = re.compile(r"(?:稿件来源|来源于|来源|来自)\s*[:：]\s*(?P<name>[^\s:：|()（）\[\]【】<>]{2,20})")
# "记者了解到..." is a sentence, not a byline: these start verbs and adverbs.
_NOT_NAME_STARTS = tuple(
    """
    了解 获悉 注意 看到 发现 采访 从 在 到 来到 走进 随 日前 近日
    昨 今 获 同 与 和 的 们 一 这 那 是 对 就
    """.split()
)
_LEADING = re.compile(r"^(?:本报|特约|见习)?(?:记者|通讯员|实习生)")
_TRAILING = re.compile(r"(?:报道|摄影|摄|供图|编辑|通讯员|实习生|整理|发自.*)$")


@dataclass
class People:
    """Names found in a byline zone."""

    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    source_name: str = ""


def split_names(text: str) -> list[str]:
    """Split a run of names (``张三 李四、王五``) into clean, de-duplicated names.

    Reading stops at a role word (the next byline starts) or at a token too long
    to be a name. After the first name, a token separated only by a space must
    be at most three characters: that is where bylines run into body text.
    """
    names: list[str] = []
    parts = re.split(r"([ \u3000\t、，,/|]+)", text.strip())
    for index in range(0, len(parts), 2):
        name = _TRAILING.sub("", _LEADING.sub("", parts[index].strip("·• ")))
        spaced = index > 0 and not re.search(r"[、，,/|]", parts[index - 1])
        if (not name or name in _ROLE_WORDS) and not names:
            continue  # a leading label: "本报记者 李明"
        if name in _ROLE_WORDS or name.startswith(_NOT_NAME_STARTS) or name.endswith(("讯", "电")):
            break
        cjk = bool(re.fullmatch(r"[\u4e00-\u9fff·•]+", name))
        if len(name) < 2 or (cjk and len(name) > (3 if spaced and names else 4)):
            break
        if name not in names:
            names.append(name)
    return names


def _add(target: list[str], names: list[str]) -> None:
    for name in names:
        if name not in target:
            target.append(name)


def find_people(text: str, *, max_len: int = 4000) -> People:
    """Find authors, editors and the source name in ``text`` (a header or byline zone).

    ``text`` should be the page's metadata line(s) and the last lines of the
    body, not the whole page: long texts are truncated to ``max_len``.
    """
    text = text[:max_len].replace("\xa0", " ")
    people = People()
    for match in _EDITOR.finditer(text):
        _add(people.editors, split_names(match.group("names")))
    stripped = _EDITOR.sub(" ", text)
    for match in _AUTHOR.finditer(stripped):
        names = [n for n in split_names(match.group("names")) if n not in people.editors]
        _add(people.authors, names)
    source = _SOURCE.search(text)
    if source:
        people.source_name = source.group("name")
    return people
