"""How long the typesetting engine takes, against bare ReportLab in the same font.

Run from the repository: ``python benchmarks/typesetting.py``. Prints the
median CPU time of several runs (CPU time, since a shared machine's load makes
wall-clock times jump; the cases take turns so drift hits them alike).

The baselines are bare ReportLab one-page letters, the same paragraph twelve
times drawn line by line with ``canvas.drawString``: in Noto Sans, English,
about 2,300 letters (spaces left out) in 35 lines; in Noto Naskh Arabic,
Arabic, unshaped as bare ReportLab draws it, about 1,800 letters in 24 lines.
Each engine case is compared with the baseline in its own main font, and no
one-page case holds more text than its baseline: an invitation (a heading, three
paragraphs, a details table, a list; about 800 letters in English, 700 in
Arabic) and a one-page letter (about 2,100 and 1,700), each in English and in
Arabic; and a six-page mixed document (English, Arabic, Urdu, Bengali, plan
tables and lists), for scale. Shaping and right-to-left order are the engine's extra
work.
"warm" keeps the engine's caches, as the app does after its first document;
"cold" empties them all first (shaping, prepared paragraphs, bidi levels,
fonts chosen per word, font subsets), with the fonts still read, as for the
first document of a kind not made before. Bare ReportLab keeps no caches of its
own (it makes each document's font subset anew), so its warm and cold are the
same work. "first" also reads the fonts afresh on both sides, as for the first
document after start: the engine reads every face it uses (regular and bold,
and HarfBuzz's copy), the baseline its one TTFont, registered again.
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
    forget_worked_out_text,
    heading,
    paragraph,
    table,
)
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


class BareLetter:
    """``text`` twelve times, drawn line by line with plain ReportLab on one page."""

    def __init__(self, font_name: str, file_name: str, text: str) -> None:
        self.font_name = font_name
        self.path = resources_dir() / "fonts" / file_name
        self.words = ((text + " ") * 12).split()

    def register(self) -> None:
        pdfmetrics.registerFont(TTFont(self.font_name, str(self.path)))

    def first(self) -> bytes:
        """The letter with its font read and registered afresh, as at a program's start."""
        self.register()
        return self()

    def __call__(self) -> bytes:
        font_name, words = self.font_name, self.words
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=A4)
        canvas.setFont(font_name, 11)
        y = 780.0
        line: list[str] = []
        for word in words:
            line.append(word)
            if len(" ".join(line)) > 85:
                canvas.drawString(57, y, " ".join(line))
                line, y = [], y - 15.4
        canvas.drawString(57, y, " ".join(line))
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()


LATIN_BASELINE = BareLetter("Bench-NotoSans", "NotoSans-Regular.ttf", ENGLISH)
ARABIC_BASELINE = BareLetter("Bench-NotoNaskh", "NotoNaskhArabic-Regular.ttf", ARABIC)


def register_baseline_fonts() -> None:
    for baseline in (LATIN_BASELINE, ARABIC_BASELINE):
        baseline.register()


def first_builds(builds: list[Callable[[], bytes]]) -> list[Callable[[], bytes]]:
    """The builds as at a program's start: the baselines read their fonts afresh (the
    engine reads its own again once :func:`forget_worked_out_text` has dropped them)."""
    return [build.first if isinstance(build, BareLetter) else build for build in builds]


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


def median_ms(
    builds: list[Callable[[], bytes]], *, cold: bool, first: bool = False
) -> list[float]:
    """Each build's median CPU milliseconds, the builds taking turns run by run."""
    times: list[list[float]] = [[] for _ in builds]
    for _ in range(RUNS):
        for build, spent in zip(builds, times, strict=True):
            if cold or first:
                forget_worked_out_text(fonts=first)
            start = time.process_time()
            build()
            spent.append((time.process_time() - start) * 1000)
    return [statistics.median(spent) for spent in times]


def pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n")


def main() -> None:
    register_baseline_fonts()
    cases: list[tuple[str, Callable[[], bytes], int]] = [  # name, build, its baseline
        ("bare ReportLab letter, Noto Sans", LATIN_BASELINE, 0),
        ("bare ReportLab letter, Naskh", ARABIC_BASELINE, 1),
        ("engine: English invitation", invitation("en"), 0),
        ("engine: Arabic invitation", invitation("ar"), 1),
        ("engine: English letter", letter("en", ENGLISH), 0),
        ("engine: Arabic letter", letter("ar", ARABIC), 1),
        ("engine: mixed document", mixed_document, 0),
    ]
    builds = [build for _, build, _ in cases]
    for build in builds:
        build()  # load fonts once, as a running app has
    warm = median_ms(builds, cold=False)
    cold = median_ms(builds, cold=True)
    first = median_ms(first_builds(builds), cold=True, first=True)
    print(f"{'case':34} {'pages':>5} {'warm ms':>8} {'cold ms':>8} {'first ms':>8} "
          f"{'warm/base':>9} {'cold/base':>9} {'first/base':>10}")
    for (name, build, base), warm_ms, cold_ms, first_ms in zip(
            cases, warm, cold, first, strict=True):
        print(f"{name:34} {pages(build()):5d} {warm_ms:8.1f} {cold_ms:8.1f} {first_ms:8.1f} "
              f"{warm_ms / warm[base]:9.1f} {cold_ms / cold[base]:9.1f} "
              f"{first_ms / first[base]:10.1f}")


if __name__ == "__main__":
    main()
