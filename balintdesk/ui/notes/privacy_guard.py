"""The privacy guard beside the note editor: likely patient identifiers get a gentle
underline, and a panel says why a reflection is better without them. It never blocks
saving. Nothing it finds is logged or stored.

Which national identifiers it looks for follows the current group's country (see
domain.privacy); the editor may tell both parts another one with `set_country`."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from balintdesk import i18n
from balintdesk.domain.privacy import find_identifiers
from balintdesk.domain.privacy_words import CONTEXT, KIND_LABELS, guidance
from balintdesk.store.group_country import current_country

UNDERLINE = QColor("#b07a12")  # amber, like a spelling mark: noticeable, not alarming


def _catalogue_text(text: str) -> str:
    """A text privacy_words marked for the catalogue, in the user's language."""
    return i18n.translate(CONTEXT, text)


class PrivacyHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, country: str | None = None):
        super().__init__(document)
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._format.setUnderlineColor(UNDERLINE)
        self.country = country or current_country()

    def set_country(self, country: str | None) -> None:
        self.country = country
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        for finding in find_identifiers(text, country=self.country):
            # Python counts code points, Qt counts UTF-16 units: an emoji before the
            # finding would otherwise shift the underline.
            start = _utf16_length(text[: finding.start])
            length = _utf16_length(text[finding.start : finding.end])
            self.setFormat(start, length, self._format)


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class PrivacyPanel(QWidget):
    """Lists what the guard noticed and why, in plain words, with the guidance under it."""

    def __init__(self, parent: QWidget | None = None, country: str | None = None):
        super().__init__(parent)
        self.setObjectName("privacyPanel")
        self.country = country or current_country()
        title = QLabel(self.tr("Privacy guard"))
        title.setStyleSheet("font-weight: 600;")
        self.findings_label = QLabel()
        self.findings_label.setObjectName("privacyFindings")
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.guidance_label = QLabel(_catalogue_text(guidance(self.country)))
        self.guidance_label.setObjectName("privacyGuidance")
        self.guidance_label.setWordWrap(True)
        self.guidance_label.setProperty("role", "hint")
        # The findings and the guidance scroll together: a long list, or a language that
        # needs more lines, would otherwise be squeezed into lines drawn over each other.
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 4, 0)
        inner_layout.addWidget(self.findings_label)
        inner_layout.addWidget(self.guidance_label)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("privacyScroll")
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there, so the text is wrapped for one width, not rewrapped under a
        # scroll bar that appears after the heights were laid out.
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 4, 8)
        layout.addWidget(title)
        layout.addWidget(scroll, 1)
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

    def set_country(self, country: str | None) -> None:
        self.country = country
        self.guidance_label.setText(_catalogue_text(guidance(country)))
        self.rescan()

    def rescan(self, extra: str = "") -> None:
        text = (self._document.toPlainText() if self._document else "") + extra
        findings = find_identifiers(text, country=self.country)
        self.count = len(findings)
        if not findings:
            self.findings_label.setText(self.tr("Nothing that looks like a patient identifier."))
            return
        # Each kind once, with how often and why (a date of birth may have two reasons).
        counts: dict[str, int] = {}
        reasons: dict[str, list[str]] = {}
        for finding in findings:
            counts[finding.kind] = counts.get(finding.kind, 0) + 1
            reason = i18n.say(finding.explanation)
            if reason not in reasons.setdefault(finding.kind, []):
                reasons[finding.kind].append(reason)
        lines = []
        for kind, count in counts.items():
            label = _catalogue_text(KIND_LABELS.get(kind, kind))
            lines.append(f"• {label}" + (f" ×{count}" if count > 1 else ""))
            lines += [f"   {reason}" for reason in reasons[kind]]
        self.findings_label.setText(
            self.tr("Underlined in your note — please check:") + "\n" + "\n".join(lines)
        )

    def clear(self) -> None:
        self.count = 0
        self.findings_label.clear()
