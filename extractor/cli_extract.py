"""`iro extract`, `iro evaluate` and `iro query`."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table as RichTable

from . import store
from .evaluate import overall, score
from .pipeline import extract_document, pdf_paths

console = Console(width=160)
err_console = Console(stderr=True, width=160)


def run_extraction(paths: list[Path], show_progress: bool):
    """Extract each file in turn, yielding results; progress counts files and pages."""
    files = pdf_paths(paths)
    if not show_progress or len(files) < 2:
        for path in files:
            yield extract_document(path)
        return
    with Progress(TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                  TextColumn("{task.fields[pages]} pages"), TimeElapsedColumn(), console=err_console,
                  transient=True) as progress:
        task = progress.add_task("extract", total=len(files), pages=0)
        pages = 0
        for path in files:
            result = extract_document(path)
            pages += result.record.pages
            progress.update(task, advance=1, pages=pages)
            yield result


def extract(
    paths: List[Path] = typer.Argument(..., help="PDF files or folders of PDFs."),
    out: Path = typer.Option(Path("outputs"), "--out", "-o", help="Output folder."),
    db: Optional[Path] = typer.Option(None, "--db", help="DuckDB database to add to [default: OUT/iro.duckdb]."),
    strict: bool = typer.Option(False, "--strict", help="Exit non-zero if any file fails."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar."),
) -> None:
    """Extract evidenced figures from council IRO report PDFs."""
    missing = [p for p in paths if not Path(p).exists()]
    for p in missing:
        err_console.print(f"[red]error[/red] {p}: no such file or folder")
    results = []
    for result in run_extraction([p for p in paths if Path(p).exists()], progress):
        rec = result.record
        if rec.status == "error":
            err_console.print(f"[red]error[/red] {rec.path}: {rec.error}")
        else:
            console.print(f"ok    {rec.doc}: {rec.council or '?'} {rec.period or '?'} ({rec.kind}) "
                          f"{rec.pages} pages, {rec.figures} figures")
        results.append(result)
    store.write_files(out, results)
    store.save_to_db(db or out / "iro.duckdb", results)
    failed = sum(r.record.status == "error" for r in results) + len(missing)
    console.print(f"{len(results) - failed + len(missing)} documents extracted, {failed} failed -> {out}")
    if (strict and failed) or (failed and failed == len(results) + len(missing)):
        raise typer.Exit(1)


def evaluate(
    gold: Path = typer.Option(..., "--gold", help="Folder with gold figures.csv and documents.csv."),
    pred: Path = typer.Option(..., "--pred", help="Folder written by `iro extract`."),
    details: bool = typer.Option(True, "--details/--no-details", help="List misses and false positives."),
) -> None:
    """Score an extraction run against gold annotations."""
    scores = score(gold, pred)
    table = RichTable("doc", "tp", "fp", "fn", "precision", "recall", "F1", "council", "period")
    for s in scores + [overall(scores)]:
        table.add_row(s.doc, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.2f}", f"{s.recall:.2f}",
                      f"{s.f1:.2f}", _ok(s.council_ok), _ok(s.period_ok))
    console.print(table)
    if details:
        for s in scores:
            for m in s.misses:
                console.print(f"miss  {s.doc} {m['metric']} {m['period']} {m['comparator']} {m['value']}")
            for f in s.false_positives:
                console.print(f"extra {s.doc} {f['metric']} {f['period']} {f['comparator']} {f['value']} "
                              f"p{f['page']}: {str(f['evidence'])[:90]}")
    total = overall(scores)
    console.print(f"overall precision {total.precision:.3f} recall {total.recall:.3f} F1 {total.f1:.3f}")
    console.print(f"council right: {sum(bool(s.council_ok) for s in scores)}/{len(scores)}, "
                  f"period right: {sum(bool(s.period_ok) for s in scores)}/{len(scores)}")


def _ok(flag: bool | None) -> str:
    return "-" if flag is None else ("ok" if flag else "WRONG")


def query(
    sql: str = typer.Argument(..., help="SQL over tables documents, figures, tables."),
    db: Path = typer.Option(Path("outputs/iro.duckdb"), "--db", help="DuckDB database."),
) -> None:
    """Run SQL against the extracted dataset."""
    frame = store.query(db, sql)
    console.print(frame.to_string(index=False) if len(frame) else "(no rows)")


def register(app: typer.Typer) -> None:
    app.command()(extract)
    app.command()(evaluate)
    app.command()(query)
