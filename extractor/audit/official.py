"""Where the audit gets official figures and earlier reports from.

``open_reference(path)`` takes the project database (``iro reference load``
fills its ``official`` view; ``iro extract`` its ``figures`` and
``documents``), or, without a database, the DfE indicators CSV itself or the
folder holding it.  Two questions are asked of it, each behind one small
method so the storage can change underneath:

- ``official(la_number, metric, period)``: the DfE figure for a council;
- ``earlier_report(la_number, period, metric, exclude_sha)``: what the
  council's own report for that year said.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from ..data.reference import parse_value

INDICATORS_CSV = "dfe_children_indicators.csv"


@dataclass
class OfficialFigure:
    value: float
    indicator: str
    year: int  # DfE year: the 31 March snapshot, or the year ending then
    period: str
    source: str  # "DfE LAIT LACnum (children looked after at 31 March), 2017"


@dataclass
class EarlierFigure:
    value: float
    doc: str
    page: int
    evidence: str


def dfe_year(period: str) -> int:
    return int(period[:4]) + 1


def _mapping() -> dict[str, tuple[str, str]]:
    """metric -> (DfE indicator, what it counts), from patterns/official_indicators.csv."""
    from ..figures.pattern_check import read_indicator_mapping
    from ..figures.patterns import metrics
    from ..paths import patterns_dir

    path = patterns_dir() / "official_indicators.csv"
    if not path.exists():
        return {"cla_count": ("LACnum", "Children looked after at 31 March")}
    return {r["metric"]: (r["indicator"], r.get("note", "")) for r in read_indicator_mapping(path, set(metrics()))}


class Reference:
    """Official figures and earlier reports; a source that has neither answers None."""

    name = "none"

    def official(self, la_number: int, metric: str, period: str) -> OfficialFigure | None:
        return None

    def earlier_report(self, la_number: int, period: str, metric: str, exclude_sha: str) -> EarlierFigure | None:
        return None

    def document_identity(self, sha256: str) -> tuple[str, int | None, str] | None:
        """(council, la_number, period) recorded for a document by ``iro extract``."""
        return None


class CsvReference(Reference):
    def __init__(self, path: Path):
        path = Path(path)
        self.path = path / INDICATORS_CSV if path.is_dir() else path
        self.name = str(self.path)
        self.values: dict[tuple[str, int, int], str] = {}
        self.descriptions: dict[str, str] = {}
        with open(self.path, newline="") as fh:
            for row in csv.DictReader(fh):
                try:
                    key = (row["indicator"], int(row["la_number"]), int(row["year"]))
                except (KeyError, ValueError):
                    continue
                self.values[key] = row["value"]
                if row.get("description"):
                    self.descriptions.setdefault(row["indicator"], row["description"])

    def official(self, la_number: int, metric: str, period: str) -> OfficialFigure | None:
        indicator, note = _mapping().get(metric, (None, ""))
        if indicator is None:
            return None
        year = dfe_year(period)
        value = parse_value(self.values.get((indicator, int(la_number), year)))
        if value is None:
            return None
        what = self.descriptions.get(indicator, note)
        return OfficialFigure(value, indicator, year, period, f"DfE LAIT {indicator} ({what}), {year}")


class DbReference(Reference):
    """The project database: the ``official`` view, and ``figures`` + ``documents``."""

    def __init__(self, path: Path):
        import duckdb

        self.name = str(path)
        self.con = duckdb.connect(str(path), read_only=True)
        names = {r[0] for r in self.con.execute(
            "SELECT table_name FROM duckdb_tables() UNION SELECT view_name FROM duckdb_views()").fetchall()}
        self.has_official = "official" in names
        self.has_figures = {"figures", "documents"} <= names

    def official(self, la_number: int, metric: str, period: str) -> OfficialFigure | None:
        if not self.has_official:
            return None
        row = self.con.execute(
            "SELECT value, indicator, year, description FROM official WHERE metric = ? AND period = ? "
            "AND la_number = ? AND area_type = 'la' AND value IS NOT NULL LIMIT 1",
            [metric, period, int(la_number)]).fetchone()
        if not row:
            return None
        value, indicator, year, description = row
        return OfficialFigure(float(value), indicator, int(year), period,
                              f"DfE LAIT {indicator} ({description or metric}), {year}")

    def earlier_report(self, la_number: int, period: str, metric: str, exclude_sha: str) -> EarlierFigure | None:
        if not self.has_figures:
            return None
        row = self.con.execute(
            "SELECT f.value, f.doc, f.page, f.evidence FROM figures f JOIN documents d ON d.sha256 = f.sha256 "
            "WHERE d.la_number = ? AND d.period = ? AND f.period = ? AND f.metric = ? AND f.comparator = 'la' "
            "AND d.sha256 <> ? ORDER BY f.confidence DESC, f.page LIMIT 1",
            [int(la_number), period, period, metric, exclude_sha or ""]).fetchone()
        return EarlierFigure(float(row[0]), row[1], int(row[2]), row[3]) if row else None

    def document_identity(self, sha256: str) -> tuple[str, int | None, str] | None:
        if not self.has_figures or not sha256:
            return None
        row = self.con.execute("SELECT council, la_number, period FROM documents WHERE sha256 = ? LIMIT 1",
                               [sha256]).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def reviewed(self, sha256: str, figures: list) -> list:
        """The figures with the database's review decisions (``iro review``) applied."""
        from ..data.reviews import apply_to_figures

        return apply_to_figures(self.con, sha256, figures)

    def figures_of(self, sha256: str):
        """Figures ``iro extract`` stored for this document, as Figure rows."""
        from ..model import Figure

        if not self.has_figures or not sha256:
            return []
        rows = self.con.execute("SELECT * FROM figures WHERE sha256 = ?", [sha256]).fetchdf()
        return [Figure.from_row(r) for _, r in rows.iterrows()]


def open_reference(path: Path | str | None) -> Reference:
    """The reference named on the command line: a database, a CSV, or a folder with the CSV."""
    if path is None:
        return Reference()
    path = Path(path)
    if path.is_dir() or path.suffix.lower() == ".csv":
        return CsvReference(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such reference database or file")
    return DbReference(path)
