"""``iro review``: check figures against the page in a local web app; export gold data.

Starlette, uvicorn, Jinja2 and pypdfium2 load inside the command, so ``iro --help``
stays fast.
"""
from __future__ import annotations

import os
from pathlib import Path

import typer

DEFAULT_DB = Path("outputs/iro.duckdb")
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


class DatabaseInUse(RuntimeError):
    """Another ``iro review`` (or another writer) holds the database."""


class ReviewLock:
    """An exclusive lock file beside the database (``<db>.review.lock``), so a second
    ``iro review`` on the same database stops with a clear message instead of racing."""

    def __init__(self, db: Path):
        self.db = db
        self.path = Path(f"{db}.review.lock")
        self.handle = None

    def __enter__(self) -> "ReviewLock":
        try:
            import fcntl
        except ImportError:  # Windows: DuckDB's own file lock is the guard there
            return self
        handle = open(self.path, "a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip()
            handle.close()
            raise DatabaseInUse(f"{self.db} is in use by another `iro review`"
                                + (f" ({holder})" if holder else "")) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        self.handle = handle
        return self

    def __exit__(self, *exc) -> None:
        if self.handle is not None:
            import fcntl

            fcntl.flock(self.handle, fcntl.LOCK_UN)
            self.handle.close()
            self.handle = None
            try:
                self.path.unlink()
            except OSError:
                pass


def open_for_review(db: Path):
    """The database, read-write, for the app's one connection (DatabaseInUse if another
    process holds it)."""
    import duckdb

    try:
        return duckdb.connect(str(db))
    except duckdb.IOException as exc:
        raise DatabaseInUse(f"{db} is in use by another process: {str(exc).splitlines()[0]}") from None


def review(
    db: Path = typer.Option(DEFAULT_DB, "--db", help="DuckDB database written by `iro extract`."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (default: this machine only)."),
    port: int = typer.Option(8765, "--port", min=1, max=65535, help="Port to listen on."),
    open_browser: bool = typer.Option(False, "--open", help="Open the documents list in a web browser."),
    reviewer: str = typer.Option(None, "--reviewer", help="Name recorded with each decision (default: the OS user)."),
    export_gold: Path = typer.Option(None, "--export-gold", file_okay=False,
                                     help="Write the reviewed documents as gold figures.csv + documents.csv "
                                          "to this folder, then exit (no server)."),
) -> None:
    """Check figures against the page in your browser: accept, correct, reject, add (keyboard first).

    Decisions go to the database's `reviews` table; the dataset (export, benchmark, summary)
    uses them. Stop the app (Ctrl-C) before running `iro extract` on the same database.
    """
    if not db.exists():
        typer.echo(f"error: no database at {db}; run `iro extract PDF... --out {db.parent}` first", err=True)
        raise typer.Exit(1)
    if export_gold is not None:
        _export_gold(db, export_gold)
        return
    try:
        with ReviewLock(db):
            con = open_for_review(db)
            _serve(db, con, host, port, open_browser, reviewer)
    except DatabaseInUse as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None


def _export_gold(db: Path, out: Path) -> None:
    import duckdb

    from ..data import reviews

    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.IOException as exc:
        typer.echo(f"error: {db} is in use by another process: {str(exc).splitlines()[0]}", err=True)
        raise typer.Exit(1) from None
    with con:
        written = reviews.export_gold(con, out)
    for doc, gold, optional in written:
        typer.echo(f"{doc}: {gold} reviewed figures" + (f", {optional} not reviewed (written as optional)"
                                                        if optional else ""))
    typer.echo(f"{len(written)} reviewed documents -> {out / 'figures.csv'}, {out / 'documents.csv'}")


def _serve(db: Path, con, host: str, port: int, open_browser: bool, reviewer: str | None) -> None:
    import uvicorn

    from ..review.app import create_app

    loopback = host in LOOPBACK_HOSTS
    hosts = None if loopback else ["*"]
    if not loopback:
        typer.secho(f"warning: listening on {host}: anyone who can reach this machine on port {port} can read "
                    "these reports and change the review decisions. Use the default 127.0.0.1 unless you "
                    "mean that.", err=True, fg="yellow")
    base_dirs = [Path.cwd(), db.resolve().parent, db.resolve().parent.parent]
    app = create_app(con=con, reviewer=reviewer, allowed_hosts=hosts, base_dirs=base_dirs)
    url = f"http://{host if ':' not in host else '[' + host + ']'}:{port}/"
    typer.echo(f"iro review: {db} as {app.state.reviewer} at {url} (Ctrl-C to stop)")
    if open_browser:
        import threading
        import webbrowser

        threading.Timer(1.0, webbrowser.open, [url]).start()
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        con.close()


def register(app: typer.Typer) -> None:
    app.command("review")(review)
