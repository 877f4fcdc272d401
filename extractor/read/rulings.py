"""Vector rulings of a page, read in the reader's one pass over it.

Collects thin horizontal and vertical strokes from the page's path objects
(no rendering): stroked lines, hairline filled rectangles, the edges of
stroked rectangles and of filled ones laid out as a table's shaded cells; and
where its images are. Positions go through the
same page-to-device mapping as the words, so a rotated page's rules line up
with its text. ``makes_cells`` is the cheap test of whether they can hold a
table.
"""
from __future__ import annotations

import ctypes
from bisect import bisect_left, bisect_right

import pypdfium2.raw as pdfium_c

from ..model import Rule

THIN = 3.0  # points: a stroke at most this thick is a rule
MIN_LENGTH = 6.0  # points: shorter strokes are tick marks or bullets
MIN_CROSSINGS = 6  # distinct crossings for two cells (2 x 3 corners)
TOLERANCE = 2.0  # points: how near two rules must come to count as crossing
MAX_OBJECTS = 5000  # a page with more objects is a drawing; stop reading paths there


Box = tuple[float, float, float, float]


def page_rules(page_handle, transform) -> tuple[list[Rule], list[Box], list[Box]]:
    """The page's rules, the boxes of its images, and those of its shading (filled rectangles
    that are not a table's shaded cells), in top-left coordinates through ``transform``."""
    rules: list[Rule] = []
    images: list[Box] = []
    filled: list[Box] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    count = min(pdfium_c.FPDFPage_CountObjects(page_handle), MAX_OBJECTS)
    for k in range(count):
        obj = pdfium_c.FPDFPage_GetObject(page_handle, k)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind not in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE) or \
                not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        x0, t, x1, b = transform(left.value, bottom.value, right.value, top.value)
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images.append((x0, t, x1, b))
            continue
        width, height = x1 - x0, b - t
        if height <= THIN and width >= MIN_LENGTH:
            middle = (t + b) / 2
            rules.append(Rule(x0, middle, x1, middle))
        elif width <= THIN and height >= MIN_LENGTH:
            middle = (x0 + x1) / 2
            rules.append(Rule(middle, t, middle, b))
        elif width >= MIN_LENGTH and height >= MIN_LENGTH and pdfium_c.FPDFPath_CountSegments(obj) <= 6:
            # a stroked rectangle outlines a cell; a filled one is shading or a bar
            pdfium_c.FPDFPath_GetDrawMode(obj, fill, stroke)
            if stroke.value:
                rules += _edges(x0, t, x1, b)
            elif fill.value:
                filled.append((x0, t, x1, b))
    filled = _bands(filled)
    cells = _shaded_cells(filled)
    parted = set(cells)
    return rules + [r for box in cells for r in _edges(*box)], images, [b for b in filled if b not in parted]


def _edges(x0: float, top: float, x1: float, bottom: float) -> list[Rule]:
    return [Rule(x0, top, x1, top), Rule(x0, bottom, x1, bottom), Rule(x0, top, x0, bottom), Rule(x1, top, x1, bottom)]


def _bands(boxes: list[Box]) -> list[Box]:
    """Filled rectangles that meet side to side at the same height joined into one: a row's
    shading drawn cell by cell (as browsers draw a zebra-striped table) is one band."""
    joined: list[Box] = []
    for box in sorted(boxes, key=lambda b: (round(b[1]), round(b[3]), b[0])):
        last = joined[-1] if joined else None
        if last is not None and abs(last[1] - box[1]) <= 0.5 and abs(last[3] - box[3]) <= 0.5 \
                and last[2] - 0.5 <= box[0] <= last[2] + 0.5:
            joined[-1] = (last[0], last[1], max(last[2], box[2]), last[3])
        else:
            joined.append(box)
    return joined


def _shaded_cells(boxes: list[Box]) -> list[Box]:
    """Filled rectangles laid out as a table's cells (each cell shaded, white gutters between):
    those sharing their top with another and their left edge with another. Shaded rows
    (one band each) and lone panels share no tops, and stay shading."""
    if len(boxes) < 4:
        return []
    # sorted edges and bisect, not every pair: a chart may draw thousands of filled bars
    tops, lefts = sorted(b[1] for b in boxes), sorted(b[0] for b in boxes)

    def shared(values: list[float], value: float) -> bool:  # by this box and at least one other
        return bisect_right(values, value + TOLERANCE) - bisect_left(values, value - TOLERANCE) >= 2

    return [box for box in boxes if shared(tops, box[1]) and shared(lefts, box[0])]


JOIN = 1.0  # points: collinear rules meeting this close end to end are one (dashes stay apart)


def joined_horizontal(rules: list[Rule]) -> list[Rule]:
    """The horizontal rules, collinear pieces that meet end to end joined into one: a rule
    under a row drawn as each cell's own bottom border, as browsers and word processors do."""
    joined: list[Rule] = []
    for rule in sorted((r for r in rules if r.horizontal), key=lambda r: (round(r.top), r.x0)):
        last = joined[-1] if joined else None
        if last is not None and abs(last.top - rule.top) <= 1.0 and rule.x0 <= last.x1 + JOIN:
            joined[-1] = Rule(last.x0, last.top, max(last.x1, rule.x1), last.bottom)
        else:
            joined.append(rule)
    return joined


def makes_cells(rules: list[Rule]) -> bool:
    """Whether the rules cross in enough distinct points to make two or more cells."""
    horizontal = [r for r in rules if r.horizontal]
    vertical = [r for r in rules if not r.horizontal]
    if len(horizontal) < 2 or len(vertical) < 2:
        return False
    crossings = set()
    for h in horizontal:
        for v in vertical:
            if h.x0 - TOLERANCE <= v.x0 <= h.x1 + TOLERANCE and v.top - TOLERANCE <= h.top <= v.bottom + TOLERANCE:
                crossings.add((round(v.x0), round(h.top)))
                if len(crossings) >= MIN_CROSSINGS:
                    return True
    return False
