"""Who speaks: find direct quotes and reported speech, attribute them to speakers and resolve the speakers.

The step is spread over small modules, in the order they build on each other: speech.py (word lists, quotation
marks, sentences, speaker phrases), subjects.py (the noun phrase next to a cue), reported.py (reported speech
without quotation marks), speakers.py (resolution within an article), sources.py (source type and anonymity),
and this module (direct quotes, non-speech quoted phrases, and extract_quotes, which runs them all).

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
10. Round 5 (direct-quote recall, PolNeAR train only): a quotation of five words or more that is no title, name or
   term is speech when its speaker is in reach -- an earlier quotation of the same paragraph, the reported clause
   holding it, or a name or role phrase opening its sentence (also after an opening phrase closed by a comma) --
   and otherwise stays a quoted phrase: a speaker carried from further away was mostly wrong on train. Inverted
   cues (any past-tense verb after a quotation, '"...!" grinned Lee'; before it only a verb of saying that takes
   no listener, 'But, said Lee, "..."', reported.INVERTED_PARENTHETICAL_LEMMAS), a comma or party label between
   a subject and its cue ('Gov. Ann Lee (R-Ohio), said, "..."'), a continuation after a long appositive, and an
   "as" clause whose appositive holds a quoted title are attributions too.
11. Round 8 (PolNeAR train only): "in reach" also covers a named reported speaker later in the quotation's own
   sentence, a reported speaker or known person of an earlier sentence of the paragraph, a later attributed
   quotation of the paragraph, and, for a quotation opening the paragraph, the previous paragraph's last speaker
   (or its closing colon). Never speech for its length: quoted words after a sign, banner, menu, headline or chant
   noun (patterns.DISPLAYED_TEXT_BEFORE), a headline followed by its byline ('"...," by Ann Lee'), and quotations
   holding markup tags.
Every oddity (unbalanced marks, a speaker carried over from another paragraph) is written to the `note` column.
"""

import bisect
import re
from typing import Optional

import pandas as pd

from analysis import patterns
from analysis.reported import (find_reported, INVERTED_PARENTHETICAL_LEMMAS, MIN_WORDS_CONTENT, _NEAR_BOUNDARY)
from analysis.sources import (classify_source, core_phrase, find_role_words, head_word)
from analysis.speakers import (apply_article_role, ArticleState, collect_mentions, collect_name_candidates, Entity,
                               _known_person, mid_sentence_capitals, _remember, resolve_speaker, sentence_case_words)
from analysis.speech import (find_quote_spans, _first_word, _has_clause_word, _lemma, Lexicon, load_lexicon, np_ok,
                             parse_speaker, QUANTIFIER, Span, Speaker, split_sentences, _strip_adverbs, TIME_ONLY_WORDS,
                             _words)
from analysis.subjects import (_adjunct_only, _clause_subject, _inside_markup, _leading_np, _loose_np,
                               LOOSE_SUBJECT_MAX_WORDS, _mask_abbreviations, not_an_agent, _place_after_place,
                               _relative_antecedent, _speaker_after, _speaker_before_cue, _SUBORDINATORS, WINDOW)

QUOTE_COLUMNS = [
    "quote_id", "article_id", "line", "kind", "text", "speaker", "speaker_name", "role", "source_type",
    "anonymous", "cue", "char_start", "char_end", "cue_lemma", "cue_type", "evidence", "note",
    "speaker_char_start", "speaker_char_end",
]
PHRASE_COLUMNS = ["article_id", "line", "text", "reason", "char_start", "char_end", "note"]
MIN_WORDS_STANDALONE = 4  # a sentence-initial quotation with no attribution must be this long to be speech
MIN_WORDS_PARTIAL = 3  # a quoted fragment inside reported speech makes it "mixed" from this length

# --------------------------------------------------------------------------------------------------------------
# Attributions next to a quotation
# --------------------------------------------------------------------------------------------------------------

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
    manner = lex.direct_verb_regex.search(window, 0, 120)
    if manner and (cue is None or manner.start() < cue.start()):
        cue = manner
    if cue is None and text[span.start:span.end].rstrip()[-1:] in ",!?" and len(_words(text[span.start:span.end])) >= 3:
        # '"What a day for it!" grinned Ann Lee': a past-tense verb between a quotation of three words or more that
        # closes on a comma, "!" or "?" and a speaker is inverted only after speech, whatever the verb.
        verb = _INVERTED_VERB.match(window)
        cue = re.compile(re.escape(verb.group(1))).search(window, verb.start(1)) if verb else None
        if cue and not _speaker_after(text, start + cue.end(), lex):
            cue = None
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


# A lowercase past-tense verb right after a closing mark, before a speaker phrase ('"...!" grinned Ann Lee').
_INVERTED_VERB = re.compile(r"[\s,\u00a0]{0,3}([a-z]{3,}ed)(?=\s+(?:[A-Z]|(?:the|an?|one)\s))")


# What may stand between a manner verb and the quotation it opens: a comma or colon ('Lee shot back, "...').
_OPENING_PUNCT = re.compile(r"\s*[,:]\s*")
# A clause opened by a subordinator or conjunction right before a cue, and its subject ('... as the ferryman ').
_CLAUSE_BEFORE_CUE = re.compile(r"(?<![\w'\u2019-])(?:as|while|when|after|before|until|and|but|"
                                r"(?:to|at|after|upon)\s+which)\s+"
                                r"([^,;:.!?\"\u201c\u201d\s][^,;:.!?\"\u201c\u201d]{0,58}?)\s*$")


def _clause_speaker(clause: re.Match, lex: Lexicon) -> bool:
    """Can the subject of a _CLAUSE_BEFORE_CUE clause speak? After "and"/"but" only a named person ('a clerk
    waved and Lee said', not 'the senator and presidential candidate told'); after a subordinator
    also a phrase opened by an article ('as the ferryman shouted'), not a pronoun or possessive ('after her March
    comment')."""
    phrase, opener = clause.group(1), clause.group(0).split()[0].lower()
    if opener in ("and", "but"):
        sp = parse_speaker(phrase, lex)
        return sp.kind == "person" and bool(sp.name) and phrase[:1].isupper()
    return phrase[:1].isupper() or re.match(r"(?:the|an?)\s", phrase) is not None


def attribution_before(text: str, span: Span, sent_start: int, lex: Lexicon) -> Optional[dict]:
    """Attribution before an opening mark: 'Bakhtiar said that "...', 'X told reporters: "...'."""
    lo = max(sent_start, span.open - WINDOW)
    window = text[lo:span.open]
    cues = list(lex.cue_regex.finditer(window))
    # 'Lee shot back, "..."', '... to which Lee interjected: "..."': a manner verb (quote_direct_verbs.csv) right
    # before the comma or colon that opens the quotation introduces it like a verb of saying.
    manner = next((m for m in lex.direct_verb_regex.finditer(window, max(0, len(window) - 40))
                   if window[m.start() - 1:m.start()] not in ("'", "\u2019") and _OPENING_PUNCT.fullmatch(
                       window, m.end())), None)
    if manner and manner.group(0)[:1].islower() and (not cues or cues[-1].end() <= manner.start()):
        cues.append(manner)
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
        rest = pre[as_clause.end() + np_[2]:] if np_ else ""
        if not np_ or re.fullmatch(r"[\s,]*(?:,[^,]*,\s*)?(?:(?:[a-z]+ly|later|also|once|then|first|earlier|has|had|"
                                   r"have)\s+)*", rest):
            # only when the cue is the clause's own verb: in 'As Lee spoke, the crowd chanted, "..."' the subject
            # of the main clause speaks
            candidates.append(np_[0] if np_ else _strip_adverbs(pre[as_clause.end():].strip()))
    if lo == sent_start:
        subject = patterns.LEADING_ADVERBIAL.sub("", pre, count=1) if patterns.LEADING_ADVERBIAL.match(pre) else pre
        subject = patterns.LEADING_CONJUNCTION.sub("", subject.strip(), count=1)
        candidates.append(_strip_adverbs(subject.strip()))
    # '"...," Lee said as the ferryman shouted: "..."': the subject of a clause that the cue closes.
    clause = _CLAUSE_BEFORE_CUE.search(pre)
    if "," in pre:  # "..., and coincidentally, he said, "..."
        last = _strip_adverbs(pre[pre.rfind(",") + 1:].strip())
        unquoted = last.lstrip("\"'\u201c\u201d ")
        # 'About the "plan," Lee said, "..."': the comma closing a quoted phrase; a name after it is the subject
        # of a cue that introduces this quotation with a comma or colon (a pronoun keeps the phrase as it was: the
        # he/she weights were fitted on its position).
        candidates.append(unquoted if unquoted != last and not patterns.PRONOUN.match(unquoted) and re.search(
            r"[,:]\s*$", between) else last)
    bare = re.sub(r"\s*\([^()]{1,30}\)\s*$", "", pre.rstrip(" ,"))
    if pre.rstrip().endswith(",") and "," in bare and not cue.group(0).lower().endswith("ing"):
        # '..., after the vote, Gov. Ann Lee (R-Ohio), said, "..."': a comma (and a party label) between the
        # subject and its verb.
        candidates.append(_strip_adverbs(bare[bare.rfind(",") + 1:].strip()))
    if clause and _clause_speaker(clause, lex):
        candidates.append(clause.group(1))
    for subject in candidates:
        if subject and np_ok(subject, lex):
            s0 = lo + pre.rindex(subject) if subject in pre else lo
            return {"speaker": subject, "speaker_start": s0, "speaker_end": s0 + len(subject),
                    "cue": cue.group(0), "cue_start": lo + cue.start(), "cue_end": lo + cue.end(), "lemma": lemma}
    opens_sentence = lo == sent_start and not pre.strip()
    if between.strip(" ,:") and (pre.rstrip().endswith(",") or opens_sentence) and \
            lemma in INVERTED_PARENTHETICAL_LEMMAS and (cue.group(0)[:1].islower() or opens_sentence) and \
            not cue.group(0).endswith("ing"):
        # 'Given the way the clerks wrote the rules, explained Lee, "..."', 'But, said Lee, "..."', 'Said Lee, "..."':
        # an inverted cue after a comma or opening the sentence (no subject before it); the speaker stands between
        # the verb and the quotation.
        found = _speaker_after(text, lo + cue.end(), lex)
        if found and re.fullmatch(r"[\s,:]*", text[found[2]:span.open]) and (
                found[0][:1].isupper() or re.match(r"(?:an?|the)\s", found[0])):
            return {"speaker": found[0], "speaker_start": found[1], "speaker_end": found[2], "cue": cue.group(0),
                    "cue_start": lo + cue.start(), "cue_end": lo + cue.end(), "lemma": lemma}
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
        return False  # 'Lee cannot claim that "...," Li added': a negated cue says nothing; the words are Li's
    gap = text[cues[-1].end():span.open]
    return len(_words(gap)) <= 4 and not re.search(r"[,;:.!?\"\u201c\u201d]", gap)


def _ends_clause(text: str, span: Span) -> bool:
    """'In this town, "nobody ever locks the door," said Hardy': a quotation closed by a comma hands over to what
    follows it (an attribution), wherever it stands in the sentence."""
    if not span.closed:
        return False
    # the comma may stand before a nested quotation's closing mark ('"... say 'I'm ready,'" Lee said')
    return text[span.start:span.end].rstrip().rstrip("'\u2019").rstrip().endswith(",") or text[
        span.after:span.after + 2].lstrip().startswith(",")


_NAME_BEFORE_COLON = re.compile(r"(?<![\w'\u2019.-])((?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*)"
                                r"\s*:\s*$")
# A preposition among the four words before such a name makes it an addressee, a place or a medium ('a letter to
# the mayor Ann Lee:', 'on Twitter:', 'in Italian:', 'by the Herald's Ann Lee:').
# Prepositions: before a name they make it a place, a medium or an addressee ('a letter to Ann Lee:', 'on
# Twitter:'), and a phrase opening with one names no speaker ('in a statement', 'for local pundits').
_PREPOSITIONS = frozenset({"to", "for", "with", "by", "of", "about", "on", "in", "at", "from", "into", "via", "toward",
                           "towards", "against", "according", "among", "amid", "during", "despite", "unlike",
                           "alongside"})


def _continues_previous(text: str, prev: Span, span: Span) -> bool:
    """Does the quotation follow an attributed quotation with nothing between but that quotation's attribution
    ('"...," Lee said. "..."', 'Lee said: "..." "..."')?"""
    if not (prev.speech and prev.attribution and prev.closed):
        return False
    end = max(prev.after, prev.attribution["cue_end"], prev.attribution["speaker_end"])
    return end <= span.open and re.fullmatch(r"[^.;!?\"\u201c\u201d]{0,60}[.!?]?\s*", text[end:span.open]) is not None


def _cue_opens_clause(text: str, span: Span, attr: dict, sent_end: int) -> bool:
    """'"We will win." Lee said the vote was close.': after a quotation closed by a full stop, a subject and its
    verb of saying followed by a clause report that clause too, so the cue stays free for the reported-speech
    finder (the quotation keeps the speaker). Not when only adjuncts follow ('Lee said Tuesday.', 'Lee said in a
    statement.', subjects._adjunct_only) or the verb comes first ('said Lee')."""
    if text[span.close - 1:span.close] != "." or not span.close < attr["speaker_start"] < attr["cue_start"]:
        return False
    return sent_end > attr["cue_end"] and not _adjunct_only(text[attr["cue_end"]:sent_end], attr["lemma"] or "say")


# A summary line, a spaced dash and the source before the colon: "Turnout was high - Ann Lee:", "... — More from
# the report:". The source is at most eight words with no further dash.
_DASH_LEAD_IN = re.compile(r"\s[-\u2013\u2014]{1,2}\s+(?:(?:[Mm]ore|[Aa]lso)\s+)?(?:[Ff]rom\s+)?"
                           r"([^\s\-\u2013\u2014:][^\-\u2013\u2014:;.!?]{0,80}?)\s*:\s*$")
# "From Lee's statement:", "More from the report:": the whole lead-in names the source after "from".
# An opening word or two and a comma before an as-clause ("Still, as ...", "But then, as ...").
_OPENER_THEN_AS = re.compile(r"[A-Z][\w'\u2019]*(?:\s+[a-z]+){0,2},\s+(?:as|like)\s+")
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


_LEADING_SPACE = re.compile(r"\s*")


# The verb that closes an "as" clause introducing a quotation ('As Lee put it,', 'as Lee said:').
_AS_PUT_IT = re.compile(r"(?<![\w'\u2019-])(?:put|puts|said|says|wrote|writes|noted|notes|observed|explained)"
                        r"(?:\s+it)?\s*[,:]\s*$")


# A passive verb of asking and its agent ('was asked by', 'were pressed on the plan by').
_ASKED_BY = re.compile(r"(?<![\w'\u2019-])(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?(?:asked|questioned|pressed|"
                       r"challenged|interrupted)(?:\s+[^,;:.!?\"\u201c\u201d]{1,40}?)?\s+by\s+")
# Between the agent and the quotation: the comma or colon, or a relative clause set off by commas.
_ASKED_BY_GAP = re.compile(r"\s*(?:,\s*(?:who|whom)\s[^,;:.!?\"\u201c\u201d]{1,80},)?\s*[,:]?\s*")


def attribution_colon(text: str, span: Span, sent_start: int, lex: Lexicon) -> Optional[dict]:
    """'Lee gave a short answer: "Nobody here ..."': a full quoted sentence after a colon is the words of the
    sentence's subject, whatever the verb. The subject must be a name or speaker noun phrase (not "It").

    A comma does the same when the quotation is a whole sentence that ends the sentence ('Mayor Lee shot back,
    "We will not close the library this year."')."""
    if span.open - sent_start > WINDOW:
        return None
    before = text[sent_start:span.open]
    # The paragraph opens with this sentence (only space before it): found without copying the text before it,
    # which for every quotation of a long paragraph would grow with the paragraph.
    lead = _name_lead_in(before, lex) if _LEADING_SPACE.match(text).end() >= sent_start else None
    if lead:
        # 'Ann Lee, 45, Dayton \u2014 "..."': a paragraph that opens with a name line and a dash (a vox-pop item
        # whose name was set in bold) quotes that person.
        dash = sent_start + len(before.rstrip()) - 1
        return {"speaker": lead[0], "speaker_start": sent_start + lead[1], "speaker_end": sent_start + lead[2],
                "cue": "", "cue_start": dash, "cue_end": dash + 1, "lemma": ""}
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
        phrase, p0 = dash.group(1), sent_start + dash.start(1)
        clause = _quote_subject(text, p0, colon, lex) if dash.re is _DASH_LEAD_IN else None
        if clause and clause[0][1] == 0:
            # '... — twice! — Lee took them to task:': a clause after the dash; its subject speaks.
            phrase = clause[0][0]
        return {"speaker": phrase, "speaker_start": p0, "speaker_end": p0 + len(phrase), "cue": "",
                "cue_start": colon, "cue_end": colon + 1, "lemma": ""}
    as_clause = re.match(r"(?:As|Like|(?:Or|And|But|So),?\s+(?:as|like))\s+", before)
    opener = None if as_clause else _OPENER_THEN_AS.match(before)
    if opener:
        # 'Still, as Ann Lee of the Courier noted, ...:': an as-clause with a verb of saying after an
        # opening word; its subject (the noun phrase before the verb) speaks.
        comma = before.find(",", opener.end())
        cue = lex.cue_regex.search(before, opener.end(), comma if comma > 0 else len(before))
        np_ = _leading_np(before[opener.end():cue.start()], lex) if cue and not cue.group(0)[:1].isupper() else None
        if np_ and not patterns.PRONOUN.match(np_[0]):
            at = sent_start + opener.end() + np_[1]
            return {"speaker": np_[0], "speaker_start": at, "speaker_end": at + len(np_[0]), "cue": cue.group(0),
                    "cue_start": sent_start + cue.start(), "cue_end": sent_start + cue.end(), "lemma": _lemma(
                        cue.group(0), lex)}
    if as_clause:
        # 'As Tom Hardy, a historian, put it, "..."' (also after a conjunction: 'Or, as Tom Hardy put it: "..."'):
        # the subject of the "as" clause is the speaker.
        found = _quote_subject(text, sent_start + as_clause.end(), span.open, lex)
        np_ = (found[0][0], found[0][1] + as_clause.end(), found[0][2] + as_clause.end()) if found else None
        if np_ is None and _AS_PUT_IT.search(before):
            # 'As Bo Hardy, professor of law and author of "The Ferry," put it, "..."': an appositive holding
            # a title hides the verb from _quote_subject; the noun phrase after "as" speaks.
            lead = _leading_np(before[as_clause.end():], lex)
            np_ = (lead[0], lead[1] + as_clause.end(), lead[2] + as_clause.end()) if lead else None
    else:
        np_ = None
        asked = _ASKED_BY.search(before)
        found = _speaker_after(text, sent_start + asked.end(), lex) if asked else None
        if found and _ASKED_BY_GAP.fullmatch(text, found[2], span.open) and not patterns.PRONOUN.match(found[0]):
            # 'Lee was asked by host Bo Chan, who backs him, "..."': the asker named after "by" speaks the
            # question, not the sentence's subject.
            np_ = (found[0], found[1] - sent_start, found[2] - sent_start)
        np_ = np_ or _leading_np(before, lex)
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

_CUE_DETERMINER = re.compile(r"(?<![\w'\u2019-])(?:the|an?)\s+$", re.IGNORECASE)


def _no_term_cue(text: str, span: Span, sent_end: int) -> bool:
    """A scare quote, or a short noun compound classify_phrase calls a term only for its form ('This is a "raw
    deal," said Lee'), with no title or term cue before it, also before a determiner ('known as "old tub,"',
    'known as the "old tub,"'), and no quotation after it in its sentence, which the cue after it would introduce
    ('Asked about the "steady hand," Lee said, "...')."""
    reason = classify_phrase(text, span)
    if reason == "term" and any(w[:1].isupper() for w in _words(text[span.start:span.end])):
        return False  # 'publish "Ferry Tales," a memoir': a capitalised title before its appositive
    if reason == "term" and span.closed and patterns.QUOTE_MARK.search(text, span.after, max(span.after, sent_end)):
        return False
    # the cue may stand before a determiner of the quoted noun phrase: 'known as the "old tub," Hardy said'
    before = _CUE_DETERMINER.sub("", text[max(0, span.open - 40):span.open])
    return reason == "scare" or reason == "term" and not patterns.TERM_CUE_BEFORE.search(
        before) and not patterns.TITLE_CUE_BEFORE.search(before)


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
        name_lines = _name_line_layout(rows, state, lex)
        for (line, text), offset in zip(rows, state.paragraph_offsets):
            state.offset = offset
            name_line = name_lines.get(line)
            if _sign_off(text, prev_q, state, line, lex, name_line[1] if name_line and name_line[0] == "previous"
                         else None):
                prev_q = []
                continue
            q, p = _process_paragraph(int(article_id), line, text, state, lex)
            if name_line and name_line[0] == "next" and state.colon_speaker is None:
                ent, _ = resolve_speaker(name_line[1], state, line, text, lex, pos=0)
                if ent is not None and ent.kind == "person":
                    _remember(ent, state)
                    state.colon_speaker = ent
                    state.colon_note = "speaker from the name line before the quote's paragraph"
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


def _sign_off(text: str, prev_quotes: list, state: ArticleState, line: int, lex: Lexicon,
              name_line: Optional[Speaker] = None) -> bool:
    """A paragraph that is only a dash and a name ("\u2014 Ann Lee, Dayton.") signs the quotation of the paragraph
    before it; so does a bare name line (`name_line`, its parsed name) in an article whose name lines follow the
    quotations they sign (_name_line_layout). When that paragraph's direct quotes found no speaker of their own
    (carried from an earlier paragraph, or none), they take this name; the name is remembered like any speaker.
    True when it did so."""
    m = _SIGN_OFF.match(text) if name_line is None else None
    targets = [q for q in prev_quotes if q["kind"] == "direct" and q["speaker_char_start"] < 0 and (
        "carried from an earlier paragraph" in q["note"] or "no speaker found" in q["note"])]
    if name_line is not None:
        sp, at = name_line, len(text) - len(text.lstrip())
    elif not m or not parse_speaker(m.group(1), lex).name:
        return False
    else:
        name = m.group(1)[:-1] if m.group(1).endswith(".") and len(m.group(1).split()[-1]) > 3 else m.group(1)
        sp, at = parse_speaker(name, lex), m.start(1)
    if not targets:
        return False
    ent, note = resolve_speaker(sp, state, line, text, lex, pos=at)
    if ent is None or ent.kind != "person":
        return False
    _remember(ent, state)
    for q in targets:
        q.update({"speaker": sp.written, "speaker_name": ent.name, "role": ent.role, "source_type": ent.source_type,
                  "anonymous": bool(ent.anonymous), "evidence": ent.evidence,
                  "note": "; ".join(x for x in [n for n in q["note"].split("; ") if "carried from" not in n
                                                and n != "no speaker found"] + ["speaker signs off in the next paragraph"] if x)})
    return True


# A paragraph that is only a person's name, with at most an age, a description and a place after commas and a
# colon, full stop or dash at the end ("Ann Lee, 45, a nurse from Dayton, Ohio"): the name line of a vox-pop or
# round-up.
_NAME_LINE = re.compile(r"\s*((?:[A-Z][\w'\u2019.-]*\s+){1,3}[A-Z][\w'\u2019-]*)"
                        r"((?:\s*,[^,\n\"\u201c\u201d:;!?\u2014\u2013]{1,60}){0,4})\s*[:.\u2014\u2013]?\s*")
_MAX_NAME_LINE_WORDS = 15


def _name_line(text: str, state: ArticleState, lex: Lexicon) -> Optional[Speaker]:
    """The parsed name of a name line (see _NAME_LINE), or None: a person's name of two to four words (written in
    capitals or not), none of them a word the article writes in lowercase, and no verb of saying on the line."""
    m, name = _match_name_line(text, lex)
    if name is None or any(w in state.ordinary for w in name.split()):
        return None
    sp = parse_speaker(name + m.group(2), lex)
    if sp.kind != "person" or len(sp.name.split()) < 2:
        return None
    return sp


def _match_name_line(line: str, lex: Lexicon) -> tuple:
    """(the _NAME_LINE match, its name by _name_line_name) for a short line with no verb of saying that is only a
    name line; (None, None) otherwise. Shared by a paragraph that is a name line and a name line before a dash."""
    m = _NAME_LINE.fullmatch(line)
    if not m or len(_words(line)) > _MAX_NAME_LINE_WORDS or lex.cue_regex.search(line):
        return None, None
    return m, _name_line_name(m, lex)


def _name_line_name(m: re.Match, lex: Lexicon) -> Optional[str]:
    """The name of a _NAME_LINE match, title-cased when written in capitals. A line in capitals is more often a
    section label ("TRAFFIC WATCH."): there the name must open with a known given name or carry an appositive."""
    name = m.group(1)
    if not name.isupper():
        return name
    name = name.title()
    return name if m.group(2).strip(" ,") or name.split()[0] in lex.first_names else None


def _name_lead_in(before: str, lex: Lexicon) -> Optional[tuple]:
    """(name, start, end) when `before` (a paragraph's words before its first quotation) is a name line ending with
    a dash ('Ann Lee, 45, a nurse \u2014 '), else None."""
    stripped = before.rstrip()
    if not stripped.endswith(("\u2014", "\u2013", " -")):
        return None
    m, name = _match_name_line(stripped.rstrip("\u2014\u2013- "), lex)
    sp = parse_speaker(name, lex) if name else None
    if sp is None or sp.kind != "person" or len(sp.name.split()) < 2:
        return None
    return m.group(1), m.start(1), m.end(1)


def _name_line_layout(rows: list, state: ArticleState, lex: Lexicon) -> dict:
    """Vox-pop and round-up layouts: each person's quoted words are a paragraph of their own, named by a line
    that holds only the name ("Ann Lee, 45, a nurse from Dayton"), either before the words (the line names the
    quotation that opens the next paragraph) or after them (it signs the quotation before it).

    Which one the article uses is read from the name lines next to a paragraph that opens with a quotation mark:
    one with such a paragraph after it only reads forward, one with such a paragraph before it only reads
    backward (those in the middle of a run have both); the majority decides, forward on a tie. At least two name
    lines must sit next to quotations: a single short line of names is more often something else. Returns
    {line: ("next" | "previous", parsed name)} for the name lines whose quotation is on that side."""
    names = {}
    for i, (line, text) in enumerate(rows):
        if text.strip() and not patterns.QUOTE_MARK.search(text):
            sp = _name_line(text, state, lex)
            if sp is not None:
                names[i] = sp
    if len(names) < 2:
        return {}

    def opens_quote(i):
        return 0 <= i < len(rows) and patterns.QUOTE_MARK.match(rows[i][1].lstrip()) is not None

    sides = {i: (opens_quote(i - 1), opens_quote(i + 1)) for i in names}
    sides = {i: s for i, s in sides.items() if any(s)}
    if len(sides) < 2:
        return {}
    backward = sum(1 for before, after in sides.values() if before and not after)
    forward = sum(1 for before, after in sides.values() if after and not before)
    direction = "previous" if backward > forward else "next"
    return {rows[i][0]: (direction, names[i]) for i, (before, after) in sides.items()
            if (before if direction == "previous" else after)}


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
    for m in lex.direct_verb_regex.finditer(body):
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


def _reported_holding(span: Span, items: list) -> list:
    """The reported-speech items with a speaker whose content holds the quotation (a character of slack at either
    end for its marks): that speaker spoke it."""
    return [it for it in items if it["kind"] in ("indirect", "mixed") and it.get("speaker_start", -1) >= 0
            and it["content_start"] <= span.start + 1 and it["content_end"] >= span.end - 1]


_ADVERB_GAP = re.compile(r"\s*(?:[a-z]+ly\s+)?")


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
    colon_note, state.colon_note = state.colon_note, ""
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
            _ends_clause(text, span) and _no_term_cue(text, span, e)
            and not _object_of_cue_before(text, span, s, lex)) else None
        if attr and k > 0 and _continues_previous(text, spans[k - 1], span) and _cue_opens_clause(
                text, span, attr, sentence_of(attr["cue_end"])[1]):
            # '"...," Lee said. "And the clerks, too." The board said fares would rise.': a verb of saying with
            # its own clause after a quotation that follows another speaker's reports that clause only; the
            # quotation continues the speaker before it.
            attr = None
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
            if prev_attr["cue_start"] > spans[k - 1].close and re.fullmatch(r"[^.;!?\"\u201c\u201d]{0,200}[,:]\s*", gap):
                span.speech = True
        if attr and _not_a_speaker(attr["speaker"], state, lex):
            # 'Adding, "..."', 'Signs of a shift were there - more from Lee: "..."': the words found in the
            # subject's place name nobody; the quotation is still speech, its speaker is found as for any
            # unattributed quotation.
            span.speech, attr = True, None
        if attr:
            span.speech, span.attribution = True, attr
            if not _cue_opens_clause(text, span, attr, sentence_of(attr["cue_end"])[1]):
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
            partial = [sp for sp in inside if _is_partial_quote(text, sp)] or _mostly_quoted(
                text, it, inside) or _governed_fragment(text, it, inside, lex)
            for sp in partial:
                sp.absorbed = True
            # '"We are glad" about the vote, said Lee': a clause that holds a quotation attributed on its own is
            # also a reported clause with a partial quote.
            # Not under a negated cue ('Lee cannot claim that "...," Hardy added'): it says nothing.
            quoting = partial or any(sp.speech and sp.open >= it["content_start"] - 1 for sp in spans[lo_i:hi_i]
                                     if sp.end <= it["content_end"] + 1) and not _NEGATED_BEFORE.search(
                text, max(0, it.get("cue_start", 0) - 20), max(0, it.get("cue_start", 0)))
            items.append({**it, "kind": "mixed" if quoting else "indirect", "span": None})
        prev = (s, e)

    # A quotation introduced by a verb of saying whose subject no attribution rule found: the subject of the
    # verb's clause speaks it, unless a reported clause already holds it (its speaker is used below).
    for span in spans:
        fallback = span.fallback
        if not span.speech or span.attribution or not fallback:
            continue
        if _reported_holding(span, items):
            continue
        span.attribution = fallback
        items.append({"kind": "direct", "span": span, **fallback, "content_start": span.start,
                      "content_end": span.end})

    # 'Smith called the plan "reckless"': a fragment quoted after a speech-act verb whose subject is the
    # sentence's subject is that subject's words (a partial quote), not a scare quote.
    for k, span in enumerate(spans):
        if span.speech or span.absorbed or not span.closed:
            continue
        if k and spans[k - 1].absorbed and _coordinated(text, spans[k - 1], span) and items and items[-1].get(
                "kind") == "mixed" and spans[k - 1].start < items[-1]["content_end"] <= spans[k - 1].after:
            # 'Lee called the plan "reckless" and "cruel"': a fragment coordinated with a partial quote joins it
            # (keeping both quotation marks when the first kept its own), also when the first reads as a term
            # ('called the plan a "sinking ship" and "waste of good timber"').
            span.absorbed = True
            if items[-1]["content_end"] < spans[k - 1].after:
                items[-1]["content_start"] = min(items[-1]["content_start"], spans[k - 1].open)
            items[-1]["content_end"] = span.after
            continue
        if k and _coordinated(text, spans[k - 1], span) and classify_phrase(text, spans[k - 1]) in ("term", "title"):
            continue  # 'known as "A" and "B"': the second shares the cue of the first
        partial = speech_act_partial(text, span, sentence_of(span.open)[0], lex, state, line)
        if partial and items and items[-1].get("kind") == "mixed" and items[-1]["cue_start"] == partial[
                "cue_start"] and items[-1]["speaker_start"] == partial["speaker_start"] and not re.search(
                r"[;:]", text[items[-1]["content_end"]:partial["content_start"]]) and not lex.cue_regex.search(
                text, items[-1]["content_end"], partial["content_start"]):
            # 'Lee conceded "a few errors" in which the clerks may have "skipped checks"': fragments of one verb and
            # one subject are one clause (unless another verb of saying stands between: 'when asked to "..."').
            span.absorbed = True
            i = bisect.bisect_right(span_starts, items[-1]["content_start"], 0, k) - 1
            if i >= 0 and items[-1]["content_start"] < spans[i].after:  # the clause keeps both quotation marks
                items[-1]["content_start"] = min(items[-1]["content_start"], spans[i].open)
            items[-1]["content_end"] = span.after if span.closed else partial["content_end"]
        elif partial:
            span.absorbed = True
            items.append(partial)

    # 'The ad ends on a warning: "...", 'in Lee's words, "..."': a quotation of a whole clause's length that is no
    # title, name or term is somebody's words even when no rule above found who spoke them.
    for k, span in enumerate(spans):
        if span.speech or span.absorbed or not _long_quotation(text, span) or k and _coordinated(
                text, spans[k - 1], span) and classify_phrase(text, spans[k - 1]) in ("term", "title"):
            continue  # 'known as "A" and "B"': the second shares the term cue of the first
        span.speech, span.long_quote = True, True
        span.note = "; ".join(x for x in (span.note, "long quotation without an attribution next to it") if x)
        if any(sp.speech for sp in spans[:k]) or _reported_holding(span, items):
            continue  # an earlier quotation of the paragraph or the reported clause holding it gives the speaker
        s0 = sentence_of(span.open)[0]
        found = _long_quote_subject(text, s0, span.open, state, lex, line)
        if found:
            np_, (v0, v1) = found
            span.attribution = {"speaker": np_[0], "speaker_start": s0 + np_[1], "speaker_end": s0 + np_[2],
                                "cue": text[v0:v1], "cue_start": v0, "cue_end": v1, "lemma": ""}
            items.append({"kind": "direct", "span": span, **span.attribution, "content_start": span.start,
                          "content_end": span.end})

    # A known person who is the subject of a sentence without speech is still the likely "he" of the next one
    # ("Xi lauded ... He urged the province ...").
    mentions = []
    for s, e in sentences:
        if any(s <= it["speaker_start"] < e for it in items):
            continue
        np_ = _leading_np(text[s:min(e, s + 2 * WINDOW)], lex)
        if np_:
            gap = _ADVERB_GAP.match(text, s + np_[2])
            mentions.append({"kind": "mention", "speaker": np_[0], "speaker_start": s + np_[1],
                             "content_start": s + np_[1], "speaks": bool(
                                 lex.cue_regex.match(text, gap.end()) or lex.direct_verb_regex.match(text, gap.end()))})

    # Resolve speakers in order of where the speaker is mentioned.
    items.sort(key=lambda it: (it["speaker_start"], it["content_start"]))
    for mention in mentions:
        parsed = parse_speaker(mention["speaker"], lex)
        ent = _known_person(parsed, state, line, lex)
        if ent is None and mention["speaks"] and parsed.kind == "person" and parsed.name and not any(
                it["kind"] == "direct" for it in items):
            # 'Ann Lee agreed. "..."', 'Lee continued his remarks. "..."': a named subject whose verb is one of
            # saying (with nothing reported after it) speaks the quotation that follows, as a known person would.
            ent, _ = resolve_speaker(parsed, state, line, text, lex, pos=mention["speaker_start"])
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
    # "Lee continued:" ending the previous paragraph speaks the quote that opens this one (also after stray empty
    # marks: '"“If I ...').
    empty = set(empty_marks)
    opening = next((sp for sp in spans if sp.open not in empty), None)
    first_speech = opening if opening is not None and opening.speech and (
        opening.open <= 1 or not patterns.QUOTE_MARK.sub("", text[:opening.open]).strip()) else None
    for span in spans:
        if not span.speech or span.attribution:
            continue
        before = [it for it in direct_items if it["span"].open < span.open]
        after = [it for it in direct_items if it["span"].open > span.open]
        note = span.note
        # '"The board has no view," the ruling said of the case': the reported-speech finder read the quotation
        # as the content of a cue later in the sentence; that cue's speaker spoke it.
        # Not when that speaker stands after "told": there it is the listener ('"...," she told reporters').
        covering = [it for it in _reported_holding(span, rows)
                    if not (it.get("lemma") == "tell" and it["speaker_start"] > it.get("cue_start", -1))]
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
        # 'The ferry is "a lot of money to run" in Lee's view, and she added that ...': a long quotation with no
        # cue of its own takes the (named) speaker of a reported clause later in its sentence.
        later = [it for it in rows if it["kind"] in ("indirect", "mixed") and it["entity"] is not None
                 and it["entity"].name[:1].isupper() and span.after <= it["speaker_start"] < sentence_of(span.open)[1]
                 ] if span.long_quote and span.closed else []
        if before:
            src = before[-1]
            ent = src["entity"]
            extra = "speaker carried from the previous quote in the paragraph"
        elif later:
            src = min(later, key=lambda it: it["speaker_start"])
            ent = src["entity"]
            extra = "speaker of a reported clause later in the sentence"
        elif span.long_quote and not (earlier or after or (
                span is first_speech and (colon_speaker is not None or state.prev_para_speaker is not None))):
            # A long quotation with no cue of its own is speech only when its speaker is in reach: a quotation or
            # a reported speaker (or known person) of the same paragraph, or, for a quotation opening the
            # paragraph, the last speaker of the paragraph before. Otherwise it stays a quoted phrase (a speaker
            # carried from further away is mostly someone else: the headline it excerpts, a document, a crowd).
            span.speech = False
            continue
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
            extra = colon_note or "speaker from the colon ending the previous paragraph"
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
            # each part once: a span's own note also opens the note its attribution carries
            "note": "; ".join(dict.fromkeys(part for n in notes if n for part in n.split("; "))),
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
    quotation mark, a cue that is not negated (their own attribution) or end with a colon ('Lee put it this way:
    "..."') or a comma (an adverbial lead: 'In this town, "..."')."""
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
        # A negated verb of saying in the lead says nothing ('Lee cannot say that "...," Hardy added'): the lead
        # is still the speaker's own words.
        if len(_words(lead)) < MIN_WORDS_CONTENT or patterns.QUOTE_MARK.search(lead) or lead.rstrip().endswith(
                (":", "—", "-", ",")) or any(not _NEGATED_BEFORE.search(lead, max(0, c.start() - 20), c.start())
                                             for c in lex.cue_regex.finditer(lead)):
            continue
        out.append({**a, "kind": "mixed", "span": None, "content_start": s, "content_end": sp.after,
                    "note": "unquoted words before the quotation are the speaker's too"})
    return out


_DETERMINER_END = re.compile(r"(?<![\w'\u2019-])(?:the|these|those|this|that|a|an|his|her|its|their|our|my|your)\s+$",
                             re.IGNORECASE)


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
    if attr is None:
        # 'After the clerks laughed at the plan — twice! — Lee took them to task:': the subject of the
        # last clause with a finite verb before the colon.
        found = _quote_subject(text, s, end - 1, lex)
        # Not a capitalised modifier of a noun read as a verb ('these Dayton threats against ...').
        if found and not patterns.PRONOUN.match(found[0][0]) and not _DETERMINER_END.search(
                text, max(s, s + found[0][1] - 12), s + found[0][1]):
            attr = {"speaker": found[0][0], "speaker_start": s + found[0][1], "lemma": ""}
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


# 'Lee dismissed the plan as "a stunt"', 'Hardy has portrayed herself as an "outsider"': a verb of judging whose
# object is named "as" the quotation calls it that, like "described ... as". Not 'such as', and no comma between
# the verb and "as": 'criticized the law, known as "..."' names the law, not Lee's judgement of it.
# Stems of the verbs of judging both patterns below read, each with an optional ending (e, es, ed, s, ing).
_JUDGING_STEMS = r"dismiss|denounc|hail|prais|derid|condemn|lambast|slamm?|blast|critici[sz]"
_JUDGED_AS_BEFORE = re.compile(
    r"(?<![\w-])((?:" + _JUDGING_STEMS + r"|characteri[sz]|portray|paint|tout|sum\w*\s+up|brush\w*\s+off)"
    r"(?:e|es|ed|s|ing)?)(?![\w-])"
    r"[^.,;:!?\"\u201c\u201d\n]{0,60}?(?<!such)\s+as\s+(?:(?:an?|the|being|his|her|its|their)\s+)?$", re.IGNORECASE)

# 'Lee denounced "toll roads"', 'Lee slammed the ferry firm over its "sloppy timetables"', 'Lee accused the
# clerks of "idling"', 'praised her "steady hand"': a verb of judging or blaming whose object (at most 50 characters, no clause
# word or verb of saying) leads to the quotation; the fragment is the judge's words. ("as" after the object is
# _JUDGED_AS_BEFORE.)
_JUDGED_BEFORE = re.compile(
    r"(?<![\w-])((?:" + _JUDGING_STEMS + r"|mock|accus|thank)(?:e|es|ed|s|ing)?|decr(?:y|ies|ied|ying))"
    r"(?![\w-])[^.,;:!?\"\u201c\u201d\n]{0,50}$", re.IGNORECASE)
# 'Ann Lee, accused of "waste," resigned', 'Lee, hailed as "a hero"', 'Lee, criticized in May for': a past
# participle after a comma whose next word (an adverb aside) is a preposition is a reduced passive: the noun before
# the comma is the one judged, not the judge ('The mayor, Ann Lee, slammed the plan as' has its object).
_REDUCED_PASSIVE_BEFORE = re.compile(r",\s*(?:(?:[a-z]+ly|long|often|once|widely|much|also)\s+)?$")
_REDUCED_PASSIVE_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:of|for|by|as|in|on|at|over)(?![\w-])", re.IGNORECASE)
_JUDGED_TAIL_NOT = re.compile(r"(?<![\w-])(?:that|who|which|and|but|when|while|because|as|like)(?![\w-])",
                              re.IGNORECASE)


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
    judged = _JUDGED_AS_BEFORE.search(text, lo, span.open)
    if judged is None:
        # 'Lee slammed the ferry firm over its "sloppy timetables"': no clause and no verb of saying between; a
        # title or name is what is judged, not the judge's words ('praised the musical "Tide Clock"'), and so is
        # a thing named by "the" and its label ('denounced the "four pillars" of the plan': the plan's words)
        judged = _JUDGED_BEFORE.search(text, lo, span.open)
        if judged and (_JUDGED_TAIL_NOT.search(text, judged.end(1), span.open) or lex.cue_regex.search(
                text, judged.end(1), span.open) or re.search(r"(?<![\w-])the\s+$", text[judged.end(1):span.open],
                                                             re.IGNORECASE) or classify_phrase(text, span) in (
                "title", "name")):
            judged = None
    if judged and (m is None or judged.start(1) > m.start(1)):
        m = judged  # 'Lee dismissed the plan as "a stunt"', 'Lee accused the board of "bad faith"'
    if m and not m.group(1).lower().endswith("ing") and (_PASSIVE_BEFORE.search(
            text, max(sent_start, m.start() - 40), m.start()) or (
            m.group(1).lower().endswith("ed") and _REDUCED_PASSIVE_BEFORE.search(
                text, max(sent_start, m.start(1) - 20), m.start(1)) and _REDUCED_PASSIVE_AFTER.match(text, m.end(1)))):
        # 'the plan was called "..."', 'Lee, accused of "...",': the subject of a passive is what is named, not who
        # names it
        return None
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
        participle = m.group(1).lower().endswith("ing") and re.search(r",[\"'\u201d\u2019]*$", between.rstrip())
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
            if between.strip() and not participle and _strip_adverbs(" " + between.rstrip()).strip(" ,") and not (
                    m.group(1).lower().endswith(("ed", "s")) and _PLACE_OR_TIME.fullmatch(between)
                    and not _verb_of_saying_in(between, lex) and _plausible_subject(np_[0], lex)):
                # (a verb of saying in the phrase opens another clause: "Lee on Monday said Hardy called ...")
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
            absolute = patterns.ABSOLUTE_SUBJECT.search(text, max(sent_start, m.start(1) - 80), m.start(1))
            if np_ is None and absolute and m.group(1).lower().endswith("ing") and np_ok(absolute.group(1), lex):
                # '... - Lee saying she was pleased and Chan calling it "a good day"': a name right before the
                # participle, after a dash, comma, "and" or "with", is its subject.
                np_ = (absolute.group(1), absolute.start(1) - sent_start, absolute.end(1) - sent_start)
            if np_ is None and found and m.group(1).lower().endswith("ing") and _PARTICIPLE_AFTER.fullmatch(
                    text, found[1][1], m.start(1)) and not _OTHER_CLAUSE.search(text, found[1][1], m.start(1)):
                # 'Lee spoke on Monday, calling the plan "..."', 'Lee replied by calling it "...": a participle
                # after a comma or "by" takes the subject of the clause it follows.
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


_RELATIVE_WORD = re.compile(r"(?<![\w'\u2019-])(?:what|which|whom|who|that)\s")
# 'who Lee on Monday called': a time phrase after the relative clause's subject is not part of it.
_TIME_AFTER_SUBJECT = sorted(TIME_ONLY_WORDS - set(patterns.WEEKDAYS) | {"on", "month", "year"}) + [
    day.capitalize() for day in patterns.WEEKDAYS]
_TRAILING_TIME = re.compile(r"(?:\s+(?:" + "|".join(_TIME_AFTER_SUBJECT) + r"))+$")
# Adverbs and auxiliaries that may stand between a subject (or a conjunction) and its verb.
_AUX_WORDS = r"[a-z]+ly|also|once|then|even|has|have|had|would|will|did|does|do"
_AUX_BEFORE = r"(?:\s+(?:" + _AUX_WORDS + r"|each|both))*\s*$"
# 'what Lee called', 'a plan that Lee, the mayor, called', 'Hardy, who Lee on Monday called': the subject of a
# relative clause whose object the quotation names ("who" before a subject, not before its verb).
_WHAT_SUBJECT = re.compile(r"(?<![\w'\u2019-])(?:what|which|whom|who|that)\s+([^;:.!?\"\u201c\u201d]{1,100}?),?"
                           + _AUX_BEFORE)
# Longest stretch between a subject and its speech-act verb worth testing for a parenthetical (at most about a
# hundred characters between its commas) or a run of adverbs and auxiliaries.
_MAX_GAP = 400
_PARENTHETICAL = re.compile(r"\s*,[^,;:.!?\"\u201c\u201d]{1,100},(?:\s+(?:[a-z]+ly|also|once|then|later))*\s*")
_WHO_BEFORE = re.compile(r",?\s+who" + _AUX_BEFORE)
_SHARED_SUBJECT = re.compile(r"[^,;:.!?]{0,120}?(?<=\s)(?:and|but|(?:went|goes|go|gone|going)\s+on\s+to|"
                             r"continued\s+to|continues\s+to)" + _AUX_BEFORE)


# 'Lee in her speech called', 'Lee on Monday again described': one short phrase of place or time between a
# subject and its verb.
_PLACE_OR_TIME = re.compile(r"\s+(?:in|on|at|during|after|before|from)\s+(?:[\w'\u2019-]+\s+){1,4}(?:(?:[a-z]+ly|also|"
                            r"again|has|have|had|once|then)\s+)*")
# What stands between a clause's verb and a participle that shares its subject: '... on Monday, calling',
# '... by calling' (a closing quotation mark may precede the comma: 'on "Morning Talk," calling').
_PARTICIPLE_AFTER = re.compile(r"[^.;:!?]{0,120}?(?:,[\"'\u201d\u2019]*|\sby)(?:\s+[a-z]+ly)?\s+")
# A word that opens another clause, whose subject would be someone else.
_OTHER_CLAUSE = re.compile(r"(?<![\w-])(?:who|which|whom|whose|when|while|because|if|and|but)(?![\w-])")
_SHARED_VERB = re.compile(r"[^,;:.!?\"\u201c\u201d]{0,120}?\s(?:and|but)" + _AUX_BEFORE)


def _verb_of_saying_in(phrase: str, lex: Lexicon) -> bool:
    """Does a cue word in the phrase stand as a verb, not as a noun after a determiner or possessive
    (patterns.NOUN_BEFORE), a preposition (patterns.PREPOSITION_BEFORE) or an adjective of time or form ("in her
    report", "in remarks", "in a written reply", "in a later reply")?"""
    for cue in lex.cue_regex.finditer(phrase):
        before = phrase[:cue.start()]
        if not (patterns.NOUN_BEFORE.search(before) or patterns.PREPOSITION_BEFORE.search(before)
                or _CUE_NOUN_ADJECTIVE.search(before)):
            return True
    return False


_CUE_NOUN_ADJECTIVE = re.compile(r"(?<![\w-])(?:written|later|earlier|brief)\s+$", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"(?<![\w'\u2019-])(?:is|are|was|were|be|been|being|gets|got|get)"
                             r"(?:\s+(?:[a-z]+ly|also|often|once|not|never))*\s+$", re.IGNORECASE)


_OBJECT_NOT_START = {"of", "to", "about", "for", "on", "in", "at", "with", "from", "by", "into", "over", "against"}


def _speech_act_subject(text: str, sent_start: int, verb: int, lex: Lexicon) -> Optional[tuple]:
    """The subject of a speech-act verb that does not follow the sentence's subject directly: (phrase, start,
    end) relative to sent_start, or None.

    * 'in what Lee called "..."', 'the deal, which Lee had called "...", 'Hardy, who Lee on Monday called
      "..."': the subject of the relative clause ("who" before a subject, not before its verb), without a time
      phrase after it;
    * 'the mayor, Ann Lee, who called the boy "..."': the noun phrase "who" refers to;
    * 'Lee took the stage and called the plan "..."', 'Lee went on to call Hardy "..."': the sentence's subject,
      whose verb the speech-act verb continues.
    """
    pre = text[sent_start:verb]
    # the nearest relative pronoun first ('The plan, which the board backed, drew complaints that Chan called')
    for m in sorted(_RELATIVE_WORD.finditer(pre, max(0, len(pre) - 120)), key=lambda r: -r.start()):
        m = _WHAT_SUBJECT.match(pre, m.start())
        if m is None or m.end() != len(pre):
            continue
        phrase = _TRAILING_TIME.sub("", m.group(1).strip())
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


def _mostly_quoted(text: str, item: dict, inside: list) -> list:
    """'Lee said she was "mostly unsure."': short quoted words that make up at least half of a reported clause
    are the speaker's words however few they are (unless a title or name), so the clause is mixed. Returns those
    quotations (or [])."""
    words = [sp for sp in inside if sp.closed and classify_phrase(text, sp) in ("scare", "term")]
    quoted = sum(sp.after - sp.open for sp in words)
    return words if words and 2 * quoted >= item["content_end"] - item["content_start"] else []


_CLAUSE_END_AFTER = re.compile(r"[\s.,;:!?)\u2014\u2013-]*$")
_THAT_START = re.compile(r"\s*(?:that\s+)?")
# What may stand before a second verb of saying inside a reported clause when it shares the clause's subject
# ('..., adding that', '"...," adding that', 'but agreed that', 'and later called'): a comma (before or after a
# closing quotation mark), dash or conjunction, then adverbs or auxiliaries.
_SAME_SUBJECT_BEFORE = re.compile(r"(?:[,;\u2014\u2013][\"'\u201d\u2019]*|(?<![\w'\u2019-])(?:and|but))"
                                  r"(?:\s+(?:" + _AUX_WORDS + r"|later))*\s*$")


_CLAUSE_GOES_ON = re.compile(r"\s*(?:,|and\s|but\s|;)")
# _SAME_SUBJECT_BEFORE ends at the verb; a run of adverbs and auxiliaries after the comma or conjunction is short.
_SAME_SUBJECT_REACH = 60


def _governed_fragment(text: str, item: dict, inside: list, lex: Lexicon) -> list:
    """'Chan said it was "a mess," adding that riders deserved "clear answers."', 'He said "The Ferry" and left': short
    quoted words that end the clause a verb of saying governs, and make up at least half of it, are the speaker's
    words even when the reported clause around them is long (two clauses of one speaker read as one). The clause
    runs from the last verb of saying (and "that") before the quotation, or from the reported clause's start, to
    the quotation's end; the quotation must end it (nothing but punctuation up to the reported clause's end or a
    following "and"/comma). A scare quote inside a clause ('said the "reform" failed') does not end it; a title
    or name is not the speaker's words. Returns those quotations (or [])."""
    lo, hi = item["content_start"], item["content_end"]
    # Each step reads only a bounded stretch (the verbs of saying are found once per clause), so a clause holding
    # many quotations costs time in proportion to its length.
    cues = None
    for sp in inside:
        if not sp.closed or sp.after > hi + 1 or classify_phrase(text, sp) not in ("scare", "term"):
            continue
        if not (_CLAUSE_END_AFTER.match(text, sp.after, hi) or _CLAUSE_GOES_ON.match(text, sp.after, hi)):
            continue
        if cues is None:
            cues = list(lex.cue_regex.finditer(text, lo, max(q.open for q in inside)))
            cue_ends = [m.end() for m in cues]
        i = bisect.bisect_right(cue_ends, sp.open)
        inner = cues[i - 1] if i else None
        start = inner.end() if inner else lo
        if inner is not None and inner.start() > lo and not _SAME_SUBJECT_BEFORE.search(
                text, max(lo, inner.start() - _SAME_SUBJECT_REACH), inner.start()):
            continue  # 'the pages Hardy insists are "private"': a verb with its own subject speaks for someone else
        start = _THAT_START.match(text, start).end()
        if 2 * (sp.after - sp.open) >= sp.after - start and not re.search(
                r"[.;:!?\u201c\u201d\"]", text[start:sp.open]):
            return [sp]
    return []


def _is_partial_quote(text: str, span: Span) -> bool:
    """A quoted fragment inside reported speech that is the speaker's words, not a title, name or term."""
    inner = text[span.start:span.end].strip()
    if len(_words(inner)) < MIN_WORDS_PARTIAL:
        return False
    return inner[:1].islower() or classify_phrase(text, span) == "scare"


# Words _SUBJECT_VERB may take for the verb after a subject that show there is none: a relative clause, a
# conjunction or a preposition goes on with the noun phrase instead.
_NOT_A_VERB = frozenset({"which", "who", "whose", "that", "and", "or", "of", "in", "at", "for"})
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


# The words before a name that make it an object: a participle opening a clause after a comma (", advising").
_OBJECT_POSITION = re.compile(r",\s+[a-z]+ing\s+$")
_NEXT_CLAUSE = re.compile(r"(?:,\s*(?:and|but|yet)|;)\s")
# A possessive ends the phrase: "China's recently intensified actions", "Lee's plan" are no subjects.
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")
# Words that open a sentence as its grammatical subject but never as a speaker ("It said", "This means").
_NOT_A_SUBJECT = frozenset({"it", "you", "i", "this", "that", "we"})


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
        if not m.group(0).startswith("with ") and _OBJECT_POSITION.search(text, max(sent_start, m.start(1) - 40),
                                                                         m.start(1)):
            continue  # ', advising Dayton College graduates to "..."': a name after a participle is its object,
            # and the plural noun after it no verb
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
    if not np_ or _POSSESSIVE_END.search(np_[0]):
        return None  # "China's recently intensified actions ...": a possessive is no subject
    # The subject's verb follows it, after adverbs or one parenthetical at most ("Lee later suggested ...",
    # "Lee, speaking at the depot, later warned ...").
    verb = _SUBJECT_VERB.match(text, sent_start + np_[2], end)
    if not verb or verb.group(1) in _NOT_A_VERB:
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
        if not np_ or _POSSESSIVE_END.search(np_[0]) or not _plausible_subject(np_[0], lex):
            return None
        # 'Gov. Bo Li (R) blamed': a party label in brackets may stand between the subject and its verb
        bracket = re.match(r"\s*\([^()]{1,30}\)", text[rest + np_[2]:end])
        verb = _SUBJECT_VERB.match(text, rest + np_[2] + (bracket.end() if bracket else 0), end)
        if not verb or verb.group(1) in _NOT_A_VERB:
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
    if not np_ or np_[2] > last[1] - sent_start or _POSSESSIVE_END.search(np_[0]) or not _plausible_subject(
            np_[0], lex):
        return None
    verb = _SUBJECT_VERB.match(text, sent_start + np_[2], end)
    if not verb or verb.group(1) in _NOT_A_VERB:
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


def _lone_unknown_word(phrase: str, state: Optional[ArticleState], line: int, lex: Lexicon) -> bool:
    """A subject of one word that is no pronoun and that the article never uses as a name ('Sirens wailed',
    'Perhaps'), or an abbreviation ('Sen.'): no speaker of a long quotation."""
    words = phrase.split()
    return len(words) == 1 and not patterns.PRONOUN.match(words[0]) and (
        words[0].endswith(".") or not _used_as_name(words[0], state, line, lex))


def _coordinated(text: str, first: Span, second: Span) -> bool:
    """Two quotations joined by nothing but a comma, "and" or "or": '"A" and "B"'."""
    return first.closed and re.fullmatch(r"[\s,]*(?:and|or)?\s*", text[first.after:second.open]) is not None


MIN_WORDS_LONG_QUOTE = 5  # a quotation this long that is no title, name or term is speech even without a cue


def _long_quotation(text: str, span: Span) -> bool:
    """A quotation of at least MIN_WORDS_LONG_QUOTE words that classify_phrase calls a scare quote (no title, name
    or term cue) and no pretext ('under the guise of "..."'): too long to be a coined word, so someone said it.
    Not the text of a sign, banner, menu, headline or chant (patterns.DISPLAYED_TEXT_BEFORE), a headline followed
    by its byline, or words holding markup tags."""
    if len(_words(text[span.start:span.end])) < MIN_WORDS_LONG_QUOTE or _inside_markup(text, span.open):
        return False
    if patterns.SCARE_CUE_BEFORE.search(text, max(0, span.open - 40), span.open):
        return False
    if _MARKUP_IN_QUOTE.search(text, span.start, span.end) or span.closed and _BYLINE_AFTER.match(text, span.after):
        return False  # '"...<note/>', '"Ferry fares to rise," by Ann Lee': markup residue, a headline and its byline
    if patterns.DISPLAYED_TEXT_BEFORE.search(text, max(0, span.open - 80), span.open):
        return False  # 'On the door was a sign: "..."': the words of a sign, menu or chant are nobody's speech
    return classify_phrase(text, span) == "scare"


# A markup tag inside the quoted words ('<note/>'), or a quotation opening on the ">" that closes a tag.
_MARKUP_IN_QUOTE = re.compile(r"</?[A-Za-z][\w-]*/?>|(?<=[\"\u201c])>")
# A byline right after the closing mark: '"Ferry fares to rise," by Ann Lee', '," by the Dayton Post's Ann Lee';
# not a date ('," by Friday', '," by March').
_BYLINE_AFTER = re.compile(r"[,.]?\s{0,3}by\s+(?:the\s+)?(?!(?:" + "|".join(
    w.capitalize() for w in patterns.WEEKDAYS + patterns.MONTHS) + r")(?![\w'\u2019-]))[A-Z]")


def _long_quote_subject(text: str, sent_start: int, end: int, state: ArticleState, lex: Lexicon,
                        line: int = 0) -> Optional[tuple]:
    """The speaker of a long quotation with no attribution next to it: the subject opening its sentence, right
    before its verb ('The harbor board issued a note saying the plan "..."'), also after an opening phrase
    closed by a comma ('In rejecting the appeal, the commission recognized ...'). It must be someone who can speak
    (a name, he/she/they, a role or document noun phrase). Returns ((phrase, start, end) relative to sent_start,
    (verb start, verb end)) or None."""
    lead = text[sent_start:end]
    if len(lead) > 2 * WINDOW:
        return None
    tries = [0]
    comma = re.match(r"[^,;:\"\u201c\u201d]{3,150},\s*", lead)
    if comma:  # "Late on the night of the flood in Dayton, Ohio, a neighbor ...": the place goes on after the comma
        tries.append(comma.end() + _place_after_place(lead, comma.end()))
    for at in tries:
        np_ = _leading_np(lead[at:], lex)
        if not np_ or np_[0].lower() in _NOT_A_SUBJECT or _POSSESSIVE_END.search(np_[0]):
            continue
        if _not_a_speaker(np_[0], state, lex) or not _plausible_subject(np_[0], lex):
            continue
        if _lone_unknown_word(np_[0], state, line, lex):
            continue  # 'Sirens wailed', 'Perhaps': one capitalised word the article never uses as a name
        if re.search(r"\s[a-z]+ed\s+[A-Z]", np_[0]):
            continue  # 'the rally denounced Republican ...': a verb inside the phrase, so it is no noun phrase
        verb = _SUBJECT_VERB.match(text, sent_start + at + np_[2], end)
        if not verb or verb.group(1) in _NOT_A_VERB:
            continue
        return (np_[0], np_[1] + at, np_[2] + at), verb.span(1)
    return _verb_and_subject(text, sent_start, end, tries, state, lex, line)


# A past-tense verb in the clause before a long quotation, after at least one word (reporting verbs in -s are
# added from the lexicon).
_PAST_FORM = re.compile(r"(?<=[\w.),]\s)(?:[a-z]+ly\s+)?([a-z]{3,}ed|said|told|wrote|put|spoke|read|made|gave|"
                        r"took|sent|held|brought|began)(?![\w'\u2019-])")
_NOUN_BEFORE = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "of",
                          "to", "for", "in", "on", "at", "by", "with", "from", "about", "whose"})
_BRACKET_END = re.compile(r"\s*\([^()]{1,30}\)\s*,?$")
# An optional coordinator, then a subordinator (subjects._SUBORDINATORS, also capitalised) or nothing.
_SUBJECT_OPENER = re.compile(r"(?:(?:And|But|Yet|So)\s+)?(?:((?:" + "|".join(
    "[" + w[0].upper() + w[0] + "]" + w[1:] for w in sorted(_SUBORDINATORS)) + r")\s+)|(?<![\w'\u2019-]))")


def _verb_and_subject(text: str, sent_start: int, end: int, tries: list, state: ArticleState, lex: Lexicon,
                      line: int) -> Optional[tuple]:
    """'The harbor board released a note saying the plan "...", 'A leaflet accuses the board of "...": the
    subject of the first past-tense or reporting verb of the quotation's clause, when it is a noun phrase that
    _leading_np does not read (no role word, a party label in brackets: 'Sen. Ann Lee (D-Ohio) refused ...').
    The subject starts at the sentence start, after its opening phrase or after the last comma before the verb
    ('Late on the night of the flood in Dayton, Ohio, an old rival posted ...'). Passed over: a verb after a
    determiner, preposition or possessive (a noun: 'his call for'), a verb followed by a new clause (', and', ';')
    before the quotation, a subordinate clause a comma closes before it ('When Lee arrived, the crowd ...'); a
    verb after "and"/"but" shares the subject of the verb before ('Lee said ..., but called it "..."'). Same return
    contract as _quote_subject, but no fallback of it: it needs the article's state to judge a one-word subject, and
    _quote_subject's other callers (colon, dash, as-clause and fragment attributions) would name new speakers."""
    lead = text[sent_start:end]
    verbs = sorted({m.span(1) for m in _PAST_FORM.finditer(lead)} | {
        m.span() for m in lex.cue_regex.finditer(lead) if m.start() and m.group(0).isalpha()
        and m.group(0).islower() and m.group(0).endswith("s")})  # "accuses", not the noun "answer"
    shared = None  # the subject of an earlier verb, for a verb after "and"/"but"
    for v0, v1 in verbs:
        adverb = re.search(r"(?<![\w'\u2019-])[a-z]+ly\s+$", lead[:v0])
        v_start = adverb.start() if adverb else v0
        prev = lead[:v_start].split()
        if not prev or prev[-1].lower() in _NOUN_BEFORE | _NOT_A_VERB or _POSSESSIVE_END.search(prev[-1]):
            continue
        if prev[-1].lower() in {"but", "and"} and shared is not None:
            return shared, (sent_start + v0, sent_start + v1)
        found, subordinate = None, False
        comma = max(lead.rfind(",", 0, v_start), lead.rfind("\u2014", 0, v_start))
        starts = ([comma + 1] if comma >= 0 else []) + [at for at in tries if at < v_start]
        for at in dict.fromkeys(starts):
            raw = lead[at:v_start]
            at += len(raw) - len(raw.lstrip(" ,"))
            opener = _SUBJECT_OPENER.match(lead, at)
            subordinate, at = bool(opener.group(1)), opener.end()
            phrase = _BRACKET_END.sub("", patterns.ADVERB_BETWEEN.sub("", lead[at:v_start].rstrip())).strip(" ,")
            words = phrase.split()
            if not words or words[0].lower() in _NOT_A_SUBJECT | {"there", "what"} or len(
                    words) > LOOSE_SUBJECT_MAX_WORDS or _POSSESSIVE_END.search(phrase):
                continue  # "Lee's recently revised plan": a possessive is no subject
            if not (np_ok(phrase, lex) or _loose_np(phrase, lex)) or _not_a_speaker(phrase, state, lex):
                continue
            if _lone_unknown_word(phrase, state, line, lex):
                continue
            found = (phrase, at, at + len(phrase))
            break
        if found and subordinate and "," in lead[v1:]:
            found = None  # 'When the mayor arrived, the crowd chanted "..."': the quotation is in the main clause
        if found and re.search(r",\s+(?:who|which)\s", lead[v1:]):
            return None  # '..., who misread it as "...": the quotation is in a relative clause on another noun
        if found and not _NEXT_CLAUSE.search(lead, v1):
            return found, (sent_start + v0, sent_start + v1)
        shared = found
        if "," not in lead[v1:] and found is None:
            break  # no opening phrase closes after this verb: the clause holding the quotation has no subject
    return None


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
