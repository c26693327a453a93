"""The service report window: figures for the period typed, charts that say them, and the CSV."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from fgc_desktop.store.database import Database
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.report import ReportDialog
from fgc_desktop.ui.report.dialog import last_twelve_months
from tests.services.test_report import END, PERSONAL, START, TODAY, build_service


def _report(qtbot: QtBot, window: MainWindow, db: Database) -> ReportDialog:
    build_service(db)
    dialog = ReportDialog(db, window, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.open()
    for field, day in ((dialog.start, START), (dialog.end, END)):
        field.line.setFocus()
        field.line.selectAll()
        qtbot.keyClicks(field.line, day.isoformat())
    return dialog


def test_the_period_starts_as_the_last_twelve_months(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    dialog = ReportDialog(db, window, today=TODAY)
    qtbot.addWidget(dialog)

    assert (dialog.start.text(), dialog.end.text()) == ("2025-04-16", "2026-04-15")
    assert last_twelve_months(TODAY)[0].isoformat() == "2025-04-16"


def test_the_figures_for_the_period_are_shown_in_words_and_charts(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    dialog = _report(qtbot, window, db)
    figures = dialog.figures

    assert figures.period.text() == "From 1 Jan 2026 to 31 Mar 2026, both days included."
    assert figures.activity.accessibleDescription() == (
        "Referrals: 3; Families who gave consent: 2; Meetings held: 3; Plans agreed: 3; "
        "Reviews held: 2")
    assert figures.days.text() == ("Median 49 days (shortest 42, longest 50), from 3 meetings "
                                   "held.")
    assert figures.pathways.accessibleDescription() == (
        "Collaboration and engagement: 5 of 11; Trust and reducing shame: 4 of 14; "
        "Participation in decisions: 4 of 9")
    six = figures.outcomes[6].accessibleDescription()
    assert "With family or friends: 1; Looked after: 1" in six
    assert "Care proceedings issued: 1" in six
    assert figures.outcome_counts[3].text() == "1 follow-up due"


def test_a_backwards_period_is_explained_and_the_figures_stay(
    qtbot: QtBot, window: MainWindow, db: Database
) -> None:
    dialog = _report(qtbot, window, db)
    shown = dialog.figures.activity.accessibleDescription()

    dialog.end.line.setFocus()
    dialog.end.line.selectAll()
    qtbot.keyClicks(dialog.end.line, "2025-12-01")

    assert "Swap the two dates" in dialog.message.text()
    assert dialog.figures.activity.accessibleDescription() == shown


def test_the_csv_export_names_nobody(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    dialog = _report(qtbot, window, db)

    saved = dialog.export_to(tmp_path / "report.csv")

    assert saved == tmp_path / "report.csv"
    assert dialog.message.text() == f"Saved the report to {saved}."
    text = saved.read_text(encoding="utf-8-sig")
    assert text.count("\n") == 1 + 6 + 3
    assert [word for word in PERSONAL if word.lower() in text.lower()] == []


def test_a_folder_that_cannot_be_written_is_explained(
    qtbot: QtBot, window: MainWindow, db: Database, tmp_path: Path
) -> None:
    dialog = _report(qtbot, window, db)

    assert dialog.export_to(tmp_path / "missing" / "report.csv") is None
    assert "could not be saved" in dialog.message.text()
    assert "Choose another folder" in dialog.message.text()
