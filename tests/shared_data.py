"""Where the tests find the shared folders that live beside the checkout, not in it
(``../shared/seeds``: real saved pages the project may read but never copy).

``$GPWATCH_SHARED`` names the shared folder when the clone lives elsewhere; otherwise it is
``shared/`` beside the repository.  A test that needs a folder that is not there is skipped
with a reason naming where it looked, never failed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ENV = "GPWATCH_SHARED"


def shared_folder() -> Path:
    return Path(os.environ[ENV]) if os.environ.get(ENV) else ROOT.parent / "shared"


SEEDS = shared_folder() / "seeds"


def require(folder: Path) -> Path:
    """``folder`` when it exists; otherwise skip the calling test, saying where it looked."""
    if not folder.is_dir():
        pytest.skip(f"{folder} not found: set ${ENV} to the shared folder (with {folder.name}/) to run this test")
    return folder
