"""“Decide for a role…”: one decision for everyone of a role, for one item or for all.

The dialog hands its choice to ``apply``; a message back (a summary with no
words, say) is shown in the dialog, which stays open until the choice is saved.
Open it with ``open()``, never ``exec()``. Given the database, the dialog checks
the summary's words as it is typed, because the family reads the summary.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.disclosure.grid import GridItem, GridPerson
from fgc_desktop.domain.enums import Role, SharingChoice
from fgc_desktop.i18n.catalogue import _, ngettext
from fgc_desktop.store.database import Database
from fgc_desktop.ui.labels import label
from fgc_desktop.ui.plain_language.hint import PlainWordsHint


@dataclass(frozen=True)
class RoleDecision:
    role: Role
    choice: SharingChoice | None
    summary: str
    reason: str
    item_ids: tuple[int, ...]


class RoleDecisionDialog(QDialog):
    def __init__(
        self, people: Sequence[GridPerson], items: Sequence[GridItem],
        current: GridItem | None, apply: Callable[[RoleDecision], str | None],
        parent: QWidget | None = None, *, db: Database | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Decide for a role"))
        self._items = tuple(item.id for item in items)
        self._current = current
        self._apply = apply
        self.role = QComboBox()
        self.role.setAccessibleName(_("People of this role"))
        for role in Role:
            count = sum(1 for person in people if person.role is role)
            if count:
                self.role.addItem(ngettext("{role} ({count} person)", "{role} ({count} people)",
                                           count).format(role=label(role), count=count), role)
        self.choice = QComboBox()
        self.choice.setAccessibleName(_("Decision"))
        for value, text in ((SharingChoice.SHARE, _("Share")),
                            (SharingChoice.SUMMARY, _("A summary only")),
                            (SharingChoice.WITHHOLD, _("Do not share")),
                            (None, _("Clear: back to the default"))):
            self.choice.addItem(text, value)
        self.choice.currentIndexChanged.connect(self._choice_changed)
        self.summary = QLineEdit()
        self.summary.setAccessibleName(_("Summary"))
        self.summary_hint = (PlainWordsHint(db, self.summary, _("Summary"))
                             if db is not None else None)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(_("Why"))
        self.only_current = QRadioButton(
            _("Only “{title}”").format(title=current.title) if current else _("Only this one"))
        self.only_current.setAccessibleName(_("Only the information chosen in the grid"))
        self.every_item = QRadioButton(_("Every piece of information"))
        self.every_item.setAccessibleName(_("Every piece of information"))
        (self.only_current if current else self.every_item).setChecked(True)
        self.only_current.setEnabled(current is not None)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(_("Problem"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setAccessibleName(_("Decide"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(_("Cancel"))

        form = QFormLayout()
        form.addRow(_("&People"), self.role)
        form.addRow(_("&Decision"), self.choice)
        form.addRow(_("&Summary"), self.summary)
        if self.summary_hint is not None:
            form.addRow("", self.summary_hint)
        form.addRow(_("&Why"), self.reason)
        form.addRow(_("For"), self.only_current)
        form.addRow("", self.every_item)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._choice_changed()

    def _chosen_choice(self) -> SharingChoice | None:
        # Qt hands an item's data back as a plain string, not the enum it was given.
        data = self.choice.currentData()
        return None if data is None else SharingChoice(data)

    def _choice_changed(self) -> None:
        self.summary.setEnabled(self._chosen_choice() is SharingChoice.SUMMARY)

    def chosen(self) -> RoleDecision:
        items = ((self._current.id,) if self._current and self.only_current.isChecked()
                 else self._items)
        return RoleDecision(Role(self.role.currentData()), self._chosen_choice(),
                            self.summary.text(), self.reason.text(), items)

    def accept(self) -> None:
        problem = self._apply(self.chosen())
        if problem:
            self.problem.setText(problem)
            self.problem.setAccessibleDescription(problem)
            return
        super().accept()
