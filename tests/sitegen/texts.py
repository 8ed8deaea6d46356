"""Real article texts for generated sites: inews (UTF-8) and Sogou (GBK) corpora, or a bundled sample.

Ground truth must be known exactly, so texts are only lightly tidied here
(site suffixes cut from titles, blank lines dropped) and the manifest records
exactly what each page holds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

try:  # imported as sitegen.texts by the tests (tests/ on sys.path), as tests.sitegen.texts by bench/
    from corpora import shared_data_dir
except ImportError:
    from tests.corpora import shared_data_dir

TESTS = Path(__file__).resolve().parent.parent
BUNDLED = TESTS / "data" / "sitegen" / "texts.jsonl"
SHARED = shared_data_dir()
_SOGOU_DOC = re.compile(rb"<contenttitle>(.*?)</contenttitle>\s*<content>(.*?)</content>", re.S)
_TITLE_CUT = re.compile(r"\s*(?:_|\||｜|--)\s*")


@dataclass(frozen=True)
class Text:
    """One article text: title, paragraphs and where it came from."""

    title: str
    paragraphs: tuple[str, ...]
    origin: str  # "inews", "sogou" or "bundled"

    def encodable(self, encoding: str) -> bool:
        """Tell whether the whole text can be written in ``encoding`` (GBK pages need it)."""
        try:
            (self.title + "".join(self.paragraphs)).encode(encoding)
        except UnicodeEncodeError:
            return False
        return True


def _title(raw: str) -> str:
    title = " ".join(raw.split())
    head = _TITLE_CUT.split(title, maxsplit=1)[0]
    return head if len(head) >= 6 else title


def _from_jsonl(path: Path, origin: str) -> Iterator[Text]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            title = _title(record.get("title") or "")
            paragraphs = tuple(p.strip() for p in (record.get("content") or "").split("\n") if p.strip())
            if 6 <= len(title) <= 60 and sum(map(len, paragraphs)) >= 120 and paragraphs:
                yield Text(title, paragraphs[:20], origin)


def _sentences(text: str, per_paragraph: int = 3) -> tuple[str, ...]:
    parts = [s for s in re.split(r"(?<=。)", text) if s.strip()]
    return tuple("".join(parts[i : i + per_paragraph]).strip() for i in range(0, len(parts), per_paragraph))


def _from_sogou(path: Path) -> Iterator[Text]:
    for title, content in _SOGOU_DOC.findall(path.read_bytes()):
        text = Text(
            _title(title.decode("gb18030", "replace")),
            _sentences(content.decode("gb18030", "replace")),
            "sogou",
        )
        if 6 <= len(text.title) <= 60 and sum(map(len, text.paragraphs)) >= 120 and text.encodable("gbk"):
            yield text


def shared_available() -> bool:
    """Tell whether the shared corpora are present."""
    return (SHARED / "inews-bdci2019" / "dev.jsonl").is_file()


def load_texts(n: int, *, corpus: str = "auto") -> tuple[list[Text], list[Text]]:
    """Return up to ``n`` UTF-8-bound texts and up to ``n`` GBK-encodable texts, distinct titles each.

    ``corpus``: "shared" (inews + Sogou), "bundled" (tests/data/sitegen) or
    "auto" (shared when present). A small corpus is cycled with a numbered
    title, so ``n`` may exceed its size.
    """
    use_shared = corpus == "shared" or (corpus == "auto" and shared_available())
    utf8: list[Text] = []
    gbk: list[Text] = []
    seen: set[str] = set()
    if use_shared:
        for name in ("dev.jsonl", "train.jsonl"):
            for text in _from_jsonl(SHARED / "inews-bdci2019" / name, "inews"):
                if len(utf8) >= n:
                    break
                if text.title not in seen:
                    seen.add(text.title)
                    utf8.append(text)
        sogou = SHARED / "sogou-smarty-gbk" / "news_tensite_xml.smarty.dat"
        if sogou.is_file():
            for text in _from_sogou(sogou):
                if len(gbk) >= n:
                    break
                if text.title not in seen:
                    seen.add(text.title)
                    gbk.append(text)
    base = list(_from_jsonl(BUNDLED, "bundled")) if not utf8 else utf8
    gbk_base = gbk or [t for t in base if t.encodable("gbk")]
    return _cycle(utf8 or base, n), _cycle(gbk_base, n)


def _cycle(texts: list[Text], n: int) -> list[Text]:
    if len(texts) >= n or not texts:
        return texts[:n]
    out = list(texts)
    round_ = 2
    while len(out) < n:
        for text in texts:
            if len(out) >= n:
                break
            out.append(Text(f"{text.title}（之{round_}）", text.paragraphs, text.origin))
        round_ += 1
    return out
