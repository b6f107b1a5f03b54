"""The reader: every supported input becomes the same `lines` table; every bad input one clear InputError."""

import pandas as pd
import pytest

from analysis.read import InputError, read_input


def test_seed_has_149_paragraph_lines(seed_path):
    lines = read_input(seed_path)
    assert len(lines) == 149
    assert lines["line"].tolist() == list(range(1, 150))
    assert lines["doc"].unique().tolist() == [1]
    assert lines["needs_segmentation"].all()
    assert lines.loc[0, "text"].startswith("At least 16 people were killed")


def test_txt_blank_lines_crlf_bom_and_stray_whitespace(write):
    path = write("a.txt", b"\xef\xbb\xbf  First para.\r\n\r\n\tSecond\xc2\xa0 para.  \r\nThird.")
    lines = read_input(path)
    assert lines["text"].tolist() == ["First para.", "Second para.", "Third."]
    assert lines["line"].tolist() == [1, 3, 4]  # blank line 2 is not a paragraph; numbers match the file
    assert lines["source_line"].tolist() == [1, 3, 4]


def test_cp1252_curly_quotes_are_decoded(write):
    path = write("word.txt", "\u201cWe will,\u201d she said.\n".encode("cp1252"))
    assert read_input(path)["text"].tolist() == ["\u201cWe will,\u201d she said."]


def test_utf16_without_bom_is_named_as_such(write):
    path = write("u16.txt", "Plain words here.\n".encode("utf-16-le"))
    with pytest.raises(InputError, match="UTF-16 text without a byte-order mark"):
        read_input(path)


def test_utf16_with_bom(write):
    path = write("u16.txt", "One.\nTwo.\n".encode("utf-16"))
    assert read_input(path)["text"].tolist() == ["One.", "Two."]


def test_folder_of_txt_files_one_article_each(write):
    write("dir/b.txt", "B one.\nB two.\n")
    write("dir/a.txt", "A one.\n\nA two.\n")
    write("dir/notes.md", "ignored")
    lines = read_input(write("dir/c.txt", "").parent)
    assert lines["source"].tolist() == ["a.txt", "a.txt", "b.txt", "b.txt"]
    assert lines["doc"].tolist() == [1, 1, 2, 2]
    assert lines["source_line"].tolist() == [1, 3, 1, 2]
    assert lines["line"].is_unique and lines["line"].is_monotonic_increasing
    assert not lines["needs_segmentation"].any()
    assert lines.attrs["warnings"] == [f"{write('dir/c.txt', '')}: empty file skipped"]


def test_csv_with_text_and_metadata(write):
    path = write("t.csv", 'title,outlet,text\nT1,O1,"Para one.\nPara two."\nT2,O2,Only para.\n')
    lines = read_input(path)
    assert lines["text"].tolist() == ["Para one.", "Para two.", "Only para."]
    assert lines["doc"].tolist() == [1, 1, 2]
    assert lines["title"].tolist() == ["T1", "T1", "T2"]
    assert lines["outlet"].tolist() == ["O1", "O1", "O2"]
    assert lines["source_line"].tolist() == [1, 1, 2]


def test_jsonl_with_text(write):
    path = write("t.jsonl", '{"text": "A.\\nB.", "url": "u1"}\n\n{"text": "C."}\n')
    lines = read_input(path)
    assert lines["text"].tolist() == ["A.", "B.", "C."]
    assert lines["doc"].tolist() == [1, 1, 2]
    assert lines["url"].tolist() == ["u1", "u1", ""]


def test_table_row_without_text_is_reported_not_silently_dropped(write):
    path = write("t.jsonl", '{"text": "A."}\n{"text": ""}\n')
    lines = read_input(path)
    assert lines["text"].tolist() == ["A."]
    assert lines.attrs["warnings"] == [f"{path}: row 2 has no text and was skipped"]


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty.txt", "", "is empty"),
        ("blank.txt", "\n  \n\t\n", "is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file"),
        ("latin.txt", b"caf\xe9 \x81\x8d", "neither UTF-8 nor Windows-1252"),
        ("no_text.csv", "title,body\nA,B\n", "no 'text' column"),
        ("header_only.csv", "text\n", "has no rows"),
        ("bad.jsonl", '{"text": "A."}\n{"text": \n', "line 2 is not valid JSON"),
        ("list.jsonl", '["text"]\n', "not a JSON object"),
        ("ragged.csv", "text\nA,B\n", "more cells than the header"),
    ],
)
def test_bad_inputs_give_one_line_error_naming_the_file(write, name, content, message):
    path = write(name, content)
    with pytest.raises(InputError) as caught:
        read_input(path)
    text = str(caught.value)
    assert message in text
    assert str(path) in text
    assert "\n" not in text


def test_missing_path_and_empty_folder(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        read_input(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder has no .txt files"):
        read_input(tmp_path)


def test_reader_returns_a_fresh_table_each_time(seed_path):
    first, second = read_input(seed_path), read_input(seed_path)
    pd.testing.assert_frame_equal(first, second)


def test_a_single_pretty_printed_json_object_is_one_article(write):
    path = write("one.json", '{\n  "title": "T",\n  "text": "First.\\nSecond."\n}\n')
    lines = read_input(path)
    assert lines["text"].tolist() == ["First.", "Second."] and lines["title"].tolist() == ["T", "T"]


def test_text_that_is_not_a_string_is_named(write):
    path = write("list.json", '{"text": ["a", "b"]}')
    with pytest.raises(InputError, match="row 1 has a 'text' that is not a string"):
        read_input(path)
