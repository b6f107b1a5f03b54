"""Which themes run through the corpus: topic models (NMF or LDA), their quality, and article similarity.

Method in plain words: every article becomes a row of term weights (TF-IDF, with the phrase-aware analyser of
:mod:`analysis.terms`). Non-negative matrix factorisation (NMF) then looks for a few "topics" -- bundles of terms
that tend to be used together -- so that each article is a mix of topics. The number of topics, when not given, is
chosen from a small range by two checks computed on the corpus itself:

* **coherence (NPMI)** -- do a topic's top words really turn up in the same paragraphs? For every pair of top words,
  normalised pointwise mutual information ``log(p(a,b) / (p(a) p(b))) / -log p(a,b)`` over paragraphs, from -1
  (never together) to +1 (always together); a pair never seen together scores -1. Averaged over pairs and topics.
* **diversity** -- the share of distinct words among all topics' top words (1 = no topic repeats another's words).

The chosen number maximises ``diversity * (npmi + 1) / 2`` (both on a 0-1 scale; the product, after Dieng et al.
2020, punishes a model that is coherent only because its topics repeat each other). Ties go to fewer topics.

On a handful of articles this is weak evidence: with eight articles a "topic" is often one article's vocabulary.
Every table returned carries ``attrs["caveat"]`` saying so.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
from sklearn.decomposition import NMF, LatentDirichletAllocation
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from analysis.terms import PhraseAnalyzer, article_texts, fit_analyzer

# Below this many articles the topics are descriptive at best.
MIN_ARTICLES_FOR_TOPICS = 50
# Candidate numbers of topics when none is given (capped by the number of articles).
CANDIDATE_TOPICS = range(2, 11)


def topic_caveat(n_articles: int) -> str:
    """Plain-words warning about what topics on ``n_articles`` articles can support."""
    if n_articles < MIN_ARTICLES_FOR_TOPICS:
        plural = "s" if n_articles != 1 else ""
        return (f"Only {n_articles} article{plural}: topics here are a rough grouping of vocabulary, often one topic "
                "per article, and change with small edits. Treat them as weak evidence; read the articles.")
    return (f"{n_articles} articles: topics are patterns of co-occurring words, not categories; name them only after "
            "reading the top words and a few articles with high weight.")


def _vectorize(texts: list[str], analyzer: PhraseAnalyzer, method: str):
    n_docs = len(texts)
    # Rare terms only add noise to topics on a large corpus; on a small one every term may matter.
    min_df = 2 if n_docs >= MIN_ARTICLES_FOR_TOPICS else 1
    # Terms in (nearly) every article separate nothing; with fewer than 3 articles nothing can be dropped.
    max_df = 0.9 if n_docs >= 3 else 1.0
    kind = CountVectorizer if method == "lda" else TfidfVectorizer
    vectorizer = kind(analyzer=analyzer, lowercase=False, min_df=min_df, max_df=max_df)
    try:
        matrix = vectorizer.fit_transform(texts)
    except ValueError:  # every term pruned (tiny corpora): keep them all
        vectorizer = kind(analyzer=analyzer, lowercase=False)
        matrix = vectorizer.fit_transform(texts)
    return vectorizer, matrix


def _fit_model(matrix, n_topics: int, method: str, random_state: int):
    if method == "nmf":
        model = NMF(n_components=n_topics, init="nndsvda", random_state=random_state, max_iter=1000)
    elif method == "lda":
        model = LatentDirichletAllocation(n_components=n_topics, learning_method="batch",
                                          random_state=random_state, max_iter=50)
    else:
        raise ValueError(f"method must be 'nmf' or 'lda', not {method!r}")
    # On a handful of short articles NMF may stop before converging, or meet an all-zero row; the topics are
    # then already flagged as weak evidence (the tables' `caveat`), and a library warning on the console would
    # only alarm a student.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        warnings.simplefilter("ignore", RuntimeWarning)
        doc_topic = model.fit_transform(matrix)
    return model, doc_topic


def _top_terms(components: np.ndarray, vocabulary: np.ndarray, top_n: int) -> list[list[tuple[str, float]]]:
    topics = []
    for row in components:
        order = sorted(range(len(row)), key=lambda k: (-round(float(row[k]), 12), vocabulary[k]))
        topics.append([(vocabulary[k], float(row[k])) for k in order[:top_n] if row[k] > 0])
    return topics


def npmi_coherence(top_words: list[list[str]], paragraph_terms: list[set[str]]) -> float:
    """Mean NPMI of all pairs of top words within each topic, with paragraphs as co-occurrence windows.

    A pair that never shares a paragraph scores -1; topics with fewer than two words are skipped.
    """
    n = len(paragraph_terms)
    if n == 0:
        return float("nan")
    # Inverted index term -> paragraphs that contain it: a pair's joint count is one set intersection.
    where: dict[str, set[int]] = {}
    for index, terms in enumerate(paragraph_terms):
        for term in terms:
            where.setdefault(term, set()).add(index)
    topic_scores = []
    for words in top_words:
        scores = []
        for i, a in enumerate(words):
            for b in words[i + 1:]:
                joint = len(where.get(a, set()) & where.get(b, set()))
                if joint == 0:
                    scores.append(-1.0)
                    continue
                p_ab = joint / n
                p_a, p_b = len(where[a]) / n, len(where[b]) / n
                if p_ab == 1.0:  # both words in every paragraph: perfectly coherent by definition
                    scores.append(1.0)
                    continue
                scores.append(float(np.log(p_ab / (p_a * p_b)) / -np.log(p_ab)))
        if scores:
            topic_scores.append(float(np.mean(scores)))
    return float(np.mean(topic_scores)) if topic_scores else float("nan")


def topic_diversity(top_words: list[list[str]]) -> float:
    """Share of distinct words among all topics' top words (Dieng et al. 2020): 1.0 = no word repeats."""
    all_words = [w for words in top_words for w in words]
    return len(set(all_words)) / len(all_words) if all_words else float("nan")


def _quality(npmi: float, diversity: float) -> float:
    return diversity * (npmi + 1) / 2


def _empty_topic_tables(n_articles: int):
    tables = (pd.DataFrame(columns=["topic_id", "term", "weight", "rank", "label"]),
              pd.DataFrame(columns=["article_id", "topic_id", "weight", "is_main"]),
              pd.DataFrame(columns=["n_topics", "npmi", "diversity", "quality", "chosen"]))
    for table in tables:
        table.attrs["caveat"] = topic_caveat(n_articles)
    return tables


def fit_topics(paragraphs: pd.DataFrame, n_topics: int | None = None, method: str = "nmf", random_state: int = 0,
               top_n: int = 10, candidates=CANDIDATE_TOPICS, analyzer: PhraseAnalyzer | None = None):
    """Fit a topic model on the articles; returns ``(topics, article_topics, topic_quality)``.

    topics: topic_id (1-based), term, weight (the model's term weight), rank (1 = strongest), label (top three
      terms joined with " / ", the same on every row of a topic); sorted by topic_id, rank.
    article_topics: article_id, topic_id, weight (the article's share of that topic, rows sum to 1 per article;
      0 for an article with no scored terms), is_main (the article's strongest topic); sorted by article_id, topic_id.
    topic_quality: n_topics, npmi, diversity, quality, chosen -- one row per candidate tried (one row if
      ``n_topics`` was given).
    Each table's ``attrs["caveat"]`` holds :func:`topic_caveat`. ``method`` is "nmf" (TF-IDF) or "lda" (counts).
    """
    if method not in ("nmf", "lda"):
        raise ValueError(f"method must be 'nmf' or 'lda', not {method!r}")
    analyzer = analyzer or fit_analyzer(paragraphs)
    texts = article_texts(paragraphs)
    article_ids = [int(a) for a in texts.index]
    try:
        vectorizer, matrix = _vectorize(texts.tolist(), analyzer, method)
    except ValueError:  # no article has a single term (empty input or stop words only): nothing to model
        return _empty_topic_tables(len(article_ids))
    vocabulary = vectorizer.get_feature_names_out()
    paragraph_terms = [set(analyzer(str(t))) for t in paragraphs.sort_values("line")["text"]]

    max_topics = max(1, min(len(article_ids), matrix.shape[1]))
    if n_topics is None:
        tried = [k for k in candidates if k <= max_topics] or [max_topics]
    else:
        tried = [int(n_topics)]
    results = []
    for k in tried:
        model, doc_topic = _fit_model(matrix, k, method, random_state)
        top = _top_terms(model.components_, vocabulary, top_n)
        words = [[w for w, _ in t] for t in top]
        npmi, diversity = npmi_coherence(words, paragraph_terms), topic_diversity(words)
        results.append((k, npmi, diversity, _quality(npmi, diversity), model, doc_topic, top))
    best = max(results, key=lambda r: (round(r[3], 12), -r[0]))
    _, _, _, _, model, doc_topic, top = best

    topics = pd.DataFrame(
        [(topic_id, term, weight, rank, " / ".join(w for w, _ in terms[:3]))
         for topic_id, terms in enumerate(top, start=1)
         for rank, (term, weight) in enumerate(terms, start=1)],
        columns=["topic_id", "term", "weight", "rank", "label"],
    )
    totals = doc_topic.sum(axis=1, keepdims=True)
    shares = np.divide(doc_topic, totals, out=np.zeros_like(doc_topic), where=totals > 0)
    main = shares.argmax(axis=1)
    article_topics = pd.DataFrame(
        [(article_id, topic + 1, float(shares[i, topic]), bool(totals[i, 0] > 0 and topic == main[i]))
         for i, article_id in enumerate(article_ids) for topic in range(shares.shape[1])],
        columns=["article_id", "topic_id", "weight", "is_main"],
    )
    topic_quality = pd.DataFrame(
        [(k, npmi, diversity, quality, k == best[0]) for k, npmi, diversity, quality, *_ in results],
        columns=["n_topics", "npmi", "diversity", "quality", "chosen"],
    )
    caveat = topic_caveat(len(article_ids))
    for table in (topics, article_topics, topic_quality):
        table.attrs["caveat"] = caveat
    return topics, article_topics, topic_quality


def article_similarity(paragraphs: pd.DataFrame, analyzer: PhraseAnalyzer | None = None) -> pd.DataFrame:
    """Cosine similarity of every pair of articles' TF-IDF term vectors (0 = no shared terms, 1 = same mix).

    Columns: article_id_a, article_id_b, cosine. All ordered pairs including an article with itself (1.0), so
    the table pivots straight into a square heatmap; sorted by article_id_a, article_id_b.
    """
    analyzer = analyzer or fit_analyzer(paragraphs)
    texts = article_texts(paragraphs)
    ids = [int(a) for a in texts.index]
    try:
        matrix = TfidfVectorizer(analyzer=analyzer, lowercase=False).fit_transform(texts.tolist())
        cosine = np.clip(cosine_similarity(matrix), 0.0, 1.0)
    except ValueError:  # no terms at all: nothing shared, each article still identical to itself
        cosine = np.eye(len(ids))
    rows = [(a, b, round(float(cosine[i, j]), 12)) for i, a in enumerate(ids) for j, b in enumerate(ids)]
    return pd.DataFrame(rows, columns=["article_id_a", "article_id_b", "cosine"])
