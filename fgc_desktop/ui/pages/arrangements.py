"""Meeting arrangements: when, where, food, language, who comes to which part, and who chose.

Each arrangement's heading says who chose it (the family, the coordinator, or
both together), because a meeting on the family's own terms is one they come
to. Warnings stay in view above the form and never stop an edit. The words
printed in the family's invitations are checked for plain words as they are
typed; the checker suggests and never blocks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.enums import (
    ChildParticipation,
    ChoiceKind,
    ChoiceMadeBy,
    MeetingSession,
    MeetingStatus,
)
from fgc_desktop.domain.stages import PageInfo
from fgc_desktop.domain.text import N_
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.i18n.languages import LANGUAGES
from fgc_desktop.services import arrangements as service
from fgc_desktop.services.guidance import conference_warnings
from fgc_desktop.services.interpreters import (
    Booking,
    add_interpreter_language,
    get_interpreters,
    remove_interpreter,
    restore_interpreter,
    set_interpreter,
)
from fgc_desktop.store.database import Database
from fgc_desktop.ui.arrangements.choice_picker import ChoicePicker, Section
from fgc_desktop.ui.arrangements.editing_page import EditingPage
from fgc_desktop.ui.arrangements.fields import (
    choose_data,
    combo,
    line_edit,
    place,
    text_box,
    time_edit,
)
from fgc_desktop.ui.arrangements.interpreters import InterpreterList
from fgc_desktop.ui.arrangements.people_lists import ChildList, SessionList
from fgc_desktop.ui.arrangements.warning_list import WarningList
from fgc_desktop.ui.date_field import DateField
from fgc_desktop.ui.labels import language_label
from fgc_desktop.ui.plain_language.checker import PlainWordsChecker
from fgc_desktop.ui.plain_language.hint import PlainWordsHint
from fgc_desktop.ui.widgets import note, plain


def caption(text: str, editor: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(editor)
    return label


# The meeting's words printed in the family's invitations, so written for the family.
PRINTED_FIELDS = frozenset(
    ("venue_name", "venue_address", "venue_access", "food", "childcare", "travel_help"))

STATUS_NOTES: dict[MeetingStatus | None, str] = {
    None: N_("No meeting is arranged yet. Ask the family what time, place and food suit "
             "them; each arrangement is saved as you type it."),
    MeetingStatus.HELD: N_("This meeting has been held. What happened is on The meeting page."),
    MeetingStatus.POSTPONED: N_("This meeting is postponed. Change the date below, then mark "
                                "it planned again on The meeting page."),
    MeetingStatus.CANCELLED: N_("This meeting is cancelled. Mark it planned again on The "
                                "meeting page to arrange it."),
}


class ArrangementsPage(EditingPage):
    def __init__(self, db: Database, info: PageInfo, parent: QWidget | None = None) -> None:
        super().__init__(db, info, parent)
        self.warnings = WarningList()
        self.fixed_area.addWidget(self.warnings)
        self.pickers: dict[ChoiceKind, ChoicePicker] = {}
        self.texts: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.checkers: dict[str, PlainWordsChecker | PlainWordsHint] = {}
        self.state_note = note()
        self.body.addWidget(self.state_note)

        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self._when())
        left.addWidget(self._text_section(ChoiceKind.PLACE, _("Where"), _("the place"), (
            ("venue_name", _("&Venue"), ""),
            ("venue_address", _("&Address"), ""),
            ("venue_access", _("Getting &in and around"),
             _("Steps, lifts, parking, a quiet room, toilets")),
        )))
        left.addWidget(self._text_section(ChoiceKind.FOOD, _("Food"), _("the food"), (
            ("food", _("F&ood"), _("What the family would like to eat and drink")),
            ("dietary_needs", _("Dietar&y needs"), _("Allergies, halal, vegetarian…")),
        )))
        right.addWidget(self._language())
        right.addWidget(self._text_section(ChoiceKind.CHILDCARE, _("Childcare"),
                                           _("childcare"), (
            ("childcare", _("Childca&re"), _("Who looks after young children, and where")),
        )))
        right.addWidget(self._text_section(ChoiceKind.TRAVEL, _("Help with travel"),
                                           _("help with travel"), (
            ("travel_help", _("&Travel"), _("Taxis, bus fares, lifts")),
        )))
        right.addWidget(self._private_time())
        for column in (left, right):
            column.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.body.addLayout(columns)
        self.body.addWidget(self._interpreters())
        self.body.addWidget(self._sessions())
        self.body.addWidget(self._children())
        self.body.addStretch(1)

    def _picker(self, kind: ChoiceKind, topic: str) -> ChoicePicker:
        picker = ChoicePicker(topic)
        picker.chosen.connect(lambda made_by, person: self._choose(kind, made_by, person))
        self.pickers[kind] = picker
        return picker

    def _when(self) -> Section:
        section = Section(_("When"), self._picker(ChoiceKind.TIME, _("the time")))
        grid = QGridLayout()
        self.day = DateField(_("Meeting date"))
        self.starts = time_edit(_("Start time"))
        self.ends = time_edit(_("End time"))
        place(grid, 0, 0, _("&Date"), self.day, span=3)
        place(grid, 1, 0, _("&Starts"), self.starts)
        place(grid, 1, 2, _("&Ends"), self.ends)
        grid.setColumnStretch(4, 1)
        section.rows.addLayout(grid)
        self.day.edited.connect(lambda _text: self.edited("when", self._when_value()))
        self.saver.watch_focus(self.day.line)
        for editor in (self.starts, self.ends):
            self.watch("when", editor, self._when_value)
        return section

    def _when_value(self) -> tuple[str, str, str]:
        return self.day.text(), self.starts.text(), self.ends.text()

    def _text_section(self, kind: ChoiceKind, title: str, topic: str,
                      fields: tuple[tuple[str, str, str], ...]) -> Section:
        section = Section(title, self._picker(kind, topic))
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, (field, caption, hint) in enumerate(fields):
            editor: QLineEdit | QPlainTextEdit = (
                line_edit(caption.replace("&", ""), hint) if field == "venue_name"
                else text_box(caption, hint, lines=2))
            self.texts[field] = editor
            self.watch(f"meeting:{field}", editor)
            place(grid, 2 * row, 0, caption, editor)
            if field in PRINTED_FIELDS:
                grid.addWidget(self._checker(field, editor, plain(caption)), 2 * row + 1, 1)
        section.rows.addLayout(grid)
        return section

    def _checker(self, field: str, editor: QLineEdit | QPlainTextEdit,
                 name: str) -> PlainWordsChecker | PlainWordsHint:
        """A hint under a one-line box, the fuller checker under a box of several lines."""
        checker = (PlainWordsHint(self.db, editor, name) if isinstance(editor, QLineEdit)
                   else PlainWordsChecker(self.db, editor, name))
        self.checkers[field] = checker
        return checker

    def _language(self) -> Section:
        section = Section(_("Language"), self._picker(ChoiceKind.LANGUAGE, _("the language")))
        self.language = combo(_("Main language of the meeting"),
                              [(language.label, language.code) for language in LANGUAGES])
        self.language.activated.connect(lambda _index: self.act("language", lambda: (
            service.set_meeting_language(self.db, self._id(), self.language.currentData()))))
        grid = QGridLayout()
        place(grid, 0, 0, _("Main &language"), self.language)
        grid.setColumnStretch(1, 1)
        section.rows.addLayout(grid)
        return section

    def _private_time(self) -> Section:
        section = Section(_("Private family time"),
                          self._picker(ChoiceKind.PRIVATE_FAMILY_TIME, _("private family time")))
        self.private_time = QCheckBox(_("&Private family time is planned"))
        self.private_time.setAccessibleName(_("Private family time is planned"))
        self.private_time.clicked.connect(lambda checked: self.act("private_time", lambda: (
            service.set_private_time_planned(self.db, self._id(), checked))))
        notes = text_box(_("Where the family will be"),
                         _("Where the family will be, and where the professionals wait"), 2)
        self.texts["private_time_notes"] = notes
        self.watch("meeting:private_time_notes", notes)
        section.rows.addWidget(self.private_time)
        section.rows.addWidget(caption(_("&Where the family will be"), notes))
        section.rows.addWidget(notes)
        return section

    def _interpreters(self) -> Section:
        section = Section(_("Interpreters"), self._picker(ChoiceKind.INTERPRETER,
                                                          _("the interpreters")))
        self.interpreters = InterpreterList()
        self.interpreters.booked.connect(lambda code, booked: self._save_now(
            f"interpreter:{code}:booked", booked))
        self.interpreters.add_requested.connect(self._add_language)
        self.interpreters.remove_requested.connect(self._remove_language)
        section.rows.addWidget(self.interpreters)
        return section

    def _sessions(self) -> Section:
        section = Section(_("Who comes to which part"),
                          self._picker(ChoiceKind.INVITEES, _("who is invited")))
        self.sessions = SessionList()
        self.sessions.session_chosen.connect(self._session_chosen)
        safety = text_box(_("Keeping everyone safe"),
                          _("How people who must not meet are kept apart: rooms, times, doors"))
        self.texts["safety_arrangements"] = safety
        self.watch("meeting:safety_arrangements", safety)
        section.rows.addWidget(self.sessions)
        section.rows.addWidget(caption(_("&Keeping everyone safe"), safety))
        section.rows.addWidget(safety)
        return section

    def _children(self) -> Section:
        section = Section(_("How each child takes part"), self._picker(
            ChoiceKind.CHILD_PARTICIPATION, _("how each child takes part")))
        self.children_list = ChildList()
        self.children_list.participation_chosen.connect(self._participation_chosen)
        section.rows.addWidget(self.children_list)
        return section

    def _id(self) -> int:
        assert self.conference_id is not None
        return self.conference_id

    def refresh(self) -> None:
        self.begin_refresh()
        shown = service.get_arrangements(self.db, self._id())
        self.loading = True
        try:
            self.day.set_date(shown.day)
            self.starts.setText(shown.starts.strftime("%H:%M") if shown.starts else "")
            self.ends.setText(shown.ends.strftime("%H:%M") if shown.ends else "")
            for field, editor in self.texts.items():
                if isinstance(editor, QLineEdit):
                    editor.setText(shown.text[field])
                else:
                    editor.setPlainText(shown.text[field])
            choose_data(self.language, shown.language)
            self.private_time.setChecked(shown.private_time_planned)
            for kind, picker in self.pickers.items():
                picker.set_people(shown.family)
                picker.show_choice(shown.choices.get(kind))
            self._show_interpreters()
            self.sessions.show_lines(shown.invitees)
            self.children_list.show_lines(shown.children)
        finally:
            self.loading = False
        state = STATUS_NOTES.get(shown.status)
        self.state_note.setText(_(state) if state else "")
        self.state_note.setVisible(bool(self.state_note.text()))
        self.after_save()

    def after_save(self) -> None:
        self.warnings.show_warnings(conference_warnings(self.db, self._id()))

    def save(self, key: str, value: Any) -> Any:
        if key == "when":
            return service.set_meeting_time(self.db, self._id(), *value)
        kind, _colon, rest = key.partition(":")
        if kind == "meeting":
            return service.update_meeting_text(self.db, self._id(), rest, value)
        code, _colon, field = rest.partition(":")
        stored = set_interpreter(self.db, self._id(), code, field, value)
        self.interpreters.mark_recorded(code)
        return stored

    def _save_now(self, key: str, value: Any) -> None:
        self.act(key, lambda: self.save(key, value))

    def _choose(self, kind: ChoiceKind, made_by: ChoiceMadeBy | None,
                person: int | None) -> None:
        self.act(f"choice:{kind.value}", lambda: service.record_choice(
            self.db, self._id(), kind, made_by, person))

    def _session_chosen(self, person_id: int, part: MeetingSession) -> None:
        self.act(f"session:{person_id}", lambda: service.set_session(
            self.db, self._id(), person_id, part))

    def _participation_chosen(self, child_id: int, way: ChildParticipation) -> None:
        self.act(f"child:{child_id}", lambda: service.set_child_participation(
            self.db, self._id(), child_id, way))

    def _show_interpreters(self) -> None:
        self.interpreters.show_lines(get_interpreters(self.db, self._id()))
        for code, editors in self.interpreters.lines.items():
            for field, editor in editors.items():
                self.watch(f"interpreter:{code}:{field}", editor)

    def _add_language(self, code: str) -> None:
        self.flush()
        if self.act("interpreters", lambda: add_interpreter_language(
                self.db, self._id(), code)):
            self._show_interpreters()
            self.interpreters.lines[code]["interpreter_name"].setFocus()

    def _remove_language(self, code: str) -> None:
        self.flush()
        conference_id = self._id()
        removed: list[Booking | None] = []
        if self.act("interpreters", lambda: removed.append(
                remove_interpreter(self.db, conference_id, code))) and removed[0]:
            booking = removed[0]
            self._show_interpreters()
            self.interpreters.add_choice.setFocus()
            self.undo.offer(_("Removed the {language} interpreter.").format(
                language=language_label(code)),
                lambda: self._restore_language(conference_id, booking))

    def _restore_language(self, conference_id: int, booking: Booking) -> None:
        if self.act("interpreters", lambda: restore_interpreter(
                self.db, conference_id, booking)) and conference_id == self.conference_id:
            self._show_interpreters()
            self.interpreters.ticks[booking.language].setFocus()
