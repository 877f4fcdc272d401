"""`iro extract`, `iro evaluate` and `iro query`."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table as RichTable

from ..run.runner import DEFAULT_TIMEOUT, ExtractionRun, SchedulerError, WorkerStartError

console = Console(width=160)
err_console = Console(stderr=True, width=160)


def _import_store() -> None:
    from ..data import store  # noqa: F401


def run_extraction(paths: "list[Path] | ExtractionRun", show_progress: bool, **options):
    """Extract every PDF, yielding results in path order; progress counts files and pages.

    ``paths`` may be a ready ``ExtractionRun``; otherwise ``options`` are its
    keyword arguments (workers, scheduler, timeout, cache_dir, force, options).
    """
    run = paths if isinstance(paths, ExtractionRun) else ExtractionRun(paths, **options)
    run.start()  # workers are forked before the progress bar starts its thread
    if not show_progress or len(run.files) < 2:
        yield from run
        return
    with Progress(TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                  TextColumn("{task.fields[pages]} pages"), TimeElapsedColumn(), console=err_console,
                  transient=True) as progress:
        task = progress.add_task("extract", total=len(run.files), pages=0)
        run.on_result = lambda result, cached: progress.update(task, advance=1, pages=run.stats.pages)
        yield from run


def extract(
    paths: List[Path] = typer.Argument(..., help="PDF files or folders of PDFs."),
    out: Path = typer.Option(Path("outputs"), "--out", "-o", help="Output folder."),
    db: Optional[Path] = typer.Option(None, "--db", help="DuckDB database to add to (default: OUT/iro.duckdb)."),
    strict: bool = typer.Option(False, "--strict", help="Exit non-zero if any file fails."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar."),
    workers: Optional[int] = typer.Option(
        None, "--workers", "-j", min=0, show_default=False,
        help="Worker processes on this machine (default: the number of CPU cores). 0 runs in this "
             "process with no timeout (for debugging)."),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", metavar="ADDRESS",
        help="Run on a Dask distributed cluster at ADDRESS (e.g. tcp://10.0.0.5:8786), or 'local' for a "
             "LocalCluster of --workers processes. Needs `pip install 'iro-extractor\\[distributed]'`."),
    timeout: float = typer.Option(
        DEFAULT_TIMEOUT, "--timeout", min=0, metavar="SECONDS",
        help="Stop a document after this long and record it as an error (0: no limit)."),
    force: bool = typer.Option(False, "--force", help="Re-extract files already in the cache."),
    cache: bool = typer.Option(True, "--cache/--no-cache", help="Keep and reuse per-document results."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Cache folder (default: OUT/.cache)."),
    ocr: bool = typer.Option(True, "--ocr/--no-ocr",
                             help="OCR pages without a text layer (needs Tesseract)."),
) -> None:
    """Extract evidenced figures from council IRO report PDFs."""
    from ..figures.pattern_check import check_all

    check_all()  # a broken pattern file stops the run here, in one line, not in every worker
    missing = [p for p in paths if not Path(p).exists()]
    for p in missing:
        err_console.print(f"[red]error[/red] {p}: no such file or folder")
    run = ExtractionRun([p for p in paths if Path(p).exists()], workers=workers, scheduler=scheduler,
                        timeout=timeout, cache_dir=(cache_dir or out / ".cache") if cache else None,
                        force=force, options={} if ocr else {"ocr": False})
    results = []
    import threading

    run.start()  # before any thread of ours: workers are forked only from a single-threaded process
    # pandas and DuckDB load while the workers read (the parent mostly waits), not after
    writer_imports = threading.Thread(target=_import_store, daemon=True)
    writer_imports.start()
    try:
        for result in run_extraction(run, progress):
            rec = result.record
            if rec.status == "error":
                err_console.print(f"[red]error[/red] {rec.path}: {rec.error}")
            else:
                console.print(f"ok    {rec.doc}: {rec.council or '?'} {rec.period or '?'} ({rec.kind}) "
                              f"{rec.pages} pages, {rec.figures} figures", highlight=False)
                for warning in filter(None, rec.warnings.split("; ")):
                    console.print(f"      [yellow]warning[/yellow] {warning}", highlight=False)
            results.append(result)
    except KeyboardInterrupt:
        kept = f"; {run.stats.extracted} finished documents are cached, run again to resume" if cache else ""
        err_console.print(f"[red]interrupted[/red]{kept}")
        raise typer.Exit(130)
    except (WorkerStartError, SchedulerError) as exc:
        err_console.print(f"[red]error[/red] {exc}")
        raise typer.Exit(2)
    writer_imports.join()
    from ..data import store

    store.write_files(out, results)
    store.save_to_db(db or out / "iro.duckdb", results)
    failed = sum(r.record.status == "error" for r in results) + len(missing)
    from_cache = f" ({run.stats.cached} unchanged, from the cache)" if run.stats.cached else ""
    console.print(f"{len(results) - failed + len(missing)} documents extracted{from_cache}, "
                  f"{failed} failed -> {out}")
    if (strict and failed) or (failed and failed == len(results) + len(missing)):
        raise typer.Exit(1)


def evaluate(
    gold: list[Path] = typer.Option(..., "--gold", help="Folder with gold figures.csv and documents.csv (repeatable)."),
    pred: list[Path] = typer.Option(..., "--pred", help="Folder written by `iro extract` (one per --gold, in order)."),
    details: bool = typer.Option(True, "--details/--no-details", help="List misses and false positives."),
    confident: bool = typer.Option(False, "--confident", help="Score only the figures marked confident."),
    calibration: bool = typer.Option(False, "--calibration",
                                     help="Also print precision by confidence band over every set given."),
) -> None:
    """Score an extraction run against gold annotations."""
    import pandas as pd

    from ..reports.evaluate import EvaluationInputError, calibration_table, labelled, score

    if len(gold) != len(pred):
        err_console.print(f"[red]error[/red] {len(gold)} --gold folders but {len(pred)} --pred folders: give them in pairs")
        raise typer.Exit(2)
    try:
        scores = [s for g, p in zip(gold, pred) for s in score(g, p, confident_only=confident)]
        marked = pd.concat([labelled(g, p) for g, p in zip(gold, pred)]) if calibration else None
    except EvaluationInputError as exc:
        err_console.print(f"[red]error[/red] {exc}")
        raise typer.Exit(2) from None
    _print_scores(scores, details)
    if marked is not None:
        _print_calibration(calibration_table(marked), marked)


def _print_scores(scores: list, details: bool) -> None:
    from ..reports.evaluate import overall

    table = RichTable("doc", "tp", "fp", "fn", "precision", "recall", "F1", "council", "period", "kind")
    for s in scores + [overall(scores)]:
        table.add_row(s.doc, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.2f}", f"{s.recall:.2f}",
                      f"{s.f1:.2f}", _ok(s.council_ok), _ok(s.period_ok), _ok(s.kind_ok))
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
    kinds = [s.kind_ok for s in scores if s.kind_ok is not None]
    console.print(f"council right: {sum(bool(s.council_ok) for s in scores)}/{len(scores)}, "
                  f"period right: {sum(bool(s.period_ok) for s in scores)}/{len(scores)}"
                  + (f", kind right: {sum(kinds)}/{len(kinds)}" if kinds else ""))


def _print_calibration(table, marked) -> None:
    bands = RichTable("confidence", "figures", "right", "precision", "mean confidence")
    for _, r in table.iterrows():
        shown = r["figures"] > 0
        bands.add_row(r["band"], str(r["figures"]), str(r["right"]),
                      f"{r['precision']:.2f}" if shown else "-", f"{r['mean_confidence']:.2f}" if shown else "-")
    console.print(bands)
    if "status" in marked:
        sure = marked[marked["status"] == "confident"]
        console.print(f"confident: {len(sure)} of {len(marked)} scored figures, precision "
                      f"{sure['right'].mean() if len(sure) else float('nan'):.3f}; to check: {len(marked) - len(sure)}, "
                      f"precision {marked[marked['status'] != 'confident']['right'].mean():.3f}")


def _ok(flag: bool | None) -> str:
    return "-" if flag is None else ("ok" if flag else "WRONG")


def query(
    sql: str = typer.Argument(..., help="SQL over tables documents, figures, tables."),
    db: Path = typer.Option(Path("outputs/iro.duckdb"), "--db", help="DuckDB database."),
) -> None:
    """Run SQL against the extracted dataset."""
    from ..data import store

    frame = store.query(db, sql)
    console.print(frame.to_string(index=False) if len(frame) else "(no rows)")


def register(app: typer.Typer) -> None:
    app.command()(extract)
    app.command()(evaluate)
    app.command()(query)
