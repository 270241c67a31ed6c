"""The corpus store: schema, migrations, idempotent upserts, FTS kept in sync, transactions.

The tests taking ``conn`` run against every backend of the matrix (tests/store_backends.py);
the others check the SQLite backend's own file, schema and FTS5 indexes."""

from __future__ import annotations

import sqlite3

import pytest

from corpora import analysis_store, integrity, queries, store
from corpora.records import ArticleRecord, CommentRecord, Paragraph
from corpora.sqlite_schema import MIGRATIONS
from tests.store_backends import store_location  # noqa: F401 - fixture


def _article(**overrides) -> ArticleRecord:
    fields = dict(
        url="https://news.example/2024/05/pcn-funding/",
        source="example",
        title="Networks promised extra funding for new roles",
        published="2024-05-02",
        paragraphs=[
            Paragraph("Primary care networks will receive additional money for pharmacists."),
            Paragraph("Extra roles named in the plan", kind="heading"),
            Paragraph("Paramedics and physiotherapists", kind="bullet"),
        ],
        comments=[
            CommentRecord("One-liner without a name."),
            CommentRecord("Signed and dated.", author="DrGrumpy", posted="2024-05-02T09:15:00"),
            CommentRecord("Reply with an id.", author="Partner", external_id="77", parent_external_id=None),
            CommentRecord("Answer to 77.", author="Salaried", external_id="78", parent_external_id="77"),
        ],
        comments_declared=5,
    )
    fields.update(overrides)
    return ArticleRecord(**fields)


def _snapshot(conn: sqlite3.Connection) -> dict:
    tables = ("sources", "articles", "paragraphs", "comments")
    return {t: [tuple(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY id")] for t in tables}


@pytest.fixture
def conn(store_location):
    backend, location = store_location
    c = store.Store(location, backend=backend).connect()
    yield c
    c.close()


@pytest.fixture
def sqlite_conn(tmp_path):
    c = store.connect(tmp_path / "corpus.db")
    yield c
    c.close()


def test_new_store_is_wal_with_foreign_keys_and_current_schema(tmp_path):
    conn = store.connect(tmp_path / "s.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    for table in (
        "articles",
        "paragraphs",
        "comments",
        "runs",
        "sentences",
        "quotes",
        "annotations",
        "labels",
        "paragraphs_fts",
        "comments_fts",
        "sentences_fts",
        "quotes_fts",
    ):
        assert table in names
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_reopening_does_not_migrate_again(tmp_path):
    path = tmp_path / "s.db"
    store.upsert_article(store.connect(path), _article())
    again = store.connect(path)
    assert again.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_store_newer_than_code_is_refused(tmp_path):
    path = tmp_path / "s.db"
    conn = store.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(store.StoreError, match="newer"):
        store.connect(path)


def test_not_a_store_gives_a_clear_error(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(store.StoreError, match="junk.db"):
        store.connect(path)


def test_readonly_connection_cannot_write(tmp_path):
    path = tmp_path / "s.db"
    store.upsert_article(store.connect(path), _article())
    ro = store.connect(path, readonly=True)
    assert ro.execute("SELECT count(*) FROM comments").fetchone()[0] == 4
    with pytest.raises(sqlite3.OperationalError):
        ro.execute("DELETE FROM comments")
    with pytest.raises(store.StoreError, match="no such store"):
        store.connect(tmp_path / "missing.db", readonly=True)


def test_first_upsert_stores_everything(conn):
    result = store.upsert_article(conn, _article())
    assert result.status == "new" and result.new_comments == 4
    art = store.get_article(conn, result.article_id)
    assert art["title"] == "Networks promised extra funding for new roles"
    assert [p["kind"] for p in art["paragraphs"]] == ["text", "heading", "bullet"]
    assert art["comments_declared"] == 5
    authors = [c["author"] for c in art["comments"]]
    assert authors == [None, "DrGrumpy", "Partner", "Salaried"]
    by_ext = {c["external_id"]: c for c in art["comments"] if c["external_id"]}
    assert by_ext["78"]["parent_id"] == by_ext["77"]["id"]


def test_same_page_twice_changes_nothing(conn):
    store.upsert_article(conn, _article())
    before = _snapshot(conn)
    result = store.upsert_article(conn, _article())
    assert result.status == "unchanged" and result.new_comments == 0
    assert _snapshot(conn) == before


def test_changed_page_updates_without_duplicating_comments(conn):
    first = store.upsert_article(conn, _article())
    changed = _article(
        title="Networks promised extra funding for new roles (updated)",
        paragraphs=[Paragraph("A corrected first paragraph.")],
        comments=_article().comments[:1]
        + [CommentRecord("Signed and dated, then edited.", author="DrGrumpy", posted="2024-05-02T09:15:00")]
        + _article().comments[2:]
        + [CommentRecord("A brand new comment.", author="Latecomer", posted="2024-05-03T10:00:00")],
    )
    result = store.upsert_article(conn, changed)
    assert result.article_id == first.article_id
    assert result.status == "updated" and result.new_comments == 1
    texts = [r[0] for r in conn.execute("SELECT text FROM comments ORDER BY id")]
    assert len(texts) == 5
    assert "Signed and dated, then edited." in texts and "Signed and dated." not in texts
    assert [r[0] for r in conn.execute("SELECT text FROM paragraphs")] == ["A corrected first paragraph."]


def test_fts_indexes_follow_inserts_updates_and_deletes(sqlite_conn):
    conn = sqlite_conn
    result = store.upsert_article(conn, _article())

    def hits(table, query):
        return conn.execute(f"SELECT count(*) FROM {table}_fts WHERE {table}_fts MATCH ?", (query,)).fetchone()[0]

    assert hits("paragraphs", "pharmacist") == 1  # porter stemming: pharmacists -> pharmacist
    assert hits("comments", '"signed and dated"') == 1
    store.upsert_article(conn, _article(paragraphs=[Paragraph("Nothing about that any more.")]))
    assert hits("paragraphs", "pharmacist") == 0
    store.delete_article(conn, result.article_id)
    assert hits("comments", "dated") == 0
    assert conn.execute("INSERT INTO comments_fts(comments_fts) VALUES ('integrity-check')") is not None


def test_a_failing_page_leaves_no_trace(conn):
    bad = _article(url="https://news.example/bad/", paragraphs=[Paragraph("ok")])
    bad.comments = [CommentRecord(None)]  # type: ignore[arg-type]  # NOT NULL violation mid-transaction
    with pytest.raises(store.Store.of(conn).backend.Error):
        store.upsert_article(conn, bad)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM paragraphs").fetchone()[0] == 0
    assert not conn.in_transaction


def test_runs_errors_and_meta(conn):
    run = store.start_run(conn, "ingest", {"paths": ["a", "b"]})
    store.record_error(conn, run, "b.txt", "empty file")
    store.finish_run(conn, run, "partial", {"stored": 1, "failed": 1})
    last = store.last_run(conn, "ingest")
    assert last["status"] == "partial" and last["counts"] == {"stored": 1, "failed": 1}
    assert tuple(conn.execute("SELECT location, reason FROM errors").fetchone()) == ("b.txt", "empty file")
    secret = store.corpus_secret(conn)
    assert len(secret) == 64 and store.corpus_secret(conn) == secret


def test_units_annotations_and_processing_state(conn):
    aid = store.upsert_article(conn, _article()).article_id
    assert analysis_store.articles_needing_units(conn, "p1") == [aid]
    pid = conn.execute("SELECT id FROM paragraphs WHERE position = 0").fetchone()[0]
    sentences = [analysis_store.Sentence(0, 0, 10, "Primary ca", paragraph_id=pid)]
    quotes = [analysis_store.Quote(0, "We welcome it", speaker="she", speaker_name="Ana Whitfield")]
    analysis_store.replace_units(conn, aid, sentences, quotes, pipeline_version="p1")
    assert analysis_store.articles_needing_units(conn, "p1") == []
    assert analysis_store.articles_needing_units(conn, "p2") == [aid]
    assert queries.search_count(conn, "quote", "whitfield") == 0  # a quote is found by its words, not its speaker
    assert queries.search_count(conn, "quote", "welcome") == 1
    # a new comment makes the article due again
    store.add_comments(conn, aid, [CommentRecord("Late arrival.", author="X", posted="2024-06-01T08:00:00")])
    assert analysis_store.articles_needing_units(conn, "p1") == [aid]

    assert analysis_store.articles_needing_annotations(conn, "m1") == [aid]
    ann = analysis_store.Annotation(
        "article",
        aid,
        aid,
        "positive",
        {"positive": 0.7, "neutral": 0.2, "negative": 0.1},
        ["funding_pay"],
        {"funding_pay": 0.9},
    )
    analysis_store.write_annotations(conn, aid, [ann], model_version="m1")
    assert analysis_store.articles_needing_annotations(conn, "m1") == []
    got = analysis_store.annotation(conn, "article", aid)
    assert got["themes"] == ["funding_pay"] and got["sentiment"] == "positive"
    assert conn.execute("SELECT theme FROM annotation_themes").fetchall()[0][0] == "funding_pay"


def test_labels_keep_the_latest_per_unit(conn):
    analysis_store.add_label(conn, "Great stuff.", sentiment="positive", unit_type="comment", unit_id=1)
    analysis_store.add_label(conn, "Great stuff.", sentiment="negative", themes=[], unit_type="comment", unit_id=1)
    analysis_store.add_label(conn, "Free text", themes=["skill_mix"])
    labels = list(analysis_store.iter_labels(conn))
    assert [(l["sentiment"], l["themes"]) for l in labels] == [("negative", []), (None, ["skill_mix"])]
    with pytest.raises(ValueError):
        analysis_store.add_label(conn, "x", sentiment="furious")


def test_a_crawled_page_supersedes_its_saved_text_dump(conn):
    dump = _article(url="file:saved.txt#0123456789ab", origin="file")
    store.upsert_article(conn, dump)
    other = _article(url="file:other.txt#ba9876543210", origin="file", title="Something else entirely")
    store.upsert_article(conn, other)
    crawled = store.upsert_article(conn, _article())
    urls = [r[0] for r in conn.execute("SELECT url FROM articles ORDER BY id")]
    assert urls == ["file:other.txt#ba9876543210", "https://news.example/2024/05/pcn-funding/"]
    assert crawled.status == "new"
    # comments of the superseded copy went with it (cascade), the crawled page's are whole
    assert conn.execute("SELECT count(*) FROM comments WHERE article_id = ?", (crawled.article_id,)).fetchone()[0] == 4


def test_a_store_killed_before_its_schema_was_written_snapshots_as_empty(tmp_path):
    # what a run killed during start-up leaves: the file and its write-ahead log, no schema yet
    db = tmp_path / "killed-in-start-up.db"
    started = sqlite3.connect(db)
    started.execute("PRAGMA journal_mode=WAL").fetchone()
    started.close()
    assert integrity.integrity(db) == "ok"
    snap = integrity.snapshot(db)
    assert tuple(snap) == integrity.SNAPSHOT_PARTS and not any(snap.values())
    with store.Store(db) as st:  # the rerun writes the schema: the file then snapshots as a store holding nothing yet
        assert store.schema_version(st.writer) == len(MIGRATIONS)
    assert integrity.snapshot(db) == snap and integrity.integrity(db) == "ok"
