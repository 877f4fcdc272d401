"""Tables of a document: ruled ones from the vector rulings, unruled ones from word gaps.

``find_tables(document)`` fills ``page.tables`` on every page and also returns
all tables in page order. Ruled tables are built from the rulings the reader
read with the words (lattice.py), without rendering; camelot (~0.35 s a page)
runs only where the rules may be pixels. The unruled detector
(stream_tables.py) is plain Python over the lines the reader already built and
runs on every page. A table split by a page break comes back as one Table
with ``pages`` listing both pages.
"""
from __future__ import annotations

import logging
import multiprocessing
import warnings
from pathlib import Path

from ..model import Document, Table
from .lattice import lattice_tables
from .line_tables import find_line_tables
from .rulings import makes_cells
from .cells import body_height, cell_gap_ratio
from .stream_tables import find_stream_tables
from .text_tables import find_text_tables
from .words import CHAR_FIXES

log = logging.getLogger(__name__)

CAMELOT_CHUNK = 10  # ruled pages per camelot call: bounds its memory on long documents


def find_tables(document: Document, path: Path | None = None, *, engine: str = "vector",
                parallel: bool = False) -> list[Table]:
    """Detect tables; sets page.tables for every page and returns them all.

    Ruled tables come from the vector rulings the reader already read
    (``lattice.py``); camelot's lattice runs only on pages whose rules can only
    be pictures (a large image, text, no vector grid), or on every ruled page
    with ``engine="camelot"`` (a cross-check). ``parallel`` lets camelot use
    every core for one document; off by default, since the runner already
    spreads documents over the cores.
    """
    if engine not in ("vector", "camelot"):
        raise ValueError(f"unknown table engine {engine!r}: use vector or camelot")
    vector_pages = [p for p in document.pages if makes_cells(p.rules)]
    if engine == "vector":
        found = [t for page in vector_pages for t in lattice_tables(page)]
        pictured = [p.number for p in document.pages if p not in vector_pages and _pictured_table(p)]
    else:
        found, pictured = [], [p.number for p in vector_pages]
    if pictured and path is not None:
        found += _camelot_tables(document, Path(path), pictured, parallel)
    lattice = _join_across_pages(sorted(found, key=lambda t: (t.page, t.bbox[1])), document)
    for table in lattice:  # empty columns go only now: a continuation may fill them
        table.rows = drop_empty(table.rows)
    lattice = [t for t in lattice if len(t.rows) >= 2 and len(t.rows[0]) >= 2]
    # each reader takes the lines the ruled tables left; then figures and text are weighed
    skip: dict[int, list[tuple]] = {}
    _set_aside(skip, lattice)
    gap_ratio, body = cell_gap_ratio(document), body_height(document)
    stream = find_stream_tables(document, skip, gap_ratio, body)
    beside = {page: list(boxes) for page, boxes in skip.items()}
    _set_aside(beside, [t for t in stream if _in_page_column(t, document)])
    stream, text = _text_or_figures(stream, find_text_tables(document, beside, gap_ratio, body))
    found = lattice + stream + text
    for page in document.pages:
        page.tables = sorted((t for t in found if t.page == page.number), key=lambda t: t.bbox[1])
        for index, table in enumerate(page.tables, start=1):
            table.index = index
    find_line_tables(document)
    return document.tables


def _text_or_figures(stream: list[Table], text: list[Table]) -> tuple[list[Table], list[Table]]:
    """Tables of figures and tables of text found over the same lines: a table of text
    wins where it holds the figure tables whole and they are pieces of it (two or more,
    or fewer columns: rows of words with a few figures, whose figure rows alone read as
    tables); otherwise the tables of figures do, and a table of text overlapping them goes."""
    kept_text, dropped = [], set()
    for table in text:
        box = table.bbox
        overlapping = [s for s in stream if _overlap(s.page_bboxes.get(table.page), box)]
        inside = [s for s in overlapping if _inside(s.page_bboxes[table.page], box)]
        if overlapping and len(inside) == len(overlapping) and not _beside(inside, box) and \
                (len(inside) >= 2 or len(inside[0].rows[0]) < len(table.rows[0])):
            dropped.update(id(s) for s in inside)
            kept_text.append(table)
        elif not overlapping:
            kept_text.append(table)
    return [s for s in stream if id(s) not in dropped], kept_text


BESIDE_SHARE = 0.25  # of a table of text's width: a table of figures starting this far in stands beside


def _beside(inside: list[Table], box: tuple) -> bool:
    """The tables of figures start well inside the table of text's left edge: what the table
    of text adds on their left is a paragraph beside them, its lines joined to their rows."""
    x0 = min(s.bbox[0] for s in inside)
    return x0 - box[0] > BESIDE_SHARE * (box[2] - box[0])


def _in_page_column(table: Table, document: Document) -> bool:
    """A table set in one column of a page laid out in columns (the reader's layout): the
    table of text beside it is another table, not one with it."""
    page = document.pages[table.page - 1]
    box = table.page_bboxes.get(table.page, table.bbox)
    inside = [ln for ln in page.lines if _inside((ln.x0, ln.top, ln.x1, ln.bottom), box)]
    return bool(inside) and all(ln.column is not None for ln in inside)


def _overlap(a: tuple | None, b: tuple) -> bool:
    return a is not None and a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _inside(a: tuple, b: tuple, slack: float = 2.0) -> bool:
    return a[0] >= b[0] - slack and a[1] >= b[1] - slack and a[2] <= b[2] + slack and a[3] <= b[3] + slack


def _set_aside(skip: dict[int, list[tuple]], tables: list[Table]) -> None:
    """Add the tables' boxes, page by page, to those later readers skip."""
    for table in tables:
        for page, box in table.page_bboxes.items():
            skip.setdefault(page, []).append(box)


PICTURE_SHARE = 0.25  # an image covering this share of the page may hold a table's rules


def _pictured_table(page) -> bool:
    """A page with text over a large image: its table rules may exist only as pixels."""
    area = page.width * page.height or 1.0
    big = any((x1 - x0) * (bottom - top) >= PICTURE_SHARE * area for x0, top, x1, bottom in page.images)
    return big and bool(page.lines) and not page.ocr


def clean_cells(rows: list[list[str]]) -> list[list[str]]:
    """One-line, stripped cells."""
    return [[" ".join(str(cell).translate(CHAR_FIXES).split()) for cell in row] for row in rows]


def drop_empty(rows: list[list[str]]) -> list[list[str]]:
    """Without the rows and columns that are wholly empty."""
    rows = [row for row in rows if any(row)]
    if not rows:
        return []
    keep = [k for k in range(len(rows[0])) if any(row[k] for row in rows)]
    return [[row[k] for k in keep] for row in rows]


def _camelot_tables(document: Document, path: Path, pages: list[int], parallel: bool) -> list[Table]:
    """Camelot lattice on the given pages, a chunk of pages per call."""
    import camelot  # slow to import; only documents that need it pay for it

    # a daemonic worker process may not start processes of its own
    parallel = parallel and not multiprocessing.current_process().daemon
    found = []
    for start in range(0, len(pages), CAMELOT_CHUNK):
        chunk = pages[start:start + CAMELOT_CHUNK]
        tables_found = _run_camelot(camelot, path, chunk, parallel)
        if tables_found is None and parallel:
            tables_found = _run_camelot(camelot, path, chunk, False)
        found += list(tables_found or [])
    tables = []
    for found_table in found:
        number = int(found_table.page)
        rows = clean_cells(found_table.df.values.tolist())
        if not any(any(row) for row in rows) or not 1 <= number <= len(document.pages):
            continue
        height = document.pages[number - 1].height
        x0, y0, x1, y1 = found_table._bbox  # PDF space, origin bottom-left
        box = (float(x0), height - float(y1), float(x1), height - float(y0))
        tables.append(Table(page=number, index=0, rows=rows, method="lattice", pages=[number],
                            bbox=box, page_bboxes={number: box}))
    return tables


def _run_camelot(camelot, path: Path, pages: list[int], parallel: bool):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # camelot warns about every page without a table
            return camelot.read_pdf(str(path), pages=",".join(map(str, pages)), flavor="lattice",
                                    suppress_stdout=True, parallel=parallel)
    except Exception as exc:  # a camelot failure costs the ruled tables, not the document
        log.warning("camelot failed on %s (parallel=%s): %s", path, parallel, exc)
        return None


def _join_across_pages(tables: list[Table], document: Document) -> list[Table]:
    """Merge a table that ends a page with one of the same width that starts the next."""
    joined: list[Table] = []
    for table in tables:
        previous = joined[-1] if joined else None
        if (previous and table.page == previous.pages[-1] + 1
                and len(table.rows[0]) == len(previous.rows[0])
                and _nothing_below(previous, document, tables) and _nothing_above(table, document, tables)):
            rows = table.rows[1:] if table.rows[0] == previous.rows[0] else table.rows  # repeated header
            previous.rows += rows
            previous.pages.append(table.page)
            previous.page_bboxes[table.page] = table.bbox
        else:
            joined.append(table)
    return joined


def _body_lines_outside(page_number: int, document: Document, tables: list[Table]):
    page = document.pages[page_number - 1]
    boxes = [t.page_bboxes[page_number] for t in tables if page_number in t.page_bboxes]
    for line in page.lines:
        middle = (line.top + line.bottom) / 2
        if not any(b[1] - 1 <= middle <= b[3] + 1 for b in boxes):
            yield line


def _nothing_below(table: Table, document: Document, tables: list[Table]) -> bool:
    last = table.pages[-1]
    bottom = table.page_bboxes[last][3]
    return all(line.top < bottom for line in _body_lines_outside(last, document, tables))


def _nothing_above(table: Table, document: Document, tables: list[Table]) -> bool:
    top = table.bbox[1]
    return all(line.bottom > top for line in _body_lines_outside(table.page, document, tables))
