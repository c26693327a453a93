"""The referral and consent: who referred, why, the referrer's own words, and consent.

Every change goes through ``save_conference_field`` after a short pause, at
once when a field loses focus, and when the page is left or the window closes.
A value the service refuses is explained beside the form and is not saved, so
the database keeps the last good value.

The page keeps the conference's version it loaded and the value each field
showed, so a field another coordinator saved meanwhile is not overwritten: the
conflict dialog shows both versions and the coordinator chooses. The words a
family reads have a plain-words checker under them, which suggests and never
blocks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.stages import STAGES, PageInfo
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.conferences import get_conference_fields
from fgc_desktop.services.versioned_edits import NOT_SHOWN, save_conference_field
from fgc_desktop.store.conflicts import ConflictError
from fgc_desktop.store.database import Database
from fgc_desktop.ui.autosave import FieldSaver
from fgc_desktop.ui.conflict_dialog import KEEP_MINE, ConflictDialog
from fgc_desktop.ui.consent_panel import ConsentPanel
from fgc_desktop.ui.date_field import DateField
from fgc_desktop.ui.pages.base import WorkspacePage
from fgc_desktop.ui.plain_language.checker import PlainWordsChecker
from fgc_desktop.ui.plain_language.source import glossary_source
from fgc_desktop.ui.widgets import heading, note, plain

TEXT_LINES = 5


class ReferralPage(WorkspacePage):
    def __init__(self, db: Database, info: PageInfo, parent: QWidget | None = None) -> None:
        super().__init__(db, info, parent)
        self._loading = False
        self._problems: dict[str, str] = {}
        self._version = 0
        self._shown: dict[str, Any] = {}
        self._conflicts: list[ConflictError] = []
        self.conflict_dialog: ConflictDialog | None = None
        self.saver = FieldSaver(self._save, parent=self)
        self.saver.saved.connect(self._saved)
        self.saver.failed.connect(self._failed)
        self.lines: dict[str, QLineEdit] = {}
        self.dates: dict[str, DateField] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        self.checkers: dict[str, PlainWordsChecker] = {}

        self.status = note()
        self.status.setAccessibleName(_("Saving"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(heading(_(info.title)), 1)
        top.addWidget(self.status, 2)

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        family, referrer = self._family_group(), self._referrer_group()
        _align_captions(family, referrer)
        self.consent = ConsentPanel(db)
        self.consent.changed.connect(self.conference_changed)
        body.addWidget(family)
        body.addWidget(referrer)
        body.addWidget(self.consent)
        body.addWidget(self._words_group())
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    def _family_group(self) -> QGroupBox:
        group = QGroupBox(_("The family and the conference"))
        grid = QGridLayout(group)
        self._line(grid, 0, 0, "family_name", _("Family &name"), _("Family name"))
        self._line(grid, 0, 2, "coordinator_name", _("Coor&dinator"), _("Coordinator"))
        self.stage = QComboBox()
        self.stage.setAccessibleName(_("Stage"))
        for info in STAGES:
            self.stage.addItem(_(info.title), info.stage)
        self.stage.activated.connect(self._stage_chosen)
        self._place(grid, 1, 0, _("&Stage"), self.stage)
        self._date(grid, 2, 0, "referral_date", _("&Referral date"), _("Referral date"))
        self._date(grid, 2, 2, "target_meeting_date", _("&Target meeting date"),
                   _("Target meeting date"))
        return group

    def _referrer_group(self) -> QGroupBox:
        group = QGroupBox(_("The referrer"))
        grid = QGridLayout(group)
        self._line(grid, 0, 0, "referrer_name", _("N&ame"), _("Referrer's name"))
        self._line(grid, 0, 2, "referrer_role", _("R&ole"), _("Referrer's role"))
        self._line(grid, 1, 0, "referrer_team", _("T&eam"), _("Referrer's team"))
        self._line(grid, 1, 2, "referrer_phone", _("&Phone"), _("Referrer's phone"))
        self._line(grid, 2, 0, "referrer_email", _("E&mail"), _("Referrer's email"))
        return group

    def _words_group(self) -> QGroupBox:
        group = QGroupBox(_("In the referrer's words"))
        grid = QGridLayout(group)
        hint = note(_("Write one point per line, in plain words: the family reads these in "
                      "the invitation and the plan."))
        grid.addWidget(hint, 0, 0, 1, 2)
        self._text(grid, 1, 0, "reason_for_referral", _("Reason for referra&l"),
                   _("Why the family was referred"), span=2)
        self._text(grid, 4, 0, "worries", _("&Worries"), _("What the referrer is worried about"))
        self._text(grid, 4, 1, "strengths", _("Stren&gths"), _("What is going well"))
        self._text(grid, 7, 0, "bottom_lines", _("&Bottom lines"),
                   _("What the council will not accept"))
        self._text(grid, 7, 1, "questions", _("&Questions for the family's plan"),
                   _("What the family's plan must answer"))
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return group

    def _place(self, grid: QGridLayout, row: int, column: int, caption: str,
               editor: QWidget) -> None:
        label = QLabel(caption)
        label.setBuddy(editor)
        grid.addWidget(label, row, column)
        grid.addWidget(editor, row, column + 1)
        grid.setColumnStretch(column + 1, 1)

    def _line(self, grid: QGridLayout, row: int, column: int, field: str, caption: str,
              name: str) -> None:
        editor = QLineEdit()
        editor.setAccessibleName(name)
        editor.textEdited.connect(lambda text: self._edited(field, text))
        self.saver.watch_focus(editor)
        self.lines[field] = editor
        self._place(grid, row, column, caption, editor)

    def _date(self, grid: QGridLayout, row: int, column: int, field: str, caption: str,
              name: str) -> None:
        editor = DateField(name)
        editor.edited.connect(lambda text: self._edited(field, text))
        self.saver.watch_focus(editor.line)
        self.dates[field] = editor
        self._place(grid, row, column, caption, editor)

    def _text(self, grid: QGridLayout, row: int, column: int, field: str, caption: str,
              hint: str, span: int = 1) -> None:
        editor = QPlainTextEdit()
        editor.setAccessibleName(plain(caption))
        editor.setAccessibleDescription(hint)
        editor.setPlaceholderText(hint)
        editor.setTabChangesFocus(True)
        margins = editor.frameWidth() + int(editor.document().documentMargin())
        editor.setMinimumHeight(editor.fontMetrics().lineSpacing() * TEXT_LINES + 2 * margins)
        editor.textChanged.connect(lambda: self._edited(field, editor.toPlainText()))
        self.saver.watch_focus(editor)
        self.texts[field] = editor
        label = QLabel(caption)
        label.setBuddy(editor)
        grid.addWidget(label, row, column, 1, span)
        grid.addWidget(editor, row + 1, column, 1, span)
        checker = PlainWordsChecker(self.db, editor, plain(caption))
        self.checkers[field] = checker
        grid.addWidget(checker, row + 2, column, 1, span, Qt.AlignmentFlag.AlignTop)

    def refresh(self) -> None:
        assert self.conference_id is not None
        self.saver.discard()
        glossary_source(self.db).reload(self.db)
        fields = get_conference_fields(self.db, self.conference_id)
        self._version = fields["version"]
        self._shown = dict(fields)
        self._loading = True
        try:
            for name, line in self.lines.items():
                line.setText(fields[name])
            for name, date_field in self.dates.items():
                date_field.set_date(fields[name])
            for name, text in self.texts.items():
                text.setPlainText(fields[name])
            self.stage.setCurrentIndex(self.stage.findData(fields["stage"]))
        finally:
            self._loading = False
        self.consent.load(self.conference_id)
        self._problems.clear()
        self._show_status("")

    def flush(self) -> None:
        self.saver.flush()

    def _edited(self, field: str, value: Any) -> None:
        if not self._loading:
            self.saver.edited(field, value)

    def _stage_chosen(self) -> None:
        self.saver.edited("stage", self.stage.currentData())
        self.saver.flush()

    def _save(self, field: str, value: Any) -> Any:
        """Saves unless someone saved this field since it was shown: then the coordinator picks."""
        assert self.conference_id is not None
        try:
            saved = save_conference_field(self.db, self.conference_id, field, value,
                                          self._version, self._shown.get(field, NOT_SHOWN))
        except ConflictError as conflict:
            self._conflicts.append(conflict)
            self._next_conflict()
            raise
        self._version = saved.version
        self._shown[field] = saved.value
        return saved.value

    def _next_conflict(self) -> None:
        """Shows the first conflict waiting, one dialog at a time."""
        if self.conflict_dialog is not None or not self._conflicts:
            return
        self.conflict_dialog = ConflictDialog(self._conflicts[0], self)
        self.conflict_dialog.chosen.connect(self._resolve)
        self.conflict_dialog.open()

    def _resolve(self, choice: str) -> None:
        """Keeps mine or theirs; when no other conflict waits, reads the page afresh."""
        conflict = self._conflicts.pop(0)
        self.conflict_dialog = None
        news = self._keep_mine(conflict) if choice == KEEP_MINE else _("Kept their version.")
        if self._conflicts:
            self._next_conflict()
            return
        self.refresh()
        self._show_status(news)
        self.conference_changed.emit()

    def _keep_mine(self, conflict: ConflictError) -> str:
        assert self.conference_id is not None
        try:
            save_conference_field(self.db, self.conference_id, conflict.field, conflict.yours,
                                  conflict.current_version, conflict.theirs)
        except ConflictError as again:
            self._conflicts.append(again)
            return ""
        except UserError as error:
            return str(error)
        return _("Saved")

    def _saved(self, field: str, _value: object) -> None:
        self._problems.pop(field, None)
        self._show_status(_("Saved"))
        self.conference_changed.emit()

    def _failed(self, field: str, message: str) -> None:
        self._problems[field] = message
        self._show_status("")

    def _show_status(self, news: str) -> None:
        """The newest problem if there is one (nothing is saved until it is put right)."""
        text = "\n".join(self._problems.values()) or news
        self.status.setText(text)
        self.status.setAccessibleDescription(text)
        font = self.status.font()
        font.setBold(bool(self._problems))
        self.status.setFont(font)

    @property
    def problems(self) -> dict[str, str]:
        return dict(self._problems)


def _align_captions(*groups: QGroupBox) -> None:
    """Gives the caption columns of several grids one width, so their fields line up."""
    grids = [group.layout() for group in groups]
    for column in (0, 2):
        widest = 0
        for grid in grids:
            assert isinstance(grid, QGridLayout)
            for row in range(grid.rowCount()):
                item = grid.itemAtPosition(row, column)
                caption = item.widget() if item is not None else None
                if caption is not None:
                    widest = max(widest, caption.sizeHint().width())
        for grid in grids:
            assert isinstance(grid, QGridLayout)
            grid.setColumnMinimumWidth(column, widest)
