"""A scanned page's image, made ready for OCR and for the table reader.

- ``deskew``: the angle at which the page's rows of ink line up best (a search
  over small angles on a reduced copy), and the image turned back by it;
- ``table_rules``: the long horizontal and vertical strokes in the image
  (OpenCV morphology), as ``Rule``s in page points, so the same lattice reader
  that reads a text PDF's vector rulings reads a scanned table's grid;
- ``despeckle``: dust and toner dots removed, on a page that has many;
- ``native_dpi``: the resolution the page was scanned at, from its image.
"""
from __future__ import annotations

import numpy as np

from ..model import Rule

MAX_SKEW = 3.0  # degrees: pages fed further askew than this are left to Tesseract
SKEW_STEP = 0.1  # degrees
MIN_SKEW = 0.2  # degrees: straighter than this is left alone
RULE_SHARE = 0.04  # a stroke at least this share of the page's width (or height) may be a rule
MAX_THICKNESS = 6  # pixels at the OCR resolution: thicker dark runs are blocks, not rules


SPECK_AREA = 12  # pixels at the OCR resolution: dots this small are dust, not print
SPECKLED_SHARE = 0.3  # despeckle a page when this share of its dark blobs are specks


def despeckle(image):
    """The image without isolated dots, when it has many (dust, toner): a clean page is
    returned as it is, since the dots of i's and full stops are specks too."""
    import cv2
    from PIL import Image

    gray = np.asarray(image.convert("L"))
    ink = _ink(gray)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    specks = stats[1:count, cv2.CC_STAT_AREA] <= SPECK_AREA
    if count < 2 or specks.mean() < SPECKLED_SHARE:
        return image
    clean = gray.copy()
    clean[np.isin(labels, np.flatnonzero(specks) + 1)] = 255
    # white specks inside strokes: a 3x3 closing fills them without joining letters
    clean = cv2.morphologyEx(clean, cv2.MORPH_OPEN, np.ones((2, 2), np.uint8))
    return Image.fromarray(clean)


def _ink(gray: np.ndarray) -> np.ndarray:
    import cv2

    _, binary = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return binary


def skew_angle(gray: np.ndarray) -> float:
    """Degrees to turn the image (counter-clockwise positive, as PIL's rotate) to level it."""
    import cv2

    small = cv2.resize(gray, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
    ink = _ink(small).astype(np.float32) / 255
    if ink.sum() < 50:
        return 0.0
    h, w = ink.shape
    centre = (w / 2, h / 2)

    def sharpness(angle: float) -> float:
        turned = cv2.warpAffine(ink, cv2.getRotationMatrix2D(centre, angle, 1.0), (w, h))
        rows = turned.sum(axis=1)
        return float(np.square(np.diff(rows)).sum())

    angles = np.arange(-MAX_SKEW, MAX_SKEW + SKEW_STEP / 2, SKEW_STEP)
    scores = [sharpness(a) for a in angles]
    best = float(angles[int(np.argmax(scores))])
    return best if abs(best) >= MIN_SKEW else 0.0


def deskew(image):
    """The PIL image turned level, and the angle it was turned by."""
    from PIL import Image

    angle = skew_angle(np.asarray(image.convert("L")))
    if not angle:
        return image, 0.0
    return image.rotate(angle, expand=False, fillcolor=255, resample=Image.BICUBIC), angle


def table_rules(image, scale: float):
    """Long straight strokes of the (level) page image, as ``Rule``s in points (pixels /
    ``scale``); and the image with those strokes erased, since a table's rules break
    Tesseract's reading of its cells (at 100 dpi it misses most of them)."""
    import cv2
    from PIL import Image

    gray = np.asarray(image.convert("L")).copy()
    ink = _ink(gray)
    h, w = ink.shape
    rules: list[Rule] = []
    erase = np.zeros_like(ink)
    for horizontal in (True, False):
        length = max(int((w if horizontal else h) * RULE_SHARE), 10)
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1) if horizontal else (1, length))
        strokes = cv2.morphologyEx(ink, cv2.MORPH_OPEN, kernel)
        count, labels, stats, _ = cv2.connectedComponentsWithStats(strokes, connectivity=8)
        for k, (x, y, bw, bh, _) in enumerate(stats[1:count], start=1):
            if horizontal and bh <= MAX_THICKNESS and bw >= length:
                middle = (y + bh / 2) / scale
                rules.append(Rule(x / scale, middle, (x + bw) / scale, middle))
            elif not horizontal and bw <= MAX_THICKNESS and bh >= length:
                middle = (x + bw / 2) / scale
                rules.append(Rule(middle, y / scale, middle, (y + bh) / scale))
            else:
                continue
            erase[labels == k] = 255
    if rules:
        gray[cv2.dilate(erase, np.ones((3, 3), np.uint8)) > 0] = 255
    return rules, Image.fromarray(gray)


def native_dpi(pdf_page) -> float | None:
    """The resolution of the page's widest image (pixels per inch of the page), if it has one."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    widest = None  # (width in points, pixels per inch)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for obj in pdf_page.get_objects(max_depth=2):
        if obj.type != pdfium_c.FPDF_PAGEOBJ_IMAGE:
            continue
        pixels_w, pixels_h = ctypes.c_uint(), ctypes.c_uint()
        if not pdfium_c.FPDFImageObj_GetImagePixelSize(obj.raw, pixels_w, pixels_h):
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj.raw, left, bottom, right, top):
            continue
        width = max(right.value - left.value, 1.0)
        if widest is None or width > widest[0]:
            widest = (width, pixels_w.value / (width / 72))
    return widest[1] if widest else None
