"""Tables whose columns follow the reading direction.

For a right-to-left language the first column is drawn rightmost. Cells hold
shaped paragraphs that wrap within their column; a column is widened, where
the table's width allows, so that no word in it (a date, a name) is cut in
two. Each body cell reads in its
own direction, from its first letter: an English action typed into an Arabic
plan reads left to right, from the cell's left edge, with its full stop at its
end; a cell of digits only follows the language. the table breaks between
rows across pages and repeats its header row on each page.
"""

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, TableStyle
from reportlab.platypus import Table as ReportLabTable

from fgc_desktop.i18n.languages import language

from .paragraph import TextInput, paragraph
from .styles import StyleSet

_PADDING = 4.0
_RULE = HexColor("#8a8f98")
_HEADER_FILL = HexColor("#e8edf3")


class Table(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A header row and body rows of text, laid out at whatever width it is given."""

    def __init__(
        self,
        header: Sequence[TextInput],
        rows: Sequence[Sequence[TextInput]],
        language_code: str,
        styles: StyleSet,
        column_weights: Sequence[float] | None = None,
    ) -> None:
        super().__init__()
        columns = len(header)
        if any(len(row) != columns for row in rows):
            raise ValueError(f"every row needs {columns} cells, one for each heading")
        weights = list(column_weights or [1.0] * columns)
        if len(weights) != columns:
            raise ValueError(f"give one column weight for each of the {columns} headings")
        self._right_to_left = language(language_code).right_to_left
        cell_style = replace(styles.body, space_before=0.0, space_after=0.0)
        header_style = replace(cell_style, bold=True)
        self._header = [paragraph(text, language_code, header_style) for text in header]
        self._rows = [
            [paragraph(text, language_code, cell_style, own_direction=True) for text in row]
            for row in rows
        ]
        self._space = styles.body.size * 0.8
        self._weights = weights
        self._table: Any = None
        self._width: float | None = None

    def _reading_order(self, cells: Sequence[Any]) -> list[Any]:
        return list(reversed(cells)) if self._right_to_left else list(cells)

    def _built(self, width: float) -> Any:
        if self._table is None or self._width != width:
            widths = self._column_widths(width)
            data = [self._reading_order(row) for row in [self._header, *self._rows]]
            self._table = ReportLabTable(
                data,
                colWidths=self._reading_order(widths),
                repeatRows=1,
                style=TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.6, _RULE),
                        ("BACKGROUND", (0, 0), (-1, 0), _HEADER_FILL),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), _PADDING),
                        ("RIGHTPADDING", (0, 0), (-1, -1), _PADDING),
                        ("TOPPADDING", (0, 0), (-1, -1), _PADDING),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), _PADDING),
                    ]
                ),
            )
            self._width = width
        return self._table

    def _column_widths(self, width: float) -> list[float]:
        """Widths shared by weight, but each wide enough for its longest word where the
        table's width allows: a date or a name is not cut in two."""
        columns = zip(self._header, *self._rows, strict=True)
        needed = [max(cell.widest_word() for cell in column) + 2 * _PADDING for column in columns]
        if sum(needed) > width:
            needed = [0.0] * len(needed)
        fixed: dict[int, float] = {}
        while True:
            free = [index for index in range(len(needed)) if index not in fixed]
            left = width - sum(fixed.values())
            total = sum(self._weights[index] for index in free)
            shared = {index: left * self._weights[index] / total for index in free}
            short = {index: needed[index] for index, share in shared.items()
                     if share < needed[index]}
            if not short:
                return [fixed.get(index, shared.get(index, 0.0)) for index in range(len(needed))]
            fixed.update(short)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        width, height = self._built(availWidth).wrap(availWidth, availHeight)
        self.width, self.height = width, height
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        return list(self._built(availWidth).split(availWidth, availHeight))

    def getSpaceBefore(self) -> float:  # ReportLab's name
        return self._space

    def getSpaceAfter(self) -> float:  # ReportLab's name
        return self._space

    def draw(self) -> None:
        self._table.drawOn(self.canv, 0, 0)


def table(
    header: Sequence[TextInput],
    rows: Sequence[Sequence[TextInput]],
    language_code: str,
    styles: StyleSet,
    column_weights: Sequence[float] | None = None,
) -> Table:
    """A table in reading order; ``column_weights`` share out the width (equal by default)."""
    return Table(header, rows, language_code, styles, column_weights)
