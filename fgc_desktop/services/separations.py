"""Who must not meet whom, why, and how they are kept apart on the day."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.text import N_
from fgc_desktop.domain.validation import check_text
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.people import find_person
from fgc_desktop.services.removal import Removed, snapshot
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import Separation

SEPARATION_TEXT = {"reason": (N_("Why they must not meet"), 4000),
                   "arrangement": (N_("How they are kept apart"), 4000)}


@dataclass(frozen=True)
class SeparationRow:
    """One pair who must not meet, as the list and the picture of the network show it."""

    id: int
    first_id: int
    first_name: str
    second_id: int
    second_name: str
    reason: str
    arrangement: str


def list_separations(db: Database, conference_id: int) -> list[SeparationRow]:
    with db.session() as session:
        found = session.scalars(
            select(Separation).where(Separation.conference_id == conference_id)
            .order_by(Separation.id)
        )
        return [
            SeparationRow(
                id=separation.id, first_id=separation.first_id,
                first_name=separation.first.display_name, second_id=separation.second_id,
                second_name=separation.second.display_name, reason=separation.reason,
                arrangement=separation.arrangement,
            )
            for separation in found
        ]


def add_separation(db: Database, conference_id: int, first_id: int, second_id: int,
                   reason: str = "", arrangement: str = "") -> int:
    """Records that two people must not meet, and how they are kept apart."""
    if first_id == second_id:
        raise UserError(_("Choose two different people who must not meet."))
    reason = _separation_text("reason", reason)
    arrangement = _separation_text("arrangement", arrangement)
    with db.session() as session:
        for person_id in (first_id, second_id):
            if find_person(session, person_id).conference_id != conference_id:
                raise UserError(_("Both people must be in this conference. "
                                  "Choose from the list."))
        pair = (first_id, second_id)
        if session.scalar(select(Separation.id).where(
                Separation.first_id.in_(pair), Separation.second_id.in_(pair))) is not None:
            raise UserError(_("These two are already recorded as people who must not meet. "
                              "Change the reason or the arrangement on that line instead."))
        separation = Separation(conference_id=conference_id, first_id=first_id,
                                second_id=second_id, reason=reason, arrangement=arrangement)
        session.add(separation)
        session.flush()
        return separation.id


def update_separation_field(db: Database, separation_id: int, field: str, value: Any) -> str:
    checked = _separation_text(field, value)
    with db.session() as session:
        separation = session.get(Separation, separation_id)
        if separation is None:
            raise UserError(_("That line was removed. Add the two people again if they "
                              "still must not meet."))
        setattr(separation, field, checked)
    return checked


def _separation_text(field: str, value: Any) -> str:
    title, longest = SEPARATION_TEXT[field]
    return check_text(_(title), value, longest)


def remove_separation(db: Database, separation_id: int) -> Removed:
    with db.session() as session:
        separation = session.get(Separation, separation_id)
        if separation is None:
            raise UserError(_("That line was removed already."))
        removed = snapshot(separation, _("{first} and {second}").format(
            first=separation.first.display_name, second=separation.second.display_name))
        session.delete(separation)
        return removed
