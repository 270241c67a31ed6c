"""The store's contract: every operation that scraper, nlp, app and benchmarks call, run through
a ``contract_store`` for each backend of the matrix (``$GPWATCH_TEST_BACKENDS``, default
``sqlite``; see tests/store_backends.py).  A new backend passes this module unchanged.

No test here writes SQL: everything goes through ``Store`` and the ``corpora`` functions, and
the expectations come from what the fixture corpus (tests/app_fixture.py) holds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from corpora import analysis_store as an
from corpora import crawl_store, export, integrity, queries, store
from corpora.backend import QueryTimeout, StoreError
from corpora.bulk import BulkAnnotation, BulkArticle, bulk_insert, deferred_fts
from corpora.queries import HIGHLIGHT_END, HIGHLIGHT_START, SearchFilters
from corpora.records import ArticleRecord, CommentRecord, Paragraph
from tests.app_fixture import SARCASTIC_COMMENT, build_fixture_store
from tests.store_backends import contract_store, store_location  # noqa: F401 - fixtures


def _record(**overrides) -> ArticleRecord:
    fields = dict(
        url="https://news.example/2024/05/pcn-funding/",
        source="example",
        title="Networks promised extra funding for new roles",
        published="2024-05-02",
        paragraphs=[
            Paragraph("Primary care networks will receive additional money for pharmacists."),
            Paragraph("Extra roles named in the plan", kind="heading"),
        ],
        comments=[
            CommentRecord("Signed and dated.", author="DrGrumpy", posted="2024-05-02T09:15:00"),
            CommentRecord("Top of a thread.", author="Partner", external_id="77"),
            CommentRecord("Answer to 77.", author="Salaried", external_id="78", parent_external_id="77"),
        ],
        comments_declared=5,
    )
    fields.update(overrides)
    return ArticleRecord(**fields)


@pytest.fixture
def corpus(contract_store):
    """The app fixture corpus in the store: (store, reader, facts)."""
    facts = build_fixture_store(contract_store.path)
    yield contract_store, contract_store.reader, facts


# --------------------------------------------------------------------------- the store itself


def test_a_new_store_is_created_by_a_writer_never_by_a_reader(contract_store):
    assert not contract_store.exists()
    with pytest.raises(StoreError):
        contract_store.connect(readonly=True)
    assert not contract_store.exists()
    writer = contract_store.writer
    assert contract_store.exists()
    version = store.schema_version(writer)
    assert version >= 5 and store.migrate(writer) == version  # migrating again changes nothing
    assert store.Store.of(writer).backend is contract_store.backend
    assert contract_store.counts() == dict.fromkeys(store._COUNTED, 0)


def test_a_reader_cannot_write(contract_store):
    contract_store.upsert_article(_record())
    with pytest.raises((StoreError, contract_store.backend.Error)):
        store.set_meta(contract_store.reader, "k", "v")
    assert contract_store.get_meta("k") is None


# --------------------------------------------------------------------------- articles and comments


def test_upsert_is_idempotent_and_updates_comments_in_place(contract_store):
    first = contract_store.upsert_article(_record())
    assert (first.status, first.new_comments) == ("new", 3)
    conn = contract_store.writer
    digest = store.comments_digest(conn, first.article_id)
    assert contract_store.upsert_article(_record()).status == "unchanged"
    assert store.comments_digest(conn, first.article_id) == digest
    edited = _record(
        comments=[CommentRecord("Signed and dated, then edited.", author="DrGrumpy", posted="2024-05-02T09:15:00")]
        + _record().comments[1:]
        + [CommentRecord("A late one.", author="Latecomer")]
    )
    again = contract_store.upsert_article(edited)
    assert (again.article_id, again.status, again.new_comments, again.updated_comments) == (
        first.article_id,
        "updated",
        1,
        1,
    )
    assert store.comments_digest(conn, first.article_id) != digest
    art = contract_store.get_article(first.article_id)
    assert [p["kind"] for p in art["paragraphs"]] == ["text", "heading"]
    texts = [c["text"] for c in art["comments"]]
    assert texts == ["Signed and dated, then edited.", "Top of a thread.", "Answer to 77.", "A late one."]
    by_ext = {c["external_id"]: c for c in art["comments"] if c["external_id"]}
    assert by_ext["78"]["parent_id"] == by_ext["77"]["id"]
    assert store.article_id_for_url(conn, _record().url) == first.article_id
    counts = contract_store.counts()
    assert (counts["articles"], counts["paragraphs"], counts["comments"], counts["sources"]) == (1, 2, 4, 1)


def test_a_crawled_page_supersedes_its_dump_and_deleting_cascades(contract_store):
    conn = contract_store.writer
    store.upsert_article(conn, _record(url="file:saved.txt#0123456789ab", origin="file"))
    kept = store.upsert_article(conn, _record(url="file:other.txt#ba98", origin="file", title="Another story"))
    crawled = store.upsert_article(conn, _record())
    assert store.real_copy_of(conn, "example", "NETWORKS promised extra funding for new roles") == crawled.article_id
    assert store.article_id_for_url(conn, "file:saved.txt#0123456789ab") is None
    store.delete_article(conn, kept.article_id)
    counts = store.counts(conn)
    assert (counts["articles"], counts["comments"], counts["paragraphs"]) == (1, 3, 2)


def test_a_failing_article_leaves_no_trace(contract_store):
    bad = _record(url="https://news.example/bad/")
    bad.comments = [CommentRecord(None)]  # type: ignore[arg-type]  # NOT NULL violation mid-transaction
    with pytest.raises(contract_store.backend.Error):
        contract_store.upsert_article(bad)
    assert contract_store.counts()["articles"] == 0
    assert not contract_store.writer.in_transaction


def test_meta_secret_and_summary(contract_store):
    store.set_meta(contract_store.writer, "k", "one")
    store.set_meta(contract_store.writer, "k", "two")
    assert contract_store.get_meta("k") == "two" and contract_store.get_meta("absent", "d") == "d"
    secret = contract_store.corpus_secret()
    assert len(secret) == 64 and contract_store.corpus_secret() == secret
    contract_store.upsert_article(_record())
    summary = contract_store.summary()
    assert summary["years"] == ("2024", "2024") and summary["counts"]["comments"] == 3


# --------------------------------------------------------------------------- runs and errors


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_runs_errors_and_stale_runs(contract_store):
    run = contract_store.start_run("ingest", {"paths": ["a", "b"]})
    contract_store.record_error(run, "b.txt", "empty file", source="files")
    contract_store.finish_run(run, "partial", {"stored": 1, "failed": 1})
    last = contract_store.last_run("ingest")
    assert last["status"] == "partial" and last["counts"] == {"stored": 1, "failed": 1}
    assert last["args"]["paths"] == ["a", "b"] and last["args"]["pid"] == os.getpid()
    alive = contract_store.start_run("refresh")
    dead = contract_store.start_run("crawl", {"pid": _dead_pid()})
    assert contract_store.close_stale_runs() == 1 and contract_store.close_stale_runs() == 0
    reader = contract_store.reader
    statuses = {r["id"]: r["status"] for r in queries.runs(reader)}
    assert statuses == {run: "partial", dead: "interrupted", alive: "running"}
    assert [(e["location"], e["reason"]) for e in queries.recent_errors(reader)] == [("b.txt", "empty file")]
    assert queries.errors_by_source(reader)[0]["source"] == "files"
    assert queries.last_refresh(reader)["id"] == dead
    assert integrity.stale_runs(contract_store.path) == 1


# --------------------------------------------------------------------------- analysis


def test_units_annotations_labels_and_processing_state(contract_store):
    conn = contract_store.writer
    aid = contract_store.upsert_article(_record()).article_id
    assert an.articles_needing_units(conn, "p1") == [aid]
    pid = contract_store.get_article(aid)["paragraphs"][0]["id"]
    sentences = [an.Sentence(0, 0, 10, "Primary ca", paragraph_id=pid)]
    quotes = [an.Quote(0, "We welcome it", speaker="she", speaker_name="Ana Whitfield", start=3, end=15)]
    an.replace_units(conn, aid, sentences, quotes, pipeline_version="p1")
    assert an.articles_needing_units(conn, "p1") == [] and an.articles_needing_units(conn, "p2") == [aid]
    assert an.articles_needing_annotations(conn, "m1") == [aid]  # a NULL model version differs from any
    stored = an.article_quotes(conn, aid)
    assert [(q.text, q.start, q.end, q.paragraph_id) for q in stored] == [("We welcome it", 3, 15, None)]
    units = an.units_for_article(conn, aid)
    assert [u["text"] for u in units["sentence"]] == ["Primary ca"] and len(units["comment"]) == 3
    scores = {"positive": 0.7, "neutral": 0.2, "negative": 0.1}
    annotations = [an.Annotation("article", aid, aid, "positive", scores, ["funding_pay"], {"funding_pay": 0.9})]
    annotations += [
        an.Annotation("comment", u["id"], aid, "negative", scores, ["workload_morale"], {"workload_morale": 0.8})
        for u in units["comment"]
    ]
    an.write_annotations(conn, aid, annotations, model_version="m1")
    assert an.articles_needing_annotations(conn, "m1") == [] and an.is_processed(conn, aid)
    got = an.annotation(conn, "article", aid)
    assert got["themes"] == ["funding_pay"] and got["sentiment"] == "positive"
    # a new comment makes the article due again
    store.add_comments(conn, aid, [CommentRecord("Late arrival.", author="X", posted="2024-06-01T08:00:00")])
    assert an.articles_needing_units(conn, "p1") == [aid]
    label = an.add_label(conn, "Great stuff.", sentiment="positive", unit_type="comment", unit_id=1)
    later = an.add_label(conn, "Great stuff.", sentiment="negative", themes=[], unit_type="comment", unit_id=1)
    assert later > label
    assert [(lb["sentiment"], lb["themes"]) for lb in an.iter_labels(conn)] == [("negative", [])]
    assert "Great stuff." not in an.unlabelled_unit_texts(conn)


# --------------------------------------------------------------------------- searches


def _texts(results: list[dict]) -> list[str]:
    return [r["text"] for r in results]


def test_full_text_search_in_each_scope_with_highlighted_snippets(corpus):
    _, conn, _ = corpus
    hub = queries.search(conn, "comment", "hub")
    assert sorted(_texts(hub)) == [
        "Continuity of care is dead. Nobody at a hub knows the patient.",
        "Our hub has been a success and patients love the Saturday clinics.",
    ]
    assert all(f"{HIGHLIGHT_START}hub{HIGHLIGHT_END}" in r["snippet"] for r in hub)
    assert queries.search_count(conn, "comment", "hub") == 2
    # stemming: "network" finds "networks" and "network"
    assert len(queries.search(conn, "paragraph", "network")) == 3
    assert queries.search_count(conn, "paragraph", "network") == 3
    assert queries.search(conn, "quote", "exhausted")[0]["speaker_name"] == "Priya Nandra"
    assert queries.search(conn, "comment", "zeppelin") == [] and queries.search_count(conn, "comment", "zeppelin") == 0


def test_search_orders_and_a_quote_matching_its_words_not_its_speaker(corpus):
    _, conn, _ = corpus
    fts = "practices OR patient OR partners"
    newest = _texts(queries.search(conn, "quote", fts, order="newest"))
    assert newest == [
        "Partners are exhausted and the pension rules are pushing them out.",
        "Every patient deserves to see a GP at a time that suits them.",
        "Networks could help practices share staff, but they must not become another layer of bureaucracy.",
    ]
    assert _texts(queries.search(conn, "quote", fts, order="oldest")) == newest[::-1]
    assert sorted(_texts(queries.search(conn, "quote", fts, order="best"))) == sorted(newest)
    assert queries.search(conn, "quote", "Dunmore") == []  # the speaker is a filter, not the text
    by_speaker = queries.search(conn, "quote", "", SearchFilters(speaker="dunmore"))  # case-insensitive
    assert _texts(by_speaker) == ["Every patient deserves to see a GP at a time that suits them."]
    assert len(queries.search(conn, "quote", "", SearchFilters(org="RCGP"))) == 2


def test_search_filters_by_source_period_theme_and_sentiment(corpus):
    _, conn, _ = corpus
    assert len(queries.search(conn, "paragraph", "hubs", SearchFilters(source="gponline"))) == 2
    assert queries.search(conn, "paragraph", "hubs", SearchFilters(source="pulse")) == []
    assert len(queries.search(conn, "paragraph", "practices")) == 3
    assert len(queries.search(conn, "paragraph", "practices", SearchFilters(end="2019-01-31"))) == 2
    assert len(queries.search(conn, "paragraph", "practices", SearchFilters(start="2019-02-01"))) == 1
    skill = queries.search(conn, "paragraph", "network", SearchFilters(theme="skill_mix"))
    assert [r["themes"] for r in skill] == [["funding_pay", "skill_mix"]] or [sorted(r["themes"]) for r in skill] == [
        ["funding_pay", "skill_mix"]
    ]
    funding = queries.search(conn, "comment", "", SearchFilters(theme="funding_pay"))
    assert _texts(funding) == ["I will believe the pharmacist funding when I see it in the bank."]
    positive = queries.search(conn, "comment", "", SearchFilters(sentiment="positive"))
    assert _texts(positive) == ["Our hub has been a success and patients love the Saturday clinics."]
    assert queries.search_count(conn, "comment", "", SearchFilters(sentiment="negative")) == 5


def test_a_body_named_in_several_forms_is_one_organisation(contract_store):
    """The quote finder writes a body as the article names it; the organisation filter lists it once, under its
    pattern's one name, and filtering by any form finds the quotes given every form."""
    conn = contract_store.writer
    aid = contract_store.upsert_article(_record()).article_id
    orgs = ["RCGP", "Royal College of GPs", "Royal College of General Practitioners", "RCGP council", "Calder LMC"]
    quotes = [
        an.Quote(
            i, f"Quote number {i} on the workforce.", speaker=f"Dr {i}", speaker_name=f"Ann Cole{i}", speaker_org=o
        )
        for i, o in enumerate(orgs)
    ]
    an.replace_units(conn, aid, [], quotes, pipeline_version="p1")
    assert queries.filter_options(conn)["orgs"] == ["Calder LMC", "RCGP", "RCGP council"]
    for form in ("RCGP", "Royal College of GPs", "royal college of general practitioners"):
        found = queries.search(conn, "quote", "", SearchFilters(org=form))
        assert sorted(r["speaker_org"] for r in found) == sorted(orgs[:4]), form  # "RCGP council" holds "RCGP"
    assert [r["speaker_org"] for r in queries.search(conn, "quote", "workforce", SearchFilters(org="Calder LMC"))] == [
        "Calder LMC"
    ]
    assert queries.search_count(conn, "quote", "workforce", SearchFilters(org="Royal College of GPs")) == 4


def test_identical_texts_are_one_result(contract_store):
    conn = contract_store.writer
    same = "Continuity matters more than any target."
    for n in (1, 2):
        contract_store.upsert_article(
            _record(url=f"https://news.example/{n}", title=f"Story {n}", comments=[CommentRecord(same, author="A")])
        )
    results = queries.search(conn, "comment", "continuity")
    assert [(r["text"], r["units"], r["articles"]) for r in results] == [(same, 2, 2)]
    assert queries.same_text(conn, "comment", same) == {"units": 2, "speakers": 0, "articles": 2}


def test_identical_texts_are_counted_exactly_whatever_words_they_share(contract_store):
    """same_text looks a text up by a few of its longest words, then compares whole texts: texts
    sharing those words, differing in case or punctuation, written with operators of the query
    language, non-ASCII words or no word at all are each counted as the units that carry them."""
    conn = contract_store.writer
    texts = [
        "Continuity matters more than any target.",
        "Continuity matters MORE than any target!",  # the same words, other case and mark
        "continuity matters more than any target",
        "Any target matters more than continuity.",  # the same words in another order
        "NOT AND OR NEAR: the partnership model is broken",  # query operators as words
        "Le café naïve: a partnership of practices",  # non-ASCII words beside ASCII ones
        "Café naïve",  # non-ASCII words only
        "?!?",  # no word at all
        "under_scored_words and hyphen-ated ones",
    ]
    comments = [CommentRecord(t, author="A", external_id=f"c{i}") for i, t in enumerate(texts)]
    contract_store.upsert_article(_record(url="https://news.example/a", title="A", comments=comments))
    contract_store.upsert_article(_record(url="https://news.example/b", title="B", comments=comments[:5]))
    for i, text in enumerate(texts):
        articles = 2 if i < 5 else 1
        assert queries.same_text(conn, "comment", text) == {"units": articles, "speakers": 0, "articles": articles}, (
            text
        )


def test_a_query_past_its_time_budget_is_stopped_and_the_connection_lives_on(corpus):
    _, conn, _ = corpus
    slow = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000000) SELECT count(*) FROM c"
    with pytest.raises(QueryTimeout), store.time_limit(conn, 0.2):
        conn.execute(slow).fetchone()
    with store.time_limit(conn, 5):
        assert queries.corpus_summary(conn)["articles"] == 3


# --------------------------------------------------------------------------- the app's aggregates


def test_corpus_summary_and_sentiment_by_voice(corpus):
    _, conn, _ = corpus
    summary = queries.corpus_summary(conn)
    assert {k: summary[k] for k in ("articles", "comments", "quotes", "sources", "annotated_articles", "labels")} == {
        "articles": 3,
        "comments": 7,
        "quotes": 4,
        "sources": 2,
        "annotated_articles": 3,
        "labels": 0,
    }
    assert (summary["first"], summary["last"]) == ("2019-01-31", "2020-03-03")
    by_voice = {(r["voice"], r["sentiment"]): r["n"] for r in queries.sentiment_by_voice(conn)}
    assert by_voice == {
        ("article", "neutral"): 2,
        ("article", "negative"): 1,
        ("quote", "neutral"): 2,
        ("quote", "positive"): 1,
        ("quote", "negative"): 1,
        ("comment", "negative"): 5,
        ("comment", "neutral"): 1,
        ("comment", "positive"): 1,
    }


def test_theme_series_by_month_and_voice(corpus):
    _, conn, _ = corpus
    rows = {
        (r["month"], r["voice"], r["sentiment"]): r["n"]
        for r in queries.theme_month_sentiment(conn, ("access_continuity",))
    }
    assert rows == {
        ("2019-01", "comment", "negative"): 1,
        ("2019-06", "comment", "negative"): 1,
        ("2019-06", "comment", "positive"): 1,
        ("2019-06", "quote", "positive"): 1,
        ("2019-06", "article", "neutral"): 1,
    }
    timeline = {(r["month"], r["voice"]): r for r in queries.theme_timeline(conn, ("access_continuity",))}
    assert timeline[("2019-01", "comment")]["share"] == 0.25 and timeline[("2019-06", "comment")]["share"] == 1.0
    within = queries.theme_month_sentiment(conn, ("access_continuity",), start="2019-02-01", end="2019-12-31")
    assert {r["month"] for r in within} == {"2019-06"}
    two = {(r["month"], r["voice"]): r["n"] for r in queries.theme_month_sentiment(conn, ("skill_mix", "funding_pay"))}
    assert two[("2019-01", "comment")] == 1 and two[("2020-03", "quote")] == 1  # a unit with both counts once
    totals = {(r["month"], r["voice"], r["sentiment"]): r["n"] for r in queries.voice_month_sentiment(conn)}
    assert totals[("2019-01", "comment", "negative")] == 3 and totals[("2020-03", "quote", "neutral")] == 1
    prevalence = {(r["month"], r["theme"]): r["share"] for r in queries.theme_prevalence_by_month(conn)}
    assert prevalence == {
        ("2019-01", "at_scale_models"): 1.0,
        ("2019-01", "skill_mix"): 1.0,
        ("2019-06", "access_continuity"): 1.0,
        ("2019-06", "politics_trust"): 1.0,
        ("2020-03", "workforce_supply"): 1.0,
        ("2020-03", "workload_morale"): 1.0,
    }
    months = {(r["month"], r["theme"]): r["n"] for r in queries.article_theme_months(conn)}
    assert months[("2019-01", "")] == 1 and months[("2020-03", "workload_morale")] == 1 and len(months) == 9


def test_threads_themes_and_comparisons(corpus):
    _, conn, facts = corpus
    articles = facts["articles"]
    stats = queries.thread_stats(conn)
    assert [(r["title"], r["comments"]) for r in stats["most_discussed"]] == [
        ("Practices told to join primary care networks by July", 4),
        ("Hubs to offer evening and weekend appointments", 2),
        ("Partners quit as workload soars", 1),
    ]
    coverage = {
        r["source"]: (r["articles"], r["declared"], r["collected"], r["short_threads"]) for r in stats["coverage"]
    }
    assert coverage == {"gponline": (1, 2, 2, 0), "pulse": (2, 9, 5, 1)}
    assert [r["id"] for r in stats["short_threads"]] == [articles["Partners quit as workload soars"]]
    assert [r["comments"] for r in queries.most_discussed(conn, 2)] == [4, 2]
    assert queries.themes_in_store(conn) == sorted(
        [
            "access_continuity",
            "at_scale_models",
            "funding_pay",
            "politics_trust",
            "skill_mix",
            "workforce_supply",
            "workload_morale",
        ]
    )
    co = {r["theme"]: r["units"] for r in queries.cooccurring_themes(conn, ("access_continuity",))}
    assert co == {"at_scale_models": 2, "politics_trust": 1}
    reps = queries.representative_units(conn, ("at_scale_models",), "comment")
    assert len(reps) == 3 and SARCASTIC_COMMENT in _texts(reps) and {r["score"] for r in reps} == {0.9}
    texts = queries.theme_texts(conn, ("workforce_supply",), per_voice=10)
    assert "Retired at 56 and never looked back. Best decision I ever made, sadly." in texts["target"]
    assert "We need ten thousand more GPs," in texts["target"]
    assert texts["rest"] and not set(texts["rest"]) & set(texts["target"])
    compare = queries.compare_counts(conn, ("funding_pay",))
    assert sum(r["n"] for r in compare) == 14 and sum(r["n"] for r in compare if r["tagged"]) == 2
    assert {r["org"] for r in compare if r["voice"] == "quote"} == {"RCGP", "DHSC", "BMA"}


def test_speakers_documents_and_finding_articles(corpus):
    _, conn, facts = corpus
    assert queries.filter_options(conn) == {"sources": ["gponline", "pulse"], "orgs": ["BMA", "DHSC", "RCGP"]}
    top = queries.speakers(conn)[0]
    assert (top["speaker"], top["quotes"], top["role"], top["org"]) == ("Amelia Hart", 2, "chair", "RCGP")
    assert top["themes"] == {"at_scale_models": 1, "workforce_supply": 1} and top["sentiment"] == {"neutral": 2}
    assert queries.speaker_count(conn) == 3 and queries.speaker_count(conn, "HART") == 1
    a1 = facts["articles"]["Practices told to join primary care networks by July"]
    doc = queries.article(conn, a1)
    assert doc["comments_collected"] == 4 and doc["themes"] == ["at_scale_models", "skill_mix"]
    assert [p["themes"] for p in doc["paragraphs"]][2] == ["funding_pay", "skill_mix"]
    assert [q["sentiment"] for q in doc["quotes"]] == ["neutral"]
    comments = queries.article_comments(conn, a1)
    assert [c["author"] for c in comments] == ["Tired Partner", None, "Locum Larry", "Mallory"]
    assert comments[2]["themes"] == ["funding_pay", "skill_mix"]
    names = queries.thread_names(conn, a1)
    assert sorted(names["commenters"]) == ["Locum Larry", "Mallory", "Tired Partner"]
    assert "Amelia Hart" in names["speakers"]
    assert [a["title"] for a in queries.find_articles(conn, "HUBS")] == [
        "Hubs to offer evening and weekend appointments"
    ]
    assert [a["published"] for a in queries.find_articles(conn)] == ["2020-03-03", "2019-06-12", "2019-01-31"]


def test_the_labelling_queue_and_agreement(corpus):
    st, conn, facts = corpus
    queue = queries.units_to_label(conn, limit=2)
    assert _texts(queue) == [
        SARCASTIC_COMMENT,
        "Retired at 56 and never looked back. Best decision I ever made, sadly.",
    ]
    assert queue[0]["confidence"] == 0.4 and queue[0]["units"] == 1
    unit = facts["comments"][SARCASTIC_COMMENT]
    an.add_label(
        st.writer,
        SARCASTIC_COMMENT,
        sentiment="negative",
        themes=["access_continuity"],
        unit_type="comment",
        unit_id=unit,
    )
    assert _texts(queries.units_to_label(conn, limit=1)) == [
        "Retired at 56 and never looked back. Best decision I ever made, sadly."
    ]
    agreement = queries.label_agreement(conn)
    assert agreement["compared"] == 1 and agreement["sentiment_accuracy"] == 1.0
    assert (agreement["theme_precision"], agreement["theme_recall"]) == (0.5, 1.0)


def test_the_generation_changes_with_a_write(corpus):
    st, conn, _ = corpus
    before = queries.generation(conn, st.path)
    assert queries.generation(conn, st.path) == before
    st.upsert_article(_record())
    assert queries.generation(conn, st.path) != before


# --------------------------------------------------------------------------- crawl state


def test_validators_frontier_and_thread_schedule(contract_store):
    conn = contract_store.writer
    crawl_store.save_validators(conn, "https://a.example/1", etag='"x"', last_modified=None, status=200)
    assert crawl_store.get_validators(conn, "https://a.example/1").etag == '"x"'
    crawl_store.save_validators(conn, "https://a.example/1", etag='"y"', last_modified="Mon", status=200)
    assert crawl_store.get_validators(conn, "https://a.example/1").last_modified == "Mon"
    crawl_store.forget_validators(conn, "https://a.example/1")
    assert crawl_store.get_validators(conn, "https://a.example/1") is None
    stored = contract_store.upsert_article(_record(source="a"))
    urls = ["https://a.example/c", "https://a.example/a", _record().url, "https://a.example/b"]
    assert crawl_store.frontier_add(conn, "a", urls) == 3  # the stored article is known already
    assert crawl_store.frontier_add(conn, "a", ["https://a.example/a"]) == 0
    pending = [i.url for i in crawl_store.frontier_pending(conn, "a")]
    assert pending == ["https://a.example/c", "https://a.example/a", "https://a.example/b"]  # as discovered
    crawl_store.frontier_done(conn, "https://a.example/c")
    crawl_store.frontier_failed(conn, "https://a.example/a", "timeout", permanent=True)
    assert crawl_store.frontier_counts(conn, "a") == {"pending": 1, "done": 1, "failed": 1}
    assert crawl_store.is_known(conn, "https://a.example/c")
    assert crawl_store.due_threads(conn, "a", "2030-01-01T00:00:00") == []  # never scheduled
    crawl_store.schedule_thread(conn, stored.article_id, checked="2030-01-01T00:00:00", next_check="2031-01-01")
    assert crawl_store.due_threads(conn, "a", "2030-06-01T00:00:00") == []
    due = crawl_store.due_threads(conn, "a", "2031-06-01T00:00:00")
    assert [(t.article_id, t.comments_checked) for t in due] == [(stored.article_id, "2030-01-01T00:00:00")]
    assert crawl_store.thread_schedule(conn, stored.article_id) == ("2030-01-01T00:00:00", "2031-01-01")


# --------------------------------------------------------------------------- export, bulk, integrity


def test_export_writes_every_article_with_its_annotations(corpus, tmp_path):
    st, conn, _ = corpus
    out = tmp_path / "corpus.jsonl"
    assert export.export(st.writer, "jsonl", out) == 3
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["published"] for r in rows] == ["2019-01-31", "2019-06-12", "2020-03-03"]
    assert sum(len(r["comments"]) for r in rows) == 7 and sum(len(r["quotes"]) for r in rows) == 4
    masked = tmp_path / "masked.jsonl"
    export.export(st.writer, "jsonl", masked, pseudonymise=True)
    assert "Tired Partner" in out.read_text(encoding="utf-8")
    assert "Tired Partner" not in masked.read_text(encoding="utf-8")


def test_bulk_loads_are_searchable_and_counted(contract_store):
    conn = contract_store.writer

    def item(n: int) -> BulkArticle:
        record = _record(
            url=f"https://bulk.example/{n}",
            title=f"Bulk {n}",
            comments=[CommentRecord(f"Bulk comment {n} about locums {i}", author=f"u{i}") for i in range(n)],
        )
        return BulkArticle(record, annotations=[BulkAnnotation("article", 0, "negative", ["workforce_supply"])])

    counts = bulk_insert(conn, [item(1), item(2)], batch_size=1)
    assert (counts.articles, counts.comments, counts.annotations) == (2, 3, 2)
    with deferred_fts(conn):
        bulk_insert(conn, [item(3)])
    assert queries.search_count(conn, "comment", "locums") == 6
    assert [r["comments"] for r in queries.most_discussed(conn)] == [3, 2, 1]
    assert queries.theme_prevalence_by_month(conn) == [
        {"month": "2024-05", "theme": "workforce_supply", "tagged": 3, "total": 3, "share": 1.0}
    ]
    with pytest.raises(contract_store.backend.Error):  # a URL stored already: the batch writes nothing
        bulk_insert(conn, [item(4), item(1)])
    assert contract_store.counts()["articles"] == 3
    store.optimise(conn)
    assert store.size_by_part(conn)


def test_integrity_snapshot_and_row_counts(corpus):
    st, _, _ = corpus
    assert integrity.integrity(st.path) == "ok"
    snap = integrity.snapshot(st.path)
    assert tuple(snap) == integrity.SNAPSHOT_PARTS  # the parts an empty store's snapshot names too
    assert len(snap["articles"]) == 3 and len(snap["comments"]) == 7 and len(snap["annotations"]) == 23
    assert integrity.row_count(st.path, "quotes") == 4 and integrity.row_count(st.path, "no_such_table") == -1
    integrity.checkpoint(st.path)
    assert integrity.stale_runs(st.path) == 0


def test_export_csv_has_a_row_per_comment(corpus, tmp_path):
    st, _, _ = corpus
    out = tmp_path / "corpus.csv"
    export.export(st.writer, "csv", out)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) > 7 and "Locum Larry" in out.read_text(encoding="utf-8-sig")


# --------------------------------------------------------------------------- the registry


def test_every_registered_backend_implements_the_protocol():
    from corpora.backend import BACKENDS, Backend, get_backend

    assert get_backend("sqlite").name == "sqlite"
    for backend in BACKENDS.values():
        assert isinstance(backend, Backend), backend.name
        assert issubclass(backend.IntegrityError, backend.Error)


def _register_elsewhere(tmp_path, monkeypatch) -> None:
    """A second backend for scheme ``elsewhere://`` (SQLite files under ``tmp_path``), registered
    as a new backend module would register itself."""
    from corpora import backend as registry
    from corpora.sqlite_backend import SQLiteBackend

    class Elsewhere(SQLiteBackend):  # a second backend, registered as a new module would register it
        name = "elsewhere"
        schemes = ("elsewhere",)

        def parse(self, location):
            return tmp_path / str(location).removeprefix("elsewhere://")

    monkeypatch.setitem(registry.BACKENDS, "elsewhere", Elsewhere())


def test_a_location_picks_its_backend_by_scheme_and_plain_paths_stay_sqlite(tmp_path, monkeypatch):
    from corpora import backend as registry

    assert store.Store(tmp_path / "a.db").backend.name == "sqlite"
    assert store.Store(str(tmp_path / "a.db")).path == tmp_path / "a.db"
    assert store.Store(f"sqlite:///{tmp_path}/b.db").path == tmp_path / "b.db"
    monkeypatch.setenv(store.ENV_DB, str(tmp_path / "env.db"))
    assert store.Store().path == tmp_path / "env.db"
    with pytest.raises(ValueError, match="no storage backend for nosuchdb://"):
        store.Store("nosuchdb://host/db")
    with pytest.raises(KeyError, match="no storage backend 'nosuchdb'"):
        registry.get_backend("nosuchdb")

    _register_elsewhere(tmp_path, monkeypatch)
    other = store.Store("elsewhere://c.db")
    assert other.backend.name == "elsewhere" and other.path == tmp_path / "c.db"
    other.upsert_article(_record())
    assert store.Store.of(other.reader).backend is other.backend and other.counts()["articles"] == 1
    other.close()


def test_the_commands_take_a_backend_url_in_db(tmp_path, monkeypatch, capsys):
    from app.cli import main

    _register_elsewhere(tmp_path, monkeypatch)
    store.Store("elsewhere://c.db").upsert_article(_record())
    assert main(["stats", "--db", "elsewhere://c.db"]) == 0
    assert json.loads(capsys.readouterr().out)["articles"] == 1
    assert main(["export", "--db", "elsewhere://c.db", "--format", "jsonl", "--out", str(tmp_path / "x.jsonl")]) == 0
    assert len((tmp_path / "x.jsonl").read_text(encoding="utf-8").splitlines()) == 1
    assert main(["stats", "--db", "elsewhere://missing.db"]) == 1  # a reading command never creates a store
    assert not (tmp_path / "missing.db").exists()
