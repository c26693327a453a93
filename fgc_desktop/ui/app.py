"""Starting the window: the application object, the database, the main window, the event loop."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import _, set_interface_language
from fgc_desktop.paths import APP_NAME
from fgc_desktop.services.settings import get_setting
from fgc_desktop.store.database import Database
from fgc_desktop.ui.icons import app_icon
from fgc_desktop.ui.main_window import MainWindow

USER_ERROR = 2


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
    """The window over an open database, its layout restored; not shown yet."""
    set_interface_language(str(get_setting(db, "interface_language")))
    return MainWindow(db, data_dir)


def run_app(data_dir: Path) -> int:
    """Opens the window on the data folder and runs until it is closed; the exit status."""
    from fgc_desktop.cli import open_database

    app = application()
    try:
        db = open_database(data_dir)
    except UserError as error:
        QMessageBox.critical(None, _("FGC Desktop cannot start"), str(error))
        return USER_ERROR
    try:
        window = create_main_window(db, data_dir)
        window.show()
        return app.exec()
    finally:
        db.close()
