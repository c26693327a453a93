"""For random conferences, no recipient's view holds what they must not see, and holds
every piece of information they should.

The expected sight of each item is worked out here again, from the rules as a
coordinator would read them, not by calling the code under test.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from fgc_desktop.disclosure import never_to_appear, recipient_view
from fgc_desktop.domain.enums import InformationCategory, Sensitivity, SharingChoice
from fgc_desktop.store.models import Conference, InformationItem, Participant
from tests.disclosure.factories import SERVICE
from tests.disclosure.strategies import conferences
from tests.disclosure.texts import strings_in

MAY_BE_HELD_BACK = object()


def _expected(case: Conference, item: InformationItem, reader: Participant) -> object:
    """The text ``reader`` must get, ``None`` when they must get nothing, or
    ``MAY_BE_HELD_BACK`` when the text holds a confidential detail of someone else."""
    decision = next((d for d in item.decisions if d.participant_id == reader.id), None)
    if decision is not None:
        choice = decision.choice
    else:
        choice = (SharingChoice.SHARE if item.sensitivity is Sensitivity.ORDINARY
                  else SharingChoice.WITHHOLD)
    if choice is SharingChoice.WITHHOLD:
        return None
    confidential = {p.id for p in case.participants if p.contact_confidential}
    if (item.category is InformationCategory.CONTACT_DETAILS
            and item.about_participant_id in confidential
            and item.about_participant_id != reader.id):
        return None
    if item.needs_family_consent and item.family_consent is not True:
        return None
    text = decision.summary if choice is SharingChoice.SUMMARY and decision else item.text
    others_secrets = [detail for p in case.participants if p.contact_confidential
                      and p is not reader for detail in (p.address, p.phone) if detail]
    if not text.strip():
        return None
    if any(secret in text for secret in others_secrets):
        return MAY_BE_HELD_BACK
    return text


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(conferences())
def test_each_view_holds_what_its_reader_may_see_and_nothing_withheld(case: Conference) -> None:
    for reader in [*case.participants, None]:
        view = recipient_view(case, reader, SERVICE)
        texts = strings_in(view)
        for forbidden in never_to_appear(case, reader):
            leaked = [text for text in texts if forbidden in text]
            assert not leaked, f"{forbidden!r} reached {reader and reader.display_name}"
        if reader is None:
            assert view.items == () and view.recipient is None
            continue
        shown = {shown.uid: shown.text for shown in view.items}
        for item in case.information_items:
            expected = _expected(case, item, reader)
            if expected is None:
                assert item.uid not in shown, f"{item.title} reached {reader.display_name}"
            elif expected is not MAY_BE_HELD_BACK:
                assert shown.get(item.uid) == expected, (
                    f"{item.title} is wrong for {reader.display_name}")
        assert [entry["uid"] for entry in view.carried_items()] == list(shown)
        on_list = any(r.participant_id == reader.id
                      for version in case.plan_versions[-1:] for r in version.recipients)
        assert (view.plan is not None) == on_list
        if view.invitees:
            assert any(shown.category is InformationCategory.INVITEE_LIST
                       and not shown.is_summary for shown in view.items)
