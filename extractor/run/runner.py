"""Running extraction over many files: cache, worker processes, Dask, timeouts.

``ExtractionRun(paths, ...)`` yields one ``ExtractionResult`` per PDF, in
the order ``pdf_paths`` gives (sorted within folders), whatever order the
work finishes in, so a serial run, a parallel run and a Dask run produce the
same dataset.

Where the work runs
  workers=0       in this process, one file after another; no timeout (for
                  debugging).
  workers=N >= 1  N worker processes on this machine (``extractor.run.worker``),
                  each reused for many files so the pipeline and spaCy load
                  once per process.  A file that runs past ``timeout``
                  seconds has its worker killed and replaced, and is
                  recorded as an error; so is a file that crashes its
                  worker.
  scheduler=ADDR  a Dask distributed cluster (``tcp://host:8786``, a
                  ``Client``/``LocalCluster`` object, or "local" for a new
                  LocalCluster of ``workers`` processes).  The PDF's bytes are
                  sent with the task, so the workers need the package
                  installed but not the files.  Each Dask worker runs the
                  documents in its own worker processes, so the timeout
                  holds there too.

Resuming
  Each finished document is written to the cache (``extractor.run.cache``) at
  once, keyed by the file's sha256 and the tool version.  A later run takes
  unchanged files from it (``force=True`` redoes them), so a run that is
  killed loses only the documents in flight.  Only successful results are
  cached: a file that failed is tried again next time (perhaps with OCR
  installed, or a longer timeout).
"""
from __future__ import annotations

import gc
import os
import pickle
import queue
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .cache import ResultCache, file_sha256
from ..paths import pdf_paths
from ..model import ExtractionResult
from .worker import DEFAULT_FUNC, error_result, load_function, run_task

DEFAULT_TIMEOUT = 300.0  # seconds per document; OCR of a long scan is the slow case
STARTUP_TIMEOUT = 120.0
CONNECT_TIMEOUT = "20s"  # to reach a Dask scheduler  # a worker process that isn't ready by then has failed to start


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


class WorkerStartError(RuntimeError):
    """A worker process could not start: every document would fail the same way."""


class SchedulerError(RuntimeError):
    """Dask is missing, or its scheduler cannot be reached."""


class _Timeout(Exception):
    pass


class _Died(Exception):
    pass


def _child_env() -> dict:
    env = dict(os.environ)
    # The same modules as this process (the package, and test helpers on sys.path).
    paths = [p for p in sys.path if p and os.path.isdir(p)]
    package_root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys([package_root, *paths]))
    env.setdefault("PYTHONHASHSEED", "0")  # the same set orders in every worker
    env.setdefault("OMP_THREAD_LIMIT", "1")  # Tesseract: one thread per worker process
    env["PYTHONUNBUFFERED"] = "1"
    return env


def can_fork() -> bool:
    """Whether workers may be forked from this process: Linux, and no other thread alive.

    A fork copies only the calling thread; with no other thread there is no
    lock another thread could be holding.  ``IRO_WORKER_START=spawn`` turns it off.
    """
    return (sys.platform.startswith("linux") and hasattr(os, "fork")
            and os.environ.get("IRO_WORKER_START", "fork") != "spawn"
            and threading.active_count() == 1)


class _ForkedProcess:
    """The part of the Popen interface the pool uses, for a worker made by os.fork()."""

    def __init__(self, func: str):
        from .worker import forked_child

        task_r, task_w = os.pipe()
        result_r, result_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: serve tasks, never return into the caller's stack
            forked_child(task_r, result_w, func, parent_ends=(task_w, result_r))
        os.close(task_r)
        os.close(result_w)
        self.pid = pid
        self.returncode = None
        self.stdin = os.fdopen(task_w, "wb")
        self.stdout = os.fdopen(result_r, "rb")

    def poll(self):
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                self.returncode = -1
                return self.returncode
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float | None = None):
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(f"worker {self.pid}", timeout)
            time.sleep(0.005)
        return self.returncode

    def kill(self) -> None:
        os.kill(self.pid, signal.SIGKILL)


class WorkerProcess:
    """One ``extractor.run.worker`` process, fed one task at a time.

    Started as a fresh interpreter (``python -m extractor.run.worker``), or with
    ``fork=True`` forked from this process, which must then have loaded the
    pipeline already (``worker.warm_up``) and have no other threads.
    """

    def __init__(self, func: str = DEFAULT_FUNC, fork: bool = False):
        if fork:
            self.proc = _ForkedProcess(func)
        else:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "extractor.run.worker", func],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=_child_env(),
                start_new_session=os.name == "posix",  # Ctrl-C goes to us; we stop the workers
            )
        self.inbox: queue.Queue = queue.Queue()
        self._next = 0
        threading.Thread(target=self._read, daemon=True).start()
        try:
            message = self.inbox.get(timeout=STARTUP_TIMEOUT)
        except queue.Empty:
            message = ("eof",)
        if message[0] != "ready":
            self.kill()
            raise WorkerStartError(f"worker process failed to start (exit code {self.proc.poll()}); "
                                   f"its error is printed above")

    def _read(self) -> None:
        stream = self.proc.stdout
        try:
            while True:
                self.inbox.put(pickle.load(stream))
        except Exception:  # EOF or a broken stream: the process is gone
            self.inbox.put(("eof",))

    def run(self, path: str, data: bytes | None, options: dict, timeout: float | None):
        self._next += 1
        task_id = self._next
        try:
            pickle.dump((task_id, path, data, options), self.proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError) as exc:
            raise _Died(self._exit_code()) from exc
        while True:
            try:
                message = self.inbox.get(timeout=timeout or None)
            except queue.Empty:
                raise _Timeout() from None
            if message[0] == "eof":
                raise _Died(self._exit_code())
            if message[0] == "done" and message[1] == task_id:
                return message[2]

    def _exit_code(self):
        try:
            return self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            return None

    def kill(self) -> None:
        """Kill the worker and anything it started (Tesseract)."""
        if self.proc.poll() is None:
            try:
                if os.name == "posix":
                    os.killpg(self.proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            try:
                self.proc.kill()
            except (ProcessLookupError, OSError):
                pass
        self._close()

    def stop(self) -> None:
        """Ask the worker to finish (close its stdin); kill it if it doesn't."""
        try:
            self.proc.stdin.close()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        self.kill()

    def _close(self) -> None:
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                stream.close()
            except OSError:
                pass


@dataclass
class Outcome:
    result: ExtractionResult
    cacheable: bool  # the pipeline's own answer (not a timeout or a crashed worker)


class WorkerPool:
    """Reusable worker processes, started on demand; safe to use from many threads.

    ``run`` takes an idle worker (or starts one), gives it one document and
    waits at most ``timeout`` seconds.  A worker that hangs is killed and a
    worker that died is dropped; the next call starts a fresh one.
    """

    def __init__(self, func: str = DEFAULT_FUNC, started: list[WorkerProcess] | None = None):
        self.func = func
        self._idle: list[WorkerProcess] = list(started or [])
        self._busy: set[WorkerProcess] = set()
        self._lock = threading.Lock()
        self._closed = False

    def _acquire(self) -> WorkerProcess:
        with self._lock:
            if self._closed:
                raise WorkerStartError("worker pool is closed")
            worker = self._idle.pop() if self._idle else None
        worker = worker or WorkerProcess(self.func)
        with self._lock:
            self._busy.add(worker)
        return worker

    def _release(self, worker: WorkerProcess, keep: bool) -> None:
        with self._lock:
            self._busy.discard(worker)
            if keep and not self._closed:
                self._idle.append(worker)
                return
        worker.kill()

    def run(self, path, data: bytes | None = None, options: dict | None = None,
            timeout: float | None = None) -> Outcome:
        worker = self._acquire()
        try:
            result = worker.run(str(path), data, options or {}, timeout)
        except _Timeout:
            self._release(worker, keep=False)
            return Outcome(error_result(path, f"timed out after {timeout:g} s (parser hung or file too "
                                              f"large; raise --timeout)"), False)
        except _Died as exc:
            self._release(worker, keep=False)
            code = exc.args[0] if exc.args else None
            how = f"signal {-code}" if isinstance(code, int) and code < 0 else f"exit code {code}"
            return Outcome(error_result(path, f"worker process crashed on this file ({how})"), False)
        except BaseException:
            self._release(worker, keep=False)
            raise
        self._release(worker, keep=True)
        return Outcome(result, True)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, busy = self._idle, list(self._busy)
            self._idle = []
        for worker in idle + busy:  # workers hold no state worth a graceful exit
            worker.kill()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# One pool per Dask worker process, shared by its threads.
_DASK_POOL: WorkerPool | None = None
_DASK_LOCK = threading.Lock()


def _dask_pool(func: str) -> WorkerPool:
    global _DASK_POOL
    with _DASK_LOCK:
        if _DASK_POOL is None or _DASK_POOL.func != func:
            if _DASK_POOL is not None:
                _DASK_POOL.close()
            _DASK_POOL = WorkerPool(func)
            import atexit

            atexit.register(_DASK_POOL.close)
        return _DASK_POOL


def dask_extract(path: str, data: bytes, options: dict, timeout: float | None, func: str) -> Outcome:
    """The task run on a Dask worker: one document in a local worker process."""
    return _dask_pool(func).run(path, data, options, timeout)


@dataclass
class RunStats:
    files: int = 0
    cached: int = 0
    extracted: int = 0
    failed: int = 0
    pages: int = 0
    errors: list[str] = field(default_factory=list)


ProgressFn = Callable[[ExtractionResult, bool], None]  # (result, came from cache)


class ExtractionRun:
    """Extract many files; iterate for the results, in path order.

    ``func`` names the per-document function as ``module:name`` (default:
    ``extract_document``); ``options`` are keyword arguments for it and are
    part of the cache key.
    """

    def __init__(self, paths: Iterable[Path], *, workers: int | None = None, scheduler=None,
                 timeout: float | None = DEFAULT_TIMEOUT, cache_dir: Path | None = None,
                 force: bool = False, options: dict | None = None, func: str = DEFAULT_FUNC,
                 on_result: ProgressFn | None = None):
        self.files = pdf_paths(paths)
        self.workers = default_workers() if workers is None else max(0, workers)
        self.scheduler = scheduler
        self.timeout = timeout if timeout and timeout > 0 else None
        self.options = dict(options or {})
        self.func = func
        self.force = force
        self.on_result = on_result
        self.cache = ResultCache(cache_dir, version=self._cache_version()) if cache_dir else None
        self.stats = RunStats(files=len(self.files))
        self._hashes: list[str | None] = []
        self._hits: dict[int, ExtractionResult] = {}
        self._todo: list[int] | None = None
        self._started_workers: list[WorkerProcess] = []

    def _cache_version(self) -> str:
        from .cache import tool_version

        version = tool_version()
        if self.func != DEFAULT_FUNC:
            version += "-" + self.func.replace(":", ".")
        for key in sorted(self.options):
            version += f"-{key}={self.options[key]}"
        return version.replace("/", "_")

    # -- the loop -----------------------------------------------------------

    def start(self) -> None:
        """Hash the files, look them up in the cache and start the workers.

        Called by iterating; call it first to have the workers forked before
        this process starts threads of its own (a progress bar, say).
        """
        if self._todo is not None:
            return
        self._hashes = self._compute_hashes()
        self._hits, self._todo = {}, []
        for i, path in enumerate(self.files):
            hit = None if (self.force or not self.cache) else self.cache.get(self._hashes[i], path)
            if hit is not None:
                self._hits[i] = hit
            else:
                self._todo.append(i)
        if self._todo and self.scheduler is None and self.workers >= 1 and can_fork():
            from .worker import warm_up

            load_function(self.func)
            # the pipeline, spaCy's patterns too, loads here once, shared by every forked worker:
            # loaded in each worker it cost each one the same CPU again, and a thread beside the
            # first document that held the GIL against it
            warm_up()
            gc.collect()
            gc.freeze()  # the workers' garbage collector leaves the shared pages shared
            try:
                self._started_workers = [WorkerProcess(self.func, fork=True)
                                         for _ in range(min(self.workers, len(self._todo)))]
            finally:
                gc.unfreeze()

    def __iter__(self) -> Iterator[ExtractionResult]:
        self.start()
        done = {}
        for i, hit in sorted(self._hits.items()):
            done[i] = hit
            self._note(hit, cached=True)
        following = 0
        for i, outcome in self._execute(self._todo):
            result = outcome.result
            done[i] = result
            self._note(result, cached=False)
            while following in done:
                yield done.pop(following)
                following += 1
        while following in done:
            yield done.pop(following)
            following += 1

    def results(self) -> list[ExtractionResult]:
        return list(self)

    def _note(self, result: ExtractionResult, cached: bool) -> None:
        s = self.stats
        if cached:
            s.cached += 1
        else:
            s.extracted += 1
        if result.record.status == "error":
            s.failed += 1
            s.errors.append(f"{result.record.path}: {result.record.error}")
        s.pages += result.record.pages
        if self.on_result:
            self.on_result(result, cached)

    def _keep(self, i: int, outcome: Outcome) -> Outcome:
        """Write a finished document to the cache at once, before its slot takes the next file."""
        result = outcome.result
        if outcome.cacheable and result.record.status == "ok" and self.cache:
            self.cache.put(self._hashes[i] or result.record.sha256, result)
        return outcome

    def _run_on_pool(self, pool: WorkerPool, i: int) -> Outcome:
        return self._keep(i, pool.run(self.files[i], None, self.options, self.timeout))

    def _compute_hashes(self) -> list[str | None]:
        if not self.cache or self.force or not self.files:
            return [None] * len(self.files)
        with ThreadPoolExecutor(max_workers=min(8, len(self.files))) as pool:
            return list(pool.map(file_sha256, self.files))

    def _execute(self, todo: list[int]) -> Iterator[tuple[int, Outcome]]:
        if not todo:
            return iter(())
        if self.scheduler is not None or self.workers > 1:
            # Biggest files first, so one long report doesn't start last and
            # keep the other workers idle at the end (results still come in
            # path order).
            todo = sorted(todo, key=lambda i: (-_size(self.files[i]), i))
        if self.scheduler is not None:
            return self._on_dask(todo)
        if self.workers == 0:
            return self._in_process(todo)
        return self._on_pool(todo)

    # -- backends -----------------------------------------------------------

    def _in_process(self, todo: list[int]) -> Iterator[tuple[int, Outcome]]:
        func = load_function(self.func)
        for i in todo:
            yield i, self._keep(i, Outcome(run_task(func, str(self.files[i]), None, self.options), True))

    def _on_pool(self, todo: list[int]) -> Iterator[tuple[int, Outcome]]:
        size = min(self.workers, len(todo))
        pool = WorkerPool(self.func, started=self._started_workers)
        self._started_workers = []
        executor = ThreadPoolExecutor(max_workers=size, thread_name_prefix="iro-extract")
        try:
            futures = {executor.submit(self._run_on_pool, pool, i): i for i in todo}
            pending = set(futures)
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in sorted(finished, key=futures.get):
                    yield futures[future], future.result()
        finally:
            executor.shutdown(wait=False, cancel_futures=True)
            pool.close()

    def _on_dask(self, todo: list[int]) -> Iterator[tuple[int, Outcome]]:
        try:
            from distributed import Client, as_completed
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise SchedulerError("--scheduler needs Dask: pip install 'iro-extractor[distributed]'") from exc
        own_client = not isinstance(self.scheduler, Client)
        cluster = None
        if self.scheduler == "local":
            from distributed import LocalCluster

            cluster = LocalCluster(n_workers=self.workers or default_workers(), threads_per_worker=1,
                                   processes=True, dashboard_address=":0")
        try:
            client = (Client(cluster or self.scheduler, timeout=CONNECT_TIMEOUT)
                      if own_client else self.scheduler)
        except (OSError, TimeoutError, ValueError) as exc:
            if cluster is not None:
                cluster.close()
            raise SchedulerError(f"cannot reach the Dask scheduler at {self.scheduler}: {exc}") from exc
        try:
            threads = sum(client.nthreads().values()) or 1
            window = max(2, 2 * threads)  # documents in flight: bounded memory, little lost on a kill
            queue_ = list(todo)
            running = as_completed()
            keys = {}

            unreadable: list[tuple[int, Outcome]] = []

            def submit_next() -> None:
                i = queue_.pop(0)
                path = self.files[i]
                try:
                    data = path.read_bytes()
                except OSError as exc:
                    reason = f"cannot read file: {exc.strerror or exc}"
                    unreadable.append((i, Outcome(error_result(path, reason), False)))
                    return
                future = client.submit(dask_extract, str(path), data, self.options, self.timeout,
                                       self.func, pure=False)
                keys[future.key] = i
                running.add(future)

            def top_up() -> Iterator[tuple[int, Outcome]]:
                while queue_ and running.count() < window:
                    submit_next()
                    while unreadable:
                        yield unreadable.pop()

            yield from top_up()
            while running.count():
                future = next(running)
                i = keys.pop(future.key)
                try:
                    outcome = future.result()
                except Exception as exc:  # the Dask worker died (KilledWorker) or similar
                    line = f"{type(exc).__name__}: {exc}".splitlines()[0]
                    outcome = Outcome(error_result(self.files[i], f"distributed task failed: {line}"), False)
                future.release()
                outcome = self._keep(i, outcome)
                yield from top_up()
                yield i, outcome
        finally:
            if own_client:
                client.close()
            if cluster is not None:
                cluster.close()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def extract_many(paths: Iterable[Path], **kwargs) -> list[ExtractionResult]:
    """Convenience: every result of an ``ExtractionRun``, in path order."""
    return ExtractionRun(paths, **kwargs).results()
