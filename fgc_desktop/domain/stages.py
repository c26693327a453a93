"""The registry of stages and of the workspace pages that serve them.

Declared once: the main window, the dashboard and the case-file schema all read
these lists, so adding a page or a stage touches this file only.
"""

from dataclasses import dataclass

from fgc_desktop.domain.enums import Stage
from fgc_desktop.domain.text import N_


@dataclass(frozen=True)
class StageInfo:
    stage: Stage
    title: str
    summary: str


@dataclass(frozen=True)
class PageInfo:
    """A workspace page; ``whole_conference`` pages (the overview) serve no single stage."""

    key: str
    title: str
    stage: Stage
    whole_conference: bool = False


STAGES: tuple[StageInfo, ...] = (
    StageInfo(Stage.REFERRAL, N_("Referral and consent"),
              N_("The referral is in; the parents are asked for consent.")),
    StageInfo(Stage.PREPARATION, N_("Preparation"),
              N_("Meeting each person, finding the network, agreeing the arrangements.")),
    StageInfo(Stage.MEETING, N_("The meeting"),
              N_("Information sharing, private family time, and the plan.")),
    StageInfo(Stage.PLAN, N_("The family plan"),
              N_("The plan is written up and sent to everyone on its list.")),
    StageInfo(Stage.REVIEW, N_("Follow-up and review"),
              N_("Actions are followed up and a review meeting checks progress.")),
    StageInfo(Stage.CLOSED, N_("Closed"), N_("The service's work with the family has ended.")),
)

PAGES: tuple[PageInfo, ...] = (
    PageInfo("overview", N_("Overview"), Stage.REFERRAL, whole_conference=True),
    PageInfo("referral", N_("Referral and consent"), Stage.REFERRAL),
    PageInfo("people", N_("People"), Stage.PREPARATION),
    PageInfo("preparation", N_("Preparation"), Stage.PREPARATION),
    PageInfo("arrangements", N_("Meeting arrangements"), Stage.PREPARATION),
    PageInfo("sharing", N_("Information sharing"), Stage.PREPARATION),
    PageInfo("meeting", N_("The meeting"), Stage.MEETING),
    PageInfo("plan", N_("The family plan"), Stage.PLAN),
    PageInfo("review", N_("Follow-up and review"), Stage.REVIEW),
    PageInfo("documents", N_("Documents"), Stage.PREPARATION, whole_conference=True),
)

_STAGE_INDEX = {info.stage: info for info in STAGES}


def stage_info(stage: Stage) -> StageInfo:
    return _STAGE_INDEX[stage]


def stage_order(stage: Stage) -> int:
    """Position of a stage in the conference's life, 0 for a fresh referral."""
    return [info.stage for info in STAGES].index(stage)


def page_for_stage(stage: Stage) -> PageInfo:
    """The page a coordinator most likely wants when opening a conference."""
    stage_pages = [page for page in PAGES if not page.whole_conference]
    for page in stage_pages:
        if page.stage == stage:
            return page
    return stage_pages[-1]
