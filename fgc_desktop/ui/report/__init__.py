"""The service report window: figures for a period, bar charts, and the CSV for evaluation.

It opens from the Tools menu (``ToolActions.open_report`` in ``fgc_desktop/ui/tool_actions.py``),
which first saves the open page's unsaved edits with ``MainWindow.flush()``. That does
nothing when no conference is open, so opening the report never builds the workspace.
"""

from fgc_desktop.ui.report.dialog import ReportDialog

__all__ = ["ReportDialog"]
