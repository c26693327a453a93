"""Where the data lives: this computer's file, or a server the team shares.

The choice sits in ``connection.json`` beside the local database, because it
must be known before any database is open; it is used from the next start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.settings import read_database_url, write_database_url
from fgc_desktop.store.database import DATABASE_FILE
from fgc_desktop.ui.settings_widgets import MessageLabel, Mnemonics, help_label

EXAMPLE_URL = "postgresql+psycopg://user@server/fgc"


def checked_server_url(text: str) -> str:
    """``text`` as a database address, or a :class:`UserError` saying how it should look."""
    url = text.strip()
    if not url:
        raise UserError(_("Enter the shared server's address, or choose “This computer”."))
    try:
        make_url(url)
    except (ArgumentError, ValueError):
        raise UserError(
            _("“{url}” is not a database address. It should look like {example}. "
              "Your IT team can tell you the right one.").format(url=url, example=EXAMPLE_URL)
        ) from None
    return url


def _choice(text: str, mnemonics: Mnemonics) -> QRadioButton:
    button = QRadioButton(mnemonics.mark(text))
    button.setAccessibleName(text)
    return button


class DatabaseChoice(QWidget):
    """Two choices, the local file (recommended) or a server address, saved on request."""

    def __init__(self, data_dir: Path, mnemonics: Mnemonics, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._message = MessageLabel()
        self._initial = self._read_initial()
        self._local = _choice(_("This computer (recommended)"), mnemonics)
        self._server = _choice(_("A shared server"), mnemonics)
        self._url = QLineEdit(self._initial or "")
        self._url.setPlaceholderText(EXAMPLE_URL)
        self._url.setAccessibleName(_("Server address"))
        url_label = QLabel(mnemonics.mark(_("Server address")))
        url_label.setBuddy(self._url)
        group = QButtonGroup(self)
        group.addButton(self._local)
        group.addButton(self._server)
        (self._server if self._initial else self._local).setChecked(True)
        self._url.setEnabled(self._server.isChecked())
        self._lay_out(url_label)
        self._server.toggled.connect(self._url.setEnabled)
        self._server.toggled.connect(self._explain_restart)
        self._url.textEdited.connect(self._explain_restart)

    @property
    def url_field(self) -> QLineEdit:
        return self._url

    def message(self) -> str:
        return self._message.text()

    def chosen_url(self) -> str:
        """The address to store: checked for a server, empty for the local file."""
        return checked_server_url(self._url.text()) if self._server.isChecked() else ""

    def is_changed(self) -> bool:
        """Whether OK must write the choice; always so when the stored one could not be read."""
        current = self._url.text().strip() if self._server.isChecked() else ""
        return self._initial is None or current != self._initial

    def save(self, url: str) -> None:
        try:
            write_database_url(self._data_dir, url)
        except OSError as error:
            raise UserError(
                _("The database choice could not be saved in {folder} ({error}). "
                  "Check that the folder exists and that you may change it.").format(
                    folder=self._data_dir, error=error.strerror or error
                )
            ) from error

    def _read_initial(self) -> str | None:
        try:
            return read_database_url(self._data_dir)
        except UserError as error:
            self._message.show_problem(str(error))
            return None

    def _lay_out(self, url_label: QLabel) -> None:
        local_path = help_label(_("Kept in {path}").format(path=self._data_dir / DATABASE_FILE))
        local_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        local_details = QVBoxLayout()
        local_details.addWidget(local_path)
        server_details = QFormLayout()
        server_details.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        server_details.addRow(url_label, self._url)
        server_details.addRow("", help_label(
            _("Your IT team can tell you this address, for example {example}").format(
                example=EXAMPLE_URL)
        ))
        layout = QVBoxLayout(self)
        layout.addWidget(self._local)
        layout.addLayout(self._indented(local_details))
        layout.addWidget(self._server)
        layout.addLayout(self._indented(server_details))
        layout.addWidget(help_label(
            _("A change here is used the next time FGC Desktop starts. "
              "Conferences are not copied from one database to the other.")
        ))
        layout.addWidget(self._message)
        layout.addStretch(1)

    def _indented(self, details: QVBoxLayout | QFormLayout) -> QVBoxLayout | QFormLayout:
        """``details`` lined up with the text of the choice above them."""
        style = self.style()
        indent = style.pixelMetric(
            QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
        ) + style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing)
        details.setContentsMargins(indent, 0, 0, 0)
        return details

    def _explain_restart(self) -> None:
        if self.is_changed():
            self._message.show_note(_("FGC Desktop will use this the next time it starts."))
        else:
            self._message.clear()
