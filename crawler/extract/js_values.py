"""Read the data a page's script assigns to its state: JSON, a JS object literal, Nuxt's function call.

Single-page apps ship the article as a value in a script: ``window.__INITIAL_STATE__ = {...}``
(JSON, or a JS object literal with bare keys), ``JSON.parse('...')``, or Nuxt 2's
``window.__NUXT__=(function(a,b,…){return {…}}("标题",…))``, whose object names its values by
the function's parameters. Nothing here runs JavaScript: a small reader takes literals (objects,
arrays, strings, numbers, ``true``/``!0``, ``null``/``void 0``) and a parameter's name; anything
else (a call, an operator, a statement before ``return``) makes the whole value unreadable (None).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

__all__ = ["read_assigned"]

_SPACE = re.compile(r"\s*")
_IDENT = re.compile(r"[A-Za-z_$][\w$]*")
_NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_NUXT_HEAD = re.compile(r"\(?\s*function\s*\(([\w$,\s]*)\)\s*\{\s*return\s+")
_JSON_PARSE = re.compile(r"JSON\.parse\(\s*")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
_WORDS: dict[str, object] = {"true": True, "false": False, "null": None, "undefined": None}


class _Unreadable(Exception):
    """The value is no literal this reader takes."""


@dataclass(frozen=True)
class _Param:
    name: str


def read_assigned(text: str, start: int) -> object | None:
    """Return the value a script assigns from ``text[start:]`` on, or None when it is no readable literal."""
    at = _SPACE.match(text, start)
    start = at.end() if at else start
    try:
        if text.startswith(("{", "["), start):
            try:
                value: object = json.JSONDecoder().raw_decode(text, start)[0]
                return value
            except ValueError:
                return _Reader(text, start).value()
        if parse := _JSON_PARSE.match(text, start):
            inner = _Reader(text, parse.end()).value()
            parsed: object = json.loads(inner) if isinstance(inner, str) else None
            return parsed
        if head := _NUXT_HEAD.match(text, start):
            return _nuxt(text, head)
    except (_Unreadable, ValueError, RecursionError):
        return None
    return None


def _nuxt(text: str, head: re.Match[str]) -> object:
    """Read Nuxt's ``(function(a,b){return {...}}(x,y))``: the object with each parameter bound."""
    params = [p.strip() for p in head.group(1).split(",") if p.strip()]
    reader = _Reader(text, head.end(), params=frozenset(params))
    body = reader.value()
    reader.expect(";", optional=True)
    reader.expect("}")
    reader.expect(")", optional=True)
    reader.expect("(")
    args: list[object] = []
    while not reader.expect(")", optional=True):
        args.append(reader.value())
        reader.expect(",", optional=True)
    bound = dict(zip(params, args, strict=False))
    return _bind(body, bound)


def _bind(value: object, bound: dict[str, object]) -> object:
    if isinstance(value, _Param):
        return bound.get(value.name)
    if isinstance(value, dict):
        return {k: _bind(v, bound) for k, v in value.items()}
    if isinstance(value, list):
        return [_bind(v, bound) for v in value]
    return value


def _paired(text: str) -> str:
    """Join ``\\ud83d\\ude00``-style surrogate pairs; a lone surrogate is dropped."""
    if not any("\ud800" <= c <= "\udfff" for c in text):
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "ignore")


class _Reader:
    """A reader of one JS literal value (no expressions but ``!0``/``!1``, ``void 0`` and a parameter)."""

    def __init__(self, text: str, at: int, params: frozenset[str] = frozenset()) -> None:
        self.text = text
        self.at = at
        self.params = params

    def skip(self) -> None:
        self.at = _SPACE.match(self.text, self.at).end()  # type: ignore[union-attr]

    def expect(self, mark: str, *, optional: bool = False) -> bool:
        self.skip()
        if self.text.startswith(mark, self.at):
            self.at += len(mark)
            return True
        if optional:
            return False
        raise _Unreadable(mark)

    def value(self) -> object:
        self.skip()
        if self.at >= len(self.text):
            raise _Unreadable("end")
        char = self.text[self.at]
        if char == "{":
            return self._object()
        if char == "[":
            return self._array()
        if char in "\"'`":
            return self._string()
        if char == "!" and self.text[self.at + 1 : self.at + 2] in ("0", "1"):
            self.at += 2
            return self.text[self.at - 1] == "0"
        if self.text.startswith("void 0", self.at):
            self.at += 6
            return None
        if number := _NUMBER.match(self.text, self.at):
            self.at = number.end()
            return float(number.group()) if re.search(r"[.eE]", number.group()) else int(number.group())
        if name := _IDENT.match(self.text, self.at):
            self.at = name.end()
            word = name.group()
            if word in _WORDS:
                return _WORDS[word]
            if word in self.params:
                return _Param(word)
        raise _Unreadable(char)

    def _object(self) -> dict[str, object]:
        self.at += 1
        found: dict[str, object] = {}
        while not self.expect("}", optional=True):
            self.skip()
            if self.text[self.at : self.at + 1] in ("'", '"'):
                key = self._string()
            elif name := _IDENT.match(self.text, self.at) or _NUMBER.match(self.text, self.at):
                key, self.at = name.group(), name.end()
            else:
                raise _Unreadable("key")
            self.expect(":")
            found[key] = self.value()
            if not self.expect(",", optional=True):
                self.expect("}")
                break
        return found

    def _array(self) -> list[object]:
        self.at += 1
        found: list[object] = []
        while not self.expect("]", optional=True):
            found.append(self.value())
            if not self.expect(",", optional=True):
                self.expect("]")
                break
        return found

    def _string(self) -> str:
        quote = self.text[self.at]
        self.at += 1
        out: list[str] = []
        text = self.text
        while True:
            end = len(text)
            stop = min(
                (i for i in (text.find(quote, self.at), text.find("\\", self.at)) if i >= 0), default=end
            )
            if stop >= end:
                raise _Unreadable("string")
            out.append(text[self.at : stop])
            self.at = stop + 1
            if text[stop] == quote:
                return _paired("".join(out))
            escape = text[self.at : self.at + 1]
            if escape == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", text[self.at + 1 : self.at + 5]):
                out.append(chr(int(text[self.at + 1 : self.at + 5], 16)))
                self.at += 5
            elif escape == "x" and re.fullmatch(r"[0-9a-fA-F]{2}", text[self.at + 1 : self.at + 3]):
                out.append(chr(int(text[self.at + 1 : self.at + 3], 16)))
                self.at += 3
            else:
                out.append(_ESCAPES.get(escape, escape))
                self.at += 1
