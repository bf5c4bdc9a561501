"""Domain: the journal, templates, statistics and storage (no Qt)."""
