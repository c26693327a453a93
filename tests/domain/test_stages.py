"""The stage and page registries stay complete and in order."""

from fgc_desktop.domain.enums import Stage
from fgc_desktop.domain.stages import PAGES, STAGES, page_for_stage, stage_order


def test_every_stage_is_registered_once_in_order() -> None:
    assert [info.stage for info in STAGES] == list(Stage)
    assert stage_order(Stage.REFERRAL) == 0
    assert stage_order(Stage.CLOSED) == len(Stage) - 1


def test_the_workspace_has_an_overview_then_the_pages_a_coordinator_works_through() -> None:
    assert [page.key for page in PAGES] == [
        "overview", "referral", "people", "preparation", "arrangements", "sharing", "meeting",
        "plan", "review", "documents",
    ]


def test_opening_a_conference_lands_on_its_stage() -> None:
    assert page_for_stage(Stage.REFERRAL).key == "referral"
    assert page_for_stage(Stage.PREPARATION).key == "people"
    assert page_for_stage(Stage.PLAN).key == "plan"
    assert page_for_stage(Stage.CLOSED).key == "review"
