"""Renderers: each turns a result into what to print and returns it; the CLI prints once."""

from __future__ import annotations

FORMATS = ("table", "json", "ndjson", "csv", "tsv")
EXPORT_FORMATS = ("json", "ndjson", "csv", "sqlite")
