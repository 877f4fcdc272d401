"""Speed and memory of `iro extract` against a pdfplumber text-only baseline.

    python benchmarks/bench_extract.py [--corpus ../shared/corpus] [--repeat 1] [--json out.json]

On the same machine, in one run, for each corpus:

  small   the PDFs in --corpus (the dev corpus: 5 reports, 53 pages);
  large   built from them in a temp folder: one 200-page report (the
          corpus's pages in turn) and reports made by shuffling and joining
          the corpus's pages, to at least --min-pages pages in all.

it times

  baseline   `pdfplumber` ``page.extract_text()`` on every page, one
             process, files in turn;
  ceiling    N copies of a pure-Python loop at once against one after
             another (N = cores): what N workers could gain at best, now;
  pipeline   the full ``iro extract`` (read, tables, figures, identity,
             outputs, cache) with its default --workers (the number of
             cores), and again with --workers 1;

each as a fresh process, wall clock from start to exit (so the pipeline's
start-up, worker processes and output writing count against it), best of
--repeat runs.  It prints pages per second, the ratio pipeline / baseline
(>= 1.0 means the pipeline is at least as fast), and peak memory, sampled
every 20 ms: the largest total over the process and its children (sum of
PSS, so pages forked workers share with their parent count once) and the
largest single process (RSS).  Last, the pipeline alone on
the 200-page report (--workers 1) for the memory target (<= 350 MB).
Last of all it prints each target with OK or BELOW.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"

BASELINE = """
import sys, pdfplumber
pages = 0
for name in sys.argv[1:]:
    with pdfplumber.open(name) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.flush_cache() if hasattr(page, "flush_cache") else None
            pages += 1
print(pages)
"""


# -- building the large corpus ------------------------------------------------

def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def join_pages(sources: list[tuple[Path, int]], target: Path) -> int:
    """A PDF of the given (file, 0-based page) pairs, in that order."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    opened: dict[Path, pdfium.PdfDocument] = {}
    try:
        for path, index in sources:
            src = opened.get(path) or opened.setdefault(path, pdfium.PdfDocument(str(path)))
            out.import_pages(src, [index])
        out.save(str(target))
        return len(out)
    finally:
        out.close()
        for src in opened.values():
            src.close()


def build_large(corpus: list[Path], folder: Path, min_pages: int, big_pages: int = 200,
                seed: int = 2024) -> tuple[list[Path], Path]:
    """Repeat and vary the corpus: a big report, then shuffled joins, to min_pages pages."""
    rng = random.Random(seed)
    pages = [(path, i) for path in corpus for i in range(page_count(path))]
    folder.mkdir(parents=True, exist_ok=True)
    big = folder / f"big-{big_pages}-pages.pdf"
    total = join_pages([pages[i % len(pages)] for i in range(big_pages)], big)
    files = [big]
    k = 0
    while total < min_pages:
        k += 1
        chosen = rng.sample(corpus, rng.randint(1, min(3, len(corpus))))
        sources = []
        for path in chosen:
            own = [p for p in pages if p[0] == path]
            head, rest = own[:1], own[1:]
            rng.shuffle(rest)  # the cover page stays first; the rest in a new order
            sources += head + rest[: max(1, int(len(rest) * rng.uniform(0.6, 1.0)))]
        target = folder / f"variant-{k:03d}.pdf"
        total += join_pages(sources, target)
        files.append(target)
    return files, big


# -- measuring ----------------------------------------------------------------

def _tree(root_pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parent = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    tree, todo = [], [root_pid]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo += children.get(pid, [])
    return tree


def _pss_and_rss(pid: int) -> tuple[int, int]:
    """Proportional (shared pages split between their users) and resident bytes of one process."""
    pss = rss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1]) * 1024
                elif line.startswith("Rss:"):
                    rss = int(line.split()[1]) * 1024
    except OSError:
        pass
    return pss, rss


def memory_of_tree(root_pid: int) -> tuple[int, int]:
    """(memory used by the process and its descendants, largest single process) in bytes.

    The first is the sum of PSS, so libraries and pages that forked workers
    share with their parent count once; the second is RSS.  Linux /proc;
    elsewhere psutil RSS (an overestimate of the sum), if installed.
    """
    if os.path.exists("/proc/self/smaps_rollup"):
        sizes = [_pss_and_rss(pid) for pid in _tree(root_pid)]
        return sum(p for p, _ in sizes), max((r for _, r in sizes), default=0)
    try:
        import psutil

        proc = psutil.Process(root_pid)
        rss = [p.memory_info().rss for p in [proc, *proc.children(recursive=True)]]
        return sum(rss), max(rss, default=0)
    except Exception:
        return 0, 0


def measure(cmd: list[str], cwd: Path | None = None) -> dict:
    """Run a command; wall seconds and peak memory (MB) of its process tree."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = {"tree": 0, "process": 0}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            total, largest = memory_of_tree(proc.pid)
            peak["tree"], peak["process"] = max(peak["tree"], total), max(peak["process"], largest)
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd[:4])} ... failed ({proc.returncode}):\n{err[-2000:]}")
    return {"seconds": seconds, "peak_tree_mb": peak["tree"] / 2**20,
            "peak_process_mb": peak["process"] / 2**20, "stdout": out}


def best_of(repeat: int, run) -> dict:
    results = [run() for _ in range(max(1, repeat))]
    best = min(results, key=lambda r: r["seconds"])
    best["peak_tree_mb"] = max(r["peak_tree_mb"] for r in results)
    best["peak_process_mb"] = max(r["peak_process_mb"] for r in results)
    return best


SPIN = "x = 0\nfor i in range(12_000_000):\n    x += i * i\n"


def machine_ceiling(processes: int) -> float:
    """How much faster N copies of a pure-Python loop finish than N run one after another,
    in this run: the most N workers can gain on this machine now (a shared or busy
    machine gives less than N)."""
    def wall(copies: int) -> float:
        start = time.perf_counter()
        running = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(copies)]
        for proc in running:
            proc.wait()
        return time.perf_counter() - start

    return processes * wall(1) / wall(processes)


def run_baseline(files: list[Path]) -> dict:
    return measure([sys.executable, "-c", BASELINE, *map(str, files)])


def run_pipeline(target: Path, workers: int | None, scratch: Path) -> dict:
    out = Path(tempfile.mkdtemp(dir=scratch, prefix="out-"))  # empty: no cached results
    cmd = [sys.executable, "-m", "extractor.cli", "extract", str(target), "--out", str(out), "--no-progress"]
    if workers is not None:
        cmd += ["--workers", str(workers)]
    try:
        return measure(cmd)
    finally:
        shutil.rmtree(out, ignore_errors=True)


def bench_corpus(label: str, files: list[Path], folder: Path, repeat: int, scratch: Path) -> dict:
    pages = sum(page_count(f) for f in files)
    base = best_of(repeat, lambda: run_baseline(files))
    assert int(base["stdout"].split()[-1]) == pages
    row = {"corpus": label, "files": len(files), "pages": pages,
           "baseline_seconds": base["seconds"], "baseline_pages_per_s": pages / base["seconds"],
           "baseline_peak_mb": base["peak_tree_mb"]}
    for name, workers in (("pipeline", None), ("pipeline_serial", 1)):
        run = best_of(repeat, lambda: run_pipeline(folder, workers, scratch))
        row[f"{name}_seconds"] = run["seconds"]
        row[f"{name}_pages_per_s"] = pages / run["seconds"]
        row[f"{name}_ratio"] = row[f"{name}_pages_per_s"] / row["baseline_pages_per_s"]
        row[f"{name}_peak_mb"] = run["peak_tree_mb"]
        row[f"{name}_peak_process_mb"] = run["peak_process_mb"]
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of PDFs (the dev corpus)")
    parser.add_argument("--min-pages", type=int, default=500, help="pages in the large corpus, at least")
    parser.add_argument("--big-pages", type=int, default=200, help="pages of the one big report")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each measurement; the best counts")
    parser.add_argument("--skip-large", action="store_true", help="only the small corpus")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)

    corpus = sorted(args.corpus.glob("*.pdf"))
    if not corpus:
        print(f"no PDFs in {args.corpus}", file=sys.stderr)
        return 2
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"machine: {cores} cores, Python {sys.version.split()[0]}; load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}" if hasattr(os, "getloadavg") else "")
    ceiling = machine_ceiling(cores) if cores > 1 else 1.0
    print(f"machine ceiling: {cores} CPU-bound processes run {ceiling:.2f}x one after another, now")
    rows = []
    with tempfile.TemporaryDirectory(prefix="iro-bench-") as tmp:
        scratch = Path(tmp)
        small = scratch / "small"
        small.mkdir()
        for f in corpus:  # symlinks: the same bytes, a folder of their own
            (small / f.name).symlink_to(f.resolve())
        rows.append(bench_corpus("small", sorted(small.glob("*.pdf")), small, args.repeat, scratch))
        print(_format(rows[-1]), flush=True)
        big_row = None
        if not args.skip_large:
            files, big = build_large(corpus, scratch / "large", args.min_pages, args.big_pages)
            rows.append(bench_corpus("large", files, scratch / "large", args.repeat, scratch))
            print(_format(rows[-1]), flush=True)
            single = scratch / "single"
            single.mkdir()
            shutil.copy(big, single / big.name)
            run = best_of(args.repeat, lambda: run_pipeline(single, 1, scratch))
            big_row = {"pages": page_count(big), "seconds": run["seconds"],
                       "peak_tree_mb": run["peak_tree_mb"], "peak_process_mb": run["peak_process_mb"]}
            print(f"\n{big_row['pages']}-page report alone (--workers 1): {run['seconds']:.1f} s, "
                  f"peak memory {run['peak_tree_mb']:.0f} MB for the run (parent + worker), "
                  f"{run['peak_process_mb']:.0f} MB the largest process "
                  f"[{'OK' if run['peak_tree_mb'] <= 350 else 'OVER'} the 350 MB target]")
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "big_document": big_row, "machine_ceiling": ceiling}, indent=2))
    print("\ntargets:")
    for label, value, target in targets(rows, big_row):
        print(f"  {label:62} {value:8.2f}  [{'OK' if value >= target else 'BELOW'} target {target}]")
    print(f"  (workers can gain at most the machine ceiling, {ceiling:.2f}x, less each worker's start-up)")
    return 0


def targets(rows: list[dict], big_row: dict | None) -> list[tuple[str, float, float]]:
    """(what, measured, target) for each speed and memory target, higher is better
    (memory is given as headroom: target MB / measured MB)."""
    by = {r["corpus"]: r for r in rows}
    out = [("small corpus, 1 worker, cold: x pdfplumber text-only", by["small"]["pipeline_serial_ratio"], 1.5)]
    if "large" in by:
        large = by["large"]
        out += [("large corpus, 1 worker: x pdfplumber text-only", large["pipeline_serial_ratio"], 3.0),
                ("large corpus, default workers: x one worker",
                 large["pipeline_pages_per_s"] / large["pipeline_serial_pages_per_s"], 1.8)]
    if big_row:
        out.append(("200-page report: 350 MB / peak MB of the run", 350 / big_row["peak_tree_mb"], 1.0))
    return out


def _format(row: dict) -> str:
    lines = [f"\n{row['corpus']} corpus: {row['files']} files, {row['pages']} pages",
             f"  {'':28} {'seconds':>8} {'pages/s':>9} {'ratio':>7} {'peak MB (tree / process)':>26}",
             f"  {'pdfplumber extract_text':28} {row['baseline_seconds']:8.2f} "
             f"{row['baseline_pages_per_s']:9.1f} {1:7.2f} {row['baseline_peak_mb']:12.0f}"]
    for name, label in (("pipeline", "iro extract (default -j)"), ("pipeline_serial", "iro extract --workers 1")):
        lines.append(f"  {label:28} {row[f'{name}_seconds']:8.2f} {row[f'{name}_pages_per_s']:9.1f} "
                     f"{row[f'{name}_ratio']:7.2f} {row[f'{name}_peak_mb']:12.0f} / "
                     f"{row[f'{name}_peak_process_mb']:.0f}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
