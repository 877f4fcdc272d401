"""Which pages draw a ruled grid: a cheap test before running camelot.

Reads the page's vector path objects through pdfium (no rendering) and
collects thin horizontal and vertical strokes: stroked lines, hairline
filled rectangles, and the edges of stroked rectangles.  A page whose
strokes cross in enough distinct points to make two or more cells is ruled.
"""
from __future__ import annotations

import ctypes
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

THIN = 3.0  # points: a stroke at most this thick is a rule
MIN_LENGTH = 6.0  # points: shorter strokes are tick marks or bullets
MIN_CROSSINGS = 6  # distinct crossings for two cells (2 x 3 corners)
TOLERANCE = 2.0  # points: how near two rules must come to count as crossing
MAX_OBJECTS = 5000  # a page with more paths is a drawing; stop counting there


def ruled_pages(path: Path) -> set[int]:
    """1-based numbers of the pages that draw a table grid."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        found = set()
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                horizontal, vertical = _page_rules(page)
            finally:
                page.close()
            if _makes_cells(horizontal, vertical):
                found.add(index + 1)
        return found
    finally:
        pdf.close()


def _page_rules(page: pdfium.PdfPage) -> tuple[list[tuple], list[tuple]]:
    """Horizontal rules as (y, x0, x1) and vertical ones as (x, y0, y1), in PDF space."""
    horizontal: list[tuple] = []
    vertical: list[tuple] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    count = min(pdfium_c.FPDFPage_CountObjects(page.raw), MAX_OBJECTS)
    for k in range(count):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, k)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
        width, height = x1 - x0, y1 - y0
        if height <= THIN and width >= MIN_LENGTH:
            horizontal.append(((y0 + y1) / 2, x0, x1))
        elif width <= THIN and height >= MIN_LENGTH:
            vertical.append(((x0 + x1) / 2, y0, y1))
        elif width >= MIN_LENGTH and height >= MIN_LENGTH and pdfium_c.FPDFPath_CountSegments(obj) <= 6:
            # a stroked rectangle outlines a cell; a filled one is shading or a bar
            pdfium_c.FPDFPath_GetDrawMode(obj, fill, stroke)
            if stroke.value:
                horizontal += [(y0, x0, x1), (y1, x0, x1)]
                vertical += [(x0, y0, y1), (x1, y0, y1)]
    return horizontal, vertical


def _makes_cells(horizontal: list[tuple], vertical: list[tuple]) -> bool:
    if len(horizontal) < 2 or len(vertical) < 2:
        return False
    crossings = set()
    for y, hx0, hx1 in horizontal:
        for x, vy0, vy1 in vertical:
            if hx0 - TOLERANCE <= x <= hx1 + TOLERANCE and vy0 - TOLERANCE <= y <= vy1 + TOLERANCE:
                crossings.add((round(x), round(y)))
                if len(crossings) >= MIN_CROSSINGS:
                    return True
    return False
