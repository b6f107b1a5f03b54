"""The README is the map: its data dictionary documents every column the CLI writes, and CI runs its test command."""

import re

import pytest

from analysis.paths import PROJECT_ROOT
from analysis.pipeline import TABLE_NAMES, analyze

README = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def documented_columns() -> dict[str, list[str]]:
    """{table: [column, ...]} from the README's `### `name.csv`` subsections of the data dictionary."""
    section = README.split("## Data dictionary", 1)[1].split("\n## ", 1)[0]
    tables = {}
    for block in re.split(r"\n### ", section)[1:]:
        name = re.match(r"`(\w+)\.csv`", block)
        if name:
            tables[name.group(1)] = re.findall(r"^\| `(\w+)` \|", block, flags=re.M)
    return tables


@pytest.fixture(scope="module")
def seed_tables():
    return analyze()


# Carried from a CSV/JSONL input when it has them, so the seed's tables do not.
TABLE_INPUT_ONLY = {"title", "outlet", "date", "url"}


def test_every_written_column_is_documented_in_order_and_nothing_else(seed_tables):
    docs = documented_columns()
    for name in TABLE_NAMES:
        assert name in docs, f"README data dictionary has no section for {name}.csv"
        optional = TABLE_INPUT_ONLY if name == "paragraphs" else set()
        expected = [column for column in docs[name] if column not in optional]
        assert list(seed_tables[name].columns) == expected, f"{name}.csv columns differ from the README"


def test_readme_has_no_unfilled_placeholder():
    assert not re.findall(r"^[A-Z][A-Z_]{5,}$", README, flags=re.M)


def test_ci_runs_the_readme_test_command():
    assert "python3 tasks.py test" in README and "python3 tasks.py reproduce" in README
    assert "python3 tasks.py test" in (PROJECT_ROOT / ".ci" / "run").read_text(encoding="utf-8")
