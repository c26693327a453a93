"""The command line as a coordinator or an administrator uses it."""

import json
from pathlib import Path

import pytest

from fgc_desktop.cli import main
from fgc_desktop.services.conferences import count_conferences
from fgc_desktop.store.database import Database, sqlite_url


def test_list_prints_one_tab_separated_line_per_conference(
    capsys: pytest.CaptureFixture[str], db: Database
) -> None:
    from fgc_desktop.services.conferences import create_conference, update_conference_field

    conference_id = create_conference(db, "FGC-2026-0007", "Testwood", "Alex Coordinator")
    update_conference_field(db, conference_id, "target_meeting_date", "2026-12-03")
    assert main(["list"]) == 0
    line = capsys.readouterr().out.rstrip("\n")
    assert line.split("\t") == [
        "FGC-2026-0007", "Testwood", "referral", "2026-12-03", "Alex Coordinator"]


def test_data_dir_moves_the_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    elsewhere = tmp_path / "elsewhere"
    assert main(["--data-dir", str(elsewhere), "demo"]) == 0
    assert (elsewhere / "fgc-desktop.sqlite3").exists()
    capsys.readouterr()
    assert main(["list"]) == 0
    assert capsys.readouterr().out == ""


def test_a_bad_case_file_is_refused_with_status_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data_folder: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "fgc-desktop-case-file", "format_version": 1,
                               "conference": {"reference": 7}}), encoding="utf-8")
    assert main(["import", str(bad)]) == 2
    message = capsys.readouterr().err
    assert message.startswith("fgc-desktop: conference")
    db = Database(sqlite_url(data_folder))
    assert count_conferences(db, include_archived=True) == 0
    db.close()


def test_export_of_an_unknown_reference_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "NOPE-1", "-o", str(tmp_path / "out.json")]) == 2
    assert "NOPE-1" in capsys.readouterr().err
    assert not (tmp_path / "out.json").exists()


def test_bad_arguments_exit_with_status_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["export", "FGC-1"])
    assert stopped.value.code == 2
    assert "-o/--output" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.startswith("FGC Desktop ")
