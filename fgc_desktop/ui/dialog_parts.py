"""Small parts the data-safety dialogs share: wrapped text, passphrase boxes, rows, Close."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QWidget,
)

from fgc_desktop.i18n.catalogue import _


def wrapped(text: str) -> QLabel:
    """A paragraph of plain text that wraps to the dialog's width."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def secret(name: str) -> QLineEdit:
    """A box for a passphrase: what is typed is not shown."""
    line = QLineEdit()
    line.setEchoMode(QLineEdit.EchoMode.Password)
    line.setAccessibleName(name)
    return line


def labelled_row(form: QFormLayout, caption: str, editor: QWidget,
                 row: QLayout | None = None) -> QLabel:
    """Adds ``editor`` (or a ``row`` holding it) under a caption whose Alt key reaches it."""
    label = QLabel(caption)
    label.setBuddy(editor)
    if row is None:
        form.addRow(label, editor)
    else:
        form.addRow(label, row)
    return label


def close_buttons() -> QDialogButtonBox:
    """A button row holding Close, named for screen readers; dialogs add their own actions."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    close.setAccessibleName(_("Close"))
    return buttons
