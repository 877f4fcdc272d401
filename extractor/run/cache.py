"""Per-document result cache, so a re-run skips files it has already done.

One pickle of the ``ExtractionResult`` per document, named by the sha256 of
the PDF's bytes and the tool version: ``<dir>/<sha256>-<version>.pkl``.  A
file is written to a temporary name and renamed into place, so a run killed
mid-write never leaves a half file that a later run would trust; a cache
file that cannot be loaded counts as a miss.

The tool version is the package version plus a short fingerprint of the
extractor's source and the ``patterns/`` data, so editing a pattern or a
stage invalidates the cache without anyone bumping a number.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from .. import __version__
from ..model import ExtractionResult
from ..paths import patterns_dir

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # the whole extractor package
HASH_CHUNK = 1 << 20


def file_sha256(path: Path) -> str | None:
    """sha256 of a file's bytes, or None when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            while chunk := f.read(HASH_CHUNK):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


@lru_cache(maxsize=1)
def tool_version() -> str:
    """``<package version>+<12 hex digits of the code and pattern fingerprint>``."""
    digest = hashlib.sha256()
    files = sorted(PACKAGE_DIR.rglob("*.py"))
    pdir = patterns_dir()
    if pdir.is_dir():
        files += sorted(p for p in pdir.rglob("*") if p.is_file())
    for f in files:
        try:
            data = f.read_bytes()
        except OSError:
            continue
        digest.update(f.name.encode() + b"\0" + data + b"\0")
    return f"{__version__}+{digest.hexdigest()[:12]}"


def relabel(result: ExtractionResult, path: Path) -> ExtractionResult:
    """The result for the same bytes found under another file name.

    Extraction reads only the content (never the file name), so a cached
    result holds for any copy of the file once its doc id and path are the
    current ones.
    """
    path = Path(path)
    if result.record.doc == path.stem and result.record.path == str(path):
        return result
    record = replace(result.record, doc=path.stem, path=str(path))
    figures = [replace(f, doc=path.stem) for f in result.figures]
    return ExtractionResult(record, figures, result.tables)


class ResultCache:
    def __init__(self, directory: Path, version: str | None = None):
        self.directory = Path(directory)
        self.version = version or tool_version()

    def file_for(self, sha256: str) -> Path:
        return self.directory / f"{sha256}-{self.version}.pkl"

    def get(self, sha256: str | None, path: Path) -> ExtractionResult | None:
        if not sha256:
            return None
        try:
            with open(self.file_for(sha256), "rb") as f:
                result = pickle.load(f)
        except FileNotFoundError:
            return None
        except Exception:  # a damaged or foreign cache file is a miss
            return None
        if not isinstance(result, ExtractionResult):
            return None
        return relabel(result, path)

    def put(self, sha256: str | None, result: ExtractionResult) -> None:
        """Store atomically: temp file in the same folder, fsync, rename."""
        if not sha256:
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        target = self.file_for(sha256)
        fd, tmp = tempfile.mkstemp(prefix=f".{sha256[:16]}-", suffix=".tmp", dir=self.directory)
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(result, f, protocol=pickle.HIGHEST_PROTOCOL)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, target)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
