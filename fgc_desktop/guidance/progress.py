"""Where a conference stands against the good-practice steps, and per pathway."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from fgc_desktop.domain.enums import Check, StepState
from fgc_desktop.guidance.rules import RuleContext
from fgc_desktop.guidance.steps import STEPS, Pathway, PracticeStep
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.store.models import Conference, StepMark


class StepProgress(StrEnum):
    DONE = "done"
    OPEN = "open"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True)
class StepStatus:
    """One step for one conference: done, open, or not applicable, and why."""

    step: PracticeStep
    progress: StepProgress
    detail: str = ""
    marked_by_hand: bool = False
    reason: str = ""

    @property
    def counts(self) -> bool:
        """Whether the step counts towards progress (not-applicable ones do not)."""
        return self.progress is not StepProgress.NOT_APPLICABLE


@dataclass(frozen=True)
class PathwayProgress:
    pathway: Pathway
    done: int
    total: int


def _status(step: PracticeStep, conference: Conference, mark: StepMark | None,
            context: RuleContext) -> StepStatus:
    if mark is not None and mark.state is StepState.NOT_APPLICABLE:
        return StepStatus(step, StepProgress.NOT_APPLICABLE, marked_by_hand=True,
                          reason=mark.reason)
    if step.rule is None:
        if mark is not None and mark.state is StepState.DONE_BY_HAND:
            return StepStatus(step, StepProgress.DONE, marked_by_hand=True, reason=mark.reason)
        return StepStatus(step, StepProgress.OPEN, _("Tick this when it is done."))
    result = step.rule(conference, context)
    if result.check is Check.NOT_NEEDED:
        return StepStatus(step, StepProgress.NOT_APPLICABLE, _("Not needed for this family."))
    progress = StepProgress.DONE if result.check is Check.DONE else StepProgress.OPEN
    return StepStatus(step, progress, result.detail)


def evaluate(conference: Conference, context: RuleContext) -> list[StepStatus]:
    """Every step's status, in registry order. ``conference`` must be fully loaded."""
    marks = {mark.step_key: mark for mark in conference.step_marks}
    return [_status(step, conference, marks.get(step.key), context) for step in STEPS]


def pathway_progress(statuses: Iterable[StepStatus]) -> list[PathwayProgress]:
    listed = list(statuses)
    result = []
    for pathway in Pathway:
        counted = [s for s in listed if pathway in s.step.pathways and s.counts]
        done = sum(1 for s in counted if s.progress is StepProgress.DONE)
        result.append(PathwayProgress(pathway, done, len(counted)))
    return result
