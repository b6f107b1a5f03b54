"""Compiled regular expressions for quote and source extraction, kept apart from the logic (speech.py,
speakers.py, subjects.py, reported.py, quotes.py).

Every pattern here is linear-time: no nested quantifiers, no unbounded backtracking over overlapping classes.
Patterns that must look at the text around a cue are applied to short, bounded windows by the caller, so a
100,000-character paragraph costs about ten times a 10,000-character one.
"""

import re

# Double quotation marks in any typography. '' and `` are how some wire copy writes double quotes.
QUOTE_MARK = re.compile(r"''|``|[\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]")
OPENING_MARKS = frozenset("\u201c\u201e\u201f\u00ab`")
CLOSING_MARKS = frozenset("\u201d\u00bb")

# A word: letters/digits with inner apostrophes, hyphens and full stops (U.S., Bo-wen, Dayton's), also across the
# stray characters that UTF-8 read as Latin-1 or Windows-1252 leaves after an "\u00c3" or "\u00c2" ("Jos\u00c3\u00a9" for
# "Jos\u00e9"), so a garbled name is not cut at its accented letter (speech.repair_mojibake repairs it).
MOJIBAKE_CHAR = r"[\u0080-\u00bf\u201a-\u201e\u2020-\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e]"
# Combining accents (decomposed text: "Jose" + U+0301) are part of a word too, and may spell the "\u00c3" itself.
_MOJIBAKE_TAIL = r"(?<=[\u00c2\u00c3\u0302\u0303])" + MOJIBAKE_CHAR + r"|[\u0300-\u036f]"
WORD = re.compile(r"[^\W_](?:(?:[\w'\u2019.&-]|" + _MOJIBAKE_TAIL + r")*(?:[\w.]|" + _MOJIBAKE_TAIL + r"))?")

# A dotted acronym or joined initials: "U.S.", "D.C.", "A.B.C.-D.E.", "J.D." (single letters joined by full stops,
# with the stop after the last letter when a space or the end follows). Its inner stops never end a sentence; its
# last one does only before a word that opens sentences, not names (ACRONYM_THEN_SENTENCE: "in the U.S. He left").
DOTTED_ACRONYM = re.compile(r"(?<![\w.])[A-Za-z](?:\.-?[A-Za-z])+(?:\.(?=\s|$))?")
ACRONYM_THEN_SENTENCE = re.compile(r"\s+(?:He|She|They|It|We|I|You|The|A|An|But|And|In|This|That|There|These|"
                                   r"Those|His|Her|Their|Its|Our)(?![\w'\u2019.-])")

# A word that ends in a contraction ("I'm", "don't", "we’re", "they'll"): a function word, never a name or a topic.
CONTRACTION = re.compile(r"[A-Za-z]['\u2019](?:m|re|ve|ll|d|t)$")

# A name whose capitalised parts "&" joins ("Lee & Hardy", "Acme & Sons"): in news, a firm.
FIRM_NAME = re.compile(r"(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019.-]*\s*&\s*[A-Z][\w'\u2019.-]*"
                       r"(?:\s+[A-Z][\w'\u2019.-]*){0,3}")

# A dateline opening a paragraph: an upper-case place (optionally ", State.") or a place with an agency in brackets,
# then a dash ("DAYTON -", "DAYTON, Ohio -", "Dayton (AFP) -"). Segmentation reads it as a new article's
# opening; speech.parse_speaker cuts it from a speaker phrase ("DAYTON - Ann Lee" is Ann Lee).
DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'\- ]{2,30}(?:, [A-Z][A-Za-z.]{1,10})?(?:\s*\([A-Za-z ]{2,20}\))?"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*\([A-Za-z ]{2,20}\))\s*[\u2014\u2013-]+\s"
)

# Lowercase words inside a person's name: "Omar bin Lee", "Ann van der Lee".
NAME_PARTICLES = frozenset({"bin", "al", "de", "van", "von", "da", "del", "la", "le", "du"})
NAME_PARTICLE = r"(?:" + "|".join(sorted(NAME_PARTICLES)) + r")"  # one of them, for regular expressions

# Sentence-opening prepositions and subordinators: an opening phrase they start is no subject ("By Monday, the
# mayor said", "After the vote Lee said"). LEADING_ADVERBIAL is built on them; "According" names a source.
OPENING_PREPOSITIONS = (
    "at", "as", "in", "on", "during", "regarding", "while", "after", "before", "since", "for", "with", "when", "by",
    "from", "under", "despite", "following", "within", "through", "throughout", "over", "amid", "amidst", "among",
    "amongst", "without", "unlike", "like", "until", "till", "upon", "across", "against", "because", "although",
    "though", "if", "unless", "whether", "beyond", "behind", "inside", "outside", "into", "toward", "towards", "along",
    "alongside", "between", "beside", "near", "of", "out", "off", "around", "about", "above", "below", "beneath",
    "past", "per", "via", "ahead", "prior", "due", "whereas", "whenever", "wherever", "given", "considering",
    "excluding", "including", "except", "notwithstanding")

# Candidate sentence boundary: terminal punctuation, optional closing marks, whitespace, then a capital,
# digit or an opening mark. The caller vetoes boundaries after abbreviations and inside quotations.
SENTENCE_BOUNDARY = re.compile(
    r"[.!?\u2026]+[\"'\u201d\u2019)\]]*\s+(?=(?:''|``|[\"'\u201c\u2018(\[])?[A-Z0-9])"
)

# The word just before a full stop, to veto boundaries after "Mr." or "U.S." (applied to a short window).
LAST_TOKEN = re.compile(r"([\w.]+)\.[\"'\u201d\u2019)\]]*$")

# Sentence adverbs and connectives that open a sentence before its subject ("Elsewhere, Acme said", "Nevertheless,
# Lee said"): never a speaker's name. Part of LEADING_ADVERBIAL below, only right before its comma ("Publicly
# traded Acme, a ferry firm, said" opens with the subject).
DISCOURSE_ADVERBS = (
    "elsewhere", "nevertheless", "nonetheless", "therefore", "thus", "hence", "otherwise", "consequently",
    "accordingly", "subsequently", "eventually", "ultimately", "initially", "originally", "specifically",
    "notably", "importantly", "interestingly", "ironically", "surprisingly", "unsurprisingly", "predictably",
    "fortunately", "unfortunately", "crucially", "clearly", "obviously", "apparently", "evidently", "currently",
    "historically", "traditionally", "typically", "generally", "alternatively", "conversely", "regardless",
    "privately", "publicly", "personally", "plus")  # multi-word ones ("In fact", "On the other hand") open with a preposition

# Leading adverbial phrase before the subject: "At Tuesday's event, ", "Regarding this, ", "In 2008, ",
# "By Monday, ", "Despite the loss, ", "Although she won, ": any opening preposition or subordinating conjunction
# (not "According", which names a source). Bounded to 150 characters (a long "In a statement issued ... after X,"
# opener) so it cannot swallow a paragraph.
LEADING_ADVERBIAL = re.compile(
    r"(?:(?:" + "|".join(w.capitalize() for w in OPENING_PREPOSITIONS) + r"|Speaking|Asked|Meanwhile|"
    r"However|Moreover|Furthermore|But|And|Yet|Still|Earlier|Later|Last|This|Then|Afterward|Afterwards|"
    r"Also|Separately|Similarly|Instead|Now|Today|Yesterday|Recently|Previously|Finally|Overall|Indeed|"
    r"Besides|Additionally|Likewise|Again)\b[^,.;:\"\u201c\u201d]{0,150},\s*|(?:"
    + "|".join(w.capitalize() for w in DISCOURSE_ADVERBS) + r"),\s*)+"
)

# A conjunction before the subject: "But Cox says ...".
LEADING_CONJUNCTION_WORDS = r"But|And|Yet|So|Still|Now|Then|Instead|Meanwhile|Also"
LEADING_CONJUNCTION = re.compile(r"^(?:" + LEADING_CONJUNCTION_WORDS + r")\s+")
# A word that may open a sentence before a name but is never part of it: those conjunctions and the focusing "Even"
# ("Meanwhile Ann Lee", "Even Ann Lee said"); matched whole (fullmatch), in any case. Not "Plus", which opens
# firms' names ("Plus Ferries Ltd") as often as sentences (with its comma it is a DISCOURSE_ADVERBS word).
NAME_OPENER = re.compile(r"(?i:" + LEADING_CONJUNCTION_WORDS + r"|even)")

# Adverbs that may stand between a subject or an auxiliary and its verb: "Lee also noted", "has long said",
# "is now saying", "repeatedly declined to", "did not deny"; any -ly word counts too ("reportedly", "publicly").
# The one list behind every "auxiliary/adverb before a cue" pattern here and in analysis/quotes.py and reported.py.
VERB_ADVERB = (r"(?:also|still|now|not|never|again|already|long|since|even|just|further|later|once|then|earlier|"
               r"first|often|[a-z]+ly)")

# A time phrase between a subject and its verb: "Acme this week announced", "the board on Monday said".
TIME_BETWEEN = (r"(?:late\s+)?(?:this|last|next)\s+(?:week|weekend|month|year|morning|afternoon|"
                r"evening|spring|summer|fall|autumn|winter)|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                r"yesterday|today")

# Words that may sit between a subject and its reporting verb: "Bakhtiar also noted", "Zhang has said", a time
# phrase (TIME_BETWEEN), and auxiliaries, modals and negation: "Lee did not deny", "Lee doesn't think", "Lee
# can't recall".
ADVERB_BETWEEN = re.compile(
    r"(?:\s+(?:" + VERB_ADVERB + "|" + TIME_BETWEEN + r"|has|had|have|would|will|do|does|did|can|could|may|"
    r"might|must|should|cannot|"
    r"(?:do|does|did|ca|can|could|wo|would|should|has|have|had)n['\u2019]t))+$"
)

# "that" opening a reported clause, searched in a short window after the cue.
THAT = re.compile(r"(?<![\w-])that(?![\w-])\s*")

# Words that cannot start a speaker noun phrase when lowercase.
PRONOUN = re.compile(r"^(?:he|she|they|we|i|it|you)$", re.IGNORECASE)
DETERMINER = re.compile(
    r"^(?:the|a|an|one|some|many|most|several|other|another|two|three|four|five|both|all|these|those|"
    r"this|its|his|her|their|our|senior|local|foreign|chinese|western)$",
    re.IGNORECASE,
)

# Clause words that show a pre-cue stretch is not a bare noun phrase ("what he said", "as Trump said").
CLAUSE_WORD = re.compile(
    r"(?<![\w-])(?:that|which|what|when|where|why|how|because|if|whether|but|as|than|while|although|"
    r"though|so|unless|until|after|before|since|whom|whose|is|are|was|were|be|been|being|do|does|did|"
    r"not|can|could|should|would|will|may|might|must|has|have|had|to)(?![\w-])",
    re.IGNORECASE,
)

# Clause words that are also first names ("Will Doyle", "May Smith"): capitalised and before another capitalised
# word they are a name, not a verb.
NAME_LIKE_CLAUSE_WORDS = frozenset({"Will", "May", "Can", "Bill"})

# First word of an appositive after a name: "Ann Lee, a professor who ...", "Bo Li, 22, who ...", "Li, its CEO".
# After such a start the appositive may contain any words (who/which/to/is ...) up to the next sentence mark.
APPOSITIVE_START = re.compile(
    r"^(?:an?|the|who|whose|which|its|his|her|their|one|another|also|now|then|both|former|longtime|chief|"
    r"senior|executive|director|president|vice|spokes\w+|\d{1,3}(?:,|$))(?![\w-])",
    re.IGNORECASE,
)

# A determiner right before a cue makes it a noun or adjective: "the said agreement", "a report".
NOUN_BEFORE = re.compile(r"(?:^|\s)(?:the|a|an|this|that|its|his|her|their|our|so|so-)\s*$", re.IGNORECASE)
# An -s cue form ("questions", "claims", "reports") after these is a plural noun, not a verb: a verb in -s follows
# its subject, never an auxiliary, a past form or a quantifier ("raised new questions", "has claims").
# The past form must be lowercase: "Ted says" is a name and a verb.
S_FORM_NOUN_BEFORE = re.compile(r"(?:^|\s)(?:[a-z]{2,}ed|(?i:have|has|had|having|new|more|many|few|several|no|any|"
                                r"some|these|those|other|further|fresh|serious|key))\s*$")

# Participial cue at the start of a trailing clause: ", stressing that", ", adding that", "while also saying
# that", "by saying that" (the subject is the sentence's subject).
COMMA_BEFORE = re.compile(r"(?:,\s*(?:and\s+)?|(?<![\w-])(?:while|by|after|before|when|in|for)\s+(?:also\s+)?)$",
                          re.IGNORECASE)

# An auxiliary before a participial cue makes it the main verb: "Officials are saying that ...".
# The contracted forms count too: "She's saying", "They're not predicting".
PROGRESSIVE_BEFORE = re.compile(r"(?:(?<![\w-])(?:is|are|was|were|am|been|be)|(?<=\w)['\u2019](?:s|re|m))"
                                r"(?:\s+" + VERB_ADVERB + r")*\s+$", re.IGNORECASE)

# Coordinated second verb after the subject's first predicate: "..., and pointed out that", "acknowledged the
# delay, but noted that ...".
AND_BEFORE = re.compile(r"(?:,\s*|\s+)(?:and|but)\s*$")

# Speaker noun phrase after an inverted cue or "according to": stop at punctuation or a new clause.
SPEAKER_AFTER = re.compile(
    r"^\s*([^,.;:!?\"\u201c\u201d()]{1,120}?)(?=\s*(?:[,.;:!?\"\u201c\u201d(]|$|\s+(?:who|which|that|on|in|at|"
    r"during|after|before|last|this|when|while|as|earlier|recently)\s))"
)

# Adjunct that may follow a sentence-final cue: "told the Global Times on Tuesday", "said in a statement".
TRAILING_ADJUNCT_MAX_WORDS = 14

# Anonymity is stated in the text: "on condition of anonymity", "unnamed", "who asked not to be named".
ANONYMITY = re.compile(
    r"(?<![\w-])(?:on condition of anonymity|on the condition of anonymity|unnamed|anonymous|"
    r"(?:who|and) (?:asked|requested|declined|spoke on condition) (?:not )?to be (?:named|identified))",
    re.IGNORECASE,
)

# Words that introduce a quoted title or name: the bill "...", titled "...", known as "...".
TITLE_CUE_BEFORE = re.compile(
    r"(?:titled|entitled|called|named|dubbed|the bill|the law|the act|the book|the film|the song|the report|"
    r"the theme|the event|the campaign|the program|the programme|the initiative|"
    r"the documentary|the motto|the hashtag)\W{0,3}$",
    re.IGNORECASE,
)
# Slogans, mottos and epithets are terms (the seed gold's rule), also after a colon: 'slogans read: "..."'.
# Applied to the current sentence's last 160 characters before the opening mark.
SLOGAN_BEFORE = re.compile(r"(?<![\w-])(?:slogans?|mottos?|mottoes|catchphrases?|catchwords?|nicknames?|epithets?|"
                           r"watchwords?)(?![\w-])[^.;!?]{0,150}$", re.IGNORECASE)
# Text shown or chanted, not spoken by the article's speakers: the words a sign, banner, menu, headline or chant
# carries ('a banner over the door: "..."', 'the menu promised "..."'). Applied to the words of the quotation's
# clause right before its opening mark; "signs of/that" (evidence) is no sign.
DISPLAYED_TEXT_BEFORE = re.compile(
    r"(?<![\w-])(?:signs?(?!\s+(?:of|that)(?![\w-]))|banners?|placards?|posters?|billboards?|menus?|headlines?|"
    r"captions?|chants?|inscriptions?|stickers?|t-shirts?)(?![\w-])[^.;!?\"\u201c\u201d]{0,60}$",
    re.IGNORECASE)
TERM_CUE_BEFORE = re.compile(
    r"(?:so-called|known as|(?:termed|dubbed|called|labell?ed|branded)(?:\s+(?:it|them|him|her|this|that))?|the term|the word|the phrase|the concept of|such as|"
    r"referred to as|described as|labelled|labeled|means|meaning)\W{0,3}$",
    re.IGNORECASE,
)
# A quoted pretext is the writer's irony, never someone's words: 'under the guise of "installing ..."'.
SCARE_CUE_BEFORE = re.compile(r"(?<![\w-])(?:guise|pretext|excuse|banner|veneer|cloak)\s+of\W{0,3}$", re.IGNORECASE)
# Where a speaker noun phrase's head ends: a comma, a preposition or a relative pronoun ("a diplomat from ...").
POSTMODIFIER_START = re.compile(r",|\s(?:from|of|at|with|for|in|on|engaged|based|who|which|to)\s")
TERM_CUE_AFTER = re.compile(r"^\W{0,3}(?:means|meaning|refers to|is short for|stands for|,\s*(?:a|an|the)\s)")

# Name-like content: mostly capitalised words, optionally with an acronym in brackets.
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.-]{1,9}$")


def build_alternation(phrases):
    """One case-insensitive regex matching any phrase as a whole word; longest phrases first.

    Phrases are escaped literals, so the alternation is a plain trie-like scan with no backtracking blow-up.
    """
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    body = "|".join(r"\s+".join(re.escape(part) for part in p.split()) for p in ordered)
    return re.compile(r"(?<![\w-])(?:" + body + r")(?![\w-])", re.IGNORECASE)


def headline_case(words: list, share: float, min_words: int = 3) -> bool:
    """Title case as headlines write it: at least `min_words` words and more than `share` of them capitalised.

    The one test behind every "is this a headline?" question; callers pick the words and the share for their
    context (a whole line, a sentence's longer words, a short appositive).
    """
    return len(words) >= min_words and sum(w[:1].isupper() for w in words) > share * len(words)

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")

# Capitalised words that open a sentence or a title without being a name: a capitalised run "But Sanders" or
# "On Tuesday" is trimmed of them before it is read as a mention of a person (pronoun antecedents).
NOT_NAME_WORD = re.compile(
    r"^(?:the|a|an|but|and|or|so|yet|if|as|at|in|on|of|for|to|by|with|from|after|before|during|since|when|"
    r"while|this|that|these|those|it|its|he|she|his|her|they|their|we|our|i|you|there|here|then|now|what|"
    r"who|why|how|where|though|although|because|unless|whether|ever|asked|said|says|meanwhile|however|still|also|even|just|not|no|yes|mr|mrs|ms|dr|"
    + "|".join(WEEKDAYS + MONTHS) + r"|god|twitter|facebook|fox|news|democrats?|republicans?|"
    r"americans?|gop|state|house|senate|congress|white|today|tonight|"
    # words that end organisations, places, events and titles, never a person's name
    r"initiative|act|party|committee|council|department|ministry|university|college|school|times|post|journal|"
    r"network|street|avenue|road|county|city|club|center|centre|institute|foundation|group|company|inc|corp|"
    r"administration|campaign|court|commission|agency|bureau|office|union|association|review|magazine|press|"
    r"daily|tribune|herald|channel|project|program|programme|summit|forum|convention|caucus|caucuses|primary|"
    r"debate|poll|hall|tower|square|island|islands|river|valley|airport|station|church|hospital|bank|fund|"
    r"reform|movement|coalition|alliance|council|republic|kingdom|union|war|day|week|year)$",
    re.IGNORECASE,
)

# The word before a mention: after a preposition a capitalised word is more often a place ("in Iowa").
PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:in|at|from|to|of|for|with|on|into|across|near|about)\s+$",
                                re.IGNORECASE)

# Third-person singular pronouns that show a person's gender when they follow the mention ("Lee said his ...").
GENDER_PRONOUN = re.compile(r"(?<![\w-])(he|him|his|himself|she|her|hers|herself)(?![\w-])", re.IGNORECASE)

# A speech-act verb before a quoted fragment in the same sentence: 'Smith called the plan "reckless"',
# 'described it as "a disaster"', 'dubbed him "Mr Maybe"'. Applied to a window of at most 160 characters
# before the opening mark; the tail class excludes sentence marks and quotation marks so it stays linear.
SPEECH_ACT_BEFORE = re.compile(
    r"(?<![\w-])(call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|dub(?:s|bed|bing)?|label(?:s|ed|led|ing|ling)?|"
    r"brand(?:s|ed|ing)?|refer(?:s|red|ring)?\s+to|term(?:s|ed)?)(?![\w-])[^.;:!?\"\u201c\u201d\n]{0,80}$",
    re.IGNORECASE,
)

# A name that opens an absolute participle clause, right before the participle: '..., and Chan calling it',
# '- with Chan saying she', '— Chan adding'. No determiner: 'the board calling' is more often a noun phrase's
# modifier ('signs calling Lee ...'). Applied to a bounded window before the participle. (A gerund subject reads
# the same: 'The plan failed, and Lee saying so did not help' gives Lee the clause "so did not help".)
ABSOLUTE_SUBJECT = re.compile(r"(?:[,;\u2014\u2013]|\s-|(?<![\w-])(?:and|with))\s+((?:[A-Z][\w.'\u2019-]*\s+){0,3}"
                              r"[A-Z][\w'\u2019-]*)\s+(?:[a-z]+ly\s+)?$")

# A relative pronoun right before a reporting verb: "unions who said ...", "the Post, which had said ...".
RELATIVE_END = re.compile(r"(?:^|[\s,])(?:who|which)$", re.IGNORECASE)

# A relative clause inside a subject: "Some voters who have listened to him said ..." -> "Some voters".
RELATIVE_START = re.compile(r"\s(?:who|which|whose)(?:'d|\u2019d)?(?![\w-])", re.IGNORECASE)

# "close to", "loyal to": a preposition after an adjective inside a noun phrase, not an infinitive
# ("sources close to the campaign said"). Replaced by a neutral word before the clause-word test.
ADJECTIVE_TO = re.compile(r"(?<![\w-])(?:close|closer|closest|loyal|near|allied|opposed|connected|linked|"
                          r"friendly|sympathetic|next)\s+to(?![\w-])", re.IGNORECASE)

# Capitalised words that open a clause or an adverbial, never a subject noun phrase.
NOT_SUBJECT_START = frozenset({"there", "here", "asked", "speaking", "according", "despite", "although", "though",
                               "once", "unlike", "like", "because", "instead", "rather", "indeed", "yes", "no",
                               "not", "only", "even", "just", "perhaps", "maybe", "why", "how", "what", "whatever"})

# The listener after "told" when no "that" follows: 'told reporters her group ...', 'told the AP Tuesday he ...',
# 'told host Bo Chan a loss ...' (a name after one lowercase word, such as a role),
# 'told the paper in Dayton the plan ...' (a listener, then at most two days or short place/time phrases).
# Applied to at most 120 characters after the cue; the content must then open like a clause subject.
TELL_RECIPIENT = re.compile(
    r"^\s*(?:him|her|them|us|me|reporters|journalists|supporters|voters|the crowd|a crowd|the audience|"
    r"an audience|the (?:paper|newspaper|magazine|station|network|outlet|website|site|committee|panel|board)|"
    r"(?:the\s+)?[A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*){0,3}|"
    r"[a-z]{3,}\s+[A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*){0,3}(?!\s+[A-Z]))"
    r"(?:\s+(?:(?:on\s+|last\s+|this\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|night|week|month|year)|(?:in|at|during|after|before|outside)\s+(?:the\s+|a\s+)?"
    r"(?:[A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*){0,2}|[a-z][\w-]*))){0,2}\s*,?\s+"
    r"(?=(?:he|she|they|it|we|I|the|a|an|his|her|their|its|there|this)(?![\w-])|[A-Z][a-z])"
)

# A day right after the cue is an adjunct, not the start of the reported clause: "said Thursday the budget ...".
LEADING_DAY = re.compile(r"^[\s,:]*(?:(?:on|last|this|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                         r"Saturday|Sunday|yesterday|today)\s*,?\s+(?=\S)")
