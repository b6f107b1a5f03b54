"""Measure quote extraction and speaker attribution against hand annotation, beside a plain regex baseline.

    python -m analysis.evaluate_quotes [--corpora DIR] [--split dev|train] [--gold tests/gold/seed_quotes.csv]

Three gold standards:

* PolNeAR (Newell, Margolin & Ruths, LREC 2018), read from DIR/polnear_<split>.jsonl and never copied. The file
  has one row per (article, annotator); some articles were annotated by two people. We keep ONE annotation per
  article: the one with the most attributions (ties: the alphabetically first annotator), because PolNeAR's
  annotators mostly differ by omission, not by disagreement. Rules were tuned on `train`; report `dev`.
* The seed gold, tests/gold/seed_quotes.csv (written by hand by another member of the team, not the author of the
  extractor), matched by line and the first words of the content. Its quoted phrases
  (tests/gold/seed_quoted_phrases.csv) are matched by line and words: "quoted phrase recall" is the share of
  gold phrases found in our quoted_phrases table, "quoted phrase reason accuracy" the share of those with the
  gold reason (title, name, term, scare).
* The held-out source-type gold, tests/gold/polnear_dev_source_types.csv (PolNeAR dev, see below), scored when
  the corpus is present.

Definitions (PolNeAR)
---------------------
* A gold attribution is *direct* when at least half of its content characters lie inside quotation marks; all
  other attributions are *reported* (indirect or mixed). PolNeAR also annotates beliefs, intentions and plans
  ("wants", "seemed", "is expected"); for reported speech we keep only gold attributions whose cue contains a word
  from analysis/data/quote_eval_cues.csv (or "according to"). That file is a frozen copy of the reporting-verb
  list as it stood before tuning: the gold filter used to read the extractor's own editable list, so adding a verb
  to the extractor silently changed the recall denominator. It now stays fixed; verbs added to the extractor later
  (scoff, describe, call ...) can raise precision-pool matches but never enlarge or shrink the gold set.
* Matching is by character overlap. A gold item is *found* when predictions of the same class cover >= 50% of its
  content characters (recall; the union of our rows counts, so a gold quote split across several of our rows is
  found; a gold direct quote may also be found by a predicted `mixed` clause, the same words with a different
  boundary). A prediction is *correct* when >= 50% of its characters lie inside gold content (precision): for
  direct quotes, inside any gold content that contains a quotation mark (so one row of ours spanning two adjacent
  gold quotes is correct); for reported speech, inside any gold content (whatever its cue), so a reported clause
  whose verb PolNeAR calls a belief is not counted wrong.
* Quotation marks: the wire-copy mark '' is two characters; the gold inside-quote test and the extractor both
  use the real closing-mark length (it used to be taken as one character).
* Speaker accuracy, on found direct quotes whose gold source can be named: our row with the largest overlap is
  right when our speaker mention (speaker_char_start/end) overlaps the gold source mention, or our resolved
  speaker_name agrees with the gold source's resolved name (`names_agree`: equal after dropping titles, or one is
  the other's surname). A pronoun on either side is compared only by resolved name ("he" overlapping gold "he"
  proves nothing). Gold names: PolNeAR marks sources as written and has no coreference links, so
  - a name is shortened to "Firstname Surname" (name words may hold inner capitals: McCoy, LeVell, O'Neil); a
    surname alone becomes the article's most frequent full name ending with it;
  - he/she takes the nearest preceding non-pronoun gold source that is a singular person (a proper name, or a
    noun phrase headed by a person word such as "the judge"): not "the affidavit" or "the polls"; they/it/we take
    the nearest preceding non-pronoun source of any kind;
  - gold-side bugs fixed after a sample of "speaker errors" showed 9 of 30 were the metric's own: a middle
    initial is dropped before taking "Firstname Surname" ("Gene B. Sperling" -> "Gene Sperling", not
    "B. Sperling"); a place after "of"/"from" is not the person ("Sen. Ann Lee of New York" -> "Ann Lee");
    a source with no name before its first comma takes the name of its appositive ("another friend, Ann Lee");
    a capitalised word the article also writes in lowercase is cut from the front of a name ("Is Sanders",
    "Several Cruz" at a sentence start), for the source and for the surname-expansion list the pronouns use;
  - a second sample of 40 pronoun-gold errors showed 24 where the gold name was wrong, so: a bracketed aside is
    not the name ("Rep. Ann Lee (D-Ohio)" -> "Ann Lee", not "D-Ohio"); a title opening a name is dropped before
    the surname expands ("Secretary Lee" -> "Ann Lee"); a name that only modifies a common-noun head is not the
    source ("the Ohio senator", "Lee's campaign", "an editorial in The Dayton Herald" stay as written), unless
    the phrase ends with it right after a noun ("master of ceremonies Tom Hardy"); a dash sets off an
    appositive like a comma, and only an appositive that opens with a capital supplies the name; a name holding
    an organisation or document word of role_words.csv ("Dayton Herald") is no person, so he/she skips it;
  - names_agree also accepts a multi-word name that ends another ("official data" / "local official data"):
    the seed gold keeps each mention as written while the extractor names one source by its first form;
  - quotes whose gold source is empty, or a pronoun with no antecedent, are left out and counted in the `n`
    column. The table also gives accuracy separately for named and pronoun gold sources and the pronoun share:
    the pronoun half rests on the heuristic above and is the noisier number.
* Hand-resolved pronoun referents (tests/gold/polnear_<split>_pronoun_referents.csv, see tests/gold/README.md):
  pronoun sources of quoted content, each labelled by reading the article with the person or organisation it
  refers to (all 170 such spans on dev, all 1,582 on train). Where a span is labelled, its hand
  referent replaces the heuristic name (apply_referents, kind "pronoun", run after _gold_names); an empty referent (a
  generic or ambiguous pronoun) means no gold source, counted in `n` as before. The table adds speaker accuracy
  on the found direct quotes with a hand-labelled pronoun source, and the same quotes scored against the
  heuristic name (those with one), and a note says how often the heuristic name agrees with the hand referent
  (names_agree), per labelled span. --fit-speakers learns from the hand referents where labelled, the
  heuristic names elsewhere.
* Hand names of named sources (tests/gold/polnear_<split>_named_referents.csv): the non-pronoun sources of
  direct quotes, each written by reading the article as the fullest "Firstname Surname" it gives (all 389 such
  spans on dev, a random prefix of train). The same mechanism (load_referents, apply_referents with kind
  "named") replaces the heuristic name where a span is labelled, and the table adds "speaker accuracy,
  hand-labelled named source" with its heuristic-gold twin.

Held-out source types (PolNeAR dev)
-----------------------------------
The seed gold's source-type and anonymity scores are on text the type rules were tuned on. tests/gold/
polnear_dev_source_types.csv is a held-out gold set written by hand on PolNeAR dev (rules and sample in
tests/gold/README.md): 180 attributions, each named by doc_id, annotator and source character span in the
annotation load_polnear keeps, with source_type and anonymous. It holds offsets only, never corpus text.
* Each gold row is joined to its PolNeAR attribution by that span (heldout_items). It is *matched* when our quote
  rows (any kind) cover >= 50% of its content characters, the recall rule above; the row with the largest overlap
  gives our source_type and anonymous. Accuracy is over matched items; the n column gives matched / total.
* Baseline on the same matched items: every source has the seed gold's majority type (official; taken from the
  seed, not from the held-out set), and a source is anonymous when its gold phrase as written has no capitalised
  word other than a pronoun or article (so "he" counts as anonymous: the baseline does not resolve pronouns).
* Under the table: the type confusions (gold -> ours, with counts) and the two kinds of anonymity error.
* `--split train` scores the same way against tests/gold/polnear_train_source_types.csv, a tuning gold written
  on PolNeAR train with the same rules (360 attributions: two draws, random.Random(7) and (11); see tests/gold/README.md). The
  source-type rules are developed against that file only; the dev file is run once at the end.

Baseline: text between quotation marks is a direct quote and its speaker is the nearest capitalised name after
it (else before it) in the paragraph; a sentence with said/says/told/according to outside quotes is reported
speech (the words after the cue, or before it when the cue ends the sentence).

Intervals: beside the PolNeAR rows of the main metrics, a 95% percentile-bootstrap interval from resampling
articles with replacement (article_interval: 2,000 resamples, numpy default_rng(0)); articles, not quotes, are
the unit because an article's quotes share a writer, a layout and a cast of speakers.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd

from analysis import patterns
from analysis.paths import DATA_DIR, DEFAULT_CORPORA_DIR, PROJECT_ROOT
from analysis.quotes import extract_quotes
from analysis.speech import find_quote_spans, load_lexicon, repair_mojibake

SEED_GOLD = PROJECT_ROOT / "tests" / "gold" / "seed_quotes.csv"
SEED_PHRASE_GOLD = PROJECT_ROOT / "tests" / "gold" / "seed_quoted_phrases.csv"
HELDOUT_GOLD = PROJECT_ROOT / "tests" / "gold" / "polnear_dev_source_types.csv"
# The tuning gold on PolNeAR train: same columns and rules, written to tune the source-type rules on, so that the
# dev file stays held out. `--split train` scores it; `--split dev` scores the held-out file.
TRAIN_SOURCE_GOLD = PROJECT_ROOT / "tests" / "gold" / "polnear_train_source_types.csv"
SOURCE_TYPE_GOLDS = {"dev": HELDOUT_GOLD, "train": TRAIN_SOURCE_GOLD}
# Hand-resolved referents of pronoun sources of quoted content ("he said"): PolNeAR has no coreference links, so
# these replace the nearest-preceding-source heuristic of _gold_names where a span is labelled.
PRONOUN_GOLDS = {split: PROJECT_ROOT / "tests" / "gold" / f"polnear_{split}_pronoun_referents.csv"
                 for split in ("dev", "train")}
# Hand names of named (non-pronoun) sources of direct quotes ("Mr. Lee", "the senator"): these replace the
# surname-expansion heuristic of _gold_names where a span is labelled (tests/gold/README.md).
NAMED_GOLDS = {split: PROJECT_ROOT / "tests" / "gold" / f"polnear_{split}_named_referents.csv"
               for split in ("dev", "train")}
EVAL_CUES = DATA_DIR / "quote_eval_cues.csv"
# Singular person nouns beside role_words.csv's person rows: a gold "he" may refer back to "a reporter".
PERSON_NOUNS = {"person", "man", "woman", "reporter", "voter", "resident", "official", "source", "aide", "adviser",
                "advisor", "supporter", "friend", "member", "candidate", "nominee", "judge", "governor", "senator",
                "mother", "father", "son", "daughter", "wife", "husband", "host", "businessman", "billionaire"}
OVERLAP = 0.5
TARGETS = {
    "direct precision": 0.95, "direct recall": 0.95, "speaker accuracy (direct)": 0.95,
    "reported precision": 0.85, "reported recall": 0.80, "source type accuracy": 0.85,
    "anonymous accuracy": 0.90,
}
GOLD_NAME_STOP = {"and", "on", "the", "but", "when", "while", "then", "continued", "reporting", "republican",
                  "democrat", "democratic", "president", "sen", "senator", "gov", "mr", "mrs", "ms", "dr", "in",
                  "at", "for", "with", "as", "after", "if", "so", "to", "former", "candidate", "nominee"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"}
# Words after which a capitalised name only modifies a source phrase ("an editorial in The Dayton Herald").
MODIFIER_LEADS = {"in", "of", "from", "at", "for", "with", "by", "on", "to", "the", "a", "an", "about"}


# --------------------------------------------------------------------------------------------------------------
# Metric functions (small, pure, tested on hand-made lists)
# --------------------------------------------------------------------------------------------------------------

def overlap(a: tuple, b: tuple) -> int:
    """Characters shared by two half-open spans (start, end)."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def covered(span: tuple, others: list) -> int:
    """Characters of `span` covered by the union of `others` (spans may overlap each other)."""
    pieces = sorted((max(span[0], s), min(span[1], e)) for s, e in others if overlap(span, (s, e)) > 0)
    total, cur_s, cur_e = 0, None, None
    for s, e in pieces:
        if cur_e is None or s > cur_e:
            if cur_e is not None:
                total += cur_e - cur_s
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    if cur_e is not None:
        total += cur_e - cur_s
    return total


def span_scores(gold: list, pred: list, precision_pool: list | None = None, threshold: float = OVERLAP) -> dict:
    """Precision/recall/F1 by coverage. gold and pred are lists of spans; a gold item may be a list of spans.

    Recall: share of gold items whose content is >= threshold covered by the union of pred spans.
    Precision: share of pred spans >= threshold inside the union of `precision_pool` (default: the gold spans).
    """
    gold_items = [g if isinstance(g, list) else [g] for g in gold]
    pool = [s for g in (precision_pool if precision_pool is not None else gold_items)
            for s in (g if isinstance(g, list) else [g])]
    found = 0
    for item in gold_items:
        size = sum(e - s for s, e in item)
        if size and sum(covered(s, pred) for s in item) / size >= threshold:
            found += 1
    correct = sum(1 for p in pred if p[1] > p[0] and covered(p, pool) / (p[1] - p[0]) >= threshold)
    return prf(correct, len(pred), found, len(gold_items))


def prf(n_correct: int, n_pred: int, n_found: int, n_gold: int) -> dict:
    """Precision, recall and F1 from counts (0.0 when undefined)."""
    p = n_correct / n_pred if n_pred else 0.0
    r = n_found / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "n_pred": n_pred, "n_gold": n_gold}


def _plain_letters(name: str) -> str:
    """The name with accents folded to plain letters ("François" -> "Francois"), after undoing the UTF-8-read-as-
    Latin-1 garbling some corpus articles carry ("FranÃ§ois"): the hand gold writes a name correctly, while the
    extractor can only repeat what the article prints, and both are the same person."""
    name = repair_mojibake(str(name))  # the package's own repair, as the extractor applies it to speaker names
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def normalise_name(name: str) -> str:
    """Lowercase words of a name without titles, articles or possessives ("the Ministry's" -> "ministry"), with
    accents folded (_plain_letters)."""
    words = [w.lower().rstrip(".") for w in patterns.WORD.findall(_plain_letters(name))]
    words = [w[:-2] if w.endswith(("'s", "\u2019s")) else w for w in words]
    drop = {"the", "a", "an", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "senator"}
    return " ".join(w for w in words if w not in drop)


def names_agree(pred: str, gold: str) -> bool:
    """Same speaker: equal after normalising, or one is the other's last/first name ("Li" vs "Li Wei")."""
    p, g = normalise_name(pred), normalise_name(gold)
    if not p or not g:
        return False
    if p == g:
        return True
    pw, gw = p.split(), g.split()
    short, full = (pw, gw) if len(pw) <= len(gw) else (gw, pw)
    if len(short) >= 2 and full[-len(short):] == short:
        return True  # "official data" vs "local official data": the gold keeps each as written
    if len(pw) == 1 or len(gw) == 1:  # a surname alone: Western names end with it, Chinese names start with it
        short, full = (pw, gw) if len(pw) == 1 else (gw, pw)
        return short[0] in (full[0], full[-1])
    return pw[-1] == gw[-1] and pw[0] == gw[0]


def content_tokens(text: str) -> list:
    return [w.lower() for w in patterns.WORD.findall(str(text))]


def starts_match(gold_start: str, pred_text: str, n: int = 4) -> bool:
    """Seed matching: the first n words of the gold content occur, in order, in the predicted text."""
    g = content_tokens(gold_start)[:n]
    p = content_tokens(pred_text)
    if not g:
        return False
    return any(p[i:i + len(g)] == g for i in range(len(p) - len(g) + 1))


# --------------------------------------------------------------------------------------------------------------
# Baseline
# --------------------------------------------------------------------------------------------------------------

BASELINE_QUOTE = re.compile(r"\"([^\"]{1,2000})\"|\u201c([^\u201d]{1,2000})\u201d")
BASELINE_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*")
BASELINE_CUE = re.compile(r"\b(?:said|says|told|according to)\b")


def baseline_quotes(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """The plain regex baseline, same columns as extract_quotes for the ones it fills."""
    rows = []
    for r in paragraphs.itertuples():
        if getattr(r, "is_heading", False):
            continue
        text = r.text
        spans = []
        for m in BASELINE_QUOTE.finditer(text):
            g = 1 if m.group(1) is not None else 2
            spans.append((m.start(), m.end()))
            after = BASELINE_NAME.search(text, m.end())
            before = list(BASELINE_NAME.finditer(text[:m.start()]))
            name = after.group(0) if after else (before[-1].group(0) if before else "")
            rows.append({"article_id": r.article_id, "line": r.line, "kind": "direct", "text": m.group(g),
                         "speaker_name": name, "char_start": m.start(g), "char_end": m.end(g),
                         "source_type": "official", "anonymous": False})
        for s, e in _baseline_sentences(text):
            cue = next((c for c in BASELINE_CUE.finditer(text, s, e)
                        if not any(a <= c.start() < b for a, b in spans)), None)
            if cue is None:
                continue
            if len(text[cue.end():e].split()) <= 4:
                c0, c1 = s, cue.start()
            else:
                c0, c1 = cue.end(), e
            before = list(BASELINE_NAME.finditer(text[s:cue.start()]))
            name = before[-1].group(0) if before else ""
            rows.append({"article_id": r.article_id, "line": r.line, "kind": "indirect",
                         "text": text[c0:c1].strip(), "speaker_name": name, "char_start": c0, "char_end": c1,
                         "source_type": "official", "anonymous": False})
    return pd.DataFrame(rows, columns=["article_id", "line", "kind", "text", "speaker_name", "char_start",
                                       "char_end", "source_type", "anonymous"])


def _baseline_sentences(text: str) -> list:
    out, start = [], 0
    for m in re.finditer(r"[.!?]\s+(?=[A-Z])", text):
        out.append((start, m.end()))
        start = m.end()
    out.append((start, len(text)))
    return out


# --------------------------------------------------------------------------------------------------------------
# PolNeAR
# --------------------------------------------------------------------------------------------------------------

def load_polnear(corpora_dir: Path, split: str) -> list:
    """One annotation per article (the annotator with most attributions; ties: first annotator id)."""
    path = Path(corpora_dir) / f"polnear_{split}.jsonl"
    by_doc = defaultdict(list)
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            row = json.loads(raw)
            by_doc[row["doc_id"]].append(row)
    docs = []
    for doc_id in sorted(by_doc):
        docs.append(sorted(by_doc[doc_id], key=lambda r: (-len(r["quotes"]), r["annotator"]))[0])
    return docs


def polnear_paragraphs(docs: list) -> tuple:
    """Paragraphs table (one article per document, one paragraph per non-blank line) and line -> doc offset."""
    rows, offsets, line = [], {}, 0
    for article_id, doc in enumerate(docs, 1):
        pos = 0
        for raw in doc["text"].split("\n"):
            stripped = raw.strip()
            if stripped:
                line += 1
                lead = len(raw) - len(raw.lstrip())
                offsets[line] = (article_id, pos + lead)
                rows.append({"line": line, "article_id": article_id, "text": stripped, "is_heading": False,
                             "heading": ""})
            pos += len(raw) + 1
    return pd.DataFrame(rows), offsets


def _inside_quote_chars(text: str) -> list:
    spans = []
    pos = 0
    for raw in text.split("\n"):
        for sp in find_quote_spans(raw.replace("\u2018\u2018", "\u201c").replace("\u2019\u2019", "\u201d")):
            spans.append((pos + sp.open, pos + min(sp.after, len(raw))))
        pos += len(raw) + 1
    return spans


def load_eval_cues(path: Path = EVAL_CUES) -> frozenset:
    """The fixed cue words of the reported-speech gold filter (not the extractor's editable verb list)."""
    return frozenset(pd.read_csv(path, keep_default_na=False)["cue"].str.lower())


def gold_polnear(docs: list, cues: frozenset) -> list:
    """Gold attributions as dicts: article_id, kind (direct|reported), content spans, source, cue_ok."""
    out = []
    for article_id, doc in enumerate(docs, 1):
        quote_chars = _inside_quote_chars(doc["text"])
        for q in doc["quotes"]:
            content = [(c["start"], c["end"]) for c in q["content"] if c["end"] > c["start"]]
            size = sum(e - s for s, e in content)
            if not size:
                continue
            inside = sum(covered(c, quote_chars) for c in content)
            direct = bool(q["content_has_quote_mark"]) and inside / size >= 0.5
            cue = (q.get("cue") or {}).get("text", "") or ""
            cue_words = [w.lower() for w in patterns.WORD.findall(cue)]
            cue_ok = "according to" in cue.lower() or any(w in cues for w in cue_words)
            src = q.get("source") or {}
            out.append({"article_id": article_id, "kind": "direct" if direct else "reported",
                        "content": content, "has_mark": bool(q["content_has_quote_mark"]), "cue_ok": cue_ok,
                        "source": (src.get("start", -1), src.get("end", -1)), "source_text": src.get("text", ""),
                        "pronoun": bool(q.get("source_is_pronoun"))})
    return out


GOLD_NAME = re.compile(r"[A-Z][A-Za-z'\u2019-]*[a-z][A-Za-z'\u2019-]*(?: (?:[A-Z]\. )?[A-Z][A-Za-z'\u2019-]*[a-z][A-Za-z'\u2019-]*)*")
SINGULAR_PRONOUNS = {"he", "she", "him", "her", "his"}


def _is_pronoun_source(g: dict) -> bool:
    words = g["source_text"].strip().lower().split()
    return bool(g["pronoun"]) or (len(words) == 1 and words[0] in PRONOUNS)


def _drop_initials(name: str) -> str:
    """"Gene B. Sperling" -> "Gene Sperling": a middle initial is not the first name of a "Firstname Surname" pair."""
    words = name.split()
    kept = [w for i, w in enumerate(words) if not (re.fullmatch(r"[A-Z]\.", w) and 0 < i < len(words) - 1)]
    return " ".join(kept)


def _source_name(src: str, names: list, person_heads: frozenset, lower_words: frozenset = frozenset(),
                 org_words: frozenset = frozenset()) -> tuple:
    """(resolved name, is a singular person) for a non-pronoun gold source phrase as written.

    lower_words: words the article also writes in lowercase; a capitalised one of them opening a name ("Is",
    "Several") is a sentence-initial word, not a first name.
    org_words: lowercase organisation words (role_words.csv); a name holding one ("Dayton Tribune") is no person.
    A bracketed aside is not the name ("Rep. Ann Lee (D-Ohio)" -> "Ann Lee"), a title opening the name is dropped
    before the surname is expanded ("Secretary Lee" -> "Ann Lee"), and a name that does not end the phrase's
    head is a modifier, not the source ("the Ohio senator", "opponents of Ohio farms": no name).
    """
    src = re.sub(r"\s*\([^)]*\)", "", src).strip()
    parts = [p.strip() for p in re.split(r",|\s(?:\u2014|--)\s", src)]
    core = parts[0]
    # "Sen. Ann Lee of New York": the place after "of"/"from" is not the person ("Secretary of State Bo Li" keeps
    # "of": the part before it holds no two-word name).
    before_of = re.split(r"\s(?:of|from)\s(?=[A-Z])", core, maxsplit=1)[0]
    if before_of != core and any(len(_drop_initials(c).split()) >= 2 for c in GOLD_NAME.findall(before_of)):
        core = before_of

    def caps_of(phrase):
        out = []
        for c in GOLD_NAME.findall(phrase):
            words = _drop_initials(c).split()
            while len(words) > 1 and (words[0].lower() in lower_words or words[0].lower().rstrip(".") in
                                      GOLD_NAME_STOP | person_heads):
                words = words[1:]
            if words[-1].lower() not in GOLD_NAME_STOP:
                out.append(" ".join(words))
        return out

    head_part = [w for w in re.split(r"\s(?:of|for|at|from|in|with|who|whose|which|that)\s", core)[0].split()
                 if w.lower() not in {"himself", "herself", "also", "too", "again", "alone", "later", "jr."}]
    # "the Ohio senator": the head is a common noun, the capitalised word only modifies it; "master of ceremonies
    # Ann Lee" still ends with the name, right after a noun (not after "in The ...", "from the ...").
    last = list(GOLD_NAME.finditer(core))[-1:] if core else []
    ends_with_name = bool(last) and core[last[0].end():].strip(" .'\u2019s") == "" and (
        core[:last[0].start()].split()[-1:] or [""])[0].lower() not in MODIFIER_LEADS
    caps = caps_of(core) if (head_part and head_part[-1][:1].isupper()) or ends_with_name else []
    if not caps:
        # "another friend, Ann Lee": the name is in the appositive after the comma.
        for part in parts[1:]:
            if part[:1].isupper() and caps_of(part):
                caps = caps_of(part)
                break
    if caps:
        name = " ".join(caps[-1].split()[-2:])
        name = name[:-2] if name.endswith(("'s", "\u2019s")) else name
        last_word = name.split()[-1]
        # A surname alone becomes the article's most frequent "Firstname Surname" pair ending with it.
        pairs = [" ".join(n.split()[-2:]) for n in names if n.split()[-1] == last_word and len(n.split()) > 1
                 and n.split()[-2].lower().rstrip(".") not in GOLD_NAME_STOP | person_heads]
        best = max(set(pairs), key=lambda n: (pairs.count(n), n)) if pairs else ""
        full = best if best and len(name.split()) == 1 else name
        head = re.split(r"\s(?:of|for|at|from|in|with)\s", core)[0].split()[-1].lower()
        plural = head.endswith("s") and head not in {n.lower() for n in full.split()} and head in person_heads
        organisation = any(w.lower().rstrip(".") in org_words for w in full.split())
        return full, not plural and not organisation
    head = re.split(r"\s(?:of|for|at|from|in|with|who|whose|which|that)\s", core)[0].split()
    head_word = head[-1].lower() if head else ""
    return src, head_word in person_heads


def article_names(text: str) -> tuple:
    """Capitalised name runs of an article for surname expansion, and its lowercase words.

    Middle initials are dropped and a leading word the article also writes in lowercase ("Is Sanders",
    "Several Cruz" at the start of a sentence) is cut off, so it cannot become a first name.
    """
    lower_words = frozenset(w for w in re.findall(r"(?<![\w'-])[a-z][a-z'-]*", text))
    names = []
    for n in GOLD_NAME.findall(text):
        words = _drop_initials(n).split()
        while len(words) > 1 and words[0].lower() in lower_words:
            words = words[1:]
        names.append(" ".join(words))
    return names, lower_words


def gold_name_words(lex) -> tuple:
    """(person heads, organisation words) for the gold-side names: role_words.csv's person rows plus PERSON_NOUNS,
    and its organisation and document rows (lowercase single words)."""
    table = lex.roles.table
    words = lambda kinds: frozenset(w.lower() for w in table.loc[table["kind"].isin(kinds), "word"] if " " not in w)
    person = frozenset(w.lower() for w in table.loc[table["kind"] == "person", "word"]) | PERSON_NOUNS
    return person, words(("organisation", "document"))


def _gold_names(docs: list, gold: list, person_heads: frozenset = frozenset(),
                org_words: frozenset = frozenset()) -> None:
    """Resolve each gold source to a name (g["gold_name"]); "" when PolNeAR gives no source.

    A name as written is shortened to "Firstname Surname"; a surname alone becomes the article's most frequent full
    name ending with it. PolNeAR has no coreference links, so a pronoun takes the nearest preceding non-pronoun
    gold source in the same article -- for he/she only one that is a singular person (a proper name, or a common
    noun phrase headed by a person word from role_words.csv such as "the judge"): "he wrote" after "the affidavit
    cited ..." must not resolve to the affidavit.
    """
    by_article = defaultdict(list)
    for g in gold:
        by_article[g["article_id"]].append(g)
    for article_id, items in by_article.items():
        text = docs[article_id - 1]["text"]
        names, lower_words = article_names(text)
        last_any, last_person = "", ""
        for g in sorted(items, key=lambda g: g["source"][0]):
            g["gold_name"] = ""
            if g["source"][0] < 0 or not g["source_text"].strip():
                continue
            if _is_pronoun_source(g):
                word = g["source_text"].strip().lower()
                g["gold_name"] = last_person if word in SINGULAR_PRONOUNS else last_any
                continue
            name, person = _source_name(g["source_text"].strip(), names, person_heads, lower_words, org_words)
            g["gold_name"] = name
            last_any = name
            if person:
                last_person = name


REFERENT_KINDS = ("pronoun", "named")


def load_referents(path: Path) -> dict:
    """Hand-resolved sources: {(doc_key, annotator, source_start, source_end): referent}.

    The files (tests/gold/polnear_<split>_pronoun_referents.csv, polnear_<split>_named_referents.csv) have the
    columns doc_key, annotator, source_start, source_end, referent, note. An empty referent means the source cannot
    be told (a generic or ambiguous pronoun): no gold source.
    """
    table = pd.read_csv(path, keep_default_na=False, dtype={"annotator": str, "referent": str})
    return {(str(r.doc_key), str(r.annotator), int(r.source_start), int(r.source_end)): str(r.referent).strip()
            for r in table.itertuples()}


def apply_referents(docs: list, gold: list, referents: dict, kind: str = "pronoun") -> dict:
    """Give each labelled source of one kind its hand referent as gold_name (after _gold_names).

    kind "pronoun" touches the pronoun sources (_is_pronoun_source), kind "named" the others, so a span in the
    wrong file is not applied. The heuristic name is kept in g["heuristic_name"] and g["hand_labelled"] is set to
    the kind. An empty referent makes the gold source empty, so the quote is left out of speaker accuracy like any
    quote without a gold source. Returns counts over the distinct labelled spans found in `gold`: found, resolved
    (non-empty referent), and agree (the heuristic name agrees with the hand referent by names_agree), plus the
    labelled spans not found.
    """
    if kind not in REFERENT_KINDS:
        raise ValueError(f"kind must be one of {REFERENT_KINDS}, not {kind!r}")
    keys = {article_id: (doc_key(doc["doc_id"]), str(doc["annotator"]))
            for article_id, doc in enumerate(docs, 1)}
    seen = {}
    for g in gold:
        if _is_pronoun_source(g) != (kind == "pronoun"):
            continue
        key = keys[g["article_id"]] + (int(g["source"][0]), int(g["source"][1]))
        if key not in referents:
            continue
        g["heuristic_name"] = g.get("gold_name", "")
        g["gold_name"] = referents[key]
        g["hand_labelled"] = kind
        seen[key] = (g["heuristic_name"], referents[key])
    resolved = [(h, r) for h, r in seen.values() if r]
    return {"found": len(seen), "resolved": len(resolved), "agree": sum(names_agree(h, r) for h, r in resolved),
            "not found": len(referents) - len(seen)}


def speaker_correct(pred_span, pred_name: str, pred_written: str, gold_span: tuple, gold_pronoun: bool,
                    gold_name: str) -> bool:
    """Is a found direct quote's speaker right?

    Right when our speaker mention overlaps the gold source mention, or our resolved name agrees with the gold
    source's resolved name. A pronoun on either side must be resolved: "he" overlapping gold "he" proves nothing
    about who "he" is, so pronoun mentions are compared by resolved name only.
    """
    pred_pronoun = bool(patterns.PRONOUN.match(pred_written.strip()))
    if (pred_span is not None and not pred_pronoun and not gold_pronoun and gold_span[0] >= 0
            and overlap(pred_span, gold_span) > 0):
        return True
    return names_agree(pred_name, gold_name)


# The per-article counts score_polnear keeps ("article counts"), and each metric's (numerator, denominator).
ARTICLE_COUNT_COLUMNS = ("direct correct", "direct predicted", "direct found", "direct gold", "reported correct",
                         "reported predicted", "reported found", "reported gold", "speaker right", "speaker n",
                         "pronoun right", "pronoun n", "named right", "named n")
INTERVAL_METRICS = {
    "direct precision": ("direct correct", "direct predicted"), "direct recall": ("direct found", "direct gold"),
    "speaker accuracy (direct)": ("speaker right", "speaker n"),
    "speaker accuracy, named gold source": ("named right", "named n"),
    "speaker accuracy, pronoun gold source": ("pronoun right", "pronoun n"),
    "reported precision": ("reported correct", "reported predicted"),
    "reported recall": ("reported found", "reported gold"),
    "source type accuracy": ("type right", "matched"), "anonymous accuracy": ("anonymous right", "matched"),
}
INTERVAL_RESAMPLES = 2000


def article_interval(counts: tuple, metric: str, resamples: int = INTERVAL_RESAMPLES, seed: int = 0) -> tuple:
    """95% interval of a metric when the articles are resampled with replacement (a percentile bootstrap).

    counts: (column names, one list of counts per article), as score_polnear and score_source_types keep them.
    Quotes of one article share its writer, speakers and layout, so the article, not the quote, is the unit that
    is resampled: the interval shows how much the number would move on another sample of news of the same kind.
    Deterministic (numpy's default_rng(seed)). Returns (low, high); (nan, nan) without articles.
    """
    columns, rows = counts
    num, den = (columns.index(c) for c in INTERVAL_METRICS[metric])
    table = np.asarray(rows, dtype=float).reshape(-1, len(columns))
    if not len(table):
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    weights = rng.multinomial(len(table), np.full(len(table), 1 / len(table)), size=resamples)
    totals = weights @ table[:, [num, den]]
    kept = totals[totals[:, 1] > 0]  # a resample with nothing to score has no value, not a value of 0
    if not len(kept):
        return float("nan"), float("nan")
    low, high = np.percentile(kept[:, 0] / kept[:, 1], [2.5, 97.5])
    return float(low), float(high)


def score_polnear(docs: list, quotes: pd.DataFrame, offsets: dict, gold: list) -> dict:
    """All PolNeAR metrics for one prediction table (ours or the baseline), and the per-article counts behind
    them ("article counts", for article_interval)."""
    pred = defaultdict(lambda: {"direct": [], "reported": [], "mixed": [], "rows": []})
    for r in quotes.itertuples():
        article_id, base = offsets[r.line]
        span = (base + int(r.char_start), base + int(r.char_end))
        key = "direct" if r.kind == "direct" else "reported"
        pred[article_id][key].append(span)
        if r.kind == "mixed":
            pred[article_id]["mixed"].append(span)
        sp0 = getattr(r, "speaker_char_start", -1)
        sp = (base + int(sp0), base + int(r.speaker_char_end)) if sp0 is not None and sp0 >= 0 else None
        pred[article_id]["rows"].append((key, span, sp, r.speaker_name, str(getattr(r, "speaker", ""))))
    totals = {"direct": [0, 0, 0, 0], "reported": [0, 0, 0, 0]}
    speaker = {"all": [0, 0], "pronoun gold": [0, 0], "no gold source": 0}
    for kind in REFERENT_KINDS:
        speaker[f"hand {kind}"], speaker[f"hand {kind} heuristic"] = [0, 0], [0, 0]
    by_article = defaultdict(list)
    for g in gold:
        by_article[g["article_id"]].append(g)
    per_article = []  # one row of counts per article, for intervals (article_counts)
    for article_id in range(1, len(docs) + 1):
        items = by_article.get(article_id, [])
        p = pred.get(article_id, {"direct": [], "reported": [], "mixed": [], "rows": []})
        before = [*totals["direct"], *totals["reported"], *speaker["all"], *speaker["pronoun gold"]]
        for kind in ("direct", "reported"):
            if kind == "direct":
                g_items = [g["content"] for g in items if g["kind"] == "direct"]
                pool = [g["content"] for g in items if g["has_mark"]]
                # Recall: a gold quote that is mostly quoted may be found as our "mixed" clause (same words).
                found = span_scores(g_items, p["direct"] + p["mixed"], pool)
            else:
                g_items = [g["content"] for g in items if g["kind"] == "reported" and g["cue_ok"]]
                pool = [g["content"] for g in items]
                found = span_scores(g_items, p[kind], pool)
            s = span_scores(g_items, p[kind], pool)
            t = totals[kind]
            t[0] += round(s["precision"] * s["n_pred"])
            t[1] += s["n_pred"]
            t[2] += round(found["recall"] * found["n_gold"])
            t[3] += s["n_gold"]
        for g in items:
            if g["kind"] != "direct":
                continue
            size = sum(e - s for s, e in g["content"])
            cands = [row for row in p["rows"] if row[0] == "direct" or row[1] in p["mixed"]]
            if sum(covered(c, [row[1] for row in cands]) for c in g["content"]) / size < OVERLAP:
                continue
            gold_pronoun = _is_pronoun_source(g)
            if not g.get("gold_name"):
                speaker["no gold source"] += 1  # no source, or a pronoun with no antecedent: nothing to compare
                continue
            speaker["pronoun gold"][1] += gold_pronoun
            best = max(cands, key=lambda row: sum(overlap(row[1], c) for c in g["content"]))
            speaker["all"][1] += 1
            ok = speaker_correct(best[2], best[3], best[4], g["source"], gold_pronoun, g["gold_name"])
            speaker["all"][0] += ok
            speaker["pronoun gold"][0] += ok and gold_pronoun
            kind = g.get("hand_labelled")
            if kind:  # the same quote against the heuristic name, to show what the labels change
                speaker[f"hand {kind}"][0] += ok
                speaker[f"hand {kind}"][1] += 1
                if g["heuristic_name"]:
                    speaker[f"hand {kind} heuristic"][0] += speaker_correct(best[2], best[3], best[4], g["source"],
                                                                          gold_pronoun, g["heuristic_name"])
                    speaker[f"hand {kind} heuristic"][1] += 1
        after = [*totals["direct"], *totals["reported"], *speaker["all"], *speaker["pronoun gold"]]
        row = dict(zip(ARTICLE_COUNT_COLUMNS, [a - b for a, b in zip(after, before)]))
        row["named right"] = row["speaker right"] - row["pronoun right"]
        row["named n"] = row["speaker n"] - row["pronoun n"]
        per_article.append([row[c] for c in ARTICLE_COUNT_COLUMNS])
    out = {"article counts": (ARTICLE_COUNT_COLUMNS, per_article)}
    for kind, (c, n_pred, f, n_gold) in totals.items():
        s = prf(c, n_pred, f, n_gold)
        out[f"{kind} precision"], out[f"{kind} recall"], out[f"{kind} f1"] = s["precision"], s["recall"], s["f1"]
        out[f"{kind} n_gold"] = n_gold
    (n_ok, n_sp), (n_ok_pron, n_pron) = speaker["all"], speaker["pronoun gold"]
    out["speaker accuracy (direct)"] = n_ok / n_sp if n_sp else 0.0
    out["speaker n"] = n_sp
    out["speaker accuracy, named gold source"] = (n_ok - n_ok_pron) / (n_sp - n_pron) if n_sp > n_pron else 0.0
    out["speaker accuracy, pronoun gold source"] = n_ok_pron / n_pron if n_pron else 0.0
    out["pronoun share of gold sources"] = n_pron / n_sp if n_sp else 0.0
    out["speaker n pronoun"] = n_pron
    out["speaker n no gold source"] = speaker["no gold source"]
    for kind in REFERENT_KINDS:
        (right, n), (right_h, n_h) = speaker[f"hand {kind}"], speaker[f"hand {kind} heuristic"]
        if n:
            out[f"speaker accuracy, hand-labelled {kind} source"] = right / n
        if n_h:
            out[f"speaker accuracy, hand-labelled {kind} source, heuristic gold"] = right_h / n_h
        out[f"speaker n hand-labelled {kind}"] = n
        out[f"speaker n hand-labelled {kind}, heuristic gold"] = n_h
    return out


# --------------------------------------------------------------------------------------------------------------
# Held-out source types (PolNeAR dev, hand-annotated; offsets only, no corpus text)
# --------------------------------------------------------------------------------------------------------------

def doc_key(doc_id: str) -> str:
    """A PolNeAR article's key in our gold files: the first 12 hex digits of the SHA-1 of its doc_id. PolNeAR's ids
    are slugs of the headline; hashing keeps even those words of the corpus out of the repository."""
    return hashlib.sha1(str(doc_id).encode("utf-8")).hexdigest()[:12]


def load_heldout_gold(path: Path = HELDOUT_GOLD) -> pd.DataFrame:
    """The held-out source-type gold: doc_key, annotator, source_start, source_end, source_type, anonymous, note."""
    gold = pd.read_csv(path, keep_default_na=False, dtype={"annotator": str})
    gold["anonymous"] = gold["anonymous"].astype(str).str.lower().isin(["true", "1", "yes"])
    return gold


def heldout_items(docs: list, gold: pd.DataFrame) -> tuple:
    """Gold rows joined to their PolNeAR attribution: ([{article_id, content, source_text, source_type,
    anonymous}], n_unresolved).

    A row is found by doc_key (see `doc_key`), annotator and source span in the annotation load_polnear keeps. When k rows share one
    source span (one speaker, several attributions) they take the first k attributions with that span in order of
    content start (labels describe the source, so which of its attributions is used does not change them). Rows
    whose article, annotator or span is not in `docs` are counted as unresolved, not scored.
    """
    index = {doc_key(doc["doc_id"]): (article_id, doc) for article_id, doc in enumerate(docs, 1)}
    items, unresolved = [], 0
    for (key, annotator, s, e), rows in gold.groupby(
            ["doc_key", "annotator", "source_start", "source_end"], sort=True):
        hit = index.get(key)
        if hit is None or str(hit[1]["annotator"]) != str(annotator):
            unresolved += len(rows)
            continue
        article_id, doc = hit
        attrs = []
        for q in doc["quotes"]:
            src = q.get("source") or {}
            content = [(c["start"], c["end"]) for c in q["content"] if c["end"] > c["start"]]
            if (src.get("start"), src.get("end")) == (int(s), int(e)) and content:
                attrs.append(content)
        attrs.sort(key=lambda c: min(a for a, _ in c))
        unresolved += max(0, len(rows) - len(attrs))
        for content, row in zip(attrs, rows.itertuples()):
            items.append({"article_id": article_id, "content": content, "source_text": doc["text"][int(s):int(e)],
                          "source_type": row.source_type, "anonymous": bool(row.anonymous)})
    return items, unresolved


BASELINE_ANON_SKIP = PRONOUNS | {"his", "its", "their", "our", "my", "the", "a", "an"}


def baseline_anonymous(source_as_written: str) -> bool:
    """Plain anonymity rule: the speaker phrase has no capitalised word (pronouns and articles do not count)."""
    words = patterns.WORD.findall(str(source_as_written))
    return not any(w[:1].isupper() for w in words if w.lower() not in BASELINE_ANON_SKIP)


def score_source_types(items: list, quotes: pd.DataFrame, offsets: dict, majority_type: str = "official") -> dict:
    """Source type and anonymity of our best-overlapping quote row, per held-out gold attribution.

    A gold item is matched when our rows (any kind) cover >= OVERLAP of its content characters (the recall rule);
    its prediction is the row with the largest overlap. Accuracy is over matched items. The baseline, on the same
    matched items: every source is `majority_type` (the seed gold's majority, not the held-out one), and anonymous
    when the gold speaker phrase as written has no capitalised word (baseline_anonymous).
    """
    rows = defaultdict(list)
    for r in quotes.itertuples():
        article_id, base = offsets[r.line]
        rows[article_id].append(((base + int(r.char_start), base + int(r.char_end)), str(r.source_type),
                                 bool(r.anonymous)))
    matched = []
    for g in items:
        cands = rows.get(g["article_id"], [])
        size = sum(e - s for s, e in g["content"])
        if not cands or not size or sum(covered(c, [row[0] for row in cands]) for c in g["content"]) / size < OVERLAP:
            continue
        best = max(cands, key=lambda row: sum(overlap(row[0], c) for c in g["content"]))
        matched.append((g, best))
    n = len(matched)
    confusion = defaultdict(int)
    for g, best in matched:
        if best[1] != g["source_type"]:
            confusion[(g["source_type"], best[1])] += 1
    per_article = defaultdict(lambda: [0, 0, 0])
    for g, b in matched:
        counts = per_article[g["article_id"]]
        counts[0] += b[1] == g["source_type"]
        counts[1] += b[2] == g["anonymous"]
        counts[2] += 1
    ours = {"article counts": (("type right", "anonymous right", "matched"),
                               [per_article[a] for a in sorted(per_article)]),
            "source type accuracy": sum(b[1] == g["source_type"] for g, b in matched) / n if n else 0.0,
            "anonymous accuracy": sum(b[2] == g["anonymous"] for g, b in matched) / n if n else 0.0,
            "matched n": n, "n_gold": len(items), "confusion": dict(confusion),
            "anonymous confusion": {"gold named, ours anonymous": sum(b[2] and not g["anonymous"] for g, b in matched),
                                    "gold anonymous, ours named": sum(g["anonymous"] and not b[2] for g, b in matched)}}
    base = {"source type accuracy": sum(g["source_type"] == majority_type for g, _ in matched) / n if n else 0.0,
            "anonymous accuracy": sum(baseline_anonymous(g["source_text"]) == g["anonymous"]
                                      for g, _ in matched) / n if n else 0.0}
    return {"ours": ours, "baseline": base}


def seed_majority_type(gold_path: Path = SEED_GOLD) -> str:
    """Most frequent source type of the seed gold (ties: alphabetical); "official" without the seed gold."""
    if not Path(gold_path).exists():
        return "official"
    counts = pd.read_csv(gold_path, keep_default_na=False)["source_type"].value_counts()
    return sorted(counts.index, key=lambda t: (-counts[t], t))[0]


def confusion_line(confusion: dict) -> str:
    pairs = sorted(confusion.items(), key=lambda kv: (-kv[1], kv[0]))
    return ", ".join(f"{g} -> {p or '(no type)'}: {n}" for (g, p), n in pairs) or "none"


# --------------------------------------------------------------------------------------------------------------
# Seed gold
# --------------------------------------------------------------------------------------------------------------

def seed_paragraphs(gold: pd.DataFrame) -> pd.DataFrame:
    """The seed as paragraphs, with the article boundaries of the gold file.

    Quotes are scored apart from article segmentation (evaluated on its own by evaluate_segmentation): a line
    belongs to the article of the next gold row at or after it. Sub-headings stay in the text (harmless here).
    """
    from analysis.paths import SEED_FILE

    texts = SEED_FILE.read_text(encoding="utf-8").splitlines()
    firsts = gold.groupby("article_id")["line"].min().sort_values()
    rows = []
    for line, text in enumerate(texts, 1):
        if not text.strip():
            continue
        later = firsts[firsts >= line]
        article_id = int(later.index[0]) if len(later) else int(firsts.index[-1])
        prev = firsts[firsts <= line]
        if len(prev) and int(prev.index[-1]) != article_id and line > int(prev.iloc[-1]):
            # Between two articles' first gold rows: the line belongs to the earlier article unless it is nearer
            # the next one's first row than any gold row of the earlier one.
            last_of_prev = int(gold.loc[gold["article_id"] == prev.index[-1], "line"].max())
            article_id = int(prev.index[-1]) if line <= last_of_prev else article_id
        rows.append({"line": line, "article_id": article_id, "text": text.strip(), "is_heading": False,
                     "heading": ""})
    return pd.DataFrame(rows)


def score_seed_phrases(gold: pd.DataFrame, phrases: pd.DataFrame) -> dict:
    """Quoted-phrase recall and reason accuracy: gold rows matched by line and lowercase words."""
    def key(line, text):
        return int(line), tuple(w.rstrip(".,") for w in content_tokens(text))

    ours = {key(r.line, r.text): r.reason for r in phrases.itertuples()}
    matched = [(ours[key(g.line, g.text)], g.reason) for g in gold.itertuples() if key(g.line, g.text) in ours]
    return {"quoted phrase recall": len(matched) / len(gold) if len(gold) else 0.0,
            "quoted phrase reason accuracy": (sum(a == b for a, b in matched) / len(matched)) if matched else 0.0,
            "phrases matched n": len(matched), "phrases n_gold": len(gold)}


def score_seed(gold: pd.DataFrame, quotes: pd.DataFrame) -> dict:
    """Match by line + first content words; greedy one-to-one, in file order."""
    gold = gold.copy()
    gold["group"] = gold["kind"].map(lambda k: "direct" if k == "direct" else "reported")
    pred = quotes.copy()
    pred["group"] = pred["kind"].map(lambda k: "direct" if k == "direct" else "reported")
    used = set()
    matches = []
    for gi, g in gold.iterrows():
        cands = pred[(pred["line"] == g["line"]) & (pred["group"] == g["group"])]
        for pi, p in cands.iterrows():
            if pi not in used and starts_match(g["content_start"], p["text"]):
                used.add(pi)
                matches.append((gi, pi))
                break
    out = {}
    for group in ("direct", "reported"):
        n_gold = int((gold["group"] == group).sum())
        n_pred = int((pred["group"] == group).sum())
        n_match = sum(1 for gi, _ in matches if gold.at[gi, "group"] == group)
        s = prf(n_match, n_pred, n_match, n_gold)
        out[f"{group} precision"], out[f"{group} recall"], out[f"{group} f1"] = s["precision"], s["recall"], s["f1"]
        out[f"{group} n_gold"] = n_gold
    direct = [(gi, pi) for gi, pi in matches if gold.at[gi, "group"] == "direct"]
    out["speaker accuracy (direct)"] = (sum(names_agree(pred.at[pi, "speaker_name"], gold.at[gi, "speaker_name"])
                                            for gi, pi in direct) / len(direct)) if direct else 0.0
    out["speaker n"] = len(direct)
    out["speaker accuracy (all)"] = (sum(names_agree(pred.at[pi, "speaker_name"], gold.at[gi, "speaker_name"])
                                         for gi, pi in matches) / len(matches)) if matches else 0.0
    out["source type accuracy"] = (sum(pred.at[pi, "source_type"] == gold.at[gi, "source_type"]
                                       for gi, pi in matches) / len(matches)) if matches else 0.0
    gold_anon = gold["anonymous"].astype(str).str.lower().isin(["true", "1", "yes"])
    out["anonymous accuracy"] = (sum(bool(pred.at[pi, "anonymous"]) == bool(gold_anon[gi])
                                     for gi, pi in matches) / len(matches)) if matches else 0.0
    out["matched n"] = len(matches)
    return out


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

METRIC_ORDER = ["direct precision", "direct recall", "direct f1", "speaker accuracy (direct)",
                "speaker accuracy, named gold source", "speaker accuracy, pronoun gold source",
                "speaker accuracy, hand-labelled pronoun source",
                "speaker accuracy, hand-labelled pronoun source, heuristic gold",
                "speaker accuracy, hand-labelled named source",
                "speaker accuracy, hand-labelled named source, heuristic gold", "pronoun share of gold sources",
                "reported precision", "reported recall", "reported f1", "speaker accuracy (all)",
                "source type accuracy", "anonymous accuracy", "quoted phrase recall",
                "quoted phrase reason accuracy"]


def markdown_table(results: list) -> str:
    """results: (dataset, ours, baseline, counts note). One row per (dataset, metric); PolNeAR rows of the main
    metrics carry a 95% interval from resampling articles (article_interval)."""
    lines = ["| data | metric | ours | 95% interval | baseline | target | n |",
             "| --- | --- | ---: | :---: | ---: | ---: | --- |"]
    for dataset, ours, base, counts in results:
        for metric in METRIC_ORDER:
            if metric not in ours:
                continue
            target = TARGETS.get(metric)
            b = base.get(metric)
            interval = ""
            if "article counts" in ours and metric in INTERVAL_METRICS:
                interval = "{:.3f}\u2013{:.3f}".format(*article_interval(ours["article counts"], metric))
            lines.append(f"| {dataset} | {metric} | {ours[metric]:.3f} | {interval} | "
                         f"{'' if b is None else f'{b:.3f}'} | {'' if target is None else f'{target:.2f}'} | "
                         f"{counts.get(metric, '')} |")
    return "\n".join(lines)


def evaluate(corpora_dir: Path, split: str, gold_path: Path = SEED_GOLD, heldout_path: Optional[Path] = None,
             pronoun_path: Optional[Path] = None, named_path: Optional[Path] = None) -> str:
    lex = load_lexicon()
    docs = load_polnear(corpora_dir, split)
    paragraphs, offsets = polnear_paragraphs(docs)
    gold = gold_polnear(docs, load_eval_cues())
    _gold_names(docs, gold, *gold_name_words(lex))
    notes = []
    paths = {"pronoun": pronoun_path or PRONOUN_GOLDS.get(split), "named": named_path or NAMED_GOLDS.get(split)}
    for kind, path in paths.items():
        if path is not None and Path(path).exists():
            hand = apply_referents(docs, gold, load_referents(path), kind)
            notes.append(f"hand-labelled {kind} sources ({Path(path).name}): {hand['found']} labelled spans "
                         f"found ({hand['not found']} not found), {hand['resolved']} with a referent; the heuristic "
                         f"gold name agrees with the hand referent on {hand['agree']} of {hand['resolved']} "
                         f"({hand['agree'] / hand['resolved'] if hand['resolved'] else 0.0:.3f})")
    quotes, _ = extract_quotes(paragraphs)
    base = baseline_quotes(paragraphs)
    ours_p = score_polnear(docs, quotes, offsets, gold)
    base_p = score_polnear(docs, base, offsets, gold)
    counts_p = {"direct recall": f"{ours_p['direct n_gold']} gold", "reported recall":
                f"{ours_p['reported n_gold']} gold (cue filtered)",
                "speaker accuracy (direct)": f"{ours_p['speaker n']} found with a gold source "
                f"({ours_p['speaker n no gold source']} without)",
                "speaker accuracy, pronoun gold source": f"{ours_p['speaker n pronoun']}",
                "speaker accuracy, hand-labelled pronoun source": f"{ours_p['speaker n hand-labelled pronoun']}",
                "speaker accuracy, hand-labelled pronoun source, heuristic gold":
                f"{ours_p['speaker n hand-labelled pronoun, heuristic gold']}",
                "speaker accuracy, hand-labelled named source": f"{ours_p['speaker n hand-labelled named']}",
                "speaker accuracy, hand-labelled named source, heuristic gold":
                f"{ours_p['speaker n hand-labelled named, heuristic gold']}"}
    results = [(f"PolNeAR {split} ({len(docs)} articles)", ours_p, base_p, counts_p)]
    heldout_path = heldout_path or SOURCE_TYPE_GOLDS.get(split, HELDOUT_GOLD)
    label = "held-out source types" if split == "dev" else "source types, tuning gold"
    if Path(heldout_path).exists():
        items, unresolved = heldout_items(docs, load_heldout_gold(heldout_path))
        if items:
            held = score_source_types(items, quotes, offsets, seed_majority_type(gold_path))
            ours_h = held["ours"]
            matched = f"{ours_h['matched n']} of {ours_h['n_gold']} gold matched"
            if unresolved:
                matched += f" ({unresolved} gold rows not found)"
            results.append((f"PolNeAR {split} ({label})", ours_h, held["baseline"],
                            {"source type accuracy": matched, "anonymous accuracy": matched}))
            notes.append(f"{label} confusions (gold -> ours): {confusion_line(ours_h['confusion'])}")
            notes.append(f"{label} anonymous errors: " + ", ".join(
                f"{k}: {v}" for k, v in ours_h["anonymous confusion"].items()))
    if Path(gold_path).exists():
        seed_gold = pd.read_csv(gold_path, keep_default_na=False)
        para = seed_paragraphs(seed_gold)
        seed_quotes, seed_phrases = extract_quotes(para)
        ours_s = score_seed(seed_gold, seed_quotes)
        if SEED_PHRASE_GOLD.exists():
            ours_s.update(score_seed_phrases(pd.read_csv(SEED_PHRASE_GOLD, keep_default_na=False), seed_phrases))
        base_s = score_seed(seed_gold, baseline_quotes(para))
        counts_s = {"direct recall": f"{ours_s['direct n_gold']} gold", "reported recall":
                    f"{ours_s['reported n_gold']} gold", "speaker accuracy (direct)": f"{ours_s['speaker n']} found",
                    "source type accuracy": f"{ours_s['matched n']} matched"}
        if "phrases n_gold" in ours_s:
            counts_s["quoted phrase recall"] = f"{ours_s['phrases n_gold']} gold"
            counts_s["quoted phrase reason accuracy"] = f"{ours_s['phrases matched n']} matched"
        results.append(("seed gold", ours_s, base_s, counts_s))
    return markdown_table(results) + "".join(f"\n\n{n}" for n in notes)


SPEAKER_WEIGHTS_NOTE = (
    "Logistic regression weights for choosing who a he/she speaker is (analysis/speakers.py: antecedent_candidates, "
    "rank_antecedents). Produced by `python -m analysis.evaluate_quotes --fit-speakers` on PolNeAR train only: "
    "every he/she speaker the extractor finds whose mention overlaps a PolNeAR pronoun source gives one decision; "
    "its candidates are the people named in the preceding sentences, labelled right when their name agrees "
    "(names_agree) with the gold source's name: the hand-resolved referent where "
    "tests/gold/polnear_train_pronoun_referents.csv has one, otherwise the heuristic of _gold_names (the same "
    "gold-side resolution the evaluation uses), whose decisions weigh HEURISTIC_LABEL_WEIGHT of a hand-labelled "
    "one. Fitted pairwise (pairwise_examples: right minus wrong candidate within a decision, no "
    "intercept). Only the numbers are stored, no corpus text. Deterministic: lbfgs, C=1.0, features in file "
    "order."
)


HEURISTIC_LABEL_WEIGHT = 0.5  # weight of a he/she decision labelled by the _gold_names heuristic (a hand one: 1)


def antecedent_decisions(docs: list, gold: list, log: list, offsets: dict) -> list:
    """Pair each logged he/she decision with its gold name: [(candidates, [is_right per candidate])].

    Decisions with no gold pronoun source at the same mention, or where no candidate is right, are left out
    (nothing to learn from them).
    """
    by_article = defaultdict(list)
    for g in gold:
        if g.get("gold_name") and _is_pronoun_source(g):
            by_article[g["article_id"]].append(g)
    out = []
    for entry in log:
        article_id, base = offsets[entry["line"]]
        span = (base + entry["pos"], base + entry["pos"] + len(entry["pronoun"]))
        match = next((g for g in by_article.get(article_id, []) if overlap(span, g["source"]) > 0), None)
        if match is None or not entry["candidates"]:
            continue
        labels = [names_agree(name, match["gold_name"]) for name, _ in entry["candidates"]]
        if any(labels):
            out.append((entry["candidates"], labels))
    return out


def pairwise_examples(decisions: list) -> tuple:
    """Training pairs for ranking: for each decision, the first right candidate's features minus each wrong
    candidate's (label 1) and the reverse (label 0). Only the choice within a decision is learned, not how likely
    a candidate is in general, which is what picking the best-scoring candidate needs."""
    from analysis.speech import ANTECEDENT_FEATURES

    X, y = [], []
    for cands, labels in decisions:
        vecs = [[feats[f] for f in ANTECEDENT_FEATURES] for _, feats in cands]
        right = vecs[labels.index(True)]
        for vec, label in zip(vecs, labels):
            if not label:
                diff = [a - b for a, b in zip(right, vec)]
                X += [diff, [-d for d in diff]]
                y += [1, 0]
    return X, y


def fit_pairwise(hand: list, heuristic: list, heuristic_weight: float = HEURISTIC_LABEL_WEIGHT) -> tuple:
    """({"coef", "intercept"}, number of training pairs): the pairwise logistic ranking fitted on hand-labelled
    decisions at full weight and heuristic-labelled ones at `heuristic_weight` (deterministic: lbfgs, C=1.0)."""
    from sklearn.linear_model import LogisticRegression

    X, y = pairwise_examples(hand)
    X_h, y_h = pairwise_examples(heuristic)
    model = LogisticRegression(C=1.0, max_iter=2000, fit_intercept=False).fit(
        X + X_h, y + y_h, sample_weight=[1.0] * len(y) + [heuristic_weight] * len(y_h))
    return {"coef": [round(float(c), 6) for c in model.coef_[0]], "intercept": 0.0}, len(y) + len(y_h)


def fit_speaker_weights(corpora_dir: Path, path: Path) -> str:
    """Fit the he/she antecedent weights on PolNeAR train and write them (numbers only) to `path`."""
    from analysis.speech import ANTECEDENT_FEATURES

    lex = load_lexicon(speaker_weights=None)
    docs = load_polnear(corpora_dir, "train")
    paragraphs, offsets = polnear_paragraphs(docs)
    gold = gold_polnear(docs, load_eval_cues())
    _gold_names(docs, gold, *gold_name_words(lex))
    # Hand-resolved referents replace the heuristic gold name where labelled: on 2-fold cross-validation by article
    # over the hand-labelled decisions, weights fitted this way ranked 0.818 right against 0.805 for heuristic labels.
    if PRONOUN_GOLDS["train"].exists():
        apply_referents(docs, gold, load_referents(PRONOUN_GOLDS["train"]), "pronoun")
    log = []
    extract_quotes(paragraphs, speaker_weights=None, candidate_log=log)
    # The heuristic gold names count less than the hand referents: on five 2-fold splits by article, held-out
    # hand-labelled decisions ranked 0.917 right with both weighing the same, 0.920 at half weight (better in four
    # of the five splits) and 0.922 with the hand labels alone (measured before two features were dropped; with
    # today's features and half weight the five-split mean is 0.923). Some weight stays for the heuristic rows: they
    # hold most of the decisions where an unnamed earlier speaker ("said a diplomat from the embassy ... he
    # added") is the right candidate, which the hand referents, written as descriptions, seldom match by name
    # (without them, or at a quarter, the seed's "he added" after such a speaker went to a named person).
    hand = antecedent_decisions(docs, [g for g in gold if g.get("hand_labelled") == "pronoun"], log, offsets)
    heuristic = antecedent_decisions(docs, [g for g in gold if not g.get("hand_labelled")], log, offsets)
    decisions = hand + heuristic
    weights, n_pairs = fit_pairwise(hand, heuristic)
    from analysis.speakers import rank_antecedents

    n_right = sum(labels[[n for n, _ in cands].index(rank_antecedents(cands, weights))] for cands, labels in decisions)
    n_first = sum(labels[0] for _, labels in decisions)
    data = {"note": SPEAKER_WEIGHTS_NOTE, "features": list(ANTECEDENT_FEATURES), **weights,
            "n_decisions": len(decisions), "n_candidates": sum(len(c) for c, _ in decisions), "n_pairs": n_pairs,
            "train_accuracy": round(n_right / len(decisions), 4),
            "train_accuracy_most_recent_mention": round(n_first / len(decisions), 4)}
    Path(path).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return (f"{len(decisions)} he/she decisions ({sum(len(c) for c, _ in decisions)} candidates, {n_pairs} training pairs) from {len(log)} logged; ranking accuracy "
            f"on train {data['train_accuracy']:.3f} (most recent mention: "
            f"{data['train_accuracy_most_recent_mention']:.3f}); wrote {path}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA_DIR)
    parser.add_argument("--split", choices=["dev", "train"], default="dev")
    parser.add_argument("--gold", type=Path, default=SEED_GOLD)
    parser.add_argument("--fit-speakers", action="store_true",
                        help="fit the he/she antecedent weights on PolNeAR train and write "
                             "analysis/data/quote_speaker_weights.json")
    args = parser.parse_args(argv)
    path = args.corpora / f"polnear_{'train' if args.fit_speakers else args.split}.jsonl"
    if not path.exists():
        print(f"PolNeAR not found: put polnear_train.jsonl and polnear_dev.jsonl in {args.corpora} "
              f"(or pass --corpora DIR).", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    if args.fit_speakers:
        from analysis.speech import SPEAKER_WEIGHTS_FILE

        print(fit_speaker_weights(args.corpora, SPEAKER_WEIGHTS_FILE))
        return 0
    print(evaluate(args.corpora, args.split, args.gold))
    print(f"\n(matching: >= {OVERLAP:.0%} character overlap; {time.perf_counter() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
