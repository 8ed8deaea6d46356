"""Read authors, correspondents, editors, photographers and the credited source from byline text.

News pages print these as labelled runs: ``记者 张三 李四``, ``作者：王五``,
``（记者王小明 通讯员欧阳晓峰、汪芳）``, ``文/陈晓 图/欧阳明亮``, ``新华社记者 才扬 摄``,
``责任编辑：赵六``, ``[责任编辑:肖春芳]``, ``来源：新华网``. The rules are
deliberately narrow (a label, then short name-like tokens) so that body
sentences such as ``经营者告诉半月谈记者，...`` do not yield names, and every
name passes :func:`plausible_name` before it is kept: an archive's byline
field is cited by journalists, so a missing name is better than a junk one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from crawler.extract.credit_forms import (
    _BARE_AFTER_DATELINE,
    _FILED_FROM,
    _GLUED_DATELINE,
    _MARKED_NAMES,
    _NAME_FIRST,
    _NAME_PEN,
    _NAME_SPACED_TEXT,
    _NAMES_PLACE_REPORTED,
    _OTHER_ARTICLES,
    _OUTLET_NAMES_REPORTED,
    _SIGNED_ESSAY,
    _UNIT_BRACKET,
    _add,
    _bare_names,
    _credit_follows,
    _cut_dateline_place,
    _drop_unit,
    _in_original,
    _list_heading,
    _outlet_word,
    _reported_names,
    _unit_word,
    account_names,
    bare_name,
    closing_co_writers,
    marked_names,
)
from crawler.extract.name_lists import (
    _CJK,
    COMMON_SURNAMES,
    COMPOUND_SURNAMES,
    PLACES,
    SURNAMES,
    minority_name,
    surname_first,
)
from crawler.extract.name_runs import (
    _SPACED_COMPOUND,
    _SPACED_RUN,
    SPACED_NAME_GAP,
    _join_spaced_run,
    affiliation_word,
    spaced_names,
    split_names,
    titled_name,
)
from crawler.extract.names import (
    ENGLISH_GIVEN_HAN_SURNAME,
    OUTLET_ENDINGS,
    label_like,
    plausible_name,
    script_folded,
)
from crawler.extract.prefilter import prefiltered
from crawler.extract.role_words import (
    _GLUED_ROLE,
    _LABELS,
    _PHOTO_AFTER,
    _PICTURES_BY,
    _SOURCE,
    _SPACED_LABEL,
    _TEXT_AND_PICTURES,
    _TEXT_AND_PICTURES_AFTER,
    _TEXT_AND_PICTURES_BEFORE,
    _TRAILING,
    _in_sentence,
)
from crawler.extract.word_credits import _PINYIN_SYLLABLE
from crawler.extract.writing_roles import join_spaced_dot, pen_names, role_bracket_names, writing_role_names
from crawler.normalize.credits import DOTTED_ROLES

__all__ = [
    "COMMON_SURNAMES",
    "COMPOUND_SURNAMES",
    "OUTLET_ENDINGS",
    "PLACES",
    "SPACED_NAME_GAP",
    "SURNAMES",
    "People",
    "closing_co_writers",
    "find_people",
    "label_like",
    "plausible_name",
    "script_folded",
    "spaced_names",
    "split_names",
    "surname_first",
]

# ("Tony 陈", "Mia史": an English given name and a Han surname, as self-media writers sign.)
_NAME = (
    rf"[{_CJK}·•]{{2,14}}|{ENGLISH_GIVEN_HAN_SURNAME}(?![{_CJK}·•A-Za-z])"
    rf"|[A-Za-z][A-Za-z.\-']*(?: [A-Z][A-Za-z.\-']*){{0,2}}(?![0-9_A-Za-z@{_CJK}])"
)


# ... joined by separators, or by a spaced 和 or 及 before the last ("叶睿 和 方睿").
_NAMES = rf"(?:{_NAME})(?:[ \u3000\t、，,/|]+(?:[和及][ \u3000]+)?(?:{_NAME}))*"


# Letters or digits glued after a Chinese name up to a space, a mark or the end ("小鱼儿2008　提交日期"):
# a user name's tail. Not a date ("杨力2 月 16 日"), a staff code ("杨倩_NF4425"), or the noise some
# reposts glue between a name and the next words ("李小博6ep安康新闻网", "曹彦强end“掌阅…").
_GLUED_LOGIN = re.compile(r"[0-9A-Za-z]+(?=\s|$|[|｜/／、，,;；)）】\]])(?!\s*[年月日号时点分秒期版])")
# Fields of a book's card (书名, 出版社, ISBN, 定价): an author among them wrote the book.
# ... and a book notice's "作家出版社出版", "人民文学出版社2007年出版".
_BOOK_FIELDS = re.compile(
    r"(?:书名|出版社|出版时间|出版日期|ISBN|书号|定价|装帧|开本)\s*[:：】]|ISBN"
    r"|出版社\s*(?:\d{4}\s*年\s*(?:\d{1,2}\s*月\s*)?)?出版"
)
_SEP = r"\s*[:：︱|]?\s*"
# What may stand before a credit opening its line: spaces, an opening bracket, a bullet ("□文/图 X").
_OPENS_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t\u3000（(【\[□■◎●]*$")


# ... or sits, spaced, on an info line: fields (a colon) or a date before it, no sentence
# ("2024-03-05 来源：江城日报 文/图 张小明", "阅读：123 图/文 李四").
_INFO_FIELD = re.compile(r"[:：]|\d{1,2}:\d{2}|\d{4}[-/.年]\d{1,2}")
_SENTENCE_END = re.compile(r"[。！？!?；;]")


def _on_info_line(text: str, at: int) -> bool:
    """Tell whether ``at`` follows a space on an info line: a field or a date before it, no sentence end."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return (
        line[-1:] in (" ", "\t", "\u3000")
        and _INFO_FIELD.search(line) is not None
        and _SENTENCE_END.search(line) is None
    )


# "文/图张小明", "图/文张小明": the text-and-pictures label glued to its writer's name; a colon is put
# after it, so that it reads as "文/图：张小明" (author and photographer, surname-first names only).
# ("文/图记者谢雨真": a role glued after it is read as before).
# (Each role character is tested before the look-behind at it, so ``re`` skips to a 文 or 图.)
# A picture's bracketed credit opening just before a reporter label: "（圖／記者", "(图/记者".
_PICTURE_CAPTION_OPENS = re.compile(r"[（(]\s*[圖图]\s*[/／:：]\s*$")
_GLUED_TEXT_AND_PICTURES = re.compile(
    rf"(文(?<![{_CJK}]文)\s*[、/／]\s*图|图(?<![{_CJK}]图)\s*[、/／]\s*文)(?=[{_CJK}])(?!本报|记者|通讯员|实习生|见习|特约|首席|摄影)"
)


# What may follow a minority name glued to its label: the credit's end or the next credit.
_CREDIT_END = re.compile(r"[ \u3000\t\n、)）】\]]|通讯员|实习生|记者|$")


# A line opened by a mark (what opens a marked byline, and a bulleted list's items).
_MARK_OPENS_LINE = re.compile(r"(?m)^[ \u3000]*(?:文[ \u3000]*)?[○●◎□■◆◇△▲☆★][^\n]*")


def _bounded_minority_name(rest: str, name: str) -> bool:
    """Tell whether ``rest`` opens with a minority name that the credit closes (``（记者次仁卓嘎）``).

    A name without a Han surname glued to its label is read only when the
    credit ends right after it: ``记者格桑花开…`` runs on into a sentence.
    """
    return rest.startswith(name) and minority_name(name) and bool(_CREDIT_END.match(rest, len(name)))


# "文·周莉璇", "图·陆斌翔": a magazine's role joined to the name by a middle dot reads as 文/, 图/.
_DOTTED_ROLE_NAME = re.compile(rf"([文图])(?<![{_CJK}][文图])\s*·\s*(?=[{_CJK}])")


# A photographer named at a caption's end, the name glued to 摄 ("…现场。龚艳磊摄", "（向静娟摄）",
# "▲… 韩超摄影"): the name opens its clause (a space, a sentence's end, a bracket or a mark before it).
_CAPTION_PHOTOGRAPHER = re.compile(
    rf"(?:^|(?<=[\s。！？!?（(▲△■□●◆]))(?P<name>[{_CJK}]{{2,4}}?)[ \u3000]*(?:摄影|摄)[)）]?[ \u3000]*$", re.M
)


# A writer named by a closing note: "作者简介：魏瑞，…教授", "【作者简介】X，…", "（作者王婷系临江大学教授）".
_BIO_NOTE = re.compile(
    rf"作者简介\s*[:：】\]]\s*(?P<name>[{_CJK}]{{2,4}}?)(?=[，,。（(\s])"
    rf"|[（(]\s*(?:本文)?作者\s*(?P<copula>[{_CJK}]{{2,4}}?)系"
)


# "本报资深记者 田晓航", "资深记者 胡丽　见习记者 何岚": a senior reporter's rank opening the line, the name
# spaced after it closing the line or followed by the next reporter ("资深记者章文，从业二十年" is prose).
_SENIOR_OPENS = re.compile(r"(?:^|\n)[ \t\u3000□■◎●]*(?:本报|本台|本刊)?资深$")
_SENIOR_NAME_AFTER = re.compile(
    rf"[ \u3000]+[{_CJK}]{{2,4}}"
    r"(?=[ \t\u3000]*(?:\n|$)|[ \u3000]+(?:本报|特约|见习|首席|实习)?(?:记者|通讯员|实习生))"
)


def _senior_byline(text: str, start: int, end: int) -> bool:
    """Tell whether the 记者 at ``start`` is a senior reporter's byline opening its line (``资深记者 X``)."""
    return bool(_SENIOR_OPENS.search(text, 0, start)) and bool(_SENIOR_NAME_AFTER.match(text, end))


def _commentator_opens(text: str, at: int) -> bool:
    """Tell whether a commentator's label at ``at`` opens its line, maybe after an outlet's name.

    ``本报评论员 王小明``, ``■本报评论员 王小明``, ``桐城商报评论员 彭明琪`` are bylines, and so is one
    spaced on the info line after its date or fields (:func:`_on_info_line`); a staff
    commentary's bracketed ``（评论员 罗博 萧海川）`` the dev set reads as no writer's credit.
    """
    before = text[text.rfind("\n", 0, at) + 1 : at].strip(" \t\u3000□■◎●◆")  # "□东方网评论员 X": marks
    if not before or _on_info_line(text, at):
        return True  # ... or spaced on the info line: "2015-10-26 21:01　本报评论员　王小明"
    last = re.split(r"[ \t\u3000]+", before)[-1]
    return bool(re.fullmatch(rf"[{_CJK}·]{{2,14}}", last)) and last.endswith((*OUTLET_ENDINGS, "中心"))


# A role alone in brackets before a name ("【作者】张三", "[记者]李四", "〖作者〗王五").
_BRACKETED_LABEL = re.compile(
    rf"[【〔〖\[]\s*(作者|记者|本报记者|文|撰文|撰稿|编辑|责任编辑|责编|摄影|通讯员|实习生"
    # "【执笔】X", "【采写】X【摄影】Y", "【文字】X 【图片】Y", "【专栏作者】X".
    rf"|执笔|采写|专栏作者|主笔"
    # 【文字】 and 【图片】 mark a post's or a story's kind too ("【图片】考古连11次不出奥丹姆，绝望了",
    # a 贴吧 thread with pictures): a credit only when a name closes after them.
    rf"|(?:文字|图片)(?=\s*[】〕〗\]]\s*[{_CJK}]{{2,4}}(?:\s|$|[【〔〖\[|｜/／])))"
    rf"\s*[】〕〗\]](?=\s*[{_CJK}])"
)

# A translated writer's country, abbreviated in brackets before the name: a list, as no rule tells a
# country's one-character abbreviation from a word.
_NATIONALITY = re.compile(
    r"[（(〔［\[【]\s*(?:美|英|法|德|日|俄|意|澳|加|韩|西|荷|瑞典|瑞士|以色列|印度|新加坡|奥|丹麦|挪威|芬兰|比"
    rf"|波兰|匈|捷克|葡|希腊|土耳其|巴西|阿根廷|墨西哥|南非|埃及|越|泰|新西兰|爱尔兰)\s*[）)〕］\]】]\s*(?=[{_CJK}])"
)

# A capitalised word before a colon is the next field's label ("By Lily Chen Source: Global Times"):
# no part of the name.
# A pinyin surname may be printed in capitals first ("By ZHANG Wei"): see _pinyin_caps.
_EN_PERSON = (
    r"(?:[A-Z][a-z]+|[A-Z]{2,6}(?=[ \u3000][A-Z][a-z]))"
    r"(?:[ \u3000](?![A-Z][a-z'\-]+\s*[:：])[A-Z][a-z'\-]+){1,2}(?![A-Za-z])"
)
_EN_PEOPLE = re.compile(rf"{_EN_PERSON}(?:\s*(?:,|&|\band\b)\s*{_EN_PERSON})*")


# The role word before a lower-case "by" opening its line or a clause after ";" or "|".
_EN_ROLE_BY = re.compile(
    r"(?:^|\n|[;；|｜])[ \t\u3000]*"
    r"(?P<role>Written|Reported|Reporting|Text|Words|Story|Edited|Editing)[ \t\u3000]+$"
)


def _english_names(rest: str) -> list[str]:
    """The capitalised names opening ``rest`` (``Bo Xu and Lei Hu in Hong Kong``: Bo Xu, Lei Hu)."""
    run = _EN_PEOPLE.match(rest)
    if not run:
        return []
    names = [n.strip() for n in re.split(r"\s*(?:,|&|\band\b)\s*", run.group(0))]
    return [n for n in names if split_names(n) == [n] and _pinyin_caps(n)]


# One or two syllables of pinyin (ZHANG, OUYANG), and given names of pinyin syllables (Xiaoming).
_CAPS_SURNAME = re.compile(f"(?:{_PINYIN_SYLLABLE}){{1,2}}")
_PINYIN_WORD = re.compile(f"(?:{_PINYIN_SYLLABLE})+")


def _pinyin_caps(name: str) -> bool:
    """Tell whether a name is no capitals-first one, or a pinyin surname in capitals and pinyin given names.

    ``ZHANG Wei`` is a name as Chinese pages print one in Latin letters; ``AP Photo``, ``CGTN Staff``
    and ``XINHUA News`` are an agency's credit.
    """
    first, *rest = name.split()
    if not first.isupper():
        return True
    return bool(_CAPS_SURNAME.fullmatch(first.lower())) and all(
        _PINYIN_WORD.fullmatch(word.lower()) for word in rest
    )


# A colon after the label, then a question on the rest of the line: a transcript's "记者：…？".
# (An ASCII "?" only after a Han character: a URL's query on an info line is no question.)
# (A label's colon may end its line: the question is then on the next, as a name would be.)
_QUESTION_AFTER = re.compile(r"[ \t\u3000]*[:：][ \t\u3000]*\n?[^\n]*(?:？|(?<=[\u4e00-\u9fff])\?)")
# ... unless a surname-first name stands first, closed by a space, a bracket or its line's end: a lead's
# "（记者：王强）“垃圾谁来处理？”" is a credit with a quoted question after it.
_NAME_BEFORE_QUESTION = re.compile(
    rf"[ \t\u3000]*[:：][ \t\u3000]*\n?(?P<name>[{_CJK}]{{2,4}})(?=[ \t\u3000）)]|$)", re.M
)


# ... but a word of the dictionary spaced from the rest of its line, which runs on to the question mark
# with no label, quote, bracket or sentence end, opens the question: "记者：周末 市民出行有哪些需要注意的？",
# "【记者】秦岭 遇到的最大困难是什么？" (周末, 秦岭 are listed words; a name is not: "文/记者：王强 你今天
# 垃圾分类了吗?" is a credit, see credit_forms.bare_name).
_QUESTION_RUNS_ON = re.compile(
    r"[ \t\u3000]+[^\n“”\"「」『』（()）【】\[\]。！!；;:：]{1,40}?(?:？|(?<=[\u4e00-\u9fff])\?)"
)


def _reporter_question(rest: str) -> bool:
    """Tell whether the text after a 记者 label is the reporter's question in a transcript, not a credit."""
    if not _QUESTION_AFTER.match(rest):
        return False
    name = _NAME_BEFORE_QUESTION.match(rest)
    if name is None or not surname_first(name.group("name")):
        return True
    return _QUESTION_RUNS_ON.match(rest, name.end("name")) is not None and not bare_name(name.group("name"))


@dataclass
class People:
    """Names found in a byline zone, by role."""

    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    source_name: str = ""
    correspondents: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    # Authors credited by a pen name printed beside the real name ("文/半夏（本名梁婧婷）"): names even when
    # the pen name is a word, which the word filters of bylines would refuse.
    pen_names: list[str] = field(default_factory=list)


def find_people(text: str, *, max_len: int = 4000) -> People:
    """Find credits in a byline zone, in simplified or traditional script (``記者蘇陽／台北報導``).

    The label rules are written in simplified script; a traditional zone is
    read folded and its names are given back in the page's own script.
    """
    text = text[:max_len]
    folded = script_folded(text)
    people = _find_people(folded)
    if folded == text:
        return people
    for names in (
        people.authors,
        people.editors,
        people.correspondents,
        people.photographers,
        people.pen_names,
    ):
        names[:] = [_in_original(name, folded, text) for name in names]
    people.source_name = _in_original(people.source_name, folded, text)
    return people


def _find_people(text: str, *, max_len: int = 4000) -> People:
    """Find authors, correspondents, editors, photographers and the source name in a byline zone.

    ``text`` should be the page's metadata line(s) and the first and last
    lines of the body, not the whole page: long texts are truncated to
    ``max_len``. A name followed by 摄/摄影 is a photographer whatever its
    label (``新华社记者 才扬 摄``).
    """
    # 丨 (a CJK stroke) and the full-width ｜ serve as separators: "文丨张三", "作者｜李四".
    text = text[:max_len].replace("\xa0", " ").replace("丨", "|").replace("｜", "|")
    # "作者▏张三", "记者 ▎张三": block bars serve as separators too; "【作者】张三", "〔作者〕张三": a label
    # in brackets reads as the label with a colon.
    text = text.replace("▏", "|").replace("▎", "|")
    text = prefiltered(_BRACKETED_LABEL).sub(r"\1：", text)
    # "作者：〔日〕小林春树", "文/［美］约翰·史密斯": a translated writer's country is no part of the name.
    text = prefiltered(_NATIONALITY).sub("", text)
    # "文·图/X", "图·文 X": roles joined by a middle dot read as 文/图 (the page normaliser's own rule).
    # Middle dots sites type between a minority name's parts (katakana ・, hyphenation point ‧) read as ·.
    text = text.replace("・", "·").replace("‧", "·")
    text = prefiltered(DOTTED_ROLES).sub(r"\1/\2", text)
    text = prefiltered(_DOTTED_ROLE_NAME).sub(r"\1/", text)
    text = join_spaced_dot(text)  # "玉素甫 • 吐尔逊": a minority name's dot set off by spaces
    text = prefiltered(_GLUED_TEXT_AND_PICTURES).sub(r"\1：", text)
    # Labels and two-character names spaced out to fill a column: "编 辑：罗 雪", "记 者： 李 征".
    text = _SPACED_LABEL.sub(lambda m: re.sub(r"[ \u3000?]", "", m.group(0)), text)
    text = prefiltered(_SPACED_RUN).sub(_join_spaced_run, text)
    text = prefiltered(_SPACED_COMPOUND).sub(r"\1\2", text)
    text = prefiltered(_GLUED_DATELINE).sub(_cut_dateline_place, text)
    # "◎钱飞志（本报评论员）": a writer's role in brackets after the name, read before the brackets go.
    role_bracketed = role_bracket_names(text)
    # "作者：李文静（县人民医院）　唐婷（市林业局）": each writer's unit in brackets after the name.
    text = prefiltered(_UNIT_BRACKET).sub(_drop_unit, text)
    # "上一篇：<a>…</a> 作者：李璐": a link to another article and its credit, to the end of the line.
    text = prefiltered(_OTHER_ARTICLES).sub("", text)
    people = People()
    pictured: list[str] = []  # credited with the text and the pictures: author and photographer both
    outlet = ""  # "作者：光明网 张三": the outlet printed before the writer
    copulas = [m.span() for m in prefiltered(_BIO_NOTE).finditer(text) if m.group("copula")]
    for match in _LABELS.finditer(text):
        role = match.lastgroup or "author"
        # Only 记者: after a reporter's glued name, 通讯员's clause holds the name ("记者向阳通讯员李四").
        if (
            role == "author"
            and match.group(0).endswith(("记者", "评论员"))
            and _in_sentence(text, match.start())
            and not _senior_byline(text, match.start(), match.end())
        ):
            continue
        if (
            role == "author"
            and match.group(0).endswith("评论员")
            and "特约" not in match.group(0)
            and not _commentator_opens(text, match.start())
        ):
            continue
        # "文/图 张小明": a text-and-pictures label with no mark after it is a credit when it opens its line
        # ("…宣传活动。图/文 李 燕 王彦俊" closing a paragraph: the dev set's gbk-2005-table_1 credits its
        # CMS's 作者 field only).
        spaced_roles = bool(_TEXT_AND_PICTURES.fullmatch(match.group(0))) and not re.match(
            r"\s*[/:：︱|／]", text[match.end() :]
        )
        if (
            spaced_roles
            and _OPENS_LINE_BEFORE.search(text, 0, match.start()) is None
            and not _on_info_line(text, match.start())
        ):
            continue
        rest = text[match.end() :]
        if match.group(0).endswith("记者") and _reporter_question(rest):
            continue  # "记者：谁来处理？…情况如何？": an interview's question, not a credit
        if any(start <= match.start() < end for start, end in copulas):
            continue  # "（作者向昕亮系…教授）": the bio note's own rule reads the name whole
        if (
            match.group(0) == "摄影"
            and re.match(rf"[{_CJK}]", text[match.start() - 1 : match.start()])
            and re.match(r"[ \u3000]+(?![ \u3000]*[:：/／|])", rest)
            and not _credit_follows(rest)
        ):
            continue  # "何昕婷摄影 接警后，…": 摄影 glued after a name closes its credit
        # A label without a colon does not reach into the next line ("优质原创作者\n..."),
        # one with a colon may ("责任编辑：\n尹世杰").
        # ... but not past a blank line: the zones of a page are joined by one ("作者：" ending
        # the page's header zone, then the headline "武汉大学2010年…").
        rest = re.sub(r"^[ \t\u3000]*(?:[:：︱|/／][ \t\u3000]*(?:\n[ \t\u3000]*)?)?", "", rest)
        # "作者：@黄永康": a social handle's at sign is no part of the name.
        rest = re.sub(rf"^[@＠](?=[{_CJK}A-Za-z])", "", rest)
        english_label = match.group(0)[0].isascii()
        if english_label and not re.match(rf"[{_CJK}]", rest):
            # "By Bo Xu and Lei Hu in Hong Kong | China Daily", "Writer: Jing Luo | Editor: Xin Ma": an
            # English credit names capitalised people joined by commas or "and", up to any other word;
            # a lower-case "by" credits only when it opens its line ("analysed by Digital Foundry" is prose).
            # "Written by X", "Reporting by X; Editing by Y": a role word before a lower-case "by" opening its
            # line or clause says whose credit it is.
            by_role = _EN_ROLE_BY.search(text, 0, match.start()) if match.group(0) == "by" else None
            if by_role and by_role.group("role").startswith("Edit"):
                role = "editor"
            if match.group(0) != "by" or by_role or _OPENS_LINE_BEFORE.search(text, 0, match.start()):
                _add(people.editors if role == "editor" else people.authors, _english_names(rest))
            continue
        if role == "author" and (own := _LABELS.match(rest)) and own.lastgroup in ("correspondent", "editor"):
            # "作者：通讯员 刘建": the CMS's 作者 field holds another role's credit; that label reads it.
            continue
        book = _BOOK_FIELDS.search(text, max(match.start() - 40, 0), match.end() + 60)
        if book and "作者" in match.group(0):
            continue  # "书名：《活着》 作者：余华 出版社：作家出版社": a book's card, not the byline
        run = re.match(_NAMES, rest)
        if not run:
            continue
        if re.match(r"[A-Za-z][\w\-']*(?: [a-z][\w\-']*){2}", rest):
            continue  # "图 | gender-related killing of women": an English sentence, not a name
        if re.match(rf"[{_CJK}]", rest[run.end() - 1 : run.end()]) and _GLUED_LOGIN.match(rest[run.end() :]):
            # "作者：小鱼儿2008": a user name the reading cut at its digits; its Chinese part alone is
            # nobody's name (a forum's poster is read whole from its post header).
            kept = re.sub(r"[ \u3000\t、，,/|]*[^ \u3000\t、，,/|]+$", "", run.group(0))
            if not kept.strip():
                continue
            run = re.match(_NAMES, kept) or run
        glued_quote = re.split(r"[ \u3000\t、，,/|]+", run.group(0).strip())[-1]
        if rest[run.end() : run.end() + 1] in ("“", "「", "《", '"') and not (
            2 <= len(glued_quote) <= 3 and surname_first(glued_quote) and plausible_name(glued_quote)
        ):
            # "图：株洲“围标强人”王建军": the token glued to a quote opens a sentence (a caption),
            # whether alone or after names ("记者 陈思存 落实“五新”…"); a name glued to the next
            # paragraph's quote stays ("记者李元珺“唐伟，…").
            kept = re.sub(r"[ \u3000\t、，,/|]*[^ \u3000\t、，,/|]+$", "", run.group(0))
            if not kept.strip():
                continue
            run = re.match(_NAMES, kept) or run
        names_text = run.group(0)
        last_token = re.split(r"[ \u3000\t、，,/|]+", names_text.strip())[-1]
        if _GLUED_ROLE.search(last_token + rest[run.end() : run.end() + 1], 2) and not _GLUED_ROLE.search(
            last_token, 2
        ):
            names_text += rest[run.end()]  # "何子婧图：": the colon shows 图 is the next label
        if (
            re.match(r"\s*[:：]", rest[run.end() :])
            and re.search(r"[ \u3000\t、，,/|]", names_text)
            and not _GLUED_ROLE.search(last_token + rest[run.end() : run.end() + 1], 2)
            and not last_token.endswith(("报道", "报导"))  # "通讯员宋芳欣、夏翔明报道：在…"
        ):
            # "楼主：客家阿妹 级别: 论坛版主": the last token is the next field's label
            # ("记者：刘曲 郭妍捷编辑：姚盼": a name with the next label glued is still a name).
            names_text = re.sub(r"[ \u3000\t、，,/|]*[^ \u3000\t、，,/|]+$", "", names_text)
        elif re.match(r"[0-9A-Za-z]", rest[run.end() :]) and re.search(r"[，,][^，,]+$", names_text):
            # "关于作者：薇安，世界500强美女高管": after a comma, a word cut at its digits is text.
            names_text = re.sub(r"[，,][^，,]+$", "", names_text)
        single = not re.search(r"[ \u3000\t、，,/|]", run.group(0).strip())
        labelled = _TRAILING.search(run.group(0)) or _GLUED_ROLE.search(run.group(0), 2)
        if single and re.match(r"\s*[:：]", rest[run.end() :]) and not labelled:
            continue  # "责任编辑：\n香港警方：8.31示威...": a headline's label, not a name
        tokens = re.split(r"[ \u3000\t、，,/|]+", names_text.strip())
        if (
            role in ("author", "correspondent")
            and len(tokens) >= 2
            and (
                _unit_word(tokens[0])
                # "作者：石门律师事务所律师 周霞勇": the writer's employer and title, then the writer.
                or (affiliation_word(tokens[0]) and bool(titled_name(tokens[1]) or surname_first(tokens[1])))
            )
        ):
            # "作者：医务科 王晓东": the writer's department, then the writer ("通讯员 市水务局 万睿亮": the
            # correspondent's office, then the correspondent).
            names_text = names_text.strip()[len(tokens[0]) :]
        first_outlet = ""
        if role == "author" and len(tokens) >= 2 and _outlet_word(tokens[0]):
            # "作者：光明网 张三": the outlet, then the writer; the outlet is the source.
            first_outlet = tokens[0]
            names_text = names_text.strip()[len(tokens[0]) :]
        if english_label:
            # "Written by 熊鹏超, edited by 戴健娟": the Han names up to the next English word.
            names_text = re.split(r"[A-Za-z]", names_text)[0]
        names = split_names(
            names_text, institution=role == "author" and "作者" in match.group(0) and not first_outlet
        )
        if english_label:
            names = [n for n in names if surname_first(n)]  # "By 钟凯": a Han name after an English label
        if len(names) >= 2 and _list_heading(text, match):
            continue  # "专栏作者 公孙珏 杜佳怡 袁梓涵": a sidebar's list of columnists, no byline
        if match.group(0).endswith("评论员") or _TEXT_AND_PICTURES.fullmatch(match.group(0)) or first_outlet:
            # "图文：东城支行", "文/图：视频截图": a unit or a caption's word credited with the text and
            # pictures, no person (whoever took them is named surname first, as 文/图 张小明 is).
            # "新华社特约评论员：坚定信心": a headline, not a name (a commentator's is surname-first);
            # "作者：光明网 张三": after an outlet, a person's name.
            names = names if all(surname_first(n) for n in names) else []
        glued = not re.match(r"[ \t\u3000:：︱|/／]", text[match.end() : match.end() + 1])
        if not names or (
            glued and not surname_first(names[0]) and not _bounded_minority_name(rest, names[0])
        ):
            continue  # "记者反映", "作者本人观点": a sentence runs on from the label
        outlet = outlet or first_outlet
        after = rest[run.end() :]
        # The names split_names kept may be fewer than the run: find where the last one ends.
        last = rest.find(names[-1])
        tail = rest[last + len(names[-1]) :] if last >= 0 else after
        if glued and "作者" in match.group(0) and len(names) == 1 and re.match(r"[，,][^，,]{4}", tail):
            continue  # "「少年得到」作者郝广才，特意总结出…": the text speaks of an author
        if re.match(rf"[-－‐][{_CJK}]", tail):
            # "据著名记者马克-波曼消息": a transliterated name goes on past the hyphen (its first
            # part is no name).
            names = names[:-1]
            if not names:
                continue
            tail = "-"
        picture = re.match(
            r"\s*[/／]\s*(?:漫画|插图|插画|绘图|制图|手绘|摄影|图)(?![\u4e00-\u9fff])|\s*[/／]\s*摄(?![影像制氏])",
            tail,
        )
        if picture and _credit_follows(tail[picture.end() :]):
            picture = None  # "記者 蘇陽 / 攝影 梁晨 報導": 摄影 labels the next name, not the one before
        photo_after = _PHOTO_AFTER.match(tail)
        if photo_after and _credit_follows(tail[photo_after.end() :]):
            photo_after = None  # "文字 葉德正　攝影 黃柏翰": 攝影 labels the next name, as after a slash
        if picture and len(names) > 1 and role != "editor":
            # "文/黄轶涵 黄昕／漫画": the last name drew the picture (credited as the photographs are).
            _add(people.photographers, names[-1:])
            names = names[:-1]
        elif role != "editor" and (picture or photo_after):
            role = "photographer"  # "记者李木易/摄", "新华社记者 才扬 摄"
            if _PICTURE_CAPTION_OPENS.search(text, max(match.start() - 6, 0), match.start()):
                # "（圖／記者林悅翻攝）": a picture's own credit; the reporter's byline elsewhere counts.
                _add(pictured, names)
        if (
            role == "author"
            and (
                _TEXT_AND_PICTURES.fullmatch(match.group(0))
                or _TEXT_AND_PICTURES_BEFORE.search(text[max(match.start() - 8, 0) : match.start()])
            )
        ) or (role in ("author", "correspondent") and _TEXT_AND_PICTURES_AFTER.match(tail)):
            # "文/图 本报记者 黎浩然", "图文：王婷": the writer took the pictures too.
            _add(people.photographers, names)
            _add(pictured, names)
        target = {
            "author": people.authors,
            "correspondent": people.correspondents,
            "editor": people.editors,
            "photographer": people.photographers,
        }[role]
        _add(target, names)
    for reported in prefiltered(_NAMES_PLACE_REPORTED).finditer(text):
        _add(people.authors, _reported_names(reported.group("inner")))
    for reported in prefiltered(_OUTLET_NAMES_REPORTED).finditer(text):
        if reported.group("outlet").endswith(OUTLET_ENDINGS):  # a desk ("國際中心") credits nobody
            _add(people.authors, _reported_names(reported.group("inner")))
    for bare in prefiltered(_BARE_AFTER_DATELINE).finditer(text):
        _add(people.authors, [n for n in _bare_names(bare.group("inner")) if n not in people.correspondents])
    for credit in (
        *prefiltered(_NAME_FIRST).finditer(text),
        *prefiltered(_NAME_SPACED_TEXT).finditer(text),
        *prefiltered(_NAME_PEN).finditer(text),
    ):
        # "杨萱/文　欧阳永康/摄": a name, then its role after a slash.
        name, role = credit.group("name") or credit.group("writer"), credit.group("role") or "著"
        if name in people.correspondents or name in people.editors:
            continue  # "通讯员 吴延梅/文、图": a labelled credit says the role
        if (surname_first(name) or (role == "著" and "·" in name)) and plausible_name(name):
            _add(people.authors if role[0] in "文执著" else people.photographers, [name])
            if len(role) == 3:  # "胡翠毅 文/摄": the writer took the pictures too
                _add(people.photographers, [name])
                _add(pictured, [name])
    marked_lines = {line.strip() for line in _MARK_OPENS_LINE.findall(text)}
    for marked in prefiltered(_MARKED_NAMES).finditer(text) if len(marked_lines) == 1 else ():
        # One marked line in the zones (which may repeat it): a byline. Several are a bulleted list
        # ("● 王强 ● 李明": people listed, or subheadings), whose names are not the writers.
        _add(people.authors, [n for n in marked_names(marked.group("names")) if n not in people.editors])
    for signed in prefiltered(_SIGNED_ESSAY).finditer(text):
        if bare_name(signed.group("name")):
            _add(people.authors, [signed.group("name")])
    for filed in prefiltered(_FILED_FROM).finditer(text):
        name = filed.group("name")
        if surname_first(name) and plausible_name(name):
            _add(people.authors, [name])
    for pictures in prefiltered(_PICTURES_BY).finditer(text):
        # "（本版图片由任晨曦摄）": a photographer credited in a sentence; a writer named there took them too.
        names = [n for n in split_names(pictures.group("names")) if surname_first(n) and plausible_name(n)]
        _add(people.photographers, names)
        _add(pictured, names)
    for caption in prefiltered(_CAPTION_PHOTOGRAPHER).finditer(text):
        # "…现场。龚艳磊摄": a caption's photographer; a writer named so took the pictures too.
        name = caption.group("name")
        if surname_first(name) and plausible_name(name) and name not in people.editors:
            _add(people.photographers, [name])
            _add(pictured, [name])
    _add(
        people.authors,
        [n for n in role_bracketed + writing_role_names(text) if n not in people.correspondents],
    )
    people.pen_names = pen_names(text)
    _add(people.authors, people.pen_names)
    for note in prefiltered(_BIO_NOTE).finditer(text):
        name = note.group("name") or note.group("copula")
        if surname_first(name) and plausible_name(name):
            _add(people.authors, [name])
    # A name also credited as editor or photographer is not taken as an author:
    # "作者：陈海峰 责任编辑：陈海峰" is a CMS filling both fields with the editor.
    people.authors = [
        n
        for n in people.authors
        if (n not in people.photographers or n in pictured) and n not in people.editors
    ]
    # "关于作者：她刊(id:iiiher)", "来源/剥洋葱people（id：boyangcongpeople）作者/剥洋葱": a WeChat
    # account (公众号) printed with its id, credited as the writer, is no person; a writer's own account
    # under a surname-first name ("作者：李月亮来源：李月亮（id：bymooneye）") is the writer's.
    accounts = account_names(text)
    people.authors = [
        n for n in people.authors if surname_first(n) or not any(n.lower() in a for a in accounts)
    ]
    source = prefiltered(_SOURCE).search(text)
    if source:
        people.source_name = source.group("name")
    elif outlet:
        people.source_name = outlet
    return people
