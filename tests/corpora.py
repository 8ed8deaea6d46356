"""Where the shared test corpora are: the one locator for tests, test-site generators and benchmarks.

``$NEWSARCHIVE_SHARED_DATA`` if set, else ``../shared/data`` beside the
repository. Standard library only: the benchmarks import it as
``tests.corpora``, the tests as ``corpora``.
"""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ENV = "NEWSARCHIVE_SHARED_DATA"


def shared_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Return ``explicit``, else ``$NEWSARCHIVE_SHARED_DATA``, else ``../shared/data`` beside the repo."""
    return Path(explicit or os.environ.get(ENV) or REPO.parent / "shared" / "data")
