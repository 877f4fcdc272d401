"""Many files: serial, parallel and Dask runs agree; the cache resumes; timeouts and crashes."""
from __future__ import annotations

import os
import pickle
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.data import store
from extractor.run.cache import ResultCache, file_sha256, tool_version
from extractor.cli import app
from extractor.run.runner import ExtractionRun, WorkerPool, can_fork
try:  # tests/ may or may not be a package
    from tests import helpers_runner
except ImportError:
    import helpers_runner
text_pdf = helpers_runner.text_pdf

HELPER = f"{helpers_runner.__name__}:misbehave"


def dataset(results) -> tuple[str, str]:
    """The figures and documents rows as CSV text: what a run writes."""
    return (store.figures_frame(results).to_csv(index=False),
            store.documents_frame(results).to_csv(index=False))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The shared corpus plus a bad file and a small made-up report, in a temp folder."""
    shared = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
    if not shared.is_dir():
        pytest.skip("../shared/corpus not present")
    folder = tmp_path_factory.mktemp("corpus")
    for pdf in sorted(shared.glob("*.pdf")):
        os.symlink(pdf, folder / pdf.name)
    (folder / "zz-not-a-pdf.pdf").write_text("this is not a PDF")
    text_pdf(folder / "made-up.pdf")
    return folder


@pytest.fixture(scope="module")
def serial_results(corpus):
    return ExtractionRun([corpus], workers=1).results()


@pytest.fixture(scope="module")
def local_cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as cluster, distributed.Client(cluster) as client:
        yield client


def test_serial_parallel_and_in_process_runs_are_identical(corpus, serial_results, monkeypatch):
    names = [Path(r.record.path).name for r in serial_results]
    assert names == sorted(names)  # path order, whatever finished first
    assert sum(r.record.status == "ok" for r in serial_results) == len(names) - 1
    assert sum(len(r.figures) for r in serial_results) > 50
    parallel = ExtractionRun([corpus], workers=2).results()
    in_process = ExtractionRun([corpus], workers=0).results()
    assert dataset(parallel) == dataset(serial_results)
    assert dataset(in_process) == dataset(serial_results)
    assert parallel == serial_results
    # workers started as fresh interpreters (as on macOS/Windows, or under Dask) agree too
    monkeypatch.setenv("IRO_WORKER_START", "spawn")
    assert not can_fork()
    assert ExtractionRun([corpus], workers=2).results() == serial_results


def test_pdf_paths_lists_pdfs_in_a_stable_order(tmp_path):
    from extractor.paths import pdf_paths

    (tmp_path / "sub").mkdir()
    for name in ("b.PDF", "a.pdf", "sub/c.pdf", "notes.txt"):
        (tmp_path / name).write_bytes(b"x")
    assert pdf_paths([tmp_path]) == [tmp_path / "a.pdf", tmp_path / "b.PDF", tmp_path / "sub" / "c.pdf"]
    # a file named is kept as named, even when missing: the run reports it as an error
    assert pdf_paths([tmp_path / "missing.pdf", tmp_path / "a.pdf"]) == [tmp_path / "missing.pdf", tmp_path / "a.pdf"]


def test_local_cluster_run_is_identical(corpus, serial_results, local_cluster):
    run = ExtractionRun([corpus], scheduler=local_cluster)
    assert dataset(run.results()) == dataset(serial_results)


def test_cli_scheduler_address_runs_on_the_cluster(corpus, serial_results, local_cluster, tmp_path):
    address = local_cluster.scheduler.address
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", str(corpus), "-o", str(out), "--no-progress",
                                      "--scheduler", address])
    assert result.exit_code == 0, result.output
    assert (out / "figures.csv").read_text() == dataset(serial_results)[0]


def test_cli_serial_and_two_workers_write_identical_files(tmp_path):
    folder = tmp_path / "pdfs"
    folder.mkdir()
    for i in range(3):
        text_pdf(folder / f"report{i}.pdf", paragraphs=[f"Section {i}.", *helpers_runner.SENTENCES])
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n garbage")
    runner = CliRunner()
    outputs = {}
    for label, args in {"serial": ["--workers", "1"], "parallel": ["--workers", "2"]}.items():
        out = tmp_path / label
        result = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--no-progress", *args])
        assert result.exit_code == 0, result.output
        assert "3 documents extracted, 1 failed" in result.output
        outputs[label] = {name: (out / name).read_bytes() for name in ("figures.csv", "documents.csv")}
        assert len(list((out / ".cache").glob("*.pkl"))) == 3  # the good files, not the bad one
    assert outputs["serial"] == outputs["parallel"]
    assert outputs["serial"]["figures.csv"].count(b"\n") > 3 * 4

    again = runner.invoke(app, ["extract", str(folder), "-o", str(tmp_path / "serial"), "--no-progress"])
    assert "(3 unchanged, from the cache)" in again.output
    assert (tmp_path / "serial" / "figures.csv").read_bytes() == outputs["serial"]["figures.csv"]


def test_cache_skips_unchanged_files_and_force_redoes_them(tmp_path):
    folder = tmp_path / "pdfs"
    folder.mkdir()
    text_pdf(folder / "a.pdf")
    text_pdf(folder / "b.pdf", pages=2)
    cache = tmp_path / "cache"
    first = ExtractionRun([folder], workers=1, cache_dir=cache)
    results = first.results()
    assert (first.stats.cached, first.stats.extracted) == (0, 2)
    names = sorted(p.name for p in cache.iterdir())
    assert names == sorted(f"{file_sha256(folder / n)}-{tool_version()}.pkl" for n in ("a.pdf", "b.pdf"))
    assert not [p for p in cache.iterdir() if p.suffix != ".pkl"]  # no temp files left

    again = ExtractionRun([folder], workers=1, cache_dir=cache)
    assert again.results() == results
    assert (again.stats.cached, again.stats.extracted) == (2, 0)

    forced = ExtractionRun([folder], workers=1, cache_dir=cache, force=True)
    assert forced.results() == results
    assert (forced.stats.cached, forced.stats.extracted) == (0, 2)

    # Changed bytes are a miss; the same bytes under a new name are a hit, relabelled.
    text_pdf(folder / "b.pdf", paragraphs=["Something else entirely."])
    shutil.copy(folder / "a.pdf", folder / "c.pdf")
    third = ExtractionRun([folder], workers=1, cache_dir=cache)
    results = third.results()
    assert (third.stats.cached, third.stats.extracted) == (2, 1)
    copy = results[2]
    assert copy.record.doc == "c" and copy.record.path == str(folder / "c.pdf")
    assert copy.figures and all(f.doc == "c" for f in copy.figures)


def test_a_damaged_cache_file_is_a_miss(tmp_path):
    pdf = text_pdf(tmp_path / "a.pdf")
    cache = ResultCache(tmp_path / "cache")
    cache.directory.mkdir()
    cache.file_for(file_sha256(pdf)).write_bytes(b"not a pickle")
    assert cache.get(file_sha256(pdf), pdf) is None
    cache.file_for("0" * 64).write_bytes(pickle.dumps({"not": "a result"}))
    assert cache.get("0" * 64, pdf) is None
    run = ExtractionRun([pdf], workers=0, cache_dir=cache.directory)
    assert run.results()[0].figures and run.stats.extracted == 1
    assert cache.get(file_sha256(pdf), pdf) is not None


def test_a_hanging_file_times_out_and_the_rest_complete(tmp_path):
    folder = tmp_path / "pdfs"
    folder.mkdir()
    for name in ("a.pdf", "b-hang.pdf", "c.pdf", "d.pdf"):
        text_pdf(folder / name)
    started = time.monotonic()
    run = ExtractionRun([folder], workers=2, timeout=6, func=HELPER, cache_dir=tmp_path / "cache")
    results = run.results()
    assert time.monotonic() - started < 60
    by_name = {Path(r.record.path).name: r.record for r in results}
    assert by_name["b-hang.pdf"].status == "error"
    assert by_name["b-hang.pdf"].error.startswith("timed out after 6 s")
    assert all(by_name[n].status == "ok" and by_name[n].figures for n in ("a.pdf", "c.pdf", "d.pdf"))
    assert run.stats.failed == 1
    # the timeout is not cached: the file is tried again next run
    assert len(list((tmp_path / "cache").glob("*.pkl"))) == 1  # a, c and d share their bytes


def test_serial_mode_has_a_timeout_too(tmp_path):
    for name in ("a-hang.pdf", "b.pdf"):
        text_pdf(tmp_path / name)
    results = ExtractionRun([tmp_path], workers=1, timeout=5, func=HELPER).results()
    assert [r.record.status for r in results] == ["error", "ok"]
    assert "timed out" in results[0].record.error


def test_a_file_that_kills_its_worker_is_an_error_not_a_lost_run(tmp_path):
    for name in ("a.pdf", "b-crash.pdf", "c.pdf"):
        text_pdf(tmp_path / name)
    results = ExtractionRun([tmp_path], workers=1, func=HELPER).results()
    assert [r.record.status for r in results] == ["ok", "error", "ok"]
    assert results[1].record.error == "worker process crashed on this file (signal 9)"


def test_worker_pool_reuses_its_processes(tmp_path, monkeypatch):
    pids = tmp_path / "pids"
    pids.mkdir()
    monkeypatch.setenv("IRO_TEST_PIDS", str(pids))
    pdf = text_pdf(tmp_path / "a.pdf")
    with WorkerPool(HELPER) as pool:
        outcomes = [pool.run(pdf) for _ in range(4)]
    assert all(o.cacheable and o.result.record.status == "ok" for o in outcomes)
    assert len(list(pids.iterdir())) == 1


def test_dask_run_enforces_the_timeout(tmp_path, local_cluster):
    for name in ("a.pdf", "b-hang.pdf"):
        text_pdf(tmp_path / name)
    results = ExtractionRun([tmp_path], scheduler=local_cluster, timeout=6, func=HELPER).results()
    assert [r.record.status for r in results] == ["ok", "error"]
    assert results[1].record.error.startswith("timed out after 6 s")


def test_killed_run_resumes_losing_only_documents_in_flight(tmp_path):
    """SIGKILL the whole run while one document is in flight: the next run redoes only that one."""
    folder = tmp_path / "pdfs"
    folder.mkdir()
    for i in range(4):
        text_pdf(folder / f"doc{i}.pdf", paragraphs=[f"Report number {i}.", *helpers_runner.SENTENCES])
    text_pdf(folder / "doc9-slow.pdf", paragraphs=["A slow one.", *helpers_runner.SENTENCES])
    cache, pids = tmp_path / "cache", tmp_path / "pids"
    pids.mkdir()
    script = textwrap.dedent(f"""
        from extractor.run.runner import ExtractionRun
        ExtractionRun([{str(folder)!r}], workers=1, cache_dir={str(cache)!r}, func={HELPER!r}).results()
    """)
    env = {**os.environ, "IRO_TEST_PIDS": str(pids), "IRO_TEST_SLOW": "600",
           "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), *sys.path])}
    proc = subprocess.Popen([sys.executable, "-c", script], env=env)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not any(p.read_text() == "doc9-slow.pdf" for p in pids.iterdir()):
            time.sleep(0.2)
        assert len(list(cache.glob("*.pkl"))) == 4  # every finished document is already on disk
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    worker = int(next(p.name for p in pids.iterdir() if p.read_text() == "doc9-slow.pdf"))
    deadline = time.monotonic() + 20  # an orphaned worker notices and exits
    while time.monotonic() < deadline and _alive(worker):
        time.sleep(0.2)
    assert not _alive(worker)

    os.environ["IRO_TEST_SLOW"] = "0"
    try:
        again = ExtractionRun([folder], workers=1, cache_dir=cache, func=HELPER)
        results = again.results()
    finally:
        del os.environ["IRO_TEST_SLOW"]
    assert (again.stats.cached, again.stats.extracted) == (4, 1)
    assert [r.record.status for r in results] == ["ok"] * 5


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (exited, not yet reaped by init) counts as gone
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return True


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    from extractor.run import runner as runner_module

    monkeypatch.setattr(runner_module, "CONNECT_TIMEOUT", "1s")
    text_pdf(tmp_path / "a.pdf")
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "-o", str(tmp_path / "out"), "--no-progress",
                                      "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output
