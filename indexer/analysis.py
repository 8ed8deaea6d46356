"""Chinese text analysis for the index: folding, segmentation and the Whoosh analyzers.

The index's only door to jieba/rjieba (the crawler's is ``crawler/normalize/segment.py``).
Three rules drive it:

* **Folding is length-preserving.** Width folding (full-width letters and
  digits), lower-casing and traditional-to-simplified folding (OpenCC's
  character table) each map one code point to one code point, so an offset in
  the folded text is the same offset in the original. Highlights and literal
  matches found on folded text can then be shown on the original text.
  Punctuation keeps its width: nobody searches commas, and folding them would
  make nearly every folded text differ from its original.
* **Index and query segment alike.** rjieba gives jieba's segmentation at ten
  times the speed; search mode at index time (sub-words too), default mode at
  query time (``mode`` argument of the Whoosh contract).
* **Every character stays searchable.** Tokens are kept when they hold any
  letter or digit, including characters outside the basic CJK block (𠮷),
  which jieba's own analyzer drops.
"""

from __future__ import annotations

import bisect
import hashlib
import os
import re
import threading
import warnings
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import rjieba
from whoosh.analysis import Token, Tokenizer

# jieba 0.42 imports pkg_resources, which setuptools 80+ answers with a UserWarning on every
# command that reads jieba's dictionary: noise for people and cron, nothing they can act on.
warnings.filterwarnings("ignore", message="pkg_resources is deprecated as an API", category=UserWarning)

__all__ = [
    "CharAnalyzer",
    "ChineseAnalyzer",
    "dictionary_hash",
    "fold",
    "fold_script",
    "gram_counts",
    "index_terms",
    "literal_chars",
    "query_words",
    "solo_chars",
    "spaced_junctions",
]

_OPENCC_TABLE = "TSCharacters.txt"


@lru_cache(maxsize=1)
def _script_table() -> dict[int, int]:
    """Build the one-to-one traditional-to-simplified table (OpenCC's characters), chains followed."""
    table: dict[int, int] = {}
    path = resources.files("opencc") / "dictionary" / _OPENCC_TABLE
    for line in path.read_text(encoding="utf-8").splitlines():
        trad, _, values = line.partition("\t")
        simp = values.split(" ")[0] if values else ""
        if len(trad) == 1 and len(simp) == 1 and trad != simp:
            table[ord(trad)] = ord(simp)
    return _follow_chains(table)


def _follow_chains(table: dict[int, int]) -> dict[int, int]:
    """Map each source to the end of its chain (a -> b -> c): folding twice changes nothing more."""
    for source in list(table):
        seen = {source}
        target = table[source]
        while target in table and target not in seen:
            seen.add(target)
            target = table[target]
        table[source] = target
    return {k: v for k, v in table.items() if k != v}


def fold_script(text: str) -> str:
    """Fold traditional characters to simplified only, one for one (``記者`` -> ``记者``).

    For rules written in simplified script (byline labels, surnames) that must
    read Taiwan and Hong Kong pages too; width and case are left alone, so an
    offset in the result is the same offset in ``text``.
    """
    if _script_folds().search(text) is None:
        return text  # nothing to fold: a regex scan is some 20 times faster than the dict-driven translate
    return text.translate(_script_table())


@lru_cache(maxsize=1)
def _script_folds() -> re.Pattern[str]:
    """Match a character :func:`_script_table` folds, or any beyond the BMP (those are left to the table).

    One class of the BMP's folded characters is matched by a bitmap; astral ones would make
    it a list of ranges tried one by one.
    """
    codes = sorted(code for code in _script_table() if code <= 0xFFFF)
    runs: list[tuple[int, int]] = []
    for code in codes:
        if runs and runs[-1][1] == code - 1:
            runs[-1] = (runs[-1][0], code)
        else:
            runs.append((code, code))
    spans = "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs)
    return re.compile(f"[{spans}]|[\U00010000-\U0010ffff]")


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, int]:
    """Build the one-to-one folding table (width, case, traditional to simplified)."""
    table: dict[int, int] = dict(_script_table())
    for low, high in ((0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A)):
        for code in range(low, high + 1):
            table[code] = code - 0xFEE0
    table[0x3000] = 0x20  # ideographic space
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = code + 32
    for code in range(0xFF21, 0xFF3A + 1):
        table[code] = code - 0xFEE0 + 32
    return _follow_chains(table)


def fold(text: str) -> str:
    """Fold ``text`` for matching: same length, one code point for one code point."""
    return text.translate(_fold_table())


def fold_diff(original: str, folded: str) -> list[tuple[int, str]]:
    """List the positions where ``folded`` differs from ``original`` (to restore it later)."""
    if original == folded:
        return []
    return [(i, a) for i, (a, b) in enumerate(zip(original, folded, strict=True)) if a != b]


def unfold(folded: str, diff: list[tuple[int, str]] | tuple[tuple[int, str], ...] | None) -> str:
    """Restore the original text from its folded form and :func:`fold_diff`."""
    if not diff:
        return folded
    chars = list(folded)
    for i, char in diff:
        chars[i] = char
    return "".join(chars)


def _is_word(token: str) -> bool:
    """Tell whether a segment is worth indexing: it holds a letter or a digit of any script."""
    return any(ch.isalnum() for ch in token)


class _Segmenters:
    """One rjieba instance per user dictionary, loaded once per process.

    Separate instances keep two indexes with different user dictionaries (or
    none) from changing each other's segmentation in one process.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_dict: dict[str, Any] = {}

    def get(self, userdict: str | None) -> Any:
        if not userdict:
            return rjieba
        found = self._by_dict.get(userdict)
        if found is not None:
            return found
        with self._lock:
            if userdict not in self._by_dict:
                instance = rjieba.Jieba()
                for word, freq in _read_userdict(Path(userdict)):
                    instance.add_word(word, freq, None)
                self._by_dict[userdict] = instance
            return self._by_dict[userdict]


_SEGMENTERS = _Segmenters()


def _read_userdict(path: Path) -> list[tuple[str, int | None]]:
    """Read a jieba user dictionary (``word [freq] [tag]`` per line); words are folded too."""
    entries: list[tuple[str, int | None]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.strip().split()
        if not parts or parts[0].startswith("#"):
            continue
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        entries.append((fold(parts[0]), freq))
    return entries


def segment(folded: str, mode: str, userdict: str | None = None) -> list[tuple[str, int, int]]:
    """Segment already-folded text: ``search`` mode for indexing, ``default`` for queries."""
    return list(_SEGMENTERS.get(userdict).tokenize(folded, mode=mode))


def index_terms(text: str, userdict: str | None = None, folded: bool = False) -> Counter[str]:
    """Count the word terms of ``text`` as the index stores them (fast path for the writer).

    ``folded=True`` says the caller folded the text already (folding is idempotent).
    """
    counts = Counter(_SEGMENTERS.get(userdict).cut_for_search(text if folded else fold(text)))
    for token in [t for t in counts if not _is_word(t)]:
        del counts[token]
    return counts


# A full-width point or hyphen inside a figure or a code, as an input method in full-width mode types
# ３．５亿元 and ＣＯＶＩＤ－１９: the archive's text has 3.5 and COVID-19 (``archive.chars.clean_text``
# makes the point ASCII), and kept, a query searched 3, 5 and 亿元 apart, finding 3个项目 ... 5亿元 and
# missing 3.5亿元, and covid and 19 apart, where the index holds covid and covid-19.
_ALNUM = "0-9A-Za-z０-９Ａ-Ｚａ-ｚ"
_JOINER = re.compile(rf"(?<=[0-9０-９])．(?=[0-9０-９])|(?<=[{_ALNUM}])－(?=[{_ALNUM}])")


def ascii_joiners(text: str) -> str:
    """Return ``text`` with a full-width point between digits, a hyphen between letters or digits, ASCII."""
    if "．" not in text and "－" not in text:
        return text
    return _JOINER.sub(lambda m: "." if m.group(0) == "．" else "-", text)


def query_words(text: str, userdict: str | None = None) -> list[str]:
    """Return the word terms of a query string, in order, as the query side segments them.

    A typed ３．５ is the figure 3.5, ＣＯＶＩＤ－１９ the code COVID-19 (:func:`ascii_joiners`), as the
    archive holds them.
    """
    return [w for w in _SEGMENTERS.get(userdict).cut(fold(ascii_joiners(text))) if _is_word(w)]


# What a unit is made of: magnitudes, measures, classifiers and calendar words (亿元, 万吨, 人次, 年, 月,
# 公斤, 平方米, 多岁). A word of other characters after a figure (2014政府工作报告) is no unit of it.
UNIT_CHARS = frozenset(
    "十百千万亿兆余多几元角分块钱美镑欧年月日号时秒岁天周旬季个名人户家件项次台辆架艘套座所栋幢间层条张只头"
    "匹枚株棵粒颗吨斤克两升米里亩顷公平方立千毫厘寸尺度倍成股位份期届章集版篇册页部场起例宗笔遍轮班趟点"
)
# A percent sign is a figure's unit too (3.5%, as papers print it in either width; 3.5个百分点 is a unit of
# unit characters): searched by its figure alone, 3.5% found every 3.5.
PERCENT = "%％"
# A figure and a unit printed apart by a space or two (2019 年 11 月, 3.5 亿元, as pages set in the spaced
# style and texts read from PDF print them): the two characters on either side of each such gap.
_DIGIT_UNIT = re.compile(f"([0-9])[ \t\xa0]{{1,2}}([{''.join(sorted(UNIT_CHARS))}])")
_UNIT_DIGIT = re.compile(f"([{''.join(sorted(UNIT_CHARS))}])[ \t\xa0]{{1,2}}([0-9])")


def spaced_junctions(folded: str) -> set[str]:
    """Return the junction terms of a folded text: ``"9 年"`` for each figure and unit printed spaced.

    The ``chars`` field holds them beside its characters (a term of three characters, which no
    character's look-up asks for), so a search for 2019年11月 finds 2019 年 11 月 from the texts
    holding its junctions, joined (the bigram 9年) or spaced (this term), instead of checking every
    text that holds 2019, 年, 11 and 月 (most of a year's articles).
    """
    if " " not in folded and "\t" not in folded and "\xa0" not in folded:
        return set()
    found = {f"{a} {b}" for a, b in _DIGIT_UNIT.findall(folded)}
    found.update(f"{a} {b}" for a, b in _UNIT_DIGIT.findall(folded))
    return found


def gram_counts(folded: str) -> Counter[str]:
    """Count the character bigrams of folded text whose two characters are letters or digits.

    The bigram field ranks beside the words (segmentation-free evidence: a
    short query and a short title cut differently still share their bigrams)
    and narrows literal-search candidates far more than single characters.
    """
    counts = Counter(folded[i : i + 2] for i in range(len(folded) - 1))
    for gram in [g for g in counts if not g.isalnum()]:
        del counts[gram]
    return counts


def solo_chars(folded: str, grams: Counter[str] | None = None) -> set[str]:
    """Return the characters a document's bigrams do not already find: the ``chars`` field's terms.

    A letter or digit that starts some bigram of the text is found by a
    prefix look-up of the bigram field; the others (punctuation, and a letter
    or digit never followed by one) are indexed one by one. Indexing every
    character instead cost as many postings as the bigrams themselves.
    """
    if grams is None:
        grams = gram_counts(folded)
    starts = {gram[0] for gram in grams}
    return {ch for ch in set(folded) if not ch.isspace() and ch not in starts}


def query_grams(texts: list[str]) -> list[str]:
    """Return the distinct bigrams of the query texts, in order of first occurrence."""
    seen: dict[str, None] = {}
    for text in texts:
        seen.update(dict.fromkeys(gram_counts(fold(text))))
    return list(seen)


def literal_chars(folded: str) -> set[str]:
    """Return the distinct characters that the literal (character) field indexes."""
    return {ch for ch in set(folded) if not ch.isspace()}


class ChineseTokenizer(Tokenizer):  # type: ignore[misc]
    """Segment folded Chinese text with rjieba, honouring Whoosh's tokenizer contract.

    ``pos`` is the ordinal of the default-mode word; in index mode the extra
    sub-words of a long word share the position of the word that contains them
    (like synonyms), so phrase positions agree between index and query.
    ``startchar``/``endchar`` are offsets into the original value (folding keeps
    lengths), shifted by ``start_char``.
    """

    def __init__(self, userdict: str | None = None) -> None:
        self.userdict = userdict

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ChineseTokenizer) and other.userdict == self.userdict

    def __hash__(self) -> int:
        return hash((ChineseTokenizer, self.userdict))

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        folded = fold(value)
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            token.original = token.text = folded
            token.boost = 1.0
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar = start_char
                token.endchar = start_char + len(value)
            yield token
            return
        base = segment(folded, "default", self.userdict)
        if mode == "index":
            pieces = segment(folded, "search", self.userdict)
            starts = [start for _, start, _ in base]
        else:
            pieces, starts = base, []
        ordinal = -1
        for word, start, end in pieces:
            if starts:
                ordinal = bisect.bisect_right(starts, start) - 1
            else:
                ordinal += 1
            if not _is_word(word):
                continue
            token.text = word
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = value[start:end]
            if positions:
                token.pos = start_pos + ordinal
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + end
            yield token


class CharTokenizer(Tokenizer):  # type: ignore[misc]
    """Yield each non-space character of the folded value: the literal field's terms."""

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        folded = fold(value)
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pos = start_pos
        for i, ch in enumerate(folded):
            if ch.isspace():
                continue
            token.text = ch
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = value[i]
            if positions:
                token.pos = pos
                pos += 1
            if chars:
                token.startchar = start_char + i
                token.endchar = start_char + i + 1
            yield token


def ChineseAnalyzer(userdict: str | None = None) -> ChineseTokenizer:
    """Return the word analyzer (segmentation and folding happen in the tokenizer)."""
    return ChineseTokenizer(userdict)


def CharAnalyzer() -> CharTokenizer:
    """Return the character analyzer of the literal field."""
    return CharTokenizer()


def _jieba_dict_path() -> Path:
    return Path(str(resources.files("jieba") / "dict.txt"))


def dictionary_hash(userdict: str | os.PathLike[str] | None = None) -> str:
    """Hash what decides segmentation: jieba's dictionary, the user dictionary, rjieba's version.

    Stored with each index generation; a different hash means the index was
    segmented differently from today's queries and must be rebuilt.
    """
    user = Path(userdict) if userdict else None
    stamp = user.stat().st_mtime_ns if user is not None and user.exists() else 0
    return _dictionary_hash(str(user) if user else "", stamp)


@lru_cache(maxsize=8)
def _dictionary_hash(userdict: str, stamp: int) -> str:
    digest = hashlib.sha256()
    digest.update(_jieba_dict_path().read_bytes())
    digest.update(b"\0rjieba=" + str(getattr(rjieba, "__version__", "0.2")).encode())
    if userdict and Path(userdict).exists():
        digest.update(b"\0user\0" + Path(userdict).read_bytes())
    return digest.hexdigest()[:16]


def configure_jieba_cache(cache_dir: Path) -> None:
    """Keep jieba's model cache in ``cache_dir`` (the data directory), not the shared temp folder."""
    import jieba

    cache_dir.mkdir(parents=True, exist_ok=True)
    jieba.dt.tmp_dir = str(cache_dir)
    jieba.dt.cache_file = str(cache_dir / "jieba.cache")
