"""The demo database, opened once per test module, and a reader's view for each kind."""

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from fgc_desktop.disclosure import RecipientView
from fgc_desktop.services.sharing import view_for
from fgc_desktop.store.database import Database
from fgc_desktop.store.models import Participant
from tests.documents.demo_cases import conference_id, open_demo


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_demo(tmp_path_factory.mktemp("demo"))
    yield db
    db.close()


@pytest.fixture(scope="module")
def views(demo_db: Database) -> dict[str, RecipientView]:
    """A view for each kind: Nasreen's (she gets the plan), a child's, and anyone's."""
    number = conference_id(demo_db, "DEMO-0004")
    with demo_db.session() as session:
        ids = {p.given_name: p.id for p in session.scalars(
            select(Participant).where(Participant.conference_id == number))}
    nasreen = view_for(demo_db, number, ids["Nasreen"])
    return {"invitation": nasreen, "plan": nasreen, "review_invitation": nasreen,
            "child_invitation": view_for(demo_db, number, ids["Hamza"]),
            "leaflet": view_for(demo_db, number, None)}
