"""One message being reviewed: the note for translators, the English, the translation's forms.

A message whose words follow a number has one box per plural form of the
language, each labelled with numbers that take it (“for 2, 3, 4, 22…”). The
boxes use the language's own typeface and, for Arabic-script languages, are
written right to left.

Signals:
    edited(): the reviewer changed the words in a box.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.i18n.languages import language
from fgc_desktop.i18n.overrides import EXAMPLES_PER_FORM, ReviewMessage
from fgc_desktop.ui.translations.language_fonts import language_font
from fgc_desktop.ui.widgets import note

LINES_PER_BOX = 3
LINES_PER_FORM = 2  # a language may have six plural forms; each box is smaller


class MessageEditor(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message: ReviewMessage | None = None
        self._code = "en"
        self.comments = note()
        self.comments.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.english = QLabel()
        self.english.setWordWrap(True)
        self.english.setTextFormat(Qt.TextFormat.PlainText)
        self.english.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.english.setAccessibleName(_("English"))
        self.boxes: list[QPlainTextEdit] = []
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.comments)
        english_row = QFormLayout()
        english_row.addRow(_("English:"), self.english)
        layout.addLayout(english_row)
        layout.addLayout(self._form)

    def show_message(self, message: ReviewMessage | None, code: str,
                     examples: tuple[tuple[int, ...], ...]) -> None:
        """Shows ``message`` in ``code``'s boxes; ``None`` leaves the editor empty."""
        self.message, self._code = message, code
        while self._form.rowCount():
            self._form.removeRow(0)
        self.boxes = []
        if message is None:
            self.english.clear()
            self.comments.clear()
            self.comments.hide()
            return
        self.english.setText("\n".join(message.english))
        self.comments.setText("\n".join(message.comments))
        self.comments.setVisible(bool(message.comments))
        for index, text in enumerate(message.translation):
            box = self._box(text, LINES_PER_FORM if message.plural else LINES_PER_BOX)
            caption = self._caption(message, index, examples)
            label = QLabel(caption)
            label.setBuddy(box)
            box.setAccessibleName(caption.replace("&", ""))
            self._form.addRow(label, box)
            self.boxes.append(box)

    def texts(self) -> tuple[str, ...]:
        return tuple(box.toPlainText() for box in self.boxes)

    def changed(self) -> bool:
        """Whether the boxes hold words other than those in use."""
        return self.message is not None and self.texts() != self.message.translation

    def _box(self, text: str, lines: int) -> QPlainTextEdit:
        box = QPlainTextEdit(text)
        box.setTabChangesFocus(True)
        box.setFont(language_font(box.font(), self._code))
        if language(self._code).right_to_left:
            box.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            option = box.document().defaultTextOption()
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            option.setAlignment(Qt.AlignmentFlag.AlignRight)
            box.document().setDefaultTextOption(option)
        box.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        height = box.fontMetrics().lineSpacing() * lines
        margins = 2 * (box.frameWidth() + round(box.document().documentMargin()))
        box.setFixedHeight(height + margins)
        box.textChanged.connect(self.edited)
        return box

    @staticmethod
    def _caption(message: ReviewMessage, index: int,
                 examples: tuple[tuple[int, ...], ...]) -> str:
        if not message.plural:
            return _("&Translation:")
        numbers = examples[index] if index < len(examples) else ()
        shown = ", ".join(str(number) for number in numbers)
        if len(numbers) == EXAMPLES_PER_FORM:
            shown += ", …"
        return _("Form {number} (for {examples}):").format(number=index + 1, examples=shown)
