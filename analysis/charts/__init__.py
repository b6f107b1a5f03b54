"""Figures: one function per figure, each taking a tidy table and returning a matplotlib Figure.

Shared here: the colour-blind-safe palette, the style every figure uses, and the helper that saves a figure next to
the CSV of the table behind it. Figure functions live in one module per pipeline step (segments, sources, terms,
framing) and are re-exported below.
"""

from analysis.charts.style import (
    CATEGORY_COLORS,
    PALETTE,
    SOURCE_TYPE_COLORS,
    STYLE,
    VOICE_COLORS,
    new_figure,
    save_figure,
    styled,
)

__all__ = [
    "CATEGORY_COLORS",
    "PALETTE",
    "SOURCE_TYPE_COLORS",
    "STYLE",
    "VOICE_COLORS",
    "new_figure",
    "save_figure",
    "styled",
]
