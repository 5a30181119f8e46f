"""Search and questions: search terms, BM25 ranking, hits, reading a question, ask, and the
SQLite index of a large base. May import jzfacts.base only."""
