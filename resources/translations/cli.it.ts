<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>argparse</name>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>positional arguments</source>
            <translation>argomenti posizionali</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>options</source>
            <translation>opzioni</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>show this help message and exit</source>
            <translation>mostrare questo aiuto ed uscire</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>show program's version number and exit</source>
            <translation>mostrare il numero di versione ed uscire</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: errore: %(message)s
</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>%(prog)s: warning: %(message)s
</source>
            <translation>%(prog)s: avviso: %(message)s
</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argomento %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>the following arguments are required: %s</source>
            <translation>i seguenti argomenti sono obbligatori: %s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>one of the arguments %s is required</source>
            <translation>è obbligatorio uno degli argomenti %s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>unrecognized arguments: %s</source>
            <translation>argomenti non riconosciuti: %s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>scelta non valida: %(value)r (scegliere tra %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valore %(type)s non valido: %(value)r</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opzione ambigua: %(option)s può corrispondere a %(matches)s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>expected one argument</source>
            <translation>atteso un argomento</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>expected at most one argument</source>
            <translation>atteso al massimo un argomento</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>expected at least one argument</source>
            <translation>atteso almeno un argomento</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>expected %s argument</source>
            <translation>atteso %s argomento</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>expected %s arguments</source>
            <translation>attesi %s argomenti</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>not allowed with argument %s</source>
            <translation>non consentito con l’argomento %s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>ignored explicit argument %r</source>
            <translation>argomento esplicito %r ignorato</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>comando sconosciuto %(parser_name)r (scelte: %(choices)s)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>impossibile aprire «%(filename)s»: %(error)s</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>option '%(option)s' is deprecated</source>
            <translation>l’opzione «%(option)s» è deprecata</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>command '%(parser_name)s' is deprecated</source>
            <translation>il comando «%(parser_name)s» è deprecato</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/argparse_words.py" />
            <source>argument '%(argument_name)s' is deprecated</source>
            <translation>l’argomento «%(argument_name)s» è deprecato</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>The disk holding {folder} is full, so nothing was changed; free some space and try again.</source>
            <translation>Il disco che contiene {folder} è pieno, quindi non è stato modificato nulla; liberare spazio e riprovare.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>BalintDesk may not write to {folder} (the folder or its disk is read-only), so nothing was changed; make it writable, or copy the folder somewhere you may write and name the copy with --data-dir.</source>
            <translation>BalintDesk non può scrivere in {folder} (la cartella o il suo disco è di sola lettura), quindi non è stato modificato nulla; renderla scrivibile, oppure copiare la cartella in un luogo scrivibile e indicare la copia con --data-dir.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>Another BalintDesk kept the data in {folder} busy for too long, so nothing was changed; try again when it has finished.</source>
            <translation>Un altro BalintDesk ha tenuto occupati troppo a lungo i dati in {folder}, quindi non è stato modificato nulla; riprovare quando avrà terminato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>The disk holding {folder} failed to read or write the database, so the command stopped; check the disk, then run “balintdesk check”.</source>
            <translation>Il disco che contiene {folder} non è riuscito a leggere o scrivere il database, quindi il comando si è interrotto; controllare il disco, poi eseguire «balintdesk check».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is BalintDesk's database: writing there could destroy your data, so nothing was written. Choose another name or folder, such as your Documents folder.</source>
            <translation>{path} è il database di BalintDesk: scriverci potrebbe distruggere i dati, quindi non è stato scritto nulla. Scegliere un altro nome o un’altra cartella, ad esempio la cartella Documenti.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is in BalintDesk's backups folder: writing there could destroy your data, so nothing was written. Choose another name or folder, such as your Documents folder.</source>
            <translation>{path} si trova nella cartella dei backup di BalintDesk: scriverci potrebbe distruggere i dati, quindi non è stato scritto nulla. Scegliere un altro nome o un’altra cartella, ad esempio la cartella Documenti.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is in BalintDesk's logs folder: writing there could destroy your data, so nothing was written. Choose another name or folder, such as your Documents folder.</source>
            <translation>{path} si trova nella cartella dei log di BalintDesk: scriverci potrebbe distruggere i dati, quindi non è stato scritto nulla. Scegliere un altro nome o un’altra cartella, ad esempio la cartella Documenti.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is one of BalintDesk's own files: writing there could destroy your data, so nothing was written. Choose another name or folder, such as your Documents folder.</source>
            <translation>{path} è uno dei file di BalintDesk: scriverci potrebbe distruggere i dati, quindi non è stato scritto nulla. Scegliere un altro nome o un’altra cartella, ad esempio la cartella Documenti.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is a folder; name the CSV file inside it.</source>
            <translation>{path} è una cartella; indicare il file CSV al suo interno.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is larger than 5 MB, too big to import; check the file.</source>
            <translation>{path} supera 5 MB, troppo grande da importare; controllare il file.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>There is no file at {path}.</source>
            <translation>Non esiste alcun file in {path}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>BalintDesk is not allowed to read {path}; check its permissions.</source>
            <translation>BalintDesk non ha il permesso di leggere {path}; controllarne i permessi.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} cannot be read: {reason}.</source>
            <translation>{path} non può essere letto: {reason}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>the file's encoding when it is not UTF-8 (found from the file if left out): utf-8, windows-1252, mac-roman, utf-16, or another Python knows</source>
            <translation>la codifica del file se non è UTF-8 (se omessa, ricavata dal file): utf-8, windows-1252, mac-roman, utf-16 o un’altra nota a Python</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>--encoding “{name}” is not an encoding BalintDesk knows; try {known}.</source>
            <translation>--encoding «{name}» non è una codifica nota a BalintDesk; provare {known}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>Read {file} as {how}.</source>
            <translation>{file} letto come {how}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>“{name}”</source>
            <translation>«{name}»</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>There is no group called “{name}”; the groups are {groups}.</source>
            <translation>Non esiste un gruppo chiamato «{name}»; i gruppi sono {groups}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>There is no group called “{name}”; there are no groups yet.</source>
            <translation>Non esiste un gruppo chiamato «{name}»; non ci sono ancora gruppi.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} is a folder; name a file to write, such as roster.csv.</source>
            <translation>{path} è una cartella; indicare un file da scrivere, ad esempio roster.csv.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{hours} hour</source>
            <translation>{hours} ora</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{hours} hours</source>
            <translation>{hours} ore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>Nothing was imported; correct the lines above and try again.</source>
            <translation>Non è stato importato nulla; correggere le righe sopra e riprovare.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>The folder {folder} does not exist.</source>
            <translation>La cartella {folder} non esiste.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/common.py" />
            <source>{path} cannot be written: {reason}.</source>
            <translation>{path} non può essere scritto: {reason}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>copy the database</source>
            <translation>copiare il database</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>a file to create or an existing folder (default: the data folder's backups)</source>
            <translation>un file da creare o una cartella esistente (predefinito: i backup della cartella dati)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>check the database for problems</source>
            <translation>controllare il database</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>balintdesk backup copies this computer's own file; the group database is on the practice's server, whose backups IT makes there (pg_dump).</source>
            <translation>balintdesk backup copia il file proprio di questo computer; il database dei gruppi è sul server dello studio, di cui il reparto IT fa lì le copie di sicurezza (pg_dump).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>{path} already exists; name a new file or a folder.</source>
            <translation>{path} esiste già; indicare un nuovo file o una cartella.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>BalintDesk may not write to {folder} (the folder or its disk is read-only), so no backup was made; name a folder you may write to: balintdesk backup DEST.</source>
            <translation>BalintDesk non può scrivere in {folder} (la cartella o il suo disco è di sola lettura), quindi non è stato fatto alcun backup; indicare una cartella scrivibile: balintdesk backup DEST.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>The disk holding {folder} is full, so no backup was made; free some space, or name a folder on another disk: balintdesk backup DEST.</source>
            <translation>Il disco che contiene {folder} è pieno, quindi non è stato fatto alcun backup; liberare spazio o indicare una cartella su un altro disco: balintdesk backup DEST.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>On the practice's server only the data is checked: the file checks are for this computer's own file.</source>
            <translation>Sul server dello studio si controllano solo i dati: i controlli del file riguardano il file proprio di questo computer.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/database.py" />
            <source>%n problem(s) found.</source>
            <translation>
                <numerusform>%n problema trovato.</numerusform>
                <numerusform>%n problemi trovati.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/database.py" />
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n gruppo</numerusform>
                <numerusform>%n gruppi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/database.py" />
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n membro</numerusform>
                <numerusform>%n membri</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>OK: {groups}, {members}, schema version {version}; no problems found.</source>
            <translation>OK: {groups}, {members}, versione dello schema {version}; nessun problema trovato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>{damage}, and there is no sound backup in {folder} to go back to.</source>
            <translation>{damage}, e in {folder} non c’è alcun backup integro a cui tornare.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/database.py" />
            <source>{damage} and was left as it was: open BalintDesk's window to restore the newest sound backup (from {day:short}, {time}), which keeps the damaged file aside.</source>
            <translation>{damage} ed è stato lasciato com’era: aprire la finestra di BalintDesk per ripristinare il backup integro più recente (del {day:short}, {time}), che mette da parte il file danneggiato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>write a certificate or CPD record, leader log, printable rota, calendar, or attendance or timing CSV</source>
            <translation>scrivere un attestato o un attestato ECM, un registro del conduttore, i turni da stampare, un calendario, o le presenze o i tempi in CSV</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>a member's certificate of attendance: German, UK CPD or Dutch (PDF)</source>
            <translation>attestato di partecipazione di un membro: tedesco, registro CPD britannico o olandese (PDF)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>--kind de: the German Teilnahmebescheinigung (in German), with the rule it counts toward; --kind uk: the UK CPD record, as export cpd writes it; --kind nl: the Dutch certificate with accreditation points (in Dutch).</source>
            <translation>--kind de: l’attestato tedesco (Teilnahmebescheinigung, in tedesco), con la regola per cui vale; --kind uk: il registro CPD britannico, come lo scrive export cpd; --kind nl: l’attestato olandese con i punti di accreditamento (in olandese).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>the rule it counts toward (default: the member's own)</source>
            <translation>la regola per cui vale (predefinita: quella del membro)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>a member's CPD attendance record for appraisal (PDF)</source>
            <translation>l’attestato ECM di un partecipante (PDF)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>The meetings the member attended in the period, with their length and the member's part, total hours and a line for the leader's signature.</source>
            <translation>Gli incontri a cui il partecipante ha preso parte nel periodo, con durata e ruolo del partecipante, il totale delle ore e una riga per la firma del conduttore.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>the printable rota for a noticeboard (PDF, A4)</source>
            <translation>i turni da affiggere in bacheca (PDF, A4)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>how many meetings (12)</source>
            <translation>quanti incontri (12)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>the group's upcoming meetings as a calendar file (.ics)</source>
            <translation>i prossimi incontri del gruppo come file di calendario (.ics)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>Importing the file again updates the same events rather than adding copies; cancelled meetings are marked cancelled.</source>
            <translation>Importare di nuovo il file aggiorna gli stessi eventi invece di aggiungerne copie; gli incontri annullati sono segnati come annullati.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>attendance in a period as CSV, one row per member per meeting</source>
            <translation>le presenze in un periodo in CSV, una riga per membro per incontro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>how the time went in the timed meetings, as CSV, one row per phase</source>
            <translation>come è andato il tempo negli incontri cronometrati, in CSV, una riga per fase</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>Each phase's planned and actual minutes, the difference, and how long the timer stood still, for every meeting of the period whose timer ran.</source>
            <translation>Per ogni incontro del periodo in cui il timer ha funzionato: minuti previsti ed effettivi per fase, la differenza e per quanto il timer è rimasto fermo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>a leader's log for accreditation (PDF or CSV, by the file's ending)</source>
            <translation>il registro del conduttore per l’accreditamento (PDF o CSV, secondo l’estensione del file)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>Sessions attended as a member, led and co-led, and the entries the leader added by hand (supervision, training, society events).</source>
            <translation>Incontri frequentati come partecipante, condotti e co-condotti, e le voci aggiunte a mano dal conduttore (supervisione, formazione, eventi della società).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>needed only when two groups have a member of that name</source>
            <translation>necessario solo se due gruppi hanno un membro con quel nome</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/__init__.py" />
            <source>the file to write (default: stdout)</source>
            <translation>il file da scrivere (predefinito: stdout)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>--from {start} is after --to {end}.</source>
            <translation>--from {start} è successivo a --to {end}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>--next must be a whole number from 1 to {high}, not “{value}”.</source>
            <translation>--next deve essere un numero intero da 1 a {high}, non «{value}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>There is no member called “{name}”.</source>
            <translation>Non esiste un membro chiamato «{name}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>There is no member called “{name}” in {group}.</source>
            <translation>In {group} non esiste un membro chiamato «{name}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>More than one group has a member called “{name}”; add --group NAME.</source>
            <translation>Più di un gruppo ha un membro chiamato «{name}»; aggiungere --group NAME.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>--out must name a {endings} file, not “{name}”.</source>
            <translation>--out deve indicare un file {endings}, non «{name}».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>{one} or {other}</source>
            <translation>{one} o {other}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/arguments.py" />
            <source>{path} is a folder; name a file to write.</source>
            <translation>{path} è una cartella; indicare un file da scrivere.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/certificate.py" />
            <source>--rule {rule}: {problem}</source>
            <translation>--rule {rule}: {problem}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/certificate.py" />
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n incontro</numerusform>
                <numerusform>%n incontri</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/certificate.py" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n pagina</numerusform>
                <numerusform>%n pagine</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/certificate.py" />
            <source>Wrote the German certificate of {name} ({parts}) to {path}.</source>
            <translation>Attestato tedesco di {name} ({parts}) scritto in {path}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/certificate.py" />
            <source>Wrote the Dutch certificate of {name} ({parts}) to {path}.</source>
            <translation>Attestato olandese di {name} ({parts}) scritto in {path}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/leader_log.py" />
            <source>{name} is not a leader, so has no leader log; mark them as a leader on the Roster page, or ask for their CPD record (export cpd).</source>
            <translation>{name} non è conduttore, quindi non ha un registro del conduttore; segnarlo come conduttore nella pagina Elenco dei membri, oppure richiederne l’attestato ECM (export cpd).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/leader_log.py" />
            <source>%n entry/entries</source>
            <translation>
                <numerusform>%n voce</numerusform>
                <numerusform>%n voci</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/leader_log.py" />
            <source>Wrote the leader log of {name} ({parts}) to {path}.</source>
            <translation>Registro del conduttore di {name} ({parts}) scritto in {path}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/records.py" />
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n incontro</numerusform>
                <numerusform>%n incontri</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/records.py" />
            <source>Wrote the CPD record of {name} ({parts}) to {path}.</source>
            <translation>Attestato ECM di {name} ({parts}) scritto in {path}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/records.py" />
            <source>Wrote %n row(s) ({meetings} of {group}, {start} to {end}) to {path}.</source>
            <translation>
                <numerusform>%n riga ({meetings} di {group}, dal {start} al {end}) scritta in {path}.</numerusform>
                <numerusform>%n righe ({meetings} di {group}, dal {start} al {end}) scritte in {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/rota.py" />
            <source>{first:short} to {last:short}</source>
            <translation>dal {first:short} al {last:short}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/rota.py" />
            <source>Wrote the rota of {group} ({meetings}; {pages}) to {path}.</source>
            <translation>Turni di {group} ({meetings}; {pages}) scritti in {path}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/rota.py" />
            <source>Wrote {meetings} of {group} ({cancelled} cancelled) to {path}.</source>
            <translation>{meetings} di {group} ({cancelled} annullati) scritti in {path}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/rota.py" />
            <source>Wrote {meetings} of {group} to {path}.</source>
            <translation>{meetings} di {group} scritti in {path}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/exports/timing.py" />
            <source>No meeting of {group} from {start} to {end} was timed: the timer's phase log is what this export reads. Nothing was written.</source>
            <translation>Nessun incontro di {group} dal {start} al {end} è stato cronometrato; questa esportazione legge il registro delle fasi del timer. Non è stato scritto nulla.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/exports/timing.py" />
            <source>%n timed meeting(s)</source>
            <translation>
                <numerusform>%n incontro cronometrato</numerusform>
                <numerusform>%n incontri cronometrati</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>BalintDesk: roster, rota, phase timer and private notes for a Balint group. Run without a command to open the window.</source>
            <translation>BalintDesk: elenco dei membri, turni, timer delle fasi e note private per un gruppo Balint. Senza comando si apre la finestra.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>the data folder (default: {variable}, else the user's data folder); created if missing</source>
            <translation>la cartella dei dati (predefinita: {variable}, altrimenti la cartella dati dell’utente); creata se manca</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>the language for the window and the command line: en, de, fr, nl or it (default: $BALINTDESK_LANGUAGE, else the one chosen in Settings, else the computer's)</source>
            <translation>la lingua della finestra e della riga di comando: en, de, fr, nl o it (predefinita: $BALINTDESK_LANGUAGE, altrimenti quella scelta nelle Impostazioni, altrimenti quella del computer)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>check this installation in a temporary folder and exit (--out FILE: also write the report there)</source>
            <translation>verificare questa installazione in una cartella temporanea ed uscire (--out FILE: scrivere anche il rapporto lì)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>No command was given; run “balintdesk --help” to see them.</source>
            <translation>Non è stato indicato alcun comando; eseguire «balintdesk --help» per vederli.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>The data folder cannot be used: {reason}.</source>
            <translation>La cartella dei dati non può essere usata: {reason}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/main.py" />
            <source>The database {path} cannot be opened: {reason}.</source>
            <translation>Il database {path} non può essere aperto: {reason}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>set when and how a group meets</source>
            <translation>impostare quando e come si riunisce un gruppo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>set a group's meeting pattern, creating the group if needed</source>
            <translation>impostare il calendario degli incontri di un gruppo, creando il gruppo se serve</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>A new group needs --every, --weekday, --time and --length; for an existing group, what is left out stays as it is.</source>
            <translation>Un nuovo gruppo richiede --every, --weekday, --time e --length; per un gruppo esistente, ciò che è omesso resta com’è.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>start time, on the local clock</source>
            <translation>ora di inizio, secondo l’orologio locale</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>first meeting</source>
            <translation>primo incontro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>cases presented at a meeting</source>
            <translation>casi presentati per incontro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>monthly: which week, 1-4 or last</source>
            <translation>mensile: quale settimana, 1-4 o last</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>how the group usually meets; planned meetings follow</source>
            <translation>come si riunisce di solito il gruppo; gli incontri in programma si adeguano</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>the CME event number (German VNR, 19 digits); "" clears it</source>
            <translation>il numero dell’evento ECM (VNR tedesco, 19 cifre); "" lo cancella</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>who is due to present next</source>
            <translation>chi presenta prossimamente</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>import past attendance</source>
            <translation>importare le presenze passate</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>record past meetings and planned apologies from a CSV file</source>
            <translation>registrare incontri passati e assenze annunciate da un file CSV</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Columns: date (2024-09-03, or day first: 03.09.2024, 03/09/2024), name, status (present, apologies or absent), presented (yes or no), mode (in-person or online; optional), separated by commas, semicolons or tabs. Names must be members of the group (any case, spacing, invisible or look-alike characters). If any row is wrong, nothing is imported.</source>
            <translation>Colonne: date (2024-09-03, oppure prima il giorno: 03.09.2024, 03/09/2024), name, status (present, apologies o absent), presented (yes o no), mode (in-person o online; facoltativa), separate da virgole, punti e virgola o tabulazioni. I nomi devono essere membri del gruppo (indifferenti maiuscole, spazi, caratteri invisibili o simili). Se una riga è errata, non viene importato nulla.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>--every “{value}” should be weekly, fortnightly or monthly.</source>
            <translation>--every «{value}» deve essere weekly, fortnightly o monthly.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>--weekday “{value}” should be a day of the week: mon, tue, … sun.</source>
            <translation>--weekday «{value}» deve essere un giorno della settimana: mon, tue, … sun.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>--time “{value}” should be a time of day such as 12:30.</source>
            <translation>--time «{value}» deve essere un orario, ad esempio 12:30.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{option} “{value}” should be a whole number from {low} to {high}.</source>
            <translation>{option} «{value}» deve essere un numero intero da {low} a {high}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{group}: {pattern}; one case a meeting.</source>
            <translation>{group}: {pattern}; un caso per incontro.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{group}: {pattern}; two cases a meeting.</source>
            <translation>{group}: {pattern}; due casi per incontro.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Next meeting: {day:short}.</source>
            <translation>Prossimo incontro: {day:short}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Event number (VNR): {number}.</source>
            <translation>Numero dell’evento (VNR): {number}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Meets online.</source>
            <translation>Si riunisce online.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Meets hybrid: some in the room, some online.</source>
            <translation>Si riunisce in forma ibrida: alcuni in sala, altri online.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Meets in person.</source>
            <translation>Si riunisce in presenza.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>A new group needs --every, --weekday, --time and --length; missing: {missing}.</source>
            <translation>Un nuovo gruppo richiede --every, --weekday, --time e --length; manca: {missing}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>--week is only for a group that meets monthly (--every monthly).</source>
            <translation>--week vale solo per un gruppo che si riunisce ogni mese (--every monthly).</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{name} ({reason})</source>
            <translation>{name} ({reason})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{day:short}  Presenters: {who}  Reserve: {reserve}</source>
            <translation>{day:short}  Presentano: {who}  Riserva: {reserve}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{day:short}  Presenter: {who}  Reserve: {reserve}</source>
            <translation>{day:short}  Presenta: {who}  Riserva: {reserve}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>nobody eligible</source>
            <translation>nessuno idoneo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>none</source>
            <translation>nessuna</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>  Note: {note}</source>
            <translation>  Nota: {note}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>--format “{value}” should be text or csv.</source>
            <translation>--format «{value}» deve essere text o csv.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>{group} has no meetings planned.</source>
            <translation>Per {group} non sono previsti incontri.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/meetings.py" />
            <source>Recorded %n meeting(s) of {group} ({new} added); attendance: {added} added, {updated} updated, {unchanged} unchanged.</source>
            <translation>
                <numerusform>%n incontro di {group} registrato ({new} aggiunti); presenze: {added} aggiunte, {updated} aggiornate, {unchanged} invariate.</numerusform>
                <numerusform>%n incontri di {group} registrati ({new} aggiunti); presenze: {added} aggiunte, {updated} aggiornate, {unchanged} invariate.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>a member's professional numbers and recognition</source>
            <translation>numeri professionali e riconoscimento di un membro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>record a member's professional numbers or recognition</source>
            <translation>registrare i numeri professionali o il riconoscimento di un membro</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Every number is optional; "" removes one. A number with a check digit (EFN, RPPS) is checked, and if any is wrong nothing is changed. Numbers are printed only on the member's own certificate.</source>
            <translation>Ogni numero è facoltativo; "" ne rimuove uno. Un numero con cifra di controllo (EFN, RPPS) viene verificato; se uno è errato, non viene modificato nulla. I numeri sono stampati solo sull'attestato del membro stesso.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>German uniform CME number, 15 digits</source>
            <translation>numero tedesco di formazione continua (EFN), 15 cifre</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>UK GMC reference number, 7 digits</source>
            <translation>numero di riferimento GMC britannico, 7 cifre</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Dutch BIG registration number, 11 digits</source>
            <translation>numero di registrazione BIG olandese, 11 cifre</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>French RPPS number, 11 digits</source>
            <translation>numero RPPS francese, 11 cifre</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>a leader's recognition as a Balint leader, e.g. “Ärztekammer Nordrhein”</source>
            <translation>il riconoscimento come conduttore Balint, ad es. «Ärztekammer Nordrhein»</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>print one member's own details, numbers included</source>
            <translation>mostrare i dati di un membro, numeri compresi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Nothing to set: give --efn, --gmc, --big, --rpps or --recognition.</source>
            <translation>Niente da salvare: indicare --efn, --gmc, --big, --rpps o --recognition.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>{name} is not a leader of {group}: only a leader's recognition is kept.</source>
            <translation>{name} non è conduttore di {group}: si conserva solo il riconoscimento di un conduttore.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Nothing was changed; correct the lines above and try again.</source>
            <translation>Non è stato modificato nulla; correggere le righe sopra e riprovare.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Saved for {name}.</source>
            <translation>Salvato per {name}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>{name}, {group}</source>
            <translation>{name}, {group}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Role: {role}</source>
            <translation>Ruolo: {role}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Leads the group.</source>
            <translation>Conduce il gruppo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Email: {email}</source>
            <translation>E-mail: {email}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Joined: {day}</source>
            <translation>Nel gruppo dal: {day}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Archived: no longer on the roster.</source>
            <translation>Archiviato: non più nell'elenco dei membri.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>{label}: {number}</source>
            <translation>{label}: {number}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>No professional numbers recorded.</source>
            <translation>Nessun numero professionale registrato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/members.py" />
            <source>Recognised as a Balint leader by: {body}</source>
            <translation>Riconosciuto come conduttore Balint da: {body}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>every group and member of the programme against its attendance rule</source>
            <translation>tutti i gruppi e partecipanti del programma rispetto alla sua regola di presenza</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>For a programme administrator: every group with its leaders and next meeting, then every member with the sessions and hours they attended in the period and whether they meet the programme's attendance rule, or what is still missing.</source>
            <translation>Per l'amministrazione del programma: ogni gruppo con i conduttori e il prossimo incontro, poi ogni partecipante con gli incontri e le ore frequentati nel periodo e se soddisfa la regola di presenza del programma, o cosa manca ancora.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>the period's first day (default: a year before --until)</source>
            <translation>primo giorno del periodo (predefinito: un anno prima di --until)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>the period's last day (default: today)</source>
            <translation>ultimo giorno del periodo (predefinito: oggi)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>the rule's id (default: the one most members work toward, else one of the groups' country); see “rules list”</source>
            <translation>l'identificativo della regola (predefinito: quella a cui mira la maggior parte dei partecipanti, altrimenti una del paese dei gruppi); vedere «rules list»</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>write the members as CSV to this file instead of printing</source>
            <translation>scrivere i partecipanti in CSV in questo file invece di stamparli</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>--from {start} is after --until {end}.</source>
            <translation>--from {start} è successivo a --until {end}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>no leader</source>
            <translation>nessun conduttore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>{group} ({country}): {leaders}; {members}; no meeting planned</source>
            <translation>{group} ({country}): {leaders}; {members}; nessun incontro previsto</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>{group} ({country}): {leaders}; {members}; next {day:short}, {time}</source>
            <translation>{group} ({country}): {leaders}; {members}; prossimo {day:short}, {time}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>no rule</source>
            <translation>nessuna regola</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>met</source>
            <translation>soddisfatta</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>not yet</source>
            <translation>non ancora</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>not yet: {missing}</source>
            <translation>non ancora: {missing}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>{group} · {name} ({role}, archived): {sessions}, {hours:1} h · {verdict}</source>
            <translation>{group} · {name} ({role}, archiviato): {sessions}, {hours:1} h · {verdict}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>{group} · {name} ({role}): {sessions}, {hours:1} h · {verdict}</source>
            <translation>{group} · {name} ({role}): {sessions}, {hours:1} h · {verdict}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/programme.py" />
            <source>Wrote %n member(s) ({start} to {end}) to {path}.</source>
            <translation>
                <numerusform>%n partecipante ({start} – {end}) scritto in {path}.</numerusform>
                <numerusform>%n partecipanti ({start} – {end}) scritti in {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>Programme, {start} to {end}; no rule: choose one with --rule: {rules}.</source>
            <translation>Programma, dal {start} al {end}; nessuna regola: sceglierne una con --rule: {rules}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/programme.py" />
            <source>Programme, {start} to {end}, against {rule}</source>
            <translation>Programma, dal {start} al {end}, rispetto a {rule}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/programme.py" />
            <source>%n group(s):</source>
            <translation>
                <numerusform>%n gruppo:</numerusform>
                <numerusform>%n gruppi:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/programme.py" />
            <source>%n member(s):</source>
            <translation>
                <numerusform>%n partecipante:</numerusform>
                <numerusform>%n partecipanti:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/programme.py" />
            <source>{met} of %n member(s) meet the rule.</source>
            <translation>
                <numerusform>{met} partecipante su %n soddisfa la regola.</numerusform>
                <numerusform>{met} partecipanti su %n soddisfano la regola.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>check what a member has met of an attendance rule</source>
            <translation>verificare quanto un membro ha soddisfatto di una regola di presenza</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>Each condition of the rule on a line: what counts toward it, whether it is met and what is still missing. Exits 0 when every condition is met, 3 when some are not yet.</source>
            <translation>Ogni condizione della regola su una riga: che cosa conta, se è soddisfatta e che cosa manca ancora. Termina con 0 se tutte le condizioni sono soddisfatte, con 3 se alcune non lo sono ancora.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>the rule's id (default: the one the member works toward); see “rules list”</source>
            <translation>l'identificativo della regola (predefinita: quella a cui il membro mira); vedere «rules list»</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>count only what happened up to this day (default: today)</source>
            <translation>contare solo ciò che è avvenuto fino a questo giorno (predefinito: oggi)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>list the attendance rules, or set one</source>
            <translation>elencare le regole di presenza, o impostarne una</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>the rules there are, and any rule file that cannot be read</source>
            <translation>le regole presenti, e ogni file di regola che non si può leggere</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>keep a figure the rule leaves to the region or programme</source>
            <translation>fissare un valore che la regola lascia alla regione o al programma</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>there are no rules yet</source>
            <translation>non ci sono ancora regole</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{id} ({title})</source>
            <translation>{id} ({title})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>The rule file {path} cannot be read: {reason}</source>
            <translation>Il file di regola {path} non può essere letto: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>There is no rule “{rule}”; the rules are: {rules}.</source>
            <translation>Non esiste la regola «{rule}»; le regole sono: {rules}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>[met] {line}</source>
            <translation>[soddisfatto] {line}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>[not yet] {line}</source>
            <translation>[non ancora] {line}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>[not yet] {line} — {missing}</source>
            <translation>[non ancora] {line} — {missing}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>All %n condition(s) met.</source>
            <translation>
                <numerusform>La condizione è soddisfatta.</numerusform>
                <numerusform>Tutte le %n condizioni soddisfatte.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{met} of %n condition(s) met.</source>
            <translation>
                <numerusform>Condizioni soddisfatte: {met} su %n.</numerusform>
                <numerusform>Condizioni soddisfatte: {met} su %n.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{name} works toward no rule yet; name one with --rule: {rules}.</source>
            <translation>{name} non mira ancora a nessuna regola; indicarne una con --rule: {rules}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{name} — {rule}, up to {day}</source>
            <translation>{name} — {rule}, fino al {day}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>shipped with BalintDesk</source>
            <translation>fornita con BalintDesk</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>from {path}</source>
            <translation>da {path}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>There are no rules yet.</source>
            <translation>Non ci sono ancora regole.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{id}: {title} ({where})</source>
            <translation>{id}: {title} ({where})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{key} = {value} ({label}; from {low} to {high})</source>
            <translation>{key} = {value} ({label}; da {low} a {high})</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/requirements.py" />
            <source>{rule}: {key} is now {value}.</source>
            <translation>{rule}: {key} ora vale {value}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>import or export members</source>
            <translation>importare o esportare i membri</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>add or update a group's members from a CSV file</source>
            <translation>aggiungere o aggiornare i membri di un gruppo da un file CSV</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>Columns: name (required), role, leader, email, joined, separated by commas, semicolons or tabs. A member already in the group (same name, any case, spacing, invisible or look-alike characters) is updated. If any row is wrong, nothing is imported.</source>
            <translation>Colonne: name (obbligatoria), role, leader, email, joined, separate da virgole, punti e virgola o tabulazioni. Un membro già presente nel gruppo (stesso nome; indifferenti maiuscole, spazi, caratteri invisibili o simili) viene aggiornato. Se una riga è errata, non viene importato nulla.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>the group; created if it does not exist</source>
            <translation>il gruppo; creato se non esiste</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>write a group's members as CSV</source>
            <translation>scrivere i membri di un gruppo in CSV</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>also export archived members</source>
            <translation>esportare anche i membri archiviati</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/roster.py" />
            <source>Added {added}, updated {updated}, unchanged {unchanged} members of {group}.</source>
            <translation>Membri di {group}: {added} aggiunti, {updated} aggiornati, {unchanged} invariati.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/roster.py" />
            <source>Wrote %n member(s) of {group} to {path}.</source>
            <translation>
                <numerusform>%n membro di {group} scritto in {path}.</numerusform>
                <numerusform>%n membri di {group} scritti in {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>the server's database: postgresql://LOGIN@SERVER/DATABASE?sslmode=verify-full&amp;sslrootcert=CA-FILE</source>
            <translation>il database sul server: postgresql://LOGIN@SERVER/DATABASE?sslmode=verify-full&amp;sslrootcert=FILE-CA</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>read the password from the first line of standard input (else PGPASSWORD or ~/.pgpass)</source>
            <translation>leggere la password dalla prima riga dell'input standard (altrimenti PGPASSWORD o ~/.pgpass)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>the group database on a server</source>
            <translation>il database dei gruppi su un server</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>set up the schema, the roles and row-level security</source>
            <translation>impostare schema, ruoli e sicurezza a livello di riga</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>give a login access</source>
            <translation>dare accesso a un login</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>a login IT has made on the server</source>
            <translation>un login creato dall'IT sul server</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>admin: every group; leader: the groups named with --group</source>
            <translation>admin: ogni gruppo; leader: i gruppi indicati con --group</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>a group the leader leads (repeat for more)</source>
            <translation>un gruppo che il conduttore conduce (ripetere per più gruppi)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>take a login's access away</source>
            <translation>togliere l'accesso a un login</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>only this group (repeat for more); without it, all access</source>
            <translation>solo questo gruppo (ripetere per più gruppi); senza, ogni accesso</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>who has what access</source>
            <translation>chi ha quale accesso</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>move this PC's groups, with their history, to the server</source>
            <translation>spostare i gruppi di questo PC, con la loro storia, sul server</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>from this PC's data folder, which stays as it is</source>
            <translation>dalla cartella dati di questo PC, che resta invariata</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>write one group of the server to a new local database file</source>
            <translation>scrivere un gruppo del server in un nuovo file di database locale</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>the group's name</source>
            <translation>il nome del gruppo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>a new file to write</source>
            <translation>un nuovo file da scrivere</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>That is not a PostgreSQL URL; write it as postgresql://LOGIN@SERVER/DATABASE.</source>
            <translation>Non è un URL PostgreSQL; scriverlo come postgresql://LOGIN@SERVER/DATABASE.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The database is ready: schema version {version}, the roles balintdesk_administrator and balintdesk_leader, and row-level security on every table. Give people access with “balintdesk db grant”.</source>
            <translation>Il database è pronto: versione dello schema {version}, i ruoli balintdesk_administrator e balintdesk_leader e la sicurezza a livello di riga su ogni tabella. Dare accesso con «balintdesk db grant».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>A leader needs at least one group: add --group NAME.</source>
            <translation>Un conduttore ha bisogno di almeno un gruppo: aggiungere --group NOME.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>An administrator sees every group; leave out --group.</source>
            <translation>Un amministratore vede ogni gruppo; omettere --group.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>{login} is now a programme administrator: every group.</source>
            <translation>{login} è ora amministratore del programma: tutti i gruppi.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>{login} now leads {groups}.</source>
            <translation>{login} ora conduce {groups}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>{login} no longer has access to {groups}.</source>
            <translation>{login} non ha più accesso a {groups}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>{login} no longer has any access.</source>
            <translation>{login} non ha più alcun accesso.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>Nobody has been given access yet.</source>
            <translation>Nessuno ha ancora ricevuto un accesso.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>administrator</source>
            <translation>amministratore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>leader</source>
            <translation>conduttore</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>every group</source>
            <translation>tutti i gruppi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>Role</source>
            <translation>Ruolo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>Groups</source>
            <translation>Gruppi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>There is no BalintDesk database in {folder}; nothing was moved.</source>
            <translation>In {folder} non c'è alcun database BalintDesk; non è stato spostato nulla.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>Row {row} of the table {table} on this PC names a {column} that is not there, so nothing was moved; run “balintdesk check”, then try again.</source>
            <translation>La riga {row} della tabella {table} su questo PC rimanda a un {column} che non esiste, quindi non è stato spostato nulla; eseguire «balintdesk check», poi riprovare.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>Only a programme administrator may move groups to the server; connect as one.</source>
            <translation>Solo un amministratore del programma può spostare gruppi sul server; connettersi come tale.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The server already has a group called {names}, so nothing was moved; rename the group on this PC or on the server first.</source>
            <translation>Il server ha già un gruppo chiamato {names}, quindi non è stato spostato nulla; rinominare prima il gruppo su questo PC o sul server.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The database on this PC is at schema version {version}; open it once with this BalintDesk (it updates the file), then move it.</source>
            <translation>Il database su questo PC è alla versione dello schema {version}; aprirlo una volta con questo BalintDesk (che aggiorna il file), poi spostarlo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The server's database is at schema version {version}; run “balintdesk db init” with this BalintDesk first.</source>
            <translation>Il database sul server è alla versione dello schema {version}; eseguire prima «balintdesk db init» con questo BalintDesk.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>This PC has no groups, so nothing was moved.</source>
            <translation>Questo PC non ha gruppi, quindi non è stato spostato nulla.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/cli/server.py" />
            <source>%n group(s) moved to the server with all their history: {names}.</source>
            <translation>
                <numerusform>%n gruppo spostato sul server con tutta la sua storia: {names}.</numerusform>
                <numerusform>%n gruppi spostati sul server con tutta la loro storia: {names}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The server already used some of their numbers, so they were numbered anew; export their calendar files again.</source>
            <translation>Il server usava già alcuni dei loro numeri, quindi sono stati rinumerati; esportare di nuovo i loro file di calendario.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The database on this PC, {path}, is kept unchanged as a backup. The window still uses it until you choose the shared database in Settings → Shared database.</source>
            <translation>Il database su questo PC, {path}, resta invariato come copia di sicurezza. La finestra continua a usarlo finché non si sceglie il database condiviso in Impostazioni → Database condiviso.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>{path} already exists; name a new file.</source>
            <translation>{path} esiste già; indicare un nuovo file.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>{group} was written to {path}.</source>
            <translation>{group} è stato scritto in {path}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>BalintDesk is not set up on this database yet; run “balintdesk db init” first.</source>
            <translation>BalintDesk non è ancora configurato in questo database; eseguire prima «balintdesk db init».</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>There is no login {login} on the server. IT makes logins with the server's own tools (docs/server.md says how); then run this again.</source>
            <translation>Sul server non esiste il login {login}. L'IT crea i login con gli strumenti del server (vedere docs/server.md); poi eseguire di nuovo il comando.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>No group on the server is called {names}.</source>
            <translation>Nessun gruppo sul server si chiama {names}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server.py" />
            <source>The server refused: {reason}</source>
            <translation>Il server ha rifiutato: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server_connect.py" />
            <source>the group database on the practice's PostgreSQL server, as a postgresql:// URL (default: $BALINTDESK_DATABASE, else the server chosen in Settings, else this computer's own file)</source>
            <translation>il database dei gruppi sul server PostgreSQL dello studio, come URL postgresql:// (predefinito: $BALINTDESK_DATABASE, altrimenti il server scelto nelle Impostazioni, altrimenti il file proprio di questo computer)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server_connect.py" />
            <source>--database takes a postgresql:// URL, such as {example}.</source>
            <translation>--database richiede un URL postgresql://, ad esempio {example}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/cli/server_connect.py" />
            <source>The connection to the server was lost during the command: try again when the server can be reached.</source>
            <translation>La connessione al server si è interrotta durante il comando: riprovare quando il server sarà raggiungibile.</translation>
        </message>
    </context>
</TS>
