"""Framing-lexicon matching, voice, scare quotes and rates on tiny hand-made tables."""

import pandas as pd
import pytest

from analysis.framing import (contrast_groups, find_framing, framing_rates, lexicon_categories, load_lexicon,
                              most_used_term)

LEXICON = pd.DataFrame(
    [("security", "security", ""), ("security", "national security", ""), ("security", "spy*", ""),
     ("conflict_threat", "threat*", ""), ("economy", "trade", ""), ("economy", "art", ""),
     ("delegitimising_blame", "so-called", ""), ("hedges_distance", "so-called", "")],
    columns=["category", "term", "note"],
)

REQUIRED = ["conflict_threat", "cooperation_harmony", "development_progress", "security", "economy",
            "human_interest_emotion", "morality_values", "delegitimising_blame", "certainty_intensifiers",
            "hedges_distance"]


def paragraphs_of(*texts, article_id=1):
    return pd.DataFrame([(line, article_id, text, False, "") for line, text in enumerate(texts, start=1)],
                        columns=["line", "article_id", "text", "is_heading", "heading"])


def hits(text):
    framing = find_framing(paragraphs_of(text), lexicon=LEXICON)
    return [(row.category, row.term, row.match) for row in framing.itertuples()]


@pytest.mark.parametrize("text, expected", [
    ("A threat.", [("conflict_threat", "threat*", "threat")]),
    ("They THREATENED us", [("conflict_threat", "threat*", "THREATENED")]),   # case-insensitive, word endings
    ("The party started.", []),                                              # whole words: no "art" in "party"
    ("Spies spying", [("security", "spy*", "spying")]),                       # "spies" is not spy + ending
    ("national security matters", [("security", "national security", "national security")]),  # longest only
    ("national  security and security", [("security", "national security", "national  security"),
                                         ("security", "security", "security")]),
    ("a so-called threat", [("delegitimising_blame", "so-called", "so-called"),
                            ("hedges_distance", "so-called", "so-called"),   # two categories both count
                            ("conflict_threat", "threat*", "threat")]),
    ("counter-threat", [("conflict_threat", "threat*", "threat")]),          # hyphen is a word edge
])
def test_matching(text, expected):
    assert hits(text) == expected


def test_columns_offsets_and_author_voice_without_quotes():
    framing = find_framing(paragraphs_of("Trade grew.", "No framing here."), lexicon=LEXICON)
    assert list(framing.columns) == ["article_id", "line", "category", "term", "match", "char_start", "voice",
                                     "char_end"]
    assert framing.values.tolist() == [[1, 1, "economy", "trade", "Trade", 0, "author", 5]]


def test_quoted_voice_uses_quote_spans():
    text = 'Trade rose. "The threat is real," he said, adding that security was tight.'
    #       0         1         2         3         4         5         6         7
    #       0123456789012345678901234567890123456789012345678901234567890123456789012345
    quotes = pd.DataFrame([(1, 1, "direct", "The threat is real,", 13, 32),
                           (1, 1, "indirect", "security was tight", 55, 73)],
                          columns=["article_id", "line", "kind", "text", "char_start", "char_end"])
    framing = find_framing(paragraphs_of(text), quotes=quotes, lexicon=LEXICON)
    assert framing[["match", "voice"]].values.tolist() == [["Trade", "author"], ["threat", "quoted"],
                                                           ["security", "quoted"]]


def test_scare_quotes_join_as_a_category():
    text = 'Critics call it a "witch hunt" and a "book title".'
    phrases = pd.DataFrame([(1, 1, "witch hunt", "scare", 19, 29), (1, 1, "book title", "title", 38, 48)],
                           columns=["article_id", "line", "text", "reason", "char_start", "char_end"])
    framing = find_framing(paragraphs_of(text), quoted_phrases=phrases, lexicon=LEXICON)
    assert framing[["category", "term", "match", "char_start", "voice"]].values.tolist() == [
        ["scare_quotes", "witch hunt", "witch hunt", 19, "author"]]


def test_rates_grid_and_arithmetic():
    paragraphs = pd.concat([paragraphs_of("threat threat trade five", article_id=1),
                            paragraphs_of("nothing to see", article_id=2).assign(line=2)])
    framing = find_framing(paragraphs, lexicon=LEXICON)
    rates = framing_rates(framing, paragraphs, categories=["conflict_threat", "economy"])
    assert list(rates.columns) == ["article_id", "category", "voice", "n_hits", "n_words", "rate_per_1000"]
    assert len(rates) == 2 * 2 * 2  # every article x category x voice, zeros included
    row = rates[(rates.article_id == 1) & (rates.category == "conflict_threat") & (rates.voice == "author")].iloc[0]
    # 2 hits in 4 words: 1000 * 2 / 4 = 500
    assert (row.n_hits, row.n_words, row.rate_per_1000) == (2, 4, 500.0)
    assert rates[rates.article_id == 2]["n_hits"].sum() == 0


def test_rates_split_words_by_voice_when_quotes_given():
    paragraphs = paragraphs_of('threat here "threat trade" end')
    quotes = pd.DataFrame([(1, 1, "direct", "threat trade", 13, 25)],
                          columns=["article_id", "line", "kind", "text", "char_start", "char_end"])
    framing = find_framing(paragraphs, quotes=quotes, lexicon=LEXICON)
    rates = framing_rates(framing, paragraphs, quotes=quotes, categories=["conflict_threat"])
    threat = rates[rates["category"] == "conflict_threat"]
    got = threat.set_index("voice")[["n_hits", "n_words", "rate_per_1000"]].to_dict("index")
    # author words: threat, here, end = 3, one hit -> 333.33; quoted words: threat, trade = 2, one hit -> 500
    assert got["author"] == {"n_hits": 1, "n_words": 3, "rate_per_1000": pytest.approx(1000 / 3)}
    assert got["quoted"] == {"n_hits": 1, "n_words": 2, "rate_per_1000": 500.0}


def test_rates_from_articles_table():
    framing = find_framing(paragraphs_of("threat"), lexicon=LEXICON)
    articles = pd.DataFrame({"article_id": [1], "n_words": [250]})
    rates = framing_rates(framing, articles, categories=["conflict_threat"])
    assert rates["rate_per_1000"].tolist() == [4.0, 0.0]


def test_default_lexicon_shape():
    lexicon = load_lexicon()
    sizes = lexicon.groupby("category").size()
    assert set(REQUIRED) <= set(sizes.index)
    assert sizes.between(20, 60).all(), sizes.to_dict()
    assert not lexicon.duplicated(["category", "term"]).any()
    assert lexicon_categories(lexicon)[-1] == "scare_quotes"
    # every category explains itself in the note of its first row
    assert lexicon.groupby("category")["note"].first().str.len().gt(0).all()


@pytest.mark.parametrize("text, category", [
    ("the so-called evidence", "delegitimising_blame"),
    ("they spread smears", "delegitimising_blame"),
    ("undoubtedly the best", "certainty_intensifiers"),
    ("the minister reportedly resigned", "hedges_distance"),
    ("a growing threat", "conflict_threat"),
    ("mutual cooperation", "cooperation_harmony"),
    ("espionage cases", "security"),
])
def test_default_lexicon_examples(text, category):
    framing = find_framing(paragraphs_of(text))
    assert category in set(framing["category"])


@pytest.mark.parametrize("text", ["It is important to note", "Global warming", "the United States", "It may happen"])
def test_default_lexicon_avoids_known_false_friends(text):
    # important is not an import, warming is not warmth, United is not unity, happen is not happy
    framing = find_framing(paragraphs_of(text))
    assert framing.empty, framing[["category", "match"]].values.tolist()


def test_framing_charts_return_figures():
    from matplotlib.figure import Figure

    from analysis.charts.framing import plot_framing_heatmap, plot_keyness
    from analysis.keyness import keyness_table

    paragraphs = pd.concat([paragraphs_of("threat threat trade", article_id=1),
                            paragraphs_of("trade trade talks", article_id=2).assign(line=2)])
    rates = framing_rates(find_framing(paragraphs, lexicon=LEXICON), paragraphs)
    assert isinstance(plot_framing_heatmap(rates), Figure)
    keyness = keyness_table(paragraphs, min_count=1)
    assert isinstance(plot_keyness(keyness, "article 1", "article 2"), Figure)
    assert isinstance(plot_keyness(keyness.iloc[:0], "article 1", "article 2"), Figure)
    # Without names the table's two groups are drawn, first on the right.
    title = plot_keyness(keyness).axes[0].get_title()
    assert "article 1" in title and "article 2" in title


def _rates(rows):
    return pd.DataFrame(rows, columns=["article_id", "category", "voice", "n_hits", "n_words"])


def test_contrast_groups_picks_the_security_article_then_the_most_cooperative_other():
    rates = _rates([
        (1, "security", "author", 5, 100), (1, "cooperation_harmony", "author", 4, 100),
        (2, "security", "author", 1, 100), (2, "cooperation_harmony", "author", 2, 100),
        (3, "security", "author", 0, 100), (3, "cooperation_harmony", "author", 3, 100),
    ])
    # article 1: security 50/1000 (highest); of the rest, article 3 has cooperation 30/1000 > article 2's 20/1000
    assert contrast_groups(rates) == {1: "article 1", 3: "article 3"}


def test_contrast_groups_is_empty_for_a_single_article():
    assert contrast_groups(_rates([(1, "security", "author", 2, 50)])) == {}


def test_most_used_term_prefers_the_authors_blame_words_then_any_then_the_default():
    framing = pd.DataFrame({"category": ["delegitimising_blame", "delegitimising_blame", "delegitimising_blame",
                                         "security"],
                            "voice": ["author", "author", "quoted", "author"],
                            "term": ["smear*", "so-called", "so-called", "spy*"]})
    assert most_used_term(framing) == "smear*"  # a 1-1 tie between author hits goes to the alphabetically first
    assert most_used_term(framing[framing["category"] == "security"]) == "spy*"
    assert most_used_term(framing.iloc[0:0]) == "threat*"


def test_lexicon_summary_counts_terms_per_category_in_lexicon_order():
    from analysis.framing import lexicon_summary
    lexicon = pd.DataFrame({"term": ["a", "b", "c", "d"], "category": ["y", "x", "y", "y"]})
    summary = lexicon_summary(lexicon, n_examples=2)
    assert list(summary.index) == ["y", "x"]
    assert list(summary["n_terms"]) == [3, 1]
    assert list(summary["examples"]) == ["a, c", "b"]
