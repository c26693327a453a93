"""The main window: Home, the conference list, the workspace of one conference, the menus.

The window only routes: every change goes through a service, and each page
reads and saves for itself. After a restore the window is handed the new
database and builds its views afresh, so no view keeps the replaced one.
The workspace is built the first time a conference is opened, so the window
shows Home without loading any conference page.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QToolBar, QWidget

from fgc_desktop import __version__
from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.paths import APP_NAME
from fgc_desktop.services.conferences import find_conference_id, set_archived
from fgc_desktop.store.database import Database
from fgc_desktop.ui import casefile_actions
from fgc_desktop.ui.conference_list import ConferenceListView
from fgc_desktop.ui.home import HomeView
from fgc_desktop.ui.icons import app_icon, icon
from fgc_desktop.ui.new_conference_dialog import NewConferenceDialog
from fgc_desktop.ui.safety_actions import SafetyActions
from fgc_desktop.ui.tool_actions import ToolActions
from fgc_desktop.ui.undo_notice import UndoNotice
from fgc_desktop.ui.window_state import WindowLayout, read_layout, write_layout

if TYPE_CHECKING:
    from fgc_desktop.ui.workspace import Workspace


def _action(parent: QWidget, text: str, icon_name: str = "",
            shortcut: QKeySequence | str = "") -> QAction:
    action = QAction(text, parent)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    return action


class MainWindow(QMainWindow):
    def __init__(self, db: Database, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.data_dir = data_dir
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self._splitter_state: QByteArray | None = None
        self._make_actions()
        self.safety = SafetyActions(self)
        self.tools = ToolActions(self)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self._build_views()
        self.undo_notice = UndoNotice()
        self.statusBar().addPermanentWidget(self.undo_notice)
        self._make_menus()
        self._make_switch()
        self.stack.currentChanged.connect(self._update_actions)
        self._restore_layout()
        self._update_actions()

    def _build_views(self) -> None:
        """Home and the list over ``self.db``; the workspace waits for a conference."""
        self.list_view = ConferenceListView(
            self.db, (self.new_action, self.open_action, self.archive_action)
        )
        self.list_view.addAction(self.open_action)
        self.home = HomeView(self.db, (self.new_action,))
        self._workspace: Workspace | None = None
        for view in (self.home, self.list_view):
            self.stack.addWidget(view)
        self._came_from: QWidget = self.home
        self.home.open_requested.connect(self.open_conference)
        self.list_view.open_requested.connect(self.open_conference)
        self.list_view.selection_changed.connect(self._update_actions)

    @property
    def workspace(self) -> Workspace:
        """The workspace of one conference, built the first time it is needed."""
        if self._workspace is None:
            from fgc_desktop.ui.workspace import Workspace

            self._workspace = Workspace(self.db)
            self.stack.addWidget(self._workspace)
            self._workspace.back_requested.connect(self.go_back)
            if self._splitter_state is not None:
                self._workspace.restore_splitter_state(self._splitter_state)
            self._name_the_way_back()
        return self._workspace

    def _workspace_splitter(self) -> QByteArray | None:
        """The workspace's widths: its own once built, else those restored at start."""
        if self._workspace is not None:
            return self._workspace.splitter_state()
        return self._splitter_state

    def use_database(self, db: Database) -> None:
        """Shows ``db`` in new views; the old views go, and with them the old database."""
        old_views = [view for view in (self.home, self.list_view, self._workspace) if view]
        columns, self._splitter_state = self.list_view.header_state(), self._workspace_splitter()
        self.undo_notice.dismiss()
        self.db = db
        self._build_views()
        self.list_view.restore_header_state(columns)
        self.show_home()
        for view in old_views:
            self.stack.removeWidget(view)
            view.deleteLater()

    def flush(self) -> None:
        """Saves whatever the open conference's page holds unsaved.

        Does nothing when no conference is in view, so it never builds the workspace.
        """
        if self.in_workspace():
            self.workspace.flush()

    def _make_actions(self) -> None:
        self.new_action = _action(self, _("&New conference…"), "plus", "Ctrl+N")
        self.import_action = _action(self, _("&Import case file…"), "file-import")
        self.export_action = _action(self, _("&Export case file…"), "file-export")
        self.settings_action = _action(self, _("&Settings…"), "settings", "Ctrl+,")
        self.quit_action = _action(self, _("&Quit"), shortcut="Ctrl+Q")
        self.open_action = _action(self, _("&Open"), "folder-open", QKeySequence(Qt.Key.Key_Return))
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.archive_action = _action(self, _("&Archive"), "archive")
        self.back_action = _action(self, _("&Back to all conferences"), "arrow-left", "Ctrl+W")
        self.home_action = _action(self, _("&Home"), "home", "Ctrl+1")
        self.list_action = _action(self, _("All &conferences"), "list-details", "Ctrl+2")
        self.about_action = _action(self, _("&About FGC Desktop"))

        self.new_action.triggered.connect(self.new_conference)
        self.import_action.triggered.connect(self.import_case_file)
        self.export_action.triggered.connect(self.export_case_file)
        self.settings_action.triggered.connect(self.open_settings)
        self.quit_action.triggered.connect(self.close)
        self.open_action.triggered.connect(self._open_chosen)
        self.archive_action.triggered.connect(self.toggle_archived)
        self.back_action.triggered.connect(self.go_back)
        self.home_action.triggered.connect(self.show_home)
        self.list_action.triggered.connect(self.show_list)
        self.about_action.triggered.connect(self.show_about)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(_("&File"))
        file_menu.addActions([self.new_action, self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addActions([self.safety.backup_action, self.safety.restore_action])
        file_menu.addSeparator()
        file_menu.addActions([self.safety.history_action, self.safety.retention_action])
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        go_menu = bar.addMenu(_("&Go"))
        go_menu.addActions([self.home_action, self.list_action])
        conference_menu = bar.addMenu(_("&Conference"))
        conference_menu.addActions([self.open_action, self.archive_action, self.back_action])
        conference_menu.addSeparator()
        conference_menu.addAction(self.safety.conference_history_action)
        tools_menu = bar.addMenu(_("&Tools"))
        tools_menu.addActions([self.tools.report_action, self.tools.glossary_action,
                               self.tools.translations_action])
        help_menu = bar.addMenu(_("&Help"))
        help_menu.addAction(self.about_action)

    def _make_switch(self) -> None:
        """Home and the list side by side at the top, each one keystroke away."""
        switch = QActionGroup(self)
        switch.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        for action in (self.home_action, self.list_action):
            action.setCheckable(True)
            switch.addAction(action)
        toolbar = QToolBar(_("Go to"))
        toolbar.setObjectName("go_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addActions([self.home_action, self.list_action])
        self.home_action.setToolTip(_("Home: what needs you across all conferences (Ctrl+1)"))
        self.list_action.setToolTip(_("The list of all conferences (Ctrl+2)"))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def in_workspace(self) -> bool:
        return self._workspace is not None and self.stack.currentWidget() is self._workspace

    def current_conference(self) -> tuple[int, str, bool] | None:
        """The conference in view or chosen in the list: its id, reference and archived flag."""
        if self.in_workspace() and self.workspace.conference_id is not None:
            return self.workspace.conference_id, self.workspace.reference, self.workspace.archived
        if self.stack.currentWidget() is not self.list_view:
            return None
        row = self.list_view.current_row()
        return (row.id, row.reference, row.archived) if row else None

    def open_conference(self, conference_id: int, page_key: str | None = None) -> None:
        """Opens a conference; going back returns to Home or the list, wherever it came from."""
        if not self.in_workspace():
            on_list = self.stack.currentWidget() is self.list_view
            self._came_from = self.list_view if on_list else self.home
        self.workspace.open(conference_id, page_key)
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.nav.setFocus()
        self.setWindowTitle(f"{self.workspace.reference} – {APP_NAME}")

    def go_back(self) -> None:
        if self._came_from is self.list_view:
            self.show_list()
        else:
            self.show_home()

    def show_home(self) -> None:
        """Shows Home, read afresh: a conference may have changed since it was last shown."""
        self.flush()
        self.home.refresh()
        self.stack.setCurrentWidget(self.home)
        self.home.focus_first_line()
        self.setWindowTitle(APP_NAME)
        self._update_actions()

    def show_list(self) -> None:
        keep = self.workspace.conference_id if self.in_workspace() else None
        self.flush()
        self.list_view.refresh(keep)
        self.stack.setCurrentWidget(self.list_view)
        self.list_view.table.setFocus()
        self.setWindowTitle(APP_NAME)
        self._update_actions()

    def new_conference(self) -> None:
        self.flush()
        dialog = NewConferenceDialog(self.db, self)
        if dialog.exec() and dialog.conference_id is not None:
            self.list_view.refresh(dialog.conference_id)
            self.open_conference(dialog.conference_id, "referral")

    def toggle_archived(self) -> None:
        chosen = self.current_conference()
        if chosen is None:
            return
        conference_id, reference, archived = chosen
        self._set_archived(conference_id, not archived)
        done = _("Archived {reference}.") if not archived else _("Unarchived {reference}.")
        self.undo_notice.offer(done.format(reference=reference),
                               lambda: self._set_archived(conference_id, archived))
        if self.in_workspace():
            self.go_back()

    def _set_archived(self, conference_id: int, archived: bool) -> None:
        try:
            set_archived(self.db, conference_id, archived)
        except UserError as error:
            QMessageBox.warning(self, _("Archive"), str(error))
            return
        if self._workspace is not None and self._workspace.conference_id == conference_id:
            self._workspace.refresh_header()
        self.list_view.refresh(conference_id)
        if self.stack.currentWidget() is self.home:
            self.home.refresh()
        self._update_actions()

    def import_case_file(self) -> None:
        reference = casefile_actions.import_from_dialog(self, self.db)
        if reference is None:
            return
        self.statusBar().showMessage(_("Imported {reference}.").format(reference=reference),
                                     10_000)
        conference_id = find_conference_id(self.db, reference)
        self.list_view.refresh(conference_id)
        self.open_conference(conference_id)

    def export_case_file(self) -> None:
        chosen = self.current_conference()
        if chosen is None:
            return
        self.flush()
        written = casefile_actions.export_from_dialog(self, self.db, chosen[1])
        if written is not None:
            self.statusBar().showMessage(_("Saved the case file as {file}.").format(file=written),
                                         10_000)

    def open_settings(self) -> None:
        from fgc_desktop.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.db, self.data_dir, self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self, _("About FGC Desktop"),
            _("FGC Desktop {version}\n\nFor coordinators of family group conferences: the "
              "referral, the preparation, the meeting, the family's plan and the review, "
              "in one place.\n\nIcons: Tabler Icons, MIT licence.").format(version=__version__),
        )

    def _open_chosen(self) -> None:
        if self.stack.currentWidget() is self.list_view:
            self.list_view.open_current()

    def _update_actions(self) -> None:
        chosen = self.current_conference()
        in_workspace = self.in_workspace()
        current = self.stack.currentWidget()
        self.open_action.setEnabled(current is self.list_view and chosen is not None)
        self.archive_action.setEnabled(chosen is not None)
        self.export_action.setEnabled(chosen is not None)
        self.back_action.setEnabled(in_workspace)
        self.safety.update(chosen is not None)
        archived = chosen is not None and chosen[2]
        self.archive_action.setText(_("Un&archive") if archived else _("&Archive"))
        self.home_action.setChecked(current is self.home)
        self.list_action.setChecked(current is self.list_view)
        self._name_the_way_back()

    def _name_the_way_back(self) -> None:
        """The back button and menu item say where they go: Home or the list."""
        to_home = self._came_from is self.home
        self.back_action.setText(_("&Back to Home") if to_home
                                 else _("&Back to all conferences"))
        if self._workspace is None:
            return
        back = self._workspace.back
        back.setText(_("Home") if to_home else _("All conferences"))
        back.setAccessibleName(_("Back to Home") if to_home else _("Back to all conferences"))
        back.setToolTip(_("Back to Home (Ctrl+W or Esc)") if to_home
                        else _("Back to the list of conferences (Ctrl+W or Esc)"))

    def _restore_layout(self) -> None:
        layout = read_layout(self.data_dir)
        if layout.geometry is None or not self.restoreGeometry(layout.geometry):
            screen = self.screen().availableGeometry()
            self.resize(screen.width() * 4 // 5, screen.height() * 4 // 5)
        if layout.window_state is not None:
            self.restoreState(layout.window_state)
        if layout.list_columns is not None:
            self.list_view.restore_header_state(layout.list_columns)
        self._splitter_state = layout.splitter
        if layout.open_reference:
            try:
                conference_id = find_conference_id(self.db, layout.open_reference)
            except UserError:
                self.show_home()
                return
            self.list_view.select_conference(conference_id)
            self.open_conference(conference_id, layout.open_page or None)
        else:
            self.show_home()

    def closeEvent(self, event: QCloseEvent) -> None:
        in_workspace = self.in_workspace()
        self.flush()
        write_layout(self.data_dir, WindowLayout(
            geometry=self.saveGeometry(), window_state=self.saveState(),
            list_columns=self.list_view.header_state(),
            splitter=self._workspace_splitter(),
            open_reference=self.workspace.reference if in_workspace else "",
            open_page=self.workspace.current_key() if in_workspace else "",
        ))
        event.accept()
