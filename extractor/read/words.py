"""Words and lines from one pdfium text page.

pdfium already knows where the spaces are (its own and the ones it infers
from gaps), so a word is a run of non-space characters in the page text and
only its first and last character boxes are fetched: two ctypes calls per
word instead of one per character.  A run whose ends look wrong (on
different lines, or far too wide for its length) is re-split character by
character.  Lines are then built by vertical overlap, so a superscript
("1" + "st April") joins the line it sits on.

Coordinates are PDF points from the top-left corner (pdfplumber's way); the
page's rotation and media box offset are folded in through pdfium's own
page-to-device mapping.
"""
from __future__ import annotations

import ctypes
import math
import re

import pypdfium2.raw as pdfium_c

from ..model import Line, Word

# Characters pdfium reports that read better as something else.
CHAR_FIXES = str.maketrans({
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st",
    "\ufffe": "-", "\x02": "-", "\xad": "-",  # pdfium's marks for (soft) hyphens
    "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None, "\x00": None,
})
_RUN = re.compile(r"\S+")  # \s covers \r, \n, \xa0 and the other odd spaces
SLANT = 0.1  # of a quarter turn (9 degrees): text set further off square is slanted
TURNED_SPACE = 0.25  # of a turned character's size: a wider gap along the line is a space
TURNED_LINE_GAP = 0.6  # of it: lines of one turned heading stand this close side by side
TURN_SAMPLE = 200  # characters looked at to tell sideways text
SIDEWAYS_SHARE = 0.6  # of them set a quarter turn round: the page is read turned
# A gap between characters wider than this share of their height is a word space; a run
# pdfium reads as several pieces placed apart (Ghostscript's justified lines, cells written
# out of order) has had its spaces dropped, so a narrower gap already parts words.
WORD_SPACE = 0.3
PIECE_SPACE = 0.15
_DEVICE_SCALE = 100  # PageToDevice answers in ints: map at 100x for 0.01 pt precision


def page_transform(page_handle, width: float, height: float, turn: int = 0):
    """A function (left, bottom, right, top) in page space -> (x0, top, x1, bottom) top-left.

    Built from three pdfium page-to-device mappings, so /Rotate and media
    box offsets are handled the way viewers do. ``turn`` (1-3: quarter turns
    clockwise) turns the page further, for content set sideways on it; width
    and height are then the turned page's.
    """
    size_x, size_y = round(width * _DEVICE_SCALE), round(height * _DEVICE_SCALE)
    dx, dy = ctypes.c_int(), ctypes.c_int()

    def device(x: float, y: float) -> tuple[float, float]:
        pdfium_c.FPDF_PageToDevice(page_handle, 0, 0, size_x, size_y, turn, x, y, dx, dy)
        return dx.value / _DEVICE_SCALE, dy.value / _DEVICE_SCALE

    ox, oy = device(0, 0)
    ax, ay = device(1000, 0)
    bx, by = device(0, 1000)
    uxx, uxy, uyx, uyy = (ax - ox) / 1000, (ay - oy) / 1000, (bx - ox) / 1000, (by - oy) / 1000
    if abs(uxx - 1) < 1e-3 and abs(uyy + 1) < 1e-3 and abs(uxy) < 1e-3 and abs(uyx) < 1e-3:
        return lambda left, bottom, right, top: (left + ox, oy - top, right + ox, oy - bottom)

    def general(left, bottom, right, top):
        xs = (ox + left * uxx + bottom * uyx, ox + right * uxx + top * uyx)
        ys = (oy + left * uxy + bottom * uyy, oy + right * uxy + top * uyy)
        return min(xs), min(ys), max(xs), max(ys)
    return general


def sideways_turn(text_handle, text: str, rotation: int) -> int:
    """Quarter turns (clockwise) that bring the page's text upright, when most of it is set
    sideways on the page (a landscape table drawn turned on a portrait page, with no
    /Rotate to say so); 0 otherwise. ``rotation``: the page's own /Rotate, in degrees."""
    chars = [k for k in range(0, len(text), max(1, len(text) // TURN_SAMPLE)) if not text[k].isspace()]
    if not chars:
        return 0
    angles = (pdfium_c.FPDFText_GetCharAngle(text_handle, k) for k in chars)
    turns = [round((math.degrees(a) + rotation) / 90) % 4 for a in angles if a >= 0]
    if not turns:
        return 0
    common = max(set(turns), key=turns.count)
    if common in (1, 3) and turns.count(common) >= SIDEWAYS_SHARE * len(turns):
        return 4 - common  # text turned a quarter anticlockwise reads after a quarter turn clockwise
    return 0


def page_words(page_handle, text_handle, text: str, transform, upright: int = 0) -> list[Word]:
    """Words of a page; `text` must hold one character per pdfium char index; ``transform``
    from page_transform; ``upright``: the angle (degrees, as pdfium gives a character's) of
    text that reads left to right in that view. Text set at a right angle to it (a heading
    turned to fit a narrow column) comes back as one tall word per heading."""
    rect = pdfium_c.FS_RECTF()
    get_box = pdfium_c.FPDFText_GetLooseCharBox
    count_rects = pdfium_c.FPDFText_CountRects

    def char_box(i: int) -> tuple[float, float, float, float]:
        get_box(text_handle, i, rect)
        return transform(rect.left, rect.bottom, rect.right, rect.top)

    def quarter_turns(i: int) -> int | None:
        """Quarter turns of the character from upright; None if set at a slant (a watermark)."""
        angle = pdfium_c.FPDFText_GetCharAngle(text_handle, i)
        if angle < 0:  # pdfium has no angle for it: read it as it stands
            return 0
        turns = (math.degrees(angle) - upright) / 90
        return round(turns) % 4 if abs(turns - round(turns)) <= SLANT else None

    words: list[Word] = []
    sideways: list[tuple[str, tuple[float, float, float, float]]] = []
    append = words.append
    for run in _RUN.finditer(text):  # this loop is the reader's hot spot: kept flat
        start, end = run.span()
        get_box(text_handle, start, rect)
        f_x0, f_top, f_x1, f_bottom = transform(rect.left, rect.bottom, rect.right, rect.top)
        get_box(text_handle, end - 1, rect)
        l_x0, l_top, l_x1, l_bottom = transform(rect.left, rect.bottom, rect.right, rect.top)
        top = f_top if f_top < l_top else l_top
        bottom = f_bottom if f_bottom > l_bottom else l_bottom
        shared = (f_bottom if f_bottom < l_bottom else l_bottom) - (f_top if f_top > l_top else l_top)
        h = bottom - top
        # Whole when both ends share a line and the width suits the length. A run whose last
        # character starts right of its first reads left to right; pdfium is asked the angle
        # only of the others (one character, a ligature, a turned heading's pieces).
        whole = shared > 0 and h > 0 and -0.5 < l_x1 - f_x0 <= (end - start) * h * 1.1
        # pieces placed apart with no space between them ("3" "Met" "Strengthen", "Make" "sure")
        pieces = whole and end - start > 1 and count_rects(text_handle, start, end - start) > 1
        whole = whole and not pieces
        turns = 0 if whole and l_x0 - f_x0 > 0.2 * h else quarter_turns(start)
        if turns is None:
            continue  # slanted text: a watermark across the page, not part of what it says
        if turns % 2:
            sideways.append((run.group(), (min(f_x0, l_x0), min(f_top, l_top), max(f_x1, l_x1),
                                           max(f_bottom, l_bottom))))
        elif whole:
            if end - start > 1 and _raised_mark(text[end - 1], l_top, l_bottom, f_top, f_bottom):
                words.extend(_split_run(text, start, end, char_box))  # ends in a raised mark: "2023¹"
                continue
            word_text = run.group().translate(CHAR_FIXES)
            if word_text:
                append(Word(word_text, f_x0, l_x1 if l_x1 > f_x1 else f_x1, top, bottom))
        else:
            words.extend(_split_run(text, start, end, char_box, PIECE_SPACE if pieces else WORD_SPACE))
    return words + _turned_words(sideways) if sideways else words


def _turned_words(pieces: list[tuple[str, tuple[float, float, float, float]]]) -> list[Word]:
    """Runs of turned text, in text order, joined into one word per heading: runs stacked in
    one column (pdfium breaks turned words where it likes; a space where they stand apart),
    then the lines of one heading set side by side."""
    columns: list[tuple[str, tuple[float, float, float, float]]] = []
    for text, box in pieces:
        size = box[2] - box[0]
        if columns:
            last_text, last = columns[-1]
            gap = max(box[1] - last[3], last[1] - box[3])
            if min(box[2], last[2]) - max(box[0], last[0]) > 0.5 * size and gap <= 1.5 * size:
                joiner = " " if gap > TURNED_SPACE * size else ""
                columns[-1] = (last_text + joiner + text, _union(last, box))
                continue
        columns.append((text, box))
    headings: list[tuple[str, tuple[float, float, float, float]]] = []
    for text, box in columns:
        if headings:
            last_text, last = headings[-1]
            size = box[2] - box[0]  # one line's width: the characters' size
            beside = max(box[0] - last[2], last[0] - box[2])
            if min(box[3], last[3]) - max(box[1], last[1]) > 0 and beside <= TURNED_LINE_GAP * size:
                headings[-1] = (last_text + " " + text, _union(last, box))
                continue
        headings.append((text, box))
    return [Word(text.translate(CHAR_FIXES), box[0], box[2], box[1], box[3], turned=True) for text, box in headings]


def _union(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> tuple:
    """The box (x0, top, x1, bottom) around two boxes."""
    return min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])


def _split_run(text: str, start: int, stop: int, char_box, space: float = WORD_SPACE) -> list[Word]:
    """Slow path: split a run into words wherever its characters jump apart (a gap wider
    than ``space`` of their height, or back along the line)."""
    words, chars, box, prev = [], [], None, None
    for i in range(start, stop):
        x0, top, x1, bottom = char_box(i)
        if x1 - x0 <= 0 and bottom - top <= 0:
            if chars:  # no geometry (e.g. a control char): keep the text only
                chars.append(text[i])
            continue
        if prev is not None:
            h = max(prev[3] - prev[1], bottom - top, 1.0)
            overlap = min(prev[3], bottom) - max(prev[1], top)
            # A ligature's letters share one box, so only a start left of the
            # previous letter's start counts as going backwards.
            if x0 - prev[2] > space * h or x0 < prev[0] - 0.5 * h or overlap <= 0 \
                    or _raised_mark(text[i], top, bottom, prev[1], prev[3]):
                words.append(_word("".join(chars), box))
                chars, box = [], None
        chars.append(text[i])
        prev = (x0, top, x1, bottom)
        box = prev if box is None else (
            min(box[0], x0), min(box[1], top), max(box[2], x1), max(box[3], bottom))
    if chars and box is not None:
        words.append(_word("".join(chars), box))
    return [w for w in words if w.text]


def _word(text: str, box) -> Word:
    return Word(text.translate(CHAR_FIXES), box[0], box[2], box[1], box[3])


def group_lines(words: list[Word], page: int) -> list[Line]:
    """Words -> visual lines, top to bottom, each line's words left to right.

    A word joins the line above it when it overlaps that line's average band
    by half its height; the average (not the union) stops a tall page number
    from chaining two small footer lines together.
    """
    rows: list[list[Word]] = []
    top_sum = bottom_sum = 0.0
    for word in sorted(words, key=lambda w: w.top + w.bottom):
        if rows:
            n = len(rows[-1])
            band_top, band_bottom = top_sum / n, bottom_sum / n
            overlap = min(band_bottom, word.bottom) - max(band_top, word.top)
            if overlap >= 0.5 * min(word.bottom - word.top, band_bottom - band_top):
                rows[-1].append(word)
                top_sum += word.top
                bottom_sum += word.bottom
                continue
        rows.append([word])
        top_sum, bottom_sum = word.top, word.bottom
    return [_make_line(row, page) for row in rows]


_MARK = re.compile(r"^[0-9*†‡§]{1,2}$")


def _raised_mark(mark: str, top: float, bottom: float, word_top: float, word_bottom: float) -> bool:
    """A footnote number or mark (top to bottom) set small and raised after a word
    ("2023" + "1", "Transport" + "2"): a word of its own, so "2023¹" never reads as 20231.
    An ordinal's "st" still joins. Asked of a run's last character, of a character within
    a run, and of a word after another."""
    height = word_bottom - word_top
    return bottom - top < 0.85 * height and bottom < word_bottom - 0.15 * height and bool(_MARK.match(mark))


def _make_line(row: list[Word], page: int) -> Line:
    row.sort(key=lambda w: w.x0)
    heights = sorted(w.bottom - w.top for w in row)
    h = heights[len(heights) // 2]
    merged: list[Word] = [row[0]]
    for w in row[1:]:
        prev = merged[-1]
        gap = w.x0 - prev.x1
        if gap < 0.08 * h and not (w.turned or prev.turned):  # turned headings stand apart
            if w.text == prev.text and abs(w.x0 - prev.x0) < 0.2 * h:
                continue  # text drawn twice for a fake-bold effect
            # touching: one word pdfium split ("1" + "st"), unless a footnote mark
            if gap > -0.2 * h and not _raised_mark(w.text, w.top, w.bottom, prev.top, prev.bottom):
                merged[-1] = Word(prev.text + w.text, prev.x0, max(prev.x1, w.x1),
                                  min(prev.top, w.top), max(prev.bottom, w.bottom))
                continue
        merged.append(w)
    return Line(
        text=" ".join(w.text for w in merged), page=page,
        x0=merged[0].x0, x1=max(w.x1 for w in merged),
        top=min(w.top for w in merged), bottom=max(w.bottom for w in merged),
        words=merged,
    )
