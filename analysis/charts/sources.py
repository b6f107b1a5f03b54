"""Figures for who speaks: sources per article, quoted words per speaker, direct vs reported, reporting verbs.

Each function takes the tidy table named in its docstring and returns a matplotlib Figure (never shows it). The
small `*_table` helpers build the exact table a figure draws, so it can be saved next to the PNG.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from analysis.charts.style import PALETTE, SOURCE_TYPE_COLORS, new_figure, styled
from analysis.sources import SOURCE_TYPES

SOURCE_TYPE_ORDER = SOURCE_TYPES  # the classifier's own list, in its order
CUE_TYPE_ORDER = ["neutral", "emphatic", "opinion", "directive", "distancing"]


def sources_by_type_table(sources: pd.DataFrame) -> pd.DataFrame:
    """Count of sources per (article, source_type, anonymous), from the ``sources`` table."""
    if sources.empty:
        return pd.DataFrame(columns=["article_id", "source_type", "anonymous", "n_sources"])
    table = (sources.assign(anonymous=sources["anonymous"].astype(bool))
             .groupby(["article_id", "source_type", "anonymous"]).size().rename("n_sources").reset_index())
    return table.sort_values(["article_id", "source_type", "anonymous"]).reset_index(drop=True)


def _per_article(part: pd.DataFrame, articles: list, column: str) -> np.ndarray:
    """One bar segment: the sum of `column` in `part` for each article, in the order of `articles` (0 if absent)."""
    return np.array([part.loc[part["article_id"] == a, column].sum() for a in articles], float)


@styled
def plot_sources_by_article(sources: pd.DataFrame) -> Figure:
    """Stacked bars: sources per article by type; hatched parts are anonymous sources (table: ``sources``)."""
    table = sources_by_type_table(sources)
    articles = sorted(table["article_id"].unique())
    fig, ax = new_figure(width=9, height=5)
    x = np.arange(len(articles))
    bottom = np.zeros(len(articles))
    for source_type in SOURCE_TYPE_ORDER:
        for anonymous in (False, True):
            part = table[(table["source_type"] == source_type) & (table["anonymous"] == anonymous)]
            values = _per_article(part, articles, "n_sources")
            if not values.any():
                continue
            label = source_type + (" (anonymous)" if anonymous else "")
            ax.bar(x, values, bottom=bottom, color=SOURCE_TYPE_COLORS[source_type], edgecolor="black",
                   linewidth=0.5, hatch="//" if anonymous else None, label=label)
            bottom += values
    ax.set_xticks(x, [str(a) for a in articles])
    ax.set_xlabel("article")
    ax.set_ylabel("number of sources")
    ax.set_title("Who speaks in each article (hatched = anonymous)")
    if len(table):
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return fig


def words_per_speaker_table(sources: pd.DataFrame, top_n: int = 15) -> pd.DataFrame:
    """The ``top_n`` speakers by quoted words (from ``sources``), with their article and type."""
    cols = ["article_id", "speaker_name", "source_type", "anonymous", "n_quotes", "n_words_quoted"]
    if sources.empty:
        return pd.DataFrame(columns=cols + ["label"])
    table = sources[cols].sort_values(["n_words_quoted", "article_id", "speaker_name"],
                                      ascending=[False, True, True]).head(top_n).reset_index(drop=True)
    table["label"] = [f"{n} (art. {a})" for n, a in zip(table["speaker_name"], table["article_id"])]
    return table


@styled
def plot_words_per_speaker(sources: pd.DataFrame, top_n: int = 15) -> Figure:
    """Horizontal bars: words quoted or reported per speaker, coloured by source type (table: ``sources``)."""
    table = words_per_speaker_table(sources, top_n)
    fig, ax = new_figure(width=9, height=max(3.0, 0.4 * len(table) + 1.5))
    colors = [SOURCE_TYPE_COLORS.get(t, SOURCE_TYPE_COLORS["unknown"]) for t in table["source_type"]]
    ax.barh(range(len(table)), table["n_words_quoted"], color=colors,
            hatch=None, edgecolor="black", linewidth=0.5)
    for i, anonymous in enumerate(table["anonymous"]):
        if anonymous:
            ax.patches[i].set_hatch("//")
    ax.set_yticks(range(len(table)), table["label"])
    ax.invert_yaxis()
    # Colour is the source type: name each colour that appears, in the one order every figure uses.
    shown = [t for t in SOURCE_TYPE_ORDER if t in set(table["source_type"])]
    handles = [Patch(facecolor=SOURCE_TYPE_COLORS.get(t, SOURCE_TYPE_COLORS["unknown"]), edgecolor="black",
                     linewidth=0.5, label=t.replace("_", " ")) for t in shown]
    if handles:
        ax.legend(handles=handles, title="source type", loc="lower right", frameon=False)
    ax.set_xlabel("words quoted or reported")
    ax.set_title(f"Who speaks most: top {len(table)} speakers (hatched = anonymous)")
    return fig


def direct_share_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotes per article and kind with each kind's share (from ``quotes``)."""
    if quotes.empty:
        return pd.DataFrame(columns=["article_id", "kind", "n_quotes", "share"])
    table = quotes.groupby(["article_id", "kind"]).size().rename("n_quotes").reset_index()
    table["share"] = table["n_quotes"] / table.groupby("article_id")["n_quotes"].transform("sum")
    return table.sort_values(["article_id", "kind"]).reset_index(drop=True)


@styled
def plot_direct_vs_reported(quotes: pd.DataFrame) -> Figure:
    """Stacked 100% bars: share of direct, mixed and indirect quotes per article (table: ``quotes``)."""
    table = direct_share_table(quotes)
    articles = sorted(table["article_id"].unique())
    fig, ax = new_figure(width=9, height=4.5)
    x = np.arange(len(articles))
    bottom = np.zeros(len(articles))
    for color, kind in zip(PALETTE, ["direct", "mixed", "indirect"]):
        part = table[table["kind"] == kind]
        values = _per_article(part, articles, "share")
        ax.bar(x, values, bottom=bottom, color=color, label=kind)
        bottom += values
    ax.set_xticks(x, [str(a) for a in articles])
    ax.set_ylim(0, 1)
    ax.set_xlabel("article")
    ax.set_ylabel("share of quotes")
    ax.set_title("Direct quotation vs reported speech per article")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return fig


def reporting_verbs_table(quotes: pd.DataFrame) -> pd.DataFrame:
    """How often each reporting verb (lemma) is used, with its type (from ``quotes``)."""
    if quotes.empty:
        return pd.DataFrame(columns=["cue_lemma", "cue_type", "n_quotes"])
    table = (quotes[quotes["cue_lemma"].astype(str) != ""]
             .groupby(["cue_lemma", "cue_type"]).size().rename("n_quotes").reset_index())
    return table.sort_values(["n_quotes", "cue_lemma"], ascending=[False, True]).reset_index(drop=True)


def cue_type_counts(quotes: pd.DataFrame) -> pd.Series:
    """Quotes per reporting-verb type (neutral, distancing ...), summed over the verbs of ``reporting_verbs_table``."""
    return reporting_verbs_table(quotes).groupby("cue_type")["n_quotes"].sum()


def anonymous_share(sources: pd.DataFrame) -> pd.Series:
    """Share of each article's sources that are anonymous (from ``sources``), rounded to two decimals."""
    return sources.groupby("article_id")["anonymous"].mean().rename("share anonymous").round(2)


@styled
def plot_reporting_verbs(quotes: pd.DataFrame) -> Figure:
    """Bars: reporting verbs by frequency, coloured by type -- neutral vs distancing and others (table: ``quotes``)."""
    table = reporting_verbs_table(quotes)
    fig, ax = new_figure(width=9, height=max(3.0, 0.35 * len(table) + 1.5))
    type_colors = dict(zip(CUE_TYPE_ORDER, PALETTE))
    ax.barh(range(len(table)), table["n_quotes"], color=[type_colors.get(t, PALETTE[-1]) for t in table["cue_type"]])
    ax.set_yticks(range(len(table)), table["cue_lemma"])
    ax.invert_yaxis()
    ax.set_xlabel("number of quotes")
    ax.set_title("Reporting verbs: how speech is introduced")
    handles = [ax.bar(0, 0, color=type_colors[t], label=t) for t in CUE_TYPE_ORDER if t in set(table["cue_type"])]
    if handles:
        ax.legend(loc="lower right", frameon=False)
    return fig
