"""Figure for article segmentation: where the segmenter put the article boundaries, and why.

Each function takes the tidy table named in its docstring and returns a matplotlib Figure (never shows it).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.charts.style import GREY, PALETTE, new_figure, styled


@styled
def plot_gap_scores(gaps: pd.DataFrame, doc: int | None = None) -> Figure:
    """Boundary score for every gap between paragraphs (table: ``gaps`` from ``score_gaps``).

    The line is the score (probability of an article boundary) after each line; the dashed line is the
    threshold; filled dots are the chosen boundaries; grey crosses are gaps next to a sub-heading, which can
    never be a boundary. Plots the first doc unless ``doc`` is given.
    """
    fig, ax = new_figure(width=11, height=4.5)
    if len(gaps) == 0:
        ax.text(0.5, 0.5, "no document needs segmenting", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    doc = gaps["doc"].iloc[0] if doc is None else doc
    part = gaps[gaps["doc"] == doc]
    x = part["gap_after_line"].to_numpy()
    score = part["score"].to_numpy(float)
    ax.plot(x, score, color=PALETTE[0], linewidth=1.5, label="boundary score")
    ax.axhline(float(part["threshold"].iloc[0]), color=PALETTE[5], linestyle="--", linewidth=1.2,
               label=f"threshold {float(part['threshold'].iloc[0]):.2f}")
    blocked = part["blocked"].to_numpy(bool)
    ax.scatter(x[blocked], np.zeros(blocked.sum()), marker="x", color=GREY, label="next to a heading (never a boundary)")
    chosen = part["is_boundary"].to_numpy(bool)
    ax.scatter(x[chosen], score[chosen], s=60, color=PALETTE[1], zorder=3, label="article boundary")
    for line in x[chosen]:
        ax.annotate(str(int(line)), (line, score[x == line][0]),
                    textcoords="offset points", xytext=(0, 7), ha="center", fontsize=9)
    ax.set_xlabel("gap after line")
    ax.set_ylabel("score (probability of a new article)")
    ax.set_ylim(-0.05, 1.05)
    ax.set_title("Where one article ends and the next begins")
    ax.legend(loc="upper right", fontsize=9, frameon=False)
    return fig
