"""Good-practice steps and warnings for one conference, and marks made by hand."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from fgc_desktop.domain.enums import StepState
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.validation import check_text
from fgc_desktop.guidance.progress import StepStatus, evaluate
from fgc_desktop.guidance.rules import RuleContext
from fgc_desktop.guidance.steps import step
from fgc_desktop.guidance.warnings import arrangement_warnings
from fgc_desktop.services.settings import get_setting
from fgc_desktop.store.database import Database
from fgc_desktop.store.loading import load_conference
from fgc_desktop.store.models import StepMark
from fgc_desktop.store.models.base import utc_now


def rule_context(db: Database, today: date | None = None) -> RuleContext:
    return RuleContext(
        today=today or date.today(),
        target_days_plan_sent=int(get_setting(db, "target_days_plan_sent")),
    )


def conference_steps(db: Database, conference_id: int, today: date | None = None
                     ) -> list[StepStatus]:
    context = rule_context(db, today)
    with db.session() as session:
        return evaluate(load_conference(session, conference_id), context)


def conference_warnings(db: Database, conference_id: int, today: date | None = None
                        ) -> list[str]:
    with db.session() as session:
        return arrangement_warnings(load_conference(session, conference_id),
                                    today or date.today())


def mark_step(db: Database, conference_id: int, key: str, state: StepState,
              reason: str = "") -> None:
    """Ticks a by-hand step, or marks any step not applicable (a reason is required)."""
    practice_step = step(key)
    reason = check_text("Reason", reason, 2000, required=state is StepState.NOT_APPLICABLE)
    if state is StepState.DONE_BY_HAND and not practice_step.by_hand:
        raise UserError(
            "This step is ticked from what is recorded. Record the missing details instead, "
            "or mark it not applicable with a reason."
        )
    with db.session() as session:
        mark = session.scalar(select(StepMark).where(
            StepMark.conference_id == conference_id, StepMark.step_key == key))
        if mark is None:
            session.add(StepMark(conference_id=conference_id, step_key=key, state=state,
                                 reason=reason, marked_by=db.actor, marked_at=utc_now()))
        else:
            mark.state, mark.reason, mark.marked_by = state, reason, db.actor
            mark.marked_at = utc_now()


def clear_step_mark(db: Database, conference_id: int, key: str) -> None:
    """Undoes a tick or a not-applicable mark; the rule decides again."""
    with db.session() as session:
        mark = session.scalar(select(StepMark).where(
            StepMark.conference_id == conference_id, StepMark.step_key == key))
        if mark is not None:
            session.delete(mark)
