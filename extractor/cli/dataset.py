"""Dataset commands: export, reference load, benchmark, summary.

All read the one DuckDB database that ``iro extract`` writes (``--db``,
default ``outputs/iro.duckdb``).
"""
from __future__ import annotations

from pathlib import Path

import typer

DEFAULT_DB = Path("outputs/iro.duckdb")
DbOption = typer.Option(DEFAULT_DB, "--db", help="DuckDB database written by `iro extract`.")
AllOption = typer.Option(False, "--all", help="Include the figures marked 'to check' (default: confident only).")


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


def _connect(db: Path, everything: bool = False):
    from ..data import dataset

    try:
        return dataset.connect(db, everything=everything)
    except FileNotFoundError as exc:
        _fail(str(exc))


def _left_out(con, everything: bool) -> str:
    from ..data import dataset

    return dataset.left_out_note(con, everything)


def export(
    fmt: str = typer.Option("csv", "--format", "-f", help="csv, parquet or json."),
    out: Path = typer.Option(Path("outputs/export"), "--out", "-o", help="Folder for the files."),
    db: Path = DbOption,
    everything: bool = AllOption,
) -> None:
    """Write the resolved dataset: dataset_long, dataset_wide (one row per council-period) and conflicts."""
    from ..data import dataset

    if fmt not in ("csv", "parquet", "json"):
        _fail(f"unknown format {fmt!r}: use csv, parquet or json")
    con = _connect(db, everything)
    for path in dataset.export(con, out, fmt):
        typer.echo(path)
    if note := _left_out(con, everything):
        typer.echo(note, err=True)


reference_app = typer.Typer(help="Official DfE reference data (indicators, LA register, statistical neighbours).",
                            no_args_is_help=True)


@reference_app.command("load")
def reference_load(
    directory: Path = typer.Argument(..., exists=True, file_okay=False, help="Folder with the DfE CSV files."),
    db: Path = DbOption,
) -> None:
    """Load dfe_children_indicators.csv, la_register.csv and statistical_neighbours_*.csv into the database."""
    from ..data import reference

    try:
        counts = reference.load_reference(db, directory)
    except (FileNotFoundError, ValueError) as exc:
        _fail(str(exc))
    import duckdb

    from ..data.dataset import create_views

    with duckdb.connect(str(db)) as con:  # the dataset views, defined by this version of the code
        create_views(con)
    for table, n in counts.items():
        typer.echo(f"{table}: {n} rows")


def benchmark(
    council: str = typer.Argument(..., help="Council name, alias or DfE LA number."),
    period: str = typer.Option(None, "--period", "-p", help="YYYY-YY; default the council's latest report."),
    metric: list[str] = typer.Option(None, "--metric", "-m", help="Metric id (repeatable); default all with data."),
    csv: Path = typer.Option(None, "--csv", help="Also write the table as CSV."),
    html: Path = typer.Option(None, "--html", help="Also write an HTML page with a chart per metric."),
    db: Path = DbOption,
    everything: bool = AllOption,
) -> None:
    """A council beside its ten statistical neighbours, region and England, with rank and quartile."""
    from rich.console import Console

    from ..reports import benchmark as bm

    con = _connect(db, everything)
    try:
        result = bm.build(con, council, period, list(metric) if metric else None)
    except ValueError as exc:
        _fail(str(exc))
    import sys

    console = Console(width=None if sys.stdout.isatty() else 160)  # wide enough for the table in a pipe or file
    for note in result.notes + [n for n in [_left_out(con, everything)] if n]:
        console.print(f"[yellow]{note}[/]")
    model = f"DfE {result.model_year} statistical neighbours" if result.model_year else "no neighbour model"
    console.print(f"[bold]{result.council}[/] (LA {result.la_number}, {result.region}), {result.period}; {model}")
    for t in bm.to_rich(result):
        console.print(t)
    if csv:
        csv.parent.mkdir(parents=True, exist_ok=True)
        bm.to_frame(result).to_csv(csv, index=False)
        console.print(f"wrote {csv}")
    if html:
        html.parent.mkdir(parents=True, exist_ok=True)
        html.write_text(bm.to_html(result, bm.doc_paths(con)), encoding="utf-8")
        console.print(f"wrote {html}")


def summary(
    region: str = typer.Option(..., "--region", "-r", help='Region, e.g. "West Midlands" (London takes in Inner and Outer).'),
    period: str = typer.Option(None, "--period", "-p", help="YYYY-YY; default each council's latest report."),
    markdown: Path = typer.Option(None, "--markdown", "--md", help="Write the Markdown here (default: print it)."),
    html: Path = typer.Option(None, "--html", help="Also write a self-contained HTML page with charts."),
    csv: Path = typer.Option(None, "--csv", help="Also write the council rows as CSV."),
    db: Path = DbOption,
    everything: bool = AllOption,
) -> None:
    """A regional IRO network summary: every council in the region, key figures, median, range, changes."""
    from ..reports import summary as sm

    con = _connect(db, everything)
    try:
        result = sm.build(con, region, period)
    except ValueError as exc:
        _fail(str(exc))
    text = sm.to_markdown(result)
    if note := _left_out(con, everything):
        text = text.replace("\n\n", f"\n\n_{note}_\n\n", 1)
    if markdown:
        markdown.parent.mkdir(parents=True, exist_ok=True)
        markdown.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {markdown}")
    else:
        typer.echo(text)
    if html:
        html.parent.mkdir(parents=True, exist_ok=True)
        html.write_text(sm.to_html(result), encoding="utf-8")
        typer.echo(f"wrote {html}")
    if csv:
        csv.parent.mkdir(parents=True, exist_ok=True)
        sm.to_frame(result).to_csv(csv, index=False)
        typer.echo(f"wrote {csv}")


def register(app: typer.Typer) -> None:
    app.command("export")(export)
    app.add_typer(reference_app, name="reference")
    app.command("benchmark")(benchmark)
    app.command("summary")(summary)
