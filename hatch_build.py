"""Compiles the translation catalogues into the wheel, so users need no build step.

The repository keeps only the ``.po`` sources; each becomes a ``.mo`` beside
it inside ``fgc_desktop/translations/`` in the built package.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileCatalogues(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        source = Path(self.root) / "translations"
        output = Path(tempfile.mkdtemp(prefix="fgc-catalogues-"))
        for po_path in sorted(source.rglob("*.po")):
            relative = po_path.relative_to(source).with_suffix(".mo")
            mo_path = output / relative
            mo_path.parent.mkdir(parents=True, exist_ok=True)
            with po_path.open("rb") as po_file:
                messages = read_po(po_file)
            with mo_path.open("wb") as mo_file:
                write_mo(mo_file, messages)
            build_data["force_include"][str(mo_path)] = (
                f"fgc_desktop/translations/{relative.as_posix()}"
            )
