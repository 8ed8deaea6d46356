"""Article texts for generated print pages, drawn from the shared inews train/dev corpus.

A print page needs texts that could stand in a newspaper: Chinese prose with
sentence punctuation, a headline that fits a few short lines, and no credits of
their own (a ``记者`` inside the text would make the ground truth ambiguous). The
filters below are rules over every document, never a hand-picked list; which
texts a page gets is decided by the page's seeded RNG.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

try:  # imported as pagegen.texts by the tests (tests/ on sys.path), as tests.pagegen.texts by bench/
    from corpora import shared_data_dir
except ImportError:
    from tests.corpora import shared_data_dir

from archive.chars import clean_text, display_width

TESTS = Path(__file__).resolve().parent.parent
SHARED = shared_data_dir()
INEWS = SHARED / "inews-bdci2019"

# Texts holding any of these are web furniture, markup or a foreign script: not print.
_JUNK = re.compile(
    r"http|www|[<>{}=#*]|\?\s*\?|[a-zA-Z]{5,}|[\u3040-\u30ff\uac00-\ud7af]|"
    r"日电|(?:网|报|社|台|新闻)[\u4e00-\u9fff0-9 ]{0,10}[讯电]"  # a dateline of its own
)
# Sentences holding any of these carry credits, sources or calls to click: dropped from the text,
# since a credit inside the text would make the ground truth ambiguous. 记者 in running text
# (记者从市交通局获悉) stays: real articles say it, and the normaliser must leave it alone.
_FURNITURE = re.compile(
    r"记者[\s：:/]|记者[\u4e00-\u9fff]{2,3}(?:[）)\s]|$)|通讯员|本报|编辑|来源|摄影|摄|微信|点击|原标题|公众号|"
    r"责编|@|【|】|\||▲|↓|图为|图片|转载|关注|扫码|二维码|阅读原文|[(（]完[)）]"
)
_TITLE_CUT = re.compile(r"\s*(?:_|\||｜|--| - |-(?=[^-]{2,8}$))\s*")
_TITLE_PARTS = re.compile(r"[，,：:！!？?；;、\s]+|——|…+|\.{2,}")
_SENTENCE = re.compile(r"(?<=[。！？])(?![”’」』）])")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_HEADLINE_MAX = 28.0  # cells: a headline part wider than this does not fit two lines of a page
_PART_MAX = 16.0  # cells: each part of a two-part headline takes one line
_BODY_MAX = 900  # characters kept from a text, cut at a sentence end


@dataclass(frozen=True)
class Story:
    """One article text: headline parts and paragraphs, in the characters the normaliser yields."""

    doc_id: str
    title_parts: tuple[str, ...]
    paragraphs: tuple[str, ...]


def _headline(raw: str) -> tuple[str, ...] | None:
    head = _TITLE_CUT.split(re.sub(r"^[【\[].{1,6}?[】\]]", "", " ".join(raw.split())), maxsplit=1)[0]
    pieces = (clean_text(x).strip("“”\"'《》（）() 。") for x in _TITLE_PARTS.split(head))
    parts = tuple(p for p in pieces if p)
    if not parts or len(parts) > 2 or any(display_width(p) > _HEADLINE_MAX for p in parts):
        return None
    if len(parts) == 2 and any(display_width(p) > _PART_MAX for p in parts):
        return None
    if sum(len(p) for p in parts) < 6 or any(len(p) < 3 for p in parts):
        return None
    if any(len(_HAN.findall(p)) < 0.6 * len(p) for p in parts):
        return None  # "reserved", a code or a date, not a headline
    if any(re.search(r"[“”《》（）()\"'＂]", p) for p in parts):
        return None  # a quote cut in half by the split
    return parts


def _paragraphs(content: str) -> tuple[str, ...] | None:
    paragraphs: list[str] = []
    total = 0
    for raw in content.replace("\\n", "\n").split("\n"):
        text = clean_text(" ".join(raw.split())).strip()
        if not re.search(r"[。！？][”’」』）]?$", text):
            continue  # a caption, a label or a cut-off line: not running text
        sentences = [s for s in _SENTENCE.split(text) if s and not _FURNITURE.search(s)]
        # A long web paragraph is cut into print-sized ones at sentence ends.
        chunk = ""
        for sentence in sentences:
            if total + len(chunk) + len(sentence) > _BODY_MAX:
                break
            chunk += sentence
            if len(chunk) >= 160:
                paragraphs.append(chunk)
                total += len(chunk)
                chunk = ""
        if chunk and total + len(chunk) <= _BODY_MAX:
            paragraphs.append(chunk)
            total += len(chunk)
        if total >= _BODY_MAX - 40:
            break
    if not paragraphs or total < 120:
        return None
    if not re.search(r"[。！？][”’」』）]?$", paragraphs[-1]):
        return None
    return tuple(paragraphs)


def _acceptable(content: str) -> bool:
    if _JUNK.search(content) or len(content) < 150:
        return False
    return len(_HAN.findall(content)) >= 0.75 * len(content)


@lru_cache(maxsize=2)
def load_stories(split: str) -> tuple[Story, ...]:
    """Every usable text of one inews split ("train" or "dev"), in file order."""
    stories: list[Story] = []
    with (INEWS / f"{split}.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            content = record.get("content") or ""
            if not _acceptable(content):
                continue
            parts = _headline(record.get("title") or "")
            paragraphs = _paragraphs(content)
            if parts is None or paragraphs is None:
                continue
            stories.append(Story(str(record.get("id", len(stories))), parts, paragraphs))
    return tuple(stories)


def available() -> bool:
    """Tell whether the inews corpus is on this machine."""
    return (INEWS / "train.jsonl").is_file() and (INEWS / "dev.jsonl").is_file()
