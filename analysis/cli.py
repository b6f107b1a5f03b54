"""Command line: ``python -m analysis analyze INPUT --out DIR`` writes every table as CSV.

Bad input ends with one line on stderr that names the file and what to do, and a non-zero exit status:
2 for a problem with the input or the output folder, 1 for an unexpected failure (run again with --debug to see
the traceback and report it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis.read import InputError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    analyze = commands.add_parser("analyze", help="analyse INPUT and write the tables as CSV into --out")
    analyze.add_argument("input", help=".txt file (articles one paragraph per line), folder of .txt files, "
                                       "or .csv/.jsonl/.json table with a 'text' column")
    analyze.add_argument("--out", required=True, help="folder to write the CSV tables into (created if needed)")
    analyze.add_argument("--debug", action="store_true", help="show the full traceback of an unexpected failure")
    bench = commands.add_parser("benchmark", help="time every step on the seed and on larger copies of it")
    bench.add_argument("--sizes", default="1,4,16", help="comma-separated copies of the seed to time (default 1,4,16)")
    bench.add_argument("--repeat", type=int, default=3, help="runs per size; the fastest is reported")
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "analyze":
            return _analyze(args)
        from analysis.benchmark import run_benchmark

        print(run_benchmark([int(s) for s in args.sizes.split(",")], repeat=args.repeat))
        return 0
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 -- the one place that turns any failure into one readable line
        if getattr(args, "debug", False):
            raise
        where = getattr(args, "input", "the input")
        print(f"error: {where}: unexpected failure ({type(error).__name__}: {error}); "
              "run again with --debug and report the traceback", file=sys.stderr)
        return 1


def _analyze(args) -> int:
    from analysis.pipeline import analyze, write_tables

    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder; choose another --out folder")
    try:  # before the analysis, so an unwritable folder is reported at once
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(f"{out}: cannot create the folder ({error.strerror}); choose another --out folder") from None
    tables = analyze(args.input)
    for warning in tables["lines"].attrs.get("warnings", []):
        print(f"warning: {warning}", file=sys.stderr)
    try:
        written = write_tables(tables, out)
    except OSError as error:
        raise InputError(f"{out}: cannot write the tables there ({error.strerror}); choose another --out folder") \
            from None
    counts = ", ".join(_plural(len(tables[name]), noun) for name, noun in
                       (("paragraphs", "paragraph"), ("articles", "article"), ("quotes", "quote")))
    print(f"{args.input}: {counts}; wrote {len(written)} tables to {out}")
    return 0


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
