"""Plain data classes passed between pipeline stages.

PDF -> Document (pages, lines, tables, with positions) -> Candidate figures
-> resolved Figure rows -> dataset.  Every stage takes and returns these;
none of them does I/O.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

# Coordinates are PDF points measured from the top-left corner of the page
# (pdfplumber's convention), so "top" grows down the page.


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    turned: bool = False  # set a quarter turn round (a heading turned to fit a narrow column)

    @property
    def size(self) -> float:
        """Its text's height: across a turned word, not along it."""
        return (self.x1 - self.x0) if self.turned else (self.bottom - self.top)


@dataclass
class Line:
    """One visual line of text on a page, with its words and position."""

    text: str
    page: int  # 1-based page number
    x0: float
    x1: float
    top: float
    bottom: float
    words: list[Word] = field(default_factory=list)
    # set by the reader's column layout: (layout number on the page, column) and the
    # column's width, for text read column by column; None / 0 outside a layout
    column: tuple[int, int] | None = None
    column_width: float = 0.0


@dataclass(frozen=True)
class Rule:
    """A thin vector stroke on the page (a table ruling, an underline, a box edge), in the
    same top-left coordinates as words: a horizontal rule has top == bottom, a vertical
    one x0 == x1."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return self.x1 - self.x0 >= self.bottom - self.top


@dataclass
class Table:
    """A table as rows of cell strings, in source order (header rows first)."""

    page: int  # first page the table is on (1-based)
    index: int  # 1-based position among the tables starting on that page
    rows: list[list[str]]
    method: str  # "lattice" (ruled), "camelot" (ruled, in a picture), "stream" (unruled, figures), "text"
    pages: list[int] = field(default_factory=list)  # every page it spans
    bbox: tuple[float, float, float, float] | None = None  # x0, top, x1, bottom on first page
    # bbox of the table's part on each page it spans (a table split over a page break)
    page_bboxes: dict[int, tuple[float, float, float, float]] = field(default_factory=dict)
    header_rows: int | None = None  # how many leading rows are header, when the reader knows
    lines: list[Line] = field(default_factory=list, repr=False)  # the lines a "lines" table was built from

    def csv_name(self, doc: str) -> str:
        return f"{doc}-p{self.page}-{self.index}.csv"

    @property
    def of_text(self) -> bool:
        """A table whose cells are sentences (a glossary, an action plan): written out as a
        table, but its words are still read as prose, and it holds no arithmetic."""
        return self.method == "text"


@dataclass
class Page:
    number: int  # 1-based
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)  # body lines, reading order
    furniture: list[Line] = field(default_factory=list)  # running headers/footers removed from lines
    tables: list[Table] = field(default_factory=list)
    # unruled tables rebuilt from aligned lines the finder missed (read/line_tables.py); the
    # audit checks them, extraction reads their lines as prose
    line_tables: list[Table] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)  # vector rulings, read with the words
    # boxes (x0, top, x1, bottom) of the image objects: a scan, a chart, a table drawn as a picture
    images: list[tuple[float, float, float, float]] = field(default_factory=list)
    # boxes of filled rectangles that are shading, not rules: a table's shaded header band
    shading: list[tuple[float, float, float, float]] = field(default_factory=list)
    ocr: bool = False  # text came from OCR, not the PDF's text layer
    ocr_confidence: float | None = None  # Tesseract's mean word confidence (0-100) on an OCR'd page
    scan_dpi: float | None = None  # resolution of a scanned page's image (pixels per inch)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass
class Document:
    doc: str  # file stem, the document id
    path: Path
    sha256: str
    pages: list[Page] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(page.text for page in self.pages)

    @property
    def tables(self) -> list[Table]:
        return [t for page in self.pages for t in page.tables]

    @property
    def line_tables(self) -> list[Table]:
        return [t for page in self.pages for t in page.line_tables]


@dataclass
class Candidate:
    """A figure found by a pattern, before council and period are settled."""

    metric: str
    value: float
    unit: str
    page: int
    evidence: str  # the sentence or table row it came from
    method: str  # "text", "table" or "ocr"
    comparator: str = "la"
    value_high: float | None = None
    period: str | None = None  # YYYY-YY when the context states it
    confidence: float = 0.5
    rule: str = ""  # which pattern found it, for debugging and audit
    # what the evidence shows (explicit year, cue distance, table headers, ...):
    # the inputs of extractor.figures.confidence, named as in patterns/confidence.toml
    signals: dict[str, float] = field(default_factory=dict)
    cue: str = ""  # the words that named the measure (a cue in a sentence, a row label and header)


CONFIDENT, TO_CHECK = "confident", "to check"


@dataclass
class Figure:
    doc: str
    council: str
    la_number: int | None
    period: str
    metric: str
    comparator: str
    value: float
    value_high: float | None
    unit: str
    page: int
    evidence: str
    method: str
    confidence: float  # calibrated probability that the figure is right
    rule: str = ""
    status: str = TO_CHECK  # CONFIDENT when confidence reaches the calibrated threshold
    signals: dict[str, float] = field(default_factory=dict)

    def as_row(self) -> dict:
        # field by field, not asdict(): that deep-copies and costs ~0.3 ms a figure
        row = {name: getattr(self, name) for name in FIGURE_FIELDS}
        # the signals that hold, by name: how the figure was found, in a CSV cell
        row["signals"] = " ".join(sorted(name for name, value in self.signals.items() if value))
        return row

    @classmethod
    def from_row(cls, row) -> "Figure":
        """A Figure from a stored row (``as_row``'s shape; columns a database from an older
        version lacks take their defaults)."""
        values = {k: row[k] for k in cls.__dataclass_fields__ if k in row}
        signals = values.get("signals")
        values["signals"] = {name: 1.0 for name in signals.split()} if isinstance(signals, str) else {}
        if not isinstance(values.get("status"), str):
            values.pop("status", None)
        return cls(**values)


FIGURE_FIELDS = tuple(Figure.__dataclass_fields__)


@dataclass
class Council:
    la_number: int
    name: str
    region: str


@dataclass
class DocumentRecord:
    doc: str
    path: str
    sha256: str = ""
    pages: int = 0
    council: str = ""
    la_number: int | None = None
    region: str = ""
    period: str = ""
    kind: str = ""  # "annual_report" or "cover_report"
    status: str = "ok"  # "ok" or "error"
    error: str = ""
    figures: int = 0
    # what a user should know before trusting the document's rows, "; "-separated
    # (council not named, period inferred, pages OCR'd, figures left to check)
    warnings: str = ""

    def as_row(self) -> dict:
        return asdict(self)


@dataclass
class ExtractionResult:
    record: DocumentRecord
    figures: list[Figure] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)


class ExtractionError(Exception):
    """A document that cannot be read; the message is the one-line reason."""
