"""The package layout follows the pipeline: imports go downward only, and there is no cycle."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "extractor"
# a stage may import the stages of a lower rank (and its own), never a higher one
RANK = {"__version__": 0, "model": 0, "paths": 0, "periods": 0, "pattern_files": 0, "read": 1, "figures": 2, "run": 3, "data": 3,
        "reports": 4, "audit": 4, "review": 4, "cli": 5}


def _stage(module: Path) -> str:
    parts = module.relative_to(PACKAGE).with_suffix("").parts
    return parts[0]


def _imports(module: Path) -> list[tuple[str, int]]:
    """(stage imported, line) for every import of another part of the package."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    package = list(module.relative_to(PACKAGE).parent.parts)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - (node.level - 1)] if node.level > 1 else package
                target = base + (node.module.split(".") if node.module else [])
                names = [target] if node.module else [target + [a.name] for a in node.names]
            elif node.module and node.module.startswith("extractor."):
                names = [node.module.split(".")[1:]]
            else:
                continue
            found += [(parts[0], node.lineno) for parts in names if parts]
        elif isinstance(node, ast.Import):
            found += [(a.name.split(".")[1], node.lineno) for a in node.names if a.name.startswith("extractor.")]
    return found


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if p.parent != PACKAGE or p.stem not in {"__init__"})


def test_a_handful_of_packages_not_dozens_of_modules():
    top = [p for p in PACKAGE.glob("*.py") if p.stem != "__init__"]
    assert len(top) <= 3, [p.name for p in top]
    assert {p.name for p in PACKAGE.iterdir() if (p / "__init__.py").exists()} >= {
        "read", "figures", "run", "data", "reports", "audit", "cli"}


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_go_downward(module):
    stage = _stage(module)
    for imported, line in _imports(module):
        assert imported in RANK, f"{module}:{line} imports unknown part {imported}"
        assert RANK[imported] <= RANK[stage], f"{module}:{line}: {stage} imports {imported}, a later stage"
        if RANK[imported] == RANK[stage] and imported != stage:
            pytest.fail(f"{module}:{line}: {stage} imports {imported}, a sibling stage")


def test_every_package_says_what_it_takes_and_gives():
    for init in PACKAGE.glob("*/__init__.py"):
        if init.parent.name == "pattern_files":
            continue
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and len(doc) > 60, init
