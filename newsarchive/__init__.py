"""``python -m newsarchive``: the same command as ``newsarchive`` (see ``search_cli.main``)."""
