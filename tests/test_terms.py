"""Tokens, phrase-aware terms, key terms and concordance on tiny hand-made tables."""

import math

import pandas as pd
import pytest

from analysis.terms import (PhraseAnalyzer, concordance, fit_analyzer, key_terms, load_stop_phrases, term_pattern,
                            tokenize)
from analysis.segment import paragraphs_from_articles as make_paragraphs


@pytest.mark.parametrize("text, expected", [
    ("Iran's self-reliance in R&D", ["iran", "self-reliance", "in", "r&d"]),
    ("In 2023, the 23rd meeting", ["in", "the", "meeting"]),  # numbers and ordinals are not words
    ("Counter-Espionage Law", ["counter-espionage", "law"]),
    ("  ", []),
    ("don\u2019t", ["don\u2019t"]),
])
def test_tokenize(text, expected):
    assert tokenize(text) == expected


ANALYZER = PhraseAnalyzer()


@pytest.mark.parametrize("text, expected_term", [
    ("Doctors from the Solomon Islands boarded.", "solomon islands"),
    ("The Ark Peace docked at the port.", "ark peace"),
    ("Since the new Counter-Espionage Law was enacted", "counter-espionage law"),
    ("a building at the Suzhou Industrial Park in Suzhou", "suzhou industrial park"),
    ("China's Ministry of State Security said", "ministry of state security"),
    ("Xi Jinping's visit", "xi jinping"),  # the possessive ends the name and is dropped
])
def test_multi_word_names_stay_together(text, expected_term):
    assert expected_term in ANALYZER(text)


@pytest.mark.parametrize("text, absent", [
    ("The ship docked.", "the ship"),            # sentence-initial function word does not start a name
    ("In Beijing, officials met.", "in beijing"),
    ("Iran and Belarus joined.", "iran and belarus"),  # "and" does not glue two names together
    ("Iran, Belarus and India", "iran belarus"),   # punctuation breaks a run
    ("Chen Yun. Board members", "yun board"),
])
def test_not_a_name(text, absent):
    assert absent not in ANALYZER(text)


@pytest.mark.parametrize("text", [
    "Zhang told the Global Times on Tuesday.",
    "according to media reports",
    "he said on Monday",
    "she noted, adding in July",
])
def test_attribution_boilerplate_is_not_a_term(text):
    terms = ANALYZER(text)
    for word in ("told", "global", "times", "tuesday", "according", "said", "monday", "noted", "adding", "july"):
        assert not any(word in term.split() for term in terms), (word, terms)


def test_stop_phrases_are_an_editable_csv():
    phrases = load_stop_phrases()
    assert "told the global times" in phrases and "said" in phrases and "tuesday" in phrases
    # a teacher's own list replaces the default
    assert PhraseAnalyzer(stop_phrases=["apple pie"])("apple pie and apple cake") == ["apple", "cake"]


def test_collocations_are_learned_on_the_corpus():
    paragraphs = make_paragraphs({1: ["illegal wildlife trade grows.", "They fight illegal wildlife sales.",
                                      "Stop illegal wildlife smuggling."]
                                  + ["Dogs bark at cats near the river bank every morning."] * 5})
    assert ANALYZER("illegal wildlife trade") == ["illegal", "wildlife", "trade"]  # not fitted: nothing learned
    fitted = fit_analyzer(paragraphs)
    assert ("illegal", "wildlife") in fitted.collocations_
    assert fitted("illegal wildlife trade") == ["illegal wildlife", "trade"]
    # seen together fewer than three times: not a collocation
    assert ("wildlife", "trade") not in fitted.collocations_


def test_key_terms_exact_tfidf_and_alphabetical_ties():
    paragraphs = make_paragraphs({1: ["apple apple banana"], 2: ["banana cherry"], 3: ["cherry cherry date"]})
    terms = key_terms(paragraphs, top_n=5)
    assert list(terms.columns[:5]) == ["article_id", "term", "tfidf", "count", "rank"]
    # Smoothed idf = ln((1 + 3) / (1 + df)) + 1: apple (df 1) 1.693147, banana (df 2) 1.287682.
    # Article 1: apple 2 * 1.693147 = 3.386294, banana 1.287682; l2 norm sqrt(3.386294^2 + 1.287682^2) = 3.622860
    # -> apple 3.386294 / 3.622860 = 0.934702, banana 1.287682 / 3.622860 = 0.355432.
    first = terms[terms["article_id"] == 1]
    assert list(first["term"]) == ["apple", "banana"]
    assert first["tfidf"].tolist() == pytest.approx([0.934702, 0.355432], abs=1e-6)
    assert first["count"].tolist() == [2, 1]
    # Article 2: banana and cherry both df 2, count 1 -> equal weights 1/sqrt(2); tie broken alphabetically.
    second = terms[terms["article_id"] == 2]
    assert list(second["term"]) == ["banana", "cherry"]
    assert second["tfidf"].tolist() == pytest.approx([1 / math.sqrt(2)] * 2)
    assert list(second["rank"]) == [1, 2]


def test_key_terms_top_n_labels_and_determinism():
    paragraphs = make_paragraphs({1: ["The SCO met. The SCO grew. Iran joined the SCO."],
                                  2: ["Kenya protects elephants."]})
    first, second = key_terms(paragraphs, top_n=2), key_terms(paragraphs, top_n=2)
    pd.testing.assert_frame_equal(first, second)
    assert first.groupby("article_id").size().max() == 2
    assert first.iloc[0][["term", "label", "count"]].tolist() == ["sco", "SCO", 3]


def test_key_terms_empty_table():
    assert key_terms(make_paragraphs({})).empty


@pytest.mark.parametrize("term, text, expected", [
    ("SCO", "The sco and the SCO, not disco.", ["sco", "SCO"]),       # case-insensitive, whole words
    ("Solomon Islands", "to the Solomon\nIslands today", ["Solomon\nIslands"]),  # any whitespace between words
    ("threat*", "threats, threatened, a threat", ["threats", "threatened", "threat"]),
    ("espionage", "counter-espionage work", ["espionage"]),  # a hyphen is a word edge
    ("art", "the party's art", ["art"]),
])
def test_term_pattern(term, text, expected):
    assert [m.group(0) for m in term_pattern(term).finditer(text)] == expected


def test_concordance_left_match_right():
    paragraphs = make_paragraphs({1: ["Intro line.", "The Ark Peace docked; the ark peace left."],
                                  2: ["No ship here."]})
    kwic = concordance(paragraphs, "ark peace", width=8)
    assert list(kwic.columns[:6]) == ["article_id", "line", "left", "match", "right", "char_start"]
    assert kwic[["article_id", "line", "left", "match", "right", "char_start"]].values.tolist() == [
        [1, 2, "The ", "Ark Peace", " docked;", 4],
        [1, 2, "ed; the ", "ark peace", " left.", 26],
    ]
    assert concordance(paragraphs, "missing").empty
    assert list(concordance(paragraphs, "missing").columns[:6]) == list(kwic.columns[:6])


def test_only_stop_words_gives_an_empty_terms_table():
    terms = key_terms(make_paragraphs({1: ["He said on Monday."], 2: ["It was."]}))
    assert terms.empty and list(terms.columns[:5]) == ["article_id", "term", "tfidf", "count", "rank"]


def test_term_charts_return_figures_for_full_and_empty_tables():
    from matplotlib.figure import Figure

    from analysis.charts.terms import plot_article_similarity, plot_article_topics, plot_top_terms, plot_topics
    from analysis.topics import article_similarity, fit_topics

    paragraphs = make_paragraphs({1: ["kitten yarn sofa kitten"], 2: ["rocket orbit launch rocket"]})
    topics, article_topics, _ = fit_topics(paragraphs, n_topics=2)
    for table, plot in ((key_terms(paragraphs), plot_top_terms),
                        (article_similarity(paragraphs), plot_article_similarity),
                        (topics, plot_topics), (article_topics, plot_article_topics)):
        assert isinstance(plot(table), Figure)
        assert isinstance(plot(table.iloc[:0]), Figure)


def test_leading_term_tops_most_articles_and_no_term_gives_no_lines():
    from analysis.terms import leading_term

    terms = pd.DataFrame({"article_id": [1, 2, 3, 1], "term": ["ivory", "ivory", "spies", "law"],
                          "count": [3, 2, 9, 1], "rank": [1, 1, 1, 2], "label": ["ivory", "ivory", "spies", "law"]})
    assert leading_term(terms) == "ivory"  # first in two articles beats one article with more uses
    assert leading_term(terms.iloc[0:0]) is None
    assert concordance(make_paragraphs({1: ["ivory here"]}), None).empty
