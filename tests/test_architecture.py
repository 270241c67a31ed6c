"""The seams of the code base, checked by reading the source (``ast``, nothing is imported):

* every SQL statement lives in ``corpora/``: no module of ``app``, ``nlp``, ``scraper`` or
  ``benchmarks`` holds an SQL string or calls ``execute``;
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
