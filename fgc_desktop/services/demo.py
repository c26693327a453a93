"""Invented conferences, one at each stage, so every page has something to show.

Between them they use every part of the model: families who read Welsh,
Polish, Arabic, Urdu and Bengali, a child of 14 who speaks for himself, a
confidential address, two people who must not meet, and a plan changed at its
review. All dates count from the day the demo is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from fgc_desktop.services import (
    demo_closed,
    demo_meeting,
    demo_plan,
    demo_preparation,
    demo_referral,
    demo_review,
)
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import Conference

Builder = Callable[[Session, str, date], None]

# Real references look like FGC-2026-0001, so these can never clash with them.
DEMO_CONFERENCES: tuple[tuple[str, Builder], ...] = (
    ("DEMO-0001", demo_referral.build),
    ("DEMO-0002", demo_preparation.build),
    ("DEMO-0003", demo_meeting.build),
    ("DEMO-0004", demo_plan.build),
    ("DEMO-0005", demo_review.build),
    ("DEMO-0006", demo_closed.build),
)


def load_demo(db: Database, today: date | None = None) -> list[str]:
    """Loads each demo conference not already there; returns the references loaded.

    Each conference is built in its own session, so a failure leaves no half
    conference behind.
    """
    today = today or date.today()
    loaded = []
    for reference, build in DEMO_CONFERENCES:
        with db.session() as session:
            if _exists(session, reference):
                continue
            build(session, reference, today)
        loaded.append(reference)
    return loaded


def _exists(session: Session, reference: str) -> bool:
    found = session.scalar(select(Conference.id).where(Conference.reference == reference))
    return found is not None
