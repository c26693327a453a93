"""How long family documents take to make, against bare ReportLab letters.

Run from the repository: ``python benchmarks/documents.py``. Prints the median
CPU and wall-clock milliseconds of several runs (the cases take turns, so a
busy machine slows them alike) for: one invitation in English and in Arabic;
a whole invitation pack for a 20-person conference in mixed languages,
combined into one PDF; and a six-page family plan.

The baselines are the typesetting benchmark's bare ReportLab one-page letters
drawn with ``canvas.drawString``, one in Noto Sans (English) and one in Noto
Naskh Arabic (Arabic, unshaped). Each case is compared with the letter in its
own main font; the characters column (as pypdf extracts them, spaces left
out) shows how much text each holds: the Arabic invitation holds a little
more than its baseline, the English one less.
"warm" keeps the engine's caches, as the app does after its first document;
"cold" empties them before each run, with the fonts still read; "first" also
reads the fonts afresh on both sides, as for the first document after start
(see the typesetting benchmark for what each side reads).
Until the catalogues exist, the non-English documents borrow stand-in
sentences of about the English length in each script, so the shaping and
right-to-left work is what real translations will cost.
"""

import gettext
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypdf import PdfReader

from benchmarks.typesetting import (
    ARABIC_BASELINE,
    LATIN_BASELINE,
    first_builds,
    register_baseline_fonts,
)
from fgc_desktop.disclosure import ActionView, RecipientView
from fgc_desktop.documents import wording
from fgc_desktop.documents.files import combine_pdfs
from fgc_desktop.documents.render import RenderOptions, render_document
from fgc_desktop.documents.typesetting import forget_worked_out_text
from fgc_desktop.services.sharing import view_for
from fgc_desktop.store.database import Database
from tests.documents.demo_cases import conference_id, open_demo

RUNS = 15
PACK_SIZE = 20
PACK_LANGUAGES = ("en", "ar", "ur", "pl", "bn", "cy", "ti", "so", "fa", "ro")
STAND_INS = {
    "ar": "نريد أن نراك في اجتماع العائلة لنضع خطة معاً",
    "ur": "ہم چاہتے ہیں کہ آپ خاندان کی میٹنگ میں آئیں",
    "fa": "می‌خواهیم شما را در جلسه خانواده ببینیم",
    "bn": "আমরা চাই আপনি পরিবারের সভায় আসুন",
    "ti": "ናብ ኣኼባ ስድራቤት ክትመጹ ንደሊ ኢና",
    "pl": "Chcemy, abyś przyszedł na spotkanie rodzinne",
    "cy": "Hoffem i chi ddod i gyfarfod y teulu",
}


class _StandIn(gettext.NullTranslations):
    """Each message as stand-in words of about its length, keeping its placeholders."""

    def __init__(self, words: str) -> None:
        super().__init__()
        self._words = words

    def gettext(self, message: str) -> str:
        placeholders = [part.split(")")[0] for part in message.split("%(")[1:]]
        repeats = max(1, round(len(message) / len(self._words)))
        filler = " ".join([self._words] * repeats)
        return " ".join([filler, *(f"%({name})s" for name in placeholders)]) + "."

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self.gettext(singular if count == 1 else plural)


def _lend_stand_ins() -> None:
    def translations(code: str) -> gettext.NullTranslations:
        return _StandIn(STAND_INS[code]) if code in STAND_INS else gettext.NullTranslations()

    wording._translations = translations  # type: ignore[assignment]


def _nasreens_view(db: Database) -> RecipientView:
    """Nasreen's view of DEMO-0004: she is invited and gets the plan."""
    from sqlalchemy import select

    from fgc_desktop.store.models import Participant

    number = conference_id(db, "DEMO-0004")
    with db.session() as session:
        nasreen = next(person.id for person in session.scalars(select(Participant).where(
            Participant.conference_id == number)) if person.given_name == "Nasreen")
    return view_for(db, number, nasreen)


def _pack(view: RecipientView) -> Callable[[], bytes]:
    assert view.recipient is not None
    people = [replace(view, recipient=replace(
        view.recipient, name=f"Invented Person {number}",
        language=PACK_LANGUAGES[number % len(PACK_LANGUAGES)])) for number in range(PACK_SIZE)]

    def build() -> bytes:
        return combine_pdfs([render_document("invitation", person) for person in people])

    return build


def _long_plan(view: RecipientView) -> RecipientView:
    """The demo plan with its actions repeated until it runs to six pages."""
    assert view.plan is not None
    actions: list[ActionView] = list(view.plan.actions) * 11
    return replace(view, plan=replace(view.plan, actions=tuple(actions)))


def _timed(
    builds: list[Callable[[], bytes]], *, cold: bool, first: bool = False
) -> list[tuple[float, float]]:
    cpu: list[list[float]] = [[] for _ in builds]
    wall: list[list[float]] = [[] for _ in builds]
    for _ in range(RUNS):
        for build, cpu_ms, wall_ms in zip(builds, cpu, wall, strict=True):
            if cold or first:
                forget_worked_out_text(fonts=first)
            start_cpu, start_wall = time.process_time(), time.perf_counter()
            build()
            cpu_ms.append((time.process_time() - start_cpu) * 1000)
            wall_ms.append((time.perf_counter() - start_wall) * 1000)
    return [(statistics.median(c), statistics.median(w)) for c, w in zip(cpu, wall, strict=True)]


def main() -> None:
    register_baseline_fonts()
    _lend_stand_ins()
    folder = Path(tempfile.mkdtemp())
    db = open_demo(folder)
    invitation = _nasreens_view(db)
    db.close()
    long_plan = _long_plan(invitation)
    cases: list[tuple[str, Callable[[], bytes], int]] = [  # name, build, its baseline
        ("bare ReportLab letter, Noto Sans", LATIN_BASELINE, 0),
        ("bare ReportLab letter, Naskh", ARABIC_BASELINE, 1),
        ("invitation, English", lambda: render_document(
            "invitation", invitation, RenderOptions(language="en")), 0),
        ("invitation, Arabic", lambda: render_document(
            "invitation", invitation, RenderOptions(language="ar")), 1),
        (f"invitation pack, {PACK_SIZE} people, mixed", _pack(invitation), 0),
        ("family plan, English", lambda: render_document(
            "plan", long_plan, RenderOptions(language="en")), 0),
    ]
    builds = [build for _, build, _ in cases]
    for build in builds:
        build()  # fonts loaded once, as in a running app
    warm = _timed(builds, cold=False)
    cold = _timed(builds, cold=True)
    first = _timed(first_builds(builds), cold=True, first=True)
    print(f"{'case':36} {'pages':>5} {'chars':>6} {'warm cpu':>8} {'wall':>7} {'cold cpu':>8} "
          f"{'first cpu':>9} {'warm/base':>9} {'cold/base':>9} {'first/base':>10}")
    for (name, build, base), (warm_ms, wall_ms), (cold_ms, _), (first_ms, _) in zip(
            cases, warm, cold, first, strict=True):
        reader = PdfReader(io.BytesIO(build()))
        characters = sum(len(page.extract_text().replace(" ", "")) for page in reader.pages)
        print(f"{name:36} {len(reader.pages):5d} {characters:6d} {warm_ms:8.1f} {wall_ms:7.1f} "
              f"{cold_ms:8.1f} {first_ms:9.1f} {warm_ms / warm[base][0]:9.1f} "
              f"{cold_ms / cold[base][0]:9.1f} {first_ms / first[base][0]:10.1f}")


if __name__ == "__main__":
    main()
