"""The sharing grid: who has a column, and what each cell says while nothing is decided."""

from fgc_desktop.disclosure import HeldBack
from fgc_desktop.disclosure.grid import sharing_grid
from fgc_desktop.domain.enums import InvitationStatus, Sensitivity, SharingChoice
from tests.disclosure.factories import conference, decide, item, person


def test_everyone_but_the_people_not_invited_has_a_column() -> None:
    family = [person(1, "Pip"), person(2, "Kit", invitation_status=InvitationStatus.NOT_INVITED),
              person(3, "Hazel", invitation_status=InvitationStatus.UNDECIDED)]

    grid = sharing_grid(conference(family))

    assert [p.name for p in grid.people] == ["Pip Testerson", "Hazel Testerson"]
    assert [p.name for p in grid.everyone] == ["Pip Testerson", "Kit Testerson",
                                               "Hazel Testerson"]


def test_a_cell_shows_the_decision_or_the_default_and_what_holds_it_back() -> None:
    family = [person(1, "Pip"), person(2, "Maple")]
    school = item(1, "School", "Pip is late.", sensitivity=Sensitivity.ORDINARY)
    health = item(2, "Health", "Maple sees a counsellor.", needs_family_consent=True)
    decide(health, family[1], SharingChoice.SHARE).reason = "Maple asked."

    grid = sharing_grid(conference(family, [school, health]))

    default = grid.cell(1, 1)
    assert not default.is_decided and default.sight.choice is SharingChoice.SHARE
    held = grid.cell(2, 2)
    assert held.is_decided and held.reason == "Maple asked."
    assert held.sight.held_back is HeldBack.CONSENT_NOT_RECORDED
    assert held.sight.choice is SharingChoice.WITHHOLD
    assert grid.undecided(1) and grid.undecided(2)
