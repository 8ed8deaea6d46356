"""The ``newsarchive`` command: a thin layer over the crawler and indexer libraries."""
