"""File ▸ Back up now: the whole database to one file, with a passphrase if wanted.

``BackupDialog(db, data_dir, parent)``; open it with ``open()`` or ``exec()``.
It emits ``backed_up(Path)`` when a backup is written. The app keeps working
while the backup is made: the copy is taken from a consistent snapshot.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.backup import (
    SERVER_BACKUPS,
    backups_folder,
    make_backup,
    on_server,
    suggested_name,
)
from fgc_desktop.store.database import Database
from fgc_desktop.store.sealing import MIN_PASSPHRASE
from fgc_desktop.ui.background import BackgroundTask
from fgc_desktop.ui.dialog_parts import close_buttons, labelled_row, secret, wrapped
from fgc_desktop.ui.settings_widgets import MessageLabel


class BackupDialog(QDialog):
    """Where to save, an optional passphrase typed twice, and a Back up button."""

    backed_up = Signal(Path)

    def __init__(self, db: Database, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(_("Back up"))
        self.setAccessibleName(_("Back up"))
        self.message = MessageLabel()
        layout = QVBoxLayout(self)
        buttons = close_buttons()
        buttons.rejected.connect(self.reject)
        if on_server(db):
            layout.addWidget(wrapped(_(SERVER_BACKUPS)))
            layout.addWidget(buttons)
            return
        layout.addWidget(wrapped(_(
            "A backup is one file holding everything in FGC Desktop. Keep it somewhere "
            "safe and private, such as your service's shared drive.")))
        self.folder = QLineEdit(str(backups_folder(db, data_dir)))
        self.name = QLineEdit(suggested_name())
        choose = QPushButton(_("C&hoose…"))
        choose.setAccessibleName(_("Choose a folder"))
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        self.protect = QCheckBox(_("&Protect the backup with a passphrase"))
        self.protect.setAccessibleName(_("Protect the backup with a passphrase"))
        self.passphrase = secret(_("Passphrase"))
        self.repeat = secret(_("Passphrase again"))
        self.protect.toggled.connect(self._protect_toggled)
        self.folder.setAccessibleName(_("Folder"))
        self.name.setAccessibleName(_("File name"))
        form = QFormLayout()
        labelled_row(form, _("&Folder:"), self.folder, folder_row)
        labelled_row(form, _("File &name:"), self.name)
        form.addRow(self.protect)
        labelled_row(form, _("Pa&ssphrase:"), self.passphrase)
        labelled_row(form, _("&Again:"), self.repeat)
        layout.addLayout(form)
        layout.addWidget(wrapped(_(
            "Write the passphrase down and keep it apart from the backup. Without it "
            "nobody, not even your IT service, can open the backup.")))
        layout.addWidget(self.message)
        self.back_up = buttons.addButton(_("&Back up now"),
                                         QDialogButtonBox.ButtonRole.ActionRole)
        self.back_up.setAccessibleName(_("Back up now"))
        self.back_up.setDefault(True)
        self.back_up.clicked.connect(self.start_backup)
        layout.addWidget(buttons)
        self._task: BackgroundTask | None = None
        self._protect_toggled(False)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

    def start_backup(self) -> None:
        """Checks what was typed, then writes the backup in the background."""
        passphrase = self.passphrase.text() if self.protect.isChecked() else ""
        if self.protect.isChecked():
            if len(passphrase) < MIN_PASSPHRASE:
                self.message.show_problem(_(
                    "Choose a passphrase of at least {count} characters. A few words you "
                    "will remember work well.").format(count=MIN_PASSPHRASE))
                return
            if passphrase != self.repeat.text():
                self.message.show_problem(_("The two passphrases are not the same. "
                                            "Type them again."))
                return
        name = self.name.text().strip()
        if not name or "/" in name or "\\" in name:
            self.message.show_problem(_("Type a name for the backup file."))
            return
        target = Path(self.folder.text().strip()).expanduser() / name
        db = self._db
        self._task = BackgroundTask(lambda: make_backup(db, target, passphrase), self)
        self._task.succeeded.connect(self._finished)
        self._task.failed.connect(self._failed)
        self.back_up.setEnabled(False)
        self.message.show_note(_("Backing up…"))
        self._task.start()

    @property
    def busy(self) -> bool:
        return self._task is not None and self._task.running

    def _finished(self, path: object) -> None:
        assert isinstance(path, Path)
        self.back_up.setEnabled(True)
        self.message.show_note(_("Backed up to {path}.").format(path=path))
        self.passphrase.clear()
        self.repeat.clear()
        self.name.setText(suggested_name())
        self.backed_up.emit(path)

    def _failed(self, problem: str) -> None:
        self.back_up.setEnabled(True)
        self.message.show_problem(problem)

    def _protect_toggled(self, checked: bool) -> None:
        self.passphrase.setEnabled(checked)
        self.repeat.setEnabled(checked)

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, _("Folder for the backup"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def reject(self) -> None:
        if not self.busy:
            super().reject()

