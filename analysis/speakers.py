"""Who is speaking: the article state that resolves surnames, he/she/they and descriptions to the people and
groups an article introduces, the roles it gives them anywhere, and the learned he/she ranking.

The second layer of the quote step (see analysis/quotes.py for the method)."""

import bisect
import itertools
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

from analysis import patterns
from analysis.sources import (GENERIC_TITLES, QUANTIFIERS, TRAILING_NON_HEADS, _opening_noun_phrase, classify_source,
                              find_role_words, listed_as_no_given_name, organisation_type_in_text, plural_role,
                              possessive_organisation, quantified_party, result_head, title_organisation)
from analysis.speech import (ANTECEDENT_FEATURES, Lexicon, Speaker, _has_clause_word, _name_tokens, find_quote_spans,
                             load_lexicon, repair_mojibake, split_sentences)

# --------------------------------------------------------------------------------------------------------------
# Article state: entities for resolution
# --------------------------------------------------------------------------------------------------------------

@dataclass
class Entity:
    name: str
    role: str
    kind: str
    plural: bool
    source_type: str = ""
    anonymous: bool = False
    evidence: str = ""


@dataclass
class ArticleState:
    candidates: list  # (line, tokens, context_before, appositive)
    entities: list = field(default_factory=list)
    last_person: Optional[Entity] = None
    last_group: Optional[Entity] = None
    last_org: Optional[Entity] = None
    last_any: Optional[Entity] = None
    last_plural: Optional[Entity] = None  # the last group that spoke or opened a sentence ("Many outlets ...")
    prev_para_speaker: Optional[Entity] = None
    prev_para_unclosed: bool = False
    colon_speaker: Optional[Entity] = None  # subject of a paragraph ending with a colon ("Lee continued:")
    colon_note: str = ""  # the note for colon_speaker when it came from elsewhere (a vox-pop name line)
    recent_persons: list = field(default_factory=list)  # singular person entities, most recent last
    text: str = ""  # the whole article, for gender cues
    genders: dict = field(default_factory=dict)  # entity name -> "m" | "f" | "" (cached)
    # Other facts about the article computed once and looked up many times: ("shared surname", surname) and
    # ("organisation name", name) -> bool, ("described", name) and ("organisation type", name[, back]) -> what the whole
    # article says of a name, "candidate words" -> the word index of `candidates`, "longer names" -> the fuller
    # forms of candidate names (_longest_form). Use derive().
    derived: dict = field(default_factory=dict)
    mentions: list = field(default_factory=list)  # Mention, in text order
    mention_pos: list = field(default_factory=list)
    paragraph_offsets: list = field(default_factory=list)
    sentence_starts: list = field(default_factory=list)
    full_names: dict = field(default_factory=dict)  # (short name, line) -> full name (cached)
    speaker_pos: dict = field(default_factory=dict)  # entity name -> article offset where it last spoke
    offset: int = 0  # article offset of the paragraph being read
    candidate_log: Optional[list] = None  # for fitting the weights: every he/she decision with its candidates
    lines: list = field(default_factory=list)  # line number of each paragraph (paragraph_offsets order)
    article_roles: dict = field(default_factory=dict)  # person name -> role mentions in the article (cached)
    person_nouns: frozenset = frozenset()  # lexicon person nouns (quote_person_nouns.csv: "woman", "friend")
    ordinary: frozenset = frozenset()  # sentence-case words of the article (sentence_case_words)
    mid_capitals: frozenset = frozenset()  # words capitalised mid-sentence somewhere (mid_sentence_capitals)

    def derive(self, key, compute):
        """A fact about the whole article: compute() on first use, then the kept value. Facts that search the
        whole article text may be asked for once per quote or per candidate; each is computed once."""
        if key not in self.derived:
            self.derived[key] = compute()
        return self.derived[key]


def collect_name_candidates(texts: list, lex: Optional["Lexicon"] = None) -> list:
    """Runs of two or more capitalised words in the article (line, words, text before, appositive after)."""
    lex = lex or load_lexicon(speaker_weights=None)
    appositive = re.compile(r"^,\s*((?:an?|the)\s[^,.;]{2,100}|[a-z][^,.;]{2,100})(?:,|\s+(?:" + lex.speech_verbs
                            + r"))")
    out = []
    for line, text in texts:
        if _title_case_line(text):
            continue  # a headline capitalises verbs and adjectives next to names ("Mayor Fires Lee Over Remark")
        run, run_start, last_end = [], 0, -10
        for m in patterns.WORD.finditer(text):
            w = m.group(0)
            gap = text[last_end:m.start()]
            # A full stop after a word that is no initial or abbreviation ends the sentence and the run ("...
            # attacked Tom Hardy. Hardy said" holds "Tom Hardy", not "Hardy. Hardy").
            ends_sentence = bool(run) and _sentence_end_word(run[-1], lex)
            if w[0].isupper() and (run and gap == " ") and not ends_sentence:
                run.append(w)
            else:
                if len(run) >= 2:
                    _add_candidate(out, _candidate(line, text, run, run_start, last_end, appositive, lex))
                run, run_start = ([w], m.start()) if w[0].isupper() else ([], m.start())
            last_end = m.end()
        if len(run) >= 2:
            _add_candidate(out, _candidate(line, text, run, run_start, last_end, appositive, lex))
    return out


def _add_candidate(out: list, candidate: tuple) -> None:
    if len(candidate[1]) >= 2:  # still a run of two or more words once an opening word is cut
        out.append(candidate)


def _title_case_line(text: str) -> bool:
    """A headline in title case: at least four words, most of them capitalised, and no sentence punctuation
    inside ("Mayor Fires Lee Over Bridge Remark")."""
    words = patterns.WORD.findall(text)
    if len(words) < 4 or re.search(r"[.!?][\"\u201d']?\s+\S", text.strip()):
        return False
    return patterns.headline_case(words, share=0.7, min_words=4)


def _sentence_end_word(word: str, lex: "Lexicon") -> bool:
    """A word whose full stop ends a sentence: not an initial ("B."), an abbreviation ("Sen.") or dotted
    letters ("U.S."), which _is_abbreviation knows."""
    return word.endswith(".") and not _is_abbreviation(word, lex)


def _candidate(line, text, run, start, end, appositive, lex):
    while len(run) > 1 and patterns.NAME_OPENER.fullmatch(run[0]):
        run = run[1:]  # "Meanwhile Ann Lee": the sentence's opening word is no part of the name
    if _sentence_end_word(run[-1], lex):
        run = run[:-1] + [run[-1][:-1]]  # "Tom Hardy." ending a sentence is "Tom Hardy"
    before = text[max(0, start - 60):start]
    after = text[end:end + 120]
    appos = ""
    m = appositive.match(after)
    if m:
        appos = m.group(1).strip()
    return (line, list(run), before, appos)


NAME_PARTICLES = patterns.NAME_PARTICLES


def _candidate_word_index(state: ArticleState) -> dict:
    """Lowercased word (possessive 's dropped) -> [(candidate number, word number)] in article order, built once per
    article: looking a short form up, rather than scanning every capitalised run of the article for each
    speaker, keeps name expansion linear in article length."""
    cached = state.derived.get("candidate words")
    if cached is not None and cached[0] is state.candidates:
        return cached[1]
    index = defaultdict(list)
    for k, (_, run, _, _) in enumerate(state.candidates):
        for i, w in enumerate(run):
            index[(w[:-2] if w.endswith(("'s", "\u2019s")) else w).lower()].append((k, i))
    state.derived["candidate words"] = (state.candidates, index)
    return index


def _title_of(before: str, lex: Lexicon) -> bool:
    """Does the text before a capitalised run end in a title and its "of" ("Secretary of State Lee", "Minister
    of the Interior Lee"), so that the run's first word names the title's office, not the person?"""
    m = re.search(r"(\w[\w.]*)\s+(?:of|for)\s+(?:the\s+)?$", before)
    return bool(m and m.group(1).lower().rstrip(".") in lex.roles.title_words)


def _title_before_given_name(run: list, lex: Lexicon) -> bool:
    """Does a three-word run open with a capitalised job noun or a hyphenated compound before a given name
    ("Pastor Ann Lee", "Co-host Ann Lee", "Dayton-based Ann Lee"), a title rather than the first of three names?"""
    return run[1] in lex.first_names and run[0] not in lex.first_names and (
        "-" in run[0] or _is_person_noun(run[0].lower(), lex))


def _particle_full_name(core: list, state: ArticleState, lex: Lexicon) -> str:
    """The full name the article writes for a surname with its particles ("De Vries" -> "Ann de Vries", in whatever
    case the particles are written there): the first time it follows a capitalised word that may be a given name
    (_not_a_given_name), else "". Looked up once per article and surname (ArticleState.derive), so each
    particle surname costs one scan of the article however often it is quoted."""
    return state.derive(("particle full name", tuple(core)), lambda: _scan_particle_full_name(core, state, lex))


def _scan_particle_full_name(core: list, state: ArticleState, lex: Lexicon) -> str:
    written = re.compile(r"(?<![\w'\u2019.-])([A-Z][\w'\u2019-]*)\s+" + r"\s+".join(
        "(?i:" + re.escape(w) + ")" for w in core[:-1]) + r"\s+" + re.escape(core[-1]) + r"(?![\w'\u2019-])")
    for m in itertools.islice(written.finditer(state.text), 20):  # at most 20 candidates
        if not _not_a_given_name(m.group(1), state, lex) and m.group(1).lower() not in NAME_PARTICLES:
            return " ".join(m.group(0).split())
    return ""


def _full_name(short: str, state: ArticleState, line: int, lex: Lexicon) -> tuple:
    """Expand a surname or short form to a full name introduced in the same article, with its role."""
    short_l = short.lower()
    for ent in reversed(state.entities):
        toks = ent.name.split()
        # Only a proper name ("Ann Lee") is a full form: not a description read as a speaker ("Lee personally
        # opposes the plan"), whose first word happens to be the surname.
        if ent.kind == "person" and len(toks) >= 2 and short_l in (toks[0].lower(), toks[-1].lower()) and all(
                t[:1].isupper() or t.lower() in NAME_PARTICLES for t in toks):
            return ent.name, ent.role
    options = []
    for k, i in _candidate_word_index(state).get(short_l, ()):
        cand_line, run, before, appos = state.candidates[k]
        w = run[i]
        possessive = w.endswith(("'s", "\u2019s"))
        w = w[:-2] if possessive else w
        bad = lambda t: (t in state.ordinary or t.lower() in lex.roles.title_words or t.lower() in lex.roles.not_names
                         or t.lower().rstrip(".") in _NAME_SUFFIXES
                         or t.lower().endswith("ly") or (t.isupper() and len(t) > 5)
                         or t.lower().rstrip(".") in lex.roles.honorifics or bool(find_role_words(t, lex.roles))
                         or bool(patterns.ACRONYM.match(t)))
        title = " ".join(run[:i])
        initials = i > 0 and (re.fullmatch(r"[A-Z]\.", run[i - 1]) or _joined_initials(run[i - 1], lex))
        if initials and i > 1 and not bad(run[i - 2]) and not run[i - 2].endswith(("'s", "\u2019s")):
            name = f"{run[i - 2]} {run[i - 1]} {w}"  # a middle initial: "Ann B. Lee", "George H.W. Lee"
            title = " ".join(run[:i - 2])
        elif i > 1 and not bad(run[i - 1]) and not any(t.endswith(("'s", "\u2019s")) for t in run[i - 2:i]) and (
                run[i - 2] in lex.first_names or (i == 2 and not bad(run[0]) and re.search(r"[a-z,]\s*$", before)
                                                  and not patterns.PREPOSITION_BEFORE.search(before)
                                                  and not _title_before_given_name(run, lex))):
            # A given name and a middle name: "Ann Marie Lee", or a three-word run after a lowercase word
            # ("front-runner Rook Tamsin Quist"); not after a preposition ("ambassador to Ruritania Tom Hardy").
            name = f"{run[i - 2]} {run[i - 1]} {w}"
            title = " ".join(run[:i - 2])
        elif i > 0 and (not bad(run[i - 1]) or initials) and not run[i - 1].endswith(("'s", "\u2019s")) \
                and not (i == 1 and _title_of(before, lex)):  # "Secretary of State Lee": "State" is the title's
            name = f"{run[i - 1]} {w}"
            title = " ".join(run[:i - 1])
        elif i + 1 < len(run) and not possessive and not bad(run[i + 1]) \
                and not run[i + 1].endswith(("'s", "\u2019s")):
            name = f"{w} {run[i + 1]}"
        else:
            continue
        # A title inside the capitalised run ("Sen. Ann Lee") or right before it ("presidential candidate
        # Ann Lee"); not a role word further back ("the senator told Ann Lee").
        prefix_role = _title_before(before, lex) if before.strip() else None
        role = appos or (title if find_role_words(title, lex.roles) else "") or (
            f"{prefix_role[0]} {title}".strip() if prefix_role else "")
        if cand_line > line:
            continue  # a name introduced later in the article is not this speaker's introduction
        # Western names end with the surname ("Donald Trump"), Chinese ones start with it ("Zhang Ming"):
        # when the article offers both readings, the surname-last one wins (prev_form).
        options.append((i > 0 and name.endswith(w), line - cand_line, name, role))
    if options:
        # The form the article uses most often; among equally frequent forms, one whose first word the article
        # also capitalises after a lowercase word or a comma ("said Ann Lee"; not "Understated Lee" opening a
        # sentence or "Fires Lee" in a headline); then the earliest introduction (full names come first).
        freq = defaultdict(int)
        for o in options:
            freq[o[2]] += 1
        mid = lambda o: o[2].split()[0] in state.mid_capitals
        chosen = max(options, key=lambda o: (o[0], freq[o[2]], mid(o), o[1]))
        return repair_mojibake(chosen[2]), re.sub(r"^(?:the|a|an)\s+", "", chosen[3], flags=re.IGNORECASE)
    return short, ""


def resolve_speaker(sp: Speaker, state: ArticleState, line: int, context: str, lex: Lexicon,
                    pos: int = -1) -> tuple:
    """Resolve a parsed speaker to an Entity within the article; returns (entity, note).

    pos: the speaker's offset in its paragraph; he/she at a known position is resolved by ranking the people
    named in the preceding sentences with the learned weights (`_pronoun_antecedent`), else by recency.
    """
    note = ""
    if sp.kind == "pronoun":
        w = sp.written.lower()
        if w in {"they", "we"}:
            ent = state.last_group or state.last_org
        elif w == "it":
            ent = state.last_org
        else:
            ent = _pronoun_antecedent(w, state, line, pos, context, lex) if pos >= 0 else None
            if ent is None:
                ent = _pronoun_person(w, state, lex)
        if ent is None and w == "it":
            # "It said", "it reads" with no organisation speaking before it: in news a thing that speaks as "it" and
            # is no organisation is a text (an email, a report, a petition, a law), so a document. An organisation
            # only named before ("Acme's shares fell. It said ...") may be the "it" instead: on the train tuning gold
            # the document reading was right 3 times of 5 there, and leaving the type empty right none.
            ent = Entity("", "", "pronoun", False, UNRESOLVED_IT_TYPE, False,
                         f"pronoun '{sp.written}' and no organisation has spoken before it: a text speaks -> "
                         f"{UNRESOLVED_IT_TYPE}")
            note = f"pronoun '{sp.written}' has no earlier organisation speaker in the article"
        elif ent is None:
            ent = Entity("", "", "pronoun", sp.plural, "", False, f"pronoun '{sp.written}' with no antecedent")
            note = f"pronoun '{sp.written}' has no earlier speaker in the article"
        return ent, note
    if sp.kind == "quantifier":
        # "Many outlets exaggerated ... Some have warned": the most recent group, speaking or only mentioned.
        ent = state.last_plural
        if ent is None:
            ent = Entity("", "", "group", True, "", True, f"quantifier '{sp.written}' with no earlier group")
            note = f"'{sp.written}' has no earlier group in the article: source type unknown"
        else:
            note = f"'{sp.written}' resolved to the earlier group {ent.name}"
        return ent, note
    if sp.kind == "group":
        # "the expert", "the president": the most recent speaker with that role word or source type.
        m = re.match(r"(?i)^the\s+(?:(\w+)\s+)?(\w+)$", sp.written)
        # "The Monmouth poll" names its own source: only "the poll", "the new poll" point back to an earlier one.
        modifier = m.group(1) or "" if m else ""
        own_name = (modifier[:1].isupper() and modifier.lower() not in lex.roles.not_names
                    and not find_role_words(modifier, lex.roles))
        if m and not sp.plural and not own_name:
            word = m.group(2).lower()
            roles = find_role_words(word, lex.roles)
            wtype = lex.roles.table.at[roles[0][0], "source_type"] if roles else ""
            wkind = lex.roles.table.at[roles[0][0], "kind"] if roles else ""
            # First an earlier speaker whose name or role contains the word, then one of the same type.
            for ent in reversed(state.entities):
                # A document word in the role's head part only, not its complement: "the complaint" is not the
                # "tenant named in the complaint" (but "the company" may be the "spokeswoman for the company").
                role = ent.role if wkind != "document" else re.split(
                    r"\s(?:of|in|at|for|from|with|to|on|by|who|that)\s", ent.role, maxsplit=1)[0]
                if not ent.plural and re.search(rf"(?<![\w-]){re.escape(word)}", f"{role} {ent.name}".lower()):
                    return ent, f"'{sp.written}' resolved to the earlier speaker {ent.name or ent.role}"
        holder = _named_holder(sp.written, state, lex, state.offset + max(pos, 0)) if not sp.plural else ""
        if holder:
            # "the Ohio senator" after "Sen. Ann Lee (D-Ohio)": the person the article names with that role, typed
            # by the description as written.
            note = f"'{sp.written}' resolved to {holder}, whom the article gives that role"
            for ent in reversed(state.entities):
                if ent.kind == "person" and ent.name == holder:
                    return ent, note
            cls = classify_source(sp.written, sp.role, context, lex.roles)
            ent = Entity(holder, sp.role or re.sub(r"(?i)^the\s+", "", sp.written), "person", False,
                         cls["source_type"], False, cls["evidence"].replace(f"; no name in '{sp.written}'", "")
                         + f"; '{sp.written}' is the role the article gives {holder}")
            state.entities.append(ent)
            return ent, note
        if m and not sp.plural and not own_name:
            for ent in reversed(state.entities):
                same_kind = ent.kind == "organisation" if wkind == "organisation" else ent.kind == "person"
                if wkind == "document" and len(ent.name.split()) >= 2 and ent.name[:1].isupper():
                    same_kind = False  # "the complaint" is no named person, whatever type the person's role gave
                if not ent.plural and same_kind and wtype and ent.source_type == wtype:
                    return ent, f"'{sp.written}' resolved to the earlier speaker {ent.name or ent.role}"
        cls = classify_source(sp.written, sp.role, context, lex.roles)
        # The group is named by its head part: "a diplomat from the Embassy of Honduras" -> "diplomat".
        head_part = re.split(r"\s(?:from|of|at|with|for|in|on|engaged|based|to|who)\s", sp.written, maxsplit=1)[0]
        name = re.sub(r"^(?:the|a|an|one|some|many|several|most|other|few)\s+", "", head_part, flags=re.IGNORECASE)
        first = name.split()[0] if name else ""
        if first and first[0].isupper() and first.lower() not in lex.roles.not_names and find_role_words(
                first, lex.roles):
            name = name[:1].lower() + name[1:]  # "Analysts said" -> analysts
        if cls["source_type"] == "document":
            # "local official data" ... "official data": one document source per article, under its first name.
            words = name.lower().split()
            for ent in reversed(state.entities):
                ew = ent.name.lower().split()
                if ent.source_type == "document" and ew and words and (
                        ew[-len(words):] == words or words[-len(ew):] == ew):
                    return ent, f"'{sp.written}' is the same document source as '{ent.name}'"
        anonymous, evidence = cls["anonymous"], cls["evidence"]
        holder = role_holder(sp.written, state.text, lex) if anonymous and not sp.plural else ""
        if holder and "text says" not in evidence:
            # "the chief financial officer" after "Ann Lee, the chief financial officer,": one named holder.
            anonymous = False
            evidence = evidence.replace(f"; no name in '{sp.written}'", "") + (
                f"; '{sp.written}' is the role the article gives {holder}")
        ent = Entity(name, sp.role, "group" if sp.plural else "person", sp.plural,
                     cls["source_type"], anonymous, evidence)
        state.entities.append(ent)
        return ent, note
    if sp.kind in ("organisation", "person") and (result_head(sp.written, lex.roles)
                                                  or quantified_party(sp.written)):
        # "a count by the Daily Star": the count is the source (a document), not the outlet that made it;
        # "some Democrats": an unnamed part of a party, not the party. Neither is remembered as a named speaker.
        cls = classify_source(sp.written, sp.role, context, lex.roles)
        return Entity(sp.name, sp.role, "organisation", False, cls["source_type"], cls["anonymous"],
                      cls["evidence"]), note
    if sp.kind == "organisation" and re.fullmatch(r"[A-Z][A-Z'\u2019-]{2,}", sp.name):
        # "LEE:" labelling a transcript's turns: a surname in capitals that expands to a person the article
        # names ("Ann Lee") is that person, not an acronym.
        full, full_role = _full_name(sp.name.title(), state, line, lex)
        if len(full.split()) >= 2 and full.split()[-1] == sp.name.title():  # "All ACME" is no person
            return resolve_speaker(Speaker(sp.written, sp.role, full, "person", False), state, line, context, lex,
                                   pos)
    if sp.kind == "organisation":
        key = sp.name.lower()
        for ent in reversed(state.entities):
            if ent.kind == "organisation" and (ent.name.lower() == key or ent.name.lower().endswith(" " + key)
                                               or key.endswith(" " + ent.name.lower())):
                return ent, note
        cls = classify_source(sp.name, f"{sp.role} {sp.name}", context, lex.roles)
        anonymous = cls["anonymous"] and not sp.spokes_org
        if sp.spokes_org:
            cls["evidence"] += f"; spokesperson of '{sp.spokes_org}' speaks for it"
        ent = Entity(sp.name, sp.role, "organisation", False, cls["source_type"], anonymous, cls["evidence"])
        state.entities.append(ent)
        return ent, note
    # A person: expand short forms, reuse the entity if known.
    name, role = " ".join(clean_name_words(sp.name.split(), state.ordinary)) or sp.name, sp.role
    name = repair_mojibake(name)  # "Jos\u00c3\u00a9 Quintero" -> "Jos\u00e9 Quintero"
    words = name.split()
    if len(words) >= 3 and words[1] in lex.first_names and (
            _is_person_noun(words[0].lower(), lex) or _not_a_given_name(words[0], state, lex)):
        # "Actor Ann Lee", "Comedian Bo Chan", "Co-host Ann Lee": a capitalised job noun, a hyphenated compound or a
        # word the article writes in lowercase before a given name is a title (one no role list holds), not part
        # of the name.
        head = words[0].lower().split("-")[-1]  # "co-host" is a host, "Dayton-based" no role
        name = " ".join(words[1:])
        role = role or (words[0].lower() if _is_person_noun(head, lex) or find_role_words(head, lex.roles) else "")
    core = _without_suffix(name.split())
    if len(core) > 1 and all(w.lower() in NAME_PARTICLES for w in core[:-1]):
        # "Ms. de la Fuente", "De la Fuente said": a surname with its particles is the earlier speaker whose full name
        # ends in it
        tail = " " + " ".join(core).lower()
        full = next((ent.name for ent in reversed(state.entities) if ent.kind == "person"
                     and ent.name.lower().endswith(tail)), "") or _particle_full_name(core, state, lex)
        if full:
            note = f"'{name}' resolved to '{full}'"
            name = full
    if len(core) == 1:
        # a surname, or a surname with its generational suffix ("said Lee Jr."), expands to the full name; not to
        # one whose given name is of the other sex than the honorific it is written with ("Mr. Lee" is no "Ann Lee")
        full, full_role = _full_name(core[0], state, line, lex)
        written = sp.written.split()
        address = honorific_gender(written[:written.index(core[0])] if core[0] in written else [], lex)
        if full != core[0] and not (address and first_name_gender(full, lex) not in ("", address)):
            note = f"'{name}' resolved to '{full}'"
            name, role = full, role or full_role
    for ent in reversed(state.entities):
        if ent.kind == "person" and ent.name == name:
            if role and not ent.role:
                ent.role = role
                cls = classify_source(ent.name, role, context, lex.roles)
                ent.source_type, ent.evidence = cls["source_type"], cls["evidence"]
            return ent, note
    cls = classify_source(name, role, context, lex.roles)
    ent = Entity(name, role, "person", False, cls["source_type"], cls["anonymous"], cls["evidence"])
    state.entities.append(ent)
    return ent, note


_DEFINITE_DESCRIPTION = re.compile(r"(?i)^the\s+((?:[\w'\u2019-]+\s+){0,4})([a-z][\w-]*)$")
NAMED_HOLDER_REACH = 30  # distinct full names looked at, most recent first
NAMED_HOLDER_STEPS = 300  # earlier mentions walked at most, so a long article's quotes cost no more each


def _role_names_head(role: str, head: str, lex: Lexicon, described: frozenset = frozenset()) -> bool:
    """Does a role the article gives someone hold this head noun, written out or as its abbreviated title
    ("Sen. Ann Lee" for "senator", "Gov." for "governor")? Not after a word that makes it another office
    ("deputy mayor", "shadow chancellor": _OTHER_OFFICE_MODIFIERS) unless the description has that word too
    (`described`: its lowercase words, "the deputy mayor"). A former or acting holder still holds the head noun
    ("Former Sen. Ann Lee" ... "the senator")."""
    tokens = re.findall(r"[A-Za-z][\w-]*\.?", role)
    for k, t in enumerate(tokens):
        low = t.lower().rstrip(".")
        if low == head or (len(low) >= 3 and head.startswith(low) and (t.endswith(".") or low in lex.abbreviations)):
            before = tokens[k - 1].lower().rstrip(".") if k else ""
            if before in _OTHER_OFFICE_MODIFIERS and before not in described:
                continue
            return True
    return False


def _places_after(text: str, name: str) -> set:
    """The capitalised word after each "NAME of/from (the)" in the article ("Ann Lee of Ohio" -> {"Ohio"}), and
    its prefixes, as a modifier of a description may be the start of it."""
    out = set()
    for m in re.finditer(re.escape(name) + r"\s+(?:of|from)\s+(?:the\s+)?([\w'\u2019.&-]+)", text):
        out.update(m.group(1)[:k] for k in range(1, len(m.group(1)) + 1))
    return out


def _named_holder(written: str, state: ArticleState, lex: Lexicon, at: int) -> str:
    """The person a definite description of a role refers back to: "the Ohio senator", "the presumptive
    Republican nominee" -> the most recent person named before `at` (a full name of two words or more) whose
    roles in the article (name_role_mentions) hold the head noun, a person role word, and every capitalised
    modifier ("Ohio", "Republican"); "" when no one does."""
    m = _DEFINITE_DESCRIPTION.match(written.strip())
    if not m:
        return ""
    head = m.group(2).lower()
    rows = find_role_words(head, lex.roles)
    if not rows or lex.roles.table.at[rows[0][0], "kind"] != "person" or _has_clause_word(written):
        return ""
    modifiers = [w for w in m.group(1).split() if w[:1].isupper()]
    described = frozenset(w.lower() for w in m.group(1).split())
    seen = set()
    i = bisect.bisect_left(state.mention_pos, at) - 1
    stop = i - NAMED_HOLDER_STEPS
    while i >= 0 and i > stop and len(seen) < NAMED_HOLDER_REACH:
        name = state.mentions[i].name
        i -= 1
        if len(name.split()) < 2 or name in seen:
            continue
        seen.add(name)
        roles = [r for _, r in state.derive(("role mentions", name), lambda: name_role_mentions(
            state.text, name, lex, _article_given_names(state)))]
        if any(_role_names_head(r, head, lex, described) for r in roles) and all(
                any(w in r for r in roles) or w in state.derive(("places after", name), lambda: _places_after(
                    state.text, name)) for w in modifiers):
            return name  # a modifier in a role or a place after the name ("Sen. Ann Lee of Ohio")
    return ""


_NAME_RUN = re.compile(r"[A-Z][\w'\u2019.-]+(?:[ ][A-Z][\w'\u2019.-]+)+")
_HOLDER_BEFORE = re.compile(r",\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")
_HOLDER_AS = re.compile(r"\bas\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$")


def _clean_name_run(run: str, lex: Lexicon) -> str:
    """A run of capitalised words without sentence openers, weekdays and other non-name words ("But Ann Lee" ->
    "Ann Lee", "On Thursday" -> ""); "" unless two name words remain."""
    words = [w for w in run.split() if w.lower() not in lex.roles.not_names and w.lower() not in TRAILING_NON_HEADS
             and w.lower() not in QUANTIFIERS and not find_role_words(w, lex.roles)]
    return " ".join(words) if len(words) >= 2 else ""


# Words before a title that make it another office ("deputy mayor" is not "the mayor").
_OTHER_OFFICE_MODIFIERS = frozenset({"vice", "deputy", "assistant", "associate", "lieutenant", "co", "ex", "shadow"})
# ... and, for a role a definite description names, a holder who no longer (or not yet) holds it.
_OTHER_TITLE_MODIFIERS = _OTHER_OFFICE_MODIFIERS | {"former", "acting", "then", "past", "late"}


def role_holder(written: str, text: str, lex: Lexicon) -> str:
    """The named person the article gives this definite singular role ("the chief financial officer" ->
    "Ann Lee" from "Ann Lee, the chief financial officer," / "chief financial officer Ann Lee" / "Ann Lee ... as
    the chief financial officer"), else "". Only for "the" + a phrase whose head is a person role word: such a
    back-reference names one identifiable person (the gold rule), unlike "an aide" or "officials"."""
    m = re.match(r"(?i)^the\s+(.+)$", (written or "").strip())
    if not m:
        return ""
    phrase = m.group(1)
    if re.search(r"[,;]|\s(?:who|which|that|of|at|for|from|in)\s", phrase) or len(phrase.split()) > 5:
        return ""
    head = phrase.split()[-1]
    # the head word, or a several-word role ending the phrase whose last word is no role ("the first lady")
    rows = find_role_words(head, lex.roles) + [(r, w) for r, w in find_role_words(phrase, lex.roles)
                                               if " " in w and phrase.lower().endswith(w.lower())]
    if not any(lex.roles.table.at[r, "kind"] == "person" for r, _ in rows):
        return ""
    # Not "the president's nominee" (another person) and not inside another title ("Vice President Bo Li",
    # "former president Bo Li").
    pattern = re.compile(r"(?i)(?<![\w-])" + re.escape(phrase) + r"(?![\w-])(?!['\u2019]s\b)")
    for hit in itertools.islice(pattern.finditer(text), 50):  # bounded: linear time
        prev = re.search(r"(\S+)\s+$", text[max(0, hit.start() - 30):hit.start()])
        if prev and prev.group(1).lower().rstrip(".") in _OTHER_TITLE_MODIFIERS:
            continue
        # The sentence up to the role: a name right before ", the ROLE" or its subject before "as the ROLE".
        before = re.split(r"[.!?]\s+|\n", text[max(0, hit.start() - 160):hit.start()])[-1]
        runs = [r for r in (_clean_name_run(x.group(0), lex) for x in _NAME_RUN.finditer(before)) if r]
        closed = re.match(r"\s*(?:[,;)\u2014]|\.(?:\s|$)|$)", text[hit.end():hit.end() + 3]) is not None
        if runs and closed and _HOLDER_BEFORE.search(before) and before[
                :_HOLDER_BEFORE.search(before).start()].endswith(runs[-1].split()[-1]):
            return runs[-1]  # an appositive closed by punctuation: "Ann Lee, the nominee, said"
        if len(runs) == 1 and _HOLDER_AS.search(before):
            return runs[0]  # the one name of the sentence: "Ann Lee spoke as the Democratic nominee"
        after = _NAME_RUN.match(text[hit.end():hit.end() + 60].lstrip(" "))
        if after and text[hit.end():hit.end() + 1] == " " and _clean_name_run(after.group(0), lex):
            return _clean_name_run(after.group(0), lex)  # a title before the name: "chief financial officer Ann Lee"
    return ""


def entity_gender(name: str, text: str, unanimous: bool = False, lex: Optional["Lexicon"] = None) -> str:
    """"m", "f" or "" from the article's own cues about this person: "Mr./Ms. Surname", a role such as
    "spokeswoman" in the role, and "Surname said she ..." (a speaker's report about themselves). unanimous (the
    veto of a he/she candidate): no cue of the other gender, and a -man title ("spokesman", "chairman") is no cue.

    The gender words come from quote_gender_words.csv and the gender column of role_words.csv, the speech verbs
    from the neutral rows of reporting_verbs.csv (lex; loaded when not given)."""
    lex = lex or load_lexicon(speaker_weights=None)
    surname = name.split()[-1] if name.split() else ""
    if not surname or not surname[0].isupper():
        return ""
    votes = {"m": 0, "f": 0}
    name = re.escape(surname)
    titled = re.compile(r"(?<![\w-])(\w+)\.?\s+(?:[A-Z][\w'-]*\s+)?" + name + r"(?![\w-])")
    self_report = re.compile(name + r"(?![\w-])(?:,[^.;:\"\u201c\u201d]{0,80}?,)?\s+(?:" + lex.speech_verbs + r")\s+"
                             r"(?:that\s+)?(he|she)(?![\w-])")
    for pattern in (titled, self_report):
        for m in itertools.islice(pattern.finditer(text), 200):
            word = m.group(1).lower()
            gender = lex.gender_words.get(word, "")
            if unanimous and _man_title(word, gender):
                continue  # "spokesman Ann Lee": it vetoes no "she"
            if gender:
                votes[gender] += 1
    if votes["m"] == votes["f"] or (unanimous and min(votes.values()) > 0):
        return ""  # unanimous: "Mr. Clinton" and "Mrs. Clinton" in one article say nothing about "Clinton"
    return "m" if votes["m"] > votes["f"] else "f"


def _pronoun_antecedent(word: str, state: ArticleState, line: int, pos: int, context: str,
                        lex: Lexicon) -> Optional[Entity]:
    """he/she -> the best-scoring named person of the preceding sentences (None: use the recency rule)."""
    if word not in {"he", "she"}:
        return None
    at = state.offset + pos
    candidates = antecedent_candidates(word, state, at, line, lex)
    if state.candidate_log is not None:
        state.candidate_log.append({"line": line, "pos": pos, "pronoun": word, "candidates": candidates})
    if not candidates or not lex.speaker_weights:
        return None
    name = rank_antecedents(candidates, lex.speaker_weights)
    for ent in reversed(state.entities):
        if ent.kind == "person" and ent.name == name:
            return ent
    cls = classify_source(name, "", context, lex.roles)
    ent = Entity(name, "", "person", False, cls["source_type"], cls["anonymous"], cls["evidence"])
    state.entities.append(ent)
    return ent


def _pronoun_person(word: str, state: ArticleState, lex: Optional["Lexicon"] = None) -> Optional[Entity]:
    """The person "he"/"she" refers to, among the last four persons named as speakers or subjects: the most
    recent one the article does not mark with the other gender, else the most recent person."""
    want = "m" if word in {"he", "him"} else "f" if word in {"she", "her"} else ""
    if not want:
        return state.last_person
    recent = list(reversed(state.recent_persons[-4:]))
    for ent in recent:
        if ent.name not in state.genders:
            state.genders[ent.name] = entity_gender(ent.name, state.text, lex=lex)
    # Recency first; gender only vetoes (preferring a marked person over a more recent unmarked one was
    # measured on PolNeAR train and lost accuracy: most speakers are never marked).
    for ent in recent:
        if state.genders[ent.name] in (want, ""):
            return ent
    return state.last_person


def _known_person(sp: Speaker, state: ArticleState, line: int, lex: Lexicon) -> Optional[Entity]:
    """The earlier speaker entity this subject names, if any (no new entity is created)."""
    if sp.kind != "person" or not sp.name:
        return None
    name = " ".join(clean_name_words(sp.name.split(), state.ordinary)) or sp.name
    if len(name.split()) == 1:
        name = _full_name(name, state, line, lex)[0]
    for ent in reversed(state.entities):
        if ent.kind == "person" and ent.name == name:
            return ent
    return None


# --------------------------------------------------------------------------------------------------------------
# Role propagation: a person's role from any mention of them in the article
# --------------------------------------------------------------------------------------------------------------

_ROLE_TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F][\w'\u2019.&-]*|\d+|[^\w\s]")
# Lowercase modifiers kept in front of a title when the evidence shows it ("former Secretary of State").
_ROLE_MODIFIERS = {"former", "presidential", "vice", "presumptive", "deputy", "chief", "senior", "top", "state",
                   "party", "campaign", "national", "press", "executive", "communications", "acting", "then",
                   "shadow", "assistant", "associate"}
_TITLE_GLUE = {"of", "the", "for", "and", "on", "to"}
_APPOSITIVE_STOP = re.compile(r"\s(?:who|whom|whose|which|that|said|says|told|tells|has|have|had|is|was|were|are|"
                              r"will|would|also|added|wrote)\s", re.IGNORECASE)
_APPOSITIVE_BAD_START = {"who", "whom", "whose", "which", "that", "where", "when", "and", "but", "or", "said",
                         "says", "told", "if", "as", "because", "while", "though", "although", "so", "then",
                         # a prepositional phrase is no description ("Lee, through a spokeswoman, said")
                         "through", "in", "on", "at", "for", "with", "by", "from", "after", "before", "during",
                         "via", "like", "unlike", "despite", "including", "according", "asked", "contacted"}
# -ing words that begin a description rather than a clause ("managing editor", "leading pollster").
_ROLE_ING = {"leading", "founding", "managing", "acting", "visiting", "sitting", "outgoing", "incoming", "ranking",
             "presiding", "reigning", "consulting", "contributing", "polling", "governing", "ruling", "longstanding"}


def _clause_not_role(first_word: str) -> bool:
    """Does an appositive open a clause, not a description? "Lee, telling reporters ..." does; "Lee, managing
    editor of ..." does not."""
    return first_word in _APPOSITIVE_BAD_START or (first_word.endswith(("ing", "ed")) and first_word not in _ROLE_ING
                                                   and first_word not in _ROLE_MODIFIERS)


def _is_abbreviation(tok: str, lex: Lexicon) -> bool:
    """"Sen." or "J." (an initial): a full stop that does not end the sentence."""
    stem = tok[:-1]
    return tok.endswith(".") and (stem.lower() in lex.abbreviations or (len(stem) == 1 and stem.isupper())
                                  or "." in stem)


def _person_role_rows(phrase: str, lex: Lexicon, kinds=("person",)) -> list:
    return [(r, w, m) for (r, w), m in zip(*_role_matches(phrase, lex)) if lex.roles.table.at[r, "kind"] in kinds]


def _role_matches(phrase: str, lex: Lexicon) -> tuple:
    """Role words of `phrase` with their match objects, in text order: ([(row, word)], [match])."""
    found, spans = [], []
    for m in lex.roles.regex.finditer(phrase):
        hit = find_role_words(m.group(0), lex.roles)
        if hit:
            found.append(hit[0])
            spans.append(m)
    return found, spans


_PARTY_TAG = re.compile(r"^\s*\(([RD])(?:-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\)")
_PARTY_LETTER = {"R": "Republican", "D": "Democrat"}
_PARTY_TAG_ROLE = re.compile(r"^(?:Republican|Democrat) \([RD](?:-[^)]*)?\)$")
_OF_ORGANISATION = re.compile(r"^\s+of\s+((?:the\s+)?[A-Z][\w'&.-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?"
                              r"[A-Z][\w'&.-]*){0,5})")


def name_role_mentions(text: str, name: str, lex: Lexicon, given_before: Optional[dict] = None) -> list:
    """Every mention of a person in the article that carries a role: [(offset, role as written, source_type)].

    A mention is the person's surname, with their first name or nothing before it (a mention with another first
    name -- "Tom Lee" when the speaker is Ann Lee -- is another person). Its role is
    - a title before the name: a person role word from role_words.csv followed only by capitalised words,
      abbreviations or "of/the/for" up to the name ("Sen. Ann Lee", "Republican presidential candidate Ann Lee",
      "former Secretary of State Ann Lee", "Lee campaign manager Bo Li"), or an outlet's possessive ("CNN's Ann
      Lee"); or "ROLE, NAME" ("the party's nominee, Ann Lee,");
    - an appositive after it: ", the Republican nominee", ", a professor at X University" (cut before who/which
      and verbs; it must hold a role word).
    `given_before` is the article's _given_names_before index (built here when not given; ArticleState keeps one).
    """
    words = name.split()
    if not words:
        return []
    words = [w for w in words if w.lower().rstrip(".") not in lex.roles.honorifics] or words
    surname = re.sub(r"['\u2019]s$", "", words[-1])
    first = words[0] if len(words) > 1 else ""
    if not surname[:1].isupper() or len(surname) < 2:
        return []
    out = []
    for m in re.finditer(r"(?<![\w'\u2019-])" + re.escape(surname) + r"(?![\w-])", text):
        before = text[max(0, m.start() - 160):m.start()]
        base = m.start() - len(before)
        toks = list(_ROLE_TOKEN.finditer(before))
        i = len(toks) - 1
        name_toks = []
        while i >= 0:
            t = toks[i].group(0)
            low = t.lower().rstrip(".")
            if (t[:1].isupper() and low not in lex.roles.title_words and low not in lex.roles.honorifics
                    and low not in lex.roles.not_names and not find_role_words(t.rstrip("."), lex.roles)
                    and (not t.endswith(".") or _is_abbreviation(t, lex)) and not name_toks):
                if name_toks and before[toks[i].end():toks[i + 1].start()] != " ":
                    break
                if not name_toks and before[toks[i].end():] != " ":
                    break
                name_toks.insert(0, toks[i])
                i -= 1
            else:
                break
        given = [t.group(0).rstrip(".") for t in name_toks]
        # The word right before the surname may be a middle name or initial ("Ann J. Lee", "Ann Rose Lee"): any of
        # the speaker's given names will do.
        if first and given and not set(given) & {w.rstrip(".") for w in words[:-1]}:
            continue  # another person with the same surname
        name_start = base + (name_toks[0].start() if name_toks else len(before))
        after = text[m.end():m.end() + 220]
        # A party tag after the name ("Ann Lee (R-Ohio)", "Lee (D)") marks a politician; it comes first, so it
        # outranks a title that is also a company word ("Chairman Ann Lee (R-Ohio)").
        tag = _PARTY_TAG.match(after)
        if tag:
            out.append((name_start, f"{_PARTY_LETTER[tag.group(1)]} ({tag.group(0).strip(' ()')})"))
        found = _title_before(before[: name_toks[0].start()] if name_toks else before, lex)
        if found:
            role_text, kind_ok = found
            out.append((name_start, role_text))
        # "Ann Lee of the Harbour Institute": an organisation after "of" (a place, "of Ohio", is no role).
        org = _OF_ORGANISATION.match(after)
        # The name ends at a full stop that ends its sentence ("of Acme Bank. The depot shut"), not at an
        # initial's or an abbreviation's ("of the U.S. Chamber").
        org_name = re.split(r"(?<![A-Z])\.\s", org.group(1), maxsplit=1)[0] if org else ""
        if org and _person_role_rows(org_name, lex, ("organisation",)):
            out.append((name_start, "of " + org_name))
        # An abbreviation's full stop ("U.S. Chamber") or a middle initial's inside a name that goes on ("the Ann B.
        # Lee Institute", not "Plan B. Then ...") does not end the appositive.
        ap = re.match(r"^(?:\s*\([^)]{1,30}\))?,\s+(?:\d{1,3},\s+)?([^,;:!?\"\u201c\u201d()]{2,160}?)"
                      r"(?=[,;:!?\"\u201c\u201d()]|(?<!\b[A-Z]\.[A-Z])(?!(?<=\s[A-Z])\.\s[A-Z][a-z]+\s[A-Z])\.\s|\.$|$)",
                      after)
        if ap and not re.match(r"^['\u2019]s\b", after):
            phrase = _APPOSITIVE_STOP.split(" " + ap.group(1) + " ", maxsplit=1)[0].strip()
            pwords = phrase.split()
            first_word = pwords[0].lower() if pwords else ""
            # Headline case ("Ann Lee, Ferry Board Rejects Harbour Plan ...") is a title, not an appositive; a lowercase
            # role word or job noun as the second word is a job a headline would capitalise ("Ferry coordinator at
            # the Dunmore Institute of Harbour Studies").
            title_case = _headline_case(pwords) and not (
                len(pwords) > 1 and pwords[1].islower() and (_person_role_rows(pwords[1], lex, ("person",))
                                                             or _is_person_noun(pwords[1], lex)))
            if given_before is None:
                given_before = _given_names_before(text)
            if (phrase and not _clause_not_role(first_word) and not patterns.PRONOUN.match(first_word)
                    and not title_case and not _surname_then_clause(pwords, given_before, lex)
                    and _person_role_rows(phrase, lex, ("person", "organisation", "party"))):
                out.append((name_start, re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE)))
    return out


def _surname_then_clause(words: list, given_before: dict, lex: Lexicon) -> bool:
    """Does the text after "NAME, " open with another person's surname and a lowercase word that is no role or
    person noun ("Ann Lee, Bo Li's rival" is a role; "Lee, Li spar over union dues" is a coordination with a
    clause)? The surname is one the article writes after a capitalised given name ("Bo Li") that is no title, role
    word or sentence opener (`given_before`: _given_names_before of the article)."""
    if len(words) < 2 or not words[0][:1].isupper() or not words[1].islower() or re.search(r"['\u2019]", words[0]):
        return False
    if _person_role_rows(words[1], lex, ("person", "organisation", "party")) or words[1] in lex.person_nouns:
        return False
    return any(g.lower() not in lex.roles.not_names and g.lower() not in lex.roles.title_words
               and g.lower() not in QUANTIFIERS and not find_role_words(g, lex.roles)
               for g in given_before.get(words[0], ())[:20])


_GIVEN_THEN_WORD = re.compile(r"(?<![\w'\u2019.-])([A-Z][a-z]+)\s+(?=(\S+))")
_WORD_GOES_ON = re.compile(r"[\w'\u2019-]")


def _given_names_before(text: str) -> dict:
    """Every word the article writes after a capitalised word ("Bo Li" -> {"Li": ["Bo"]}), with the capitalised
    words in text order: one pass over the article, so a lookup per mention keeps name_role_mentions linear. A
    word is any run of non-space characters cut where no word character, apostrophe or hyphen follows ("Li." and
    "Li" both index "Bo Li.")."""
    out = defaultdict(list)
    for m in _GIVEN_THEN_WORD.finditer(text):
        run = m.group(2)
        if not run[:1].isupper():
            continue
        for k in range(1, len(run) + 1):
            if k == len(run) or not _WORD_GOES_ON.match(run[k]):
                out[run[:k]].append(m.group(1))
    return dict(out)


def _article_given_names(state: ArticleState) -> dict:
    """_given_names_before of the whole article, built once."""
    return state.derive("given names before words", lambda: _given_names_before(state.text))


def _headline_case(words: list) -> bool:
    """"Ferry Board Rejects Harbour Plan ...": a capitalised opening and most words capitalised is a headline."""
    return patterns.headline_case(words, share=0.5) and words[0][:1].isupper()


def _glue_before_name(rest: list, lex: Lexicon) -> bool:
    """True when the words between a role word and a name end in a preposition or "and", honorifics aside
    ("president of Ann Lee's company", "workers for Lee's ferry line", "reporters and Mr. Lee"): the name is the
    object or another member of a group, not the holder of the role. "Secretary of State Ann Lee" ends in a name word,
    and a plural title before two names is shared ("Sens. Bo Li and Ann Lee")."""
    words = [w for w in rest if w not in ("-", "&", ".")]
    while words and _is_abbreviation(words[-1], lex):
        words.pop()
    if not words or words[-1].lower() not in _TITLE_GLUE:
        return False
    # "Sens. Bo Li and Ann Lee": a plural title shared by two names ("Supporters of Bo Li and Ann Lee" is not).
    inner = [w.lower() for w in words[:-1]]
    return not (words[-1].lower() == "and" and inner and words[-2][:1].isupper()
                and not set(inner) & {"of", "for", "to", "on"})


# A preposition before the role word of "UNIT, NAME" puts the role word inside a phrase about something else ("rose for
# the average worker, Ann Lee ...", "a fare cut for the town's nurses, Lee ..."): no title.
_UNIT_PREPOSITION = re.compile(r"(?i)(?<![\w'\u2019-])(?:of|in|at|on|for|from|with|among|during|to|by|about|over|under|"
                               r"after|before|between|against|than)(?![\w'\u2019-])")


def _title_before(before: str, lex: Lexicon) -> Optional[tuple]:
    """The title standing right before a name ("...Republican presidential candidate "), else None."""
    stripped = before.rstrip()
    if not stripped or len(before) - len(stripped) > 1:
        return None
    if stripped.endswith(","):
        # "the party's nominee, Ann Lee": the unit before the comma ends with a person role word.
        unit = re.split(r"[.;:!?\"\u201c\u201d(),]\s", " " + stripped[:-1])[-1].strip()
        if unit.split() and unit.split()[0].lower() in _APPOSITIVE_BAD_START:
            return None  # "Through a spokeswoman, Ann Lee said": a prepositional phrase is no title
        hits = _person_role_rows(unit, lex)
        if hits and hits[-1][2].end() >= len(unit) - 1 and len(unit.split()) <= 8 and not _headline_case(unit.split()) \
                and not _UNIT_PREPOSITION.search(unit[:hits[-1][2].start()]) \
                and not plural_role(hits[-1][1], lex.roles.table.at[hits[-1][0], "word"]):
            return unit, True
        return None
    toks = list(_ROLE_TOKEN.finditer(stripped))
    # The title runs back to a hard boundary: punctuation or a sentence-ending full stop.
    start = len(toks)
    for j in range(len(toks) - 1, max(-1, len(toks) - 9), -1):
        t = toks[j].group(0)
        if (not t[0].isalnum() and t not in ("-", "&")) or (t.endswith(".") and not _is_abbreviation(t, lex)):
            break
        if t == "-" and stripped[toks[j].start() - 1:toks[j].start()].isspace():
            break  # a spaced dash ends a clause or a dateline: "DAYTON, Ohio - Sen. Ann Lee"
        start = j
    if start >= len(toks):
        return None
    seg_start = toks[start].start()
    segment = stripped[seg_start:]
    found, spans = _role_matches(segment, lex)
    last = None
    for (row, word), m in zip(found, spans):
        kind = lex.roles.table.at[row, "kind"]
        tail = segment[m.end():]
        possessive = re.match(r"^['\u2019]s$", tail.strip()) is not None
        if kind in ("person", "party") or (kind == "organisation" and possessive):
            rest = _ROLE_TOKEN.findall(tail)
            if possessive or (all(w[0].isupper() or w.lower() in _TITLE_GLUE or _is_abbreviation(w, lex)
                                  or w in ("-", "&", ".") for w in rest) and not _glue_before_name(rest, lex)):
                last = m
    if last is None:
        return None
    # Show the title with its capitalised or modifier words in front ("Senate Majority Leader", "former Sen.").
    lead = [t for t in toks[start:] if t.start() - seg_start < last.start()]
    keep = []
    for t in reversed(lead):
        w = t.group(0)
        if w[0].isupper() or w.lower() in _ROLE_MODIFIERS or _is_abbreviation(w, lex) or w in ("-",):
            keep.insert(0, t)
        else:
            break
    role_start = (keep[0].start() - seg_start) if keep else last.start()
    return segment[role_start:].strip(), True


# A named person the article never describes (no role word, no age, no appositive) is someone the reader is
# expected to know: in news, a public figure -- in election news nearly always a politician. Ordinary people are
# introduced with an age or a description ("Ann Lee, 39, a waitress"), and they keep the citizen default.
# Measured on the PolNeAR train tuning gold only (named speakers with no role anywhere: 7 official, 3 citizen,
# 1 expert, 1 media; the 3 citizens all had an age or an appositive).
UNDESCRIBED_PERSON_TYPE = "official"
# "It" with no organisation before it stands for a text the article quotes (an email, a report, a ruling):
# measured on the PolNeAR train tuning gold (rows 1-780: 5 documents, 1 company, 1 campaign email read as official).
UNRESOLVED_IT_TYPE = "document"
# An age is a number of at most three digits that is not the first group of a larger number ("Lee, 2,310").
_DESCRIPTION = re.compile(r"^(?:\s*\([^)]{1,30}\))?,\s+(?:(\d{1,3})(?=[,.;](?!\d)|\s*$)|((?:an?|the)\s+[^,;:.!?\"\u201c\u201d]{2,60}))")


# Other ways news introduces an ordinary person (each returns the description; none has a role word, or the role
# would have been found): a possessive appositive ("Ann Lee, Bo's sister and co-host,"), a dash appositive
# ("Ann Lee - Bo's girlfriend -"), a hometown with its state ("Ann Lee of Burke County, Georgia,"; "Sen. Lee of Ohio"
# is no hometown) and a lowercase job noun before the name
# ("frontman Ann Lee", "corporate speaker Ann Lee"), a description opening the sentence before the name ("One local
# woman, Ann Lee, ...") and one of a group of ordinary people ("factory workers like Ann Lee"). A copula ("Lee is a
# businessman") is not used: commentary
# describes public figures that way too.
_DESCRIPTION_POSSESSIVE = re.compile(r"^,\s+([A-Z][\w-]*['\u2019]s\s+[a-z][^,;:.!?\"\u201c\u201d]{2,60})")
_DESCRIPTION_DASH = re.compile(r"^\s+[-\u2014\u2013]{1,2}\s+((?:an?\s+|the\s+|[A-Z][\w-]*['\u2019]s\s+)"
                               r"[a-z][^;:.!?\"\u201c\u201d]{2,60})")
_DESCRIPTION_HOMETOWN = re.compile(r"^\s+(of\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}),\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)?,")
_DESCRIPTION_BEFORE = re.compile(r"(?:^|[.!?\n]\s*|[\"\u201c\u201d]\s*)((?:An?|One|Another)\s+(?:[a-z][\w-]*\s+){0,3}"
                                 r"([a-z][\w-]*)),\s+$")
_LIKE_BEFORE = re.compile(r"\b([a-z][\w-]*s)\s+like\s+(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?$")
_CLAUSE_VERB = re.compile(r"\s(?:is|was|were|are|has|have|had|will|would|can|could|said|says|told)\s")
_JOB_NOUN_BEFORE = re.compile(r"(?:^|[\s(])(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcan )(?<!\bcould )"
                              r"(?<!\bdid )(?<!\bnot )(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bwe )"
                              r"([a-z][a-z-]{2,}(?:man|woman|er|or|ist|ian))\s+$")
_NOT_JOB_NOUNS = frozenset({"former", "after", "under", "over", "never", "ever", "whether", "rather", "together",
                            "other", "another", "either", "neither", "later", "earlier", "per", "for", "nor",
                            "minor", "major", "prior", "senior", "junior", "her", "their", "our", "your",
                            "whenever", "however", "whoever", "wherever", "better", "latter", "sooner", "older",
                            "younger", "bigger", "longer", "larger", "faster", "meanwhile", "inferior", "superior",
                            "interior", "exterior", "ulterior", "woman", "man", "forever", "super", "whatever",
                            "favor", "favour", "honor", "honour", "color", "labor", "error", "floor", "door", "terror",
                            "horror", "humor", "rumor", "behavior", "mirror", "motor", "sector", "factor", "water",
                            "paper", "power", "center", "number", "matter", "letter", "order", "border",
                            # kinship words say whose relative someone is ("her sister Ann Lee", "his brother
                            # Lee"), not that they are an ordinary person with a job
                            "sister", "brother", "mother", "father", "daughter", "grandmother", "grandfather",
                            "stepmother", "stepfather", "godfather", "godmother"})


def _job_noun_before(text: str, start: int, lex: Lexicon) -> str:
    """The lowercase job noun right before text[start] ("frontman Ann Lee", "pollster Lee"), else "": no verb
    ("to counter Lee", "would consider Lee") and no speech verb."""
    job = _JOB_NOUN_BEFORE.search(text[max(0, start - 40):start])
    if job and job.group(1) not in _NOT_JOB_NOUNS and not re.fullmatch(lex.speech_verbs, job.group(1)):
        return job.group(1)
    return ""


def described_in_article(name: str, text: str, lex: Lexicon) -> str:
    """The first description of a person in the article: an age or a determiner appositive after any mention
    of the name ("Ann Lee, 39," / "Lee, a waitress at ..."), or one of the other introductions of an ordinary
    person above; "" when the article never describes them. A clause after the comma ("To stop Lee, the party is
    working ...") is no appositive."""
    words = [w for w in name.split() if w.lower().rstrip(".") not in lex.roles.honorifics] or name.split()
    for m in _surname_mentions(words, text):
        after = text[m.end():m.end() + 100]
        d = _DESCRIPTION.match(after)
        if d and (d.group(1) or not _CLAUSE_VERB.search(" " + d.group(2) + " ")):
            return (d.group(1) or d.group(2)).strip()
        for rx in (_DESCRIPTION_POSSESSIVE, _DESCRIPTION_DASH, _DESCRIPTION_HOMETOWN):
            d = rx.match(after)
            if d and rx is _DESCRIPTION_HOMETOWN and find_role_words(d.group(1), lex.roles):
                continue  # "of the Harbour Institute, Dayton," is an organisation, not a hometown
            if d:
                found = re.split(r"\s[-\u2014\u2013]+\s", d.group(1), maxsplit=1)[0]
                found = _APPOSITIVE_STOP.split(" " + found + " ", maxsplit=1)[0].strip()
                if found:
                    return found
        # A job noun right before the full name or the surname: "frontman Ann Lee", "speaker Lee".
        start = m.start()
        if len(words) > 1:
            first = re.search(re.escape(words[0]) + r"\s+(?:[A-Z][\w.'-]*\s+){0,2}$", text[max(0, start - 60):start])
            start = start - (len(text[max(0, start - 60):start]) - first.start()) if first else start
        job = _job_noun_before(text, start, lex)
        if job:
            return job
        # A description opening the sentence before the name: "One local woman, Ann Lee, ...", "A retired
        # teacher, Lee ...". Its head must be a person noun (_is_person_noun): "In a statement, Lee" is none.
        pre = _DESCRIPTION_BEFORE.search(text[max(0, start - 60):start])
        if pre and _is_person_noun(pre.group(2).lower(), lex):
            return pre.group(1).strip()
        # One of a group of ordinary people: "factory workers like Ann Lee", "voters like Lee" (a citizen row or a
        # person noun; "senators like Lee" is a role and found above).
        like = _LIKE_BEFORE.search(text[max(0, start - 60):start])
        if like:
            rows = find_role_words(like.group(1), lex.roles)
            noun = like.group(1).lower()
            if (rows and lex.roles.table.at[rows[-1][0], "source_type"] == "citizen") or (
                    not rows and noun.endswith("s") and noun[:-1] in lex.person_nouns):
                return like.group(0).strip()
    return ""


# A party word alone ("Ann Lee, 55, a Republican") says how someone votes, not that they hold an office: with an age,
# which news gives ordinary people and not politicians, the person is a voter. "Republican of Ohio" (a member's style)
# or a title beside the party word is an office and is not read so.
_PARTY_ONLY = re.compile(r"(?i)^(?:an?\s+)?(?:registered\s+|lifelong\s+|longtime\s+)?(?:republican|democrat|gop)$")


def _surname_mentions(words: list, text: str):
    """The first 200 mentions of a person's surname (the last of `words`, without "'s") in the article."""
    if not words:
        return iter(())
    surname = re.sub(r"['\u2019]s$", "", words[-1])
    return itertools.islice(re.finditer(r"(?<![\w'\u2019-])" + re.escape(surname) + r"(?![\w'\u2019-])", text), 200)


def _age_in_article(name: str, text: str) -> str:
    """The age the article gives a person after any mention of their surname ("Ann Lee, 55," / "Lee, 55."), else ""."""
    for m in _surname_mentions(name.split(), text):
        d = _DESCRIPTION.match(text[m.end():m.end() + 100])
        if d and d.group(1):
            return d.group(1)
    return ""


def _party_voter(name: str, role: str, state: ArticleState) -> str:
    """The age when `role` is a party word alone and the article gives the person an age (a voter), else ""."""
    if not _PARTY_ONLY.match((role or "").strip(" ,")):
        return ""
    return state.derive(("age", name), lambda: _age_in_article(name, state.text))


def _article_role(name: str, state: ArticleState, lex: Lexicon, at: int) -> Optional[tuple]:
    """(role, source_type, article offset) for a person: the most common type among the roles the article gives
    them before `at` (ties: the earliest), or after it when there is none before; None when there is no role."""
    if name not in state.article_roles:
        mentions = []
        for pos, role in name_role_mentions(state.text, name, lex, _article_given_names(state)):
            cls = classify_source(name, role, "", lex.roles)
            if not cls["evidence"].startswith("no role word"):
                mentions.append((pos, role, cls["source_type"]))
        state.article_roles[name] = mentions
    mentions = state.article_roles[name]
    pool = [m for m in mentions if m[0] < at] or mentions
    if not pool:
        return None
    # A party tag ("Ann Lee (R-Ohio)") marks a politician whatever titles the article also uses ("Chairman Lee").
    tagged = [m for m in mentions if _PARTY_TAG_ROLE.match(m[1])]
    if tagged:
        return tagged[0][1], tagged[0][2], tagged[0][0]
    counts = defaultdict(int)
    for _, _, t in pool:
        counts[t] += 1
    best = max(counts.values())
    pos, role, stype = next(m for m in pool if counts[m[2]] == best)
    return role, stype, pos


def _line_at(state: ArticleState, pos: int) -> int:
    idx = max(0, bisect.bisect_right(state.paragraph_offsets, pos) - 1)
    return state.lines[idx] if idx < len(state.lines) else 0


_PERSON_NOUN_END = re.compile(r"[a-z]{2,}(?:er|or|ist|ian|ess|man|woman|ant|ent)$")


def _own_description(role: str, lex: Lexicon) -> str:
    """The speaker's own role when it describes a person without a role word: its opening noun phrase ends in a
    lowercase person or job noun ("actress", "a retired nurse", "longtime baker"), else ""."""
    opening = _opening_noun_phrase(role, lex.roles)
    words = opening.split()
    if not words:
        return ""
    return opening if _is_person_noun(words[-1].strip(",;:"), lex) else ""


def _is_person_noun(word: str, lex: Lexicon) -> bool:
    """A lowercase person or job noun: listed in quote_person_nouns.csv, or with a job ending ("baker", "actress",
    "assistant") that is no common non-person word ("however", "paper")."""
    return word in lex.person_nouns or bool(_PERSON_NOUN_END.match(word) and word not in _NOT_JOB_NOUNS)


_ROLE_WORD_EVIDENCE = re.compile(r"role word '([^']+)' -> (\w+)")


def _organisation_type_of_title(evidence: str, role: str, name: str, state: ArticleState, lex: Lexicon):
    """(type, word, organisation, words) when the role word that `evidence` opens with is a generic title or staff
    word typed by the file ("president", "spokesman", "officials": official) of an organisation known only by its
    name ("president of Harbour Watch", "Acme spokesman") that the article types otherwise ("Harbour Watch, a
    riverside group," -> civil_society; "Acme's chief executive" -> business: sources.organisation_type_in_text);
    None otherwise. Only a non-official type counts, so a state body stays official."""
    m = _ROLE_WORD_EVIDENCE.match(evidence)
    if not m:
        return None
    word = m.group(1)
    low = word.lower()
    if not (low in GENERIC_TITLES or low.startswith("spokes") or low in ("official", "officials")):
        return None
    org = title_organisation(role, word, lex.roles) or title_organisation(name, word, lex.roles)
    if not org:
        return None
    # Officials and secretaries are a state body's staff: a common noun that only follows the name does not retype it.
    back = low not in ("official", "officials", "secretary")
    stype, words = state.derive(("organisation type", org, back),
                                lambda: organisation_type_in_text(org, state.text, lex.roles, back))
    if stype in ("business", "civil_society", "media", "expert") and stype != m.group(2):
        return stype, word, org, words
    return None


def apply_title_organisation(ent: Entity, state: ArticleState, lex: Lexicon) -> None:
    """A generic title of an organisation known only by its name takes the type the article gives that
    organisation (_organisation_type_of_title)."""
    typed = _organisation_type_of_title(ent.evidence, ent.role, ent.name, state, lex)
    if typed:
        stype, word, org, words = typed
        ent.source_type = stype
        ent.evidence = (f"'{word}' of '{org}', which the article calls '{words}' -> {stype}"
                        + ent.evidence[_ROLE_WORD_EVIDENCE.match(ent.evidence).end():])


def apply_article_role(ent: Entity, state: ArticleState, lex: Lexicon, at: int) -> None:
    """A named person whose own phrase gave no role word takes the role the article gives them elsewhere
    ("role from line N: 'Sen.'"); with none anywhere the default stays and the evidence says so. A generic title of
    an organisation known only by its name takes that organisation's type (apply_title_organisation)."""
    apply_title_organisation(ent, state, lex)
    party = _ROLE_WORD_EVIDENCE.match(ent.evidence)
    if (party and ent.kind == "person" and not ent.plural and ent.name and party.group(2) == "official"
            and (age := _party_voter(ent.name, ent.role, state))):
        ent.source_type = "citizen"
        ent.evidence = (f"party word '{party.group(1)}' and age {age}: a voter, not an office -> citizen"
                        + ent.evidence[party.end():])
        return
    if (ent.kind != "person" or ent.plural or not ent.name or ent.anonymous
            or not ent.evidence.startswith("no role word")):
        return
    found = _article_role(ent.name, state, lex, at)
    rest = ent.evidence.split("; ", 1)[1] if "; " in ent.evidence else ""
    if found is None:
        # A role with no role word is still a description when it is a job or person noun ("actress Ann Lee",
        # "Ann Lee, a retired nurse"): not a public figure. A clause, a preposition or a stray word ("who runs ...",
        # "at the same time", "however", "Mrs.") is none.
        described = state.derive(("described", ent.name), lambda: described_in_article(ent.name, state.text, lex)
                                 ) or _own_description(ent.role, lex)
        if described:
            ent.evidence = "; ".join(x for x in (f"no role found in the article, described as an ordinary person "
                                                 f"('{described}'): default {ent.source_type}", rest) if x)
        elif len(ent.name.split()) == 1 and (org := state.derive(
                ("organisation type", ent.name), lambda: organisation_type_in_text(ent.name, state.text, lex.roles)))[0]:
            # "Acme" never written with a given name and typed by the words around it ("Acme's chief executive").
            stype, words = org
            ent.source_type = stype
            ent.evidence = "; ".join(x for x in (f"'{ent.name}' never has a given name in the article: an "
                                                 f"organisation ('{words}') -> {stype}", rest) if x)
        elif (outlet := state.derive(("possessive organisation", ent.name), lambda: possessive_organisation(
                ent.name, state.text, lex.roles)))[0] and not any(
                e.kind == "person" and e.name.endswith(outlet[1]) for e in state.entities):
            # "Harbour Review's Ann Lee": the organisation that a bare possessive credits them to.
            ent.source_type = outlet[0]
            ent.evidence = "; ".join(x for x in (f"no role in the article, credited to '{outlet[1]}' by a possessive "
                                                 f"before the name -> {outlet[0]}", rest) if x)
        else:
            ent.source_type = UNDESCRIBED_PERSON_TYPE
            ent.evidence = "; ".join(x for x in (f"no role and no description anywhere in the article: a public "
                                                 f"figure the reader is expected to know -> {UNDESCRIBED_PERSON_TYPE}",
                                                 rest) if x)
        return
    role, stype, pos = found
    ent.role = ent.role if _person_role_rows(ent.role, lex, ("person", "organisation")) else role
    why = f"role from line {_line_at(state, pos)}: '{role}' -> {stype}"
    age = _party_voter(ent.name, role, state) if stype == "official" else ""
    if age:
        stype = "citizen"
        why += f"; a party word and age {age}: a voter, not an office -> citizen"
    # The role found elsewhere may be a generic title of an organisation the article types ("president of Harbour
    # Watch" and "Harbour Watch, a riverside group").
    typed = _organisation_type_of_title(classify_source(ent.name, role, "", lex.roles)["evidence"], role, ent.name,
                                        state, lex)
    if typed:
        stype = typed[0]
        why += f"; '{typed[1]}' of '{typed[2]}', which the article calls '{typed[3]}' -> {stype}"
    ent.source_type = stype
    ent.evidence = "; ".join(x for x in (why, rest) if x)


_CLAUSE_INSIDE_NAME = {"his", "her", "their", "its", "he", "she", "they", "it", "said", "says", "was", "is", "has",
                       "had", "went", "who", "that", "would", "will"}


def junk_person_name(name: str, ordinary: frozenset = frozenset()) -> bool:
    """Is this resolved person name a stretch of text rather than a name or description? Such a speaker (often the
    subject of a loosely found reported clause) is not remembered for later he/she and carried quotes. Three kinds:

    * a sentence break inside it: a word of five letters or more ending in a full stop, or a spaced dash
      ("Dayton. Tom" from "... in Dayton. Tom Hardy said", "DAYTON \u2014 Sen.");
    * a clause: a pronoun or verb among its words after the first ("Hardy tweaked his plan", "Lee said he");
    * one capitalised word the article otherwise writes in lowercase (sentence_case_words: "Perhaps", "Still").
    """
    words = name.split()
    if not words:
        return False
    if any(w.endswith(".") and len(w.rstrip(".")) > 4 and w.count(".") == 1 for w in words[:-1]):
        return True
    if re.search(r"\s[\u2014\u2013-]\s", name):
        return True
    if any(w.lower() in _CLAUSE_INSIDE_NAME or (w[:1].islower() and w.endswith("ed")) for w in words[1:]) and \
            words[0][:1].isupper():
        return True
    return len(words) == 1 and words[0] in ordinary


def _remember(ent: Entity, state: ArticleState) -> None:
    if not ent.name and ent.kind == "pronoun":
        return
    if not ent.plural and ent.kind == "person" and junk_person_name(ent.name, state.ordinary):
        return
    # A description with no person word ("a partial reversal", "the email exchange") may carry a quote, but it is
    # nobody's he/she.
    words = ent.name.lower().split()
    not_person = not ent.plural and ent.kind == "person" and ent.anonymous and (
        ent.source_type == "document" or (ent.evidence.startswith("no role word") and not (
            words and words[-1] in state.person_nouns)))
    state.last_any = ent
    if ent.plural:
        state.last_group = ent
        if ent.name:
            state.last_plural = ent
    elif ent.kind == "organisation":
        state.last_org = ent
    elif not not_person:
        state.last_person = ent
        if ent.kind == "person" and ent.name:
            if ent in state.recent_persons:
                state.recent_persons.remove(ent)
            state.recent_persons.append(ent)


# --------------------------------------------------------------------------------------------------------------
# Pronoun antecedents: candidates, features and a learned ranking
# --------------------------------------------------------------------------------------------------------------

ANTECEDENT_WINDOW = 10  # a he/she speaker looks back this many sentences for named people


@dataclass
class Mention:
    """A capitalised name run in the article that may be a person: "Education Minister Ann Lee" -> Ann Lee."""

    pos: int  # offset in the article text (paragraphs joined by newlines)
    line: int
    paragraph: int
    sentence: int
    name: str  # the name words without titles ("Ann Lee", "Okafor")
    subject: bool  # opens its sentence (after a leading adverbial)
    sentence_has_cue: bool
    followed_by_cue: bool  # "Lynch said", "Lynch, 52, told"
    after_preposition: bool
    possessive: bool
    in_quote: bool
    gender: str  # "m" | "f" | "" from a title (Mr., Ms.) or the next he/his/she/her in the sentence
    from_speaker: bool = False  # an earlier speaker the name scan did not see ("a diplomat from ...")
    introduced: bool = False  # written with a person's title, job noun, age or role appositive (_introduced)
    after_the: bool = False  # right after "the" ("the Harbour Trust", "the Dayton primary")




def mid_sentence_capitals(text: str) -> frozenset:
    """Capitalised words the article writes right after a lowercase word or a comma ("met Tom Hardy", "said Lee"):
    there the capital marks a name, not the start of a sentence."""
    return frozenset(re.findall(r"(?<=[a-z,;] )[A-Z][\w'\u2019-]*", text))


def sentence_case_words(text: str) -> frozenset:
    """Capitalised words that are ordinary words in this article: written in lowercase somewhere and capitalised
    only where a sentence (or quotation) starts, never after a lowercase word or a comma.

    "Although Tom Hardy left ... although it rained": "Although" is no first name; "Bill Tan said ... the bill
    passed ... said Bill Tan" keeps "Bill", which is capitalised mid-sentence.
    """
    lower = set(re.findall(r"(?<![\w'\u2019-])[a-z][a-z'\u2019-]*", text))
    mid = mid_sentence_capitals(text)
    return frozenset(w for w in re.findall(r"(?<![\w'\u2019-])[A-Z][a-z'\u2019-]+", text)
                     if w.lower() in lower and w not in mid)


def clean_name_words(words: list, ordinary: frozenset = frozenset(), abbreviations: frozenset = frozenset()) -> list:
    """Name words without what only borders the name: a sentence-initial ordinary word ("Although Lee" -> "Lee",
    see sentence_case_words) or opening word (patterns.NAME_OPENER: "Meanwhile Lee"), the full stop ending a
    sentence ("Ann Lee." -> "Ann Lee", not "Jr." or an initial or joined initials: "J.D. Lee"), and what follows
    such a stop ("Ohio. He" -> "Ohio").

    abbreviations: words whose full stop is no sentence end (Lexicon.abbreviations without the stop: "mrs",
    "sen", "gov"), so "Mrs. Lee" keeps "Lee" instead of ending at "Mrs"."""
    out = []
    for w in words:
        if not out and ((w in ordinary and not (w.lower() in NAME_PARTICLES and len(words) > 1))
                        or patterns.NAME_OPENER.fullmatch(w)):
            continue  # not a particle opening a surname ("De Vries said", where the article writes "Ann de Vries")
        if w.endswith(".") and len(w) > 3 and w.lower() not in {"jr.", "sr."} and \
                w[:-1].lower() not in abbreviations and not patterns.DOTTED_ACRONYM.fullmatch(w):
            out.append(w[:-1])
            break
        out.append(w)
    return out


def collect_mentions(rows: list, lex: "Lexicon", ordinary: frozenset = frozenset()) -> tuple:
    """Name mentions of an article: (mentions, article offset of each paragraph, article offset of each sentence).

    ordinary: the article's sentence-case words (sentence_case_words), cut from the front of a name."""
    mentions, offsets, sentence_starts, offset, sentence_no = [], [], [], 0, 0
    for p_idx, (line, text) in enumerate(rows):
        offsets.append(offset)
        spans = find_quote_spans(text)
        quoted = [(sp.start, sp.end) for sp in spans]
        # is an offset inside a quotation: the furthest end among quotations starting at or before it (a bisect,
        # not a scan of every quotation for every capitalised word)
        quoted_starts = sorted(a for a, _ in quoted)
        quoted_reach = list(itertools.accumulate((b for _, b in sorted(quoted)), max))
        headline = _title_case_line(text)  # once per paragraph: per sentence it made long paragraphs quadratic
        for s, e in split_sentences(text, spans, lex.abbreviations):
            lead = patterns.LEADING_ADVERBIAL.match(text, s, min(e, s + 200))
            subject_at = lead.end() if lead else s
            conj = patterns.LEADING_CONJUNCTION.match(text[subject_at:subject_at + 12])
            subject_at += conj.end() if conj else 0
            has_cue = bool(lex.cue_regex.search(text, s, e))
            sentence_starts.append(offset + s)
            has_subject = False
            for r0, r1, words in ([] if headline else _capital_runs(text, s, e)):
                # "Bill Lee" opening a sentence keeps "Bill" even where the article also writes "a bill": a given
                # name (quote_first_names.csv) before another capitalised word is part of the name.
                words = clean_name_words(words, frozenset() if len(words) >= 2 and words[0] in lex.first_names
                                         else ordinary, lex.abbreviations)
                if not words:
                    continue
                m = _mention(text, r0, r1, words, e, subject_at, has_cue, quoted, lex)
                if m:
                    name, possessive, gender, followed, subject, titled = m
                    after_prep = bool(patterns.PREPOSITION_BEFORE.search(text[max(0, r0 - 12):r0]))
                    k = bisect.bisect_right(quoted_starts, r0)
                    in_quote = k > 0 and quoted_reach[k - 1] > r0
                    if not has_subject and not subject and not (after_prep or possessive or in_quote):
                        subject = _subject_after_intro(text, s, r0, r1)
                    has_subject = has_subject or subject
                    mentions.append(Mention(offset + r0, line, p_idx, sentence_no, name, subject, has_cue,
                                            followed, after_prep, possessive, in_quote, gender,
                                            introduced=titled or _introduced(text, r0, r1, lex),
                                            after_the=bool(_THE_BEFORE.search(text, max(0, r0 - 4), r0))))
            sentence_no += 1
        offset += len(text) + 1
    return mentions, offsets, sentence_starts


_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s$")
_WORD_BEFORE = re.compile(r"([a-z][a-z-]+)\s+$")
_NOUN_COMMA_BEFORE = re.compile(r"([a-z][a-z-]+),\s$")


def _introduced(text: str, r0: int, r1: int, lex: "Lexicon") -> bool:
    """Does news introduce the capitalised run text[r0:r1] as a person here? It does with a lowercase person role
    word or job noun right before it ("spokeswoman Ann Lee", "pollster Ann Lee") or an age or a role appositive
    right after it ("Ann Lee, 39,", "Ann Lee, the county's mayor,"). A place or an organisation seldom is. Looks
    only at the words next to the run."""
    before = _WORD_BEFORE.search(text, max(0, r0 - 30), r0)
    if (before and _person_role_rows(before.group(1), lex)) or _job_noun_before(text, r0, lex):
        return True
    # The name as an appositive after a person word: "Lee's campaign manager, Ann Lee,", "his wife, Ann,".
    noun = _NOUN_COMMA_BEFORE.search(text, max(0, r0 - 30), r0)
    if noun and (noun.group(1) in lex.person_nouns or _person_role_rows(noun.group(1), lex)):
        return True
    d = _DESCRIPTION.match(text[r1:r1 + 100])
    if d and d.group(2) and _CLAUSE_AFTER_COMMA.match(d.group(2)):
        return False  # "In Dayton, the mayor said ...": the subject of the sentence after an opening phrase
    return bool(d and (d.group(1) or _person_role_rows(d.group(2), lex)))


# A noun phrase that runs into a finite verb (no relative word between): a clause's subject, not an appositive.
_CLAUSE_AFTER_COMMA = re.compile(r"(?:an?|the)\s+(?:(?!(?:who|that|which|whose)\s)[\w'\u2019-]+\s+){0,4}?"
                                 r"(?:is|was|were|are|has|have|had|will|would|can|could|should|may|might|must|does|"
                                 r"did|said|says|told|tells|added|noted|argued|wrote)(?![\w'\u2019-])")


_INTRO_THEN_NAME = re.compile(r"(?:^|,\s)$")
_VERB_AFTER_NAME = re.compile(r"(?:,[^,.;:!?\"\u201c\u201d]{1,80},)?\s+(?:[a-z]+ly\s+)?(?!(?:of|and|or|in|at|on|for|to|"
                              r"from|with|by|as|who|whose|which|that)\b)[a-z][\w'\u2019-]*")


def _subject_after_intro(text: str, s: int, r0: int, r1: int) -> bool:
    """Is a name that does not open its sentence still the sentence's subject? It is when it comes right after
    the comma closing the opening phrases and a verb follows it: "On the Friday, at a fair in Dayton, Ohio,
    Mr. Lee was cheerful" (not "Ohio,": no verb follows), "By contrast, Sen. Lee said"."""
    before = text[s:r0]
    if "\"" in before or "\u201c" in before or "\u201d" in before:
        return False
    return bool(_INTRO_THEN_NAME.search(before)) and bool(_VERB_AFTER_NAME.match(text, r1, min(len(text), r1 + 120)))


def _capital_runs(text: str, s: int, e: int):
    """(start, end, words) of runs of capitalised words separated by single spaces in text[s:e]."""
    run, r0, r1 = [], s, s
    for m in patterns.WORD.finditer(text, s, e):
        w = m.group(0)
        if w[0].isupper() and run and text[r1:m.start()] == " ":
            run.append(w)
            r1 = m.end()
            continue
        if run:
            yield r0, r1, run
        run, r0, r1 = ([w], m.start(), m.end()) if w[0].isupper() else ([], m.start(), m.end())
    if run:
        yield r0, r1, run


_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _without_suffix(words: list) -> list:
    """Name words without a generational suffix at the end: "Ann B. Lee Jr." -> "Ann B. Lee"."""
    while len(words) > 1 and words[-1].lower().rstrip(".,") in _NAME_SUFFIXES:
        words = words[:-1]
    return words


def _joined_initials(word: str, lex: "Lexicon") -> bool:
    """Initials joined by full stops before a surname ("J.D. Lee", "Ann H.W. Lee"), not a dotted acronym the
    abbreviation list holds ("U.S.")."""
    return bool(patterns.DOTTED_ACRONYM.fullmatch(word)) and word.lower().rstrip(".") not in lex.abbreviations


def _mention(text, r0, r1, words, e, subject_at, has_cue, quoted, lex):
    """(name, possessive, gender, followed_by_cue, subject) for one capitalised run, or None if no person."""
    possessive = words[-1].endswith(("'s", "\u2019s"))
    if possessive:
        words = words[:-1] + [words[-1][:-2]]
    # A generational suffix is no part of the name to match (else the three-word limit keeps "Lee Jr.").
    words = _without_suffix(words)
    lead = 0
    while lead < len(words) and (patterns.NOT_NAME_WORD.match(words[lead].rstrip(".")) and not (
            words[lead].lower().rstrip(".") in lex.roles.honorifics) or (
            # "Oscar-winner Ann Lee", "Ohio-born Lee": a compound adjective before a name is no part of it
            lead < len(words) - 1 and _LOWER_COMPOUND.match(words[lead]))):
        lead += 1
    words = words[lead:]
    if not words:
        return None
    # A possessive inside the run ends a name before it: "Ohio's Ann Lee" is Ann Lee (_name_tokens keeps the
    # possessive word in the title part).
    prefix, name = _name_tokens(words, lex)
    if not name or len(name) > 3 or any(patterns.NOT_NAME_WORD.match(w) or patterns.CONTRACTION.search(w)
                                        for w in name):
        return None
    if len(name) == 1 and prefix and prefix[-1].endswith(("'s", "\u2019s")):
        return None  # "Dayton's Riverfront": one word after a possessive is seldom a person
    if any(w.lower() in lex.roles.not_names or (w.isupper() and len(w.rstrip(".")) > 1 and not (
            i < len(name) - 1 and _joined_initials(w, lex))) or find_role_words(w, lex.roles)
           for i, w in enumerate(name)):
        return None  # demonyms, acronyms (organisations) and role words are no person's name; an initial is
    gender = honorific_gender(prefix, lex)
    if not gender:
        nxt = patterns.GENDER_PRONOUN.search(text, r1, min(e, r1 + 120))
        if nxt:
            gender = "f" if nxt.group(1).lower() in {"she", "her", "hers", "herself"} else "m"
    tail = text[r1:min(e, r1 + 60)]
    followed = bool(lex.cue_regex.match(tail.lstrip(" ,"))) or bool(
        re.match(r"^,[^,.;:\"\u201c\u201d]{1,50},\s*", tail) and lex.cue_regex.match(
            tail[re.match(r"^,[^,.;:\"\u201c\u201d]{1,50},\s*", tail).end():]))
    subject = abs(r0 - subject_at) <= 1
    titled = any(w.lower().rstrip(".") in lex.roles.title_words or w.lower().rstrip(".") in lex.roles.honorifics
                 for w in prefix)
    return repair_mojibake(" ".join(name)), possessive, gender, followed, subject, titled


def antecedent_candidates(word: str, state: "ArticleState", pos: int, line: int, lex: "Lexicon") -> list:
    """Named people a he/she at article offset `pos` may refer to: [(name, features dict)], most recent first.

    A candidate is a person named in the last ANTECEDENT_WINDOW sentences (as a speaker or not); its features
    say how recent and how salient the mentions are and whether the article's gender cues agree with the
    pronoun. Surnames are expanded to the full name introduced earlier, and mentions of the same person pooled.
    """
    want = "m" if word in {"he", "him"} else "f" if word in {"she", "her"} else ""
    i = bisect.bisect_left(state.mention_pos, pos)
    if i == 0:
        return []
    current = _sentence_at(state, pos)
    para = max(0, bisect.bisect_right(state.paragraph_offsets, pos) - 1)
    pool = {}
    for m in reversed(state.mentions[:i]):
        if current - m.sentence > ANTECEDENT_WINDOW:
            break
        key = (m.name, line)
        if key not in state.full_names:
            state.full_names[key] = _full_name(m.name, state, line, lex)[0] if len(m.name.split()) == 1 else m.name
        full = _longest_form(state.full_names[key], state, pos, lex)
        if want and len(m.name.split()) == 1 and first_name_gender(full, lex) not in ("", want) and (
                m.gender == want or _surname_gender(m.name, state, lex) == want):
            # "Quist ... she said" where the article named only "Tom Quist" in full and marks a Quist as a
            # she: that surname is another member of the family, not Tom, and stays a candidate of its own.
            full = m.name
        pool.setdefault(full, []).append(m)
    pool = _merge_written_forms(pool, state, pos, lex)
    # Earlier speakers the text scan does not see as names ("a diplomat from the Embassy", "Mr. Li, 22") are
    # candidates too, placed where they last spoke. One written with something before the surname that is no
    # given name ("Award-winner Lee", "Lee Jr.") is the person a name in the pool already names by that
    # surname ("Ann Lee"): it joins that candidate.
    alias = {}
    for ent in reversed(state.recent_persons[-4:]):
        spoke_at = state.speaker_pos.get(ent.name, -1)
        if ent.name not in pool and 0 <= spoke_at < pos and current - _sentence_at(state, spoke_at) <= ANTECEDENT_WINDOW:
            p_idx = max(0, bisect.bisect_right(state.paragraph_offsets, spoke_at) - 1)
            same = _surname_owner(ent.name, pool, state, pos, lex)
            m = Mention(spoke_at, line, p_idx, _sentence_at(state, spoke_at), ent.name, True, True, True, False,
                        False, False, "", from_speaker=not same)
            if m.from_speaker:
                pool[ent.name] = [m]
            else:
                alias[ent.name] = same
                pool[same] = sorted(pool[same] + [m], key=lambda x: -x.pos)
    recent = [alias.get(ent.name, ent.name) for ent in reversed(state.recent_persons)]
    last_speaker = alias.get(state.last_person.name, state.last_person.name) if state.last_person else None
    # '"...," he told Lee': the one spoken to is not the speaker.
    told = _ADDRESSEE.match(state.text, pos)
    addressee = {w.rstrip(".,").removesuffix("'s").removesuffix("\u2019s")
                 for w in (told.group(1).split() if told else [])}
    out, subject_at = [], {}
    pooled = None  # {pooled name: its mentions before pos}, built once per call on first use (below)
    for rank, (name, ms) in enumerate(pool.items()):
        last = ms[0]
        if not last.from_speaker and not_person_shape(name, lex.roles.not_names):
            continue
        if not last.from_speaker and len(name.split()) == 1 and name.endswith("ing") and name not in state.mid_capitals:
            continue  # "Leaning into the crowd, she said": a participle opening sentences is no name
        if last.from_speaker and any(w[:1].islower() and w.lower() not in NAME_PARTICLES for w in name.split()) \
                and not _INDEFINITE.match(state.text, last.pos):
            # An earlier speaker written as a description without an indefinite article ("the Ohio senator said",
            # "Lee's campaign manager said"): news writes these for someone the reader already knows by name, and
            # a description is no name to give for "he". An indefinite one ("said a diplomat from the embassy")
            # brings in someone new, who has no name: that one stays.
            continue
        if name.split()[-1] in addressee:
            continue
        if want and (organisation_name(name, state, lex) or name.lower() in lex.roles.state_names):
            # "Acme Railway" (of "Acme Railway Group") and a country ("Peru", source_state_names.csv) are an it or
            # a they, never a he or a she
            continue
        if name not in state.genders:
            state.genders[name] = entity_gender(name, state.text, lex=lex)
        if (name, "unanimous") not in state.genders:
            state.genders[(name, "unanimous")] = entity_gender(name, state.text, unanimous=True, lex=lex)
        shared = _shared_surname(name, state)
        # A given name of one sex ("Tom Hardy") decides; the article's surname cues (Mr./Ms. Hardy, "Hardy said
        # she") may be about a relative the article names by surname only.
        given = first_name_gender(name, lex)
        if want and given and given != want:
            continue  # "Tom Hardy" is no "she"
        if want and not given and not shared and state.genders[(name, "unanimous")] not in ("", want):
            continue  # the article marks this person with the other gender (Mr./Ms., "Lee said she"): a veto
        votes = {"m": 0, "f": 0}
        for m in ms:
            if m.gender:
                votes[m.gender] += 1
        if pooled is None:
            # Every earlier mention under the name it pools as, each distinct name looked up once: filtering the
            # mentions again per candidate called _longest_form candidates x mentions times per pronoun.
            pooled, pooled_as = defaultdict(list), {}
            for m in state.mentions[:i]:
                if m.name not in pooled_as:
                    pooled_as[m.name] = _longest_form(state.full_names.get((m.name, line), m.name), state, pos, lex)
                pooled[pooled_as[m.name]].append(m)
        every = pooled.get(name) or ms
        if shared:
            # Two people share the surname: only this full name's own mentions ("Ann Lee ... she") count.
            for m in every:
                if m.gender and m not in ms and len(m.name.split()) >= 2:
                    votes[m.gender] += 1
        article_gender = "" if shared else state.genders[name]
        gender = given or article_gender or ("" if votes["m"] == votes["f"] else max(votes, key=votes.get))
        n_all = len(every)
        first_of_para = [m for m in every if m.paragraph == para and m.subject
                         and m.sentence == _sentence_at(state, state.paragraph_offsets[para])]
        feats = {
            "sentences_back": min(current - last.sentence, ANTECEDENT_WINDOW) / ANTECEDENT_WINDOW,
            "same_sentence": float(current == last.sentence),
            "previous_sentence": float(current - last.sentence == 1),
            "paragraphs_back": min(para - last.paragraph, 5) / 5,
            "same_paragraph": float(para == last.paragraph),
            "recency_rank": min(rank, 5) / 5,
            "is_speaker": float(name in recent),
            "subject_last": float(last.subject),
            "subject_previous_sentence": float(any(m.subject and current - m.sentence == 1 for m in ms)),
            # "Mr. Lee was blunt: 'We will win,' he said": the subject of the pronoun's own sentence.
            "subject_same_sentence": float(any(m.subject and m.sentence == current and not m.in_quote for m in ms)),
            # How often the candidate was a sentence's subject (outside quotations) in the window: the person the
            # passage is about ("Lee toured ... Lee said ... Lee added"), as against a name the passage only
            # mentions. 0 for none, 0.5 for one, 1 for three or more (log scale).
            "subject_mentions": min(math.log1p(sum(m.subject and not m.in_quote for m in ms)) / math.log(4), 1.0),
            "gender_agrees": float(bool(want) and gender == want),
            "gender_disagrees": float(bool(want) and gender not in ("", want)),
            "log_mentions": min(math.log1p(n_all), 3.0) / 3.0,
            "full_name_in_text": float(len(name.split()) >= 2),
            "after_preposition": float(last.after_preposition),
            "in_quote_last": float(last.in_quote),
            "followed_by_cue": float(any(m.followed_by_cue for m in ms)),
            "unnamed_speaker": float(last.from_speaker),
            # Over all the article's mentions so far: a place is mostly written after "in"/"from" ("in Ohio"),
            # a person is somewhere the subject of a reporting verb ("Lee said").
            "share_after_preposition": sum(m.after_preposition for m in every) / len(every),
            "ever_followed_by_cue": float(any(m.followed_by_cue for m in every) or name in recent),
            # Some mention comes with a person's title, job noun, age or role appositive ("spokeswoman Ann Lee",
            # "Ann Lee, 39,"): a person, where a place or an organisation never is.
            "introduced": float(any(m.introduced for m in every)),
            # "the Harbour Trust", "the Dayton primary": a place, an organisation or a modifier, seldom a person.
            "share_after_the": sum(m.after_the for m in every) / len(every),
            "paragraph_subject": float(bool(first_of_para)),
            # "Crowds cheered": one word, capitalised only where sentences start, is seldom a person's name.
            "only_sentence_initial": float(len(name.split()) == 1 and name not in state.mid_capitals),
        }
        # The last speaker named in this paragraph, or in the sentence before: a quote run by one person
        # ("Lee said ... 'More,' he added"). Being the last speaker alone (from paragraphs back), or the speaker
        # rank, is no feature: with the two in, 2-fold cross-validation by article on hand-labelled decisions
        # lost 8-20 decisions in each of five splits (the speaker history already shows in is_speaker and here).
        # Nor are "the last mention is a possessive" ("Lee's aide said") and "a subject of a sentence with a cue"
        # (subject_mentions and followed_by_cue say it): without them, 1-10 more decisions in each of five splits.
        is_last = float(last_speaker == name)
        feats["last_speaker_same_paragraph"] = is_last * feats["same_paragraph"]
        feats["last_speaker_previous_sentence"] = is_last * feats["previous_sentence"]
        subject_at[name] = max((m.pos for m in ms if m.subject and not m.in_quote), default=-1)
        out.append((name, feats))
    # The person named last as a sentence's subject (outside quotations) among the candidates: news keeps its
    # subject ("Lee ... He said ... He added") until it names another.
    latest = max(subject_at.values(), default=-1)
    for name, feats in out:
        feats["latest_subject"] = float(latest >= 0 and subject_at[name] == latest)
    return out


# An indefinite determiner opening a speaker phrase: "a diplomat", "one voter", "another official".
_INDEFINITE = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s")


# "he told Lee", "she asked Sen. Ann Lee": the capitalised words after the pronoun's speech verb name the addressee.
_ADDRESSEE = re.compile(r"(?:[Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+)?(?:told|tells|asked|asks|assured|reminded|warned|"
                        r"urged|informed)\s+((?:[A-Z][\w'\u2019.-]*)(?: [A-Z][\w'\u2019.-]*){0,3})")


def honorific_gender(words: list, lex: "Lexicon") -> str:
    """"m" or "f" from the last gendered title among the words written before a name: a form of address ("Mr.",
    "Ms.", "Miss", "Sir": an honorific of quote_abbreviations.csv or quote_gender_words.csv) or a capitalised gender
    word such as "Chairwoman" or "Sister"; else "" ("Dr.", "Sen.", and a -man title such as "Chairman", which news
    writes for women too, as entity_gender does)."""
    gender = ""
    for w in words:
        low = w.lower().rstrip(".")
        word_gender = lex.gender_words.get(low, "")
        if low in lex.roles.honorifics or (w[:1].isupper() and word_gender and not patterns.GENDER_PRONOUN.fullmatch(w)
                                           and not _man_title(low, word_gender)):
            gender = word_gender or gender
    return gender


def _man_title(word: str, gender: str) -> bool:
    """Is a lowercase male gender word a -man title ("spokesman", "chairman")? News writes those for women too, so
    they are no gender cue ("man" itself is one)."""
    return gender == "m" and len(word) > 3 and word.endswith("man")


def first_name_gender(name: str, lex: "Lexicon") -> str:
    """"m" or "f" from the given name opening a person's full name ("Ann Lee" -> f, quote_first_names.csv), else
    "" (one word, an initial, a given name of either sex or none listed)."""
    words = name.split()
    return lex.first_names.get(words[0], "") if len(words) >= 2 else ""


def organisation_name(name: str, state: "ArticleState", lex: "Lexicon") -> bool:
    """Is this candidate name an organisation's? It is when it holds an organisation word (role_words.csv kind
    organisation: "Acme Group", "Dayton Police"), when the article knows it as an organisation speaker, or when
    every time the article writes it, capitalised words holding an organisation word follow ("Acme Railway" is
    always "Acme Railway Group": the name scan dropped the organisation word). Cached per article."""
    return state.derive(("organisation name", name), lambda: _organisation_name(name, state, lex))


def _organisation_name(name: str, state: "ArticleState", lex: "Lexicon") -> bool:
    if bool(_person_role_rows(name, lex, ("organisation",))):
        return True
    if any(ent.kind == "organisation" and ent.name == name for ent in state.entities):
        return True
    seen = 0
    written = re.compile(r"(?<![\w'\u2019-])" + re.escape(name) + r"(?![\w'\u2019-])")
    for m in itertools.islice(written.finditer(state.text), 50):  # bounded: linear time
        tail = _CAPITALISED_TAIL.match(state.text, m.end())
        if not (tail and bool(_person_role_rows(tail.group(0), lex, ("organisation",)))):
            return False
        seen += 1
    return seen > 0


_CAPITALISED_TAIL = re.compile(r"(?: [A-Z][\w&'\u2019.-]*){1,3}")
_PARTY_STATE_WORD = re.compile(r"[A-Z]-[A-Z][a-z]{0,3}\.?$")
_LOWER_COMPOUND = re.compile(r"(?:[A-Z][a-z]{2,}|[A-Z.]{2,}\.)-[a-z]{3,}$")


def not_person_shape(name: str, not_names: frozenset = frozenset()) -> bool:
    """Is this capitalised run shaped like no person's name? A party-state tag ("D-Ohio", "R-Tex"), a name that
    ends in a compound adjective ("Ohio-based", "U.S.-led"; not "Ban Ki-moon", "Moon Jae-in": Korean given
    names join short syllables), or the plural of a word that is never a name (not_names,
    source_not_names.csv: "Canadians" from "Canadian")."""
    words = name.split()
    if not words or any(_PARTY_STATE_WORD.match(w) for w in words) or _LOWER_COMPOUND.match(words[-1]):
        return True
    return len(words) == 1 and words[0].endswith("s") and words[0][:-1].lower() in not_names


def _surname_gender(surname: str, state: "ArticleState", lex: "Lexicon") -> str:
    """The article's gender cues about a surname (entity_gender), cached per article."""
    return state.derive(("surname gender", surname), lambda: entity_gender(surname, state.text, lex=lex))


def _shared_surname(name: str, state: "ArticleState") -> bool:
    """Does the article name two people with this surname ("Ann Lee" and "Tom Lee")? Then its surname cues
    ("Mr. Lee", "Lee said he") may be about the other one and say nothing about this person's gender."""
    words = name.split()
    if len(words) < 2:
        return False
    return state.derive(("shared surname", words[-1]), lambda: len(
        {m.name.split()[0] for m in state.mentions if len(m.name.split()) >= 2 and m.name.split()[-1] == words[-1]}
    ) >= 2)


def _longest_form(name: str, state: "ArticleState", pos: int, lex: "Lexicon") -> str:
    """The fullest form the article wrote before `pos` for a candidate name, so all of a person's mentions pool
    as one candidate under the name the article introduced:

    * a generational suffix goes ("Lee Jr." -> "Lee": a four-word "Ann B. Lee Jr." parsed as a speaker keeps
      only its last two words);
    * a surname alone -> the longer name ending in it ("Lee" -> "Ann Lee", or "Ann B. Lee" where the article
      wrote that too);
    * a two-word name -> the three-word name ending in it ("Marie Lee" -> "Ann Marie Lee", "B. Lee" -> "Ann B. Lee").

    A three-word form counts when it opens with a given name (quote_first_names.csv, or the article also
    writes its first and last word as a pair: "Ann Lee" for "Ann Marie Lee") or has a middle initial.

    Only when the longer forms written before `pos` are one person's (same first and last word): with "Ann Lee"
    and "Tom Lee" the name stays."""
    words = _without_suffix(name.split())
    if len(words) > 2:
        return " ".join(words)
    index = state.derived.get("longer names")
    if index is None:
        index = defaultdict(dict)  # key -> {longer form: offset of its first mention}
        pairs = {m.name for m in state.mentions if len(m.name.split()) == 2}
        for m in state.mentions:
            w = m.name.split()
            if len(w) == 3 and not (w[0] in lex.first_names or re.fullmatch(r"[A-Z]\.", w[1])
                                    or f"{w[0]} {w[2]}" in pairs):
                continue  # "Ambassador to Peru Ann Lee": a three-word run not opened by a given name is no name
            if len(w) >= 2:
                index[(w[-1],)].setdefault(m.name, m.pos)  # "Ann Lee" and "Ann B. Lee" under "Lee"
            if len(w) == 3:
                index[(w[1], w[2])].setdefault(m.name, m.pos)  # "Ann B. Lee" under "B. Lee"
        state.derived["longer names"] = index
    forms = {n for n, at in index.get(tuple(words), {}).items() if at < pos}
    # One person: the forms agree on the first and the last word ("Ann Lee", "Ann B. Lee"); the longest wins.
    if len(forms) == 0 or len({(f.split()[0], f.split()[-1]) for f in forms}) != 1:
        return " ".join(words)
    return max(sorted(forms), key=lambda f: len(f.split()))


def _surname_owner(name: str, pool: dict, state: "ArticleState", pos: int, lex: "Lexicon") -> str:
    """The pooled full name ("Ann Lee") that a form written with something before the surname that is no given
    name ("Mr. Lee", "Oscar-winner Lee", "Award-winner Lee", "Lee Jr.") names: the one name the article gives that
    surname (_longest_form). "" when the form opens with a given name ("Tom Lee" is someone else), or the article
    gives the surname no pooled full name."""
    words = _without_suffix(name.split())
    if not words or not words[-1][:1].isupper():
        return ""
    if len(words) > 1 and not _not_a_given_name(words[0], state, lex):
        return ""  # "Tom Lee", and "Orin Lee" with a given name the list lacks, is someone else
    same = _longest_form(words[-1], state, pos, lex)
    return same if same in pool and same != words[-1] and same != name else ""


def _not_a_given_name(word: str, state: "ArticleState", lex: "Lexicon") -> bool:
    """Is a capitalised word before a surname known to be no given name: an honorific or title ("Mr.", "Sen."), a
    role word, a hyphenated compound ("Oscar-winner") or a word the article also writes in sentence case? A word
    that is none of these may be a given name the list (quote_first_names.csv) lacks."""
    # The word lists decide as for sources.written_with_given_name (listed_as_no_given_name); here the given-name
    # list overrides them, and the article's sentence-case words and hyphenated compounds also count as no given name.
    return word not in lex.first_names and (
        listed_as_no_given_name(word, lex.roles) or "-" in word or word in state.ordinary)


def _merge_written_forms(pool: dict, state: "ArticleState", pos: int, lex: "Lexicon") -> dict:
    """One candidate per person: a pooled name written with something before the surname that is no given name
    ("Mr. Lee", "Oscar-winner Lee") joins the full name the article gives that surname ("Ann Lee":
    _surname_owner), and a three-word run that is no given-name form ("Staff Ann Lee") joins the two-word name
    it ends with when that is pooled too. Keeps the pool's most-recent-first order."""
    merged = {}
    for name, ms in pool.items():
        words = name.split()
        key = name
        if len(words) == 2:
            key = _surname_owner(name, pool, state, pos, lex) or name
        elif len(words) == 3 and words[0] not in lex.first_names and not re.fullmatch(r"[A-Z]\.", words[1]) \
                and " ".join(words[1:]) in pool:
            key = " ".join(words[1:])
        merged.setdefault(key, []).extend(ms)
    return {name: sorted(ms, key=lambda m: -m.pos) for name, ms in merged.items()}


def _sentence_at(state: "ArticleState", pos: int) -> int:
    """Index of the sentence holding article offset `pos` (sentences are numbered as mentions were collected)."""
    i = bisect.bisect_right(state.sentence_starts, pos) - 1
    return max(i, 0)


def rank_antecedents(candidates: list, weights: dict) -> Optional[str]:
    """The candidate name with the highest logistic score (ties: the most recent), or None when there is none."""
    best, best_score = None, None
    for name, feats in candidates:
        score = weights["intercept"] + sum(c * feats[f] for c, f in zip(weights["coef"], ANTECEDENT_FEATURES))
        if best_score is None or score > best_score + 1e-12:
            best, best_score = name, score
    return best
