"""Which version of the plan is in view, where it came from, and the way to a new one.

Signals:
    version_chosen(int): the number of the version to show.
    new_version_requested(): start a new version by hand.
    compare_requested(): compare two versions side by side.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.plan import FamilyPlan
from fgc_desktop.ui.arrangements.fields import choose_data, clear_layout, combo, place
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.plan.action_card import signed_line
from fgc_desktop.ui.plan.words import made_sentence, state_sentence, version_title
from fgc_desktop.ui.widgets import note


class VersionBar(QWidget):
    version_chosen = Signal(int)
    new_version_requested = Signal()
    compare_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions = combo(_("Version of the plan"), [])
        self.versions.activated.connect(
            lambda _index: self.version_chosen.emit(int(self.versions.currentData())))
        self.new_version = QPushButton(icon("versions"), _("Start a &new version…"))
        self.new_version.setAccessibleName(_("Start a new version of the plan"))
        self.new_version.setToolTip(_("Copies the latest version's actions into a new "
                                      "version, to change what the plan says."))
        self.new_version.clicked.connect(self.new_version_requested)
        self.compare = QPushButton(icon("git-compare"), _("&Compare versions…"))
        self.compare.setAccessibleName(_("Compare two versions side by side"))
        self.compare.clicked.connect(self.compare_requested)
        self.made = note()
        self.made.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QVBoxLayout()
        chooser = QGridLayout()
        place(chooser, 0, 0, _("&Version"), self.versions)
        row = QHBoxLayout()
        row.addLayout(chooser)
        row.addWidget(self.new_version)
        row.addWidget(self.compare)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.made)
        layout.addLayout(self.state)

    def show_plan(self, whole: FamilyPlan) -> None:
        plan = whole.plan
        self.versions.clear()
        for version in reversed(whole.versions):
            self.versions.addItem(version_title(version), version.number)
        choose_data(self.versions, plan.number if plan else None)
        self.new_version.setEnabled(whole.can_start_new_version)
        self.compare.setEnabled(len(whole.versions) > 1)
        self.made.setText(made_sentence(plan) if plan else "")
        clear_layout(self.state)
        if plan is not None:
            sign = "note" if plan.editable else "lock"
            self.state.addWidget(signed_line(sign, state_sentence(plan)))
            if plan.reason:
                self.state.addWidget(signed_line(
                    "versions", _("Why it changed: {reason}").format(reason=plan.reason)))
