"""The window's data-safety actions: back up, restore, history, records past their keeping period.

Each action opens its dialog with ``open()``, so the dialog is modal to the
window yet nothing blocks. Today's automatic backup runs quietly in the
background once the window shows; only a failure is mentioned, in the status
bar. A restore hands the window a newly opened database, and the window
rebuilds its views on it, so nothing keeps using the replaced one.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.backup import backup_if_due
from fgc_desktop.ui.audit_dialog import AuditDialog
from fgc_desktop.ui.background import BackgroundTask
from fgc_desktop.ui.backup_dialog import BackupDialog
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.restore_dialog import RestoreDialog
from fgc_desktop.ui.retention_dialog import RetentionDialog

if TYPE_CHECKING:
    from fgc_desktop.ui.main_window import MainWindow

NEWS_MS = 30_000
HISTORY_SHORTCUT = "Ctrl+H"


class SafetyActions(QObject):
    """The File and Conference menu items that keep the data safe, and the daily backup."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: QDialog | None = None
        self.daily_backup: BackgroundTask | None = None
        self.backup_action = self._action(_("&Back up now…"), "database-export")
        self.restore_action = self._action(_("&Restore from a backup…"), "restore")
        self.retention_action = self._action(_("Records past their &keeping period…"))
        self.history_action = self._action(_("&History of changes…"), "history")
        self.conference_history_action = self._action(
            _("&History of this conference…"), "history", HISTORY_SHORTCUT)
        self.conference_history_action.setToolTip(
            _("Every change to this conference: when, who and what ({key})").format(
                key=HISTORY_SHORTCUT))
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action.triggered.connect(self.restore)
        self.retention_action.triggered.connect(self.review_retention)
        self.history_action.triggered.connect(lambda: self.show_history(None))
        self.conference_history_action.triggered.connect(self.show_conference_history)

    def _action(self, text: str, icon_name: str = "", shortcut: str = "") -> QAction:
        action = QAction(text, self._window)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def update(self, conference_chosen: bool) -> None:
        self.conference_history_action.setEnabled(conference_chosen)

    def back_up(self) -> None:
        dialog = BackupDialog(self._window.db, self._window.data_dir, self._window)
        dialog.backed_up.connect(lambda path: self._news(
            _("Backed up to {path}.").format(path=path)))
        self._open(dialog)

    def restore(self) -> None:
        """Offers a restore; the daily backup, if running, finishes first."""
        if self.daily_backup is not None and self.daily_backup.running:
            self._news(_("Today's backup is being made. Try again in a moment."))
            return
        dialog = RestoreDialog(self._window.db, self._window.data_dir, self._window)
        dialog.restored.connect(lambda kept: self._restored(dialog, kept))
        self._open(dialog)

    def review_retention(self) -> None:
        dialog = RetentionDialog(self._window.db, self._window.data_dir, self._window)
        dialog.deleted.connect(self._forget_conferences)
        self._open(dialog)

    def _forget_conferences(self, references: list[str]) -> None:
        """Leaves conferences just deleted: out of view, out of the lists, no undo left for them."""
        window = self._window
        window.undo_notice.dismiss()
        if window.in_workspace() and window.workspace.reference in references:
            window.show_home()
        window.list_view.refresh()
        window.home.refresh()

    def show_history(self, conference_id: int | None) -> None:
        self._open(AuditDialog(self._window.db, self._window.data_dir, self._window,
                               conference_id=conference_id))

    def show_conference_history(self) -> None:
        chosen = self._window.current_conference()
        if chosen is not None:
            self.show_history(chosen[0])

    def back_up_if_due(self) -> None:
        """Makes today's backup in the background unless there is one; quiet unless it fails."""
        if self.daily_backup is not None and self.daily_backup.running:
            return
        db, data_dir = self._window.db, self._window.data_dir
        self.daily_backup = BackgroundTask(lambda: backup_if_due(db, data_dir), self)
        self.daily_backup.failed.connect(lambda problem: self._news(
            _("Today's backup was not made. {problem}").format(problem=problem)))
        self.restore_action.setEnabled(False)
        self.daily_backup.succeeded.connect(lambda _made: self.restore_action.setEnabled(True))
        self.daily_backup.failed.connect(lambda _problem: self.restore_action.setEnabled(True))
        self.daily_backup.start()

    def _open(self, dialog: QDialog) -> None:
        """Saves what the page holds, then shows ``dialog`` over the window without blocking."""
        self._window.flush()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _restored(self, dialog: RestoreDialog, kept: object) -> None:
        """Opens the restored data and shows it; the dialog closes, being tied to the old one."""
        from fgc_desktop.cli import open_database

        try:
            db = open_database(self._window.data_dir)
        except UserError as error:
            dialog.message.show_problem(str(error))
            return
        self._window.use_database(db)
        dialog.accept()
        where = (_(" Your previous data is kept in {path}.").format(path=kept)
                 if isinstance(kept, Path) else "")
        self._news(_("Restored from the backup.") + where)

    def _news(self, text: str) -> None:
        self._window.statusBar().showMessage(text, NEWS_MS)
