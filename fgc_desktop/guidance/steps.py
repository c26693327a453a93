"""The registry of good-practice steps, declared once.

Each step serves one or more of the three pathways through which family group
conferences help (Stabler et al., 2019), says in one plain sentence why it
matters, and has a rule that reads the recorded data. A step with no rule is
the only kind a coordinator ticks by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from fgc_desktop.domain.enums import Stage
from fgc_desktop.domain.text import N_
from fgc_desktop.guidance import rules

if TYPE_CHECKING:
    from fgc_desktop.guidance.rules import RuleContext, RuleResult
    from fgc_desktop.store.models import Conference


class Pathway(StrEnum):
    COLLABORATION = "collaboration"
    TRUST = "trust"
    PARTICIPATION = "participation"


PATHWAY_TITLES = {
    Pathway.COLLABORATION: N_("Collaboration and engagement"),
    Pathway.TRUST: N_("Trust and reducing shame"),
    Pathway.PARTICIPATION: N_("Participation in decisions"),
}

Rule = Callable[["Conference", "RuleContext"], "RuleResult"]


@dataclass(frozen=True)
class PracticeStep:
    key: str
    stage: Stage
    page: str
    pathways: frozenset[Pathway]
    title: str
    why: str
    rule: Rule | None = None

    @property
    def by_hand(self) -> bool:
        return self.rule is None


def _step(key: str, stage: Stage, page: str, pathways: set[Pathway], title: str, why: str,
          rule: Rule | None = None) -> PracticeStep:
    return PracticeStep(key, stage, page, frozenset(pathways), title, why, rule)


C, T, P = Pathway.COLLABORATION, Pathway.TRUST, Pathway.PARTICIPATION

STEPS: tuple[PracticeStep, ...] = (
    _step("consent_recorded", Stage.REFERRAL, "referral", {C, T},
          N_("Consent recorded"),
          N_("Parents agree to the meeting freely and know they can change their mind."),
          rules.consent_recorded),
    _step("referral_in_plain_words", Stage.REFERRAL, "referral", {T},
          N_("Worries, strengths, bottom lines and questions written in plain words"),
          N_("A family can only answer worries it understands, and strengths show respect."),
          rules.referral_in_plain_words),
    _step("everyone_contacted", Stage.PREPARATION, "preparation", {C, T},
          N_("Every invited family member and each child contacted before the meeting"),
          N_("People who know what to expect come, speak up and feel less judged."),
          rules.everyone_contacted),
    _step("child_participation_settled", Stage.PREPARATION, "people", {P},
          N_("How each child takes part, and their advocate, agreed"),
          N_("A child's voice is heard in the plan about their own life."),
          rules.child_participation_settled),
    _step("family_chose_arrangements", Stage.PREPARATION, "arrangements", {C, P},
          N_("The family chose the time, the place and the food"),
          N_("A meeting on the family's own terms feels like theirs, so more people come."),
          rules.family_chose_arrangements),
    _step("language_settled", Stage.PREPARATION, "arrangements", {C, T},
          N_("Language and interpreter settled for each person"),
          N_("Everyone can follow and be heard in the language they know best."),
          rules.language_settled),
    _step("private_time_planned", Stage.PREPARATION, "arrangements", {P},
          N_("Private family time planned"),
          N_("The family makes its own plan without professionals in the room."),
          rules.private_time_planned),
    _step("separations_safe", Stage.PREPARATION, "arrangements", {T},
          N_("A safety arrangement for people who must not meet"),
          N_("Everyone is safe, and nobody is kept out when there is a safe way in."),
          rules.separations_safe),
    _step("sharing_decided", Stage.PREPARATION, "sharing", {T},
          N_("Sharing decided for every person before invitations go out"),
          N_("Each person sees what they need and nothing that could hurt or shame."),
          rules.sharing_decided),
    _step("professionals_briefed", Stage.PREPARATION, "arrangements", {T},
          N_("Professionals asked to avoid jargon"),
          N_("Plain words help a family trust what it hears at the meeting.")),
    _step("private_time_held", Stage.MEETING, "meeting", {P},
          N_("Private family time held without professionals"),
          N_("A plan the family made alone is a plan the family owns."),
          rules.private_time_held),
    _step("plan_sent_on_time", Stage.PLAN, "plan", {C},
          N_("The plan sent out within the service's target"),
          N_("Everyone knows quickly what was agreed and who does what."),
          rules.plan_sent_on_time),
    _step("review_date_set", Stage.PLAN, "plan", {C, P},
          N_("A review date set"),
          N_("A date to look again keeps the plan alive and lets the family change it."),
          rules.review_date_set),
)

_BY_KEY = {step.key: step for step in STEPS}


def step(key: str) -> PracticeStep:
    return _BY_KEY[key]


def steps_for_page(page: str) -> tuple[PracticeStep, ...]:
    return tuple(candidate for candidate in STEPS if candidate.page == page)
