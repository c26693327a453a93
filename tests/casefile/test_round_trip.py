"""A case file carries a whole conference to another database and back, unchanged."""

import json
import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from fgc_desktop.casefile.exporter import export_case_file
from fgc_desktop.casefile.importer import import_case_file
from fgc_desktop.cli import main
from fgc_desktop.domain.errors import UserError
from fgc_desktop.store import models
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import AuditEntry, Conference, Entity, Participant


def _entity_classes() -> list[type[Entity]]:
    found = [getattr(models, name) for name in models.__all__]
    return [cls for cls in found
            if isinstance(cls, type) and issubclass(cls, Entity) and cls is not Entity]


def _empty_tables(db: Database) -> list[str]:
    with db.session() as session:
        return [cls.__name__ for cls in _entity_classes()
                if not session.scalar(select(func.count()).select_from(cls))]


def test_export_import_export_gives_the_same_bytes(
    db: Database, rich_conference: str, other_db: Database, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert _empty_tables(db) == []
    export_case_file(db, rich_conference, first)

    assert import_case_file(other_db, first) == rich_conference
    export_case_file(other_db, rich_conference, second)

    assert _empty_tables(other_db) == []
    assert second.read_bytes() == first.read_bytes()
    assert first.read_bytes().endswith(b"}\n")
    assert "Zoë".encode() in first.read_bytes()  # written as UTF-8, not \u escapes


def test_the_file_holds_one_conference_and_no_database_ids(
    db: Database, rich_conference: str, tmp_path: Path
) -> None:
    path = tmp_path / "case.json"
    export_case_file(db, rich_conference, path)
    document = json.loads(path.read_text(encoding="utf-8"))

    keys: list[str] = []
    _collect_keys(document, keys)
    assert [key for key in keys if key == "id" or key.endswith("_id")] == []
    assert [p["given_name"] for p in document["conference"]["participants"]] == [
        "Amber", "Basil", "Zoë", "Dov", "Ezra", "Fen"
    ]
    advocate = document["conference"]["participants"][4]
    assert document["conference"]["participants"][0]["advocate"] == advocate["uid"]


def _collect_keys(value: Any, keys: list[str]) -> None:
    if isinstance(value, dict):
        keys.extend(value)
        for item in value.values():
            _collect_keys(item, keys)
    elif isinstance(value, list):
        for item in value:
            _collect_keys(item, keys)


def test_the_import_is_recorded_in_the_importing_databases_audit_trail(
    db: Database, rich_conference: str, other_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "case.json"
    export_case_file(db, rich_conference, path)
    import_case_file(other_db, path)

    with other_db.session() as session:
        child = session.scalar(select(Participant).where(Participant.given_name == "Amber"))
        assert child is not None and child.advocate is not None
        assert child.advocate.given_name == "Ezra"
        actors = set(session.scalars(select(AuditEntry.actor)))
        inserted = session.scalar(
            select(func.count()).where(AuditEntry.action == "insert", AuditEntry.entity_uid
                                       .in_(select(Conference.uid)))
        )
    assert actors == {"Other Coordinator"}
    assert inserted == 1


def test_exporting_an_unknown_reference_says_so(db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no conference with the reference FGC-1-1"):
        export_case_file(db, "FGC-1-1", tmp_path / "case.json")
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_a_failed_export_leaves_the_old_file_whole(
    db: Database, rich_conference: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "case.json"
    path.write_text("the old file", encoding="utf-8")

    def disk_full(_descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(UserError, match="No space left on device"):
        export_case_file(db, rich_conference, path)

    assert path.read_text(encoding="utf-8") == "the old file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.json", "data"]


@pytest.mark.parametrize("where", ["missing-folder/case.json", "."])
def test_exporting_to_a_place_that_cannot_hold_the_file_says_so(
    db: Database, rich_conference: str, tmp_path: Path, where: str
) -> None:
    with pytest.raises(UserError, match="folder"):
        export_case_file(db, rich_conference, tmp_path / where)


def test_the_command_line_exports_and_imports(
    rich_conference: str, data_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target, path = tmp_path / "elsewhere", tmp_path / "case.json"

    assert main(["--data-dir", str(data_folder), "export", rich_conference, "-o", str(path)]) == 0
    assert main(["--data-dir", str(target), "import", str(path)]) == 0
    assert main(["--data-dir", str(target), "import", str(path)]) == 2

    output = capsys.readouterr()
    assert f"Imported {rich_conference}." in output.out
    assert "conference.reference" in output.err and "imported before" in output.err
