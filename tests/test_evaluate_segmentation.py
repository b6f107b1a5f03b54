"""Segmentation metrics on tiny hand-made boundary sequences, file building, and the command line."""

import json

import pytest

from analysis.evaluate_segmentation import (
    BBC_FILE,
    POLNEAR_TEST_FILE,
    POLNEAR_TUNE_FILE,
    boundaries_to_string,
    main,
    make_files,
    predict_texttiling,
    segmentation_scores,
    window_size,
)

GOLD = [0, 0, 1, 0, 0]  # six paragraphs, one boundary after the third: k = round(6 / 2 / 2) = 2


@pytest.mark.parametrize(
    "predicted, pk, windowdiff, f1",
    [
        ([0, 0, 1, 0, 0], 0.0, 0.0, 1.0),  # perfect
        ([0, 0, 0, 0, 0], 0.5, 0.5, 0.0),  # missed: windows [1:3] and [2:4] of 4 disagree
        ([0, 1, 0, 0, 0], 0.5, 0.5, 0.0),  # one paragraph early: exact F1 gives no credit
        ([1, 0, 1, 0, 0], 0.25, 0.25, 2 / 3),  # one extra: P = 1/2, R = 1
    ],
)
def test_scores_by_hand(predicted, pk, windowdiff, f1):
    scores = segmentation_scores(GOLD, predicted)
    assert scores["pk"] == pytest.approx(pk)
    assert scores["windowdiff"] == pytest.approx(windowdiff)
    assert scores["f1"] == pytest.approx(f1)


@pytest.mark.parametrize(
    "gold, k",
    [([0, 0, 1, 0, 0], 2), ([1, 1, 1], 1), ([0] * 9, 5), ([0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0], 2)],
)
def test_window_size(gold, k):
    assert window_size(gold) == k


def test_boundaries_to_string():
    assert boundaries_to_string([False, True, False]) == "010"


def test_make_files_is_seeded_and_marks_article_ends():
    articles = [[f"a{i}p{j}" for j in range(i % 3 + 1)] for i in range(20)]
    files = make_files(articles, n_files=3, seed=7)
    assert files == make_files(articles, n_files=3, seed=7)
    for paragraphs, gold in files:
        assert len(gold) == len(paragraphs) - 1
        # a boundary sits exactly where the article label in the paragraph changes
        labels = [p.split("p")[0] for p in paragraphs]
        assert gold == [a != b for a, b in zip(labels, labels[1:])]
        assert 8 <= sum(gold) + 1 <= 12


def test_texttiling_on_a_tiny_text_gives_no_boundary():
    assert predict_texttiling(["One short paragraph.", "Another one."]) == [False]


def test_missing_corpora_message(tmp_path, capsys):
    assert main(["--corpora", str(tmp_path / "nowhere")]) == 2
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    assert "nowhere" in out[0] and BBC_FILE in out[0]


def _fake_article(i: int) -> list[str]:
    # made-up text, one distinctive word per article so segmentation is easy
    word = f"topic{chr(97 + i % 26)}{chr(97 + i // 26)}"
    return [f"The {word} story begins with the {word} council meeting on Monday.",
            f"Officials said the {word} plan would cost more than expected.",
            f"The {word} vote is due next week, the council said."]


def test_command_prints_a_markdown_table(tmp_path, capsys):
    bbc = [{"id": f"fake-{i:03d}", "category": "x", "title": f"Title {i}", "paragraphs": _fake_article(i)}
           for i in range(40)]
    (tmp_path / BBC_FILE).write_text("\n".join(json.dumps(r) for r in bbc), encoding="utf-8")
    for name, offset in ((POLNEAR_TUNE_FILE, 100), (POLNEAR_TEST_FILE, 200)):
        rows = [{"doc_id": f"d{i}", "text": "Title\n\n" + "\n\n".join(_fake_article(offset + i))} for i in range(15)]
        rows += rows[:3]  # a second annotator of the same docs: deduplicated
        (tmp_path / name).write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert main(["--corpora", str(tmp_path), "--n-files", "1"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[0].startswith("| corpus (held-out) | method |")
    assert len(out) == 2 + 4  # header, rule, 2 corpora x 2 methods
