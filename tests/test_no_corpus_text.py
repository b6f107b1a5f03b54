"""The real corpora are research-use data owned by their publishers: none of their text may enter the repository.

Every tracked text file is scanned for any run of eight words that also occurs in a corpus text. Skipped when the
corpora are not on this machine (the rest of the suite never needs them).
"""

import json
import re
import subprocess

import pytest

from analysis.paths import DEFAULT_CORPORA_DIR, PROJECT_ROOT

WORD = re.compile(r"[A-Za-z0-9']+")
N_WORDS = 8


def shingles(text: str) -> set[str]:
    words = [w.lower() for w in WORD.findall(text)]
    return {" ".join(words[i:i + N_WORDS]) for i in range(len(words) - N_WORDS + 1)}


def test_shingles_are_eight_word_runs():
    assert shingles("one two three four five six seven eight nine") == {
        "one two three four five six seven eight", "two three four five six seven eight nine"}


def test_no_eight_words_of_any_corpus_text_in_a_tracked_file():
    corpora = sorted(DEFAULT_CORPORA_DIR.glob("*.jsonl"))
    if not corpora:
        pytest.skip(f"corpora not found in {DEFAULT_CORPORA_DIR}")
    corpus = set()
    for path in corpora:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            corpus |= shingles(record.get("text") or "\n".join(record.get("paragraphs", [])))
    tracked = subprocess.run(["git", "ls-files"], cwd=PROJECT_ROOT, capture_output=True, text=True).stdout.split()
    hits = []
    for name in tracked:
        path = PROJECT_ROOT / name
        if path.suffix == ".png" or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        hits += [f"{name}:{number}" for number, line in enumerate(text.splitlines(), 1) if shingles(line) & corpus]
    assert hits == []
