"""“What will this person receive?” written out as a page the coordinator reads.

Built from the very view documents are built from, plus the list of what is
kept from the person and why, which only the coordinator sees.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from fgc_desktop.disclosure.preview import RecipientPreview, WithheldItem
from fgc_desktop.disclosure.view import MeetingView, RecipientView
from fgc_desktop.domain.enums import SharingChoice
from fgc_desktop.i18n.catalogue import _
from fgc_desktop.ui.labels import label, language_label, show_date, show_date_time, show_span
from fgc_desktop.ui.sharing.words import held_back_words


def preview_html(preview: RecipientPreview) -> str:
    view = preview.view
    parts = [_intro(view), _heading(_("Information they will read"))]
    parts.append(_list(
        f"<b>{escape(item.title)}</b>"
        + (f" <i>({escape(_('a summary'))})</i>" if item.is_summary else "")
        + f": {_lines(item.text)}"
        for item in view.items
    ) or _para(_("Nothing.")))
    parts.append(_heading(_("Kept from them")))
    parts.append(_list(f"<b>{escape(kept.title)}</b>: {escape(_why(kept))}"
                       for kept in preview.withheld) or _para(_("Nothing.")))
    if view.recipient is not None:
        parts.append(_heading(_("The meeting")))
        parts.append(_meeting(view.meeting) if view.meeting else _para(_("No meeting yet.")))
        if view.review_date:
            parts.append(_para(_("Review: {date}").format(date=show_date(view.review_date))))
        parts.append(_heading(_("Who else is invited")))
        parts.append(_list(f"{escape(person.name)} ({escape(person.relationship)})"
                           for person in view.invitees)
                     or _para(_("Not on their papers: the list of who is invited is not "
                                "shared with them.")))
        parts.append(_heading(_("The family plan")))
        parts.append(_para(
            _("Version {number}, with {count} actions.").format(
                number=view.plan.number, count=len(view.plan.actions))
            if view.plan else _("Not on their papers: they are not on the plan's list.")))
    if preview.left_out:
        parts.append(_para(_("Left out because it holds someone's confidential contact "
                             "details: {fields}. Change the words so it can be printed.")
                           .format(fields=", ".join(_(field) for field in preview.left_out))))
    return "\n".join(parts)


def _intro(view: RecipientView) -> str:
    person = view.recipient
    if person is None:
        return _para(_("A document for anyone, like the leaflet, carries the service's "
                       "details only: no names and no information about the family."))
    who = _("{name}, {role}, reads {language}.").format(
        name=person.name, role=label(person.role).lower(),
        language=language_label(person.language))
    own = _("Their own address and phone appear on their own papers only.")
    return _para(f"{who} {own}")


def _why(kept: WithheldItem) -> str:
    if kept.held_back is not None:
        return held_back_words(kept.held_back)
    if kept.decided is SharingChoice.WITHHOLD:
        return _("not shared (decided)")
    return _("not decided: not shared by default")


def _meeting(meeting: MeetingView) -> str:
    facts = [
        (_("When"), show_date_time(meeting.starts_at)),
        (_("Where"), ", ".join(part for part in (meeting.venue_name, meeting.venue_address)
                               if part)),
        (_("Access"), meeting.venue_access),
        (_("Food"), meeting.food),
        (_("Their part"), label(meeting.session) if meeting.session else ""),
        (_("Private family time"), show_span(meeting.private_time_start,
                                             meeting.private_time_end)
         if meeting.private_family_time else ""),
        (_("Interpreter"), (language_label(meeting.interpreter_language)
                            + ("" if meeting.interpreter_booked else _(" (not booked yet)")))
         if meeting.interpreter_language else ""),
        (_("Childcare"), meeting.childcare),
        (_("Travel help"), meeting.travel_help),
    ]
    return _list(f"{escape(caption)}: {_lines(value)}" for caption, value in facts if value)


def _heading(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def _para(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _lines(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines())


def _list(entries: Iterable[str]) -> str:
    shown = [f"<li>{entry}</li>" for entry in entries]
    return f"<ul>{''.join(shown)}</ul>" if shown else ""
