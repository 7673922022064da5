"""The data-protection hint under the free-text fields of the minutes.

It warns, never blocks (domain.md §6): an institution's address may belong in a protocol, a
resident's phone number never does, and only the minute-taker can tell them apart. The hint
names the field and what looked like personal data; the check itself is
``services.meetings.privacy``.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ...services.meetings.privacy import first_privacy_warning

WARNING_STYLE = (
    "QLabel { background: #fff4ce; color: #5c4400; border: 1px solid #e0c36a;"
    " border-radius: 4px; padding: 6px 8px; }"
)
Watched = QPlainTextEdit | QLineEdit | QComboBox


def _text(widget: Watched) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return widget.text()


class PrivacyHint(QLabel):
    """A yellow warning that watches some text fields (objectName ``name``: the notes'
    ``privacyWarning``, ``guestPrivacyWarning`` in the attendance, ``dialogPrivacyWarning``
    in the forms).

    ``delay_ms`` 0 checks on every change: the fields of a form are short, and the warning
    must be there before the Save button is clicked. The notes of an item are long and typed
    fast, so they are checked after a pause.
    """

    def __init__(self, name: str, delay_ms: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setStyleSheet(WARNING_STYLE)
        self.hide()
        self._fields: list[tuple[str, Watched]] = []
        self._timer: QTimer | None = None
        if delay_ms:
            self._timer = QTimer(self, singleShot=True, interval=delay_ms)
            self._timer.timeout.connect(self.check)

    def watch(self, label: str, widget: Watched) -> None:
        """Check ``widget`` (named ``label`` in the warning; "" for none) whenever it changes."""
        self._fields.append((label, widget))
        if isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._changed)
        elif isinstance(widget, QComboBox):
            widget.editTextChanged.connect(self._changed)
            widget.currentIndexChanged.connect(self._changed)
        else:
            widget.textChanged.connect(self._changed)
        self.check()

    def _changed(self, *_args: object) -> None:
        if self._timer is None:
            self.check()
        else:
            self._timer.start()

    def check(self) -> None:
        """Show or hide the warning for the watched fields' current text."""
        if self._timer is not None:
            self._timer.stop()
        message = first_privacy_warning([(label, _text(w)) for label, w in self._fields])
        self.setText(message or "")
        self.setAccessibleName(message or "")
        if self.parentWidget() is not None or not message:
            # Shown without a parent, the label would open as a window of its own.
            self.setVisible(bool(message))
