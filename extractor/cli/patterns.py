"""`iro explain`: how the patterns read one sentence (for pattern authors)."""
from __future__ import annotations

from typing import Optional

import typer
from rich.console import Console
from rich.table import Table as RichTable


console = Console(width=160)
REPORT_YEAR = "1900-01"  # stand-in for the year of the report the sentence comes from


def explain(
    sentence: str = typer.Argument(..., help="A sentence as a report words it."),
    period: Optional[str] = typer.Option(None, "--period", help="The report's own year (YYYY-YY)."),
) -> None:
    """Show the cues, numbers and figures the patterns find in one sentence."""
    from ..figures.numbers import find_numbers
    from ..figures.patterns import nlp
    from ..periods import find_periods, previous
    from ..figures.text_figures import keep_number, sentence_candidates, sentence_cues

    doc = nlp()(sentence)
    cues, comparators = sentence_cues(doc.ents)
    periods = find_periods(sentence)
    console.print("[bold]metric cues:[/bold] " + (", ".join(
        f"'{sentence[c.start:c.end]}' -> {c.id}" for c in cues) or "none"))
    console.print("[bold]comparator cues:[/bold] " + (", ".join(
        f"'{sentence[c.start:c.end]}' -> {c.id}" for c in comparators) or "none"))
    console.print("[bold]periods:[/bold] " + (", ".join(
        f"'{p.text}' -> {p.period or '(no year)'}" for p in periods) or "none"))
    numbers = find_numbers(sentence, skip=[(p.start, p.end) for p in periods])
    console.print("[bold]numbers:[/bold] " + (", ".join(
        f"'{n.text}' {'kept' if keep_number(sentence, n, periods) else 'skipped (label, change, standard, part...)'}"
        for n in numbers) or "none"))
    table = RichTable("metric", "period", "comparator", "value", "value_high", "unit", "confidence")
    # without --period, a figure the sentence does not date belongs to "the report's year"
    stand_in = {REPORT_YEAR: "report's year", previous(REPORT_YEAR): "year before the report's"}
    for c in sentence_candidates(sentence, 1, cues, comparators, period or REPORT_YEAR) if cues else []:
        table.add_row(c.metric, stand_in.get(c.period, c.period or ""), c.comparator, f"{c.value:g}",
                      "" if c.value_high is None else f"{c.value_high:g}", c.unit, f"{c.confidence:.2f}")
    console.print(table if table.row_count else "no figures")


def register(app: typer.Typer) -> None:
    app.command()(explain)
