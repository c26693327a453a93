"""The disclosure log on paper: a table drawn by Qt, printed or saved as a PDF.

An internal record for the service, so Qt's own text engine is enough; the
family's documents are typeset elsewhere. Saving needs no dialog, so a test
can print the log to a file.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.services.disclosure_log import LogEntry
from fgc_desktop.ui.labels import language_label, show_date, show_date_time

MARGIN_MM = 12


def kind_words(kind: str) -> str:
    """A document's kind as words: “child_invitation” reads “Child invitation”."""
    return kind.replace("_", " ").capitalize()


def recipient_words(entry: LogEntry) -> str:
    return entry.recipient_name or _("Anyone (not named)")


def log_html(title: str, entries: Sequence[LogEntry], printed_on: str) -> str:
    headers = (_("When"), _("For"), _("Kind"), _("Language"), _("Information carried"),
               _("SHA-256 of the file"), _("By"))
    rows = []
    for entry in entries:
        carried = "<br>".join(escape(item.title) for item in entry.carried_items) or "—"
        cells = (
            escape(show_date_time(entry.produced_at)), escape(recipient_words(entry)),
            escape(kind_words(entry.kind)), escape(language_label(entry.language)), carried,
            f"<span style='font-family: monospace; font-size: small'>{entry.sha256}</span>",
            escape(entry.produced_by),
        )
        rows.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    head = "".join(f"<th align='left'>{escape(header)}</th>" for header in headers)
    body = "".join(rows) or (f"<tr><td colspan='{len(headers)}'>"
                             f"{escape(_('No documents have been produced yet.'))}</td></tr>")
    note = _("Printed on {date}. Each line is a document given out; the SHA-256 matches the "
             "file exactly, so a paper found later can be traced to its line.").format(
        date=printed_on)
    return (f"<h2>{escape(title)}</h2><p>{escape(note)}</p>"
            f"<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def print_html(html: str, device: QPagedPaintDevice) -> None:
    """Lays the log out on A4 landscape pages of any printer or PDF writer."""
    device.setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.setHtml(html)
    document.print_(device)


def save_pdf(html: str, path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setTitle(_("Disclosure log"))
    writer.setCreator("FGC Desktop")
    print_html(html, writer)


def today_words() -> str:
    return show_date(date.today())
