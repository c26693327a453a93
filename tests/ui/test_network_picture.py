"""The picture of the family network: who is drawn, the marks it carries, and printing it."""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPageLayout, QPainter, QPdfWriter
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.enums import InvitationStatus, ReplyStatus, Role
from fgc_desktop.services.conferences import find_conference_id
from fgc_desktop.services.demo import load_demo
from fgc_desktop.services.people import PersonRow, add_person, list_people, update_person_field
from fgc_desktop.services.separations import SeparationRow, add_separation, list_separations
from fgc_desktop.store.database import Database
from fgc_desktop.ui.people.network_items import PersonNode
from fgc_desktop.ui.people.network_print import (
    paint_network,
    paper_palette,
    paper_scene,
    print_network,
    save_pdf,
    save_png,
)
from fgc_desktop.ui.people.network_scene import NetworkScene
from fgc_desktop.ui.people.words import Standing
from tests.ui.sample_conference import build_empty_conference


@pytest.fixture
def network(db: Database) -> tuple[list[PersonRow], list[SeparationRow]]:
    """DEMO-0002: an Arabic-speaking family, a confidential address, two who must not meet."""
    load_demo(db)
    conference_id = find_conference_id(db, "DEMO-0002")
    return list_people(db, conference_id), list_separations(db, conference_id)


def test_the_scene_has_one_box_per_person_and_the_children_in_the_centre(
    qtbot: QtBot, network: tuple[list[PersonRow], list[SeparationRow]]
) -> None:
    people, separations = network

    scene = NetworkScene(people, separations, paper_palette(), 16.0)

    assert set(scene.person_items) == {person.id for person in people}
    assert len([item for item in scene.items() if isinstance(item, PersonNode)]) == len(people)
    children = [scene.person_items[person.id] for person in people if person.is_subject_child]
    others = [scene.person_items[person.id] for person in people
              if not person.is_subject_child]
    distance = max(abs(node.pos().x()) + abs(node.pos().y()) for node in children)
    assert all(abs(node.pos().x()) + abs(node.pos().y()) > distance for node in others)


def test_a_separation_is_drawn_as_a_must_not_meet_link(
    qtbot: QtBot, network: tuple[list[PersonRow], list[SeparationRow]]
) -> None:
    people, separations = network
    [separation] = separations

    scene = NetworkScene(people, separations, paper_palette(), 16.0)

    mark = scene.separation_marks[separation.id]
    assert mark.words == "must not meet"
    assert "Layla Exemplar-Haddad" in mark.toolTip() and "Samir" in mark.toolTip()


def test_an_interpreter_mark_shows_the_language_for_those_who_need_one(
    qtbot: QtBot, network: tuple[list[PersonRow], list[SeparationRow]]
) -> None:
    people, separations = network
    scene = NetworkScene(people, separations, paper_palette(), 16.0)

    needing = {person.id for person in people if person.needs_interpreter}

    assert set(scene.interpreter_marks) == needing and needing
    codes = {mark.code for mark in scene.interpreter_marks.values()}
    assert codes == {"AR", "CKB"}
    huda = next(person for person in people if person.name == "Huda Al-Mithal")
    assert "العربية" in scene.interpreter_marks[huda.id].toolTip()


def test_who_is_coming_is_told_by_outline_and_words(qtbot: QtBot, db: Database) -> None:
    conference_id = build_empty_conference(db)
    coming = add_person(db, conference_id, "ليلى", Role.FAMILY)
    update_person_field(db, coming, "invitation_status", InvitationStatus.INVITED)
    update_person_field(db, coming, "reply_status", ReplyStatus.COMING)
    away = add_person(db, conference_id, "তানিয়া", Role.FRIEND)
    update_person_field(db, away, "invitation_status", InvitationStatus.NOT_INVITED)
    add_separation(db, conference_id, coming, away)

    scene = NetworkScene(list_people(db, conference_id), list_separations(db, conference_id),
                         paper_palette(), 16.0)

    assert scene.person_items[coming].standing is Standing.COMING
    assert scene.person_items[away].standing is Standing.NOT_COMING
    assert scene.person_items[coming].name == "ليلى"
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    paint_network(painter, QRectF(0, 0, 400, 300), scene, "Arabic and Bengali names")
    painter.end()
    assert not image.isNull()


def test_printing_to_a_pdf_makes_one_landscape_page(
    qtbot: QtBot, tmp_path: Path, network: tuple[list[PersonRow], list[SeparationRow]]
) -> None:
    people, separations = network
    path = tmp_path / "network.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape)

    print_network(writer, people, separations, "The family network (DEMO-0002)")
    del writer

    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1


def test_the_picture_is_saved_as_pdf_and_png(
    qtbot: QtBot, tmp_path: Path, network: tuple[list[PersonRow], list[SeparationRow]]
) -> None:
    people, separations = network

    save_pdf(tmp_path / "network.pdf", people, separations, "Network")
    save_png(tmp_path / "network", people, separations, "Network")

    assert (tmp_path / "network.pdf").read_bytes().startswith(b"%PDF")
    image = QImage(str(tmp_path / "network.png"))
    bounds = paper_scene(people, separations).itemsBoundingRect()
    assert image.width() > bounds.width() and image.height() > bounds.height()
