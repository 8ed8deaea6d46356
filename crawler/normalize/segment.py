"""The crawler's one door to the word segmenter (rjieba): layout and credits ask here.

rjieba (and its dictionary) is imported on the first question only: the crawl's
common path never segments, and ``--help`` must not pay for it. The index has
its own door, :mod:`indexer.analysis`, which folds text before it segments.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

__all__ = ["common_word", "cut", "dictionary_entry", "listed_entry", "personal_name_word", "tagged"]

# A word at least this frequent in jieba's dictionary (of ~60 million words counted) is an
# everyday word: 世界 34,387, 教师 6,642, 校长 3,791; pen names are rare there (山野 241, 大海 1,186).
COMMON_FREQUENCY = 2000  # at least LISTED_FREQUENCY: those are the words read


def cut(text: str) -> list[str]:
    """Return jieba's words of ``text`` in order (default mode, no folding)."""
    import rjieba

    return list(rjieba.cut(text))


def personal_name_word(name: str) -> bool:
    """Tell whether ``name`` is no dictionary word, or one the dictionary tags as a person's name only."""
    import rjieba

    return not rjieba.has_word(name) or rjieba.tag(name) == [(name, "nr")]


def tagged(text: str) -> list[tuple[str, str]]:
    """Return jieba's words of ``text`` and their parts of speech (unlisted words guessed by its HMM)."""
    import rjieba

    return [(word, tag) for word, tag in rjieba.tag(text)]


def _common_words() -> dict[str, str]:
    """Return jieba's common 2-3 character words (at least :data:`COMMON_FREQUENCY`) and their tags."""
    return _word_lists()[0]


def dictionary_entry(word: str) -> tuple[int, str] | None:
    """Return jieba's ``(frequency, part of speech)`` of a two-character word, or None when it holds none.

    Bylines ask whether a would-be name is a verb (记者解释, 记者查看) or a
    place (图：株洲…, 张迪中国2月9日电): words :data:`COMMON_FREQUENCY` leaves out.
    """
    return _two_character_words().get(word)


def _two_character_words() -> dict[str, tuple[int, str]]:
    """Return jieba's two-character words seen at least :data:`LISTED_FREQUENCY` times."""
    return _word_lists()[1]


def listed_entry(word: str) -> tuple[int, str] | None:
    """Return jieba's ``(frequency, part of speech)`` of a 2-3 character word seen at least 20 times, or None.

    A credit that is a whole word of the dictionary (撰稿人, 示意图) is asked
    here; :func:`dictionary_entry` stays two characters only (its callers
    read a name's two-character ending or opening).
    """
    return _word_lists()[2].get(word) if len(word) == 3 else dictionary_entry(word)


# A line of jieba's dictionary (word, frequency, part of speech) of a 2-3 character word seen at
# least LISTED_FREQUENCY (20) times: matched in one scan of the file, the other ~300,000 lines are
# never split in Python (0.63 -> 0.26 s of CPU per process that asks).
LISTED_FREQUENCY = 20
_LISTED_LINE = re.compile(r"^(\S\S\S?) (0*(?:[2-9]\d|[1-9]\d\d+)) (\S+)$", re.M)


@functools.cache
def _word_lists() -> tuple[dict[str, str], dict[str, tuple[int, str]], dict[str, tuple[int, str]]]:
    """Read jieba's dictionary once for the common 2-3 character words and the two-character words.

    The file is found without importing jieba (whose import is slow and warns);
    read once per process, on the first question.
    """
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        return {}, {}, {}
    path = Path(next(iter(spec.submodule_search_locations))) / "dict.txt"
    common: dict[str, str] = {}
    two: dict[str, tuple[int, str]] = {}
    three: dict[str, tuple[int, str]] = {}
    for word, count, tag in _LISTED_LINE.findall(path.read_text(encoding="utf-8")):
        frequency = int(count)
        if frequency >= COMMON_FREQUENCY:
            common[word] = tag
        if len(word) == 2:
            two[word] = (frequency, tag)
        else:
            three[word] = (frequency, tag)
    return common, two, three


def common_word(name: str) -> bool:
    """Tell whether ``name`` is an everyday word of the dictionary, not tagged as a person's name."""
    tag = _common_words().get(name)
    return tag is not None and not tag.startswith("nr")
