"""Two versions of the plan side by side, the older on the left, with what changed marked.

Each action sits on one line with its older self, marked in words (added,
taken out, changed, the same); the details that changed are in bold and
named, so the difference never rests on colour. Open it with ``open()``.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.errors import UserError
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.meeting_record import ActionLine
from fgc_desktop.services.plan import PlanView, VersionLine
from fgc_desktop.services.plan_compare import ActionPair, Change, Comparison, compare_versions
from fgc_desktop.store.database import Database
from fgc_desktop.ui.arrangements.fields import choose_data, combo, place
from fgc_desktop.ui.labels import label, show_date
from fgc_desktop.ui.plan.words import DETAILS, change_label, made_sentence, version_title
from fgc_desktop.ui.widgets import note

MARKS = {Change.SAME: "", Change.CHANGED: "✎ ", Change.ADDED: "+ ", Change.REMOVED: "− "}


def _cell(text: str, bold: bool = False) -> str:
    shown = escape(text).replace("\n", "<br>") or "—"
    return f"<b>{shown}</b>" if bold else shown


def _action(line: ActionLine | None, changed: Sequence[str]) -> str:
    if line is None:
        return "—"
    parts = [_cell(line.what, "what" in changed)]
    for field in ("who", "when", "how_known", "who_checks"):
        value = show_date(line.by_when) if field == "when" and line.by_when else getattr(
            line, field)
        parts.append(f"{escape(_(DETAILS[field]))}: {_cell(value, field in changed)}")
    return "<br>".join(parts)


def _heading(plan: PlanView) -> str:
    return (f"<b>{escape(_('Version {number}').format(number=plan.number))}</b> · "
            f"{escape(label(plan.status))}<br><small>{escape(made_sentence(plan))}</small>")


def _pair_row(pair: ActionPair) -> str:
    mark = MARKS[pair.change] + change_label(pair.change)
    if pair.fields:
        mark += ": " + ", ".join(_(DETAILS[field]).lower() for field in pair.fields)
    return (f"<tr><td colspan='2'><i>{escape(mark)}</i></td></tr>"
            f"<tr><td>{_action(pair.before, pair.fields)}</td>"
            f"<td>{_action(pair.after, pair.fields)}</td></tr>")


def comparison_html(compared: Comparison) -> str:
    """The comparison as a two-column table, read top to bottom."""
    summary = _("{added} added, {removed} taken out, {changed} changed.").format(
        added=compared.count(Change.ADDED), removed=compared.count(Change.REMOVED),
        changed=compared.count(Change.CHANGED))
    rows = [f"<tr><th width='50%'>{_heading(compared.before)}</th>"
            f"<th width='50%'>{_heading(compared.after)}</th></tr>",
            f"<tr><td colspan='2'><h3>{escape(_('Actions'))} — {escape(summary)}</h3></td></tr>"]
    rows += [_pair_row(pair) for pair in compared.actions]
    rows.append(f"<tr><td colspan='2'><h3>{escape(_('The rest of the plan'))}</h3></td></tr>")
    for text in compared.texts:
        mark = MARKS[Change.CHANGED] + _("Changed") if text.changed else _("The same")
        rows.append(f"<tr><td colspan='2'><i>{escape(_(text.title))}: {escape(mark)}</i>"
                    "</td></tr>")
        rows.append(f"<tr><td>{_cell(text.before)}</td>"
                    f"<td>{_cell(text.after, text.changed)}</td></tr>")
    return ("<table width='100%' cellspacing='0' cellpadding='6' border='1'>"
            + "".join(rows) + "</table>")


class CompareDialog(QDialog):
    def __init__(self, db: Database, conference_id: int, versions: Sequence[VersionLine],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._conference_id = conference_id
        self.setWindowTitle(_("Compare versions of the plan"))
        self.setAccessibleName(_("Compare versions of the plan"))
        items = [(version_title(version), version.number) for version in versions]
        self.left = combo(_("Older version, on the left"), items)
        self.right = combo(_("Newer version, on the right"), items)
        numbers = [version.number for version in versions]
        choose_data(self.left, numbers[-2] if len(numbers) > 1 else numbers[0])
        choose_data(self.right, numbers[-1])
        self.left.activated.connect(lambda _index: self.show_comparison())
        self.right.activated.connect(lambda _index: self.show_comparison())
        self.view = QTextBrowser()
        self.view.setAccessibleName(_("The two versions side by side"))
        self.problem = note()
        self.problem.setAccessibleName(_("Problem"))
        choose = QGridLayout()
        place(choose, 0, 0, _("&Left"), self.left)
        place(choose, 0, 2, _("&Right"), self.right)
        choose.setColumnStretch(1, 1)
        choose.setColumnStretch(3, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.problem)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.setSizeGripEnabled(True)
        self.resize(self.fontMetrics().averageCharWidth() * 150,
                    self.fontMetrics().height() * 40)
        self.show_comparison()

    def choose(self, left: int, right: int) -> None:
        choose_data(self.left, left)
        choose_data(self.right, right)
        self.show_comparison()

    def show_comparison(self) -> None:
        try:
            compared = compare_versions(self._db, self._conference_id,
                                        int(self.left.currentData()),
                                        int(self.right.currentData()))
        except UserError as error:
            self.problem.setText(str(error))
            return
        self.problem.setText("")
        self.view.setHtml(comparison_html(compared))

