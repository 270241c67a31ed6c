"""The corpus: the store (every SQL statement of gpwatch), the records passed between the
stages, and the data files shipped with the package.

The names below are the package's front door; the modules (``corpora.store``,
``corpora.analysis_store``, ``corpora.crawl_store``, ``corpora.queries``, ``corpora.bulk``,
``corpora.export``, ``corpora.integrity``) hold the repository functions, each taking a
connection of a :class:`Store` first.  ``corpora.backend`` says what a database must supply
for them, and ``corpora.sqlite_backend`` supplies it for SQLite (the default).
"""

from corpora.pseudonyms import ThreadPseudonyms, pseudonym
from corpora.records import (
    SENTIMENTS,
    UNIT_TYPES,
    Annotation,
    ArticleRecord,
    CommentRecord,
    Paragraph,
    Quote,
    Sentence,
)
from corpora.store import Store, StoreError, default_db_path

__all__ = [
    "SENTIMENTS",
    "UNIT_TYPES",
    "Annotation",
    "ArticleRecord",
    "CommentRecord",
    "Paragraph",
    "Quote",
    "Sentence",
    "Store",
    "StoreError",
    "ThreadPseudonyms",
    "default_db_path",
    "pseudonym",
]
