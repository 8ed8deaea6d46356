"""Read credits printed in other shapes than a label and its names, and mend the zone before reading.

Bracketed names after a dateline (``扬州网讯(吴生锋邹平)``), ``（司馬文靜／台北報導）``,
a name before its role (``杨萱/文``), ``王晓东 发自纽约``, a bracketed list
closing a text; and the mends made first: a unit in brackets after a name,
a name glued to a dateline's place, links to other articles and their credits.
"""

from __future__ import annotations

import re

from crawler.extract.name_lists import _ALL_PLACES, _CJK, surname_first
from crawler.extract.name_runs import _glued_pair, split_names
from crawler.extract.names import (
    _BODY_ENDINGS,
    _BODY_LAST,
    _BODY_LAST_LONG,
    _BODY_PARTS,
    OUTLET_ENDINGS,
    plausible_name,
    script_folded,
)
from crawler.extract.word_credits import dictionary_word, guessed_word, surname_word

__all__ = ["account_names", "closing_co_writers"]

# Writers credited by bare names in brackets right after a dateline: "扬州网讯(吴生锋邹平)",
# "中新网南京7月23日电(唐娟)". (A bracketed name closing a text is left alone: the dev set's
# annotators read "…举行。（张巨峰）" on a government page as no writer's credit.)
_BARE_AFTER_DATELINE = re.compile(r"(?<=[讯电])\s*[（(](?P<inner>[^（）()\n]{2,24})[)）]")


_BARE_STOP = re.compile(r"通讯员|实习生|记者|编辑|摄影|摄|图")


# Last characters of a unit's name (刑庭, 宣传科, 政治处, 办公室, 县委宣传部) that names hardly end in.
_UNIT_LAST = _BODY_LAST | _BODY_LAST_LONG | frozenset("庭科室股")


def _unit_word(token: str) -> bool:
    """Tell whether a bracketed credit's first word is a unit (``刑庭``, ``宣传科``) rather than a name."""
    if len(token) < 2 or token[-1] not in _UNIT_LAST:
        return False
    # 县委宣传部, 公安局: no name ends so; 医务科, 刑庭, 政治处 when no surname opens them (王建科 is a name).
    long_body = len(token) >= 3 and token[-1] in _BODY_LAST
    return long_body or not surname_first(token)


def _outlet_word(token: str) -> bool:
    """Tell whether a credit's first word is an outlet (``光明网``, ``澎湃新闻``) rather than a name."""
    return (
        3 <= len(token) <= 10 and bool(re.fullmatch(f"[{_CJK}]+", token)) and token.endswith(OUTLET_ENDINGS)
    )


def _bare_names(inner: str) -> list[str]:
    """Return the names of a bracketed credit up to its first role label, when every token is a name."""
    role = _BARE_STOP.search(inner)
    lead = inner[: role.start()] if role else inner
    if role and role.group(0) in ("摄", "摄影", "图") and lead == lead.rstrip():
        return []  # "(刘通摄)": the photographer's credit
    if role and role.group(0) not in ("通讯员", "实习生"):
        # "(沈骏鹏记者郑铁峰)": names before the reporter's label are the correspondents, unlabelled;
        # before 通讯员 they are the reporters ("（尹安学 通讯员杨晨）").
        return []
    lead = lead.strip()
    if not lead or not re.fullmatch(rf"[{_CJK}]+(?:[ \u3000、，,]+[{_CJK}]+)*", lead):
        return []
    tokens = re.split(r"[ \u3000、，,]+", lead)
    if len(tokens) >= 2 and _unit_word(tokens[0]):
        # "(刑庭 廖世杰)", "(县委宣传部 王晓东)": the writer's unit, then the writer.
        tokens = tokens[1:]
        lead = " ".join(tokens)
    names = split_names(lead)
    if len(names) < len(tokens) or not all(surname_first(n) and plausible_name(n) for n in names):
        return []  # "(本报综合)", "(资料图片)", "(中新网)": no names
    return names


def _credit_follows(after: str) -> bool:
    """Tell whether a picture role is followed by the name it labels (``攝影 梁晨 報導``), not by text.

    A word opening the next sentence after a caption's ``摄`` (``记者 X 摄 经查，…``) may start
    with a surname character: a word of text (:mod:`crawler.extract.word_credits`) is no name.
    """
    match = re.match(rf"[ \u3000]*[:：]?[ \u3000]*([{_CJK}]{{2,4}})(?=$|[\s/／、，,)）】〕])", after)
    if not (match and surname_first(match.group(1)) and plausible_name(match.group(1))):
        return False
    word = match.group(1)
    return not (dictionary_word(word) or surname_word(word) or guessed_word(word))


# CNA's dateline glues the reporter's name to the place: "（中央社記者王小明台北7日電）", "…華盛頓6日專電）",
# the last of several: "（中央社記者蘇郁婷、江明珠台中9日電）".
_GLUED_DATELINE = re.compile(
    rf"(?<=记者)(?P<lead>(?:[{_CJK}]{{2,4}}[、，,])*)(?P<run>[{_CJK}]{{4,10}})(?=\d{{1,2}}日专?电)"
)


def _known_place(word: str) -> bool:
    """Tell whether a word is a place a dateline prints: in ``places.txt`` or a place in the dictionary."""
    if word in _ALL_PLACES:
        return True
    from crawler.normalize.segment import dictionary_entry

    entry = dictionary_entry(word)
    return entry is not None and entry[1] == "ns"


def _cut_dateline_place(match: re.Match[str]) -> str:
    """Set a dateline's place off the name glued before it (``王小明台北`` -> ``王小明，台北``).

    Only a run with exactly one cut into a surname-first name and a known place.
    """
    run = match.group("run")
    cuts = [
        cut
        for cut in (2, 3, 4)
        if len(run) - cut >= 2
        and surname_first(run[:cut])
        and plausible_name(run[:cut])
        and _known_place(run[cut:])
    ]
    lead = match.group("lead")
    return f"{lead}{run[: cuts[0]]}，{run[cuts[0] :]}" if len(cuts) == 1 else lead + run


# A writer's credit closing a Taiwan report: "（司馬文靜／台北報導）" (folded: 报导), names then place.
_NAMES_PLACE_REPORTED = re.compile(
    rf"[（(〔]\s*(?P<inner>[{_CJK}][{_CJK} \u3000、，,]{{1,20}}?)\s*[／/]\s*[{_CJK}]{{2,6}}报[导道]\s*[)）〕]"
)


# ... and with the outlet first, the names spaced from the place: "（民視新聞／張雅婷、陳怡君 台北報導）".
_OUTLET_NAMES_REPORTED = re.compile(
    rf"[（(〔]\s*(?P<outlet>[{_CJK}A-Za-z]{{2,10}})\s*[／/]\s*(?P<inner>[{_CJK}][{_CJK}、，,]{{1,20}}?)"
    rf"[ \u3000]+[{_CJK}]{{2,6}}报[导道]\s*[)）〕]"
)


def _reported_names(inner: str) -> list[str]:
    """Return the names of a ``（names／place報導）`` credit when every token is a surname-first name."""
    tokens = [t for t in re.split(r"[ \u3000、，,]+", inner.strip()) if t]
    names = split_names(inner)
    if len(names) != len(tokens) or not all(surname_first(n) and plausible_name(n) for n in names):
        return []
    return names


# A bracketed list after a text's last sentence: "…（姚玉光、許峰 馬訓標）返回搜狐",
# "…(李甜賀嬌嬌)編輯:李思科".
_CLOSING_BRACKET = re.compile(
    rf"[（(](?P<inner>[{_CJK}][{_CJK} \u3000、，,/／]{{1,24}})[)）](?=[^。！？!?（(]*$)"
)


def closing_co_writers(texts: list[str], authors: list[str]) -> list[str]:
    """Return the other names of a bracketed list closing a text that repeats a credited writer.

    A bare ``（张巨峰）`` closing a text is left alone (the dev set reads none there),
    but ``（姚玉光、許峰 馬訓標）`` under a byline crediting 姚玉光 names his co-writers:
    every token must be a surname-first name (two glued ones split as :func:`_glued_pair` does).
    """
    known = {script_folded(name) for name in authors}
    found: list[str] = []
    if not known:
        return found
    for text in texts:
        # Folding maps Han characters only, so a text without a closing bracket needs no fold.
        if ")" not in text and "）" not in text:
            continue
        folded = script_folded(text)
        match = _CLOSING_BRACKET.search(folded)
        if not match:
            continue
        tokens = [t for t in re.split(r"[ \u3000、，,/／]+", match.group("inner")) if t]
        names = [piece for token in tokens for piece in (_glued_pair(token) or [token])]
        if not all(surname_first(n) and plausible_name(n) for n in names) or not known & set(names):
            continue
        _add(found, [_in_original(n, folded, text) for n in names if n not in known])
    return found


# A line of its own naming the writer and where the report was filed from, an outlet maybe first:
# "乐居财经 林振兴 发自北京", "王晓东 发自纽约" (not "…情谊 发自内心").
_FILED_FROM = re.compile(
    rf"(?m)^[ \u3000]*(?:[{_CJK}A-Za-z]{{2,10}}[ \u3000]+)?(?P<name>[{_CJK}]{{2,4}})[ \u3000]*发自[ \u3000]*"
    rf"(?!内心|肺腑|心底|真心|灵魂)[{_CJK}]{{2,8}}[ \u3000]*(?:报道)?[ \u3000]*$"
)


# A line of a mark and the writers' names opening a text ("●丁茜春", "○段晓强　胡欣", "文 △ 邓毅玉"): a
# magazine's or a supplement's byline. Names only, one to three, each checked surname first.
_MARKED_NAMES = re.compile(
    rf"(?m)^[ \u3000]*(?:文[ \u3000]*)?[○●◎□■◆◇△▲☆★][ \u3000]*"
    rf"(?P<names>(?:[{_CJK}]{{2,4}}|[{_CJK}]{{1,6}}(?:·[{_CJK}]{{1,6}})+)"
    rf"(?:[ \u3000、，,]+(?:[{_CJK}]{{2,4}}|[{_CJK}]{{1,6}}(?:·[{_CJK}]{{1,6}})+)){{0,2}})[ \u3000]*$"
)


def bare_name(name: str) -> bool:
    """Tell whether a name printed with no role label (a marked line, a signature) is a person's.

    No label vouches for it, so more is asked than of a labelled credit: a surname-first name the
    dictionary does not list at all (周末, 黄金周, 马拉松, 江城 are listed) and the tagger reads as a name
    or opening with one (秦 of 秦欣欣; 常有 of 常有人, 康养, 史上 are no names), or a transliteration with
    its dot. A listed name (高峰, 钟声) and a name the tagger misreads (周晨: a time word; about one in
    twenty made-up names) are lost here: a bulleted subheading of a word is what such a line prints
    more often.
    """
    if "·" in name:
        return plausible_name(name)
    if not surname_first(name) or not plausible_name(name):
        return False
    from crawler.normalize.segment import listed_entry, tagged  # reads jieba's dictionary once

    if listed_entry(name) is not None or _word_and_kind(name):
        return False
    return tagged(name)[0][1].startswith(("nr", "x"))


# One character closing a word of a kind, a place or a grade (史诗级, 林荫道, 田园风, 李家村, 丁香路): after a
# listed two-character word (which jieba often tags nr: 史诗, 田园, 林荫) the three read as a word, not a
# name. None of the names the benches and tests print (高明远, 陈明道, 李长河, 王国华) ends so after a listed
# word; the characters names end in most (远, 华, 明) are none of these.
_KIND_LAST = frozenset("村道风级型式派化性界家族区路街镇乡山河湖县市省")


def _word_and_kind(name: str) -> bool:
    """Tell whether a three-character would-be name is a listed word and a kind's suffix (史诗 + 级)."""
    from crawler.normalize.segment import dictionary_entry

    return len(name) == 3 and name[-1] in _KIND_LAST and dictionary_entry(name[:2]) is not None


def marked_names(names: str) -> list[str]:
    """The names of a marked line (:data:`_MARKED_NAMES`), or none unless every token is a bare name."""
    found = split_names(names)
    if not found or len(found) != len(re.split(r"[ \u3000、，,]+", names.strip())):
        return []
    return found if all(bare_name(n) for n in found) else []


# An essay signed at its end: a name, then a signature's verb (谨识, 记于江城, 写于2013年春, 草于…) or a date
# and the place it was written at ("沈斌 2014年10月14日于南屏"), on a line of its own or bracketed. A bare
# date after a name signs nothing the dev set reads (an editor's line prints one too).
_SIGNED_ESSAY = re.compile(
    rf"(?m)^[ \u3000]*[（(]?(?P<name>[{_CJK}]{{2,4}})[ \u3000]+"
    rf"(?:谨识|谨记|敬识|谨述|(?:记|写|草|作|书|识)于[{_CJK}0-9０-９年月日春夏秋冬初末]{{2,16}}"
    rf"|[0-9０-９]{{4}}年[0-9０-９]{{1,2}}月(?:[0-9０-９]{{1,2}}日)?于[{_CJK}]{{2,8}})"
    r"[ \u3000]*[)）]?[ \u3000]*$"
)


# A credit printed name first, its role after a slash: "杨萱/文　欧阳永康/摄", "陈晓 / 图", "（孙骏军等/文）".
# ... and a minority name with its dot: "买买提·艾力/文"; "（叶昕/文并摄）": the text and the pictures.
_NAME_FIRST = re.compile(
    rf"(?:^|(?<=[\s　:：|（(]))(?P<name>[{_CJK}]{{2,4}}?|[{_CJK}]{{1,6}}(?:[·•][{_CJK}]{{1,6}})+)"
    rf"(?:等人?)?\s*[/／]\s*(?P<role>文并[摄图]|文|摄|图)(?=$|[\s　,，、|）)])",
    re.M,
)


# ... and 文 spaced after a name opening its line, alone or before the photographer's credit
# ("徐超昊　文", "张三 文　李四 摄": a magazine's credit), or with the pictures ("胡翠毅 文/摄").
_NAME_SPACED_TEXT = re.compile(
    rf"^[ \u3000]*(?P<name>[{_CJK}]{{2,4}})[ \u3000]+(?P<role>文(?:[/／][摄图])?)"
    rf"(?=[ \u3000]*$|[ \u3000]+[{_CJK}]{{2,4}}[ \u3000]*[/／]?[ \u3000]*[摄图](?:[ \u3000]|$))",
    re.M,
)


# ... and 执笔 after the drafter's name, closing a line or a bracket ("（汤辉 执笔）", "课题组　张海执笔"),
# or 著 after a writer's name opening its line, before the translator's credit ("约翰·戴维斯 著　汤凯昊 译").
_NAME_PEN = re.compile(
    # ... and 文并图/文并摄 after a spaced name the same way ("（谢婧淑 文并图）"): text and pictures.
    rf"(?:^|(?<=[\s　（(]))(?P<name>[{_CJK}]{{2,4}}?)[ \u3000]*(?P<role>执笔|(?<=[ \u3000])文并[图摄])"
    r"(?=[ \u3000]*(?:$|[）)]))"
    rf"|^[ \u3000]*(?P<writer>[{_CJK}]{{2,4}}?|[{_CJK}]{{1,6}}(?:·[{_CJK}]{{1,6}})+)"
    rf"[ \u3000]*著(?=[ \u3000]*$|[ \u3000]+[{_CJK}])",
    re.M,
)


# A bracketed unit right after a name in a credit ("李文静（县人民医院）"): the unit is no name.
# (The bracket first, the name's character looked behind it: ``re`` skips to brackets.)
_UNIT_BRACKET = re.compile(
    rf"[（(](?<=[{_CJK}][（(])(?P<unit>[{_CJK}]{{3,20}})[)）](?=[ \u3000\t、，,]|$)", re.M
)


def _drop_unit(match: re.Match[str]) -> str:
    """Drop a bracketed unit after a name, keeping other brackets (a name, a role, a place)."""
    unit = match.group("unit")
    body = unit.endswith(_BODY_ENDINGS) or unit[-1] in _UNIT_LAST or any(p in unit for p in _BODY_PARTS)
    return "" if body else match.group(0)


# Headings of lists of writers ("专栏作者", "更多作者", "签约作者"): with no separator after them, the
# names that follow are the list's, not a byline's ("专栏作者：王晓东" with its colon stays a credit).
_LIST_HEADING_BEFORE = ("专栏", "更多", "热门", "推荐", "签约", "入驻", "知名", "人气", "优秀", "本站")


def _list_heading(text: str, match: re.Match[str]) -> bool:
    """Tell whether an author label is a list's heading: 作者 after 专栏/更多/…, no separator after it."""
    if match.group(0) != "作者" or not text[: match.start()].endswith(_LIST_HEADING_BEFORE):
        return False
    return not re.match(r"[ \t\u3000]*[:：︱|/／]", text[match.end() :])


def _add(target: list[str], names: list[str]) -> None:
    for name in names:
        if name not in target:
            target.append(name)


def _in_original(name: str, folded: str, text: str) -> str:
    """Give back a name read from ``folded`` as ``text`` prints it (蘇陽, not 苏阳).

    The fold keeps offsets, so the name's place in the folded text is its
    place in the original; a name the byline rules rebuilt (spaces taken out)
    is given back character by character.
    """
    at = folded.find(name)
    if at >= 0:
        return text[at : at + len(name)]
    back = {f: o for o, f in zip(text, folded, strict=True) if o != f}
    return "".join(back.get(char, char) for char in name)


# Where a line goes on to other articles (previous/next links): their credits are theirs.
# (Not a related list's label: a text run into one line may print its own credits after the list,
# "推荐阅读 … 编辑：陈淑静"; the page's zones stop at lists before they reach here.)
# The label opens a field (after a space or a mark, or with its colon: "徐微微上一条：德国…"), not a
# sentence's words ("身上一条价值7.9万元的金项链"). The labels are 上一篇, 下一篇, 上一条, 下一条, 前一篇
# and 后一篇 (前一条, 后一条 are none), and the last two only after no Han character: written as a
# character class first, then look-behinds, so that ``re`` skips to the label's first character
# instead of trying the whole pattern at every character of the zone (44 -> 6 us per bench zone).
_OTHER_ARTICLES = re.compile(
    rf"[上下前后]一[篇条](?<!前一条)(?<!后一条)(?:(?<![{_CJK}]...)|(?<![前后]..)(?=\s*[:：]))[^\n]*"
)


# A WeChat account's name, then its id: "她刊(id:iiiher)", "剥洋葱people（ID：boyangcongpeople）".
_ACCOUNT_MARK = r"[（(]\s*(?:id|微信号|微信id|公众号id|公众号)\s*[:：]"
_ACCOUNT_ID = re.compile(rf"(?P<name>[{_CJK}A-Za-z0-9_]{{2,20}})\s*{_ACCOUNT_MARK}", re.I)
_ACCOUNT_MARK_RE = re.compile(_ACCOUNT_MARK, re.I)


def account_names(text: str) -> list[str]:
    """Return the names of the WeChat accounts ``text`` prints with their ids, lower-cased.

    The id's mark is looked for first: the name's pattern, tried at every character, reads up
    to 20 of them and back from each (330 us per bench byline zone, a third of ``find_people``);
    most zones print no account.
    """
    if _ACCOUNT_MARK_RE.search(text) is None:
        return []
    return [m.group("name").lower() for m in _ACCOUNT_ID.finditer(text)]
