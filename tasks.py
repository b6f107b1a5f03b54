#!/usr/bin/env python3
"""The workbook's commands, each doing its own set-up on a fresh machine that has only Python 3.

    python3 tasks.py test        # create .venv, install the pinned requirements, run the whole test suite
    python3 tasks.py reproduce   # ... then rebuild every table, figure, executed notebook and worksheet
    python3 tasks.py evaluate    # accuracy on the real corpora in ../shared/corpora (not in the repository)
    python3 tasks.py benchmark   # speed of every step

Set-up is skipped when .venv already matches requirements.txt and pyproject.toml. Only the Python standard library
is used here, so this file runs before anything is installed.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed-requirements"


def _requirements_digest() -> str:
    digest = hashlib.sha256()
    for name in ("requirements.txt", "pyproject.toml"):
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def setup() -> None:
    """Create .venv and install the exact pins, then the package itself (editable, so notebooks import it)."""
    if STAMP.exists() and STAMP.read_text() == _requirements_digest() and PYTHON.exists():
        return
    if not PYTHON.exists():
        print("setting up .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run(pip + ["-r", str(ROOT / "requirements.txt")], check=True)
    subprocess.run(pip + ["--no-deps", "--no-build-isolation", "-e", str(ROOT)], check=True)
    STAMP.write_text(_requirements_digest())


def run(*args: str, env: dict | None = None) -> int:
    return subprocess.run([str(PYTHON), *args], cwd=ROOT, env={**os.environ, **(env or {})}).returncode


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("task", choices=["setup", "test", "reproduce", "evaluate", "benchmark"])
    parser.add_argument("--input", help="reproduce: analyse this file or folder instead of the bundled seed")
    parser.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"),
                        help="evaluate: folder with the real corpora (default ../shared/corpora)")
    # Anything else on the command line goes to pytest (`python3 tasks.py test -k segment`).
    args, rest = parser.parse_known_args(argv)
    if rest and args.task != "test":
        parser.error(f"unrecognised arguments: {' '.join(rest)}")
    setup()
    if args.task == "setup":
        return 0
    if args.task == "test":
        return run("-m", "pytest", *rest)
    if args.task == "reproduce":
        extra = ["--input", args.input] if args.input else []
        return run("-m", "analysis.reproduce", *extra)
    if args.task == "evaluate":
        status = 0
        for module in ("analysis.evaluate_segmentation", "analysis.evaluate_quotes", "analysis.evaluate_topics"):
            print(f"\n## {module}\n", flush=True)
            status = max(status, run("-m", module, "--corpora", args.corpora))
        return status
    return run("-m", "analysis", "benchmark")


if __name__ == "__main__":
    sys.exit(main())
