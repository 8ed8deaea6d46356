"""The Whoosh index: Chinese analysis, schema, build/update/check, queries and highlights."""
