"""The information that may be shared, and what each person may see of it."""

from __future__ import annotations

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services import summaries
from fgc_desktop.ui.labels import label
from fgc_desktop.ui.pages.summary import SummaryPage


class SharingPage(SummaryPage):
    def fill(self, conference_id: int) -> None:
        items = summaries.sharing_items(self.db, conference_id)
        if not items:
            self.add_sentence(_("No information is listed yet. Each piece of information is "
                                "listed here, with who may see it, before anything is shared."))
            return
        self.add_section(_("Information"))
        self.add_table(
            _("Information"),
            (_("Information"), _("Kind"), _("How sensitive"), _("From")),
            [(item.title, label(item.category), label(item.sensitivity), item.source)
             for item in items],
        )
        self.add_section(_("Who may see it"))
        decisions = [
            (item.title, decision.person, label(decision.choice), decision.summary)
            for item in items for decision in item.decisions
        ]
        if not decisions:
            self.add_sentence(_("Nothing is decided yet. Decide for each person what they may "
                                "see."))
            return
        self.add_table(
            _("Who may see it"), (_("Information"), _("Person"), _("Decision"), _("Summary")),
            decisions,
        )
