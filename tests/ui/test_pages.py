"""Each workspace page shows what is recorded, or says plainly that nothing is yet."""

import pytest
from PySide6.QtWidgets import QTableWidget

from fgc_desktop.domain.stages import PAGES
from fgc_desktop.services import summaries
from fgc_desktop.services.conferences import find_conference_id
from fgc_desktop.services.demo import DEMO_CONFERENCES, load_demo
from fgc_desktop.store.database import Database
from fgc_desktop.ui.labels import show_span
from fgc_desktop.ui.main_window import MainWindow
from tests.ui.conftest import texts_in
from tests.ui.sample_conference import build_empty_conference, build_sample_conference

SUMMARY_PAGES = [page.key for page in PAGES if page.key != "referral"]


def _page_texts(window: MainWindow, conference_id: int, key: str) -> list[str]:
    window.open_conference(conference_id, key)
    assert window.workspace.current_key() == key
    return texts_in(window.workspace.pages[key])


def test_people_shows_each_language_in_its_own_script(window: MainWindow, db: Database) -> None:
    texts = _page_texts(window, build_sample_conference(db), "people")

    assert "Hazel Quill" in texts
    assert "العربية (Arabic), with an interpreter" in texts
    assert "Polski (Polish)" in texts
    assert "Giving views another way" in texts


def test_preparation_shows_the_contacts_log(window: MainWindow, db: Database) -> None:
    texts = _page_texts(window, build_sample_conference(db), "preparation")

    assert {"2 Feb 2026", "Visit", "Maple Testerson", "Phone call"} <= set(texts)
    assert "Explained private family time." in texts


def test_arrangements_show_the_venue_and_who_chose_it(window: MainWindow, db: Database) -> None:
    texts = _page_texts(window, build_sample_conference(db), "arrangements")

    assert "Elmfield Community Hall" in texts
    assert "The family (Maple Testerson)" in texts
    assert "Family and coordinator together" in texts


def test_sharing_shows_items_and_decisions(window: MainWindow, db: Database) -> None:
    texts = _page_texts(window, build_sample_conference(db), "sharing")

    assert "School attendance record" in texts
    assert "A summary only" in texts
    assert "Pip has missed some school." in texts


def test_meeting_shows_the_three_parts_and_attendance(window: MainWindow, db: Database) -> None:
    conference_id = build_sample_conference(db)
    meeting = summaries.conference_meeting(db, conference_id)
    assert meeting is not None

    texts = _page_texts(window, conference_id, "meeting")

    assert show_span(*meeting.private_time_times) in texts
    assert "The plan was agreed." in texts
    assert {"Came", "Gave views another way", "Information sharing only"} <= set(texts)


def test_plan_shows_the_latest_version_and_its_actions(window: MainWindow, db: Database) -> None:
    texts = _page_texts(window, build_sample_conference(db), "plan")

    assert "Version 1" in texts
    assert {"Walk Pip to school each morning", "Every school day", "1 Apr 2026"} <= set(texts)
    assert "Maple Testerson" in texts


def test_review_shows_review_meetings_and_outcomes(window: MainWindow, db: Database) -> None:
    texts = _page_texts(window, build_sample_conference(db), "review")

    assert "Elmfield Library" in texts
    assert {"Pip Testerson", "3 months", "With parents"} <= set(texts)


@pytest.mark.parametrize("key", SUMMARY_PAGES)
def test_an_empty_page_says_nothing_is_recorded_yet(
    window: MainWindow, db: Database, key: str
) -> None:
    conference_id = build_empty_conference(db)
    window.open_conference(conference_id, key)
    page = window.workspace.pages[key]

    assert page.findChildren(QTableWidget) == []
    sentences = [text for text in texts_in(page) if text.endswith(".") and len(text) > 30]
    assert sentences, f"the {key} page shows no sentence when empty"


def test_every_demo_conference_fills_its_pages(window: MainWindow, db: Database) -> None:
    load_demo(db)
    shown = 0
    for reference, _build in DEMO_CONFERENCES:
        conference_id = find_conference_id(db, reference)
        for key in SUMMARY_PAGES:
            window.open_conference(conference_id, key)
            shown += len(window.workspace.pages[key].findChildren(QTableWidget))
    assert shown > 2 * len(DEMO_CONFERENCES)
