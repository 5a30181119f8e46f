"""Switches read from the environment."""

from __future__ import annotations

import os

_OFF = ("", "0", "false", "no", "off")


def flag(name: str) -> bool:
    """Whether an on/off variable is on: JZFACTS_DEBUG=1 is, and so are true, yes and on;
    0, false, no, off and an empty value are off, as is a variable that is not set."""
    return os.environ.get(name, "").strip().lower() not in _OFF
