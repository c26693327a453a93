"""The rows of one generated conference, at the stage its age puts it in.

A conference referred long ago has been through every stage and is closed,
and the oldest are archived; the newest are still being referred or prepared.
Each stage leaves what it would in real use: people, contacts, information to
share, meetings, plan versions with actions, documents sent, outcomes, and an
audit trail.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from benchmarks.scale import names
from fgc_desktop.domain.enums import (
    ActionStatus,
    ContactKind,
    InvitationStatus,
    MeetingKind,
    MeetingStatus,
    PlanStatus,
    ReplyStatus,
    Role,
    SharingChoice,
    Stage,
)

DAYS_OF_HISTORY = 8 * 365
MEETING_AFTER_DAYS = 85
REVIEW_AFTER_DAYS = 120
ARCHIVED_AFTER_DAYS = 3 * 365
# Stage by days since referral: (fewer than, stage).
_STAGE_BY_AGE = ((30, Stage.REFERRAL), (75, Stage.PREPARATION), (90, Stage.MEETING),
                 (180, Stage.PLAN), (420, Stage.REVIEW))
_AFTER_MEETING = (Stage.PLAN, Stage.REVIEW, Stage.CLOSED)

Rows = defaultdict[str, list[dict[str, Any]]]


def stage_at(age_days: int) -> Stage:
    for below, stage in _STAGE_BY_AGE:
        if age_days < below:
            return stage
    return Stage.CLOSED


def _at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour)).replace(tzinfo=UTC)


@dataclass
class Ids:
    """The next id of each table, so children can point at parents without a round trip."""

    next: defaultdict[str, int] = field(default_factory=lambda: defaultdict(lambda: 1))

    def take(self, table: str) -> int:
        value = self.next[table]
        self.next[table] = value + 1
        return value


@dataclass
class ConferenceBuilder:
    rng: random.Random
    ids: Ids
    today: date
    rows: Rows = field(default_factory=lambda: defaultdict(list))
    _per_year: defaultdict[int, int] = field(default_factory=lambda: defaultdict(int))

    def _add(self, table: str, **values: Any) -> int:
        new_id = self.ids.take(table)
        self.rows[table].append({"id": new_id, "uid": uuid.UUID(int=self.rng.getrandbits(128))
                                 .hex, **values})
        return new_id

    def conference(self, age_days: int) -> None:
        referred = self.today - timedelta(days=age_days)
        stage = stage_at(age_days)
        self._per_year[referred.year] += 1
        family = names.family_name(self.rng)
        conference_id = self._add(
            "conferences", reference=f"FGC-{referred.year}-{self._per_year[referred.year]:04d}",
            family_name=family, stage=stage, coordinator_name=names.coordinator(self.rng),
            referral_date=referred, referrer_name=f"{names.given_name(self.rng)} Testref",
            reason_for_referral="Worries about the children's care at home.",
            worries="School attendance has dropped.\nThe home is often cold.",
            strengths="A large family who want to help.", bottom_lines="",
            target_meeting_date=referred + timedelta(days=MEETING_AFTER_DAYS),
            closed_on=referred + timedelta(days=430) if stage is Stage.CLOSED else None,
            archived=age_days > ARCHIVED_AFTER_DAYS,
            archived_at=_at(referred + timedelta(days=ARCHIVED_AFTER_DAYS))
            if age_days > ARCHIVED_AFTER_DAYS else None,
            created_at=_at(referred), updated_at=_at(referred), version=1,
        )
        people = self._people(conference_id, family, stage)
        self._add("consent_records", conference_id=conference_id, event="given",
                  by_name=f"{self.rng.choice(people['parents'])[1]} {family}",
                  participant_id=people["parents"][0][0], on=referred + timedelta(days=3))
        if stage is not Stage.REFERRAL:
            self._preparation(conference_id, referred, people)
        meeting_day = referred + timedelta(days=MEETING_AFTER_DAYS)
        self._meetings(conference_id, stage, meeting_day, age_days)
        if stage in _AFTER_MEETING:
            self._plans(conference_id, stage, meeting_day, people)
        self._audit(conference_id, people, referred)

    def _people(self, conference_id: int, family: str, stage: Stage
                ) -> dict[str, list[tuple[int, str]]]:
        invited = InvitationStatus.UNDECIDED if stage is Stage.REFERRAL else (
            InvitationStatus.INVITED)
        reply = ReplyStatus.COMING if stage in _AFTER_MEETING else ReplyStatus.AWAITING
        groups: dict[str, list[tuple[int, str]]] = defaultdict(list)
        plan = ([("children", Role.CHILD, "")] * self.rng.randint(1, 3)
                + [("parents", Role.FAMILY, "Parent")] * 2
                + [("family", Role.FAMILY, "")] * self.rng.randint(5, 11)
                + [("professionals", Role.PROFESSIONAL, "")] * 2
                + [("advocates", Role.ADVOCATE, "Advocate")])
        for group, role, relation in plan:
            given = names.given_name(self.rng)
            child = group == "children"
            person_id = self._participant(
                conference_id, given, family if role is not Role.PROFESSIONAL else "Testpro",
                role, relation or (names.professional(self.rng) if role is Role.PROFESSIONAL
                                   else names.relative(self.rng)),
                child, invited, reply, group == "parents")
            groups[group].append((person_id, given))
        return groups

    def _participant(self, conference_id: int, given: str, family: str, role: Role,
                     relation: str, child: bool, invited: InvitationStatus, reply: ReplyStatus,
                     parent: bool) -> int:
        return self._add(
            "participants", conference_id=conference_id, given_name=given, family_name=family,
            role=role, relationship_to_child="" if child else relation,
            has_parental_responsibility=parent, is_subject_child=child,
            date_of_birth=self.today - timedelta(days=self.rng.randint(365, 16 * 365))
            if child else None,
            phone=f"07700 900{self.rng.randint(0, 999):03d}",
            preferred_language=self.rng.choice(names.LANGUAGES),
            invitation_status=invited, reply_status=reply,
        )

    def _preparation(self, conference_id: int, referred: date,
                     people: dict[str, list[tuple[int, str]]]) -> None:
        family = people["parents"] + people["family"]
        for number, (person_id, _given) in enumerate(family):
            self._add("preparation_contacts", conference_id=conference_id,
                      participant_id=person_id,
                      contact_on=referred + timedelta(days=32 + number * 3),
                      kind=self.rng.choice(list(ContactKind)), by_whom="Coordinator",
                      notes="Talked through the meeting.", explained=["purpose", "private_time"])
        for title in ("Police call-outs", "School report", "Health visitor's notes"):
            item_id = self._add("information_items", conference_id=conference_id, title=title,
                                text="Invented details for the benchmark.", source="Referrer",
                                created_at=_at(referred + timedelta(days=35)))
            for person_id, _given in family[:5]:
                self._add("sharing_decisions", item_id=item_id, participant_id=person_id,
                          choice=self.rng.choice(list(SharingChoice)), summary="",
                          decided_by="Coordinator", decided_at=_at(referred + timedelta(days=40)))

    def _meetings(self, conference_id: int, stage: Stage, meeting_day: date,
                  age_days: int) -> None:
        if stage is Stage.REFERRAL:
            return
        held = stage in _AFTER_MEETING
        self._meeting(conference_id, MeetingKind.CONFERENCE,
                      MeetingStatus.HELD if held else MeetingStatus.PLANNED, meeting_day)
        review_day = meeting_day + timedelta(days=REVIEW_AFTER_DAYS)
        if stage is Stage.REVIEW:
            self._meeting(conference_id, MeetingKind.REVIEW,
                          MeetingStatus.HELD if review_day < self.today else MeetingStatus.PLANNED,
                          review_day)
        elif stage is Stage.CLOSED:
            for number in range(self.rng.randint(1, 2)):
                self._meeting(conference_id, MeetingKind.REVIEW, MeetingStatus.HELD,
                              review_day + timedelta(days=90 * number))

    def _meeting(self, conference_id: int, kind: MeetingKind, status: MeetingStatus,
                 day: date) -> int:
        return self._add("meetings", conference_id=conference_id, kind=kind, status=status,
                         starts_at=_at(day), ends_at=_at(day, 13),
                         venue_name="Testbury Family Centre", language="en")

    def _plans(self, conference_id: int, stage: Stage, meeting_day: date,
               people: dict[str, list[tuple[int, str]]]) -> None:
        versions = 2 if stage is Stage.CLOSED or (
            stage is Stage.REVIEW and self.rng.random() < 0.5) else 1
        for number in range(1, versions + 1):
            created = meeting_day + timedelta(days=REVIEW_AFTER_DAYS * (number - 1))
            version_id = self._add(
                "plan_versions", conference_id=conference_id, number=number,
                status=PlanStatus.SUPERSEDED if number < versions else PlanStatus.AGREED,
                created_on=created, referrer_decision="agreed", referrer_decided_on=created,
                review_date=created + timedelta(days=REVIEW_AFTER_DAYS),
                family_lead_id=people["family"][0][0],
            )
            for position in range(6):
                by_when = created + timedelta(days=14 + 14 * position)
                overdue_chance = 0.6 if stage is not Stage.CLOSED else 0.0
                status = (ActionStatus.NOT_STARTED if self.rng.random() < overdue_chance
                          else ActionStatus.DONE)
                self._add("plan_actions", plan_version_id=version_id, position=position,
                          what="Take the children to school every day.",
                          who=people["family"][position % len(people["family"])][1],
                          by_when=by_when, status=status)
            for person_id, _given in (people["parents"] + people["family"])[:5]:
                self._add("plan_recipients", plan_version_id=version_id,
                          participant_id=person_id, method="posted", sent_on=created)
                self._add("produced_documents", conference_id=conference_id,
                          recipient_id=person_id, recipient_name="A Testperson", kind="plan",
                          language="en", file_name="plan.pdf", sha256="0" * 64,
                          carried_items=[], plan_version_id=version_id,
                          produced_at=_at(created), produced_by="Coordinator")
        if stage is not Stage.PLAN:
            for child_id, _given in people["children"]:
                for months in (3, 6, 12):
                    due = meeting_day + timedelta(days=30 * months)
                    self._add("outcomes", conference_id=conference_id, child_id=child_id,
                              months_after=months, due_on=due,
                              recorded_on=due if due < self.today - timedelta(days=20) else None,
                              living="with_parents" if due < self.today else None)

    def _audit(self, conference_id: int, people: dict[str, list[tuple[int, str]]],
               referred: date) -> None:
        person_ids = [person_id for group in people.values() for person_id, _given in group]
        for number in range(30):
            self.rows["audit_entries"].append({
                "id": self.ids.take("audit_entries"),
                "at": _at(referred + timedelta(days=number)), "actor": "coordinator",
                "conference_id": conference_id, "participant_id": person_ids[number % len(
                    person_ids)], "entity": "Participant", "entity_id": person_ids[0],
                "entity_uid": "", "action": "update", "field": "notes",
                "old_value": "", "new_value": "Talked on the phone.",
            })
