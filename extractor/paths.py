"""Where the project's pattern data lives.

Patterns are data: the top-level ``patterns/`` folder of a checkout, installed
as the package data ``extractor.pattern_files`` (pyproject maps one onto the other,
so an editable install and a wheel read the same files through
``importlib.resources``). ``IRO_PATTERNS`` names a user's own copy instead.
"""
from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Iterable


def patterns_dir() -> Path:
    override = os.environ.get("IRO_PATTERNS")
    if override:
        return Path(override)
    # Installed patterns are plain files (the wheel is not zip-imported), so the
    # Traversable is a real directory.
    try:
        return Path(str(resources.files("extractor.pattern_files")))
    except ModuleNotFoundError:  # run from a checkout's root: its `extractor/` shadows the install
        return Path(__file__).resolve().parent.parent / "patterns"


def pdf_paths(paths: Iterable[Path]) -> list[Path]:
    """Files named, and every *.pdf inside folders named, in a stable order.

    Lives here, away from the pipeline, so that the parent of worker processes
    can list files without importing spaCy.
    """
    found: list[Path] = []
    for p in map(Path, paths):
        found += sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() == ".pdf") if p.is_dir() else [p]
    return found
