"""Importing and exporting case files from the File menu, with the file dialogs around them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.store.database import Database
from fgc_desktop.ui.folders import documents_folder


def _file_filter() -> str:
    return _("Case files (*.json);;All files (*)")


def _problem(error: Exception) -> str:
    """A user error as written; a file system error as its reason and the file's name."""
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        return _("{reason}: {file}. Choose another file or folder.").format(
            reason=reason, file=error.filename or "")
    return str(error)


def import_from_dialog(parent: QWidget, db: Database) -> str | None:
    """Asks for a case file and imports it; the new conference's reference, or None."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, _("Import case file"), documents_folder(), _file_filter()
    )
    if not chosen:
        return None
    from fgc_desktop.casefile.importer import import_case_file

    try:
        return import_case_file(db, Path(chosen))
    except (UserError, OSError) as error:
        QMessageBox.warning(parent, _("Import case file"), _problem(error))
        return None


def export_from_dialog(parent: QWidget, db: Database, reference: str) -> Path | None:
    """Asks where to write one conference's case file and writes it; the file, or None."""
    suggested = str(Path(documents_folder()) / f"{reference}.json")
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, _("Export case file"), suggested, _file_filter()
    )
    if not chosen:
        return None
    from fgc_desktop.casefile.exporter import export_case_file

    try:
        export_case_file(db, reference, Path(chosen))
    except (UserError, OSError) as error:
        QMessageBox.warning(parent, _("Export case file"), _problem(error))
        return None
    return Path(chosen)
