"""The Windows version resource of both programs, made from ``fgc_desktop.__version__``.

Explorer's Properties > Details shows it, and the installer reads the product
version back from the built program, so the version is written in one place.
"""

from __future__ import annotations

import re
from typing import Any

from fgc_desktop import __version__

COMPANY = "FGC Desktop contributors"
PRODUCT = "FGC Desktop"
DESCRIPTION = "FGC Desktop: plan and record family group conferences"
ENGLISH_UK_UNICODE = "080904B0"  # language 0x0809 (English, UK), code page 1200 (Unicode)


def numbers(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` or ``1.2.3rc1`` as the four numbers Windows keeps: (0, 1, 0, 0), (1, 2, 3, 0)."""
    found = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:3]]
    padded = [*found, 0, 0, 0, 0][:4]
    return padded[0], padded[1], padded[2], padded[3]


def version_info(program: str, version: str = __version__) -> Any:
    """The resource for ``program`` (its file name without ``.exe``).

    PyInstaller's resource classes need ``pefile``, which it installs on
    Windows only; elsewhere the spec builds without a version resource.
    """
    from PyInstaller.utils.win32.versioninfo import (  # type: ignore[import-untyped]
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    four = numbers(version)
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=four, prodvers=four),
        kids=[
            StringFileInfo([StringTable(ENGLISH_UK_UNICODE, [
                StringStruct("CompanyName", COMPANY),
                StringStruct("FileDescription", DESCRIPTION),
                StringStruct("FileVersion", version),
                StringStruct("InternalName", program),
                StringStruct("OriginalFilename", f"{program}.exe"),
                StringStruct("ProductName", PRODUCT),
                StringStruct("ProductVersion", version),
                StringStruct("LegalCopyright", "MIT licence"),
            ])]),
            VarFileInfo([VarStruct("Translation", [0x0809, 1200])]),
        ],
    )
