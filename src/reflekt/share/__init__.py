"""Formats: export, import and the team library (no Qt)."""
