"""The ``iro`` command line: one Typer app, subcommands registered per area."""
from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    help="Turn English councils' IRO annual report PDFs into evidenced, cross-council data.",
    no_args_is_help=True,
    add_completion=False,
)

# Each module adds its commands with register(app); keeps this file small and
# lets each area (extraction, dataset, audit) own its own command code.
COMMAND_MODULES = ["extractor.cli.extract", "extractor.cli.patterns", "extractor.cli.dataset", "extractor.cli.audit",
                   "extractor.cli.review"]

for _name in COMMAND_MODULES:
    try:
        _module = importlib.import_module(_name)
    except ModuleNotFoundError as exc:  # an area not built yet
        if exc.name != _name:
            raise
        continue
    _module.register(app)



def main() -> None:
    """The ``iro`` entry point: the app, with a broken pattern file reported in one line."""
    from ..figures.pattern_check import PatternError

    try:
        app()
    except PatternError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
