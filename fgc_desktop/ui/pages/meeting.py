"""The meeting as it happened: its three parts and who came."""

from __future__ import annotations

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services import summaries
from fgc_desktop.ui.labels import label, show_date_time, show_span, yes_no
from fgc_desktop.ui.pages.summary import SummaryPage


class MeetingPage(SummaryPage):
    def fill(self, conference_id: int) -> None:
        meeting = summaries.conference_meeting(self.db, conference_id)
        if meeting is None:
            self.add_sentence(_("The meeting has not been arranged yet. When it is held, its "
                                "three parts and who came are recorded here."))
            return
        self.add_section(_("The three parts"))
        self.add_facts((
            (_("Starts"), show_date_time(meeting.starts_at)),
            (_("Status"), label(meeting.status)),
            (_("Information sharing"), show_span(*meeting.information_times)),
            (_("Private family time"), show_span(*meeting.private_time_times)),
            (_("Agreeing the plan"), show_span(*meeting.agreement_times)),
            (_("Professionals left for private family time"),
             yes_no(meeting.private_time_without_professionals)),
            (_("What happened"), meeting.outcome),
        ))
        self.add_section(_("Who came"))
        if not meeting.attendees:
            self.add_sentence(_("No one is listed for the meeting yet."))
            return
        self.add_table(
            _("Who came"), (_("Name"), _("Role"), _("Part of the meeting"), _("Attendance")),
            [(person.name, label(person.role), label(person.session), label(person.attendance))
             for person in meeting.attendees],
        )
