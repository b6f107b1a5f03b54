"""Which words frame each article, and whose words they are: framing-lexicon hits with the voice they are in.

The lexicon (``analysis/data/framing_lexicon.csv``, columns category, term, note) is a teacher-editable list of
general news vocabulary in ten categories. **Term syntax**: one term per row; matching is whole words and
case-insensitive; ``*`` at the end of a word matches any ending (``threat*`` = threat, threats, threatened,
threatening); a space matches any run of whitespace (``national security``); hyphens and apostrophes count as word
edges, so ``espionage`` is found inside ``counter-espionage``. Within one category each stretch of text counts once:
where a longer and a shorter term match overlapping text (``national security`` and ``security``), the longer,
earlier match wins. The same word may count in two categories (``so-called`` is both blame and distance).

**Voice.** A hit is ``quoted`` when it lies wholly inside a span of the ``quotes`` table -- for direct quotes the
quoted words, for indirect (reported) and mixed speech the reported content -- i.e. the span
``[char_start, char_end)`` of each quote row, whatever its kind; otherwise it is ``author``, the outlet's own words.
Without a quotes table every hit is ``author``. Scare quotes (``quoted_phrases`` rows with reason ``scare``) join
as their own category ``scare_quotes``: the outlet signalling distance from a word it puts in quotation marks.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.paths import DATA_DIR
from analysis.terms import WORD_RE, article_texts, term_pattern

LEXICON_FILE = DATA_DIR / "framing_lexicon.csv"
SCARE_QUOTES = "scare_quotes"
VOICES = ("author", "quoted")
FRAMING_COLUMNS = ["article_id", "line", "category", "term", "match", "char_start", "voice", "char_end"]
RATES_COLUMNS = ["article_id", "category", "voice", "n_hits", "n_words", "rate_per_1000"]


def load_lexicon(path: Path | str = LEXICON_FILE) -> pd.DataFrame:
    """The framing lexicon as a table (category, term, note); blank rows dropped, terms stripped and lower-cased."""
    lexicon = pd.read_csv(path, dtype=str, keep_default_na=False)
    lexicon["category"] = lexicon["category"].str.strip()
    lexicon["term"] = lexicon["term"].str.strip().str.lower()
    lexicon = lexicon[(lexicon["category"] != "") & (lexicon["term"] != "")]
    return lexicon.drop_duplicates(["category", "term"]).reset_index(drop=True)


def lexicon_categories(lexicon: pd.DataFrame | None = None) -> list[str]:
    """Categories in lexicon order, then ``scare_quotes``."""
    lexicon = load_lexicon() if lexicon is None else lexicon
    return list(dict.fromkeys(lexicon["category"])) + [SCARE_QUOTES]


def lexicon_summary(lexicon: pd.DataFrame | None = None, n_examples: int = 6) -> pd.DataFrame:
    """One row per category, in lexicon order: ``n_terms`` and the first ``n_examples`` terms as ``examples``."""
    lexicon = load_lexicon() if lexicon is None else lexicon
    return lexicon.groupby("category", sort=False).agg(
        n_terms=("term", "size"), examples=("term", lambda terms: ", ".join(terms.head(n_examples))))


def _spans_by_line(table: pd.DataFrame | None) -> dict[tuple[int, int], list[tuple[int, int]]]:
    spans: dict[tuple[int, int], list[tuple[int, int]]] = {}
    if table is None or table.empty:
        return spans
    usable = table.dropna(subset=["char_start", "char_end"])
    columns = ["article_id", "line", "char_start", "char_end"]
    for article_id, line, start, end in usable[columns].itertuples(index=False):
        spans.setdefault((int(article_id), int(line)), []).append((int(start), int(end)))
    return spans


def _voice(start: int, end: int, spans: list[tuple[int, int]]) -> str:
    return "quoted" if any(s <= start and end <= e for s, e in spans) else "author"


def _non_overlapping(matches: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Keep, within one category, the longest match at each start and drop any match overlapping a kept one."""
    kept, last_end = [], -1
    for start, end, term, text in sorted(matches, key=lambda m: (m[0], -(m[1] - m[0]), m[2])):
        if start >= last_end:
            kept.append((start, end, term, text))
            last_end = end
    return kept


def find_framing(paragraphs: pd.DataFrame, quotes: pd.DataFrame | None = None,
                 quoted_phrases: pd.DataFrame | None = None, lexicon: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per framing hit: article_id, line, category, term (the lexicon entry), match (the text as written),
    char_start, voice ('author' or 'quoted'), char_end (char_start/char_end: offsets into the paragraph's ``text``).

    Sorted by article_id, line, char_start, category, term. ``quotes`` and ``quoted_phrases`` may be None.
    """
    lexicon = load_lexicon() if lexicon is None else lexicon
    compiled = [(category, term, term_pattern(term)) for category, term in
                lexicon[["category", "term"]].itertuples(index=False)]
    quote_spans = _spans_by_line(quotes)
    rows = []
    for article_id, line, text in paragraphs[["article_id", "line", "text"]].itertuples(index=False):
        text, key = str(text), (int(article_id), int(line))
        spans = quote_spans.get(key, [])
        by_category: dict[str, list[tuple[int, int, str, str]]] = {}
        for category, term, pattern in compiled:
            for match in pattern.finditer(text):
                by_category.setdefault(category, []).append((match.start(), match.end(), term, match.group(0)))
        for category, matches in by_category.items():
            for start, end, term, matched in _non_overlapping(matches):
                rows.append((*key, category, term, matched, start, _voice(start, end, spans), end))
    if quoted_phrases is not None and not quoted_phrases.empty:
        # Empty marks ("" typed by mistake) frame nothing; the quote step notes them as oddities.
        scare = quoted_phrases[(quoted_phrases["reason"] == "scare") & (quoted_phrases["text"].str.strip() != "")]
        for row in scare.itertuples(index=False):
            key = (int(row.article_id), int(row.line))
            start = int(row.char_start) if pd.notna(row.char_start) else -1
            end = int(row.char_end) if pd.notna(row.char_end) else -1
            voice = _voice(start, end, quote_spans.get(key, [])) if start >= 0 else "author"
            rows.append((*key, SCARE_QUOTES, str(row.text).strip().lower(), str(row.text), start, voice, end))
    framing = pd.DataFrame(rows, columns=FRAMING_COLUMNS)
    framing = framing.astype({"article_id": int, "line": int, "char_start": int, "char_end": int})
    return framing.sort_values(["article_id", "line", "char_start", "category", "term"], ignore_index=True)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def words_by_voice(paragraphs: pd.DataFrame, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Words per article in each voice: article_id, voice, n_words (a word is quoted when it lies in a quote span)."""
    spans = _spans_by_line(quotes)
    counts: dict[tuple[int, str], int] = {}
    for article_id, line, text in paragraphs[["article_id", "line", "text"]].itertuples(index=False):
        merged = _merge(spans.get((int(article_id), int(line)), []))
        for match in WORD_RE.finditer(str(text)):
            voice = "quoted" if any(s <= match.start() and match.end() <= e for s, e in merged) else "author"
            counts[(int(article_id), voice)] = counts.get((int(article_id), voice), 0) + 1
    ids = sorted({int(a) for a in paragraphs["article_id"]})
    rows = [(a, v, counts.get((a, v), 0)) for a in ids for v in VOICES]
    return pd.DataFrame(rows, columns=["article_id", "voice", "n_words"])


def framing_rates(framing: pd.DataFrame, articles_or_paragraphs: pd.DataFrame, quotes: pd.DataFrame | None = None,
                  categories: list[str] | None = None) -> pd.DataFrame:
    """Hits per 1,000 words for every article x category x voice (zeros included, so heatmaps have no holes).

    Columns: article_id, category, voice, n_hits, n_words, rate_per_1000 (= 1000 * n_hits / n_words, 0 when
    n_words is 0). Denominator: given a paragraphs table *and* ``quotes``, each voice is divided by the words in
    that voice (author rate = hits in the outlet's words per 1,000 of the outlet's words); otherwise both voices
    are divided by the article's total words -- from the ``n_words`` column of an articles table, or counted in
    the paragraphs. ``categories`` defaults to the default lexicon's categories, then scare_quotes, then any other
    category found in ``framing``. Sorted by article_id, category (in that order), voice.
    """
    table = articles_or_paragraphs
    if "text" in table.columns:
        if quotes is not None:
            words = words_by_voice(table, quotes)
        else:
            totals = article_texts(table).map(lambda t: sum(1 for _ in WORD_RE.finditer(t)))
            words = pd.DataFrame([(int(a), v, int(n)) for a, n in totals.items() for v in VOICES],
                                 columns=["article_id", "voice", "n_words"])
    else:
        words = pd.DataFrame([(int(a), v, int(n)) for a, n in table[["article_id", "n_words"]].itertuples(index=False)
                              for v in VOICES], columns=["article_id", "voice", "n_words"])
    categories = list(categories) if categories is not None else lexicon_categories()
    categories += sorted(set(framing["category"]) - set(categories))
    grid = pd.MultiIndex.from_product([sorted(words["article_id"].unique()), categories, list(VOICES)],
                                      names=["article_id", "category", "voice"]).to_frame(index=False)
    hits = framing.groupby(["article_id", "category", "voice"]).size().rename("n_hits").reset_index()
    rates = grid.merge(hits, how="left", on=["article_id", "category", "voice"])
    rates = rates.merge(words, how="left", on=["article_id", "voice"])
    rates["n_hits"] = rates["n_hits"].fillna(0).astype(int)
    rates["n_words"] = rates["n_words"].fillna(0).astype(int)
    rates["rate_per_1000"] = [1000 * h / n if n else 0.0 for h, n in zip(rates["n_hits"], rates["n_words"])]
    order = {c: k for k, c in enumerate(categories)}
    rates["_order"] = rates["category"].map(order)
    rates = rates.sort_values(["article_id", "_order", "voice"], ignore_index=True).drop(columns="_order")
    return rates[RATES_COLUMNS]


def most_used_term(framing: pd.DataFrame, category: str = "delegitimising_blame", voice: str = "author",
                   default: str = "threat*") -> str:
    """The lexicon term with the most hits in `category` and `voice` (the outlet's own discrediting words, by
    default); if there are none, the most used term overall; `default` when there are no hits at all.
    Ties go to the alphabetically first term, so the choice is stable."""
    chosen = framing[(framing["category"] == category) & (framing["voice"] == voice)]
    pool = chosen if len(chosen) else framing
    counts = pool.groupby("term").size()
    return str(counts.idxmax()) if len(counts) else default


def contrast_groups(rates: pd.DataFrame, lean_a: str = "security", lean_b: str = "cooperation_harmony") -> dict:
    """Two articles to compare with keyness: the one that leans most on `lean_a` and, of the others, the one that
    leans most on `lean_b` (rates per 1,000 words, both voices together), as {article_id: "article N"}.

    Empty when the corpus has fewer than two articles, so keyness_table and plot_keyness show "nothing to show".
    """
    overall = rates.groupby(["article_id", "category"])[["n_hits", "n_words"]].sum()
    per_1000 = (1000 * overall["n_hits"] / overall["n_words"].where(overall["n_words"] > 0)).unstack().fillna(0)
    if len(per_1000) < 2:
        return {}
    column_a = per_1000[lean_a] if lean_a in per_1000 else per_1000.sum(axis=1)
    article_a = int(column_a.idxmax())
    rest = per_1000.drop(index=article_a)
    column_b = rest[lean_b] if lean_b in rest else rest.sum(axis=1)
    article_b = int(column_b.idxmax())
    return {article_a: f"article {article_a}", article_b: f"article {article_b}"}
