"""Which words mark one article (or group of articles) out from the rest: keyness statistics.

For every term and group the table compares how often the group uses it (``count_group`` of ``n_group`` words)
with the rest of the corpus (``count_rest`` of ``n_rest``). Three statistics, each answering a different question:

* ``log_odds_z`` -- log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin'
  Words", eqs. 16, 20, 22). Each term gets pseudo-counts ``alpha_w = prior_scale * (count of w in the whole
  corpus)``; with ``alpha_0 = sum of alpha_w``::

      delta = log((y_g + a_w) / (n_g + a_0 - y_g - a_w)) - log((y_r + a_w) / (n_r + a_0 - y_r - a_w))
      var   = 1 / (y_g + a_w) + 1 / (y_r + a_w)
      z     = delta / sqrt(var)

  The prior pulls rare words towards "no difference", so a word used twice cannot outrank one used twenty times
  by luck. This is the ranking column: **how surely** the group over-uses the word (positive) or avoids it (negative).
* ``g2`` -- Dunning's log-likelihood (1993) on the two cells, as corpus linguists compute it (Rayson & Garside
  2000): ``E_g = n_g (y_g + y_r) / (n_g + n_r)``, ``E_r = n_r (y_g + y_r) / (n_g + n_r)``,
  ``G2 = 2 (y_g ln(y_g / E_g) + y_r ln(y_r / E_r))`` with ``0 ln 0 = 0``. Always >= 0; ``p_value`` is its
  chi-square tail with one degree of freedom. A p-value says a difference is unlikely to be chance, not that it
  is large: never rank by it alone.
* ``log_ratio`` -- Hardie's (2014) binary log ratio ``log2((y_g / n_g) / (y_r / n_r))``: **how big** the
  difference is (1 = twice as frequent, 3 = eight times). A zero count is replaced by 0.5 (Hardie's suggested
  correction), so a word absent from the rest gets a large but finite value.

Terms come from the same phrase-aware analyser as key terms (:mod:`analysis.terms`).
"""

from __future__ import annotations

import math
import re
from collections import Counter

import pandas as pd
from scipy.stats import chi2

from analysis.terms import PhraseAnalyzer, fit_analyzer

KEYNESS_COLUMNS = ["group", "term", "count_group", "count_rest", "log_odds_z", "g2", "log_ratio", "p_value", "n_group",
                   "n_rest"]
# Pseudo-counts per corpus occurrence; 0.5 = the prior holds half as much evidence as the corpus itself.
DEFAULT_PRIOR_SCALE = 0.5
ZERO_COUNT = 0.5  # Hardie's correction for a zero frequency in the log ratio


def log_odds_z(y_g: float, y_r: float, n_g: float, n_r: float, alpha_w: float, alpha_0: float) -> float:
    """Monroe et al. (2008) z-score of the log-odds ratio with an informative Dirichlet prior."""
    delta = (math.log((y_g + alpha_w) / (n_g + alpha_0 - y_g - alpha_w))
             - math.log((y_r + alpha_w) / (n_r + alpha_0 - y_r - alpha_w)))
    variance = 1 / (y_g + alpha_w) + 1 / (y_r + alpha_w)
    return delta / math.sqrt(variance)


def log_likelihood_g2(y_g: float, y_r: float, n_g: float, n_r: float) -> float:
    """Dunning's G2 on the group and rest cells (Rayson & Garside 2000), 0 ln 0 = 0."""
    total = y_g + y_r
    expected_g, expected_r = n_g * total / (n_g + n_r), n_r * total / (n_g + n_r)
    g2 = 0.0
    for observed, expected in ((y_g, expected_g), (y_r, expected_r)):
        if observed > 0:
            g2 += observed * math.log(observed / expected)
    return 2 * g2


def log_ratio(y_g: float, y_r: float, n_g: float, n_r: float) -> float:
    """Hardie's binary log ratio, a zero count replaced by 0.5."""
    return math.log2(((y_g or ZERO_COUNT) / n_g) / ((y_r or ZERO_COUNT) / n_r))


def _group_sort_key(label: str):
    # "article 10" after "article 9": compare digit runs as numbers.
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", str(label))]


def keyness_from_counts(counts: pd.DataFrame, min_count: int = 2,
                        prior_scale: float = DEFAULT_PRIOR_SCALE) -> pd.DataFrame:
    """Keyness of each term in each group against all other groups, from a tidy count table (group, term, count).

    Keeps terms used at least ``min_count`` times in the group. Returns the ``keyness`` table: group, term,
    count_group, count_rest, log_odds_z, g2, log_ratio, p_value, n_group, n_rest (words in the group / the rest);
    sorted by group (numbers in labels compared as numbers), log_odds_z descending, term.
    """
    if counts.empty:
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    counts = counts.groupby(["group", "term"], as_index=False)["count"].sum()
    corpus = counts.groupby("term")["count"].sum()
    group_totals = counts.groupby("group")["count"].sum()
    n_total = int(group_totals.sum())
    alpha = (prior_scale * corpus).to_dict()
    alpha_0 = prior_scale * n_total
    rows = []
    for group, term, y_g in counts.itertuples(index=False):
        if y_g < min_count:
            continue
        n_g = int(group_totals[group])
        n_r = n_total - n_g
        y_r = int(corpus[term]) - int(y_g)
        if n_r == 0:  # one group only: nothing to compare with
            continue
        g2 = log_likelihood_g2(y_g, y_r, n_g, n_r)
        rows.append((group, term, int(y_g), y_r, log_odds_z(y_g, y_r, n_g, n_r, alpha[term], alpha_0), g2,
                     log_ratio(y_g, y_r, n_g, n_r), float(chi2.sf(g2, 1)), n_g, n_r))
    keyness = pd.DataFrame(rows, columns=KEYNESS_COLUMNS)
    # Round before sorting so floating-point noise cannot reorder true ties; ties then go alphabetically.
    z = keyness["log_odds_z"].round(12)
    order = sorted(range(len(keyness)), key=lambda i: (_group_sort_key(keyness.at[i, "group"]), -z.iat[i],
                                                       keyness.at[i, "term"]))
    return keyness.loc[order, KEYNESS_COLUMNS].reset_index(drop=True)


def term_counts(paragraphs: pd.DataFrame, groups: dict | None = None,
                analyzer: PhraseAnalyzer | None = None) -> pd.DataFrame:
    """Tidy counts (group, term, count) of analyser terms; ``groups`` maps article_id -> label
    (default: each article its own group, "article N"); articles missing from ``groups`` are left out."""
    analyzer = analyzer or fit_analyzer(paragraphs)
    if groups is None:
        groups = {int(a): f"article {int(a)}" for a in paragraphs["article_id"].unique()}
    counter: Counter = Counter()
    for article_id, text in paragraphs.sort_values("line")[["article_id", "text"]].itertuples(index=False):
        label = groups.get(int(article_id))
        if label is None:
            continue
        for term in analyzer(str(text)):
            counter[(label, term)] += 1
    rows = [(group, term, n) for (group, term), n in sorted(counter.items(), key=lambda kv: (str(kv[0][0]), kv[0][1]))]
    return pd.DataFrame(rows, columns=["group", "term", "count"])


def keyness_table(paragraphs: pd.DataFrame, groups: dict | None = None, min_count: int = 2,
                  prior_scale: float = DEFAULT_PRIOR_SCALE, analyzer: PhraseAnalyzer | None = None) -> pd.DataFrame:
    """Keyness of every term in every group vs the rest (see module docstring). ``groups``: article_id -> label;
    default each article is its own group labelled "article N". Columns as :func:`keyness_from_counts`."""
    return keyness_from_counts(term_counts(paragraphs, groups, analyzer), min_count=min_count,
                               prior_scale=prior_scale)
