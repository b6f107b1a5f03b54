"""Rebuild everything the workbook shows from its input: tables, executed notebooks, figures and worksheets.

``python -m analysis.reproduce`` (what ``python3 tasks.py reproduce`` runs) analyses the bundled seed, writes its
tables to ``build/tables/``, executes every notebook in ``notebooks/`` in order into ``build/notebooks/`` (the
source notebooks stay with outputs cleared) and so rewrites ``figures/``. A second run writes the same bytes.
With ``--input PATH`` the notebooks analyse PATH instead and write figures to ``build/figures/<name>/``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from analysis.paths import BUILD_DIR, NOTEBOOKS_DIR, figures_dir_for

# Widget views carry random model ids; executed copies keep only their static fallback so re-runs are identical.
_WIDGET_MIME = "application/vnd.jupyter.widget-view+json"


def execute_notebook(source: Path, target: Path, timeout: int = 600) -> None:
    """Execute `source` headless with the notebooks folder as working directory and write the result to `target`."""
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.read(source, as_version=4)
    client = NotebookClient(notebook, timeout=timeout, kernel_name="python3", record_timing=False,
                            store_widget_state=False, resources={"metadata": {"path": str(source.parent)}})
    client.execute()
    scrub_outputs(notebook)
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, target)


def scrub_outputs(notebook) -> None:
    """Drop what differs between identical runs: widget model ids and widget state."""
    notebook.metadata.pop("widgets", None)
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            data = output.get("data")
            if data and _WIDGET_MIME in data:
                del data[_WIDGET_MIME]


def notebooks_in_order(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The numbered notebooks (``01-...ipynb`` ...) in the order they are meant to be read."""
    return sorted(folder.glob("[0-9][0-9]-*.ipynb"))


def reproduce(input_path=None, build_dir: Path = BUILD_DIR) -> list[Path]:
    """Rebuild tables, executed notebooks, figures and classroom material; return what was written."""
    from analysis.pipeline import analyze, write_tables

    # One input for everything: the notebooks read $WORKBOOK_INPUT, so the tables and pages below must use it too.
    input_path = input_path or os.environ.get("WORKBOOK_INPUT") or None
    if input_path is not None:
        os.environ["WORKBOOK_INPUT"] = str(Path(input_path).resolve())
    name = Path(input_path).stem if input_path is not None else "seed"
    tables = analyze(input_path)
    written = write_tables(tables, build_dir / "tables" / name)
    for source in notebooks_in_order():
        target = build_dir / "notebooks" / source.name
        print(f"executing {source.name} ...", flush=True)
        execute_notebook(source, target)
        written.append(target)
    from analysis.report import build_classroom_material

    written.extend(build_classroom_material(tables, build_dir / "classroom" / name, build_dir / "notebooks"))
    return written


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", help="analyse this file or folder instead of the bundled seed")
    args = parser.parse_args(argv)
    written = reproduce(args.input)
    print(f"wrote {len(written)} files under {BUILD_DIR}; figures in {figures_dir_for(args.input)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
