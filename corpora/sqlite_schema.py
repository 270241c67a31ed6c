"""The corpus store's schema in SQLite, as an ordered list of migrations (the reference schema
of every backend: see :class:`corpora.backend.Backend`).

``PRAGMA user_version`` holds how many of them a store has had applied.  Never
edit a migration that has shipped: append a new one.
"""

from __future__ import annotations


def _fts(table: str, columns: tuple[str, ...]) -> str:
    """An external-content FTS5 index over ``table`` kept in sync by triggers."""
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    return f"""
CREATE VIRTUAL TABLE {table}_fts USING fts5(
    {cols}, content='{table}', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN
    INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.id, {new});
END;
CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN
    INSERT INTO {table}_fts({table}_fts, rowid, {cols}) VALUES ('delete', old.id, {old});
END;
CREATE TRIGGER {table}_fts_au AFTER UPDATE OF {cols} ON {table} BEGIN
    INSERT INTO {table}_fts({table}_fts, rowid, {cols}) VALUES ('delete', old.id, {old});
    INSERT INTO {table}_fts(rowid, {cols}) VALUES (new.id, {new});
END;
"""


CORE = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sources (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    base_url TEXT,
    kind     TEXT NOT NULL DEFAULT 'site'          -- site | file
);

CREATE TABLE articles (
    id                 INTEGER PRIMARY KEY,
    source_id          INTEGER NOT NULL REFERENCES sources(id),
    url                TEXT NOT NULL UNIQUE,        -- canonical URL, or file:NAME#HASH for a text dump
    title              TEXT,
    standfirst         TEXT,
    byline             TEXT,
    section            TEXT,
    published          TEXT,                        -- ISO 8601
    fetched            TEXT NOT NULL,               -- ISO 8601 UTC, when this version was stored
    content_hash       TEXT NOT NULL,
    comments_declared  INTEGER,                     -- the count the page itself shows
    origin             TEXT NOT NULL DEFAULT 'crawl' CHECK (origin IN ('crawl', 'file')),
    etag               TEXT,
    last_modified      TEXT,
    comments_checked   TEXT,                        -- when the thread was last re-checked
    next_check         TEXT                         -- when the thread is due again
);
CREATE INDEX articles_source ON articles(source_id);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_next_check ON articles(next_check);

CREATE TABLE paragraphs (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'text' CHECK (kind IN ('text', 'bullet', 'heading')),
    text        TEXT NOT NULL,
    UNIQUE (article_id, position)
);

CREATE TABLE comments (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    key           TEXT NOT NULL,                    -- identity within the article (see CommentRecord.key)
    external_id   TEXT,
    parent_id     INTEGER REFERENCES comments(id) ON DELETE SET NULL,
    author        TEXT,
    posted        TEXT,
    text          TEXT NOT NULL,
    moderated     INTEGER NOT NULL DEFAULT 0,
    content_hash  TEXT NOT NULL,
    first_seen    TEXT NOT NULL,
    UNIQUE (article_id, key)
);
CREATE INDEX comments_posted ON comments(posted);
CREATE INDEX comments_author ON comments(author);

CREATE TABLE runs (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL,                        -- ingest | crawl | refresh | analyze | train ...
    started   TEXT NOT NULL,
    finished  TEXT,
    status    TEXT NOT NULL DEFAULT 'running',      -- running | ok | partial | failed
    args      TEXT,                                 -- JSON
    counts    TEXT                                  -- JSON: pages_fetched, not_modified, new_articles ...
);

CREATE TABLE errors (
    id        INTEGER PRIMARY KEY,
    run_id    INTEGER REFERENCES runs(id) ON DELETE SET NULL,
    at        TEXT NOT NULL,
    source    TEXT,
    location  TEXT NOT NULL,                        -- URL or file path
    reason    TEXT NOT NULL
);
CREATE INDEX errors_run ON errors(run_id);

-- crawl state: conditional-request validators and the persistent frontier
CREATE TABLE http_cache (
    url            TEXT PRIMARY KEY,
    etag           TEXT,
    last_modified  TEXT,
    status         INTEGER,
    content_hash   TEXT,
    fetched        TEXT NOT NULL
);

CREATE TABLE frontier (
    url         TEXT PRIMARY KEY,
    source      TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'article',    -- article | comments
    discovered  TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT
);
CREATE INDEX frontier_state ON frontier(state, source);

-- language pipeline output
CREATE TABLE sentences (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    paragraph_id  INTEGER REFERENCES paragraphs(id) ON DELETE CASCADE,
    comment_id    INTEGER REFERENCES comments(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,                 -- order within its paragraph or comment
    start         INTEGER NOT NULL,                 -- character offsets into the parent text
    end           INTEGER NOT NULL,
    text          TEXT NOT NULL,
    CHECK ((paragraph_id IS NULL) <> (comment_id IS NULL))
);
CREATE INDEX sentences_article ON sentences(article_id);
CREATE INDEX sentences_paragraph ON sentences(paragraph_id);
CREATE INDEX sentences_comment ON sentences(comment_id);

CREATE TABLE quotes (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    paragraph_id  INTEGER REFERENCES paragraphs(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,                 -- order within the article
    start         INTEGER,                          -- character offsets into the first paragraph
    end           INTEGER,
    text          TEXT NOT NULL,
    speaker       TEXT,                             -- as written
    speaker_name  TEXT,
    speaker_role  TEXT,
    speaker_org   TEXT,
    cue           TEXT,
    fragment      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_name);
CREATE INDEX quotes_org ON quotes(speaker_org);

-- what the pipeline and the models have done to each article
CREATE TABLE processing (
    article_id        INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    pipeline_version  TEXT,
    content_hash      TEXT,                         -- article hash the units were made from
    comments_hash     TEXT,                         -- digest of the comment keys and hashes
    model_version     TEXT,
    updated           TEXT NOT NULL
);

-- theme and sentiment annotations by the current model
CREATE TABLE annotations (
    unit_type         TEXT NOT NULL CHECK (unit_type IN ('sentence', 'comment', 'article', 'quote')),
    unit_id           INTEGER NOT NULL,
    article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    model_version     TEXT NOT NULL,
    sentiment         TEXT NOT NULL,
    sentiment_scores  TEXT NOT NULL,                -- JSON {label: p}
    themes            TEXT NOT NULL,                -- JSON [theme ids]
    theme_scores      TEXT NOT NULL,                -- JSON {id: p}
    PRIMARY KEY (unit_type, unit_id)
);
CREATE INDEX annotations_article ON annotations(article_id);

CREATE TABLE annotation_themes (
    unit_type   TEXT NOT NULL,
    unit_id     INTEGER NOT NULL,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    theme       TEXT NOT NULL,
    score       REAL NOT NULL,
    PRIMARY KEY (unit_type, unit_id, theme)
);
CREATE INDEX annotation_themes_theme ON annotation_themes(theme, unit_type);

-- human labels (from the app or imported), used by `gpwatch train`
CREATE TABLE labels (
    id         INTEGER PRIMARY KEY,
    unit_type  TEXT,
    unit_id    INTEGER,
    text       TEXT NOT NULL,
    sentiment  TEXT,
    themes     TEXT,                                -- JSON [theme ids], NULL when not labelled
    annotator  TEXT,
    created    TEXT NOT NULL
);
CREATE INDEX labels_unit ON labels(unit_type, unit_id);
"""

# the rollup triggers' two halves: count a new annotation in, count an old one out
_ROLLUP_ADD = """    INSERT INTO annotation_rollup(theme, unit_type, day, sentiment, n)
    SELECT t.theme, new.unit_type,
           coalesce(substr((SELECT published FROM articles WHERE id = new.article_id), 1, 10), ''), new.sentiment, 1
    FROM (SELECT '' AS theme UNION ALL SELECT value FROM json_each(new.themes)) t
    WHERE 1
    ON CONFLICT(theme, unit_type, day, sentiment) DO UPDATE SET n = n + 1;
"""
_ROLLUP_SUB = """    UPDATE annotation_rollup SET n = n - 1
    WHERE theme IN (SELECT '' UNION ALL SELECT value FROM json_each(old.themes)) AND unit_type = old.unit_type
      AND day = coalesce(substr((SELECT published FROM articles WHERE id = old.article_id), 1, 10), '')
      AND sentiment = old.sentiment;
"""


# migration 3's triggers on ``annotations`` that keep the rollup exact (migration 9 makes them again
# on its rebuilt table)
_ANNOTATION_ROLLUP_TRIGGERS = (
    "CREATE TRIGGER annotations_rollup_ai AFTER INSERT ON annotations BEGIN\n"
    + _ROLLUP_ADD
    + "END;\n\nCREATE TRIGGER annotations_rollup_ad AFTER DELETE ON annotations BEGIN\n"
    + _ROLLUP_SUB
    + "END;\n\nCREATE TRIGGER annotations_rollup_au AFTER UPDATE OF unit_type, article_id, sentiment, themes ON annotations BEGIN\n"
    + _ROLLUP_SUB
    + _ROLLUP_ADD
    + "END;\n"
)


def _pack_scores(column: str, usual: str) -> str:
    """Migration 7's conversion of ``annotations.{column}`` from a JSON object to packed values
    (corpora/scores.py), for the rows whose every value is a real whose text reads back the same:
    bare values when the keys are the JSON array ``usual`` (an SQL expression), else after the id
    of the key list, added to ``score_keys``."""
    keys = f"(SELECT json_group_array(j.key) FROM json_each({column}) j)"
    values = f"(SELECT group_concat(CAST(j.value AS TEXT), ',') FROM json_each({column}) j)"
    packable = f"""{column} LIKE '{{%' AND json_valid({column}) AND json_type({column}) = 'object'
  AND json_valid(themes) AND EXISTS (SELECT 1 FROM json_each({column}))
  AND NOT EXISTS (SELECT 1 FROM json_each({column}) j
                  WHERE j.type <> 'real' OR CAST(CAST(j.value AS TEXT) AS REAL) <> j.value)"""
    return f"""
INSERT INTO score_keys(keys)
SELECT DISTINCT {keys} FROM annotations WHERE {packable} AND {keys} <> json({usual}) ORDER BY 1
ON CONFLICT(keys) DO NOTHING;

UPDATE annotations
SET {column} = CASE WHEN {keys} = json({usual}) THEN {values}
                    ELSE '#' || (SELECT k.id FROM score_keys k WHERE k.keys = {keys}) || ':' || {values} END
WHERE {packable};
"""


MIGRATIONS: list[str] = [
    CORE
    + _fts("paragraphs", ("text",))
    + _fts("comments", ("text",))
    + _fts("sentences", ("text",))
    + _fts("quotes", ("text", "speaker")),
    # 2: covering indexes for the app's aggregates (theme prevalence and sentiment by voice
    # and month), so they read index entries instead of table rows (corpora/queries.py)
    """
CREATE INDEX annotations_voice_article ON annotations(unit_type, article_id, sentiment);
CREATE INDEX annotation_themes_theme_article ON annotation_themes(theme, unit_type, article_id, unit_id, score);
""",
    # 3: annotation_rollup, units per (theme, unit type, publication day, sentiment), kept exact by
    # triggers, so the app's overview and theme timelines read a few thousand rows instead of
    # scanning every annotation (theme '' counts all units; day '' is an undated article).
    # Annotations of a deleted article are removed before it (so the rollup can still see its
    # day), and a changed publication date moves its counts.
    """
CREATE TABLE annotation_rollup (
    theme      TEXT NOT NULL,
    unit_type  TEXT NOT NULL,
    day        TEXT NOT NULL,
    sentiment  TEXT NOT NULL,
    n          INTEGER NOT NULL,
    PRIMARY KEY (theme, unit_type, day, sentiment)
) WITHOUT ROWID;

INSERT INTO annotation_rollup(theme, unit_type, day, sentiment, n)
SELECT '', a.unit_type, coalesce(substr(ar.published, 1, 10), ''), a.sentiment, count(*)
FROM annotations a JOIN articles ar ON ar.id = a.article_id
GROUP BY a.unit_type, 3, a.sentiment;

INSERT INTO annotation_rollup(theme, unit_type, day, sentiment, n)
SELECT j.value, a.unit_type, coalesce(substr(ar.published, 1, 10), ''), a.sentiment, count(DISTINCT a.rowid)
FROM annotations a JOIN articles ar ON ar.id = a.article_id JOIN json_each(a.themes) j
GROUP BY j.value, a.unit_type, 3, a.sentiment;

"""
    + _ANNOTATION_ROLLUP_TRIGGERS
    + """
CREATE TRIGGER articles_rollup_bd BEFORE DELETE ON articles BEGIN
    DELETE FROM annotations WHERE article_id = old.id;
END;

CREATE TRIGGER articles_rollup_bu BEFORE UPDATE OF published ON articles
WHEN old.published IS NOT new.published BEGIN
    UPDATE annotation_rollup SET n = n - (
        SELECT count(*) FROM annotations a
        WHERE a.article_id = old.id AND a.unit_type = annotation_rollup.unit_type
          AND a.sentiment = annotation_rollup.sentiment
          AND (annotation_rollup.theme = ''
               OR EXISTS (SELECT 1 FROM json_each(a.themes) j WHERE j.value = annotation_rollup.theme)))
    WHERE day = coalesce(substr(old.published, 1, 10), '');
END;

CREATE TRIGGER articles_rollup_au AFTER UPDATE OF published ON articles
WHEN old.published IS NOT new.published BEGIN
    INSERT INTO annotation_rollup(theme, unit_type, day, sentiment, n)
    SELECT theme, unit_type, day, sentiment, n FROM (
        SELECT '' AS theme, a.unit_type, coalesce(substr(new.published, 1, 10), '') AS day, a.sentiment,
               count(*) AS n
        FROM annotations a WHERE a.article_id = new.id GROUP BY a.unit_type, a.sentiment
        UNION ALL
        SELECT j.value, a.unit_type, coalesce(substr(new.published, 1, 10), ''), a.sentiment, count(DISTINCT a.rowid)
        FROM annotations a JOIN json_each(a.themes) j WHERE a.article_id = new.id
        GROUP BY j.value, a.unit_type, a.sentiment)
    WHERE 1
    ON CONFLICT(theme, unit_type, day, sentiment) DO UPDATE SET n = n + excluded.n;
END;
""",
    # 4: comment_counts, the comments collected per article, kept exact by triggers, so the
    # app's most-discussed articles and coverage read one row an article instead of grouping
    # every comment.  A deleted article's row goes with it.
    """
CREATE TABLE comment_counts (
    article_id INTEGER PRIMARY KEY,
    n          INTEGER NOT NULL
);

INSERT INTO comment_counts(article_id, n)
SELECT article_id, count(*) FROM comments GROUP BY article_id;

CREATE TRIGGER comments_count_ai AFTER INSERT ON comments BEGIN
    INSERT INTO comment_counts(article_id, n) VALUES (new.article_id, 1)
    ON CONFLICT(article_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER comments_count_ad AFTER DELETE ON comments BEGIN
    UPDATE comment_counts SET n = n - 1 WHERE article_id = old.article_id;
END;

CREATE TRIGGER comments_count_au AFTER UPDATE OF article_id ON comments
WHEN old.article_id IS NOT new.article_id BEGIN
    UPDATE comment_counts SET n = n - 1 WHERE article_id = old.article_id;
    INSERT INTO comment_counts(article_id, n) VALUES (new.article_id, 1)
    ON CONFLICT(article_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER articles_count_ad AFTER DELETE ON articles BEGIN
    DELETE FROM comment_counts WHERE article_id = old.id;
END;
""",
    # 5: annotation_rollup_month, the day rollup summed by month (month '' is undated), kept
    # equal to it by triggers on the day rollup itself, so the app's default views (every
    # month of the corpus) read a few thousand rows; a period's edge months still come from
    # the day rollup (corpora/queries.py: rollup_by_month).  And two indexes that answer a top-N
    # without a scan: comment_counts by count (the most discussed articles) and theme tags by
    # score (a theme's representative comments and quotes).
    """
CREATE INDEX comment_counts_n ON comment_counts(n);

CREATE INDEX annotation_themes_score ON annotation_themes(theme, unit_type, score, unit_id);

CREATE TABLE annotation_rollup_month (
    theme      TEXT NOT NULL,
    unit_type  TEXT NOT NULL,
    month      TEXT NOT NULL,
    sentiment  TEXT NOT NULL,
    n          INTEGER NOT NULL,
    PRIMARY KEY (theme, unit_type, month, sentiment)
) WITHOUT ROWID;

INSERT INTO annotation_rollup_month(theme, unit_type, month, sentiment, n)
SELECT theme, unit_type, substr(day, 1, 7), sentiment, sum(n) FROM annotation_rollup GROUP BY 1, 2, 3, 4;

CREATE TRIGGER annotation_rollup_month_ai AFTER INSERT ON annotation_rollup BEGIN
    INSERT INTO annotation_rollup_month(theme, unit_type, month, sentiment, n)
    VALUES (new.theme, new.unit_type, substr(new.day, 1, 7), new.sentiment, new.n)
    ON CONFLICT(theme, unit_type, month, sentiment) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER annotation_rollup_month_ad AFTER DELETE ON annotation_rollup BEGIN
    UPDATE annotation_rollup_month SET n = n - old.n
    WHERE theme = old.theme AND unit_type = old.unit_type AND month = substr(old.day, 1, 7)
      AND sentiment = old.sentiment;
END;

CREATE TRIGGER annotation_rollup_month_au AFTER UPDATE ON annotation_rollup BEGIN
    UPDATE annotation_rollup_month SET n = n - old.n
    WHERE theme = old.theme AND unit_type = old.unit_type AND month = substr(old.day, 1, 7)
      AND sentiment = old.sentiment;
    INSERT INTO annotation_rollup_month(theme, unit_type, month, sentiment, n)
    VALUES (new.theme, new.unit_type, substr(new.day, 1, 7), new.sentiment, new.n)
    ON CONFLICT(theme, unit_type, month, sentiment) DO UPDATE SET n = n + excluded.n;
END;
""",
    # 6: a leaner store (issue 18; bench_ingest's store rows).  Theme tags become a WITHOUT ROWID
    # table keyed by (unit_type, unit_id, theme): the table is its own primary-key index instead
    # of a rowid table plus a copy of every row in that index (annotations keep their rowid: the
    # labelling queue reads the latest ones by it).  annotation_themes(theme, unit_type) goes: every
    # query it served is served by the prefix of annotation_themes_theme_article.
    # comments(posted) and comments(author) go: no statement filters or orders all comments by
    # either (a thread's comments are read by article).  comments.content_hash goes: it is
    # sha256(author, posted, text, moderated), all stored beside it, so corpora/store.py
    # computes it from them when it needs it (CommentRecord.hash, the same digest).
    # And two narrow covering indexes for filtered searches, which look up every full-text match's
    # article (date, section, source) and annotation (sentiment): read from small index b-trees
    # instead of the wide article and annotation rows (bench_search's filtered rows).
    """
CREATE TABLE annotation_themes_v6 (
    unit_type   TEXT NOT NULL,
    unit_id     INTEGER NOT NULL,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    theme       TEXT NOT NULL,
    score       REAL NOT NULL,
    PRIMARY KEY (unit_type, unit_id, theme)
) WITHOUT ROWID;

INSERT INTO annotation_themes_v6(unit_type, unit_id, article_id, theme, score)
SELECT unit_type, unit_id, article_id, theme, score FROM annotation_themes ORDER BY unit_type, unit_id, theme;

DROP TABLE annotation_themes;

ALTER TABLE annotation_themes_v6 RENAME TO annotation_themes;

CREATE INDEX annotation_themes_theme_article ON annotation_themes(theme, unit_type, article_id, unit_id, score);

CREATE INDEX annotation_themes_score ON annotation_themes(theme, unit_type, score, unit_id);

DROP INDEX comments_posted;

DROP INDEX comments_author;

ALTER TABLE comments DROP COLUMN content_hash;

CREATE INDEX articles_filters ON articles(id, published, section, source_id);

CREATE INDEX annotations_unit_sentiment ON annotations(unit_type, unit_id, sentiment);
""",
    # 7: leaner annotation rows (issue 18; bench_ingest's store rows).  The sentiment and theme
    # probabilities are stored as bare values (corpora/scores.py): alone when their keys are the usual
    # ones (sentiment: negative, neutral, positive in that order; themes: the annotation's own themes in
    # order), else after the id of their key list in score_keys (a whole codebook's theme scores, another
    # codebook's labels), so the keys no longer repeat on every row; an empty dict or a value that is not
    # a number stays JSON.  A stored value is converted only when its text reads back as the same
    # number.  And annotations(unit_type, article_id, sentiment) goes: it served the per-article counts
    # of stores older than the rollups (migration 3), which every store has now; the theme tags' index
    # by article loses its score column (only the score index reads scores, to rank a theme's units).
    """
CREATE TABLE score_keys (
    id    INTEGER PRIMARY KEY,
    keys  TEXT NOT NULL UNIQUE                      -- JSON array of the keys, in order
);

DROP INDEX annotations_voice_article;

DROP INDEX annotation_themes_theme_article;

CREATE INDEX annotation_themes_theme_article ON annotation_themes(theme, unit_type, article_id, unit_id);
"""
    + _pack_scores("sentiment_scores", '\'["negative","neutral","positive"]\'')
    + _pack_scores("theme_scores", "themes"),
]


# 8: filter tokens inside the full-text indexes of comments, paragraphs and quotes (issue 18:
# filtered searches), so that FTS5 intersects a search with its filters instead of the search
# looking up every match's article and annotation.  Each unit's ``filters`` column holds its tokens:
# the publication year and month of its article (``y2020 m202003``; ``dx`` for a date that does not
# start with a valid ``YYYY-MM-DD``, which any window may hold as text compares; none when undated), for paragraphs the article's section (``s`` + hex), and for
# comments and quotes the unit's sentiment (``n`` + hex; ``n`` alone when not annotated); of a
# section or sentiment, its first four characters.  A window
# is a union of year and month tokens (its first and last months whole), so the tokens find a
# superset of what a filter keeps: a search keeps its SQL conditions, and its results are exactly
# those of migration 6 (tests/test_search_filter_tokens.py compares them).  NULL means "not in the
# full-text index yet" (a bulk load indexes such rows set-wise at its end).  The column is indexed
# as a second FTS5 column (searches match the ``text`` column only: SQLiteBackend.fts_query) and
# kept in step by triggers: when a unit is inserted or moved to another article, when its
# annotation's sentiment changes, and when its article's date or section changes.
FILTERED_FTS = {"comments": ("text",), "paragraphs": ("text",), "quotes": ("text", "speaker")}
#: the unit type of each table's annotations, for the tables whose sentiment is a filter token
SENTIMENT_UNIT = {"comments": "comment", "quotes": "quote"}
#: a section's or sentiment's token holds its first characters only (in hex: any text is one token);
#: two values that share them share a token, which only makes the prefilter find more
TOKEN_CHARS = 4
#: the tables whose article's section is a filter token
SECTION_TOKENS = ("paragraphs",)


def article_tokens_sql(table: str) -> str:
    """SQL of the filter tokens a unit of ``table`` takes from its article, over the article row ``a``
    (never NULL)."""
    p = "a.published"
    date = (
        f"CASE WHEN {p} IS NULL THEN '' "
        f"WHEN date(substr({p}, 1, 10)) IS substr({p}, 1, 10) THEN "
        f"'y' || substr({p}, 1, 4) || ' m' || substr({p}, 1, 4) || substr({p}, 6, 2) ELSE 'dx' END"
    )
    section = (
        f" || ' s' || lower(hex(substr(coalesce(a.section, ''), 1, {TOKEN_CHARS})))" if table in SECTION_TOKENS else ""
    )
    return f"{date}{section}"


def sentiment_token_sql(sentiment: str) -> str:
    """SQL of the filter token of the sentiment that ``sentiment`` names (after its `` n``)."""
    return f"lower(hex(substr({sentiment}, 1, {TOKEN_CHARS})))"


def filter_tokens_sql(table: str, unit: str) -> str:
    """SQL of the filter tokens of the unit of ``table`` that ``unit`` names (``new``, ``u``...),
    read from its article and annotation as they are now (never NULL)."""
    article = f"coalesce((SELECT {article_tokens_sql(table)} FROM articles a WHERE a.id = {unit}.article_id), '')"
    if table not in SENTIMENT_UNIT:
        return article
    return (
        f"{article} || ' n' || coalesce((SELECT {sentiment_token_sql('n.sentiment')} FROM annotations n "
        f"WHERE n.unit_type = '{SENTIMENT_UNIT[table]}' AND n.unit_id = {unit}.id), '')"
    )


def batch_filter_tokens_sql(table: str) -> tuple[str, str | None]:
    """The statements behind :func:`filter_tokens_sql` for a batch of new units of ``table``, set-wise:
    (article id, its tokens) for the articles whose ids lie between two parameters, and (unit id, its
    sentiment's token) for the annotated units of ``table`` between two parameters (None where the
    sentiment is no token).  A unit's tokens are ``article`` (``''`` without one), then for a sentiment
    table `` n`` and ``sentiment`` (``''`` without one): what :func:`filter_tokens_sql` computes."""
    articles = f"SELECT a.id, {article_tokens_sql(table)} FROM articles a WHERE a.id BETWEEN ? AND ?"
    if table not in SENTIMENT_UNIT:
        return articles, None
    sentiments = (
        f"SELECT n.unit_id, {sentiment_token_sql('n.sentiment')} FROM annotations n "
        f"WHERE n.unit_type = '{SENTIMENT_UNIT[table]}' AND n.unit_id BETWEEN ? AND ?"
    )
    return articles, sentiments


def _fts_filtered(table: str, columns: tuple[str, ...]) -> str:
    cols = ", ".join((*columns, "filters"))
    new = ", ".join(f"new.{c}" for c in (*columns, "filters"))
    old = ", ".join(f"old.{c}" for c in (*columns, "filters"))
    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in (*columns, "filters"))
    return f"""
DROP TRIGGER {table}_fts_ai;
DROP TRIGGER {table}_fts_ad;
DROP TRIGGER {table}_fts_au;
DROP TABLE {table}_fts;
ALTER TABLE {table} ADD COLUMN filters TEXT;
UPDATE {table} SET filters = {filter_tokens_sql(table, table)};
CREATE VIRTUAL TABLE {table}_fts USING fts5(
    {cols}, content='{table}', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild');
CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN
    INSERT INTO {table}_fts(rowid, {cols}) SELECT new.id, {new} WHERE new.filters IS NOT NULL;
    UPDATE {table} SET filters = {filter_tokens_sql(table, "new")} WHERE id = new.id AND new.filters IS NULL;
END;
CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} WHEN old.filters IS NOT NULL BEGIN
    INSERT INTO {table}_fts({table}_fts, rowid, {cols}) VALUES ('delete', old.id, {old});
END;
CREATE TRIGGER {table}_fts_au AFTER UPDATE OF {cols} ON {table} WHEN {changed} BEGIN
    INSERT INTO {table}_fts({table}_fts, rowid, {cols}) SELECT 'delete', old.id, {old} WHERE old.filters IS NOT NULL;
    INSERT INTO {table}_fts(rowid, {cols}) SELECT new.id, {new} WHERE new.filters IS NOT NULL;
END;
"""


def _filter_refresh(table: str, where: str, rows: str | None = None) -> str:
    """Refresh the filter tokens of the units of ``table`` (stored in ``rows``, from migration 11 a table of
    its own for quotes) that ``where`` selects."""
    rows = rows or table
    return f"    UPDATE {rows} SET filters = {filter_tokens_sql(table, rows)} WHERE {where} AND filters IS NOT NULL;\n"


def _annotation_filter_triggers(
    table: str = "annotations", units: dict[str, object] | None = None, rows: dict[str, str] | None = None
) -> str:
    """Migration 8's triggers on ``annotations`` that keep the units' sentiment tokens in step
    (migration 9 makes them again on its rebuilt table, migration 10 on ``table``, its coded rows, where
    ``units`` gives each unit type's code, and migration 11 with ``rows``, the table each unit table's rows are in)."""

    def unit(u: str) -> str:
        return f"'{u}'" if units is None else str(units[u])

    return (
        f"\nCREATE TRIGGER annotations_filters_ai AFTER INSERT ON {table} BEGIN\n"
        + "".join(
            _filter_refresh(t, f"new.unit_type = {unit(u)} AND id = new.unit_id", (rows or {}).get(t))
            for t, u in SENTIMENT_UNIT.items()
        )
        + f"END;\n\nCREATE TRIGGER annotations_filters_ad AFTER DELETE ON {table} BEGIN\n"
        + "".join(
            _filter_refresh(t, f"old.unit_type = {unit(u)} AND id = old.unit_id", (rows or {}).get(t))
            for t, u in SENTIMENT_UNIT.items()
        )
        + f"END;\n\nCREATE TRIGGER annotations_filters_au AFTER UPDATE OF unit_type, unit_id, sentiment ON {table}\n"
        + "WHEN old.unit_type IS NOT new.unit_type OR old.unit_id IS NOT new.unit_id"
        + " OR old.sentiment IS NOT new.sentiment BEGIN\n"
        + "".join(
            _filter_refresh(t, f"old.unit_type = {unit(u)} AND id = old.unit_id", (rows or {}).get(t))
            for t, u in SENTIMENT_UNIT.items()
        )
        + "".join(
            _filter_refresh(t, f"new.unit_type = {unit(u)} AND id = new.unit_id", (rows or {}).get(t))
            for t, u in SENTIMENT_UNIT.items()
        )
        + "END;\n"
    )


MIGRATIONS.append(
    "".join(_fts_filtered(t, c) for t, c in FILTERED_FTS.items())
    + _annotation_filter_triggers()
    + "\nCREATE TRIGGER articles_filters_au AFTER UPDATE OF published, section ON articles\n"
    + "WHEN old.published IS NOT new.published OR old.section IS NOT new.section BEGIN\n"
    + "".join(_filter_refresh(t, "article_id = new.id") for t in FILTERED_FTS)
    + "END;\n"
    + "".join(
        f"\nCREATE TRIGGER {t}_filters_au AFTER UPDATE OF article_id ON {t}\n"
        "WHEN old.article_id IS NOT new.article_id BEGIN\n" + _filter_refresh(t, "id = new.id") + "END;\n"
        for t in FILTERED_FTS
    )
)


# 9: annotations without their primary-key index (issue 18; bench_ingest's store rows).  The index
# SQLite makes for PRIMARY KEY (unit_type, unit_id) is a prefix of annotations(unit_type, unit_id,
# sentiment) (migration 6), which every read by unit uses: the table is rebuilt without the
# constraint (the same rows, the same rowids: the labelling queue reads the latest by rowid), and
# two triggers keep a unit's annotation unique, found along that index, with the same error
# (an IntegrityError: "UNIQUE constraint failed: annotations.unit_type, annotations.unit_id").
# The table's triggers (the rollup's of migration 3, the filter tokens' of migration 8) are made
# again as they were.  And the theme tags' score index (migration 5) keeps the comments' and quotes'
# tags only: it ranks a theme's representative comments and quotes, never sentences or articles
# (corpora/queries.py: representative_units, whose statement carries the index's condition).  legacy_alter_table: the rename must leave the other tables' triggers, which
# name ``annotations``, as they are (they would name it again once it is renamed).  The indexes go
# first, so that the new table is written into the pages they free: the file does not grow.
_UNIT_TAKEN = "EXISTS (SELECT 1 FROM annotations x WHERE x.unit_type = new.unit_type AND x.unit_id = new.unit_id)"
_UNIT_ERROR = "SELECT RAISE(ABORT, 'UNIQUE constraint failed: annotations.unit_type, annotations.unit_id');"
MIGRATIONS.append(
    f"""
DROP INDEX annotations_article;

DROP INDEX annotations_unit_sentiment;

DROP INDEX annotation_themes_score;

CREATE TABLE annotations_v9 (
    unit_type         TEXT NOT NULL CHECK (unit_type IN ('sentence', 'comment', 'article', 'quote')),
    unit_id           INTEGER NOT NULL,
    article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    model_version     TEXT NOT NULL,
    sentiment         TEXT NOT NULL,
    sentiment_scores  TEXT NOT NULL,                -- packed values (corpora/scores.py) or JSON
    themes            TEXT NOT NULL,                -- JSON [theme ids]
    theme_scores      TEXT NOT NULL                 -- packed values or JSON
);

INSERT INTO annotations_v9(rowid, unit_type, unit_id, article_id, model_version, sentiment, sentiment_scores,
                           themes, theme_scores)
SELECT rowid, unit_type, unit_id, article_id, model_version, sentiment, sentiment_scores, themes, theme_scores
FROM annotations ORDER BY rowid;

DROP TABLE annotations;

PRAGMA legacy_alter_table = ON;

ALTER TABLE annotations_v9 RENAME TO annotations;

PRAGMA legacy_alter_table = OFF;

CREATE INDEX annotations_article ON annotations(article_id);

CREATE INDEX annotations_unit_sentiment ON annotations(unit_type, unit_id, sentiment);

CREATE INDEX annotation_themes_score ON annotation_themes(theme, unit_type, score, unit_id)
WHERE unit_type IN ('comment', 'quote');

CREATE TRIGGER annotations_unit_bi BEFORE INSERT ON annotations WHEN {_UNIT_TAKEN} BEGIN
    {_UNIT_ERROR}
END;

CREATE TRIGGER annotations_unit_bu BEFORE UPDATE OF unit_type, unit_id ON annotations
WHEN (old.unit_type IS NOT new.unit_type OR old.unit_id IS NOT new.unit_id) AND {_UNIT_TAKEN} BEGIN
    {_UNIT_ERROR}
END;

"""
    + _ANNOTATION_ROLLUP_TRIGGERS
    + _annotation_filter_triggers()
)


# 10: integer codes for the annotations' repeated words (issue 18; bench_ingest's store rows).  A
# unit type, sentiment, theme or model version was stored as text in every annotation, theme tag and
# rollup row and again in their indexes; now each is a small integer, its word stored once in
# ``annotation_codes`` (0 is '', the rollups' "every unit" theme; 1-4 the unit types; the rest as they
# come).  The coded tables are ``annotation_rows``, ``annotation_theme_rows``, ``annotation_rollup_rows``
# and ``annotation_rollup_month_rows``; ``annotations``, ``annotation_themes``, ``annotation_rollup`` and
# ``annotation_rollup_month`` become views over them that read exactly as the tables did (the same
# columns and values; ``annotations`` shows its rows' ``rowid`` as a column, which the labelling queue
# orders by), so every statement that reads them is the same on a store of any version: the app, which
# opens older stores read-only and never migrates them, needs no second form.  A search's condition on a
# word (``t.theme = ?``) is one lookup in ``annotation_codes`` and then the coded index.  Writes go
# through the views too (INSTEAD OF triggers code the words, adding new ones) or straight into the rows;
# the triggers that keep the rollups, the filter tokens and one annotation a unit are made again on the
# coded tables.  The indexes go first so that the new tables are written into the pages they free.
UNIT_CODES = {"sentence": 1, "comment": 2, "article": 3, "quote": 4}
#: the condition of the theme tags' score index (migration 9) on the coded rows: comments and quotes
#: (a statement must carry it as written for SQLite to use the index: corpora/queries.py, representative_units)
REPRESENTED_UNITS = f"unit_type IN ({UNIT_CODES['comment']}, {UNIT_CODES['quote']})"
_UNIT_CHECK = "unit_type IN ('sentence', 'comment', 'article', 'quote')"


def _code(value: str) -> str:
    """SQL of the code of the word ``value`` (an SQL expression; a number is the word of its text, as a
    TEXT column stored it before migration 10)."""
    return f"(SELECT c.id FROM annotation_codes c WHERE c.name = CAST({value} AS TEXT))"


def _add_codes(*values: str, themes: str | None = None) -> str:
    """A statement that adds the words ``values`` (SQL expressions) and the JSON array ``themes`` to
    ``annotation_codes`` where missing (never INSERT OR IGNORE: a writer's OR REPLACE would override it)."""
    parts = [f"SELECT CAST({v} AS TEXT) AS name" for v in values]
    if themes:
        parts.append(f"SELECT CAST(value AS TEXT) FROM json_each({themes})")
    return (
        f"    INSERT INTO annotation_codes(name) SELECT DISTINCT w.name FROM ({' UNION ALL '.join(parts)}) w\n"
        "    WHERE w.name IS NOT NULL AND NOT EXISTS (SELECT 1 FROM annotation_codes c WHERE c.name = w.name);\n"
    )


def _unit_check(value: str) -> str:
    return f"    SELECT RAISE(ABORT, 'CHECK constraint failed: {_UNIT_CHECK.replace(chr(39), chr(39) * 2)}') WHERE {value} NOT IN {tuple(UNIT_CODES)};\n"


def _themes_coded(themes: str) -> str:
    """Whether a stored ``themes`` value (of ``annotation_rows``) holds codes: ``,5,9`` (``''`` for no
    themes), never JSON (which cannot start with a comma or be empty)."""
    return f"({themes} = '' OR {themes} LIKE ',%')"


def themes_stored_sql(themes: str) -> str:
    """Migration 10's stored form of the JSON array of theme ids ``themes`` (an SQL expression): the
    codes of its ids in order (``,5,9``; ``''`` for ``[]``) when its text is exactly what
    :func:`themes_read_sql` gives back for them (a compact array of strings), else the JSON itself.
    Every id must be in ``annotation_codes`` already."""
    j = f"json_each({themes}) j"
    return (
        f"CASE WHEN json_valid({themes}) AND json_type({themes}) = 'array' "
        f"AND NOT EXISTS (SELECT 1 FROM {j} WHERE j.type <> 'text') "
        f"AND {themes} = (SELECT json_group_array(j.value) FROM {j}) "
        f"THEN coalesce((SELECT group_concat(',' || c.id, '') FROM {j} CROSS JOIN annotation_codes c "
        f"WHERE c.name = j.value), '') ELSE {themes} END"
    )


def themes_read_sql(stored: str) -> str:
    """The JSON array of theme ids of a stored ``themes`` value (the inverse of :func:`themes_stored_sql`)."""
    return (
        f"CASE WHEN {_themes_coded(stored)} THEN (SELECT json_group_array(c.name) FROM "
        f"json_each('[' || substr({stored}, 2) || ']') j CROSS JOIN annotation_codes c WHERE c.id = j.value) "
        f"ELSE {stored} END"
    )


def _json_themes(themes: str) -> str:
    """``json_each`` (as ``j``) of the theme ids of a stored ``themes`` value held as JSON (none when coded)."""
    return f"json_each(CASE WHEN {_themes_coded(themes)} THEN '[]' ELSE {themes} END) j"


def _coded_themes(themes: str) -> str:
    """``json_each`` (as ``j``) of the theme codes of a stored ``themes`` value held as codes (none when JSON)."""
    return f"json_each(CASE WHEN {_themes_coded(themes)} THEN '[' || substr({themes}, 2) || ']' ELSE '[]' END) j"


def _themes_codes(themes: str) -> str:
    """The codes of the theme ids of a stored ``themes`` value (either form), one row each as in the list."""
    return (
        f"SELECT c.id AS id FROM {_json_themes(themes)} JOIN annotation_codes c ON c.name = CAST(j.value AS TEXT) "
        f"UNION ALL SELECT j.value FROM {_coded_themes(themes)}"
    )


_ROLLUP_ADD_10 = f"""    INSERT INTO annotation_rollup_rows(theme, unit_type, day, sentiment, n)
    SELECT t.theme, new.unit_type,
           coalesce(substr((SELECT published FROM articles WHERE id = new.article_id), 1, 10), ''), new.sentiment, 1
    FROM (SELECT 0 AS theme UNION ALL {_themes_codes("new.themes")}) t
    WHERE 1
    ON CONFLICT(theme, unit_type, day, sentiment) DO UPDATE SET n = n + 1;
"""
_ROLLUP_SUB_10 = f"""    UPDATE annotation_rollup_rows SET n = n - 1
    WHERE theme IN (SELECT 0 UNION ALL {_themes_codes("old.themes")}) AND unit_type = old.unit_type
      AND day = coalesce(substr((SELECT published FROM articles WHERE id = old.article_id), 1, 10), '')
      AND sentiment = old.sentiment;
"""
_UNIT_TAKEN_10 = (
    "EXISTS (SELECT 1 FROM annotation_rows x WHERE x.unit_type = new.unit_type AND x.unit_id = new.unit_id)"
)
_ROWS = "annotation_rows"


def _view_writes(
    view: str, rows: str, columns: tuple[str, ...], coded: tuple[str, ...], key: str, check: bool = False
) -> str:
    """INSTEAD OF triggers that write the view ``view`` into its coded table ``rows``: ``coded`` are the
    columns stored as codes, ``key`` the condition that finds the old row in ``rows``."""

    def value(c: str) -> str:
        if c in coded:
            return _code(f"new.{c}")
        return themes_stored_sql("new.themes") if c == "themes" else f"new.{c}"

    cols = ", ".join(columns)
    words = [f"new.{c}" for c in coded]
    themes = "new.themes" if "themes" in columns else None
    sets = ", ".join(f"{c} = {value(c)}" for c in columns)
    check_unit = _unit_check("new.unit_type") if check else ""
    return f"""
CREATE TRIGGER {view}_ii INSTEAD OF INSERT ON {view} BEGIN
{check_unit}{_add_codes(*words, themes=themes)}    INSERT INTO {rows}({cols}) VALUES ({", ".join(value(c) for c in columns)});
END;

CREATE TRIGGER {view}_id INSTEAD OF DELETE ON {view} BEGIN
    DELETE FROM {rows} WHERE {key};
END;

CREATE TRIGGER {view}_iu INSTEAD OF UPDATE ON {view} BEGIN
{check_unit}{_add_codes(*words, themes=themes)}    UPDATE {rows} SET {sets} WHERE {key};
END;
"""


_ANNOTATION_COLUMNS = (
    "unit_type",
    "unit_id",
    "article_id",
    "model_version",
    "sentiment",
    "sentiment_scores",
    "themes",
    "theme_scores",
)


#: migration 10's tables and their coded rows
_CODED = (
    ("annotations", "annotation_rows"),
    ("annotation_themes", "annotation_theme_rows"),
    ("annotation_rollup", "annotation_rollup_rows"),
    ("annotation_rollup_month", "annotation_rollup_month_rows"),
)


def _save_statistics(table: str, rows: str) -> str:
    """Migration 10 keeps the planner's statistics (``sqlite_stat1``, from an ``ANALYZE``) of ``table``
    for its coded ``rows``: the same counts under the same index names (a WITHOUT ROWID table's own
    b-tree under its name).  Dropping a table or an index drops its statistics, so they are copied
    first, their index names marked with ``~``, and unmarked once the old indexes are gone
    (:data:`_RESTORE_STATISTICS`).  Without them SQLite may drive a join from the first column of the
    annotations' unit index, as it did on a version 9 store without statistics."""
    return (
        f"INSERT INTO sqlite_stat1(tbl, idx, stat) SELECT '{rows}', "
        f"'~' || CASE WHEN idx = '{table}' THEN '{rows}' ELSE idx END, stat FROM sqlite_stat1 WHERE tbl = '{table}';\n"
    )


_RESTORE_STATISTICS = (
    "UPDATE sqlite_stat1 SET idx = substr(idx, 2) WHERE idx LIKE '~%' AND tbl IN "
    + "("
    + ", ".join(f"'{r}'" for _, r in _CODED)
    + ");\n"
)


def _decoded_view(
    view: str, rows: str, columns: tuple[str, ...], coded: tuple[str, ...], rowid: bool = False, read: tuple = ()
) -> str:
    """The view ``view`` of the coded table ``rows``: the words of the ``coded`` columns joined in (a condition
    on one is a lookup of its code, then the coded index), those of the ``read`` columns looked up only when
    read (never a condition: a join would make every read of the view read that column too)."""

    def column(c: str) -> str:
        if c in coded:
            return f"k_{c}.name AS {c}"
        if c in read:
            return f"(SELECT k.name FROM annotation_codes k WHERE k.id = r.{c}) AS {c}"
        if c == "themes":
            return f"{themes_read_sql('r.themes')} AS themes"
        return f"r.{c}"

    select = ", ".join(column(c) for c in columns)
    joins = "".join(f" JOIN annotation_codes k_{c} ON k_{c}.id = r.{c}" for c in coded)
    return f"CREATE VIEW {view} AS SELECT {'r.rowid AS rowid, ' if rowid else ''}{select} FROM {rows} r{joins};\n"


MIGRATIONS.append(
    f"""
CREATE TABLE annotation_codes (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE
);

INSERT INTO annotation_codes(id, name) VALUES
    (0, ''), (1, 'sentence'), (2, 'comment'), (3, 'article'), (4, 'quote');

INSERT INTO annotation_codes(name)
SELECT name FROM (
    SELECT sentiment AS name FROM annotations UNION SELECT model_version FROM annotations
    UNION SELECT theme FROM annotation_themes UNION SELECT j.value FROM annotations a JOIN json_each(a.themes) j
    UNION SELECT theme FROM annotation_rollup UNION SELECT sentiment FROM annotation_rollup
    UNION SELECT unit_type FROM annotation_themes UNION SELECT unit_type FROM annotation_rollup)
WHERE name IS NOT NULL AND name NOT IN (SELECT name FROM annotation_codes) ORDER BY name;

ANALYZE annotation_codes;

{"".join(_save_statistics(t, r) for t, r in _CODED)}
DROP INDEX annotations_article;

DROP INDEX annotations_unit_sentiment;

DROP INDEX annotation_themes_theme_article;

DROP INDEX annotation_themes_score;

DROP TRIGGER articles_rollup_bd;

DROP TRIGGER articles_rollup_bu;

DROP TRIGGER articles_rollup_au;


CREATE TABLE annotation_rows (
    unit_type         INTEGER NOT NULL CHECK (unit_type BETWEEN 1 AND 4),   -- annotation_codes
    unit_id           INTEGER NOT NULL,
    article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    model_version     INTEGER NOT NULL,             -- annotation_codes
    sentiment         INTEGER NOT NULL,             -- annotation_codes
    sentiment_scores  TEXT NOT NULL,                -- packed values (corpora/scores.py) or JSON
    themes            TEXT NOT NULL,                -- codes of theme ids (,5,9) or JSON [theme ids]
    theme_scores      TEXT NOT NULL                 -- packed values or JSON
);

INSERT INTO annotation_rows(rowid, unit_type, unit_id, article_id, model_version, sentiment, sentiment_scores,
                            themes, theme_scores)
SELECT a.rowid, {_code("a.unit_type")}, a.unit_id, a.article_id, {_code("a.model_version")}, {_code("a.sentiment")},
       a.sentiment_scores, {themes_stored_sql("a.themes")}, a.theme_scores
FROM annotations a ORDER BY a.rowid;

DROP TABLE annotations;

CREATE TABLE annotation_theme_rows (
    unit_type   INTEGER NOT NULL,                   -- annotation_codes
    unit_id     INTEGER NOT NULL,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    theme       INTEGER NOT NULL,                   -- annotation_codes
    score       REAL NOT NULL,
    PRIMARY KEY (unit_type, unit_id, theme)
) WITHOUT ROWID;

INSERT INTO annotation_theme_rows(unit_type, unit_id, article_id, theme, score)
SELECT {_code("t.unit_type")} AS u, t.unit_id, t.article_id, {_code("t.theme")} AS th, t.score
FROM annotation_themes t ORDER BY u, t.unit_id, th;

DROP TABLE annotation_themes;

CREATE TABLE annotation_rollup_rows (
    theme      INTEGER NOT NULL,                    -- annotation_codes
    unit_type  INTEGER NOT NULL,                    -- annotation_codes
    day        TEXT NOT NULL,
    sentiment  INTEGER NOT NULL,                    -- annotation_codes
    n          INTEGER NOT NULL,
    PRIMARY KEY (theme, unit_type, day, sentiment)
) WITHOUT ROWID;

INSERT INTO annotation_rollup_rows(theme, unit_type, day, sentiment, n)
SELECT {_code("r.theme")} AS th, {_code("r.unit_type")} AS u, r.day, {_code("r.sentiment")} AS s, r.n
FROM annotation_rollup r ORDER BY th, u, r.day, s;

DROP TABLE annotation_rollup;

CREATE TABLE annotation_rollup_month_rows (
    theme      INTEGER NOT NULL,                    -- annotation_codes
    unit_type  INTEGER NOT NULL,                    -- annotation_codes
    month      TEXT NOT NULL,
    sentiment  INTEGER NOT NULL,                    -- annotation_codes
    n          INTEGER NOT NULL,
    PRIMARY KEY (theme, unit_type, month, sentiment)
) WITHOUT ROWID;

INSERT INTO annotation_rollup_month_rows(theme, unit_type, month, sentiment, n)
SELECT {_code("r.theme")} AS th, {_code("r.unit_type")} AS u, r.month, {_code("r.sentiment")} AS s, r.n
FROM annotation_rollup_month r ORDER BY th, u, r.month, s;

DROP TABLE annotation_rollup_month;

{_decoded_view("annotations", _ROWS, _ANNOTATION_COLUMNS, ("unit_type", "sentiment"), rowid=True, read=("model_version",))}
{_decoded_view("annotation_themes", "annotation_theme_rows", ("unit_type", "unit_id", "article_id", "theme", "score"), ("unit_type", "theme"))}
{_decoded_view("annotation_rollup", "annotation_rollup_rows", ("theme", "unit_type", "day", "sentiment", "n"), ("theme", "unit_type", "sentiment"))}
{_decoded_view("annotation_rollup_month", "annotation_rollup_month_rows", ("theme", "unit_type", "month", "sentiment", "n"), ("theme", "unit_type", "sentiment"))}
{_RESTORE_STATISTICS}
CREATE INDEX annotations_article ON annotation_rows(article_id);

CREATE INDEX annotations_unit_sentiment ON annotation_rows(unit_type, unit_id, sentiment);

CREATE INDEX annotation_themes_theme_article ON annotation_theme_rows(theme, unit_type, article_id, unit_id);

CREATE INDEX annotation_themes_score ON annotation_theme_rows(theme, unit_type, score, unit_id)
WHERE {REPRESENTED_UNITS};

CREATE TRIGGER annotations_unit_bi BEFORE INSERT ON annotation_rows WHEN {_UNIT_TAKEN_10} BEGIN
    {_UNIT_ERROR}
END;

CREATE TRIGGER annotations_unit_bu BEFORE UPDATE OF unit_type, unit_id ON annotation_rows
WHEN (old.unit_type IS NOT new.unit_type OR old.unit_id IS NOT new.unit_id) AND {_UNIT_TAKEN_10} BEGIN
    {_UNIT_ERROR}
END;

CREATE TRIGGER annotations_rollup_ai AFTER INSERT ON annotation_rows BEGIN
{_ROLLUP_ADD_10}END;

CREATE TRIGGER annotations_rollup_ad AFTER DELETE ON annotation_rows BEGIN
{_ROLLUP_SUB_10}END;

CREATE TRIGGER annotations_rollup_au AFTER UPDATE OF unit_type, article_id, sentiment, themes ON annotation_rows BEGIN
{_ROLLUP_SUB_10}{_ROLLUP_ADD_10}END;

CREATE TRIGGER annotation_rollup_month_ai AFTER INSERT ON annotation_rollup_rows BEGIN
    INSERT INTO annotation_rollup_month_rows(theme, unit_type, month, sentiment, n)
    VALUES (new.theme, new.unit_type, substr(new.day, 1, 7), new.sentiment, new.n)
    ON CONFLICT(theme, unit_type, month, sentiment) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER annotation_rollup_month_ad AFTER DELETE ON annotation_rollup_rows BEGIN
    UPDATE annotation_rollup_month_rows SET n = n - old.n
    WHERE theme = old.theme AND unit_type = old.unit_type AND month = substr(old.day, 1, 7)
      AND sentiment = old.sentiment;
END;

CREATE TRIGGER annotation_rollup_month_au AFTER UPDATE ON annotation_rollup_rows BEGIN
    UPDATE annotation_rollup_month_rows SET n = n - old.n
    WHERE theme = old.theme AND unit_type = old.unit_type AND month = substr(old.day, 1, 7)
      AND sentiment = old.sentiment;
    INSERT INTO annotation_rollup_month_rows(theme, unit_type, month, sentiment, n)
    VALUES (new.theme, new.unit_type, substr(new.day, 1, 7), new.sentiment, new.n)
    ON CONFLICT(theme, unit_type, month, sentiment) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER articles_rollup_bd BEFORE DELETE ON articles BEGIN
    DELETE FROM annotation_rows WHERE article_id = old.id;
END;

CREATE TRIGGER articles_rollup_bu BEFORE UPDATE OF published ON articles
WHEN old.published IS NOT new.published BEGIN
    UPDATE annotation_rollup_rows SET n = n - (
        SELECT count(*) FROM annotation_rows a
        WHERE a.article_id = old.id AND a.unit_type = annotation_rollup_rows.unit_type
          AND a.sentiment = annotation_rollup_rows.sentiment
          AND (annotation_rollup_rows.theme = 0
               OR EXISTS (SELECT 1 FROM {_json_themes("a.themes")} JOIN annotation_codes c ON c.name = CAST(j.value AS TEXT)
                          WHERE c.id = annotation_rollup_rows.theme)
               OR EXISTS (SELECT 1 FROM {_coded_themes("a.themes")} WHERE j.value = annotation_rollup_rows.theme)))
    WHERE day = coalesce(substr(old.published, 1, 10), '');
END;

CREATE TRIGGER articles_rollup_au AFTER UPDATE OF published ON articles
WHEN old.published IS NOT new.published BEGIN
    INSERT INTO annotation_rollup_rows(theme, unit_type, day, sentiment, n)
    SELECT theme, unit_type, day, sentiment, n FROM (
        SELECT 0 AS theme, a.unit_type, coalesce(substr(new.published, 1, 10), '') AS day, a.sentiment,
               count(*) AS n
        FROM annotation_rows a WHERE a.article_id = new.id GROUP BY a.unit_type, a.sentiment
        UNION ALL
        SELECT c.id, a.unit_type, coalesce(substr(new.published, 1, 10), ''), a.sentiment, count(DISTINCT a.rowid)
        FROM annotation_rows a JOIN {_json_themes("a.themes")} JOIN annotation_codes c ON c.name = CAST(j.value AS TEXT)
        WHERE a.article_id = new.id
        GROUP BY c.id, a.unit_type, a.sentiment
        UNION ALL
        SELECT j.value, a.unit_type, coalesce(substr(new.published, 1, 10), ''), a.sentiment, count(DISTINCT a.rowid)
        FROM annotation_rows a JOIN {_coded_themes("a.themes")}
        WHERE a.article_id = new.id
        GROUP BY j.value, a.unit_type, a.sentiment)
    WHERE 1
    ON CONFLICT(theme, unit_type, day, sentiment) DO UPDATE SET n = n + excluded.n;
END;
"""
    + _annotation_filter_triggers(_ROWS, UNIT_CODES)
    + _view_writes(
        "annotations",
        _ROWS,
        ("rowid", *_ANNOTATION_COLUMNS),
        ("unit_type", "model_version", "sentiment"),
        "rowid = old.rowid",
        check=True,
    )
    + _view_writes(
        "annotation_themes",
        "annotation_theme_rows",
        ("unit_type", "unit_id", "article_id", "theme", "score"),
        ("unit_type", "theme"),
        f"unit_type = {_code('old.unit_type')} AND unit_id = old.unit_id AND theme = {_code('old.theme')}",
    )
)


# 11: text stored once (issue 18; bench_ingest's and bench_demo's store rows).  A sentence is a slice of
# its paragraph or comment and a quote, nearly always, a slice of its first paragraph, and both kept their
# offsets beside a copy of the slice: a fully analysed store held its article and comment text twice.  Now
# ``sentence_rows`` and ``quote_rows`` keep ``text`` NULL when it is the slice ``start``..``end`` of the
# row's paragraph (or comment) and the text itself otherwise (a quote across paragraphs, a row written
# without offsets); and a quote's four speaker fields, which repeat across a speaker's quotes, are one row
# of ``speakers`` (row 0: no speaker fields at all).  ``sentences`` and ``quotes`` become views that read
# exactly as the tables did (the same columns in the same order, the same values), so every statement
# that reads them is the same on a store of any version; the full-text indexes keep their content
# option, now naming the views, and their contents, which are the same text.  Writes go through the
# views (INSTEAD OF triggers store NULL where the slice reads back the same, and find or add the
# speaker) or straight into the rows.  The full-text indexes are kept in step by triggers on the rows,
# which read a slice from its paragraph or comment: so that it is still there when they do, a paragraph
# or comment takes its sentences and quotes with it before it goes (as the foreign keys would after),
# and one whose text changes first gives its slices their own copy of the old text (as the table's
# copies were kept until the article is analysed again).  From this migration on, an annotation's
# probabilities may also be written in the compact form of corpora/scores.py (a store older code does not read).
SLICE_ROWS = {"sentences": "sentence_rows", "quotes": "quote_rows"}
SPEAKER_FIELDS = ("speaker", "speaker_name", "speaker_role", "speaker_org")


def _quote_slice(r: str) -> str:
    """The slice of its paragraph that the quote row ``r`` (``new``, ``old``, an alias) names (NULL when none)."""
    return (
        f'(SELECT substr(p.text, {r}.start + 1, {r}."end" - {r}.start) FROM paragraphs p WHERE p.id = {r}.paragraph_id)'
    )


def _sentence_slice(r: str) -> str:
    """The slice of its paragraph or comment that the sentence row ``r`` names."""
    return (
        f"CASE WHEN {r}.paragraph_id IS NOT NULL "
        f'THEN (SELECT substr(p.text, {r}.start + 1, {r}."end" - {r}.start) FROM paragraphs p WHERE p.id = {r}.paragraph_id) '
        f'ELSE (SELECT substr(c.text, {r}.start + 1, {r}."end" - {r}.start) FROM comments c WHERE c.id = {r}.comment_id) END'
    )


def _stored_text(r: str, slice_sql: str) -> str:
    """What a row ``r`` of a view stores as its text: NULL when the slice its offsets name reads the same."""
    return f'CASE WHEN {r}.start IS NOT NULL AND {r}."end" IS NOT NULL AND {r}.text IS {slice_sql} THEN NULL ELSE {r}.text END'


def _speaker_match(r: str) -> str:
    return " AND ".join(f"s.{f} IS {r}.{f}" for f in SPEAKER_FIELDS)


def _speaker_id(r: str) -> str:
    return f"(SELECT s.id FROM speakers s WHERE {_speaker_match(r)} ORDER BY s.id LIMIT 1)"


def _add_speaker(r: str) -> str:
    return (
        f"    INSERT INTO speakers({', '.join(SPEAKER_FIELDS)}) SELECT {', '.join(f'{r}.{f}' for f in SPEAKER_FIELDS)}\n"
        f"    WHERE NOT EXISTS (SELECT 1 FROM speakers s WHERE {_speaker_match(r)});\n"
    )


_QUOTE_TEXT = {r: f"coalesce({r}.text, {_quote_slice(r)})" for r in ("new", "old")}
_QUOTE_SPEAKER = {r: f"(SELECT s.speaker FROM speakers s WHERE s.id = {r}.speaker_id)" for r in ("new", "old")}
_SENTENCE_TEXT = {r: f"coalesce({r}.text, {_sentence_slice(r)})" for r in ("new", "old")}
MIGRATIONS.append(
    f"""
CREATE TABLE speakers (
    id            INTEGER PRIMARY KEY,
    speaker       TEXT,                             -- as written
    speaker_name  TEXT,
    speaker_role  TEXT,
    speaker_org   TEXT
);

INSERT INTO speakers(id) VALUES (0);

INSERT INTO speakers({", ".join(SPEAKER_FIELDS)})
SELECT DISTINCT {", ".join(SPEAKER_FIELDS)} FROM quotes
WHERE NOT ({" AND ".join(f"{f} IS NULL" for f in SPEAKER_FIELDS)})
ORDER BY speaker_name, speaker_org, speaker_role, speaker;

CREATE INDEX speakers_name ON speakers(speaker_name, speaker_org, speaker_role, speaker);

CREATE INDEX speakers_org ON speakers(speaker_org);

DROP TRIGGER annotations_filters_ai;

DROP TRIGGER annotations_filters_ad;

DROP TRIGGER annotations_filters_au;

DROP TRIGGER articles_filters_au;

DROP INDEX quotes_article;

DROP INDEX quotes_speaker;

DROP INDEX quotes_org;

DROP INDEX sentences_article;

DROP INDEX sentences_paragraph;

DROP INDEX sentences_comment;

CREATE TABLE quote_rows (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    paragraph_id  INTEGER REFERENCES paragraphs(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,                 -- order within the article
    start         INTEGER,                          -- character offsets into the first paragraph
    end           INTEGER,
    text          TEXT,                             -- NULL: the slice start..end of the paragraph
    speaker_id    INTEGER NOT NULL DEFAULT 0 REFERENCES speakers(id),
    cue           TEXT,
    fragment      INTEGER NOT NULL DEFAULT 0,
    filters       TEXT                              -- migration 8's filter tokens
);

INSERT INTO quote_rows(id, article_id, paragraph_id, position, start, "end", text, speaker_id, cue, fragment, filters)
SELECT q.id, q.article_id, q.paragraph_id, q.position, q.start, q."end", {_stored_text("q", _quote_slice("q"))},
       {_speaker_id("q")}, q.cue, q.fragment, q.filters
FROM quotes q ORDER BY q.id;

DROP TABLE quotes;

CREATE TABLE sentence_rows (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    paragraph_id  INTEGER REFERENCES paragraphs(id) ON DELETE CASCADE,
    comment_id    INTEGER REFERENCES comments(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,                 -- order within its paragraph or comment
    start         INTEGER NOT NULL,                 -- character offsets into the parent text
    end           INTEGER NOT NULL,
    text          TEXT,                             -- NULL: the slice start..end of the parent text
    CHECK ((paragraph_id IS NULL) <> (comment_id IS NULL))
);

INSERT INTO sentence_rows(id, article_id, paragraph_id, comment_id, position, start, "end", text)
SELECT s.id, s.article_id, s.paragraph_id, s.comment_id, s.position, s.start, s."end",
       {_stored_text("s", _sentence_slice("s"))}
FROM sentences s ORDER BY s.id;

DROP TABLE sentences;

CREATE INDEX quotes_article ON quote_rows(article_id);

CREATE INDEX quotes_speaker ON quote_rows(speaker_id);

CREATE INDEX sentences_article ON sentence_rows(article_id);

CREATE INDEX sentences_paragraph ON sentence_rows(paragraph_id);

CREATE INDEX sentences_comment ON sentence_rows(comment_id);

CREATE VIEW quotes AS
SELECT r.id AS id, r.article_id AS article_id, r.paragraph_id AS paragraph_id, r.position AS position,
       r.start AS start, r."end" AS "end", coalesce(r.text, {_quote_slice("r")}) AS text,
       s.speaker AS speaker, s.speaker_name AS speaker_name, s.speaker_role AS speaker_role,
       s.speaker_org AS speaker_org, r.cue AS cue, r.fragment AS fragment, r.filters AS filters
FROM quote_rows r JOIN speakers s ON s.id = r.speaker_id;

CREATE VIEW sentences AS
SELECT r.id AS id, r.article_id AS article_id, r.paragraph_id AS paragraph_id, r.comment_id AS comment_id,
       r.position AS position, r.start AS start, r."end" AS "end", coalesce(r.text, {_sentence_slice("r")}) AS text
FROM sentence_rows r;

CREATE TRIGGER quotes_ii INSTEAD OF INSERT ON quotes BEGIN
{_add_speaker("new")}    INSERT INTO quote_rows(id, article_id, paragraph_id, position, start, "end", text, speaker_id, cue, fragment,
                           filters)
    VALUES (new.id, new.article_id, new.paragraph_id, new.position, new.start, new."end",
            {_stored_text("new", _quote_slice("new"))}, {_speaker_id("new")}, new.cue, coalesce(new.fragment, 0),
            new.filters);
END;

CREATE TRIGGER quotes_iu INSTEAD OF UPDATE ON quotes BEGIN
{_add_speaker("new")}    UPDATE quote_rows SET id = new.id, article_id = new.article_id, paragraph_id = new.paragraph_id,
        position = new.position, start = new.start, "end" = new."end",
        text = {_stored_text("new", _quote_slice("new"))}, speaker_id = {_speaker_id("new")}, cue = new.cue,
        fragment = coalesce(new.fragment, 0), filters = new.filters
    WHERE id = old.id;
END;

CREATE TRIGGER quotes_id INSTEAD OF DELETE ON quotes BEGIN
    DELETE FROM quote_rows WHERE id = old.id;
END;

CREATE TRIGGER sentences_ii INSTEAD OF INSERT ON sentences BEGIN
    INSERT INTO sentence_rows(id, article_id, paragraph_id, comment_id, position, start, "end", text)
    VALUES (new.id, new.article_id, new.paragraph_id, new.comment_id, new.position, new.start, new."end",
            {_stored_text("new", _sentence_slice("new"))});
END;

CREATE TRIGGER sentences_iu INSTEAD OF UPDATE ON sentences BEGIN
    UPDATE sentence_rows SET id = new.id, article_id = new.article_id, paragraph_id = new.paragraph_id,
        comment_id = new.comment_id, position = new.position, start = new.start, "end" = new."end",
        text = {_stored_text("new", _sentence_slice("new"))}
    WHERE id = old.id;
END;

CREATE TRIGGER sentences_id INSTEAD OF DELETE ON sentences BEGIN
    DELETE FROM sentence_rows WHERE id = old.id;
END;

CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quote_rows BEGIN
    INSERT INTO quotes_fts(rowid, text, speaker, filters)
    SELECT new.id, {_QUOTE_TEXT["new"]}, {_QUOTE_SPEAKER["new"]}, new.filters WHERE new.filters IS NOT NULL;
    UPDATE quote_rows SET filters = {filter_tokens_sql("quotes", "new")} WHERE id = new.id AND new.filters IS NULL;
END;

CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quote_rows WHEN old.filters IS NOT NULL BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker, filters)
    VALUES ('delete', old.id, {_QUOTE_TEXT["old"]}, {_QUOTE_SPEAKER["old"]}, old.filters);
END;

CREATE TRIGGER quotes_fts_au AFTER UPDATE OF text, start, "end", paragraph_id, speaker_id, filters ON quote_rows
WHEN old.text IS NOT new.text OR old.start IS NOT new.start OR old."end" IS NOT new."end"
  OR old.paragraph_id IS NOT new.paragraph_id OR old.speaker_id IS NOT new.speaker_id
  OR old.filters IS NOT new.filters BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker, filters)
    SELECT 'delete', old.id, {_QUOTE_TEXT["old"]}, {_QUOTE_SPEAKER["old"]}, old.filters WHERE old.filters IS NOT NULL;
    INSERT INTO quotes_fts(rowid, text, speaker, filters)
    SELECT new.id, {_QUOTE_TEXT["new"]}, {_QUOTE_SPEAKER["new"]}, new.filters WHERE new.filters IS NOT NULL;
END;

CREATE TRIGGER quotes_filters_au AFTER UPDATE OF article_id ON quote_rows
WHEN old.article_id IS NOT new.article_id BEGIN
    UPDATE quote_rows SET filters = {filter_tokens_sql("quotes", "quote_rows")} WHERE id = new.id AND filters IS NOT NULL;
END;

CREATE TRIGGER sentences_fts_ai AFTER INSERT ON sentence_rows BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, {_SENTENCE_TEXT["new"]});
END;

CREATE TRIGGER sentences_fts_ad AFTER DELETE ON sentence_rows BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, {_SENTENCE_TEXT["old"]});
END;

CREATE TRIGGER sentences_fts_au AFTER UPDATE OF text, start, "end", paragraph_id, comment_id ON sentence_rows
WHEN old.text IS NOT new.text OR old.start IS NOT new.start OR old."end" IS NOT new."end"
  OR old.paragraph_id IS NOT new.paragraph_id OR old.comment_id IS NOT new.comment_id BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, {_SENTENCE_TEXT["old"]});
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, {_SENTENCE_TEXT["new"]});
END;

CREATE TRIGGER paragraphs_slices_bd BEFORE DELETE ON paragraphs BEGIN
    DELETE FROM sentence_rows WHERE paragraph_id = old.id;
    DELETE FROM quote_rows WHERE article_id = old.article_id AND paragraph_id = old.id;
END;

CREATE TRIGGER paragraphs_slices_bu BEFORE UPDATE OF text ON paragraphs WHEN old.text IS NOT new.text BEGIN
    UPDATE sentence_rows SET text = substr(old.text, start + 1, "end" - start) WHERE paragraph_id = old.id AND text IS NULL;
    UPDATE quote_rows SET text = substr(old.text, start + 1, "end" - start)
    WHERE article_id = old.article_id AND paragraph_id = old.id AND text IS NULL;
END;

CREATE TRIGGER comments_slices_bd BEFORE DELETE ON comments BEGIN
    DELETE FROM sentence_rows WHERE comment_id = old.id;
END;

CREATE TRIGGER comments_slices_bu BEFORE UPDATE OF text ON comments WHEN old.text IS NOT new.text BEGIN
    UPDATE sentence_rows SET text = substr(old.text, start + 1, "end" - start) WHERE comment_id = old.id AND text IS NULL;
END;
"""
    + _annotation_filter_triggers(_ROWS, UNIT_CODES, SLICE_ROWS)
    + "\nCREATE TRIGGER articles_filters_au AFTER UPDATE OF published, section ON articles\n"
    + "WHEN old.published IS NOT new.published OR old.section IS NOT new.section BEGIN\n"
    + "".join(_filter_refresh(t, "article_id = new.id", SLICE_ROWS.get(t, t)) for t in FILTERED_FTS)
    + "END;\n"
)
