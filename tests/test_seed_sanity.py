"""Does the workbook see in the seed what a careful human reader sees?

The seed (seeds/000_f5a9a85a3431be64.txt) holds eight news articles, one paragraph a line. Read by hand, they start
at lines 1, 4, 28, 70, 76, 80, 97 and 106:

1. a mass shooting in Lewiston, Maine (three short lines, attributed to CNN, ABC News and police sources);
2. Iran joining the Shanghai Cooperation Organization (SCO), with Belarus next in line;
3. Xi Jinping's inspection tour of Jiangsu: Suzhou Industrial Park, chips, innovation, "high-quality development";
4. foreign diplomats visiting China Railway Group, the Belt and Road Initiative, high-speed trains;
5. a Chengdu food and culture carnival with Canada (the consulate in Chongqing);
6. the Chinese navy's hospital ship Ark Peace in Honiara, Solomon Islands: free treatment, patients' gratitude;
7. Kenya, ivory and the illegal wildlife trade (WWF, CITES, endangered species);
8. China's counter-espionage campaign: the Ministry of State Security (MSS), CIA cases, cyberattacks, and rebuttals
   of foreign media ("smears", "distortion", "so-called security concerns").

Lines 37, 113, 122, 129 and 137 are sub-headings. The paragraphs table is built here by hand from those boundaries,
so these tests check the terms, topics, framing and keyness steps, not the segmenter.
"""

import pandas as pd
import pytest

from analysis.framing import find_framing, framing_rates
from analysis.keyness import keyness_table
from analysis.paths import SEED_FILE
from analysis.terms import concordance, key_terms
from analysis.topics import article_similarity, fit_topics

ARTICLE_STARTS = [1, 4, 28, 70, 76, 80, 97, 106]
HEADING_LINES = {37, 113, 122, 129, 137}
SHOOTING, SCO, JIANGSU, RAILWAY, CHENGDU, ARK_PEACE, KENYA, ESPIONAGE = range(1, 9)


@pytest.fixture(scope="module")
def paragraphs():
    rows = []
    for line, text in enumerate(SEED_FILE.read_text(encoding="utf-8").splitlines(), start=1):
        if text.strip():
            article_id = sum(1 for start in ARTICLE_STARTS if start <= line)
            rows.append((line, article_id, text.strip(), line in HEADING_LINES, ""))
    return pd.DataFrame(rows, columns=["line", "article_id", "text", "is_heading", "heading"])


@pytest.fixture(scope="module")
def terms(paragraphs):
    return key_terms(paragraphs, top_n=15)


def top(terms, article_id, n):
    return list(terms[(terms["article_id"] == article_id) & (terms["rank"] <= n)]["term"])


@pytest.mark.parametrize("article_id, n, expected", [
    (SCO, 3, {"sco", "iran"}),                          # the SCO article is about the SCO and Iran
    (JIANGSU, 5, {"xi", "jiangsu", "suzhou"}),
    (CHENGDU, 3, {"chengdu", "canada"}),
    (ARK_PEACE, 3, {"solomon islands", "ark peace"}),   # multi-word names kept whole, and on top
    (KENYA, 5, {"ivory", "kenya", "illegal wildlife"}),  # conservation of wildlife
    (ESPIONAGE, 3, {"espionage", "mss"}),
    (SHOOTING, 15, {"maine", "lewiston"}),
])
def test_key_terms_name_what_the_article_is_about(terms, article_id, n, expected):
    assert expected <= set(top(terms, article_id, n)), top(terms, article_id, n)


def test_names_are_kept_whole(terms):
    # A reader sees "Suzhou Industrial Park" and "Consulate General of Canada" as names, not word salads.
    assert "suzhou industrial park" in set(terms["term"])
    assert "consulate general of canada" in set(terms["term"])


def test_attribution_boilerplate_never_poses_as_a_topic(terms):
    # "told the Global Times on Tuesday" is how the outlet attributes, not what the article is about.
    boilerplate = {"said", "told", "global times", "according", "tuesday", "monday", "sunday", "noted", "added"}
    assert not boilerplate & set(terms["term"])


def test_espionage_article_leans_hardest_on_security_and_blame(paragraphs):
    rates = framing_rates(find_framing(paragraphs), paragraphs)
    author = rates[rates["voice"] == "author"].pivot(index="article_id", columns="category", values="rate_per_1000")
    # A reader sees a security story that rebuts critics with "smears", "distortion", "so-called".
    assert author["security"].idxmax() == ESPIONAGE
    assert author["delegitimising_blame"].idxmax() == ESPIONAGE
    # The hospital-ship story is told through feelings ("overwhelming", "love and sympathy", "hope").
    assert author["human_interest_emotion"].idxmax() == ARK_PEACE
    ark = author.loc[ARK_PEACE]
    assert ark["human_interest_emotion"] + ark["cooperation_harmony"] > ark["conflict_threat"] + ark["security"]
    # The Jiangsu story is about development and innovation.
    assert author["development_progress"].idxmax() == JIANGSU
    # The Chengdu carnival is about exchanges and friendship.
    assert author["cooperation_harmony"].idxmax() == CHENGDU


def test_kwic_brings_a_framing_word_back_to_its_sentence(paragraphs):
    kwic = concordance(paragraphs, "smear*")
    assert kwic["article_id"].tolist() == [ESPIONAGE]
    assert kwic.iloc[0]["match"].lower() == "smears"


def test_keyness_marks_espionage_and_sco(paragraphs):
    keyness = keyness_table(paragraphs)
    first = keyness.groupby("group", sort=False).head(3)
    assert "espionage" in set(first[first["group"] == f"article {ESPIONAGE}"]["term"])
    assert "sco" in set(first[first["group"] == f"article {SCO}"]["term"])


def test_topics_are_weak_evidence_on_eight_articles(paragraphs):
    topics, article_topics, quality = fit_topics(paragraphs)
    assert "weak evidence" in topics.attrs["caveat"]
    sco_topic = article_topics[(article_topics["article_id"] == SCO) & article_topics["is_main"]]["topic_id"].item()
    assert "sco" in set(topics[topics["topic_id"] == sco_topic]["term"])
    assert quality["chosen"].sum() == 1


def test_the_shooting_is_the_odd_one_out(paragraphs):
    # The only non-China story shares the fewest words with the rest.
    similarity = article_similarity(paragraphs)
    others = similarity[similarity["article_id_a"] != similarity["article_id_b"]]
    assert others.groupby("article_id_a")["cosine"].mean().idxmin() == SHOOTING
