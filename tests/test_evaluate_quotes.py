"""Evaluation metrics on tiny hand-made gold/prediction lists, and the missing-corpus message."""

import pandas as pd
import pytest

from analysis.evaluate_quotes import (
    ARTICLE_COUNT_COLUMNS, NAMED_GOLDS, PRONOUN_GOLDS, REFERENT_KINDS, _gold_names, _source_name, apply_referents,
    article_interval, article_names, baseline_anonymous, baseline_quotes, confusion_line, covered, doc_key,
    gold_polnear, heldout_items, load_eval_cues, load_heldout_gold, load_referents, main, markdown_table,
    names_agree, overlap, prf, score_polnear, score_seed, score_source_types, span_scores, speaker_correct,
    starts_match,
)


@pytest.mark.parametrize("a, b, expected", [((0, 10), (5, 15), 5), ((0, 5), (5, 9), 0), ((2, 4), (0, 10), 2)])
def test_overlap(a, b, expected):
    assert overlap(a, b) == expected


def test_covered_counts_overlapping_predictions_once():
    assert covered((0, 10), [(0, 6), (4, 8), (20, 30)]) == 8


def test_span_scores():
    gold = [(0, 10), [(20, 25), (30, 35)], (50, 60)]
    pred = [(0, 9), (20, 26), (70, 80)]  # finds gold 1 and half of gold 2; one false positive
    s = span_scores(gold, pred)
    assert (s["n_pred"], s["n_gold"]) == (3, 3)
    assert s["precision"] == pytest.approx(2 / 3)
    assert s["recall"] == pytest.approx(2 / 3)


def test_prf_handles_zero():
    assert prf(0, 0, 0, 0) == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "n_pred": 0, "n_gold": 0}
    assert prf(1, 2, 1, 1)["f1"] == pytest.approx(2 * 0.5 * 1 / 1.5)


@pytest.mark.parametrize("pred, gold, expected", [
    ("Li Wei", "Li Wei", True), ("Li", "Li Wei", True), ("Mr. Trump", "Donald Trump", True),
    ("Li Wei", "Zhang Wei", False), ("Chen Yun", "Chen Wenjian", False), ("", "Li", False),
])
def test_names_agree(pred, gold, expected):
    assert names_agree(pred, gold) is expected


def test_starts_match():
    assert starts_match("the plan would fail within", "that the plan would fail within a year")
    assert not starts_match("the plan would fail", "the deal would fail")


def test_score_seed_on_tiny_tables():
    gold = pd.DataFrame({"line": [1, 2, 3], "kind": ["direct", "indirect", "indirect"],
                         "content_start": ["We will win", "the plan would fail", "prices rose"],
                         "speaker_name": ["Ann Lee", "analysts", "Bo Li"], "source_type": ["official", "expert", "expert"],
                         "anonymous": ["false", "true", "false"]})
    pred = pd.DataFrame({"line": [1, 2, 9], "kind": ["direct", "indirect", "indirect"],
                         "text": ["We will win the vote", "the plan would fail soon", "something else here"],
                         "speaker_name": ["Ann Lee", "analysts", "X"], "source_type": ["official", "official", "citizen"],
                         "anonymous": [False, True, False]})
    s = score_seed(gold, pred)
    assert (s["direct precision"], s["direct recall"]) == (1.0, 1.0)
    assert (s["reported precision"], s["reported recall"]) == (0.5, 0.5)
    assert s["speaker accuracy (direct)"] == 1.0
    assert s["source type accuracy"] == 0.5
    assert s["anonymous accuracy"] == 1.0


def test_baseline_takes_every_quotation_as_a_quote():
    para = pd.DataFrame({"line": [1], "article_id": [1], "text": ['Firms voiced "concern," Ann Lee said.'],
                         "is_heading": [False], "heading": [""]})
    base = baseline_quotes(para)
    assert base.loc[base["kind"] == "direct", "text"].tolist() == ["concern,"]


def test_missing_corpora_exits_2(tmp_path, capsys):
    assert main(["--corpora", str(tmp_path)]) == 2
    assert str(tmp_path) in capsys.readouterr().err


# ---- metric fixes (hand-made spans and names) -----------------------------------------------------------------


@pytest.mark.parametrize("pred_span, pred_name, pred_written, gold_span, gold_pronoun, gold_name, expected", [
    ((10, 18), "Ann Lee", "Ann Lee", (10, 30), False, "Ann Lee", True),     # same mention
    ((10, 18), "Bo Li", "Bo Li", (40, 50), False, "Ann Lee", False),        # another person
    ((10, 12), "Bo Li", "he", (10, 12), True, "Ann Lee", False),            # same "he", wrong person
    ((10, 12), "Ann Lee", "he", (10, 12), True, "Ann Lee", True),           # same "he", right person
    (None, "Ann Lee", "", (10, 12), True, "Ann Lee", True),                 # carried-over speaker, by name
    ((50, 57), "Mr. Trump", "Mr. Trump", (3, 8), False, "Donald Trump", True),
])
def test_speaker_correct(pred_span, pred_name, pred_written, gold_span, gold_pronoun, gold_name, expected):
    assert speaker_correct(pred_span, pred_name, pred_written, gold_span, gold_pronoun, gold_name) is expected


def _gold(start, text, pronoun=False):
    return {"article_id": 1, "source": (start, start + len(text)), "source_text": text, "pronoun": pronoun}


def test_gold_pronoun_skips_non_person_sources_and_names_keep_mc():
    doc = {"text": "Ann McCoy spoke. The affidavit cited her. He wrote it. Dan Ross left. Ross said so. It said."}
    gold = [_gold(0, "Ann McCoy"), _gold(17, "The affidavit"), _gold(42, "He", True), _gold(73, "Ross"),
            _gold(85, "It", True), _gold(-1, "")]
    gold[-1]["source"] = (-1, -1)
    _gold_names([doc], gold, frozenset({"judge"}))
    assert [g["gold_name"] for g in gold] == ["Ann McCoy", "The affidavit", "Ann McCoy", "Dan Ross", "Dan Ross", ""]


def test_eval_cues_are_fixed_and_independent_of_the_extractor_list():
    cues = load_eval_cues()
    assert {"said", "told", "according"} & cues == {"said", "told"}
    assert "scoffed" not in cues  # added to reporting_verbs.csv later; the gold filter does not move


# ---- gold-side name resolution (PolNeAR sources as written) ----------------------------------------------


ARTICLE = ("Gene B. Sperling spoke first. Is Sperling right? Several Okafor fans think so. Amy Okafor agreed, "
           "and several others said it is not clear.")


@pytest.mark.parametrize("source, expected", [
    ("Gene B. Sperling", "Gene Sperling"),  # a middle initial is not a first name
    ("Sperling", "Gene Sperling"),  # the surname expands to the pair, not to "B. Sperling"
    ("Sen. Amy Okafor of New York", "Amy Okafor"),  # the place after "of" is not the person
    ("Secretary of State Amy Okafor", "Amy Okafor"),  # "of" inside a title keeps the name after it
    ("another friend, Amy Okafor", "Amy Okafor"),  # the name is in the appositive
    ("Okafor", "Amy Okafor"),  # not "Several Okafor": "several" is a lowercase word of the article
    ("the judge", "the judge"),  # no name: kept as written
])
def test_gold_source_names(source, expected):
    names, lower_words = article_names(ARTICLE)
    assert _source_name(source, names, frozenset({"judge"}), lower_words)[0] == expected


def test_score_seed_phrases():
    from analysis.evaluate_quotes import score_seed_phrases

    gold = pd.DataFrame({"line": [1, 1, 2], "text": ["shell firms,", "Spring Fair", "concern"],
                         "reason": ["term", "title", "scare"]})
    ours = pd.DataFrame({"line": [1, 1, 3], "text": ["shell firms", "Spring Fair", "concern"],
                         "reason": ["term", "name", "scare"]})
    s = score_seed_phrases(gold, ours)
    assert (s["quoted phrase recall"], s["quoted phrase reason accuracy"]) == (pytest.approx(2 / 3), 0.5)


@pytest.mark.parametrize("pred, gold, expected", [
    ("local official data", "official data", True), ("official data", "data", True),
    ("Ann Lee", "Bo Lee", False), ("New York Times", "Los Angeles Times", False),
])
def test_names_agree_word_suffix(pred, gold, expected):
    assert names_agree(pred, gold) is expected


# ---- held-out source types (invented article, hand-made gold and predictions) ----------------------------------


HELD_TEXT = ("Mayor Ann Lee said the bridge would reopen in May.\n"
             "Officials said the cost had doubled.\n"
             "A new survey found that most residents approve.")


def _attr(text, source, content):
    s, c = text.index(source), text.index(content)
    return {"source": {"start": s, "end": s + len(source)},
            "content": [{"start": c, "end": c + len(content)}]}


def test_heldout_source_types_on_an_invented_article(tmp_path):
    doc = {"doc_id": "d1", "annotator": "a1", "text": HELD_TEXT, "quotes": [
        _attr(HELD_TEXT, "Mayor Ann Lee", "the bridge would reopen in May"),
        _attr(HELD_TEXT, "Officials", "the cost had doubled"),
        _attr(HELD_TEXT, "A new survey", "most residents approve")]}
    spans = [(HELD_TEXT.index(src), HELD_TEXT.index(src) + len(src)) for src in ("Mayor Ann Lee", "Officials",
                                                                                  "A new survey")]
    path = tmp_path / "held.csv"
    pd.DataFrame({"doc_key": [doc_key("d1")] * 3 + [doc_key("d2")], "annotator": ["a1", "a1", "a1", "a1"],
                  "source_start": [s for s, _ in spans] + [0], "source_end": [e for _, e in spans] + [3],
                  "source_type": ["official", "official", "document", "citizen"],
                  "anonymous": ["false", "true", "true", "false"], "note": ["", "", "", "no such article"]}
                 ).to_csv(path, index=False)
    items, unresolved = heldout_items([doc], load_heldout_gold(path))
    assert (len(items), unresolved) == (3, 1)
    # Our rows, one line per paragraph: the mayor right, "officials" typed citizen and named, the survey not found.
    lines = HELD_TEXT.split("\n")
    offsets = {1: (1, 0), 2: (1, len(lines[0]) + 1), 3: (1, len(lines[0]) + len(lines[1]) + 2)}
    quotes = pd.DataFrame({"line": [1, 1, 2], "char_start": [lines[0].index("the bridge"), 0,
                                                             lines[1].index("the cost")],
                           "char_end": [len(lines[0]) - 1, 4, len(lines[1]) - 1],
                           "source_type": ["official", "media", "citizen"], "anonymous": [False, True, False]})
    held = score_source_types(items, quotes, offsets, "official")
    ours, base = held["ours"], held["baseline"]
    assert (ours["matched n"], ours["n_gold"]) == (2, 3)
    assert ours["source type accuracy"] == 0.5  # best overlap wins: the mayor's clause, not the 4-character row
    assert ours["anonymous accuracy"] == 0.5
    assert ours["confusion"] == {("official", "citizen"): 1}
    assert base["source type accuracy"] == 1.0  # both matched gold sources are official
    assert base["anonymous accuracy"] == 0.5  # "Officials" is capitalised at the sentence start
    line = confusion_line({("official", "citizen"): 3, ("media", ""): 1})
    assert line == "official -> citizen: 3, media -> (no type): 1"


@pytest.mark.parametrize("source, expected", [("he", True), ("analysts", True), ("The senators", True),
                                              ("Ann Lee", False), ("a Reuters poll", False)])
def test_baseline_anonymous(source, expected):
    assert baseline_anonymous(source) is expected


def test_heldout_gold_file_has_offsets_and_labels_only():
    from analysis.evaluate_quotes import HELDOUT_GOLD
    from analysis.sources import SOURCE_TYPES

    gold = load_heldout_gold(HELDOUT_GOLD)
    assert list(gold.columns) == ["doc_key", "annotator", "source_start", "source_end", "source_type", "anonymous",
                                  "note"]
    assert set(gold["source_type"]) <= set(SOURCE_TYPES)
    assert (gold["source_end"] > gold["source_start"]).all()
    assert len(gold) == 180 and gold["doc_key"].nunique() == 68


# --- round 3: pronoun referent gold ---

PRON_TEXT = ('Bo Chan met Ann Lee. Bo Chan said, "The road opens in May." "We will pay for it," she said. '
             '"It is late," he said. "Fine," they said.')


def _quoted(source, content, source_at=0):
    s, c = PRON_TEXT.index(source, source_at), PRON_TEXT.index(content)
    pronoun = source in ("she", "he", "they")
    return {"kind": "direct", "source": {"start": s, "end": s + len(source), "text": source},
            "cue": {"text": "said"}, "content": [{"start": c, "end": c + len(content)}],
            "content_has_quote_mark": True, "source_is_pronoun": pronoun}


def _pron_doc():
    return {"doc_id": "invented-1", "annotator": "a1", "text": PRON_TEXT, "quotes": [
        _quoted("Bo Chan", "The road opens in May.", source_at=5), _quoted("she", "We will pay for it,"),
        _quoted("he", "It is late,", source_at=PRON_TEXT.index("It is late")), _quoted("they", "Fine,")]}


def _span(word, at=0):
    s = PRON_TEXT.index(word, at)
    return s, s + len(word)


def _referent_file(tmp_path):
    he = _span("he", PRON_TEXT.index("It is late"))
    rows = [(doc_key("invented-1"), "a1", *_span("she"), "Ann Lee", "the woman met first"),
            (doc_key("invented-1"), "a1", *he, "Bo Chan", "the speaker named before"),
            (doc_key("invented-1"), "a1", *_span("they"), "", "unresolvable"),
            (doc_key("invented-2"), "a1", 0, 2, "Dan Ross", "no such article")]
    return _write_referents(tmp_path / "referents.csv", rows)


def _write_referents(path, rows):
    """A referent file in the layout of tests/gold/polnear_*_referents.csv."""
    pd.DataFrame(rows, columns=["doc_key", "annotator", "source_start", "source_end", "referent", "note"]
                 ).to_csv(path, index=False)
    return path


def test_load_referents_keys_by_span_and_keeps_empty_referents(tmp_path):
    referents = load_referents(_referent_file(tmp_path))
    assert referents[(doc_key("invented-1"), "a1", *_span("she"))] == "Ann Lee"
    assert referents[(doc_key("invented-1"), "a1", *_span("they"))] == ""
    assert len(referents) == 4


def test_hand_referents_replace_the_heuristic_gold_name(tmp_path):
    doc = _pron_doc()
    gold = gold_polnear([doc], load_eval_cues())
    _gold_names([doc], gold)
    # The heuristic: every pronoun takes the only named gold source, Bo Chan.
    assert [g["gold_name"] for g in gold] == ["Bo Chan", "Bo Chan", "Bo Chan", "Bo Chan"]
    counts = apply_referents([doc], gold, load_referents(_referent_file(tmp_path)), "pronoun")
    assert counts == {"found": 3, "resolved": 2, "agree": 1, "not found": 1}
    assert [g["gold_name"] for g in gold] == ["Bo Chan", "Ann Lee", "Bo Chan", ""]
    assert [g.get("heuristic_name") for g in gold] == [None, "Bo Chan", "Bo Chan", "Bo Chan"]
    assert not gold[0].get("hand_labelled") and all(g["hand_labelled"] for g in gold[1:])


def test_hand_labelled_pronoun_rows_in_score_polnear(tmp_path):
    doc = _pron_doc()
    gold = gold_polnear([doc], load_eval_cues())
    _gold_names([doc], gold)
    apply_referents([doc], gold, load_referents(_referent_file(tmp_path)), "pronoun")
    rows = []
    for q, (name, written) in zip(doc["quotes"], [("Bo Chan", "Bo Chan"), ("Ann Lee", "she"), ("Bo Chan", "he"),
                                                   ("", "they")]):
        c, s = q["content"][0], q["source"]
        rows.append({"line": 1, "kind": "direct", "char_start": c["start"], "char_end": c["end"],
                     "speaker_char_start": s["start"], "speaker_char_end": s["end"], "speaker_name": name,
                     "speaker": written})
    out = score_polnear([doc], pd.DataFrame(rows), {1: (1, 0)}, gold)
    assert (out["speaker n"], out["speaker n no gold source"], out["speaker n pronoun"]) == (3, 1, 2)
    assert out["speaker accuracy (direct)"] == 1.0
    assert out["speaker accuracy, hand-labelled pronoun source"] == 1.0
    assert out["speaker n hand-labelled pronoun"] == 2
    # Against the heuristic name "she" would have been scored wrong (Ann Lee is not Bo Chan).
    assert out["speaker accuracy, hand-labelled pronoun source, heuristic gold"] == 0.5


def test_score_polnear_without_hand_labels_has_no_hand_rows():
    doc = _pron_doc()
    gold = gold_polnear([doc], load_eval_cues())
    _gold_names([doc], gold)
    out = score_polnear([doc], pd.DataFrame(columns=["line", "kind", "char_start", "char_end", "speaker_name"]),
                        {1: (1, 0)}, gold)
    assert "speaker accuracy, hand-labelled pronoun source" not in out
    assert out["speaker n hand-labelled pronoun"] == 0


@pytest.mark.parametrize("split, n_rows", [("dev", 170), ("train", 1582)])
def test_pronoun_referent_gold_files_hold_offsets_names_and_short_notes(split, n_rows):
    table = pd.read_csv(PRONOUN_GOLDS[split], keep_default_na=False, dtype={"annotator": str})
    assert list(table.columns) == ["doc_key", "annotator", "source_start", "source_end", "referent", "note"]
    assert len(table) == n_rows
    assert not table.duplicated(["doc_key", "annotator", "source_start", "source_end"]).any()
    assert (table["source_end"] > table["source_start"]).all()
    assert table["doc_key"].str.fullmatch(r"[0-9a-f]{12}").all()
    assert table["note"].map(lambda n: 0 < len(n.split()) <= 6).all()
    assert ((table["referent"] != "") | (table["note"] == "unresolvable")).all()


# --- intervals by resampling articles ---


def _counts(rows):
    """Per-article counts with only the speaker columns set: rows of (right, n)."""
    columns = ARTICLE_COUNT_COLUMNS
    i, j = columns.index("speaker right"), columns.index("speaker n")
    out = []
    for right, n in rows:
        row = [0] * len(columns)
        row[i], row[j] = right, n
        out.append(row)
    return columns, out


def test_article_interval_is_a_point_when_every_article_agrees():
    assert article_interval(_counts([(3, 3), (5, 5), (1, 1)]), "speaker accuracy (direct)") == (1.0, 1.0)


def test_article_interval_spreads_when_articles_disagree_and_is_deterministic():
    counts = _counts([(0, 10), (10, 10)])  # one article all wrong, one all right: 0.5 overall
    low, high = article_interval(counts, "speaker accuracy (direct)")
    assert low == 0.0 and high == 1.0  # two articles: resamples of only one of them are common
    many = _counts([(0, 10), (10, 10)] * 50)
    low, high = article_interval(many, "speaker accuracy (direct)")
    assert 0.35 < low < 0.5 < high < 0.65
    assert article_interval(many, "speaker accuracy (direct)") == (low, high)


def test_article_interval_without_articles_is_nan():
    low, high = article_interval((ARTICLE_COUNT_COLUMNS, []), "direct precision")
    assert low != low and high != high


def test_score_polnear_article_counts_add_up_to_its_totals(tmp_path):
    doc = _pron_doc()
    gold = gold_polnear([doc], load_eval_cues())
    _gold_names([doc], gold)
    apply_referents([doc], gold, load_referents(_referent_file(tmp_path)), "pronoun")
    c = doc["quotes"][1]["content"][0]
    rows = [{"line": 1, "kind": "direct", "char_start": c["start"], "char_end": c["end"], "speaker_char_start": -1,
             "speaker_char_end": -1, "speaker_name": "Bo Chan", "speaker": ""}]
    out = score_polnear([doc], pd.DataFrame(rows), {1: (1, 0)}, gold)
    columns, per_article = out["article counts"]
    assert len(per_article) == 1
    row = dict(zip(columns, per_article[0]))
    # one of four gold quotes found, the found one predicted right, its speaker wrong (she is Ann Lee)
    assert (row["direct correct"], row["direct predicted"], row["direct found"], row["direct gold"]) == (1, 1, 1, 4)
    assert (row["speaker right"], row["speaker n"], row["pronoun n"], row["named n"]) == (0, 1, 1, 0)
    table = markdown_table([("PolNeAR test", out, {}, {})])
    assert "| PolNeAR test | direct recall | 0.250 | 0.250\u20130.250 |" in table


def test_article_interval_ignores_resamples_with_nothing_to_score():
    # one article with ten right of ten, and many with nothing to score: every scored resample is 1.0
    counts = _counts([(10, 10)] + [(0, 0)] * 5)
    assert article_interval(counts, "speaker accuracy (direct)") == (1.0, 1.0)


# --- round 5: names written with accents or garbled by the corpus encoding ---

@pytest.mark.parametrize("pred, gold, expected", [
    ("Ren\u00e9e Dupr\u00e9", "Renee Dupre", True),  # accents folded
    ("Ren\u00c3\u00a9e Dupr\u00c3\u00a9", "Ren\u00e9e Dupr\u00e9", True),  # UTF-8 read as Latin-1 ("RenÃ©e"), undone
    ("Ren\u00e9e Dupr\u00e9", "Rene Dupre", False),  # a different first name stays different
    ("Jos\u00e9 Pe\u00f1a", "Jose Pena", True),
])
def test_names_agree_folds_accents_and_encoding(pred, gold, expected):
    assert names_agree(pred, gold) is expected


# --- round 5: named-source gold names ---

NAMED_TEXT = ('Ann Lee and Bo Lee spoke. "We will build it," Ms. Lee said. "It is late," the mayor said. '
              '"No," he said.')


def _named_quote(source, content, source_at=0):
    s, c = NAMED_TEXT.index(source, source_at), NAMED_TEXT.index(content)
    return {"kind": "direct", "source": {"start": s, "end": s + len(source), "text": source},
            "cue": {"text": "said"}, "content": [{"start": c, "end": c + len(content)}],
            "content_has_quote_mark": True, "source_is_pronoun": source == "he"}


def _named_doc():
    return {"doc_id": "invented-3", "annotator": "a2", "text": NAMED_TEXT, "quotes": [
        _named_quote("Ms. Lee", "We will build it,"), _named_quote("the mayor", "It is late,"),
        _named_quote("he", "No,")]}


def _named_span(word):
    s = NAMED_TEXT.index(word)
    return s, s + len(word)


def _named_file(tmp_path):
    key = (doc_key("invented-3"), "a2")
    rows = [(*key, *_named_span("Ms. Lee"), "Ann Lee", "the woman of the pair"),
            (*key, *_named_span("the mayor"), "Bo Lee", "role phrase for mayor"),
            # a pronoun span in the named file is not applied by kind "named"
            (*key, *_named_span("he"), "Cy Park", "wrong file")]
    return _write_referents(tmp_path / "named.csv", rows)


def test_load_referents_reads_named_files_like_pronoun_ones(tmp_path):
    referents = load_referents(_named_file(tmp_path))
    assert referents[(doc_key("invented-3"), "a2", *_named_span("the mayor"))] == "Bo Lee"
    assert len(referents) == 3


def test_named_referents_replace_the_heuristic_name_of_named_sources_only(tmp_path):
    doc = _named_doc()
    gold = gold_polnear([doc], load_eval_cues())
    _gold_names([doc], gold)
    heuristic = [g["gold_name"] for g in gold]
    counts = apply_referents([doc], gold, load_referents(_named_file(tmp_path)), "named")
    # two named spans found; the pronoun row stays unapplied and counts as not found
    assert (counts["found"], counts["resolved"], counts["not found"]) == (2, 2, 1)
    assert [g["gold_name"] for g in gold] == ["Ann Lee", "Bo Lee", heuristic[2]]
    assert [g.get("hand_labelled") for g in gold] == ["named", "named", None]
    assert [g.get("heuristic_name") for g in gold[:2]] == heuristic[:2]


def test_pronoun_kind_skips_named_sources(tmp_path):
    doc = _named_doc()
    gold = gold_polnear([doc], load_eval_cues())
    _gold_names([doc], gold)
    counts = apply_referents([doc], gold, load_referents(_named_file(tmp_path)), "pronoun")
    assert (counts["found"], counts["not found"]) == (1, 2)
    assert [g.get("hand_labelled") for g in gold] == [None, None, "pronoun"]
    assert gold[2]["gold_name"] == "Cy Park"


def test_apply_referents_rejects_an_unknown_kind():
    with pytest.raises(ValueError):
        apply_referents([], [], {}, "organisation")
    assert REFERENT_KINDS == ("pronoun", "named")


def test_hand_labelled_named_rows_in_score_polnear(tmp_path):
    doc = _named_doc()
    gold = gold_polnear([doc], load_eval_cues())
    _gold_names([doc], gold)
    apply_referents([doc], gold, load_referents(_named_file(tmp_path)), "named")
    # The heuristic cannot tell which Lee "Ms. Lee" is; the hand name can. Our speakers: Ann Lee found without a
    # span, Bo Lee found without a span; "he" without a name.
    rows = []
    for q, name in zip(doc["quotes"], ["Ann Lee", "Bo Lee", ""]):
        c = q["content"][0]
        rows.append({"line": 1, "kind": "direct", "char_start": c["start"], "char_end": c["end"],
                     "speaker_char_start": -1, "speaker_char_end": -1, "speaker_name": name, "speaker": ""})
    out = score_polnear([doc], pd.DataFrame(rows), {1: (1, 0)}, gold)
    assert out["speaker accuracy, hand-labelled named source"] == 1.0
    assert out["speaker n hand-labelled named"] == 2
    assert out["speaker n hand-labelled pronoun"] == 0
    assert "speaker accuracy, hand-labelled pronoun source" not in out
    table = markdown_table([("PolNeAR test", out, {}, {})])
    assert "| PolNeAR test | speaker accuracy, hand-labelled named source | 1.000 |" in table


@pytest.mark.parametrize("split", ["dev", "train"])
def test_named_referent_gold_files_hold_offsets_names_and_short_notes(split):
    if not NAMED_GOLDS[split].exists():
        pytest.skip("no named-source gold for this split yet")
    table = pd.read_csv(NAMED_GOLDS[split], keep_default_na=False, dtype={"annotator": str})
    assert list(table.columns) == ["doc_key", "annotator", "source_start", "source_end", "referent", "note"]
    assert not table.duplicated(["doc_key", "annotator", "source_start", "source_end"]).any()
    assert (table["source_end"] > table["source_start"]).all()
    assert table["doc_key"].str.fullmatch(r"[0-9a-f]{12}").all()
    assert table["note"].map(lambda n: 0 < len(n.split()) <= 6).all()
    assert ((table["referent"] != "") | (table["note"] == "unresolvable")).all()
    if split == "dev":
        assert len(table) == 389
