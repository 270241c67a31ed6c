"""The codebook loader and the cheap text features the models are built on."""

from __future__ import annotations

import numpy as np
import pytest

from nlp import taxonomy
from nlp.features import LexiconFeatures, Normaliser, PatternHits, cue_tokens, mark_negation, normalise, tokenize
from tests.default_codebook import DEFAULT_THEME_IDS

DEFAULT_IDS = list(DEFAULT_THEME_IDS)


def test_default_codebook_has_every_theme_with_definition_and_patterns():
    tax = taxonomy.load()
    assert tax.theme_ids == DEFAULT_IDS
    assert tax.sentiments == ("negative", "neutral", "positive")
    for theme in tax.themes:
        assert theme.name and len(theme.definition) > 30
        assert len(theme.patterns) >= 10
        assert all(p == p.lower().strip() for p in theme.patterns)
    assert tax.to_dict()["themes"][2]["id"] == "at_scale_models"
    assert taxonomy.Taxonomy.from_dict(tax.to_dict()).theme_ids == DEFAULT_IDS


def test_a_researchers_codebook_loads_and_bad_ones_are_refused(tmp_path):
    own = tmp_path / "mine.toml"
    own.write_text(
        'sentiments = ["against", "for"]\n[[themes]]\nid = "staffing"\npatterns = ["rota", "vacanc*"]\n'
        '[[themes]]\nid = "money"\nname = "Money"\n',
        encoding="utf-8",
    )
    tax = taxonomy.load(own)
    assert tax.theme_ids == ["staffing", "money"]
    assert tax.sentiments == ("against", "for")
    assert tax.theme("staffing").patterns == ("rota", "vacanc*")

    dup = tmp_path / "dup.toml"
    dup.write_text('[[themes]]\nid = "a"\n[[themes]]\nid = "a"\n', encoding="utf-8")
    with pytest.raises(taxonomy.TaxonomyError, match="dup.toml.*twice"):
        taxonomy.load(dup)
    broken = tmp_path / "broken.toml"
    broken.write_text("[[themes]\nid = ", encoding="utf-8")
    with pytest.raises(taxonomy.TaxonomyError, match="broken.toml: not valid TOML"):
        taxonomy.load(broken)
    with pytest.raises(taxonomy.TaxonomyError, match="no such codebook"):
        taxonomy.load(tmp_path / "missing.toml")
    empty = tmp_path / "empty.toml"
    empty.write_text('name = "x"\n', encoding="utf-8")
    with pytest.raises(taxonomy.TaxonomyError, match="at least one"):
        taxonomy.load(empty)


def test_tokenizer_expands_contractions_and_keeps_punctuation():
    assert tokenize("GPs don't want it, can't you see?") == [
        "gps",
        "do",
        "not",
        "want",
        "it",
        ",",
        "can",
        "not",
        "you",
        "see",
        "?",
    ]
    assert tokenize("It won\u2019t work.") == ["it", "will", "not", "work", "."]


def test_negation_scope_runs_to_punctuation_or_contrast():
    marked = mark_negation("this is not a good plan , but fine".split())
    assert marked[:6] == ["this", "is", "not", "NOT_a", "NOT_good", "NOT_plan"]
    assert "fine" in marked and "NOT_fine" not in marked and "__but__" in marked


def test_cues_for_sarcasm_and_resignation():
    assert "__sarcasm__" in cue_tokens("Great stuff, another reorganisation. What could possibly go wrong?")
    assert "__resigned__" in cue_tokens("Glad I got out before the merger.")
    assert "__scare__" in cue_tokens('Another "exciting opportunity" for practices.')
    quoted = cue_tokens("The report recommended a \u2018national retention offer\u2019 for older GPs.")
    assert "__quoted__" in quoted and "__scare__" not in quoted  # reported speech, not a sneer
    assert "__ellipsis__" in cue_tokens("Funding for the hubs... again...")
    assert "__report__" in cue_tokens("The minister said the scheme would expand.")
    plain = cue_tokens("The practice opens at eight on weekdays")
    assert plain == []


def test_normaliser_uses_the_lemma_table_and_falls_back_for_unseen_words():
    lemmas = {"were": "be", "networks": "network", "hiring": "hire"}
    out = Normaliser(lemmas=lemmas).fit_transform(["Networks were hiring 12 pharmacists"])[0].split()
    assert out[:5] == ["network", "be", "hire", "__num__", "pharmacist"]


def test_lexicon_flips_negated_words_and_counts_the_clause_after_but():
    docs = [
        normalise("This is a good and welcome plan."),
        normalise("This is not a good plan."),
        normalise("A good idea in theory but unworkable and dangerous."),
    ]
    X = LexiconFeatures().fit_transform(docs).toarray()
    net = X[:, 6]
    assert net[0] > 0 and net[1] < 0
    neg_after_but = X[:, 5]
    assert neg_after_but[2] > 0 and neg_after_but[0] == 0


def test_codebook_patterns_match_inflections_and_prefixes():
    tax = taxonomy.load()
    hits = PatternHits(patterns=tax.patterns()).fit([])
    docs = Normaliser().transform(
        [
            "Primary care networks are recruiting physician associates.",
            "The weather was pleasant on the coast.",
        ]
    )
    counts = hits.counts(docs)
    ids = tax.theme_ids
    assert counts[0, ids.index("at_scale_models")] >= 1
    assert counts[0, ids.index("workforce_supply")] >= 1  # recruit*
    assert counts[0, ids.index("skill_mix")] >= 1
    assert np.all(counts[1] == 0)
