"""``show --diff`` in the terminal compares as the web diff page does: sentences, then characters.

It printed a unified diff of whole paragraphs: a figure corrected in a 40-sentence paragraph (a body
stored as one paragraph) read as that paragraph deleted and inserted whole, and a journalist had to
find the one changed character by eye. The terminal now uses the web page's diff (archive.textdiff):
only changed sentences are printed, the change marked inside them ([-old-]{+new+}).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archive.textdiff import DELETE, EQUAL, INSERT, Segment, changed_sentences
from search_cli import exitcodes
from search_cli.main import main

FILLER = "".join(f"第{n}句说的是别的事情，与更正无关。" for n in range(40))


def _import(home: Path, title: str, body: str) -> None:
    line = json.dumps({"id": "n1", "title": title, "body": body}, ensure_ascii=False)
    (home / "export.jsonl").write_text(line + "\n", encoding="utf-8")
    assert main(["import", str(home / "export.jsonl"), "--source", "other", "-q", "--home", str(home)]) == 0


def test_a_corrected_figure_in_a_long_paragraph_is_marked_in_its_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _import(tmp_path, "投入3.5亿元", FILLER + "今年投入资金3.5亿元。" + FILLER + "\n第二段没有改动。")
    _import(tmp_path, "投入3.8亿元", FILLER + "今年投入资金3.8亿元。" + FILLER + "\n第二段没有改动。")
    capsys.readouterr()
    assert main(["show", "1", "--diff", "--home", str(tmp_path)]) == exitcodes.OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("--- version 1") and lines[1].startswith("+++ version 2"), lines
    assert "~ 标题: 投入3.[-5-]{+8+}亿元" in lines, lines
    assert "~ … 今年投入资金3.[-5-]{+8+}亿元。 …" in lines, lines
    assert not any("第二段" in line or "第7句" in line for line in lines), lines


def test_changed_sentences_keep_only_the_sentences_a_change_touches() -> None:
    para = [
        Segment(EQUAL, "甲事。乙事"),
        Segment(DELETE, "三"),
        Segment(INSERT, "五"),
        Segment(EQUAL, "元。丙事。"),
    ]
    assert changed_sentences(para) == [
        None,
        [Segment(EQUAL, "乙事"), Segment(DELETE, "三"), Segment(INSERT, "五"), Segment(EQUAL, "元。")],
        None,
    ]
