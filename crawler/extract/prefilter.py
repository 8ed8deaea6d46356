"""Skip a regex's scan of a text that lacks what every one of its matches needs.

``re`` tries a pattern that opens with a look-behind or a wide character class
(``(?<=记者)…``, ``[一-龥]{2,4}…摄``) at every character of the text: a byline
zone of 1,200 characters costs such a pattern tens of microseconds even when the
zone holds none of what it is about (发自, 摄, a slash), which is most zones.
:class:`Prefiltered` reads, once, from the pattern itself, the strings its
matches cannot do without, and answers "no match" at the cost of a
``str.__contains__`` (a memchr-fast scan) when the text lacks them. The strings
are derived, never declared, so a rule edited later cannot leave a stale gate:
what the derivation cannot prove required (case-insensitive patterns, classes
of more than a few characters) it leaves out, and a pattern with nothing proven
is always scanned.

The derivation reads the parsed pattern with ``re._parser`` (CPython 3.11-3.13's
name for ``sre_parse``); any other shape of that tree makes it prove nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

try:
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover - another interpreter: every pattern is scanned
    _parser = None

__all__ = ["Prefiltered", "prefiltered", "required_strings"]

# A class of more characters than this is not worth a scan per character.
_MAX_CLASS = 8
# At most this many independent requirements are checked before a scan, each of at most this many
# strings (a word list's alternatives would cost more scans of the text than the pattern's own).
_MAX_CHECKS = 3
_MAX_ALTERNATIVES = 8

Need = frozenset[str]  # at least one of these strings is in any text the pattern matches


def _best(needs: list[Need]) -> Need | None:
    """Return the most selective requirement: fewest alternatives, then longest strings."""
    return min(needs, key=lambda n: (len(n), -min(map(len, n))), default=None)


def _minimal(strings: set[str]) -> Need:
    """Drop strings that contain another of the set: finding the shorter one is needed anyway."""
    return frozenset(s for s in strings if not any(o != s and o in s for o in strings))


def _item(op: Any, av: Any) -> Need | None:
    """Return what one parsed item needs in the text (None: nothing proven)."""
    if op is _c.LITERAL:
        return frozenset({chr(av)})
    if op is _c.IN:
        chars: set[str] = set()
        for sub_op, sub_av in av:
            if sub_op is _c.LITERAL:
                chars.add(chr(sub_av))
            elif sub_op is _c.RANGE and sub_av[1] - sub_av[0] < _MAX_CLASS:
                chars.update(map(chr, range(sub_av[0], sub_av[1] + 1)))
            else:
                return None  # a negated class, a category, a wide range
        return frozenset(chars) if 0 < len(chars) <= _MAX_CLASS else None
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _sequence(sub)
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            need = _sequence(branch)
            if need is None:
                return None
            union |= need
        return _minimal(union)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return _sequence(sub) if low >= 1 else None
    if op is _c.ATOMIC_GROUP:
        return _sequence(av)
    if op is _c.ASSERT:  # a look-ahead or look-behind that must hold reads text that must be there
        return _sequence(av[1])
    return None


def _needs(items: Any) -> list[Need]:
    """Return every requirement a sequence of parsed items proves, runs of literals joined."""
    needs: list[Need] = []
    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        if run:
            needs.append(frozenset({run}))
            run = ""
        need = _item(op, av)
        if need is not None:
            needs.append(need)
    if run:
        needs.append(frozenset({run}))
    return needs


def _sequence(items: Any) -> Need | None:
    return _best(_needs(items))


def required_strings(pattern: re.Pattern[str]) -> tuple[Need, ...]:
    """Return requirements of ``pattern``'s matches: each a set of strings one of which the text holds.

    Empty when nothing could be proven (the pattern is then always scanned).
    """
    if _parser is None or pattern.flags & re.IGNORECASE:
        return ()
    try:
        needs = _needs(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # an unexpected parse tree proves nothing
        return ()
    few = {need for need in needs if len(need) <= _MAX_ALTERNATIVES}
    chosen = sorted(few, key=lambda n: (len(n), -min(map(len, n)), sorted(n)))
    return tuple(chosen[:_MAX_CHECKS])


class Prefiltered:
    """A compiled pattern whose scans are skipped on texts lacking what its matches need."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.needs = tuple(tuple(sorted(need)) for need in required_strings(pattern))

    def possible(self, text: str) -> bool:
        """Tell whether ``text`` holds what a match needs (always, when nothing is known)."""
        for need in self.needs:  # loops, not all(any(...)): this runs before every scan
            for string in need:
                if string in text:
                    break
            else:
                return False
        return True

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Iterate the pattern's matches in ``text``, as ``re`` would."""
        return self.pattern.finditer(text) if self.possible(text) else iter(())

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        """Replace the pattern's matches in ``text``, as ``re`` would."""
        return self.pattern.sub(repl, text) if self.possible(text) else text

    def search(self, text: str) -> re.Match[str] | None:
        """Return the pattern's first match in ``text``, as ``re`` would."""
        return self.pattern.search(text) if self.possible(text) else None


# By id: a compiled pattern's hash reads its whole program each time. The value holds the pattern,
# so its id is never reused while it is a key.
_MADE: dict[int, Prefiltered] = {}


def prefiltered(pattern: re.Pattern[str]) -> Prefiltered:
    """Return ``pattern`` prefiltered, its requirements derived on the first call only."""
    made = _MADE.get(id(pattern))
    if made is None:
        made = _MADE[id(pattern)] = Prefiltered(pattern)
    return made
