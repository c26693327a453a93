"""For random conferences, people and decisions, no printed document leaks.

Each example draws a conference, one reader (or nobody, for a document for
anyone), one kind of document and a language (English, or Welsh, which some
texts are translated into), prints it and reads the text back out of the PDF:
none of the texts that must never reach that reader is there, nor any
translation of them, and every item their view carries is.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fgc_desktop.disclosure import never_to_appear, recipient_view
from fgc_desktop.documents.composer import lines_of
from fgc_desktop.documents.registry import DOCUMENTS
from fgc_desktop.documents.render import RenderOptions, render_document
from fgc_desktop.documents.sections import typed
from fgc_desktop.documents.wording import Wording
from fgc_desktop.domain.enums import InformationCategory
from fgc_desktop.domain.errors import UserError
from fgc_desktop.store.models import Conference
from tests.disclosure.factories import SERVICE
from tests.disclosure.strategies import conferences
from tests.documents.demo_cases import flat, pdf_text


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(case=conferences(), data=st.data())
def test_no_printed_document_leaks_and_each_shows_what_it_may(
    case: Conference, data: st.DataObject,
) -> None:
    kind = data.draw(st.sampled_from(DOCUMENTS), label="kind")
    reader = None if kind.for_anyone else data.draw(
        st.sampled_from(case.participants), label="reader")
    language = data.draw(st.sampled_from(("en", "cy")), label="language")
    view = recipient_view(case, reader, SERVICE)
    options = RenderOptions(language=language)
    if kind.key == "plan" and view.plan is None:
        with pytest.raises(UserError):
            render_document(kind, view, options)
        return
    text = pdf_text(render_document(kind, view, options))
    leaked = [secret for secret in never_to_appear(case, reader) if flat(secret) in text]
    assert leaked == []
    for item in view.items:
        if language == "en" or item.category is InformationCategory.OTHER:
            assert flat(item.title) in text
        for line in lines_of(typed(Wording(language), item.body)):
            assert flat(line) in text
