"""Backing up and restoring the local database.

A backup is one file holding the whole database, taken while the app is in
use. Once a day the app keeps one by itself, and keeps the newest few. A
restore first shows what a backup holds; replacing the database keeps the old
one aside, so a restore can itself be undone. A team on a database server
relies on that server's own backups instead.

Restoring needs the database closed: call ``db.close()`` first, then
:func:`restore_backup`, then open a new :class:`Database`, which brings an older
backup's data up to date.
"""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from fgc_desktop import __version__
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.text import N_
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.settings import get_setting
from fgc_desktop.settings import read_database_url
from fgc_desktop.store.database import DATABASE_FILE, Database
from fgc_desktop.store.sealing import (
    BackupHeader,
    read_backup_file,
    read_backup_header,
    write_backup_file,
)
from fgc_desktop.store.snapshot import (
    SnapshotSummary,
    check_revision_is_known,
    copy_database,
    open_copy,
    replace_database_file,
    schema_revision,
    summarise,
)

BACKUP_SUFFIX = ".fgcbackup"
BACKUPS_FOLDER = "backups"
_AUTOMATIC = "fgc-backup-auto-"
_BY_HAND = "fgc-backup-"
_STAMP = "%Y%m%d-%H%M%S"
SERVER_BACKUPS = N_(
    "Your team's data is on a database server. Backups and restores are made on the "
    "server itself: ask whoever looks after the server."
)
"""Marked for translation; show it with ``_(SERVER_BACKUPS)``."""


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds, shown before anything is replaced."""

    path: Path
    made_at: datetime
    sealed: bool
    summary: SnapshotSummary

    @property
    def conference_count(self) -> int:
        return len(self.summary.conferences)


def on_server(db: Database) -> bool:
    return not db.is_sqlite


def backups_folder(db: Database, data_dir: Path) -> Path:
    """The folder chosen in the settings, else ``backups`` in the data folder."""
    chosen = str(get_setting(db, "backup_folder")).strip()
    return Path(chosen).expanduser() if chosen else data_dir / BACKUPS_FOLDER


def suggested_name(now: datetime | None = None) -> str:
    return f"{_BY_HAND}{(now or datetime.now()).strftime(_STAMP)}{BACKUP_SUFFIX}"


def make_backup(db: Database, target: Path, passphrase: str = "") -> Path:
    """Writes the whole database to ``target``, consistently, while it is in use.

    The copy is checked whole before it is written, so a fault in the database
    stops the backup rather than rotating a good one away.
    """
    if on_server(db):
        raise UserError(_(SERVER_BACKUPS))
    if target.suffix != BACKUP_SUFFIX:
        target = target.with_name(target.name + BACKUP_SUFFIX)
    data = copy_database(_database_path(db))
    with closing(open_copy(data, checked=False)) as copy:
        revision = schema_revision(copy)
    header = BackupHeader(
        made_at=datetime.now().astimezone(), schema_revision=revision,
        app_version=__version__, sealed=bool(passphrase),
    )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_backup_file(target, data, header, passphrase)
    except OSError as error:
        raise UserError(_(
            "The backup could not be written to {folder} ({reason}). "
            "Choose another folder, or free some space."
        ).format(folder=target.parent, reason=error.strerror or error)) from error
    return target


def backup_if_due(db: Database, data_dir: Path, now: datetime | None = None) -> Path | None:
    """Makes today's automatic backup unless there is one; keeps the newest few.

    Returns the new backup, or None when none was due (or the data is on a server).
    """
    if on_server(db):
        return None
    now = now or datetime.now()
    folder = backups_folder(db, data_dir)
    automatic = automatic_backups(folder)
    if automatic and automatic[0].name.startswith(f"{_AUTOMATIC}{now:%Y%m%d}"):
        return None
    made = make_backup(db, folder / f"{_AUTOMATIC}{now.strftime(_STAMP)}{BACKUP_SUFFIX}")
    keep = int(get_setting(db, "backup_keep"))
    for old in automatic_backups(folder)[keep:]:
        old.unlink(missing_ok=True)
    return made


def automatic_backups(folder: Path) -> list[Path]:
    """The app's own daily backups in ``folder``, newest first."""
    return sorted(folder.glob(f"{_AUTOMATIC}*{BACKUP_SUFFIX}"), reverse=True)


def list_backups(folder: Path) -> list[Path]:
    """Every backup in ``folder``, newest first by the time it was written."""
    found = [path for path in folder.glob(f"*{BACKUP_SUFFIX}") if path.is_file()]
    return sorted(found, key=lambda path: path.stat().st_mtime, reverse=True)


def needs_passphrase(path: Path) -> bool:
    return read_backup_header(path).sealed


def read_backup(path: Path, passphrase: str = "") -> BackupContents:
    """What ``path`` holds, read without changing anything."""
    header, data = read_backup_file(path, passphrase)
    with closing(open_copy(data)) as copy:
        summary = summarise(copy)
    check_revision_is_known(summary.schema_revision)
    return BackupContents(path=path, made_at=header.made_at, sealed=header.sealed,
                          summary=summary)


def restore_backup(
    path: Path, data_dir: Path, passphrase: str = "", now: datetime | None = None
) -> Path | None:
    """Replaces the local database with the backup at ``path``.

    The database must be closed first (``db.close()``). Returns where the
    replaced database was kept, or None if there was none.
    """
    live = _live_database(data_dir)
    _header, data = read_backup_file(path, passphrase)
    with closing(open_copy(data)) as copy:
        check_revision_is_known(schema_revision(copy))
        stamp = (now or datetime.now()).strftime(_STAMP)
        aside = live.with_name(f"{live.stem}-replaced-{stamp}{live.suffix}")
        try:
            return replace_database_file(copy, live, aside)
        except OSError as error:
            raise UserError(_(
                "The database could not be replaced ({reason}). "
                "Close every other copy of FGC Desktop, then try again. "
                "Your data has not been changed."
            ).format(reason=error.strerror or error)) from error


def _live_database(data_dir: Path) -> Path:
    """The local database file, or a refusal when the data is on a server."""
    url = read_database_url(data_dir)
    if not url:
        return data_dir / DATABASE_FILE
    try:
        parsed = make_url(url)
    except ArgumentError:
        parsed = None
    if parsed is None or parsed.get_backend_name() != "sqlite" or not parsed.database:
        raise UserError(_(SERVER_BACKUPS))
    return Path(parsed.database)


def _database_path(db: Database) -> Path:
    return Path(db.url.database or "")
