"""Writing results: CSV and Parquet files, and the DuckDB database.

The database is the one dataset every command reads.  Documents are keyed by
the sha256 of their bytes, so re-extracting a document replaces its rows.
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from .model import DocumentRecord, ExtractionResult, Figure

FIGURE_COLUMNS = list(Figure.__dataclass_fields__)
DOCUMENT_COLUMNS = list(DocumentRecord.__dataclass_fields__)
TABLE_COLUMNS = ["doc", "sha256", "page", "pages", "table_index", "method", "csv", "n_rows", "n_cols", "rows_json"]


def figures_frame(results: list[ExtractionResult]) -> pd.DataFrame:
    rows = [f.as_row() for r in results for f in r.figures]
    return pd.DataFrame(rows, columns=FIGURE_COLUMNS)


def documents_frame(results: list[ExtractionResult]) -> pd.DataFrame:
    return pd.DataFrame([r.record.as_row() for r in results], columns=DOCUMENT_COLUMNS)


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
    table_dir = out_dir / "tables"
    table_dir.mkdir(parents=True, exist_ok=True)
    for r in results:
        for t in r.tables:
            pd.DataFrame(t.rows).to_csv(table_dir / t.csv_name(r.record.doc), index=False, header=False)


def write_files(out_dir: Path, results: list[ExtractionResult]) -> None:
    """figures.csv / documents.csv (+ .parquet) and one CSV per table."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, frame in (("figures", figures_frame(results)), ("documents", documents_frame(results))):
        frame.to_csv(out_dir / f"{name}.csv", index=False)
        frame.to_parquet(out_dir / f"{name}.parquet", index=False)
    write_table_csvs(out_dir, results)


def save_to_db(db_path: Path, results: list[ExtractionResult]) -> None:
    """Add a run to the database, replacing earlier rows of the same documents."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    frames = {
        "documents": documents_frame(results),
        "figures": figures_frame(results).assign(sha256=[r.record.sha256 for r in results for _ in r.figures]),
        "tables": tables_frame(results),
    }
    with duckdb.connect(str(db_path)) as con:
        for name, frame in frames.items():
            con.register("incoming", frame)
            con.execute(f"CREATE TABLE IF NOT EXISTS {name} AS SELECT * FROM incoming LIMIT 0")
            hashes = [r.record.sha256 for r in results if r.record.sha256]
            docs = [r.record.doc for r in results if not r.record.sha256]
            if hashes:
                con.execute(f"DELETE FROM {name} WHERE sha256 IN (SELECT UNNEST(?))", [hashes])
            if docs and name == "documents":
                con.execute("DELETE FROM documents WHERE sha256 = '' AND doc IN (SELECT UNNEST(?))", [docs])
            con.execute(f"INSERT INTO {name} SELECT * FROM incoming")
            con.unregister("incoming")


def query(db_path: Path, sql: str) -> pd.DataFrame:
    with duckdb.connect(str(db_path), read_only=True) as con:
        return con.execute(sql).fetchdf()
