"""``python -m app.demo --no-serve``: the sample site is served on 127.0.0.1 and collected
into a fresh store through the real crawler; a second run reuses the store."""

from __future__ import annotations

import socket

from app import demo
from corpora import store
from corpora.sample_site.content import load_articles


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_demo_collects_the_whole_sample_site_and_a_rerun_adds_nothing(tmp_path, capsys):
    db = tmp_path / "demo.db"
    site = load_articles()
    n_articles, n_comments = len(site), sum(len(a.comments) for a in site)

    port = str(_free_port())  # both runs serve the site at the same URL, as `make demo` does

    # training takes minutes on a small machine; everything else runs as in `make demo`
    assert demo.main(["--db", str(db), "--no-serve", "--site-port", port, "--skip", "train"]) == 0
    out = capsys.readouterr().out
    assert f"sample site serving {n_articles} articles and {n_comments} comments" in out
    assert "demo: crawl:" in out and "train: skipped" in out
    conn = store.connect(db, readonly=True)
    counts = store.counts(conn)
    assert counts["articles"] == n_articles
    assert counts["comments"] == n_comments
    # replies were linked to their parents, as on the site
    replies = sum(1 for a in site for c in a.comments if c.parent)
    assert conn.execute("SELECT count(*) FROM comments WHERE parent_id IS NOT NULL").fetchone()[0] == replies
    assert conn.execute("SELECT count(DISTINCT substr(published, 1, 4)) FROM articles").fetchone()[0] >= 10
    first = store.last_run(conn, "crawl")
    assert first["counts"]["new_articles"] == n_articles and first["counts"]["new_comments"] == n_comments
    conn.close()

    # a second run reuses the store: nothing new, nothing duplicated, unchanged pages cost 304s
    assert (
        demo.main(
            [
                "--db",
                str(db),
                "--no-serve",
                "--site-port",
                port,
                "--skip",
                "analyse",
                "--skip",
                "train",
                "--skip",
                "annotate",
            ]
        )
        == 0
    )
    conn = store.connect(db, readonly=True)
    counts = store.counts(conn)
    assert (counts["articles"], counts["comments"]) == (n_articles, n_comments)
    second = store.last_run(conn, "crawl")
    assert second["id"] != first["id"]
    assert second["counts"]["new_articles"] == 0 and second["counts"]["new_comments"] == 0
    assert second["counts"]["requests"] < first["counts"]["requests"]
    conn.close()
