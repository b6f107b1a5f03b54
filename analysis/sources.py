"""Who is quoted: classify each speaker into a source type and summarise sources per article.

A source type comes from words in the speaker's role or name, looked up in the editable table
analysis/data/role_words.csv (word -> source_type). The first row of that file that matches wins, so the
file's order is its priority: specific organisation words (WWF, Co, University) come before generic job
titles (officer, chairman) because "Chief Program Officer of WWF China" speaks for an NGO. Every decision keeps
the words that made it in an `evidence` string, so a reader can check and correct it.

Anonymity is separate from type: a speaker is anonymous when the phrase that names them has no proper name
as its head ("analysts", "a diplomat from the Embassy of Honduras", "law enforcement sources") or the text says
so ("on condition of anonymity"). An unnamed spokesperson of a named organisation speaks for that organisation
and is not anonymous.

Editorial rules (each with its evidence string):
- Role words match in any case ("The minister said" = "Minister Li said"), except rows marked match_case=yes in
  role_words.csv: acronyms and abbreviations (CNN, MSS, Co, Sen) and newspaper words (Times, Post), which are
  only names when written so ("co" or "post" in prose is not a company or a newspaper).
- A country, capital or state body speaking as a whole ("China said", "Beijing warned"; list in
  source_state_names.csv) speaks for its government: official and named.
- A coordinated group ("business insiders and analysts") takes the type of the member named first, as the seed
  gold does; the evidence names the other members' types.
- In the per-article summary, type, anonymity and evidence come from the same quote row, so they never disagree.
- A document whose author is named with a possessive ("a memo provided by Ann Lee's lawyer") is named.
- A role that coordinates two job titles ("senior adviser and pollster for Ann Lee") is typed by the first-named,
  like a mixed group.
- A result or record as the head ("a count by the Daily Star", "a Times analysis"; RESULT_HEADS) is a document
  whoever compiled it; a statement, letter or tweet speaks for its author and is not listed.
- A party named as a whole ("Democrats") is a named group; an unnamed part of it ("some Democrats") is not.
- A lawyer with no client in the phrase gives a legal judgement (expert); a lawyer for a client takes the
  client's type, as a spokesperson does (CLIENT_ROLES).
- A definite singular role ("the chief financial officer") that the article gives a named person is named
  (speakers.role_holder).
- "his/her/its/their" + a document ("her economic plan") is the document of someone the article names: named
  (pronoun_owned), as the gold rule for documents with a named author says.
- A person or group head keeps its type when a document word only follows it ("supporters of the law" are
  citizens, not a document: _documents_after_a_person_head).
- A share of people named by party or by nothing ("72% of Democrats", "a third") is poll respondents: citizen and
  unnamed (poll_share); a share of a typed group keeps its type ("half of Republican senators").
- A statement, letter, email or tweet whose author the phrase types ("a statement from Lee's office", "a letter from
  the union") takes the author's type; with no typed author it stays a document (AUTHORED_TEXTS).
- An analyst, economist or other expert job at a company gives an outside judgement: expert, unless the person also
  has a business job word ("founder and chief analyst of Acme Corp").
- A person the article credits to an organisation only by a bare possessive ("Harbour Review's Ann Lee") takes the
  organisation's type, media when nothing types it (possessive_organisation, used by speakers.apply_article_role).
- Role propagation (analysis/speakers.py, apply_article_role): a named person whose own phrase has no role word takes
  the role the article gives them at another mention (a title before the name or an appositive after it), with
  "role from line N: '...'" in the evidence. A person with no role and no description anywhere in the article
  (no age, no "a/the ..." appositive, no job noun of their own such as "actress", no "One local woman, ..." before
  the name, no "workers like ...") is a public figure the reader is expected to know: official
  (speakers.UNDESCRIBED_PERSON_TYPE); a described person with no role word keeps the citizen default.
"""

import itertools
import re
from dataclasses import dataclass
from typing import Optional

import pandas as pd

from analysis import patterns
from analysis.paths import DATA_DIR

SOURCE_TYPES = ("official", "expert", "business", "civil_society", "citizen", "media", "document")
DEFAULT_PERSON_TYPE = "citizen"  # a named person with no role word: an ordinary member of the public
DEFAULT_ORGANISATION_TYPE = "official"

SOURCE_COLUMNS = [
    "article_id", "speaker_name", "role", "source_type", "anonymous", "n_quotes", "n_words_quoted", "evidence",
]


@dataclass(frozen=True)
class RoleLexicon:
    """Role words compiled once per call of extract_quotes; built by load_role_lexicon."""

    table: pd.DataFrame
    regex: re.Pattern
    word_to_row: dict
    not_names: frozenset
    honorifics: frozenset
    title_words: frozenset
    case_rows: frozenset = frozenset()  # rows matched only as written (acronyms, abbreviations, newspaper words)
    state_names: frozenset = frozenset()  # lowercased country/state names that speak as a government


def load_role_lexicon(role_words: Optional[pd.DataFrame] = None,
                      not_names: Optional[pd.DataFrame] = None,
                      abbreviations: Optional[pd.DataFrame] = None,
                      state_names: Optional[pd.DataFrame] = None,
                      gender_words: Optional[pd.DataFrame] = None) -> RoleLexicon:
    """Compile role_words.csv (word, source_type, kind, note, match_case, gender) and the helper word lists
    (source_not_names.csv, quote_abbreviations.csv, source_state_names.csv, the address column of
    quote_gender_words.csv) into a RoleLexicon."""
    if role_words is None:
        role_words = pd.read_csv(DATA_DIR / "role_words.csv", keep_default_na=False)
    if not_names is None:
        not_names = pd.read_csv(DATA_DIR / "source_not_names.csv", keep_default_na=False)
    if abbreviations is None:
        abbreviations = pd.read_csv(DATA_DIR / "quote_abbreviations.csv", keep_default_na=False)
    if state_names is None:
        state_names = pd.read_csv(DATA_DIR / "source_state_names.csv", keep_default_na=False)
    if gender_words is None:
        gender_words = pd.read_csv(DATA_DIR / "quote_gender_words.csv", keep_default_na=False)
    bad = set(role_words["source_type"]) - set(SOURCE_TYPES)
    if bad:
        raise ValueError(f"role_words.csv has unknown source_type values: {sorted(bad)}")
    role_words = role_words.reset_index(drop=True)
    word_to_row = {w.lower(): i for i, w in enumerate(role_words["word"])}
    # An all-caps row is an acronym and always matched as written; other rows only when the file says so.
    match_case = role_words["match_case"] if "match_case" in role_words else [""] * len(role_words)
    case_rows = frozenset(i for i, (w, mc) in enumerate(zip(role_words["word"], match_case))
                          if mc == "yes" or (w.isupper() and len(w) > 1))
    # Plurals are matched too: "analysts", "sources", "authorities" (listed), "netizens".
    variants = []
    for w in role_words["word"]:
        variants += [w, w + "s", w + "es"]
        if w.endswith("y"):
            variants.append(w[:-1] + "ies")
        if w.endswith("man"):
            variants.append(w[:-3] + "men")
    regex = patterns.build_alternation(variants)
    # Title words stand before a name ("CIA Director William Burns"). Capitalised multi-word titles count word
    # by word (Prime Minister); lowercase multi-word roles only by their head, the last word ("media professional")
    # or the word before "of" ("chairman of the board": "board" is no title, and "the Labor Relations Board" is a
    # name).
    person_words = role_words.loc[role_words["kind"] == "person", "word"]
    title_words = set()
    for w in person_words:
        parts = w.replace("-", " ").split()
        head = parts[parts.index("of") - 1] if "of" in parts[1:] else parts[-1]
        title_words |= {p.lower() for p in parts} if w[:1].isupper() else {head.lower()}
        title_words.add(w.lower())
    title_words = frozenset(title_words)
    # Honorifics: the abbreviated ones ("Mr.", "Sen.") and the forms of address written in full ("Miss").
    honorifics = frozenset(
        a.lower() for a, h in zip(abbreviations["abbreviation"], abbreviations["honorific"]) if h == "yes"
    ) | frozenset(w.lower() for w, a in zip(gender_words["word"], gender_words.get("address", ())) if a == "yes")
    return RoleLexicon(
        table=role_words,
        regex=regex,
        word_to_row=word_to_row,
        not_names=frozenset(w.lower() for w in not_names["word"]),
        honorifics=honorifics,
        title_words=title_words,
        case_rows=case_rows,
        state_names=frozenset(n.lower() for n in state_names["name"]),
    )


def _rows_for(match_text: str, lexicon: RoleLexicon) -> list:
    """Candidate rows of role_words.csv for a matched (possibly plural) word, most literal reading first
    ("Studies" -> the row Studies, then the row study)."""
    key = re.sub(r"\s+", " ", match_text.lower())
    rows = []
    for candidate in (key, key[:-1], key[:-2], key[:-3] + "y", key[:-3] + "man"):
        row = lexicon.word_to_row.get(candidate)
        if row is not None and row not in rows:
            rows.append(row)
    return rows


# Collective nouns that are an organisation on their own ("the group said", "founder of a reading group", "the
# network said") but only a container before "of" ("a group of voters" is the voters, "a network of donors" the
# donors).
COLLECTIVE_OF = frozenset({"group", "groups", "network", "networks"})
# Role words that are also adjectives before a lowercase noun: "a fellow comedian" describes the next word; "a fellow
# at the institute", "senior fellow Ann Lee" (a preposition, a name or nothing after it) is the role.
ADJECTIVE_ROLES = frozenset({"fellow"})
ADJECTIVE_FOLLOWERS_OK = frozenset({"at", "in", "of", "with", "for", "and", "or", "who", "from", "on", "to"})


def find_role_words(text: str, lexicon: RoleLexicon) -> list:
    """All role words in `text` as (file_row, word_as_written), in file-priority order."""
    found = []
    text = text or ""
    for m in lexicon.regex.finditer(text):
        word = m.group(0)
        if word.lower() in COLLECTIVE_OF and re.match(r"\s+of\b", text[m.end():]):
            continue
        if word.lower() in ADJECTIVE_ROLES:
            nxt = re.match(r"\s+([a-z][\w'-]*)", text[m.end():])
            if nxt and nxt.group(1).lower() not in ADJECTIVE_FOLLOWERS_OK:
                continue
        # Case matters only for acronym-like rows (Co, MSS, Sen, Post, Studies): "co" inside prose is not a
        # company; every other row matches in any case ("the minister" as well as "Minister Li"). A case row
        # written otherwise falls back to the next reading ("studies" -> study).
        for row in _rows_for(word, lexicon):
            listed = lexicon.table.at[row, "word"]
            if row in lexicon.case_rows and not word.startswith(listed):
                continue
            found.append((row, word))
            break
    return sorted(found)


def has_role_kind(text: str, lexicon: RoleLexicon, kinds=("person",)) -> bool:
    """Does `text` hold a role word whose role_words.csv row is of one of these kinds (person, organisation,
    document, party, group)?"""
    return any(lexicon.table.at[r, "kind"] in kinds for r, _ in find_role_words(text, lexicon))


def core_phrase(phrase: str) -> str:
    """A speaker noun phrase up to its first comma, preposition or relative pronoun ("a diplomat from the embassy,
    who ..." -> "a diplomat"): the part whose last word is the head."""
    return patterns.POSTMODIFIER_START.split(phrase or "", maxsplit=1)[0].strip()


def head_word(phrase: str) -> str:
    """Head of a speaker noun phrase: last word before a preposition or comma ("a diplomat from ..." -> diplomat)."""
    words = patterns.WORD.findall(core_phrase(phrase))
    return words[-1] if words else ""


def is_proper(word: str, lexicon: RoleLexicon) -> bool:
    """A capitalised word that can be a name: not a demonym, determiner or sentence-initial function word."""
    # One letter is no name: it is an initial or an abbreviation cut short ("a former U" from "a former U.S. ...").
    return len(word) > 1 and word[0].isupper() and word.lower() not in lexicon.not_names


# Words that trail a name in a loosely cut speaker phrase without being its head: "Cruz himself", "Carter however",
# "Gowdy earlier Thursday", "Ann Lee Sunday night", "Lee hasn't". They are stripped before the head is taken.
TRAILING_NON_HEADS = frozenset({
    "himself", "herself", "itself", "themselves", "however", "also", "too", "again", "both", "alone", "instead",
    "earlier", "later", "today", "yesterday", "tonight", "tomorrow", "night", "morning", "afternoon", "evening",
    "recently", "then", "now", "previously", "still", "once",
}) | frozenset(patterns.WEEKDAYS)
# Capitalised openers that modify a head without naming anyone ("Many foreign outlets", "The latest poll").
QUANTIFIERS = frozenset({"the", "a", "an", "many", "some", "several", "most", "few", "other", "all", "both", "one",
                         "another", "his", "her", "its", "their", "our", "my", "this", "that", "these", "those",
                         "latest", "new", "recent", "same", "any", "each", "every", "no", "today", "yesterday",
                         "tomorrow", "last", "next"})
# Party words name a side, not an organisation or a person: "a Lake County Republican" stays unnamed.
PARTY_WORDS = frozenset({"republican", "republicans", "democrat", "democrats", "democratic"})
POSSESSIVE = re.compile(r"^(.*?)['\u2019]s?$")


def _strip_trailers(core: str) -> str:
    """The phrase without trailing adverbs, reflexives, weekdays and negated auxiliaries ("Lee hasn't")."""
    words = core.split()
    while len(words) > 1 and (words[-1].lower().strip(".,") in TRAILING_NON_HEADS
                              or re.search(r"n['\u2019]t$", words[-1].lower())):
        words.pop()
    return " ".join(words)


def _name_modifiers(words: list, lexicon: RoleLexicon) -> list:
    """Proper-name modifiers among `words` (the words before a head): capitalised, not a demonym, party word,
    quantifier or role word. A capitalised first word counts only when it cannot be a sentence opener: an acronym
    or inner capital (FEC, YouGov) or followed by another capitalised word (New York Times)."""
    found = []
    for i, w in enumerate(words):
        base = POSSESSIVE.match(w).group(1) if POSSESSIVE.match(w) else w
        if not base or not base[0].isupper() or base.lower() in QUANTIFIERS or base.lower() in PARTY_WORDS:
            continue
        if base.lower() in lexicon.not_names or base.lower() in lexicon.title_words:
            continue
        if any(lexicon.table.at[r, "kind"] in ("person", "group") for r, _ in find_role_words(base, lexicon)):
            continue
        inner_caps = any(c.isupper() for c in base[1:])
        next_caps = i + 1 < len(words) and words[i + 1][:1].isupper()
        possessive = base != w
        if i == 0 and not (inner_caps or next_caps or possessive):
            continue
        found.append(base)
    return found


def plural_role(written: str, listed: str) -> bool:
    """Is a role word as written ("voters") the plural of its role_words.csv row ("voter")? A compound row that
    ends in the written word ("vice president" for "president") is the same singular."""
    return written.lower() != listed.lower() and not listed.lower().endswith(written.lower())


def is_named(phrase: str, lexicon: RoleLexicon) -> bool:
    """True when the speaker phrase's head is a proper name (Zhang Ming, CNN, the Maine State Police), or it names
    its source another way: a name before a trailing adverb or reflexive ("Cruz himself"), a demonym surname
    ("David French"), an organisation's own name ("the White House"), or a head word with a proper-name modifier
    that makes it identifiable (the spokesperson of a named organisation, a named author's document, one office of
    a named person or organisation: "an Acme spokeswoman", "a Gallup poll", "Ohio's governor")."""
    if quantified_party(phrase):
        return False
    if _is_named_core(phrase, lexicon):
        return True
    core = core_phrase(phrase)
    stripped = _strip_trailers(core)
    if stripped != core.strip() and _is_named_core(stripped, lexicon):
        return True  # "Cruz himself", "Carter however", "Gowdy earlier Thursday"
    words = stripped.split()
    if not words:
        return False
    last = words[-1]
    # A name cut by an encoding slip ("SarukhÃ¡n" read as "SarukhÃ" + "n"): the head is the whole last token.
    token_head = patterns.WORD.match(last)
    if token_head and token_head.group(0) != head_word(stripped) and is_proper(token_head.group(0), lexicon) \
            and len(words) > 1 and is_proper(words[-2], lexicon):
        return True
    # A surname that is also a demonym ("David French"): a first name before it makes it a name.
    if (len(words) >= 2 and last.lower() in lexicon.not_names and last.lower() not in PARTY_WORDS
            and not last.isupper() and is_proper(words[-2], lexicon)
            and words[-2].lower() not in lexicon.title_words and words[-2].lower() not in QUANTIFIERS
            and not find_role_words(words[-2], lexicon)):
        return True
    head_roles = [(r, w) for r, w in find_role_words(stripped, lexicon)
                  if stripped.lower().endswith(w.lower())]
    if not head_roles:
        return False
    row, word = head_roles[-1]
    kind, listed = lexicon.table.at[row, "kind"], lexicon.table.at[row, "word"]
    before = words[:len(words) - len(word.split())]
    # An organisation written as its own name ("the White House", "the State Department").
    if kind == "organisation" and word[:1].isupper() and len(word.split()) > 1:
        return True
    modifiers = _name_modifiers(before, lexicon)
    if not modifiers:
        return False
    plural = plural_role(word, listed)
    indefinite = bool(before) and before[0].lower() in {"a", "an", "one", "another", "some", "several", "many"}
    # The unnamed spokesperson of a named organisation or person speaks for it ("an Acme spokeswoman",
    # "the Lee campaign spokesman", "Lee's spokesman").
    if listed.lower().startswith("spokes"):
        return True
    # A document whose author is named in the phrase ("a Gallup poll", "the FEC data", "a Daily Star review").
    if kind == "document":
        return True
    # One office of a named person or organisation ("Lee's campaign manager", "Acme's chief executive", "Ohio's
    # governor"): a single, identifiable holder. Plural or indefinite heads ("Lee's aides", "a Lee adviser") stay
    # unnamed.
    possessive = any(POSSESSIVE.match(w) and re.search(r"['\u2019]", w) for w in before)
    return kind == "person" and possessive and not plural and not indefinite


# Words that pick an unnamed part of a group: "some Democrats", "two Republicans", "a few Democrats".
PART_QUANTIFIERS = frozenset({"some", "many", "several", "few", "most", "other", "numerous", "various", "dozens",
                              "hundreds", "thousands", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                              "ten"})


def quantified_party(phrase: str) -> bool:
    """"some Democrats", "a few Republicans": a party named as a whole is a named group (the gold rule), but an
    unnamed part of it is not."""
    words = _strip_trailers(core_phrase(phrase)).split()
    if len(words) < 2 or words[-1].lower() not in PARTY_WORDS or not words[-1].lower().endswith("s"):
        return False
    first = words[1].lower() if words[0].lower() == "a" and len(words) > 2 else words[0].lower()
    return first in PART_QUANTIFIERS or first.isdigit()


def naming_words(phrase: str, lexicon: RoleLexicon) -> str:
    """The capitalised words of a named speaker phrase, for the evidence string ("Cruz", "Acme spokeswoman")."""
    core = core_phrase(phrase)
    words = [w for w in _strip_trailers(core).split() if w[:1].isupper() and w.lower() not in {"the", "a", "an"}]
    if not words:
        # A document named by its author after the head: "a poll from Hill College", "the report from the
        # State Department's inspector general" -> the capitalised words of the author.
        author = re.search(r"\b(?:from|by|of)\s+(?:the\s+)?((?:[A-Z][\w.&'\u2019-]*\s*){1,5})", phrase or "")
        if author:
            words = [re.sub(r"['\u2019]s$", "", w) for w in author.group(1).split()]
    return " ".join(words) or head_word(phrase)


def _is_named_core(phrase: str, lexicon: RoleLexicon) -> bool:
    head = head_word(phrase)
    # "Analysts said" at the start of a sentence is capitalised but is no name.
    # Nor is a lone capitalised document word ("Transcript follows", "Reports say").
    # Nor a common organisation noun opening a sentence ("Police said", "Authorities say"): a row listed in
    # lowercase; one listed as a name (an agency's name, Congress) is a name, and so is a capitalised one with its own
    # "of/for/on" + name ("the Ministry of Health", "Office for Civil Rights").
    core = core_phrase(phrase)
    own_name = re.match(r"\s*(?:of|for|on)\s+(?:the\s+)?[A-Z]", (phrase or "")[len(core):] if (
        phrase or "").startswith(core) else "")
    person_role = any(lexicon.table.at[r, "kind"] in ("person", "group", "document") or (
        lexicon.table.at[r, "kind"] == "organisation" and lexicon.table.at[r, "word"][:1].islower()
        and not own_name) for r, _ in find_role_words(head, lexicon))
    if is_proper(head, lexicon) and head.lower() not in lexicon.title_words and not person_role:
        return True
    # "the Trump campaign", "the Chinese government": an organisation word with a proper modifier is named.
    roles = find_role_words(head, lexicon)
    if roles and lexicon.table.at[roles[0][0], "kind"] == "organisation":
        core = re.split(r",|\s(?:from|of|at|with|for|in|on)\s", phrase, maxsplit=1)[0]
        # A capitalised quantifier opening a sentence ("Many foreign outlets") is no proper modifier.
        return any(w[0].isupper() and w.lower() not in {"the", "a", "an", "many", "some", "several", "most", "few",
                                                         "other", "all", "both"}
                   for w in patterns.WORD.findall(core)[:-1])
    # "a document provided by Nunberg's lawyer", "the Lee campaign's memo": a document or record whose author is
    # named in the phrase is named (the dev/train gold rule), even though its head is a common noun.
    # The same when the author follows: "a poll from Hill College", "a count by the Daily Star".
    doc_roles = find_role_words(phrase, lexicon)
    if any(lexicon.table.at[r, "kind"] == "document" for r, _ in doc_roles):
        authors = re.findall(r"([A-Z][\w.-]*)['\u2019]s\b", phrase or "") + re.findall(
            r"\b(?:from|by)\s+(?:the\s+)?([A-Z][\w.-]*)", phrase or "")
        for w in authors:
            if is_proper(w, lexicon) and not any(lexicon.table.at[r, "kind"] in ("person", "group")
                                                 for r, _ in find_role_words(w, lexicon)):
                return True
    return False


def state_name(phrase: str, lexicon: RoleLexicon) -> str:
    """The country or state body a speaker phrase consists of ("the US", "China"), else ""."""
    core = re.sub(r"(?i)^the\s+", "", (phrase or "").strip(" ,"))
    return core if core.lower() in lexicon.state_names else ""


def _first_conjunct_roles(text: str, lexicon: RoleLexicon) -> tuple:
    """(roles of the first member, roles of the others, first member) for "business insiders and analysts";
    ([], [], "") if the phrase is not a coordination of two role phrases."""
    parts = re.split(r"\s+(?:and|or|as well as)\s+|,\s*", text, maxsplit=1)
    if len(parts) < 2:
        return [], [], ""
    first, rest = find_role_words(parts[0], lexicon), find_role_words(parts[1], lexicon)
    return (first, rest, parts[0]) if first and rest else ([], [], "")


# A poll or survey speaking ("a CNN/ORC poll found", "the Quinnipiac University survey") is a document whatever
# organisation ran it: the head noun decides, not the sponsor that file priority would pick.
# The same for other results and records with no speaker of their own ("a count by the Daily Star", "the FEC data",
# "a Times analysis"): the head noun is the source, whoever compiled it. Texts that have an author who speaks through
# them (statement, letter, email, tweet) are not listed: "the White House statement" speaks for the White House.
RESULT_HEADS = frozenset({"poll", "survey", "polling", "polling average", "exit poll", "count", "tally", "data",
                          "statistics", "figures", "estimate", "study", "report", "summary", "analysis", "database",
                          "records", "transcript"})
# Rank-and-file members of a company speak for themselves, not for it ("a bank employee", "factory workers").
RANK_AND_FILE = frozenset({"employee", "worker"})
# A lawyer speaks for a client when the phrase names one ("Lee's lawyer", "an attorney for the family",
# "a lawyer representing Acme Corp"): an organisation client gives its type, any other client the private-person
# type (citizen), as a spokesperson does. With no client a lawyer gives a legal judgement: the row's type (expert).
CLIENT_ROLES = frozenset({"lawyer", "attorney"})
_CLIENT = re.compile(r"(?i)(?:\b(?:lawyer|attorney)s?\s+(?:for|representing|of)\s|['\u2019]s\s+(?:[\w-]+\s+)?"
                     r"(?:lawyer|attorney)s?\b)")


# Texts whose author speaks through them: "a statement from Lee's office", "a letter from the union", "a tweet by the
# campaign" speak for the office, the union, the campaign (the gold rule: a statement from X's office takes X's
# type). With no typed author in the phrase ("the statement said") the text stays a document.
AUTHORED_TEXTS = frozenset({"statement", "letter", "email", "tweet", "press release"})
# A share of a group: "72% of Democrats", "about 9 percent", "two-thirds of Republican voters". In news such a share
# says something only as poll respondents (citizen), whatever party the group is named after.
_SHARE = re.compile(r"(?i)^(?:(?:about|nearly|almost|roughly|around|some|only|just|over|under|more than|less than|"
                    r"fewer than|at least)\s+)*(?:\d+(?:\.\d+)?\s*(?:%|percent\b|per cent\b)|half\b|(?:a|one|two)[- ]"
                    r"(?:third|quarter|fifth)s?\b|three[- ]quarters\b|a majority\b|the majority\b|a plurality\b)"
                    r"(?:\s+of\s+(.+))?$")


def poll_share(speaker: str, lexicon: RoleLexicon) -> bool:
    """True for a share of people named by their party or by no role word at all ("72% of Democrats", "a third",
    "half of GOP voters"): poll respondents. A share of a typed group keeps the group's type ("half of Republican
    senators" are senators)."""
    m = _SHARE.match((speaker or "").strip(" ,"))
    if not m:
        return False
    group = m.group(1) or ""
    return all(lexicon.table.at[r, "kind"] == "party" or lexicon.table.at[r, "source_type"] == "citizen"
               for r, _ in find_role_words(group, lexicon))


def result_head(speaker: str, lexicon: RoleLexicon) -> str:
    """The head noun of a speaker phrase when it is a result or record (RESULT_HEADS: "a count by the Daily Star"
    -> "count", "the Gallup poll" -> "poll"), else "". Such a phrase is a document, not the organisation in it."""
    core = re.split(r"\sby\s", core_phrase(speaker), maxsplit=1)[0].strip()
    head_rows = [r for r, w in find_role_words(_strip_trailers(core), lexicon) if core.lower().endswith(w.lower())]
    if head_rows and lexicon.table.at[head_rows[-1], "word"].lower() in RESULT_HEADS:
        return lexicon.table.at[head_rows[-1], "word"]
    return ""


def _override_type(speaker: str, roles: list, lexicon: RoleLexicon, role_text: str = "") -> tuple:
    """(source_type, evidence) of the general rules that overrule file priority, else ("", ""):
    a poll as the head of the speaker phrase is a document; a spokesperson takes the type of the organisation
    they speak for ("a spokeswoman for the company" -> business), and so does a lawyer (a lawyer for a named
    client who is no organisation is citizen: CLIENT_ROLES); an employee or worker of a company is a
    citizen."""
    table = lexicon.table
    # The head is the last word before a comma or a preposition ("a poll from Hill College" is a poll; "by" also
    # ends it: "a count by the Daily Star" is a count).
    head = result_head(speaker, lexicon)
    if head:
        return "document", f"head noun '{head}' is a result -> document"
    words = {r: w for r, w in roles}
    text_head = [r for r, w in roles if table.at[r, "word"].lower() in AUTHORED_TEXTS
                 and core_phrase(speaker).lower().endswith(w.lower())]
    authors = [r for r, _ in roles if table.at[r, "kind"] in ("person", "organisation")]
    if text_head and authors:
        author = authors[0]
        return (table.at[author, "source_type"], f"'{words[text_head[0]]}' speaks for its author "
                f"('{words[author]}') -> {table.at[author, 'source_type']}")
    orgs = [r for r, _ in roles if table.at[r, "kind"] == "organisation"]
    spokes = [r for r, _ in roles if table.at[r, "word"].startswith("spokes")]
    if spokes and orgs:
        org = orgs[0]
        return (table.at[org, "source_type"],
                f"'{words[spokes[0]]}' speaks for '{words[org]}' -> {table.at[org, 'source_type']}")
    lawyers = [r for r, _ in roles if table.at[r, "word"].lower() in CLIENT_ROLES]
    if lawyers and orgs:
        org = orgs[0]
        return (table.at[org, "source_type"],
                f"'{words[lawyers[0]]}' speaks for '{words[org]}' -> {table.at[org, 'source_type']}")
    client = _CLIENT.search(f"{role_text} {speaker}") if lawyers else None
    if client:
        return DEFAULT_PERSON_TYPE, (f"'{words[lawyers[0]]}' speaks for a client ('{client.group(0).strip()}'): "
                                     f"a private person's type -> {DEFAULT_PERSON_TYPE}")
    # An analyst or economist at a bank or a company gives an outside judgement, not the business's word (the gold:
    # a chief economist at a financial company is expert); a business job word of their own keeps the business.
    # Both rules below read a person at a company who holds no business job word of their own.
    at_company = bool(orgs) and table.at[orgs[0], "source_type"] == "business" and not any(
        table.at[r, "kind"] == "person" and table.at[r, "source_type"] == "business" for r, _ in roles)
    judges = [r for r, _ in roles if table.at[r, "kind"] == "person" and table.at[r, "source_type"] == "expert"
              and table.at[r, "word"].lower() not in CLIENT_ROLES]
    if judges and at_company:
        return "expert", f"'{words[judges[0]]}' of a company ('{words[orgs[0]]}') gives an outside judgement -> expert"
    members = [r for r, _ in roles if table.at[r, "word"].lower() in RANK_AND_FILE]
    if members and at_company:
        return ("citizen", f"'{words[members[0]]}' of a company ('{words[orgs[0]]}') speaks for themselves "
                           f"-> citizen")
    # A chair of a party ("the county GOP chairman", "Democratic chairwoman Ann Lee") holds a party office, which the
    # file's business word chairman (a company chair) would miss: the party words come later in the file.
    chairs = [r for r, _ in roles if table.at[r, "word"].lower() in PARTY_CHAIRS]
    parties = [r for r, _ in roles if table.at[r, "kind"] == "party"]
    if chairs and parties and not orgs:
        return "official", f"'{words[chairs[0]]}' of a party ('{words[parties[0]]}') -> official"
    return "", ""


PARTY_CHAIRS = frozenset({"chairman", "chairwoman", "chairperson", "chair"})


GENERIC_TITLES = frozenset({"president", "director", "chairman", "chairwoman", "chairperson", "chair", "head",
                            "chief", "manager", "officer", "executive", "member", "secretary", "executive director"})


def _first_of_coordinated_roles(role: str, lexicon: RoleLexicon) -> tuple:
    """("senior adviser for Mr. Lee", "pollster") for the role "senior adviser and pollster for Mr. Lee": when a role
    coordinates two job titles, the first-named one decides (the mixed-group rule of the gold), with the
    postmodifier they share. ("", "") when the role is not such a coordination ("director of research and
    development": "development" is no job title)."""
    parts = re.split(r"\s+and\s+", role or "", maxsplit=1)
    if len(parts) < 2:
        return "", ""
    first, second = parts
    first_core, second_core = core_phrase(first), core_phrase(second)
    if first_core != first.strip():
        return "", ""  # "president of Acme and a longtime friend": the first title has its own postmodifier

    if not (has_role_kind(head_word(first_core), lexicon) and has_role_kind(head_word(second_core), lexicon)):
        return "", ""
    # A generic title takes its type from the organisation ("its president and CEO", "managing director and
    # analyst at a bank"), and a citizen word only describes ("Lee supporter and president of a think tank"):
    # file priority decides those.
    first_rows = find_role_words(head_word(first_core), lexicon)
    if first_rows and (lexicon.table.at[first_rows[0][0], "word"].lower() in GENERIC_TITLES
                       or lexicon.table.at[first_rows[0][0], "source_type"] == "citizen"):
        return "", ""
    shared = second[len(second_core):] if second.startswith(second_core) else ""
    return f"{first.strip()}{shared}", second_core


# Public offices: elected and political posts that one known person holds, so "the" + the office with a place or
# party ("the Texas senator", "the Wisconsin Republican", "the presumptive Democratic nominee", "the president") is
# a back-reference to the holder the article names (the gold rule: a role description of a person named in the
# article is named). Staff and sourcing words (official, aide, adviser, member, source, spokesman, and lawmaker,
# one of many) are not listed: "the official" often points back to "a senior official" who was never named.
PUBLIC_OFFICES = frozenset({"president", "vice president", "prime minister", "governor", "gov", "senator", "sen",
                            "congressman", "congresswoman", "mayor", "nominee", "candidate", "front-runner",
                            "frontrunner", "challenger", "contender", "running mate", "presidential hopeful",
                            "incumbent", "speaker of the house", "house speaker", "majority leader",
                            "minority leader", "attorney general", "secretary-general", "republican", "democrat",
                            "judge", "justice"})
_DEFINITE = re.compile(r"(?i)^the\s+")


def public_office(phrase: str, lexicon: RoleLexicon) -> str:
    """The office of a definite singular public-office phrase ("the Texas senator" -> "senator", "The Republican
    incumbent" -> "incumbent"), else "". The phrase is "the", any modifiers and the office as its head (singular,
    as listed in role_words.csv); "a senator", "the senators", "the senator's aide" and "the Senate official" are
    not such phrases."""
    core = _strip_trailers(core_phrase(phrase))
    if not _DEFINITE.match(core) or re.search(r"['\u2019]s?\s", core):
        return ""
    rest = _DEFINITE.sub("", core)
    rows = [(r, w) for r, w in find_role_words(rest, lexicon)
            if rest.lower().endswith(w.lower()) and w.lower() == lexicon.table.at[r, "word"].lower()]
    offices = [lexicon.table.at[r, "word"] for r, _ in rows if lexicon.table.at[r, "word"].lower() in PUBLIC_OFFICES]
    return offices[0] if offices else ""


_ROLE_NP_END = re.compile(r"(?i)^(?:who|whom|whose|which|that|in|on|at|for|with|to|by|from|of|as|during|after|"
                          r"before|since|about|[a-z]+ing|[a-z]+ed)$")


def _opening_noun_phrase(role: str, lexicon: RoleLexicon) -> str:
    """The words of a role before its first preposition, relative pronoun or verb form: "court document filed by
    Ann Lee" -> "court document"; "who wrote the report" and "in a statement" -> ""; a participle that opens it is an
    adjective ("retired letter carrier"), and a listed role word is a noun ("court filing", "the ruling")."""
    words = []
    for w in (role or "").split():
        bare = w.strip(",;:")
        if _ROLE_NP_END.match(bare) and (words or not bare.lower().endswith("ed")) and not (
                bare.lower().endswith(("ing", "ed")) and bare.lower() in lexicon.word_to_row):
            break
        words.append(w)
    return " ".join(words)


_PRONOUN_LED = re.compile(r"(?i)^(he|she)$")
_CONJUNCTION = re.compile(r"\s+(?:and|or|as well as)\s+|,\s*")
_OTHER_PRONOUNS = frozenset({"they", "we", "it", "you", "i", "those", "these"})
_POINTS_BACK = re.compile(r"(?i)(?:his|her|their|its|other|others|another|those|fellow)\b")


def named_first_member(phrase: str, lexicon: RoleLexicon) -> str:
    """The first member of a coordinated group when it is a name or he/she ("Ann Lee and her aides" -> "Ann Lee",
    "She and her backers" -> "She"), else "". A mixed group is named when the member named first is (the gold
    rule), and he or she points back to a person the article has named. Groups of role words ("the Maine State
    Police and a county sheriff") are handled with their types by _first_conjunct_roles."""
    parts = _CONJUNCTION.split((phrase or "").strip(), maxsplit=1)
    if len(parts) < 2 or not parts[1].strip():
        return ""
    first = parts[0].strip()
    if _PRONOUN_LED.match(first):
        return first
    # A capitalised first word alone may be a sentence opener ("Current and former officials", "Politicians and
    # ..."): a name needs the rest to point back to it ("Ann Lee and her aides", "Lee and other leaders").
    words = first.split()
    if words and all(w[:1].isupper() for w in words) and first.lower() not in _OTHER_PRONOUNS | QUANTIFIERS \
            and not quantified_party(first) and is_named(first, lexicon) and _POINTS_BACK.match(parts[1]):
        return first
    return ""


# "a team of columnists headed by Ann Lee", "companies including Acme Corp", "groups such as Harbour Watch": a group
# whose phrase names one of its members is named, as a mixed group is when its first member is (the gold rule).
_NAMED_MEMBER = re.compile(r"\s(?:led by|headed by|including|such as)\s+(?:the\s+)?"
                           r"((?:[A-Z][\w.&'\u2019-]*\s+){0,3}[A-Z][\w&'\u2019-]*)")


def named_member(phrase: str, lexicon: RoleLexicon) -> str:
    """The name after "led by", "headed by", "including" or "such as" in a group phrase when it is a proper name, else
    ""."""
    m = _NAMED_MEMBER.search(phrase or "")
    return m.group(1) if m and is_named(m.group(1), lexicon) else ""


def headline_role(phrase: str, lexicon: RoleLexicon) -> str:
    """The role word of a headline speaker: one singular person word with no article ("But expert says ...",
    "..., analyst says", "Justice vows ..."), which in news prose only a headline writes, for the person the story
    then names. Offices (PUBLIC_OFFICES) and other non-official person words count; staff and sourcing words do
    not ("Official says", "Source: ...": unnamed in the story too). "" otherwise."""
    word = (phrase or "").strip(" ,;:")
    if not re.fullmatch(r"[A-Za-z][a-z-]+", word):
        return ""
    rows = [r for r, w in find_role_words(word, lexicon) if w.lower() == lexicon.table.at[r, "word"].lower()]
    if not rows or lexicon.table.at[rows[0], "kind"] != "person":
        return ""
    if lexicon.table.at[rows[0], "source_type"] == "official" and word.lower() not in PUBLIC_OFFICES:
        return ""
    return lexicon.table.at[rows[0], "word"]


_PRONOUN_OWNER = re.compile(r"(?i)^(?:his|her|its|their)\s+")


def pronoun_owned(phrase: str, lexicon: RoleLexicon) -> str:
    """The head of "his/her/its/their" + an organisation, a spokesperson, a lawyer or a document ("his campaign",
    "her spokeswoman", "their lawyers", "its parent company", "her economic plan", "his social media profile"), else
    "". The possessive points back to someone the article has named, and what belongs to them or speaks for them is
    named as they are (the gold rule: the unnamed lawyer or spokesperson of a named party is named, and so is a
    document whose author is named). Other staff ("his aides", "her chief adviser"), friends and
    relatives are no such phrase: they are people of their own who are not named."""
    core = _strip_trailers(core_phrase(phrase))
    if not _PRONOUN_OWNER.match(core):
        return ""
    rest = _PRONOUN_OWNER.sub("", core)
    heads = [(r, w) for r, w in find_role_words(rest, lexicon) if rest.lower().endswith(w.lower())]
    for r, w in heads:
        word = lexicon.table.at[r, "word"].lower()
        if lexicon.table.at[r, "kind"] in ("organisation", "document") or word.startswith("spokes") \
                or word in CLIENT_ROLES:
            return w
    return ""


def _role_documents_of_a_name(speaker: str, role: str, roles: list, lexicon: RoleLexicon) -> list:
    """The document rows among `roles` that come only from a clause in the role of a named speaker: "Ann Lee, who
    wrote the report," / "Lee, in a statement released by the campaign," / "Lee, who signed the ferry laws as
    governor," is Ann Lee, not a document (her type comes from her other role words, else the default). A speaker
    phrase that is itself a document ("Ann Lee's memo", "the Gallup poll"), or a role whose opening noun phrase has
    a document or an unlisted noun as its head ("court filing submitted on Monday", "story by the website"), keeps
    them; a document word that only modifies a person or organisation word ("party data operative") does not.
    [] when nothing is dropped, or when the first role word is no document anyway."""
    docs = [(r, w) for r, w in roles if lexicon.table.at[r, "kind"] == "document"]
    if not docs or docs[0] != roles[0] or not speaker:
        return []  # a role word of higher priority decides anyway ("law professor")
    opening = _opening_noun_phrase(role, lexicon).split()
    role_head = POSSESSIVE.match(opening[-1]).group(1) if opening and POSSESSIVE.match(opening[-1]) else (
        opening[-1] if opening else "")
    if any(lexicon.table.at[r, "kind"] == "document" for r, _ in find_role_words(speaker, lexicon)):
        return []
    # The role must open with a clause ("who ...", "in a statement ...") or with a job whose head is a person or
    # organisation word ("longtime party data operative", "the mayor's Office of Parks director while the park
    # law was written"); any other head ("court document filed by ...", "story by the website", an unlisted job)
    # leaves the document reading in place.
    if opening and not any(lexicon.table.at[r, "kind"] in ("person", "organisation", "group")
                           for r, _ in find_role_words(role_head.strip(",;:"), lexicon)):
        return []
    if not is_proper(head_word(speaker), lexicon) or not is_named(speaker, lexicon):
        return []
    return docs


_ORG_POSSESSED = re.compile(r"^['\u2019]s\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
_ORG_NOUN_AFTER = re.compile(r"^\s+([a-z][\w-]*)")
# The appositive ends at punctuation or at a relative clause ("Harbour Watch, a riverside group that fights ...").
_ORG_APPOSITIVE = re.compile(r"^,\s+(?:an?|the)\s+([^,.;:!?\"\u201c\u201d()]{2,60}?)(?=[,.;:!?\"\u201c\u201d()]|"
                             r"\s(?:that|which|who|whose)\s|$)")


def listed_as_no_given_name(word: str, lexicon: RoleLexicon) -> bool:
    """Do the word lists say that a capitalised word written right before a surname is no given name: an honorific
    ("Mr.", "Miss"), a title word ("Sen.", "Governor"), a not-name word, a quantifier ("Many", "The") or a role word?
    The one list test behind written_with_given_name here and speakers._not_a_given_name."""
    w = word.lower().rstrip(".")
    return (w in lexicon.honorifics or w in lexicon.not_names or w in lexicon.title_words or w in QUANTIFIERS
            or bool(find_role_words(word, lexicon)))


def written_with_given_name(name: str, text: str, lexicon: RoleLexicon) -> bool:
    """True when the article writes the one-word `name` after a capitalised given name or an honorific somewhere
    ("Bo Acme", "Mr. Acme", "Sen. Acme"): a person's surname, not an organisation. Other titles, quantifiers and role
    words before it do not count (listed_as_no_given_name). Unlike speakers._not_a_given_name this has no article
    state: it does not consult the given-name list or the words the article writes in sentence case, so any
    capitalised word the lists do not rule out counts as a given name ("Orin Acme")."""
    for m in itertools.islice(re.finditer(r"(?<![\w'\u2019-])" + re.escape(name) + r"(?![\w-])", text or ""), 200):
        before = re.search(r"([A-Z][\w'\u2019-]*\.?)\s+$", text[max(0, m.start() - 30):m.start()])
        if before and (before.group(1).rstrip(".").lower() in lexicon.honorifics
                       or not listed_as_no_given_name(before.group(1), lexicon)):
            return True
    return False


# Words whose "'s" is "is" or "has", never an owner ("He's Ann Lee's brother", "There's Ann Lee").
_CONTRACTED_WORDS = frozenset("he she it that this there here what who where when why how let".split())
# "Harbour Review's Ann Lee", "the Courier's Bo Li": news credits a writer to the outlet they write for with a bare
# possessive before the name and no title. The organisation is a run of one to four capitalised words ending in 's
# or, after an s, a bare apostrophe ("Dayton Politics' Ann Lee"); after another letter or a full stop a bare
# apostrophe closes a quotation ("... a lot worse than that' Ann Lee"), and after an s it may too
# (_closes_single_quote).
_ORGANISATION_POSSESSIVE = r"(?:^|[^\w'\u2019-])((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&-]*?)(?:['\u2019]s|(?<=s)['\u2019])\s+"


def possessive_organisation(name: str, text: str, lexicon: RoleLexicon) -> tuple:
    """(type, organisation) for a person the article introduces as "<Organisation>'s <full name>" with no title
    ("Harbour Review's Ann Lee"), else ("", ""). The organisation is typed by its own role words ("Dunmore
    Institute's Ann Lee" -> expert), else by what the article says around it (organisation_type_in_text), else
    media: a bare possessive before a name is how news credits a journalist to an outlet; a document-typed owner (a
    pollster) makes its staff experts. A possessive person ("Lee's Bo Li", the surname of someone the article names
    with a given name), a state, a party, a contraction ("He's") or a place (_written_as_place) is none."""
    if len((name or "").split()) < 2:
        return "", ""
    m = re.search(_ORGANISATION_POSSESSIVE + re.escape(name) + r"(?![\w-])", text or "")
    if not m or _closes_single_quote(text, m.start(1), m.end(1)):
        return "", ""
    org = re.sub(r"^(?:The|A|An)\s+", "", m.group(1))
    words = org.split()
    if not words or any(w.lower() in lexicon.not_names or w.lower() in QUANTIFIERS or w.lower() in PARTY_WORDS
                        or w.lower() in lexicon.title_words for w in words) or org.lower() in lexicon.state_names:
        return "", ""
    if len(words) == 1 and written_with_given_name(org, text, lexicon):
        return "", ""
    if words[0].lower() in _CONTRACTED_WORDS or _written_as_place(org, text):
        return "", ""  # "He's Ann Lee", "There's ...", "Dayton's Ann Lee" with "in Dayton" elsewhere: no employer
    rows = find_role_words(org, lexicon)
    stype = lexicon.table.at[rows[0][0], "source_type"] if rows else organisation_type_in_text(org, text, lexicon)[0]
    # A person is never a document: the staff of a pollster or a record-keeper are its experts.
    return ("expert" if stype == "document" else stype or "media"), org


def _closes_single_quote(text: str, start: int, end: int) -> bool:
    """True when the mark after text[start:end] is no plural possessive ("Teachers' Ann Lee") but closes a title
    opened with a single quotation mark earlier in the sentence ("he called it 'Worse Than Ours' Ann Lee said")."""
    if text[end:end + 2] in ("'s", "\u2019s"):
        return False
    before = text[max(0, start - 200):start]
    return before.rfind("\u2018") > max(before.rfind("\u2019"), before.rfind(". "))


def _written_as_place(name: str, text: str) -> bool:
    """True when the article writes `name` right after "in", "from", "near", "across" or "outside" with no "the"
    ("a rally in Dayton"): a place, which credits no one to an employer. Outlets take "the" ("in the Courier")."""
    return re.search(r"(?<![\w-])(?:[Ii]n|[Ff]rom|[Nn]ear|[Aa]cross|[Oo]utside)\s+" + re.escape(name) + r"(?![\w-])",
                     text or "") is not None


def organisation_type_in_text(name: str, text: str, lexicon: RoleLexicon, back_references: bool = False) -> tuple:
    """(source_type, words) for a one-word name the article never writes after a capitalised given name ("Acme",
    never "Bo Acme"): an organisation, typed by the first role word the article puts right around it -- its own
    office or staff ("Acme's chief executive" -> business), a noun after it ("Acme magazine" -> media, "a Dunpoll
    poll" -> document) or an "a/the" appositive ("Acme, a software firm," -> business). ("", "") when a one-word
    name has a given name somewhere or no role word stands around the name. A name of several words ("Harbour
    Watch") is typed the same way, with no given-name test. With `back_references`, when none of those types it,
    the first common noun that calls it back does ("... the organization's lawyer": _back_reference)."""
    words = (name or "").split()
    if not words or not name[:1].isupper():
        return "", ""
    if len(words) == 1 and written_with_given_name(name, text, lexicon):
        return "", ""  # "Bo Acme": a person with a given name
    found, back = [], []
    for m in itertools.islice(re.finditer(r"(?<![\w'\u2019-])" + re.escape(name) + r"(?![\w-])", text or ""), 200):
        after = text[m.end():m.end() + 80]
        if not found:
            for rx in (_ORG_POSSESSED, _ORG_NOUN_AFTER, _ORG_APPOSITIVE):
                phrase = rx.match(after)
                rows = find_role_words(phrase.group(1), lexicon) if phrase else []
                if rows and (rx is not _ORG_NOUN_AFTER or lexicon.table.at[rows[0][0], "kind"] in (
                        "organisation", "document")):
                    found = [lexicon.table.at[rows[0][0], "source_type"], (name + after[:phrase.end()]).strip()]
                    break
        if back_references and not found and not back:
            back = _back_reference(name, text[m.end():m.end() + _BACK_REFERENCE_REACH], lexicon)
    return tuple(found or back) or ("", "")


# "Harbour Watch asked the campaign to stop. The organization's lawyer said ...": news names an organisation once and
# then calls it by a common noun ("the organization", "the federation", "the network"). The first such noun after a
# mention, within the next sentence or so, types an organisation that nothing else types. Only nouns of a type other
# than official count: "the campaign", "the committee" or "the agency" after a name are as often another body; and
# only the singular ("the unions" are others). It is the weakest of the readings here, so it is used only for the
# organisation a named person heads or works for ("AFL-CIO President Ann Lee", speakers._organisation_type_of_title),
# not for a bare name that may be a company, a place or a misread word, and not for a body whose staff are officials
# or whose head is a secretary ("a Treasury official", "Labor Secretary Ann Lee"): "the bank" or "the company" after
# such a name is another organisation.
_BACK_REFERENCE_REACH = 300
# Collective nouns that name a whole sector, not one organisation ("the media", "the community").
_COLLECTIVES = frozenset({"media", "community"})
_BACK_REFERENCE = re.compile(r"(?<![\w-])[Tt]he\s+([a-z][\w-]*)(?=['\u2019]s\b|[\s,.;:])")


def _back_reference(name: str, after: str, lexicon: RoleLexicon) -> list:
    """[type, words] for the first "the <organisation noun>" in `after` (the text following a mention of `name`)
    whose role_words.csv row is an organisation of a type other than official ("the federation" -> civil_society,
    "the organization's" -> civil_society, "the network" -> media), else []."""
    for m in _BACK_REFERENCE.finditer(after):
        rows = [(r, w) for r, w in find_role_words(m.group(1), lexicon) if w == lexicon.table.at[r, "word"]]
        if rows and not re.match(r"\s+of\b", after[m.end():]):
            row = rows[0][0]
            if lexicon.table.at[row, "kind"] == "organisation" and lexicon.table.at[row, "source_type"] != "official" \
                    and m.group(1).lower() not in _COLLECTIVES:
                return [lexicon.table.at[row, "source_type"], f"{name} ... {m.group(0)}"]
    return []


_ORG_AFTER_TITLE = re.compile(r"^\s+(?:of|at|for|with)\s+(?:the\s+)?((?:[A-Z][\w&'\u2019.-]*\s+(?:(?:of|for|and)\s+)?){0,4}"
                              r"[A-Z][\w&-]*)")
_ORG_BEFORE_TITLE = re.compile(r"((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&-]*?)(?:['\u2019]s?)?\s+$")


def title_organisation(role: str, word: str, lexicon: RoleLexicon) -> str:
    """The capitalised organisation name a generic title or staff word belongs to in a role ("president of the
    Harbour Watch" -> "Harbour Watch", "Acme spokesman" -> "Acme", "Acme's chief executive" -> "Acme"), else "".
    A name with a role word of its own ("Dunmore University") is typed by that word already and gives ""."""
    at = (role or "").find(word)
    if at < 0:
        return ""
    after = _ORG_AFTER_TITLE.match(role[at + len(word):])
    before = _ORG_BEFORE_TITLE.search(role[:at])
    org = after.group(1) if after else (before.group(1) if before else "")
    org = re.sub(r"^(?:The|A|An)\s+", "", org.strip())
    words = org.split()
    if not words or any(w.lower() in lexicon.not_names or w.lower() in QUANTIFIERS or w.lower() in PARTY_WORDS
                        for w in words[:1]) or find_role_words(org, lexicon) or org.lower() in lexicon.state_names:
        return ""
    return org


def _documents_after_a_person_head(speaker: str, roles: list, lexicon: RoleLexicon) -> list:
    """The document rows among `roles` that stand after the head of a speaker phrase whose head is a person or
    group word: "supporters of the law", "voters in the latest poll", "critics of the report" are people, whatever
    document they are about. [] when the head is no person word or nothing is dropped."""
    core = _strip_trailers(core_phrase(speaker))
    head = [(r, w) for r, w in find_role_words(core, lexicon) if core.lower().endswith(w.lower())]
    if not head or lexicon.table.at[head[-1][0], "kind"] not in ("person", "group") or core == (speaker or "").strip():
        return []
    in_core = set(find_role_words(core, lexicon))
    return [(r, w) for r, w in roles if lexicon.table.at[r, "kind"] == "document" and (r, w) not in in_core]


# A station's call sign with its band ("KDAY-TV", "WXYZ-FM") names a broadcaster: media, not the official default of
# other acronyms.
_CALL_SIGN = re.compile(r"^(?:the\s+)?[A-Z]{3,4}-(?:TV|FM|AM)$")


def classify_source(speaker: str, role: str = "", context: str = "",
                    lexicon: Optional[RoleLexicon] = None) -> dict:
    """Source type, anonymity and the evidence for one speaker.

    speaker: the speaker phrase as written ("Zhu Yongbiao", "a diplomat from the Embassy of Honduras", "analysts").
    role: appositive or title ("professor at Lanzhou University"). context: the sentence, used only for explicit
    anonymity wording ("on condition of anonymity").
    Returns dict(source_type, anonymous, evidence, is_spokesperson).
    """
    lexicon = lexicon or load_role_lexicon()
    evidence = []
    first_role, other_role = _first_of_coordinated_roles(role, lexicon)
    text = f"{first_role or role} {speaker}".strip()
    roles = find_role_words(text, lexicon)
    if first_role and roles and roles[0] != (find_role_words(f"{role} {speaker}", lexicon) or [None])[0]:
        evidence.append(f"first of the coordinated roles '{role.strip()}' decides (not '{other_role}')")
    dropped = _role_documents_of_a_name(speaker, first_role or role, roles, lexicon)
    if dropped:
        roles = [x for x in roles if x not in dropped]
    described = _documents_after_a_person_head(speaker, roles, lexicon)
    if described:
        roles = [x for x in roles if x not in described]
    first, others, first_member = _first_conjunct_roles(speaker, lexicon)
    state = state_name(speaker, lexicon) if not roles else ""
    share = poll_share(speaker, lexicon)
    if share:
        source_type = DEFAULT_PERSON_TYPE
        evidence.append(f"'{speaker}' is a share of people: poll respondents -> {source_type}")
    elif first:
        # A mixed group is typed by the member named first (the seed gold's rule), not by file priority.
        row, word = first[0]
        source_type = lexicon.table.at[row, "source_type"]
        other_types = sorted({f"'{w}' -> {lexicon.table.at[r, 'source_type']}" for r, w in others})
        evidence.append(f"mixed group typed by the first-named member: role word '{word}' -> {source_type} "
                        f"(also {', '.join(other_types)})")
    elif state:
        source_type = "official"
        evidence.append(f"state '{state}' speaks for its government -> official")
    elif roles and _override_type(speaker, roles, lexicon, role)[0]:
        source_type, why = _override_type(speaker, roles, lexicon, role)
        evidence.append(why)
    elif roles:
        row, word = roles[0]
        source_type = lexicon.table.at[row, "source_type"]
        evidence.append(f"role word '{word}' -> {source_type}")
    elif _CALL_SIGN.match((speaker or "").strip(" ,")):
        source_type = "media"
        evidence.append(f"'{speaker.strip(' ,')}' is a broadcaster's call sign -> media")
    elif patterns.FIRM_NAME.search(speaker or ""):
        source_type = "business"
        evidence.append(f"'&' joins the names in '{patterns.FIRM_NAME.search(speaker).group(0)}': a firm's name "
                        f"-> business")
    else:
        head = head_word(speaker)
        is_org = bool(patterns.ACRONYM.match(head)) and len(patterns.WORD.findall(speaker)) <= 2
        source_type = DEFAULT_ORGANISATION_TYPE if is_org else DEFAULT_PERSON_TYPE
        evidence.append(f"no role word: default {source_type}")
    if dropped:
        # After the type's own evidence, which speakers.apply_article_role reads from the start ("no role word").
        evidence.append(f"'{dropped[0][1]}' in the role of the named '{speaker}' is something they did or wrote, "
                        f"not the source")
    if described:
        evidence.append(f"'{described[0][1]}' after the head of '{core_phrase(speaker)}' says what the people are "
                        f"about, not who speaks")
    is_spokesperson = any(lexicon.table.at[r, "word"].startswith("spokes") for r, _ in roles)
    # A mixed group is named when its first member is ("the Maine State Police and a county sheriff").
    named = is_named(first_member or speaker, lexicon) or bool(state)
    office = public_office(speaker, lexicon) if not named and not first_member else ""
    owned = pronoun_owned(speaker, lexicon) if not (named or office or first_member) else ""
    headline = headline_role(speaker, lexicon) if not (named or office or owned or first_member) else ""
    led_by = named_first_member(speaker, lexicon) if not (named or office or owned or headline) else ""
    member = named_member(speaker, lexicon) if not (named or office or owned or headline or led_by) else ""
    anonymous = share or not (named or office or owned or headline or led_by or member)
    if share:
        evidence.append("a share of respondents names no one")
    elif named:
        evidence.append(f"named ('{naming_words(first_member or speaker, lexicon) or state}')")
    elif office:
        evidence.append(f"'{speaker}' is a public office ('{office}') held by one person the article names")
    elif owned:
        evidence.append(f"'{speaker}': the {owned} of someone the article names (possessive pronoun)")
    elif headline:
        evidence.append(f"'{speaker}' with no article is a headline's word for the person the story names")
    elif led_by:
        evidence.append(f"mixed group named by its first member ('{led_by}')")
    elif member:
        evidence.append(f"a group that names a member ('{member}')")
    else:
        evidence.append(f"no name in '{speaker}'")
    if context and patterns.ANONYMITY.search(context):
        anonymous = True
        evidence.append(f"text says '{patterns.ANONYMITY.search(context).group(0)}'")
    return {"source_type": source_type, "anonymous": anonymous, "evidence": "; ".join(evidence),
            "is_spokesperson": is_spokesperson}


def summarise_sources(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per (article, speaker): how often and how much each source is quoted.

    Input: the quotes table from extract_quotes. Output columns: article_id, speaker_name, role, source_type,
    anonymous, n_quotes, n_words_quoted (words inside the quoted or reported text), evidence; plus n_direct and
    first_line. Quotes with no speaker are grouped under speaker_name "(unattributed)". Rows are sorted by
    article and by first appearance.
    """
    if quotes is None or len(quotes) == 0:
        return pd.DataFrame(columns=SOURCE_COLUMNS + ["n_direct", "first_line"])
    q = quotes.copy()
    q["speaker_name"] = q["speaker_name"].where(q["speaker_name"].astype(str) != "", "(unattributed)")
    q["n_words"] = q["text"].astype(str).map(lambda t: len(patterns.WORD.findall(t)))
    rows = []
    for (article_id, name), g in q.groupby(["article_id", "speaker_name"], sort=False):
        g = g.sort_values(["line", "char_start"])
        roles = [r for r in g["role"] if r]
        types = g["source_type"].value_counts()
        majority = types.index[0] if len(types) else ""
        # Anonymity and evidence from the first row of the majority type, so the evidence explains the type.
        chosen = g[g["source_type"] == majority].iloc[0] if len(types) else g.iloc[0]
        rows.append({
            "article_id": article_id,
            "speaker_name": name,
            "role": max(roles, key=len) if roles else "",
            "source_type": majority,
            "anonymous": bool(chosen["anonymous"]),
            "n_quotes": len(g),
            "n_words_quoted": int(g["n_words"].sum()),
            "evidence": chosen["evidence"] if "evidence" in g else "",
            "n_direct": int((g["kind"] == "direct").sum()),
            "first_line": int(g["line"].min()),
        })
    out = pd.DataFrame(rows).sort_values(["article_id", "first_line", "speaker_name"]).reset_index(drop=True)
    return out[SOURCE_COLUMNS + ["n_direct", "first_line"]]
