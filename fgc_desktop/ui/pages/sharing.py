"""Information sharing: who sees what, decided person by person, and every document given out.

Three tabs. “Who sees what” is the grid of information by people, with the
chosen item's details and the chosen cell's decision below it. “What a person
receives” shows the very view each document is built from. “Documents given
out” is the disclosure log. Every edit is saved at once; removing an item or
changing a decision can be undone from the status line.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.disclosure.grid import GridItem
from fgc_desktop.domain.enums import SharingChoice
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.stages import PageInfo
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services import sharing
from fgc_desktop.services.conferences import get_conference_fields
from fgc_desktop.store.database import Database
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.pages.base import WorkspacePage
from fgc_desktop.ui.sharing.decision_panel import DecisionPanel
from fgc_desktop.ui.sharing.grid_model import SharingGridModel
from fgc_desktop.ui.sharing.grid_view import SharingGridView
from fgc_desktop.ui.sharing.item_editor import ItemEditor
from fgc_desktop.ui.sharing.log_view import DisclosureLogView
from fgc_desktop.ui.sharing.receive_panel import ReceivePanel
from fgc_desktop.ui.sharing.role_dialog import RoleDecision, RoleDecisionDialog
from fgc_desktop.ui.undo_notice import UndoNotice
from fgc_desktop.ui.widgets import heading, note

# How much of the tab's height the grid gets at first, in percent; the splitter moves.
GRID_SHARE = 60


def _as_tall_as_its_lines(sentence: QLabel) -> None:
    """A wrapped line of help that never grows taller than its words need."""
    policy = sentence.sizePolicy()
    policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
    policy.setHeightForWidth(True)
    sentence.setSizePolicy(policy)


class SharingPage(WorkspacePage):
    def __init__(self, db: Database, info: PageInfo, parent: QWidget | None = None) -> None:
        super().__init__(db, info, parent)
        self._lone_item_id: int | None = None
        self._split = False
        self.status = note()
        self.status.setAccessibleName(_("Saving"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo = UndoNotice()
        top = QHBoxLayout()
        top.addWidget(heading(_(info.title)), 1)
        top.addWidget(self.status, 2)
        top.addWidget(self.undo)

        self.model = SharingGridModel(self)
        self.grid = SharingGridView(self.model)
        self.items = ItemEditor(db)
        self.decision = DecisionPanel(db)
        self.receive = ReceivePanel(db)
        self.log = DisclosureLogView(db)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(_("Information sharing"))
        self.tabs.tabBar().setAccessibleName(_("Information sharing tabs"))
        self.tabs.addTab(self._decide_tab(), icon("eye"), _("Who sees what"))
        self.tabs.addTab(self.receive, icon("users"), _("What a person receives"))
        self.tabs.addTab(self.log, icon("file-text"), _("Documents given out"))
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._connect()

    def _decide_tab(self) -> QWidget:
        self.add_button = self._button(_("&Add information"), "plus", self.add_item,
                                       _("Add a piece of information (Insert or Ctrl+N)"))
        self.remove_button = self._button(_("Remove"), "trash", self.remove_current,
                                          _("Remove the chosen information (Delete)"))
        self.role_button = self._button(_("Decide for a ro&le…"), "users", self.decide_for_role,
                                        _("One decision for everyone of a role"))
        self.only_undecided = QCheckBox(_("Only &undecided"))
        self.only_undecided.setAccessibleName(_("Show only information still to decide"))
        self.only_undecided.toggled.connect(self._filter_changed)
        tools = QHBoxLayout()
        for widget in (self.add_button, self.remove_button, self.role_button):
            tools.addWidget(widget)
        tools.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        tools.addWidget(self.only_undecided)
        tools.addStretch(1)
        self.empty = note(_("No information is listed yet. Add each piece of information that "
                            "may be shared, such as the worries or a health matter, then decide "
                            "for each person whether they see it."))
        self.keys = note(_("Keys on a cell: S share · U summary only · N not shared · Delete "
                           "back to the default · Enter for a menu. Until someone decides, only "
                           "ordinary information is shared."))
        self.nobody = note(_("Nobody is listed yet. Add the family and the professionals on the "
                             "People page, then decide here what each person sees."))
        for sentence in (self.empty, self.keys, self.nobody):
            _as_tall_as_its_lines(sentence)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(tools)
        top_layout.addWidget(self.empty)
        top_layout.addWidget(self.nobody)
        top_layout.addWidget(self.grid, 1)
        top_layout.addWidget(self.keys)
        details = QWidget()
        details_layout = QHBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.items, 3)
        details_layout.addWidget(self.decision, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(details)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        return self.splitter

    def showEvent(self, event: QShowEvent) -> None:
        """Shares the tab's height between the grid and the details once it is known."""
        super().showEvent(event)
        if not self._split:
            self._split = True
            total = sum(self.splitter.sizes())
            self.splitter.setSizes([total * GRID_SHARE // 100,
                                    total - total * GRID_SHARE // 100])

    def _button(self, text: str, icon_name: str, slot: Callable[[], object],
                tip: str) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _connect(self) -> None:
        self.grid.selectionModel().currentChanged.connect(self._current_changed)
        self.grid.decide_requested.connect(self.decide)
        self.grid.remove_requested.connect(self.remove_item)
        self.grid.add_requested.connect(self.add_item)
        self.model.summary_written.connect(self._summary_written,
                                           Qt.ConnectionType.QueuedConnection)
        self.decision.decide_requested.connect(self._decide_current)
        self.decision.summary_requested.connect(self._summary_current)
        for editor in (self.items, self.decision):
            editor.saved.connect(self._saved)
            editor.failed.connect(lambda _field, message: self._show(message, problem=True))

    def refresh(self) -> None:
        """Reads everything again, keeping the cell in view where it still exists."""
        assert self.conference_id is not None
        self.undo.dismiss()
        self._reload(again=True)
        fields = get_conference_fields(self.db, self.conference_id)
        self.log.load(self.conference_id, f"{fields['reference']} {fields['family_name']}",
                      self.model.grid.everyone)
        self._show("")

    def flush(self) -> None:
        self.items.saver.flush()
        self.decision.saver.flush()

    def _reload(self, again: bool = False) -> None:
        assert self.conference_id is not None
        item_id, person_id = self._current_ids()
        self.model.set_grid(sharing.load_grid(self.db, self.conference_id))
        if item_id is not None:
            self.select(item_id, person_id)
        elif self.model.rowCount() and self.model.columnCount():
            self.grid.setCurrentIndex(self.model.index(0, 0))
        has_items = bool(self.model.grid.items)
        has_people = bool(self.model.grid.people)
        self.empty.setVisible(not has_items)
        self.nobody.setVisible(has_items and not has_people)
        self.keys.setVisible(has_items and has_people)
        self.grid.setVisible(has_items and has_people)
        self.remove_button.setEnabled(has_items)
        self.role_button.setEnabled(has_items and bool(self.model.grid.people))
        self._show_current(again)
        self.receive.load(self.conference_id, self.model.grid.people)

    def select(self, item_id: int, person_id: int | None = None) -> None:
        """Makes an item's cell for a person (the first person's if not given) current."""
        self._lone_item_id = item_id
        index = self.model.index_of(item_id, person_id)
        if index.isValid():
            self.grid.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.grid.scrollTo(index)

    def _current_ids(self) -> tuple[int | None, int | None]:
        index = self.grid.currentIndex()
        item = self._current_item()
        person = self.model.person_at(index.column()) if index.isValid() else None
        return (item.id if item else None, person.id if person else None)

    def _current_item(self) -> GridItem | None:
        """The current row's item; with nobody listed yet, the one last added, or the first."""
        index = self.grid.currentIndex()
        if index.isValid():
            return self.model.item_at(index.row())
        items = self.model.grid.items
        return next((item for item in items if item.id == self._lone_item_id),
                    items[0] if items else None)

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current()

    def _show_current(self, again: bool = False) -> None:
        index = self.grid.currentIndex()
        item = self._current_item()
        self.items.show_item(item, self.model.grid.everyone, again)
        self.decision.show_cell(self.model.cell_at(index) if index.isValid() else None, again)
        person = self.model.person_at(index.column()) if index.isValid() else None
        if person is not None:
            self.receive.show_person(person.id)

    def _tab_changed(self) -> None:
        self.flush()
        if self.tabs.currentWidget() is self.log:
            self.log.refresh()

    def _filter_changed(self, checked: bool) -> None:
        item_id, person_id = self._current_ids()
        self.model.set_only_undecided(checked)
        if item_id is not None:
            self.select(item_id, person_id)
        self._show_current()

    def _changed(self, news: str) -> None:
        """After a save: the grid, the preview and the header read what is stored now."""
        self._reload()
        self._show(news)
        self.conference_changed.emit()

    def _saved(self, _field: str) -> None:
        self._changed(_("Saved"))

    def _show(self, text: str, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setAccessibleDescription(text)
        font = self.status.font()
        font.setBold(problem)
        self.status.setFont(font)

    def _attempt(self, action: Callable[[], None]) -> bool:
        try:
            action()
        except UserError as error:
            self._show(str(error), problem=True)
            return False
        return True

    def add_item(self) -> None:
        assert self.conference_id is not None
        conference_id = self.conference_id
        self.flush()
        made: list[int] = []
        if self._attempt(lambda: made.append(
                sharing.add_item(self.db, conference_id, _("New information")))):
            if self.only_undecided.isChecked():
                self.only_undecided.setChecked(False)
            self._changed(_("Added. Write its title and words below."))
            self.select(made[0])
            self.items.focus_title()

    def remove_current(self) -> None:
        item_id, _person_id = self._current_ids()
        if item_id is not None:
            self.remove_item(item_id)

    def remove_item(self, item_id: int) -> None:
        self.flush()
        taken: list[sharing.RemovedItem] = []
        if self._attempt(lambda: taken.append(sharing.remove_item(self.db, item_id))):
            removed = taken[0]
            self._changed(_("Removed."))
            self.undo.offer(_("“{title}” removed.").format(title=removed.title),
                            lambda: self._put_back(removed))

    def _put_back(self, removed: sharing.RemovedItem) -> None:
        restored: list[int] = []
        if self._attempt(lambda: restored.append(sharing.restore_item(self.db, removed))):
            self._changed(_("Put back."))
            self.select(restored[0])

    def decide(self, item_id: int, person_id: int, choice: SharingChoice | None,
               summary: str = "") -> None:
        self.flush()
        priors: list[sharing.PriorDecision] = []
        if self._attempt(lambda: priors.append(
                sharing.decide(self.db, item_id, person_id, choice, summary))):
            if choice is None and priors[0].values is None:
                return  # nothing was decided, so nothing changed
            self._changed(_("Saved"))
            self.select(item_id, person_id)
            self._show_current(again=True)
            self.undo.offer(_("Decision changed."), lambda: self._undo_decisions(priors))

    def _undo_decisions(self, priors: list[sharing.PriorDecision]) -> None:
        if self._attempt(lambda: sharing.restore_decisions(self.db, priors)):
            self._changed(_("Put back as it was."))
            self._show_current(again=True)

    def _summary_written(self, item_id: int, person_id: int, text: str) -> None:
        self.decide(item_id, person_id, SharingChoice.SUMMARY, text)
        self.grid.setFocus()

    def _decide_current(self, choice: SharingChoice | None) -> None:
        item_id, person_id = self._current_ids()
        if item_id is not None and person_id is not None:
            self.decide(item_id, person_id, choice)

    def _summary_current(self) -> None:
        index = self.grid.currentIndex()
        if index.isValid():
            self.grid.setFocus()
            self.grid.edit(index)

    def decide_for_role(self) -> RoleDecisionDialog:
        """Opens the dialog (never modal-blocking) and returns it, so a test can fill it in."""
        self.flush()
        dialog = RoleDecisionDialog(self.model.grid.people, self.model.grid.items,
                                    self._current_item(),
                                    self._apply_role, self, db=self.db)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _apply_role(self, chosen: RoleDecision) -> str | None:
        assert self.conference_id is not None
        try:
            priors = sharing.decide_for_role(
                self.db, self.conference_id, chosen.role, chosen.item_ids, chosen.choice,
                chosen.summary, chosen.reason or None)
        except UserError as error:
            return str(error)
        self._changed(_("Saved"))
        self._show_current(again=True)
        self.undo.offer(_("Decided for a role."), lambda: self._undo_decisions(priors))
        return None
