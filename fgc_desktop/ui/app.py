"""Starting the window: the application object, the database, the main window, the event loop.

A database that cannot be opened (damaged, locked, made by a newer version)
is explained, and a restore from a backup is offered there and then. Once the
window shows, today's backup is made in the background.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import _, set_interface_language
from fgc_desktop.i18n.languages import INTERFACE_LANGUAGES
from fgc_desktop.paths import APP_NAME
from fgc_desktop.services.settings import get_setting
from fgc_desktop.settings import read_database_url
from fgc_desktop.store.database import Database
from fgc_desktop.ui.icons import app_icon
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.qt_translation import ENGLISH, install_qt_translation
from fgc_desktop.ui.restore_dialog import RestoreDialog

USER_ERROR = 2
SETTLE_AFTER_MS = 1000  # once the window has been drawn and the coordinator is reading it


def application() -> QApplication:
    """The one application object, made with the app's name and icon.

    Qt's native style is kept, so the window looks at home on Windows and follows
    the system's light or dark mode.
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(app_icon())
    return app


def create_main_window(db: Database, data_dir: Path) -> MainWindow:
    """The window over an open database, its layout restored; not shown yet.

    The interface language is set first, for the app's words and Qt's own,
    because every widget takes its words when it is made.
    """
    chosen = str(get_setting(db, "interface_language"))
    language_code = chosen if chosen in INTERFACE_LANGUAGES else ENGLISH
    set_interface_language(language_code)
    install_qt_translation(language_code)
    return MainWindow(db, data_dir)


def run_app(data_dir: Path) -> int:
    """Opens the window on the data folder and runs until it is closed; the exit status."""
    app = application()
    db = open_or_restore(data_dir)
    if db is None:
        return USER_ERROR
    window: MainWindow | None = None
    try:
        window = create_main_window(db, data_dir)
        window.show()
        window.safety.back_up_if_due()
        prepare_soon()
        return app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone()
        (window.db if window is not None else db).close()


def prepare_soon() -> None:
    """Schedules :func:`prepare_in_background` for once the window has been drawn."""
    QTimer.singleShot(SETTLE_AFTER_MS, prepare_in_background)


def prepare_in_background() -> None:
    """Loads the reading level's word list before the first conference is opened.

    It is a second of pure Python that holds the interpreter lock: loaded while
    the coordinator opens a conference, it made that first open take over a
    second. Memory is settled once the list is in. Imported here, so start-up
    does not pay for the measuring library.
    """
    from fgc_desktop.ui.plain_language.reading_levels import reading_levels

    levels = reading_levels()
    if levels.is_ready:
        settle_memory()
    else:
        levels.ready.connect(settle_memory)


def settle_memory() -> None:
    """Sets aside what start-up made (modules, classes, the window) from garbage collection.

    Those objects live as long as the app, yet every full collection would walk
    them all, holding the interpreter lock for tens of milliseconds while the
    window waits.
    """
    gc.collect()
    gc.freeze()


def open_or_restore(data_dir: Path) -> Database | None:
    """The database; if it cannot be opened, the reason and an offer to restore a backup.

    None when the coordinator closes the message instead.
    """
    from fgc_desktop.cli import open_database

    while True:
        try:
            return open_database(data_dir)
        except UserError as error:
            if not _offer_restore(str(error), data_dir):
                return None


def _offer_restore(problem: str, data_dir: Path) -> bool:
    """Shows why the data cannot be opened; True once a backup has been restored."""
    box = QMessageBox(QMessageBox.Icon.Critical, _("FGC Desktop cannot start"), problem)
    box.setAccessibleName(_("FGC Desktop cannot start"))
    restore = None
    if not _on_server(data_dir):
        box.setInformativeText(_("You can put your data back from a backup. Your data as it "
                                 "is now is kept aside first."))
        restore = box.addButton(_("&Restore from a backup…"), QMessageBox.ButtonRole.AcceptRole)
        restore.setAccessibleName(_("Restore from a backup"))
    close = box.addButton(_("&Close"), QMessageBox.ButtonRole.RejectRole)
    close.setAccessibleName(_("Close"))
    box.setDefaultButton(restore or close)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False
    dialog = RestoreDialog(None, data_dir)
    dialog.restored.connect(dialog.accept)
    return bool(dialog.exec())


def _on_server(data_dir: Path) -> bool:
    """Whether a team server is set, whose backups are the server's own business."""
    try:
        url = read_database_url(data_dir)
    except UserError:
        return False
    return bool(url) and not url.startswith("sqlite")
