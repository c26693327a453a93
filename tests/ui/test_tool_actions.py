"""The Tools menu opens the service report, the glossary and the translations."""

from pytestqt.qtbot import QtBot

from fgc_desktop.store.database import Database
from fgc_desktop.ui.plain_language.glossary_dialog import GlossaryDialog
from fgc_desktop.ui.report import ReportDialog
from fgc_desktop.ui.translations.review_dialog import TranslationReviewDialog
from tests.ui.conftest import WindowFactory


def test_the_tools_menu_opens_the_report_and_the_glossary(
    qtbot: QtBot, make_window: WindowFactory, db: Database
) -> None:
    window = make_window(db)
    titles = [action.text() for action in window.menuBar().actions()]
    assert "&Tools" in titles
    window.tools.report_action.trigger()
    assert isinstance(window.tools.dialog, ReportDialog)
    qtbot.waitUntil(lambda: window.tools.dialog is not None and window.tools.dialog.isVisible())
    window.tools.dialog.reject()
    window.tools.glossary_action.trigger()
    assert isinstance(window.tools.dialog, GlossaryDialog)
    qtbot.waitUntil(lambda: window.tools.dialog is not None and window.tools.dialog.isVisible())
    window.tools.dialog.reject()
    window.tools.translations_action.trigger()
    assert isinstance(window.tools.dialog, TranslationReviewDialog)
    qtbot.waitUntil(lambda: window.tools.dialog is not None and window.tools.dialog.isVisible())
    window.tools.dialog.reject()


def test_the_glossary_setting_is_not_a_raw_box_in_settings() -> None:
    from fgc_desktop.ui.settings_dialog import sections_with_settings

    keys = [spec.key for _title, specs in sections_with_settings() for spec in specs]
    assert "glossary_additions" not in keys
