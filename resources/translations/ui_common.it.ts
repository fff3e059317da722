<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>CsvImportDialog</name>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>No change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>semicolons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>tabs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>UTF-8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>UTF-16 (Excel's “Unicode Text”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Windows-1252 (older Excel “CSV”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Mac Roman (Excel for Mac)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Apologies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Absent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Imported the roster: {added} added, {updated} updated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Imported past attendance: {meetings}, {entries}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>%n meeting(s) recorded</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>%n entry(-ies) added</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import a roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>What happens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Members already on the roster (a name that looks the same, whatever its capitals) are updated, never duplicated. Columns: name (required), role, leader, email, joined; dates day first (03.09.2024) or as 2024-09-03.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import %n member(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import past meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Came</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Presented</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Columns: date (day first, 03.09.2024, or 2024-09-03), name, status (present, apologies or absent), presented (yes/no). Names must already be on the roster. Future dates may carry apologies only.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import %n entry(-ies)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>What the import will do, line by line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Found from the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Encoding:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Lines to correct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>The file could not be read: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>The file could not be read as text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Read as {encoding}, columns separated by {separator}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Nothing has been imported. Please correct these lines in the spreadsheet, save it as CSV again and import it once more:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>{new} new, {changed} to update, {same} already up to date. Nothing changes until you click Import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/words.py" />
            <source>Line {line}: {message}</source>
            <translation type="unfinished" />
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
        <name>PeriodFields</name>
        <message>
            <location filename="../../balintdesk/ui/common/date_fields.py" />
            <source>&amp;From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/date_fields.py" />
            <source>&amp;to</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>The file could not be saved in {folder}: {reason}. Choose another folder, such as your Documents folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>{file} is BalintDesk's database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>{file} is in BalintDesk's backups folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>{file} is in BalintDesk's logs folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>{file} is one of BalintDesk's own files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>Saving there could destroy your data, so nothing was saved. Choose another name or folder, such as your Documents folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>Open it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>No program on this computer opens {file}; it is in {folder}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>when</name>
        <message>
            <location filename="../../balintdesk/ui/common/when.py" />
            <source>{day:long}, {start}–{end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/when.py" />
            <source>{day:short}, {time}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
