"""The service report counts a small invented service correctly, and its CSV names nobody."""

import csv
import io
import re
from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from fgc_desktop.domain.enums import (
    ConsentEvent,
    LivingArrangement,
    MeetingKind,
    MeetingStatus,
    PlanStatus,
    ReferrerDecision,
    Role,
    Stage,
)
from fgc_desktop.domain.errors import UserError
from fgc_desktop.guidance.steps import Pathway
from fgc_desktop.services.report import ServiceReport, build_report
from fgc_desktop.services.report_export import (
    COLUMNS,
    export_csv,
    pseudonymiser,
    report_csv,
)
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import (
    Conference,
    ConsentRecord,
    Meeting,
    Outcome,
    Participant,
    PlanAction,
    PlanVersion,
)

START, END = date(2026, 1, 1), date(2026, 3, 31)
TODAY = date(2026, 4, 15)
PERSONAL = [
    "Brightwater", "Cobblestone", "Dunmore", "Eskdale", "Farrowby", "Glenholm", "Hollins",
    "Marigold", "Pebble", "Quince", "Rowan", "Sorrel", "Tansy", "Umber", "Violet",
    "12 Example Lane", "EX1 2AB", "01632 960123", "marigold@example.invalid",
    "FGC-2026-09", "Robin Sample", "Dana Referwell", "Elmfield Community Hall",
    "Pebble misses school", "Quince walks Pebble to school", "A note only the coordinator",
    "Hollyhock", "Thistle", "Marigold cried", "Violet was upset",
]


def _at(day: date) -> datetime:
    return datetime.combine(day, time(10)).astimezone()


def _conference(reference: str, family: str, stage: Stage, referred: date) -> Conference:
    return Conference(
        reference=reference, family_name=family, stage=stage, referral_date=referred,
        coordinator_name="Robin Sample", referrer_name="Dana Referwell",
        worries=f"{family}: Pebble misses school", notes="A note only the coordinator",
    )


def _child(conference: Conference, given: str) -> Participant:
    child = Participant(given_name=given, family_name=conference.family_name, role=Role.CHILD,
                        is_subject_child=True, address="12 Example Lane, Exampleton EX1 2AB")
    conference.participants.append(child)
    return child


def _parent(conference: Conference, given: str) -> Participant:
    parent = Participant(given_name=given, family_name=conference.family_name,
                         role=Role.FAMILY, has_parental_responsibility=True,
                         address="12 Example Lane, Exampleton EX1 2AB", phone="01632 960123",
                         email="marigold@example.invalid")
    conference.participants.append(parent)
    return parent


def _consent(conference: Conference, parent: Participant, event: ConsentEvent,
             on: date) -> None:
    conference.consents.append(ConsentRecord(event=event, by_name=parent.full_name, on=on))


def _held(conference: Conference, kind: MeetingKind, day: date, **fields: object) -> Meeting:
    meeting = Meeting(kind=kind, status=MeetingStatus.HELD, starts_at=_at(day),
                      venue_name="Elmfield Community Hall", outcome="Marigold cried.",
                      private_time_without_professionals=True, **fields)
    conference.meetings.append(meeting)
    return meeting


def _plan(session: Session, conference: Conference, meeting: Meeting,
          decision: ReferrerDecision, on: date, status: PlanStatus) -> PlanVersion:
    session.add(conference)
    session.flush()
    earlier = conference.plan_versions[-1] if conference.plan_versions else None
    plan = PlanVersion(number=len(conference.plan_versions) + 1, status=status,
                       based_on_id=earlier.id if earlier else None, created_on=on,
                       made_at_meeting_id=meeting.id, referrer_decision=decision,
                       referrer_decided_on=on, referrer_reasons="Quince walks Pebble to school")
    plan.actions = [PlanAction(position=1, what="Quince walks Pebble to school",
                               who="Quince")]
    conference.plan_versions.append(plan)
    return plan


def build_service(db: Database) -> None:
    """Seven invented families; which of them count towards each figure is said beside it."""
    with db.session() as session:
        # Referred, consented, held, agreed, reviewed and agreed again, all in the period.
        a = _conference("FGC-2026-0901", "Brightwater", Stage.REVIEW, date(2026, 1, 5))
        _consent(a, _parent(a, "Marigold"), ConsentEvent.GIVEN, date(2026, 1, 10))
        _child(a, "Pebble")
        meeting = _held(a, MeetingKind.CONFERENCE, date(2026, 2, 16), private_time_planned=True)
        _plan(session, a, meeting, ReferrerDecision.AGREED, date(2026, 2, 16),
              PlanStatus.SUPERSEDED)
        review = _held(a, MeetingKind.REVIEW, date(2026, 3, 20))
        _plan(session, a, review, ReferrerDecision.AGREED, date(2026, 3, 20), PlanStatus.AGREED)
        # Referred before the period; its meeting and plan fall in it.
        b = _conference("FGC-2026-0902", "Cobblestone", Stage.PLAN, date(2025, 11, 20))
        _consent(b, _parent(b, "Quince"), ConsentEvent.GIVEN, date(2025, 11, 25))
        _child(b, "Rowan")
        _plan(session, b, _held(b, MeetingKind.CONFERENCE, date(2026, 1, 9)),
              ReferrerDecision.AGREED, date(2026, 1, 9), PlanStatus.AGREED)
        # Met long before; a review and two 6-month follow-ups fall in the period.
        c = _conference("FGC-2026-0903", "Dunmore", Stage.REVIEW, date(2025, 8, 1))
        sorrel, tansy = _child(c, "Sorrel"), _child(c, "Tansy")
        _held(c, MeetingKind.CONFERENCE, date(2025, 9, 15))
        _held(c, MeetingKind.REVIEW, date(2026, 2, 1))
        c.outcomes = [
            Outcome(child=sorrel, months_after=3, due_on=date(2025, 12, 15),
                    recorded_on=date(2025, 12, 16), living=LivingArrangement.WITH_PARENTS,
                    care_proceedings_issued=False),
            Outcome(child=sorrel, months_after=6, due_on=date(2026, 3, 15),
                    recorded_on=date(2026, 3, 16), living=LivingArrangement.LOOKED_AFTER,
                    looked_after_since=date(2026, 2, 10), care_proceedings_issued=True,
                    proceedings_issued_on=date(2026, 2, 1), notes="Violet was upset."),
            Outcome(child=tansy, months_after=6, due_on=date(2026, 3, 15),
                    recorded_on=date(2026, 3, 16),
                    living=LivingArrangement.WITH_FAMILY_OR_FRIENDS,
                    care_proceedings_issued=False),
        ]
        # Referred in the period; consent refused, so nothing else.
        d = _conference("FGC-2026-0904", "Eskdale", Stage.REFERRAL, date(2026, 3, 2))
        _consent(d, _parent(d, "Umber"), ConsentEvent.REFUSED, date(2026, 3, 5))
        # Referred in the period, two parents consent (one family), met on the last day.
        e = _conference("FGC-2026-0905", "Farrowby", Stage.MEETING, date(2026, 2, 10))
        for given in ("Violet", "Hollyhock"):
            _consent(e, _parent(e, given), ConsentEvent.GIVEN, date(2026, 2, 12))
        _child(e, "Thistle")
        _plan(session, e, _held(e, MeetingKind.CONFERENCE, date(2026, 3, 31)),
              ReferrerDecision.NOT_AGREED, date(2026, 3, 31), PlanStatus.NOT_AGREED)
        # Referred after the period (Glenholm, added below) is in nothing.
        # Met in December; its 3-month follow-up, never opened, is due in the period.
        g = _conference("FGC-2026-0907", "Hollins", Stage.REVIEW, date(2025, 10, 1))
        _child(g, "Quince")
        _held(g, MeetingKind.CONFERENCE, date(2025, 12, 1))
        session.add_all([c, d, g])
        session.add(_conference("FGC-2026-0906", "Glenholm", Stage.REFERRAL, date(2026, 4, 2)))


@pytest.fixture
def report(db: Database) -> ServiceReport:
    build_service(db)
    return build_report(db, START, END, TODAY)


def test_the_activity_in_the_period_is_counted(report: ServiceReport) -> None:
    assert report.referrals == 3          # Brightwater, Eskdale, Farrowby
    assert report.consents == 2           # Brightwater, Farrowby (two parents, one family)
    assert report.meetings_held == 3      # Brightwater, Cobblestone, Farrowby (last day)
    assert report.plans_agreed == 3       # Brightwater twice, Cobblestone
    assert report.reviews_held == 2       # Brightwater, Dunmore


def test_days_from_referral_to_meeting_are_the_median_and_range(report: ServiceReport) -> None:
    days = report.days_to_meeting
    assert (days.meetings, days.median, days.shortest, days.longest) == (3, 49, 42, 50)


def test_good_practice_steps_are_counted_per_pathway(report: ServiceReport) -> None:
    counts = {p.pathway: (p.done, p.total) for p in report.pathways}

    assert counts == {Pathway.COLLABORATION: (5, 11), Pathway.TRUST: (4, 14),
                      Pathway.PARTICIPATION: (4, 9)}


def test_the_follow_ups_due_in_the_period_are_counted(report: ServiceReport) -> None:
    by_months = {o.months_after: o for o in report.outcomes}

    assert by_months[3].not_recorded == 1                 # Hollins, never opened
    assert sum(by_months[3].living.values()) == 0
    assert by_months[6].living[LivingArrangement.LOOKED_AFTER] == 1
    assert by_months[6].living[LivingArrangement.WITH_FAMILY_OR_FRIENDS] == 1
    assert by_months[6].living[LivingArrangement.WITH_PARENTS] == 0
    assert (by_months[6].not_recorded, by_months[6].proceedings_issued) == (0, 1)
    assert sum(by_months[12].living.values()) + by_months[12].not_recorded == 0


def test_an_empty_or_backwards_period_is_refused(db: Database) -> None:
    with pytest.raises(UserError, match="Swap the two dates"):
        build_report(db, END, START)
    empty = build_report(db, START, END, TODAY)
    assert (empty.referrals, empty.days_to_meeting.median, empty.conferences) == (0, None, ())


def _rows(report: ServiceReport) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(report_csv(report, pseudonymiser(b"fixed")))))


def test_the_csv_has_a_row_per_conference_and_per_child_followed_up(
    report: ServiceReport,
) -> None:
    rows = _rows(report)
    conferences = [r for r in rows if r["row"] == "conference"]
    children = [r for r in rows if r["row"] == "child"]

    assert len(conferences) == 6 and len(children) == 3   # all but Glenholm; Dunmore's two
    assert {r["conference"] for r in children} <= {r["conference"] for r in conferences}
    brightwater = next(r for r in conferences if r["referral_month"] == "2026-01")
    assert (brightwater["meeting_month"], brightwater["days_referral_to_meeting"],
            brightwater["plans_agreed_in_period"], brightwater["step_consent_recorded"],
            brightwater["collaboration_done"]) == ("2026-02", "42", "2", "done", "3")
    looked_after = next(r for r in children if r["living_6m"] == "looked_after")
    assert (looked_after["care_proceedings_6m"], looked_after["proceedings_month_6m"],
            looked_after["looked_after_month_6m"]) == ("yes", "2026-02", "2026-02")
    assert sum(int(r["plans_agreed_in_period"]) for r in conferences) == report.plans_agreed


def test_the_csv_carries_nothing_personal(report: ServiceReport, tmp_path: Path) -> None:
    text = export_csv(report, tmp_path / "report.csv").read_text(encoding="utf-8-sig")

    found = [word for word in PERSONAL if word.lower() in text.lower()]
    assert found == []
    assert re.search(r"\d{4}-\d{2}-\d{2}", text) is None      # no whole dates
    assert next(csv.reader(io.StringIO(text))) == list(COLUMNS)
    for facts in report.conferences:
        assert facts.uid not in text


def test_pseudonyms_differ_between_exports(report: ServiceReport) -> None:
    first = {r["conference"] for r in csv.DictReader(io.StringIO(report_csv(report)))}
    second = {r["conference"] for r in csv.DictReader(io.StringIO(report_csv(report)))}

    assert len(first) == 6 and first.isdisjoint(second)
    assert all(re.fullmatch(r"[0-9a-f]{16}", name) for name in first)
