"""Figures for what each article is about: key terms, article similarity, topics.

Each function takes the tidy table named in its docstring and returns a matplotlib Figure (never shows it).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.charts.style import PALETTE, new_figure, styled


def empty_figure(message: str) -> Figure:
    """A small figure that says why there is nothing to draw (an empty table), instead of failing."""
    fig, ax = new_figure(width=6, height=1.5)
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center")
    return fig


def _grid(n_panels: int, ncols: int) -> tuple[int, int]:
    ncols = max(1, min(ncols, n_panels))
    return math.ceil(n_panels / ncols), ncols


def _panels(fig: Figure, axes, n_used: int) -> list:
    flat = list(np.atleast_1d(axes).ravel())
    for ax in flat[n_used:]:  # empty cells of the grid
        ax.set_visible(False)
    return flat[:n_used]


def _bar_panels(table: pd.DataFrame, panel_column: str, value_column: str, label_column: str, panel_name: str,
                top_n: int, ncols: int, colour_each_panel: bool) -> tuple[Figure, list]:
    """Small multiples: one panel per value of `panel_column`, its `top_n` rows (by rank) as horizontal bars."""
    panel_ids = sorted(table[panel_column].unique())
    nrows, ncols = _grid(len(panel_ids), ncols)
    fig, axes = new_figure(width=4.2 * ncols, height=0.32 * top_n * nrows + 1.2 * nrows, nrows=nrows, ncols=ncols)
    panels = _panels(fig, axes, len(panel_ids))
    for k, (ax, panel_id) in enumerate(zip(panels, panel_ids)):
        rows = table[table[panel_column] == panel_id].sort_values("rank").head(top_n)
        colour = PALETTE[k % len(PALETTE)] if colour_each_panel else PALETTE[0]
        ax.barh(range(len(rows)), rows[value_column], color=colour)
        ax.set_yticks(range(len(rows)), rows[label_column], fontsize=10)
        ax.invert_yaxis()
        ax.set_title(f"{panel_name} {panel_id}", fontsize=12)
        ax.tick_params(axis="x", labelsize=9)
    return fig, panels


@styled
def plot_top_terms(terms: pd.DataFrame, top_n: int = 8, ncols: int = 4) -> Figure:
    """Small multiples: one panel per article, its ``top_n`` key terms as bars of TF-IDF (table: ``terms``)."""
    if terms.empty:
        return empty_figure("No key terms to show.")
    label_column = "label" if "label" in terms.columns else "term"
    fig, _ = _bar_panels(terms, "article_id", "tfidf", label_column, "article", top_n, ncols, colour_each_panel=False)
    fig.suptitle("Key terms per article (TF-IDF: frequent here, rare in the other articles)")
    fig.supxlabel("TF-IDF weight", fontsize=11)
    return fig


@styled
def plot_article_similarity(similarity: pd.DataFrame) -> Figure:
    """Heatmap of cosine similarity between articles' term vectors (table from ``article_similarity``)."""
    if similarity.empty:
        return empty_figure("No articles to compare.")
    matrix = similarity.pivot(index="article_id_a", columns="article_id_b", values="cosine").sort_index()
    matrix = matrix[sorted(matrix.columns)]
    values = matrix.to_numpy(dtype=float).copy()
    # An article is always identical to itself: blank the diagonal so the colour scale shows the pairs that matter.
    np.fill_diagonal(values, np.nan)
    off_diagonal = values[~np.isnan(values)]
    vmax = max(float(off_diagonal.max()) if off_diagonal.size else 0.0, 0.05)
    size = 1.5 + 0.6 * len(matrix)
    fig, ax = new_figure(width=size + 1.5, height=size)
    image = ax.imshow(np.ma.masked_invalid(values), cmap="viridis", vmin=0, vmax=vmax)
    ticks = range(len(matrix))
    ax.set_xticks(ticks, [str(a) for a in matrix.columns])
    ax.set_yticks(ticks, [str(a) for a in matrix.index])
    ax.set_xlabel("article")
    ax.set_ylabel("article")
    if len(matrix) <= 20:  # numbers stay legible only on a small grid
        for i in ticks:
            for j in ticks:
                if i != j:
                    ax.text(j, i, f"{values[i, j]:.2f}", ha="center", va="center", fontsize=9,
                            color="black" if values[i, j] > 0.6 * vmax else "white")
    fig.colorbar(image, ax=ax, label="cosine similarity (0 = no shared terms)")
    ax.set_title("How alike are the articles' words?")
    return fig


@styled
def plot_topics(topics: pd.DataFrame, top_n: int = 8, ncols: int = 3) -> Figure:
    """Small multiples: one panel per topic, its top words as bars of model weight (table: ``topics``)."""
    if topics.empty:
        return empty_figure("No topics to show.")
    fig, _ = _bar_panels(topics, "topic_id", "weight", "term", "topic", top_n, ncols, colour_each_panel=True)
    fig.suptitle("Topics: words the model found used together")
    fig.supxlabel("weight of the word in the topic", fontsize=11)
    return fig


@styled
def plot_article_topics(article_topics: pd.DataFrame) -> Figure:
    """Stacked bars: each article's mix of topics (table: ``article_topics``; weights sum to 1 per article)."""
    if article_topics.empty:
        return empty_figure("No topics to show.")
    matrix = article_topics.pivot(index="article_id", columns="topic_id", values="weight").sort_index().fillna(0)
    matrix = matrix[sorted(matrix.columns)]
    fig, ax = new_figure(width=8, height=1.5 + 0.4 * len(matrix))
    left = np.zeros(len(matrix))
    for k, topic_id in enumerate(matrix.columns):
        values = matrix[topic_id].to_numpy()
        ax.barh([str(a) for a in matrix.index], values, left=left, color=PALETTE[k % len(PALETTE)],
                label=f"topic {topic_id}")
        left += values
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of the article")
    ax.set_ylabel("article")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    ax.set_title("Which topics each article mixes")
    return fig
