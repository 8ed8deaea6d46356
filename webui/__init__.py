"""The read-only web interface of the archive: ``newsarchive serve``.

A thin layer over the same library calls as the CLI (``indexer.search``,
``indexer.facets``, ``archive.queries``); it never writes to the store
or the index.
"""
