"""Article segmentation: split concatenated news text (one paragraph per line) into articles.

Entry points (plain functions, DataFrame in -> DataFrame out):

* ``segment_articles(lines)`` -> paragraphs table: the ``lines`` rows and columns unchanged, plus
  ``article_id`` (1-based, increasing across docs), ``is_heading`` (the whole line is a sub-heading) and
  ``heading`` (a sub-heading glued to the end of the line, split off; ``text`` then holds the rest).
  Invariant: ``text + (" " + heading if heading else "")`` equals the original line.
* ``score_gaps(lines)`` -> one row per gap between consecutive lines of a doc that needs segmenting, with the
  features, the score (probability of an article boundary), the threshold and the decision.
* ``articles_table(paragraphs)`` -> one row per article with its line span, size and a short title.

How the decision is made (method, in plain words): every gap between two paragraphs gets a handful of
features -- how similar the words on each side are (TF-IDF cosine over windows of 1-3 paragraphs, fitted on
the document itself, and a TextTiling-like depth score), whether the names after the gap were already met
before it, whether the next paragraph opens like a continuation ("He noted", "But", "The expert", a surname
already introduced), how many new names it introduces, whether the next two paragraphs keep the names the
article so far kept repeating, and whether the next paragraph is closer in words to what follows it than to the
eight paragraphs before the gap. A logistic regression trained on concatenated
real articles (see ``analysis.evaluate_segmentation --fit``) turns them into a probability; a gap is a
boundary when that probability clears the learned threshold and is higher than its neighbours'. Sub-headings
are found by rules first and never start (or end) an article.
"""

from __future__ import annotations

import csv
import json
import re

import numpy as np
import pandas as pd

from analysis import patterns
from analysis.paths import DATA_DIR

WORDS_FILE = DATA_DIR / "segment_words.csv"
WEIGHTS_FILE = DATA_DIR / "segment_weights.json"

# Features fed to the classifier, in this order. Each one is a column of score_gaps().
FEATURES = [
    "cos_1",  # TF-IDF cosine of the paragraph before vs the paragraph after the gap
    "cos_2",  # same, windows of 2 paragraphs each side
    "cos_3",  # same, windows of 3 paragraphs each side
    "cos_2_z",  # cos_2 standardised within the document (same-topic documents have high cosines everywhere)
    "depth",  # TextTiling depth of the cos_2 valley at this gap, standardised within the document
    "name_overlap",  # share of the names in the next paragraph already met in the 3 paragraphs before
    "name_window_overlap",  # overlap of names in 3 paragraphs before vs 3 after
    "opens_continuation",  # next paragraph opens with a pronoun/connective/definite description ("He", "But")
    "n_new_names",  # log(1 + names in the next paragraph not met in the 5 paragraphs before)
    "opens_quote",  # next paragraph opens with a quotation mark
    "name_overlap_far",  # share of the names in the next paragraph met in the 12 paragraphs before
    "opens_known_name_far",  # next paragraph opens with a name met in the 12 paragraphs before ("Li stressed")
    "early_anaphor",  # the first sentence (<= 25 words) points back: "also", "another", "this mission"
    "prev_closing",  # the paragraph before the gap is a sign-off ("(Reporting by ...)", "Contributing: ...")
    "opens_dateline",  # the next paragraph opens with a dateline ("WASHINGTON -", "Washington (AFP) -")
    "reintroduced_name",  # the next paragraph gives a full name ("Hillary Clinton") for a surname met in the
    # 8 paragraphs before: a new article introduces people again, the same article would say "Clinton"
    "dominant_name_kept",  # the next 2 paragraphs mention the most repeated name of the 8 paragraphs before
    "repeat_share",  # share of the repeated-name mentions of the 8 paragraphs before that come back in the next 2
    "cohesion_shift",  # cosine(next paragraph, the 3 after it) - cosine(next paragraph, the 8 before the gap)
]

_FULL_NAME_RE = re.compile(r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?([A-Z][a-z][A-Za-z'\u2019\-]*)")

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\u2019\-]*[A-Za-z]|[A-Za-z]")
_NAME_RE = re.compile(r"\b[A-Z][A-Za-z'\u2019\-]*[A-Za-z]\b")
_FIRST_WORDS_RE = re.compile(r"[\"'\u201c\u2018(\s]*([A-Za-z][A-Za-z.'\u2019\-]*)(?:\s+([A-Za-z][A-Za-z'\u2019\-]*))?")
_QUOTE_OPEN = ('"', "\u201c", "\u2018", "'")
# A sentence ends with . ! ? possibly followed by closing quotes/brackets.
_SENTENCE_END_RE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+")
_FINAL_PUNCT = tuple(".!?;:,\"'\u201d\u2019)]\u2026-\u2014")
_QUOTE_CHARS = set("\"\u201c\u201d")
_SENTENCE_VERBS = {"is", "are", "was", "were", "will", "would", "has", "have", "had", "said", "says", "did",
                   "does", "can", "could", "should", "may", "might", "must"}


# --------------------------------------------------------------------------------------------------- word lists
def load_segment_words(path=WORDS_FILE) -> dict[str, set[str]]:
    """Read the editable word list (columns word, kind) into {kind: set of lower-case words/phrases}."""
    words: dict[str, set[str]] = {}
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            words.setdefault(row["kind"].strip(), set()).add(row["word"].strip().lower())
    return words


def _stop_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return ENGLISH_STOP_WORDS


# --------------------------------------------------------------------------------------------------- headings
# Limits chosen from the seed and the evaluation corpora: sub-headings are short noun phrases or questions;
# a real paragraph of 10+ words without final punctuation is rarer than a long heading.
MAX_HEADING_WORDS = 10
MAX_QUESTION_HEADING_WORDS = 8
MAX_HEADING_CHARS = 80


def is_heading_line(text: str) -> bool:
    """True when the whole line looks like a sub-heading.

    A heading is short (<= 10 words), has no final sentence punctuation ("Encouragement for breakthroughs"),
    or is a short question without quotation marks ("Where are attacks coming from?"). A short sentence that
    ends with a full stop is a paragraph, not a heading.
    """
    text = text.strip()
    if not text or not re.search(r"[A-Za-z0-9]", text):
        return False
    words = text.split()
    # Headings start with a capital or a digit; a lower-case start is a broken-off piece of a sentence.
    if not (text[0].isupper() or text[0].isdigit()) or len(text) > MAX_HEADING_CHARS:
        return False
    if _QUOTE_CHARS & set(text):
        return False
    if text.endswith("?"):
        return len(words) <= MAX_QUESTION_HEADING_WORDS
    return len(words) <= MAX_HEADING_WORDS and not text.endswith(_FINAL_PUNCT)


def split_glued_heading(text: str, abbreviations: set[str] | None = None) -> tuple[str, str]:
    """Split a sub-heading glued after the last sentence of a paragraph.

    ``'... Cong said. High hopes for economic powerhouse'`` -> ``('... Cong said.', 'High hopes for economic
    powerhouse')``. Returns ``(text, "")`` when there is none. The tail must look like a heading on its own
    (short, capitalised, no final punctuation, no quotation marks) and follow a real sentence end (not
    "Mr." or "U.S.").
    """
    if abbreviations is None:
        abbreviations = load_segment_words().get("abbreviation", set())
    stripped = text.strip()
    if stripped.endswith(_FINAL_PUNCT) or stripped.endswith("?"):
        return text, ""
    ends = list(_SENTENCE_END_RE.finditer(stripped))
    if not ends:
        return text, ""
    last = ends[-1]
    body, tail = stripped[: last.end()].rstrip(), stripped[last.end():]
    tail_words = tail.split()
    if not tail_words or not tail_words[0][0].isupper():
        return text, ""
    if len(tail_words) < 2 or len(tail_words) > 8 or len(tail) > 70 or not is_heading_line(tail):
        return text, ""
    # A tail with a finite verb or ending on a function word is the start of a sentence cut off by a line
    # break, not a heading ("The team will play", "It was the first time that").
    lowered = [w.lower().strip(",;") for w in tail_words]
    if set(lowered) & _SENTENCE_VERBS or lowered[-1] in _stop_words() or re.search(r"\d", tail):
        return text, ""
    before = stripped[: last.start()]
    last_word = before.split()[-1].lower().strip("\"'(\u201c") if before.split() else ""
    if last_word in abbreviations or re.fullmatch(r"[a-z]", last_word) or len(before.split()) < 4:
        return text, ""
    if body + " " + tail != text:  # odd spacing: keep the line whole rather than break the invariant
        return text, ""
    return body, tail


# --------------------------------------------------------------------------------------------------- features
def _stem(word: str) -> str:
    # Crude plural/possessive folding so "ships"/"ship's" meet "ship"; enough for cosine, no data needed.
    word = word.lower().replace("\u2019", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _content_words(text: str, stop_words) -> list[str]:
    return [_stem(w) for w in _WORD_RE.findall(text) if w.lower() not in stop_words and len(w) > 1]


def _tfidf_matrix(texts: list[str], stop_words) -> np.ndarray:
    """TF-IDF rows (sublinear tf, smooth idf) fitted on the document's own paragraphs."""
    docs = [_content_words(t, stop_words) for t in texts]
    vocab = {w: i for i, w in enumerate(sorted({w for d in docs for w in d}))}
    counts = np.zeros((len(texts), max(len(vocab), 1)))
    for r, d in enumerate(docs):
        for w in d:
            counts[r, vocab[w]] += 1
    df = (counts > 0).sum(axis=0)
    idf = np.log((1 + len(texts)) / (1 + df)) + 1
    tf = np.where(counts > 0, 1 + np.log(np.maximum(counts, 1)), 0.0)
    return tf * idf


def _cosine(a: np.ndarray, b: np.ndarray) -> float:
    na, nb = np.linalg.norm(a), np.linalg.norm(b)
    return float(a @ b / (na * nb)) if na > 0 and nb > 0 else 0.0


def _depth_scores(curve: np.ndarray) -> np.ndarray:
    """TextTiling depth: how far the curve climbs on each side of a point before it turns down."""
    depth = np.zeros(len(curve))
    for i, value in enumerate(curve):
        left = value
        for j in range(i - 1, -1, -1):
            if curve[j] < left:
                break
            left = curve[j]
        right = value
        for j in range(i + 1, len(curve)):
            if curve[j] < right:
                break
            right = curve[j]
        depth[i] = (left - value) + (right - value)
    return depth


def _standardise(values: np.ndarray) -> np.ndarray:
    if len(values) < 2:
        return np.zeros(len(values))
    sd = values.std()
    return (values - values.mean()) / sd if sd > 1e-9 else np.zeros(len(values))


def _names(text: str, lowercase_vocab: set[str], stop_words) -> set[str]:
    """Capitalised words that are names: their lower-case form never occurs in the document
    (so a sentence-initial "Analysts" is not a name when "analysts" occurs elsewhere)."""
    found = set()
    for w in _NAME_RE.findall(text):
        low = w.lower().replace("\u2019", "'")
        if low.endswith("'s"):
            low = low[:-2]
        if low in stop_words or low in lowercase_vocab or len(low) < 2:
            continue
        found.add(low)
    return found


def _opening(text: str) -> tuple[str, str]:
    match = _FIRST_WORDS_RE.match(text)
    if not match:
        return "", ""
    return (match.group(1) or "").lower().rstrip("."), (match.group(2) or "").lower()


def _unit_features(texts: list[str], words: dict[str, set[str]], stop_words) -> pd.DataFrame:
    """Feature rows for the len(texts)-1 gaps between consecutive content paragraphs."""
    n = len(texts)
    n_gaps = max(n - 1, 0)
    if n_gaps == 0:
        return pd.DataFrame(columns=FEATURES, dtype=float)
    tfidf = _tfidf_matrix(texts, stop_words)
    cos = {}
    for k in (1, 2, 3):
        cos[k] = np.array(
            [_cosine(tfidf[max(0, g - k + 1): g + 1].sum(axis=0), tfidf[g + 1: g + 1 + k].sum(axis=0))
             for g in range(n_gaps)]
        )
    lowercase_vocab = {w.lower() for t in texts for w in re.findall(r"\b[a-z][a-z'\-]*\b", t)}
    names = [_names(t, lowercase_vocab, stop_words) for t in texts]
    # Names in more than a fifth of the paragraphs ("China" in Chinese news, "Trump" in election news) are
    # the topic of the whole document, not of one article: they say nothing about where articles change.
    if n >= 10:
        name_df: dict[str, int] = {}
        for found in names:
            for name in found:
                name_df[name] = name_df.get(name, 0) + 1
        ubiquitous = {name for name, count in name_df.items() if count > 0.2 * n}
        names = [found - ubiquitous for found in names]
    continuation = words.get("continuation", set())
    anaphors = words.get("anaphor", set())
    closing = [re.compile(pattern, re.IGNORECASE) for pattern in sorted(words.get("closing", set()))]
    rows = []
    for g in range(n_gaps):
        after = names[g + 1]
        before3 = set().union(*names[max(0, g - 2): g + 1])
        before5 = set().union(*names[max(0, g - 4): g + 1])
        before12 = set().union(*names[max(0, g - 11): g + 1])
        sentence_end = _SENTENCE_END_RE.search(texts[g + 1])
        first_sentence = texts[g + 1][: sentence_end.start()] if sentence_end else texts[g + 1]
        opening_words = [w.lower() for w in _WORD_RE.findall(first_sentence)[:25]]
        before8 = set().union(*names[max(0, g - 7): g + 1])
        reintroduced = any(
            first.lower() not in stop_words and last.lower() in before8 and first.lower() not in before8
            for first, last in _FULL_NAME_RE.findall(texts[g + 1])
        )
        opening_pairs = {" ".join(opening_words[j: j + 2]) for j in range(len(opening_words) - 1)}
        after3 = set().union(*names[g + 1: g + 4])
        first, second = _opening(texts[g + 1])
        opens_cont = first in continuation or f"{first} {second}" in continuation
        union = before3 | after3
        rows.append(
            {
                "name_overlap": len(after & before3) / len(after) if after else 0.5,
                "name_window_overlap": len(before3 & after3) / len(union) if union else 0.5,
                "opens_continuation": float(opens_cont),
                "n_new_names": float(np.log1p(len(after - before5))),
                "opens_quote": float(texts[g + 1].lstrip().startswith(_QUOTE_OPEN)),
                "name_overlap_far": len(after & before12) / len(after) if after else 0.5,
                "opens_known_name_far": float(first in before12 or (first.endswith("'s") and first[:-2] in before12)),
                "early_anaphor": float(bool(anaphors & (set(opening_words) | opening_pairs))),
                "prev_closing": float(any(p.search(texts[g]) for p in closing)),
                "opens_dateline": float(bool(patterns.DATELINE.match(texts[g + 1]))),
                "reintroduced_name": float(reintroduced),
                **_cohesion_features(g, tfidf, names),
            }
        )
    table = pd.DataFrame(rows)
    table.insert(0, "cos_1", cos[1])
    table.insert(1, "cos_2", cos[2])
    table.insert(2, "cos_3", cos[3])
    table.insert(3, "cos_2_z", _standardise(cos[2]))
    table.insert(4, "depth", _standardise(_depth_scores(cos[2])))
    return table[FEATURES]


# "The article so far" for the cohesion features: the paragraphs before a gap, back to this many. Eight is about
# half a same-topic article (PolNeAR median 14 paragraphs) and more than a whole BBC one (median 4).
ARTICLE_SO_FAR = 8


def _cohesion_features(g: int, tfidf: np.ndarray, names: list[set[str]]) -> dict[str, float]:
    """Longer-range cohesion across gap g (between paragraphs g and g+1).

    * dominant_name_kept: 1 when the paragraph after the gap, or the one after it, mentions the most repeated
      name of the article so far (a name in 2+ of the ARTICLE_SO_FAR paragraphs before); 0 when it does not;
      0.5 when no name repeats before the gap (no evidence either way).
    * repeat_share: of the mentions of repeated names before the gap, the share whose name comes back in the
      next two paragraphs (0.5 when nothing repeats). A story keeps talking about its people; a new one
      introduces a new cast.
    * cohesion_shift: cosine of the next paragraph with the 3 paragraphs that follow it, minus its cosine with
      the article so far. Positive = it belongs with what follows more than with what came before.
    """
    n = len(names)
    counts: dict[str, int] = {}
    for found in names[max(0, g - ARTICLE_SO_FAR + 1): g + 1]:
        for name in found:
            counts[name] = counts.get(name, 0) + 1
    repeated = {name: c for name, c in counts.items() if c >= 2}
    after = names[g + 1] | (names[g + 2] if g + 2 < n else set())
    if repeated:
        top = max(repeated.values())
        dominant_kept = float(any(name in after for name, c in repeated.items() if c == top))
        repeat_share = sum(c for name, c in repeated.items() if name in after) / sum(repeated.values())
    else:
        dominant_kept, repeat_share = 0.5, 0.5
    cos_back = _cosine(tfidf[g + 1], tfidf[max(0, g - ARTICLE_SO_FAR + 1): g + 1].sum(axis=0))
    # The last paragraph has nothing after it: count it as neither closer ahead nor behind.
    cos_ahead = _cosine(tfidf[g + 1], tfidf[g + 2: g + 5].sum(axis=0)) if g + 2 < n else cos_back
    return {"dominant_name_kept": dominant_kept, "repeat_share": repeat_share, "cohesion_shift": cos_ahead - cos_back}


# --------------------------------------------------------------------------------------------------- model
class ArticleSegmenter:
    """Logistic regression over gap features, then threshold + local-maximum peak picking.

    Parameters
    ----------
    C : inverse regularisation strength of the logistic regression.
    threshold : boundary threshold on the probability; None = learn it in ``fit`` (best mean boundary F1).
    random_state : passed to the logistic regression (the lbfgs solver is deterministic anyway).

    Learned state: ``coef_``, ``intercept_``, ``mean_``, ``scale_`` (feature standardisation),
    ``threshold_``.
    """

    def __init__(self, C: float = 1.0, threshold: float | None = None, random_state: int = 0):
        self.C = C
        self.threshold = threshold
        self.random_state = random_state

    # -- fitting ----------------------------------------------------------------------------------------------
    def fit(self, gaps: pd.DataFrame, y) -> "ArticleSegmenter":
        """Fit on a gap table from ``gap_features`` (all docs stacked) and gold labels (1 = boundary).

        Gaps blocked by a heading are ignored. The threshold is chosen to maximise the mean per-doc boundary
        F1 of the peak-picked decisions on the same gaps.
        """
        from sklearn.linear_model import LogisticRegression

        y = np.asarray(y, dtype=int)
        usable = ~gaps["blocked"].to_numpy(bool)
        X = gaps.loc[usable, FEATURES].to_numpy(float)
        self.mean_ = X.mean(axis=0)
        self.scale_ = np.where(X.std(axis=0) > 1e-9, X.std(axis=0), 1.0)
        model = LogisticRegression(C=self.C, max_iter=1000, random_state=self.random_state)
        model.fit((X - self.mean_) / self.scale_, y[usable])
        self.coef_ = model.coef_[0].copy()
        self.intercept_ = float(model.intercept_[0])
        if self.threshold is not None:
            self.threshold_ = float(self.threshold)
        else:
            scores = self._score(gaps)
            best = (-1.0, 0.5)
            for t in np.round(np.arange(0.05, 0.96, 0.01), 2):
                f1s = []
                for _, idx in gaps.groupby("doc", sort=False).indices.items():
                    pred = _pick_peaks(scores[idx], gaps["blocked"].to_numpy(bool)[idx], t)
                    f1s.append(boundary_f1(y[idx], pred))
                if np.mean(f1s) > best[0] + 1e-12:
                    best = (float(np.mean(f1s)), float(t))
            self.threshold_ = best[1]
        return self

    def _score(self, gaps: pd.DataFrame) -> np.ndarray:
        X = gaps[FEATURES].to_numpy(float)
        z = ((X - self.mean_) / self.scale_) @ self.coef_ + self.intercept_
        return np.where(gaps["blocked"].to_numpy(bool), 0.0, 1 / (1 + np.exp(-z)))

    # -- persistence (numbers only, never text) ---------------------------------------------------------------
    def to_dict(self) -> dict:
        return {
            "features": FEATURES,
            "C": self.C,
            "coef": [round(float(c), 6) for c in self.coef_],
            "intercept": round(self.intercept_, 6),
            "mean": [round(float(m), 6) for m in self.mean_],
            "scale": [round(float(s), 6) for s in self.scale_],
            "threshold": self.threshold_,
        }

    @classmethod
    def from_dict(cls, params: dict) -> "ArticleSegmenter":
        if list(params["features"]) != FEATURES:
            raise ValueError("segment weights were fitted on other features; rerun "
                             "`python -m analysis.evaluate_segmentation --fit`")
        model = cls(C=params["C"], threshold=params["threshold"])
        model.coef_ = np.array(params["coef"], dtype=float)
        model.intercept_ = float(params["intercept"])
        model.mean_ = np.array(params["mean"], dtype=float)
        model.scale_ = np.array(params["scale"], dtype=float)
        model.threshold_ = float(params["threshold"])
        return model

    @classmethod
    def default(cls) -> "ArticleSegmenter":
        """The segmenter with the weights shipped in analysis/data/segment_weights.json."""
        with open(WEIGHTS_FILE, encoding="utf-8") as handle:
            return cls.from_dict(json.load(handle))

    # -- use --------------------------------------------------------------------------------------------------
    def score_gaps(self, lines: pd.DataFrame) -> pd.DataFrame:
        gaps = gap_features(lines)
        score = self._score(gaps) if len(gaps) else np.zeros(0)
        gaps["score"] = score
        gaps["threshold"] = self.threshold_
        is_boundary = np.zeros(len(gaps), dtype=bool)
        for _, idx in gaps.groupby("doc", sort=False).indices.items():
            is_boundary[idx] = _pick_peaks(score[idx], gaps["blocked"].to_numpy(bool)[idx], self.threshold_)
        gaps["is_boundary"] = is_boundary
        return gaps

    def segment_articles(self, lines: pd.DataFrame) -> pd.DataFrame:
        paragraphs = split_headings(lines)
        gaps = self.score_gaps(lines)
        chosen = gaps[gaps["is_boundary"]]
        boundary_after = set(zip(chosen["doc"], chosen["gap_after_line"]))
        paragraphs["article_id"] = _number_articles(paragraphs, boundary_after)
        # The contract columns first, in the order other tools read them; the reader's columns follow.
        first = ["line", "article_id", "text", "is_heading", "heading"]
        return paragraphs[first + [c for c in paragraphs.columns if c not in first]]


def _number_articles(paragraphs: pd.DataFrame, boundary_after: set) -> list[int]:
    """Article ids 1..n in row order: a new article at each new doc and after each boundary gap."""
    ids = []
    article = 0
    previous_doc = None
    open_new = True
    for doc, line in zip(paragraphs["doc"], paragraphs["line"]):
        if doc != previous_doc:
            open_new = True
        if open_new:
            article += 1
            open_new = False
        ids.append(article)
        if (doc, line) in boundary_after:
            open_new = True
        previous_doc = doc
    return ids


def _pick_peaks(score: np.ndarray, blocked: np.ndarray, threshold: float) -> np.ndarray:
    """A gap is a boundary when its score clears the threshold and beats both neighbouring gaps
    (ties go to the earlier gap). This forbids one-paragraph articles but nothing longer."""
    n = len(score)
    out = np.zeros(n, dtype=bool)
    for i in range(n):
        if blocked[i] or score[i] < threshold:
            continue
        left = score[i - 1] if i > 0 and not blocked[i - 1] else -np.inf
        right = score[i + 1] if i + 1 < n and not blocked[i + 1] else -np.inf
        out[i] = score[i] > left and score[i] >= right
    return out


def boundary_f1(gold, predicted) -> float:
    """Exact-match F1 of boundary gaps (both empty -> 1.0)."""
    gold = np.asarray(gold, dtype=bool)
    predicted = np.asarray(predicted, dtype=bool)
    tp = int((gold & predicted).sum())
    if not gold.any() and not predicted.any():
        return 1.0
    if tp == 0:
        return 0.0
    precision, recall = tp / predicted.sum(), tp / gold.sum()
    return float(2 * precision * recall / (precision + recall))


# --------------------------------------------------------------------------------------------------- tables
def split_headings(lines: pd.DataFrame, words: dict[str, set[str]] | None = None) -> pd.DataFrame:
    """Copy of ``lines`` with ``is_heading`` and ``heading`` added (glued headings split off ``text``)."""
    if words is None:
        words = load_segment_words()
    abbreviations = words.get("abbreviation", set())
    paragraphs = lines.copy()
    texts = paragraphs["text"].astype(str).tolist()
    is_heading = [is_heading_line(t) for t in texts]
    split = [("", "") if h else split_glued_heading(t, abbreviations) for t, h in zip(texts, is_heading)]
    paragraphs["text"] = [t if h or not s[1] else s[0] for t, h, s in zip(texts, is_heading, split)]
    paragraphs["is_heading"] = is_heading
    paragraphs["heading"] = [s[1] for s in split]
    return paragraphs


def gap_features(lines: pd.DataFrame) -> pd.DataFrame:
    """One row per gap between consecutive lines of every doc with needs_segmentation=True.

    Columns: doc, gap_after_line, next_line, blocked (a whole-line heading on either side or a glued heading
    before the gap: never a boundary), then the FEATURES. Features of blocked gaps are computed over the
    neighbouring content paragraphs and kept for plotting, but never used for a decision.
    """
    columns = ["doc", "gap_after_line", "next_line", "blocked", *FEATURES]
    if len(lines) == 0:
        return pd.DataFrame(columns=columns)
    words = load_segment_words()
    stop_words = _stop_words()
    paragraphs = split_headings(lines, words)
    frames = []
    for doc, part in paragraphs.groupby("doc", sort=False):
        if not bool(part["needs_segmentation"].iloc[0]) or len(part) < 2:
            continue
        line_numbers = part["line"].to_numpy()
        heading_line = part["is_heading"].to_numpy(bool)
        glued = (part["heading"] != "").to_numpy(bool)
        content_rows = [i for i in range(len(part)) if not heading_line[i]]
        texts = [part["text"].iloc[i] for i in content_rows]
        unit_gaps = _unit_features(texts, words, stop_words)
        # Map every line gap to the content gap it lies in: the gap before the next content paragraph.
        unit_of_row = {row: u for u, row in enumerate(content_rows)}
        next_content: list[int | None] = [None] * len(part)
        upcoming = None
        for i in range(len(part) - 1, -1, -1):
            next_content[i] = upcoming
            if not heading_line[i]:
                upcoming = unit_of_row[i]
        # A sub-heading opens a section of the same article, and a section has at least two paragraphs:
        # the gap after the first paragraph under a heading is no boundary either.
        first_under_heading = np.zeros(len(part), dtype=bool)
        for i in range(len(part) - 1):
            if heading_line[i] or glued[i]:
                j = i + 1
                while j < len(part) and heading_line[j]:
                    j += 1
                if j < len(part):
                    first_under_heading[j] = True
        rows = []
        for i in range(len(part) - 1):
            u = next_content[i]
            blocked = bool(heading_line[i] or heading_line[i + 1] or glued[i] or first_under_heading[i])
            feats = unit_gaps.iloc[u - 1].to_dict() if u is not None and u >= 1 else dict.fromkeys(FEATURES, 0.0)
            rows.append({"doc": doc, "gap_after_line": int(line_numbers[i]), "next_line": int(line_numbers[i + 1]),
                         "blocked": blocked or u is None or u < 1, **feats})
        frames.append(pd.DataFrame(rows, columns=columns))
    if not frames:
        return pd.DataFrame(columns=columns).astype({"blocked": bool})
    gaps = pd.concat(frames, ignore_index=True)
    gaps["blocked"] = gaps["blocked"].astype(bool)
    gaps[FEATURES] = gaps[FEATURES].astype(float)
    return gaps


def score_gaps(lines: pd.DataFrame, segmenter: ArticleSegmenter | None = None) -> pd.DataFrame:
    """Per-gap table: doc, gap_after_line, next_line, blocked, the features, score (boundary probability),
    threshold, is_boundary. Deterministic."""
    segmenter = segmenter or ArticleSegmenter.default()
    return segmenter.score_gaps(lines)


def segment_articles(lines: pd.DataFrame, segmenter: ArticleSegmenter | None = None) -> pd.DataFrame:
    """Paragraphs table: all ``lines`` rows and columns, plus article_id, is_heading, heading.

    Docs with needs_segmentation=False are one article each; concatenated docs are split at the gaps
    ``score_gaps`` marks as boundaries. A heading never starts an article. The input is not modified.
    """
    segmenter = segmenter or ArticleSegmenter.default()
    return segmenter.segment_articles(lines)


def articles_table(paragraphs: pd.DataFrame, terms: pd.DataFrame | None = None, n_title_words: int = 10,
                   n_key_terms: int = 5) -> pd.DataFrame:
    """One row per article: article_id, first_line, last_line, n_paragraphs, n_words, title, doc, source,
    n_headings, key_terms. n_words counts whitespace-separated words; title is the first sentence of the first
    non-heading paragraph, cut to ``n_title_words`` words; key_terms lists the article's ``n_key_terms``
    best-ranked terms from the `terms` table (analysis.terms.key_terms), empty when `terms` is None, so the
    articles table and terms.csv can never disagree."""
    columns = ["article_id", "first_line", "last_line", "n_paragraphs", "n_words", "title", "doc", "source",
               "n_headings", "key_terms"]
    if len(paragraphs) == 0:
        return pd.DataFrame(columns=columns)
    rows = []
    for article_id, part in paragraphs.groupby("article_id", sort=True):
        full = [t + (" " + h if h else "") for t, h in zip(part["text"].astype(str), part["heading"].astype(str))]
        body = [t for t, head in zip(part["text"].astype(str), part["is_heading"]) if not head] or full
        first = body[0]
        sentence_end = _SENTENCE_END_RE.search(first)
        sentence = first[: sentence_end.start() + 1] if sentence_end else first
        title_words = sentence.split()
        title = " ".join(title_words[:n_title_words]) + (" ..." if len(title_words) > n_title_words else "")
        rows.append(
            {
                "article_id": int(article_id),
                "doc": part["doc"].iloc[0],
                "source": part["source"].iloc[0] if "source" in part else "",
                "first_line": int(part["line"].min()),
                "last_line": int(part["line"].max()),
                "n_paragraphs": int(len(part)),
                "n_headings": int(part["is_heading"].sum() + (part["heading"] != "").sum()),
                "n_words": int(sum(len(t.split()) for t in full)),
                "title": title,
            }
        )
    labels = {}
    if terms is not None and len(terms):
        best = terms[terms["rank"] <= n_key_terms].sort_values(["article_id", "rank"])
        label = best["label"] if "label" in best else best["term"]
        labels = label.groupby(best["article_id"]).agg(", ".join).to_dict()
    for row in rows:
        row["key_terms"] = labels.get(row["article_id"], "")
    return pd.DataFrame(rows, columns=columns)


def paragraphs_from_articles(texts_by_article: dict) -> pd.DataFrame:
    """A paragraphs table for text whose articles are already known: {article_id: [paragraph, ...]}.

    Lines are numbered consecutively from 1 in the order given; no paragraph is a heading. Handy for hand-typed
    examples in a lesson and for tests that must not depend on the segmenter.
    """
    rows, line = [], 0
    for article_id, texts in texts_by_article.items():
        for text in texts:
            line += 1
            rows.append((line, article_id, text, False, ""))
    return pd.DataFrame(rows, columns=["line", "article_id", "text", "is_heading", "heading"])


def boundary_context(paragraphs: pd.DataFrame, gaps: pd.DataFrame, width: int = 70) -> pd.DataFrame:
    """One row per chosen boundary: gap_after_line, next_line, score, threshold, and the last `width` characters
    before it (`before`) and the first `width` after it (`after`), so a reader can judge each split at a glance."""
    chosen = gaps[gaps["is_boundary"].astype(bool)][["gap_after_line", "next_line", "score", "threshold"]]
    text_by_line = paragraphs.set_index("line")["text"]
    return chosen.assign(before=chosen["gap_after_line"].map(text_by_line).str[-width:],
                         after=chosen["next_line"].map(text_by_line).str[:width]).reset_index(drop=True)


def rejoin_lines(paragraphs: pd.DataFrame) -> list[str]:
    """Each paragraph's text with its split-off heading put back: equals the reader's ``text`` column line for line
    (the no-data-loss invariant the tests check)."""
    return [text + (" " + heading if heading else "") for text, heading in zip(paragraphs["text"], paragraphs["heading"])]
