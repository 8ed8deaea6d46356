"""``indexer.highlight``: a snippet starts and ends between words and never highlights part of a match."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from indexer.highlight import ELLIPSIS, SNIPPET_CHARS, render_snippet, snippet_parts

# The demo's article about 三下乡 (its first sentence), then filler as long as the rest of its body.
SANXIAXIANG = "日前，白城师范学院音乐学院组织了“科尔沁之声”服务团队，前往三合乡中心进行三下乡活动。"


def _snippet(text: str, needles: list[str]) -> str:
    return render_snippet(snippet_parts(text, text, needles))


def test_a_match_cut_by_the_window_is_taken_whole() -> None:
    """The window ended inside 脱贫攻坚, and the snippet highlighted «脱贫攻» as if that were the match."""
    text = "甲" * 10 + "鹤鸣湖" + "乙" * 104 + "脱贫攻坚" + "丁" * 200
    snippet = _snippet(text, ["鹤鸣湖", "脱贫攻坚"])
    assert "«脱贫攻坚»" in snippet and "«脱贫攻»" not in snippet, snippet


def test_a_match_cut_at_the_start_is_taken_whole() -> None:
    text = "丁" * 200 + "脱贫攻坚" + "乙" * 20 + "脱贫攻坚" + "乙" * 200
    for parts in (snippet_parts(text, text, ["脱贫攻坚"], width=w) for w in range(20, 60)):
        marked = [run for run, hit in parts if hit]
        assert marked and all(run == "脱贫攻坚" for run in marked), parts


def test_a_snippet_starts_at_a_clause_not_inside_a_name() -> None:
    """'…学院音乐学院组织了' read as a school called 学院音乐学院: the window began 7 characters into
    the body, inside 白城师范学院; it now starts at the body's start, which was that close."""
    snippet = _snippet(SANXIAXIANG + "乙" * 200, ["三下乡"])
    assert snippet.startswith("日前，白城师范学院音乐学院"), snippet
    longer = "丙" * 100 + "。" + SANXIAXIANG[3:] + "乙" * 200
    snippet = _snippet(longer, ["三下乡"])
    assert snippet.startswith(ELLIPSIS + "白城师范学院音乐学院"), snippet


def test_a_snippet_ends_at_a_clause_when_one_is_near() -> None:
    text = "鹤鸣湖" + "甲" * (SNIPPET_CHARS - 3) + "乙乙乙，丙丙丙" + "丁" * 200
    snippet = _snippet(text, ["鹤鸣湖"])
    assert snippet.endswith("乙乙乙，" + ELLIPSIS), snippet


def test_a_text_without_punctuation_keeps_the_plain_window() -> None:
    text = "甲" * 300 + "鹤鸣湖" + "乙" * 300
    snippet = _snippet(text, ["鹤鸣湖"])
    assert "«鹤鸣湖»" in snippet and len(snippet) == SNIPPET_CHARS + 2 * len(ELLIPSIS) + 2, snippet


@given(
    st.text(alphabet="甲乙，。鹤鸣湖 ", max_size=400),
    st.lists(st.sampled_from(["鹤鸣湖", "鸣湖", "湖", "甲乙"]), min_size=1, max_size=3),
)
def test_every_highlight_is_a_whole_match(text: str, needles: list[str]) -> None:
    parts = snippet_parts(text, text, needles)
    shown = "".join(run for run, _ in parts)
    assert shown.strip(ELLIPSIS) in text.replace("\n", " ")
    for run, hit in parts:
        if hit:
            # A highlighted run is made of matches: every character lies inside some needle's occurrence.
            assert any(needle in run for needle in needles), (run, needles)
    assert len(shown) <= SNIPPET_CHARS + 2 * (len(ELLIPSIS) + 12 + max(map(len, needles)))


def test_a_figure_or_latin_word_is_marked_where_it_stands_whole() -> None:
    """The search matches 3万吨 and AI whole (not inside 化肥23万吨, Shanghai), yet the snippet marked
    them there too, as if the article said 3万吨 where it says 23万吨. Found only inside a longer one
    (a quoted phrase's match), a needle is still marked there."""
    parts = snippet_parts("化肥23万吨，另备3万吨。", "化肥23万吨，另备3万吨。", ["3万吨"])
    assert [run for run, marked in parts if marked] == ["3万吨"]
    assert [i for i, (run, marked) in enumerate(parts) if marked] == [1]
    assert "".join(run for run, _ in parts[:1]) == "化肥23万吨，另备"
    folded = "新闻 shanghai ai 大会，截至2019.3.5日"
    parts = snippet_parts(folded.replace("ai ", "AI "), folded, ["ai", "3.5", "2019"])
    assert [run for run, marked in parts if marked] == ["AI", "2019", "3.5"]
    parts = snippet_parts("Shanghai港口", "shanghai港口", ["ai"])
    assert [run for run, marked in parts if marked] == ["ai"]


def test_a_name_is_not_marked_inside_a_longer_authors_name(tmp_path: Path) -> None:
    """王强 searched as text was marked inside 王强伟, a name the archive knows as another reporter's
    byline: a journalist scanning the snippets for 王强 read the mark as him. Chinese prints no word
    boundaries, so 王强 is still marked where it runs on into other words (王强表示: 王强 said), and
    inside the longer name only where the text holds it nowhere else (the match must show)."""
    from test_index_helpers import build

    from indexer.documents import IndexDoc
    from indexer.search import search

    docs = [
        IndexDoc(id=1, title="会议", body="记者王强伟报道。会上，王强表示将加快建设。", authors=["王强伟"]),
        IndexDoc(id=2, title="通讯", body="通讯员王强伟供稿，全市完成植树任务。", authors=["李明"]),
        IndexDoc(id=3, title="采访", body="王强在会上发言。", authors=["王强"]),
    ]
    index = build(tmp_path, docs)
    hits = {h.id: h for h in search(index, "王强").hits}
    marked = {k: [(t, m) for t, m in h.snippet_parts if m] for k, h in hits.items()}
    assert marked[1] == [("王强", True)]
    (before, *_) = [t for t, m in hits[1].snippet_parts if not m]
    assert before.endswith("会上，"), hits[1].snippet_parts
    assert marked[2] == [("王强", True)]  # only inside the longer name: marked there, the match shows
    assert marked[3] == [("王强", True)]
