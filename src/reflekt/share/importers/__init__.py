"""Importers from other journaling tools."""
