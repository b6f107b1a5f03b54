"""Article segmentation: exact results on the bundled seed, heading rules, hand-written fixtures, properties."""

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.read import read_input
from analysis.segment import (
    FEATURES,
    ArticleSegmenter,
    gap_features,
    articles_table,
    is_heading_line,
    score_gaps,
    segment_articles,
    split_glued_heading,
)

SEED_ARTICLE_FIRST_LINES = [1, 4, 28, 70, 76, 80, 97, 106]
SEED_HEADING_LINES = [37, 113, 122, 129, 137]
SEED_GLUED_HEADINGS = {47: "High hopes for economic powerhouse", 55: "Local entrepreneurship, global cooperation"}


def make_lines(texts, needs_segmentation=True, doc=1, first_line=1):
    n = len(texts)
    return pd.DataFrame(
        {
            "line": range(first_line, first_line + n),
            "text": texts,
            "doc": doc,
            "source": "fixture.txt",
            "source_line": range(1, n + 1),
            "needs_segmentation": needs_segmentation,
        }
    )


def original_text(paragraphs):
    return [t + (" " + h if h else "") for t, h in zip(paragraphs["text"], paragraphs["heading"])]


@pytest.fixture(scope="module")
def seed_lines():
    from analysis.paths import SEED_FILE

    return read_input(SEED_FILE)


@pytest.fixture(scope="module")
def seed_paragraphs(seed_lines):
    return segment_articles(seed_lines)


# ------------------------------------------------------------------------------------------------ the seed
def test_seed_has_exactly_its_eight_articles(seed_paragraphs):
    firsts = seed_paragraphs.groupby("article_id")["line"].min().tolist()
    assert firsts == SEED_ARTICLE_FIRST_LINES
    assert sorted(seed_paragraphs["article_id"].unique()) == list(range(1, 9))


def test_seed_whole_line_headings(seed_paragraphs):
    assert seed_paragraphs.loc[seed_paragraphs["is_heading"], "line"].tolist() == SEED_HEADING_LINES


def test_seed_glued_headings_are_split(seed_paragraphs):
    glued = seed_paragraphs[seed_paragraphs["heading"] != ""]
    assert dict(zip(glued["line"], glued["heading"])) == SEED_GLUED_HEADINGS
    line_47 = seed_paragraphs.set_index("line").loc[47, "text"]
    assert line_47.endswith("pursuing innovation-driven, high-quality development.")


def test_seed_keeps_every_row_and_column(seed_lines, seed_paragraphs):
    contract = ["line", "article_id", "text", "is_heading", "heading"]
    assert list(seed_paragraphs.columns[:5]) == contract
    assert [c for c in seed_paragraphs.columns if c not in contract] == [c for c in seed_lines.columns if c not in contract]
    assert seed_paragraphs["line"].tolist() == seed_lines["line"].tolist()
    assert original_text(seed_paragraphs) == seed_lines["text"].tolist()


def test_seed_articles_table(seed_paragraphs):
    articles = articles_table(seed_paragraphs)
    assert articles["first_line"].tolist() == SEED_ARTICLE_FIRST_LINES
    assert articles["last_line"].tolist() == [3, 27, 69, 75, 79, 96, 105, 149]
    assert articles["n_paragraphs"].tolist() == [3, 24, 42, 6, 4, 17, 9, 44]
    assert articles["title"].iloc[0] == "At least 16 people were killed and around 50 to ..."
    assert articles["n_headings"].tolist() == [0, 0, 3, 0, 0, 0, 0, 4]
    assert articles["n_words"].sum() == sum(len(t.split()) for t in original_text(seed_paragraphs))


def test_seed_gap_table(seed_lines):
    gaps = score_gaps(seed_lines)
    assert len(gaps) == 148
    assert gaps.loc[gaps["is_boundary"], "gap_after_line"].tolist() == [3, 27, 69, 75, 79, 96, 105]
    assert {"doc", "gap_after_line", "score", "threshold", "is_boundary", "blocked", *FEATURES} <= set(gaps.columns)
    # gaps next to a heading (and after the first paragraph under one) are never boundaries
    assert gaps.loc[gaps["gap_after_line"].isin([36, 37, 38, 47, 48, 55, 56]), "blocked"].all()
    assert score_gaps(seed_lines).equals(gaps)  # deterministic


def test_does_not_mutate_input(seed_lines):
    before = seed_lines.copy()
    segment_articles(seed_lines)
    score_gaps(seed_lines)
    pd.testing.assert_frame_equal(seed_lines, before)


# ------------------------------------------------------------------------------------------------ headings
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Encouragement for breakthroughs", True),
        ("Where are attacks coming from?", True),
        ("No arbitrary application", True),
        ("KEY FACTS", True),
        ("The minister resigned on Monday.", False),  # a short sentence with a full stop is a paragraph
        ("He said it was over.", False),
        ('"Why now?"', False),  # a quoted question is speech, not a heading
        ("Why did the council approve the plan in such a hurry last week?", False),  # long question
        ("and then the talks collapsed", False),  # lower-case start: a broken-off sentence
        ("Officials from both sides met again in the capital for another round of talks", False),  # long
        ("", False),
        ("...", False),
    ],
)
def test_is_heading_line(text, expected):
    assert is_heading_line(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mayor opened the bridge, officials said. A new link for the city",
         ("The mayor opened the bridge, officials said.", "A new link for the city")),
        ('"We are ready," she said. Looking ahead', ('"We are ready," she said.', "Looking ahead")),
        ("The mayor opened the bridge on Monday.", ("The mayor opened the bridge on Monday.", "")),
        ("The talks were led by Mr. Smith", ("The talks were led by Mr. Smith", "")),  # abbreviation
        ("Prices rose sharply last year. The council will vote", ("Prices rose sharply last year. The council will vote", "")),
        ("Prices rose sharply last year. There was a third rise when",
         ("Prices rose sharply last year. There was a third rise when", "")),
        ("Prices rose. Fine", ("Prices rose. Fine", "")),  # one-word tail after a short body
    ],
)
def test_split_glued_heading(text, expected):
    assert split_glued_heading(text) == expected


# ------------------------------------------------------------------------------------------------ fixtures
PARK = [
    "The city council approved a new riverside park on Monday, Mayor Ana Ruiz said at a press briefing.",
    "Ruiz said the park would open next spring with gardens, a playground and a rowing club on the river.",
    "Park plans include planting four hundred trees along the river bank, the council said in a statement.",
]
CHESS = [
    "Grandmaster Ivo Petrov won the national chess championship in Sofia after a tense final round game.",
    "Petrov, who is nineteen, defeated the defending champion with the black pieces in the chess final.",
    "He will represent the country at the chess olympiad in the autumn, the chess federation said.",
]


def test_two_hand_written_articles_with_a_heading():
    lines = make_lines(PARK + ["Trees and gardens"] + CHESS)
    paragraphs = segment_articles(lines)
    assert paragraphs["is_heading"].tolist() == [False, False, False, True, False, False, False]
    # the heading can neither start nor end an article, so the park article keeps it
    assert paragraphs.loc[paragraphs["is_heading"], "article_id"].tolist() == [1]
    starts = paragraphs.groupby("article_id")["line"].min()
    assert not paragraphs.set_index("line").loc[starts, "is_heading"].any()


def test_two_hand_written_articles_split():
    paragraphs = segment_articles(make_lines(PARK + CHESS))
    assert paragraphs["article_id"].tolist() == [1, 1, 1, 2, 2, 2]


def test_cohesion_features_at_a_boundary_and_inside_an_article():
    gaps = gap_features(make_lines(PARK + CHESS)).set_index("gap_after_line")
    # after line 3 the park story's repeated name (Ruiz, in lines 1-2) does not come back: a new cast
    assert gaps.loc[3, ["dominant_name_kept", "repeat_share"]].tolist() == [0.0, 0.0]
    # after line 1 no name has repeated yet: no evidence either way
    assert gaps.loc[1, ["dominant_name_kept", "repeat_share"]].tolist() == [0.5, 0.5]
    # after line 5 the repeated names (Ruiz, Petrov) are not named again: line 6 says "He", no line 7 follows
    assert gaps.loc[5, ["dominant_name_kept", "repeat_share"]].tolist() == [0.0, 0.0]
    # the first chess paragraph belongs with what follows it, not with the park story before it
    assert gaps.loc[3, "cohesion_shift"] > 0.1 > gaps.loc[4, "cohesion_shift"]


@pytest.mark.parametrize(
    "texts, expected",
    [
        # the repeated name (Okafor, twice before the gap) comes back after it: same story
        (["Judge Okafor opened the hearing.", "Okafor asked for silence.", "Okafor then read the charges."], (1.0, 1.0)),
        # a different repeated-name cast after the gap
        (["Judge Okafor opened the hearing.", "Okafor asked for silence.", "Coach Lindqvist named his team."], (0.0, 0.0)),
    ],
)
def test_dominant_name_kept(texts, expected):
    gaps = gap_features(make_lines(texts)).set_index("gap_after_line")
    assert tuple(gaps.loc[2, ["dominant_name_kept", "repeat_share"]]) == expected


def test_docs_not_needing_segmentation_are_one_article_each():
    lines = pd.concat(
        [make_lines(PARK, needs_segmentation=False, doc=1), make_lines(CHESS, needs_segmentation=False, doc=2, first_line=4)],
        ignore_index=True,
    )
    paragraphs = segment_articles(lines)
    assert paragraphs["article_id"].tolist() == [1, 1, 1, 2, 2, 2]
    assert len(score_gaps(lines)) == 0


def test_article_ids_increase_across_docs():
    lines = pd.concat(
        [make_lines(PARK + CHESS, doc=1), make_lines(CHESS, needs_segmentation=False, doc=2, first_line=7)],
        ignore_index=True,
    )
    assert segment_articles(lines)["article_id"].tolist() == [1, 1, 1, 2, 2, 2, 3, 3, 3]


@pytest.mark.parametrize(
    "texts",
    [
        ["One line only."],
        ["First line.", "Second line."],
        ["Heading one", "Heading two", "Heading three"],
        ["word " * 5000 + "end.", "Another very long line " * 2000 + "end."],
        ["Der Bundestag hat am Montag ein neues Gesetz beschlossen.", "这是一个测试句子。", "Это тест."],
        ["", "   ", "?!"],
    ],
)
def test_edge_cases_do_not_crash(texts):
    lines = make_lines(texts)
    paragraphs = segment_articles(lines)
    assert original_text(paragraphs) == texts
    assert paragraphs["article_id"].iloc[0] == 1
    articles = articles_table(paragraphs)
    assert articles["n_paragraphs"].sum() == len(texts)


def test_empty_input():
    empty = make_lines([])
    assert segment_articles(empty).empty
    assert score_gaps(empty).empty
    assert articles_table(segment_articles(empty)).empty


def test_segmenter_round_trips_its_numbers():
    segmenter = ArticleSegmenter.default()
    again = ArticleSegmenter.from_dict(segmenter.to_dict())
    assert again.to_dict() == segmenter.to_dict()


# ------------------------------------------------------------------------------------------------ properties
line_text = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), max_size=80),
    st.sampled_from(PARK + CHESS + ["Trees and gardens", "Where next?", "It rained. Sunny spells ahead"]),
).map(str.strip)


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(line_text, min_size=1, max_size=12))
def test_property_no_data_loss(texts):
    lines = make_lines(texts)
    paragraphs = segment_articles(lines)
    assert paragraphs["line"].tolist() == lines["line"].tolist()  # every line once, in order
    assert original_text(paragraphs) == texts  # text + heading gives the input back
    ids = paragraphs["article_id"].tolist()
    assert ids[0] == 1 and all(b - a in (0, 1) for a, b in zip(ids, ids[1:]))  # contiguous from 1
    starts = paragraphs[paragraphs["article_id"].diff().fillna(1) != 0]
    assert not starts["is_heading"].iloc[1:].any()  # a heading never opens an article (after the first)
    assert segment_articles(lines).equals(paragraphs)  # deterministic


def test_boundary_context_and_rejoined_lines_on_the_seed(seed_lines, seed_paragraphs):
    from analysis.segment import boundary_context, rejoin_lines, score_gaps

    context = boundary_context(seed_paragraphs, score_gaps(seed_lines))
    assert context["next_line"].tolist() == SEED_ARTICLE_FIRST_LINES[1:]
    assert context.loc[0, "after"] == seed_paragraphs.set_index("line").loc[4, "text"][:70]
    assert rejoin_lines(seed_paragraphs) == seed_lines["text"].tolist()
