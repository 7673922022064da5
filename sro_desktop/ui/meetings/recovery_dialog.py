"""The dialog that offers notes the autosave could not store (``recovery.NotesJournal``).

It shows both texts side by side, the stored one and the local copy, and never decides alone:
taking the copy over replaces the stored notes only when the person says so, and the dialog
says so plainly when the stored notes were changed after the copy was made.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .recovery import UnsavedNotes

WARNING_STYLE = ("QLabel { background: #fff4dc; color: #7a4f00; border: 1px solid #e0b458;"
                 " border-radius: 3px; padding: 4px 8px; }")


class RecoveryChoice(Enum):
    """What the person decided."""

    LATER = "later"  # keep the copy, ask again next time
    RESTORE = "restore"  # store the copy as the item's notes
    DISCARD = "discard"  # delete the copy


class RecoveryDialog(QDialog):
    """"Nicht gespeicherte Notizen" for one agenda item (objectName ``notesRecoveryDialog``)."""

    def __init__(
        self,
        entry: UnsavedNotes,
        *,
        item_title: str,
        meeting_title: str,
        stored_text: str | None,
        refusal: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``stored_text`` is None when the item is gone; ``refusal`` says why the copy cannot
        be taken over (locked minutes, deleted item), which leaves copying and discarding."""
        super().__init__(parent)
        self.setObjectName("notesRecoveryDialog")
        self.setWindowTitle(self.tr("Nicht gespeicherte Notizen"))
        self.entry = entry
        self.choice = RecoveryChoice.LATER
        when = QLocale(QLocale.Language.German).toString(
            entry.written_at.astimezone(), "dd.MM.yyyy, HH:mm")
        intro = QLabel(self.tr(
            "Zu {item} ({meeting}) gibt es Notizen, die am {when} Uhr nicht in der Datenbank "
            "gespeichert werden konnten. Eine Kopie liegt auf diesem Rechner.").format(
            item=item_title, meeting=meeting_title, when=when))
        intro.setObjectName("recoveryIntro")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)  # titles are user text

        self.warning = QLabel()
        self.warning.setObjectName("recoveryWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        changed = (stored_text is not None and entry.base is not None
                   and stored_text != entry.base)
        if refusal:
            self.warning.setText(refusal)
        elif changed:
            self.warning.setText(self.tr(
                "Achtung: Die gespeicherte Fassung wurde geändert, nachdem die Kopie entstand. "
                "„Kopie übernehmen“ ersetzt sie; vorher ggf. Teile kopieren."))
        self.warning.setVisible(bool(refusal or changed))

        self.stored = self._text_box("recoveryStoredText", self.tr("Gespeicherte Fassung"),
                                     stored_text or "")
        self.unsaved = self._text_box("recoveryUnsavedText",
                                      self.tr("Nicht gespeicherte Kopie"), entry.text)
        grid = QGridLayout()
        stored_label = QLabel(self.tr("Gespeichert (Datenbank):"))
        unsaved_label = QLabel(self.tr("Nicht gespeichert (Kopie vom {when} Uhr):").format(
            when=when))
        stored_label.setBuddy(self.stored)
        unsaved_label.setBuddy(self.unsaved)
        grid.addWidget(stored_label, 0, 0)
        grid.addWidget(unsaved_label, 0, 1)
        grid.addWidget(self.stored, 1, 0)
        grid.addWidget(self.unsaved, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("Kopie übernehmen"))
        self.restore_button.setObjectName("restoreNotesButton")
        self.restore_button.setToolTip(refusal or self.tr(
            "Die nicht gespeicherte Kopie wird zu den Notizen dieses Tagesordnungspunkts."))
        self.restore_button.setEnabled(not refusal)
        self.copy_button = QPushButton(self.tr("Kopie in die Zwischenablage"))
        self.copy_button.setObjectName("copyUnsavedNotesButton")
        self.discard_button = QPushButton(self.tr("Kopie verwerfen"))
        self.discard_button.setObjectName("discardUnsavedNotesButton")
        self.discard_button.setToolTip(self.tr("Die lokale Kopie wird gelöscht; die "
                                               "gespeicherte Fassung bleibt, wie sie ist."))
        self.later_button = QPushButton(self.tr("Später"))
        self.later_button.setObjectName("recoveryLaterButton")
        self.later_button.setToolTip(self.tr("Nichts ändern; beim nächsten Öffnen der Sitzung "
                                             "wieder fragen."))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(lambda: self._decide(RecoveryChoice.RESTORE))
        self.discard_button.clicked.connect(lambda: self._decide(RecoveryChoice.DISCARD))
        self.later_button.clicked.connect(lambda: self._decide(RecoveryChoice.LATER))
        self.copy_button.clicked.connect(self.copy_unsaved)
        if not refusal:
            self.restore_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.warning)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.resize(820, 440)

    def _text_box(self, name: str, accessible: str, text: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setObjectName(name)
        box.setAccessibleName(accessible)
        box.setReadOnly(True)
        box.setPlainText(text)
        box.setMinimumHeight(160)
        return box

    def copy_unsaved(self) -> None:
        """Put the unsaved text on the clipboard (to paste it somewhere by hand)."""
        QGuiApplication.clipboard().setText(self.entry.text)

    def _decide(self, choice: RecoveryChoice) -> None:
        self.choice = choice
        if choice is RecoveryChoice.LATER:
            self.reject()
        else:
            self.accept()
