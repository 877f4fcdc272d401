"""Fit the confidence model (patterns/confidence.toml) on the gold evaluation sets.

    python scripts/calibrate.py [--target 0.98] [--dry-run]

Extracts every set (the sample corpus, the hold-out sets, tests/real and, when
present, ../shared), labels each predicted figure right or wrong against its
gold rows, fits a logistic model of rightness on the figures' signals
(Newton's method, each weight pulled towards the prior written in
``scripts/confidence_prior.toml``: the written sets have been tuned against,
so on its own their evidence would call nearly everything right), and picks the lowest threshold at which the
figures above it reach ``--target`` precision on real council text (tests/real
and ../shared) and on all sets together. Rewrites the weights, intercept and
threshold in patterns/confidence.toml, keeping its header, and prints the
calibration table. Real text counts ``REAL_WEIGHT`` times: it is what the tool
meets, while the written sets have been tuned against.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.reports.evaluate import calibration_table, labelled  # noqa: E402

CONFIG = ROOT / "patterns" / "confidence.toml"
PRIOR = ROOT / "scripts" / "confidence_prior.toml"
REAL_WEIGHT = 3.0
L2 = 10.0  # how strongly each weight keeps to its prior


def gold_sets() -> list[tuple[str, Path, Path, bool]]:
    """(name, gold folder, PDF folder, real text) for every set present."""
    sets = [("corpus", ROOT / "corpus", ROOT / "corpus", False)]
    sets += [(p.name, p, p, False) for p in sorted((ROOT / "tests").glob("holdout*")) if p.is_dir()]
    if (ROOT / "tests" / "real" / "figures.csv").exists():
        sets.append(("real", ROOT / "tests" / "real", ROOT / "tests" / "real" / "pdf", True))
    shared = ROOT.parent / "shared"
    if (shared / "gold" / "figures.csv").exists():
        sets.append(("shared", shared / "gold", shared / "corpus", True))
    return sets


def extract(pdfs: Path, out: Path) -> None:
    subprocess.run([sys.executable, "-m", "extractor.cli", "extract", str(pdfs), "--out", str(out)],
                   check=True, cwd=ROOT, capture_output=True)


def signal_names() -> list[str]:
    text = CONFIG.read_text()
    weights = text[text.index("[weights]"):]
    return re.findall(r"^(\w+)\s*=", weights, re.MULTILINE)


def design(figures: pd.DataFrame, names: list[str]) -> np.ndarray:
    held = figures["signals"].fillna("").str.split()
    return np.array([[1.0 if n in s else 0.0 for n in names] for s in held])


def prior(names: list[str]) -> tuple[float, np.ndarray]:
    import tomllib

    data = tomllib.loads(PRIOR.read_text())
    return float(data["intercept"]), np.array([float(data["weights"].get(n, 0.0)) for n in names])


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, centre: np.ndarray) -> tuple[float, np.ndarray]:
    """Weighted logistic regression, each weight pulled towards ``centre`` (the prior) by an
    L2 penalty; the intercept is free."""
    xb = np.hstack([np.ones((len(x), 1)), x])
    beta = np.concatenate([[0.0], centre])
    penalty = np.full(xb.shape[1], L2)
    penalty[0] = 0.0
    anchor = np.concatenate([[0.0], centre])
    for _ in range(50):
        p = 1 / (1 + np.exp(-xb @ beta))
        gradient = xb.T @ (w * (y - p)) - penalty * (beta - anchor)
        hessian = (xb * (w * p * (1 - p))[:, None]).T @ xb + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        beta += step
        if np.abs(step).max() < 1e-8:
            break
    return float(beta[0]), beta[1:]


def threshold_for(figures: pd.DataFrame, target: float) -> float:
    """The lowest confidence whose figures at or above it are right at least ``target`` of
    the time, on real text and on all sets together."""
    candidates = sorted(set(figures["p"].round(3)))
    for t in candidates:
        ok = True
        for part in (figures[figures["real"]], figures):
            above = part[part["p"] >= t]
            if len(above) and above["right"].mean() < target:
                ok = False
        if ok:
            return float(t)
    return 1.0


def write_config(intercept: float, weights: dict[str, float], threshold: float) -> None:
    text = CONFIG.read_text()
    header = text[:text.index("threshold =")]
    body = f"threshold = {threshold:.3f}\nintercept = {intercept:.3f}\n\n[weights]\n"
    body += "".join(f"{name} = {value:.3f}\n" for name, value in weights.items())
    CONFIG.write_text(header + body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", type=float, default=0.98, help="precision of confident figures to reach")
    parser.add_argument("--dry-run", action="store_true", help="print, do not rewrite the config")
    args = parser.parse_args()
    names = signal_names()
    frames = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, gold, pdfs, real in gold_sets():
            out = Path(tmp) / name
            extract(pdfs, out)
            frames.append(labelled(gold, out).assign(set=name, real=real))
    figures = pd.concat(frames, ignore_index=True)
    x, y = design(figures, names), figures["right"].to_numpy(float)
    w = np.where(figures["real"], REAL_WEIGHT, 1.0)
    intercept, beta = fit(x, y, w, prior(names)[1])
    figures["p"] = 1 / (1 + np.exp(-(intercept + x @ beta)))
    threshold = threshold_for(figures, args.target)
    figures["confidence"] = figures["p"]
    print(calibration_table(figures).to_string(index=False))
    for label, part in (("real text", figures[figures["real"]]), ("all sets", figures)):
        sure = part[part["p"] >= threshold]
        print(f"{label}: {len(part)} figures, {len(sure)} confident at threshold {threshold:.3f}, "
              f"precision {sure['right'].mean():.3f}")
    weights = dict(zip(names, (float(b) for b in beta)))
    print("weights:", {k: round(v, 2) for k, v in weights.items()}, "intercept", round(intercept, 2))
    if not args.dry_run:
        write_config(intercept, weights, threshold)
        print(f"wrote {CONFIG.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
