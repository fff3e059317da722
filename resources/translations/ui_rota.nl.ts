<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>BreakDialog</name>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Add a break</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>No meetings between these dates, for example over the summer. Meetings in the break are cancelled and the rota flows around them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Add break</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>e.g. Summer break</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CalendarFileDialog</name>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Calendar file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>The group's meetings for the next twelve months as a calendar file (.ics), with the time, the room and who presents. Cancelled meetings are marked cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Save calendar file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>To add it to a calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Outlook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Open the file, or File › Open &amp;amp; Export › Import/Export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Google Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Settings › Import &amp;amp; export › Import, then the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Apple Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>File › Import…, then the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>When the rota changes, save and import the file again: the same meetings are updated, not added twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Calendar file (*.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Saved {0} as “{1}” in {2}. Import it into your calendar.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChoosePresenterDialog</name>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Choose who presents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>{0}: this person is pinned to the date; everyone else flows around.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Pin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/dialogs.py" />
            <source>Presenter</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FairnessTable</name>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>Click a column heading to sort by it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/table.py" />
            <source>no</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RotaPage</name>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>one case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>two cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>leaders may present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>leaders do not present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>No meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>nobody eligible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Unpin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Pin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Unpinned: the rota chooses for this date again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>{0} pinned to this date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Only two planned meetings can be swapped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Swapped {0} and {1}; both are pinned to their new dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Pinned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Break added; the meetings in it are cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Break removed; its meetings are back in the plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>Import past meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/page.py" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RotaPanels</name>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Rota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>The plan for the next meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Pin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Fix the planned presenter to this date (Ctrl+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Choose presenter…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Swap with earlier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Ctrl+Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Swap with later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Ctrl+Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Print rota…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>An A4 page of the next meetings for the noticeboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Calendar file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>The meetings as a file for Outlook, Google or Apple Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Add a break…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Remove break</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Import past meetings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>For a group that met before BalintDesk: who came and who presented</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>The next meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Drag a presenter onto another date to swap them, or use the buttons. Pinned people stay where they are; everyone else flows around.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Breaks:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/panels.py" />
            <source>Fairness: who has waited longest</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RotaPrintDialog</name>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Print the rota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>An A4 page for the noticeboard: each meeting's date, who presents and the reserve, in large type, with cancelled meetings marked. Save it as a PDF, then print it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Save PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>How many meetings to print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Meetings to print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>No meetings are planned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>{0} to {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>, with {0} marked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>PDF document (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>1 page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>{0} pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../balintdesk/ui/rota/export_dialogs.py" />
            <source>Saved the rota ({0}, {1}) as “{2}” in {3}.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
