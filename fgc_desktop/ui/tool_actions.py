"""The Tools menu: the service report, the glossary of plain words, and the translations.

Each opens with ``open()``, so the window stays usable behind it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.plain_language.glossary_dialog import GlossaryDialog
from fgc_desktop.ui.report import ReportDialog
from fgc_desktop.ui.translations.review_dialog import TranslationReviewDialog

if TYPE_CHECKING:
    from fgc_desktop.ui.main_window import MainWindow


class ToolActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: QDialog | None = None
        self.report_action = QAction(icon("chart-bar"), _("Service &report…"), window)
        self.report_action.setToolTip(
            _("Figures for a period, with charts and a CSV without names for evaluation"))
        self.glossary_action = QAction(icon("vocabulary"), _("&Glossary of plain words…"),
                                       window)
        self.glossary_action.setToolTip(
            _("The words the plain-words checker flags, and your service's own"))
        self.translations_action = QAction(icon("messages"), _("&Translations…"), window)
        self.translations_action.setToolTip(
            _("Check and correct the words of the family documents in each language"))
        self.translations_action.triggered.connect(self.open_translations)
        self.report_action.triggered.connect(self.open_report)
        self.glossary_action.triggered.connect(self.open_glossary)

    def open_report(self) -> None:
        self._window.flush()
        self._show(ReportDialog(self._window.db, self._window))

    def open_glossary(self) -> None:
        self._show(GlossaryDialog(self._window.db, self._window))

    def open_translations(self) -> None:
        self._show(TranslationReviewDialog(self._window.data_dir, self._window))

    def _show(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
