"""Every notebook executes headless, redraws exactly the committed figures, and is committed with outputs cleared."""

import json

import pytest

from analysis.paths import FIGURES_DIR
from analysis.reproduce import execute_notebook, notebooks_in_order

NOTEBOOKS = notebooks_in_order()


def test_the_numbered_notebooks_are_there():
    assert [p.name[:2] for p in NOTEBOOKS] == ["01", "02", "03", "04", "05"]


@pytest.mark.parametrize("source", NOTEBOOKS, ids=lambda p: p.stem)
def test_source_notebook_is_clean(source):
    notebook = json.loads(source.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            assert cell.get("outputs", []) == [] and cell.get("execution_count") is None
            assert "sys.path" not in "".join(cell["source"])
    first = notebook["cells"][0]
    assert first["cell_type"] == "markdown"


@pytest.mark.parametrize("source", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_executes_and_redraws_the_committed_figures(source, tmp_path, monkeypatch):
    figures = tmp_path / "figures"
    monkeypatch.setenv("WORKBOOK_FIGURES_DIR", str(figures))
    monkeypatch.delenv("WORKBOOK_INPUT", raising=False)
    execute_notebook(source, tmp_path / source.name)
    prefix = source.name[:3]  # each notebook's figures are named after it: 01-..., 02-...
    made_names = sorted(p.name for p in figures.glob("*"))
    committed_names = sorted(p.name for p in FIGURES_DIR.glob(f"{prefix}*"))
    assert made_names == committed_names, "figures/ and what the notebook draws differ: run python3 tasks.py reproduce"
    # Every figure it saves is also shown to the reader, as a picture rather than "<Figure size ...>".
    executed = json.loads((tmp_path / source.name).read_text(encoding="utf-8"))
    n_images = sum("image/png" in output.get("data", {}) for cell in executed["cells"]
                   for output in cell.get("outputs", []))
    assert n_images >= len(list(figures.glob("*.png")))
    for made in sorted(figures.glob("*")):
        committed = FIGURES_DIR / made.name
        assert committed.exists(), f"{made.name} is not committed in figures/: run python3 tasks.py reproduce"
        assert committed.read_bytes() == made.read_bytes(), f"figures/{made.name} differs: re-run reproduce"
