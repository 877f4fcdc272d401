"""A worker process: extracts the documents its parent sends it, one at a time.

Started by ``extractor.run.runner`` as ``python -m extractor.run.worker FUNC`` with
pipes on stdin and stdout, or (on Linux, for the first workers of a local
run) forked from the parent once it has loaded the pipeline, with two pipes
of its own: instant start-up, and the loaded modules' memory shared.  Messages are pickles, one after another:

    parent -> worker   (task_id, path, data | None, options)
    worker -> parent   ("ready", pid)            once, after warming up
                       ("done", task_id, result) per task

``data`` is the PDF's bytes when the parent's files are not on this machine
(a Dask worker elsewhere): they go to a temporary file of the same name.
The process exits when its stdin closes or its parent goes away.  It is a
plain subprocess, not a ``multiprocessing`` child, so a Dask worker (a
daemonic process) may start it, and the parent can kill it when a document
hangs.  The extractor's own output goes to stderr; stdout carries only the
protocol.
"""
from __future__ import annotations

import importlib
import multiprocessing
import os
import pickle
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

DEFAULT_FUNC = "extractor.run.pipeline:extract_document"


def load_function(spec: str):
    module, _, name = spec.partition(":")
    target = importlib.import_module(module)
    for part in name.split("."):
        target = getattr(target, part)
    return target


def run_task(func, path: str, data: bytes | None, options: dict):
    """Call ``func(path, **options)``; bytes from the parent go to a temp file first."""
    if data is None:
        return func(Path(path), **options)
    from .cache import relabel

    with tempfile.TemporaryDirectory(prefix="iro-") as tmp:
        local = Path(tmp) / Path(path).name
        local.write_bytes(data)
        return relabel(func(local, **options), Path(path))


def error_result(path, message: str):
    from ..model import DocumentRecord, ExtractionResult

    path = Path(path)
    return ExtractionResult(DocumentRecord(doc=path.stem, path=str(path), status="error", error=message))


def warm_up(spacy_in_background: bool = False) -> None:
    """Load the pipeline once, before the first document; and the spaCy patterns, now or
    (``spacy_in_background``) in a thread while the first document is read: the ~1.5 s
    spaCy takes to load then overlaps the PDF reading, which needs no spaCy."""
    try:
        from ..figures import patterns
        from . import pipeline  # noqa: F401
    except Exception:  # the first document reports whatever is wrong
        return
    if spacy_in_background:
        threading.Thread(target=_load_spacy, args=(patterns,), daemon=True).start()
    else:
        _load_spacy(patterns)


def _load_spacy(patterns) -> None:
    try:
        patterns.nlp()
    except Exception:
        pass


def _exit_when_orphaned(parent: int) -> None:
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(3)


def main(argv: list[str] | None = None) -> None:
    """Entry point of ``python -m extractor.run.worker FUNC``: protocol on stdin/stdout."""
    argv = sys.argv[1:] if argv is None else argv
    spec = argv[0] if argv else DEFAULT_FUNC
    channel = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # stray prints must not break the protocol
    sys.stdout = sys.stderr
    inbox = os.fdopen(os.dup(sys.stdin.fileno()), "rb")
    sys.stdin = open(os.devnull)
    serve(inbox, channel, spec)


def serve(inbox, channel, spec: str = DEFAULT_FUNC) -> None:
    """The worker loop: announce "ready", then one task after another until EOF."""
    threading.Thread(target=_exit_when_orphaned, args=(os.getppid(),), daemon=True).start()
    # Parallelism is ours: libraries that would start process pools of their
    # own for one document (camelot's parallel mode) see a daemonic process
    # and stay serial, as they do in any multiprocessing worker.
    multiprocessing.current_process().daemon = True
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # Tesseract: one thread, as we are one of many
    func = load_function(spec)
    # before "ready": the timeout is for the document, not our start-up (spaCy aside, whose
    # loading overlaps the first document's reading)
    warm_up(spacy_in_background=spec == DEFAULT_FUNC)
    pickle.dump(("ready", os.getpid()), channel)
    channel.flush()
    while True:
        try:
            task_id, path, data, options = pickle.load(inbox)
        except (EOFError, OSError):
            return
        try:
            result = run_task(func, path, data, options or {})
        except BaseException as exc:  # the pipeline never raises; anything here is a bug
            line = f"{type(exc).__name__}: {exc}".splitlines()[0] if str(exc) else type(exc).__name__
            result = error_result(path, f"internal error: {line}")
            traceback.print_exc()
        try:
            pickle.dump(("done", task_id, result), channel, protocol=pickle.HIGHEST_PROTOCOL)
            channel.flush()
        except (BrokenPipeError, OSError):
            return


def forked_child(inbox_fd: int, channel_fd: int, spec: str, parent_ends: tuple[int, ...] = ()) -> None:
    """Body of a worker made by os.fork() from a warmed-up parent; never returns."""
    code = 0
    try:
        for fd in parent_ends:  # the parent's ends of our own pipes (raw fds, no objects own them yet)
            os.close(fd)
        os.setsid()  # its own process group: Ctrl-C goes to the parent, kill takes Tesseract too
        # Other workers' pipe ends stay open here, unused: closing fds that
        # objects copied from the parent still own could close a reused number.
        os.dup2(2, 1)  # the parent's stdout is its own: stray output to stderr
        sys.stdout = sys.stderr
        serve(os.fdopen(inbox_fd, "rb"), os.fdopen(channel_fd, "wb"), spec)
    except BaseException:
        code = 1
    finally:
        os._exit(code)


if __name__ == "__main__":
    main()
