"""Round 8 of the table-structure benchmark: troff + tbl, set by groff as PostScript and
distilled to PDF by Ghostscript, as round 7 (national statistical bulletins and council
committee papers, t201-t220).

    python benchmarks/tables/round8/make_round8.py [--only t201,t203] [--out DIR] [--png DIR]

A thin module over ``round7/make_round7.py``: the same troff/tbl parser, the same groff
and ps2pdf runs, the same location of the cells in the PDF's characters and the same
checks, pointed at ``round8/src`` and writing truth with ``"round": 8``. The sources read
round 7's ``prelude.tr`` with ``.so ../../round7/src/prelude.tr``. See round 7's module
for the ``@table`` comments.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH = HERE.parent
SRC = HERE / "src"
OUT = BENCH / "out"
ROUND = 8

# a private copy of round 7's module (not the one `import make_round7` gives), pointed at
# round 8: these globals are read when its functions run
_spec = importlib.util.spec_from_file_location("make_round7_for_round8", BENCH / "round7" / "make_round7.py")
_r7 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_r7)
_r7.SRC, _r7.OUT, _r7.ROUND = SRC, OUT, ROUND
_r7.__doc__ = __doc__

Doc, Chars, run_groff, check = _r7.Doc, _r7.Chars, _r7.run_groff, _r7.check


def truth_for(source: Path, pdf: Path, png: Path | None = None) -> dict:
    """The checked truth of a document: its tables from the troff source, placed in the PDF."""
    return _r7.truth_for(Path(source), Path(pdf), png)


def build(source: Path, out: Path, png: Path | None = None) -> dict:
    return _r7.build(Path(source), Path(out), png)


def main(argv=None) -> int:
    return _r7.main(argv)


if __name__ == "__main__":
    sys.exit(main())
