"""`iro audit`: check the numeric claims in IRO reports (see extractor/audit)."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

FORMATS = ("text", "markdown", "html", "json")


def audit(
    paths: List[Path] = typer.Argument(..., help="PDF files or folders of PDFs."),
    reference: Optional[Path] = typer.Option(
        None, "--reference", "-r",
        help="Official figures: the DuckDB database (after `iro reference load`; with `iro extract` runs it "
             "also gives earlier reports), or the DfE indicators CSV or its folder."),
    fmt: str = typer.Option("text", "--format", "-f", help="text, markdown, html or json."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write here instead of standard output."),
    everything: bool = typer.Option(False, "--all", help="Cross-check figures marked 'to check' too "
                                    "(default: confident figures only)."),
) -> None:
    """Check each report's numeric claims: stated changes, totals and parts, counts against percentages,
    prose against tables, standards, official statistics and last year's report.

    Exits 1 when any finding is an error (numbers that cannot both be right), else 0.
    """
    from ..audit import audit_paths, open_reference
    from ..audit.render import render

    if fmt not in FORMATS:
        typer.echo(f"error: unknown format {fmt!r}: use {', '.join(FORMATS)}", err=True)
        raise typer.Exit(2)
    missing = [p for p in paths if not p.exists()]
    if missing:
        typer.echo(f"error: not found: {', '.join(map(str, missing))}", err=True)
        raise typer.Exit(2)
    try:
        ref = open_reference(reference)
    except (FileNotFoundError, OSError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2)
    audits = audit_paths(paths, ref, everything=everything)
    text = render(audits, fmt)
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {out}", err=True)
    else:
        typer.echo(text, nl=False)
    if any(a.errors for a in audits):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("audit")(audit)
