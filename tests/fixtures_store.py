"""Store fixtures: a SQLite store, and a throwaway PostgreSQL server."""
