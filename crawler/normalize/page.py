"""Rebuild the articles of a whole printed page.

A page's text comes out in layout order, not reading order: an article's lead
may sit after two other articles, and the headlines may come last. The page
is cut into fragments at datelines, bylines and headlines; a fragment that
opens with a dateline but has no byline (a lead) is rejoined with the
fragment that has a byline but no dateline (its body) that says most nearly
the same things; then the headlines are matched to the articles by content.

:func:`rebuild_page` takes a page's boxes of briefs (简讯) out first (:mod:`briefs`) and lists
their briefs after the columns' articles, then runs the stages in order on the rest; each lives in
a module by role: the working types
(:mod:`fragment`), cutting the page (:mod:`page_cut`), displaced leads set wide
(:mod:`wide_leads`), lead joining (:mod:`lead_joins`), cutting run-on texts (:mod:`text_splits`)
and headlines printed as text (:mod:`text_headlines`).
"""

from __future__ import annotations

from crawler.normalize.briefs import split_briefs
from crawler.normalize.byline_breaks import mend_slash_bylines
from crawler.normalize.editors_notes import notes_before_leads
from crawler.normalize.fragment import _Fragment
from crawler.normalize.headed_briefs import split_headed_briefs
from crawler.normalize.headlines import assign, headline_scores, read_headline
from crawler.normalize.lead_joins import _rejoin_leads, _rejoin_wide_leads
from crawler.normalize.models import RebuiltArticle
from crawler.normalize.page_cut import _fragments
from crawler.normalize.paragraphs import assemble
from crawler.normalize.sub_titles import cut_at_lonely_leads_headlines
from crawler.normalize.text_headlines import (
    _cut_off,
    _headlines_in_text,
    _mend_unmatched_openings,
    _opening_subheads,
)
from crawler.normalize.text_splits import _split_for_headlines, _split_for_lonely_leads, _split_wide_leads


def rebuild_page(text: str) -> list[RebuiltArticle]:
    """Split a whole page of text into its articles, with headlines matched.

    The articles of its columns come first, in the order their texts stand in the page's text (a
    displaced lead joins its body where the body stands), then the briefs of its boxes (简讯), box by
    box and brief by brief as printed, wherever on the page the boxes stood: not reading order.
    """
    text, briefs = split_briefs(mend_slash_bylines(text))
    text, headed = split_headed_briefs(text)
    return [*_rebuild_columns(text), *briefs, *headed]


def _rebuild_columns(text: str) -> list[RebuiltArticle]:
    """Rebuild the articles of a page's columns (its boxes of briefs taken out)."""
    fragments, titles, shapes = _fragments(text)
    # The text set right under each headline group that opens nothing (no dateline, no credit), by the
    # group's index: before leads join bodies, after which it may stand inside another's text.
    opening = [f for f in fragments if not f.headed and f.parts[0][0] == "text"]
    under = {f.position - 1: f.parts[0][1] for f in opening}
    fragments = cut_at_lonely_leads_headlines(fragments, titles)
    headlines = [read_headline(lines) for _, lines in titles]
    fragments = _split_wide_leads(fragments, [" ".join(h) for h in headlines])
    fragments = _rejoin_wide_leads(fragments, [" ".join(h) for h in headlines])
    fragments = notes_before_leads(_rejoin_leads(fragments, [" ".join(h) for h in headlines]))
    fragments = _split_for_lonely_leads(fragments, [" ".join(h) for h in headlines])
    fragments = _split_for_headlines(fragments, [" ".join(h) for h in headlines])
    texts = [" ".join(h) for h in headlines]
    # A line that reads as the cut-off start of the text under it is a headline only for an article no
    # other headline fits (see :func:`_opening_cut_off`).
    openings = {h for h, (index, lines) in enumerate(titles) if index in under and _cut_off(lines)}
    scores = _own_headlines_first(headline_scores(texts, [f.body() for f in fragments]), fragments)
    pairs = assign(scores, last_resort=openings) if titles and fragments else {}
    # An article left without a headline may have it printed as text: run into its own text's block,
    # or taken for a paragraph of another text (a column break mended onto it).
    opened = _headlines_in_text(fragments, shapes, set(pairs.values())) if titles else {}
    # ... or set over it as a subhead, where nothing before it on the page was its text.
    opened.update(_opening_subheads(fragments, set(pairs.values()) | set(opened)))
    unmatched = [title for h, title in enumerate(titles) if h not in pairs]
    _mend_unmatched_openings([f for c, f in enumerate(fragments) if c not in opened], unmatched, under)
    articles: list[RebuiltArticle] = []
    for column, fragment in enumerate(fragments):
        article = RebuiltArticle()
        assemble(fragment.parts, fragment.dateline, fragment.credits, article)
        if column in opened:
            decks = read_headline(opened[column], fragment.body())
            article.lead_title, article.title, article.subtitle = decks
        articles.append(article)
    # Wording alone decides, not where a headline stands: text layers put headlines above the
    # wrong article as often as above their own (interleaved), and a bonus for standing right
    # above an article moved no article right on our generator and cost 3.5% on the other.
    for headline, column in pairs.items():
        article = articles[column]
        # Read again with the article's text: which deck repeats its words is evidence too.
        lines = titles[headline][1]
        article.lead_title, article.title, article.subtitle = read_headline(lines, fragments[column].body())
    return articles


def _own_headlines_first(scores: list[list[float]], fragments: list[_Fragment]) -> list[list[float]]:
    """Pair each headline printed in its article's own block, right over the dateline, with that article.

    Where it stands is the evidence there, not its wording: print sets nothing between a headline and
    the dateline under it in one block (a digest's ``来了！新闻早班车`` shares few words with its items).
    """
    fixed = {f.own_headline: c for c, f in enumerate(fragments) if 0 <= f.own_headline < len(scores)}
    ceiling = max((max(row) for row in scores if row), default=0.0) + 1.0
    out = []
    for h, row in enumerate(scores):
        if h in fixed:
            row = [ceiling if c == fixed[h] else 0.0 for c in range(len(row))]
        else:
            row = [0.0 if c in fixed.values() else value for c, value in enumerate(row)]
        out.append(row)
    return out
