"""What the faster list and Home queries must still do: the same answers, read more cheaply."""

import pytest
from sqlalchemy import event, select

from fgc_desktop.domain.enums import MeetingKind, MeetingStatus, Role, Stage
from fgc_desktop.guidance.progress import evaluate
from fgc_desktop.services import dashboard
from fgc_desktop.services.conferences import count_conferences, first_page, list_conferences
from fgc_desktop.services.dashboard import ReviewKind, load_dashboard
from fgc_desktop.services.demo import load_demo
from fgc_desktop.services.guidance import rule_context
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import Conference, Participant, PlanVersion
from tests.services.test_dashboard import TODAY, add_conference, add_meeting, day


def _add_many(db: Database, how_many: int, archived: bool = False) -> None:
    with db.session() as session:
        session.add_all(
            Conference(reference=f"FGC-2026-{number:04d}", family_name=f"Testfamily {number}",
                       archived=archived)
            for number in range(1, how_many + 1)
        )


def _add_person(db: Database, reference: str, given: str, family: str) -> None:
    with db.session() as session:
        conference = session.query(Conference).filter_by(reference=reference).one()
        conference.participants.append(
            Participant(given_name=given, family_name=family, role=Role.FAMILY))


def test_a_full_first_page_is_counted_and_a_short_one_is_its_own_count(db: Database) -> None:
    _add_many(db, 250)
    rows, total = first_page(db, 200)
    assert (len(rows), total) == (200, 250)
    assert rows[0].reference == "FGC-2026-0250"

    rows, total = first_page(db, 200, search="Testfamily 12")
    assert total == len(rows) == 11  # 12 and 120 to 129
    assert total == count_conferences(db, "Testfamily 12")


def test_a_person_is_found_in_their_conference_in_any_case(db: Database) -> None:
    _add_many(db, 3)
    _add_person(db, "FGC-2026-0002", "Zofia", "Przykładowska")
    assert [row.reference for row in list_conferences(db, "ZOFIA")] == ["FGC-2026-0002"]
    assert [row.reference for row in list_conferences(db, "przyk")] == ["FGC-2026-0002"]
    assert count_conferences(db, "zof") == 1


def test_the_people_of_archived_conferences_are_found_only_when_asked(db: Database) -> None:
    _add_many(db, 2, archived=True)
    _add_person(db, "FGC-2026-0001", "Wren", "Quillford")
    assert list_conferences(db, "quillford") == []
    assert [row.reference for row in list_conferences(db, "quillford", include_archived=True)
            ] == ["FGC-2026-0001"]


@pytest.mark.parametrize("typed", ["%", "_", "50%", "a_b"])
def test_percent_and_underscore_are_searched_as_themselves(db: Database, typed: str) -> None:
    _add_many(db, 3)
    with db.session() as session:
        session.add(Conference(reference="FGC-2026-0099", family_name="Ann 50% a_b Test"))
    assert [row.reference for row in list_conferences(db, typed)] == ["FGC-2026-0099"]


def test_home_reads_whole_conferences_only_until_the_steps_section_is_full(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dashboard, "ROW_LIMIT", 3)
    monkeypatch.setattr(dashboard, "STEP_BATCH", 2)
    for number, target_in in enumerate((50, 10, 40, 20, 30), start=1):
        add_conference(db, f"FGC-T-{number:04d}", "Testfamily", Stage.REFERRAL,
                       target_in=target_in)

    found = load_dashboard(db, TODAY)

    assert (found.step_conferences_read, found.step_conferences_waiting) == (2, 5)
    assert [row.reference for row in found.steps.rows][:1] == ["FGC-T-0002"]
    assert len(found.steps.rows) == 3


def test_a_review_date_stays_due_until_a_review_meeting_after_the_plan(db: Database) -> None:
    reviewed = add_conference(db, "FGC-T-0001", "Reviewedby", Stage.REVIEW)
    waiting = add_conference(db, "FGC-T-0002", "Waitingford", Stage.REVIEW)
    closed = add_conference(db, "FGC-T-0003", "Closedwick", Stage.CLOSED)
    with db.session() as session:
        for conference_id in (reviewed, waiting, closed):
            session.add(PlanVersion(conference_id=conference_id, number=1, created_on=day(-90),
                                    review_date=day(5)))
    add_meeting(db, reviewed, -10, MeetingKind.REVIEW, MeetingStatus.HELD)
    add_meeting(db, waiting, -100, MeetingKind.REVIEW, MeetingStatus.HELD)

    due = [row.reference for row in load_dashboard(db, TODAY).reviews.rows
           if row.kind is ReviewKind.REVIEW_DATE]

    assert due == ["FGC-T-0002"]


def test_the_step_rules_read_nothing_home_has_not_loaded(db: Database) -> None:
    """Home loads only what the rules read; a rule reading more would query once per row."""
    load_demo(db)
    context = rule_context(db, TODAY)
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    with db.session() as session:
        conferences = session.scalars(
            select(Conference).options(*dashboard.WHAT_STEP_RULES_READ)).all()
        event.listen(db.engine, "before_cursor_execute", count)
        try:
            checked = [evaluate(conference, context) for conference in conferences]
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
    assert len(checked) >= 5
    assert statements == []
