"""ruff and mypy pass with the project's own settings, and only ui/ imports Qt."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "fgc_desktop"


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).parent / name
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: install the project with its [test] extra")
    return found


def test_ruff_passes() -> None:
    result = subprocess.run(
        [_tool("ruff"), "check", "fgc_desktop", "tests", "benchmarks"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_passes() -> None:
    result = subprocess.run(
        [_tool("mypy")], cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_the_ui_imports_qt() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        and any(name.startswith("PySide6") for name in _imports(path))
    ]
    assert offenders == []


ALLOWED_BELOW = {"domain": ("fgc_desktop.i18n.catalogue",)}
"""Modules a layer may import although they sit in a forbidden package.

The domain marks its messages with the interface catalogue's ``_()``; the
catalogue imports nothing of the app but :mod:`fgc_desktop.paths`.
"""


def test_lower_layers_do_not_import_upper_ones() -> None:
    upper = {
        "domain": ("fgc_desktop.store", "fgc_desktop.services", "fgc_desktop.ui",
                   "fgc_desktop.casefile", "fgc_desktop.i18n", "fgc_desktop.guidance"),
        "store": ("fgc_desktop.services", "fgc_desktop.ui", "fgc_desktop.casefile"),
        "casefile": ("fgc_desktop.services", "fgc_desktop.ui"),
        "guidance": ("fgc_desktop.services", "fgc_desktop.ui", "fgc_desktop.casefile"),
        "services": ("fgc_desktop.ui",),
        "disclosure": ("fgc_desktop.services", "fgc_desktop.ui", "fgc_desktop.casefile"),
    }
    offenders = []
    for layer, forbidden in upper.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            allowed = ALLOWED_BELOW.get(layer, ())
            bad = [name for name in _imports(path)
                   if name.startswith(forbidden) and name not in allowed]
            if bad:
                offenders.append(f"{path.relative_to(ROOT)} imports {bad}")
    assert offenders == []


def test_the_interface_catalogue_imports_nothing_of_the_domain() -> None:
    """The domain may import the catalogue only while the catalogue stays below it."""
    app_imports = {
        name
        for module in ("i18n/catalogue.py", "paths.py")
        for name in _imports(PACKAGE / module)
        if name.startswith("fgc_desktop")
    }
    assert app_imports <= {"fgc_desktop.paths"}
