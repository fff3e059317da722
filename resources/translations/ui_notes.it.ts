<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>CreateVaultDialog</name>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Start my private notes</source>
            <translation>Inizia le mie note private</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Your name, or any label</source>
            <translation>Il proprio nome o un'etichetta</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Remember on this computer (unlock without typing)</source>
            <translation>Ricorda su questo computer (sblocca senza digitare)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Off on the shared meeting-room PC: everyone who uses this computer's account could open your notes without the passphrase.</source>
            <translation>Disattivato sul PC condiviso della sala: chiunque usi questo account potrebbe aprire le note senza la passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Your notes open when you unlock your computer account; the passphrase still works anywhere.</source>
            <translation>Le note si aprono quando si sblocca l'account del computer; la passphrase funziona comunque ovunque.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Whose notes</source>
            <translation>Note di</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Type it again</source>
            <translation>Digitarla di nuovo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>At least 12 characters, or four or more words. A short sentence you will remember works well.</source>
            <translation>Almeno 12 caratteri, oppure quattro o più parole. Una breve frase facile da ricordare va benissimo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Create</source>
            <translation>Crea</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Your reflections are encrypted on this computer and readable by you alone. Nobody else — not the practice, not BalintDesk — can open them without your passphrase or recovery key.</source>
            <translation>Le riflessioni sono cifrate su questo computer e leggibili solo dall'autore. Nessun altro — né lo studio, né BalintDesk — può aprirle senza la passphrase o la chiave di ripristino.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Choose your name from the list or type a label.</source>
            <translation>Scegliere il proprio nome dall'elenco o digitare un'etichetta.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>The two passphrases differ; please type it again.</source>
            <translation>Le due passphrase non coincidono; digitarla di nuovo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Creating…</source>
            <translation>Creazione…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Open my notes</source>
            <translation>Apri le mie note</translation>
        </message>
    </context>
    <context>
        <name>ManageVaultDialog</name>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Manage my notes</source>
            <translation>Gestisci le mie note</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Change passphrase</source>
            <translation>Cambia passphrase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Export encrypted copy…</source>
            <translation>Esporta copia cifrata…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Type “{name}” to delete</source>
            <translation>Digitare «{name}» per eliminare</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Delete all my notes</source>
            <translation>Elimina tutte le mie note</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Current passphrase</source>
            <translation>Passphrase attuale</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>New passphrase</source>
            <translation>Nuova passphrase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>This computer</source>
            <translation>Questo computer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Move to another computer</source>
            <translation>Su un altro computer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Delete</source>
            <translation>Elimina</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Forget this computer</source>
            <translation>Dimentica questo computer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Remember on this computer</source>
            <translation>Ricorda su questo computer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Passphrase changed. Your notes were not touched.</source>
            <translation>Passphrase cambiata. Le note non sono state modificate.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>This computer no longer opens your notes by itself.</source>
            <translation>Questo computer non apre più le note da solo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>This computer now opens your notes when you unlock it.</source>
            <translation>Ora questo computer apre le note quando viene sbloccato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Export an encrypted copy</source>
            <translation>Esporta una copia cifrata</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>BalintDesk vault (*.balintvault)</source>
            <translation>Archivio BalintDesk (*.balintvault)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>The copy could not be written: {reason}</source>
            <translation>Impossibile scrivere la copia: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/vault_dialogs.py" />
            <source>Saved {name}. It opens with your passphrase or recovery key.</source>
            <translation>{name} salvato. Si apre con la passphrase o la chiave di ripristino.</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>A title for you (kept encrypted)</source>
            <translation>Un titolo personale (resta cifrato)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Themes or your own words, separated by commas</source>
            <translation>Temi o parole proprie, separati da virgole</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>After the meeting of</source>
            <translation>Dopo l'incontro del</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Write freely; only you can read this.</source>
            <translation>Scrivere liberamente: solo l'autore può leggerlo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Title</source>
            <translation>Titolo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/editor.py" />
            <source>Tags</source>
            <translation>Etichette</translation>
        </message>
    </context>
    <context>
        <name>NotesExportDialog</name>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>You have no notes to export yet.</source>
            <translation>Non ci sono ancora note da esportare.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>%n damaged note(s) cannot be opened, so they are not listed.</source>
            <translation>
                <numerusform>%n nota danneggiata non può essere aperta, quindi non è elencata.</numerusform>
                <numerusform>%n note danneggiate non possono essere aperte, quindi non sono elencate.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>{chosen} of {total} chosen</source>
            <translation>{chosen} di {total} selezionate</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>Tick at least one note to export.</source>
            <translation>Spuntare almeno una nota da esportare.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>(untitled)</source>
            <translation>(senza titolo)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>‘{title}’: {kinds}</source>
            <translation>«{title}»: {kinds}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>Save the notes as a PDF</source>
            <translation>Salva le note come PDF</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>PDF document (*.pdf)</source>
            <translation>Documento PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>Saved “{name}” ({length}) in {folder}. Keep it private.</source>
            <translation>«{name}» ({length}) salvato in {folder}. Conservarlo in modo riservato.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n pagina</numerusform>
                <numerusform>%n pagine</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_dialog.py" />
            <source>Close</source>
            <translation>Chiudi</translation>
        </message>
    </context>
    <context>
        <name>NotesExportPanels</name>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Export notes to PDF</source>
            <translation>Esporta note in PDF</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Export notes for appraisal</source>
            <translation>Esporta note per la valutazione</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Tick the reflections to include. The PDF is not encrypted: keep it somewhere private, and delete it when your appraisal is done.</source>
            <translation>Spuntare le riflessioni da includere. Il PDF non è cifrato: conservarlo in un luogo riservato ed eliminarlo al termine della valutazione.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Notes to export</source>
            <translation>Note da esportare</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Select all</source>
            <translation>Seleziona tutto</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>None</source>
            <translation>Nessuna</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>The privacy guard noticed likely patient identifiers</source>
            <translation>Il controllo della riservatezza ha rilevato probabili dati identificativi di pazienti</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Notes with likely identifiers</source>
            <translation>Note con probabili dati identificativi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Choose other notes</source>
            <translation>Scegli altre note</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Go back and edit</source>
            <translation>Torna indietro e modifica</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Export anyway</source>
            <translation>Esporta comunque</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Select a note and edit it, or export the notes as they are.</source>
            <translation>Selezionare una nota e modificarla, oppure esportare le note così come sono.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/export_panels.py" />
            <source>Export PDF…</source>
            <translation>Esporta PDF…</translation>
        </message>
    </context>
    <context>
        <name>NotesPage</name>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Unlocking…</source>
            <translation>Sblocco in corso…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>The notes could not be opened: {reason}</source>
            <translation>Impossibile aprire le note: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>That name and passphrase do not open any notes on this computer.</source>
            <translation>Questo nome e questa passphrase non aprono alcuna nota su questo computer.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>You can try again in %n second(s).</source>
            <translation>
                <numerusform>Si potrà riprovare tra %n secondo.</numerusform>
                <numerusform>Si potrà riprovare tra %n secondi.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>{name} — unlocked</source>
            <translation>{name} — sbloccato</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Locked after a while without use.</source>
            <translation>Bloccato dopo un periodo di inattività.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>%n note(s) are damaged and cannot be opened.</source>
            <translation>
                <numerusform>%n nota è danneggiata e non può essere aperta.</numerusform>
                <numerusform>%n note sono danneggiate e non possono essere aperte.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Saved.</source>
            <translation>Salvato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Editing…</source>
            <translation>Modifica in corso…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Saved, encrypted.</source>
            <translation>Salvato e cifrato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Note deleted.</source>
            <translation>Nota eliminata.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Bring notes from another computer</source>
            <translation>Importa note da un altro computer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>BalintDesk vault (*.balintvault)</source>
            <translation>Archivio BalintDesk (*.balintvault)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Passphrase of the exported notes</source>
            <translation>Passphrase delle note esportate</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>The passphrase or recovery key those notes were kept with:</source>
            <translation>La passphrase o la chiave di ripristino di quelle note:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/page.py" />
            <source>Imported. Unlock it with its passphrase.</source>
            <translation>Importato. Sbloccarlo con la relativa passphrase.</translation>
        </message>
    </context>
    <context>
        <name>NotesPanels</name>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>(untitled)</source>
            <translation>(senza titolo)</translation>
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
            <translation>Le mie note private</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Start my private notes</source>
            <translation>Inizia le mie note private</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Bring notes from another computer…</source>
            <translation>Importa note da un altro computer…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Keep reflections after a meeting, encrypted on this computer and readable by you alone. They never leave this computer unless you export them.</source>
            <translation>Annotare le riflessioni dopo un incontro, cifrate su questo computer e leggibili solo dall'autore. Non lasciano mai questo computer, a meno di esportarle.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Your name, as when you started your notes</source>
            <translation>Il proprio nome, come all'inizio delle note</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>This is the shared meeting-room PC, so the names of those who keep notes here are not shown. Type yours and your passphrase.</source>
            <translation>Questo è il PC condiviso della sala, quindi i nomi di chi vi conserva note non sono mostrati. Digitare il proprio nome e la passphrase.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Use my recovery key instead</source>
            <translation>Usa invece la chiave di ripristino</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Unlock</source>
            <translation>Sblocca</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Start another person's notes</source>
            <translation>Inizia le note di un'altra persona</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Whose notes</source>
            <translation>Note di</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Passphrase or recovery key</source>
            <translation>Passphrase o chiave di ripristino</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Lock  (Ctrl+L)</source>
            <translation>Blocca  (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Manage…</source>
            <translation>Gestisci…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Export to PDF…</source>
            <translation>Esporta in PDF…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Chosen notes as a PDF for your appraisal</source>
            <translation>Le note scelte in PDF per la valutazione</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Search my notes</source>
            <translation>Cerca nelle mie note</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Template for a new note</source>
            <translation>Modello per una nuova nota</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>New note</source>
            <translation>Nuova nota</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>Delete note</source>
            <translation>Elimina nota</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/panels.py" />
            <source>My notes</source>
            <translation>Le mie note</translation>
        </message>
    </context>
    <context>
        <name>PrivacyPanel</name>
        <message>
            <location filename="../../balintdesk/ui/notes/privacy_guard.py" />
            <source>Privacy guard</source>
            <translation>Controllo della riservatezza</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/privacy_guard.py" />
            <source>Nothing that looks like a patient identifier.</source>
            <translation>Nulla che sembri identificare un paziente.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/privacy_guard.py" />
            <source>Underlined in your note — please check:</source>
            <translation>Sottolineato nella nota — da verificare:</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPanel</name>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Copy</source>
            <translation>Copia</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Print…</source>
            <translation>Stampa…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>I have written down or printed my recovery key</source>
            <translation>Ho annotato o stampato la mia chiave di ripristino</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>This recovery key opens your notes if you forget the passphrase. It is shown only now. Keep it somewhere safe and private, away from this computer.</source>
            <translation>Questa chiave di ripristino apre le note se si dimentica la passphrase. Viene mostrata solo ora. Conservarla in un luogo sicuro e riservato, lontano da questo computer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Copied. Paste it where you keep it safe; BalintDesk clears the clipboard in a minute.</source>
            <translation>Copiata. Incollarla dove la si custodisce al sicuro; BalintDesk svuota gli appunti tra un minuto.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Print the recovery key</source>
            <translation>Stampa la chiave di ripristino</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>Sent to the printer. Keep the page somewhere safe and private.</source>
            <translation>Inviata alla stampante. Conservare la pagina in un luogo sicuro e riservato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>The printer could not be used; write the key down instead.</source>
            <translation>Impossibile usare la stampante; annotare invece la chiave.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPrint</name>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>BalintDesk recovery key</source>
            <translation>Chiave di ripristino BalintDesk</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>For the private notes of {owner}, made on {day}.</source>
            <translation>Per le note private di {owner}, creata il {day}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/notes/recovery_key.py" />
            <source>This key opens your private notes if you forget your passphrase. Keep this page somewhere safe and private, away from the computer: anyone who has it and your notes file can read your notes. BalintDesk cannot show the key again.</source>
            <translation>Questa chiave apre le note private se si dimentica la passphrase. Conservare questa pagina in un luogo sicuro e riservato, lontano dal computer: chi la possiede insieme al file delle note può leggerle. BalintDesk non può mostrare di nuovo la chiave.</translation>
        </message>
    </context>
</TS>
