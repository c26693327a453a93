"""The planned meeting's arrangements and the choices the family made about them."""

from __future__ import annotations

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services import summaries
from fgc_desktop.ui.labels import label, language_label, show_date_time, yes_no
from fgc_desktop.ui.pages.summary import SummaryPage


def _joined(*parts: str) -> str:
    return "\n".join(part for part in parts if part.strip())


class ArrangementsPage(SummaryPage):
    def fill(self, conference_id: int) -> None:
        meeting = summaries.conference_meeting(self.db, conference_id)
        if meeting is None:
            self.add_sentence(_("No meeting is arranged yet. The time, the place and the food "
                                "are the family's choice; they are recorded here."))
            return
        self.add_section(_("The meeting"))
        self.add_facts((
            (_("Starts"), show_date_time(meeting.starts_at)),
            (_("Status"), label(meeting.status)),
            (_("Venue"), _joined(meeting.venue_name, meeting.venue_address)),
            (_("Food"), _joined(meeting.food, meeting.dietary_needs)),
            (_("Language"), language_label(meeting.language_code)),
            (_("Childcare"), meeting.childcare),
            (_("Help with travel"), meeting.travel_help),
            (_("Private family time planned"), yes_no(meeting.private_time_planned)),
        ))
        self.add_section(_("The family's choices"))
        if not meeting.choices:
            self.add_sentence(_("No choices are recorded yet. Ask the family what suits them."))
            return
        self.add_table(
            _("The family's choices"),
            (_("Arrangement"), _("Choice"), _("Chosen by")),
            [
                (label(choice.kind), choice.value,
                 f"{label(choice.made_by)} ({choice.made_by_person})"
                 if choice.made_by_person else label(choice.made_by))
                for choice in meeting.choices
            ],
        )
