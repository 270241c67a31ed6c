"""Migrations 6 and 7 (a leaner store, issue 18) change where the bytes are, never what a search finds.

How the comparison is made: a small scale corpus (benchmarks.scale_corpus, composed from the sample
site's original phrase material) is written by the bulk writer into a store at the latest version,
and the same rows are copied into a store at schema version 5 (the schema of main before this
change: only the first five migrations, its own triggers filling its FTS5 indexes and rollups, and
comments with the content_hash column it had).  Every search kind is run on the version 5 store
with this code's queries (which this change did not edit) to record the expected results.  Then
(a) that store is migrated in place to the latest version and (b) the fresh latest store is read;
both must give identical results for every search and theme read, and the migrated store must keep
every row and give the same thread digests (so nothing is analysed again after the upgrade).

The same is done from a store at schema version 6 (the schema of main before migration 7: annotation
scores as JSON objects), and for the app's other reads (rollups, timelines, the labelling queue, an
article's page) and the export, which must be identical on the old, the migrated and the new store.

And from a store at schema version 8 (main before migration 9: annotations with their primary-key
index, a score index over every theme tag): the same results, rows, rowids and filter tokens after
migrating in place, one annotation a unit still enforced, and a file that does not grow.

And from a store at schema version 9 (main before migration 10: the annotations' unit types, sentiments,
themes and model versions as text in every row): the same results read on it before the migration (the
app reads older stores without migrating them), after it in place and on a new store; the views of
migration 10 reading exactly the rows the tables held; and new words written through them coded and found.
"""

from __future__ import annotations

import io
import json
import sqlite3

import pytest

from benchmarks import scale_corpus
from corpora import analysis_store, export, queries, scores, sqlite_backend, sqlite_schema, store
from corpora.queries import SearchFilters
from corpora.records import content_hash
from tests.scale_stores import copy_store, load_scale_corpus

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
        load_scale_corpus(conn, ARTICLES, COMMENTS, SEED)
        # the scale corpus has no sentences: give each paragraph one, annotated like its article
        # (a third of them positive), so paragraph searches filtered by theme or sentiment find some
        conn.execute("BEGIN")
        conn.execute(
            'INSERT INTO sentences(article_id, paragraph_id, position, start, "end", text) '
            "SELECT article_id, id, 0, 0, length(text), text FROM paragraphs ORDER BY id"
        )
        # and the first sentence of every tenth comment, and a few rows whose text is not the slice their
        # offsets name (as a store may hold: migration 11 keeps their own text)
        conn.execute(
            'INSERT INTO sentences(article_id, comment_id, position, start, "end", text) '
            "SELECT article_id, id, 0, 0, instr(text || '.', '.'), substr(text, 1, instr(text || '.', '.')) "
            "FROM comments WHERE id % 10 = 0 ORDER BY id"
        )
        conn.execute(
            'INSERT INTO sentences(article_id, paragraph_id, position, start, "end", text) '
            "SELECT article_id, id, 1, 0, 4, 'Not the slice' FROM paragraphs WHERE id % 50 = 0 ORDER BY id"
        )
        conn.execute(
            'INSERT INTO quotes(article_id, paragraph_id, position, start, "end", text, speaker, speaker_name, '
            "speaker_role, speaker_org, cue, fragment) SELECT article_id, id, 99, NULL, NULL, 'A quote with no "
            "offsets', 'the chair', NULL, 'chair', 'Tamebridge LMC', 'said', 0 FROM paragraphs WHERE id % 40 = 0"
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


#: an annotation row as every version reads it (from migration 10 ``annotations`` is a view that shows its
#: rows' rowid as a column, so ``rowid, *`` would name it twice)
ANNOTATION_ROW = (
    "rowid, unit_type, unit_id, article_id, model_version, sentiment, sentiment_scores, themes, theme_scores"
)
ANNOTATION_INSERT = f"INSERT INTO annotations({ANNOTATION_ROW.removeprefix('rowid, ')}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"

#: the rows of a store, in an order that keeps foreign keys satisfied
TABLES = ("sources", "articles", "paragraphs", "comments", "sentences", "quotes", "annotations", "annotation_themes")


def _build_old(path, source, version, monkeypatch) -> None:
    """The same rows in a store at schema ``version`` (5, 6 or 8), as main's code stored them then:
    only the first ``version`` migrations, every row copied from ``source`` (so that version's
    triggers fill its FTS5 indexes, rollups, comment counts and filter tokens), annotation scores as
    JSON objects before version 7 (packed, with their rowids, from it on), and at version 5 comments with the ``content_hash`` column it had (``CommentRecord.hash``:
    sha256 of author, posted, text and moderated)."""
    with monkeypatch.context() as m:
        m.setattr(sqlite_backend, "MIGRATIONS", sqlite_backend.MIGRATIONS[:version])
        store.connect(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        conn.create_function("record_hash", 4, lambda a, p, t, mod: content_hash(a, p, t, bool(mod)))
        conn.create_function("json_sentiment", 1, lambda t: _json(scores.unpack_sentiment_scores(t)))
        conn.create_function("json_themes", 2, lambda t, th: _json(scores.unpack_theme_scores(t, json.loads(th))))
        conn.execute("ATTACH ? AS src", (str(source),))
        conn.execute("BEGIN")
        for table in TABLES:
            # not the filter tokens of migration 8: version 5 had no such column
            cols = [r[1] for r in conn.execute(f"PRAGMA src.table_info({table})") if r[1] not in ("filters", "rowid")]
            names = ", ".join(cols)
            if table == "comments" and version == 5:
                conn.execute(
                    f"INSERT INTO main.comments({names}, content_hash) "
                    f"SELECT {names}, record_hash(author, posted, text, moderated) FROM src.comments ORDER BY id"
                )
            elif table == "annotations" and version >= 7:  # stored packed from migration 7 on
                conn.execute(f"INSERT INTO main.annotations(rowid, {names}) SELECT rowid, {names} FROM src.annotations")
            elif table == "annotations":
                picked = names.replace("sentiment_scores", "json_sentiment(sentiment_scores)").replace(
                    "theme_scores", "json_themes(theme_scores, themes)"
                )
                conn.execute(f"INSERT INTO main.annotations({names}) SELECT {picked} FROM src.annotations")
            else:
                conn.execute(f"INSERT INTO main.{table}({names}) SELECT {names} FROM src.{table}")
        conn.execute("COMMIT")
        conn.execute("DETACH src")
        columns = {r[1] for r in conn.execute("PRAGMA table_info(comments)")}
        assert ("content_hash" in columns) == (version == 5)
        if version < 7:
            json_scores = "SELECT count(*) FROM annotations WHERE sentiment_scores NOT LIKE '{%'"
            assert conn.execute(json_scores).fetchone()[0] == 0
    finally:
        conn.close()


def _json(value) -> str:
    return json.dumps(value, separators=(",", ":"))


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
                    # migration 8's filter tokens count in bm25's length of every row, so close
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
        # several themes at once, in a window of dates, and a window of units that cuts the tags short
        out[("cooccurring", themes[:2])] = queries.cooccurring_themes(conn, themes[:2])
        out[("cooccurring", themes[:2], "2019")] = queries.cooccurring_themes(
            conn, themes[:2], "2019-03-15", "2020-02-10", window=7
        )
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
        # annotation scores as the code reads them back (stored packed from migration 7 on)
        out["annotations"] = [
            analysis_store.annotation(conn, t, i)
            for t, i in conn.execute("SELECT unit_type, unit_id FROM annotations ORDER BY unit_type, unit_id")
        ]
        out["rollup"] = [tuple(r) for r in conn.execute("SELECT * FROM annotation_rollup ORDER BY 1, 2, 3, 4")]
        out["month rollup"] = [
            tuple(r) for r in conn.execute("SELECT * FROM annotation_rollup_month ORDER BY 1, 2, 3, 4")
        ]
        # the app's other pages: overview, themes, threads, speakers, articles, labelling queue
        out["summary"] = queries.corpus_summary(conn)
        out["voice months"] = queries.voice_month_sentiment(conn)
        out["voice months 2019"] = queries.voice_month_sentiment(conn, "2019-03-15", "2020-02-10")
        out["by voice"] = queries.sentiment_by_voice(conn)
        out["prevalence"] = queries.theme_prevalence_by_month(conn)
        out["article months"] = queries.article_theme_months(conn)
        out["threads"] = queries.thread_stats(conn)
        out["discussed"] = queries.most_discussed(conn)
        out["options"] = queries.filter_options(conn)
        out["speakers"] = queries.speakers(conn, limit=500)
        for theme in themes:
            out[("theme months", theme)] = queries.theme_month_sentiment(conn, (theme,))
            out[("compare", theme)] = queries.compare_counts(conn, (theme,))
        first_articles = [a for (a,) in conn.execute("SELECT id FROM articles ORDER BY id LIMIT 8")]
        for a in first_articles:
            out[("article", a)] = queries.article(conn, a)
            out[("thread", a)] = queries.article_comments(conn, a)
        out["to label"] = queries.units_to_label(conn, limit=30)
        out["to label, skipping"] = queries.units_to_label(conn, skip=(("comment", 1), ("quote", 2)), limit=10)
        for fmt in ("jsonl", "csv"):
            buf = io.StringIO()
            export.export(conn, fmt, buf)
            out[("export", fmt)] = buf.getvalue()
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
        _build_old(old, fresh, 5, monkeypatch)
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
    co = [v for k, v in expected.items() if isinstance(k, tuple) and k[0] == "cooccurring"]
    assert all(co) and len(co) == len(expected["themes"]) + 2, "every co-occurrence read finds other themes"
    windowed = sum(r["units"] for r in expected[("cooccurring", expected["themes"][:2], "2019")])
    assert 0 < windowed < sum(r["units"] for r in expected[("cooccurring", expected["themes"][:2])])


def test_a_version_5_store_migrates_in_place_and_keeps_every_result(stores):
    expected, old, _ = stores
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(sqlite_backend.MIGRATIONS)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'annotation_theme_rows'").fetchone()[0]
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


@pytest.fixture(scope="module")
def v6(stores, tmp_path_factory):
    """The corpus in a store at schema version 6, its results read before it is migrated in place."""
    _, _, fresh = stores
    path = tmp_path_factory.mktemp("lean6") / "v6.db"
    monkeypatch = pytest.MonkeyPatch()
    try:
        _build_old(path, fresh, 6, monkeypatch)
        before = _results(path)
        conn = sqlite3.connect(path)
        sizes = dict(conn.execute("SELECT name, sum(payload) FROM dbstat GROUP BY name").fetchall())
        conn.close()
        store.connect(path).close()  # opening read-write migrates it in place
    finally:
        monkeypatch.undo()
    return before, path, sizes


def test_a_version_6_store_reads_the_same_as_version_5_before_it_migrates(stores, v6):
    expected, _, _ = stores
    before, _, _ = v6
    assert before == expected


def test_a_version_6_store_migrates_in_place_packs_its_scores_and_keeps_every_result(stores, v6):
    expected, _, _ = stores
    _, path, sizes = v6
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(sqlite_backend.MIGRATIONS)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        packed = conn.execute(
            "SELECT count(*), sum(sentiment_scores LIKE '{%'), sum(theme_scores LIKE '{%') FROM annotations"
        ).fetchone()
        after = dict(conn.execute("SELECT name, sum(payload) FROM dbstat GROUP BY name").fetchall())
        by_article = [r[2] for r in conn.execute("PRAGMA index_info(annotation_themes_theme_article)")]
    finally:
        conn.close()
    assert "annotations_voice_article" not in indexes and "annotations_unit_sentiment" in indexes
    assert by_article == ["theme", "unit_type", "article_id", "unit_id"]
    assert after["annotation_themes_theme_article"] < sizes["annotation_themes_theme_article"]
    assert packed[0] > COMMENTS and packed[1:] == (0, 0)  # every score of this corpus packs
    assert after["annotation_rows"] < 0.7 * sizes["annotations"]
    assert _results(path) == expected


#: scores as models write them, the usual keys and others, each read back exactly
ODD_SCORES = [
    ({"negative": 0.8, "neutral": 0.1, "positive": 0.1}, ["funding_pay"], {"funding_pay": 0.9}),
    ({"negative": 1 / 3, "neutral": 0.2222, "positive": 0.4444}, ["a", "b"], {"a": 2 / 3, "b": 0.51}),
    ({"positive": 0.5, "negative": 0.25, "neutral": 0.25}, ["b", "a"], {"a": 0.6, "b": 0.7}),  # another key order
    ({"very negative": 0.1, "negative": 0.2, "neutral": 0.3, "positive": 0.2, "very positive": 0.2}, [], {}),
    ({}, ["staff_manner"], {"staff_manner": 0.75, "waiting, delays": 0.25}),  # themes only, whole codebook
    ({"negative": 1.0, "neutral": 0.0, "positive": 0.0}, ["x"], {"x": 1}),  # an int is kept an int
    ({"negative": 1e-05, "neutral": 0.49999, "positive": 0.5}, ["x,y"], {"x,y": 0.5}),
]


@pytest.mark.parametrize("sentiment_scores, themes, theme_scores", ODD_SCORES)
def test_scores_are_read_back_exactly_packed_or_not(sentiment_scores, themes, theme_scores, tmp_path):
    conn = store.connect(tmp_path / "keys.db")
    try:
        lists = scores.KeyLists(conn)
        for key_id, compact in ((None, False), (lists.key_id, False), (None, True), (lists.key_id, True)):
            packed_s = scores.pack_sentiment_scores(sentiment_scores, key_id, compact=compact)
            packed_t = scores.pack_theme_scores(theme_scores, themes, key_id, compact=compact)
            if compact:  # never longer than the decimal form
                assert len(packed_s) <= len(scores.pack_sentiment_scores(sentiment_scores, key_id))
                assert len(packed_t) <= len(scores.pack_theme_scores(theme_scores, themes, key_id))
            keys_of = scores.KeyLists(conn).keys_of  # read back from the store, not from the writer's cache
            back_s = scores.unpack_sentiment_scores(packed_s, keys_of)
            back_t = scores.unpack_theme_scores(packed_t, themes, keys_of)
            assert back_s == sentiment_scores and list(back_s) == list(sentiment_scores)
            assert back_t == theme_scores and list(back_t) == list(theme_scores)
            assert [type(v) for v in back_t.values()] == [type(v) for v in theme_scores.values()]
            usual = tuple(sentiment_scores) == ("negative", "neutral", "positive")
            assert packed_s.startswith("{") == (not sentiment_scores or (not usual and key_id is None))
            assert packed_s.startswith("#") == (bool(sentiment_scores) and not usual and key_id is not None)
            assert ("~" in packed_s) <= compact and ("~" in packed_t) <= compact
            if not packed_s.startswith("{"):
                assert len(packed_s) < len(json.dumps(sentiment_scores, separators=(",", ":")))
    finally:
        conn.close()


def test_compact_scores_hold_four_places_in_a_third_of_the_text():
    """A whole codebook's nine probabilities rounded to four places, as the classifier writes them: the
    compact form (migration 11) reads back exactly in under half the characters of the decimal one."""
    codebook = ("a", "b", "c", "d", "e", "f", "g", "h", "i")
    probabilities = dict(zip(codebook, (0.0009, 0.0031, 0.0119, 0.0125, 0.9845, 0.0178, 0.0405, 0.0415, 1.0)))
    decimal = scores.pack_theme_scores(probabilities, ["e"], lambda keys: 7)
    compact = scores.pack_theme_scores(probabilities, ["e"], lambda keys: 7, compact=True)
    assert decimal.startswith("#7:") and compact.startswith("#7~") and len(compact) < 0.5 * len(decimal)
    back = scores.unpack_theme_scores(compact, ["e"], lambda i: codebook)
    assert back == probabilities and list(back) == list(codebook)
    # a value with more places than the compact form holds keeps the decimal form, exactly
    finer = {"negative": 0.12345, "neutral": 0.5, "positive": 0.37655}
    assert scores.pack_sentiment_scores(finer, compact=True) == "0.12345,0.5,0.37655"


def test_packed_scores_that_do_not_fit_their_keys_are_refused():
    with pytest.raises(ValueError, match="do not match"):
        scores.unpack_theme_scores("0.9,0.8", ["only_one"])
    with pytest.raises(ValueError, match="do not match"):
        scores.unpack_theme_scores("~QB_oA-gD", ["only_one"])  # three compact values
    with pytest.raises(ValueError, match="not compact values"):
        scores.unpack_theme_scores("~Q", ["only_one"])
    with pytest.raises(ValueError, match="no store"):
        scores.unpack_theme_scores("#1:0.9", ["only_one"])


def test_migration_7_packs_what_reads_back_the_same_and_leaves_the_rest_json(tmp_path):
    path = tmp_path / "odd.db"
    monkeypatch = pytest.MonkeyPatch()
    try:
        monkeypatch.setattr(sqlite_backend, "MIGRATIONS", sqlite_backend.MIGRATIONS[:6])
        conn = store.connect(path)
        store.upsert_article(
            conn,
            next(iter(scale_corpus.generate(1, len(ODD_SCORES), 3))).record,
            fetched="2026-11-01T00:00:00+00:00",
        )
        ids = [i for (i,) in conn.execute("SELECT id FROM comments ORDER BY id")]
        conn.executemany(
            "INSERT INTO annotations(unit_type, unit_id, article_id, model_version, sentiment, sentiment_scores, "
            "themes, theme_scores) VALUES ('comment', ?, 1, 'm', 'neutral', ?, ?, ?)",
            [(i, _json(s), _json(th), _json(ts)) for i, (s, th, ts) in zip(ids, ODD_SCORES)],
        )
        conn.close()
    finally:
        monkeypatch.undo()
    conn = store.connect(path)
    try:
        assert queries.has_version(conn, 7)
        for i, (s, th, ts) in zip(ids, ODD_SCORES):
            got = analysis_store.annotation(conn, "comment", i)
            assert (got["sentiment_scores"], got["themes"], got["theme_scores"]) == (s, th, ts)
            assert list(got["sentiment_scores"]) == list(s) and list(got["theme_scores"]) == list(ts)
        stored = [
            tuple(r) for r in conn.execute("SELECT sentiment_scores, theme_scores FROM annotations ORDER BY unit_id")
        ]
        key_lists = [r[0] for r in conn.execute("SELECT keys FROM score_keys ORDER BY id")]
    finally:
        conn.close()
    assert [tuple(r) for r in stored[:1]] == [("0.8,0.1,0.1", "0.9")]
    assert stored[1][0].startswith("{")  # 1/3 has no short text that reads back the same
    assert stored[2][0].startswith("#") and stored[2][1].startswith("#")  # keys in another order: a key list
    assert stored[3][0].startswith("#") and stored[3][1] == "{}"  # five labels: a key list; no themes
    assert stored[4] == ("{}", f"#{stored[4][1][1]}:0.75,0.25")  # the whole codebook
    assert stored[5][1] == '{"x":1}'  # an int is kept as it was
    assert len(key_lists) == len(set(key_lists)) == 4
    # SQLite spells 1e-05 "1.0e-05": another text, the same number (read back exactly above)
    assert stored[6] == ("1.0e-05,0.49999,0.5", "0.5")


def test_deleting_an_article_still_removes_its_theme_tags(stores, tmp_path):
    _, _, fresh = stores
    path = tmp_path / "copy.db"
    copy_store(fresh, path)
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
        # the window plan serves stores without filter tokens (migration 8), which the app reads as they are
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


def test_annotations_as_the_classifier_writes_them_share_one_key_list_and_read_back_exactly(tmp_path):
    """``gpwatch annotate`` stores every theme of the codebook with its score: the keys are
    stored once, each row keeps the values, and every reader gets the same dicts back."""
    codebook = ("workforce_supply", "funding_pay", "access_continuity", "pensions_tax")
    conn = store.connect(tmp_path / "annotated.db")
    try:
        store.upsert_article(
            conn, next(iter(scale_corpus.generate(1, 6, 11))).record, fetched="2026-11-01T00:00:00+00:00"
        )
        ids = [i for (i,) in conn.execute("SELECT id FROM comments ORDER BY id")]
        written = [
            analysis_store.Annotation(
                "comment",
                i,
                1,
                "negative" if k % 2 else "neutral",
                {"negative": round(0.1 * k + 0.05, 4), "neutral": 0.5, "positive": round(0.45 - 0.1 * k, 4)},
                [codebook[k % 4]],
                {t: round(0.1234 * (j + 1) + 0.01 * k, 4) for j, t in enumerate(codebook)},
            )
            for k, i in enumerate(ids)
        ]
        analysis_store.write_annotations(conn, 1, written, model_version="m1")
        analysis_store.write_annotations(conn, 1, written, model_version="m1")  # again: no second key list
        stored = [tuple(r) for r in conn.execute("SELECT sentiment_scores, theme_scores FROM annotations")]
        key_lists = [tuple(r) for r in conn.execute("SELECT id, keys FROM score_keys")]
        read = [analysis_store.annotation(conn, "comment", i) for i in ids]
        queue = {r["unit_id"]: r for r in queries.units_to_label(conn, limit=len(ids))}
    finally:
        conn.close()
    assert len(ids) == 6 and key_lists == [(1, json.dumps(list(codebook), separators=(",", ":")))]
    # from migration 11 written compact: three and four values of four places in 9 and 12 characters
    # (a negative number, which the sixth has, keeps the decimal form)
    assert [len(s) for s, _ in stored if s.startswith("~")] == [9, 9, 9, 9, 9]
    assert all(s.startswith("~") or (s.count(",") == 2 and not s.startswith(("{", "#"))) for s, _ in stored)
    assert all(t.startswith("#1~") and len(t) == 14 for _, t in stored)
    for a, r in zip(written, read):
        assert (r["sentiment_scores"], r["themes"], r["theme_scores"]) == (a.sentiment_scores, a.themes, a.theme_scores)
        assert list(r["theme_scores"]) == list(codebook)
    assert set(queue) == set(ids)
    for a in written:
        q = queue[a.unit_id]
        assert (q["sentiment_scores"], q["theme_scores"]) == (a.sentiment_scores, a.theme_scores)
        assert q["confidence"] == max(a.sentiment_scores.values())
    ranked = [r["confidence"] for r in queue.values()]
    assert len(set(ranked)) > 1


def test_a_store_from_before_score_keys_gets_json_for_other_keys_and_reads_back(tmp_path, monkeypatch):
    """The app reads and labels old stores without migrating them: scores under keys other than
    the usual ones go in as JSON there, the usual ones packed, and both read back exactly."""
    codebook = {"workforce_supply": 0.8123, "funding_pay": 0.1, "skill_mix": 0.0456}
    usual = {"negative": 0.7, "neutral": 0.2, "positive": 0.1}
    monkeypatch.setattr(sqlite_backend, "MIGRATIONS", sqlite_backend.MIGRATIONS[:6])
    conn = store.connect(tmp_path / "v6.db")
    try:
        store.upsert_article(
            conn, next(iter(scale_corpus.generate(1, 1, 2))).record, fetched="2026-11-01T00:00:00+00:00"
        )
        (comment,) = conn.execute("SELECT id FROM comments").fetchone()
        note = analysis_store.Annotation("comment", comment, 1, "negative", usual, ["workforce_supply"], codebook)
        analysis_store.write_annotations(conn, 1, [note], model_version="m1")
        stored = tuple(conn.execute("SELECT sentiment_scores, theme_scores FROM annotations").fetchone())
        back = analysis_store.annotation(conn, "comment", comment)
        assert store.schema_version(conn) == 6
    finally:
        conn.close()
    assert stored == ("0.7,0.2,0.1", json.dumps(codebook, separators=(",", ":")))
    assert (back["sentiment_scores"], back["theme_scores"]) == (usual, codebook)


def _read_then_migrate(path, fresh, version: int, read_rows):
    """The corpus in a store at schema ``version`` at ``path``: its search and read results, the rows
    ``read_rows(conn)`` gives, every comment's and quote's filter tokens and the pages of each object,
    all read before the store is opened read-write, which migrates it in place."""
    monkeypatch = pytest.MonkeyPatch()
    try:
        _build_old(path, fresh, version, monkeypatch)
        before = _results(path)
        conn = sqlite3.connect(path)
        rows = read_rows(conn)
        filters = conn.execute("SELECT id, filters FROM comments UNION ALL SELECT -id, filters FROM quotes").fetchall()
        sizes = dict(conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
        sizes["file pages"] = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.close()
        store.connect(path).close()  # opening read-write migrates it in place
    finally:
        monkeypatch.undo()
    return before, path, rows, filters, sizes


@pytest.fixture(scope="module")
def v8(stores, tmp_path_factory):
    """The corpus in a store at schema version 8 (main before migration 9: annotations with their
    primary-key index), its results and rows read before it is migrated in place."""
    _, _, fresh = stores
    path = tmp_path_factory.mktemp("lean8") / "v8.db"
    return _read_then_migrate(
        path, fresh, 8, lambda conn: conn.execute(f"SELECT {ANNOTATION_ROW} FROM annotations ORDER BY rowid").fetchall()
    )


def test_a_version_8_store_reads_the_same_as_version_5_before_it_migrates(stores, v8):
    expected, _, _ = stores
    before, _, _, _, sizes = v8
    assert sizes["sqlite_autoindex_annotations_1"] > 0  # version 8 has the primary-key index
    assert before == expected


def test_a_version_8_store_migrates_in_place_without_the_primary_key_index_and_keeps_every_result(stores, v8):
    expected, _, fresh = stores
    _, path, rows, filters, sizes = v8
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(sqlite_backend.MIGRATIONS) >= 9
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        after = dict(conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        # the rebuilt table is written into the pages its dropped indexes freed: the file does not grow
        assert conn.execute("PRAGMA page_count").fetchone()[0] <= sizes["file pages"]
        # the same rows under the same rowids (the labelling queue reads the latest by rowid)
        assert conn.execute(f"SELECT {ANNOTATION_ROW} FROM annotations ORDER BY rowid").fetchall() == rows
        assert (
            conn.execute("SELECT id, filters FROM comments UNION ALL SELECT -id, filters FROM quotes").fetchall()
            == filters
        )
    finally:
        conn.close()
    assert "sqlite_autoindex_annotations_1" not in indexes and "sqlite_autoindex_annotations_1" not in after
    # the score index keeps the comments' and quotes' tags only, and still ranks them
    assert after["annotation_themes_score"] < sizes["annotation_themes_score"]
    assert any(v for k, v in expected.items() if isinstance(k, tuple) and k[0] == "representative")
    assert {"annotations_unit_sentiment", "annotations_article"} <= indexes
    annotation_bytes = sum(v for k, v in after.items() if k.startswith("annotations") or k == "annotation_rows")
    assert annotation_bytes < sum(v for k, v in sizes.items() if "_annotations_" in k or k.startswith("annotations"))
    assert _results(path) == expected
    for db in (path, fresh):
        conn = sqlite3.connect(db)
        names = {
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE tbl_name IN ('annotations', 'annotation_rows')")
        }
        assert "sqlite_autoindex_annotations_1" not in names
        assert {"annotations_rollup_ai", "annotations_filters_au", "annotations_unit_bi"} <= names
        # from migration 10 the score index is on the coded rows, under the same condition in codes, and
        # representative_units's statement for them carries it
        score = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'annotation_themes_score'").fetchone()[0]
        code = "(SELECT c.id FROM annotation_codes c WHERE c.name = '{}')"
        plan = " ".join(
            r[3]
            for r in conn.execute(
                f"EXPLAIN QUERY PLAN SELECT t.unit_id, t.score FROM annotation_theme_rows t "
                f"WHERE t.unit_type = {code.format('quote')} AND t.{sqlite_schema.REPRESENTED_UNITS} "
                f"AND t.theme = {code.format('x')} ORDER BY t.score DESC, t.unit_id DESC LIMIT 5"
            )
        )
        tags = conn.execute(
            "SELECT count(*) FROM annotation_theme_rows INDEXED BY annotation_themes_score "
            f"WHERE theme >= 0 AND {sqlite_schema.REPRESENTED_UNITS}"
        ).fetchone()[0]
        every = conn.execute(
            "SELECT count(*) FROM annotation_themes WHERE unit_type IN ('comment', 'quote')"
        ).fetchone()
        others = conn.execute(
            "SELECT count(*) FROM annotation_themes WHERE unit_type NOT IN ('comment', 'quote')"
        ).fetchone()
        conn.close()
        assert score.endswith(f"WHERE {sqlite_schema.REPRESENTED_UNITS}")
        assert "annotation_themes_score" in plan and "TEMP B-TREE" not in plan
        assert tags == every[0] > 0 and others[0] > 0


@pytest.mark.parametrize("which", ["migrated", "fresh"])
def test_a_unit_still_has_one_annotation_and_the_triggers_still_follow_it(stores, v8, which, tmp_path):
    _, _, fresh = stores
    source = v8[1] if which == "migrated" else fresh
    path = tmp_path / "copy.db"
    copy_store(source, path)
    conn = store.connect(path)
    try:
        unit_id, article_id, sentiment = conn.execute(
            "SELECT unit_id, article_id, sentiment FROM annotations WHERE unit_type = 'comment' ORDER BY rowid LIMIT 1"
        ).fetchone()
        other = conn.execute(
            "SELECT unit_id FROM annotations WHERE unit_type = 'comment' AND unit_id <> ? LIMIT 1", (unit_id,)
        ).fetchone()[0]
        row = conn.execute(
            f"SELECT {ANNOTATION_ROW.removeprefix('rowid, ')} FROM annotations WHERE unit_type = 'comment' AND unit_id = ?",
            (unit_id,),
        ).fetchone()
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE constraint failed: annotations.unit_type"):
            conn.execute(ANNOTATION_INSERT, tuple(row))
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE constraint failed"):
            conn.execute(
                "UPDATE annotations SET unit_id = ? WHERE unit_type = 'comment' AND unit_id = ?", (other, unit_id)
            )
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE constraint failed"):
            conn.execute(
                "UPDATE annotations SET unit_type = 'comment', unit_id = ? WHERE unit_type = 'comment' AND unit_id = ?",
                (other, unit_id),
            )
        # the same unit again, or another unit type with the same id, is no clash
        conn.execute(
            "UPDATE annotations SET unit_id = unit_id, model_version = 'm2' WHERE unit_type = 'comment' AND "
            "unit_id = ?",
            (unit_id,),
        )
        # the rollup and the filter tokens still follow a changed sentiment
        new = "positive" if sentiment != "positive" else "negative"
        count = "SELECT coalesce(sum(n), 0) FROM annotation_rollup WHERE theme = '' AND unit_type = 'comment' AND sentiment = ?"
        before = conn.execute(count, (new,)).fetchone()[0]
        conn.execute("UPDATE annotations SET sentiment = ? WHERE unit_type = 'comment' AND unit_id = ?", (new, unit_id))
        assert conn.execute(count, (new,)).fetchone()[0] == before + 1
        tokens = conn.execute("SELECT filters FROM comments WHERE id = ?", (unit_id,)).fetchone()[0]
        assert tokens.endswith(" n" + new[:4].encode().hex())
        conn.execute("DELETE FROM annotations WHERE unit_type = 'comment' AND unit_id = ?", (unit_id,))
        assert conn.execute("SELECT filters FROM comments WHERE id = ?", (unit_id,)).fetchone()[0].endswith(" n")
        assert conn.execute(count, (new,)).fetchone()[0] == before
        conn.execute(ANNOTATION_INSERT, tuple(row))  # free again
        assert article_id == row["article_id"]
    finally:
        conn.close()
    assert sqlite_backend.SQLITE.integrity_check(path) == "ok"


def test_a_bulk_load_writes_each_unit_row_once_at_its_full_size(tmp_path):
    """The bulk writer computes a unit's filter tokens (migration 8) in its insert, after the
    annotations: no row grows after it is written, so the unit tables' pages are as full as a
    VACUUM leaves them (filling the tokens by an update after the insert left them about 7% bigger)."""
    path, packed = tmp_path / "bulk.db", tmp_path / "vacuumed.db"
    conn = store.connect(path)
    try:
        load_scale_corpus(conn, 300, 3000, SEED)
        for table in ("paragraphs", "comments", "quotes"):
            stale = conn.execute(
                f"SELECT count(*) FROM {table} WHERE filters IS NOT {sqlite_schema.filter_tokens_sql(table, table)}"
            ).fetchone()[0]
            assert stale == 0, f"{table}: tokens are those of the unit's article and annotation"
        assert conn.execute("SELECT count(*) FROM comments WHERE filters LIKE '% n_%'").fetchone()[0] > 2000
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM INTO ?", (str(packed),))
    finally:
        conn.close()
    assert sqlite_backend.SQLITE.integrity_check(path) == "ok"
    sizes = []
    for db in (path, packed):
        c = sqlite3.connect(db)
        sizes.append(dict(c.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()))
        c.close()
    written, vacuumed = sizes
    for table, pages in (("paragraphs", 50), ("comments", 50), ("quote_rows", 10)):  # quotes' rows: no text
        assert vacuumed[table] > pages * 4096
        assert written[table] <= vacuumed[table] * 1.02 + 4096, table


@pytest.fixture(scope="module")
def v9(stores, tmp_path_factory):
    """The corpus in a store at schema version 9 (main before migration 10: unit types, sentiments, themes
    and model versions as text in every annotation, theme tag and rollup row), its results, rows and sizes
    read before it is migrated in place."""
    _, _, fresh = stores
    path = tmp_path_factory.mktemp("lean9") / "v9.db"
    return _read_then_migrate(
        path,
        fresh,
        9,
        lambda conn: {
            table: conn.execute(f"SELECT {columns} FROM {table} ORDER BY {columns}").fetchall()
            for table, columns in CODED_TABLES.items()
        },
    )


#: the tables migration 10 stores coded (views from it on), every column as they read
CODED_TABLES = {
    "annotations": ANNOTATION_ROW,
    "annotation_themes": "unit_type, unit_id, article_id, theme, score",
    "annotation_rollup": "theme, unit_type, day, sentiment, n",
    "annotation_rollup_month": "theme, unit_type, month, sentiment, n",
}


def _annotation_side(sizes: dict) -> int:
    return sum(v for k, v in sizes.items() if k.startswith("annotation") and k != "annotation_codes")


def test_a_version_9_store_reads_the_same_as_version_5_before_it_migrates(stores, v9):
    expected, _, _ = stores
    before, _, _, _, sizes = v9
    assert sizes["annotations"] > 0 and "annotation_rows" not in sizes  # version 9 stores the words
    assert before == expected


def test_a_version_9_store_migrates_in_place_to_codes_and_keeps_every_result(stores, v9):
    expected, _, fresh = stores
    _, path, rows, filters, sizes = v9
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(sqlite_backend.MIGRATIONS) >= 10
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        after = dict(conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        # the coded tables are written into the pages the dropped indexes and tables freed: the file grows
        # by at most the code table, its index and the statistics table (3 pages; a store that has no
        # statistics gets them, a table of one row, for the code table)
        assert conn.execute("PRAGMA page_count").fetchone()[0] <= sizes["file pages"] + 3
        # every view reads exactly the rows the table held, the annotations under the same rowids
        for table, columns in CODED_TABLES.items():
            assert conn.execute(f"SELECT {columns} FROM {table} ORDER BY {columns}").fetchall() == rows[table], table
        assert (
            conn.execute("SELECT id, filters FROM comments UNION ALL SELECT -id, filters FROM quotes").fetchall()
            == filters
        )
        kinds = {
            r[0] for r in conn.execute("SELECT type FROM sqlite_master WHERE name IN (?, ?, ?, ?)", (*CODED_TABLES,))
        }
    finally:
        conn.close()
    assert kinds == {"view"}
    # the annotation side (rows, theme tags, rollups and their indexes) is well under three quarters
    assert _annotation_side(after) < 0.75 * _annotation_side(sizes)
    for name in ("annotations_unit_sentiment", "annotation_themes_theme_article", "annotation_themes_score"):
        assert after[name] < 0.75 * sizes[name], name
    assert _results(path) == expected
    for db in (path, fresh):
        conn = sqlite3.connect(db)
        try:
            # each word stored once, every coded column an integer
            names = [r[0] for r in conn.execute("SELECT name FROM annotation_codes")]
            assert len(names) == len(set(names)) and {"", "comment", "negative", "workforce_supply"} <= set(names)
            assert conn.execute(
                "SELECT DISTINCT typeof(unit_type), typeof(model_version), typeof(sentiment) FROM annotation_rows"
            ).fetchall() == [("integer", "integer", "integer")]
            assert conn.execute(
                "SELECT DISTINCT typeof(unit_type), typeof(theme) FROM annotation_theme_rows"
            ).fetchall() == [("integer", "integer")]
            # every annotation's themes (compact JSON arrays of ASCII ids) are stored as their codes
            assert conn.execute("SELECT count(*) FROM annotation_rows WHERE themes LIKE '[%'").fetchone()[0] == 0
            assert conn.execute("SELECT count(*) FROM annotation_rows WHERE themes LIKE ',%'").fetchone()[0] > COMMENTS
            for table in ("annotation_rollup_rows", "annotation_rollup_month_rows"):
                assert conn.execute(
                    f"SELECT DISTINCT typeof(theme), typeof(unit_type), typeof(sentiment) FROM {table}"
                ).fetchall() == [("integer", "integer", "integer")]
        finally:
            conn.close()


@pytest.mark.parametrize("which", ["migrated", "fresh"])
def test_new_words_written_through_the_views_get_codes_and_the_rollups_and_tokens_follow(stores, v9, which, tmp_path):
    """A model with another sentiment label or theme writes through the views as it wrote into the tables:
    the words get codes, the rollups and filter tokens follow, and the views read back what was written."""
    _, _, fresh = stores
    source = v9[1] if which == "migrated" else fresh
    path = tmp_path / "copy.db"
    copy_store(source, path)
    conn = store.connect(path)
    try:
        unit_id, article_id = (
            conn.execute(
                "SELECT id, article_id FROM comments WHERE id NOT IN "
                "(SELECT unit_id FROM annotations WHERE unit_type = 'comment') LIMIT 1"
            ).fetchone()
            or conn.execute("SELECT id, article_id FROM comments ORDER BY id DESC LIMIT 1").fetchone()
        )
        conn.execute("DELETE FROM annotations WHERE unit_type = 'comment' AND unit_id = ?", (unit_id,))
        conn.execute("DELETE FROM annotation_themes WHERE unit_type = 'comment' AND unit_id = ?", (unit_id,))
        rollup = (
            "SELECT coalesce(sum(n), 0) FROM annotation_rollup WHERE theme = ? AND unit_type = 'comment' "
            "AND sentiment = 'sardonic'"
        )
        assert conn.execute(rollup, ("",)).fetchone()[0] == 0
        row = ("comment", unit_id, article_id, "m-new", "sardonic", "{}", '["gp_estates"]', "{}")
        with store.transaction(conn):
            conn.execute(ANNOTATION_INSERT, row)
            conn.execute(
                "INSERT INTO annotation_themes(unit_type, unit_id, article_id, theme, score) VALUES (?, ?, ?, ?, ?)",
                ("comment", unit_id, article_id, "gp_estates", 0.625),
            )
        columns = ANNOTATION_ROW.removeprefix("rowid, ")
        assert (
            tuple(
                conn.execute(
                    f"SELECT {columns} FROM annotations WHERE unit_type = 'comment' AND unit_id = ?", (unit_id,)
                ).fetchone()
            )
            == row
        )
        assert [
            tuple(r)
            for r in conn.execute(
                "SELECT unit_id, score FROM annotation_themes WHERE theme = 'gp_estates' AND unit_type = 'comment'"
            )
        ] == [(unit_id, 0.625)]
        assert conn.execute(rollup, ("",)).fetchone()[0] == 1
        assert conn.execute(rollup, ("gp_estates",)).fetchone()[0] == 1
        month = conn.execute(
            "SELECT sum(n) FROM annotation_rollup_month WHERE theme = 'gp_estates' AND sentiment = 'sardonic'"
        ).fetchone()[0]
        assert month == 1
        tokens = conn.execute("SELECT filters FROM comments WHERE id = ?", (unit_id,)).fetchone()[0]
        assert tokens.endswith(" n" + b"sard".hex())
        found = queries.search(conn, "comment", "", SearchFilters(sentiment="sardonic", theme="gp_estates"))
        text = conn.execute("SELECT text FROM comments WHERE id = ?", (unit_id,)).fetchone()[0]
        assert [r["text"] for r in found] == [text]
        assert [r["id"] for r in queries.representative_units(conn, ("gp_estates",), "comment")] == [unit_id]
        # an unknown unit type is refused as the table's CHECK refused it
        with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
            conn.execute(ANNOTATION_INSERT, ("paragraph", 1, article_id, "m", "neutral", "{}", "[]", "{}"))
        # re-dating the article moves its counts; deleting the annotation takes them out
        day = conn.execute("SELECT published FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
        conn.execute("UPDATE articles SET published = '2031-05-06T00:00:00' WHERE id = ?", (article_id,))
        assert conn.execute(rollup + " AND day = '2031-05-06'", ("gp_estates",)).fetchone()[0] == 1
        conn.execute("UPDATE articles SET published = ? WHERE id = ?", (day, article_id))
        conn.execute("DELETE FROM annotations WHERE unit_type = 'comment' AND unit_id = ?", (unit_id,))
        assert conn.execute(rollup, ("",)).fetchone()[0] == 0
        assert conn.execute(rollup, ("gp_estates",)).fetchone()[0] == 0
        assert conn.execute("SELECT filters FROM comments WHERE id = ?", (unit_id,)).fetchone()[0].endswith(" n")
    finally:
        conn.close()
    assert sqlite_backend.SQLITE.integrity_check(path) == "ok"


#: themes as a model might write them: compact and coded, empty, with a space, with a non-ASCII id, with
#: an escaped quote, repeated, not an array of strings
ODD_THEMES = [
    ('["workforce_supply","gp_estates"]', True),
    ("[]", True),
    ('["workforce_supply", "gp_estates"]', False),
    ('["accès_aux_soins"]', True),
    ('["say \\"no\\""]', True),
    ('["gp_estates","gp_estates"]', True),
    ("[1,2]", False),
]


@pytest.mark.parametrize("themes, coded", ODD_THEMES)
def test_an_annotations_themes_read_back_exactly_stored_as_codes_or_as_json(stores, themes, coded, tmp_path):
    """Migration 10 stores an annotation's themes as codes when that reads back the same text, else as
    the JSON itself; either way the view reads back what was written and the rollups count each theme."""
    _, _, fresh = stores
    path = tmp_path / "copy.db"
    copy_store(fresh, path)
    conn = store.connect(path)
    try:
        unit_id, article_id = conn.execute(
            "SELECT unit_id, article_id FROM annotations WHERE unit_type = 'quote' ORDER BY rowid LIMIT 1"
        ).fetchone()
        conn.execute("DELETE FROM annotations WHERE unit_type = 'quote' AND unit_id = ?", (unit_id,))
        count = "SELECT coalesce(sum(n), 0) FROM annotation_rollup WHERE theme = ? AND unit_type = 'quote'"
        ids = [str(t) for t in json.loads(themes)]
        before = {t: conn.execute(count, (t,)).fetchone()[0] for t in ids}
        conn.execute(ANNOTATION_INSERT, ("quote", unit_id, article_id, "m", "neutral", "{}", themes, "{}"))
        read = conn.execute(
            "SELECT themes FROM annotations WHERE unit_type = 'quote' AND unit_id = ?", (unit_id,)
        ).fetchone()[0]
        stored = conn.execute(
            "SELECT themes FROM annotation_rows WHERE unit_type = 2 + 2 AND unit_id = ?", (unit_id,)
        ).fetchone()[0]
        assert read == themes
        assert (not stored.startswith("[")) == coded, stored
        for t in ids:  # as the rollup triggers counted them: each time the id is in the list
            assert conn.execute(count, (t,)).fetchone()[0] == before[t] + ids.count(t), t
        conn.execute("UPDATE articles SET published = '2031-05-06T00:00:00' WHERE id = ?", (article_id,))

        def tagged(t: str) -> int:  # the article's quotes tagged t (a re-dated article's units count once)
            return conn.execute(
                "SELECT count(*) FROM annotations WHERE unit_type = 'quote' AND article_id = ? "
                "AND EXISTS (SELECT 1 FROM json_each(themes) j WHERE CAST(j.value AS TEXT) = ?)",
                (article_id, t),
            ).fetchone()[0]

        day = count + " AND day = '2031-05-06'"
        for t in set(ids):
            assert conn.execute(day, (t,)).fetchone()[0] == tagged(t) >= 1, t
        conn.execute("DELETE FROM annotations WHERE unit_type = 'quote' AND unit_id = ?", (unit_id,))
        for t in set(ids):
            assert conn.execute(day, (t,)).fetchone()[0] == tagged(t), t
    finally:
        conn.close()
    assert sqlite_backend.SQLITE.integrity_check(path) == "ok"


#: the rows of the two tables migration 11 stores as slices (views from it on), every column as they read
SLICE_TABLES = {
    "sentences": 'id, article_id, paragraph_id, comment_id, position, start, "end", text',
    "quotes": 'id, article_id, paragraph_id, position, start, "end", text, speaker, speaker_name, speaker_role, '
    "speaker_org, cue, fragment, filters",
}


@pytest.fixture(scope="module")
def v10(stores, tmp_path_factory):
    """The corpus in a store at schema version 10 (main before migration 11: every sentence's and quote's
    text stored beside its offsets, a quote's speaker fields in every quote), its results, rows and sizes
    read before it is migrated in place."""
    _, _, fresh = stores
    path = tmp_path_factory.mktemp("lean10") / "v10.db"
    return _read_then_migrate(
        path,
        fresh,
        10,
        lambda conn: {t: conn.execute(f"SELECT {c} FROM {t} ORDER BY id").fetchall() for t, c in SLICE_TABLES.items()},
    )


def test_a_version_10_store_migrates_in_place_to_slices_and_keeps_every_result(stores, v10):
    expected, _, fresh = stores
    before, path, rows, filters, sizes = v10
    assert before == expected
    assert sizes["sentences"] > 0 and "sentence_rows" not in sizes  # version 10 stores every text
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(sqlite_backend.MIGRATIONS) >= 11
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        after = dict(conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
        for table, columns in SLICE_TABLES.items():  # the views read exactly what the tables held
            assert conn.execute(f"SELECT {columns} FROM {table} ORDER BY id").fetchall() == rows[table], table
        assert (
            conn.execute("SELECT id, filters FROM comments UNION ALL SELECT -id, filters FROM quotes").fetchall()
            == filters
        )
        kinds = {r[0] for r in conn.execute("SELECT type FROM sqlite_master WHERE name IN ('sentences', 'quotes')")}
    finally:
        conn.close()
    assert kinds == {"view"}
    assert _results(path) == expected
    assert sqlite_backend.SQLITE.integrity_check(path) == "ok"  # every FTS5 index agrees with its view
    # the rows without the text they share with their paragraph or comment: well under half the size
    assert after["sentence_rows"] < 0.5 * sizes["sentences"]
    quote_side = after["quote_rows"] + after["speakers"] + after["speakers_name"] + after["speakers_org"]
    assert quote_side + after["quotes_speaker"] < 0.5 * (
        sizes["quotes"] + sizes["quotes_speaker"] + sizes["quotes_org"]
    )
    for db in (path, fresh):
        conn = sqlite3.connect(db)
        try:
            # the slices are stored as NULL, the rows that are not slices keep their own text
            for table, own in (("sentence_rows", "Not the slice"), ("quote_rows", "A quote with no offsets")):
                stored = dict(conn.execute(f"SELECT text IS NULL, count(*) FROM {table} GROUP BY 1").fetchall())
                assert stored[1] > 10 * stored[0] > 0, table
                assert conn.execute(f"SELECT count(*) FROM {table} WHERE text = ?", (own,)).fetchone()[0] > 0
            speakers = conn.execute(
                "SELECT count(*), count(DISTINCT coalesce(speaker, '-') || coalesce(speaker_name, '-') || "
                "coalesce(speaker_role, '-') || coalesce(speaker_org, '-')) FROM speakers"
            ).fetchone()
            quoted = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
            assert speakers[0] == speakers[1] and quoted > 5 * speakers[0]  # each speaker stored once
        finally:
            conn.close()


def _fts_count(conn, table: str, words: str) -> int:
    return conn.execute(f"SELECT count(*) FROM {table}_fts WHERE {table}_fts MATCH ?", (words,)).fetchone()[0]


@pytest.mark.parametrize("which", ["migrated", "fresh"])
def test_slices_follow_their_paragraphs_and_comments_and_the_indexes_follow_them(stores, v10, which, tmp_path):
    """A sentence or quote stored as a slice reads its text from its paragraph or comment: a paragraph or
    comment whose text changes gives its slices a copy of the old text first, one that goes takes its
    slices with it, and through all of it every full-text index agrees with what its view reads."""
    _, _, fresh = stores
    path = tmp_path / "copy.db"
    copy_store(v10[1] if which == "migrated" else fresh, path)
    conn = store.connect(path)
    try:
        pid, article_id = conn.execute(
            "SELECT paragraph_id, article_id FROM quote_rows WHERE text IS NULL ORDER BY id LIMIT 1"
        ).fetchone()
        quotes_before = conn.execute("SELECT * FROM quotes WHERE paragraph_id = ? ORDER BY id", (pid,)).fetchall()
        sentences_before = conn.execute("SELECT * FROM sentences WHERE paragraph_id = ?", (pid,)).fetchall()
        assert quotes_before and sentences_before
        conn.execute("UPDATE paragraphs SET text = 'Zanzibar quokka.' WHERE id = ?", (pid,))
        assert (
            conn.execute("SELECT * FROM quotes WHERE paragraph_id = ? ORDER BY id", (pid,)).fetchall() == quotes_before
        )
        assert conn.execute("SELECT * FROM sentences WHERE paragraph_id = ?", (pid,)).fetchall() == sentences_before
        assert _fts_count(conn, "paragraphs", "quokka") == 1 and _fts_count(conn, "sentences", "quokka") == 0
        # a comment edited in place: its sentences keep the text they were cut from
        cid = conn.execute("SELECT comment_id FROM sentence_rows WHERE comment_id IS NOT NULL LIMIT 1").fetchone()[0]
        cut = conn.execute("SELECT text FROM sentences WHERE comment_id = ?", (cid,)).fetchall()
        conn.execute("UPDATE comments SET text = 'Wombat.' WHERE id = ?", (cid,))
        assert conn.execute("SELECT text FROM sentences WHERE comment_id = ?", (cid,)).fetchall() == cut
        assert _fts_count(conn, "sentences", "wombat") == 0 and _fts_count(conn, "comments", "wombat") == 1
        # written through the views: a slice is stored as NULL and read back; a new speaker is added once
        text = conn.execute("SELECT text FROM paragraphs WHERE id = ?", (pid,)).fetchone()[0]
        insert = (
            'INSERT INTO quotes(article_id, paragraph_id, position, start, "end", text, speaker, speaker_name, '
            "speaker_role, speaker_org, cue) VALUES (?, ?, ?, 0, 8, ?, 'Ms Quill', 'Ms Quill', 'GP', 'Nowhere PCN', 'said')"
        )
        speakers = conn.execute("SELECT count(*) FROM speakers").fetchone()[0]
        conn.execute(insert, (article_id, pid, 50, text[:8]))
        conn.execute(insert, (article_id, pid, 51, "Zanzibar"))
        assert conn.execute("SELECT count(*) FROM speakers").fetchone()[0] == speakers + 1
        stored = conn.execute("SELECT text IS NULL FROM quote_rows WHERE position IN (50, 51)").fetchall()
        assert [tuple(r) for r in stored] == [(1,), (1,)]
        assert tuple(conn.execute("SELECT text, speaker_org FROM quotes WHERE position = 50").fetchone()) == (
            "Zanzibar",
            "Nowhere PCN",
        )
        assert _fts_count(conn, "quotes", "zanzibar") == 2 and _fts_count(conn, "quotes", "speaker : quill") == 2
        found = queries.search(conn, "quote", "zanzibar", SearchFilters(org="Nowhere PCN"), limit=10)
        assert [r["text"] for r in found] and all(r["text"] == "Zanzibar" for r in found)
        conn.execute("UPDATE quotes SET speaker_org = 'Elsewhere PCN' WHERE position = 51 AND paragraph_id = ?", (pid,))
        assert conn.execute("SELECT count(*) FROM speakers").fetchone()[0] == speakers + 2
        assert sqlite_backend.SQLITE.integrity_check(path) == "ok"
        # the article stored again with other paragraphs: its old paragraphs take their slices with them
        conn.execute("DELETE FROM paragraphs WHERE article_id = ?", (article_id,))
        assert conn.execute("SELECT count(*) FROM quotes WHERE article_id = ?", (article_id,)).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM sentences WHERE paragraph_id = ?", (pid,)).fetchone()[0] == 0
        assert _fts_count(conn, "quotes", "zanzibar") == 0
        # and a deleted article takes everything
        other = conn.execute("SELECT article_id FROM quote_rows ORDER BY id DESC LIMIT 1").fetchone()[0]
        conn.execute("DELETE FROM articles WHERE id = ?", (other,))
        for table in ("quotes", "sentences", "quote_rows", "sentence_rows"):
            assert conn.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", (other,)).fetchone()[0] == 0
    finally:
        conn.close()
    assert sqlite_backend.SQLITE.integrity_check(path) == "ok"
