"""Downloader middlewares that make every crawl safe and polite by default.

Order (see ``DOWNLOADER_MIDDLEWARES`` in ``crawler.settings``): the address
guard runs first so that nothing else, robots.txt fetches included, ever
reaches a refused address; the body check sits just outside decompression so
that it sees the bytes as they came off the wire.
"""
