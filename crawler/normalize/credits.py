"""Datelines and bylines: who wrote, photographed and edited an article, and from where.

Chinese papers put these in a handful of fixed forms, at the start
(``本报讯（记者 张三）``, ``新华社北京3月5日电``, ``城市晚报白城讯``,
``本报记者 张三``) or at the end (``/孙红 张连鹏 报道``, ``（记者 张三）``,
``责任编辑：李四``). They are metadata, not body text: left in the body they
pollute snippets and make two printings of one story look different.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from archive.chars import HAN

REPORTER, PHOTOGRAPHER, CORRESPONDENT, EDITOR = "reporter", "photographer", "correspondent", "editor"

# Keyword -> (role, where it may stand). "pre" keywords name the role of the names after them,
# "suf" keywords the role of the names before them; "both" are read by context.
_KEYWORDS: dict[str, tuple[str, str]] = {}
for _kw in (
    "本报记者",
    "见习记者",
    "特约记者",
    "实习记者",
    "首席记者",
    "融媒体记者",
    "全媒体记者",
    "融媒记者",
    "全媒记者",
    "新华社记者",
):
    _KEYWORDS[_kw] = (REPORTER, "pre")
_KEYWORDS.update(
    {
        "记者": (REPORTER, "pre"),
        "撰稿": (REPORTER, "pre"),
        "本报通讯员": (CORRESPONDENT, "pre"),
        "特约通讯员": (CORRESPONDENT, "pre"),
        "通讯员": (CORRESPONDENT, "pre"),
        "实习生": (CORRESPONDENT, "pre"),
        "摄影记者": (PHOTOGRAPHER, "pre"),
        "图片": (PHOTOGRAPHER, "pre"),
        "摄影": (PHOTOGRAPHER, "both"),
        "图": (PHOTOGRAPHER, "both"),
        "文": (REPORTER, "both"),
        "报道": (REPORTER, "suf"),
        "采写": (REPORTER, "suf"),
        "整理": (REPORTER, "suf"),
        "摄": (PHOTOGRAPHER, "suf"),
        "供图": (PHOTOGRAPHER, "suf"),
    }
)
for _kw in (
    "责任编辑",
    "责编",
    "值班编辑",
    "本版编辑",
    "美术编辑",
    "图片编辑",
    "实习编辑",
    "编辑",
    "美编",
    "组版",
    "版式",
    "版式设计",
    "美术设计",
    "校对",
    "审校",
    "审核",
    "终审",
    "排版",
):
    _KEYWORDS[_kw] = (EDITOR, "pre")
# The page's editors' roles (责编 X 美编 Y 校对 Z): a running head may carry them.
EDITOR_WORDS = frozenset(k for k, (role, _) in _KEYWORDS.items() if role == EDITOR)
# The editors' labels a name may run into, longest first (康佳编辑 潘佳锟: see :func:`_name_before_label`).
_GLUED_LABELS = sorted(EDITOR_WORDS, key=len)[::-1]
# Longest first, so that 本报记者 wins over 记者 when peeling a keyword off a name.
_GLUED_PREFIXES = sorted((k for k, (_, pos) in _KEYWORDS.items() if pos != "suf" and len(k) > 1), key=len)[
    ::-1
]
# 文 and 图 end many given names (张殿文), so only longer keywords and 摄 are peeled off a name's end.
_GLUED_SUFFIXES = sorted(
    (k for k, (_, pos) in _KEYWORDS.items() if pos != "pre" and (len(k) > 1 or k == "摄")), key=len
)[::-1]

_SEPARATORS = re.compile(r"\s+[和及]\s+|[\s/／、，,：:|｜;；]+")
# "张三和李四": two names joined by 和 or 及 without spaces (a 2-4 character name is read whole first).
_JOINED_NAMES = re.compile(rf"([{HAN}]{{2,4}})[和及]([{HAN}]{{2,4}})")
_NAME = re.compile(rf"[{HAN}]{{2,4}}|[{HAN}]{{1,6}}·[{HAN}]{{1,8}}")
# A name run into the next role word (记者孟琳莲通讯员武军莲, once 记者 is peeled off).
_EMBEDDED_ROLE = re.compile(
    rf"([{HAN}]{{2,4}}?)(摄影记者|记者|本报通讯员|特约通讯员|通讯员|实习生|摄影)([{HAN}].*)"
)
_BRACKETS = {"（": "）", "(": ")", "【": "】", "[": "]", "〔": "〕"}
_MAX_PIECES = 16

_WIRES = "本报|新华社|中新社|中国新闻社|新华网|人民网|中新网|央视网|央广网|光明网|中国新闻网|澎湃新闻"
_PAPER = (
    f"{_WIRES}|"
    f"[{HAN}]{{1,8}}?(?:日报|晚报|晨报|早报|都市报|商报|时报|导报|青年报|法制报|报|晨刊|周刊|电视台|广播电台|新闻网|网)"
)
_WIRE = re.compile(f"(?:{_WIRES})$")
# Head bylines on a line of their own: ornament-marked (■记者 张三, □本报记者 李四 实习生 王五) or
# naming the paper whose staff wrote (吉林日报记者 张三). The mark and the paper are no names.
_PAPER_NAME_MAX = 7
_SENTENCE_MARKS = re.compile(r"[，。：；！？,:;!?]")
_ORNAMENT = re.compile(r"^[■□●○◆◇▲△★☆◎※]\s*")
_PAPER_BEFORE_ROLE = re.compile(
    rf"^(?:{_PAPER})(?=(?:首席|见习|特约|实习|摄影|全媒体?|融媒体?)?记者|(?:特约)?通讯员)"
)
# What a text layer may leave right after 讯/电 (dot leaders, a glyph read as ？, a mark): the
# dateline is still one (大河报讯···？·······第1章…).
_DATELINE_JUNK = "·•・…?？!！■□●◆"
# A dateline may be set in lenticular brackets (【本报讯】, 【新华社北京6月1日电】): closed after 讯/电.
# A text layer may leave a stray space before 讯/电 (大河报临沂 讯（记者武飞兴）): still a dateline where
# a credit bracket or a space follows, as no word of running text goes on that way.
_DATELINE = re.compile(
    rf"(?P<bracket>【)?(?:据)?(?P<paper>{_PAPER})(?P<place>[{HAN}]{{0,6}}?)(?P<date>\d{{1,2}}月\d{{1,2}}日)?"
    rf"(?:电|讯|消息|\s(?:电|讯)(?=[（(\s]))(?(bracket)】)"
    rf"(?=[\s（(【“‘《「『0-9{_DATELINE_JUNK}]|[{HAN}]|$)"
)
# A paper and its news app joined by a middle dot stand where a dateline does (齐鲁晚报·齐鲁壹点 记者 张三,
# 大河报·大风新闻 记者 李四): the credit that follows tells it from a running head (燕赵都市报·县域经济).
_APP_DATELINE = re.compile(
    rf"(?P<paper>{_PAPER})\s?[·•・]\s?(?P<app>[{HAN}]{{2,8}})"
    r"(?=\s*(?:(?:首席|见习|特约|实习|全媒体?|融媒体?|本报)?记者|(?:特约)?通讯员|实习生))"
)
# A regional paper's dateline may name the place alone, two or three characters (包头讯 / 台州讯5月21日…):
# a space or a figure follows it as no word of text goes on. A word of text ending in 讯 (快讯, 资讯,
# 喜讯, 通讯) is none: its first character is no place's last. The place must be one the places list
# knows, or the dateline's date follow it (瑞安讯5月21日, a county the list lacks): words ending in 讯
# are too many to list (捷讯, 花讯, 来讯), and one read as a place would cut its text and file it there.
_PLACE_DATELINE = re.compile(
    rf"(?P<paper>)(?P<place>[{HAN}]{{2,3}}?)(?P<date>)(?<![快简资通喜电视短音传应审问死警闻特要])讯"
    r"(?=[\s　0-9０-９])"
)
_MONTH_DAY = re.compile(r"[0-9０-９]{1,2}月[0-9０-９]{1,2}日")
_REPORTED_BY = re.compile(rf"据(?P<paper>{_PAPER})报道(?:[，,：:\s]|$)")
_STAFF_CREDIT = re.compile(r"(?:本报|新华社)?(?:记者|通讯员|见习记者|特约记者|实习生)")
_END_MARKS = re.compile(r"(?:\s*(?:[（(]完[）)]|【纠错】|\[纠错\]))+\s*$")
# Every byline holds one of these; testing for them first keeps parse_credit off ordinary lines.
_CREDIT_HINT = re.compile(r"^[/／（(【\[■□]|记者|通讯员|实习生|编|校对|审|摄|报道|采写|整理|撰|图|文")
_SPACED_SLASH = re.compile(r"\s[/／]")
# A role word with its slash or colon after a space (…有点儿大的.. 文/彭泽 图/蒋娜): where a byline may
# open inside a paragraph's last words that no sentence end set apart.
_SPACED_ROLE = re.compile(
    r"(?:\s|(?<=[）)」』]))(?=(?:文|图|摄影|本报记者|记者|本报通讯员|通讯员|实习生)\s*[/／：:])"
)  # or right after a closing bracket, where cleaning took the space out (…（编辑/邱玮倩）文/司马瑞)
# A slash right after a closing bracket or a clause mark, where cleaning took the space out
# (…新浪潮。（程远鹏）/记者 梁霞 报道, …不要直接接触泄漏物；/邹丽 报道): no name ends in a mark.
_BRACKET_SLASH = re.compile(r"[）)」』；;：:，,、][/／]")
_SENTENCE_COMMA = re.compile(r"[，,]")
_SENTENCE_END_MARKS = "。！？!?…"
_SENTENCE_END = re.compile(rf"[{_SENTENCE_END_MARKS}][”’」』）)》\"']*")


@dataclass
class Credits:
    """People named in a byline, each list in the order the byline names them."""

    reporters: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    correspondents: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)

    def without(self, other: Credits) -> Credits:
        """These credits less ``other``'s people, role by role (a head credit once a byline is taken off)."""
        return Credits(
            [n for n in self.reporters if n not in other.reporters],
            [n for n in self.photographers if n not in other.photographers],
            [n for n in self.correspondents if n not in other.correspondents],
            [n for n in self.editors if n not in other.editors],
        )

    def merge(self, other: Credits) -> None:
        """Add ``other``'s people to these, without repeating anyone within a role."""
        for mine, theirs in (
            (self.reporters, other.reporters),
            (self.photographers, other.photographers),
            (self.correspondents, other.correspondents),
            (self.editors, other.editors),
        ):
            mine.extend(n for n in theirs if n not in mine)


@dataclass
class Dateline:
    """Where a story was filed from: the dateline text and the paper and place it names."""

    text: str = ""
    paper: str = ""
    place: str = ""


# A media desk's role names its outlet (a paper's short name or its city) glued in front, never a
# person: 湛江全媒体记者 雷晶刚, 齐鲁融媒体记者 王芳.
_OUTLET_ROLE = re.compile(rf"[{HAN}]{{2,6}}?((?:全媒体?|融媒体?)记者)")


_SPLIT_KEEPING = re.compile(f"({_SEPARATORS.pattern})")
# Public: the byline extractor (crawler.extract.people) reads the same credits with this one rule.
# 文·图/X, 图·文 X: the two roles one person did, joined by a middle dot as 文/图 is by a slash. A dot
# between longer words is a name's (阿依古丽·买买提), so only the bare role characters are read so.
# ``DOTTED_ROLES.sub(r"\1/\2", text)`` writes them with the slash. The role character comes first
# and the look-behind after it, so that ``re`` skips to a 文 or 图 instead of trying every character.
DOTTED_ROLES = re.compile(rf"([文图])(?<![{HAN}][文图])[·•・]([文图])(?![{HAN}])")
_ONE_HAN = re.compile(f"[{HAN}]")
_ONE_OR_TWO_HAN = re.compile(f"[{HAN}]{{1,2}}")


def _pieces(text: str) -> tuple[list[str], bool]:
    """Split a credit at its separators, two-character names padded with a space joined back.

    ``通讯员 谢 娟、林晨庆``: a run of single characters set apart by a space or a full-width space
    only (never a mark: 、，/) is read by :func:`~crawler.extract.people.spaced_names`, which joins a
    surname and its given name or leaves the run as it is; a compound surname spaced from its given
    name (``欧阳 晓峰``) is one name too. Also tells whether any was joined.
    """
    from crawler.extract.people import COMPOUND_SURNAMES, SPACED_NAME_GAP, spaced_names  # the lists' one home

    parts = _SPLIT_KEEPING.split(text)
    pieces, gaps = parts[0::2], ["", *parts[1::2]]  # gaps[k]: the separator before pieces[k]
    # 记者王 强: a role word glued to a surname that a space sets apart from its given name. The role
    # goes apart (no gap after it), so that the surname opens a spaced run as in 记者 王 强.
    for k in range(len(pieces) - 2, -1, -1):
        kw = next((w for w in _GLUED_PREFIXES if pieces[k].startswith(w)), None)
        if (
            kw is not None
            and _ONE_HAN.fullmatch(pieces[k][len(kw) :])
            and _ONE_HAN.fullmatch(pieces[k + 1])
            and SPACED_NAME_GAP.fullmatch(gaps[k + 1])
        ):
            pieces[k : k + 1] = [kw, pieces[k][len(kw) :]]
            gaps[k + 1 : k + 1] = [""]
    out: list[str] = []
    joined = False
    k = 0
    while k < len(pieces):
        if (
            pieces[k] in COMPOUND_SURNAMES
            and k + 1 < len(pieces)
            and SPACED_NAME_GAP.fullmatch(gaps[k + 1])
            and _ONE_OR_TWO_HAN.fullmatch(pieces[k + 1])
        ):
            # 记者 欧阳 晓峰: a compound surname is nobody's whole name; spaced from its given name, one name
            out.append(pieces[k] + pieces[k + 1])
            joined = True
            k += 2
            continue
        end = k + 1
        if _ONE_HAN.fullmatch(pieces[k]):
            while (
                end < len(pieces) and _ONE_HAN.fullmatch(pieces[end]) and SPACED_NAME_GAP.fullmatch(gaps[end])
            ):
                end += 1
        names = spaced_names(pieces[k:end]) if end - k > 1 else None
        if names is not None:
            joined = True
            out.extend(names)
        else:
            out.extend(pieces[k:end])
        k = end
    return [p for p in out if p], joined


def _name_before_label(piece: str) -> tuple[str, str] | None:
    """Split a name run into the editor's label after it (``新京报记者 王洪春 康佳编辑 潘佳锟``), else None.

    The label names the next field (编辑 潘佳锟), and no person is called 康佳编辑: read whole, the
    piece is no name and the byline no credit, so it stayed in the text. Only a name a surname opens
    is split off (``网络编辑`` stays a word), and :func:`_tokens` asks only after a role word: before
    one (``来源 | 羊城派责编 | 魏琴``, ``本期责编：肖宵  白马编辑：兰珍``) the piece may be an outlet or
    a label it does not know.
    """
    from crawler.extract.people import plausible_name, surname_first  # the name validator's one home

    for label in _GLUED_LABELS:
        name = piece[: -len(label)]
        if piece.endswith(label) and 2 <= len(name) <= 4 and surname_first(name) and plausible_name(name):
            return name, label
    return None


def _tokens(text: str) -> list[tuple[str, str]] | None:
    """Split a credit into ("kw", keyword) and ("name", name) tokens, or None if it is not one."""
    pieces, padded = _pieces(DOTTED_ROLES.sub(r"\1/\2", text))
    if not pieces or len(pieces) > _MAX_PIECES:
        return None
    out: list[tuple[str, str]] = []
    while pieces:
        piece = pieces.pop(0)
        outlet = _OUTLET_ROLE.fullmatch(piece)
        if outlet is not None:
            piece = outlet.group(1)  # 湛江全媒体记者: the outlet's name before its media desk's role
        head: list[tuple[str, str]] = []
        tail: list[tuple[str, str]] = []
        while piece not in _KEYWORDS:
            kw = next((k for k in _GLUED_PREFIXES if piece.startswith(k) and len(piece) > len(k)), None)
            if kw is None:
                break
            head.append(("kw", kw))
            piece = piece[len(kw) :]
        embedded = _EMBEDDED_ROLE.fullmatch(piece) if head else None
        if embedded is not None:
            # 记者孟琳莲通讯员武军莲: a role word right after a peeled one's name starts the next part.
            pieces[:0] = [embedded.group(2) + embedded.group(3)]
            piece = embedded.group(1)
        if piece not in _KEYWORDS:
            kw = next((k for k in _GLUED_SUFFIXES if piece.endswith(k) and len(piece) - len(k) >= 2), None)
            if kw is not None:
                tail.append(("kw", kw))
                piece = piece[: -len(kw)]
        credited = any(kind == "kw" for kind, _ in out + head)  # a role before it credits the name
        before_label = None if piece in _KEYWORDS or tail or not credited else _name_before_label(piece)
        if before_label is not None:
            piece, label = before_label
            pieces[:0] = [label]  # the next field's label, read as the next piece
        joined = None if _NAME.fullmatch(piece) else _JOINED_NAMES.fullmatch(piece)
        if piece in _KEYWORDS:
            head.append(("kw", piece))
        elif joined is not None:
            head.extend([("name", joined.group(1)), ("name", joined.group(2))])
        elif _NAME.fullmatch(piece):
            head.append(("name", piece))
        else:
            return None
        out.extend(head + tail)
    if padded and not any(kind == "kw" for kind, _ in out):
        return None  # a spaced name is read inside a credit only, after or before its role word
    return out


def parse_credit(text: str, *, need_keyword: bool = True) -> Credits | None:
    """Read a byline such as ``/记者 张风 报道 马彬 摄`` into roles, or None if it is not a byline.

    A leading slash marks a byline even without a keyword (``/孙红 张连鹏``), and so do brackets
    around nothing but personal names (``（李四）``, see :func:`_personal_names`); otherwise a
    keyword is needed when ``need_keyword`` is set. Names without any role default to
    reporters, as papers mean them.
    """
    marked = _ORNAMENT.match(text.strip()) is not None
    text = _unmarked(text.strip())
    slash = text[:1] in "/／"
    if not slash and _SPACED_SLASH.search(text):
        # 来源：平安周口 /冯国 薛英平 报道: the slash opens the byline, and what stands before it is
        # text (a source line, a last phrase), never names; split_tail reads the byline from the slash.
        return None
    bracketed = False
    if slash:
        text = text[1:].strip()
    elif text[:1] in _BRACKETS and text.endswith(_BRACKETS[text[0]]):
        text = text[1:-1].strip()
        bracketed = True
    tokens = _tokens(text)
    if tokens is None or not any(k == "name" for k, _ in tokens):
        return None
    tokens = _without_leading_words(tokens)
    if not any(k == "name" for k, _ in tokens) or not _all_plausible(tokens):
        return None
    if not any(k == "kw" for k, _ in tokens) and need_keyword and not slash:
        # Brackets or a head byline's mark around nothing but personal names (（李四）, □邓佳卫).
        if not ((bracketed or marked) and _personal_names(tokens)):
            return None
    roles: dict[str, list[str]] = {}
    prefixed: set[str] = set()
    prefix_roles: list[str] = []
    pending: list[str] = []
    last_group: list[str] = []
    previous_kind = ""
    for i, (kind, value) in enumerate(tokens):
        if kind == "name":
            roles.setdefault(value, [])
            if prefix_roles:
                prefixed.add(value)
                roles[value].extend(r for r in prefix_roles if r not in roles[value])
            pending.append(value)
        else:
            role, position = _KEYWORDS[value]
            next_is_name = i + 1 < len(tokens) and tokens[i + 1][0] == "name"
            bare = [n for n in pending if n not in prefixed]
            as_suffix = position == "suf" or (position == "both" and (bool(bare) or not next_is_name))
            as_suffix = as_suffix and bool(pending or last_group)
            if as_suffix:
                if pending:
                    # 报道 credits the names that had no role yet; other suffixes all of them if none is bare.
                    targets = bare if (bare or role == REPORTER) else pending
                    last_group = pending
                else:
                    targets = last_group  # "报道 摄": the same people did both
                for name in targets:
                    if role not in roles[name]:
                        roles[name].append(role)
                pending, prefix_roles = [], []
            else:
                prefix_roles = [*prefix_roles, role] if previous_kind == "kw" else [role]
        previous_kind = kind
    credits = Credits()
    lists = {
        REPORTER: credits.reporters,
        PHOTOGRAPHER: credits.photographers,
        CORRESPONDENT: credits.correspondents,
        EDITOR: credits.editors,
    }
    for name, name_roles in roles.items():
        for role in name_roles or [REPORTER]:
            lists[role].append(name)
    return credits


def _without_leading_words(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Drop words read as names before a byline's first keyword that no person is called.

    A text's last phrase may run into its byline on one line (很憋屈 文/上官志 图/曾佳强, 转载： 文/宋娜):
    such a word stands where a name could, but 很憋屈 and 转载 are nobody's names.
    """
    from crawler.extract.people import plausible_name  # the name validator's one home

    out = list(tokens)
    while len(out) > 1 and out[0][0] == "name" and not plausible_name(out[0][1]):
        out.pop(0)
    return out


def _all_plausible(tokens: list[tuple[str, str]]) -> bool:
    """Tell whether every word a credit reads as a name can be a person's name.

    A byline names people; a word of text after it on the same line (``记者 沈杰仁 很多年`` / ``轻人…``)
    or a paper and its app before it (``滕州日报·看度新闻 记者 X``) is nobody, and a line holding one
    is a text's line, not a credit.
    """
    from crawler.extract.people import plausible_name  # the name validator's one home

    return all(plausible_name(value) for kind, value in tokens if kind == "name")


def _paper_before_role(text: str) -> int:
    """Return the length of a paper's name heading a byline (``江城日报记者 张三``), else 0.

    Only a short name on a line without sentence punctuation: ``潇湘晨报记者了解到，`` and
    ``区工商人员向武汉晚报记者介绍`` are text, and what follows 记者 there is no name.
    """
    paper = _PAPER_BEFORE_ROLE.match(text)
    if paper is None or paper.end() > _PAPER_NAME_MAX or _SENTENCE_MARKS.search(text):
        return 0
    return paper.end()


def crediting_paper(text: str) -> str:
    """The paper a head byline names its reporter for (``潇湘晨报记者 东方杰`` -> 潇湘晨报), else "".

    本报 and the wires name no one paper: every article of a page may say them."""
    text = _ORNAMENT.sub("", text.strip())
    paper = text[: _paper_before_role(text)]
    return "" if _WIRE.match(paper) else paper


def _unmarked(text: str) -> str:
    """Take an ornament mark and a paper's name off the front of a head byline (``■吉林日报记者 张三``)."""
    text = _ORNAMENT.sub("", text)
    if not text.startswith(("本报", "新华社")):
        text = text[_paper_before_role(text) :]
    return text


def heads_article(text: str) -> bool:
    """Tell whether a credit line on its own opens the article below it instead of closing the one above.

    ``本报记者 张三``, ``■记者 张三``, ``□本报记者 张三 实习生 李四`` and ``江城日报记者 张三`` stand
    between a headline and its text; an article's closing byline (``/记者 张三 报道``) never takes
    these forms.
    """
    text = text.strip()
    return (
        text.startswith(("本报记者", "本报通讯员"))
        or _ORNAMENT.match(text) is not None
        or _paper_before_role(text) > 0
    )


def closes_article(text: str) -> bool:
    """Tell whether a credit line can only close the article above it, by its grammar.

    A byline that opens with a slash (``/记者 张三 报道``) or ends in a role word that credits the
    names before it (报道, 摄, 采写, 整理) is printed after a text; a head credit names its role first
    (本报记者 张三, 文/李四 图/王五).
    """
    text = _END_MARKS.sub("", text).strip()
    if text[:1] in "/／":
        return True
    tokens = _tokens(text) or []
    return bool(tokens) and tokens[-1][0] == "kw" and _KEYWORDS[tokens[-1][1]][1] == "suf"


def finishes_byline(previous: str, text: str) -> bool:
    """Tell whether a line opening with a role word that credits the names before it (报道, 摄) is
    the rest of a byline the line above broke (``…地产。 /记者 马雪峰`` / ``报道 高然宁 摄``).

    Read alone, ``报道 高然宁 摄`` would make the photographer the reporter; it goes on the credit
    ``previous`` ends with, and the two read as one byline.
    """
    tokens = _tokens(_END_MARKS.sub("", text).strip()) or []
    if not tokens or tokens[0][0] != "kw" or _KEYWORDS[tokens[0][1]][1] != "suf":
        return _closes_open_byline(previous, tokens)
    if split_tail(previous)[1] is None:
        return False
    return split_tail(previous + " " + text)[1] is not None


def opens_with_role(text: str) -> bool:
    """Tell whether a line opens with a role word naming the people after it (记者, 通讯员, 摄影).

    A lone 文 or 图 is no such word: it may end a name the column edge broke (``/孟海 邹勇`` / ``文 报道``).
    """
    tokens = _tokens(_END_MARKS.sub("", text).strip()) or []
    return (
        bool(tokens)
        and tokens[0][0] == "kw"
        and _KEYWORDS[tokens[0][1]][1] != "suf"
        and len(tokens[0][1]) >= 2
    )


def _closes_open_byline(previous: str, tokens: list[tuple[str, str]]) -> bool:
    """Tell whether a line ending in a role word that credits the names before it (报道, 摄) closes a
    slash byline the line above left open (``…好房子。 /尹艳`` / ``记者 上官一斌 报道 摄``,
    ``…判决书。 /夏侯飞泽`` / ``夏亮云 谢艳一 报道``).

    A slash byline runs to its role word: names after the slash with no 报道 or 摄 yet are a byline
    the column edge broke, not one of their own. Read alone, the line below would credit its names
    only and the names above the break would be lost.
    """
    if not tokens or tokens[-1][0] != "kw" or _KEYWORDS[tokens[-1][1]][1] != "suf":
        return False
    rest, credits = split_tail(previous)
    tail = previous[len(rest) :].strip()
    if credits is None or tail[:1] not in "/／":
        return False
    above = _tokens(_END_MARKS.sub("", tail[1:]).strip()) or []
    return bool(above) and all(kind != "kw" for kind, _ in above)


def _personal_names(tokens: list[tuple[str, str]]) -> bool:
    """Tell whether keyword-free tokens are all personal names (surname first), as in ``（李四）``.

    Papers close short items with the reporter's name in brackets and no role word. Any
    bracketed word of two to four characters would read as a name, so here each must start
    with a known surname and have one or two given characters (``（市场篇）``, ``（新华社）`` fail),
    and not be a dictionary word other than a person's name (``（江苏）``, ``（方案）``, ``（周一）``).
    """
    from crawler.extract.people import plausible_name, surname_first  # the surname list's one home
    from crawler.normalize.segment import personal_name_word

    def personal(name: str) -> bool:
        return surname_first(name) and plausible_name(name) and personal_name_word(name)

    names = [value for kind, value in tokens if kind == "name"]
    return len(names) == len(tokens) and len(names) <= 3 and all(personal(n) for n in names)


def _bracketed(text: str) -> int:
    """Return the index after the bracket group that opens ``text``, or 0 if none closes."""
    close = _BRACKETS.get(text[:1])
    if close is None:
        return 0
    end = text.find(close, 1)
    return end + 1 if 0 < end <= 40 else 0


def _leading_credit(text: str, *, app: bool = False) -> tuple[Credits, str] | None:
    """Take a credit off the start of a paragraph (``（记者 张三）…``, ``记者 张三 报道：…``)."""
    end = _bracketed(text)
    if end:
        credits = parse_credit(text[:end])
        return (credits, text[end:]) if credits else None
    if not _STAFF_CREDIT.match(text):
        return None
    cuts = [m.end() for m in re.finditer(r"报道(?=[\s：:]|$)|[：:]|\s*$", text[:40])]
    for cut in cuts:
        credits = parse_credit(text[:cut])
        if credits:
            return credits, text[cut:]
    return _spaced_leading_credit(text, app=app)


def _spaced_leading_credit(text: str, *, app: bool = False) -> tuple[Credits, str] | None:
    """Take off a credit set apart from the text it heads by a space only (``记者 张三 小伙到他人…``).

    Nothing but the space closes such a credit (本报讯 记者 周海 通讯员 刘小燕 近日…), so the longest run
    of pieces before a space in the first 40 characters that reads as a credit wins, and every name
    in it must start with a surname: a text's first word (小伙, 很多年) is nobody's name.

    After a paper and its ``app`` (齐鲁晚报·齐鲁壹点 记者 张三), whose form the credit belongs to, a figure
    ends it too: cleaning takes out the space before one (记者 潘佳武 12月24日 -> 记者潘佳武12月24日). After
    another dateline a name run into a date (本报讯 记者李洁6月8日…) is the text's own wording as often.
    """
    from crawler.extract.people import surname_first  # the surname list's one home

    ends = rf"\s+|(?<=[{HAN}])(?=[0-9０-９])" if app else r"\s+"
    spaces = [m.start() for m in re.finditer(ends, text[:40])]
    for cut in reversed(spaces):
        credits = parse_credit(text[:cut])
        if credits is not None and all(surname_first(name) for name in _names(credits)):
            return credits, text[cut:]
    return None


def _names(credits: Credits) -> list[str]:
    """Everyone a credit names, in any role."""
    return credits.reporters + credits.photographers + credits.correspondents + credits.editors


def _dateline(text: str) -> re.Match[str] | None:
    """Match a dateline at the start of ``text``.

    A "电" dateline of a paper not known by name needs its date (``本溪日报3月5日电``):
    without one, any name ending in 网 or 报 and a word ending in 电 reads as a dateline
    (``国网勉县供电公司`` is a company, not 国网 filing from 勉县); "消息" is the wires'
    and 本报's only (``广州通报不实消息`` is a headline).
    """
    match = _DATELINE.match(text) or _APP_DATELINE.match(text) or _place_dateline(text)
    if match is None or _WIRE.match(match.group("paper")) or match.re is not _DATELINE:
        return match
    if match.group(0).endswith("消息") or (match.group(0).endswith("电") and not match.group("date")):
        return None
    return match


def _place_dateline(text: str) -> re.Match[str] | None:
    """Match a dateline naming the place alone: a listed place (包头讯), or any before its date."""
    from crawler.extract.name_lists import ALL_PLACES  # the places list's one home

    match = _PLACE_DATELINE.match(text)
    if match is None or match.group("place") in ALL_PLACES or _MONTH_DAY.match(text, match.end()):
        return match
    return None


def split_head(text: str) -> tuple[Dateline, Credits, str]:
    """Take the dateline and any credit off the start of an article's first paragraph."""
    dateline = Dateline()
    credits = Credits()
    rest = text
    match = _dateline(text) or _REPORTED_BY.match(text)
    if match:
        dateline = Dateline(
            match.group(0).strip("【】，,：: "), match.group("paper"), match.groupdict().get("place") or ""
        )
        rest = text[match.end() :].lstrip()
    leading = _leading_credit(rest, app=match is not None and match.re is _APP_DATELINE)
    if leading:
        found, after = leading
        if not match and _STAFF_CREDIT.match(rest) and rest.startswith(("本报记者", "本报通讯员")):
            dateline = Dateline(rest[: len(rest) - len(after)].strip("：: "), "本报", "")
        credits, rest = found, after
    return dateline, credits, rest.lstrip("，,：: ")


def split_tail(text: str) -> tuple[str, Credits | None]:
    """Take a byline off the end of a paragraph, after its last sentence (``…活动。 /孙红 报道``)."""
    if "完" in text or "纠错" in text:  # the end marks' regex, tried at every character, is slow
        text = _END_MARKS.sub("", text)
    start = _last_sentence_end(text)
    tail = text[start:].strip()
    if len(tail) > 60:
        # A text may stop without a full stop (…红遍美利坚~ /记者 蔡博 报道, …汉中市政府办、/记者 X 报道):
        # a slash after a space, a bracket or a clause mark near the end still opens its byline.
        slashes = sorted(
            m.end() - 1
            for pattern in (_SPACED_SLASH, _BRACKET_SLASH)
            for m in pattern.finditer(text, start)
            if len(text) - m.start() <= 60
        )
        credits = parse_credit(text[slashes[-1] :]) if slashes else None
        if credits is not None:
            return text[: slashes[-1]].rstrip(), credits
        return _split_at_role(text, start)
    if not tail or _CREDIT_HINT.search(tail) is None:
        return text, None
    # A slash after a space opens the byline (返回搜狐，查看更多 /记者 傅嘉国 报道): what stands before
    # it is unfinished text, never names. So does one right after a closing bracket, where cleaning
    # took the space out (…新浪潮。（程远鹏）/记者 梁霞 报道: the text's own credit, then the byline).
    slash = _SPACED_SLASH.search(tail) or _BRACKET_SLASH.search(tail)
    if slash is not None:
        at = slash.end() - 1  # the slash itself
        credits = parse_credit(tail[at:])
        if credits is None:
            return text, None
        return (text[:start] + tail[:at]).rstrip(), credits
    credits = parse_credit(tail)
    if credits is None:
        return _split_at_role(text, start)
    return text[:start].rstrip(), credits


def _last_sentence_end(text: str) -> int:
    """Return where ``text``'s last sentence ends (its mark and closing quotes), 0 when none does.

    Every mark opens a match of :data:`_SENTENCE_END` of its own (closing quotes are no marks), so
    the last match starts at the last mark: found from the end, not by matching every sentence.
    """
    at = max(text.rfind(mark) for mark in _SENTENCE_END_MARKS)
    match = _SENTENCE_END.match(text, at) if at >= 0 else None
    return match.end() if match else 0


def _split_at_role(text: str, start: int) -> tuple[str, Credits | None]:
    """Take off a byline opened by a spaced role word (``… 文/彭泽 图/蒋娜``) in the last 60 characters.

    A text may stop without a full stop (``…有点儿大的..``) or run into page junk before its byline
    (``编辑：徐学正相关新闻 文/王平超``): the byline then opens at a space followed by a role word and
    its slash or colon, and runs to the end. The first such opening whose rest is a byline wins.
    """
    for match in _SPACED_ROLE.finditer(text, max(start, len(text) - 60)):
        credits = parse_credit(text[match.end() :])
        if credits is not None:
            return text[: match.start()].rstrip(), credits
    return _split_at_bracket(text)


def _split_at_bracket(text: str) -> tuple[str, Credits | None]:
    """Take off a bracketed credit naming a staff role that ends a text without a full stop before it.

    A text may stop without one (``…江西赣县上饶平安希望小学（记者 林芳洋）``: a list, a date); a
    bracket closing the paragraph with a role word and names in it (记者, 通讯员) is its credit all the
    same. Bare names in brackets (``（李四）``) count only after a sentence: elsewhere they may be
    the text's own aside.
    """
    close = text.rstrip()[-1:]
    opening = {v: k for k, v in _BRACKETS.items()}.get(close)
    if opening is None:
        return text, None
    at = text.rfind(opening)
    inside = text[at:].strip()
    if at <= 0 or len(inside) > 40 or _STAFF_CREDIT.search(inside) is None:
        return text, None
    credits = parse_credit(inside)
    return (text[:at].rstrip(), credits) if credits is not None else (text, None)


def is_credit_line(text: str) -> bool:
    """Tell whether a whole line is a byline or an editor line."""
    if len(text) > 60 or _CREDIT_HINT.search(text) is None:
        return False
    credits = parse_credit(_END_MARKS.sub("", text))
    if credits is None:
        return False
    if _SENTENCE_COMMA.search(text) is None:
        return True
    # A sentence's commas cut it into pieces that read as names (采访中，记者了解到，虽然内): a byline
    # listed with commas names people by surname, so each must start with one.
    from crawler.extract.people import surname_first  # the surname list's one home

    return all(surname_first(name) for name in _names(credits))


def is_end_mark(text: str) -> bool:
    """Tell whether a line is only an end mark such as ``（完）``."""
    return bool(text) and _END_MARKS.fullmatch(" " + text) is not None


def cites_source(text: str) -> bool:
    """Tell whether a paragraph opens by citing another outlet (``据人民日报报道，``)."""
    return _REPORTED_BY.match(text) is not None and _dateline(text) is None


def dateline_only(text: str) -> bool:
    """Tell whether ``text`` is a dateline and nothing else (as a headline may look)."""
    match = _dateline(text)
    return match is not None and match.end() == len(text.rstrip())


def dateline_at(text: str) -> bool:
    """Tell whether a paragraph opens with a dateline or a staff credit, so starts an article."""
    if _dateline(text) or _REPORTED_BY.match(text):
        return True
    return (
        text.startswith(("本报记者", "本报通讯员", "（记者", "(记者")) and _leading_credit(text) is not None
    )
