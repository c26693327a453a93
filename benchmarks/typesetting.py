"""How long the typesetting engine takes, against bare ReportLab.

Run from the repository: ``python benchmarks/typesetting.py``. Prints the
median CPU time of several runs (CPU time, since a shared machine's load makes
wall-clock times jump; the cases take turns so drift hits them alike) for: a
one-page Latin letter drawn with ``canvas.drawString`` in Noto Sans (the
baseline); an invitation (heading, three paragraphs, a details table, a list)
and a full one-page letter through the engine, each in English and in Arabic;
and a six-page mixed document (English, Arabic, Urdu, Bengali, plan tables
and lists). "warm" reuses the shaping
cache, as the app does after its first document; "cold" clears it first.
"""

import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from fgc_desktop.documents.typesetting import (
    STANDARD,
    build_pdf,
    bullet_list,
    heading,
    paragraph,
    table,
)
from fgc_desktop.documents.typesetting.shaping import shape
from fgc_desktop.paths import resources_dir

RUNS = 31

ENGLISH = (
    "Thank you for agreeing to take part in a family group conference for Sam. "
    "The meeting is a chance for everyone who cares about Sam to make a plan together. "
    "Your coordinator will visit you before the meeting to answer your questions."
)
ARABIC = (
    "شكراً لموافقتكم على المشاركة في اجتماع العائلة من أجل سارة. "
    "الاجتماع فرصة لكل من يهتم بسارة ليضع خطة معاً. رقم الملف FGC-2026-0042. "
    "سيزوركم المنسق قبل الاجتماع للإجابة عن أسئلتكم."
)
URDU = "خاندان کی میٹنگ میں خوش آمدید۔ ہم مل کر بچے کی حفاظت کا منصوبہ بنائیں گے۔"
BENGALI = "পরিবারের সভায় স্বাগতম। আমরা একসাথে শিশুর নিরাপত্তার জন্য পরিকল্পনা করব।"


def bare_letter() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setFont("Bench-NotoSans", 11)
    words = (ENGLISH + " ") * 12
    y = 780.0
    line: list[str] = []
    for word in words.split():
        line.append(word)
        if len(" ".join(line)) > 85:
            canvas.drawString(57, y, " ".join(line))
            line, y = [], y - 15.4
    canvas.drawString(57, y, " ".join(line))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def letter(code: str, text: str) -> Callable[[], bytes]:
    def build() -> bytes:
        story = [heading("Invitation" if code == "en" else "دعوة", code, STANDARD)]
        story += [paragraph(text, code, STANDARD.body) for _ in range(11)]
        return build_pdf(story, title="Letter", language=code, author="Benchmark")

    return build


def invitation(code: str) -> Callable[[], bytes]:
    """A realistic invitation: a heading, a few paragraphs, the details and a list."""
    text = ENGLISH if code == "en" else ARABIC
    details = (
        [["When", "Tuesday 12 March 2026, 10:30"], ["Where", "Oak Room, Riverside Centre"]]
        if code == "en"
        else [["متى", "الثلاثاء ١٢ مارس 2026، 10:30"], ["أين", "Oak Room, Riverside Centre"]]
    )

    def build() -> bytes:
        story = [heading("Invitation" if code == "en" else "دعوة", code, STANDARD)]
        story += [paragraph(text, code, STANDARD.body) for _ in range(3)]
        story.append(table(details[0], details[1:], code, STANDARD, column_weights=[1, 3]))
        story += bullet_list([text[:70], text[70:140], text[140:200]], code, STANDARD.body)
        return build_pdf(story, title="Invitation", language=code, author="Benchmark")

    return build


def mixed_document() -> bytes:
    story: list[Any] = []
    rows = [[ARABIC[:60], "الخالة Bea", "١٢ مارس 2026", ARABIC[60:100], "المنسقة"]] * 8
    for _ in range(3):
        story += [heading("Family plan", "en", STANDARD)]
        story += [paragraph(ENGLISH, "en", STANDARD.body) for _ in range(3)]
        story += [paragraph(ARABIC, "ar", STANDARD.body) for _ in range(3)]
        story += [paragraph(URDU, "ur", STANDARD.body), paragraph(BENGALI, "bn", STANDARD.body)]
        story += bullet_list([ENGLISH[:80], ENGLISH[80:160]], "en", STANDARD.body)
        story.append(table(["ماذا", "من", "متى", "كيف نعرف", "يتابع"], rows, "ar", STANDARD))
    return build_pdf(story, title="Plan", language="en", author="Benchmark")


def median_ms(builds: list[Callable[[], bytes]], *, cold: bool) -> list[float]:
    """Each build's median CPU milliseconds, the builds taking turns run by run."""
    times: list[list[float]] = [[] for _ in builds]
    for _ in range(RUNS):
        for build, spent in zip(builds, times, strict=True):
            if cold:
                shape.cache_clear()
            start = time.process_time()
            build()
            spent.append((time.process_time() - start) * 1000)
    return [statistics.median(spent) for spent in times]


def pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n")


def main() -> None:
    pdfmetrics.registerFont(
        TTFont("Bench-NotoSans", str(resources_dir() / "fonts" / "NotoSans-Regular.ttf"))
    )
    cases: list[tuple[str, Callable[[], bytes]]] = [
        ("bare ReportLab letter (baseline)", bare_letter),
        ("engine: English invitation", invitation("en")),
        ("engine: Arabic invitation", invitation("ar")),
        ("engine: English letter", letter("en", ENGLISH)),
        ("engine: Arabic letter", letter("ar", ARABIC)),
        ("engine: mixed document", mixed_document),
    ]
    builds = [build for _, build in cases]
    for build in builds:
        build()  # load fonts once, as a running app has
    warm = median_ms(builds, cold=False)
    cold = median_ms(builds, cold=True)
    print(f"{'case':34} {'pages':>5} {'warm ms':>8} {'cold ms':>8} {'warm/base':>9}")
    for (name, build), warm_ms, cold_ms in zip(cases, warm, cold, strict=True):
        ratio = warm_ms / warm[0]
        print(f"{name:34} {pages(build()):5d} {warm_ms:8.1f} {cold_ms:8.1f} {ratio:9.1f}")


if __name__ == "__main__":
    main()
