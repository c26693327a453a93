"""The small dialog that starts a new conference from a referral."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.conferences import create_conference, suggest_reference
from fgc_desktop.services.settings import get_setting
from fgc_desktop.store.database import Database


class NewConferenceDialog(QDialog):
    """Asks for the reference, family name and coordinator; ``conference_id`` is set on success.

    A problem (an empty name, a reference in use) is shown inside the dialog,
    which stays open so nothing typed is lost.
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.conference_id: int | None = None
        self.setWindowTitle(_("New conference"))
        self.setAccessibleName(_("New conference"))

        self.reference = QLineEdit(suggest_reference(db))
        self.family_name = QLineEdit()
        self.coordinator = QLineEdit(str(get_setting(db, "coordinator_name")))
        fields = (
            (self.reference, _("&Reference:"), _("Reference")),
            (self.family_name, _("&Family name:"), _("Family name")),
            (self.coordinator, _("&Coordinator:"), _("Coordinator")),
        )
        form = QFormLayout()
        for editor, caption, name in fields:
            editor.setAccessibleName(name)
            caption_label = QLabel(caption)
            caption_label.setBuddy(editor)
            form.addRow(caption_label, editor)
        self.family_name.setPlaceholderText(_("For example, the child's family name"))

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(_("Problem"))
        self.message.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        create = buttons.button(QDialogButtonBox.StandardButton.Ok)
        create.setText(_("Cr&eate"))
        create.setAccessibleName(_("Create the conference"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(_("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        intro = QLabel(_("Start a conference for a new referral. You can fill in the rest "
                         "on the referral page."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.family_name.setFocus()

    def accept(self) -> None:
        try:
            self.conference_id = create_conference(
                self._db, self.reference.text(), self.family_name.text(), self.coordinator.text()
            )
        except UserError as error:
            self.show_problem(str(error))
            return
        super().accept()

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self.message.show()
