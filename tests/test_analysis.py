"""The analyzer honours Whoosh's contract; folding is length-preserving; every character is kept."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import fields, highlight, index, qparser

from indexer.analysis import (
    ChineseAnalyzer,
    configure_jieba_cache,
    dictionary_hash,
    fold,
    fold_diff,
    index_terms,
    query_words,
    unfold,
)
from indexer.schema import WordField

SAMPLE = "洮北区委、区政府立足洮北实际，先后六次召开全区脱贫攻坚专题工作会议，吉𠮷野家在鹤鸣湖开店。"


def test_fold_traditional_width_and_case() -> None:
    assert fold("脫貧攻堅") == "脱贫攻坚"
    assert fold("２０１６ＡＢｃ") == "2016abc"
    assert fold("臺灣") == "台湾"


@given(st.text(max_size=60))
@settings(max_examples=200)
def test_fold_keeps_length_is_idempotent_and_reversible(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert fold(folded) == folded
    assert unfold(folded, fold_diff(text, folded)) == text


def test_tokens_carry_positions_and_original_offsets() -> None:
    ana = ChineseAnalyzer()
    text = "脫貧攻堅在洮北區"
    toks = [
        (t.text, t.pos, t.startchar, t.endchar) for t in ana(text, positions=True, chars=True, mode="query")
    ]
    assert [t[1] for t in toks] == list(range(len(toks)))
    for word, _, start, end in toks:
        assert fold(text[start:end]) == word


def test_index_mode_subwords_share_the_position_of_their_word() -> None:
    ana = ChineseAnalyzer()
    toks = [(t.text, t.pos) for t in ana("中华人民共和国成立了", positions=True, mode="index")]
    positions = dict(toks)
    assert positions["中华"] == positions["中华人民共和国"] == positions["共和国"]
    assert positions["成立"] == positions["中华人民共和国"] + 1
    query = [t.text for t in ana("中华人民共和国成立了", mode="query")]
    assert query == ["中华人民共和国", "成立", "了"]


def test_start_char_and_start_pos_shift_offsets() -> None:
    ana = ChineseAnalyzer()
    toks = list(
        (t.pos, t.startchar) for t in ana("鹤鸣湖", positions=True, chars=True, start_pos=5, start_char=10)
    )
    assert toks[0] == (5, 10)


def test_rare_characters_stay_searchable() -> None:
    assert "𠮷" in [t.text for t in ChineseAnalyzer()("吉𠮷野家", mode="query")]
    assert "𠮷" in index_terms("吉𠮷野家")


def test_fast_index_path_equals_analyzer_index_mode() -> None:
    ana = ChineseAnalyzer()
    from collections import Counter

    assert index_terms(SAMPLE) == Counter(t.text for t in ana(SAMPLE, mode="index"))


def test_rjieba_segments_like_jieba(tmp_path) -> None:
    # jieba writes its model cache on first use: into the data directory, not the shared /tmp.
    configure_jieba_cache(tmp_path / "jieba-cache")
    import jieba

    expected = [w for w in jieba.cut_for_search(fold(SAMPLE)) if any(c.isalnum() for c in w)]
    assert sorted(index_terms(SAMPLE).elements()) == sorted(expected)
    assert query_words(SAMPLE) == [w for w in jieba.cut(fold(SAMPLE)) if any(c.isalnum() for c in w)]
    assert (tmp_path / "jieba-cache" / "jieba.cache").is_file()


def test_phrase_query_and_highlight_with_positional_schema(tmp_path) -> None:
    schema = fields.Schema(body=fields.TEXT(analyzer=ChineseAnalyzer(), phrase=True, stored=True))
    ix = index.create_in(str(tmp_path), schema)
    with ix.writer() as w:
        w.add_document(body="全区脱贫攻坚专题工作会议在洮北区召开")
        w.add_document(body="专题会议讨论脱贫与攻坚")
    parser = qparser.QueryParser("body", schema)
    with ix.searcher() as s:
        hits = s.search(parser.parse('"脱贫攻坚 专题"'))
        assert [h["body"][:4] for h in hits] == ["全区脱贫"]
        hits.formatter = highlight.UppercaseFormatter()
        hits.fragmenter = highlight.WholeFragmenter()
        text = hits[0].highlights("body")
        assert "脱贫攻坚" in text.upper() and "专题" in text


def test_word_field_terms_match_analyzer() -> None:
    field = WordField()
    terms = {t.decode() for t, *_ in field.index(SAMPLE)}
    assert terms == set(index_terms(SAMPLE))


def test_dictionary_hash_follows_user_dictionary(tmp_path) -> None:
    user = tmp_path / "userdict.txt"
    base = dictionary_hash(None)
    user.write_text("鹤鸣湖 10 ns\n", encoding="utf-8")
    assert dictionary_hash(user) != base
    assert dictionary_hash(user) == dictionary_hash(user)


@pytest.mark.parametrize("mode", ["index", "query"])
def test_punctuation_is_not_a_term(mode: str) -> None:
    assert not {"，", "、", "。"} & {t.text for t in ChineseAnalyzer()(SAMPLE, mode=mode)}
