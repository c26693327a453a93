"""Documents are made from a recipient's view alone: no database, no services, no Qt."""

import ast
from pathlib import Path

DOCUMENTS = Path(__file__).resolve().parents[2] / "fgc_desktop" / "documents"
NOT_HERE = ("fgc_desktop.store", "fgc_desktop.services", "fgc_desktop.ui", "sqlalchemy",
            "PySide6")


def test_no_document_module_reaches_the_database_or_the_window() -> None:
    offenders = []
    for path in DOCUMENTS.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module] if isinstance(node, ast.ImportFrom) and node.module
                     else [])
            offenders += [f"{path.name}: {name}" for name in names if name.startswith(NOT_HERE)]
    assert offenders == []
