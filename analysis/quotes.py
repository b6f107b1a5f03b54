"""Who speaks: find direct quotes and reported speech, attribute them to speakers and resolve the speakers.

Method, in plain words
----------------------
1. Quotation marks are paired left to right in each paragraph (straight and curly marks alike). A quotation
   that opens and never closes runs to the end of the paragraph; if the next paragraph opens with a quotation
   mark it continues the same quote, as AP style writes multi-paragraph quotes.
2. A quotation is *speech* when a speaker and a reporting verb stand next to it ("...," Zhang said / said Li /
   Bakhtiar said that "..."), or when it is a whole sentence on its own (it then continues the speaker of the
   neighbouring quote or of the previous paragraph). Everything else in quotation marks -- titles, names, terms,
   scare quotes -- goes to the `quoted_phrases` table with a reason, never to `quotes`.
3. Reported speech is found around reporting verbs from analysis/data/reporting_verbs.csv: "X said (that) ...",
   "..., X said.", "..., warned X.", "according to X", ", stressing that ...". A reported clause that contains a
   quoted fragment of three or more words is `mixed`.
4. Speakers are resolved within their article: a surname or short form to the full name introduced in the
   article, he/she to the most recent singular speaker, they to the most recent group, "the expert" to the most
   recent speaker with that role. Roles come from appositives and titles; source types from sources.py.
5. Rules added after error analysis on PolNeAR train (never dev): an inverted cue keeps the bare name when its
   appositive does not parse ("said Ann Lee, 22, who ..."), abbreviations and initials do not end the speaker
   ("said Sen. Ann Lee of Ohio"); a name's appositive may hold a clause when it opens like one ("Ann Lee, who
   ..., said"); "Will"/"May" before a capitalised word are names; a full quoted sentence after a colon is the
   words of the sentence's subject; he/she skip a recent person the article marks with the other gender
   (Mr./Ms./Mrs., "Lee said she ...").
6. Reported-speech recall rules (PolNeAR train; nearly all misses were sentences with no row at all, not wrong
   boundaries): a subject the strict noun-phrase test refuses is tried with a looser one (no clause words, at most
   12 words: "Patient advocacy groups", "sources close to her campaign"), after a subordinate clause ("While ...,
   they say"), before an appositive or a relative clause ("Some voters who ... said"); "who/which said" takes the
   noun phrase before the pronoun; participles after while/by ("while also saying that"); "are saying"; "told
   reporters her ..." without "that"; "said Thursday." and "said X, Dover's planner." as sentence-final cues;
   "according to" with any source up to the next comma ("F.A.A. records"). A reported clause still runs to the
   end of its sentence (or back to the sentence start for "..., X said.").
7. Role propagation (tuned on the PolNeAR train source-type gold only): a named speaker whose own phrase has no
   role word takes the role the article gives them at any other mention -- a title right before the name ("Sen.",
   "Republican presidential candidate", "former Secretary of State", "CNN's"), "ROLE, NAME", or an appositive
   after it (", the Republican nominee") -- preferring mentions before the quote (most common type, then the
   earliest), else later ones; the evidence says "role from line N: '...'". A mention with another first name is
   another person. A named person with no role anywhere and no description either (no age, no "a/the ..."
   appositive) is a public figure the reader is expected to know -> official; a described one stays citizen.
8. Speaker rules from the PolNeAR train speaker errors with a named gold source (never dev): a determiner-led
   description is a speaker when its head is a role word, a person noun (quote_person_nouns.csv) or an age, with
   at most a prepositional complement ("said one person with knowledge of the talks", "a longtime adviser to the
   mayor", "the 46-year-old"); "ROLE, NAME" is the named person ("the city spokesman, Paul Grant, said"); a
   paragraph ending with a colon ("Lee continued:", "X released the following statement:") gives its subject to
   the quote that opens the next paragraph; manner verbs right after a closing mark ("Lee barked", "shot back";
   quote_direct_verbs.csv) attribute direct quotes only, never reported speech.
9. Second round (PolNeAR train only): a quoted fragment of three or more words that is no title, name or term is
   the words of the subject of its clause, whatever the verb ("Lee pledged to be '...'", "..., calling it '...'",
   "while Lee calls it '...'", "with Hardy noting '...'"); pretexts ("under the guise of") and possessive or
   never-named subjects keep it a scare quote. A quotation closed by a comma takes the attribution after it
   anywhere in the sentence; a whole quoted sentence after a comma, or after "As X put it,", is its clause
   subject's. Reported speech: objects without "that" after a certain subject (needs_that), clause subjects
   inside the sentence, relative-word clauses. Speakers: pairwise-fitted he/she ranking, sign-off lines
   ("-- Ann Lee, Dayton."), a left curly mark used as a closer. Sources: "the company" after a named company,
   and a document whose author follows it ("a poll from Hill College"), are not anonymous.
Every oddity (unbalanced marks, a speaker carried over from another paragraph) is written to the `note` column.
"""

import bisect
import itertools
import re
from typing import Optional

import pandas as pd

from analysis import patterns
from analysis.sources import (classify_source, core_phrase, find_role_words, head_word, state_name)
from analysis.speech import (TIME_ONLY_WORDS, Lexicon, QUANTIFIER, Span, Speaker, _first_word, _has_clause_word,
                             _lemma, _strip_adverbs, _words, find_quote_spans, load_lexicon, np_ok, parse_speaker,
                             role_then_name, split_sentences)
from analysis.speakers import (ArticleState, Entity, _known_person, _remember, apply_article_role, collect_mentions,
                               collect_name_candidates, mid_sentence_capitals, resolve_speaker, sentence_case_words)

QUOTE_COLUMNS = [
    "quote_id", "article_id", "line", "kind", "text", "speaker", "speaker_name", "role", "source_type",
    "anonymous", "cue", "char_start", "char_end", "cue_lemma", "cue_type", "evidence", "note",
    "speaker_char_start", "speaker_char_end",
]
PHRASE_COLUMNS = ["article_id", "line", "text", "reason", "char_start", "char_end", "note"]
MIN_WORDS_STANDALONE = 4  # a sentence-initial quotation with no attribution must be this long to be speech
MIN_WORDS_PARTIAL = 3  # a quoted fragment inside reported speech makes it "mixed" from this length
MIN_WORDS_CONTENT = 3  # reported content shorter than this is not reported speech
WINDOW = 300  # characters searched on either side of a cue or a quotation mark (keeps time linear)

# --------------------------------------------------------------------------------------------------------------
# Attributions
# --------------------------------------------------------------------------------------------------------------

def _mask_abbreviations(window: str, lex: Lexicon) -> str:
    """The same window with full stops after abbreviations and initials replaced by a middle dot (same length),
    so "said Sen. Ann Lee" or "said John D. Smith" is not cut at the stop."""
    def repl(m):
        word = m.group(1)
        if word.lower() in lex.abbreviations or (len(word) == 1 and word.isupper()):
            return word + "\u00b7"
        return m.group(0)
    return re.sub(r"(?<![\w.])([A-Za-z]{1,4})\.(?=\s+[A-Z])", repl, window)


def _speaker_after(text: str, pos: int, lex: Lexicon) -> Optional[tuple]:
    """Speaker noun phrase right after an inverted cue ("said a diplomat from the Embassy ...")."""
    window = _mask_abbreviations(text[pos:pos + 160], lex)
    m = patterns.SPEAKER_AFTER.match(window)
    if not m:
        return None
    phrase = text[pos + m.start(1):pos + m.end(1)]
    # "said Li Wei, a researcher at ...", "said Ann Lee, 22, who ...", "said Bo Li, its CEO": the appositive
    # belongs to the speaker (it gives the role); if it does not parse, the bare name is the speaker.
    rest = window[m.end(1):]
    ap = re.match(r"^,\s*((?:an?|the|its|his|her|their)\s[^,.;\"\u201c\u201d]{2,100}|\d{1,3}(?=,))", rest)
    if ap and ap.group(1)[:1].isdigit():
        ap = None  # an age: keep the bare name
    if ap and np_ok(phrase + ", " + ap.group(1), lex):
        phrase = phrase + ", " + ap.group(1)
    elif not ap:
        # "said the city spokesman, Paul Grant": the name after a description is the speaker's name.
        named = re.match(r"^,\s*([A-Z][\w'\u2019\u00b7-]*(?:\.(?=\s))?(?:\s+[A-Z][\w'\u2019\u00b7-]*(?:\.(?=\s))?){1,3})"
                         r"(?=\s*(?:[,.;]|$))", rest)
        if named and role_then_name(phrase + ", " + text[pos + m.end(1) + named.start(1):pos + m.end(1) + named.end(1)],
                                    lex):
            phrase = text[pos + m.start(1):pos + m.end(1) + named.end(1)]
    if not np_ok(phrase, lex):
        phrase = _without_place(phrase)  # "said voter Ann Lee of Dayton, Ohio" -> "voter Ann Lee"
        if not np_ok(phrase, lex):
            phrase = _described_name(phrase, lex)  # "said former city planning director Ann Lee"
            if not phrase:
                return None
    start = pos + m.start(1)
    return phrase, start, start + len(phrase)


def _without_place(phrase: str) -> str:
    """The phrase without a place after a name: "former Gov. Ann Lee of Ohio" -> "former Gov. Ann Lee"."""
    place = re.match(r"^(.*\s[A-Z][\w'\u2019-]*)\s+(?:of|from)\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}$",
                     phrase)
    return place.group(1) if place else phrase


def _speaker_before_cue(phrase: str, lex: Lexicon) -> Optional[str]:
    """The speaker in the words between a closing quotation mark and its reporting verb, or None.

    Besides a plain noun phrase ('"...," Ann Lee said'), four forms around one: a bracketed party and state
    ('Rep. Ann Lee (D-Ohio) said'), a place after a name ('former Gov. Ann Lee of Ohio said' -> "former Gov.
    Ann Lee"), a modal before the verb ('Lee will say'), and a relative clause or an appositive set off by commas
    ('an aide, who was not allowed to speak on the record, told' -> "an aide"; 'the economist Ann Lee, a former
    adviser to the mayor, wrote' -> "the economist Ann Lee")."""
    if np_ok(phrase, lex):
        return phrase
    core = re.sub(r"\s*\([^()]*\)", "", phrase)
    core = _without_place(core)
    core = re.sub(r"\s+(?:will|would|could|can|may|might|must|should)$", "", core)
    relative = re.match(r"^([^,]+),\s+(?:who|which)\s[^,]+$", core) or re.match(
        r"^([^,]*\s[A-Z][\w'\u2019-]+),\s+(?:an?|the|his|her|its|their)\s[^,]+$", core) or re.match(
        r"^([A-Z][\w'\u2019.-]*(?:\s[A-Z][\w'\u2019.-]*){1,3}),\s+[a-z][^,]+$", core)  # appositive after a name
    core = relative.group(1) if relative else core
    if core != phrase and np_ok(core, lex):
        return core
    return _described_name(core, lex)


# A person's name closing a described subject: two to four capitalised words (initials and hyphens allowed).
_TRAILING_NAME = re.compile(r"(?:^|\s)((?:[A-Z][\w'\u2019-]*\.?\s+){1,3}[A-Z][\w'\u2019-]+)$")
DESCRIBED_NAME_MAX_WORDS = 10


def _described_name(phrase: str, lex: Lexicon) -> Optional[str]:
    '''A name at the end of a longer description, between a closing quotation mark and its verb: '"...,"
    former city planning director Ann Lee wrote', '"...," Dayton council aide Bo Li said', '"...," the
    mayor's chief of staff, Bo Li, told reporters'. np_ok keeps such descriptions short; here the quotation
    before and the verb after already frame the phrase as the subject, so a description of up to ten words with
    no clause word is accepted when a name closes it. Returns the description with its name, or the name alone
    after a comma (the appositive name of a described person), or None.'''
    phrase = phrase.strip(" ,")
    if not phrase or len(_words(phrase)) > DESCRIBED_NAME_MAX_WORDS or re.search(r"[;:!?()\"\u201c\u201d]", phrase):
        return None
    lead, _, last = phrase.rpartition(",")
    m = _TRAILING_NAME.search(last.strip())
    if not m or (lead and m.group(1) != last.strip()):
        return None
    name_words = m.group(1).split()
    if any(w.lower().rstrip(".") in lex.roles.not_names or find_role_words(w, lex.roles)
           or w.lower().rstrip(".") in lex.roles.title_words for w in name_words[-2:]):
        return None  # "the Dayton Herald Editorial Board", "... Committee Chairman"
    if lead.count(",") or _has_clause_word(phrase) or _first_word(phrase).lower() in _NOT_SUBJECT_START:
        return None
    if lead:
        return last.strip()  # "the mayor's chief of staff, Bo Li": the appositive name is the speaker
    before = _words(phrase[:len(phrase) - len(m.group(1))])
    if not before:
        return None  # a bare name is np_ok's to judge
    # The word before the name says who the person is: a role or person noun ("director Ann Lee"), a title or
    # organisation in capitals ("Mayor Ann Lee") or an owner ("the council's Ann Lee"); never a verb or a
    # preposition ("the mayor told Ann Lee", "in the end Ann Lee").
    last_desc = before[-1]
    if not (last_desc[0].isupper() or last_desc.endswith(("'s", "\u2019s")) or last_desc.lower() in lex.person_nouns
            or find_role_words(last_desc, lex.roles)):
        return None
    if patterns.PRONOUN.match(before[0]) or before[0].lower() in _NOT_SUBJECT_START or any(
            w[0].islower() and lex.cue_regex.fullmatch(w) for w in before):
        return None
    return phrase


_NOT_SUBJECT_START = frozenset({"and", "but", "or", "so", "then", "as", "while", "in", "on", "at", "for", "with",
                                "from", "by", "after", "before", "of", "to", "when", "if"})


def attribution_after(text: str, span: Span, lex: Lexicon) -> Optional[dict]:
    """Attribution right after a closing quotation mark: '..., Zhang said', '..., said Li', '..."said a diplomat'."""
    if not span.closed:
        return None
    start = span.after
    if text[span.close:start] == "''" and text.startswith("'", start):
        start += 1  # a nested quotation closed with the wire-copy mark ('the word 'old-school,''' said Lee)
    window = text[start:start + WINDOW]
    nxt = patterns.QUOTE_MARK.search(window)
    if nxt:
        window = window[:nxt.start()]
    cue = lex.cue_regex.search(window)
    # '"...," former State Department aide Ann Lee wrote': a capitalised cue word inside a title or name before
    # the verb is part of the speaker phrase, not the cue.
    while cue and cue.group(0)[0].isupper() and cue.start() > 0 and window[:cue.start()].strip(" ,\u00a0"):
        cue = lex.cue_regex.search(window, cue.end())
    # '"Go back," Lee barked': a manner verb (quote_direct_verbs.csv) attributes a quote it stands right after.
    manner = re.compile(lex.direct_verbs, re.IGNORECASE).search(window, 0, 120)
    if manner and (cue is None or manner.start() < cue.start()):
        cue = manner
    if not cue or cue.start() > 220 or cue.group(0)[0].isupper():
        return None
    pre = window[:cue.start()]
    if patterns.NOUN_BEFORE.search(pre):
        return None
    lemma = _lemma(cue.group(0), lex)
    if re.fullmatch(r"[\s,\u2014-]*", pre):  # also a no-break space: '"...,"\u00a0added Lee'
        found = _speaker_after(text, start + cue.end(), lex)
        if not found:
            return None
        phrase, s0, s1 = found
    else:
        phrase = _speaker_before_cue(_strip_adverbs(pre.strip(" ,\u2014-")), lex)
        if not phrase:
            return None
        s0 = start + len(pre) - len(pre.lstrip(" ,\u2014-"))
        s1 = s0 + len(phrase) if text.startswith(phrase, s0) else s0 + len(pre.strip(" ,\u2014-"))
        if text[span.close - 1:span.close] in ".!?" and re.match(r"\s*:", text[start + cue.end():]):
            # '"We are refugees." Bo Li said: "..."': after a closed sentence, a cue ending in a colon
            # introduces the next quotation, not this one.
            return None
    return {"speaker": phrase, "speaker_start": s0, "speaker_end": s1, "cue": cue.group(0),
            "cue_start": start + cue.start(), "cue_end": start + cue.end(), "lemma": lemma}


def attribution_before(text: str, span: Span, sent_start: int, lex: Lexicon) -> Optional[dict]:
    """Attribution before an opening mark: 'Bakhtiar said that "...', 'X told reporters: "...'."""
    lo = max(sent_start, span.open - WINDOW)
    window = text[lo:span.open]
    cues = list(lex.cue_regex.finditer(window))
    if not cues:
        return None
    cue = cues[-1]
    between = window[cue.end():]
    if re.search(r"[.;!?\"\u201c\u201d]", between) or len(_words(between)) > 6:
        return None
    lemma = _lemma(cue.group(0), lex)
    dash = _DASH_LEAD_IN.search(between)
    if dash and np_ok(dash.group(1), lex):
        # 'Pollsters agree - Ann Lee: "..."': the source named after the dash speaks, not the summary's subject.
        s0 = lo + cue.end() + dash.start(1)
        return {"speaker": dash.group(1), "speaker_start": s0, "speaker_end": s0 + len(dash.group(1)),
                "cue": "", "cue_start": lo + cue.end() + len(between.rstrip()) - 1,
                "cue_end": lo + cue.end() + len(between.rstrip()), "lemma": ""}
    if lemma == "according to":
        phrase = between.strip(" ,:")
        if not np_ok(phrase, lex) or not_an_agent(phrase, lex):
            return None
        s0 = lo + cue.end() + between.index(phrase[:1])
        return {"speaker": phrase, "speaker_start": s0, "speaker_end": s0 + len(phrase), "cue": cue.group(0),
                "cue_start": lo + cue.start(), "cue_end": lo + cue.end(), "lemma": lemma}
    if not re.search(r"(?:that|[,:])\s*$|^\s*$", between):
        if lemma != "tell":
            return None
    pre = window[:cue.start()]
    if patterns.NOUN_BEFORE.search(pre):
        return None
    candidates = []
    as_clause = re.match(r"(?:As|Like)\s+", pre) if lo == sent_start else None
    if as_clause:
        # 'As Tom Hardy, a historian, noted, "..."': the subject of the "as" clause speaks.
        np_ = _leading_np(pre[as_clause.end():], lex)
        candidates.append(np_[0] if np_ else _strip_adverbs(pre[as_clause.end():].strip()))
    if lo == sent_start:
        subject = patterns.LEADING_ADVERBIAL.sub("", pre, count=1) if patterns.LEADING_ADVERBIAL.match(pre) else pre
        subject = patterns.LEADING_CONJUNCTION.sub("", subject.strip(), count=1)
        candidates.append(_strip_adverbs(subject.strip()))
    if "," in pre:  # "..., and coincidentally, he said, "..."
        candidates.append(_strip_adverbs(pre[pre.rfind(",") + 1:].strip()))
    for subject in candidates:
        if subject and np_ok(subject, lex):
            s0 = lo + pre.rindex(subject) if subject in pre else lo
            return {"speaker": subject, "speaker_start": s0, "speaker_end": s0 + len(subject),
                    "cue": cue.group(0), "cue_start": lo + cue.start(), "cue_end": lo + cue.end(), "lemma": lemma}
    return None


_NEGATED_BEFORE = re.compile(r"(?<![\w'\u2019-])(?:not|never|cannot|can['\u2019]t|won['\u2019]t|didn['\u2019]t|"
                             r"doesn['\u2019]t|don['\u2019]t|couldn['\u2019]t|wouldn['\u2019]t)\s+$", re.IGNORECASE)


def _object_of_cue_before(text: str, span: Span, sent_start: int, lex: Lexicon) -> bool:
    """'even as Lee claimed on Monday that "...," Li said ...': a quotation right after "<cue> ... that" is what
    that cue's subject said; the attribution after it belongs to the next clause."""
    lead = re.search(r"(?<![\w'\u2019-])that\s*$", text[max(sent_start, span.open - 40):span.open])
    if not lead:
        return False
    cues = list(lex.cue_regex.finditer(text, max(sent_start, span.open - 60), span.open))
    if not cues or cues[-1].group(0)[:1].isupper() or _NEGATED_BEFORE.search(
            text, max(sent_start, cues[-1].start() - 20), cues[-1].start()):
        return False  # 'Lee cannot say that "...," Li added': a negated cue says nothing; the words are Li's
    gap = text[cues[-1].end():span.open]
    return len(_words(gap)) <= 4 and not re.search(r"[,;:.!?\"\u201c\u201d]", gap)


def _ends_clause(text: str, span: Span) -> bool:
    """'In this town, "nobody ever locks the door," said Hardy': a quotation closed by a comma hands over to what
    follows it (an attribution), wherever it stands in the sentence."""
    if not span.closed:
        return False
    return text[span.start:span.end].rstrip().endswith(",") or text[span.after:span.after + 2].lstrip().startswith(",")


_NAME_BEFORE_COLON = re.compile(r"(?<![\w'\u2019.-])((?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*)"
                                r"\s*:\s*$")
# A preposition among the four words before such a name makes it an addressee, a place or a medium ('a letter to
# the mayor Ann Lee:', 'on Twitter:', 'in Italian:', 'by the Herald's Ann Lee:').
# Prepositions: before a name they make it a place, a medium or an addressee ('a letter to Ann Lee:', 'on
# Twitter:'), and a phrase opening with one names no speaker ('in a statement', 'for local pundits').
_PREPOSITIONS = frozenset({"to", "for", "with", "by", "of", "about", "on", "in", "at", "from", "into", "via", "toward",
                           "towards", "against", "according", "among", "amid", "during", "despite", "unlike",
                           "alongside"})

# A summary line, a spaced dash and the source before the colon: "Turnout was high - Ann Lee:", "... — More from
# the report:". The source is at most eight words with no further dash.
_DASH_LEAD_IN = re.compile(r"\s[-\u2013\u2014]{1,2}\s+(?:(?:[Mm]ore|[Aa]lso)\s+)?(?:[Ff]rom\s+)?"
                           r"([^\s\-\u2013\u2014:][^\-\u2013\u2014:;.!?]{0,80}?)\s*:\s*$")
# "From Lee's statement:", "More from the report:": the whole lead-in names the source after "from".
_FROM_LEAD_IN = re.compile(r"(?:More\s+from|From)\s+([^\s:][^:;.!?\"\u201c\u201d]{0,80}?)\s*:\s*$")


def _name_after_preposition(phrase: str) -> bool:
    """'the news spread fast on Twitter', 'a plea in Italian': the capitalised words ending the phrase follow a
    preposition (_PREPOSITIONS, "the" allowed between), so they name a medium, a language or an addressee."""
    words = _words(phrase)
    i = len(words)
    while i > 0 and words[i - 1][:1].isupper():
        i -= 1
    if i == len(words) or i == 0:
        return False
    before = [w.lower() for w in words[max(0, i - 2):i]]
    return before[-1] in _PREPOSITIONS or before[-1] == "the" and before[:1] != ["the"] and (
        len(before) == 2 and before[0] in _PREPOSITIONS)


def attribution_colon(text: str, span: Span, sent_start: int, lex: Lexicon) -> Optional[dict]:
    """'Lee gave a short answer: "Nobody here ..."': a full quoted sentence after a colon is the words of the
    sentence's subject, whatever the verb. The subject must be a name or speaker noun phrase (not "It").

    A comma does the same when the quotation is a whole sentence that ends the sentence ('Mayor Lee shot back,
    "We will not close the library this year."')."""
    before = text[sent_start:span.open]
    if len(before) > WINDOW:
        return None
    if before.rstrip().endswith(","):
        inner = text[span.start:span.end].strip()
        tail = text[span.after:span.after + 4] if span.closed else ""
        if not (inner[-1:] in ".!?" or re.match(r"^[\s.!?]*(?:$|\s[A-Z\"\u201c])", tail)):
            return None
    elif not before.rstrip().endswith(":"):
        return None
    if patterns.SLOGAN_BEFORE.search(before[-160:]):
        return None  # 'banners carry slogans: "..."': a slogan is a term, not the subject's words
    dash = (_DASH_LEAD_IN.search(before) or _FROM_LEAD_IN.match(before)) if before.rstrip().endswith(":") else None
    if dash and not _name_after_preposition(dash.group(1)) and (
            np_ok(dash.group(1), lex) or len(_words(dash.group(1))) <= 8 and not _has_clause_word(dash.group(1))):
        # 'Polls ended too early - Ann Lee: "..."', 'More from the report: "..."' after a dash: a round-up
        # item names its source after the dash that ends its summary line.
        colon = sent_start + len(before.rstrip()) - 1
        return {"speaker": dash.group(1), "speaker_start": sent_start + dash.start(1),
                "speaker_end": sent_start + dash.end(1), "cue": "", "cue_start": colon, "cue_end": colon + 1,
                "lemma": ""}
    as_clause = re.match(r"(?:As|Like|(?:Or|And|But|So),?\s+(?:as|like))\s+", before)
    if as_clause:
        # 'As Tom Hardy, a historian, put it, "..."' (also after a conjunction: 'Or, as Tom Hardy put it: "..."'):
        # the subject of the "as" clause is the speaker.
        found = _quote_subject(text, sent_start + as_clause.end(), span.open, lex)
        np_ = (found[0][0], found[0][1] + as_clause.end(), found[0][2] + as_clause.end()) if found else None
    else:
        np_ = _leading_np(before, lex)
        if np_ is None and before.rstrip().endswith(":"):
            # 'TURNOUT IS UP - Ann Lee: "..."', 'pleases planner Ann Lee: "..."': a name right before the
            # colon introduces the quotation (not after a preposition: 'a letter to Ann Lee:' names the addressee).
            named = _NAME_BEFORE_COLON.search(before[-160:])
            if named:
                at = len(before) - len(before[-160:]) + named.start(1)
                sp = parse_speaker(named.group(1), lex)
                lead = _words(re.split(r"[-\u2014\u2013:;,.]\s", before[max(0, at - 60):at])[-1])[-4:]
                if sp.kind == "person" and np_ok(named.group(1), lex) and not any(
                        w in _PREPOSITIONS for w in lead):
                    np_ = (named.group(1), at, at + len(named.group(1)))
    if not np_ or patterns.PRONOUN.match(np_[0]) and np_[0].lower() in {"it", "you", "i"}:
        return None
    colon = sent_start + len(before.rstrip()) - 1
    return {"speaker": np_[0], "speaker_start": sent_start + np_[1], "speaker_end": sent_start + np_[2],
            "cue": "", "cue_start": colon, "cue_end": colon + 1, "lemma": ""}


# --------------------------------------------------------------------------------------------------------------
# Phrases in quotation marks that are not speech
# --------------------------------------------------------------------------------------------------------------

def classify_phrase(text: str, span: Span) -> str:
    """Why a non-speech quotation is quoted: title, name, term or scare."""
    inner = text[span.start:span.end]
    words = _words(inner)
    before = text[max(0, span.open - 40):span.open]
    after = text[span.after:span.after + 40] if span.closed else ""
    content = [w for w in words if w.lower() not in {"of", "the", "and", "a", "an", "to", "for", "in", "on", "at",
                                                     "with", "-", "by", "or"}]
    n_caps = sum(1 for w in content if w[0].isupper())
    titlecase = len(content) >= 2 and n_caps / len(content) >= 0.6
    if patterns.TITLE_CUE_BEFORE.search(before) and (titlecase or len(words) >= 3):
        return "title"
    sentence_before = re.split(r"[.!?;]\s", text[max(0, span.open - 160):span.open])[-1]
    if patterns.TERM_CUE_BEFORE.search(before) or patterns.TERM_CUE_AFTER.match(after) or (
            inner.rstrip().endswith(",") and re.match(r"^\s*(?:a|an|the)\s", after) and len(words) <= 4) or (
            patterns.SLOGAN_BEFORE.search(sentence_before)):
        return "term"
    if titlecase or (len(words) == 1 and words[0][0].isupper() and len(words[0]) > 1 and span.open > 0):
        if re.search(r"\b(?:Initiative|Law|Act|Bill|Strategy|Plan|Festival|Carnival|Forum|Summit|Conference|Expo|"
                     r"Award|Prize|Report|Program|Programme|Campaign|Day|Week|Year|Visits?)\b", inner):
            return "title"
        if re.search(r"\([A-Z][A-Z0-9&]+\)", inner) or re.search(
                r"\b(?:Center|Centre|Organi[sz]ation|Institute|Association|Group|Company|Co|Corp|Agency|Bureau|"
                r"Council|Committee|Office|Department|Ministry|School|University|Party|Union|Bank|Fund|"
                r"Foundation)\b", inner) or len(words) <= 4:
            return "name"
        return "title"
    # "cover companies", "four dangerous mindsets": a short lowercase noun compound is a coined term (jargon);
    # a single word ("concern") or a phrase with function words or verb/adjective endings stays a scare quote.
    if 2 <= len(words) <= 4 and all(w[0].islower() or w[0].isdigit() for w in words) and not any(
            w.lower() in _FUNCTION_WORDS for w in words) and not words[-1].lower().endswith(_NOT_NOUN_ENDINGS):
        return "term"
    return "scare"


_FUNCTION_WORDS = {"the", "a", "an", "to", "of", "in", "on", "at", "for", "with", "by", "from", "is", "are", "was",
                   "were", "be", "been", "it", "this", "that", "and", "or", "but", "not", "no", "all", "very", "so",
                   "too", "we", "you", "i", "he", "she", "they", "my", "our", "your", "his", "her", "their", "will",
                   "would", "can", "could", "should", "must", "have", "has", "had", "do", "does", "did", "me", "us"}
_NOT_NOUN_ENDINGS = ("ly", "ed", "ing", "ful", "ous", "ive", "able", "ible", "ic", "al", "less")


# --------------------------------------------------------------------------------------------------------------
# Reported speech
# --------------------------------------------------------------------------------------------------------------

def _adjunct_only(post: str, lemma: str) -> bool:
    """After a sentence-final cue only adjuncts may follow: 'to the Global Times on Tuesday.'"""
    # "..., CNN reported, citing law enforcement sources.": a trailing participle clause is an adjunct too.
    if len(post) >= 400:
        return False
    post = re.split(r",\s*(?=(?:citing|according|quoting|adding|noting|saying|referring)\b)", post, maxsplit=1)[0]
    words = _words(post)
    if len(words) > patterns.TRAILING_ADJUNCT_MAX_WORDS or patterns.THAT.search(post):
        return False
    if re.search(r"[\"\u201c\u201d]", post):
        return False
    if not words:
        return True
    i = 0
    if lemma in {"tell", "ask", "inform"}:
        while i < len(words) and i < 5 and words[i].lower() not in _PREPS:
            i += 1
    if i >= len(words):
        return True
    # WORD keeps a final full stop ("Thursday."): "said Thursday." is an adjunct like "said on Thursday".
    return words[i].lower().rstrip(".") in _PREPS


_PREPS = {"to", "on", "in", "at", "with", "during", "after", "before", "last", "this", "earlier", "via", "through",
          "from", "over", "when", "while", "as", "of", "about", "later", "recently", "monday", "tuesday",
          "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "late",
          "early", "previously", "again", "repeatedly", "publicly", "privately", "recalled", "added", "adding",
          "according", "in", "by", "for"}


def _opening_participle(body: str, first: str, lex: Lexicon) -> bool:
    """Does the sentence open with a participle clause rather than a name? One word in -ing followed by a comma
    or by a lowercase word that is no reporting verb: "Appearing before the crowd, Lee said", but not "King said"
    or "Tom Manning told"."""
    if not first.endswith("ing") or not body.startswith(first):
        return False
    rest = body[len(first):]
    if rest.startswith(","):
        return True
    nxt = re.match(r"^ ([a-z][\w'\u2019-]*)", rest)
    return bool(nxt) and not lex.cue_regex.match(rest.lstrip())


_PLACE_THEN_PLACE = re.compile(r"(?<![\w'\u2019-])(?:in|at|from|near) (?:[A-Z][\w'\u2019.-]*\s){0,2}[A-Z][\w'\u2019.-]*,\s*$")
_PLACE_PART = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s[A-Z][\w'\u2019.-]*)?,\s*(?:on\s[^,;:\"\u201c\u201d]{1,40},\s*)?")


def _place_after_place(text: str, at: int) -> int:
    """Length of the larger place (and a date) continuing an opening phrase that ends with a place: "In Salem,"
    + "Ohio, on Sunday, " -- so "Ohio" is not read as the subject of "In Salem, Ohio, on Sunday, Lee said"."""
    if not _PLACE_THEN_PLACE.search(text[max(0, at - 60):at]):
        return 0
    m = _PLACE_PART.match(text, at)
    return m.end() - at if m else 0


def _leading_np(sentence: str, lex: Lexicon) -> Optional[tuple]:
    """The subject at the start of a sentence: a pronoun, a name (with appositive) or a role noun phrase."""
    m = patterns.LEADING_ADVERBIAL.match(sentence)
    off = m.end() if m else 0
    off += _place_after_place(sentence, off)
    body = sentence[off:off + WINDOW]
    words = list(patterns.WORD.finditer(body))
    if not words:
        return None
    first = words[0].group(0)
    if patterns.PRONOUN.match(first):
        return first, off + words[0].start(), off + words[0].end()
    ap = re.match(r"^([A-Z][\w'\u2019.-]*(?:\s[A-Z][\w'\u2019.-]*){0,4}),\s((?:also\s|now\s)?(?:an?|the)?\s?"
                  r"[^,;.\"\u201c\u201d]{2,150}),", body)
    if ap and np_ok(ap.group(0), lex):
        return ap.group(0).rstrip(","), off, off + ap.end() - 1
    run = re.match(r"^((?:[A-Z][\w'\u2019.-]*\s?){1,6})", body)
    # "Many foreign media outlets ...": a capitalised determiner alone is no name; the role-word search below
    # finds the whole noun phrase.
    single_determiner = bool(run) and len(run.group(1).split()) == 1 and bool(patterns.DETERMINER.match(first))
    # "Appearing before the crowd, Lee said ...": the subject follows the participle clause. So it does after an
    # opening phrase of one capitalised word and lowercase words up to a comma ("Hours later, Lee ...", "By
    # contrast, Sen. Lee ...", "Back in 1999, Mr. Lee ..."): a name is not followed by lowercase words and a comma.
    intro = re.match(r"^[A-Z][\w'\u2019-]* [a-z][^,;:\"\u201c\u201d]{0,150},\s*(?=[A-Z]|(?:he|she|they)\s)", body)
    if _opening_participle(body, first, lex) or intro:
        clause = re.match(r"^[^,;:\"\u201c\u201d]{1,150},\s*(?=[A-Z]|(?:he|she|they)\s)", body)
        rest = clause.end() + _place_after_place(body, clause.end()) if clause else 0
        after = _leading_np(body[rest:], lex) if clause else None
        if after:
            after = (after[0], after[1] + rest - clause.end(), after[2] + rest - clause.end())
        # "Tuesday at the depot, candidate Ann Lee said": a lowercase title before a name is the subject too.
        if after and (after[0][:1].isupper() or intro is None or patterns.PRONOUN.match(after[0])
                      or "," not in after[0] and after[0].split()[-1][:1].isupper()):
            return after[0], off + clause.end() + after[1], off + clause.end() + after[2]
    # "One Hardy spokesman has ...", "Lee campaign aides said": a capitalised run that modifies a role word is
    # no subject on its own; the role-word search below takes the whole noun phrase.
    after_run = re.match(r"[a-z][\w-]*", body[run.end():]) if run else None
    modifier = bool(after_run) and bool(find_role_words(after_run.group(0), lex.roles))
    described = _DESCRIBED_SUBJECT.match(body)
    modifier_words = described.group(1).split()[:1] if described else []
    if described and described.group(2) is not None and not (
            described.group(1).split()[1][:1].isupper() or patterns.ACRONYM.match(modifier_words[0])
            or modifier_words[0].endswith(("'s", "\u2019s")) or state_name(modifier_words[0], lex.roles)
            or find_role_words(modifier_words[0], lex.roles)):
        # one capitalised word before the lowercase words must be a party, a country, an acronym or an owner
        # ("Republican mayoral nominee Ann Lee"), not a name that is the subject ("Lee beat businessman Bo Li")
        described = None
    if described and (described.group(2) is None or find_role_words(described.group(2), lex.roles)
                      or described.group(2).lower() in lex.person_nouns) and not _has_clause_word(described.group(1)) and (
            _described_name(described.group(1), lex) or np_ok(described.group(1), lex)):
        # "Dayton city council member Ann Lee issued ...", "19-year-old Ann Lee wrote:": a capitalised
        # modifier or an age, lowercase words ending in a role or person noun, then the name.
        return described.group(1), off, off + described.end(1)
    if (run and first[0].isupper() and first.lower() not in {"the", "a", "an"}
            and not (single_determiner or modifier or intro)):
        phrase = run.group(1).strip()
        last = phrase.split()[-1]
        if np_ok(phrase, lex) and last.lower() not in lex.roles.not_names and not find_role_words(last, lex.roles):
            return phrase, off, off + len(phrase)
    # "Chinese security experts refute ...": up to six words ending in a role word.
    for i, w in enumerate(words[:7]):
        # A title word is the head unless a name follows it ("One strategist described ...", "a spokesman for Lee
        # Motors", "The city manager, Ann Lee,"; not "Strategist Ann Lee ..." or "Former secretary of state Ann Lee").
        nxt = [x.group(0) for x in words[i + 1:i + 4]]
        titled = w.group(0).lower() in lex.roles.title_words and (not nxt or not body[w.end():].startswith(",") and (
            nxt[0][:1].isupper() or nxt[0].lower() in {"of", "and", "general"} and any(x[:1].isupper() for x in nxt)))
        if find_role_words(w.group(0), lex.roles) and w.group(0).lower() != "the":
            # "media outlets", "business insiders": a run of role words ends at its last word.
            while i + 1 < len(words) and body[w.end():words[i + 1].start()] == " " and find_role_words(
                    words[i + 1].group(0), lex.roles):
                i, w = i + 1, words[i + 1]
            name = _NAME_AFTER_ROLE.match(body, w.end())
            if name and name.group(1).split()[0].lower() not in _PREPS | {"i"} and any(
                    c.islower() for c in name.group(1).split()[-1]) and np_ok(body[:name.end()], lex):
                return body[:name.end()], off, off + name.end()  # "Former secretary of state Ann Lee said"
            if titled:
                continue
            phrase = body[:w.end()]
            # "Her chief aide, Ann Lee, said": the name in apposition belongs to the subject.
            named = re.match(r",\s[A-Z][\w'\u2019.-]*(?:\s[A-Z][\w'\u2019.-]*){1,3}(?=,)", body[w.end():])
            if named and np_ok(phrase + named.group(0), lex):
                return phrase + named.group(0), off, off + w.end() + named.end()
            if np_ok(phrase, lex):
                return phrase, off, off + w.end()
            break
    return None


_DESCRIBED_SUBJECT = re.compile(r"((?:\d{1,3}-year-old|(?:[A-Z][\w'\u2019.-]*\s){1,3}(?:[a-z][\w-]*\s){0,3}([a-z][\w-]*))"
                                r"\s[A-Z][\w'\u2019-]*\.?(?:\s[A-Z][\w'\u2019-]*){1,3})(?=[\s,:]|$)")
_NAME_AFTER_ROLE = re.compile(r"(?:\s(?:of|and|general)(?:\s[a-z][\w-]*){0,2})?\s([A-Z][\w'\u2019.-]*"
                              r"(?:\s[A-Z][\w'\u2019.-]*){0,3})(?![\w'\u2019-])")


def _inside_markup(text: str, pos: int) -> bool:
    """Is pos inside a markup tag, between its "<" and ">"? '<note kind="aside" said-by="Lee">' holds no speech:
    neither its words nor its quoted attribute values."""
    opened = text.rfind("<", 0, pos)
    return opened >= 0 and text.rfind(">", 0, pos) < opened and re.match(r"</?[A-Za-z]", text[opened:]) is not None


def _title_case(sentence: str) -> bool:
    """A headline in title case ("Ann Lee Says The Ferry Will Run Again."): there a capitalised
    present-tense cue ("Says", "Warns") is a verb, not part of a name."""
    return patterns.headline_case([w for w in _words(sentence) if len(w) > 3], share=0.79)  # four in five


def find_reported(text: str, s: int, e: int, spans: list, used: set, sentence_speakers: list,
                  prev_sentence: Optional[tuple], lex: Lexicon) -> list:
    """Reported speech in the sentence text[s:e]. Returns dicts with speaker, content offsets and cue."""
    out = []
    blocked = [(sp.start, sp.end) for sp in spans if sp.closed or sp.speech]  # sorted, non-overlapping
    blocked_starts = [a for a, _ in blocked]

    def is_blocked(pos):
        i = bisect.bisect_right(blocked_starts, pos) - 1
        return i >= 0 and blocked[i][0] <= pos < blocked[i][1]

    main_end = None  # where the content of the sentence's main or participial reported clause ends
    # A capitalised cue inside a sentence is part of a name ("the Maine State Police"), not a verb.
    headline = _title_case(text[s:e])
    cues = [m for m in lex.cue_regex.finditer(text, s, e)
            if m.start() not in used and not is_blocked(m.start()) and not _inside_markup(text, m.start())
            and not (m.group(0)[0].isupper() and text[max(s, m.start() - 3):m.start()].strip(" \"\u201c") != ""
                     and not (headline and m.group(0).lower().endswith("s")))]
    for k, m in enumerate(cues):
        cue, lemma = m.group(0), _lemma(m.group(0), lex)
        pre_full = text[max(s, m.start() - WINDOW):m.start()]
        if patterns.NOUN_BEFORE.search(pre_full) or (
                cue.lower() != lemma and cue.lower().endswith("s") and patterns.S_FORM_NOUN_BEFORE.search(pre_full)):
            # "the claim that the ferry is safe", "his hope that they will stay": a noun with a that-clause whose
            # own subject and verb follow (not "the report that was released").
            post = text[m.end():min(e, m.end() + 200)]
            that = re.match(r"^\s+that\s", post)
            if (main_end is None or m.start() >= main_end) and that and lemma not in _NOUN_NOT_SPEECH and (
                    _ZERO_THAT.match(post[that.end() - 1:]) or _NP_THEN_VERB.match(post[that.end() - 1:])):
                c0, c1 = _trim(text, m.end() + that.end(), e)
                if len(_words(text[c0:c1])) >= MIN_WORDS_CONTENT:
                    out.append({"speaker": "", "speaker_start": -1, "speaker_end": -1, "content_start": c0,
                                "content_end": c1, "cue": cue, "cue_start": m.start(), "cue_end": m.end(),
                                "lemma": lemma})
                    used.add(m.start())
            continue
        next_cue = cues[k + 1].start() if k + 1 < len(cues) else e
        participial = cue.lower().endswith("ing") and lemma != "according to" and not (
            patterns.PROGRESSIVE_BEFORE.search(pre_full[-40:]))
        item = None
        if participial and patterns.COMMA_BEFORE.search(pre_full):
            subject = sentence_speakers[-1] if sentence_speakers else None
            # '..., Hardy added, saying ...': an inserted attribution right before the participle gives its subject
            inserted = _INSERTED_ATTRIBUTION.search(text, max(s, m.start() - 80), m.start())
            if inserted and lex.cue_regex.fullmatch(inserted.group(2)) and np_ok(inserted.group(1), lex):
                subject = {"speaker": inserted.group(1), "speaker_start": inserted.start(1),
                           "speaker_end": inserted.end(1)}
            known = subject is not None  # a speaker of this sentence, not a guess from its first words
            if subject is None:
                np_ = _leading_np(text[s:min(e, s + 2 * WINDOW)], lex)
                if np_:
                    subject = {"speaker": np_[0], "speaker_start": s + np_[1], "speaker_end": s + np_[2]}
            post = text[m.end():min(e, m.end() + 200)]
            if subject is None and (re.match(r"^\s+that\s", post) or _ZERO_THAT.match(post)
                                    or _NP_THEN_VERB.match(post)):
                # "The Dayton clerks have used the flood to justify fees, saying the town ...": a clause after the
                # participle is speech even when the subject is no speaker noun phrase; its words up to the verb.
                guess = _subject_before_verb(text, s, m.start())
                if guess:
                    subject = {"speaker": guess[0], "speaker_start": guess[1], "speaker_end": guess[2]}
                    known = True
            if subject is not None:
                # A guessed subject lets needs_that=object verbs take a bare object unless it opens with an
                # adverb ("Just 21 days after ..."): then it is no noun phrase at all.
                guessed_ok = lemma in lex.loose_objects and _first_word(subject["speaker"]).lower() not in (
                    patterns.NOT_SUBJECT_START | _ADVERB_OPENERS)
                c0 = _content_start(text, m.end(), lemma, lex, e, object_ok=(known or guessed_ok) and _object_ok(
                    text, m, e))
                if c0 is not None:
                    end = _participial_end(text, c0, e, itertools.islice(cues, k + 1, None), lex)
                    item = dict(subject, content_start=c0, content_end=end)
        elif not participial and (main_end is None or m.start() >= main_end):
            # One main clause per stretch of content: a later cue inside it (or inside ", adding that ...") is
            # nested speech, but one after it opens a new clause ("When Lee admitted she knew him, she claimed
            # the two spoke once").
            item = _main_reported(text, s, e, m, lemma, next_cue, prev_sentence, lex)
            if item and item["content_end"] == e:
                item["content_end"] = _participial_end(text, item["content_start"], e,
                                                       itertools.islice(cues, k + 1, None), lex)
                item["content_end"] = _contrast_clause_end(text, item["content_start"], item["content_end"],
                                                           itertools.islice(cues, k + 1, None))
        if item:
            item.update(cue=cue, cue_start=m.start(), cue_end=m.end(), lemma=lemma)
            c0, c1 = _trim(text, item["content_start"], item["content_end"])
            if len(_words(text[c0:c1])) < MIN_WORDS_CONTENT:
                continue
            item["content_start"], item["content_end"] = c0, c1
            out.append(item)
            used.add(m.start())
            relative = item.pop("relative", False)
            if not relative:
                main_end = max(c1, m.end(), main_end or 0)
            if not participial and not relative and item["speaker"]:
                sentence_speakers.append(item)
    return out


_INSERTED_ATTRIBUTION = re.compile(r"[,\"\u201d]\s+((?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*[a-z])\s+"
                                   r"(?:also\s+)?([a-z]+ed|said|wrote|told\s+[a-z]+)\s*,\s*(?:while\s+|and\s+)?$")


_FIRST_VERB = re.compile(r"(?<![\w'\u2019-])(?:has|have|had|is|are|was|were|will|would|could|can|did|does|do|"
                         r"[a-z]+ed)(?![\w'\u2019-])|[,;:(\u2014\"\u201c\u201d]")


def _subject_before_verb(text: str, s: int, end: int) -> Optional[tuple]:
    """(phrase, start, end) of the words opening the sentence text[s:end] up to its first auxiliary, -ed verb or
    punctuation: "The Dayton clerks have used ..." -> "The Dayton clerks". At most six words, opening with a
    capital and no word that cannot start a subject."""
    lead = patterns.LEADING_ADVERBIAL.match(text, s, end)
    a = lead.end() if lead else s
    a += len(text[a:end]) - len(text[a:end].lstrip())
    stop = _FIRST_VERB.search(text, a, end)
    if not stop or stop.group(0)[:1] in ",;:(\u2014\"\u201c\u201d":
        return None
    phrase = text[a:stop.start()].strip()
    words = _words(phrase)
    if not words or len(words) > 6 or not words[0][:1].isupper() or words[0].lower() in (
            patterns.NOT_SUBJECT_START | _ADVERB_OPENERS | _OPENER_WORDS):
        return None
    return phrase, a, a + len(phrase)


# Cue nouns that name no speech before a relative "that" ("the charge that he denied").
_NOUN_NOT_SPEECH = {"charge"}
def _participial_end(text, c0, e, later_cues, lex):
    for m in later_cues:
        if m.start() <= c0 or not m.group(0).lower().endswith("ing"):
            continue
        lo = max(c0, m.start() - 20)
        lead = patterns.COMMA_BEFORE.search(text, lo, m.start())
        if lead and lead.start() > c0:
            return lead.start()  # the content stops before ", adding that" / "while saying that"
    return e


# ", while Bo Li said", ", whereas they argued": a clause with its own named (or he/she/they) subject and cue.
_CONTRAST_CLAUSE = re.compile(r",\s+(?:while|whereas|even\s+as)\s+(?:(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w'\u2019-]*"
                              r"|he|she|they)\s+(?:[a-z]+ly\s+|also\s+)?$")


def _contrast_clause_end(text, c0, end, later_cues):
    """'Lee suggested that the plan fails, while Li said that "..."': reported content stops before a ", while"
    clause whose own subject has a cue of its own (that clause is a second speaker's speech)."""
    for m in later_cues:
        if m.start() <= c0 or m.start() >= end or m.group(0)[:1].isupper():
            continue
        clause = _CONTRAST_CLAUSE.search(text, max(c0, m.start() - 60), m.start())
        if clause and clause.end() == m.start():
            return clause.start()
    return end


_NOUN_AFTER = re.compile(r"^\s*(?:of|is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|"
                         r"do|does|did|from|come|came|seem|seems|seemed|'s|\u2019s)(?![\w'\u2019-])", re.IGNORECASE)
QUOTED_OBJECT_WINDOW = 40  # characters after a cue in which a quotation makes the object a quoted phrase
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w'\u2019-])(?!(?:he|she|it|that|who|there|what|here|where)['\u2019]s)"
                                r"[\w.&-]+(?:['\u2019]s|s['\u2019])\s+$", re.IGNORECASE)


def _object_ok(text: str, m, e: int) -> bool:
    """May the words after this cue be its content without a "that"? ("Lee denied the charges", "Lee promised
    to resign", "Lee questioned whether the plan works"). Not when:

    * the cue word is a noun here: after a possessive ("the mayor's comments were ...") or before a verb or
      "of" ("each state has", "a recall of"; but "warned of" is a verb);
    * a comma or full stop follows the cue ("CNN reported, citing sources"): the verb has no object;
    * a quotation opens within a few words ('called the plan "bad"', 'a festival called "Big Days"'): a quoted
      object is left to speech_act_partial and classify_phrase;
    * the sentence has no final full stop: a headline ("High hopes for growth") is no clause.
    """
    after = text[m.end():min(e, m.end() + 12)]
    noun = _NOUN_AFTER.match(after)
    if noun and not (noun.group(0).strip().lower() == "of" and m.group(0).lower().endswith("ed")):
        return False  # "warned of" is a verb, "a recall of" a noun
    if after[:1] in ",.;)":
        return False
    if patterns.QUOTE_MARK.search(text, m.end(), min(e, m.end() + QUOTED_OBJECT_WINDOW)):
        return False
    return bool(re.search(r"[.!?][\"'\u201d\u2019)]*\s*$", text[max(m.end(), e - 4):e])) and not (
        _POSSESSIVE_BEFORE.search(text[max(0, m.start() - 40):m.start()]))


_PREP_OBJECT = re.compile(r"^(?:\s+(?:immediately|officially|publicly|directly|specifically|further|back|again|"
                          r"also|quickly|extensively|(?:on\s+|last\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))*"
                          r"\s+(\w+)\s+(?=\S)")
def _speech_object(obj: str, lex: Lexicon) -> bool:
    """Does the object after "respond to" name something said: "our questions", "the mayor's criticism",
    "a request for comment" (within its first six words, before any comma)? Not "the storm"."""
    words = _words(re.split(r"[,;:.!?]", obj, maxsplit=1)[0])[:6]
    return any(w.lower() in lex.speech_nouns or w.lower() in lex.verb_to_lemma for w in words)


_CLAUSE_SUBJECTS = {"he", "she", "they", "we", "i"}
# A clause right after the verb with its "that" left out: a subject pronoun and a verb ("insisted they will",
# "warned it would"). Unlike a bare object ("denied the charges") it is content whatever the subject.
_ZERO_THAT = re.compile(r"^[\s,]*(?:(?:he|she|they|we|i)\s+(?!\w+ing(?![\w'\u2019-]))[a-z]|"
                        r"it\s+(?:is|was|would|will|has|had|could|should|may|might|can|did|does|must)\s)"
                        r"|^[\s,]*(?:he|she|they|we|it)['\u2019](?:s|d|ll|re|ve)\s", re.IGNORECASE)


def _content_start(text: str, pos: int, lemma: str, lex: Lexicon, e: int, object_ok: bool = False) -> Optional[int]:
    """Where the reported clause starts after a cue: after 'that' within a few words, else right after the cue.

    A verb marked needs_that=yes takes the words right after it only when object_ok (its subject is certain and
    the cue is a verb here, see _object_ok): "Lee denied the charges", "Lee vowed to appeal". needs_that=always
    verbs ("state", "respond") need "that" in every case: their bare object is rarely speech ("responded to the
    storm", "maintained a lead").
    """
    window = text[pos:min(e, pos + 120)]
    that = patterns.THAT.search(window)
    between = _words(window[:that.start()]) if that else []
    # "said he knows how hard that can be": a subject pronoun before the "that" has opened the clause already.
    # "denied any wrongdoing and pointed out that ...": the "that" belongs to a later cue.
    opened = any(w.lower() in _CLAUSE_SUBJECTS for w in between) or (
        that is not None and lex.cue_regex.search(window, 1, that.start()) is not None)
    if that and len(between) <= 8 and not opened and "to" not in [w.lower() for w in between[1:]] and (
            "," not in window[:that.start()].strip(" ,")):
        return pos + that.end()
    if lemma == "tell":
        # "told reporters her group never ...", "told the AP Tuesday he ...": skip the listener.
        listener = patterns.TELL_RECIPIENT.match(window)
        if listener:
            return pos + listener.end()
        # "told a packed crowd in Dayton she ...": any short listener before a subject pronoun and its verb.
        for k, w in enumerate(re.finditer(r"\s(?=\S)", window[:80])):
            if k > 7 or re.search(r"[,;:.!?\"\u201c\u201d]", window[:w.start()]):
                break
            if k and _ZERO_THAT.match(window[w.start():]):
                return pos + w.start()
        return None
    preps = lex.content_preps.get(lemma)
    if preps:
        # "Lee did not respond to our two emails", "declined to comment on the ferry plan"
        prep = _PREP_OBJECT.match(window)
        quoted = patterns.QUOTE_MARK.search(text, pos, min(e, pos + QUOTED_OBJECT_WINDOW))
        word = prep.group(1).lower() if prep else ""
        if prep and not quoted and (word in preps or (  # 'warned of "..."' is a quoted phrase
                word + "*" in preps and _speech_object(window[prep.end():], lex))):
            return pos + prep.end()
    if lemma in lex.needs_that and (not object_ok or lemma in lex.that_always) and not (
            lemma not in lex.that_always and _ZERO_THAT.match(window)):
        return None
    lead = patterns.LEADING_DAY.match(window) or re.match(r"^[\s,:]*", window)
    return pos + lead.end()


def _trim(text: str, a: int, b: int) -> tuple:
    while a < b and text[a] in " ,:;\u2014-":
        a += 1
    while b > a and text[b - 1] in " ,;:\u2014-":
        b -= 1
    return a, b


def not_an_agent(phrase: str, lex: Lexicon) -> bool:
    """"according to the normal schedule": a head noun from source_not_agents.csv (a schedule, tradition or rule)
    says what is expected, not who said it. Plans, data and reports remain sources (role_words.csv: document)."""
    return head_word(phrase).lower() in lex.not_agents


LOOSE_SUBJECT_MAX_WORDS = 12  # a subject np_ok refuses may still be a speaker up to this length
_SUBJECT_END_WORDS = {"the", "a", "an", "of", "and", "or", "but", "to", "in", "on", "at", "for", "with", "by",
                      "from", "his", "her", "their", "its", "our", "my", "your", "whose"}


_ADVERB_OPENERS = {"thus", "so", "still", "meanwhile", "now", "then", "later", "earlier", "however", "also", "yet",
                   "already", "again", "further", "moreover", "nevertheless", "nonetheless", "otherwise", "hence"}
_VERB_OBJECT = re.compile(r"(?<![\w'\u2019-])[a-z]+ed\s+(?:the|a|an|his|her|their|its|our|my|this|these|those)"
                          r"(?![\w'\u2019-])")


def _loose_np(phrase: str, lex: Lexicon) -> bool:
    """A subject np_ok refuses but that is still a noun phrase: "Patient advocacy groups", "Seventy-four percent
    of registered voters", "sources close to her campaign", "Hawkins and others", "Source familiar with the ad".

    No clause word (is, has, to, that, as ...), no sentence punctuation, at most LOOSE_SUBJECT_MAX_WORDS words; it
    opens with a capital, a number, a determiner or pronoun, or holds a role word ("powerful teachers unions").
    """
    phrase = phrase.strip(" ,\u2014-")
    words = _words(phrase)
    if not words or len(words) > LOOSE_SUBJECT_MAX_WORDS or re.search(r"[;:!?\"\u201c\u201d()\[\]\n]", phrase):
        return False
    first, last = words[0], words[-1].rstrip(".")
    if first.lower() in patterns.NOT_SUBJECT_START or last.lower() in _SUBJECT_END_WORDS:
        return False
    # "Thus far, the board ...": a sentence adverb; "Lee defended his vote, but he ...": a verb and its object.
    if first.lower() in _ADVERB_OPENERS or _VERB_OBJECT.search(phrase):
        return False
    if first.lower() in TIME_ONLY_WORDS and head_word(phrase) == first:
        return False  # "Tuesday at the depot, Ann Lee said": a time and a place open the sentence

    if last.endswith(("'s", "\u2019s")) or (last.endswith("ly") and last[0].islower()):
        return False
    if _has_clause_word(patterns.ADJECTIVE_TO.sub("near", phrase)):
        return False
    if first[0].isupper() or first[0].isdigit() or patterns.PRONOUN.match(first) or patterns.DETERMINER.match(
            first) or QUANTIFIER.match(first):
        return True
    # "powerful teachers unions": a short lowercase phrase with a role word, but no verb-like word ("law angered").
    if len(words) <= 6 and any(find_role_words(w, lex.roles) for w in words) and not any(
            w.endswith("ed") and not find_role_words(w, lex.roles) for w in words):
        return True
    return _bare_plural(words)


_NOT_PLURAL = {"perhaps", "sometimes", "always", "besides", "nevertheless", "whereas", "afterwards", "towards"}
_HEAD_END = {"of", "in", "at", "for", "from", "on", "with", "across", "around", "inside", "outside", "near", "here",
             "there", "close", "familiar", "who"}


def _bare_plural(words: list) -> bool:
    """ "critics", "opponents of the tax here", "protest organizers in Dayton": a lowercase noun phrase without a
    determiner whose head (the last word before a preposition) is a plural noun; its other words carry no verb
    ending (-ed, -ing, -ly)."""
    head = []
    for w in words:
        if w.lower() in _HEAD_END:
            break
        head.append(w)
    if not head or len(head) > 3 or not all(w.isalpha() and w.islower() for w in head):
        return False
    if head[0] in _SUBJECT_END_WORDS | _OPENER_WORDS | _ADVERB_OPENERS | {"as", "even", "who", "whose"}:
        return False
    last = head[-1].lower()
    if len(last) < 4 or not last.endswith("s") or last.endswith(("ss", "us", "is", "ous")) or last in _NOT_PLURAL:
        return False
    return not any(w.lower().endswith(("ed", "ing", "ly")) for w in head)


def _loose_subject(raw: str, lex: Lexicon) -> Optional[tuple]:
    """(speaker phrase, offset in raw) for the stretch between a sentence's opening and its reporting verb, when
    np_ok refuses it. Tried in order:

    * after a subordinate clause or opener, the words after the last comma: "While many expect a win, they";
    * a name before its appositive: "Rep. Ann Lee of Ohio, an ally of the leadership" -> "Rep. Ann Lee of Ohio";
    * a relative clause is cut off the subject: "Some voters who have listened to him" -> "Some voters".
    """
    parts, pos = [], 0
    for chunk in raw.split(","):
        parts.append((chunk, pos))
        pos += len(chunk) + 1
    parts = [(c, o) for c, o in parts if c.strip()]
    if not parts or len(parts) > 4:
        return None
    choices = [parts[0]]
    # A clause still open at the verb (no comma closes it): "..., which the board proposed", "..., but Lee said".
    opener = _first_word(parts[-1][0].strip()).lower() if len(parts) > 1 and not raw.rstrip().endswith(",") else ""
    if opener in _RELATIVE_WORDS | {"who", "that", "where"}:
        return None  # "The rule, which the board proposed": the verb's object is the gap
    if opener in _OPENER_WORDS:
        # "Rain fell all night, but the mayor denied ...": the subject follows the conjunction, never the clause
        # before it.
        chunk, off = parts[-1]
        at = chunk.lower().index(opener) + len(opener)
        choices = [(chunk[at:], off + at)]
    elif len(parts) > 1:
        last = parts[-1][0].strip()
        first_word = _first_word(last)
        appositive_like = bool(patterns.APPOSITIVE_START.match(last)) or (first_word[:1].islower()
                                                                          and not patterns.PRONOUN.match(first_word))
        choices = [parts[0], parts[-1]] if appositive_like else [parts[-1], parts[0]]
    for chunk, off in choices:
        rel = patterns.RELATIVE_START.search(chunk)
        if rel:
            chunk = chunk[:rel.start()]
        lead = len(chunk) - len(chunk.lstrip())
        phrase = _strip_adverbs(chunk.strip())
        if phrase and _loose_np(phrase, lex):
            return phrase, off + lead
    return None


def _relative_antecedent(before: str, lex: Lexicon) -> Optional[tuple]:
    """The noun phrase a "who"/"which" refers back to, from the text before it: (phrase, offset in before).

    The longest run of at most six words after the last comma or dash that is a speaker noun phrase:
    "powerful teachers unions", "Govs. Ann Lee and Bo Li", "four in 10", "the Post".
    """
    stripped = before.rstrip(" ,\u2014-")
    cut = max(stripped.rfind(c) for c in ",;:(\u2014") + 1
    chunk = stripped[cut:]
    words = list(patterns.WORD.finditer(chunk))
    for k in range(max(0, len(words) - 6), len(words)):
        phrase = chunk[words[k].start():]
        if any(w.group(0).endswith("ed") and w.group(0)[0].islower() for w in words[k:]):
            continue  # "law angered farmers": a verb is no part of the antecedent
        if lex.cue_regex.match(phrase):
            continue  # "..., say some residents, who": the reporting verb is no part of it either
        if np_ok(phrase, lex) or _loose_np(phrase, lex):
            return phrase, cut + words[k].start()
    return None


def _according_source(text: str, pos: int, e: int, lex: Lexicon) -> Optional[tuple]:
    """The source after "according to" when it is too long or odd for a speaker noun phrase ("F.A.A. records",
    "early returns from a survey run for ..."): the words up to the next comma or the sentence end, at
    most 25 words."""
    window = _mask_abbreviations(text[pos:min(e, pos + 200)], lex)
    m = re.match(r"^\s*([^,;:!?\"\u201c\u201d()]{2,200}?)\s*(?:[,;:!?\"\u201c\u201d(]|\.?\s*$)", window)
    if not m:
        return None
    phrase = text[pos + m.start(1):pos + m.end(1)].rstrip(" .")
    words = _words(phrase)
    if not words or len(words) > 25:
        return None
    start = pos + m.start(1)
    return phrase, start, start + len(phrase)


_SUBORDINATORS = {"when", "while", "although", "though", "because", "if", "after", "before", "since", "once",
                  "until", "whereas", "unless"}
_RELATIVE_WORDS = {"which", "whom"}
# Words that open a clause: subordinators, coordinators and relative words.
_OPENER_WORDS = _SUBORDINATORS | _RELATIVE_WORDS | {"and", "but", "so", "yet", "where", "that", "who", "or"}
# Where the clause holding a fragment begins: an opener word ("who" and "or" excepted) or a comma-like mark.
_CLAUSE_OPENER = re.compile(r"(?<![\w'\u2019-])(" + "|".join(sorted(_OPENER_WORDS - {"who", "or"}))
                            + r")(?![\w'\u2019-])|[,;(\u2014]", re.IGNORECASE)


def _clause_subject(pre: str, lex: Lexicon) -> Optional[tuple]:
    """The subject of a reporting verb that opens no sentence but a clause inside one: (phrase, offset in pre,
    subordinate, relative). After the last comma, semicolon or dash, each clause opener (a subordinator such as
    "while" or "because", "and"/"but", or a relative word: which, whom, where, that) is tried from the first: the
    rest up to the verb must pass np_ok, or end with a pronoun after an adverbial ("although in May she").
    relative is True after "which"/"whom", whose verb may have its object as the gap. "The vote was close, and
    while the mayor said" -> ("the mayor", 30, True, False); "a plan which she said" -> ("she", 13, False, True).
    """
    openers = list(_CLAUSE_OPENER.finditer(pre))
    marks = [o for o in openers if not o.group(1)]
    words_after = [o for o in openers if o.group(1) and (not marks or o.start() > marks[-1].start())]
    for opener in (marks[-1:] + words_after):
        raw = pre[opener.end():]
        phrase = _strip_adverbs(raw.strip())
        words = _words(phrase)
        if not words:
            continue
        if np_ok(phrase, lex):
            at = opener.end() + len(raw) - len(raw.lstrip())
        elif patterns.PRONOUN.match(words[-1]) and len(words) <= 6:
            phrase = words[-1]  # "although in May she": the adverbial before the pronoun is no part of the subject
            at = opener.end() + raw.rfind(phrase)
        else:
            continue
        subordinate = any(o.group(1) and o.group(1).lower() in _SUBORDINATORS for o in words_after
                          if o.start() <= opener.start())
        return phrase, at, subordinate, (opener.group(1) or "").lower() in _RELATIVE_WORDS
    return None


_AS_BEFORE = re.compile(r"^\s*(?:(?:And|But|However|Yet|So),?\s+)?[Aa]s\s+([^,;:.!?\"\u201c\u201d]{1,80}?)\s*$")
_AS_AFTER = re.compile(r"^[^,;:.!?\"\u201c\u201d]{0,40},\s*")


def _as_clause(text: str, pre: str, post: str, m, e: int, lex: Lexicon) -> Optional[dict]:
    """ "As the Daily Herald reported on Monday, the ferry will stop in May.": an "as" clause opening the sentence
    (pre is the whole sentence before the verb), whose subject is a speaker noun phrase (np_ok) and which ends at
    a comma after at most a few adjunct words. The content is the rest of the sentence after that comma. Not "As
    expected, ..." (no subject), "As Lee demands a vote, ..." (an object) or "If X, as some hope, Y" (mid-sentence).
    """
    before = _AS_BEFORE.search(pre)
    after = _AS_AFTER.match(post)
    if not before or not after or not _adjunct_only(post[:after.end()].rstrip(" ,"), "say"):
        return None
    phrase = _strip_adverbs(before.group(1).strip())
    c0 = m.end() + after.end()
    if not phrase or not np_ok(phrase, lex) or len(_words(text[c0:e])) < MIN_WORDS_CONTENT:
        return None
    s0 = m.start() - len(pre) + before.start(1)
    return {"speaker": phrase, "speaker_start": s0, "speaker_end": s0 + len(phrase), "content_start": c0,
            "content_end": e, "note": "as-clause attribution"}


_AUXILIARY_END = re.compile(r"(?<=\w)\s+(?:has|have|had|will|would|can|could|may|might|must|should|shall|"
                            r"did|does|do)(?:\s+not|n['\u2019]t)?(?:\s+(?:" + patterns.VERB_ADVERB + r"|been))*\s*$",
                            re.IGNORECASE)


_BE_BEFORE = re.compile(r"(?:(?<![\w'\u2019-])(?:is|are|was|were|be|been|being)|(?<=\w)['\u2019](?:s|re))"
                        r"(?:\s+(?:" + patterns.VERB_ADVERB + r"|being|n['\u2019]t))*\s+$", re.IGNORECASE)
_RAISING_TO = re.compile(r"^\s+(?:by\s[^,;:.!?\"\u201c\u201d]{1,60}?\s)?to\s+[a-z]")
_ASKED_OBJECT = re.compile(r"(?<![\w'\u2019-])(?:whether|if|about|what|how|why|who|when|where|to)(?![\w'\u2019-])",
                           re.IGNORECASE)
_PASSIVE_AGENT = re.compile(r"^\s+by\s+([^,;:.!?\"\u201c\u201d]{2,80}?)(?=\s+(?:whether|if|about|what|how|why|"
                            r"who|when|where|to|that|on|at|in|during)\s|\s*[,.;:]|\s*$)")
_SUBJECT_BOUNDARY = re.compile(r"[,;:(\u2014]|(?<![\w'\u2019-])(?:and|but|or|who|which|that|because|while|when|"
                               r"if|as|since|although|though|so)(?![\w'\u2019-])", re.IGNORECASE)


def _passive_reported(text: str, s: int, e: int, m, lemma: str, lex: Lexicon) -> Optional[dict]:
    """A reporting verb in the passive, whose speaker is mostly unnamed:

    * "The ruling is widely expected to favour the city." / "Lee is said to be ill.": the subject and the
      infinitive after the verb are the content (the clause from the subject to the sentence end);
    * "Lee was asked (by a host) whether she would run." / "Asked about the vote, Lee said ...": the question
      after "whether/if/about/what ..." is the content, up to a comma when "Asked" opens the sentence; the agent
      after "by", when named, is the speaker.
    The speaker is "" when no agent is named. Not "as expected" (no clause) or "the expected result" (an adjective).
    """
    pre = text[max(s, m.start() - WINDOW):m.start()]
    post = text[m.end():min(e, m.end() + 300)]
    opening = pre.strip(" \"'\u201c\u2018") == "" or re.fullmatch(r"\s*(?:When|If|Once|After)\s+", pre) is not None
    be = _BE_BEFORE.search(pre)
    if lemma == "ask" and m.group(0).lower() == "asked" and (be or opening):
        obj = _ASKED_OBJECT.search(post, 0, 120)
        if obj is None or re.search(r"[,;:.!?]", post[:obj.start()]):
            return None
        agent = _PASSIVE_AGENT.match(post)
        c0 = m.end() + obj.start()
        c1 = e
        if opening:  # "Asked about the vote, Lee said ...": the question ends at the comma
            comma = text.find(",", c0, e)
            if comma < 0:
                return None
            c1 = comma
        item = {"speaker": "", "speaker_start": -1, "speaker_end": -1, "content_start": c0, "content_end": c1,
                "note": "passive cue: the question asked"}
        if agent and np_ok(agent.group(1), lex):
            a0 = m.end() + agent.start(1)
            item.update(speaker=agent.group(1), speaker_start=a0, speaker_end=a0 + len(agent.group(1)))
        return item
    that = re.match(r"^\s+that\s+", post)
    if be is not None and that and re.search(r"(?<![\w'\u2019-])it\s+$", pre[:be.start()] + " ", re.IGNORECASE):
        # "It was reported that ...", "It is widely believed that ...": the clause after "that".
        return {"speaker": "", "speaker_start": -1, "speaker_end": -1, "content_start": m.end() + that.end(),
                "content_end": e, "note": "passive cue with no speaker"}
    if be is None or not _RAISING_TO.match(post) or lemma not in _RAISING_LEMMAS:
        return None
    head = pre[:be.start()]
    bounds = list(_SUBJECT_BOUNDARY.finditer(head))
    c0 = m.start() - len(pre) + (bounds[-1].end() if bounds else 0)
    if bounds and bounds[-1].group(0).lower() in ("who", "which", "that"):
        c0 = m.start() - len(pre) + bounds[-1].start()  # "delegates who are expected to ...": "who" is the subject
    if not _words(text[c0:m.start() - len(pre) + be.start()]):
        return None
    return {"speaker": "", "speaker_start": -1, "speaker_end": -1, "content_start": c0, "content_end": e,
            "note": "passive cue with no speaker: the subject and its infinitive"}


_RAISING_LEMMAS = {"expect", "say", "report", "believe", "think", "feel", "fear", "predict", "estimate", "rumor",
                   "allege", "claim", "suggest", "hope", "indicate", "reveal", "confirm", "announce", "ask",
                   "urge", "tell", "warn", "accuse", "charge"}


_CATENATIVE_END = re.compile(r"(?<=\w)\s+(?:" + patterns.VERB_ADVERB + r"\s+)*"
                             r"(?:declined|declines|refused|refuses|wanted|wants|tried|tries|sought|seeks|began|"
                             r"begins|continued|continues|went\s+on|goes\s+on|moved|moves|rushed|rushes|"
                             r"hastened|was\s+quick|were\s+quick|is\s+quick|are\s+quick|would\s+not|wouldn['\u2019]t|"
                             r"could\s+not|couldn['\u2019]t|will\s+not|won['\u2019]t|has\s+yet|have\s+yet|"
                             r"did\s+not|didn['\u2019]t|does\s+not|doesn['\u2019]t)\s+(?:to\s+)?$", re.IGNORECASE)


_NEAR_BOUNDARY = re.compile(r"[,;:(\u2014\"\u201c\u201d]|(?<![\w'\u2019-])(?:and|but|or|which|that|because|while|"
                            r"when|if|as|since|although|though|so|why|how|where|whom|in\s+which|after|before|"
                            r"until|unless|whether|even|than|once)(?![\w'\u2019-])", re.IGNORECASE)


def _near_subject(text, s, e, m, lemma, pre, post, lex) -> Optional[dict]:
    """The subject as the words between the last clause boundary (comma, conjunction, subordinator, relative
    word) and the verb, after any auxiliary: "That is why critics say he ...", "although history says there
    can be ...". Only before a clause: a "that" or a subject pronoun with its verb (_ZERO_THAT). A subordinate
    clause's content ends at its first comma."""
    if re.match(r"^\s*,", post) or not (re.match(r"^\s+that\s", post) or _ZERO_THAT.match(post)):
        return None
    head = _CATENATIVE_END.sub(" ", _AUXILIARY_END.sub(" ", pre))
    bounds = list(_NEAR_BOUNDARY.finditer(head))
    if not bounds:
        return None
    cut = bounds[-1]
    raw = head[cut.end():]
    phrase = _strip_adverbs(raw.strip())
    words = _words(phrase)
    if not words or len(words) > 8 or not (np_ok(phrase, lex) or _loose_np(phrase, lex)):
        return None
    c0 = _content_start(text, m.end(), lemma, lex, e, object_ok=_object_ok(text, m, e))
    if c0 is None or len(_words(text[c0:min(e, c0 + 100)])) < MIN_WORDS_CONTENT:
        return None
    subordinate = cut.group(0).lower() in _SUBORDINATORS | {"though", "even", "as", "so", "whether"}
    comma = text.find(",", c0, e) if subordinate else -1
    s0 = m.start() - len(pre) + cut.end() + (len(raw) - len(raw.lstrip()))
    return {"speaker": phrase, "speaker_start": s0, "speaker_end": s0 + len(phrase), "content_start": c0,
            "content_end": comma if comma > c0 else e, "note": "subject right before the verb inside the sentence"}


_LONG_SUBJECT_CUT = re.compile(r"\s*(?:[,;(\u2014]|(?<![\w'\u2019-])(?:who|whose|which|that|to)(?![\w'\u2019-]))",
                               re.IGNORECASE)
_PAST_FORMS = {"told", "wrote", "thought", "felt", "held", "taught", "swore", "foresaw", "forecast"}
# "... said the town needs ...", "... said Dayton's plan would ...": a clause with a determiner or a name for its
# subject and a finite auxiliary within a few words.
_NP_THEN_VERB = re.compile(r"^\s+(?:(?:the|a|an|this|these|those|his|her|their|its|our|[A-Z][\w'\u2019.-]*)\s+)"
                           r"(?:[\w'\u2019-]+\s+){0,5}?(?:is|are|was|were|will|would|could|should|has|have|had|can|"
                           r"may|might|must|did|does|do)(?![\w'\u2019-])")
LONG_SUBJECT_MAX_WORDS = 25  # the words before the verb of a sentence-opening subject no other test accepts


def _verb_form(m, lemma: str) -> bool:
    """A cue form that is a verb, never a noun: a form of "say", or a past form ("argued", "told"); "questions",
    "state" and "notes" may be nouns."""
    form = m.group(0).lower()
    return lemma == "say" or form.endswith("ed") or form in _PAST_FORMS


def _plural_present(pre: str, m) -> bool:
    """ "... voters who backed him argue he ...": a bare present form after a lowercase plural or a plural pronoun
    is a verb ("the fifth state she ..." and "freshly filed reports show" are not)."""
    form = m.group(0).lower()
    words = _words(pre)
    if form.endswith("s") or " " in form or not words:
        return False
    prev = words[-1]
    if len(words) > 1 and words[-2].lower().endswith(("ing", "ed")):
        return False  # "rising costs suggest": a thing, not a speaker
    return prev.lower() in {"they", "we", "i", "you"} or (
        prev.isalpha() and prev.islower() and prev.endswith("s") and not prev.endswith(("ss", "us", "is")))


def _long_subject(text, s, e, m, lemma, pre, post, anchored, lex) -> Optional[dict]:
    """(G) A subject opening the sentence that the noun-phrase tests refuse, with a clause after the verb (a
    "that" or a subject pronoun with its verb): "The last man to run as an independent says he doubts it", "Ann
    Lee (who has 25 votes) said it is possible". The speaker is the sentence's leading noun phrase, else the words
    before the first comma, parenthesis or relative word."""
    if not anchored or re.match(r"^\s*,", post) or not (re.match(r"^\s+that\s", post) or _ZERO_THAT.match(post)
                                                       or _NP_THEN_VERB.match(post)):
        return None
    if not _verb_form(m, lemma) and not _plural_present(pre, m):
        return None  # "these are the kinds of questions ...", "the fifth state ...": a present form may be a noun
    if re.search(r"(?<![\w'\u2019-])(?:be|been)\s+(?:\w+ly\s+)?$", pre, re.IGNORECASE):
        return None  # "it can be expected that ...": a passive or impersonal verb has no speaker before it
    if len(_words(pre)) > LONG_SUBJECT_MAX_WORDS or re.search(r"[\"\u201c\u201d:;?!]", pre):
        return None
    c0 = _content_start(text, m.end(), lemma, lex, e, object_ok=_object_ok(text, m, e))
    if c0 is None or len(_words(text[c0:min(e, c0 + 100)])) < MIN_WORDS_CONTENT:
        return None
    np_ = _leading_np(text[s:min(e, s + 2 * WINDOW)], lex)
    if np_ and np_[2] <= m.start() - s:
        phrase, s0 = np_[0], s + np_[1]
    else:
        lead = patterns.LEADING_ADVERBIAL.match(pre)
        at = lead.end() if lead else 0
        cut = _LONG_SUBJECT_CUT.search(pre, at)
        phrase = _strip_adverbs(pre[at:cut.start() if cut else len(pre)].strip())
        if not phrase or not phrase[:1].isalnum():
            return None
        s0 = s + pre.find(phrase, at)
    return {"speaker": phrase, "speaker_start": s0, "speaker_end": s0 + len(phrase), "content_start": c0,
            "content_end": e, "note": "long subject opening the sentence"}


def _main_reported(text, s, e, m, lemma, next_cue, prev_sentence, lex) -> Optional[dict]:
    pre_abs = max(s, m.start() - WINDOW)
    pre = text[pre_abs:m.start()]
    anchored = pre_abs == s
    post = text[m.end():min(e, m.end() + 400)]  # bounded: only a short tail can be an adjunct
    if lemma != "according to" and m.group(0).lower().endswith("ed"):
        passive = _passive_reported(text, s, e, m, lemma, lex)
        if passive:
            return passive
    if lemma == "according to":
        found = _speaker_after(text, m.end(), lex)
        if found is None or text[found[2]:found[2] + 2][:1] == "." and text[found[2] + 1:found[2] + 2].isalpha():
            found = _according_source(text, m.end(), e, lex)  # none, or cut inside "F.A.A. records"
        if not found or not_an_agent(found[0], lex):
            return None
        phrase, s0, s1 = found
        if anchored and pre.strip() == "" or (anchored and patterns.LEADING_ADVERBIAL.fullmatch(pre)):
            comma = text.find(",", s1, e)
            if comma < 0:
                return None
            return {"speaker": phrase, "speaker_start": s0, "speaker_end": s1, "content_start": comma + 1,
                    "content_end": e}
        rest = text[s1:e]
        if not pre.rstrip().endswith(","):
            # "The bridge closed in May according to a city memo.": a source that ends the sentence needs no comma.
            if rest.strip(" .") or len(_words(pre)) < MIN_WORDS_CONTENT or not (
                    phrase[:1].isupper() or len(_words(phrase)) > 1):  # "ran on time according to plan"
                return None
            return {"speaker": phrase, "speaker_start": s0, "speaker_end": s1, "content_start": s,
                    "content_end": m.start()}
        if re.match(r"^\s*,", rest) and len(_words(rest)) >= 3:  # "By next spring, according to X, the ..."
            return {"speaker": phrase, "speaker_start": s0, "speaker_end": s1, "content_start": s,
                    "content_end": e, "note": "parenthetical attribution inside the reported sentence"}
        return {"speaker": phrase, "speaker_start": s0, "speaker_end": s1, "content_start": s,
                "content_end": m.start()}
    found = _as_clause(text, pre, post, m, e, lex) if anchored else None
    if found:
        return found
    # (R) relative clause: "..., and powerful unions who said the law punished them". The content runs to the end
    # of the sentence; the speaker is the noun phrase the relative pronoun refers back to.
    rel_pre = _strip_adverbs(pre.rstrip())
    if patterns.RELATIVE_END.search(rel_pre) and not re.match(r"^\s*,", post):
        before = rel_pre[:patterns.RELATIVE_END.search(rel_pre).start()]
        found = _relative_antecedent(before, lex)
        c0 = _content_start(text, m.end(), lemma, lex, e, object_ok=_object_ok(text, m, e))
        if found and c0 is not None:
            s0 = pre_abs + found[1]
            return {"speaker": found[0], "speaker_start": s0, "speaker_end": s0 + len(found[0]),
                    "content_start": c0, "content_end": e, "relative": True,
                    "note": "speaker of a relative clause (who/which said)"}
    # (C) subject first: "Zhang told the media on Tuesday that ...".
    if anchored:
        lead = patterns.LEADING_ADVERBIAL.match(pre)
        conj = patterns.LEADING_CONJUNCTION.match(pre, lead.end() if lead else 0)
        lead = conj or lead
        subject_raw = pre[lead.end():] if lead else pre
        if m.group(0).lower().endswith("ing"):  # "Officials are saying that": the auxiliary is not the subject
            # "is saying", "She's saying", "They're not saying"
            subject_raw = patterns.PROGRESSIVE_BEFORE.sub(" ", subject_raw)
            subject_raw = re.sub(r"\s(?:has|have|had|'ve|\u2019ve)\s*$", " ", subject_raw)
        # "Senate leaders have (long) insisted", "The firm did not deny": the auxiliary is not the subject.
        subject_raw = _AUXILIARY_END.sub(" ", subject_raw)
        # "A spokeswoman declined to comment on ...", "Lee refused to say whether ...": the verb before "to".
        subject_raw = _CATENATIVE_END.sub(" ", subject_raw)
        subject = _strip_adverbs(subject_raw.strip())
        if subject and np_ok(subject, lex):
            c0 = _content_start(text, m.end(), lemma, lex, e, object_ok=_object_ok(text, m, e))
            s0 = pre_abs + (lead.end() if lead else 0) + (len(subject_raw) - len(subject_raw.lstrip()))
            if c0 is not None and len(_words(text[c0:min(e, c0 + 100)])) >= MIN_WORDS_CONTENT:
                return {"speaker": subject, "speaker_start": s0, "speaker_end": s0 + len(subject),
                        "content_start": c0, "content_end": e}
            # "Chinese netizens questions." on its own: the previous sentence is what they said.
            if _adjunct_only(post, lemma) and prev_sentence is not None:
                return {"speaker": subject, "speaker_start": s0, "speaker_end": s0 + len(subject),
                        "content_start": prev_sentence[0], "content_end": prev_sentence[1]}
        loose = None if re.match(r"^\s*,", post) or not subject_raw.strip() else _loose_subject(subject_raw, lex)
        if loose:
            # np_ok refused the subject ("Patient advocacy groups", "While many expect a win, they"): a looser
            # noun-phrase test, for a clause that follows the verb (never a parenthetical ", X said,").
            c0 = _content_start(text, m.end(), lemma, lex, e,
                                object_ok=lemma in lex.loose_objects and _object_ok(text, m, e))
            s0 = pre_abs + (lead.end() if lead else 0) + loose[1]
            if c0 is not None and len(_words(text[c0:min(e, c0 + 100)])) >= MIN_WORDS_CONTENT:
                return {"speaker": loose[0], "speaker_start": s0, "speaker_end": s0 + len(loose[0]),
                        "content_start": c0, "content_end": e}
        if patterns.AND_BEFORE.search(pre):
            np_ = _leading_np(text[s:min(e, s + 2 * WINDOW)], lex)
            c0 = _content_start(text, m.end(), lemma, lex, e, object_ok=_object_ok(text, m, e))
            if np_ and c0 is not None:
                return {"speaker": np_[0], "speaker_start": s + np_[1], "speaker_end": s + np_[2],
                        "content_start": c0, "content_end": e}
    # (S) a clause inside the sentence: "The vote was close, but while the mayor said it was fair, ...". A
    # subordinate clause's content ends at its first comma.
    clause = None if re.match(r"^\s*,", post) else _clause_subject(pre, lex)
    if clause:
        # After "which"/"whom" the verb's object may be the gap ("the rule, which the board proposed"): only a
        # clause after it ("in which she said that ...") is content; "the rule that she said would fail" keeps it.
        c0 = _content_start(text, m.end(), lemma, lex, e, object_ok=not clause[3] and _object_ok(text, m, e))
        if c0 is not None and len(_words(text[c0:min(e, c0 + 100)])) >= MIN_WORDS_CONTENT:
            comma = text.find(",", c0, e) if clause[2] else -1
            s0 = pre_abs + clause[1]
            return {"speaker": clause[0], "speaker_start": s0, "speaker_end": s0 + len(clause[0]),
                    "content_start": c0, "content_end": comma if comma > 0 else e}
    # (P) parenthetical: "The ferry service, she said, will resume in May." The content is the whole sentence.
    if re.match(r"^\s*,", post) and pre.rstrip().endswith(",") is False and "," in pre:
        c = pre.rfind(",")
        cand = _strip_adverbs(pre[c + 1:].strip())
        if cand and (np_ok(cand, lex) or (_verb_form(m, lemma) and _loose_np(cand, lex))) and len(_words(text[s:pre_abs + c])) >= 1 and len(
                _words(post)) >= 3:
            s0 = pre_abs + c + 1 + (len(pre[c + 1:]) - len(pre[c + 1:].lstrip()))
            return {"speaker": cand, "speaker_start": s0, "speaker_end": s0 + len(cand), "content_start": s,
                    "content_end": e, "note": "parenthetical attribution inside the reported sentence"}
    # (B) sentence-final: "..., Sogavare said." / "..., Tian Yun, a Beijing-based economist, told the Global Times."
    if _adjunct_only(post, lemma) and "," in pre:
        cut = pre.rstrip()
        trailing_comma = cut.endswith(",")
        chunk_end = len(cut) - 1 if trailing_comma else len(cut)
        c = cut.rfind(",", 0, chunk_end)
        if c >= 0:
            cand = _strip_adverbs(cut[c + 1:chunk_end].strip(" \"'\u201d\u2019"))
            if cand and np_ok(cand, lex):
                start_rel = c
                first = _first_word(cand)
                appositive_like = first.lower() in {"a", "an", "the"} or not first[0].isupper()
                prev_c = cut.rfind(",", 0, c)
                name_chunk = cut[prev_c + 1:c].strip()
                nw = _words(name_chunk)
                if appositive_like and nw and len(nw) <= 4 and all(w[0].isupper() for w in nw):
                    cand = f"{name_chunk}, {cand}"
                    start_rel = prev_c
                elif trailing_comma:
                    cand = None
                if cand:
                    found_at = cut.find(cand, max(0, start_rel))
                    if found_at < 0:  # irregular spacing around the appositive comma
                        found_at = start_rel + 1 + len(cut[start_rel + 1:]) - len(cut[start_rel + 1:].lstrip())
                        cand = cut[found_at:chunk_end].strip()
                    s0 = pre_abs + found_at
                    return {"speaker": cand, "speaker_start": s0, "speaker_end": s0 + len(cand),
                            "content_start": s, "content_end": pre_abs + start_rel}
    # (F) a subject right before the verb after any lead ("That is why critics say he ...", "a town in which
    # 61 percent of renters say she ..."), when a clause follows (a "that" or a subject pronoun with its verb).
    found = _near_subject(text, s, e, m, lemma, pre, post, lex)
    if found:
        return found
    found = _long_subject(text, s, e, m, lemma, pre, post, anchored, lex)
    if found:
        return found
    # (A) inverted: "..., warned Li."
    if pre.rstrip().endswith(","):
        found = _speaker_after(text, m.end(), lex)
        if found:
            phrase, s0, s1 = found
            # "..., said Ann Lee, who chairs the board.": a relative clause after the speaker is no content.
            rest = re.split(r",\s*(?:who|whose|which)(?![\w'\u2019-])", text[s1:e], maxsplit=1)[0]
            # "..., said Ann Lee, Cityville's engineer.": an appositive closing the sentence gives the role.
            appositive = re.match(r"^,\s*[^,;:!?\"\u201c\u201d]{2,120}?[.!?]?$", rest.rstrip())
            if _adjunct_only(rest, "say") or (appositive and len(_words(rest)) <= 12):
                return {"speaker": phrase, "speaker_start": s0, "speaker_end": s1, "content_start": s,
                        "content_end": pre_abs + len(pre.rstrip()) - 1}
    return None


# --------------------------------------------------------------------------------------------------------------
# Main entry point
# --------------------------------------------------------------------------------------------------------------

def extract_quotes(paragraphs: pd.DataFrame, reporting_verbs: Optional[pd.DataFrame] = None,
                   speaker_weights="file", candidate_log: Optional[list] = None) -> tuple:
    """Quotes and quoted phrases from the paragraphs table.

    Input: paragraphs (line, article_id, text, is_heading, heading); heading rows and `heading` text are skipped.
    reporting_verbs: optional replacement for analysis/data/reporting_verbs.csv.
    speaker_weights: "file" (analysis/data/quote_speaker_weights.json), None (recency rule for he/she) or a dict.
    candidate_log: a list to receive every he/she decision with its candidates and features (used only to fit
      the weights: `python -m analysis.evaluate_quotes --fit-speakers`).
    Returns (quotes, quoted_phrases):
      quotes: quote_id (1-based), article_id, line, kind (direct | indirect | mixed), text, speaker (as written),
        speaker_name (resolved full name or group/organisation, "" if none), role, source_type, anonymous, cue
        (reporting verb as written), char_start, char_end (offsets of `text` in the paragraph's text), cue_lemma,
        cue_type (neutral | emphatic | distancing | opinion | directive), evidence, note.
        speaker_char_start, speaker_char_end (offsets of the speaker phrase in the paragraph: for a quote whose
          speaker is carried from another quote of the same paragraph, that quote's speaker phrase; -1 when
          the speaker comes from an earlier paragraph or none is found).
      quoted_phrases: article_id, line, text, reason (title | name | term | scare), char_start, char_end, note.
    """
    lex = load_lexicon(reporting_verbs, speaker_weights)
    quotes, phrases = [], []
    if paragraphs is None or len(paragraphs) == 0:
        return pd.DataFrame(columns=QUOTE_COLUMNS), pd.DataFrame(columns=PHRASE_COLUMNS)
    df = paragraphs.sort_values("line")
    if "is_heading" in df:
        df = df[~df["is_heading"].astype(bool)]
    for article_id, art in df.groupby("article_id", sort=True):
        rows = list(zip(art["line"].astype(int), art["text"].fillna("").astype(str)))
        state = ArticleState(candidates=collect_name_candidates(rows, lex), text="\n".join(t for _, t in rows),
                             candidate_log=candidate_log, person_nouns=lex.person_nouns)
        state.ordinary = sentence_case_words(state.text)
        state.mid_capitals = mid_sentence_capitals(state.text)
        state.mentions, state.paragraph_offsets, state.sentence_starts = collect_mentions(rows, lex, state.ordinary)
        state.mention_pos = [m.pos for m in state.mentions]
        state.lines = [line for line, _ in rows]
        prev_q = []
        for (line, text), offset in zip(rows, state.paragraph_offsets):
            state.offset = offset
            if _sign_off(text, prev_q, state, line, lex):
                prev_q = []
                continue
            q, p = _process_paragraph(int(article_id), line, text, state, lex)
            for row in q:
                name_back_reference(row, state.text, offset, state.mid_capitals, lex)
            quotes += q
            phrases += p
            prev_q = q
    qdf = pd.DataFrame(quotes, columns=QUOTE_COLUMNS[1:])
    qdf = qdf.sort_values(["article_id", "line", "char_start"], kind="stable").reset_index(drop=True)
    qdf.insert(0, "quote_id", range(1, len(qdf) + 1))
    qdf["anonymous"] = qdf["anonymous"].astype(bool)
    pdf = pd.DataFrame(phrases, columns=PHRASE_COLUMNS)
    pdf = pdf.sort_values(["article_id", "line", "char_start"], kind="stable").reset_index(drop=True)
    return qdf, pdf


# A capitalised word inside a sentence (not right after a full stop): a candidate name or acronym.
_CAPITALISED_AFTER_SPACE = re.compile(r"(?<![.!?]\s)(?<=\s)[A-Z][\w'\u2019-]+")


# "May" is left out of the months: it is also a first name.
_NOT_NAMING = frozenset(patterns.WEEKDAYS + patterns.MONTHS) - {"may"} | {"mr", "mrs", "ms", "dr"}


BACK_REFERENCE_REACH = 70  # characters (about a dozen words) around an earlier use in which a name introduces it


def name_back_reference(row: dict, article: str, offset: int, mid_capitals: frozenset, lex: Lexicon) -> None:
    """'The company said ...' after 'Acme Corp., the company that ...': "the" + one organisation or document points
    back to one the article has already introduced by name, so the source is identifiable, not anonymous.

    Applies to an unresolved quote row whose speaker is "the" + a singular organisation or document word; the
    introduction is an earlier use of that word with a name (a word the article capitalises mid-sentence, or an
    acronym) within about a dozen words of it. "The ministry said" with no earlier named ministry stays anonymous, and so
    do persons ("the official") and plurals ("the reports"). Sets anonymous=False and says why in `evidence`.
    """
    speaker = row["speaker"]
    if not row["anonymous"] or not re.match(r"(?i)the\s", speaker or "") or row["speaker_char_start"] < 0:
        return
    if row["speaker_name"].lower() not in speaker.lower() or "text says" in row["evidence"]:
        return  # resolved to someone else, or explicitly anonymous ("on condition of anonymity")
    core = core_phrase(speaker)
    heads = [(r, w) for r, w in find_role_words(core, lex.roles) if core.lower().endswith(w.lower())]
    if not heads:
        return
    r, word = heads[-1]
    if lex.roles.table.at[r, "kind"] not in ("organisation", "document") or \
            word.lower() != lex.roles.table.at[r, "word"].lower():
        return
    end = offset + row["speaker_char_start"]
    earlier_use = re.compile(r"(?i)(?<![\w-])" + re.escape(word) + r"(?![\w-])")
    for m in earlier_use.finditer(article, max(0, end - 20 * WINDOW), end):  # bounded: linear time
        lo = max(0, m.start() - BACK_REFERENCE_REACH)
        window = article[lo:min(end, m.end() + BACK_REFERENCE_REACH)]
        # The capitalised word nearest the earlier use names it; titles ("Mr."), weekdays and months name nothing.
        caps = sorted(_CAPITALISED_AFTER_SPACE.finditer(window),
                      key=lambda c: min(abs(lo + c.start() - m.end()), abs(lo + c.end() - m.start())))
        for cap in caps:
            base = re.sub(r"['\u2019]s$", "", cap.group(0))
            if base.lower() in lex.roles.honorifics or base.lower() in _NOT_NAMING:
                continue
            if base.isupper() or base in mid_capitals:
                row["anonymous"] = False
                row["evidence"] = row["evidence"].replace(f"; no name in '{speaker}'", "") + (
                    f"; '{speaker}' points back to the {word.lower()} introduced earlier ('{base}')")
                return


_SIGN_OFF = re.compile(r"^\s*[-\u2014\u2013]+\s*([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})"
                       r"(?:,[^\n\"\u201c\u201d]{1,80})?\.?\s*$")


def _sign_off(text: str, prev_quotes: list, state: ArticleState, line: int, lex: Lexicon) -> bool:
    """A paragraph that is only a dash and a name ("\u2014 Ann Lee, Dayton.") signs the quotation of the paragraph
    before it. When that paragraph's direct quotes found no speaker of their own (carried from an earlier
    paragraph, or none), they take this name; the name is remembered like any speaker. True when it did so."""
    m = _SIGN_OFF.match(text)
    targets = [q for q in prev_quotes if q["kind"] == "direct" and q["speaker_char_start"] < 0 and (
        "carried from an earlier paragraph" in q["note"] or "no speaker found" in q["note"])]
    if not m or not targets or not parse_speaker(m.group(1), lex).name:
        return False
    name = m.group(1)[:-1] if m.group(1).endswith(".") and len(m.group(1).split()[-1]) > 3 else m.group(1)
    sp = parse_speaker(name, lex)
    ent, note = resolve_speaker(sp, state, line, text, lex, pos=m.start(1))
    if ent is None or ent.kind != "person":
        return False
    _remember(ent, state)
    for q in targets:
        q.update({"speaker": sp.written, "speaker_name": ent.name, "role": ent.role, "source_type": ent.source_type,
                  "anonymous": bool(ent.anonymous), "evidence": ent.evidence,
                  "note": "; ".join(x for x in [n for n in q["note"].split("; ") if "carried from" not in n
                                                and n != "no speaker found"] + ["speaker signs off in the next paragraph"] if x)})
    return True


_OPENING_CONJUNCTION = re.compile(r"[\s\u2014(-]*(?:(?:And|But|Yet|So|Still|Or)\s*,?\s*)?")


MIN_WORDS_INTRODUCED = 6  # a quotation after a short introductory phrase must be this long to be speech


def _introduced_quote(text: str, span: Span, sent_start: int, sent_end: int, lex: Lexicon) -> bool:
    """'Now, "within the council there is a sizable group saying this is fine."': a quotation that ends its
    sentence after nothing but a short introductory phrase and a comma (no verb of saying) is speech: the
    subject of the introduction's clause speaks it, else it continues whoever spoke before it."""
    intro = text[sent_start:span.open]
    tail = text[span.after:sent_end]
    if not intro.rstrip().endswith(",") or tail.strip(" .!?)\u2019'\"\u201d") != "":
        return False
    words = _words(intro)
    return 1 <= len(words) <= 8 and not patterns.QUOTE_MARK.search(intro) and not lex.cue_regex.search(intro)


# Cue lemmas whose quoted object names or characterises rather than repeats words ('called it "a disaster"',
# 'described him as "..."', 'accused her of "..."'): speech_act_partial reads those as partial quotes.
_NAMING_LEMMAS = {"call", "describe", "accuse", "charge", "according to", "express", "question", "highlight",
                  "mention", "propose", "recommend", "demand", "deny", "dispute", "predict", "report", "promise",
                  "pledge", "fear", "hope", "expect", "estimate", "believe", "think", "feel", "suggest", "hint",
                  "indicate", "urge", "advise", "lament", "vow", "remind", "cite"}
# Lemmas that take quoted words as a bare object, without a comma or colon ('Lee said "Never."', 'the crowd
# chanted "Four more years!"'); the manner verbs of quote_direct_verbs.csv do too.
_BARE_OBJECT_LEMMAS = {"say", "shout", "yell", "declare", "tweet", "write", "post", "exclaim", "reply", "answer",
                       "ask", "quip", "joke", "email", "proclaim", "respond", "retort", "scoff"}
# What may follow a quotation that is a verb's whole object: punctuation, or a preposition or conjunction opening
# what comes next ('yelled "Stop!" at the crowd'); a verb after it ('said "reform" is needed') makes the quotation
# the subject of a reported clause instead, and "and"/"or" may join a second quotation to the object.
_AFTER_OBJECT = re.compile(r"^(?:\s*(?:$|[.,;:!?)\u2014\u2013-])|\s+(?:at|to|in|on|when|as|after|before|while|"
                           r"during|from|because|with|into|toward|towards|over|for)(?![\w'\u2019-]))")


def _verb_object_quote(text: str, span: Span, sent_start: int, lex: Lexicon) -> Optional[tuple]:
    """(cue start, cue end, lemma) of a verb of saying whose object is the quotation: the verb stands right
    before the opening mark, with at most a comma or colon between ('Lee paused and said, "Not yet."',
    'a sign saying "Vote Lee"'), else None. Naming verbs ('called it "..."') are left to speech_act_partial;
    without a comma or colon the verb must take bare quoted words and the quotation must be its whole object."""
    lo = max(sent_start, span.open - 60)
    window = text[lo:span.open]
    tail = re.search(r"[\s,:]*$", window)
    body = window[:tail.start()]
    cue = None
    for m in lex.cue_regex.finditer(body):
        cue = m
    manner = None
    for m in re.compile(lex.direct_verbs, re.IGNORECASE).finditer(body):
        manner = m
    if manner is not None and (cue is None or manner.end() > cue.end()):
        cue = manner
        lemma = "_manner"
    elif cue is not None:
        lemma = _lemma(cue.group(0), lex)
    if cue is None or cue.end() != len(body) or cue.group(0)[:1].isupper():
        return None
    if lemma in _NAMING_LEMMAS or patterns.NOUN_BEFORE.search(body[:cue.start()]) or patterns.S_FORM_NOUN_BEFORE.search(
            body[:cue.start()]) and cue.group(0).lower().endswith("s"):
        return None
    sep = window[tail.start():]
    inner = text[span.start:span.end].strip()
    # The quotation closes its own clause ('said, "We'll see," when asked') or what follows it may follow a whole
    # object; otherwise ('said, "We have a week" until the vote') the words after it are part of what was said.
    if span.closed and inner[-1:] not in ".,!?" and not _AFTER_OBJECT.match(text[span.after:span.after + 20]):
        return None
    if "," not in sep and ":" not in sep and (lemma != "_manner" and lemma not in _BARE_OBJECT_LEMMAS
                                              or not inner[:1].isupper() or not span.closed):
        return None  # 'wrote "shall not ..."': a lowercase fragment is a partial quote of the subject
    return lo + cue.start(), lo + cue.end(), "" if lemma == "_manner" else lemma


_BEFORE_VERB_WORDS = {"could", "would", "can", "will", "may", "might", "must", "should", "did", "does", "do", "has",
                      "have", "had", "only", "also", "then", "just", "once", "later", "again", "even", "still", "to",
                      "was", "were", "is", "are", "prompted", "quick", "not", "never"}


def _verb_object_speaker(text: str, sent_start: int, introduced: tuple, lex: Lexicon) -> Optional[dict]:
    """The attribution of a quotation introduced by a verb of saying (see _verb_object_quote): the subject of the
    verb's clause, else None. Tried in turn: the noun phrase between the last clause boundary and the verb, without
    the auxiliaries and adverbs before the verb ('until a clerk shouted', 'a clerk would just quip'); the
    clause subject rules of reported speech; the last name with a finite verb ('Lee read it twice and said');
    the subject a participle or shared verb continues ('Lee rallied supporters, saying:')."""
    c0, c1, lemma = introduced
    lo = max(sent_start, c0 - 200)
    words = list(re.finditer(r"\S+", text[lo:c0]))
    while words and (words[-1].group(0).lower() in _BEFORE_VERB_WORDS or words[-1].group(0).endswith("ly")):
        words.pop()
    np_ = None
    if words and not text[c0:c1].lower().endswith("ing"):  # 'taped a note saying': no subject before a participle
        # Brackets blanked out (same length): 'Sen. Ann Lee (D-Ohio) said'.
        pre = re.sub(r"\([^()]{0,40}\)", lambda m: " " * len(m.group(0)), text[sent_start:lo + words[-1].end()])
        if pre.rstrip().endswith(","):
            # 'Lee, asked about the ferry, had said': one parenthetical between the subject and its verb.
            k = pre.rfind(",", 0, len(pre.rstrip()) - 1)
            if k > 0 and len(pre) - k <= 160 and not re.search(r"[;:\"\u201c\u201d]", pre[k:]):
                pre = pre[:k]
        cut = None
        for m in _NEAR_BOUNDARY.finditer(pre, max(0, len(pre) - 200)):
            cut = m
        start = cut.end() if cut else 0
        raw = pre[start:]
        phrase = raw.strip(" \"'\u201c\u201d")
        compact = re.sub(r"\s{2,}", " ", phrase)
        # A pronoun subject is one word: 'she released a statement' is a clause, not a speaker.
        pronoun_clause = len(compact.split()) > 1 and patterns.PRONOUN.match(compact.split()[0]) is not None
        if compact and not pronoun_clause and np_ok(compact, lex) and not not_an_agent(compact, lex):
            at = start + raw.index(phrase)
            np_ = (compact, at, at + len(phrase))
        if np_ is None:
            found = _clause_subject(pre, lex)
            np_ = (found[0], found[1], found[1] + len(found[0])) if found else None
    if np_ is None:
        found = _quote_subject(text, sent_start, c0, lex)
        np_ = found[0] if found else _speech_act_subject(text, sent_start, c0, lex)
    if not np_ or np_[0].lower() in {"it", "you", "i", "this", "that"}:
        return None
    return {"speaker": np_[0], "speaker_start": sent_start + np_[1], "speaker_end": sent_start + np_[2],
            "cue": text[c0:c1], "cue_start": c0, "cue_end": c1, "lemma": lemma}


# Closed-class words that can open a sentence but never name a speaker on their own ("Of course, as ...",
# "According to ...", "Even before ...", "Every spring ...", "Wait, there is more:"): the prepositions and these.
_FUNCTION_OPENERS = _PREPOSITIONS | frozenset({
    "after", "before", "since", "until", "like", "as", "through",
    "even", "each", "every", "any", "no", "nothing", "none", "neither", "either", "such", "here", "there", "now",
    "nevertheless", "nonetheless", "however", "still", "yet", "also", "instead", "meanwhile", "moreover",
    "wait", "see", "read", "note", "consider", "take", "look", "remember",
})


def _not_a_speaker(phrase: str, state: ArticleState, lex: Lexicon, whole_phrase: bool = True) -> bool:
    """A speaker phrase that cannot name who speaks, whatever the pattern that found it: one capitalised word
    that is a function word ("Of", "According", "Even"), an adverb or participle in -ly/-ing, or an ordinary
    singular word of this article (written in lowercase elsewhere, capitalised only where a sentence starts:
    "Traffic slows again ...") that is no role or person noun. A word the article capitalises inside a sentence
    is a name ("said Dee From"). With whole_phrase, also a phrase opening with a preposition ("for local pundits",
    "in a statement")."""
    words = _words(phrase)
    if not words or patterns.PRONOUN.match(words[0]) or words[0] in state.mid_capitals:
        return False
    first, low = words[0], words[0].lower()
    if len(words) > 1:
        return whole_phrase and low in _PREPOSITIONS
    if not first[0].isupper() or first.isupper() or patterns.DETERMINER.match(first) or QUANTIFIER.match(first):
        return False
    if low in _FUNCTION_OPENERS or low.endswith(("ly", "ing")):
        return True
    # A plural may be a group of people the lists lack ("Respondents are obliged to answer:").
    return (first in state.ordinary and not low.endswith("s") and low not in lex.person_nouns
            and not find_role_words(first, lex.roles))



def _process_paragraph(article_id: int, line: int, text: str, state: ArticleState, lex: Lexicon) -> tuple:
    spans = find_quote_spans(text)
    sentences = split_sentences(text, spans, lex.abbreviations)
    sent_starts = [s for s, _ in sentences]

    def sentence_of(pos):
        i = max(0, bisect.bisect_right(sent_starts, pos) - 1)
        return sentences[i] if sentences else (0, len(text))

    used_cues = set()
    empty_marks = []  # offsets of empty quotation marks
    items = []  # attributions to resolve in text order
    phrase_rows = []
    continuing = state.prev_para_unclosed
    state.prev_para_unclosed = False
    colon_speaker, state.colon_speaker = state.colon_speaker, None
    for k, span in enumerate(spans):
        inner = text[span.start:span.end]
        n = len(_words(inner))
        if n == 0:
            # Empty marks ("" typed by mistake, a line of only quotation marks) quote nothing: an oddity noted on
            # the paragraph's quote rows, never a quoted phrase.
            empty_marks.append(span.open)
            span.absorbed = True
            continue
        s, e = sentence_of(span.open)
        # 'But "We will ..."': a conjunction opening the sentence does not stop the quotation opening it.
        at_start = (span.open - s <= 8 and _OPENING_CONJUNCTION.fullmatch(text, s, span.open) is not None) or (
            k == 0 and continuing and span.open == 0)
        attr = attribution_after(text, span, lex) if at_start or (
            _ends_clause(text, span) and classify_phrase(text, span) == "scare"
            and not _object_of_cue_before(text, span, s, lex)) else None
        before_attr = None
        if attr is None:
            attr = before_attr = attribution_before(text, span, s, lex)
            if attr and not (inner.lstrip()[:1].isupper() or n >= 8):
                attr = None  # a lowercase fragment after "said that": reported speech with a partial quote
            if attr and span.closed and text[span.after:min(e, span.after + 11)].strip(" .,!?;)\u2014-") != "":
                attr = None if n < 8 else attr
        if attr is None and not at_start and n >= MIN_WORDS_STANDALONE and inner.lstrip()[:1].isupper():
            attr = attribution_colon(text, span, s, lex)
        if attr is None and not at_start:
            # 'Lee read it twice and said, "No."', 'the crowd chanted "Four more years!"': the words a verb of
            # saying introduces are speech even when its subject is not right before the verb.
            introduced = _verb_object_quote(text, span, s, lex)
        else:
            introduced = None
        if attr is None and k > 0 and spans[k - 1].speech and spans[k - 1].attribution:
            # '"...," he said, "and when ..."': the second part continues the same speaker.
            prev_attr = spans[k - 1].attribution
            gap = text[max(prev_attr["cue_end"], prev_attr["speaker_end"]):span.open]
            if prev_attr["cue_start"] > spans[k - 1].close and re.fullmatch(r"[^.;!?\"\u201c\u201d]{0,80}[,:]\s*", gap):
                span.speech = True
        if attr and _not_a_speaker(attr["speaker"], state, lex):
            # 'Adding, "..."', 'Signs of a shift were there - more from Lee: "..."': the words found in the
            # subject's place name nobody; the quotation is still speech, its speaker is found as for any
            # unattributed quotation.
            span.speech, attr = True, None
        if attr:
            span.speech, span.attribution = True, attr
            used_cues.add(attr["cue_start"])
        elif at_start and (n >= MIN_WORDS_STANDALONE and (inner.lstrip()[:1].isupper() or continuing)):
            span.speech = True
        elif at_start and n >= 2 and k > 0 and spans[k - 1].speech and inner.lstrip()[:1].isupper() and (
                inner.rstrip()[-1:] in ".!?"):
            # '"We lost," Lee said. "Badly, too."': a short whole sentence after a quotation continues it.
            span.speech = True
        elif n >= MIN_WORDS_INTRODUCED and span.closed and _introduced_quote(text, span, s, e, lex):
            span.speech = True
            # 'But he wanted to know, "how ..."': a subject in the introduction speaks; else the quote continues.
            found = _quote_subject(text, s, span.open, lex)
            if found and found[0][0].lower() not in {"it", "you", "i", "this", "that"}:
                np_, (v0, v1) = found
                span.attribution = {"speaker": np_[0], "speaker_start": s + np_[1], "speaker_end": s + np_[2],
                                    "cue": text[v0:v1], "cue_start": v0, "cue_end": v1, "lemma": ""}
        if not span.speech and introduced is not None:
            span.speech = True
            words = before_attr["speaker"].split() if before_attr else []
            if words and len(words) > 1 and patterns.PRONOUN.match(words[0]):
                before_attr = None  # 'she taped a note, saying': a pronoun and its clause is no speaker phrase
            if before_attr:
                span.attribution = before_attr
                used_cues.add(before_attr["cue_start"])
            else:
                # Tried only after the reported-speech finder, whose participle and clause rules know the subject
                # better ('Lee, asked about it, added, saying, "..."'). With no subject in reach the quotation
                # stays as it was (a quoted phrase, or part of a reported clause): a speaker carried from elsewhere
                # would mostly be the wrong one.
                span.fallback = _verb_object_speaker(text, s, introduced, lex)
                span.speech = span.fallback is not None
        if span.speech and not span.closed:
            state.prev_para_unclosed = True
            span.note = "no closing quote mark: read as continuing into the next paragraph (AP style)"
    if continuing and spans and spans[0].speech and spans[0].open == 0:
        spans[0].note = (spans[0].note + "; " if spans[0].note else "") + "continues the quote of the previous paragraph"

    # Sentences may change now that speech spans are known (no splits inside them).
    sentences = split_sentences(text, spans, lex.abbreviations)
    sent_starts = [s for s, _ in sentences]
    for span in spans:
        if span.attribution:
            a = span.attribution
            items.append({"kind": "direct", "span": span, **a, "content_start": span.start,
                          "content_end": span.end})
    items += _lead_in_clauses(text, spans, sentences, lex)
    prev = None
    span_starts = [sp.start for sp in spans]
    for s, e in sentences:
        sentence_speakers = [it for it in items if s <= it["speaker_start"] < e]
        found = find_reported(text, s, e, spans, used_cues, sentence_speakers,
                              prev if prev and not _has_item(items, prev) else None, lex)
        for it in found:
            lo_i = bisect.bisect_left(span_starts, it["content_start"])
            hi_i = bisect.bisect_right(span_starts, it["content_end"])
            inside = [sp for sp in spans[lo_i:hi_i] if not sp.speech and sp.end <= it["content_end"] + 1]
            partial = [sp for sp in inside if _is_partial_quote(text, sp)]
            for sp in partial:
                sp.absorbed = True
            items.append({**it, "kind": "mixed" if partial else "indirect", "span": None})
        prev = (s, e)

    # A quotation introduced by a verb of saying whose subject no attribution rule found: the subject of the
    # verb's clause speaks it, unless a reported clause already holds it (its speaker is used below).
    for span in spans:
        fallback = getattr(span, "fallback", None)
        if not span.speech or span.attribution or not fallback:
            continue
        if any(it["kind"] in ("indirect", "mixed") and it.get("speaker_start", -1) >= 0
               and it["content_start"] <= span.start + 1 and it["content_end"] >= span.end - 1 for it in items):
            continue
        span.attribution = fallback
        items.append({"kind": "direct", "span": span, **fallback, "content_start": span.start,
                      "content_end": span.end})

    # 'Smith called the plan "reckless"': a fragment quoted after a speech-act verb whose subject is the
    # sentence's subject is that subject's words (a partial quote), not a scare quote.
    for k, span in enumerate(spans):
        if span.speech or span.absorbed or not span.closed:
            continue
        if k and _coordinated(text, spans[k - 1], span) and classify_phrase(text, spans[k - 1]) in ("term", "title"):
            continue  # 'known as "A" and "B"': the second shares the cue of the first
        if k and spans[k - 1].absorbed and _coordinated(text, spans[k - 1], span) and items and items[-1].get(
                "kind") == "mixed" and spans[k - 1].start < items[-1]["content_end"] <= spans[k - 1].after:
            # 'Lee called the plan "reckless" and "cruel"': a fragment coordinated with a partial quote joins it
            # (keeping both quotation marks when the first kept its own).
            span.absorbed = True
            if items[-1]["content_end"] < spans[k - 1].after:
                items[-1]["content_start"] = min(items[-1]["content_start"], spans[k - 1].open)
            items[-1]["content_end"] = span.after
            continue
        partial = speech_act_partial(text, span, sentence_of(span.open)[0], lex, state, line)
        if partial:
            span.absorbed = True
            items.append(partial)

    # A known person who is the subject of a sentence without speech is still the likely "he" of the next one
    # ("Xi lauded ... He urged the province ...").
    mentions = []
    for s, e in sentences:
        if any(s <= it["speaker_start"] < e for it in items):
            continue
        np_ = _leading_np(text[s:min(e, s + 2 * WINDOW)], lex)
        if np_:
            mentions.append({"kind": "mention", "speaker": np_[0], "speaker_start": s + np_[1],
                             "content_start": s + np_[1]})

    # Resolve speakers in order of where the speaker is mentioned.
    items.sort(key=lambda it: (it["speaker_start"], it["content_start"]))
    for mention in mentions:
        parsed = parse_speaker(mention["speaker"], lex)
        ent = _known_person(parsed, state, line, lex)
        if ent is not None:
            mention["entity"] = ent
            items.append(mention)
        elif parsed.kind == "group" and parsed.plural and find_role_words(head_word(parsed.written), lex.roles):
            # A group that opens a sentence without speaking is still what "Some"/"Many" of the next refers to.
            mention["kind"] = "group mention"
            mention["parsed"] = parsed
            items.append(mention)
    items.sort(key=lambda it: (it["speaker_start"], it["content_start"]))
    rows = []
    for it in items:
        if it["kind"] == "mention":
            _remember(it["entity"], state)
            continue
        if it["kind"] == "group mention":
            sp = it["parsed"]
            head_part = re.split(r"\s(?:from|of|at|with|for|in|on|who)\s", sp.written, maxsplit=1)[0]
            name = re.sub(r"^(?:the|a|an|one|some|many|several|most|other|few)\s+", "", head_part, flags=re.I)
            name = name[:1].lower() + name[1:] if name[:1].isupper() and find_role_words(
                name.split()[0], lex.roles) else name
            cls = classify_source(sp.written, sp.role, "", lex.roles)
            state.last_plural = Entity(name, sp.role, "group", True, cls["source_type"], cls["anonymous"],
                                       cls["evidence"])
            continue
        if it["speaker"] and it["kind"] != "direct" and _not_a_speaker(it["speaker"], state, lex, False):
            it["speaker"] = ""  # "According to ...", "Even before ...": no speaker named
        if not it["speaker"]:  # a passive cue with no agent ("is expected to"): nobody to resolve
            it["entity"], it["parsed"] = None, None
            rows.append(it)
            continue
        s, e = sentence_of(it["speaker_start"])
        sp = parse_speaker(it["speaker"], lex)
        context = text[max(s, it["speaker_start"] - WINDOW):min(e, it["speaker_start"] + WINDOW)]
        ent, note = resolve_speaker(sp, state, line, context, lex, pos=it["speaker_start"])
        _remember(ent, state)
        if ent.name and it["speaker_start"] >= 0:
            state.speaker_pos[ent.name] = state.offset + it["speaker_start"]
        it["entity"], it["parsed"] = ent, sp
        it["note"] = "; ".join(x for x in (it.get("note", ""), note) if x)
        rows.append(it)

    # Unattributed speech spans continue the nearest attributed speaker.
    direct_items = sorted([it for it in rows if it["kind"] == "direct"], key=lambda it: it["span"].open)
    # "Lee continued:" ending the previous paragraph speaks the quote that opens this one.
    first_speech = spans[0] if spans and spans[0].speech and spans[0].open <= 1 else None
    for span in spans:
        if not span.speech or span.attribution:
            continue
        before = [it for it in direct_items if it["span"].open < span.open]
        after = [it for it in direct_items if it["span"].open > span.open]
        note = span.note
        # '"The board has no view," the ruling said of the case': the reported-speech finder read the quotation
        # as the content of a cue later in the sentence; that cue's speaker spoke it.
        # Not when that speaker stands after "told": there it is the listener ('"...," she told reporters').
        covering = [it for it in rows if it["kind"] in ("indirect", "mixed") and it.get("speaker_start", -1) >= 0
                    and it["content_start"] <= span.start + 1 and it["content_end"] >= span.end - 1
                    and not (it.get("lemma") == "tell" and it["speaker_start"] > it.get("cue_start", -1))]
        if covering:
            src = covering[0]
            rows.append({"kind": "direct", "span": span, "speaker": src["speaker"],
                         "speaker_start": src["speaker_start"], "speaker_end": src["speaker_end"],
                         "cue": src["cue"], "lemma": src.get("lemma", ""), "content_start": span.start,
                         "content_end": span.end, "entity": src["entity"], "parsed": src["parsed"],
                         "note": "; ".join(x for x in (note, "speaker of the reported clause holding the quote") if x)})
            continue
        # 'Lee said the plan was sound. "We checked every number."': with no quotation before it in the
        # paragraph, the quotation continues the reported speaker or known person opening an earlier sentence of
        # the paragraph.
        earlier = [it for it in rows + [m for m in items if m["kind"] == "mention"]
                   if it["kind"] in ("indirect", "mixed", "mention") and 0 <= it.get("speaker_start", -1) < span.open
                   and it.get("entity") is not None and it["entity"].name and it["content_start"] < span.open]
        if before:
            src = before[-1]
            ent = src["entity"]
            extra = "speaker carried from the previous quote in the paragraph"
        elif earlier:
            src = max(earlier, key=lambda it: it["speaker_start"])
            src = {**src, "speaker_end": src.get("speaker_end", src["speaker_start"] + len(src["speaker"])),
                   "cue": src.get("cue", ""), "lemma": src.get("lemma", ""), "parsed": src.get("parsed")}
            ent = src["entity"]
            extra = "speaker of an earlier sentence in the paragraph"
        elif after:
            src = after[0]
            ent = src["entity"]
            extra = "speaker taken from the next quote in the paragraph"
        elif colon_speaker is not None and span is first_speech:
            src, ent = None, colon_speaker
            extra = "speaker from the colon ending the previous paragraph"
        elif state.last_any is not None or state.prev_para_speaker is not None:
            src = None
            ent = state.prev_para_speaker or state.last_any
            extra = "speaker carried from an earlier paragraph"
        else:
            src, ent, extra = None, None, "no speaker found"
        rows.append({"kind": "direct", "span": span, "speaker": src["speaker"] if src else "",
                     "speaker_start": src["speaker_start"] if src else -1,
                     "speaker_end": src.get("speaker_end", -1) if src else -1,
                     "cue": src["cue"] if src else "", "lemma": src["lemma"] if src else "",
                     "content_start": span.start, "content_end": span.end, "entity": ent,
                     "parsed": src["parsed"] if src else None, "note": "; ".join(x for x in (note, extra) if x)})

    for it in rows:
        if it["entity"] is not None:
            at = it["speaker_start"] if it.get("speaker_start", -1) >= 0 else it["content_start"]
            apply_article_role(it["entity"], state, lex, state.offset + at)
    out = []
    for it in rows:
        c0, c1 = it["content_start"], it["content_end"]
        if it["kind"] == "direct":
            c0, c1 = _trim_quote(text, c0, c1)
            notes = [it["span"].note, it.get("note", "")]
        else:
            notes = [it.get("note", "")]
        ent = it["entity"]
        lemma = it.get("lemma", "")
        parsed = it.get("parsed")
        out.append({
            "article_id": article_id,
            "line": line,
            "kind": it["kind"],
            "text": text[c0:c1],
            "speaker": (parsed.written if parsed else it.get("speaker", "")),
            "speaker_name": ent.name if ent else "",
            "role": ent.role if ent else "",
            "source_type": ent.source_type if ent else "",
            "anonymous": bool(ent.anonymous) if ent else False,
            "cue": it.get("cue", ""),
            "char_start": c0,
            "char_end": c1,
            "cue_lemma": lemma,
            "cue_type": lex.lemma_to_type.get(lemma, ""),
            "evidence": ent.evidence if ent else "no speaker in the text: no source to type",
            "note": "; ".join(dict.fromkeys(n for n in notes if n)),
            "speaker_char_start": it.get("speaker_start", -1) if it.get("speaker_start", -1) >= 0 else -1,
            "speaker_char_end": it.get("speaker_end", -1) if it.get("speaker_start", -1) >= 0 else -1,
        })
    for row in out:
        near = [p for p in empty_marks if row["char_start"] - 1 <= p <= row["char_end"] + 1] or (
            empty_marks if row is out[0] else [])
        if near:
            extra = f"empty quotation marks at character {', '.join(map(str, near))} ignored"
            row["note"] = "; ".join(x for x in (row["note"], extra) if x)
    prev_phrase = None  # (span, reason) of the last quoted phrase
    for span in spans:
        if not span.speech and not span.absorbed:
            note = span.note
            reason = classify_phrase(text, span)
            if prev_phrase and prev_phrase[1] in ("term", "title") and _coordinated(text, prev_phrase[0], span):
                # 'known as "A" and "B"': coordinated quotations share the cue of the first.
                reason = prev_phrase[1]
            phrase_rows.append(_phrase_row(article_id, line, text, span, reason, note))
            prev_phrase = (span, reason)
    if rows:
        last = max(rows, key=lambda it: it["content_start"])
        state.prev_para_speaker = last["entity"]
    else:
        state.prev_para_speaker = None
    state.colon_speaker = _colon_speaker(text, spans, sentences, line, state, lex)
    return out, phrase_rows


def _lead_in_clauses(text: str, spans: list, sentences: list, lex: Lexicon) -> list:
    """'The ferry may be "a lost cause," Ann Lee said.': a quotation attributed after it that closes a sentence
    opened by the speaker's own unquoted words is one reported clause with a partial quote (kind "mixed", from the
    sentence start to the closing mark), besides the direct quote. Not when the words before the quotation hold a
    quotation mark, a cue (their own attribution) or end with a colon ('Lee put it this way: "..."') or a
    comma (an adverbial lead: 'In this town, "..."')."""
    out = []
    starts = [a for a, _ in sentences]
    # A lead holding a quotation mark is skipped before it is sliced and scanned, so a long sentence of many
    # attributed quotations is not rescanned from its start for each of them (the full test below still runs).
    marks = [(m.start(), m.end()) for m in patterns.QUOTE_MARK.finditer(text)]
    for sp in spans:
        a = sp.attribution
        if not a or not sp.closed or a.get("cue_start", -1) < sp.after:
            continue
        k = bisect.bisect_right(starts, sp.open) - 1
        if k < 0:
            continue
        s = sentences[k][0]
        m = bisect.bisect_left(marks, (s, s))
        if m < len(marks) and marks[m][1] <= sp.open:
            continue  # the words before the quotation hold a quotation mark
        lead = text[s:sp.open]
        if len(_words(lead)) < MIN_WORDS_CONTENT or patterns.QUOTE_MARK.search(lead) or lead.rstrip().endswith(
                (":", "—", "-", ",")) or lex.cue_regex.search(lead):
            continue
        out.append({**a, "kind": "mixed", "span": None, "content_start": s, "content_end": sp.after,
                    "note": "unquoted words before the quotation are the speaker's too"})
    return out


def _colon_speaker(text: str, spans: list, sentences: list, line: int, state: ArticleState,
                   lex: Lexicon) -> Optional[Entity]:
    """The speaker of a paragraph that ends with a colon and no open quotation ("Lee continued:", "The mayor's
    office said in a statement:", "When X died, President Y released this statement:"): a reporting verb with its
    subject, else the sentence's subject. The quote that opens the next paragraph is theirs."""
    if not text.rstrip().endswith(":") or not sentences or (spans and not spans[-1].closed):
        return None
    s, e = sentences[-1]
    end = len(text.rstrip())
    if spans and spans[-1].close >= s and text[spans[-1].after:end - 1].strip(" .,") == "":
        return None  # the paragraph ends with a quotation, not an introduction
    fake = Span(end, end, end, end, False)
    attr = attribution_before(text, fake, s, lex) or attribution_colon(text, fake, s, lex)
    if attr is None or attr["lemma"] == "according to" or _not_a_speaker(attr["speaker"], state, lex):
        return None
    sp = parse_speaker(attr["speaker"], lex)
    if sp.kind == "quantifier":
        return None
    context = text[max(s, attr["speaker_start"] - WINDOW):min(e, attr["speaker_start"] + WINDOW)]
    ent, _ = resolve_speaker(sp, state, line, context, lex, pos=attr["speaker_start"])
    if ent is not None:
        _remember(ent, state)
    return ent


def speech_act_partial(text: str, span: Span, sent_start: int, lex: Lexicon, state: Optional[ArticleState] = None,
                       line: int = 0) -> Optional[dict]:
    """A 'mixed' item for a fragment quoted after called/described as/dubbed/labelled/branded/referred to, when
    the verb's subject opens the sentence and is a person or organisation ("Smith called the plan "reckless"").

    Without such a verb ('expressing "concern" over China') or with the verb inside a noun phrase ('a book called
    "..."'), the quotation stays in quoted_phrases.
    """
    if _inside_markup(text, span.open):
        return None
    lo = max(sent_start, span.open - 160)
    m = patterns.SPEECH_ACT_BEFORE.search(text, lo, span.open)
    while m:  # 'made a call for ..., calling them "..."': the verb nearest the quotation governs it
        later = patterns.SPEECH_ACT_BEFORE.search(text, m.end(1), span.open)
        if later is None:
            break
        m = later
    if m and not m.group(1).lower().endswith("ing") and _PASSIVE_BEFORE.search(
            text, max(sent_start, m.start() - 40), m.start()):
        return None  # 'the plan was called "..."': the subject of a passive is what is named, not who names it
    if m:
        # 'The vote was close; one member called it "..."': a semicolon opens the verb's own clause.
        semi = text.rfind(";", sent_start, m.start())
        if semi >= 0:
            sent_start = semi + 1 + len(text[semi + 1:m.start()]) - len(text[semi + 1:m.start()].lstrip())
        np_ = _leading_np(text[sent_start:m.start()], lex)
        # Only adverbs and auxiliaries between the subject and the verb: "Trump has repeatedly called ...";
        # a participle after a comma takes the subject of its clause whatever stands between
        # ("Lee attacked the council, calling it ...").
        between = text[sent_start + np_[2]:m.start()] if np_ else ""
        participle = m.group(1).lower().endswith("ing") and between.rstrip().endswith(",")
        # 'Lee, recalling the vote, described it as ...': one parenthetical between the subject and its verb
        # (brackets and the full stops of abbreviations blanked: 'Sen. Lee (D-Ohio), a former mayor, called',
        # 'Lee, recalling a talk with Mrs. Hardy, described').
        if len(between) > _MAX_GAP:
            # no parenthetical or run of adverbs is this long; not scanning it keeps one endless sentence of
            # quoted fragments from being rescanned from its subject for each fragment
            np_ = np_ if participle else None
        else:
            plain = _mask_abbreviations(re.sub(r"\([^()]{0,40}\)", lambda b: " " * len(b.group(0)), between),
                                        lex)
            participle = participle or _PARENTHETICAL.fullmatch(plain) is not None
            if between.strip() and not participle and _strip_adverbs(" " + between.rstrip()).strip(" ,"):
                np_ = None
        if np_ is None:
            # 'While Lee calls the plan "..."': the verb's own subject, inside the sentence.
            found = _quote_subject(text, sent_start, m.end(1), lex)
            # 'referred to': the verb found is the first word of the cue.
            np_ = found[0] if found and found[1][0] == m.start(1) else _speech_act_subject(text, sent_start,
                                                                                         m.start(1), lex)
            if np_ is None and found and _SHARED_VERB.fullmatch(text, found[1][1], m.start(1)):
                # 'after Lee questioned the plan and labeled it "..."': the verb continues the clause's subject.
                np_ = found[0]
            if np_ is None:
                return None
        cue, cue_start, cue_end, note = m.group(1), m.start(1), m.end(1), "partial quote after a speech-act verb"
    else:
        # 'Senator Ames pledged to be "a friend to every farmer in the valley"': a fragment long enough
        # to be someone's words (not a term, title or name) belongs to the subject of its clause.
        if len(_words(text[span.start:span.end])) < MIN_WORDS_PARTIAL or classify_phrase(text, span) != "scare":
            return None
        if patterns.SCARE_CUE_BEFORE.search(text, max(0, span.open - 40), span.open):
            return None
        found = _quote_subject(text, sent_start, span.open, lex) or _reported_fragment_subject(text, span,
                                                                                               sent_start, lex)
        if not found:
            return None
        np_, (cue_start, cue_end) = found
        cue = text[cue_start:cue_end]
        note = "quoted fragment in a clause whose subject is the speaker"
    if not np_ or np_[0].lower() in {"it", "you", "i", "this", "that"}:
        return None
    sp = parse_speaker(np_[0], lex)
    if sp.kind == "group" and not find_role_words(head_word(np_[0]), lex.roles):
        return None  # "The report called ...": a common noun that is no role word is not a speaker
    if not m and sp.kind == "person" and len(sp.name.split()) == 1 and not _used_as_name(sp.name, state, line, lex):
        return None  # 'Crews began "installing ..."': one capitalised word never used as a name may be no one
    c0, c1 = _trim_quote(text, span.start, span.end)
    while c1 > c0 and text[c1 - 1] in ".;:":
        c1 -= 1
    if c1 <= c0:
        return None
    # 'Smith called the plan "reckless"': what the words are said of belongs to the claim ('the plan "reckless"').
    # So does the object of the clause's verb ('Lee praised the mayor's "steady hand"').
    verb_end = m.end(1) if m else cue_end
    obj = text[verb_end:span.open]
    if obj.strip() and len(_words(obj)) <= 6 and not re.search(r"[.;:!?,\"\u201c\u201d]", obj) and (
            m or _first_word(obj.strip()).lower() not in _OBJECT_NOT_START):
        c0 = verb_end + len(obj) - len(obj.lstrip())
        c1 = span.after if span.closed else c1  # the clause keeps both quotation marks
    return {"kind": "mixed", "span": None, "speaker": np_[0], "speaker_start": sent_start + np_[1],
            "speaker_end": sent_start + np_[2], "cue": cue, "cue_start": cue_start, "cue_end": cue_end,
            "lemma": _lemma(cue, lex), "content_start": c0, "content_end": c1, "note": note}


def _reported_fragment_subject(text: str, span: Span, sent_start: int, lex: Lexicon) -> Optional[tuple]:
    """'Lee backed Hardy, adding that he "has always stood by the ferry"': a verb of saying shortly before a quoted
    fragment (at most eight words between, no clause break) whose subject is found as for a quotation it
    introduces (_verb_object_speaker). Returns ((phrase, start, end) relative to sent_start, (cue start, cue
    end)) like _quote_subject, or None."""
    cue = None
    for m in lex.cue_regex.finditer(text, max(sent_start, span.open - 120), span.open):
        cue = m
    if cue is None or cue.group(0)[:1].isupper():
        return None
    lemma = _lemma(cue.group(0), lex)
    gap = text[cue.end():span.open]
    if lemma in _NAMING_LEMMAS or len(_words(gap)) > 8 or re.search(r"[.;:!?\"\u201c\u201d]", gap) or (
            patterns.NOUN_BEFORE.search(text, max(sent_start, cue.start() - 20), cue.start())):
        return None
    attr = _verb_object_speaker(text, sent_start, (cue.start(), cue.end(), lemma), lex)
    if attr is None:
        return None
    return ((attr["speaker"], attr["speaker_start"] - sent_start, attr["speaker_end"] - sent_start),
            (cue.start(), cue.end()))


_AUX_BEFORE = r"(?:\s+(?:[a-z]+ly|also|once|has|have|had|would|will|did|does|do|even|then))*\s*$"
_WHAT_SUBJECT = re.compile(r"(?<![\w'\u2019-])(?:what|which|whom|that)\s+([^;:.!?\"\u201c\u201d]{1,100}?),?"
                           + _AUX_BEFORE)
# Longest stretch between a subject and its speech-act verb worth testing for a parenthetical (at most about a
# hundred characters between its commas) or a run of adverbs and auxiliaries.
_MAX_GAP = 400
_PARENTHETICAL = re.compile(r"\s*,[^,;:.!?\"\u201c\u201d]{1,100},(?:\s+(?:[a-z]+ly|also|once|then|later))*\s*")
_WHO_BEFORE = re.compile(r",?\s+who" + _AUX_BEFORE)
_SHARED_SUBJECT = re.compile(r"[^,;:.!?]{0,120}?(?<=\s)(?:and|but|(?:went|goes|go|gone|going)\s+on\s+to|"
                             r"continued\s+to|continues\s+to)" + _AUX_BEFORE)


_SHARED_VERB = re.compile(r"[^,;:.!?\"\u201c\u201d]{0,120}?\s(?:and|but)" + _AUX_BEFORE)


_PASSIVE_BEFORE = re.compile(r"(?<![\w'\u2019-])(?:is|are|was|were|be|been|being|gets|got|get)"
                             r"(?:\s+(?:[a-z]+ly|also|often|once|not|never))*\s+$", re.IGNORECASE)


_OBJECT_NOT_START = {"of", "to", "about", "for", "on", "in", "at", "with", "from", "by", "into", "over", "against"}


def _speech_act_subject(text: str, sent_start: int, verb: int, lex: Lexicon) -> Optional[tuple]:
    """The subject of a speech-act verb that does not follow the sentence's subject directly: (phrase, start,
    end) relative to sent_start, or None.

    * 'in what Lee called "..."', 'the deal, which Lee had called "...": the subject of the relative clause;
    * 'the mayor, Ann Lee, who called the boy "..."': the noun phrase "who" refers to;
    * 'Lee took the stage and called the plan "..."', 'Lee went on to call Hardy "..."': the sentence's subject,
      whose verb the speech-act verb continues.
    """
    pre = text[sent_start:verb]
    m = _WHAT_SUBJECT.search(pre)
    if m and m.end() == len(pre):
        phrase = m.group(1).strip()
        if np_ok(phrase, lex) or patterns.PRONOUN.fullmatch(phrase):
            return phrase, m.start(1), m.start(1) + len(phrase)
    m = _WHO_BEFORE.search(pre)
    if m and m.end() == len(pre):
        found = _relative_antecedent(pre[:m.start()], lex)
        if found:
            return found[0], found[1], found[1] + len(found[0])
        return None
    np_ = _leading_np(pre, lex)
    if np_ and _SHARED_SUBJECT.match(pre, np_[2]) and not re.search(
            r"(?<![\w-])(?:that|who|which|whom|whose|when|while|because|if)(?![\w-])", pre[np_[2]:]):
        return np_
    return None


def _is_partial_quote(text: str, span: Span) -> bool:
    """A quoted fragment inside reported speech that is the speaker's words, not a title, name or term."""
    inner = text[span.start:span.end].strip()
    if len(_words(inner)) < MIN_WORDS_PARTIAL:
        return False
    return inner[:1].islower() or classify_phrase(text, span) == "scare"


_SUBJECT_VERB = re.compile(r"(?:,[^,.;:!?\"\u201c\u201d]{1,80},|,)?\s+(?:(?:" + patterns.VERB_ADVERB +
                           r"|has|have|had|is|was|were|are|will|would|did|does|do)\s+)*"
                           r"([a-z][\w'\u2019-]*)")


# The name may carry one appositive set off by commas ("while Bo Li, the former mayor, proposed ...").
_QUOTE_SUBJECT = re.compile(
    r"(?<![\w'\u2019-])(?:with\s+)?((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*[a-z]|[Hh]e|[Ss]he|[Tt]hey)"
    r"(?:,\s(?:an?|the|his|her|its|their)\s[^,.;:!?\"\u201c\u201d]{1,60},)?\s+(?:[a-z]+ly\s+)?"
    r"([a-z]+(?:s|ed|ing)|said|told|wrote|put|spoke|made|gave|took|went|came|sent|felt|thought|knew|saw|heard|found|"
    r"kept|left|meant|read|led|held|brought|sought|won|lost|began|became|got)(?![\w'\u2019-])")
_NOT_MAIN_VERBS = {"is", "was", "has", "does", "as", "us", "this", "his", "its", "yes", "news", "always", "less",
                   "unless", "whereas", "towards", "perhaps", "plus", "ago", "needs"}


_NEXT_CLAUSE = re.compile(r"(?:,\s*(?:and|but|yet)|;)\s")


def _quote_subject(text: str, sent_start: int, end: int, lex: Lexicon) -> Optional[tuple]:
    """The subject of the clause a quotation stands in, and its verb: the last name or he/she/they followed by a
    finite verb before `end` ('While Lee calls the plan "..."', 'with Hardy noting' does not count: no finite
    verb), else the sentence's subject when its verb follows it directly. Returns ((phrase, start, end) relative
    to sent_start, (verb start, verb end)) or None. (The reported-speech finder's `_clause_subject` answers a
    narrower question: the subject of a reporting verb after a clause opener such as "while" or "and".)"""
    last = None
    # Only the last stretch before the quotation is read, so a huge sentence costs no more than a short one.
    for m in _QUOTE_SUBJECT.finditer(text, max(sent_start, end - 2 * WINDOW), end):
        if m.group(2) in _NOT_MAIN_VERBS or (m.group(2).endswith("ing") and not m.group(0).startswith("with ")):
            continue
        if _NEXT_CLAUSE.search(text, m.end(2), end):
            continue  # 'Lee spoke on Monday, and the clerks thought "...": the quotation is in a later clause
        words = list(re.finditer(r"\S+", m.group(1)))
        for w in words:  # "While Lee calls ...": drop capitalised words before the name
            if np_ok(m.group(1)[w.start():], lex):
                last = (m.group(1)[w.start():], m.start(1) + w.start(), m.end(1), m.span(2))
                break
    if last is not None:
        main = _main_clause_subject(text, sent_start, end, last, lex)
        if main is not None:
            return main
        lead = _leading_np(text[sent_start:end], lex) if end - sent_start <= 2 * WINDOW else None
        if lead and lead[1] <= last[1] - sent_start and abs(lead[2] - (last[2] - sent_start)) <= 1:
            # "Former city manager Ann Lee, a rider for forty years, said ...": the name ends the sentence's
            # subject, which keeps its title
            return (lead, last[3])
        return ((last[0], last[1] - sent_start, last[2] - sent_start), last[3])
    if end - sent_start > 2 * WINDOW:
        return None
    np_ = _leading_np(text[sent_start:end], lex)
    if not np_ or re.search(r"['\u2019]s?$", np_[0]):
        return None  # "China's recently intensified actions ...": a possessive is no subject
    # The subject's verb follows it, after adverbs or one parenthetical at most ("Lee later suggested ...",
    # "Lee, speaking at the depot, later warned ...").
    verb = _SUBJECT_VERB.match(text, sent_start + np_[2], end)
    if not verb or verb.group(1) in {"which", "who", "whose", "that", "and", "or", "of", "in", "at", "for"}:
        return None
    return np_, verb.span(1)


# A clause that opens the sentence before its main clause ("As Lee spoke, ...", "And after the court ruled, ...").
_OPENING_SUBORDINATE = re.compile(r"\s*(?:(?:And|But|Yet|So)\s+|(?:and|but|yet|so)\s+)?(?:[Aa]s|[Ww]hile|[Ww]hen|"
                                  r"[Aa]fter|[Bb]efore|[Bb]ecause|[Aa]lthough|[Tt]hough|[Ss]ince|[Oo]nce|[Uu]ntil)\s+"
                                  r"(?:the\s+)?$")
# A participle after a comma ("..., calling it", "..., advising graduates to"): it takes its sentence's subject.
_COMMA_PARTICIPLE = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\s")

# 'with the campaign of the senator saying': a with-clause whose lowercase subject speaks (a capitalised one is
# found by _QUOTE_SUBJECT itself).
_WITH_PARTICIPLE = re.compile(r",\s+with\s+((?:the|an?|one\s+of|some\s+of|his|her|its|their)\s"
                              r"[^,;:.!?\"\u201c\u201d]{1,60}?)\s+([a-z]{2,}ing)(?![\w'\u2019-])")


def _main_clause_subject(text: str, sent_start: int, end: int, last: tuple, lex: Lexicon) -> Optional[tuple]:
    """The main clause's subject when the clause subject `_quote_subject` found (`last`: phrase, start, end,
    verb span, absolute) does not govern the quotation at `end`:

    * it is the subject of a clause opening the sentence that a comma closes before the quotation ('As Lee
      spoke, the mayor called for "..."'): the subject after that comma;
    * it is no opener's subject and a comma participle stands between its verb and the quotation ('Ann Lee
      repeated claims that Hardy stalls, calling him "..."'): the sentence's subject.

    Returns ((phrase, start, end) relative to sent_start, (verb start, verb end)) or None (keep `last`)."""
    if end - sent_start > 2 * WINDOW:
        return None
    verb_end = last[3][1]
    opener = _OPENING_SUBORDINATE.fullmatch(text, sent_start, last[1])
    if opener:
        comma = text.find(",", verb_end, end)
        if comma < 0:
            return None
        rest = comma + 1 + len(text[comma + 1:end]) - len(text[comma + 1:end].lstrip())
        np_ = _leading_np(text[rest:end], lex)
        if np_ is None:  # 'the NRA', 'the Senate': a name after "the"
            named = re.match(r"the\s+((?:[A-Z][\w&.'\u2019-]*\s+){0,3}[A-Z][\w&-]*)(?![\w'\u2019-])", text[rest:end])
            np_ = (named.group(0), 0, named.end()) if named and np_ok(named.group(1), lex) else None
        if not np_ or re.search(r"['\u2019]s?$", np_[0]) or not _plausible_subject(np_[0], lex):
            return None
        # 'Gov. Bo Li (R) blamed': a party label in brackets may stand between the subject and its verb
        bracket = re.match(r"\s*\([^()]{1,30}\)", text[rest + np_[2]:end])
        verb = _SUBJECT_VERB.match(text, rest + np_[2] + (bracket.end() if bracket else 0), end)
        if not verb or verb.group(1) in {"which", "who", "whose", "that", "and", "or", "of", "in", "at", "for"}:
            return None
        shift = rest - sent_start
        return (np_[0], np_[1] + shift, np_[2] + shift), verb.span(1)
    with_ = None
    for with_ in _WITH_PARTICIPLE.finditer(text, verb_end, end):
        pass
    if with_ and not re.search(r"[.;:!?\"\u201c\u201d]", text[with_.end():end]):
        phrase = with_.group(1)
        if _plausible_subject(phrase, lex) or find_role_words(head_word(phrase), lex.roles):
            return ((phrase, with_.start(1) - sent_start, with_.end(1) - sent_start), with_.span(2))
    if last[1] - sent_start < 3 or not _COMMA_PARTICIPLE.search(text, verb_end, end):
        return None
    if _NEXT_CLAUSE.search(text, sent_start, end) or re.search(r"[\u2014\u2013]|\s-\s", text[sent_start:end]):
        return None
    np_ = _leading_np(text[sent_start:end], lex)
    if not np_ or np_[2] > last[1] - sent_start or re.search(r"['\u2019]s?$", np_[0]) or not _plausible_subject(
            np_[0], lex):
        return None
    verb = _SUBJECT_VERB.match(text, sent_start + np_[2], end)
    if not verb or verb.group(1) in {"which", "who", "whose", "that", "and", "or", "of", "in", "at", "for"}:
        return None
    return np_, verb.span(1)


def _plausible_subject(phrase: str, lex: Lexicon) -> bool:
    """A name, he/she/they or a noun phrase with a role word: someone who can speak."""
    if patterns.PRONOUN.fullmatch(phrase):
        return phrase.lower() in {"he", "she", "they"}
    sp = parse_speaker(phrase, lex)
    return sp.kind in ("person", "organisation") or bool(find_role_words(head_word(phrase), lex.roles))


def _used_as_name(word: str, state: Optional[ArticleState], line: int, lex: Lexicon) -> bool:
    """Is a lone capitalised word a name in this article: a known person, or capitalised somewhere mid-sentence
    ("... said Hardy")? A sentence-initial "Crews" proves nothing."""
    if state is None:
        return False
    if _known_person(Speaker(word, "", word, "person", False, ""), state, line, lex) is not None:
        return True
    return word in state.mid_capitals


def _coordinated(text: str, first: Span, second: Span) -> bool:
    """Two quotations joined by nothing but a comma, "and" or "or": '"A" and "B"'."""
    return first.closed and re.fullmatch(r"[\s,]*(?:and|or)?\s*", text[first.after:second.open]) is not None


def _has_item(items, sentence) -> bool:
    s, e = sentence
    return any(s <= it["content_start"] < e for it in items)


def _trim_quote(text, c0, c1):
    while c0 < c1 and text[c0].isspace():
        c0 += 1
    while c1 > c0 and text[c1 - 1] in " ,\u2014-\t":
        c1 -= 1
    return c0, c1


def _phrase_row(article_id, line, text, span, reason, note):
    c0, c1 = _trim_quote(text, span.start, span.end)
    while c1 > c0 and text[c1 - 1] in ".;:":
        c1 -= 1
    return {"article_id": article_id, "line": line, "text": text[c0:c1], "reason": reason,
            "char_start": c0, "char_end": c1, "note": note}
