"""Telling the coordinator, once, that a document's translation is still a draft.

Before a document in a draft language is saved or printed, the coordinator is
asked to have a qualified interpreter check it; they may go on. Each kind of
document in each language is mentioned once while the page is open, so a
coordinator printing many letters is not asked again and again.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QMessageBox, QWidget

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.i18n.languages import is_supported, language
from fgc_desktop.i18n.status import draft_languages

DocumentLanguage = tuple[str, str]  # a document kind's key and a language code


class DraftWarning:
    """Remembers which documents' draft translations the coordinator was told about."""

    def __init__(self) -> None:
        self._told: set[DocumentLanguage] = set()

    def confirm(self, parent: QWidget, wanted: Iterable[DocumentLanguage],
                document: str) -> bool:
        """Whether to go on: asks only about drafts not mentioned before for that document.

        ``document`` names what is being made, e.g. “Invitation” or “Invitation
        pack”, in the interface's language.
        """
        asked = [(kind, code) for kind, code in dict.fromkeys(wanted)
                 if (kind, code) not in self._told and is_supported(code)]
        drafts = set(draft_languages(code for _kind, code in asked))
        new = [(kind, code) for kind, code in asked if code in drafts]
        if not new:
            return True
        names = ", ".join(language(code).label for code in dict.fromkeys(c for _k, c in new))
        box = QMessageBox(QMessageBox.Icon.Information, _("A draft translation"),
                          _("“{document}” in {languages} is a draft translation. A qualified "
                            "interpreter should check it before the family gets it.").format(
                              document=document, languages=names), parent=parent)
        box.setInformativeText(_("You can go on now. A reviewer can correct and approve the "
                                 "translation in Tools, Translations."))
        going_on = box.addButton(_("&Continue"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(_("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(going_on)
        box.exec()
        if box.clickedButton() is not going_on:
            return False
        self._told.update(new)
        return True
