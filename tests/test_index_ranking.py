"""Ranking and matching: rare words decide, bigrams rank beside words, totals are exact."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_index_helpers import build
from whoosh import index as whoosh_index

from indexer import ranking
from indexer.analysis import gram_counts, query_grams
from indexer.build import apply_changes
from indexer.documents import IndexDoc
from indexer.generations import reading
from indexer.matching import Segment
from indexer.postings import char_docs, char_frequency
from indexer.ranking import K1, LEAD_CHARS, TITLE_K1, WINDOW, CollectionStats, lead, pair_counts, text_boost
from indexer.schema import TITLE_BOOST
from indexer.search import PASTED_WORDS, search


def test_grams_skip_punctuation_and_spaces() -> None:
    assert query_grams(["脱贫，攻坚 a1"]) == ["脱贫", "攻坚", "a1"]
    assert query_grams(["脫貧"]) == ["脱贫"]  # folded like the index
    assert gram_counts("攻坚攻坚") == {"攻坚": 2, "坚攻": 1}


def test_text_held_together_beats_the_same_words_scattered(tmp_path: Path) -> None:
    docs = [
        IndexDoc(id=1, body="攻坚克难的工作作风，脱贫人口增加，会议纪要。"),
        IndexDoc(id=2, body="工作会议召开，脱贫攻坚成效显著。"),
    ]
    docs += [IndexDoc(id=10 + i, body=f"其他新闻第{i}条，天气晴朗。") for i in range(20)]
    ix = build(tmp_path, docs)
    assert [h.id for h in search(ix, "脱贫攻坚工作会议", limit=2).hits] == [2, 1]


def test_common_words_do_not_outvote_the_rare_one(tmp_path: Path) -> None:
    filler = "今天记者表示工作会议发布消息。"
    docs = [IndexDoc(id=i, body=filler * 3 + f"编号{i}。") for i in range(1, 30)]
    docs.append(IndexDoc(id=99, body="鹤鸣湖湿地的丹顶鹤回来了。"))
    # Whoosh's own IDF (log(N / (df + 1)) + 1) gives each of the five common
    # words about as much as the rare one, and the filler articles hold five.
    ix = build(tmp_path, docs)
    page = search(ix, "今天 记者 表示 工作 会议 发布 消息 丹顶鹤", limit=3)  # pasted: a best-match search
    assert page.mode == "best" and page.hits[0].id == 99
    # Six keywords: an article holding one of them is no match, not even a partial one.
    assert search(ix, "记者 表示 工作 会议 发布 丹顶鹤").hits == []


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


def test_total_is_exact_after_many_updates_and_deletions(tmp_path: Path) -> None:
    """Whoosh's top-N collector skipped blocks and reported 161 of 300 matches; totals are counted now."""
    when = datetime(2020, 1, 1, tzinfo=UTC)
    docs = [IndexDoc(id=i, body=f"第{i}篇，天气晴朗。" + ("鹤鸣湖" * (i % 7 + 1))) for i in range(1, 301)]
    ix = build(tmp_path, docs[:50])
    for start in range(50, 300, 25):  # ten more segments
        apply_changes(ix, docs[start : start + 25], [], watermark=when)
    apply_changes(ix, [], list(range(1, 301, 10)), watermark=when)  # 30 deletions across segments
    expected = 300 - 30
    for query in ("鹤鸣湖", '"鹤鸣湖"', "鹤鸣湖 天气"):
        page = search(ix, query, limit=5)
        assert page.total == expected, query
        assert all(h.id % 10 != 1 for h in page.hits)


def test_author_filter_argument(tmp_path: Path) -> None:
    ix = build(tmp_path)
    page = search(ix, "鹤鸣湖", author="張三")  # folded like the index: 張 -> 张
    assert [h.id for h in page.hits] == [1]
    assert search(ix, "鹤鸣湖", author="李四").total == 0


def test_articles_with_some_of_the_words_follow_the_full_matches(tmp_path: Path) -> None:
    docs = [
        IndexDoc(id=1, title="鹤鸣湖", body="鹤鸣湖的丹顶鹤回来了。"),  # the rare word only, twice
        IndexDoc(id=2, body="鹤鸣湖今天天气晴朗。"),  # every word, once each
        IndexDoc(id=3, body="今天天气晴朗，气温回升。"),  # the common word only: no partial match
        IndexDoc(id=4, body="白城市召开工作会议。"),
    ]
    docs += [IndexDoc(id=10 + i, body=f"其他新闻第{i}条，天气晴朗。") for i in range(20)]
    ix = build(tmp_path, docs)
    page = search(ix, "鹤鸣湖 天气")
    assert (page.total, page.partial, page.relaxed) == (1, 1, False)
    assert [(h.id, h.partial) for h in page.hits] == [(2, False), (1, True)]
    # A page filled by full matches lists full matches only; the count of partial ones stays.
    page = search(ix, "鹤鸣湖 天气", limit=1)
    assert [(h.id, h.partial) for h in page.hits] == [(2, False)] and page.partial == 1
    by_date = search(ix, "鹤鸣湖 天气", sort="date")
    assert (by_date.total, by_date.partial, [h.id for h in by_date.hits]) == (1, 1, [2, 1])
    # Exclusions apply to partial matches too.
    assert {h.id for h in search(ix, "鹤鸣湖 天气 -丹顶鹤").hits} == {2}
    # The common word alone never makes a partial match, nor does a single character.
    assert {h.id for h in search(ix, "鹤鸣湖 湖").hits if h.partial} == set()


def test_a_documents_bigrams_weigh_what_its_words_weigh(tmp_path: Path) -> None:
    docs = [
        IndexDoc(id=1, title="鹤鸣湖湿地公园"),
        IndexDoc(id=2, body="鹤鸣湖湿地公园"),
        IndexDoc(id=3, title="鹤鸣湖", body="湿地公园今天开园"),
        IndexDoc(id=4),
    ]
    ix = build(tmp_path, docs)
    with reading(ix) as gen:
        reader = whoosh_index.open_dir(str(gen)).reader()
        ((sub, _),) = list(reader.leaf_readers())
        seg = Segment(None, sub, sub.doc_count_all())
        boosts, k1s = text_boost(seg)
        ids = [int(sub.stored_fields(d)["id"]) for d in range(seg.size)]
        by_id = dict(zip(ids, boosts.tolist(), strict=True))
        k1_by_id = dict(zip(ids, k1s.tolist(), strict=True))
    assert by_id[1] == TITLE_BOOST and by_id[2] == 1.0 and by_id[4] == 1.0
    assert 1.0 < by_id[3] < TITLE_BOOST
    # A headline's bigrams saturate like its words, a body's like body words; a mix lies between.
    assert k1_by_id[1] == TITLE_K1 and k1_by_id[2] == K1 and k1_by_id[4] == K1
    assert TITLE_K1 < k1_by_id[3] < K1


def test_pair_counts_ordered_and_within_a_window() -> None:
    assert pair_counts("脱贫攻坚，脱贫的攻坚", "脱贫", "攻坚") == (1, 2)
    assert pair_counts("攻坚脱贫", "脱贫", "攻坚") == (0, 1)  # either order within the window
    assert pair_counts("脱贫" + "。" * (WINDOW + 1) + "攻坚", "脱贫", "攻坚") == (0, 0)
    assert pair_counts("pet ct", "pet", "ct") == (1, 1)  # a space between ASCII words is adjacency
    assert pair_counts("脱贫工作", "脱贫", "攻坚") == (0, 0)


def test_words_near_each_other_rank_above_the_same_words_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sequential dependence features, switched on: same characters, length and BM25; nearness decides.

    Their fitted weights are zero (bench/notes/ranking_eval.md).
    """
    monkeypatch.setattr(ranking, "UNORDERED_WEIGHT", 0.1)
    docs = [
        IndexDoc(id=1, body="会议说城市要防火，专家谈到草原和山区的森林，最后提到湿地保护工作。"),
        IndexDoc(id=2, body="会议说森林要防火，专家谈到草原和山区的城市，最后提到湿地保护工作。"),
    ]
    docs += [IndexDoc(id=10 + i, body=f"其他新闻第{i}条，天气晴朗。") for i in range(20)]
    ix = build(tmp_path, docs)
    page = search(ix, "森林防火", limit=2)
    assert [h.id for h in page.hits] == [2, 1] and page.hits[0].score > page.hits[1].score


def test_a_characters_frequency_bounds_the_documents_holding_it(tmp_path: Path) -> None:
    docs = [
        IndexDoc(id=1, body="丹顶鹤回来了。"),
        IndexDoc(id=2, body="鹤鸣湖的鹤，白鹤与丹顶鹤。"),  # 鹤 before four different characters
        IndexDoc(id=3, body="天气晴朗。鹤"),  # 鹤 alone at the end: in ``chars``, not in a bigram
        IndexDoc(id=4, body="天气晴朗。"),
    ]
    ix = build(tmp_path, docs)
    with reading(ix) as gen:
        reader = whoosh_index.open_dir(str(gen)).reader()
        exact = sum(len(char_docs(sub, "鹤")) for sub, _ in reader.leaf_readers())
        assert exact == 3
        assert char_frequency(reader, "鹤") >= exact  # an upper bound, from the dictionaries alone
        assert char_frequency(reader, "丹") == 2 and char_frequency(reader, "湖") == 1
        assert char_frequency(reader, "龙") == 0
        stats = CollectionStats(reader)
        # A bound that reaches the document count: the character weighs nothing.
        assert stats.char_idf("天") > stats.char_idf("鹤") >= 0.0
        assert char_frequency(reader, "鹤") == 4  # 鹤回, 鹤鸣, 鹤与 and 鹤 alone: one document twice
        assert stats.char_idf("鹤") == 0.0


def test_lead_is_the_start_of_the_body() -> None:
    assert lead("\n标题\n\n" + "正" * (LEAD_CHARS + 5)) == "正" * LEAD_CHARS
    assert lead("\n只有标题\n\n") == "" and lead("") == ""


def test_a_title_sharing_a_query_character_ranks_above_one_that_does_not(tmp_path: Path) -> None:
    """Short titles: neither a word nor a bigram of the query is in either title but 鞋柜; a character is."""
    docs = [
        IndexDoc(id=1, title="鞋柜拿到门口"),
        IndexDoc(id=2, title="鞋柜放到门口"),  # 放 of 摆放
    ]
    docs += [IndexDoc(id=10 + i, title=f"其他新闻第{i}条天气晴朗") for i in range(20)]
    ix = build(tmp_path, docs)
    page = search(ix, "鞋柜摆放", limit=2, best_match=True)
    assert [h.id for h in page.hits] == [2, 1] and page.hits[0].score > page.hits[1].score


def test_an_article_repeating_the_headline_in_its_lead_ranks_first(tmp_path: Path) -> None:
    """The same words in the same article, once at the start and once past the lead: the lead decides."""
    story = "鹤鸣湖湿地迎来首批丹顶鹤。"
    filler = "".join(f"第{i}段记者走访了附近的村庄，天气晴朗，游客不多。" for i in range(6))
    assert len(filler) > LEAD_CHARS
    docs = [
        IndexDoc(id=1, body=filler + story),
        IndexDoc(id=2, body=story + filler),
    ]
    docs += [IndexDoc(id=10 + i, body=f"其他新闻第{i}条，天气晴朗。") for i in range(20)]
    ix = build(tmp_path, docs)
    page = search(ix, "鹤鸣湖湿地迎来首批丹顶鹤", limit=2, best_match=True)
    assert [h.id for h in page.hits] == [2, 1] and page.hits[0].score > page.hits[1].score
