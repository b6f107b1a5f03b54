"""Read news text from any of the supported inputs into one tidy `lines` table.

Supported inputs
- a ``.txt`` file of concatenated articles, one paragraph per line (the bundled seed): one document that the
  segmenter splits into articles;
- a folder of ``.txt`` files, one article per file (sorted by file name): no segmentation needed;
- a ``.csv``, ``.jsonl`` or ``.json`` table with a ``text`` column, one article per row (optional ``title``,
  ``outlet``, ``date``, ``url`` columns are carried through); a row's text may hold several paragraphs, one per line.

Every problem with the input raises :class:`InputError` whose message is one line naming the file and saying what
to do; the CLI prints it and exits non-zero.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pandas as pd

TABLE_SUFFIXES = {".csv", ".jsonl", ".json", ".ndjson"}
METADATA_COLUMNS = ("title", "outlet", "date", "url")
LINES_COLUMNS = ["line", "text", "doc", "source", "source_line", "needs_segmentation"]

# A byte-order mark tells us the encoding outright; checked before the NUL-byte test because UTF-16 text has NULs.
_BOMS = [(b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")]
# Any line ending (Windows, old Mac, Unix); str.splitlines() would also split on form feeds and U+2028.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Tabs, non-breaking and other odd spaces inside a line are folded into one plain space.
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Control characters other than tab/newline are the mark of a binary file (or badly damaged text).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


class InputError(ValueError):
    """A problem with the user's input, explained in one line that names the file and what to do."""


def read_input(path) -> pd.DataFrame:
    """Read a file or folder into the `lines` table.

    Returns one row per non-blank input line, in input order, with columns
    ``line`` (1-based, unique; for a single .txt file it is the line number in that file), ``text`` (the line with
    surrounding whitespace stripped and inner runs of whitespace folded to one space), ``doc`` (1-based input
    document), ``source`` (file name), ``source_line`` (line number in that file, or the record number in a table),
    ``needs_segmentation`` (True for a .txt of concatenated articles) and, for tables, any of
    ``title``, ``outlet``, ``date``, ``url``. Blank lines carry no text and are not rows; their numbers are skipped.
    Notes about the input (e.g. skipped empty rows) are listed in ``table.attrs["warnings"]``.
    """
    if path is None:
        raise InputError("no input given: pass a .txt file, a folder of .txt files, or a .csv/.jsonl/.json table")
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or folder; check the path (try the bundled seeds/ folder)")
    if path.is_dir():
        return _read_folder(path)
    if path.suffix.lower() in TABLE_SUFFIXES:
        return _read_table(path)
    return _read_text_file(path)


def decode_bytes(raw: bytes, name) -> str:
    """Decode a file's bytes: BOM-marked UTF-8/16, else UTF-8, else Windows-1252 (curly quotes from Word)."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(f"{name}: starts with a {encoding} byte-order mark but is not valid {encoding}; "
                                 "re-save it as UTF-8") from None
    if b"\x00" in raw:
        if _is_utf16_without_bom(raw):
            raise InputError(f"{name}: looks like UTF-16 text without a byte-order mark; re-save it as UTF-8")
        raise InputError(f"{name}: looks like a binary file, not text; give a .txt, .csv, .jsonl or .json file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(f"{name}: is neither UTF-8 nor Windows-1252 text; re-save it as UTF-8") from None
    n_control = len(_CONTROL.findall(text))
    if n_control > max(2, len(text) // 1000):
        raise InputError(f"{name}: looks like a binary file ({n_control} control characters), not text; "
                         "give a .txt, .csv, .jsonl or .json file")
    return text


def _is_utf16_without_bom(raw: bytes) -> bool:
    """UTF-16 saved without a byte-order mark: NUL bytes, yet it decodes as UTF-16 into mostly plain ASCII text
    (the workbook reads English news; binary data decodes into scattered non-ASCII characters)."""
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if text and sum(ch.isascii() and (ch.isprintable() or ch.isspace()) for ch in text) >= 0.9 * len(text):
            return True
    return False


def clean_line(line: str) -> str:
    """Strip a line and fold inner whitespace, the only change the reader makes to the words."""
    return _SPACES.sub(" ", line).strip()


def split_paragraphs(text: str) -> list[tuple[int, str]]:
    """(1-based line number, cleaned text) for every non-blank line of `text`."""
    out = []
    for number, raw in enumerate(_LINE_BREAK.split(text), start=1):
        cleaned = clean_line(raw)
        if cleaned:
            out.append((number, cleaned))
    return out


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror}); check its permissions") from None


def _read_text_file(path: Path) -> pd.DataFrame:
    text = decode_bytes(_read_bytes(path), path)
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        raise InputError(f"{path}: is empty (no text on any line); put one paragraph per line in it")
    rows = [
        {"line": number, "text": body, "doc": 1, "source": path.name, "source_line": number,
         "needs_segmentation": True}
        for number, body in paragraphs
    ]
    return _lines_table(rows, [])


def _read_folder(path: Path) -> pd.DataFrame:
    files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".txt")
    if not files:
        raise InputError(f"{path}: folder has no .txt files; put one article per .txt file in it")
    rows, warnings, offset, doc = [], [], 0, 0
    for file in files:
        text = decode_bytes(_read_bytes(file), file)
        paragraphs = split_paragraphs(text)
        n_physical = len(_LINE_BREAK.split(text))
        if not paragraphs:
            warnings.append(f"{file}: empty file skipped")
            continue
        doc += 1
        rows.extend(
            {"line": offset + number, "text": body, "doc": doc, "source": file.name, "source_line": number,
             "needs_segmentation": False}
            for number, body in paragraphs
        )
        offset += n_physical
    if not rows:
        raise InputError(f"{path}: every .txt file in the folder is empty; put one article per file in it")
    return _lines_table(rows, warnings)


def _read_table(path: Path) -> pd.DataFrame:
    text = decode_bytes(_read_bytes(path), path)
    records = _parse_jsonl(text, path) if path.suffix.lower() != ".csv" else _parse_csv(text, path)
    if not records:
        raise InputError(f"{path}: has no rows; put one article per row with its text in a 'text' column")
    if not any("text" in record for record in records):
        found = ", ".join(sorted({str(k) for record in records for k in record})[:8]) or "none"
        raise InputError(f"{path}: has no 'text' column (columns found: {found}); name the article text column 'text'")
    present = [key for key in METADATA_COLUMNS if any(key in record for record in records)]
    rows, warnings, line, doc = [], [], 0, 0
    for number, record in enumerate(records, start=1):
        body = record.get("text")
        if body is not None and not isinstance(body, str):
            raise InputError(f"{path}: row {number} has a 'text' that is not a string (it is a "
                             f"{type(body).__name__}); put the article text in 'text' as one string")
        paragraphs = split_paragraphs(body) if isinstance(body, str) else []
        if not paragraphs:
            warnings.append(f"{path}: row {number} has no text and was skipped")
            continue
        doc += 1
        metadata = {key: _as_text(record.get(key)) for key in present}
        for _, paragraph in paragraphs:
            line += 1
            rows.append({"line": line, "text": paragraph, "doc": doc, "source": path.name, "source_line": number,
                         "needs_segmentation": False, **metadata})
    if not rows:
        raise InputError(f"{path}: every row's 'text' is empty; fill the 'text' column with the articles")
    return _lines_table(rows, warnings)


def _parse_csv(text: str, path: Path) -> list[dict]:
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        records = [dict(row) for row in reader]
    except csv.Error as error:
        raise InputError(f"{path}: is not a readable CSV ({error}); save it as comma-separated UTF-8") from None
    if reader.fieldnames is None:
        raise InputError(f"{path}: has no header row; the first row must name the columns, one of them 'text'")
    for number, record in enumerate(records, start=1):
        if None in record:  # more cells than header names: the row would otherwise lose text silently
            raise InputError(f"{path}: row {number} has more cells than the header has names; "
                             "quote text that contains commas")
    return records


def _parse_jsonl(text: str, path: Path) -> list[dict]:
    stripped = text.strip()
    if stripped.startswith("{"):  # one JSON object, perhaps pretty-printed over many lines: one article
        try:
            whole = json.loads(stripped)
        except json.JSONDecodeError:
            whole = None  # not one object: read it as JSON Lines below
        if isinstance(whole, dict):
            return [whole]
    if stripped.startswith("["):  # a whole JSON array of records is accepted too
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as error:
            raise InputError(f"{path}: is not valid JSON ({error.msg} at line {error.lineno}); "
                             "fix it or save one JSON object per line") from None
        lines = [(i, item) for i, item in enumerate(data, start=1)]
    else:
        lines = []
        for number, raw in enumerate(_LINE_BREAK.split(text), start=1):
            if not raw.strip():
                continue
            try:
                lines.append((number, json.loads(raw)))
            except json.JSONDecodeError as error:
                raise InputError(f"{path}: line {number} is not valid JSON ({error.msg}); "
                                 "put one JSON object per line") from None
    records = []
    for number, item in lines:
        if not isinstance(item, dict):
            raise InputError(f"{path}: record {number} is not a JSON object; each line must be {{\"text\": ...}}")
        records.append(item)
    return records


def _as_text(value) -> str:
    return "" if value is None else str(value)


def _lines_table(rows: list[dict], warnings: list[str]) -> pd.DataFrame:
    table = pd.DataFrame(rows)
    extra = [c for c in table.columns if c not in LINES_COLUMNS]
    table = table[LINES_COLUMNS + extra].reset_index(drop=True)
    table = table.astype({"line": "int64", "doc": "int64", "source_line": "int64", "needs_segmentation": bool})
    table.attrs["warnings"] = list(warnings)
    return table
