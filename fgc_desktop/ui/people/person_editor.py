"""One person's details, saved as they are typed.

A value the service refuses is reported through ``failed`` and is not saved, so
the database keeps the last good value; the field keeps what was typed, to fix.

Signals:
    saved(str, object): a field and the value as stored.
    failed(str, str): a field and what is wrong with the value typed.
    log_contact_requested(): the coordinator wants to log a contact with this person.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.domain.enums import (
    ChildParticipation,
    InvitationStatus,
    ReplyStatus,
    Role,
)
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.i18n.languages import LANGUAGES
from fgc_desktop.services.people import PersonRow, get_person, update_person_field
from fgc_desktop.store.database import Database
from fgc_desktop.ui.autosave import FieldSaver
from fgc_desktop.ui.date_field import DateField
from fgc_desktop.ui.icons import icon
from fgc_desktop.ui.labels import label
from fgc_desktop.ui.people.bound_fields import BoundFields
from fgc_desktop.ui.people.person_contacts import PersonContacts
from fgc_desktop.ui.people.words import participation_words
from fgc_desktop.ui.widgets import heading, note

CHILD_FIELDS = ("date_of_birth", "child_participation", "advocate_id")


class PersonEditor(QWidget):
    saved = Signal(str, object)
    failed = Signal(str, str)
    log_contact_requested = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.person_id: int | None = None
        self.saver = FieldSaver(self._save, parent=self)
        self.saver.saved.connect(self._saved)
        self.saver.failed.connect(self.failed)
        self.fields = BoundFields(self.saver, self)
        self.title = heading("", 1.15)
        self.empty = note(_("Choose someone in the table to see their details, or add a "
                            "person."))
        self.contacts = PersonContacts(db)
        self.contacts.log_requested.connect(self.log_contact_requested)
        self.form = QWidget()
        self._stacks = (QVBoxLayout(), QVBoxLayout())
        side_by_side = self._side_by_side = QHBoxLayout()
        for stack in self._stacks:
            stack.setContentsMargins(0, 0, 0, 0)
            side_by_side.addLayout(stack, 1)
        body = QVBoxLayout(self.form)
        body.setContentsMargins(0, 0, 0, 0)
        self._gap = side_by_side.spacing()
        body.addLayout(side_by_side)
        self._groups = (self._who(), self._child(), self._invitation(),
                        self._contact_details(), self._language_and_needs(), self._notes())
        self.columns = 0
        self._arrange(1)
        body.addWidget(self.contacts)  # after the groups, so Tab reaches it last
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self._show_empty(True)

    def _arrange(self, columns: int) -> None:
        """One column of groups, or two side by side when there is room."""
        if columns == self.columns:
            return
        self.columns = columns
        per_column = math.ceil(len(self._groups) / columns)
        for stack in self._stacks:
            while stack.count():
                stack.takeAt(0)
        for number, group in enumerate(self._groups):
            self._stacks[number // per_column].addWidget(group)
        for stack in self._stacks:
            stack.addStretch(1)
        self._side_by_side.setStretch(1, 1 if columns == 2 else 0)

    def fit_width(self, width: int) -> None:
        """Two columns when ``width`` holds both; called with the space the editor is given."""
        widest = max(group.minimumSizeHint().width() for group in self._groups)
        self._arrange(2 if width >= 2 * widest + self._gap else 1)

    def _group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return group, form

    def _row(self, form: QFormLayout, caption: str, editor: QWidget) -> None:
        caption_label = QLabel(caption)
        caption_label.setBuddy(editor)
        form.addRow(caption_label, editor)

    def _who(self) -> QGroupBox:
        group, form = self._group(_("Who they are"))
        fields = self.fields
        self._row(form, _("&Given name"), fields.line("given_name", _("Given name")))
        self._row(form, _("Famil&y name"), fields.line("family_name", _("Family name")))
        self._row(form, _("&Known as"), fields.line("known_as", _("Known as")))
        self._row(form, _("&Role"), fields.choice("role", _("Role"), _choices(Role)))
        self._row(form, _("R&elationship to the child"),
                  fields.line("relationship_to_child", _("Relationship to the child")))
        form.addRow(fields.check("has_parental_responsibility",
                                 _("Has parental responsibility")))
        return group

    def _child(self) -> QGroupBox:
        group, form = self._group(_("A child this conference is about"))
        fields = self.fields
        form.addRow(fields.check("is_subject_child",
                                 _("This is a child the conference is &about")))
        self._row(form, _("Date of &birth"), fields.date("date_of_birth", _("Date of birth")))
        participation = [(participation_words(value), value.value)
                         for value in ChildParticipation]
        self._row(form, _("How they take &part"),
                  fields.choice("child_participation", _("How the child takes part"),
                                participation))
        self._row(form, _("Ad&vocate"), fields.choice("advocate_id", _("Advocate")))
        return group

    def _contact_details(self) -> QGroupBox:
        group, form = self._group(_("Contact details"))
        fields = self.fields
        self._row(form, _("Addre&ss"), fields.text("address", _("Address"), lines=3))
        self._row(form, _("Phone"), fields.line("phone", _("Phone")))
        self._row(form, _("Email"), fields.line("email", _("Email")))
        form.addRow(fields.check("contact_confidential",
                                 _("&Keep these details confidential")))
        self.confidential_warning = _warning(
            _("Confidential: this address, phone and email are never printed on anyone "
              "else's papers, and are not shown in the picture of the network."))
        form.addRow(self.confidential_warning)
        self._row(form, _("Why they are private"),
                  fields.text("confidential_reason", _("Why the details are private"),
                              lines=2, hint=_("For example: moved to keep safe from "
                                              "someone in the network.")))
        return group

    def _language_and_needs(self) -> QGroupBox:
        group, form = self._group(_("Language and needs"))
        fields = self.fields
        languages = [(language.label, language.code) for language in LANGUAGES]
        self._row(form, _("&Language"),
                  fields.choice("preferred_language", _("Language"), languages))
        form.addRow(fields.check("needs_interpreter", _("Needs an &interpreter")))
        self._row(form, _("Interpreter's language"), fields.choice(
            "interpreter_language", _("Interpreter's language"),
            [(_("The same as their language"), ""), *languages]))
        self._row(form, _("Access needs"), fields.text("access_needs", _("Access needs"),
                                                       lines=2))
        both = QHBoxLayout()
        both.addWidget(fields.check("needs_childcare", _("Needs &childcare")))
        both.addWidget(fields.check("needs_travel_help", _("Needs help with &travel")))
        both.addStretch(1)
        form.addRow(both)
        self._row(form, _("Other needs"), fields.text("other_needs", _("Other needs"),
                                                      lines=2))
        return group

    def _invitation(self) -> QGroupBox:
        group, form = self._group(_("Invitation and reply"))
        fields = self.fields
        self._row(form, _("I&nvitation"), fields.choice(
            "invitation_status", _("Invitation"), _choices(InvitationStatus)))
        self._row(form, _("Invited on"), fields.date("invited_on", _("Invited on")))
        self._row(form, _("Repl&y"), fields.choice("reply_status", _("Reply"),
                                                    _choices(ReplyStatus)))
        self._row(form, _("Replied on"), fields.date("replied_on", _("Replied on")))
        return group

    def _notes(self) -> QGroupBox:
        group, form = self._group(_("Notes"))
        form.addRow(self.fields.text("notes", _("Notes about this person"), lines=3))
        return group

    def show_person(self, person_id: int | None, people: Sequence[PersonRow]) -> None:
        """Shows one person's stored details, after saving anything typed for the last one."""
        self.flush()
        self.person_id = person_id
        self._show_empty(person_id is None)
        if person_id is None:
            self.title.setText(_("No one chosen"))
            return
        values = get_person(self.db, person_id)
        self.fields.replace_items("advocate_id", _advocates(person_id, people))
        self.fields.load({**values, "advocate_id": values["advocate_id"] or ""})
        self._follow(values)
        self.contacts.show_person(values["conference_id"], person_id)

    def flush(self) -> None:
        self.saver.flush()

    def _show_empty(self, empty: bool) -> None:
        self.empty.setVisible(empty)
        self.form.setVisible(not empty)

    def _save(self, field: str, value: Any) -> Any:
        assert self.person_id is not None
        return update_person_field(self.db, self.person_id, field, value)

    def _saved(self, field: str, value: Any) -> None:
        if field in ("invitation_status", "reply_status"):
            self._date_when_settled(field, value)
        self._follow(get_person(self.db, self.person_id) if self.person_id else {})
        self.saved.emit(field, value)

    def _date_when_settled(self, field: str, value: Any) -> None:
        """Fills in today's date when an invitation goes out or a reply comes, if none is set."""
        date_field, settled = {
            "invitation_status": ("invited_on", value == InvitationStatus.INVITED),
            "reply_status": ("replied_on", value != ReplyStatus.AWAITING),
        }[field]
        editor = self.fields.editors[date_field]
        assert isinstance(editor, DateField)
        if settled and not editor.text():
            today = date.today()
            self.fields.show_value(date_field, today)
            self.saver.edited(date_field, today.isoformat())

    def _follow(self, values: dict[str, Any]) -> None:
        """Enables what applies to this person and shows the title and warnings."""
        if not values:
            return
        self.title.setText(values["name"])
        self.title.setAccessibleName(values["name"])
        for field in CHILD_FIELDS:
            self.fields.editors[field].setEnabled(values["is_subject_child"])
        self.fields.editors["interpreter_language"].setEnabled(values["needs_interpreter"])
        confidential = bool(values["contact_confidential"])
        self.confidential_warning.setVisible(confidential)
        self.fields.editors["confidential_reason"].setEnabled(confidential)


def _choices(enum: Any) -> list[tuple[str, str]]:
    return [(label(value), value.value) for value in enum]


def _advocates(person_id: int, people: Sequence[PersonRow]) -> list[tuple[str, str]]:
    """Advocates first, then anyone else; never the person themselves."""
    others = [person for person in people if person.id != person_id]
    others.sort(key=lambda person: person.role is not Role.ADVOCATE)
    return [(_("No advocate yet"), ""), *(
        (f"{person.name} ({label(person.role)})", str(person.id)) for person in others)]


def _warning(text: str) -> QWidget:
    """An icon and words, so the warning does not rest on colour."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    mark = QLabel()
    size = mark.fontMetrics().height()
    mark.setPixmap(icon("lock").pixmap(size, size))
    mark.setAlignment(Qt.AlignmentFlag.AlignTop)
    words = note(text)
    font = words.font()
    font.setBold(True)
    words.setFont(font)
    words.setAccessibleName(text)
    row.addWidget(mark)
    row.addWidget(words, 1)
    return holder
