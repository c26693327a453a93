"""One control per setting, chosen from the setting's type, so a new setting needs no new code."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any, ClassVar

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.i18n.catalogue import _
from fgc_desktop.i18n.languages import INTERFACE_LANGUAGES, language
from fgc_desktop.settings import SettingSpec
from fgc_desktop.ui.settings_widgets import MessageLabel, Mnemonics

_WIDEST_INT = 2**31 - 1
_ADDRESS_LINES = 4


class SettingEditor(ABC):
    """A setting's control: what the form shows, what its label points at, and its value."""

    has_own_label: ClassVar[bool] = False
    widget: QWidget
    focus_widget: QWidget

    def __init__(self, spec: SettingSpec, value: Any, mnemonics: Mnemonics) -> None:
        self.spec = spec
        self.title = _(spec.title)
        self.initial = value

    @abstractmethod
    def value(self) -> Any:
        """The value as the user left it."""

    def is_changed(self) -> bool:
        return bool(self.value() != self.initial)


class LineEditor(SettingEditor):
    def __init__(self, spec: SettingSpec, value: Any, mnemonics: Mnemonics) -> None:
        super().__init__(spec, value, mnemonics)
        self._edit = QLineEdit(str(value))
        self._edit.setAccessibleName(self.title)
        self.widget = self.focus_widget = self._edit

    def value(self) -> str:
        return self._edit.text().strip()


class FolderEditor(SettingEditor):
    """A folder typed in, or picked with a button; empty is allowed and means the default."""

    def __init__(self, spec: SettingSpec, value: Any, mnemonics: Mnemonics) -> None:
        super().__init__(spec, value, mnemonics)
        self._edit = QLineEdit(str(value))
        self._edit.setAccessibleName(self.title)
        self.choose = QPushButton(mnemonics.mark(_("Choose…")))
        self.choose.setAccessibleName(_("Choose a folder for: {setting}").format(
            setting=self.title))
        self.choose.clicked.connect(self._ask_for_folder)
        self.focus_widget = self._edit
        self.widget = QWidget()
        layout = QHBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._edit, 1)
        layout.addWidget(self.choose)

    def value(self) -> str:
        return self._edit.text().strip()

    def _ask_for_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self.widget, self.title, self.value())
        if chosen:
            self._edit.setText(chosen)


class MultilineEditor(SettingEditor):
    """A few lines of text, such as an address; Tab moves on rather than typing a tab."""

    def __init__(self, spec: SettingSpec, value: Any, mnemonics: Mnemonics) -> None:
        super().__init__(spec, value, mnemonics)
        self._edit = QPlainTextEdit(str(value))
        self._edit.setTabChangesFocus(True)
        self._edit.setAccessibleName(self.title)
        margins = self._edit.contentsMargins()
        document_margin = round(self._edit.document().documentMargin())
        self._edit.setFixedHeight(
            self._edit.fontMetrics().lineSpacing() * _ADDRESS_LINES
            + margins.top() + margins.bottom() + 2 * document_margin
        )
        self.widget = self.focus_widget = self._edit

    def value(self) -> str:
        return self._edit.toPlainText().strip()


class NumberEditor(SettingEditor):
    def __init__(self, spec: SettingSpec, value: Any, mnemonics: Mnemonics) -> None:
        super().__init__(spec, value, mnemonics)
        self._spin = QSpinBox()
        self._spin.setRange(
            -_WIDEST_INT if spec.minimum is None else spec.minimum,
            _WIDEST_INT if spec.maximum is None else spec.maximum,
        )
        self._spin.setValue(int(value))
        self._spin.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self._spin.setAccessibleName(self.title)
        self.widget = self.focus_widget = self._spin

    def value(self) -> int:
        return self._spin.value()


class CheckEditor(SettingEditor):
    has_own_label = True

    def __init__(self, spec: SettingSpec, value: Any, mnemonics: Mnemonics) -> None:
        super().__init__(spec, value, mnemonics)
        self._box = QCheckBox(mnemonics.mark(self.title))
        self._box.setChecked(bool(value))
        self._box.setAccessibleName(self.title)
        self.widget = self.focus_widget = self._box

    def value(self) -> bool:
        return self._box.isChecked()


class LanguageEditor(SettingEditor):
    """The interface languages by their own names; a change is used from the next start."""

    def __init__(self, spec: SettingSpec, value: Any, mnemonics: Mnemonics) -> None:
        super().__init__(spec, value, mnemonics)
        self._choice = QComboBox()
        self._choice.setAccessibleName(self.title)
        for code in INTERFACE_LANGUAGES:
            self._choice.addItem(language(code).native_name, code)
        self._choice.setCurrentIndex(max(0, self._choice.findData(value)))
        self._note = MessageLabel()
        self._choice.currentIndexChanged.connect(self._explain_restart)
        self.focus_widget = self._choice
        self.widget = QWidget()
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._choice)
        layout.addWidget(self._note)

    def value(self) -> str:
        return str(self._choice.currentData())

    def note(self) -> str:
        return self._note.text()

    def _explain_restart(self) -> None:
        if self.is_changed():
            self._note.show_note(
                _("FGC Desktop will be in {language} the next time you start it.").format(
                    language=self._choice.currentText()
                )
            )
        else:
            self._note.clear()
