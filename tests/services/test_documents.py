"""Producing documents: who gets each, files written and logged, packs, stopping, bad input."""

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from fgc_desktop.domain.errors import UserError
from fgc_desktop.services import disclosure_log, documents
from fgc_desktop.services.demo import load_demo
from fgc_desktop.services.documents import DocumentOptions
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import Participant
from tests.documents.demo_cases import conference_id, set_service

OWN = DocumentOptions()


@pytest.fixture
def demo(db: Database) -> Database:
    load_demo(db)
    set_service(db)
    return db


def _new_log(db: Database, number: int, before: int) -> list[disclosure_log.LogEntry]:
    """The lines added to the log since it held ``before`` lines (the demo logs a few)."""
    log = disclosure_log.conference_log(db, number)
    return log[: len(log) - before]


def _ids(db: Database, reference: str) -> dict[str, int]:
    number = conference_id(db, reference)
    with db.session() as session:
        return {p.display_name.split()[0]: p.id for p in session.scalars(
            select(Participant).where(Participant.conference_id == number))}


def test_each_kind_is_for_the_right_people(demo: Database) -> None:
    number = conference_id(demo, "DEMO-0005")

    def names(kind: str) -> list[str]:
        return [person.name for person in documents.recipients(demo, number, kind)]

    assert names("invitation") == ["Ffion Testwood", "Dafydd Testwood", "Eirlys Enghraifft",
                                   "Rhodri Enghraifft", "Bethan Prawf"]
    assert names("child_invitation") == ["Osian Testwood"], "a baby takes no part"
    assert names("plan") == ["Ffion Testwood", "Dafydd Testwood", "Eirlys Enghraifft",
                             "Rhodri Enghraifft", "Bethan Prawf"]
    assert names("leaflet") == []


def test_documents_are_written_in_each_persons_language_and_logged(
    demo: Database, tmp_path: Path
) -> None:
    number = conference_id(demo, "DEMO-0003")
    people = _ids(demo, "DEMO-0003")
    before = len(disclosure_log.conference_log(demo, number))
    outcome = documents.produce(demo, number, "invitation", [people["Kasia"], people["Tom"]],
                                OWN, tmp_path)

    assert [path.name for path in outcome.paths] == [
        "DEMO-0003 invitation - Kasia Przykładowska (pl).pdf",
        "DEMO-0003 invitation - Tom Sampleby (en).pdf",
    ]
    assert all(path.read_bytes().startswith(b"%PDF") for path in outcome.paths)
    log = _new_log(demo, number, before)
    assert {(entry.recipient_name, entry.language, entry.kind) for entry in log} == {
        ("Katarzyna Przykładowska", "pl", "invitation"), ("Tom Sampleby", "en", "invitation")}
    titles = {item.title for entry in log for item in entry.carried_items}
    assert titles == {"What the social worker is worried about", "Who is invited"}


def test_a_second_copy_never_overwrites_the_first(demo: Database, tmp_path: Path) -> None:
    number = conference_id(demo, "DEMO-0004")
    first = documents.produce(demo, number, "leaflet", None, OWN, tmp_path).paths
    second = documents.produce(demo, number, "leaflet", None, OWN, tmp_path).paths
    assert [path.name for path in first + second] == [
        "DEMO-0004 leaflet (en).pdf", "DEMO-0004 leaflet (en) (2).pdf"]


def test_a_plan_goes_only_to_the_people_on_its_list(demo: Database, tmp_path: Path) -> None:
    number = conference_id(demo, "DEMO-0004")
    people = _ids(demo, "DEMO-0004")
    with pytest.raises(UserError, match="Aliza Misaal is not on the plan's list"):
        documents.produce(demo, number, "plan", [people["Aliza"]], OWN, tmp_path)
    outcome = documents.produce(demo, number, "plan", None,
                                DocumentOptions(bilingual=True), tmp_path)
    (saima,) = [path for path in outcome.paths if "Saima" in path.name]
    assert saima.name == "DEMO-0004 plan - Saima Misaal (ur+en).pdf"
    (entry, *_rest) = disclosure_log.conference_log(demo, number, people["Saima"])
    assert entry.plan_version_id is not None and entry.language == "ur+en"


def test_an_invitation_pack_holds_every_invitees_invitation(
    demo: Database, tmp_path: Path
) -> None:
    number = conference_id(demo, "DEMO-0004")
    pack = documents.pack_recipients(demo, number)
    separate = documents.produce_pack(demo, number, OWN, tmp_path / "separate", combined=False)
    assert len(separate.paths) == len(pack) == 9
    assert sum(1 for path in separate.paths if "child invitation" in path.name) == 2

    combined = documents.produce_pack(demo, number, OWN, tmp_path / "one", combined=True)
    (path,) = combined.paths
    assert path.name == "DEMO-0004 invitation pack.pdf"
    pages = len(PdfReader(path).pages)
    assert pages == sum(len(PdfReader(each).pages) for each in separate.paths)
    logged = [e for e in disclosure_log.conference_log(demo, number) if e.file_name == path.name]
    assert len(logged) == 9


def test_stopping_keeps_what_was_made(demo: Database, tmp_path: Path) -> None:
    number = conference_id(demo, "DEMO-0004")
    before = len(disclosure_log.conference_log(demo, number))
    seen: list[tuple[int, int]] = []
    outcome = documents.produce(demo, number, "invitation", None, OWN, tmp_path,
                                progress=lambda done, total: seen.append((done, total)),
                                cancelled=lambda: len(seen) >= 2)
    assert outcome.stopped and len(outcome.paths) == 2 and outcome.total == 7
    assert seen == [(1, 7), (2, 7)]
    assert len(_new_log(demo, number, before)) == 2


def test_printing_makes_and_logs_without_saving(demo: Database, tmp_path: Path) -> None:
    number = conference_id(demo, "DEMO-0004")
    before = len(disclosure_log.conference_log(demo, number))
    outcome = documents.produce(demo, number, "leaflet", None, OWN, None)
    assert outcome.paths == () and len(outcome.pdfs) == 1
    (entry,) = _new_log(demo, number, before)
    assert entry.file_name == documents.PRINTED and entry.recipient_id is None


def test_a_character_no_font_has_is_reported_with_the_document_and_person(
    demo: Database, tmp_path: Path
) -> None:
    number = conference_id(demo, "DEMO-0004")
    people = _ids(demo, "DEMO-0004")
    with demo.session() as session:
        person = session.get(Participant, people["Farah"])
        assert person is not None
        person.family_name = "Misaal 王"
    with pytest.raises(UserError, match=r"The invitation for Farah Misaal 王 could not be "
                                        r"printed\. .*U\+738B"):
        documents.produce(demo, number, "invitation", [people["Farah"]], OWN, tmp_path / "out")
    assert list((tmp_path / "out").glob("*")) == []


def test_a_bad_language_or_recipient_is_refused(demo: Database, tmp_path: Path) -> None:
    number = conference_id(demo, "DEMO-0004")
    with pytest.raises(UserError, match="cannot be printed in “xx”"):
        documents.produce(demo, number, "leaflet", None, DocumentOptions(language="xx"),
                          tmp_path)
    with pytest.raises(UserError, match="nobody with the ID nope"):
        documents.recipient_by_uid(demo, number, "invitation", "nope")
    with pytest.raises(UserError, match="There is no document called"):
        documents.recipients(demo, number, "letter")
