"""The service report window: figures for a period, bar charts, and the CSV for evaluation.

To offer it in the main window (the lead owns ``ui/main_window.py``), add in
``MainWindow._make_actions``::

    self.report_action = _action(self, _("Service &report…"), "chart-bar")
    self.report_action.triggered.connect(self.open_report)

put ``self.report_action`` in the File menu (after the case-file actions), and::

    def open_report(self) -> None:
        self.workspace.flush()
        ReportDialog(self.db, self).open()
"""

from fgc_desktop.ui.report.dialog import ReportDialog

__all__ = ["ReportDialog"]
