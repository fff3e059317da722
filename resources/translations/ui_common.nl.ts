<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
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
            <translation>bijv. Balintgroep Praktijk Rivierzijde</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Weekly</source>
            <translation>Elke week</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Fortnightly</source>
            <translation>Om de week</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Monthly</source>
            <translation>Elke maand</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The first one in the month</source>
            <translation>De eerste van de maand</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The second one in the month</source>
            <translation>De tweede van de maand</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The third one in the month</source>
            <translation>De derde van de maand</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The fourth one in the month</source>
            <translation>De vierde van de maand</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The last one in the month</source>
            <translation>De laatste van de maand</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source> minutes</source>
            <translation> minuten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Meetings are planned from this date; fortnightly groups count from it.</source>
            <translation>Bijeenkomsten worden vanaf deze datum gepland; tweewekelijkse groepen tellen vanaf hier.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>e.g. Seminar room, first floor</source>
            <translation>bijv. vergaderzaal, eerste verdieping</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The privacy guard looks for this country's patient numbers, postcodes and phone numbers; for another country, for those of every country it knows.</source>
            <translation>De privacycontrole zoekt naar patiëntnummers, postcodes en telefoonnummers van dit land; bij een ander land naar die van alle landen die ze kent.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Group name</source>
            <translation>Groepsnaam</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Meets</source>
            <translation>Komt samen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>On</source>
            <translation>Dag</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Which week</source>
            <translation>Welke week</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Starting at</source>
            <translation>Begint om</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Lasting</source>
            <translation>Duur</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Time zone</source>
            <translation>Tijdzone</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Room</source>
            <translation>Ruimte</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>First meeting on</source>
            <translation>Eerste bijeenkomst op</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>United Kingdom</source>
            <translation>Verenigd Koninkrijk</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Ireland</source>
            <translation>Ierland</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Germany</source>
            <translation>Duitsland</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Austria</source>
            <translation>Oostenrijk</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Switzerland</source>
            <translation>Zwitserland</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>France</source>
            <translation>Frankrijk</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Belgium</source>
            <translation>België</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Luxembourg</source>
            <translation>Luxemburg</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Netherlands</source>
            <translation>Nederland</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Italy</source>
            <translation>Italië</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Spain</source>
            <translation>Spanje</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Portugal</source>
            <translation>Portugal</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Denmark</source>
            <translation>Denemarken</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Sweden</source>
            <translation>Zweden</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Norway</source>
            <translation>Noorwegen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Finland</source>
            <translation>Finland</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Poland</source>
            <translation>Polen</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>United States</source>
            <translation>Verenigde Staten</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Canada</source>
            <translation>Canada</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Australia</source>
            <translation>Australië</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>New Zealand</source>
            <translation>Nieuw-Zeeland</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Another country</source>
            <translation>Ander land</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Choose the place where the group meets.</source>
            <translation>Kies de plaats waar de groep samenkomt.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>UTC has no summer time. If the clocks change where the group meets, choose that place (e.g. Europe/London), or summer meetings are an hour out in the calendar.</source>
            <translation>UTC kent geen zomertijd. Als de klok verzet wordt waar de groep samenkomt, kies dan die plaats (bijv. Europe/Amsterdam), anders staan bijeenkomsten in de zomer een uur verkeerd in de agenda.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Clocks at {standard}, and {summer} in summer time.</source>
            <translation>Klok op {standard}, in de zomertijd {summer}.</translation>
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Clocks at {standard} all year.</source>
            <translation>Klok het hele jaar op {standard}.</translation>
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
