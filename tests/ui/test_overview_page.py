"""The overview: progress per pathway, key dates, warnings, and what to do next."""

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.enums import Stage, StepState
from fgc_desktop.guidance.progress import pathway_progress
from fgc_desktop.guidance.steps import PATHWAY_TITLES
from fgc_desktop.services.conferences import find_conference_id, update_conference_field
from fgc_desktop.services.demo import load_demo
from fgc_desktop.services.guidance import conference_steps, conference_warnings, mark_step
from fgc_desktop.store.database import Database
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.pages.overview import OverviewPage
from tests.ui.conftest import texts_in
from tests.ui.sample_conference import build_empty_conference, build_sample_conference


def _overview(window: MainWindow, conference_id: int) -> OverviewPage:
    window.open_conference(conference_id, "overview")
    page = window.workspace.pages["overview"]
    assert isinstance(page, OverviewPage)
    return page


def test_the_pathway_bars_show_the_guidance_numbers(window: MainWindow, db: Database) -> None:
    conference_id = build_sample_conference(db)
    mark_step(db, conference_id, "professionals_briefed", StepState.DONE_BY_HAND)

    page = _overview(window, conference_id)

    expected = pathway_progress(conference_steps(db, conference_id))
    shown = [(card.title(), card.bar.value(), card.bar.maximum(), card.bar.text())
             for card in page.cards]
    assert shown == [
        (PATHWAY_TITLES[p.pathway], p.done, p.total, f"{p.done} of {p.total} done")
        for p in expected
    ]
    trust = page.cards[1]
    assert "Professionals asked to avoid jargon (Done)" in [line.text() for line in trust.lines]


def test_the_key_dates_are_shown(window: MainWindow, db: Database) -> None:
    conference_id = build_sample_conference(db)

    page = _overview(window, conference_id)

    assert page.dates["referral"].text() == "20 Jan 2026"
    assert page.dates["target_meeting"].text() == "Not set yet"
    assert page.dates["meeting"].text().startswith("12 Mar 2026")
    assert page.dates["review"].text() == "28 Mar 2026"


def test_arrangement_warnings_are_shown(window: MainWindow, db: Database) -> None:
    load_demo(db, date.today())
    conference_id = find_conference_id(db, "DEMO-0002")
    warnings = conference_warnings(db, conference_id)
    assert warnings

    texts = texts_in(_overview(window, conference_id))

    assert [f"Warning: {warning}" for warning in warnings] == [
        text for text in texts if text.startswith("Warning: ")]


def test_what_to_do_next_opens_the_page_of_the_step(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_empty_conference(db)
    update_conference_field(db, conference_id, "stage", Stage.PREPARATION)
    page = _overview(window, conference_id)
    titles = [button.text() for button in page.next_buttons]
    assert titles[:2] == ["Consent recorded",
                          "Worries, strengths, bottom lines and questions written in plain words"]
    contacted = titles.index(
        "Every invited family member and each child contacted before the meeting")

    qtbot.mouseClick(page.next_buttons[contacted], Qt.MouseButton.LeftButton)

    assert window.workspace.current_key() == "preparation"
    assert window.workspace.nav.currentItem().text() == "Preparation"


def test_what_to_do_next_works_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    page = _overview(window, build_empty_conference(db))
    first = page.next_buttons[0]
    assert first.accessibleName() == "Go to Referral and consent: Consent recorded"
    first.setFocus()

    qtbot.keyClick(first, Qt.Key.Key_Space)

    assert window.workspace.current_key() == "referral"


def test_a_closed_conference_has_nothing_to_do_next(window: MainWindow, db: Database) -> None:
    conference_id = build_empty_conference(db)
    update_conference_field(db, conference_id, "stage", Stage.CLOSED)

    page = _overview(window, conference_id)

    assert page.next_buttons == []
    assert "This conference is closed." in texts_in(page)


def test_the_overview_is_alt_1_and_opening_still_lands_on_the_stage_page(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_sample_conference(db)

    window.open_conference(conference_id)
    assert window.workspace.current_key() == "review"
    assert window.workspace.nav.item(0).text() == "Overview"

    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)

    assert window.workspace.current_key() == "overview"
    assert not window.workspace.checklist.isVisible()


def test_the_overview_reads_marks_made_beside_another_page(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    conference_id = build_empty_conference(db)
    window.open_conference(conference_id, "arrangements")
    row = window.workspace.checklist.rows["professionals_briefed"]
    qtbot.mouseClick(row.tick, Qt.MouseButton.LeftButton)

    page = _overview(window, conference_id)

    trust = page.cards[1]
    assert "Professionals asked to avoid jargon (Done)" in [line.text() for line in trust.lines]
    assert "Professionals asked to avoid jargon" not in [b.text() for b in page.next_buttons]
