"""Follow-up: the review meetings and where each child was living afterwards."""

from __future__ import annotations

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services import summaries
from fgc_desktop.ui.labels import label, show_date, show_date_time, yes_no
from fgc_desktop.ui.pages.summary import SummaryPage


class ReviewPage(SummaryPage):
    def fill(self, conference_id: int) -> None:
        found = summaries.review(self.db, conference_id)
        self.add_section(_("Review meetings"))
        if found.meetings:
            self.add_table(
                _("Review meetings"), (_("When"), _("Status"), _("Where"), _("What happened")),
                [(show_date_time(meeting.starts_at), label(meeting.status), meeting.venue_name,
                  meeting.outcome) for meeting in found.meetings],
            )
        else:
            self.add_sentence(_("No review meeting is arranged yet. A review checks how the "
                                "plan is going, often within three months."))
        self.add_section(_("Where the children are living"))
        if not found.outcomes:
            self.add_sentence(_("Nothing is recorded yet. Where each child is living is asked "
                                "3, 6 and 12 months after the meeting."))
            return
        self.add_table(
            _("Where the children are living"),
            (_("Child"), _("After"), _("Due"), _("Recorded"), _("Living"),
             _("Care proceedings")),
            [
                (outcome.child, _("{months} months").format(months=outcome.months_after),
                 show_date(outcome.due_on), show_date(outcome.recorded_on),
                 label(outcome.living) if outcome.living else "",
                 yes_no(outcome.care_proceedings_issued))
                for outcome in found.outcomes
            ],
        )
