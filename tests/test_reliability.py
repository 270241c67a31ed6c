"""Reliability of the store under concurrent readers, a full disk and a read-only store."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from corpora import store
from corpora.records import ArticleRecord, CommentRecord, Paragraph

ROOT = Path(__file__).resolve().parents[1]
COMMENTS_PER_ARTICLE = 25


def _article(i: int) -> ArticleRecord:
    return ArticleRecord(
        url=f"https://site.example/{i}",
        source="site",
        title=f"Article {i}",
        paragraphs=[Paragraph(f"Paragraph {j} of article {i} about networks and funding.") for j in range(5)],
        comments=[
            CommentRecord(
                f"Comment {j} on {i}: workload is unsafe.", author=f"GP{j}", posted=f"2024-01-01T{j % 24:02d}:00:00"
            )
            for j in range(COMMENTS_PER_ARTICLE)
        ],
    )


def test_readers_never_see_a_partly_written_page(tmp_path):
    """WAL snapshots: while a writer stores pages, every reader sees whole pages only."""
    path = tmp_path / "s.db"
    writer = store.connect(path)
    errors: list[str] = []
    observed = []
    done = threading.Event()

    def read_loop():
        reader = store.connect(path, readonly=True)
        while not done.is_set():
            try:
                with contextlib.closing(reader.cursor()) as cur:
                    cur.execute("BEGIN")
                    arts = cur.execute("SELECT count(*) FROM articles").fetchone()[0]
                    rows = cur.execute("SELECT article_id, count(*) FROM comments GROUP BY article_id").fetchall()
                    paras = cur.execute("SELECT count(*) FROM paragraphs").fetchone()[0]
                    cur.execute("COMMIT")
                observed.append(arts)
                if len(rows) != arts or any(n != COMMENTS_PER_ARTICLE for _, n in rows) or paras != 5 * arts:
                    errors.append(f"partial view: {arts} articles, {paras} paragraphs, {rows[:3]}")
            except Exception as exc:  # any error in a reader is a failure
                errors.append(repr(exc))

    threads = [threading.Thread(target=read_loop) for _ in range(2)]
    for t in threads:
        t.start()
    for i in range(60):
        store.upsert_article(writer, _article(i))
    done.set()
    for t in threads:
        t.join(timeout=30)
    assert not errors, errors[:3]
    assert observed and max(observed) <= 60
    assert writer.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


FULL_DISK_SCRIPT = textwrap.dedent(
    """
    import resource, signal, sys
    from corpora import store
    from tests.test_reliability import _article
    conn = store.connect({db!r})
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)          # get EFBIG instead of being killed
    limit = {limit}
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    stored = 0
    try:
        for i in range(1000, 3000):
            store.upsert_article(conn, _article(i))
            stored += 1
    except (store.StoreError, Exception) as exc:
        print(f"stopped after {{stored}}: {{type(exc).__name__}}: {{exc}}")
        sys.exit(1)
    print("never filled")
    """
)


def test_full_disk_gives_a_clear_error_and_keeps_the_store(tmp_path):
    path = tmp_path / "s.db"
    conn = store.connect(path)
    for i in range(10):
        store.upsert_article(conn, _article(i))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = path.stat().st_size
    script = FULL_DISK_SCRIPT.format(db=str(path), limit=size + 200_000)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 1, out.stdout + out.stderr
    assert "stopped after" in out.stdout and (
        "full" in out.stdout.lower() or "disk" in out.stdout.lower() or "I/O" in out.stdout
    )
    conn = store.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert stored >= 10
    # whatever was stored is whole: no article without all its comments
    partial = conn.execute(
        "SELECT count(*) FROM (SELECT article_id, count(*) n FROM comments GROUP BY article_id) WHERE n != ?",
        (COMMENTS_PER_ARTICLE,),
    ).fetchone()[0]
    assert partial == 0
    assert conn.execute("SELECT count(*) FROM comments").fetchone()[0] == stored * COMMENTS_PER_ARTICLE


@contextlib.contextmanager
def _read_only(*paths: Path):
    """Make files and folders read-only, even for root (chattr +i), and undo it afterwards."""
    immutable = os.geteuid() == 0 and shutil.which("chattr")
    modes = {p: p.stat().st_mode for p in paths}
    try:
        for p in paths:
            p.chmod(0o555 if p.is_dir() else 0o444)
            if immutable:
                subprocess.run(["chattr", "+i", str(p)], check=True, capture_output=True)
        yield
    finally:
        for p in paths:
            if immutable:
                subprocess.run(["chattr", "-i", str(p)], capture_output=True)
            p.chmod(modes[p])


def test_read_only_store_gives_a_clear_error_and_stays_intact(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    path = folder / "s.db"
    conn = store.connect(path)
    store.upsert_article(conn, _article(1))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    before = path.read_bytes()
    with _read_only(path, folder):
        with pytest.raises(store.StoreError) as err:
            writer = store.connect(path)
            store.upsert_article(writer, _article(2))
        assert "s.db" in str(err.value) or "store" in str(err.value)
    assert path.read_bytes() == before
