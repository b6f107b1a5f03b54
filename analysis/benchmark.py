"""Speed of every pipeline step on the seed and on larger inputs made of copies of it.

Run ``python -m analysis benchmark`` (or ``python3 tasks.py benchmark``); the fastest of --repeat runs is reported
so a busy machine inflates the numbers less. This measures, it asserts nothing: speed is never a test.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from analysis.paths import SEED_FILE

STEPS = ["read", "segment", "quotes", "sources", "terms", "topics", "framing", "keyness"]


def time_steps(path) -> dict[str, float]:
    """Seconds each step takes on the file at `path`, in pipeline order."""
    from analysis.framing import find_framing
    from analysis.keyness import keyness_table
    from analysis.quotes import extract_quotes
    from analysis.read import read_input
    from analysis.segment import segment_articles
    from analysis.sources import summarise_sources
    from analysis.terms import key_terms
    from analysis.topics import fit_topics

    seconds, state = {}, {}

    def timed(name, function):
        start = time.perf_counter()
        result = function()
        seconds[name] = time.perf_counter() - start
        return result

    state["lines"] = timed("read", lambda: read_input(path))
    paragraphs = timed("segment", lambda: segment_articles(state["lines"]))
    quotes, phrases = timed("quotes", lambda: extract_quotes(paragraphs))
    timed("sources", lambda: summarise_sources(quotes))
    timed("terms", lambda: key_terms(paragraphs))
    timed("topics", lambda: fit_topics(paragraphs))
    timed("framing", lambda: find_framing(paragraphs, quotes, phrases))
    timed("keyness", lambda: keyness_table(paragraphs))
    seconds["n_paragraphs"] = len(paragraphs)
    return seconds


def run_benchmark(sizes=(1, 4, 16), repeat: int = 3) -> str:
    """A markdown table: one row per input size, seconds per step (best of `repeat`) and paragraphs per second."""
    seed = SEED_FILE.read_text(encoding="utf-8").rstrip("\n")
    header = "| copies of seed | paragraphs | " + " | ".join(STEPS) + " | total s | paragraphs/s |"
    rows = [header, "|" + "---|" * (len(STEPS) + 4)]
    with tempfile.TemporaryDirectory() as tmp:
        for copies in sizes:
            path = Path(tmp) / f"seed_x{copies}.txt"
            path.write_text("\n".join([seed] * copies) + "\n", encoding="utf-8")
            runs = [time_steps(path) for _ in range(max(1, repeat))]
            best = {step: min(run[step] for run in runs) for step in STEPS}
            total = sum(best.values())
            n_paragraphs = runs[0]["n_paragraphs"]
            cells = " | ".join(f"{best[step]:.3f}" for step in STEPS)
            rows.append(f"| {copies} | {n_paragraphs} | {cells} | {total:.2f} | {n_paragraphs / total:.0f} |")
    return "\n".join(rows)
