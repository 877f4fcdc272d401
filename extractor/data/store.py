"""Writing results: CSV and Parquet files, and the DuckDB database.

The database is the one dataset every command reads.  Documents are keyed by
the sha256 of their bytes, so re-extracting a document replaces its rows.
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from ..model import DocumentRecord, ExtractionResult, Figure

FIGURE_COLUMNS = list(Figure.__dataclass_fields__)
DOCUMENT_COLUMNS = list(DocumentRecord.__dataclass_fields__)
TABLE_COLUMNS = ["doc", "sha256", "page", "pages", "table_index", "method", "csv", "n_rows", "n_cols", "rows_json"]


def figures_frame(results: list[ExtractionResult]) -> pd.DataFrame:
    rows = [f.as_row() for r in results for f in r.figures]
    return _whole_numbers(pd.DataFrame(rows, columns=FIGURE_COLUMNS), ["la_number", "page"])


def documents_frame(results: list[ExtractionResult]) -> pd.DataFrame:
    frame = pd.DataFrame([r.record.as_row() for r in results], columns=DOCUMENT_COLUMNS)
    return _whole_numbers(frame, ["la_number", "pages", "figures"])


def _whole_numbers(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """LA numbers and counts stay integers (394, not 394.0) even beside a missing value."""
    for column in columns:
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
    return frame


def tables_frame(results: list[ExtractionResult]) -> pd.DataFrame:
    import json

    rows = []
    for r in results:
        for t in r.tables:
            rows.append({
                "doc": r.record.doc, "sha256": r.record.sha256, "page": t.page,
                "pages": ",".join(map(str, t.pages or [t.page])), "table_index": t.index,
                "method": t.method, "csv": f"tables/{t.csv_name(r.record.doc)}",
                "n_rows": len(t.rows), "n_cols": max((len(x) for x in t.rows), default=0),
                "rows_json": json.dumps(t.rows),
            })
    return pd.DataFrame(rows, columns=TABLE_COLUMNS)


def write_table_csvs(out_dir: Path, results: list[ExtractionResult]) -> None:
    """One CSV per table (the csv module: pandas costs ~2 ms a table for nothing here)."""
    import csv

    table_dir = out_dir / "tables"
    table_dir.mkdir(parents=True, exist_ok=True)
    for r in results:
        for t in r.tables:
            width = max((len(row) for row in t.rows), default=0)
            with open(table_dir / t.csv_name(r.record.doc), "w", newline="", encoding="utf-8") as fh:
                csv.writer(fh, lineterminator="\n").writerows(row + [""] * (width - len(row)) for row in t.rows)


def write_files(out_dir: Path, results: list[ExtractionResult]) -> None:
    """figures.csv / documents.csv (+ .parquet) and one CSV per table."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, frame in (("figures", figures_frame(results)), ("documents", documents_frame(results))):
        frame.to_csv(out_dir / f"{name}.csv", index=False)
        frame.to_parquet(out_dir / f"{name}.parquet", index=False)
    write_table_csvs(out_dir, results)


# Column types, so a first run without figures (a cover paper, an unreadable
# file) does not fix the tables as text.
SCHEMA = {
    "documents": {"doc": "VARCHAR", "path": "VARCHAR", "sha256": "VARCHAR", "pages": "INTEGER",
                  "council": "VARCHAR", "la_number": "INTEGER", "region": "VARCHAR",
                  "period": "VARCHAR", "kind": "VARCHAR", "status": "VARCHAR", "error": "VARCHAR",
                  "figures": "INTEGER", "warnings": "VARCHAR"},
    "figures": {"doc": "VARCHAR", "council": "VARCHAR", "la_number": "INTEGER", "period": "VARCHAR",
                "metric": "VARCHAR", "comparator": "VARCHAR", "value": "DOUBLE", "value_high": "DOUBLE",
                "unit": "VARCHAR", "page": "INTEGER", "evidence": "VARCHAR", "method": "VARCHAR",
                "confidence": "DOUBLE", "rule": "VARCHAR", "status": "VARCHAR", "signals": "VARCHAR",
                "sha256": "VARCHAR"},
    "tables": {"doc": "VARCHAR", "sha256": "VARCHAR", "page": "INTEGER", "pages": "VARCHAR",
               "table_index": "INTEGER", "method": "VARCHAR", "csv": "VARCHAR", "n_rows": "INTEGER",
               "n_cols": "INTEGER", "rows_json": "VARCHAR"},
}


def _create_table(con, name: str, frame: pd.DataFrame) -> None:
    """Create the table, or add the columns a database from an older version lacks."""
    types = SCHEMA.get(name, {})
    columns = ", ".join(f'"{c}" {types.get(c, "VARCHAR")}' for c in frame.columns)
    con.execute(f"CREATE TABLE IF NOT EXISTS {name} ({columns})")
    for c in frame.columns:
        con.execute(f'ALTER TABLE {name} ADD COLUMN IF NOT EXISTS "{c}" {types.get(c, "VARCHAR")}')


def latest_per_document(results: list[ExtractionResult]) -> list[ExtractionResult]:
    """One result per document: the same bytes twice in a run count once."""
    keyed = {(r.record.sha256 or f"doc:{r.record.doc}"): r for r in results}
    return list(keyed.values())


def save_to_db(db_path: Path, results: list[ExtractionResult]) -> None:
    """Add a run to the database, replacing earlier rows of the same documents.

    A document is its sha256: re-extracting it (under any file name) replaces
    its documents, figures and tables rows.  The dataset views (observations,
    resolved, conflicts) are redefined after each run.
    """
    from .dataset import create_views

    results = latest_per_document(results)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    frames = {
        "documents": documents_frame(results),
        "figures": figures_frame(results).assign(sha256=[r.record.sha256 for r in results for _ in r.figures]),
        "tables": tables_frame(results),
    }
    hashes = [r.record.sha256 for r in results if r.record.sha256]
    docs = [r.record.doc for r in results if not r.record.sha256]
    with duckdb.connect(str(db_path)) as con:
        con.execute("BEGIN TRANSACTION")
        for name, frame in frames.items():
            _create_table(con, name, frame)
            if hashes:
                con.execute(f"DELETE FROM {name} WHERE sha256 IN (SELECT UNNEST(?))", [hashes])
            if docs:
                con.execute(f"DELETE FROM {name} WHERE sha256 = '' AND doc IN (SELECT UNNEST(?))", [docs])
            if len(frame):
                con.register("incoming", frame)
                con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM incoming")
                con.unregister("incoming")
        con.execute("COMMIT")
        create_views(con)
        from .reference import create_official_views

        create_official_views(con)


def query(db_path: Path, sql: str) -> pd.DataFrame:
    with duckdb.connect(str(db_path), read_only=True) as con:
        return con.execute(sql).fetchdf()
