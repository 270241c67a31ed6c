"""Every read query of the app, in one place.

Each query is a plain function ``fn(conn, ...)`` over a read-only connection, returning
small lists of dicts (aggregates are computed in SQL, lists are paged; nothing loads a
whole table).  The app's pages call them through :mod:`app.cache`, which keys Streamlit's
``st.cache_data`` on the store's *generation* (see :func:`generation`) so that a refresh
landing in the store invalidates every cached answer, while repeated renders of an
unchanged corpus cost nothing.  The benchmark calls these functions to time them
server-side.

Voices: the app splits the corpus into three voices, each a unit type of the model's
annotations: ``article`` (an article's own text, one annotation per article), ``quote``
(quoted speakers) and ``comment`` (commenters).  Months come from the article's
publication date.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from corpora import organisations, scores
from corpora.backend import Connection, Cursor, backend_of
from corpora.records import SENTIMENTS
from corpora.sqlite_schema import REPRESENTED_UNITS
from corpora.store import schema_version, time_limit

VOICES = {"article": "Article text", "quote": "Quoted speakers", "comment": "Commenters"}
SCOPES = {"quote": "Quotes", "comment": "Comments", "paragraph": "Article text"}
HIGHLIGHT_START, HIGHLIGHT_END = "\x02", "\x03"  # snippet() markers, turned into <mark> after escaping
COUNT_CAP = 1000  # searches count matches up to this, then say "1,000+"
SEARCH_BUDGET_S = 1.0  # a search statement running longer is stopped (store.QueryTimeout)

# --------------------------------------------------------------------------- the store's generation


def generation(conn: Connection, db_path: str | os.PathLike | None = None) -> tuple:
    """A cheap fingerprint that changes whenever the store does.

    The highest row id of every table a writer appends to (``max(id)`` is a single
    b-tree seek; ``annotations`` has no id and is read by the backend's ``row_order``), the
    latest run's state (a refresh finishing), and the backend's change marks for the store at
    ``db_path`` (SQLite: the modification times of the database and its write-ahead log,
    which any commit touches).
    """
    backend = backend_of(conn)
    parts: list[Any] = []
    for table in ("runs", "articles", "paragraphs", "comments", "quotes", "annotations", "labels", "errors"):
        key = backend.row_order if table == "annotations" else "id"
        parts.append(conn.execute(f"SELECT max({key}) FROM {table}").fetchone()[0])
    run = conn.execute("SELECT id, status, finished FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    parts.append(tuple(run) if run else None)
    if db_path is not None:
        parts.extend(backend.change_marks(backend.parse(db_path)))
    return tuple(parts)


def _rows(cursor: Cursor) -> list[dict]:
    return [dict(r) for r in cursor.fetchall()]


def _end_exclusive(day: str | None) -> str | None:
    """``published < next day`` so an end date includes the whole of that day."""
    if not day:
        return None
    return (dt.date.fromisoformat(day[:10]) + dt.timedelta(days=1)).isoformat()


def _period(alias: str, start: str | None, end: str | None, params: list) -> str:
    sql = ""
    if start:
        sql += f" AND {alias}.published >= ?"
        params.append(start[:10])
    if end:
        sql += f" AND {alias}.published < ?"
        params.append(_end_exclusive(end))
    return sql


def _in(values: tuple | list, params: list) -> str:
    params.extend(values)
    return "(" + ",".join("?" * len(values)) + ")"


#: Longest text a "contains" filter (speaker, organisation, title) looks for: SQLite
#: refuses LIKE patterns over 50,000 bytes (a hostile link could set one), and no name
#: or title comes near this.
MAX_CONTAINS = 200


def _contains(text: str) -> str:
    """The LIKE pattern for "contains ``text``", capped at :data:`MAX_CONTAINS` characters."""
    return f"%{text[:MAX_CONTAINS]}%"


def _like(conn: Connection) -> str:
    """The case-insensitive LIKE operator of the connection's backend."""
    return backend_of(conn).like


# --------------------------------------------------------------------------- overview


def corpus_summary(conn: Connection) -> dict:
    """Sizes and date range of the corpus."""
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    return {
        "articles": one("SELECT count(*) FROM articles"),
        "comments": one("SELECT count(*) FROM comments"),
        "quotes": one("SELECT count(*) FROM quotes"),
        "sources": one("SELECT count(*) FROM sources"),
        "first": one("SELECT min(published) FROM articles WHERE published IS NOT NULL"),
        "last": one("SELECT max(published) FROM articles"),
        "annotated_articles": one("SELECT count(*) FROM processing WHERE model_version IS NOT NULL"),
        "labels": one("SELECT count(*) FROM labels"),
    }


def last_refresh(conn: Connection) -> dict | None:
    """The latest collection run (refresh, crawl or ingest), else the latest run of any kind."""
    row = conn.execute("""SELECT * FROM runs WHERE kind IN ('refresh', 'crawl', 'ingest')
                          ORDER BY id DESC LIMIT 1""").fetchone()
    row = row or conn.execute("SELECT * FROM runs ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return None
    run = dict(row)
    run["counts"] = json.loads(run["counts"] or "{}")
    run["errors"] = conn.execute("SELECT count(*) FROM errors WHERE run_id = ?", (run["id"],)).fetchone()[0]
    return run


def has_rollup(conn: Connection) -> bool:
    """Whether the store has the trigger-maintained ``annotation_rollup`` (migration 3); an
    older store (opened read-only, so never migrated by the app) is counted the slow way."""
    return has_version(conn, 3)


def _by_article(conn: Connection) -> str:
    """Read a theme's tags along ``annotation_themes(theme, unit_type, article_id, unit_id)``
    (migration 2; with the score until migration 7), latest articles first, where the planner
    would otherwise take the score index (migration 5) and sort every tag of the theme.  From migration 10
    the theme tags are a view over their coded rows (no index hint on a view), and the planner takes that
    index itself (its first columns are the two codes the statement looks up)."""
    hinted = has_version(conn, 2) and not has_version(conn, 10)
    return backend_of(conn).index_hint("annotation_themes_theme_article") if hinted else ""


def has_version(conn: Connection, version: int) -> bool:
    """Whether the store has had schema migration ``version`` (the app never migrates: an
    older store is read the slower way)."""
    return schema_version(conn) >= version


def has_month_rollup(conn: Connection) -> bool:
    """Whether the store has ``annotation_rollup_month`` (migration 5)."""
    return has_version(conn, 5)


def _month_bounds(start: str | None, end: str | None) -> tuple[str | None, str | None] | None:
    """The first and last whole months inside [start, end] (None: unbounded on that side),
    or None when the period holds no whole month."""
    lo = hi = None
    if start:
        day = dt.date.fromisoformat(start[:10])
        if day.day != 1:
            day = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        lo = day.isoformat()[:7]
    if end:
        day = dt.date.fromisoformat(end[:10])
        if (day + dt.timedelta(days=1)).day != 1:
            day = day.replace(day=1) - dt.timedelta(days=1)
        hi = day.isoformat()[:7]
    if lo and hi and lo > hi:
        return None
    return lo, hi


def rollup_by_month(
    conn: Connection,
    where: str,
    where_params: list,
    start: str | None = None,
    end: str | None = None,
    dated: bool = True,
) -> tuple[str, list]:
    """A subquery of (theme, unit_type, month, sentiment, n) rows of the rollup within
    [start, end] (both days included) and ``where`` (conditions on theme and unit_type),
    with its parameters.

    The whole months of the period come from ``annotation_rollup_month`` (migration 5), the
    days of its edge months from the day rollup: an unbounded period reads a few thousand
    rows whatever the corpus size.  On a store without the month rollup, or with dates that
    are not ISO days, everything comes from the day rollup."""
    params: list = []

    def days(lo: str | None, hi: str | None, hi_open: bool) -> str:
        sql = f"SELECT theme, unit_type, substr(day, 1, 7) AS month, sentiment, n FROM annotation_rollup WHERE {where}"
        params.extend(where_params)
        if dated:
            sql += " AND day <> ''"
        if lo:
            sql += " AND day >= ?"
            params.append(lo)
        if hi:
            sql += f" AND day {'<' if hi_open else '<='} ?"
            params.append(hi)
        return sql

    try:
        months = _month_bounds(start, end) if has_month_rollup(conn) else None
    except ValueError:
        months = None
    start, end = (start[:10] if start else None), (end[:10] if end else None)
    if months is None:
        return days(start, end, False), params
    lo, hi = months
    parts = [f"SELECT theme, unit_type, month, sentiment, n FROM annotation_rollup_month WHERE {where}"]
    params.extend(where_params)
    if dated:
        parts[0] += " AND month <> ''"
    if lo:
        parts[0] += " AND month >= ?"
        params.append(lo)
    if hi:
        parts[0] += " AND month <= ?"
        params.append(hi)
    if start and start < f"{lo}-01":  # the days before the first whole month
        parts.append(days(start, f"{lo}-01", True))
    if end and end[:7] > hi:  # the days after the last whole month
        parts.append(days(f"{end[:7]}-01", end, False))
    return " UNION ALL ".join(parts), params


def voice_month_sentiment(conn: Connection, start: str | None = None, end: str | None = None) -> list[dict]:
    """Annotated units of dated articles per publication month, voice and sentiment within
    [start, end]: the denominators of the theme timelines and the period comparisons.

    Summed in SQL from ``annotation_rollup`` (a range of its primary key); on an older store,
    counted per article along the covering index ``annotations(unit_type, article_id, sentiment)``."""
    params: list = []
    if has_rollup(conn):
        rows, params = rollup_by_month(
            conn, "theme = '' AND unit_type IN ('article', 'quote', 'comment')", [], start, end
        )
        return _rows(
            conn.execute(
                f"""
            SELECT month, unit_type AS voice, sentiment, sum(n) AS n FROM ({rows})
            GROUP BY month, voice, sentiment HAVING sum(n) > 0 ORDER BY voice, month, sentiment""",
                params,
            )
        )
    period = _period("a", start, end, params)
    return _rows(
        conn.execute(
            f"""
        SELECT substr(a.published, 1, 7) AS month, x.voice, x.sentiment, sum(x.n) AS n
        FROM (SELECT unit_type AS voice, article_id, sentiment, count(*) AS n FROM annotations
              WHERE unit_type IN ('article', 'quote', 'comment') GROUP BY unit_type, article_id, sentiment) x
        JOIN articles a ON a.id = x.article_id
        WHERE a.published IS NOT NULL {period}
        GROUP BY month, x.voice, x.sentiment""",
            params,
        )
    )


def theme_month_sentiment(
    conn: Connection, themes: tuple[str, ...], start: str | None = None, end: str | None = None
) -> list[dict]:
    """Units tagged with any of ``themes`` per publication month, voice and sentiment within
    [start, end].

    One theme: summed from ``annotation_rollup``.  Several: counted from the annotations, so
    that a unit tagged with two of them counts once."""
    if not themes:
        return []
    params: list = []
    if len(themes) == 1 and has_rollup(conn):
        rows, params = rollup_by_month(
            conn, "theme = ? AND unit_type IN ('article', 'quote', 'comment')", [themes[0]], start, end
        )
        return _rows(
            conn.execute(
                f"""
            SELECT month, unit_type AS voice, sentiment, sum(n) AS n FROM ({rows})
            GROUP BY month, voice, sentiment HAVING sum(n) > 0 ORDER BY voice, month, sentiment""",
                params,
            )
        )
    theme_in = _in(themes, params)
    period = _period("a", start, end, params)
    distinct = "DISTINCT" if len(themes) > 1 else ""  # one theme: (unit_type, unit_id, theme) is unique
    return _rows(
        conn.execute(
            f"""
        SELECT substr(a.published, 1, 7) AS month, t.unit_type AS voice, an.sentiment, count(*) AS n
        FROM (SELECT {distinct} unit_type, unit_id, article_id FROM annotation_themes
              WHERE theme IN {theme_in} AND unit_type IN ('article', 'quote', 'comment')) t
        JOIN articles a ON a.id = t.article_id
        JOIN annotations an ON an.unit_type = t.unit_type AND an.unit_id = t.unit_id
        WHERE a.published IS NOT NULL {period}
        GROUP BY month, voice, an.sentiment ORDER BY month, voice, an.sentiment""",
            params,
        )
    )


def timeline_from(tagged_rows: list[dict], total_rows: list[dict]) -> list[dict]:
    """Per month and voice: tagged units, their sentiment, all units of the voice, the share
    tagged and the net sentiment (positive minus negative share), from the rows of
    :func:`theme_month_sentiment` and :func:`voice_month_sentiment` for one period."""
    totals: dict[tuple[str, str], int] = {}
    for r in total_rows:
        key = (r["month"], r["voice"])
        totals[key] = totals.get(key, 0) + r["n"]
    tagged: dict[tuple[str, str], dict] = {}
    for r in tagged_rows:
        key = (r["month"], r["voice"])
        row = tagged.setdefault(key, {"month": key[0], "voice": key[1], "tagged": 0, **dict.fromkeys(SENTIMENTS, 0)})
        row["tagged"] += r["n"]
        if r["sentiment"] in SENTIMENTS:
            row[r["sentiment"]] += r["n"]
    out = []
    for key in sorted(tagged):
        row = tagged[key]
        row["total"] = totals.get(key, 0)
        row["share"] = row["tagged"] / row["total"] if row["total"] else 0.0
        row["net_sentiment"] = (row["positive"] - row["negative"]) / row["tagged"] if row["tagged"] else 0.0
        out.append(row)
    return out


def theme_timeline(
    conn: Connection, themes: tuple[str, ...], start: str | None = None, end: str | None = None
) -> list[dict]:
    """Per month and voice: units tagged with any of ``themes`` (with their sentiment) and
    all annotated units of that voice, within [start, end]."""
    if not themes:
        return []
    return timeline_from(
        theme_month_sentiment(conn, tuple(themes), start, end), voice_month_sentiment(conn, start, end)
    )


def sentiment_by_voice(conn: Connection) -> list[dict]:
    """How many units of each voice the model calls negative, neutral, positive (undated
    articles included)."""
    if has_rollup(conn):
        rows, params = rollup_by_month(
            conn, "theme = '' AND unit_type IN ('article', 'quote', 'comment')", [], dated=False
        )
        return _rows(
            conn.execute(
                f"""
            SELECT unit_type AS voice, sentiment, sum(n) AS n FROM ({rows})
            GROUP BY voice, sentiment HAVING sum(n) > 0 ORDER BY voice, sentiment""",
                params,
            )
        )
    return _rows(
        conn.execute("""
        SELECT unit_type AS voice, sentiment, count(*) AS n FROM annotations
        WHERE unit_type IN ('article', 'quote', 'comment') GROUP BY voice, sentiment ORDER BY voice, sentiment""")
    )


def theme_prevalence_by_month(conn: Connection) -> list[dict]:
    """Per month and theme: articles tagged with the theme out of all annotated articles
    published that month (the Themes page splits by voice)."""
    if has_rollup(conn):
        sub, params = rollup_by_month(conn, "unit_type = 'article'", [])
        rows = conn.execute(
            f"SELECT month, theme, sum(n) FROM ({sub}) GROUP BY month, theme ORDER BY month, theme", params
        ).fetchall()
        totals = {m: n for m, theme, n in rows if theme == ""}
        tagged = [{"month": m, "theme": theme, "tagged": n} for m, theme, n in rows if theme and n > 0]
    else:
        tagged = _rows(
            conn.execute("""
            SELECT substr(a.published, 1, 7) AS month, x.theme, sum(x.n) AS tagged
            FROM (SELECT theme, article_id, count(*) AS n FROM annotation_themes
                  WHERE unit_type = 'article' GROUP BY theme, unit_type, article_id) x
            JOIN articles a ON a.id = x.article_id
            WHERE a.published IS NOT NULL
            GROUP BY month, x.theme""")
        )
        totals = {
            r["month"]: r["total"]
            for r in conn.execute("""
            SELECT substr(a.published, 1, 7) AS month, count(*) AS total
            FROM annotations an JOIN articles a ON a.id = an.article_id
            WHERE an.unit_type = 'article' AND a.published IS NOT NULL GROUP BY month""")
        }
    for r in tagged:
        r["total"] = totals.get(r["month"], 0)
        r["share"] = r["tagged"] / r["total"] if r["total"] else 0.0
    return tagged


def article_theme_months(conn: Connection) -> list[dict]:
    """Annotated articles of dated articles per publication month and theme, with theme
    ``''`` for every annotated article (the denominator, tagged or not): rows
    ``{month, theme, n}``, months without a tag included in the ``''`` rows."""
    if has_rollup(conn):
        sub, params = rollup_by_month(conn, "unit_type = 'article'", [])
        return _rows(
            conn.execute(
                f"""SELECT month, theme, sum(n) AS n FROM ({sub})
                                      GROUP BY month, theme HAVING sum(n) > 0 ORDER BY month, theme""",
                params,
            )
        )
    return _rows(
        conn.execute("""
        SELECT substr(a.published, 1, 7) AS month, t.theme, count(*) AS n
        FROM annotation_themes t JOIN articles a ON a.id = t.article_id
        WHERE t.unit_type = 'article' AND a.published IS NOT NULL GROUP BY month, t.theme
        UNION ALL
        SELECT substr(a.published, 1, 7) AS month, '' AS theme, count(*) AS n
        FROM annotations an JOIN articles a ON a.id = an.article_id
        WHERE an.unit_type = 'article' AND a.published IS NOT NULL GROUP BY month""")
    )


def thread_stats(conn: Connection, top: int = 10, short: int = 50) -> dict[str, list[dict]]:
    """One pass over the per-article comment counts (the ``comments(article_id, key)``
    index) for three views: the most discussed articles, coverage per source (comments
    declared against collected) and the threads that fall shortest of what they declare."""
    names = {r[0]: r[1] for r in conn.execute("SELECT id, name FROM sources")}

    def describe(article_id: int) -> dict:
        return _describe_article(conn, article_id)

    if has_comment_counts(conn):
        return _thread_stats_from_counts(conn, top, short, names, describe)
    rows = conn.execute("""
        SELECT a.id, a.source_id, a.comments_declared, coalesce(c.n, 0) AS n
        FROM articles a LEFT JOIN (SELECT article_id, count(*) AS n FROM comments GROUP BY article_id) c
             ON c.article_id = a.id""").fetchall()
    per_source: dict[int, dict] = {}
    shortfalls = []
    for article_id, source_id, declared, n in rows:
        src = per_source.setdefault(source_id, {"articles": 0, "declared": 0, "collected": 0, "short_threads": 0})
        src["articles"] += 1
        src["declared"] += declared or 0
        src["collected"] += n
        if declared is not None and n < declared:
            src["short_threads"] += 1
            shortfalls.append((declared - n, article_id, declared, n))
    discussed = sorted(((n, -article_id) for article_id, _, _, n in rows if n), reverse=True)[:top]
    most = [describe(-neg_id) | {"comments": n} for n, neg_id in discussed]
    shortfalls.sort(key=lambda s: (-s[0], s[1]))
    short_rows = [
        describe(article_id) | {"declared": declared, "collected": n}
        for _, article_id, declared, n in shortfalls[:short]
    ]
    coverage = [
        {"source": names.get(sid, str(sid)), **v, "coverage": v["collected"] / v["declared"] if v["declared"] else None}
        for sid, v in per_source.items()
    ]
    coverage.sort(key=lambda r: r["source"])
    return {"most_discussed": most, "coverage": coverage, "short_threads": short_rows}


def _describe_article(conn: Connection, article_id: int) -> dict:
    return dict(
        conn.execute(
            """SELECT a.id, a.title, a.url, a.published, s.name AS source, a.comments_declared
                                FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ?""",
            (article_id,),
        ).fetchone()
    )


def most_discussed(conn: Connection, top: int = 10) -> list[dict]:
    """The ``top`` articles with the most comments collected (the Overview's table): read
    from ``comment_counts`` alone, without the coverage that :func:`thread_stats` adds."""
    if not has_comment_counts(conn):
        return thread_stats(conn, top, 0)["most_discussed"]
    return [
        _describe_article(conn, article_id) | {"comments": n}
        for article_id, n in conn.execute(
            "SELECT article_id, n FROM comment_counts WHERE n > 0 ORDER BY n DESC, article_id LIMIT ?", (top,)
        )
    ]


def has_comment_counts(conn: Connection) -> bool:
    """Whether the store has the trigger-maintained ``comment_counts`` (migration 4)."""
    return has_version(conn, 4)


def _thread_stats_from_counts(
    conn: Connection, top: int, short: int, names: dict, describe: Callable[[int], dict]
) -> dict[str, list[dict]]:
    """:func:`thread_stats` in SQL over ``comment_counts``: one row an article, no comment read."""
    coverage = []
    for source_id, articles, declared, collected, short_threads in conn.execute("""
            SELECT a.source_id, count(*), sum(coalesce(a.comments_declared, 0)), sum(coalesce(c.n, 0)),
                   sum(CASE WHEN a.comments_declared IS NOT NULL AND coalesce(c.n, 0) < a.comments_declared
                            THEN 1 ELSE 0 END)
            FROM articles a LEFT JOIN comment_counts c ON c.article_id = a.id GROUP BY a.source_id"""):
        coverage.append(
            {
                "source": names.get(source_id, str(source_id)),
                "articles": articles,
                "declared": declared,
                "collected": collected,
                "short_threads": short_threads,
                "coverage": collected / declared if declared else None,
            }
        )
    coverage.sort(key=lambda r: r["source"])
    most = most_discussed(conn, top)
    short_rows = [
        describe(article_id) | {"declared": declared, "collected": n}
        for article_id, declared, n in conn.execute(
            """
            SELECT a.id, a.comments_declared, coalesce(c.n, 0) AS n
            FROM articles a LEFT JOIN comment_counts c ON c.article_id = a.id
            WHERE a.comments_declared IS NOT NULL AND coalesce(c.n, 0) < a.comments_declared
            ORDER BY a.comments_declared - coalesce(c.n, 0) DESC, a.id LIMIT ?""",
            (short,),
        )
    ]
    return {"most_discussed": most, "coverage": coverage, "short_threads": short_rows}


# --------------------------------------------------------------------------- themes


def themes_in_store(conn: Connection) -> list[str]:
    """Distinct themes the model has used (a skip-scan of the theme index, not a table scan)."""
    return [
        r[0]
        for r in conn.execute("""
        WITH RECURSIVE t(theme) AS (
            SELECT min(theme) FROM annotation_themes
            UNION ALL
            SELECT (SELECT min(theme) FROM annotation_themes WHERE theme > t.theme) FROM t WHERE t.theme IS NOT NULL)
        SELECT theme FROM t WHERE theme IS NOT NULL""")
    ]


def _texts_sql(unit_type: str) -> str:
    return {
        "comment": "SELECT text FROM comments WHERE id = ?",
        "quote": "SELECT text FROM quotes WHERE id = ?",
        "sentence": "SELECT text FROM sentences WHERE id = ? AND paragraph_id IS NOT NULL",
    }[unit_type]


def theme_texts(
    conn: Connection,
    themes: tuple[str, ...],
    start: str | None = None,
    end: str | None = None,
    per_voice: int = 400,
) -> dict[str, list[str]]:
    """Texts for the distinctive-phrase comparison: up to ``per_voice`` comments, quotes and
    article sentences tagged with ``themes`` (most recent first), and as many untagged
    ones spread evenly over the corpus as the background."""
    out: dict[str, list[str]] = {"target": [], "rest": []}
    if not themes:
        return out
    tables = {"comment": "comments", "quote": "quotes", "sentence": "sentences"}
    for unit_type, table in tables.items():
        params: list = [unit_type]
        theme_in = _in(themes, params)
        period = _period("a", start, end, params)
        params.append(per_voice)
        extra = " AND s.paragraph_id IS NOT NULL" if unit_type == "sentence" else ""
        out["target"] += [
            r[0]
            for r in conn.execute(
                f"""
            SELECT min(s.text) FROM annotation_themes t{_by_article(conn)}
            JOIN {table} s ON s.id = t.unit_id JOIN articles a ON a.id = t.article_id
            WHERE t.unit_type = ? AND t.theme IN {theme_in}{period}{extra}
            GROUP BY t.article_id, t.unit_id ORDER BY t.article_id DESC, t.unit_id DESC LIMIT ?""",
                params,
            )
        ]
        top = conn.execute(f"SELECT max(id) FROM {table}").fetchone()[0] or 0
        step = max(1, top // (per_voice * 2))
        rest_params: list = [step, step, step, top, unit_type]
        theme_in = _in(themes, rest_params)
        rest_params.append(unit_type)
        period = ""
        if start:
            period += " AND a.published >= ?"
            rest_params.append(start[:10])
        if end:
            period += " AND a.published < ?"
            rest_params.append(_end_exclusive(end))
        rest_params.append(per_voice)
        out["rest"] += [
            r[0]
            for r in conn.execute(
                f"""
            WITH RECURSIVE ids(id) AS (SELECT ? UNION ALL SELECT id + ? FROM ids WHERE id + ? <= ?)
            SELECT s.text FROM ids JOIN {table} s ON s.id = ids.id JOIN articles a ON a.id = s.article_id
            WHERE NOT EXISTS (SELECT 1 FROM annotation_themes t WHERE t.unit_type = ? AND t.unit_id = s.id
                              AND t.theme IN {theme_in})
              AND EXISTS (SELECT 1 FROM annotations an WHERE an.unit_type = ? AND an.unit_id = s.id)
              {period}{extra} LIMIT ?""",
                rest_params,
            )
        ]
    return out


COOCCURRENCE_WINDOW = 5000  # co-occurrence is counted on the tagged units of the latest articles


def cooccurring_themes(
    conn: Connection,
    themes: tuple[str, ...],
    start: str | None = None,
    end: str | None = None,
    window: int = COOCCURRENCE_WINDOW,
) -> list[dict]:
    """Other themes on the same units as ``themes``, most frequent first, among the units
    tagged with them in the latest articles (up to ``window`` per voice: bounded work on any
    corpus, read backwards along the covering theme index).

    From migration 10 the statement reads the coded theme tags: through the view SQLite joined
    each unit to its other tags from the codes' side (every theme code by every unit-type code,
    then the units: 270-320 ms on the 1M store); on the coded rows each unit's tags are one seek
    on the primary key (about 50 ms).  The same units and counts either way."""
    if not themes:
        return []
    if has_version(conn, 10):  # words looked up as their codes; the name read back per theme
        tags, hint, name = "annotation_theme_rows", "", "(SELECT c.name FROM annotation_codes c WHERE c.id = o.theme)"
        word = "(SELECT c.id FROM annotation_codes c WHERE c.name = ?)"

        def words(values: tuple[str, ...], params: list) -> str:
            return f"(SELECT c.id FROM annotation_codes c WHERE c.name IN {_in(values, params)})"
    else:
        tags, hint, name, word, words = "annotation_themes", _by_article(conn), "o.theme", "?", _in
    params: list = []
    parts = []
    for voice in ("article", "quote", "comment"):
        theme_in = words(themes, params)
        params.append(voice)
        period = _period("a", start, end, params)
        join = " JOIN articles a ON a.id = t.article_id" if period else ""
        params.append(window)
        parts.append(f"""SELECT * FROM (SELECT DISTINCT t.unit_type, t.unit_id, t.article_id
                         FROM {tags} t{hint}{join}
                         WHERE t.theme IN {theme_in} AND t.unit_type = {word}{period}
                         ORDER BY t.article_id DESC, t.unit_id DESC LIMIT ?)""")
    not_in = words(themes, params)
    return _rows(
        conn.execute(
            f"""
        SELECT {name} AS theme, count(*) AS units
        FROM ({" UNION ALL ".join(parts)}) u
        JOIN {tags} o ON o.unit_type = u.unit_type AND o.unit_id = u.unit_id
        WHERE o.theme NOT IN {not_in}
        GROUP BY o.theme ORDER BY units DESC, theme""",
            params,
        )
    )


def representative_units(
    conn: Connection,
    themes: tuple[str, ...],
    unit_type: str,
    limit: int = 5,
    start: str | None = None,
    end: str | None = None,
) -> list[dict]:
    """The comments or quotes the model is surest belong to ``themes`` (highest theme score;
    ranked on the covering index ``annotation_themes(theme, unit_type, score, unit_id)``
    before anything else is read; from migration 9 that index holds comments and quotes only, and
    the statement carries its condition so that SQLite may use it).

    Several themes: each theme's own top ``limit``, merged (a unit counts with its highest
    score).  That is exact: a unit in the overall top ``limit`` by its best score is in the
    top ``limit`` of the theme that gives it that score."""
    if not themes or unit_type not in ("comment", "quote"):
        return []
    best: dict[int, float] = {}
    wanted, limit = limit, limit * 4  # identical texts are grouped: rank a few more to fill the list
    for theme in dict.fromkeys(themes):
        params: list = [unit_type, theme]
        period = _period("a", start, end, params)
        join = " JOIN articles a ON a.id = t.article_id" if period else ""
        params.append(limit)
        if has_version(conn, 10):  # coded rows: the view of the tags cannot carry the index's condition
            code = "(SELECT c.id FROM annotation_codes c WHERE c.name = ?)"
            tags = f"annotation_theme_rows t{join} WHERE t.unit_type = {code} AND t.{REPRESENTED_UNITS}"
            tags += f" AND t.theme = {code}"
        else:
            tags = f"annotation_themes t{join} WHERE t.unit_type = ? AND t.unit_type IN ('comment', 'quote') AND t.theme = ?"
        for unit_id, score in conn.execute(
            f"SELECT t.unit_id, t.score FROM {tags}{period} ORDER BY t.score DESC, t.unit_id DESC LIMIT ?", params
        ):
            best[unit_id] = max(score, best.get(unit_id, score))
    top = sorted(best.items(), key=lambda item: (-item[1], -item[0]))[:limit]
    if unit_type == "comment":
        fields, table = (
            "u.text, u.author, u.posted, NULL AS speaker, NULL AS speaker_role, NULL AS speaker_org",
            "comments",
        )
    else:
        fields, table = (
            (
                "u.text, NULL AS author, NULL AS posted, coalesce(u.speaker_name, u.speaker) AS speaker, "
                "u.speaker_role, u.speaker_org"
            ),
            "quotes",
        )
    out = []
    for unit_id, score in top:
        row = conn.execute(
            f"""
            SELECT u.id, u.article_id, {fields}, a.title, a.url, a.published,
                   (SELECT name FROM sources s WHERE s.id = a.source_id) AS source,
                   (SELECT sentiment FROM annotations an WHERE an.unit_type = ? AND an.unit_id = u.id) AS sentiment
            FROM {table} u JOIN articles a ON a.id = u.article_id WHERE u.id = ?""",
            (unit_type, unit_id),
        ).fetchone()
        if row is not None and row["text"] not in {o["text"] for o in out}:
            out.append(dict(row) | {"score": score} | same_text(conn, unit_type, row["text"]))
        if len(out) == wanted:
            break
    return out


def same_text(conn: Connection, unit_type: str, text: str) -> dict:
    """How many units of ``unit_type`` (quote, comment, sentence) carry exactly ``text``:
    ``units``, ``speakers`` (distinct, quotes only) and ``articles`` (found along the full-text
    index, then compared whole)."""
    table = {"quote": "quotes", "comment": "comments", "sentence": "sentences"}[unit_type]
    backend = backend_of(conn)
    fts = backend.fts(table)
    who = "coalesce(u.speaker_name, u.speaker)" if unit_type == "quote" else "NULL"
    try:
        row = conn.execute(
            f"""SELECT count(*), count(DISTINCT {who}), count(DISTINCT u.article_id)
                               FROM {fts.source}
                               WHERE {fts.where} AND u.text = ?""",
            (backend.fts_same_text(table, text), text),
        ).fetchone()
    except backend.Error:  # no words to match (punctuation only)
        row = None
    units, speakers, articles = row if row and row[0] else (1, 1 if unit_type == "quote" else 0, 1)
    return {"units": units, "speakers": speakers, "articles": articles}


def compare_counts(
    conn: Connection, themes: tuple[str, ...] = (), start: str | None = None, end: str | None = None
) -> list[dict]:
    """Annotated units of the dated articles in [start, end] per source, voice (article,
    quote, comment), sentiment, quoted speaker's organisation and role (quotes only) and
    whether they carry any of ``themes`` (``tagged``: always 1 without themes): rows
    ``{source, voice, org, role, sentiment, tagged, n}`` for the Compare page."""
    params: list = []
    if themes:
        tagged = (
            "CASE WHEN EXISTS (SELECT 1 FROM annotation_themes t WHERE t.unit_type = an.unit_type "
            f"AND t.unit_id = an.unit_id AND t.theme IN {_in(themes, params)}) THEN 1 ELSE 0 END"
        )
    else:
        tagged = "1"
    period = _period("a", start, end, params)
    return _rows(
        conn.execute(
            f"""
        SELECT s.name AS source, an.unit_type AS voice, qu.speaker_org AS org, qu.speaker_role AS role,
               an.sentiment, {tagged} AS tagged, count(*) AS n
        FROM annotations an JOIN articles a ON a.id = an.article_id JOIN sources s ON s.id = a.source_id
        LEFT JOIN quotes qu ON an.unit_type = 'quote' AND qu.id = an.unit_id
        WHERE an.unit_type IN ('article', 'quote', 'comment') AND a.published IS NOT NULL {period}
        GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6""",
            params,
        )
    )


# --------------------------------------------------------------------------- search


@dataclass(frozen=True)
class SearchFilters:
    """Filters of the search page; empty values filter nothing.  Speaker and organisation
    apply to quotes only (comments and article text have no speaker)."""

    speaker: str = ""
    org: str = ""
    source: str = ""
    start: str = ""
    end: str = ""
    theme: str = ""
    sentiment: str = ""


SEARCH_TABLES = {"quote": "quotes", "comment": "comments", "paragraph": "paragraphs"}


def _window_first(conn: Connection, scope: str, fts: str, filters: SearchFilters) -> bool:
    """Whether a full-text search filtered by dates is cheaper driven from the date window
    (the backend's estimate, :meth:`corpora.backend.Backend.fts_window_first`); both plans
    find the same rows in the same order."""
    if not fts or not (filters.start or filters.end) or has_filter_tokens(conn):
        return False  # with filter tokens the full-text index applies the window itself
    table = SEARCH_TABLES[scope]
    backend = backend_of(conn)
    start = filters.start[:10] if filters.start else None
    end = _end_exclusive(filters.end) if filters.end else None
    return backend.fts_window_first(conn, table, backend.fts_query(table, fts), start, end)


#: the migration that puts filter tokens into the full-text indexes (corpora/sqlite_schema.py)
FILTER_TOKENS_VERSION = 8


def has_filter_tokens(conn: Connection) -> bool:
    """Whether the store's full-text indexes carry filter tokens (migration 8)."""
    return has_version(conn, FILTER_TOKENS_VERSION)


def _match(conn: Connection, scope: str, fts: str, filters: SearchFilters) -> Any:
    """The full-text parameter of a search: with filter tokens, the query ANDed with its
    window and sentiment (a superset of what the SQL conditions keep: they stay)."""
    table = SEARCH_TABLES[scope]
    backend = backend_of(conn)
    if not has_filter_tokens(conn):
        return backend.fts_query(table, fts)
    return backend.fts_filtered_query(
        table,
        fts,
        start=filters.start[:10] if filters.start else None,
        end=_end_exclusive(filters.end) if filters.end else None,
        sentiment=filters.sentiment if scope != "paragraph" else "",
    )


def _sentiments(conn: Connection, scope: str) -> list[str] | None:
    """Every sentiment stored for units of ``scope``, read from the month rollup's key (theme ''
    counts every annotated unit: a few hundred rows); None for a store without that rollup."""
    if not has_month_rollup(conn):
        return None
    return [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT sentiment FROM annotation_rollup_month WHERE theme = '' AND unit_type = ?", (scope,)
        )
    ]


#: an empty window: :meth:`corpora.backend.Backend.fts_filtered_query` then keeps the units of an odd date only
_NO_DAYS = {"start": "2000-01-01", "end": "2000-01-01"}


def _exact(conn: Connection, scope: str, fts: str, filters: SearchFilters) -> bool:
    """Whether the full-text parameter of a search (:func:`_match`) finds exactly the units that
    the search finds, so that the full-text index alone can count them: a search with words,
    filtered by nothing but a date window and a sentiment (comments and quotes) whose filter
    tokens are exact (:meth:`corpora.backend.Backend.fts_filters_exact`: the window's edges are
    first days of months, no other sentiment stored shares the sentiment's token), when none of
    its matches has an odd date (``dx``: in any window's tokens)."""
    if not fts or filters.source or filters.theme or (scope == "quote" and (filters.speaker or filters.org)):
        return False
    if not (filters.start or filters.end or filters.sentiment):
        return True
    if not has_filter_tokens(conn) or (filters.sentiment and scope == "paragraph"):
        return False
    table = SEARCH_TABLES[scope]
    backend = backend_of(conn)
    sentiments = _sentiments(conn, scope) if filters.sentiment else []
    if sentiments is None:
        return False
    start = filters.start[:10] if filters.start else None
    end = _end_exclusive(filters.end) if filters.end else None
    if not backend.fts_filters_exact(table, start=start, end=end, sentiment=filters.sentiment, sentiments=sentiments):
        return False
    if not (start or end):
        return True
    odd = backend.fts_filtered_query(table, fts, sentiment=filters.sentiment, **_NO_DAYS)
    return backend.fts_match_count(conn, table, odd, 1) == 0


#: a filtered search whose full-text parameter finds more units than this reads its window newest first
WINDOW_IDS_CAP = 50_000


@dataclass(frozen=True)
class _Window:
    """The units among which a search with words finds its latest :data:`SEARCH_WINDOW`
    matches, read from the full-text index alone, in its own (rising) order."""

    ids: list[int]  # rising
    exact: bool  # every one of them is a match (_exact): no condition to test
    full: bool  # the latest SEARCH_WINDOW of exactly the search's matches (else every unit the parameter finds)


def _window(conn: Connection, scope: str, fts: str, filters: SearchFilters) -> _Window | None:
    """Where a search with words finds its latest :data:`SEARCH_WINDOW` matches, from one reading
    of its full-text parameter (:func:`_match`, a superset of its matches) in the index's own
    order, never newest first (FTS5 reads a query of several terms, as a filtered one is, newest
    first by loading each term's whole doclist; bench_search):

    * the parameter finds fewer than :data:`SEARCH_WINDOW` units: every match is among them;
    * it finds exactly the search's matches (:func:`_exact`), up to :data:`WINDOW_IDS_CAP` of
      them: the latest :data:`SEARCH_WINDOW` are the window;
    * None otherwise (the search reads its matches newest first, by one statement): more than
      that, or a superset of them, or a search without filter tokens (FTS5 reads one term newest
      first a page at a time)."""
    table = SEARCH_TABLES[scope]
    backend = backend_of(conn)
    query = _match(conn, scope, fts, filters)
    if query == backend.fts_query(table, fts):  # one term, read a page at a time: count first
        if backend.fts_match_count(conn, table, query, SEARCH_WINDOW) >= SEARCH_WINDOW:
            return None
    ids = backend.fts_ids(conn, table, query, WINDOW_IDS_CAP + 1)
    exact = _exact(conn, scope, fts, filters)
    if len(ids) < SEARCH_WINDOW:
        return _Window(ids, exact, False)
    if exact and len(ids) <= WINDOW_IDS_CAP:
        return _Window(ids[-SEARCH_WINDOW:], True, True)
    return None


def _among_sql(
    conn: Connection, scope: str, filters: SearchFilters, params: list, window: _Window, article: bool
) -> str:
    """FROM ... WHERE of a search's units among ``window``'s ids: with the filters' conditions
    (:func:`_search_sql`), or none when they are exactly its matches (then ``article``: join
    the unit's article ``a``; every unit has its article and every article its source)."""
    if not window.exact:
        return _search_sql(conn, scope, "", filters, params, ids=window.ids)
    table = SEARCH_TABLES[scope]
    backend = backend_of(conn)
    among, value = backend.id_set(window.ids)
    params.append(value)
    join = " JOIN articles a ON a.id = u.article_id" if article else ""
    return f"FROM {table} u{join} WHERE u.id IN {among}"


def _window_groups(conn: Connection, scope: str, filters: SearchFilters, among: _Window) -> list[dict]:
    """Every result of a search's window (``among``), unsorted: identical texts grouped, each with
    its latest unit's ``id``, ``units``, ``speakers``, ``articles``, ``latest`` and ``earliest``
    publication (as :func:`search` groups them), by one statement over the window's units."""
    params: list = []
    body = _among_sql(conn, scope, filters, params, among, article=True)
    who = "coalesce(u.speaker_name, u.speaker)" if scope == "quote" else "NULL"
    return _rows(
        conn.execute(
            f"""
        SELECT max(u.id) AS id, count(*) AS units, count(DISTINCT {who}) AS speakers,
               count(DISTINCT u.article_id) AS articles, max(coalesce(a.published, '')) AS latest,
               min(coalesce(a.published, '')) AS earliest, 0 AS best
        {body} GROUP BY u.text""",
            params,
        )
    )


def _sorted_page(groups: list[dict], order: str, limit: int, offset: int) -> list[dict] | None:
    """One page of ``groups`` in ``order`` (newest: ``latest DESC, id DESC``; oldest: ``earliest
    ASC, id ASC``; ids are unique, so the order is total); None when a date is not text (SQL
    orders other types apart)."""
    field = {"newest": "latest", "oldest": "earliest"}.get(order)
    if field is None or not all(isinstance(g[field], str) for g in groups):
        return None
    # text compares as SQL's binary collation does: UTF-8 bytes and code points sort alike
    ordered = sorted(groups, key=lambda g: (g[field], g["id"]), reverse=order == "newest")
    if offset < 0:
        return None
    return ordered[offset:] if limit < 0 else ordered[offset : offset + limit]  # SQL: LIMIT -1 is none


def _window_page(
    conn: Connection, scope: str, fts: str, filters: SearchFilters, order: str, limit: int, offset: int
) -> list[dict] | None:
    """One page of a search with words, newest or oldest first, sorted from every result of its
    window (:func:`_window_groups`), which its count shares (:func:`_shared`); None when its
    window is read newest first (:func:`_window`) or a date is not text."""
    shared = _shared(conn, scope, fts, filters)
    taken = _take(shared)
    if taken is None:
        among = _window(conn, scope, fts, filters)
        if among is None:
            return None
        every = _window_groups(conn, scope, filters, among)
        _keep(shared, every, among.full)
    else:
        every = taken[0]
    return _sorted_page(every, order, limit, offset)


#: how many searches' windows a connection keeps for the next call that needs them (:func:`_shared`)
SHARED_WINDOWS = 4


def _shared(conn: Connection, scope: str, fts: str, filters: SearchFilters) -> tuple[dict, tuple] | None:
    """Where a search's page and its count share one reading of its window (the page's results
    and their number come from the same groups): the connection's windows, and this search's key
    in them (with the backend's :meth:`~corpora.backend.Backend.snapshot` of the store, so a
    window read before any write to it is never used after).  Whichever of the two comes first
    reads the window and keeps it; the other takes it (and removes it: the next page or count
    reads again).  None for a connection that cannot keep them."""
    kept = getattr(conn, "_search_windows", None)
    if kept is None:
        kept = {}
        try:
            conn._search_windows = kept  # type: ignore[attr-defined]
        except AttributeError:
            return None
    return kept, (scope, fts, filters, SEARCH_WINDOW, backend_of(conn).snapshot(conn))


def _keep(shared: tuple[dict, tuple] | None, groups: list[dict], full: bool) -> None:
    if shared is None:
        return
    kept, key = shared
    kept.pop(key, None)
    kept[key] = (groups, full)
    while len(kept) > SHARED_WINDOWS:
        kept.pop(next(iter(kept)))


def _take(shared: tuple[dict, tuple] | None) -> tuple[list[dict], bool] | None:
    if shared is None:
        return None
    kept, key = shared
    return kept.pop(key, None)


def _search_sql(
    conn: Connection,
    scope: str,
    fts: str,
    filters: SearchFilters,
    params: list,
    window: bool = False,
    *,
    ids: list[int] | None = None,
) -> str:
    """FROM ... WHERE of a search in one scope.  An empty ``fts`` browses the scope
    without full-text matching (quotes by speaker or organisation), or (``ids``) the units
    with those ids.  ``window``: drive the search from the date window of ``filters``
    (:meth:`corpora.backend.Backend.fts_window`: the same rows, no rank or snippet), as
    :func:`_window_first` chooses."""
    if scope not in SEARCH_TABLES:
        raise ValueError(f"unknown search scope {scope!r}")
    table = SEARCH_TABLES[scope]
    backend = backend_of(conn)
    like = backend.like
    where = []
    if fts and window:
        match = backend.fts_window(table)
        base = f"FROM {match.source} JOIN sources s ON s.id = a.source_id WHERE {match.where}"
        params.append(_match(conn, scope, fts, filters))
    elif fts:
        match = backend.fts(table)
        base = f"""FROM {match.source} JOIN articles a ON a.id = u.article_id
                   JOIN sources s ON s.id = a.source_id WHERE {match.where}"""
        # a quote matches on its own words, never on the speaker column (speaker and
        # organisation are filters), and with its filter tokens when the store has them
        params.append(_match(conn, scope, fts, filters))
    elif ids is not None:
        among, value = backend.id_set(ids)
        base = f"""FROM {table} u JOIN articles a ON a.id = u.article_id
                   JOIN sources s ON s.id = a.source_id WHERE u.id IN {among}"""
        params.append(value)
    else:
        base = f"""FROM {table} u JOIN articles a ON a.id = u.article_id
                   JOIN sources s ON s.id = a.source_id WHERE 1 = 1"""
    if scope == "quote":
        if filters.speaker:
            where.append(f"(u.speaker_name {like} ? OR u.speaker {like} ?)")
            params += [_contains(filters.speaker)] * 2
        if filters.org:  # any form of the body: "RCGP" finds "Royal College of GPs" too
            names = organisations.forms(filters.org)
            clauses = [f"u.speaker_org {like} ?" for _ in names]
            where.append(clauses[0] if len(clauses) == 1 else "(" + " OR ".join(clauses) + ")")
            params += [_contains(n) for n in names]
    if filters.source:
        where.append("s.name = ?")
        params.append(filters.source)
    if filters.start:
        where.append("a.published >= ?")
        params.append(filters.start[:10])
    if filters.end:
        where.append("a.published < ?")
        params.append(_end_exclusive(filters.end))
    # a unit's sentiment is read from the narrow covering index of migration 6, never the wide row (from
    # migration 10 ``annotations`` is a view over coded rows, which the planner reads along that index itself)
    hinted = has_version(conn, 6) and not has_version(conn, 10)
    by_sentiment = backend.index_hint("annotations_unit_sentiment") if hinted else ""
    for value, table, column in (
        (filters.theme, "annotation_themes", "theme"),
        (filters.sentiment, "annotations", "sentiment"),
    ):
        if value:
            where.append(_annotated_with(scope, table, column, by_sentiment if table == "annotations" else ""))
            params.append(value)
    return base + "".join(f" AND {w}" for w in where)


def _annotated_with(scope: str, table: str, column: str, hint: str = "") -> str:
    """The condition that unit ``u`` has ``table.column = ?``: a paragraph through its
    sentences (paragraphs are annotated sentence by sentence), other units directly
    (``hint``: the backend's index hint for ``table``, or "")."""
    if scope == "paragraph":
        return f"""EXISTS (SELECT 1 FROM sentences x JOIN {table} t{hint}
                      ON t.unit_type = 'sentence' AND t.unit_id = x.id
                      WHERE x.paragraph_id = u.id AND t.{column} = ?)"""
    return f"""EXISTS (SELECT 1 FROM {table} t{hint} WHERE t.unit_type = '{scope}'
                       AND t.unit_id = u.id AND t.{column} = ?)"""


def _prefixes(conn: Connection, lo: str | None, hi: str | None, chars: int):
    """The ``chars``-character prefixes of the articles' publication dates in [``lo``, ``hi``)
    (None: open), latest first, read from the ``articles_published`` index (one seek each)."""
    bound = hi
    while True:
        conds, params = [], []
        if lo is not None:
            conds.append("published >= ?")
            params.append(lo)
        if bound is not None:
            conds.append("published < ?")
            params.append(bound)
        where = (" WHERE " + " AND ".join(conds)) if conds else ""
        latest = conn.execute(f"SELECT max(published) FROM articles{where}", params).fetchone()[0]
        if latest is None:
            return
        yield latest[:chars]
        bound = latest[:chars]


def _month_after(year: int, month: int) -> str:
    return f"{year + month // 12:04d}-{month % 12 + 1:02d}-01"


#: a search with at most this many matches reads them all for its newest page (one statement);
#: a year with more is read month by month
NEWEST_SLICED = 500


def newest_matches(
    conn: Connection,
    table: str,
    fts: str,
    limit: int = 20,
    offset: int = 0,
    *,
    start: str | None = None,
    end: str | None = None,
    sentiment: str = "",
    section: str = "",
    where: str = "",
    params: tuple = (),
) -> list[int]:
    """Ids of the units of ``table`` that match ``fts``, newest article first (``ORDER BY
    a.published DESC, u.id DESC``: undated last), from ``offset``, without reading every match.

    ``start`` / ``end``: the window of publication (ISO days, ``end`` exclusive, either open);
    ``sentiment`` / ``section``: their filter tokens only (the caller's conditions keep them);
    ``where``: more SQL conditions on ``u`` and ``a`` (ANDed), with ``params``.

    Publication dates compare as text, so the matches are read slice by slice of that order:
    one four-character prefix (a year) at a time from the newest, a year with more than
    :data:`NEWEST_SLICED` matches month by month, each slice found by the full-text index with
    its filter tokens (migration 8; ``dx``, an odd date, is in every slice's tokens and the
    slice's own SQL bounds keep it where its text sorts), until ``limit + offset`` are found;
    undated units only when the dated ones run out.  The same ids, in the same order, as the
    one statement (a test compares them); a store without filter tokens, or a search with at
    most :data:`NEWEST_SLICED` matches (counted on the full-text index alone), runs that statement."""
    backend = backend_of(conn)
    match = backend.fts(table)
    want = limit + offset
    if want <= 0:
        return []
    tokens = {"sentiment": sentiment, "section": section}
    base = f"SELECT u.id FROM {match.source} JOIN articles a ON a.id = u.article_id WHERE {match.where}"
    base += f" AND ({where})" if where else ""
    order = " ORDER BY a.published DESC, u.id DESC LIMIT ?"
    whole = backend.fts_filtered_query(table, fts, start=start, end=end, **tokens)
    if not has_filter_tokens(conn) or backend.fts_match_count(conn, table, whole, NEWEST_SLICED + 1) <= NEWEST_SLICED:
        window, bounds = "", []
        if start:
            window, bounds = " AND a.published >= ?", [start]
        if end:
            window, bounds = window + " AND a.published < ?", [*bounds, end]
        sql = base + window + order + " OFFSET ?"
        return [r[0] for r in conn.execute(sql, (whole, *params, *bounds, limit, offset))]
    ids: list[int] = []

    def tokens_for(first: str | None, stop: str | None) -> str:
        """The query with the tokens of the days [first, stop) (None: only odd dates, ``dx``)."""
        if first is None:
            return backend.fts_filtered_query(table, fts, start="2000-01-01", end="2000-01-01", **tokens)
        return backend.fts_filtered_query(
            table, fts, start=max(first, start or first), end=min(stop, end or stop), **tokens
        )

    def take(q: str, lo: str, hi: str | None) -> None:
        # unary +: the slice's bounds test each match's article; the full-text index drives
        sql = base + " AND +a.published >= ?" + (" AND +a.published < ?" if hi is not None else "") + order
        ids.extend(r[0] for r in conn.execute(sql, (q, *params, lo, *([] if hi is None else [hi]), want - len(ids))))

    def clip(lo: str, hi: str | None, outer_lo: str | None, outer_hi: str | None) -> tuple[str, str | None]:
        lo = max(lo, outer_lo) if outer_lo else lo
        hi = outer_hi if hi is None else (min(hi, outer_hi) if outer_hi else hi)
        return lo, hi

    bound = end or None
    for prefix in _prefixes(conn, start or None, end or None, 4):
        lo, hi = clip(prefix, bound, start or None, end or None)
        bound = prefix
        year = int(prefix) if prefix.isdigit() and len(prefix) == 4 else 0
        if not 0 < year < 9999:
            take(tokens_for(None, None), lo, hi)
        else:
            q = tokens_for(f"{year:04d}-01-01", f"{year + 1:04d}-01-01")
            if backend.fts_match_count(conn, table, q, NEWEST_SLICED + 1) <= NEWEST_SLICED:
                take(q, lo, hi)
            else:  # a big year: month by month
                m_bound = hi
                for m_prefix in _prefixes(conn, lo, hi, 7):
                    m_lo, m_hi = clip(m_prefix, m_bound, lo, hi)
                    m_bound = m_prefix
                    month = m_prefix[5:7]
                    if m_prefix[4:5] == "-" and month.isdigit() and 1 <= int(month) <= 12:
                        mq = tokens_for(f"{m_prefix}-01", _month_after(year, int(month)))
                    else:
                        mq = tokens_for(None, None)
                    take(mq, m_lo, m_hi)
                    if len(ids) >= want:
                        break
        if len(ids) >= want:
            break
    if len(ids) < want and not start and not end:
        sql = base + " AND a.published IS NULL" + order
        ids.extend(r[0] for r in conn.execute(sql, (whole, *params, want - len(ids))))
    return ids[offset:want]


SEARCH_ORDERS = {"newest": "Newest first", "oldest": "Oldest first", "best": "Best match"}
SEARCH_WINDOW = 5000  # results are grouped and sorted among this many latest-stored matches


def _within_search_budget(fn):
    """Every statement of a search runs within :data:`SEARCH_BUDGET_S` (store.QueryTimeout beyond)."""

    @functools.wraps(fn)
    def bounded(conn: Connection, *args, **kwargs):
        with time_limit(conn, SEARCH_BUDGET_S):
            return fn(conn, *args, **kwargs)

    return bounded


@_within_search_budget
def search(
    conn: Connection,
    scope: str,
    fts: str,
    filters: SearchFilters = SearchFilters(),
    limit: int = 20,
    offset: int = 0,
    order: str = "newest",
) -> list[dict]:
    """One page of matches in ``scope`` (quote, comment or paragraph), identical texts
    grouped into one result, each with a keyword-in-context snippet whose matches are
    wrapped in :data:`HIGHLIGHT_START` / :data:`HIGHLIGHT_END`.

    ``order``: ``newest`` (publication date, latest first), ``oldest``, or ``best`` (bm25
    rank; newest first when browsing without a search), among the latest
    :data:`SEARCH_WINDOW` matches stored: exact for any search with fewer matches, and
    bounded work for a search matching half the corpus.  Each result is the latest unit
    of its text, with ``units`` (how many carry that text), ``speakers`` (distinct speakers,
    quotes only) and ``articles`` (distinct articles)."""
    if order not in SEARCH_ORDERS:
        raise ValueError(f"unknown search order {order!r}")
    params: list = []
    # "best" needs the rank, which only the plan driven by the full-text match has
    window = order != "best" and _window_first(conn, scope, fts, filters)
    backend = backend_of(conn)
    match = backend.fts_window(SEARCH_TABLES[scope]) if window else backend.fts(SEARCH_TABLES[scope])
    who = "coalesce(u.speaker_name, u.speaker)" if scope == "quote" else "NULL"
    # bm25 reads every match's positions and sizes: only "best" order needs it
    rank = match.rank if fts and not window and order == "best" else ""
    sort = {
        "newest": "latest DESC, id DESC",
        "oldest": "earliest ASC, id ASC",
        "best": "best ASC, latest DESC, id DESC",
    }[order]
    latest = match.latest if fts else "u.id"
    # the latest SEARCH_WINDOW matches: found among the ids the full-text index gives in its own
    # order when they can be (_window), else read newest first by one statement
    groups = _window_page(conn, scope, fts, filters, order, limit, offset) if fts and not window and not rank else None
    if groups is None:
        among = _window(conn, scope, fts, filters) if fts and rank else None
        body = _search_sql(conn, scope, fts, filters, params, window)
        if among is None:
            body += f" ORDER BY {latest} DESC LIMIT {int(SEARCH_WINDOW)}"
        elif among.full:  # the rank needs the full-text match: the same one, from the window's first id
            body += f" AND {latest} >= ?"
            params.append(among.ids[0])
        groups = _rows(
            conn.execute(
                f"""
        WITH m AS MATERIALIZED (SELECT u.id, u.text, u.article_id, {who} AS who, coalesce(a.published, '') AS published,
                          {rank or "0"} AS rank {body})
        SELECT max(id) AS id, count(*) AS units, count(DISTINCT who) AS speakers,
               count(DISTINCT article_id) AS articles, max(published) AS latest, min(published) AS earliest,
               min(rank) AS best
        FROM m GROUP BY text ORDER BY {sort} LIMIT ? OFFSET ?""",
                params + [limit, offset],
            )
        )
    if not groups:
        return []
    params = []
    body = _search_sql(conn, scope, fts, filters, params)
    snippet = (
        backend.fts(SEARCH_TABLES[scope]).snippet
        if fts
        else "CASE WHEN length(u.text) > 300 THEN substr(u.text, 1, 300) || '…' ELSE u.text END"
    )
    extra = {
        "quote": "u.speaker, u.speaker_name, u.speaker_role, u.speaker_org, NULL AS author, NULL AS posted,",
        "comment": "NULL AS speaker, NULL AS speaker_name, NULL AS speaker_role, NULL AS speaker_org, "
        "u.author, u.posted,",
        "paragraph": "NULL AS speaker, NULL AS speaker_name, NULL AS speaker_role, NULL AS speaker_org, "
        "NULL AS author, NULL AS posted,",
    }[scope]
    sentiment = (
        "NULL"
        if scope == "paragraph"
        else f"(SELECT sentiment FROM annotations an WHERE an.unit_type = '{scope}' AND an.unit_id = u.id)"
    )
    themes = (
        f"(SELECT themes FROM annotations an WHERE an.unit_type = '{scope}' AND an.unit_id = u.id)"
        if scope != "paragraph"
        # each theme once, in the order of its first sentence, then by name (as the theme tags were
        # stored by name until migration 10, which stores a theme's code)
        else f"""(SELECT {backend.json_array_agg("p.theme")} FROM (
                    SELECT t.theme AS theme, min(x.id) AS first FROM sentences x JOIN annotation_themes t
                    ON t.unit_type = 'sentence' AND t.unit_id = x.id WHERE x.paragraph_id = u.id
                    GROUP BY t.theme ORDER BY first, t.theme) p)"""
    )
    ids = [g["id"] for g in groups]
    # with words, the page's ids are checked on each full-text match between the lowest and the
    # highest of them (unary +: a test; the full-text index looks a match up slowly id by id, and
    # reads the matches between two ids alone); browsing looks the ids up
    if fts:
        key = backend.fts(SEARCH_TABLES[scope]).latest
        body += f" AND {key} >= ? AND {key} <= ?"
        params += [min(ids), max(ids)]
        key = f"+{key}"
    else:
        key = "u.id"
    rows = {
        r["id"]: r
        for r in _rows(
            conn.execute(
                f"""
        SELECT '{scope}' AS kind, u.id, u.article_id, u.text, {extra} {snippet} AS snippet,
               a.title, a.url, a.published, s.name AS source, {sentiment} AS sentiment, {themes} AS themes
        {body} AND {key} IN {_in(ids, params)}""",
                params,
            )
        )
    }
    for r in rows.values():
        r["themes"] = json.loads(r["themes"]) if r["themes"] else []
    return [
        rows[g["id"]] | {"units": g["units"], "speakers": g["speakers"], "articles": g["articles"]}
        for g in groups
        if g["id"] in rows
    ]


@_within_search_budget
def search_count(
    conn: Connection, scope: str, fts: str, filters: SearchFilters = SearchFilters(), cap: int = COUNT_CAP
) -> int:
    """How many results (identical texts counted once), up to ``cap + 1`` (the page shows
    "1,000+" beyond the cap).  Counted among the latest :data:`SEARCH_WINDOW` matches: a
    search with more matches than that counts as over the cap.

    Whichever :data:`SEARCH_WINDOW` matches are read, the count is the same, so they are read in
    the store's own order, never newest first; a search whose full-text parameter finds exactly
    its matches (:func:`_exact`) and at least :data:`SEARCH_WINDOW` of them is over the cap
    without reading a row; and a search's page and its count share one reading of its window
    (:func:`_shared`): the count of a page just read is the number of its window's results, and
    a count reads every result of the window, which the page then sorts."""
    params: list = []
    if fts and not _window_first(conn, scope, fts, filters):
        shared = _shared(conn, scope, fts, filters)
        taken = _take(shared)  # the window the page has just read
        if taken is not None:
            return cap + 1 if taken[1] else min(len(taken[0]), cap + 1)
        table = SEARCH_TABLES[scope]
        backend = backend_of(conn)
        query = _match(conn, scope, fts, filters)
        exact = _exact(conn, scope, fts, filters)
        # the words alone (one term, read a page at a time): count before reading the ids
        if exact and query == backend.fts_query(table, fts):
            if backend.fts_match_count(conn, table, query, SEARCH_WINDOW) >= SEARCH_WINDOW:
                return cap + 1
        ids = backend.fts_ids(conn, table, query, SEARCH_WINDOW)
        if len(ids) >= SEARCH_WINDOW and exact:
            return cap + 1
        if len(ids) < SEARCH_WINDOW:  # every match is among them: their results, kept for the page
            every = _window_groups(conn, scope, filters, _Window(ids, exact, False))
            _keep(shared, every, False)
            return min(len(every), cap + 1)
    window = _window_first(conn, scope, fts, filters)
    body = _search_sql(conn, scope, fts, filters, params, window)
    matches, groups = conn.execute(
        f"""
        SELECT count(*), count(DISTINCT text) FROM (SELECT u.text {body} LIMIT ?)""",
        params + [SEARCH_WINDOW],
    ).fetchone()
    return cap + 1 if matches >= SEARCH_WINDOW else min(groups, cap + 1)


def filter_options(conn: Connection) -> dict[str, list[str]]:
    """Sources and speakers' organisations for the search filters, each body once under its one name
    (:func:`corpora.organisations.canonical`)."""
    sources = [r[0] for r in conn.execute("SELECT name FROM sources ORDER BY name")]
    orgs = [
        r[0]
        for r in conn.execute("""
        WITH RECURSIVE o(org, n) AS (
            SELECT min(speaker_org), 1 FROM quotes
            UNION ALL
            SELECT (SELECT min(speaker_org) FROM quotes WHERE speaker_org > o.org), n + 1 FROM o
            WHERE o.org IS NOT NULL AND n < 500)
        SELECT org FROM o WHERE org IS NOT NULL""")
    ]
    return {"sources": sources, "orgs": organisations.one_per_body(orgs)}


PROFILE_QUOTES = 200  # a speaker's themes and sentiment are read from their latest quotes


def _speaker_hint(conn: Connection) -> str:
    """Count quotes by speaker on the ``quotes(speaker_name)`` index of a store before migration 11; from it
    ``quotes`` is a view (its speakers' own table is read along ``speakers_name``, their quotes counted on
    ``quote_rows(speaker_id)``)."""
    return "" if has_version(conn, 11) else backend_of(conn).index_hint("quotes_speaker")


def speakers(conn: Connection, limit: int = 50, offset: int = 0, name_like: str = "") -> list[dict]:
    """Everyone quoted, most quoted first: their number of quotes (counted on the
    ``quotes(speaker_name)`` index), role and organisation as of their latest quote, and the
    themes and sentiment of their latest :data:`PROFILE_QUOTES` quotes."""
    params: list = []
    where = "WHERE speaker_name IS NOT NULL"
    if name_like:
        where += f" AND speaker_name {_like(conn)} ?"
        params.append(_contains(name_like))
    rows = _rows(
        conn.execute(
            f"""
        SELECT speaker_name AS speaker, count(*) AS quotes FROM quotes{_speaker_hint(conn)}
        {where} GROUP BY speaker_name ORDER BY quotes DESC, speaker_name LIMIT ? OFFSET ?""",
            params + [limit, offset],
        )
    )
    for r in rows:
        latest = conn.execute(
            "SELECT speaker_role, speaker_org FROM quotes WHERE speaker_name = ? ORDER BY id DESC LIMIT 1",
            (r["speaker"],),
        ).fetchone()
        r["role"], r["org"] = latest[0], latest[1]
        themes: dict[str, int] = {}
        sentiment: dict[str, int] = {}
        for theme, senti in conn.execute(
            """
                SELECT t.theme, NULL FROM (SELECT id FROM quotes WHERE speaker_name = ? ORDER BY id DESC LIMIT ?) q
                JOIN annotation_themes t ON t.unit_type = 'quote' AND t.unit_id = q.id
                UNION ALL
                SELECT NULL, an.sentiment FROM (SELECT id FROM quotes WHERE speaker_name = ? ORDER BY id DESC LIMIT ?) q
                JOIN annotations an ON an.unit_type = 'quote' AND an.unit_id = q.id""",
            (r["speaker"], PROFILE_QUOTES, r["speaker"], PROFILE_QUOTES),
        ):
            if theme:
                themes[theme] = themes.get(theme, 0) + 1
            if senti:
                sentiment[senti] = sentiment.get(senti, 0) + 1
        r["themes"] = dict(sorted(themes.items(), key=lambda kv: (-kv[1], kv[0])))
        r["sentiment"] = sentiment
        r["profiled"] = min(r["quotes"], PROFILE_QUOTES)
    return rows


def speaker_count(conn: Connection, name_like: str = "") -> int:
    params: list = []
    where = "WHERE speaker_name IS NOT NULL"
    if name_like:
        where += f" AND speaker_name {_like(conn)} ?"
        params.append(_contains(name_like))
    return conn.execute(f"SELECT count(DISTINCT speaker_name) FROM quotes {where}", params).fetchone()[0]


# --------------------------------------------------------------------------- document


def article(conn: Connection, article_id: int) -> dict | None:
    """An article's header, its paragraphs (with the themes of their sentences), quotes,
    and the article-level annotation."""
    row = conn.execute(
        """SELECT a.*, s.name AS source FROM articles a JOIN sources s ON s.id = a.source_id
                          WHERE a.id = ?""",
        (article_id,),
    ).fetchone()
    if row is None:
        return None
    out = dict(row)
    paragraphs = _rows(
        conn.execute(
            "SELECT id, position, kind, text FROM paragraphs WHERE article_id = ? ORDER BY position", (article_id,)
        )
    )
    para_themes: dict[int, set[str]] = {}
    para_sentiment: dict[int, dict[str, int]] = {}
    for r in conn.execute(
        """SELECT s.paragraph_id, t.theme FROM sentences s
                             JOIN annotation_themes t ON t.unit_type = 'sentence' AND t.unit_id = s.id
                             WHERE s.article_id = ? AND s.paragraph_id IS NOT NULL""",
        (article_id,),
    ):
        para_themes.setdefault(r[0], set()).add(r[1])
    for r in conn.execute(
        """SELECT s.paragraph_id, an.sentiment, count(*) FROM sentences s
                             JOIN annotations an ON an.unit_type = 'sentence' AND an.unit_id = s.id
                             WHERE s.article_id = ? AND s.paragraph_id IS NOT NULL
                             GROUP BY s.paragraph_id, an.sentiment ORDER BY s.paragraph_id, an.sentiment""",
        (article_id,),
    ):
        para_sentiment.setdefault(r[0], {})[r[1]] = r[2]
    for p in paragraphs:
        p["themes"] = sorted(para_themes.get(p["id"], ()))
        p["sentiment"] = para_sentiment.get(p["id"], {})
    out["paragraphs"] = paragraphs
    out["quotes"] = _rows(
        conn.execute(
            """
        SELECT q.id, q.paragraph_id, q.position, q.text, q.speaker, q.speaker_name, q.speaker_role, q.speaker_org,
               q.cue, q.fragment,
               (SELECT an.sentiment FROM annotations an WHERE an.unit_type = 'quote' AND an.unit_id = q.id) AS sentiment,
               (SELECT an.themes FROM annotations an WHERE an.unit_type = 'quote' AND an.unit_id = q.id) AS themes
        FROM quotes q
        WHERE q.article_id = ? ORDER BY q.position""",
            (article_id,),
        )
    )
    for q in out["quotes"]:
        q["themes"] = json.loads(q["themes"]) if q["themes"] else []
    ann = conn.execute(
        "SELECT sentiment, themes FROM annotations WHERE unit_type = 'article' AND unit_id = ?", (article_id,)
    ).fetchone()
    out["sentiment"] = ann["sentiment"] if ann else None
    out["themes"] = json.loads(ann["themes"]) if ann else []
    out["comments_collected"] = conn.execute(
        "SELECT count(*) FROM comments WHERE article_id = ?", (article_id,)
    ).fetchone()[0]
    return out


def article_comments(conn: Connection, article_id: int, limit: int = 200, offset: int = 0) -> list[dict]:
    """One page of an article's comment thread with each comment's sentiment and themes."""
    rows = _rows(
        conn.execute(
            """
        SELECT c.id, c.position, c.parent_id, c.author, c.posted, c.text, c.moderated,
               (SELECT an.sentiment FROM annotations an WHERE an.unit_type = 'comment' AND an.unit_id = c.id) AS sentiment,
               (SELECT an.themes FROM annotations an WHERE an.unit_type = 'comment' AND an.unit_id = c.id) AS themes
        FROM comments c
        WHERE c.article_id = ? ORDER BY c.position, c.id LIMIT ? OFFSET ?""",
            (article_id, limit, offset),
        )
    )
    for r in rows:
        r["themes"] = json.loads(r["themes"]) if r["themes"] else []
    return rows


def thread_names(conn: Connection, article_id: int) -> dict[str, list[str]]:
    """The names in an article's thread, for pseudonymising it: its commenters, and the
    quoted speakers (public figures, whose names stay)."""
    commenters = [
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT author FROM comments WHERE article_id = ? AND author IS NOT NULL", (article_id,)
        )
    ]
    speakers = [
        n
        for r in conn.execute("SELECT DISTINCT speaker, speaker_name FROM quotes WHERE article_id = ?", (article_id,))
        for n in r
        if n
    ]
    return {"commenters": commenters, "speakers": speakers}


def find_articles(conn: Connection, title_like: str = "", limit: int = 50) -> list[dict]:
    """Articles to open: the latest, or those whose title contains ``title_like``."""
    params: list = []
    where = ""
    if title_like:
        where = f"WHERE a.title {_like(conn)} ?"
        params.append(_contains(title_like))
    return _rows(
        conn.execute(
            f"""SELECT a.id, a.title, a.published, s.name AS source FROM articles a
                                  JOIN sources s ON s.id = a.source_id {where}
                                  ORDER BY a.published DESC, a.id DESC LIMIT ?""",
            params + [limit],
        )
    )


# --------------------------------------------------------------------------- annotate


def units_to_label(
    conn: Connection, skip: tuple[tuple[str, int], ...] = (), limit: int = 1, window: int = 20000
) -> list[dict]:
    """Units the model is least sure of (lowest top sentiment probability), not yet labelled.

    Only the ``window`` most recently annotated units are ranked, so the queue is instant on
    any corpus and follows what the latest refresh brought in.  Identical texts are one
    item: a unit whose text is already labelled, or is the text of a skipped unit, is left
    out, and each unit says how many units share its text (``units``, ``speakers``,
    ``articles``)."""
    text_sql = {
        "sentence": "SELECT text FROM sentences WHERE id = ?",
        "comment": "SELECT text FROM comments WHERE id = ?",
        "quote": "SELECT text FROM quotes WHERE id = ?",
    }

    def text_of(unit_type: str, unit_id: int) -> str:
        t = conn.execute(text_sql[unit_type], (unit_id,)).fetchone()
        return t[0] if t else ""

    backend = backend_of(conn)
    # the newest annotation first, alone: inside the statement below SQLite planned the view's
    # max() as a scan building an automatic index (1.7 s of the queue's 2.5 s on the 1M store)
    newest = conn.execute(f"SELECT coalesce(max({backend.row_order}), 0) FROM annotations").fetchone()[0]
    params: list = [newest - window]
    skip_sql = ""
    if skip:
        skip_sql = " AND (an.unit_type || ':' || an.unit_id) NOT IN (" + ",".join("?" * len(skip)) + ")"
        params += [f"{t}:{i}" for t, i in skip]
    done = {text_of(t, i) for t, i in skip if t in text_sql}
    out: list[dict] = []
    # the scores are stored packed (corpora/scores.py): unpacked and ranked here, least sure first
    # (no sentiment at all first), then by unit
    keys_of = scores.KeyLists(conn).keys_of
    window_rows = [
        r
        for r in _rows(
            conn.execute(
                f"""
        SELECT an.unit_type, an.unit_id, an.article_id, an.sentiment, an.sentiment_scores, an.themes,
               an.theme_scores, an.model_version
        FROM annotations an
        WHERE an.{backend.row_order} > ?
              AND an.unit_type IN ('sentence', 'comment', 'quote')
              AND NOT EXISTS (SELECT 1 FROM labels l WHERE l.unit_type = an.unit_type AND l.unit_id = an.unit_id)
              {skip_sql}""",
                params,
            )
        )
    ]
    # ranked on the sentiment scores alone; a row is read back whole only when it is looked at
    for r in window_rows:
        r["confidence"] = scores.confidence(scores.unpack_sentiment_scores(r["sentiment_scores"], keys_of))
    window_rows.sort(key=lambda r: (r["confidence"] is not None, r["confidence"] or 0.0, r["unit_type"], r["unit_id"]))
    for r in window_rows[: limit + 200]:
        r.update(scores.unpack_row(r, keys_of))
        r["text"] = text_of(r["unit_type"], r["unit_id"])
        if r["text"] in done or conn.execute("SELECT 1 FROM labels WHERE text = ? LIMIT 1", (r["text"],)).fetchone():
            continue
        done.add(r["text"])
        a = conn.execute("SELECT title, url, published FROM articles WHERE id = ?", (r["article_id"],)).fetchone()
        r["title"], r["url"], r["published"] = (a[0], a[1], a[2]) if a else (None, None, None)
        out.append(r | same_text(conn, r["unit_type"], r["text"]))
        if len(out) == limit:
            break
    return out


def label_agreement(conn: Connection) -> dict:
    """How far the model agrees with the human labels so far (latest label per unit):
    sentiment accuracy and Cohen's kappa, theme micro precision/recall/F1."""
    rows = conn.execute("""
        SELECT l.sentiment AS gold_sentiment, l.themes AS gold_themes, an.sentiment, an.themes
        FROM labels l CROSS JOIN annotations an ON an.unit_type = l.unit_type AND an.unit_id = l.unit_id
        WHERE l.id = (SELECT max(id) FROM labels m WHERE m.unit_type = l.unit_type AND m.unit_id = l.unit_id)""").fetchall()
    pairs = [(r["gold_sentiment"], r["sentiment"]) for r in rows if r["gold_sentiment"]]
    out: dict[str, Any] = {
        "labels": conn.execute("SELECT count(*) FROM labels").fetchone()[0],
        "compared": len(rows),
        "sentiment_pairs": len(pairs),
    }
    if pairs:
        agree = sum(g == p for g, p in pairs) / len(pairs)
        labels = {x for pair in pairs for x in pair}
        expected = sum(
            (sum(g == k for g, _ in pairs) / len(pairs)) * (sum(p == k for _, p in pairs) / len(pairs)) for k in labels
        )
        out["sentiment_accuracy"] = agree
        out["sentiment_kappa"] = (agree - expected) / (1 - expected) if expected < 1 else 1.0
    tp = fp = fn = 0
    theme_rows = 0
    for r in rows:
        if r["gold_themes"] is None:
            continue
        theme_rows += 1
        gold, pred = set(json.loads(r["gold_themes"])), set(json.loads(r["themes"]))
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
    out["theme_pairs"] = theme_rows
    if theme_rows:
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        out["theme_precision"], out["theme_recall"] = precision, recall
        out["theme_f1"] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return out


# --------------------------------------------------------------------------- corpus health


def runs(conn: Connection, limit: int = 50) -> list[dict]:
    rows = _rows(
        conn.execute(
            """SELECT r.id, r.kind, r.started, r.finished, r.status, r.counts,
                                        (SELECT count(*) FROM errors e WHERE e.run_id = r.id) AS errors
                                 FROM runs r ORDER BY r.id DESC LIMIT ?""",
            (limit,),
        )
    )
    for r in rows:
        r["counts"] = json.loads(r["counts"] or "{}")
    return rows


def errors_by_source(conn: Connection) -> list[dict]:
    return _rows(
        conn.execute("""SELECT coalesce(source, '(unknown)') AS source, count(*) AS errors,
                                        count(DISTINCT location) AS locations, max(at) AS latest
                                 FROM errors GROUP BY source ORDER BY errors DESC""")
    )


def recent_errors(conn: Connection, limit: int = 100) -> list[dict]:
    """The latest errors: pages that failed to fetch or parse, with the reason."""
    return _rows(
        conn.execute(
            """SELECT id, run_id, at, source, location, reason FROM errors
                                 ORDER BY id DESC LIMIT ?""",
            (limit,),
        )
    )
