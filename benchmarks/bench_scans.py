"""Scanned reports against their text PDFs: recall, precision and OCR speed.

    python benchmarks/bench_scans.py [--corpus ../shared/corpus] [--kinds 150,100,rotated,noisy,50]

Each PDF in --corpus is rasterised with pdftoppm and rebuilt as an image-only
PDF (no text layer), in each kind of scan:

  300, 150, 100, 50   scanned at that resolution
  rotated        150 dpi, turned by 1.5 degrees (a page fed askew)
  noisy          150 dpi with speckle (dust and toner dots)

Both the text PDFs and the scans go through ``iro extract``; a scan's figures
are scored against the text PDF's (doc, metric, period, comparator, value):
recall is the share of the text PDF's figures the scan also gives, precision
the share of the scan's figures the text PDF gives. It prints a row per
kind with OCR pages per second and the peak memory of the run's largest
process (the worker's, as OCR runs there), and each document's warnings.
"""
from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_extract import page_count  # noqa: E402  (the benchmarks are scripts, not a package)

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
KEY = ("doc", "metric", "period", "comparator", "value", "value_high")


def rasterise(pdf: Path, out: Path, dpi: int, rotate: float = 0.0, noise: float = 0.0) -> Path:
    """An image-only copy of ``pdf``: pages rendered by pdftoppm, saved as one image PDF."""
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), f"{tmp}/p"], check=True)
        pages = []
        for png in sorted(Path(tmp).glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1])):
            image = Image.open(png).convert("L")
            if rotate:
                image = image.rotate(rotate, expand=True, fillcolor=255, resample=Image.BICUBIC)
            if noise:
                image = speckle(image, noise)
            pages.append(image)
        pages[0].save(out, save_all=True, append_images=pages[1:], resolution=dpi)
    return out


def speckle(image, share: float):
    """Dark and light dots over ``share`` of the pixels (seeded: the same every run)."""
    rng = random.Random(7)
    pixels = image.load()
    width, height = image.size
    for _ in range(int(share * width * height)):
        x, y = rng.randrange(width), rng.randrange(height)
        pixels[x, y] = 0 if rng.random() < 0.5 else 255
    return image


def extract(folder: Path, out: Path) -> tuple[float, float]:
    """Seconds, and the peak memory (MB) of the largest process of the run (wait4's
    ru_maxrss covers the workers the run waited for)."""
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "extractor.cli", "extract", str(folder), "--out", str(out),
                                "--no-progress", "--no-cache"], cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"iro extract failed on {folder}")
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def figures(out: Path) -> set[tuple]:
    with (out / "figures.csv").open(newline="", encoding="utf-8") as fh:
        return {tuple(_norm(r[k]) for k in KEY) for r in csv.DictReader(fh)}


def _norm(value: str) -> str:
    try:
        return f"{float(value):g}"
    except ValueError:
        return value


def warnings(out: Path) -> dict[str, str]:
    with (out / "documents.csv").open(newline="", encoding="utf-8") as fh:
        return {r["doc"]: r.get("warnings", "") for r in csv.DictReader(fh)}


KINDS = {"300": dict(dpi=300), "150": dict(dpi=150), "100": dict(dpi=100), "50": dict(dpi=50),
         "rotated": dict(dpi=150, rotate=1.5), "noisy": dict(dpi=150, noise=0.002)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--kinds", default="300,150,100,rotated,noisy,50")
    parser.add_argument("--keep", type=Path, help="keep the scans and outputs in this folder")
    args = parser.parse_args(argv)
    if not shutil.which("pdftoppm"):
        print("pdftoppm is not installed (apt-get install poppler-utils)", file=sys.stderr)
        return 2
    pdfs = sorted(args.corpus.glob("*.pdf"))
    work = Path(tempfile.mkdtemp(prefix="iro-scans-")) if not args.keep else args.keep
    work.mkdir(parents=True, exist_ok=True)
    try:
        text_out = work / "text-out"
        extract(args.corpus, text_out)  # the text PDFs' figures are the answer
        truth = figures(text_out)
        print(f"{len(pdfs)} text PDFs: {len(truth)} figures\n")
        print(f"{'scan':10} {'pages':>5} {'recall':>7} {'precision':>9} {'seconds':>8} {'pages/s':>8} "
              f"{'peak MB':>8}")
        for kind in args.kinds.split(","):
            folder = work / f"scan-{kind}"
            folder.mkdir(exist_ok=True)
            for pdf in pdfs:
                rasterise(pdf, folder / pdf.name, **KINDS[kind])
            out = work / f"out-{kind}"
            seconds, peak = extract(folder, out)
            found = figures(out)
            pages = sum(page_count(p) for p in folder.glob("*.pdf"))
            recall = len(found & truth) / len(truth) if truth else 1.0
            precision = len(found & truth) / len(found) if found else 1.0
            print(f"{kind:10} {pages:5} {recall:7.3f} {precision:9.3f} {seconds:8.1f} {pages / seconds:8.2f} "
                  f"{peak:8.0f}")
            for doc, text in warnings(out).items():
                if text:
                    print(f"    {doc}: {text}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
