"""Everyone in the conference: role, relationship, language, invitation and reply."""

from __future__ import annotations

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services import summaries
from fgc_desktop.ui.labels import label, language_label
from fgc_desktop.ui.pages.summary import SummaryPage


class PeoplePage(SummaryPage):
    def fill(self, conference_id: int) -> None:
        people = summaries.people(self.db, conference_id)
        if not people:
            self.add_sentence(_("No one is recorded yet. The family's network, the child "
                                "and the professionals are added here during preparation."))
            return
        rows = [
            (
                person.name, label(person.role), person.relationship,
                _("{language}, with an interpreter").format(
                    language=language_label(person.language_code))
                if person.needs_interpreter else language_label(person.language_code),
                label(person.invitation), label(person.reply),
            )
            for person in people
        ]
        self.add_table(
            _("People"),
            (_("Name"), _("Role"), _("Relationship to the child"), _("Language"),
             _("Invitation"), _("Reply")),
            rows,
        )
