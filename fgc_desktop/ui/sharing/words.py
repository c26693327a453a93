"""Plain words and icons for a cell of the sharing grid, and for why something is held back.

Each state has an icon and a word, so no one has to tell states apart by colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from fgc_desktop.disclosure import HeldBack
from fgc_desktop.disclosure.grid import GridCell
from fgc_desktop.domain.enums import SharingChoice
from fgc_desktop.domain.text import N_
from fgc_desktop.i18n.catalogue import _

CHOICE_WORDS = {
    SharingChoice.SHARE: N_("Share"),
    SharingChoice.SUMMARY: N_("Summary"),
    SharingChoice.WITHHOLD: N_("Not shared"),
}
CHOICE_ICONS = {
    SharingChoice.SHARE: "eye",
    SharingChoice.SUMMARY: "file-text",
    SharingChoice.WITHHOLD: "eye-off",
}
HELD_BACK_WORDS = {
    HeldBack.CONFIDENTIAL_CONTACT: N_("held back: their contact details are confidential"),
    HeldBack.CONSENT_NOT_RECORDED: N_("held back: needs the family's consent"),
    HeldBack.CONSENT_REFUSED: N_("held back: the family said no"),
    HeldBack.NO_SUMMARY: N_("held back: the summary is empty"),
    HeldBack.HOLDS_CONFIDENTIAL: N_("held back: holds someone's confidential contact details"),
}
UNDECIDED_ICON = "help-circle"
HELD_BACK_ICON = "lock"


@dataclass(frozen=True)
class CellWords:
    icon: str
    word: str
    detail: str

    @property
    def sentence(self) -> str:
        """Both lines as one, for screen readers and tooltips."""
        return f"{self.word} — {self.detail}" if self.detail else self.word


def cell_words(cell: GridCell) -> CellWords:
    sight = cell.sight
    if sight.held_back is not None:
        word = (_(CHOICE_WORDS[sight.decided]) if sight.decided is not None
                else _("Not decided"))
        return CellWords(HELD_BACK_ICON, word, _(HELD_BACK_WORDS[sight.held_back]))
    if sight.decided is None:
        default = (_("default: shared") if sight.wanted is SharingChoice.SHARE
                   else _("default: not shared"))
        return CellWords(UNDECIDED_ICON, _("Not decided"), default)
    return CellWords(CHOICE_ICONS[sight.decided], _(CHOICE_WORDS[sight.decided]), "")


def held_back_words(reason: HeldBack) -> str:
    return _(HELD_BACK_WORDS[reason])
