<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>CreateVaultDialog</name>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Start my private notes</source>
            <translation>Mijn privénotities starten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Your name, or any label</source>
            <translation>Uw naam, of een label</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Remember on this computer (unlock without typing)</source>
            <translation>Onthouden op deze computer (ontgrendelen zonder typen)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Off on the shared meeting-room PC: everyone who uses this computer's account could open your notes without the passphrase.</source>
            <translation>Uit op de gedeelde pc in de vergaderruimte: iedereen die dit account gebruikt, zou uw notities zonder wachtwoordzin kunnen openen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Your notes open when you unlock your computer account; the passphrase still works anywhere.</source>
            <translation>Uw notities gaan open wanneer u uw account ontgrendelt; de wachtwoordzin werkt overal nog steeds.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Whose notes</source>
            <translation>Wiens notities</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Passphrase</source>
            <translation>Wachtwoordzin</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Type it again</source>
            <translation>Nogmaals typen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>At least 12 characters, or four or more words. A short sentence you will remember works well.</source>
            <translation>Minstens 12 tekens, of vier of meer woorden. Een korte zin die u onthoudt, werkt goed.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Create</source>
            <translation>Aanmaken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Your reflections are encrypted on this computer and readable by you alone. Nobody else — not the practice, not BalintDesk — can open them without your passphrase or recovery key.</source>
            <translation>Uw reflecties worden op deze computer versleuteld en zijn alleen door u te lezen. Niemand anders — niet de praktijk, niet BalintDesk — kan ze openen zonder uw wachtwoordzin of herstelsleutel.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Choose your name from the list or type a label.</source>
            <translation>Kies uw naam uit de lijst of typ een label.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>The two passphrases differ; please type it again.</source>
            <translation>De twee wachtwoordzinnen verschillen; typ hem opnieuw.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Creating…</source>
            <translation>Bezig met aanmaken…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Open my notes</source>
            <translation>Mijn notities openen</translation>
        </message>
    </context>
    <context>
        <name>ManageVaultDialog</name>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Manage my notes</source>
            <translation>Mijn notities beheren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Change passphrase</source>
            <translation>Wachtwoordzin wijzigen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Export encrypted copy…</source>
            <translation>Versleutelde kopie exporteren…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Type “{name}” to delete</source>
            <translation>Typ ‘{name}’ om te verwijderen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Delete all my notes</source>
            <translation>Al mijn notities verwijderen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Current passphrase</source>
            <translation>Huidige wachtwoordzin</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>New passphrase</source>
            <translation>Nieuwe wachtwoordzin</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>This computer</source>
            <translation>Deze computer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Move to another computer</source>
            <translation>Naar een andere computer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Forget this computer</source>
            <translation>Deze computer vergeten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Remember on this computer</source>
            <translation>Onthouden op deze computer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Passphrase changed. Your notes were not touched.</source>
            <translation>Wachtwoordzin gewijzigd. Uw notities zijn niet aangeraakt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>This computer no longer opens your notes by itself.</source>
            <translation>Deze computer opent uw notities niet meer vanzelf.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>This computer now opens your notes when you unlock it.</source>
            <translation>Deze computer opent uw notities nu wanneer u hem ontgrendelt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Export an encrypted copy</source>
            <translation>Een versleutelde kopie exporteren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>BalintDesk vault (*.balintvault)</source>
            <translation>BalintDesk-kluis (*.balintvault)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>The copy could not be written: {reason}</source>
            <translation>De kopie kon niet worden geschreven: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Saved {name}. It opens with your passphrase or recovery key.</source>
            <translation>{name} opgeslagen. Het opent met uw wachtwoordzin of herstelsleutel.</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>A title for you (kept encrypted)</source>
            <translation>Een titel voor uzelf (blijft versleuteld)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Themes or your own words, separated by commas</source>
            <translation>Thema's of eigen woorden (komma's)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>After the meeting of</source>
            <translation>Na de bijeenkomst van</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Write freely; only you can read this.</source>
            <translation>Schrijf vrijuit; alleen u kunt dit lezen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Tags</source>
            <translation>Labels</translation>
        </message>
    </context>
    <context>
        <name>NotesExportDialog</name>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>You have no notes to export yet.</source>
            <translation>U hebt nog geen notities om te exporteren.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>%n damaged note(s) cannot be opened, so they are not listed.</source>
            <translation>
                <numerusform>%n beschadigde notitie kan niet worden geopend en staat daarom niet in de lijst.</numerusform>
                <numerusform>%n beschadigde notities kunnen niet worden geopend en staan daarom niet in de lijst.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>{chosen} of {total} chosen</source>
            <translation>{chosen} van {total} gekozen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>Tick at least one note to export.</source>
            <translation>Vink minstens één notitie aan om te exporteren.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>(untitled)</source>
            <translation>(zonder titel)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>‘{title}’: {kinds}</source>
            <translation>‘{title}’: {kinds}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>Save the notes as a PDF</source>
            <translation>De notities als pdf opslaan</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>PDF document (*.pdf)</source>
            <translation>Pdf-document (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>Saved “{name}” ({length}) in {folder}. Keep it private.</source>
            <translation>‘{name}’ ({length}) opgeslagen in {folder}. Houd het privé.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n pagina</numerusform>
                <numerusform>%n pagina's</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
    </context>
    <context>
        <name>NotesExportPanels</name>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Export notes to PDF</source>
            <translation>Notities naar pdf exporteren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Export notes for appraisal</source>
            <translation>Notities exporteren voor de beoordeling</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Tick the reflections to include. The PDF is not encrypted: keep it somewhere private, and delete it when your appraisal is done.</source>
            <translation>Vink de reflecties aan die erin moeten. De pdf is niet versleuteld: bewaar hem op een privéplek en verwijder hem na uw beoordeling.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Notes to export</source>
            <translation>Te exporteren notities</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Select all</source>
            <translation>Alles selecteren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>None</source>
            <translation>Geen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>The privacy guard noticed likely patient identifiers</source>
            <translation>De privacycontrole heeft waarschijnlijke patiëntgegevens gevonden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Notes with likely identifiers</source>
            <translation>Notities met waarschijnlijke identificerende gegevens</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Choose other notes</source>
            <translation>Andere notities kiezen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Go back and edit</source>
            <translation>Terug en bewerken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Export anyway</source>
            <translation>Toch exporteren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Select a note and edit it, or export the notes as they are.</source>
            <translation>Selecteer een notitie en bewerk die, of exporteer de notities zoals ze zijn.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Export PDF…</source>
            <translation>Pdf exporteren…</translation>
        </message>
    </context>
    <context>
        <name>NotesPage</name>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Unlocking…</source>
            <translation>Bezig met ontgrendelen…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>The notes could not be opened: {reason}</source>
            <translation>De notities konden niet worden geopend: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>That name and passphrase do not open any notes on this computer.</source>
            <translation>Deze naam en wachtwoordzin openen geen notities op deze computer.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>You can try again in %n second(s).</source>
            <translation>
                <numerusform>U kunt het over %n seconde opnieuw proberen.</numerusform>
                <numerusform>U kunt het over %n seconden opnieuw proberen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>{name} — unlocked</source>
            <translation>{name} — ontgrendeld</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Locked after a while without use.</source>
            <translation>Vergrendeld na een tijd zonder gebruik.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>%n note(s) are damaged and cannot be opened.</source>
            <translation>
                <numerusform>%n notitie is beschadigd en kan niet worden geopend.</numerusform>
                <numerusform>%n notities zijn beschadigd en kunnen niet worden geopend.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Saved.</source>
            <translation>Opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Editing…</source>
            <translation>Bezig met bewerken…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Saved, encrypted.</source>
            <translation>Versleuteld opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Note deleted.</source>
            <translation>Notitie verwijderd.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Bring notes from another computer</source>
            <translation>Notities van een andere computer ophalen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>BalintDesk vault (*.balintvault)</source>
            <translation>BalintDesk-kluis (*.balintvault)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Passphrase of the exported notes</source>
            <translation>Wachtwoordzin van de geëxporteerde notities</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>The passphrase or recovery key those notes were kept with:</source>
            <translation>De wachtwoordzin of herstelsleutel van die notities:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Imported. Unlock it with its passphrase.</source>
            <translation>Geïmporteerd. Ontgrendel met de bijbehorende wachtwoordzin.</translation>
        </message>
    </context>
    <context>
        <name>NotesPanels</name>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>(untitled)</source>
            <translation>(zonder titel)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>{title}
{day:short}</source>
            <translation>{title}
{day:short}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>My private notes</source>
            <translation>Mijn privénotities</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Start my private notes</source>
            <translation>Mijn privénotities starten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Bring notes from another computer…</source>
            <translation>Notities van een andere computer ophalen…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Keep reflections after a meeting, encrypted on this computer and readable by you alone. They never leave this computer unless you export them.</source>
            <translation>Leg reflecties na een bijeenkomst vast, versleuteld op deze computer en alleen door u te lezen. Ze verlaten deze computer nooit, tenzij u ze exporteert.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Your name, as when you started your notes</source>
            <translation>Uw naam, zoals toen u met uw notities begon</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>This is the shared meeting-room PC, so the names of those who keep notes here are not shown. Type yours and your passphrase.</source>
            <translation>Dit is de gedeelde pc in de vergaderruimte, dus de namen van wie hier notities bewaart, worden niet getoond. Typ uw naam en uw wachtwoordzin.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Passphrase</source>
            <translation>Wachtwoordzin</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Use my recovery key instead</source>
            <translation>In plaats daarvan mijn herstelsleutel gebruiken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Unlock</source>
            <translation>Ontgrendelen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Start another person's notes</source>
            <translation>Notities voor iemand anders starten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Whose notes</source>
            <translation>Wiens notities</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Passphrase or recovery key</source>
            <translation>Wachtwoordzin of herstelsleutel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Lock  (Ctrl+L)</source>
            <translation>Vergrendelen  (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Manage…</source>
            <translation>Beheren…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Export to PDF…</source>
            <translation>Naar pdf exporteren…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Chosen notes as a PDF for your appraisal</source>
            <translation>Gekozen notities als pdf voor uw beoordeling</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Search my notes</source>
            <translation>Mijn notities doorzoeken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Template for a new note</source>
            <translation>Sjabloon voor een nieuwe notitie</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>New note</source>
            <translation>Nieuwe notitie</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Delete note</source>
            <translation>Notitie verwijderen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>My notes</source>
            <translation>Mijn notities</translation>
        </message>
    </context>
    <context>
        <name>PrivacyPanel</name>
        <message>
            <location filename="../../balintdesk/ui/notes/privacy_guard.py" />
            <source>Privacy guard</source>
            <translation>Privacycontrole</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/privacy_guard.py" />
            <source>Nothing that looks like a patient identifier.</source>
            <translation>Niets dat naar een patiënt herleidbaar lijkt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/privacy_guard.py" />
            <source>Underlined in your note — please check:</source>
            <translation>Onderstreept in uw notitie — controleer dit:</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPanel</name>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Copy</source>
            <translation>Kopiëren</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Print…</source>
            <translation>Afdrukken…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>I have written down or printed my recovery key</source>
            <translation>Ik heb mijn herstelsleutel opgeschreven of afgedrukt</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>This recovery key opens your notes if you forget the passphrase. It is shown only now. Keep it somewhere safe and private, away from this computer.</source>
            <translation>Deze herstelsleutel opent uw notities als u de wachtwoordzin vergeet. Hij wordt alleen nu getoond. Bewaar hem op een veilige, privéplek, niet bij deze computer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Copied. Paste it where you keep it safe; BalintDesk clears the clipboard in a minute.</source>
            <translation>Gekopieerd. Plak hem waar u hem veilig bewaart; BalintDesk leegt het klembord over een minuut.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Print the recovery key</source>
            <translation>De herstelsleutel afdrukken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Sent to the printer. Keep the page somewhere safe and private.</source>
            <translation>Naar de printer gestuurd. Bewaar de pagina op een veilige, privéplek.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>The printer could not be used; write the key down instead.</source>
            <translation>De printer kon niet worden gebruikt; schrijf de sleutel in plaats daarvan op.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPrint</name>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>BalintDesk recovery key</source>
            <translation>BalintDesk-herstelsleutel</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>For the private notes of {owner}, made on {day}.</source>
            <translation>Voor de privénotities van {owner}, gemaakt op {day}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>This key opens your private notes if you forget your passphrase. Keep this page somewhere safe and private, away from the computer: anyone who has it and your notes file can read your notes. BalintDesk cannot show the key again.</source>
            <translation>Deze sleutel opent uw privénotities als u uw wachtwoordzin vergeet. Bewaar deze pagina op een veilige, privéplek, niet bij de computer: wie haar en uw notitiebestand heeft, kan uw notities lezen. BalintDesk kan de sleutel niet opnieuw tonen.</translation>
        </message>
    </context>
</TS>
