"""The documents page: choose a document and who it is for, look at it, save or print it.

The left side chooses: the kind of document, the people (each with the
language it will be in), bilingual and large print. The right side previews
the highlighted person's document. Saving, printing and the invitation pack
run off the UI thread with a progress bar and a Stop button; every document
made is recorded in the disclosure log by the documents service. Before a
document in a draft translation is saved or printed, the coordinator is told
once that a qualified interpreter should check it.

Signals:
    work_finished(object): a batch ended; its :class:`Outcome`, or ``None`` on failure.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QSplitter, QVBoxLayout, QWidget

from fgc_desktop.documents.registry import DOCUMENTS, document_kind
from fgc_desktop.domain.errors import UserError
from fgc_desktop.domain.stages import PageInfo
from fgc_desktop.i18n.catalogue import _, ngettext
from fgc_desktop.services import documents
from fgc_desktop.services.documents import DocumentOptions, Outcome
from fgc_desktop.store.database import Database
from fgc_desktop.ui.documents.controls import DocumentControls
from fgc_desktop.ui.documents.draft_warning import DocumentLanguage, DraftWarning
from fgc_desktop.ui.documents.pdf_pages import PdfPreview, print_pdfs
from fgc_desktop.ui.documents.worker import DocumentWork, Work
from fgc_desktop.ui.folders import documents_folder
from fgc_desktop.ui.pages.base import WorkspacePage
from fgc_desktop.ui.translations.free_text_dialog import FreeTextTranslationsDialog

CONTROLS_SHARE = 40  # percent of the width for the choices; the splitter moves


class DocumentsPage(WorkspacePage):
    work_finished = Signal(object)

    def __init__(self, db: Database, info: PageInfo, parent: QWidget | None = None) -> None:
        super().__init__(db, info, parent)
        self.controls = DocumentControls(_(info.title), [(k.key, _(k.label)) for k in DOCUMENTS])
        self.preview = PdfPreview(self, owner=self)
        self.work: DocumentWork | None = None
        self._preview_task: DocumentWork | None = None
        self._preview_again = False
        self._printer: QPrinter | None = None  # set while a batch is made for printing
        self.draft_warning = DraftWarning()
        self._preview_said = ""  # the preview's own word in the status line, if any

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.controls)
        split.addWidget(self.preview)
        split.setStretchFactor(0, CONTROLS_SHARE)
        split.setStretchFactor(1, 100 - CONTROLS_SHARE)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        c = self.controls
        c.kind_changed.connect(self._list_people)
        c.options_changed.connect(self._options_changed)
        c.people.current_changed.connect(self.refresh_preview)
        c.people.checks_changed.connect(self._enable)
        c.save_button.clicked.connect(self._ask_folder_to_save)
        c.print_button.clicked.connect(self._ask_printer)
        c.pack_button.clicked.connect(self._ask_folder_for_pack)
        c.stop_button.clicked.connect(self.stop)
        c.translations_button.clicked.connect(self.open_translations)

    # --- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self._list_people()

    def _list_people(self) -> None:
        if self.conference_id is None:
            return
        kind = document_kind(self.controls.kind())
        people = [] if kind.for_anyone else documents.recipients(
            self.db, self.conference_id, kind.key)
        self.controls.show_people(people, kind.for_anyone)
        self._enable()
        self.refresh_preview()

    def _options_changed(self) -> None:
        self.controls.people.show_options(self.controls.options())
        self.refresh_preview()

    def _enable(self) -> None:
        kind = document_kind(self.controls.kind())
        has_people = kind.for_anyone or bool(self.controls.people.checked_ids())
        self.controls.enable(has_people, self.busy())

    def busy(self) -> bool:
        return self.work is not None and self.work.running

    def open_translations(self) -> None:
        """Where an interpreter types the family's words in their language; the preview follows."""
        if self.conference_id is None:
            return
        FreeTextTranslationsDialog(self.db, self.conference_id, self).exec()
        self.refresh_preview()

    # --- preview ---------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        """Shows the highlighted person's document, made in the background."""
        if self.conference_id is None:
            return
        kind = document_kind(self.controls.kind())
        person = None if kind.for_anyone else self.controls.people.current_id()
        if person is None and not kind.for_anyone:
            self.preview.clear()
            self._preview_says(_("Nobody is listed for this document yet."))
            return
        if self._preview_task is not None and self._preview_task.running:
            self._preview_again = True
            return
        conference, options, db = self.conference_id, self.controls.options(), self.db
        if self._preview_task is not None:
            self._preview_task.deleteLater()
        self._preview_task = DocumentWork(
            lambda _progress, _cancelled: documents.preview(db, conference, kind.key, person,
                                                            options), self)
        self._preview_task.succeeded.connect(self._show_preview)
        self._preview_task.failed.connect(self._preview_failed)
        self._preview_task.start()

    def _show_preview(self, pdf: object) -> None:
        if self._preview_again:
            self._preview_again = False
            self.refresh_preview()
            return
        assert isinstance(pdf, bytes)
        self.preview.show_pdf(pdf)
        if self.controls.status.text() == self._preview_said:
            self._preview_says("")

    def _preview_failed(self, message: str) -> None:
        self._preview_again = False
        self.preview.clear()
        self._preview_says(message)

    def _preview_says(self, message: str) -> None:
        """The preview's word in the status line, remembered so that a preview shown later
        clears only its own word and never a batch's report."""
        self._preview_said = message
        self.controls.say(message)

    # --- saving, printing and the pack -----------------------------------------------------

    def _ask_folder_to_save(self) -> None:
        if self._drafts_accepted():
            self._ask_folder(_("Save the documents in"), self.save_to)

    def _ask_folder_for_pack(self) -> None:
        if self.conference_id is None:
            return
        options = self.controls.options()
        wanted = [(kind, code) for kind, person in documents.pack_recipients(
            self.db, self.conference_id) for code in documents.language_of(person.language,
                                                                           options)]
        if self.draft_warning.confirm(self, wanted, _("Invitation pack")):
            self._ask_folder(_("Save the invitation pack in"), self.make_pack)

    def _drafts_accepted(self) -> bool:
        """Whether to go on with the document chosen, after any word about draft languages."""
        if self.conference_id is None:
            return False
        kind, options = document_kind(self.controls.kind()), self.controls.options()
        if kind.for_anyone:
            spoken = [options.language or "en"]
        else:
            ticked = set(self.controls.people.checked_ids())
            spoken = [person.language for person in documents.recipients(
                self.db, self.conference_id, kind.key) if person.id in ticked]
        wanted: list[DocumentLanguage] = [
            (kind.key, code) for own in spoken for code in documents.language_of(own, options)]
        return self.draft_warning.confirm(self, wanted, _(kind.label))

    def _ask_folder(self, title: str, then: Callable[[Path], None]) -> None:
        start = documents_folder()
        dialog = QFileDialog(self, title, start)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda chosen: then(Path(chosen)))
        dialog.open()

    def save_to(self, folder: Path) -> None:
        """Writes the chosen document for each person ticked into ``folder``."""
        kind, ids, options, db, conference = self._choices()
        self._printer = None
        self._run(lambda progress, cancelled: documents.produce(
            db, conference, kind, ids, options, folder, progress=progress,
            cancelled=cancelled))

    def make_pack(self, folder: Path) -> None:
        """Every invitee's invitation, in their own language, into ``folder``."""
        _kind, _ids, options, db, conference = self._choices()
        combined = self.controls.combined.isChecked()
        self._printer = None
        self._run(lambda progress, cancelled: documents.produce_pack(
            db, conference, options, folder, combined=combined, progress=progress,
            cancelled=cancelled))

    def _ask_printer(self) -> None:
        if not self._drafts_accepted():
            return
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(self._printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.print_to(dialog.printer()))
        QDialog.open(dialog)

    def print_to(self, printer: QPrinter) -> None:
        """Makes the documents in the background, then prints them on ``printer``."""
        self._printer = printer
        kind, ids, options, db, conference = self._choices()
        self._run(lambda progress, cancelled: documents.produce(
            db, conference, kind, ids, options, None, progress=progress,
            cancelled=cancelled))

    def _choices(self) -> tuple[str, list[int] | None, DocumentOptions, Database, int]:
        if self.conference_id is None:
            raise UserError(_("Open a conference first."))
        kind = document_kind(self.controls.kind())
        ids = None if kind.for_anyone else self.controls.people.checked_ids()
        return kind.key, ids, self.controls.options(), self.db, self.conference_id

    def _run(self, work: Work) -> None:
        if self.busy():
            return
        if self.work is not None:
            self.work.deleteLater()
        self.work = DocumentWork(work, self)
        self.work.progressed.connect(self.controls.show_progress)
        self.work.succeeded.connect(self._done)
        self.work.failed.connect(self._failed)
        self.controls.start_progress()
        self._enable()
        self.work.start()

    def stop(self) -> None:
        if self.work is not None:
            self.work.cancel()
            self.controls.say(_("Stopping after the document being made now…"))

    def _done(self, outcome: object) -> None:
        assert isinstance(outcome, Outcome)
        printing = self._printer is not None
        if self._printer is not None:
            try:
                print_pdfs(outcome.pdfs, self._printer)
            except UserError as error:
                self._failed(str(error))
                return
            finally:
                self._printer = None
        self.controls.end_progress(self._summary(outcome, printing))
        self._enable()
        self.work_finished.emit(outcome)

    def _failed(self, message: str) -> None:
        self.controls.end_progress(message)
        self._enable()
        self.work_finished.emit(None)

    @staticmethod
    def _summary(outcome: Outcome, printing: bool) -> str:
        done = len(outcome.pdfs)
        if outcome.stopped:
            return _("Stopped after {done} of {total}. Those made are kept, printed or saved, "
                     "and logged.").format(done=done, total=outcome.total)
        if printing:
            return ngettext("Sent {count} document to the printer.",
                            "Sent {count} documents to the printer.", done).format(count=done)
        folder = outcome.paths[0].parent if outcome.paths else ""
        return ngettext("Saved {count} file in {folder}.", "Saved {count} files in {folder}.",
                        len(outcome.paths)).format(count=len(outcome.paths), folder=folder)
