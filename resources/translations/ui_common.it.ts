<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
    <context>
        <name>CsvImportDialog</name>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import {0}</source>
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
            <source>The file could not be read: {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>The file could not be read as text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Read as {0}, columns separated by {1}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Nothing has been imported. Please correct these lines in the spreadsheet, save it as CSV again and import it once more:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>{0} new, {1} to update, {2} already up to date. Nothing changes until you click Import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/import_dialog.py" />
            <source>Import {0} {1}</source>
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
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>&amp;From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>&amp;to</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>forms</name>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>The file could not be saved in {0}: {1}. Choose another folder, such as your Documents folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>Open it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/forms.py" />
            <source>No program on this computer opens {0}; it is in {1}.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
