"""Where the project's pattern data lives.

Patterns are data, kept in the top-level ``patterns/`` folder beside the
package (the project is installed editable); ``IRO_PATTERNS`` overrides it.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def patterns_dir() -> Path:
    return Path(os.environ.get("IRO_PATTERNS", PROJECT_ROOT / "patterns"))


def pdf_paths(paths: Iterable[Path]) -> list[Path]:
    """Files named, and every *.pdf inside folders named, in a stable order.

    Lives here, away from the pipeline, so that the parent of worker processes
    can list files without importing spaCy.
    """
    found: list[Path] = []
    for p in map(Path, paths):
        found += sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() == ".pdf") if p.is_dir() else [p]
    return found
