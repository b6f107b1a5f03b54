"""Reported speech without quotation marks: "X said (that) ...", "..., X said.", "according to X", "..., stressing
that ...".

find_reported looks at one sentence around each reporting verb from analysis/data/reporting_verbs.csv, finds the
verb's subject (subjects.py) and the reported clause, and returns it with its cue; quotes.py calls it for every
sentence and turns the result into rows of the quotes table. Method in plain words: points 3 and 6 of the
quotes.py docstring.
"""

import bisect
import itertools
import re
from typing import Optional

from analysis import patterns
from analysis.sources import has_role_kind, head_word
from analysis.speech import (_first_word, _lemma, Lexicon, np_ok, _strip_adverbs, _words)
from analysis.subjects import (_adjunct_only, _ADVERB_OPENERS, _clause_subject, _inside_markup, _leading_np, _loose_np,
                               _loose_subject, _mask_abbreviations, not_an_agent, _OPENER_WORDS, _relative_antecedent,
                               _speaker_after, _SUBORDINATORS, _title_case, WINDOW)

MIN_WORDS_CONTENT = 3  # reported content shorter than this is not reported speech


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
    # A cue verb with the particle "up" is another verb ("wrote up the plan", "called up the pilots", "the fares
    # added up to $900"); "up to" and an amount after any other cue is its content ("said up to 300 homes ...").
    cues = [m for m in lex.cue_regex.finditer(text, s, e)
            if m.start() not in used and not is_blocked(m.start()) and not _inside_markup(text, m.start())
            and not (_PARTICLE_UP.match(text, m.end()) and (
                _lemma(m.group(0), lex) == "add" or not _UP_TO_AMOUNT.match(text, m.end())))
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
        absolute = patterns.ABSOLUTE_SUBJECT.search(pre_full) if participial else None
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
        elif absolute and np_ok(absolute.group(1), lex) and not re.match(r"\s+by\s", text[m.end():e]):
            # 'The depot reopened - Lee saying the roof held and Chan calling it ...', 'with Lee saying she ...': the
            # name that opens an absolute participle clause is its subject ('Additional reporting by' is a noun).
            a0 = m.start() - len(pre_full) + absolute.start(1)
            c0 = _content_start(text, m.end(), lemma, lex, e, object_ok=_object_ok(text, m, e))
            if c0 is not None:
                item = {"speaker": absolute.group(1), "speaker_start": a0, "speaker_end": a0 + len(absolute.group(1)),
                        "content_start": c0,
                        "content_end": _participial_end(text, c0, e, itertools.islice(cues, k + 1, None), lex)}
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
_PARTICLE_UP = re.compile(r"\s+up\b")
_UP_TO_AMOUNT = re.compile(r"\s+up\s+to\s+(?:\$|\d|(?:a|an|about|some|half|one|two|three|ten)\b)", re.IGNORECASE)


def _participial_end(text, c0, e, later_cues, lex):
    for m in later_cues:
        if m.start() <= c0 or not m.group(0).lower().endswith("ing"):
            continue
        lo = max(c0, m.start() - 20)
        lead = patterns.COMMA_BEFORE.search(text, lo, m.start())
        if lead and lead.start() > c0:
            return lead.start()  # the content stops before ", adding that" / "while saying that"
        other = patterns.ABSOLUTE_SUBJECT.search(text, max(c0, m.start() - 80), m.start())
        if other and other.start() > c0:
            return other.start()  # ... and before "and Chan calling it": another subject's participle clause
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
        # "Although she's argued it is high, ...": a subordinator and a contracted auxiliary around a pronoun are no
        # part of the subject, and the subordinate clause's content ends at its first comma.
        sub = _SUBORDINATE_PRONOUN.match(phrase)
        if sub:
            at = pre.find(phrase, at) + sub.start(1)
            phrase = sub.group(1)
            comma = text.find(",", c0, e)
            e = comma if comma > c0 else e
        if not phrase or not phrase[:1].isalnum():
            return None
        s0 = s + pre.find(phrase, at)
    return {"speaker": phrase, "speaker_start": s0, "speaker_end": s0 + len(phrase), "content_start": c0,
            "content_end": e, "note": "long subject opening the sentence"}


_SUBORDINATE_PRONOUN = re.compile(r"^(?:" + "|".join(sorted(_SUBORDINATORS)) + r")\s+(he|she|they|we|I|it)"
                                  r"(?:['\u2019](?:s|ve|d|ll))?$", re.IGNORECASE)


# Verbs of saying that stand inverted inside a sentence ("The trouble, says Ann Lee, is ..."); verbs that take a
# person as object ("told", "asked", "called", "urged") are left out: there the name after the verb is the object.
INVERTED_PARENTHETICAL_LEMMAS = frozenset({
    "say", "explain", "add", "note", "write", "argue", "observe", "contend", "insist", "recall", "acknowledge",
    "concede", "caution", "warn", "predict", "suggest", "agree", "believe", "think", "reply", "respond", "remark",
    "quip", "joke", "continue", "emphasize", "emphasise", "stress", "maintain", "claim", "assert", "conclude",
    "muse", "speculate", "estimate", "state", "comment", "complain", "admit", "confess", "lament"})


_SENTENCE_GOES_ON = re.compile(r"\s*,(?:[^,;:.!?\"\u201c\u201d]{1,120},)?\s*(?:[a-z]+ly\s+)?(?:is|are|was|were|has|have|had|"
                               r"will|would|could|can|may|might|should|must|does|did|do)\s+[a-z]")


_RELATIVE_BEFORE_COMMA = re.compile(r",\s*(?:who|which|whose)\s[^,;:]*,\s*$")


def _inverted_parenthetical(text, s, e, m, lemma, pre, lex) -> Optional[dict]:
    """(I) 'The trouble with the ferry, says Ann Lee, a historian at the library, is that it ...': an inverted
    cue between commas inside the sentence. The speaker is the phrase after the verb (with its appositive); the
    content is the whole sentence. Only when the sentence goes on with an auxiliary or form of "be" after the
    speaker and one appositive at most: a sentence that ends after the speaker is the inverted rule (A)'s, and
    a relative clause or a conjunction after the name ('..., said Ann Lee, who ...') is no main verb."""
    if lemma not in INVERTED_PARENTHETICAL_LEMMAS or not pre.rstrip().endswith(",") or m.group(0)[:1].isupper() \
            or len(_words(pre)) < 2:
        return None
    found = _speaker_after(text, m.end(), lex)
    if not found:
        return None
    phrase, s0, s1 = found
    if not (phrase[:1].isupper() or re.match(r"(?:an?|the)\s", phrase)) or _RELATIVE_BEFORE_COMMA.search(pre):
        return None  # '..., who ran the harbor for years, said her plans ...': the cue has its own subject
    # The sentence goes on with its own verb after the speaker (and one appositive at most): 'is that ...',
    # 'would read this as ...'.
    if not _SENTENCE_GOES_ON.match(text, s1, e):
        return None
    return {"speaker": phrase, "speaker_start": s0, "speaker_end": s1, "content_start": s, "content_end": e,
            "note": "inverted attribution inside the reported sentence"}


def _opener_only(content: str) -> bool:
    """Is this text before a sentence-final "<subject> said" only an opening prepositional phrase ("After the
    vote", "In Dayton on Monday": four words at most, no auxiliary), rather than the reported clause?"""
    words = _words(content)
    return 0 < len(words) <= 4 and words[0].lower() in patterns.OPENING_PREPOSITIONS and "," not in content \
        and not _CLAUSE_WORD.search(content)


def _adjunct_after_say(post: str, lemma: str) -> bool:
    """'..., Lee said after the vote.', '..., Lee said in a statement.': only a time, place or medium after a plain
    verb of saying (whose content is never a prepositional phrase, unlike 'agreed to ...', 'complained about ...')."""
    return lemma in {"say", "add", "write", "state"} and _adjunct_only(post, lemma) and not re.match(
        r"\s*(?:to|about|of|as)\s", post) and not _CLAUSE_WORD.search(post)


# An auxiliary or a subject pronoun: 'said Thursday the budget is too small' has a clause after the adjunct.
_CLAUSE_WORD = re.compile(r"(?<![\w'\u2019-])(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|"
                          r"must|does|did|do|he|she|they|we|it|i)(?![\w'\u2019-])", re.IGNORECASE)


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
    found = _inverted_parenthetical(text, s, e, m, lemma, pre, lex)
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
    # (C) subject first: "Zhang told the media on Tuesday that ...". Not when a comma before the verb and a
    # speaker ending the sentence after it make the inverted reading (A): "The boats ran late all week, said
    # harbor master Ann Lee." has no subject "The boats ran late all week" and no content "harbor master Ann Lee".
    inverted = _inverted_final(text, s, e, m, pre, pre_abs, lex)
    if anchored and not (inverted and _verb_form(m, lemma) and _speaker_ends_sentence(text, inverted, e, lex)):
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
        # 'The plan will fail, Lee said after the vote.': a clause and a comma before the subject, only adjuncts
        # after the verb: the sentence-final rule (B) below reports the clause, not the adjunct.
        inverted_end = "," in subject_raw and _adjunct_after_say(post, lemma)
        if subject and np_ok(subject, lex) and not inverted_end:
            c0 = _content_start(text, m.end(), lemma, lex, e, object_ok=_object_ok(text, m, e))
            s0 = pre_abs + (lead.end() if lead else 0) + (len(subject_raw) - len(subject_raw.lstrip()))
            if c0 is not None and len(_words(text[c0:min(e, c0 + 100)])) >= MIN_WORDS_CONTENT:
                return {"speaker": subject, "speaker_start": s0, "speaker_end": s0 + len(subject),
                        "content_start": c0, "content_end": e}
            # "Chinese netizens questions." on its own: the previous sentence is what they said.
            if _adjunct_only(post, lemma) and prev_sentence is not None:
                return {"speaker": subject, "speaker_start": s0, "speaker_end": s0 + len(subject),
                        "content_start": prev_sentence[0], "content_end": prev_sentence[1]}
        loose = None if re.match(r"^\s*,", post) or not subject_raw.strip() or inverted_end else _loose_subject(
            subject_raw, lex)
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
    clause = None if re.match(r"^\s*,", post) or "," in pre and _adjunct_after_say(post, lemma) else _clause_subject(
        pre, lex)
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
                if cand and _opener_only(text[s:pre_abs + start_rel]):
                    cand = None  # "After the vote, Lee told the paper.": an opening phrase is no content
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
    return inverted


def _speaker_ends_sentence(text: str, inverted: dict, e: int, lex: Lexicon) -> bool:
    """Does the inverted reading's speaker read as a speaker rather than the verb's object (_speaker_like), with
    nothing but an appositive after it to the sentence end, and no clause?"""
    end = inverted["speaker_end"]
    return (_speaker_like(inverted["speaker"], lex) and re.match(r"\s*(?:[.!?]?\s*$|,)", text[end:e]) is not None
            and not _CLAUSE_WORD.search(text, end, e))


def _speaker_like(phrase: str, lex: Lexicon) -> bool:
    """Does a phrase after a verb read as its inverted speaker rather than its object: a noun phrase of six words
    at most that ends with a capitalised name ("harbor master Ann Lee", "the HFB") or whose head is a person word
    ("a city spokesman"), not "the report" or "the Lee family deserved better"?"""
    words = _words(phrase)
    if not words or len(words) > 6 or not np_ok(phrase, lex):
        return False
    if words[-1][0].isupper():
        return True
    return has_role_kind(head_word(phrase), lex.roles)


def _inverted_final(text, s, e, m, pre, pre_abs, lex) -> Optional[dict]:
    """(A) '..., warned Li.', '..., said director Ann Lee, a planner.': after a comma, the verb and a speaker end
    the sentence (an appositive or relative clause after the speaker aside); the content is the clause before."""
    if not pre.rstrip().endswith(","):
        return None
    found = _speaker_after(text, m.end(), lex)
    if not found:
        return None
    phrase, s0, s1 = found
    # "..., said Ann Lee, who chairs the board.": a relative clause after the speaker is no content.
    rest = re.split(r",\s*(?:who|whose|which)(?![\w'\u2019-])", text[s1:e], maxsplit=1)[0]
    # "..., said Ann Lee, Cityville's engineer.": an appositive closing the sentence gives the role.
    appositive = re.match(r"^,\s*[^,;:!?\"\u201c\u201d]{2,120}?[.!?]?$", rest.rstrip())
    if _adjunct_only(rest, "say") or (appositive and len(_words(rest)) <= 12):
        return {"speaker": phrase, "speaker_start": s0, "speaker_end": s1, "content_start": s,
                "content_end": pre_abs + len(pre.rstrip()) - 1}
    return None
