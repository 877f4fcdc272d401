"""Writes round 6's HTML sources (round6/html/tNNN.html) - the helper used to author them.

    python benchmarks/tables/round6/author_html.py

The HTML files are the sources make_round6.py prints; this script and its modules
(r6kit.py: tables from lists, cards, lists; docs_a.py, docs_b.py: the documents, figures
partly from seeded random generators) only saved typing and are kept so the sources can
be read as data. Every name, place and figure is invented.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import r6kit  # noqa: E402
import docs_a  # noqa: E402,F401
import docs_b  # noqa: E402,F401


def main() -> None:
    r6kit.HTML.mkdir(exist_ok=True)
    for doc_id, text in sorted(r6kit.DOCS.items()):
        (r6kit.HTML / f"{doc_id}.html").write_text(text, encoding="utf-8")
        print("wrote", doc_id)


if __name__ == "__main__":
    main()
