"""Private notes in German (and French): a doctor starts a vault, unlocks it, writes a
note from a reflection template with German prompts and locks it, reading German all the
way; the note keeps the words it was given when the language changes; the vault's
sentences (errors, the keyring's reasons, the passphrase rules, the health check) are
Words said in the chosen language while str() stays English for the logs."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from balintdesk import i18n
from balintdesk.domain.note_templates import NOTE_TEMPLATES
from balintdesk.domain.roster import MemberDraft
from balintdesk.exports import notes_pdf
from balintdesk.store import check_vault, roster
from balintdesk.ui.notes import page as notes_module
from balintdesk.ui.notes import vault_dialogs
from balintdesk.ui.notes.page import NotesPage
from balintdesk.ui.notes.recovery_key import print_recovery_key
from balintdesk.vault import crypto, keychain
from balintdesk.vault import vault as vaults
from balintdesk.vault.keychain import KeychainStatus
from balintdesk.vault.notes import Note

from ..._pdf import pdf_text
from ...conftest import pattern_without_a_meeting_today
from .conftest import install

PASSPHRASE = "ein langsamer Fluss im Winterlicht"
OWNER = "Dr. Anna Schäfer"


class FakeKeychain:
    entries: ClassVar[dict[str, bytes]] = {}

    def store_key(self, vault_id: str, key: bytes) -> None:
        self.entries[vault_id] = bytes(key)

    def load_key(self, vault_id: str) -> bytes | None:
        return self.entries.get(vault_id)

    def forget(self, vault_id: str) -> None:
        self.entries.pop(vault_id, None)


@pytest.fixture
def german(qapp):
    install("de")
    yield
    install(i18n.ENGLISH)


@pytest.fixture(autouse=True)
def cheap_kdf_and_no_keyring(monkeypatch):
    monkeypatch.setattr(crypto, "DEFAULT_KDF_PARAMS", crypto.KdfParams(1, 1, 8))
    FakeKeychain.entries = {}
    none = KeychainStatus(False, "", keychain.NO_SECURE_KEYRING)
    for module in (notes_module, vault_dialogs):
        monkeypatch.setattr(module, "Keychain", FakeKeychain)
        monkeypatch.setattr(module, "status", lambda: none)


@pytest.fixture
def page(qtbot, db, german):
    group = roster.create_group("Riverside", pattern_without_a_meeting_today())
    roster.add_member(group.id, MemberDraft(OWNER))
    notes = NotesPage()
    notes.set_group(group.id)
    qtbot.addWidget(notes)
    notes.resize(1100, 680)
    notes.show()
    return notes


def test_create_unlock_write_from_a_template_and_lock_in_german(qtbot, page) -> None:
    assert page.start_button.text() == "Meine privaten Notizen beginnen"
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert dialog.windowTitle() == "Meine privaten Notizen beginnen"
    assert dialog.next_button.text() == "Erstellen"
    hint = dialog.findChild(type(page.keyring_label), "rememberHint")
    assert hint.text().startswith("Auf diesem Computer wurde kein sicherer Schlüsselbund")

    # A weak passphrase is refused in German, the field says why.
    dialog.name_combo.setCurrentIndex(dialog.name_combo.findText(OWNER))
    dialog.passphrase_edit.setText("kurz")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.fields["passphrase"].error.text().startswith("Verwenden Sie mindestens 12")

    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.confirm_edit.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.creating and dialog.unlocked is not None)
    assert dialog.next_button.text() == "Meine Notizen öffnen"
    assert dialog.kept_check.text().startswith("Ich habe meinen Wiederherstellungsschlüssel")
    dialog.kept_check.setChecked(True)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert page.pages.currentIndex() == page.OPEN
    assert page.owner_label.text() == f"{OWNER} – entsperrt"

    # The templates by their German names; a new note starts with German prompts.
    names = [page.template_combo.itemText(i) for i in range(page.template_combo.count())]
    assert names[0] == "Balint-Reflexion" and "Leere Seite" in names
    page.template_combo.setCurrentIndex(page.template_combo.findData("balint"))
    qtbot.mouseClick(page.new_note_button, Qt.MouseButton.LeftButton)
    body = page.editor.body_edit.toPlainText()
    assert body.startswith("Was ist mir geblieben?\n")
    assert "Was ist zwischen uns geschehen?" in body
    page.editor.title_edit.setText("Nach Dienstag")
    page.editor.title_edit.textEdited.emit("Nach Dienstag")
    page.autosave.setInterval(10)
    qtbot.waitUntil(lambda: page.save_state.text() == "Verschlüsselt gespeichert.")
    today = dt.date.today()
    assert page.note_list.item(0).text().splitlines() == [
        "Nach Dienstag",
        i18n.fill("{day:short}", day=today),
    ]
    assert (
        page.note_list.item(0)
        .text()
        .splitlines()[1]
        .startswith(("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."))
    )

    # Lock: the locked face in German; a wrong passphrase is answered in German.
    page.lock()
    assert page.pages.currentIndex() == page.LOCKED
    assert page.unlock_button.text() == "Entsperren"
    assert page.keyring_label.text().startswith("Auf diesem Computer wurde kein sicherer")
    page.secret_edit.setText("falsche Passphrase, ganz sicher")
    assert page.unlock()
    qtbot.waitUntil(lambda: not page.unlocking, timeout=10_000)
    assert page.unlock_message.text() == "Diese Passphrase öffnet diesen Tresor nicht."
    page.secret_edit.setText(PASSPHRASE)
    page.unlock_button.setEnabled(True)
    assert page.unlock()
    qtbot.waitUntil(lambda: not page.unlocking, timeout=10_000)
    assert page.vault is not None

    # In English now, the note keeps the German prompts it was made with.
    install(i18n.ENGLISH)
    note = page.vault.get(page.vault.notes()[0].id)
    assert note.body.startswith("Was ist mir geblieben?") and note.template == "balint"
    page.lock()


def test_a_note_template_is_shown_translated_and_its_english_is_kept() -> None:
    balint = NOTE_TEMPLATES[0]
    assert balint.body.startswith("What stayed with me?\n\n\nWhat might it be like")
    i18n.use_language("fr")
    try:
        assert i18n.translate("NoteTemplate", balint.name) == "Réflexion Balint"
        french = balint.body_in(lambda text: i18n.translate("NoteTemplate", text))
        assert french.startswith("Qu'est-ce qui m'est resté\u00a0?\n\n")
        # A name nobody marked (a user's own) falls through unchanged.
        assert i18n.translate("NoteTemplate", "Mein eigenes Schema") == "Mein eigenes Schema"
    finally:
        i18n.use_language(i18n.ENGLISH)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", "Dieser Tresor ist nicht auf diesem Computer."),
        ("fr", "Ce coffre n'est pas sur cet ordinateur."),
    ],
)
def test_vault_errors_are_words_said_in_the_language(db, language, expected) -> None:
    with pytest.raises(vaults.VaultError) as caught:
        vaults.unlock_with_passphrase("0" * 32, PASSPHRASE)
    assert str(caught.value) == "This vault is not on this computer."  # logs: English
    i18n.use_language(language)
    try:
        assert i18n.error_text(caught.value) == expected
    finally:
        i18n.use_language(i18n.ENGLISH)


def test_passphrase_rules_and_keyring_reasons_in_french(db) -> None:
    i18n.use_language("fr")
    try:
        problem = vaults.passphrase_problem("court")
        assert i18n.say(problem) == (
            "Utilisez au moins 12 caractères, ou 4 mots ou plus\u00a0; une courte phrase à "
            "laquelle vous seul penseriez convient bien."
        )
        assert i18n.say(keychain.PLAIN_FILE_ONLY).startswith("Aucun trousseau sécurisé")
        with pytest.raises(vaults.VaultError) as caught:
            vaults.create_vault(OWNER, PASSPHRASE, member_id=999_999)
        assert i18n.error_text(caught.value).startswith("Ce membre ne figure plus")
    finally:
        i18n.use_language(i18n.ENGLISH)


def test_the_vault_health_check_speaks_german(db) -> None:
    vaults.create_vault(OWNER, PASSPHRASE)
    db.notes.execute_sql("UPDATE vault SET format = 7")
    found = check_vault.check_vaults(db.notes)  # also the tests' cheap Argon2id cost
    problems = [p for p in found if "unknown format" in str(p)]
    assert [str(p) for p in problems] == [
        f"Private notes vault {vaults.list_vaults()[0].id} (“{OWNER}”) has the unknown format 7."
    ]
    i18n.use_language("de")
    try:
        assert i18n.say(problems[0]) == (
            f"Tresor für private Notizen {vaults.list_vaults()[0].id} („{OWNER}“) hat das "
            "unbekannte Format 7."
        )
    finally:
        i18n.use_language(i18n.ENGLISH)


def test_the_notes_pdf_in_german(qapp) -> None:
    written = dt.datetime(2026, 1, 11, 8, 30, tzinfo=dt.UTC)
    note = Note(
        id="a" * 32,
        title="",
        body="Was ist mir geblieben?\nDie Stille.",
        tags=("Zeitdruck",),
        template="balint",
        meeting_date=dt.date(2026, 3, 3),
        created=written,
        updated=written,
    )
    i18n.use_language("de")
    try:
        document = notes_pdf._document_html([note, note], OWNER, dt.date(2026, 3, 10))
    finally:
        i18n.use_language(i18n.ENGLISH)
    assert f"Reflexionsnotizen – {OWNER}" in document
    assert "Exportiert am Dienstag, 10. März 2026 für die Beurteilung · 2 Notizen" in document
    assert "Sitzung vom Dienstag, 3. März 2026" in document
    assert "(ohne Titel)" in document and "Schlagwörter: Zeitdruck" in document
    local = written.astimezone()
    assert f"Geschrieben am {local.day}. Januar 2026, {local:%H:%M}" in document


def test_the_printed_recovery_key_in_german(qapp, german, tmp_path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "schluessel.pdf"))
    key = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789-ABCD-EFGH-JKLM-NPQR-STUV"
    assert print_recovery_key(printer, OWNER, key, dt.date(2026, 12, 3))
    text = " ".join(pdf_text(tmp_path / "schluessel.pdf").split())
    assert "BalintDesk-Wiederherstellungsschlüssel" in text
    assert f"Für die privaten Notizen von {OWNER}, erstellt am 3. Dezember 2026." in text
    assert "BalintDesk kann den Schlüssel nicht erneut anzeigen." in text
