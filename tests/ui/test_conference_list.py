"""The conference list: new, search as you type, stage filter, archive with undo, lazy paging."""

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.enums import Stage
from fgc_desktop.services.conferences import get_conference_fields, list_conferences
from fgc_desktop.services.settings import save_setting
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import Conference
from fgc_desktop.ui.conference_model import PAGE_SIZE, ConferenceTableModel
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.new_conference_dialog import NewConferenceDialog
from tests.ui.conftest import WindowFactory, when_dialog_opens


def _add(db: Database, *conferences: tuple[str, str, Stage]) -> None:
    with db.session() as session:
        session.add_all(
            Conference(reference=reference, family_name=family, stage=stage)
            for reference, family, stage in conferences
        )


def _families(window: MainWindow) -> list[str]:
    model = window.list_view.model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_new_conference_suggests_a_reference_and_the_coordinators_name(
    qtbot: QtBot, db: Database
) -> None:
    save_setting(db, "coordinator_name", "Robin Sample")
    dialog = NewConferenceDialog(db)
    qtbot.addWidget(dialog)

    assert dialog.reference.text().startswith("FGC-")
    assert dialog.coordinator.text() == "Robin Sample"
    qtbot.keyClicks(dialog.family_name, "Alderwood")
    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.conference_id is not None
    fields = get_conference_fields(db, dialog.conference_id)
    assert (fields["family_name"], fields["coordinator_name"]) == ("Alderwood", "Robin Sample")


def test_an_empty_family_name_is_explained_in_the_dialog(qtbot: QtBot, db: Database) -> None:
    dialog = NewConferenceDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()

    dialog.accept()

    assert dialog.isVisible()
    assert dialog.conference_id is None
    assert "Family name cannot be empty" in dialog.message.text()
    assert not dialog.message.isHidden()
    assert list_conferences(db) == []


def test_new_conference_from_the_window_opens_its_referral_page(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    def fill_in(dialog: QDialog) -> None:
        assert isinstance(dialog, NewConferenceDialog)
        qtbot.keyClicks(dialog.family_name, "Birchfield")
        dialog.accept()

    when_dialog_opens(qtbot, fill_in)
    window.new_action.trigger()

    assert window.in_workspace()
    assert window.workspace.current_key() == "referral"
    assert window.workspace.family.text() == "Birchfield"


def test_search_filters_the_list_as_you_type(
    qtbot: QtBot, make_window: WindowFactory, db: Database
) -> None:
    _add(db, ("FGC-2026-0001", "Alderwood", Stage.REFERRAL),
         ("FGC-2026-0002", "Birchfield", Stage.PREPARATION),
         ("FGC-2026-0003", "Birchall", Stage.MEETING))
    window = make_window(db)
    assert len(_families(window)) == 3

    qtbot.keyClicks(window.list_view.search, "birch")

    qtbot.waitUntil(lambda: sorted(_families(window)) == ["Birchall", "Birchfield"])
    qtbot.keyClicks(window.list_view.search, "f")
    qtbot.waitUntil(lambda: _families(window) == ["Birchfield"])
    assert window.list_view.count.text() == "1 conference"


def test_a_search_that_finds_nothing_says_so(
    qtbot: QtBot, make_window: WindowFactory, db: Database
) -> None:
    _add(db, ("FGC-2026-0001", "Alderwood", Stage.REFERRAL))
    window = make_window(db)
    window.show_list()

    qtbot.keyClicks(window.list_view.search, "zzz")

    qtbot.waitUntil(lambda: window.list_view.model.rowCount() == 0)
    assert "No conference matches" in window.list_view.empty.text()
    assert window.list_view.empty.isVisible()


def test_the_stage_filter_shows_one_stage(make_window: WindowFactory, db: Database) -> None:
    _add(db, ("FGC-2026-0001", "Alderwood", Stage.REFERRAL),
         ("FGC-2026-0002", "Birchfield", Stage.PREPARATION))
    window = make_window(db)
    stages = window.list_view.stage

    stages.setCurrentIndex(stages.findData(Stage.PREPARATION))

    assert _families(window) == ["Birchfield"]
    stages.setCurrentIndex(0)
    assert sorted(_families(window)) == ["Alderwood", "Birchfield"]


def test_archive_hides_a_conference_and_undo_brings_it_back(
    qtbot: QtBot, make_window: WindowFactory, db: Database
) -> None:
    _add(db, ("FGC-2026-0001", "Alderwood", Stage.REFERRAL),
         ("FGC-2026-0002", "Birchfield", Stage.PREPARATION))
    window = make_window(db)
    window.show_list()
    chosen = window.list_view.current_row()
    assert chosen is not None and chosen.family_name == "Birchfield"

    window.archive_action.trigger()

    assert _families(window) == ["Alderwood"]
    assert "Archived FGC-2026-0002" in window.undo_notice.message.text()
    assert window.undo_notice.isVisible()
    window.list_view.show_archived.setChecked(True)
    assert "Birchfield" in _families(window)

    qtbot.mouseClick(window.undo_notice.button, Qt.MouseButton.LeftButton)

    assert not window.undo_notice.isVisible()
    window.list_view.show_archived.setChecked(False)
    assert sorted(_families(window)) == ["Alderwood", "Birchfield"]
    assert not any(row.archived for row in list_conferences(db, include_archived=True))


def test_archived_conferences_can_be_unarchived(make_window: WindowFactory, db: Database) -> None:
    _add(db, ("FGC-2026-0001", "Alderwood", Stage.REFERRAL))
    window = make_window(db)
    window.show_list()
    window.archive_action.trigger()
    window.list_view.show_archived.setChecked(True)
    window.list_view.select_conference(list_conferences(db, include_archived=True)[0].id)

    assert window.archive_action.text() == "Un&archive"
    window.archive_action.trigger()

    assert list_conferences(db)[0].family_name == "Alderwood"


def test_enter_opens_the_chosen_conference(
    qtbot: QtBot, make_window: WindowFactory, db: Database
) -> None:
    _add(db, ("FGC-2026-0001", "Alderwood", Stage.PREPARATION))
    window = make_window(db)
    window.show_list()
    window.list_view.table.setFocus()

    qtbot.keyClick(window.list_view.table, Qt.Key.Key_Return)

    assert window.in_workspace()
    assert window.workspace.current_key() == "people"
    qtbot.keyClick(window.workspace.nav, Qt.Key.Key_Escape)
    assert not window.in_workspace()


def _many(db: Database, count: int) -> None:
    with db.session() as session:
        session.add_all(
            Conference(reference=f"FGC-2026-{number:04d}", family_name=f"Family {number}")
            for number in range(1, count + 1)
        )


def test_the_list_reads_its_rows_a_page_at_a_time(db: Database) -> None:
    _many(db, 450)
    model = ConferenceTableModel(db)
    model.reload()

    assert (model.rowCount(), model.total) == (PAGE_SIZE, 450)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    assert model.index(449, 0).data() == "FGC-2026-0001"


def test_scrolling_to_the_end_of_the_list_reads_more(
    qtbot: QtBot, make_window: WindowFactory, db: Database
) -> None:
    _many(db, 450)
    window = make_window(db)
    model = window.list_view.model
    assert model.rowCount() < 450

    table = window.list_view.table
    for _ in range(3):
        table.scrollToBottom()
        qtbot.wait(10)

    qtbot.waitUntil(lambda: model.rowCount() == 450)
    assert window.list_view.count.text() == "450 conferences"


def test_double_click_opens_a_conference(
    qtbot: QtBot, make_window: WindowFactory, db: Database
) -> None:
    _add(db, ("FGC-2026-0001", "Alderwood", Stage.REFERRAL))
    window = make_window(db)
    table = window.list_view.table
    cell = table.visualRect(window.list_view.model.index(0, 1)).center()

    # A real double-click starts with a press; QTest's double-click event alone does not.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)

    assert window.in_workspace()
    assert window.workspace.family.text() == "Alderwood"
