"""The worksheet's computed answers: exact results on ten-row hand-made tables, and the worksheet notebook run
end to end on the bundled seed and on a second, different corpus (tests/fixtures/second_corpus.jsonl)."""

import nbformat
import pandas as pd
import pytest

from analysis import classroom
from analysis.paths import NOTEBOOKS_DIR, TESTS_DIR
from analysis.report import ANSWER_TAG, STUDENT_TAG, WORKSHEET_NOTEBOOK
from analysis.reproduce import execute_notebook

SECOND_CORPUS = TESTS_DIR / "fixtures" / "second_corpus.jsonl"


def tiny_tables():
    """Three articles: 1 has three sources (one anonymous), 2 has one source, 3 has none."""
    paragraphs = pd.DataFrame({
        "line": [1, 2, 3, 4, 5, 6],
        "text": ['"We will fight," said Mayor Ann Lee.',
                 "Officials, who asked not to be named, said the plan was a disaster.",
                 "Residents claimed the vote was rigged, according to Dr Bo Chan.",
                 '"Prices are up," Sam Ode told reporters.',
                 "Nobody else spoke.",
                 "The river rose again."],
        "article_id": [1, 1, 1, 2, 2, 3], "is_heading": [False] * 6, "heading": [""] * 6,
        "source": ["x.txt"] * 6, "source_line": [1, 2, 3, 4, 5, 6],
    })
    quotes = pd.DataFrame({
        "quote_id": [1, 2, 3, 4],
        "article_id": [1, 1, 1, 2],
        "line": [1, 2, 3, 4],
        "kind": ["direct", "indirect", "indirect", "direct"],
        "text": ["We will fight,", "the plan was a disaster", "the vote was rigged", "Prices are up,"],
        "speaker": ["Mayor Ann Lee", "Officials", "Residents", "Sam Ode"],
        "speaker_name": ["Ann Lee", "officials", "Residents", "Sam Ode"],
        "role": ["Mayor", "officials", "residents", ""],
        "source_type": ["official", "official", "citizen", "citizen"],
        "anonymous": [False, True, True, False],
        "cue": ["said", "said", "claimed", "told"],
        "char_start": [1, 43, 18, 1], "char_end": [15, 66, 37, 15],
    })
    sources = pd.DataFrame({
        "article_id": [1, 1, 1, 2],
        "speaker_name": ["Residents", "officials", "Ann Lee", "Sam Ode"],
        "role": ["residents", "officials", "Mayor", ""],
        "source_type": ["citizen", "official", "official", "citizen"],
        "anonymous": [True, True, False, False],
        "n_quotes": [1, 1, 1, 1],
    })
    framing = pd.DataFrame({
        "article_id": [1, 1, 1, 1, 2],
        "line": [1, 2, 3, 3, 4],
        "category": ["conflict_threat", "conflict_threat", "delegitimising_blame", "scare_quotes", "economy"],
        "term": ["fight", "disaster", "rigged", "vote", "price*"],
        "match": ["fight", "disaster", "rigged", "vote", "Prices"],
        "char_start": [9, 58, 31, 22, 1], "char_end": [14, 66, 37, 26, 7],
        "voice": ["quoted", "quoted", "author", "author", "quoted"],
    })
    terms = pd.DataFrame({"article_id": [1, 1, 2, 2, 3], "term": ["mayor", "plan", "prices", "reporters", "river"],
                          "tfidf": [0.5, 0.4, 0.6, 0.3, 0.9], "count": [1, 1, 1, 1, 1], "rank": [1, 2, 1, 2, 1]})
    keyness = pd.DataFrame({"group": ["article 1", "article 1", "article 2"], "term": ["vote", "plan", "prices"],
                            "count_group": [3, 2, 2], "count_rest": [0, 0, 0], "log_odds_z": [2.5, 1.5, 2.0],
                            "g2": [1.0, 1.0, 1.0], "log_ratio": [3.0, 2.0, 2.0]})
    topics = pd.DataFrame({"topic_id": [1, 1, 2], "term": ["vote", "mayor", "river"], "weight": [0.5, 0.4, 0.9],
                           "rank": [1, 2, 1]})
    article_topics = pd.DataFrame({"article_id": [1, 2, 3, 1], "topic_id": [1, 1, 2, 2],
                                   "weight": [0.9, 0.7, 1.0, 0.1]})
    phrases = pd.DataFrame({"article_id": [1], "line": [3], "text": ["vote"], "reason": ["scare"],
                            "char_start": [22], "char_end": [26]})
    articles = pd.DataFrame({"article_id": [1, 2, 3], "title": ["Vote row", "Prices", "River"]})
    return {"paragraphs": paragraphs, "quotes": quotes, "sources": sources, "framing": framing, "terms": terms,
            "keyness": keyness, "topics": topics, "article_topics": article_topics, "quoted_phrases": phrases,
            "articles": articles}


def no_quotes(tables):
    tables = dict(tables)
    for name in ("quotes", "sources", "quoted_phrases"):
        tables[name] = tables[name].iloc[0:0]
    return tables


def test_picks_follow_the_tables():
    tables = tiny_tables()
    assert classroom.pick_article(tables) == 1
    assert classroom.pick_anonymous_article(tables) == 1
    assert classroom.pick_quote(tables, 1) == 1 and classroom.pick_quote(tables, 3) is None
    assert classroom.pick_loaded_term(tables, 1) == "rigged"  # the only loaded word in the outlet's own voice
    assert classroom.pick_loaded_term(tables, 2) == "price*"
    assert classroom.pick_article_pair(tables) == (1, 2)  # both weigh most on topic 1


def test_picks_degrade_without_quotes_or_a_second_article():
    tables = no_quotes(tiny_tables())
    assert classroom.pick_article(tables) == 1  # no sources, no quotes: the article with most paragraphs
    assert classroom.pick_anonymous_article(tables) is None and classroom.pick_quote(tables) is None
    one = {name: table[table["article_id"] == 3] if "article_id" in table else table
           for name, table in tiny_tables().items()}
    assert classroom.pick_article_pair(one) is None
    assert classroom.pick_article({"paragraphs": tiny_tables()["paragraphs"].iloc[0:0]}) is None


def test_pair_falls_back_to_the_two_longest_articles():
    tables = tiny_tables()
    tables["article_topics"] = pd.DataFrame({"article_id": [1, 2, 3], "topic_id": [1, 2, 3], "weight": [1.0] * 3})
    assert classroom.pick_article_pair(tables) == (1, 2)


def test_sources_sorted_by_type_then_quotes_then_name():
    table = classroom.sources_in_article(tiny_tables(), 1)
    assert list(table["speaker_name"]) == ["Ann Lee", "officials", "Residents"]
    assert list(table["anonymous"]) == [False, True, True]
    counts = classroom.source_type_counts(tiny_tables(), 1)
    assert dict(zip(counts["source_type"], counts["n_sources"])) == {
        "official": 2, "expert": 0, "business": 0, "civil_society": 0, "citizen": 1, "media": 0, "document": 0}


@pytest.mark.parametrize("paragraph, expected", [
    ("Officials, who asked not to be named, said so.", "asked not to be named"),
    ("A source spoke on condition of anonymity.", "on condition of anonymity"),
    ("He was NOT AUTHORIZED  TO SPEAK publicly.", "NOT AUTHORIZED  TO SPEAK"),
    ("Officials said the plan was late.", ""),  # no reason given
    ("The named official asked for calm.", ""),
])
def test_anonymity_reason(paragraph, expected):
    assert classroom.anonymity_reason(paragraph, classroom.load_anonymity_reasons()) == expected


def test_anonymous_sources_with_reasons():
    table = classroom.anonymous_sources(tiny_tables())
    assert list(table.columns) == classroom.ANONYMOUS_COLUMNS
    assert list(table["line"]) == [2, 3]
    assert list(table["reason_given"]) == ["asked not to be named", ""]
    assert classroom.anonymous_sources(tiny_tables(), 2).empty


def test_quote_kinds_and_examples():
    counts = classroom.quote_kind_counts(tiny_tables(), 1)
    assert dict(zip(counts["kind"], counts["n_quotes"])) == {"direct": 1, "mixed": 0, "indirect": 2}
    examples = classroom.quote_examples(tiny_tables(), 1, per_kind=1)
    assert list(zip(examples["kind"], examples["line"])) == [("direct", 1), ("indirect", 2)]


@pytest.mark.parametrize("cue, expected", [
    ("said", "neutral"), ("claimed", "distancing"), ("Told reporters", "neutral"), ("according to", "neutral"),
    ("insisted", "distancing"), ("warned", "emphatic"), ("whispered", "unlisted"), ("", ""),
    ("unsaid", "unlisted"),  # whole words only
])
def test_verb_type(cue, expected):
    types = {"said": "neutral", "told": "neutral", "according to": "neutral", "claimed": "distancing",
             "insisted": "distancing", "warned": "emphatic"}
    assert classroom.verb_type(cue, types) == expected


def test_reporting_verbs_uses_the_quote_finders_word_list_or_its_cue_type():
    table = classroom.reporting_verbs(tiny_tables())
    assert list(zip(table["cue"], table["verb_type"], table["n_quotes"], table["example_line"])) == [
        ("said", "neutral", 2, 1), ("claimed", "distancing", 1, 3), ("told", "neutral", 1, 4)]
    tables = tiny_tables()
    tables["quotes"]["cue_type"] = ["a", "a", "b", "c"]
    assert list(classroom.reporting_verbs(tables)["verb_type"]) == ["a", "b", "c"]


def test_loaded_words_and_voices():
    table = classroom.loaded_words(tiny_tables(), 1)  # the scare quote is left out
    assert list(zip(table["term"], table["n_author"], table["n_quoted"], table["lines"])) == [
        ("disaster", 0, 1, "2"), ("fight", 0, 1, "1"), ("rigged", 1, 0, "3")]
    voices = classroom.framing_voices(tiny_tables(), 1)
    assert list(voices["whose_words"]) == ["Ann Lee", "officials", "the outlet"]
    summary = classroom.voice_summary(tiny_tables(), 1)
    assert summary.to_dict("list") == {"category": ["conflict_threat", "delegitimising_blame"],
                                       "author": [0, 1], "quoted": [2, 0]}


def test_concordance_lines():
    table = classroom.concordance_lines(tiny_tables(), "plan")
    assert list(zip(table["line"], table["match"])) == [(2, "plan")]
    assert classroom.concordance_lines(tiny_tables(), "plan", article_id=2).empty


def test_trace_quote_and_card():
    trace = classroom.trace_quote(tiny_tables(), 4)
    assert trace.iloc[0][["article_id", "line", "source", "source_line", "speaker_name"]].tolist() == [
        2, 4, "x.txt", 4, "Sam Ode"]
    assert trace["paragraph"].iat[0] == '"Prices are up," Sam Ode told reporters.'
    assert list(classroom.quote_card(tiny_tables(), 4).columns) == ["speaker_name", "quote"]
    assert classroom.trace_quote(tiny_tables(), None).empty
    assert isinstance(classroom.quote_in_context(tiny_tables(), None), classroom.Note)


def test_terms_topics_and_comparison():
    assert list(classroom.article_key_terms(tiny_tables(), 1)["term"]) == ["mayor", "plan"]
    topic = classroom.article_topic(tiny_tables(), 1)
    assert topic.iloc[0].tolist() == [1, 0.9, "vote, mayor"]
    compare = classroom.compare_articles(tiny_tables(), (1, 2))
    # keyness first, topped up with TF-IDF key terms not already listed
    assert compare.to_dict("list") == {"rank": [1, 2, 3], "term_a": ["vote", "plan", "mayor"],
                                       "term_b": ["prices", "reporters", ""]}
    assert classroom.distinctive_terms(tiny_tables(), 3)["measure"].tolist() == ["tf-idf"]
    assert classroom.distinctive_terms(tiny_tables(), 1, top_n=1)["term"].tolist() == ["vote"]
    assert classroom.compare_articles(tiny_tables(), None).empty


def test_quoted_phrases():
    assert classroom.quoted_phrases_in(tiny_tables()).to_dict("list") == {
        "line": [3], "text": ["vote"], "reason": ["scare"]}


def test_empty_answers_become_sentences():
    tables = no_quotes(tiny_tables())
    assert classroom.sources_in_article(tables, 1).empty and classroom.anonymous_sources(tables).empty
    assert classroom.reporting_verbs(tables).empty and classroom.quote_examples(tables, 1).empty
    note = classroom.answer(classroom.sources_in_article(tables, 1), "No <sources>.")
    assert repr(note) == "No <sources>." and note._repr_html_() == "<p><em>No &lt;sources&gt;.</em></p>"


def test_pickers_carry_a_static_view_next_to_the_widget():
    bundle = classroom.article_picker(tiny_tables())._repr_mimebundle_()
    assert bundle["text/plain"] == "Article: 1"
    assert "Vote row" in bundle["text/html"] and 'class="mw-article"' in bundle["text/html"]
    term = classroom.term_picker(tiny_tables(), value="plan")._repr_mimebundle_()
    assert term["text/plain"] == "Term: plan" and "disaster" in term["text/html"]


# --- the notebook itself -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("corpus", [None, SECOND_CORPUS], ids=["seed", "second_corpus"])
def test_worksheet_runs_and_every_answer_shows_something(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBOOK_FIGURES_DIR", str(tmp_path / "figures"))
    if corpus is None:
        monkeypatch.delenv("WORKBOOK_INPUT", raising=False)
    else:
        monkeypatch.setenv("WORKBOOK_INPUT", str(corpus))
    target = tmp_path / WORKSHEET_NOTEBOOK
    execute_notebook(NOTEBOOKS_DIR / WORKSHEET_NOTEBOOK, target)
    notebook = nbformat.read(target, as_version=4)
    answers = [c for c in notebook.cells if c.cell_type == "code" and ANSWER_TAG in c.metadata.get("tags", [])]
    assert len(answers) >= 10
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            assert output["output_type"] != "error"
    for cell in answers:
        assert any(o.get("data", {}).get("text/html") or o.get("text") for o in cell.outputs), cell.source
    exercises = [c for c in notebook.cells if c.cell_type == "markdown" and c.source.startswith("## Exercise")]
    students = [c for c in notebook.cells if STUDENT_TAG in c.metadata.get("tags", [])]
    assert 8 <= len(exercises) == len(students) <= 12


def test_first_paragraphs_of_one_article_or_a_pair():
    tables = tiny_tables()
    one = classroom.first_paragraphs(tables, 2)
    assert one["line"].tolist() == [4] and one["text"].tolist() == ['"Prices are up," Sam Ode told reporters.']
    pair = classroom.first_paragraphs(tables, (1, 3), n_paragraphs=2)
    assert pair["line"].tolist() == [1, 2, 6]
    assert classroom.first_paragraphs(tables, None).empty
