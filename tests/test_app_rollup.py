"""The annotation rollup (schema migration 3) and its sum by month (migration 5) stay equal
to a fresh count of the annotations through every way the store changes them, and the app's
aggregates read from them agree with the same aggregates counted from the annotations."""

from __future__ import annotations

import datetime as dt
import json
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpora import analysis_store as an
from corpora import store
from corpora.records import ArticleRecord, Paragraph
from tests.app_fixture import build_fixture_store


def exact(conn) -> dict:
    counts: dict = {}
    for day, unit_type, sentiment, themes in conn.execute(
        """SELECT coalesce(substr(ar.published, 1, 10), ''), a.unit_type, a.sentiment, a.themes
               FROM annotations a JOIN articles ar ON ar.id = a.article_id"""
    ):
        for theme in {""} | set(json.loads(themes)):
            key = (theme, unit_type, day, sentiment)
            counts[key] = counts.get(key, 0) + 1
    return counts


def rollup(conn) -> dict:
    """The day rollup, after checking that the month rollup (migration 5) is its sum by month."""
    days = {tuple(r[:4]): r[4] for r in conn.execute("SELECT * FROM annotation_rollup WHERE n != 0")}
    by_month: dict = {}
    for (theme, unit_type, day, sentiment), n in days.items():
        key = (theme, unit_type, day[:7], sentiment)
        by_month[key] = by_month.get(key, 0) + n
    months = {tuple(r[:4]): r[4] for r in conn.execute("SELECT * FROM annotation_rollup_month WHERE n != 0")}
    assert months == by_month
    return days


def test_rollup_follows_annotations_units_dates_and_deletions(tmp_path):
    db = tmp_path / "corpus.db"
    facts = build_fixture_store(db)
    conn = store.connect(db)
    assert rollup(conn) == exact(conn) and rollup(conn)[("", "comment", "2019-01-31", "negative")] == 3

    first = facts["articles"]["Practices told to join primary care networks by July"]
    comments = an.units_for_article(conn, first)["comment"]
    an.write_annotations(
        conn,
        first,
        [
            an.Annotation(
                "comment", c["id"], first, "positive", {"positive": 1.0}, ["digital_first"], {"digital_first": 0.9}
            )
            for c in comments
        ],
        model_version="retrained",
    )
    assert rollup(conn) == exact(conn)
    assert ("", "comment", "2019-01-31", "negative") not in rollup(conn)

    second = facts["articles"]["Hubs to offer evening and weekend appointments"]
    an.replace_units(conn, second, [], [], pipeline_version="next")
    assert rollup(conn) == exact(conn)

    store.upsert_article(
        conn,
        ArticleRecord(
            url="https://pulse.example/news/partners-quit",
            source="pulse",
            title="Partners quit as workload soars",
            published="2021-05-05",
            comments_declared=5,
            paragraphs=[Paragraph("Redated.")],
        ),
    )
    assert rollup(conn) == exact(conn)
    assert any(key[2] == "2021-05-05" for key in rollup(conn))

    with store.transaction(conn):
        conn.execute("DELETE FROM articles WHERE id = ?", (second,))
    assert rollup(conn) == exact(conn)


def test_app_aggregates_agree_with_and_without_the_rollup(tmp_path, monkeypatch):
    from corpora import queries as q

    db = tmp_path / "corpus.db"
    build_fixture_store(db)
    conn = store.connect(db, readonly=True)

    def answers():
        key = lambda r: tuple(sorted(r.items()))  # noqa: E731
        return (
            sorted(map(key, q.voice_month_sentiment(conn))),
            sorted(map(key, q.theme_month_sentiment(conn, ("at_scale_models",)))),
            sorted(map(key, q.theme_prevalence_by_month(conn))),
            sorted(map(key, q.sentiment_by_voice(conn))),
            sorted(map(key, q.voice_month_sentiment(conn, "2019-01-31", "2019-01-31"))),
            sorted(map(key, q.theme_month_sentiment(conn, ("at_scale_models",), "2019-02-01", None))),
            q.thread_stats(conn),
        )

    fast = answers()
    monkeypatch.setattr(q, "has_rollup", lambda conn: False)
    monkeypatch.setattr(q, "has_comment_counts", lambda conn: False)
    assert answers() == fast
    assert all(fast[:4]) and fast[6]["most_discussed"] and fast[6]["coverage"]
    # a period keeps only its own days: the fixture's comments of 31 January 2019, nothing else
    assert {dict(r)["month"] for r in fast[4]} == {"2019-01"}
    assert 0 < sum(dict(r)["n"] for r in fast[4]) < sum(dict(r)["n"] for r in fast[0])


def test_comment_counts_follow_comments_through_new_threads_edits_and_deletions(tmp_path):
    """Schema migration 4: comment_counts equals a fresh count after every kind of change."""
    from corpora.records import CommentRecord

    db = tmp_path / "corpus.db"
    build_fixture_store(db)
    conn = store.connect(db)

    def counted() -> dict:
        return {a: n for a, n in conn.execute("SELECT article_id, n FROM comment_counts WHERE n != 0")}

    def fresh() -> dict:
        return {a: n for a, n in conn.execute("SELECT article_id, count(*) FROM comments GROUP BY article_id")}

    assert counted() == fresh() and sum(fresh().values()) > 5
    record = ArticleRecord(
        url="https://pulse.example/news/new-thread",
        source="pulse",
        title="A new thread",
        published="2024-02-02",
        comments_declared=3,
        paragraphs=[Paragraph("Text.")],
    )
    with store.transaction(conn):
        article = store.upsert_article(conn, record).article_id
        store.add_comments(
            conn,
            article,
            [CommentRecord("First.", "A", "2024-02-02T09:00"), CommentRecord("Second.", "B", "2024-02-02T10:00")],
        )
    assert counted() == fresh() and counted()[article] == 2
    with store.transaction(conn):  # the same thread again, one comment edited: no double counting
        store.add_comments(
            conn,
            article,
            [
                CommentRecord("First, edited.", "A", "2024-02-02T09:00"),
                CommentRecord("Second.", "B", "2024-02-02T10:00"),
            ],
        )
    assert counted()[article] == 2
    with store.transaction(conn):
        conn.execute("DELETE FROM comments WHERE article_id = ? AND author = 'B'", (article,))
    assert counted() == fresh() and counted()[article] == 1
    other = next(a for a in fresh() if a != article)
    with store.transaction(conn):
        conn.execute("UPDATE comments SET article_id = ? WHERE article_id = ?", (other, article))
    assert counted() == fresh() and article not in counted()
    with store.transaction(conn):
        store.delete_article(conn, other)
    assert counted() == fresh()
    assert conn.execute("SELECT count(*) FROM comment_counts WHERE article_id = ?", (other,)).fetchone()[0] == 0


def _rows_key(rows) -> list:
    return sorted(tuple(sorted(r.items())) for r in rows)


@pytest.fixture(scope="module")
def period_db(tmp_path_factory) -> str:
    """The fixture store with its articles spread over days at the edges of months and years."""
    db = tmp_path_factory.mktemp("periods") / "corpus.db"
    build_fixture_store(db)
    conn = store.connect(db)
    days = ["2018-12-31", "2019-01-01", "2019-01-31", "2019-02-01", "2019-02-28", "2019-03-15", "2020-02-29"]
    ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")]
    with store.transaction(conn):
        for i, article_id in enumerate(ids):
            conn.execute("UPDATE articles SET published = ? WHERE id = ?", (days[i % len(days)], article_id))
    conn.close()
    return str(db)


_DAYS = st.dates(min_value=dt.date(2018, 12, 1), max_value=dt.date(2020, 3, 31))


@settings(max_examples=60, deadline=None)
@given(start=st.none() | _DAYS, end=st.none() | _DAYS)
def test_period_sums_from_whole_months_and_edge_days_equal_the_day_rollup(period_db, start, end):
    """Any period, month-aligned or not, inverted or inside one month: the month rollup plus
    the edge days gives exactly what the day rollup alone gives."""
    from corpora import queries as q

    conn = store.connect(period_db, readonly=True)
    s, e = (start.isoformat() if start else None), (end.isoformat() if end else None)

    def answers():
        return (
            _rows_key(q.voice_month_sentiment(conn, s, e)),
            _rows_key(q.theme_month_sentiment(conn, ("at_scale_models",), s, e)),
        )

    fast = answers()
    with mock.patch.object(q, "has_month_rollup", lambda conn: False):
        assert answers() == fast
    if start and end and start <= dt.date(2019, 1, 1) and end >= dt.date(2019, 2, 28):
        assert fast[0], "a period over the fixture's dates has units"
    conn.close()


def test_most_discussed_is_thread_stats_most_discussed(tmp_path):
    from corpora import queries as q

    db = tmp_path / "corpus.db"
    build_fixture_store(db)
    conn = store.connect(db, readonly=True)
    most = q.most_discussed(conn, 3)
    assert most and most == q.thread_stats(conn, 3)["most_discussed"]
    assert [r["comments"] for r in most] == sorted((r["comments"] for r in most), reverse=True)


def test_representative_units_of_several_themes_are_the_best_scores_overall(tmp_path):
    """Merging each theme's own top units gives exactly the top units by best score."""
    from corpora import queries as q

    db = tmp_path / "corpus.db"
    build_fixture_store(db)
    conn = store.connect(db, readonly=True)
    themes = tuple(q.themes_in_store(conn))
    assert len(themes) >= 3
    for unit_type in ("comment", "quote"):
        best: dict = {}
        for unit_id, theme, score in conn.execute(
            "SELECT unit_id, theme, score FROM annotation_themes WHERE unit_type = ?", (unit_type,)
        ):
            if theme in themes[:3]:
                best[unit_id] = max(score, best.get(unit_id, score))
        for limit in (1, 2, 5):
            expected = [u for u, _ in sorted(best.items(), key=lambda item: (-item[1], -item[0]))[:limit]]
            got = q.representative_units(conn, themes[:3], unit_type, limit)
            assert [r["id"] for r in got] == expected
            assert all(r["source"] for r in got)
