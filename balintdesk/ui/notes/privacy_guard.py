"""The privacy guard beside the note editor: likely patient identifiers get a gentle
underline, and a panel says why a reflection is better without them. It never blocks
saving. Nothing it finds is logged or stored."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from balintdesk.domain.privacy import find_identifiers
from balintdesk.domain.privacy_words import GUIDANCE, KIND_LABELS

UNDERLINE = QColor("#b07a12")  # amber, like a spelling mark: noticeable, not alarming


class PrivacyHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument):
        super().__init__(document)
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._format.setUnderlineColor(UNDERLINE)

    def highlightBlock(self, text: str) -> None:
        for finding in find_identifiers(text):
            # Python counts code points, Qt counts UTF-16 units: an emoji before the
            # finding would otherwise shift the underline.
            start = _utf16_length(text[: finding.start])
            length = _utf16_length(text[finding.start : finding.end])
            self.setFormat(start, length, self._format)


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class PrivacyPanel(QWidget):
    """Lists what the guard noticed, in plain words, with the guidance under it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("privacyPanel")
        title = QLabel(self.tr("Privacy guard"))
        title.setStyleSheet("font-weight: 600;")
        self.findings_label = QLabel()
        self.findings_label.setObjectName("privacyFindings")
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.TextFormat.PlainText)
        guidance = QLabel(GUIDANCE)
        guidance.setObjectName("privacyGuidance")
        guidance.setWordWrap(True)
        guidance.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 4, 8)
        layout.addWidget(title)
        layout.addWidget(self.findings_label)
        layout.addWidget(guidance)
        layout.addStretch(1)
        self.count = 0
        self._document: QTextDocument | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)  # re-scan when typing pauses, not on every key
        self._debounce.timeout.connect(self.rescan)

    def watch(self, document: QTextDocument) -> None:
        self._document = document
        document.contentsChanged.connect(self._debounce.start)
        self.rescan()

    def rescan(self, extra: str = "") -> None:
        text = (self._document.toPlainText() if self._document else "") + extra
        findings = find_identifiers(text)
        self.count = len(findings)
        if not findings:
            self.findings_label.setText(self.tr("Nothing that looks like a patient identifier."))
            return
        kinds: dict[str, int] = {}
        for finding in findings:
            kinds[finding.kind] = kinds.get(finding.kind, 0) + 1
        lines = [
            f"• {KIND_LABELS.get(kind, kind)}" + (f" ×{count}" if count > 1 else "")
            for kind, count in kinds.items()
        ]
        self.findings_label.setText(
            self.tr("Underlined in your note — please check:") + "\n" + "\n".join(lines)
        )

    def clear(self) -> None:
        self.count = 0
        self.findings_label.clear()
