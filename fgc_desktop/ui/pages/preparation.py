"""The preparation log: each visit and call before the meeting."""

from __future__ import annotations

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services import summaries
from fgc_desktop.ui.labels import label, show_date
from fgc_desktop.ui.pages.summary import SummaryPage


class PreparationPage(SummaryPage):
    def fill(self, conference_id: int) -> None:
        contacts = summaries.preparation_contacts(self.db, conference_id)
        self.add_section(_("Visits and calls"))
        if not contacts:
            self.add_sentence(_("No visits or calls are recorded yet. Each time you meet or "
                                "call someone to prepare them, it is logged here."))
            return
        self.add_table(
            _("Visits and calls"),
            (_("Date"), _("How"), _("With"), _("By"), _("Notes")),
            [
                (show_date(contact.on), label(contact.kind), contact.person, contact.by_whom,
                 contact.notes)
                for contact in contacts
            ],
        )
