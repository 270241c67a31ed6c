"""The seams of the code base, checked by reading the source (``ast``, nothing is imported):

* every SQL statement lives in ``corpora/``: no module of ``app``, ``nlp``, ``scraper`` or
  ``benchmarks`` holds an SQL string or calls ``execute``;
* SQLite-specific SQL and the ``sqlite3`` driver stay in the SQLite backend
  (``corpora/sqlite_*.py``): the rest of ``corpora`` is written against
  ``corpora.backend.Backend``, and app, nlp and scraper never see the driver;
* imports run one way: app -> nlp and scraper -> corpora; corpora imports none of them; nlp and
  scraper import neither app nor each other; benchmarks and tests sit above everything, and
  benchmarks never import tests.

Each checker has a partner test showing that it finds what it looks for.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("app", "nlp", "scraper", "corpora", "benchmarks", "tests")

#: What each package may import from the project (itself always).
ALLOWED = {
    "corpora": set(),
    "nlp": {"corpora"},
    "scraper": {"corpora"},
    "app": {"nlp", "scraper", "corpora"},
    "benchmarks": {"app", "nlp", "scraper", "corpora"},
    "tests": {"app", "nlp", "scraper", "corpora", "benchmarks"},
}

SQL = re.compile(
    r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|BEGIN|COMMIT|ROLLBACK|ANALYZE|VACUUM|WITH)\b"
    r"|\bSELECT\b[\s\S]*\bFROM\b|\bINSERT\s+INTO\b|\bDELETE\s+FROM\b"
)
EXECUTE = {"execute", "executemany", "executescript"}


def modules(*packages: str) -> list[Path]:
    return sorted(p for pkg in packages for p in (ROOT / pkg).rglob("*.py") if "work" not in p.relative_to(ROOT).parts)


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


def sql_in(source: str) -> list[str]:
    """The SQL strings and ``execute`` calls in a module's source (docstrings aside)."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            if SQL.search(node.value):
                found.append(f"line {node.lineno}: {node.value.strip()[:60]!r}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in EXECUTE:
            found.append(f"line {node.lineno}: .{node.func.attr}()")
    return found


def imported_packages(source: str) -> set[str]:
    """The project packages a module imports, at any level (function-level imports included)."""
    out = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        out.update(n.split(".")[0] for n in names if n.split(".")[0] in PACKAGES)
    return out


def violations() -> set[tuple[str, str]]:
    found = set()
    for path in modules(*PACKAGES):
        package = path.relative_to(ROOT).parts[0]
        for imported in imported_packages(path.read_text(encoding="utf-8")) - {package} - ALLOWED[package]:
            found.add((str(path.relative_to(ROOT)), imported))
    return found


# --------------------------------------------------------------------------- SQL


def test_no_sql_outside_corpora():
    offenders = {
        str(p.relative_to(ROOT)): hits
        for p in modules("app", "nlp", "scraper", "benchmarks")
        if (hits := sql_in(p.read_text(encoding="utf-8")))
    }
    assert not offenders, f"SQL belongs in corpora/ (a Store method or a corpora function): {offenders}"


def test_the_sql_check_finds_sql_and_execute_calls():
    source = '''
"""Docstrings may say SELECT x FROM y."""
def f(conn, table):
    conn.execute(f"SELECT count(*) FROM {table}")
    rows = "INSERT INTO t VALUES (?)"
    conn.executemany(rows, [])
    note = "select a bike from the rack"  # prose is not SQL
'''
    hits = sql_in(source)
    assert len(hits) == 4 and any("executemany" in h for h in hits) and any("INSERT" in h for h in hits)
    assert not sql_in('"""PRAGMA in a docstring."""\nx = "Selected from the list"\n')


def test_corpora_holds_the_sql():  # the partner: the check above looks where the SQL is
    assert sum(len(sql_in(p.read_text(encoding="utf-8"))) for p in modules("corpora")) > 100


# --------------------------------------------------------------------------- imports


def test_imports_run_one_way():
    unexpected = violations()
    assert not unexpected, f"imports against the layering (app -> nlp/scraper -> corpora): {sorted(unexpected)}"


def test_the_import_check_finds_imports_at_any_level():
    source = "import corpora.store\ndef f():\n    from app import console\n    import nlp.taxonomy as t\n"
    assert imported_packages(source) == {"corpora", "app", "nlp"}
    assert imported_packages("from . import x\nimport json\nfrom pathlib import Path\n") == set()


def test_the_layering_rules_say_what_the_design_says():
    assert ALLOWED["corpora"] == set()
    assert "app" not in ALLOWED["nlp"] | ALLOWED["scraper"] and "nlp" not in ALLOWED["scraper"]
    assert "tests" not in ALLOWED["benchmarks"]


# --------------------------------------------------------------------------- the storage backend seam

#: The modules of the SQLite backend: the only ones in corpora/ that may use SQLite-specific
#: SQL or the sqlite3 driver (another backend's module, corpora/NAME_backend.py, speaks its own
#: database's SQL, e.g. PostgreSQL's ANALYZE).  Everything else in corpora/ is written against
#: corpora.backend.Backend (see "Adding a storage backend" in the README).
SQLITE_MODULES = {"corpora/sqlite_backend.py", "corpora/sqlite_schema.py", "corpora/sqlite_baselines.py"}

#: SQLite-only constructs, looked for in the string constants of a module (docstrings aside).
#: SQL keywords are matched in capitals (the project writes SQL so), so prose ("is not") passes.
SQLITE_SQL = {
    "FTS5 table or function": r"(?i)\bfts5\b|\b\w+_fts\b",
    "full-text MATCH": r"\bMATCH\b",
    "FTS5 ranking or snippet": r"\b(bm25|snippet|highlight)\s*\(",
    "PRAGMA": r"(?i)\bPRAGMA\b",
    "INSERT OR IGNORE/REPLACE": r"(?i)\bINSERT\s+OR\s+\w+|\bREPLACE\s+INTO\b",
    "sqlite_master": r"(?i)\bsqlite_(master|schema|sequence|temp_master)\b|\bdbstat\b",
    "rowid": r"(?i)\b_?rowid_?\b",
    "SQLite JSON functions": r"(?i)\bjson_(each|tree|group_array|group_object|extract|array_length)\b",
    "INDEXED BY / WITHOUT ROWID": r"(?i)\bINDEXED\s+BY\b|\bWITHOUT\s+ROWID\b|\bNOT\s+INDEXED\b",
    "IS NOT x (null-safe inequality)": r"\bIS\s+NOT\s+(?!NULL\b|DISTINCT\b|TRUE\b|FALSE\b)\S",
    "BEGIN IMMEDIATE/EXCLUSIVE": r"(?i)\bBEGIN\s+(IMMEDIATE|EXCLUSIVE|DEFERRED)\b",
    "VACUUM / ANALYZE / checkpoint": r"^\s*(VACUUM|ANALYZE)\b|\bwal_checkpoint\b",
    "numbered or named parameters": r"\?\d|[\s(,=<>]:[A-Za-z_]\w*",
    "AUTOINCREMENT / GLOB": r"\bAUTOINCREMENT\b|\bGLOB\b",
}
#: sqlite3 driver features reached as attributes (cursor.lastrowid and friends)
SQLITE_ATTRIBUTES = {"lastrowid", "set_progress_handler", "executescript", "complete_statement", "iterdump"}


def sqlite_specific(source: str) -> list[str]:
    """The SQLite-specific constructs of a module: ``sqlite3`` imports, sqlite3-only attributes,
    and SQLite-only SQL in its strings (docstrings aside)."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    patterns = {name: re.compile(rx, re.MULTILINE) for name, rx in SQLITE_SQL.items()}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "sqlite3" for a in node.names):
            found.append(f"line {node.lineno}: import sqlite3")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "sqlite3":
            found.append(f"line {node.lineno}: from sqlite3 import")
        elif isinstance(node, ast.Attribute) and node.attr in SQLITE_ATTRIBUTES:
            found.append(f"line {node.lineno}: .{node.attr}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            for name, rx in patterns.items():
                if rx.search(node.value):
                    found.append(f"line {node.lineno}: {name}: {node.value.strip()[:50]!r}")
    return found


def test_sqlite_specifics_live_in_the_sqlite_backend_only():
    offenders = {
        rel: hits
        for p in modules("corpora")
        if (rel := str(p.relative_to(ROOT))) not in SQLITE_MODULES and not p.name.endswith("_backend.py")
        if (hits := sqlite_specific(p.read_text(encoding="utf-8")))
    }
    assert not offenders, (
        "SQLite-specific SQL or sqlite3 use outside the SQLite backend: spell it through "
        f"corpora.backend.Backend (backend_of(conn)) or move it to corpora/sqlite_backend.py: {offenders}"
    )


def test_the_sqlite_check_finds_each_construct():
    source = '''
"""A docstring may say PRAGMA, MATCH and bm25(x)."""
import sqlite3
from sqlite3 import Row
def f(conn):
    conn.execute("SELECT snippet(quotes_fts, 0, '', '', '', 9) FROM quotes_fts WHERE quotes_fts MATCH ?")
    conn.execute("PRAGMA user_version")
    conn.execute("INSERT OR IGNORE INTO frontier(url) VALUES (?)")
    conn.execute("SELECT name FROM sqlite_master")
    conn.execute("SELECT max(rowid) FROM annotations")
    conn.execute("SELECT value FROM json_each(themes)")
    conn.execute("SELECT id FROM quotes INDEXED BY quotes_speaker")
    conn.execute("UPDATE t SET a = 1 WHERE b IS NOT ?")
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("SELECT * FROM t WHERE a = ?1 AND b = :name")
    conn.execute("VACUUM")
    conn.set_progress_handler(None, 1)
    return conn.execute("INSERT INTO t VALUES (1)").lastrowid
'''
    hits = "\n".join(sqlite_specific(source))
    for what in (
        "import sqlite3",
        "from sqlite3 import",
        "FTS5 ranking or snippet",
        "full-text MATCH",
        "FTS5 table",
        "PRAGMA",
        "INSERT OR IGNORE",
        "sqlite_master",
        "rowid",
        "SQLite JSON functions",
        "INDEXED BY",
        "IS NOT x",
        "BEGIN IMMEDIATE",
        "numbered or named parameters",
        "VACUUM",
        ".set_progress_handler",
        ".lastrowid",
    ):
        assert what in hits, what
    neutral = """
def g(conn):
    conn.execute("SELECT a.id, s.name FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.title IS NOT NULL")
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
    conn.execute("SELECT u.unit_type || ':' || u.unit_id FROM annotations u WHERE u.sentiment = ? LIMIT ?")
"""
    assert sqlite_specific(neutral) == []


def test_the_sqlite_backend_holds_the_sqlite_specifics():  # the partner: the check looks where they are
    hits = [h for m in sorted(SQLITE_MODULES) for h in sqlite_specific((ROOT / m).read_text(encoding="utf-8"))]
    assert len(hits) > 20 and any("import sqlite3" in h for h in hits) and any("MATCH" in h for h in hits)


def test_the_stages_above_the_store_do_not_know_it_is_sqlite():
    """app, nlp and scraper reach the database through the store only: no sqlite3 (its errors
    come as ``backend_of(conn).Error`` / ``.IntegrityError``), no SQLite-only SQL."""
    offenders = {
        str(p.relative_to(ROOT)): hits
        for p in modules("app", "nlp", "scraper")
        if (hits := sqlite_specific(p.read_text(encoding="utf-8")))
    }
    assert not offenders, f"SQLite specifics above the store: {offenders}"
