<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Weekly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Fortnightly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Monthly</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The first one in the month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The second one in the month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The third one in the month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The fourth one in the month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The last one in the month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source> minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Meetings are planned from this date; fortnightly groups count from it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>e.g. Seminar room, first floor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>The privacy guard looks for this country's patient numbers, postcodes and phone numbers; for another country, for those of every country it knows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Group name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Meets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>On</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Which week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Starting at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Lasting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>First meeting on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>United Kingdom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Ireland</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Germany</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Austria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Switzerland</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>France</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Belgium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Luxembourg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Netherlands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Italy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Spain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Portugal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Denmark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Sweden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Norway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Finland</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Poland</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>United States</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Canada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Australia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>New Zealand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Another country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Choose the place where the group meets.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>UTC has no summer time. If the clocks change where the group meets, choose that place (e.g. Europe/London), or summer meetings are an hour out in the calendar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Clocks at {standard}, and {summer} in summer time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/common/group_form.py" />
            <source>Clocks at {standard} all year.</source>
            <translation type="unfinished" />
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
