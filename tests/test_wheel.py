"""The project as a user installs it: build the wheel, install it into a fresh virtual
environment outside the checkout, and run ``gpwatch ingest``, ``analyze``, ``train`` and
``classify`` from a folder that is not the checkout.  This fails when a data file the code
reads (the codebook, the entity phrases, the labelled units, the source configurations, the
sample site) is left out of the wheel, or when the code finds files relative to the checkout.

The fresh environment gets gpwatch from the wheel only (``--no-deps``); its dependencies are
those already installed for the tests, reached through a ``.pth`` line (no download).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "tests" / "fixtures" / "pages" / "old_layout.txt"
LABELS = ROOT / "tests" / "fixtures" / "themes_small.jsonl"  # small, so the test stays quick
NOT_SOURCE = (
    ".venv",
    ".git",
    "data",
    "work",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".pytest_cache",
    ".hypothesis",
    "screenshots",
    "results",
)


def _run(argv: list, cwd: Path, timeout: float = 900) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "GPWATCH_DB", "GPWATCH_MODEL")}
    out = subprocess.run([str(a) for a in argv], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert out.returncode == 0, f"{argv}: {out.stdout[-2000:]}\n{out.stderr[-3000:]}"
    return out


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The bin/ folder of a fresh virtual environment with the wheel installed."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"  # a clean copy: an in-tree build would leave build/ behind in the checkout
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(*NOT_SOURCE))
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", tmp / "dist", src], cwd=tmp)
    wheel = next((tmp / "dist").glob("gpwatch-*.whl"))
    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=tmp)
    python = venv / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", wheel], cwd=tmp)
    site = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], cwd=tmp).stdout.strip())
    # the tests' own dependencies, after the environment's own packages (so gpwatch comes from the wheel)
    (site / "zz_test_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    return venv / "bin"


@pytest.mark.slow
def test_the_installed_wheel_carries_its_data(installed, tmp_path):
    code = (
        "import corpora, json; from corpora import resources as r; "
        "print(json.dumps({'package': corpora.__file__, 'labelled': len(list(r.LABELLED_DIR.glob('*.jsonl'))), "
        "'files': [p.is_file() for p in (r.TAXONOMY_PATH, r.ENTITIES_PATH, r.OFFICE_HOLDERS_PATH, "
        "r.SOURCES_DIR / 'wordpress.toml')], "
        "'sample_site': len(list(r.SAMPLE_SITE_DIR.glob('*.toml')))}))"
    )
    found = json.loads(_run([installed / "python", "-c", code], cwd=tmp_path).stdout)
    assert found["package"].startswith(str(installed.parent)) and not found["package"].startswith(str(ROOT))
    assert found["files"] == [True, True, True, True]
    assert found["labelled"] == len(list((ROOT / "corpora" / "labelled").glob("*.jsonl"))) > 0
    assert found["sample_site"] == len(list((ROOT / "corpora" / "sample_site" / "articles").glob("*.toml"))) > 0


@pytest.mark.slow
def test_ingest_analyze_train_classify_from_the_installed_wheel(installed, tmp_path):
    gpwatch = installed / "gpwatch"
    db = tmp_path / "store" / "corpus.db"
    _run([gpwatch, "ingest", PAGE, "--db", db], cwd=tmp_path)
    out = _run([gpwatch, "analyze", "--db", db], cwd=tmp_path)
    assert "analysed 1 articles" in out.stdout
    # the packaged codebook (the packaged labelled units are checked above; training on all of
    # them takes minutes)
    _run([gpwatch, "train", "--labels", LABELS, "--db", db], cwd=tmp_path)
    assert (db.parent / "models" / "CURRENT").exists()
    classify = subprocess.run(
        [str(gpwatch), "classify", "-", "--db", str(db)],
        cwd=tmp_path,
        text=True,
        input='{"id": "a", "text": "Another partner has handed back the contract."}\n',
        capture_output=True,
        timeout=300,
    )
    assert classify.returncode == 0, classify.stderr
    line = json.loads(classify.stdout)
    assert line["id"] == "a" and set(line["sentiment_scores"]) == {"negative", "neutral", "positive"}
    stats = json.loads(_run([gpwatch, "stats", "--db", db], cwd=tmp_path).stdout)
    assert stats["articles"] == 1 and stats["sentences"] > 0
