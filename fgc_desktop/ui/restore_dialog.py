"""File ▸ Restore from a backup: see what a backup holds, then replace the data with it.

``RestoreDialog(db, data_dir, parent)``; ``db`` may be None when the database
could not be opened at all (a damaged file), so the app can still offer a
restore. Replacing calls ``db.close()`` itself, then emits ``restored(object)``
with where the replaced database was kept (a Path, or None if there was none).
The receiver must then open a new ``Database`` on the same address, which
brings an older backup's data up to date, and reload every view from it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.backup import (
    BACKUP_SUFFIX,
    BACKUPS_FOLDER,
    SERVER_BACKUPS,
    BackupContents,
    backups_folder,
    list_backups,
    needs_passphrase,
    on_server,
    read_backup,
    restore_backup,
)
from fgc_desktop.settings import read_database_url
from fgc_desktop.store.database import Database
from fgc_desktop.store.sealing import read_backup_header
from fgc_desktop.ui.background import BackgroundTask
from fgc_desktop.ui.dialog_parts import close_buttons, labelled_row, secret, wrapped
from fgc_desktop.ui.labels import show_date_time
from fgc_desktop.ui.settings_widgets import MessageLabel

_PATH_ROLE = Qt.ItemDataRole.UserRole


class RestoreDialog(QDialog):
    """Choose a backup, see what it holds, and only then replace the data with it."""

    restored = Signal(object)

    def __init__(self, db: Database | None, data_dir: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._data_dir = data_dir
        self._contents: BackupContents | None = None
        self._task: BackgroundTask | None = None
        self.setWindowTitle(_("Restore from a backup"))
        self.setAccessibleName(_("Restore from a backup"))
        layout = QVBoxLayout(self)
        self.message = MessageLabel()
        self.buttons = close_buttons()
        self.buttons.rejected.connect(self.reject)
        if (db is not None and on_server(db)) or _server_in_use(data_dir):
            layout.addWidget(wrapped(_(SERVER_BACKUPS)))
            layout.addWidget(self.buttons)
            return
        layout.addWidget(wrapped(_(
            "Restoring replaces everything in FGC Desktop with what a backup holds. "
            "Your current data is kept aside first, so nothing is thrown away.")))
        self.backups = QListWidget()
        self.backups.setAccessibleName(_("Backups"))
        self.backups.currentItemChanged.connect(self._backup_chosen)
        other = QPushButton(_("C&hoose another file…"))
        other.setAccessibleName(_("Choose another backup file"))
        other.clicked.connect(self._choose_file)
        self.passphrase = secret(_("Passphrase"))
        self.show_button = QPushButton(_("Sho&w what it holds"))
        self.show_button.setAccessibleName(_("Show what the backup holds"))
        self.show_button.clicked.connect(self.show_contents)
        self.contents = wrapped("")
        self.contents.setAccessibleName(_("What the backup holds"))
        self.contents.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.replace_button = self.buttons.addButton(
            _("&Replace my data with this backup…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.replace_button.setAccessibleName(_("Replace my data with this backup"))
        self.replace_button.clicked.connect(self.ask_to_replace)
        self.confirm = _Confirmation(self)
        self.confirm.yes.clicked.connect(self.confirm_replace)
        self.confirm.no.clicked.connect(self.confirm.hide)

        form = QFormLayout()
        labelled_row(form, _("&Backups:"), self.backups)
        form.addRow("", other)
        labelled_row(form, _("Pa&ssphrase:"), self.passphrase)
        layout.addLayout(form)
        layout.addWidget(self.show_button)
        layout.addWidget(self.contents)
        layout.addWidget(self.message)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self._fill_list(self._folder())
        self._update_buttons()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

    def select_backup(self, path: Path) -> None:
        """Adds ``path`` to the list if it is not there, and selects it."""
        for row in range(self.backups.count()):
            item = self.backups.item(row)
            if item.data(_PATH_ROLE) == str(path):
                self.backups.setCurrentItem(item)
                return
        self.backups.insertItem(0, _item(path))
        self.backups.setCurrentRow(0)

    def show_contents(self) -> None:
        path = self._chosen()
        if path is None:
            self.message.show_problem(_("Choose a backup first."))
            return
        self._run(lambda: read_backup(path, self.passphrase.text()), self._contents_read,
                  _("Reading the backup…"))

    def ask_to_replace(self) -> None:
        if self._contents is not None:
            self.confirm.show()
            self.confirm.yes.setFocus()

    def confirm_replace(self) -> None:
        """Closes the database, replaces it in the background, and reports where the old one is."""
        contents = self._contents
        if contents is None:
            return
        self.confirm.hide()
        if self._db is not None:
            self._db.close()
        data_dir, passphrase = self._data_dir, self.passphrase.text()
        self._run(lambda: restore_backup(contents.path, data_dir, passphrase), self._replaced,
                  _("Restoring…"))

    @property
    def busy(self) -> bool:
        return self._task is not None and self._task.running

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def _run(self, work: Callable[[], object], done: Callable[[object], None],
             news: str) -> None:
        self._task = BackgroundTask(work, self)
        self._task.succeeded.connect(done)
        self._task.failed.connect(self._failed)
        self.message.show_note(news)
        self._update_buttons()
        self._task.start()

    def _contents_read(self, contents: object) -> None:
        assert isinstance(contents, BackupContents)
        self._contents = contents
        self.contents.setText(describe(contents))
        self.message.clear()
        self._update_buttons()

    def _replaced(self, kept: object) -> None:
        where = (_("Your previous data is kept in {path}.").format(path=kept)
                 if isinstance(kept, Path) else "")
        self.message.show_note(" ".join(part for part in (_("Restored."), where) if part))
        self._contents = None
        self._update_buttons()
        self.restored.emit(kept)

    def _failed(self, problem: str) -> None:
        self.message.show_problem(problem)
        self._update_buttons()

    def _backup_chosen(self) -> None:
        self._contents = None
        self.contents.clear()
        self.message.clear()
        self.confirm.hide()
        path = self._chosen()
        try:
            sealed = path is not None and needs_passphrase(path)
        except UserError as error:
            self.message.show_problem(str(error))
            sealed = False
        self.passphrase.setEnabled(sealed)
        self._update_buttons()

    def _update_buttons(self) -> None:
        working = self.busy
        self.show_button.setEnabled(not working and self._chosen() is not None)
        self.replace_button.setEnabled(not working and self._contents is not None)

    def _chosen(self) -> Path | None:
        item = self.backups.currentItem()
        return Path(item.data(_PATH_ROLE)) if item is not None else None

    def _folder(self) -> Path:
        if self._db is not None:
            return backups_folder(self._db, self._data_dir)
        return self._data_dir / BACKUPS_FOLDER

    def _fill_list(self, folder: Path) -> None:
        for path in list_backups(folder) if folder.is_dir() else []:
            self.backups.addItem(_item(path))
        if self.backups.count():
            self.backups.setCurrentRow(0)

    def _choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, _("Choose a backup"), str(self._folder()),
            _("FGC Desktop backups (*{suffix});;All files (*)").format(suffix=BACKUP_SUFFIX))
        if chosen:
            self.select_backup(Path(chosen))


def describe(contents: BackupContents) -> str:
    """What a backup holds, in a few plain lines."""
    summary = contents.summary
    lines = [
        _("Made: {when}").format(when=show_date_time(contents.made_at)),
        _("Conferences: {count}").format(count=contents.conference_count),
    ]
    lines += [f"  {reference}  {family}" for reference, family in summary.conferences[:50]]
    if contents.conference_count > 50:
        lines.append(_("  … and {count} more").format(count=contents.conference_count - 50))
    if summary.newest_change_at is not None:
        lines.append(_("Newest change: {when}, by {who}").format(
            when=show_date_time(summary.newest_change_at), who=summary.newest_change_by or "?"))
    lines.append(_("Data version: {revision}").format(revision=summary.schema_revision))
    return "\n".join(lines)


def _item(path: Path) -> QListWidgetItem:
    try:
        made = show_date_time(read_backup_header(path).made_at)
        text = _("{name} (made {when})").format(name=path.name, when=made)
    except UserError:
        text = _("{name} (cannot be read)").format(name=path.name)
    item = QListWidgetItem(text)
    item.setData(_PATH_ROLE, str(path))
    return item


def _server_in_use(data_dir: Path) -> bool:
    try:
        url = read_database_url(data_dir)
    except UserError:
        return False
    return bool(url) and not url.startswith("sqlite")


class _Confirmation(QWidget):
    """Asks once more, inside the dialog, before the data is replaced."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        question = wrapped(_("Replace all the data in FGC Desktop with this backup? "
                             "Your current data is kept aside."))
        self.yes = QPushButton(_("&Yes, replace my data"))
        self.yes.setAccessibleName(_("Yes, replace my data"))
        self.no = QPushButton(_("Do&n't replace"))
        self.no.setAccessibleName(_("Don't replace"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(question, 1)
        row.addWidget(self.yes)
        row.addWidget(self.no)
        self.hide()
