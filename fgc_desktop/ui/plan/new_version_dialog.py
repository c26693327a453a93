"""Asks why the plan is changing before a new version is started by hand.

The reason is kept with the new version, so anyone reading it later knows
why the plan agreed before was not enough. Open it with ``open()``; the
page reads :meth:`reason` when it is accepted.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.ui.arrangements.fields import text_box
from fgc_desktop.ui.widgets import note


class NewVersionDialog(QDialog):
    def __init__(self, latest: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Start a new version"))
        self.setAccessibleName(_("Start a new version"))
        explain = note(_("Version {latest} stays as it was agreed. The new version starts as "
                         "a copy of its actions, for the family to change. Say why the plan "
                         "is changing.").format(latest=latest))
        self.reason_box = text_box(_("Why the plan is changing"),
                                   _("For example: Dad has moved away for work"))
        caption = QLabel(_("&Why the plan is changing"))
        caption.setBuddy(self.reason_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        start = buttons.button(QDialogButtonBox.StandardButton.Ok)
        start.setText(_("&Start the new version"))
        start.setEnabled(False)
        self.reason_box.textChanged.connect(
            lambda: start.setEnabled(bool(self.reason().strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(caption)
        layout.addWidget(self.reason_box)
        layout.addWidget(buttons)
        self.reason_box.setFocus()

    def reason(self) -> str:
        return self.reason_box.toPlainText()
