"""Keyness statistics pinned to values computed by hand on a two-group, two-word table."""

import math

import pandas as pd
import pytest

from analysis.keyness import (keyness_from_counts, keyness_table, log_likelihood_g2, log_odds_z, log_ratio,
                              term_counts)
from analysis.segment import paragraphs_from_articles as make_paragraphs

# Group A: x 4, y 6 (n_A = 10).  Group B: x 1, y 9 (n_B = 10).  Corpus: x 5, y 15, N = 20.
COUNTS = pd.DataFrame([("A", "x", 4), ("A", "y", 6), ("B", "x", 1), ("B", "y", 9)],
                      columns=["group", "term", "count"])


def test_g2_by_hand():
    # x in A: E_A = 10 * 5 / 20 = 2.5, E_B = 2.5.
    # G2 = 2 * (4 ln(4 / 2.5) + 1 ln(1 / 2.5)) = 2 * (4 * 0.470004 - 0.916291) = 2 * 0.963724 = 1.927448
    assert log_likelihood_g2(4, 1, 10, 10) == pytest.approx(1.927448, abs=1e-6)
    # zero observed count contributes 0 (0 ln 0 = 0): G2 = 2 * 2 ln(2 / 1) = 2.772589
    assert log_likelihood_g2(2, 0, 10, 10) == pytest.approx(2.772589, abs=1e-6)


def test_log_ratio_by_hand():
    # log2((4 / 10) / (1 / 10)) = log2(4) = 2
    assert log_ratio(4, 1, 10, 10) == pytest.approx(2.0)
    # zero count in the rest replaced by 0.5: log2((2 / 10) / (0.5 / 10)) = log2(4) = 2
    assert log_ratio(2, 0, 10, 10) == pytest.approx(2.0)
    assert log_ratio(0, 2, 10, 10) == pytest.approx(-2.0)


def test_log_odds_z_by_hand():
    # prior_scale 1: alpha_x = 1 * 5 = 5, alpha_0 = 1 * 20 = 20.
    # delta = ln((4 + 5) / (10 + 20 - 4 - 5)) - ln((1 + 5) / (10 + 20 - 1 - 5)) = ln(9/21) - ln(6/24)
    #       = -0.847298 + 1.386294 = 0.538997
    # var = 1 / (4 + 5) + 1 / (1 + 5) = 0.277778;  z = 0.538997 / 0.527046 = 1.022674
    assert log_odds_z(4, 1, 10, 10, 5, 20) == pytest.approx(1.022674, abs=1e-6)


def test_keyness_from_counts_table():
    keyness = keyness_from_counts(COUNTS, min_count=2, prior_scale=1.0)
    assert list(keyness.columns) == ["group", "term", "count_group", "count_rest", "log_odds_z", "g2", "log_ratio",
                                     "p_value", "n_group", "n_rest"]
    # y in A: alpha_y = 15. delta = ln(21/9) - ln(24/6) = -0.538997; var = 1/21 + 1/24 = 0.089286;
    #   z = -0.538997 / 0.298807 = -1.803827.  G2: E = 7.5 each, 2 (6 ln(6/7.5) + 9 ln(9/7.5)) = 0.604065.
    #   log ratio log2(6/9) = -0.584963.
    # y in B mirrors it: z = +1.803827, G2 0.604065, log ratio +0.584963. x in B (count 1) is under min_count.
    expected = [
        ("A", "x", 4, 1, 1.022674, 1.927448, 2.0),
        ("A", "y", 6, 9, -1.803827, 0.604065, -0.584963),
        ("B", "y", 9, 6, 1.803827, 0.604065, 0.584963),
    ]
    got = keyness[["group", "term", "count_group", "count_rest", "log_odds_z", "g2", "log_ratio"]]
    assert got[["group", "term", "count_group", "count_rest"]].values.tolist() == [list(e[:4]) for e in expected]
    for column, k in (("log_odds_z", 4), ("g2", 5), ("log_ratio", 6)):
        assert got[column].tolist() == pytest.approx([e[k] for e in expected], abs=1e-6)
    # p-value: chi-square upper tail, one degree of freedom: P(chi2_1 > 1.927448) = 0.165038
    assert keyness.loc[0, "p_value"] == pytest.approx(0.165038, abs=1e-6)


def test_sorted_by_z_then_term_and_groups_numerically():
    counts = pd.DataFrame([("article 10", "b", 3), ("article 10", "a", 3), ("article 2", "c", 3),
                           ("article 2", "d", 1)], columns=["group", "term", "count"])
    keyness = keyness_from_counts(counts, min_count=2)
    assert keyness["group"].tolist() == ["article 2", "article 10", "article 10"]
    # a and b: same counts, same z -> alphabetical
    assert keyness["term"].tolist() == ["c", "a", "b"]


PARAGRAPHS = make_paragraphs({1: ["spies spies spies law"], 2: ["wildlife wildlife ivory law"], 3: ["food food law"]})


def test_keyness_table_default_groups_are_articles():
    keyness = keyness_table(PARAGRAPHS, min_count=2)
    assert sorted(keyness["group"].unique()) == ["article 1", "article 2", "article 3"]
    top = keyness.groupby("group", sort=False).head(1).set_index("group")["term"].to_dict()
    assert top == {"article 1": "spies", "article 2": "wildlife", "article 3": "food"}
    assert "law" not in set(keyness["term"])  # once per article: under min_count in every group


def test_keyness_table_two_groups_leave_other_articles_out():
    counts = term_counts(PARAGRAPHS, groups={1: "security", 2: "nature"})
    assert "food" not in set(counts["term"])
    keyness = keyness_table(PARAGRAPHS, groups={1: "security", 2: "nature"}, min_count=1)
    row = keyness[(keyness["group"] == "security") & (keyness["term"] == "spies")].iloc[0]
    assert (row["count_group"], row["count_rest"], row["n_group"], row["n_rest"]) == (3, 0, 4, 4)
    assert row["log_ratio"] == pytest.approx(math.log2((3 / 4) / (0.5 / 4)))


def test_ordered_by_log_odds_z_not_by_p_value():
    keyness = keyness_table(PARAGRAPHS, min_count=1)
    for _, group in keyness.groupby("group"):
        assert group["log_odds_z"].is_monotonic_decreasing
    # spies (3 of 4 words, absent elsewhere) leads article 1; its p-value is not what put it there
    first = keyness[keyness["group"] == "article 1"].iloc[0]
    assert first["term"] == "spies" and first["p_value"] > 0


def test_outlet_groups_only_when_two_or_more_outlets_are_named():
    from analysis.pipeline import outlet_groups

    paragraphs = make_paragraphs({1: ["spies law"], 2: ["ivory law"], 3: ["food law"]})
    assert outlet_groups(paragraphs) == {}
    paragraphs["outlet"] = ["Daily A", "Daily A", "Herald B"]
    assert outlet_groups(paragraphs) == {1: "outlet Daily A", 2: "outlet Daily A", 3: "outlet Herald B"}
    paragraphs["outlet"] = ["Daily A", "Daily A", ""]
    assert outlet_groups(paragraphs) == {}
