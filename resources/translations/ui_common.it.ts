<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>CheckInRow</name>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>Present</source>
            <translation>Presente</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>Apologies</source>
            <translation>Giustificato</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>Absent</source>
            <translation>Assente</translation>
        </message>
    </context>
    <context>
        <name>CsvImportDialog</name>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Add</source>
            <translation>Aggiunta</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Update</source>
            <translation>Aggiornamento</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>No change</source>
            <translation>Nessuna modifica</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>commas</source>
            <translation>virgole</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>semicolons</source>
            <translation>punti e virgola</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>tabs</source>
            <translation>tabulazioni</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Present</source>
            <translation>Presente</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Apologies</source>
            <translation>Giustificato</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Absent</source>
            <translation>Assente</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Imported the roster: {added} added, {updated} updated.</source>
            <translation>Elenco dei membri importato — aggiunti: {added}, aggiornati: {updated}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Imported past attendance: {meetings}, {entries}.</source>
            <translation>Presenze passate importate: {meetings}, {entries}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>%n meeting(s) recorded</source>
            <translation>
                <numerusform>%n incontro registrato</numerusform>
                <numerusform>%n incontri registrati</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>%n entry(-ies) added</source>
            <translation>
                <numerusform>%n voce aggiunta</numerusform>
                <numerusform>%n voci aggiunte</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import a roster</source>
            <translation>Importa un elenco dei membri</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Line</source>
            <translation>Riga</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>What happens</source>
            <translation>Cosa succede</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Changes</source>
            <translation>Modifiche</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Members already on the roster (a name that looks the same, whatever its capitals) are updated, never duplicated. Columns: name (required), role, leader, email, joined; dates day first (03.09.2024) or as 2024-09-03.</source>
            <translation>I membri già presenti nell'elenco (un nome che appare uguale, maiuscole a parte) vengono aggiornati, mai duplicati. Colonne: nome (obbligatorio), ruolo, conduttore, e-mail, ingresso; date con il giorno prima (03/09/2024) o nel formato 2024-09-03.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import %n member(s)</source>
            <translation>
                <numerusform>Importa %n membro</numerusform>
                <numerusform>Importa %n membri</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>In the room</source>
            <translation>In sala</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import past meetings</source>
            <translation>Importa incontri passati</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Date</source>
            <translation>Data</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Came</source>
            <translation>Presenza</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Presented</source>
            <translation>Ha presentato</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Where</source>
            <translation>Dove</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Columns: date (day first, 03.09.2024, or 2024-09-03), name, status (present, apologies or absent), presented (yes/no). Names must already be on the roster. Future dates may carry apologies only.</source>
            <translation>Colonne: data (giorno prima, 03/09/2024, o 2024-09-03), nome, stato (presente, giustificato o assente), ha presentato (sì/no). I nomi devono essere già nell'elenco dei membri. Le date future possono indicare solo assenze giustificate.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import %n entry(-ies)</source>
            <translation>
                <numerusform>Importa %n voce</numerusform>
                <numerusform>Importa %n voci</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>yes</source>
            <translation>sì</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import {file}</source>
            <translation>Importa {file}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>What the import will do, line by line</source>
            <translation>Cosa farà l'importazione, riga per riga</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Found from the file</source>
            <translation>Rilevata dal file</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Encoding:</source>
            <translation>Codifica:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Lines to correct</source>
            <translation>Righe da correggere</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import</source>
            <translation>Importa</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>The file could not be read: {reason}</source>
            <translation>Impossibile leggere il file: {reason}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>The file could not be read as text.</source>
            <translation>Impossibile leggere il file come testo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Read as {encoding}, columns separated by {separator}.</source>
            <translation>Letto come {encoding}, colonne separate da {separator}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Nothing has been imported. Please correct these lines in the spreadsheet, save it as CSV again and import it once more:</source>
            <translation>Non è stato importato nulla. Correggere queste righe nel foglio di calcolo, salvarlo di nuovo come CSV e importarlo ancora una volta:</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>{new} new, {changed} to update, {same} already up to date. Nothing changes until you click Import.</source>
            <translation>Nuovi: {new}, da aggiornare: {changed}, già aggiornati: {same}. Non cambia nulla finché non si fa clic su Importa.</translation>
        </message>
    </context>
    <context>
        <name>GroupForm</name>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>e.g. Riverside Practice Balint group</source>
            <translation>ad es. gruppo Balint Studio Lungofiume</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Weekly</source>
            <translation>Ogni settimana</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Fortnightly</source>
            <translation>Ogni due settimane</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Monthly</source>
            <translation>Ogni mese</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The first one in the month</source>
            <translation>Il primo del mese</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The second one in the month</source>
            <translation>Il secondo del mese</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The third one in the month</source>
            <translation>Il terzo del mese</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The fourth one in the month</source>
            <translation>Il quarto del mese</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The last one in the month</source>
            <translation>L'ultimo del mese</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source> minutes</source>
            <translation> minuti</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Meetings are planned from this date; fortnightly groups count from it.</source>
            <translation>Gli incontri sono pianificati da questa data; i gruppi quindicinali contano da qui.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>e.g. Seminar room, first floor</source>
            <translation>ad es. sala seminari, primo piano</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The privacy guard looks for this country's patient numbers, postcodes and phone numbers; for another country, for those of every country it knows.</source>
            <translation>Il controllo della riservatezza cerca i numeri dei pazienti, i codici postali e i numeri di telefono di questo paese; per un altro paese, quelli di tutti i paesi che conosce.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>How the group usually meets. Each meeting can be changed on its own on the Meeting page; in a hybrid meeting the check-in records who was online.</source>
            <translation>Come si riunisce di solito il gruppo. Ogni incontro si può cambiare a parte nella pagina Incontro; negli incontri ibridi le presenze registrano chi era online.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Optional, 19 digits</source>
            <translation>Facoltativo, 19 cifre</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The number the medical chamber gave the group's sessions for CME points (Veranstaltungsnummer); it is printed on the participation certificates.</source>
            <translation>Il numero che l’ordine dei medici ha dato agli incontri del gruppo per i crediti ECM (Veranstaltungsnummer); è stampato sugli attestati di partecipazione.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Group name</source>
            <translation>Nome del gruppo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Meets</source>
            <translation>Si riunisce</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>In person or online</source>
            <translation>In presenza o online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>On</source>
            <translation>Giorno</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Which week</source>
            <translation>Quale settimana</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Starting at</source>
            <translation>Inizio</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Lasting</source>
            <translation>Durata</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Time zone</source>
            <translation>Fuso orario</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Room</source>
            <translation>Sala</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>First meeting on</source>
            <translation>Primo incontro il</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>VNR</source>
            <translation>VNR</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>CME event number (VNR)</source>
            <translation>Numero evento ECM (VNR)</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Country</source>
            <translation>Paese</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>United Kingdom</source>
            <translation>Regno Unito</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Ireland</source>
            <translation>Irlanda</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Germany</source>
            <translation>Germania</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Austria</source>
            <translation>Austria</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Switzerland</source>
            <translation>Svizzera</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>France</source>
            <translation>Francia</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Belgium</source>
            <translation>Belgio</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Luxembourg</source>
            <translation>Lussemburgo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Netherlands</source>
            <translation>Paesi Bassi</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Italy</source>
            <translation>Italia</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Spain</source>
            <translation>Spagna</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Portugal</source>
            <translation>Portogallo</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Denmark</source>
            <translation>Danimarca</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Sweden</source>
            <translation>Svezia</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Norway</source>
            <translation>Norvegia</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Finland</source>
            <translation>Finlandia</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Poland</source>
            <translation>Polonia</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>United States</source>
            <translation>Stati Uniti</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Canada</source>
            <translation>Canada</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Australia</source>
            <translation>Australia</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>New Zealand</source>
            <translation>Nuova Zelanda</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Another country</source>
            <translation>Altro paese</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Choose the place where the group meets.</source>
            <translation>Scegliere il luogo in cui si riunisce il gruppo.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>UTC has no summer time. If the clocks change where the group meets, choose that place (e.g. Europe/London), or summer meetings are an hour out in the calendar.</source>
            <translation>UTC non ha l'ora legale. Se dove si riunisce il gruppo l'ora cambia, scegliere quel luogo (ad es. Europe/Rome), altrimenti in estate gli incontri risultano spostati di un'ora nel calendario.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Clocks at {standard}, and {summer} in summer time.</source>
            <translation>Orologi su {standard}, {summer} con l'ora legale.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Clocks at {standard} all year.</source>
            <translation>Orologi su {standard} tutto l'anno.</translation>
        </message>
    </context>
    <context>
        <name>Keeper</name>
        <message>
            <location filename="../../balintdesk/ui/common/offline.py" />
            <source>All check-ins were sent to the shared database.</source>
            <translation>Tutte le presenze registrate sono state inviate al database condiviso.</translation>
        </message>
    </context>
    <context>
        <name>MeetingMode</name>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>In person</source>
            <translation>In presenza</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Hybrid (some online)</source>
            <translation>Ibrido (alcuni online)</translation>
        </message>
    </context>
    <context>
        <name>Offline</name>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>{name}'s mark was changed on another computer to “{kept}” meanwhile; that one is kept.</source>
            <translation>Nel frattempo la presenza di {name} è stata cambiata in «{kept}» su un altro computer; si mantiene quella.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>{name}'s mark was taken back on another computer meanwhile; that is kept.</source>
            <translation>Nel frattempo la presenza di {name} è stata annullata su un altro computer; si mantiene così.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>The meeting was recorded on another computer meanwhile; that record is kept.</source>
            <translation>Nel frattempo l’incontro è stato registrato su un altro computer; si mantiene quella registrazione.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>The meeting was cancelled on another computer meanwhile; what was kept for it is dropped.</source>
            <translation>Nel frattempo l’incontro è stato annullato su un altro computer; quanto conservato qui viene scartato.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_words.py" />
            <source>What was kept could not be saved: {reason}</source>
            <translation>Quanto conservato qui non è stato salvato: {reason}</translation>
        </message>
    </context>
    <context>
        <name>OfflineBanner</name>
        <message>
            <location filename="../../balintdesk/ui/common/offline_banner.py" />
            <source>Try again</source>
            <translation>Riprova</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_banner.py" />
            <source>Try the shared database again</source>
            <translation>Riprova il database condiviso</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/offline_banner.py" />
            <source>The shared database cannot be reached. Check-ins are kept on this computer and sent when it is back.</source>
            <translation>Il database condiviso non è raggiungibile. Le presenze sono conservate su questo computer e verranno inviate quando sarà di nuovo raggiungibile.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/offline_banner.py" />
            <source>%n change(s) kept on this computer wait to be sent.</source>
            <translation>
                <numerusform>%n modifica conservata su questo computer è in attesa di invio.</numerusform>
                <numerusform>%n modifiche conservate su questo computer sono in attesa di invio.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeriodFields</name>
        <message>
            <location filename="../../balintdesk/ui/common/date_fields.py" />
            <source>&amp;From</source>
            <translation>&amp;Dal</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/date_fields.py" />
            <source>&amp;to</source>
            <translation>&amp;al</translation>
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>The file could not be saved in {folder}: {reason}. Choose another folder, such as your Documents folder.</source>
            <translation>Impossibile salvare il file in {folder}: {reason}. Scegliere un'altra cartella, ad esempio la cartella Documenti.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>{file} is BalintDesk's database.</source>
            <translation>{file} è il database di BalintDesk.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>{file} is in BalintDesk's backups folder.</source>
            <translation>{file} si trova nella cartella dei backup di BalintDesk.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>{file} is in BalintDesk's logs folder.</source>
            <translation>{file} si trova nella cartella dei log di BalintDesk.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>{file} is one of BalintDesk's own files.</source>
            <translation>{file} è uno dei file di BalintDesk stesso.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>Saving there could destroy your data, so nothing was saved. Choose another name or folder, such as your Documents folder.</source>
            <translation>Salvare lì potrebbe distruggere i dati, quindi non è stato salvato nulla. Scegliere un altro nome o un'altra cartella, ad esempio la cartella Documenti.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>Open it</source>
            <translation>Apri</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>No program on this computer opens {file}; it is in {folder}.</source>
            <translation>Nessun programma su questo computer apre {file}; il file si trova in {folder}.</translation>
        </message>
    </context>
    <context>
        <name>when</name>
        <message>
            <location filename="../../balintdesk/ui/common/when.py" />
            <source>{day:long}, {start}–{end}</source>
            <translation>{day:long}, {start}–{end}</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/when.py" />
            <source>{day:short}, {time}</source>
            <translation>{day:short}, {time}</translation>
        </message>
    </context>
</TS>
