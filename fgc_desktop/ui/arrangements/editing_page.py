"""What the arrangements and meeting pages share: saving each edit and saying what went wrong.

Typed text goes through a :class:`FieldSaver`; a choice from a list or a tick
box is saved at once through :meth:`EditingPage.act`. Either way a refused
value is explained in the status line at the top, and nothing is saved until it
is put right.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.stages import PageInfo
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.store.database import Database
from fgc_desktop.ui.autosave import FieldSaver
from fgc_desktop.ui.pages.base import WorkspacePage
from fgc_desktop.ui.undo_notice import UndoNotice
from fgc_desktop.ui.widgets import heading, note


class EditingPage(WorkspacePage):
    """Subclasses fill :attr:`body`, and write :meth:`refresh` and :meth:`save`."""

    def __init__(self, db: Database, info: PageInfo, parent: QWidget | None = None) -> None:
        super().__init__(db, info, parent)
        self.loading = False
        self._problems: dict[str, str] = {}
        self.saver = FieldSaver(self.save, parent=self)
        self.saver.saved.connect(self.saved)
        self.saver.failed.connect(self.show_problem)

        self.status = note()
        self.status.setAccessibleName(_("Saving"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.undo = UndoNotice()
        top = QHBoxLayout()
        top.addWidget(heading(_(info.title)), 1)
        top.addWidget(self.status, 2)
        top.addWidget(self.undo)

        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setWidget(content)

        # Above the scrolling form, for what must stay in view (the warnings).
        self.fixed_area = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self.fixed_area)
        layout.addWidget(self.scroller, 1)

    def save(self, key: str, value: Any) -> Any:
        """Saves one typed value through a service; raises ``UserError`` to refuse it."""
        raise NotImplementedError

    def after_save(self) -> None:
        """Reads again whatever a save may change elsewhere on the page."""

    def watch(self, key: str, editor: QLineEdit | QPlainTextEdit,
              value: Callable[[], Any] | None = None) -> None:
        """Saves under ``key`` as ``editor`` is typed in and when it loses focus.

        The value saved is the editor's text, or ``value()`` when several
        editors make one value (a date with its times).
        """
        self.saver.watch_focus(editor)
        if isinstance(editor, QPlainTextEdit):
            text = editor.toPlainText
            editor.textChanged.connect(lambda: self.edited(key, (value or text)()))
        else:
            line = editor.text
            editor.textEdited.connect(lambda _typed: self.edited(key, (value or line)()))

    def edited(self, key: str, value: Any) -> None:
        if not self.loading:
            self.saver.edited(key, value)

    def act(self, key: str, action: Callable[[], object]) -> bool:
        """Saves a choice at once; says why if it is refused. True when it was saved."""
        if self.loading:
            return False
        try:
            action()
        except UserError as error:
            self.show_problem(key, str(error))
            return False
        self.saved(key, None)
        return True

    def begin_refresh(self) -> None:
        """Forgets waiting edits and old problems before the page reads the database again."""
        self.saver.discard()
        self._problems.clear()
        self._show_status("")

    def flush(self) -> None:
        self.saver.flush()

    def saved(self, key: str, _value: object) -> None:
        self._problems.pop(key, None)
        self._show_status(_("Saved"))
        self.after_save()
        self.conference_changed.emit()

    def show_problem(self, key: str, message: str) -> None:
        self._problems[key] = message
        self._show_status("")

    def _show_status(self, news: str) -> None:
        text = "\n".join(dict.fromkeys(self._problems.values())) or news
        self.status.setText(text)
        self.status.setAccessibleDescription(text)
        font = self.status.font()
        font.setBold(bool(self._problems))
        self.status.setFont(font)

    @property
    def problems(self) -> dict[str, str]:
        return dict(self._problems)
