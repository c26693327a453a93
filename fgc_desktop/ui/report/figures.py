"""The report's figures: each in words, and as bar charts that say the same.

What the service did, the days from referral to meeting, good-practice steps
per pathway, and where the children were living at each follow-up.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from fgc_desktop.domain.enums import LivingArrangement
from fgc_desktop.guidance.steps import PATHWAY_TITLES
from fgc_desktop.i18n.catalogue import _, ngettext
from fgc_desktop.services.report import DaysToMeeting, OutcomeCount, ServiceReport
from fgc_desktop.ui.labels import label, show_date
from fgc_desktop.ui.report.bar_chart import Bar, BarChart
from fgc_desktop.ui.review.words import after_label
from fgc_desktop.ui.widgets import note


def _group(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    box.setAccessibleName(title)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def days_sentence(days: DaysToMeeting) -> str:
    if not days.meetings or days.median is None:
        return _("No meeting was held in this period.")
    return ngettext(
        "Median {median:g} days (shortest {shortest}, longest {longest}), from {count} "
        "meeting held.",
        "Median {median:g} days (shortest {shortest}, longest {longest}), from {count} "
        "meetings held.", days.meetings,
    ).format(median=days.median, shortest=days.shortest, longest=days.longest,
             count=days.meetings)


def outcome_bars(count: OutcomeCount) -> list[Bar]:
    bars = [Bar(label(way), count.living[way], str(count.living[way]))
            for way in LivingArrangement]
    bars.append(Bar(_("Not recorded yet"), count.not_recorded, str(count.not_recorded)))
    bars.append(Bar(_("Care proceedings issued"), count.proceedings_issued,
                    str(count.proceedings_issued)))
    return bars


class ReportFigures(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period = note()
        self.activity = BarChart(_("What the service did"))
        self.days = note()
        self.days.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pathways = BarChart(_("Good-practice steps done, by pathway"))
        self.outcomes = {months: BarChart(_("Where the children were living, {after}").format(
            after=after_label(months))) for months in (3, 6, 12)}
        self.outcome_counts = {months: QLabel() for months in self.outcomes}
        followed = QGridLayout()
        for column, (months, chart) in enumerate(self.outcomes.items()):
            caption = QLabel(f"<b>{after_label(months)}</b>")
            followed.addWidget(caption, 0, column)
            followed.addWidget(self.outcome_counts[months], 1, column)
            followed.addWidget(chart, 2, column)
        follow_box = QGroupBox(_("Where the children were living"))
        follow_box.setAccessibleName(_("Where the children were living"))
        follow_layout = QVBoxLayout(follow_box)
        follow_layout.addWidget(note(_("The follow-ups due in the period: where each child "
                                       "was living 3, 6 and 12 months after the meeting.")))
        follow_layout.addLayout(followed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.period)
        layout.addWidget(_group(_("What the service did"), self.activity))
        layout.addWidget(_group(_("Days from referral to meeting"), self.days))
        layout.addWidget(_group(
            _("Good-practice steps done, by pathway"),
            note(_("For the families referred in the period, counting the steps of the stages "
                   "each has reached.")), self.pathways))
        layout.addWidget(follow_box)
        layout.addStretch(1)

    def show_report(self, report: ServiceReport) -> None:
        self.period.setText(_("From {start} to {end}, both days included.").format(
            start=show_date(report.period.start), end=show_date(report.period.end)))
        self.activity.show_bars([
            Bar(_("Referrals"), report.referrals, str(report.referrals)),
            Bar(_("Families who gave consent"), report.consents, str(report.consents)),
            Bar(_("Meetings held"), report.meetings_held, str(report.meetings_held)),
            Bar(_("Plans agreed"), report.plans_agreed, str(report.plans_agreed)),
            Bar(_("Reviews held"), report.reviews_held, str(report.reviews_held)),
        ])
        self.days.setText(days_sentence(report.days_to_meeting))
        self.pathways.show_bars([
            Bar(_(PATHWAY_TITLES[p.pathway]), p.done / p.total if p.total else 0.0,
                _("{done} of {total}").format(done=p.done, total=p.total))
            for p in report.pathways
        ], scale=1.0)
        for count in report.outcomes:
            due = sum(count.living.values()) + count.not_recorded
            self.outcome_counts[count.months_after].setText(ngettext(
                "{count} follow-up due", "{count} follow-ups due", due).format(count=due))
            self.outcomes[count.months_after].show_bars(outcome_bars(count))

