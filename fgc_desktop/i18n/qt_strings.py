"""Qt's own words a coordinator sees, for the interface catalogue to translate.

Qt ships no Welsh, so the standard buttons, the text boxes' right-click menu
and the common file, print and message dialogs would stay English in a Welsh
window. Each is marked here with the Qt context it is asked for in, and
extracted into ``fgc_ui`` with the message context set to that Qt context
(Babel keyword ``QT_N_:1c,2``). The sources are Qt's, word for word: a change
of one character and Qt no longer finds the translation.
"""

from __future__ import annotations


def QT_N_(context: str, message: str) -> tuple[str, str]:
    """Mark one of Qt's messages; Qt asks for it by ``context`` and ``message``."""
    return context, message


QT_MESSAGES: frozenset[tuple[str, str]] = frozenset({
    QT_N_("QPlatformTheme", "OK"),
    QT_N_("QPlatformTheme", "Save"),
    QT_N_("QPlatformTheme", "Save All"),
    QT_N_("QPlatformTheme", "Open"),
    QT_N_("QPlatformTheme", "&Yes"),
    QT_N_("QPlatformTheme", "Yes to &All"),
    QT_N_("QPlatformTheme", "&No"),
    QT_N_("QPlatformTheme", "N&o to All"),
    QT_N_("QPlatformTheme", "Abort"),
    QT_N_("QPlatformTheme", "Retry"),
    QT_N_("QPlatformTheme", "Ignore"),
    QT_N_("QPlatformTheme", "Close"),
    QT_N_("QPlatformTheme", "Cancel"),
    QT_N_("QPlatformTheme", "Discard"),
    QT_N_("QPlatformTheme", "Help"),
    QT_N_("QPlatformTheme", "Apply"),
    QT_N_("QPlatformTheme", "Reset"),
    QT_N_("QPlatformTheme", "Restore Defaults"),
    QT_N_("QLineEdit", "&Undo"),
    QT_N_("QLineEdit", "&Redo"),
    QT_N_("QLineEdit", "Cu&t"),
    QT_N_("QLineEdit", "&Copy"),
    QT_N_("QLineEdit", "&Paste"),
    QT_N_("QLineEdit", "Delete"),
    QT_N_("QLineEdit", "Select All"),
    QT_N_("QWidgetTextControl", "&Undo"),
    QT_N_("QWidgetTextControl", "&Redo"),
    QT_N_("QWidgetTextControl", "Cu&t"),
    QT_N_("QWidgetTextControl", "&Copy"),
    QT_N_("QWidgetTextControl", "&Paste"),
    QT_N_("QWidgetTextControl", "Delete"),
    QT_N_("QWidgetTextControl", "Select All"),
    QT_N_("QMessageBox", "Show Details..."),
    QT_N_("QMessageBox", "Hide Details..."),
    QT_N_("QFileDialog", "Open"),
    QT_N_("QFileDialog", "Save As"),
    QT_N_("QFileDialog", "&Open"),
    QT_N_("QFileDialog", "&Save"),
    QT_N_("QFileDialog", "&Choose"),
    QT_N_("QFileDialog", "&Look in:"),
    QT_N_("QFileDialog", "File &name:"),
    QT_N_("QFileDialog", "Files of &type:"),
    QT_N_("QFileDialog", "All Files (*)"),
    QT_N_("QFileDialog", "&New Folder"),
    QT_N_("QFileSystemModel", "Name"),
    QT_N_("QFileSystemModel", "Size"),
    QT_N_("QFileSystemModel", "Date Modified"),
    QT_N_("QPrintDialog", "Print"),
    QT_N_("QPrintDialog", "&Print"),
    QT_N_("QPrintDialog", "&Options >>"),
    QT_N_("QPrintDialog", "&Options <<"),
    QT_N_("QPrintWidget", "Printer"),
    QT_N_("QPrintWidget", "&Name:"),
    QT_N_("QPrintWidget", "P&roperties"),
    QT_N_("QPrintSettingsOutput", "Copies:"),
    QT_N_("QPrintSettingsOutput", "Print all"),
    QT_N_("QPrintSettingsOutput", "Pages from"),
    QT_N_("QPrintSettingsOutput", "to"),
})
