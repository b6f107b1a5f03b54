"""Topic models, their quality measures and article similarity on tiny hand-made corpora."""

import pandas as pd
import pytest

from analysis import evaluate_topics
from analysis.topics import article_similarity, fit_topics, npmi_coherence, topic_caveat, topic_diversity
from analysis.segment import paragraphs_from_articles as make_paragraphs


# Two themes, three articles each, no word shared across themes.
CORPUS = make_paragraphs({
    1: ["kitten purrs on the sofa", "kitten chases yarn"],
    2: ["kitten naps while yarn rolls", "sofa cushions and kitten fur"],
    3: ["yarn basket near the sofa", "fur on the cushions"],
    4: ["rocket engines roar at launch", "orbit reached by the rocket"],
    5: ["launch pad fuel checks", "rocket fuel and engines"],
    6: ["orbit insertion after launch", "engines cut off in orbit"],
})


def test_npmi_by_hand():
    paragraphs = [{"a", "b"}, {"a", "b"}, {"c"}, {"a", "c"}]
    # (a, b): p(a,b) = 2/4, p(a) = 3/4, p(b) = 2/4 -> ln(0.5 / 0.375) / -ln(0.5) = 0.287682 / 0.693147 = 0.415037
    assert npmi_coherence([["a", "b"]], paragraphs) == pytest.approx(0.415037, abs=1e-6)
    # (b, c) never share a paragraph -> -1
    assert npmi_coherence([["b", "c"]], paragraphs) == -1.0
    # mean over topics: (0.415037 - 1) / 2
    assert npmi_coherence([["a", "b"], ["b", "c"]], paragraphs) == pytest.approx((0.415037 - 1) / 2, abs=1e-6)


@pytest.mark.parametrize("top_words, expected", [
    ([["a", "b"], ["c", "d"]], 1.0),
    ([["a", "b"], ["b", "c"]], 0.75),   # 3 distinct of 4
    ([["a", "b"], ["a", "b"]], 0.5),
])
def test_topic_diversity(top_words, expected):
    assert topic_diversity(top_words) == expected


def test_two_topics_separate_the_two_themes():
    topics, article_topics, quality = fit_topics(CORPUS, n_topics=2, top_n=5)
    assert list(topics.columns[:4]) == ["topic_id", "term", "weight", "rank"]
    assert list(article_topics.columns[:3]) == ["article_id", "topic_id", "weight"]
    main = article_topics[article_topics["is_main"]].set_index("article_id")["topic_id"]
    assert main[1] == main[2] == main[3] != main[4] == main[5] == main[6]
    cat_topic = main[1]
    assert "kitten" in set(topics[topics["topic_id"] == cat_topic]["term"])
    assert article_topics.groupby("article_id")["weight"].sum().tolist() == pytest.approx([1.0] * 6)
    assert quality[["n_topics", "chosen"]].values.tolist() == [[2, True]]


def test_number_of_topics_chosen_by_quality_and_reported():
    topics, _, quality = fit_topics(CORPUS, top_n=5)
    assert quality["n_topics"].tolist() == [2, 3, 4, 5, 6]  # capped by the number of articles
    assert quality["chosen"].sum() == 1
    chosen = quality[quality["chosen"]].iloc[0]
    assert chosen["quality"] == quality["quality"].max()
    assert topics["topic_id"].nunique() == chosen["n_topics"]
    assert {"npmi", "diversity"} <= set(quality.columns)


def test_deterministic_and_caveat():
    first, second = fit_topics(CORPUS, top_n=5), fit_topics(CORPUS, top_n=5)
    for a, b in zip(first, second):
        pd.testing.assert_frame_equal(a, b)
    assert "weak evidence" in first[0].attrs["caveat"]
    assert "weak evidence" not in topic_caveat(400)


def test_lda_option_and_bad_method():
    topics, article_topics, _ = fit_topics(CORPUS, n_topics=2, method="lda", top_n=5)
    assert topics["topic_id"].nunique() == 2 and len(article_topics) == 12
    with pytest.raises(ValueError):
        fit_topics(CORPUS, n_topics=2, method="kmeans")


def test_article_similarity():
    paragraphs = make_paragraphs({1: ["kitten yarn sofa"], 2: ["kitten yarn sofa"], 3: ["rocket orbit launch"]})
    similarity = article_similarity(paragraphs)
    assert list(similarity.columns) == ["article_id_a", "article_id_b", "cosine"]
    cosine = similarity.set_index(["article_id_a", "article_id_b"])["cosine"]
    assert len(similarity) == 9
    assert cosine[(1, 2)] == pytest.approx(1.0) and cosine[(2, 1)] == pytest.approx(1.0)
    assert cosine[(1, 3)] == 0.0
    assert cosine[(3, 3)] == pytest.approx(1.0)


def test_evaluate_topics_without_corpus_exits_2(tmp_path, capsys):
    assert evaluate_topics.main(["--corpora", str(tmp_path)]) == 2
    message = capsys.readouterr().err.strip()
    assert "bbc_sample.jsonl" in message and "\n" not in message


def test_purity_by_hand():
    # clusters {x: a, a, b} and {y: b}: majorities 2 + 1 = 3 of 4
    assert evaluate_topics.purity(["a", "a", "b", "b"], ["x", "x", "x", "y"]) == 0.75


def test_no_terms_gives_empty_tables_with_caveat():
    topics, article_topics, quality = fit_topics(make_paragraphs({1: ["He said on Monday."]}))
    assert topics.empty and article_topics.empty and quality.empty
    assert "weak evidence" in topics.attrs["caveat"]
