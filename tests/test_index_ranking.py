"""Ranking: the IDF that lets rare words decide, the bigram re-rank, pasted headlines ORed at once."""

from __future__ import annotations

import zlib
from pathlib import Path

from test_index_helpers import build

from indexer.build import IndexDoc
from indexer.ranking import query_grams, rerank
from indexer.search import PASTED_WORDS, search


def test_query_grams_skip_punctuation_and_spaces() -> None:
    assert query_grams(["脱贫，攻坚 a1"], 2) == {"脱贫".encode(), "攻坚".encode(), b"a1"}
    assert query_grams(["脫貧"], 2) == {"脱贫".encode()}  # folded like the index


def test_rerank_lifts_the_hit_that_holds_the_query_text_together() -> None:
    texts = {
        1: zlib.compress("工作会议召开，脱贫攻坚成效显著".encode()),
        2: zlib.compress("攻坚克难的工作作风，脱贫人口增加，会议纪要".encode()),
    }
    ranked = rerank([(2, 10.0), (1, 9.5)], texts, ["脱贫攻坚工作会议"])
    assert [d for d, _ in ranked] == [1, 2]
    # Without shared character runs the BM25 order stands.
    assert [d for d, _ in rerank([(2, 10.0), (1, 9.5)], texts, ["经济"])] == [2, 1]


def test_common_words_do_not_outvote_the_rare_one(tmp_path: Path) -> None:
    filler = "今天记者表示工作会议发布消息。"
    docs = [IndexDoc(id=i, body=filler * 3 + f"编号{i}。") for i in range(1, 30)]
    docs.append(IndexDoc(id=99, body="鹤鸣湖湿地的丹顶鹤回来了。"))
    # Whoosh's own IDF (log(N / (df + 1)) + 1) gives each of the five common
    # words about as much as the rare one, and the filler articles hold five.
    ix = build(tmp_path, docs)
    page = search(ix, "记者 表示 工作 会议 发布 丹顶鹤", limit=3)
    assert page.hits[0].id == 99


def test_pasted_headline_is_ranked_ored_even_when_another_article_holds_every_word(tmp_path: Path) -> None:
    headline = "白城市洮北区召开脱贫攻坚专题工作会议部署今年重点任务安排"
    docs = [
        # The source article: its text repeats most of the headline, not every word of it.
        IndexDoc(id=1, body="洮北区召开脱贫攻坚专题工作会议，部署今年重点任务。"),
        # Another one holds every word, scattered through unrelated text.
        IndexDoc(id=2, body="白城市安排了会议。今年洮北区召开部署，脱贫、攻坚、专题、工作、重点任务都谈到。"),
    ]
    docs += [IndexDoc(id=10 + i, body=f"其他新闻第{i}条，天气晴朗。") for i in range(20)]
    ix = build(tmp_path, docs)
    page = search(ix, headline, limit=5)
    assert len(headline) > PASTED_WORDS and page.relaxed
    assert [h.id for h in page.hits[:2]] == [1, 2]
