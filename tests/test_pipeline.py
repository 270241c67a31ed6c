"""The gpwatch spaCy pipeline: the model, our entity ruler from its data file, and the
version string that makes `gpwatch analyze` reprocess when any of them changes."""

from __future__ import annotations

import json

import pytest

from nlp import model, pipeline
from nlp.pipeline import PatternsError, build_pipeline, pipeline_version, read_patterns
from tests.nlp_fixtures import nlp_pipeline  # noqa: F401


def ents(nlp, text):
    return {(e.text, e.label_) for e in nlp(text).ents}


def test_components_and_what_is_switched_off(nlp_pipeline):  # noqa: F811
    names = nlp_pipeline.pipe_names
    assert names.index("gpwatch_entities") < names.index("ner")
    assert "lemmatizer" not in names and "attribute_ruler" not in names  # disabled for speed
    assert {"tok2vec", "tagger", "parser", "ner"} <= set(names)


def test_domain_entities(nlp_pipeline):  # noqa: F811
    found = ents(
        nlp_pipeline,
        "The health secretary told NHS England, the BMA and The King’s Fund that ARRS "
        "money and the GMS contract would rise, as PCNs and ICSs merged.",
    )
    assert {
        ("health secretary", "ROLE"),
        ("NHS England", "NHS_ORG"),
        ("BMA", "PROF_BODY"),
        ("The King’s Fund", "THINK_TANK"),
        ("ARRS", "POLICY"),
        ("GMS contract", "POLICY"),
        ("PCNs", "NHS_ORG"),
        ("ICSs", "NHS_ORG"),
    } <= found


def test_acronyms_match_case_and_phrases_any_case(nlp_pipeline):  # noqa: F811
    found = ents(nlp_pipeline, "Les des amis signed up, and the Long-Term Plan and the long term plan were cited.")
    assert not any(label == "POLICY" and text.lower() == "des" for text, label in found)
    assert ("Long-Term Plan", "POLICY") in found and ("long term plan", "POLICY") in found


def test_patterns_come_from_the_data_file(tmp_path):
    path = tmp_path / "entities.jsonl"
    path.write_text(json.dumps({"label": "THINK_TANK", "phrase": "Primary Futures Institute"}) + "\n", encoding="utf-8")
    nlp = build_pipeline(entities_path=path)
    assert ("Primary Futures Institute", "THINK_TANK") in ents(nlp, "The Primary Futures Institute said so.")
    assert pipeline_version(path) != pipeline.PIPELINE_VERSION
    path.write_text(
        path.read_text(encoding="utf-8") + json.dumps({"label": "ROLE", "phrase": "hub lead"}) + "\n", encoding="utf-8"
    )
    assert pipeline_version(path) != pipeline_version(tmp_path / "missing.jsonl")


def test_a_token_pattern_names_a_family_of_bodies(tmp_path, nlp_pipeline):  # noqa: F811
    """A row with ``tokens`` instead of a phrase is a spaCy token pattern: every local Healthwatch, named after its
    place, is a body, which the statistical tagger took for a person."""
    found = ents(nlp_pipeline, "Healthwatch Westmoor surveyed 2,000 patients, as Healthwatch Brighton and Hove did.")
    assert ("Healthwatch Westmoor", "ORG") in found and ("Healthwatch Brighton and Hove", "ORG") in found
    assert ("Healthwatch England", "ORG") in ents(nlp_pipeline, "Healthwatch England said so.")
    assert not any(label == "ORG" for _, label in ents(nlp_pipeline, "Our local healthwatch said so."))
    path = tmp_path / "entities.jsonl"
    path.write_text(
        json.dumps({"label": "THINK_TANK", "tokens": [{"LOWER": "futures"}, {"IS_TITLE": True}]}) + "\n",
        encoding="utf-8",
    )
    assert ("Futures Lab", "THINK_TANK") in ents(build_pipeline(entities_path=path), "Futures Lab said so.")
    path.write_text('{"label": "ORG", "tokens": []}\n', encoding="utf-8")
    with pytest.raises(PatternsError, match=r"entities\.jsonl:1: bad entity pattern"):
        read_patterns(path)


def test_version_is_stable_and_names_the_pipeline():
    assert pipeline_version() == pipeline.PIPELINE_VERSION == pipeline_version(pipeline.ENTITIES_PATH)
    assert pipeline.PIPELINE_VERSION.startswith("gpwatch-nlp-")


def test_bad_patterns_file_names_file_and_line(tmp_path):
    path = tmp_path / "entities.jsonl"
    path.write_text('{"label": "ROLE", "phrase": "chair"}\n{"label": "ROLE"}\n', encoding="utf-8")
    with pytest.raises(PatternsError, match=r"entities\.jsonl:2: bad entity pattern"):
        read_patterns(path)
    with pytest.raises(PatternsError, match="cannot read"):
        read_patterns(tmp_path / "nope.jsonl")


def test_missing_model_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(model, "MODEL_NAMES", ("en_core_web_sm_not_installed",))
    with pytest.raises(model.ModelMissing) as info:
        build_pipeline()
    assert "en_core_web_sm" in str(info.value) and "make install" in str(info.value)


def test_the_phrase_matching_ruler_finds_what_token_patterns_found(nlp_pipeline):  # noqa: F811
    """The ruler matches any-case phrases with the phrase matcher (faster); it must find
    exactly what one token pattern per phrase (lower-case tokens, or the exact text for
    acronyms) found, over every sample-site paragraph and comment."""
    from spacy.pipeline import EntityRuler

    from corpora.sample_site.content import load_articles

    token_ruler = EntityRuler(nlp_pipeline, name="token_patterns")
    token_ruler.add_patterns(
        [
            {
                "label": row["label"],
                "pattern": row["tokens"]
                if "tokens" in row
                else [
                    {"ORTH": t.text} if row.get("case") == "exact" else {"LOWER": t.lower_}
                    for t in nlp_pipeline.make_doc(row["phrase"])
                ],
                "id": row.get("id", row.get("phrase", row["label"])),
            }
            for row in read_patterns(pipeline.ENTITIES_PATH)
        ]
    )
    ours = nlp_pipeline.get_pipe("gpwatch_entities")
    articles = load_articles()
    texts = [t for a in articles for _, t in a.paragraphs] + [c.text for a in articles for c in a.comments]
    texts += ["the long term plan and the Long-Term Plan", "Les des amis; the DES and ARRS", "KING’S FUND"]
    texts += ["Healthwatch Westmoor and Healthwatch Brighton and Hove", "healthwatch said", "HEALTHWATCH Kent"]
    found = 0
    for text in texts:
        a, b = ours(nlp_pipeline.make_doc(text)), token_ruler(nlp_pipeline.make_doc(text))
        assert [(e.start, e.end, e.label_, e.ent_id_) for e in a.ents] == [
            (e.start, e.end, e.label_, e.ent_id_) for e in b.ents
        ], text
        found += len(a.ents)
    assert found >= 1000


def test_the_ruler_warns_only_when_it_has_no_patterns(tmp_path, recwarn):
    """The ruler skips the base class's per-doc pattern count, but an empty one still says so
    (spaCy's W036) and one with patterns stays quiet."""
    empty = tmp_path / "entities.jsonl"
    empty.write_text("", encoding="utf-8")
    nlp = build_pipeline(entities_path=empty)
    with pytest.warns(UserWarning, match="W036"):
        nlp.get_pipe("gpwatch_entities")(nlp.make_doc("The RCGP said so."))
    recwarn.clear()
    full = build_pipeline()
    doc = full.get_pipe("gpwatch_entities")(full.make_doc("The RCGP said so."))
    assert not [w for w in recwarn if "W036" in str(w.message)]
    assert [e.label_ for e in doc.ents] == ["PROF_BODY"]


def test_sentences_use_the_callers_text_only_when_it_is_the_docs(nlp_pipeline):  # noqa: F811
    from nlp.units import sentences

    text = "Practices are struggling.  The network hired two pharmacists. "
    doc = nlp_pipeline(text)
    plain = sentences(doc, paragraph_id=1)
    assert [s.text for s in plain] == ["Practices are struggling.", "The network hired two pharmacists."]
    assert sentences(doc, paragraph_id=1, text=text) == plain
    # a text that is not the doc's (another length) is not trusted: the doc's own text is read
    assert sentences(doc, paragraph_id=1, text="x" * (len(text) + 1)) == plain
    assert sentences(nlp_pipeline(""), text="") == []
