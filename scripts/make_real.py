"""Real council text (tests/real/): collect helpers' batches, render the PDFs.

    python scripts/make_real.py                 # render tests/real/docs/*.md -> tests/real/pdf/*.pdf
    python scripts/make_real.py --collect 2     # add tests/real/incoming/*/batch2/ as batch 2, then render

Each document is kept as data, ``tests/real/docs/<id>.md``: a front matter
(source address, council, LA number, region, period, kind) and the page text
exactly as the stored public page gave it. Rendering puts that text, and
nothing else, in a plain A4 PDF (paragraphs wrapped, DejaVu Sans so every
character survives); the source address goes into the PDF's metadata, not its
text, so the tool reads only what the council wrote.

``--collect B`` moves the helpers' ``batchB`` folders (``incoming/<helper>/batchB/``:
``<id>.md``, ``figures.csv``, ``documents.csv``) into the set and appends their gold
rows, recording the batch in ``batches.csv``; score a batch with
``pytest tests/test_real.py -s`` (or ``iro extract``/``iro evaluate``) before it
informs any pattern, and write that first-contact score into the README.
"""
from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

from datetime import datetime, timezone

from fpdf import FPDF

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "real"
FIXED_DATE = datetime(2026, 1, 1, tzinfo=timezone.utc)
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FIGURE_COLUMNS = ["doc", "council", "metric", "period", "comparator", "value", "value_high", "unit",
                  "optional", "evidence"]
DOCUMENT_COLUMNS = ["doc", "council", "ons_code", "la_number", "region", "period", "kind"]


def read_document(path: Path) -> tuple[dict[str, str], str]:
    """A docs/<id>.md file: its front matter and its text."""
    raw = path.read_text(encoding="utf-8")
    m = re.match(r"---\n(.*?)\n---\n", raw, re.DOTALL)
    if not m:
        raise ValueError(f"{path}: no front matter")
    meta = dict(line.split(":", 1) for line in m.group(1).splitlines() if ":" in line)
    return {k.strip(): v.strip() for k, v in meta.items()}, raw[m.end():]


def render(path: Path, out: Path) -> None:
    meta, text = read_document(path)
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)  # reproducible bytes
    pdf.set_title(meta.get("title", ""))
    pdf.set_subject(f"Source: {meta['source']}")
    pdf.set_margins(20, 20, 20)
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=10)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for line in text.rstrip("\n").split("\n"):
        if line.strip():
            pdf.multi_cell(0, 5, line.replace("\t", " "), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(3)
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))


def render_all() -> list[Path]:
    written = []
    for path in sorted((REAL / "docs").glob("*.md")):
        out = REAL / "pdf" / f"{path.stem}.pdf"
        render(path, out)
        written.append(out)
    return written


def _rows(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _append(path: Path, rows: list[dict], columns: list[str]) -> None:
    new = not path.exists()
    with path.open("a", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
        if new:
            writer.writeheader()
        writer.writerows(rows)


def collect(batch: int) -> list[str]:
    """Move incoming/<helper>/batch<batch>/ into the set; returns the new doc ids."""
    added = []
    for folder in sorted((REAL / "incoming").glob(f"*/batch{batch}")):
        docs = sorted(folder.glob("*.md"))
        if not docs:
            continue
        (REAL / "docs").mkdir(parents=True, exist_ok=True)
        for doc in docs:
            doc.rename(REAL / "docs" / doc.name)
            added.append(doc.stem)
        _append(REAL / "figures.csv", _rows(folder / "figures.csv"), FIGURE_COLUMNS)
        _append(REAL / "documents.csv", _rows(folder / "documents.csv"), DOCUMENT_COLUMNS)
    _append(REAL / "batches.csv", [{"doc": d, "batch": batch} for d in added], ["doc", "batch"])
    return added


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--collect", type=int, metavar="BATCH", help="add the helpers' batch first")
    args = parser.parse_args()
    if args.collect:
        print("collected:", ", ".join(collect(args.collect)) or "nothing")
    for path in render_all():
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
