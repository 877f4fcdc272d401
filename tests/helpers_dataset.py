"""Made-up extraction results for dataset, benchmark and summary tests."""
from __future__ import annotations

import hashlib
from pathlib import Path

from extractor.model import CONFIDENT, DocumentRecord, ExtractionResult, Figure

SHARED = Path(__file__).resolve().parents[2] / "shared"
REFERENCE = SHARED / "reference"
CORPUS = SHARED / "corpus"


def fig(metric: str, value: float, period: str = "2016-17", *, comparator: str = "la", page: int = 1,
        method: str = "text", confidence: float = 0.8, value_high: float | None = None,
        unit: str = "children", evidence: str = "") -> dict:
    return dict(metric=metric, value=value, period=period, comparator=comparator, page=page, method=method,
                confidence=confidence, value_high=value_high, unit=unit,
                evidence=evidence or f"{metric} was {value}")


def result(doc: str, council: str, la_number: int | None, period: str, figures: list[dict], *,
           region: str = "West Midlands", content: str | None = None, kind: str = "annual_report",
           path: str | None = None) -> ExtractionResult:
    """An ExtractionResult whose sha256 is that of ``content`` (default: the doc id)."""
    sha = hashlib.sha256((content or doc).encode()).hexdigest()
    record = DocumentRecord(doc=doc, path=path or f"/reports/{doc}.pdf", sha256=sha, pages=10, council=council,
                            la_number=la_number, region=region, period=period, kind=kind,
                            figures=len(figures))
    return ExtractionResult(record, [
        # figures stated as fact in these fixtures: confident unless a test says otherwise
        Figure(doc=doc, council=council, la_number=la_number, rule="test", **{"status": CONFIDENT, **f})
        for f in figures
    ])


_CORPUS_RESULTS: list | None = None


def corpus_results() -> list[ExtractionResult]:
    """The real pipeline run once over ../shared/corpus (skips when it cannot run)."""
    import pytest

    global _CORPUS_RESULTS
    if _CORPUS_RESULTS is None:
        if not CORPUS.exists() or not REFERENCE.exists():
            pytest.skip("../shared/corpus or ../shared/reference not present")
        try:
            from extractor.run.pipeline import extract_paths
        except ImportError as exc:
            pytest.skip(f"extraction pipeline not importable: {exc}")
        _CORPUS_RESULTS = list(extract_paths([CORPUS]))
    return _CORPUS_RESULTS
