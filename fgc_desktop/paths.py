"""Where the app finds its own files and where it keeps the user's data.

Installed from a wheel, ``resources/`` and ``translations/`` sit inside the
package; run from a checkout, they sit beside it. Either way the app finds them
from any working directory.
"""

import os
from pathlib import Path

import platformdirs

APP_NAME = "FGC Desktop"
DATA_DIR_ENV = "FGC_DATA_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / name


def resources_dir() -> Path:
    return _bundled("resources")


def translations_dir() -> Path:
    return _bundled("translations")


def migrations_dir() -> Path:
    return _PACKAGE_DIR / "store" / "migrations"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder for the database, backups and the service's own overrides.

    ``--data-dir`` wins, then ``FGC_DATA_DIR``, then the platform's user data
    folder (``%LOCALAPPDATA%\\FGC Desktop`` on Windows).
    """
    chosen = override or os.environ.get(DATA_DIR_ENV)
    if chosen:
        path = Path(chosen).expanduser().resolve()
    else:
        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
