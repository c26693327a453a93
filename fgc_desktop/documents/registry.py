"""The registry of family documents, declared once.

Adding a document touches this file and the document's own module: the
command line, the documents page and the tests all read :data:`DOCUMENTS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from fgc_desktop.disclosure.view import RecipientView
from fgc_desktop.documents import (
    child_invitation,
    family_plan,
    invitation,
    leaflet,
    review_invitation,
)
from fgc_desktop.documents.composer import Composer
from fgc_desktop.documents.wording import Wording
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.text import N_


class Audience(StrEnum):
    """Who a document is made for; the documents service finds those people."""

    INVITED_ADULTS = "invited_adults"
    CHILDREN = "children"
    PLAN_DISTRIBUTION = "plan_distribution"
    ANYONE = "anyone"


@dataclass(frozen=True)
class DocumentKind:
    """One kind of document.

    ``label`` is the interface's name for it (for the coordinator); ``title``
    gives the family-facing title in the document's language; ``compose``
    writes the story from a recipient's view; ``child_friendly`` sets it in
    larger, roomier type.
    """

    key: str
    label: str
    audience: Audience
    title: Callable[[Wording], str]
    compose: Callable[[Composer, RecipientView], None]
    child_friendly: bool = False

    @property
    def for_anyone(self) -> bool:
        return self.audience is Audience.ANYONE


DOCUMENTS: tuple[DocumentKind, ...] = (
    DocumentKind("invitation", N_("Invitation"), Audience.INVITED_ADULTS,
                 invitation.title, invitation.compose),
    DocumentKind("child_invitation", N_("Invitation for a child or young person"),
                 Audience.CHILDREN, child_invitation.title, child_invitation.compose,
                 child_friendly=True),
    DocumentKind("leaflet", N_("Leaflet: what happens at a family group conference"),
                 Audience.ANYONE, leaflet.title, leaflet.compose),
    DocumentKind("plan", N_("Family plan"), Audience.PLAN_DISTRIBUTION,
                 family_plan.title, family_plan.compose),
    DocumentKind("review_invitation", N_("Invitation to a review meeting"),
                 Audience.INVITED_ADULTS, review_invitation.title, review_invitation.compose),
)

DOCUMENT_KEYS = tuple(kind.key for kind in DOCUMENTS)
_BY_KEY = {kind.key: kind for kind in DOCUMENTS}


def document_kind(key: str) -> DocumentKind:
    """The kind called ``key``, or a message listing the kinds there are."""
    try:
        return _BY_KEY[key]
    except KeyError:
        raise UserError(f"There is no document called “{key}”. Choose one of: "
                        f"{', '.join(DOCUMENT_KEYS)}.") from None
