"""A plain ``pip install .`` carries everything the app needs, found from any folder."""

import importlib.metadata
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

NEEDED = (
    "fgc_desktop/resources/icons/LICENSE-tabler.txt",
    "fgc_desktop/translations/README.md",
    "fgc_desktop/translations/cy/LC_MESSAGES/fgc_documents.mo",
    "fgc_desktop/translations/ar/LC_MESSAGES/fgc_documents.mo",
    "fgc_desktop/store/migrations/env.py",
    "fgc_desktop/store/migrations/versions/0001_initial_schema.py",
    "fgc_desktop/casefile/schema.json",
)


def _installed_files() -> set[str]:
    try:
        files = importlib.metadata.files("fgc-desktop") or []
    except importlib.metadata.PackageNotFoundError:
        pytest.fail("fgc-desktop is not installed: run the README's test command")
    return {file.as_posix() for file in files}


def test_the_installed_package_carries_resources_translations_and_migrations() -> None:
    installed = _installed_files()
    missing = [name for name in NEEDED if name not in installed]
    assert missing == []


def test_the_installed_command_runs_from_any_folder(tmp_path: Path) -> None:
    command = Path(sys.executable).parent / "fgc-desktop"
    found = str(command) if command.exists() else shutil.which("fgc-desktop")
    assert found, "the fgc-desktop command was not installed"
    elsewhere = tmp_path / "somewhere else"
    elsewhere.mkdir()
    environment = {**os.environ, "FGC_DATA_DIR": str(tmp_path / "data")}
    for arguments in (["--version"], ["demo"], ["list"]):
        result = subprocess.run(
            [found, *arguments], cwd=elsewhere, env=environment,
            capture_output=True, text=True, check=False,
        )
        assert result.returncode == 0, result.stderr
    assert "DEMO-" in result.stdout
