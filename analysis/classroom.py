"""The worksheet's answers, computed from the tables, so the answer key holds for any corpus a teacher brings.

Each exercise of ``notebooks/05-worksheet.ipynb`` has one function here: tables in, a small table out, sorted so
the answer key reads the same on every run. The ``pick_*`` functions choose what an exercise is about (the article
with the most sources, the loaded word used most often...) from the tables, never from a fixed id, and return
None when the corpus has nothing to offer (no quotes, a single article); the notebook then says so in words.

The pickers at the end add a drop-down to switch article or term in a live notebook; in an executed or printed
copy they show the default choice as plain HTML (see :class:`Picker`).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd

from analysis.paths import DATA_DIR, REPORTING_VERBS_FILE
from analysis.sources import SOURCE_TYPES

ANONYMITY_REASONS_FILE = DATA_DIR / "classroom_anonymity_reasons.csv"
# One order for source types everywhere: the classifier's (official, expert, business, civil_society, citizen, media,
# document), then unknown, so the answer key lists them as the charts do.
SOURCE_TYPE_ORDER = [*SOURCE_TYPES, "unknown"]
QUOTE_KINDS = ["direct", "mixed", "indirect"]

SOURCES_COLUMNS = ["speaker_name", "role", "source_type", "anonymous", "n_quotes"]
ANONYMOUS_COLUMNS = ["article_id", "line", "speaker", "role", "source_type", "cue", "quote", "reason_given"]
QUOTE_EXAMPLE_COLUMNS = ["kind", "line", "speaker_name", "cue", "quote"]
VERB_COLUMNS = ["cue", "verb_type", "n_quotes", "example_line"]
LOADED_COLUMNS = ["category", "term", "n_hits", "n_author", "n_quoted", "lines"]
VOICE_COLUMNS = ["line", "match", "category", "voice", "whose_words"]
TRACE_COLUMNS = ["quote_id", "article_id", "line", "source", "source_line", "speaker_name", "kind", "quote",
                 "paragraph"]
COMPARE_COLUMNS = ["rank", "term_a", "term_b"]
PHRASE_COLUMNS = ["line", "text", "reason"]


# ---------------------------------------------------------------------------------------------------------------
# Helpers


def _table(tables: dict, name: str) -> pd.DataFrame:
    table = tables.get(name)
    return table if isinstance(table, pd.DataFrame) else pd.DataFrame()


def _in_article(table: pd.DataFrame, article_id) -> pd.DataFrame:
    if table.empty or "article_id" not in table.columns or article_id is None:
        return table.iloc[0:0]
    return table[table["article_id"] == article_id]


def _bool(series: pd.Series) -> pd.Series:
    """A boolean column read back from CSV may hold strings; "True"/"true"/"1" count as True."""
    if series.dtype == bool:
        return series
    return series.map(lambda v: str(v).strip().lower() in {"true", "1", "yes"})


def _col(table: pd.DataFrame, name: str, default="") -> pd.Series:
    if name in table.columns:
        return table[name].fillna(default) if default is not None else table[name]
    return pd.Series([default] * len(table), index=table.index, dtype=object)


def _type_rank(source_type: str) -> int:
    return SOURCE_TYPE_ORDER.index(source_type) if source_type in SOURCE_TYPE_ORDER else len(SOURCE_TYPE_ORDER)


def article_ids(tables: dict) -> list[int]:
    """Every article id in the paragraphs table, ascending."""
    paragraphs = _table(tables, "paragraphs")
    return sorted(int(a) for a in paragraphs["article_id"].unique()) if len(paragraphs) else []


def article_label(tables: dict, article_id) -> str:
    """'Article 3: <headline or automatic title>' for headings and drop-downs."""
    from analysis.report import article_title

    title = article_title(tables, article_id)
    return f"Article {article_id}: {title}" if title else f"Article {article_id}"


# ---------------------------------------------------------------------------------------------------------------
# Choosing what an exercise is about


def _most(counts: pd.Series):
    """The index with the largest count; ties go to the smallest index (so the choice is stable). None if empty."""
    counts = counts[counts > 0]
    if counts.empty:
        return None
    best = counts.max()
    return int(min(i for i, n in counts.items() if n == best))


def pick_article(tables: dict):
    """The article with the most sources (then most quotes, then most paragraphs); None when there is no text."""
    ids = article_ids(tables)
    if not ids:
        return None
    for name in ("sources", "quotes"):
        table = _table(tables, name)
        if len(table) and "article_id" in table.columns:
            choice = _most(table.groupby("article_id").size())
            if choice is not None:
                return choice
    return _most(_table(tables, "paragraphs").groupby("article_id").size())


def pick_anonymous_article(tables: dict):
    """The article with the most quotes from anonymous sources, or None when no source is anonymous."""
    quotes = _table(tables, "quotes")
    if quotes.empty or "anonymous" not in quotes.columns:
        return None
    return _most(quotes[_bool(quotes["anonymous"])].groupby("article_id").size())


def pick_quote(tables: dict, article_id=None):
    """A quote to trace back: the first direct quote (else any quote) of `article_id` (default: every article)."""
    quotes = _table(tables, "quotes")
    if article_id is not None:
        quotes = _in_article(quotes, article_id)
    if quotes.empty:
        return None
    direct = quotes[_col(quotes, "kind") == "direct"]
    chosen = (direct if len(direct) else quotes).sort_values(["article_id", "line", "char_start", "quote_id"])
    return int(chosen["quote_id"].iloc[0])


def pick_loaded_term(tables: dict, article_id=None):
    """The framing term found most often in the outlet's own voice (then in any voice); ties alphabetical."""
    framing = _table(tables, "framing")
    if article_id is not None:
        framing = _in_article(framing, article_id)
    framing = framing[_col(framing, "category") != "scare_quotes"] if len(framing) else framing
    if framing.empty:
        return None
    author = framing[_col(framing, "voice") == "author"]
    counts = (author if len(author) else framing).groupby("term").size()
    best = counts.max()
    return sorted(t for t, n in counts.items() if n == best)[0]


def pick_article_pair(tables: dict):
    """Two articles worth comparing: the two weighing most on the same topic, else the two longest; None if < 2."""
    ids = article_ids(tables)
    if len(ids) < 2:
        return None
    article_topics = _table(tables, "article_topics")
    if len(article_topics) and {"topic_id", "weight"} <= set(article_topics.columns):
        dominant = (article_topics.sort_values(["article_id", "weight", "topic_id"], ascending=[True, False, True])
                    .drop_duplicates("article_id"))
        shared = dominant.groupby("topic_id").filter(lambda g: len(g) >= 2)
        if len(shared):
            top = shared.sort_values(["weight", "article_id"], ascending=[False, True])
            topic = top["topic_id"].iloc[0]
            pair = top[top["topic_id"] == topic]["article_id"].head(2)
            return tuple(sorted(int(a) for a in pair))
    sizes = _table(tables, "paragraphs").groupby("article_id").size()
    longest = sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
    return tuple(sorted(int(a) for a, _ in longest))


# ---------------------------------------------------------------------------------------------------------------
# Answers


def sources_in_article(tables: dict, article_id) -> pd.DataFrame:
    """Who speaks in the article, sorted by source type (official, expert, ... as in the charts), then by most
    quotes, then name. Columns: speaker_name, role, source_type, anonymous, n_quotes."""
    sources = _in_article(_table(tables, "sources"), article_id)
    if sources.empty:
        return pd.DataFrame(columns=SOURCES_COLUMNS)
    table = pd.DataFrame({
        "speaker_name": _col(sources, "speaker_name").astype(str),
        "role": _col(sources, "role").astype(str),
        "source_type": _col(sources, "source_type", "unknown").astype(str),
        "anonymous": _bool(_col(sources, "anonymous", False)),
        "n_quotes": _col(sources, "n_quotes", 0).astype(int),
    })
    order = sorted(range(len(table)), key=lambda i: (_type_rank(table["source_type"].iat[i]),
                                                     -table["n_quotes"].iat[i], table["speaker_name"].iat[i]))
    return table.iloc[order].reset_index(drop=True)


def source_type_counts(tables: dict, article_id) -> pd.DataFrame:
    """How many sources of each type the article uses: every type listed, zeros included (source_type, n_sources)."""
    sources = sources_in_article(tables, article_id)
    counts = sources["source_type"].value_counts()
    types = [t for t in SOURCE_TYPE_ORDER if t != "unknown" or counts.get(t, 0)]
    types += sorted(t for t in counts.index if t not in types)
    return pd.DataFrame({"source_type": types, "n_sources": [int(counts.get(t, 0)) for t in types]})


def load_anonymity_reasons(path=ANONYMITY_REASONS_FILE) -> list[str]:
    """Phrases with which reporters explain why a source is not named (teacher-editable CSV, column phrase)."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    return [p.strip().lower() for p in table["phrase"] if p.strip()]


def anonymity_reason(paragraph: str, reasons: list[str]) -> str:
    """The first reason phrase found in the paragraph (case-insensitive, any whitespace), or "" if none."""
    for phrase in reasons:
        pattern = r"\s+".join(re.escape(word) for word in phrase.split())
        match = re.search(pattern, paragraph, flags=re.IGNORECASE)
        if match:
            return match.group(0)
    return ""


def anonymous_sources(tables: dict, article_id=None, reasons: list[str] | None = None) -> pd.DataFrame:
    """Every quote from an unnamed source, with the reason for anonymity if the paragraph gives one.

    Columns: article_id, line, speaker (as written), role, source_type, cue, quote, reason_given ("" = the text
    gives no reason: a point to discuss). Sorted by article, line, position.
    """
    quotes = _table(tables, "quotes")
    if article_id is not None:
        quotes = _in_article(quotes, article_id)
    if quotes.empty or "anonymous" not in quotes.columns:
        return pd.DataFrame(columns=ANONYMOUS_COLUMNS)
    quotes = quotes[_bool(quotes["anonymous"])].sort_values(["article_id", "line", "char_start"])
    reasons = load_anonymity_reasons() if reasons is None else reasons
    paragraphs = _table(tables, "paragraphs")
    text_of = dict(zip(paragraphs["line"].astype(int), paragraphs["text"].astype(str))) if len(paragraphs) else {}
    table = pd.DataFrame({
        "article_id": quotes["article_id"].astype(int),
        "line": quotes["line"].astype(int),
        "speaker": _col(quotes, "speaker").astype(str),
        "role": _col(quotes, "role").astype(str),
        "source_type": _col(quotes, "source_type", "unknown").astype(str),
        "cue": _col(quotes, "cue").astype(str),
        "quote": _col(quotes, "text").astype(str),
    })
    table["reason_given"] = [anonymity_reason(text_of.get(line, ""), reasons) for line in table["line"]]
    return table[ANONYMOUS_COLUMNS].reset_index(drop=True)


def quote_kind_counts(tables: dict, article_id) -> pd.DataFrame:
    """Direct quotes, mixed quotes (a paraphrase with a quoted fragment) and paraphrases (kind, n_quotes)."""
    quotes = _in_article(_table(tables, "quotes"), article_id)
    counts = _col(quotes, "kind").value_counts()
    kinds = QUOTE_KINDS + sorted(k for k in counts.index if k not in QUOTE_KINDS)
    return pd.DataFrame({"kind": kinds, "n_quotes": [int(counts.get(k, 0)) for k in kinds]})


def quote_examples(tables: dict, article_id, per_kind: int = 2) -> pd.DataFrame:
    """The first `per_kind` quotes of each kind in reading order (kind, line, speaker_name, cue, quote)."""
    quotes = _in_article(_table(tables, "quotes"), article_id)
    if quotes.empty:
        return pd.DataFrame(columns=QUOTE_EXAMPLE_COLUMNS)
    quotes = quotes.sort_values(["line", "char_start"])
    parts = []
    for kind in QUOTE_KINDS + sorted(set(quotes["kind"]) - set(QUOTE_KINDS)):
        chosen = quotes[quotes["kind"] == kind].head(per_kind)
        parts.append(pd.DataFrame({"kind": kind, "line": chosen["line"].astype(int),
                                   "speaker_name": _col(chosen, "speaker_name").astype(str),
                                   "cue": _col(chosen, "cue").astype(str), "quote": chosen["text"].astype(str)}))
    return pd.concat(parts, ignore_index=True)[QUOTE_EXAMPLE_COLUMNS]


def load_verb_types(path=REPORTING_VERBS_FILE) -> dict[str, str]:
    """Reporting verb form (said, claimed, according to) -> type (neutral, distancing, emphatic, opinion, ...),
    from the quote finder's own word list, so the worksheet and the quote finder never disagree."""
    if not Path(path).exists():
        return {}
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    if not {"verb", "type"} <= set(table.columns):
        return {}
    return {v.strip().lower(): t.strip() for v, t in zip(table["verb"], table["type"]) if v.strip()}


def verb_type(cue: str, verb_types: dict[str, str]) -> str:
    """Type of the reporting verb in `cue` ("said", "told reporters", "according to"): the longest listed verb
    form that occurs in it as whole words; "unlisted" when none does, "" when there is no cue."""
    cue = str(cue).strip().lower()
    if not cue:
        return ""
    for form in sorted(verb_types, key=lambda f: (-len(f), f)):
        if re.search(r"(?<![a-z])" + re.escape(form) + r"(?![a-z])", cue):
            return verb_types[form]
    return "unlisted"


def reporting_verbs(tables: dict, article_id=None, verb_types: dict[str, str] | None = None) -> pd.DataFrame:
    """How the quotes are introduced: each cue (reporting verb as written, lower-cased), its type and count.

    Uses the quotes' own ``cue_type`` column when the quote finder provides one, otherwise looks the cue up in
    analysis/data/reporting_verbs.csv. Columns: cue, verb_type, n_quotes, example_line (first line using it);
    sorted by most used, then cue.
    """
    quotes = _table(tables, "quotes")
    if article_id is not None:
        quotes = _in_article(quotes, article_id)
    if quotes.empty or "cue" not in quotes.columns:
        return pd.DataFrame(columns=VERB_COLUMNS)
    verb_types = load_verb_types() if verb_types is None else verb_types
    cues = quotes["cue"].fillna("").astype(str).str.strip().str.lower()
    if "cue_type" in quotes.columns:
        types = quotes["cue_type"].fillna("").astype(str)
    else:
        types = cues.map(lambda c: verb_type(c, verb_types))
    frame = pd.DataFrame({"cue": cues.where(cues != "", "(no cue)"), "verb_type": types,
                          "line": quotes["line"].astype(int)})
    table = (frame.groupby(["cue", "verb_type"], as_index=False)
             .agg(n_quotes=("line", "size"), example_line=("line", "min")))
    return table.sort_values(["n_quotes", "cue"], ascending=[False, True], ignore_index=True)[VERB_COLUMNS]


def loaded_words(tables: dict, article_id) -> pd.DataFrame:
    """Framing-lexicon words in the article (scare quotes left out), one row per category and term.

    Columns: category, term, n_hits, n_author (the outlet's own words), n_quoted (inside a quote), lines (where);
    sorted by most hits, then category and term.
    """
    framing = _in_article(_table(tables, "framing"), article_id)
    framing = framing[_col(framing, "category") != "scare_quotes"] if len(framing) else framing
    if framing.empty:
        return pd.DataFrame(columns=LOADED_COLUMNS)
    rows = []
    for (category, term), group in framing.groupby(["category", "term"]):
        voices = _col(group, "voice", "author")
        lines = ", ".join(str(n) for n in sorted(set(group["line"].astype(int))))
        rows.append((category, term, len(group), int((voices == "author").sum()), int((voices == "quoted").sum()),
                     lines))
    table = pd.DataFrame(rows, columns=LOADED_COLUMNS)
    return table.sort_values(["n_hits", "category", "term"], ascending=[False, True, True], ignore_index=True)


def concordance_lines(tables: dict, term: str, article_id=None, width: int = 50) -> pd.DataFrame:
    """Keyword-in-context lines for `term` (see analysis.terms.concordance), optionally in one article only."""
    from analysis.terms import concordance

    paragraphs = _table(tables, "paragraphs")
    if article_id is not None:
        paragraphs = _in_article(paragraphs, article_id)
    if paragraphs.empty or not term:
        return pd.DataFrame(columns=["article_id", "line", "left", "match", "right"])
    return concordance(paragraphs, term, width=width)[["article_id", "line", "left", "match", "right"]]


def framing_voices(tables: dict, article_id) -> pd.DataFrame:
    """Whose words are the framing words? Each hit with its voice and, inside a quote, the speaker.

    Columns: line, match, category, voice, whose_words ("the outlet" for the author's voice, else the speaker of
    the quote the word sits in). Sorted by line and position.
    """
    framing = _in_article(_table(tables, "framing"), article_id)
    framing = framing[_col(framing, "category") != "scare_quotes"] if len(framing) else framing
    if framing.empty:
        return pd.DataFrame(columns=VOICE_COLUMNS)
    framing = framing.sort_values(["line", "char_start"])
    quotes = _in_article(_table(tables, "quotes"), article_id)
    whose = []
    for row in framing.to_dict("records"):
        if row.get("voice", "author") != "quoted":
            whose.append("the outlet")
            continue
        start = int(row["char_start"])
        end = int(row["char_end"]) if "char_end" in row else start + len(str(row.get("match", "")))
        same_line = quotes[(quotes["line"] == row["line"]) & (quotes["char_start"] <= start)
                           & (quotes["char_end"] >= end)] if len(quotes) else quotes
        name = str(same_line["speaker_name"].iloc[0]) if len(same_line) and "speaker_name" in same_line else ""
        whose.append(name or "a quoted source")
    return pd.DataFrame({"line": framing["line"].astype(int).to_numpy(), "match": framing["match"].astype(str).to_numpy(),
                         "category": framing["category"].astype(str).to_numpy(),
                         "voice": _col(framing, "voice", "author").astype(str).to_numpy(), "whose_words": whose})


def voice_summary(tables: dict, article_id) -> pd.DataFrame:
    """Framing hits per category in the outlet's voice and in quotes (category, author, quoted)."""
    voices = framing_voices(tables, article_id)
    if voices.empty:
        return pd.DataFrame(columns=["category", "author", "quoted"])
    table = pd.crosstab(voices["category"], voices["voice"]).reindex(columns=["author", "quoted"], fill_value=0)
    return table.reset_index().rename_axis(columns=None)


def trace_quote(tables: dict, quote_id) -> pd.DataFrame:
    """Where a quote comes from: its article, input line (and file/line for folder or table inputs), speaker and
    the whole paragraph it sits in. One row; empty when the quote id does not exist."""
    quotes = _table(tables, "quotes")
    quote = quotes[quotes["quote_id"] == quote_id] if len(quotes) else quotes
    if quote.empty:
        return pd.DataFrame(columns=TRACE_COLUMNS)
    row = quote.iloc[0]
    paragraphs = _table(tables, "paragraphs")
    paragraph = paragraphs[paragraphs["line"] == row["line"]].iloc[0]
    return pd.DataFrame([{
        "quote_id": int(row["quote_id"]), "article_id": int(row["article_id"]), "line": int(row["line"]),
        "source": str(paragraph.get("source", "")), "source_line": int(paragraph.get("source_line", row["line"])),
        "speaker_name": str(row.get("speaker_name", "")), "kind": str(row.get("kind", "")),
        "quote": str(row["text"]), "paragraph": str(paragraph["text"]),
    }], columns=TRACE_COLUMNS)


def quote_card(tables: dict, quote_id) -> pd.DataFrame:
    """A quote as the student gets it, without its place: speaker_name and quote (one row; empty if no quote)."""
    trace = trace_quote(tables, quote_id)
    return trace[["speaker_name", "quote"]]


def quote_in_context(tables: dict, quote_id):
    """The annotated view of the article a quote comes from (see analysis.report), or a Note if there is none."""
    from analysis.report import ArticleView

    trace = trace_quote(tables, quote_id)
    if trace.empty:
        return Note("No quote to trace in this corpus.")
    return ArticleView(tables, int(trace["article_id"].iat[0]))


def article_key_terms(tables: dict, article_id, top_n: int = 10) -> pd.DataFrame:
    """The article's top key terms by TF-IDF (rank, term, count)."""
    terms = _in_article(_table(tables, "terms"), article_id)
    if terms.empty:
        return pd.DataFrame(columns=["rank", "term", "count"])
    return terms.sort_values("rank").head(top_n)[["rank", "term", "count"]].reset_index(drop=True)


def article_topic(tables: dict, article_id, top_n: int = 8) -> pd.DataFrame:
    """The topic the model gives the article most weight on: topic_id, weight, and the topic's top terms."""
    article_topics = _in_article(_table(tables, "article_topics"), article_id)
    topics = _table(tables, "topics")
    if article_topics.empty or topics.empty:
        return pd.DataFrame(columns=["topic_id", "weight", "top_terms"])
    best = article_topics.sort_values(["weight", "topic_id"], ascending=[False, True]).iloc[0]
    words = topics[topics["topic_id"] == best["topic_id"]].sort_values("rank").head(top_n)["term"]
    return pd.DataFrame([{"topic_id": int(best["topic_id"]), "weight": round(float(best["weight"]), 3),
                          "top_terms": ", ".join(words.astype(str))}])


def _keyness_group(keyness: pd.DataFrame, article_id) -> pd.DataFrame:
    labels = {str(article_id), f"article {article_id}"}
    return keyness[keyness["group"].astype(str).isin(labels)]


def distinctive_terms(tables: dict, article_id, top_n: int = 8) -> pd.DataFrame:
    """Words that mark the article out from the rest: top terms by keyness (log_odds_z > 0), topped up with its
    TF-IDF key terms when keyness has fewer than `top_n` (keyness needs a word at least twice, so short articles
    have few). Columns: rank, term, count, measure ("keyness z" or "tf-idf"), score.
    """
    rows: list[tuple] = []
    keyness = _table(tables, "keyness")
    if len(keyness) and "group" in keyness.columns:
        key = _keyness_group(keyness, article_id)
        key = key[key["log_odds_z"] > 0].sort_values(["log_odds_z", "term"], ascending=[False, True]).head(top_n)
        rows += [(t, int(n), "keyness z", round(float(z), 2))
                 for t, n, z in key[["term", "count_group", "log_odds_z"]].itertuples(index=False)]
    terms = _in_article(_table(tables, "terms"), article_id)
    if len(terms):
        seen = {row[0] for row in rows}
        for t, n, score in terms.sort_values("rank")[["term", "count", "tfidf"]].itertuples(index=False):
            if len(rows) >= top_n:
                break
            if t not in seen:
                rows.append((t, int(n), "tf-idf", round(float(score), 3)))
    table = pd.DataFrame(rows, columns=["term", "count", "measure", "score"])
    table.insert(0, "rank", range(1, len(table) + 1))
    return table


def compare_articles(tables: dict, pair, top_n: int = 8) -> pd.DataFrame:
    """The most distinctive words of the two articles in `pair` side by side (rank, term_a, term_b); "" where one
    list is shorter; no rows when `pair` is None (a corpus of one article)."""
    if pair is None:
        return pd.DataFrame(columns=COMPARE_COLUMNS)
    article_a, article_b = pair
    a = list(distinctive_terms(tables, article_a, top_n)["term"])
    b = list(distinctive_terms(tables, article_b, top_n)["term"])
    n = max(len(a), len(b))
    return pd.DataFrame({"rank": range(1, n + 1), "term_a": a + [""] * (n - len(a)),
                         "term_b": b + [""] * (n - len(b))}, columns=COMPARE_COLUMNS)


def quoted_phrases_in(tables: dict, article_id=None) -> pd.DataFrame:
    """Words in quotation marks that are not speech, with the machine's reason (line, text, reason); one article
    or (default) all."""
    phrases = _table(tables, "quoted_phrases")
    if article_id is not None:
        phrases = _in_article(phrases, article_id)
    if phrases.empty:
        return pd.DataFrame(columns=PHRASE_COLUMNS)
    phrases = phrases.sort_values(["line", "char_start"] if "char_start" in phrases.columns else ["line"])
    return pd.DataFrame({"line": phrases["line"].astype(int).to_numpy(), "text": phrases["text"].astype(str).to_numpy(),
                         "reason": phrases["reason"].astype(str).to_numpy()}, columns=PHRASE_COLUMNS)


# ---------------------------------------------------------------------------------------------------------------
# Showing answers in the notebook


class Note:
    """A sentence shown in place of an empty answer ("no quotes were found ..."), in notebooks and printouts."""

    def __init__(self, text: str):
        self.text = text

    def __repr__(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        return f"<p><em>{html.escape(self.text)}</em></p>"


def answer(table: pd.DataFrame, if_empty: str):
    """`table`, or a Note saying `if_empty` when the table has no rows -- so an answer cell never shows nothing."""
    return Note(if_empty) if table is None or len(table) == 0 else table


class Picker:
    """A drop-down that redraws a view; shows the default choice as static HTML wherever widgets do not run.

    Its display bundle holds both the widget view and a ``text/html`` rendering of the default choice: a live
    notebook shows the widget, while an executed copy (widget views are stripped, see analysis.reproduce) and
    the printed worksheet show the HTML. `render(choice)` must return an object with ``_repr_html_`` or a
    DataFrame.
    """

    def __init__(self, description: str, options: list[tuple[str, object]], render, value=None):
        self.description = description
        self.options = options
        self.render = render
        self.value = value if value is not None else (options[0][1] if options else None)

    def _view_html(self, choice) -> str:
        view = self.render(choice)
        return view._repr_html_() if hasattr(view, "_repr_html_") else f"<pre>{html.escape(repr(view))}</pre>"

    def static_html(self) -> str:
        if self.value is None:
            return "<p><em>Nothing to choose from.</em></p>"
        label = next((lab for lab, v in self.options if v == self.value), str(self.value))
        return (f"<p><strong>{html.escape(self.description)}</strong> {html.escape(label)}</p>\n"
                f"{self._view_html(self.value)}")

    def widget(self):
        """Drop-down + an HTML widget holding the rendered choice (no Output widget: nothing is captured from
        the kernel, so headless execution stays simple and deterministic)."""
        import ipywidgets as widgets

        dropdown = widgets.Dropdown(options=self.options, value=self.value, description=self.description,
                                    style={"description_width": "initial"},
                                    layout=widgets.Layout(width="max-content"))
        view = widgets.HTML(value=self._view_html(self.value) if self.value is not None else "")
        dropdown.observe(lambda change: setattr(view, "value", self._view_html(change["new"])), names="value")
        return widgets.VBox([dropdown, view])

    def _repr_mimebundle_(self, include=None, exclude=None):
        bundle = {"text/plain": f"{self.description} {self.value}", "text/html": self.static_html()}
        try:
            bundle.update(self.widget()._repr_mimebundle_())
        except ImportError:  # no ipywidgets: the static view is all there is
            pass
        bundle["text/plain"] = f"{self.description} {self.value}"
        bundle["text/html"] = self.static_html()
        return bundle


def article_picker(tables: dict, value=None) -> Picker:
    """Choose an article; shows its annotated view (default: the article with the most sources)."""
    from analysis.report import ArticleView

    options = [(article_label(tables, a), a) for a in article_ids(tables)]
    return Picker("Article:", options, lambda a: ArticleView(tables, a),
                  value=value if value is not None else pick_article(tables))


def term_choices(tables: dict, n_terms: int = 30) -> list[str]:
    """Terms worth looking up: framing words by frequency, then key terms; unique, at most `n_terms`."""
    framing = _table(tables, "framing")
    chosen: list[str] = []
    if len(framing):
        counts = framing[_col(framing, "category") != "scare_quotes"].groupby("term").size()
        chosen += [t for t, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    terms = _table(tables, "terms")
    if len(terms):
        chosen += list(terms.sort_values(["rank", "article_id"])["term"].astype(str))
    return list(dict.fromkeys(chosen))[:n_terms]


def term_picker(tables: dict, value=None) -> Picker:
    """Choose a term; shows its concordance lines across the corpus (default: the most frequent loaded word)."""
    choices = term_choices(tables)
    value = value if value is not None else pick_loaded_term(tables)
    if value is not None and value not in choices:
        choices = [value] + choices
    options = [(t, t) for t in choices]
    return Picker("Term:", options, lambda t: answer(concordance_lines(tables, t), f"'{t}' does not occur."),
                  value=value)


def first_paragraphs(tables: dict, article_ids, n_paragraphs: int = 1) -> pd.DataFrame:
    """The opening paragraph(s) of each article in `article_ids` (one id, a pair, or None): article, line, text.

    For exercises about an article the printed worksheet does not reproduce in full: students read its opening
    and can find the rest by line number.
    """
    if article_ids is None:
        return pd.DataFrame(columns=["article", "line", "text"])
    ids = [article_ids] if isinstance(article_ids, (int, str)) or not hasattr(article_ids, "__iter__") else list(article_ids)
    paragraphs = _table(tables, "paragraphs")
    body = paragraphs[~paragraphs["is_heading"].astype(bool)]
    rows = []
    for article_id in ids:
        opening = body[body["article_id"] == article_id].sort_values("line").head(n_paragraphs)
        rows += [(article_label(tables, article_id), int(line), text) for line, text in zip(opening["line"], opening["text"])]
    return pd.DataFrame(rows, columns=["article", "line", "text"])
