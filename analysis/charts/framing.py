"""Figures for framing and keyness: which vocabulary each article leans on, in whose voice, and what is distinctive.

Each function takes the tidy table named in its docstring and returns a matplotlib Figure (never shows it).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.charts.style import PALETTE, VOICE_COLORS, new_figure, styled
from analysis.charts.terms import empty_figure


@styled
def plot_framing_heatmap(rates: pd.DataFrame) -> Figure:
    """Articles x framing categories, hits per 1,000 words; author voice and quoted voice side by side.

    Table: ``framing_rates`` output (article_id, category, voice, rate_per_1000). Both panels share one colour
    scale so a dark cell means the same rate on either side.
    """
    if rates.empty:
        return empty_figure("No articles to show.")
    categories = list(dict.fromkeys(rates["category"]))
    article_ids = sorted(rates["article_id"].unique())
    voices = ["author", "quoted"]
    vmax = max(float(rates["rate_per_1000"].max()), 1.0)
    fig, axes = new_figure(width=2.5 + 1.0 * len(categories), height=2.8 + 0.45 * len(article_ids),
                           ncols=2, sharey=True)
    image = None
    for ax, voice in zip(np.atleast_1d(axes), voices):
        subset = rates[rates["voice"] == voice]
        matrix = (subset.pivot(index="article_id", columns="category", values="rate_per_1000")
                  .reindex(index=article_ids, columns=categories).fillna(0.0))
        image = ax.imshow(matrix.to_numpy(), cmap="viridis", vmin=0, vmax=vmax, aspect="auto")
        ax.set_xticks(range(len(categories)), [c.replace("_", " ") for c in categories], rotation=60, ha="right",
                      fontsize=9)
        ax.set_yticks(range(len(article_ids)), [str(a) for a in article_ids])
        for i in range(len(article_ids)):
            for j in range(len(categories)):
                value = matrix.iat[i, j]
                if value > 0:
                    ax.text(j, i, f"{value:.0f}" if value >= 1 else "<1", ha="center", va="center", fontsize=8,
                            color="black" if value > 0.6 * vmax else "white")
        title = "the outlet's own words (author)" if voice == "author" else "inside quotes (quoted)"
        ax.set_title(title, fontsize=12, color=VOICE_COLORS[voice])
    np.atleast_1d(axes)[0].set_ylabel("article")
    fig.colorbar(image, ax=list(np.atleast_1d(axes)), label="hits per 1,000 words", shrink=0.8)
    fig.suptitle("Framing vocabulary per article")
    return fig


@styled
def plot_keyness(keyness: pd.DataFrame, group_a: str | None = None, group_b: str | None = None,
                 top_n: int = 12) -> Figure:
    """Diverging bars: the ``top_n`` most key terms of ``group_a`` (right) and of ``group_b`` (left).

    Table: ``keyness`` computed with exactly these two groups (e.g. ``keyness_table(paragraphs, {2: "SCO",
    8: "espionage"})``), so each group's "rest" is the other. Bar length is the log-odds z-score. Without
    `group_a`/`group_b` the table's first two groups are used, in table order.
    """
    if keyness.empty:
        return empty_figure("No key words: the articles are too short.")
    if group_a is None or group_b is None:
        present = list(dict.fromkeys(keyness["group"]))
        group_a, group_b = (present + [""])[:2]
    sides = []
    for group, sign, colour in ((group_a, 1, PALETTE[0]), (group_b, -1, PALETTE[1])):
        rows = keyness[(keyness["group"] == group) & (keyness["log_odds_z"] > 0)]
        rows = rows.sort_values(["log_odds_z", "term"], ascending=[False, True]).head(top_n)
        sides.append((group, sign, colour, rows))
    n_rows = sum(len(rows) for *_, rows in sides)
    fig, ax = new_figure(width=9, height=1.8 + 0.3 * max(n_rows, 1))
    position = 0
    labels = []
    for group, sign, colour, rows in sides:
        for term, z in zip(rows["term"], rows["log_odds_z"]):
            ax.barh(position, sign * z, color=colour)
            labels.append(term)
            position += 1
    ax.set_yticks(range(len(labels)), labels, fontsize=10)
    ax.invert_yaxis()
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlabel(f"<- more typical of {group_b}      log-odds z-score      more typical of {group_a} ->")
    ax.set_title(f"Distinctive words: {group_a} vs {group_b}")
    return fig
