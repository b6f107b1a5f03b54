"""Annotated article pages and classroom material: escaping, span nesting, legend, deterministic bytes, and the
worksheet/answer key split -- all on hand-made tables and a tiny hand-made notebook, so this file runs in seconds."""

import html
import re

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from analysis.report import (
    WORKSHEET_NOTEBOOK,
    ArticleView,
    Span,
    annotate_text,
    article_file_name,
    build_classroom_material,
    render_article_html,
    write_article_pages,
)

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
PARAGRAPH_2 = 'The mayor said "we will fight this attack" on Monday & left.'
PARAGRAPH_3 = "Officials, who asked not to be named, said the plan was a disaster " + SCRIPT


def tiny_tables():
    paragraphs = pd.DataFrame({
        "line": [1, 2, 3, 4, 5, 6],
        "text": ["Council " + IMG, PARAGRAPH_2, PARAGRAPH_3, "Next " + SCRIPT, 'A "so-called" expert.',
                 "Second article text."],
        "article_id": [1, 1, 1, 1, 1, 2],
        "is_heading": [True, False, False, True, False, False],
        "heading": ["", "", "", "", "Glued " + IMG, ""],
    })
    start = PARAGRAPH_2.index("we will")
    quotes = pd.DataFrame({
        "quote_id": [1, 2], "article_id": [1, 1], "line": [2, 3], "kind": ["direct", "indirect"],
        "text": ["we will fight this attack", "the plan was a disaster"],
        "speaker": ["The mayor", "Officials"], "speaker_name": ["Mayor " + IMG, "officials"],
        "role": ["mayor", "official"], "source_type": ["official", "expert"], "anonymous": [False, True],
        "cue": ["said", "said"],
        "char_start": [start, PARAGRAPH_3.index("the plan")],
        "char_end": [start + len("we will fight this attack"), PARAGRAPH_3.index("disaster") + len("disaster")],
    })
    # "fight this" lies inside the quote; "attack" on Monday crosses the quote's end; "disaster" ends with it.
    framing = pd.DataFrame({
        "article_id": [1, 1, 1], "line": [2, 2, 3],
        "category": ["conflict_threat", "conflict_threat", "morality_values"],
        "term": ["fight", "attack", "disaster"], "match": ["fight this", 'attack" on', "disaster"],
        "char_start": [PARAGRAPH_2.index("fight"), PARAGRAPH_2.index("attack"), PARAGRAPH_3.index("disaster")],
        "char_end": [PARAGRAPH_2.index("fight") + 10, PARAGRAPH_2.index("attack") + 10,
                     PARAGRAPH_3.index("disaster") + 8],
        "voice": ["quoted", "author", "quoted"],
    })
    phrases = pd.DataFrame({"article_id": [1], "line": [5], "text": ["so-called"], "reason": ["scare"],
                            "char_start": [3], "char_end": [12]})
    articles = pd.DataFrame({"article_id": [1, 2], "title": ["Council " + SCRIPT, "Second"]})
    sources = pd.DataFrame({"article_id": [1, 1], "speaker_name": ["Mayor " + IMG, "officials"]})
    return {"paragraphs": paragraphs, "quotes": quotes, "framing": framing, "quoted_phrases": phrases,
            "articles": articles, "sources": sources}


def visible_text(fragment: str) -> str:
    """What a reader sees of the article text: added labels and tags removed, entities decoded."""
    without_labels = re.sub(r'<sup class="mw-label[^"]*">.*?</sup>', "", fragment)
    return html.unescape(re.sub(r"<[^>]+>", "", without_labels))


def paragraph_html(page: str, line: int) -> str:
    return re.search(rf'<div class="mw-par" data-line="{line}">.*?<p class="mw-text">(.*?)</p></div>', page).group(1)


def test_input_text_is_escaped_everywhere():
    page = render_article_html(tiny_tables(), 1)
    assert "<script>" not in page and "<img" not in page
    assert page.count(html.escape(SCRIPT)) == 3  # title, paragraph 3, heading line 4
    assert page.count(html.escape(IMG, quote=True)) >= 3  # heading line 1, glued heading, speaker label + tooltip
    assert f'<sup class="mw-label">Mayor {html.escape(IMG)}</sup>' in page


@pytest.mark.parametrize("line, text", [(2, PARAGRAPH_2), (3, PARAGRAPH_3)])
def test_overlapping_spans_keep_every_character_once(line, text):
    page = render_article_html(tiny_tables(), 1)
    fragment = paragraph_html(page, line)
    assert visible_text(fragment) == text
    assert fragment.count("<span") == fragment.count("</span>")


@pytest.mark.parametrize("spans, expected", [
    ([], "abcdef"),
    ([Span(1, 4, "quote", "q", "", "t")], 'a<span class="q" title="t">bcd</span>ef'),
    # a framing word inside a quote nests inside it; the quote is not split
    ([Span(0, 6, "quote", "q", "", "t"), Span(2, 3, "framing", "f", "", "t")],
     '<span class="q" title="t">ab<span class="f" title="t">c</span>def</span>'),
    # a framing word crossing the quote's end is split at the edge, the label follows the quote
    ([Span(0, 3, "quote", "q", "", "t", label="X"), Span(2, 5, "framing", "f", "", "t")],
     '<span class="q" title="t">ab<span class="f" title="t">c</span></span><sup class="mw-label">X</sup>'
     '<span class="f" title="t">de</span>f'),
])
def test_annotate_text_nests_spans(spans, expected):
    assert annotate_text("abcdef", spans) == expected


def test_out_of_range_and_missing_offsets_are_ignored():
    spans = [Span(0, 0, "quote", "q", "", "t")]
    assert annotate_text("abc", spans) == "abc"
    tables = tiny_tables()
    tables["quotes"].loc[0, "char_end"] = None
    tables["framing"].loc[2, "char_end"] = 10_000
    page = render_article_html(tables, 1)
    assert visible_text(paragraph_html(page, 2)) == PARAGRAPH_2
    assert visible_text(paragraph_html(page, 3)) == PARAGRAPH_3


def test_legend_headings_line_numbers_and_anonymous_mark():
    page = render_article_html(tiny_tables(), 1)
    assert 'class="mw-legend"' in page and "official" in page and "expert" in page
    assert "conflict_threat" in page and "morality_values" in page
    assert '<h3 class="mw-text">Next ' in page and f"Glued {html.escape(IMG)}" in page
    assert all(f'title="input line {n}">{n}</span>' in page for n in (1, 2, 3, 4, 5))
    assert "mw-anonymous" in page and "officials · anonymous</sup>" in page
    assert "mw-indirect" in page
    assert 'title="morality_values · quoted voice · term: disaster"' in page


def test_plain_view_has_text_but_no_marks():
    page = render_article_html(tiny_tables(), 1, annotated=False)
    assert "<span class=\"mw-quote" not in page and "class=\"mw-legend" not in page
    assert visible_text(paragraph_html(page, 2)) == PARAGRAPH_2


def test_article_view_shows_inline_and_as_text():
    view = ArticleView(tiny_tables(), 1)
    assert view._repr_html_().startswith("<style>")
    assert "   2  The mayor said" in repr(view)


def test_missing_tables_and_unknown_article():
    tables = {"paragraphs": tiny_tables()["paragraphs"]}
    assert "no quotes found" in render_article_html(tables, 1)
    with pytest.raises(KeyError):
        render_article_html(tables, 99)


def test_article_pages_are_deterministic(tmp_path):
    first = write_article_pages(tiny_tables(), tmp_path / "a")
    second = write_article_pages(tiny_tables(), tmp_path / "b")
    assert [p.name for p in first] == ["article_01.html", "article_02.html", "index.html"]
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    page = first[0].read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page and "http" not in page
    assert 'href="article_02.html"' in first[2].read_text(encoding="utf-8")
    assert article_file_name(7, 120) == "article_007.html"


def tiny_worksheet(folder):
    """An 'executed' worksheet: a task, a student box, and an answer cell with output."""
    answer = new_code_cell("print(42)", metadata={"tags": ["answer"]}, execution_count=1,
                           outputs=[new_output("stream", name="stdout", text="THE-ANSWER-IS-42\n")])
    notebook = new_notebook(cells=[
        new_markdown_cell("# Worksheet\n\nCount the sources."),
        new_markdown_cell("**Your answer:** STUDENT-BOX", metadata={"tags": ["student"]}),
        new_markdown_cell("Teacher note: TEACHER-NOTE", metadata={"tags": ["answer"]}),
        answer,
        new_code_cell("secret_code = 1", execution_count=2),
    ])
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, folder / WORKSHEET_NOTEBOOK)


def test_build_classroom_material_splits_worksheet_and_answer_key(tmp_path):
    tiny_worksheet(tmp_path / "notebooks")
    written = build_classroom_material(tiny_tables(), tmp_path / "out", tmp_path / "notebooks")
    names = [p.relative_to(tmp_path / "out").as_posix() for p in written]
    assert names == ["worksheet.html", "answer_key.html", "articles/article_01.html", "articles/article_02.html",
                     "articles/index.html"]
    worksheet = (tmp_path / "out" / "worksheet.html").read_text(encoding="utf-8")
    key = (tmp_path / "out" / "answer_key.html").read_text(encoding="utf-8")
    assert "Count the sources." in worksheet and "STUDENT-BOX" in worksheet
    assert "THE-ANSWER-IS-42" not in worksheet and "TEACHER-NOTE" not in worksheet
    assert "THE-ANSWER-IS-42" in key and "TEACHER-NOTE" in key and "STUDENT-BOX" not in key
    for page in (worksheet, key):
        assert "secret_code" not in page  # code is hidden in print
        assert not re.search(r'<(script|link)[^>]+(src|href)="https?:', page)  # nothing fetched from the web
    again = build_classroom_material(tiny_tables(), tmp_path / "again", tmp_path / "notebooks")
    assert [p.read_bytes() for p in written] == [p.read_bytes() for p in again]


def test_build_classroom_material_says_what_to_do_without_the_notebook(tmp_path):
    with pytest.raises(FileNotFoundError, match="reproduce"):
        build_classroom_material(tiny_tables(), tmp_path / "out", tmp_path)
