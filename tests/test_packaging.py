"""What a wheel ships: every subpackage and the pattern data.

`.ci/run` builds the wheel and runs it in a fresh environment; these tests catch
the usual cause of a broken wheel (a new subpackage missing from pyproject's
list) in seconds, and check that pattern data is found the way a wheel finds it.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _setuptools() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]


def test_every_subpackage_is_listed_for_the_wheel():
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "extractor").rglob("__init__.py")}
    listed = set(_setuptools()["packages"])
    assert found <= listed, f"not in pyproject's packages: {sorted(found - listed)}"


def test_pattern_files_ship_as_package_data():
    settings = _setuptools()
    assert settings["package-dir"]["extractor.pattern_files"] == "patterns"
    globs = settings["package-data"]["extractor.pattern_files"]
    shipped = {p.name for g in globs for p in (ROOT / "patterns").glob(g)}
    on_disk = {p.name for p in (ROOT / "patterns").iterdir() if p.is_file() and p.suffix != ".py"}
    assert shipped == on_disk


def test_py_typed_exists_as_declared():
    assert "py.typed" in _setuptools()["package-data"]["extractor"]
    assert (ROOT / "extractor" / "py.typed").exists()


def test_patterns_are_read_through_importlib_resources(monkeypatch):
    from extractor.paths import patterns_dir

    monkeypatch.delenv("IRO_PATTERNS", raising=False)
    assert (patterns_dir() / "metrics.toml").is_file()


def test_iro_patterns_points_at_a_users_copy(tmp_path):
    """IRO_PATTERNS names the folder the tool reads instead of its own."""
    copy = tmp_path / "mine"
    shutil.copytree(ROOT / "patterns", copy)
    env = {"IRO_PATTERNS": str(copy), "PYTHONPATH": str(ROOT)}
    code = "from extractor.paths import patterns_dir; print(patterns_dir())"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert Path(out.stdout.strip()) == copy
