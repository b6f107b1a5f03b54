"""One style, one palette and one save helper for every figure in the workbook.

Figures are built with ``matplotlib.figure.Figure`` directly (not pyplot), so library code keeps no global figure
state and never calls ``plt.show()``; a notebook displays a returned Figure as its cell output.
"""

from __future__ import annotations

import functools
from pathlib import Path

import matplotlib
from matplotlib.figure import Figure

# Okabe & Ito (2008): eight colours told apart by people with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
GREY = "#999999"

SOURCE_TYPE_COLORS = {
    "official": "#0072B2",
    "expert": "#E69F00",
    "business": "#009E73",
    "civil_society": "#CC79A7",
    "citizen": "#56B4E9",
    "media": "#D55E00",
    "document": "#F0E442",
    "unknown": GREY,
}

# Framing categories (analysis/data/framing_lexicon.csv). Ten categories exceed Okabe-Ito's eight hues, so the two
# categories about *how* something is said (certainty, hedges) take wine and green from Paul Tol's colour-blind-safe
# "muted" scheme; every use also carries the category's name as a label or tooltip, so colour is never the only cue.
CATEGORY_COLORS = {
    "conflict_threat": "#D55E00",
    "cooperation_harmony": "#009E73",
    "development_progress": "#56B4E9",
    "security": "#0072B2",
    "economy": "#E69F00",
    "human_interest_emotion": "#CC79A7",
    "morality_values": "#F0E442",
    "delegitimising_blame": "#000000",
    "certainty_intensifiers": "#882255",
    "hedges_distance": "#117733",
    "scare_quotes": GREY,
}

VOICE_COLORS = {"author": "#0072B2", "quoted": "#E69F00"}

# Large type for a projector at the back of a classroom; fixed DejaVu Sans (ships with matplotlib) so a re-run on
# another machine draws the same pixels.
STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 12,
    "axes.titlesize": 14,
    "axes.labelsize": 12,
    "xtick.labelsize": 11,
    "ytick.labelsize": 11,
    "legend.fontsize": 11,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "image.cmap": "viridis",
}


def styled(plot_function):
    """Decorator: draw the figure inside the shared style, so no figure function repeats styling boilerplate."""

    @functools.wraps(plot_function)
    def wrapper(*args, **kwargs):
        with matplotlib.rc_context(STYLE):
            return plot_function(*args, **kwargs)

    return wrapper


def new_figure(width: float = 8.0, height: float = 5.0, **subplot_kw) -> tuple[Figure, object]:
    """A Figure with one Axes (or a grid with nrows=/ncols=), laid out with constrained layout."""
    nrows = subplot_kw.pop("nrows", 1)
    ncols = subplot_kw.pop("ncols", 1)
    fig = Figure(figsize=(width, height), layout="constrained")
    axes = fig.subplots(nrows=nrows, ncols=ncols, squeeze=True, **subplot_kw)
    return fig, axes


def save_figure(fig: Figure, table, name: str, folder) -> Path:
    """Write ``name.png`` and ``name.csv`` (the table the figure was drawn from) into `folder`; return the PNG path.

    Both are byte-identical on a re-run: PNG metadata carries no date or software version, the CSV has fixed
    float formatting and Unix line endings.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    png = folder / f"{name}.png"
    with matplotlib.rc_context(STYLE):
        fig.savefig(png, format="png", metadata={"Software": None})
    if table is not None:
        table.to_csv(folder / f"{name}.csv", index=False, lineterminator="\n", float_format="%.6g")
    return png
