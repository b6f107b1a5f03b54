"""The words of speech: the reporting-verb lexicon, quotation marks, sentences and speaker phrases.

The first layer of the quote step (see analysis/quotes.py for the method): everything here reads one paragraph
and knows nothing of the article around it."""

import bisect
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import pandas as pd

from analysis import patterns
from analysis.paths import DATA_DIR, REPORTING_VERBS_FILE
from analysis.sources import (find_role_words, has_role_kind, head_word, is_proper, load_role_lexicon, state_name)

MAX_SPEAKER_WORDS = 30
# A bare quantifier as subject ("Some have warned") names no one: it refers back to the last group mentioned.
QUANTIFIER = re.compile(r"^(?:some|many|others|several|most|few|a few|both|all|(?:some|many|most|all|several) of them)$",
                        re.IGNORECASE)


@dataclass(frozen=True)
class Lexicon:
    """Everything extract_quotes reads from analysis/data, compiled once per call."""

    cue_regex: re.Pattern
    verb_to_lemma: dict
    lemma_to_type: dict
    needs_that: frozenset
    abbreviations: frozenset
    roles: object  # sources.RoleLexicon
    speaker_weights: Optional[dict] = None  # learned pronoun-antecedent weights; None: the recency rule
    gender_words: dict = field(default_factory=dict)  # word -> "m" | "f" (quote_gender_words.csv + role_words)
    speech_verbs: str = r"(?!x)x"  # regex source: the neutral verb forms of reporting_verbs.csv ("said", "told")
    not_agents: frozenset = frozenset()  # heads after "according to" that name no speaker (schedule, tradition)
    person_nouns: frozenset = frozenset()  # quote_person_nouns.csv: heads that name a person ("a friend of ...")
    direct_verb_regex: re.Pattern = re.compile(r"(?!x)x")  # quote_direct_verbs.csv: manner verbs ("shot back")
    that_always: frozenset = frozenset()  # needs_that=always: "that" required even after a certain subject
    content_preps: dict = field(default_factory=dict)  # lemma -> prepositions whose object is content ("respond to")
    loose_objects: frozenset = frozenset()  # needs_that=object: a bare object also after a loosely found subject
    speech_nouns: frozenset = frozenset()  # quote_speech_nouns.csv: request, criticism ... ("to*" objects)
    first_names: dict = field(default_factory=dict)  # quote_first_names.csv: given name -> "m" | "f" ("Ann" -> f)


def load_lexicon(reporting_verbs: Optional[pd.DataFrame] = None, speaker_weights="file") -> Lexicon:
    """Compile reporting_verbs.csv (verb, lemma, type, needs_that), the role lexicon and the speaker weights.

    needs_that: "no" (content may follow the verb directly: "said the plan failed"), "yes" (directly only after a
    certain subject: "Lee denied the charges"; see _content_start), "object" (like "yes", and also after a subject
    found loosely, "Patient groups denied the charges", when the cue reads as a verb) or "always" ("that" required).
    content_prep (optional): prepositions, ";"-separated, whose object is the content even without "that"
    ("Lee never responded to the two emails", "declined to comment on the ferry"); "to*": only when the object
    holds a speech noun (quote_speech_nouns.csv) or a reporting-verb form ("responded to the storm" is no speech).

    speaker_weights: "file" reads analysis/data/quote_speaker_weights.json (None when absent), None uses the
    recency rule for he/she, a dict {"coef", "intercept"} is used as given.
    """
    if reporting_verbs is None:
        reporting_verbs = pd.read_csv(REPORTING_VERBS_FILE, keep_default_na=False)
    abbreviations = pd.read_csv(DATA_DIR / "quote_abbreviations.csv", keep_default_na=False)
    verbs = [v.strip().lower() for v in reporting_verbs["verb"]]
    # Gender words: one list of non-role words (he, Mrs, mother) plus the gender column of role_words.csv
    # (spokesman, congresswoman), so no word is listed twice.
    gender_table = pd.read_csv(DATA_DIR / "quote_gender_words.csv", keep_default_na=False)
    roles = load_role_lexicon(abbreviations=abbreviations, gender_words=gender_table)
    gender_words = {w.lower(): g for w, g in zip(gender_table["word"], gender_table["gender"]) if g in ("m", "f")}
    if "gender" in roles.table:
        gender_words.update({w.lower(): g for w, g in zip(roles.table["word"], roles.table["gender"])
                             if g in ("m", "f")})
    neutral = [v for v, lem in zip(verbs, reporting_verbs["lemma"])
               if dict(zip(reporting_verbs["lemma"], reporting_verbs["type"])).get(lem) == "neutral"]
    not_agents = pd.read_csv(DATA_DIR / "source_not_agents.csv", keep_default_na=False)
    person_nouns = pd.read_csv(DATA_DIR / "quote_person_nouns.csv", keep_default_na=False)
    direct_verbs = pd.read_csv(DATA_DIR / "quote_direct_verbs.csv", keep_default_na=False)
    first_names = pd.read_csv(DATA_DIR / "quote_first_names.csv", keep_default_na=False)
    return Lexicon(
        cue_regex=patterns.build_alternation(verbs),
        verb_to_lemma={v: lem for v, lem in zip(verbs, reporting_verbs["lemma"])},
        lemma_to_type=dict(zip(reporting_verbs["lemma"], reporting_verbs["type"])),
        needs_that=frozenset(reporting_verbs.loc[reporting_verbs["needs_that"].isin(["yes", "always", "object"]),
                                                 "lemma"]),
        loose_objects=frozenset(reporting_verbs.loc[reporting_verbs["needs_that"] == "object", "lemma"]),
        that_always=frozenset(reporting_verbs.loc[reporting_verbs["needs_that"] == "always", "lemma"]),
        speech_nouns=frozenset(w.lower() for w in pd.read_csv(DATA_DIR / "quote_speech_nouns.csv",
                                                              keep_default_na=False)["noun"]),
        content_preps={lem: tuple(x.strip().lower() for x in str(preps).split(";") if x.strip())
                       for lem, preps in zip(reporting_verbs["lemma"], reporting_verbs.get("content_prep", ""))
                       if str(preps).strip()} if "content_prep" in reporting_verbs else {},
        abbreviations=frozenset(a.lower() for a in abbreviations["abbreviation"]),
        roles=roles,
        speaker_weights=load_speaker_weights() if isinstance(speaker_weights, str) else speaker_weights,
        gender_words=gender_words,
        speech_verbs=patterns.build_alternation(neutral).pattern if neutral else r"(?!x)x",
        not_agents=frozenset(w.lower() for w in not_agents["word"]),
        person_nouns=frozenset(w.strip().lower() for w in person_nouns["word"]),
        direct_verb_regex=patterns.build_alternation([v.strip().lower() for v in direct_verbs["verb"]]),
        first_names={n.strip(): g for n, g in zip(first_names["name"], first_names["gender"]) if g in ("m", "f")},
    )


def _lemma(cue: str, lex: Lexicon) -> str:
    return lex.verb_to_lemma.get(re.sub(r"\s+", " ", cue.lower()), cue.lower())


# --------------------------------------------------------------------------------------------------------------
# Quotation marks and sentences
# --------------------------------------------------------------------------------------------------------------

@dataclass
class Span:
    """One pair of quotation marks: `open`/`close` are the mark positions, `start`/`end` the inner text."""

    open: int
    close: int  # index of the closing mark, or len(text) when the quote never closes
    start: int
    end: int
    closed: bool
    note: str = ""
    speech: bool = False
    attribution: Optional[dict] = None
    absorbed: bool = False  # part of a mixed reported clause
    close_len: int = 1  # length of the closing mark: 2 for the wire-copy '' mark
    fallback: Optional[dict] = None  # a verb-object attribution kept in case no nearer one is found
    long_quote: bool = False  # speech only for its length (quotes._long_quotation), with no cue next to it

    @property
    def after(self) -> int:
        """First character after the closing mark."""
        return self.close + self.close_len


def find_quote_spans(text: str) -> list:
    """Pair quotation marks left to right. Curly marks say which way they face; straight marks toggle.

    A curly opening mark while a quote is open means the earlier one was never closed: it is kept up to the new
    mark and noted; but one spaced like a closing mark (after a word or comma, before a space or punctuation:
    '\u201cWe will win,\u201c he said') is a mistyped closing mark and closes the quote, and one of the same kind
    as the open quote's whose closing mark is followed by a second closing mark (no opening mark between) is a
    quotation nested inside it ('\u201cPeople wore \u201cVote Lee\u201d shirts,\u201d he said'): both of its
    marks are passed over and the outer quote runs on. A closing mark with nothing open is noted and skipped,
    unless it is spaced like an opening mark (some text uses the wrong curly mark).
    """
    spans, open_at, open_len, notes = [], None, 0, []
    marks = list(patterns.QUOTE_MARK.finditer(text))
    skip = -1  # index of a nested quotation's closing mark, passed over
    for i, m in enumerate(marks):
        if i <= skip:
            continue
        mark, pos = m.group(0), m.start()
        prev_char = text[pos - 1] if pos > 0 else " "
        next_char = text[m.end()] if m.end() < len(text) else " "
        looks_opening = prev_char.isspace() or prev_char in "([—–-" and not next_char.isspace()
        looks_closing = not prev_char.isspace() and prev_char not in "([\u2014\u2013-" and (
            next_char.isspace() or next_char in ".,;:!?)")
        if mark in patterns.OPENING_MARKS and mark != "``" and open_at is not None and looks_closing:
            # '\u201cWe will win,\u201c he said': an opening mark typed where a closing one belongs closes the quote.
            spans.append(Span(open_at, pos, open_at + open_len, pos, True, close_len=len(mark)))
            open_at = None
        elif open_at is not None and mark == "\u201c" == text[open_at] and i + 2 < len(marks) and all(
                marks[j].group(0) == "\u201d" for j in (i + 1, i + 2)):
            # '\u201cPeople wore \u201cVote Lee\u201d shirts,\u201d he said': an opening mark of the same kind
            # whose closing mark is followed by a second closing mark (no opening mark between) is a quotation
            # inside the quotation, not a new one.
            skip = i + 1
        elif mark in patterns.OPENING_MARKS or mark == "``":
            if open_at is not None:
                spans.append(Span(open_at, pos, open_at + open_len, pos, False, "unbalanced quote marks"))
            open_at, open_len = pos, len(mark)
        elif mark in patterns.CLOSING_MARKS and open_at is None:
            if looks_opening and not next_char.isspace():
                open_at, open_len = pos, len(mark)
            else:
                notes.append(pos)
        elif open_at is None:
            open_at, open_len = pos, len(mark)
        else:
            spans.append(Span(open_at, pos, open_at + open_len, pos, True, close_len=len(mark)))
            open_at = None
    if open_at is not None:
        spans.append(Span(open_at, len(text), open_at + open_len, len(text), False, "no closing quote mark"))
    if notes and spans:
        spans[-1].note = (spans[-1].note + "; " if spans[-1].note else "") + "stray closing quote mark"
    return spans


def split_sentences(text: str, spans: list, abbreviations) -> list:
    """Sentence (start, end) offsets. No split inside a quotation or after an abbreviation such as "Mr.", an
    initial or a dotted acronym."""
    closed = [(s.open, s.close) for s in spans if s.closed or s.speech]
    opens = [o for o, _ in closed]
    bounds, start = [], 0
    for m in patterns.SENTENCE_BOUNDARY.finditer(text):
        nxt = m.end()
        i = bisect.bisect_right(opens, nxt - 1) - 1
        if i >= 0 and closed[i][0] < nxt <= closed[i][1]:
            continue  # inside a quotation
        punct = text[m.start()]
        if punct == ".":
            tok = patterns.LAST_TOKEN.search(text[max(0, m.start() - 20):m.start() + 1])
            if tok:
                word = tok.group(1).lower()
                if tok.group(1)[:1].isupper() and patterns.DOTTED_ACRONYM.fullmatch(tok.group(1)):
                    # joined initials or a capital dotted acronym ("H.W.", "U.S."; not "p.m."): no sentence end
                    # unless a sentence opener follows ("in the U.S. He left")
                    if not patterns.ACRONYM_THEN_SENTENCE.match(text, m.start() + 1):
                        continue
                elif word in abbreviations or (len(word) == 1 and word.isalpha()):
                    continue  # "Mr.", an initial ("J.")
        bounds.append((start, m.start() + len(m.group(0).rstrip())))
        start = nxt
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if e > s]


def _words(text: str) -> list:
    return patterns.WORD.findall(text)


def repair_mojibake(name: str) -> str:
    """A name whose accented letters UTF-8 read as Latin-1 or Windows-1252 garbled, repaired ("Jos\u00c3\u00a9 Quintero"
    -> "Jos\u00e9 Quintero"); unchanged when a garbled pair does not decode (a letter lost in copying)."""
    def fix(m):
        try:
            return bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in m.group(0)).decode("utf-8")
        except (UnicodeError, ValueError):
            return m.group(0)
    return re.sub(r"[\u00c2\u00c3]" + patterns.MOJIBAKE_CHAR, fix, unicodedata.normalize("NFC", name))


# --------------------------------------------------------------------------------------------------------------
# Speaker phrases
# --------------------------------------------------------------------------------------------------------------

def _first_word(text: str) -> str:
    w = _words(text)
    return w[0] if w else ""


TIME_ONLY_WORDS = frozenset(patterns.WEEKDAYS) | frozenset({
    "today", "yesterday", "tonight", "tomorrow", "morning", "afternoon", "evening", "night", "earlier", "later",
    "last", "this", "week", "recently",
})


_PARTICLE_SURNAME = re.compile(r"(?:" + patterns.NAME_PARTICLE + r"\s+){1,2}"
                               r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?")


def np_ok(phrase: str, lex: Lexicon) -> bool:
    """Is this stretch a plausible speaker noun phrase ("Zhu Yongbiao, professor at Lanzhou University")?"""
    phrase = phrase.strip(" ,\u2014-")
    words = _words(phrase)
    if not words or len(words) > MAX_SPEAKER_WORDS:
        return False
    if re.search(r"[!?;:\"\u201c\u201d\n]", phrase):
        return False
    # "... Ann Lee, tweeted Sunday after the attack": a day or time adverb after the cue is no speaker.
    if all(w.lower() in TIME_ONLY_WORDS for w in words):
        return False
    # Full stops only inside abbreviations and initials (Mr., U.S., J.).
    for w in words:
        if "." in w and not (len(w) <= 5 or w.count(".") > 1):
            return False
    if re.search(r"\.(?:\s|$)", phrase) and not all(
        len(w.rstrip(".")) <= 4 or w.count(".") > 1 for w in words if w.endswith(".")
    ):
        return False
    # "the company attacked the council": a verb form followed by its object makes a clause, not a noun phrase.
    # A relative clause may hold one ("officials who watched the debate"): only the words before it are checked.
    if _VERB_THEN_OBJECT.search(re.split(r"(?i)\b(?:who|whom|that|which)\b", phrase.split(",", 1)[0], maxsplit=1)[0]):
        return False
    first = words[0]
    checked = phrase
    if _PARTICLE_SURNAME.fullmatch(phrase):
        return True  # "said de Vries", "da Silva said": a surname written with its lowercase particles
    if "," not in phrase and described_np(phrase, lex):
        return True  # "one person with knowledge of the talks", "a longtime adviser to the mayor", "the 46-year-old"
    if _AGE_AFTER.sub("", phrase).count(",") == 1 and role_then_name(phrase, lex):
        return True  # "the city spokesman, Paul Grant", "another old friend, Ann Lee", "one voter, Ann Lee, 45"
    if "," in phrase:
        # NAME, APPOSITIVE[, APPOSITIVE]: the part before the first comma must itself be a name or a role NP.
        name_part, appositive = phrase.split(",", 1)
        nw = _words(name_part)
        if not nw or len(nw) > 6 or not all(w[0].isupper() for w in nw):
            return False
        if patterns.APPOSITIVE_START.match(appositive.strip()):
            # "Ann Lee, a professor who studies trade, said": an appositive that opens like one may hold a clause
            # ("who studies"), so only the name part is checked for clause words.
            checked = name_part
        elif phrase.count(",") > 3:
            return False
    if _has_clause_word(checked):
        return False
    head = head_word(phrase.split(",", 1)[0])
    if not head:
        return False
    if head == first and head.lower() in TIME_ONLY_WORDS:
        return False  # "Tuesday at the hearing": a time and where it was, not a speaker
    head_is_role = bool(find_role_words(head, lex.roles))
    # A lowercase first word is fine in a short role phrase: "business insiders and analysts said".
    # "pollster Ann Lee", "former Ohio Gov. Bo Smith": a short lowercase descriptor before a full name.
    described_name = ("," not in phrase and len(words) <= 6 and len(words) >= 3 and words[-1][0].isupper()
                      and words[-2][0].isupper() and not patterns.PRONOUN.match(first))
    if not (first[0].isupper() or patterns.PRONOUN.match(first) or patterns.DETERMINER.match(first)
            or find_role_words(first, lex.roles) or (head_is_role and len(words) <= 6) or described_name):
        return False
    if head.isupper() and len(head) > 5:
        return False  # "WASHINGTON —" is a dateline, not a speaker
    if head[0].isupper() or patterns.PRONOUN.match(head) or head_is_role or (
            described_name and head.lower() in lex.person_nouns):
        return True  # a person noun (quote_person_nouns.csv) heads a described name: "master of ceremonies Ann Lee"
    # "Another child", "the mayor's office": a short determiner-led noun phrase with an unlisted noun.
    return bool(patterns.DETERMINER.match(first) and len(words) <= 5 and head.isalpha()
                and not head.endswith(("ly", "ing")) and head.lower() not in _NOT_HEADS)


# A lowercase past or present verb form directly followed by a determiner-led object: "attacked the council",
# "uses the same photo", "released a statement". A noun inside a noun phrase is not followed by "the" or "a";
# prepositions that end like verb forms ("across the", "towards a") are not verbs.
_VERB_THEN_OBJECT = re.compile(
    r"(?<![\w'\u2019.-])(?!(?:across|versus|towards|besides|plus|regardless|alongside|afterwards|amidst)\s)"
    r"[a-z][a-z-]*(?:ed|es|[^s']s)\s(?:the|a|an|his|her|its|their|our|my)\s")
_AGE = re.compile(r"^\d{1,3}-year-old$")
# A head noun's complement: "adviser to the mayor", "person with knowledge of", "friend of the family".
_POSTMODIFIER = re.compile(r"^\s*(?:to|of|with|from|at|for|in|on|close\s+to|familiar\s+with|near|inside|within|"
                           r"outside|who\s+is|in\s+charge\s+of)\s", re.IGNORECASE)
DESCRIBED_NP_MAX_WORDS = 14


def described_np(phrase: str, lex: Lexicon) -> bool:
    """A determiner-led description of one person or group, longer or odder than np_ok's short role phrases:
    "one person with knowledge of the talks", "a longtime adviser to the mayor", "the 46-year-old", "a prominent
    state party committee member". The head is a role word, a person noun (quote_person_nouns.csv) or an age; the
    words before it hold no clause word; after it only a prepositional complement with no clause word."""
    phrase = phrase.strip(" ,\u2014-")
    words = list(patterns.WORD.finditer(phrase))
    if not words or len(words) > DESCRIBED_NP_MAX_WORDS or re.search(r"[!?;:,()\"\u201c\u201d\n]", phrase):
        return False
    first = words[0].group(0)
    # Opens with a determiner, or with a capitalised possessive ("Ms. Kerr's spokesman", "CNN's Ann Lee").
    owner = next((k for k, w in enumerate(words[:3]) if w.group(0).endswith(("'s", "\u2019s"))), None)
    if owner is not None and not all(w.group(0)[0].isupper() for w in words[:owner + 1]):
        owner = None
    if not (patterns.DETERMINER.match(first) or owner is not None) or patterns.PRONOUN.match(first):
        return False
    for k, w in enumerate(words[:9]):
        word = w.group(0)
        low = word.lower()
        nxt = words[k + 1] if k + 1 < len(words) else None
        # "a Republican close to the mayor" (the head), not "a Republican National Committee member" (a modifier)
        party_head = _party_member(word, lex) and not (nxt is not None and nxt.group(0)[0].isupper())
        is_head = k > (owner if owner is not None else 0) and (
            low in lex.person_nouns or bool(_AGE.match(low)) or (word[0].islower() and bool(
                find_role_words(word, lex.roles))) or party_head)
        if not is_head:
            continue
        if nxt is not None and nxt.start() == w.end() + 1 and (
                nxt.group(0).lower() in lex.person_nouns or find_role_words(nxt.group(0), lex.roles)):
            continue  # "a campaign official", "the party members": the head is further on
        if _has_clause_word(phrase[:w.start()]):
            return False
        rest = phrase[w.end():]
        if not rest.strip():
            return True
        comp = _POSTMODIFIER.match(rest)
        if comp and comp.group(0).strip().lower() == "to":
            # "adviser to the mayor" (a noun phrase follows), not "plan to build" (a verb follows)
            obj = _first_word(rest[comp.end():])
            if not (obj[:1].isupper() or patterns.DETERMINER.match(obj) or obj.lower() in {"him", "her", "them"}):
                return False
        return bool(comp) and not _has_clause_word(rest[comp.end():]) and len(_words(rest)) <= 10
    return False


def _party_member(word: str, lex: Lexicon) -> bool:
    """A capitalised party word used as a person noun: "one Democrat familiar with the talks", "a Republican close
    to the mayor" (not "Democratic", an adjective, nor the party as an organisation)."""
    if not word.endswith(("crat", "can")):
        return False
    rows = find_role_words(word, lex.roles)
    return bool(rows) and lex.roles.table.at[rows[0][0], "kind"] == "party"


_AGE_AFTER = re.compile(r",\s*\d{1,3}$")
_NAME_AFTER_ROLE = re.compile(r"^[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){1,3}$")


def role_then_name(phrase: str, lex: Lexicon) -> bool:
    """"ROLE, NAME": a described person followed by their name as an appositive ("the city spokesman, Paul
    Grant", "Ms. Lee's spokesman, Bo Li"). The name is two to four capitalised words, none of them a role word."""
    role, _, name = phrase.strip(" ,\u2014-").partition(",")
    name = _AGE_AFTER.sub("", name.strip())  # "another voter, Ann Lee, 45"
    if not _NAME_AFTER_ROLE.match(name) or any(find_role_words(w.rstrip("."), lex.roles) or w.lower() in
                                               lex.roles.not_names for w in name.split()):
        return False
    # A document is no description of the person named after it: "According to a memo from the board, Tom Hardy
    # steered ..." makes Tom Hardy the subject of the next clause, not the memo's name.
    head_rows = find_role_words(head_word(role), lex.roles)
    if head_rows and all(lex.roles.table.at[r, "kind"] == "document" for r, _ in head_rows):
        return False
    return described_np(role, lex) or (len(_words(role)) <= 3 and patterns.DETERMINER.match(_first_word(role))
                                       and bool(head_rows))


def _name_word_before(text: str) -> bool:
    """Does the text end in a capitalised word that is no pronoun or determiner ("Nora ", not "They " or "The ")?"""
    m = re.search(r"([A-Z][\w'\u2019.-]*)\s+$", text)
    return bool(m) and not (patterns.PRONOUN.match(m.group(1)) or patterns.DETERMINER.match(m.group(1)))


def _has_clause_word(phrase: str) -> bool:
    """A clause word outside a name: "Will Doyle" and "May Smith" are names, "as Trump" is a clause."""
    for m in patterns.CLAUSE_WORD.finditer(phrase):
        nxt = phrase[m.end():m.end() + 2].strip()
        if m.group(0) in patterns.NAME_LIKE_CLAUSE_WORDS and nxt[:1].isupper():
            continue
        if m.group(0) in patterns.NAME_LIKE_CLAUSE_WORDS and not phrase[m.end():].strip(" ,") and (
                m.start() == 0 or _name_word_before(phrase[:m.start()])):
            continue  # the phrase ends in it after a name or alone: a surname ("Nora Will", "Will" wrote)
        return True
    return False


_NOT_HEADS = {"other", "others", "same", "first", "last", "more", "most", "all", "both", "one", "time", "year",
              "week", "day", "month", "way", "thing", "things", "number", "point", "case", "fact", "idea"}


def _strip_adverbs(phrase: str) -> str:
    return patterns.ADVERB_BETWEEN.sub("", phrase).rstrip(" ,")


@dataclass
class Speaker:
    """A parsed speaker phrase."""

    written: str  # the speaker as written, without appositive
    role: str
    name: str  # proper name or organisation, "" when the phrase is a common noun ("analysts")
    kind: str  # pronoun | person | organisation | group
    plural: bool
    spokes_org: str = ""


def _name_tokens(words: list, lex: Lexicon) -> tuple:
    """Split trailing capitalised words into (title part, name) -- "CIA Director William Burns" -> William Burns."""
    run = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        # Connectors inside a capitalised name: "Ministry of Health", "Prime Minister of the Solomon Islands".
        connector = w.lower() in {"of", "the", "and", "for"} and run and i > 0 and words[i - 1][0].isupper()
        if w[0].isupper() or w.lower() in patterns.NAME_PARTICLES or connector:
            run.insert(0, w)
        else:
            break
    while run and not run[0][0].isupper():
        if len(run) == len(words) and run[0] in patterns.NAME_PARTICLES:
            break  # "de Vries" alone: the particle opens the surname
        run.pop(0)
    if not run:
        return words, []
    prefix = words[: len(words) - len(run)]
    last_title = -1
    for i, w in enumerate(run):
        if w.lower().rstrip(".") in lex.roles.title_words or w.lower().rstrip(".") in lex.roles.honorifics \
                or w.lower() in lex.roles.not_names or w.endswith(("'s", "\u2019s")):
            last_title = i
    name = run[last_title + 1:]
    prefix = prefix + run[: last_title + 1]
    has_title = any(w.lower() in lex.roles.title_words for w in prefix)
    connectors = {"of", "the", "and", "for"}
    # "former secretary of State Lee" (a lowercase title, so the run starts after "of"); not "an aide of Tom
    # Hardy", whose run opens with a given name.
    lower_title_of = len(name) > 1 and name[0] not in lex.first_names and len(prefix) >= 2 and (
        prefix[-1].lower() == "of" or prefix[-2:] == ["of", "the"]) and any(
        w.lower().rstrip(".") in lex.roles.title_words for w in prefix[-3:-1]) and not prefix[-2][:1].isupper()
    if (len(name) > 1 and name[0].lower() in connectors) or lower_title_of:
        # A title's own "of" phrase names a place or body before the person: "Secretary of State Lee",
        # "former secretary of State Lee", "Minister of Health Ann Marie Lee". The connectors and the first
        # capitalised word after them are the title's; a given name (quote_first_names.csv) among the last
        # three words opens the person's name.
        k = 0
        while k < len(name) and name[k].lower() in connectors:
            k += 1
        prefix, name = prefix + name[:k + 1], name[k + 1:]
        given = [j for j in range(max(len(name) - 3, 0), len(name) - 1) if name[j] in lex.first_names]
        if given and len(name) > 2:
            return prefix + name[:given[0]], name[given[0]:]
        if _capitalised_count(name) > 2:  # "Prime Minister of the Dayton Islands Xu Bo": the last two words
            keep = _person_tail(name)
            return prefix + name[:-keep], name[-keep:]
    if len(name) > 2 and name[0] not in lex.first_names and any(
            prefix[j].lower() in {"of", "for"} and prefix[j - 1].lower().rstrip(".") in lex.roles.title_words
            for j in range(1, len(prefix))):
        # Inside a title's "of" phrase ("Minister of Foreign Affairs Ann Lee", where "Foreign" ended the title
        # part above), the person's name opens at the first given name (quote_first_names.csv) that leaves a
        # surname after it.
        given = next((j for j in range(1, len(name) - 1) if name[j] in lex.first_names), 0)
        if given:
            return prefix + name[:given], name[given:]
    n_cap = _capitalised_count(name)
    if n_cap > 3 or (n_cap == 3 and has_title and prefix and prefix[-1].lower() in {"the", "of"}):
        # "Prime Minister of the Solomon Islands Manasseh Sogavare": the person is the last two words.
        keep = _person_tail(name)
        prefix, name = prefix + name[:-keep], name[-keep:]
    return prefix, name


def _particle(name: list, j: int) -> bool:
    """Is the j-th word of a capitalised name run a name particle: lowercase ("Ines de la Fuente"), or capitalised
    between two other words of the name ("Ines De La Fuente", "Jan Van Dam"; not the first word of "De La Fuente",
    which opens the surname, nor the last)?"""
    w = name[j]
    return w in patterns.NAME_PARTICLES or (0 < j < len(name) - 1 and w.lower() in patterns.NAME_PARTICLES)


def _capitalised_count(name: list) -> int:
    """Words of a name that are no particle: "Ines de la Fuente" and "Ines De La Fuente" have two."""
    return sum(1 for j in range(len(name)) if not _particle(name, j))


def _person_tail(name: list) -> int:
    """How many words end a capitalised run as a person's name: the surname with the particles before it, a middle
    initial, and one given name ("... Islands Xu Bo", "... Ann B. Lee", "... Ines de la Fuente")."""
    k = 1
    while k < len(name) - 1 and _particle(name, len(name) - k - 1):
        k += 1
    if k < len(name) - 1 and re.fullmatch(r"[A-Z]\.?", name[-k - 1]):
        k += 1  # a middle initial: "Ann B. Lee"
    return min(k + 1, len(name))


# Two coordinated members, the first ending in a capitalised word: "Ann Lee and Bo Chan", "Lee and his aides".
# The second member ends in a name or opens with a determiner ("and his aides", "and other experts"), so a pair of
# modifiers ("Popular Christian and corporate speaker Ann Lee") or an organisation's name ("Customs and Border
# Protection commissioner") is not split.
_NAMED_PAIR = re.compile(r"^(?:(?i:both|either|neither)\s+)?([^,]*?[A-Z][\w'\u2019.-]*)\s+and\s+"
                         r"((?i:his|her|their|its|the|other|others|many|several|some)\b[^,]*|"
                         r"[^,]*[A-Z][\w'\u2019.-]*)$")


_ORGANISATION_OF_PEOPLE = re.compile(r"^[A-Z][a-z]+[^s'\u2019]s\s+(?:of\s+the|[Ff]or|[Aa]gainst|[Ww]ithout)"
                                     r"(?:\s+(?:[A-Z][\w'\u2019.&-]*|of|the|and|for|on))*\s+[A-Z][\w'\u2019.&-]*$")
_GROUP_OPENER = re.compile(r"(?i)(?:his|her|their|its|the|other|others|many|several|some)\b")


# The rest of an organisation's name after its head word: capitalised words joined by "of", "and", "for", "the".
_ORGANISATION_NAME_REST = re.compile(r"\s+(?:of|for)(?:\s+(?:the|a|an|and|of|for|on|&)|\s+[A-Z][\w.-]*"
                                     r"(?:['\u2019](?!s\b)[A-Za-z][\w.-]*)?)+")


def _lead_member_speaks(first: str, second: str, lex: Lexicon) -> bool:
    """Does the first of two coordinated members stand for the pair? Not in "Dora and Joan Pell" (one
    surname shared by two first names), nor in "Popular Christian and corporate speaker Ann Lee", where a
    lowercase second member does not mirror a title or role of the first: both are modifiers of one name."""
    second_words = _words(second)
    if len(_words(first)) == 1 and len(second_words) > 1 and all(w[0].isupper() for w in second_words):
        return False
    if all(w[0].isupper() for w in second_words) and has_role_kind(second_words[-1], lex.roles, ("organisation",)):
        return False  # "the Fish and Wildlife Commission": one organisation whose name holds "and"
    return bool(second[:1].isupper() or _GROUP_OPENER.match(second) or any(
        find_role_words(w, lex.roles) or w.lower().rstrip(".") in lex.roles.title_words for w in _words(first)))


_NOT_BEFORE_NAME = frozenset({"of", "to", "for", "with", "by", "from", "at", "in", "on", "and", "or", "about", "than"})


def _described_holder(head: str, split: tuple, lex: Lexicon) -> bool:
    """"master of ceremonies Ann Lee", "chairman of the board Ann Lee": a singular lowercase head (the caller checks
    it is a person's role, title or person noun) with its complement, then a person's name of two or more words
    right after a lowercase noun (not after a preposition or a determiner: "an aide to Ann Lee", "a diplomat from
    the Embassy of Peru" are the aide and the diplomat; nor after a person's title, which is the name's own: "an
    adviser to the mayor Ann Lee" is the adviser)."""
    lead, name = split
    if len(name) < 2 or not lead or not head[:1].islower() or (head.endswith("s") and not head.endswith("ss")):
        return False
    before = lead[-1]
    if not before.isalpha() or not before.islower() or before in _NOT_BEFORE_NAME or patterns.DETERMINER.match(before):
        return False
    if before in lex.roles.title_words or has_role_kind(before, lex.roles):
        return False
    return not any(patterns.ACRONYM.match(w) or w.lower() in lex.roles.not_names or find_role_words(w, lex.roles)
                   for w in name)


def parse_speaker(phrase: str, lex: Lexicon) -> Speaker:
    """Split a speaker phrase into name, role and kind."""
    phrase = re.sub(r"\s+", " ", phrase.strip(" ,\u2014-"))
    # (A horizontal bar is read as the dash it stands for; segmentation's fitted feature keeps the pattern as is.)
    dateline = patterns.DATELINE.match(phrase.replace("\u2015", "\u2014"))
    if dateline and phrase[dateline.end():].strip():
        phrase = phrase[dateline.end():].strip()  # "DAYTON (AP) - Ann Lee": the dateline is no part of the speaker
    # "But Lee", "Meanwhile Ann Lee", "Even Ann Lee": a conjunction or focusing word opening the phrase is no name.
    opener = re.match(r"(\S+)\s+(?=\S)", phrase)
    if opener and patterns.NAME_OPENER.fullmatch(opener.group(1)):
        phrase = phrase[opener.end():]
    # "Rep. Ann Lee (D-Ohio)": the bracketed party and state are not part of the name.
    phrase = re.sub(r"\s*\([^()]*\)", "", phrase).strip(" ,") or phrase
    core, _, appositive = phrase.partition(",")
    core, appositive = core.strip(), appositive.strip(" ,")
    # "Lee himself said": the reflexive only stresses the name ("Lee"), it is not the head.
    core = re.sub(r"(?<=\S)\s+(?:himself|herself|itself|themselves)$", "", core, flags=re.IGNORECASE)
    appositive = re.sub(r"^(?:also|now|then)\s+", "", appositive)
    # The role is one comma-delimited unit after the name (an age like "22" is skipped): what follows the next
    # comma is another appositive or the sentence going on ("Ann Lee, a planner, recalled the vote and said").
    named = _AGE_AFTER.sub("", appositive)
    if named and "," not in named and role_then_name(f"{core}, {named}", lex):
        # "the city spokesman, Paul Grant", "one voter, Ann Lee, 45": the person is the name, the description
        # before it is the role.
        return Speaker(named, re.sub(r"^(?:the|a|an|another|one)\s+", "", core, flags=re.I),
                       named, "person", False)
    chunks = [c.strip() for c in appositive.split(",") if c.strip() and not c.strip().isdigit()]
    role = re.sub(r"^(?:the|a|an)\s+", "", chunks[0] if chunks else "", flags=re.IGNORECASE)
    words = _words(core)
    if len(words) == 1 and patterns.PRONOUN.match(words[0]):
        w = words[0].lower()
        return Speaker(core, "", "", "pronoun", w in {"they", "we"})
    if re.fullmatch(r"(?i)he|she|they|we", appositive) and len(words) <= 3:
        words = [appositive]  # "Sure, he": an opening word before the pronoun
    if len(words) > 1 and not appositive and words[-1].lower() in {"he", "she", "they", "we"} or (
            len(words) == 1 and words[0] == appositive):
        # "In 2010 she", "Sure, he", "Lee said he": a subject pronoun ending the phrase is the cue's subject;
        # what comes before it is an opening phrase or another clause.
        w = words[-1].lower()
        return Speaker(words[-1], "", "", "pronoun", w in {"they", "we"})
    if QUANTIFIER.match(core):
        return Speaker(core, "", "", "quantifier", True)
    pair = _NAMED_PAIR.match(core) if not appositive else None
    if pair and _lead_member_speaks(pair.group(1), pair.group(2), lex):
        # "Ann Lee and Bo Chan", "Mayor Ann Lee and her aides": the member named first stands for the pair (as
        # the gold rule types a mixed group by its first member), not the last name of the run.
        lead = parse_speaker(pair.group(1), lex)
        lead_words = lead.name.split()
        while len(lead_words) > 1 and find_role_words(lead_words[0], lex.roles):
            lead_words.pop(0)  # "Professors Lee and Chan": a plural title before the pair is not a name
        if lead.kind == "person" and lead_words and not find_role_words(lead_words[-1], lex.roles):
            return Speaker(core, lead.role, " ".join(lead_words), lead.kind, lead.plural, lead.spokes_org)
    if _ORGANISATION_OF_PEOPLE.match(core) and not (core.split()[1] == "of" and find_role_words(
            core.split()[0], lex.roles)):
        # "Friends of the Harbor", "Parents for Safe Ferries", "Mothers Against Drunk Boating": a plural noun and a
        # capitalised object after "of the", "for", "against" or "without" is the name of an organisation.
        return Speaker(core, role, core, "organisation", False)
    if state_name(core, lex.roles):
        # "China said", "the US warned": a state speaks as an organisation (never the "he" of a later sentence).
        return Speaker(core, role, state_name(core, lex.roles), "organisation", False)
    # Spokesperson of an organisation: the organisation speaks.
    sp = re.match(r"(?i)^(?:an?|the)?\s*(?:\w+\s+){0,2}?(spokes(?:person|man|woman|people|men|women))\s+"
                  r"(?:for|of|from|at)\s+(?:the\s+)?(.+)$", core)
    if sp:
        return Speaker(core, sp.group(1).lower(), sp.group(2).strip(), "organisation", False, sp.group(2).strip())
    # The head part ends before a prepositional phrase: "a diplomat from the Embassy of Honduras in China".
    head_part = re.split(r"\s(?:from|of|at|with|for|in|on|engaged|based|to)\s", core, maxsplit=1)[0]
    hw = _words(head_part)
    head = hw[-1] if hw else ""
    head_roles = find_role_words(head, lex.roles) if head else []
    if head[:1].isupper() and has_role_kind(head, lex.roles, ("organisation",)) and (
            _ORGANISATION_NAME_REST.fullmatch(core[len(head_part):])) and not any(
            w.lower().rstrip(".") in lex.roles.title_words or has_role_kind(w, lex.roles)
            for w in _words(core[len(head_part):])):
        # "the Ministry of Foreign Affairs", "the Office of Management and Budget": an organisation word with a
        # capitalised "of" phrase is the organisation's full name, not a title before a person's name.
        return Speaker(core, role, re.sub(r"(?i)^the\s+", "", core), "organisation", False)
    role_head = any(lex.roles.table.at[r, "kind"] in ("person", "group") for r, _ in head_roles)
    head_is_last = bool(words) and head == words[-1]
    # "former secretary of State Ann Lee": a lowercase title whose "of" phrase is capitalised and ends in a person's
    # name (opening with a given name, quote_first_names.csv) is that person's title, not a common-noun head
    # ("the director of Dayton Ferry Services" stays a description).
    titled = head.lower() in lex.roles.title_words and re.fullmatch(
        r"\s+of\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+(?:(?:of|the|and|for)\s+)?[A-Z][\w'\u2019.-]*)+",
        core[len(head_part):])
    titled_name = _name_tokens(words, lex) if titled else ([], [])
    # A person named after the lowercase head is the speaker, not a group with that head: the title's "of" phrase
    # above, or "master of ceremonies Ann Lee" (_described_holder).
    names_a_person = (len(titled_name[0]) > len(hw) + 1 and len(titled_name[1]) >= 2
                      and titled_name[1][0] in lex.first_names) or (
        len(hw) < len(words) and (role_head or head.lower() in lex.roles.title_words or head.lower() in lex.person_nouns)
        and _described_holder(head, _name_tokens(words, lex), lex))
    if not names_a_person and head and (not is_proper(head, lex.roles) or (role_head and head_is_last) or (
            head.lower() in lex.roles.title_words and not _name_tokens(words, lex)[1])):
        # Common-noun head: "analysts", "Chinese security experts", "a frontline police officer ...".
        written = core
        plural = head.lower().endswith("s") and not head.lower().endswith("ss") or " and " in head_part
        rest = core[len(head_part):].strip()
        head_l = head.lower() if find_role_words(head, lex.roles) else head
        role = role or (f"{head_l}{' ' + rest if rest else ''}" if find_role_words(head, lex.roles) else "")
        return Speaker(written, role, "", "group", plural)
    firm = patterns.FIRM_NAME.search(core)
    if firm and firm.end() == len(core.rstrip(" .")) and not re.search(
            r"(?i)(?:^|\s)(?:of|at|from|for|with|by|to)\s*$", core[:firm.start()]):
        # "Pharmaceutical giant Lee & Hardy": a name "&" joins is a firm's, kept whole with its "&" (not "Ann Lee
        # of Lee & Hardy", who works there).
        lead = re.sub(r"(?i)^(?:the|a|an)\s+", "", core[:firm.start()].strip())
        return Speaker(core, role or lead, firm.group(0), "organisation", False)
    title_words, name = _name_tokens(words, lex)
    head_title, head_name = _name_tokens(hw, lex)
    titled_surname = len(head_name) == 1 and not find_role_words(head_name[0], lex.roles) and any(
        t.lower().rstrip(".") in lex.roles.honorifics | lex.roles.title_words for t in head_title)
    if (len(head_name) >= 2 or titled_surname) and len(hw) < len(words) and re.match(
            r"^\s*(?:of|from|at)\s+(?:the\s+)?[A-Z]", core[len(head_part):]):
        # "Sen. Tom Hardy of Ohio", "Ann Lee of the Dayton Courier", "Mr. Lee of Acme": the place or
        # organisation after "of" is not part of the person's name.
        title_words, name = head_title, head_name
    name_text = " ".join(name)
    if not name:
        return Speaker(core, role, core, "organisation", False)
    org_like = (bool(patterns.ACRONYM.match(name[-1])) or any(
        find_role_words(w, lex.roles) and lex.roles.table.at[find_role_words(w, lex.roles)[0][0], "kind"]
        in ("organisation", "document") for w in name))
    appositive_role = role
    if title_words and not role:
        # "The Greens", "Mr. Lee": an article or a form of address (an honorific that only tells the gender:
        # quote_abbreviations.csv and quote_gender_words.csv) before the name is no role; "Dr.", "Sen." are.
        # An opening preposition with no comma ("During the interview Ann Lee said", "As Mayor Ann Lee said") and
        # the lowercase words after it are no role either: the role starts at the next capitalised word, if any.
        if title_words[0].lower() in patterns.OPENING_PREPOSITIONS:
            title_words = title_words[1:]
            while title_words and not title_words[0][:1].isupper():
                title_words = title_words[1:]
        role = " ".join(w for w in title_words if not (w.lower().rstrip(".") in lex.roles.honorifics
                                                       and w.lower().rstrip(".") in lex.gender_words))
        role = re.sub(r"^(?:the|a|an)(?:\s+|$)", "", role, flags=re.IGNORECASE)
    if org_like:
        role = appositive_role
        full = re.sub(r"^(?:the)\s+", "", " ".join(w for w in words if not w.endswith(("'s", "\u2019s"))
                                                  or w is words[-1]), flags=re.IGNORECASE)
        org = " ".join(name) if len(name) < len(words) and title_words and all(
            t.endswith(("'s", "\u2019s")) or t.lower() == "the" for t in title_words) else full
        return Speaker(core, role, org, "organisation", False)
    return Speaker(core, role, name_text, "person", False)


# --------------------------------------------------------------------------------------------------------------
# Learned he/she weights: read with the lexicon here, used by the antecedent ranking in speakers.py
# --------------------------------------------------------------------------------------------------------------

SPEAKER_WEIGHTS_FILE = DATA_DIR / "quote_speaker_weights.json"


ANTECEDENT_FEATURES = (
    "sentences_back", "same_sentence", "previous_sentence", "paragraphs_back", "same_paragraph",
    "recency_rank", "is_speaker", "subject_last", "subject_previous_sentence",
    "subject_same_sentence", "subject_mentions",
    "gender_agrees", "gender_disagrees", "log_mentions", "full_name_in_text",
    "after_preposition", "in_quote_last", "followed_by_cue", "unnamed_speaker",
    "share_after_preposition", "ever_followed_by_cue", "introduced", "share_after_the", "paragraph_subject",
    "only_sentence_initial",
    "last_speaker_same_paragraph", "last_speaker_previous_sentence", "latest_subject",
)


def load_speaker_weights(path=SPEAKER_WEIGHTS_FILE) -> Optional[dict]:
    """{"features": [...], "coef": [...], "intercept": x} from analysis/data/quote_speaker_weights.json, or None."""
    path = Path(path)
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if list(data.get("features", [])) != list(ANTECEDENT_FEATURES):
        return None  # weights for another feature set: fall back to the rule rather than guess
    return {"coef": [float(c) for c in data["coef"]], "intercept": float(data["intercept"])}
