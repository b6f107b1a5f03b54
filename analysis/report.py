"""Annotated article pages and the printable classroom material (worksheet, answer key).

``render_article_html(tables, article_id)`` draws one article, paragraph by paragraph, with every input line number
so a student can go back to the text, and the automatic analysis laid over it:

- quotes: a background in the colour of the speaker's source type (direct and mixed quotes solid, paraphrases
  italic with a dotted underline), the resolved speaker in a small label after the quote, anonymous sources with a
  dashed outline and an "anonymous" label;
- framing words: underlined in the colour of their category, with the category and voice (author/quoted) in the
  tooltip;
- quoted phrases that are not speech (titles, names, terms, scare quotes): a dotted box and the reason as a label;
- headings (heading lines and headings glued to the end of a line) as headings.

Spans may overlap (a framing word inside a quote, a scare quote inside a paraphrase, two quotes sharing words).
The text is cut at every span edge and each piece is wrapped in the spans that cover it, so every character is
written exactly once and tags always nest. Everything taken from the input is escaped: an article that contains
``<script>`` shows it as text. Added labels are the only text that is not from the article; they all sit in
``<sup class="mw-label">`` elements.

``build_classroom_material`` renders the executed worksheet notebook twice -- without the cells tagged
``answer`` for students, without the cells tagged ``student`` for the teacher -- and writes the article pages.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.charts.style import CATEGORY_COLORS, GREY, SOURCE_TYPE_COLORS

WORKSHEET_NOTEBOOK = "05-worksheet.ipynb"
# Cell tags of the worksheet notebook: what each printed copy leaves out.
ANSWER_TAG = "answer"  # computed answers and teacher notes: only in the answer key
STUDENT_TAG = "student"  # blank "your answer" boxes: only on the worksheet

# Outer to inner: the order in which overlapping spans are nested when a piece of text carries several.
_LAYER_ORDER = {"quote": 0, "phrase": 1, "framing": 2}
# Light tint of a palette colour as a background, so black text stays readable on every hue ("33" = 20% alpha).
_TINT = "33"

# Scoped to .mw-* classes so an article shown inline in a notebook does not restyle the notebook itself.
ARTICLE_CSS = """
.mw-article { font-family: Georgia, 'DejaVu Serif', serif; line-height: 1.7; color: #111; max-width: 46em;
 -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.mw-article h2 { font-family: 'DejaVu Sans', Arial, sans-serif; margin-bottom: 0.2em; }
.mw-meta { color: #555; font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 0.85em; margin: 0 0 1em; }
.mw-par { display: flex; gap: 0.8em; margin: 0 0 0.9em; }
.mw-line { flex: 0 0 3.2em; text-align: right; color: #777; font-family: 'DejaVu Sans Mono', monospace;
           font-size: 0.75em; padding-top: 0.35em; user-select: none; }
.mw-text { flex: 1 1 auto; }
.mw-heading .mw-text { font-family: 'DejaVu Sans', Arial, sans-serif; font-weight: bold; font-size: 1.1em; }
.mw-quote { border-bottom: 3px solid; border-radius: 2px; padding: 0.1em 0;
            -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.mw-indirect { font-style: italic; border-bottom-style: dotted; }
.mw-anonymous { outline: 2px dashed #333; outline-offset: 1px; }
.mw-phrase { border: 1px dotted #555; border-radius: 3px; }
.mw-framing { text-decoration-line: underline; text-decoration-thickness: 3px; text-underline-offset: 3px; }
.mw-label { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 0.65em; color: #333; margin: 0 0.25em;
            font-style: normal; white-space: nowrap; }
.mw-label-anonymous { border: 1px dashed #333; padding: 0 0.2em; }
.mw-legend { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 0.8em; border: 1px solid #ccc;
             padding: 0.4em 0.8em; margin: 0 0 1.2em; }
.mw-legend span.mw-key { display: inline-block; margin: 0.1em 0.6em 0.1em 0; }
.mw-swatch { display: inline-block; width: 1.6em; height: 0.9em; vertical-align: middle; margin-right: 0.3em; }
.mw-legend-title { font-weight: bold; margin-right: 0.4em; }
table.mw-index { border-collapse: collapse; font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 0.9em; }
table.mw-index td, table.mw-index th { border-bottom: 1px solid #ddd; padding: 0.3em 0.6em; text-align: left; }
"""
PAGE_CSS = """
body { font-family: Georgia, 'DejaVu Serif', serif; max-width: 48em; margin: 2em auto; padding: 0 1em;
       line-height: 1.7; color: #111; }
""" + ARTICLE_CSS


def _esc(value) -> str:
    """Escape any value for HTML text or a double-quoted attribute; missing values become ""."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    return html.escape(str(value), quote=True)


def _text(value) -> str:
    """A table cell as plain text; NaN/None -> ""."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _table(tables: dict, name: str) -> pd.DataFrame:
    """tables[name], or an empty table when a step has not produced it (so the view works on partial results)."""
    table = tables.get(name)
    return table if isinstance(table, pd.DataFrame) else pd.DataFrame()


def _rows_for(table: pd.DataFrame, article_id) -> pd.DataFrame:
    if table.empty or "article_id" not in table.columns:
        return table.iloc[0:0]
    return table[table["article_id"] == article_id]


@dataclass(frozen=True)
class Span:
    """A stretch of one paragraph's text with an annotation: [start, end) offsets into the paragraph `text`."""

    start: int
    end: int
    layer: str  # quote | phrase | framing
    css_class: str
    style: str
    title: str
    label: str = ""  # added after the span's last character (e.g. the speaker)
    label_class: str = "mw-label"
    order: int = 0  # ties inside a layer: earlier rows outermost


def _offset(value):
    if value is None or value is pd.NA:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else int(number)


def _clamped(start, end, length: int):
    """Offsets limited to the paragraph; None when the span is missing or empty."""
    start, end = _offset(start), _offset(end)
    if start is None or end is None:
        return None
    start, end = max(0, start), min(length, end)
    return (start, end) if start < end else None


def _is_true(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"true", "1", "yes"}
    try:
        return bool(value) and not (isinstance(value, float) and math.isnan(value))
    except (TypeError, ValueError):
        return False


def _rows_in_text(table: pd.DataFrame, length: int):
    """(order, row, (start, end)) for each row of a table whose char_start/char_end fall inside the text."""
    for order, row in enumerate(table.to_dict("records")):
        bounds = _clamped(row.get("char_start"), row.get("char_end"), length)
        if bounds is not None:
            yield order, row, bounds


def _quote_spans(quotes: pd.DataFrame, length: int) -> list[Span]:
    spans = []
    for order, row, bounds in _rows_in_text(quotes, length):
        source_type = _text(row.get("source_type")) or "unknown"
        colour = SOURCE_TYPE_COLORS.get(source_type, GREY)
        kind = _text(row.get("kind")) or "direct"
        anonymous = _is_true(row.get("anonymous"))
        speaker = _text(row.get("speaker_name")) or _text(row.get("speaker")) or "speaker not found"
        classes = ["mw-quote", f"mw-{kind}"] + (["mw-anonymous"] if anonymous else [])
        title = f"{kind} quote · {speaker} · {source_type}" + (" · anonymous" if anonymous else "")
        cue = _text(row.get("cue"))
        if cue:
            title += f" · cue: {cue}"
        label = speaker + (" · anonymous" if anonymous else "")
        spans.append(Span(bounds[0], bounds[1], "quote", " ".join(classes),
                          f"background-color:{colour}{_TINT};border-bottom-color:{colour}", title,
                          label=label, label_class="mw-label mw-label-anonymous" if anonymous else "mw-label",
                          order=order))
    return spans


def _phrase_spans(phrases: pd.DataFrame, length: int) -> list[Span]:
    spans = []
    for order, row, bounds in _rows_in_text(phrases, length):
        reason = _text(row.get("reason")) or "quoted"
        spans.append(Span(bounds[0], bounds[1], "phrase", f"mw-phrase mw-phrase-{reason}", "",
                          f"quoted phrase, not speech: {reason}", label=reason, order=order))
    return spans


def _framing_spans(framing: pd.DataFrame, length: int) -> list[Span]:
    spans = []
    for order, row in enumerate(framing.to_dict("records")):
        start = _offset(row.get("char_start"))
        end = _offset(row.get("char_end")) if "char_end" in row else None
        if end is None and start is not None:
            end = start + len(_text(row.get("match")) or _text(row.get("term")))
        bounds = _clamped(start, end, length)
        if bounds is None:
            continue
        category = _text(row.get("category"))
        colour = CATEGORY_COLORS.get(category, GREY)
        voice = _text(row.get("voice")) or "author"
        title = f"{category} · {voice} voice · term: {_text(row.get('term'))}"
        spans.append(Span(bounds[0], bounds[1], "framing", f"mw-framing mw-voice-{voice}",
                          f"text-decoration-color:{colour}", title, order=order))
    return spans


def annotate_text(text: str, spans: list[Span]) -> str:
    """HTML for `text` with `spans` laid over it: every character exactly once, tags always nested.

    The text is cut at every span edge; each piece is wrapped in all spans covering it, outermost first (quotes,
    then quoted phrases, then framing words). A tag stays open across pieces while its span continues, so a span is
    only split where another span crosses its edge. A span's label follows its closing tag.
    """
    cuts = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    ordered = sorted(spans, key=lambda s: (_LAYER_ORDER[s.layer], s.start, -s.end, s.order))
    out: list[str] = []
    stack: list[Span] = []

    def close_to(depth: int, at: int) -> None:
        while len(stack) > depth:
            span = stack.pop()
            out.append("</span>")
            if span.end == at and span.label:
                out.append(f'<sup class="{span.label_class}">{_esc(span.label)}</sup>')

    for left, right in zip(cuts, cuts[1:]):
        covering = [s for s in ordered if s.start <= left and right <= s.end]
        depth = 0
        while depth < min(len(stack), len(covering)) and stack[depth] is covering[depth]:
            depth += 1
        close_to(depth, left)
        for span in covering[depth:]:
            style = f' style="{_esc(span.style)}"' if span.style else ""
            out.append(f'<span class="{span.css_class}"{style} title="{_esc(span.title)}">')
            stack.append(span)
        out.append(_esc(text[left:right]))
        ending = [i for i, span in enumerate(stack) if span.end == right]
        if ending:
            close_to(ending[0], right)
    close_to(0, len(text))
    return "".join(out)


def _legend(quotes: pd.DataFrame, framing: pd.DataFrame, phrases: pd.DataFrame) -> str:
    """Keys for what this article shows: source types, quote styles, framing categories, quoted phrases."""
    parts = ['<div class="mw-legend">']
    types = sorted(set(quotes["source_type"].fillna("unknown").astype(str))) if "source_type" in quotes else []
    parts.append('<div><span class="mw-legend-title">Quotes by source type:</span>')
    if types:
        for source_type in types:
            colour = SOURCE_TYPE_COLORS.get(source_type, GREY)
            parts.append(f'<span class="mw-key"><span class="mw-swatch" style="background-color:{colour}{_TINT};'
                         f'border-bottom:3px solid {colour}"></span>{_esc(source_type)}</span>')
    else:
        parts.append('<span class="mw-key">no quotes found</span>')
    parts.append("</div>")
    parts.append('<div><span class="mw-legend-title">Quote style:</span>'
                 '<span class="mw-key"><span class="mw-quote mw-direct" style="border-bottom-color:#333">'
                 'solid = direct quote</span></span>'
                 '<span class="mw-key"><span class="mw-quote mw-indirect" style="border-bottom-color:#333">'
                 'italic, dotted = paraphrase</span></span>'
                 '<span class="mw-key"><span class="mw-anonymous">dashed box = anonymous source</span></span>'
                 '<span class="mw-key"><span class="mw-phrase">dotted box = quoted phrase, not speech '
                 '(title, name, term or scare quote)</span></span></div>')
    categories = sorted(set(framing["category"].astype(str))) if "category" in framing and len(framing) else []
    parts.append('<div><span class="mw-legend-title">Framing words (underlined):</span>')
    if categories:
        for category in categories:
            colour = CATEGORY_COLORS.get(category, GREY)
            parts.append(f'<span class="mw-key"><span class="mw-framing" style="text-decoration-color:{colour}">'
                         f'{_esc(category)}</span></span>')
    else:
        parts.append('<span class="mw-key">none found</span>')
    parts.append("</div><div>Hover over a marked passage for details. Grey numbers are input line numbers.</div>")
    parts.append("</div>")
    return "".join(parts)


def article_title(tables: dict, article_id) -> str:
    """The article's headline when the input has a ``title`` column (CSV/JSONL), else the automatic label from the
    articles table; "" when neither exists."""
    paragraphs = _rows_for(_table(tables, "paragraphs"), article_id)
    if "title" in paragraphs.columns and len(paragraphs):
        title = _text(paragraphs.sort_values("line")["title"].iloc[0]).strip()
        if title:
            return title
    articles = _rows_for(_table(tables, "articles"), article_id)
    return _text(articles["title"].iloc[0]) if "title" in articles and len(articles) else ""


def render_article_html(tables: dict, article_id, standalone: bool = False, annotated: bool = True) -> str:
    """One article as annotated HTML: paragraphs in input order with line numbers, quotes, framing, headings.

    Returns an HTML fragment (with its own <style>, so it looks the same inline in a notebook), or a complete page
    when ``standalone=True``. ``annotated=False`` gives the plain text with line numbers only (what students read
    before they see the machine's marks). Raises KeyError when the article does not exist.
    """
    paragraphs = _rows_for(_table(tables, "paragraphs"), article_id)
    if paragraphs.empty:
        raise KeyError(f"no article {article_id!r} in the paragraphs table")
    paragraphs = paragraphs.sort_values("line")
    quotes = _rows_for(_table(tables, "quotes"), article_id)
    phrases = _rows_for(_table(tables, "quoted_phrases"), article_id)
    framing = _rows_for(_table(tables, "framing"), article_id)
    if not annotated:
        quotes, phrases, framing = quotes.iloc[0:0], phrases.iloc[0:0], framing.iloc[0:0]
    title = article_title(tables, article_id)

    meta = [f"article {_esc(article_id)}", f"lines {int(paragraphs['line'].min())}–{int(paragraphs['line'].max())}"]
    for column in ("outlet", "date", "source"):
        if column in paragraphs.columns:
            value = _text(paragraphs[column].iloc[0])
            if value:
                meta.append(_esc(value))
    if annotated:
        meta.append(f"{len(quotes)} quotes")
    body = [f'<div class="mw-article" data-article="{_esc(article_id)}">',
            f"<h2>{_esc(title) or 'Article ' + _esc(article_id)}</h2>",
            f'<p class="mw-meta">{" · ".join(meta)}</p>']
    if annotated:
        body.append(_legend(quotes, framing, phrases))
    for row in paragraphs.to_dict("records"):
        line = int(row["line"])
        text = _text(row.get("text"))
        line_cell = f'<span class="mw-line" title="input line {line}">{line}</span>'
        if _is_true(row.get("is_heading")):
            body.append(f'<div class="mw-par mw-heading" data-line="{line}">{line_cell}'
                        f'<h3 class="mw-text">{_esc(text)}</h3></div>')
            continue
        spans = (_quote_spans(quotes[quotes["line"] == line], len(text)) if "line" in quotes else []) \
            + (_phrase_spans(phrases[phrases["line"] == line], len(text)) if "line" in phrases else []) \
            + (_framing_spans(framing[framing["line"] == line], len(text)) if "line" in framing else [])
        body.append(f'<div class="mw-par" data-line="{line}">{line_cell}'
                    f'<p class="mw-text">{annotate_text(text, spans)}</p></div>')
        heading = _text(row.get("heading"))
        if heading:
            body.append(f'<div class="mw-par mw-heading" data-line="{line}">'
                        f'<span class="mw-line" title="heading at the end of input line {line}">{line}</span>'
                        f'<h3 class="mw-text">{_esc(heading)}</h3></div>')
    body.append("</div>")
    fragment = "\n".join(body)
    if not standalone:
        return f"<style>{ARTICLE_CSS}</style>\n{fragment}"
    return _page(title or f"Article {article_id}", fragment)


def _page(title: str, body: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{_esc(title)}</title>\n<style>{PAGE_CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


class ArticleView:
    """An annotated article that shows itself inline in a notebook (and as plain text elsewhere)."""

    def __init__(self, tables: dict, article_id, annotated: bool = True):
        self.tables = tables
        self.article_id = article_id
        self.annotated = annotated

    def _repr_html_(self) -> str:
        return render_article_html(self.tables, self.article_id, annotated=self.annotated)

    def __repr__(self) -> str:
        paragraphs = _rows_for(_table(self.tables, "paragraphs"), self.article_id).sort_values("line")
        lines = [f"Article {self.article_id}: {article_title(self.tables, self.article_id)}"]
        for row in paragraphs.to_dict("records"):
            lines.append(f"{int(row['line']):>4}  {_text(row.get('text'))}")
        return "\n".join(lines)


def article_file_name(article_id, n_articles: int) -> str:
    """article_01.html ... (zero-padded so the files sort in article order)."""
    width = max(2, len(str(n_articles)))
    return f"article_{int(article_id):0{width}d}.html"


def write_article_pages(tables: dict, out_dir) -> list[Path]:
    """One standalone annotated page per article plus index.html linking them; return the paths written."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paragraphs = _table(tables, "paragraphs")
    article_ids = sorted(int(a) for a in paragraphs["article_id"].unique()) if len(paragraphs) else []
    quotes = _table(tables, "quotes")
    sources = _table(tables, "sources")
    written = []
    rows = []
    for article_id in article_ids:
        name = article_file_name(article_id, len(article_ids))
        path = out_dir / name
        _write_text(path, render_article_html(tables, article_id, standalone=True))
        written.append(path)
        lines = paragraphs.loc[paragraphs["article_id"] == article_id, "line"]
        rows.append(f'<tr><td>{article_id}</td><td><a href="{name}">'
                    f'{_esc(article_title(tables, article_id)) or "Article " + str(article_id)}</a></td>'
                    f"<td>{int(lines.min())}–{int(lines.max())}</td>"
                    f"<td>{len(_rows_for(quotes, article_id))}</td><td>{len(_rows_for(sources, article_id))}</td></tr>")
    body = ("<h1>Annotated articles</h1>\n<p>Each page shows one article with its input line numbers, the quotes "
            "coloured by source type and the framing words underlined. The marks are automatic guesses: check "
            "them against the text.</p>\n<table class=\"mw-index\"><thead><tr><th>#</th><th>article</th>"
            "<th>lines</th><th>quotes</th><th>sources</th></tr></thead><tbody>\n" + "\n".join(rows)
            + "\n</tbody></table>")
    index = out_dir / "index.html"
    _write_text(index, _page("Annotated articles", body))
    return written + [index]


def _write_text(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


# ---------------------------------------------------------------------------------------------------------------
# Worksheet and answer key

PRINT_CSS = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; max-width: 52em; margin: 2em auto; padding: 0 1em;
       line-height: 1.5; color: #111; }
h1, h2 { font-family: Georgia, 'DejaVu Serif', serif; }
h2 { border-top: 2px solid #333; padding-top: 0.6em; margin-top: 1.6em; }
.cell { margin: 0 0 0.8em; }
.prompt, .anchor-link { display: none; }
.celltag_answer { border-left: 4px solid #E69F00; padding-left: 0.7em; }
pre { white-space: pre-wrap; font-size: 0.85em; background: #f6f6f6; padding: 0.5em; }
table { border-collapse: collapse; font-size: 0.85em; margin: 0.4em 0; }
th, td { border-bottom: 1px solid #ccc; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
blockquote { border-left: 4px solid #999; margin: 0.5em 0; padding: 0.2em 0.8em; color: #333; }
.mw-answer-box { border: 1px solid #999; min-height: 6em; margin: 0.4em 0 1em; }
@media print { .cell { page-break-inside: avoid; } a { color: #111; } }
""" + ARTICLE_CSS


def render_notebook_html(notebook_path, remove_tags: set[str], title: str) -> str:
    """A printable, offline HTML page of an executed notebook without code and without cells tagged `remove_tags`.

    Uses nbconvert's ``basic`` template (body only: no scripts, no CDN links) wrapped in a page with inline CSS.
    """
    import nbformat
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    config = Config()
    config.TagRemovePreprocessor.enabled = True
    config.TagRemovePreprocessor.remove_cell_tags = set(remove_tags)
    config.HTMLExporter.exclude_input = True
    config.HTMLExporter.exclude_input_prompt = True
    config.HTMLExporter.exclude_output_prompt = True
    exporter = HTMLExporter(config=config, template_name="basic")
    notebook = nbformat.read(str(notebook_path), as_version=4)
    body, _ = exporter.from_notebook_node(notebook)
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{_esc(title)}</title>\n<style>{PRINT_CSS}</style>\n</head>\n<body>\n{body.strip()}\n"
            "</body>\n</html>\n")


def build_classroom_material(tables: dict, out_dir, executed_notebooks_dir) -> list[Path]:
    """Write the printable lesson material into `out_dir` and return the paths written.

    - ``worksheet.html``: the executed worksheet notebook without the cells tagged ``answer`` (for students);
    - ``answer_key.html``: the same notebook without the blank answer boxes (cells tagged ``student``);
    - ``articles/``: one annotated page per article and ``index.html`` (see :func:`write_article_pages`).
    Output is deterministic: the same tables and notebook give the same bytes.
    """
    out_dir = Path(out_dir)
    notebook = Path(executed_notebooks_dir) / WORKSHEET_NOTEBOOK
    if not notebook.exists():
        raise FileNotFoundError(f"{notebook}: the executed worksheet is missing; run python3 tasks.py reproduce")
    out_dir.mkdir(parents=True, exist_ok=True)
    worksheet = out_dir / "worksheet.html"
    answer_key = out_dir / "answer_key.html"
    _write_text(worksheet, render_notebook_html(notebook, {ANSWER_TAG}, "Media literacy worksheet"))
    _write_text(answer_key, render_notebook_html(notebook, {STUDENT_TAG}, "Media literacy worksheet: answer key"))
    return [worksheet, answer_key] + write_article_pages(tables, out_dir / "articles")
