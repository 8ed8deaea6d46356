"""The archive of record: SQLAlchemy models, sessions and write logic (no Scrapy imports)."""
