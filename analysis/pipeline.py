"""The whole analysis as one call: input path in, a dict of tidy tables out.

Each step is a plain function of the tables before it (see the README's data dictionary for every column):

    read_input -> segment_articles -> extract_quotes -> summarise_sources
               -> key_terms, fit_topics, find_framing, keyness_table
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from analysis.paths import PROJECT_ROOT, SEED_FILE
from analysis.read import read_input

# The tables `python -m analysis analyze` writes, in this order, as <name>.csv.
TABLE_NAMES = [
    "paragraphs",
    "articles",
    "quotes",
    "sources",
    "quoted_phrases",
    "terms",
    "topics",
    "article_topics",
    "framing",
    "keyness",
]


def default_input() -> Path:
    """The input the notebooks analyse: $WORKBOOK_INPUT when set (a teacher's own articles), else the bundled seed.

    A relative path is taken from the current folder, or else from the project root (notebooks run inside
    notebooks/, while people usually name files from the project root).
    """
    chosen = os.environ.get("WORKBOOK_INPUT")
    if not chosen:
        return SEED_FILE
    path = Path(chosen)
    if not path.is_absolute() and not path.exists() and (PROJECT_ROOT / path).exists():
        return PROJECT_ROOT / path
    return path


def analyze(input_path=None) -> dict[str, pd.DataFrame]:
    """Run every step on `input_path` (default: the bundled seed) and return the tables by name.

    Besides the tables in TABLE_NAMES the dict holds ``lines`` (the reader's output), ``gaps`` (the segmenter's
    per-gap scores) and ``topic_quality`` (coherence and diversity per candidate number of topics).
    """
    from analysis.framing import find_framing
    from analysis.keyness import keyness_table
    from analysis.quotes import extract_quotes
    from analysis.segment import articles_table, score_gaps, segment_articles
    from analysis.sources import summarise_sources
    from analysis.terms import key_terms
    from analysis.topics import fit_topics

    lines = read_input(input_path if input_path is not None else SEED_FILE)
    paragraphs = segment_articles(lines)
    tables = {"lines": lines, "gaps": score_gaps(lines), "paragraphs": paragraphs}
    tables["terms"] = key_terms(paragraphs)
    tables["articles"] = articles_table(paragraphs, tables["terms"])
    tables["quotes"], tables["quoted_phrases"] = extract_quotes(paragraphs)
    tables["sources"] = summarise_sources(tables["quotes"])
    tables["topics"], tables["article_topics"], tables["topic_quality"] = fit_topics(paragraphs)
    tables["framing"] = find_framing(paragraphs, tables["quotes"], tables["quoted_phrases"])
    tables["keyness"] = pd.concat([keyness_table(paragraphs), keyness_table(paragraphs, outlet_groups(paragraphs))],
                                  ignore_index=True)
    return tables


def outlet_groups(paragraphs: pd.DataFrame) -> dict:
    """{article_id: "outlet NAME"} when the input names two or more outlets (a CSV/JSONL `outlet` column), so
    keyness also compares each outlet with the others; {} otherwise."""
    if "outlet" not in paragraphs:
        return {}
    outlets = paragraphs.groupby("article_id")["outlet"].first().fillna("").astype(str).str.strip()
    outlets = outlets[outlets != ""]
    if outlets.nunique() < 2:
        return {}
    return {int(article_id): f"outlet {name}" for article_id, name in outlets.items()}


def write_tables(tables: dict[str, pd.DataFrame], out_dir) -> list[Path]:
    """Write each table in TABLE_NAMES as CSV into `out_dir` (created if needed); return the paths written."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name in TABLE_NAMES:
        path = out_dir / f"{name}.csv"
        tables[name].to_csv(path, index=False, lineterminator="\n", float_format="%.6g")
        written.append(path)
    return written
