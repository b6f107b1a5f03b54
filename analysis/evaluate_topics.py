"""Are the topics nameable on a real corpus? Score topic assignment against the BBC sample's five categories.

Usage::

    python -m analysis.evaluate_topics [--corpora DIR] [--method nmf|lda]

Reads ``bbc_sample.jsonl`` (422 BBC News articles, 2004-05, five categories; Greene & Cunningham's dataset) from
the corpora folder (default: ``paths.DEFAULT_CORPORA_DIR``), fits topics twice -- with the number of topics chosen
by coherence and diversity, and with five topics, the number of BBC categories -- and prints the top words of each
topic and two agreement scores between each article's main topic and its category:

* purity: the share of articles whose main topic's most common category is their own category (1 = perfect);
* NMI: normalised mutual information (scikit-learn), 0 = unrelated, 1 = the same partition.

The categories are a reference labelling, not the truth about what an article is about. The corpus text is read,
never copied. Exits with status 2 and a one-line message when the file is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd
from sklearn.metrics import normalized_mutual_info_score

from analysis.paths import DEFAULT_CORPORA_DIR
from analysis.topics import fit_topics

BBC_FILE = "bbc_sample.jsonl"


def bbc_paragraphs(path: Path) -> tuple[pd.DataFrame, pd.Series]:
    """paragraphs table (one row per BBC paragraph; article_id = order in the file) and article_id -> category."""
    rows, categories = [], {}
    line = 0
    with open(path, encoding="utf-8") as handle:
        for article_id, raw in enumerate((r for r in handle if r.strip()), start=1):
            record = json.loads(raw)
            categories[article_id] = record["category"]
            for text in record["paragraphs"]:
                line += 1
                rows.append((line, article_id, text.strip(), False, ""))
    paragraphs = pd.DataFrame(rows, columns=["line", "article_id", "text", "is_heading", "heading"])
    return paragraphs, pd.Series(categories, name="category")


def purity(labels_true, labels_pred) -> float:
    """Share of items whose cluster's majority reference label equals their own."""
    table = pd.crosstab(pd.Series(list(labels_pred), name="pred"), pd.Series(list(labels_true), name="true"))
    return float(table.max(axis=1).sum() / table.values.sum())


def evaluate(paragraphs: pd.DataFrame, categories: pd.Series, n_topics: int | None, method: str) -> dict:
    """Fit topics and score main-topic assignment against categories; returns a dict for printing."""
    topics, article_topics, quality = fit_topics(paragraphs, n_topics=n_topics, method=method)
    main = article_topics[article_topics["is_main"]].set_index("article_id")["topic_id"]
    true = categories.loc[main.index]
    crosstab = pd.crosstab(main.rename("topic_id"), true.rename("category"))
    return {
        "topics": topics, "quality": quality, "crosstab": crosstab,
        "purity": purity(true, main), "nmi": float(normalized_mutual_info_score(true, main)),
    }


def report(result: dict, title: str) -> str:
    lines = [f"## {title}", "", "candidates (n_topics, npmi, diversity, quality, chosen):"]
    for row in result["quality"].itertuples(index=False):
        lines.append(f"  {row.n_topics:>2}  npmi={row.npmi:+.3f}  diversity={row.diversity:.2f}  "
                     f"quality={row.quality:.3f}{'  <- chosen' if row.chosen else ''}")
    lines.append("")
    crosstab = result["crosstab"]
    for topic_id, group in result["topics"].groupby("topic_id", sort=True):
        majority = crosstab.loc[topic_id].idxmax() if topic_id in crosstab.index else "-"
        size = int(crosstab.loc[topic_id].sum()) if topic_id in crosstab.index else 0
        lines.append(f"  topic {topic_id} ({size} articles, mostly {majority}): " + ", ".join(group["term"]))
    lines += ["", f"purity = {result['purity']:.3f}   NMI = {result['nmi']:.3f}", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA_DIR, help="folder holding bbc_sample.jsonl")
    parser.add_argument("--method", choices=["nmf", "lda"], default="nmf")
    args = parser.parse_args(argv)
    path = Path(args.corpora) / BBC_FILE
    if not path.is_file():
        print(f"{path} not found: put the BBC sample ({BBC_FILE}, see shared/corpora/README.md) there "
              "or pass --corpora DIR.", file=sys.stderr)
        return 2
    paragraphs, categories = bbc_paragraphs(path)
    print(f"# Topics on the BBC sample: {categories.size} articles, {len(paragraphs)} paragraphs, "
          f"categories {dict(sorted(categories.value_counts().items()))}, method {args.method}\n")
    print(report(evaluate(paragraphs, categories, None, args.method), "number of topics chosen by NPMI x diversity"))
    print(report(evaluate(paragraphs, categories, 5, args.method), "five topics (the number of BBC categories)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
