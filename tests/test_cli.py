"""The command line: `python -m analysis analyze INPUT --out DIR` writes the contract tables; bad input exits non-zero
with one line that names the file."""

import subprocess
import sys

import pandas as pd
import pytest

from analysis.pipeline import TABLE_NAMES

# The columns each table promises other tools (the issues' contract); more columns may follow them.
CONTRACT = {
    "paragraphs": ["line", "article_id", "text", "is_heading", "heading"],
    "articles": ["article_id", "first_line", "last_line", "n_paragraphs", "n_words", "title"],
    "quotes": ["quote_id", "article_id", "line", "kind", "text", "speaker", "speaker_name", "role", "source_type",
               "anonymous", "cue", "char_start", "char_end"],
    "sources": ["article_id", "speaker_name", "role", "source_type", "anonymous", "n_quotes", "n_words_quoted",
                "evidence"],
    "quoted_phrases": ["article_id", "line", "text", "reason"],
    "terms": ["article_id", "term", "tfidf", "count", "rank"],
    "topics": ["topic_id", "term", "weight", "rank"],
    "article_topics": ["article_id", "topic_id", "weight"],
    "framing": ["article_id", "line", "category", "term", "match", "char_start", "voice"],
    "keyness": ["group", "term", "count_group", "count_rest", "log_odds_z", "g2", "log_ratio"],
}


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "analysis", *map(str, args)], capture_output=True, text=True,
                          timeout=300)


@pytest.fixture(scope="module")
def seed_tables(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    from analysis.paths import SEED_FILE

    result = run_cli("analyze", SEED_FILE, "--out", out)
    assert result.returncode == 0, result.stderr
    return out, result


def test_analyze_seed_writes_every_table_with_its_contract_columns(seed_tables):
    out, _ = seed_tables
    assert sorted(p.stem for p in out.glob("*.csv")) == sorted(TABLE_NAMES)
    for name, columns in CONTRACT.items():
        table = pd.read_csv(out / f"{name}.csv")
        assert list(table.columns[: len(columns)]) == columns, name


def test_analyze_seed_finds_eight_articles_and_keeps_every_line(seed_tables):
    out, result = seed_tables
    articles = pd.read_csv(out / "articles.csv")
    paragraphs = pd.read_csv(out / "paragraphs.csv")
    assert articles["article_id"].tolist() == list(range(1, 9))
    assert articles["first_line"].tolist() == [1, 4, 28, 70, 76, 80, 97, 106]
    assert paragraphs["line"].tolist() == list(range(1, 150))
    assert "8 articles" in result.stdout


def test_every_row_traces_to_an_article_and_a_line(seed_tables):
    out, _ = seed_tables
    paragraphs = pd.read_csv(out / "paragraphs.csv")
    known = set(zip(paragraphs["article_id"], paragraphs["line"]))
    for name in ("quotes", "quoted_phrases", "framing"):
        table = pd.read_csv(out / f"{name}.csv")
        assert len(table) > 0, name
        assert set(zip(table["article_id"], table["line"])) <= known, name


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.txt", "", "is empty"),
        ("data.bin", b"\x00\x01\x02\x03" * 50, "looks like a binary file"),
        ("no_text.csv", "title\nA\n", "no 'text' column"),
        ("bad.txt", b"\xe9\x81\x8d\x90", "neither UTF-8 nor Windows-1252"),
    ],
)
def test_bad_input_exits_2_with_one_line(write, tmp_path, name, content, message):
    path = write(name, content)
    result = run_cli("analyze", path, "--out", tmp_path / "out")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr and str(path) in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_input_and_out_that_is_a_file(write, tmp_path):
    result = run_cli("analyze", tmp_path / "missing.txt", "--out", tmp_path / "out")
    assert result.returncode == 2 and "no such file or folder" in result.stderr
    good = write("ok.txt", "One paragraph.\n")
    blocker = write("out_file", "x")
    result = run_cli("analyze", good, "--out", blocker)
    assert result.returncode == 2 and "is not a folder" in result.stderr


def test_analyze_a_folder_and_a_jsonl_table(write, tmp_path):
    write("arts/a.txt", "Alpha said the plan works.\nA second paragraph.\n")
    folder = write("arts/b.txt", "Beta story here.\n").parent
    result = run_cli("analyze", folder, "--out", tmp_path / "o1")
    assert result.returncode == 0, result.stderr
    assert pd.read_csv(tmp_path / "o1" / "articles.csv")["n_paragraphs"].tolist() == [2, 1]
    table = write("t.jsonl", '{"text": "One.\\nTwo.", "outlet": "X"}\n{"text": "Three.", "outlet": "Y"}\n')
    result = run_cli("analyze", table, "--out", tmp_path / "o2")
    assert result.returncode == 0, result.stderr
    paragraphs = pd.read_csv(tmp_path / "o2" / "paragraphs.csv")
    assert paragraphs["article_id"].tolist() == [1, 1, 2]
    assert paragraphs["outlet"].tolist() == ["X", "X", "Y"]
    # Two outlets: keyness compares each outlet with the other too, not only each article.
    groups = set(pd.read_csv(tmp_path / "o2" / "keyness.csv")["group"])
    assert groups <= {"article 1", "article 2", "outlet X", "outlet Y"}
