"""Who is the subject: the noun phrase before or after a reporting verb, shared by direct and reported speech.

quotes.py (direct quotes) and reported.py (reported speech) both ask the same questions of the words around a
cue: is this a speaker ("Ann Lee, the Dayton mayor," / "said one aide with knowledge of the talks"), where does the
noun phrase that opens a clause end, is this phrase an agent at all ("the report", "last week")? The answers live
here, so both kinds of speech read a subject the same way. Method in plain words: see quotes.py.
"""

import re
from typing import Optional

from analysis import patterns
from analysis.sources import (find_role_words, head_word, state_name)
from analysis.speech import (_first_word, _has_clause_word, Lexicon, np_ok, QUANTIFIER, role_then_name, _strip_adverbs,
                             TIME_ONLY_WORDS, _words)

WINDOW = 300  # characters searched on either side of a cue or a quotation mark (keeps time linear)

# --------------------------------------------------------------------------------------------------------------
# Who stands next to a cue
# --------------------------------------------------------------------------------------------------------------

def _mask_abbreviations(window: str, lex: Lexicon) -> str:
    """The same window with full stops after abbreviations and initials replaced by a middle dot (same length),
    so "said Sen. Ann Lee" or "said John D. Smith" is not cut at the stop; nor are the stops of a dotted acronym or
    of joined initials, inside it or after it ("said a U.S. official", "said U.S. Sen. Ann Lee", "said J.D. Lee")."""
    def dotted(m):
        word = m.group(0)
        if word.endswith(".") and patterns.ACRONYM_THEN_SENTENCE.match(window, m.end()):
            return word[:-1].replace(".", "\u00b7") + "."  # "said a spokesman for the U.S. He left": a sentence end
        return word.replace(".", "\u00b7")

    def repl(m):
        word = m.group(1)
        if word.lower() in lex.abbreviations or (len(word) == 1 and word.isupper()):
            return word + "\u00b7"
        return m.group(0)
    window = patterns.DOTTED_ACRONYM.sub(dotted, window)
    # "said Ms. de la Fuente": lowercase name particles may stand between the abbreviation and the capital.
    return re.sub(r"(?<![\w.\u00b7])([A-Za-z]{1,4})\.(?=\s+" + _PARTICLES_BEFORE_CAPITAL + r"[A-Z])", repl, window)


_PARTICLES_BEFORE_CAPITAL = r"(?:" + patterns.NAME_PARTICLE + r"\s+){0,2}"


_SPEAKER_NOT_FIRST = frozenset({"in", "on", "at", "to", "with", "during", "after", "before", "via", "through", "from",
                                "over", "for", "by", "into", "about"})


def _speaker_after(text: str, pos: int, lex: Lexicon) -> Optional[tuple]:
    """Speaker noun phrase right after an inverted cue ("said a diplomat from the Embassy ...")."""
    window = _mask_abbreviations(text[pos:pos + 160], lex)
    m = patterns.SPEAKER_AFTER.match(window)
    if not m:
        return None
    phrase = text[pos + m.start(1):pos + m.end(1)]
    if phrase.split(" ", 1)[0] in _SPEAKER_NOT_FIRST:
        return None  # "..., Lee and Hardy, both lawyers, said in a statement.": a prepositional phrase is no speaker
    # "said Li Wei, a researcher at ...", "said Ann Lee, 22, who ...", "said Bo Li, its CEO": the appositive
    # belongs to the speaker (it gives the role); if it does not parse, the bare name is the speaker.
    rest = window[m.end(1):]
    ap = re.match(r"^,\s*(?:\d{1,3},\s*)?((?:an?|the|its|his|her|their)\s[^,.;\"\u201c\u201d]{2,100}|\d{1,3}(?=,))", rest)
    if ap and ap.group(1)[:1].isdigit():
        ap = None  # an age: keep the bare name
    if ap:
        # "said Ann Lee, 45, a nurse from Dayton": an age between the name and its appositive is kept. The
        # appositive is read from the text, not the masked window ("a U.S. veteran", not "a U·S· veteran").
        end = pos + m.end(1) + ap.end(1)
        if np_ok(text[pos + m.start(1):end], lex):
            phrase = text[pos + m.start(1):end]
    else:
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
    found = _described_name(core, lex)
    if found is None:
        # 'ferry expert Ann Lee of the Institute for River Studies said': a described name with the organisation
        # after it (its name may join capitalised words with "for", "of", "and" or "on"); the speaker phrase is
        # the described name.
        org = _ORGANISATION_AFTER_NAME.search(core)
        if org and org.start() > 0:
            found = _described_name(core[:org.start()], lex)
    return found


_ORGANISATION_AFTER_NAME = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w'\u2019.&-]*"
                                      r"(?:\s+(?:(?:for|of|and|on|the)\s+){0,2}[A-Z][\w'\u2019.&-]*){0,6}$")


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
    # ... or a compound adjective before the name, which only a described person takes ("a soft-spoken Ann Lee").
    compound = re.fullmatch(r"[a-z]+(?:-[a-z]+)+", last_desc) is not None
    if not (last_desc[0].isupper() or last_desc.endswith(("'s", "\u2019s")) or last_desc.lower() in lex.person_nouns
            or find_role_words(last_desc, lex.roles) or compound):
        return None
    if patterns.PRONOUN.match(before[0]) or before[0].lower() in _NOT_SUBJECT_START or any(
            w[0].islower() and lex.cue_regex.fullmatch(w) for w in before):
        return None
    return phrase


_NOT_SUBJECT_START = frozenset({"and", "but", "or", "so", "then", "as", "while", "in", "on", "at", "for", "with",
                                "from", "by", "after", "before", "of", "to", "when", "if"})


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


_BARE_OPENER = re.compile(r"(?:" + patterns.LEADING_CONJUNCTION_WORDS + r"|Later)\s+"
                          r"(?=[A-Z][\w'\u2019.-]*[a-z]|(?:he|she|they)\s)")


def _leading_np(sentence: str, lex: Lexicon) -> Optional[tuple]:
    """The subject at the start of a sentence: a pronoun, a name (with appositive) or a role noun phrase."""
    m = patterns.LEADING_ADVERBIAL.match(sentence)
    off = m.end() if m else 0
    # 'Then she faced Chan, calling ...', 'But Lee later called ...': a conjunction or sentence adverb without
    # its comma opens the sentence before the subject (before a pronoun even when a comma follows later, which
    # LEADING_ADVERBIAL would read as the end of an opening phrase).
    bare = _BARE_OPENER.match(sentence)
    if bare and (m is None or re.match(r"(?:he|she|they)\s", sentence[bare.end():])):
        off = bare.end()
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
    lowercase_words = [w for w in described.group(1).split() if w[:1].islower()] if described else []
    if described and described.group(2) is not None and len(lowercase_words) > 1 and not (
            described.group(1).split()[1][:1].isupper() or patterns.ACRONYM.match(modifier_words[0])
            or modifier_words[0].endswith(("'s", "\u2019s")) or state_name(modifier_words[0], lex.roles)
            or find_role_words(modifier_words[0], lex.roles)):
        # one capitalised word before two or more lowercase words must be a party, a country, an acronym or an
        # owner ("Republican mayoral nominee Ann Lee"), not a name that is the subject ("Lee beat businessman Bo
        # Li"); before a single role or person noun it is that noun's modifier ("Film star Ann Lee", "Lee aide Bo
        # Li"), checked below
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


_PARTICIPLE_PREPOSITIONS = frozenset({"by", "about", "to", "on", "at", "for", "with", "in", "from", "after", "before",
                                      "during", "over"})


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
    if len(words) > 1 and first.lower().endswith(("ed", "ing")) and words[1].lower() in _PARTICIPLE_PREPOSITIONS:
        return False  # "Reached at the dock, a weary Lee said": a participle clause opens the sentence

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
        if len(parts) > 1 and (chunk, off) == parts[-1] and _RELATIVE_SUBJECT.search(chunk):
            # "..., said Tom Hardy (R-Dayton), a retired pilot who insisted": "who" is the subject,
            # and the appositive it refers to stands for the name before it.
            name = _NAME_BEFORE_APPOSITIVE.search(parts[-2][0])
            if name and patterns.APPOSITIVE_START.match(chunk.strip()) and np_ok(name.group(1), lex):
                return name.group(1), parts[-2][1] + name.start(1)
        rel = patterns.RELATIVE_START.search(chunk)
        if rel:
            chunk = chunk[:rel.start()]
        lead = len(chunk) - len(chunk.lstrip())
        phrase = _strip_adverbs(chunk.strip())
        if phrase and _loose_np(phrase, lex):
            return phrase, off + lead
    return None


_RELATIVE_SUBJECT = re.compile(r"(?<![\w'\u2019-])who\s*$")
# A name (with a title and a bracketed party tag) closing the text before an appositive: "said Rep. Ann Lee (D-Ohio)".
_NAME_BEFORE_APPOSITIVE = re.compile(r"(?<![\w'\u2019-])((?:[A-Z][\w'\u2019.-]*\s+){1,3}[A-Z][\w'\u2019-]*)"
                                     r"(?:\s*\([^()]{1,30}\))?\s*$")


_NAME_JOINERS = frozenset({"and", "or", "of", "for", "at", "in", "from", "on", "to", "the", "y", "vs"}
                          ) | patterns.NAME_PARTICLES

_ANTECEDENT_NOT_FIRST = frozenset({"by", "to", "with", "for", "from", "against", "at", "in", "on", "of", "about",
                                   "like", "than", "between", "among", "over", "toward", "towards", "including"})


def _relative_antecedent(before: str, lex: Lexicon) -> Optional[tuple]:
    """The noun phrase a "who"/"which" refers back to, from the text before it: (phrase, offset in before).

    The longest run of at most six words after the last comma or dash that is a speaker noun phrase:
    "powerful teachers unions", "Govs. Ann Lee and Bo Li", "four in 10", "the Post".
    """
    stripped = before.rstrip(" ,\u2014-")
    # "Tom Hardy (R-Ohio), who" and "Tom Hardy (R-Ohio), a retired pilot, who": a bracket or an appositive after a
    # name belongs to that name; the name (with its appositive) is the antecedent.
    named = _NAME_THEN_APPOSITIVE.search(stripped)
    if named and (" " in named.group(1) or named.group(2)) and np_ok(named.group(1), lex) and not re.search(
            r"(?<![\w'\u2019-])(?i:in|at|near|across|outside|inside|throughout|around)\s+$", stripped[:named.start(1)]) \
            and named.group(1).split()[0].lower() not in patterns.OPENING_PREPOSITIONS:
        # not a place opening the sentence: "In Dayton, the mayor, who ..."
        return stripped[named.start(1):], named.start(1)
    cut = max(stripped.rfind(c) for c in ",;:(\u2014") + 1
    chunk = stripped[cut:]
    words = list(patterns.WORD.finditer(chunk))
    texts = [w.group(0) for w in words]
    # "Ann Lee met Tom Hardy, who": a lowercase word between two capitalised words that joins no name ("and",
    # "of", "van"), is no role ("Acme president Ann Lee") and follows no determiner ("The lifelong Republican") is a
    # verb; the antecedent starts after it.
    verb_at = max((j for j in range(1, len(texts) - 1) if texts[j][0].islower() and texts[j - 1][0].isupper()
                   and texts[j + 1][0].isupper() and texts[j] not in _NAME_JOINERS
                   and not patterns.DETERMINER.match(texts[j - 1]) and not find_role_words(texts[j], lex.roles)),
                  default=-1)
    for k in range(max(0, len(words) - 6, verb_at + 1), len(words)):
        phrase = chunk[words[k].start():]
        if any(w.group(0).endswith("ed") and w.group(0)[0].islower() for w in words[k:]):
            continue  # "law angered farmers": a verb is no part of the antecedent
        if lex.cue_regex.match(phrase):
            continue  # "..., say some residents, who": the reporting verb is no part of it either
        if texts[k] in _ANTECEDENT_NOT_FIRST:
            continue  # "backed by Ann Lee, who": nor is the preposition before it
        if np_ok(phrase, lex) or _loose_np(phrase, lex):
            named = _name_after_thing(phrase, lex)
            if named:
                return named[0], cut + words[k].start() + named[1]
            return phrase, cut + words[k].start()
    return None


# A name closing a clause, then a bracket ("(R-Ohio)"), an appositive (", a retired pilot") or both.
_NAME_THEN_APPOSITIVE = re.compile(r"(?<![\w'\u2019.-])([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})"
                                   r"(\s*\([^()]{1,40}\))?(?:,\s*(?:an?|the)\s[^,;:()\u2014]{1,80}|(?<=\)))$")


# "a pay rise for Ann Lee, who ...": a thing, a preposition and a name ending the phrase.
_THING_THEN_NAME = re.compile(r"^(.+?)\s(?:for|of|to|against|over|from|by|with|on)\s+((?:[A-Z][\w'\u2019.-]*\s+){0,3}"
                              r"[A-Z][\w'\u2019-]*)$")


def _name_after_thing(phrase: str, lex: Lexicon) -> Optional[tuple]:
    """(name, offset in phrase) when a relative pronoun's antecedent is a thing followed by a preposition and a name
    ("approved a pay rise for Ann Lee, who said ..."): a relative clause of speech is about someone who can speak, so
    it hangs on the name, the nearest noun phrase. None when the head before the preposition has a role word or is
    a person noun ("the president of Acme, who", "a friend of Ann Lee, who", "a report by Acme, which")."""
    m = _THING_THEN_NAME.match(phrase)
    if not m or find_role_words(m.group(1), lex.roles):
        return None
    head = head_word(m.group(1)).lower()
    if not head or head in lex.person_nouns or not head.isalpha() or m.group(1)[:1].isupper() and not re.match(
            r"(?:The|A|An)\s", m.group(1)):
        return None
    name = m.group(2)
    if name.split()[0].lower() in lex.roles.not_names or find_role_words(name, lex.roles):
        return None
    return name, m.start(2)


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
