"""The documents page: choose, preview, save, print to a file, and a pack that can be stopped."""

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.enums import Stage
from fgc_desktop.domain.stages import PageInfo
from fgc_desktop.services import disclosure_log, documents
from fgc_desktop.services.demo import load_demo
from fgc_desktop.services.documents import DocumentOptions, Outcome
from fgc_desktop.store.database import Database
from fgc_desktop.ui.documents import DocumentsPage
from tests.documents.demo_cases import conference_id, set_service

WAIT_MS = 30_000


@pytest.fixture
def page(qtbot: QtBot, db: Database) -> Iterator[DocumentsPage]:
    load_demo(db)
    set_service(db)
    shown = DocumentsPage(db, PageInfo("documents", "Documents", Stage.PREPARATION))
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.load(conference_id(db, "DEMO-0004"))
    shown.show()
    yield shown
    QThreadPool.globalInstance().waitForDone()


def _rows(page: DocumentsPage) -> list[str]:
    people = page.controls.people
    return [people.item(row).text() for row in range(people.count())]


def _finish(qtbot: QtBot, page: DocumentsPage, start: object) -> Outcome:
    with qtbot.waitSignal(page.work_finished, timeout=WAIT_MS) as finished:
        assert callable(start)
        start()
    outcome = finished.args[0]
    assert isinstance(outcome, Outcome), page.controls.status.text()
    return outcome


def test_each_person_is_listed_with_the_language_their_document_will_be_in(
    qtbot: QtBot, page: DocumentsPage
) -> None:
    rows = _rows(page)
    assert len(rows) == 7
    assert rows[1].startswith("Saima Misaal · اردو (Urdu) → اردو")
    page.controls.bilingual.setFocus()
    qtbot.keyClick(page.controls.bilingual, Qt.Key.Key_Space)
    assert "→ اردو + English" in _rows(page)[1]
    page.controls.choose_kind("child_invitation")
    assert [row.split(" · ")[0] for row in _rows(page)] == ["Aliza Misaal", "Hamza Misaal"]
    page.controls.choose_kind("leaflet")
    assert page.controls.nobody.isVisible() and not page.controls.people.isVisible()


def test_the_preview_shows_the_highlighted_persons_pages(
    qtbot: QtBot, page: DocumentsPage, db: Database
) -> None:
    qtbot.waitUntil(lambda: page.preview.page_count() > 0, timeout=WAIT_MS)
    page.controls.choose_kind("plan")
    page.controls.people.setCurrentRow(1)
    person = page.controls.people.current_id()
    assert page.conference_id is not None
    expected = documents.preview(db, page.conference_id, "plan", person, DocumentOptions())
    pages = len(PdfReader(io.BytesIO(expected)).pages)
    assert pages != 2, "the invitation shown first has two pages"
    qtbot.waitUntil(lambda: page.preview.page_count() == pages, timeout=WAIT_MS)


def test_saving_writes_a_file_for_each_person_ticked(
    qtbot: QtBot, page: DocumentsPage, db: Database, tmp_path: Path
) -> None:
    qtbot.mouseClick(page.controls.none_button, Qt.MouseButton.LeftButton)
    assert not page.controls.save_button.isEnabled()
    people = page.controls.people
    for row in (1, 3):
        item = people.item(row)
        assert item is not None
        item.setCheckState(Qt.CheckState.Checked)
    assert page.controls.save_button.isEnabled()

    outcome = _finish(qtbot, page, lambda: page.save_to(tmp_path / "out"))

    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == [
        "DEMO-0004 invitation - Nasreen Misaal (ur).pdf",
        "DEMO-0004 invitation - Saima Misaal (ur).pdf",
    ]
    assert len(outcome.paths) == 2
    assert "Saved 2 files" in page.controls.status.text()
    names = [entry.file_name for entry in disclosure_log.conference_log(
        db, conference_id(db, "DEMO-0004"))]
    assert {path.name for path in outcome.paths} <= set(names)


def test_the_pack_runs_in_the_background_and_reports_progress(
    qtbot: QtBot, page: DocumentsPage, tmp_path: Path
) -> None:
    seen: list[int] = []
    page.controls.progress.valueChanged.connect(seen.append)
    page.controls.combined.setChecked(True)
    outcome = _finish(qtbot, page, lambda: page.make_pack(tmp_path))
    assert [path.name for path in outcome.paths] == ["DEMO-0004 invitation pack.pdf"]
    assert seen[-1] == 9, "progress came back to the window as each invitation was made"
    assert not page.controls.progress.isVisible()


def test_the_pack_can_be_stopped(qtbot: QtBot, page: DocumentsPage, tmp_path: Path) -> None:
    def start_and_stop() -> None:
        page.make_pack(tmp_path / "out")
        assert page.busy() and page.controls.stop_button.isVisible()
        qtbot.mouseClick(page.controls.stop_button, Qt.MouseButton.LeftButton)

    outcome = _finish(qtbot, page, start_and_stop)
    assert outcome.stopped and len(outcome.paths) < outcome.total == 9
    assert len(list((tmp_path / "out").glob("*.pdf"))) == len(outcome.paths)
    assert page.controls.status.text().startswith("Stopped after")
    assert page.controls.save_button.isEnabled()


def test_printing_goes_through_a_printer_that_can_be_a_pdf_file(
    qtbot: QtBot, page: DocumentsPage, tmp_path: Path
) -> None:
    page.controls.choose_kind("leaflet")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))

    _finish(qtbot, page, lambda: page.print_to(printer))

    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 2
    assert "Sent 1 document to the printer." in page.controls.status.text()


def test_the_translations_button_opens_the_interpreters_screen_for_this_conference(
    qtbot: QtBot, page: DocumentsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fgc_desktop.ui.translations import free_text_dialog

    opened: list[int] = []
    monkeypatch.setattr(free_text_dialog.FreeTextTranslationsDialog, "exec",
                        lambda dialog: opened.append(dialog._conference_id) or 0)
    qtbot.mouseClick(page.controls.translations_button, Qt.MouseButton.LeftButton)

    assert opened == [page.conference_id]
