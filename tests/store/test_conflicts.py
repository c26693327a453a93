"""Two coordinators saving one conference: the later save is stopped and shown, never lost.

Each test runs on SQLite and on the PostgreSQL server a team would share.
"""

import random
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from fgc_desktop.services.conferences import create_conference, get_conference_fields
from fgc_desktop.services.versioned_edits import save_conference_field
from fgc_desktop.store.conflicts import ConflictError
from fgc_desktop.store.database import Database, sqlite_url
from fgc_desktop.store.models import AuditEntry

Team = tuple[Database, Database]


@pytest.fixture(params=["sqlite", "postgresql"])
def team(request: pytest.FixtureRequest, data_folder: Path) -> Iterator[Team]:
    """Two coordinators, each with their own copy of the app open on the same data."""
    if request.param == "sqlite":
        url = sqlite_url(data_folder)
    else:
        url = request.getfixturevalue("postgres_url")
    ana = Database(url, actor="Ana Coordinator")
    ben = Database(url, actor="Ben Coordinator")
    yield ana, ben
    ana.close()
    ben.close()


def _opened(db: Database) -> tuple[int, int]:
    conference_id = create_conference(db, "FGC-TEAM-0001", "Sharedby")
    return conference_id, get_conference_fields(db, conference_id)["version"]


def test_the_second_save_of_a_field_is_stopped_with_both_versions(team: Team) -> None:
    ana, ben = team
    conference_id, seen = _opened(ana)

    saved = save_conference_field(ana, conference_id, "worries", "Ana's words.", seen, "")
    with pytest.raises(ConflictError) as raised:
        save_conference_field(ben, conference_id, "worries", "Ben's words.", seen, "")

    conflict = raised.value
    assert (conflict.theirs, conflict.yours) == ("Ana's words.", "Ben's words.")
    assert conflict.current_version == saved.version
    assert conflict.changed_by.actor == "Ana Coordinator"
    assert "Worries was changed by Ana Coordinator" in str(conflict)
    assert get_conference_fields(ben, conference_id)["worries"] == "Ana's words."


def test_keeping_mine_saves_over_theirs_knowingly(team: Team) -> None:
    ana, ben = team
    conference_id, seen = _opened(ana)
    save_conference_field(ana, conference_id, "worries", "Ana's words.", seen, "")
    with pytest.raises(ConflictError) as raised:
        save_conference_field(ben, conference_id, "worries", "Ben's words.", seen, "")

    kept = save_conference_field(ben, conference_id, "worries", raised.value.yours,
                                 raised.value.current_version, raised.value.theirs)

    assert get_conference_fields(ana, conference_id)["worries"] == "Ben's words."
    assert kept.version == get_conference_fields(ana, conference_id)["version"]


def test_changes_to_different_fields_both_land(team: Team) -> None:
    ana, ben = team
    conference_id, seen = _opened(ana)
    save_conference_field(ana, conference_id, "worries", "Ana's words.", seen, "")

    saved = save_conference_field(ben, conference_id, "strengths", "Ben's words.", seen, "")

    fields = get_conference_fields(ana, conference_id)
    assert (fields["worries"], fields["strengths"]) == ("Ana's words.", "Ben's words.")
    assert saved.version == seen, "Ben has not seen Ana's change, so his screen stays behind"
    with pytest.raises(ConflictError):
        save_conference_field(ben, conference_id, "worries", "Ben again.", saved.version, "")


def test_saving_what_is_already_there_is_no_conflict(team: Team) -> None:
    ana, ben = team
    conference_id, seen = _opened(ana)
    save_conference_field(ana, conference_id, "notes", "Same words.", seen, "")
    assert save_conference_field(ben, conference_id, "notes", "Same words.", seen).value == (
        "Same words.")


@dataclass(frozen=True)
class Landed:
    shown: str
    value: str


def test_racing_coordinators_lose_no_update(team: Team) -> None:
    """Threads save the same field over and over; every save lands knowingly or is stopped."""
    conference_id, seen = _opened(team[0])
    landed: list[Landed] = []
    stopped: list[ConflictError] = []
    failures: list[BaseException] = []
    start = threading.Barrier(4)

    def coordinator(db: Database, name: str) -> None:
        chooser = random.Random(name)
        version, shown = seen, ""
        start.wait()
        for turn in range(12):
            value = f"{name} turn {turn}"
            try:
                saved = save_conference_field(db, conference_id, "notes", value, version, shown)
            except ConflictError as conflict:
                stopped.append(conflict)
                version, shown = conflict.current_version, str(conflict.theirs)
                if chooser.random() < 0.5:
                    continue
                try:
                    saved = save_conference_field(db, conference_id, "notes", value, version,
                                                  shown)
                except ConflictError as again:
                    stopped.append(again)
                    version, shown = again.current_version, str(again.theirs)
                    continue
            except BaseException as error:
                failures.append(error)
                return
            landed.append(Landed(shown, saved.value))
            version, shown = saved.version, saved.value

    threads = [threading.Thread(target=coordinator, args=(team[index % 2], f"writer {index}"))
               for index in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert failures == []
    assert stopped, "the coordinators never raced: the test proves nothing"
    with team[0].session() as session:
        trail = session.execute(select(AuditEntry.old_value, AuditEntry.new_value).where(
            AuditEntry.field == "notes").order_by(AuditEntry.id)).all()
    assert sorted(new for _old, new in trail) == sorted(save.value for save in landed)
    replaced = {new: old for old, new in trail}
    for save in landed:
        assert replaced[save.value] == save.shown, f"{save.value} overwrote unseen words"
    final = get_conference_fields(team[0], conference_id)["notes"]
    assert final == trail[-1].new_value
