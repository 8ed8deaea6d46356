"""Headlines: read a headline group into its decks, and match detached headlines to articles.

On print pages headlines are set in large type apart from the text, and the
text extraction often puts them at the end of the page or in a heap at the
top. Which headline goes with which article is decided by what they say: a
headline repeats the article's key words, so it is scored by the character
pairs it shares with each body, rare pairs counting more than common ones.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Sequence

from archive.chars import clean_heading, display_width, strip_spaces
from crawler.normalize.segment import cut

# A 副题's dash: two dash marks (——, --), or one em dash; a lone hyphen (``- 马蜂窝``) is a site's name
# that a web title carries, no dash.
_DASHES = re.compile(r"^(?:[—\-－]{2,}|—)")
_CARRIED_MARK = re.compile(r"^[，。、；：！？,;:!?]")  # marks that end a phrase, never open a line
_OPENERS = {"”": "“", "’": "‘", "）": "（", "》": "《", "」": "「", "』": "『", ")": "("}
_HAS_FIGURE = re.compile(r"[0-9，,]")
_TWO_PART_MIN = 8.0  # both lines this wide: a two-part headline, printed with a space between
_SUBTITLE_MIN = 18.0  # an undashed second line is a subtitle only when longer than headline lines run
_TITLE_WIDE_MIN = 10.0  # cells of a 主题 under a 引题 over a dashed 副题 (the dash tells the 副题)
_EVEN = 1.5  # cells within which two lines of a wrapped title are even
_WORDS_ONLY = re.compile(r"[\W_]+")  # punctuation and spaces, which a deck drops from the text's words
_WIDER = 2.0  # cells by which a last line outruns the lines above when it is a wider 副题
_QUOTE_MIN = 4  # characters a line must hold to count as repeating the article's words
_KICKER_MARKS = ("，", "：", ",", ":")  # a 引题 quoting a clause of the text may keep the clause's mark
MIN_SCORE = 0.05
ELIMINATION_MIN = 0.01
FIRST_WEIGHT = 1.0  # the first sentence counts as much again as the whole article
_FIRST_SENTENCE = re.compile(r".{8,}?[。！？!?][”’」』）)]*")
_FIRST_MAX = 80
_LEAD_SENTENCES = 2  # sentences of the news lead, which a 主题 restates and a 引题 quotes past
# A clause that only says when (2018年5月23日上午, 昨日晚间) or who told (据外媒报道, 北京青年报5月23日消息):
# the circumstances of a news lead, which state no news a 主题 could open with.
_WHEN = (
    r"(?:\d{2,4}年)?(?:\d{1,2}月)?(?:\d{1,2}[日号])?"
    r"(?:今天|今日|昨天|昨日|前天|日前|近日|近期|本周|上周|凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|晚间|夜间|当晚|当天){0,2}"
    r"(?:\d{1,2}[时点](?:\d{1,2}分)?(?:许|左右)?)?"
)
_CIRCUMSTANCE = re.compile(
    rf"(?:{_WHEN}|(?:据|根据)\S{{1,14}}(?:报道|消息|介绍|透露|通报|统计|显示)|\S{{0,12}}?{_WHEN}(?:消息|报道))"
)


# A space or a clause mark between two words of a line, or a closing mark: a title in parts (a
# colon introduces a title after a label, so a further part may follow it on the line below).
_IN_PARTS = re.compile(r"\w[\s，,！!？?；;]+\w|[！!？?….]$")
_MARK = re.compile(r"[^\w\s]")  # any mark: a clause cut from the text as a 副题 is printed bare


def _join_decks(lines: Sequence[str]) -> str:
    """Join the lines of one headline deck: a space between two full parts, none inside a wrapped phrase."""
    out = lines[0]
    for line in lines[1:]:
        two_parts = (
            display_width(out.split(" ")[-1]) >= _TWO_PART_MIN and display_width(line) >= _TWO_PART_MIN
        )
        out += (" " if two_parts else "") + line
    return clean_heading(out)


def read_headline(lines: Sequence[str], text: str = "") -> tuple[str, str, str]:
    """Split a headline group into (lead title, title, subtitle).

    A last line opened by a dash, or the last of three or more lines, or a second line
    much wider than the first, 18 cells or more and carrying figures, is the subtitle (副题); a fourth
    line on top is the lead title (引题). ``text``, the article's text when known, tells a 引题
    that repeats its words from a title that does not (:func:`_lead_from_text`), and a much wider
    second line it does not say from a 副题: that line is the 主题, the narrow one its 引题.
    """
    lines = [clean_heading(line) for line in lines if line.strip()]
    if not lines:
        return "", "", ""
    if text and _kicker_clause(lines, text):
        # The decks below are read by layout alone: a 引题 is taken, so no line below is one.
        return _under_lead(lines[0][:-1].rstrip(), read_headline(lines[1:]))
    label = _COLUMN_LABEL.match(lines[0])
    if label and len(lines) >= 2:
        return _under_lead(label.group(1) or label.group(2), read_headline(lines[1:], text))
    if text and _label_kicker(lines, text):
        return _under_lead(lines[0][:-1].rstrip(), read_headline(lines[1:]))
    mended, wrapped = _mend_carried(lines)
    if wrapped is not None and wrapped <= 1 and len(mended) - wrapped <= 2:
        # The deck wrapped mid-phrase is the 主题; a line above it is the 引题, one below the 副题.
        if wrapped == 0 or not _runs_on(mended[0], mended[1]):
            lead = mended[0] if wrapped == 1 else ""
            below = mended[wrapped + 1 :]
            return lead, mended[wrapped], _DASHES.sub("", below[0]).strip() if below else ""
    lines = mended
    if _lead_over_wrapped_title(lines):
        return lines[0], clean_heading(lines[1] + lines[2]), ""  # one phrase wrapped: no space
    if text and _lead_from_text(lines, text):
        return lines[0], _join_decks(lines[1:]), ""
    if text and _wider_deck_said_in_text(lines, text):
        return "", lines[0], lines[1]
    if text and _lead_quoted_past_news_lead(lines, text):
        if len(lines) == 3 and not _subtitle_deck(lines[2], text) and not _said_below(lines, text):
            return lines[0], _join_decks(lines[1:]), ""  # no deck below: the 主题's second line
        return lines[0], lines[1], _DASHES.sub("", lines[2]).strip() if len(lines) == 3 else ""
    if text and _lead_quoted_over_wider_title(lines, text):
        return lines[0], lines[1], ""
    if text and _lead_over_wider_title_and_dashed_deck(lines, text):
        return lines[0], lines[1], _DASHES.sub("", lines[2]).strip()
    if text and _clause_under_a_title_in_parts(lines, text):
        return "", lines[0], lines[1]
    if _repeats_above(lines):
        return "", _join_decks(lines[:-1]), lines[-1]
    decks = _decks_said_around(lines, text) if text else None
    if decks is not None:
        return decks
    wider = len(lines) == 2 and not _DASHES.match(lines[1]) and _wider_by_width(lines)
    if text and wider and not _says(text, lines[1]):
        # Width alone would make the wider line a 副题; but a 副题 restates the text, and this one it
        # does not say. Type tells the decks apart: the 主题 is set largest, so a line much wider than
        # the one above is the 主题 and the narrow line its 引题 (``少女6年流产17次`` /
        # ``医生：子宫薄如纸，…``), unless the text opens with the narrow line: web copy restating its
        # title, whose first part that line is (``联众回应涉赌被查`` / ``公安抓获36名…``).
        if _words(text).startswith(_words(lines[0])):
            return "", _join_decks(lines), ""
        return lines[0], lines[1], ""
    lead = subtitle = ""
    if len(lines) >= 2 and (_DASHES.match(lines[-1]) or len(lines) >= 3 or _wider_by_width(lines)):
        subtitle = _DASHES.sub("", lines.pop()).strip()
    if len(lines) >= 3:
        lead = lines.pop(0)
    return lead, _join_decks(lines), subtitle


def _lead_quoted_over_wider_title(lines: Sequence[str], text: str) -> bool:
    """Tell whether a narrow first line quoting one of the text's clauses is a 引题 over a much wider 主题.

    Type tells decks apart: the 主题 is set largest, so a one-line 主题 runs much wider than the
    引题 over it, while a title broken in two parts gives two lines of about one width. A first line
    that the text says whole, as one of its clauses (``它猛然间能起到一定的恐吓作用``), over a line at
    least 1.4 times as wide that the text says nowhere (``极端组织一举动引来热议 太滥竽充数…``) is that
    引题 (the rule by width alone, :func:`_wider_by_width`, also asks the wider line for figures). A
    text opening with the narrow line may be web copy restating its title's first part
    (``联众回应涉赌被查`` / ``公安抓获36名…``): the reading is left to the rules below.
    """
    if len(lines) != 2 or _DASHES.match(lines[1]) or _closed_below(lines[0], lines[1]):
        return False
    if display_width(lines[1]) < max(_SUBTITLE_MIN, 1.4 * display_width(lines[0])):
        return False
    if len(_words(lines[0])) < _QUOTE_MIN or _says(text, lines[1]):
        return False
    return _whole_clause(lines[0], text) and not _words(text).startswith(_words(lines[0]))


def _lead_over_wider_title_and_dashed_deck(lines: Sequence[str], text: str) -> bool:
    """Tell whether three decks are a 引题 quoting the text, a much wider 主题 and a dashed 副题.

    As in :func:`_lead_quoted_over_wider_title`, the 主题 is set largest: a first line the text
    says whole as one of its clauses (``仔细观察后方来车``) over a line at least 1.4 times as wide
    is its 引题, not the first part of a title broken in two (parts of about one width). The dashed
    line below is the 副题 whatever the text says, so the 主题 may be said in the text too (web
    copy opens by restating its title); a text opening with the first line is left to the rules
    below.
    """
    if len(lines) != 3 or not _DASHES.match(lines[2]) or _DASHES.match(lines[1]):
        return False
    if _closed_below(lines[0], lines[1]) or len(_words(lines[0])) < _QUOTE_MIN:
        return False
    if display_width(lines[1]) < max(_TITLE_WIDE_MIN, 1.4 * display_width(lines[0])):
        return False
    return _whole_clause(lines[0], text) and not _words(text).startswith(_words(lines[0]))


def _clause_under_a_title_in_parts(lines: Sequence[str], text: str) -> bool:
    """Tell whether an undashed second line is a 副题 under a first line that is a whole 主题.

    A title in two parts broken at its space prints one part a line, so a first line holding a
    space or a mark between its words (``蓝洁瑛去世了 恶魔却还在逍遥法外``, ``来了！新闻早班车``) or
    closed by one (``…芜湖人切记!``) is a 主题 whole; a line under it that the text says as one of
    its clauses (``晚景凄凉形容枯槁``), bare of marks, while the text says the first line nowhere, is
    its 副题. A colon is no such mark: ``石化油服:2017年净利亏损106亿元`` / ``将实施退市风险警示``.
    A first line in one piece is a 主题 whole too where the line under it outruns it: set in smaller
    type, a 副题 holds more characters to the line than the 主题 over it (``我在人间捡故事`` /
    ``早年间有这么一种妖精叫皮猴子精``), while a title's second part runs about as wide as its first or
    narrower (``志愿者上门服务老人`` / ``和往年一样``); a text opening with the wider line restates a
    two-part title (web copy: ``中山6天15人被骗`` / ``南朗人收到这条短信千万要注意``).
    """
    if len(lines) != 2 or _DASHES.match(lines[1]) or _says(text, lines[0]):
        return False
    wider = display_width(lines[1]) >= display_width(lines[0]) + _WIDER
    wider = wider and not _words(text).startswith(_words(lines[1]))
    if _IN_PARTS.search(lines[0].strip()) is None and not wider:
        return False
    if _MARK.search(lines[1]):
        return False  # a mark of its own: the title's wording, not a clause cut bare from the text
    return len(_words(lines[1])) >= _QUOTE_MIN and _whole_clause(lines[1], text)


_SAID_DECK_MIN = 8  # characters of a 副题 said inside the text's clauses (a title borrows shorter phrases)


def _repeats_above(lines: Sequence[str]) -> bool:
    """Tell whether an undashed last line repeats words the line above says: a deck, no title's part.

    A title never says the same words twice, so a line restating part of the line over it
    (``兴业银行爆出55亿元存款被挪用 为何一个支行行长就能够办到?`` / ``兴业银行爆出55亿元存款被挪用``) is set
    apart from it: the 副题 under a 主题 whole.
    """
    if len(lines) not in (2, 3) or _DASHES.match(lines[-1]):
        return False
    last = _words(lines[-1])
    return len(last) >= _QUOTE_MIN and last in _words(lines[-2]) and last != _words(lines[-2])


def _decks_said_around(lines: Sequence[str], text: str) -> tuple[str, str, str] | None:
    """Read undashed decks by wording: lines the text says around a 主题 it says nowhere.

    The type sizes that tell the decks apart in print are lost in a text layer, but an editor's 主题
    states the news in words of its own, while a 引题 or 副题 quotes the text: its words stand in the
    text, punctuation aside (a 副题 may run two clauses together without their comma:
    ``以旅助赛良性循环促进体育`` from ``以旅助赛良性循环，促进体育``). So, around a line the text says
    nowhere:

    - a first line the text says as one of its clauses whole, past its news lead, is the 引题
      (:func:`_quoted_lead`) over a 主题 in two lines (over one, :func:`_lead_quoted_past_news_lead`
      reads it);
    - a last line of at least eight characters that the text says only across its marks (two clauses
      run together), with no mark of its own, is the 副题 (:func:`_said_subtitle`), under a line
      that layout reads as a 主题 whole (:func:`_whole_above`).

    Returns None where the wording does not decide (no line said nowhere, or lines said in one run
    with their neighbour, as web copy restating its two-line title says them).
    """
    if len(lines) not in (2, 3) or any(_DASHES.match(line) for line in lines):
        return None
    if any(_closed_below(a, b) or _runs_on(a, b) for a, b in itertools.pairwise(lines)):
        return None
    said = _words(text)
    cores = [_words(line) for line in lines]
    if any(len(core) < _QUOTE_MIN for core in cores) or _said_in_one_run(cores, said):
        return None
    unsaid = [core not in said for core in cores]
    lead = _quoted_lead(lines, text)
    if len(lines) == 2:
        # (a 引题 over one line is read by :func:`_lead_quoted_past_news_lead`)
        if unsaid == [True, False] and _whole_above(lines) and _said_subtitle(lines[1], text):
            return "", lines[0], lines[1]
        return None
    if not lead or (not unsaid[1] and not unsaid[2]):
        return None
    if unsaid[1] and not unsaid[2] and _said_subtitle(lines[2], text):
        return lines[0], lines[1], lines[2]
    if unsaid[2] and not _whole_clause(lines[1], text):
        return lines[0], _join_decks(lines[1:]), ""  # the 主题 in two lines: no 副题 said nowhere
    return None


def _whole_above(lines: Sequence[str]) -> bool:
    """Tell whether the first of two lines is a 主题 whole, by layout, so the second may be its 副题.

    As in :func:`_clause_under_a_title_in_parts`: a line holding a space or a mark between its words,
    or closed by one, is a title in parts printed whole (``老城区水管爆裂 三小区停水``);
    a line under one in one piece is a 副题 only where it outruns it (a 副题, set smaller, holds more
    characters to the line), while a title's second part runs about as wide as its first or
    narrower: two even lines (``林妙可与同学进行汇报演出`` / ``妆容清淡老成被女同学抢镜``, web copy
    that drops the comma of ``妆容清淡老成，被女同学抢镜``) are left as one title.
    """
    if _IN_PARTS.search(lines[0].strip()) is not None:
        return True
    return display_width(lines[1]) >= display_width(lines[0]) + _WIDER


def _quoted_lead(lines: Sequence[str], text: str) -> bool:
    """Tell whether a first line is a 引题 quoting one of the text's clauses whole, past its news lead.

    Inside the news lead (the first two sentences) a clause may be the first part of a title the
    lead restates (``第五届全国文明单位名单揭晓`` / ``山东近百家单位入选``, ``扶正祛邪`` / ``贵阳将见义勇为
    基金…``, however narrow), so there the wording does not decide.
    """
    return _whole_clause(lines[0], text) and strip_spaces(lines[0]) not in _news_lead(text)


def _said_below(lines: Sequence[str], text: str) -> bool:
    """Tell whether the last of three lines is a 副题 by its words (:func:`_said_subtitle`) under a
    line it does not run on from (``让书展成为交流`` / ``互动的阅读嘉年华`` is one 主题 wrapped)."""
    return _said_subtitle(lines[-1], text) and not _runs_on(lines[-2], lines[-1])


def _said_subtitle(line: str, text: str) -> bool:
    """Tell whether a last line is a 副题 by its words: two of the text's clauses run together.

    A 副题 cut from the text may drop the mark between two of its clauses (``以旅助赛良性循环促进体育``
    from ``以旅助赛良性循环，促进体育``), while a title mostly borrows a phrase from inside one clause
    (``火势已得到全面控制``), so a line of eight characters or more, bare of marks, that the text says
    only across a mark reads as a 副题. Web copy's titles run clauses together too (``妆容清淡老成被女
    同学抢镜``): the caller asks layout as well (:func:`_whole_above`, a 副题 by its place).
    """
    core = _words(line)
    if len(core) < _SAID_DECK_MIN or _MARK.search(line) or core not in _words(text):
        return False
    return _across_marks(core, text)


def _across_marks(core: str, text: str) -> bool:
    """Tell whether the text says ``core`` (words only) with a mark inside it wherever it says it."""
    said = strip_spaces(unicodedata.normalize("NFKC", text))
    return core not in said


def _wider_by_width(lines: Sequence[str]) -> bool:
    """Tell whether a last line is so much wider than the one above, with figures, that it stands apart."""
    return (
        display_width(lines[-1]) >= max(_SUBTITLE_MIN, 1.4 * display_width(lines[-2]))
        and _HAS_FIGURE.search(lines[-1]) is not None
        # A dash inside the line sets off the 主题's own explanation (安全重要——…播报第783期):
        # the line goes on the 主题, whose deck-mark it carries, and is no 副题 by width.
        and "——" not in lines[-1]
        # A line ending in a comma runs on into the next (醉汉作死戳轮胎炸胎致死， / 家属向车主索赔，…).
        and not lines[-2].endswith(("，", "、", "："))
    )


def _words(text: str) -> str:
    """Keep a text's words only: no punctuation or spaces, digits and letters in one width."""
    return _WORDS_ONLY.sub("", unicodedata.normalize("NFKC", text))


def _says(text: str, line: str) -> bool:
    """Tell whether the text says a headline line word for word, punctuation, spaces and widths aside."""
    words = _words(line)
    return len(words) >= _QUOTE_MIN and words in _words(text)


def _kicker_clause(lines: Sequence[str], text: str) -> bool:
    """Tell whether a first line ending in ``，`` or ``：`` is a 引题 quoting one of the text's clauses.

    A 主题 is not broken after its comma where the text runs on with it: web copy that repeats a
    two-clause title says both clauses in one run (``房子集中在少数人手里，`` / ``想买的买不起，…``).
    A first line the text says as a clause of its own, not followed there by the line below, is a
    引题 cut from the text with its mark (``19岁的刘某是普兰店人，`` / ``水库盗鱼被发现 小伙打伤人逃离``,
    ``市政府高度重视：`` / ``问责19人!含4名处级干部``). A text that opens with the line restates its
    title's first clause (``六安一男子骑摩托车与货车迎面相撞，`` / ``当场死亡！老母亲悲痛欲绝！``): no 引题.
    Deck truth of four generators' tune pages: 52 such 引题 read right, no two-clause title read wrong.
    Yet a first line that says only when or who told (``2018年5月23日上午：``, ``根据外媒报道，``,
    ``北京青年报5月23日消息：``, :func:`_circumstance`) is no title's first clause, opening the text or not.
    """
    if len(lines) < 2 or not lines[0].endswith(_KICKER_MARKS):
        return False
    clause = lines[0][:-1].rstrip()
    core = _WORDS_ONLY.sub("", clause)
    said = _WORDS_ONLY.sub("", text)
    if len(core) < _QUOTE_MIN or not _whole_clause(clause, text):
        return False
    if said.startswith(core) and not _circumstance(clause):
        return False  # a text opening with the line restates its title (web copy), as below
    return core + _WORDS_ONLY.sub("", lines[1]) not in said


def _under_lead(lead: str, below: tuple[str, str, str]) -> tuple[str, str, str]:
    """The headline of ``lead`` over the lines ``below`` read: a 引题 they give of their own (four lines or
    more under a label) stays, after the label, instead of being lost."""
    return (f"{lead} {below[0]}" if below[0] else lead), below[1], below[2]


# A column's label over its headline (■记者手记, 【今日评论】, ◎一家之言): bracketed or bulleted, a few
# characters and no clause; set over the column's headline in every issue, no part of it.
_COLUMN_LABEL = re.compile(r"^(?:【\s*([\u4e00-\u9fff]{2,8})\s*】|[■□◎●◆▲★☆◇○]\s*([\u4e00-\u9fff]{2,8}))$")
# A label announcing the news under it ends in a verb of telling or notice (…强调：, …获悉：, …提醒：).
# A column's slogan names its focus first (关注民生：, 聚焦高质量发展：, 直击现场：).
_TELLING = re.compile(
    r"(?:强调|指出|表示|获悉|获知|了解到|提醒|提示|透露|要求|通报|注意|呼吁|宣布)$|^(?:关注|聚焦|直击|探访|走进)"
)
_LABEL_MIN = 4  # characters of a label closed by a colon: a shorter one (南宁：) is a place or speaker
# A body or a place named before a colon (广东省审计厅：, 山东莘县：, 省卫健委：) is the speaker or the place
# of a title wrapped at its colon, whatever the text calls it (审计部门, 王庄集镇): no label.
_BODY_OR_PLACE = re.compile(r"(?:[省市县镇乡厅局署委部院办]|[^社园景]区)$")
_LABEL_ODD = re.compile(r"[（）()\[\]【】0-9０-９]")  # a bracketed date or a figure: a title's own opening


def _label_kicker(lines: Sequence[str], text: str) -> bool:
    """Tell whether a first line closed by a colon is a 引题 the page made, over the 主题 below it.

    Regional papers set a label closed by a colon over the 主题 (``关注民生：``, ``专家提醒：``,
    ``记者从南宁有关部门获悉：``, ``市委常委会强调：``): the page's own words.
    A label announcing the news ends in a verb of telling (:data:`_TELLING`); another label shares
    no word with the text. A title wrapped at its own colon opens with a speaker or a place the text
    names (``南宁市城管局：`` / ``开展水上执法行动``) or the subject the text is about (``濮阳感人故事：``
    / ``我的环卫工母亲``: the text names 濮阳), with a short name (``南宁：``), or with a bracketed date
    or figure (``（2月19日）申论范文：``): none of these is a label.
    """
    if len(lines) < 2 or not lines[0].endswith(("：", ":")):
        return False
    label = _words(lines[0][:-1])
    if label.endswith("之"):
        return False  # one title of a series (越剧进社区之：/ 美里社区欢迎你！), said whole
    if len(label) < _LABEL_MIN or _LABEL_ODD.search(lines[0]) or _MARK.search(lines[0][:-1]):
        return False
    if _TELLING.search(label):
        return True  # a label announcing what follows (市委常委会强调：, 记者从南宁有关部门获悉：, 聚焦…：)
    if _BODY_OR_PLACE.search(label):
        return False
    said = _words(text)
    return not any(label[i : i + 2] in said for i in range(len(label) - 1))


def _circumstance(clause: str) -> bool:
    """Tell whether a clause says only when or on whose word the news came (no news of its own).

    A news lead opens with its circumstances (``2018年5月23日上午，``, ``据外媒报道，``,
    ``北京青年报5月23日消息，``) before it says what happened; a 主题 states what happened, so its
    first clause is never one of these, while a 引题 quoting the lead's opening may be.
    """
    core = unicodedata.normalize("NFKC", strip_spaces(clause))
    return bool(core) and _CIRCUMSTANCE.fullmatch(core) is not None


def _wider_deck_said_in_text(lines: Sequence[str], text: str) -> bool:
    """Tell whether an undashed second line, wider than the first, is a 副题 by its words.

    Width alone reads a wider second line with figures as a 副题 only when clearly wider (1.4 times); a 副题
    states the text's facts in its words, so a wider line under a 主题 that the text says whole, as
    one of its clauses, and not in one run with the line above (as web copy repeating its title
    would), is the 副题 (``农业嘉年华带动周边民俗旅游收入上亿`` /
    ``为期58天的第六届北京农业嘉年华活动圆满落下帷幕``). A 主题 the text says word for word is left alone.
    """
    if len(lines) != 2 or _DASHES.match(lines[1]):
        return False
    if display_width(lines[1]) <= display_width(lines[0]) + _WIDER or not _HAS_FIGURE.search(lines[1]):
        return False  # as by width: a 副题 carries figures (a title's second part may say a clause too)
    first, second = (_WORDS_ONLY.sub("", line) for line in lines)
    said = _WORDS_ONLY.sub("", text)
    if len(second) < _QUOTE_MIN or first + second in said or first in said:
        return False
    return _whole_clause(lines[1], text)


def _lead_over_wrapped_title(lines: Sequence[str]) -> bool:
    """Tell whether three undashed lines are a 引题 over a title wrapped into two lines.

    A title broken after a comma (``这个520，当你们秀亲密，`` / ``我在当雄过虫草节！``) or in a word,
    under a line that runs on into neither, is one title with a 引题 above, not a title's first
    line and a 副题 (the seed's ``…为标杆`` / ``抓实…`` / 副题 break nothing off).
    """
    if len(lines) != 3 or _DASHES.match(lines[-1]):
        return False
    # Wrapped, not two parts of a title over a 副题 (精美绝伦 / 彰显了雍正粉彩瓷的特点 / 副题): the
    # third line goes on a word or a clause that the second breaks off, and the second none of the first.
    if _runs_on(lines[0], lines[1]):
        return False
    if lines[1].endswith(("，", "、", "：")):
        return True
    # A word running across is weaker evidence (the segmenter joins 风致, 局习): only where the two
    # lines are even, or the first is clearly shorter, as a compositor sets a 引题 over a title.
    lead, first, second = (display_width(line) for line in lines)
    return _word_across(lines[1], lines[2]) and (
        abs(first - second) <= _EVEN or lead < min(first, second) - _EVEN
    )


def _broken_dash(line: str, next_line: str) -> bool:
    """Tell whether a line ends in half of a ``——`` whose other half opens ``next_line``.

    The two-em dash is one mark that print never breaks; a text layer that shows ``天文学传奇一家—``
    over ``—赫谢尔家族的故事`` holds one title wrapped inside its dash, not a title over a dashed 副题.
    """
    return (
        line.endswith("—")
        and not line.endswith("——")
        and next_line.startswith("—")
        and not next_line.startswith("——")
    )


def _carried_over(line: str, next_line: str) -> bool:
    """Tell whether ``next_line`` holds the rest of ``line``: half its ``——``, or a closing mark.

    Print opens no line with a closing quote or a comma (``新加坡“为人师表`` / ``”就这么嘲笑学生？``,
    ``美国华人最新分布图出炉`` / ``！加州华裔人口最多``): a headline line that a text layer shows
    so was wrapped mid-phrase, and the mark closes the line above.
    """
    if _broken_dash(line, next_line) or _CARRIED_MARK.match(next_line):
        return True
    # A closing quote or bracket only where this line left one open (a 副题 cut from the text may
    # start with the quote that closed the text's sentence before it).
    closer = next_line[:1]
    opener = _OPENERS.get(closer)
    return opener is not None and line.count(opener) > line.count(closer)


def _mend_carried(lines: list[str]) -> tuple[list[str], int | None]:
    """Join each line with the next where that one holds the rest of it (:func:`_carried_over`).

    Returns the joined lines and the index of the first line that was joined (None if none was).
    """
    out = [lines[0]]
    wrapped: int | None = None
    for line in lines[1:]:
        if _carried_over(out[-1], line):
            out[-1] = clean_heading(out[-1] + line)
            wrapped = len(out) - 1 if wrapped is None else wrapped
        else:
            out.append(line)
    return out, wrapped


def _lead_from_text(lines: Sequence[str], text: str) -> bool:
    """Tell whether three undashed lines are a 引题 taken from the article's words over a wrapped title.

    Where layout leaves it open (the last line at most 2 cells wider than those above, so no wider
    副题; a title's two lines differ by a character or two), the wording decides: a first line
    that the article says word for word (``并认真地做学习笔记``) over two lines it says nowhere is a
    引题 cut from the text over the editor's title in two lines (``盂县小学生`` / ``体验司法文化``);
    a 副题 would state the article's facts in its words, and a title taken from the text (the
    seed's ``洮北区以“工匠精神”为标杆``) leaves the reading alone.
    """
    if len(lines) != 3 or _DASHES.match(lines[-1]):
        return False
    said = _WORDS_ONLY.sub("", text)
    cores = [_WORDS_ONLY.sub("", line) for line in lines]
    if all(len(core) >= _QUOTE_MIN for core in cores) and _said_in_one_run(cores, said) == [2]:
        return True
    quoted = [len(core) >= _QUOTE_MIN and core in said for core in cores]
    if quoted == [True, False, False] and len(cores[2]) >= _QUOTE_MIN:
        # Neither line below is said anywhere, so neither is a 副题 stating the text's facts in
        # its words, however wide the last runs: the title's second part (``男子驾摩托致朋友身亡竟还``
        # / ``“玩失踪”，两年后终被押回中山刑拘``). The middle line may be too short to tell (``清理落石`` /
        # ``风雨中`` / ``那抹暖心的橘红一直在保畅路上``): a title's first line, broken short.
        return True
    if display_width(lines[2]) > max(display_width(lines[0]), display_width(lines[1])) + _WIDER:
        return False
    if quoted == [True, False, False]:
        return True
    # A title may borrow a phrase from inside one of the text's clauses (``走路看手机致人身亡`` out of
    # ``因走路看手机致人身亡，``) and go on in words of its own; a 引题 cut from the text is one of its
    # clauses whole. A second line that is a whole clause too (the seed's ``抓实脱贫攻坚各项工作``)
    # is the text's own title line, and the reading stands.
    return (
        quoted == [True, True, False] and _whole_clause(lines[0], text) and not _whole_clause(lines[1], text)
    )


def _lead_quoted_past_news_lead(lines: Sequence[str], text: str) -> bool:
    """Tell whether a first line is a 引题 quoted from the text over a one-line 主题 (and a dashed 副题).

    Two undashed lines, or three over a 副题, read by layout as a title over two lines: the
    wording decides where the first line is one of the text's clauses whole, said after its news
    lead (the first two sentences, which restate what the 主题 says: a title's first part quoted in
    the text stands there, ``第五届全国文明单位名单揭晓``), and the second line is said nowhere, as an
    editor's 主题 is not (``据现场民警介绍`` / ``多部门联动成功救助野生动物``). A third line is a
    副题 by its dash or by its words: one of the text's clauses whole, under a line said nowhere,
    is a deck quoting the text as the 引题 does (``气管插管术`` / ``用爱举托生命希望`` /
    ``服务质量高的助产队伍``); a third line that is neither (said nowhere, or only inside one of the
    text's clauses, as a title borrows a phrase) goes on the 主题 (``做到“三个为主”`` / ``让书展成为交流`` /
    ``互动的阅读嘉年华``). A first line inside the news lead is a 引题 all the same over a dashed 副题
    (:func:`_over_dashed_deck`) or over a third line quoting another clause of the news lead whole
    (``学生们有序地参观`` / ``盂县小学生体验司法文化`` / ``对法院和法官的工作有更加直观的认识``).
    """
    if len(lines) not in (2, 3) or _DASHES.match(lines[1]) or _closed_below(lines[0], lines[1]):
        return False
    first, second = (_WORDS_ONLY.sub("", line) for line in lines[:2])
    if len(first) < _QUOTE_MIN or len(second) < _QUOTE_MIN or second in _WORDS_ONLY.sub("", text):
        return False
    if not _whole_clause(lines[0], text):
        return False
    lead = _news_lead(text)
    if strip_spaces(lines[0]) not in lead or _over_dashed_deck(lines):
        return True
    # Inside the news lead too, when the third line quotes another of its clauses whole: a 引题 and
    # a 副题 both taken from the lead, around the editor's 主题 (a title's part quoted from the text
    # stands over no such 副题 on the tune pages but one, train 195).
    return len(lines) == 3 and _subtitle_deck(lines[2], text) and _words(lines[2]) in _words(lead)


def _over_dashed_deck(lines: Sequence[str]) -> bool:
    """Tell whether a group is three lines whose last is a dashed 副题: a headline of all three decks.

    Under a 副题 that the dash marks, the two lines above are the 引题 and 主题 or a 主题 in two
    parts. A first line quoted whole from the text over a second said nowhere is read as the 引题
    there even inside the news lead (``导致公交车失控`` / ``公交司机体检要规范起来`` / ``——…``): on the
    deck truth of three generators' tune pages this reading was right for 11 such groups and wrong
    for 2; without a 副题 a news-lead clause stays the title's first part (``第五届全国文明单位名单揭晓``
    / ``山东近百家单位入选``), where the other reading cost more than it gained.
    """
    return len(lines) == 3 and _DASHES.match(lines[2]) is not None


def _closed_below(line: str, next_line: str) -> bool:
    """Tell whether a line opens a quote or bracket that only the next line closes (``“喝酒致高位截瘫``
    / ``同学被判赔20余万”的警示``): one deck wrapped inside the quote, so the first line is no 引题."""
    return any(
        line.count(opener) > line.count(closer) and next_line.count(closer) > next_line.count(opener)
        for closer, opener in _OPENERS.items()
    )


def _subtitle_deck(line: str, text: str) -> bool:
    """Tell whether a last line is a 副题: opened by a dash, or one of the text's clauses said whole."""
    if _DASHES.match(line):
        return True
    return len(_WORDS_ONLY.sub("", line)) >= _QUOTE_MIN and _whole_clause(line, text)


def _news_lead(text: str) -> str:
    """The text's first two sentences (spaces aside): the news lead that a 主题 restates."""
    rest = strip_spaces(text)
    lead = ""
    for _ in range(_LEAD_SENTENCES):
        match = _FIRST_SENTENCE.match(rest)
        if match is None:
            return lead + rest[:_FIRST_MAX]
        lead += match.group(0)
        rest = rest[match.end() :]
    return lead


def _whole_clause(line: str, text: str) -> bool:
    """Tell whether the text says ``line`` as one of its clauses: punctuation or its edge on both sides."""
    core, said = strip_spaces(line), strip_spaces(text)
    at = said.find(core) if core else -1
    while at >= 0:
        end = at + len(core)
        if (at == 0 or _WORDS_ONLY.match(said[at - 1])) and (
            end == len(said) or _WORDS_ONLY.match(said[end])
        ):
            return True
        at = said.find(core, at + 1)
    return False


def _said_in_one_run(cores: Sequence[str], said: str) -> list[int]:
    """The lines (by index) that the text says in one run with the line above, punctuation aside.

    A text that repeats a headline (``新一轮水泥价格上涨水泥概念股强势崛起``, web copy often opens
    with its title) says the lines of one deck together; a 引题 quoted from elsewhere in the text,
    or a 副题, is said apart from the title. Width cannot tell a wider second title line from a 副题.
    """
    return [i for i in range(1, len(cores)) if cores[i - 1] + cores[i] in said]


def _runs_on(line: str, next_line: str) -> bool:
    """Tell whether ``next_line`` goes on a clause or a word that ``line`` breaks off."""
    return line.endswith(("，", "、", "：")) or _word_across(line, next_line)


def _word_across(line: str, next_line: str) -> bool:
    """Tell whether a word runs from the end of ``line`` into ``next_line``."""
    head, tail = line[-4:], next_line[:4]
    offset = 0
    for token in cut(head + tail):
        if offset < len(head) < offset + len(token):
            return True
        offset += len(token)
    return False


def _bigrams(text: str) -> set[str]:
    text = strip_spaces(text)
    return {text[i : i + 2] for i in range(len(text) - 1)}


def similarity_table(queries: Sequence[str], documents: Sequence[str]) -> list[list[float]]:
    """Score how much of each query's wording each document contains, rare wording weighted up.

    The weight of a character pair is its inverse document frequency over the documents,
    so words every article shares (工作, 进行) count little and names count much.
    The pairs are summed in sorted order, not the set's: a set's order changes with
    PYTHONHASHSEED, and so would the float sums and the ties between near-equal articles.
    """
    doc_grams = [_bigrams(d) for d in documents]
    df: Counter[str] = Counter()
    for grams in doc_grams:
        df.update(grams)
    n = len(documents)
    table: list[list[float]] = []
    for query in queries:
        grams = _bigrams(query)
        weights = {g: math.log((n + 1) / (df[g] + 0.5)) for g in sorted(grams)}
        total = sum(weights.values()) or 1.0
        table.append([sum(w for g, w in weights.items() if g in dg) / total for dg in doc_grams])
    return table


def _first_sentence(text: str) -> str:
    match = _FIRST_SENTENCE.match(strip_spaces(text))
    return match.group(0) if match else text[:_FIRST_MAX]


def headline_scores(headlines: Sequence[str], articles: Sequence[str]) -> list[list[float]]:
    """Score each headline against each whole article, its first sentence weighted up.

    A headline's wording is spread over its article, but its first sentence (the news
    lead) says most nearly the same thing: ``洮北区以“工匠精神”为标杆`` is in the first
    sentence of its article and nowhere near the top of the others. Character pairs are
    weighted by their rarity over the page's articles, and summed in sorted order (the same
    scores on every run), as in :func:`similarity_table`.
    """
    doc_grams = [_bigrams(a) for a in articles]
    first_grams = [_bigrams(_first_sentence(a)) for a in articles]
    df: Counter[str] = Counter()
    for grams in doc_grams:
        df.update(grams)
    n = len(articles)
    table: list[list[float]] = []
    for headline in headlines:
        grams = _bigrams(headline)
        weights = {g: math.log((n + 1) / (df[g] + 0.5)) for g in sorted(grams)}
        total = sum(weights.values()) or 1.0
        row = []
        for whole, first in zip(doc_grams, first_grams, strict=True):
            in_whole = sum(w for g, w in weights.items() if g in whole) / total
            in_first = sum(w for g, w in weights.items() if g in first) / total
            row.append((in_whole + FIRST_WEIGHT * in_first) / (1 + FIRST_WEIGHT))
        table.append(row)
    return table


def assignment_total(scores: list[list[float]]) -> float:
    """The total score of the best pairing of rows with columns (each used once)."""
    if not scores or not scores[0]:
        return 0.0
    from scipy.optimize import linear_sum_assignment

    rows, columns = linear_sum_assignment(scores, maximize=True)
    return float(sum(scores[r][c] for r, c in zip(rows, columns, strict=True)))


def assign(
    scores: list[list[float]], minimum: float = MIN_SCORE, last_resort: Collection[int] = ()
) -> dict[int, int]:
    """Pair rows with columns so that the pairs' total score is highest; return {row: column}.

    Solved as an assignment problem over the whole page (Hungarian method, scipy's
    ``linear_sum_assignment``): taking the best pair first can leave the second
    headline only an article it does not fit. Pairs scoring below ``minimum`` stay apart.
    Rows in ``last_resort`` (lines that may as well be text) are paired only with the columns
    the other rows leave, in a second assignment of their own.
    """
    if not scores or not scores[0]:
        return {}
    if last_resort:
        first = [r for r in range(len(scores)) if r not in last_resort]
        firsts = assign([scores[r] for r in first], minimum) if first else {}
        result = {first[r]: c for r, c in firsts.items()}
        rest = sorted(last_resort)
        free = [c for c in range(len(scores[0])) if c not in result.values()]
        if free:
            sub = [[scores[r][c] for c in free] for r in rest]
            result.update({rest[r]: free[c] for r, c in assign(sub, minimum).items()})
        return result
    from scipy.optimize import linear_sum_assignment  # loaded only when a page has headlines

    rows, columns = linear_sum_assignment(scores, maximize=True)
    pairs = {int(r): int(c) for r, c in zip(rows, columns, strict=True)}
    result = {r: c for r, c in pairs.items() if scores[r][c] >= minimum}
    # By elimination: when the headlines left over are exactly as many as the articles left
    # without one, each pair that shares any rare wording at all belongs together; and when
    # the page has one headline per article and all but one are placed, the last two meet.
    left_rows = [r for r in range(len(scores)) if r not in result]
    left_columns = [c for c in range(len(scores[0])) if c not in result.values()]
    if left_rows and len(left_rows) == len(left_columns):
        for r in left_rows:
            if scores[r][pairs[r]] >= ELIMINATION_MIN:
                result[r] = pairs[r]
        last = [r for r in left_rows if r not in result]
        if len(last) == 1 and len(scores) == len(scores[0]):
            result[last[0]] = pairs[last[0]]
    _assign_sole_candidates(scores, result)
    return result


def _assign_sole_candidates(scores: list[list[float]], result: dict[int, int]) -> None:
    """Give an article still without a headline the one headline left that shares any rare wording with it.

    Where a page shows more headline-like lines than articles (a subhead set apart, a caption), the
    headlines left over outnumber the articles left, and the pairing by elimination above does not
    apply; yet an article that only one of the headlines left shares wording with (above
    ``ELIMINATION_MIN``), a headline that fits no other article left as well, takes that headline.
    """
    left_rows = [r for r in range(len(scores)) if r not in result]
    left_columns = [c for c in range(len(scores[0])) if c not in result.values()]
    for c in left_columns:
        candidates = [r for r in left_rows if scores[r][c] >= ELIMINATION_MIN]
        if len(candidates) != 1:
            continue
        [r] = candidates
        if max(scores[r][k] for k in left_columns) == scores[r][c]:
            result[r] = c
            left_rows.remove(r)
