"""Migration 6 (a leaner store, issue 18) changes where the bytes are, never what a search finds.

How the comparison is made: a small scale corpus (benchmarks.scale_corpus, composed from the sample
site's original phrase material) is written by the bulk writer into a store at the latest version,
and the same rows are copied into a store at schema version 5 (the schema of main before this
change: only the first five migrations, its own triggers filling its FTS5 indexes and rollups, and
comments with the content_hash column it had).  Every search kind is run on the version 5 store
with this code's queries (which this change did not edit) to record the expected results.  Then
(a) that store is migrated in place to the latest version and (b) the fresh latest store is read;
both must give identical results for every search and theme read, and the migrated store must keep
every row and give the same thread digests (so nothing is analysed again after the upgrade).
"""

from __future__ import annotations

import sqlite3

import pytest

from benchmarks import scale_corpus
from corpora import queries, sqlite_backend, store
from corpora.bulk import bulk_insert
from corpora.queries import SearchFilters
from corpora.records import content_hash

ARTICLES, COMMENTS, SEED = 60, 500, 5

#: FTS5 syntax of every kind: words, a stemmed word, prefixes, phrases, boolean operators
QUERIES = (
    "burnout",
    "partners",
    "retire*",
    "pharmac*",
    '"last partner standing"',
    '"real-terms cut"',
    "pension AND rules",
    "triage OR continuity",
    "practice NOT partnership",
    "(locum OR salaried) AND GP*",
)

FILTERS = (
    SearchFilters(),
    SearchFilters(start="2018-01-01", end="2021-12-31"),
    SearchFilters(sentiment="negative"),
    SearchFilters(theme="workforce_supply"),
    SearchFilters(theme="funding_pay", sentiment="positive", start="2017-01-01"),
    SearchFilters(source=scale_corpus.SOURCE),
    SearchFilters(source="no-such-source.example"),
)

QUOTE_FILTERS = (SearchFilters(speaker="Dr"), SearchFilters(org="RCGP"), SearchFilters(speaker="a", org="BMA"))


def _build(path) -> None:
    """The corpus in a new store at the latest version, through the bulk writer."""
    conn = store.connect(path)
    try:
        bulk_insert(
            conn,
            scale_corpus.generate(ARTICLES, COMMENTS, SEED),
            model_version=scale_corpus.MODEL_VERSION,
            fetched="2026-11-01T00:00:00+00:00",
        )
        # the scale corpus has no sentences: give each paragraph one, annotated like its article
        # (a third of them positive), so paragraph searches filtered by theme or sentiment find some
        conn.execute("BEGIN")
        conn.execute(
            'INSERT INTO sentences(article_id, paragraph_id, position, start, "end", text) '
            "SELECT article_id, id, 0, 0, length(text), text FROM paragraphs ORDER BY id"
        )
        conn.execute(
            "INSERT INTO annotations(unit_type, unit_id, article_id, model_version, sentiment, sentiment_scores, "
            "themes, theme_scores) SELECT 'sentence', s.id, s.article_id, a.model_version, "
            "CASE WHEN s.id % 3 = 0 THEN 'positive' ELSE a.sentiment END, a.sentiment_scores, a.themes, "
            "a.theme_scores FROM sentences s JOIN annotations a ON a.unit_type = 'article' AND a.unit_id = s.article_id"
        )
        conn.execute(
            "INSERT INTO annotation_themes(unit_type, unit_id, article_id, theme, score) "
            "SELECT 'sentence', s.id, s.article_id, j.value, 0.9 FROM sentences s "
            "JOIN annotations a ON a.unit_type = 'sentence' AND a.unit_id = s.id JOIN json_each(a.themes) j"
        )
        conn.execute("COMMIT")
    finally:
        conn.close()


#: the rows of a store, in an order that keeps foreign keys satisfied
TABLES = ("sources", "articles", "paragraphs", "comments", "sentences", "quotes", "annotations", "annotation_themes")


def _build_v5(path, source, monkeypatch) -> None:
    """The same rows in a store at schema version 5, as main's code stored them: only the first
    five migrations, every row copied from ``source`` (so the version 5 triggers fill its FTS5
    indexes, rollups and comment counts), comments with the ``content_hash`` column version 5
    had (``CommentRecord.hash``: sha256 of author, posted, text and moderated)."""
    with monkeypatch.context() as m:
        m.setattr(sqlite_backend, "MIGRATIONS", sqlite_backend.MIGRATIONS[:5])
        store.connect(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 5
        conn.create_function("record_hash", 4, lambda a, p, t, mod: content_hash(a, p, t, bool(mod)))
        conn.execute("ATTACH ? AS src", (str(source),))
        conn.execute("BEGIN")
        for table in TABLES:
            # not the filter tokens of migration 7: version 5 had no such column
            cols = [r[1] for r in conn.execute(f"PRAGMA src.table_info({table})") if r[1] != "filters"]
            names = ", ".join(cols)
            if table == "comments":
                conn.execute(
                    f"INSERT INTO main.comments({names}, content_hash) "
                    f"SELECT {names}, record_hash(author, posted, text, moderated) FROM src.comments ORDER BY id"
                )
            else:
                conn.execute(f"INSERT INTO main.{table}({names}) SELECT {names} FROM src.{table}")
        conn.execute("COMMIT")
        conn.execute("DETACH src")
        assert "content_hash" in {r[1] for r in conn.execute("PRAGMA table_info(comments)")}
    finally:
        conn.close()


def _results(path) -> dict:
    conn = store.connect(path, readonly=True)
    out: dict = {}
    try:
        for scope in ("paragraph", "comment", "quote"):
            filters = FILTERS + (QUOTE_FILTERS if scope == "quote" else ())
            for q in QUERIES:
                for f in filters:
                    for order in ("newest", "oldest", "best"):
                        out[(scope, q, f, order)] = queries.search(conn, scope, q, f, limit=50, order=order)
                    # migration 7's filter tokens count in bm25's length of every row, so close
                    # scores may swap places: best-match order finds the same results (all of them)
                    best = queries.search(conn, scope, q, f, limit=1000, order="best")
                    out[(scope, q, f, "best")] = sorted(best, key=lambda r: r["id"])
                    out[(scope, q, f, "count")] = queries.search_count(conn, scope, q, f)
            if scope == "quote":
                for f in QUOTE_FILTERS:  # browsing quotes by speaker or organisation, no words
                    out[(scope, "", f, "newest")] = queries.search(conn, scope, "", f, limit=50)
        themes = tuple(queries.themes_in_store(conn))
        out["themes"] = themes
        for theme in themes:
            for unit_type in ("comment", "quote"):
                out[("representative", theme, unit_type)] = queries.representative_units(
                    conn, (theme,), unit_type, limit=10
                )
            out[("timeline", theme)] = queries.theme_timeline(conn, (theme,))
            out[("cooccurring", theme)] = queries.cooccurring_themes(conn, (theme,))
            out[("texts", theme)] = queries.theme_texts(conn, (theme,))
        out["tags"] = [
            tuple(r)
            for r in conn.execute(
                "SELECT unit_type, unit_id, article_id, theme, score FROM annotation_themes "
                "ORDER BY unit_type, unit_id, theme"
            )
        ]
        out["comments"] = [
            tuple(r)
            for r in conn.execute(
                "SELECT id, article_id, position, key, external_id, parent_id, author, posted, text, moderated, "
                "first_seen FROM comments ORDER BY id"
            )
        ]
        out["annotations"] = [tuple(r) for r in conn.execute("SELECT * FROM annotations ORDER BY unit_type, unit_id")]
        out["rollup"] = [tuple(r) for r in conn.execute("SELECT * FROM annotation_rollup ORDER BY 1, 2, 3, 4")]
        # the digest that decides whether a thread needs analysing again must not change
        out["digests"] = [store.comments_digest(conn, a) for (a,) in conn.execute("SELECT id FROM articles")]
    finally:
        conn.close()
    return out


def _main_digests(path) -> list[str]:
    """Each thread's digest as main's code computed it, from the stored content_hash column."""
    conn = sqlite3.connect(path)
    try:
        ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
        return [
            content_hash(
                *[
                    f"{k}={h}"
                    for k, h in conn.execute(
                        "SELECT key, content_hash FROM comments WHERE article_id = ? ORDER BY key", (a,)
                    )
                ]
            )
            for a in ids
        ]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    monkeypatch = pytest.MonkeyPatch()
    folder = tmp_path_factory.mktemp("lean")
    old, fresh = folder / "v5.db", folder / "latest.db"
    try:
        _build(fresh)
        _build_v5(old, fresh, monkeypatch)
        expected = _results(old)
        expected["digests"] = _main_digests(old)
        store.connect(old).close()  # opening read-write migrates it in place
    finally:
        monkeypatch.undo()
    return expected, old, fresh


def test_the_corpus_is_searchable_at_all(stores):
    expected, _, _ = stores
    found = {k: v for k, v in expected.items() if isinstance(k, tuple) and len(k) == 4 and k[3] == "newest" and v}
    scopes = {k[0] for k in found}
    assert scopes == {"paragraph", "comment", "quote"}
    filtered = {k for k in found if k[2] != SearchFilters() and k[2].source != "no-such-source.example"}
    assert any(k[2].theme for k in filtered) and any(k[2].sentiment for k in filtered)
    assert any(k[2].start for k in filtered) and any(k[2].speaker or k[2].org for k in filtered)
    assert any(k[1].startswith('"') for k in found) and any(" AND " in k[1] for k in found)
    assert len(expected["tags"]) > ARTICLES and len(expected["comments"]) == COMMENTS
    by_theme = [k for k in found if k[0] == "paragraph" and (k[2].theme or k[2].sentiment)]
    assert by_theme, "paragraph searches filtered by theme or sentiment (through sentences) find something"


def test_a_version_5_store_migrates_in_place_and_keeps_every_result(stores):
    expected, old, _ = stores
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(sqlite_backend.MIGRATIONS)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'annotation_themes'").fetchone()[0]
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert "WITHOUT ROWID" in sql
    assert not indexes & {"annotation_themes_theme", "comments_posted", "comments_author"}
    conn = sqlite3.connect(old)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(comments)")}
    conn.close()
    assert "content_hash" not in columns
    assert {"annotation_themes_theme_article", "annotation_themes_score"} <= indexes
    assert _results(old) == expected


def test_a_store_built_at_the_latest_version_gives_the_same_results(stores):
    expected, _, fresh = stores
    assert _results(fresh) == expected


def test_deleting_an_article_still_removes_its_theme_tags(stores, tmp_path):
    _, _, fresh = stores
    path = tmp_path / "copy.db"
    src = sqlite3.connect(fresh)
    dst = sqlite3.connect(path)
    src.backup(dst)
    src.close()
    dst.close()
    conn = store.connect(path)
    try:
        article = conn.execute("SELECT article_id FROM annotation_themes LIMIT 1").fetchone()[0]
        conn.execute("DELETE FROM articles WHERE id = ?", (article,))
        assert (
            conn.execute("SELECT count(*) FROM annotation_themes WHERE article_id = ?", (article,)).fetchone()[0] == 0
        )
        assert conn.execute("SELECT count(*) FROM annotation_themes").fetchone()[0] > 0
    finally:
        conn.close()


#: date windows, narrow and wide, alone and with every other filter (issue 18: a search filtered
#: by dates may be driven from the window instead of from the full-text match)
WINDOW_FILTERS = (
    SearchFilters(start="2020-04-01", end="2020-04-30"),
    SearchFilters(start="2019-01-01", end="2019-06-30", sentiment="negative"),
    SearchFilters(start="2018-01-01", end="2021-12-31", theme="workforce_supply"),
    SearchFilters(start="2024-06-01"),
    SearchFilters(end="2016-12-31"),
    SearchFilters(start="2017-01-01", end="2017-12-31", source=scale_corpus.SOURCE),
    SearchFilters(start="2021-01-01", end="2020-01-01"),  # an empty window
)


def _window_results(path, monkeypatch, force: bool | None) -> dict:
    """Every search kind with a date window, the plan forced (True: from the window, False: from
    the full-text match) or chosen by the store (None); with how often the window plan was taken."""
    chosen = []
    real = sqlite_backend.SQLiteBackend.fts_window_first

    def choose(self, *args):
        pick = real(self, *args) if force is None else force
        chosen.append(pick)
        return pick

    out: dict = {}
    with monkeypatch.context() as m:
        m.setattr(sqlite_backend.SQLiteBackend, "fts_window_first", choose)
        # the window plan serves stores without filter tokens (migration 7), which the app reads as they are
        m.setattr(queries, "has_filter_tokens", lambda conn: False)
        conn = store.connect(path, readonly=True)
        try:
            for scope in ("paragraph", "comment", "quote"):
                extra = (SearchFilters(start="2018-01-01", speaker="Dr"),) if scope == "quote" else ()
                for q in QUERIES:
                    for f in WINDOW_FILTERS + extra:
                        for order in ("newest", "oldest", "best"):
                            out[(scope, q, f, order)] = queries.search(conn, scope, q, f, limit=50, order=order)
                        out[(scope, q, f, "count")] = queries.search_count(conn, scope, q, f)
                        out[(scope, q, f, "page 2")] = queries.search(conn, scope, q, f, limit=5, offset=5)
        finally:
            conn.close()
    return out | {"window plan taken": sum(chosen)}


def test_a_search_driven_from_its_date_window_finds_the_same_results(stores, monkeypatch):
    _, _, fresh = stores
    by_match = _window_results(fresh, monkeypatch, False)
    by_window = _window_results(fresh, monkeypatch, True)
    chosen = _window_results(fresh, monkeypatch, None)
    assert by_window.pop("window plan taken") > 0 and by_match.pop("window plan taken") == 0
    assert 0 < chosen.pop("window plan taken")
    assert by_window == by_match
    assert chosen == by_match
    found = [k for k, v in by_match.items() if v and k[3] == "newest"]
    assert {k[0] for k in found} == {"paragraph", "comment", "quote"}
    assert any(k[2].end and k[2].start and k[2].end < "2020-05" and k[2].start > "2020" for k in found)


def test_the_store_drives_a_narrow_window_from_the_window_and_a_wide_one_from_the_match(stores):
    _, _, fresh = stores
    conn = store.connect(fresh, readonly=True)
    try:
        backend = sqlite_backend.SQLITE
        q = backend.fts_query("comments", "practice OR partners OR GP*")
        assert backend.fts_window_first(conn, "comments", q, "2020-04-01", "2020-05-01")
        assert not backend.fts_window_first(conn, "comments", q, "2010-01-01", None)
        assert not backend.fts_window_first(conn, "comments", backend.fts_query("comments", "zzzz"), "2020-04-01", None)
        assert not backend.fts_window_first(conn, "comments", q, None, None)
    finally:
        conn.close()
