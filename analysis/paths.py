"""Every folder the workbook reads or writes, derived from one root so no path is hard-coded twice."""

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
PACKAGE_DIR = PROJECT_ROOT / "analysis"
DATA_DIR = PACKAGE_DIR / "data"  # editable word lists: reporting verbs, role words, framing lexicon
# The one list of reporting verbs: the quote finder, the key-term stop list and the worksheet all read it.
REPORTING_VERBS_FILE = DATA_DIR / "reporting_verbs.csv"
SEEDS_DIR = PROJECT_ROOT / "seeds"
SEED_FILE = SEEDS_DIR / "000_f5a9a85a3431be64.txt"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
FIGURES_DIR = PROJECT_ROOT / "figures"
BUILD_DIR = PROJECT_ROOT / "build"  # executed notebooks, printable worksheets, annotated HTML (not committed)
TESTS_DIR = PROJECT_ROOT / "tests"
# Real, hand-annotated news used only for evaluation; it lives outside the repository and is never copied in.
DEFAULT_CORPORA_DIR = PROJECT_ROOT.parent / "shared" / "corpora"


def figures_dir_for(input_path=None) -> Path:
    """Where a notebook saves figures for `input_path`.

    The bundled seed's figures go to ``figures/`` (committed, rebuilt byte-identically); figures of any other input
    go to ``build/figures/<input name>/`` so running the notebooks on your own articles never overwrites them.
    The environment variable WORKBOOK_FIGURES_DIR overrides both (the test suite uses it to rebuild the figures into
    a temporary folder and compare them with the committed ones).
    """
    override = os.environ.get("WORKBOOK_FIGURES_DIR")
    if override:
        return Path(override)
    if input_path is None or Path(input_path).resolve() == SEED_FILE.resolve():
        return FIGURES_DIR
    return BUILD_DIR / "figures" / Path(input_path).stem
