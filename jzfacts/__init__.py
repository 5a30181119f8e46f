"""jzfacts: every figure on a newspaper page about Jinzhou (锦州), typed and sourced."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
