"""The service report: a period, its figures in words and bar charts, and the CSV for evaluation.

``ReportDialog(db, parent)``; open it with ``open()`` or ``show()``. The
figures are read again whenever a date changes to a real one. Saving the CSV
asks for a file name; :meth:`ReportDialog.export_to` saves to a path given.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.validation import check_date
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.outcomes import months_later
from fgc_desktop.services.report import ServiceReport, build_report
from fgc_desktop.services.report_export import export_csv
from fgc_desktop.store.database import Database
from fgc_desktop.ui.arrangements.fields import place
from fgc_desktop.ui.date_field import DateField
from fgc_desktop.ui.folders import documents_folder
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.report.figures import ReportFigures
from fgc_desktop.ui.widgets import heading, note


def last_twelve_months(today: date) -> tuple[date, date]:
    return months_later(today, -12) + timedelta(days=1), today


class ReportDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._today = today or date.today()
        self.report: ServiceReport | None = None
        self.setWindowTitle(_("Service report"))
        self.setAccessibleName(_("Service report"))
        start, end = last_twelve_months(self._today)
        self.start = DateField(_("First day of the period"))
        self.start.set_date(start)
        self.end = DateField(_("Last day of the period"))
        self.end.set_date(end)
        for field in (self.start, self.end):
            field.edited.connect(lambda _text: self.show_report())
        self.message = note()
        self.message.setAccessibleName(_("News about the report"))
        self.figures = ReportFigures()
        self.save_button = QPushButton(icon("file-export"), _("&Save as CSV for evaluation…"))
        self.save_button.setToolTip(_("One line per conference and per child, with no names, "
                                      "addresses or notes."))
        self.save_button.clicked.connect(self.ask_where_to_save)
        self._lay_out()
        self.show_report()

    def _lay_out(self) -> None:
        period = QGridLayout()
        place(period, 0, 0, _("&From"), self.start)
        place(period, 0, 2, _("&To"), self.end)
        top = QHBoxLayout()
        top.addLayout(period)
        top.addStretch(1)
        top.addWidget(self.save_button)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(self.figures)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(_("Service report")))
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(scroller, 1)
        layout.addWidget(buttons)
        self.setSizeGripEnabled(True)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 130, metrics.height() * 42)

    def show_report(self) -> None:
        """Counts the period typed; a date not yet real leaves the last figures in view."""
        try:
            start = check_date(_("First day of the period"), self.start.text())
            end = check_date(_("Last day of the period"), self.end.text())
            self.report = build_report(self._db, start, end, self._today)
        except UserError as error:
            self.message.setText(str(error))
            return
        self.message.setText("")
        self.figures.show_report(self.report)

    def ask_where_to_save(self) -> None:
        if self.report is None:
            return
        folder = documents_folder()
        name = _("service-report-{start}-to-{end}.csv").format(
            start=self.report.period.start.isoformat(), end=self.report.period.end.isoformat())
        path, _chosen = QFileDialog.getSaveFileName(
            self, _("Save the service report"), str(Path(folder) / name),
            _("CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Path | None:
        """Saves the CSV at ``path``; says where, or what went wrong."""
        if self.report is None:
            return None
        try:
            saved = export_csv(self.report, path)
        except UserError as error:
            self.message.setText(str(error))
            return None
        self.message.setText(_("Saved the report to {path}.").format(path=saved))
        return saved
