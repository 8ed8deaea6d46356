"""Split the run of names after a credit's label into clean names (:func:`split_names`).

``张三 李四、王五``, ``张三和李四``, ``王 强 李 明`` (names spaced to a column's
width), ``董璐王仁贵`` (two names glued): reading stops where the byline runs
into a role, a dateline or the text.
"""

from __future__ import annotations

import re

from crawler.extract.name_lists import (
    _CJK,
    _MINORITY_STARTS,
    COMMON_SURNAMES,
    COMPOUND_SURNAMES,
    minority_name,
    surname_first,
    uyghur_start,
)
from crawler.extract.names import _BODY_ENDINGS, _LABEL_PARTS, plausible_name
from crawler.extract.role_words import (
    _GLUED_LABEL,
    _GLUED_ROLE,
    _LEADING,
    _ONE_CHARACTER_ROLES,
    _PICTURE_ROLES,
    _ROLE_WORDS,
    _TRAILING,
)

__all__ = ["SPACED_NAME_GAP", "affiliation_word", "spaced_names", "split_names", "titled_name"]

# 网易 appends staff codes to editor names: "杨倩_NF4425".
_STAFF_CODE = re.compile(r"_[A-Za-z]{1,4}\d{2,}$")


# A two-character name padded to a three-character one's width in a credit (记者 王　强, 通讯员 谢 娟、X,
# 文/张 风): one space, a full-width space or two spaces between surname and given name.
SPACED_NAME_GAP = re.compile("\u3000| {1,2}")


# A run opens after a separator, or right after a role word glued to its surname (记者王 强, 通讯员谢 娟).
# Its first character and the space after it are tested before the look-behinds (each is one
# character further back): most characters of a zone fail there (61 -> 22 us per bench zone).
_SPACED_RUN = re.compile(
    rf"[{_CJK}](?=[\u3000 ])(?:(?<=[:：︱|/／\s、，,].)|(?<=记者.)|(?<=通讯员.)|(?<=实习生.))"
    rf"(?:(?:{SPACED_NAME_GAP.pattern})[{_CJK}])+(?=$|[\s)）】\],，、;；/／])"
)


# "记者 欧阳 晓峰": a compound surname spaced from its given name (a column's spacing) is one name,
# not two; a compound surname alone is nobody's whole name.
# (The surname first, the separator looked behind its two characters: ``re`` skips to surnames.)
_SPACED_COMPOUND = re.compile(
    rf"({'|'.join(sorted(COMPOUND_SURNAMES))})(?<=[:：︱|/／\s]..)[ \u3000]+"
    rf"([{_CJK}]{{1,2}})(?=$|[\s)）】\],，、;；])"
)


def spaced_names(chars: list[str]) -> list[str] | None:
    """Read a run of single characters set apart by spaces in a credit as two-character names.

    ``王 强 李 明`` -> ``王强 李明``: every pair must start with a common surname. A one-character role
    word at an end stays a role (``文 王 强``, ``王 强 摄``) unless only its reading as a given name
    pairs every character (``王 文``). Any other run is refused (None): in ``王 李 明`` or ``王 李明``
    which characters go together is unknown, and a wrong name is worse than none.
    """
    for lead, end in ((1, 1), (1, 0), (0, 1), (0, 0)):
        if (lead and chars[0] not in _ONE_CHARACTER_ROLES) or (end and chars[-1] not in _ONE_CHARACTER_ROLES):
            continue
        middle = chars[lead : len(chars) - end]
        if not middle or len(middle) % 2:
            continue
        pairs = [middle[i] + middle[i + 1] for i in range(0, len(middle), 2)]
        if all(p[0] in COMMON_SURNAMES and not set(p) <= _ONE_CHARACTER_ROLES for p in pairs):
            return chars[:lead] + pairs + chars[len(chars) - end :]
    return None


def _join_spaced_run(match: re.Match[str]) -> str:
    """Join a spaced run's two-character names (see :func:`spaced_names`), or leave it as printed."""
    names = spaced_names(SPACED_NAME_GAP.split(match.group(0)))
    return match.group(0) if names is None else " ".join(names)


def _place_tail(token: str) -> str:
    """Cut a place glued after a name (``张迪中国2月9日电``: the next article's dateline) -> ``张迪``.

    The last two characters must be a place the dictionary knows well
    (tagged ``ns``, seen 1,000 times or more) and what stands before them a
    surname-first name of two or three characters.
    """
    if not 4 <= len(token) <= 5 or not re.fullmatch(rf"[{_CJK}]+", token):
        return token
    from crawler.normalize.segment import dictionary_entry

    entry = dictionary_entry(token[-2:])
    head = token[:-2]
    if entry is not None and entry[1] == "ns" and entry[0] >= 1000 and surname_first(head):
        return head
    return token


def _text_word(token: str) -> bool:
    """Tell whether a token spaced after a byline's names is a word of text (篮球, 今年), not another name.

    A dictionary word that opens with no surname and is not tagged as a
    person's name: a byline printed above the text, its paragraph break lost,
    runs on into the text's first word. Pen names spaced after a writer's
    name are rare; a surname-first word (高峰, 文静) stays a name.
    """
    if surname_first(token) or not 2 <= len(token) <= 3:
        return False
    if len(token) == 3:
        from crawler.normalize.segment import common_word

        return common_word(token)
    from crawler.normalize.segment import dictionary_entry

    entry = dictionary_entry(token)
    return entry is not None and not entry[1].startswith("nr")


def _no_surname(token: str) -> bool:
    """Tell whether a token spaced after a byline's names opens with no surname (航拍, 鸣谢, 动效).

    A list of writers after the first goes on over names: surname-first ones, or Tibetan, Mongolian
    and Uyghur names (次仁卓嘎, 阿依古丽), which may be two characters whole (扎西, 尼玛, 格桑). A
    token with no surname before a name (:func:`_name_follows`) is the label of the next credit:
    read as a writer it would carry the names after it along.
    """
    return (
        not surname_first(token)
        and not minority_name(token)
        and token not in _MINORITY_STARTS
        and not uyghur_start(token)
    )


def _name_follows(parts: list[str], index: int) -> bool:
    """Tell whether the token after ``parts[index]`` is a surname-first name (``航拍 李晓峰``).

    A token with no surname before a name labels that name's credit; at the run's end or before a
    role word it may be a pen name (editors are credited so: ``编辑 | 夏桑 虾妹 剪辑 | 呀呀``).
    """
    after = parts[index + 2].strip("·• ") if index + 2 < len(parts) else ""
    return bool(after) and after not in _ROLE_WORDS and surname_first(after) and plausible_name(after)


def _joiner_word(token: str, first: str) -> bool:
    """Tell whether the 和 or 及 after ``first`` in ``token`` opens a word (及时, 及其, 和平).

    ``丁辉及时赶到`` is a name and text run on, not 丁辉 and 时赶到.
    """
    from crawler.normalize.segment import dictionary_entry

    return dictionary_entry(token[len(first) : len(first) + 2]) is not None


def _and_split(token: str) -> list[str]:
    """Split ``张三和李四``, ``张三及李四`` (two names joined by 和 or 及) but not ``王和平`` (one name)."""
    match = re.fullmatch(rf"([{_CJK}]{{2,4}})[和及]([{_CJK}]{{2,4}})", token)
    if match and len(token) >= 5:
        return [match.group(1), match.group(2)]
    return [token]


# Words joining the last name of a list (spaced: "叶睿 和 方睿") and words closing it ("陈思远 周晓文 等").
_JOINING = frozenset("和 及 与".split())
_CLOSING = frozenset("等 等人".split())


def _closed_by_deng(token: str) -> str:
    """Return a surname-first name of 2-4 characters glued to 等 or 等人 without them, else ``token``.

    (``田宇刚等报道``: 报道 may follow, closing the credit.)
    """
    stem = re.sub(r"等人?(?:报道|报导)?$", "", token)
    if stem != token and 2 <= len(stem) <= 4 and re.fullmatch(rf"[{_CJK}]+", stem) and surname_first(stem):
        return stem
    return token


def _joined_before_role(head: str) -> str:
    """Drop 及 (or 和 after three characters) joining a name to the next role: ``林健及通讯员丁春``.

    A name may end in 和 (张志和), rarely in 及; 和 is cut only after a full three-character name.
    """
    if (head.endswith("及") and len(head) >= 3) or (head.endswith("和") and len(head) >= 4):
        stem = head[:-1]
        if surname_first(stem):
            return stem
    return head


def _clean(token: str) -> str:
    return _TRAILING.sub("", _LEADING.sub("", _STAFF_CODE.sub("", token.strip("·• "))))


# Last characters of bodies (银监会, 公安局, 宣传部), rare as the last character of a name.
_BODY_ENDS = frozenset("会局部委厅办")


def _glued_pair(token: str) -> list[str]:
    """Split two names printed without a separator (``董璐王仁贵``) when only one cut makes two names.

    Only 5-6 characters without a compound surname, and the second name must
    start with a common surname: ``王洪春康佳`` -> 王洪春, 康佳; a run that can be
    cut two ways is left alone (no name beats a wrong one).
    """
    if not 5 <= len(token) <= 6 or token[:2] in COMPOUND_SURNAMES:
        return []
    cuts = [
        [token[:cut], token[cut:]]
        for cut in (2, 3)
        if 2 <= len(token) - cut <= 3
        and token[0] in COMMON_SURNAMES
        and token[cut] in COMMON_SURNAMES
        and token[-1] not in _BODY_ENDS  # "王培成银监会": a name and a body
        and all(plausible_name(piece) for piece in (token[:cut], token[cut:]))
        and not _word_not_name(token[cut:])  # "宋均益国庆 10.1": a name, then the text's 国庆
        and not _word_not_name(token[cut - 1 : cut + 1])  # "张三授权展出": a word (授权) across the cut
    ]
    return cuts[0] if len(cuts) == 1 else []


def _word_not_name(piece: str) -> bool:
    """Tell whether a two-character piece is a word the dictionary knows well and not as a name (国庆)."""
    if len(piece) != 2:
        return False
    from crawler.normalize.segment import dictionary_entry

    entry = dictionary_entry(piece)
    return entry is not None and entry[0] >= 100 and not entry[1].startswith("nr")


# Where an author's affiliation or title ends the credit: "作者：方敏北京大学经济学院教授".
_AFFILIATION_END = re.compile(
    r"(?:大学|学院|研究院|研究所|研究中心|科学院|社科院|党校|报社|杂志社|出版社|公司|集团|银行|医院|学校|中学"
    r"|委员会|政府|法院|检察院|事务所|协会|学会|基金会|中心|教授|研究员|博士|博士生|讲师|律师|主任|院长|校长"
    r"|会长|理事|董事长|总经理|总裁|专家|学者|主编|编审|医师|工程师|会计师|经济师)$"
)


def _affiliated_name(token: str) -> str:
    """Return the name at the head of ``张三 + affiliation`` printed as one run, or ``""``.

    ``方敏北京大学经济学院教授`` -> 方敏. The run must end in an institution or a
    title, and the name must end where the segmenter ends a word (方敏|北京大学,
    not 方敏北|京大学) with exactly one surname-first cut of 2-4 characters: a
    run that can be cut two ways, or a phrase, gives no name.
    """
    if len(token) < 5 or not _AFFILIATION_END.search(token) or not re.fullmatch(rf"[{_CJK}]+", token):
        return ""
    if any(part in token for part in _LABEL_PARTS):
        return ""  # "作者：区融媒体中心": a body holding a label's word (融媒), not 区融 and where he works
    from indexer.analysis import query_words  # the index's segmenter door: it folds before it cuts

    ends, at = set(), 0
    for word in query_words(token):
        at += len(word)
        ends.add(at)
    cuts = [
        cut
        for cut in (2, 3, 4)
        if cut in ends
        and surname_first(token[:cut])
        and plausible_name(token[:cut])
        and len(token) - cut >= 3
    ]
    return token[: cuts[0]] if len(cuts) == 1 else ""


# Professional titles printed after a writer's name, glued or spaced ("邓昕佳讲师", "周霞勇 律师"):
# a list of titles, as no rule tells a title from a given name's last characters.
_TITLE_AFTER = re.compile(
    r"(?:(?:副)?主任医师|主治医师|医师|(?:高级)?工程师|(?:高级)?经济师|(?:注册)?会计师|(?:心理)?咨询师"
    r"|(?:副)?教授|(?:副)?研究员|讲师|博士|律师|(?:副)?编审)$"
)


def titled_name(token: str) -> str:
    """Return the name of ``name + title`` (``邓昕佳讲师`` -> 邓昕佳), or ``""``.

    The name must be surname-first and plausible, two characters or more: ``王律师`` names nobody.
    """
    title = _TITLE_AFTER.search(token)
    if not title or title.start() < 2:
        return ""
    head = token[: title.start()]
    return head if re.fullmatch(rf"[{_CJK}]+", head) and surname_first(head) and plausible_name(head) else ""


def affiliation_word(token: str) -> bool:
    """Tell whether a credit's first word is the writer's employer and title (``石门律师事务所律师``).

    It ends in an institution or a title and is no titled name of its own (``邓昕佳讲师``).
    """
    return (
        len(token) >= 4
        and bool(re.fullmatch(rf"[{_CJK}]+", token))
        and bool(_AFFILIATION_END.search(token))
        and not titled_name(token)
    )


# How a dateline's place ends: "济南报道", and in Taiwan's spelling "台北報導" (folded: 台北报导).
_REPORTED = ("报道", "报导")


def split_names(text: str, *, institution: bool = False) -> list[str]:
    """Split a run of names (``张三 李四、王五``, ``张三和李四``) into clean, de-duplicated names.

    Reading stops at a role word (the next byline starts) or at a token that is
    no name. After the first name, a token separated only by a space must be
    at most three characters (four with a compound surname): that is where
    bylines run into body text.
    """
    names: list[str] = []
    after_label = False
    # "Demi Xia" is one name: a space between capitalised ASCII words does not separate.
    text = re.sub(r"(?<=[A-Za-z]) (?=[A-Z][a-z])", "\x00", text.strip())
    # ... nor between an English given name and a Han surname closing it ("Tony 陈").
    text = re.sub(rf"\b([A-Z][a-z]{{1,10}})[ \u3000](?=[{_CJK}](?![{_CJK}·•]))", "\\1\x00", text)
    parts = re.split(r"([ \u3000\t、，,/|]+)", text)
    for index in range(0, len(parts), 2):
        raw = parts[index].strip("·• ").replace("\x00", " ")
        if names and raw in _JOINING:
            continue  # "范雪、叶睿 和 方睿", "梁凯岚 及 王翔": the list goes on
        if names and raw in _CLOSING:
            break  # "记者 陈思远 周晓文 等": the list ends
        if (closed := _closed_by_deng(raw)) != raw:
            # "作者：袁军娟等", "文/史静、龚毅等": the last name, then 等 closing the list.
            if plausible_name(closed):
                names.extend(n for n in [closed] if n not in names)
            break
        if raw in _ROLE_WORDS:
            if names:
                break
            after_label = True
            continue
        spaced = index > 0 and not re.search(r"[、，,/|]", parts[index - 1])
        if _GLUED_LABEL.match(raw) and surname_first(raw[1:]):
            raw = raw[1:]
        after = parts[index + 1] if index + 1 < len(parts) else ""
        if names and re.search(r"[/／|]", after) and index + 2 < len(parts):
            if parts[index + 2].strip() in _PICTURE_ROLES:
                break  # "记者 张三 李四／漫画": 李四 drew the cartoon
        if not names and re.fullmatch(r"\s*[/／|]\s*", after) and index + 2 < len(parts) and _text_word(raw):
            # "美编：  视觉/顾铭": a word before a label mark, the label's own field empty, labels the next
            # field.
            break
        if len(raw) == 4 and raw.endswith("图") and not after.strip() and surname_first(raw[:3]):
            # "朱安足图 安政军…": a photo credit (see _PHOTO_AFTER); four-character names rarely end in 图.
            raw = raw[:3]
        # The separator after the token shows a one-character role: "李玲编|杨舒芳".
        glued = _GLUED_ROLE.search(raw + (parts[index + 1] if index + 1 < len(parts) else ""), 2)
        if glued and glued.start() < len(raw):
            head = _joined_before_role(raw[: glued.start()])
            body = institution and not names and head.endswith(_BODY_ENDINGS)
            if (plausible_name(head) and surname_first(head)) or (
                body and plausible_name(head, institution=True)
            ):
                names.extend(n for n in [head] if n not in names)
            # Otherwise a phrase or a pen name runs into the field ("建国图片来源"): no name.
            break
        if raw.endswith(("记者", "通讯员", "实习生")) and raw not in names:
            stem = re.sub(r"(?:记者|通讯员|实习生)$", "", raw)
            if not names and after_label and 2 <= len(stem) <= 3 and stem[0] in COMMON_SURNAMES:
                # "文/羊城派记者 林园记者2日从...": the name, then the text's own 记者.
                if plausible_name(stem):
                    names.append(stem)
                break
            # "南都记者 余毅菁": an outlet's label, not a name.
            if names:
                break
            after_label = True
            continue
        if names and _LEADING.match(raw):
            break  # "王小明 通讯员欧阳晓峰": the next byline starts
        if names and raw.startswith("摄") and spaced:
            break  # "记者 黄克 梁凯昌 摄期间，…": the photo credit, then the caption's next words
        if names and raw.endswith(_REPORTED):
            stem = raw[:-2]
            if not spaced and 2 <= len(stem) <= 3 and surname_first(stem) and plausible_name(stem):
                names.extend(n for n in [stem] if n not in names)  # "通讯员宋芳欣、夏翔明报道：": listed
            break  # "记者 刘杰 济南报道", "記者 郭寧、程功 / 台北報導": the dateline's place
        name = _place_tail(_clean(raw))
        name = titled_name(name) or name  # "作者：张三律师": the writer, then the title
        if (not name or name in _ROLE_WORDS) and not names:
            continue  # a leading label: "本报记者 李明"
        if name in _ROLE_WORDS or name.endswith(("讯", "电")):
            break
        cjk = bool(re.fullmatch(rf"[{_CJK}]+", name))
        limit = 4 if name[:2] in COMPOUND_SURNAMES else 3
        pieces = _and_split(name) if cjk else [name]
        # "通讯员 沈洋 丁辉及罗博宇": two surname-first names joined by 及 or 和 close a spaced list.
        joined = (
            len(pieces) == 2
            and all(surname_first(p) and len(p) <= (4 if p[:2] in COMPOUND_SURNAMES else 3) for p in pieces)
            and not _joiner_word(name, pieces[0])
        )
        # ("本报记者 额尔敦 索朗旺堆": a Tibetan or Mongolian name of four characters has no Han surname.)
        tibetan = len(name) == 4 and minority_name(name)
        if (
            cjk
            and spaced
            and names
            and not joined
            and not tibetan
            and (len(name) > limit or _text_word(name) or (_no_surname(name) and _name_follows(parts, index)))
        ):
            # "通讯员 肖志刚 篮球1v1单挑…": the byline ran on into the next paragraph's first word;
            # "记者 张明辉 航拍 李晓峰": a job's label the role words lack opens the next credit.
            break
        if cjk and not names and len(pieces) == 1:
            pieces = _glued_pair(name) or pieces
        if institution and not names and not plausible_name(name, institution=True):
            # "作者：方敏北京大学经济学院教授": the author, then where he works.
            pieces = [affiliated] if (affiliated := _affiliated_name(name)) else pieces
        if not all(plausible_name(p, institution=institution and not names) for p in pieces):
            break
        for piece in pieces:
            if piece not in names:
                names.append(piece)
        if re.search(rf"[{_CJK}](?:摄|摄影)$", raw):
            break  # "本报记者李伟茜摄 肇事人…": a name glued to its photo role closes the credit
    return names
