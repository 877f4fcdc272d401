"""Where the project's pattern data lives.

Patterns are data, kept in the top-level ``patterns/`` folder beside the
package (the project is installed editable); ``IRO_PATTERNS`` overrides it.
"""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def patterns_dir() -> Path:
    return Path(os.environ.get("IRO_PATTERNS", PROJECT_ROOT / "patterns"))
