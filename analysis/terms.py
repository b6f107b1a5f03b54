"""What words and names each article leans on: tokens, phrase-aware terms, key terms (TF-IDF) and concordance.

The unit of analysis is a *term*: a single word, or a multi-word name kept together. Three rules build terms:

1. **Capitalised runs** -- two or more adjacent capitalised words (``Solomon Islands``, ``Ark Peace``,
   ``Counter-Espionage Law``, ``Suzhou Industrial Park``), optionally joined by ``of`` (``Ministry of State
   Security``). Stop words at either end are trimmed, so a sentence-initial ``The`` or ``In`` never joins a name.
2. **Collocations learned on the corpus itself** -- lower-case word pairs that occur together far more often than
   chance (nltk ``BigramCollocationFinder``, pointwise mutual information, needs no download), such as
   ``national security`` or ``illegal wildlife`` when the corpus repeats them.
3. **Stop phrases** -- attribution boilerplate (``told the Global Times``, ``said``, ``according to``) and dates
   (weekday and month names) are removed *before* terms are built, so they cannot pose as a topic. The list is
   ``analysis/data/term_stop_phrases.csv`` (one phrase a row, editable) on top of scikit-learn's English stop words.

Terms are lower-case (``solomon islands``) so every table joins on the same key; the ``label`` column of
:func:`key_terms` gives the spelling most often seen in the text (``Solomon Islands``, ``SCO``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from analysis.paths import DATA_DIR, REPORTING_VERBS_FILE
from analysis.patterns import CONTRACTION

STOP_PHRASES_FILE = DATA_DIR / "term_stop_phrases.csv"

# A word: letters/digits, with internal hyphens, apostrophes or ampersands (self-reliance, R&D, Iran's).
# Any letter or digit, not only ASCII, so "Rodríguez" or "Zürich" stay whole words.
WORD_RE = re.compile(r"[^\W_]+(?:[-'\u2019&][^\W_]+)*")
# Possessive endings carry no meaning of their own: Iran's -> iran.
POSSESSIVE_RE = re.compile(r"['\u2019]s$", re.IGNORECASE)
# Numbers and ordinals (2023, 23rd, 1,000) are facts, not topics.
NUMBER_RE = re.compile(r"^\d+(?:st|nd|rd|th|s)?$", re.IGNORECASE)
# Words that may sit inside a capitalised name without breaking it (Ministry of State Security).
NAME_CONNECTORS = frozenset({"of"})
# Longest capitalised run kept as one name; longer runs are usually two names in a row.
MAX_NAME_WORDS = 6

CONCORDANCE_COLUMNS = ["article_id", "line", "left", "match", "right", "char_start", "char_end"]
TERMS_COLUMNS = ["article_id", "term", "tfidf", "count", "rank", "label"]


def load_stop_phrases(path: Path | str = STOP_PHRASES_FILE) -> list[str]:
    """The editable stop-phrase list (column ``phrase``) plus every form in the reporting-verb list, lower-cased,
    longest first.

    Reporting verbs (said, told, stressed, ...) say who spoke, never what an article is about; they are read from
    the one list the quote finder uses, ``reporting_verbs.csv``, so the two can never disagree.
    """
    table = pd.read_csv(path, comment=None)
    verbs = pd.read_csv(REPORTING_VERBS_FILE, keep_default_na=False)["verb"]
    phrases = {str(p).strip().lower() for p in [*table["phrase"].dropna(), *verbs] if str(p).strip()}
    return sorted(phrases, key=lambda p: (-len(p), p))


def tokenize(text: str) -> list[str]:
    """Split text into lower-case word tokens: hyphenated words stay whole, possessive 's and numbers are dropped.

    >>> tokenize("Iran's self-reliance in R&D, since 2005.")
    ['iran', 'self-reliance', 'in', 'r&d', 'since']
    """
    tokens = []
    for match in WORD_RE.finditer(text):
        token = POSSESSIVE_RE.sub("", match.group(0)).lower()
        if token and not NUMBER_RE.match(token):
            tokens.append(token)
    return tokens


@dataclass(frozen=True)
class _Token:
    text: str  # as written, possessive removed
    norm: str  # lower-case
    start: int
    end: int
    segment: int  # tokens in different segments never join (punctuation or a stop phrase lies between)


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


@dataclass
class PhraseAnalyzer:
    """Turn text into terms (words and multi-word names); callable, so it plugs into scikit-learn vectorisers.

    Parameters follow scikit-learn: settings in ``__init__``, :meth:`fit` learns the corpus collocations and
    returns ``self``, learned state ends in ``_``.

    stop_phrases: phrases removed before anything else (default: ``term_stop_phrases.csv``).
    min_collocation_count: a word pair must occur this often to be learned as a collocation.
    min_collocation_pmi: ... and its pointwise mutual information (log2) must reach this value.
    """

    stop_phrases: list[str] | None = None
    min_collocation_count: int = 3
    min_collocation_pmi: float = 3.0
    collocations_: frozenset = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        phrases = load_stop_phrases() if self.stop_phrases is None else [p.lower() for p in self.stop_phrases]
        multi = sorted((p for p in phrases if " " in p), key=lambda p: (-len(p), p))
        self._stop_words = frozenset(ENGLISH_STOP_WORDS) | {p for p in phrases if " " not in p}
        self._stop_phrase_re = (
            re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in multi)
                       + r")(?![A-Za-z0-9])", re.IGNORECASE)
            if multi else None
        )

    # -- steps --------------------------------------------------------------------------------------------------
    def _tokens(self, text: str) -> list[_Token]:
        """Word tokens with segment numbers: punctuation (other than a space) and stop phrases end a segment."""
        blocked = [(m.start(), m.end()) for m in self._stop_phrase_re.finditer(text)] if self._stop_phrase_re else []
        tokens: list[_Token] = []
        segment, previous_end = 0, 0
        for match in WORD_RE.finditer(text):
            start, end = match.span()
            if any(s <= start < e for s, e in blocked):
                segment += 1
                previous_end = end
                continue
            gap = text[previous_end:start]
            if gap.strip():  # punctuation between two words: they cannot form one name
                segment += 1
            previous_end = end
            word = POSSESSIVE_RE.sub("", match.group(0))
            if word != match.group(0):  # a possessive ends a name: Iran's path
                tokens.append(_Token(word, word.lower(), start, end, segment))
                segment += 1
                continue
            tokens.append(_Token(word, word.lower(), start, end, segment))
        return tokens

    def _names(self, tokens: list[_Token]) -> list[tuple[int, int]]:
        """Index ranges [i, j) of capitalised runs of at least two content words."""
        runs = []
        i = 0
        while i < len(tokens):
            if not _is_capitalised(tokens[i].text):
                i += 1
                continue
            j = i + 1
            while j < len(tokens) and tokens[j].segment == tokens[i].segment:
                if _is_capitalised(tokens[j].text):
                    j += 1
                elif (tokens[j].norm in NAME_CONNECTORS and j + 1 < len(tokens)
                      and tokens[j + 1].segment == tokens[i].segment and _is_capitalised(tokens[j + 1].text)):
                    j += 2
                else:
                    break
            # A run longer than a name ("Board of Directors of China Railway Group") is split at its connectors.
            pieces = [(i, j)]
            if j - i > MAX_NAME_WORDS:
                cuts = [k for k in range(i, j) if tokens[k].norm in NAME_CONNECTORS]
                bounds = [i - 1] + cuts + [j]
                pieces = [(a + 1, b) for a, b in zip(bounds, bounds[1:])]
            for start, stop in pieces:
                start, stop = self._trim(tokens, start, stop)
                if 2 <= stop - start <= MAX_NAME_WORDS:
                    runs.append((start, stop))
            i = max(j, i + 1)
        return runs

    def _trim(self, tokens: list[_Token], start: int, stop: int) -> tuple[int, int]:
        """Trim stop words (a sentence-initial "The", "In", "During") and numbers from both ends of a run."""
        def droppable(token: _Token) -> bool:
            return token.norm in self._stop_words or bool(NUMBER_RE.match(token.norm))
        while start < stop and droppable(tokens[start]):
            start += 1
        while stop > start and droppable(tokens[stop - 1]):
            stop -= 1
        return start, stop

    def _pieces(self, text: str) -> list[tuple[str, str, int, int]]:
        """Terms in order as (term, surface form, char_start, char_end) before stop-word filtering of single words."""
        tokens = self._tokens(text)
        names = {start: stop for start, stop in self._names(tokens)}
        pieces = []
        i = 0
        while i < len(tokens):
            if i in names:
                stop = names[i]
                surface = text[tokens[i].start:tokens[stop - 1].end]
                surface = POSSESSIVE_RE.sub("", surface)
                pieces.append((" ".join(t.norm for t in tokens[i:stop]), re.sub(r"\s+", " ", surface),
                               tokens[i].start, tokens[stop - 1].end))
                i = stop
                continue
            token = tokens[i]
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if (nxt is not None and nxt.segment == token.segment and (token.norm, nxt.norm) in self.collocations_
                    and i + 1 not in names):
                pieces.append((f"{token.norm} {nxt.norm}", f"{token.text} {nxt.text}", token.start, nxt.end))
                i += 2
                continue
            pieces.append((token.norm, token.text, token.start, token.end))
            i += 1
        return pieces

    def _keep(self, term: str) -> bool:
        if " " in term:
            return True
        return (term not in self._stop_words and not NUMBER_RE.match(term) and not CONTRACTION.search(term)
                and len(term) > 1)

    # -- public ------------------------------------------------------------------------------------------------
    def fit(self, texts) -> "PhraseAnalyzer":
        """Learn collocations (adjacent lower-case content-word pairs) from ``texts``; returns self."""
        from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

        sequences = []
        for text in texts:
            tokens = self._tokens(str(text))
            # A name breaks the sequence, as do punctuation and stop phrases: pairs are only learned inside a run
            # of plain words, using a None separator that nltk treats as an ordinary (filtered) word.
            name_index = set()
            for start, stop in self._names(tokens):
                name_index.update(range(start, stop))
            sequence, previous_segment = [], None
            for k, token in enumerate(tokens):
                if k in name_index or token.segment != previous_segment:
                    sequence.append(None)
                previous_segment = token.segment
                if k not in name_index:
                    sequence.append(token.norm)
            sequences.append(sequence)
        finder = BigramCollocationFinder.from_documents(sequences)
        finder.apply_freq_filter(self.min_collocation_count)
        finder.apply_word_filter(lambda w: w is None or not self._keep(w))
        measures = BigramAssocMeasures()
        self.collocations_ = frozenset(
            pair for pair, score in finder.score_ngrams(measures.pmi) if score >= self.min_collocation_pmi
        )
        return self

    def terms_with_spans(self, text: str) -> list[tuple[str, str, int, int]]:
        """(term, surface form, char_start, char_end) for every kept term in ``text``."""
        return [piece for piece in self._pieces(text) if self._keep(piece[0])]

    def __call__(self, text: str) -> list[str]:
        return [piece[0] for piece in self.terms_with_spans(text)]


def fit_analyzer(paragraphs: pd.DataFrame, **kwargs) -> PhraseAnalyzer:
    """A :class:`PhraseAnalyzer` whose collocations are learned on the paragraphs' own text."""
    return PhraseAnalyzer(**kwargs).fit(paragraphs["text"].astype(str).tolist())


def article_texts(paragraphs: pd.DataFrame) -> pd.Series:
    """One text per article (paragraphs joined by newlines, in line order), indexed by article_id, sorted."""
    ordered = paragraphs.sort_values(["article_id", "line"])
    return ordered.groupby("article_id", sort=True)["text"].agg(lambda texts: "\n".join(map(str, texts)))


def term_labels(paragraphs: pd.DataFrame, analyzer: PhraseAnalyzer) -> dict[str, str]:
    """term -> the spelling most often written in the text (ties: alphabetical), e.g. sco -> SCO."""
    surfaces: dict[str, Counter] = {}
    for text in paragraphs["text"].astype(str):
        for term, surface, _, _ in analyzer.terms_with_spans(text):
            surfaces.setdefault(term, Counter())[surface] += 1
    return {term: sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for term, counter in surfaces.items()}


def key_terms(paragraphs: pd.DataFrame, top_n: int = 15, analyzer: PhraseAnalyzer | None = None) -> pd.DataFrame:
    """Top ``top_n`` terms per article by TF-IDF: frequent in this article, rare in the others.

    Returns the ``terms`` table: article_id, term (lower-case), tfidf (l2-normalised per article), count (times
    the term occurs in the article), rank (1 = most distinctive), label (most common spelling). Sorted by
    article_id, rank; ties in tfidf are broken alphabetically so the table is the same on every run.
    """
    if paragraphs.empty:
        return pd.DataFrame(columns=TERMS_COLUMNS)
    analyzer = analyzer or fit_analyzer(paragraphs)
    texts = article_texts(paragraphs)
    vectorizer = TfidfVectorizer(analyzer=analyzer, lowercase=False)
    try:
        tfidf = vectorizer.fit_transform(texts.tolist())
    except ValueError:  # nothing but stop words: no term to rank
        return pd.DataFrame(columns=TERMS_COLUMNS)
    counts = [Counter(analyzer(text)) for text in texts]
    vocabulary = vectorizer.get_feature_names_out()
    labels = term_labels(paragraphs, analyzer)
    rows = []
    for row_index, article_id in enumerate(texts.index):
        row = tfidf.getrow(row_index).tocoo()
        # Round before sorting so floating-point noise cannot reorder true ties.
        scored = sorted(((round(float(v), 12), vocabulary[c]) for c, v in zip(row.col, row.data)),
                        key=lambda sv: (-sv[0], sv[1]))
        for rank, (score, term) in enumerate(scored[:top_n], start=1):
            rows.append((int(article_id), term, score, counts[row_index][term], rank, labels.get(term, term)))
    return pd.DataFrame(rows, columns=TERMS_COLUMNS)


def term_pattern(term: str) -> re.Pattern:
    """Case-insensitive whole-word regex for a term; spaces match any whitespace, ``*`` matches a word ending.

    Hyphens and apostrophes count as word edges, so ``espionage`` matches inside ``counter-espionage`` and
    ``Iran`` inside ``Iran's``; a longer term such as ``counter-espionage`` can still be matched on its own.
    """
    words = term.strip().split()
    parts = []
    for word in words:
        if word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"[A-Za-z0-9]*")
        else:
            parts.append(re.escape(word))
    body = r"\s+".join(parts)
    return re.compile(r"(?<![A-Za-z0-9])" + body + r"(?![A-Za-z0-9])", re.IGNORECASE)


def concordance(paragraphs: pd.DataFrame, term: str, width: int = 60) -> pd.DataFrame:
    """Keyword in context: every occurrence of ``term`` with ``width`` characters either side.

    Case-insensitive, whole words, multi-word terms allowed (``Solomon Islands``), ``*`` for word endings.
    Columns: article_id, line, left, match, right, char_start, char_end (offsets into the paragraph's text);
    sorted by article_id, line, char_start. ``left``/``right`` have runs of whitespace folded to one space.
    No term (None or blank) gives no lines.
    """
    rows = []
    if term is None or not str(term).strip():
        return pd.DataFrame(rows, columns=CONCORDANCE_COLUMNS)
    pattern = term_pattern(term)
    for article_id, line, text in paragraphs[["article_id", "line", "text"]].itertuples(index=False):
        text = str(text)
        for match in pattern.finditer(text):
            start, end = match.span()
            left = re.sub(r"\s+", " ", text[max(0, start - width):start])
            right = re.sub(r"\s+", " ", text[end:end + width])
            rows.append((int(article_id), int(line), left, match.group(0), right, start, end))
    table = pd.DataFrame(rows, columns=CONCORDANCE_COLUMNS)
    return table.sort_values(["article_id", "line", "char_start"], ignore_index=True)



def leading_term(terms: pd.DataFrame) -> str | None:
    """The term that tops the most articles' key-term lists (ties: more occurrences, then alphabetical), as written
    in the text; None when there are no key terms. A good first word to look up in context."""
    leaders = terms[terms["rank"] == 1]
    if leaders.empty:
        return None
    label = "label" if "label" in leaders else "term"
    ranked = (leaders.groupby(label).agg(n_articles=("article_id", "size"), n=("count", "sum")).reset_index()
              .sort_values(["n_articles", "n", label], ascending=[False, False, True]))
    return str(ranked[label].iloc[0])
