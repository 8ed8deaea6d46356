"""Everything that fetches regional news pages and turns them into clean articles."""
