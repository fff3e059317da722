<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>LanguageBox</name>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>Language</source>
            <translation>Lingua</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>BalintDesk speaks</source>
            <translation>BalintDesk parla</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>For this data folder: the window, its files and the command line.</source>
            <translation>Per questa cartella di dati: la finestra, i file e la riga di comando.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>BalintDesk could not keep this choice: its data folder cannot be written.</source>
            <translation>BalintDesk non ha potuto salvare questa scelta: non è possibile scrivere nella sua cartella dei dati.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>BalintDesk will speak {language} from its next start.</source>
            <translation>Lingua scelta: {language}. Sarà usata dal prossimo avvio di BalintDesk.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/language.py" />
            <source>Restart now</source>
            <translation>Riavvia ora</translation>
        </message>
    </context>
    <context>
        <name>NewGroupDialog</name>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Add a group</source>
            <translation>Aggiungi un gruppo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Add group</source>
            <translation>Aggiungi gruppo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Each group has its own roster and its own meeting pattern.</source>
            <translation>Ogni gruppo ha il proprio elenco dei membri e il proprio calendario degli incontri.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>daily backup</source>
            <translation>backup giornaliero</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>made by hand</source>
            <translation>creato manualmente</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>safety copy made before a restore</source>
            <translation>copia di sicurezza fatta prima di un ripristino</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>made before an upgrade</source>
            <translation>creato prima di un aggiornamento</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>{moment} — {kind} — {size} KB</source>
            <translation>{moment} — {kind} — {size} KB</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Settings</source>
            <translation>Impostazioni</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>This group</source>
            <translation>Questo gruppo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>One case a meeting</source>
            <translation>Un caso per incontro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Two cases a meeting</source>
            <translation>Due casi per incontro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Leaders take turns to present too</source>
            <translation>Anche i conduttori presentano a turno</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Rota:</source>
            <translation>Turni:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Save group</source>
            <translation>Salva gruppo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Add another group…</source>
            <translation>Aggiungi un altro gruppo…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>This computer</source>
            <translation>Questo computer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>This is the shared meeting-room PC</source>
            <translation>Questo è il PC condiviso della sala riunioni</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>On a shared PC everyone uses the same account, so private notes are never unlocked automatically here.</source>
            <translation>Su un PC condiviso tutti usano lo stesso account, quindi qui le note private non vengono mai sbloccate automaticamente.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Lock private notes after</source>
            <translation>Blocca le note private dopo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Backups</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Your data is kept in {folder}</source>
            <translation>I dati sono conservati in {folder}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Back up now</source>
            <translation>Esegui backup ora</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Restore selected backup…</source>
            <translation>Ripristina il backup selezionato…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Open backups folder</source>
            <translation>Apri la cartella dei backup</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>BalintDesk makes a backup each day it is opened and keeps the last week's. Restoring keeps a safety copy of today's data first, so it can be undone.</source>
            <translation>BalintDesk esegue un backup ogni giorno in cui viene aperto e conserva quelli dell'ultima settimana. Il ripristino salva prima una copia di sicurezza dei dati di oggi, così da poter essere annullato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>The group database is on the practice's server now: IT backs it up there. The backups listed are of this computer's own file.</source>
            <translation>Il database dei gruppi è ora sul server dello studio: il reparto IT ne fa lì le copie. Le copie elencate sono del file proprio di questo computer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Not saved: please correct the fields marked above.</source>
            <translation>Non salvato: correggere i campi evidenziati sopra.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Saved. {pattern}</source>
            <translation>Salvato. {pattern}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>No backups yet.</source>
            <translation>Ancora nessun backup.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Backed up to {file}.</source>
            <translation>Backup salvato in {file}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Restore this backup?</source>
            <translation>Ripristinare questo backup?</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>BalintDesk will go back to the data in “{backup}”. Everything entered since then is kept in a safety copy, listed here, so you can change your mind.</source>
            <translation>BalintDesk tornerà ai dati di «{backup}». Tutto ciò che è stato inserito da allora resta in una copia di sicurezza, elencata qui, così da poter cambiare idea.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>Restored. A safety copy of the data from before the restore is listed above.</source>
            <translation>Ripristinato. Una copia di sicurezza dei dati precedenti al ripristino è elencata sopra.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>The private notes are not part of this backup, so they were kept as they are.</source>
            <translation>Le note private non fanno parte di questo backup e sono quindi rimaste invariate.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/settings/page.py" />
            <source>%n minute(s) without use</source>
            <translation>
                <numerusform>%n minuto di inattività</numerusform>
                <numerusform>%n minuti di inattività</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SharedDatabaseBox</name>
        <message>
            <location filename="../../balintdesk/ui/settings/shared_box.py" />
            <source>Shared database</source>
            <translation>Database condiviso</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/shared_box.py" />
            <source>Shared database…</source>
            <translation>Database condiviso…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/shared_box.py" />
            <source>Private notes always stay on this computer, whichever it is.</source>
            <translation>Le note private restano sempre su questo computer, in ogni caso.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/shared_box.py" />
            <source>The group database is this computer's own file.</source>
            <translation>Il database dei gruppi è il file proprio di questo computer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/shared_box.py" />
            <source>The group database is on the practice's server {server}, as {login}.</source>
            <translation>Il database dei gruppi è sul server dello studio {server}, come {login}.</translation>
        </message>
    </context>
    <context>
        <name>SharedDatabaseDialog</name>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Shared database</source>
            <translation>Database condiviso</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>This computer only</source>
            <translation>Solo questo computer</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>The practice's server</source>
            <translation>Il server dello studio</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Choose…</source>
            <translation>Scegli…</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Port:</source>
            <translation>Porta:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Server:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Database:</source>
            <translation>Database:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Login:</source>
            <translation>Nome utente:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>CA certificate:</source>
            <translation>Certificato CA:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>The programme's CA certificate file, from IT: BalintDesk checks with it that it really talks to your server. Not needed for a server on this computer.</source>
            <translation>Il file del certificato CA del programma, fornito dal reparto IT: con esso BalintDesk verifica di parlare davvero con il vostro server. Non serve per un server su questo computer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Test connection</source>
            <translation>Prova la connessione</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Save</source>
            <translation>Salva</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>The group database can stay on this computer, or be the practice's server, shared by several computers. Private notes always stay on this computer.</source>
            <translation>Il database dei gruppi può restare su questo computer o stare sul server dello studio, condiviso da più computer. Le note private restano sempre su questo computer.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>kept in the keyring</source>
            <translation>conservata nel portachiavi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>The programme's CA certificate</source>
            <translation>Il certificato CA del programma</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
            <translation>Certificati (*.crt *.pem *.cer);;Tutti i file (*)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Enter the server's name, as IT gave it.</source>
            <translation>Inserire il nome del server, come indicato dal reparto IT.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Enter your login on the server.</source>
            <translation>Inserire il proprio nome utente sul server.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Choose the programme's CA certificate file (ask IT for it).</source>
            <translation>Scegliere il file del certificato CA del programma (chiederlo al reparto IT).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>The CA certificate file chosen is not there any more.</source>
            <translation>Il file del certificato CA scelto non c’è più.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/settings/server_dialog.py" />
            <source>Connecting…</source>
            <translation>Connessione…</translation>
        </message>
    </context>
</TS>
