"""Tell a credit that is words of the dictionary from a person's name, by structure rather than by list.

A word list refuses the fillers it lists (佚名, 网编) and nothing else: the
made-up sweep's report half, whose words no list held, lost none of its junk
to one. Two things a list does not need to have seen:

- :func:`dictionary_phrase`: a four-character credit that is two words of the
  dictionary, neither of them a name or a place (来源不详, 阅读全文, 工作人员).
  A Han name of four characters opens with a compound surname (欧阳晓峰), and
  Tibetan and Mongolian names are made of name and place words (扎西顿珠:
  扎西 and 顿珠 are tagged as places).
- :func:`dictionary_word`: a two- or three-character credit that is one word
  of the dictionary (seen 20 times or more, not tagged as a name or place)
  and opens with no common surname (投稿, 截图, 撰稿人). Real pen names are
  such words too (十二, 大熊, 前程: editors in judged samples), so this one is
  asked only of writers, correspondents and photographers, whose credits the
  judged pages give as surname-first names; an editor's credit keeps it.
- :func:`guessed_word`: the same credit when the dictionary does not list it
  (微信, 抖音, 剪映, 闲鱼: apps newer than jieba's 2013 dictionary) and jieba's
  tagger, which guesses unlisted words by their characters, reads it as one
  noun, verb or adjective rather than a name (仉伟 ``nr``, 禚飞 ``x``).
- :func:`surname_word`: a two-character credit that opens with a common
  surname but is an everyday word no name is (单位 17,532 times in the
  dictionary, 方面, 公告, 程序; 于是, a conjunction): names that are words are
  rarer ones (方圆 285, 文静 74) or tagged as names (高峰); and a
  three-character one the dictionary lists whole as no name (程序员).
"""

from __future__ import annotations

import re

from crawler.extract.name_lists import _CJK, COMMON_SURNAMES, COMPOUND_SURNAMES, minority_name

__all__ = ["ascii_word", "dictionary_phrase", "dictionary_word", "guessed_word", "surname_word"]


# A half of a four-character credit, or an end of a three-character one, is a common word at this
# frequency (来源 4,434, 网友 1,634, 原文 331); pen names are made of rarer ones (老街故事: 老街 45).
COMMON_PART = 100


def _word_of_text(entry: tuple[int, str] | None, least: int = 0) -> bool:
    """Tell whether a dictionary entry is a word of text: listed (``least`` times), no name and no place."""
    return entry is not None and entry[0] >= least and not entry[1].startswith(("nr", "ns"))


def dictionary_phrase(name: str) -> bool:
    """Tell whether a four-character credit is two words of text (来源不详, 热心网友), not a name."""
    if len(name) != 4 or not re.fullmatch(rf"[{_CJK}]+", name):
        return False
    if name[:2] in COMPOUND_SURNAMES or minority_name(name):
        return False
    from crawler.normalize.segment import dictionary_entry  # reads jieba's dictionary once, on first use

    return _word_of_text(dictionary_entry(name[:2]), COMMON_PART) and _word_of_text(
        dictionary_entry(name[2:]), COMMON_PART
    )


def dictionary_word(name: str) -> bool:
    """Tell whether a 2-3 character credit with no common surname first is a word of text (投稿, 撰稿人).

    A word of the dictionary whole, or three characters opening or closing
    with a common word (阅读量, 资料图, 未署名): a name without a Han surname
    is a minority name (其其格), not built on a word of text.
    """
    if not 2 <= len(name) <= 3 or not re.fullmatch(rf"[{_CJK}]+", name):
        return False
    if name[0] in COMMON_SURNAMES or name[:2] in COMPOUND_SURNAMES or minority_name(name):
        return False
    from crawler.normalize.segment import dictionary_entry, listed_entry  # reads jieba's dictionary once

    if _word_of_text(listed_entry(name)):
        return True
    ends = (dictionary_entry(name[:2]), dictionary_entry(name[1:])) if len(name) == 3 else ()
    return any(_word_of_text(end, COMMON_PART) for end in ends)


# Parts of speech of words of text the tagger gives an unlisted word (nouns, verbs, adjectives,
# adverbs, distinguishing words); a name it reads as ``nr`` or cannot read (``x``, ``j``, ``tg``).
_TEXT_TAGS = frozenset("n nz v vn a an ad d b".split())


# A nickname's prefixes (小木, 小满, 老表): the tagger reads the rest as a noun, but 小X and 老X name people.
_NICKNAME_PREFIXES = frozenset("小老")


def guessed_word(name: str) -> bool:
    """Tell whether a 2-3 character credit with no common surname first is a word the dictionary lacks.

    Apps and platforms named after 2013 (微信, 抖音, 剪映, 得物) are in no
    dictionary of jieba's; its tagger still reads them as one noun or verb
    from their characters, where it reads a name as a name (仉伟) or not at
    all (禚飞). A doubled nickname (春春, 丫丫) and a prefixed one (小木, 老表)
    are left: the tagger misreads them.
    """
    if not 2 <= len(name) <= 3 or not re.fullmatch(rf"[{_CJK}]+", name) or name[0] == name[1]:
        return False
    if name[0] in _NICKNAME_PREFIXES or name[0] in COMMON_SURNAMES or name[:2] in COMPOUND_SURNAMES:
        return False
    if minority_name(name):
        return False
    from crawler.normalize.segment import listed_entry, tagged  # reads jieba's dictionary once

    if listed_entry(name) is not None:
        return False  # a listed word is dictionary_word's to judge
    words = tagged(name)
    return len(words) == 1 and words[0][1] in _TEXT_TAGS


# An everyday word: seen this often in the dictionary (单位 17,532, 方面 26,963, 公告 1,919); the
# words that are also names are rarer (方圆 285, 原野 249, 文静 74) or tagged as names (高峰 1,556).
EVERYDAY = 1000


# Closed classes no name belongs to, at any frequency: conjunctions, prepositions, particles,
# pronouns, localisers, measure words, modal particles, interjections, onomatopoeia.
_CLOSED_TAGS = frozenset("c p u r f q y e o".split())


# Tags whose frequent words are still names as often (夏天, 明明: time words; 和平, 文华: proper nouns).
_NAME_LIKE_TAGS = ("nr", "nz", "t")


def surname_word(name: str) -> bool:
    """Tell whether a 2-3 character credit opening with a common surname is an everyday word (单位, 程序员).

    A surname opens many words of text (单位, 方面, 公告, 程序, 安全, 于是);
    a name that is a word too is a rarer one (方圆, 原野, 文静) or tagged as a
    name (高峰, 林立), time word or proper noun (夏天, 和平). A three-character
    credit is a word when the dictionary lists it whole, 20 times or more, as no
    name, place, proper noun or time (程序员 170 ``n``): three-character names it
    lists are tagged as names (司马光, 欧阳修), and made-up ones are not listed.
    """
    if not 2 <= len(name) <= 3 or name[0] not in COMMON_SURNAMES or not re.fullmatch(rf"[{_CJK}]+", name):
        return False
    from crawler.normalize.segment import listed_entry  # reads jieba's dictionary once

    entry = listed_entry(name)
    if len(name) == 3:
        return entry is not None and not entry[1].startswith((*_NAME_LIKE_TAGS, "ns"))
    if entry is None or entry[1].startswith(_NAME_LIKE_TAGS):
        return False
    return entry[0] >= EVERYDAY or entry[1] in _CLOSED_TAGS


# A syllable of Hanyu Pinyin without tones: an initial (or none) and a final. A CMS login is a
# person's name in pinyin (zhangsan, wangxiaoming) or its initials (lhy); software and markup words
# (style, span, nofollow, WordPress) are not spelt so.
_PINYIN_SYLLABLE = (
    "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    "(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue"
    "|a|o|e|i|u)"
    "|er"  # 儿, 二: never after an initial (footer is no pinyin)
)
_SYLLABLE = f"(?:{_PINYIN_SYLLABLE}|[nl]ve?)"  # nv, lve: ü written v
# Pinyin, or initials and then a name of two syllables or more (wyyunfeige).
_PINYIN = re.compile(f"{_SYLLABLE}+|[bpmfdtnlgkhjqxrzcsyw]{{1,3}}{_SYLLABLE}{{2,}}")
_VOWELS = frozenset("aeiou")


def ascii_word(name: str) -> bool:
    """Tell whether a one-word ASCII credit is a word of software or markup, not a login (style, PHPWind).

    A credit of one ASCII word is a login (``责任编辑：zhangsan``) or a pen name;
    it is kept when it reads as pinyin syllables (``zhangsan``) or initials and
    a pinyin name (``wyyunfeige``), or is capitalised as an English given name is
    (``Vivian``; markup's words are lower-case or run together: ``sidebar``,
    ``PHPWind``; the page's own words, ``Admin``, ``Editor``, ``Share``, are refused
    before this). Initials alone (no vowel: ``lhy``, ``yzrb``)
    are a login or a site's abbreviation (扬州日报), printed where a writer's name
    sits by a CMS, never a byline a reader sees; an editor's credit keeps them
    (it does not ask this). Names of more than one word (``Demi Xia``) are not asked.
    """
    if not re.fullmatch(r"[A-Za-z]+", name):
        return False
    if re.fullmatch(r"[A-Z][a-z]{2,9}", name):
        return False  # "作者：Vivian", "文/Jerry": an English given name, as self-media writers sign
    lower = name.lower()
    if not _VOWELS & set(lower):
        return True
    return not _PINYIN.fullmatch(lower)
