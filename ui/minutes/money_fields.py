"""Number fields for money, hours and miles that read well aloud and scale with the text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
)


def money_box(maximum_pounds: float = 10000.0) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setPrefix("£")
    box.setDecimals(2)
    box.setRange(0.0, maximum_pounds)
    box.setSingleStep(1.0)
    box.setGroupSeparatorShown(True)
    return box


def amount_box(maximum: float, step: float, suffix: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(2)
    box.setRange(0.0, maximum)
    box.setSingleStep(step)
    box.setSuffix(suffix)
    return box


def pence(box: QDoubleSpinBox) -> int:
    return round(box.value() * 100)


def set_pence(box: QDoubleSpinBox, value: int) -> None:
    box.setValue(value / 100)


def tidy_form(form: QFormLayout) -> None:
    """Labels kept on one line (a wrapped label in a narrow column gets clipped), long rows put
    the label above the field (large text), and number and date fields only as wide as they
    need to be."""
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if label is not None and isinstance(label.widget(), QLabel):
            label.widget().setWordWrap(False)
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if field is not None and isinstance(field.widget(), QAbstractSpinBox):
            field.widget().setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
