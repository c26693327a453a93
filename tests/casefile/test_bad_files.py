"""A case file that is wrong anywhere is refused whole, with the field and the problem named."""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fgc_desktop.casefile.importer import import_case_file
from fgc_desktop.casefile.reading import MAX_FILE_BYTES
from fgc_desktop.domain.errors import CaseFileError, UserError
from fgc_desktop.store.database import Database
from tests.casefile.conftest import row_counts, write_case_file

Spoil = Callable[[dict[str, Any]], Any]


def _conference(document: dict[str, Any]) -> dict[str, Any]:
    conference: dict[str, Any] = document["conference"]
    return conference


def _setting(*steps: str | int, to: Any) -> Spoil:
    def spoil(document: dict[str, Any]) -> dict[str, Any]:
        node: Any = document
        for step in steps[:-1]:
            node = node[step]
        node[steps[-1]] = to
        return document
    return spoil


def _dropping(*steps: str | int) -> Spoil:
    def spoil(document: dict[str, Any]) -> dict[str, Any]:
        node: Any = document
        for step in steps[:-1]:
            node = node[step]
        del node[steps[-1]]
        return document
    return spoil


def _copying(source: tuple[str | int, ...], target: tuple[str | int, ...]) -> Spoil:
    def spoil(document: dict[str, Any]) -> Any:
        node: Any = document
        for step in source:
            node = node[step]
        return _setting(*target, to=node)(document)
    return spoil


PEOPLE = ("conference", "participants")
SPOILED = {
    "a value outside its list": (
        _setting(*PEOPLE, 2, "role", to="wizard"),
        "conference.participants[2].role", "“wizard” is not one of the allowed values"),
    "an impossible date": (
        _setting(*PEOPLE, 2, "date_of_birth", to="2026-02-30"),
        "conference.participants[2].date_of_birth", "“2026-02-30” is not a real date"),
    "a date written another way": (
        _setting(*PEOPLE, 0, "date_of_birth", to="28/02/2090"),
        "conference.participants[0].date_of_birth", "year-month-day, like 2026-12-03"),
    "a time without its offset": (
        _setting("conference", "meetings", 0, "starts_at", to="2099-03-10T10:00:00"),
        "conference.meetings[0].starts_at", "offset from UTC"),
    "a missing field": (
        _dropping(*PEOPLE, 1, "given_name"),
        "conference.participants[1].given_name", "is missing"),
    "an unknown field": (
        _setting(*PEOPLE, 0, "shoe_size", to=3),
        "conference.participants[0].shoe_size", "not a field this version"),
    "text where true or false belongs": (
        _setting("conference", "archived", to="yes"),
        "conference.archived", "should be true or false, not text"),
    "a number below zero": (
        _setting("conference", "outcomes", 0, "months_after", to=-3),
        "conference.outcomes[0].months_after", "should be 0 or more"),
    "text too long": (
        _setting("conference", "reference", to="R" * 41),
        "conference.reference", "too long: 41 characters, and it can hold 40"),
    "a link to a uid not in the file": (
        _setting(*PEOPLE, 0, "advocate", to="0" * 32),
        "conference.participants[0].advocate", "no participant in this file has that uid"),
    "a link to the wrong kind of record": (
        _copying(("conference", "meetings", 0, "uid"),
                 ("conference", "plan_versions", 0, "family_lead")),
        "conference.plan_versions[0].family_lead", "which is not a participant"),
    "a uid used twice": (
        _copying((*PEOPLE, 0, "uid"), (*PEOPLE, 1, "uid")),
        "conference.participants[1].uid", "also the uid of conference.participants[0]"),
    "a uid with a line break": (
        _setting(*PEOPLE, 0, "uid", to="abc\n"),
        "conference.participants[0].uid", "ends with a line break"),
    "one person twice at a meeting": (
        _copying(("conference", "meetings", 0, "attendees", 0, "participant"),
                 ("conference", "meetings", 0, "attendees", 1, "participant")),
        "conference.meetings[0].attendees[1]", "same participant as"),
    "text a database cannot store": (
        _setting(*PEOPLE, 3, "notes", to="nul\x00here"),
        "conference.participants[3].notes", "cannot be stored"),
    "another format": (
        _setting("format", to="something-else"),
        "format", "not an FGC Desktop case file"),
    "a newer format version": (
        _setting("format_version", to=2),
        "format_version", "Update FGC Desktop"),
    "a list instead of a record": (
        lambda document: [document],
        "", "not a case file"),
}


@pytest.mark.parametrize(("spoil", "location", "words"), SPOILED.values(), ids=SPOILED.keys())
def test_a_spoiled_case_file_is_refused_and_nothing_is_written(
    exported: dict[str, Any], other_db: Database, tmp_path: Path,
    spoil: Spoil, location: str, words: str,
) -> None:
    path = write_case_file(tmp_path / "case.json", spoil(exported))
    before = row_counts(other_db)

    with pytest.raises(CaseFileError) as caught:
        import_case_file(other_db, path)

    assert caught.value.location == location
    assert words in str(caught.value)
    assert row_counts(other_db) == before
    assert before["conferences"] == before["audit_entries"] == 0


BROKEN = {
    "not UTF-8": (b"\xff\xfe{\x00}", "not UTF-8 text"),
    "not JSON": (b'{"format": "fgc-desktop-case-file",', "not valid JSON"),
    "a field twice": (b'{"format": 1, "format": 2}', "appears twice"),
    "not a number": (b'{"format_version": NaN}', "NaN is not a value"),
    "nested too deeply": (b"[" * 200 + b"]" * 200, "nested too deeply"),
    "a broken character": (b'{"format": "\\ud800"}', "lone surrogate"),
}


@pytest.mark.parametrize(("content", "words"), BROKEN.values(), ids=BROKEN.keys())
def test_a_file_that_is_not_a_case_file_is_refused(
    other_db: Database, tmp_path: Path, content: bytes, words: str
) -> None:
    path = tmp_path / "case.json"
    path.write_bytes(content)

    with pytest.raises(CaseFileError, match=words):
        import_case_file(other_db, path)
    assert row_counts(other_db)["audit_entries"] == 0


def test_a_case_already_in_the_database_is_refused(
    exported: dict[str, Any], other_db: Database, tmp_path: Path
) -> None:
    path = write_case_file(tmp_path / "case.json", exported)
    import_case_file(other_db, path)
    before = row_counts(other_db)

    with pytest.raises(CaseFileError, match="imported before") as again:
        import_case_file(other_db, path)
    _conference(exported)["reference"] = "FGC-2099-0099"
    with pytest.raises(CaseFileError, match="imported before") as renamed:
        import_case_file(other_db, write_case_file(path, exported))
    _conference(exported)["uid"] = "a-brand-new-uid"
    with pytest.raises(CaseFileError, match="imported before") as nested:
        import_case_file(other_db, write_case_file(path, exported))

    assert again.value.location == "conference.reference"
    assert renamed.value.location == "conference.uid"
    assert nested.value.location == "conference.participants[0].uid"
    assert row_counts(other_db) == before


def test_a_translation_already_in_the_database_is_refused(
    exported: dict[str, Any], other_db: Database, tmp_path: Path
) -> None:
    path = write_case_file(tmp_path / "case.json", exported)
    import_case_file(other_db, path)
    before = row_counts(other_db)
    text = path.read_text(encoding="utf-8")
    for number, uid in enumerate(_uids(exported)):
        text = text.replace(uid, f"copy{number}")
    copy = json.loads(text)
    _conference(copy)["reference"] = "FGC-2099-0099"
    for fresh, original in zip(_conference(copy)["text_translations"],
                               _conference(exported)["text_translations"], strict=True):
        fresh["owner_uid"] = original["owner_uid"]

    with pytest.raises(CaseFileError, match="same owner_uid, field and language") as caught:
        import_case_file(other_db, write_case_file(path, copy))
    assert caught.value.location == "conference.text_translations[0]"
    assert row_counts(other_db) == before


def _uids(value: Any) -> list[str]:
    if isinstance(value, list):
        return [uid for item in value for uid in _uids(item)]
    if not isinstance(value, dict):
        return []
    found = [value["uid"]] if isinstance(value.get("uid"), str) else []
    return found + [uid for item in value.values() for uid in _uids(item)]


def test_a_file_with_a_byte_order_mark_is_read(
    exported: dict[str, Any], other_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "case.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(exported).encode("utf-8"))
    assert import_case_file(other_db, path) == _conference(exported)["reference"]


def test_a_missing_file_or_a_folder_is_refused(other_db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="There is no file at"):
        import_case_file(other_db, tmp_path / "nowhere.json")
    with pytest.raises(UserError, match="is a folder"):
        import_case_file(other_db, tmp_path)


def test_a_huge_file_is_refused_before_it_is_read(other_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)

    with pytest.raises(UserError, match="too big to be a case file: the limit is 50 MB"):
        import_case_file(other_db, path)
