"""Regenerate the hash index beside each table questions are read with (tables.index_of):
`<table>.idx`, so that a look-up finds a key's line in one step rather than by bisection.

Run after regenerating a table (scripts/gen_question_tables.py, gen_pinyin_table.py);
tests/test_ask_start.py fails until you do, and until then look-ups bisect the table:

    python scripts/gen_table_index.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jzfacts.search.tables import HERE, INDEXED, index_of  # noqa: E402

if __name__ == "__main__":
    for name in INDEXED:
        target = HERE / f"{name}.idx"
        # (beside and renamed, as the tables are: a mapped index keeps its pages)
        temporary = target.with_name(f".{target.name}.tmp")
        temporary.write_bytes(index_of((HERE / name).read_bytes()))
        os.replace(temporary, target)
        print(f"{target}: written ({target.stat().st_size:,} bytes)")
